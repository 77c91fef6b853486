// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"math/rand"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// found is an entity as the tests compare it.
type found struct {
	typ  Type
	text string
}

func extractTyped(t *testing.T, text string, types ...Type) []found {
	t.Helper()
	x, err := New()
	require.NoError(t, err)
	var out []found
	for _, e := range x.Extract(text).Entities {
		for _, ty := range types {
			if e.Type == ty {
				require.Equal(t, e.Text, text[e.Start:e.End], "offsets of %q", e.Text)
				out = append(out, found{e.Type, e.Text})
			}
		}
	}
	return out
}

func TestSeedArticlePeopleAndTitles(t *testing.T) {
	b, err := os.ReadFile("../testdata/articles/bo-tttt-hiep-hoi-internet-2016-05-12.txt")
	require.NoError(t, err)
	text := string(b)
	x, err := New()
	require.NoError(t, err)
	doc := x.ExtractAt(text, time.Date(2016, 5, 12, 0, 0, 0, 0, time.UTC))

	var people, titles int
	for _, e := range doc.Entities {
		assert.Equal(t, e.Text, text[e.Start:e.End])
		switch e.Type {
		case Person:
			people++
			assert.Contains(t, []string{"Trương Minh Tuấn", "Nguyễn Viết Thế"}, e.Text)
		case Title:
			titles++
			assert.NotEmpty(t, e.Person, "title %q at %d is linked", e.Text, e.Start)
			assert.Equal(t, "position", e.Kind)
		}
	}
	assert.Equal(t, 7, people)
	assert.Equal(t, 16, titles)

	ps := doc.People()
	require.Len(t, ps, 2)
	assert.Equal(t, "Trương Minh Tuấn", ps[0].Name)
	assert.Len(t, ps[0].Mentions, 6)
	var tuan []string
	for _, ti := range ps[0].Titles {
		tuan = append(tuan, ti.Text)
	}
	assert.Subset(t, tuan, []string{"Ủy viên Trung ương Đảng", "Bộ trưởng Bộ TT&TT"})
	assert.Equal(t, "Nguyễn Viết Thế", ps[1].Name)
	require.Len(t, ps[1].Titles, 1)
	assert.Equal(t, "Phó Chủ tịch thường trực Hiệp hội Internet Việt Nam", ps[1].Titles[0].Text)
}

func TestPersonSpans(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"title before a name", "Thủ tướng Phạm Minh Chính chủ trì cuộc họp.", []string{"Phạm Minh Chính"}},
		{"form of address is not in the span", "Ông Nguyễn Đức Tài từng kể chuyện khó khăn.", []string{"Nguyễn Đức Tài"}},
		{"form of address in a line of capitals", "Ông Lê Văn Nam Đến Sở Tư Pháp Hà Nội Làm Việc", []string{"Lê Văn Nam"}},
		{"form of address in a line mostly capitalized", "Bà Trần Thị Hoa đến Sở Tư pháp Hà Nội.", []string{"Trần Thị Hoa"}},
		{"short form after a cue", "Tại buổi làm việc, ông Nguyễn Viết Thế phát biểu. Theo ông Thế, Hiệp hội sẽ phát triển.", []string{"Nguyễn Viết Thế", "Thế"}},
		{"foreign name with a hyphen", "Thầy trò huấn luyện viên Park Hang-seo bắt đầu ra sân tập.", []string{"Park Hang-seo"}},
		{"foreign first name", "Theo báo cáo của Paul Hirst, thủ môn Dean Henderson sẽ ra đi.", []string{"Paul Hirst", "Dean Henderson"}},
		{"initials", "Anh H.T.P (32 tuổi) đã bị bắt giữ.", []string{"H.T.P"}},
		{"given name of a full name", "Hai Long sẽ tiếp bước Quang Hải\nGương mặt trẻ Nguyễn Hai Long thay thế Nguyễn Quang Hải.", []string{"Hai Long", "Quang Hải", "Nguyễn Hai Long", "Nguyễn Quang Hải"}},
		{"names joined by và", "Diễn viên Minh Hương và Khả Ngân vô cùng thân thiết.", []string{"Minh Hương", "Khả Ngân"}},
		{"headline in capitals", "BỘ TRƯỞNG TRƯƠNG MINH TUẤN LÀM VIỆC VỚI HIỆP HỘI\nBộ trưởng Trương Minh Tuấn đã chủ trì.", []string{"TRƯƠNG MINH TUẤN", "Trương Minh Tuấn"}},
		{"president of a country", "Tổng thống Mỹ Joe Biden cho biết sẽ gặp ông Putin.", []string{"Joe Biden", "Putin"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, f := range extractTyped(t, c.text, Person) {
				got = append(got, f.text)
			}
			assert.Equal(t, c.want, got)
		})
	}
}

func TestNamesInsideOtherNamesAreNotPeople(t *testing.T) {
	for _, text := range []string{
		"Học sinh Trường THPT Nguyễn Huệ đạt giải nhất.",
		"Vụ nổ súng xảy ra tại số 4 Phạm Bá Trực, phường Hoàng Văn Thụ.",
		"Cửa hàng nằm trên đường Lê Lợi, gần phố Trần Hưng Đạo.",
		"Người dân TP Hồ Chí Minh và Hà Nội đón Tết.",
		"Thế khó của đội bóng trước mùa giải mới.",
		"Khác với tàu ngầm diesel, tàu ngầm hạt nhân có thế mạnh.",
		"Bệnh viện Bạch Mai tiếp nhận nhiều bệnh nhân.",
		"Các cầu thủ Việt Nam tập luyện tại Thái Lan.",
	} {
		assert.Empty(t, extractTyped(t, text, Person, Title), text)
	}
}

