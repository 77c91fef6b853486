// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

// Token is a word, number or punctuation mark of a text, with byte offsets into the text as the
// caller gave it.
type Token struct {
	// Text is the token in canonical form.
	Text string
	// Start and End are byte offsets into the original input (End exclusive).
	Start, End int
	// Sentence numbers the sentence the token belongs to, from 0.
	Sentence int
}

// Tokens splits text into tokens and sentences the way the Extractor reads it: words are runs of
// letters and digits ("U23", "14h30", "Jong"), every other non-space rune is a token of its own,
// and sentences end at line breaks and at '.', '!', '?' and '…' before a capital, except after
// Vietnamese abbreviations (TP., GS., Th.S.) and initials.
func (x *Extractor) Tokens(text string) []Token {
	normText, offs := x.norm.Map(text)
	d := doc{x: x, text: normText}
	d.tokenize()
	out := make([]Token, len(d.toks))
	for i := range d.toks {
		t := &d.toks[i]
		s, e := offs.Span(int(t.start), int(t.end))
		out[i] = Token{Text: d.word(i), Start: s, End: e, Sentence: int(t.sent)}
	}
	return out
}
