// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// want is an expected entity: its type, its text, and the byte offset of the text in the sentence
// (the n-th occurrence, from 0, when it occurs more than once).
type want struct {
	typ  Type
	text string
	nth  int
	norm string
}

// entityOf returns the entity of type t spanning exactly the nth occurrence of text in s.
func entityOf(doc Document, s string, w want) (Entity, bool) {
	start := -1
	for k, from := 0, 0; k <= w.nth; k++ {
		i := strings.Index(s[from:], w.text)
		if i < 0 {
			return Entity{}, false
		}
		start = from + i
		from = start + 1
	}
	for _, e := range doc.Entities {
		if e.Type == w.typ && e.Start == start && e.End == start+len(w.text) && e.Mention == "" {
			return e, true
		}
	}
	return Entity{}, false
}

// checkWanted runs x over text and checks that every wanted entity is there, with its norm when
// one is given.
func checkWanted(t *testing.T, x *Extractor, text string, want []want) {
	t.Run(text, func(t *testing.T) {
		doc := x.Extract(text)
		for _, w := range want {
			e, ok := entityOf(doc, text, w)
			if assert.True(t, ok, "%s %q not found in %v", w.typ, w.text, doc.Entities) && w.norm != "" {
				assert.Equal(t, w.norm, e.Norm, w.text)
			}
		}
	})
}

