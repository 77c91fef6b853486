// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package corpus

import (
	"bufio"
	"encoding/json"
	"go/scanner"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// quoteGram is the length, in words, of the word sequences compared between code and the test split.
const quoteGram = 5

// wordGrams returns the sequences of quoteGram consecutive words of s (letters and digits, lower
// case, NFC).
func wordGrams(s string) []string {
	words := strings.FieldsFunc(strings.ToLower(norm.NFC.String(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.Is(unicode.Mn, r)
	})
	var grams []string
	for i := 0; i+quoteGram <= len(words); i++ {
		grams = append(grams, strings.Join(words[i:i+quoteGram], " "))
	}
	return grams
}

// TestNoCodeQuotesTheTestSplit keeps the test split blind: no string literal or comment in the
// project's Go code (rules and test tables alike) may quote a test document. One quotes it when two or
// more of its five-word sequences occur in that test document and in no other text the project has
// (the other press documents, the seed article, the written dev articles), so that stock phrases
// shared with other documents do not count. Test documents once quoted were moved to
// dev-danes-seen.jsonl.
func TestNoCodeQuotesTheTestSplit(t *testing.T) {
	root := filepath.Join("..", "..")
	testIDs := map[string]bool{}
	testDocs := readDocs(t, filepath.Join(root, "testdata", "corpus", "test-danes.jsonl"))
	for _, d := range testDocs {
		testIDs[d.ID] = true
	}
	require.NotEmpty(t, testIDs)

	other := map[string]bool{}
	for _, d := range pressDocs(t, filepath.Join(root, "testdata", "articles", "danes-2021-headlines.jsonl")) {
		if !testIDs[d.ID] {
			for _, g := range wordGrams(d.Text) {
				other[g] = true
			}
		}
	}
	seed, err := os.ReadFile(filepath.Join(root, "testdata", "articles", "bo-tttt-hiep-hoi-internet-2016-05-12.txt"))
	require.NoError(t, err)
	for _, g := range wordGrams(string(seed)) {
		other[g] = true
	}
	for _, d := range readDocs(t, filepath.Join(root, "testdata", "corpus", "dev-written.jsonl")) {
		for _, g := range wordGrams(d.Text) {
			other[g] = true
		}
	}
	onlyTest := map[string]string{} // five words → the test document they come from
	for _, d := range testDocs {
		for _, g := range wordGrams(d.Text) {
			if !other[g] {
				onlyTest[g] = d.ID
			}
		}
	}

	files := 0
	err = filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() && (strings.HasPrefix(e.Name(), ".") && path != root || e.Name() == "testdata") {
			return filepath.SkipDir
		}
		if e.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		files++
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		fset := token.NewFileSet()
		var s scanner.Scanner
		s.Init(fset.AddFile(path, -1, len(src)), src, nil, scanner.ScanComments)
		for {
			pos, tok, lit := s.Scan()
			if tok == token.EOF {
				break
			}
			text := lit
			if tok == token.STRING {
				if u, err := strconv.Unquote(lit); err == nil {
					text = u
				}
			} else if tok != token.COMMENT {
				continue
			}
			hits := map[string]int{}
			for _, g := range wordGrams(text) {
				if id, ok := onlyTest[g]; ok {
					hits[id]++
				}
			}
			for id, n := range hits {
				if n >= 2 {
					t.Errorf("%s quotes test document %s (%d five-word sequences found nowhere else): %.80q",
						fset.Position(pos), id, n, text)
				}
			}
		}
		return nil
	})
	require.NoError(t, err)
	assert.Greater(t, files, 50, "Go files read")
}

// readDocs reads a corpus file, failing the test on any error.
func readDocs(t *testing.T, name string) []Doc {
	t.Helper()
	f, err := os.Open(name)
	require.NoError(t, err)
	defer f.Close()
	docs, errs := Read(f, name)
	require.Empty(t, errs, name)
	return docs
}

// pressDocs reads the bundled DANeS headlines: one {"id", "title", "description"} object a line,
// whose text is the headline, a newline and the lead, as the corpus has it.
func pressDocs(t *testing.T, name string) []Doc {
	t.Helper()
	f, err := os.Open(name)
	require.NoError(t, err)
	defer f.Close()
	var docs []Doc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var d struct{ ID, Title, Description string }
		require.NoError(t, json.Unmarshal(sc.Bytes(), &d))
		docs = append(docs, Doc{ID: d.ID, Text: d.Title + "\n" + d.Description})
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, docs)
	return docs
}
