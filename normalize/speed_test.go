// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

// TestSpeedRatios measures each benchmark's work against norm.NFC.String on
// the same text, interleaved round by round (in each round, every case runs
// once to warm the caches and three times timed), and prints the medians of
// 40 rounds: on a shared
// machine, where the speed of both moves with the load, the ratio holds
// better than benchmarks run one after the other. It runs only with
// NORMALIZE_SPEED=1:
//
//	NORMALIZE_SPEED=1 go test -run SpeedRatios -v ./normalize/
func TestSpeedRatios(t *testing.T) {
	if os.Getenv("NORMALIZE_SPEED") == "" {
		t.Skip("set NORMALIZE_SPEED=1 to measure")
	}
	in := New().String(strings.Join(corpus(t), "\n"))
	nfd := norm.NFD.String(in)
	newStyle := New(WithTone(ToneNew)).String(in)
	tcvn3, vni := string(encodeTCVN3(in)), string(encodeVNI(in))
	buf := make([]byte, 0, 2*len(in))
	n := New()
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
	}
	const rounds, runs = 40, 3
	times := make([][]time.Duration, len(cases))
	for range rounds {
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
	fmt.Printf("%-14s %10s %10s %14s\n", "benchmark", "median", "MB/s", "× NFC (time)")
	for k, c := range cases {
		m := median(times[k])
		fmt.Printf("%-14s %10v %10.1f %14.2f\n", c.name, m.Round(time.Microsecond), float64(len(c.in))/m.Seconds()/1e6, float64(nfc)/float64(m))
	}
}
