// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

// Package eval scores predicted entities against gold annotations the way docs/evaluation.md
// describes: precision, recall and F1 per type on exact spans and on overlapping spans, title→person
// link accuracy and date value accuracy, micro-averaged over every document added.
//
// Before anything is counted, on both the gold and the predicted side, entities with
// Mention "reference" are left out, and within one type only outermost spans are kept: an entity
// nested inside (or equal to) another of the same type is dropped.
package eval

import (
	"sort"

	"github.com/vietner/vietner/entities"
)

// Counts are the tallies of one entity type (or of all types together).
type Counts struct {
	// Gold and Pred are the numbers of gold and predicted entities scored.
	Gold int `json:"gold"`
	Pred int `json:"pred"`
	// Correct is the number of predicted entities whose type, start and end equal a gold entity's.
	Correct int `json:"correct"`
	// GoldOverlap is the number of gold entities that overlap a predicted entity of the same type;
	// PredOverlap the number of predicted entities that overlap a gold entity of the same type.
	GoldOverlap int `json:"gold_overlap"`
	PredOverlap int `json:"pred_overlap"`
}

// Precision is Correct/Pred (0 when nothing was predicted).
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Pred) }

// Recall is Correct/Gold (0 when there is no gold entity).
func (c Counts) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of Precision and Recall.
func (c Counts) F1() float64 { return f1(c.Precision(), c.Recall()) }

// OverlapPrecision is PredOverlap/Pred: the share of predictions that overlap a gold entity of
// their type.
func (c Counts) OverlapPrecision() float64 { return ratio(c.PredOverlap, c.Pred) }

// OverlapRecall is GoldOverlap/Gold: the share of gold entities overlapped by a prediction of
// their type.
func (c Counts) OverlapRecall() float64 { return ratio(c.GoldOverlap, c.Gold) }

// OverlapF1 is the harmonic mean of OverlapPrecision and OverlapRecall.
func (c Counts) OverlapF1() float64 { return f1(c.OverlapPrecision(), c.OverlapRecall()) }

func (c *Counts) add(d Counts) {
	c.Gold += d.Gold
	c.Pred += d.Pred
	c.Correct += d.Correct
	c.GoldOverlap += d.GoldOverlap
	c.PredOverlap += d.PredOverlap
}

// Accuracy counts right answers among the cases that could be judged.
type Accuracy struct {
	// Total is the number of cases judged, Correct the number judged right.
	Total   int `json:"total"`
	Correct int `json:"correct"`
}

// Value is Correct/Total (0 when Total is 0).
func (a Accuracy) Value() float64 { return ratio(a.Correct, a.Total) }

// Scorer accumulates scores over documents. The zero value is not usable: build one with New.
type Scorer struct {
	types [len(entities.AllTypes) + 1]bool
	// ByType holds the counts of each scored type, indexed by entities.Type.
	ByType [len(entities.AllTypes) + 1]Counts
	// Links is title→person link accuracy: over gold TITLEs linked to a person that a predicted
	// TITLE matches exactly, the ones whose predicted person shares a mention span with the gold
	// person. LinkedGold is the number of gold TITLEs linked to a person, matched or not.
	Links      Accuracy
	LinkedGold int
	// Dates is date value accuracy: over gold DATEs that a predicted DATE matches exactly, the ones
	// with the same Value.
	Dates Accuracy
	// Docs is the number of documents added.
	Docs int
}

// New returns a Scorer that scores the given types, or every type when none is given.
func New(types ...entities.Type) *Scorer {
	s := &Scorer{}
	if len(types) == 0 {
		types = entities.AllTypes[:]
	}
	for _, t := range types {
		if int(t) < len(s.types) {
			s.types[t] = true
		}
	}
	return s
}

// Scores reports whether type t is scored.
func (s *Scorer) Scores(t entities.Type) bool { return int(t) < len(s.types) && s.types[t] }

// Overall returns the counts of every scored type added together (micro-average).
func (s *Scorer) Overall() Counts {
	var c Counts
	for t := range s.ByType {
		if s.types[t] {
			c.add(s.ByType[t])
		}
	}
	return c
}

