// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Normalizer turns Vietnamese text in any of the forms it reaches users in into
// one canonical text: UTF-8, NFC, one tone placement, no look-alike letters or
// invisible characters, one kind of space. A Normalizer is an immutable value,
// safe for concurrent use; its zero value is New(): old-style tones and
// automatic detection of legacy encodings.
//
// What it does, in order:
//   - decodes the legacy encodings TCVN3, VNI-Windows, VIQR, VISCII and
//     Windows-1258, given as raw bytes or as mojibake (the bytes read as
//     Latin-1 or Windows-1252 and saved as UTF-8); with Auto (the default)
//     only what Detect finds is decoded, VIQR only on overwhelming evidence
//     (on a text longer than 64 KB, Auto runs Detect on a sample: 16
//     windows of about 1 KB spread evenly over the text);
//   - replaces invalid UTF-8 that is no legacy encoding by U+FFFD, one for
//     each byte that cannot start a valid sequence;
//   - composes every Vietnamese letter to NFC, whatever the order of its
//     combining marks, including a precomposed letter followed by a combining
//     tone, U+0340/U+0341, and a spacing accent (U+00B4, U+02CA, U+02CB, and
//     U+0060 not used as a quote) right after a vowel; other text gets NFC;
//   - places the tone of each Vietnamese syllable by rule (ToneStyle); words
//     that are no Vietnamese syllable, and words in URLs and e-mail
//     addresses, keep their tones;
//   - writes Đ/đ for the look-alikes Ð (U+00D0), Ɖ (U+0189) and ð in words
//     that are Vietnamese syllables;
//   - removes zero-width space, non-joiner and joiner, U+2060, BOM and soft
//     hyphen, and turns NBSP and the other Unicode spaces into U+0020.
type Normalizer struct {
	tone ToneStyle
	enc  Encoding
}

// New returns a Normalizer configured by opts.
func New(opts ...Option) Normalizer {
	var n Normalizer
	for _, o := range opts {
		if o != nil {
			o(&n)
		}
	}
	return n
}

// String returns the normalized form of s. It returns s itself, without
// allocating, when s is already canonical.
func (n Normalizer) String(s string) string {
	out, _ := n.run(s, false)
	return out
}

// Bytes returns the normalized form of b. It may return b itself when b is
// already canonical.
func (n Normalizer) Bytes(b []byte) []byte {
	if len(b) == 0 {
		return b
	}
	out, _ := n.run(bytesView(b), false)
	if unsafe.StringData(out) == &b[0] && len(out) == len(b) {
		return b
	}
	return []byte(out)
}

// Append appends the normalized form of src to dst and returns the result.
func (n Normalizer) Append(dst []byte, src ...byte) []byte {
	return n.AppendString(dst, bytesView(src))
}

// AppendString appends the normalized form of src to dst and returns the result.
func (n Normalizer) AppendString(dst []byte, src string) []byte {
	out, _ := n.run(src, false)
	return append(dst, out...)
}

// Map normalizes src and returns the normalized text with the map from its
// byte offsets back to src. When src is already canonical it returns src
// itself and the identity map without allocating.
func (n Normalizer) Map(src string) (string, Offsets) {
	return n.run(src, true)
}

