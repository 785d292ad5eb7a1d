package analysis

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sentenceTexts returns the text of each sentence of doc.
func sentenceTexts(doc *Doc) []string {
	out := make([]string, len(doc.Sentences))
	for i, s := range doc.Sentences {
		out[i] = doc.Text[s.Start:s.End]
	}
	return out
}

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"plain", "The mayor spoke. The council listened.",
			[]string{"The mayor spoke.", "The council listened."}},
		{"case names", "Roe v. Wade and Brown v. Board of Education stand. Courts cite them.",
			[]string{"Roe v. Wade and Brown v. Board of Education stand.", "Courts cite them."}},
		{"titles", "Mr. Smith met Gov. Kathy Hochul and Sen. Chuck Schumer. They talked.",
			[]string{"Mr. Smith met Gov. Kathy Hochul and Sen. Chuck Schumer.", "They talked."}},
		{"more titles", "Mrs. Jones, Dr. Lee, Rep. Ocasio-Cortez and Lt. Gov. Brian Benjamin came.",
			[]string{"Mrs. Jones, Dr. Lee, Rep. Ocasio-Cortez and Lt. Gov. Brian Benjamin came."}},
		{"month", "He will travel on Feb. 3 to the city. It is cold.",
			[]string{"He will travel on Feb. 3 to the city.", "It is cold."}},
		{"time", "The meeting began at 1:15 p.m. ET and ended late. Nobody left.",
			[]string{"The meeting began at 1:15 p.m. ET and ended late.", "Nobody left."}},
		{"time at sentence end", "The meeting began at 1:15 p.m. The mayor spoke first.",
			[]string{"The meeting began at 1:15 p.m.", "The mayor spoke first."}},
		{"country", "The U.S. Attorney General spoke. The U.S. Supreme Court ruled.",
			[]string{"The U.S. Attorney General spoke.", "The U.S. Supreme Court ruled."}},
		{"country at sentence end", "Crime rose across the U.S. The mayor blamed guns.",
			[]string{"Crime rose across the U.S.", "The mayor blamed guns."}},
		{"initials", "President George W. Bush and J. R. R. Tolkien were named.",
			[]string{"President George W. Bush and J. R. R. Tolkien were named."}},
		{"state", "SAN JOSE, Calif. officials met. They agreed.",
			[]string{"SAN JOSE, Calif. officials met.", "They agreed."}},
		{"company suffix at sentence end", "The city sued Acme Inc. The company denied it. Acme Inc. said no.",
			[]string{"The city sued Acme Inc.", "The company denied it.", "Acme Inc. said no."}},
		{"name suffix", "Martin Luther King Jr. Day fell on Monday. She met Sammy Davis Jr. He sang.",
			[]string{"Martin Luther King Jr. Day fell on Monday.", "She met Sammy Davis Jr.", "He sang."}},
		{"quote with attribution", "“Where are the guns coming from?” Hochul said. She left.",
			[]string{"“Where are the guns coming from?” Hochul said.", "She left."}},
		{"quote with long attribution", "“We will win,” said the mayor of New York City. Then he left.",
			[]string{"“We will win,” said the mayor of New York City.", "Then he left."}},
		{"quote then attribution with title", "“It was a very robust meeting.” Mayor Sam Liccardo said Monday.",
			[]string{"“It was a very robust meeting.” Mayor Sam Liccardo said Monday."}},
		{"quote then new sentence", "“We are ready.” The council voted on Monday.",
			[]string{"“We are ready.”", "The council voted on Monday."}},
		{"straight quotes", `"Where are they?" Adams asked. He waited.`,
			[]string{`"Where are they?" Adams asked.`, "He waited."}},
		{"question and exclamation", "Is it safe? Yes! It is.",
			[]string{"Is it safe?", "Yes!", "It is."}},
		{"ellipsis", "He paused… Then he spoke.",
			[]string{"He paused…", "Then he spoke."}},
		{"lower case after dot", "The rate was 3.5 percent. approx. ten people came.",
			[]string{"The rate was 3.5 percent. approx. ten people came."}},
		{"parenthesis", "The plan passed (narrowly.) Critics objected.",
			[]string{"The plan passed (narrowly.)", "Critics objected."}},
		{"numbers", "The bill costs $1.9 trillion. It passed.",
			[]string{"The bill costs $1.9 trillion.", "It passed."}},
		{"no terminator", "A sentence without an end",
			[]string{"A sentence without an end"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := Parse(tc.text, Options{})
			assert.Equal(t, tc.want, sentenceTexts(doc))
			checkDoc(t, doc)
		})
	}
}

