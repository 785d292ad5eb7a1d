package policy

import (
	"sort"
	"strings"

	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/analysis"
)

// Kind is what sort of public measure a policy is.
type Kind string

// The kinds of policy.
const (
	Law             Kind = "law"
	Ordinance       Kind = "ordinance"
	Bill            Kind = "bill"
	Regulation      Kind = "regulation"
	ExecutiveAction Kind = "executive_action"
	Program         Kind = "program"
	Plan            Kind = "plan"
	Funding         Kind = "funding"
	TaskForce       Kind = "task_force"
	Measure         Kind = "measure"
)

// Status is where a policy stands, as the article tells it.
type Status string

// The statuses.
const (
	Proposed  Status = "proposed"
	Announced Status = "announced"
	Passed    Status = "passed"
	InEffect  Status = "in_effect"
	Rejected  Status = "rejected"
	Repealed  Status = "repealed"
	Unknown   Status = "unknown"
)

// Mention is a law, bill, program, funding or other public measure that an
// article mentions: Text is input[Start:End].
type Mention struct {
	Text    string  `json:"text"`
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Kind    Kind    `json:"kind"`
	Status  Status  `json:"status"`
	Name    *string `json:"name"`  // its proper name, if it has one
	Actor   *string `json:"actor"` // the entity that enacts, proposes or runs it
	ActorID *string `json:"actor_id"`
	Amount  *string `json:"amount"` // money as written ("$1.9 trillion")
	// RefersTo is the index, in the same result, of the first mention of the
	// policy that this later mention is about ("The law also requires …"
	// after "San Jose's recently passed law"); nil for a first mention.
	RefersTo *int `json:"refers_to"`
}

// Find returns the policy mentions of an article, sorted by offset.
func Find(text string) []Mention {
	doc := analysis.Parse(text, analysis.Options{})
	return Analyze(doc, entity.Analyze(doc))
}

// Analyze returns the policy mentions of an analysed article whose entities
// are ents. It is the entry point for package extract.
func Analyze(doc *analysis.Doc, ents []entity.Entity) []Mention {
	out := []Mention{}
	if doc == nil {
		return out
	}
	r := newResolver(doc, ents)
	var found, silent []*cand
	places := placeEnds(ents)
	officials := officialEnds(doc.Text, ents)
	private := privateEnds(ents)
	told := map[string]bool{}
	for i := range doc.Sentences {
		s := newSentence(doc, i)
		s.places = places
		s.officials = officials
		s.private = private
		s.told = told
		r.sents[i] = s
		if i > 0 && doc.Sentences[i].Para-doc.Sentences[i-1].Para <= 1 {
			s.prev = r.sents[i-1]
		}
	}
	markParagraphs(doc, r.sents)
	for _, s := range r.sents {
		if len(s.toks) == 0 {
			continue
		}
		var cs []*cand
		for _, rl := range rules {
			cs = append(cs, rl.find(s)...)
		}
		kept, quiet := merge(cs)
		s.reported = len(kept) > 0
		for _, c := range kept {
			if c.rule != "head" && c.rule != "named" {
				continue
			}
			// every word of the head: "executive order" tells of an order
			for k := c.head; k < c.b && k < c.head+3; k++ {
				if _, ok := heads[s.low[k]]; ok || compoundLast[s.low[k]] {
					s.told[headWord(s.low[k])] = true
				}
			}
		}
		found = append(found, kept...)
		silent = append(silent, quiet...)
	}
	if promoted := r.link(found, silent); len(promoted) > 0 {
		found = append(found, promoted...)
		sortCands(found)
	}
	for _, c := range found {
		if c.silent {
			continue // a restated policy, linked to its first mention
		}
		st, ok := r.status(c)
		if !ok {
			continue // negated or hypothetical
		}
		c.status = st
		r.told[headWord(c.s.low[c.head])] = c
		r.lastTold = c
		if (c.kind == Plan || c.kind == Funding) && c.container == nil {
			r.lastPlan = c
		}
	}
	index := map[*cand]int{}
	for _, c := range found {
		if c.status == "" {
			continue
		}
		m := Mention{
			Start: c.s.toks[c.a].Start, End: c.s.toks[c.b-1].End,
			Kind: c.kind, Status: c.status,
		}
		if c.b == len(c.s.toks) && finalPeriod(c.s.toks[c.b-1].Text) {
			m.End-- // prose leaves the sentence's period on its last word ("Act.")
		}
		m.Text = doc.Text[m.Start:m.End]
		if c.name != "" {
			m.Name = ptr(c.name)
		}
		m.Actor, m.ActorID = r.actor(c)
		m.Amount = amount(c)
		if c.ref != nil {
			if k, ok := index[c.ref]; ok {
				m.RefersTo = ptr(k)
				ref := out[k]
				if m.Actor == nil || c.pointsBack {
					m.Actor, m.ActorID = ref.Actor, ref.ActorID
				}
				if m.Name == nil {
					m.Name = ref.Name
				}
			}
		}
		index[c] = len(out)
		out = append(out, m)
	}
	return out
}

