package policy

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/analysis"
)

// A weak head ("plan", "efforts", "funding", "system") names a public
// measure in a sentence about government: one with an official or a
// government body in it ("the mayor's plan", "the ministry's review"), or a
// verb of making policy ("unveiled a plan", "will expand the program").
// Blind-annotated news counts such mentions as policies even when no
// "federal" or "public" modifies the head, so the sentence licenses them.

// contextActors are the words that put a government in a sentence.
var contextActors = words("government governments government's administration congress parliament " +
	"senate legislature lawmakers lawmaker legislators council councils mayor mayors mayor's " +
	"governor governors governor's president president's minister ministers minister's ministry " +
	"department agency agencies officials official authorities cabinet premier chancellor police " +
	"secretary senator senators congressman congresswoman congressional federal prime " +
	"regulator regulators municipality municipal commissioner commissioners sheriff " +
	"white parliamentary legislative presidential ministerial governmental")

// contextVerbs are the verbs of making, funding or opposing policy, in
// every inflection (stems below).
var contextVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, stem := range strings.Fields("announce propose unveil launch introduce pass approve adopt " +
		"sign enact implement fund allocate invest ban impose require mandate expand extend " +
		"repeal scrap block reject vote consider plan urge roll veto overturn pledge promise vow " +
		"earmark enforce establish create suspend lift tighten ease") {
		for _, w := range inflect(stem) {
			m[w] = true
		}
	}
	for _, w := range strings.Fields("cut cuts cutting call calls called calling push pushes pushed pushing") {
		m[w] = true
	}
	return m
}()

// inflect returns a regular verb's forms: "ban" → ban, bans, banned,
// banning; "propose" → propose, proposes, proposed, proposing.
func inflect(stem string) []string {
	switch {
	case strings.HasSuffix(stem, "e"):
		b := stem[:len(stem)-1]
		return []string{stem, stem + "s", stem + "d", b + "ing"}
	case strings.HasSuffix(stem, "sh"), strings.HasSuffix(stem, "ch"):
		return []string{stem, stem + "es", stem + "ed", stem + "ing"}
	case len(stem) == 3 && strings.ContainsRune("aeiou", rune(stem[1])) && !strings.ContainsRune("aeiouwy", rune(stem[2])):
		d := stem + stem[2:]
		return []string{stem, stem + "s", d + "ed", d + "ing"}
	}
	return []string{stem, stem + "s", stem + "ed", stem + "ing"}
}

// contextStops keep a weak head out even in a government sentence: a
// company's "business plan", a "game plan", "pension funds", "support for
// the movement" is no measure.
var contextStops = words("business marketing game battle escape travel birth meal pension " +
	"retirement phone data payment insurance sales growth campaign election electoral " +
	"party party's team team's club club's company company's firm firm's political " +
	"law justice judicial immune nervous operating solar economic legal human capitalist " +
	"transit transport transportation weather ecosystem")

// govContext reports whether the sentence is about government outside the
// phrase [a, b): an official, a government body or a governing place, or
// a policy verb ("an effort to establish the facts" is no context of its
// own).
func (s *sentence) govContext(a, b int) bool {
	if !s.ctxDone {
		s.ctxDone, s.ctx = true, [2]int{-1, -1}
		for k, w := range s.low {
			// (a company's verbs make no policy: "Apple unveiled its latest
			// iPhone, with … a new camera system")
			if contextActors[w] || contextVerbs[w] && strings.HasPrefix(s.tag(k), "VB") && !s.privateVerb(k) || s.places[s.toks[k].End] {
				if s.ctx[0] < 0 {
					s.ctx[0] = k
				}
				s.ctx[1] = k
			}
		}
	}
	return s.govPara || s.ctx[0] >= 0 && (s.ctx[0] < a || s.ctx[1] >= b)
}

// privateVerb reports whether the verb at k has a company or a club for
// subject.
func (s *sentence) privateVerb(k int) bool {
	if len(s.private) == 0 {
		return false
	}
	sp, ok := s.subjectBefore(s.auxStart(k))
	return ok && s.private[s.toks[sp.b-1].End]
}

// markParagraphs sets each sentence's govPara, whether a word of its
// paragraph is a context actor ("the mayor said"), and offPara, whether
// the paragraph names an office holder or a government body (a place is
// not enough: "Baker moved to Nigeria where he established a studio").
func markParagraphs(doc *analysis.Doc, sents []*sentence) {
	gov, off := make([]bool, len(doc.Paragraphs)), make([]bool, len(doc.Paragraphs))
	for i, s := range sents {
		p := doc.Sentences[i].Para
		if p < 0 || p >= len(gov) {
			continue
		}
		for k, w := range s.low {
			if !gov[p] && paraActors[w] {
				gov[p] = true
			}
			if !off[p] && len(s.officials) > 0 && s.officials[s.toks[k].End] {
				off[p] = true
			}
			if gov[p] && (off[p] || len(s.officials) == 0) {
				break
			}
		}
	}
	for i, s := range sents {
		if p := doc.Sentences[i].Para; p >= 0 && p < len(gov) {
			s.govPara, s.offPara = gov[p], off[p]
		}
	}
}

// paraActors are the context actors that speak for a government: a
// paragraph with one licenses the weak heads of its quotes.
var paraActors = words("mayor governor president minister secretary senator commissioner chancellor " +
	"premier officials spokesman spokeswoman spokesperson government administration council ministry " +
	"department police")

// contextLicensed reports whether the sentence licenses the weak head at i
// whose phrase is [a, b).
func (s *sentence) contextLicensed(h head, a, i, b int) bool {
	if h.only != nil || h.purpose || moneyWords[s.low[i]] || isCap(s.toks[i].Text) {
		return false
	}
	// "information-sharing systems", "social services", "a police
	// operation": these heads are public only with a noun modifier.
	if modifiedOnly[s.low[i]] && !(i > a && (isNoun(s.tag(i-1)) || strings.Contains(s.low[i-1], "-"))) {
		return false
	}
	for k := max(a, i-3); k < i; k++ {
		if contextStops[s.low[k]] {
			return false
		}
	}
	// "efforts to save the mayor's life", "plans to oppose the bill": a
	// purpose that is no public course of action.
	if s.word(i+1) == "to" && strings.HasPrefix(s.tag(i+2), "VB") && !policyVerbs[s.word(i+2)] && !publicPurposes[s.word(i+2)] {
		return false
	}
	return s.govContext(a, b)
}

// modifiedOnly are weak heads too general to stand with determiners and
// adjectives alone: "two systems", "human actions", "economic system".
var modifiedOnly = words("system systems action actions steps mechanism")

// moneyWords are weak heads that name any sum or credit ("U.S. dollars",
// "hush money", a photo's "credit"); only a public modifier or a spending
// rule makes them funding.
var moneyWords = words("money dollars funds fund credit credits")

// publicPurposes are what public measures are for, beyond policyVerbs:
// "efforts to curb gun violence", "a plan to address homelessness".
var publicPurposes = words("curb stop combat fight tackle address prevent protect improve help boost " +
	"provide support promote encourage expand strengthen modernize stabilize revive rebuild " +
	"replace phase lower protect ensure crack deter enforce regulate control contain")