func TestParagraphs(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		paras      []string
		sentences  int
	}{
		{"blank lines", "One. Two.\n\nThree\nstill three.\n\n\nFour.",
			[]string{"One. Two.", "Three\nstill three.", "Four."}, 4},
		{"no blank line: one per line", "One.\nTwo, with no end\nThree.",
			[]string{"One.", "Two, with no end", "Three."}, 3},
		{"CRLF", "One. Two.\r\n\r\nThree.\r\nStill three.\r\n",
			[]string{"One. Two.", "Three.\r\nStill three."}, 4},
		{"blank line with spaces", "One.\n  \t\nTwo.", []string{"One.", "Two."}, 2},
		{"sentence never crosses a paragraph", "He said Mr.\n\nSmith left.",
			[]string{"He said Mr.", "Smith left."}, 2},
		{"empty", "", nil, 0},
		{"only space", " \n\n \r\n\t", nil, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := Parse(tc.text, Options{})
			var paras []string
			for _, p := range doc.Paragraphs {
				paras = append(paras, doc.Text[p.Start:p.End])
			}
			assert.Equal(t, tc.paras, paras)
			assert.Len(t, doc.Sentences, tc.sentences, "%q", sentenceTexts(doc))
			checkDoc(t, doc)
		})
	}
}

func TestHeaderAndDateline(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		name, text    string
		header        string
		dateline      string
		place, src    string
		date          string
		published     time.Time
		firstSentence string
	}{
		{name: "header shares the first line", text: " date 2021-07-12 San Jose Mayor Sam Liccardo met the president.",
			header: "date 2021-07-12", published: day(2021, 7, 12),
			firstSentence: "San Jose Mayor Sam Liccardo met the president."},
		{name: "header alone on its line", text: "date 2021-07-12\n\nThe mayor spoke.",
			header: "date 2021-07-12", published: day(2021, 7, 12), firstSentence: "The mayor spoke."},
		{name: "header then dateline", text: " date 2022-01-26 NEW YORK (CBSNewYork) — President Joe Biden will meet Mayor Eric Adams.",
			header: "date 2022-01-26", published: day(2022, 1, 26),
			dateline: "NEW YORK (CBSNewYork) —", place: "NEW YORK", src: "CBSNewYork",
			firstSentence: "President Joe Biden will meet Mayor Eric Adams."},
		{name: "AP", text: "WASHINGTON (AP) — The Senate voted.",
			dateline: "WASHINGTON (AP) —", place: "WASHINGTON", src: "AP", firstSentence: "The Senate voted."},
		{name: "place with state", text: "SAN JOSE, Calif. (AP) — The city council voted.",
			dateline: "SAN JOSE, Calif. (AP) —", place: "SAN JOSE", src: "AP", firstSentence: "The city council voted."},
		{name: "Reuters", text: "LONDON, Jan 26 (Reuters) - Britain said.",
			dateline: "LONDON, Jan 26 (Reuters) -", place: "LONDON", src: "Reuters", date: "Jan 26", firstSentence: "Britain said."},
		{name: "Reuters, full month", text: "WASHINGTON, March 3 (Reuters) - The Senate voted.",
			dateline: "WASHINGTON, March 3 (Reuters) -", place: "WASHINGTON", src: "Reuters", date: "March 3", firstSentence: "The Senate voted."},
		{name: "byline before the dateline", text: "By Jane Doe, Associated Press\n\nPHOENIX (AP) — The governor spoke.",
			dateline: "PHOENIX (AP) —", place: "PHOENIX", src: "AP", firstSentence: "By Jane Doe, Associated Press"},
		{name: "byline with a credit line", text: "By JANE DOE\nAssociated Press\n\nPHOENIX (AP) — The governor spoke.",
			dateline: "PHOENIX (AP) —", place: "PHOENIX", src: "AP", firstSentence: "By JANE DOE"},
		{name: "a sentence opening with By", text: "By Tuesday, the storm had moved east.\n\nBOSTON — It rained.",
			firstSentence: "By Tuesday, the storm had moved east."},
		{name: "no source", text: "BOSTON — The mayor said.",
			dateline: "BOSTON —", place: "BOSTON", firstSentence: "The mayor said."},
		{name: "date line", text: "Friday, January 4, 2019 \n\n\nAn apartment building collapsed on Monday.",
			dateline: "Friday, January 4, 2019", date: "Friday, January 4, 2019", published: day(2019, 1, 4),
			firstSentence: "An apartment building collapsed on Monday."},
		{name: "date line CRLF", text: "January 4, 2019\r\nIt collapsed.",
			dateline: "January 4, 2019", date: "January 4, 2019", published: day(2019, 1, 4),
			firstSentence: "It collapsed."},
		{name: "impossible header date", text: "date 2022-02-30 The mayor spoke.",
			firstSentence: "date 2022-02-30 The mayor spoke."},
		{name: "a sentence is not a dateline", text: "The mayor — who spoke — left.",
			firstSentence: "The mayor — who spoke — left."},
		{name: "an acronym opening a sentence", text: "NASA - the agency - launched it.",
			dateline: "NASA -", place: "NASA", firstSentence: "the agency - launched it."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := Parse(tc.text, Options{})
			checkDoc(t, doc)
			if tc.header == "" {
				assert.Nil(t, doc.Header)
			} else if assert.NotNil(t, doc.Header) {
				assert.Equal(t, tc.header, tc.text[doc.Header.Start:doc.Header.End])
			}
			if tc.dateline == "" {
				assert.Nil(t, doc.Dateline)
			} else if assert.NotNil(t, doc.Dateline) {
				dl := doc.Dateline
				assert.Equal(t, tc.dateline, tc.text[dl.Start:dl.End])
				assert.Equal(t, tc.place, tc.text[dl.Place.Start:dl.Place.End])
				assert.Equal(t, tc.src, tc.text[dl.Source.Start:dl.Source.End])
				assert.Equal(t, tc.date, tc.text[dl.Date.Start:dl.Date.End])
			}
			assert.Equal(t, tc.published, doc.Published)
			if assert.NotEmpty(t, doc.Sentences) {
				assert.Equal(t, tc.firstSentence, sentenceTexts(doc)[0])
			}
		})
	}
}

