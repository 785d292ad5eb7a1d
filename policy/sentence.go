package policy

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/analysis"
)

// sentence is one sentence's tokens with their lower-case forms, which all
// word lists are keyed by.
type sentence struct {
	src  string // the whole input
	idx  int    // in doc.Sentences
	toks []analysis.Token
	low  []string
	// firstVerb is the index of the first finite verb, len(toks) if none;
	// -1 until beforeVerb computes it.
	firstVerb int
	// places holds the end offsets of the mentions of countries, states and
	// cities, which act as governments ("the United States announced …").
	places map[int]bool
	// officials holds the end offsets of the mentions of office holders and
	// government bodies (officialEnds).
	officials map[int]bool
	// private holds the end offsets of the mentions of companies, clubs
	// and other bodies that do not govern (privateEnds).
	private map[int]bool
	// offPara reports whether the sentence's paragraph names an office
	// holder or a government body.
	offPara bool
	// prev is the sentence before, in the same or the previous paragraph
	// (nil if none): "it" may mean the policy it opens with (prevPolicy).
	prev *sentence
	// trig holds each token's rule triggers (triggers), so that a rule
	// skips a token with one bit test instead of its own look-ups.
	trig []trigger
	// ctx caches govContext's first and last context token (-1 if none),
	// once ctxDone.
	ctx     [2]int
	ctxDone bool
	// govPara reports whether the sentence's paragraph names an official
	// or a government body: a quote's speaker is often named only there.
	govPara bool
	// colon is the first colon followed by a bullet ("Highlights of the
	// plan: - …"), -1 if none.
	colon int
	// reported marks a sentence with a policy mention: the next one may go
	// on about it ("Australia will cap … Universities will be given
	// individual limits").
	reported bool
	// told holds the head words of the policies reported in the sentences
	// before (shared by the article's sentences; nil in rule tests).
	told map[string]bool
}

func newSentence(doc *analysis.Doc, i int) *sentence {
	toks := doc.SentenceTokens(i)
	low := make([]string, len(toks))
	trig := make([]trigger, len(toks))
	colon := -1
	for k, t := range toks {
		low[k] = strings.ToLower(t.Text)
		trig[k] = triggers[low[k]]
		if colon < 0 && k > 0 && low[k-1] == ":" && bullets[low[k]] {
			colon = k - 1
		}
	}
	return &sentence{src: doc.Text, idx: i, toks: toks, low: low, firstVerb: -1, trig: trig, colon: colon}
}

func (s *sentence) tag(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].Tag
}

func (s *sentence) word(i int) string {
	if i < 0 || i >= len(s.low) {
		return ""
	}
	return s.low[i]
}

func isNoun(tag string) bool   { return strings.HasPrefix(tag, "NN") }
func isFinite(tag string) bool { return tag == "VBZ" || tag == "VBP" || tag == "VBD" || tag == "MD" }

// isCap reports whether a word starts with an upper-case letter.
func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isBoundary reports whether a token ends a phrase: punctuation, dashes and
// quote marks.
func isBoundary(text string) bool {
	switch text {
	case ",", ";", ":", "(", ")", "[", "]", ".", "?", "!", "—", "–", "-", "--", "…", "\"", "“", "”", "'", "‘", "’", "«", "»":
		return true
	}
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsPunct(r) && utf8.RuneCountInString(text) == 1 && text != "$" && text != "&"
}

func isQuoteMark(text string) bool {
	switch text {
	case "\"", "“", "”", "«", "»", "``", "''":
		return true
	}
	return false
}