func TestTitleSpansAndLinks(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	for _, c := range []struct {
		text  string
		title string
		kind  string
		name  string
	}{
		{"Đại tướng Phan Văn Giang thăm đơn vị.", "Đại tướng", "rank", "Phan Văn Giang"},
		{"PGS.TS Nguyễn Văn Hùng cho biết kết quả.", "PGS.TS", "academic", "Nguyễn Văn Hùng"},
		{"Ca khúc mới của nữ ca sĩ Mỹ Tâm ra mắt.", "nữ ca sĩ", "occupation", "Mỹ Tâm"},
		{"Giám đốc Sở Y tế Hà Nội Trần Thị Nhị Hà cho biết.", "Giám đốc Sở Y tế Hà Nội", "position", "Trần Thị Nhị Hà"},
		{"Ông Lê Văn Tám, Phó Giám đốc Công an tỉnh, đã chỉ đạo.", "Phó Giám đốc Công an tỉnh", "position", "Lê Văn Tám"},
		{"Cựu Bộ trưởng Nguyễn Văn A ra tòa.", "Cựu Bộ trưởng", "position", "Nguyễn Văn A"},
	} {
		doc := x.Extract(c.text)
		var title, person *Entity
		for k := range doc.Entities {
			e := &doc.Entities[k]
			if e.Type == Title && title == nil {
				title = e
			}
			if e.Type == Person && person == nil {
				person = e
			}
		}
		require.NotNil(t, title, c.text)
		require.NotNil(t, person, c.text)
		assert.Equal(t, c.title, title.Text, c.text)
		assert.Equal(t, c.kind, title.Kind, c.text)
		assert.Equal(t, c.name, person.Text, c.text)
		assert.Equal(t, person.Ref, title.Person, c.text)
		assert.Equal(t, c.text[title.Start:title.End], title.Text)
	}
}

func TestTitleWithoutNamedPersonIsDropped(t *testing.T) {
	assert.Empty(t, extractTyped(t, "Bộ trưởng Bộ Y tế cho biết sẽ tăng cường kiểm tra.", Title))
	assert.Empty(t, extractTyped(t, "Các cầu thủ đã nỗ lực hết mình.", Title))
}

// BenchmarkPersonRules measures the PERSON and TITLE rules alone (find, resolve, link) over the
// bundled press text, tokenized and with its locations and organizations found once beforehand.
func BenchmarkPersonRules(b *testing.B) {
	x := newTestExtractor(b)
	var docs []doc
	size := 0
	for _, text := range pressTexts(b) {
		norm, _ := x.norm.Map(text)
		d := doc{x: x, text: norm}
		d.prepare()
		x.locs.find(&d)
		x.orgs.find(&d)
		docs = append(docs, d)
		size += len(text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	spans := make([]span, 0, 256)
	for b.Loop() {
		for k := range docs {
			d := docs[k]
			d.spans = append(spans[:0], d.spans...)
			x.peop.find(&d)
			d.resolve()
			x.peop.link(&d)
		}
	}
}

func TestPersonSpansInPressSentences(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"given name as the short form", "Bị cáo Nguyễn Văn An (52 tuổi) bị tuyên phạt. Theo cáo trạng, An chỉ đạo cấp dưới rao bán đất.", []string{"Nguyễn Văn An", "An"}},
		{"short form after a title", "Thứ trưởng Nguyễn Huy Dũng cho biết tỷ lệ đạt 73%. Thứ trưởng Dũng đề nghị các nhà mạng phối hợp.", []string{"Nguyễn Huy Dũng", "Dũng"}},
		{"Buddhist name", "Phật tử tưởng niệm Đức Pháp chủ Giáo hội Phật giáo Việt Nam Thích Phổ Tuệ.", []string{"Thích Phổ Tuệ"}},
		{"anonymized initial keeps its full stop", "Mỗi lần đọc tin tức, chị G. luôn thấy mình may mắn.", []string{"G."}},
		{"a place inside a full name", "Chánh án Nguyễn Hòa Bình phát biểu tại phiên họp.", []string{"Nguyễn Hòa Bình"}},
		{"foreign first name with a Vietnamese surname", "Liveshow có sự góp mặt của Ali Hoàng Dương và Wendy Phạm.", []string{"Ali Hoàng Dương", "Wendy Phạm"}},
		{"surname of a foreign name later", "Cựu tổng thống Pháp Nicolas Sarkozy bị tuyên án. Ông Sarkozy sẽ kháng cáo.", []string{"Nicolas Sarkozy", "Sarkozy"}},
		{"East Asian name with a hyphen", "Ông Kim Jong-un thị sát nhà máy.", []string{"Kim Jong-un"}},
		{"a name after a country", "Diễn viên Trung Quốc Chu Khiết qua đời ở tuổi 60.", []string{"Chu Khiết"}},
		{"a name after a kinship word of two syllables", "Ngô Kiến Huy và em gái Thanh Thảo\nẢnh của thiếu gia Bụt và con gái cưng Winnie. Cụ ông Văn Tư đã qua đời.", []string{"Ngô Kiến Huy", "Thanh Thảo", "Bụt", "Winnie", "Văn Tư"}},
		{"a name after the year of a contest", "Hoa hậu Việt Nam 2020 Đỗ Thị Hà dự sự kiện.", []string{"Đỗ Thị Hà"}},
		{"the initial of a first name", "Xe của C. Ronaldo chờ gần 7 tiếng không đổ được xăng.", []string{"C. Ronaldo"}},
		{"names of ethnic minorities", "Công an đã bắt Giàng A Pao, Thào A Sử và Moong Thị Xúm. Lo Thị Căm cũng bị khởi tố.", []string{"Giàng A Pao", "Thào A Sử", "Moong Thị Xúm", "Lo Thị Căm"}},
		{"an unlisted surname before Thị", "Bị can Lèo Thị Hoa và Mè Thị Lan đã khai nhận.", []string{"Lèo Thị Hoa", "Mè Thị Lan"}},
		{"a short form that is also an organization word, after a title", "Giám đốc Sở Y tế Lê Văn Khoa dự họp. Khoa Nội đã quá tải, Giám đốc Khoa thừa nhận.", []string{"Lê Văn Khoa", "Khoa"}},
		{"text typed without diacritics", "Tai buoi lam viec, ong Nguyen Viet The cho biet se phoi hop chat che hon", []string{"Nguyen Viet The"}},
		{"a stage name that begins a headline, before a colon or a dash", "Minh Hằng: Tôi sẽ kết hôn vào cuối năm\nNgân Quỳnh - Bỏ cải lương để giữ sinh mệnh cho con", []string{"Minh Hằng", "Ngân Quỳnh"}},
		{"a lower-case copy of the headline", "Vợ 9x của Minh Tiệp từng nói gì về việc dậy sớm?\n. vợ 9x của minh tiệp từng nói gì về việc dậy sớm? VIDEO CLIP | 275554", []string{"Minh Tiệp", "minh tiệp"}},
		{"a lower-case sentence that is no copy of the headline", "Vợ 9x của Minh Tiệp từng nói gì về việc dậy sớm?\nHọ kể lại. vợ 9x của minh tiệp thì khác.", []string{"Minh Tiệp"}},
		{"a copy of the headline typed without diacritics", "Tiết lộ về con gái ca sĩ Phi Nhung. tiet lo ve con gai ca si phi nhung VIDEO CLIP | 275553", []string{"Phi Nhung", "phi nhung"}},
		{"a given name before the age or the year of birth", "Sau khi cãi nhau, Quang (20 tuổi, trú tại xã Tân Lập) dùng dao đâm. Nghi phạm được xác định là Văn Thắng (SN 1995).", []string{"Quang", "Văn Thắng"}},
		{"a foreign first name alone inside a sentence", "Người hâm mộ phản đối. Mọi người cho rằng Wendy nên cho mẹ nghỉ ngơi.", []string{"Wendy"}},
		{"a given name alone as the subject of a clause", "Sau khi sát hại 3 người thân, Hiếu đã dùng cây thuốc phủ lên thi thể. Trong ngày, Phú vẫn không khai báo.", []string{"Hiếu", "Phú"}},
		{"a given name alone before a verb of confession", "Tại cơ quan điều tra, Tùng khai nhận đã trộm 3 xe máy. Tại cơ quan công an, Hưng thú nhận toàn bộ hành vi.", []string{"Tùng", "Hưng"}},
		{"a monarch or pharaoh with a regnal numeral", "Các nhà khoa học chụp cắt lớp thi hài Ramesses III. Xác ướp của pharaoh Amenhotep I được số hóa.", []string{"Ramesses III", "Amenhotep I"}},
		{"a nickname in quotation marks inside a name", "Cựu xạ thủ Yiliang ‘Doublelift’ Peng lên tiếng. Sau trận đấu, Lee \"Faker\" Sang-hyeok cho biết anh rất vui.", []string{"Yiliang ‘Doublelift’ Peng", "Lee \"Faker\" Sang-hyeok"}},
		{"a nickname of two words in quotation marks", "Nam diễn viên Dwayne “The Rock” Johnson chia sẻ về vai diễn mới.", []string{"Dwayne “The Rock” Johnson"}},
		{"a work's title in quotation marks between two names is no nickname", "Bộ phim \"Bố già\" Trấn Thành thu 400 tỷ đồng. Ca sĩ Mỹ Tâm \"Họa mi tóc nâu\" ra album.", []string{"Trấn Thành", "Mỹ Tâm"}},
		{"a name after the owner of a shop", "Chủ quán Nguyễn Văn Bình cho biết quán vắng khách. Theo chủ tiệm vàng Lê Thị Hoa, kẻ gian đã bỏ trốn.", []string{"Nguyễn Văn Bình", "Lê Thị Hoa"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, f := range extractTyped(t, c.text, Person) {
				got = append(got, f.text)
			}
			assert.Equal(t, c.want, got)
		})
	}
}

