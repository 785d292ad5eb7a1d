package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRound6Speakers checks the speaker rules of round 6: title nominals
// linked upstream to an organization or place, party nominals, roles owned
// by someone else and capitalized modals that are names.
func TestRound6Speakers(t *testing.T) {
	tests := []struct {
		name, text, quote, speaker string // speaker "<nil>" for none
	}{
		{"title nominal after an organization in apposition", "Prime Minister Theresa May met her party.\n\nSpeaking in the House of Commons, the prime minister said: \"The deal is the best available.\"", "The deal is the best available.", "Theresa May"},
		{"title nominal holding an organization's name", "Labour leader Jeremy Corbyn spoke on Monday.\n\n\"It's a blindfold Brexit,\" Corbyn said.\n\nThe Labour leader said his party would vote against.", "his party would vote against", "Jeremy Corbyn"},
		{"party nominal", "Sen. Elizabeth Warren on Tuesday unveiled a plan.\n\n\"This is about fairness,\" the Massachusetts Democrat said.", "This is about fairness,", "Elizabeth Warren"},
		{"role owned by a named person", "Treasury Secretary Steven Mnuchin weighed in.\n\nMnuchin's spokeswoman said the department had no comment.", "the department had no comment", "<nil>"},
		{"owned role whose holder is named", "Acme chief executive Ann Lee spoke first. \"We are growing,\" she said.\n\nThe company's chief executive said profits would rise.", "profits would rise", "Ann Lee"},
		{"a group's possessive describes the role", "Coach Carol Brennan won 612 games.\n\nThe women's basketball coach said she would stay.", "she would stay", "Carol Brennan"},
		{"capitalized modal as a name", "Theresa May faced a revolt.\n\nMrs May told MPs: \"I have listened.\"", "I have listened.", "Theresa May"},
		{"capitalized modal as a surname alone", "Theresa May faced a revolt.\n\nMay said: \"We have listened.\"", "We have listened.", "Theresa May"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Find(tt.text)
			i := indexOfText(qs, tt.quote)
			require.GreaterOrEqual(t, i, 0, "%q not in %+v", tt.quote, qs)
			assert.Equal(t, tt.speaker, str(qs[i].Speaker))
		})
	}
}
