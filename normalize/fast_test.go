// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"encoding/binary"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// unicodeSlow is unicode without the fast path.
func (n Normalizer) unicodeSlow(s string, wantOffsets bool) (string, Offsets) {
	st := state{src: s, offs: wantOffsets, slow: true}
	n.scan(&st)
	return st.finish()
}

// checkFastSlow checks that the fast path and the full path give the same
// text and the same offsets.
func checkFastSlow(t testing.TB, n Normalizer, s string) {
	t.Helper()
	fast, fo := n.unicode(s, true)
	slow, so := n.unicodeSlow(s, true)
	if fast != slow {
		t.Fatalf("%v: fast path %q, full path %q on %q", n.tone, fast, slow, s)
	}
	if !assert.Equal(t, so, fo, "%v offsets of %q", n.tone, s) {
		t.FailNow()
	}
	if f, _ := n.unicode(s, false); f != fast {
		t.Fatalf("String %q != Map %q", f, fast)
	}
}

// fastPathInputs returns the corpus in the forms the fast path must tell
// apart: canonical, NFD, each tone style, and with the characters it hands to
// the full path sprinkled in.
func fastPathInputs(t testing.TB) []string {
	texts := corpus(t)
	var out []string
	spice := strings.NewReplacer(" ", " \u00a0", "a", "a\u0301", "ng", "n\u200bg", "Đ", "Ð", ",", "´,", "o", "o`")
	for k, s := range texts {
		out = append(out, s, norm.NFD.String(s), New(WithTone(ToneNew)).String(s), New().String(s))
		if k%7 == 0 {
			out = append(out, spice.Replace(s))
		}
	}
	return out
}

func TestFastPathAgreesWithFullPathOnCorpus(t *testing.T) {
	inputs := fastPathInputs(t)
	for _, style := range []ToneStyle{ToneOld, ToneNew, ToneKeep, 7} {
		n := New(WithTone(style))
		for _, s := range inputs {
			checkFastSlow(t, n, s)
		}
		checkFastSlow(t, n, strings.Join(inputs, "\n"))
	}
}

func TestFastPathAgreesOnEdgeCases(t *testing.T) {
	cases := []string{
		"", "a", "hoà", "hòa", "quý", "qúy", "gìa", "già", "giữ", "gì", "ngoài", "ngòai", "khuya", "khúya",
		"người", "ngừơi", "thuở", "thủơ", "tuổi", "tủôi", "hoàn", "hòan", "huỳnh", "hủynh", "Ủy", "Uỷ",
		"HOÀ THUỶ", "quả", "qủa", "oà", "òa", "uý", "úy", "khoẻ", "khỏe", "aaaaaaaaaaaà", "tiếng", "tíêng",
		"co` ba`", "x´", "a\u0301", "1\u0301", "«\u0301x", "— \u0300", "“hoà”", "café", "Müller",
		"\xff", "hoà\xff", "hoà\u00a0", "hoà\u200b", "ðường", "x\u2028y", "\u212b", "e\u0302\u0301",
		"hoà@x.vn", "https://hoà.vn", "\ufffd", "hoà\ufffd", "Việt\u3000Nam", "ǅa", "ﬁ",
	}
	for _, style := range []ToneStyle{ToneOld, ToneNew, ToneKeep} {
		for _, s := range cases {
			checkFastSlow(t, New(WithTone(style)), s)
		}
	}
}

func TestClassTablesMatchClassify(t *testing.T) {
	for r := rune(0x80); r <= 0x10FFFF; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		cls, size, info := classAt(s, 0)
		want := classify(r)
		if r >= 0x800 && (r < 0x1E00 || r >= 0x2100) {
			want = clsOther
		}
		require.Equal(t, want, cls, "%U", r)
		require.Equal(t, len(s), size, "%U", r)
		if cls == clsViet {
			require.Equal(t, vietInfo(r), info, "%U", r)
		}
	}
}

