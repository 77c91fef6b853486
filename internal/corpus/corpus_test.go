// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vietner/vietner/entities"
	"github.com/vietner/vietner/normalize"
)

func corpusFiles(t *testing.T) []string {
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "corpus", "*.jsonl"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	return files
}

func TestEveryAnnotationIsValid(t *testing.T) {
	n := normalize.New()
	for _, name := range corpusFiles(t) {
		f, err := os.Open(name)
		require.NoError(t, err)
		docs, errs := Read(f, name)
		f.Close()
		assert.Empty(t, errs, name)
		ids := map[string]bool{}
		for _, d := range docs {
			assert.False(t, ids[d.ID], "%s: duplicate id %s", name, d.ID)
			ids[d.ID] = true
			for _, e := range Validate(d, n) {
				t.Errorf("%s: %v", name, e)
			}
		}
	}
}

func TestCorpusHasTheSizeTheIssueAsks(t *testing.T) {
	count := map[entities.Type]int{}
	docs, total := 0, 0
	for _, name := range corpusFiles(t) {
		f, err := os.Open(name)
		require.NoError(t, err)
		ds, _ := Read(f, name)
		f.Close()
		docs += len(ds)
		for _, d := range ds {
			for _, e := range d.Entities {
				count[e.Type]++
				total++
			}
		}
	}
	assert.GreaterOrEqual(t, docs, 40)
	assert.GreaterOrEqual(t, total, 1500)
	for _, typ := range []entities.Type{entities.Person, entities.Title, entities.Organization, entities.Date} {
		assert.GreaterOrEqual(t, count[typ], 200, typ.String())
	}
	assert.Positive(t, count[entities.Location])
}

func TestValidateCatchesBadAnnotations(t *testing.T) {
	n := normalize.New()
	text := "Bộ trưởng Trương Minh Tuấn"
	name := strings.Index(text, "Trương")
	d := Doc{ID: "x", Text: text, Entities: []entities.Entity{
		{Type: entities.Title, Text: "Bộ trưởng", Start: 0, End: name - 1, Person: "p9", Kind: "position"},
		{Type: entities.Person, Text: "Trương Minh", Start: name, End: len(text), Ref: "p1"},
		{Type: entities.Date, Text: "Tuấn", Start: len(text) - 2, End: len(text) + 4},
	}}
	errs := Validate(d, n)
	require.Len(t, errs, 3)
	assert.Contains(t, errs[0].Error(), `person "p9"`)
	assert.Contains(t, errs[1].Error(), `reads "Trương Minh Tuấn"`)
	assert.Contains(t, errs[2].Error(), "out of bounds")
}
