// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package main

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
	"github.com/vietner/vietner/entities"
)

// proseSystem is prose/v2's stock English NER behind our types, as a baseline: PERSON stays PERSON,
// GPE becomes LOCATION, ORGANIZATION (ORG) stays ORGANIZATION, other labels are dropped.
//
// prose panics on some inputs: a panic is recovered, counted, and the document scored as having no
// entities. prose reports no offsets: its entity texts are found in the document left to right.
// Its tokenizer shares *Token pointers between repeated words, so nothing of its tokens is kept;
// only entity texts and labels are copied out.
type proseSystem struct {
	model     *prose.Model
	panics    int
	unaligned int
}

func newProse() *proseSystem { return &proseSystem{} }

var proseTypes = map[string]entities.Type{
	"PERSON":       entities.Person,
	"GPE":          entities.Location,
	"ORG":          entities.Organization,
	"ORGANIZATION": entities.Organization,
}

func (p *proseSystem) extract(text string, _ time.Time) []entities.Entity {
	found, err := p.entities(text)
	if err != nil {
		p.panics++
		return nil
	}
	var out []entities.Entity
	at := 0
	for _, f := range found {
		t, ok := proseTypes[f.Label]
		if !ok {
			continue
		}
		s, e, ok := find(text, f.Text, at)
		if !ok {
			if s, e, ok = find(text, f.Text, 0); !ok {
				p.unaligned++
				continue
			}
		} else {
			at = e
		}
		out = append(out, entities.Entity{Type: t, Text: text[s:e], Start: s, End: e})
	}
	return out
}

// entities runs prose over text, turning a panic into an error. The model is decoded once, on the
// first call, and reused (prose decodes it again for every document unless it is handed one).
func (p *proseSystem) entities(text string) (ents []prose.Entity, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("prose panicked: %v", r)
		}
	}()
	opts := []prose.DocOpt{prose.WithSegmentation(false)}
	if p.model != nil {
		opts = append(opts, prose.UsingModel(p.model))
	}
	doc, err := prose.NewDocument(text, opts...)
	if err != nil {
		return nil, err
	}
	if p.model == nil {
		p.model = doc.Model
	}
	for _, e := range doc.Entities() {
		ents = append(ents, prose.Entity{Text: strings.Clone(e.Text), Label: e.Label})
	}
	return ents, nil
}

// find locates an entity text that prose rebuilt from its tokens (joined by single spaces) in text,
// from byte offset at: the tokens in order, with any white space, or none, between them.
func find(text, ent string, at int) (start, end int, ok bool) {
	toks := strings.Fields(ent)
	if len(toks) == 0 {
		return 0, 0, false
	}
	for at < len(text) {
		i := strings.Index(text[at:], toks[0])
		if i < 0 {
			return 0, 0, false
		}
		start = at + i
		end = start + len(toks[0])
		matched := true
		for _, t := range toks[1:] {
			j := end
			for j < len(text) {
				r, n := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsSpace(r) {
					break
				}
				j += n
			}
			if !strings.HasPrefix(text[j:], t) {
				matched = false
				break
			}
			end = j + len(t)
		}
		if matched {
			return start, end, true
		}
		at = start + 1
	}
	return 0, 0, false
}