func FuzzFastPath(f *testing.F) {
	for _, s := range append(pressSentences[:2], "hoà\u200b thuỷ", "a\u0301\u0302", "Ðà", "\xff\xfe", "gìa qúy", "«\u0301") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, style := range []ToneStyle{ToneOld, ToneNew, ToneKeep} {
			checkFastSlow(t, New(WithTone(style)), s)
		}
	})
}

// checkSkip checks that skip, which reads 32 bytes at a time, and
// skipShort, which reads byte by byte, stop at the same places with the same
// signs of mojibake, from each place where scan stops and from every byte
// of short texts.
func checkSkip(t testing.TB, n Normalizer, s string) {
	t.Helper()
	for i := 0; i <= len(s); {
		p, h := n.skip(s, i)
		p2, h2 := n.skipShort(s, i)
		if p != p2 || h != h2 {
			t.Fatalf("%v: skip(%q, %d) = %d, %d; skipShort %d, %d", n.tone, s, i, p, h, p2, h2)
		}
		if len(s) > 100 {
			i = max(p, i) + 1
		} else {
			i++
		}
	}
}

// skipWordPieces and skipPieces are what TestSkipRandomAgreesWithSkipShort
// strings random inputs from: the letters, vowel clusters and consonants of
// syllables whose tone skip checks, the letters latin1Hit counts, and
// characters left alone between words; and foldPieces.
var skipWordPieces = []string{
	"q", "u", "gi", "g", "i", "o", "oa", "oe", "uy", "ươ", "ng", "th", "nh", "ch", "c", "t", "d",
	"à", "ò", "ì", "Ì", "Ò", "À", "Ô", "Ư", "ố", "ờ", "ú", "ý", "ỳ", "Á", "ó", "ỏ", "ả", "ẹ", "ĩ", "ũ", "ứ",
	"ự", "ặ", "ậ", "ỗ", "ở", "ỡ", "ổ", "ễ", "ế", "ề", "ể", "ê", "ư",
	" ", " ", " ", " ", " ", ". ", "\n", "«", "©", "®", "»", "·", "”", "°",
}

var skipPieces = append(skipWordPieces[:len(skipWordPieces):len(skipWordPieces)], foldPieces...)

// TestSkipRandomAgreesWithSkipShort compares skip with skipShort on random
// strings of skipPieces (words and spaces mostly) and of random bytes, of
// every length up to 200, and on them the fast path with the full path and
// the signs of mojibake that scanAuto counts with quickScanRef.
func TestSkipRandomAgreesWithSkipShort(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var b strings.Builder
	styles := []ToneStyle{ToneOld, ToneNew, ToneKeep}
	for k := range 20000 {
		b.Reset()
		size := k % 201
		for b.Len() < size {
			switch {
			case k%7 == 6:
				b.WriteByte(byte(rng.UintN(256)))
			case rng.IntN(3) == 0:
				b.WriteString(skipPieces[rng.IntN(len(skipPieces))])
			default:
				b.WriteString(skipWordPieces[rng.IntN(len(skipWordPieces))]) // words
			}
		}
		s, n := b.String(), New(WithTone(styles[k%3]))
		checkSkip(t, n, s)
		checkFastSlow(t, n, s)
		if k%3 == 0 {
			checkQuickScan(t, s)
		}
	}
}

func TestSkipAgreesWithSkipShortOnCorpus(t *testing.T) {
	inputs := fastPathInputs(t)
	for _, s := range corpus(t) {
		inputs = append(inputs, string(encodeTCVN3(s)), mojibake(encodeVNI(s)), mojibake(encodeCP1258(s)), strings.ToUpper(s))
	}
	for _, style := range []ToneStyle{ToneOld, ToneNew, ToneKeep} {
		n := New(WithTone(style))
		for _, s := range inputs {
			checkSkip(t, n, s)
		}
	}
}