// headAt reports whether token i heads a policy noun phrase and where the
// head starts (two- and three-word heads such as "task force" start earlier).
func (s *sentence) headAt(i int) (h head, start int, ok bool) {
	w := s.low[i]
	if compoundLast[w] {
		for n := 3; n >= 2; n-- {
			if i-n+1 < 0 {
				continue
			}
			if k, found := compounds[strings.Join(s.low[i-n+1:i+1], " ")]; found {
				// "a rent control regime": a noun after the compound is the head.
				if s.modifiesNext(i) {
					return head{}, 0, false
				}
				return head{kind: k}, i - n + 1, true
			}
		}
	}
	h, ok = heads[w]
	if !ok {
		return head{}, 0, false
	}
	tag := s.tag(i)
	// prose sometimes tags a head JJ: "The decree/JJ instructs/NNS …".
	mistagged := tag == "JJ" && s.tag(i-1) == "DT" && (provisionVerbs[s.word(i+1)] || requireVerbs[s.word(i+1)]) ||
		// "the 1993 assault weapons ban/VB but struck down …"
		(tag == "VB" || tag == "VBP") && i > 0 && isNoun(s.tag(i-1)) && !isCap(s.toks[i-1].Text) &&
			(i+1 == len(s.toks) || isBoundary(s.toks[i+1].Text) || s.tag(i+1) == "CC" || s.low[i+1] == "on")
	if !isNoun(tag) && !(tag == "VBG" && w == "funding") && !(tag == "JJ" && w == "stimulus") && !mistagged {
		return head{}, 0, false
	}
	if mistagged {
		return h, i, true
	}
	// The last noun of a phrase is its head: "law" in "law enforcement" is
	// not, nor "bill" in "the bill's supporters".
	// (prose tags some dashes NN: "another referendum — but …".)
	// (prose tags some verbs after a head as plurals: "law forbids/NNS".)
	if s.modifiesNext(i) || s.tag(i+1) == "POS" {
		return head{}, 0, false
	}
	return h, i, true
}

// modifiesNext reports whether the noun at i modifies a common noun after
// it, the phrase's real head.
func (s *sentence) modifiesNext(i int) bool {
	return i+1 < len(s.toks) && isNoun(s.tag(i+1)) && !isCap(s.toks[i+1].Text) && !contentStarters[s.low[i+1]] &&
		!isBoundary(s.toks[i+1].Text) && !requireVerbs[s.low[i+1]] && !provisionVerbs[s.low[i+1]]
}

// npStart returns where the noun phrase whose head starts at h begins:
// determiners, possessors, adjectives and noun modifiers to its left.
func (s *sentence) npStart(h int) int {
	a := h
	for i := h - 1; i >= 0 && h-i <= 8; i-- {
		t := s.toks[i]
		// Skip an abbreviation in parentheses: "Free Trade Area (AfCFTA) agreement".
		if t.Text == ")" && i >= 3 && s.toks[i-2].Text == "(" {
			i -= 2
			continue
		}
		// Skip a sum's conversion: "a 17.9 trillion rupee ($63bn) budget".
		if t.Text == ")" && i >= 4 && s.toks[i-3].Text == "(" && s.tag(i-2) == "$" {
			i -= 3
			continue
		}
		if isBoundary(t.Text) && t.Text != "-" && !(t.Tag == "POS" && isNoun(s.tag(i-1))) { // (a plural's "workers’")
			break
		}
		switch tag := t.Tag; {
		case strings.HasPrefix(tag, "VB") && i > 0 && isCap(t.Text) && isNoun(s.tag(i+1)):
			a = i // a proper adjective prose tags a verb: "Polish/VB privacy legislation"
		case tag == "VB" && i >= 2 && s.tag(i-1) == "CC" && isNoun(s.tag(i-2)) && isNoun(s.tag(i+1)):
			a = i // a noun that prose tags a verb after a conjunction: "sales and use/VB tax"
		case tag == "CC" && (s.low[i] == "and" || s.low[i] == "or") && a == i+1 && a < h && i > 0 &&
			(s.tag(a) == "NN" || s.tag(a) == "VB") &&
			(s.tag(i-1) == "NN" || s.tag(i-1) == "NNS" || isAdj(s.tag(i-1))) && !isCap(s.toks[i-1].Text):
			// modifiers joined before one head: "noise and water-use
			// standards", "sales and use tax exemption" (not "closed schools
			// and non-essential public services")
			continue
		case tag == "DT" || tag == "PRP$" || tag == "PDT":
			if s.low[i] == "that" || s.low[i] == "which" {
				return a
			}
			return i
		case tag == "VBN" || tag == "VBG":
			// "the proposed law", "recently passed law"; not "has approved measures".
			if p := s.tag(i - 1); p != "RB" && p != "DT" && p != "PRP$" && p != "POS" && p != "CD" && !isAdj(p) {
				return a
			}
			a = i
		case tag == "RB":
			if n := s.tag(i + 1); n != "VBN" && n != "JJ" {
				return a
			}
			a = i
		case strings.HasPrefix(tag, "JJ") || isNoun(tag) || tag == "CD" || tag == "$" || tag == "POS" || tag == "HYPH":
			if s.low[i] == "of" {
				return a
			}
			// "since the EU imposed/JJ tariffs": a verb after its subject
			// that prose tags an adjective.
			if isAdj(tag) && (imposeVerbs[s.low[i]] || progressVerbs[s.low[i]]) && i > 0 && isNoun(s.tag(i-1)) {
				return a
			}
			a = i
			if tag == "CD" && isNoun(s.tag(i-1)) && !isCap(s.toks[i-1].Text) {
				return a // "sent the governor 61 bills": two objects
			}
		default:
			return a
		}
	}
	return a
}

