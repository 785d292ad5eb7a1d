package policy

import (
	"sort"
	"strings"

	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/analysis"
)

// resolver finds what the candidates of one article refer to: earlier
// mentions, statuses and actors.
type resolver struct {
	doc   *analysis.Doc
	ents  []entity.Entity
	sents []*sentence
	// silent anaphors by sentence and first token, with their referents.
	anaphors map[[2]int]*cand
	places   map[string]span // "liccardo" → "San Jose", from "San Jose Mayor Sam Liccardo"
	subjects map[int]span    // by sentence; span.s is nil when it has none
	speakers map[int]span    // by paragraph; span.s is nil when none is found
	legis    *span           // the first legislature the article names
	// told holds, by head word, the latest mention given a status: a
	// plan's contents stand where the plan does.
	told     map[string]*cand
	lastPlan *cand // the latest plan or budget given a status
	lastTold *cand // the latest mention given a status
	// policyNames memoizes policyName by entity (isPolicyName): 0
	// unknown, 1 true, 2 false.
	policyNames []int8
	built       bool
	// entityAt caches entity.Resolve by byte span: the same subjects and
	// speakers are resolved for many mentions.
	entityAt map[[2]int]int
}

// span is tokens [a, b) of sentence s.
type span struct {
	s    *sentence
	a, b int
}

func newResolver(doc *analysis.Doc, ents []entity.Entity) *resolver {
	return &resolver{doc: doc, ents: ents, sents: make([]*sentence, len(doc.Sentences)),
		anaphors: map[[2]int]*cand{}, subjects: map[int]span{}, speakers: map[int]span{}, entityAt: map[[2]int]int{},
		told: map[string]*cand{}}
}

// link points later mentions back to the first mention of their policy.
// It returns the bare phrases that announce a new policy with nothing
// before them to point back to ("The new guidance takes effect Monday"),
// which are first mentions after all.
func (r *resolver) link(found, silent []*cand) (promoted []*cand) {
	all := append(append([]*cand{}, found...), silent...)
	sortCands(all)
	var seen []*cand
	for _, c := range all {
		if c.pointsBack || c.silent {
			if ref := antecedentPolicy(seen, c); ref != nil {
				c.ref = root(ref)
			} else if c.silent && announcesNew(c) && !overlapsLast(seen, c) {
				c.silent = false
				promoted = append(promoted, c)
			}
		} else if c.name != "" {
			for _, o := range seen {
				if (o.name == c.name || o.alias == c.name) && !o.silent {
					// a policy's other name told again is not reported again
					c.ref, c.silent = root(o), o.name != c.name
					break
				}
			}
		} else if c.restated {
			if ref := restatedPolicy(seen, c); ref != nil {
				c.ref, c.silent = root(ref), true // not reported again
			}
		}
		if c.silent {
			r.anaphors[[2]int{c.s.idx, c.a}] = c
			continue
		}
		seen = append(seen, c)
	}
	return promoted
}

// restatedPolicy is the latest of seen (of the last 50) whose head word is
// c's, or any policy for a generic head ("the Federal measure").
func restatedPolicy(seen []*cand, c *cand) *cand {
	hw := strings.TrimSuffix(c.s.low[c.head], "s")
	named := true // only proper or public modifiers: "the Connecticut ban"
	for k := c.a + 1; k < c.head; k++ {
		named = named && (isCap(c.s.toks[k].Text) || publicWords[c.s.low[k]] || c.s.tag(k) == "POS" || isYear(c.s.low[k]) || c.s.sumWord(k))
	}
	for i := len(seen) - 1; i >= 0 && i >= len(seen)-50; i-- {
		o := seen[i]
		same := strings.TrimSuffix(o.s.low[o.head], "s") == hw
		// ("the hotel tax" restates "a bill that would allow Paterson to
		// impose a 3 percent tax on hotel rooms": all its words were told)
		// (a bare "the cap" only of the last few: "… required regulators
		// to cap rate increases …")
		if named && (same || restatingHeads[c.s.low[c.head]]) || (same || c.head > c.a+1 || len(seen)-i <= 3) && o.hasWords(c.s.low[c.a+1:c.head+1]) {
			return o
		}
	}
	return nil
}

// hasWords reports whether all of ws occur in c's phrase: "the housing
// bill" restates "a sweeping housing bill that would …".
func (c *cand) hasWords(ws []string) bool {
	for _, w := range ws {
		found := false
		for k := c.a; k < c.b && !found; k++ {
			found = c.s.low[k] == w
		}
		if !found {
			return false
		}
	}
	return true
}

// restatingHeads may name any policy told before.
var restatingHeads = words("measure measures legislation proposal policy")

// announcesNew reports whether a bare phrase calls its policy new or
// proposed ("the new rules"), in a sentence about government.
func announcesNew(c *cand) bool {
	for k := c.a; k < c.head; k++ {
		if newWords[c.s.low[k]] {
			return c.s.govContext(c.a, c.b)
		}
	}
	return false
}

// newWords mark a bare phrase as a policy's introduction.
var newWords = words("new proposed planned")

// overlapsLast reports whether c overlaps the last of seen, a mention that
// already covers it.
func overlapsLast(seen []*cand, c *cand) bool {
	n := len(seen)
	return n > 0 && seen[n-1].s == c.s && c.a < seen[n-1].b
}

