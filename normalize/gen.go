// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

//go:generate go run maketables.go
