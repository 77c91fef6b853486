// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"slices"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/vietner/vietner/normalize"
)

// tokKind is the coarse class of a token.
type tokKind uint8

const (
	tWord  tokKind = iota // letters, possibly with digits ("U23", "Covid", "14h30")
	tNum                  // digits only
	tPunct                // one punctuation or symbol rune
)

// Token flags.
const (
	fUpper        uint16 = 1 << iota // first letter upper case
	fAllCaps                         // every letter upper case, and more than one letter ("UBND", "HÀ")
	fHasDigit                        // contains a digit
	fSpaceBefore                     // white space between the previous token and this one
	fLineStart                       // first token of a line
	fSentStart                       // first word or number of a sentence (after leading punctuation)
	fAccented                        // contains a letter with a diacritic
	fCapsLine                        // in a line written in capitals (a headline)
	fLowerLine                       // in a line with no capitals at all
	fForeignShape                    // letters outside Vietnamese orthography (f, j, w, z, or a consonant cluster)
	fVietSyllable                    // on a capitalized word (fUpper): vietSyllable of its key
)

// token is a word, number or punctuation rune of the normalized text. Offsets are bytes into
// doc.text; low and key are slices of doc.lows and doc.keys (lower case; lower case without
// diacritics), so reading them allocates nothing.
type token struct {
	start, end int32
	lowS, lowE int32
	keyS, keyE int32
	sent       int32
	kind       tokKind
	flags      uint16
	// lowH and keyH are 64-bit FNV-1a hashes of the lower-case form and the key: lexicon tries are
	// keyed by them, so a trie step is one integer map lookup.
	lowH, keyH uint64
}

func (t *token) is(f uint16) bool { return t.flags&f != 0 }

// tokenize splits text into tokens and fills d.toks, d.lows and d.keys. It reuses nothing between
// calls: every buffer belongs to the document.
func (d *doc) tokenize() {
	text := d.text
	// d.toks may hold a buffer from an earlier call; press text averages 5.3 bytes a token.
	toks := d.toks[:0]
	if need := len(text)/4 + 16; cap(toks) < need {
		toks = make([]token, 0, need)
	}
	// The lower-case and key buffers come from the scratch space when there is one: they are read
	// only during the call (output copies whatever of them a Document would keep; see doc.own).
	var lk lowKey
	// (appendWord wants room for the rest of the text and a rune more)
	if need := len(text) + utf8.UTFMax; d.sc != nil && cap(d.sc.low) >= need && cap(d.sc.key) >= need {
		lk.low, lk.key = d.sc.low[:need], d.sc.key[:need]
	} else {
		lk.low, lk.key = make([]byte, need), make([]byte, need)
	}
	// fSpaceBefore and fLineStart for the next token
	next := fSpaceBefore | fLineStart
	// the current line: where its tokens start, and its words (see lineCount)
	var lc lineCount
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		c := classOf(r)
		switch {
		case r == '\n' || r == '\r':
			next |= fSpaceBefore | fLineStart
			i += n
			continue
		case c&cSpace != 0:
			next |= fSpaceBefore
			i += n
			continue
		}
		flags := next
		next = 0
		if flags&fLineStart != 0 {
			lc.close(toks)
			lc = lineCount{start: len(toks), seg: segCount{start: len(toks)}}
		}
		lowS, keyS := lk.lo, lk.ko
		var j int
		var kind tokKind
		var lh, kh uint64
		if c&(cLetter|cDigit) != 0 {
			var f uint16
			j, kind, f, lh, kh = lk.appendWord(text, i, c)
			flags |= f
		} else {
			kind = tPunct
			j = i + n
			lh, kh = lk.appendPunct(text, i, j)
		}
		if kind == tWord {
			lc.add(flags)
		}
		toks = append(toks, token{
			start: int32(i), end: int32(j),
			lowS: int32(lowS), lowE: int32(lk.lo),
			keyS: int32(keyS), keyE: int32(lk.ko),
			kind: kind, flags: flags,
			lowH: lh, keyH: kh,
		})
		if kind == tPunct && j-i == 1 && (text[i] == '.' || text[i] == '?' || text[i] == '!') {
			lc.endSentence(toks)
		}
		// the ASCII spaces after the token here: a turn of the loop costs more than this test
		for i = j; i < len(text) && text[i] == ' '; i++ {
			next = fSpaceBefore
		}
	}
	lc.close(toks)
	d.toks = toks
	low, key := lk.low[:lk.lo], lk.key[:lk.ko]
	if d.sc != nil {
		d.sc.low, d.sc.key = low, key
	}
	// The buffers are not written again during the call: view them as strings without a copy.
	d.lows = unsafe.String(unsafe.SliceData(low), len(low))
	d.keys = unsafe.String(unsafe.SliceData(key), len(key))
	d.markSentences()
}