// npEnd returns where the phrase that continues at token from ends: its
// post-modifiers ("for law enforcement", "that we passed to crack down on…"),
// up to a clause boundary.
func (s *sentence) npEnd(from int) int {
	if !s.startsContent(from) {
		return from
	}
	return s.clauseTail(from)
}

// clauseTail returns where the words from token from stop belonging to the
// phrase before them: at a clause boundary, a new list item or a finite
// verb outside a relative clause.
func (s *sentence) clauseTail(from int) int {
	end := from
	inRel := false
	for i := from; i < len(s.toks) && i-from < 40; i++ {
		t, w, tag := s.toks[i], s.low[i], s.toks[i].Tag
		if w == "but" && s.word(i+1) == "not" {
			continue // "registering men but not women": a contrast inside the phrase
		}
		// "to as much as 50%": a quantity, not a clause.
		if w == "as" && asMuch[s.word(i+1)] && s.word(i+2) == "as" {
			end = i + 3
			i += 2
			continue
		}
		// "classify gig workers as independent contractors"
		if w == "as" && s.asComplement(i) {
			continue
		}
		// "show \"just cause\" before evicting": a short phrase in quotes.
		if isQuoteMark(t.Text) && i > from {
			if q := s.closingQuote(i); q > 0 {
				end, i = q+1, q
				continue
			}
		}
		if t.Text == "," && s.listGoesOn(i) {
			continue
		}
		if e := s.conversionEnd(i); e > 0 {
			end, i = e, e-1 // "10 million rupees ($35,000) a year"
			continue
		}
		if isBoundary(t.Text) && !(tag == "POS" && isNoun(s.tag(i-1))) || stopWords[w] || w == "in" && s.word(i+1) == "order" {
			break
		}
		if (w == "and" || w == "or") && s.word(i+1) == "that" {
			break // "… would be deployed and that the government was …": a new clause
		}
		if w == "and" || w == "or" || w == "but" {
			// "a bill that would override zoning rules and allow duplexes":
			// a verb joined inside a relative clause belongs to it.
			if inRel && w != "but" && (s.tag(i+1) == "VB" || s.tag(i+1) == "VBZ" || s.tag(i+1) == "VBP") && !reportingVerbs[s.word(i+1)] {
				continue
			}
			if s.startsItem(i+1) && !s.joinedModifier(i) && !s.prepObjects(i) {
				break
			}
			continue
		}
		if w == "that" || w == "which" || w == "who" || tag == "WDT" {
			inRel = true
			continue
		}
		if isFinite(tag) && !inRel {
			// prose tags some participles VBD ("dealers engaged in").
			if !(tag == "VBD" && (s.tag(i+1) == "IN" || s.tag(i+1) == "RP")) {
				break
			}
		}
		if reportingVerbs[w] {
			break
		}
		end = i + 1
	}
	// Trim function words the phrase cannot end with.
	for end > from {
		switch s.tag(end - 1) {
		case "IN", "DT", "CC", "TO", "RB", "WDT", "PRP$", "POS", "MD":
			end--
			continue
		}
		break
	}
	return end
}