// Add scores the predicted entities of one document against its gold entities. Offsets are byte
// offsets into the same text on both sides; Ref and Person links are compared only inside the
// document, so the two sides may number their clusters differently.
func (s *Scorer) Add(gold, pred []entities.Entity) {
	s.Docs++
	g := s.Filter(gold)
	p := s.Filter(pred)
	for _, t := range entities.AllTypes {
		if !s.types[t] {
			continue
		}
		s.ByType[t].add(count(ofType(g, t), ofType(p, t)))
	}
	exact := map[key]entities.Entity{}
	for _, e := range p {
		exact[key{e.Type, e.Start, e.End}] = e
	}
	if s.types[entities.Title] {
		goldPeople := clusters(gold)
		predPeople := clusters(pred)
		for _, e := range g {
			if e.Type != entities.Title || e.Person == "" {
				continue
			}
			s.LinkedGold++
			m, ok := exact[key{e.Type, e.Start, e.End}]
			if !ok {
				continue
			}
			s.Links.Total++
			if m.Person != "" && shareSpan(goldPeople[e.Person], predPeople[m.Person]) {
				s.Links.Correct++
			}
		}
	}
	if s.types[entities.Date] {
		for _, e := range g {
			if e.Type != entities.Date {
				continue
			}
			if m, ok := exact[key{e.Type, e.Start, e.End}]; ok {
				s.Dates.Total++
				if m.Value == e.Value {
					s.Dates.Correct++
				}
			}
		}
	}
}

type key struct {
	t          entities.Type
	start, end int
}

// Filter returns the entities that are scored, in order of Start (longest first): entities of the
// scored types, without "reference" mentions, outermost spans only within each type.
func (s *Scorer) Filter(ents []entities.Entity) []entities.Entity {
	var kept []entities.Entity
	for _, e := range ents {
		if s.Scores(e.Type) && e.Mention != "reference" && e.End > e.Start {
			kept = append(kept, e)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool {
		if kept[i].Start != kept[j].Start {
			return kept[i].Start < kept[j].Start
		}
		return kept[i].End > kept[j].End
	})
	// An entity is dropped when an earlier kept entity of its type covers it (same or larger span).
	var out []entities.Entity
	var reach [len(entities.AllTypes) + 1]int // end of the last kept span of each type
	for _, e := range kept {
		if e.End <= reach[e.Type] {
			continue
		}
		out = append(out, e)
		reach[e.Type] = e.End
	}
	return out
}

// count compares the gold and predicted entities of one type, each list free of duplicates and
// nested spans (so sorted by Start, also sorted by End).
func count(gold, pred []entities.Entity) Counts {
	c := Counts{Gold: len(gold), Pred: len(pred)}
	spans := map[[2]int]bool{}
	for _, e := range gold {
		spans[[2]int{e.Start, e.End}] = true
	}
	for _, e := range pred {
		if spans[[2]int{e.Start, e.End}] {
			c.Correct++
		}
	}
	c.GoldOverlap = overlapping(gold, pred)
	c.PredOverlap = overlapping(pred, gold)
	return c
}

// overlapping counts the entities of a that overlap at least one entity of b.
func overlapping(a, b []entities.Entity) int {
	n, j := 0, 0
	for _, e := range a {
		for j < len(b) && b[j].End <= e.Start {
			j++
		}
		if j < len(b) && b[j].Start < e.End {
			n++
		}
	}
	return n
}

func ofType(ents []entities.Entity, t entities.Type) []entities.Entity {
	var out []entities.Entity
	for _, e := range ents {
		if e.Type == t {
			out = append(out, e)
		}
	}
	return out
}

// clusters maps each person Ref to the spans of its PERSON mentions.
func clusters(ents []entities.Entity) map[string][][2]int {
	m := map[string][][2]int{}
	for _, e := range ents {
		if e.Type == entities.Person && e.Ref != "" {
			m[e.Ref] = append(m[e.Ref], [2]int{e.Start, e.End})
		}
	}
	return m
}

func shareSpan(a, b [][2]int) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
