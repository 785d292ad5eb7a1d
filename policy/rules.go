package policy

import "strings"

// cand is a policy candidate in one sentence: tokens [a, b) of s.
type cand struct {
	s      *sentence
	a, b   int
	head   int // the head token, requirement verb or first content token
	kind   Kind
	name   string // proper name, "" if none
	alias  string // another name told for it in its sentence ("as Proposition 3")
	rule   string
	owner  [2]int // tokens of a possessor ("his", "San Jose's"); owner[1] == 0 if none
	public string // the public modifier ("federal"), "" if none
	// agent is the subject of the verb that tells the measure ("France" in
	// "France raised the retirement age"); agent[1] == 0 if none.
	agent [2]int
	// headed marks an act whose object is a policy noun phrase ("lifted the
	// ban"): the act's verb then tells that policy's status.
	headed bool
	// restated marks a head phrase that only names whose policy it is ("the
	// Connecticut ban"): a later mention when one with its head came before.
	restated bool
	// coord is 1 + the verb an act's verb is coordinated with ("would raise
	// …, create …"), whose tense tells the status; 0 if none.
	coord int
	// silent marks a bare "the law": it only points back to an earlier
	// mention and is not reported on its own.
	silent bool
	// pointsBack marks a phrase whose subject is a later mention of an
	// earlier policy ("The law also requires …").
	pointsBack bool
	// container is the plan or list a content candidate belongs to ("his
	// plan includes …"), nil if none. Containers are not reported.
	container   *cand
	isContainer bool

	ref    *cand  // the first mention of the same policy, if this is a later one
	status Status // set by Analyze; "" drops the candidate
}

// rule finds policy candidates in a sentence. Rules are independent; their
// candidates are merged by Analyze.
type rule struct {
	name string
	find func(s *sentence) []*cand
}

// rules are the detectors, each tested on its own in rules_test.go.
var rules = []rule{
	{"named", findNamed},
	{"act", findActs}, // before the rules it may tie with: its verb knows the actor
	{"head", findHeads},
	{"requirement", findRequirements},
	{"includes", findIncludes},
	{"part-of", findPartOf},
	{"imposed", findImposed},
	{"under", findUnder},
	{"gov-action", findGovActions},
	{"passive-ban", findPassiveBans},
	{"passive-act", findPassiveActs},
	{"pledge", findPledges},
	{"article", findArticles},
	{"spending", findSpending},
	{"sum", findSums},
	{"ordered", findOrdered},
	{"listed", findListed},
}

// findNamed finds capitalized policy names: "Affordable Care Act",
// "Blueprint to End Gun Violence", "Interstate Task Force on Illegal Guns".
func findNamed(s *sentence) []*cand {
	var out []*cand
	for i := 0; i < len(s.toks); i++ {
		kind, hs, he, ok := s.namedHeadAt(i)
		if !ok {
			continue
		}
		// Capitalized words before the head, and connector + capitalized words after it.
		a := hs
		for a > 0 && hs-a < maxName && s.tag(a-1) != "PRP$" && (!isBoundary(s.toks[a-1].Text) || s.tag(a-1) == "POS" || s.toks[a-1].Text == ")") {
			if isCap(s.toks[a-1].Text) {
				a--
				continue
			}
			// "Clinical Establishments (Regulation) Amendment Bill", "Children
			// (Scotland) Act": a capitalized word in parentheses inside the name.
			// (also "Water (Special Measures) Act": several words).
			if o := s.capParenOpen(a - 1); o > 0 && isCap(s.toks[o-1].Text) && !isBoundary(s.toks[o-1].Text) {
				a = o
				continue
			}
			// "Renters’ Rights Act": a possessive inside the name.
			if a > 1 && s.tag(a-1) == "POS" && isCap(s.toks[a-2].Text) && s.low[a-1] != "'s" && s.low[a-1] != "’s" {
				a--
				continue
			}
			// "Tenure of Office Act": a connector between capitalized words.
			// ("According to Foreign Policy": a sentence's first verb is no part)
			if a > 1 && nameConnectors[s.low[a-1]] && s.low[a-1] != "the" && isCap(s.toks[a-2].Text) && !isBoundary(s.toks[a-2].Text) && s.tag(a-2) != "VBG" {
				a -= 2
				continue
			}
			break
		}
		// A head followed straight by a capitalized word is inside some other
		// name ("Sheriff Bill Brown", "Plan B").
		if he < len(s.toks) && isCap(s.toks[he].Text) && !isBoundary(s.toks[he].Text) {
			i = he - 1
			continue
		}
		// "Online Safety Amendment (Social Media Minimum Age) Act": the head
		// is part of the longer name read from its last head.
		if c := s.capParenClose(he); c > 0 && c+1 < len(s.toks) && isCap(s.toks[c+1].Text) && !isBoundary(s.toks[c+1].Text) {
			i = he - 1
			continue
		}
		b := he
		for b < len(s.toks) && b-he < maxName {
			k := b
			for k < len(s.toks) && nameConnectors[s.low[k]] && k-b < 2 {
				k++
			}
			if k == b || k == len(s.toks) || !isCap(s.toks[k].Text) || isBoundary(s.toks[k].Text) {
				break
			}
			for k < len(s.toks) && k-he < maxName && !isBoundary(s.toks[k].Text) &&
				(isCap(s.toks[k].Text) || s.tag(k) == "POS" && k+1 < len(s.toks) && isCap(s.toks[k+1].Text)) {
				k++ // "Blueprint for Maryland's Future"
			}
			b = k
		}
		if a < hs && s.low[a] == "the" {
			a++
		}
		if s.inOrgName(a) || s.low[hs] == "fund" && s.institution(a, hs) {
			continue
		}
		// "Foreign Policy", "the Evening Standard", "Standard & Poor's"
		// are magazines, papers and firms; "National Education Policy",
		// "One-Child Policy", "Electric Vehicle Policy 2.0", "Decent Homes
		// Standard" and "Future Drought Fund" are policies.
		if longNamed[s.low[hs]] && (a == hs || b-a < 3 && !strings.Contains(s.low[a], "-") && !(b < len(s.toks) && isVersion(s.low[b]))) {
			continue
		}
		if need := namedNeeds[s.low[hs]]; need != nil && !s.anyIn(a, hs, need) || longNamed[s.low[hs]] && s.initialIn(a, hs) {
			continue // "Ulysses S. Grant" is a person
		}
		// "Senate Bill 412": a bill's number is part of its name, and so is
		// a version or a year ("Electric Vehicle Policy 2.0", "Housing Act
		// 1988").
		if b == he && b < len(s.toks) && (kind == Bill && isDigits(s.low[b]) || isVersion(s.low[b]) && !isNoun(s.tag(b+1))) {
			b++
		}
		if programNames[s.low[hs]] && b-a == 1 {
			b = he // "Medicare" alone is a name too
			if s.word(he) == "for" && s.word(he+1) == "all" {
				b = he + 2 // "Medicare for all", however it is cased
			}
		} else if b-a < 2 || (a == hs && b == he) || orgEnders[s.low[b-1]] {
			continue
		}
		// A leading head followed straight by a capitalized word is a first
		// name or a sentence opening ("Bill Clinton").
		if a == hs && (b == he || !nameConnectors[s.low[he]]) && !programNames[s.low[hs]] && !(kind == Bill && isDigits(s.low[b-1])) {
			continue
		}
		c := &cand{s: s, a: s.npStart(a), head: hs, kind: kind, rule: "named", name: s.text(a, b)}
		if c.a > a {
			c.a = a
		}
		c.b = max(b, s.npEnd(b))
		// "the Blueprint for Maryland's Future, the state's sweeping
		// education reform law": an appositive that names the policy again.
		if e, ok := s.policyAppositiveAfter(c.b); ok {
			c.b = e
		}
		// "Senate Bill 4, which makes illegal entry into the state a crime"
		c.b = s.relativeEnd(c.b)
		s.findOwner(c, a)
		out = append(out, c)
		i = b - 1
	}
	return out
}

// maxNameParen bounds the words of a parenthesis inside a name.
const maxNameParen = 5

// capParenOpen returns the index of the "(" of a parenthesis of capitalized
// words that token c closes, or -1.
func (s *sentence) capParenOpen(c int) int {
	if c < 0 || s.toks[c].Text != ")" {
		return -1
	}
	for j := c - 1; j >= 0 && c-j <= maxNameParen+1; j-- {
		if s.toks[j].Text == "(" {
			if j == c-1 {
				return -1
			}
			return j
		}
		if !isCap(s.toks[j].Text) || isBoundary(s.toks[j].Text) {
			return -1
		}
	}
	return -1
}

// capParenClose returns the index of the ")" of a parenthesis of
// capitalized words that token o opens, or -1.
func (s *sentence) capParenClose(o int) int {
	if o >= len(s.toks) || s.toks[o].Text != "(" {
		return -1
	}
	for j := o + 1; j < len(s.toks) && j-o <= maxNameParen+1; j++ {
		if s.toks[j].Text == ")" {
			if j == o+1 {
				return -1
			}
			return j
		}
		if !isCap(s.toks[j].Text) || isBoundary(s.toks[j].Text) {
			return -1
		}
	}
	return -1
}

