// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round 5 of the TITLE rules (dev-danes-6): occupations of the lexicon added then.
func TestTitleOccupationsOfRound5(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Soạn giả Viễn Châu là cha đẻ của hàng trăm bài vọng cổ.", "Soạn giả"},
		{"Vở diễn do NSƯT Thanh Hằng và soạn giả Hoa Phượng dàn dựng.", "soạn giả"},
		{"Khán giả nhớ mãi ông Trần Hữu Trang, soạn giả đầu tiên đưa vọng cổ lên sân khấu.", "soạn giả đầu tiên"},
	} {
		assert.Contains(t, extractTyped(t, c.text, Title), found{Title, c.want}, c.text)
	}
	// a class of people, or nobody named: no title
	for _, s := range []string{
		"Nhiều soạn giả cải lương đã lên tiếng về chuyện bản quyền.",
		"Cuộc thi tìm kiếm soạn giả trẻ cho sân khấu cải lương.",
	} {
		assert.Empty(t, extractTyped(t, s, Title), s)
	}
}
