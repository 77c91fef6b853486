// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"errors"
	"fmt"
)

// ErrUnknownTone is returned (wrapped) by ParseToneStyle for a name it does not know.
var ErrUnknownTone = errors.New("normalize: unknown tone style")

// ErrUnknownEncoding is returned (wrapped) by ParseEncoding for a name it does not know.
var ErrUnknownEncoding = errors.New("normalize: unknown encoding")

// ToneStyle says where the tone mark goes in the open syllables oa, oe and uy.
type ToneStyle uint8

const (
	// ToneOld puts the tone on the first vowel: hòa, thủy, khỏe, Ủy. It is the
	// default, as most news sites write.
	ToneOld ToneStyle = iota
	// ToneNew puts the tone on the second vowel: hoà, thuỷ, khoẻ, Uỷ.
	ToneNew
	// ToneKeep leaves tone marks where the input put them.
	ToneKeep
)

var toneNames = [...]string{"old", "new", "keep"}

// String returns "old", "new" or "keep".
func (t ToneStyle) String() string {
	if int(t) < len(toneNames) {
		return toneNames[t]
	}
	return fmt.Sprintf("ToneStyle(%d)", uint8(t))
}

// ParseToneStyle parses "old", "new" or "keep". Other names give an error
// that wraps ErrUnknownTone.
func ParseToneStyle(s string) (ToneStyle, error) {
	for i, n := range toneNames {
		if n == s {
			return ToneStyle(i), nil
		}
	}
	return ToneOld, fmt.Errorf("%w %q (want old, new or keep)", ErrUnknownTone, s)
}

// Encoding names the encoding of the input.
type Encoding uint8

const (
	// Auto detects legacy encodings (see Detect; on a sample of a text
	// longer than 64 KB) and otherwise reads UTF-8.
	Auto Encoding = iota
	// UTF8 is Unicode text in UTF-8.
	UTF8
	// TCVN3 is TCVN 5712:1993 ("ABC", the .Vn fonts).
	TCVN3
	// VNI is VNI-Windows: a base letter followed by a mark byte.
	VNI
	// VIQR is the ASCII convention of RFC 1456: a' a` a? a~ a. a^ a( o+ dd.
	VIQR
	// VISCII is the 8-bit code of RFC 1456.
	VISCII
	// CP1258 is Windows-1258: precomposed base letters followed by combining tones.
	CP1258
)

var encodingNames = [...]string{"auto", "utf8", "tcvn3", "vni", "viqr", "viscii", "cp1258"}

// String returns the name ParseEncoding accepts: "auto", "utf8", "tcvn3", "vni",
// "viqr", "viscii" or "cp1258".
func (e Encoding) String() string {
	if int(e) < len(encodingNames) {
		return encodingNames[e]
	}
	return fmt.Sprintf("Encoding(%d)", uint8(e))
}

// ParseEncoding parses the names that Encoding.String returns. Other names give
// an error that wraps ErrUnknownEncoding.
func ParseEncoding(s string) (Encoding, error) {
	for i, n := range encodingNames {
		if n == s {
			return Encoding(i), nil
		}
	}
	return Auto, fmt.Errorf("%w %q (want auto, utf8, tcvn3, vni, viqr, viscii or cp1258)", ErrUnknownEncoding, s)
}

// Option configures a Normalizer.
type Option func(*Normalizer)

// WithTone sets the tone placement style (default ToneOld). Unknown values act as ToneKeep.
func WithTone(t ToneStyle) Option { return func(n *Normalizer) { n.tone = t } }

// WithEncoding sets the input encoding (default Auto: detect legacy encodings).
func WithEncoding(e Encoding) Option { return func(n *Normalizer) { n.enc = e } }
