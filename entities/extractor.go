// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unsafe"

	"github.com/vietner/vietner/normalize"
)

// Extractor finds entities in Vietnamese text. Build it once with New; it is immutable afterwards
// and safe for concurrent use by any number of goroutines. Every gazetteer is parsed and compiled
// when it is built, never again per call.
type Extractor struct {
	norm  normalize.Normalizer
	voc   *vocab
	want  [len(typeNames)]bool
	ref   time.Time
	dates *dateRules
	orgs  *orgRules
	locs  *locRules
	peop  *personRules
	// scratch holds buffers between calls (tokens, the overlap index): they are a call's largest
	// allocations and never outlive it. A sync.Pool is safe for concurrent use.
	scratch sync.Pool
}

// scratch is what one call may reuse from an earlier one.
type scratch struct {
	toks  []token
	cover [][3]int32
	spans []span  // candidates
	cands []span  // a copy of the candidates, to resolve again
	i32   []int32 // the people rules' span index
	// the tokenizer's lower-case forms and keys (doc.lows and doc.keys view them)
	low, key []byte
	vw       []vword // doc.vw
	// per-token marks of the people and organization rules
	marks, orgBits []uint8
	busy           []bool
	locEnd         []int32
	doc, win       doc              // the working state of a call, and of its current window
	titles, people []span           // the people rules' candidates
	starts         []bool           // the people rules' name starts
	ints           []int            // the people linked
	heads, order   []int            // their clusters, and the order they are read in
	ids            []int32          // the clusters' ids
	startOf, endOf []int32          // linkTitles' spanAt maps
	orgIDs         map[uint64]named // organization linking's names
	forms          map[uint64]int32 // person clustering's name forms
	chain          []formLink       // and their links
}

// reuse returns n zero values in *buf's memory when there is enough of it, and otherwise in new
// memory that *buf keeps for the next call.
func reuse[T any](buf *[]T, n int) []T {
	if cap(*buf) >= n {
		s := (*buf)[:n]
		clear(s)
		return s
	}
	s := make([]T, n)
	*buf = s
	return s
}

// config collects options before New validates them.
type config struct {
	tone      normalize.ToneStyle
	enc       normalize.Encoding
	types     []Type
	ref       time.Time
	gazetteer []GazetteerEntry
}

// Option configures an Extractor.
type Option func(*config)

// WithReferenceDate sets the default reference (publication) date against which relative and
// year-less dates are resolved. ExtractAt overrides it for one text.
func WithReferenceDate(t time.Time) Option { return func(c *config) { c.ref = t } }

// WithTypes restricts the output to the given types. Recognizers the kept types depend on still run
// (organizations are found to keep their names out of PERSON, for example), but their entities are
// not reported. Without this option every type is reported.
func WithTypes(types ...Type) Option { return func(c *config) { c.types = append(c.types, types...) } }

// WithTone sets the tone-mark style of the canonical Text (default normalize.ToneOld).
func WithTone(t normalize.ToneStyle) Option { return func(c *config) { c.tone = t } }

// WithEncoding fixes the input encoding instead of detecting it (default normalize.Auto).
func WithEncoding(e normalize.Encoding) Option { return func(c *config) { c.enc = e } }

// WithGazetteer adds the caller's own names: people, titles, organizations or locations that the
// built-in gazetteers lack. They are compiled with the built-in ones when New runs.
func WithGazetteer(entries ...GazetteerEntry) Option {
	return func(c *config) { c.gazetteer = append(c.gazetteer, entries...) }
}

// GazetteerEntry is one name supplied by the caller.
type GazetteerEntry struct {
	// Type is PERSON, TITLE, ORGANIZATION or LOCATION.
	Type Type
	// Text is the name as it is written in text ("Bộ TT&TT", "Nguyễn Viết Thế").
	Text string
	// Norm is the canonical full name, for a short form (optional).
	Norm string
	// Kind is the TITLE kind: position, rank, academic or occupation (optional, default position).
	Kind string
}

