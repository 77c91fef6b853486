// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestHashTabMatchesMap fills a hashTab and a Go map with the same random keys (the zero key and
// keys that collide in their slot bits among them) and checks that every look-up agrees, present or
// absent, across several growths.
func TestHashTabMatchesMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var tab hashTab[int32]
	want := map[uint64]int32{}
	keys := []uint64{0, 1, 1 << 63, 1<<63 | 1}
	for i := 0; i < 5000; i++ {
		keys = append(keys, rng.Uint64(), uint64(i)<<40) // the second kind differs only in high bits
	}
	for i, k := range keys {
		tab.put(k, int32(i))
		want[k] = int32(i)
		if i%7 == 0 { // overwrite
			tab.put(k, int32(-i))
			want[k] = int32(-i)
		}
	}
	require.Equal(t, len(want), tab.len())
	for k, v := range want {
		got, ok := tab.get(k)
		require.True(t, ok, "key %#x missing", k)
		require.Equal(t, v, got, "key %#x", k)
	}
	tab.compact()
	require.Equal(t, len(want), tab.len())
	require.LessOrEqual(t, len(tab.slots), 4*tab.len(), "compact leaves the table between a quarter and a half full")
	for k, v := range want {
		got, ok := tab.get(k)
		require.True(t, ok, "key %#x missing after compact", k)
		require.Equal(t, v, got, "key %#x after compact", k)
	}
	for i := 0; i < 5000; i++ {
		k := rng.Uint64()
		_, inMap := want[k]
		_, inTab := tab.get(k)
		require.Equal(t, inMap, inTab, "key %#x", k)
	}
	var empty hashTab[string]
	_, ok := empty.get(42)
	require.False(t, ok, "an empty table holds nothing")
}

// len returns the number of keys in the table.
func (t *hashTab[V]) len() int {
	if t.hasZero {
		return t.n + 1
	}
	return t.n
}