func root(c *cand) *cand {
	for c.ref != nil {
		c = c.ref
	}
	return c
}

// antecedentPolicy is the latest of seen that a phrase like "the law" or
// "the new task force" can mean: same head word, same kind or a name with
// the head word. Only the last 50 mentions are tried, to stay linear.
func antecedentPolicy(seen []*cand, c *cand) *cand {
	hw := strings.TrimSuffix(c.s.low[c.head], "s")
	if c.pointsBack {
		hw = strings.TrimSuffix(c.s.low[c.a+1], "s")
		for k := c.a; k < c.head; k++ {
			if _, _, ok := c.s.headAt(k); ok {
				hw = strings.TrimSuffix(c.s.low[k], "s")
			}
		}
	}
	for i := len(seen) - 1; i >= 0 && i >= len(seen)-50; i-- {
		o := seen[i]
		if strings.Contains(strings.ToLower(o.name), hw) || strings.TrimSuffix(o.s.low[o.head], "s") == hw {
			return o
		}
	}
	for i := len(seen) - 1; i >= 0 && i >= len(seen)-50; i-- {
		if seen[i].kind == c.kind {
			return seen[i]
		}
	}
	return nil
}

func sortCands(cs []*cand) {
	sort.SliceStable(cs, func(i, j int) bool { return less(cs[i], cs[j]) })
}

func less(x, y *cand) bool {
	if x.s.idx != y.s.idx {
		return x.s.idx < y.s.idx
	}
	return x.a < y.a
}

// cueHit is a status cue found around a candidate.
type cueHit struct {
	status Status
	at     int // token index in the sentence
	where  int // 0 inside the phrase, -1 before it, +1 after it
}

// findCue returns the cue that tells c's status: one inside the phrase
// ("the ordinance that we passed"), else the nearest before or after it.
func findCue(c *cand) (cueHit, bool) {
	s := c.s
	var pre *cueHit
	for k := c.a; k < c.b; k++ {
		if k == c.head && c.rule != "requirement" {
			continue
		}
		if q, n := cueAt(s.low, k); n > 0 && !weakCues[s.low[k]] && !modalBefore(s, k) {
			if k > c.head {
				return cueHit{q.status, k, 0}, true
			}
			if pre == nil {
				pre = &cueHit{q.status, k, 0}
			}
		}
	}
	var best cueHit
	dist := 1 << 30
	for k := c.a - 1; k >= 0 && c.a-k <= 20; k-- {
		if q, n := cueAt(s.low, k); n > 0 {
			best, dist = cueHit{q.status, k, -1}, c.a-k
			break
		}
	}
	for k := c.b; k < len(s.low) && k-c.b < 6; k++ {
		if isBoundary(s.toks[k].Text) {
			break
		}
		if q, n := cueAt(s.low, k); n > 0 {
			if k-c.b+1 <= dist {
				best, dist = cueHit{q.status, k, 1}, k-c.b+1
			}
			break
		}
	}
	// A modifier such as "proposed" or "recently passed" tells the status
	// unless a verb right before the phrase governs it ("will withdraw a
	// proposed bill").
	if pre != nil && (dist > 3 || best.where == 1) {
		return *pre, true
	}
	return best, dist < 1<<30
}

// announcers frame what follows as announced: "Ms Marsh announced that the
// windfall tax … will rise".
var announcers = words("announced announces unveiled unveils confirmed confirms outlined outlines")

// announcedBefore reports whether an announcer comes shortly before token
// k in its sentence, framing a "will" there as an announcement.
func (s *sentence) announcedBefore(k int) bool {
	for j := k - 1; j >= 0 && k-j <= 12; j-- {
		if announcers[s.low[j]] {
			return true
		}
	}
	return false
}

// lawLike heads name standing law: "the NATO treaty", "Maryland state law".
var lawLike = map[string]bool{"treaty": true, "constitution": true, "code": true, "charter": true, "convention": true}

// properModifier reports whether a proper name modifies c's head: "the NATO treaty".
func (s *sentence) properModifier(c *cand) bool {
	for k := c.a; k < c.head && k < len(s.toks); k++ {
		if s.tag(k) == "NNP" || s.tag(k) == "NNPS" {
			return true
		}
	}
	return false
}

// modalBefore reports whether a modal comes just before token k: "a bill
// that would have banned …" tells no status.
func modalBefore(s *sentence, k int) bool {
	for j := k - 1; j >= 0 && k-j <= 2; j-- {
		if s.tag(j) == "MD" {
			return true
		}
	}
	return false
}