// styleCount counts the words of a document with no digits: all, with diacritics, capitalized.
type styleCount struct{ words, accented, upper int }

// lineCount counts the words of a line as the tokenizer writes it, to mark lines written wholly in
// capitals (fCapsLine: at least three words, four in five of them in capitals) or wholly in lower
// case (fLowerLine: at least six words, none capitalized or with digits). A sentence of a line of
// mixed case can be in lower case too: the lower-case copy of a headline that some sites append to
// their lead, typed without diacritics (". trung tam am nhac ... ca si phi nhung VIDEO CLIP | 275553").
// It is marked fLowerLine when it starts with a lower-case word and has at least six, seven in ten of
// its words, no word with a diacritic and no word with a capital initial other than words wholly in
// capitals. (A sentence in lower case with diacritics is ordinary prose after an abbreviation or a
// list: "cập nhật", "người anh" are no places.)
type lineCount struct {
	start               int // the line's first token
	words, caps, lowers int
	seg                 segCount // the current sentence
}

// segCount counts the words of a sentence of a line, for lineCount: its first token, its words,
// lower-case words, words with a capital initial that are not wholly in capitals and words with
// diacritics, and whether its first word is in lower case.
type segCount struct {
	start                         int
	words, lowers, caps, accented int
	lowerStart                    bool
}

// add counts a word with the given token flags.
func (c *lineCount) add(flags uint16) {
	c.words++
	c.seg.words++
	lower := flags&(fUpper|fAllCaps|fHasDigit) == 0
	if c.seg.words == 1 {
		c.seg.lowerStart = lower
	}
	if flags&fAccented != 0 {
		c.seg.accented++
	}
	switch {
	case flags&fAllCaps != 0:
		c.caps++
	case lower:
		c.lowers++
		c.seg.lowers++
	case flags&fUpper != 0:
		c.seg.caps++
	}
}

// endSentence closes the current sentence at a full stop, question or exclamation mark, the last
// token of toks.
func (c *lineCount) endSentence(toks []token) {
	c.closeSentence(toks)
	c.seg = segCount{start: len(toks)}
}

// closeSentence marks the tokens of the current sentence, toks[c.seg.start:], fLowerLine if it is
// written in lower case.
func (c *lineCount) closeSentence(toks []token) {
	if s := &c.seg; !s.lowerStart || s.caps > 0 || s.accented > 0 || s.lowers < 6 || s.lowers*10 < s.words*7 {
		return
	}
	for i := c.seg.start; i < len(toks); i++ {
		toks[i].flags |= fLowerLine
	}
}

// close marks the line's tokens, toks[c.start:], once the line is complete.
func (c *lineCount) close(toks []token) {
	var f uint16
	switch {
	case c.words >= 3 && c.caps*10 >= c.words*8:
		f = fCapsLine
	case c.words >= 6 && c.lowers == c.words:
		f = fLowerLine
	default:
		c.closeSentence(toks)
	}
	if f != 0 {
		for i := c.start; i < len(toks); i++ {
			toks[i].flags |= f
		}
	}
}

// Rune classes, as the tokenizer needs them.
const (
	cLetter uint8 = 1 << iota
	cUpper
	cDigit
	cSpace
	cMark // a combining mark: part of the word it follows
)

