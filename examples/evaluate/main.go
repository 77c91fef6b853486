// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

// Command evaluate scores the vietner Extractor (or, as a baseline, prose/v2's stock English NER)
// against gold annotations and prints precision, recall and F1 per type, on exact spans and on
// overlapping spans, with title→person link accuracy, date value accuracy and the speed of the
// system scored.
//
// Usage:
//
//	go run ./examples/evaluate [flags] FILE ...
//
// FILE is the project's corpus JSONL (testdata/corpus/*.jsonl) or, with -format conll, a CoNLL/BIO
// file: one syllable a line, the tag in the last column, a blank line between sentences. With
// several files the results are summed. Bad input is reported on standard error with the file and
// line; the rest is still scored and the exit status is 1. See docs/evaluation.md.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/vietner/vietner/entities"
	"github.com/vietner/vietner/internal/cli"
	"github.com/vietner/vietner/internal/eval"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// mapFlag collects repeated -map NAME=TYPE flags.
type mapFlag map[string]string

func (m mapFlag) String() string {
	var parts []string
	for k, v := range m {
		parts = append(parts, k+"="+v)
	}
	sort.Strings(parts)
	return strings.Join(parts, ",")
}

func (m mapFlag) Set(s string) error {
	name, to, ok := strings.Cut(s, "=")
	if !ok || name == "" {
		return fmt.Errorf("want NAME=TYPE or NAME= (to drop), got %q", s)
	}
	if to != "" {
		t, err := entities.ParseType(to)
		if err != nil {
			return fmt.Errorf("%q: unknown type %q", s, to)
		}
		to = t.String()
	}
	m[name] = to
	return nil
}

