package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/entity/internal/lexicon"
	"github.com/newsfacts/newsfacts/internal/analysis"
)

// names turns the run of name tokens [i, j) of sentence si into mentions.
func (di *docInfo) names(si, i, j int, out []cand) []cand {
	toks := di.doc.Tokens
	text := di.doc.Text
	span := func(a, b int) string { return text[toks[a].Start:toks[b-1].End] }

	whole := i < j && len(lexicon.Lookup(span(i, j))) > 0
	if toks[i].Text == "The" && j-i > 1 && len(lexicon.Lookup(span(i+1, j))) > 0 && !(whole && !di.initial[i] && !sameType(span(i, j), span(i+1, j))) {
		i++ // "The New York Post" is "New York Post", "The Liberal Democrats" "Liberal Democrats"; but "told The Hindu" names no people
		whole = true
	}
	if !whole {
		i0 := i // no known name starts here: whole said so
		for i < j && strings.HasPrefix(toks[i].Tag, "VB") && toks[i].Tag != "VBN" &&
			(toks[i].Tag != "VBG" || di.hasLower(strings.ToLower(toks[i].Text))) {
			i++ // "to End Gun Violence"
		}
		for i < j && lexicon.Stop(toks[i].Text) && !(i+1 < j && toks[i+1].Tag == "POS") && (i == i0 || len(lexicon.Lookup(span(i, j))) == 0) &&
			!(ordinalWords[toks[i].Text] && j-i >= 2 && lexicon.HeadType(toks[j-1].Text) != "") {
			i++ // but "No 10" is a name, and so is "First Baptist Church"
		}
		if i < j && di.initial[i] && di.commonInitial(i, j) {
			i++
		}
		for i+1 < j {
			if k, _ := lexicon.Title(toks[i].Text); k != lexicon.Mod || lexicon.HeadType(toks[i].Text) != "" || !knownNonPerson(span(i+1, j)) {
				break
			}
			i++ // "Former | U.N."
		}
		for j > i && (lexicon.Stop(trimDot(toks[j-1].Text)) && !surnameMonth(toks, j-1, j) && !(j-2 >= i && innerWord(toks[j-2].Text, toks[j-1].Text)) ||
			!hasLetter(toks[j-1].Text)) && !isDigits(toks[j-1].Text) {
			j-- // but "New England Journal of Medicine" keeps its medicine
		}
		for j > i && connectors[toks[j-1].Text] {
			j--
		}
		for j-i > 2 && postNominals[toks[j-1].Text] {
			j-- // "Kama Melly QC", "Durham Hall QC"
		}
		for j-1 > i && strings.HasSuffix(toks[j-1].Text, "al") && j < len(toks) && isLowerWord(toks[j].Text) && strings.HasPrefix(toks[j].Tag, "NN") {
			if k, _ := lexicon.Title(toks[j-1].Text); k != lexicon.Mod {
				break
			}
			j-- // "US Presidential election": an adjective of office; but "Cascade Regional said"
		}
	}
	if i >= j || di.thing(i, j) || di.heading(i, j) {
		return out
	}
	if di.model(i, j) {
		return out // "a Boeing 707", "Boeing 747s and Airbus A300s": products
	}
	if !whole && j-i == 1 {
		if a, b, ok := pairOf(toks[i].Text); ok {
			// "the U.S.-Mexican border", "the Syrian-Turkish border": two
			// places or peoples.
			out = di.part(si, i, toks[i].Start, toks[i].Start+len(a), out)
			return di.part(si, i, toks[i].End-len(b), toks[i].End, out)
		}
	}
	if !whole && j-i >= 2 && (toks[j-1].Text == "Assembly" || toks[j-1].Text == "Parliamentary") && j < len(toks) && seatNouns[toks[j].Text] {
		return di.names(si, i, j-1, out) // "the Sandur Assembly seat": the constituency
	}
	if positions[toks[i].Text] && j-i >= 3 && di.isSporty() {
		i++ // "LB Nate Okonkwo" in a game story's notes
	}
	if !whole && j-i > 1 && toks[j-1].Text == "State" && j+1 < len(toks) && toks[j].Text == "'s" && toks[j+1].Text == "Attorney" {
		j-- // "Cook County | State's Attorney"
	}
	if !whole && toks[j-1].Text == "State" && (j-i == 1 || j-i == 2 && knownOrg(toks[i].Text) && j < len(toks) && isLowerWord(toks[j].Text)) {
		j-- // "the State government", "BJP State president", as Indian papers capitalize a state
		if i >= j {
			return out
		}
	}
	if i > 0 && ordinal(toks[i-1].Text) && ordinalHead(lexicon.HeadType(toks[j-1].Text)) {
		i-- // "26th Street", "46th Precinct", "5th Circuit"
	}
	if !whole {
		// "Ethiopians Dejene Debela": a nationality before a name.
		orgAfter := j < len(toks) && cues[toks[j].Text]&cOrgNoun != 0 // "the Thai Raksa Chart party" is one
		if j-i >= 2 && isNORP(toks[i].Text) && !compass[toks[i].Text] && lexicon.HeadType(toks[j-1].Text) == "" && !hasOrgHead(toks, i+1, j) && !orgAfter &&
			!corporate(strings.Fields(span(i+1, j))) && (!knownNonPerson(span(i+1, j)) || isNORP(span(i+1, j))) {
			out = di.names(si, i, i+1, out)
			i++
		}
		// "Senate Majority Leader Chuck Schumer of New York", "District
		// Judge Donald Johnson of East Baton Rouge Parish": a titled person
		// and the place they are of are two names.
		if k := di.ofAfterTitledName(i, j, span); k > 0 {
			out = di.names(si, i, k, out)
			x := k + 1
			if x < j && toks[x].Text == "the" {
				x++
			}
			return di.names(si, x, j, out)
		}
		// "Hamas-run Health Ministry", "Kremlin-backed Wagner Group", "New
		// York-based Corvane": the backer or the seat is a name of its own.
		for k := i; k < j-1; k++ {
			if !adjectiveOf(toks[k].Text) {
				continue
			}
			if stem, _, _ := strings.Cut(toks[k].Text, "-"); k > i || !isNORP(stem) {
				out = di.names(si, i, k+1, out) // but "Kurdish-led" is only a description
			}
			return di.names(si, k+1, j, out)
		}
		// "Senate Democrats", "House Republicans": a legislature and a
		// party; "a Bend Democrat": a party member's home town.
		if j-i >= 2 && isNORP(toks[j-1].Text) && (legislatures[toks[j-2].Text] || lexicon.HeadType(toks[j-2].Text) == lexicon.Org || knownNonPerson(span(i, j-1)) ||
			j-i == 2 && partyMembers[toks[j-1].Text] && i > 0 && (toks[i-1].Text == "a" || toks[i-1].Text == "an")) {
			out = di.names(si, i, j-1, out)
			return di.names(si, j-1, j, out)
		}
		// "Amnesty International Man-kei Tam", "London Sadiq Khan": a known
		// organization or place run into the name of a person; also a
		// body's head word into an initialled name.
		k := knownPrefix(toks, i, j, span)
		if k == i || orgAfter || !di.personRest(k, j) {
			k = i
			if di.bodyBeforePerson(i, j) {
				k = i + 1 // "in the Assembly | P. Suresh Naik"
			}
		}
		if k > i {
			out = di.names(si, i, k, out)
			i = k
		}
		if j-i == 1 {
			if k, _ := lexicon.Title(toks[i].Text); k != lexicon.NotTitle && lexicon.Lookup(toks[i].Text) == nil && lexicon.HeadType(toks[i].Text) == "" && !di.loneSurname(i, j) {
				return out // "Congressional", "Presidential"
			}
		}
		if j-i == 1 && (currencyAmount(toks[i].Text) || strings.HasSuffix(toks[i].Text, "-like")) {
			return out // "SEK9", "Jupiter-like"
		}
		if award[toks[j-1].Text] {
			return out // prizes are no entities of ours
		}
		if j-i == 1 && partyState(toks[i].Text) {
			return out // "R-Texas", "D-N.Y.": a party and a state
		}
		if toks[j-1].Text == "Day" && (j-i == 1 && !di.namedSurname(i) || j-i > 1 && (holidays[toks[j-2].Text] || suffixes[toks[j-2].Text] ||
			isPossessive(toks[j-2].Text) || strings.HasSuffix(toks[j-2].Text, "'s") || strings.HasSuffix(toks[j-2].Text, "’s"))) {
			return out // "Labor Day", "Mother's Day", "Martin Luther King Jr. Day" are dates; "Jones Day" is a law firm; "Day" after "Doris Day" is she
		}
		if allTitle(toks, i, j) && !di.loneSurname(i, j) {
			// "the Prime Minister", "King"; but "Democratic Senator" names a party.
			for k := i; k < j; k++ {
				if isNORP(toks[k].Text) {
					out = di.names(si, k, k+1, out)
				}
			}
			return out
		}
	}

	// A title inside the run splits it: "San Jose | Mayor | Sam Liccardo".
	tStart, tEnd := -1, -1
	if !whole {
		tStart, tEnd = di.titleIn(i, j, span)
	}
	if tStart < 0 && !whole {
		// A run that ends in a title names no person: "the San Jose Mayor",
		// "United States Secretary of State".
		k := j
		for k > i {
			w := toks[k-1].Text
			if w == "of" {
				if kk, _ := lexicon.Title(toks[max(k-2, 0)].Text); kk != lexicon.Head {
					break // "House of Representatives" is no title
				}
			} else if kind, _ := lexicon.Title(w); kind == lexicon.NotTitle || !isCap(w) {
				break
			}
			k--
		}
		for k < j && toks[k].Text == "of" {
			k++ // "Department of | Justice" keeps its department
		}
		_, givenBefore := lexicon.Given(toks[max(k-1, 0)].Text)
		if k < j && k > i && hasTitleHead(toks, k, j) && toks[k-1].Text != "of" && lexicon.HeadType(toks[k-1].Text) == "" &&
			!(givenBefore && j-k == 1) { // "Michel Mayor" is a name
			return di.names(si, i, k, out)
		}
	}
	if tStart >= 0 && lexicon.Stop(toks[tEnd].Text) {
		// "Chair In Global Islamic Politics": a capitalized preposition
		// after the title starts no name.
		if tStart > i {
			out = di.names(si, i, tStart, out)
		}
		return di.names(si, tEnd+1, j, out)
	}
	nameStart := i
	var title []int // token range of the title, if any
	if tStart >= 0 {
		if tStart > i {
			out = di.names(si, i, tStart, out)
		}
		out = di.titlePlaces(si, tStart, tEnd, out)
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
	if k < lo && (title != nil || hasTitleHead(toks, k, lo)) && !knownNonPerson(span(nameStart, j)) && !orgEnding(toks[j-1].Text) {
		if title == nil {
			title = []int{k, lo}
		} else {
			title[0] = k
		}
	}

	c := cand{kind: nameKind, sent: si, tok: nameStart, ent: -1, inQuote: di.inQuote[nameStart]}
	c.start, c.end = toks[nameStart].Start, di.wordEnd(j-1)
	c.words = strings.Fields(text[c.start:c.end])
	n := len(c.words)
	last := strings.TrimSuffix(trimPossessive(c.words[n-1]), "\u200d")
	based := false
	if w, ok := strings.CutSuffix(last, "-based"); ok && hasLetter(w) {
		last, based = w, true // "California-based"
	}
	if strings.IndexByte(last, '-') > 0 {
		for _, suf := range adjectiveSuffixes {
			if w, ok := strings.CutSuffix(last, suf); ok && hasLetter(w) && isCap(w) {
				last = w // "Academy Award-winning", "Kremlin-backed"
				break
			}
		}
	}
	if l := trimDot(last); l != last && (n > 1 || !isAcronym(last)) {
		last = l // the sentence's full stop: "the Java Sea."
	}
	c.end -= len(c.words[n-1]) - len(last)
	c.words[n-1] = last
	if corporateAbbrev[last] && c.end < len(text) && text[c.end] == '.' {
		c.end++ // "Microsoft Corp." as the tokenizer splits it
		c.words[n-1] += "."
	}
	if based {
		c.score.add(lexicon.GPE, 2)
	}
	c.key = strings.Join(c.words, " ")
	if n == 1 && len(last) <= 5 && c.end < len(text) && text[c.end] == '.' && !strings.HasSuffix(c.key, ".") &&
		lexicon.Lookup(c.key) == nil && lexicon.Lookup(c.key+".") != nil {
		c.end++ // "Cupertino, Calif." with the sentence's full stop split off
		c.words[n-1] += "."
		c.key += "."
	}
	for _, pos := range []string{"'s", "’s"} {
		if c.end < len(text) && text[c.end] == pos[0] && strings.HasPrefix(text[c.end:], pos) && lexicon.Lookup(c.key+pos) != nil {
			c.end += len(pos) // "Sainsbury's", "McDonald's": the possessive is the name's
			c.words[n-1] += pos
			c.key += pos
		}
	}
	if c.key == "" || !hasLetter(c.key) || c.end-c.start > maxMention/2 {
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
	}
	if !di.score(&c, nameStart, j) {
		return out
	}
	return append(out, c)
}

// thing reports whether the run [i, j) names a vessel, a technical system
// or a work (see findThings), or is the long form of a system's acronym.
func (di *docInfo) thing(i, j int) bool {
	toks := di.doc.Tokens
	for _, w := range di.works {
		if toks[i].Start >= w[0] && toks[j-1].End <= w[1] {
			return true
		}
	}
	if di.things == nil {
		return false
	}
	if vesselPrefixes[toks[i].Text] && j-i > 1 || di.things[di.doc.Text[toks[i].Start:toks[j-1].End]] {
		return true
	}
	for k := j; k < j+6 && k+2 < len(toks); k++ { // over "and Tracking" of "Long Range Identification and Tracking (LRIT)"
		if toks[k].Text == "(" {
			return toks[k+2].Text == ")" && di.things[toks[k+1].Text]
		}
		if !di.nameTok[k] && !connectors[toks[k].Text] {
			return false
		}
	}
	return false
}

// stateUniversity reports whether "w State" is a university ("Ohio State",
// "Arizona State"): w is a state, but not one whose "State" names the state.
func stateUniversity(w string) bool {
	if w == "Washington" || w == "New" {
		return false
	}
	for _, e := range lexicon.Lookup(w) {
		if e.Type == lexicon.GPE && !e.City && !e.Country {
			return true
		}
	}
	return false
}

// knownOrg reports whether w is a known organization or an acronym.
func knownOrg(w string) bool {
	if isAcronym(w) {
		return true
	}
	for _, e := range lexicon.Lookup(w) {
		if e.Type == lexicon.Org {
			return true
		}
	}
	return false
}

// titleCase writes an all-capitals name as a name: "NEW YORK" → "New York".
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = w[:1] + strings.ToLower(w[1:])
	}
	return strings.Join(words, " ")
}

