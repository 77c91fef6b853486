// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"strings"
	"unicode/utf8"
)

// The encoders below turn Unicode text into legacy bytes for the round-trip
// tests; they are built from the decoding tables.

func encodeTCVN3(s string) []byte {
	var out []byte
	for _, r := range s {
		if r < 0x80 {
			out = append(out, byte(r))
			continue
		}
		lr := []rune(strings.ToLower(string(r)))[0]
		found := false
		for b, d := range tcvn3Dec {
			if d == r || d == lr {
				out = append(out, byte(0x80+b))
				found = true
				break
			}
		}
		if !found {
			out = utf8.AppendRune(out, r)
		}
	}
	return out
}

func encodeVISCII(s string) []byte {
	var out []byte
	for _, r := range s {
		if r < 0x80 {
			out = append(out, byte(r))
			continue
		}
		for b, d := range visciiDec {
			if d == r {
				out = append(out, byte(b))
				break
			}
		}
	}
	return out
}

func encodeVNI(s string) []byte {
	var out []byte
	for _, r := range s {
		if r < 0x80 {
			out = append(out, byte(r))
			continue
		}
		if b := indexRune(vniSingle[:], r); b >= 0 {
			out = append(out, byte(0x80+b))
			continue
		}
		in := vietInfo(r)
		base, mark, tone := byte(in), uint8(in>>8&7), uint8(in>>11&7)
		var bb byte = base
		addMark := mark
		if mark == markHorn {
			bb = byte(0x80 + indexRune(vniSingle[:], compose(base, markHorn, 0)))
			addMark = 0
		}
		upper := base < 'a'
		for mb, m := range vniMark {
			if m != 0 && m>>4&7 == addMark && m&7 == tone && (mb >= 0x60) != upper {
				out = append(out, bb, byte(0x80+mb))
				break
			}
		}
	}
	return out
}

func encodeCP1258(s string) []byte {
	var out []byte
	tones := map[uint8]byte{toneGrave: 0xCC, toneHook: 0xD2, toneTilde: 0xDE, toneAcute: 0xEC, toneDot: 0xF2}
	for _, r := range s {
		if r < 0x80 {
			out = append(out, byte(r))
			continue
		}
		in := vietInfo(r)
		if plain := compose(byte(in), uint8(in>>8&7), 0); plain < 0x80 {
			out = append(out, byte(plain))
		} else {
			out = append(out, byte(0x80+indexRune(cp1258Dec[:], plain)))
		}
		if t := uint8(in >> 11 & 7); t != 0 {
			out = append(out, tones[t])
		}
	}
	return out
}

// mojibake shows legacy bytes as Windows-1252 and saves them as UTF-8.
func mojibake(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		if c >= 0x80 && c < 0xA0 {
			sb.WriteRune(cp1252Dec[c-0x80])
		} else {
			sb.WriteRune(rune(c))
		}
	}
	return sb.String()
}

func indexRune(t []rune, r rune) int {
	for i, c := range t {
		if c == r {
			return i
		}
	}
	return -1
}
