// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

// Command extract runs the vietner Extractor over Vietnamese text and prints the entities it finds.
//
// Usage:
//
//	go run ./examples/extract [flags] [FILE ...]
//
// With no FILE, or with "-", it reads standard input. With -input text (the default) each input is one
// document; with -input jsonl every line is one {"id": …, "text": …, "ref": "YYYY-MM-DD"} object and
// gives one output line, in the same order, whatever -j is. Bad input (a missing file, invalid UTF-8,
// a malformed line) is reported on standard error with the file and line, the rest is still
// processed, and the exit status is 1.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vietner/vietner/entities"
	"github.com/vietner/vietner/internal/cli"
	"github.com/vietner/vietner/normalize"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// options are the parsed command-line flags.
type options struct {
	input, format string
	ref           time.Time
	workers       int
	progress      bool
	files         []string
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.input, "input", "text", "input kind: text (each input one document) or jsonl (one {\"id\",\"text\",\"ref\"} object a line)")
	fs.StringVar(&o.format, "format", "", "output: json (default for text), jsonl (default for jsonl), conll or html")
	var ref cli.Date
	fs.Var(&ref, "ref", "publication date YYYY-MM-DD to resolve dates against (a jsonl line's \"ref\" wins)")
	fs.IntVar(&o.workers, "j", runtime.NumCPU(), "number of documents processed in parallel (output order is kept)")
	fs.BoolVar(&o.progress, "progress", false, "print progress on standard error (on by default when it is a terminal)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: extract [flags] [FILE ...]\n\nFinds people, titles, organizations, dates and locations in Vietnamese text.\nWith no FILE, or with -, reads standard input.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	switch o.input {
	case "text", "jsonl":
	default:
		return o, fmt.Errorf("-input %q: want text or jsonl", o.input)
	}
	if o.format == "" {
		o.format = map[string]string{"text": "json", "jsonl": "jsonl"}[o.input]
	}
	switch o.format {
	case "json", "jsonl", "conll", "html":
	default:
		return o, fmt.Errorf("-format %q: want json, jsonl, conll or html", o.format)
	}
	o.ref = ref.Time
	if o.workers < 1 {
		return o, fmt.Errorf("-j %d: want at least 1", o.workers)
	}
	o.files = fs.Args()
	if len(o.files) == 0 {
		o.files = []string{"-"}
	}
	if !o.progress {
		if fi, err := os.Stderr.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 && stderr == os.Stderr {
			o.progress = true
		}
	}
	return o, nil
}

// run is the whole program; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "extract:", err)
		return 2
	}
	x, err := entities.New(entities.WithReferenceDate(o.ref))
	if err != nil {
		fmt.Fprintln(stderr, "extract:", err)
		return 2
	}
	out := bufio.NewWriterSize(stdout, 1<<16)
	defer out.Flush()
	p := newPipeline(x, o, out, stderr)
	for _, name := range o.files {
		p.file(name, stdin)
	}
	p.close()
	if p.failed {
		return 1
	}
	return 0
}

// job is one document to extract.
type job struct {
	file string
	line int // 0 for a whole-file document
	id   string
	text string
	ref  time.Time
	err  string // set for a line that could not be read: printed as an error object
	size int
}

// result is a job's output, rendered.
type result struct {
	out  []byte
	size int
	html *htmlJob // with -format html: the document, added to the page in input order by write
}

// htmlJob is one extracted document waiting for its place on the HTML page.
type htmlJob struct {
	id, text string
	doc      entities.Document
}

// pipeline reads jobs in order, extracts them on o.workers goroutines and writes results in input
// order. At most a fixed number of batches of jobs are in flight, so memory stays flat on any input
// size.
type pipeline struct {
	x       *entities.Extractor
	o       options
	out     *bufio.Writer
	stderr  io.Writer
	failed  bool
	jobs    chan func()
	order   chan chan []result
	done    chan struct{}
	batch   []job // submitted, not yet handed to a worker
	batchB  int   // bytes of text in batch
	html    *htmlWriter
	start   time.Time
	docs    int
	bytes   int64
	total   int64 // bytes in all the named files, for the ETA; 0 when unknown (standard input)
	lastMsg time.Time
}

func newPipeline(x *entities.Extractor, o options, out *bufio.Writer, stderr io.Writer) *pipeline {
	p := &pipeline{x: x, o: o, out: out, stderr: stderr, start: time.Now()}
	for _, name := range o.files {
		fi, err := os.Stat(name)
		if name == "-" || err != nil {
			p.total = 0
			break
		}
		p.total += fi.Size()
	}
	inflight := 4 * o.workers
	p.jobs = make(chan func(), inflight)
	p.order = make(chan chan []result, inflight)
	p.done = make(chan struct{})
	if o.format == "html" {
		p.html = newHTMLWriter()
	}
	for w := 0; w < o.workers; w++ {
		go func() {
			for f := range p.jobs {
				f()
			}
		}()
	}
	go p.write()
	return p
}

