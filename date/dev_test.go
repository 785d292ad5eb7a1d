package date_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/internal/goldfacts"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/newsfacts/date"
	"github.com/newsfacts/newsfacts/internal/analysis"
)

type goldDates struct {
	Article   string `json:"article"`
	Published string `json:"published"`
	Dates     []struct {
		Text       string  `json:"text"`
		Value      *string `json:"value"`
		Occurrence int     `json:"occurrence"`
		Optional   bool    `json:"optional"`
	} `json:"dates"`
}

// score is relaxed span matching (overlap, one to one) and value agreement
// on the matched pairs, summed over articles.
type score struct{ gold, sys, matched, valueOK int }

func (s *score) add(o score) {
	s.gold += o.gold
	s.sys += o.sys
	s.matched += o.matched
	s.valueOK += o.valueOK
}

// blindArticles were annotated before the tagger's output on them was seen.
var blindArticles = map[string]bool{"wn030": true, "wn045": true, "wn060": true, "wn100": true, "wn130": true, "wn160": true, "wn015": true, "wn085": true, "wn115": true, "wn150": true, "wn025": true, "wn070": true, "wn145": true,
	// Round 2, annotated blind in TimeML style.
	"wn005": true, "wn040": true, "wn075": true, "wn090": true, "wn135": true, "wn165": true,
	"wn003": true, "wn012": true, "wn105": true, "wn120": true}

// timemlArticles are the round annotated blind in TimeML style (ages and
// prepositions left out, determiners and modifiers kept in the extent).
var timemlArticles = map[string]bool{"wn005": true, "wn040": true, "wn075": true, "wn090": true, "wn135": true, "wn165": true}

// lateArticles were annotated blind in TimeML style after the TimeML round's
// changes, to measure them.
var lateArticles = map[string]bool{"wn003": true, "wn012": true, "wn105": true, "wn120": true}

func (s score) f1() float64 {
	if s.gold == 0 || s.sys == 0 {
		return 0
	}
	p, r := float64(s.matched)/float64(s.sys), float64(s.matched)/float64(s.gold)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s score) accuracy() float64 {
	if s.matched == 0 {
		return 0
	}
	return float64(s.valueOK) / float64(s.matched)
}

func scoreFile(t *testing.T, dir string, path string, verbose bool) score {
	var g goldDates
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &g))
	text, err := os.ReadFile(filepath.Join(dir, g.Article))
	require.NoError(t, err)
	pub, err := time.Parse("2006-01-02", g.Published)
	require.NoError(t, err)
	got := date.Analyze(analysis.Parse(string(text), analysis.Options{Published: pub}))
	var s score
	s.sys = len(got)
	used := make([]bool, len(got))
	for _, d := range g.Dates {
		s.gold++
		start := goldfacts.NthIndex(string(text), d.Text, d.Occurrence)
		require.GreaterOrEqual(t, start, 0, "%s: %q#%d is not in the text", g.Article, d.Text, d.Occurrence)
		end := start + len(d.Text)
		found := -1
		for i, m := range got {
			if !used[i] && m.Start < end && start < m.End {
				found = i
				break
			}
		}
		if found < 0 {
			if verbose {
				t.Logf("%s: missed %q = %s", g.Article, d.Text, deref(d.Value))
			}
			continue
		}
		used[found] = true
		s.matched++
		if deref(got[found].Value) == deref(d.Value) {
			s.valueOK++
		} else if verbose {
			t.Logf("%s: %q = %s, want %q = %s", g.Article, got[found].Text, deref(got[found].Value), d.Text, deref(d.Value))
		}
	}
	for i, m := range got {
		if !used[i] && verbose {
			t.Logf("%s: spurious %q = %s", g.Article, m.Text, deref(m.Value))
		}
	}
	return s
}

// TestDevSet scores the hand-annotated Wikinews articles of
// testdata/dev/dates and fails if the figures drop below the floors.
func TestDevSet(t *testing.T) {
	dir := "../testdata/dev/dates"
	files, err := filepath.Glob(filepath.Join(dir, "*.facts.json"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 10)
	var total, blind, timeml, late score
	for _, f := range files {
		s := scoreFile(t, dir, f, testing.Verbose())
		total.add(s)
		if blindArticles[strings.TrimSuffix(filepath.Base(f), ".facts.json")] {
			blind.add(s)
		}
		if timemlArticles[strings.TrimSuffix(filepath.Base(f), ".facts.json")] {
			timeml.add(s)
		}
		if lateArticles[strings.TrimSuffix(filepath.Base(f), ".facts.json")] {
			late.add(s)
		}
	}
	for _, r := range []struct {
		name string
		s    score
	}{{"dev set", total}, {"blind part", blind}, {"TimeML-style blind round", timeml}, {"TimeML-style, after the changes", late}} {
		t.Logf("%s: %d gold, %d found, %d matched: relaxed span F1 %.3f, value accuracy %.3f",
			r.name, r.s.gold, r.s.sys, r.s.matched, r.s.f1(), r.s.accuracy())
	}
	assert.GreaterOrEqual(t, total.f1(), devFloorF1)
	assert.GreaterOrEqual(t, total.accuracy(), devFloorAccuracy)
	assert.GreaterOrEqual(t, blind.f1(), blindFloorF1)
	assert.GreaterOrEqual(t, blind.accuracy(), blindFloorAccuracy)
}