// anyIn reports whether one of tokens [a, b) is in set.
func (s *sentence) anyIn(a, b int, set map[string]bool) bool {
	for k := a; k < b; k++ {
		if set[s.low[k]] {
			return true
		}
	}
	return false
}

// initialIn reports whether one of tokens [a, b) is a name's initial ("S.").
func (s *sentence) initialIn(a, b int) bool {
	for k := a; k < b; k++ {
		if t := s.toks[k].Text; len(t) == 2 && t[1] == '.' && isCap(t) {
			return true
		}
	}
	return false
}

// relativeEnd extends a phrase that ends at b over a relative clause
// after a comma, which tells the policy's content.
func (s *sentence) relativeEnd(b int) int {
	if b >= len(s.toks)-1 || s.toks[b].Text != "," {
		return b
	}
	// ", which …", ", under which one crore households will get …"
	if w := s.low[b+1]; w == "which" || w == "that" || s.tag(b+1) == "IN" && s.word(b+2) == "which" {
		// ", which diplomats said could include …" is cut by its reporting
		// verb: no content of its own.
		if e := s.clauseTail(b + 1); e > b+3 && !reportingVerbs[s.word(e)] {
			return e
		}
	}
	return b
}

// isVersion reports whether w is a year or a version number: "1988",
// "2.0".
func isVersion(w string) bool {
	if isYear(w) {
		return true
	}
	i := strings.IndexByte(w, '.')
	return i > 0 && i < len(w)-1 && isDigits(w[:i]) && isDigits(w[i+1:])
}

// institution reports whether the name [a, h) before "Fund" is a body's:
// "International Monetary Fund", "World Wildlife Fund" (not "Future
// Drought Fund").
func (s *sentence) institution(a, h int) bool {
	for k := a; k < h; k++ {
		if fundBodies[strings.TrimSuffix(s.low[k], "'s")] {
			return true
		}
	}
	return false
}

// fundBodies name institutions and investors called funds.
var fundBodies = words("monetary international global world wildlife children population nations pension " +
	"wealth hedge equity capital investment endowment defense defence educational scholarship")

// isDigits reports whether w is a number written in digits: "412".
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// policyAppositiveAfter returns the end of an appositive noun phrase
// headed by a policy noun that follows a comma at token b.
func (s *sentence) policyAppositiveAfter(b int) (int, bool) {
	if b+2 >= len(s.toks) || s.toks[b].Text != "," || s.tag(b+1) != "DT" && s.tag(b+1) != "PRP$" {
		return 0, false
	}
	for k := b + 2; k < len(s.toks) && k-b <= 8 && !isBoundary(s.toks[k].Text); k++ {
		if _, hs, ok := s.headAt(k); ok && s.npStart(hs) <= b+1 {
			return max(k+1, s.npEnd(k+1)), true
		}
	}
	return 0, false
}

// inOrgName reports whether the name at token a continues the name of a
// body: "committees on Foreign Affairs, Intelligence, and Oversight and
// Reform". (A body named after it, "… Reform Committee", ends no name.)
func (s *sentence) inOrgName(a int) bool {
	for k := a - 1; k >= 0 && a-k <= 8; k-- {
		if orgEnders[strings.TrimSuffix(s.low[k], "s")] && nameConnectors[s.low[k+1]] {
			return true
		}
		if s.low[k] == "." {
			break
		}
	}
	return false
}

// namedHeadAt reports whether the capitalized token i is a policy name's head
// word ("Act", "Task Force") and the tokens [start, end) it covers.
func (s *sentence) namedHeadAt(i int) (Kind, int, int, bool) {
	if !isCap(s.toks[i].Text) {
		return "", 0, 0, false
	}
	if i+1 < len(s.toks) && isCap(s.toks[i+1].Text) {
		if k, ok := compounds[s.low[i]+" "+s.low[i+1]]; ok {
			return k, i, i + 2, true
		}
	}
	// prose leaves a sentence's final period on some words ("Act.").
	if k, ok := namedHeads[strings.TrimSuffix(s.low[i], ".")]; ok {
		return k, i, i + 1, true
	}
	if programNames[strings.TrimSuffix(s.low[i], ".")] {
		return Program, i, i + 1, true
	}
	return "", 0, 0, false
}