func TestNotPeopleInPressSentences(t *testing.T) {
	for _, text := range []string{
		"Công bố Quyết định của UBND tỉnh về công tác cán bộ.",
		"Sáng qua, Thành ủy Hà Nội tổ chức hội nghị sơ kết quý III.",
		"Tổ chức phòng chống dịch theo Chương trình giáo dục phổ thông 2018.",
		"Tỷ giá hôm nay: Đồng Yên Nhật, Won Hàn Quốc có xu hướng giảm.",
		"Va chạm tại giao lộ Quang Trung - Phạm Văn Chiêu, quận Gò Vấp.",
		"Sở Giáo dục và Đào tạo Kon Tum thông báo lịch thi.",
		"Vietnam Airlines cho biết đội tàu bay sẵn sàng trở lại.",
		"Nhà quản lý FromSoftware cho biết trò chơi sắp ra mắt.",
		"Tết Nguyên đán Nhâm Dần năm 2022 đang đến gần.",
		"Đưa 119 người làm việc tại Bà Rịa - Vũng Tàu về quê.",
		"Các đội tuyển chuẩn bị cho VCS Mùa Đông 2021, giải Hạng Nhất Mỹ khởi tranh.",
		"Dự án Khu Đô Thị Mới Thủ Thiêm được phê duyệt.",
		"Mua bán người là tội ác. Thị trấn Sa Pa đón khách.",
		"Apple Park rộng 260.000 m2, Samsung Park mở cửa đón khách.",
		"Tử vi tuần mới: Bọ Cạp có kế hoạch chi tiêu hợp lý; Bạch Dương lạc quan, Kim Ngưu gặp may.",
		"Em trai đâm anh tử vong ở Tiền Giang. Bạn trai ngoại quốc lừa đầu tư. Con rể Việt Nam về quê.",
		// a capitalized word after a comma that is no given name used alone
		"Báo Vĩnh Long online, Cơ quan của Đảng bộ tỉnh. Sau 4 tháng triển khai, Chiến dịch tiêm chủng đạt kết quả.",
		"Trước đó, Khoa đã tiếp nhận 20 bệnh nhân. Theo kế hoạch, Tổ đã kiểm tra. Mới đây, Hội đã tổ chức hội thảo.",
		"Mới đây, Nga đã cắt đứt quan hệ. Dù vậy, Mỹ vẫn là thị trường lớn. Hiện tại, Huế đã mở cửa.",
		"Cầu Long Biên (120 tuổi) được trùng tu. Chùa Một Cột (SN 1049) đón khách.",
		"Yên Dũng: Phát hiện ổ dịch mới\nHà Nội: Phát hiện nhà xe chở khách\nQuảng Nam - Đà Nẵng hợp tác phát triển du lịch",
		"Trực thăng có nguy cơ bị Mi-28NM Night Hunter do Nga chế tạo tiêu diệt. Chờ Santa Monica quá lâu, fan tự làm.",
		// a dish or a shop named after its street or its owner
		"Sủi cảo Hà Tôn Quyền không phải cao lương mĩ vị. Phở Lý Quốc Sư mở thêm chi nhánh.",
		"Bánh mì Huỳnh Hoa tăng giá bán. Thực khách xếp hàng trước quán Phạm Văn Hai từ sáng sớm.",
		// a numeral after a product or a standard
		"Vaccine Sputnik V đã được phê duyệt. Ngân hàng đạt chuẩn Basel II.",
		// a verb of confession after a word that is no given name
		"Làm việc với cơ quan chức năng, Công ty khai nhận đã xả thải ra môi trường.",
	} {
		assert.Empty(t, extractTyped(t, text, Person), text)
	}
}

// assertTitleOf checks that text has the TITLE title, linked to the PERSON name.
func assertTitleOf(t *testing.T, x *Extractor, text, title, name string) {
	t.Helper()
	doc := x.Extract(text)
	var found *Entity
	refs := map[string]string{}
	for k := range doc.Entities {
		e := &doc.Entities[k]
		if e.Type == Title && e.Text == title {
			found = e
		}
		if e.Type == Person {
			refs[e.Ref] = e.Text
		}
	}
	if assert.NotNil(t, found, "%s: no title %q in %v", text, title, doc.Entities) {
		assert.Equal(t, name, refs[found.Person], text)
	}
}

