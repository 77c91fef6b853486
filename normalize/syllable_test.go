// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The switches the sets of syllable.go replace, as first written: the
// reference for TestShortSetsMatchSwitches.

// validCluster reports the vowel clusters of Vietnamese syllables (a = a,
// A = ă, B = â, E = ê, O = ô, P = ơ, U = ư).
func validCluster(c string) bool {
	switch c {
	case "a", "A", "B", "e", "E", "i", "o", "O", "P", "u", "U", "y",
		"ai", "ao", "au", "ay", "Bu", "By", "eo", "Eu", "ia", "iE", "iu", "oa", "oA", "oe", "oi",
		"Oi", "Pi", "oo", "ua", "uB", "uE", "ui", "uO", "uP", "Ua", "Ui", "UP", "Uu", "uy", "yE",
		"iEu", "yEu", "oai", "oay", "oeo", "uBy", "uOi", "UPi", "UPu", "uya", "uyE", "uyu":
		return true
	}
	return false
}

func validInitial(c string) bool {
	switch c {
	case "", "b", "c", "ch", "d", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
		"p", "ph", "r", "s", "t", "th", "tr", "v", "x":
		return true
	}
	return false
}

func validFinal(c string) bool {
	switch c {
	case "", "c", "ch", "m", "n", "ng", "nh", "p", "t":
		return true
	}
	return false
}

// finalFits reports whether a cluster may (closed) or may not (open) be
// followed by a final consonant: clusters that end in a semivowel take none,
// ă, â, iê, yê, uô, ươ, oă, uâ, uyê need one.
func finalFits(c string, closed bool) bool {
	switch c {
	case "ai", "ao", "au", "ay", "Bu", "By", "eo", "Eu", "iu", "oi", "Oi", "Pi", "ui", "Ui", "Uu",
		"iEu", "yEu", "oai", "oay", "oeo", "uBy", "uOi", "UPi", "UPu", "uyu", "ia", "ua", "Ua", "uya":
		return !closed
	case "A", "B", "iE", "yE", "uO", "oA", "uB", "uyE", "oo":
		return closed
	}
	return true
}

func TestShortSetsMatchSwitches(t *testing.T) {
	var gen func(prefix string, alphabet string, depth int, f func(string))
	gen = func(prefix, alphabet string, depth int, f func(string)) {
		f(prefix)
		if depth == 0 {
			return
		}
		for k := 0; k < len(alphabet); k++ {
			gen(prefix+alphabet[k:k+1], alphabet, depth-1, f)
		}
	}
	letters := "abcdefghijklmnopqrstuvwxyzABEOPU"
	gen("", letters, 3, func(w string) {
		b := []byte(w)
		require.Equal(t, validInitial(w), initials.has(b), "initial %q", w)
		require.Equal(t, validFinal(w), finals.has(b), "final %q", w)
		require.Equal(t, validCluster(w), clusters.has(b), "cluster %q", w)
		if validCluster(w) {
			require.Equal(t, finalFits(w, true), !openOnly.has(b), "closed %q", w)
			require.Equal(t, finalFits(w, false), !closedOnly.has(b), "open %q", w)
		}
	})
}
