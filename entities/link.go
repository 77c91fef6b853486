// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"slices"
	"sort"
	"strings"
)

// link gives every PERSON span its cluster id and every TITLE the id of its person; titles that
// describe no named person are dropped. It runs after d.resolve, on spans in document order.
func (r *personRules) link(dd *doc) {
	d := r.context(dd)
	var people []int // indices into d.spans
	if d.sc != nil {
		people = d.sc.ints[:0]
		defer func() { d.sc.ints = people[:0] }()
	}
	for k := range d.spans {
		if d.spans[k].typ == Person {
			people = append(people, k)
		}
	}
	r.clusterPeople(d, people)
	r.linkTitles(d)
}

// clusterPeople groups the mentions of one person: the same words, or a short form of a longer name
// ("Thế" of "Nguyễn Viết Thế", "Biden" of "Joe Biden", "Park" of "Park Hang-seo"). The longest names
// found become the clusters; each shorter mention joins the nearest cluster it is a part of.
func (r *personRules) clusterPeople(d *pctx, people []int) {
	if len(people) == 0 {
		return
	}
	// heads[k] is the index (into people) of the cluster head of people[k]; ids[h] the cluster id
	// of head h
	var heads, order []int
	var ids []int32
	if d.sc != nil {
		heads, order, ids = reuse(&d.sc.heads, len(people)), reuse(&d.sc.order, len(people)), reuse(&d.sc.ids, len(people))
	} else {
		heads, order, ids = make([]int, len(people)), make([]int, len(people)), make([]int32, len(people))
	}
	for k := range order {
		order[k] = k
	}
	spanLen := func(k int) int { sp := &d.spans[people[k]]; return sp.e - sp.s }
	slices.SortStableFunc(order, func(a, b int) int { return spanLen(b) - spanLen(a) })
	// forms[h] lists the cluster heads a mention hashing to h may be a form of (its last words, or
	// its first word for "Park Hang-seo"), the most recent few
	// (as chains: forms[h] is the last link registered for h, index+1 into chain, and each link
	// points to the one registered before it; both live in the scratch space)
	var forms map[uint64]int32
	var chain []formLink
	if d.sc != nil {
		if forms = d.sc.forms; forms == nil || len(forms) > 256 {
			forms = map[uint64]int32{}
			d.sc.forms = forms
		}
		clear(forms)
		chain = d.sc.chain[:0]
		defer func() { d.sc.chain = chain[:0] }()
	} else {
		forms = map[uint64]int32{}
	}
	register := func(h uint64, k int) {
		chain = append(chain, formLink{k: int32(k), prev: forms[h]})
		forms[h] = int32(len(chain))
	}
	for _, k := range order {
		sp := &d.spans[people[k]]
		best, bestDist := -1, 0
		// the 64 most recent heads, newest first; of equal distances the oldest wins
		for c, n := forms[nameHash(d, sp.s, sp.e)], 0; c != 0 && n < 64; c, n = chain[c-1].prev, n+1 {
			h := int(chain[c-1].k)
			hs := &d.spans[people[h]]
			if !r.partOf(d, sp.s, sp.e, hs.s, hs.e) {
				continue
			}
			dist := sp.s - hs.s
			if dist < 0 {
				dist = -dist + len(d.toks) // prefer a full name before the short form
			}
			if best < 0 || dist <= bestDist {
				best, bestDist = h, dist
			}
		}
		if best >= 0 {
			heads[k] = best
			continue
		}
		heads[k] = k
		for q := sp.s; q < sp.e; q++ {
			if d.toks[q].kind == tWord {
				register(nameHash(d, q, sp.e), k)
			}
		}
		if sp.e-sp.s > 1 {
			register(nameHash(d, sp.s, sp.s+1), k)
		}
	}
	// ids in order of first mention
	for k := range people {
		h := heads[k]
		if ids[h] == 0 {
			ids[h] = d.newRef()
		}
		d.spans[people[k]].ref = ids[h]
	}
}

