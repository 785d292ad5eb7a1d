package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/newsfacts/newsfacts/extract"
)

// runCorpus is -in jsonl: one record {"id","published","text"} per line in,
// one line with the record's id and facts (or an error) out.
func runCorpus(ctx context.Context, ex *extract.Extractor, c config, stdin io.Reader, stdout, stderr io.Writer, p *progress) stats {
	return pipeline(ctx, c.workers, stdout, stderr, p, func(emit func(task) bool) {
		for _, name := range c.inputs {
			if !emitRecords(name, stdin, ex, emit) {
				return
			}
		}
	})
}

// emitRecords emits a task per record of one input; it reports whether to go on.
func emitRecords(name string, stdin io.Reader, ex *extract.Extractor, emit func(task) bool) bool {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			msg := fmt.Sprintf("newsfacts: %s: %v", name, unwrapPath(err))
			return emit(func() result { return result{failed: true, msg: msg} })
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReaderSize(r, 1<<16)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			if !emit(func() result { return extractRecord(ex, line, n) }) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			msg := fmt.Sprintf("newsfacts: %s: line %d: %v", displayName(name), n, err)
			return emit(func() result { return result{failed: true, msg: msg} })
		}
	}
}

// recordError is the output line of a record that could not be extracted.
type recordError struct {
	ID    json.RawMessage `json:"id"`
	Line  int             `json:"line"`
	Error string          `json:"error"`
}

func extractRecord(ex *extract.Extractor, line []byte, n int) result {
	id, text, published, err := parseRecord(line)
	if err == nil {
		var f *extract.Facts
		if f, err = ex.ExtractPublished(text, published); err == nil {
			return withField("id", id, f)
		}
	}
	out, merr := marshal(recordError{ID: id, Line: n, Error: err.Error()}, "")
	if merr != nil { // an id that is not valid JSON cannot get here: it came from a decoded record
		out, _ = marshal(recordError{Line: n, Error: err.Error()}, "")
	}
	return result{out: out, failed: true}
}

// parseRecord decodes {"id","published","text"}. The id is kept as written
// (string or number); published is YYYY-MM-DD or RFC 3339, and optional.
func parseRecord(line []byte) (id json.RawMessage, text string, published time.Time, err error) {
	var rec map[string]json.RawMessage
	if err := json.Unmarshal(line, &rec); err != nil {
		return nil, "", time.Time{}, fmt.Errorf("not a JSON object: %v", err)
	}
	id = rec["id"]
	raw, ok := rec["text"]
	if !ok {
		return id, "", time.Time{}, errors.New(`no "text" field`)
	}
	if err := json.Unmarshal(raw, &text); err != nil {
		return id, "", time.Time{}, errors.New(`"text" is not a string`)
	}
	if raw, ok := rec["published"]; ok && string(raw) != "null" {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return id, "", time.Time{}, errors.New(`"published" is not a string`)
		}
		if published, err = parseDate(s); err != nil {
			return id, "", time.Time{}, err
		}
	}
	return id, text, published, nil
}

func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf(`"published" %q: want YYYY-MM-DD or RFC 3339`, s)
}