// country reports whether w is a known country.
func country(w string) bool {
	for _, e := range lexicon.Lookup(w) {
		if e.Country {
			return true
		}
	}
	return false
}

// sameType reports whether the known names a and b have the same first type.
func sameType(a, b string) bool {
	ea, eb := lexicon.Lookup(a), lexicon.Lookup(b)
	return len(ea) > 0 && len(eb) > 0 && ea[0].Type == eb[0].Type
}

// model reports whether the run [i, j) is a maker's name with a model
// number, in the run or right after it ("Boeing 707", "Airbus A300s"), or
// one word after a model number ("737 Max").
func (di *docInfo) model(i, j int) bool {
	toks := di.doc.Tokens
	if j-i == 1 && i > 1 && isModelNumber(toks[i-1].Text) && lexicon.Lookup(toks[i].Text) == nil {
		// The model's name after its number ("the 737 Max", "Boeing 737
		// Max"); but "235 Democrats" counts them.
		p := toks[i-2].Text
		return p == "the" || p == "a" || p == "The" || p == "A" || knownOrg(p) && !isAcronym(p)
	}
	k := i + 1 // the word after the maker's, in the run or after it
	if k >= len(toks) || !isModelNumber(toks[k].Text) {
		return false
	}
	return knownOrg(toks[i].Text) && !isAcronym(toks[i].Text)
}

// isModelNumber reports whether w reads as an aircraft's or a vehicle's
// model: three or four digits, or up to three capitals and two to four
// digits, with a plural "s" ("707", "747s", "A300", "XC90", "B-17"); no year.
func isModelNumber(w string) bool {
	w = strings.TrimSuffix(w, "s")
	letters := 0
	for letters < len(w) && letters < 3 && w[letters] >= 'A' && w[letters] <= 'Z' {
		letters++
	}
	if letters == 0 && len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		return false
	}
	d := strings.TrimPrefix(w[letters:], "-") // "B-17"
	if letters == 0 && len(d) < len(w) {
		return false
	}
	return isDigits(d) && len(d) <= 4 && (len(d) >= 3 || letters > 0 && len(d) >= 2)
}

// pairOf splits a hyphenated pair of known places or peoples ("U.S.-China",
// "Syrian-Turkish"), but not a people of a country ("African-American",
// "Mexican-Canadian").
func pairOf(w string) (string, string, bool) {
	a, b, ok := strings.Cut(w, "-")
	if !ok {
		a, b, ok = strings.Cut(w, "–") // "the Iran–Iraq border"
	}
	if !ok || a == "" || b == "" || strings.ContainsAny(b, "-–") || hyphenated[b] || lexicon.Lookup(w) != nil {
		return "", "", false
	}
	ea, eb := lexicon.Lookup(a), lexicon.Lookup(b)
	if ea == nil || eb == nil || !placeOrPeople(eb) {
		return "", "", false
	}
	return a, b, placeOrPeople(ea)
}

