// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package corpus

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vietner/vietner/entities"
	"github.com/vietner/vietner/normalize"
)

func allDocs(t *testing.T) []Doc {
	var docs []Doc
	for _, name := range corpusFiles(t) {
		f, err := os.Open(name)
		require.NoError(t, err)
		ds, errs := Read(f, name)
		f.Close()
		require.Empty(t, errs)
		docs = append(docs, ds...)
	}
	return docs
}

func TestVariantsCarryGoldOffsets(t *testing.T) {
	vs, err := Variants()
	require.NoError(t, err)
	n := normalize.New()
	legacyEnc := map[string]normalize.Encoding{"vni": normalize.VNI, "tcvn3": normalize.TCVN3}
	for _, v := range vs {
		undetected, docs := 0, allDocs(t)
		for _, d := range docs {
			got := v.Apply(d, n)
			if enc, ok := legacyEnc[v.Name]; ok {
				if got.Text == d.Text {
					continue // no Vietnamese letters: English text is the same in every encoding
				}
				if e, _ := normalize.Detect([]byte(got.Text)); e != enc {
					undetected++
					continue
				}
			}
			require.Len(t, got.Entities, len(d.Entities))
			for i, e := range got.Entities {
				if v.Canonical && n.String(d.Text) == d.Text {
					assert.Equal(t, d.Entities[i].Text, e.Text, "%s %s", v.Name, d.ID)
				}
				if v.Name != "vni" && v.Name != "tcvn3" {
					assert.Empty(t, Validate(got, n), "%s %s", v.Name, d.ID)
				}
				_ = e
			}
		}
		assert.LessOrEqual(t, undetected*100, len(docs), "%s: %d of %d documents not detected as such", v.Name, undetected, len(docs))
	}
}

// TestExtractorGivesTheSameEntitiesOnCanonicalVariants checks that text arriving decomposed, with
// new-style tone marks or in VNI-Windows bytes gives exactly the entities of the canonical text, at
// the offsets of the bytes as given.
func TestExtractorGivesTheSameEntitiesOnCanonicalVariants(t *testing.T) {
	vs, err := Variants()
	require.NoError(t, err)
	x, err := entities.New()
	require.NoError(t, err)
	n := normalize.New()
	for _, v := range vs {
		if !v.Canonical {
			continue
		}
		t.Run(v.Name, func(t *testing.T) {
			differ := 0
			for _, d := range allDocs(t) {
				if n.String(d.Text) != d.Text {
					continue // the variant is built from canonical text
				}
				want := x.ExtractAt(d.Text, d.RefTime())
				pred := Doc{ID: d.ID, Text: d.Text, Entities: want.Entities}
				exp := v.Apply(pred, n)
				if v.Name == "vni" {
					if e, _ := normalize.Detect([]byte(exp.Text)); e != normalize.VNI {
						continue // not Vietnamese: VNI bytes of an English text are not read back
					}
				}
				got := x.ExtractAt(exp.Text, d.RefTime())
				if !assert.Equal(t, nilIfEmpty(exp.Entities), nilIfEmpty(got.Entities), "%s %s", v.Name, d.ID) {
					differ++
				}
				if differ > 3 {
					t.FailNow()
				}
			}
		})
	}
}

func nilIfEmpty(e []entities.Entity) []entities.Entity {
	if len(e) == 0 {
		return []entities.Entity{}
	}
	return e
}
