package entity

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// The development set: Wikinews 2019 articles (CC BY 2.5, each file names
// its source) annotated by hand with every name mention, in
// ../testdata/dev/entities. Gold spans carry no titles ("Donald Trump", not
// "President Donald Trump").

type devMention struct {
	Text     string   `json:"text"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Type     string   `json:"type"`
	Optional bool     `json:"optional"` // right to find, not wrong to miss
	also     []string // other acceptable types, from the mention's entity
}

type devFile struct {
	Article  string       `json:"article"`
	Blind    bool         `json:"blind"` // annotated without seeing the finder's output
	Seed     bool         `json:"seed"`  // a sample article of ../testdata/articles
	Round    int          `json:"round"` // the blind annotation round, when recorded
	Entities []devEntity  `json:"entities"`
	Mentions []devMention `json:"mentions"`
}

// devEntity is a gold entity; Also lists the other types it may be given
// ("Westminster": ORG, also GPE).
type devEntity struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Also    []string `json:"also"`
	Aliases []string `json:"aliases"`
}

// withAlso copies each entity's other acceptable types onto its mentions.
func (g *devFile) withAlso() {
	for i := range g.Mentions {
		m := &g.Mentions[i]
		for _, e := range g.Entities {
			if len(e.Also) > 0 && e.Type == m.Type && (e.Name == m.Text || slices.Contains(e.Aliases, m.Text)) {
				m.also = append(m.also, e.Also...)
			}
		}
	}
}

// nameMention reports whether a listed mention is a proper name, the kind
// that mention precision and recall count: not a pronoun ("he") and not a
// title nominal ("the mayor", "the city").
func nameMention(text string) bool {
	w := strings.Fields(text)
	if len(w) > 1 && (w[0] == "the" || w[0] == "The") {
		w = w[1:]
	}
	for _, x := range w {
		if r, _ := utf8.DecodeRuneInString(x); unicode.IsUpper(r) {
			_, _, pronoun := pronounGender(x)
			return !pronoun
		}
	}
	return false
}

// prf counts matches for precision, recall and F1.
type prf struct{ tp, fp, fn int }

func (c prf) p() float64  { return ratio(c.tp, c.tp+c.fp) }
func (c prf) r() float64  { return ratio(c.tp, c.tp+c.fn) }
func (c prf) f1() float64 { return ratio(2*c.tp, 2*c.tp+c.fp+c.fn) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// core merges GPE and LOC into one place class: the target "people,
// organizations and places" does not care which of the two a place gets.
func core(t string) string {
	switch t {
	case "PERSON", "ORG":
		return t
	case "GPE", "LOC":
		return "PLACE"
	}
	return ""
}

// score compares found name mentions with gold ones. A found mention matches
// a gold one of the same type (or one of its entity's other acceptable
// types) that ends where it ends and overlaps it, so a title or "the" kept
// in front ("President Biden" for gold "Biden") counts; exact counts only
// identical spans. An optional gold mention is no miss when not found and
// not counted when found.
func score(found, gold []devMention, exact bool, class func(string) string, counts map[string]*prf) {
	used := make([]bool, len(gold))
	get := func(k string) *prf {
		if counts[k] == nil {
			counts[k] = &prf{}
		}
		return counts[k]
	}
	for _, f := range found {
		k := class(f.Type)
		if k == "" {
			continue
		}
		hit := -1
		for i, g := range gold {
			if used[i] || !typeMatch(class, g, k) || g.End != f.End || g.Start >= f.End || f.Start >= g.End {
				continue
			}
			if exact && g.Start != f.Start {
				continue
			}
			hit = i
			break
		}
		if hit >= 0 && gold[hit].Optional {
			used[hit] = true
			continue
		}
		if hit >= 0 {
			used[hit] = true
			get(k).tp++
			get("all").tp++
		} else {
			get(k).fp++
			get("all").fp++
		}
	}
	for i, g := range gold {
		if k := class(g.Type); k != "" && !used[i] && !g.Optional {
			get(k).fn++
			get("all").fn++
		}
	}
}

// typeMatch reports whether class k (of a found mention) is the gold
// mention's class or one of its other acceptable ones.
func typeMatch(class func(string) string, g devMention, k string) bool {
	if class(g.Type) == k {
		return true
	}
	for _, a := range g.also {
		if class(a) == k {
			return true
		}
	}
	return false
}

// devScores runs Find over the development set and scores its mentions.
func devScores(t testing.TB, exact bool, keep func(devFile) bool, class func(string) string) map[string]*prf {
	paths, err := filepath.Glob("../testdata/dev/entities/*.facts.json")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(paths), 13)
	counts := map[string]*prf{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		var g devFile
		require.NoError(t, json.Unmarshal(b, &g), p)
		if !keep(g) {
			continue
		}
		g.withAlso()
		text, err := os.ReadFile(filepath.Join(filepath.Dir(p), g.Article))
		require.NoError(t, err)
		var found []devMention
		for _, e := range Find(string(text)) {
			for _, m := range e.Mentions {
				if nameMention(m.Text) {
					found = append(found, devMention{Text: m.Text, Start: m.Start, End: m.End, Type: string(e.Type)})
				}
			}
		}
		score(found, g.Mentions, exact, class, counts)
	}
	return counts
}

func report(t *testing.T, name string, counts map[string]*prf) {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		c := counts[k]
		t.Logf("%-6s %-7s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", name, k, c.p(), c.r(), c.f1(), c.tp, c.fp, c.fn)
	}
}

// TestDevSet fails when mention F1 on the development set drops below what
// the finder reaches now, less a small margin. go test -v -run DevSet prints
// the figures per type.
func TestDevSet(t *testing.T) {
	same := func(t string) string { return t }
	dev := func(g devFile) bool { return !g.Seed }
	blind := func(g devFile) bool { return g.Blind }
	seed := func(g devFile) bool { return g.Seed }
	round7 := func(g devFile) bool { return g.Round == 7 }
	round8 := func(g devFile) bool { return g.Round == 8 }
	round9 := func(g devFile) bool { return g.Round == 9 }
	round10 := func(g devFile) bool { return g.Round == 10 }
	round11 := func(g devFile) bool { return g.Round == 11 }
	round12 := func(g devFile) bool { return g.Round == 12 }
	for _, c := range []struct {
		name  string
		exact bool
		keep  func(devFile) bool
		class func(string) string
		min   float64 // F1 floor for "all"
	}{
		{"types", false, dev, same, devFloorTypes},
		{"exact", true, dev, same, devFloorExact},
		{"core", false, dev, core, devFloorCore},
		{"blind", false, blind, same, devFloorBlind},
		{"blindc", false, blind, core, devFloorBlindCore},
		{"seeds", false, seed, same, devFloorSeeds},
		{"seedsc", false, seed, core, devFloorSeedsCore},
		{"r7", false, round7, same, devFloorRound7},
		{"r7c", false, round7, core, devFloorRound7Core},
		{"r8", false, round8, same, devFloorRound8},
		{"r8c", false, round8, core, devFloorRound8Core},
		{"r9", false, round9, same, devFloorRound9},
		{"r9c", false, round9, core, devFloorRound9Core},
		{"r10", false, round10, same, devFloorRound10},
		{"r10c", false, round10, core, devFloorRound10Core},
		{"r11", false, round11, same, devFloorRound11},
		{"r11c", false, round11, core, devFloorRound11Core},
		{"r12", false, round12, same, devFloorRound12},
		{"r12c", false, round12, core, devFloorRound12Core},
	} {
		counts := devScores(t, c.exact, c.keep, c.class)
		report(t, c.name, counts)
		if f := counts["all"].f1(); f < c.min {
			t.Errorf("%s: mention F1 %.3f, below the floor %.3f", c.name, f, c.min)
		}
	}
}

// The floors: the figures reached when the set was last annotated, less
// about 0.02.
const (
	devFloorTypes = 0.93
	devFloorExact = 0.925
	devFloorCore  = 0.945
	// The articles annotated blind, in twelve rounds: before any tuning on
	// them, all-type F1 0.860 (core 0.884), 0.766 (0.783), 0.719 (0.761),
	// 0.883 (0.887), 0.714 (0.748), 0.936 (0.941), 0.843 (0.872), 0.854
	// (0.876), 0.877 (0.893), 0.842 (0.845), 0.840 (0.848) and 0.868
	// (0.884); all but the twelfth tuned on since, so no longer held out.
	devFloorBlind     = 0.925
	devFloorBlindCore = 0.94
	// The three sample articles, annotated after the finder was written.
	devFloorSeeds     = 0.96
	devFloorSeedsCore = 0.97
	// The seventh round: six Wikinews articles and four synthetic ones in
	// US wire, British, business and sports/court styles.
	devFloorRound7     = 0.925
	devFloorRound7Core = 0.95
	// The eighth round, four Wikinews and two synthetic (Australian wire, US
	// local court) articles.
	devFloorRound8     = 0.905
	devFloorRound8Core = 0.93
	// The ninth round, three Wikinews and two synthetic (US wire, Indian
	// business) articles.
	devFloorRound9     = 0.88
	devFloorRound9Core = 0.90
	// The tenth round, four Wikinews and six synthetic articles (US local
	// TV, AP wire with a state dateline, business deal, UK politics and
	// rivers, baseball, science), annotated by a separate annotator who never
	// ran the finder. First sight all-type F1 0.842 (core 0.845), honouring
	// optional mentions and other acceptable types as this test does.
	devFloorRound10     = 0.945
	devFloorRound10Core = 0.96
	// The eleventh round, eight Wikinews and five synthetic articles (US
	// local TV, Reuters business, Guardian local government, AP NFL game
	// story, Indian politics), annotated blind by another separate
	// annotator. First sight all-type F1 0.840 (core 0.848); Wikinews core
	// 0.897, synthetic core 0.798.
	devFloorRound11     = 0.94
	devFloorRound11Core = 0.95
	// The twelfth round, eight Wikinews and five synthetic articles
	// (Washington Post agencies, AFP world, CBC Canada, Bloomberg tech, a
	// 1990s AP college-basketball story), annotated blind by another
	// annotator. First sight (not tuned on): all-type F1 0.868, core 0.884
	// (Wikinews 0.899, synthetic 0.868; exact spans core 0.870).
	devFloorRound12     = 0.85
	devFloorRound12Core = 0.865
)
