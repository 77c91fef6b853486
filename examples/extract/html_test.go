// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package main

import (
	"context"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vietner/vietner/entities"
)

const seedArticle = "../../testdata/articles/bo-tttt-hiep-hoi-internet-2016-05-12.txt"

// occurrence returns the span of the n-th (from 1) occurrence of s in text.
func occurrence(t *testing.T, text, s string, n int) (int, int) {
	t.Helper()
	at := 0
	for i := 1; ; i++ {
		j := strings.Index(text[at:], s)
		if j < 0 {
			t.Fatalf("occurrence %d of %q not in the text", n, s)
		}
		if i == n {
			return at + j, at + j + len(s)
		}
		at += j + 1
	}
}

// handAnnotated is the seed article's first paragraphs annotated by hand, so that the page shows
// every kind of mark (nested ones, linked titles, values, norms) whatever the recognizers do today,
// followed by a line of markup-like text that must come out escaped.
func handAnnotated(t *testing.T, article string) (string, entities.Document) {
	t.Helper()
	end := strings.Index(article, "20160512-l01.jpg")
	text := article[:end] + "Ký tự đặc biệt: <b>không in đậm</b> & \"ngoặc kép\" <script>window.vietnerErrors = 42</script>\n"
	type ann struct {
		typ                            entities.Type
		s                              string
		n                              int
		ref, person, value, norm, kind string
	}
	anns := []ann{
		{typ: entities.Title, s: "Bộ trưởng", n: 1, person: "p1", kind: "position"},
		{typ: entities.Person, s: "Trương Minh Tuấn", n: 1, ref: "p1"},
		{typ: entities.Organization, s: "Hiệp hội Internet Việt Nam", n: 1, ref: "o1"},
		{typ: entities.Location, s: "Việt Nam", n: 1},
		{typ: entities.Date, s: "Chiều ngày 12/05", n: 1, value: "2016-05-12TAF"},
		{typ: entities.Person, s: "Trương Minh Tuấn", n: 2, ref: "p1"},
		{typ: entities.Title, s: "Ủy viên Trung ương Đảng", n: 1, person: "p1", kind: "position"},
		{typ: entities.Organization, s: "Trung ương Đảng", n: 1, ref: "o2", norm: "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"},
		{typ: entities.Title, s: "Bộ trưởng Bộ TT&TT", n: 1, person: "p1", kind: "position"},
		{typ: entities.Organization, s: "Bộ TT&TT", n: 1, ref: "o3", norm: "Bộ Thông tin và Truyền thông"},
		{typ: entities.Organization, s: "Hiệp hội Internet Việt Nam", n: 2, ref: "o1"},
		{typ: entities.Location, s: "Việt Nam", n: 2},
		{typ: entities.Organization, s: "Bộ TT&TT", n: 2, ref: "o3", norm: "Bộ Thông tin và Truyền thông"},
		{typ: entities.Organization, s: "Hiệp hội Internet Việt Nam", n: 3, ref: "o1"},
		{typ: entities.Location, s: "Việt Nam", n: 3},
		{typ: entities.Title, s: "Bộ trưởng", n: 3, person: "p1", kind: "position"},
		{typ: entities.Person, s: "Trương Minh Tuấn", n: 3, ref: "p1"},
	}
	var d entities.Document
	for _, a := range anns {
		s, e := occurrence(t, text, a.s, a.n)
		d.Entities = append(d.Entities, entities.Entity{Type: a.typ, Text: a.s, Start: s, End: e,
			Ref: a.ref, Person: a.person, Value: a.value, Norm: a.norm, Kind: a.kind})
	}
	return text, d
}

// chromium returns the path of the browser, or skips the test where there is none and CI is not
// set; under CI a missing browser is a failure.
func chromium(t *testing.T) string {
	t.Helper()
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium not found at /usr/bin/chromium: CI must install it (apt-get install -y chromium)")
	}
	t.Skip("chromium not installed (apt-get update && apt-get install -y chromium); skipping the browser test outside CI")
	return ""
}