// options are the parsed command-line flags.
type options struct {
	format, system string
	pred           string
	labels         mapFlag
	types          []entities.Type
	ref            time.Time
	json           bool
	repeat         int
	files          []string
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	o := options{labels: mapFlag{}}
	fs := flag.NewFlagSet("evaluate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.format, "format", "jsonl", "gold format: jsonl (the project's corpus) or conll (syllable per line, tag in the last column)")
	fs.StringVar(&o.system, "system", "vietner", "system to score: vietner, or prose (prose/v2's stock English NER, as a baseline)")
	fs.StringVar(&o.pred, "pred", "", "score the predictions in this JSONL file ({\"id\", \"entities\"} a line, as examples/extract -input jsonl writes) instead of running a system")
	fs.Var(o.labels, "map", "rename a gold tag: NAME=TYPE (e.g. PER=PERSON), or NAME= to drop it; repeatable")
	types := fs.String("types", "", "comma-separated types to score (default: all; with -format conll, the types found in the gold)")
	var ref cli.Date
	fs.Var(&ref, "ref", "publication date YYYY-MM-DD for documents that carry none")
	fs.BoolVar(&o.json, "json", false, "print the results as JSON")
	fs.IntVar(&o.repeat, "repeat", 1, "run the system this many times over each document and report the mean speed (scores come from the first run)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: evaluate [flags] FILE ...\n\nScores entity extraction against gold annotations (see docs/evaluation.md).\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	switch o.format {
	case "jsonl", "conll":
	default:
		return o, fmt.Errorf("-format %q: want jsonl or conll", o.format)
	}
	switch o.system {
	case "vietner", "prose":
	default:
		return o, fmt.Errorf("-system %q: want vietner or prose", o.system)
	}
	if *types != "" {
		for _, s := range strings.Split(*types, ",") {
			t, err := entities.ParseType(strings.TrimSpace(s))
			if err != nil {
				return o, fmt.Errorf("-types: unknown type %q", s)
			}
			o.types = append(o.types, t)
		}
	}
	o.ref = ref.Time
	if o.repeat < 1 {
		return o, fmt.Errorf("-repeat %d: want at least 1", o.repeat)
	}
	o.files = fs.Args()
	if len(o.files) == 0 {
		return o, errors.New("no gold file given")
	}
	return o, nil
}

// system is what is scored: it extracts the entities of one document.
type system interface {
	extract(text string, ref time.Time) []entities.Entity
}

// vietner is the project's Extractor.
type vietner struct{ x *entities.Extractor }

func (v vietner) extract(text string, ref time.Time) []entities.Entity {
	return v.x.ExtractAt(text, ref).Entities
}

// predictions are entities read from a file, by document id.
type predictions map[string][]entities.Entity

func (p predictions) extract(string, time.Time) []entities.Entity { return nil }

// readPredictions reads a JSONL file of {"id", "entities"} objects. It returns nil if the file
// cannot be opened.
func readPredictions(name string) (predictions, []error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, []error{err}
	}
	defer f.Close()
	docs, errs := eval.ReadPredictions(f, name)
	p := predictions{}
	for _, d := range docs {
		p[d.ID] = d.Entities
	}
	return p, errs
}

// run is the whole program; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "evaluate:", err)
		return 2
	}
	failed := false
	var docs []eval.Doc
	for _, name := range o.files {
		d, errs := readFile(name, o, stdin)
		for _, err := range errs {
			fmt.Fprintln(stderr, "evaluate:", err)
			failed = true
		}
		docs = append(docs, d...)
	}
	types := o.types
	if len(types) == 0 && o.format == "conll" {
		types = goldTypes(docs)
	}

	var sys system
	var pr *proseSystem
	switch {
	case o.pred != "":
		f, errs := readPredictions(o.pred)
		for _, err := range errs {
			fmt.Fprintln(stderr, "evaluate:", err)
			failed = true
		}
		if f == nil {
			return 1
		}
		sys = f
		o.system = "file " + o.pred
	case o.system == "prose":
		pr = newProse()
		sys = pr
	default:
		x, err := entities.New()
		if err != nil {
			fmt.Fprintln(stderr, "evaluate:", err)
			return 2
		}
		sys = vietner{x}
	}

	s := eval.New(types...)
	var elapsed time.Duration
	size := 0
	for _, d := range docs {
		ref := d.Ref
		if ref.IsZero() {
			ref = o.ref
		}
		start := time.Now()
		var pred []entities.Entity
		if f, ok := sys.(predictions); ok {
			p, found := f[d.ID]
			if !found {
				fmt.Fprintf(stderr, "evaluate: %s: no prediction for document %q (scored as empty)\n", o.pred, d.ID)
				failed = true
			}
			pred = p
		} else {
			pred = sys.extract(d.Text, ref)
			if o.repeat > 1 {
				var saved proseSystem
				if pr != nil {
					saved = *pr
				}
				for i := 1; i < o.repeat; i++ {
					sys.extract(d.Text, ref)
				}
				if pr != nil { // the counts are of the first run
					pr.panics, pr.unaligned = saved.panics, saved.unaligned
				}
			}
			elapsed += time.Since(start) / time.Duration(o.repeat)
		}
		size += len(d.Text)
		s.Add(d.Entities, pred)
	}
	if f, ok := sys.(predictions); ok {
		// a prediction for a document the gold does not have is scored nowhere: most likely the
		// wrong file was given, so say which ids
		gold := make(map[string]bool, len(docs))
		for _, d := range docs {
			gold[d.ID] = true
		}
		var extra []string
		for id := range f {
			if !gold[id] {
				extra = append(extra, id)
			}
		}
		if len(extra) > 0 {
			slices.Sort(extra)
			more := ""
			if len(extra) > 5 {
				more, extra = fmt.Sprintf(" and %d more", len(extra)-5), extra[:5]
			}
			fmt.Fprintf(stderr, "evaluate: %s: %q%s have no gold document (not scored)\n", o.pred, extra, more)
			failed = true
		}
	}
	if len(docs) == 0 {
		fmt.Fprintln(stderr, "evaluate: no gold documents read")
		failed = true
	}
	rep := newReport(o.system, s, size, elapsed)
	if pr != nil {
		rep.Panics, rep.Unaligned = pr.panics, pr.unaligned
	}
	if o.json {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		enc.Encode(rep)
	} else {
		rep.table(stdout)
	}
	if failed {
		return 1
	}
	return 0
}

// readFile reads one gold file ("-" for standard input).
func readFile(name string, o options, stdin io.Reader) ([]eval.Doc, []error) {
	r := stdin
	label := "<stdin>"
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, []error{err}
		}
		defer f.Close()
		r, label = f, name
	}
	if o.format == "conll" {
		return eval.ReadCoNLL(r, label, o.labels)
	}
	return eval.ReadJSONL(r, label)
}

