package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/analysis"
)

func str(q *string) string {
	if q == nil {
		return "<nil>"
	}
	return *q
}

// TestGold checks every required quote of the sample articles' gold facts:
// exact text, kind, cue and speaker.
func TestGold(t *testing.T) {
	files, err := filepath.Glob("../testdata/gold/*.facts.json")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		text, g := loadGold(t, f)
		got := Find(text)
		t.Run(g.Article, func(t *testing.T) {
			for _, gq := range g.Quotes {
				if gq.Optional {
					continue
				}
				i := indexOfText(got, gq.Text)
				if !assert.GreaterOrEqual(t, i, 0, "quote not found: %q", gq.Text) {
					continue
				}
				q := got[i]
				assert.Equal(t, gq.Kind, q.Kind, "kind of %q", gq.Text)
				if gq.Cue != nil {
					assert.Equal(t, *gq.Cue, str(q.Cue), "cue of %q", gq.Text)
				}
				assert.True(t, sameSpeaker(q.Speaker, gq), "speaker of %q: got %s, want %s", gq.Text, str(q.Speaker), str(gq.Speaker))
			}
		})
	}
}

func indexOfText(qs []Quote, text string) int {
	for i, q := range qs {
		if q.Text == text {
			return i
		}
	}
	return -1
}

// TestForms checks the attribution forms one by one: the speaker phrase
// as written, the cue and the kind.
func TestForms(t *testing.T) {
	tests := []struct {
		name, text   string
		quote        string
		kind         Kind
		mention, cue string
		speaker      string
	}{
		{"after", `"We will win," Smith said.`, "We will win,", Direct, "Smith", "said", "Smith"},
		{"inverted with apposition", `"We will win," said Jane Smith, the city's mayor.`, "We will win,", Direct, "Jane Smith", "said", "Jane Smith"},
		{"before comma", `The mayor said, "We will win."`, "We will win.", Direct, "The mayor", "said", "<nil>"},
		{"before colon", `Hochul said: "We will win."`, "We will win.", Direct, "Hochul", "said", "Hochul"},
		{"title apposition", `Karine Jean-Pierre, White House principal deputy press secretary said, "It is unacceptable."`, "It is unacceptable.", Direct, "Karine Jean-Pierre", "said", "Karine Jean-Pierre"},
		{"comma apposition", `Tom Lee, a spokesman for the agency, said, "No comment."`, "No comment.", Direct, "Tom Lee", "said", "Tom Lee"},
		{"pronoun and adverbial", `"It is over," he told reporters on Monday.`, "It is over,", Direct, "he", "told", "<nil>"},
		{"curly", "“It is over,” Adams added.", "It is over,", Direct, "Adams", "added", "Adams"},
		{"mixed marks", "\"It is over,” Adams added.", "It is over,", Direct, "Adams", "added", "Adams"},
		{"newswire doubles", "''It is over,'' Adams added.", "It is over,", Direct, "Adams", "added", "Adams"},
		{"according to", `"It is over," according to Adams.`, "It is over,", Direct, "Adams", "according to", "Adams"},
		{"outside comma", `"It is over", Adams continued.`, "It is over", Direct, "Adams", "continued", "Adams"},
		{"question", `"Where are the guns coming from?" Hochul asked.`, "Where are the guns coming from?", Direct, "Hochul", "asked", "Hochul"},
		{"partial", `Biden said his plan includes funding, "to be able to hire police."`, "to be able to hire police.", Partial, "Biden", "said", "Biden"},
		{"object is not the speaker", `Smith told Mr. Obama, "We will win."`, "We will win.", Direct, "Smith", "told", "Smith"},
		{"nested single quotes", `"He said 'no' to me," Adams said.`, "He said 'no' to me,", Direct, "Adams", "said", "Adams"},
		{"indirect", `Hochul said she is looking at the data.`, "she is looking at the data", Indirect, "Hochul", "said", "Hochul"},
		{"indirect with hearer", `The mayor told reporters that crime fell sharply last year.`, "crime fell sharply last year", Indirect, "The mayor", "told", "<nil>"},
		{"indirect trailing", `The bill will pass next week, a spokesperson said.`, "The bill will pass next week", Indirect, "a spokesperson", "said", "<nil>"},
		{"indirect according to", `According to police, the suspect fled on foot.`, "the suspect fled on foot", Indirect, "police", "According to", "<nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Find(tt.text)
			i := indexOfText(qs, tt.quote)
			require.GreaterOrEqual(t, i, 0, "%q not in %+v", tt.quote, qs)
			q := qs[i]
			assert.Equal(t, tt.kind, q.Kind)
			require.NotNil(t, q.SpeakerMention)
			assert.Equal(t, tt.mention, q.SpeakerMention.Text)
			assert.Equal(t, tt.cue, str(q.Cue))
			if tt.speaker != "<nil>" {
				assert.Equal(t, tt.speaker, str(q.Speaker))
			}
		})
	}
}