// hyphenated peoples follow another people: "Irish-American".
var hyphenated = setOf("American", "Americans", "Canadian", "Canadians", "Australian", "Australians", "British", "Briton", "Britons")

func placeOrPeople(es []lexicon.Entry) bool {
	for _, e := range es {
		if e.Type != lexicon.GPE && e.Type != lexicon.NORP {
			return false
		}
	}
	return true
}

// part makes the mention of the known name at text[start:end], a part of
// token k: "U.S." of "U.S.-China".
func (di *docInfo) part(si, k, start, end int, out []cand) []cand {
	w := di.doc.Text[start:end]
	c := cand{kind: nameKind, sent: si, tok: k, ent: -1, inQuote: di.inQuote[k], start: start, end: end, words: []string{w}, key: w}
	if !di.score(&c, k, k+1) {
		return out
	}
	return append(out, c)
}

// heading reports whether the run [i, j) is a sentence of its own in
// capitals made of common words: a section heading ("INJURIES", "UP NEXT").
func (di *docInfo) heading(i, j int) bool {
	toks := di.doc.Tokens
	for k := i; k < j; k++ {
		if w := toks[k].Text; strings.IndexFunc(w, unicode.IsLower) >= 0 || !lexicon.Common(w) {
			return false
		}
	}
	s := di.doc.Sentences[di.doc.SentenceAt(toks[i].Start)]
	return i == s.First && (j == s.Last || !hasLetter(toks[j].Text)) && len(lexicon.Lookup(di.doc.Text[toks[i].Start:toks[j-1].End])) == 0
}

// positions are the players' positions that a game story's notes write
// before their names.
var positions = setOf("QB", "RB", "WR", "TE", "OL", "OT", "OG", "DL", "DE", "DT", "LB", "ILB", "OLB", "CB", "DB",
	"FS", "SS", "LS", "FB", "RHP", "LHP", "DH", "LW", "RW")

// ordinalHead reports whether a name with a head of type t takes an
// ordinal before it: streets, precincts, districts, amendments ("the 14th
// Amendment"), but no person ("1st Lt.") or event.
func ordinalHead(t string) bool {
	return t == lexicon.Fac || t == lexicon.Org || t == lexicon.GPE || t == lexicon.Law
}

// postNominals follow a person's name: letters of rank and honours.
var postNominals = setOf("QC", "KC", "MBE", "OBE", "CBE", "KBE", "DBE", "PhD", "MD", "Esq.", "SC")

// adjectiveSuffixes make an adjective of a name, which keeps only the name.
var adjectiveSuffixes = []string{"-based", "-winning", "-backed", "-led", "-owned", "-funded", "-born", "-run",
	"-style", "-era", "-bound", "-made", "-linked", "-allied", "-aligned", "-affiliated", "-controlled",
	"-majority", "-held", "-occupied", "-dominated", "-speaking", "-hit"}

// adjectiveOf reports whether w is a name made an adjective: "Hamas-run".
func adjectiveOf(w string) bool {
	if strings.IndexByte(w, '-') < 0 {
		return false
	}
	for _, suf := range adjectiveSuffixes {
		if stem, ok := strings.CutSuffix(w, suf); ok && isCap(stem) {
			return true
		}
	}
	return false
}

var corporateAbbrev = setOf("Corp", "Inc", "Co", "Ltd", "Bros")

// orgEnding reports whether a name's last word makes it no person's:
// "activist investor Elliott Management".
func orgEnding(w string) bool {
	t := lexicon.HeadType(w)
	return corporateWords[w] || t != "" && t != lexicon.Person
}

// innerWord reports whether the stop word stop after w is inside a name:
// after a connector ("Journal of Medicine"), or a field of study after a
// capitalized word ("American Journal of Preventive Medicine"); but "Lion
// Air | Flight", "Amazon | Web".
func innerWord(w, stop string) bool {
	return connectors[w] || subjects[stop] && isCap(w) && !lexicon.Stop(w) && !monthsDays[w]
}

// subjects are the fields of study the stop list holds for "the Nobel
// Prize in Physics".
var subjects = setOf("Physics", "Chemistry", "Medicine", "Literature", "Economics", "Mathematics")

// hasOrgHead reports whether a word of toks[i:j] is an organization's head:
// "American | League East" is one name.
func hasOrgHead(toks []analysis.Token, i, j int) bool {
	for k := i; k < j; k++ {
		if lexicon.HeadType(toks[k].Text) == lexicon.Org {
			return true
		}
	}
	return false
}

// ofAfterTitledName returns the index of an "of" in the run [i, j) that
// follows a title and a name ("Archbishop Justin Welby | of Canterbury"),
// or -1; "Secretary of State Mike Pompeo" has no name before its "of".
func (di *docInfo) ofAfterTitledName(i, j int, span func(a, b int) string) int {
	toks := di.doc.Tokens
	for k := i + 2; k < j-1; k++ {
		if toks[k].Text != "of" {
			continue
		}
		if lexicon.HeadType(toks[k-1].Text) != "" || !hasTitleHead(toks, i, k-1) {
			return -1 // "Department of Justice", "University of Texas"
		}
		if ts, te := di.titleIn(i, k, span); ts >= 0 && te < k {
			return k
		}
		return -1
	}
	return -1
}

// bodyBeforePerson reports whether the run [i, j) is an organization's head
// word run into a person's initialled name: "the Assembly P. Suresh Naik",
// as Indian papers write the member after the house.
func (di *docInfo) bodyBeforePerson(i, j int) bool {
	toks := di.doc.Tokens
	if j-i < 3 || lexicon.HeadType(toks[i].Text) != lexicon.Org {
		return false
	}
	x := i + 1
	for x+1 < j && len(toks[x].Text) == 1 && isCap(toks[x].Text) && toks[x+1].Text == "." {
		x += 2 // "P" "." as the tokenizer splits it
	}
	if x == i+1 || j-x > 2 {
		return false
	}
	for ; x < j; x++ {
		if w := toks[x].Text; !isCap(w) || lexicon.HeadType(w) != "" || len(lexicon.Lookup(w)) > 0 {
			return false
		}
	}
	return true
}

// knownPrefix returns the end of the longest known place or organization
// that opens the run [i, j) and leaves at least two words after it, or i.
func knownPrefix(toks []analysis.Token, i, j int, span func(a, b int) string) int {
	for k := j - 2; k > i; k-- {
		if knownNonPerson(span(i, k)) {
			return k
		}
	}
	return i
}

// personRest reports whether the words [k, j) after a known name read as a
// person's name: two or three capitalized words that are no known name, no
// title and no organization or place head ("Sadiq Khan", but not "Red Sox"
// nor "Police Department").
func (di *docInfo) personRest(k, j int) bool {
	toks := di.doc.Tokens
	if j-k < 2 || j-k > 3 {
		return false
	}
	for x := k; x < j; x++ {
		w := toks[x].Text
		if x > k && x < j-1 && particles[w] {
			continue // "Hamza bin Laden"
		}
		if !isCap(w) || lexicon.HeadType(w) != "" || len(lexicon.Lookup(w)) > 0 || isAcronym(w) || innerOrg[w] || corporateWords[w] || legalForms[w] {
			return false // "Exxon | Mobil Corp." is no person
		}
		if kind, _ := lexicon.Title(w); kind != lexicon.NotTitle {
			return false
		}
	}
	last := toks[j-1].Text
	return !strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "x") // "Red Sox", "Blue Jays"
}

// titlePlaces emits the known places and organizations inside a title:
// "First Minister of | Scotland", "Secretary-General of the | United Nations".
func (di *docInfo) titlePlaces(si, a, b int, out []cand) []cand {
	toks := di.doc.Tokens
	text := di.doc.Text
	for k := a; k+1 < b; k++ {
		if toks[k].Text != "of" {
			continue
		}
		x := k + 1
		if toks[x].Text == "the" {
			x++
		}
		for e := b; e > x; e-- {
			if knownNonPerson(text[toks[x].Start:toks[e-1].End]) {
				return di.names(si, x, e, out)
			}
		}
	}
	return out
}

// ordinal reports whether t is a number like "26th", "1st", "42nd".
func ordinal(t string) bool {
	if len(t) < 3 {
		return false
	}
	suf := t[len(t)-2:]
	return (suf == "th" || suf == "st" || suf == "nd" || suf == "rd") && isDigits(t[:len(t)-2])
}

// currencyAmount reports whether t is a currency code glued to a number: "SEK9".
func currencyAmount(t string) bool {
	if len(t) < 4 {
		return false
	}
	for i := 0; i < 3; i++ {
		if t[i] < 'A' || t[i] > 'Z' {
			return false
		}
	}
	return t[3] >= '0' && t[3] <= '9' && !broadcasters[t[:3]] // but "ABC13" is a station
}

