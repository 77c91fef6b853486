// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"strings"

	"github.com/vietner/vietner/normalize"
)

// locRules finds LOCATION entities: names from the gazetteers (countries, provinces, cities,
// regions, geographic names), and administrative units and geographic features written with their
// type word ("tỉnh Quảng Nam", "phường 5", "sông Hồng").
type locRules struct {
	names *lexicon // place names, matched as written (capitalized)
	units *lexicon // type words: kind is one of the unit* constants
	local *lexicon // districts, wards and communes without their type word: read only after a
	// type word, in a list after one ("huyện Đăk Hà và Tu Mơ Rông"), or before a province
	// ("Gò Công Tây, Tiền Giang")
	first starts // bit 0: names, bit 1: units
}

// Kinds of location type words.
const (
	unitAdmin    = "admin"    // tỉnh, huyện, xã …: a capitalized name
	unitAdminNum = "adminnum" // quận, phường, ấp …: a capitalized name or a number
	unitGeo      = "geo"      // sông, núi, đường …: written in lower case, then a capitalized name
	unitRoute    = "route"    // cao tốc, quốc lộ …: a name, a number, or two names joined by a dash
)

// locUnits lists the type words of administrative units and geographic features.
var locUnits = []struct{ text, kind string }{
	{"tỉnh", unitAdmin}, {"thành phố", unitAdmin}, {"TP", unitAdmin}, {"TP.", unitAdmin},
	{"Tp.", unitAdmin}, {"Tp", unitAdmin}, {"huyện", unitAdmin}, {"thị xã", unitAdmin},
	{"TX", unitAdmin}, {"TX.", unitAdmin}, {"thị trấn", unitAdmin}, {"xã", unitAdmin},
	{"làng", unitAdmin}, {"bản", unitAdmin}, {"đặc khu", unitAdmin}, {"bang", unitAdmin},
	{"vùng", unitGeo},
	{"quận", unitAdminNum}, {"phường", unitAdminNum}, {"ấp", unitAdminNum}, {"thôn", unitAdminNum},
	{"xóm", unitAdminNum}, {"khu phố", unitAdminNum}, {"tổ dân phố", unitAdminNum},
	{"Q.", unitAdminNum}, {"P.", unitAdminNum},
	{"sông", unitGeo}, {"núi", unitGeo}, {"biển", unitGeo}, {"vịnh", unitGeo}, {"hồ", unitGeo},
	{"đảo", unitGeo}, {"quần đảo", unitGeo}, {"bán đảo", unitGeo}, {"đèo", unitGeo},
	{"hầm", unitGeo}, {"cầu", unitGeo}, {"chợ", unitGeo}, {"sân bay", unitGeo},
	{"cảng", unitGeo}, {"đường", unitGeo}, {"phố", unitGeo}, {"đại lộ", unitGeo},
	{"dãy núi", unitGeo}, {"cao nguyên", unitGeo}, {"đồng bằng", unitGeo}, {"bãi biển", unitGeo},
	{"suối", unitGeo}, {"thác", unitGeo}, {"hang", unitGeo},
	{"vườn quốc gia", unitGeo}, {"khu du lịch", unitGeo}, {"cửa khẩu", unitGeo},
	{"quảng trường", unitGeo}, {"kênh", unitGeo}, {"đầm", unitGeo}, {"mũi", unitGeo},
	{"rừng", unitGeo}, {"đỉnh", unitGeo}, {"công viên", unitGeo}, {"sân vận động", unitGeo}, {"SVĐ", unitGeo}, {"bến xe", unitGeo},
	{"thiền viện", unitGeo}, {"chùa", unitGeo}, {"nhà thờ", unitGeo}, {"nhà thờ đá", unitGeo},
	{"nhà thờ chính tòa", unitGeo}, {"đền", unitGeo}, {"nhà hát", unitGeo}, {"ga", unitGeo},
	{"cư xá", unitGeo}, {"khu đô thị", unitGeo}, {"khu công nghiệp", unitGeo}, {"KCN", unitGeo},
	{"giao lộ", unitRoute}, {"ngã tư", unitRoute}, {"ngã ba", unitRoute}, {"bệnh viện dã chiến", unitGeo},
	{"cao tốc", unitRoute}, {"đường cao tốc", unitRoute}, {"quốc lộ", unitRoute}, {"QL", unitRoute},
	{"thủ đô", unitGeo}, {"sân", unitGeo}, {"tỉnh lộ", unitRoute}, {"đường sắt", unitRoute}, {"tuyến đường sắt", unitRoute}, {"đê", unitRoute},
	{"vành đai", unitRoute}, {"đường vành đai", unitRoute},
	{"khách sạn", unitGeo}, {"chung cư", unitGeo}, {"đền thờ", unitGeo}, {"xứ", unitGeo},
	{"công viên quốc gia", unitGeo},
	{"huyện đảo", unitAdmin}, {"xã đảo", unitAdmin}, {"eo biển", unitGeo}, {"kênh đào", unitGeo},
	{"tổ", unitAdminNum}, {"bãi cạn", unitGeo}, {"dãy", unitGeo}, {"sân bay quốc tế", unitGeo}, {"chợ đầu mối", unitGeo},
	{"cửa biển", unitGeo}, {"vòng xoay", unitRoute}, {"tháp", unitGeo}, {"phố đi bộ", unitGeo},
}

// nameAlone are feature words that stay out of the span before a listed place: "vùng Tây Bắc",
// "biển Sầm Sơn" → the place. An island keeps its word: "đảo Cát Bà" (the dev gold 3 of 3).
var nameAlone = map[string]bool{"vùng": true, "vung": true, "biển": true, "bien": true, "rừng": true, "rung": true}

// keepsCountry are feature words that name a feature of their own before a country's name: "kênh
// đào Panama", "đảo Greenland" (an island keeps its word); so does "eo biển".
var keepsCountry = map[string]bool{"đào": true, "dao": true, "đảo": true}

