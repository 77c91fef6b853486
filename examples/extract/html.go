// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package main

import (
	"bytes"
	"html"
	"html/template"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/vietner/vietner/entities"
)

// htmlWriter collects documents for one self-contained HTML page (-format html): every entity
// highlighted by type, nested entities nested, details on hover, and a panel per document listing
// its people with their titles. The page loads nothing from the network: CSS and script are inline.
//
// Every piece of the input that reaches the page (text, ids, entity fields) is escaped.
type htmlWriter struct {
	mu     sync.Mutex
	docs   []htmlDoc
	counts [len(entities.AllTypes) + 1]int
}

// htmlDoc is one rendered document.
type htmlDoc struct {
	N      int
	ID     string
	Body   template.HTML // the text with its marks, built by markup (escaped there)
	Marks  int
	People []htmlPerson
}

// htmlPerson is a line of a document's people panel.
type htmlPerson struct {
	Ref, Name string
	Mentions  int
	Titles    []string
}

func newHTMLWriter() *htmlWriter { return &htmlWriter{} }

// add renders one document. Documents appear on the page in the order they are added.
func (h *htmlWriter) add(id, text string, d entities.Document) {
	people := d.People()
	names := map[string]string{}
	var ps []htmlPerson
	for _, p := range people {
		names[p.Ref] = p.Name
		hp := htmlPerson{Ref: p.Ref, Name: p.Name, Mentions: len(p.Mentions)}
		for _, t := range p.Titles {
			hp.Titles = append(hp.Titles, t.Text)
		}
		ps = append(ps, hp)
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	n := len(h.docs) + 1
	// Other clusters (organizations) are named by their longest non-reference mention.
	for _, e := range d.Entities {
		if e.Ref != "" && e.Type != entities.Person && e.Mention != "reference" && len(e.Text) > len(names[e.Ref]) {
			names[e.Ref] = e.Text
		}
	}
	body, marks, byType := markup("d"+strconv.Itoa(n)+"-", text, d.Entities, names)
	for t, n := range byType {
		h.counts[t] += n
	}
	h.docs = append(h.docs, htmlDoc{N: n, ID: id, Body: template.HTML(body), Marks: marks, People: ps})
}

// legendEntry is one type in the page's legend.
type legendEntry struct {
	Type, Label string
	Count       int
}

var typeLabels = map[entities.Type]string{
	entities.Person:       "người",
	entities.Title:        "chức danh",
	entities.Organization: "tổ chức",
	entities.Date:         "thời gian",
	entities.Location:     "địa danh",
}

// finish returns the whole page.
func (h *htmlWriter) finish() []byte {
	h.mu.Lock()
	defer h.mu.Unlock()
	data := struct {
		Docs   []htmlDoc
		Legend []legendEntry
		Total  int
	}{Docs: h.docs}
	for _, t := range entities.AllTypes {
		data.Legend = append(data.Legend, legendEntry{Type: t.String(), Label: typeLabels[t], Count: h.counts[t]})
		data.Total += h.counts[t]
	}
	var b bytes.Buffer
	if err := pageTemplate.Execute(&b, data); err != nil {
		// The template is fixed and its data is plain values: this cannot happen.
		panic(err)
	}
	return b.Bytes()
}

// markup returns text as escaped HTML with a <mark> element around every entity (with the id
// prefix followed by the entity's number, so that page.html#d1-3 shows the third entity of the first
// document), nested marks for nested entities, the number of marks written and the count of each type. An entity that crosses
// the end of the one it starts in is cut at that end (HTML elements cannot cross); one whose offsets
// are out of bounds or empty is left out.
//
// names maps a Ref to the name shown for it (a person's full name, an organization's longest name).
func markup(prefix, text string, ents []entities.Entity, names map[string]string) (string, int, map[entities.Type]int) {
	sorted := make([]entities.Entity, 0, len(ents))
	for _, e := range ents {
		if e.Start >= 0 && e.End <= len(text) && e.Start < e.End {
			sorted = append(sorted, e)
		}
	}
	sort.SliceStable(sorted, func(i, j int) bool {
		if sorted[i].Start != sorted[j].Start {
			return sorted[i].Start < sorted[j].Start
		}
		return sorted[i].End > sorted[j].End
	})
	var b strings.Builder
	byType := map[entities.Type]int{}
	var open []int // ends of the open marks, innermost last
	pos := 0
	emit := func(to int) {
		if to > pos {
			b.WriteString(esc(text[pos:to]))
			pos = to
		}
	}
	for i, e := range sorted {
		for len(open) > 0 && open[len(open)-1] <= e.Start {
			emit(open[len(open)-1])
			b.WriteString("</mark>")
			open = open[:len(open)-1]
		}
		emit(e.Start)
		end := e.End
		if len(open) > 0 && end > open[len(open)-1] {
			end = open[len(open)-1]
		}
		writeMark(&b, prefix+strconv.Itoa(i+1), e, len(open), names)
		open = append(open, end)
		byType[e.Type]++
	}
	for len(open) > 0 {
		emit(open[len(open)-1])
		b.WriteString("</mark>")
		open = open[:len(open)-1]
	}
	emit(len(text))
	return b.String(), len(sorted), byType
}

// writeMark writes the opening tag of an entity's mark: its fields as data attributes (read by the
// page's tooltip) and as a title attribute (for readers without script).
func writeMark(b *strings.Builder, id string, e entities.Entity, depth int, names map[string]string) {
	typ := e.Type.String()
	tip := []string{typ + ": " + e.Text}
	attr := func(name, v, label string) {
		if v == "" {
			return
		}
		b.WriteString(" data-")
		b.WriteString(name)
		b.WriteString(`="`)
		b.WriteString(esc(v))
		b.WriteByte('"')
		if label != "" {
			tip = append(tip, label+": "+v)
		}
	}
	b.WriteString(`<mark id="`)
	b.WriteString(esc(id))
	b.WriteString(`" class="ent t-`)
	b.WriteString(esc(typ))
	b.WriteString(`" tabindex="0" data-depth="`)
	b.WriteString(strconv.Itoa(depth))
	b.WriteByte('"')
	attr("type", typ, "")
	attr("text", e.Text, "")
	attr("value", e.Value, "value")
	attr("norm", e.Norm, "norm")
	attr("kind", e.Kind, "kind")
	attr("calendar", e.Calendar, "calendar")
	attr("mention", e.Mention, "mention")
	attr("ref", e.Ref, "ref")
	if e.Ref != "" && names[e.Ref] != "" && names[e.Ref] != e.Text {
		attr("ref-name", names[e.Ref], "refers to")
	}
	if e.Person != "" {
		name := names[e.Person]
		if name == "" {
			name = e.Person
		}
		attr("person", e.Person, "")
		attr("person-name", name, "person")
	}
	b.WriteString(` title="`)
	b.WriteString(esc(strings.Join(tip, "\n")))
	b.WriteString(`">`)
}

// esc escapes s for HTML text and attribute values, with invalid UTF-8 shown as U+FFFD.
func esc(s string) string { return html.EscapeString(strings.ToValidUTF8(s, "\uFFFD")) }

var pageTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>vietner: {{len .Docs}} documents, {{.Total}} entities</title>
<script>
window.vietnerErrors = 0;
window.addEventListener("error", function () {
  window.vietnerErrors++;
  if (document.body) document.body.dataset.errors = String(window.vietnerErrors);
});
</script>
<style>
:root {
  --PERSON: #d9480f; --TITLE: #7048e8; --ORGANIZATION: #1971c2; --DATE: #2b8a3e; --LOCATION: #c2255c;
  --ink: #1f2328; --muted: #656d76; --line: #d8dee4; --paper: #ffffff; --bg: #f6f8fa;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.5 "Noto Sans", "DejaVu Sans", system-ui, sans-serif; }
header { position: sticky; top: 0; z-index: 5; background: var(--paper); border-bottom: 1px solid var(--line);
  padding: .6rem 1.2rem; display: flex; flex-wrap: wrap; align-items: center; gap: .4rem 1.2rem; }
header h1 { font-size: 1.05rem; margin: 0; font-weight: 600; }
header .sum { color: var(--muted); font-size: .9rem; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem; margin-left: auto; }
.legend button { font: inherit; font-size: .85rem; cursor: pointer; border: 1px solid var(--line); background: var(--paper);
  border-radius: 999px; padding: .15rem .7rem .15rem .45rem; display: inline-flex; align-items: center; gap: .35rem; color: var(--ink); }
.legend button[aria-pressed="false"] { opacity: .45; text-decoration: line-through; }
.legend .sw { width: .8rem; height: .8rem; border-radius: 3px; display: inline-block; }
.legend .n { color: var(--muted); }
main { max-width: 1200px; margin: 0 auto; padding: 1rem 1.2rem 3rem; }
article { display: grid; grid-template-columns: minmax(0, 1fr) 18rem; gap: 1.2rem; background: var(--paper);
  border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.2rem; margin-bottom: 1rem; }
@media (max-width: 800px) { article { grid-template-columns: 1fr; } }
article h2 { grid-column: 1 / -1; margin: 0; font-size: .85rem; font-weight: 600; color: var(--muted);
  font-family: ui-monospace, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font: 17px/1.9 "Noto Serif", "DejaVu Serif", Georgia, serif; }
mark.ent { color: inherit; background: color-mix(in srgb, var(--c) 14%, transparent); border-bottom: 2px solid var(--c);
  border-radius: 3px; padding: .12em .1em; box-decoration-break: clone; -webkit-box-decoration-break: clone; cursor: help; }
mark.ent mark.ent { padding: 0 .05em; background: color-mix(in srgb, var(--c) 22%, transparent); border-bottom-style: solid; }
mark.ent[data-depth="0"]:has(mark.ent) { padding-bottom: .28em; border-bottom-style: double; border-bottom-width: 4px; }
mark.ent { scroll-margin-top: 5rem; }
mark.ent:focus, mark.ent.focus { outline: 2px solid var(--c); outline-offset: 1px; }
mark.ent[data-mention="reference"] { background: transparent; border-bottom-style: dashed; }
mark.ent.dim { background: transparent; border-bottom-color: transparent; }
mark.t-PERSON { --c: var(--PERSON); } mark.t-TITLE { --c: var(--TITLE); } mark.t-ORGANIZATION { --c: var(--ORGANIZATION); }
mark.t-DATE { --c: var(--DATE); } mark.t-LOCATION { --c: var(--LOCATION); }
{{range .Legend}}body.hide-{{.Type}} mark.t-{{.Type}} { background: transparent; border-bottom-color: transparent; cursor: text; }
{{end}}
aside { border-left: 1px solid var(--line); padding-left: 1rem; font-size: .9rem; }
@media (max-width: 800px) { aside { border-left: 0; padding-left: 0; border-top: 1px solid var(--line); padding-top: .6rem; } }
aside h3 { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 0 0 .4rem; }
aside ul { list-style: none; margin: 0; padding: 0; }
aside li.person { margin: 0 0 .6rem; padding: .35rem .5rem; border-radius: 6px; cursor: pointer; border: 1px solid transparent; }
aside li.person:hover, aside li.person.on { border-color: var(--PERSON); background: color-mix(in srgb, var(--PERSON) 6%, transparent); }
aside .name { font-weight: 600; color: var(--PERSON); }
aside .count { color: var(--muted); font-size: .8rem; margin-left: .3rem; }
aside .titles { display: flex; flex-wrap: wrap; gap: .25rem; margin-top: .25rem; }
aside .titles span { font-size: .8rem; border-radius: 4px; padding: 0 .35rem;
  background: color-mix(in srgb, var(--TITLE) 10%, transparent); border-left: 3px solid var(--TITLE); }
aside .none { color: var(--muted); font-style: italic; }
#tip { position: fixed; z-index: 10; max-width: 26rem; pointer-events: none; display: none; background: #1f2328; color: #fff;
  border-radius: 6px; padding: .45rem .6rem; font-size: .82rem; line-height: 1.4; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
#tip .ty { font-weight: 700; letter-spacing: .03em; }
#tip .tx { font-family: "Noto Serif", "DejaVu Serif", serif; font-size: .95rem; margin: .1rem 0 .25rem; }
#tip dl { display: grid; grid-template-columns: auto 1fr; gap: 0 .6rem; margin: 0; }
#tip dt { color: #9da7b3; } #tip dd { margin: 0; overflow-wrap: anywhere; }
#tip .in { color: #9da7b3; margin-top: .25rem; }
.empty { color: var(--muted); text-align: center; padding: 3rem; }
</style>
</head>
<body data-marks="0" data-errors="0" data-ready="0">
<header>
  <h1>vietner</h1>
  <span class="sum">{{len .Docs}} documents · {{.Total}} entities</span>
  <nav class="legend" aria-label="entity types">
  {{range .Legend}}<button type="button" aria-pressed="true" data-toggle="{{.Type}}"><span class="sw" style="background: var(--{{.Type}})"></span>{{.Type}} <span class="n">{{.Label}} · {{.Count}}</span></button>
  {{end}}</nav>
</header>
<main>
{{range .Docs}}<article id="doc-{{.N}}" data-marks="{{.Marks}}">
  <h2>{{.ID}}</h2>
  <div class="text">{{.Body}}</div>
  <aside>
    <h3>Người · people</h3>
    {{if .People}}<ul>
    {{range .People}}<li class="person" data-ref="{{.Ref}}"><span class="name">{{.Name}}</span><span class="count">×{{.Mentions}}</span>
      {{if .Titles}}<div class="titles">{{range .Titles}}<span>{{.}}</span>{{end}}</div>{{end}}</li>
    {{end}}</ul>{{else}}<p class="none">no person found</p>{{end}}
  </aside>
</article>
{{else}}<p class="empty">No documents.</p>
{{end}}</main>
<div id="tip" role="tooltip"></div>
<script>
(function () {
  "use strict";
  var body = document.body, tip = document.getElementById("tip");
  var marks = document.querySelectorAll("mark.ent");
  var fields = [["value", "value"], ["norm", "norm"], ["kind", "kind"], ["calendar", "calendar"],
    ["mention", "mention"], ["refName", "refers to"], ["personName", "person"], ["ref", "ref"]];

  function show(m, x, y) {
    tip.textContent = "";
    var ty = document.createElement("div");
    ty.className = "ty";
    ty.textContent = m.dataset.type;
    ty.style.color = getComputedStyle(m).getPropertyValue("--c");
    tip.appendChild(ty);
    var tx = document.createElement("div");
    tx.className = "tx";
    tx.textContent = m.dataset.text || m.textContent;
    tip.appendChild(tx);
    var dl = document.createElement("dl");
    fields.forEach(function (f) {
      var v = m.dataset[f[0]];
      if (!v) return;
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = f[1];
      dd.textContent = v;
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    if (dl.children.length) tip.appendChild(dl);
    var outer = [], p = m.parentElement.closest("mark.ent");
    while (p) { outer.push(p.dataset.type + " " + (p.dataset.text || "")); p = p.parentElement.closest("mark.ent"); }
    if (outer.length) {
      var inn = document.createElement("div");
      inn.className = "in";
      inn.textContent = "inside " + outer.join(" ⊂ ");
      tip.appendChild(inn);
    }
    tip.style.display = "block";
    var r = tip.getBoundingClientRect();
    var left = Math.min(x + 12, window.innerWidth - r.width - 8), top = y + 18;
    if (top + r.height > window.innerHeight - 8) top = y - r.height - 12;
    tip.style.left = Math.max(8, left) + "px";
    tip.style.top = Math.max(8, top) + "px";
  }
  function hide() { tip.style.display = "none"; }

  // The title attribute is kept for readers without script; while the styled tooltip shows, it is
  // parked so that the browser does not show both.
  var current = null;
  function enter(m) {
    if (current === m) return;
    leave();
    current = m;
    if (m.hasAttribute("title")) { m.dataset.title = m.getAttribute("title"); m.removeAttribute("title"); }
  }
  function leave() {
    if (current && current.dataset.title !== undefined) { current.setAttribute("title", current.dataset.title); delete current.dataset.title; }
    current = null;
  }
  // anchor is the mark whose details show because it has the focus (keyboard, or #id in the URL):
  // they follow it when the page scrolls. Details shown by the mouse go away on scroll.
  var anchor = null;
  function showAt(m) {
    anchor = m;
    enter(m);
    var r = m.getBoundingClientRect();
    show(m, r.left, r.bottom - 10);
  }
  document.addEventListener("mousemove", function (ev) {
    var m = ev.target.closest ? ev.target.closest("mark.ent") : null;
    if (!m || body.classList.contains("hide-" + m.dataset.type)) {
      if (anchor) return;
      leave(); hide(); return;
    }
    anchor = null;
    enter(m);
    show(m, ev.clientX, ev.clientY);
  });
  document.addEventListener("focusin", function (ev) {
    var m = ev.target.closest && ev.target.closest("mark.ent");
    if (m) showAt(m);
  });
  document.addEventListener("focusout", function () { anchor = null; leave(); hide(); });
  window.addEventListener("scroll", function () { if (anchor) showAt(anchor); else hide(); }, { passive: true });

  document.querySelectorAll(".legend button").forEach(function (b) {
    b.addEventListener("click", function () {
      var on = b.getAttribute("aria-pressed") !== "true";
      b.setAttribute("aria-pressed", String(on));
      body.classList.toggle("hide-" + b.dataset.toggle, !on);
    });
  });

  // A person in the panel outlines every mention of them and every title linked to them.
  document.querySelectorAll("aside li.person").forEach(function (li) {
    li.addEventListener("click", function () {
      var art = li.closest("article"), ref = li.dataset.ref, on = !li.classList.contains("on");
      art.querySelectorAll("aside li.person.on").forEach(function (x) { x.classList.remove("on"); });
      art.querySelectorAll("mark.ent.focus").forEach(function (x) { x.classList.remove("focus"); });
      if (!on) return;
      li.classList.add("on");
      art.querySelectorAll("mark.ent").forEach(function (x) {
        if ((x.dataset.type === "PERSON" && x.dataset.ref === ref) || x.dataset.person === ref) x.classList.add("focus");
      });
    });
  });

  // page.html#d1-3 focuses the third entity of the first document and shows its details.
  if (location.hash.length > 1) {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.matches("mark.ent")) {
      target.scrollIntoView({ block: "nearest" });
      target.focus({ preventScroll: true });
      showAt(target);
    }
  }

  var nested = 0;
  marks.forEach(function (m) { if (m.parentElement.closest("mark.ent")) nested++; });
  body.dataset.marks = String(marks.length);
  body.dataset.nested = String(nested);
  body.dataset.people = String(document.querySelectorAll("aside li.person").length);
  body.dataset.errors = String(window.vietnerErrors);
  body.dataset.ready = "1";
})();
</script>
</body>
</html>
`))
