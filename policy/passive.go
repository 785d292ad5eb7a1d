package policy

import "strings"

// A measure is also told with its subject as the thing acted on: "VAT will
// be charged on private school fees from September", "Councils will be
// required to review their green belt land", "Employers' National
// Insurance contributions will rise by one percentage point". Only a
// sentence about government licenses these (a price rises, a suspect is
// charged), and verbs that say nothing of a policy by themselves need a
// levy for subject.

// passiveActs are the participles that make their subject a measure: any
// subject for "required", a levy (leviable) for "charged" or "raised".
var passiveActs = map[string]bool{
	"required": false, "obliged": false, "introduced": false, "scrapped": false, "abolished": false,
	"extended": false, "expanded": false, "capped": false, "exempted": false, "waived": false,
	"phased": false, "reinstated": false, "legalised": false, "legalized": false,
	"charged": true, "levied": true, "raised": true, "cut": true, "lowered": true, "reduced": true,
	"increased": true, "frozen": true, "doubled": true, "halved": true, "imposed": true, "applied": true,
}

// plannedActs are participles that tell a measure only as a plan, after a
// modal ("construction work would be halted", "1,000 more buses will be
// deployed"): told in the past they are mostly events ("the road was
// closed").
var plannedActs = map[string]Kind{
	"halted": ExecutiveAction, "suspended": ExecutiveAction, "closed": ExecutiveAction,
	"shut": ExecutiveAction, "deployed": Measure, "banned": Measure, "prohibited": Measure,
	"barred": Measure, "restricted": Measure, "allowed": Regulation, "permitted": Regulation,
	"provided": Program, "offered": Program, "distributed": Program, "funded": Funding,
	"lifted": Measure, "eased": Measure, "relaxed": Measure, "tightened": Measure,
	"postponed": ExecutiveAction, "hired": Program, "built": Program, "created": Program,
	"established": Program, "set": Program, "given": Program, "made": Measure, "replaced": Measure,
	"constituted": TaskForce, "formed": TaskForce, // "an expert committee … will be constituted"
}

// levyChanges are the intransitive verbs by which a levy changes:
// "contributions will rise by one percentage point".
var levyChanges = words("rise rises rose risen rising fall falls fell fallen falling increase increases " +
	"increased go goes went drop drops dropped climb climbs climbed double doubles doubled")

// leviable are the heads of subjects that a government sets: taxes, fees,
// rates and benefits.
var leviable = words("tax taxes vat duty duties levy levies contributions contribution fees fee fares fare " +
	"tariff tariffs wage wages allowance allowances threshold thresholds pension " +
	"pensions benefits benefit rebate rebates surcharge premiums")

// taxes are levies that only a government sets, and the words that make a
// wage one ("minimum"): they need no context.
var taxes = words("tax taxes vat duty duties levy levies tariff tariffs surcharge minimum")

// publicSubject reports whether tokens [a, b) name a tax or something
// public: "VAT", "Employers' National Insurance contributions".
func (s *sentence) publicSubject(a, b int) bool {
	for k := a; k < b; k++ {
		if taxes[s.low[k]] || publicWords[s.low[k]] {
			return true
		}
	}
	return false
}

// initialDot reports whether token j is the period of a name's initial
// that the tokenizer split off ("P. Selvaraj").
func (s *sentence) initialDot(j int) bool {
	p := s.toks[j-1].Text
	return s.toks[j].Text == "." && len(p) == 1 && isCap(p)
}

// findPassiveActs finds the measures told by a passive or an intransitive
// verb of change whose subject is what the measure acts on.
func findPassiveActs(s *sentence) []*cand {
	var out []*cand
	for i := 2; i < len(s.low); i++ {
		if s.trig[i]&trigPassiveAct == 0 {
			continue
		}
		w := s.low[i]
		levyOnly, passive := passiveActs[w]
		planned, isPlanned := plannedActs[w]
		change := levyChanges[w] && strings.HasPrefix(s.tag(i), "VB")
		if !passive && !change && !isPlanned {
			continue
		}
		// The verb group: "will be charged", "are now required", "will rise".
		k := i - 1
		for k >= 0 && s.tag(k) == "RB" {
			k--
		}
		if passive || isPlanned {
			if k < 0 || !beForms[s.low[k]] {
				continue
			}
			k--
		}
		if isPlanned && !passive {
			// "would be halted", "will also be deployed", "would not be allowed to"
			m := k
			for m >= 0 && (s.tag(m) == "RB" || negators[s.low[m]]) {
				m--
			}
			if m < 0 || s.tag(m) != "MD" || planned == Regulation && s.word(i+1) != "to" || (w == "set" || w == "made") && s.word(i+1) != "up" {
				continue
			}
			// A service given names what is given: "will be given individual
			// limits", "will be offered free meals" (not "The award will be
			// given to the winner").
			if planned == Program && w != "set" && !(s.tag(i+1) == "DT" || isAdj(s.tag(i+1)) || isNoun(s.tag(i+1)) || s.tag(i+1) == "CD" || s.tag(i+1) == "$") {
				continue
			}
		}
		for k >= 0 && (s.tag(k) == "MD" || auxiliaries[s.low[k]] || s.tag(k) == "RB") {
			k--
		}
		if k < 0 || !isNoun(s.tag(k)) || isBoundary(s.toks[k].Text) {
			continue
		}
		subj := s.npStart(k)
		// "A 12-member expert committee headed by former Director … P.
		// Selvaraj will be constituted": the head before its reduced relative.
		for j := subj - 1; j >= 2 && k-j <= 12 && (!isBoundary(s.toks[j].Text) || s.initialDot(j)) && !isFinite(s.tag(j)); j-- {
			if s.low[j] == "by" && s.tag(j-1) == "VBN" && isNoun(s.tag(j-2)) {
				k, subj = j-2, s.npStart(j-2)
				break
			}
		}
		// "Schools in Tampa and St. Petersburg will be closed": the head
		// before its places.
		for n := 0; n < 2 && subj > 1 && (s.low[subj-1] == "in" || s.low[subj-1] == "and") && isNoun(s.tag(subj-2)); n++ {
			subj = s.npStart(subj - 2)
		}
		// "the windfall tax on oil producers will rise": the levy before
		// its complement.
		if p := subj - 1; p > 0 && !leviable[s.low[k]] && (s.low[p] == "on" || s.low[p] == "of" || s.low[p] == "for") && leviable[s.low[p-1]] {
			k, subj = p-1, s.npStart(p-1)
		}
		// "the unemployment rate fell" is no measure; "the minimum wage will
		// rise", "VAT will be charged" are.
		if (change || levyOnly) && (!leviable[s.low[k]] || !s.publicSubject(subj, k+1)) {
			continue
		}
		if w == "required" || w == "obliged" {
			if s.word(i+1) != "to" {
				continue // "a permit is required" names no duty
			}
		}
		b := s.clauseTail(i + 1)
		goesOn := isPlanned && !passive && s.prev != nil && s.prev.reported
		if b <= i+1 || !s.govContext(subj, b) && !s.offPara && !s.publicSubject(subj, k+1) && !contextActors[s.low[k]] && !goesOn {
			continue
		}
		kind := Measure
		if w == "required" || w == "obliged" {
			kind = Regulation
		} else if isPlanned && !passive {
			kind = planned
		}
		c := &cand{s: s, a: subj, b: b, head: i, kind: kind, rule: "passive-act"}
		if isPlanned && !passive {
			c.rule = "planned"
		}
		out = append(out, c)
	}
	return out
}
