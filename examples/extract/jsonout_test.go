// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/vietner/vietner/entities"
)

func encodingJSON(id string, ents []entities.Entity) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(outputDoc{ID: id, Entities: ents})
	return buf.Bytes()
}

func TestAppendDocJSONMatchesEncodingJSON(t *testing.T) {
	x, err := entities.New()
	require.NoError(t, err)
	lines := bytes.Split(pressJSONL(t, 1), []byte("\n"))
	for _, l := range lines {
		if len(l) == 0 {
			continue
		}
		var in struct{ ID, Text string }
		require.NoError(t, json.Unmarshal(l, &in))
		ents := x.Extract(in.Text).Entities
		if ents == nil {
			ents = []entities.Entity{}
		}
		require.Equal(t, string(encodingJSON(in.ID, ents)), string(appendDocJSON(nil, in.ID, ents)))
	}
	odd := []entities.Entity{{Type: entities.Date, Text: "a\"b\\c\n\t\x01\u2028<&>\xff", Value: "v", Norm: "n", Kind: "k", Ref: "r", Person: "p", Mention: "m", Calendar: "lunar"}}
	require.Equal(t, string(encodingJSON("id\x7f\"", odd)), string(appendDocJSON(nil, "id\x7f\"", odd)))
}

func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "Hà Nội", "a\"b\\c\n\t\x01\u2028\u2029<&>\xff\xc3", "\x00\x1f\x7f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.Encode(s)
		want = bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
		require.Equal(t, string(want), string(appendJSONString(nil, s)))
	})
}
