// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package cli

import (
	"flag"
	"io"
	"testing"
	"time"
)

func TestDateFlag(t *testing.T) {
	for _, c := range []struct {
		arg  string
		want time.Time
		ok   bool
	}{
		{"2016-05-12", time.Date(2016, 5, 12, 0, 0, 0, 0, time.UTC), true},
		{"12/05/2016", time.Time{}, false},
		{"2016-13-01", time.Time{}, false},
		{"", time.Time{}, false},
	} {
		var d Date
		fs := flag.NewFlagSet("x", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		fs.Var(&d, "ref", "")
		err := fs.Parse([]string{"-ref", c.arg})
		if (err == nil) != c.ok || !d.Time.Equal(c.want) {
			t.Errorf("-ref %q: got %v, %v; want %v, ok %v", c.arg, d.Time, err, c.want, c.ok)
		}
		if c.ok && d.String() != c.arg {
			t.Errorf("String() = %q, want %q", d.String(), c.arg)
		}
	}
}

// FuzzParseDate checks that a date read from a flag or a JSONL "ref" is exactly YYYY-MM-DD: whatever
// parses writes back as the same string, and a failure gives the one message.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2016-05-12", "2016-5-12", "2016-02-30", "+2016-05-12", "2016-05-12T00:00", "", "０２０１-05-12"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if err != errDate || !d.IsZero() {
				t.Fatalf("ParseDate(%q) = %v, %v", s, d, err)
			}
			return
		}
		if got := d.Format(DateLayout); got != s {
			t.Fatalf("ParseDate(%q) = %s", s, got)
		}
	})
}
