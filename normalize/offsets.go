// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import "sort"

// Offsets maps byte offsets in a normalized text back to byte offsets in the
// text it was made from. It stores the breakpoints of a piecewise map: a run
// copied verbatim maps byte for byte, a transformed run (a re-composed letter,
// a legacy byte sequence, a removed invisible character) maps its whole output
// to its whole input. The zero value is the identity map of a text of unknown
// length. An Offsets is immutable and safe for concurrent use.
type Offsets struct {
	segs   []seg
	outLen int
	inLen  int
}

// seg starts a run at output offset out and input offset in; the run ends
// where the next one starts. A verbatim run has as many output as input bytes.
type seg struct {
	out, in  int
	verbatim bool
}

// Source returns the input offset where the output rune starting at output
// offset i came from. Source(len(out)) == len(in).
func (o Offsets) Source(i int) int {
	if o.segs == nil {
		return max(i, 0)
	}
	if i >= o.outLen {
		return o.inLen
	}
	k := sort.Search(len(o.segs), func(k int) bool { return o.segs[k].out > i }) - 1
	if k < 0 {
		return 0
	}
	s := o.segs[k]
	if s.verbatim {
		return min(s.in+i-s.out, o.end(k))
	}
	return s.in
}

// SourceEnd returns the input offset where the source of the output rune
// ending at output offset i ends. SourceEnd(0) == 0 unless the text starts with
// removed characters.
func (o Offsets) SourceEnd(i int) int {
	if o.segs == nil {
		return max(i, 0)
	}
	if i > o.outLen {
		return o.inLen
	}
	k := sort.Search(len(o.segs), func(k int) bool { return o.segs[k].out >= i }) - 1
	if k < 0 {
		return o.segs[0].in
	}
	s := o.segs[k]
	if s.verbatim {
		return min(s.in+i-s.out, o.end(k))
	}
	return o.end(k)
}

// Span returns the input span whose normalization is the output span
// [start, end): Source(start), SourceEnd(end). An empty or inverted output
// span gives an empty input span at Source(start).
func (o Offsets) Span(start, end int) (int, int) {
	s := o.Source(start)
	if end <= start {
		return s, s
	}
	return s, max(o.SourceEnd(end), s)
}

// end returns the input offset where run k ends.
func (o Offsets) end(k int) int {
	if k+1 < len(o.segs) {
		return o.segs[k+1].in
	}
	return o.inLen
}

// offBuilder builds an Offsets run by run.
type offBuilder struct {
	segs    []seg
	out, in int
}

// add appends a run of nOut output bytes made from nIn input bytes.
func (b *offBuilder) add(nOut, nIn int, verbatim bool) {
	if nOut == 0 && nIn == 0 {
		return
	}
	b.addSeg(seg{b.out, b.in, verbatim && nOut == nIn})
	b.out += nOut
	b.in += nIn
}

// addSeg appends a run start, merging it into a verbatim run it continues.
func (b *offBuilder) addSeg(s seg) {
	if n := len(b.segs); n > 0 {
		p := b.segs[n-1]
		if s.verbatim && p.verbatim && s.in-p.in == s.out-p.out {
			return
		}
		if p.out == s.out && !p.verbatim && !s.verbatim && p.in == s.in {
			return
		}
	}
	b.segs = append(b.segs, s)
}

func (b *offBuilder) offsets() Offsets {
	return Offsets{segs: b.segs, outLen: b.out, inLen: b.in}
}

// composeOffsets returns the map c = a∘b: b maps an output to a middle text, a maps
// the middle text to the input.
func composeOffsets(a, b Offsets) Offsets {
	if a.segs == nil {
		return b
	}
	if b.segs == nil {
		return a
	}
	var c offBuilder
	j := 0
	for k, s := range b.segs {
		mEnd := b.end(k)
		if !s.verbatim || s.in == mEnd {
			c.addSeg(seg{s.out, a.Source(s.in), false})
			continue
		}
		for j > 0 && a.segs[j].out > s.in {
			j--
		}
		for j+1 < len(a.segs) && a.segs[j+1].out <= s.in {
			j++
		}
		for x := s.in; x < mEnd; {
			as := a.segs[j]
			aEnd := a.outLen
			if j+1 < len(a.segs) {
				aEnd = a.segs[j+1].out
			}
			if aEnd <= x { // empty run in a
				j++
				continue
			}
			o := s.out + x - s.in
			if as.verbatim {
				c.addSeg(seg{o, as.in + x - as.out, true})
			} else {
				c.addSeg(seg{o, as.in, false})
			}
			x = min(aEnd, mEnd)
			if x == aEnd && j+1 < len(a.segs) {
				j++
			}
		}
	}
	c.out, c.in = b.outLen, a.inLen
	return c.offsets()
}
