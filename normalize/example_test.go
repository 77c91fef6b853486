// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize_test

import (
	"fmt"
	"io"
	"strings"

	"github.com/vietner/vietner/normalize"
	"golang.org/x/text/transform"
)

func ExampleNew() {
	n := normalize.New() // old-style tones, legacy encodings detected
	fmt.Println(n.String("Ủy ban tỉnh Khánh Hoà"))
	fmt.Println(n.String("Vie\u0323\u0302t\u00a0Nam\u200b")) // NFD, NBSP, zero-width space
	fmt.Println(n.String("Xin chaøo caùc baïn"))             // VNI pasted as mojibake
	fmt.Println(normalize.New(normalize.WithTone(normalize.ToneNew)).String("hòa thủy khỏe Ủy"))
	// Output:
	// Ủy ban tỉnh Khánh Hòa
	// Việt Nam
	// Xin chào các bạn
	// hoà thuỷ khoẻ Uỷ
}

func ExampleNormalizer_Map() {
	in := "Bo\u0302\u0323 tru\u031bo\u031b\u0309ng Tru\u031bo\u031bng Minh Tua\u0302\u0301n"
	out, off := normalize.New().Map(in)
	name := "Trương Minh Tuấn"
	i := len(out) - len(name)
	start, end := off.Span(i, len(out))
	fmt.Println(out[i:])
	fmt.Println(start, end, in[start:end] == "Tru\u031bo\u031bng Minh Tua\u0302\u0301n")
	// Output:
	// Trương Minh Tuấn
	// 20 44 true
}

func ExampleDetect() {
	e, conf := normalize.Detect([]byte("B¶o Th¾ng lµ ng\u00adêi ®· ®Õn Hµ Néi"))
	fmt.Println(e, conf >= 0.6)
	e, _ = normalize.Detect([]byte("Bảo Thắng là người đã đến Hà Nội"))
	fmt.Println(e)
	// Output:
	// tcvn3 true
	// utf8
}

func ExampleFold() {
	fmt.Println(normalize.Fold("Đảng Cộng sản Việt Nam"))
	// Output: Dang Cong san Viet Nam
}

func ExampleKey() {
	fmt.Println(normalize.Key("KHÁNH HÒA") == normalize.Key("Khánh Hoà"))
	fmt.Println(normalize.Key("Thành phố Hồ Chí Minh"))
	// Output:
	// true
	// thanh pho ho chi minh
}

func ExampleWithEncoding() {
	// A short text in a known legacy encoding: name it, detection needs more text to be sure.
	n := normalize.New(normalize.WithEncoding(normalize.VNI))
	fmt.Println(n.String("Tænh UÛy"))
	// Output: Tỉnh Ủy
}

func ExampleNormalizer_Transform() {
	// A Normalizer is a transform.SpanningTransformer: wrap any reader to normalize a stream of any size.
	r := transform.NewReader(strings.NewReader("Ủy ban tỉnh Khánh Hoà\nVie\u0323\u0302t Nam\n"), normalize.New())
	b, err := io.ReadAll(r)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(b))
	// Output:
	// Ủy ban tỉnh Khánh Hòa
	// Việt Nam
}

func ExampleNormalizer_AppendString() {
	// Append and AppendString reuse the caller's buffer: no allocation once it is large enough.
	n := normalize.New(normalize.WithTone(normalize.ToneNew))
	buf := make([]byte, 0, 64)
	for _, s := range []string{"Hòa Bình", "Thủy Nguyên"} {
		buf = n.AppendString(buf[:0], s)
		fmt.Println(string(buf))
	}
	// Output:
	// Hoà Bình
	// Thuỷ Nguyên
}