// tableSize covers Latin, Vietnamese (U+1EA0–U+1EF9), combining marks and the general punctuation
// block; other runes are classified through package unicode.
const tableSize = 0x2100

// runeClass, lowerOf and runeKey are computed once, when the package loads, and only read after
// that. runeKey[r] is normalize.Key of the rune r when that is one rune, keyNone when it is empty (a
// combining mark, an invisible character) and keySlow when it is longer.
var runeClass, lowerOf, runeKey = func() (c [tableSize]uint8, l, k [tableSize]uint16) {
	for r := rune(0); r < tableSize; r++ {
		c[r] = slowClass(r)
		l[r] = uint16(unicode.ToLower(r))
		switch key := []rune(normalize.Key(string(r))); {
		case !utf8.ValidRune(r) || r >= 0xD800 && r < 0xE000:
			k[r] = keySlow
		case len(key) == 0:
			k[r] = keyNone
		case len(key) == 1 && key[0] < keySlow:
			k[r] = uint16(key[0])
		default:
			k[r] = keySlow
		}
	}
	return c, l, k
}()

const (
	keyNone = 0xFFFE
	keySlow = 0xFFFF
)

// A word entry describes a character of a word, for appendWord: a table lookup gives the
// character's lower case, its key and its word bits at once, so that the word loop makes no call
// for ASCII and for the letters of the Vietnamese alphabet.
//
//	bits  0–23  the lower case, UTF-8 (unused bytes zero)
//	bits 24–31  its length in bytes
//	bits 32–39  the key: one ASCII byte, or zero for none (a combining mark)
//	bits 48–63  word bits (wLetter, ...)
const (
	eLowLen = 24
	eKey    = 32
)

// Word bits: appendWord ORs those of every character of a word together, and the tokenizer reads
// the token's kind and flags from the result. The three that are token flags sit at the flag's
// place, 48 bits up (see wFlags).
const (
	wDigit      = uint64(fHasDigit) << 48 // a digit
	wAccented   = uint64(fAccented) << 48 // a letter outside ASCII
	wUpperFirst = uint64(fUpper) << 48    // (appendWord only) the word's first character is a capital

	wLetter uint64 = 1 << 49
	wLower  uint64 = 1 << 51 // a letter that is not upper case: the word is not in capitals
	wMark   uint64 = 1 << 52 // a combining mark
	// the key has f, j, w, z or a digit, or bytes the table does not know: foreignShape must read
	// it (otherwise its last byte decides)
	wShape uint64 = 1 << 53
	// a character outside ASCII: the lower-case form may differ from the key
	wNotASCII uint64 = 1 << 55
	// (entries only) lower case or key not in the table: appendLowKeyRune writes them
	wSlow uint64 = 1 << 56
	// (appendWord only) the word's first character is a letter
	wFirstLetter uint64 = 1 << 57

	wFlags = wDigit | wAccented | wUpperFirst // the word bits that are token flags
	wPart  = wLetter | wDigit | wMark         // the character continues a word
)

// asciiEntry and runeEntry are the word entries of ASCII bytes and of the runes below tableSize,
// made once from runeClass, lowerOf and runeKey.
var asciiEntry, runeEntry = func() (a [utf8.RuneSelf]uint64, t [tableSize]uint64) {
	for b := range utf8.RuneSelf {
		c := runeClass[b]
		if c&(cLetter|cDigit) == 0 {
			continue
		}
		l := byte(b)
		if c&cUpper != 0 {
			l += 'a' - 'A'
		}
		a[b] = wordBits(c) | uint64(l) | 1<<eLowLen | uint64(l)<<eKey
		if shapeByte[l]&(shapeForeign|shapeDigit) != 0 {
			a[b] |= wShape
		}
	}
	for r := rune(utf8.RuneSelf); r < tableSize; r++ {
		c := runeClass[r]
		if c&(cLetter|cDigit|cMark) == 0 {
			continue
		}
		t[r] = wordBits(c) | wNotASCII
		if c&cLetter != 0 {
			t[r] |= wAccented
		}
		switch k := runeKey[r]; {
		case k == keyNone:
		case k > 0 && k < utf8.RuneSelf:
			t[r] |= uint64(k) << eKey
			if shapeByte[k]&(shapeForeign|shapeDigit) != 0 {
				t[r] |= wShape
			}
		default:
			t[r] |= wSlow | wShape
			continue
		}
		l := utf8.AppendRune(nil, rune(lowerOf[r]))
		if len(l) > utf8.RuneLen(r) {
			// longer than the letter (U+023A, "Ⱥ"): appendWord's room is counted in input bytes
			t[r] |= wSlow | wShape
			continue
		}
		for i, b := range l {
			t[r] |= uint64(b) << (8 * i)
		}
		t[r] |= uint64(len(l)) << eLowLen
	}
	return a, t
}()