// New builds an Extractor. It returns an error, never panics, for a bad option: an unknown type, or a
// gazetteer entry with no text (no letter or digit) or a type that cannot be listed (DATE).
func New(opts ...Option) (*Extractor, error) {
	var c config
	for _, o := range opts {
		o(&c)
	}
	x := &Extractor{norm: normalize.New(normalize.WithTone(c.tone), normalize.WithEncoding(c.enc)), ref: c.ref}
	// The lexicons (the bundled data and the caller's gazetteer, both Go strings) are UTF-8 whatever
	// encoding the input is read in: a legacy encoding named with WithEncoding is for the input only.
	lex := x.norm
	if c.enc != normalize.Auto && c.enc != normalize.UTF8 {
		lex = normalize.New(normalize.WithTone(c.tone), normalize.WithEncoding(normalize.UTF8))
	}
	if len(c.types) == 0 {
		c.types = AllTypes[:]
	}
	for _, t := range c.types {
		if t == 0 || int(t) >= len(typeNames) {
			return nil, ErrUnknownType
		}
		x.want[t] = true
	}
	byType := map[Type][]GazetteerEntry{}
	for i, g := range c.gazetteer {
		if !hasWordRune(g.Text) || g.Type == Date || g.Type == 0 || int(g.Type) >= len(typeNames) {
			return nil, gazetteerError(i, g)
		}
		g.Text = lex.String(g.Text)
		if g.Norm != "" {
			g.Norm = lex.String(g.Norm)
		}
		byType[g.Type] = append(byType[g.Type], g)
	}
	var err error
	if x.dates, err = newDateRules(); err != nil {
		return nil, err
	}
	if x.locs, err = newLocRules(lex, byType[Location]); err != nil {
		return nil, err
	}
	if x.orgs, err = newOrgRules(lex, byType[Organization]); err != nil {
		return nil, err
	}
	if x.peop, err = newPersonRules(lex, byType[Person], byType[Title]); err != nil {
		return nil, err
	}
	x.voc = newVocab(x)
	x.compact()
	return x, nil
}

