// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package main

import (
	"strings"
	"unsafe"
)

// parseLine reads the common input line, a flat JSON object such as
// {"id": "a1", "text": "…", "ref": "2021-10-04"}, without reflection. It returns ok=false for
// anything it does not handle (nested values, \u escapes, malformed JSON), and the caller then
// uses encoding/json, which also gives the error message. Unlike encoding/json it keeps bytes that
// are not UTF-8 inside strings as they are, so that text in a legacy Vietnamese encoding reaches
// the normalizer, which can decode it, instead of being replaced by U+FFFD.
func parseLine(b []byte) (id, text, ref string, hasText, ok bool) {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return
	}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return "", "", "", false, skipSpace(b, i+1) == len(b)
	}
	for {
		var key string
		var good bool
		if key, i, good = jsonString(b, i); !good {
			return
		}
		if i = skipSpace(b, i); i >= len(b) || b[i] != ':' {
			return
		}
		if key != "id" && key != "text" && key != "ref" && looseKey(key) {
			return // encoding/json matches keys without regard to case ("Text"): let it
		}
		i = skipSpace(b, i+1)
		if i >= len(b) {
			return
		}
		var val string
		switch c := b[i]; {
		case c == '"':
			if val, i, good = jsonString(b, i); !good {
				return
			}
			switch key {
			case "id":
				id = val
			case "text":
				text, hasText = val, true
			case "ref":
				ref = val
			}
		case c == '-' || '0' <= c && c <= '9':
			j, good := jsonNumber(b, i)
			if !good {
				return
			}
			switch key {
			case "id":
				id = string(b[i:j])
			case "text", "ref":
				return // not a string: let encoding/json say so
			}
			i = j
		case c == 'n' && hasPrefix(b[i:], "null"):
			switch key {
			case "id":
				id = ""
			case "text":
				text, hasText = "", false
			case "ref":
				ref = ""
			}
			i += 4
		default:
			return // objects, arrays, booleans: rare here; encoding/json handles them
		}
		i = skipSpace(b, i)
		if i >= len(b) {
			return
		}
		switch b[i] {
		case ',':
			i = skipSpace(b, i+1)
		case '}':
			return id, text, ref, hasText, skipSpace(b, i+1) == len(b)
		default:
			return
		}
	}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

func hasPrefix(b []byte, s string) bool { return len(b) >= len(s) && string(b[:len(s)]) == s }

// jsonString reads the JSON string starting at b[i] (a quote) and returns it and the index after
// it. Escapes other than \u are decoded; a \u escape or a control character makes it give up.
func jsonString(b []byte, i int) (string, int, bool) {
	if i >= len(b) || b[i] != '"' {
		return "", i, false
	}
	i++
	start := i
	for i < len(b) && b[i] != '"' && b[i] != '\\' && b[i] >= 0x20 {
		i++
	}
	if i < len(b) && b[i] == '"' {
		return string(b[start:i]), i + 1, true
	}
	// An escape shortens the string: the rest of the line is room enough, so out is allocated once,
	// and it is never written after it becomes the string.
	out := append(make([]byte, 0, len(b)-start), b[start:i]...)
	for i < len(b) {
		c := b[i]
		switch {
		case c == '"':
			return unsafe.String(unsafe.SliceData(out), len(out)), i + 1, true
		case c < 0x20:
			return "", i, false
		case c == '\\':
			if i+1 >= len(b) {
				return "", i, false
			}
			switch e := b[i+1]; e {
			case '"', '\\', '/':
				out = append(out, e)
			case 'n':
				out = append(out, '\n')
			case 't':
				out = append(out, '\t')
			case 'r':
				out = append(out, '\r')
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			default:
				return "", i, false
			}
			i += 2
		default:
			out = append(out, c)
			i++
		}
	}
	return "", i, false
}

// looseKey reports whether encoding/json could take key for one of ours: it matches field names
// case-insensitively, with Unicode folding.
func looseKey(key string) bool {
	if strings.EqualFold(key, "id") || strings.EqualFold(key, "text") || strings.EqualFold(key, "ref") {
		return true
	}
	for i := 0; i < len(key); i++ {
		if key[i] >= 0x80 {
			return true
		}
	}
	return false
}

// jsonNumber returns the end of the JSON number at b[i], by the JSON grammar:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func jsonNumber(b []byte, i int) (int, bool) {
	digits := func(i int) int {
		for i < len(b) && '0' <= b[i] && b[i] <= '9' {
			i++
		}
		return i
	}
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && '1' <= b[i] && b[i] <= '9':
		i = digits(i)
	default:
		return i, false
	}
	if i < len(b) && b[i] == '.' {
		j := digits(i + 1)
		if j == i+1 {
			return j, false
		}
		i = j
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		j := digits(i)
		if j == i {
			return j, false
		}
		i = j
	}
	return i, true
}