// holidays are the first words of the holidays named "… Day".
var holidays = setOf("Labor", "Labour", "Memorial", "Independence", "Veterans", "Veterans'", "Presidents",
	"Presidents'", "Valentine's", "Boxing", "Election", "Christmas", "Thanksgiving", "Remembrance", "Earth",
	"May", "Australia", "Canada", "Bastille", "Armistice", "Victory", "Flag", "Columbus", "Patriots",
	"Juneteenth", "Inauguration", "Opening", "Game", "Match", "Polling", "Judgment", "Judgement", "Groundhog",
	"Leap", "New", "National", "International", "World", "Family", "Republic", "Unity", "Heroes", "Arbor")

var award = setOf("Prize", "Award", "Awards", "Medal", "Trophy")

// partyState reports whether t is a legislator's party and state: "R-Texas",
// "DFL-Minneapolis".
func partyState(t string) bool {
	return len(t) > 2 && (t[0] == 'R' || t[0] == 'D' || t[0] == 'I') && t[1] == '-' || strings.HasPrefix(t, "DFL-")
}

// knownNonPerson reports whether s is a known place, organization or group,
// which a title before it does not make a person: "incumbent Republican".
func knownNonPerson(s string) bool {
	for _, e := range lexicon.Lookup(s) {
		if e.Type != lexicon.Person {
			return true
		}
	}
	return false
}

// wordEnd is where the word of token k ends in the text: past letters the
// tokenizer dropped ("D" of "D'Souza").
func (di *docInfo) wordEnd(k int) int {
	text := di.doc.Text
	end := toks(di)[k].End
	limit := len(text)
	if k+1 < len(di.doc.Tokens) {
		limit = di.doc.Tokens[k+1].Start
	}
	for end < limit {
		r, size := utf8.DecodeRuneInString(text[end:])
		if unicode.IsLetter(r) || (r == '\'' || r == '’') && end+size < limit {
			end += size
			continue
		}
		break
	}
	return end
}

func toks(di *docInfo) []analysis.Token { return di.doc.Tokens }

// trimDot strips a full stop from a word that is no abbreviation.
func trimDot(w string) string {
	if !strings.HasSuffix(w, ".") || len(w) < 4 || abbrev[w] || strings.Count(w, ".") > 1 {
		return w
	}
	return w[:len(w)-1]
}

var abbrev = setOf("Inc.", "Corp.", "Ltd.", "Bros.", "Co.", "Jr.", "Sr.", "Ave.", "Blvd.", "Gov.", "Sen.",
	"Rep.", "Gen.", "Col.", "Capt.", "Sgt.", "Dept.", "Calif.", "Mass.", "Penn.", "Wash.", "Tenn.", "Conn.",
	"Colo.", "Ariz.", "Minn.", "Mich.", "Okla.", "Prof.", "Supt.", "Cmdr.")

func isNORP(w string) bool {
	for _, e := range lexicon.Lookup(w) {
		if e.Type == lexicon.NORP {
			return true
		}
	}
	return false
}

func allTitle(toks []analysis.Token, i, j int) bool {
	for k := i; k < j; k++ {
		if kind, _ := lexicon.Title(toks[k].Text); kind == lexicon.NotTitle && !(toks[k].Text == "of" && k > i && k < j-1) {
			return false // but "the Secretary of State" is a title
		}
	}
	return hasTitleHead(toks, i, j)
}

// commonInitial reports whether the first word of a run at the start of a
// sentence or quote is an ordinary word capitalized for its position
// ("Public safety", "Photo:").
func (di *docInfo) commonInitial(i, j int) bool {
	t := di.doc.Tokens[i]
	if _, ok := lexicon.Given(t.Text); ok || particles[strings.ToLower(t.Text)] && j-i > 1 {
		return false // "De Blasio added"
	}
	if k, _ := lexicon.Title(t.Text); k != lexicon.NotTitle && j-i > 1 {
		return false
	}
	if _, ok := prefixTypes[t.Text]; ok && j-i > 1 {
		return false // "Operation Peace Spring"
	}
	if j-i == 1 && j < len(di.doc.Tokens) && di.doc.Tokens[j].Tag == "POS" {
		return false // "Reliance's Jio Platforms unit": a possessive names its owner
	}
	if j-i == 1 && j+1 < len(di.doc.Tokens) && di.doc.Tokens[j].Text == "," && (di.doc.Tokens[j+1].Text == "a" || di.doc.Tokens[j+1].Text == "an") &&
		!lexicon.Common(t.Text) && !strings.HasSuffix(t.Text, "ly") {
		return false // "Airfleets, a database detailing …": a name introduced
	}
	if j-i == 1 && j+1 < len(di.doc.Tokens) && isLowerWord(di.doc.Tokens[j].Text) && di.nameTok[j+1] {
		if k, _ := lexicon.Title(di.doc.Tokens[j].Text); k == lexicon.Head {
			return false // "Morningstar analyst Keiko Tanaka": the analyst's firm
		}
	}
	if j-i == 1 && i >= 2 && j < len(di.doc.Tokens) && di.doc.Tokens[i-1].Text == "(" && di.doc.Tokens[j].Text == ")" && di.nameTok[i-2] {
		return false // "Department for Environment, Food and Rural Affairs (Defra)"
	}
	if len(lexicon.Lookup(t.Text)) > 0 || isAcronym(t.Text) {
		return false
	}
	if stem, _, _ := strings.Cut(t.Text, "-"); adjectiveOf(t.Text) && len(lexicon.Lookup(stem)) > 0 {
		return false // "Boston-based Corvane's lead drug"
	}
	if j-i > 2 {
		if _, given := lexicon.Given(di.doc.Tokens[i+1].Text); given && lexicon.HeadType(t.Text) == "" && lexicon.Common(t.Text) {
			return true // "Born Robert Burns", "Following John Smith's arrest"
		}
	}
	if j-i > 1 && lexicon.HeadType(di.doc.Tokens[j-1].Text) != "" {
		return false // "Police Department said…"
	}
	if t.Tag == "VBG" && !di.hasLower(strings.ToLower(t.Text)) {
		return false // "Erling Haaland": the tagger's guess from "-ing"
	}
	if j-i == 1 {
		// A lone capitalized first word is a name if it is tagged as a noun
		// and the article also capitalizes it inside a sentence, or is no
		// English word at all ("Putin called…").
		if t.Tag == "NNP" && utf8.RuneCountInString(t.Text) > 2 && strings.IndexByte(t.Text, '\'') < 0 && !strings.Contains(t.Text, "’") &&
			!lexicon.Common(t.Text) &&
			!di.hasLower(strings.ToLower(t.Text)) && !di.pluralOfLower(t.Text) {
			return false
		}
		return (!di.capMid[t.Text] || !strings.HasPrefix(t.Tag, "NN")) && !demonym(t.Text) // but "Texans voted…"
	}
	if di.capMid[t.Text] {
		return false // "Blind Faith recorded…" after "the supergroup Blind Faith"
	}
	// The tagger's guess from a suffix is no evidence for a word English
	// lacks: "Cleary/JJ Gottlieb Steen & Hamilton".
	return (di.hasLower(strings.ToLower(t.Text)) || (t.Tag != "NNP" && t.Tag != "NNPS") && lexicon.Common(t.Text) || j-i == 1 && lexicon.HeadType(t.Text) != "") &&
		!demonym(t.Text) // "Victorian Premier Jacinta Allan" opens with a people
}

// namedSurname reports whether the word at token k follows a given name
// somewhere in the article: "Day made many albums" after "Doris Day".
func (di *docInfo) namedSurname(k int) bool {
	toks := di.doc.Tokens
	w := toks[k].Text
	for x := 1; x < len(toks); x++ {
		if toks[x].Text == w {
			if _, given := lexicon.Given(toks[x-1].Text); given {
				return true
			}
		}
	}
	return false
}

// pluralOfLower reports whether w is the plural of a word the article
// writes in lower case: "Guardrails can only take so much" after "the
// guardrail".
func (di *docInfo) pluralOfLower(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	return di.hasLower(strings.ToLower(w[:len(w)-1]))
}