// findHeads finds noun phrases headed by a policy noun: "federal funding for
// law enforcement", "the recent ordinance that we passed to crack down on…".
func findHeads(s *sentence) []*cand {
	var out []*cand
	for i := range s.toks {
		if s.trig[i]&trigHead == 0 {
			continue
		}
		h, hs, ok := s.headAt(i)
		if !ok || isCap(s.toks[i].Text) && i > 0 && s.tag(i) == "NNP" {
			continue
		}
		c := &cand{s: s, a: s.npStart(hs), b: s.npEnd(i + 1), head: hs, kind: h.kind, rule: "head"}
		// "changes to the penal code": the change is the measure; "a 16th
		// package of sanctions": the batch is.
		changed := false
		// ("an increase in the diesel tax"; not "changes in these chemical bonds")
		if c.a >= 2 && (s.low[c.a-1] == "to" || s.low[c.a-1] == "of" || s.low[c.a-1] == "in" && rateChanges[s.low[c.a-2]]) && changeWords[s.low[c.a-2]] ||
			c.a >= 2 && s.low[c.a-1] == "of" && batchWords[s.low[c.a-2]] && !h.weak {
			c.a, changed = s.npStart(c.a-2), true
		}
		// The "one country, two systems" model: a quoted name before the head
		// makes it a specific policy.
		quoted := false
		if c.a == hs {
			if q, ok := s.quotedBefore(hs); ok {
				c.a, quoted = q, true
			}
		}
		s.findOwner(c, hs)
		s.moneyBefore(c)
		// "remove tariffs", "add a citizenship question": the act is the measure.
		acted := c.a > 0 && actionVerbs[s.low[c.a-1]] && strings.HasPrefix(s.tag(c.a-1), "VB")
		if acted {
			c.a--
		}
		modified := acted
		// A motion is a measure only as one put to a vote: "a motion for snap
		// elections", "a motion of no confidence", not "the motion of wings".
		if s.low[i] == "motion" && !(contentStarters[s.word(i+1)] && s.word(i+1) != "of" || s.word(i+1) == "of" && s.word(i+2) == "no") {
			continue
		}
		if s.senseStop(c.a, hs, i) || s.word(i+1) == "of" && ofStops[s.low[i]][s.word(i+2)] || s.predicate(c.a, h.weak) {
			continue
		}
		// "in an effort to reduce injuries" says why, it names no measure;
		// "The team … and plans/NNS to build a plant" is a verb.
		if s.low[i] == "effort" && s.word(c.a-1) == "in" || verbLike[s.low[i]] && c.a == i && s.word(i+1) == "to" && s.tag(i+2) == "VB" &&
			(s.tag(i-1) == "CC" || s.tag(i-1) == "PRP" || isNoun(s.tag(i-1))) {
			continue
		}
		// "the full force of the law", "the rule of law": no policy.
		if c.a >= 2 && s.low[c.a-1] == "of" && lawIdioms[s.low[c.a-2]] && h.kind == Law {
			continue
		}
		if hs > 0 && (notPolicyModifiers[s.low[hs-1]] || s.low[hs-1] == "into") || (h.kind == Measure && s.word(i+1) == "of" && (s.low[i] == "measures" || s.low[i] == "measure")) {
			continue
		}
		for k := c.a; k < hs; k++ {
			w, tag := s.low[k], s.tag(k)
			if publicWords[w] && h.only == nil || h.only[w] || h.only == nil && publicPart(w) {
				c.public = w
				modified = true
			}
			if isNoun(tag) || tag == "CD" || tag == "$" || tag == "JJ" && !plainAdjectives[w] {
				modified = true
			}
			if w == "no" || w == "any" {
				c.a = -1 // "no plans to": negated
			}
		}
		if c.a < 0 {
			continue
		}
		// A pronoun owner does not make "their plans" public; a name does.
		owned := c.owner[1] > 0 && s.tag(c.owner[0]) != "PRP$" || quoted
		// A proper-name modifier makes a weak head specific: "the AfCFTA
		// agreement", "the Iran deal", "NATO guidelines".
		for k := c.a; k < hs && (h.kind == Measure || h.kind == Regulation) && h.only == nil; k++ {
			if s.tag(k) == "NNP" || s.tag(k) == "NNPS" {
				owned = true
			}
		}
		// "a plan to build a border wall": a purpose that governments pursue
		// makes a weak plan, program or fund public ("an effort to establish
		// the details" stays out).
		if h.only == nil && (h.kind == Plan || h.kind == Program || h.kind == Funding) && s.word(i+1) == "to" && policyVerbs[s.word(i+2)] {
			owned = true
		}
		// "the strategy of Prime Minister Viktor Orbán", "an order by Coast
		// Guard Commandant …": an owner after the head.
		if (s.word(i+1) == "of" || s.word(i+1) == "by") && s.officialAt(i+2) {
			owned = true
		}
		// "a $30 billion green investment fund", "a 12 billion pound plan": a
		// sum makes a weak head a specific measure.
		for k := c.a; k < hs && h.only == nil && !currencyWords[s.low[i]] && s.low[i] != "money"; k++ {
			if s.tag(k) == "$" || scales[s.low[k]] {
				owned = true
			}
		}
		// "a 1994 agreement": a dated pact is a specific one.
		for k := c.a; k < hs && pactHeads[s.low[i]]; k++ {
			if isYear(s.low[k]) {
				owned = true
			}
		}
		// "an agreement with the government of Syria"
		// (not "a new five-year deal with manager Pep Guardiola": a
		// person's contract)
		if pactHeads[s.low[i]] && (s.word(i+1) == "with" || s.word(i+1) == "between") && !personRoles[s.word(i+2)] && !personRoles[s.word(i+3)] {
			c.b = max(c.b, s.objectTail(i+1))
			owned = true
		}
		if h.only != nil && c.owner[1] > 0 {
			owned = false // "Trump's campaign", "his campaign": not a program
		}
		if h.purpose {
			if to, ok := s.purposeAfter(i + 1); ok {
				c.b, owned = max(c.b, s.npEnd(to)), true
			}
			// "an independent commission on adult social care"
			for k := c.a; k < hs; k++ {
				owned = owned || publicBodies[s.low[k]] && c.b > i+1
			}
		}
		// "The selective licensing scheme, which will cover …" after "a
		// scheme approved on Tuesday": the article has told of one.
		told := s.told[headWord(s.low[i])] && s.relativeEnd(c.b) > i+1 && hs > c.a && (isNoun(s.tag(hs-1)) || s.tag(hs-1) == "VBG")
		if h.weak && s.privateOwner(c.a, hs) || s.commercialOwner(c.a, hs) {
			continue // "the companies' wildfire plans", "the team's community programs"
		}
		if h.weak && c.public == "" && !owned && !changed && !told && !(c.b > i+1 && c.owner[1] == 0 && s.officialCue(c.a)) && !s.contextLicensed(h, c.a, i, c.b) {
			continue
		}
		// "A third bill on his desk, which would require public schools to
		// post their curriculum online": the relative clause tells its content.
		c.b = s.relativeEnd(c.b)
		// "a final vote on that proposal in June", "passed the measure in
		// May": a date tells no content.
		content := c.b > i+1
		if n := s.datedAfter(i + 1); n > 0 && !s.startsContent(i+1+n) {
			content = false
		}
		// "The surcharge, which would apply to every ticket …": a relative
		// clause set off by a comma describes a measure "the" already
		// identifies; it is a later mention, not a new one.
		if s.low[c.a] == "the" && c.a+1 == hs && hs == i && s.word(i+1) == "," && s.word(i+2) == "which" {
			content = false
		}
		// "the new law in the Aug. 11 partisan primary", "the new rules to
		// Elaine Chao": a policy told before, with where, when or to whom.
		if s.low[c.a] == "the" && s.told[headWord(s.low[i])] && s.plainRun(c.a+1, hs) && i == hs && restatingPreps[s.word(i+1)] {
			content = false
		}
		// "the decree signed by the Pope" tells which decree, told before;
		// "a scheme approved on Tuesday" introduces one.
		if s.tag(i+1) == "VBN" && progressVerbs[s.word(i+1)] && !indefinite[s.low[c.a]] && c.b == s.relativeEnd(s.clauseTail(i+1)) {
			content = false
		}
		if h.told && !content {
			continue
		}
		// "modeled on Iowa's system": a measure named to compare with;
		// "will be made by ministerial order": the means of a measure told
		// before it.
		if c.a >= 2 && (comparedWith[s.low[c.a-2]+" "+s.low[c.a-1]] || s.low[c.a-1] == "by" && instrumentVerbs[s.low[c.a-2]]) {
			continue
		}
		// "his proposal of a mandatory buyback program", "investments in
		// community violence intervention programs": a generic head takes the
		// kind of the measure it is about.
		if genericHeads[s.low[i]] {
			for j := i + 1; j < c.b; j++ {
				if h2, _, ok := s.headAt(j); ok && !h2.weak && !genericHeads[s.low[j]] {
					c.kind = h2.kind
					break
				}
			}
		}
		// A bare phrase is a later mention ("the law") unless its article
		// introduces one ("another referendum") or its head is a compound
		// that names a measure by itself ("draft articles of impeachment").
		// "announced a curfew": a cue before an indefinite phrase introduces it.
		introduced := indefinite[s.low[c.a]] && s.officialCue(c.a) ||
			namingWords[s.word(c.a-1)] || s.word(c.a-1) == "as" && s.word(c.a-2) == "known" // "The move, called prorogation, …"
		if !modified && !owned && !content && !introduced && s.low[c.a] != "another" && !(hs < i && (c.a == hs || indefinite[s.low[c.a]])) {
			c.silent = true
		}
		// ("Bristol’s scheme" after "a scheme approved on Tuesday")
		c.restated = !c.silent && !content && (c.owner[1] == 0 || isCap(s.toks[c.owner[0]].Text)) && s.restates(c.a, hs)
		// "Apple also announced a program that lets customers trade in …",
		// "Amazon's program": a company's own scheme; a pay rise is a
		// public measure only in a sentence about government.
		if c.owner[1] > 0 && s.private[s.toks[c.owner[1]-1].End] || s.privateSubject(c.a) ||
			payWords[s.low[i]] && !s.govContext(c.a, c.b) && !s.offPara {
			continue
		}
		out = append(out, c)
	}
	return out
}

// instrumentVerbs make a measure by some means: "made by ministerial order".
var instrumentVerbs = words("made implemented introduced imposed enacted done changed")

// rateChanges change a measure's level: "an increase in the diesel tax".
var rateChanges = words("increase reduction cut")

// comparedWith lead a measure that another is compared with, or one only
// asked for.
// ("the demand for grants for the Health department" is a budget debate's
// subject, not a grant)
var comparedWith = map[string]bool{
	"modeled on": true, "modelled on": true, "modeled after": true, "modelled after": true,
	"patterned on": true, "patterned after": true, "similar to": true, "demand for": true, "demands for": true,
}

// plainRun reports whether tokens [a, b) are all plain adjectives ("new").
func (s *sentence) plainRun(a, b int) bool {
	for k := a; k < b; k++ {
		if !plainAdjectives[s.low[k]] {
			return false
		}
	}
	return true
}

// restatingPreps open a complement that tells where, when or to whom a
// policy told before applies, not what it is.
var restatingPreps = words("in to at from during into since by")

// restates reports whether the phrase [a, h) before a head only names
// whose policy it is: "the Connecticut ban", "the Federal measure", a later
// mention when the article has told of that policy before.
func (s *sentence) restates(a, h int) bool {
	if a >= h {
		return false
	}
	from := a + 1
	if s.low[a] != "the" && s.low[a] != "this" && s.low[a] != "that" {
		// "Bristol’s scheme": a place's or a body's name as owner.
		if !isCap(s.toks[a].Text) || s.tag(a) != "NNP" {
			return false
		}
		from = a
	}
	for k := from; k < h; k++ {
		if !isCap(s.toks[k].Text) && !publicWords[s.low[k]] && !isNoun(s.tag(k)) && !isAdj(s.tag(k)) && s.tag(k) != "POS" && !isYear(s.low[k]) && !s.sumWord(k) {
			return false
		}
	}
	return true
}

// sumWord reports whether token k is part of a sum ("the $38.2 billion
// bill"): a definite phrase that only tells its cost restates a policy.
func (s *sentence) sumWord(k int) bool {
	return s.tag(k) == "$" || s.tag(k) == "CD" && k > 0 && s.tag(k-1) == "$" || scales[s.low[k]]
}

// privateOwner reports whether a common noun that governs nothing owns
// the phrase [a, h): "the companies' wildfire plans".
func (s *sentence) privateOwner(a, h int) bool {
	for k := max(a-1, 1); k < h; k++ { // (a quote mark's "'" ends the phrase before it)
		if s.tag(k) == "POS" && (s.tag(k-1) == "NN" || s.tag(k-1) == "NNS") && !agentWords[s.low[k-1]] &&
			!publicWords[s.low[k-1]] && !contextActors[s.low[k-1]] && !govSubjects[s.low[k-1]] {
			return true
		}
	}
	return false
}

// commercialOwners own their own programs, laws aside: "the team's
// community programs", "the company's loyalty scheme".
var commercialOwners = words("team club company firm league franchise business chain store")

// commercialOwner reports whether a commercialOwner owns the phrase [a, h).
func (s *sentence) commercialOwner(a, h int) bool {
	for k := max(a, 1); k < h; k++ {
		if s.tag(k) == "POS" && commercialOwners[s.low[k-1]] {
			return true
		}
	}
	return false
}

// privateSubject reports whether the verb whose object starts at a has a
// company or a club for subject: "Apple also announced a program …".
func (s *sentence) privateSubject(a int) bool {
	if len(s.private) == 0 {
		return false
	}
	for k := a - 1; k >= 0 && a-k <= 12; k-- {
		if isBoundary(s.toks[k].Text) {
			return false
		}
		if isFinite(s.tag(k)) || s.tag(k) == "VBN" {
			if !ownVerbs[s.low[k]] {
				return false // "Mahan has been the subject of United States sanctions"
			}
			sp, ok := s.subjectBefore(s.auxStart(k))
			return ok && s.privateIn(sp.a, sp.b)
		}
	}
	return false
}

