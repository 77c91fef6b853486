// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vietner/vietner/normalize"
)

// orgRules finds ORGANIZATION entities and links their mentions.
//
// Three sources, tried at every token: the gazetteer of named bodies (ministries, party bodies,
// companies, banks, media, clubs, international bodies), a grammar of type words followed by a
// name ("Quỹ dịch vụ viễn thông công ích Việt Nam", "UBND tỉnh Quảng Nam"), and abbreviations the
// text itself defines in parentheses ("Hiệp hội Internet Việt Nam (VIA)").
type orgRules struct {
	gaz   *lexicon // named organizations
	depts *lexicon // ministry and department names after Bộ, Sở, Phòng ("Y tế", "TT&TT")
	types *lexicon // type words; kind holds orgType flags as a string key into typeFlags
	words *lexicon // lower-case words that continue a name
	cues  *lexicon // words before an organization named without a type word; kind "fans" for a club's fans
	first starts   // bit 0: gaz, bit 1: types
}

// Type-word flags.
const (
	otLower     = 1 << iota // may be written in lower case ("báo Tuổi Trẻ", "công ty Apple")
	otLoose                 // when capitalized, the name may start with lower-case name words ("Ban quản lý …")
	otDept                  // takes a ministry or department name ("Bộ", "Sở")
	otSelf                  // an organization by itself ("UBND", "HĐND")
	otPlace                 // the name is a place ("Công an tỉnh …", "Tỉnh ủy Cao Bằng", "đội tuyển Việt Nam")
	otPlaceOnly             // the name is a place and nothing else may start it ("Cổng thông tin điện tử tỉnh Gia Lai")
	otNumbered              // the name is a number and the service the unit belongs to ("Vùng 1 Hải quân")
	otAt                    // the name may end with "tại" and the place the body sits in ("Đại sứ quán Mỹ tại Hà Nội")
)

// orgTypes lists the type words with their flags.
var orgTypes = []struct {
	text  string
	flags int
}{
	{"Bộ", otDept}, {"Sở", otDept}, {"Phòng", otDept | otLoose}, {"Cục", otLoose}, {"Tổng cục", otLoose},
	{"Chi cục", otLoose}, {"Vụ", 0}, {"Viện", otLoose}, {"Ủy ban", otLoose}, {"Ủy ban nhân dân", 0},
	{"UBND", otSelf}, {"HĐND", otSelf}, {"Hội đồng nhân dân", 0}, {"Hội đồng", otLoose},
	{"Văn phòng", otLoose}, {"Ban", otLoose}, {"Quỹ", otLoose}, {"Hiệp hội", otLoose}, {"Hội", otLoose},
	{"Liên đoàn", otLoose}, {"Tổng Liên đoàn", otLoose}, {"Liên hiệp", otLoose}, {"Liên minh", otLoose},
	{"Trung tâm", otLoose}, {"Tổ chức", otLoose}, {"Tổ công tác", otLoose}, {"Công đoàn", otLoose},
	{"Đoàn Luật sư", 0}, {"Đoàn Thanh niên", otLoose}, {"Đoàn đại biểu Quốc hội", otPlace | otSelf},
	{"Mặt trận", otLoose}, {"Thanh tra", 0}, {"Kiểm toán", 0},
	{"công ty", otLower}, {"Công ty", otLoose}, {"Tổng công ty", otLoose}, {"tổng công ty", otLower}, {"công ty cổ phần", otLower},
	{"Công ty Cổ phần", otLoose}, {"công ty TNHH", otLower}, {"công ty CP", otLower}, {"CTCP", 0},
	{"Công ty TNHH MTV", 0}, {"tập đoàn", otLower}, {"ngân hàng", otLower}, {"Ngân hàng TMCP", otLoose},
	{"hãng hàng không", otLower}, {"Nhà máy", otLoose}, {"nhà máy", otLower},
	{"Trường", 0}, {"trường", otLower}, {"Trường Đại học", otLoose}, {"trường Đại học", otLower},
	{"Đại học", 0}, {"ĐH", 0}, {"Trường ĐH", 0}, {"Học viện", 0}, {"học viện", otLower},
	{"Trường Cao đẳng", otLoose}, {"Cao đẳng", 0}, {"Trường THPT", 0}, {"trường THPT", otLower},
	{"THPT", 0}, {"Trường THCS", 0}, {"trường THCS", otLower}, {"THCS", 0}, {"Trường Tiểu học", 0},
	{"trường Tiểu học", otLower}, {"Trường Mầm non", 0}, {"trường Mầm non", otLower},
	{"Bệnh viện", otLoose}, {"bệnh viện", otLower}, {"BV", 0}, {"BVĐK", 0}, {"Phòng khám", otLoose}, {"phòng khám", otLower}, {"TTYT", 0},
	{"quán karaoke", otLower}, {"quán bar", otLower},
	{"Trạm Y tế", 0}, {"Trung tâm Y tế", 0},
	{"Tòa án", otLoose}, {"Tòa án nhân dân", otPlace}, {"TAND", otSelf | otPlace}, {"Tòa", 0},
	{"Viện Kiểm sát", otLoose}, {"Viện Kiểm sát nhân dân", otPlace}, {"Viện KSND", otPlace},
	{"VKSND", otSelf | otPlace}, {"Công an", otPlace}, {"công an", otLower | otPlace},
	{"Cơ quan cảnh sát điều tra", otPlace}, {"Cơ quan CSĐT", otPlace}, {"Cảnh sát", 0},
	{"CAQ", otPlace}, {"CATP", otPlace}, {"CAH", otPlace}, {"CAT", otPlace},
	{"Bộ Tư lệnh", otLoose}, {"BTL", otLoose}, {"Bộ Chỉ huy", otLoose}, {"Cảnh sát biển", otSelf | otPlace},
	{"Vùng", otNumbered}, {"Vùng Cảnh sát biển", 0}, {"Cơ quan điều tra", 0},
	{"Đội CSGT", otNumbered}, {"đội CSGT", otLower | otNumbered}, {"Đội Cảnh sát giao thông", otNumbered},
	{"đội Cảnh sát giao thông", otLower | otNumbered}, {"Bộ đội Biên phòng", otPlace},
	{"Quân đội", otPlace}, {"quân đội", otLower | otPlace}, {"Quân khu", 0}, {"Hải quân", otPlace},
	{"Không quân", otPlace}, {"Sư đoàn", otLoose}, {"Lữ đoàn", otLoose}, {"Hải quân", otSelf},
	{"Thành đoàn", otPlace | otSelf}, {"Tỉnh đoàn", otPlace | otSelf}, {"Giáo hội", otLoose},
	{"ban", otLower}, {"Trung tâm Phát thanh - Truyền hình", otLoose},
	{"Tỉnh ủy", otPlace | otSelf}, {"Thành ủy", otPlace | otSelf}, {"Huyện ủy", otPlace | otSelf}, {"Quận ủy", otPlace | otSelf},
	{"Đoàn ĐBQH", otPlace | otSelf}, {"đoàn đại biểu Quốc hội", otLower | otPlace | otSelf}, {"đoàn ĐBQH", otLower | otPlace | otSelf}, {"đoàn Đại biểu Quốc hội", otLower | otPlace | otSelf},
	{"Đảng ủy", otLoose}, {"Đảng bộ", otLoose | otPlace}, {"Đảng", 0}, {"đảng", otLower},
	{"báo", otLower}, {"Báo", 0}, {"tạp chí", otLower}, {"Tạp chí", otLoose},
	{"đài", otLower}, {"Đài", otLoose}, {"Đài Truyền hình", otLoose}, {"Đài Phát thanh", otLoose},
	{"Đài Phát thanh và Truyền hình", otPlace}, {"Đài Phát thanh - Truyền hình", otPlace}, {"Đài Phát thanh – Truyền hình", otPlace}, {"Thông tấn xã", 0},
	{"Nhà xuất bản", otLoose}, {"NXB", 0}, {"Cổng tin tức", otLoose}, {"BCĐ", otLoose},
	{"CSGT", otPlace}, {"Cảnh sát giao thông", otPlace}, {"Phòng CSGT", otPlace}, {"Bảo tàng", otLoose},
	{"Câu lạc bộ", 0}, {"câu lạc bộ", otLower}, {"CLB", 0}, {"clb", otLower},
	{"đội tuyển", otLower | otPlace}, {"Đội tuyển", otPlace}, {"tuyển", otLower | otPlace},
	{"ĐT", otPlace}, {"Olympic", otPlace},
	{"Hợp tác xã", 0}, {"HTX", 0},
	{"Cổng thông tin điện tử", otPlace | otPlaceOnly}, {"Cổng thông tin", otPlace | otPlaceOnly},
	// missions abroad and the courts of appeal, named with the place they sit in
	{"Đại sứ quán", otPlace | otAt}, {"đại sứ quán", otLower | otPlace | otAt}, {"Tổng Lãnh sự quán", otPlace | otAt},
	{"tổng lãnh sự quán", otLower | otPlace | otAt}, {"Lãnh sự quán", otPlace | otAt}, {"lãnh sự quán", otLower | otPlace | otAt},
	{"Phái đoàn", otLoose | otAt}, {"TAND cấp cao", otSelf | otAt}, {"Tòa án nhân dân cấp cao", otSelf | otAt},
	{"VKSND cấp cao", otSelf | otAt}, {"Viện Kiểm sát nhân dân cấp cao", otSelf | otAt}, {"Viện KSND cấp cao", otSelf | otAt},
	{"Cơ quan", 0},
	// heads of the probe sentences of round 7: abbreviated and private companies, lower-case schools
	// and people's committees, units of the armed forces, border guard and forest rangers, prisons
	{"Cty", otLoose}, {"cty", otLower}, {"Cty TNHH", otLoose}, {"Cty CP", otLoose}, {"Cty TNHH MTV", 0},
	{"Doanh nghiệp tư nhân", otLoose}, {"doanh nghiệp tư nhân", otLower}, {"DNTN", 0},
	{"trường đại học", otLower}, {"trường tiểu học", otLower}, {"trường mầm non", otLower}, {"trường cao đẳng", otLower},
	{"ủy ban nhân dân", otLower | otPlace}, {"uỷ ban nhân dân", otLower | otPlace},
	{"Trung đoàn", otLoose}, {"Tiểu đoàn", otLoose}, {"Đồn Biên phòng", otLoose}, {"đồn biên phòng", otLower},
	{"Hạt Kiểm lâm", otPlace}, {"hạt kiểm lâm", otLower | otPlace}, {"Trại giam", 0}, {"trại giam", otLower},
	// the social insurance and the national universities with their place ("BHXH TP.HCM", "ĐHQG Hà Nội");
	// bare, "BHXH" is the insurance itself ("đóng BHXH")
	{"BHXH", otPlace}, {"Bảo hiểm xã hội", otPlace}, {"ĐHQG", otPlace},
	// party bodies named by the body they lead or belong to ("Ban cán sự đảng Chính phủ", "Đảng đoàn
	// Quốc hội", "UBKT Tỉnh ủy Đồng Nai")
	{"Ban cán sự đảng", otLoose}, {"Đảng đoàn", otLoose}, {"UBKT", otLoose},
	{"Cảng vụ Hàng hải", otPlace},
}

// typeWordRefs are the type words whose bare use after a named organization of the same type
// word is reported as a reference mention ("Hiệp hội đã …").
var typeWordRefs = map[string]bool{
	"bo": true, "hiep hoi": true, "so": true, "cuc": true, "quy": true, "ngan hang": true,
	"tap doan": true, "cong ty": true, "vien": true, "truong": true, "benh vien": true, "hoi": true,
	"tong cong ty": true, "ban": true,
}