// bytesView returns b as a string without copying; the result must not
// outlive a change to b.
func bytesView(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// maxPasses bounds the legacy decoding passes of Auto (text that went through
// the same mistake twice).
const maxPasses = 3

// run is String and Map.
func (n Normalizer) run(src string, wantOffsets bool) (string, Offsets) {
	enc := n.enc
	if enc == Auto {
		out, o, e, bad := n.auto(src, wantOffsets)
		if e == UTF8 {
			if bad {
				// UTF-8 with stray bytes, now U+FFFD: read the result again as valid text
				// is read (mojibake behind the stray byte is decoded now), so that
				// normalizing twice changes nothing.
				out2, o2 := n.run(out, wantOffsets)
				if !wantOffsets {
					return out2, Offsets{}
				}
				return out2, composeOffsets(o, o2)
			}
			return out, o
		}
		enc = e
	}
	if enc == UTF8 || enc > CP1258 {
		return n.unicode(src, wantOffsets)
	}
	mid, off := decode(src, enc, wantOffsets)
	for pass := 1; n.enc == Auto && pass < maxPasses; pass++ {
		out, o, e, _ := n.auto(mid, wantOffsets)
		if e == UTF8 {
			if !wantOffsets {
				return out, Offsets{}
			}
			return out, composeOffsets(off, o)
		}
		m2, o2 := decode(mid, e, wantOffsets)
		mid, off = m2, composeOffsets(off, o2)
	}
	out, o := n.unicode(mid, wantOffsets)
	if !wantOffsets {
		return out, Offsets{}
	}
	return out, composeOffsets(off, o)
}

// auto is what Auto does with s: detectQuick(s), and when that is UTF8 the
// normalization of s, which it runs in the same pass as the quick scan
// (most text is Unicode). bad reports bytes in s that are no valid UTF-8: the
// scan checks every byte, so the caller need not read s again to know.
func (n Normalizer) auto(s string, wantOffsets bool) (out string, o Offsets, e Encoding, bad bool) {
	st := state{src: s, offs: wantOffsets}
	hits, bad := n.scanAuto(&st, true)
	if !bad && !quickDecide(s, hits) {
		out, o := st.finish()
		return out, o, UTF8, false
	}
	if e, _ := detectSample(s); e != UTF8 {
		return "", Offsets{}, e, bad
	}
	if bad { // the scan stopped there
		out, o := n.unicode(s, wantOffsets)
		return out, o, UTF8, true
	}
	out, o = st.finish()
	return out, o, UTF8, false
}

// state is the output of one normalization, made only once something changes.
type state struct {
	src     string
	out     []byte
	done    int // src[:done] has been written to out
	changed bool
	offs    bool
	b       offBuilder
	first   int  // where the first change starts
	slow    bool // no fast path (for tests)

	// The last run of non-space characters inURL looked at, src[urlA:urlB],
	// and its answer: every word of a run asks the same question, and a
	// long run (a text with no spaces) must be read once, not per word.
	urlA, urlB int
	urlIs      bool
	urlReads   int // how many runs inURL read (for tests)
}

// change replaces src[a:b] by repl (a >= st.done).
func (st *state) change(a, b int, repl string) {
	st.open(a)
	st.out = append(st.out, repl...)
	st.close(a, b, len(repl))
}

// changeRune replaces src[a:b] by r.
func (st *state) changeRune(a, b int, r rune) {
	st.open(a)
	n := len(st.out)
	st.out = utf8.AppendRune(st.out, r)
	st.close(a, b, len(st.out)-n)
}

// changeNFC replaces src[a:b] by the NFC of w.
func (st *state) changeNFC(a, b int, w string) {
	st.open(a)
	n := len(st.out)
	st.out = norm.NFC.AppendString(st.out, w)
	st.close(a, b, len(st.out)-n)
}

// open starts a change at src[a] (a >= st.done): it copies what comes before.
func (st *state) open(a int) {
	if !st.changed {
		st.changed = true
		st.first = a
		st.out = make([]byte, 0, len(st.src)+len(st.src)/8+8)
	}
	if gap := st.src[st.done:a]; len(gap) <= 8 {
		for k := 0; k < len(gap); k++ { // short gaps, as between letters, without memmove
			st.out = append(st.out, gap[k])
		}
	} else {
		st.out = append(st.out, gap...)
	}
}

// close ends the change of src[a:b] opened at a: nOut bytes written for it.
func (st *state) close(a, b, nOut int) {
	if st.offs {
		st.b.add(a-st.done, a-st.done, true)
		st.b.add(nOut, b-a, false)
	}
	st.done = b
}

func (st *state) finish() (string, Offsets) {
	if !st.changed {
		return st.src, Offsets{}
	}
	st.out = append(st.out, st.src[st.done:]...)
	var o Offsets
	if st.offs {
		st.b.add(len(st.src)-st.done, len(st.src)-st.done, true)
		o = st.b.offsets()
	}
	return unsafe.String(unsafe.SliceData(st.out), len(st.out)), o
}

// unicode normalizes UTF-8 text.
func (n Normalizer) unicode(s string, wantOffsets bool) (string, Offsets) {
	st := state{src: s, offs: wantOffsets}
	n.scan(&st)
	return st.finish()
}

// scan normalizes st.src into st. It skips what the fast path (skip) proves
// unchanged and runs the full step from each place that may need work; with
// st.slow set it runs the full step everywhere.
func (n Normalizer) scan(st *state) { n.scanAuto(st, false) }

// scanAuto is scan that also counts the signs of mojibake (latin1Hit) in
// st.src and reports whether it has bytes that are no valid UTF-8, which
// quickScan would find. With stopBad it stops at the first such byte.
func (n Normalizer) scanAuto(st *state, stopBad bool) (hits int, bad bool) {
	s := st.src
	near := false // the last skip stopped near where it started
	for i := 0; i < len(s); {
		if !st.slow {
			var p, h int
			if near {
				// Text that needs work all along (NFD, say): byte by byte
				// for a while, which costs less than skip where it stops
				// after a word or two.
				p, h = n.skipShortTo(s, i, min(i+skipNear, len(s)))
				if p >= i+skipNear && p < len(s) {
					p2, h2 := n.skip(s, p)
					p, h = p2, h+h2
				}
			} else {
				p, h = n.skip(s, i)
			}
			if hits += h; p >= len(s) {
				break
			}
			near = p-i < skipNear
			i = p
		}
		if stopBad && !bad && s[i] >= 0x80 {
			// Bytes that are no valid UTF-8 start a step.
			if r, size := utf8.DecodeRuneInString(s[i:]); r == utf8.RuneError && size == 1 {
				return hits, true
			}
		}
		j := n.step(st, i)
		if !bad {
			h, b := countSigns(s, i, j)
			if hits, bad = hits+h, b; bad && stopBad {
				return hits, bad
			}
		}
		i = j
	}
	return hits, bad
}

// skipNear is how far skip goes, at the least, for the next skip to be
// skip again and not skipShortTo first.
const skipNear = 64

// step runs the full normalization on the character or word at s[i], a
// place where scan stops, and returns the next such place.
func (n Normalizer) step(st *state, i int) int {
	s := st.src
	c := s[i]
	if c < 0x80 {
		if isASCIILetter(c) {
			return n.word(st, i)
		}
		return i + 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError && size == 1:
		st.change(i, i+1, "\uFFFD")
	case vietInfo(r) != 0 || lookalike(r) != 0:
		return n.word(st, i)
	case isInvisible(r):
		st.change(i, i+size, "")
	case isSpace(r):
		st.change(i, i+size, " ")
	case unicode.IsLetter(r):
		return n.word(st, i)
	default:
		// A character outside words; with the marks that follow it, NFC.
		j := i + size
		if i > 0 && s[i-1] < 0x80 && i-1 >= st.done && unicode.Is(unicode.M, r) {
			i-- // a mark after an ASCII character that is no letter
		}
		for j < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if !unicode.Is(unicode.M, r2) {
				break
			}
			j += sz
		}
		if (j > i+size || r >= 0x300) && norm.NFC.QuickSpanString(s[i:j]) != j-i {
			st.changeNFC(i, j, s[i:j])
		}
		return j
	}
	return i + size
}

