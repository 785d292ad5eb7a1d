package extract_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/goldfacts"

	"github.com/newsfacts/newsfacts/date"
	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/policy"
	"github.com/newsfacts/newsfacts/quote"
)

// goldFile is a hand-checked *.facts.json file (format: end of README.md).
type goldFile struct {
	Article   string  `json:"article"`
	Published *string `json:"published"`
	Dateline  *string `json:"dateline"`
	Quotes    []struct {
		Text             string   `json:"text"`
		Speaker          string   `json:"speaker"`
		Accept           []string `json:"accept"`
		Kind             string   `json:"kind"`
		Cue              *string  `json:"cue"`
		SpeakerAsWritten *string  `json:"speaker_as_written"`
		Optional         bool     `json:"optional"`
	} `json:"quotes"`
	Entities []struct {
		Name     string   `json:"name"`
		Type     string   `json:"type"`
		Accept   []string `json:"accept"`
		Also     []string `json:"also"`
		Aliases  []string `json:"aliases"`
		Titles   []string `json:"titles"`
		Optional bool     `json:"optional"`
	} `json:"entities"`
	Dates []struct {
		Text       string  `json:"text"`
		Value      *string `json:"value"`
		Occurrence int     `json:"occurrence"`
		Optional   bool    `json:"optional"`
	} `json:"dates"`
	Policies []struct {
		Keywords []string `json:"keywords"`
		Kind     string   `json:"kind"`
		Status   string   `json:"status"`
		Actor    *string  `json:"actor"`
		Amount   *string  `json:"amount"`
		Optional bool     `json:"optional"`
	} `json:"policies"`
}

// knownMisses lists gold facts the extractors do not find yet, each with the
// issue that will fix it. Keys are "article category: fact". It must be empty
// once the extractor issues are done; a listed fact that is found fails the
// test, so the table never goes stale.
var knownMisses = map[string]int{}

// TestGoldFacts checks that every non-optional gold fact of the sample
// articles is in the output, and logs recall per category (go test -v).
func TestGoldFacts(t *testing.T) {
	paths, err := filepath.Glob("../testdata/gold/*.facts.json")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no gold files: %v", err)
	}
	texts := articles(t)
	found, total := map[string]int{}, map[string]int{}
	for _, p := range paths {
		var g goldFile
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		name := strings.TrimSuffix(g.Article, ".txt")
		text, ok := texts[name]
		if !ok {
			t.Fatalf("%s: no article %s in testdata/articles", p, g.Article)
		}
		f, err := extractor.Extract(text)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range g.check(text, f) {
			if r.optional {
				continue
			}
			total[r.category]++
			key := fmt.Sprintf("%s %s: %s", name[:3], r.category, r.fact)
			issue, known := knownMisses[key]
			switch {
			case r.problem == "" && known:
				t.Errorf("%s is found now: remove it from knownMisses", key)
			case r.problem == "":
				found[r.category]++
			case !known:
				t.Errorf("%s: %s", key, r.problem)
			default:
				t.Logf("known miss (issue %d) %s: %s", issue, key, r.problem)
			}
		}
	}
	for _, c := range []string{"entity", "quote", "date", "policy", "meta"} {
		if total[c] > 0 {
			t.Logf("recall %-6s %2d/%2d = %.2f", c, found[c], total[c], float64(found[c])/float64(total[c]))
		}
	}
}

type goldResult struct {
	category, fact, problem string
	optional                bool
}