func TestPublishedOption(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	doc := Parse("date 2021-07-12 Hi.", Options{Published: time.Date(2020, 1, 2, 23, 0, 0, 0, time.UTC), Location: ny})
	assert.Equal(t, time.Date(2020, 1, 2, 0, 0, 0, 0, ny), doc.Published, "the option wins, at midnight in the zone")
	assert.Equal(t, ny, doc.Location)
	assert.True(t, Parse("Hi.", Options{}).Published.IsZero())
	assert.Equal(t, time.UTC, Parse("Hi.", Options{}).Location)
}

func TestTokens(t *testing.T) {
	text := "“It’s a very robust meeting,” said Mayor Sam Liccardo, who’s 50. ‘Fine.’"
	doc := Parse(text, Options{})
	checkDoc(t, doc)
	var got []string
	for _, tok := range doc.Tokens {
		got = append(got, tok.Text)
	}
	assert.Equal(t, []string{"“", "It", "’s", "a", "very", "robust", "meeting", ",", "”", "said", "Mayor", "Sam",
		"Liccardo", ",", "who", "’s", "50", ".", "‘", "Fine", ".", "’"}, got)
	i := doc.TokenAt(strings.Index(text, "Liccardo"))
	assert.Equal(t, "Liccardo", doc.Tokens[i].Text)
	assert.Equal(t, "NNP", doc.Tokens[i].Tag)
	assert.Equal(t, "VBD", doc.Tokens[doc.TokenAt(strings.Index(text, "said"))].Tag)
}

func TestLookups(t *testing.T) {
	text := "One two. Three four.\n\nFive six."
	doc := Parse(text, Options{})
	for _, tc := range []struct{ off, sentence, para int }{
		{0, 0, 0}, {7, 0, 0}, {8, -1, 0}, {9, 1, 0}, {19, 1, 0}, {20, -1, -1}, {22, 2, 1}, {len(text), -1, -1},
	} {
		assert.Equal(t, tc.sentence, doc.SentenceAt(tc.off), "SentenceAt(%d)", tc.off)
		assert.Equal(t, tc.para, doc.ParagraphAt(tc.off), "ParagraphAt(%d)", tc.off)
	}
	assert.Equal(t, len(doc.Tokens), doc.TokenAt(len(text)))
	assert.Equal(t, []string{"Three", "four", "."}, tokenTexts(doc.SentenceTokens(1)))
}

