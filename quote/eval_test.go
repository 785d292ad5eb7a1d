package quote

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// goldQuote is a quote of a *.facts.json file.
type goldQuote struct {
	Text     string   `json:"text"`
	Speaker  *string  `json:"speaker"`
	Accept   []string `json:"accept"`
	Kind     Kind     `json:"kind"`
	Cue      *string  `json:"cue"`
	Optional bool     `json:"optional"`
}

type goldFile struct {
	Article string      `json:"article"`
	Quotes  []goldQuote `json:"quotes"`
}

func loadGold(t testing.TB, path string) (string, goldFile) {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var g goldFile
	require.NoError(t, json.Unmarshal(b, &g))
	text, err := os.ReadFile(filepath.Join(filepath.Dir(path), g.Article))
	if err != nil {
		text, err = os.ReadFile(filepath.Join("..", "testdata", "articles", g.Article))
	}
	require.NoError(t, err)
	return string(text), g
}

// sameSpeaker tells whether a found speaker name is the gold one: equal, an
// accepted name, or a surname alone for the full name ("Biden", "Joe Biden").
func sameSpeaker(got *string, g goldQuote) bool {
	if got == nil {
		return false
	}
	names := append([]string{*g.Speaker}, g.Accept...)
	for _, n := range names {
		if *got == n || !strings.Contains(n, " ") && strings.HasSuffix(*got, " "+n) ||
			!strings.Contains(*got, " ") && strings.HasSuffix(n, " "+*got) {
			return true
		}
	}
	return false
}

// overlap is the share of the longer span that two spans have in common.
func overlap(s1, e1, s2, e2 int) float64 {
	in := min(e1, e2) - max(s1, s2)
	if in <= 0 {
		return 0
	}
	return float64(in) / float64(max(e1-s1, e2-s2))
}

// score compares found quotes with gold ones. Quotes between marks (direct
// and partial) match on exact text; indirect quotes match when their spans
// share at least half of the longer one. Optional gold quotes count neither
// way.
type score struct {
	markTP, markFP, markFN int
	indTP, indFP, indFN    int
	speakerOK, speakerN    int
	kindOK                 int
	misses                 []string
}

func (s *score) add(text string, got []Quote, gold []goldQuote) {
	used := make([]bool, len(got))
	for _, g := range gold {
		gs := strings.Index(text, g.Text)
		ge := gs + len(g.Text)
		m := -1
		for i, q := range got {
			if used[i] || (q.Kind == Indirect) != (g.Kind == Indirect) {
				continue
			}
			if g.Kind != Indirect && q.Text == g.Text || g.Kind == Indirect && overlap(q.Start, q.End, gs, ge) >= 0.5 {
				m = i
				break
			}
		}
		if m >= 0 {
			used[m] = true
		}
		if g.Optional {
			continue
		}
		switch {
		case m < 0 && g.Kind == Indirect:
			s.indFN++
		case m < 0:
			s.markFN++
		case g.Kind == Indirect:
			s.indTP++
		default:
			s.markTP++
			if got[m].Kind == g.Kind {
				s.kindOK++
			} else {
				s.misses = append(s.misses, "kind "+string(got[m].Kind)+" for "+string(g.Kind)+": "+g.Text)
			}
		}
		if m < 0 {
			s.misses = append(s.misses, "missed "+string(g.Kind)+": "+g.Text)
			continue
		}
		if g.Speaker != nil {
			s.speakerN++
			if sameSpeaker(got[m].Speaker, g) {
				s.speakerOK++
			} else {
				sp := "<nil>"
				if got[m].Speaker != nil {
					sp = *got[m].Speaker
				}
				s.misses = append(s.misses, "speaker "+sp+" for "+*g.Speaker+": "+g.Text)
			}
		}
	}
	for i, q := range got {
		if used[i] {
			continue
		}
		if q.Kind == Indirect {
			s.indFP++
		} else {
			s.markFP++
		}
		s.misses = append(s.misses, "extra "+string(q.Kind)+": "+q.Text)
	}
}

func f1(tp, fp, fn int) (p, r, f float64) {
	if tp == 0 {
		return 0, 0, 0
	}
	p = float64(tp) / float64(tp+fp)
	r = float64(tp) / float64(tp+fn)
	return p, r, 2 * p * r / (p + r)
}

// TestDevSet scores the hand-checked dev set in testdata/dev/quotes and fails
// if the scores drop below what the extractor reaches today.
func TestDevSet(t *testing.T) {
	files, err := filepath.Glob(devGlob())
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var s score
	for _, f := range files {
		text, g := loadGold(t, f)
		s.add(text, Find(text), g.Quotes)
	}
	for _, m := range s.misses {
		t.Log(m)
	}
	p, r, f := f1(s.markTP, s.markFP, s.markFN)
	ip, ir, iF := f1(s.indTP, s.indFP, s.indFN)
	acc := float64(s.speakerOK) / float64(max(s.speakerN, 1))
	t.Logf("quotes in marks: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d), kind right %d/%d", p, r, f, s.markTP, s.markFP, s.markFN, s.kindOK, s.markTP)
	t.Logf("speaker accuracy %.3f (%d/%d)", acc, s.speakerOK, s.speakerN)
	t.Logf("indirect: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", ip, ir, iF, s.indTP, s.indFP, s.indFN)
	require.GreaterOrEqual(t, f, devFloor.direct, "direct F1")
	require.GreaterOrEqual(t, acc, devFloor.speaker, "speaker accuracy")
	require.GreaterOrEqual(t, iF, devFloor.indirect, "indirect F1")
}

// devFloor is what the extractor reaches on the dev set today, rounded down;
// round 8 (held out, not tuned on) pulls the speaker figure down to 0.975.
var devFloor = struct{ direct, speaker, indirect float64 }{0.975, 0.96, 0.93}

func devGlob() string {
	if g := os.Getenv("QUOTE_DEV_GLOB"); g != "" {
		return g
	}
	return "../testdata/dev/quotes/*.facts.json"
}