// wordBits are the word bits of a character of class c.
func wordBits(c uint8) uint64 {
	var w uint64
	switch {
	case c&cLetter != 0:
		w = wLetter
		if c&cUpper == 0 {
			w |= wLower
		}
	case c&cDigit != 0:
		w = wDigit
	case c&cMark != 0:
		w = wMark
	}
	return w
}

// lowKey holds the lower-case forms and the keys of the tokens as tokenize writes them: the
// buffers at full length, written up to lo and ko. appendWord writes by index, with no call to grow
// them (a call in its loop would cost the loop registers), and so wants room for the rest of the
// text and a rune more: the fast paths write at most as many bytes as they read, and at most three
// at a time. The other paths restore that room when they are done (see reset).
type lowKey struct {
	low, key []byte
	lo, ko   int
}

// appendPunct appends the lower case and the key of text[i:j], a punctuation mark or symbol, and
// returns their hashes.
func (lk *lowKey) appendPunct(text string, i, j int) (lh, kh uint64) {
	if b := text[i]; b < utf8.RuneSelf {
		// ASCII: its own lower case and key (no letter is a punctuation mark)
		lk.low[lk.lo], lk.key[lk.ko] = b, b
		lk.lo++
		lk.ko++
		h := (fnvOffset ^ uint64(b)) * fnvPrime
		return h, h
	}
	var low, key []byte
	low, key, lh, kh = appendLowKey(lk.low[:lk.lo], lk.key[:lk.ko], text[i:j])
	lk.reset(low, key, len(text)-j)
	return lh, kh
}

// reset takes low and key as the buffers, written to their lengths, with room for n bytes and a
// rune more.
func (lk *lowKey) reset(low, key []byte, n int) {
	lk.lo, lk.ko = len(low), len(key)
	n += utf8.UTFMax
	if cap(low)-len(low) < n {
		low = slices.Grow(low, n)
	}
	if cap(key)-len(key) < n {
		key = slices.Grow(key, n)
	}
	lk.low, lk.key = low[:cap(low)], key[:cap(key)]
}