// partOf reports whether tokens [s, e) are the same name as [hs, he) or a short form of it: its
// last words, or its first word when that is an East Asian surname ("Park").
func (r *personRules) partOf(d *pctx, s, e, hs, he int) bool {
	n, hn := e-s, he-hs
	if n > hn {
		return false
	}
	same := func(a, b, l int) bool {
		for k := 0; k < l; k++ {
			if d.form(a+k) != d.form(b+k) {
				return false
			}
		}
		return true
	}
	if same(s, he-n, n) {
		return true
	}
	// "Park" of "Park Hang-seo", "Susan" of "Susan Berman"
	return n == 1 && hn > 1 && d.c(hs)&(wAsianSurname|wForeignGiven) != 0 && same(s, hs, 1)
}

// linkTitles sets the person of every TITLE and drops those that describe no named person.
func (r *personRules) linkTitles(d *pctx) {
	// personAt[i] / titleEnd: spans by token, for the look-ups below
	var startOf, endOf spanAt
	if d.sc != nil {
		startOf, endOf = reuse(&d.sc.startOf, len(d.toks)+2), reuse(&d.sc.endOf, len(d.toks)+2)
	} else {
		startOf, endOf = make(spanAt, len(d.toks)+2), make(spanAt, len(d.toks)+2)
	}
	for k := range d.spans {
		sp := &d.spans[k]
		if sp.typ == Person || sp.typ == Title {
			if old, ok := startOf.get(sp.s); !ok || d.spans[old].typ != Person {
				startOf.set(sp.s, k)
			}
			if old, ok := endOf.get(sp.e); !ok || d.spans[old].typ != Person {
				endOf.set(sp.e, k)
			}
		}
	}
	// pass 1: titles next to a name
	for k := range d.spans {
		t := &d.spans[k]
		if t.typ != Title {
			continue
		}
		if p := r.personAfter(d, t.e, startOf); p >= 0 {
			t.person = d.spans[p].ref
			continue
		}
		// apposition: "Trương Minh Tuấn, Ủy viên Trung ương Đảng, Bộ trưởng Bộ TT&TT"
		j := t.s - 1
		// "Lý Quốc Bảo (39 tuổi), nguyên Trưởng phòng Kinh doanh": across a bracket
		if j > 1 && d.word(j) == "," && d.word(j-1) == ")" {
			for q := j - 2; q > 0 && q > j-12; q-- {
				if d.word(q) == "(" {
					if p, ok := endOf.get(q); ok && d.spans[p].typ == Person {
						t.person = d.spans[p].ref
					}
					break
				}
			}
			if t.person != 0 {
				continue
			}
		}
		if j > 0 && d.toks[j].kind == tPunct && !d.toks[t.s].is(fLineStart) {
			switch d.word(j) {
			case ",", "(", "-", "–", "—":
				if p, ok := endOf.get(j); ok {
					switch d.spans[p].typ {
					case Person:
						t.person = d.spans[p].ref
					case Title:
						t.person = d.spans[p].person
					}
				}
			}
		}
	}
	// titles before a title of a name: "Ủy viên Bộ Chính trị, Phó Thủ tướng Vương Đình Huệ",
	// "Thượng tá, bác sĩ Lê Thị Hương"
	for k := len(d.spans) - 1; k >= 0; k-- {
		t := &d.spans[k]
		if t.typ != Title || t.person != 0 || t.e+1 >= len(d.toks) || d.word(t.e) != "," {
			continue
		}
		if q, ok := startOf.get(t.e + 1); ok && d.spans[q].typ == Title && d.spans[q].person != 0 {
			t.person = d.spans[q].person
		}
	}
	// pass 2: a bare title refers to the person who last held it ("Bộ trưởng yêu cầu …"), or who
	// holds it later in the document (a headline); holders are indexed by the first two words of
	// the title and by its organization
	type holder struct {
		pos    int
		person int32
		head   string
		org    uint64
	}
	byHead := map[string][]holder{}
	byOrg := map[uint64][]holder{}
	for k := range d.spans {
		if o := &d.spans[k]; o.typ == Title && o.person != 0 {
			h, g := r.titleHead(d, o)
			x := holder{o.s, o.person, h, g}
			byHead[headKey(h)] = append(byHead[headKey(h)], x)
			if g != 0 {
				byOrg[g] = append(byOrg[g], x)
			}
		}
	}
	pick := func(l []holder, pos int, ok func(holder) bool) (int32, int) {
		// the last holder before pos, else the first after
		i := sort.Search(len(l), func(i int) bool { return l[i].pos >= pos })
		for q := i - 1; q >= 0 && q >= i-8; q-- {
			if ok(l[q]) {
				return l[q].person, pos - l[q].pos
			}
		}
		for q := i; q < len(l) && q < i+8; q++ {
			if l[q].pos != pos && ok(l[q]) {
				return l[q].person, len(d.toks) + l[q].pos - pos
			}
		}
		return 0, 0
	}
	for k := range d.spans {
		t := &d.spans[k]
		if t.typ != Title || t.person != 0 || t.kind == "occupation" || t.kind == "academic" {
			continue
		}
		head, org := r.titleHead(d, t)
		if head == "" {
			continue
		}
		p, dist := pick(byHead[headKey(head)], t.s, func(x holder) bool { return sameHead(x.head, head) })
		if org != 0 {
			if q, qd := pick(byOrg[org], t.s, func(holder) bool { return true }); q != 0 && (p == 0 || qd < dist) {
				p = q
			}
		}
		t.person = p
	}
	r.linkPredicate(d)
	r.linkDefinite(d)
	kept := d.spans[:0]
	for _, sp := range d.spans {
		if sp.typ == Title && sp.person == 0 {
			continue
		}
		kept = append(kept, sp)
	}
	d.spans = kept
}