func (g *goldFile) check(text string, f *extract.Facts) []goldResult {
	var out []goldResult
	add := func(category, fact string, optional bool, problem string) {
		out = append(out, goldResult{category, fact, problem, optional})
	}

	published := ""
	if f.Published != nil {
		published = f.Published.Format("2006-01-02")
	}
	if want := deref(g.Published); want != published {
		add("meta", "published", false, fmt.Sprintf("published %q, want %q", published, want))
	} else {
		add("meta", "published", false, "")
	}
	if g.Dateline != nil {
		if got := deref(f.Dateline); got != *g.Dateline {
			add("meta", "dateline", false, fmt.Sprintf("dateline %q, want %q", got, *g.Dateline))
		} else {
			add("meta", "dateline", false, "")
		}
	}

	for _, q := range g.Quotes {
		fact := abbreviate(q.Text)
		i := slices.IndexFunc(f.Quotes, func(x quoteT) bool { return x.Text == q.Text })
		if i < 0 {
			add("quote", fact, q.Optional, "not found")
			continue
		}
		got := f.Quotes[i]
		names := append([]string{q.Speaker}, q.Accept...)
		var problems []string
		if string(got.Kind) != q.Kind {
			problems = append(problems, fmt.Sprintf("kind %s, want %s", got.Kind, q.Kind))
		}
		if q.Cue != nil && deref(got.Cue) != *q.Cue {
			problems = append(problems, fmt.Sprintf("cue %q, want %q", deref(got.Cue), *q.Cue))
		}
		if !goldfacts.MatchesName(deref(got.Speaker), names) {
			problems = append(problems, fmt.Sprintf("speaker %q, want %q", deref(got.Speaker), names))
		}
		if w := q.SpeakerAsWritten; w != nil && (got.SpeakerMention == nil || !strings.EqualFold(got.SpeakerMention.Text, *w)) {
			problems = append(problems, fmt.Sprintf("speaker mention %v, want %q", got.SpeakerMention, *w))
		}
		add("quote", fact, q.Optional, strings.Join(problems, "; "))
	}

	for _, e := range g.Entities {
		names := append([]string{e.Name}, e.Accept...)
		i := slices.IndexFunc(f.Entities, func(x entityT) bool { return goldfacts.MatchesName(x.Name, names) })
		if i < 0 {
			add("entity", e.Name, e.Optional, "not found")
			continue
		}
		got := f.Entities[i]
		var problems []string
		if string(got.Type) != e.Type && !slices.Contains(e.Also, string(got.Type)) {
			problems = append(problems, fmt.Sprintf("type %s, want %s", got.Type, e.Type))
		}
		for _, a := range e.Aliases {
			if !slices.ContainsFunc(got.Mentions, func(m mentionT) bool { return goldfacts.AliasMatches(a, m.Text, got.Titles) }) {
				problems = append(problems, fmt.Sprintf("no mention %q", a))
			}
		}
		for _, title := range e.Titles {
			if !slices.Contains(got.Titles, title) {
				problems = append(problems, fmt.Sprintf("titles %q, want %q among them", got.Titles, title))
			}
		}
		add("entity", e.Name, e.Optional, strings.Join(problems, "; "))
	}

	for _, d := range g.Dates {
		occurrence := max(d.Occurrence, 1)
		fact := fmt.Sprintf("%s#%d", d.Text, occurrence)
		start := goldfacts.NthIndex(text, d.Text, occurrence)
		i := slices.IndexFunc(f.Dates, func(x dateT) bool { return x.Start == start && x.Text == d.Text })
		switch {
		case start < 0:
			add("date", fact, d.Optional, "gold text is not in the article")
		case i < 0:
			add("date", fact, d.Optional, "not found")
		case deref(f.Dates[i].Value) != deref(d.Value) || (f.Dates[i].Value == nil) != (d.Value == nil):
			add("date", fact, d.Optional, fmt.Sprintf("value %q, want %q", deref(f.Dates[i].Value), deref(d.Value)))
		default:
			add("date", fact, d.Optional, "")
		}
	}

	for _, p := range g.Policies {
		fact := strings.Join(p.Keywords, "+")
		i := slices.IndexFunc(f.Policies, func(x policyT) bool {
			for _, k := range p.Keywords {
				if !strings.Contains(strings.ToLower(x.Text), strings.ToLower(k)) {
					return false
				}
			}
			return true
		})
		if i < 0 {
			add("policy", fact, p.Optional, "not found")
			continue
		}
		got := f.Policies[i]
		var problems []string
		if string(got.Kind) != p.Kind {
			problems = append(problems, fmt.Sprintf("kind %s, want %s", got.Kind, p.Kind))
		}
		if string(got.Status) != p.Status {
			problems = append(problems, fmt.Sprintf("status %s, want %s", got.Status, p.Status))
		}
		if p.Actor != nil && !goldfacts.MatchesName(deref(got.Actor), []string{*p.Actor}) && !actorAccepted(f, got, *p.Actor) {
			problems = append(problems, fmt.Sprintf("actor %q, want %q", deref(got.Actor), *p.Actor))
		}
		if p.Amount != nil && deref(got.Amount) != *p.Amount {
			problems = append(problems, fmt.Sprintf("amount %q, want %q", deref(got.Amount), *p.Amount))
		}
		add("policy", fact, p.Optional, strings.Join(problems, "; "))
	}
	return out
}

type (
	quoteT   = quote.Quote
	entityT  = entity.Entity
	mentionT = entity.Mention
	dateT    = date.Mention
	policyT  = policy.Mention
)

// actorAccepted accepts an actor given as the entity that gold names by one of its mentions.
func actorAccepted(f *extract.Facts, p policyT, want string) bool {
	for _, e := range f.Entities {
		if p.ActorID == nil || e.ID != *p.ActorID {
			continue
		}
		return slices.ContainsFunc(e.Mentions, func(m mentionT) bool { return strings.EqualFold(m.Text, want) })
	}
	return false
}

func abbreviate(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