func TestTitlesInPressSentences(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		text, title, name string
	}{
		{"Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng chủ trì tọa đàm.", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch", "Nguyễn Văn Hùng"},
		{"Đồng chí Chủ tịch UBND tỉnh Trương Quốc Huy kiểm tra công tác bảo quản vắc-xin.", "Chủ tịch UBND tỉnh", "Trương Quốc Huy"},
		{"Thiếu tướng Lê Đăng Dũng, Quyền Chủ tịch kiêm Tổng Giám đốc Tập đoàn Viettel, phát biểu.", "Quyền Chủ tịch kiêm Tổng Giám đốc Tập đoàn Viettel", "Lê Đăng Dũng"},
		{"Ủy viên Bộ Chính trị, Phó Thủ tướng Vương Đình Huệ dự hội nghị.", "Ủy viên Bộ Chính trị", "Vương Đình Huệ"},
		{"Bị cáo Lý Quốc Bảo (39 tuổi), nguyên Trưởng phòng Kinh doanh, nhận án.", "nguyên Trưởng phòng Kinh doanh", "Lý Quốc Bảo"},
		{"Tại sự kiện, Chủ tịch HĐQT Vietravel Nguyễn Quốc Kỳ nhận định thị trường khó khăn.", "Chủ tịch HĐQT Vietravel", "Nguyễn Quốc Kỳ"},
		{"Tổng thống Mỹ Joe Biden cho biết sẽ thăm Việt Nam.", "Tổng thống Mỹ", "Joe Biden"},
		{"Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu tiếp đoàn doanh nghiệp.", "Đại sứ Việt Nam tại Nhật Bản", "Phạm Quang Hiệu"},
	} {
		assertTitleOf(t, x, c.text, c.title, c.name)
	}
}

func TestBareTitleLinksToTheHolder(t *testing.T) {
	x := newTestExtractor(t)
	doc := x.Extract("Thủ tướng Chính phủ yêu cầu đẩy nhanh giải ngân\nThủ tướng Phạm Minh Chính đã chủ trì cuộc họp. Thủ tướng nhấn mạnh vai trò của các bộ.")
	var person string
	for _, e := range doc.Entities {
		if e.Type == Person {
			person = e.Ref
		}
	}
	var titles []string
	for _, e := range doc.Entities {
		if e.Type == Title {
			assert.Equal(t, person, e.Person, e.Text)
			titles = append(titles, e.Text)
		}
	}
	assert.Equal(t, []string{"Thủ tướng Chính phủ", "Thủ tướng", "Thủ tướng"}, titles)
}

func TestShortFormsShareTheFullNameRef(t *testing.T) {
	x := newTestExtractor(t)
	doc := x.Extract("Hai Long sẽ tiếp bước Quang Hải\nGương mặt trẻ Nguyễn Hai Long thay thế Nguyễn Quang Hải. HLV Park Hang-seo tin tưởng. Ông Park cho biết.")
	refs := map[string]string{}
	for _, e := range doc.Entities {
		if e.Type == Person {
			refs[e.Text] = e.Ref
		}
	}
	assert.Equal(t, refs["Nguyễn Hai Long"], refs["Hai Long"])
	assert.Equal(t, refs["Nguyễn Quang Hải"], refs["Quang Hải"])
	assert.NotEqual(t, refs["Hai Long"], refs["Quang Hải"])
	assert.Equal(t, refs["Park Hang-seo"], refs["Park"])
}

func TestForeignNamesAndCaseless(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Tổng thống Donald Trump và Chủ tịch Kim Jong-un gặp nhau. Ca sĩ Selena Gomez cho biết. Ông Vladimir Putin điện đàm với Chủ tịch Trung Quốc Xi Jinping. Joe Biden nói rằng.",
			[]string{"Donald Trump", "Kim Jong-un", "Selena Gomez", "Vladimir Putin", "Xi Jinping", "Joe Biden"}},
		{"bộ trưởng trương minh tuấn làm việc với hiệp hội internet việt nam về các kiến nghị", []string{"trương minh tuấn"}},
		{"ANH N.V.A (32 TUỔI) BỊ BẮT VÌ TRỘM CẮP", []string{"N.V.A"}},
		{"HLV PARK HANG-SEO CHỐT DANH SÁCH\nHLV Park Hang-seo đã chốt danh sách.", []string{"PARK HANG-SEO", "Park Hang-seo"}},
		{"Mặc dù mới 12 tuổi, Benyamin Ahmed đã tạo dựng được tên tuổi. Andrey Sidorov ghi bàn ở phút 119.",
			[]string{"Benyamin Ahmed", "Andrey Sidorov"}},
		{"Nhận tin sét đánh, HLV Park bất ngờ thay đổi đội hình.", []string{"Park"}},
		{"Bruno Fernandes lập kỷ lục\nKhông tiền vệ nào ghi bàn nhanh hơn Bruno.", []string{"Bruno Fernandes", "Bruno"}},
		{"CĐV nổi loạn khiến trận St Etienne Angers bị hoãn.", nil},
		{"Netizen đẩy thuyền Thúy Ngân Trung Dũng: clip tình cảm gây sốt.", []string{"Thúy Ngân", "Trung Dũng"}},
		{"Tòa xét xử bà Nguyễn Phương Hằng và ông Huỳnh Uy Dũng (Dũng lò vôi).", []string{"Nguyễn Phương Hằng", "Huỳnh Uy Dũng", "Dũng lò vôi"}},
		{"Dược phẩm Hoa Linh đã cho thấy nỗ lực không ngừng.", nil},
		{"Hoa hậu H''Hen Niê đã đặc biệt nhắc nhở cô.", []string{"H''Hen Niê"}},
		{"Vũ Cát Tường mở liveshow cùng Lona, Han Sara và Ali Hoàng Dương.", []string{"Vũ Cát Tường", "Lona", "Han Sara", "Ali Hoàng Dương"}},
		{"Sở Y tế, Sở Công thương và Trần Văn Nam đã họp.", []string{"Trần Văn Nam"}},
		{"Tiết lộ: De Bruyne và Salah rời Chelsea vì xung đột với Mourinho.", []string{"De Bruyne", "Salah", "Mourinho"}},
		{"Du thuyền trị giá 458 triệu USD của Mohammed bin Salman, Thái tử Ả Rập Xê-út.", []string{"Mohammed bin Salman"}},
		{"CEO GANA Huyền Trang khoe nhan sắc trong bộ ảnh mới.", []string{"Huyền Trang"}},
		{"Phim do nữ diễn viên Lan Thảo Vy đảm nhận.", []string{"Lan Thảo Vy"}},
		{"Sáng 23/10, Chủ tịch UBND TPHCM Phan Văn Mãi đã tiếp đoàn.", []string{"Phan Văn Mãi"}},
		{"Trong giãn cách, nhà báo Khổ Gia Trường tiếp tục khởi xướng chương trình.", []string{"Khổ Gia Trường"}},
		{"Giá căn hộ mới mở bán tại Từ Liêm đã tăng 50%.", nil},
		{"Khánh Đơn đau lòng vì bạn chưa thực hiện được ước nguyện\nĐến viếng chiều 2/10, Khánh Đơn nghẹn ngào nhớ kỷ niệm.", []string{"Khánh Đơn", "Khánh Đơn"}},
		{"Lukaku là 'hung thần' của Southampton\nLukaku đã tịt ngòi 2 vòng gần nhất.", []string{"Lukaku", "Lukaku"}},
		{"Cảnh Son Ye Jin che miệng cấm Hyun Bin hôn bị đào lại.", []string{"Son Ye Jin", "Hyun Bin"}},
		{"Nữ thanh tra tài ba tập 12: Honey Lee tố cáo bố chồng.", []string{"Honey Lee"}},
		{"Nam diễn viên Jo In Sung và Ryu Jun Yeol tham gia phim mới.", []string{"Jo In Sung", "Ryu Jun Yeol"}},
		{"Thế giới năm 2022 qua lời tiên tri của Vanga và Nostradamus.", []string{"Vanga", "Nostradamus"}},
		{"Van Dijk không còn bất khả chiến bại.", []string{"Van Dijk"}},
		{"Ngay tập 1, huấn luyện viên Binz đã gây sóng gió. Lộ tin đồn định chiêu mộ Uzi để làm đồng đội với SofM.", []string{"Binz", "Uzi", "SofM"}},
		{"Trận đấu kết thúc, Andros Townsend lập tức lý giải. Gặp gỡ cha đẻ thuyết đa trí tuệ Howard Gardner.", []string{"Andros Townsend", "Howard Gardner"}},
		{"Nam Long (NLG): Lãi quý III tăng\nNhờ nguồn thu dồi dào, Nam Long (NLG) vẫn báo lãi.", nil},
		{"Nhiều người ra vào chợ đầu mối Bình Điền\nTừ ngày 1-11, chợ đầu mối Bình Điền đã hoạt động trở lại.", nil},
	} {
		var got []string
		for _, f := range extractTyped(t, c.text, Person) {
			got = append(got, f.text)
		}
		assert.Equal(t, c.want, got, c.text)
	}
}