// TestContinuation checks quotes without a cue of their own.
func TestContinuation(t *testing.T) {
	text := "\"We will win,\" Smith said. \"We always do.\"\n\n" +
		"\"And we will keep going.\"\n\n" +
		"Jones said:\n\n" +
		"\"It is not so.\"\n\n" +
		"\"This runs on\n\n" +
		"\"and on,\" Lee said."
	qs := Find(text)
	want := map[string]string{
		"We will win,":              "Smith",
		"We always do.":             "Smith",
		"And we will keep going.":   "Smith",
		"It is not so.":             "Jones",
		"This runs on\n\n\"and on,": "Lee",
	}
	require.Len(t, qs, len(want), "%+v", qs)
	for _, q := range qs {
		sp, ok := want[q.Text]
		require.True(t, ok, "unexpected quote %q", q.Text)
		assert.Equal(t, sp, str(q.Speaker), "speaker of %q", q.Text)
	}
}

// TestNotSpeech checks that scare quotes and titles are not quotes.
func TestNotSpeech(t *testing.T) {
	for _, text := range []string{
		`Critics called the policy "woke" and moved on.`,
		`The film "Jaws" opened in 1975.`,
		`So-called "straw" purchases are illegal.`,
		`"Woke" is a word that means many things.`,
	} {
		assert.Empty(t, Find(text), text)
	}
}

// TestMalformed checks that an unbalanced mark stays inside its paragraph.
func TestMalformed(t *testing.T) {
	text := "He said the guns a\"re bought here.\n\n\"It is over,\" Adams said.\n\nThe end."
	qs := Find(text)
	require.GreaterOrEqual(t, indexOfText(qs, "It is over,"), 0, "%+v", qs)
}

// TestInvariants checks offsets and order on the sample articles and the
// dev set, and that odd input neither panics nor breaks the invariants.
func TestInvariants(t *testing.T) {
	var texts []string
	for _, pat := range []string{"../testdata/articles/*.txt", "../testdata/dev/quotes/*.txt"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			texts = append(texts, string(b))
		}
	}
	texts = append(texts, "", "\"", "\"\"", "“", "''", strings.Repeat("\"a ", 10000), strings.Repeat("“”", 5000),
		"\xff\"\xfe said \"x\xff,\" he said.", "\"a\n\n\"b\n\n\"c", strings.Repeat("x said, ", 2000))
	for _, text := range texts {
		qs := Find(text)
		require.NotNil(t, qs)
		for i, q := range qs {
			require.Equal(t, text[q.Start:q.End], q.Text)
			require.True(t, utf8.RuneStart(text[q.Start]) && (q.End == len(text) || utf8.RuneStart(text[q.End])))
			if m := q.SpeakerMention; m != nil {
				require.Equal(t, text[m.Start:m.End], m.Text)
			}
			if i > 0 {
				p := qs[i-1]
				require.True(t, p.Start < q.Start || p.Start == q.Start && p.End <= q.End, "order")
			}
		}
	}
}

func BenchmarkAnalyze(b *testing.B) {
	docs, size := sampleDocs(b)
	ents := make([][]entity.Entity, len(docs))
	for i, d := range docs {
		ents[i] = entity.Analyze(d)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range docs {
			Analyze(d, ents[i])
		}
	}
}

// BenchmarkParse is the analysis pass that quote extraction is measured
// against: it should cost at least ten times Analyze.
func BenchmarkParse(b *testing.B) {
	docs, size := sampleDocs(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			analysis.Parse(d.Text, analysis.Options{})
		}
	}
}

func sampleDocs(b *testing.B) ([]*analysis.Doc, int64) {
	files, err := filepath.Glob("../testdata/articles/*.txt")
	require.NoError(b, err)
	var docs []*analysis.Doc
	var size int64
	for _, f := range files {
		t, err := os.ReadFile(f)
		require.NoError(b, err)
		docs = append(docs, analysis.Parse(string(t), analysis.Options{}))
		size += int64(len(t))
	}
	return docs, size
}
