// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities_test

import (
	"fmt"
	"time"

	"github.com/vietner/vietner/entities"
	"github.com/vietner/vietner/normalize"
)

func ExampleNew() {
	// Build the Extractor once (it compiles every gazetteer) and share it between goroutines.
	x, err := entities.New(
		entities.WithReferenceDate(time.Date(2016, 5, 12, 0, 0, 0, 0, time.UTC)),
		entities.WithGazetteer(entities.GazetteerEntry{Type: entities.Organization, Text: "VNNIC", Norm: "Trung tâm Internet Việt Nam"}),
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range x.Extract("Đại diện VNNIC cho biết sáng nay hệ thống đã ổn định.").Entities {
		fmt.Printf("%s %q norm=%q value=%q\n", e.Type, e.Text, e.Norm, e.Value)
	}
	// Output:
	// ORGANIZATION "VNNIC" norm="Trung tâm Internet Việt Nam" value=""
	// DATE "sáng nay" norm="" value="2016-05-12TMO"
}

func ExampleExtractor_Extract() {
	x, err := entities.New(entities.WithReferenceDate(time.Date(2016, 5, 12, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Chiều ngày 12/05, đồng chí Trương Minh Tuấn, Ủy viên Trung ương Đảng, Bộ trưởng Bộ TT&TT đã làm việc với Hiệp hội Internet Việt Nam."
	for _, e := range x.Extract(text).Entities {
		fmt.Printf("%-12s %q [%d:%d] value=%q norm=%q person=%q\n", e.Type, e.Text, e.Start, e.End, e.Value, e.Norm, e.Person)
	}
	// Output:
	// DATE         "Chiều ngày 12/05" [0:19] value="2016-05-12TAF" norm="" person=""
	// PERSON       "Trương Minh Tuấn" [34:54] value="" norm="" person=""
	// TITLE        "Ủy viên Trung ương Đảng" [56:87] value="" norm="" person="p1"
	// ORGANIZATION "Trung ương Đảng" [67:87] value="" norm="Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam" person=""
	// TITLE        "Bộ trưởng Bộ TT&TT" [89:114] value="" norm="" person="p1"
	// ORGANIZATION "Bộ TT&TT" [104:114] value="" norm="Bộ Thông tin và Truyền thông" person=""
	// ORGANIZATION "Hiệp hội Internet Việt Nam" [138:170] value="" norm="" person=""
	// LOCATION     "Việt Nam" [160:170] value="" norm="" person=""
}

func ExampleExtractor_Extract_legacyEncoding() {
	x, err := entities.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	// Text decomposed (NFD) and with new-style tone marks: offsets still point into it as given.
	text := "Ông Nguye\u0302\u0303n Va\u0306n Hoà đến thăm tỉnh Khánh Hoà."
	for _, e := range x.Extract(text).Entities {
		fmt.Printf("%s %q %+q\n", e.Type, e.Text, text[e.Start:e.End])
	}
	// Output:
	// PERSON "Nguyễn Văn Hòa" "Nguye\u0302\u0303n Va\u0306n Ho\u00e0"
	// LOCATION "tỉnh Khánh Hòa" "t\u1ec9nh Kh\u00e1nh Ho\u00e0"
}

func ExampleDocument_People() {
	x, err := entities.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := x.Extract("Đồng chí Trương Minh Tuấn, Ủy viên Trung ương Đảng, Bộ trưởng Bộ TT&TT đã tiếp ông Nguyễn Viết Thế, Phó Chủ tịch thường trực Hiệp hội Internet Việt Nam. Ông Thế cho biết hiệp hội sẽ phối hợp chặt chẽ.")
	for _, p := range doc.People() {
		fmt.Printf("%s (%d mentions):", p.Name, len(p.Mentions))
		for _, t := range p.Titles {
			fmt.Printf(" %s;", t.Text)
		}
		fmt.Println()
	}
	// Output:
	// Trương Minh Tuấn (1 mentions): Ủy viên Trung ương Đảng; Bộ trưởng Bộ TT&TT;
	// Nguyễn Viết Thế (2 mentions): Phó Chủ tịch thường trực Hiệp hội Internet Việt Nam;
}

func ExampleExtractor_Tokens() {
	x, err := entities.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range x.Tokens("GS.TS Lê Văn A đến TP. Hà Nội. Ông nói.") {
		fmt.Printf("%d:%s ", t.Sentence, t.Text)
	}
	fmt.Println()
	// Output:
	// 0:GS 0:. 0:TS 0:Lê 0:Văn 0:A 0:đến 0:TP 0:. 0:Hà 0:Nội 0:. 1:Ông 1:nói 1:.
}

func ExampleExtractor_ExtractAt() {
	// One Extractor, many documents: each is read against its own publication date (the zero time:
	// none, and the day stays unknown).
	x, err := entities.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Sáng nay, Thủ tướng đã tiếp Đại sứ Nhật Bản."
	for _, ref := range []time.Time{time.Date(2021, 10, 4, 0, 0, 0, 0, time.UTC), time.Date(2016, 5, 12, 0, 0, 0, 0, time.UTC), {}} {
		for _, e := range x.ExtractAt(text, ref).OfType(entities.Date) {
			fmt.Printf("%q value=%q\n", e.Text, e.Value)
		}
	}
	// Output:
	// "Sáng nay" value="2021-10-04TMO"
	// "Sáng nay" value="2016-05-12TMO"
	// "Sáng nay" value="XXXX-XX-XXTMO"
}

func ExampleWithTypes() {
	// Only the types asked for are reported: the title and the organization are still read (they keep
	// "Bộ Y tế" out of the name) but not reported.
	x, err := entities.New(entities.WithTypes(entities.Person, entities.Location))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range x.Extract("Ngày 4/10, Bộ trưởng Bộ Y tế Nguyễn Thanh Long làm việc tại Hà Nội.").Entities {
		fmt.Println(e.Type, e.Text)
	}
	// Output:
	// PERSON Nguyễn Thanh Long
	// LOCATION Hà Nội
}

func ExampleWithTone() {
	// The canonical Text takes the tone style asked for; offsets still point into the input as given.
	x, err := entities.New(entities.WithTone(normalize.ToneNew))
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Ông Nguyễn Văn Hòa về thăm tỉnh Khánh Hòa."
	for _, e := range x.Extract(text).Entities {
		fmt.Printf("%s %q input %q\n", e.Type, e.Text, text[e.Start:e.End])
	}
	// Output:
	// PERSON "Nguyễn Văn Hoà" input "Nguyễn Văn Hòa"
	// LOCATION "tỉnh Khánh Hoà" input "tỉnh Khánh Hòa"
}

func ExampleWithEncoding() {
	// Text known to be in TCVN3 is decoded as such, however short; offsets are into the TCVN3 bytes.
	x, err := entities.New(entities.WithEncoding(normalize.TCVN3))
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "\xa4ng L\xaa V\xa8n Nam \xae\xd5n H\xb5 N\xe9i."
	for _, e := range x.Extract(text).Entities {
		fmt.Printf("%s %q [%d:%d]\n", e.Type, e.Text, e.Start, e.End)
	}
	// Output:
	// PERSON "Lê Văn Nam" [4:14]
	// LOCATION "Hà Nội" [19:25]
}

func ExampleDocument_OfType() {
	x, err := entities.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := x.Extract("Ông Trần Văn Bình, Giám đốc Sở Y tế tỉnh Nghệ An, cho biết tỉnh Hà Tĩnh cũng đã tiếp nhận vắc xin.")
	for _, e := range doc.OfType(entities.Location) {
		fmt.Println(e.Text)
	}
	// Output:
	// tỉnh Nghệ An
	// tỉnh Hà Tĩnh
}

func ExampleParseType() {
	for _, s := range []string{"PERSON", "org", "LOC", "MISC"} {
		t, err := entities.ParseType(s)
		fmt.Println(t, err)
	}
	// Output:
	// PERSON <nil>
	// ORGANIZATION <nil>
	// LOCATION <nil>
	// Type(0) entities: unknown entity type: "MISC"
}
