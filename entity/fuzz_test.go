package entity_test

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/analysis"
)

// FuzzAnalyze checks entity.Analyze on any input: no panic, bounded time,
// every mention inside the input on rune boundaries with text[start:end]
// equal to its text, mentions sorted, entities sorted by first mention with
// unique ids, and Resolve returning an index into the entities or -1.
//
//	go test -run '^$' -fuzz FuzzAnalyze -fuzztime 30s -fuzzminimizetime 5s ./entity
func FuzzAnalyze(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
		// Load the model and word lists before the clock of the first input.
		entity.Analyze(analysis.Parse(s, analysis.Options{}))
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, done := fuzzParse(t, text)
		ents := entity.Analyze(doc)
		for _, e := range doc.Tokens {
			if r := entity.Resolve(doc, ents, e.Start, e.End); r < -1 || r >= len(ents) {
				t.Fatalf("Resolve(%q) = %d, %d entities", e.Text, r, len(ents))
			}
		}
		done()
		if ents == nil {
			t.Fatal("nil entities")
		}
		ids := map[string]bool{}
		for _, e := range ents {
			if len(e.Mentions) == 0 {
				t.Fatalf("entity %s has no mention", e.ID)
			}
			if ids[e.ID] {
				t.Fatalf("entity id %s twice", e.ID)
			}
			ids[e.ID] = true
			for _, m := range e.Mentions {
				checkSpan(t, text, "mention of "+e.ID, m.Start, m.End, m.Text)
			}
			checkSorted(t, "mention of "+e.ID, len(e.Mentions), func(i int) (int, int) { return e.Mentions[i].Start, e.Mentions[i].End })
		}
		checkSorted(t, "entity", len(ents), func(i int) (int, int) { return ents[i].Mentions[0].Start, ents[i].Mentions[0].End })
	})
}

// fuzzSeeds are short texts from the sample articles and the corpus, and a
// few hostile ones. Short, because the fuzzer minimizes every input that
// finds new coverage, which takes seconds per kilobyte.
func fuzzSeeds(f *testing.F) []string {
	f.Helper()
	paths, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		f.Fatalf("no sample articles: %v", err)
	}
	var texts []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	file, err := os.Open("../testdata/corpus/wikinews_2019.csv")
	if err != nil {
		f.Fatal(err)
	}
	defer file.Close()
	rows, err := csv.NewReader(file).ReadAll()
	if err != nil {
		f.Fatal(err)
	}
	for i := 1; i < len(rows); i += 40 {
		texts = append(texts, rows[i][3])
	}
	var seeds []string
	for _, t := range texts {
		n := min(len(t), 600)
		for n > 0 && n < len(t) && !utf8.RuneStart(t[n]) {
			n--
		}
		seeds = append(seeds, t[:n])
	}
	return append(seeds,
		" date 2022-01-26 NEW YORK (CBSNewYork) — “Where?” Gov. Kathy Hochul said Monday.\r\n\r\nHe said the $5 million plan would pass next week.",
		strings.Repeat("“", 100), strings.Repeat("Mr. ", 50), "\xff\xfe Mayor \xc3 said \xe2\x80 İ", "")
}

// fuzzParse analyses text in bounded time.
func fuzzParse(t *testing.T, text string) (*analysis.Doc, func()) {
	start := time.Now()
	doc := analysis.Parse(text, analysis.Options{Published: time.Date(2022, 1, 26, 0, 0, 0, 0, time.UTC)})
	return doc, func() {
		// Generous: instrumentation and GC pauses add noise.
		if d := time.Since(start); d > 2*time.Second+time.Duration(len(text))*200*time.Microsecond {
			t.Fatalf("%d bytes took %v", len(text), d)
		}
	}
}

// checkSpan checks that text[start:end] == s with offsets on rune boundaries.
func checkSpan(t *testing.T, text, what string, start, end int, s string) {
	t.Helper()
	switch {
	case start < 0 || end < start || end > len(text):
		t.Fatalf("%s [%d:%d]: outside the input (%d bytes)", what, start, end, len(text))
	case !runeBoundary(text, start) || !runeBoundary(text, end):
		t.Fatalf("%s [%d:%d]: not on a rune boundary", what, start, end)
	case text[start:end] != s:
		t.Fatalf("%s [%d:%d]: text %q, input has %q", what, start, end, s, text[start:end])
	}
}

// checkSorted checks that spans are sorted by start, then end.
func checkSorted(t *testing.T, what string, n int, span func(i int) (int, int)) {
	t.Helper()
	for i := 1; i < n; i++ {
		s0, e0 := span(i - 1)
		s1, e1 := span(i)
		if s1 < s0 || (s1 == s0 && e1 < e0) {
			t.Fatalf("%s %d [%d:%d] after [%d:%d]: not sorted", what, i, s1, e1, s0, e0)
		}
	}
}

// runeBoundary reports whether decoding text rune by rune visits offset i.
func runeBoundary(text string, i int) bool {
	if i == 0 || i == len(text) || utf8.RuneStart(text[i]) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if utf8.RuneStart(text[j]) {
			_, size := utf8.DecodeRuneInString(text[j:])
			return size <= i-j
		}
	}
	return true
}