func FuzzSkip(f *testing.F) {
	for _, s := range append(pressSentences[:2], "hoà\u200b thuỷ", "gìa qúy ngừơi “Hòa”", "co` ba`", "NguyÔn chiì «ng", "a\xe1\xbb") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, style := range []ToneStyle{ToneOld, ToneNew, ToneKeep} {
			checkSkip(t, New(WithTone(style)), s)
		}
	})
}

// TestByteMasks checks the 8-byte masks of skipWin on every byte at every
// place among bytes of every kind.
func TestByteMasks(t *testing.T) {
	fill := []byte{0, 'a', 'Q', ' ', '`', 0x80, 0xC3, 0xFF}
	for c := 0; c < 256; c++ {
		for k := 0; k < 8; k++ {
			for _, f := range fill {
				var b [8]byte
				for j := range b {
					b[j] = f
				}
				b[k] = byte(c)
				v := binary.LittleEndian.Uint64(b[:])
				lm, vm, bq, mm := letterMask(v), vowelMask(lower7(v))&letterMask(v), uint64(bqMask(v, 0, 0, 0)), movemask(v&hi)
				for j, x := range b {
					bit := uint64(0x80) << (8 * j)
					require.Equal(t, isASCIILetter(x) && x < 0x80, lm&bit != 0, "letter %#x at %d in %x", x, j, b)
					require.Equal(t, isVowel(x) && x < 0x80, vm&bit != 0, "vowel %#x at %d in %x", x, j, b)
					require.Equal(t, x == '`', bq>>j&1 != 0, "backquote %#x at %d in %x", x, j, b)
					require.Equal(t, x >= 0x80, mm>>j&1 != 0, "high bit %#x at %d in %x", x, j, b)
				}
			}
		}
	}
}

// TestWordCells checks wordCell on every rune up to U+FFFF, followed by
// bytes of every kind: a cell for exactly the Vietnamese letters, with their
// base, tone, vowel mark, size and bytes.
func TestWordCells(t *testing.T) {
	for r := rune(0x80); r < 0x10000; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		for _, after := range []string{"", "a", "\x80", "\xff"} {
			var b [8]byte
			copy(b[:], string(r)+after)
			c := wordCell(binary.LittleEndian.Uint64(b[:]))
			in := vietInfo(r)
			if in == 0 {
				require.Zero(t, c, "%U", r)
				continue
			}
			size := uint32(utf8.RuneLen(r))
			m := uint8(in >> 8 & 7)
			require.Equal(t, uint32(in&0xFF), c&cellBase, "%U", r)
			require.Equal(t, in>>11&7 != 0, c&cellTone != 0, "%U", r)
			require.Equal(t, m == markCirc || m == markBreve || m == markHorn, c&cellMarked != 0, "%U", r)
			require.Equal(t, size, c&cellSize>>16, "%U", r)
			require.Equal(t, uint32(1)<<(size-1)-1, c&cellConts>>14, "%U", r)
			if isVowel(byte(in)) {
				require.Equal(t, uint32(1)<<size-1, c&cellVowel>>11, "%U", r)
			} else {
				require.Zero(t, c&cellVowel, "%U", r)
			}
			require.Equal(t, r < 0x100 && latin1Flags[r-0x80]&flagSigns != 0, c&cellHit != 0, "%U", r)
		}
	}
	// Sequences that only look like letters: truncated, or E1 with a
	// second byte outside B8..BB.
	for _, s := range []string{"\xc3", "\xc3a", "\xe1\xbb", "\xe1\xbba", "\xe1\x80\x80", "\xe1\xbc\x80", "\xc0\x80", "\xe1\xbb\xc3"} {
		var b [8]byte
		copy(b[:], s)
		require.Zero(t, wordCell(binary.LittleEndian.Uint64(b[:])), "%q", s)
	}
}

// skipShort is skipShortTo to the end of s: skip byte by byte, the reference
// the tests hold skip to.
func (n Normalizer) skipShort(s string, i int) (p, hits int) { return n.skipShortTo(s, i, len(s)) }
