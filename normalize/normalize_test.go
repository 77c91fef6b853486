// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// corpus returns the bundled press texts: each .txt file whole and the title
// and description of each .jsonl line.
func corpus(t testing.TB) []string {
	t.Helper()
	var texts []string
	files, err := filepath.Glob("../testdata/articles/*.txt")
	require.NoError(t, err)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	files, err = filepath.Glob("../testdata/articles/*.jsonl")
	require.NoError(t, err)
	for _, f := range files {
		fh, err := os.Open(f)
		require.NoError(t, err)
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var rec struct{ Title, Description string }
			require.NoError(t, json.Unmarshal(sc.Bytes(), &rec))
			texts = append(texts, rec.Title, rec.Description)
		}
		require.NoError(t, sc.Err())
		fh.Close()
	}
	require.NotEmpty(t, texts)
	return texts
}

func TestUnicodeFormsComposeToNFC(t *testing.T) {
	tests := []struct{ in, want string }{
		{norm.NFD.String("Bộ trưởng Trương Minh Tuấn làm việc với Hiệp hội Internet Việt Nam"), "Bộ trưởng Trương Minh Tuấn làm việc với Hiệp hội Internet Việt Nam"},
		{"Vie\u0323\u0302t Nam", "Việt Nam"},           // marks in the other order
		{"a\u0301\u0302 a\u0302\u0301", "ấ ấ"},         // any order
		{"Hà Nô\u0323i", "Hà Nội"},                     // precomposed base + combining tone
		{"ê\u0323 ư\u0300 ơ\u0309", "ệ ừ ở"},           // precomposed vowel + tone
		{"Nguye\u0302\u0303n", "Nguyễn"},               // decomposed circumflex + tilde
		{"ca\u0341c ba\u0340n", "các bàn"},             // U+0340/U+0341
		{"Ha\u0300 No\u0302\u0323i", "Hà Nội"},         // cp1258-style sequences
		{"ba´n ca\u02ca ma\u02cb", "bán cá mà"},        // spacing accents after vowels
		{"Tôi co` ba` con", "Tôi cò bà con"},           // backquote as a grave
		{"5´ 10´´ `code` it´s", "5´ 10´´ `code` it´s"}, // not after a vowel
		{"ˊ ˋ 1ˊ (ˋ)", "ˊ ˋ 1ˊ (ˋ)"},                   // nor these, which Unicode calls letters
		{"Ðà Nẵng, Ɖồng Nai, ðường", "Đà Nẵng, Đồng Nai, đường"},
		{"Ðóra Guðmundsdóttir", "Ðóra Guðmundsdóttir"}, // not Vietnamese
		{"Thủ\u200b tướng\u200c Chính\u200d phủ\u2060 họp\ufeff sáng\u00ad nay", "Thủ tướng Chính phủ họp sáng nay"},
		{"ngày\u00a012/5\u2009năm\u202f2016\u3000tại", "ngày 12/5 năm 2016 tại"},
		{"Hiệp\u200bhội", "Hiệphội"},
		{"bad \xff\xfe byte", "bad \uFFFD\uFFFD byte"},
		{"Å \u212b", "Å Å"}, // other text gets NFC
		{"café noël", "café noël"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, New().String(tt.in), "%+q", tt.in)
	}
}

// TestSpacingAccentsAreIdempotent covers what FuzzNormalize found: removed
// characters between a vowel and a spacing accent, and a tone moved off the
// vowel before a spacing accent that was no tone.
func TestSpacingAccentsAreIdempotent(t *testing.T) {
	tests := []struct{ in, want string }{
		{"A\u00ad´ ba\u200b´n co\u200b` ba\u200b`", "Á bán cò bà"},
		{"hoà´ hoà` hoà\u200b´ hoà", "hoà´ hoà` hoà´ hòa"},
		{"\xd6ô", "\ufffdô"}, // a stray byte before a letter written in UTF-8: UTF-8, not a legacy encoding
	}
	for _, tt := range tests {
		out := New().String(tt.in)
		assert.Equal(t, tt.want, out, "%+q", tt.in)
		assert.Equal(t, out, New().String(out), "%+q", tt.in)
	}
	assert.Equal(t, "A ban", Fold("A\u00ad´ ba\u200b´n"))
}

