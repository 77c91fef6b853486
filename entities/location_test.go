// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLocationsInPressSentences(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	cases := []struct {
		text string
		want []want
	}{
		{"Khán giả vào sân vận động Mỹ Đình; nghệ sĩ diễn ở thủ đô Moscow; dự án tại An Nhơn được duyệt.", []want{
			{Location, "sân vận động Mỹ Đình", 0, ""}, {Location, "thủ đô Moscow", 0, ""}, {Location, "An Nhơn", 0, ""}}},
		{"Vũng Rô là một vịnh nước sâu dưới chân Đèo Cả; đội chủ sân Old Trafford thua; các nghệ sĩ Hollywood.", []want{
			{Location, "Vũng Rô", 0, ""}, {Location, "Đèo Cả", 0, ""}, {Location, "Old Trafford", 0, ""}, {Location, "Hollywood", 0, ""}}},
		{"Hai đội so tài trên sân Sultan Qaboos, còn đội chủ sân Anfield thắng.", []want{
			{Location, "sân Sultan Qaboos", 0, ""}, {Location, "Anfield", 0, ""}}},
		{"Covid-19 cases in Hung Yen province; women in Tan Lac district; Tin tức Ha Tinh mới nhất.", []want{
			{Location, "Hung Yen province", 0, ""}, {Location, "Tan Lac district", 0, ""}, {Location, "Ha Tinh", 0, "Hà Tĩnh"}}},
		{"Cơn bão ở đảo Hải Nam Trung Quốc; kiểm tra quán karaoke tại xã Mỹ Phong.", []want{
			{Location, "Trung Quốc", 0, ""}, {Location, "xã Mỹ Phong", 0, ""}}},
		{"Nga và Trung Quốc tập trận quân sự chung: thông điệp gửi tới Mỹ.", []want{
			{Location, "Nga", 0, ""}, {Location, "Trung Quốc", 0, ""}, {Location, "Mỹ", 0, "Hoa Kỳ"}}},
		{"Triều Tiên phóng tên lửa, Nhật Bản và Hàn Quốc họp khẩn; Ukraine và Afghanistan cũng được bàn.", []want{
			{Location, "Triều Tiên", 0, ""}, {Location, "Nhật Bản", 0, ""}, {Location, "Hàn Quốc", 0, ""},
			{Location, "Ukraine", 0, ""}, {Location, "Afghanistan", 0, ""}}},
		{"Xảy ra tại số 4 Phạm Bá Trực, phường Hoàng Văn Thụ, quận Hồng Bàng, TP Hải Phòng.", []want{
			{Location, "Phạm Bá Trực", 0, ""}, {Location, "phường Hoàng Văn Thụ", 0, ""}, {Location, "quận Hồng Bàng", 0, ""}, {Location, "TP Hải Phòng", 0, "Hải Phòng"}}},
		{"Người dân TP.HCM, TPHCM, TP HCM hay Sài Gòn đều vui mừng; thành phố Hồ Chí Minh mở cửa.", []want{
			{Location, "TP.HCM", 0, "Thành phố Hồ Chí Minh"}, {Location, "TPHCM", 0, "Thành phố Hồ Chí Minh"},
			{Location, "TP HCM", 0, "Thành phố Hồ Chí Minh"}, {Location, "Sài Gòn", 0, ""},
			{Location, "thành phố Hồ Chí Minh", 0, "Thành phố Hồ Chí Minh"}}},
		{"Mưa lớn ở miền Trung, Tây Nguyên và Đồng bằng sông Cửu Long; châu Âu, Đông Nam Á và Trung Đông nắng nóng.", []want{
			{Location, "miền Trung", 0, ""}, {Location, "Tây Nguyên", 0, ""}, {Location, "Đồng bằng sông Cửu Long", 0, ""},
			{Location, "châu Âu", 0, ""}, {Location, "Đông Nam Á", 0, ""}, {Location, "Trung Đông", 0, ""}}},
		{"Lũ trên sông Hồng; tàu cá hoạt động ở Trường Sa, Hoàng Sa và biển Đông; du khách đến vịnh Hạ Long.", []want{
			{Location, "sông Hồng", 0, ""}, {Location, "Trường Sa", 0, ""}, {Location, "Hoàng Sa", 0, ""},
			{Location, "biển Đông", 0, ""}, {Location, "vịnh Hạ Long", 0, ""}}},
		{"Căn hộ ở quận 1 và phường 5, huyện Bình Chánh, tỉnh Quảng Nam.", []want{
			{Location, "quận 1", 0, ""}, {Location, "phường 5", 0, ""}, {Location, "huyện Bình Chánh", 0, ""}, {Location, "tỉnh Quảng Nam", 0, ""}}},
		{"Nghệ An, Hà Tĩnh và Quảng Bình đã sáp nhập; tỉnh Thừa Thiên - Huế trở thành thành phố.", []want{
			{Location, "Nghệ An", 0, ""}, {Location, "Hà Tĩnh", 0, ""}, {Location, "Quảng Bình", 0, ""},
			{Location, "tỉnh Thừa Thiên - Huế", 0, ""}}},
		{"Quân đội Mỹ rút khỏi bắc Afghanistan, Thủ đô Brussels đón đoàn.", []want{
			{Location, "Afghanistan", 0, ""}, {Location, "Thủ đô Brussels", 0, ""}}},
		{"Phu nu Ha Noi va TP.HCM.", []want{{Location, "Ha Noi", 0, "Hà Nội"}}},
		{"Dịch bùng phát tại 02 huyện Thoại Sơn và Châu Thành; bài học từ Gò Công Tây, Tiền Giang.", []want{
			{Location, "Thoại Sơn", 0, ""}, {Location, "Châu Thành", 0, ""}, {Location, "Gò Công Tây", 0, ""}, {Location, "Tiền Giang", 0, ""}}},
		{"Tai nạn trên cao tốc Nội Bài - Lào Cai và quốc lộ 51 xã Long An, huyện Long Thành, Đồng Nai.", []want{
			{Location, "cao tốc Nội Bài - Lào Cai", 0, ""}, {Location, "quốc lộ 51", 0, ""}, {Location, "xã Long An", 0, ""},
			{Location, "huyện Long Thành", 0, ""}, {Location, "Đồng Nai", 0, ""}}},
		// a list after a count and a colon
		{"Lũ quét gây thiệt hại tại 4 huyện: Mường Lát, Quan Sơn, Quan Hóa và Bá Thước; các xã: Trung Lý, Tam Chung bị cô lập.", []want{
			{Location, "Mường Lát", 0, ""}, {Location, "Quan Sơn", 0, ""}, {Location, "Quan Hóa", 0, ""}, {Location, "Bá Thước", 0, ""},
			{Location, "Trung Lý", 0, ""}, {Location, "Tam Chung", 0, ""}}},
		// a street after its house number, and after "trên đường", "dọc tuyến đường"
		{"Vụ cướp ở tiệm vàng số 173 Trần Thành Ngọ, quận Kiến An; nơi cư trú: Số 20/33/380 Tô Hiệu, Hồ Nam, Lê Chân.", []want{
			{Location, "Trần Thành Ngọ", 0, ""}, {Location, "quận Kiến An", 0, ""}, {Location, "Tô Hiệu", 0, ""}, {Location, "Hồ Nam", 0, ""}}},
		{"Tìm người đến Hair Salon Mẹ Ớt số 36A, Trần Quang Diệu, Đống Đa, Hà Nội.", []want{
			{Location, "Trần Quang Diệu", 0, ""}, {Location, "Đống Đa", 0, ""}, {Location, "Hà Nội", 0, ""}}},
		{"Nhiều quán trên đường Lê Lợi mở bán lại; sạt lở dọc tuyến đường Trường Sơn Đông; xe chạy trên đường Hà Nội - Hải Phòng.", []want{
			{Location, "đường Lê Lợi", 0, ""}, {Location, "đường Trường Sơn Đông", 0, ""}, {Location, "Hà Nội", 0, ""}, {Location, "Hải Phòng", 0, ""}}},
		// an island keeps its word; a ring road its number; a number after a ward is no count
		{"Tàu ra đảo Cồn Cỏ trong đêm; đường Vành đai 4 vướng mặt bằng; Cư xá Thanh Đa thuộc phường 27 Quận Bình Thạnh.", []want{
			{Location, "đảo Cồn Cỏ", 0, ""}, {Location, "đường Vành đai 4", 0, ""}, {Location, "phường 27", 0, ""}, {Location, "Quận Bình Thạnh", 0, ""}}},
		// built places and lands with their type word
		{"Khai quật phía Nam đền thờ Lê Đại Hành; Khách sạn Star Wars mở cửa; xây mới chung cư Thanh Đa.", []want{
			{Location, "đền thờ Lê Đại Hành", 0, ""}, {Location, "Khách sạn Star Wars", 0, ""}, {Location, "chung cư Thanh Đa", 0, ""}}},
		{"Thung lũng trường thọ ở xứ Mường Hòa Bình; đặc sản xứ Nghệ; tại Công viên quốc gia Kruger, Nam Phi.", []want{
			{Location, "xứ Mường", 0, ""}, {Location, "Hòa Bình", 0, ""}, {Location, "xứ Nghệ", 0, ""},
			{Location, "Công viên quốc gia Kruger", 0, ""}, {Location, "Nam Phi", 0, ""}}},
		// a listed name that ends in a lower-case word stops before a longer capitalized one
		{"Kỷ niệm 60 năm đường Hồ Chí Minh trên biển; cùng với đường Hồ Chí Minh trên Biển Đông.", []want{
			{Location, "đường Hồ Chí Minh trên biển", 0, ""}, {Location, "Biển Đông", 0, ""}}},
		// a people is no place, but the country is ("người Hà Lan" / "tới Hà Lan")
		{"Hai du khách người Hà Lan bay từ Hà Lan tới Trung Quốc.", []want{
			{Location, "Hà Lan", 1, ""}, {Location, "Trung Quốc", 0, ""}}},
		{"Không khí lạnh ảnh hưởng các tỉnh miền Tây và vùng Tây Bắc.", []want{
			{Location, "miền Tây", 0, ""}, {Location, "Tây Bắc", 0, ""}}},
		// a feature or route word capitalized only because it starts a sentence or a line
		{"Cầu Long Biên được đề xuất cải tạo. Chợ Bến Thành sáng đèn.\nNgã ba Huế ùn tắc.", []want{
			{Location, "Cầu Long Biên", 0, ""}, {Location, "Chợ Bến Thành", 0, ""}, {Location, "Ngã ba Huế", 0, ""}}},
		{"Tuyến đường sắt Cát Linh - Hà Đông đón khách trở lại.", []want{
			{Location, "Tuyến đường sắt Cát Linh - Hà Đông", 0, ""}}},
		// compound type words; a foreign province keeps "tỉnh"; "đường phố" is streets in general
		{"Du khách đến huyện đảo Lý Sơn và xã đảo Thạnh An; tàu qua eo biển Hormuz và kênh đào Suez; tuyết phủ dãy Hoàng Liên Sơn.", []want{
			{Location, "huyện đảo Lý Sơn", 0, ""}, {Location, "xã đảo Thạnh An", 0, ""}, {Location, "eo biển Hormuz", 0, ""},
			{Location, "kênh đào Suez", 0, ""}, {Location, "dãy Hoàng Liên Sơn", 0, ""}}},
		{"Người dân ra vào chợ đầu mối Bình Điền; sân bay quốc tế Long Thành sắp khai thác; lũ ở tỉnh Quảng Đông, Trung Quốc.", []want{
			{Location, "chợ đầu mối Bình Điền", 0, ""}, {Location, "sân bay quốc tế Long Thành", 0, ""},
			{Location, "tỉnh Quảng Đông", 0, ""}, {Location, "Trung Quốc", 0, ""}}},
		// a listed ward or commune that ends in a feature word
		{"Cửa biển Vàm Xoáy (xã Đất Mũi, huyện Ngọc Hiển); các xã Tà Xùa, Háng Đồng và Hang Chú bị cô lập.", []want{
			{Location, "Cửa biển Vàm Xoáy", 0, ""}, {Location, "xã Đất Mũi", 0, ""}, {Location, "huyện Ngọc Hiển", 0, ""},
			{Location, "Tà Xùa", 0, ""}, {Location, "Háng Đồng", 0, ""}, {Location, "Hang Chú", 0, ""}}},
		// a highway between three places, one of them written with a unit word; a ring road's number is no count
		{"Ùn tắc trên cao tốc TP.HCM - Long Thành - Dầu Giây; đường Vành đai 3 TP.HCM sắp thông xe.", []want{
			{Location, "cao tốc TP.HCM - Long Thành - Dầu Giây", 0, ""}, {Location, "đường Vành đai 3", 0, ""},
			{Location, "TP.HCM", 1, "Thành phố Hồ Chí Minh"}}},
		// a strait, a canal and an island keep their word before a country's name; a sea does not
		{"Tàu chiến Mỹ vào eo biển Đài Loan; hạn hán ở kênh đào Panama; ông Trump muốn mua đảo Greenland; cảng biển Việt Nam.", []want{
			{Location, "Mỹ", 0, "Hoa Kỳ"}, {Location, "eo biển Đài Loan", 0, ""}, {Location, "kênh đào Panama", 0, ""},
			{Location, "đảo Greenland", 0, ""}, {Location, "Việt Nam", 0, ""}}},
		// a one-digit number ends the name of a built place or village, but not a count
		{"Khánh thành cầu Cần Thơ 2 sau ba năm; hai người trú tại bản Đỉnh Sơn 2, xã Hữu Kiệm.", []want{
			{Location, "cầu Cần Thơ 2", 0, ""}, {Location, "bản Đỉnh Sơn 2", 0, ""}, {Location, "xã Hữu Kiệm", 0, ""}}},
		{"Hầm Hải Vân 2 chính thức đưa vào khai thác.\nĐường Trường Sa được lát đá mới.", []want{
			{Location, "Hầm Hải Vân 2", 0, ""}, {Location, "Đường Trường Sa", 0, ""}}},
		// a district named alone in running text
		{"Bát Xát vận động người dân; vải thiều Lục Ngạn sang Nhật; học sinh Quốc Oai đoạt giải.", []want{
			{Location, "Bát Xát", 0, ""}, {Location, "Lục Ngạn", 0, ""}, {Location, "Quốc Oai", 0, ""}}},
		// a residential group in an address
		{"Hai ca bệnh ở xã Tiên Hải và tổ 6, phường Thanh Tuyền.", []want{
			{Location, "xã Tiên Hải", 0, ""}, {Location, "tổ 6", 0, ""}, {Location, "phường Thanh Tuyền", 0, ""}}},
		{"Hà Nội thắng trên sân Mỹ Đình 2 trận liền; ở huyện Củ Chi 3 tháng.", []want{
			{Location, "Hà Nội", 0, ""}, {Location, "sân Mỹ Đình", 0, ""}, {Location, "huyện Củ Chi", 0, ""}}},
		{"Siêu xe chạy trên đường phố Hà Nội; giao tranh ở Donetsk; hội nghị tại Baku.", []want{
			{Location, "Hà Nội", 0, ""}, {Location, "Donetsk", 0, ""}, {Location, "Baku", 0, ""}}},
	}
	for _, c := range cases {
		checkWanted(t, x, c.text, c.want)
	}
}

