// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// benchText is the bundled press text, canonical.
func benchText(b *testing.B) string {
	return New().String(strings.Join(corpus(b), "\n"))
}

func benchString(b *testing.B, n Normalizer, in string) {
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_ = n.String(in)
	}
}

func BenchmarkNFC(b *testing.B) {
	in := benchText(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_ = norm.NFC.String(in)
	}
}

func BenchmarkCanonical(b *testing.B) { benchString(b, New(), benchText(b)) }

func BenchmarkCanonicalMap(b *testing.B) {
	in := benchText(b)
	n := New()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_, _ = n.Map(in)
	}
}

func BenchmarkNFD(b *testing.B) { benchString(b, New(), norm.NFD.String(benchText(b))) }

func BenchmarkNewStyleTones(b *testing.B) {
	benchString(b, New(), New(WithTone(ToneNew)).String(benchText(b)))
}

func BenchmarkTCVN3(b *testing.B) {
	benchString(b, New(WithEncoding(TCVN3)), string(encodeTCVN3(benchText(b))))
}

func BenchmarkTCVN3Auto(b *testing.B) { benchString(b, New(), string(encodeTCVN3(benchText(b)))) }

func BenchmarkVNI(b *testing.B) {
	benchString(b, New(WithEncoding(VNI)), string(encodeVNI(benchText(b))))
}

func BenchmarkVNIAuto(b *testing.B) { benchString(b, New(), string(encodeVNI(benchText(b)))) }

func BenchmarkFold(b *testing.B) { benchAppend(b, AppendFold) }

func BenchmarkKey(b *testing.B) { benchAppend(b, AppendKey) }

// benchAppend runs an append-style function over the press text into a reused buffer.
func benchAppend(b *testing.B, f func([]byte, string) []byte) {
	in := benchText(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	buf := make([]byte, 0, len(in))
	b.ResetTimer()
	for b.Loop() {
		buf = f(buf[:0], in)
	}
}

// BenchmarkKeyTokens is AppendKey as the extractor runs it: once per token.
func BenchmarkKeyTokens(b *testing.B) {
	in := benchText(b)
	toks := strings.Fields(in)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	buf := make([]byte, 0, 256)
	b.ResetTimer()
	for b.Loop() {
		for _, t := range toks {
			buf = AppendKey(buf[:0], t)
		}
	}
}
