package entities

// dateRules finds DATE entities and resolves their values.
type dateRules struct{}

func newDateRules() (*dateRules, error) { return &dateRules{}, nil }

// find adds the DATE spans of d.
func (r *dateRules) find(d *doc) {}