func TestOrganizationsInPressSentences(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	cases := []struct {
		text string
		want []want
	}{
		{"Bộ trưởng Trương Minh Tuấn làm việc với Hiệp hội Internet Việt Nam", []want{
			{Organization, "Hiệp hội Internet Việt Nam", 0, ""}, {Location, "Việt Nam", 0, ""}}},
		{"đồng chí Trương Minh Tuấn, Ủy viên Trung ương Đảng, Bộ trưởng Bộ TT&TT đã chủ trì buổi làm việc.", []want{
			{Organization, "Trung ương Đảng", 0, "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"},
			{Organization, "Bộ TT&TT", 0, "Bộ Thông tin và Truyền thông"}}},
		{"Bộ trưởng yêu cầu Ban quản lý Chương trình dịch vụ viễn thông công ích, Quỹ dịch vụ viễn thông công ích Việt Nam trao đổi với các doanh nghiệp.", []want{
			{Organization, "Ban quản lý Chương trình dịch vụ viễn thông công ích", 0, ""},
			{Organization, "Quỹ dịch vụ viễn thông công ích Việt Nam", 0, ""}}},
		{"Bộ trưởng Bộ TT&TT giao Văn phòng Bộ, các đơn vị chức năng của Bộ có liên quan sẽ tổ chức đối thoại.", []want{
			{Organization, "Văn phòng Bộ", 0, "Văn phòng Bộ Thông tin và Truyền thông"}}},
		{"Chủ tịch UBND tỉnh Quảng Nam vừa ký quyết định.", []want{
			{Organization, "UBND tỉnh Quảng Nam", 0, ""}, {Location, "tỉnh Quảng Nam", 0, ""}}},
		{"Cục Cạnh tranh và Bảo vệ người tiêu dùng (Bộ Công Thương) cho biết, gần đây xuất hiện hình thức lừa đảo.", []want{
			{Organization, "Cục Cạnh tranh và Bảo vệ người tiêu dùng", 0, ""}, {Organization, "Bộ Công Thương", 0, ""}}},
		{"Ngày 8/10, Bộ GTVT ban hành quy định tạm thời.", []want{
			{Organization, "Bộ GTVT", 0, "Bộ Giao thông vận tải"}}},
		{"Bộ y tế ra văn bản hướng dẫn cụ thể.", []want{{Organization, "Bộ y tế", 0, "Bộ Y tế"}}},
		{"Theo Trung tâm Dự báo Khí tượng Thủy văn Quốc gia, không khí lạnh tràn về.", []want{
			{Organization, "Trung tâm Dự báo Khí tượng Thủy văn Quốc gia", 0, ""}}},
		{"Tổ chức Y tế thế giới (WHO) ngày 22/9 đã đưa ra hướng dẫn mới. WHO khuyến cáo các nước.", []want{
			{Organization, "Tổ chức Y tế thế giới", 0, ""}, {Organization, "WHO", 0, ""}, {Organization, "WHO", 1, ""}}},
		{"Hiệp hội Internet Việt Nam (VIA) kiến nghị. VIA sẽ tổ chức hội thảo.", []want{
			{Organization, "VIA", 0, "Hiệp hội Internet Việt Nam"}, {Organization, "VIA", 1, "Hiệp hội Internet Việt Nam"}}},
		{"Phó Thủ tướng yêu cầu Sở Y tế Hà Nội và Công an TP.HCM phối hợp.", []want{
			{Organization, "Sở Y tế Hà Nội", 0, ""}, {Organization, "Công an TP.HCM", 0, ""}, {Location, "TP.HCM", 0, "Thành phố Hồ Chí Minh"}}},
		{"Hiệu trưởng ĐH Bách khoa TP.HCM mong sinh viên dám tư duy khác biệt.", []want{
			{Organization, "ĐH Bách khoa TP.HCM", 0, ""}}},
		{"Sức ép lên U23 Việt Nam trước trận gặp Trung Quốc.", []want{
			{Organization, "U23 Việt Nam", 0, ""}, {Location, "Trung Quốc", 0, ""}}},
		{"(Tổ Quốc) - Quế Ngọc Hải mới đây đã có những chia sẻ.", []want{{Organization, "Tổ Quốc", 0, ""}}},
		{"Theo Reuters, Taliban đã kiểm soát Kabul; Apple và Google im lặng.", []want{
			{Organization, "Reuters", 0, ""}, {Organization, "Taliban", 0, ""}, {Location, "Kabul", 0, ""},
			{Organization, "Apple", 0, ""}, {Organization, "Google", 0, ""}}},
		{"Cơ quan cảnh sát điều tra Công an quận 7, TP.HCM đang giữ hình sự nghi phạm.", []want{
			{Organization, "Cơ quan cảnh sát điều tra Công an quận 7", 0, ""}, {Location, "quận 7", 0, ""}}},
		{"Ban thường vụ Tỉnh uỷ Cao Bằng bị yêu cầu kiểm điểm.", []want{
			{Organization, "Ban thường vụ Tỉnh uỷ Cao Bằng", 0, ""}}},
		{"Giá vàng SJC tăng; Vietcombank và BIDV giảm lãi suất.", []want{
			{Organization, "SJC", 0, ""}, {Organization, "Vietcombank", 0, "Ngân hàng TMCP Ngoại thương Việt Nam"}, {Organization, "BIDV", 0, ""}}},
		{"Xem trực tiếp Gamba Osaka vs Sagan Tosu, lúc 15:00; soi kèo Barcelona vs Real Madrid.", []want{
			{Organization, "Gamba Osaka", 0, ""}, {Organization, "Sagan Tosu", 0, ""}, {Organization, "Barcelona", 0, ""}, {Organization, "Real Madrid", 0, ""}}},
		{"Phim của anh bị Cục điện ảnh loại khỏi liên hoan; Thủ tướng thành lập Tổ công tác đặc biệt.", []want{
			{Organization, "Cục điện ảnh", 0, ""}, {Organization, "Tổ công tác đặc biệt", 0, ""}}},
		{"Tháng 10 này, cổ phiếu HQC đã bứt phá mạnh mẽ.", []want{{Organization, "HQC", 0, ""}}},
		{"HSG: Thông báo giao dịch cổ phiếu của người nội bộ", []want{{Organization, "HSG", 0, ""}}},
		{"Trung Quốc đe dọa lực lượng quân đội Mỹ; Quân đội Nga diễn tập.", []want{
			{Organization, "quân đội Mỹ", 0, ""}, {Organization, "Quân đội Nga", 0, ""}}},
		{"Chủ tịch UBND tỉnh vừa có công văn; Bí thư Tỉnh ủy và Trưởng Đoàn ĐBQH tỉnh Hà Nam dự họp.", []want{
			{Organization, "UBND tỉnh", 0, ""}, {Organization, "Tỉnh ủy", 0, ""}, {Organization, "Đoàn ĐBQH tỉnh Hà Nam", 0, ""}}},
		{"Đoàn tình nguyện của Trường Đại học Điều dưỡng Nam Định và Nhà máy Nhiệt điện Vĩnh Tân 4 tổ chức hội nghị.", []want{
			{Organization, "Trường Đại học Điều dưỡng Nam Định", 0, ""}, {Organization, "Nhà máy Nhiệt điện Vĩnh Tân 4", 0, ""}}},
		{"Bo TT&TT va Hiep hoi Internet Viet Nam se to chuc hoi thao tai Ha Noi.", []want{
			{Organization, "Bo TT&TT", 0, "Bộ Thông tin và Truyền thông"}, {Location, "Ha Noi", 0, "Hà Nội"}}},
		{"Bà Nguyễn Thị Hồng Nhung, Phó Cục trưởng Cục Chất lượng, Chế biến và Phát triển thị trường, cho biết.", []want{
			{Organization, "Cục Chất lượng, Chế biến và Phát triển thị trường", 0, ""}}},
		{"Ông Lê Đăng Dũng, Tổng Giám đốc Tập đoàn Công nghiệp – Viễn thông Quân đội (Viettel), cho biết.", []want{
			{Organization, "Tập đoàn Công nghiệp – Viễn thông Quân đội", 0, ""}}},
		{"Cuộc gặp trực tuyến giữa Bộ VHTTDL và Hội đồng Kinh doanh Hoa Kỳ - ASEAN diễn ra hôm qua.", []want{
			{Organization, "Hội đồng Kinh doanh Hoa Kỳ - ASEAN", 0, ""}, {Location, "Hoa Kỳ", 0, ""}}},
		{"Trưởng ban Nguyễn Văn An chủ trì, Bí thư Đảng ủy Trần Thị Bình và Trường THPT Lê Quý Đôn tham dự.", []want{
			{Organization, "Trường THPT Lê Quý Đôn", 0, ""}, {Person, "Trần Thị Bình", 0, ""}}},
		{"Các tiếp viên của hãng Alitalia đã cởi bỏ đồng phục; Chủ tịch HĐQT Vietravel Nguyễn Quốc Kỳ nhận định.", []want{
			{Organization, "Alitalia", 0, ""}, {Organization, "Vietravel", 0, ""}, {Person, "Nguyễn Quốc Kỳ", 0, ""}}},
		{"NHM Roma phản ứng cực sốc sau thất bại, còn CĐV Việt Nam vẫn chờ đợi.", []want{
			{Organization, "Roma", 0, ""}, {Location, "Việt Nam", 0, ""}}},
		{"Cổ phiếu ngân hàng ảnh hưởng lớn nhất gồm CTG, VCB, VPB; khối ngoại mua DGC. CTG tăng mạnh.", []want{
			{Organization, "CTG", 0, ""}, {Organization, "VCB", 0, ""}, {Organization, "VPB", 0, ""},
			{Organization, "DGC", 0, ""}, {Organization, "CTG", 1, ""}}},
		{"Số phận của Long Giang Land sẽ đi về đâu; quỹ Dragon Capital bán ra; the Ministry of Construction met Al-Rajhi Capital.", []want{
			{Organization, "Long Giang Land", 0, ""}, {Organization, "Dragon Capital", 0, ""},
			{Organization, "Ministry of Construction", 0, ""}, {Organization, "Al-Rajhi Capital", 0, ""}}},
		{"Ông A, Trưởng đoàn Đại biểu Quốc hội tỉnh, cùng Cục Cảnh sát hình sự (C02) kiểm tra quán karaoke Mỹ Quỳnh và Phòng khám đa khoa Ngọc Hồng.", []want{
			{Organization, "đoàn Đại biểu Quốc hội tỉnh", 0, ""}, {Organization, "C02", 0, ""},
			{Organization, "quán karaoke Mỹ Quỳnh", 0, ""}, {Organization, "Phòng khám đa khoa Ngọc Hồng", 0, ""}}},
		// lower-case fields of a name: "khảo cổ học", "đổi mới sáng tạo"
		{"Các nhà nghiên cứu của Viện Khảo cổ học khai quật di chỉ; Trung tâm Đổi mới sáng tạo quốc gia (NIC) hỗ trợ khởi nghiệp.", []want{
			{Organization, "Viện Khảo cổ học", 0, ""}, {Organization, "Trung tâm Đổi mới sáng tạo quốc gia", 0, ""}, {Organization, "NIC", 0, ""}}},
		// a line about a game: "bóng đá" and "Nhận định" name one too; a short first word cut with a period
		{"Nhận định bóng đá Seattle Sounders vs Portland Timbers 9h00 ngày 5/11; xem trực tiếp Getafe vs Atl. Madrid, lúc 2h00.", []want{
			{Organization, "Seattle Sounders", 0, ""}, {Organization, "Portland Timbers", 0, ""},
			{Organization, "Getafe", 0, ""}, {Organization, "Atl. Madrid", 0, ""}}},
		{"Nhận định Dortmund vs Augsburg; HLV Inter bị tố cáo; cổ phần được nhượng lại cho cựu Chủ tịch Coteccons Nguyễn Bá Dương.", []want{
			{Organization, "Augsburg", 0, ""}, {Organization, "Inter", 0, ""}, {Organization, "Coteccons", 0, ""}}},
		{"Ngày 23/10, Trường ĐH Công nghệ Thông tin và Truyền thông Việt - Hàn (VKU) khai giảng; Tập đoàn FPT và McKinsey Việt Nam ký kết.", []want{
			{Organization, "Trường ĐH Công nghệ Thông tin và Truyền thông Việt - Hàn", 0, ""}, {Organization, "VKU", 0, ""},
			{Organization, "Tập đoàn FPT", 0, ""}}},
		{"Công điện gửi Ban chỉ đạo Quốc gia về phòng, chống thiên tai; Ủy ban Quốc gia ứng phó sự cố, thiên tai và tìm kiếm cứu nạn; lãnh đạo Phòng Nông nghiệp và Phát triển nông thôn huyện, các hộ dân.", []want{
			{Organization, "Ban chỉ đạo Quốc gia về phòng, chống thiên tai", 0, ""},
			{Organization, "Ủy ban Quốc gia ứng phó sự cố, thiên tai và tìm kiếm cứu nạn", 0, ""},
			{Organization, "Phòng Nông nghiệp và Phát triển nông thôn huyện", 0, ""}}},
		{"Theo Công ty Cổ phần Phát hành phim Sao Kim, phim đạt doanh thu cao.", []want{
			{Organization, "Công ty Cổ phần Phát hành phim Sao Kim", 0, ""}}},
		{"Giám đốc Sở Văn hóa - Thể thao tỉnh Bình Định và Sở Công thương cùng kiểm tra; đoàn làm việc với Sở GTVT", []want{
			{Organization, "Sở Văn hóa - Thể thao tỉnh Bình Định", 0, ""}, {Organization, "Sở Công thương", 0, ""},
			{Organization, "Sở GTVT", 0, ""}}},
		{"Thế giới di động (mã CK: MWG) tự ý giảm tiền thuê.", []want{{Organization, "MWG", 0, ""}}},
		{"Công ty Hưng Phát (MCK: HPX) và Công ty Sông Đà (mã chứng khoán: SJE) báo lãi.", []want{
			{Organization, "HPX", 0, ""}, {Organization, "SJE", 0, ""}}},
		{"Hà Nội đảm bảo lưu thông hàng hóa\nTTTĐ - Thời gian qua, Hà Nội luôn sẵn sàng.", []want{
			{Organization, "TTTĐ", 0, ""}}},
		// armed units: an abbreviation of the head inside the name, a service after the unit's number
		{"Sáng 4/10, Bộ Tư lệnh (BTL) Vùng Cảnh sát biển 1 đã phát động đợt thi đua.\nBTL Vùng Cảnh sát biển 2 giúp dân xây nhà.", []want{
			{Organization, "Bộ Tư lệnh (BTL) Vùng Cảnh sát biển 1", 0, ""}, {Organization, "BTL Vùng Cảnh sát biển 2", 0, ""}}},
		{"Lữ đoàn 189 Hải quân đã tổ chức bế mạc hội thi; tàu của Vùng 3 Hải quân cập cảng. Cảnh sát biển tổ chức ra quân.", []want{
			{Organization, "Lữ đoàn 189 Hải quân", 0, ""}, {Organization, "Vùng 3 Hải quân", 0, ""}, {Organization, "Cảnh sát biển", 0, ""}}},
		{"Ngân hàng trao 5 tỷ đồng đến Bệnh viện Trung ương (TW) Quân đội 108 để mua thiết bị.", []want{
			{Organization, "Bệnh viện Trung ương (TW) Quân đội 108", 0, ""}}},
		// police units by number, with the police they belong to; the investigators of a police
		{"Đội Cảnh sát giao thông (CSGT) số 6 Công an TP Hà Nội vừa phát hiện nhà xe; đội CSGT số 5 – Phòng CSGT phối hợp.", []want{
			{Organization, "Đội Cảnh sát giao thông (CSGT) số 6 Công an TP Hà Nội", 0, ""}, {Organization, "đội CSGT số 5", 0, ""}}},
		{"Cơ quan điều tra Công an TP.HCM đang vào cuộc điều tra làm rõ nguyên nhân.", []want{
			{Organization, "Cơ quan điều tra Công an TP.HCM", 0, ""}}},
		// lower-case fields of a name, also after "về"
		{"Theo Trung tâm Dự báo nhu cầu nhân lực và Thông tin thị trường lao động TP.HCM, nhu cầu tăng; CTCP Phát triển nhà Thủ Đức báo lãi.", []want{
			{Organization, "Trung tâm Dự báo nhu cầu nhân lực và Thông tin thị trường lao động TP.HCM", 0, ""},
			{Organization, "CTCP Phát triển nhà Thủ Đức", 0, ""}}},
		{"Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06) ra mắt phần mềm.", []want{
			{Organization, "Cục Cảnh sát quản lý hành chính về trật tự xã hội", 0, ""}}},
		// a news site, also where a period ends the sentence after it
		{"Tin tức nhanh chóng 24h sẽ được cập nhật tại kinhtemoi.vn. Tòa soạn luôn sẵn sàng.", []want{
			{Organization, "kinhtemoi.vn", 0, ""}}},
		// a source's acronym of three letters, or set off by a colon or a dash that touches it
		{"Trao quà cho người nghèo\nGNO - Sáng 23-10, tại chùa Long Hoa, Ban Trị sự tặng quà.", []want{
			{Organization, "GNO", 0, ""}}},
		{"Ngày toàn dân phòng cháy\nDNTH: Nhằm nâng cao ý thức của người lao động.", []want{
			{Organization, "DNTH", 0, ""}}},
		{"Biến thể Delta plus\nSKĐS- Một biến thể mới được ghi nhận.", []want{
			{Organization, "SKĐS", 0, ""}}},
		{"Lễ tưởng niệm Đức Pháp chủ Giáo hội Phật giáo Thích Phổ Tuệ tại chùa.", []want{
			{Organization, "Giáo hội Phật giáo", 0, ""}}},
		{"Nhiều tài khoản Facebook bị khoá; người dân kiểm tra thẻ trên ứng dụng Zalo.", []want{
			{Organization, "Facebook", 0, ""}, {Organization, "Zalo", 0, ""}}},
		{"Sinh viên Trường Đại học Khoa học Xã hội và Nhân văn nhận học bổng; UBND xã Hòa Bình hỗ trợ.", []want{
			{Organization, "Trường Đại học Khoa học Xã hội và Nhân văn", 0, ""}, {Organization, "UBND xã Hòa Bình", 0, ""}}},
		{"Tin đăng trên Cổng thông tin điện tử tỉnh Quảng Nam.\nCổng thông tin điện tử huyện Đức Thọ - Hà Tĩnh", []want{
			{Organization, "Cổng thông tin điện tử tỉnh Quảng Nam", 0, ""}, {Organization, "Cổng thông tin điện tử huyện Đức Thọ - Hà Tĩnh", 0, ""}}},
		{"Thông báo số 12\nCổng thông tin điện tử Sở Giáo dục và Đào tạo Kon Tum", []want{
			{Organization, "Sở Giáo dục và Đào tạo Kon Tum", 0, ""}}},
		// an abbreviation in parentheses, then the place the body belongs to
		{"Sáng 12/10, Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Nghệ An đã họp; Liên đoàn Lao động (LĐLĐ) TP Đà Nẵng trao quà.", []want{
			{Organization, "Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Nghệ An", 0, ""},
			{Organization, "Liên đoàn Lao động (LĐLĐ) TP Đà Nẵng", 0, ""}}},
		// a name that carries its place already does not take a second one; a country is no branch
		{"Hội Sinh viên Việt Nam (SVVN) thành phố Hà Nội tổ chức; Ngân hàng Thế giới (WB) Hàn Quốc và Nhật Bản tài trợ.", []want{
			{Organization, "Hội Sinh viên Việt Nam", 0, ""}, {Organization, "SVVN", 0, ""},
			{Organization, "Ngân hàng Thế giới", 0, ""}, {Location, "Hàn Quốc", 0, ""}}},
	}
	for _, c := range cases {
		checkWanted(t, x, c.text, c.want)
	}
}