func TestTonePlacementByStyle(t *testing.T) {
	tests := []struct{ in, old, new string }{
		{"hoà thuỷ khoẻ Uỷ", "hòa thủy khỏe Ủy", "hoà thuỷ khoẻ Uỷ"},
		{"hòa thủy khỏe Ủy", "hòa thủy khỏe Ủy", "hoà thuỷ khoẻ Uỷ"},
		{"Ủy ban nhân dân tỉnh Khánh Hoà", "Ủy ban nhân dân tỉnh Khánh Hòa", "Uỷ ban nhân dân tỉnh Khánh Hoà"},
		{"HOÀ BÌNH, THUỶ LỢI", "HÒA BÌNH, THỦY LỢI", "HOÀ BÌNH, THUỶ LỢI"},
		{"hoàn huỳnh khoét quý quả giữ gì", "hoàn huỳnh khoét quý quả giữ gì", "hoàn huỳnh khoét quý quả giữ gì"},
		{"người thuở khuya ngoại tuổi", "người thuở khuya ngoại tuổi", "người thuở khuya ngoại tuổi"},
		{"qúa gìa hóan", "quá già hoán", "quá già hoán"},
		{"mùa kìa mưa túi", "mùa kìa mưa túi", "mùa kìa mưa túi"},
		{"Löw Gullit café José Renée", "Löw Gullit café José Renée", "Löw Gullit café José Renée"},
		{"hoà@baochinhphu.vn https://hoà.vn/thuỷ", "hoà@baochinhphu.vn https://hoà.vn/thuỷ", "hoà@baochinhphu.vn https://hoà.vn/thuỷ"},
		// a no-break space ends the run an address is looked for in, as the space it becomes does
		{"Khánh Hoà\u00a0@baochinhphu", "Khánh Hòa @baochinhphu", "Khánh Hoà @baochinhphu"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.old, New().String(tt.in), "old %q", tt.in)
		assert.Equal(t, tt.old, New(WithTone(ToneOld)).String(tt.in), "old %q", tt.in)
		assert.Equal(t, tt.new, New(WithTone(ToneNew)).String(tt.in), "new %q", tt.in)
	}
	assert.Equal(t, "hoà hòa qúa", New(WithTone(ToneKeep)).String("hoà hòa qúa"))
}

// TestURLRunReadOncePerRun: every word whose tone moves asks whether it is
// part of an address, and the run of non-space characters around it is read
// to answer; a run of many words (a text with no spaces) must be read once,
// not once per word, or normalizing it takes time quadratic in its length
// (FuzzQuickScan hung on such input).
func TestURLRunReadOncePerRun(t *testing.T) {
	tests := []struct {
		in    string
		reads int
	}{
		{strings.Repeat("hoà.", 5000), 1},
		{strings.Repeat("hoà.", 5000) + " " + strings.Repeat("thuỷ-", 5000), 2},
		{"hoà@baochinhphu.vn " + strings.Repeat("khoẻ/", 3000), 2},
	}
	for _, tt := range tests {
		for _, slow := range []bool{false, true} {
			st := state{src: tt.in, slow: slow}
			New().scan(&st)
			assert.Equal(t, tt.reads, st.urlReads, "slow=%v %.20q", slow, tt.in)
		}
	}
	// The answer kept for a run is the run's.
	assert.Equal(t, "hoà@a.vn/thuỷ hòa.thủy", New().String("hoà@a.vn/thuỷ hoà.thuỷ"))
}

// pressSentences are press sentences with every letter family.
var pressSentences = []string{
	"Chiều ngày 12/05, tại trụ sở Bộ, đồng chí Trương Minh Tuấn, Ủy viên Trung ương Đảng, Bộ trưởng Bộ TT&TT đã chủ trì buổi làm việc với Hiệp hội Internet Việt Nam.",
	"Thủ tướng Chính phủ yêu cầu các bộ, ngành khẩn trương hoàn thiện dự thảo trước ngày 15/10.",
	"Bão số 5 đổ bộ vào các tỉnh Quảng Trị, Thừa Thiên Huế gây mưa lớn trên diện rộng.",
	"Ông Nguyễn Văn Hưởng, Giám đốc Sở Y tế Hà Nội, cho biết thành phố đã tiêm hơn một triệu liều vắc xin.",
	"Đội tuyển Việt Nam của HLV Park Hang-seo giành chiến thắng thuyết phục trước Thái Lan.",
}

