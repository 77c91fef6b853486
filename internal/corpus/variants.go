// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package corpus

import (
	"encoding/json"
	"fmt"
	"unicode"
	"unicode/utf8"

	_ "embed"

	"golang.org/x/text/unicode/norm"

	"github.com/vietner/vietner/normalize"
)

// A Variant rewrites a gold document the way real text arrives (decomposed, new-style tones, legacy
// bytes, no diacritics, capitals), carrying every entity's offsets over to the new bytes.
type Variant struct {
	// Name is the variant's short name: nfd, newtone, vni, tcvn3, nodiacritics, capsheadline.
	Name string
	// Canonical is true when the variant normalizes back to exactly the canonical text, so the
	// Extractor must give the same entities on it as on the original.
	Canonical bool
	rewrite   func(text string) (string, []int)
}

// Variants returns the variants the corpus is tested and scored on.
func Variants() ([]Variant, error) {
	enc, err := loadLegacy()
	if err != nil {
		return nil, err
	}
	newTone := normalize.New(normalize.WithTone(normalize.ToneNew))
	return []Variant{
		{Name: "nfd", Canonical: true, rewrite: func(s string) (string, []int) {
			return perRune(s, func(r rune, dst []byte) []byte { return norm.NFD.AppendString(dst, string(r)) })
		}},
		{Name: "newtone", Canonical: true, rewrite: func(s string) (string, []int) {
			out, offs := newTone.Map(s)
			return out, invert(s, out, offs)
		}},
		{Name: "vni", Canonical: true, rewrite: func(s string) (string, []int) {
			return perRune(s, func(r rune, dst []byte) []byte {
				if c, ok := enc.vni[r]; ok {
					return append(dst, c...)
				}
				return appendASCII(dst, r)
			})
		}},
		{Name: "tcvn3", rewrite: func(s string) (string, []int) {
			return perRune(s, func(r rune, dst []byte) []byte {
				if c, ok := enc.tcvn3[r]; ok {
					return append(dst, c)
				}
				return appendASCII(dst, r)
			})
		}},
		{Name: "nodiacritics", rewrite: func(s string) (string, []int) {
			return perRune(s, func(r rune, dst []byte) []byte { return normalize.AppendFold(dst, string(r)) })
		}},
		{Name: "capsheadline", rewrite: func(s string) (string, []int) {
			line := true
			return perRune(s, func(r rune, dst []byte) []byte {
				if r == '\n' {
					line = false
				}
				if line {
					r = unicode.ToUpper(r)
				}
				return utf8.AppendRune(dst, r)
			})
		}},
	}, nil
}

// Apply rewrites d: its text, and every entity's offsets and canonical text.
func (v Variant) Apply(d Doc, n normalize.Normalizer) Doc {
	text, m := v.rewrite(d.Text)
	out := d
	out.ID = d.ID + "/" + v.Name
	out.Text = text
	out.Entities = append(out.Entities[:0:0], d.Entities...)
	// The canonical text of a span is read off the whole document's normalization: a span of
	// legacy bytes cannot be decoded on its own.
	canon, offs := n.Map(text)
	back := invert(text, canon, offs)
	for i := range out.Entities {
		e := &out.Entities[i]
		e.Start, e.End = m[e.Start], m[e.End]
		e.Text = canon[back[e.Start]:back[e.End]]
	}
	return out
}

// appendASCII writes a rune that a legacy code page lacks as those files had it: typographic quotes
// and dashes as their ASCII forms, anything else as '?'.
func appendASCII(dst []byte, r rune) []byte {
	switch {
	case r < utf8.RuneSelf:
		return append(dst, byte(r))
	case r == '“' || r == '”' || r == '„':
		return append(dst, '"')
	case r == '‘' || r == '’':
		return append(dst, '\'')
	case r == '–' || r == '—':
		return append(dst, '-')
	case r == '…':
		return append(dst, "..."...)
	case r == '\u00a0':
		return append(dst, ' ')
	}
	return append(dst, '?')
}

// perRune rewrites s one rune at a time and returns the offset of each input byte in the output.
func perRune(s string, f func(r rune, dst []byte) []byte) (string, []int) {
	m := make([]int, len(s)+1)
	out := make([]byte, 0, len(s)*2)
	for i, r := range s {
		m[i] = len(out)
		out = f(r, out)
	}
	for i := range s {
		if !utf8.RuneStart(s[i]) {
			m[i] = m[i-1]
		}
	}
	m[len(s)] = len(out)
	return string(out), m
}

// invert turns an output→input offset map into input→output offsets for the input's rune starts.
func invert(in, out string, offs normalize.Offsets) []int {
	m := make([]int, len(in)+1)
	for i := range m {
		m[i] = -1
	}
	for o := len(out) - 1; o >= 0; o-- {
		if utf8.RuneStart(out[o]) {
			m[offs.Source(o)] = o
		}
	}
	m[len(in)] = len(out)
	for i := len(in) - 1; i >= 0; i-- {
		if m[i] < 0 {
			m[i] = m[i+1]
		}
	}
	return m
}

//go:embed legacy-tables.json
var legacyJSON []byte

type legacy struct {
	tcvn3 map[rune]byte
	vni   map[rune]string
}

// loadLegacy builds encoders from the code tables normalize decodes with (a copy is kept here, as
// normalize keeps its tables generated, not as data).
func loadLegacy() (legacy, error) {
	var t struct {
		Unicode, TCVN3, VNIWin []int
	}
	if err := json.Unmarshal(legacyJSON, &t); err != nil {
		return legacy{}, fmt.Errorf("corpus: legacy tables: %w", err)
	}
	l := legacy{tcvn3: map[rune]byte{}, vni: map[rune]string{}}
	for i, u := range t.Unicode {
		r := rune(u)
		if b := t.TCVN3[i]; b != 0 && b >= 0x80 {
			l.tcvn3[r] = byte(b)
		} else if b == 0 {
			// TCVN3 has no capital toned vowels: a capital font shows the lower-case byte.
			if k := indexOf(t.Unicode, int(unicode.ToLower(r))); k >= 0 && t.TCVN3[k] >= 0x80 {
				l.tcvn3[r] = byte(t.TCVN3[k])
			}
		}
		if c := t.VNIWin[i]; c >= 0x80 {
			if c < 0x100 {
				l.vni[r] = string([]byte{byte(c)})
			} else {
				l.vni[r] = string([]byte{byte(c & 0xff), byte(c >> 8)})
			}
		}
	}
	if len(l.tcvn3) < 100 || len(l.vni) < 100 {
		return legacy{}, fmt.Errorf("corpus: legacy tables too small (%d, %d)", len(l.tcvn3), len(l.vni))
	}
	return l, nil
}

func indexOf(xs []int, v int) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}