// maxLetters bounds the letters kept for a word; longer words are no syllables.
const maxLetters = 10

// word normalizes the word that starts at s[i] and returns where it ends.
func (n Normalizer) word(st *state, i int) int {
	s := st.src
	var ls [maxLetters]letter
	nl := 0
	long, foreign, complex, invisible := false, false, false, false
	j, end := i, i
	for j < len(s) {
		c := s[j]
		if c < 0x80 {
			if isASCIILetter(c) {
				if nl < maxLetters {
					// ls is zero: set the fields that are not (faster than
					// a composite literal).
					l := &ls[nl]
					l.start, l.end, l.orig, l.base, l.simple = j, j+1, rune(c), c, true
					nl++
				} else {
					long = true
				}
				j++
				end = j
				continue
			}
			if c == '`' && nl > 0 && (end == j || invisibleRun(s[end:j])) && canTakeSpacing(&ls[nl-1]) &&
				!(i > 0 && s[i-1] == '`') && !(j+1 < len(s) && (isASCIILetter(s[j+1]) || s[j+1] >= 0x80)) {
				l := &ls[nl-1]
				l.tone, l.simple, l.end = toneGrave, false, j+1
				complex = true
				j++
				end = j
			}
			break
		}
		var r rune
		var size int
		if c < 0xE0 && c >= 0xC2 && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
			r, size = rune(c&0x1F)<<6|rune(s[j+1]&0x3F), 2 // combining marks and most letters
		} else if r, size = utf8.DecodeRuneInString(s[j:]); r == utf8.RuneError && size == 1 {
			break
		}
		if in := vietInfo(r); in != 0 || lookalike(r) != 0 {
			look := false
			if in == 0 {
				in, look = lookalike(r), true
				complex = true
			}
			if nl < maxLetters {
				ls[nl] = letter{start: j, end: j + size, orig: r, base: byte(in),
					mark: uint8(in >> 8 & 7), tone: uint8(in >> 11 & 7), simple: true, look: look}
				nl++
			} else {
				long = true
			}
		} else if m, t, ok := combining(r); ok {
			if nl == 0 || long {
				if nl == 0 {
					break
				}
				complex = true
			} else {
				l := &ls[nl-1]
				complex, l.simple, l.end = true, false, j+size
				if m != 0 {
					if l.mark != 0 && l.mark != m {
						foreign = true
					}
					l.mark = m
				}
				if t != 0 {
					if l.tone != 0 && l.tone != t {
						foreign = true
					}
					l.tone = t
				}
			}
		} else if t := spacingTone(r); t != 0 {
			if nl == 0 || long || end != j && !invisibleRun(s[end:j]) || !canTakeSpacing(&ls[nl-1]) {
				break
			}
			l := &ls[nl-1]
			l.tone, l.simple, l.end = t, false, j+size
			complex = true
		} else if isInvisible(r) {
			if nl == 0 {
				break
			}
			complex, invisible = true, true
			j += size
			continue // not part of the word unless more of it follows
		} else if unicode.IsLetter(r) {
			foreign = true
			if nl < maxLetters {
				ls[nl] = letter{start: j, end: j + size, orig: r, simple: true}
				nl++
			} else {
				long = true
			}
		} else if unicode.Is(unicode.M, r) {
			if nl == 0 {
				break
			}
			foreign, complex = true, true
			if !long {
				ls[nl-1].end, ls[nl-1].simple = j+size, false
			}
		} else {
			break
		}
		j += size
		end = j
	}
	if nl == 0 {
		// No letter: s[i] is a spacing accent (U+02CA, U+02CB, letters
		// for Unicode) with no vowel before it; it stays, whole.
		_, size := utf8.DecodeRuneInString(s[i:])
		return max(end, i+size)
	}
	if long || foreign {
		if complex || foreign {
			n.foreignWord(st, i, end, invisible)
		}
		return end
	}
	// Check the marks compose.
	for k := 0; k < nl; k++ {
		l := &ls[k]
		if !l.simple && compose(l.base, l.mark, l.tone) == 0 {
			n.foreignWord(st, i, end, invisible)
			return end
		}
	}
	hasTone := false
	for k := 0; k < nl; k++ {
		if ls[k].tone != 0 {
			hasTone = true
		}
	}
	if !complex && (!hasTone || n.tone == ToneKeep || nl == 1) {
		return end
	}
	valid, pos := syllable(ls[:nl], n.tone)
	move := valid && hasTone && n.tone != ToneKeep && ls[pos].tone == 0
	if move && spacingAfter(s, end) {
		// The accent stays an accent only while the last vowel keeps its
		// tone: moving the tone would make it the tone of that vowel on
		// the next run.
		move = false
	}
	if !complex && !move {
		return end
	}
	if (move || complex) && valid && st.inURL(i, end) {
		move, valid = false, false
	}
	if move {
		for k := 0; k < nl; k++ {
			if ls[k].tone != 0 {
				ls[pos].tone, ls[k].tone = ls[k].tone, 0
				ls[k].simple = false
				break
			}
		}
		ls[pos].simple = false
	}
	for k := 0; k < nl; k++ {
		l := &ls[k]
		if k > 0 && ls[k-1].end < l.start {
			st.change(ls[k-1].end, l.start, "") // invisible characters inside the word
		}
		if l.look && !valid {
			continue
		}
		r := compose(l.base, l.mark, l.tone)
		if l.simple && r == l.orig {
			continue
		}
		st.changeRune(l.start, l.end, r)
	}
	return ls[nl-1].end
}