// privateIn reports whether a company or a club is named in tokens
// [a, b): "The NFL's competition committee".
func (s *sentence) privateIn(a, b int) bool {
	for k := a; k < b; k++ {
		if s.private[s.toks[k].End] {
			return true
		}
	}
	return false
}

// headWord is a head without its plural ending: "schemes" → "scheme".
func headWord(w string) string {
	return strings.TrimSuffix(w, "s")
}

// predicate reports whether the indefinite phrase at a says what its
// subject is ("This is a bill to keep the lights on", "the fee was a tax",
// "The loan is a good deal for the club"): it introduces no measure. A
// policy head needs a pronoun subject ("The law is a ban on …" tells one).
func (s *sentence) predicate(a int, weak bool) bool {
	if !indefinite[s.word(a)] {
		return false
	}
	k := a - 1
	for k > 0 && (s.tag(k) == "RB" || negators[s.low[k]] || isQuoteMark(s.toks[k].Text)) {
		k--
	}
	// "vetoed by the mayor, who called it ''a tax on every family …''"
	if (s.word(k) == "it" || s.word(k) == "them" || s.word(k) == "this") && namingVerbs[s.word(k-1)] {
		return true
	}
	if !copulas[s.word(k)] || s.word(k-1) == "there" {
		return false // "There is a commission engaged to …" introduces one
	}
	// ("what they said was an inadequate pay rise": a claim about it)
	return weak || s.tag(k-1) == "PRP" || s.tag(k-1) == "DT" || reportingVerbs[s.word(k-1)]
}

// namingVerbs call what their object is: "called it a tax".
var namingVerbs = words("called calls call dubbed dubs branded brands labelled labeled termed describing described")

// copulas link a subject to what it is.
var copulas = words("is was are were 's ’s be been remains remained")

// batchWords group measures: "a new round of tariffs", "a raft of
// measures".
var batchWords = words("package packages round rounds raft slew wave series batch set")

// publicBodies make a commission or panel with a remit a public one: "an
// independent commission on adult social care".
var publicBodies = words("independent royal national federal presidential parliamentary bipartisan " +
	"cross-party special blue-ribbon state")

// purposeAfter finds the purpose complement that a purpose head needs,
// within a few words of token from: "a commission (engaged) to study …".
func (s *sentence) purposeAfter(from int) (int, bool) {
	for k := from; k < len(s.toks) && k-from < 3; k++ {
		if s.low[k] == "to" && purposeVerbs[s.word(k+1)] {
			return k, true
		}
		if isBoundary(s.toks[k].Text) {
			break
		}
	}
	return 0, false
}

// officialCue reports whether an official announces, proposes or adopts
// the phrase at a: "Mayor Eric Adams unveiled a plan to …".
func (s *sentence) officialCue(a int) bool {
	for k := a - 1; k >= 0 && a-k <= 3; k-- {
		if _, n := cueAt(s.low, k); n == 0 {
			continue
		}
		sp, ok := s.subjectBefore(k)
		if !ok {
			return false
		}
		for j := sp.a; j < sp.b; j++ {
			if agentWords[s.low[j]] || officialTitles[s.low[j]] {
				return true
			}
		}
		// "He also signed an order …" in a paragraph about an official.
		if s.places[s.toks[sp.b-1].End] || s.officials[s.toks[sp.b-1].End] || s.offPara && sp.b == sp.a+1 && (s.low[sp.a] == "he" || s.low[sp.a] == "she") {
			return true // "the United States announced a complete withdrawal"
		}
		// "the government of Samoa began …"
		return s.word(sp.a-1) == "of" && (agentWords[s.word(sp.a-2)] || officialTitles[s.word(sp.a-2)])
	}
	return false
}

// negated reports whether a negation or "any" comes shortly before token a
// in its clause: "not part of any broader plan to increase sanctions".
//
// A definite phrase after a verb that takes an existing measure is not
// negated with its verb: "would not sign the planned EU-Mercosur trade
// agreement" tells of an agreement all the same.
func (s *sentence) negated(a int) bool {
	verb := false
	for k := a - 1; k >= 0 && a-k <= 6; k-- {
		if isBoundary(s.toks[k].Text) {
			return false
		}
		if negators[s.low[k]] || s.low[k] == "any" {
			return !(verb && (s.low[a] == "the" || s.tag(a) == "PRP$" || s.tag(a) == "NNP"))
		}
		verb = verb || existingObjectVerbs[s.low[k]]
	}
	return false
}

// existingObjectVerbs take a measure that exists whether or not their
// subject acts on it: "will not sign the treaty", "did not enforce the law".
var existingObjectVerbs = words("sign signed signing support supported back backed enforce enforced " +
	"veto vetoed endorse endorsed ratify ratified implement implemented apply applied oppose join joined " +
	"follow followed accept accepted recognize recognise recognized recognised")

// findOwner records the possessor among tokens [c.a, h): "his" in "his
// plan", "San Jose" in "San Jose's recently passed law".
func (s *sentence) findOwner(c *cand, h int) {
	for k := c.a; k < h; k++ {
		switch {
		case s.tag(k) == "PRP$":
			c.owner = [2]int{k, k + 1}
		case s.tag(k) == "POS" && k > c.a:
			if a, ok := s.nnpRunEnding(k - 1); ok {
				c.owner = [2]int{a, k}
			} else if agentWords[s.low[k-1]] {
				c.owner = [2]int{c.a, k} // "the mayor's plan"
			}
		}
	}
}

// moneyBefore takes an amount that precedes the phrase into it: "$2
// billion in funding".
func (s *sentence) moneyBefore(c *cand) {
	if c.a < 2 || (s.low[c.a-1] != "in" && s.low[c.a-1] != "of") {
		return
	}
	k := c.a - 2
	if k >= 0 && currencyWords[s.low[k]] {
		k-- // "1.2 million dollars in funding"
	}
	e := k
	for k >= 0 && (s.tag(k) == "CD" || s.tag(k) == "$" || scales[s.low[k]]) {
		k--
	}
	if k < e && (s.tag(k+1) == "$" || e < c.a-2) {
		c.a = k + 1
	}
}

// findRequirements finds requirement clauses: "requiring gun buyers to buy
// liability insurance", "The law also requires gun sellers to video-record…".
func findRequirements(s *sentence) []*cand {
	var out []*cand
	for i, w := range s.low {
		// prose tags some verbs after a policy noun as plurals: "Thai law
		// forbids/NNS …".
		_, afterHead := heads[s.word(i-1)]
		if s.trig[i]&(trigRequire|trigProvision) == 0 || !(len(s.tag(i)) > 1 && s.tag(i)[:2] == "VB") && !provisionVerbs[w] && !(afterHead && i > 0) {
			continue
		}
		// "assault weapons ban/VB but …" is a noun.
		if _, _, ok := s.headAt(i); ok {
			continue
		}
		// "requires patience" is no provision; "requires gun buyers to …" and
		// an official's "will require masks for all students" are.
		if (w == "require" || w == "requires" || w == "requiring") && !s.hasAhead(i+1, 16, "to", "that") && !s.officialSubject(i) {
			continue
		}
		// "was banned in …" has no object to name the provision by; "the
		// banned organization" is an adjective.
		if (w == "banned" || w == "outlawed") && (s.tag(i+1) == "IN" || s.tag(i+1) == "TO" || s.word(i-1) == "was" || s.word(i-1) == "were" || s.tag(i-1) == "DT" || s.tag(i-1) == "PRP$") {
			continue
		}
		c := &cand{s: s, a: i, b: s.objectEnd(i + 1), head: i, kind: Law, rule: "requirement"}
		if c.b <= i+1 || s.tag(i+1) == "PRP" {
			continue // "prohibiting him from …" names no provision
		}
		// "requires anyone who owned one before the law took effect to
		// register it …": what is required comes after a long object.
		if requireVerbs[w] && strings.HasPrefix(w, "requir") && s.aheadIndex(i+1, c.b-i-1, "to") < 0 {
			if t := s.thenAt(c.b, "to"); t >= 0 && strings.HasPrefix(s.tag(t+1), "VB") {
				c.b = max(c.b, s.clauseTail(t))
			} else if t := s.aheadIndex(c.b, 10, "to"); t >= 0 && s.tag(t+1) == "VB" {
				c.b = max(c.b, s.clauseTail(t))
			}
		}
		if banVerbs[w] {
			c.kind = Measure
		}
		// "The law also requires …", "The ordinance would require …", "The
		// measure, which takes effect Jan. 1, requires …": the subject names
		// the policy.
		k := i - 1
		for k >= 0 && (s.tag(k) == "RB" || s.tag(k) == "MD") {
			k--
		}
		// "The city law, passed by the City Council in March 2023, bars …":
		// past a relative clause, a participle or an appositive.
		if k > 0 && s.low[k] == "," {
			for j := k - 1; j > 0 && k-j < 15; j-- {
				// (prose tags some participles VBD: ", signed/VBD last fall,")
				if s.low[j] == "," && (s.word(j+1) == "which" || s.word(j+1) == "that" || s.tag(j+1) == "VBN" || s.tag(j+1) == "DT" || s.tag(j+1) == "VBD" && progressVerbs[s.word(j+1)]) {
					k = j - 1
					break
				}
			}
		}
		// "A House bill from Rep. Dale Whitford (R-Texas) would bar …": past
		// the sponsor and the party.
		sponsor := [2]int{}
		if j, e := s.sponsorBefore(k); j > 0 {
			sponsor, k = [2]int{j + 1, e}, j-1
		}
		// "California's SB 53, signed last fall, requires …": a numbered bill.
		if kind, ok := articleWords[s.word(k-1)]; ok && k > 0 && isDigits(s.low[k]) && kind == Bill && !c.pointsBack {
			c.a, c.kind = s.npStart(k-1), kind
		}
		if k >= 0 {
			if h, hs, ok := s.headAt(k); ok {
				if a := s.npStart(hs); a >= 0 && (s.low[a] == "the" || s.low[a] == "this" || s.low[a] == "that") {
					c.a, c.kind = a, h.kind
					c.pointsBack = true
				} else if a < hs && isCap(s.toks[a].Text) && h.kind == Law {
					c.a, c.kind = a, h.kind // "Thai law forbids …": a first mention
				} else if sponsor[1] > 0 && !h.weak {
					c.a, c.kind, c.agent = a, h.kind, sponsor
				}
			}
		}
		// "The policy also bars …, requires … and sets a target …": a verb
		// joined to a provision of a policy is one too.
		if !c.pointsBack && len(out) > 0 && (s.word(i-1) == "and" || s.word(i-1) == ",") {
			if p := out[len(out)-1]; p.pointsBack && p.b >= i-2 {
				c.kind, c.pointsBack = p.kind, true
			}
		}
		// "A bill introduced in the City Council in September by Council
		// Member Olivia Tran would require …"
		if !c.pointsBack {
			if a, kind, by, ok := s.reducedSubject(s.auxStart(i)); ok {
				c.a, c.kind, c.agent = a, kind, by
			}
		}
		if provisionVerbs[w] && !c.pointsBack {
			continue // "mentions", "instructs" make provisions only of a policy
		}
		out = append(out, c)
	}
	return out
}