// write prints results in the order their jobs were submitted.
func (p *pipeline) write() {
	defer close(p.done)
	for c := range p.order {
		for _, r := range <-c {
			p.out.Write(r.out)
			if r.html != nil {
				p.html.add(r.html.id, r.html.text, r.html.doc)
			}
			p.docs++
			p.bytes += int64(r.size)
		}
		if p.o.progress && time.Since(p.lastMsg) > time.Second {
			p.lastMsg = time.Now()
			fmt.Fprint(p.stderr, "\r"+p.progressLine(time.Since(p.start))+"   ")
		}
	}
	if p.o.progress && p.docs > 0 {
		fmt.Fprintln(p.stderr)
	}
}

// progressLine says how far the run is: documents, megabytes, speed, and the time left when the
// input's size is known.
func (p *pipeline) progressLine(elapsed time.Duration) string {
	mb := float64(p.bytes) / 1e6
	rate := mb / max(elapsed.Seconds(), 1e-9)
	line := fmt.Sprintf("%d documents, %.1f MB, %.1f MB/s", p.docs, mb, rate)
	if p.total > 0 && rate > 0 && p.bytes <= p.total {
		left := time.Duration(float64(p.total-p.bytes) / 1e6 / rate * float64(time.Second))
		line += fmt.Sprintf(", %.0f%%, ETA %s", 100*float64(p.bytes)/float64(p.total), left.Round(time.Second))
	}
	return line
}

// Jobs go to the workers in batches of up to batchJobs documents or batchBytes bytes of text: a
// press line is a few hundred bytes, and handing each to a worker on its own cost more in channel
// operations and allocations than a batch does (BenchmarkCommandJSONL).
const (
	batchJobs  = 64
	batchBytes = 256 << 10
)

// submit queues a job; its result is written after every job submitted before it.
func (p *pipeline) submit(j job) {
	p.batch = append(p.batch, j)
	p.batchB += len(j.text)
	if len(p.batch) >= batchJobs || p.batchB >= batchBytes {
		p.flush()
	}
}

// flush hands the queued jobs to a worker as one batch.
func (p *pipeline) flush() {
	if len(p.batch) == 0 {
		return
	}
	batch := p.batch
	p.batch, p.batchB = make([]job, 0, batchJobs), 0
	c := make(chan []result, 1)
	p.order <- c
	p.jobs <- func() {
		rs := make([]result, len(batch))
		for i, j := range batch {
			rs[i] = p.result(j)
		}
		c <- rs
	}
}

// result extracts and renders one job.
func (p *pipeline) result(j job) result {
	r := result{size: j.size}
	if p.html != nil {
		if j.err == "" {
			r.html = &htmlJob{id: j.id, text: j.text, doc: p.x.ExtractAt(j.text, j.ref)}
		}
	} else {
		r.out = p.render(j)
	}
	return r
}

func (p *pipeline) close() {
	p.flush()
	close(p.jobs)
	close(p.order)
	<-p.done
	if p.html != nil {
		p.out.Write(p.html.finish())
	}
}

// errorf reports bad input on standard error and marks the run failed.
func (p *pipeline) errorf(format string, args ...any) {
	p.failed = true
	fmt.Fprintf(p.stderr, "extract: "+format+"\n", args...)
}

// file reads one input (a path, or "-" for stdin) and submits its documents.
func (p *pipeline) file(name string, stdin io.Reader) {
	var r io.Reader = stdin
	label := name
	if name == "-" {
		label = "<stdin>"
	} else {
		f, err := os.Open(name)
		if err != nil {
			p.errorf("%v", err)
			return
		}
		defer f.Close()
		r = f
	}
	if p.o.input == "text" {
		b, err := io.ReadAll(r)
		if err != nil {
			p.errorf("%s: %v", label, err)
		}
		p.checkEncoding(label, 0, b)
		id := label
		if name != "-" {
			id = name
		}
		p.submit(job{file: label, id: id, text: string(b), ref: p.o.ref, size: len(b)})
		return
	}
	br := bufio.NewReaderSize(r, 1<<20)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			p.line(label, n, line)
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			p.errorf("%s:%d: %v", label, n, err)
			return
		}
	}
}

