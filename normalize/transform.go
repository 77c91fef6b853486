// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/transform"
)

var _ transform.SpanningTransformer = Normalizer{}

// chunkEnd returns how much of src can be normalized on its own: all of it at
// EOF, else up to the last line break, or the last space, or, in a long text
// with neither, the last rune boundary. It returns 0 when more input is needed.
func chunkEnd(src []byte, atEOF bool) int {
	if atEOF {
		return len(src)
	}
	for i := len(src) - 1; i >= 0; i-- {
		if src[i] == '\n' {
			return i + 1
		}
	}
	for i := len(src) - 1; i >= 0; i-- {
		if src[i] == ' ' || src[i] == '\t' {
			return i + 1
		}
	}
	if len(src) >= 1024 {
		i := len(src)
		for k := 0; k < utf8.UTFMax && i > 0 && !utf8.RuneStart(src[i-1]); k++ {
			i--
		}
		if i > 0 {
			return i - 1
		}
	}
	return 0
}

// Transform implements transform.Transformer: it normalizes src into dst,
// cutting src at line breaks or spaces so that words are never split. With
// Auto, each such chunk of a stream is detected on its own: a stream in a
// legacy encoding is decoded only where its chunk shows enough of it, so set
// the encoding with WithEncoding when it is known.
func (n Normalizer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	end := chunkEnd(src, atEOF)
	if end == 0 && len(src) > 0 {
		return 0, 0, transform.ErrShortSrc
	}
	for {
		out, _ := n.run(bytesView(src[:end]), false)
		if len(out) <= len(dst) {
			copy(dst, out)
			if end < len(src) && !atEOF {
				return len(out), end, transform.ErrShortSrc
			}
			return len(out), end, nil
		}
		// Try a shorter chunk.
		half := chunkEnd(src[:end/2], false)
		if half == 0 || half >= end {
			return 0, 0, transform.ErrShortDst
		}
		end = half
	}
}

// Span implements transform.SpanningTransformer: it returns the length of the
// prefix of src that is already canonical, cut where Transform would cut it.
func (n Normalizer) Span(src []byte, atEOF bool) (int, error) {
	end := chunkEnd(src, atEOF)
	out, _ := n.run(bytesView(src[:end]), false)
	if len(out) == end && (end == 0 || unsafe.StringData(out) == &src[0]) {
		if end < len(src) {
			return end, transform.ErrShortSrc
		}
		return end, nil
	}
	// Back off to the last cut before the first change.
	st := state{src: bytesView(src[:end])}
	if n.enc == Auto && detectQuick(st.src) != UTF8 || n.enc != Auto && n.enc != UTF8 {
		return 0, transform.ErrEndOfSpan
	}
	n.scan(&st)
	i := st.first
	for i > 0 && src[i-1] != ' ' && src[i-1] != '\n' && src[i-1] != '\t' {
		i--
	}
	return i, transform.ErrEndOfSpan
}

// Reset implements transform.Transformer; a Normalizer keeps no state.
func (n Normalizer) Reset() {}
