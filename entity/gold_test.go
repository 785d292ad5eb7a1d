package entity

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsfacts/newsfacts/internal/goldfacts"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goldEntity is an entity of a *.facts.json file (format: end of SPEC.md).
type goldEntity struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Accept   []string `json:"accept"`
	Also     []string `json:"also"`
	Aliases  []string `json:"aliases"`
	Titles   []string `json:"titles"`
	Optional bool     `json:"optional"`
}

type goldFile struct {
	Article  string       `json:"article"`
	Entities []goldEntity `json:"entities"`
}

// checkGold returns the problems with ents against the gold entities.
func checkGold(ents []Entity, gold []goldEntity) []string {
	var problems []string
	for _, g := range gold {
		if g.Optional {
			continue
		}
		names := append([]string{g.Name}, g.Accept...)
		i := slices.IndexFunc(ents, func(e Entity) bool { return goldfacts.MatchesName(e.Name, names) })
		if i < 0 {
			problems = append(problems, g.Name+": not found")
			continue
		}
		e := ents[i]
		if string(e.Type) != g.Type && !slices.Contains(g.Also, string(e.Type)) {
			problems = append(problems, g.Name+": type "+string(e.Type)+", want "+g.Type)
		}
		for _, a := range g.Aliases {
			if !slices.ContainsFunc(e.Mentions, func(m Mention) bool { return goldfacts.AliasMatches(a, m.Text, e.Titles) }) {
				problems = append(problems, g.Name+": no mention "+a)
			}
		}
		for _, t := range g.Titles {
			if !slices.Contains(e.Titles, t) {
				problems = append(problems, g.Name+": no title "+t)
			}
		}
	}
	return problems
}

// TestGold checks every non-optional gold entity of the sample articles:
// found by name, with its type, titles and aliases among its mentions.
func TestGold(t *testing.T) {
	paths, err := filepath.Glob("../testdata/gold/*.facts.json")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		var g goldFile
		require.NoError(t, json.Unmarshal(b, &g), p)
		text, err := os.ReadFile(filepath.Join("../testdata/articles", g.Article))
		require.NoError(t, err)
		ents := Find(string(text))
		assert.Empty(t, checkGold(ents, g.Entities), g.Article)
		checkContract(t, string(text), ents)
	}
}

// checkContract checks the offset, order and ID rules of the output.
func checkContract(t *testing.T, text string, ents []Entity) {
	t.Helper()
	prev := -1
	for i, e := range ents {
		require.NotEmpty(t, e.Mentions, e.ID)
		assert.Equal(t, "E"+itoa(i+1), e.ID)
		assert.NotNil(t, e.Titles, e.ID)
		assert.GreaterOrEqual(t, e.Mentions[0].Start, prev, "entities in order of first mention")
		prev = e.Mentions[0].Start
		for j, m := range e.Mentions {
			require.True(t, 0 <= m.Start && m.Start < m.End && m.End <= len(text), "%s %+v", e.ID, m)
			assert.Equal(t, text[m.Start:m.End], m.Text)
			if j > 0 {
				p := e.Mentions[j-1]
				assert.True(t, p.Start < m.Start || p.Start == m.Start && p.End <= m.End, "mentions sorted")
			}
		}
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
