// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package main

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseLineReadsFlatObjects(t *testing.T) {
	for _, c := range []struct {
		in, id, text, ref string
		hasText, ok       bool
	}{
		{`{"id": "a1", "text": "Hà Nội", "ref": "2021-10-04"}`, "a1", "Hà Nội", "2021-10-04", true, true},
		{` {"text":"dòng 1\ndòng \"2\"", "id": 7} `, "7", "dòng 1\ndòng \"2\"", "", true, true},
		{`{"id": "b"}`, "b", "", "", false, true},
		{`{"id": null, "text": null}`, "", "", "", false, true},
		{`{}`, "", "", "", false, true},
		{`{"text": "\u00e0"}`, "", "", "", false, false},              // \u escapes: encoding/json's job
		{`{"text": "a", "meta": {"x": 1}}`, "", "", "", false, false}, // nested values too
		{`{"text": "a",}`, "", "", "", false, false},
		{`[1, 2]`, "", "", "", false, false},
		{`{"text": "a"} x`, "", "", "", false, false},
	} {
		id, text, ref, hasText, ok := parseLine([]byte(c.in))
		require.Equal(t, c.ok, ok, c.in)
		if ok {
			assert.Equal(t, []any{c.id, c.text, c.ref, c.hasText}, []any{id, text, ref, hasText}, c.in)
		}
	}
}

func TestParseLineKeepsLegacyBytes(t *testing.T) {
	_, text, _, _, ok := parseLine([]byte("{\"text\": \"Xin cha\xf8o ca\xf9c ba\xefn\"}"))
	require.True(t, ok)
	assert.Equal(t, "Xin cha\xf8o ca\xf9c ba\xefn", text, "VNI bytes reach the normalizer as they are")
}

func FuzzParseLine(f *testing.F) {
	for _, s := range []string{`{"id": "a1", "text": "Hà Nội", "ref": "2021-10-04"}`, `{"text":"a\\n\"b\""}`, `{"id": 5, "text": null}`, `{}`, `{"a":1e5,"text":"x"}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, text, ref, hasText, ok := parseLine([]byte(s))
		if !ok || !utf8.ValidString(s) {
			return
		}
		// what the fast path accepts, encoding/json accepts and reads the same way
		var in struct {
			ID   json.RawMessage `json:"id"`
			Text *string         `json:"text"`
			Ref  *string         `json:"ref"`
		}
		require.NoError(t, json.Unmarshal([]byte(s), &in), s)
		require.Equal(t, in.Text != nil, hasText, s)
		if in.Text != nil {
			require.Equal(t, *in.Text, text, s)
		}
		if in.Ref != nil {
			require.Equal(t, *in.Ref, ref, s)
		}
		var sid string
		if json.Unmarshal(in.ID, &sid) == nil {
			require.Equal(t, sid, id, s)
		}
	})
}
