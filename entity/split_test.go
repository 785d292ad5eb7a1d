package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSplits: a title, place or organization run into a person's name is
// split off, and the person's Name never holds it.
func TestSplits(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]Type // entity names and types that must be found
		not  []string        // names that must not be found
	}{
		{"Former MP Philip Hammond said it was over.",
			map[string]Type{"Philip Hammond": Person}, []string{"MP Philip Hammond"}},
		{"The mayor of London, Sadiq Khan, agreed. London Sadiq Khan spoke.",
			map[string]Type{"Sadiq Khan": Person, "London": GPE}, []string{"London Sadiq Khan"}},
		{"Cr Leanne Petrakis chaired it. Cllr Jane Smith said no.",
			map[string]Type{"Leanne Petrakis": Person, "Jane Smith": Person}, []string{"Cr Leanne Petrakis", "Cllr Jane Smith"}},
		{"Forecaster Tom Whitaker and meteorologist Jenna Marsh agreed.",
			map[string]Type{"Tom Whitaker": Person, "Jenna Marsh": Person}, []string{"Forecaster Tom Whitaker"}},
		{"Broadcaster Piers Morgan disagreed.",
			map[string]Type{"Piers Morgan": Person}, []string{"Broadcaster Piers Morgan"}},
		{"A spokesman for Amnesty International Man-kei Tam said no.",
			map[string]Type{"Amnesty International": Org, "Man-kei Tam": Person}, nil},
		{"First Minister of Scotland Nicola Sturgeon said yes.",
			map[string]Type{"Scotland": GPE, "Nicola Sturgeon": Person}, nil},
		{"House of Commons Speaker John Bercow called order.",
			map[string]Type{"House of Commons": Org, "John Bercow": Person}, []string{"House of"}},
		{"United States President Donald Trump said it was fine.",
			map[string]Type{"United States": GPE, "Donald Trump": Person}, nil},
		{"Senate Democrats and House Republicans met.",
			map[string]Type{"Senate": Org, "Democrats": NORP}, []string{"Senate Democrats"}},
		{"Senate Majority Leader Mitch McConnell spoke.",
			map[string]Type{"Senate": Org, "Mitch McConnell": Person}, nil},
		{"U.S. District Judge Jed Rakoff ruled.",
			map[string]Type{"U.S.": GPE, "Jed Rakoff": Person}, []string{"U.S. District"}},
		{"Microsoft Corp. and Alphabet Inc. rose.",
			map[string]Type{"Microsoft Corp.": Org, "Alphabet Inc.": Org}, nil},
		{"The Cupertino, California-based company grew.",
			map[string]Type{"Cupertino": GPE, "California": GPE}, []string{"California-based"}},
		{"A judge cited Roe v. Wade and Brown v. Board of Education.",
			map[string]Type{"Roe v. Wade": Law, "Brown v. Board of Education": Law}, []string{"Wade"}},
		{"Didier Queloz and Michel Mayor won. Queloz and Mayor shared it.",
			map[string]Type{"Didier Queloz": Person, "Michel Mayor": Person}, nil},
		{"He joined Parliamentarians for Global Action.",
			map[string]Type{"Parliamentarians for Global Action": Org}, []string{"Global Action"}},
		{"Professor Greg Barton, Chair In Global Islamic Politics, said it.",
			map[string]Type{"Greg Barton": Person}, []string{"In Global Islamic Politics"}},
		{"named the Kurdistan Workers' Party and People's Protection Units as terrorists.",
			map[string]Type{"Kurdistan Workers' Party": Org, "People's Protection Units": Org}, nil},
	} {
		got := map[string]Type{}
		for _, e := range Find(c.text) {
			got[e.Name] = e.Type
		}
		for name, typ := range c.want {
			assert.Equal(t, typ, got[name], "%q in %q (found %v)", name, c.text, got)
		}
		for _, name := range c.not {
			_, ok := got[name]
			assert.False(t, ok, "%q in %q", name, c.text)
		}
	}
}