func newLocRules(n normalize.Normalizer, extra []GazetteerEntry) (*locRules, error) {
	r := &locRules{names: newLexicon(), units: newLexicon(), local: newLexicon()}
	for _, u := range locUnits {
		addAll(r.units, n, u.text, lexEntry{typ: Location, kind: u.kind})
	}
	var names phraseList
	// The caller's names first: the first entry of a phrase wins.
	for _, g := range extra {
		names.add(n, g.Text, lexEntry{typ: Location, norm: g.Norm, kind: g.Kind})
	}
	err := readTSV("data/locations.tsv", func(f []string) {
		names.add(n, field(f, 0), lexEntry{typ: Location, norm: field(f, 1), kind: field(f, 2)})
	})
	if err != nil {
		return nil, err
	}
	err = readTSV("data/locations_provinces.tsv", func(f []string) {
		for _, p := range f {
			for _, name := range strings.Split(p, ",") {
				addProvince(&names, n, strings.TrimSpace(name))
			}
		}
	})
	if err != nil {
		return nil, err
	}
	names.build(r.names)
	var local phraseList
	err = readTSV("data/locations_units.tsv", func(f []string) {
		local.add(n, field(f, 0), lexEntry{typ: Location, kind: field(f, 1)})
	})
	if err != nil {
		return nil, err
	}
	local.build(r.local)
	r.first = newStarts(stLoc, r.names, r.units)
	return r, nil
}

// addProvince adds a province ("Tỉnh Quảng Nam", "Thành Phố Huế") under its bare name and with its
// type word in the ways press text writes it.
func addProvince(names *phraseList, n normalize.Normalizer, full string) {
	var forms []string
	switch {
	case strings.HasPrefix(full, "Tỉnh "):
		bare := strings.TrimPrefix(full, "Tỉnh ")
		forms = []string{bare, "tỉnh " + bare}
	case strings.HasPrefix(full, "Thành Phố "):
		bare := strings.TrimPrefix(full, "Thành Phố ")
		forms = []string{bare, "thành phố " + bare, "TP " + bare, "TP. " + bare, "TP." + bare, "Tp. " + bare, "Tp " + bare, "tỉnh " + bare}
	default:
		return
	}
	norm := forms[0]
	if norm == "Hồ Chí Minh" {
		forms = forms[1:] // bare, it is the person: "Chủ tịch Hồ Chí Minh", "đường Hồ Chí Minh"
	}
	if strings.Contains(norm, "-") { // "Bà Rịa-Vũng Tàu": also with spaces around the hyphen, or a dash
		sp := strings.ReplaceAll(norm, "-", " - ")
		dash := strings.ReplaceAll(norm, "-", " – ")
		forms = append(forms, sp, "tỉnh "+sp, dash, "tỉnh "+dash)
	}
	if plain := normalize.Fold(norm); plain != norm && strings.Contains(norm, " ") {
		forms = append(forms, plain) // "Tin tức Ha Tinh": typed without diacritics in an accented text
	}
	for _, f := range forms {
		names.add(n, f, lexEntry{typ: Location, norm: norm, kind: "province"})
	}
}

// ambiguousPlaces are one-word place names that are also common Vietnamese words or given names:
// they are a LOCATION only away from other capitalized words and forms of address.
var ambiguousPlaces = map[string]bool{
	"anh": true, "duc": true, "nga": true, "y": true, "ao": true, "phap": true, "nhat": true,
	"bi": true, "lao": true, "uc": true, "sec": true, "my": true, "hue": true, "han": true,
	"sip": true, "mali": true, "niger": true, "georgia": true, "jordan": true,
}

// sentenceStartShy are ambiguous names that are not read as a place at the start of a sentence
// ("Anh cho biết", "Ý kiến", "Áo dài").
var sentenceStartShy = map[string]bool{"anh": true, "y": true, "ao": true}

// notPlaceAfter are words after which a country's name is part of another name.
var notPlaceAfter = map[string]bool{"hạng": true, "bảng": true, "la": true, "yên": true, "won": true, "rúp": true}

// placeCompounds are lower-case words that make an ambiguous name a common word ("Mỹ phẩm").
var placeCompounds = map[string]map[string]bool{
	"my":   {"phẩm": true, "thuật": true, "nhân": true, "học": true, "nữ": true, "vị": true, "mãn": true, "quan": true, "cảm": true, "ý": true, "dung": true, "viện": true, "miều": true, "tửu": true, "pham": true, "thuat": true, "nhan": true},
	"duc":  {"tin": true, "tính": true, "độ": true, "hạnh": true},
	"nhat": {"ký": true, "thực": true, "định": true, "quán": true, "trí": true},
	"phap": {"luật": true, "lý": true, "chế": true, "lệnh": true, "quyền": true, "sư": true, "môn": true, "danh": true, "nhân": true, "y": true, "trị": true},
	"anh":  {"hùng": true, "em": true, "chị": true, "ấy": true, "ta": true, "trai": true, "rể": true, "họ": true},
	"nga":  {"ngũ": true},
	"han":  {"chế": true, "hán": true},
	"ao":   {"dài": true, "khoác": true, "mưa": true, "quần": true, "thun": true, "len": true, "sơ": true, "phông": true, "cưới": true},
}

// addressWords are forms of address and kinship words: "chị Nga", "ông Đức" are people.
var addressWords = map[string]bool{
	"ông": true, "bà": true, "anh": true, "chị": true, "em": true, "cô": true, "chú": true,
	"bác": true, "cháu": true, "cụ": true, "thầy": true, "bé": true, "cậu": true, "dì": true,
	"vợ": true, "chồng": true, "con": true, "mẹ": true, "bố": true, "cha": true, "nàng": true,
	"chàng": true, "bạn": true, "ngài": true, "mr": true, "ms": true, "mrs": true, "tiếng": true,
	"người": true, "giọng": true, "chữ": true,
}