// status tells where c stands; ok is false when the mention is negated.
func (r *resolver) status(c *cand) (Status, bool) {
	if c.s.negated(c.a) || r.hypothetical(c) {
		return "", false
	}
	if c.s.chamberVoted(c) {
		return Proposed, true
	}
	switch c.s.describedBy(c) {
	case "now":
		if c.kind != Bill {
			return InEffect, true
		}
	case "would":
		return Proposed, true // "the SAVE Act, which would require …": not law yet
	}
	if c.rule == "planned" {
		// "would be halted": a plan, announced when an official's words
		// tell it ("Kejriwal announced that … would be halted").
		if c.s.announcedBefore(c.a) {
			return Announced, true
		}
		return Proposed, true
	}
	if c.rule == "act" {
		// A provision takes the status of its policy: "It would have voided
		// …" of a vetoed bill, "it lets tenants pay …" of a passed ordinance.
		if c.pointsBack && c.ref != nil && c.ref.status != "" {
			return c.ref.status, true
		}
		return actStatus(c), true
	}
	// An item of a plan's bulleted list stands where the plan does.
	if c.rule == "listed" {
		if k := r.planOf(c.container); k != nil {
			return k.status, true
		}
	}
	// "The policy also bars …", "Under the policy, buyers will get …": a
	// provision of a policy told before stands where that policy stands.
	if c.pointsBack && c.ref != nil && c.ref.status != "" {
		return c.ref.status, true
	}
	if hit, ok := findCue(c); ok {
		s := c.s
		if hit.status == Passed && oneChamber(c, hit) {
			return Proposed, true // "The Oregon House passed a bill …": the Senate is still to vote
		}
		for k := hit.at - 1; k >= 0 && k >= hit.at-2; k-- {
			if negators[s.low[k]] && hit.status != Rejected && hit.status != Repealed {
				// "would not sign the planned trade agreement": a definite
				// measure that is not passed is still proposed.
				if hit.at < c.a && (s.low[c.a] == "the" || s.tag(c.a) == "PRP$" || s.tag(c.a) == "NNP") {
					return Proposed, true
				}
				return "", false
			}
		}
		if hit.status == Passed {
			for k := hit.at - 1; k >= 0 && k >= hit.at-2; k-- {
				if st, ok := intents[s.low[k]]; ok {
					return st, true
				}
			}
		}
		if hit.status == Proposed && weakCues[s.low[hit.at]] && s.announcedBefore(hit.at) {
			return Announced, true
		}
		return hit.status, true
	}
	if c.rule == "requirement" && modalBefore(c.s, c.head) {
		return Proposed, true // "The ordinance would require …"
	}
	if c.rule == "sum" && c.s.modalIn(c.a, c.b) {
		return Proposed, true // "$260 million will go towards …"
	}
	if c.rule == "under" && c.kind != Plan {
		return InEffect, true // "Under the new law, owners must …"
	}
	if c.ref != nil && c.ref.status != "" {
		return c.ref.status, true
	}
	if c.container != nil {
		// "The package includes $15 million for …": what the package is.
		if k := r.planOf(c.container); k != nil {
			return k.status, true
		}
		return Proposed, true
	}
	if st, ok := kindDefaults[c.kind]; ok {
		return st, true
	}
	if (c.name != "" || c.s.properModifier(c)) && (c.kind == Law || lawLike[c.s.low[c.head]]) {
		return InEffect, true // a named law with no news about it is a law in force
	}
	st := tense(c)
	// "Holt signed two wildfire bills. One creates a $45 million grant
	// program …": a present tense right after a measure's passage tells
	// what the passed measure does.
	// (not a state told with "has been", "is", "remains")
	if st == InEffect && r.lastTold != nil && r.lastTold.status == Passed && c.s.idx-r.lastTold.s.idx <= 1 && !c.s.stateBefore(c.a) {
		return Passed, true
	}
	return st, true
}

// tense is the status that the verb nearest before the phrase, or else the
// first after it, tells by its tense alone.
func tense(c *cand) Status {
	s := c.s
	if st, ok := verbStatus(c); ok {
		return st
	}
	if c.rule == "requirement" {
		if st, ok := tenses[s.tag(c.head)]; ok {
			return st // "The decree instructs …": the provision's own verb
		}
	}
	for k := c.a - 1; k >= 0 && c.a-k <= 12; k-- {
		if isBoundary(s.toks[k].Text) && s.toks[k].Text != "," {
			break
		}
		if st, ok := tenses[s.tag(k)]; ok && !reportingVerbs[s.low[k]] {
			return st
		}
	}
	for k := c.b; k < len(s.toks) && k-c.b < 6; k++ {
		if st, ok := tenses[s.tag(k)]; ok {
			return st
		}
	}
	return Unknown
}

// verbStatus is the status that the verb of a verb-centred mention tells:
// "shut down all schools" passed, "to suspend Parliament" proposed, "is
// banned in Turkey" in effect.
func verbStatus(c *cand) (Status, bool) {
	s := c.s
	switch c.rule {
	case "gov-action":
		// "The board voted unanimously Thursday to close 10 schools": decided.
		if s.word(c.head-1) == "to" {
			if k := s.adjunctsBefore(c.head - 2); k >= 0 && decisions[s.low[k]] {
				return Passed, true
			}
		}
		if modalBefore(s, c.head) || s.word(c.head-1) == "to" {
			return Proposed, true
		}
		st, ok := actionTenses[s.tag(c.head)]
		return st, ok
	case "passive-act":
		for k := c.head - 1; k >= 0 && c.head-k <= 4; k-- {
			if st, ok := intents[c.s.low[k]]; ok {
				return st, true
			}
			if st, ok := passiveTenses[c.s.low[k]]; ok {
				return st, true
			}
			if st, ok := actionTenses[c.s.tag(k)]; ok {
				return st, true
			}
		}
		if st, ok := actionTenses[c.s.tag(c.head)]; ok {
			return st, true
		}
	case "passive-ban":
		for k := c.head - 1; k >= 0 && c.head-k <= 3; k-- {
			if st, ok := passiveTenses[s.low[k]]; ok {
				return st, true
			}
		}
	}
	return "", false
}

