// Package normalize is being written on its own branch; this file is a stand-in with the same API so
// that the rest of the module builds. It is replaced wholesale when that branch lands.
package normalize

import (
	"errors"
	"strings"
	"unicode"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// ToneStyle selects where tone marks go in oa/oe/uy syllables.
type ToneStyle uint8

// Tone styles.
const (
	ToneOld ToneStyle = iota
	ToneNew
	ToneKeep
)

// Encoding names a character encoding of the input.
type Encoding uint8

// Encodings.
const (
	Auto Encoding = iota
	UTF8
	TCVN3
	VNI
	VIQR
	VISCII
	CP1258
)

// Errors.
var (
	ErrUnknownTone     = errors.New("normalize: unknown tone style")
	ErrUnknownEncoding = errors.New("normalize: unknown encoding")
)

// ParseToneStyle parses a style name.
func ParseToneStyle(s string) (ToneStyle, error) {
	switch s {
	case "old":
		return ToneOld, nil
	case "new":
		return ToneNew, nil
	case "keep":
		return ToneKeep, nil
	}
	return 0, ErrUnknownTone
}

// Option configures a Normalizer.
type Option func(*Normalizer)

// WithTone sets the tone style.
func WithTone(t ToneStyle) Option { return func(n *Normalizer) { n.tone = t } }

// WithEncoding sets the input encoding.
func WithEncoding(e Encoding) Option { return func(n *Normalizer) { n.from = e } }

// Normalizer is the stand-in normalizer.
type Normalizer struct {
	tone ToneStyle
	from Encoding
}

// New returns a Normalizer.
func New(opts ...Option) Normalizer {
	var n Normalizer
	for _, o := range opts {
		o(&n)
	}
	return n
}

// String normalizes s.
func (n Normalizer) String(s string) string { out, _ := n.Map(s); return out }

// Offsets maps output offsets to input offsets.
type Offsets struct {
	outs, ins []int // segment starts; nil: identity
	inLen     int
}

// Map normalizes src to NFC and returns the offset map.
func (n Normalizer) Map(src string) (string, Offsets) {
	if norm.NFC.IsNormalString(src) && !strings.ContainsAny(src, "\u00a0\u200b\ufeff") {
		return src, Offsets{}
	}
	var it norm.Iter
	it.InitString(norm.NFC, src)
	var b strings.Builder
	var o Offsets
	o.inLen = len(src)
	for !it.Done() {
		in := it.Pos()
		seg := it.Next()
		s := string(seg)
		s = strings.Map(func(r rune) rune {
			switch r {
			case '\u200b', '\ufeff', '\u200c', '\u200d', '\u2060', '\u00ad':
				return -1
			}
			if unicode.IsSpace(r) && r != '\n' && r != '\t' && r != '\r' {
				return ' '
			}
			return r
		}, s)
		o.outs = append(o.outs, b.Len())
		o.ins = append(o.ins, in)
		b.WriteString(s)
	}
	o.outs = append(o.outs, b.Len())
	o.ins = append(o.ins, len(src))
	return b.String(), o
}

// Source returns the input offset of output offset i.
func (o Offsets) Source(i int) int {
	if o.outs == nil {
		return i
	}
	k := 0
	for k+1 < len(o.outs) && o.outs[k+1] <= i {
		k++
	}
	return o.ins[k]
}

// SourceEnd returns the input offset where the output ending at i ends.
func (o Offsets) SourceEnd(i int) int {
	if o.outs == nil {
		return i
	}
	for k := range o.outs {
		if o.outs[k] >= i {
			return o.ins[k]
		}
	}
	return o.inLen
}

// Span maps an output span to the input.
func (o Offsets) Span(start, end int) (int, int) { return o.Source(start), o.SourceEnd(end) }

var _ transform.Transformer = transform.Nop

// Fold removes diacritics.
func Fold(s string) string { return string(AppendFold(nil, s)) }

// AppendFold appends the folded s.
func AppendFold(dst []byte, s string) []byte {
	for _, r := range norm.NFD.String(s) {
		switch {
		case r == 'đ':
			r = 'd'
		case r == 'Đ':
			r = 'D'
		case unicode.Is(unicode.Mn, r):
			continue
		}
		dst = append(dst, string(r)...)
	}
	return dst
}

// Key returns the case- and diacritic-insensitive key.
func Key(s string) string { return strings.ToLower(Fold(s)) }

// AppendKey appends Key(s).
func AppendKey(dst []byte, s string) []byte { return append(dst, Key(s)...) }

// Detect guesses the encoding.
func Detect(b []byte) (Encoding, float64) { return UTF8, 1 }
