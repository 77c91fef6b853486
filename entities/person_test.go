package entities

import (
	"encoding/json"
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

func BenchmarkPeopleOverArticles(b *testing.B) {
	texts := benchTexts(b)
	size := 0
	for _, s := range texts {
		size += len(s)
	}
	x, err := New()
	require.NoError(b, err)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			x.Extract(s)
		}
	}
}

// BenchmarkPersonRules measures the PERSON and TITLE rules alone (find, resolve, link) over the
// bundled press text, tokenized once beforehand.
func BenchmarkPersonRules(b *testing.B) {
	x, err := New()
	require.NoError(b, err)
	var docs []doc
	size := 0
	for _, text := range benchTexts(b) {
		norm, _ := x.norm.Map(text)
		d := doc{x: x, text: norm}
		d.tokenize()
		d.detectStyle()
		docs = append(docs, d)
		size += len(text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for k := range docs {
			d := docs[k]
			d.spans = nil
			d.nextRef = 0
			x.peop.find(&d)
			d.resolve()
			x.peop.link(&d)
		}
	}
}

func benchTexts(b *testing.B) []string {
	seed, err := os.ReadFile("../testdata/articles/bo-tttt-hiep-hoi-internet-2016-05-12.txt")
	require.NoError(b, err)
	texts := []string{string(seed)}
	lines, err := os.ReadFile("../testdata/articles/danes-2021-headlines.jsonl")
	require.NoError(b, err)
	for _, l := range strings.Split(string(lines), "\n") {
		var in struct{ Title, Description string }
		if json.Unmarshal([]byte(l), &in) == nil && in.Title != "" {
			texts = append(texts, in.Title+"\n"+in.Description)
		}
	}
	return texts
}
