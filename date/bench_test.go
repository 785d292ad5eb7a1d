package date_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/newsfacts/date"
	"github.com/newsfacts/newsfacts/internal/analysis"
)

func sampleArticles(tb testing.TB) []string {
	files, err := filepath.Glob("../testdata/articles/*.txt")
	require.NoError(tb, err)
	require.NotEmpty(tb, files)
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(tb, err)
		out = append(out, string(b))
	}
	return out
}

// BenchmarkAnalyze times date.Analyze on already-parsed sample articles;
// BenchmarkParse times the analysis pass it needs, for comparison.
func BenchmarkAnalyze(b *testing.B) {
	var docs []*analysis.Doc
	size := 0
	for _, a := range sampleArticles(b) {
		docs = append(docs, analysis.Parse(a, analysis.Options{}))
		size += len(a)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			date.Analyze(d)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	arts := sampleArticles(b)
	size := 0
	for _, a := range arts {
		size += len(a)
	}
	analysis.Load()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			analysis.Parse(a, analysis.Options{})
		}
	}
}

// TestContract checks offsets, order and non-nil results on hostile input.
func TestContract(t *testing.T) {
	pub := time.Date(2021, 7, 12, 0, 0, 0, 0, time.UTC)
	inputs := []string{
		"",
		"\xff\xfe Monday \xff 2021-07-12 \xc3",
		strings.Repeat("2019 ", 5000),
		strings.Repeat("Monday, ", 3000) + "next week.",
		strings.Repeat("\"", 10000),
		strings.Repeat("a", 100000) + " today",
		"On May 5, at 5 p.m. ET, we met. March 3 1:15 a.m. 12/31/1999 'ninety",
	}
	for _, in := range inputs {
		for _, p := range []time.Time{{}, pub} {
			got := date.Find(in, date.WithPublished(p))
			require.NotNil(t, got)
			for i, m := range got {
				require.Equal(t, in[m.Start:m.End], m.Text)
				assert.True(t, utf8.RuneStart(in[m.Start]) && (m.End == len(in) || utf8.RuneStart(in[m.End])))
				if i > 0 {
					assert.True(t, got[i-1].Start < m.Start || got[i-1].Start == m.Start && got[i-1].End <= m.End)
				}
				assert.Equal(t, m.From == nil, m.To == nil)
			}
		}
	}
}

// TestDateLine: a date line the analysis missed (it ends in a no-break
// space) is still no mention.
func TestDateLine(t *testing.T) {
	got := date.Find("Friday, March 29, 2019\u00a0\nThe fair returned on Friday.\n\nIt ends today.")
	require.Len(t, got, 2)
	assert.Equal(t, "Friday", got[0].Text)
}

// TestUndatedNeverNow: an undated article resolves nothing relative.
func TestUndatedNeverNow(t *testing.T) {
	for _, a := range sampleArticles(t) {
		// Drop a date header so that the article is undated.
		a = strings.TrimPrefix(strings.TrimLeft(a, " "), "date ")
		for _, m := range date.Find(a) {
			if m.From != nil {
				assert.NotContains(t, []string{"today", "yesterday", "tomorrow", "this morning", "next week", "Monday"}, m.Text)
			}
		}
	}
}