// closingQuote returns the quote mark that closes a short quoted phrase
// opened at i, within a clause, or -1.
func (s *sentence) closingQuote(i int) int {
	for k := i + 1; k < len(s.toks) && k-i <= 5; k++ {
		if isQuoteMark(s.toks[k].Text) {
			if k == i+1 {
				return -1
			}
			return k
		}
		// archive text's doubled marks, closed as two apostrophes:
		// "run large and ''unwarranted'' trade surpluses"
		if k > i+1 && s.toks[i].Text == "''" && s.toks[k].Text == "'" && k+1 < len(s.toks) && s.toks[k+1].Text == "'" && s.toks[k].End == s.toks[k+1].Start {
			return k + 1
		}
		if isBoundary(s.toks[k].Text) {
			return -1
		}
	}
	return -1
}

// asComplement reports whether "as" at i completes a verb of classing a
// few words before: "classify gig workers as independent contractors".
func (s *sentence) asComplement(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 4; k-- {
		if classVerbs[s.low[k]] {
			return true
		}
		if isBoundary(s.toks[k].Text) {
			return false
		}
	}
	return false
}

// classVerbs take an "as" complement.
var classVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, stem := range strings.Fields("classify reclassify treat define designate recognize recognise list label") {
		for _, w := range inflect(stem) {
			m[w] = true
		}
	}
	m["classified"], m["classifies"], m["reclassified"] = true, true, true
	return m
}()

// asMuch are the words of a quantity "as much as": "as many as 200".
var asMuch = words("much many high low little few long far")

// startsContent reports whether token i opens a post-modifier: a content
// preposition ("to" only before a verb: not "moved the bill to a better place").
func (s *sentence) startsContent(i int) bool {
	w := s.word(i)
	if w == "to" {
		// "For the budget to pass": the phrase is the subject of a clause.
		if a := s.npStartBefore(i); a > 0 && s.low[a-1] == "for" {
			return false
		}
		n := s.tag(i + 1)
		if n == "RB" {
			n = s.tag(i + 2) // "to potentially result in …"
		}
		return n == "VB" || n == "CD" || isNoun(n)
	}
	if w == "in" && s.word(i+1) == "order" {
		return false
	}
	if notAgents[w] || w == "today" || w == "yesterday" {
		return s.startsContent(i + 1) // "signed a bill Monday that raises …"
	}
	if (w == "last" || w == "this") && timeNouns[s.word(i+1)] {
		return s.startsContent(i + 2) // "signed an order last month directing …"
	}
	// "a scheme approved on Tuesday", "a bill introduced last week": a
	// participle of a policy's progress tells which policy it is.
	if s.tag(i) == "VBN" && progressVerbs[w] {
		return true
	}
	// "an amendment enshrining abortion rights": a participle tells content.
	if s.tag(i) == "VBG" && !reportingParticiples[w] {
		switch n := s.tag(i + 1); {
		case strings.HasPrefix(n, "NN"), strings.HasPrefix(n, "JJ"), n == "DT", n == "CD", n == "PRP$":
			return true
		}
	}
	return contentStarters[w] || s.tag(i) == "WDT"
}

// datedAfter is the length of a preposition and a date at token i ("in
// June", "on Thursday"), 0 if none.
func (s *sentence) datedAfter(i int) int {
	switch s.word(i) {
	case "in", "on", "by", "until", "since":
		if n := s.dateLen(i + 1); n > 0 {
			return n + 1
		}
	}
	return 0
}

