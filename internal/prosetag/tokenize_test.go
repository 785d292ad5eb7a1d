package prosetag

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// proseWords is prose's own tokenization of text.
func proseWords(t testing.TB, text string) []string {
	doc, err := prose.NewDocument(text, prose.WithTagging(false), prose.WithSegmentation(false), prose.WithExtraction(false))
	require.NoError(t, err)
	var out []string
	for _, tok := range doc.Tokens() {
		out = append(out, tok.Text)
	}
	return out
}

func ourWords(text string) []string {
	var out []string
	for _, tok := range tokenize(nil, text) {
		out = append(out, tok.word)
	}
	return out
}

func testTexts(t testing.TB) []string {
	var texts []string
	paths, err := filepath.Glob("../../testdata/articles/*.txt")
	require.NoError(t, err)
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	f, err := os.Open("../../testdata/corpus/wikinews_2019.csv")
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	for _, r := range rows[1:] {
		texts = append(texts, r[3])
	}
	return texts
}

var oddTexts = []string{
	"", " ", "“Hi,” he said. ‘Fine.’ It’s 5 o’clock &rsquo;", `"(quoted)" [sic] $100, $5.5m; U.S. Mr. Gov. A.B.C. e.g. i.e.`,
	"they'll I'm we're don't can't won't isn't Y'all rock'n'roll", "'s 's' n't n'tx ''' \"\" $$ (( ]]", ":-) :) (: <3 ;-) :-(",
	"well... wait!? no?! yes.\" \"no.'", "a\u00a0b\tc\r\nd\u2003e", "Ünïcödé wörds, “ünï” ‘ö’", "http://x.com/a?b=c. me@x.org,",
	"(((a))) [[b]] \"\"c\"\" 1,000,000.00 -5 -- — –", "Mx. Dr. St. Ft. Jr. Sr. Ms. Mrs. MRS. mr. Co. co.", "1990s '90s ’90s",
}

// TestTokenizeLikeProse requires prose's tokens, word for word, on the
// sample articles, the whole corpus and odd inputs, except where prose loses
// text; there, the tokens must cover the word.
func TestTokenizeLikeProse(t *testing.T) {
	texts := append(testTexts(t), oddTexts...)
	for i, text := range texts {
		if !likeProse(t, safeText(text)) {
			t.Errorf("text %d", i)
			return
		}
	}
}

// likeProse compares the tokens of each whitespace-separated word of text
// (prose tokenizes words independently).
func likeProse(t testing.TB, text string) bool {
	words := strings.Fields(text)
	for _, w := range words {
		bare, _ := sanitize(w)
		w += " x" // Tag splits the dot off the text's last word; compare words inside a text
		want, got := proseWords(t, w), ourWords(w)
		clean, _ := sanitize(w)
		// Where prose loses text, and on quote marks it leaves on a word
		// ('quoted', ''doubled''), the tokens need only cover the word.
		// Dashes inside a word and abbreviations longer than prose's
		// pattern (Prof., Calif.) are split and kept on purpose.
		intended := strings.Contains(bare, "''") || singleQuoted(strings.TrimLeft(bare, `$(["`)) ||
			(len(bare) > 3 && strings.Contains(bare, "\u2014")) || (len(bare) > 2 && strings.Contains(bare, "--")) ||
			abbreviations[strings.TrimRight(strings.TrimLeft(bare, `$(["`), `,;:)"]`)]
		if !intended && strings.Join(want, "") == strings.ReplaceAll(clean, " ", "") {
			if !assert.Equal(t, want, got, "word %q", w) {
				return false
			}
		} else if !assert.Equal(t, strings.ReplaceAll(clean, " ", ""), strings.Join(got, ""), "word %q: a token was lost", w) {
			return false
		}
	}
	return true
}

