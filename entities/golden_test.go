// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden from the current output")

// TestGoldenPressOutput runs the Extractor over all the bundled press text and compares its output,
// one JSON line per document, with testdata/golden/press.jsonl. A change in any rule shows up here as
// a diff to read; when the change is intended, rewrite the file with `go test ./entities -run Golden -update`.
func TestGoldenPressOutput(t *testing.T) {
	x := newTestExtractor(t)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for i, text := range pressTexts(t) {
		var ref time.Time
		if i == 0 {
			ref = time.Date(2016, 5, 12, 0, 0, 0, 0, time.UTC)
		}
		d := x.ExtractAt(text, ref)
		type line struct {
			Doc      int      `json:"doc"`
			Entities []Entity `json:"entities"`
		}
		require.NoError(t, enc.Encode(line{i, d.Entities}))
	}
	path := filepath.Join("testdata", "golden", "press.jsonl")
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run `go test ./entities -run Golden -update` to create it")
	got := strings.Split(buf.String(), "\n")
	exp := strings.Split(string(want), "\n")
	diffs := 0
	for i := 0; i < len(got) || i < len(exp); i++ {
		var g, e string
		if i < len(got) {
			g = got[i]
		}
		if i < len(exp) {
			e = exp[i]
		}
		if g != e {
			diffs++
			if diffs <= 5 {
				t.Errorf("document %d:\n got: %s\nwant: %s", i, g, e)
			}
		}
	}
	if diffs > 0 {
		t.Errorf("%d documents differ from %s (run with -update if the change is intended)", diffs, path)
	}
}