// dateLen is the length of a date that starts at token i, 0 if none: a
// month or a day ("June", "Tuesday", "early March"), "next week". (A year
// may tell content: "the constitution in 1932".)
func (s *sentence) dateLen(i int) int {
	w := s.word(i)
	if w == "may" && isCap(s.toks[i].Text) {
		return 1 // the month, not the modal
	}
	switch {
	case notAgents[w]:
		return 1
	case (w == "early" || w == "late" || w == "mid") && notAgents[s.word(i+1)]:
		return 2
	case (w == "next" || w == "last" || w == "this") && timeNouns[s.word(i+1)]:
		return 2
	case w == "the" && seasons[s.word(i+1)]:
		return 2 // "legislation in the autumn"
	}
	return 0
}

// seasons date a phrase: "in the autumn".
var seasons = words("spring summer fall autumn winter")

// progressVerbs are the participles of a policy's progress that identify
// it after its head.
var progressVerbs = words("approved passed adopted enacted signed introduced proposed unveiled announced " +
	"sponsored filed drafted backed endorsed ratified issued launched finalized finalised")

// reportingParticiples open no content: "the law, according to …",
// "the bill, saying …".
var reportingParticiples = words("according including following saying citing claiming arguing noting adding " +
	"calling being having")

// npStartBefore is where the noun phrase ending just before token i starts.
func (s *sentence) npStartBefore(i int) int {
	if i == 0 {
		return 0
	}
	return s.npStart(i - 1)
}

// objectEnd is npEnd for the object of a verb, which needs no preposition.
func (s *sentence) objectEnd(from int) int {
	if from >= len(s.toks) || isBoundary(s.toks[from].Text) {
		return from
	}
	rest := s.npEnd(from + 1)
	if rest == from+1 || s.startsContent(from+1) {
		return s.objectTail(from)
	}
	return rest
}

// objectTail runs over an object noun phrase and its post-modifiers; its
// first word is taken whatever its tag, as prose mis-tags some objects.
func (s *sentence) objectTail(from int) int {
	i := from + 1
	for i < len(s.toks) && i-from < 8 {
		tag := s.tag(i)
		// "the sale and use of gas-powered leaf blowers": nouns joined
		// inside the object.
		// ("freeze electricity and gas prices through the winter")
		if (tag == "CC" && s.low[i] != "but") && isNoun(s.tag(i-1)) && (s.tag(i+1) == "NN" || s.tag(i+1) == "NNS") {
			n := i + 1
			for n < len(s.toks) && n-i <= 3 && (s.tag(n) == "NN" || s.tag(n) == "NNS") {
				n++
			}
			// ("meet statewide noise and water-use standards before …": the
			// run ends in a policy head)
			_, head := heads[s.low[n-1]]
			if n < len(s.toks) && (contentStarters[s.low[n]] || isBoundary(s.toks[n].Text) || tailExtenders[s.low[n]] || head) {
				i = n
				continue
			}
		}
		if !(tag == "DT" || tag == "PRP$" || isAdj(tag) || isNoun(tag) || tag == "CD" || tag == "$" || tag == "POS" || tag == "VBG" || tag == "RB" || tag == "RP") || isBoundary(s.toks[i].Text) {
			break
		}
		i++
	}
	return max(i, s.npEnd(i))
}

// startsItem reports whether the words at i begin a new list item: a policy
// head, a requirement verb or any other verb than "to".
func (s *sentence) startsItem(i int) bool {
	for k := i; k < len(s.toks) && k < i+4; k++ {
		w, tag := s.low[k], s.tag(k)
		if requireVerbs[w] {
			return true
		}
		if _, _, ok := s.headAt(k); ok {
			return true
		}
		// A participle after a noun modifies it: "entities linked to …".
		if (tag == "VBN" || tag == "VBG") && k > i && isNoun(s.tag(k-1)) {
			return false
		}
		if strings.HasPrefix(tag, "VB") || tag == "MD" {
			return true
		}
		if tag != "DT" && !strings.HasPrefix(tag, "JJ") && tag != "PRP$" && tag != "RB" && !isNoun(tag) && tag != "CD" {
			return false
		}
	}
	return false
}