// englishUnit adds places written in English: a capitalized name without diacritics and an
// English unit word after it (province, district, commune, ward, town, city) ("Hung Yen province"). A place found there already takes the unit word.
// englishUnits are the English unit words englishUnit reads.
var englishUnits = [...]string{"province", "district", "commune", "ward", "town", "city"}

func (r *locRules) englishUnit(d *doc) {
	toks, vw := d.toks, d.vw // (the loop calls out: d's fields would be read again at every turn)
	for k := 1; k < len(toks); k++ {
		t := &toks[k]
		if t.kind != tWord || t.is(fUpper|fAllCaps|fAccented) || vw[k].sets&setEnglishUnit == 0 {
			continue
		}
		switch d.word(k) {
		case englishUnits[0], englishUnits[1], englishUnits[2], englishUnits[3], englishUnits[4], englishUnits[5]:
		default:
			continue
		}
		b := k
		for b > 0 && b > k-4 {
			p := &d.toks[b-1]
			if p.kind != tWord || !p.is(fUpper) || p.is(fAllCaps|fAccented) || !d.toks[b].is(fSpaceBefore) {
				break
			}
			b--
			if p.is(fLineStart | fSentStart) {
				break
			}
		}
		if b == k || d.covered(b, k, Organization, Person) >= 0 {
			continue
		}
		if k-b == 1 && !r.startsPlace(d, b) {
			if _, e := r.local.longest(d, b); e == nil {
				continue // "Capital city", "Old town": one word must be a known place
			}
		}
		for x := 0; x < len(d.spans); x++ {
			if sp := &d.spans[x]; sp.typ == Location && sp.s >= b && sp.e <= k {
				d.spans = append(d.spans[:x], d.spans[x+1:]...)
				x--
			}
		}
		d.add(span{typ: Location, s: b, e: k + 1})
	}
}

// find adds the LOCATION spans of d.
func (r *locRules) find(d *doc) {
	defer r.englishUnit(d)
	for i := 0; i < len(d.toks); {
		if d.toks[i].kind == tPunct {
			i++
			continue
		}
		bits := r.first.at(d, i)
		if bits == 0 {
			if e := r.byContext(d, i); e > i {
				d.add(span{typ: Location, s: i, e: e})
				i = e
				continue
			}
			i++
			continue
		}
		e, norm, kind := i, "", ""
		if bits&2 != 0 {
			e, norm, kind = r.unit(d, i)
		}
		if e > i {
			if kind != unitRoute && e < len(d.toks) && d.toks[e].kind == tNum {
				if e2 := r.numbered(d, e); e2 > e {
					e, norm = e2, ""
				}
			}
			d.add(span{typ: Location, s: i, e: e, norm: norm})
			i = r.list(d, e)
			continue
		}
		if bits&2 != 0 && r.plural(d, i) {
			// "các huyện Thoại Sơn và Châu Thành", "3 xã: A, B và C": every name of the list
			if n, _ := r.units.longest(d, i); n > 0 {
				if i+n+1 < len(d.toks) && d.word(i+n) == ":" {
					n++ // "7 huyện: Tam Đường, Tân Uyên và Mường Tè"
				}
				if m, norm := r.localAt(d, i+n); m > 0 {
					d.add(span{typ: Location, s: i + n, e: i + n + m, norm: norm})
					i = r.list(d, i+n+m)
					continue
				}
			}
		}
		n, ent := 0, (*lexEntry)(nil)
		if bits&1 != 0 {
			n, ent = r.names.longest(d, i)
		}
		if n > 0 && r.plausible(d, i, n, ent) {
			if ent.kind == "region" && d.key(i) == "mien" && i+n < len(d.toks) {
				if m, e2 := r.names.longest(d, i+n); m > 0 && e2.kind == "country" {
					i += n // "miền Nam Thái Lan": the country only
					continue
				}
			}
			d.add(span{typ: Location, s: i, e: i + n, norm: canon(d, i, i+n, ent)})
			i += n
			continue
		}
		if e := r.byContext(d, i); e > i {
			d.add(span{typ: Location, s: i, e: e})
			i = e
			continue
		}
		i++
	}
}

// byContext returns the end of a place known only from its context, after a place word or before a
// province ("tại Từ Liêm", "Gò Công Tây, Tiền Giang"), or i.
func (r *locRules) byContext(d *doc, i int) int {
	if d.toks[i].flags&fUpper == 0 {
		return i // (both rules read capitalized words only; this test is inlined where most tokens stop)
	}
	return r.byContextCap(d, i)
}

func (r *locRules) byContextCap(d *doc, i int) int {
	if e := r.afterPlaceWord(d, i); e > i {
		return e
	}
	if e := r.afterHouseNumber(d, i); e > i {
		return e
	}
	return r.beforeProvince(d, i)
}