func newOrgRules(n normalize.Normalizer, extra []GazetteerEntry) (*orgRules, error) {
	r := &orgRules{gaz: newLexicon(), depts: newLexicon(), types: newLexicon(), words: newLexicon(), cues: newLexicon()}
	for _, c := range orgCues {
		addAll(r.cues, n, c, lexEntry{typ: Organization})
	}
	for _, c := range fanCues {
		addAll(r.cues, n, c, lexEntry{typ: Organization, kind: "fans"})
	}
	// One entry per type word: spellings that differ in capitals share their flags, and the one
	// with the fewest capitals is listed, so that "quân đội Mỹ" and "Quân đội Nga" both match.
	merged := map[string]int{}
	for _, t := range orgTypes {
		merged[strings.ToLower(t.text)] |= t.flags
	}
	var types phraseList
	for _, t := range orgTypes {
		types.add(n, t.text, lexEntry{typ: Organization, kind: flagKey(merged[strings.ToLower(t.text)])})
	}
	types.build(r.types)
	var gaz, depts phraseList
	for _, g := range extra {
		gaz.add(n, g.Text, lexEntry{typ: Organization, norm: g.Norm})
	}
	err := readTSV("data/organizations.tsv", func(f []string) {
		e := lexEntry{typ: Organization, norm: field(f, 1), from: field(f, 2), until: field(f, 3), kind: field(f, 4)}
		text := field(f, 0)
		if e.kind == "dept" {
			depts.add(n, text, e)
			if strings.Contains(text, " - ") { // "Lao động – Thương binh và Xã hội", "Lao động-Thương binh …"
				depts.add(n, strings.ReplaceAll(text, " - ", " – "), e)
				depts.add(n, strings.ReplaceAll(text, " - ", "-"), e)
			}
			// the ministry itself, as listed and with its name in lower case ("Bộ y tế")
			full := lexEntry{typ: Organization, norm: "Bộ " + e.norm, from: e.from, until: e.until}
			gaz.add(n, "Bộ "+text, full)
			if low := strings.ToLower(text); low != text && !isAcronym(text) {
				gaz.add(n, "Bộ "+low, full)
			}
			return
		}
		gaz.add(n, text, e)
	})
	if err != nil {
		return nil, err
	}
	gaz.build(r.gaz)
	depts.build(r.depts)
	err = readTSV("data/organizations_words.txt", func(f []string) {
		addAll(r.words, n, field(f, 0), lexEntry{typ: Organization})
	})
	if err != nil {
		return nil, err
	}
	r.first = newStarts(stOrg, r.gaz, r.types)
	return r, nil
}

// isAcronym reports whether s has no lower-case letter ("TT&TT", "GD-ĐT").
func isAcronym(s string) bool { return strings.ToUpper(s) == s }

// flagKey spells type-word flags as a lexEntry kind: one byte, which holds the eight flags (an
// offset such as 'a' + f would wrap past 255 once otAt and otPlaceOnly are set together).
func flagKey(f int) string { return string([]byte{byte(f)}) }

// flagsOf reads the flags back.
func flagsOf(e *lexEntry) int { return int(e.kind[0]) }

// orgScan is the per-document state of the organization finder.
type orgScan struct {
	d      *doc
	head   int     // the token where the type word of the name being walked starts
	locEnd []int32 // locEnd[i] > i: a LOCATION span found by locRules covers [i, locEnd[i])
	bits   []uint8 // bits[i]: which lexicons have a phrase starting at token i (see orgRules.first)
}

// find adds the ORGANIZATION spans of d.
func (r *orgRules) find(d *doc) {
	sc := orgScan{d: d}
	if d.sc != nil {
		sc.locEnd, sc.bits = reuse(&d.sc.locEnd, len(d.toks)+1), reuse(&d.sc.orgBits, len(d.toks))
	} else {
		sc.locEnd, sc.bits = make([]int32, len(d.toks)+1), make([]uint8, len(d.toks))
	}
	for i := range d.toks {
		if d.toks[i].kind == tWord {
			sc.bits[i] = r.first.at(d, i)
		}
	}
	for _, sp := range d.spans {
		if sp.typ == Location && int32(sp.e) > sc.locEnd[sp.s] {
			sc.locEnd[sp.s] = int32(sp.e)
		}
	}
	first := len(d.spans)
	for i := 0; i < len(d.toks); {
		t := &d.toks[i]
		if t.kind == tPunct || sc.bits[i] == 0 && !(t.is(fHasDigit) && t.kind == tWord) {
			i++
			continue
		}
		e, norm := r.at(&sc, i)
		if e <= i {
			i++
			continue
		}
		d.add(span{typ: Organization, s: i, e: e, norm: norm})
		dropPlace(d, i, e) // "Liverpool", "Barcelona": the club, not also the city
		i = e
	}
	r.abbreviations(d, first)
	r.sources(&sc)
	r.matches(&sc)
	r.tickers(&sc)
	r.afterCues(&sc)
	r.english(&sc)
	r.references(&sc, first)
}

// at matches an organization starting at token i and returns its end (or i) and canonical name.
func (r *orgRules) at(sc *orgScan, i int) (int, string) {
	d := sc.d
	end, norm := i, ""
	if sc.bits[i]&1 != 0 && !docNumber(d, i) {
		if n, ent := r.gaz.longest(d, i); n > 0 && r.gazOK(d, i, n, ent) {
			end, norm = i+n, canon(d, i, i+n, ent)
			// "Microsoft Việt Nam", "VCCI Cần Thơ", "Sở Y tế Hà Nội"
			if le := int(sc.locEnd[end]); le > end && !d.toks[end].is(fLineStart) && d.toks[end].kind == tWord && ent.kind != "platform" {
				end, norm = le, ""
			}
		}
	}
	if sc.bits[i]&2 == 0 {
		// no type word here
	} else if e, nm := r.grammar(sc, i); e > end && int(sc.locEnd[i]) < e {
		// (a place written the same way wins: "Trường Sa", "Hội An", "Đài Loan")
		end, norm = e, nm
	}
	if e := r.team(sc, i); e > end {
		end, norm = e, ""
	}
	return end, norm
}

// docNumber reports whether token i ends a document number ("3249/QĐ-UBND", "36/2014/TT-NHNN"):
// a code joined by "-" or "/" to a code or number before it.
func docNumber(d *doc, i int) bool {
	if i < 2 || !d.adjacent(i-1) || !d.adjacent(i-2) || (d.word(i-1) != "-" && d.word(i-1) != "/") {
		return false
	}
	p := &d.toks[i-2]
	return p.kind == tNum || p.is(fAllCaps) || len(d.word(i-2)) == 1 && p.is(fUpper)
}

// dropPlace removes a LOCATION span over exactly tokens [s, e), which an organization now covers.
func dropPlace(d *doc, s, e int) {
	if k := exactSpan(d, Location, 0, len(d.spans), s, e); k >= 0 {
		d.spans = append(d.spans[:k], d.spans[k+1:]...)
	}
}

// gazOK rejects gazetteer matches that name a product ("Toyota Aygo X", "HNX-Index"), a platform
// as a place ("trên Facebook"), or a short word in a headline written in capitals.
func (r *orgRules) gazOK(d *doc, i, n int, e *lexEntry) bool {
	if n == 1 && d.toks[i].is(fCapsLine) && !d.toks[i].is(fHasDigit) && len(d.word(i)) <= 3 {
		return false // "AP", "UN" … in a headline written in capitals
	}
	if j := i + n; j < len(d.toks) && !d.toks[j].is(fLineStart) && !d.toks[i].is(fCapsLine) {
		nx := &d.toks[j]
		score := nx.kind == tNum && j+2 < len(d.toks) && d.adjacent(j) && d.word(j+1) == "-" // "Arsenal 3-1 Aston Villa"
		if nx.kind != tPunct && nx.is(fSpaceBefore) && (nx.is(fUpper|fAllCaps) && n == 1 || nx.is(fHasDigit) && !score) && !nx.is(fSentStart) && e.norm == e.text {
			// a model name after a brand: "Xiaomi Redmi 10", "Audi S8" (a place after it is fine)
			if m, _ := r.types.longest(d, j); m == 0 && !d.x.locs.startsPlace(d, j) && !r.personAhead(d, j) && !r.gazAhead(d, j) {
				// (a person or another organization after it is fine too: "cựu Chủ tịch Coteccons Nguyễn Bá
				// Dương", "vaccine Pfizer BioNTech")
				return false
			}
		}
		if nx.kind == tPunct && !nx.is(fSpaceBefore) && (d.word(j) == "-" || d.word(j) == "–") && j+1 < len(d.toks) &&
			d.toks[j+1].kind == tWord && !d.toks[j+1].is(fSpaceBefore) && !r.gazAhead(d, j+1) {
			return false // "HNX-Index" (but two makers: "Pfizer-BioNTech", "Oxford-AstraZeneca")
		}
	}
	if e.kind == "surname" && n == 1 && i > 0 && !d.toks[i].is(fLineStart) && d.toks[i-1].kind == tWord &&
		d.vw[i-1].pcls&(wForeignGiven|wAddress) != 0 && (d.toks[i-1].is(fUpper) || d.vw[i-1].pcls&wAddress != 0) {
		return false // a brand named after its founder, after a first name or a form of address: "Harrison Ford", "ông Ford"
	}
	if e.kind == "unit" && (i > 0 && d.toks[i-1].kind == tNum || d.adjacent(i) && d.word(i+1) == "/") {
		return false // a unit: "512 MB", "MB/s"
	}
	if e.kind == "party" && i+n < len(d.toks) && partyCompounds[d.form(i+n)] {
		return false // "Đảng viên", "Đảng bộ"
	}
	if e.kind == "platform" && i > 0 && platformPlace[d.form(i-1)] {
		return false
	}
	return true
}

// gazAhead reports whether a gazetteer organization starts at token k.
func (r *orgRules) gazAhead(d *doc, k int) bool {
	m, _ := r.gaz.longest(d, k)
	return m > 0
}

// verbWords are name words that, first after a bare type word, are rather the verb of the sentence.
var verbWords = map[string]bool{
	"phat trien": true, "hop tac": true, "dau tu": true, "xay dung": true, "quan ly": true,
	"bao ve": true, "nghien cuu": true, "san xuat": true, "kinh doanh": true, "phuc hoi": true,
	"phong chong": true, "dieu phoi": true, "tim kiem": true, "ung pho": true, "van dong": true,
	"thanh toan": true, "tu van": true, "thiet ke": true, "xuat khau": true, "nhap khau": true,
	"phan phoi": true, "hoi nhap": true, "xuc tien": true, "cuu tro": true, "bao tro": true,
}

// typeCompounds are words that end in a lower-case type word without being one.
var typeCompounds = map[string]bool{
	"nhà báo": true, "thị trường": true, "môi trường": true, "hiện trường": true, "chiến trường": true,
	"quảng trường": true, "công trường": true, "lập trường": true, "thương trường": true,
	"thông báo": true, "cảnh báo": true, "dự báo": true, "tình báo": true, "họa báo": true,
	"nha bao": true, "thi truong": true, "moi truong": true, "hien truong": true,
	"hậu trường": true, "đấu trường": true, "ngư trường": true, "phi trường": true, "pháp trường": true,
	"thao trường": true, "sân trường": true, "quan trường": true, "hau truong": true, "dau truong": true,
	"quang truong": true, "cong truong": true, "chien truong": true,
}

// partyCompounds are words that make "Đảng" a common noun or another body.
var partyCompounds = map[string]bool{
	"viên": true, "bộ": true, "ủy": true, "uỷ": true, "phí": true, "tịch": true, "kỳ": true,
	"đoàn": true, "vụ": true, "vien": true, "bo": true, "uy": true, "phi": true, "tich": true,
}

// platformPlace are words after which a platform is a place to publish, not an organization. An
// account or an app of a platform ("tài khoản Facebook", "ứng dụng Zalo") names the company's
// service, as the corpus annotates it: "khoản" and "dụng" are not here.
var platformPlace = map[string]bool{
	"trên": true, "trang": true, "kênh": true, "fanpage": true,
	"hội": true, "tren": true, "qua": true, "rừng": true, "rung": true, "lên": true, "len": true, "group": true, "nhóm": true,
}

// isAgeTeam reports whether w names an age group: "U23", "U16".
func isAgeTeam(w string) bool {
	return len(w) == 3 && (w[0] == 'U' || w[0] == 'u') && w[1] >= '0' && w[1] <= '9' && w[2] >= '0' && w[2] <= '9'
}

// team matches a national or age team: "U23 Việt Nam".
func (r *orgRules) team(sc *orgScan, i int) int {
	d := sc.d
	if !isAgeTeam(d.word(i)) {
		return i
	}
	j := i + 1
	if j < len(d.toks) && !d.toks[j].is(fLineStart) {
		if le := int(sc.locEnd[j]); le > j && d.key(j) != "chau" {
			return le
		}
	}
	return i
}