// spacingAfter reports whether s[k:], after characters that are removed,
// starts with a spacing accent or a backquote.
func spacingAfter(s string, k int) bool {
	for k < len(s) {
		if s[k] == '`' {
			return true
		}
		r, size := utf8.DecodeRuneInString(s[k:])
		if !isInvisible(r) {
			return spacingTone(r) != 0
		}
		k += size
	}
	return false
}

// invisibleRun reports whether s is made of characters that are removed
// (isInvisible): a spacing accent after them follows the vowel before them.
func invisibleRun(s string) bool {
	for _, r := range s {
		if !isInvisible(r) {
			return false
		}
	}
	return true
}

// canTakeSpacing reports whether a spacing accent after l is its tone.
func canTakeSpacing(l *letter) bool {
	return l.base != 0 && isVowel(l.base) && l.tone == 0
}

// foreignWord writes NFC of s[i:end] without invisible characters.
func (n Normalizer) foreignWord(st *state, i, end int, invisible bool) {
	w := st.src[i:end]
	if !invisible {
		if norm.NFC.QuickSpanString(w) == len(w) {
			return
		}
		st.changeNFC(i, end, w)
		return
	}
	buf := make([]byte, 0, len(w))
	for _, r := range w {
		if !isInvisible(r) {
			buf = utf8.AppendRune(buf, r)
		}
	}
	st.change(i, end, norm.NFC.String(string(buf)))
}