// appendWord reads the word that starts at text[i], whose first character is of class c (a letter
// or a digit), and appends its lower case and key to lk.low and lk.key. It returns where the word
// ends, its kind, its flags of its own and the FNV-1a hashes of its lower case and key. The loop is
// in a function of its own so that it keeps its few values in registers: ASCII letters and the
// letters of the Vietnamese alphabet cost a table lookup and no call.
func (lk *lowKey) appendWord(text string, i int, c uint8) (int, tokKind, uint16, uint64, uint64) {
	low, key := lk.low, lk.key
	ls, ks := lk.lo, lk.ko
	lo, ko := ls, ks
	// (c is not live across the loop)
	w := uint64(0)
	if c&cLetter != 0 {
		w = wFirstLetter
		if c&cUpper != 0 {
			w |= wUpperFirst
		}
	}
	j := i
	for j < len(text) {
		b := text[j]
		if b < utf8.RuneSelf {
			e := asciiEntry[b]
			if e&wPart == 0 {
				break
			}
			l := byte(e)
			low[lo], key[ko] = l, l
			lo++
			ko++
			w |= e
			j++
			continue
		}
		// utf8.DecodeRuneInString, with the two- and three-byte forms of the table's letters
		// (U+0080–U+07FF, U+1E00–U+1EFF) decoded here
		var r rune
		n := 2
		if b >= 0xC2 && b < 0xE0 && j+1 < len(text) && text[j+1]&0xC0 == 0x80 {
			r = rune(b&0x1F)<<6 | rune(text[j+1]&0x3F)
		} else if b == 0xE1 && j+2 < len(text) && text[j+1]&0xFC == 0xB8 && text[j+2]&0xC0 == 0x80 {
			r, n = 0x1000|rune(text[j+1]&0x3F)<<6|rune(text[j+2]&0x3F), 3
		} else {
			r, n = utf8.DecodeRuneInString(text[j:])
		}
		var e uint64
		if r < tableSize {
			e = runeEntry[r]
		} else {
			e = wordBits(slowClass(r)) | wNotASCII | wSlow | wShape
			if e&wLetter != 0 {
				e |= wAccented
			}
		}
		if e&wPart == 0 {
			break
		}
		if e&wSlow == 0 {
			// all three bytes of the lower case written, then its length counted
			low[lo+2], low[lo+1], low[lo] = byte(e>>16), byte(e>>8), byte(e)
			lo += int(e >> eLowLen & 0xFF)
			if k := byte(e >> eKey); k != 0 {
				key[ko] = k
				ko++
			}
		} else {
			low, key = appendLowKeyRune(low[:lo], key[:ko], r, text[j:j+n])
			lk.reset(low, key, len(text)-j-n)
			low, key, lo, ko = lk.low, lk.key, lk.lo, lk.ko
		}
		w |= e
		j += n
	}
	lk.lo, lk.ko = lo, ko
	key = key[ks:ko]
	// The lower case's hash is the key's when the word is ASCII.
	kh := fnv64(key)
	lh := kh
	if w&wNotASCII != 0 {
		lh = fnv64(low[ls:lo])
	}
	// fHasDigit, fAccented, and fUpper when the first character is a capital
	f := uint16((w & wFlags) >> 48)
	// fUpper: the first letter is a capital (rarely not the first character: "3G")
	if w&(wFirstLetter|wLetter) == wLetter && firstLetterUpper(text[i:j]) {
		f |= fUpper
	}
	// fAllCaps: more than one letter, all capitals
	if w&(wLetter|wLower) == wLetter && countLetters(text[i:j]) > 1 {
		f |= fAllCaps
	}
	if w&wLetter == 0 {
		return j, tNum, f, lh, kh
	}
	if w&wShape != 0 && foreignShape(key) || w&wShape == 0 && len(key) > 0 && shapeByte[key[len(key)-1]]&shapeBadFinal != 0 {
		f |= fForeignShape
	}
	// the name rules ask this of capitalized words, several times each
	if f&fUpper != 0 && vietSyllable(unsafe.String(unsafe.SliceData(key), len(key))) {
		f |= fVietSyllable
	}
	return j, tWord, f, lh, kh
}

// firstLetterUpper reports whether the first letter of word is a capital.
func firstLetterUpper(word string) bool {
	for _, r := range word {
		if c := classOf(r); c&cLetter != 0 {
			return c&cUpper != 0
		}
	}
	return false
}

// countLetters counts the letters of word.
func countLetters(word string) int {
	n := 0
	for _, r := range word {
		if classOf(r)&cLetter != 0 {
			n++
		}
	}
	return n
}

// appendLowKey appends the lower-case form and the key of w to low and key, and returns their
// FNV-1a hashes: one pass over w, where calling appendLower, normalize.AppendKey and fnv64 took
// four. The key is normalize.Key(w): the table is made from it.
func appendLowKey(low, key []byte, w string) ([]byte, []byte, uint64, uint64) {
	const prime = fnvPrime
	lh, kh := uint64(fnvOffset), uint64(fnvOffset)
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			low = append(low, c)
			key = append(key, c)
			lh = (lh ^ uint64(c)) * prime
			kh = (kh ^ uint64(c)) * prime
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		ls, ks := len(low), len(key)
		low, key = appendLowKeyRune(low, key, r, w[i:i+n])
		for _, b := range low[ls:] {
			lh = (lh ^ uint64(b)) * prime
		}
		for _, b := range key[ks:] {
			kh = (kh ^ uint64(b)) * prime
		}
		i += n
	}
	return low, key, lh, kh
}