// personAfter returns the index of the PERSON span that a title ending at token i stands before,
// across a form of address ("Chủ tịch UBND tỉnh ông Nguyễn Văn A"), a rank ("… Đại tá Trần Văn Hải"), the
// holder's nationality ("Tay vợt người Serbia Novak Djokovic") or a bracketed abbreviation
// ("Bộ trưởng Bộ Khoa học và Công nghệ (KH&CN) Huỳnh Thành Đạt"), or -1.
func (r *personRules) personAfter(d *pctx, i int, startOf spanAt) int {
	for step := 0; step < 3 && i < len(d.toks); step++ {
		if d.toks[i].is(fLineStart) {
			return -1
		}
		if k, ok := startOf.get(i); ok {
			if d.spans[k].typ == Person {
				return k
			}
			if d.spans[k].kind == "rank" && d.spans[k].e > i {
				i = d.spans[k].e // the holder's rank between: "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Quảng Nam Đại tá Trần Văn Hải"
				continue
			}
		}
		if m, e := r.match(r.cues, d, i); m > 0 && e.kind == "address" {
			i += m
			continue
		}
		// "Tay vợt người Serbia Novak Djokovic": the holder's nationality in between, then the name
		if step == 0 && d.form(i) == "người" {
			if e := r.nationalityEnd(d, i+1); e > i+1 {
				i = e
				continue
			}
		}
		// "thủ môn của Man Utd, Dean Henderson": the team in between, then the name
		if step == 0 && d.form(i) == "của" && i+1 < len(d.toks) && d.toks[i+1].is(fUpper|fAllCaps) {
			j := i + 1
			for j < len(d.toks) && j < i+7 && !d.toks[j].is(fLineStart) &&
				(d.toks[j].is(fUpper|fAllCaps) || d.toks[j].kind == tPunct && d.word(j) == "-" && !d.toks[j].is(fSpaceBefore)) {
				j++
			}
			if j+1 < len(d.toks) && d.word(j) == "," {
				if k, ok := startOf.get(j + 1); ok && d.spans[k].typ == Person {
					return k
				}
			}
			return -1
		}
		// "thủ môn của Man Utd, Dean Henderson" where the title took the team
		if step == 0 && d.word(i) == "," && i+1 < len(d.toks) && ownedTitleEnd(d, i) {
			if k, ok := startOf.get(i + 1); ok && d.spans[k].typ == Person {
				return k
			}
		}
		// "bà chủ khu du lịch Đại Nam - Nguyễn Phương Hằng": the name after a dash
		if step == 0 && (d.word(i) == "-" || d.word(i) == "–") && d.toks[i].is(fSpaceBefore) && i+1 < len(d.toks) {
			if k, ok := startOf.get(i + 1); ok && d.spans[k].typ == Person {
				return k
			}
		}
		// "Giám đốc điều hành BioNTech, ông Ugur Sahin"
		if d.word(i) == "," && i+1 < len(d.toks) {
			if m, e := r.match(r.cues, d, i+1); m > 0 && e.kind == "address" {
				i += 1 + m
				continue
			}
		}
		if d.word(i) == "(" {
			j := i + 1
			for j < len(d.toks) && j < i+8 && d.word(j) != ")" {
				j++
			}
			if j < len(d.toks) && d.word(j) == ")" {
				i = j + 1
				continue
			}
		}
		return -1
	}
	return -1
}

