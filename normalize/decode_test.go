// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

// decodeRef is decode without its fast paths (ASCII runs copied whole, one-byte
// tables), one code unit at a time through decoder.step: the reference for them.
func decodeRef(src string, enc Encoding, wantOffsets bool) (string, Offsets) {
	rd := legacyReader{s: src, moji: enc != VIQR && utf8.ValidString(src)}
	d := decoder{out: make([]byte, 0, len(src)+len(src)/2), offs: wantOffsets}
	for i := 0; i < len(src); {
		i += d.step(rd, src, i, enc)
	}
	var o Offsets
	if wantOffsets {
		o = d.b.offsets()
	}
	return unsafe.String(unsafe.SliceData(d.out), len(d.out)), o
}

func checkDecode(t testing.TB, s string) {
	t.Helper()
	for e := TCVN3; e <= CP1258; e++ {
		got, goff := decode(s, e, true)
		want, woff := decodeRef(s, e, true)
		if got != want {
			t.Fatalf("%v: decode(%q) = %q, reference %q", e, s, got, want)
		}
		if got2, _ := decode(s, e, false); got2 != want {
			t.Fatalf("%v: decode(%q) without offsets = %q, reference %q", e, s, got2, want)
		}
		if !assert.Equal(t, woff, goff, "%v offsets of %q", e, s) {
			t.FailNow()
		}
	}
}

func TestDecodeAgreesWithReference(t *testing.T) {
	inputs := []string{"", "a", "a\xd8", "\x02\x05 x", "Vie^.t Nam", "Xin chaøo caùc baïn", "B¶o Th¾ng", "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"}
	for _, s := range append(pressSentences, corpus(t)[:300]...) {
		inputs = append(inputs, s, string(encodeTCVN3(s)), string(encodeVNI(s)), string(encodeVISCII(s)), string(encodeCP1258(s)),
			mojibake(encodeTCVN3(s)), mojibake(encodeVNI(s)), mojibake(encodeVISCII(s)), mojibake(encodeCP1258(s)))
	}
	for _, s := range inputs {
		checkDecode(t, s)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add("Xin chaøo caùc baïn")
	f.Add("B¶o Th¾ng")
	f.Add("Vie^.t Nam, ddu+o+`ng")
	f.Add(string(encodeVNI("Trương Minh Tuấn")))
	f.Fuzz(func(t *testing.T, s string) { checkDecode(t, s) })
}

func TestReverse1252(t *testing.T) {
	for r := rune(0); r < 0x2200; r++ {
		want, wok := byte(0), false
		if r < 0x100 {
			want, wok = byte(r), true
		} else {
			for k, c := range cp1252Dec {
				if c == r {
					want, wok = byte(0x80+k), true
					break
				}
			}
		}
		got, ok := reverse1252(r)
		if got != want || ok != wok {
			t.Fatalf("reverse1252(%U) = %#x %v, want %#x %v", r, got, ok, want, wok)
		}
	}
}
