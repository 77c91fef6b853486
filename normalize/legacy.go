// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

// decode stub
func decode(src string, enc Encoding, wantOffsets bool) (string, Offsets, bool) {
	return src, Offsets{}, false
}

func detectQuick(s string) Encoding { return UTF8 }
