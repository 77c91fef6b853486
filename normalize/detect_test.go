// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// detectRef is detect's gathering of evidence as first written (a decoded
// string per token and encoding): the reference for the one that decodes into
// one buffer. Both weigh the evidence with decide.
func detectRef(s string) (Encoding, float64) {
	valid := utf8.ValidString(s)
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	cands := []Encoding{TCVN3, VNI, VISCII, CP1258}
	if ascii {
		cands = []Encoding{VIQR}
	}
	// Tokens that read as Vietnamese as they are give no evidence; they
	// count against any encoding when they are most of the text.
	plain := 0
	var cand []string
	for t := range tokens(s) {
		if isASCII(t) {
			if ascii && viqrLike(t) {
				cand = append(cand, t)
			}
			continue
		}
		if ok, multi := vietText(t); ok && (valid || multi && utf8.ValidString(t)) || !valid && utf8LetterAmongBadBytes(t) {
			plain++ // in text that is not UTF-8 as a whole too: a stray byte in UTF-8 text
			continue
		}
		cand = append(cand, t)
	}
	good, bad := make([]int, len(cands)), make([]int, len(cands))
	for k, e := range cands {
		for _, t := range cand {
			dec, _ := decode(t, e, false)
			if dec == t {
				continue
			}
			decOK, multi := vietText(dec)
			switch {
			case decOK && multi:
				good[k]++
			case !decOK:
				bad[k]++
			}
		}
	}
	return decide(cands, good, bad, plain, countTokensRef(s), valid)
}

func countTokensRef(s string) int {
	n := 0
	for range tokens(s) {
		n++
	}
	return n
}

// legacyForms returns s in every legacy encoding, raw and as mojibake.
func legacyForms(s string) []string {
	return []string{string(encodeTCVN3(s)), string(encodeVNI(s)), string(encodeVISCII(s)), string(encodeCP1258(s)),
		mojibake(encodeTCVN3(s)), mojibake(encodeVNI(s)), mojibake(encodeVISCII(s)), mojibake(encodeCP1258(s))}
}

func TestDetectAgreesWithReference(t *testing.T) {
	var inputs []string
	for k, s := range append(append([]string{}, pressSentences...), corpus(t)...) {
		inputs = append(inputs, s)
		if k%5 == 0 {
			inputs = append(inputs, legacyForms(s)...)
		}
	}
	inputs = append(inputs, foreignSamples...)
	inputs = append(inputs, "Vie^.t Nam, Ha` No^.i, ddu+o+`ng Tru+o+`ng Sa.", "ok \xff\xfe ok", "")
	for _, s := range inputs {
		e, c := detect(s)
		re, rc := detectRef(s)
		if e != re || c != rc {
			t.Fatalf("detect(%q) = %v %v, reference %v %v", s, e, c, re, rc)
		}
		if len(s) <= sampleMin {
			se, sc := detectSample(s)
			assert.Equal(t, []any{e, c}, []any{se, sc}, "%q", s)
		}
	}
}

// TestDetectSampleOnLongTexts checks that Auto's sample finds what Detect finds
// on the whole corpus in each form, and that it looks at a bounded part of it.
func TestDetectSampleOnLongTexts(t *testing.T) {
	all := New().String(strings.Join(corpus(t), "\n"))
	require := assert.New(t)
	forms := append([]string{all, strings.Join(foreignSamples, "\n")}, legacyForms(all)...)
	for _, s := range forms {
		if len(s) <= sampleMin {
			continue
		}
		e, _ := detect(s)
		se, _ := detectSample(s)
		require.Equal(e, se, "%.60q", s)
		n, valid := 0, utf8.ValidString(s)
		for tok := range sampleTokens(s, true) {
			n += len(tok) + 1
			if valid {
				require.True(utf8.ValidString(tok), "%q", tok)
			}
		}
		require.LessOrEqual(n, sampleWindows*(sampleWindow+2*sampleSnap+1))
	}
}

func FuzzDetect(f *testing.F) {
	f.Add("B¶o Th¾ng lµ ng\u00adêi ®· ®Õn Hµ Néi")
	f.Add("Xin chaøo caùc baïn")
	f.Add("Vie^.t Nam, Ha` No^.i, ddu+o+`ng Tru+o+`ng Sa.")
	f.Fuzz(func(t *testing.T, s string) {
		e, c := detect(s)
		re, rc := detectRef(s)
		if e != re || c != rc {
			t.Fatalf("detect(%q) = %v %v, reference %v %v", s, e, c, re, rc)
		}
	})
}

// TestAutoOnLegacyTextAllocatesLittle guards the bounded detection: Auto on a
// long legacy text allocates the decoded text and little else (it made a
// string per token and encoding before).
func TestAutoOnLegacyTextAllocatesLittle(t *testing.T) {
	in := New().String(strings.Join(corpus(t), "\n"))
	for _, raw := range []string{string(encodeTCVN3(in)), string(encodeVNI(in))} {
		require.Greater(t, len(raw), sampleMin)
		allocs := testing.AllocsPerRun(3, func() { _ = New().String(raw) })
		assert.LessOrEqual(t, allocs, 10.0)
	}
}

// TestDetectUTF8WithStrayBytes: a UTF-8 text with a few bytes that are no UTF-8 (a truncated
// character, a stray Latin-1 byte) is still UTF-8, read with U+FFFD, not a legacy encoding.
func TestDetectUTF8WithStrayBytes(t *testing.T) {
	for _, s := range []string{
		"BLV Ca Aa'A ông Kim A0 HCM ng\xc3 0000000000",
		"Bộ trưởng Trương Minh Tuấn làm việc\xff với Hiệp hội Internet Việt Nam",
		"Chiều ngày 12/05, tại trụ sở Bộ, đồng chí Trương Minh Tu\xe1",
	} {
		enc, _ := Detect([]byte(s))
		assert.Equal(t, UTF8, enc, "%q", s)
		out := New().String(s)
		assert.True(t, utf8.ValidString(out))
		assert.Contains(t, out, "\ufffd", "%q", s)
	}
}

func TestLeadBytes(t *testing.T) {
	var all []string
	for _, s := range corpus(t) {
		all = append(all, s, string(encodeTCVN3(s)), mojibake(encodeVNI(s)))
	}
	for c := 0; c < 256; c++ {
		for k := 0; k < 20; k++ {
			all = append(all, strings.Repeat("a", k)+string([]byte{byte(c)})+strings.Repeat("\xc3", k%3))
		}
	}
	for _, s := range all {
		want := 0
		for i := 0; i < len(s); i++ {
			if s[i] >= 0xC0 {
				want++
			}
		}
		if got := leadBytes(s); got != want {
			t.Fatalf("leadBytes(%q) = %d, want %d", s, got, want)
		}
	}
}

// sampleTokens yields the tokens of s, or with sample those of the windows
// of s that detectSample looks at.
func sampleTokens(s string, sample bool) func(func(string) bool) {
	return func(yield func(string) bool) {
		for w := 0; w < sampleWindows; w++ {
			a, b := window(s, w, sample)
			for i := a; ; {
				var t string
				if t, i = nextToken(s[:b], i); t == "" || !yield(t) {
					break
				}
			}
			if !sample {
				return
			}
		}
	}
}

// tokens yields the whitespace-separated tokens of s.
func tokens(s string) func(func(string) bool) { return sampleTokens(s, false) }