// afterHouseNumber matches a street named after its house number, without a street word: "số 173
// Trần Thành Ngọ, quận Kiến An", "Số 20/33/380 Tô Hiệu, Hồ Nam", "số 36A, Trần Quang Diệu". The name
// has two capitalized words or more and a comma and a place follow it (a unit word, a listed place or
// a district); a listed country, province or region there is a rank ("số 1 Việt Nam,"), not a street.
func (r *locRules) afterHouseNumber(d *doc, i int) int {
	k := i - 1
	if k < 1 || d.toks[i].is(fAllCaps|fCapsLine|fLineStart|fSentStart) || d.folded {
		return i
	}
	if d.toks[k].kind == tPunct && d.word(k) == "," {
		k--
	}
	if k < 1 || !(d.toks[k].kind == tNum || d.toks[k].kind == tWord && d.toks[k].is(fHasDigit)) {
		return i
	}
	for k >= 3 && d.toks[k-1].kind == tPunct && d.word(k-1) == "/" && d.toks[k-2].kind == tNum {
		k -= 2 // "20/33/380"
	}
	w := d.low(k - 1)
	if k >= 2 && d.low(k-2) == "áo" {
		return i // "áo số 10 Nguyễn Quang Hải": a shirt number
	}
	if w == "nhà" && k >= 2 {
		w = d.low(k - 2) // "số nhà 12"
	}
	if w != "số" && w != "tại" && w != "ở" && !(w == ":" && k >= 3 && d.low(k-2) == "chỉ") {
		return i // (a house number after "tại", "ở" or "Địa chỉ:" needs no "số")
	}
	e := i
	for j := i; j < len(d.toks) && j-i < 4; j++ {
		t := &d.toks[j]
		if t.kind != tWord || !t.is(fUpper) || t.is(fAllCaps) || j > i && t.is(fSentStart|fLineStart) {
			break
		}
		if m, _ := r.units.longest(d, j); m > 0 {
			break
		}
		e = j + 1
	}
	if e-i < 2 {
		return i
	}
	if e+1 >= len(d.toks) || d.word(e) != "," || d.toks[e+1].is(fLineStart) {
		return i
	}
	if m, _ := r.units.longest(d, e+1); m == 0 && !r.startsPlace(d, e+1) {
		if m, _ := r.local.longest(d, e+1); m == 0 {
			return i // "áo số 10 Nguyễn Quang Hải, …" is a shirt: an address goes on with a place
		}
	}
	if m, ent := r.names.longest(d, i); m == e-i && (ent.kind == "country" || ent.kind == "province" || ent.kind == "region" || ent.kind == "state") {
		return i
	}
	return e
}

// plausible reports whether a gazetteer name matched at tokens [i, i+n) is a place here.
func (r *locRules) plausible(d *doc, i, n int, e *lexEntry) bool {
	if i > 0 && d.toks[i-1].kind == tWord && !d.folded && notPlaceAfter[d.low(i-1)] && n <= 2 {
		return false // "Ngoại hạng Anh" is a league, "bảng Anh", "đô la Úc" currencies
	}
	if i > 0 && d.toks[i-1].kind == tWord && !d.folded && addressWords[d.low(i-1)] && !(i > 1 && d.low(i-2) == "nổi") && d.toks[i].is(fUpper) {
		// "chị Nga", "tiếng Nga", "người Việt", "người Bồ Đào Nha": a person, a language or a people
		return false
	}
	if d.toks[i].is(fCapsLine) && n == 1 && len(d.word(i)) <= 3 {
		return false // "MỸ" in a capitals headline is fine, but "ANH", "Ý" are too ambiguous there
	}
	if e.kind == "province" && i > 0 && d.toks[i-1].kind == tWord && d.toks[i-1].is(fUpper) && !d.toks[i-1].is(fAllCaps) &&
		surnames[d.key(i-1)] && !d.toks[i].is(fSentStart) {
		return false // "Nguyễn Hòa Bình" is a person
	}
	if n != 1 {
		return !r.cutShort(d, i, n, e)
	}
	k := d.key(i)
	if !ambiguousPlaces[k] {
		return true
	}
	if i > 0 && d.toks[i-1].kind == tWord && d.toks[i-1].is(fUpper) && !d.toks[i].is(fSentStart) {
		return false // part of a name: "Hoàng Đức", "Thúy Nga", "Chủ Nhật"
	}
	if j := i + n; j < len(d.toks) && d.toks[j].kind == tWord && d.toks[j].is(fUpper) && !d.toks[j].is(fSentStart|fLineStart) {
		if m, _ := d.x.orgs.gaz.longest(d, j); m == 0 {
			return false // "Anh Tuấn", "Mỹ Tâm", "Đức Phật" (but "dược phẩm Mỹ Merck")
		}
	}
	if j := i + n; j < len(d.toks) && d.toks[j].kind == tWord && placeCompounds[k][d.form(j)] {
		return false
	}
	if (d.toks[i].is(fSentStart) || i > 0 && (d.word(i-1) == ":" || d.word(i-1) == "\"" || d.word(i-1) == "“")) && sentenceStartShy[k] {
		return false
	}
	return true
}

// cutShort reports whether a listed name matched at [i, i+n) whose last word is written in lower case
// in the list stops short of a longer name in the text: "đường Hồ Chí Minh trên biển" is listed, but
// in "đường Hồ Chí Minh trên Biển Đông" the sea is "Biển Đông".
func (r *locRules) cutShort(d *doc, i, n int, e *lexEntry) bool {
	if !d.toks[i+n-1].is(fUpper) || !r.goesOn(d, i+n) {
		return false
	}
	last := e.text[strings.LastIndexByte(e.text, ' ')+1:]
	return last != "" && last[0] >= 'a' && last[0] <= 'z'
}

