// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wantDate is an expected DATE: its text (found in the input, the n-th occurrence when n > 0), value
// and calendar.
type wantDate struct {
	text, value, calendar string
	n                     int
}

func day(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// checkDates runs the full Extractor over text and compares its DATE entities with want, spans
// included.
func checkDates(t *testing.T, x *Extractor, text, ref string, want ...wantDate) {
	t.Helper()
	got := x.ExtractAt(text, day(ref)).OfType(Date)
	require.Len(t, got, len(want), "%q: got %+v", text, got)
	for k, w := range want {
		start := -1
		for n, from := 0, 0; n <= w.n; n++ {
			i := strings.Index(text[from:], w.text)
			require.GreaterOrEqual(t, i, 0, "%q not in %q", w.text, text)
			start = from + i
			from = start + 1
		}
		g := got[k]
		assert.Equal(t, Date, g.Type)
		assert.Equal(t, w.text, g.Text, "%q", text)
		assert.Equal(t, start, g.Start, "%q: start of %q", text, w.text)
		assert.Equal(t, start+len(w.text), g.End, "%q: end of %q", text, w.text)
		assert.Equal(t, w.value, g.Value, "%q: value of %q", text, w.text)
		assert.Equal(t, w.calendar, g.Calendar, "%q: calendar of %q", text, w.text)
	}
}

func TestSeedArticleHasItsFourDates(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	b, err := os.ReadFile("../testdata/articles/bo-tttt-hiep-hoi-internet-2016-05-12.txt")
	require.NoError(t, err)
	text := string(b)
	checkDates(t, x, text, "2016-05-12",
		wantDate{text: "Chiều ngày 12/05", value: "2016-05-12TAF"},
		wantDate{text: "năm 2015 - 2016", value: "2015/2016"},
		wantDate{text: "Quý III", value: "2016-Q3"},
		wantDate{text: "Quý IV", value: "2016-Q4"},
	)
}

func TestDateSpansAndValues(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	for _, c := range []struct {
		name, text, ref string
		want            []wantDate
	}{
		// numeric dates
		{"d/m/y", "Thông tư có hiệu lực từ 15/10/2021.", "", []wantDate{{text: "15/10/2021", value: "2021-10-15"}}},
		{"ngày d/m without ref", "Ngày 23/10, UBND tỉnh Khánh Hòa cho biết.", "", []wantDate{{text: "Ngày 23/10", value: "XXXX-10-23"}}},
		{"ngày d/m nearest year", "Ngày 28/12, ông Tuấn về nước.", "2022-01-03", []wantDate{{text: "Ngày 28/12", value: "2021-12-28"}}},
		{"d-m-y", "từ ngày 1-1-2017 đến ngày 30-6-2021.", "", []wantDate{{text: "ngày 1-1-2017", value: "2017-01-01"}, {text: "ngày 30-6-2021", value: "2021-06-30"}}},
		{"d.m after part of day", "Trưa 4.10, Sở Y tế Hà Nội cho biết.", "2021-10-04", []wantDate{{text: "Trưa 4.10", value: "2021-10-04TMI"}}},
		{"d.m.y", "Từ ngày 1.10.2021, tập đoàn áp dụng giá mới.", "", []wantDate{{text: "ngày 1.10.2021", value: "2021-10-01"}}},
		{"bare d/m after từ", "Học sinh trở lại trường từ 01/11 tới.", "2021-10-20", []wantDate{{text: "01/11 tới", value: "2021-11-01"}}},
		{"worded", "Ngày 12 tháng 5 năm 2016, Bộ đã họp.", "", []wantDate{{text: "Ngày 12 tháng 5 năm 2016", value: "2016-05-12"}}},
		{"worded month name", "Vì sao 19 tháng Mười có thể là ngày thảm họa?", "", []wantDate{{text: "19 tháng Mười", value: "XXXX-10-19"}}},
		// months and years
		{"tháng m/y", "Giá tăng trong tháng 5/2016 và tháng 12-2019.", "", []wantDate{{text: "tháng 5/2016", value: "2016-05"}, {text: "tháng 12-2019", value: "2019-12"}}},
		{"tháng alone", "Bphone 5G ra mắt vào tháng 12.", "2021-10-02", []wantDate{{text: "tháng 12", value: "2021-12"}}},
		{"tháng này", "Hotdeal giảm sốc trong tháng 10 này.", "", []wantDate{{text: "tháng 10 này", value: "XXXX-10"}}},
		{"tháng Giêng", "Man Utd xem xét ra đi vào tháng Giêng.", "", []wantDate{{text: "tháng Giêng", value: "XXXX-01"}}},
		{"tháng mười một", "Họ gặp nhau vào tháng mười một năm nay.", "2021-09-24", []wantDate{{text: "tháng mười một năm nay", value: "2021-11"}}},
		{"năm", "Doanh thu dầu mỏ trong năm 2021 sẽ đạt 545 tỷ rial.", "", []wantDate{{text: "năm 2021", value: "2021"}}},
		{"event head in lower case", "Phát động cuộc thi càphê đặc sản Việt Nam năm 2022, lễ hội Katê năm 2021", "", []wantDate{{text: "năm 2022", value: "2022"}, {text: "năm 2021", value: "2021"}}},
		{"a count of times, then a year", "Đây là lần thứ hai năm 2021 giá xăng tăng.", "", []wantDate{{text: "năm 2021", value: "2021"}}},
		{"school year", "Lễ khai giảng năm học 2021-2022 diễn ra trực tuyến.", "", []wantDate{{text: "năm học 2021-2022", value: "2021/2022"}}},
		{"season", "trận thứ ba vòng bảng Champions League mùa 2021/22.", "", []wantDate{{text: "mùa 2021/22", value: "2021/2022"}}},
		{"fiscal year", "còn 3 tháng nữa là hết năm tài chính 2021, việc giải ngân vẫn chậm", "", []wantDate{{text: "năm tài chính 2021", value: "2021"}}},
		{"year range", "giai đoạn 2021 - 2025 và nhiệm kỳ 2020-2025", "", []wantDate{{text: "2021 - 2025", value: "2021/2025"}, {text: "2020-2025", value: "2020/2025"}}},
		{"năm range glued", "Nghị quyết 19/NQ-CP (năm 2017-2018) đã hết hiệu lực.", "", []wantDate{{text: "năm 2017-2018", value: "2017/2018"}}},
		{"bare year after SN", "Trần Văn Hiếu (SN 1974, trú xã Tân Thanh) bị bắt.", "", []wantDate{{text: "1974", value: "1974"}}},
		{"năm nay, năm ngoái", "Năm nay doanh thu tăng 17% so với cùng kỳ năm ngoái.", "2021-10-02", []wantDate{{text: "Năm nay", value: "2021"}, {text: "cùng kỳ năm ngoái", value: "2020"}}},
		{"cùng kỳ năm ngoái without ref", "tăng 36% so với cùng kỳ năm ngoái.", "", []wantDate{{text: "cùng kỳ năm ngoái", value: "XXXX"}}},
		{"cùng kỳ repeats the period", "9 tháng năm 2021, xuất khẩu tăng 17,7% so với cùng kỳ năm trước.", "", []wantDate{{text: "9 tháng năm 2021", value: "2021-01/2021-09"}, {text: "cùng kỳ năm trước", value: "2020-01/2020-09"}}},
		{"cùng kỳ năm 2018", "6 tháng đầu năm, doanh thu tăng 10% so với cùng kỳ năm 2018.", "2019-07-10", []wantDate{{text: "6 tháng đầu năm", value: "2019-H1"}, {text: "năm 2018", value: "2018"}}},
		{"anniversary", "kỷ niệm 76 năm ngày thành lập (22/12/1944 - 22/12/2020)", "", []wantDate{{text: "22/12/1944", value: "1944-12-22"}, {text: "22/12/2020", value: "2020-12-22"}}},
		// quarters and halves
		{"quý/y", "Báo cáo thị trường quý 3/2021 của JLL.", "", []wantDate{{text: "quý 3/2021", value: "2021-Q3"}}},
		{"quý roman năm", "triển khai nhiệm vụ quý IV năm 2021.", "", []wantDate{{text: "quý IV năm 2021", value: "2021-Q4"}}},
		{"quý cuối năm", "Giá thép dự báo tăng trong quý cuối năm, giảm vào quý đầu năm 2022.", "2021-10-04", []wantDate{{text: "quý cuối năm", value: "2021-Q4"}, {text: "quý đầu năm 2022", value: "2022-Q1"}}},
		{"quý năm nay", "ra mắt vào quý 4 năm nay", "2021-10-02", []wantDate{{text: "quý 4 năm nay", value: "2021-Q4"}}},
		{"quý after a lower-case meeting", "Sáng nay, xã tổ chức hội nghị giao ban quý III với các thôn.", "2021-10-02", []wantDate{{text: "Sáng nay", value: "2021-10-02TMO"}, {text: "quý III", value: "2021-Q3"}}},
		{"6 tháng đầu năm", "Trong 6 tháng đầu năm, MWG ghi nhận doanh thu cao.", "2021-07-20", []wantDate{{text: "6 tháng đầu năm", value: "2021-H1"}}},
		{"9 tháng đầu năm y", "Trong 9 tháng đầu năm 2021, dịch Covid-19 tiếp diễn.", "", []wantDate{{text: "9 tháng đầu năm 2021", value: "2021-01/2021-09"}}},
		{"3 tháng cuối năm", "nhiệm vụ 3 tháng cuối năm 2021", "", []wantDate{{text: "3 tháng cuối năm 2021", value: "2021-Q4"}}},
		{"nửa cuối năm", "Kinh tế phục hồi trong nửa cuối năm.", "", []wantDate{{text: "nửa cuối năm", value: "XXXX-H2"}}},
		// parts of months and years
		{"đầu tháng", "nhiều đường bay nội địa vào đầu tháng 10.", "2021-09-28", []wantDate{{text: "đầu tháng 10", value: "2021-10"}}},
		{"cuối tháng trước", "tăng 8,8% so với cuối tháng trước.", "2021-09-01", []wantDate{{text: "cuối tháng trước", value: "2021-08"}}},
		{"cuối năm", "Kinh tế từ nay đến cuối năm còn khó khăn.", "2021-10-02", []wantDate{{text: "cuối năm", value: "2021"}}},
		{"trung tuần", "Bão đổ bộ vào trung tuần tháng 10.", "", []wantDate{{text: "trung tuần tháng 10", value: "XXXX-10"}}},
		{"cuối tuần này", "trận đại chiến với The Kop cuối tuần này.", "2021-10-21", []wantDate{{text: "cuối tuần này", value: "2021-W42-WE"}}},
		// weeks and weekdays
		{"tuần trước", "không có giao dịch như tuần trước.", "2021-10-04", []wantDate{{text: "tuần trước", value: "2021-W39"}}},
		{"tuần này no ref", "Kia Carnival ra mắt trong tuần này.", "", []wantDate{{text: "tuần này", value: "XXXX-WXX"}}},
		{"weekday", "Facebook hôm thứ Sáu đã bị chỉ trích.", "", []wantDate{{text: "hôm thứ Sáu", value: "XXXX-WXX-5"}}},
		{"weekday with ref", "Facebook vào thứ Sáu đã bị chỉ trích.", "2021-10-06", []wantDate{{text: "thứ Sáu", value: "2021-10-08"}}},
		{"weekday named week", "Cuộc họp sẽ diễn ra vào thứ Năm tuần tới.", "2021-10-06", []wantDate{{text: "thứ Năm tuần tới", value: "2021-10-14"}}},
		{"weekday and date", "Tạp chí phát hành thứ Ba ngày 5/10/2021.", "", []wantDate{{text: "thứ Ba ngày 5/10/2021", value: "2021-10-05"}}},
		{"chủ nhật", "Tử vi Chủ nhật ngày 10/10/2021 của 12 con giáp.", "", []wantDate{{text: "Chủ nhật ngày 10/10/2021", value: "2021-10-10"}}},
		{"weekday này", "Tối thứ bảy này có hòa nhạc.", "2016-05-12", []wantDate{{text: "Tối thứ bảy này", value: "2016-05-14TEV"}}},
		{"weekday tới", "Họp vào thứ Hai tới.", "2016-05-12", []wantDate{{text: "thứ Hai tới", value: "2016-05-16"}}},
		{"hôm weekday", "Facebook hôm thứ Ba bị chỉ trích.", "2016-05-12", []wantDate{{text: "hôm thứ Ba", value: "2016-05-10"}}},
		{"month vừa qua", "Giá tăng trong tháng 9 vừa qua.", "2021-10-02", []wantDate{{text: "tháng 9 vừa qua", value: "2021-09"}}},
		{"day năm sau", "Luật có hiệu lực từ ngày 1/1 năm sau.", "2016-05-12", []wantDate{{text: "ngày 1/1 năm sau", value: "2017-01-01"}}},
		{"nửa đầu tháng", "Ô tô nhập khẩu tăng mạnh trong nửa đầu tháng 10.", "", []wantDate{{text: "nửa đầu tháng 10", value: "XXXX-10"}}},
		{"cách đây", "Cách đây 76 năm, ngày 13/10/1945, Chủ tịch Hồ Chí Minh gửi thư.", "2021-10-13", []wantDate{{text: "Cách đây 76 năm", value: "1945"}, {text: "ngày 13/10/1945", value: "1945-10-13"}}},
		{"word count ago", "Hai năm trước, anh rời quê.", "2016-05-12", []wantDate{{text: "Hai năm trước", value: "2014"}}},
		// relative days
		{"hôm qua", "VTV.vn - Hôm qua, Venezuela đã tiến hành đổi tiền.", "2021-10-02", []wantDate{{text: "Hôm qua", value: "2021-10-01"}}},
		{"hôm qua no ref", "Hôm qua, Venezuela đã tiến hành đổi tiền.", "", []wantDate{{text: "Hôm qua", value: "XXXX-XX-XX"}}},
		{"sáng nay confirmed", "(VOH) - Sáng nay (4/10), Trường Đại học Khoa học Tự nhiên khai giảng.", "", []wantDate{{text: "Sáng nay (4/10)", value: "XXXX-10-04TMO"}}},
		{"sáng nay", "giá vàng SJC sáng nay được điều chỉnh tăng", "2021-10-02", []wantDate{{text: "sáng nay", value: "2021-10-02TMO"}}},
		{"tối qua", "Trận đấu tối qua kết thúc với tỷ số 2-1.", "2021-10-02", []wantDate{{text: "tối qua", value: "2021-10-01TEV"}}},
		{"ngày mai", "Trạm thu phí hoạt động trở lại từ ngày mai (5-10).", "", []wantDate{{text: "ngày mai (5-10)", value: "XXXX-10-05"}}},
		{"hôm nay with weekday and date", "Kết quả xổ số hôm nay Thứ 7 23/10/2021", "", []wantDate{{text: "hôm nay Thứ 7 23/10/2021", value: "2021-10-23"}}},
		{"sáng nay, date", "Sáng nay, 23/10, Phó Thủ tướng làm việc tại Bắc Giang.", "", []wantDate{{text: "Sáng nay, 23/10", value: "XXXX-10-23TMO"}}},
		{"week of two dates", "Bản tin Chiêm tinh tuần 24/10 - 30/10: tháng Bọ Cạp", "", []wantDate{{text: "tuần 24/10 - 30/10", value: "XXXX-10-24/XXXX-10-30"}}},
		{"two dates joined", "3 con giáp vượng nhất trong 4/10-10/10", "2021-10-04", []wantDate{{text: "4/10-10/10", value: "2021-10-04/2021-10-10"}}},
		{"tới after a date", "gặp đội tuyển Trung Quốc lúc 0h00 ngày 8/10 tới.", "", []wantDate{{text: "0h00 ngày 8/10 tới", value: "XXXX-10-08T00:00"}}},
		{"đầu giờ chiều", "Đầu giờ chiều 4/10 (theo giờ địa phương), Quốc hội bầu Thủ tướng.", "", []wantDate{{text: "Đầu giờ chiều 4/10", value: "XXXX-10-04TAF"}}},
		{"hôm nay with date", "Giá vàng hôm nay 3/10: áp lực giảm", "", []wantDate{{text: "hôm nay 3/10", value: "XXXX-10-03"}}},
		{"N năm trước", "ca khúc của Rhymastic từ 8 năm trước bỗng gây sốt", "2021-10-02", []wantDate{{text: "8 năm trước", value: "2013"}}},
		{"cùng ngày", "Ngày 4/10, Bộ Y tế họp. Tính đến 14 giờ cùng ngày, có 20 ca.", "2021-10-05", []wantDate{{text: "Ngày 4/10", value: "2021-10-04"}, {text: "14 giờ cùng ngày", value: "2021-10-04T14:00"}}},
		{"cùng ngày after a day recalled", "Sáng 4/10, học sinh thi môn Văn, đề dễ hơn đề thi thử hồi ngày 12/9. Chiều cùng ngày, các em thi Toán.", "2021-10-05", []wantDate{{text: "Sáng 4/10", value: "2021-10-04TMO"}, {text: "ngày 12/9", value: "2021-09-12"}, {text: "Chiều cùng ngày", value: "2021-10-04TAF"}}},
		{"tuần qua", "Trong tuần qua, giá vàng biến động mạnh.", "2021-10-04", []wantDate{{text: "tuần qua", value: "2021-W39"}}},
		{"tuần vừa qua", "Chính sách nổi bật tuần vừa qua", "", []wantDate{{text: "tuần vừa qua", value: "XXXX-WXX"}}},
		{"last week of a month", "giá gạo tăng trong tuần cuối tháng 9/2021, từ mức 423 USD", "", []wantDate{{text: "tuần cuối tháng 9/2021", value: "2021-W39"}}},
		{"first week of a month", "Tuần đầu tháng 10, giá thép giảm.", "2021-10-20", []wantDate{{text: "Tuần đầu tháng 10", value: "2021-W39"}}},
		{"English day, no year", "(Construction) - On October 22, at the Ministry of Construction", "2021-10-25", []wantDate{{text: "October 22", value: "2021-10-22"}}},
		{"English clock and day", "Covid-19 cases in Hung Yen (The news at 6a.m on October 1, 2021) -", "", []wantDate{{text: "6a.m on October 1, 2021", value: "2021-10-01T06:00"}}},
		{"stray space before a dash", "Giấy phép số 103/GP-ICP-STTT, TP. HCM, ngày 06 -12-2012.", "", []wantDate{{text: "ngày 06 -12-2012", value: "2012-12-06"}}},
		{"spaced day and month before tại", "( BVPL) - Sáng 9 10 tại Bến xe Miền Đông cũ", "", []wantDate{{text: "Sáng 9 10", value: "XXXX-10-09TMO"}}},
		{"part of day, day, then a full date", "Từ chiều 10 đến hết ngày 12/10/2021, mưa lớn ở Bắc Bộ", "", []wantDate{{text: "chiều 10", value: "2021-10-10TAF"}, {text: "ngày 12/10/2021", value: "2021-10-12"}}},
		// parts of day and clock times
		{"chiều muộn", "Chiều muộn 4/10, một vụ cháy lớn xảy ra tại quận 8.", "", []wantDate{{text: "Chiều muộn 4/10", value: "XXXX-10-04TAF"}}},
		{"tối muộn ngày", "Tối muộn ngày 3/10, xe tải lật trên quốc lộ 1A.", "", []wantDate{{text: "Tối muộn ngày 3/10", value: "XXXX-10-03TEV"}}},
		{"nửa đêm", "Nửa đêm 3/10, nước lũ dâng cao.", "", []wantDate{{text: "Nửa đêm 3/10", value: "XXXX-10-03TNI"}}},
		{"buổi sáng", "loạt vụ tấn công nhằm vào nước Mỹ trong buổi sáng 11-9-2001.", "", []wantDate{{text: "buổi sáng 11-9-2001", value: "2001-09-11TMO"}}},
		{"clock, date in square brackets", "Trực tiếp Chelsea vs Norwich: 18h30 [23/10] Link xem", "", []wantDate{{text: "18h30 [23/10]", value: "XXXX-10-23T18:30"}}},
		{"clock, date in brackets", "Thời sự Lào Cai 11h30 (23/10/2021)", "", []wantDate{{text: "11h30 (23/10/2021)", value: "2021-10-23T11:30"}}},
		{"chiều ngày", "Chiều ngày 12/05, tại trụ sở Bộ.", "2016-05-12", []wantDate{{text: "Chiều ngày 12/05", value: "2016-05-12TAF"}}},
		{"rạng sáng", "Vào rạng sáng ngày 1/10, đội tuyển Việt Nam thua.", "", []wantDate{{text: "rạng sáng ngày 1/10", value: "XXXX-10-01TMO"}}},
		{"clock and date", "sẽ được cập nhật vào lúc 18h30 ngày 4/10/2021.", "", []wantDate{{text: "18h30 ngày 4/10/2021", value: "2021-10-04T18:30"}}},
		{"giờ phút", "quay thưởng vào lúc 16 giờ 15 phút ngày 23/10/2021", "", []wantDate{{text: "16 giờ 15 phút ngày 23/10/2021", value: "2021-10-23T16:15"}}},
		{"clock, part of day, date", "Trong 12 giờ qua (từ 18h00 tối 10/9 đến 06h00 sáng 11/9)", "", []wantDate{{text: "18h00 tối 10/9", value: "XXXX-09-10T18:00"}, {text: "06h00 sáng 11/9", value: "XXXX-09-11T06:00"}}},
		{"12-hour clock", "Đến 4 giờ chiều 3/10, đã có 20.000 người về quê.", "", []wantDate{{text: "4 giờ chiều 3/10", value: "XXXX-10-03T16:00"}}},
		{"clock comma date", "AS Roma vs Napoli (23h00, 24/10) – Vòng 9 Serie A", "2021-10-22", []wantDate{{text: "23h00, 24/10", value: "2021-10-24T23:00"}}},
		{"bare clock", "Link xem trận Gamba Osaka vs Sagan Tosu, lúc 15:00", "", []wantDate{{text: "15:00", value: "XXXX-XX-XXT15:00"}}},
		{"10g45", "Khoảng 10g45 ngày 4/10, xe khách lật.", "", []wantDate{{text: "10g45 ngày 4/10", value: "XXXX-10-04T10:45"}}},
		// ranges
		{"compact range", "từ ngày 11-17/5 sẽ có mưa", "2016-05-12", []wantDate{{text: "ngày 11-17/5", value: "2016-05-11/2016-05-17"}}},
		{"spaced range", "Từ ngày 24 – 27/9, CDC Đà Nẵng phối hợp.", "", []wantDate{{text: "ngày 24 – 27/9", value: "XXXX-09-24/XXXX-09-27"}}},
		{"list", "Lễ hội diễn ra các ngày 26, 27, 28/6/2024 tại Huế.", "", []wantDate{{text: "ngày 26, 27, 28/6/2024", value: "2024-06-26/2024-06-28"}}},
		{"week of a compact range", "Chứng khoán tuần 4-8/10: nhà đầu tư thận trọng", "2021-10-04", []wantDate{{text: "tuần 4-8/10", value: "2021-10-04/2021-10-08"}}},
		{"bare range", "Chứng khoán tuần từ 4-8/10: nhà đầu tư cần lưu ý", "", []wantDate{{text: "4-8/10", value: "XXXX-10-04/XXXX-10-08"}}},
		{"year of the second end", "Từ ngày 01/10 - 30/11/2021, Eurowindow triển khai ưu đãi.", "", []wantDate{{text: "ngày 01/10 - 30/11/2021", value: "2021-10-01/2021-11-30"}}},
		{"year of the second end, ref", "Triển lãm mở cửa từ 8/12 – 5/1/2022 tại Hà Nội.", "2021-12-01", []wantDate{{text: "8/12 – 5/1/2022", value: "2021-12-08/2022-01-05"}}},
		{"day then full date", "Hội nghị diễn ra từ ngày 18 đến ngày 20/11 tại Hà Nội.", "", []wantDate{{text: "ngày 18", value: "XXXX-11-18"}, {text: "ngày 20/11", value: "XXXX-11-20"}}},
		{"month then month/year", "Giá giảm từ tháng 3 đến tháng 5/2021.", "", []wantDate{{text: "tháng 3", value: "2021-03"}, {text: "tháng 5/2021", value: "2021-05"}}},
		{"bare month/year", "Giá nhà tăng mạnh từ 5/2021 và giảm vào 12-2022.", "", []wantDate{{text: "5/2021", value: "2021-05"}, {text: "12-2022", value: "2022-12"}}},
		{"two years", "Doanh thu năm 2020 và 2021 đều giảm.", "", []wantDate{{text: "năm 2020", value: "2020"}, {text: "2021", value: "2021"}}},
		{"ngày hôm qua", "Trong ngày hôm qua, giá vàng tăng.", "2021-10-02", []wantDate{{text: "ngày hôm qua", value: "2021-10-01"}}},
		{"bare dashed after từ", "Tuần lễ diễn ra từ 24-7 đến 31-7.", "", []wantDate{{text: "24-7", value: "XXXX-07-24"}, {text: "31-7", value: "XXXX-07-31"}}},
		{"two ends", "từ 10/10 đến 20/10, Vietjet tăng chuyến", "", []wantDate{{text: "10/10", value: "XXXX-10-10"}, {text: "20/10", value: "XXXX-10-20"}}},
		{"two dashed ends", "Tuần lễ từ ngày 24-7 đến ngày 31-7.", "", []wantDate{{text: "ngày 24-7", value: "XXXX-07-24"}, {text: "ngày 31-7", value: "XXXX-07-31"}}},
		{"second end after đến", "Những người từng tới salon từ ngày 8/10 đến 22/10 cần tự cách ly.", "2021-10-23", []wantDate{{text: "ngày 8/10", value: "2021-10-08"}, {text: "22/10", value: "2021-10-22"}}},
		{"second end after đến hết", "Hà Nội miễn phí gửi xe từ ngày 1/10 đến hết 31/10 trên toàn thành phố.", "2021-10-01", []wantDate{{text: "ngày 1/10", value: "2021-10-01"}, {text: "31/10", value: "2021-10-31"}}},
		{"d.m after từ before a preposition", "Vietjet mở bán vé 15 đường bay từ 10.10 trên tất cả các kênh.", "2021-10-08", []wantDate{{text: "10.10", value: "2021-10-10"}}},
		{"months listed, year at the end", "U23 Việt Nam sẽ đá giao hữu với Oman, Nhật Bản trong tháng 2 và 3/2022.", "", []wantDate{{text: "tháng 2 và 3/2022", value: "2022-02/2022-03"}}},
		{"months listed with commas", "Giá thép tăng liên tục trong tháng 9, 10 và 11/2021, rồi giảm.", "", []wantDate{{text: "tháng 9, 10 và 11/2021", value: "2021-09/2021-11"}}},
		{"months listed, end of sentence", "Mưa lớn tập trung trong tháng 9 và 10.", "2021-08-02", []wantDate{{text: "tháng 9 và 10", value: "2021-09/2021-10"}}},
		{"a month, then a count", "Trong tháng 10, 11 tỉnh miền Trung có mưa lớn.", "2021-10-20", []wantDate{{text: "tháng 10", value: "2021-10"}}},
		{"month, then a day", "Trong tháng 10, 11/10 là ngày có nhiều đám cưới nhất.", "", []wantDate{{text: "tháng 10", value: "XXXX-10"}, {text: "11/10", value: "XXXX-10-11"}}},
		{"clock range on a day", "Từ 6h-18h ngày 4/10, Hà Nội ghi nhận thêm 20 ca mắc.", "2021-10-04", []wantDate{{text: "6h-18h ngày 4/10", value: "2021-10-04T06:00/2021-10-04T18:00"}}},
		{"clock range, relative day", "ghi nhận trên địa bàn thành phố từ 6h00-12h00 trưa nay là chùm ca bệnh", "2021-10-04", []wantDate{{text: "6h00-12h00 trưa nay", value: "2021-10-04T06:00/2021-10-04T12:00"}}},
		{"clock range in the afternoon", "Khu vực quận 1 mất điện từ 1h-3h chiều 5/10.", "", []wantDate{{text: "1h-3h chiều 5/10", value: "XXXX-10-05T13:00/XXXX-10-05T15:00"}}},
		{"new week with its days", "Thần tài gọi tên 4 con giáp trong tuần mới (4-10/10): Quý nhân trợ giúp", "2021-10-04", []wantDate{{text: "tuần mới (4-10/10)", value: "2021-10-04/2021-10-10"}}},
		{"this week with its days", "Tử vi tuần này (4/10 - 10/10) của 12 cung hoàng đạo", "2021-10-04", []wantDate{{text: "tuần này (4/10 - 10/10)", value: "2021-10-04/2021-10-10"}}},
		{"tuần vừa rồi", "Tuần vừa rồi, giá heo hơi giảm mạnh.", "2021-10-04", []wantDate{{text: "Tuần vừa rồi", value: "2021-W39"}}},
		{"giữa tuần vừa rồi", "trận đấu ở Champions League hôm giữa tuần vừa rồi thì tiền đạo người Bỉ", "2021-10-04", []wantDate{{text: "giữa tuần vừa rồi", value: "2021-W39"}}},
		{"weekend with its days", "Cuối tuần qua (2-3/10), nhiều người dân về quê.", "2021-10-04", []wantDate{{text: "Cuối tuần qua (2-3/10)", value: "2021-10-02/2021-10-03"}}},
		{"cuối tuần vừa qua", "Cuối tuần vừa qua, nhiều người dân về quê.", "2021-10-04", []wantDate{{text: "Cuối tuần vừa qua", value: "2021-W39-WE"}}},
		{"day vừa qua", "Ngày 3/10 vừa qua, công ty tổ chức đại hội cổ đông.", "2021-10-04", []wantDate{{text: "Ngày 3/10 vừa qua", value: "2021-10-03"}}},
		{"day, then vừa qua đời", "Nghệ sĩ Phi Nhung ngày 28/9 vừa qua đời vì Covid-19.", "2021-10-04", []wantDate{{text: "ngày 28/9", value: "2021-09-28"}}},
		{"year after so với", "Doanh thu tăng 15% so với 2020.", "", []wantDate{{text: "2020", value: "2020"}}},
		{"fiscal year tài khóa", "Ngân sách năm tài khóa 2022 được phê duyệt.", "", []wantDate{{text: "năm tài khóa 2022", value: "2022"}}},
		{"quarter abbreviated", "Lợi nhuận Q3/2021 của Vinamilk tăng, Q4 năm nay dự báo khả quan.", "2021-10-20", []wantDate{{text: "Q3/2021", value: "2021-Q3"}, {text: "Q4 năm nay", value: "2021-Q4"}}},
		{"half abbreviated", "Kết quả kinh doanh H1/2021 của ngân hàng khả quan.", "", []wantDate{{text: "H1/2021", value: "2021-H1"}}},
		// round 2 (dev-danes-5)
		{"new week with its days, no brackets", "Tuần mới 4/10-10/10, 3 con giáp này vận may ập đến", "", []wantDate{{text: "Tuần mới 4/10-10/10", value: "XXXX-10-04/XXXX-10-10"}}},
		{"năm qua", "Bundesliga chiếm 4 vị trí trong 10 ngôi sao tăng giá nhiều nhất năm qua, bao gồm nhiều cầu thủ trẻ.", "2021-10-04", []wantDate{{text: "năm qua", value: "2020"}}},
		{"năm qua no ref", "Bundesliga chiếm 4 vị trí trong 10 ngôi sao tăng giá nhiều nhất năm qua.", "", []wantDate{{text: "năm qua", value: "XXXX"}}},
		{"tháng vừa qua", "Doanh số ô tô tháng vừa qua giảm mạnh, tháng qua tháng.", "2021-10-04", []wantDate{{text: "tháng vừa qua", value: "2021-09"}}},
		{"time-zone note inside", "U23 Việt Nam sẽ gặp U23 Myanmar vào lúc 17 giờ (giờ Việt Nam) ngày 2-11 tại Bishkek.", "", []wantDate{{text: "17 giờ (giờ Việt Nam) ngày 2-11", value: "XXXX-11-02T17:00"}}},
		{"time-zone note after", "Trận đấu diễn ra rạng sáng 22/10 (giờ Hà Nội).", "", []wantDate{{text: "rạng sáng 22/10", value: "XXXX-10-22TMO"}}},
		{"clocks before their day", "Chờ từ hơn 14h tới 21h tại trạm xăng nhưng lái xe vẫn phải rời đi hôm 29/9.", "2021-09-30", []wantDate{{text: "14h", value: "2021-09-29T14:00"}, {text: "21h", value: "2021-09-29T21:00"}, {text: "hôm 29/9", value: "2021-09-29"}}},
		{"clock, then a clock with its day", "Hà Nội ghi nhận 20 ca mắc từ 6h đến 12h ngày 4/10.", "", []wantDate{{text: "6h", value: "XXXX-10-04T06:00"}, {text: "12h ngày 4/10", value: "XXXX-10-04T12:00"}}},
		{"clock anchored before", "Sáng 3/10, xe chờ từ 8h. Chiều 4/10, xe rời đi.", "", []wantDate{{text: "Sáng 3/10", value: "XXXX-10-03TMO"}, {text: "8h", value: "XXXX-10-03T08:00"}, {text: "Chiều 4/10", value: "XXXX-10-04TAF"}}},
		{"two years, dash lost", "Giải bài 139 140 141 trang 56 sgk Toán 6 tập 1 năm 2021 2022", "", []wantDate{{text: "năm 2021 2022", value: "2021/2022"}}},
		{"same period after a month", "Giá lương thực tăng gần 33% trong tháng 9/2021 so với cùng kỳ năm trước.", "", []wantDate{{text: "tháng 9/2021", value: "2021-09"}, {text: "cùng kỳ năm trước", value: "2020-09"}}},
		{"year after a holiday", "Công đoàn chăm lo Tết Nguyên đán Nhâm Dần năm 2022 cho công nhân về Tết; vé tàu Tết 2022 đã mở bán.", "", []wantDate{{text: "năm 2022", value: "2022"}, {text: "2022", value: "2022", n: 1}}},
		{"English weekday", "Vietnam U23 team had a training session Friday in Bishkek, Kyrgyzstan.", "", []wantDate{{text: "Friday", value: "XXXX-WXX-5"}}},
		{"English weekday, ref", "The official Xinhua news agency said on Saturday.", "2021-10-04", []wantDate{{text: "Saturday", value: "2021-10-09"}}},
		{"English relative", "Cement producers have increased prices this month, and exports rose last year, the ministry said yesterday.", "2021-10-04", []wantDate{{text: "this month", value: "2021-10"}, {text: "last year", value: "2020"}, {text: "yesterday", value: "2021-10-03"}}},
		// round 3 (issue 5): ends that borrow from the other end, "tới đây"
		{"night into the next morning", "Đêm 14 rạng sáng 15/10, mưa lớn gây ngập; khuya 20, rạng sáng 21/10 lũ lên nhanh.", "2021-10-16", []wantDate{{text: "Đêm 14", value: "2021-10-14TNI"}, {text: "rạng sáng 15/10", value: "2021-10-15TMO"}, {text: "khuya 20", value: "2021-10-20TNI"}, {text: "rạng sáng 21/10", value: "2021-10-21TMO"}}},
		{"month range, year at the end", "Từ tháng 3 đến tháng 6/2021, công ty lỗ nặng; từ tháng 11 tới tháng 2/2022 thì có lãi.", "", []wantDate{{text: "tháng 3", value: "2021-03"}, {text: "tháng 6/2021", value: "2021-06"}, {text: "tháng 11", value: "2021-11"}, {text: "tháng 2/2022", value: "2022-02"}}},
		{"day range, year at the end", "Từ ngày 20/9 đến 5/10/2021 tỉnh tiêm vaccine; từ 25/12 đến hết ngày 3/1/2022 học sinh nghỉ.", "", []wantDate{{text: "ngày 20/9", value: "2021-09-20"}, {text: "5/10/2021", value: "2021-10-05"}, {text: "25/12", value: "2021-12-25"}, {text: "ngày 3/1/2022", value: "2022-01-03"}}},
		{"tới đây", "Ngày 28/10 tới đây, khách hàng nhận tiền; tháng 11 tới đây Quốc hội họp, trong năm 2022 tới đây sẽ khởi công.", "2021-10-15", []wantDate{{text: "Ngày 28/10 tới đây", value: "2021-10-28"}, {text: "tháng 11 tới đây", value: "2021-11"}, {text: "năm 2022 tới đây", value: "2022"}}},
		{"year still to come", "Năm 2023 tới, công ty niêm yết; từ năm 2020 tới năm 2025 và từ năm 2021 tới nay giá tăng.", "", []wantDate{{text: "Năm 2023 tới", value: "2023"}, {text: "năm 2020", value: "2020"}, {text: "năm 2025", value: "2025"}, {text: "năm 2021", value: "2021"}}},
		{"ngày N tới, past the day", "Ngày 5 tới, tàu sẽ cập bến; ngày 20 tới, hội nghị khai mạc.", "2021-10-15", []wantDate{{text: "Ngày 5 tới", value: "2021-11-05"}, {text: "ngày 20 tới", value: "2021-10-20"}}},
		// round 4 (issue 5): parts of day with a prefix or in two words
		{"xế chiều, chập tối", "Xế chiều 5/6, đoàn công tác đến hiện trường; chập tối 5/6 mưa lớn trút xuống.", "2021-06-10", []wantDate{{text: "Xế chiều 5/6", value: "2021-06-05TAF"}, {text: "chập tối 5/6", value: "2021-06-05TEV"}}},
		{"chập choạng tối", "Chập choạng tối hôm qua, người dân phát hiện đám cháy.", "2021-06-10", []wantDate{{text: "Chập choạng tối hôm qua", value: "2021-06-09TEV"}}},
		{"sáng sớm nay, nửa đêm qua", "Sáng sớm nay, lực lượng cứu hộ tiếp cận hiện trường vụ cháy xảy ra nửa đêm qua.", "2021-10-15", []wantDate{{text: "Sáng sớm nay", value: "2021-10-15TMO"}, {text: "nửa đêm qua", value: "2021-10-14TNI"}}},
		{"đêm khuya, giữa đêm", "Đêm khuya 31/12, hàng nghìn người đổ ra đường; giữa đêm 1/1 pháo hoa rực sáng.", "2021-12-30", []wantDate{{text: "Đêm khuya 31/12", value: "2021-12-31TNI"}, {text: "giữa đêm 1/1", value: "2022-01-01TNI"}}},
		{"giữa trưa, gần trưa", "Giữa trưa 12/10 nắng gắt; gần trưa nay, cơ quan chức năng khống chế được đám cháy.", "2021-10-15", []wantDate{{text: "Giữa trưa 12/10", value: "2021-10-12TMI"}, {text: "gần trưa nay", value: "2021-10-15TMI"}}},
		{"gần sáng, gần tối", "Gần sáng 3/10 lũ lên nhanh, đến gần tối qua nước mới rút.", "2021-10-04", []wantDate{{text: "Gần sáng 3/10", value: "2021-10-03TMO"}, {text: "gần tối qua", value: "2021-10-03TEV"}}},
		{"muộn", "Chiều muộn 14/10, đội tuyển tập buổi cuối; trưa muộn 3/10 mới có kết quả, tối muộn qua bị bắt.", "2021-10-15", []wantDate{{text: "Chiều muộn 14/10", value: "2021-10-14TAF"}, {text: "trưa muộn 3/10", value: "2021-10-03TMI"}, {text: "tối muộn qua", value: "2021-10-14TEV"}}},
		{"khuya with a day", "Khuya 20/10, tàu cập cảng; khuya nay tàu khác sẽ rời bến.", "2021-10-15", []wantDate{{text: "Khuya 20/10", value: "2021-10-20TNI"}, {text: "khuya nay", value: "2021-10-15TNI"}}},
		// round 4: two steps back or ahead
		{"năm kia", "Năm kia, doanh thu đạt 100 tỷ đồng; tháng 5 năm kia dịch bùng phát.", "2021-10-15", []wantDate{{text: "Năm kia", value: "2019"}, {text: "tháng 5 năm kia", value: "2019-05"}}},
		{"năm kia no ref", "Năm kia, doanh thu đạt 100 tỷ đồng.", "", []wantDate{{text: "Năm kia", value: "XXXX"}}},
		{"trước nữa", "Tuần trước nữa công ty công bố kết quả, tháng trước nữa giá xăng tăng, năm trước nữa lỗ nặng.", "2021-10-15", []wantDate{{text: "Tuần trước nữa", value: "2021-W39"}, {text: "tháng trước nữa", value: "2021-08"}, {text: "năm trước nữa", value: "2019"}}},
		{"sau nữa", "Tuần sau nữa cửa hàng khai trương, tháng sau nữa mở rộng, năm sau nữa mới có lãi.", "2021-10-15", []wantDate{{text: "Tuần sau nữa", value: "2021-W43"}, {text: "tháng sau nữa", value: "2021-12"}, {text: "năm sau nữa", value: "2023"}}},
		{"ngày kia", "Ngày kia đoàn sẽ lên đường.", "2021-10-15", []wantDate{{text: "Ngày kia", value: "2021-10-17"}}},
		// round 4: a weekday in brackets confirms the day before it
		{"weekday in brackets after a date", "Ngày 12/10/2021 (thứ Ba), Bộ Y tế thông báo; 14h ngày 17/10 (Chủ nhật) sẽ họp.", "2021-10-15", []wantDate{{text: "Ngày 12/10/2021 (thứ Ba)", value: "2021-10-12"}, {text: "14h ngày 17/10 (Chủ nhật)", value: "2021-10-17T14:00"}}},
		{"weekday in brackets after a part of day", "Sáng 12/10 (thứ 3) trời mưa; sáng nay (thứ Sáu) trời nắng.", "2021-10-15", []wantDate{{text: "Sáng 12/10 (thứ 3)", value: "2021-10-12TMO"}, {text: "sáng nay (thứ Sáu)", value: "2021-10-15TMO"}}},
		{"not a weekday in brackets", "Bảng xếp hạng ngày 12/10 (thứ hạng 5 thế giới) được công bố.", "2021-10-15", []wantDate{{text: "ngày 12/10", value: "2021-10-12"}}},
		{"weekday and date in brackets", "Hôm nay (thứ Sáu, 15/10), thị trường chứng khoán giảm.", "2021-10-15", []wantDate{{text: "Hôm nay (thứ Sáu, 15/10)", value: "2021-10-15"}}},
		// round 4: names of years in the sixty-year cycle
		{"year names after năm", "Năm Tân Sửu sắp qua, năm Nhâm Dần đến với nhiều kỳ vọng.", "2021-12-20", []wantDate{{text: "Năm Tân Sửu", value: "2021", calendar: "lunar"}, {text: "năm Nhâm Dần", value: "2022", calendar: "lunar"}}},
		{"year name after a holiday", "Chương trình Xuân Nhâm Dần và Tết Canh Tý đều được tổ chức trực tuyến.", "2021-12-20", []wantDate{{text: "Nhâm Dần", value: "2022", calendar: "lunar"}, {text: "Canh Tý", value: "2020", calendar: "lunar"}}},
		{"year name, past", "Cuộc Tổng tiến công Tết Mậu Thân là bước ngoặt của cuộc kháng chiến.", "2021-12-20", []wantDate{{text: "Mậu Thân", value: "1968", calendar: "lunar"}}},
		{"year name, no ref", "Năm Tân Sửu sắp qua.", "", []wantDate{{text: "Năm Tân Sửu", value: "XXXX", calendar: "lunar"}}},
		{"year name, then the year", "Chúc mừng Tết Nhâm Dần 2022 đầy may mắn; Tết Nguyên đán Nhâm Dần năm 2022 an toàn.", "2021-12-20", []wantDate{{text: "2022", value: "2022"}, {text: "năm 2022", value: "2022"}}},
		// round 4: days written in words
		{"day in words, alone", "Ngày mười lăm, đoàn về đến Hà Nội; ngày hai mươi, hội nghị bế mạc.", "2021-10-12", []wantDate{{text: "Ngày mười lăm", value: "2021-10-15"}, {text: "ngày hai mươi", value: "2021-10-20"}}},
		{"day and month in words", "Ngày hai mươi tháng mười, cả nước kỷ niệm ngày Phụ nữ Việt Nam; ngày ba mươi mốt tháng mười hai năm 2021 là hạn chót.", "2021-10-12", []wantDate{{text: "Ngày hai mươi tháng mười", value: "2021-10-20"}, {text: "ngày ba mươi mốt tháng mười hai năm 2021", value: "2021-12-31"}}},
		{"day in words, month in digits", "Ngày mười tư tháng 8 và ngày hai mươi lăm tháng 12 năm nay là ngày nghỉ.", "2021-10-12", []wantDate{{text: "Ngày mười tư tháng 8", value: "2021-08-14"}, {text: "ngày hai mươi lăm tháng 12 năm nay", value: "2021-12-25"}}},
		{"mồng in words", "Mồng năm tháng Giêng là lễ hội gò Đống Đa; mùng một Tết người dân đi lễ chùa.", "2021-12-20", []wantDate{{text: "Mồng năm tháng Giêng", value: "2022-02-05", calendar: "lunar"}, {text: "mùng một Tết", value: "2022-02-01", calendar: "lunar"}}},
		{"tháng in words with its year", "Tháng mười hai năm ngoái, giá vàng tăng mạnh.", "2021-10-12", []wantDate{{text: "Tháng mười hai năm ngoái", value: "2020-12"}}},
		// round 4: years written with two digits
		{"season with two-digit years", "Mùa giải 21/22 đã khép lại, mùa 99-00 là mùa đáng nhớ nhất.", "2022-06-01", []wantDate{{text: "Mùa giải 21/22", value: "2021/2022"}, {text: "mùa 99-00", value: "1999/2000"}}},
		{"two-digit year after a time word", "Vào năm 97 anh rời quê; từ năm 54 đến năm 75 miền Nam chưa được giải phóng.", "2021-10-12", []wantDate{{text: "năm 97", value: "1997"}, {text: "năm 54", value: "1954"}, {text: "năm 75", value: "1975"}}},
		// round 5 (issue 5, dev-danes-6)
		{"year after giai đoạn", "Kế hoạch triển khai Chương trình Sức khỏe học đường giai đoạn 2021, trong giai đoạn 2021 - 2025 tăng ngân sách.", "", []wantDate{{text: "2021", value: "2021"}, {text: "2021 - 2025", value: "2021/2025"}}},
		{"year after cùng kỳ", "Lợi nhuận quý 3 giảm 20% so với cùng kỳ 2020, doanh thu tăng 5% so với cùng kỳ năm 2020.", "2021-10-22", []wantDate{{text: "quý 3", value: "2021-Q3"}, {text: "2020", value: "2020"}, {text: "năm 2020", value: "2020"}}},
		{"period after a trading session's day", "Phiên giao dịch ngày 22/10, cổ phiếu tăng; đầu tuần qua thị trường giảm.", "2021-10-23", []wantDate{{text: "ngày 22/10", value: "2021-10-22"}, {text: "đầu tuần qua", value: "2021-W41"}}},
		{"hôm nay after its date", "Tử vi cho hay Chủ nhật ngày 10/10/2021 hôm nay, tuổi Mão gặp may; ngày 9/10 hôm qua.", "", []wantDate{{text: "Chủ nhật ngày 10/10/2021 hôm nay", value: "2021-10-10"}, {text: "ngày 9/10 hôm qua", value: "XXXX-10-09"}}},
		{"hôm nay begins the next clause", "So với ngày 9/10 hôm nay giá vàng tăng; sáng nay hôm nay, trời mưa.", "2021-10-10", []wantDate{{text: "ngày 9/10", value: "2021-10-09"}, {text: "hôm nay", value: "2021-10-10"}, {text: "sáng nay", value: "2021-10-10TMO"}, {text: "hôm nay", value: "2021-10-10", n: 1}}},
		// lunar
		{"lunar date after tức", "Tối 2/10 (tức 26/8 âm lịch), trăng lên cao.", "2021-10-04", []wantDate{{text: "Tối 2/10", value: "2021-10-02TEV"}, {text: "26/8 âm lịch", value: "2021-10-02", calendar: "lunar"}}},
		{"lunar date in brackets after its solar date, no ref", "Sáng ngày 3/10/2021 (nhằm ngày 27/8 âm lịch), đoàn đến; tối 20/2/2022 (tức 20/1 âm lịch) lễ hội bế mạc.", "", []wantDate{{text: "Sáng ngày 3/10/2021", value: "2021-10-03TMO"}, {text: "ngày 27/8 âm lịch", value: "2021-10-03", calendar: "lunar"}, {text: "tối 20/2/2022", value: "2022-02-20TEV"}, {text: "20/1 âm lịch", value: "2022-02-20", calendar: "lunar"}}},
		{"lunar date with no solar date before its bracket", "Ngày 3/10/2021 đoàn đến, nhằm ngày 27/8 âm lịch; ngày 5/10 (tức 29/8 âm lịch) về.", "", []wantDate{{text: "Ngày 3/10/2021", value: "2021-10-03"}, {text: "ngày 27/8 âm lịch", value: "XXXX-08-27", calendar: "lunar"}, {text: "ngày 5/10", value: "XXXX-10-05"}, {text: "29/8 âm lịch", value: "XXXX-08-29", calendar: "lunar"}}},
		{"30 Tết in a short year", "Đêm 30 Tết, pháo hoa rực rỡ khắp nơi.", "2021-10-04", []wantDate{{text: "Đêm 30 Tết", value: "2022-01-31TNI", calendar: "lunar"}}},
		{"mùng 1 Tết", "Mùng 1 Tết năm nay người dân đi lễ chùa.", "2021-02-10", []wantDate{{text: "Mùng 1 Tết năm nay", value: "2021-02-12", calendar: "lunar"}}},
		{"mùng 1 Tết no ref", "Mùng 1 Tết người dân đi lễ chùa.", "", []wantDate{{text: "Mùng 1 Tết", value: "XXXX-01-01", calendar: "lunar"}}},
		{"rằm tháng Giêng", "Lễ hội diễn ra vào rằm tháng Giêng.", "2024-02-01", []wantDate{{text: "rằm tháng Giêng", value: "2024-02-24", calendar: "lunar"}}},
		{"tháng Chạp", "Ngày 23 tháng Chạp là ngày ông Công ông Táo.", "2025-01-10", []wantDate{{text: "Ngày 23 tháng Chạp", value: "2025-01-22", calendar: "lunar"}}},
		{"âm lịch", "Sáng 3/10/2021 (nhằm ngày 27/8 âm lịch), đoàn công tác đến.", "2021-10-03", []wantDate{{text: "Sáng 3/10/2021", value: "2021-10-03TMO"}, {text: "ngày 27/8 âm lịch", value: "2021-10-03", calendar: "lunar"}}},
		{"lunar date with its year", "Rằm tháng Giêng năm nay, chùa Bái Đính đón hàng nghìn người; tháng 7 âm lịch năm ngoái vắng khách.", "2021-10-15", []wantDate{{text: "Rằm tháng Giêng năm nay", value: "2021-02-26", calendar: "lunar"}, {text: "tháng 7 âm lịch năm ngoái", value: "2020-08-19/2020-09-16", calendar: "lunar"}}},
		{"Tết day with its year", "Mùng 1 Tết năm 2022, người dân đi lễ chùa; 30 Tết năm 2022 là ngày 31/1.", "", []wantDate{{text: "Mùng 1 Tết năm 2022", value: "2022-02-01", calendar: "lunar"}, {text: "30 Tết năm 2022", value: "2022-01-31", calendar: "lunar"}, {text: "ngày 31/1", value: "XXXX-01-31"}}},
		{"lunar d/m with its year", "Giỗ Tổ Hùng Vương ngày 10/3 âm lịch năm 2022 được tổ chức trang trọng.", "", []wantDate{{text: "ngày 10/3 âm lịch năm 2022", value: "2022-04-10", calendar: "lunar"}}},
		{"lunar, year relative without ref", "Rằm tháng Giêng năm nay chùa đông khách.", "", []wantDate{{text: "Rằm tháng Giêng năm nay", value: "XXXX-01-15", calendar: "lunar"}}},
		// decades and centuries
		{"decade", "người làm nghệ thuật vào những năm 90 và thập niên 1980.", "", []wantDate{{text: "những năm 90", value: "199"}, {text: "thập niên 1980", value: "198"}}},
		{"century", "Kiến trúc thế kỷ XIX còn lại ở thế kỷ 21.", "", []wantDate{{text: "thế kỷ XIX", value: "18"}, {text: "thế kỷ 21", value: "20"}}},
		// English
		{"english", "BOD resolution dated September 30, 2021", "", []wantDate{{text: "September 30, 2021", value: "2021-09-30"}}},
		// folded text
		{"folded month/year", "Gia nha tang manh tu 5/2021 den nay.", "", []wantDate{{text: "5/2021", value: "2021-05"}}},
		{"folded", "Sang nay 4/10, UBND tinh Quang Nam hop bao tai Tam Ky nam 2021.", "", []wantDate{{text: "Sang nay 4/10", value: "XXXX-10-04TMO"}, {text: "nam 2021", value: "2021"}}},
	} {
		t.Run(c.name, func(t *testing.T) { checkDates(t, x, c.text, c.ref, c.want...) })
	}
}

func TestNotDates(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	for _, text := range []string{
		"Thông tư số 15/2020/TT-BGDĐT của Bộ Giáo dục.",
		"Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.",
		"Quyết định số 12/2021 của UBND tỉnh.",
		"Gần 1/4 số doanh nghiệp có doanh thu giảm.",
		"Đội thắng 27/31 trận và hòa với tỷ số 2-1.",
		"Tỉnh đạt 6/6 tiêu chí của Bộ Y tế, chỉ 2/3 so với giá gốc.",
		"Nhà ở số 360B/10 đường Lê Lợi.",
		"Liên hệ 0935866636 hoặc 0912.345.678 để được tư vấn.",
		"Ông Nguyễn Văn A, 65 tuổi, mắc Covid-19.",
		"Việt Nam thua Trung Quốc tại vòng loại World Cup 2022.",
		"Ủy viên Trung ương Đảng khóa XII đã có mặt.",
		"Đoàn công tác làm việc trong 2 ngày, 3 tháng qua không nghỉ.",
		"Ngày 31/2 không có trong lịch.",
		"Doanh thu đạt 145,3 tỷ USD với 2.000 người lao động.",
		"Luật Đất đai 2013 và SEA Games 31 được nhắc đến.",
		"Luật Đất đai năm 2013 và Hiến pháp năm 2013 được sửa đổi.",
		"Hiện nay, gần đây và thời gian qua giá vàng biến động.",
		"Anh Quý cho biết hai tháng nay không có việc làm.",
		"Đây là lần thứ hai đội bóng thua, là ngày thứ 7 liên tiếp tăng.",
		"Bộ phim 11 tháng 5 ngày đang gây sốt.",
		"Thông tin 24/7 hàng ngày được cập nhật.",
		"Quy hoạch tỷ lệ 1/2000 và Quyết định 12/2021 của UBND tỉnh.",
		"Mỗi ngày uống từ 2-3 lít nước, tăng từ 5-10%.",
		"Nhà hàng trên đường 3/2, gần Trường THPT 19/5, kỷ niệm Cách mạng Tháng Tám.",
		"Diện tích rừng chiếm 1/2, dân số tăng gấp 2/3.",
		"Đội xếp thứ 5/10, vào vòng 1/8, đạt điểm 8/10 ở câu 3/5.",
		"Kia Carnival 2022 sắp được bán tại Việt Nam.",
		"Lệnh giới nghiêm kéo dài trong 24h.",
		"Trẻ 6 tháng tuổi cần được tiêm vắc xin.",
		"Ngày nay, người trẻ dùng mạng xã hội nhiều hơn.",
		"Giá xe Honda là 54-55 triệu đồng, tăng 10-15% so với trước.",
		"Buổi sáng, thí sinh làm bài Ngữ văn; vài tuần qua không có mưa.",
		"Nhà máy tổ chức Hội nghị Đại biểu Người lao động năm 2021.",
		"Huyện ủy tổ chức Hội nghị sơ kết công tác Đảng quý III để rút kinh nghiệm.",
		"Nhiều hộ dân trên đường 30 Tháng 4, TP Biên Hòa, bị ngập sau cơn mưa.",
		"Ca khúc “Tháng Tư là lời nói dối của em” được nhiều bạn trẻ yêu thích.",
		"Bộ phim \"Tháng Năm rực rỡ\" thu hút đông đảo khán giả trẻ.",
		"Giải đua xe đạp Truyền hình Bình Dương lần thứ VIII năm 2021 tranh Cúp Number 1.",
		"Vietnam Post lọt top 10 Thương hiệu Mạnh Việt Nam 2020-2021.",
		"Khach hang duoc giam ngay 15% gia tri hop dong.",
		"VACCINE PFIZER-BIONTECH HIỆU QUẢ 90,7% TRÊN TRẺ EM TỪ 5-11 TUỔI\nVaccine có hiệu quả.",
		"Gia thep dat muc cao nhat tu truoc toi nay voi gan 50.000 tan.",
		"Tai sao Viet Nam phai chieu qua nhieu phim nuoc ngoai, them cac tuyen di thang toi My?",
		"Running Man Việt Nam mùa 2 tập 3 lên sóng, UCL 2021/22 khởi tranh.",
		"Mấy hôm nay trời mưa liên tục, vài hôm nay không ra đường được.",
		"Doanh thu các quý cuối năm thường cao hơn.",
		"Công văn 365/TANDTC-VP năm 2021 và Quyết định số 1234/QĐ-UBND năm 2021 được ban hành.",
		"Audi Q3 2021 ra mắt, Q3 và H1 là mã sản phẩm.",
		"Chào tuần mới: 'Bình thường mới' nhìn từ đường phố.",
		"Theo tử vi tuần mới của 12 cung hoàng đạo, Bọ Cạp lạc quan.",
		"Thế hệ trẻ em hôm nay sẽ phải đối mặt với những biến đổi nhanh chóng.",
		"Báo phối hợp tổ chức triển lãm ảnh trực tuyến “Hà Nội trong tôi năm 2021”.",
		"Công nhân về Tết, chăm lo Tết Nguyên đán, dịp lễ Halloween và mùa mua sắm Giáng Sinh.",
		"Trong vòng 5 năm qua, nhiều năm qua và 3 tháng qua giá tăng; doanh số tăng năm qua năm.",
		"Black Friday sale and Cyber Monday deals, USA Today reported in the last week of October.",
		"Phim Friday Night Lights chiếu vào tối muộn, hôm nào cũng vậy.",
		"iPhone 13, Galaxy S21 và Galaxy Z Fold3 chạy iOS 15.1 và Android 12.",
		"Xe Honda Vision 2021 giá 30-35 triệu, liên hệ 0912 345 678, phiên bản 2.0.",
		"Anh ấy làm việc trong hơn 14h liền và nghỉ gần 8 giờ.",
		"Đêm 14 người đã về quê, sáng 15 người khác đi.",
		"Giá dầu tăng trong các tháng đầu năm, những ngày cuối năm và phiên cuối tuần.",
		"Phiên giao dịch đầu tuần có tín hiệu khởi sắc; phiên giao dịch cuối năm thanh khoản thấp.",
		"Dự án chia làm 3 giai đoạn, giai đoạn 2 khởi công; giai đoạn 2021 người.",
		"Ngày hôm sau, ông bị bắt; hôm sau nữa ông được thả, tối hôm trước ông về nhà.",
		"Đêm Giao thừa, pháo hoa được bắn tại 10 điểm.",
		"Mới đây, Bộ Y tế ban hành hướng dẫn; dạo gần đây thời tiết thất thường.",
		"Anh đi tới đây để xem trận đấu.",
		"Tuổi xế chiều, ông vẫn làm việc; giữa trưa nắng gắt, chập tối mới về, gần tối mẹ nấu cơm.",
		"Nhà anh ở gần sân bay; người dân ăn trưa muộn hơn, ngồi giữa đêm tối, gần sáng mới ngủ.",
		"Xe gan toi lam, chap nhan giua dem, xe chieu khach.",
		"Một ngày kia anh sẽ hiểu; những năm kia cuộc sống khó khăn, năm kia nọ, năm này năm kia.",
		"Nam kia la ai? Hom truoc nua anh di dau?",
		"Hồi năm 45 tuổi ông vẫn làm; năm 17 tôi vào Sài Gòn; sinh viên năm 3; vào năm 20 tuổi lập nghiệp.",
		"Mùa 2 tập 21/22 lên sóng; mùa giải 21/23 và mùa 21 người; trong năm 90 ngày đầu.",
		"Giá xăng ngày một tăng, ngày ba bữa cơm, mỗi ngày mười lăm phút, ngày hai lần, mùng một hàng tháng.",
		"Ngày mười tháng năm ấy anh đi biền biệt; ngày hai mươi năm đoàn tụ.",
		"Ông Đinh Dậu, bà Tân Sửu và anh Canh Tý cùng dự họp; con giáp Nhâm Dần, tuổi Tân Sửu, năm nhâm dần.",
		"Ông Nguyễn Xuân Nhâm Dần đến thăm; Tết Quý Tý và năm Giáp Sửu không có.",
	} {
		got := x.ExtractAt(text, day("2021-10-04")).OfType(Date)
		assert.Empty(t, got, "%q", text)
	}
}

func TestDateFindingAllocatesOnlyForDates(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	d := doc{x: x, text: "Bộ trưởng đánh giá cao hoạt động của Hiệp hội thời gian qua, trong bối cảnh còn nhiều khó khăn nhưng Hiệp hội đã nỗ lực tổ chức nhiều hoạt động.", sc: new(scratch)}
	d.prepare()
	allocs := testing.AllocsPerRun(100, func() {
		d.spans = d.spans[:0]
		x.dates.find(&d)
	})
	assert.Zero(t, allocs)
}

// BenchmarkPipelineWithDates runs every recognizer over the bundled articles.
func BenchmarkPipelineWithDates(b *testing.B) {
	benchmarkExtract(b, WithReferenceDate(day("2021-10-04")))
}

// BenchmarkPipelineWithoutDates runs the same pipeline with date recognition left out.
func BenchmarkPipelineWithoutDates(b *testing.B) {
	benchmarkExtract(b, WithReferenceDate(day("2021-10-04")), WithTypes(Person, Title, Organization, Location))
}

// BenchmarkDateRules times the date recognizer alone over tokenized articles.
func BenchmarkDateRules(b *testing.B) {
	x, err := New()
	require.NoError(b, err)
	texts := pressTexts(b)
	docs := make([]doc, len(texts))
	size := 0
	for k, t := range texts {
		docs[k] = doc{x: x, text: t, ref: day("2021-10-04")}
		docs[k].prepare()
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for k := range docs {
			docs[k].spans = docs[k].spans[:0]
			x.dates.find(&docs[k])
		}
	}
}

// timexValue is the shape of every value the date rules write: a date, month, year, quarter, half,
// week, weekday, weekend, decade or century, with an optional time or part of day, or an interval
// of two of them.
var timexValue = regexp.MustCompile(`^(?:` + timexOne + `)(?:/(?:` + timexOne + `))?$`)

const timexOne = `(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-Q[1-4]|-H[12]|-W(?:\d{2}|XX)(?:-[1-7]|-WE)?)?` +
	`(?:T(?:\d{2}:\d{2}|MO|MI|AF|EV|NI))?|\d{2,3}`

func FuzzDates(f *testing.F) {
	// the shapes the dispatch tests read (date_start_test.go), and cut-off ones
	for _, s := range append(dispatchShapes[:len(dispatchShapes):len(dispatchShapes)],
		"đêm 11 đến sáng 12 10, chiều 2 và", "ngày 06 -12-", "Sáng 9 10 tại", "tối 5 -", "ngày 1/10 -", "8/10-",
		"ngày", "tháng", "quý", "thứ", "năm 2021 -", "buổi", "buổi sáng", "tuần cuối tháng", "6a.", "6a.m", "lần", "mùa giải 2021/", "12/", "/12", "hôm", "29/2/2023", "ngày 29 tháng 2",
	) {
		f.Add(s, int64(0))
		f.Add(s, int64(1462838400)) // 2016-05-10
	}
	x, err := New(WithTypes(Date))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, sec int64) {
		var ref time.Time
		if sec > 0 && sec < 1<<33 {
			ref = time.Unix(sec, 0).UTC()
		}
		for _, e := range x.ExtractAt(s, ref).Entities {
			require.Equal(t, Date, e.Type)
			require.True(t, 0 <= e.Start && e.Start < e.End && e.End <= len(s), "span %d-%d of %q", e.Start, e.End, s)
			require.Regexp(t, timexValue, e.Value, "value of %q in %q", e.Text, s)
		}
	})
}