// TestTokenizeKeepsText covers the words prose loses, keeps whole or
// leaves unsplit.
func TestTokenizeKeepsText(t *testing.T) {
	for text, want := range map[string][]string{
		"So-called ''straw'' purchases":  {"So-called", "''", "straw", "'", "'", "purchases"},
		"Dinesh D'Souza, a writer":       {"Dinesh", "D'Souza", ",", "a", "writer"},
		"They're 'slow' and it's Jones'": {"They", "'re", "'", "slow", "'", "and", "it", "'s", "Jones", "'"},
		"'s. n'tx 'llama":                {"'s", ".", "n'tx", "'llama"},
		"the Affordable Care Act.":       {"the", "Affordable", "Care", "Act", "."},
		"at 5 p.m.":                      {"at", "5", "p.m."},
		"to Mr. Smith":                   {"to", "Mr.", "Smith"},
		"he left—Troy stayed":            {"he", "left", "—", "Troy", "stayed"},
		"—Troy Roberts":                  {"—", "Troy", "Roberts"},
		"in 1990–95--and later":          {"in", "1990–95", "--", "and", "later"},
		"the Iran–Iraq War":              {"the", "Iran–Iraq", "War"},
		"Prof. Jones of Davis, Calif.,":  {"Prof.", "Jones", "of", "Davis", ",", "Calif.", ","},
		"in Davis, Calif.":               {"in", "Davis", ",", "Calif."},
	} {
		assert.Equal(t, want, ourWords(text), text)
	}
}

// TestTokenizeOffsets checks that every token's offsets give its word, up to
// prose's quote rewriting.
func TestTokenizeOffsets(t *testing.T) {
	undo := strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "&rsquo;", "'")
	for _, text := range append(testTexts(t), oddTexts...) {
		text = safeText(text)
		prev := 0
		for _, tok := range tokenize(nil, text) {
			require.GreaterOrEqual(t, tok.start, prev)
			require.Less(t, tok.start, tok.end)
			require.Equal(t, tok.word, undo.Replace(text[tok.start:tok.end]))
			prev = tok.end
		}
	}
}

// TestTag pins the tags of a sentence. Quote marks get the Penn Treebank
// quote tags, which prose's model knows (see quoteWord).
func TestTag(t *testing.T) {
	text := "“It’s a very robust meeting,” said Mayor Sam Liccardo."
	var got []string
	for _, tok := range Tag(text, 100) {
		got = append(got, text[tok.Start-100:tok.End-100]+"/"+tok.Tag)
	}
	assert.Equal(t, []string{"“/``", "It/PRP", "’s/VBZ", "a/DT", "very/RB", "robust/JJ", "meeting/NN", ",/,", "”/''",
		"said/VBD", "Mayor/NNP", "Sam/NNP", "Liccardo/NNP", "./."}, got)
}

// BenchmarkTokenize compares prose's tokenizer with ours on the corpus.
func BenchmarkTokenize(b *testing.B) {
	texts := testTexts(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.Run("prose", func(b *testing.B) {
		b.SetBytes(int64(n))
		b.ReportAllocs()
		for b.Loop() {
			for _, t := range texts {
				proseWords(b, t)
			}
		}
	})
	b.Run("ours", func(b *testing.B) {
		b.SetBytes(int64(n))
		b.ReportAllocs()
		var buf []token
		for b.Loop() {
			for _, t := range texts {
				buf = tokenize(buf[:0], t)
			}
		}
	})
}

// FuzzTokenize requires prose's tokens on any text short enough for prose
// (whose cost is quadratic in a word's length) and valid offsets.
func FuzzTokenize(f *testing.F) {
	for _, s := range oddTexts {
		f.Add(s)
	}
	f.Add("“It’s a very robust meeting,” said Mayor Sam Liccardo, who’s 50. ‘Fine.’")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 2000 {
			return
		}
		text = safeText(text)
		require.True(t, likeProse(t, text))
		for _, tok := range Tag(text, 0) {
			require.True(t, 0 <= tok.Start && tok.Start < tok.End && tok.End <= len(text))
		}
	})
}
