package perceptron

import (
	"encoding/csv"
	"os"
	"testing"

	"github.com/jdkato/prose/v2"
	"github.com/stretchr/testify/require"
)

// TestSameTagsAsProse tags the Wikinews corpus with prose and with Tagger and
// requires the same tags, token for token. prose's tokenizer shares one Token
// value between repeats of a whitespace-separated span, so a repeated word
// carries the tag of its last occurrence: only words that occur once are
// compared (Tagger tags every occurrence in its own context).
func TestSameTagsAsProse(t *testing.T) {
	tagger, err := Load()
	require.NoError(t, err)
	model := prose.ModelFromData("en")
	f, err := os.Open("../../../testdata/corpus/wikinews_2019.csv")
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	tokens, diffs := 0, 0
	rows = rows[1:]
	if raceEnabled || testing.Short() {
		rows = rows[:20]
	}
	for _, r := range rows {
		doc, err := prose.NewDocument(r[3], prose.UsingModel(model), prose.WithSegmentation(false), prose.WithExtraction(false))
		require.NoError(t, err)
		var words, want []string
		for _, tok := range doc.Tokens() {
			words = append(words, tok.Text)
			want = append(want, tok.Tag)
		}
		got := tagger.Tag(words)
		seen := map[string]int{}
		for _, w := range words {
			seen[w]++
		}
		for i := range want {
			if seen[words[i]] > 1 {
				continue
			}
			tokens++
			if got[i] != want[i] {
				diffs++
				if diffs < 10 {
					t.Logf("%q: prose %s, Tagger %s", words[i], want[i], got[i])
				}
			}
		}
	}
	t.Logf("%d tokens, %d differ", tokens, diffs)
	// prose breaks ties between equal scores by map order, at random: allow a handful.
	require.LessOrEqual(t, diffs, tokens/10000)
}

func corpusWords(b *testing.B) [][]string {
	f, err := os.Open("../../../testdata/corpus/wikinews_2019.csv")
	require.NoError(b, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(b, err)
	var out [][]string
	for _, r := range rows[1:] {
		doc, err := prose.NewDocument(r[3], prose.WithTagging(false), prose.WithSegmentation(false), prose.WithExtraction(false))
		require.NoError(b, err)
		var words []string
		for _, tok := range doc.Tokens() {
			words = append(words, tok.Text)
		}
		out = append(out, words)
	}
	return out
}

// BenchmarkTag tags the Wikinews corpus; compare BenchmarkProseTag.
func BenchmarkTag(b *testing.B) {
	tagger, err := Load()
	require.NoError(b, err)
	docs := corpusWords(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, words := range docs {
			tagger.Tag(words)
		}
	}
}

// BenchmarkProseTag is prose's own tokenizing and tagging of the corpus, with a shared model.
func BenchmarkProseTag(b *testing.B) {
	model := prose.ModelFromData("en")
	f, err := os.Open("../../../testdata/corpus/wikinews_2019.csv")
	require.NoError(b, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range rows[1:] {
			_, _ = prose.NewDocument(r[3], prose.UsingModel(model), prose.WithSegmentation(false), prose.WithExtraction(false))
		}
	}
}

// BenchmarkProseTokenize is prose's tokenizer alone over the corpus.
func BenchmarkProseTokenize(b *testing.B) {
	f, err := os.Open("../../../testdata/corpus/wikinews_2019.csv")
	require.NoError(b, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range rows[1:] {
			_, _ = prose.NewDocument(r[3], prose.WithTagging(false), prose.WithSegmentation(false), prose.WithExtraction(false))
		}
	}
}

func TestOddWords(t *testing.T) {
	tagger, err := Load()
	require.NoError(t, err)
	got := tagger.Tag([]string{"", "-", ":-)", "user@example.com", "www.example.com", "*", "-LRB-", "\xff", "İ"})
	require.Equal(t, []string{"NN", "-", "SYM", "NN", "NN", "-NONE-", "-LRB-"}, got[:7])
	require.Empty(t, tagger.Tag(nil))
}