// sponsorBefore finds a sponsor told after a policy, ending at token k:
// "from Rep. Dale Whitford (R-Texas)", "by Sen. Ana Ruiz". It returns the
// index of "from" or "by" and the end of the name; j is 0 if none.
func (s *sentence) sponsorBefore(k int) (j, e int) {
	if k > 3 && s.toks[k].Text == ")" {
		for p := k - 1; p > 0 && k-p <= 6; p-- {
			if s.toks[p].Text == "(" {
				k = p - 1
				break
			}
		}
	}
	e = k + 1
	for k > 0 && e-k <= 6 && isCap(s.toks[k].Text) && (s.tag(k) == "NNP" || s.tag(k) == "NNPS") {
		k--
	}
	if k < 1 || k == e-1 || s.low[k] != "from" && s.low[k] != "by" || !s.officialAt(k+1) {
		return 0, 0
	}
	return k, e
}

// aheadIndex is where word w comes within n tokens of from, past clause
// words but not past punctuation; -1 if it does not.
func (s *sentence) aheadIndex(from, n int, w string) int {
	for k := from; k < len(s.low) && k < from+n; k++ {
		if s.low[k] == w {
			return k
		}
		if isBoundary(s.toks[k].Text) {
			return -1
		}
	}
	return -1
}

func (s *sentence) hasAhead(from, n int, words ...string) bool {
	for k := from; k < len(s.low) && k < from+n; k++ {
		for _, w := range words {
			if s.low[k] == w {
				return true
			}
		}
		if isBoundary(s.toks[k].Text) {
			return false
		}
	}
	return false
}

// planHeads may contain other measures: "his plan includes …".
var planHeads = map[Kind]bool{Plan: true, Measure: true, Funding: true, Bill: true, Law: true}

// findIncludes finds what a plan includes: "his plan includes federal
// funding", "the plan will include setting up information-sharing systems".
// The plan itself becomes a container, reported through its contents.
func findIncludes(s *sentence) []*cand {
	var out []*cand
	for i, w := range s.low {
		listed := w == "including" || w == "such" && s.word(i+1) == "as"
		calls := (w == "call" || w == "calls") && s.word(i+1) == "for" // "Plans call for narrowing …"
		if w != "include" && w != "includes" && !listed && !calls {
			continue
		}
		from := i + 1
		if w == "such" || calls {
			from++
		}
		k := i - 1
		for k >= 0 && (s.tag(k) == "MD" || s.tag(k) == "RB" || s.low[k] == ",") {
			k--
		}
		// "His budget this year includes …"
		if t := s.timeAdjunctStart(k); t > 0 {
			k = t - 1
		}
		if k < 0 {
			continue
		}
		h, hs, ok := s.headAt(k)
		if !ok || !planHeads[h.kind] {
			continue
		}
		cont := &cand{s: s, a: s.npStart(hs), b: k + 1, head: hs, kind: h.kind, rule: "container", isContainer: true}
		s.findOwner(cont, hs)
		// "The plan includes a hiring freeze" of a company: a weak plan
		// needs government around it or a policy plan told before.
		if h.weak && cont.owner[1] == 0 && !s.govContext(cont.a, cont.b) && !s.offPara && !s.told[headWord(s.low[k])] {
			continue
		}
		out = append(out, cont)
		// Each item of the list is a measure: "tax credits for electric
		// vehicles, $40 billion for broadband and a new climate corps".
		for n := 0; n < 8 && from < len(s.toks); n++ {
			c, found := s.includedItem(from, h.weak && listed, cont)
			if !found {
				break
			}
			out = append(out, c)
			from = c.b
			for from < len(s.toks) && (s.low[from] == "," || s.low[from] == "and" || s.low[from] == "or") {
				from++
			}
			if from == c.b || from < len(s.toks) && isBoundary(s.toks[from].Text) {
				break
			}
		}
	}
	return out
}

// includedItem reads one item of what a plan includes, from token from.
// Only a course of action, a measure or a sum is content: not "the treaty
// include Germany". A weak list head ("climate change action, including
// giving an address") takes only policy courses of action as items.
func (s *sentence) includedItem(from int, strict bool, cont *cand) (*cand, bool) {
	c := &cand{s: s, a: from, b: s.objectEnd(from), head: from, kind: Measure, rule: "includes", container: cont}
	if c.b <= c.a {
		return c, false
	}
	found := s.tag(c.a) == "VBG" && (!strict || policyVerbs[s.low[c.a]] || actionVerbs[s.low[c.a]])
	if _, money := s.moneyAt(c.a); money && c.b > c.a+2 {
		c.kind, found = Funding, true // "$40 billion for broadband"
	}
	for j := c.a; j < c.b; j++ {
		// "a one-year deferral of social security contributions": a change
		// is a measure whatever it changes.
		if j < c.a+4 && changeWords[s.low[j]] && contentStarters[s.word(j+1)] && !strict {
			found = true
		}
		h, _, ok := s.headAt(j)
		if ok && !h.weak {
			c.kind = h.kind
			found = true
			break
		}
		// In a plan's list a weak head is a measure too ("tax credits").
		found = found || ok && !strict && h.only == nil
	}
	return c, found
}

// findPartOf finds measures said to be part of a plan: "intervention and
// social services are another part of his plan, providing housing, …".
func findPartOf(s *sentence) []*cand {
	var out []*cand
	for i := 1; i+2 < len(s.low); i++ {
		if s.low[i] != "part" || s.low[i+1] != "of" {
			continue
		}
		v := i - 1
		for v >= 0 && (s.tag(v) == "DT" || isAdj(s.tag(v))) {
			v--
		}
		if v < 1 || (s.low[v] != "is" && s.low[v] != "are") {
			continue
		}
		// The plan after "part of".
		ce := i + 2
		for ce < len(s.toks) && ce-i < 8 && !isBoundary(s.toks[ce].Text) {
			if _, _, ok := s.headAt(ce); ok {
				break
			}
			ce++
		}
		if ce == len(s.toks) {
			continue
		}
		h, hs, ok := s.headAt(ce)
		if !ok || h.kind != Plan {
			continue
		}
		cont := &cand{s: s, a: i + 2, b: ce + 1, head: hs, kind: Plan, rule: "container", isContainer: true}
		s.findOwner(cont, hs)
		// The subject: back to the clause start.
		a := v
		for a > 0 && v-a < 20 && !isBoundary(s.toks[a-1].Text) && !reportingVerbs[s.low[a-1]] && s.low[a-1] != "that" {
			a--
		}
		if a == v {
			continue
		}
		c := &cand{s: s, a: a, b: ce + 1, head: a, kind: Measure, rule: "part-of", container: cont}
		for j := a; j < v; j++ {
			if h, _, ok := s.headAt(j); ok {
				c.kind = h.kind
			}
		}
		// ", providing housing, job support and …": an appositive spells it out.
		if ce+2 < len(s.toks) && s.low[ce+1] == "," && s.tag(ce+2) == "VBG" {
			e := min(len(s.toks), ce+40)
			for e > ce+2 && isBoundary(s.toks[e-1].Text) {
				e--
			}
			c.b = e
		}
		out = append(out, cont, c)
	}
	return out
}