func TestOrganizationNegatives(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	for _, text := range []string{
		"Hiệp hội đã nỗ lực tổ chức nhiều hoạt động.",
		"Bộ trưởng yêu cầu các đơn vị nghiên cứu, xem xét.",
		"Hội nghị diễn ra trong hai ngày, Công ty này không tham dự.",
		"Trường Giang, Jack vô cùng bất ngờ trước màn lật mặt.",
		"Kiến nghị nhằm giúp Hiệp hội phát triển bền vững.",
		"Trang báo Mỹ đưa ra quan điểm khác.",
		"Smartphone Xiaomi Redmi 10 ra mắt thị trường Việt.",
		"Cầu thủ cũ yêu cầu CĐV ngừng hát phản cảm.",
		"Đồng chí Chủ tịch UBND tỉnh Trương Quốc Huy kiểm tra công tác phòng dịch.",
		"Cuộc thi hoạt động Mạng lưới tình nguyện viên.",
		"Hậu trường Trấn Thành hát hit mới.",
		"Bom tấn Trường Tân Hồ do Ngô Kinh đóng chính lập kỷ lục.",
		"Truong Minh Tuan cho biet se to chuc hoi thao.",
		"Sở Y tế, Sở Tài chính và các đơn vị liên quan họp.",
		"Trung tâm Hà Nội - Tin tức mới nhất",
		"Bí thư Đảng ủy Trần Thị Bình chủ trì.",
		"Kết quả xổ số hôm nay\nXSHG – Kết quả xổ số kiến thiết Hậu Giang.",
		"Đội CSGT đã xử phạt 20 trường hợp; Cơ quan điều tra đã bắt tạm giam bà Mai; Tạp chí Năng lượng Mới số 79 phát hành.",
		"Tập đoàn Vingroup nhà phát triển lớn nhất; Bộ Y tế về việc tiêm chủng đã có hướng dẫn.",
		"Truy cập tại kinhtemoi.vn.com để đọc thêm.",
		"Vùng 1 có mức lương tối thiểu cao nhất. Vùng Tây Bắc mưa lớn, Vùng 2 tăng lương.",
		"Sở Y tế (SYT) thông báo; Tổ chức Y tế Thế giới (WHO) Tuyên bố mới.",
		"Tiếp xúc cử tri\nLTS: Do ảnh hưởng của dịch, buổi tiếp xúc được tổ chức trực tuyến.",
		"Ca bệnh mới\nCOVID-19 Tiếp tục lan rộng ở nhiều địa phương.",
		"Bản tin sáng\nHOT: Ca sĩ nói gì trước tin đồn?",
		"Giá USD, EUR và JPY cùng tăng; học sinh mua SGK mới.",
		"Cô chia sẻ trên Facebook cá nhân và đăng video lên YouTube.",
		"Nhà đất giá tốt - Cổng thông tin và giao dịch bất động sản lớn nhất.",
		"Thông báo số 12\nCổng thông tin điện tử Sở Y tế Kon Tum",
		"Trận đấu Việt Nam vs Lào. Trận sau gặp Oman.",
		"Tập đoàn Viettel đổi mới sáng tạo không ngừng; Công ty FPT phát triển sản phẩm mới.",
		"Chi tiết Toyota Land Cruiser 2022; golf SEA Games 31; nghề Marketing Agency; phim ‘Police University’ tập 29.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, e := range x.Extract(text).Entities {
				if e.Mention == "reference" || (e.Type != Organization && e.Type != Location) {
					continue // "Trường Giang" is a person (a comedian), not a school
				}
				switch e.Text {
				case "Hiệp hội", "Hiệp hội phát triển", "Bộ", "Hội nghị", "Công ty", "Trường Giang", "báo Mỹ", "Xiaomi", "cầu CĐV", "UBND tỉnh Trương Quốc Huy", "tỉnh Trương Quốc Huy", "động Mạng",
					"trường Trấn Thành", "Trường Tân Hồ", "Truong Minh Tuan", "Sở Y tế, Sở Tài chính", "Trung tâm Hà Nội - Tin tức", "Đảng ủy Trần Thị Bình", "XSHG", "USD", "EUR", "JPY", "SGK",
					"Toyota Land", "Lào. Trận", "LTS", "COVID", "HOT", "kinhtemoi.vn", "Tập đoàn Vingroup nhà", "Bộ Y tế về việc", "Bộ Y tế về việc tiêm chủng", "Đội CSGT", "Cơ quan điều tra", "Tạp chí Năng lượng Mới số 79", "Vùng 1", "Vùng Tây Bắc", "Vùng 2", "Vùng", "Sở Y tế (SYT)", "Tổ chức Y tế Thế giới (WHO) Tuyên bố", "Tập đoàn Viettel đổi mới sáng tạo", "Tập đoàn Viettel đổi mới", "Công ty FPT phát triển", "SEA Games", "Marketing Agency", "Police University", "Facebook", "YouTube", "Cổng thông tin", "Cổng thông tin và giao dịch", "Cổng thông tin điện tử Sở Y tế Kon Tum":
					t.Errorf("unexpected %s %q", e.Type, e.Text)
				}
			}
		})
	}
}