func TestLegacyRoundTrip(t *testing.T) {
	enc := map[Encoding]func(string) []byte{TCVN3: encodeTCVN3, VNI: encodeVNI, VISCII: encodeVISCII, CP1258: encodeCP1258}
	for e, f := range enc {
		for _, s := range pressSentences {
			want := s
			if e == TCVN3 { // TCVN3 has no upper-case toned vowels
				want = strings.Replace(want, "Ủy", "ủy", 1)
			}
			raw := f(s)
			moji := mojibake(raw)
			for _, in := range []string{string(raw), moji} {
				assert.Equal(t, want, New(WithEncoding(e)).String(in), "%v %q", e, in)
				assert.Equal(t, want, New().String(in), "auto %v %q", e, in)
				got, conf := Detect([]byte(in))
				assert.Equal(t, e, got, "%q", in)
				assert.GreaterOrEqual(t, conf, 0.6)
			}
		}
	}
}

func TestLegacyPasteSamples(t *testing.T) {
	assert.Equal(t, "Xin chào các bạn", New(WithEncoding(VNI)).String("Xin chaøo caùc baïn"))
	assert.Equal(t, "Bảo Thắng", New(WithEncoding(TCVN3)).String("B¶o Th¾ng"))
	assert.Equal(t, "Việt Nam, Hà Nội, đường Trường Sa.", New(WithEncoding(VIQR)).String("Vie^.t Nam, Ha` No^.i, ddu+o+`ng Tru+o+`ng Sa."))
	viqr := "Chie^`u nga`y 12/05, ta.i tru. so+? Bo^., ddo^`ng chi' Tru+o+ng Minh Tua^'n la`m vie^.c vo+'i Hie^.p ho^.i Internet Vie^.t Nam."
	assert.Equal(t, "Chiều ngày 12/05, tại trụ sở Bộ, đồng chí Trương Minh Tuấn làm việc với Hiệp hội Internet Việt Nam.", New().String(viqr))
	e, _ := Detect([]byte(viqr))
	assert.Equal(t, VIQR, e)
}

var foreignSamples = []string{
	"The minister met the Vietnam Internet Association on Thursday; it's the first meeting since May. Don't expect changes? We'll see.",
	"Le ministre a rencontré l'Association vietnamienne de l'Internet à Hà Nội. « C'est très important », a-t-il déclaré. Où en est la réforme ? Noël, été, élève, garçon, œuvre.",
	"Der Minister traf sich am Donnerstag mit dem Verband. Die Gespräche über Straße, Maß, daß, Größe und Öl waren schön, für alle Beteiligten würdig. Grüße aus München!",
	"Bà Ðóra và ông Müller đến Việt Nam. Café sữa đá ở Sài Gòn.",
	"Email: hoa@example.com, URL: https://example.com/a?b=c'd, code `x` and 5´ 10´´.",
}

func TestDetectNeverFiresOnUnicodeText(t *testing.T) {
	texts := append(corpus(t), foreignSamples...)
	for _, s := range texts {
		e, _ := Detect([]byte(s))
		assert.Equal(t, UTF8, e, "%q", s)
		assert.Equal(t, UTF8, detectQuick(s), "%q", s)
	}
	all := strings.Join(texts, "\n")
	e, conf := Detect([]byte(all))
	assert.Equal(t, UTF8, e)
	assert.Greater(t, conf, 0.9)
}

func TestInvalidUTF8IsReplaced(t *testing.T) {
	e, conf := Detect([]byte("ok \xff\xfe ok"))
	assert.Equal(t, UTF8, e)
	assert.Less(t, conf, 0.5)
	assert.Equal(t, "ok \uFFFD\uFFFD ok", New().String("ok \xff\xfe ok"))
	assert.True(t, utf8.ValidString(New(WithEncoding(UTF8)).String("\xc3(")))
}

func TestOffsetsMapOutputSpansToOriginalBytes(t *testing.T) {
	tests := []struct {
		in   string
		enc  Encoding
		span string // an output span, found by text
		orig string // the original bytes it must map to
	}{
		{norm.NFD.String("ông Nguyễn Viết Thế"), UTF8, "Nguyễn", norm.NFD.String("Nguyễn")},
		{"Ủy\u200b ban tỉnh Khánh Hoà", UTF8, "Khánh Hòa", "Khánh Hoà"},
		{"Hiệp\u200bhội Internet", UTF8, "Internet", "Internet"},
		{"Thủ\u00a0tướng Phạm", UTF8, "Phạm", "Phạm"},
		{string(encodeTCVN3("Bộ trưởng Trương Minh Tuấn")), TCVN3, "Trương Minh Tuấn", string(encodeTCVN3("Trương Minh Tuấn"))},
		{string(encodeVNI("Bộ trưởng Trương Minh Tuấn")), VNI, "Trương Minh", string(encodeVNI("Trương Minh"))},
		{mojibake(encodeVNI("Bộ trưởng Trương Minh Tuấn")), Auto, "Tuấn", mojibake(encodeVNI("Tuấn"))},
		{mojibake(encodeTCVN3("ông Nguyễn Viết Thế")), Auto, "Viết", mojibake(encodeTCVN3("Viết"))},
	}
	for _, tt := range tests {
		out, off := New(WithEncoding(tt.enc)).Map(tt.in)
		i := strings.Index(out, tt.span)
		require.GreaterOrEqual(t, i, 0, "%q in %q", tt.span, out)
		a, b := off.Span(i, i+len(tt.span))
		assert.Equal(t, tt.orig, tt.in[a:b], "%q", tt.in)
		assert.Equal(t, len(tt.in), off.Source(len(out)))
		checkOffsets(t, tt.in, out, off)
	}
}