// unit matches an administrative unit or geographic feature with its type word at token i and
// returns the end of the span (or i), its canonical name and kind.
func (r *locRules) unit(d *doc, i int) (int, string, string) {
	n, ue := r.units.longest(d, i)
	if n == 0 {
		return i, "", ""
	}
	j := i + n
	if j >= len(d.toks) || d.toks[j].is(fLineStart) {
		return i, "", ""
	}
	if r.plural(d, i) && ue.kind != unitRoute {
		return i, "", "" // "các tỉnh Bình Dương, Đồng Nai", "02 huyện Thoại Sơn và Châu Thành": the names alone
	}
	if i > 0 && !d.toks[i].is(fUpper|fLineStart) && (d.form(i-1) == "trưởng" || i > 1 && d.form(i-1) == "tịch" && d.form(i-2) == "chủ") &&
		d.x.orgs.personAhead(d, j) {
		// "Trưởng thôn Lê Văn Nam", "Chủ tịch xã Lê Văn Hùng": the unit word ends the title and a
		// full name follows, alone (not "Chủ tịch phường Nguyễn Thái Bình Lê Văn An")
		k := j + 1
		for k < len(d.toks) && k <= j+3 && d.toks[k].kind == tWord && d.toks[k].is(fUpper) && !d.toks[k].is(fLineStart) {
			k++
		}
		if k >= len(d.toks) || !d.toks[k].is(fUpper) || d.toks[k].is(fLineStart) {
			return i, "", ""
		}
	}
	// The whole phrase may be listed ("thành phố Hồ Chí Minh", "tỉnh Thừa Thiên - Huế").
	if m, ent := r.names.longest(d, i); m > n && !r.cutShort(d, i, m, ent) {
		return i + m, canon(d, i, i+m, ent), ent.kind
	}
	if i > 0 && d.toks[i-1].kind == tWord && geoCompounds[d.form(i-1)+" "+d.form(i)] && !r.streetAfterPrep(d, i, j) {
		return i, "", "" // "yêu cầu", "toàn cầu", "bà xã"
	}
	if ue.kind == unitGeo {
		if d.toks[i].is(fUpper) && n == 1 && !d.lower && !d.toks[i].is(fLowerLine) && !r.capsBySentence(d, i, j) {
			// "Hồ Chí Minh", "Đường lối", "Cầu Giấy" …: a capitalized feature word is a name of its own
			return i, "", ""
		}

		if j+1 < len(d.toks) && religions[d.form(j)+" "+d.form(j+1)] {
			return i, "", "" // "nhà thờ Công giáo" is a church of a faith
		}
		last := d.form(i + n - 1)
		keep := keepsCountry[last] || n == 2 && d.form(i) == "eo" // "eo biển Đài Loan"
		if m, ent := r.names.longest(d, j); m > 0 && !keep && (ent.kind == "country" || nameAlone[last]) && !r.goesOn(d, j+m) {
			return i, "", "" // "vùng biển Thái Bình Dương", "cảng biển Việt Nam": the name alone
		}
	}
	if m, u2 := r.units.longest(d, j); m > 0 && (u2.kind != unitGeo || m > 1) && (ue.kind != unitRoute || r.listedLen(d, j) <= m) {
		return i, "", "" // "Nhà phố Huyện Bình Chánh"; but "cao tốc TP.HCM - Long Thành"
	}
	if r.plural(d, i) && ue.kind != unitRoute {
		return i, "", "" // "các tỉnh Bình Dương, Đồng Nai", "02 huyện Thoại Sơn và Châu Thành": the names alone
	}
	if ue.kind == unitRoute {
		if d.toks[i].is(fUpper) && !d.lower && d.toks[j].kind != tNum && !d.toks[j].is(fHasDigit) &&
			!(r.capsBySentence(d, i, j) && (n == 1 || !d.toks[j-1].is(fUpper))) {
			// "Quốc lộ 1A" is a road, "Cao Tốc" in a title is not; "Ngã ba Huế", "Tuyến đường sắt
			// Cát Linh - Hà Đông" at the start of a sentence are
			return i, "", ""
		}
		return r.route(d, i, j)
	}
	if n == 1 && d.key(i) == "to" && (d.toks[j].kind != tNum || j+2 >= len(d.toks) || d.word(j+1) != "," || r.unitLen(d, j+2) == 0) {
		return i, "", "" // a residential group only in an address: "tổ 6, phường Thanh Tuyền" (not "tổ 55")
	}
	if ue.kind == unitAdminNum && d.toks[j].kind == tNum {
		return j + 1, "", "admin"
	}
	if m, ent := r.names.longest(d, j); m > 0 && ent.kind == "region" && ue.kind != unitGeo && !r.goesOn(d, j+m) && d.form(i) != "bang" {
		return i, "", "" // "các tỉnh miền Tây": the region alone; but "bang Texas" is the state
	}
	if m, ent := r.names.longest(d, j); m > 0 {
		// a listed name: take its length, it is more reliable than capitalization, unless the
		// name goes on in capitals ("xã Mỹ Phong" is not "xã Mỹ")
		e := j + m
		if r.goesOn(d, e) && ent.kind != "province" {
			if e2 := r.capRun(d, j); e2 > e {
				return e2, "", "admin"
			}
		}
		norm := ""
		if f := d.form(i); ent.kind == "province" && (f == "tỉnh" || f == "tinh" || f == "thành" || f == "thanh" || f == "tp") {
			norm = ent.norm
		}
		return e, norm, "admin"
	}
	if d.toks[j].is(fCapsLine) || d.lower || d.toks[j].is(fLowerLine) {
		return i, "", ""
	}
	if (d.form(i) == "tỉnh" || d.form(i) == "tinh" || d.form(i) == "thành") && d.x.orgs.personAhead(d, j) {
		return i, "", "" // "Chủ tịch UBND tỉnh Trương Quốc Huy": provinces are listed, this is a person
	}
	e := j
	for k := j; k < len(d.toks) && k-j < 4; k++ {
		t := &d.toks[k]
		if t.is(fLineStart) || (k > j && t.is(fSentStart)) {
			break
		}
		if t.kind == tPunct {
			// joined names: "Bà Rịa-Vũng Tàu", "Ea H'leo"
			w := d.word(k)
			if (w == "-" || w == "'" || w == "’") && k > j && d.adjacent(k-1) && d.adjacent(k) && k+1 < len(d.toks) && d.toks[k+1].kind == tWord {
				continue
			}
			break
		}
		if t.kind != tWord || !t.is(fUpper) {
			break
		}
		if k > j {
			if m, u := r.units.longest(d, k); m > 0 && (u.kind != unitGeo || !r.localCovers(d, j, k+m)) || d.x.orgs.personAhead(d, k) {
				// "Huyện X Tỉnh Y" is two units; "xã A Nguyễn Văn B" a place and a person; but a
				// listed name may end in a feature word ("xã Đất Mũi", "xã Hang Chú")
				break
			}
			if ue.kind == unitGeo {
				if m, ent := r.names.longest(d, k); m > 1 && ent.kind == "province" && !r.goesOn(d, k+m) {
					break // "xứ Mường Hòa Bình": the land of a people, then its province
				}
			}
		}
		e = k + 1
	}
	if e == j {
		return i, "", ""
	}
	return e, "", "admin"
}