// TestWellKnownOrganizationsNamedBare checks the gazetteer's organizations that the press names with
// no type word: companies, banks, media, agencies and groups, platforms, clubs and esports teams.
func TestWellKnownOrganizationsNamedBare(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	cases := []struct {
		text string
		want []want
	}{
		{"Dabaco ước doanh thu quý 3/2021 đạt 4.133 tỷ đồng, trong khi Vinaconex và Gelex báo lãi.", []want{
			{Organization, "Dabaco", 0, "Tập đoàn Dabaco Việt Nam"}, {Organization, "Vinaconex", 0, ""}, {Organization, "Gelex", 0, "Tập đoàn Gelex"}}},
		{"VCB vừa phê duyệt tăng vốn điều lệ; VNDirect và Vietcap đồng loạt nâng dự báo.", []want{
			{Organization, "VCB", 0, "Ngân hàng TMCP Ngoại thương Việt Nam"}, {Organization, "VNDirect", 0, ""}, {Organization, "Vietcap", 0, ""}}},
		{"Dân tình bất mãn cách JYP quản lý ITZY, trong khi YG chưa lên tiếng về BIGBANG.", []want{
			{Organization, "JYP", 0, "JYP Entertainment"}, {Organization, "ITZY", 0, ""}, {Organization, "YG", 0, "YG Entertainment"}, {Organization, "BIGBANG", 0, ""}}},
		{"Bộ phim vừa được KBS 'nhá hàng' trước giờ phát sóng, theo Dispatch và The Korea Herald.", []want{
			{Organization, "KBS", 0, ""}, {Organization, "Dispatch", 0, ""}, {Organization, "The Korea Herald", 0, "Korea Herald"}}},
		{"Equinor hợp tác với Rosneft; Chiến lược của Eni ở Libya; TotalEnergies trình bày triển vọng.", []want{
			{Organization, "Equinor", 0, ""}, {Organization, "Rosneft", 0, ""}, {Organization, "Eni", 0, ""}, {Organization, "TotalEnergies", 0, ""}}},
		{"Từ ngày 7/10, ứng dụng hẹn hò Tinder ra mắt tính năng mới; Weibo tiếp quản Suning.", []want{
			{Organization, "Tinder", 0, ""}, {Organization, "Weibo", 0, ""}, {Organization, "Suning", 0, ""}}},
		{"Team Flash hay V Gaming giành vé tới chung kết, còn T1 gặp HLE ở tứ kết.", []want{
			{Organization, "Team Flash", 0, ""}, {Organization, "V Gaming", 0, ""}, {Organization, "HLE", 0, "Hanwha Life Esports"}}},
		{"Saigon Heat thua Thang Long Warriors; Torino 0-1 Juventus; Phoenix Suns thắng Houston Rockets.", []want{
			{Organization, "Saigon Heat", 0, ""}, {Organization, "Thang Long Warriors", 0, ""}, {Organization, "Torino", 0, ""},
			{Organization, "Phoenix Suns", 0, ""}, {Organization, "Houston Rockets", 0, ""}, {Location, "Houston", 0, ""}}},
		{"Cơ quan Phát triển Quốc tế Hoa Kỳ (USAID) và JICA tài trợ; Korean Air, Singapore Airlines nối lại đường bay.", []want{
			{Organization, "USAID", 0, ""}, {Organization, "JICA", 0, "Cơ quan Hợp tác Quốc tế Nhật Bản"},
			{Organization, "Korean Air", 0, ""}, {Organization, "Singapore Airlines", 0, ""}}},
		{"MB ủng hộ 5 tỷ đồng cho Bệnh viện Trung ương Quân đội 108.", []want{{Organization, "MB", 0, "Ngân hàng TMCP Quân đội"}}},
		// two makers joined by a dash or side by side are two organizations, not a brand and its model
		{"Vaccine Pfizer-BioNTech hiệu quả 90,7%; liều vaccine Pfizer BioNTech cho trẻ em an toàn.", []want{
			{Organization, "Pfizer", 0, ""}, {Organization, "BioNTech", 0, ""}, {Organization, "Pfizer", 1, ""}, {Organization, "BioNTech", 1, ""}}},
		{"Tôn Hòa Phát xuất khẩu gần 50.000 tấn; FPT và McKinsey hợp tác chuyển đổi số.", []want{
			{Organization, "Tôn Hòa Phát", 0, ""}, {Organization, "McKinsey", 0, ""}}},
	}
	for _, c := range cases {
		checkWanted(t, x, c.text, c.want)
	}
	// What the list leaves out or guards: codes that read as times, terminals or vaccines, drinks,
	// and a brand that is a surname after a first name or a form of address.
	for _, text := range []string{
		"Nhà ga T1 sân bay Nội Bài đông khách lúc 2PM; trẻ sơ sinh được tiêm vaccine BCG.",
		"Diễn viên Harrison Ford vừa nhận giải thưởng. Ông Ford năm nay 80 tuổi.",
		"Cựu Thủ tướng Australia Tony Abbott lên tiếng; anh uống Red Bull và Pepsi.",
		"Ca sĩ Hoàng Huy và Nam Long cùng biểu diễn.",
		"Tệp nặng 512 MB, tốc độ tải về MB/s tăng gấp đôi.",
		"Chỉ số HNX-Index giảm; mẫu Samsung Galaxy S22 và Lexus LC 500 ra mắt.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, e := range x.Extract(text).Entities {
				if e.Type == Organization {
					t.Errorf("unexpected %s %q", e.Type, e.Text)
				}
			}
		})
	}
}