// actor finds who enacts, proposes or runs c, in order of evidence: a
// possessor, the subject of the status verb, the owner of the plan it is
// part of, a public modifier, the legislature for a bill, the sentence's
// or the previous sentence's subject.
func (r *resolver) actor(c *cand) (*string, *string) {
	s := c.s
	// The subject of the verb that tells the measure: "France" in "France
	// raised the retirement age", also over "its" in "end its mask mandate".
	if c.agent[1] > 0 {
		if n, id, ok := r.resolve(span{s, c.agent[0], c.agent[1]}); ok {
			return n, id
		}
	}
	if c.owner[1] > 0 {
		// "The Delhi government on Monday notified its … policy": "its" is
		// the subject before it.
		if w := s.low[c.owner[0]]; w == "its" || w == "their" {
			if sp, ok := r.subject(s.idx); ok && sp.s == s && sp.b <= c.owner[0] {
				if n, id, ok := r.resolve(sp); ok {
					return n, id
				}
			}
		}
		if n, id, ok := r.resolve(span{s, c.owner[0], c.owner[1]}); ok {
			return n, id
		}
	}
	// "United States sanctions on Tehran", "EU tariffs": a place or a
	// body that governs, named before the head.
	for k := c.a; k < c.head && k < len(s.toks); k++ {
		if e := s.toks[k].End; (s.places[e] || s.officials[e]) && s.tag(k+1) != "POS" {
			// (a lone "Council" of "Council rate relief" names whose rates, not who acts)
			if a, ok := s.nnpRunEnding(k); ok && (s.places[e] || a < k) {
				if n, id, ok := r.resolve(span{s, a, k + 1}); ok {
					return n, id
				}
			}
		}
	}
	// "The governor vetoed a bill …", "a court struck down a provision …":
	// whoever rejects a measure neither enacts nor proposes it.
	rejected := false
	if hit, ok := findCue(c); ok && hit.status == Rejected && hit.where == -1 && !strings.HasPrefix(s.low[hit.at], "withdr") {
		rejected = true
	} else if ok {
		// (a court that upholds a law did not make it)
		if sp, ok := r.cueAgent(c, hit); ok && !courts[sp.s.low[sp.b-1]] {
			if n, id, ok := r.resolve(sp); ok {
				return n, id
			}
		}
	}
	if k := c.container; k != nil {
		if k.owner[1] > 0 {
			if n, id, ok := r.resolve(span{s, k.owner[0], k.owner[1]}); ok {
				return n, id
			}
		} else if s.idx > 0 {
			if sp, ok := r.subject(s.idx - 1); ok {
				if n, id, ok := r.resolve(sp); ok {
					return n, id
				}
			}
		}
	}
	if a, ok := publicActors[c.public]; ok {
		return ptr(a), nil
	}
	if c.kind == Bill {
		if sp := r.legislature(); sp != nil {
			if n, id, ok := r.resolve(*sp); ok {
				return n, id
			}
		}
	}
	// A policy that is its sentence's subject gets no actor from context,
	// but from the official who tells it: "The Temporary Resident
	// Retention Pathway will let workers …, Minister Ana Delorme told
	// reporters".
	if s.beforeVerb(c.a) || rejected {
		if !rejected {
			if sp, ok := s.speakerAfter(c.b); ok {
				if n, id, ok := r.resolve(sp); ok {
					return n, id
				}
			}
		}
		return nil, nil
	}
	for i := s.idx; i >= 0 && i >= s.idx-1; i-- {
		// A court rules on measures; it enacts none, and a company or a
		// bystander none either ("Harlow Appliances Inc. cut its forecast,
		// saying US tariffs …").
		if sp, ok := r.subject(i); ok && (sp.s != s || sp.b <= c.a || sp.a >= c.b) && !courts[sp.s.low[sp.b-1]] && !sp.s.private[sp.s.toks[sp.b-1].End] {
			if n, id, ok := r.resolve(sp); ok {
				return n, id
			}
		}
	}
	return nil, nil
}

// speakerAfter finds an official who says the sentence, after token b:
// "…, Labour and Immigration Minister Ana Delorme told reporters".
func (s *sentence) speakerAfter(b int) (span, bool) {
	for j := b + 1; j < len(s.toks) && j-b <= 60; j++ {
		if !sayVerbs[s.low[j]] || !s.officials[s.toks[j-1].End] || s.toks[j-1].Tag != "NNP" {
			continue
		}
		// (set off by a comma within a few words: "…, Labour and
		// Immigration Minister Ana Delorme told")
		if a, ok := s.nnpRunEnding(j - 1); ok {
			for k := a - 1; k >= b && a-k <= 4; k-- {
				if s.toks[k].Text == "," {
					return span{s, a, j}, true
				}
			}
		}
	}
	return span{}, false
}

// sayVerbs tell who says a sentence.
var sayVerbs = words("said says told")