// capsBySentence reports whether the feature word at i is capitalized only because it starts a
// sentence or a line, before a capitalized name at j that is no person's and no listed organization's:
// "Cầu Long Biên được …", "Chợ Bến Thành …" (but "Hồ Quang Hiếu" is a person, "Kênh Al Jazeera" a
// channel).
func (r *locRules) capsBySentence(d *doc, i, j int) bool {
	if !d.toks[i].is(fSentStart|fLineStart) || d.toks[i].is(fAllCaps|fCapsLine) || j >= len(d.toks) {
		return false
	}
	t := &d.toks[j]
	if t.kind != tWord || !t.is(fUpper) || t.is(fCapsLine|fLineStart|fHasDigit) {
		return false
	}
	if w, _ := d.x.orgs.gaz.longest(d, j); w > 0 {
		return false // "Kênh Al Jazeera", "Kênh HTV7": a channel, not a canal
	}
	// ("Đường" shares its key with the family name Dương: "Đường Trường Sa" is a street)
	return (d.form(i) == "đường" || !d.x.orgs.personAhead(d, i)) && !d.x.orgs.personAhead(d, j)
}

// numbered returns the end of a one-digit number at e that ends the name of a place before it, or
// e: "cầu Cần Thơ 2", "hầm Hải Vân 2 chính thức …", "bản Đỉnh Sơn 2, xã Hữu Kiệm"; not a count
// ("sân Mỹ Đình 2 trận", "huyện Củ Chi 3 tháng").
func (r *locRules) numbered(d *doc, e int) int {
	t := &d.toks[e]
	if t.end-t.start != 1 || !t.is(fSpaceBefore) || t.is(fLineStart) || d.toks[e-1].kind != tWord || !d.toks[e-1].is(fUpper) {
		return e
	}
	if e+1 == len(d.toks) || d.toks[e+1].is(fLineStart) {
		return e + 1
	}
	n := &d.toks[e+1]
	switch {
	case n.kind == tPunct:
		switch d.word(e + 1) {
		case ",", ".", ";", ")", "(":
			return e + 1
		}
	case n.kind == tWord && !n.is(fUpper) && !countWords[d.form(e+1)]:
		return e + 1
	}
	return e
}

// countWords are words that make a number before them a count: "2 trận", "3 tháng".
var countWords = map[string]bool{
	"ngày": true, "tháng": true, "năm": true, "giờ": true, "phút": true, "tuần": true, "lần": true,
	"người": true, "hộ": true, "căn": true, "chiếc": true, "con": true, "cây": true, "km": true,
	"m": true, "ha": true, "tấn": true, "tuổi": true, "triệu": true, "tỷ": true, "nghìn": true,
	"ngàn": true, "trăm": true, "độ": true, "trận": true, "bàn": true, "điểm": true, "xe": true,
	"tàu": true, "ca": true, "đợt": true, "nhà": true, "tầng": true, "làn": true, "cửa": true,
	"đoàn": true, "nhóm": true, "lượt": true, "em": true, "học": true,
	"ngay": true, "thang": true, "nam": true, "gio": true, "phut": true, "tuan": true, "lan": true,
	"nguoi": true, "ho": true, "can": true, "chiec": true, "cay": true, "tan": true, "tuoi": true,
	"trieu": true, "ty": true, "nghin": true, "ngan": true, "tram": true, "do": true, "tran": true,
	"ban": true, "diem": true, "dot": true, "nha": true, "tang": true, "cua": true, "luot": true,
}

// localCovers reports whether a listed district, ward or commune name starting at j reaches e.
func (r *locRules) localCovers(d *doc, j, e int) bool {
	m, _ := r.local.longest(d, j)
	return j+m >= e
}

// plural reports whether the unit word at i follows a count or plural marker ("các tỉnh", "02
// huyện"), not a road number ("quốc lộ 51 xã …").
func (r *locRules) plural(d *doc, i int) bool {
	if i == 0 {
		return false
	}
	num := d.toks[i-1].kind == tNum
	if num && i >= 2 {
		switch d.form(i - 2) {
		case "lộ", "lo", "ql", "số", "so", "km", "đai", "dai", "phường", "phuong", "quận", "quan", "p.", "q.", "tổ", "khu", "ấp", "thôn", "xóm":
			return false // "phường 27 Quận Bình Thạnh", "vành đai 3 TP.HCM"
		}
	}
	if pluralWords[d.form(i-1)] {
		return true
	}
	if !num || len(d.word(i-1)) > 2 || !d.toks[i-1].is(fSpaceBefore) {
		return false // "COVID-19 tỉnh Kon Tum" is no count
	}
	return true
}

// localAt returns the length of a capitalized district, ward or place name at j, or 0, and its
// canonical name.
func (r *locRules) localAt(d *doc, j int) (int, string) {
	if j >= len(d.toks) || !d.toks[j].is(fUpper) || d.toks[j].is(fLineStart) || d.toks[j].is(fCapsLine) {
		return 0, ""
	}
	m, _ := r.local.longest(d, j)
	norm := ""
	if n, e := r.names.longest(d, j); n > m {
		m, norm = n, canon(d, j, j+n, e)
	}
	if m > 0 && j+m < len(d.toks) && d.toks[j+m].kind == tWord && d.toks[j+m].is(fUpper) && !d.toks[j+m].is(fSentStart) {
		return 0, "" // a longer name goes on
	}
	return m, norm
}

