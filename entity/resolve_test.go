package entity

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/internal/goldfacts"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/newsfacts/internal/analysis"
)

func TestResolve(t *testing.T) {
	for _, c := range []struct {
		file  string
		words string
		n     int    // occurrence of words in the article
		want  string // entity name; "" for none
	}{
		{"articles/000_8bb1b9bb17259485.txt", "Liccardo", 2, "Sam Liccardo"},
		{"articles/000_8bb1b9bb17259485.txt", "Sam Liccardo", 1, "Sam Liccardo"},
		{"articles/000_8bb1b9bb17259485.txt", "President Biden", 1, "Biden"},
		{"articles/000_8bb1b9bb17259485.txt", "the mayor", 1, "Sam Liccardo"},
		{"articles/000_8bb1b9bb17259485.txt", "The president", 1, "Biden"},
		{"articles/000_8bb1b9bb17259485.txt", "the president", 2, "Biden"},
		{"articles/000_8bb1b9bb17259485.txt", " he ", 1, "Biden"},
		{"articles/000_8bb1b9bb17259485.txt", "his", 1, "Biden"},
		{"articles/000_8bb1b9bb17259485.txt", "But he", 1, "Biden"},
		{"articles/000_8bb1b9bb17259485.txt", "Karine Jean-Pierre", 1, "Karine Jean-Pierre"},
		{"articles/001_53edeb32cb471f4f.txt", "he said", 1, "Sam Liccardo"},
		{"articles/001_53edeb32cb471f4f.txt", "He continued", 1, "Sam Liccardo"},
		{"articles/001_53edeb32cb471f4f.txt", "what he hoped", 1, "Sam Liccardo"},
		{"articles/002_50c66eff04e83a92.txt", "the governor", 1, "Kathy Hochul"},
		{"articles/002_50c66eff04e83a92.txt", "The governor", 1, "Kathy Hochul"},
		{"articles/002_50c66eff04e83a92.txt", "the mayor", 1, "Eric Adams"},
		{"articles/002_50c66eff04e83a92.txt", "she", 1, "Kathy Hochul"},
		{"articles/002_50c66eff04e83a92.txt", "Adams", 2, "Eric Adams"},
		{"articles/002_50c66eff04e83a92.txt", "Hochul", 3, "Kathy Hochul"},
		{"articles/002_50c66eff04e83a92.txt", "the city", 1, "New York City"},
		{"articles/002_50c66eff04e83a92.txt", "CBS2’s", 1, "CBS2"},
		{"dev/entities/wn000.txt", "He estimated", 1, "Yevgeny Zinichev"},
		{"dev/entities/wn153.txt", "She received", 1, "Kay Hagan"},
		{"dev/entities/wn142.txt", "if she could", 1, "Brigid Kosgei"},
		{"dev/entities/wn142.txt", "He was followed", 1, "Lawrence Cherono"},
		{"dev/entities/wn103.txt", "announced he", 1, "Donald Trump"},
		{"dev/entities/wn040.txt", "her sentencing", 1, "Amy Berman Jackson"},
		{"dev/entities/wn118.txt", "He was 86", 1, "Jacques Chirac"},
	} {
		b, err := os.ReadFile("../testdata/" + c.file)
		require.NoError(t, err)
		text := string(b)
		doc := analysis.Parse(text, analysis.Options{})
		ents := Analyze(doc)
		at := goldfacts.NthIndex(text, c.words, c.n)
		require.GreaterOrEqual(t, at, 0, c.words)
		start, end := at, at+len(c.words)
		// Name the pronoun alone when the phrase only locates it.
		for _, w := range strings.Fields(c.words) {
			if _, _, ok := pronounGender(w); ok {
				start = at + strings.Index(c.words, w)
				end = start + len(w)
			}
		}
		got := ""
		if i := Resolve(doc, ents, start, end); i >= 0 {
			got = ents[i].Name
		}
		assert.Equal(t, c.want, got, "%s %q #%d", c.file, c.words, c.n)
	}
}

func TestResolveEdges(t *testing.T) {
	text := "Gov. Kathy Hochul spoke. She said it was fine."
	doc := analysis.Parse(text, analysis.Options{})
	ents := Analyze(doc)
	assert.Equal(t, -1, Resolve(doc, ents, -1, 3))
	assert.Equal(t, -1, Resolve(doc, ents, 5, 2))
	assert.Equal(t, -1, Resolve(doc, ents, 0, len(text)+1))
	assert.Equal(t, -1, Resolve(nil, ents, 0, 1))
	assert.Equal(t, -1, Resolve(doc, nil, 25, 28))
	i := Resolve(doc, ents, 25, 28)
	require.GreaterOrEqual(t, i, 0)
	assert.Equal(t, "Kathy Hochul", ents[i].Name)
}

func TestResolveSpans(t *testing.T) {
	text := "A spokesperson for the mayor’s office said Mayor Eric Adams will go. The mayor said so."
	doc := analysis.Parse(text, analysis.Options{})
	ents := Analyze(doc)
	span := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	name := func(s string) string {
		a, b := span(s)
		if i := Resolve(doc, ents, a, b); i >= 0 {
			return ents[i].Name
		}
		return ""
	}
	assert.Equal(t, "", name("A spokesperson for the mayor’s office"))
	assert.Equal(t, "Eric Adams", name("Adams"))
	assert.Equal(t, "Eric Adams", name("Mayor Eric Adams"))
	assert.Equal(t, "Eric Adams", name("The mayor"))
}

