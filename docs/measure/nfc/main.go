// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

// Command nfc is the yardstick for docs/measure/stream.sh: one x/text NFC pass over a file, streamed
// through a transform.Reader, output discarded.
package main

import (
	"fmt"
	"io"
	"os"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "nfc:", err)
		os.Exit(1)
	}
	defer f.Close()
	if _, err := io.Copy(io.Discard, transform.NewReader(f, norm.NFC)); err != nil {
		fmt.Fprintln(os.Stderr, "nfc:", err)
		os.Exit(1)
	}
}