// titleHead returns the title words of a TITLE span without modifiers and organization (the lexicon
// phrase it starts with), and a hash of the organization part, 0 if none.
func (r *personRules) titleHead(d *pctx, t *span) (string, uint64) {
	i := t.s
	for i < t.e && d.c(i)&wMod != 0 {
		if n, _ := r.match(r.titles, d, i); n > 0 {
			break
		}
		i++
	}
	n, e := r.match(r.titles, d, i)
	if n == 0 || e == nil {
		return "", 0
	}
	var org uint64
	if i+n < t.e {
		if m, _ := r.match(r.orgHeads, d, i+n); m == 0 && d.c(i+n)&wAdminUnit == 0 {
			org = nameHash(d, i+n, t.e) // a brand: "CEO BioNTech", "Giám đốc điều hành BioNTech"
		}
	}
	return e.text, org
}

// sameHead reports whether two title heads name the same office, one possibly longer ("Thủ tướng",
// "Thủ tướng Chính phủ").
func sameHead(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a != "" && strings.HasPrefix(b, a) && (len(a) == len(b) || b[len(a)] == ' ')
}

// headKey is the index key of a title head: its first two words.
func headKey(h string) string {
	sp := 0
	for i := 0; i < len(h); i++ {
		if h[i] == ' ' {
			sp++
			if sp == 2 {
				return h[:i]
			}
		}
	}
	return h
}

// linkDefinite links a bare occupation that designates one person of the document: with a modifier
// ("Nữ ca sĩ nổi tiếng …", "cựu tiền vệ"), or with the person's nationality or origin after it
// ("tiền vệ người Bồ Đào Nha", "Siêu mẫu gốc Việt"). It is the name that follows it after a dash or a
// comma; the first person of the document where the title begins a line; else the person the
// document mentions most often (the one it is about), the nearest before the title among equals.
func (r *personRules) linkDefinite(d *pctx) {
	var refs []int32 // person refs in document order, with their positions
	var pos []int
	for k := range d.spans {
		if sp := &d.spans[k]; sp.typ == Person && sp.ref != 0 {
			refs = append(refs, sp.ref)
			pos = append(pos, sp.s)
		}
	}
	if len(refs) == 0 {
		return
	}
	for k := range d.spans {
		t := &d.spans[k]
		if t.typ != Title || t.person != 0 || t.kind != "occupation" && t.kind != "position" || !r.definite(d, t) {
			continue
		}
		i := sort.SearchInts(pos, t.s)
		if j := t.e + 1; j < len(d.toks) && !d.toks[j].is(fLineStart) && i < len(pos) && pos[i] == j {
			if w := d.word(t.e); w == "-" || w == "–" || w == "," {
				t.person = refs[i] // "cựu cầu thủ MU - Bryan Robson": the name that follows
				continue
			}
		}
		// the person the document speaks of most; of those, the one mentioned last before the
		// title, or else the first one after it
		if d.toks[t.s].is(fLineStart) {
			t.person = refs[0] // the lead begins with the headline's person: "Cựu hậu vệ người Pháp …"
			continue
		}
		best, most := -1, 0
		for q := range refs {
			n := 0
			for _, x := range refs {
				if x == refs[q] {
					n++
				}
			}
			before := pos[q] < t.s
			if n > most || n == most && before && (best < 0 || pos[best] < t.s) {
				best, most = q, n
			}
		}
		t.person = refs[best]
	}
}