// inURL reports whether src[i:end] is part of a URL or an e-mail address:
// the run of non-space characters around it has "://", "www." or "@".
// The run ends at Unicode spaces too, which normalizing makes ' ': the answer must not change when
// the text is normalized again (FuzzNormalize found "i\xc1\xa0@", TCVN3 "iÁ" before a no-break
// space and an "@"). The answer for a run is kept for its other words.
func (st *state) inURL(i, end int) bool {
	if i >= st.urlA && end <= st.urlB {
		return st.urlIs
	}
	a, b := spaceRun(st.src, i, end)
	st.urlReads++
	st.urlA, st.urlB, st.urlIs = a, b, hasURLMark(st.src[a:b])
	return st.urlIs
}

// spaceRun returns the run of characters that are no spaces around s[i:end].
func spaceRun(s string, i, end int) (a, b int) {
	a = i
	for a > 0 && !spaceByte[s[a-1]] {
		if s[a-1] >= 0x80 {
			r, size := utf8.DecodeLastRuneInString(s[:a])
			if isSpace(r) {
				break
			}
			a -= size
			continue
		}
		a--
	}
	b = end
	for b < len(s) && !spaceByte[s[b]] {
		if s[b] >= 0x80 {
			r, size := utf8.DecodeRuneInString(s[b:])
			if isSpace(r) {
				break
			}
			b += size
			continue
		}
		b++
	}
	return a, b
}

// hasURLMark reports whether t has "://", "www." or "@".
func hasURLMark(t string) bool {
	for k := 0; k < len(t); k++ {
		if !urlByte[t[k]] {
			continue
		}
		switch t[k] {
		case '@':
			return true
		case ':':
			if k+2 < len(t) && t[k+1] == '/' && t[k+2] == '/' {
				return true
			}
		case 'w', 'W':
			if k+4 <= len(t) && (t[k:k+4] == "www." || t[k:k+4] == "WWW.") {
				return true
			}
		}
	}
	return false
}

// spaceByte is isSpaceByte and urlByte marks the bytes inURL looks at, as tables.
var spaceByte, urlByte = func() (sp, url [256]bool) {
	for c := range sp {
		sp[c] = isSpaceByte(byte(c))
	}
	for _, c := range []byte("@:wW") {
		url[c] = true
	}
	return sp, url
}()

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '"' || c == '<' || c == '>'
}
