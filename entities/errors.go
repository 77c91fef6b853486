// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import "errors"

// Errors returned by this package. They are sentinel values: test with errors.Is.
var (
	// ErrUnknownType is returned for an entity type name that is not one of the five.
	ErrUnknownType = errors.New("entities: unknown entity type")
	// ErrBadGazetteer is returned by New for a malformed user gazetteer entry.
	ErrBadGazetteer = errors.New("entities: bad gazetteer entry")
)