// checkEncoding reports input that is not UTF-8 and not a legacy Vietnamese encoding either: it is
// still processed, with U+FFFD for the bad bytes.
func (p *pipeline) checkEncoding(label string, line int, b []byte) {
	if utf8.Valid(b) {
		return
	}
	if enc, conf := normalize.Detect(b); enc != normalize.UTF8 && enc != normalize.Auto && conf >= 0.5 {
		return
	}
	off := 0
	for off < len(b) {
		r, n := utf8.DecodeRune(b[off:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		off += n
	}
	where := label
	if line > 0 {
		where = fmt.Sprintf("%s:%d", label, line)
	}
	p.errorf("%s: invalid UTF-8 at byte %d (read as U+FFFD)", where, off)
}

// inputLine is one JSONL input object.
type inputLine struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
	Ref  string          `json:"ref"`
}

func (p *pipeline) line(label string, n int, raw []byte) {
	trimmed := bytes.TrimSpace(raw)
	if len(trimmed) == 0 {
		return
	}
	p.checkEncoding(label, n, trimmed)
	var in inputLine
	j := job{file: label, line: n, ref: p.o.ref, size: len(raw)}
	var err error
	fastID, text, ref, hasText, fast := parseLine(trimmed)
	if fast {
		// the common flat object, read without reflection; raw legacy bytes kept for the normalizer
		in.Ref = ref
		if hasText {
			in.Text = &text
		}
	} else {
		err = json.Unmarshal(trimmed, &in)
	}
	switch {
	case err != nil:
		j.err = "malformed JSON: " + err.Error()
	case in.Text == nil:
		j.err = `no "text" field`
	default:
		j.text = *in.Text
		j.id = fastID
		if !fast && len(in.ID) > 0 && string(in.ID) != "null" {
			var s string
			if json.Unmarshal(in.ID, &s) == nil {
				j.id = s
			} else {
				j.id = string(in.ID)
			}
		}
		if in.Ref != "" {
			t, err := cli.ParseDate(in.Ref)
			if err != nil {
				j.err = fmt.Sprintf(`"ref" %q: %v`, in.Ref, err)
			} else {
				j.ref = t
			}
		}
	}
	if j.err != "" {
		p.errorf("%s:%d: %s", label, n, j.err)
	}
	p.submit(j)
}

// outputDoc is the JSON shape of one document's result.
type outputDoc struct {
	ID       string            `json:"id"`
	Entities []entities.Entity `json:"entities"`
}

// render extracts one job and formats it.
func (p *pipeline) render(j job) []byte {
	if j.err != "" {
		b, _ := json.Marshal(struct {
			Line  int    `json:"line"`
			Error string `json:"error"`
		}{j.line, j.err})
		if p.o.format == "conll" {
			return nil
		}
		return append(b, '\n')
	}
	doc := p.x.ExtractAt(j.text, j.ref)
	ents := doc.Entities
	if ents == nil {
		ents = []entities.Entity{}
	}
	switch p.o.format {
	case "conll":
		return conll(p.x, j.id, j.text, ents)
	case "json":
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		enc.Encode(outputDoc{ID: j.id, Entities: ents})
		return buf.Bytes()
	default:
		return appendDocJSON(make([]byte, 0, 64+len(ents)*96), j.id, ents)
	}
}

// conll writes one document as IOB2 tags, a token a line ("token<TAB>tag"), a blank line between
// sentences, preceded by a "-DOCSTART- ID" line (spaces and control characters of the id written
// "_"). Nested entities cannot be written in IOB2: the outermost one is.
func conll(x *entities.Extractor, id, text string, ents []entities.Entity) []byte {
	var b strings.Builder
	b.WriteString("-DOCSTART- ")
	b.WriteString(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			return '_'
		}
		return r
	}, id))
	b.WriteString("\tO\n\n")
	toks := x.Tokens(text)
	var outer []entities.Entity
	for _, e := range ents {
		if len(outer) > 0 && e.Start < outer[len(outer)-1].End {
			continue
		}
		outer = append(outer, e)
	}
	k := 0
	for i, t := range toks {
		if i > 0 && t.Sentence != toks[i-1].Sentence {
			b.WriteByte('\n')
		}
		for k < len(outer) && outer[k].End <= t.Start {
			k++
		}
		tag := "O"
		if k < len(outer) && outer[k].Start <= t.Start && t.End <= outer[k].End {
			if i > 0 && toks[i-1].Start >= outer[k].Start {
				tag = "I-" + outer[k].Type.String()
			} else {
				tag = "B-" + outer[k].Type.String()
			}
		}
		b.WriteString(t.Text)
		b.WriteByte('\t')
		b.WriteString(tag)
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	return []byte(b.String())
}
