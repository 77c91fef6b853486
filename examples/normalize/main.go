// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

// Command normalize writes Vietnamese text as canonical UTF-8: NFC, one tone
// placement, legacy encodings (TCVN3, VNI, VIQR, VISCII, CP1258) decoded.
//
// Usage:
//
//	go run ./examples/normalize [-tone old|new|keep] [-fold] [-from ENCODING] [-detect] [FILE ...]
//
// With no FILE, or "-", it reads standard input. -detect prints
// "FILE<TAB>ENCODING<TAB>CONFIDENCE" for each input instead. A file that
// cannot be read, or invalid UTF-8 that is no legacy encoding either (written
// as U+FFFD), is reported on standard error with the file and line, the other
// files are still processed, and the exit status is 1; bad flags exit with
// status 2.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/vietner/vietner/normalize"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the command with its arguments and streams; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("normalize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	tone := fs.String("tone", "old", "tone placement: old (hòa), new (hoà) or keep")
	fold := fs.Bool("fold", false, "remove every diacritic from the output")
	from := fs.String("from", "auto", "input encoding: auto, utf8, tcvn3, vni, viqr, viscii or cp1258")
	detect := fs.Bool("detect", false, "print FILE, ENCODING and CONFIDENCE for each input instead")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: normalize [-tone old|new|keep] [-fold] [-from ENCODING] [-detect] [FILE ...]\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	ts, err := normalize.ParseToneStyle(*tone)
	if err != nil {
		fmt.Fprintf(stderr, "normalize: -tone: %v\n", err)
		return 2
	}
	enc, err := normalize.ParseEncoding(*from)
	if err != nil {
		fmt.Fprintf(stderr, "normalize: -from: %v\n", err)
		return 2
	}
	n := normalize.New(normalize.WithTone(ts), normalize.WithEncoding(enc))
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	status := 0
	for _, name := range files {
		var b []byte
		if name == "-" {
			b, err = io.ReadAll(stdin)
		} else {
			b, err = os.ReadFile(name)
		}
		if err != nil {
			fmt.Fprintf(stderr, "normalize: %s: %v\n", name, err)
			status = 1
			continue
		}
		if *detect {
			e, conf := normalize.Detect(b)
			fmt.Fprintf(out, "%s\t%s\t%.2f\n", name, e, conf)
			continue
		}
		s := n.String(string(b))
		if !utf8.Valid(b) && strings.Count(s, "\uFFFD") > bytes.Count(b, []byte("\uFFFD")) {
			fmt.Fprintf(stderr, "normalize: %s:%s\n", name, invalidAt(b))
			status = 1
		}
		if *fold {
			s = normalize.Fold(s)
		}
		out.WriteString(s)
	}
	return status
}

// invalidAt says where the first invalid UTF-8 sequence of b is, as "LINE: invalid UTF-8 at byte N"
// with N the offset in the line (from 0, as examples/extract gives it).
func invalidAt(b []byte) string {
	line, start := 1, 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return fmt.Sprintf("%d: invalid UTF-8 at byte %d (written as U+FFFD)", line, i-start)
		}
		if r == '\n' {
			line, start = line+1, i+1
		}
		i += size
	}
	return " invalid UTF-8"
}
