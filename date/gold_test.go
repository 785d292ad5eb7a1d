package date_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/newsfacts/date"
	"github.com/newsfacts/newsfacts/internal/analysis"
	"github.com/newsfacts/newsfacts/internal/goldfacts"
)

// TestGold checks every non-optional date of the sample articles' gold facts:
// found with its exact text at its occurrence, with the gold value.
// Optional ones are logged.
func TestGold(t *testing.T) {
	files, err := filepath.Glob("../testdata/gold/*.facts.json")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		var g goldDates
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(b, &g))
		text, err := os.ReadFile(filepath.Join("../testdata/articles", g.Article))
		require.NoError(t, err)
		got := date.Analyze(analysis.Parse(string(text), analysis.Options{}))
		for _, d := range g.Dates {
			start := goldfacts.NthIndex(string(text), d.Text, d.Occurrence)
			require.GreaterOrEqual(t, start, 0)
			var m *date.Mention
			for i := range got {
				if got[i].Start == start && got[i].Text == d.Text {
					m = &got[i]
				}
			}
			ok := m != nil && deref(m.Value) == deref(d.Value)
			switch {
			case d.Optional && !ok:
				t.Logf("%s: optional %q#%d not found with value %s", g.Article, d.Text, d.Occurrence, deref(d.Value))
			case !d.Optional:
				if assert.NotNil(t, m, "%s: %q#%d not found", g.Article, d.Text, d.Occurrence) {
					assert.Equal(t, deref(d.Value), deref(m.Value), "%s: %q#%d", g.Article, d.Text, d.Occurrence)
				}
			}
		}
		for _, m := range got {
			assert.Equal(t, m.Text, string(text)[m.Start:m.End])
			assert.False(t, strings.HasPrefix(string(text)[m.Start:], "date "), "the date header is metadata")
		}
	}
}