// definite reports whether the title t designates one person: a modifier begins it ("cựu Bộ
// trưởng", "nữ ca sĩ"), or, for an occupation, the person's nationality or origin follows it ("người
// Pháp", "người Bỉ", "người Uruguay", "gốc Việt", "Á hậu Việt").
func (r *personRules) definite(d *pctx, t *span) bool {
	if t.s > 0 && openQuote(d.word(t.s-1)) && !d.toks[t.s].is(fSpaceBefore) &&
		(t.e >= len(d.toks) || !closeQuote(d.word(t.e))) {
		return false // "vinh danh “Nữ ca sĩ quốc tế xuất sắc nhất”": the name of an award
	}
	if d.c(t.s)&wMod != 0 && d.form(t.s) != "phó" {
		return true
	}
	if d.toks[t.s].is(fLineStart) && r.headlineOwned(d, t) {
		return true // "Tuyển thủ Trung Quốc chỉ ra …", "Hiệu trưởng ĐH Bách khoa TP.HCM mong …"
	}
	j := t.e
	if t.kind != "occupation" {
		return false
	}
	if j < len(d.toks) && d.isCap(j) && !d.toks[j].is(fLineStart) && d.c(j)&wNation != 0 &&
		(j+1 >= len(d.toks) || !d.isCap(j+1)) {
		return true // "Á hậu Việt bị chỉ trích"
	}
	if j+1 >= len(d.toks) || d.toks[j].is(fLineStart) || d.toks[j+1].is(fLineStart) {
		return false
	}
	if f := d.form(j); f != "người" && f != "gốc" {
		return false
	}
	if !d.toks[j+1].is(fUpper) {
		return false
	}
	if d.c(j+1)&wNation != 0 {
		return true
	}
	if k := d.covered(j+1, j+2, Location); k >= 0 && d.spans[k].s == j+1 {
		return true
	}
	// "người Bồ Đào Nha" is a people, no LOCATION span, but a country of two words or more still says
	// where the person is from
	if n, e := d.x.locs.names.longest(d.doc, j+1); n > 1 && e.kind == "country" {
		return true
	}
	// one capitalized word that the location rules leave to the people word and that is no name:
	// a country or a people ("tiền đạo người Bỉ", "người Uruguay", "ca sĩ người Tày")
	return d.isCap(j+1) && !d.isCap(j+2) && d.covered(j+1, j+2, Person) < 0
}

// headlineOwned reports whether the title t, which begins a line, ends with the organization or place
// it belongs to and is followed by what is said of its holder (a lower-case word or a colon): it names
// one person by his team, body or country where a headline leaves the name to the lead ("Ngoại binh
// Cantho Catfish chấn thương …", "Ứng viên Tổng thống Hàn Quốc tự nhận …").
func (r *personRules) headlineOwned(d *pctx, t *span) bool {
	if t.e >= len(d.toks) || d.toks[t.e].is(fLineStart) {
		return false
	}
	if w := &d.toks[t.e]; !(w.kind == tWord && !w.is(fUpper|fAllCaps) || d.word(t.e) == ":") {
		return false
	}
	if k := d.covered(t.e-1, t.e, Organization); k >= 0 && d.spans[k].s > t.s && d.spans[k].e == t.e {
		return true
	}
	// a country is the holder's nationality after an occupation ("Golf thủ Việt Nam"), the country of
	// an office after a position ("Ứng viên Tổng thống Hàn Quốc")
	k := d.covered(t.e-1, t.e, Location)
	if k < 0 || d.spans[k].s <= t.s || d.spans[k].e != t.e {
		return false
	}
	if t.kind == "position" {
		return true
	}
	for j := t.s + 1; j < d.spans[k].s; j++ {
		if m, e := r.match(r.titles, d, j); m > 0 && e.kind == "position" && d.isCap(j) {
			return true
		}
	}
	return false
}

