package entity

import (
	"strings"
	"unicode"

	"github.com/newsfacts/newsfacts/entity/internal/lexicon"
	"github.com/newsfacts/newsfacts/internal/analysis"
)

// names turns the run of name tokens [i, j) of sentence si into mentions.
func (di *docInfo) names(si, i, j int, out []cand) []cand {
	toks := di.doc.Tokens
	text := di.doc.Text
	span := func(a, b int) string { return text[toks[a].Start:toks[b-1].End] }

	whole := i < j && len(lexicon.Lookup(span(i, j))) > 0
	if whole && toks[i].Text == "The" && j-i > 1 && len(lexicon.Lookup(span(i+1, j))) > 0 {
		i++ // "The New York Post" is "New York Post"
	}
	if !whole {
		for i < j && strings.HasPrefix(toks[i].Tag, "VB") && toks[i].Tag != "VBN" {
			i++ // "to End Gun Violence"
		}
		for i < j && lexicon.Stop(toks[i].Text) {
			i++
		}
		if i < j && di.initial[i] && di.commonInitial(i, j) {
			i++
		}
		for j > i && (lexicon.Stop(toks[j-1].Text) || !hasLetter(toks[j-1].Text)) && !isDigits(toks[j-1].Text) {
			j--
		}
	}
	if i >= j {
		return out
	}

	// A title inside the run splits it: "San Jose | Mayor | Sam Liccardo".
	tStart, tEnd := -1, -1
	if !whole {
		tStart, tEnd = titleIn(toks, i, j)
	}
	if tStart < 0 {
		// A run that ends in a title names no person: "the San Jose Mayor".
		k := j
		for k > i {
			if kind, _ := lexicon.Title(toks[k-1].Text); kind == lexicon.NotTitle || !isCap(toks[k-1].Text) {
				break
			}
			k--
		}
		if k < j && k > i && hasTitleHead(toks, k, j) {
			return di.names(si, i, k, out)
		}
	}
	nameStart := i
	var title []int // token range of the title, if any
	if tStart >= 0 {
		if tStart > i {
			out = di.names(si, i, tStart, out)
		}
		nameStart = tEnd
		title = []int{tStart, tEnd}
	}
	// Lower-case titles before the name: "mayoral candidate Eric Adams".
	lo := nameStart
	if title != nil {
		lo = title[0]
	}
	s := di.doc.Sentences[si]
	k := lo
	for k > s.First {
		w := toks[k-1].Text
		kind, _ := lexicon.Title(w)
		if kind == lexicon.NotTitle || isCap(w) {
			break
		}
		k--
	}
	if k < lo && (title != nil || hasTitleHead(toks, k, lo)) {
		if title == nil {
			title = []int{k, lo}
		} else {
			title[0] = k
		}
	}

	c := cand{kind: nameKind, sent: si, tok: nameStart, ent: -1, inQuote: di.inQuote[nameStart]}
	c.start, c.end = toks[nameStart].Start, toks[j-1].End
	for x := nameStart; x < j; x++ {
		c.words = append(c.words, toks[x].Text)
	}
	last := trimPossessive(c.words[len(c.words)-1])
	c.end -= len(c.words[len(c.words)-1]) - len(last)
	c.words[len(c.words)-1] = last
	c.key = strings.Join(c.words, " ")
	if c.key == "" || !hasLetter(c.key) {
		return out
	}
	if title != nil {
		c.titles = []string{text[toks[title[0]].Start:toks[title[1]-1].End]}
		c.score.add(lexicon.Person, 6)
		for x := title[0]; x < title[1]; x++ {
			if _, g := lexicon.Title(toks[x].Text); g != lexicon.Unknown {
				c.gender = g
			}
		}
		// A one-word capitalized title directly before the name belongs to
		// the mention: "President Biden", "Gov. Kathy Hochul".
		if tEnd == nameStart && tEnd-tStart == 1 {
			c.start = toks[nameStart-1].Start
		}
	}
	if !di.score(&c, nameStart, j) {
		return out
	}
	return append(out, c)
}

// commonInitial reports whether the first word of a run at the start of a
// sentence or quote is an ordinary word capitalized for its position
// ("Public safety", "Photo:").
func (di *docInfo) commonInitial(i, j int) bool {
	t := di.doc.Tokens[i]
	if _, ok := lexicon.Given(t.Text); ok {
		return false
	}
	if k, _ := lexicon.Title(t.Text); k != lexicon.NotTitle && j-i > 1 {
		return false
	}
	if len(lexicon.Lookup(t.Text)) > 0 || isAcronym(t.Text) {
		return false
	}
	if j-i > 1 && lexicon.HeadType(di.doc.Tokens[j-1].Text) != "" {
		return false // "Police Department said…"
	}
	if j-i == 1 && !di.capMid[t.Text] {
		return true // a lone capitalized first word that the article never capitalizes elsewhere
	}
	return di.lower[strings.ToLower(t.Text)] || (t.Tag != "NNP" && t.Tag != "NNPS") || j-i == 1 && lexicon.HeadType(t.Text) != ""
}

// titleIn finds a capitalized title followed by a name inside the run [i, j):
// the rightmost title head with a non-title word after it, widened over the
// title words around it ("Deputy Governor", "Secretary of State").
func titleIn(toks []analysis.Token, i, j int) (int, int) {
	for k := j - 2; k >= i; k-- {
		kind, _ := lexicon.Title(toks[k].Text)
		if kind != lexicon.Head || !isCap(toks[k].Text) {
			continue
		}
		e := k + 1
		for e < j {
			if kk, _ := lexicon.Title(toks[e].Text); kk == lexicon.NotTitle && toks[e].Text != "of" {
				break
			}
			e++
		}
		if e >= j {
			continue // no name after the title
		}
		s := k
		for s > i {
			if kk, _ := lexicon.Title(toks[s-1].Text); kk == lexicon.NotTitle {
				break
			}
			s--
		}
		return s, e
	}
	return -1, -1
}