// findImposed finds what is imposed, which is always a measure: "impose
// stricter punishment for child sexual abuse", "imposed a law mandating …".
func findImposed(s *sentence) []*cand {
	var out []*cand
	for i := range s.low {
		if s.trig[i]&trigImpose == 0 || i+1 >= len(s.toks) {
			continue
		}
		c := &cand{s: s, a: i + 1, b: s.objectEnd(i + 1), head: i + 1, kind: Measure, rule: "imposed"}
		if c.b <= c.a || s.tag(c.a) == "IN" {
			continue // "first imposed after Russia annexed Crimea" names no object
		}
		for j := c.a; j < c.b; j++ {
			if h, _, ok := s.headAt(j); ok {
				c.kind = h.kind
				break
			}
		}
		out = append(out, c)
	}
	return out
}

// findUnder finds what a policy provides, told as "Under the new law, gun
// owners must store firearms in locked containers." or "By law, all men must
// register …".
func findUnder(s *sentence) []*cand {
	var out []*cand
	for i, w := range s.low {
		if s.trig[i]&trigBy == 0 {
			continue
		}
		from := i + 1
		// "As a condition of the loan, the club must …"
		if w == "as" {
			if s.word(i+1) != "a" || !conditionWords[s.word(i+2)] || s.word(i+3) != "of" {
				continue
			}
			from = i + 4
		}
		j := from
		hd := -1 // "Under a state law that took effect last July, …": the head before a relative clause
		for j < len(s.toks) && j-i <= 16 && !isBoundary(s.toks[j].Text) {
			if hd < 0 && j > from && (s.low[j] == "that" || s.low[j] == "which") {
				hd = j - 1
			}
			if hd < 0 && j-i > 8 {
				break
			}
			j++
		}
		if j >= len(s.toks) || s.toks[j].Text != "," || j == i+1 {
			continue
		}
		if hd < 0 {
			hd = j - 1
		}
		h, hs, ok := s.headAt(hd)
		if !ok || s.npStart(hs) != from || w == "by" && h.kind != Law || h.weak && hs == from || h.only != nil {
			continue // "by law" gives a provision, "by plan" and "under review" do not
		}
		e := j + 1
		for e < len(s.toks) && e-j <= 40 && !isBoundary(s.toks[e].Text) || e < len(s.toks) && s.toks[e].Text == "," && e-j <= 40 {
			e++
			if e < len(s.toks) {
				e = max(e, s.conversionEnd(e)) // "pensions above 10 million rupees ($35,000) a year will be taxed"
			}
		}
		if e <= j+2 {
			continue
		}
		c := &cand{s: s, a: i, b: e, head: hs, kind: h.kind, rule: "under"}
		d := s.low[from]
		c.pointsBack = d == "the" || d == "this" || d == "that"
		out = append(out, c)
	}
	return out
}

// findGovActions finds government acts told by verb and object (govActions):
// "suspend Parliament for five weeks", "shut down all schools".
func findGovActions(s *sentence) []*cand {
	var out []*cand
	for i, w := range s.low {
		if s.trig[i]&trigGov == 0 {
			continue
		}
		for _, g := range govActionIndex[w] {
			// prose tags some gerunds NN: "included dissolving/NN Parliament".
			if !strings.HasPrefix(s.tag(i), "VB") && !isCap(s.toks[i].Text) && !strings.HasSuffix(w, "ing") {
				continue
			}
			o := s.govObject(i+1, g.objects)
			if o < 0 {
				// "Tonga's parliament, the Legislative Assembly, was suspended"
				if a, ok := s.passiveObject(i, g.objects); ok {
					out = append(out, &cand{s: s, a: a, b: s.adverbEnd(i + 1), head: i, kind: g.kind, rule: "gov-action"})
					break
				}
				continue
			}
			c := &cand{s: s, a: i, b: max(o+1, s.npEnd(o+1)), head: i, kind: g.kind, rule: "gov-action"}
			for g.clause && c.b < len(s.toks) && c.b-o < 20 && !isBoundary(s.toks[c.b].Text) {
				c.b++
			}
			out = append(out, c)
			break
		}
	}
	return out
}

// govObject returns the head of the object after a verb when it is one of
// objects, -1 otherwise; it skips particles, determiners and modifiers.
func (s *sentence) govObject(from int, objects map[string]bool) int {
	for k := from; k < len(s.toks) && k-from < 5; k++ {
		w, tag := s.low[k], s.tag(k)
		if objects[w] && !isNoun(s.tag(k+1)) {
			return k
		}
		if isBoundary(s.toks[k].Text) || !(govObjectSkips[w] || isAdj(tag) || isNoun(tag) || tag == "CD" || tag == "DT") {
			return -1
		}
	}
	return -1
}

// findPassiveBans finds what a passive tells is banned: "The PKK is banned
// in Turkey", "Smoking was outlawed by the city".
func findPassiveBans(s *sentence) []*cand {
	var out []*cand
	for i := 1; i+1 < len(s.low); i++ {
		if s.trig[i]&trigPassive == 0 || !passiveBanPreps[s.low[i+1]] {
			continue
		}
		v := i - 1
		for v > 0 && s.tag(v) == "RB" {
			v--
		}
		if !beForms[s.low[v]] || v == 0 {
			continue
		}
		if !isNoun(s.tag(v-1)) || isBoundary(s.toks[v-1].Text) {
			continue // "it is banned", "…, is banned": no subject to name it by
		}
		a := s.npStart(v - 1)
		b := i + 1
		if s.low[i+1] != "nationwide" {
			b = max(b+1, s.npEnd(i+1))
		}
		kind := Measure
		if s.low[i] == "illegal" || s.low[i] == "criminalized" || s.low[i] == "criminalised" {
			kind = Law
		}
		out = append(out, &cand{s: s, a: a, b: min(b, len(s.toks)), head: i, kind: kind, rule: "passive-ban"})
	}
	return out
}

// findPledges finds a course of action an official pledges: "Erdoğan pledged
// converting Hagia Sophia to a mosque", "the mayor vowed to ban plastic bags".
func findPledges(s *sentence) []*cand {
	var out []*cand
	for i := range s.low {
		if s.trig[i]&trigPledge == 0 || !strings.HasPrefix(s.tag(i), "VB") {
			continue
		}
		v := i + 1
		if s.word(v) == "to" {
			v++
		}
		if !policyVerbs[s.word(v)] || !s.officialSubject(i) {
			continue
		}
		c := &cand{s: s, a: v, b: s.objectEnd(v + 1), head: v, kind: Measure, rule: "pledge"}
		if c.b <= v+1 {
			continue
		}
		for j := c.a; j < c.b; j++ {
			if h, _, ok := s.headAt(j); ok && !h.weak {
				c.kind = h.kind
				break
			}
		}
		out = append(out, c)
	}
	return out
}

// officialSubject reports whether the subject of the verb at k is someone
// who makes policy: a title or body ("the governor", "President Erdoğan").
func (s *sentence) officialSubject(k int) bool {
	sp, ok := s.subjectBefore(k)
	if !ok {
		return false
	}
	for j := max(sp.a-1, 0); j < sp.b; j++ {
		// (a possessor is not the subject: "City's owners", "the
		// governor's daughter")
		if (agentWords[s.low[j]] || officialTitles[s.low[j]]) && s.tag(j+1) != "POS" {
			return true
		}
	}
	return s.places[s.toks[sp.b-1].End]
}

// isYear reports whether w is a year of modern news: "1994", "2019".
func isYear(w string) bool {
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w >= "1800" && w <= "2099"
}

// findArticles finds the numbered parts of laws and treaties and numbered
// ballot measures: "Article 50", "Section 230", "Title IX", "Proposition 22".
func findArticles(s *sentence) []*cand {
	var out []*cand
	for i := 0; i+1 < len(s.low); i++ {
		// "section 21 of the Housing Act" is written in lower case too.
		if s.trig[i]&trigArticle == 0 || !isNumbering(s.toks[i+1].Text) ||
			!isCap(s.toks[i].Text) && !(lawParts[s.low[i]] && isDigits(s.low[i+1])) {
			continue
		}
		if articleWords[s.low[i]] == Bill && !isDigits(s.low[i+1]) {
			continue // a bill's number is all digits: not "the SF 49ers"
		}
		a := i
		// "House Joint Resolution 4", "Senate Amendment 3": the chamber and
		// the type are part of the number's name.
		for a > 0 && i-a < 3 && numberedPrefixes[s.low[a-1]] && isCap(s.toks[a-1].Text) {
			a--
		}
		c := &cand{s: s, a: a, b: i + 2, head: i, kind: articleWords[s.low[i]], rule: "article", name: s.text(a, i+2)}
		// "Section 230 of the Communications Decency Act"
		if s.word(i+2) == "of" {
			if _, hs, he, ok := s.namedHeadAfter(i + 3); ok {
				c.b, c.head = he, hs
			}
		}
		out = append(out, c)
		i++
	}
	return out
}