// list adds the names listed after a place that ends at e ("huyện Đăk Hà và Tu Mơ Rông", "các
// huyện A, B và C") and returns where the list ends.
func (r *locRules) list(d *doc, e int) int {
	for e+1 < len(d.toks) {
		w := d.form(e)
		if w != "," && w != "và" && w != "va" {
			break
		}
		m, norm := r.localAt(d, e+1)
		if m == 0 {
			break
		}
		if n, ue := r.units.longest(d, e+1); ue != nil && n >= m {
			break // "và huyện …"; but "Tà Xùa, Háng Đồng và Hang Chú" is a listed name
		}
		d.add(span{typ: Location, s: e + 1, e: e + 1 + m, norm: norm})
		e += 1 + m
	}
	return e
}

// beforeProvince matches a district or ward name written without its type word right before a
// comma or parenthesis and a province: "Gò Công Tây, Tiền Giang", "Trà Bui (Quảng Nam)".
func (r *locRules) beforeProvince(d *doc, i int) int {
	t := &d.toks[i]
	if t.kind != tWord || !t.is(fUpper) || t.is(fAllCaps|fCapsLine) || d.folded {
		return i
	}
	if i > 0 && d.toks[i-1].kind == tWord && d.toks[i-1].is(fUpper) && !t.is(fSentStart) {
		return i
	}
	m, le := r.local.longest(d, i)
	if m == 0 {
		return i
	}
	if e := r.districtAlone(d, i, m, le); e > i {
		return e
	}
	if i+m+1 >= len(d.toks) {
		return i
	}
	if w := d.word(i + m); w != "," && w != "(" {
		return i
	}
	if n, e := r.names.longest(d, i+m+1); n == 0 || e.kind != "province" {
		return i
	}
	return i + m
}

// districtAlone matches the name of a district (before 2025) of two syllables or more written alone in
// running text, away from other capitalized words: "Bát Xát vận động người dân …", "vải thiều Lục
// Ngạn". A name that starts with a family name or follows a form of address may be a person's
// ("Hoàng Mai", "chị Thanh Sơn"), and so is a listed person's or the given name of a person named
// in full in the document ("Xuân Trường"): those are left alone.
func (r *locRules) districtAlone(d *doc, i, m int, le *lexEntry) int {
	if m < 2 || le.kind != "district" || surnames[d.key(i)] {
		return i
	}
	if i > 0 && d.toks[i-1].kind == tWord && (addressWords[d.low(i-1)] || d.toks[i-1].is(fUpper) && !d.toks[i].is(fSentStart)) {
		return i
	}
	if i > 0 && d.toks[i-1].kind == tWord && hasUpperInside(d.word(i-1)) {
		return i // the end of a technical name: "trạm biến áp 220 kV Sơn Động"
	}
	if e := i + m; e < len(d.toks) && d.toks[e].kind == tWord && d.toks[e].is(fUpper) && !d.toks[e].is(fLineStart) {
		return i
	}
	if n, _ := d.x.peop.people.longest(d, i); n >= m {
		return i // a well-known person: "Xuân Trường"
	}
	// (the document is read to its end: the hash first, most words differ)
	for j := 1; j+m <= len(d.toks); j++ {
		if d.toks[j].lowH == d.toks[i].lowH && d.low(j) == d.low(i) && d.low(j+1) == d.low(i+1) && d.toks[j-1].is(fUpper) && surnames[d.key(j-1)] {
			return i // the given name of a person named in full in the document: "Lương Xuân Trường" … "Xuân Trường"
		}
	}
	return i + m
}

// hasUpperInside reports whether a word has a capital letter after its first byte ("kV", "iPhone").
func hasUpperInside(w string) bool {
	for k := 1; k < len(w); k++ {
		if w[k] >= 'A' && w[k] <= 'Z' {
			return true
		}
	}
	return false
}

// isPlacePrep reports a preposition of place: a district named after one needs no type word ("tại An
// Nhơn").
func isPlacePrep(w string) bool { return w == "tại" || w == "ở" }

// afterPlaceWord matches a district name of two syllables or more written without its type word
// after a preposition of place, where no longer capitalized name goes on: "dự án tại An Nhơn".
func (r *locRules) afterPlaceWord(d *doc, i int) int {
	t := &d.toks[i]
	if i == 0 || t.kind != tWord || !t.is(fUpper) || t.is(fAllCaps|fCapsLine|fLineStart) || d.folded || !isPlacePrep(d.low(i-1)) {
		return i
	}
	m, e := r.local.longest(d, i)
	if m < 2 || e.kind != "district" && e.kind != "ward" {
		return i
	}
	if n := i + m; n < len(d.toks) && d.toks[n].kind == tWord && d.toks[n].is(fUpper) && !d.toks[n].is(fSentStart|fLineStart) {
		return i
	}
	return i + m
}

// goesOn reports whether a capitalized word at e continues a name (not a new sentence or a
// person's name).
func (r *locRules) goesOn(d *doc, e int) bool {
	return e < len(d.toks) && d.toks[e].kind == tWord && d.toks[e].is(fUpper) && !d.toks[e].is(fSentStart|fLineStart|fCapsLine) &&
		!d.x.orgs.personAhead(d, e) && !foreignNameAhead(d, e)
}

// foreignNameAhead reports whether a foreign first name followed by another capitalized word starts
// at e: "bang Texas Greg Abbott" is a state, then its governor.
func foreignNameAhead(d *doc, e int) bool {
	return d.vw[e].pcls&wForeignGiven != 0 && e+1 < len(d.toks) && d.toks[e+1].kind == tWord &&
		d.toks[e+1].is(fUpper) && !d.toks[e+1].is(fLineStart) && d.toks[e+1].is(fSpaceBefore)
}