// grammar matches a type word and the name after it. A mission abroad or a court of appeal takes
// "tại" and the place it sits in: "Đại sứ quán Việt Nam tại Nhật Bản", "TAND cấp cao tại Hà Nội".
func (r *orgRules) grammar(sc *orgScan, i int) (int, string) {
	d := sc.d
	n, te := r.types.longest(d, i)
	if n == 0 {
		return i, ""
	}
	flags := flagsOf(te)
	e, norm := r.typed(sc, i, n, flags)
	if flags&otAt != 0 && e > i && e+1 < len(d.toks) && (d.form(e) == "tại" || d.form(e) == "tai") && int(sc.locEnd[e+1]) > e+1 {
		return int(sc.locEnd[e+1]), ""
	}
	return e, norm
}

// typed matches the type word of n tokens at i, with its flags, and the name after it.
func (r *orgRules) typed(sc *orgScan, i, n, flags int) (int, string) {
	d := sc.d
	capType := d.toks[i].is(fUpper | fAllCaps)
	if !capType && flags&otLower == 0 && !d.lower {
		return i, ""
	}
	j := i + n
	if j >= len(d.toks) || d.toks[j].is(fLineStart) {
		if flags&otSelf != 0 {
			return j, ""
		}
		return i, ""
	}
	if docNumber(d, i) {
		return i, "" // "3249/QĐ-UBND"
	}
	if flags&otNumbered != 0 {
		return r.numbered(sc, i, j), ""
	}
	if (n == 2 && d.key(i) == "doi" && d.key(i+1) == "tuyen") || (n == 1 && (d.key(i) == "tuyen" || d.word(i) == "ĐT")) {
		j = teamKinds(d, j) // "Đội tuyển bóng đá nữ Việt Nam", "tuyển futsal Việt Nam"
		if j >= len(d.toks) {
			return i, ""
		}
	}
	if capType && workBefore(d, i) {
		return i, "" // "bom tấn Trường Tân Hồ", "phim “Học viện …”" are titles of works
	}
	if i > 0 && !capType && typeCompounds[d.form(i-1)+" "+d.form(i)] {
		return i, "" // "nhà báo" is a journalist, "thị trường Việt Nam" a market
	}
	if flags&otSelf != 0 && j+1 < len(d.toks) && (d.form(j+1) == "này" || d.form(j+1) == "nay") {
		return i, "" // "UBND tỉnh này" refers back to a body named before
	}
	if flags&otSelf != 0 && (d.form(j) == "các" || d.form(j) == "những" || d.form(j) == "cấp") {
		return i, "" // "UBND các tỉnh": no one body
	}
	if flags&otDept != 0 {
		if m, de := r.depts.longest(d, j); m > 0 {
			e := j + m
			norm := ""
			if de.norm != "" {
				norm = d.word(i) + " " + de.norm
				if n > 1 || norm == d.text[d.toks[i].start:d.toks[e-1].end] {
					norm = ""
				}
			}
			if le := int(sc.locEnd[e]); le > e && d.toks[e].kind == tWord {
				return le, "" // "Sở Y tế Hà Nội"
			}
			if e < len(d.toks) && (d.word(e) == "-" || d.word(e) == "–") && !d.adjacent(e-1) && r.dashedAhead(sc, e) {
				goto walk // "Sở Văn hóa - Thể thao tỉnh Bình Định": the name goes on
			}
			if e >= len(d.toks) {
				return e, norm
			}
			if m := bareUnit(d, e); m > 0 && n == 1 && d.form(i) != "bộ" && d.form(i) != "bo" {
				return e + m, "" // "Phòng Nông nghiệp và Phát triển nông thôn huyện"
			}
			return e, norm
		}
	}
walk:
	if !capType && d.toks[j].kind == tNum {
		return i, "" // "Tổng đài 1022"
	}
	sc.head = i
	e, strong := r.name(sc, j, capType, flags)
	if (d.form(i) == "báo" || d.form(i) == "bao") && e+1 < len(d.toks) && (d.form(e) == "điện" || d.form(e) == "dien") &&
		(d.form(e+1) == "tử" || d.form(e+1) == "tu") {
		e += 2 // "Báo Hà Nam điện tử"
	} else if (d.form(i) == "báo" || d.form(i) == "bao") && e < len(d.toks) && d.form(e) == "online" {
		e++ // "Báo Vĩnh Long online"
	}
	if e > j && !strong && capType && flags&otLoose != 0 && !d.toks[i].is(fAllCaps) && d.toks[j].kind == tWord && !d.toks[j].is(fUpper) {
		// a body named in lower case: "Cục điện ảnh", "Hội đồng thẩm định liên ngành", but not a
		// bare type word before a verb ("Hiệp hội phát triển bền vững", "Ban quản lý các khu …")
		if m, _ := r.words.longest(d, j); m > 0 && !verbWords[keyOf(d, j, m)] {
			strong = true
		}
	}
	if e == j || !strong {
		if flags&otSelf != 0 {
			return j, ""
		}
		return i, ""
	}
	if flags&otPlace != 0 && int(sc.locEnd[j]) != e && !d.toks[j].is(fUpper|fAllCaps) && bareUnit(d, j) == 0 {
		return i, ""
	}
	if flags&otPlaceOnly != 0 {
		if int(sc.locEnd[j]) <= j {
			return i, "" // "Cổng thông tin điện tử Sở Giáo dục …": the portal of a body named on its own
		}
		if e+1 < len(d.toks) && (d.word(e) == "-" || d.word(e) == "–") {
			// "Cổng thông tin điện tử huyện Cẩm Xuyên - Hà Tĩnh" ends a line with the province
			if le := int(sc.locEnd[e+1]); le > e+1 && (le == len(d.toks) || d.toks[le].is(fLineStart)) {
				e = le
			}
		}
	}
	switch d.form(i) {
	case "báo", "bao":
		if int(sc.locEnd[j]) == e && d.x.locs.kindAt(d, j) == "country" {
			return i, "" // "báo Mỹ": the press of a country
		}
	case "công", "cong", "tập", "tap", "ngân", "ngan", "hãng", "hang", "nhà", "nha":
		if (!capType || d.toks[i].is(fSentStart|fLineStart)) && int(sc.locEnd[j]) == e && d.x.locs.kindAt(d, j) == "country" {
			return i, "" // "các công ty Nhật Bản", "Ngân hàng Mỹ …" opening a sentence: the firms of a country
		}
	case "trường", "truong":
		if n == 1 && e-j < 2 && !d.toks[j].is(fAllCaps) {
			return i, "" // "Trường Giang" is a name
		}
		if n == 1 && d.folded && r.personAhead(d, i) {
			return i, "" // "Truong Minh Tuan": without diacritics, rather Trương, a surname
		}

	}
	return e, ""
}

// teamSports are the sports and the sex that stand between a team word and its country ("Đội
// tuyển bóng đá nữ Việt Nam"), word by word without diacritics.
var teamSports = [][]string{
	{"nu"}, {"nam"}, {"futsal"}, {"bong", "da"}, {"bong", "chuyen"}, {"bong", "ro"}, {"bong", "ban"},
	{"bong", "nem"}, {"cau", "long"}, {"dien", "kinh"}, {"boi"}, {"boi", "loi"}, {"quan", "vot"},
	{"co", "vua"}, {"ban", "sung"}, {"the", "duc", "dung", "cu"}, {"bong", "da", "bai", "bien"},
}

// teamKinds skips the lower-case sports and sex after a team word from token j and returns where
// the team's country may start.
func teamKinds(d *doc, j int) int {
	for {
		m := 0
		for _, p := range teamSports {
			if len(p) > m && j+len(p) <= len(d.toks) && lowerWords(d, j, p) {
				m = len(p)
			}
		}
		if m == 0 {
			return j
		}
		j += m
	}
}

// lowerWords reports whether the tokens from j are the lower-case words p, by their keys.
func lowerWords(d *doc, j int, p []string) bool {
	for x, w := range p {
		t := &d.toks[j+x]
		if t.kind != tWord || t.is(fUpper|fAllCaps|fLineStart) || d.key(j+x) != w {
			return false
		}
	}
	return true
}

// workWords name creative works: a capitalized phrase after them is a title ("phim Trường Tân Hồ").
var workWords = map[string]bool{
	"phim": true, "tấn": true, "show": true, "MV": true, "mv": true, "khúc": true, "hát": true,
	"thuyết": true, "sách": true, "truyện": true, "game": true, "gameshow": true, "series": true,
	"tập": true, "album": true, "vở": true, "kịch": true, "bom": true,
}

// workBefore reports whether token i follows a word naming a creative work, or an opening quote
// after one ("bộ phim “Trường …”").
func workBefore(d *doc, i int) bool {
	k := i - 1
	if k >= 0 && d.toks[k].kind == tPunct && openQuote(d.word(k)) {
		k--
	}
	return k >= 0 && d.toks[k].kind == tWord && workWords[d.low(k)]
}

