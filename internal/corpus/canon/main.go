// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

// Command canon rewrites the "text" of every entity in a corpus file (read on standard input) to the
// canonical form of its span, as the Extractor reports it, and writes the file to standard output.
// testdata/corpus/work/make.sh runs it after build.py.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/vietner/vietner/internal/corpus"
	"github.com/vietner/vietner/normalize"
)

func main() {
	docs, errs := corpus.Read(os.Stdin, "<stdin>")
	for _, e := range errs {
		fmt.Fprintln(os.Stderr, "canon:", e)
	}
	n := normalize.New()
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		for i := range d.Entities {
			e := &d.Entities[i]
			e.Text = n.String(d.Text[e.Start:e.End])
		}
		if err := enc.Encode(d); err != nil {
			fmt.Fprintln(os.Stderr, "canon:", err)
			os.Exit(1)
		}
	}
	if len(errs) > 0 {
		os.Exit(1)
	}
}