// conversionEnd returns the end of a sum's conversion in parentheses that
// opens at token i ("($35,000)", "(€1.2m)"), 0 if there is none there.
func (s *sentence) conversionEnd(i int) int {
	if s.toks[i].Text != "(" || i == 0 || s.tag(i+1) != "$" {
		return 0
	}
	for k := i + 2; k < len(s.toks) && k-i <= 5; k++ {
		if s.toks[k].Text == ")" {
			return k + 1
		}
	}
	return 0
}

// listGoesOn reports whether the comma at i separates the items of a list
// of common nouns that "and" or "or" closes: "a birth certificate,
// passport or other proof of citizenship", "beef, soy, cocoa and coffee".
// (It reads at most six items, so that its cost stays bounded.)
func (s *sentence) listGoesOn(i int) bool {
	if i == 0 || s.tag(i-1) != "NN" && s.tag(i-1) != "NNS" {
		return false
	}
	for n := 0; n < 6; n++ {
		k := i + 1
		for k < len(s.toks) && k-i <= 3 && (s.tag(k) == "DT" || isAdj(s.tag(k)) || s.tag(k) == "NN" || s.tag(k) == "NNS") {
			k++
		}
		if k == i+1 || k == len(s.toks) || !isNoun(s.tag(k-1)) {
			return false
		}
		if s.low[k] == "and" || s.low[k] == "or" {
			return true
		}
		if s.toks[k].Text != "," {
			return false
		}
		i = k
	}
	return false
}

// prepObjects reports whether the conjunction at i joins two bare objects
// of one preposition: "money for school safety and mental health
// services", not "funding for police and a new tax".
func (s *sentence) prepObjects(i int) bool {
	if n := s.tag(i + 1); n != "NN" && n != "NNS" && !isAdj(n) {
		return false
	}
	// ("funding for more officers and investments in …": an item with a
	// complement of its own)
	e := i + 1
	for e < len(s.toks) && e-i <= 4 && (isNoun(s.tag(e)) || isAdj(s.tag(e))) {
		e++
	}
	if contentStarters[s.word(e)] {
		return false
	}
	for k := i - 1; k > 0 && i-k <= 4; k-- {
		if t := s.tag(k); !isNoun(t) && !isAdj(t) {
			return (s.low[k] == "for" || s.low[k] == "on" || s.low[k] == "against") && k < i-1
		}
	}
	return false
}

// joinedModifier reports whether the conjunction at i joins two modifiers
// of one head: "statewide noise and water-use standards", "report lost or
// stolen firearms", not "background checks and waiting periods".
func (s *sentence) joinedModifier(i int) bool {
	_, prevHead := heads[s.word(i-1)]
	_, head := heads[s.word(i+2)]
	return i > 0 && s.tag(i-1) == "NN" && !prevHead && (s.tag(i+1) == "NN" || isAdj(s.tag(i+1))) && head ||
		i > 0 && adjLike(s.tag(i-1)) && adjLike(s.tag(i+1)) && isNoun(s.tag(i+2))
}

// adjLike reports whether tag is an adjective or a participle used as one.
func adjLike(tag string) bool { return isAdj(tag) || tag == "VBN" }

// nnpRunEnding returns the start of the run of capitalized proper-noun tokens ending at i.
func (s *sentence) nnpRunEnding(i int) (int, bool) {
	a := i
	for a >= 0 && i-a < maxName && isCap(s.toks[a].Text) && (s.tag(a) == "NNP" || s.tag(a) == "NNPS") {
		a--
	}
	return a + 1, a+1 <= i
}

// maxName bounds the proper names and policy names the rules walk over, so
// that a run of 100,000 capitalized words costs linear time.
const maxName = 12

func isAdj(tag string) bool { return strings.HasPrefix(tag, "JJ") }

// text returns the input under tokens [a, b).
func (s *sentence) text(a, b int) string { return s.src[s.toks[a].Start:s.toks[b-1].End] }