func TestLocationNegatives(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	for _, c := range []struct{ text, not string }{
		{"Anh cho biết sẽ về quê.", "Anh"},
		{"Ca sĩ Mỹ Tâm ra mắt album.", "Mỹ"},
		{"Chị Nga bán hàng ở chợ.", "Nga"},
		{"Hậu vệ Hoàng Đức ghi bàn.", "Đức"},
		{"Học tiếng Nga và tiếng Pháp.", "Nga"},
		{"Trung vệ người Hà Lan chưa lấy lại phong độ; du khách người Trung Quốc tăng mạnh.", "Hà Lan"},
		{"Du khách người Trung Quốc tăng mạnh; người Bồ Đào Nha ăn nhiều cá tuyết.", "Trung Quốc"},
		{"Người Bồ Đào Nha ăn nhiều cá tuyết.", "Bồ Đào Nha"},
		{"Ý kiến của cử tri được ghi nhận.", "Ý"},
		{"Tư tưởng Hồ Chí Minh soi đường.", "Hồ Chí Minh"},
		{"Hòa bình là khát vọng; yêu cầu toàn cầu.", "cầu toàn"},
		{"Lịch sử Ngoại hạng Anh chưa từng có; bảng Anh tăng giá.", "Anh"},
		{"Trùm giang hồ Phú Thọ bị bắt.", "hồ Phú Thọ"},
		{"Hội nghị có đồng chí Nguyễn Hòa Bình, Ủy viên Bộ Chính trị.", "Hòa Bình"},
		{"Quần thể nhà thờ Công giáo được đánh giá đẹp nhất.", "nhà thờ Công"},
		{"Visit the Capital city and the Old town.", "Capital city"},
		{"Ông sống tại Hàm Tân Phú Quý nhiều năm.", "Hàm Tân"},
		{"Kết quả của 3 huyện: Anh Sơn dẫn đầu.", "huyện: Anh Sơn"},
		{"Cầu thủ mang áo số 10 Nguyễn Quang Hải, Hà Nội FC thắng.", "Nguyễn Quang Hải"},
		{"Tiền đạo số 9 Nguyễn Tiến Linh, người ghi bàn, được khen.", "Nguyễn Tiến Linh"},
		{"Trên đường về nhà, Nguyễn Văn An bị cướp; con đường Việt Nam chọn là đúng.", "đường Việt Nam"},
		{"Lên đường Nguyễn Văn Bình nhận nhiệm vụ mới.", "đường Nguyễn Văn Bình"},
		{"Linh mục giáo xứ Thái Hà dâng lễ.", "xứ Thái Hà"},
		{"Khai quật đền thờ Lê Đại Hành.", "Lê Đại Hành"},
		{"Hồ Quang Hiếu ra mắt MV mới.", "Hồ Quang Hiếu"},
		{"Nam Phi đăng cai hội nghị thượng đỉnh G20.", "đỉnh G20"},
		{"Đại biểu thảo luận ở tổ 55, tại điểm cầu Thanh Hóa.", "tổ 55"},
		{"Hoàng Mai ghi bàn ở phút cuối.", "Hoàng Mai"},
		{"Lương Xuân Trường ghi bàn. Sau trận, Xuân Trường nói đội đã cố gắng.", "Xuân Trường"},
		{"Đóng điện trạm biến áp 220 kV Sơn Động và đấu nối.", "Sơn Động"},
		{"Chị Thanh Sơn bán hàng ở chợ.", "Thanh Sơn"},
		{"How to Prevent Rushing Your Urgent Essays", "to Prevent Rushing Your Urgent"},
		{"Kết quả: 1 Nguyễn Văn An, Hà Nội; 2 Trần Văn Bình, Huế.", "Nguyễn Văn An"},
		{"Siêu xe chạy trên đường phố Hà Nội.", "phố Hà Nội"},
		{"Đường lối đổi mới được khẳng định.", "Đường lối"},
		{"Cao Tốc Độ Mới ra mắt.", "Cao Tốc Độ Mới"},
	} {
		t.Run(c.text, func(t *testing.T) {
			for _, e := range x.Extract(c.text).OfType(Location) {
				assert.NotEqual(t, c.not, e.Text)
			}
		})
	}
}

