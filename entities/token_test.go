// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"math/bits"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vietner/vietner/normalize"
)

func TestTokenizeKeepsAbbreviationsInOneSentence(t *testing.T) {
	d := doc{text: "Sáng nay, GS.TS Nguyễn Văn A đến TP. Hà Nội. Ông nói."}
	d.tokenize()
	var words []string
	for i := range d.toks {
		words = append(words, d.word(i))
	}
	assert.Equal(t, []string{"Sáng", "nay", ",", "GS", ".", "TS", "Nguyễn", "Văn", "A", "đến", "TP", ".", "Hà", "Nội", ".", "Ông", "nói", "."}, words)
	require.Len(t, d.toks, 18)
	assert.Equal(t, int32(0), d.toks[13].sent, "TP. does not end the sentence")
	assert.Equal(t, int32(1), d.toks[15].sent, "a full stop before a capital does")
	assert.True(t, d.toks[15].is(fSentStart))
	assert.Equal(t, "ha", d.key(12))
	assert.Equal(t, "hà", d.low(12))
}

func TestLowerCaseSentenceInALineOfMixedCase(t *testing.T) {
	for _, c := range []struct {
		text, from string // from: the first word marked fLowerLine, "" for none
	}{
		{"Wendy Phạm - con gái ca sĩ Phi Nhung. trung tam am nhac hai ngoai tiet lo ve ca si phi nhung VIDEO CLIP | 275553", "trung"},
		{"Video tên lửa mới của Iran. video he thong phong ten lua thang dung bi an moi cua iran VIDEO CLIP | 276132", "video"},
		// lower case with diacritics is prose: a sentence after an abbreviation, a list, a slip
		{"Tin tức về Covid-19. cập nhật liên tục và mới nhất về người anh của bệnh nhân", ""},
		// a capitalized name inside: capitals carry information
		{"Xem video. gia dinh cua Wendy Pham va ca si phi nhung o nuoc ngoai", ""},
		{"Ngắn. con gai ca si nhung", ""},
	} {
		d := doc{text: c.text}
		d.tokenize()
		got := ""
		for i := range d.toks {
			if d.toks[i].is(fLowerLine) {
				got = d.word(i)
				for k := i; k < len(d.toks); k++ {
					assert.True(t, d.toks[k].is(fLowerLine), "%s: to the end of the sentence", c.text)
				}
				break
			}
		}
		assert.Equal(t, c.from, got, c.text)
	}
}

func TestLexiconMatchesLongestAndFoldedText(t *testing.T) {
	l := newLexicon()
	l.add("Bộ Thông tin và Truyền thông", lexEntry{typ: Organization})
	l.add("Bộ TT&TT", lexEntry{typ: Organization, norm: "Bộ Thông tin và Truyền thông"})
	for _, c := range []struct {
		text string
		n    int
	}{
		{"Bộ TT&TT cho biết", 4},
		{"Bo TT&TT cho biet hom nay", 4},
		{"Bộ Thông tin và Truyền thông", 6},
		{"bộ thông tin", 0},
	} {
		d := doc{text: c.text}
		d.tokenize()
		d.detectStyle()
		n, _ := l.longest(&d, 0)
		assert.Equal(t, c.n, n, c.text)
	}
}

func TestAppendLowKeyAgreesWithNormalizeKey(t *testing.T) {
	for _, s := range pressTexts(t)[:400] {
		for _, w := range strings.Fields(s) {
			low, key, lh, kh := appendLowKey(nil, nil, w)
			require.Equal(t, strings.ToLower(w), string(low), w)
			require.Equal(t, normalize.Key(w), string(key), w)
			require.Equal(t, fnv64(low), lh, w)
			require.Equal(t, fnv64(key), kh, w)
		}
	}
	for _, w := range []string{"Đ\u0301ÀO", "ǅemal", "\u200bHà", "ﬁle", "Ⅻ", "\xff\xfe"} {
		_, key, _, _ := appendLowKey(nil, nil, w)
		require.Equal(t, normalize.Key(w), string(key), "%q", w)
	}
}

// TestTokenFormsAgreeWithNormalizeKey checks what the tokenizer computes inline for every token of
// the press texts and of odd inputs: the lower-case form, the key (normalize.Key), their hashes, and
// whether the word has a foreign shape or, capitalized, is a Vietnamese syllable.
func TestTokenFormsAgreeWithNormalizeKey(t *testing.T) {
	texts := append(pressTexts(t), "Đ\u0301ÀO ǅemal \u200bHà ﬁle Ⅻ \xff\xfe U23 14h30 COVID-19 A\u0301")
	for _, s := range texts {
		d := doc{text: s}
		d.tokenize()
		for i, tok := range d.toks {
			w := s[tok.start:tok.end]
			require.Equal(t, strings.ToLower(w), d.low(i), "%q", w)
			require.Equal(t, normalize.Key(w), d.key(i), "%q", w)
			require.Equal(t, fnv64(d.low(i)), tok.lowH, "%q", w)
			require.Equal(t, fnv64(d.key(i)), tok.keyH, "%q", w)
			require.Equal(t, tok.kind == tWord && foreignShape([]byte(d.key(i))), tok.is(fForeignShape), "%q", w)
			require.Equal(t, tok.is(fUpper) && vietSyllable(d.key(i)), tok.is(fVietSyllable), "%q", w)
			require.Equal(t, vietSyllable(d.key(i)), d.vietSyl(i), "%q", w)
		}
	}
}

