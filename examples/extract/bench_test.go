// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// pressJSONL returns about n bytes of press JSONL: the bundled DANeS headlines and leads, repeated,
// one {"id","text"} object a line, as a user would feed the command.
func pressJSONL(tb testing.TB, n int) []byte {
	tb.Helper()
	f, err := os.Open(filepath.Join("..", "..", "testdata", "articles", "danes-2021-headlines.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var lines [][]byte
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var d struct{ ID, Title, Description string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			tb.Fatal(err)
		}
		b, _ := json.Marshal(map[string]string{"id": d.ID, "text": d.Title + "\n" + d.Description})
		lines = append(lines, append(b, '\n'))
	}
	var buf bytes.Buffer
	for buf.Len() < n {
		for _, l := range lines {
			buf.Write(l)
		}
	}
	return buf.Bytes()
}

// BenchmarkCommandJSONL runs the whole command (read, parse, extract on every core, render, write in
// order) over 20 MB of press JSONL. Compare with BenchmarkNFCPass, the yardstick over the same bytes.
func BenchmarkCommandJSONL(b *testing.B) {
	in := pressJSONL(b, 20<<20)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if code := run([]string{"-input", "jsonl"}, bytes.NewReader(in), io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit status %d", code)
		}
	}
}

// BenchmarkNFCPass is the yardstick: one x/text NFC pass over the same 20 MB.
func BenchmarkNFCPass(b *testing.B) {
	in := pressJSONL(b, 20<<20)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		norm.NFC.Bytes(in)
	}
}