func TestCallerGazetteerPeopleAndTitles(t *testing.T) {
	x := newTestExtractor(t, WithGazetteer(
		GazetteerEntry{Type: Person, Text: "Sếp Tùng"},
		GazetteerEntry{Type: Title, Text: "trưởng thôn", Kind: "position"},
		GazetteerEntry{Type: Title, Text: "Quản ca", Kind: "occupation"},
	))
	doc := x.Extract("Hôm qua Sếp Tùng đã đến. Quản ca Lê Văn Tám hát mở màn.")
	var got []string
	for _, e := range doc.Entities {
		if e.Type == Person || e.Type == Title {
			got = append(got, e.Type.String()+" "+e.Text+" "+e.Kind)
		}
	}
	assert.Equal(t, []string{"PERSON Sếp Tùng ", "TITLE Quản ca occupation", "PERSON Lê Văn Tám "}, got)
}

// TestPeopleRulesOnShuffledPressWords runs the rules over random sequences of the words they react
// to (names, cues, titles, organization words, punctuation): no panic, spans in bounds, and every
// TITLE linked to a PERSON of the document.
func TestPeopleRulesOnShuffledPressWords(t *testing.T) {
	x := newTestExtractor(t)
	words := []string{"Nguyễn", "Văn", "A", "ông", "Ông", "bà", "Bộ", "trưởng", "Bộ trưởng", "Phó", "Chủ", "tịch",
		",", ".", "(", ")", "-", "'", "H", "T", "P", "và", "của", "UBND", "tỉnh", "Hà", "Nội", "Park", "Hang",
		"Jong-un", "kiêm", "Giám đốc", "Công ty", "Thích", "cho biết", "nữ", "ca sĩ", "Thế", "\n", "HLV", "Anh",
		"Tuấn", "Mẹ", "tại", "Nhật Bản", "Đại sứ", "Tổng", "Bí thư", "Thành ủy", "các", "Hội nghị", "GS.TS",
		"TP.", "HCM", "Đảng", "Ủy viên", "NGUYỄN", "VĂN", "nguyễn", "văn"}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for i, k := 0, 1+r.Intn(30); i < k; i++ {
			if r.Intn(3) > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[r.Intn(len(words))])
		}
		s := b.String()
		refs := map[string]bool{}
		doc := x.Extract(s)
		for _, e := range doc.Entities {
			require.True(t, 0 <= e.Start && e.Start <= e.End && e.End <= len(s), "span %+v in %q", e, s)
			if e.Type == Person {
				refs[e.Ref] = true
			}
		}
		for _, e := range doc.Entities {
			if e.Type == Title {
				require.True(t, refs[e.Person], "title %+v unlinked in %q", e, s)
			}
		}
	}
}

func TestDefiniteOccupationLinksToAPersonOfTheDocument(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		text, title, person string
	}{
		{"Bruno Fernandes sánh vai Messi ở đội hình tiêu biểu\nTiền vệ người Bồ Đào Nha là một trong ba cầu thủ Man United góp mặt.", "Tiền vệ", "Bruno Fernandes"},
		{"Kim Tae-hee tái xuất sau sinh\nVợ chồng Bi Rain vui mừng khi nữ diễn viên nhận lời đóng phim mới.", "nữ diễn viên", "Kim Tae-hee"},
		{"Scott McTominay được khen\nĐó là khẳng định của cựu cầu thủ MU - Bryan Robson, ông cho rằng anh sẽ tiến bộ.", "cựu cầu thủ MU", "Bryan Robson"},
		// a country that is no LOCATION after "người": the origin still makes the occupation one person's
		{"Kevin De Bruyne trở lại tập luyện\nSau hai tuần nghỉ, tiền vệ người Bỉ đã sẵn sàng cho trận derby.", "tiền vệ", "Kevin De Bruyne"},
		{"Luis Suarez lập cú đúp\nTiền đạo người Uruguay có bàn thứ 8 mùa này.", "Tiền đạo", "Luis Suarez"},
	} {
		assertTitleOf(t, x, c.text, c.title, c.person)
	}
	// a class of people, or no named person: no title
	assert.Empty(t, extractTyped(t, "Nhiều cựu cầu thủ người Pháp đã lên tiếng.", Title))
	assert.Empty(t, extractTyped(t, "Nhiều cầu thủ người Bỉ đã lên tiếng.", Title))
	assert.Empty(t, extractTyped(t, "Câu lạc bộ đang tìm một tiền đạo người Bỉ cho mùa giải mới.", Title))
	assert.Empty(t, extractTyped(t, "Nữ ca sĩ nổi tiếng bất ngờ thông báo giải nghệ.", Title))
}

