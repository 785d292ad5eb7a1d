package policy

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHypothetical checks that measures an article raises only to say
// that nobody proposes them are no mentions, and that a definite measure
// after a negated verb is still one.
func TestHypothetical(t *testing.T) {
	tests := []struct {
		text   string
		absent string // no mention may contain it
		want   string // a mention must contain it ("" for none)
	}{
		{"The ministry said no such levy can be introduced without national legislation.", "levy", ""},
		{"Some Democrats have talked about ending the exemption, but no bill to repeal it has been filed this session.", "exemption", ""},
		{"Lang suggested the province should consider a cap on student enrolment, but neither party has put forward such a proposal.", "cap on", ""},
		{"The finance minister dismissed suggestions that the government could introduce a wealth tax.", "wealth tax", ""},
		{"The governor ruled out calls for a statewide mask mandate.", "mask mandate", ""},
		{"He might push to put the requirement to voters as a constitutional amendment instead. No such amendment has been introduced.", "amendment", ""},
		// a definite measure is not undone by its verb's negation
		{"The president said France would not sign the planned EU-Mercosur trade agreement in its current form.", "", "EU-Mercosur trade agreement"},
		// (a name that opens with "No" is no negation)
		{"The state repealed the No Child Left Behind Act rules.", "", "No Child Left Behind"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ms := Find(tt.text)
			found := false
			for _, m := range ms {
				if tt.absent != "" {
					assert.NotContains(t, m.Text, tt.absent)
				}
				found = found || tt.want != "" && strings.Contains(m.Text, tt.want)
			}
			if tt.want != "" {
				assert.True(t, found, "no mention with %q in %v", tt.want, texts(ms))
			}
		})
	}
}