func ptr[T any](v T) *T { return &v }

// merge resolves one sentence's candidates: containers whose contents were
// found are dropped, and of overlapping phrases the longest is kept, taking
// over what the others knew. Silent anaphors are returned apart.
func merge(cs []*cand) (kept, silent []*cand) {
	var containers []*cand
	var rest []*cand
	for _, c := range cs {
		switch {
		case c.isContainer:
			containers = append(containers, c)
		case c.silent:
			silent = append(silent, c)
		default:
			rest = append(rest, c)
		}
	}
	// A container's own head phrase is not reported when something follows it.
	lastStart := -1
	for _, c := range rest {
		lastStart = max(lastStart, c.a)
	}
	byHead := map[int]*cand{}
	for _, k := range containers {
		if _, ok := byHead[k.head]; !ok {
			byHead[k.head] = k
		}
	}
	var body []*cand
	for _, c := range rest {
		if k, ok := byHead[c.head]; ok && c.rule == "head" && lastStart >= k.b {
			continue
		}
		body = append(body, c)
	}
	sort.SliceStable(body, func(i, j int) bool {
		if body[i].a != body[j].a {
			return body[i].a < body[j].a
		}
		return body[i].b > body[j].b
	})
	for _, c := range body {
		if n := len(kept); n > 0 && c.a < kept[n-1].b {
			k := kept[n-1]
			if k.container == nil {
				k.container = c.container
			}
			// "adopted the Tamil Nadu Clinical Establishments (Regulation)
			// Amendment Bill": a name that the phrase cut short at its
			// parenthesis ends it, and tells its kind.
			if c.rule == "named" && c.b > k.b && k.b < len(c.s.toks) && c.s.toks[k.b].Text == "(" {
				k.b, k.kind = c.b, c.kind
				if k.name == "" {
					k.name = c.name
				}
			}
			if k.a == c.a && c.rule == "gov-action" {
				k.kind = c.kind // ("urges the US to waive diplomatic immunity": a government's act)
			}
			if k.a == c.a && k.b == c.b {
				if k.name == "" {
					k.name = c.name
				}
				if k.owner[1] == 0 {
					k.owner = c.owner
				}
				if k.public == "" {
					k.public = c.public
				}
			}
			continue
		}
		if renames(kept, c) {
			continue
		}
		if n := len(kept); n > 0 && namedBy(kept[n-1], c) {
			kept[n-1] = c
			continue
		}
		if n := len(kept); n > 0 && aliasOf(c) {
			kept[n-1].alias = c.name // "… that will appear on the ballot as Proposition 3"
			continue
		}
		kept = append(kept, c)
	}
	return kept, silent
}

// aliasOf reports whether the name c, told "as" a name after a policy
// earlier in its sentence, is that policy's other name: "House Joint
// Resolution 4, that will appear on the November ballot as Proposition 3",
// "the bill, known as the Safe Streets Act".
func aliasOf(c *cand) bool {
	return c.name != "" && (c.rule == "named" || c.rule == "article") && c.a > 0 && c.s.low[c.a-1] == "as"
}

// namedBy reports whether name, right after a generic phrase k and a comma
// or colon, only names k: "a constitutional amendment, House Joint
// Resolution 4, that …", "vetoed one water measure: Senate Bill 1180". The
// name is the item. (Not a list's next item: "a tax credit, Medicare and …".)
func namedBy(k, name *cand) bool {
	s := name.s
	if k.rule != "head" || k.name != "" || (name.rule != "named" && name.rule != "article") || name.a != k.b+1 ||
		(s.toks[k.b].Text != "," && s.toks[k.b].Text != ":") || !indefinite[s.low[k.a]] && s.low[k.a] != "one" {
		return false
	}
	next := s.word(name.b)
	return next != "and" && next != "or" && s.word(name.b+1) != "and" && s.word(name.b+1) != "or"
}

// renames reports whether c is an appositive that names again the policy
// kept just before it in the sentence: "finalized a rule requiring …, the
// agency's first binding rule aimed squarely at generative AI".
func renames(kept []*cand, c *cand) bool {
	s := c.s
	// (not a list's next item, nor a new clause's subject: ", a national
	// ban can too")
	if c.rule != "head" || c.a == 0 || s.toks[c.a-1].Text != "," || s.low[c.a] != "the" && s.tag(c.a) != "PRP$" && !indefinite[s.low[c.a]] ||
		c.b < len(s.toks) && (s.word(c.b) == "and" || s.word(c.b+1) == "and" || s.word(c.b) == "or" || isFinite(s.tag(c.b))) {
		return false
	}
	if len(kept) == 0 {
		return false
	}
	hw := headWord(s.low[c.head])
	k := kept[len(kept)-1] // the policy the appositive follows
	// "the CARE Coalition, a violence interruption program that …": an
	// indefinite appositive right after a name describes it.
	if indefinite[s.low[c.a]] {
		return k.b == c.a-1 && (k.name != "" || isCap(s.toks[k.b-1].Text))
	}
	for j := k.a; j < k.b; j++ {
		if headWord(s.low[j]) == hw {
			return true
		}
	}
	return false
}