// TestResolveManyQuotes: the quote extractor resolves the speaker pronoun of
// every quote; 8,000 of them must stay linear in the article's length.
func TestResolveManyQuotes(t *testing.T) {
	var b strings.Builder
	b.WriteString("Mayor Eric Adams spoke on Monday.\n\n")
	for range 8000 {
		b.WriteString("\"We will build it,\" he said. ")
	}
	text := b.String()
	doc := analysis.Parse(text, analysis.Options{})
	ents := Analyze(doc)
	begin := time.Now()
	n := 0
	for at := 0; ; {
		i := strings.Index(text[at:], " he said")
		if i < 0 {
			break
		}
		at += i + 1
		if k := Resolve(doc, ents, at, at+2); k >= 0 && ents[k].Name == "Eric Adams" {
			n++
		}
	}
	assert.Equal(t, 8000, n)
	assert.Less(t, time.Since(begin), 5*time.Second)
}

// TestResolveNotObjects: a pronoun means the subject or speaker, not the
// object of a preposition or verb in its own sentence.
func TestResolveNotObjects(t *testing.T) {
	for _, c := range []struct{ text, pron, want string }{
		{"Karsten Warholm of Norway won the race. Speaking to Martin Smith of PBS, he said he was happy.", "he said", "Karsten Warholm"},
		{"Gov. Kathy Hochul met Mayor Eric Adams on Monday. Later he spoke to reporters.", "he spoke", "Eric Adams"},
		{"Jacinda Ardern spoke. Professor Greg Barton, Chair In Global Islamic Politics at Deakin University, said she was right.", "she was", "Jacinda Ardern"},
	} {
		doc := analysis.Parse(c.text, analysis.Options{})
		ents := Analyze(doc)
		at := strings.Index(c.text, c.pron)
		require.GreaterOrEqual(t, at, 0)
		end := at + strings.IndexByte(c.pron, ' ')
		i := Resolve(doc, ents, at, end)
		require.GreaterOrEqual(t, i, 0, c.text)
		assert.Equal(t, c.want, ents[i].Name, c.text)
	}
}

// TestResolveAbbreviatedTitles: a nominal finds the holder of a title
// written abbreviated or under another name.
func TestResolveAbbreviatedTitles(t *testing.T) {
	for _, c := range []struct{ text, nominal, want string }{
		{"Dr. Sam Patel said cases were rising. The doctor said so again.", "The doctor", "Sam Patel"},
		{"Rep. Alexandria Ocasio-Cortez spoke next. The congresswoman said the bill failed.", "The congresswoman", "Alexandria Ocasio-Cortez"},
		{"Det. Sgt. Maria Lopez said the suspect fled. The detective said he was armed.", "The detective", "Maria Lopez"},
		{"Fire Chief Linda Park said the blaze was out. The chief said no one was hurt.", "The chief", "Linda Park"},
	} {
		doc := analysis.Parse(c.text, analysis.Options{})
		ents := Analyze(doc)
		at := strings.Index(c.text, c.nominal)
		require.GreaterOrEqual(t, at, 0)
		i := Resolve(doc, ents, at, at+len(c.nominal))
		require.GreaterOrEqual(t, i, 0, c.text)
		assert.Equal(t, c.want, ents[i].Name, c.text)
	}
}

// TestSurnameThatIsATown: a surname that is also a town's name joins the
// full name when a title or a speech verb says it is the person.
func TestSurnameThatIsATown(t *testing.T) {
	text := "Lead author Professor David Livermore of the University of East Anglia spoke. " +
		"\"It is spreading,\" said Dr. Livermore. Captain Monica Rochester told the press it was over. Rochester said the search ended."
	doc := analysis.Parse(text, analysis.Options{})
	ents := Analyze(doc)
	for _, c := range []struct{ words, want string }{{"Dr. Livermore", "David Livermore"}, {"Rochester said", "Monica Rochester"}} {
		at := strings.Index(text, c.words)
		require.GreaterOrEqual(t, at, 0)
		i := Resolve(doc, ents, at, at+len(strings.TrimSuffix(c.words, " said")))
		require.GreaterOrEqual(t, i, 0, c.words)
		assert.Equal(t, c.want, ents[i].Name, c.words)
	}
}

// TestInternationalGivenNames: given names common in international news
// tell a pronoun's gender.
func TestInternationalGivenNames(t *testing.T) {
	text := "Katrin Oberländer met Oleksandr Usyk and Ngozi Okonjo-Iweala."
	doc := analysis.Parse(text, analysis.Options{})
	ents := Analyze(doc)
	want := map[string]Agreement{"Katrin Oberländer": Agrees, "Oleksandr Usyk": Disagrees, "Ngozi Okonjo-Iweala": Agrees}
	for i, e := range ents {
		if a, ok := want[e.Name]; ok {
			assert.Equal(t, a, PronounAgreement(doc, ents, i, "she"), e.Name)
			delete(want, e.Name)
		}
	}
	assert.Empty(t, want)
}