// titleIn finds a capitalized title followed by a name inside the run [i, j):
// the rightmost title head with a non-title word after it, widened over the
// title words around it ("Deputy Governor", "Secretary of State") and over
// capitalized words before it that name no known place or organization
// ("Deputy Emergency Situations Minister", but "San Jose | Mayor",
// "Hallstein | Chief Executive" after "Hallstein Pharma AG").
func (di *docInfo) titleIn(i, j int, span func(a, b int) string) (int, int) {
	toks := di.doc.Tokens
	if t := lexicon.HeadType(toks[j-1].Text); t != "" && t != lexicon.Person && !givenAt(toks, j-2, i) {
		return -1, -1 // "Henderson Executive Airport" names no executive; but "Fire Chief Linda | Park" does
	}
	for k := j - 2; k >= i; k-- {
		kind, _ := lexicon.Title(toks[k].Text)
		if kind != lexicon.Head || !isCap(toks[k].Text) || toks[k].Text == "Star" && !di.initial[k] {
			continue // "Star Wars", "Star Trek": a star's title is written in lower case
		}
		e := k + 1
		for e < j {
			if toks[e].Text == "of" {
				// "Minister of Information | Moammar al-Eryani": the
				// department runs up to a given name, or leaves two words.
				x := e + 1
				for x < j-2 {
					if _, ok := lexicon.Given(toks[x].Text); ok && x > e+1 {
						break
					}
					x++
				}
				if x+1 < j || x < j && isDepartmentEnd(toks, e+1, x) {
					e = x
					continue
				}
			}
			if kk, _ := lexicon.Title(toks[e].Text); kk == lexicon.NotTitle {
				break
			}
			e++
		}
		if e >= j || allSuffixes(toks, e, j) || isPossessive(toks[e].Text) {
			continue // no name after the title ("Martin Luther King Jr.", "U.S. Attorney's Office")
		}
		s := k
		for s > i {
			if kk, _ := lexicon.Title(toks[s-1].Text); kk != lexicon.NotTitle {
				if legislatures[toks[s-1].Text] || memberTitles[toks[k].Text] && lexicon.HeadType(toks[s-1].Text) == lexicon.Org {
					break // "Senate | Majority Leader", "City Council | Member": the body is an organization
				}
				if lexicon.HeadType(toks[s-1].Text) != "" && s-1 > i && isCap(toks[s-2].Text) && !knownEnd(i, s-1, span) {
					if k2, _ := lexicon.Title(toks[s-2].Text); k2 == lexicon.NotTitle {
						break // "Coös County | Attorney": the county is a place; but "United States | District Judge"
					}
				}
				s--
				continue
			}
			portfolio := lexicon.HeadType(toks[s-1].Text) == lexicon.Org && portfolioTitles[strings.ToLower(toks[k].Text)]
			if !isCap(toks[s-1].Text) || lexicon.HeadType(toks[s-1].Text) != "" && !portfolio || isAcronym(toks[s-1].Text) ||
				demonym(toks[s-1].Text) || placeTitles[toks[k].Text] {
				break // but "Emergency Services | Minister" names a portfolio; "Victorian | Premier" a people; "Lismore | Mayor" a place
			}
			known := di.firms[toks[s-1].Text]
			for x := i; x < s && !known; x++ {
				if len(lexicon.Lookup(span(x, s))) > 0 {
					known = true
				}
			}
			if known {
				break
			}
			s--
		}
		return s, e
	}
	return -1, -1
}

// givenAt reports whether toks[k], inside a run that starts before it at i,
// is a given name and no head word: the surname after it may be one ("Linda
// Park", "Tom Hall").
func givenAt(toks []analysis.Token, k, i int) bool {
	if k <= i || lexicon.HeadType(toks[k].Text) != "" {
		return false
	}
	_, ok := lexicon.Given(toks[k].Text)
	return ok
}

// knownEnd reports whether the words before e end in a known place or
// organization: "United States" of "United States District Judge".
func knownEnd(i, e int, span func(a, b int) string) bool {
	for x := max(i, e-4); x < e; x++ {
		if knownNonPerson(span(x, e)) {
			return true
		}
	}
	return false
}

// loneSurname reports whether the one title word at [i, j) is the surname
// of a person the article names in full, not after "the": "Queloz and
// Mayor" after "Michel Mayor".
func (di *docInfo) loneSurname(i, j int) bool {
	toks := di.doc.Tokens
	if j-i != 1 || !di.surname[toks[i].Text] {
		return false
	}
	if i > 0 {
		if p := toks[i-1].Text; p == "the" || p == "The" || p == "a" || p == "A" || p == "our" || p == "his" || p == "her" {
			return false
		}
	}
	if _, ok := lexicon.Given(toks[max(i-1, 0)].Text); ok {
		return false // the full name itself
	}
	return i+1 >= len(toks) || !di.nameTok[i+1]
}

// placeTitles are held for a place, which a capitalized word before them
// names: "Lismore Mayor Steve Krieg".
var placeTitles = setOf("Mayor", "Governor", "Premier", "Sheriff", "Alderman", "Councillor", "Councilman", "Councilwoman")

// portfolioTitles take a department's words into the title: "Emergency
// Services Minister", "Home Office Minister".
var portfolioTitles = setOf("minister", "secretary", "spokesperson", "spokesman", "spokeswoman")

// memberTitles name a seat on a body, which is then an organization of its
// own: "City Council Member Lourdes Arce".
var memberTitles = setOf("Member", "member", "Members", "Trustee", "trustee")

// legislatures are chambers written before a legislator's title.
var legislatures = setOf("Senate", "House", "Parliament", "Congress", "Assembly", "Legislature")

// allSuffixes reports whether toks[a:b] are only name suffixes: "Jr.", "III".
func allSuffixes(toks []analysis.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if !suffixes[toks[k].Text] {
			return false
		}
	}
	return true
}

var suffixes = setOf("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V", ".", ",")

// isDepartmentEnd reports whether toks[a:b] is all title words, so that the
// one word left after them is the name: "Secretary of State | Pompeo".
func isDepartmentEnd(toks []analysis.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if kk, _ := lexicon.Title(toks[k].Text); kk == lexicon.NotTitle {
			return false
		}
	}
	return a < b
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
	"Daily":     lexicon.Org, // "Daily Xtra", a paper
	"Hurricane": lexicon.Event, "Typhoon": lexicon.Event, "Cyclone": lexicon.Event, "Storm": lexicon.Event, "Tropical": lexicon.Event,
	"Mount": lexicon.Loc, "Mt.": lexicon.Loc, "Lake": lexicon.Loc, "Cape": lexicon.Loc, "Fort": lexicon.GPE,
	"River": lexicon.Loc, "Bayou": lexicon.Loc, "Loch": lexicon.Loc, "Lac": lexicon.Loc, "Isle": lexicon.Loc,
	"County": lexicon.GPE,
	"Lord":   lexicon.Person, "Saint": lexicon.GPE, "Lady": lexicon.Person, "Route": lexicon.Fac,
	"Highway": lexicon.Fac, "Interstate": lexicon.Fac, "Beltway": lexicon.Fac, "Loop": lexicon.Fac, "Operation": lexicon.Event,
}

// compass words open place names: "South Side", "West End", "North Shore".
var compass = setOf("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower")

var speechVerbs = setOf("said", "says", "say", "added", "adds", "told", "tells", "asked", "asks",
	"stated", "explained", "noted", "wrote", "writes", "tweeted", "argued", "insisted", "warned",
	"replied", "recalled", "declared", "announced", "continued", "claimed", "acknowledged", "admitted",
	"stressed", "urged", "responded", "emphasized", "suggested", "reported", "confirmed", "denied")

// orgNouns before or after a name make it an organization or facility:
// "law firm Sidley Austin", "Cipriani Dolci restaurant".
var orgNouns = setOf("firm", "company", "group", "newspaper", "magazine", "agency", "broadcaster",
	"network", "outlet", "airline", "carrier", "bank", "startup", "retailer", "manufacturer", "automaker",
	"website", "site", "band", "club", "team", "party", "organization", "organisation", "charity", "union",
	"restaurant", "hotel", "bar", "cafe", "store", "shop", "station", "channel", "tabloid", "daily",
	"publisher", "insurer", "giant", "brand", "chain", "label", "studio", "nonprofit", "non-profit",
	"drugmaker", "carmaker", "chipmaker", "planemaker", "lender", "miner", "conglomerate", "subsidiary", "grocer",
	"journal", "database")

// partyMembers follow a member's home town: "a Bend Democrat".
var partyMembers = setOf("Democrat", "Republican", "Conservative", "Liberal", "Independent")

// ordinalWords open names of the ordinal's kind: "First Baptist Church",
// "Second Avenue".
var ordinalWords = setOf("First", "Second", "Third")

// clubEndings end the names of football clubs.
var clubEndings = setOf("United", "Rovers", "Athletic", "Wanderers", "Albion", "Hotspur", "FC", "AFC")

// seatNouns follow a constituency's name and its house: "the Sandur
// Assembly seat", "the Wayanad Parliamentary constituency".
var seatNouns = setOf("seat", "seats", "constituency", "constituencies", "segment", "bypoll", "by-election", "by-elections")

// townWords end the names of towns as well as of parks and valleys:
// "Brooklyn Park", "Beverly Hills", "Sioux Falls".
var townWords = setOf("Park", "Hills", "Valley", "Beach", "Falls", "Springs", "Grove", "Ridge", "Gardens")

