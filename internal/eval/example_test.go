// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package eval_test

import (
	"fmt"

	"github.com/vietner/vietner/entities"
	"github.com/vietner/vietner/internal/eval"
)

func Example() {
	// "Bộ trưởng Trương Minh Tuấn": the gold has the TITLE and the PERSON; the prediction has the
	// PERSON and a TITLE one word too short.
	gold := []entities.Entity{
		{Type: entities.Title, Start: 0, End: 14, Person: "p1"},
		{Type: entities.Person, Start: 15, End: 35, Ref: "p1"},
	}
	pred := []entities.Entity{
		{Type: entities.Title, Start: 0, End: 3, Person: "x"},
		{Type: entities.Person, Start: 15, End: 35, Ref: "x"},
	}
	s := eval.New()
	s.Add(gold, pred)
	for _, t := range []entities.Type{entities.Person, entities.Title} {
		c := s.ByType[t]
		fmt.Printf("%s exact F1 %.2f, overlap F1 %.2f\n", t, c.F1(), c.OverlapF1())
	}
	o := s.Overall()
	fmt.Printf("overall P %.2f R %.2f F1 %.2f\n", o.Precision(), o.Recall(), o.F1())
	fmt.Printf("links judged %d\n", s.Links.Total)
	// Output:
	// PERSON exact F1 1.00, overlap F1 1.00
	// TITLE exact F1 0.00, overlap F1 1.00
	// overall P 0.50 R 0.50 F1 0.50
	// links judged 0
}