func TestOrganizationMentionsShareOneRef(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	text := "Bộ Thông tin và Truyền thông làm việc với Hiệp hội Internet Việt Nam. Bộ TT&TT ghi nhận, Hiệp hội đã nỗ lực. Lãnh đạo Bộ TT&TT cảm ơn Hiệp hội Internet Việt Nam."
	doc := x.Extract(text)
	refs := map[string]string{}
	for _, e := range doc.OfType(Organization) {
		require.NotEmpty(t, e.Ref, e.Text)
		key := e.Norm
		if key == "" {
			key = e.Text
		}
		if r, ok := refs[key]; ok {
			assert.Equal(t, r, e.Ref, e.Text)
		}
		refs[key] = e.Ref
	}
	assert.Equal(t, refs["Bộ Thông tin và Truyền thông"], refs["Bộ Thông tin và Truyền thông"])
	assert.NotEqual(t, refs["Bộ Thông tin và Truyền thông"], refs["Hiệp hội Internet Việt Nam"])
	var bo, ref []string
	for _, e := range doc.OfType(Organization) {
		if strings.HasPrefix(e.Text, "Bộ") {
			bo = append(bo, e.Ref)
		}
		if e.Mention == "reference" {
			ref = append(ref, e.Text+"="+e.Ref)
		}
	}
	require.Len(t, bo, 3)
	assert.Equal(t, bo[0], bo[1])
	assert.Equal(t, bo[0], bo[2])
	assert.Equal(t, []string{"Hiệp hội=" + refs["Hiệp hội Internet Việt Nam"]}, ref)
}