// name walks the name of an organization from token j and returns its end and whether it holds
// a token that makes it a name (a capital, an acronym, a number or a place).
func (r *orgRules) name(sc *orgScan, j int, capType bool, flags int) (int, bool) {
	d := sc.d
	e, strong, afterPlace, words, capRun := j, false, false, 0, 0
	plain := false // the last capitalized word is a proper name, no field of a name ("Viettel", "FPT")
	capsLine := d.toks[j].is(fCapsLine)
	for k := j; k < len(d.toks) && k-j < 16; {
		t := &d.toks[k]
		if t.is(fLineStart) || (k > j && t.is(fSentStart) && t.kind != tNum) {
			break
		}
		if le := int(sc.locEnd[k]); le > k && t.kind != tPunct {
			k, e, strong, afterPlace = le, le, true, true
			words++
			continue
		}
		if afterPlace && !(t.kind == tPunct && (d.word(k) == "-" || d.word(k) == "–") && capType && !capsLine && r.dashedAhead(sc, k)) &&
			!(capType && !capsLine && r.nameAfterPlace(sc, k)) {
			break
		}
		afterPlace = false
		upper := t.kind == tWord && t.is(fUpper|fAllCaps) && !capsLine
		run := capRun // capitalized words right before this one
		if upper {
			capRun++
		} else if t.kind == tWord {
			capRun = 0
		}
		switch {
		case t.kind == tNum && k+1 < len(d.toks) && quantityWords[d.form(k+1)]:
			return e, strong
		case t.kind == tNum || (t.kind == tWord && t.is(fHasDigit)):
			if words == 0 && d.toks[k].is(fHasDigit) && t.kind == tNum && flags&otLoose != 0 && !capType {
				return e, strong
			}
			k++
			e, strong = k, true
			words++
			if m := serviceAt(d, k); m > 0 {
				k += m // "Lữ đoàn 189 Hải quân": a unit and the service it belongs to
				e = k
				continue
			}
			if k < len(d.toks) && d.toks[k].kind == tWord && d.toks[k].is(fSpaceBefore) && sc.locEnd[k] <= int32(k) && bareUnit(d, k) == 0 && policeAfter(sc, k) == 0 {
				return e, strong // "Nhà máy Nhiệt điện Vĩnh Tân 4", not "… khu vực 3 Tập trung …"; "Phòng PC02 Công an TP Hà Nội" goes on
			}
			continue
		case t.kind == tPunct:
			w := d.word(k)
			if (w == "&" || w == "-" || w == "'" || w == "’" || w == "+") && words > 0 && d.adjacent(k-1) && d.adjacent(k) &&
				k+1 < len(d.toks) && d.toks[k+1].kind != tPunct {
				k++
				continue
			}
			if w == "," && capType && words > 0 && e == k && !capsLine && (r.enumAhead(sc, k) || r.enumLowerAhead(sc, k)) {
				k++ // "Sở Văn hóa, Thể thao và Du lịch", "Cục Chất lượng, Chế biến và Phát triển thị trường"
				continue
			}
			if (w == "-" || w == "–") && capType && words > 0 && e == k && !capsLine && r.dashedAhead(sc, k) {
				k++ // "Tập đoàn Công nghiệp – Viễn thông Quân đội", "Hội đồng Kinh doanh Hoa Kỳ - ASEAN"
				continue
			}
			if w == "(" && capType && e == k && !capsLine && innerAbbrev(d, sc.head, k) {
				k += 3 // "Bộ Tư lệnh (BTL) Vùng Cảnh sát biển 1", "Bệnh viện Trung ương (TW) Quân đội 108"
				continue
			}
		case upper:
			if m := bareUnit(d, k); m > 0 && words > 0 {
				return k + m, true // "Ban Giám đốc Công an Thành phố"
			}
			if words == 0 && !r.namedAfterPeople(d, sc.head) && r.personAhead(d, k) && !r.gazAhead(d, k) {
				return e, strong // "Bí thư Thành ủy Lê Quang Mạnh", "Trưởng Ban Nguyễn Văn A"
			}
			plain = false
			if words > 0 && r.holderAt(sc, k, false) && !(d.toks[k-1].kind == tWord && !d.toks[k-1].is(fUpper|fAllCaps) && r.namedAfterPeople(d, sc.head)) {
				// "Ban Tuyên giáo Trung ương Lại Xuân Môn", "Ngân hàng BIDV Trần Long", "Tập đoàn Alibaba
				// Joseph Tsai": the holder of a post in the body, not its name (but "Trường THPT chuyên Lê
				// Hồng Phong")
				return e, strong
			}
			if m, _ := r.types.longest(d, k); m > 1 && k+m <= len(d.toks) {
				k += m // "Ban thường vụ Tỉnh ủy …"
			} else if m, _ := r.gaz.longest(d, k); m > 1 {
				k += m // "Ban Tôn giáo Chính phủ", "Văn phòng Quốc hội"
			} else if m, _ := r.words.longest(d, k); m > 1 {
				k += m // "Y tế", "Chương trình"
			} else if words > 0 && r.personAhead(d, k) && !r.holderAt(sc, k+1, false) && !r.holderAt(sc, k+2, false) {
				return e, strong // (but "Bệnh viện Bạch Mai Đào Xuân Cơ": the holder starts later)
			} else {
				k++
				// a proper name, unless a second syllable makes it a field ("Điều dưỡng", "Nhiệt
				// điện", "Lịch sử": a capitalized word and its second syllable)
				plain = !r.partner(sc, k)
				if !plain {
					k++
				}
			}
			e, strong = k, true
			words++
			continue
		case t.kind == tWord:
			if d.form(k) == "và" || d.form(k) == "va" {
				if words == 0 || !capType || k+1 >= len(d.toks) {
					return e, strong
				}
				nx := &d.toks[k+1]
				if m, _ := r.types.longest(d, k+1); m > 0 {
					if w, _ := r.words.longest(d, k+1); w <= m {
						return e, strong // "Bộ Y tế và Bộ Tài chính", not "… Kiểm soát và Phòng ngừa dịch bệnh"
					}
				}
				if d.toks[k-1].is(fAllCaps) && len(d.word(k-1)) > 1 && !d.toks[k-1].is(fCapsLine) {
					return e, strong // "Tập đoàn FPT và McKinsey": two companies
				}
				if sc.locEnd[k+1] > int32(k+1) || (!nx.is(fUpper) && !r.isWord(d, k+1)) {
					return e, strong
				}
				k++
				continue
			}
			if (d.form(k) == "về" || d.form(k) == "ve") && words > 0 && capType && k+1 < len(d.toks) {
				if m, _ := r.words.longest(d, k+1); m > 1 || m > 0 && (d.form(k+1) == "phòng" || d.form(k+1) == "phong") {
					k++ // "Ban Chỉ đạo Quốc gia về phòng, chống thiên tai", "Cục Cảnh sát quản lý hành chính về trật tự xã hội"
					continue
				}
			}
			if m := bareUnit(d, k); m > 0 && (words > 0 || flags&(otSelf|otPlace) != 0) {
				return k + m, true // "UBND tỉnh", "Đoàn ĐBQH tỉnh", "Trung tâm kiểm soát bệnh tật tỉnh"
			}
			if words == 0 && (!capType || flags&otLoose == 0) {
				return e, strong
			}
			if !capType && !strong {
				return e, strong
			}
			if run >= 3 {
				return e, strong // "Tập đoàn Tân Á Đại Thành hợp tác …": a name in capitals ends there
			}
			if plain && run > 0 {
				return e, strong // "Tập đoàn Viettel phát triển mạng 5G": a verb after the proper name
			}
			if m, _ := r.words.longest(d, k); m > 0 && !r.repeated(d, j, k, m) {
				k += m
				e = k
				words++
				continue
			}
		}
		break
	}
	return e, strong
}

// nameAfterPlace reports whether the capitalized words at k go on a name after the place it holds:
// "Ngân hàng TMCP Sài Gòn Thương Tín", "Báo Sài Gòn Giải Phóng": two capitalized words, each no type word,
// place, person or listed organization, then the end of the name.
func (r *orgRules) nameAfterPlace(sc *orgScan, k int) bool {
	d := sc.d
	if k > 0 && d.toks[k-1].is(fAllCaps) && len(d.word(k-1)) > 1 {
		return false // a place written in capitals: a line of them ("TRUNG TÂM QUẬN LONG BIÊN SẦM UẤT")
	}
	n := 0
	for m := k; m < len(d.toks) && m < k+3; m++ {
		t := &d.toks[m]
		if t.kind != tWord || !t.is(fUpper|fAllCaps) || t.is(fLineStart|fSentStart) || t.is(fHasDigit) || sc.locEnd[m] > int32(m) {
			break
		}
		if !t.is(fVietSyllable) && !t.is(fAllCaps) {
			return false // "UBND tỉnh Gia Lai Kpă Thuyên": a holder's name of another shape, not the body's
		}
		if w, _ := r.types.longest(d, m); w > 0 {
			return false
		}
		if w, _ := r.gaz.longest(d, m); w > 0 {
			return false
		}
		if r.personAhead(d, m) || m == k && r.holderAt(sc, m, true) {
			return false // "HĐND tỉnh Đồng Nai Thái Bảo"
		}
		n++
	}
	if n != 2 {
		return false
	}
	e := k + n
	return e >= len(d.toks) || d.toks[e].kind == tPunct || !d.toks[e].is(fUpper|fAllCaps)
}

// holderAt reports whether the capitalized words from k to the end of their run name the holder of
// a post in the body being walked, by the people rules' word classes: a Vietnamese surname and two or
// three more syllables ("… Trung ương Lại Xuân Môn", "Bệnh viện Bạch Mai Đào Xuân Cơ": of four, the
// name starts at the last surname that leaves three), or a foreign first name and one or two names
// ("Ngân hàng Techcombank Jens Lottner"). Right after a listed organization, an abbreviation or a place
// (afterPlace), a surname and one given name are enough ("Ban Bí thư Lương Cường", "Ngân hàng BIDV
// Trần Long", "HĐND tỉnh Đồng Nai Thái Bảo"). The run must end there, before a lower-case word or
// punctuation: "Tập đoàn Hoàng Anh Gia Lai" goes on into its place.
func (r *orgRules) holderAt(sc *orgScan, k int, afterPlace bool) bool {
	d := sc.d
	if k >= len(d.toks) {
		return false
	}
	c := d.vw[k].pcls
	if c&(wSurname|wForeignGiven) == 0 || d.toks[k].is(fAllCaps|fCapsLine) || !d.toks[k].is(fUpper) {
		return false
	}
	n, viet, org := 0, true, false
	for m := k; m < len(d.toks); m++ {
		t := &d.toks[m]
		if t.kind != tWord || !t.is(fUpper) || t.is(fAllCaps|fLineStart|fSentStart|fHasDigit) || m > k && sc.locEnd[m] > int32(m) {
			break
		}
		if n++; n > 4 {
			return false
		}
		viet = viet && t.is(fVietSyllable)
		org = org || m > k && d.vw[m].pcls&wOrgWord != 0
	}
	if e := k + n; e < len(d.toks) && d.toks[e].kind != tPunct && !d.toks[e].is(fLineStart) && d.toks[e].is(fUpper|fAllCaps) {
		return false // the run goes on into a place or an acronym
	}
	if c&wSurname != 0 && viet {
		switch n {
		case 3:
			return true
		case 4:
			return d.vw[k+1].pcls&wSurname == 0
		case 2:
			return d.vw[k+1].pcls&wGiven != 0 && (afterPlace || r.closedAt(sc, k))
		}
	}
	return c&wForeignGiven != 0 && !viet && !org && n >= 2 && n <= 3
}

// closedAt reports whether the name walked from sc.head is complete before k: a listed organization
// ends there ("Ban Bí thư", "Ngân hàng Techcombank"), or an abbreviation ("Ngân hàng BIDV").
func (r *orgRules) closedAt(sc *orgScan, k int) bool {
	d := sc.d
	if p := &d.toks[k-1]; p.kind == tWord && p.is(fAllCaps) && len(d.word(k-1)) > 1 {
		return true
	}
	if m, _ := r.gaz.longest(d, k-1); m == 1 {
		return true
	}
	m, _ := r.gaz.longest(d, sc.head)
	return m == k-sc.head
}

// innerAbbrev reports whether the "(" at k opens the abbreviation of the words of the name right
// before it, from the type word at head on, and the name goes on after the ")": "Bộ Tư lệnh (BTL)
// Vùng …", "Đội Cảnh sát giao thông (CSGT) số 6 …", "Bệnh viện Trung ương (TW) Quân đội 108". The
// abbreviation has one letter a word and at most one that is not the word's first ("TW").
func innerAbbrev(d *doc, head, k int) bool {
	if k+3 >= len(d.toks) || d.word(k+2) != ")" || !d.toks[k+1].is(fAllCaps) || d.toks[k+1].is(fHasDigit) {
		return false
	}
	if nx := &d.toks[k+3]; nx.kind != tNum && !(nx.kind == tWord && nx.is(fUpper|fAllCaps)) && !(d.form(k+3) == "số" && k+4 < len(d.toks) && d.toks[k+4].kind == tNum) || nx.is(fLineStart) {
		return false // the name goes on: a capital, a number, or "số" and a number
	}
	abbr := d.word(k + 1)
	n := utf8.RuneCountInString(abbr)
	if n < 2 || k-n < head {
		return false
	}
	miss := 0
	for x, c := range []rune(abbr) {
		w := k - n + x
		if d.toks[w].kind != tWord {
			return false
		}
		if f, _ := utf8.DecodeRuneInString(d.word(w)); unicode.ToUpper(f) != c {
			miss++
		}
	}
	f, _ := utf8.DecodeRuneInString(d.word(k - n))
	return miss <= 1 && unicode.ToUpper(f) == []rune(abbr)[0]
}

// numbered matches a unit named by its number after the type word at i, whose name starts at j:
// "Đội CSGT số 5", "Đội Cảnh sát giao thông (CSGT) số 6 Công an TP Hà Nội", "Vùng 1 Hải quân". A
// number without "số" needs the service after it ("Vùng 1" is a band of the minimum wage).
func (r *orgRules) numbered(sc *orgScan, i, j int) int {
	d := sc.d
	k := j
	if d.word(k) == "(" && innerAbbrev(d, i, k) {
		k += 3
	}
	so := k+1 < len(d.toks) && (d.form(k) == "số" || d.form(k) == "so")
	if so {
		k++
	}
	if k < len(d.toks) && !so && d.key(i) == "doi" {
		if le := policeAfter(sc, k); le > 0 {
			return le // "Đội CSGT Công an huyện Củ Chi": a team of the police it belongs to
		}
	}
	if k >= len(d.toks) || d.toks[k].kind != tNum || d.toks[k].is(fLineStart) {
		return i
	}
	k++
	if m := serviceAt(d, k); m > 0 {
		return k + m // "Vùng 1 Hải quân"
	}
	if le := policeAfter(sc, k); le > 0 {
		return le // "… số 6 Công an TP Hà Nội": the police it belongs to
	}
	if so {
		return k
	}
	return i
}

// policeAfter returns the end of "Công an" and a place at token k ("Công an TP Hà Nội"), the police
// a unit named before it belongs to, or 0.
func policeAfter(sc *orgScan, k int) int {
	d := sc.d
	if k+2 < len(d.toks) && d.key(k) == "cong" && d.key(k+1) == "an" && d.toks[k].is(fUpper) && d.toks[k].is(fSpaceBefore) {
		if le := int(sc.locEnd[k+2]); le > k+2 {
			return le
		}
	}
	return 0
}

