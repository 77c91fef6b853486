// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

// BenchmarkRatiosToNFC measures each benchmark's work against norm.NFC.String
// on the same text, interleaved round by round (one round per iteration: every
// case runs once to warm the caches and three times timed), and reports the
// median speed of each as a multiple of NFC's ("Fold/NFC" 3.1 means three times
// as fast): on a shared machine, where the speed of both moves with the load,
// the ratio holds better than benchmarks run one after the other.
// CanonicalMapDocs/NFCDocs is Map against NFC on the documents of benchDocs
// one by one (some 300 bytes each, as the extractor calls Map).
//
//	go test -run '^$' -bench RatiosToNFC -benchtime 40x ./normalize/
func BenchmarkRatiosToNFC(b *testing.B) {
	in := New().String(strings.Join(corpus(b), "\n"))
	nfd := norm.NFD.String(in)
	newStyle := New(WithTone(ToneNew)).String(in)
	tcvn3, vni := string(encodeTCVN3(in)), string(encodeVNI(in))
	buf := make([]byte, 0, 2*len(in))
	n := New()
	docs := benchDocs(b)
	cases := []struct {
		name string
		in   string // what the benchmark reads, for MB/s
		f    func()
	}{
		{"NFC", in, func() { _ = norm.NFC.String(in) }},
		{"Canonical", in, func() { _ = n.String(in) }},
		{"CanonicalMap", in, func() { _, _ = n.Map(in) }},
		{"NFD", nfd, func() { _ = n.String(nfd) }},
		{"NewStyleTones", newStyle, func() { _ = n.String(newStyle) }},
		{"TCVN3", tcvn3, func() { _ = New(WithEncoding(TCVN3)).String(tcvn3) }},
		{"TCVN3Auto", tcvn3, func() { _ = n.String(tcvn3) }},
		{"VNI", vni, func() { _ = New(WithEncoding(VNI)).String(vni) }},
		{"VNIAuto", vni, func() { _ = n.String(vni) }},
		{"Fold", in, func() { buf = AppendFold(buf[:0], in) }},
		{"Key", in, func() { buf = AppendKey(buf[:0], in) }},
		{"NFCDocs", in, func() {
			for _, d := range docs {
				_ = norm.NFC.String(d)
			}
		}},
		{"CanonicalMapDocs", in, func() {
			for _, d := range docs {
				_, _ = n.Map(d)
			}
		}},
	}
	const runs = 3
	times := make([][]time.Duration, len(cases))
	for b.Loop() {
		for k, c := range cases {
			c.f() // warm the caches, as a benchmark's loop does
			start := time.Now()
			for range runs {
				c.f()
			}
			times[k] = append(times[k], time.Since(start)/runs)
		}
	}
	median := func(d []time.Duration) time.Duration { slices.Sort(d); return d[len(d)/2] }
	nfc := median(times[0])
	for k, c := range cases[1 : len(cases)-2] {
		b.ReportMetric(float64(nfc)/float64(median(times[k+1])), c.name+"/NFC")
	}
	nfcDocs := median(times[len(cases)-2])
	b.ReportMetric(float64(nfcDocs)/float64(median(times[len(cases)-1])), "CanonicalMapDocs/NFCDocs")
}
