// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func runCmd(args []string, stdin string) (int, string, string) {
	var out, errb strings.Builder
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestNormalizesStdin(t *testing.T) {
	code, out, _ := runCmd(nil, "Ủy ban tỉnh Khánh Hoà\n")
	assert.Equal(t, 0, code)
	assert.Equal(t, "Ủy ban tỉnh Khánh Hòa\n", out)
	_, out, _ = runCmd([]string{"-tone", "new"}, "Khánh Hòa")
	assert.Equal(t, "Khánh Hoà", out)
	_, out, _ = runCmd([]string{"-fold"}, "Khánh Hòa")
	assert.Equal(t, "Khanh Hoa", out)
	_, out, _ = runCmd([]string{"-from", "vni"}, "Xin chaøo")
	assert.Equal(t, "Xin chào", out)
}

func TestDetectAndBadFiles(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "tcvn3.txt")
	assert.NoError(t, os.WriteFile(f, []byte("B\xb6o Th\xbeng l\xb5 ng\xad\xeai \xae\xb7 \xae\xd5n H\xb5 N\xe9i"), 0o644))
	missing := filepath.Join(dir, "missing.txt")
	code, out, errs := runCmd([]string{"-detect", missing, f}, "")
	assert.Equal(t, 1, code)
	assert.Equal(t, f+"\ttcvn3\t1.00\n", out)
	assert.Contains(t, errs, "missing.txt")
	code, out, _ = runCmd([]string{f}, "")
	assert.Equal(t, 0, code)
	assert.Equal(t, "Bảo Thắng là người đã đến Hà Nội", out)
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{{"-tone", "newest"}, {"-from", "latin1"}, {"-nope"}} {
		code, _, errs := runCmd(args, "")
		assert.Equal(t, 2, code, "%v", args)
		assert.NotEmpty(t, errs)
	}
}

func TestInvalidUTF8Reported(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	assert.NoError(t, os.WriteFile(bad, []byte("ok\nVie\u0323\u0302t Nam \xff ok\n"), 0o644))
	good := filepath.Join(dir, "good.txt")
	assert.NoError(t, os.WriteFile(good, []byte("Khánh Hoà\n"), 0o644))
	code, out, errs := runCmd([]string{bad, good}, "")
	assert.Equal(t, 1, code)
	assert.Equal(t, "ok\nViệt Nam \uFFFD ok\nKhánh Hòa\n", out, "the rest still written")
	assert.Equal(t, "normalize: "+bad+":2: invalid UTF-8 at byte 13 (written as U+FFFD)\n", errs)

	// legacy bytes, named or detected, are no error
	code, _, errs = runCmd([]string{"-from", "tcvn3"}, "B\xb6o Th\xbeng")
	assert.Equal(t, 0, code, errs)
	code, _, errs = runCmd(nil, "B\xb6o Th\xbeng l\xb5 ng\xad\xeai \xae\xb7 \xae\xd5n H\xb5 N\xe9i")
	assert.Equal(t, 0, code, errs)
}