// namedHeadAt run from token from: the end of a capitalized name with a
// policy head within a few words ("the Communications Decency Act").
func (s *sentence) namedHeadAfter(from int) (Kind, int, int, bool) {
	for k := from; k < len(s.toks) && k-from < 6; k++ {
		if kind, hs, he, ok := s.namedHeadAt(k); ok && k > from {
			return kind, hs, he, true
		}
		if !isCap(s.toks[k].Text) && s.low[k] != "the" || isBoundary(s.toks[k].Text) {
			break
		}
	}
	return "", 0, 0, false
}

// isNumbering reports whether w numbers a part of a law: "50", "230",
// "IX", "2(b)".
func isNumbering(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	for _, r := range w {
		if !strings.ContainsRune("IVXLC", r) {
			return false
		}
	}
	return len(w) <= 5
}

// publicPart reports whether a hyphenated modifier has a public part:
// "government-guaranteed", "state-funded".
func publicPart(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && publicWords[w[:i]]
}

// officialAt reports whether the words at i name an official or a body
// that makes policy: "Prime Minister Viktor Orbán", "the government".
func (s *sentence) officialAt(i int) bool {
	for k := i; k < len(s.toks) && k-i < 3; k++ {
		if officialTitles[s.low[k]] || agentWords[s.low[k]] {
			return true
		}
		if s.tag(k) != "DT" && !isAdj(s.tag(k)) {
			return false
		}
	}
	return false
}

// findSpending finds money an official body gives to a purpose: "Congress
// approved $2 billion for wildfire prevention".
func findSpending(s *sentence) []*cand {
	var out []*cand
	for i := range s.low {
		// (prose tags some list verbs as nouns: "sets/NNS aside/VBP".)
		if s.trig[i]&trigSpend == 0 || !strings.HasPrefix(s.tag(i), "VB") && s.word(i+1) != "aside" {
			continue
		}
		m := i + 1
		if strings.HasPrefix(s.word(i), "set") && s.word(m) == "aside" {
			m++ // "set aside $5 million"
		}
		// "will spend about $2 million on the pouches"
		for _, q := range quantityLeads {
			if s.hasWords(m, q) {
				m += len(q)
				break
			}
		}
		e, ok := s.moneyAt(m)
		if !ok || !contentStarters[s.word(e)] {
			continue
		}
		agent, pol, ok := s.actSubject(i)
		if !ok && !s.officialSubject(i) && s.listSubject(i) < 0 {
			continue
		}
		b := max(e, s.npEnd(e))
		// "add $150,000 to the park district's summer basketball league"
		if s.word(e) == "to" && (s.tag(e+1) == "DT" || s.tag(e+1) == "NNP" || s.tag(e+1) == "PRP$") {
			b = max(b, s.clauseTail(e))
		}
		c := &cand{s: s, a: m, b: b, head: m, kind: Funding, rule: "spending"}
		if c.b <= e {
			continue // "$2 billion" with no purpose names no policy
		}
		if ok && pol < 0 {
			c.agent = agent
		}
		out = append(out, c)
	}
	return out
}

// findSums finds sums of money given to a purpose, told without a
// governing subject: "- $4.5 million to expand full-day prekindergarten"
// in a budget's list, "sent $5 million to Springfield to study replacing a
// rail overpass … and $1.2 million to Xenia for planning a trail". The sum
// must follow a spending verb, a list bullet or another sum, or stand in a
// sentence about government, and be followed by its purpose.
func findSums(s *sentence) []*cand {
	var out []*cand
	lastEnd := -1
	for i, w := range s.low {
		if !mayBeMoney(w, s.tag(i)) {
			continue
		}
		// A bare number is money only before a scale or a currency:
		// "1.2 million dollars"; most numbers are counts and dates.
		if s.tag(i) == "CD" && !leadingSign(w) && !scales[s.word(i+1)] && !currencyWords[s.word(i+1)] {
			continue
		}
		e, ok := s.moneyAt(i)
		if !ok || i > 0 && (s.tag(i-1) == "$" || s.tag(i-1) == "CD") {
			continue
		}
		// "would get dedicated cancer day-care centres at a cost of ₹48.5
		// crore": what a government pays for, before its cost.
		if h := i - 5; h >= 0 && s.word(i-1) == "of" && s.word(i-2) == "cost" && s.word(i-3) == "a" && s.word(i-4) == "at" &&
			isNoun(s.tag(h)) && (s.govContext(i, e) || s.offPara) {
			out = append(out, &cand{s: s, a: s.npStart(h), b: e, head: h, kind: Funding, rule: "sum"})
			lastEnd = e
			continue
		}
		p := s.word(i - 1)
		// ("A further $260 million will go towards …", "an extra Rs 5,000")
		// ("₹36 crore had been allocated for …": a public sum by its verb)
		alloc := s.allocatedAt(s.periodEnd(e))
		if alloc > 0 && !s.govContext(i, alloc) && !s.offPara {
			alloc = 0 // (a company sets money aside too)
		}
		led := i == 0 || bullets[p] || spendVerbs[p] && strings.HasPrefix(s.tag(i-1), "VB") ||
			(p == "and" || p == ",") && lastEnd == i-1 || moreWords[p] && (s.govPara || len(s.told) > 0) || alloc > 0
		if !led && !(s.govContext(i, e) && !sumStops[p] && !contentStarters[p] && s.tag(i-1) != "IN") {
			continue
		}
		// The purpose, after the recipient if one is named: "to Xenia for
		// planning …", and after its period ("over five years").
		k := s.periodEnd(e)
		if s.word(k) == "to" && s.tag(k+1) == "NNP" {
			k = s.nnpRunFrom(k + 1)
		}
		// "$12 billion of the state's record surplus to lower …", "$3.5
		// million from federal relief money to keep …": the source first.
		if w := s.word(k); w == "of" || w == "from" {
			if t := s.aheadIndex(k+1, 8, "to"); t > 0 && s.tag(t+1) == "VB" {
				k = t
			}
		}
		// "$260 million will go towards homelessness services"
		goes := alloc > 0
		if goes {
			k = alloc
		}
		m := k
		if s.tag(m) == "MD" {
			m++ // "will go"
		}
		if goVerbs[s.word(m)] && (s.word(m+1) == "to" || s.word(m+1) == "towards" || s.word(m+1) == "toward") {
			k, goes = m+1, true
		}
		w := s.word(k)
		if !(w == "to" && s.tag(k+1) == "VB" || w == "for" && (s.tag(k+1) == "VBG" || isNoun(s.tag(k+1)) || isAdj(s.tag(k+1))) ||
			goes && (isNoun(s.tag(k+1)) || isAdj(s.tag(k+1)) || s.tag(k+1) == "DT" || s.tag(k+1) == "VBG")) {
			continue
		}
		c := &cand{s: s, a: i, b: max(k+1, s.clauseTail(k)), head: i, kind: Funding, rule: "sum"}
		for j := k + 1; j+1 < c.b; j++ {
			if _, ok := s.moneyAt(j + 1); ok && (s.low[j] == "and" || s.low[j] == ",") {
				c.b = j // "… and $1.2 million to Xenia …" is the next sum
				break
			}
		}
		out = append(out, c)
		lastEnd = c.b
	}
	return out
}

// allocatedAt returns the index of the "for" or "to" after a passive that
// gives a sum to a purpose at token k ("had been allocated for", "will be
// set aside for", "was earmarked to"), 0 if none.
func (s *sentence) allocatedAt(k int) int {
	for n := 0; n < 3 && (s.tag(k) == "MD" || auxiliaries[s.word(k)]); n++ {
		k++
	}
	if !allocVerbs[s.word(k)] || s.tag(k) != "VBN" {
		return 0
	}
	if s.word(k+1) == "aside" {
		k++
	}
	if w := s.word(k + 1); w == "for" || w == "to" || w == "towards" {
		return k + 1
	}
	return 0
}

// allocVerbs give a sum to a purpose in the passive.
var allocVerbs = words("allocated earmarked set budgeted sanctioned appropriated allotted")

// periodEnd steps over the period a sum is spread over, from token e:
// "$150 million over five years to hire …", "$100 million a year for …".
func (s *sentence) periodEnd(e int) int {
	switch {
	case s.word(e) == "over" && (s.tag(e+1) == "CD" || s.word(e+1) == "the") && periodWords[s.word(e+2)]:
		return e + 3
	case (s.word(e) == "a" || s.word(e) == "per" || s.word(e) == "each" || s.word(e) == "every") && periodWords[s.word(e+1)]:
		return e + 2
	case s.word(e) == "annually":
		return e + 1
	}
	return e
}

// periodWords are the spans a sum is given over.
var periodWords = words("year years month months week weeks decade decades")

// moreWords lead a sum added to others: "A further $260 million".
var moreWords = words("further additional extra another")

// goVerbs tell where a sum goes: "$260 million will go towards …".
var goVerbs = words("go goes went")

// bullets open the items of a list.
var bullets = words("- – — • * ·")

// sumStops are verbs after which a sum is a price, a fine or a loss, not a
// measure: "paid $5 million to settle", "raised $2 million for charity".
var sumStops = words("paid pay pays paying raised raise raises raising cost costs lost lose loses earned " +
	"earn earns owed owe owes worth fined seeking seek seeks sued sue won win wins")