// headless runs chromium on a page with the flags the brief asks for, a fresh profile each time.
func headless(t *testing.T, browser string, extra ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, browser, append(args, extra...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", browser, extra, err, stderr.String())
	}
	return out
}

var bodyTag = regexp.MustCompile(`<body[^>]*>`)

func bodyAttr(t *testing.T, body, name string) int {
	t.Helper()
	m := regexp.MustCompile(` data-` + name + `="(\d+)"`).FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no data-%s on %s", name, body)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

func TestHTMLPageInHeadlessChromium(t *testing.T) {
	browser := chromium(t)
	raw, err := os.ReadFile(seedArticle)
	if err != nil {
		t.Fatal(err)
	}
	article := string(raw)
	x, err := entities.New()
	if err != nil {
		t.Fatal(err)
	}
	extracted := x.ExtractAt(article, time.Date(2016, 5, 12, 0, 0, 0, 0, time.UTC))
	handText, hand := handAnnotated(t, article)

	h := newHTMLWriter()
	h.add("bo-tttt-hiep-hoi-internet-2016-05-12 (hand-annotated)", handText, hand)
	h.add("bo-tttt-hiep-hoi-internet-2016-05-12.txt", article, extracted)
	h.add(`<img src=x onerror="window.vietnerErrors=7"> & "id"`, "Không có thực thể.", entities.Document{})
	page := h.finish()

	dir := t.TempDir()
	file := filepath.Join(dir, "page.html")
	if err := os.WriteFile(file, page, 0o644); err != nil {
		t.Fatal(err)
	}
	url := "file://" + file

	dom := string(headless(t, browser, "--virtual-time-budget=5000", "--dump-dom", url))
	body := bodyTag.FindString(dom)
	if body == "" {
		t.Fatalf("no <body> in the dumped DOM:\n%.2000s", dom)
	}
	if bodyAttr(t, body, "ready") != 1 {
		t.Fatalf("the page's script did not finish: %s", body)
	}
	if n := bodyAttr(t, body, "errors"); n != 0 {
		t.Errorf("%d script errors on the page", n)
	}
	want := len(hand.Entities) + len(extracted.Entities)
	if got := bodyAttr(t, body, "marks"); got != want || got == 0 {
		t.Errorf("%d marks on the page, want %d (%d hand-annotated + %d extracted)", got, want, len(hand.Entities), len(extracted.Entities))
	}
	// Nested: Việt Nam ×3 in Hiệp hội…, Trung ương Đảng in its title, Bộ TT&TT in its title.
	if n := bodyAttr(t, body, "nested"); n < 5 {
		t.Errorf("%d nested marks, want at least the 5 of the hand-annotated document", n)
	}
	people := len(hand.People()) + len(extracted.People())
	if n := bodyAttr(t, body, "people"); n != people {
		t.Errorf("%d people in the panels, want %d", n, people)
	}
	for _, want := range []string{
		`&lt;b&gt;không in đậm&lt;/b&gt; &amp; "ngoặc kép" &lt;script&gt;`,
		`&lt;img src=x onerror="window.vietnerErrors=7"&gt; &amp; "id"`,
		`data-person-name="Trương Minh Tuấn"`,
		`data-norm="Bộ Thông tin và Truyền thông"`,
		`data-value="2016-05-12TAF"`,
		`title="TITLE: Bộ trưởng Bộ TT&amp;TT`,
		`<span>Ủy viên Trung ương Đảng</span>`,
	} {
		if !strings.Contains(dom, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	if strings.Contains(dom, "<b>không") || strings.Contains(dom, "<img src=x") {
		t.Errorf("markup from the input reached the page unescaped")
	}

	shot := filepath.Join(t.TempDir(), "page.png")
	headless(t, browser, "--hide-scrollbars", "--window-size=1280,1800", "--virtual-time-budget=5000", "--screenshot="+shot, url)
	f, err := os.Open(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot is not a PNG: %v", err)
	}
	if st, _ := f.Stat(); st.Size() < 20_000 || img.Bounds().Dx() < 1000 {
		t.Errorf("screenshot looks empty: %d bytes, %v", st.Size(), img.Bounds())
	}
	// A page that rendered shows more than one colour: count distinct colours on a coarse grid.
	colours := map[uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 7 {
		for x := b.Min.X; x < b.Max.X; x += 7 {
			r, g, bl, _ := img.At(x, y).RGBA()
			colours[r>>12<<8|g>>12<<4|bl>>12] = true
		}
	}
	if len(colours) < 8 {
		t.Errorf("screenshot has %d colours: blank page?", len(colours))
	}
	if keep := os.Getenv("VIETNER_SCREENSHOT"); keep != "" {
		data, _ := os.ReadFile(shot)
		os.WriteFile(keep, data, 0o644)
	}
	t.Logf("screenshot: %s", shot)
}

func TestMarkupNestsAndEscapes(t *testing.T) {
	text := "A <b> Bộ trưởng Bộ TT&TT x"
	ts, te := occurrence(t, text, "Bộ trưởng Bộ TT&TT", 1)
	os_, oe := occurrence(t, text, "Bộ TT&TT", 1)
	ents := []entities.Entity{
		{Type: entities.Organization, Text: "Bộ TT&TT", Start: os_, End: oe},
		{Type: entities.Title, Text: "Bộ trưởng Bộ TT&TT", Start: ts, End: te, Person: "p1"},
		{Type: entities.Person, Start: -1, End: 3},            // out of bounds: left out
		{Type: entities.Person, Start: 2, End: 2},             // empty: left out
		{Type: entities.Date, Start: os_ + 5, End: len(text)}, // crosses the end of the ORGANIZATION: cut
	}
	got, n, byType := markup("d1-", text, ents, map[string]string{"p1": `Trương "Minh" Tuấn`})
	if n != 3 || byType[entities.Title] != 1 || byType[entities.Organization] != 1 || byType[entities.Date] != 1 {
		t.Errorf("marks %d, by type %v", n, byType)
	}
	if !strings.HasPrefix(got, "A &lt;b&gt; <mark id=\"d1-1\" class=\"ent t-TITLE\"") {
		t.Errorf("text before the first mark not escaped, or mark missing: %s", got)
	}
	if !strings.Contains(got, `data-person-name="Trương &#34;Minh&#34; Tuấn"`) {
		t.Errorf("linked person name missing or unescaped: %s", got)
	}
	if strings.Count(got, "<mark") != strings.Count(got, "</mark>") {
		t.Errorf("unbalanced marks: %s", got)
	}
	if !strings.HasSuffix(got, "TT</mark></mark></mark> x") {
		t.Errorf("nested marks not closed innermost first: %s", got)
	}
	if strings.Contains(got, "TT&TT<") || !strings.Contains(got, "TT&amp;") {
		t.Errorf("& not escaped: %s", got)
	}
}

func TestHTMLPageOrderAndEmptyPage(t *testing.T) {
	h := newHTMLWriter()
	if p := string(h.finish()); !strings.Contains(p, "No documents.") || !strings.HasPrefix(p, "<!DOCTYPE html>") {
		t.Errorf("empty page: %.300s", p)
	}
	h = newHTMLWriter()
	for _, id := range []string{"first", "second", "third"} {
		h.add(id, "text of "+id, entities.Document{})
	}
	p := string(h.finish())
	a, b, c := strings.Index(p, "<h2>first"), strings.Index(p, "<h2>second"), strings.Index(p, "<h2>third")
	if a < 0 || !(a < b && b < c) {
		t.Errorf("documents out of order: %d %d %d", a, b, c)
	}
	if strings.Contains(p, "http://") || strings.Contains(p, "https://") || strings.Contains(p, " src=") {
		t.Errorf("the page refers to something outside itself")
	}
}