func TestStreetsAreNoPeople(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	for _, text := range []string{
		"Nhiều quán trên đường Lê Lợi mở bán lại.",
		"Vụ cướp ở tiệm vàng số 173 Trần Thành Ngọ, quận Kiến An.",
		"Nổ súng tại số 4 Phạm Bá Trực, phường Hoàng Văn Thụ, quận Hồng Bàng.",
		"Sạt lở dọc tuyến đường Trường Sơn Đông, huyện Lạc Dương.",
		"Khai quật khu vực phía Nam đền thờ Lê Đại Hành.",
		"Trụ sở công ty đặt tại 15 Trần Hưng Đạo, quận Hoàn Kiếm, Hà Nội.",
		"Địa chỉ: 102 Nguyễn Văn Cừ, phường Nguyễn Cư Trinh, quận 1.",
	} {
		t.Run(text, func(t *testing.T) {
			doc := x.Extract(text)
			assert.Empty(t, doc.OfType(Person))
			assert.Empty(t, doc.OfType(Organization))
			assert.NotEmpty(t, doc.OfType(Location))
		})
	}
}

func TestWithGazetteerAddsLocations(t *testing.T) {
	x, err := New(WithGazetteer(GazetteerEntry{Type: Location, Text: "Kỳ Co", Norm: "Bãi Kỳ Co"}))
	require.NoError(t, err)
	text := "Du khách đổ về Kỳ Co dịp Tết."
	e, ok := entityOf(x.Extract(text), text, want{Location, "Kỳ Co", 0, ""})
	require.True(t, ok)
	assert.Equal(t, "Bãi Kỳ Co", e.Norm)
}