// pluralWords before a unit word make it a common noun: "các tỉnh", "hai huyện".
var pluralWords = map[string]bool{"các": true, "những": true, "hai": true, "ba": true, "nhiều": true,
	"mấy": true, "cac": true, "nhung": true, "nhieu": true, "2": true, "3": true}

// route matches the name of a road, railway or dyke after its type word: a number ("quốc lộ 1A"),
// or capitalized names, two of them joined by a dash ("cao tốc Nội Bài - Lào Cai").
func (r *locRules) route(d *doc, i, j int) (int, string, string) {
	t := &d.toks[j]
	if t.kind == tNum || t.kind == tWord && t.is(fHasDigit) {
		return j + 1, "", "route"
	}
	e := r.capRun(d, j)
	if e == j || r.kindAt(d, j) == "country" {
		return i, "", "" // "đường cao tốc Việt Nam": the country alone
	}
	// two or three names joined by dashes: "cao tốc TP.HCM - Long Thành - Dầu Giây"
	for k := 0; k < 2 && e+1 < len(d.toks) && d.toks[e].kind == tPunct && (d.word(e) == "-" || d.word(e) == "–") && !d.toks[e+1].is(fLineStart); k++ {
		e2 := r.capRun(d, e+1)
		if e2 == e+1 {
			break
		}
		e = e2
	}
	return e, "", "route"
}

// capRun returns the end of the run of capitalized words (at most four) starting at j, or j.
func (r *locRules) capRun(d *doc, j int) int {
	if m, _ := r.names.longest(d, j); m > 0 && (!r.goesOn(d, j+m) || r.startsPlace(d, j+m) || d.toks[j].is(fAllCaps|fCapsLine)) {
		// a listed name, unless it only begins a longer one ("Mỹ Đình", "Mỹ Phong")
		return j + m
	}
	e := j
	for k := j; k < len(d.toks) && k-j < 4; k++ {
		t := &d.toks[k]
		if t.kind != tWord || !t.is(fUpper) || t.is(fLineStart) || k > j && (t.is(fSentStart) || d.x.orgs.personAhead(d, k)) {
			break
		}
		e = k + 1
	}
	return e
}

// streetAfterPrep reports whether "đường" at i, after a word it makes a compound with ("trên đường",
// "dọc tuyến đường"), still names a street: a capitalized name follows in running text that is no
// listed country or province ("trên đường Lê Lợi", "tuyến đường Trường Sơn Đông"; but "trên đường
// Hà Nội - Hải Phòng" stays a route between two places, and the places alone).
func (r *locRules) streetAfterPrep(d *doc, i, j int) bool {
	if j != i+1 || d.form(i) != "đường" || d.lower {
		return false
	}
	switch d.form(i - 1) {
	case "con", "lên":
		return false // "con đường Việt Nam chọn", "lên đường"
	}
	t := &d.toks[j]
	if t.kind != tWord || !t.is(fUpper) || t.is(fAllCaps|fCapsLine|fSentStart|fLineStart) {
		return false
	}
	if m, ent := r.names.longest(d, j); m > 0 && (ent.kind == "country" || ent.kind == "province") {
		return false
	}
	return true
}

// geoCompounds are words ending in a feature word that are not features ("yêu cầu").
var geoCompounds = map[string]bool{
	"yêu cầu": true, "toàn cầu": true, "nhu cầu": true, "địa cầu": true, "bóng đèo": true,
	"yeu cau": true, "toan cau": true, "nhu cau": true, "con đường": true, "lên đường": true,
	"xuống đường": true, "ra đường": true, "trên đường": true, "dọc đường": true, "giữa đường": true,
	"bên đường": true, "lề đường": true, "mặt đường": true, "tuyến đường": true, "bán đảo": true,
	"lên hồ": true, "ao hồ": true, "đồng hồ": true, "phố phường": true, "điểm cầu": true,
	"giang hồ": true, "phiên bản": true, "văn bản": true, "cơ bản": true, "kịch bản": true,
	"chủ sân": true, "sân nhà": true, "chu san": true, "giáo xứ": true, "giao xu": true,
	"nguyên bản": true, "xuất bản": true, "phát hành": true, "hội chợ": true, "bà xã": true, "ông xã": true, "ba xa": true, "ong xa": true, "hoi cho": true,
	"thượng đỉnh": true, "đường phố": true, "thuong dinh": true, "duong pho": true,
}

// religions are faiths, named with a capital after a feature word ("chùa Phật giáo").
var religions = map[string]bool{
	"công giáo": true, "phật giáo": true, "tin lành": true, "hồi giáo": true, "thiên chúa": true,
	"cao đài": true, "hòa hảo": true, "chính thống": true, "cong giao": true, "phat giao": true,
}

// kindAt returns the kind of the listed place name starting at token i, or "".
func (r *locRules) kindAt(d *doc, i int) string {
	if n, e := r.names.longest(d, i); n > 0 {
		return e.kind
	}
	return ""
}

// unitLen returns the length of the type word starting at token i, or 0.
func (r *locRules) unitLen(d *doc, i int) int {
	n, _ := r.units.longest(d, i)
	return n
}

// listedLen returns the length of the listed place name starting at token i, or 0.
func (r *locRules) listedLen(d *doc, i int) int {
	n, _ := r.names.longest(d, i)
	return n
}

// startsPlace reports whether a listed place name starts at token i.
func (r *locRules) startsPlace(d *doc, i int) bool {
	n, _ := r.names.longest(d, i)
	return n > 0
}

// canon returns the canonical name of entry e matched at tokens [s, t) when the text there is
// written otherwise ("TP.HCM", "Ha Noi", "Bộ y tế"), or "".
func canon(d *doc, s, t int, e *lexEntry) string {
	c := e.norm
	if c == "" {
		c = e.text
	}
	if d.text[d.toks[s].start:d.toks[t-1].end] == c {
		return ""
	}
	return c
}