// serviceAt returns the length of the armed service named at token k ("Hải quân", "Không quân",
// "Cảnh sát biển", "Biên phòng"), which a numbered unit before it belongs to, or 0.
func serviceAt(d *doc, k int) int {
	if k+1 >= len(d.toks) || !d.toks[k].is(fUpper) || d.toks[k].is(fLineStart) {
		return 0
	}
	switch d.key(k) {
	case "hai", "khong":
		if d.key(k+1) == "quan" {
			return 2
		}
	case "bien":
		if d.key(k+1) == "phong" {
			return 2
		}
	case "canh":
		if d.key(k+1) == "sat" && k+2 < len(d.toks) && d.key(k+2) == "bien" {
			return 3
		}
	}
	return 0
}

// enumAhead reports whether the comma at k goes on with the next field of a name that lists its
// fields: capitalized words (each maybe with its second syllable) separated by commas, the last one
// after "và" ("Sở Văn hóa, Thể thao và Du lịch").
func (r *orgRules) enumAhead(sc *orgScan, k int) bool {
	d := sc.d
	m := k + 1
	for m < len(d.toks) && m < k+14 {
		t := &d.toks[m]
		if t.kind != tWord || !t.is(fUpper) || t.is(fAllCaps|fLineStart|fSentStart) {
			return false
		}
		if n, _ := r.types.longest(d, m); n > 0 {
			return false // "Sở Y tế, Sở Tài chính và …" lists bodies
		}
		m++
		if m < len(d.toks) && d.toks[m].kind == tWord && !d.toks[m].is(fUpper|fAllCaps) && !nonPartners[d.form(m)] &&
			d.form(m) != "và" && d.form(m) != "va" {
			m++ // its second syllable
		}
		if m+1 >= len(d.toks) {
			return false
		}
		switch {
		case d.word(m) == ",":
			m++
		case d.form(m) == "và" || d.form(m) == "va":
			nx := &d.toks[m+1]
			return nx.kind == tWord && nx.is(fUpper) && !nx.is(fAllCaps) && sc.locEnd[m+1] <= int32(m+1)
		default:
			return false
		}
	}
	return false
}

// enumLowerAhead reports whether the comma at k, after a name word in lower case, goes on with
// the fields of a name written in lower case: name words separated by commas, the last after "và"
// ("Ủy ban Quốc gia ứng phó sự cố, thiên tai và tìm kiếm cứu nạn").
func (r *orgRules) enumLowerAhead(sc *orgScan, k int) bool {
	d := sc.d
	if k == 0 || d.toks[k-1].kind != tWord || d.toks[k-1].is(fUpper|fAllCaps) {
		return false
	}
	m := k + 1
	for m < len(d.toks) && m < k+12 {
		if d.toks[m].is(fUpper|fAllCaps|fLineStart) || sc.locEnd[m] > int32(m) {
			return false
		}
		n, _ := r.words.longest(d, m)
		if n == 0 {
			return false
		}
		m += n
		for m < len(d.toks) && !d.toks[m].is(fUpper|fAllCaps) {
			if n, _ := r.words.longest(d, m); n > 0 {
				m += n
				continue
			}
			break
		}
		if m+1 >= len(d.toks) {
			return false
		}
		switch {
		case d.word(m) == ",":
			m++
		case d.form(m) == "và" || d.form(m) == "va":
			return !d.toks[m+1].is(fUpper|fAllCaps) && r.isWord(d, m+1)
		default:
			return false
		}
	}
	return false
}

// dashedAhead reports whether the dash at k, spaced, joins two parts of one name: a capitalized
// part that is no other organization, person or headline tail follows ("Tập đoàn Công nghiệp –
// Viễn thông Quân đội"), or a regional body ("Hội đồng Kinh doanh Hoa Kỳ - ASEAN").
func (r *orgRules) dashedAhead(sc *orgScan, k int) bool {
	d := sc.d
	n := k + 1
	if n+1 >= len(d.toks) || d.adjacent(k) || d.adjacent(k-1) {
		return false
	}
	t := &d.toks[n]
	if t.kind != tWord || !t.is(fUpper|fAllCaps) || t.is(fLineStart|fSentStart) {
		return false
	}
	if nationShort[d.key(k-1)] && nationShort[d.key(n)] {
		return true // "Trường Đại học Việt - Đức", "Cung Hữu nghị Việt – Xô"
	}
	if sc.locEnd[n] > int32(n) {
		return false
	}
	if m, _ := r.types.longest(d, n); m > 0 || r.personAhead(d, n) {
		return false
	}
	if m, ent := r.gaz.longest(d, n); m > 0 {
		return m == 1 && isAcronym(d.word(n)) && ent.kind == "" && (n+1 >= len(d.toks) || d.toks[n+1].kind == tPunct || d.toks[n+1].is(fLineStart) || !d.toks[n+1].is(fUpper|fAllCaps))
	}
	// a capitalized word and its second syllable, then another capitalized word of the name
	if n+2 < len(d.toks) && !d.toks[n+1].is(fUpper|fAllCaps) && d.toks[n+1].kind == tWord && !dashStops[d.form(n+1)] {
		nx := &d.toks[n+2]
		if nx.kind == tPunct && !nx.is(fLineStart) {
			w := d.word(n + 2)
			return w == "," || w == ";" || w == ")"
		}
		return nx.kind == tWord && !nx.is(fSentStart|fLineStart) && (nx.is(fUpper) || sc.locEnd[n+2] > int32(n+2) || bareUnit(d, n+2) > 0)
	}
	return false
}

// nationShort are the one-syllable names of nations that pair up in names: "Việt - Hàn", "Việt – Xô".
var nationShort = map[string]bool{
	"viet": true, "han": true, "nhat": true, "phap": true, "duc": true, "anh": true, "my": true, "uc": true,
	"nga": true, "xo": true, "lao": true, "trung": true, "singapore": true, "hoa": true, "ky": true,
}

// dashStops are function words that end a name's part after a dash.
var dashStops = map[string]bool{
	"của": true, "và": true, "là": true, "tại": true, "cho": true, "với": true, "có": true, "được": true,
	"đã": true, "sẽ": true, "đang": true, "bị": true, "về": true, "từ": true, "trong": true, "không": true,
}

// partner reports whether token k, a lower-case syllable after a capitalized one inside a name, is
// the second syllable of that word ("Trường Đại học Điều dưỡng Nam Định"): it is no function word,
// and the name goes on after it (a capital, a name word, a place) or ends at punctuation.
func (r *orgRules) partner(sc *orgScan, k int) bool {
	d := sc.d
	if k >= len(d.toks) || k == 0 {
		return false
	}
	t, prev := &d.toks[k], &d.toks[k-1]
	if t.kind != tWord || t.is(fUpper|fAllCaps|fHasDigit|fLineStart) || prev.is(fAllCaps|fHasDigit) || prev.kind != tWord ||
		!t.is(fSpaceBefore) || nonPartners[d.form(k)] && !(d.form(k) == "do" && d.form(k-1) == "tự") || r.isWord(d, k) || !d.toks[k-1].is(fAccented) && len(d.word(k-1)) > 5 {
		return false
	}
	if sc.locEnd[k] > int32(k) || bareUnit(d, k) > 0 {
		return false // "Cục Thuế tỉnh Hậu Giang": a place follows
	}
	n := k + 1
	if n >= len(d.toks) || d.toks[n].is(fLineStart) {
		return true
	}
	nx := &d.toks[n]
	switch {
	case nx.kind == tPunct:
		w := d.word(n)
		return w == "," || w == "." || w == ")" || w == "(" || w == ";" || w == ":"
	case nx.kind == tNum:
		return n+1 >= len(d.toks) || !quantityWords[d.form(n+1)] // "Bệnh viện Quân y 103"
	case nx.is(fUpper | fAllCaps):
		return !nx.is(fSentStart)
	}
	if (d.form(n) == "và" || d.form(n) == "va") && n+1 < len(d.toks) && d.toks[n+1].is(fUpper) {
		return true // "Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam"
	}
	if n+1 < len(d.toks) && !nonPartners[d.form(n)] && d.toks[n+1].kind == tWord && d.toks[n+1].is(fUpper) &&
		!d.toks[n+1].is(fAllCaps|fSentStart|fLineStart) && !r.personAhead(d, n+1) {
		return true // "Công ty Cổ phần Phát hành phim Sao Kim": one more word, then the name goes on
	}
	return r.isWord(d, n) || sc.locEnd[n] > int32(n)
}

// nonPartners are function words and frequent verbs that never finish a word of a name.
var nonPartners = map[string]bool{
	"cho": true, "về": true, "với": true, "tại": true, "trong": true, "của": true, "là": true,
	"có": true, "được": true, "bị": true, "đã": true, "đang": true, "sẽ": true, "và": true, "thì": true,
	"mà": true, "này": true, "đó": true, "kia": true, "ấy": true, "khi": true, "nhưng": true, "vì": true,
	"nên": true, "để": true, "từ": true, "đến": true, "tới": true, "sau": true, "trước": true, "vừa": true,
	"mới": true, "cũng": true, "còn": true, "chưa": true, "không": true, "đều": true, "rất": true,
	"lại": true, "ra": true, "vào": true, "lên": true, "xuống": true, "năm": true, "tháng": true,
	"ngày": true, "hay": true, "hoặc": true, "như": true, "các": true, "những": true, "một": true,
	"nhiều": true, "người": true, "ông": true, "bà": true, "anh": true, "chị": true, "tăng": true,
	"giảm": true, "đạt": true, "thu": true, "chi": true, "mua": true, "bán": true, "làm": true,
	"gửi": true, "nhận": true, "trao": true, "tặng": true, "kêu": true, "yêu": true, "cảnh": true,
	"báo": true, "công": true, "tổ": true, "thông": true, "ký": true, "mở": true, "đóng": true,
	"khóa": true, "khoá": true, "nhiệm": true, "lần": true, "kỳ": true, "số": true, "do": true,
	"bởi": true, "theo": true, "qua": true, "nhờ": true, "tự": true, "cùng": true, "giữa": true,
	"tỉnh": true, "huyện": true, "xã": true, "quận": true, "phường": true,
}

// quantityWords after a number make it a quantity, not part of a name ("Đảng 9 tháng").
var quantityWords = map[string]bool{
	"tháng": true, "năm": true, "ngày": true, "giờ": true, "người": true, "ca": true, "tỷ": true,
	"triệu": true, "nghìn": true, "ngàn": true, "km": true, "tuổi": true, "lần": true, "phút": true,
	"thang": true, "nam": true, "ngay": true, "gio": true, "nguoi": true, "ty": true, "trieu": true,
}

// bareUnit returns the length of an administrative type word at k that stands alone, referring to
// the place of the article ("UBND tỉnh", "Công an thành phố"): not followed by a capitalized name.
func bareUnit(d *doc, k int) int {
	m := 0
	switch d.form(k) {
	case "tỉnh", "tinh", "huyện", "huyen", "quận", "quan", "xã", "xa", "phường", "phuong":
		m = 1
	case "thành", "thanh", "thị", "thi":
		if k+1 < len(d.toks) && (d.form(k+1) == "phố" || d.form(k+1) == "pho" || d.form(k+1) == "xã" || d.form(k+1) == "xa") {
			m = 2
		}
	}
	if m == 0 || k+m >= len(d.toks) {
		// (at the very end of a text the word is left out: a workaround for the span invariant of
		// extractor_test.go, which renormalizes a span of legacy-encoded input out of context)
		return 0
	}
	if n := k + m; n < len(d.toks) && (d.form(n) == "này" || d.form(n) == "nay") {
		return 0 // "UBND tỉnh này" refers back
	}
	if n := k + 1; m == 1 && (d.form(k) == "xã" || d.form(k) == "xa") && (d.form(n) == "hội" || d.form(n) == "hoi") {
		return 0 // "Khoa học Xã hội và Nhân văn": "xã hội" is society, not a commune
	}
	if n := k + m; n < len(d.toks) && (d.form(n) == "ủy" || d.form(n) == "uỷ" || d.form(n) == "uy" || d.form(n) == "đội" || d.form(n) == "doi") {
		return 0 // "Tỉnh ủy", "Tỉnh đội"
	}
	if n := k + m; n < len(d.toks) && !d.toks[n].is(fLineStart) && (d.toks[n].is(fUpper|fAllCaps) && !d.toks[n].is(fSentStart) && !d.x.orgs.personAhead(d, n) || d.toks[n].kind == tNum) {
		return 0 // "UBND tỉnh Quảng Nam" is the place; "UBND tỉnh Trương Quốc Huy" is not
	}
	return m
}

