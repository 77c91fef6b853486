package entities

import (
	"bufio"
	"embed"
	"sort"
	"strings"
	"unicode"

	"github.com/vietner/vietner/normalize"
)

// gazetteers holds the embedded ORGANIZATION and LOCATION data. Each file starts with comment
// lines ("#") naming its source and licence; data lines are tab-separated.
//
//go:embed data/locations.tsv data/locations_provinces.tsv data/organizations.tsv data/organizations_words.txt
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
	idx := make([]int, len(p.texts))
	for i := range idx {
		idx[i] = i
	}
	caps := func(s string) int {
		c := 0
		for _, r := range s {
			if unicode.IsUpper(r) {
				c++
			}
		}
		return c
	}
	sort.SliceStable(idx, func(a, b int) bool { return caps(p.texts[idx[a]]) < caps(p.texts[idx[b]]) })
	for _, i := range idx {
		l.add(p.texts[i], p.entries[i])
	}
}

// lowerFirst returns s with its first letter in lower case ("Tỉnh" → "tỉnh").
func lowerFirst(s string) string {
	for i, r := range s {
		return strings.ToLower(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// starts indexes the first words of several lexicons, so that a recognizer looks a token up once
// to learn which lexicons can match there, instead of walking each of them: most tokens start
// nothing.
type starts struct {
	low, key map[string]uint8
}

// newStarts indexes lexicons; lexicon k sets bit k.
func newStarts(lexicons ...*lexicon) starts {
	s := starts{low: map[string]uint8{}, key: map[string]uint8{}}
	for k, l := range lexicons {
		for e := range l.low.edges {
			if e.node == 0 {
				s.low[e.word] |= 1 << k
			}
		}
		for e := range l.key.edges {
			if e.node == 0 {
				s.key[e.word] |= 1 << k
			}
		}
	}
	return s
}

// at returns the bits of the lexicons that have a phrase starting with token i's form.
func (s *starts) at(d *doc, i int) uint8 {
	if d.folded {
		return s.key[d.key(i)]
	}
	return s.low[d.low(i)]
}
