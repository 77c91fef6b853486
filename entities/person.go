package entities

import "github.com/vietner/vietner/normalize"

// personRules finds PERSON and TITLE entities and links titles to people.
type personRules struct{}

func newPersonRules(n normalize.Normalizer, people, titles []GazetteerEntry) (*personRules, error) {
	return &personRules{}, nil
}

// find adds the PERSON and TITLE spans of d.
func (r *personRules) find(d *doc) {}

// link gives every PERSON span its cluster id and every TITLE the id of its person.
func (r *personRules) link(d *doc) {}
