// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

// hashTab is a hash table from 64-bit word hashes (token.lowH, token.keyH, trie edge keys) to V,
// filled when an Extractor is built and only read after that. The keys are already hashes, so a
// look-up is one multiply to pick a slot and a short linear probe over slots that hold key and value
// side by side: against a Go map, which hashes the key again and matches control bytes, it takes
// about a third of the time, and lexicon and word-class look-ups are the extractor's most frequent
// operation (several per token).
type hashTab[V any] struct {
	slots []hashSlot[V]
	shift uint8 // 64 - log2(len(slots))
	n     int   // keys held, besides the zero key
	// The zero key marks an empty slot, so a value for it is kept aside.
	hasZero bool
	zero    V
}

type hashSlot[V any] struct {
	k uint64
	v V
}

// fibMul spreads a key over the slots (Fibonacci hashing): keys that differ only in high bits, such
// as trie edge keys of one word under different nodes, land apart.
const fibMul = 0x9E3779B97F4A7C15

// get returns the value for k and whether k is in the table.
func (t *hashTab[V]) get(k uint64) (V, bool) {
	if k == 0 {
		return t.zero, t.hasZero
	}
	if t.slots == nil {
		var z V
		return z, false
	}
	mask := uint64(len(t.slots) - 1)
	for i := (k * fibMul) >> t.shift; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.k == k {
			return s.v, true
		}
		if s.k == 0 {
			var z V
			return z, false
		}
	}
}

// put sets the value for k, growing the table to keep it at most half full.
func (t *hashTab[V]) put(k uint64, v V) {
	if k == 0 {
		t.zero, t.hasZero = v, true
		return
	}
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	for i := (k * fibMul) >> t.shift; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.k == k {
			s.v = v
			return
		}
		if s.k == 0 {
			s.k, s.v = k, v
			t.n++
			return
		}
	}
}

func (t *hashTab[V]) grow() { t.resize(4 * (t.n + 1)) }

// compact shrinks the table to the fewest slots that keep it at most half full, once it is complete:
// a smaller table stays in the processor's caches (a table is filled at a quarter to a half).
func (t *hashTab[V]) compact() {
	if size := 2 * (t.n + 1); size < len(t.slots) {
		t.resize(size)
	}
}

// resize moves the keys to a table of at least min slots.
func (t *hashTab[V]) resize(min int) {
	size, shift := 16, uint8(60)
	for size < min {
		size, shift = size*2, shift-1
	}
	old := t.slots
	t.slots, t.shift, t.n = make([]hashSlot[V], size), shift, 0
	for _, s := range old {
		if s.k != 0 {
			t.put(s.k, s.v)
		}
	}
}

// each calls f with every key and value in the table.
func (t *hashTab[V]) each(f func(k uint64, v V)) {
	if t.hasZero {
		f(0, t.zero)
	}
	for _, s := range t.slots {
		if s.k != 0 {
			f(s.k, s.v)
		}
	}
}