// appendLowKeyRune appends the lower case and the key of r, which is not ASCII and is written as
// src, to low and key. A Vietnamese letter's lower case is in the same block and its key is one
// ASCII letter (none for a mark), both read from tables; other runes go through unicode.ToLower and
// normalize.AppendKey.
func appendLowKeyRune(low, key []byte, r rune, src string) ([]byte, []byte) {
	if r < tableSize && runeKey[r] != keySlow {
		// the lower case encoded here: utf8.AppendRune calls out for every rune outside ASCII
		switch l := lowerOf[r]; {
		case l < utf8.RuneSelf:
			low = append(low, byte(l))
		case l < 0x800:
			low = append(low, byte(0xC0|l>>6), byte(0x80|l&0x3F))
		default:
			low = append(low, byte(0xE0|l>>12), byte(0x80|l>>6&0x3F), byte(0x80|l&0x3F))
		}
		if k := runeKey[r]; k != keyNone {
			key = utf8.AppendRune(key, rune(k))
		}
		return low, key
	}
	return utf8.AppendRune(low, unicode.ToLower(r)), normalize.AppendKey(key, src)
}

func slowClass(r rune) uint8 {
	var c uint8
	switch {
	case unicode.IsLetter(r):
		c = cLetter
		if unicode.IsUpper(r) {
			c |= cUpper
		}
	case unicode.IsDigit(r):
		c = cDigit
	case unicode.IsSpace(r):
		c = cSpace
	case unicode.Is(unicode.Mn, r):
		c = cMark
	}
	return c
}

func classOf(r rune) uint8 {
	if r < tableSize {
		return runeClass[r]
	}
	return slowClass(r)
}

// foreignShape reports whether a folded lower-case word cannot be a Vietnamese syllable (the tokenizer
// computes the same inline, as fForeignShape): it has
// f, j, w or z, or ends in a consonant Vietnamese syllables never end in.
func foreignShape(k []byte) bool {
	for _, c := range k {
		if x := shapeByte[c]; x&(shapeForeign|shapeDigit) != 0 {
			return x&shapeForeign != 0
		}
	}
	return len(k) > 0 && shapeByte[k[len(k)-1]]&shapeBadFinal != 0
}

// Byte classes of foreignShape, as a table: a switch over the letters took 3% of Extract.
const (
	shapeForeign  = 1 << iota // f, j, w, z: no Vietnamese word has them
	shapeDigit                // a digit: the word is a code ("U23"), not a syllable
	shapeBadFinal             // a consonant no Vietnamese syllable ends in
)

var shapeByte = func() (t [256]uint8) {
	for _, c := range "fjwz" {
		t[c] |= shapeForeign
	}
	for c := '0'; c <= '9'; c++ {
		t[c] |= shapeDigit
	}
	for _, c := range "bdklrsvxq" {
		t[c] |= shapeBadFinal
	}
	return t
}()

// markSentences numbers sentences and flags the first word of each; on the way, it counts the
// document's words for detectStyle (d.style). A sentence ends at a line break,
// and at '.', '!', '?' or '…' followed by space and a capital, digit or opening quote, unless the
// word before the full stop is a known abbreviation (TP., GS., Th.S.) or a single capital letter
// (initials: "H.T.P.").
func (d *doc) markSentences() {
	sent := int32(0)
	start := true
	var st styleCount
	toks := d.toks
	for i := range toks {
		t := &toks[i]
		if t.kind == tWord && t.flags&fHasDigit == 0 {
			st.words++
			if t.flags&fAccented != 0 {
				st.accented++
			}
			if t.flags&fUpper != 0 {
				st.upper++
			}
		}
		if t.is(fLineStart) && i > 0 {
			// (not again after a sentence that ended before the break: no sentence is empty)
			if toks[i-1].sent == sent {
				sent++
			}
			start = true
		}
		t.sent = sent
		if start && t.kind != tPunct {
			t.flags |= fSentStart
			start = false
		}
		// (endsSentence asks first whether the token is '.', '!', '?' or '…': most are not)
		if t.kind == tPunct && mayEndSentence(d.lows[t.lowS]) && d.endsSentence(i) {
			sent++
			start = true
		}
	}
	d.style = st
}