// staffNouns are a firm's people: the name before one that a person's name
// follows ("Jefferies analyst Sarah Kemble"), or after one and "at"
// ("analysts at Berenberg"), is the firm.
var staffNouns = setOf("analyst", "analysts", "economist", "economists", "strategist", "strategists",
	"researcher", "researchers", "trader", "traders", "banker", "bankers", "executive", "executives")

// locNouns before a name make it a natural place: "the river Seine".
var locNouns = setOf("river", "lake", "mount", "mountain", "sea", "ocean", "island", "bay", "gulf",
	"valley", "desert", "peninsula", "strait", "volcano", "constellation", "planet", "galaxy", "comet", "asteroid")

// areaNouns after a name make it a place: "the Karol Bagh area".
var areaNouns = setOf("area", "region", "neighborhood", "neighbourhood", "district", "suburb", "valley")

// innerOrg words make a name an organization wherever they stand in it.
var innerOrg = setOf("Police", "Ministry", "Department", "Agency", "Bureau", "Commission", "Council",
	"Committee", "University", "Bank", "Party", "Court", "News", "TV", "Radio", "Media")

// notNames after a capitalized word make it part of a common noun: "Powassan virus".
var notNames = setOf("virus", "disease", "syndrome", "fever", "flu", "vaccine", "cancer", "bacteria", "test",
	"telescope", "spacecraft", "rover", "satellite", "app", "smartphone", "console", "products", "franchise", "merchandise")

// products after a lower-case word make the name before them a product: "Kepler space telescope".
var products = setOf("telescope", "spacecraft", "rover", "satellite", "app", "smartphone", "console")

// placeNouns before a name make it a place: "the state of Goa", "capital city Washington".
var placeNouns = setOf("city", "town", "village", "state", "province", "country", "county", "capital",
	"region", "district", "municipality", "suburb", "neighborhood", "borough", "nation", "territory",
	"cities", "towns", "villages", "states", "provinces", "countries", "counties", "regions", "districts",
	"suburbs", "neighborhoods", "neighbourhoods", "boroughs", "nations", "territories", "communities",
	"parish", "parishes")

// score adds the type evidence of the name tokens [a, b) to c. It reports
// false when the words are no name at all.
func (di *docInfo) score(c *cand, a, b int) bool {
	toks := di.doc.Tokens
	c.entries = lexicon.Lookup(c.key)
	if c.entries == nil && len(c.key) > 3 && isAcronym(c.key) && !strings.Contains(c.key, ".") {
		c.entries = lexicon.Lookup(titleCase(c.key)) // "KYIV, Ukraine (Reuters) -" in the middle of a page
	}
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
		head := last
		if isDigits(last) && n > 1 {
			head = c.words[n-2] // "Reform Bill 2019", "Route 2"
		}
		if t := lexicon.HeadType(head); t != "" && n > 1 {
			c.score.add(t, 3.5)
			known = true
		}
		conn := -1
		for k, w := range c.words {
			if w == "of" || w == "for" || w == "on" {
				conn = k
				break
			}
		}
		if t := lexicon.HeadType(first); t != "" && n > 2 && containsWord(c.words, "of") {
			c.score.add(t, 3.5)
			known = true
		}
		if conn > 0 && n > 2 && lexicon.HeadType(c.words[conn-1]) != "" {
			// "Supreme Court of the United Kingdom", "Center for Astrophysics";
			// but a "House of" is a chamber or a congregation ("U.S. House
			// of Representatives", "House of Assembly", "House of Mercy").
			t := lexicon.HeadType(c.words[conn-1])
			if c.words[conn-1] == "House" && c.words[conn] == "of" {
				t = lexicon.Org
			}
			c.score.add(t, 4)
			known = true
		}
		if conn == 1 && n > 2 && strings.HasSuffix(first, "s") && !isNORP(first) && lexicon.HeadType(first) == "" ||
			conn == 2 && n > 3 && strings.HasSuffix(c.words[1], "s") && lexicon.Common(first) && lexicon.HeadType(c.words[1]) == "" {
			c.score.add(lexicon.Org, 3) // "Parliamentarians for Global Action", "Friends of the Earth", "Crime Stoppers of Houston"
			known = true
		}
		if n > 1 && isNORP(first) {
			for _, e := range lexicon.Lookup(strings.Join(c.words[1:], " ")) {
				if e.Type == lexicon.Org {
					c.score.add(lexicon.Org, 5) // "American Red Cross": a known body's national branch
					known = true
					break
				}
			}
		}
		if n > 1 && clubEndings[last] {
			c.score.add(lexicon.Org, 4) // "Leeds United", "Bristol Rovers"
			known = true
		}
		if n > 1 && corporateWords[last] && lexicon.HeadType(last) == "" {
			c.score.add(lexicon.Org, 4) // "Wedbush Securities", "Elliott Management" (more than a given name)
			known = true
		}
		if t, ok := prefixTypes[first]; ok && n > 1 && (!roads[first] || n == 2 && isDigits(last)) {
			c.score.add(t, 3)
			known = true
		}
		if containsWord(c.words, "v.") || containsWord(c.words, "vs.") || containsWord(c.words, "v") {
			c.score.add(lexicon.Law, 6) // "Roe v. Wade"
			known = true
		}
		if strings.Contains(last, ".com") || strings.Contains(last, ".org") {
			c.score.add(lexicon.Org, 4)
			known = true
		}
		if n > 1 && containsWord(c.words, "&") {
			c.score.add(lexicon.Org, 3) // "Marks & Spencer", "Johnson & Johnson"
			known = true
		}
		if n == 1 && demonym(first) || n == 2 && demonym(c.key) {
			c.score.add(lexicon.NORP, 4) // "Texans", "Puerto Ricans", "Hong Kongers"
			known = true
		}
		if n > 2 && facilityCenters[c.words[n-2]] && (last == "Center" || last == "Centre") {
			c.score.add(lexicon.Fac, 5) // "Grant Medical Center" is a hospital, even after "the"
		}
	}
	if n > 1 && last == "council" {
		c.score.add(lexicon.Org, 5) // "Northwold district council"
	}
	if n == 2 && last == "State" && c.entries == nil && stateUniversity(first) {
		c.score.add(lexicon.Org, 5) // "a pick out of Oklahoma State"
	}
	if n == 1 && (len(strings.TrimSuffix(first, ".")) == 1 || latinBinomial(di, a, b)) {
		return false // "P. damicornis", "Acropora millepora": a species, no name
	}
	if n == 1 && strings.Contains(first, "-") && !known {
		parts := strings.Split(first, "-")
		all := true
		for _, p := range parts {
			all = all && isNORP(p)
		}
		if all {
			c.score.add(lexicon.NORP, 4) // "Syrian-Turkish"
			known = true
		}
	}
	if n > 1 && compass[first] && !known {
		c.score.add(lexicon.Loc, 2.5) // "South Side"
		known = true
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
	if (broadcasters[first] || isCallSign(first)) && n == 2 && isDigits(last) {
		c.score.add(lexicon.Org, 4) // "ABC 7"
	}
	if n > 1 && n <= 4 && !known && !given {
		if knownOrgWord(c.words) {
			c.score.add(lexicon.Org, 2) // "BBC Sport", "CNN Philippines"
		} else if hasAcronym(c.words) {
			c.score.add(lexicon.Org, 1.5) // "CFRA Research": people's names have no acronyms
		} else if hasKnownWord(c.words) {
			c.score.add(lexicon.Org, 0.5) // "Change UK", "E & W"
		} else if allCommon(c.words) {
			c.score.add(lexicon.Org, 1) // "Marine Traffic", "Revolutionary Guards"
		} else {
			c.dflt = 1 // an unknown short run of capitalized words is most often a person
		}
		if country(last) {
			c.score.add(lexicon.Org, 1.5) // "Age UK said": a person's name ends in no country
		}
	}
	if b < len(toks) && notNames[toks[b].Text] && !known ||
		b+1 < len(toks) && isLowerWord(toks[b].Text) && products[toks[b+1].Text] && !known {
		return false // "Powassan virus", "James Webb space telescope"
	}
	if n == 1 && lexicon.HeadType(first) == lexicon.Org && !di.initial[a] && (a == 0 || toks[a-1].Text != "a" && toks[a-1].Text != "an") {
		c.score.add(lexicon.Org, 3) // "Court says", "the Senate"
	}
	if isAcronym(c.key) && n <= 2 {
		c.score.add(lexicon.Org, 2) // more than "X said": "The TTC said"
	}
	if n == 1 && isCallSign(c.key) {
		c.score.add(lexicon.Org, 3.5) // "KPIX", "WSET-TV"
	}
	di.context(c, a, b)
	if _, best := c.score.best(); n == 1 && c.entries == nil && best < weakEvidence && placeSuffix(first) {
		c.score.add(lexicon.GPE, 1) // "Lakewood", "Hagerstown", "Ghaziabad"
	}
	if _, best := c.score.best(); best <= 0 {
		// Nothing tells what it is: an ordinary capitalized word is no name.
		if n == 1 && (toks[a].Tag != "NNP" && toks[a].Tag != "NNPS" && !(di.initial[a] && di.capMid[first]) || di.hasLower(strings.ToLower(first))) && !isAcronym(first) &&
			!isArabicPrefixed(first) { // "al-Eryani" is a surname whatever the tagger says
			return false
		}
		c.weak = true // typed by its entity's other mentions, else a guess
	}
	return true
}

