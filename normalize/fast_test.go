// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
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