// linkPredicate links a title said of a person named before it in the same sentence: "Fumio
// Kishida đã được chỉ định làm Thủ tướng", "người từng giữ chức Bộ trưởng …, nay là Chánh Văn phòng
// Nội các", "La Văn Thịnh được bổ nhiệm làm Phó Tổng cục trưởng".
func (r *personRules) linkPredicate(d *pctx) {
	for k := range d.spans {
		t := &d.spans[k]
		if t.typ != Title || t.person != 0 || t.s < 2 || d.toks[t.s].is(fLineStart) {
			continue
		}
		if t.kind != "position" { // "làm ca sĩ", "là cầu thủ": what someone does, not a post
			continue
		}
		switch d.form(t.s - 1) {
		case "làm", "là", "chức", "vụ", "nhiệm", "nhận", "thành":
		default:
			continue
		}
		// the nearest person before it, in the same sentence
		for q := k - 1; q >= 0; q-- {
			p := &d.spans[q]
			if p.typ != Person || p.e > t.s {
				continue
			}
			if t.s-p.e > 30 || r.sentenceBreak(d, p.e, t.s) {
				break
			}
			t.person = p.ref
			break
		}
	}
}

// sentenceBreak reports whether a sentence or a line ends between tokens i and j.
func (r *personRules) sentenceBreak(d *pctx, i, j int) bool {
	for k := i; k < j; k++ {
		if k > i && d.toks[k].is(fLineStart|fSentStart) {
			return true
		}
		if w := d.word(k); w == "." || w == "?" || w == "!" || w == ";" {
			return true
		}
	}
	return false
}

// openQuote and closeQuote report whether w is a quotation mark that can open or close a quotation.
func openQuote(w string) bool {
	switch w {
	case "\"", "“", "‘", "'", "«":
		return true
	}
	return false
}

func closeQuote(w string) bool {
	switch w {
	case "\"", "”", "’", "'", "»":
		return true
	}
	return false
}

// ownedTitleEnd reports whether a title ending at token i ends with "của" and the organization it
// belongs to (a few capitalized words).
func ownedTitleEnd(d *pctx, i int) bool {
	for k := i - 2; k >= 0 && k >= i-7; k-- {
		if d.form(k) == "của" {
			return true
		}
		if !d.toks[k].is(fUpper|fAllCaps) && d.toks[k].kind == tWord {
			return false
		}
	}
	return false
}

// formLink is one registration of a cluster head under a name form in clusterPeople.
type formLink struct{ k, prev int32 }

// spanAt maps a token position to the index of a span in d.spans that starts (or ends) there: index+1,
// 0 for none. It stands where a map[int]int was built per call.
type spanAt []int32

func (m spanAt) get(i int) (int, bool) {
	if uint(i) >= uint(len(m)) || m[i] == 0 {
		return 0, false
	}
	return int(m[i]) - 1, true
}

func (m spanAt) set(i, k int) { m[i] = int32(k) + 1 }

// nationalityEnd returns the end of the country or people named at token i after "người" ("người
// Serbia", "người Bồ Đào Nha", "người Mỹ"), or i.
func (r *personRules) nationalityEnd(d *pctx, i int) int {
	if i >= len(d.toks) || !d.toks[i].is(fUpper) || d.toks[i].is(fLineStart) {
		return i
	}
	if k := d.covered(i, i+1, Location); k >= 0 && d.spans[k].s == i {
		return d.spans[k].e
	}
	if d.c(i)&wNation != 0 {
		return i + 1
	}
	if n, e := d.x.locs.names.longest(d.doc, i); n > 0 && e.kind == "country" {
		return i + n
	}
	return i
}