// TestAbbreviationTheTextDefinesLinksToItsFullName checks that an abbreviation the gazetteer knows
// too ("VIB", "MB") takes the full name the text writes before it, so that all its uses share its ref.
func TestAbbreviationTheTextDefinesLinksToItsFullName(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	for _, c := range []struct{ text, full, abbr string }{
		{"Ngân hàng Quốc Tế (VIB) hợp tác với Microsoft Việt Nam. Theo đó, VIB sẽ chuyển đổi số toàn diện.", "Ngân hàng Quốc Tế", "VIB"},
		{"Ngân hàng Quân Đội (MB) vừa ra mắt ứng dụng mới; MB cho biết sẽ miễn phí chuyển tiền.", "Ngân hàng Quân Đội", "MB"},
	} {
		t.Run(c.text, func(t *testing.T) {
			var full string
			var abbr []string
			for _, e := range x.Extract(c.text).OfType(Organization) {
				switch e.Text {
				case c.full:
					full = e.Ref
				case c.abbr:
					abbr = append(abbr, e.Ref)
					assert.Equal(t, c.full, e.Norm)
				}
			}
			require.NotEmpty(t, full)
			assert.Equal(t, []string{full, full}, abbr)
		})
	}
}

func TestOrganizationNormKeepsMinistryPeriods(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	n, e := x.orgs.gaz.longest(&doc{}, 0)
	assert.Zero(t, n)
	assert.Nil(t, e)
	d := doc{x: x, text: "Bộ TT&TT"}
	d.tokenize()
	n, e = x.orgs.gaz.longest(&d, 0)
	require.Equal(t, 4, n)
	assert.Equal(t, "Bộ Thông tin và Truyền thông", e.norm)
	assert.Equal(t, "2025-02-28", e.until, "merged into Bộ Khoa học và Công nghệ in 2025")
	d = doc{x: x, text: "Bộ Nông nghiệp và Môi trường"}
	d.tokenize()
	n, e = x.orgs.gaz.longest(&d, 0)
	require.Equal(t, 6, n)
	assert.Equal(t, "2025-03-01", e.from)
}

