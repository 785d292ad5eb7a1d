package extract_test

import (
	"encoding/csv"
	"os"
	"testing"
	"time"
)

type corpusArticle struct {
	url, title, text string
	published        time.Time
}

// corpus reads testdata/corpus/wikinews_2019.csv (CC BY 2.5; see its README).
func corpus(t testing.TB) []corpusArticle {
	t.Helper()
	f, err := os.Open("../testdata/corpus/wikinews_2019.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []corpusArticle
	for _, r := range rows[1:] {
		day, err := time.Parse("2006-01-02", r[1])
		if err != nil {
			t.Fatalf("%s: %v", r[0], err)
		}
		out = append(out, corpusArticle{url: r[0], published: day, title: r[2], text: r[3]})
	}
	return out
}

// TestCorpusContract extracts every Wikinews article, dated and undated, and
// checks the output contract: no error, offsets inside the input on rune
// boundaries with input[start:end] == text, lists sorted.
func TestCorpusContract(t *testing.T) {
	arts := corpus(t)
	if len(arts) < 150 {
		t.Fatalf("corpus has %d articles, want the whole file", len(arts))
	}
	for _, a := range arts {
		for _, published := range []time.Time{a.published, {}} {
			f, err := extractor.ExtractPublished(a.text, published)
			if err != nil {
				t.Errorf("%s: %v", a.url, err)
				continue
			}
			if err := f.Validate(a.text); err != nil {
				t.Errorf("%s: %v", a.url, err)
			}
			if f.Entities == nil || f.Quotes == nil || f.Dates == nil || f.Policies == nil {
				t.Errorf("%s: a nil list, want empty lists", a.url)
			}
		}
	}
}