// beforeVerb reports whether token a comes before the sentence's first
// finite verb, where the subject stands.
func (s *sentence) beforeVerb(a int) bool {
	if s.firstVerb < 0 {
		s.firstVerb = len(s.toks)
		for k := range s.toks {
			if isFinite(s.tag(k)) {
				s.firstVerb = k
				break
			}
		}
	}
	return a <= s.firstVerb
}

// cueAgent is the agent of the status cue: "we" in "the ordinance that we
// passed", "San Jose" in "San Jose has approved …", the owner of "his plan
// includes …".
func (r *resolver) cueAgent(c *cand, hit cueHit) (span, bool) {
	s := c.s
	switch hit.where {
	case 0:
		for k := hit.at - 1; k > c.a; k-- {
			if s.low[k] == "that" || s.low[k] == "which" || s.low[k] == "who" {
				if sp, ok := s.agentAt(k+1, hit.at); ok {
					return sp, true
				}
				break
			}
		}
	case -1:
		sp, ok := s.subjectBefore(hit.at)
		if !ok {
			return span{}, false
		}
		if _, hs, isPolicy := s.headAt(sp.b - 1); isPolicy {
			tmp := &cand{s: s, a: sp.a}
			s.findOwner(tmp, hs)
			if tmp.owner[1] > 0 {
				return span{s, tmp.owner[0], tmp.owner[1]}, true
			}
			return span{}, false
		}
		if s.isAgent(sp.a, sp.b) {
			return sp, true
		}
	}
	// "approved last week by the Passaic County Board of Chosen Freeholders"
	e := hit.at + 1
	if n := s.dateLen(e); n > 0 {
		e += n
	} else if n := s.datedAfter(e); n > 0 {
		e += n
	}
	if e+1 < len(s.low) && s.low[e] == "by" {
		return s.agentAt(e+1, min(len(s.toks), e+10))
	}
	return span{}, false
}

// auxiliaries stand between a subject and its verb.
var auxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true,
	"be": true, "been": true, "'s": true, "’s": true, "'re": true, "’re": true, "also": true,
	"just": true, "recently": true, "already": true, "will": true, "would": true, "to": true,
	"'ll": true, "’ll": true, "finally": true, "formally": true, "unanimously": true,
}

// subjectBefore is the noun phrase that ends just before the verb at k,
// auxiliaries skipped.
func (s *sentence) subjectBefore(k int) (span, bool) {
	j := k - 1
	for j >= 0 && (auxiliaries[s.low[j]] || s.tag(j) == "RB" || s.tag(j) == "MD") {
		j--
	}
	// "The Biden administration on Tuesday unveiled …": wire copy puts the
	// day between the subject and its verb.
	if t := s.timeAdjunctStart(j); t > 0 {
		j = t - 1
	}
	if j < 0 {
		return span{}, false
	}
	// "Youssef Chahed, the Prime Minister of Tunisia, signed …": the subject
	// is before an appositive that opens with a determiner, else it is the
	// name between the commas ("the leader …, Pope Francis, imposed …").
	if s.toks[j].Text == "," {
		for p := j - 1; p > 0 && j-p <= 10; p-- {
			if s.toks[p].Text != "," {
				continue
			}
			if s.tag(p+1) == "DT" {
				j = p - 1
			} else {
				j--
			}
			break
		}
		if j < 0 || s.toks[j].Text == "," {
			return span{}, false
		}
	}
	switch tag := s.tag(j); {
	case tag == "PRP":
		return span{s, j, j + 1}, true
	case tag == "NNP" || tag == "NNPS":
		a, _ := s.nnpRunEnding(j)
		// "Rep. Curtis Hale of Klamath Falls offered …": the official, not
		// the home town.
		if s.word(a-1) == "of" && a >= 2 && s.tag(a-2) == "NNP" {
			t, _ := s.nnpRunEnding(a - 2)
			if officialTitles[s.low[t]] {
				return span{s, t, a - 1}, true
			}
			// "The People's Bank of China lowered …": a body's name.
			if govSubjects[s.low[a-2]] || govBodyWords[s.low[a-2]] {
				return span{s, t, j + 1}, true
			}
		}
		return span{s, a, j + 1}, true
	case isNoun(tag):
		return span{s, s.npStart(j), j + 1}, true
	}
	return span{}, false
}

// unions of states govern their members: "the European Union".
var unions = words("european african eurasian nations")

// isPolicyName memoizes policyName of entity k's name: the same entities
// are resolved for many mentions.
func (r *resolver) isPolicyName(k int) bool {
	if r.policyNames == nil {
		r.policyNames = make([]int8, len(r.ents))
	}
	v := &r.policyNames[k]
	if *v == 0 {
		*v = 2
		if policyName(r.ents[k].Name) {
			*v = 1
		}
	}
	return *v == 1
}

// policyName reports whether an entity's name is a policy's: "House Bill
// 3150", "the Clean Air Act".
func policyName(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if n := len(f); n > 1 && isDigits(f[n-1]) {
		f = f[:n-1]
	}
	if len(f) < 2 {
		return false
	}
	_, ok := namedHeads[f[len(f)-1]]
	_, compound := compounds[f[len(f)-2]+" "+f[len(f)-1]]
	return ok || compound
}