// context adds the evidence of the words around the name [a, b): a speech
// verb, "in X", "X-based", "X's mayor", "the state of X", "X, Texas",
// "law firm X", "X restaurant".
func (di *docInfo) context(c *cand, a, b int) {
	toks := di.doc.Tokens
	word := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return toks[k].Text
	}
	next, prev, prev2 := word(b), word(a-1), word(a-2)
	if c.start < toks[a].Start { // a title or "the" inside the mention
		prev, prev2 = word(a-2), word(a-3)
	}
	pc, p2c, nc := cues[prev], cues[prev2], cues[next] // one lookup per word for the tables below
	if nc&cSpeech != 0 || pc&cSpeech != 0 && prev != "reported" {
		if pc&cPlacePrep == 0 || len(c.words) > 1 {
			c.score.add(lexicon.Person, 1.5) // but "neighbors in Alief said"
		}
		c.speaker = true
	}
	if next == "," && speechVerbs[word(b+1)] {
		c.speaker = true
	}
	journal := false
	if prev == "in" || prev == "In" {
		for k := a - 2; k >= 0 && k >= a-6 && toks[k].Text != "," && toks[k].Text != "."; k-- {
			journal = journal || journalVerbs[toks[k].Text]
		}
	}
	if journal {
		c.score.add(lexicon.Org, 3) // "published on Wednesday in Science Advances"
	}
	switch prev {
	case "in", "In", "near", "across", "throughout", "into":
		if !journal {
			c.score.add(lexicon.GPE, placePrepEvidence)
		}
	case "from", "to":
		if prev2 == "according" || prev2 == "According" {
			c.score.add(lexicon.Person, 1)
		} else {
			c.score.add(lexicon.GPE, 1)
		}
	case "at", "At":
		c.score.add(lexicon.GPE, 0.5)
	case "the":
		c.score.add(lexicon.Org, 1)
		c.score.add(lexicon.Person, -2)
	case "of":
		if p2c&(cPlaceNoun|cDweller) != 0 {
			c.score.add(lexicon.GPE, 3) // "the state of Goa", "residents of Brickell"
		}
	}
	if pc&cPlaceVerb != 0 {
		c.score.add(lexicon.GPE, 1.5) // "troops entered Tell Tamer"
	}
	if strings.HasSuffix(prev, "-held") || strings.HasSuffix(prev, "-occupied") || strings.HasSuffix(prev, "-majority") {
		c.score.add(lexicon.GPE, 2) // "Kurdish-held Kobani", "Russian-occupied Crimea"
	}
	if nc&cTownsfolk != 0 && len(c.words) <= 3 && c.entries == nil && !isNORP(c.key) {
		c.score.add(lexicon.GPE, 2) // "a 36-year-old Cheltenham man"
	}
	if pc&cPlaceAdj != 0 && p2c&cPlacePrep != 0 || pc&cNearby != 0 {
		c.score.add(lexicon.GPE, placePrepEvidence) // "in nearby Corona", "airlifted to nearby Zamboanga"
	}
	if prev == "of" && isCap(prev2) && lexicon.HeadType(prev2) == "" && len(c.words) <= 2 && a >= 2 && di.nameTok[a-2] {
		c.score.add(lexicon.GPE, 1) // "Marisol Quintero of Elmhurst", "the Mayor of London"
		if townWords[c.words[len(c.words)-1]] && len(c.words) > 1 {
			c.score.add(lexicon.GPE, 3) // "Darnell Whitaker Jr. of Brooklyn Park": where a person is from
		}
	}
	if isPossessive(next) && di.streetAfter(b+1) {
		c.score.add(lexicon.GPE, 2) // "Frankwell's Water Lane"
	}
	if (teamLike(c) || c.entries == nil && isScore(next)) && di.isSporty() && di.teamContext(a, b) {
		c.score[typeIndex(lexicon.GPE)], c.score[typeIndex(lexicon.Loc)] = 0, 0
		c.score.add(lexicon.Org, teamEvidence) // "lifted Baltimore to a 5-3 victory over Tampa Bay"
		c.team = true
	}
	if nc&cFac != 0 && strings.HasPrefix(toks[b].Tag, "NN") && !(len(c.words) == 1 && isNORP(c.words[0])) {
		c.score.add(lexicon.Fac, 3) // "the Quarry centre"
	}
	if b+1 < len(toks) && nc == 0 && isLowerWord(next) && cues[word(b+1)]&cFac != 0 && strings.HasPrefix(toks[b+1].Tag, "NN") &&
		nc&cOrgNoun == 0 && c.entries == nil {
		c.score.add(lexicon.Fac, 3) // "the Quarry leisure centre", "the New Road cricket ground"
	}
	if nc&cKin != 0 && len(c.words) <= 2 && c.entries == nil {
		c.score.add(lexicon.Person, 5) // "supporters of the Shinawatra family"
	}
	if nc&cLeader != 0 && len(c.words) <= 2 && (c.entries == nil || !knownNonPerson(c.key)) {
		c.score.add(lexicon.Person, 3) // "the Biden administration", "the Sunak government"
	}
	if nc&cPluralPlace != 0 {
		c.score.add(lexicon.GPE, 3) // "Caddo and Bossier parishes"
	}
	if pc&cPlaceNoun != 0 {
		c.score.add(lexicon.GPE, 2)
	}
	if nc&cArea != 0 {
		c.score.add(lexicon.Loc, 2) // "the Karol Bagh area"
	}
	if pc&cLocNoun != 0 || prev == "of" && p2c&cLocNoun != 0 {
		c.score.add(lexicon.Loc, 3) // "the river Seine"
	}
	if next == "," && word(b+1) == "who" {
		c.score.add(lexicon.Person, 2)
	}
	for _, w := range c.words[:len(c.words)-1] {
		if innerOrg[w] {
			c.score.add(lexicon.Org, 2) // "Paris Police Prefecture"
		}
	}
	if next == "," && (word(b+1) == "a" || word(b+1) == "an" || word(b+1) == "the") {
		for k := b + 2; k < b+5 && k < len(toks) && (isLowerWord(toks[k].Text) || isNORP(toks[k].Text)); k++ {
			if cues[toks[k].Text]&cOrgNoun != 0 {
				c.score.add(lexicon.Org, 3) // "Milltech Marine, a firm specialising in AIS", "Roscosmos, the Russian space agency"
				break
			}
		}
	}
	if (next == "Assembly" || next == "Parliamentary") && seatNouns[word(b+1)] {
		c.score.add(lexicon.GPE, 3) // "the Sandur Assembly seat"
	}
	if partyMembers[next] && (prev == "a" || prev == "an") && c.entries == nil {
		c.score.add(lexicon.GPE, 3) // "a Bend Democrat"
	}
	if placeTitles[next] && isNameTok(word(b+1)) {
		c.score.add(lexicon.GPE, 3) // "Lismore Mayor Steve Krieg"
	}
	if nc&cStaff != 0 && isNameTok(word(b+1)) && (len(c.words) > 1 || !lexicon.Common(c.key)) || prev == "at" && (p2c&cStaff != 0 || isCap(prev2) && staffNouns[strings.ToLower(prev2)]) {
		c.score.add(lexicon.Org, 3) // "Jefferies analyst Sarah Kemble", "analysts at Berenberg"
	}
	if (pc|nc)&cOrgNoun != 0 && !(len(c.words) == 1 && isNORP(c.words[0])) {
		c.score.add(lexicon.Org, 4)
	}
	if strings.HasPrefix(next, "-based") {
		c.score.add(lexicon.GPE, 2)
	}
	if next == "," {
		for _, e := range lexicon.Lookup(strings.TrimSuffix(word(b+1), "-based")) {
			if e.Type == lexicon.GPE && !e.City && len(c.words) <= 3 {
				c.score.add(lexicon.GPE, 4) // "Bethesda, Maryland", "St. Louis Park, Minn."
				break
			}
		}
	}
	if isPossessive(next) {
		if k, _ := lexicon.Title(word(b + 1)); k == lexicon.Head && !isCap(word(b+1)) {
			c.score.add(lexicon.GPE, 1.5) // "Chelyabinsk's governor"
		}
	}
	if strings.HasSuffix(next, "-year-old") || next == "," && strings.HasSuffix(word(b+1), "-year-old") || next == "," && isDigits(word(b+1)) && word(b+2) == "," {
		c.score.add(lexicon.Person, 3) // "Zamperoni, 33,"
	}
}

