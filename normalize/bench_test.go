// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
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

// benchDocs returns the bundled press documents one by one, as the extractor
// reads them (entities' BenchmarkExtract): each .txt file whole and the title
// and description of each .jsonl line joined by a newline (some 300 bytes),
// canonical.
func benchDocs(b testing.TB) []string {
	b.Helper()
	var docs []string
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(t))
	}
	files, err = filepath.Glob("../testdata/articles/*.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var rec struct{ Title, Description string }
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				b.Fatal(err)
			}
			docs = append(docs, rec.Title+"\n"+rec.Description)
		}
		fh.Close()
	}
	n := New()
	for k, d := range docs {
		docs[k] = n.String(d)
	}
	return docs
}

// BenchmarkNFCDocs is norm.NFC.String on each document of benchDocs: the
// yardstick of BenchmarkCanonicalMapDocs.
func BenchmarkNFCDocs(b *testing.B) {
	docs := benchDocs(b)
	b.SetBytes(int64(len(strings.Join(docs, ""))))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			_ = norm.NFC.String(d)
		}
	}
}

// BenchmarkCanonicalMapDocs is Map on each canonical document of benchDocs,
// as entities.Extract calls it.
func BenchmarkCanonicalMapDocs(b *testing.B) {
	docs := benchDocs(b)
	n := New()
	b.SetBytes(int64(len(strings.Join(docs, ""))))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			_, _ = n.Map(d)
		}
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
