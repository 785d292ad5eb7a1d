package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// speakerCase is a text, a quotation in it and the speaker it must get
// ("<nil>" for none).
type speakerCase struct{ name, text, quote, speaker string }

func checkSpeakers(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			qs := Find(tt.text)
			i := indexOfText(qs, tt.quote)
			require.GreaterOrEqual(t, i, 0, "%q not in %+v", tt.quote, qs)
			assert.Equal(t, tt.speaker, str(qs[i].Speaker))
		})
	}
}

// reportCase is a sentence whose first quote must be the indirect report
// want, by speaker ("<nil>" for none).
type reportCase struct{ name, text, want, speaker string }

func checkReports(t *testing.T, cases []reportCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			qs := Find(tt.text)
			require.NotEmpty(t, qs)
			assert.Equal(t, tt.want, qs[0].Text)
			assert.Equal(t, Indirect, qs[0].Kind)
			assert.Equal(t, tt.speaker, str(qs[0].Speaker))
		})
	}
}

// TestSpeakerResolution checks who a quote is given to when the speaker
// phrase is a pronoun, a kin noun or a description with a name in it.
func TestSpeakerResolution(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"kin noun tied by apposition", "Police found Emma Lee, 14, on Sunday. Her father, Mark Lee, spoke to reporters.\n\n\"We just want answers,\" the father said.", "We just want answers,", "Mark Lee"},
		{"kin noun in apposition after the name", "Susan Grant, the boy's mother, was at the scene.\n\n\"He was a good kid,\" the mother said.", "He was a good kid,", "Susan Grant"},
		{"kin noun of a couple", "A judge sentenced David and Louise Turpin on Friday. David Turpin was also charged with fraud.\n\nThe mother said \"I look forward to the day I can see them.\"", "I look forward to the day I can see them.", "Louise Turpin"},
		{"kin noun without a tie", "Emma Lee and Mark Lee were hurt.\n\n\"We are shocked,\" his wife said.", "We are shocked,", "<nil>"},
		{"named by a pseudonym", `"It has escalated," said a protester using the pseudonym Katya.`, "It has escalated,", "Katya"},
		{"identified only as", `"It was awful," said a neighbor identified only as Maria.`, "It was awful,", "Maria"},
		{"name before from", `Regina Ip from the pro-Beijing camp said in a press conference: "It is anti-democratic."`, "It is anti-democratic.", "Regina Ip"},
		{"name before of, cut at the length limit", `"Warm water cuts in," said study co-author Ted Scambos of CU Boulder's Cooperative Institute for Research in Environmental Sciences.`, "Warm water cuts in,", "Ted Scambos"},
		{"lead-in with spoke", `Bill Gerstenmaier of NASA spoke of the collaboration between his agency and SpaceX: "It's fun working with a new partner."`, "It's fun working with a new partner.", "Bill Gerstenmaier"},
		{"title of two words", "Gov. Kathy Hochul signed the bill, flanked by Attorney General Letitia James.\n\n\"This is historic,\" the governor said.\n\nThe attorney general told the AP that her office would enforce the law.", "her office would enforce the law", "Letitia James"},
		{"subject of the sentence before, past a title in marks", "At the panel \"Breaking Into Comics,\" speakers shared insights. Comic artist Jenn St-Onge told of being forced to re-evaluate her life. \"In my first stint, I didn't get any work.\"", "In my first stint, I didn't get any work.", "Jenn St-Onge"},
		{"lead-in without a subject", "Lead Paul Sun-Hyung Lee said the series has been underestimated \"up 'til now.\" During the premiere, \"I felt like Cinderella at the ball.\"", "I felt like Cinderella at the ball.", "Paul Sun-Hyung Lee"},
		{"description then name after a quotation", "''This was the most difficult decision,'' Marlow's chairman and chief executive, Robert F. Keane, said in a statement.", "This was the most difficult decision,", "Robert F. Keane"},
		{"title nominal for the person the article is about", "Carol Brennan is done. Brennan, 66, said she made up her mind. Brennan won 612 games. Brennan will stay.\n\nHer assistant, Renee Castillo, declined to discuss it. \"Today is about Coach,\" she said.\n\nBrennan's record is 612-341.\n\nThe coach said she planned to stay in town.", "she planned to stay in town", "Carol Brennan"},
		{"title swallowed into a place name upstream", "Fire Chief Linda Park said the cause was under investigation.", "the cause was under investigation", "Linda Park"},
		{"shortened organization name", "The latch opened on a flight operated by Cascade Regional Airlines.\n\nCascade Regional said in a statement that it had inspected its fleet.", "it had inspected its fleet", "Cascade Regional Airlines"},
		{"pronoun of the other gender than the person named last", "The girl escaped from the house of David Turpin. She said some of her siblings were chained.", "some of her siblings were chained", "<nil>"},
	})
}