// latinBinomial reports whether the one capitalized word at a, b is a
// genus before its species: "Acropora millepora", "Vibrio coralliilyticus".
func latinBinomial(di *docInfo, a, b int) bool {
	toks := di.doc.Tokens
	if b >= len(toks) || b != a+1 || len(lexicon.Lookup(toks[a].Text)) > 0 {
		return false
	}
	sp := toks[b].Text
	if len(sp) < 6 || !isLowerWord(sp) || !latinEnd(toks[a].Text) {
		return false
	}
	for _, suf := range []string{"us", "um", "is", "ae", "ii", "ica", "ensis", "ata", "ora", "ina", "ilis", "oides", "icus", "ata", "ana", "ens"} {
		if strings.HasSuffix(sp, suf) {
			return true
		}
	}
	return false
}

func latinEnd(w string) bool {
	for _, suf := range []string{"a", "us", "um", "io", "es", "ora", "ia", "is", "ix", "on"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// placeVerbs before a name make it a place: what one enters or shells is
// somewhere.
var placeVerbs = setOf("entered", "invaded", "annexed", "shelled", "bombed", "recaptured", "liberated",
	"evacuated", "toured", "flooded", "struck", "hit")

// pluralPlaceNoun reports whether w says that the names before it are
// places: "parishes", "counties".
func pluralPlaceNoun(w string) bool {
	return cues[w]&cPluralPlace != 0
}

// cue is what a word next to a name says about it, from the word tables
// below, so that context looks each neighbour up once.
type cue uint16

const (
	cPlacePrep   cue = 1 << iota // placePreps
	cPlaceNoun                   // placeNouns
	cPluralPlace                 // a plural of placeNouns
	cDweller                     // dwellers
	cPlaceVerb                   // placeVerbs
	cPlaceAdj                    // placeAdjectives
	cNearby                      // nearby
	cTownsfolk                   // townsfolk
	cFac                         // facNouns
	cLeader                      // leaderNouns
	cSpeech                      // speechVerbs
	cOrgNoun                     // orgNouns
	cArea                        // areaNouns
	cLocNoun                     // locNouns
	cStaff                       // staffNouns
	cKin                         // kinNouns
)

var cues = func() map[string]cue {
	m := map[string]cue{}
	for _, t := range []struct {
		words map[string]bool
		c     cue
	}{{placePreps, cPlacePrep}, {placeNouns, cPlaceNoun}, {dwellers, cDweller}, {placeVerbs, cPlaceVerb},
		{placeAdjectives, cPlaceAdj}, {nearby, cNearby}, {townsfolk, cTownsfolk}, {facNouns, cFac}, {leaderNouns, cLeader},
		{speechVerbs, cSpeech}, {orgNouns, cOrgNoun}, {areaNouns, cArea}, {locNouns, cLocNoun}, {staffNouns, cStaff},
		{kinNouns, cKin}} {
		for w := range t.words {
			m[w] |= t.c
		}
	}
	for w := range placeNouns {
		if strings.HasSuffix(w, "s") && !isCap(w) {
			m[w] |= cPluralPlace
		}
	}
	return m
}()

// leaderNouns after a name make it a leader's: "the Biden administration".
var leaderNouns = setOf("administration", "presidency", "premiership", "campaign", "cabinet", "era", "doctrine")

// kinNouns after a name make it a family's: "the Shinawatra family".
var kinNouns = setOf("family", "families", "dynasty", "clan")

// facNouns after a name make it a building or ground: "the Quarry
// leisure centre", "the Kia Oval ground".
var facNouns = setOf("centre", "center", "stadium", "arena", "hospital", "airport", "bridge", "church",
	"mosque", "cathedral", "temple", "synagogue", "building", "prison", "jail", "museum", "library", "mall",
	"tower", "terminal", "courthouse", "ground", "racecourse", "venue", "ballpark")

// placeAdjectives stand between "in" and a place: "in nearby Corona".
var placeAdjectives = setOf("nearby", "neighboring", "neighbouring", "downtown", "suburban", "rural", "central",
	"northern", "southern", "eastern", "western", "north", "south", "east", "west", "northeastern",
	"northwestern", "southeastern", "southwestern", "coastal", "upstate", "downstate", "remote", "neighbouring")

// townsfolk after a name make it the place they live in: "a Cheltenham man".
var townsfolk = setOf("man", "woman", "men", "women", "boy", "girl", "resident", "residents", "native",
	"teen", "teenager", "couple", "family", "homeowner", "homeowners", "mother", "father")

// nearby and its kind make the name after them a place on their own.
var nearby = setOf("nearby", "neighboring", "neighbouring", "suburban", "upstate", "downstate")

// streetAfter reports whether the capitalized words from token k end in a
// street or other facility head: "Water Lane".
func (di *docInfo) streetAfter(k int) bool {
	toks := di.doc.Tokens
	e := k
	for e < len(toks) && e-k < 4 && di.nameTok[e] {
		e++
	}
	return e > k && lexicon.HeadType(toks[e-1].Text) == lexicon.Fac
}

// placePreps before a name make it a place.
var placePreps = setOf("in", "In", "near", "across", "throughout", "into")

// placePrepEvidence is what "in X" says for a place.
const placePrepEvidence = 1.5

// dwellers before "of X" make X a place: "residents of Brickell", "the
// outskirts of Kyiv".
var dwellers = setOf("residents", "Residents", "people", "citizens", "inhabitants", "outskirts", "streets",
	"suburbs", "heart", "centre", "downtown", "mayor", "governor", "governors", "mayors", "parts", "rest")

// journalVerbs before "in X" make X a publication: "published in Nature".
var journalVerbs = setOf("published", "appeared", "wrote", "writing", "reported", "appearing")

// demonym reports whether w names the people of a known place:
// "Alabamians", "Californians", "New Yorkers" (lexicon), "Texans".
func demonym(w string) bool {
	if w == "" {
		return false
	}
	if c := w[len(w)-1]; c != 's' && c != 'n' && c != 'e' && c != 'i' {
		return false // every ending below ends so
	}
	for _, suf := range []string{"ians", "ans", "ers", "ites", "ns", "ian", "an", "n", "ese", "i"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 3 {
			continue
		}
		for _, add := range []string{"", "a", "ia", "o", "e"} {
			for _, e := range lexicon.Lookup(stem + add) {
				if e.Type == lexicon.GPE {
					return true
				}
			}
		}
	}
	return false
}

// hasKnownWord reports whether one of the words is a known place,
// organization or group on its own, or "&": no person's name.
func hasKnownWord(words []string) bool {
	for _, w := range words {
		if w == "&" || len(lexicon.Lookup(w)) > 0 {
			return true
		}
	}
	return false
}

// facilityCenters make a "Center" a building: "Grant Medical Center",
// "Mesquite Convention Center" (but "Center for Astrophysics" is an
// institute).
var facilityCenters = setOf("Medical", "Health", "Convention", "Community", "Shopping", "Trade", "Conference",
	"Civic", "Aquatic", "Aquatics", "Detention", "Events", "Exhibition", "Recreation", "Cancer", "Trauma",
	"Juvenile", "Arts", "Sports", "Visitor", "Visitors")

// placeSuffix reports whether a word ends like a town's name. Only a lone
// word with no other evidence goes by it: "Lakewood" is a place more often
// than an organization.
func placeSuffix(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, suf := range townEndings {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// townEndings of English, Dutch, German, Slavic and South Asian place
// names.
var townEndings = []string{"ville", "burg", "burgh", "borough", "bury", "ford", "field", "port", "town",
	"wood", "dale", "mouth", "shire", "chester", "caster", "minster", "stead", "wich", "haven", "abad",
	"grad", "pur", "polis", "stadt", "dorf", "hausen", "heim"}

// allCommon reports whether every word is a common English word, which
// people's names are not made of alone.
func allCommon(words []string) bool {
	for _, w := range words {
		if !lexicon.Common(w) {
			return false
		}
	}
	return true
}

// hasAcronym reports whether one of the words is an acronym without dots
// ("CFRA"); initials ("J.R.") do not count.
func hasAcronym(words []string) bool {
	for _, w := range words {
		if len(w) >= 2 && !strings.Contains(w, ".") && isAcronym(w) && !suffixes[w] {
			return true
		}
	}
	return false
}

// knownOrgWord reports whether one of the words is a known organization.
func knownOrgWord(words []string) bool {
	for _, w := range words {
		for _, e := range lexicon.Lookup(w) {
			if e.Type == lexicon.Org {
				return true
			}
		}
	}
	return false
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
		if !di.hasLower(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// isCallSign reports whether s looks like a US broadcast call sign (KPIX, WNBC).
func isCallSign(s string) bool {
	for _, suf := range []string{"-TV", "-FM", "-AM", "-DT"} {
		s = strings.TrimSuffix(s, suf)
	}
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
