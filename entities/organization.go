package entities

import "github.com/vietner/vietner/normalize"

// orgRules finds ORGANIZATION entities and links their mentions.
type orgRules struct{}

func newOrgRules(n normalize.Normalizer, extra []GazetteerEntry) (*orgRules, error) {
	return &orgRules{}, nil
}

// find adds the ORGANIZATION spans of d.
func (r *orgRules) find(d *doc) {}

// link gives every ORGANIZATION span of d its cluster id.
func (r *orgRules) link(d *doc) {}