// TestAppendWordDecodesAsUTF8 checks appendWord, which decodes the two- and three-byte forms of
// the table's letters itself, on every rune below tableSize inside a word, whole and truncated,
// and on invalid sequences: a word ends where unicode/utf8 reads a rune that is no letter, digit or
// mark, its lower case is strings.ToLower's and its key normalize.Key's of each of its runes (the
// tokenizer keys a word rune by rune: "aˊb" keeps its U+02CA, which normalize.Key of the whole word
// reads as a tone mark).
func TestAppendWordDecodesAsUTF8(t *testing.T) {
	var texts []string
	for r := rune(0x80); r < tableSize; r++ {
		b := string(r)
		texts = append(texts, "a"+b+"b", "a"+b[:len(b)-1]+"b", "a"+b[:len(b)-1])
	}
	for _, s := range []string{"\xe1\xb8", "\xe1\xbb\xff", "\xe1\xba", "\xc3", "\xc3\xc3", "\xe1\x80\x80", "\xed\xa0\x80"} {
		texts = append(texts, "a"+s, "a"+s+"b")
	}
	part := func(r rune) bool { return classOf(r)&(cLetter|cDigit|cMark) != 0 }
	for _, s := range texts {
		d := doc{text: s}
		d.tokenize()
		for i, tok := range d.toks {
			w := s[tok.start:tok.end]
			require.Equal(t, strings.ToLower(w), d.low(i), "%q in %q", w, s)
			var key strings.Builder
			for k := 0; k < len(w); {
				_, n := utf8.DecodeRuneInString(w[k:])
				key.WriteString(normalize.Key(w[k : k+n]))
				k += n
			}
			require.Equal(t, key.String(), d.key(i), "%q in %q", w, s)
			if tok.kind == tPunct {
				continue
			}
			for _, r := range w {
				require.True(t, part(r), "%q in %q", w, s)
			}
			if int(tok.end) < len(s) {
				r, _ := utf8.DecodeRuneInString(s[tok.end:])
				require.False(t, part(r), "%q in %q", w, s)
			}
		}
	}
}

// FuzzTokens checks the tokens Tokens reports for any input: non-empty, in order, inside the input,
// with no space in their text, and sentences numbered from 0 without gaps. Tokens do not overlap,
// except those the normalizer made from one run of input it rewrote as a whole (stray combining
// marks after a space: " \u0301\u0302" gives two tokens, both spanning the three runes).
func FuzzTokens(f *testing.F) {
	for _, s := range []string{
		"GS.TS Lê Văn A đến TP. Hà Nội. Ông nói.",
		"Ba\xf9o Th\xber ng\xe0y 1",
		"ho\u0300a\u0301 \u0301\u0302a\u200b\u00a0x",
		"…!?\n\n.",
		"",
	} {
		f.Add(s)
	}
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var prev Token
		for i, tok := range x.Tokens(s) {
			if tok.Text == "" || strings.ContainsAny(tok.Text, " \t\n\r") || tok.Start < 0 || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("token %d %+v in %q", i, tok, s)
			}
			if i > 0 && tok.Start < prev.End && (tok.Start != prev.Start || tok.End != prev.End) {
				t.Fatalf("token %d %+v overlaps %+v in %q", i, tok, prev, s)
			}
			if tok.Sentence != prev.Sentence && tok.Sentence != prev.Sentence+1 {
				t.Fatalf("token %d %+v after sentence %d in %q", i, tok, prev.Sentence, s)
			}
			prev = tok
		}
	})
}

// TestWordBitsAreDistinct checks that the word bits are single bits above the entry's lower case
// and key (bits 0–47), none shared.
func TestWordBitsAreDistinct(t *testing.T) {
	var seen uint64
	for _, b := range []uint64{wDigit, wAccented, wUpperFirst, wLetter, wLower, wMark, wShape, wNotASCII, wSlow, wFirstLetter} {
		require.Equal(t, 1, bits.OnesCount64(b), "%#x", b)
		require.GreaterOrEqual(t, b, uint64(1)<<48, "%#x", b)
		require.Zero(t, seen&b, "%#x", b)
		seen |= b
	}
}
