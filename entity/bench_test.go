package entity

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsfacts/newsfacts/internal/analysis"
)

func sampleTexts(b *testing.B) []string {
	paths, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatal("no sample articles")
	}
	var out []string
	for _, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, string(t))
	}
	return out
}

// BenchmarkAnalyze measures the entity stage alone on the sample articles;
// compare it with BenchmarkParse, the prose tokenizing and tagging it reads
// (the budget: at most 20% of Parse).
func BenchmarkAnalyze(b *testing.B) {
	texts := sampleTexts(b)
	docs := make([]*analysis.Doc, len(texts))
	size := 0
	for i, t := range texts {
		docs[i] = analysis.Parse(t, analysis.Options{})
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		// Fresh documents: what Analyze derives is memoized on the document.
		b.StopTimer()
		for i, t := range texts {
			docs[i] = analysis.Parse(t, analysis.Options{})
		}
		b.StartTimer()
		for _, d := range docs {
			Analyze(d)
		}
	}
}

// BenchmarkParse measures analysis.Parse on the same articles.
func BenchmarkParse(b *testing.B) {
	texts := sampleTexts(b)
	analysis.Load()
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			analysis.Parse(t, analysis.Options{})
		}
	}
}