func TestTitleTakesTheFieldBeforeTheName(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Chuyên gia phong thủy Lý Kế Trung chỉ ra 5 kiểu phòng ngủ.", "Chuyên gia phong thủy"},
		{"Olivier Giroud đã ủng hộ huấn luyện viên cũ Frank Lampard.", "huấn luyện viên cũ"},
		{"Ngôi sao nhạc pop Britney Spears ôn lại thời thơ bé.", "Ngôi sao nhạc pop"},
	} {
		assert.Contains(t, extractTyped(t, c.text, Title), found{Title, c.want}, c.text)
	}
	for _, c := range []struct{ text, want string }{
		{"Theo ông Nguyễn Thế Minh, Giám đốc Phân tích Yuanta, thị trường sẽ hồi phục.", "Giám đốc Phân tích Yuanta"},
		{"Đoàn có Ngoại trưởng Antony Blinken, Cố vấn An ninh quốc gia Jake Sullivan.", "Cố vấn An ninh quốc gia"},
		{"Nữ diễn viên Aquaman Amber Heard tâm sự về con gái.", "Nữ diễn viên Aquaman"},
		{"Phong độ kém khiến HLV Ole Gunnar Solskjaer lo ngại.", "HLV"},
		{"Tin tức Nữ hoàng Elizabeth II nhập viện.", "Nữ hoàng"},
		{"Định mệnh nghiệt ngã với giọng ca vàng Phi Nhung.", "giọng ca vàng"},
		{"Chân sút Salah đã nói rõ rằng muốn ở lại.", "Chân sút"},
		{"NGƯT Nguyễn Văn Bình nhận bằng khen.", "NGƯT"},
		{"'Phải lòng' Công nương Diana từ tấm bé.", "Công nương"},
		{"Hoa hậu Hàn Quốc 2006 Honey Lee nhận nhiều lời khen.", "Hoa hậu Hàn Quốc 2006"},
		{"Nhà lãnh đạo Triều Tiên Kim Jong-un thị sát nhà máy.", "Nhà lãnh đạo Triều Tiên"},
		{"Thủ khoa Nguyễn Thị Lan chia sẻ bí quyết học tập.", "Thủ khoa"},
		{"Tân binh Jadon Sancho ghi bàn đầu tiên.", "Tân binh"},
		{"Phản ứng của nữ đại gia Phương Hằng ra sao.", "nữ đại gia"},
		{"Facebook bị chỉ trích sau khi cựu nhân viên Frances Haugen tố giác.", "cựu nhân viên"},
		{"Năm thứ 3 liên tiếp siêu tiền đạo Zlatan Ibrahimovic chúc mừng sinh nhật.", "siêu tiền đạo"},
	} {
		assert.Contains(t, extractTyped(t, c.text, Title), found{Title, c.want}, c.text)
	}
	for _, c := range []struct{ text, want string }{
		{"TS. Lê Xuân Nghĩa, nguyên Phó Chủ tịch Ủy ban Giám sát tài chính, cho biết.", "TS."},
		{"Sau khi cùng NSND Lệ Thủy tổ chức chuỗi hoạt động hỗ trợ nghệ sĩ.", "NSND"},
		{"Quốc hội Nhật bầu ông Fumio Kishida làm tân Thủ tướng.", "tân Thủ tướng"},
		{"Á hậu Việt bị chỉ trích vì cách nói\nHoa hậu H'Hen Niê đã đặc biệt nhắc nhở cô.", "Á hậu"},
	} {
		assert.Contains(t, extractTyped(t, c.text, Title), found{Title, c.want}, c.text)
	}
	for _, c := range []struct{ text, want string }{
		{"ThS Nguyễn Thị Thu Hà, giáo viên Ngữ văn Trường THPT Chu Văn An, cho rằng đề mở.", "giáo viên Ngữ văn Trường THPT Chu Văn An"},
		{"TS Cấn Văn Lực, Chuyên gia kinh tế trưởng BIDV, dự báo tín dụng tăng.", "Chuyên gia kinh tế trưởng BIDV"},
		{"Mourinho không dễ dàng với thầy trò HLV Mourinho bởi Napoli đang thắng.", "HLV"},
	} {
		assert.Contains(t, extractTyped(t, c.text, Title), found{Title, c.want}, c.text)
	}
	for _, c := range []struct{ text, want string }{
		{"Ông Kishida Fumio đã được chỉ định làm Thủ tướng thứ 100 của Nhật Bản tại cuộc bỏ phiếu.", "Thủ tướng thứ 100 của Nhật Bản"},
		{"Bà Melania Trump không phù hợp làm đệ nhất phu nhân nước Mỹ?", "đệ nhất phu nhân nước Mỹ"},
		{"Ông La Văn Thịnh được bổ nhiệm làm Phó Tổng cục trưởng Tổng cục Dự trữ nhà nước.", "Phó Tổng cục trưởng Tổng cục Dự trữ nhà nước"},
	} {
		assert.Contains(t, extractTyped(t, c.text, Title), found{Title, c.want}, c.text)
	}
	// said of no one named in the sentence
	assert.Empty(t, extractTyped(t, "Ông Nguyễn Văn An nghỉ hưu. Ai sẽ làm Giám đốc Sở?", Title))
	assert.Empty(t, extractTyped(t, "Trước Jisoo, idol Hàn Quốc nào từng tỏa sáng?", Title))
	// a title in quotation marks with no name after it names an award
	assert.Empty(t, extractTyped(t, "Jang Mi bất ngờ được vinh danh \"Nữ ca sĩ quốc tế xuất sắc nhất\" tại lễ trao giải.", Title))
	// a wife is named with "phu nhân" as a form of address
	assert.Empty(t, extractTyped(t, "Mẹ chồng Hà Tăng: Phu nhân quyền lực ở tuổi 51. Phu nhân Thuỷ Tiên coi ông xã là người thầy.", Title))
	// a verb or a function word between: no field
	assert.Empty(t, extractTyped(t, "Huấn luyện viên khen ngợi Frank Lampard.", Title))
}