func TestWithGazetteerAddsOrganizations(t *testing.T) {
	x, err := New(WithGazetteer(GazetteerEntry{Type: Organization, Text: "PVTex", Norm: "Công ty Cổ phần Hóa dầu và Xơ sợi Dầu khí"}))
	require.NoError(t, err)
	text := "Cổ phiếu PVTex tăng trần."
	e, ok := entityOf(x.Extract(text), text, want{Organization, "PVTex", 0, ""})
	require.True(t, ok)
	assert.Equal(t, "Công ty Cổ phần Hóa dầu và Xơ sợi Dầu khí", e.Norm)
}

// orgPressTexts returns the bundled press articles: the seed article and every DANeS headline+lead.

// BenchmarkPipelineBuiltinGazetteer runs the whole pipeline over the bundled press text.
func BenchmarkPipelineBuiltinGazetteer(b *testing.B) { benchmarkExtract(b) }

// BenchmarkPipelineExtraGazetteer10k adds 10,000 synthetic organizations: the matcher is a trie, so
// the throughput stays that of the built-in gazetteer.
func BenchmarkPipelineExtraGazetteer10k(b *testing.B) {
	extra := make([]GazetteerEntry, 0, 10000)
	for i := 0; i < 10000; i++ {
		extra = append(extra, GazetteerEntry{Type: Organization, Text: fmt.Sprintf("Công ty Thử nghiệm Số %d", i), Norm: fmt.Sprintf("Công ty TNHH Thử nghiệm Số %d", i)})
	}
	benchmarkExtract(b, WithGazetteer(extra...))
}