// checkOffsets checks that off is monotonic, in bounds and on rune boundaries.
func checkOffsets(t testing.TB, in, out string, off Offsets) {
	t.Helper()
	prev, prevEnd := 0, 0
	for i := 0; i <= len(out); i++ {
		if i < len(out) && !utf8.RuneStart(out[i]) {
			continue
		}
		s, e := off.Source(i), off.SourceEnd(i)
		if s < prev || e < prevEnd || s < 0 || e < 0 || s > len(in) || e > len(in) {
			t.Fatalf("offsets of %q -> %q not monotonic or out of bounds at %d: %d %d after %d %d", in, out, i, s, e, prev, prevEnd)
		}
		if utf8.ValidString(in) && (s < len(in) && !utf8.RuneStart(in[s]) || e < len(in) && !utf8.RuneStart(in[e])) {
			t.Fatalf("offsets of %q -> %q not on a rune boundary at %d: %d %d", in, out, i, s, e)
		}
		prev, prevEnd = s, e
	}
	if off.Source(len(out)) != len(in) {
		t.Fatalf("offsets of %q -> %q end at %d, not %d", in, out, off.Source(len(out)), len(in))
	}
}

func TestZeroValueOffsetsIsIdentity(t *testing.T) {
	var o Offsets
	assert.Equal(t, 7, o.Source(7))
	assert.Equal(t, 7, o.SourceEnd(7))
	a, b := o.Span(2, 5)
	assert.Equal(t, []int{2, 5}, []int{a, b})
}

func TestCanonicalInputDoesNotAllocate(t *testing.T) {
	texts := corpus(t)
	n := New()
	canon := n.String(strings.Join(texts[:50], "\n"))
	out, _ := n.Map(canon)
	require.Equal(t, canon, out)
	assert.Zero(t, testing.AllocsPerRun(20, func() { _ = n.String(canon) }))
	assert.Zero(t, testing.AllocsPerRun(20, func() { _, _ = n.Map(canon) }))
	buf := make([]byte, 0, len(canon)*2)
	assert.Zero(t, testing.AllocsPerRun(20, func() { buf = AppendKey(buf[:0], canon) }))
	assert.Zero(t, testing.AllocsPerRun(20, func() { buf = n.AppendString(buf[:0], canon) }))
}

func TestStringReturnsInputWhenCanonical(t *testing.T) {
	s := "Bộ trưởng Trương Minh Tuấn, Ủy viên Trung ương Đảng."
	out := New().String(s)
	assert.Equal(t, s, out)
	b := []byte(s)
	assert.Equal(t, &b[0], &New().Bytes(b)[0])
}

func TestFoldAndKey(t *testing.T) {
	assert.Equal(t, "Dang Cong san Viet Nam, Ho Chi Minh, Uy ban", Fold("Đảng Cộng sản Việt Nam, Hồ Chí Minh, Ủy ban"))
	assert.Equal(t, "Nguyen", Fold(norm.NFD.String("Nguyễn")))
	assert.Equal(t, "Low Gullit cafe", Fold("Löw Gullit café"))
	assert.Equal(t, "Da Nang", Fold("Ðà\u00a0Nẵng\u200b"))
	s := "plain ASCII"
	assert.Equal(t, s, Fold(s))
	assert.Equal(t, "dang cong san viet nam", Key("ĐẢNG Cộng Sản VIỆT NAM"))
	assert.Equal(t, Key("Khánh Hoà"), Key("KHÁNH HÒA"))
	assert.Equal(t, "ba", Fold("ba´"))
	assert.Equal(t, []byte("x:viet"), AppendKey([]byte("x:"), "Việt"))
	assert.Equal(t, []byte("x:Viet"), AppendFold([]byte("x:"), "Việt"))
}