// TestRimeTableMatchesLists checks the vowel-cluster table vietSyllable reads against the lists it
// is built from, over every cluster of one to four vowels.
func TestRimeTableMatchesLists(t *testing.T) {
	vowels := "aeiouy"
	var all []string
	var grow func(p string)
	grow = func(p string) {
		if p != "" {
			all = append(all, p)
		}
		if len(p) < 4 {
			for _, v := range vowels {
				grow(p + string(v))
			}
		}
	}
	grow("")
	for _, v := range all {
		require.Equal(t, openRimes[v], rimeTab[nucleusIndex(v)]&rimeOpen != 0, v)
		require.Equal(t, closedNuclei[v], rimeTab[nucleusIndex(v)]&rimeClosed != 0, v)
	}
}

func TestNamesOfThingsElsewhereInTheDocument(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"a company named like a person", "Thoái vốn khỏi dự án 'đất vàng', Tân Hoàng Minh dồn dập huy động vốn\nSau nhiều năm, Tập đoàn Tân Hoàng Minh đã chuyển hướng đầu tư tỉnh lẻ.", nil},
		{"a street named earlier", "Nhiều quán trên đường Phan Xích Long mở bán lại\nTrái với vẻ sầm uất trước mùa dịch, \"con phố ẩm thực\" Phan Xích Long trở nên vắng vẻ.", nil},
		{"the person named with a title keeps every mention", "Học sinh Trường THPT Chu Văn An đạt giải. Thầy giáo Chu Văn An là tấm gương. Chu Văn An là nhà giáo.", []string{"Chu Văn An", "Chu Văn An"}},
		{"a school named after someone else", "Học sinh Trường THPT Nguyễn Huệ đạt giải. Nguyễn Văn Nam cho biết em rất vui.", []string{"Nguyễn Văn Nam"}},
		{"a well-known person and a company of the same name", "Tập đoàn Trump báo lãi. Donald Trump nói ông rất hài lòng.", []string{"Donald Trump"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, f := range extractTyped(t, c.text, Person) {
				got = append(got, f.text)
			}
			assert.Equal(t, c.want, got)
		})
	}
}

func TestCharactersAndWordsThatLookLikeNames(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"characters of a series' episode", "'Hương vị tình thân' tập 62: Nam cứu Thy\nTrong tập 62, lão Tấn đã hiện rõ bộ mặt ác độc khi mặc bà Sa van xin.", nil},
		{"an actor named in full in an episode's recap", "Preview tập 12: diễn viên Lee Min Ho gặp bà Sa.", []string{"Lee Min Ho"}},
		{"a short form in an episode's recap", "Tập 3 phim tài liệu về bà Nguyễn Thị Bình. Bà Bình kể lại.", []string{"Nguyễn Thị Bình", "Bình"}},
		{"a form of address and one syllable in the news", "Khi đi qua ngã tư, xe của anh Hạnh đâm vào đuôi xe tải.", []string{"Hạnh"}},
		{"title-case words written in lower case below", "Sống Chung An Toàn Với Covid-19: Tin Tức Sống Chung An Toàn Với Covid-19 Mới Nhất Hôm Nay\nNhững tin tức về sống chung an toàn với covid-19 cập nhật liên tục.", nil},
		{"a name in a title-case line is still a name", "Anh Đức Trị Covid-19 Tại Nhà: Tin Tức Mới Nhất Về Danh Hài Trần Anh Đức Hôm Nay\nDanh hài Trần Anh Đức chia sẻ cách chữa bệnh.", []string{"Trần Anh Đức", "Trần Anh Đức"}},
		{"a film's title in quotation marks", "5 tiết lộ trong phim \"Britney vs Spears\" của Netflix\nBộ phim công khai 5 tiết lộ về Britney Spears.", []string{"Britney Spears"}},
		{"a nickname before a Vietnamese name", "Ngày càng trẻ đẹp nhưng bé Heo Minh Hằng bị nghi dao kéo.", []string{"Minh Hằng"}},
		{"a Korean name", "Nam diễn viên Heo Jung Min và Heo Sung Tae tham gia phim.", []string{"Heo Jung Min", "Heo Sung Tae"}},
		{"an anonymized name of initials keeps its full stop", "Trong đó có N.V.N. là một Youtuber nổi tiếng.", []string{"N.V.N."}},
		{"initials at the end of a sentence", "Công an đã bắt giữ H.T.P. Sau đó, đối tượng khai nhận.", []string{"H.T.P"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, f := range extractTyped(t, c.text, Person) {
				got = append(got, f.text)
			}
			assert.Equal(t, c.want, got)
		})
	}
}

func TestTitleTakesTheOrganizationAfterCua(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct{ text, title, name string }{
		{"Cựu tiền vệ của Paris Saint-Germain, Edouard Cisse đã mô tả Neymar là một đứa bé hư hỏng.", "Cựu tiền vệ của Paris Saint-Germain", "Edouard Cisse"},
		{"Theo báo cáo của Paul Hirst từ tờ The Times, thủ môn của Man Ut, Dean Henderson sẽ xem xét ra đi.", "thủ môn của Man Ut", "Dean Henderson"},
		{"Jarvis Terrell Summers - ngoại binh của Cantho Catfish đã gặp chấn thương trong trận đấu.", "ngoại binh của Cantho Catfish", "Jarvis Terrell Summers"},
		{"Chuyên gia Rebecca Robbins, giảng viên bộ phận y học giấc ngủ của Trường Y Harvard, cho biết.", "giảng viên bộ phận y học giấc ngủ của Trường Y Harvard", "Rebecca Robbins"},
	} {
		assertTitleOf(t, x, c.text, c.title, c.name)
	}
	// a person or an unnamed group after "của" is no part of the title
	for _, text := range []string{
		"Ông Lê Huỳnh Đức, trợ lý HLV của Nguyễn Quang Hải, cho biết.",
		"Trong trận đấu, Đặng Văn Lâm, thủ môn của đội, đã cản phá thành công.",
		"Ca sĩ Mỹ Tâm, giám khảo đã có mặt của chương trình, chia sẻ.",
	} {
		got := extractTyped(t, text, Title)
		assert.NotEmpty(t, got, text)
		for _, f := range got {
			assert.NotContains(t, f.text, "của", text)
		}
	}
}