// BenchmarkOrgLocRecognizers times the LOCATION and ORGANIZATION finders alone, on tokenized text.
func BenchmarkOrgLocRecognizers(b *testing.B) {
	x, err := New()
	require.NoError(b, err)
	var docs []doc
	size := 0
	for _, t := range pressTexts(b) {
		d := doc{x: x, text: t}
		d.prepare()
		docs = append(docs, d)
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k := range docs {
			d := &docs[k]
			d.spans = d.spans[:0]
			x.locs.find(d)
			x.orgs.find(d)
			x.orgs.link(d)
		}
	}
}

// TestLowerHashAndEqualLower checks the allocation-free lower-case comparison of link against
// strings.ToLower, on names with Vietnamese capitals, mixed scripts and invalid bytes.
func TestLowerHashAndEqualLower(t *testing.T) {
	names := []string{"Bộ Y tế", "BỘ Y TẾ", "bộ y tế", "ĐẠI HỌC QUỐC GIA", "Đại học Quốc gia", "VinFast",
		"VINFAST", "Samsung Electronics", "ǅemal Ǉ", "Σίσυφος", "\xffABC", "\uFFFDabc", "", "İstanbul"}
	for _, a := range names {
		assert.Equal(t, fnv64(strings.ToLower(a)), lowerHash(a), "%q", a)
		for _, b := range names {
			assert.Equal(t, strings.ToLower(a) == strings.ToLower(b), equalLower(a, b), "%q %q", a, b)
		}
	}
}