// placeEnds returns the end offsets of the mentions of places that govern
// (GPE entities).
func placeEnds(ents []entity.Entity) map[int]bool {
	m := map[int]bool{}
	for _, e := range ents {
		if e.Type != entity.GPE {
			continue
		}
		for _, x := range e.Mentions {
			m[x.End] = true
		}
	}
	return m
}

// officialEnds returns the end offsets of the mentions of people who hold
// a public office ("Biden" of "President Joe Biden") and of bodies that
// govern by their name ("the Department of Education"). A title held in a
// society or company ("Society President Ash Soni") is no office.
func officialEnds(text string, ents []entity.Entity) map[int]bool {
	m := map[int]bool{}
	for _, e := range ents {
		ok := false
		switch e.Type {
		case entity.Person:
			for _, t := range e.Titles {
				for _, w := range strings.Fields(strings.ToLower(t)) {
					ok = ok || officialTitles[w] || agentWords[w] && !courts[w]
				}
			}
			for _, x := range e.Mentions {
				ok = ok && !privateTitle(text, x.Start)
			}
		case entity.Org:
			for _, w := range strings.Fields(strings.ToLower(e.Name)) {
				ok = ok || govBodyWords[w]
			}
		}
		if !ok {
			continue
		}
		for _, x := range e.Mentions {
			m[x.End] = true
		}
	}
	return m
}

// privateEnds returns the end offsets of the mentions of organizations
// that do not govern: companies, clubs, unions ("Harlow Appliances Inc.",
// "Apple"). Parties and bodies named as governing are not among them.
func privateEnds(ents []entity.Entity) map[int]bool {
	m := map[int]bool{}
	for _, e := range ents {
		if e.Type != entity.Org || !privateName(e.Name) {
			continue
		}
		for _, x := range e.Mentions {
			m[x.End] = true
		}
	}
	return m
}

// privateName reports whether an organization's name says nothing of
// government or politics.
func privateName(name string) bool {
	var buf [24]byte // a lower-cased word, looked up without allocating
	for name != "" {
		w := name
		if i := strings.IndexByte(name, ' '); i >= 0 {
			w, name = name[:i], name[i+1:]
		} else {
			name = ""
		}
		w = strings.Trim(w, ".,'’")
		if legislatures[w] {
			return false
		}
		if len(w) > len(buf) {
			continue
		}
		l := buf[:len(w)]
		for j := 0; j < len(w); j++ {
			c := w[j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			l[j] = c
		}
		if govBodyWords[string(l)] || agentWords[string(l)] || unions[string(l)] || politicalWords[string(l)] || publicAcronyms[string(l)] {
			return false
		}
	}
	return true
}

// politicalWords name parties and movements, which propose policy.
var politicalWords = words("party democrats republicans labour conservatives conservative liberal liberals " +
	"greens green gop tories tory caucus coalition front alliance movement")

// publicAcronyms are public bodies known by a name with no body word.
var publicAcronyms = words("ofgem ofcom ofsted ofwat nhs fema cdc fda sec ftc fcc epa osha irs hud doj dhs " +
	"usda nasa who imf ecb fed centre center court courts tribunal")

// privateTitle reports whether the words before a mention at start are a
// body that is no government and a title: "Society President …".
func privateTitle(text string, start int) bool {
	title, rest := lastWord(text[:start])
	body, _ := lastWord(rest)
	return officialTitles[strings.ToLower(title)] && orgEnders[strings.ToLower(strings.TrimSuffix(body, "'s"))]
}

// lastWord splits off the last space-separated word of text, looking back
// at most 30 bytes.
func lastWord(text string) (word, rest string) {
	e := len(text)
	for e > 0 && text[e-1] == ' ' {
		e--
	}
	a := e
	for a > 0 && e-a < 30 && text[a-1] != ' ' && text[a-1] != '\n' {
		a--
	}
	return text[a:e], text[:a]
}

// govBodyWords name a body of government inside an organization's name.
var govBodyWords = words("department ministry government administration agency commission council " +
	"parliament congress senate assembly legislature cabinet treasury reserve authority office " +
	"bureau service police board county city district municipality")

// finalPeriod reports whether a sentence's last token carries the
// sentence's period on a word ("Act."), not an abbreviation ("U.S.", "Inc.").
func finalPeriod(tok string) bool {
	w, ok := strings.CutSuffix(tok, ".")
	return ok && len(w) > 1 && !strings.Contains(w, ".") && !abbreviations[strings.ToLower(w)]
}

// abbreviations end in a period of their own.
var abbreviations = words("inc co corp ltd llc jr sr st dr mr mrs ms no vs etc gov sen rep gen col lt sgt capt ave blvd dept univ est approx")
