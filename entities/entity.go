// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"fmt"
	"strings"
	"time"
)

// Type is the type of an entity.
type Type uint8

// The entity types, as defined in docs/conventions.md.
const (
	Person Type = iota + 1
	Title
	Organization
	Date
	Location
)

// AllTypes lists every entity type, in the order the documentation presents them.
var AllTypes = [...]Type{Person, Title, Organization, Date, Location}

var typeNames = [...]string{"", "PERSON", "TITLE", "ORGANIZATION", "DATE", "LOCATION"}

// String returns the upper-case name used in output ("PERSON", "TITLE", …).
func (t Type) String() string {
	if int(t) < len(typeNames) && t != 0 {
		return typeNames[t]
	}
	return fmt.Sprintf("Type(%d)", t)
}

// ParseType parses a type name such as "PERSON" or "date" (case-insensitive; "PER", "ORG", "LOC" and
// "TIME" are accepted as the names public corpora use).
func ParseType(s string) (Type, error) {
	switch upperASCII(s) {
	case "PERSON", "PER":
		return Person, nil
	case "TITLE":
		return Title, nil
	case "ORGANIZATION", "ORGANISATION", "ORG":
		return Organization, nil
	case "DATE", "TIME", "DATETIME":
		return Date, nil
	case "LOCATION", "LOC":
		return Location, nil
	}
	return 0, fmt.Errorf("%w: %q", ErrUnknownType, s)
}

func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// MarshalText implements encoding.TextMarshaler.
func (t Type) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *Type) UnmarshalText(b []byte) error {
	v, err := ParseType(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// Entity is one mention found in a document.
//
// Start and End are byte offsets into the caller's original input (End exclusive), so
// input[Start:End] is the mention exactly as written. Text is that mention in canonical form (NFC,
// tone marks placed by the Extractor's style, invisible characters removed).
type Entity struct {
	Type  Type   `json:"type"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Value is the resolved TIMEX3 / ISO 8601 value of a DATE ("2016-05-12", "2016-Q3", "2015/2016").
	Value string `json:"value,omitempty"`
	// Norm is the canonical full name of an ORGANIZATION or LOCATION written in short form
	// ("Bộ TT&TT" → "Bộ Thông tin và Truyền thông").
	Norm string `json:"norm,omitempty"`
	// Kind classifies a TITLE: "position", "rank", "academic" or "occupation".
	Kind string `json:"kind,omitempty"`
	// Ref is shared by every mention of the same person or organization in the document.
	Ref string `json:"ref,omitempty"`
	// Person is, on a TITLE, the Ref of the person the title describes.
	Person string `json:"person,omitempty"`
	// Mention is "reference" for a bare back-reference ("Hiệp hội", "Bộ") to a named organization;
	// empty for a name.
	Mention string `json:"mention,omitempty"`
	// Calendar is "lunar" for a date written in the lunar calendar; Value is then the solar date when
	// the year is known.
	Calendar string `json:"calendar,omitempty"`
}

// Document is the result of extracting entities from one text.
type Document struct {
	// Entities in order of Start, an enclosing entity before the ones nested in it.
	Entities []Entity
	// Ref is the reference (publication) date dates were resolved against; zero if none.
	Ref time.Time
}

// PersonInfo gathers what a document says about one person.
type PersonInfo struct {
	// Ref is the reference id shared by the person's mentions.
	Ref string
	// Name is the longest form of the name in the document (usually the full name).
	Name string
	// Mentions are the PERSON entities of this person, in document order.
	Mentions []Entity
	// Titles are the TITLE entities linked to this person, in document order, without repeats of
	// the same text, and without a title that only begins a longer one of the same person.
	Titles []Entity
}

// People returns the people of the document in order of first mention, each with every mention and
// the titles linked to them.
func (d Document) People() []PersonInfo {
	var out []PersonInfo
	idx := map[string]int{}
	for _, e := range d.Entities {
		if e.Type != Person || e.Ref == "" {
			continue
		}
		i, ok := idx[e.Ref]
		if !ok {
			i = len(out)
			idx[e.Ref] = i
			out = append(out, PersonInfo{Ref: e.Ref})
		}
		p := &out[i]
		p.Mentions = append(p.Mentions, e)
		if len(e.Text) > len(p.Name) {
			p.Name = e.Text
		}
	}
	seen := map[[2]string]bool{}
	for _, e := range d.Entities {
		if e.Type != Title || e.Person == "" {
			continue
		}
		i, ok := idx[e.Person]
		if !ok || seen[[2]string{e.Person, e.Text}] {
			continue
		}
		seen[[2]string{e.Person, e.Text}] = true
		out[i].Titles = append(out[i].Titles, e)
	}
	// A title that is the start of a longer title of the same person ("Bộ trưởng" beside "Bộ trưởng
	// Bộ TT&TT") says nothing more: keep the longer one.
	for i := range out {
		ts := out[i].Titles
		kept := ts[:0]
		for _, t := range ts {
			shorter := false
			for _, u := range ts {
				if len(u.Text) > len(t.Text) && strings.HasPrefix(u.Text, t.Text+" ") {
					shorter = true
					break
				}
			}
			if !shorter {
				kept = append(kept, t)
			}
		}
		out[i].Titles = kept
	}
	return out
}

// OfType returns the entities of type t, in document order.
func (d Document) OfType(t Type) []Entity {
	var out []Entity
	for _, e := range d.Entities {
		if e.Type == t {
			out = append(out, e)
		}
	}
	return out
}