// goldTypes lists the types that occur in the gold documents.
func goldTypes(docs []eval.Doc) []entities.Type {
	var seen [len(entities.AllTypes) + 1]bool
	for _, d := range docs {
		for _, e := range d.Entities {
			if int(e.Type) < len(seen) {
				seen[e.Type] = true
			}
		}
	}
	var out []entities.Type
	for _, t := range entities.AllTypes {
		if seen[t] {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		return entities.AllTypes[:]
	}
	return out
}

// scoreRow is one line of the results: a type, or "overall".
type scoreRow struct {
	Type string `json:"type"`
	eval.Counts
	Precision        float64 `json:"precision"`
	Recall           float64 `json:"recall"`
	F1               float64 `json:"f1"`
	OverlapPrecision float64 `json:"overlap_precision"`
	OverlapRecall    float64 `json:"overlap_recall"`
	OverlapF1        float64 `json:"overlap_f1"`
}

func newRow(name string, c eval.Counts) scoreRow {
	return scoreRow{
		Type: name, Counts: c,
		Precision: c.Precision(), Recall: c.Recall(), F1: c.F1(),
		OverlapPrecision: c.OverlapPrecision(), OverlapRecall: c.OverlapRecall(), OverlapF1: c.OverlapF1(),
	}
}

// accuracyRow is an accuracy with its counts.
type accuracyRow struct {
	Total    int     `json:"total"`
	Correct  int     `json:"correct"`
	Gold     int     `json:"gold,omitempty"`
	Accuracy float64 `json:"accuracy"`
}

// report is the whole result, as printed with -json.
type report struct {
	System    string       `json:"system"`
	Docs      int          `json:"docs"`
	Bytes     int          `json:"bytes"`
	Seconds   float64      `json:"seconds"`
	MBPerSec  float64      `json:"mb_per_s"`
	Types     []scoreRow   `json:"types"`
	Overall   scoreRow     `json:"overall"`
	Links     *accuracyRow `json:"title_links,omitempty"`
	Dates     *accuracyRow `json:"date_values,omitempty"`
	Panics    int          `json:"panics,omitempty"`
	Unaligned int          `json:"unaligned,omitempty"`
}

func newReport(sys string, s *eval.Scorer, size int, elapsed time.Duration) report {
	r := report{System: sys, Docs: s.Docs, Bytes: size, Seconds: elapsed.Seconds()}
	if elapsed > 0 {
		r.MBPerSec = float64(size) / 1e6 / elapsed.Seconds()
	}
	for _, t := range entities.AllTypes {
		if s.Scores(t) {
			r.Types = append(r.Types, newRow(t.String(), s.ByType[t]))
		}
	}
	r.Overall = newRow("overall", s.Overall())
	if s.Scores(entities.Title) {
		r.Links = &accuracyRow{Total: s.Links.Total, Correct: s.Links.Correct, Gold: s.LinkedGold, Accuracy: s.Links.Value()}
	}
	if s.Scores(entities.Date) {
		r.Dates = &accuracyRow{Total: s.Dates.Total, Correct: s.Dates.Correct, Accuracy: s.Dates.Value()}
	}
	return r
}

// table prints the report as an aligned table.
func (r report) table(w io.Writer) {
	fmt.Fprintf(w, "%-14s %6s %6s %6s   %6s %6s %6s   %6s %6s %6s\n", "", "gold", "pred", "exact", "P", "R", "F1", "ovl-P", "ovl-R", "ovl-F1")
	line := func(row scoreRow) {
		fmt.Fprintf(w, "%-14s %6d %6d %6d   %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f\n", row.Type, row.Gold, row.Pred, row.Correct,
			row.Precision, row.Recall, row.F1, row.OverlapPrecision, row.OverlapRecall, row.OverlapF1)
	}
	for _, row := range r.Types {
		line(row)
	}
	fmt.Fprintln(w, strings.Repeat("-", 82))
	line(r.Overall)
	fmt.Fprintln(w)
	if r.Links != nil {
		fmt.Fprintf(w, "title→person links: %d/%d correct (%.3f) over gold titles matched exactly; %d gold titles linked to a person\n",
			r.Links.Correct, r.Links.Total, r.Links.Accuracy, r.Links.Gold)
	}
	if r.Dates != nil {
		fmt.Fprintf(w, "date values:        %d/%d correct (%.3f) over gold dates matched exactly\n", r.Dates.Correct, r.Dates.Total, r.Dates.Accuracy)
	}
	if r.Seconds > 0 {
		fmt.Fprintf(w, "system %s: %d documents, %.2f MB in %.3f s, %.2f MB/s\n", r.System, r.Docs, float64(r.Bytes)/1e6, r.Seconds, r.MBPerSec)
	} else {
		fmt.Fprintf(w, "system %s: %d documents, %.2f MB\n", r.System, r.Docs, float64(r.Bytes)/1e6)
	}
	if r.Panics > 0 || r.Unaligned > 0 {
		fmt.Fprintf(w, "prose: %d documents panicked (scored as empty), %d entities not found in the text\n", r.Panics, r.Unaligned)
	}
}