// TestNotReported checks sentences whose cue word is an adjective before a
// noun, not a verb of speech.
func TestNotReported(t *testing.T) {
	for _, text := range []string{
		"An estimated four million people took part in the protests.",
		"In the end, an estimated two hundred people showed up at the gates.",
		"Meanwhile, the total reported casualties increased to 167.",
		"One of the stated goals of the pact is to encourage more trade.",
		"Amongst reported incidents of abuse, the cardinal's case was the most serious.",
	} {
		for _, q := range Find(text) {
			assert.NotEqual(t, Indirect, q.Kind, "%q in %q", q.Text, text)
		}
	}
}

// TestNominalSpeakers checks definite nominals: an organization ("the
// company") and a name in apposition to the subject.
func TestNominalSpeakers(t *testing.T) {
	text := "Acme Corp. declined to comment on the details.\n\n\"We welcome the debate,\" the company said in a statement.\n\n" +
		"Barrasso's spokesman, Tom Lee, said the vote would happen next week."
	qs := Find(text)
	require.Len(t, qs, 2)
	assert.Equal(t, "We welcome the debate,", qs[0].Text)
	assert.Equal(t, "the vote would happen next week", qs[1].Text)
	assert.Equal(t, "Tom Lee", str(qs[1].Speaker))
	require.NotNil(t, qs[0].Speaker)
	assert.Contains(t, *qs[0].Speaker, "Acme")
}

// TestReportedClause checks the edges of reported clauses.
func TestReportedClause(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"past a relative clause", "According to Agence France-Presse, which cited sources close to the investigation, the man had converted a year ago.", "the man had converted a year ago"},
		{"past a bare apposition", "According to Amy Cook, director of the event, the tusk came from the wall.", "the tusk came from the wall"},
		{"past a possessive apposition", "According to Sadie Weiner, Hagan's former spokeswoman, Hagan died from a virus.", "Hagan died from a virus"},
		{"date inside the source", "According to a March 14, 2019 NATO press release, Hungary spent 1.15% of its GDP on defence.", "Hungary spent 1.15% of its GDP on defence"},
		{"day and part of day", "Hubert Minnis said Monday night that twenty people have been confirmed killed.", "twenty people have been confirmed killed"},
		{"according to between subject and verb", "Local authorities, according to Maritime Bulletin, have noted other unusual AIS data.", "Local authorities, according to Maritime Bulletin, have noted other unusual AIS data"},
		{"a title in marks inside the clause", `Roberts says his event, "Storm Area 51, They Can't Stop All of Us", was posted as a joke.`, `his event, "Storm Area 51, They Can't Stop All of Us", was posted as a joke`},
		{"hearer ends with its name", "Baslan Damang, a security official, on Tuesday told The Jakarta Post radio broadcasts were being used to alert other traffic.", "radio broadcasts were being used to alert other traffic"},
		{"relative clause report", "The paper also spoke to the Navy, who told it this was as-yet unconfirmed.", "this was as-yet unconfirmed"},
		{"participle report", "Several parents urged the council to back the program, saying their teenagers had few options.", "their teenagers had few options"},
		{"aside after a clause", "Her husband, Jim, had a list, she said, and most of it involved the garage.", "Her husband, Jim, had a list, she said, and most of it involved the garage"},
		{"no leading comma", "However, he remarked, because the spray wears off, it was unlikely to be used widely.", "because the spray wears off, it was unlikely to be used widely"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Find(tt.text)
			require.Len(t, qs, 1, "%+v", qs)
			assert.Equal(t, tt.want, qs[0].Text)
			assert.Equal(t, Indirect, qs[0].Kind)
		})
	}
}

// TestAbbreviationEndsSentence checks a sentence that ends with an
// abbreviation's dot before a quotation.
func TestAbbreviationEndsSentence(t *testing.T) {
	qs := Find(`Reed's wife, Ann, said she smelled smoke at 3 a.m. "I woke everyone up," she said.`)
	require.Len(t, qs, 2)
	assert.Equal(t, "she smelled smoke at 3 a.m.", qs[0].Text)
	assert.Equal(t, Indirect, qs[0].Kind)
	assert.Equal(t, "I woke everyone up,", qs[1].Text)
	assert.Equal(t, Direct, qs[1].Kind)
}
