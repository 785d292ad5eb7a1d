package extract_test

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/newsfacts/newsfacts/date"
	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/internal/analysis"
	"github.com/newsfacts/newsfacts/policy"
	"github.com/newsfacts/newsfacts/quote"
)

// Benchmarks for BENCHMARKS.md. Run them with
//
//	go test -run '^$' -bench . -benchtime 3s ./extract
//
// Corpus benchmarks process all of testdata/corpus/wikinews_2019.csv per
// iteration and report articles/s; SetBytes makes MB/s comparable across them.

type benchArticle struct {
	name, text string
	published  time.Time
}

// benchSamples returns the sample articles in name order.
func benchSamples(tb testing.TB) []benchArticle {
	tb.Helper()
	paths, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no sample articles: %v", err)
	}
	sort.Strings(paths)
	var out []benchArticle
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, benchArticle{name: strings.TrimSuffix(filepath.Base(p), ".txt"), text: string(b)})
	}
	return out
}

// benchCorpus returns the Wikinews 2019 corpus (CC BY 2.5; see its README)
// with each article's publication date.
func benchCorpus(tb testing.TB) []benchArticle {
	tb.Helper()
	f, err := os.Open("../testdata/corpus/wikinews_2019.csv")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	var out []benchArticle
	for _, r := range rows[1:] {
		day, err := time.Parse("2006-01-02", r[1])
		if err != nil {
			tb.Fatalf("%s: %v", r[0], err)
		}
		out = append(out, benchArticle{name: r[0], text: r[3], published: day})
	}
	return out
}

func totalBytes(arts []benchArticle) int64 {
	var n int64
	for _, a := range arts {
		n += int64(len(a.text))
	}
	return n
}

// corpusLoop runs f over every corpus article per iteration and reports
// articles/s alongside ns/op, MB/s and allocs/op.
func corpusLoop(b *testing.B, arts []benchArticle, f func(a benchArticle)) {
	b.SetBytes(totalBytes(arts))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			f(a)
		}
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
}

var benchExtractor = extract.New()

// BenchmarkExtract is the whole pipeline on each sample article.
func BenchmarkExtract(b *testing.B) {
	for _, a := range benchSamples(b) {
		b.Run(a.name, func(b *testing.B) {
			b.SetBytes(int64(len(a.text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := benchExtractor.Extract(a.text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkExtractCorpus is the whole pipeline over the corpus on one core.
func BenchmarkExtractCorpus(b *testing.B) {
	corpusLoop(b, benchCorpus(b), func(a benchArticle) {
		if _, err := benchExtractor.ExtractPublished(a.text, a.published); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkExtractCorpusParallel shares one Extractor between GOMAXPROCS
// goroutines; articles/s is the total for the machine.
func BenchmarkExtractCorpusParallel(b *testing.B) {
	arts := benchCorpus(b)
	b.SetBytes(totalBytes(arts) / int64(len(arts)))
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			a := arts[i%len(arts)]
			i++
			if _, err := benchExtractor.ExtractPublished(a.text, a.published); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkStage splits the pipeline over the corpus: the shared analysis
// pass, then each extractor on analysed documents.
func BenchmarkStage(b *testing.B) {
	arts := benchCorpus(b)
	docs := make([]*analysis.Doc, len(arts))
	ents := make([][]entity.Entity, len(arts))
	for i, a := range arts {
		docs[i] = analysis.Parse(a.text, analysis.Options{Published: a.published})
		ents[i] = entity.Analyze(docs[i])
	}
	stages := []struct {
		name string
		run  func(i int)
	}{
		{"analysis", func(i int) { analysis.Parse(arts[i].text, analysis.Options{Published: arts[i].published}) }},
		{"entity", func(i int) { entity.Analyze(docs[i]) }},
		{"quote", func(i int) { quote.Analyze(docs[i], ents[i]) }},
		{"date", func(i int) { date.Analyze(docs[i]) }},
		{"policy", func(i int) { policy.Analyze(docs[i], ents[i]) }},
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			b.SetBytes(totalBytes(arts))
			b.ReportAllocs()
			for b.Loop() {
				for i := range arts {
					st.run(i)
				}
			}
			b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// BenchmarkProse is prose v2 on the same corpus, for comparison:
//   - default: its whole default pipeline (segmentation, tokens, tags,
//     entities) with the model loaded once and shared, as prose's README
//     recommends for many documents;
//   - tag: tokenization and tagging only, on the whole article, with the shared
//     model: the floor of our analysis pass while it uses prose;
//   - fresh-model: prose.NewDocument(text) with nothing else, which loads its
//     model on every call (one sample article per iteration).
func BenchmarkProse(b *testing.B) {
	arts := benchCorpus(b)
	model := prose.ModelFromData("en")
	b.Run("default", func(b *testing.B) {
		corpusLoop(b, arts, func(a benchArticle) {
			if _, err := prose.NewDocument(a.text, prose.UsingModel(model)); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("tag", func(b *testing.B) {
		corpusLoop(b, arts, func(a benchArticle) {
			if _, err := prose.NewDocument(a.text, prose.UsingModel(model),
				prose.WithSegmentation(false), prose.WithExtraction(false)); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("fresh-model", func(b *testing.B) {
		text := benchSamples(b)[0].text
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := prose.NewDocument(text); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkLength extracts one sample article and the same article ten times
// over (as ten times as many paragraphs): MB/s should not fall, since the
// cost is linear in the length.
func BenchmarkLength(b *testing.B) {
	text := benchSamples(b)[0].text
	for _, n := range []int{1, 10} {
		long := strings.Repeat(text+"\n\n", n)
		b.Run(map[int]string{1: "x1", 10: "x10"}[n], func(b *testing.B) {
			b.SetBytes(int64(len(long)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := benchExtractor.Extract(long); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