func hasTitleHead(toks []analysis.Token, i, j int) bool {
	for k := i; k < j; k++ {
		if kind, _ := lexicon.Title(toks[k].Text); kind == lexicon.Head {
			return true
		}
	}
	return false
}

func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '&' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters >= 2
}

// prefixTypes are words that open a name and tell its type.
var prefixTypes = map[string]string{
	"Hurricane": lexicon.Event, "Typhoon": lexicon.Event, "Cyclone": lexicon.Event, "Storm": lexicon.Event,
	"Mount": lexicon.Loc, "Mt.": lexicon.Loc, "Lake": lexicon.Loc, "Cape": lexicon.Loc, "Fort": lexicon.GPE,
	"Lord": lexicon.Person, "Saint": lexicon.GPE, "Lady": lexicon.Person,
}

var speechVerbs = setOf("said", "says", "say", "added", "adds", "told", "tells", "asked", "asks",
	"stated", "explained", "noted", "wrote", "writes", "tweeted", "argued", "insisted", "warned",
	"replied", "recalled", "declared", "announced", "continued", "claimed", "acknowledged", "admitted",
	"stressed", "urged", "responded", "emphasized", "suggested", "reported", "confirmed", "denied")

// score adds the type evidence of the name tokens [a, b) to c. It reports
// false when the words are no name at all.
func (di *docInfo) score(c *cand, a, b int) bool {
	toks := di.doc.Tokens
	c.entries = lexicon.Lookup(c.key)
	theBefore := a > 0 && (toks[a-1].Text == "the" || toks[a-1].Text == "The") && c.start == toks[a].Start
	if c.entries == nil && theBefore {
		c.entries = lexicon.Lookup("the " + c.key)
	}
	for _, e := range c.entries {
		c.score.add(e.Type, 5)
		if e.The && theBefore {
			c.start = toks[a-1].Start
		}
	}
	n := len(c.words)
	first, last := c.words[0], c.words[n-1]
	known := c.entries != nil
	if !known {
		if t := lexicon.HeadType(last); t != "" && n > 1 {
			c.score.add(t, 3)
			known = true
		}
		if t := lexicon.HeadType(first); t != "" && n > 2 && containsWord(c.words, "of") {
			c.score.add(t, 3.5)
			known = true
		}
		if t, ok := prefixTypes[first]; ok && n > 1 {
			c.score.add(t, 3)
			known = true
		}
	}
	g, given := lexicon.Given(first)
	switch {
	case given && n > 1:
		c.score.add(lexicon.Person, 3)
		if c.gender == lexicon.Unknown {
			c.gender = g
		}
	case given:
		c.score.add(lexicon.Person, 1)
	}
	if n > 1 && !known && !given && allLower(di, c.words) {
		return false // "Gun Violence" where the article also writes "gun violence"
	}
	if broadcasters[first] && n == 2 && isDigits(last) {
		c.score.add(lexicon.Org, 4) // "ABC 7"
	}
	if n > 1 && n <= 4 && !known && !given {
		c.score.add(lexicon.Person, 1) // an unknown short run of capitalized words is most often a person
	}
	if isAcronym(c.key) && n <= 2 {
		c.score.add(lexicon.Org, 1.5)
		if isCallSign(c.key) {
			c.score.add(lexicon.Org, 2)
		}
	}
	// Context: a speech verb next to it, "in X", "X-based", "X's mayor".
	next, prev := "", ""
	if b < len(toks) {
		next = toks[b].Text
	}
	if a > 0 {
		prev = toks[a-1].Text
	}
	if speechVerbs[next] || speechVerbs[prev] && prev != "reported" {
		c.score.add(lexicon.Person, 1.5)
		c.speaker = true
	}
	if next == "," && b+1 < len(toks) && speechVerbs[toks[b+1].Text] {
		c.speaker = true
	}
	switch prev {
	case "in", "In", "near", "across", "throughout":
		c.score.add(lexicon.GPE, 1.5)
	case "from", "to", "at", "At":
		c.score.add(lexicon.GPE, 0.5)
	case "the":
		c.score.add(lexicon.Org, 1)
		c.score.add(lexicon.Person, -2)
	}
	if strings.HasPrefix(next, "-based") {
		c.score.add(lexicon.GPE, 2)
	}
	if isPossessive(next) && b+1 < len(toks) {
		if k, _ := lexicon.Title(toks[b+1].Text); k == lexicon.Head && !isCap(toks[b+1].Text) {
			c.score.add(lexicon.GPE, 1.5)
		}
	}
	if _, best := c.score.best(); best <= 0 {
		// Nothing tells what it is: an ordinary capitalized word is no name.
		if n == 1 && (toks[a].Tag != "NNP" && toks[a].Tag != "NNPS" || di.lower[strings.ToLower(first)]) && !isAcronym(first) {
			return false
		}
		if n > 1 && allLower(di, c.words) {
			return false // "Gun Violence" where the article also writes "gun violence"
		}
		c.score.add(lexicon.Org, 0.5)
	}
	return true
}

func containsWord(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}

func allLower(di *docInfo, words []string) bool {
	for _, w := range words {
		if !di.lower[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// isCallSign reports whether s looks like a US broadcast call sign (KPIX, WNBC).
func isCallSign(s string) bool {
	if len(s) < 3 || len(s) > 4 || s[0] != 'K' && s[0] != 'W' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