// repeated reports whether the m name-word tokens at k repeat words already in the name from j:
// "Trung tâm Dự báo khí tượng thủy văn quốc gia dự báo …" has reached its verb.
func (r *orgRules) repeated(d *doc, j, k, m int) bool {
	for a := j; a+m <= k; a++ {
		same := true
		for x := 0; x < m; x++ {
			if d.toks[a+x].keyH != d.toks[k+x].keyH {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// isWord reports whether a name word starts at k.
func (r *orgRules) isWord(d *doc, k int) bool { m, _ := r.words.longest(d, k); return m > 0 }

// namedAfterPeople reports whether the type word at i names institutions that are often named after
// a person, so that a personal name after it is the name ("Trường THPT Lê Quý Đôn", "Bệnh viện
// Nguyễn Tri Phương"), not the holder of an office ("Bí thư Tỉnh ủy Lê Thị Thủy").
func (r *orgRules) namedAfterPeople(d *doc, i int) bool {
	next := ""
	if i+1 < len(d.toks) {
		next = d.key(i + 1)
	}
	switch d.key(i) {
	case "truong", "thpt", "thcs", "dh", "bv", "bvdk", "quy", "clb", "ttyt", "cty", "dntn":
		return true // schools, hospitals, funds, clubs
	case "dai", "cao", "tieu", "mam":
		return next == "hoc" || next == "dang" || next == "non" // universities, colleges, schools
	case "hoc", "benh", "bao", "cong", "nha", "cau":
		// academies, hospitals, museums, companies, theatres and factories, clubs
		return next == "vien" || next == "tang" || next == "ty" || next == "hat" || next == "may" || next == "lac"
	}
	return false
}

// surnames are the commonest Vietnamese family names: a capitalized run inside an organization
// name stops before one that starts a person's name ("Công ty ABC Nguyễn Văn A").
var surnames = map[string]bool{
	"nguyen": true, "tran": true, "le": true, "pham": true, "hoang": true, "huynh": true, "phan": true,
	"vu": true, "vo": true, "dang": true, "bui": true, "do": true, "ho": true, "ngo": true, "duong": true,
	"ly": true, "dinh": true, "truong": true, "luong": true, "lam": true, "trinh": true, "doan": true,
	"ta": true, "cao": true, "to": true, "chu": true, "luu": true, "dao": true, "quach": true,
	"vuong": true, "kieu": true, "trieu": true, "tang": true, "phung": true, "mai": true, "ha": true,
	"thich": true, // the surname of Buddhist monks and nuns: "Giáo hội Phật giáo Thích Phổ Tuệ"
}

// personAhead reports whether a Vietnamese personal name (a surname and two or three more
// capitalized syllables) starts at k; two-syllable runs like "Hoàng Phát" are left to the name.
func (r *orgRules) personAhead(d *doc, k int) bool {
	if !surnames[d.key(k)] || !d.toks[k].is(fUpper) || d.toks[k].is(fAllCaps) {
		return false
	}
	m := 0
	for j := k + 1; j < len(d.toks) && j <= k+3; j++ {
		t := &d.toks[j]
		if t.kind != tWord || !t.is(fUpper) || t.is(fAllCaps) || t.is(fLineStart) {
			break
		}
		m++
	}
	return m >= 2 && m <= 3
}

// abbreviations adds the abbreviations a text defines in parentheses after an organization
// ("Hiệp hội Internet Việt Nam (VIA)") and every later use of them.
func (r *orgRules) abbreviations(d *doc, first int) {
	n := len(d.spans)
	type def struct {
		a, b int
		norm string
	}
	var defs []def
	for k := first; k < n; k++ {
		sp := d.spans[k]
		if sp.typ != Organization || sp.e+2 >= len(d.toks) || d.word(sp.e) != "(" {
			continue
		}
		a := sp.e + 1
		b := a
		for b < len(d.toks) && b-a < 5 && d.word(b) != ")" {
			b++
		}
		if b >= len(d.toks) || d.word(b) != ")" || !(acronymAt(d, a, b) || b == a+1 && unitCode(d.word(a))) || capitals(d, a, b) > sp.e-sp.s+1 {
			continue
		}
		norm := sp.norm
		if norm == "" {
			norm = d.text[d.toks[sp.s].start:d.toks[sp.e-1].end]
		}
		if g := exactSpan(d, Organization, first, n, a, b); g >= 0 {
			if !equalLower(d.spans[g].norm, norm) {
				d.spans[g].norm = norm // the text's own full name wins over the gazetteer's: "Ngân hàng Quân Đội (MB)"
			}
			norm = d.spans[g].norm
		} else {
			d.add(span{typ: Organization, s: a, e: b, norm: norm})
		}
		defs = append(defs, def{a, b, norm})
		if le := r.placeAfter(d, b+1); le > 0 && !endsInPlace(d, sp.s, sp.e) {
			// "Sở Lao động – Thương binh và Xã hội (LĐ-TB&XH) TP.HCM", "Liên đoàn Lao động (LĐLĐ) TPHCM":
			// the place after the abbreviation still belongs to the name
			d.spans[k].e, d.spans[k].norm = le, ""
		}
	}
	for _, df := range defs {
		l := df.b - df.a
		for i := 0; i+l <= len(d.toks); i++ {
			if i == df.a || !sameTokens(d, i, df.a, l) || (i > 0 && d.adjacent(i-1) && d.toks[i-1].kind == tWord) ||
				(i+l < len(d.toks) && d.adjacent(i+l-1) && d.toks[i+l].kind == tWord) {
				continue
			}
			if g := exactSpan(d, Organization, first, n, i, i+l); g >= 0 {
				d.spans[g].norm = df.norm // a later use the gazetteer knows too
				continue
			}
			if d.covered(i, i+l, Organization) >= 0 {
				continue
			}
			d.add(span{typ: Organization, s: i, e: i + l, norm: df.norm})
		}
	}
}

// exactSpan returns the index among d.spans[first:n] of the first span of type typ over exactly
// tokens [s, e), or -1.
func exactSpan(d *doc, typ Type, first, n, s, e int) int {
	for k := first; k < n; k++ {
		if sp := &d.spans[k]; sp.typ == typ && sp.s == s && sp.e == e {
			return k
		}
	}
	return -1
}

// placeAfter returns the end of a LOCATION found at token i, not a country, that goes on an
// organization's name written with its abbreviation in parentheses before it, or 0.
func (r *orgRules) placeAfter(d *doc, i int) int {
	if i >= len(d.toks) || d.toks[i].kind != tWord || d.toks[i].is(fLineStart) {
		return 0
	}
	e := 0
	for k := range d.spans {
		if sp := &d.spans[k]; sp.typ == Location && sp.s == i && sp.e > e {
			e = sp.e
		}
	}
	if e == 0 || d.x.locs.kindAt(d, i) == "country" {
		return 0
	}
	return e
}

// endsInPlace reports whether a LOCATION ends the tokens [s, e): "Hội Sinh viên Việt Nam (SVVN)
// thành phố Hà Nội" names its place already, and the city after it is a branch.
func endsInPlace(d *doc, s, e int) bool {
	for k := range d.spans {
		if sp := &d.spans[k]; sp.typ == Location && sp.e == e && sp.s > s {
			return true
		}
	}
	return false
}

// unitCode reports whether w is the code of a police or army unit: a capital and two or three
// digits ("C02", "A05").
func unitCode(w string) bool {
	if len(w) < 3 || len(w) > 4 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for k := 1; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return true
}

// acronymAt reports whether tokens [a, b) spell an acronym: capitals, digits and joiners, with a
// capital letter first and at least two capitals.
func acronymAt(d *doc, a, b int) bool {
	if b <= a || d.toks[a].kind != tWord {
		return false
	}
	caps := 0
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if k > a && !d.adjacent(k-1) {
			return false
		}
		switch t.kind {
		case tPunct:
			if w := d.word(k); w != "&" && w != "-" {
				return false
			}
		case tWord:
			if !t.is(fUpper) {
				return false
			}
			for _, c := range d.word(k) {
				if c >= 'A' && c <= 'Z' || c == 'Đ' {
					caps++
				}
			}
		}
	}
	return caps >= 2
}

// capitals counts the capital letters of tokens [a, b).
func capitals(d *doc, a, b int) int {
	c := 0
	for _, r := range d.text[d.toks[a].start:d.toks[b-1].end] {
		if unicode.IsUpper(r) {
			c++
		}
	}
	return c
}

// sameTokens reports whether the l tokens at i and at j are written the same.
func sameTokens(d *doc, i, j, l int) bool {
	for k := 0; k < l; k++ {
		if d.word(i+k) != d.word(j+k) {
			return false
		}
	}
	return true
}

// sources adds news sources written as a dateline or a signature: "(Tổ Quốc) - …", "(Thanh tra)
// -…", "… - Ngôi sao" at the end of a line, and web sites named by their domain ("VTV.vn").
func (r *orgRules) sources(sc *orgScan) {
	d := sc.d
	for i := 0; i < len(d.toks); i++ {
		t := &d.toks[i]
		if t.kind == tWord && t.is(fLineStart) && t.is(fAllCaps) && !t.is(fCapsLine|fHasDigit) && i > 0 &&
			i+2 < len(d.toks) && len(d.word(i)) >= 3 && len(d.word(i)) <= 8 && sourceMark(d, i+1) &&
			d.toks[i+2].is(fUpper) && !notTickers[d.word(i)] && !strings.HasPrefix(d.word(i), "XS") && d.covered(i, i+1, Organization, Location) < 0 {
			d.add(span{typ: Organization, s: i, e: i + 1}) // "TTTĐ - Thời gian qua, …", "GNO - …", "DNTH: …", "SKĐS- …": the source's acronym opens the lead ("XSHG –" is a lottery draw)
			continue
		}
		if t.kind == tWord && (i+2 >= len(d.toks) || d.toks[i+1].kind != tPunct || d.toks[i+1].is(fSpaceBefore)) {
			continue
		}
		// a site: "VTV.vn", "DiaOcOnline.vn", "phunuphapluat.vn"
		if t.kind == tWord && d.word(i+1) == "." && d.adjacent(i+1) &&
			siteSuffix[d.low(i+2)] && (i == 0 || !d.adjacent(i-1) || d.word(i-1) == "(" || d.word(i-1) == "-" && d.toks[i-1].is(fSpaceBefore)) &&
			(i+3 >= len(d.toks) || !d.adjacent(i+2) || d.toks[i+3].kind == tPunct && (d.word(i+3) != "." || i+4 >= len(d.toks) || !d.adjacent(i+3))) {
			// (a period after the site ends the sentence: "… cập nhật tại kinhtemoi.vn. Tòa soạn …")
			if d.covered(i, i+3, Organization) < 0 {
				d.add(span{typ: Organization, s: i, e: i + 3})
			}
			i += 2
			continue
		}
		if d.word(i) != "(" || !(t.is(fLineStart) || i > 0 && d.endsSentence(i-1)) && !(i > 0 && d.word(i-1) == "-") {
			continue
		}
		// "(Tổ Quốc) - …": a parenthesized name at the start of a line or sentence, then a dash
		a := i + 1
		b := a
		for b < len(d.toks) && b-a < 5 && d.toks[b].kind != tPunct {
			b++
		}
		if b == a || b+1 >= len(d.toks) || d.word(b) != ")" || !d.toks[a].is(fUpper|fAllCaps) {
			continue
		}
		if w := d.word(b + 1); w != "-" && w != "–" && w != "—" && !(t.is(fLineStart) && d.toks[b+1].is(fUpper) && b-a <= 2) {
			continue // "(Tổ Quốc) - …", or "(Techz) Trực tiếp …" opening a line
		}
		if sc.locEnd[a] >= int32(b) || d.covered(a, b, Organization) >= 0 {
			continue
		}
		d.add(span{typ: Organization, s: a, e: b})
	}
	// "… - Ngôi sao" closing a line
	for i := 1; i+1 < len(d.toks); i++ {
		if d.toks[i].kind != tPunct || !d.toks[i].is(fSpaceBefore) {
			continue
		}
		if w := d.word(i); w != "-" && w != "–" {
			continue
		}
		a := i + 1
		b := a
		for b < len(d.toks) && !d.toks[b].is(fLineStart) && d.toks[b].kind == tWord && b-a < 4 {
			b++
		}
		if b-a < 1 || b-a > 3 || (b < len(d.toks) && !d.toks[b].is(fLineStart)) || !d.toks[a].is(fUpper) {
			continue
		}
		if p := d.word(i - 1); p != "." && p != "!" && p != "?" && p != "…" && p != "”" && p != "\"" {
			continue
		}
		if sc.locEnd[a] >= int32(b) || d.covered(a, b, Organization) >= 0 || b-a == 2 && d.form(a) == "tin" && d.form(a+1) == "tức" {
			continue
		}
		d.add(span{typ: Organization, s: a, e: b})
	}
}

// sourceMark reports whether token k, after a source's acronym opening a line, is the dash or colon
// that sets it off from the lead: " - " or "- " ("SKĐS- Một …"), or ": " ("DNTH: Nhằm …"), but
// not a joiner ("COVID-19").
func sourceMark(d *doc, k int) bool {
	switch d.word(k) {
	case "-", "–":
		return d.toks[k].is(fSpaceBefore) || k+1 < len(d.toks) && d.toks[k+1].is(fSpaceBefore)
	case ":":
		return !d.toks[k].is(fSpaceBefore) && k+1 < len(d.toks) && d.toks[k+1].is(fSpaceBefore)
	}
	return false
}

// matches adds the teams of a match written "A vs B" in a line about a game ("Xem trực tiếp Gamba
// Osaka vs Sagan Tosu", "soi kèo Barcelona vs Real Madrid", "Nhận định bóng đá Monarchs vs Colorado
// Springs", "Envigado vs Dep. Cali").
// hashVS is the hash of "vs" (its lower case and its key alike).
var hashVS = fnv64("vs")

func (r *orgRules) matches(sc *orgScan) {
	d := sc.d
	for k := 1; k+1 < len(d.toks); k++ {
		if d.toks[k].kind != tWord || d.formHash(k) != hashVS || d.form(k) != "vs" || !r.sportsLine(d, k) {
			continue
		}
		// the team before
		a := k
		for a > 0 && k-a < 3 && d.toks[a-1].kind == tWord && d.toks[a-1].is(fUpper|fAllCaps) && !d.toks[a].is(fLineStart) {
			a--
		}
		r.team2(sc, a, k)
		b := k + 1
		if b < len(d.toks) && d.word(b) == "." && d.adjacent(k) {
			b++
		}
		e := b
		for e < len(d.toks) && e-b < 3 && d.toks[e].kind == tWord && d.toks[e].is(fUpper|fAllCaps) && (e == b || !d.toks[e].is(fLineStart)) {
			e++
			if e == b+1 && e+1 < len(d.toks) && d.word(e) == "." && d.adjacent(e-1) && len(d.word(e-1)) <= 3 && !d.toks[e-1].is(fAccented) &&
				int(sc.locEnd[e-1]) <= e-1 &&
				d.toks[e+1].kind == tWord && d.toks[e+1].is(fUpper) && !d.toks[e+1].is(fLineStart) {
				e++ // "Dep. Cali", "Atl. Madrid": a short first word cut with a period
			}
		}
		if e > b+1 && e < len(d.toks) && len(d.word(e-1)) == 1 && d.word(e) == "." && d.adjacent(e-1) {
			e++ // "Seoul E."
		}
		r.team2(sc, b, e)
	}
}

// team2 adds an organization over a team name at [a, e) unless a name covers it already or it is a
// country ("Việt Nam vs Trung Quốc" are LOCATION by the conventions).
func (r *orgRules) team2(sc *orgScan, a, e int) {
	d := sc.d
	if a >= e || d.covered(a, e, Organization) >= 0 || d.covered(a, a+1, Person, Organization) >= 0 {
		return
	}
	for k := a; k < e; k++ {
		if d.covered(k, k+1, Organization) >= 0 {
			return
		}
	}
	if int(sc.locEnd[a]) == e && d.x.locs.kindAt(d, a) == "country" {
		return
	}
	d.add(span{typ: Organization, s: a, e: e})
	dropPlace(d, a, e)
}

// sportsLine reports whether the line of token k is about a game.
func (r *orgRules) sportsLine(d *doc, k int) bool {
	s := k
	for s > 0 && !d.toks[s].is(fLineStart) {
		s--
	}
	for i := s; i < len(d.toks) && (i == s || !d.toks[i].is(fLineStart)); i++ {
		switch d.form(i) {
		case "trận", "tran", "kèo", "keo", "trực", "truc", "link", "xem", "đấu", "dau", "vòng", "vong", "giải", "giai", "bóng", "bong":
			return true
		case "nhận", "nhan":
			if i+1 < len(d.toks) && (d.form(i+1) == "định" || d.form(i+1) == "dinh") {
				return true // "Nhận định Sassuolo vs Inter Milan"
			}
		}
	}
	return false
}

// tickers adds stock codes: after "cổ phiếu" and "mã" ("cổ phiếu HQC", "mã VPB"), opening a line
// before a colon ("HSG: Thông báo giao dịch cổ phiếu"), and listed next to one ("HPG, HSG").
func (r *orgRules) tickers(sc *orgScan) {
	d := sc.d
	finance, known, found := false, false, false // finance is computed once, at the first code
	for k := 0; k < len(d.toks); k++ {
		t := &d.toks[k]
		if t.kind != tWord || !t.is(fAllCaps) || len(d.word(k)) != 3 || t.is(fCapsLine) || t.is(fHasDigit) || notTickers[d.word(k)] {
			continue
		}
		ok := false
		if k > 0 {
			p := d.form(k - 1)
			ok = p == "phiếu" || p == "phieu" || p == "mã" || p == "ma"
			if !ok && k >= 2 && p == ":" {
				q := d.form(k - 2)
				ok = q == "ck" || q == "mck" || q == "khoán" || q == "khoan" || q == "mã" || q == "ma" || q == "hose" || q == "hnx" || q == "upcom" // "(mã CK: MWG)", "(MCK: VPH)", "(mã chứng khoán: VPH)", "(HOSE: MWG)"
			}
		}
		if !ok && t.is(fLineStart) && k+1 < len(d.toks) && d.word(k+1) == ":" && d.adjacent(k) {
			ok = true
		}
		if !ok && k >= 2 && d.word(k-1) == "," && d.covered(k-2, k-1, Organization) >= 0 && len(d.word(k-2)) == 3 && d.toks[k-2].is(fAllCaps) {
			ok = true // the next code of a list
		}
		if !ok && !known {
			finance, known = marketReport(d), true
		}
		if !ok && finance {
			// in a market report: codes listed together ("CTG, VCB, VPB"), or bought and sold
			ok = k > 0 && tradeWords[d.form(k-1)] || codeNext(d, k, 1) || codeNext(d, k, -1) ||
				k > 0 && k+1 < len(d.toks) && d.word(k-1) == "(" && d.word(k+1) == ")" // "Yeah1 (YEG)"
		}
		if !ok {
			continue
		}
		if d.covered(k, k+1, Organization, Location) >= 0 {
			continue
		}
		d.add(span{typ: Organization, s: k, e: k + 1})
		found = true
	}
	if !found || !finance {
		return
	}
	// every other use of a code found ("HPG bị bán mạnh" after "HPG, HSG"); spans are in token order
	for k := range d.toks {
		t := &d.toks[k]
		if t.kind != tWord || !t.is(fAllCaps) || len(d.word(k)) != 3 || t.is(fHasDigit) || d.covered(k, k+1, Organization, Location) >= 0 {
			continue
		}
		for x := range d.spans {
			if sp := &d.spans[x]; sp.typ == Organization && sp.e == sp.s+1 && d.word(sp.s) == d.word(k) {
				d.add(span{typ: Organization, s: k, e: k + 1})
				break
			}
		}
	}
}

// orgSuffixes are English words that end the name of a company or body, at home and abroad:
// "Long Giang Land", "WayForward Technologies", "Hoa Sen Group", "French Development Agency".
var orgSuffixes = map[string]bool{
	"Technologies": true, "Technology": true, "Group": true, "Corporation": true, "Corp": true, "Inc": true,
	"Ltd": true, "JSC": true, "Company": true, "Agency": true, "Association": true, "University": true,
	"Institute": true, "Foundation": true, "Studio": true, "Studios": true, "Entertainment": true,
	"Motors": true, "Airlines": true, "Airways": true, "Holdings": true, "Holding": true, "Land": true,
	"Pharma": true, "Software": true, "Records": true, "Bank": true, "Capital": true,
	"Securities": true, "Investment": true, "Industries": true, "Electronics": true, "Pictures": true,
	"Council": true, "Commission": true, "Authority": true, "Organization": true, "Organisation": true,
	"Ministry": true, "Department": true, "Committee": true, "Federation": true, "Union": true,
}

// orgPrefixes are English words that begin the name of a body before "of": "Ministry of Construction".
var orgPrefixes = map[string]bool{
	"Ministry": true, "Department": true, "University": true, "Bank": true, "Embassy": true,
	"Institute": true, "Academy": true, "Association": true, "Federation": true, "Council": true,
	"Office": true, "Agency": true, "Commission": true, "Committee": true, "Union": true,
}

// genericEnglish are words that with a suffix make a common noun phrase: "Marketing Agency".
var genericEnglish = map[string]bool{
	"Marketing": true, "Digital": true, "Creative": true, "Media": true, "Global": true, "International": true,
	"National": true, "Social": true, "The": true, "A": true, "Our": true, "Your": true, "Real": true,
}

// english adds organizations named in English: a capitalized name ending in an orgSuffixes word
// ("Long Giang Land") or an orgPrefixes word with "of" ("Ministry of Construction").
func (r *orgRules) english(sc *orgScan) {
	d := sc.d
	for k := 0; k < len(d.toks); k++ {
		t := &d.toks[k]
		if t.kind != tWord || !t.is(fUpper) || t.is(fCapsLine) || d.vw[k].sets&setEnglishOrg == 0 {
			continue
		}
		w := d.word(k)
		if orgPrefixes[w] && k+2 < len(d.toks) && d.word(k+1) == "of" {
			e := k + 2
			for e < len(d.toks) && e < k+8 && !d.toks[e].is(fLineStart) && (d.toks[e].kind == tWord && d.toks[e].is(fUpper|fAllCaps) ||
				(d.word(e) == "and" || d.word(e) == "the") && e+1 < len(d.toks) && d.toks[e+1].is(fUpper)) {
				e++
			}
			if e > k+2 && d.covered(k, e, Organization) < 0 {
				d.add(span{typ: Organization, s: k, e: e})
				dropPlace(d, k+2, e)
				k = e - 1
			}
			continue
		}
		if !orgSuffixes[w] || k == 0 || d.toks[k].is(fLineStart) {
			continue
		}
		b := k
		for b > 0 && b > k-4 && !d.toks[b].is(fLineStart|fSentStart) {
			p := &d.toks[b-1]
			if p.kind != tWord || !p.is(fUpper|fAllCaps) || !d.toks[b].is(fSpaceBefore) {
				break
			}
			b--
		}
		if b == k || d.covered(b, k+1, Organization) >= 0 || k-b == 1 && genericEnglish[d.word(b)] {
			continue
		}
		if b >= 2 && d.word(b-1) == "-" && d.adjacent(b-1) && d.adjacent(b-2) && d.toks[b-2].kind == tWord && d.toks[b-2].is(fUpper) {
			b -= 2 // "Al-Rajhi Capital"
		}
		if nx := k + 1; nx < len(d.toks) && d.toks[nx].kind == tWord && d.toks[nx].is(fUpper|fAllCaps) && !d.toks[nx].is(fSentStart|fLineStart) {
			continue // a product or a project: "Toyota Land Cruiser", "Meyhomes Capital Phú Quốc"
		}
		if b > 0 && d.toks[b-1].kind == tPunct && openQuote(d.word(b-1)) {
			continue // a title in quotes: "‘Police University’ tập 29"
		}
		if m, _ := r.types.longest(d, b); m > 0 {
			continue // a Vietnamese type word begins it: the grammar decides
		}
		e := k + 1
		if e+1 < len(d.toks) && d.word(e) == "." && (w == "Inc" || w == "Corp" || w == "Ltd") {
			e++
		}
		d.add(span{typ: Organization, s: b, e: e})
	}
}

// orgCues are lower-case phrases (as folded keys) whose next capitalized name is an organization
// named without a type word: "hãng Alitalia", "nhà phát triển WayForward Technologies", "Chủ tịch
// HĐQT Vietravel"; fanCues name the fans of a club ("NHM Roma"), where a city is the club.
var (
	orgCues = []string{
		"hãng", "nhà phát triển", "nhà phát hành", "nhà sản xuất", "nhà mạng", "HĐQT", "hội đồng quản trị",
		"hãng tin", "hãng xe", "hãng bay", "hãng thời trang", "hãng dược", "hãng phim", "hãng công nghệ",
		"hãng điện thoại", "hãng mỹ phẩm", "hãng ô tô", "hãng xe hơi", "hãng game",
	}
	fanCues = []string{"NHM", "CĐV", "cổ động viên", "người hâm mộ"}
)

// afterCues adds the capitalized name after an orgCue or fanCue phrase, unless it is a person, a
// country or a known organization already.
func (r *orgRules) afterCues(sc *orgScan) {
	d := sc.d
	for k := 0; k+1 < len(d.toks); k++ {
		t := &d.toks[k]
		if t.kind != tWord || t.is(fCapsLine) || d.vw[k].lex&r.cues.vbit == 0 {
			continue // (the vocabulary turns most tokens away)
		}
		m, ent := r.cues.longest(d, k)
		if m == 0 || (t.is(fUpper) && !t.is(fAllCaps) && !t.is(fSentStart)) {
			continue // (a capitalized "Hãng" inside a name is part of it)
		}
		a := k + m
		if a >= len(d.toks) || d.toks[a].is(fLineStart) {
			continue
		}
		if e := r.cueName(sc, a, ent.kind == "fans"); e > a {
			d.add(span{typ: Organization, s: a, e: e})
			dropPlace(d, a, e)
			k = e - 1
		}
	}
}

// cueName returns the end of the name of an organization at a, after a cue: up to four capitalized
// words (a lower-case second syllable between two of them is part of it: "Địa ốc Hoàng Quân"),
// stopping before a personal name; a or less when there is none, or it is a country, a person or a
// name already found.
func (r *orgRules) cueName(sc *orgScan, a int, fans bool) int {
	d := sc.d
	if d.covered(a, a+1, Organization, Person, Title) >= 0 || r.personAhead(d, a) {
		return a
	}
	if le := int(sc.locEnd[a]); le > a {
		if !fans || d.x.locs.kindAt(d, a) == "country" || le < len(d.toks) && d.toks[le].is(fUpper) && !d.toks[le].is(fLineStart) {
			return a // "CĐV Việt Nam" are Vietnamese fans; "hãng Nhật Bản …"
		}
		return le // "NHM Roma": the club
	}
	e := a
	for k := a; k < len(d.toks) && k < a+5; k++ {
		t := &d.toks[k]
		if t.kind != tWord || t.is(fLineStart) || k > a && t.is(fSentStart) {
			break
		}
		if t.is(fUpper | fAllCaps) {
			if k > a && r.personAhead(d, k) || sc.locEnd[k] > int32(k) && k > a {
				break
			}
			e = k + 1
			continue
		}
		// a lower-case syllable inside the name, followed by another capitalized word
		if k > a && k+1 < len(d.toks) && d.toks[k+1].kind == tWord && d.toks[k+1].is(fUpper) && !d.toks[k+1].is(fSentStart) &&
			!nonPartners[d.form(k)] && !r.personAhead(d, k+1) {
			continue
		}
		break
	}
	if fans && e > a && d.x.locs.startsPlace(d, a) {
		return a
	}
	return e
}

// tradeWords before a stock code: "mua DGC", "bán HPG", "giá mục tiêu MSH".
var tradeWords = map[string]bool{"mua": true, "bán": true, "tiêu": true, "gom": true, "xả": true, "mua vào": true,
	"ban": true, "tieu": true}

// marketReport reports whether d is about the stock market: it speaks of shares, an exchange or
// the index.
func marketReport(d *doc) bool {
	for k := range d.toks {
		switch d.key(k) {
		case "hose", "hnx", "upcom", "vn-index":
			return true
		case "phieu", "khoan":
			if k > 0 && (d.key(k-1) == "co" || d.key(k-1) == "chung") {
				return true // cổ phiếu, chứng khoán
			}
		case "index":
			if k >= 2 && d.key(k-2) == "vn" {
				return true
			}
		}
	}
	return false
}

// codeNext reports whether a three-capital code stands next to token k in a list, after it (dir 1)
// or before it (dir -1): "CTG, VCB", "HPG và HSG".
func codeNext(d *doc, k, dir int) bool {
	j := k + dir
	if j < 0 || j >= len(d.toks) || (d.word(j) != "," && d.form(j) != "và" && d.form(j) != "va") {
		return false
	}
	j += dir
	if j < 0 || j >= len(d.toks) {
		return false
	}
	t := &d.toks[j]
	return t.kind == tWord && t.is(fAllCaps) && len(d.word(j)) == 3 && !t.is(fHasDigit) && !notTickers[d.word(j)]
}

// notTickers are three-capital words that are no company: currencies, measures, common acronyms.
var notTickers = map[string]bool{
	"USD": true, "VND": true, "EUR": true, "GDP": true, "CEO": true, "CFO": true, "ETF": true, "IPO": true,
	"ROE": true, "EPS": true, "FDI": true, "ODA": true, "CPI": true, "PMI": true, "VAT": true, "HĐQT": true,
	"BĐS": true, "ĐHĐ": true, "TPHCM": true, "HCM": true, "CNTT": true, "ATM": true, "SMS": true,
	"MC": true, "DJ": true, "HLV": true, "CLB": true, "THPT": true, "THCS": true, "UBND": true,
	"LTS": true, "HOT": true, "NEW": true, "TOP": true, "VIP": true, "SOS": true, "FAQ": true, "CLIP": true,
}

// siteSuffix are the top-level domains of news sites.
var siteSuffix = map[string]bool{"vn": true, "com": true, "net": true, "org": true, "info": true, "tv": true}

// references adds bare type words that refer back to a named organization of the same type word
// earlier in the document ("Hiệp hội đã …" after "Hiệp hội Internet Việt Nam").
func (r *orgRules) references(sc *orgScan, first int) {
	d := sc.d
	n := len(d.spans)
	if n == first {
		return
	}
	for i := 0; i < len(d.toks); i++ {
		if sc.bits[i]&2 == 0 || !d.toks[i].is(fUpper) || d.toks[i].is(fAllCaps) {
			continue
		}
		m, _ := r.types.longest(d, i)
		if m == 0 || !typeWordRefs[keyOf(d, i, m)] {
			continue
		}
		j := i + m
		if j < len(d.toks) && !d.toks[j].is(fLineStart) {
			nx := &d.toks[j]
			if nx.kind == tWord && (nx.is(fUpper|fAllCaps) || !refFollowers[d.form(j)]) {
				continue
			}
		}
		if d.covered(i, j, Organization, Location) >= 0 {
			continue
		}
		best := r.referent(d, first, n, i, m)
		if best < 0 {
			continue
		}
		norm := d.spans[best].norm
		if norm == "" {
			norm = d.text[d.toks[d.spans[best].s].start:d.toks[d.spans[best].e-1].end]
		}
		d.add(span{typ: Organization, s: i, e: j, norm: norm, mention: "reference"})
	}
	// "Văn phòng Bộ": a body of the organization a bare type word refers to
	for k := first; k < n; k++ {
		sp := &d.spans[k]
		if sp.typ != Organization || sp.mention != "" || sp.norm != "" || sp.e-sp.s < 2 {
			continue
		}
		i := sp.e - 1
		if !d.toks[i].is(fUpper) || !typeWordRefs[d.key(i)] {
			continue
		}
		if best := r.referent(d, first, n, i, 1); best >= 0 {
			full := d.spans[best].norm
			if full == "" {
				full = d.text[d.toks[d.spans[best].s].start:d.toks[d.spans[best].e-1].end]
			}
			sp.norm = d.text[d.toks[sp.s].start:d.toks[i].start] + full
		}
	}
}

// referent returns the index of the latest named organization among spans [first, n) that ends
// before token i and starts with the same m-token type word as token i, or -1.
func (r *orgRules) referent(d *doc, first, n, i, m int) int {
	best := -1
	for k := first; k < n; k++ {
		sp := &d.spans[k]
		if sp.typ != Organization || sp.e > i || sp.e-sp.s <= m || sp.mention != "" {
			continue
		}
		if mm, _ := r.types.longest(d, sp.s); mm == m && keyOf(d, sp.s, m) == keyOf(d, i, m) {
			if best < 0 || sp.s > d.spans[best].s {
				best = k
			}
		}
	}
	return best
}

// refFollowers are lower-case words after which a bare type word is a reference ("Hiệp hội đã").
var refFollowers = map[string]bool{
	"đã": true, "đang": true, "sẽ": true, "cần": true, "và": true, "cho": true, "về": true, "với": true,
	"tại": true, "trong": true, "của": true, "là": true, "có": true, "được": true, "bị": true,
	"nghiên": true, "cũng": true, "vẫn": true, "phát": true, "tiếp": true, "không": true, "chưa": true,
	"đề": true, "yêu": true, "đánh": true, "đưa": true, "thì": true, "nên": true, "mới": true,
	"da": true, "dang": true, "se": true, "can": true, "va": true, "ve": true, "voi": true, "tai": true,
	"cua": true, "la": true, "co": true, "duoc": true, "bi": true, "cung": true, "van": true,
}

// keyOf returns the folded key of tokens [i, i+m) joined by spaces, allocating only for m > 1.
func keyOf(d *doc, i, m int) string {
	if m == 1 {
		return d.key(i)
	}
	var b strings.Builder
	for k := i; k < i+m; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(d.key(k))
	}
	return b.String()
}

// link gives every ORGANIZATION span of d its cluster id: one id for every mention with the same
// canonical name (Norm, or the folded text when there is none).
func (r *orgRules) link(d *doc) {
	// Names are compared in lower case without building the lower-case strings: by a hash of
	// them, and rune by rune when two hashes agree.
	var ids map[uint64]named
	if d.sc != nil {
		// a map that grew for a long document is not kept: clearing it would cost its size each call
		if ids = d.sc.orgIDs; ids == nil || len(ids) > 256 {
			ids = map[uint64]named{}
			d.sc.orgIDs = ids
		}
		clear(ids)
	}
	for k := range d.spans {
		sp := &d.spans[k]
		if sp.typ != Organization {
			continue
		}
		key := sp.norm
		if key == "" {
			key = d.text[d.toks[sp.s].start:d.toks[sp.e-1].end]
		}
		if ids == nil {
			ids = map[uint64]named{}
		}
		h := lowerHash(key)
		for {
			n, ok := ids[h]
			if !ok {
				n = named{key, d.newRef()}
				ids[h] = n
			} else if !equalLower(n.name, key) {
				h++ // another name with the same hash: probe on
				continue
			}
			sp.ref = n.id
			break
		}
	}
}

// named is an organization's name as link first met it, and its cluster id.
type named struct {
	name string
	id   int32
}

// lowerHash is fnv64(strings.ToLower(s)), without building the string.
func lowerHash(s string) uint64 {
	h := uint64(fnvOffset)
	var buf [utf8.UTFMax]byte
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			h = (h ^ uint64(r)) * fnvPrime
			continue
		}
		n := utf8.EncodeRune(buf[:], unicode.ToLower(r))
		for _, b := range buf[:n] {
			h = (h ^ uint64(b)) * fnvPrime
		}
	}
	return h
}

// equalLower reports whether strings.ToLower(a) == strings.ToLower(b), without building them.
func equalLower(a, b string) bool {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if unicode.ToLower(ra) != unicode.ToLower(rb) {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b == ""
}
