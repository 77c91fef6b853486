// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

// Package entities extracts people, their titles, organizations, dates and locations from
// Vietnamese press text, with byte offsets into the text exactly as the caller gave it.
//
// Build an Extractor once with New and share it; Extract runs the normalize package over the input
// (so NFD text, old- and new-style tone marks, legacy encodings and text typed without diacritics
// are all read), then rules and embedded gazetteers per type:
//
//   - PERSON: Vietnamese and foreign names, short forms linked to the full name (Ref);
//   - TITLE: positions, ranks, academic titles and occupations, linked to the person (Person);
//   - ORGANIZATION: state and party bodies, companies, schools, media, teams, with full names (Norm);
//   - DATE: calendar and clock expressions with a TIMEX3 value resolved against a reference date;
//   - LOCATION: countries, provinces, administrative units, regions and geographic names.
//
// What each type covers and where spans start and end is written down in docs/conventions.md.
package entities
