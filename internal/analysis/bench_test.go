package analysis

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// corpusTexts returns the texts of the Wikinews 2019 corpus.
func corpusTexts(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open("../../testdata/corpus/wikinews_2019.csv")
	require.NoError(tb, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(tb, err)
	var texts []string
	for _, r := range rows[1:] {
		texts = append(texts, r[3])
	}
	return texts
}

func sampleTexts(tb testing.TB) map[string]string {
	tb.Helper()
	files, err := filepath.Glob("../../testdata/articles/*.txt")
	require.NoError(tb, err)
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(tb, err)
		out[filepath.Base(f)] = string(b)
	}
	return out
}

// BenchmarkParse is the analysis pass alone on each sample article.
func BenchmarkParse(b *testing.B) {
	Load()
	for name, text := range sampleTexts(b) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Parse(text, Options{})
			}
		})
	}
}

// BenchmarkParseCorpus parses every corpus article per iteration.
func BenchmarkParseCorpus(b *testing.B) {
	Load()
	texts := corpusTexts(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Parse(t, Options{})
		}
	}
	b.ReportMetric(float64(b.N*len(texts))/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkSplit is the sentence splitter alone over the corpus.
func BenchmarkSplit(b *testing.B) {
	texts := corpusTexts(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			d := &Doc{Text: t}
			d.split(0)
		}
	}
}