// hasWordRune reports whether s has a letter or a digit: a gazetteer entry without one names nothing.
func hasWordRune(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func gazetteerError(i int, g GazetteerEntry) error {
	return &gazError{index: i, entry: g}
}

type gazError struct {
	index int
	entry GazetteerEntry
}

func (e *gazError) Error() string {
	return ErrBadGazetteer.Error() + " " + strconv.Itoa(e.index) + " (" + e.entry.Type.String() + " " + strconv.Quote(e.entry.Text) + "): needs a letter or digit in its text and a type other than DATE"
}

func (e *gazError) Unwrap() error { return ErrBadGazetteer }

// Extract finds the entities of text, resolving dates against the Extractor's reference date.
// Text may be in any form the normalize package reads (NFD, legacy encodings, …); offsets in the
// result point into text as given. Invalid UTF-8 that is no legacy encoding is read as U+FFFD.
func (x *Extractor) Extract(text string) Document { return x.ExtractAt(text, x.ref) }

// ExtractAt is Extract with ref as the reference (publication) date; a zero ref means none.
func (x *Extractor) ExtractAt(text string, ref time.Time) Document {
	normText, offs := x.norm.Map(text)
	sc, _ := x.scratch.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	// The working state lives in the scratch space too: a doc is large, and one allocated per
	// call was a tenth of all allocations.
	d := &sc.doc
	*d = doc{x: x, text: normText, ref: ref, sc: sc, toks: sc.toks[:0], spans: sc.spans[:0]}
	out := x.extract(d, text, offs)
	sc.toks = d.toks[:0]
	if cap(d.spans) > cap(sc.spans) {
		sc.spans = d.spans[:0]
	}
	*d, sc.win = doc{}, doc{} // keep no text alive between calls
	x.scratch.Put(sc)
	return out
}

// extract is ExtractAt on a doc made from text.
func (x *Extractor) extract(d *doc, text string, offs normalize.Offsets) Document {
	d.prepare()
	if len(d.toks) <= maxWindow {
		x.recognize(d)
		return d.output(text, offs)
	}
	// A very long text is read in windows of whole sentences, so that the cost stays linear
	// whatever the input (a 10 MB single line, a megabyte of capitalized words): rules that look
	// across a document, such as linking short forms to full names, look across one window.
	all := d.toks
	var spans []span
	for s := 0; s < len(all); {
		e := windowEnd(all, s)
		w := &d.sc.win
		*w = *d
		w.toks, w.vw = all[s:e], d.vw[s:e]
		w.spans = nil
		x.recognize(w)
		d.nextRef = w.nextRef
		for _, sp := range w.spans {
			sp.s += s
			sp.e += s
			spans = append(spans, sp)
		}
		s = e
	}
	d.toks, d.spans = all, spans
	return d.output(text, offs)
}

// maxWindow is the most tokens read as one window (about 40 KB of press text: longer than nearly
// every article, so windows only split what is not one).
const maxWindow = 8192

// windowEnd returns where the window starting at token s ends: at most maxWindow tokens on, at the
// start of a line or else of a sentence in the window's last quarter, or at the limit itself.
func windowEnd(toks []token, s int) int {
	e := s + maxWindow
	if e >= len(toks) {
		return len(toks)
	}
	for k := e; k > e-maxWindow/4; k-- {
		if toks[k].is(fLineStart) {
			return k
		}
	}
	for k := e; k > e-maxWindow/4; k-- {
		if toks[k].sent != toks[k-1].sent {
			return k
		}
	}
	return e
}

// recognize runs every recognizer over d.toks, resolves overlaps and links mentions.
func (x *Extractor) recognize(d *doc) {
	if x.want[Date] {
		x.dates.find(d)
	}
	x.locs.find(d)
	x.orgs.find(d)
	x.peop.find(d)
	var cands []span
	if d.sc != nil {
		cands = append(d.sc.cands[:0], d.spans...)
		d.sc.cands = cands
	} else {
		cands = append([]span(nil), d.spans...)
	}
	d.resolve()
	resolved := len(d.spans)
	x.orgs.link(d)
	x.peop.link(d)
	if len(d.spans) == resolved {
		return
	}
	// Linking dropped titles that describe no named person. What those titles had pushed aside in
	// resolve (a date, a location) gets its place back: resolve and link again without them.
	dropped := map[[3]int]bool{}
	kept := map[[3]int]bool{}
	for _, sp := range d.spans {
		kept[[3]int{int(sp.typ), sp.s, sp.e}] = true
	}
	for _, sp := range cands {
		if sp.typ == Title && !kept[[3]int{int(sp.typ), sp.s, sp.e}] {
			dropped[[3]int{int(sp.typ), sp.s, sp.e}] = true
		}
	}
	d.spans = d.spans[:0] // the candidates' own array, which cands does not share
	for _, sp := range cands {
		if !dropped[[3]int{int(sp.typ), sp.s, sp.e}] {
			d.spans = append(d.spans, sp)
		}
	}
	d.nextRef = 0
	d.resolve()
	x.orgs.link(d)
	x.peop.link(d)
}

// doc is the working state of one extraction. It lives for one call and is never shared.
type doc struct {
	x          *Extractor
	text       string // normalized
	toks       []token
	vw         []vword // what the Extractor's vocabulary knows of each token (see prepare)
	lows, keys string
	style      styleCount // the tokenizer's word counts, for detectStyle
	folded     bool       // typed without diacritics: lexicons match folded keys
	lower      bool       // no capital letters anywhere
	spans      []span
	sc         *scratch // reusable buffers, or nil
	ref        time.Time
	nextRef    int32
}

// span is an entity in token coordinates: tokens [s, e).
type span struct {
	typ      Type
	s, e     int
	value    string
	norm     string
	kind     string
	mention  string
	calendar string
	ref      int32 // cluster id (person or organization), 0 for none
	person   int32 // on a TITLE: the cluster id of the person, 0 for none
}

// add records a candidate entity over tokens [s, e).
func (d *doc) add(sp span) {
	if sp.s < 0 || sp.e > len(d.toks) || sp.s >= sp.e {
		return
	}
	d.spans = append(d.spans, sp)
}

// own returns s, or a copy of it when it views the lower-case or key buffer, which the next call
// reuses: a Document never shares memory with the scratch space.
func (d *doc) own(s string) string {
	if s == "" {
		return s
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	for _, b := range [2]string{d.lows, d.keys} {
		if b0 := uintptr(unsafe.Pointer(unsafe.StringData(b))); b != "" && p >= b0 && p < b0+uintptr(len(b)) {
			return strings.Clone(s)
		}
	}
	return s
}

// newRef returns a fresh cluster id.
func (d *doc) newRef() int32 { d.nextRef++; return d.nextRef }

// covered returns the index of a span of one of the given types that contains tokens [s, e), or -1.
func (d *doc) covered(s, e int, types ...Type) int {
	for k := range d.spans {
		sp := &d.spans[k]
		if sp.s <= s && e <= sp.e {
			for _, t := range types {
				if sp.typ == t {
					return k
				}
			}
		}
	}
	return -1
}

// detectStyle decides whether the text is typed without diacritics and whether it has no capitals.
func (d *doc) detectStyle() {
	words, accented, upper := d.style.words, d.style.accented, d.style.upper // counted by tokenize
	d.folded = words >= 2 && accented*20 < words
	d.lower = words >= 6 && upper == 0
}

// nests reports whether an entity of type inner may sit inside one of type outer.
func nests(inner, outer Type) bool {
	switch outer {
	case Organization:
		return inner == Location
	case Title:
		return inner == Organization || inner == Location
	case Date:
		return inner == Location // "17 giờ (giờ Việt Nam) ngày 2-11"
	}
	return false
}

// priority breaks ties between overlapping spans of equal length. Dates come first: their rules are
// the most precise, and in text typed without diacritics "Quy III" (quý) must not become "Quỹ".
var priority = [...]int{Date: 6, Organization: 5, Location: 4, Person: 3, Title: 1}

// resolve removes overlaps that are not allowed nestings: of two overlapping spans the longer stays,
// or at equal length the one of higher priority, then the earlier.
func (d *doc) resolve() {
	sp := d.spans
	sortSpans(sp, func(a, b *span) int {
		if la, lb := a.e-a.s, b.e-b.s; la != lb {
			return lb - la
		}
		if pa, pb := priority[a.typ], priority[b.typ]; pa != pb {
			return pb - pa
		}
		return a.s - b.s
	})
	// Spans are kept in place: a span is written at or before the place it was read from.
	kept := sp[:0]
	// cover[i] lists the kept spans over token i (index+1, 0 for none). Kept spans overlap only by
	// an allowed nesting, at most three deep (LOCATION in ORGANIZATION in TITLE), so three slots
	// suffice and the check costs the candidate's length, not the number of spans.
	var cover [][3]int32
	if len(sp) > 0 {
		if d.sc != nil && cap(d.sc.cover) >= len(d.toks) {
			cover = d.sc.cover[:len(d.toks)]
			clear(cover)
		} else {
			cover = make([][3]int32, len(d.toks))
			if d.sc != nil {
				d.sc.cover = cover
			}
		}
	}
	for _, c := range sp {
		ok := true
	check:
		for i := c.s; i < c.e; i++ {
			for _, ki := range cover[i] {
				if ki == 0 {
					break
				}
				k := &kept[ki-1]
				if k.s <= c.s && c.e <= k.e && nests(c.typ, k.typ) {
					continue
				}
				ok = false
				break check
			}
		}
		if !ok {
			continue
		}
		kept = append(kept, c)
		for i := c.s; i < c.e; i++ {
			for j := range cover[i] {
				if cover[i][j] == 0 {
					cover[i][j] = int32(len(kept))
					break
				}
			}
		}
	}
	sortSpans(kept, func(a, b *span) int {
		if a.s != b.s {
			return a.s - b.s
		}
		return b.e - a.e
	})
	d.spans = kept
}

// sortSpans sorts sp by cmp, keeping the order of equal spans: a document's few spans by
// insertion, more by sort.Stable. (slices.SortStableFunc passes two spans, 112 bytes, by value to
// every comparison.)
func sortSpans(sp []span, cmp func(a, b *span) int) {
	if len(sp) > 32 {
		sort.Stable(spanSorter{sp, cmp})
		return
	}
	for i := 1; i < len(sp); i++ {
		// sp[i] goes before the spans of sp[:i] that sort after it
		j := i
		for j > 0 && cmp(&sp[i], &sp[j-1]) < 0 {
			j--
		}
		if j < i {
			x := sp[i]
			copy(sp[j+1:i+1], sp[j:i])
			sp[j] = x
		}
	}
}

// spanSorter sorts spans by cmp for sort.Stable.
type spanSorter struct {
	sp  []span
	cmp func(a, b *span) int
}

func (s spanSorter) Len() int           { return len(s.sp) }
func (s spanSorter) Less(i, j int) bool { return s.cmp(&s.sp[i], &s.sp[j]) < 0 }
func (s spanSorter) Swap(i, j int)      { s.sp[i], s.sp[j] = s.sp[j], s.sp[i] }

// output turns spans into entities with offsets into the original input.
func (d *doc) output(orig string, offs normalize.Offsets) Document {
	out := Document{Ref: d.ref}
	if len(d.spans) == 0 {
		return out
	}
	out.Entities = make([]Entity, 0, len(d.spans))
	// Cluster ids are numbered per prefix in order of first mention: p1, p2, … and o1, o2, ….
	ids := make([]string, d.nextRef+1) // by cluster id (small numbers from newRef): no map per call
	var people, orgs int
	id := func(t Type, c int32) string {
		if c < 0 {
			return ""
		}
		if int(c) < len(ids) && ids[c] != "" {
			return ids[c]
		}
		if int(c) >= len(ids) {
			ids = append(ids, make([]string, int(c)+1-len(ids))...)
		}
		var s string
		if t == Person || t == Title {
			people++
			s = "p" + strconv.Itoa(people)
		} else {
			orgs++
			s = "o" + strconv.Itoa(orgs)
		}
		ids[c] = s
		return s
	}
	for _, sp := range d.spans {
		if !d.x.want[sp.typ] {
			continue
		}
		ns, ne := int(d.toks[sp.s].start), int(d.toks[sp.e-1].end)
		s, e := offs.Span(ns, ne)
		if s < 0 || e > len(orig) || s > e {
			continue
		}
		ent := Entity{Type: sp.typ, Text: d.text[ns:ne], Start: s, End: e, Value: d.own(sp.value), Norm: d.own(sp.norm),
			Kind: d.own(sp.kind), Mention: d.own(sp.mention), Calendar: d.own(sp.calendar)}
		if sp.ref != 0 {
			ent.Ref = id(sp.typ, sp.ref)
		}
		if sp.person != 0 {
			ent.Person = id(Person, sp.person)
		}
		out.Entities = append(out.Entities, ent)
	}
	return out
}