func TestParseNames(t *testing.T) {
	for _, ts := range []ToneStyle{ToneOld, ToneNew, ToneKeep} {
		got, err := ParseToneStyle(ts.String())
		require.NoError(t, err)
		assert.Equal(t, ts, got)
	}
	for e := Auto; e <= CP1258; e++ {
		got, err := ParseEncoding(e.String())
		require.NoError(t, err)
		assert.Equal(t, e, got)
	}
	_, err := ParseToneStyle("newest")
	assert.True(t, errors.Is(err, ErrUnknownTone))
	_, err = ParseEncoding("latin1")
	assert.True(t, errors.Is(err, ErrUnknownEncoding))
	assert.Equal(t, "normalize: unknown tone style", ErrUnknownTone.Error())
}

func TestZeroValueIsNew(t *testing.T) {
	var z Normalizer
	assert.Equal(t, New(), z)
	assert.Equal(t, "hòa", z.String("hoà"))
}

func TestTransformStreams(t *testing.T) {
	texts := corpus(t)[:200]
	in := strings.Join(texts, "\n") + " hoà thuỷ"
	nfd := norm.NFD.String(in)
	want := New().String(nfd)
	got, _, err := transform.String(New(), nfd)
	require.NoError(t, err)
	assert.Equal(t, want, got)
	r := transform.NewReader(strings.NewReader(nfd), New())
	all, err := io.ReadAll(r)
	require.NoError(t, err)
	assert.Equal(t, want, string(all))
	raw := string(encodeVNI(pressSentences[0]))
	got, _, err = transform.String(New(WithEncoding(VNI)), raw)
	require.NoError(t, err)
	assert.Equal(t, pressSentences[0], got)
	canon := New().String(in)
	n, err := New().Span([]byte(canon), true)
	require.NoError(t, err)
	assert.Equal(t, len(canon), n)
	n, err = New().Span([]byte("Thủ tướng hoà"), true)
	assert.Equal(t, transform.ErrEndOfSpan, err)
	assert.Equal(t, len("Thủ tướng "), n)
}

func TestCorpusIsIdempotent(t *testing.T) {
	for _, style := range []ToneStyle{ToneOld, ToneNew, ToneKeep} {
		n := New(WithTone(style))
		for _, s := range corpus(t) {
			out, off := n.Map(s)
			assert.Equal(t, out, n.String(out))
			checkOffsets(t, s, out, off)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range append(pressSentences[:2], "hoà\u200b thuỷ", "a\u0301\u0302", "Ðà", "\xff\xfe", "Xin chaøo caùc baïn", "B¶o Th¾ng") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range []Normalizer{New(), New(WithTone(ToneNew)), New(WithEncoding(UTF8), WithTone(ToneKeep)), New(WithEncoding(VNI)), New(WithEncoding(VIQR))} {
			out, off := n.Map(s)
			if !utf8.ValidString(out) {
				t.Fatalf("%q -> invalid UTF-8 %q", s, out)
			}
			if n.enc == Auto || n.enc == UTF8 {
				if again := n.String(out); again != out {
					t.Fatalf("not idempotent: %q -> %q -> %q", s, out, again)
				}
			}
			checkOffsets(t, s, out, off)
		}
		// run trusts auto's report of invalid bytes instead of reading the text again.
		if _, _, e, bad := New().auto(s, false); e == UTF8 && bad == utf8.ValidString(s) {
			t.Fatalf("%q: auto reports invalid UTF-8 %v, utf8.ValidString %v", s, bad, utf8.ValidString(s))
		}
	})
}

// vietAlphabet is what FuzzFold builds Vietnamese text from.
var vietAlphabet = []rune("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐEÊOÔƠUƯYàáảãạầấẩẫậằắẳẵặèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ  ,.\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b\u200b\u00a0Ð")

func FuzzFold(f *testing.F) {
	f.Add([]byte("hoa thuy"))
	f.Add([]byte{1, 40, 90, 120, 3, 140})
	f.Fuzz(func(t *testing.T, b []byte) {
		rs := make([]rune, len(b))
		for i, c := range b {
			rs[i] = vietAlphabet[int(c)%len(vietAlphabet)]
		}
		s := string(rs)
		for _, n := range []Normalizer{New(), New(WithTone(ToneNew))} {
			if got, want := Fold(n.String(s)), Fold(s); got != want {
				t.Fatalf("Fold(normalize(%q)) = %q, Fold = %q", s, got, want)
			}
		}
	})
}