// stateBefore reports whether a form of "be" or "have" shortly before a
// tells a state: "has been the subject of United States sanctions".
func (s *sentence) stateBefore(a int) bool {
	for k := a - 1; k >= 0 && a-k <= 5; k-- {
		if beForms[s.low[k]] || s.low[k] == "has" || s.low[k] == "have" {
			return true
		}
	}
	return false
}

// modalIn reports whether a modal stands in tokens [a, b).
func (s *sentence) modalIn(a, b int) bool {
	for k := a; k < b; k++ {
		if s.tag(k) == "MD" {
			return true
		}
	}
	return false
}

// planOf is the mention told before that a plan's container restates: one
// with its head ("the package"), or else the last plan or budget ("The
// spending plan includes:" after "a $1.6 billion operating budget").
func (r *resolver) planOf(cont *cand) *cand {
	if k := r.told[headWord(cont.s.low[cont.head])]; k != nil {
		return k
	}
	return r.lastPlan
}

// oneChamber reports whether the cue hit that says c passed is a vote of
// one chamber of a legislature on a bill ("The Oregon House on Tuesday
// passed a bill …", "The House passed a full-year defense spending bill"),
// which leaves it proposed.
func oneChamber(c *cand, hit cueHit) bool {
	s := c.s
	// (also "The Senate approved a resolution creating …": a chamber's
	// approval of a measure)
	w := s.low[hit.at]
	if hit.where != -1 || !(c.kind == Bill && strings.HasPrefix(w, "pass") || w == "approved" && c.kind != Funding) {
		return false
	}
	for k := c.a; k < c.b; k++ {
		if chamberActs[s.low[k]] {
			return false // "The House approved articles of impeachment": the House alone decides
		}
	}
	sp, ok := s.subjectBefore(s.auxStart(hit.at))
	if !ok {
		return false
	}
	return chambers[s.low[sp.b-1]]
}

// chamberVoted reports whether c is what one chamber of a legislature
// voted for, which the other must still pass: "The Virginia Senate voted
// 24-16 on Tuesday to require …", "The Assembly voted 54-44 in February
// for a proposal requiring …".
func (s *sentence) chamberVoted(c *cand) bool {
	for k := c.a - 1; k >= 1 && c.a-k <= 10; k-- {
		if s.low[k] != "voted" {
			continue
		}
		if sp, ok := s.subjectBefore(s.auxStart(k)); !ok || !chambers[s.low[sp.b-1]] || c.kind == Funding {
			return false
		}
		for j := c.a; j < c.b; j++ {
			if chamberActs[s.low[j]] {
				return false
			}
		}
		return true
	}
	return false
}

// describedBy tells how c's own relative clause after a comma says what it
// does: "now" in the present ("the Egalim law, which requires retailers
// …", "the diversion program, which offers counseling …" exist already),
// "would" as a plan ("the SAVE Act, which would require …"), else "".
func (s *sentence) describedBy(c *cand) string {
	for k := c.head + 1; k+2 < c.b; k++ {
		if s.low[k] != "," || s.low[k+1] != "which" {
			continue
		}
		// (not "which is territory controlled by …": what it is)
		switch t := s.tag(k + 2); {
		case s.low[k+2] == "would":
			return "would"
		case (t == "VBZ" || t == "VBP") && !(copulas[s.low[k+2]] && !strings.HasPrefix(s.tag(k+3), "VB")):
			return "now"
		}
		return ""
	}
	return ""
}

// chamberActs are what one chamber decides alone.
var chamberActs = words("impeachment impeach censure contempt")

// chambers are the houses of a legislature with two.
var chambers = words("house senate chamber assembly")

// timeAdjunctStart returns where a time adjunct that ends at token j
// starts ("on Tuesday", "Monday", "last week", "earlier this month"), or -1.
func (s *sentence) timeAdjunctStart(j int) int {
	w := s.word(j)
	switch {
	case notAgents[w] || w == "today" || w == "yesterday" || w == "tonight":
		if p := s.word(j - 1); p == "on" || p == "last" || p == "this" || p == "late" || p == "early" {
			return j - 1
		}
		return j
	case timeNouns[w] && (s.word(j-1) == "last" || s.word(j-1) == "this" || s.word(j-1) == "next"):
		if p := s.word(j - 2); p == "earlier" || p == "later" {
			return j - 2
		}
		return j - 1
	}
	return -1
}

// timeNouns are the spans that "last", "this" and "next" make a time
// adjunct of: "last week", "this year".
var timeNouns = words("week month year spring summer fall autumn winter weekend session term")

// agentAt is the first pronoun or proper name in tokens [a, e).
func (s *sentence) agentAt(a, e int) (span, bool) {
	for k := a; k < e && k < len(s.toks); k++ {
		switch s.tag(k) {
		case "PRP":
			return span{s, k, k + 1}, true
		case "NNP", "NNPS":
			b := k
			for b < e && (s.tag(b) == "NNP" || s.tag(b) == "NNPS") {
				b++
			}
			return span{s, k, b}, true
		}
	}
	return span{}, false
}

