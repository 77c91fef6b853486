package main

import "github.com/vietner/vietner/entities"

// htmlWriter collects documents for one self-contained HTML page.
type htmlWriter struct{}

func newHTMLWriter() *htmlWriter { return &htmlWriter{} }

func (h *htmlWriter) add(id, text string, d entities.Document) {}

func (h *htmlWriter) finish() []byte { return nil }
