// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

// Package cli holds what the example programs share on their command lines.
package cli

import (
	"errors"
	"time"
)

// DateLayout is how dates are written on the command line and in JSONL input: YYYY-MM-DD.
const DateLayout = "2006-01-02"

// errDate is the one message for a date that does not parse, wherever it is read.
var errDate = errors.New("want a date as YYYY-MM-DD")

// ParseDate reads s as YYYY-MM-DD.
func ParseDate(s string) (time.Time, error) {
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return time.Time{}, errDate
	}
	return t, nil
}

// Date is a flag.Value for a date written YYYY-MM-DD; the zero Date is no date.
type Date struct{ Time time.Time }

// String returns the date as YYYY-MM-DD, or "" for none.
func (d *Date) String() string {
	if d == nil || d.Time.IsZero() {
		return ""
	}
	return d.Time.Format(DateLayout)
}

// Set parses s as YYYY-MM-DD.
func (d *Date) Set(s string) error {
	t, err := ParseDate(s)
	if err != nil {
		return err
	}
	d.Time = t
	return nil
}