// isAgent reports whether tokens [a, b) can enact a policy: a name, a
// pronoun or a noun such as "the governor".
func (s *sentence) isAgent(a, b int) bool {
	if b-a == 1 && s.tag(a) == "PRP" {
		return s.low[a] != "it"
	}
	last := b - 1
	if notAgents[s.low[last]] || notAgents[s.low[a]] {
		return false
	}
	if s.tag(last) == "NNP" || s.tag(last) == "NNPS" {
		return true
	}
	if agentWords[s.low[last]] {
		return true
	}
	return false
}

// subject is the agent subject of sentence i: its opening name ("Gov. Kathy
// Hochul and Adams met …"), the subject after a reporting verb ("A statement
// … said the president will …") or of its first verb.
func (r *resolver) subject(i int) (span, bool) {
	if sp, ok := r.subjects[i]; ok {
		return sp, sp.s != nil
	}
	sp, _ := r.findSubject(i)
	r.subjects[i] = sp
	return sp, sp.s != nil
}

func (r *resolver) findSubject(i int) (span, bool) {
	s := r.sents[i]
	if s == nil || len(s.toks) == 0 {
		return span{}, false
	}
	if e := s.nnpRunFrom(0); e > 0 && s.isAgent(0, e) {
		return span{s, 0, e}, true
	}
	for k, w := range s.low {
		if reportingVerbs[w] {
			j := k + 1
			if s.word(j) == "that" {
				j++
			}
			if j < len(s.toks) {
				// (not the day: "O'Hara said Monday, in a policy change …")
				if e := s.nnpRunFrom(j); e > j && !notAgents[s.low[j]] {
					return span{s, j, e}, true
				}
				if s.tag(j) == "PRP" && s.isAgent(j, j+1) {
					return span{s, j, j + 1}, true
				}
				if s.tag(j) == "DT" {
					e := j + 1
					for e < len(s.toks) && (isNoun(s.tag(e)) || isAdj(s.tag(e))) {
						e++
					}
					if e > j+1 && s.isAgent(j, e) {
						return span{s, j, e}, true
					}
				}
			}
			break
		}
	}
	for k := range s.toks {
		if isFinite(s.tag(k)) && !reportingVerbs[s.low[k]] {
			if sp, ok := s.subjectBefore(k); ok && s.isAgent(sp.a, sp.b) {
				return sp, true
			}
			break
		}
	}
	return span{}, false
}

// nnpRunFrom returns the end of the proper-name run starting at a (a if none).
func (s *sentence) nnpRunFrom(a int) int {
	e := a
	for e < len(s.toks) && e-a < maxName && (s.tag(e) == "NNP" || s.tag(e) == "NNPS") && isCap(s.toks[e].Text) && !isBoundary(s.toks[e].Text) {
		e++
	}
	return e
}

// officeWords are the staff of an office holder, who act for them.
var officeWords = words("office administration government cabinet spokesman spokeswoman spokesperson")

var firstPlural = map[string]bool{"we": true, "our": true, "us": true}
var firstSingular = map[string]bool{"i": true, "my": true, "me": true}
var thirdPerson = map[string]bool{"he": true, "his": true, "him": true, "she": true, "her": true, "they": true, "their": true, "them": true, "its": true}

// resolve names the entity at sp: through the entity clusters when they
// know it, else through the quote's speaker for "we", the antecedent for
// "he", an earlier policy for "the new task force", or the words themselves.
func (r *resolver) resolve(sp span) (*string, *string, bool) {
	return r.resolveDepth(sp, 0)
}

func (r *resolver) resolveDepth(sp span, depth int) (*string, *string, bool) {
	s := sp.s
	if depth > 3 || sp.b <= sp.a {
		return nil, nil, false
	}
	w := s.low[sp.a]
	// "We'd", "I'd": prose leaves the contraction on the pronoun.
	if i := strings.IndexAny(w, "'’"); i > 0 && sp.b-sp.a == 1 {
		w = w[:i]
	}
	if sp.b-sp.a == 1 && (firstPlural[w] || firstSingular[w]) {
		spk, ok := r.speaker(s)
		if !ok {
			return nil, nil, false
		}
		if firstPlural[w] {
			if place, ok := r.placeOf(spk, depth); ok {
				return r.resolveDepth(place, depth+1)
			}
		}
		return r.resolveDepth(spk, depth+1)
	}
	// "her government" is hers.
	if sp.b-sp.a == 2 && s.tag(sp.a) == "PRP$" && (s.low[sp.a+1] == "government" || s.low[sp.a+1] == "administration") {
		return r.resolveDepth(span{s, sp.a, sp.a + 1}, depth+1)
	}
	start, end := s.toks[sp.a].Start, s.toks[sp.b-1].End
	if k := r.entity(start, end); k >= 0 && k < len(r.ents) {
		if r.isPolicyName(k) {
			return nil, nil, false // "It" of a provision is the bill, no actor
		}
		return ptr(r.ents[k].Name), ptr(r.ents[k].ID), true
	}
	// "Texas Gov. Greg Abbott": the name after the titles.
	for a := sp.a + 1; a < sp.b && sp.b-a >= 1 && a-sp.a <= 4; a++ {
		if k := r.entity(s.toks[a].Start, end); k >= 0 && k < len(r.ents) && r.ents[k].Type == entity.Person {
			return ptr(r.ents[k].Name), ptr(r.ents[k].ID), true
		}
	}
	// "the U.S. Trade Representative's office": the office holder's.
	if sp.b-sp.a >= 3 && s.tag(sp.b-2) == "POS" && officeWords[s.low[sp.b-1]] {
		return r.resolveDepth(span{s, sp.a, sp.b - 2}, depth+1)
	}
	if sp.b-sp.a == 1 && thirdPerson[w] {
		if ant, ok := r.antecedent(s, sp.a); ok {
			return r.resolveDepth(ant, depth+1)
		}
		return nil, nil, false
	}
	for k := sp.a; k < sp.b; k++ {
		if an, ok := r.anaphors[[2]int{s.idx, k}]; ok && an.ref != nil && an.ref.name != "" {
			ref := an.ref
			hs, he := ref.s.toks[ref.a].Start, ref.s.toks[ref.b-1].End
			if k := r.entity(hs, he); k >= 0 && k < len(r.ents) {
				return ptr(r.ents[k].Name), ptr(r.ents[k].ID), true
			}
			return ptr(ref.name), nil, true
		}
	}
	a := sp.a
	if s.low[a] == "the" && a+1 < sp.b {
		a++
	}
	return ptr(s.text(a, sp.b)), nil, true
}

