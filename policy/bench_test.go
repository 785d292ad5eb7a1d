package policy

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/analysis"
)

func sampleDocs(b *testing.B) ([]*analysis.Doc, [][]entity.Entity, int) {
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	var docs []*analysis.Doc
	var ents [][]entity.Entity
	n := 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d := analysis.Parse(string(t), analysis.Options{})
		docs = append(docs, d)
		ents = append(ents, entity.Analyze(d))
		n += len(t)
	}
	return docs, ents, n
}

// BenchmarkAnalyze measures policy extraction alone over the sample articles.
func BenchmarkAnalyze(b *testing.B) {
	docs, ents, n := sampleDocs(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range docs {
			Analyze(d, ents[i])
		}
	}
}

// BenchmarkParse is analysis.Parse over the same articles, for scale.
func BenchmarkParse(b *testing.B) {
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	var texts []string
	n := 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		n += len(t)
	}
	analysis.Load()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			analysis.Parse(t, analysis.Options{})
		}
	}
}