func TestHeadlineTitleWithItsOrganizationLinksToTheLeadPerson(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		text, title, person string
	}{
		{"Hậu vệ cũ Arsenal chỉ trích cách dùng người của HLV\nTheo Martin Keown, đội bóng cần thêm một tiền vệ phòng ngự.", "Hậu vệ cũ Arsenal", "Martin Keown"},
		{"Ứng viên Tổng thống Hàn Quốc hứa xây nhà giá rẻ\nÔng Lee Jae-myung cho biết sẽ công bố chương trình vào tuần tới.", "Ứng viên Tổng thống Hàn Quốc", "Lee Jae-myung"},
		{"HLV tuyển Thái Lan: 'Chúng tôi sẽ tấn công'\nHuấn luyện viên trưởng Alexandre Polking cho rằng đội nhà có đủ lực lượng.", "HLV tuyển Thái Lan", "Alexandre Polking"},
	} {
		assertTitleOf(t, x, c.text, c.title, c.person)
	}
	// an organization name ends at a place: the verb after it is no part of the title
	assertTitleOf(t, x, "Hiệu trưởng ĐH Bách khoa TP.HCM mong sinh viên dám nghĩ khác\nPGS Nguyễn Văn An cho rằng sinh viên cần được tự do sáng tạo.",
		"Hiệu trưởng ĐH Bách khoa TP.HCM", "Nguyễn Văn An")
	// a nationality after an occupation, a class of people, or no named person: no title
	for _, text := range []string{
		"Doanh nhân Việt Nam tự cường dân tộc\nCách nay 76 năm, Chủ tịch Hồ Chí Minh đã viết thư gửi giới Công Thương.",
		"Golf thủ Việt Nam vô địch giải trẻ\nGiải đấu năm nay có nhiều tay golf trẻ tham dự.",
		"Chủ tịch Fed thừa nhận lạm phát kéo dài\nLãi suất sẽ chưa tăng trong năm nay.",
	} {
		for _, f := range extractTyped(t, text, Title) {
			assert.NotContains(t, []string{"Doanh nhân Việt Nam", "Golf thủ Việt Nam", "Chủ tịch Fed"}, f.text, text)
		}
	}
}

func TestTitleEndsBeforeAHolderOfRarerShape(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		text, title, name string
	}{
		{"Chủ tịch UBND tỉnh Gia Lai Kpă Thuyên trao quà cho bà con.", "Chủ tịch UBND tỉnh Gia Lai", "Kpă Thuyên"},
		{"Bí thư Tỉnh ủy Lai Châu Giàng Páo Mỷ thăm hỏi bà con vùng lũ.", "Bí thư Tỉnh ủy Lai Châu", "Giàng Páo Mỷ"},
		{"Chủ tịch Thượng viện Campuchia Say Chhum tiếp đoàn.", "Chủ tịch Thượng viện Campuchia", "Say Chhum"},
		{"Phó Chủ tịch UBND tỉnh Gia Lai Rơ Mah Tuấn kiểm tra công tác phòng chống dịch.", "Phó Chủ tịch UBND tỉnh Gia Lai", "Rơ Mah Tuấn"},
		{"Phó Chủ tịch UBND tỉnh Đắk Lắk Y Giang Gry Niê Knơng chủ trì hội nghị.", "Phó Chủ tịch UBND tỉnh Đắk Lắk", "Y Giang Gry Niê Knơng"},
	} {
		assertTitleOf(t, x, c.text, c.title, c.name)
	}
	// the organization goes on after its place when no name of such a shape follows
	assertTitleOf(t, x, "Giám đốc Sở Y tế Hà Nội Trần Thị Nhị Hà cho biết.", "Giám đốc Sở Y tế Hà Nội", "Trần Thị Nhị Hà")
	assert.Empty(t, extractTyped(t, "Giám đốc Công an tỉnh Gia Lai Tổng Kết công tác.", Person))
}

func TestPeopleOfRound6(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"a syllable joined by an apostrophe after a surname", "Bà Ksor H'Bơ Khăp phát biểu. Chị Siu H’Mai cho biết gia đình đã thoát nghèo. Ông Điểu K'Ré tiếp xúc cử tri.", []string{"Ksor H'Bơ Khăp", "Siu H’Mai", "Điểu K'Ré"}},
		{"an apostrophe that joins no syllable", "Anh Nguyễn Văn A' nói.", []string{"Nguyễn Văn A"}},
		{"a stage name ending in a form of address before và and a name", "Bảo Anh và Hồ Quang Hiếu tái hợp trên sân khấu.", []string{"Bảo Anh", "Hồ Quang Hiếu"}},
		{"a country before và and a name", "Giải Ngoại hạng Anh và Nguyễn Văn Toàn.", []string{"Nguyễn Văn Toàn"}},
		{"Korean family names with a hyphenated given name", "Chun Jae-ho được bổ nhiệm làm trợ lý. Diễn viên Woo Do-hwan và Yoon Kye-sang đóng chính.", []string{"Chun Jae-ho", "Woo Do-hwan", "Yoon Kye-sang"}},
		{"a Korean family name that is also a Vietnamese syllable, before Vietnamese words", "Sản phẩm Chun Giãn bán chạy ở chợ Sung Túc.", nil},
		{"the Arabic article joined to a surname", "Tổng thống Bashar al-Assad rời Damascus. Tổng thống Ai Cập Abdel Fattah el-Sisi tiếp đoàn.", []string{"Bashar al-Assad", "Abdel Fattah el-Sisi"}},
		{"two particles inside a foreign name", "Chủ tịch Ủy ban châu Âu Ursula von der Leyen bất ngờ đến Kiev. Hậu vệ Virgil van Dijk ghi bàn.", []string{"Ursula von der Leyen", "Virgil van Dijk"}},
		{"a lower-case article before a hyphen that joins no name", "Ông Ali cho biết an-ninh được bảo đảm.", []string{"Ali"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, f := range extractTyped(t, c.text, Person) {
				got = append(got, f.text)
			}
			assert.Equal(t, c.want, got)
		})
	}
}

func TestTitlesElectAndFieldMarshal(t *testing.T) {
	x := newTestExtractor(t)
	assertTitleOf(t, x, "Tổng thống đắc cử Indonesia Prabowo Subianto thăm Trung Quốc.", "Tổng thống đắc cử Indonesia", "Prabowo Subianto")
	assertTitleOf(t, x, "Thống tướng Min Aung Hlaing tiếp đặc phái viên ASEAN.", "Thống tướng", "Min Aung Hlaing")
	// "đắc cử" after a name is a verb, no part of a title
	assert.Empty(t, extractTyped(t, "Ông Joe Biden đắc cử tổng thống Mỹ.", Title))
}
