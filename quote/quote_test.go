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
		{"indirect beside quote marks", `Trump said he would be okay if the impasse went on for "years."`, `he would be okay if the impasse went on for "years."`, Indirect, "Trump", "said", "Trump"},
		{"indirect ends before and + verb", `Police said the man was injured, and was in a "serious" condition.`, "the man was injured", Indirect, "Police", "said", "<nil>"},
		{"according to without comma", `The companies have operated since the 1970s according to USA Today.`, "The companies have operated since the 1970s", Indirect, "USA Today", "according to", "<nil>"},
		{"parenthetical cue", `In between, she testified, she was attacked by two officers.`, "she was attacked by two officers", Indirect, "she", "testified", "<nil>"},
		{"subject with a prepositional phrase", `Critics from across the region said the plan ignored older residents who lack internet access.`, "the plan ignored older residents who lack internet access", Indirect, "Critics from across the region", "said", "<nil>"},
		{"went on to say", `Schwartz went on to say he was not giving them the longest sentence.`, "he was not giving them the longest sentence", Indirect, "Schwartz", "say", "Schwartz"},
		{"parenthesized acronym", `The Syrian Democratic Forces (SDF) announced it had reached a deal with the government.`, "it had reached a deal with the government", Indirect, "The Syrian Democratic Forces", "announced", "<nil>"},
		{"how X put it", `"Nothing is ever finished" — that was how Marsh put it.`, "Nothing is ever finished", Direct, "Marsh", "put it", "Marsh"},
		{"statement which read", `Facebook released a statement which read, in part, "This judgment raises questions."`, "This judgment raises questions.", Direct, "Facebook", "read", "Facebook"},
		{"relative clause speaker", `The bill was drafted by Alex Greenwich who said, "It follows decades of work."`, "It follows decades of work.", Direct, "Alex Greenwich", "said", "Alex Greenwich"},
		{"inverted possessive apposition", `"He was brilliant," said University of California, San Diego's chancellor, Pradeep Khosla.`, "He was brilliant,", Direct, "Pradeep Khosla", "said", "Pradeep Khosla"},
		{"kin noun and name", `His wife Mary said "We thought he would live forever."`, "We thought he would live forever.", Direct, "Mary", "said", "Mary"},
		{"continuation after inverted cue", `"I informed him last night," wrote Trump on Twitter, "and therefore I asked him to resign."`, "and therefore I asked him to resign.", Direct, "Trump", "wrote", "Trump"},
		{"according to, past an apposition", `According to UpGuard, a cybersecurity firm, two databases were found on public servers.`, "two databases were found on public servers", Indirect, "UpGuard", "According to", "UpGuard"},
		{"hearer ends before a determiner", `Rochester told the press a nearly 24-hour search had found nothing.`, "a nearly 24-hour search had found nothing", Indirect, "Rochester", "told", "Rochester"},
		{"participle before a quote ending in a nested quote", `Spearman remarked, "It has been a long fight," further remarking, "Women have said, 'It is time.'" Spearman was elected in 2012.`, "Women have said, 'It is time.'", Direct, "Spearman", "remarking", "Spearman"},
		{"described as", `Her publisher, James Ortiz, described the book as "her most personal work yet."`, "her most personal work yet.", Partial, "James Ortiz", "described", "James Ortiz"},
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

// TestSpeakerChoice checks speakers that the words next to the cue do not
// name outright.
func TestSpeakerChoice(t *testing.T) {
	tests := []struct {
		name, text, quote string
		speaker           string // "<nil>": no speaker
	}{
		{"unnamed description", `Governor Tom Reyes spoke first. "We are reviewing it," a spokesperson for Governor Tom Reyes said.`, "We are reviewing it,", "<nil>"},
		{"unnamed description, indirect", "Mayor Eric Adams will meet Biden next week, a spokesperson for the mayor’s office said.", "Mayor Eric Adams will meet Biden next week", "<nil>"},
		{"one of them", `One of the children said, "Sometimes I still have nightmares."`, "Sometimes I still have nightmares.", "<nil>"},
		{"pronoun is not the hearer", `Crown Prince Mohammad bin Salman accepted responsibility for the murder. Speaking to Martin Smith of PBS, he said, "It happened under my watch."`, "It happened under my watch.", "Mohammad bin Salman"},
		{"a group is no named speaker", `Officials said most of the injured were minors.`, "most of the injured were minors", "<nil>"},
		{"name before of", `"Until the House votes, nobody is conducting an inquiry," said Republican committee member Doug Collins of Georgia.`, "Until the House votes, nobody is conducting an inquiry,", "Doug Collins"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Find(tt.text)
			i := indexOfText(qs, tt.quote)
			require.GreaterOrEqual(t, i, 0, "%q not in %+v", tt.quote, qs)
			got := str(qs[i].Speaker)
			if tt.speaker == "<nil>" {
				assert.Equal(t, tt.speaker, got)
			} else {
				assert.Contains(t, got, tt.speaker)
			}
		})
	}
}

// TestNotSpeech checks that scare quotes and titles are not quotes.
func TestNotSpeech(t *testing.T) {
	for _, text := range []string{
		`Critics called the policy "woke" and moved on.`,
		`The film "Jaws" opened in 1975.`,
		`So-called "straw" purchases are illegal.`,
		`"Woke" is a word that means many things.`,
		`Her name was shortened to "Doris Day," imitating a song called "Day after Day," so it would fit on a sign.`,
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
