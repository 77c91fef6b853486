// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold removes every diacritic and keeps the case: Đ becomes D, đ d, and every
// tone and vowel mark goes (ấ → a, Ư → U), precomposed or combining; other
// Latin letters lose their marks too (ö → o). Like Normalizer, it drops
// invisible characters, turns Unicode spaces into U+0020 and the look-alikes
// Ð, Ɖ, ð into D, d. It returns s itself when there is nothing to fold.
// Fold reads UTF-8; decode legacy encodings with a Normalizer first.
func Fold(s string) string {
	i := foldStart(s, false)
	if i == len(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	b = appendFold(b, s[i:], false, i > 0 && isToneless(s[i-1]))
	return string(b)
}

// AppendFold appends Fold(s) to dst and returns the result.
func AppendFold(dst []byte, s string) []byte { return appendFold(dst, s, false, false) }

// Key returns a case- and diacritic-insensitive key for matching: Fold of s
// in lower case.
func Key(s string) string {
	i := foldStart(s, true)
	if i == len(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	b = appendFold(b, s[i:], true, i > 0 && isToneless(s[i-1]))
	return string(b)
}

// AppendKey appends Key(s) to dst and returns the result. It allocates only to
// grow dst.
func AppendKey(dst []byte, s string) []byte { return appendFold(dst, s, true, false) }

func isToneless(c byte) bool { return isVowel(c) }

// foldStart returns the length of the prefix of s that folding leaves alone.
func foldStart(s string, lower bool) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || lower && c >= 'A' && c <= 'Z' {
			return i
		}
	}
	return len(s)
}

// appendFold folds s onto dst. toneless says the letter before s is a vowel
// without a tone (a spacing accent after it is its tone, as in Normalizer).
func appendFold(dst []byte, s string, lower, toneless bool) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if lower && c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			toneless = isVowel(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		in := vietInfo(r)
		if in == 0 {
			in = lookalike(r)
		}
		if in != 0 {
			c := byte(in)
			if lower {
				c |= 0x20
			}
			dst = append(dst, c)
			toneless = isVowel(c) && in>>11&7 == 0
			continue
		}
		if _, t, ok := combining(r); ok {
			if t != 0 {
				toneless = false
			}
			continue
		}
		switch {
		case toneless && (r == 0xB4 || r == 0x2CA || r == 0x2CB):
			toneless = false
			continue
		case isInvisible(r):
			toneless = false
			continue
		case isSpace(r):
			dst = append(dst, ' ')
		case r == utf8.RuneError:
			dst = append(dst, "\uFFFD"...)
		case unicode.Is(unicode.Mn, r):
			continue
		case r >= 0xC0 && r < 0x250 || r >= 0x1E00 && r < 0x1F00:
			d := norm.NFD.PropertiesString(s[i-size:]).Decomposition()
			if len(d) > 0 && d[0] < 0x80 {
				c := d[0]
				if lower && c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				dst = append(dst, c)
				continue
			}
			fallthrough
		default:
			if lower {
				r = unicode.ToLower(r)
			}
			dst = utf8.AppendRune(dst, r)
		}
		toneless = false
	}
	return dst
}