// antecedent is the name a third-person pronoun at token k most likely
// means: the nearest name before it in its sentence, else the subject of one
// of the three sentences before.
func (r *resolver) antecedent(s *sentence, k int) (span, bool) {
	for j := k - 1; j >= 0 && k-j <= 40; j-- {
		if s.tag(j) == "NNP" || s.tag(j) == "NNPS" {
			a, _ := s.nnpRunEnding(j)
			return span{s, a, j + 1}, true
		}
	}
	for i := s.idx - 1; i >= 0 && i >= s.idx-3; i-- {
		if sp, ok := r.subject(i); ok {
			return sp, true
		}
	}
	return span{}, false
}

// speaker is who speaks the quote that sentence s belongs to: the subject of
// a reporting verb outside quote marks in its paragraph or in one of the two
// paragraphs before.
func (r *resolver) speaker(s *sentence) (span, bool) {
	p := r.doc.Sentences[s.idx].Para
	if sp, ok := r.speakers[p]; ok {
		return sp, sp.s != nil
	}
	sp, _ := r.findSpeaker(p)
	r.speakers[p] = sp
	return sp, sp.s != nil
}

func (r *resolver) findSpeaker(p int) (span, bool) {
	for q := p; q >= 0 && q >= p-2; q-- {
		par := r.doc.Paragraphs[q]
		inside := false
		for i := par.First; i < par.Last; i++ {
			ps := r.sents[i]
			if ps == nil {
				continue
			}
			for k, t := range ps.toks {
				if isQuoteMark(t.Text) {
					inside = !inside
					continue
				}
				if inside || !reportingVerbs[ps.low[k]] {
					continue
				}
				if sp, ok := ps.subjectBefore(k); ok && ps.isAgent(sp.a, sp.b) {
					return sp, true
				}
				if sp, ok := ps.agentAt(k+1, min(len(ps.toks), k+4)); ok {
					return sp, true
				}
			}
		}
	}
	return span{}, false
}

// placeOf is the place a speaker holds office for, from "San Jose Mayor Sam
// Liccardo": a mayor's "we" is the city's.
func (r *resolver) placeOf(spk span, depth int) (span, bool) {
	r.build()
	s := spk.s
	if k := r.entity(s.toks[spk.a].Start, s.toks[spk.b-1].End); k >= 0 && k < len(r.ents) {
		for _, m := range r.ents[k].Mentions {
			for _, w := range strings.Fields(strings.ToLower(m.Text)) {
				if sp, ok := r.places[w]; ok {
					return sp, true
				}
			}
		}
	}
	w := spk.s.low[spk.b-1]
	if thirdPerson[w] {
		if ant, ok := r.antecedent(spk.s, spk.a); ok && depth < 3 {
			return r.placeOf(ant, depth+1)
		}
		return span{}, false
	}
	sp, ok := r.places[w]
	return sp, ok
}

// entity is entity.Resolve, cached.
func (r *resolver) entity(start, end int) int {
	key := [2]int{start, end}
	if k, ok := r.entityAt[key]; ok {
		return k
	}
	k := entity.Resolve(r.doc, r.ents, start, end)
	r.entityAt[key] = k
	return k
}

// build indexes the article's office holders and legislature once.
func (r *resolver) build() {
	if r.built {
		return
	}
	r.built = true
	r.places = map[string]span{}
	for _, s := range r.sents {
		if s == nil {
			continue
		}
		for k, t := range s.toks {
			if r.legis == nil && legislatures[t.Text] {
				r.legis = &span{s, k, k + 1}
			}
			if !placeTitles[t.Text] || k == 0 {
				continue
			}
			a, ok := s.nnpRunEnding(k - 1)
			if !ok || a == k {
				continue
			}
			e := s.nnpRunFrom(k + 1)
			place := span{s, a, k}
			r.places[strings.ToLower(t.Text)] = place
			for j := k + 1; j < e; j++ {
				r.places[s.low[j]] = place
			}
		}
	}
}

func (r *resolver) legislature() *span {
	r.build()
	return r.legis
}