func tokenTexts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// The sample articles: header, dateline and the sentences the extractors rely on.
func TestSampleArticles(t *testing.T) {
	files, err := filepath.Glob("../../testdata/articles/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		doc := Parse(string(b), Options{})
		checkDoc(t, doc)
		for _, s := range sentenceTexts(doc) {
			assert.False(t, strings.HasPrefix(s, "date "), "%s: header inside a sentence: %q", f, s)
			assert.NotRegexp(t, `(?:Mr|Mrs|Gov|Sen|Rep|Dr|Feb|p\.m|U\.S)\.$`, s, "%s: split after an abbreviation", f)
		}
	}
}

// checkDoc checks the invariants every extractor relies on.
func checkDoc(t *testing.T, doc *Doc) {
	t.Helper()
	text := doc.Text
	inText := func(what string, s Span) {
		t.Helper()
		require.True(t, 0 <= s.Start && s.Start <= s.End && s.End <= len(text), "%s %v outside [0,%d]", what, s, len(text))
		require.True(t, RuneBoundary(text, s.Start) && RuneBoundary(text, s.End), "%s %v not on rune boundaries", what, s)
	}
	body := 0
	if doc.Header != nil {
		inText("header", *doc.Header)
		body = doc.Header.End
	}
	if dl := doc.Dateline; dl != nil {
		inText("dateline", dl.Span)
		require.GreaterOrEqual(t, dl.Start, body)
	}
	prevPara := Span{}
	for i, p := range doc.Paragraphs {
		inText("paragraph", p.Span)
		require.Greater(t, p.End, p.Start)
		require.GreaterOrEqual(t, p.Start, max(prevPara.End, body), "paragraphs in order, after the header")
		if dl := doc.Dateline; dl != nil { // only a byline comes before the dateline
			require.True(t, p.End <= dl.Start || p.Start >= dl.End, "paragraph %v overlaps the dateline", p.Span)
		}
		for k := p.First; k < p.Last; k++ {
			s := doc.Sentences[k]
			require.Equal(t, i, s.Para)
			require.True(t, p.Start <= s.Start && s.End <= p.End, "sentence %v inside its paragraph %v", s.Span, p.Span)
		}
		prevPara = p.Span
	}
	prev := Span{}
	next := 0
	for i, s := range doc.Sentences {
		inText("sentence", s.Span)
		require.Greater(t, s.End, s.Start)
		require.GreaterOrEqual(t, s.Start, max(prev.End, body), "sentence %d in order", i)
		require.Equal(t, next, s.First, "sentence %d tokens follow on", i)
		for _, tok := range doc.Tokens[s.First:s.Last] {
			inText("token", tok.Span)
			require.True(t, s.Start <= tok.Start && tok.End <= s.End, "token %v inside its sentence %v", tok.Span, s.Span)
			require.Equal(t, text[tok.Start:tok.End], tok.Text)
			require.NotEmpty(t, tok.Tag)
		}
		next = s.Last
		prev = s.Span
	}
	require.Equal(t, len(doc.Tokens), next)
	for i := 1; i < len(doc.Tokens); i++ {
		require.GreaterOrEqual(t, doc.Tokens[i].Start, doc.Tokens[i-1].End, "tokens in order")
	}
}

func TestMemo(t *testing.T) {
	type key struct{ name string }
	doc := Parse("One.", Options{})
	calls := 0
	f := func() any { calls++; return calls }
	assert.Equal(t, 1, doc.Memo(key{"a"}, f))
	assert.Equal(t, 1, doc.Memo(key{"a"}, f), "computed once per document")
	assert.Equal(t, 2, doc.Memo(key{"b"}, f), "keys are separate")
	assert.Equal(t, 3, Parse("One.", Options{}).Memo(key{"a"}, f), "documents are separate")
	nested := doc.Memo(key{"outer"}, func() any { return doc.Memo(key{"a"}, f).(int) + 10 })
	assert.Equal(t, 11, nested, "f may call Memo")

	var wg sync.WaitGroup
	got := make([]any, 8)
	for i := range got {
		wg.Go(func() { got[i] = doc.Memo(key{"c"}, func() any { return new(int) }) })
	}
	wg.Wait()
	for _, v := range got {
		assert.Same(t, got[0], v, "every goroutine gets the value stored first")
	}
	assert.Equal(t, 4, (&Doc{}).Memo(key{"a"}, f), "a Doc not made by Parse computes every time")
}