// moneyAt returns the end of an amount of money that starts at token i:
// "$2 billion", "€5m", "1.2 million dollars".
func (s *sentence) moneyAt(i int) (int, bool) {
	w := s.word(i)
	cur := currencySigns[w] || leadingSign(w)
	if !cur && s.tag(i) != "CD" {
		return 0, false
	}
	e := i + 1
	// (prose tags some amounts as nouns: "$/$ 1.75/NN billion".)
	for e < len(s.toks) && e-i < 6 && (s.tag(e) == "CD" || scales[s.low[e]] || cur && e == i+1 && startsDigit(s.low[e])) {
		e++
	}
	if e < len(s.toks) && currencyWords[s.low[e]] {
		return e + 1, true
	}
	return e, cur && (e > i+1 || len(w) > 1)
}

// startsDigit reports whether w starts with a digit: "1.75".
func startsDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// senseStop reports whether a modifier in [a, hs) gives the head at i a
// sense that is no policy (headSenseStops): "the democratic mandate of the
// people", "a historic mandate".
func (s *sentence) senseStop(a, hs, i int) bool {
	stops := headSenseStops[s.low[i]]
	for k := max(a, 0); k < hs && stops != nil; k++ {
		if stops[s.low[k]] {
			return true
		}
	}
	return false
}

// passiveObject finds the subject of a passive government act: the verb at
// v follows a form of "be", and one of objects heads the subject a few
// words before, past an appositive. It returns where the subject starts.
func (s *sentence) passiveObject(v int, objects map[string]bool) (int, bool) {
	// A past act only: "is suspended" and "remains prorogued" tell a state,
	// "has not been prorogued" no act.
	if v < 2 || !pastPassive[s.low[v-1]] || s.tag(v) != "VBN" || s.negated(v) {
		return 0, false
	}
	for k := v - 2; k >= 0 && v-k <= 10; k-- {
		if s.low[k] == "which" || s.low[k] == "that" {
			break
		}
		if objects[s.low[k]] && isNoun(s.tag(k)) {
			return s.npStart(k), true
		}
	}
	return 0, false
}

// pastPassive are the forms of "to be" of a passive told as a past act.
var pastPassive = words("was were been")

// adverbEnd extends a verb's phrase over the adverbs right after it:
// "was suspended indefinitely".
func (s *sentence) adverbEnd(from int) int {
	for from < len(s.toks) && s.tag(from) == "RB" {
		from++
	}
	return from
}

// quotedBefore finds a short quoted name right before the head at h and
// returns where its phrase starts (its opening quote, or a determiner
// before it): the "one country, two systems" model.
func (s *sentence) quotedBefore(h int) (int, bool) {
	if h < 3 || !isQuoteMark(s.toks[h-1].Text) {
		return 0, false
	}
	for k := h - 2; k >= 0 && h-k <= 8; k-- {
		if isQuoteMark(s.toks[k].Text) {
			if k == h-2 {
				return 0, false // an empty quote
			}
			if d := s.tag(k - 1); d == "DT" || d == "PRP$" {
				return k - 1, true
			}
			return k, true
		}
	}
	return 0, false
}

// findOrdered finds what an official orders: "Lorenzana said he had ordered
// heightened alert from troops", "A judicial inquiry was ordered".
func findOrdered(s *sentence) []*cand {
	var out []*cand
	for i, w := range s.low {
		if !orderVerbs[w] || !strings.HasPrefix(s.tag(i), "VB") {
			continue
		}
		// Passive: the order is the subject ("A judicial inquiry was ordered").
		// "Facebook was ordered to remove …" orders a party, not a measure.
		if i >= 2 && pastPassive[s.low[i-1]] {
			if t := s.tag(i - 2); (t == "NN" || t == "NNS") && s.word(i+1) != "to" && !s.negated(i) {
				out = append(out, &cand{s: s, a: s.npStart(i - 2), b: s.adverbEnd(i + 1), head: i - 2, kind: ExecutiveAction, rule: "ordered"})
			}
			continue
		}
		// Active: an official orders an object ("ordered the evacuation of
		// …"); "he" is an official in a paragraph about one, and a verb
		// joined to a government's has its subject ("The Delhi government
		// extended the ban … and ordered schools to remain closed").
		v := s.auxStart(i)
		sp, ok := s.subjectBefore(v)
		var agent [2]int
		if ok {
			agent = [2]int{sp.a, sp.b} // "Texas Gov. Greg Abbott on Friday ordered …"
		}
		if !s.officialSubject(i) && !s.officialSubject(v) && !(ok && s.tag(sp.a) == "PRP" && s.govPara) {
			a, pol, acts := s.actSubject(i)
			if !acts {
				continue
			}
			if pol < 0 {
				agent = a
			}
		}
		from := i + 1
		for from < len(s.toks) && (isQuoteMark(s.toks[from].Text) || s.toks[from].Text == "'" || s.toks[from].Text == "‘") {
			from++
		}
		if from >= len(s.toks) || s.tag(from) == "PRP" || s.tag(from) == "TO" || s.tag(from) == "IN" {
			continue // "ordered him to …" is told by what follows, not here
		}
		// "ordered schools to remain closed", "directed state agencies to
		// identify surplus land": what the parties are to do is the measure.
		if t := s.thenAt(from, "to"); t > from && strings.HasPrefix(s.tag(t+1), "VB") {
			if sp, ok := s.subjectBefore(v); ok && courts[s.low[sp.b-1]] {
				continue // a court's order is a ruling
			}
			c := s.orderCand(i, from, max(t+1, s.clauseTail(t)))
			c.agent = agent
			out = append(out, c)
			continue
		}
		if directVerbs[w] {
			continue // "directed the government" says nothing until "to …"
		}
		b := s.objectEnd(from)
		if b <= from+1 && !isNoun(s.tag(from)) || b > from && !isNoun(s.tag(b-1)) && !isQuoteMark(s.toks[b-1].Text) && s.toks[b-1].Text != "'" {
			continue // "ordered the" names nothing
		}
		c := s.orderCand(i, from, b)
		c.agent = agent
		out = append(out, c)
	}
	return out
}

// orderCand is the order told by the verb at i whose object runs [from, b).
func (s *sentence) orderCand(i, from, b int) *cand {
	c := &cand{s: s, a: i, b: b, head: i, kind: ExecutiveAction, rule: "ordered"}
	// "ordered his staff to delay $400 million in military aid": the
	// measure acted on gives the kind.
	for j := from; j < b; j++ {
		if _, money := s.moneyAt(j); money {
			c.kind = Funding
			break
		}
		if h, _, ok := s.headAt(j); ok && !h.weak {
			c.kind = h.kind
			break
		}
	}
	return c
}

// findListed finds the items of a bulleted list that a plan introduces:
// "Highlights of the plan: - $18 million to build a shelter - A new
// outreach team of eight social workers - Expanded hours at the day
// center". Each item is a measure of the plan, which stays a container.
// The items may share the intro's sentence or stand in sentences of
// their own after it.
func findListed(s *sentence) []*cand {
	var cont *cand
	from := -1 // the first bullet
	if s.colon > 0 {
		cont, from = s.listContainer(s.colon), s.colon+1
	} else if bullets[s.low[0]] {
		p := s.prev
		for n := 0; p != nil && n < 20 && bullets[p.low[0]]; n++ {
			p = p.prev
		}
		if p != nil && len(p.toks) > 1 && p.toks[len(p.toks)-1].Text == ":" {
			cont, from = p.listContainer(len(p.toks)-1), 0
		}
	}
	if cont == nil {
		return nil
	}
	out := []*cand{cont}
	for k := from; k < len(s.toks); {
		e := k + 1
		for e < len(s.toks) && !bullets[s.low[e]] {
			e++
		}
		b := e
		for b > k+1 && isBoundary(s.toks[b-1].Text) {
			b--
		}
		if b-k > 2 {
			c := &cand{s: s, a: k + 1, b: b, head: k + 1, kind: Measure, rule: "listed", container: cont}
			for j := c.a; j < c.b; j++ {
				if _, money := s.moneyAt(j); money && j == c.a {
					c.kind = Funding
					break
				}
				if h, _, ok := s.headAt(j); ok && !h.weak {
					c.kind = h.kind
					break
				}
			}
			out = append(out, c)
		}
		k = e
	}
	return out
}

// listContainer is the plan whose head comes shortly before the colon at
// token colon ("Highlights of the plan:"), or nil.
func (s *sentence) listContainer(colon int) *cand {
	for k := colon - 1; k >= 0 && colon-k <= 6; k-- {
		if h, hs, ok := s.headAt(k); ok && planHeads[h.kind] {
			return &cand{s: s, a: s.npStart(hs), b: k + 1, head: hs, kind: h.kind, rule: "container", isContainer: true}
		}
	}
	return nil
}

// auxStart returns where the auxiliaries before a verb begin: "he had
// ordered" → "had", so that the subject is found before them.
func (s *sentence) auxStart(v int) int {
	for v > 0 && auxiliaries[s.low[v-1]] {
		v--
	}
	return v
}
