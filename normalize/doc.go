// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

// Package normalize turns Vietnamese text, in every form it reaches users in,
// into one canonical text, and maps every byte offset of that text back to the
// caller's original bytes.
//
// A Normalizer (see its documentation for each step) composes NFC whatever the
// order of the combining marks, places tones by rule in the old or new style,
// replaces look-alike letters, removes invisible characters, and decodes the
// legacy encodings TCVN3, VNI-Windows, VIQR, VISCII and Windows-1258, as raw
// bytes or as mojibake. Detect reports the encoding of a text. Fold and Key
// remove diacritics for matching.
//
// The API follows golang.org/x/text: a Normalizer is a value with String,
// Bytes, Append and AppendString methods that return the input itself when it
// is already canonical, and it is a transform.SpanningTransformer for streams.
// Map also returns the Offsets from the normalized text to the input.
//
// Invalid UTF-8 that is no legacy encoding becomes U+FFFD, one for each bad
// byte: nothing is dropped silently. The only characters removed are the
// invisible ones listed on Normalizer.
package normalize
