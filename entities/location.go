package entities

import "github.com/vietner/vietner/normalize"

// locRules finds LOCATION entities.
type locRules struct{}

func newLocRules(n normalize.Normalizer, extra []GazetteerEntry) (*locRules, error) {
	return &locRules{}, nil
}

// find adds the LOCATION spans of d.
func (r *locRules) find(d *doc) {}
