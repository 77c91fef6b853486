// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"bufio"
	"embed"
	"strings"
	"unicode"

	"github.com/vietner/vietner/normalize"
)

// gazetteers holds the embedded ORGANIZATION and LOCATION data. Each file starts with comment
// lines ("#") naming its source and licence; data lines are tab-separated.
//
//go:embed data/locations.tsv data/locations_provinces.tsv data/locations_units.tsv data/organizations.tsv data/organizations_words.txt
var gazetteers embed.FS

// readTSV calls fn with the fields of every data line of the embedded file name.
func readTSV(name string, fn func(fields []string)) error {
	f, err := gazetteers.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fn(strings.Split(line, "\t"))
	}
	return sc.Err()
}

// field returns fields[i], or "" when the line is shorter.
func field(fields []string, i int) string {
	if i < len(fields) {
		return strings.TrimSpace(fields[i])
	}
	return ""
}

// toneSwaps pairs the old-style tone placement of oa, oe and uy syllables ("hòa", "thủy") with
// the new style ("hoà", "thuỷ").
var toneSwaps = [...][2]string{
	{"òa", "oà"}, {"óa", "oá"}, {"ỏa", "oả"}, {"õa", "oã"}, {"ọa", "oạ"},
	{"òe", "oè"}, {"óe", "oé"}, {"ỏe", "oẻ"}, {"õe", "oẽ"}, {"ọe", "oẹ"},
	{"ùy", "uỳ"}, {"úy", "uý"}, {"ủy", "uỷ"}, {"ũy", "uỹ"}, {"ụy", "uỵ"},
	{"Òa", "Oà"}, {"Óa", "Oá"}, {"Ỏa", "Oả"}, {"Õa", "Oã"}, {"Ọa", "Oạ"},
	{"Ùy", "Uỳ"}, {"Úy", "Uý"}, {"Ủy", "Uỷ"}, {"Ũy", "Uỹ"}, {"Ụy", "Uỵ"},
}

// spellings returns phrase normalized as documents are, and its other tone-placement style when
// that differs, so that a lexicon matches "Ủy ban" and "Uỷ ban", "Khánh Hòa" and "Khánh Hoà".
func spellings(n normalize.Normalizer, phrase string) []string {
	p := n.String(phrase)
	if !mayMoveTone(p) {
		return []string{p} // no pair of toneSwaps in it: both styles are p
	}
	return toneStyles(n, p)
}

// toneStyles returns p, normalized, and its other tone-placement styles that differ from it.
func toneStyles(n normalize.Normalizer, p string) []string {
	out := []string{p}
	oldStyle, newStyle := p, p
	for _, s := range toneSwaps {
		oldStyle = strings.ReplaceAll(oldStyle, s[1], s[0])
		newStyle = strings.ReplaceAll(newStyle, s[0], s[1])
	}
	for _, v := range []string{n.String(oldStyle), n.String(newStyle)} {
		if v != out[0] && (len(out) == 1 || v != out[1]) {
			out = append(out, v)
		}
	}
	return out
}

// mayMoveTone reports whether p may hold one of the pairs of toneSwaps: a toned o or u before a, e
// or y, or an o or u before a toned a, e or y (it may say yes for more: "Oà" with capitals).
func mayMoveTone(p string) bool {
	var prev rune
	for _, r := range p {
		switch {
		case r == 'a' || r == 'e' || r == 'y':
			if prev >= 0x80 && strings.ContainsRune("òóỏõọùúủũụÒÓỎÕỌÙÚỦŨỤ", prev) {
				return true
			}
		case r >= 0x80 && (prev == 'o' || prev == 'u' || prev == 'O' || prev == 'U'):
			if strings.ContainsRune("àáảãạèéẻẽẹỳýỷỹỵ", r) {
				return true
			}
		}
		prev = r
	}
	return false
}

// addAll adds every spelling of phrase to l.
func addAll(l *lexicon, n normalize.Normalizer, phrase string, e lexEntry) {
	for _, p := range spellings(n, phrase) {
		l.add(p, e)
	}
}

// phraseList collects the phrases of a lexicon before it is built, so that of several spellings
// of one phrase that differ only in capitals the one with the fewest capitals is added first:
// a lexicon keeps the first entry of a phrase, and its capitals are the ones a match requires.
type phraseList struct {
	texts   []string
	entries []lexEntry
}

func (p *phraseList) add(n normalize.Normalizer, phrase string, e lexEntry) {
	for _, s := range spellings(n, phrase) {
		p.texts = append(p.texts, s)
		p.entries = append(p.entries, e)
	}
}

// build adds the phrases to l, fewest capitals first.
func (p *phraseList) build(l *lexicon) {
	// A counting sort by the number of capitals: stable, and each phrase's capitals are counted once.
	caps := make([]int, len(p.texts))
	most := 0
	for i, s := range p.texts {
		c := 0
		for _, r := range s {
			if unicode.IsUpper(r) {
				c++
			}
		}
		caps[i] = c
		most = max(most, c)
	}
	next := make([]int, most+2) // next[c]: where the next phrase with c capitals goes
	for _, c := range caps {
		next[c+1]++
	}
	for c := 1; c < len(next); c++ {
		next[c] += next[c-1]
	}
	idx := make([]int, len(p.texts))
	for i, c := range caps {
		idx[next[c]] = i
		next[c]++
	}
	for _, i := range idx {
		l.add(p.texts[i], p.entries[i])
	}
}

// starts indexes the first words of several lexicons, so that a recognizer learns with one cheap
// probe which lexicons can match at a token, instead of walking each of them: most tokens start
// nothing. Phrases whose first word is capitalized only match a capitalized token (outside lines
// written in lower case), so lower-case tokens are probed against the other phrases only. The
// Extractor's vocabulary merges the sets with the other families' word data; documents read the
// bits from there (starts.at).
type starts struct {
	fam  int         // the family, for vword.st
	sets [4]startSet // [folded*2 + anyCase]: phrases by the key or the lower-case form of their first
	// word; anyCase sets hold only phrases whose first word is written in lower case
}

type startSet struct {
	bits hashTab[uint8] // by the 64-bit hash of the form (see token.lowH, keyH)
}

func (s *startSet) add(w string, bit uint8) {
	h := fnv64(w)
	b, _ := s.bits.get(h)
	s.bits.put(h, b|bit)
}

// newStarts indexes lexicons; lexicon k sets bit k.
func newStarts(fam int, lexicons ...*lexicon) starts {
	s := starts{fam: fam}
	for k, l := range lexicons {
		for _, e := range l.entries {
			d := doc{text: e.text}
			d.tokenize()
			if len(d.toks) == 0 {
				continue
			}
			bit := uint8(1) << k
			s.sets[0].add(d.low(0), bit)
			s.sets[2].add(d.key(0), bit)
			if e.capMask&1 == 0 {
				s.sets[1].add(d.low(0), bit)
				s.sets[3].add(d.key(0), bit)
			}
		}
	}
	return s
}

// at returns the bits of the lexicons that may have a phrase starting at token i.
func (s *starts) at(d *doc, i int) uint8 {
	if !d.toks[i].is(fUpper|fAllCaps|fLowerLine) && !d.lower {
		return d.vw[i].st[s.fam][1]
	}
	return d.vw[i].st[s.fam][0]
}