// mayEndSentence reports whether a token whose lower case starts with byte b may be '.', '!', '?'
// or '…' (U+2026, whose first byte is 0xE2).
func mayEndSentence(b byte) bool { return b == '.' || b == '!' || b == '?' || b == 0xE2 }

func (d *doc) endsSentence(i int) bool {
	switch d.lows[d.toks[i].lowS:d.toks[i].lowE] {
	case ".", "!", "?", "…":
	default:
		return false
	}
	if i+1 >= len(d.toks) {
		return true
	}
	next := &d.toks[i+1]
	if !next.is(fSpaceBefore) {
		return false
	}
	if next.kind == tWord && !next.is(fUpper) {
		return false
	}
	if d.lows[d.toks[i].lowS:d.toks[i].lowE] != "." || i == 0 {
		return true
	}
	prev := &d.toks[i-1]
	if prev.is(fSpaceBefore|fLineStart) || i == 1 || d.toks[i-2].kind == tPunct {
		// a lone word before the dot: an abbreviation or an initial?
		k := d.key(i - 1)
		if abbreviations[k] || (prev.kind == tWord && prev.end-prev.start == 1 && prev.is(fUpper)) {
			return false
		}
	}
	return true
}

// abbreviations are folded lower-case words that end with a full stop without ending a sentence.
var abbreviations = map[string]bool{
	"tp": true, "gs": true, "pgs": true, "ts": true, "ths": true, "th": true, "bs": true, "ks": true,
	"ls": true, "tt": true, "q": true, "p": true, "tx": true, "tr": true, "st": true, "mr": true,
	"mrs": true, "ms": true, "dr": true, "ncs": true, "cn": true, "nsnd": true, "nsut": true, "tsks": true,
}

// low returns the lower-case form of token i.
func (d *doc) low(i int) string { t := &d.toks[i]; return d.lows[t.lowS:t.lowE] }

// key returns the lower-case, diacritic-free form of token i.
func (d *doc) key(i int) string { t := &d.toks[i]; return d.keys[t.keyS:t.keyE] }

// word returns token i as written in the normalized text.
func (d *doc) word(i int) string { t := &d.toks[i]; return d.text[t.start:t.end] }

// form returns the form of token i that lexicons compare against: the key when the document is
// typed without diacritics, the lower-case form otherwise.
func (d *doc) form(i int) string {
	if d.folded {
		return d.key(i)
	}
	return d.low(i)
}

// formHash returns the hash of d.form(i).
func (d *doc) formHash(i int) uint64 {
	if d.folded {
		return d.toks[i].keyH
	}
	return d.toks[i].lowH
}

// fnv64 is the 64-bit FNV-1a hash of b.
func fnv64[T string | []byte](b T) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(b); i++ {
		h ^= uint64(b[i])
		h *= fnvPrime
	}
	return h
}

// The 64-bit FNV-1a parameters.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// vietSyl is vietSyllable(d.key(i)), read from the token's flag when the tokenizer computed it.
func (d *doc) vietSyl(i int) bool {
	if t := &d.toks[i]; t.flags&fUpper != 0 {
		return t.flags&fVietSyllable != 0
	}
	return vietSyllable(d.key(i))
}

// adjacent reports whether tokens i and i+1 touch (no space between them).
func (d *doc) adjacent(i int) bool { return i+1 < len(d.toks) && !d.toks[i+1].is(fSpaceBefore) }
