package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/entity/internal/lexicon"
	"github.com/newsfacts/newsfacts/internal/analysis"
)

// kind is what a mention is made of.
type kind byte

const (
	nameKind    kind = iota // a proper name: "Sam Liccardo", "VTA"
	nominalKind             // a title nominal or descriptor: "the mayor", "the city"
	pronounKind             // "he", "she"
)

// cand is a mention found in the text before coreference.
type cand struct {
	start, end int // the mention as it will be listed
	kind       kind
	words      []string // the name's words, possessive and title removed
	key        string   // the name's words joined by spaces
	titles     []string // titles given to the named person here
	score      scores   // type evidence
	entries    []lexicon.Entry
	gender     lexicon.Gender
	sent       int
	tok        int // index of the first name token
	speaker    bool
	inQuote    bool
	weak       bool    // no evidence of its own type
	team       bool    // a place that names its team here: "Baltimore beat Tampa Bay 5-3"
	dflt       float64 // weight of the guess PERSON, counted once per entity
	ent        int     // cluster, -1 until assigned
}

// scores sums the evidence for each type.
type scores [nTypes]float64

var typeOrder = [...]Type{Person, Org, GPE, Loc, Fac, NORP, Event, Law}

const nTypes = len(typeOrder)

func typeIndex(t string) int {
	for i, x := range typeOrder {
		if string(x) == t {
			return i
		}
	}
	return -1
}

func (s *scores) add(t string, w float64) {
	if i := typeIndex(t); i >= 0 {
		s[i] += w
	}
}

func (s scores) best() (Type, float64) {
	bi := 0
	for i := range s {
		if s[i] > s[bi] {
			bi = i
		}
	}
	return typeOrder[bi], s[bi]
}

// docInfo holds per-article facts that mention detection reads.
type docInfo struct {
	doc   *analysis.Doc
	lower map[string]bool // words that occur in lower case somewhere (long articles)
	// lowerSeen remembers hasLower's answers in short articles, where it
	// scans the text.
	lowerSeen map[string]bool
	capMid    map[string]bool // words that occur capitalized inside a sentence
	inQuote   []bool          // per token: inside quotation marks
	initial   []bool          // per token: first word of a sentence, quote or label
	nameTok   []bool          // per token: isNameTok
	surname   map[string]bool // capitalized words written after a given name: "Mayor" of "Michel Mayor"
	firms     map[string]bool // first words of names that end in a legal form: "Hallstein" of "Hallstein Pharma AG"
	// things are the names of vessels and technical systems, which are no
	// entities of ours: "Namse Bangdzod" of "MV Namse Bangdzod", "AIS" of
	// "Automatic Identification System (AIS)".
	things  map[string]bool
	works   [][2]int // byte spans of the titles of films, books and songs: "the album Wheels of Fire"
	carried int      // the first token of the next sentence that a name ran into
	sporty  byte     // a game story, where cities are teams (isSporty)
}

func newDocInfo(doc *analysis.Doc) *docInfo {
	n := len(doc.Tokens)
	di := &docInfo{doc: doc, lower: make(map[string]bool), capMid: make(map[string]bool, n/16),
		inQuote: make([]bool, n), initial: make([]bool, n), nameTok: make([]bool, n)}
	// lower is built only for long articles; in short ones hasLower scans
	// the text, which is cheaper than indexing every word.
	large := len(doc.Text) > lowerIndexAbove
	for k, t := range doc.Tokens {
		if c := t.Text[0]; c >= '0' && c <= '9' {
			if di.sporty == 0 && isScore(t.Text) {
				di.sporty = maybeSporty // a score: sporty will look at the words
			}
		} else if c >= 'a' && c <= 'z' && c != 'd' && c != 'l' && c != 'a' && c != 'e' {
			if large {
				di.lower[t.Text] = true
			}
			continue // only "d'Estaing", "al-Sharabi" start in lower case
		}
		di.nameTok[k] = isNameTok(t.Text)
		if large && isLowerWord(t.Text) {
			di.lower[t.Text] = true
		}
	}
	if !large {
		di.lower = nil
	}
	para := -1
	open := false
	for _, s := range doc.Sentences {
		if s.Para != para {
			para, open = s.Para, false
		}
		first := true
		for i := s.First; i < s.Last; i++ {
			t := doc.Tokens[i].Text
			switch {
			case t == "“" || t == "‘" && first:
				open = true
				first = true
				continue
			case t == "”":
				open = false
				continue
			case t == `"`:
				open = !open
				if open {
					first = true
				}
				continue
			case t == ":" || t == "(" || t == "—" && first:
				first = true
				continue
			}
			di.inQuote[i] = open
			if di.nameTok[i] || hasLetter(t) {
				di.initial[i] = first
				first = false
			}
		}
	}
	for k := 1; k < n; k++ {
		if legalForms[doc.Tokens[k].Text] && di.nameTok[k-1] {
			f := k - 1
			for f > 0 && di.nameTok[f-1] && !di.initial[f] {
				f--
			}
			if di.firms == nil {
				di.firms = map[string]bool{}
			}
			di.firms[doc.Tokens[f].Text] = true
		}
		if di.nameTok[k] && di.nameTok[k-1] {
			if kind, _ := lexicon.Title(doc.Tokens[k].Text); kind != lexicon.NotTitle {
				if _, ok := lexicon.Given(doc.Tokens[k-1].Text); ok {
					if di.surname == nil {
						di.surname = map[string]bool{}
					}
					di.surname[doc.Tokens[k].Text] = true
				}
			}
		}
	}
	di.findThings()
	// capMid only needs the words that open a sentence.
	for i, t := range doc.Tokens {
		if di.initial[i] && di.nameTok[i] {
			di.capMid[t.Text] = false
		}
	}
	for i, t := range doc.Tokens {
		if di.nameTok[i] && !di.initial[i] {
			if _, ok := di.capMid[t.Text]; ok {
				di.capMid[t.Text] = true
			}
		}
	}
	return di
}

// vesselPrefixes open a ship's name: "MV Namse Bangdzod", "HMS Victory".
var vesselPrefixes = setOf("MV", "SS", "USS", "HMS", "RMS", "HMAS", "HMCS", "USNS")

// findThings fills things: the name after a vessel prefix, a model that
// follows its maker ("A300" of "Airbus A300s"), and an acronym in
// parentheses that a system's name comes before ("Automatic Identification
// System (AIS)") or "system" follows ("Long Range Identification and
// Tracking (LRIT) system").
func (di *docInfo) findThings() {
	toks := di.doc.Tokens
	add := func(a, b int) {
		if di.things == nil {
			di.things = map[string]bool{}
		}
		di.things[di.doc.Text[toks[a].Start:toks[b-1].End]] = true
	}
	for k, t := range toks {
		switch {
		case vesselPrefixes[t.Text] && k+1 < len(toks) && di.nameTok[k+1] && !vesselPrefixes[toks[k+1].Text]:
			e := k + 1
			for e < len(toks) && di.nameTok[e] {
				e++
			}
			add(k+1, e)
		case k+1 < len(toks) && isModelNumber(toks[k+1].Text) && !isDigits(strings.TrimSuffix(toks[k+1].Text, "s")) && knownOrg(t.Text):
			m := strings.TrimSuffix(toks[k+1].Text, "s")
			if di.things == nil {
				di.things = map[string]bool{}
			}
			di.things[m], di.things[m+"s"] = true, true // "the A300" after "Airbus A300s"
		case t.Text == "(" && k > 0 && k+3 < len(toks) && toks[k+2].Text == ")" && isAcronym(toks[k+1].Text):
			if toks[k-1].Text == "System" || toks[k+3].Text == "system" {
				add(k+1, k+2)
			}
		case workNouns[t.Text] && k+1 < len(toks) && di.nameTok[k+1]:
			if e := di.workTitle(k + 1); e > k+1 {
				di.works = append(di.works, [2]int{toks[k+1].Start, toks[e-1].End})
			}
		}
	}
	// A work's title of several words is no name wherever the article
	// repeats it; but "the film Chicago" leaves the city alone, and a
	// one-word title may be a person's surname too.
	for _, w := range di.works {
		title := di.doc.Text[w[0]:w[1]]
		if lexicon.Lookup(title) != nil || !strings.Contains(title, " ") {
			continue // "the musical Hamilton" leaves "Hamilton said" of Lewis Hamilton alone
		}
		for at := 0; ; {
			k := strings.Index(di.doc.Text[at:], title)
			if k < 0 {
				break
			}
			if at+k != w[0] {
				di.works = append(di.works, [2]int{at + k, at + k + len(title)})
			}
			at += k + len(title)
		}
	}
}

// workNouns name a work right before its title: "the album Wheels of Fire",
// "the 2012 documentary Beware of Mr. Baker". Works are no entities of ours.
var workNouns = setOf("film", "films", "movie", "movies", "album", "albums", "song", "songs", "single", "novel",
	"novels", "book", "books", "memoir", "documentary", "sitcom", "musical", "opera", "podcast", "episode",
	"poem", "painting", "sequel", "franchise", "show", "series", "comedy", "drama", "thriller")

// workTitle returns the end of the title that starts at token a, after a
// work noun: capitalized words and the small words between them. A title
// followed by a verb may be the verb's subject instead, when it reads as a
// name ("the book Smith wrote", "the film Doris Day starred in"), and one
// followed by a possessive its owner.
func (di *docInfo) workTitle(a int) int {
	toks := di.doc.Tokens
	e := a
	for e < len(toks) && (di.nameTok[e] || e > a && di.smallWordsThenName(e)) {
		e++
	}
	if e < len(toks) && strings.HasPrefix(toks[e].Tag, "VB") {
		if _, given := lexicon.Given(toks[a].Text); given || e-a == 1 {
			return a
		}
	}
	if e < len(toks) && isPossessive(toks[e].Text) {
		return a // "her show Doris Day's Best Friends" names its owner
	}
	return e
}

// smallWordsThenName reports whether the small words of a title from token
// k lead to a capitalized word: "on the" of "Band on the Run".
func (di *docInfo) smallWordsThenName(k int) bool {
	toks := di.doc.Tokens
	e := k
	for e < len(toks) && e-k < 3 && workSmallWords[toks[e].Text] {
		e++
	}
	return e > k && e < len(toks) && di.nameTok[e]
}

var workSmallWords = setOf("of", "the", "and", "on", "a")

// lowerIndexAbove is the text length from which the lower-case words are
// indexed rather than searched for.
const lowerIndexAbove = 16 << 10

// hasLower reports whether the article writes w (lower case) as a word.
func (di *docInfo) hasLower(w string) bool {
	if di.lower != nil {
		return di.lower[w]
	}
	if w == "" {
		return false
	}
	// A name comes back several times in an article: remember the scans.
	if has, ok := di.lowerSeen[w]; ok {
		return has
	}
	has := di.scanLower(w)
	if di.lowerSeen == nil {
		di.lowerSeen = make(map[string]bool, 32)
	}
	di.lowerSeen[w] = has
	return has
}

// scanLower searches the text for w as a word.
func (di *docInfo) scanLower(w string) bool {
	text := di.doc.Text
	for at := 0; ; {
		i := strings.Index(text[at:], w)
		if i < 0 {
			return false
		}
		i += at
		at = i + len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[at:])
		if (i == 0 || !unicode.IsLetter(before)) && (at == len(text) || !unicode.IsLetter(after)) {
			return true
		}
	}
}

func isLowerWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return true
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// isCap reports whether a token may be part of a name: it starts with an
// upper-case letter ("Liccardo", "W.", "CBS2", "Jean-Pierre").
func isCap(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range t {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(".-–'’&\u200d", r) { // "Iran–Iraq War"; Wikinews writes a zero-width joiner before "'s"
			return false
		}
	}
	return true
}

func isPossessive(t string) bool {
	return t == "'s" || t == "’s" || t == "'" || t == "’" || t == "s'" || t == "s’"
}

// trimPossessive strips a possessive the tokenizer left on a word ("Obama's").
func trimPossessive(t string) string {
	for _, suf := range []string{"'s", "’s"} {
		if len(t) > len(suf)+1 && strings.HasSuffix(t, suf) {
			return t[:len(t)-len(suf)]
		}
	}
	return t
}

var particles = setOf("van", "von", "de", "der", "den", "da", "das", "di", "del", "della", "dos", "du", "des",
	"la", "le", "bin", "ibn", "al", "el", "ben", "ter", "ten", "op", "y")

// connectors join the words of an organization or place name
// ("Task Force on Illegal Guns", "Department of Justice").
var connectors = setOf("of", "for", "on", "and", "&", "the", "de", "upon", "to", "against")

// maxRun bounds a name's length in tokens, which keeps the work per name
// small on pathological input.
const maxRun = 12

// broadcasters take a channel number: "ABC 7", "NBC 4".
var roads = setOf("Route", "Highway", "Interstate", "Road", "Line", "Pier", "Terminal", "Gate", "Beltway", "Loop")

var broadcasters = setOf("ABC", "NBC", "CBS", "FOX", "Fox", "CW", "PIX", "WB", "Channel", "News")

var monthsDays = setOf("January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.",
	"Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Monday", "Tuesday", "Wednesday", "Thursday",
	"Friday", "Saturday", "Sunday")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// chunks returns the runs of name tokens [i, j) of sentence si.
func (di *docInfo) chunks(si int, emit func(i, j int)) {
	s := di.doc.Sentences[si]
	toks := di.doc.Tokens
	for i := max(s.First, di.carried); i < s.Last; {
		if di.nameTok[i] && monthsDays[toks[i].Text] ||
			!di.nameTok[i] && !(i+1 < s.Last && di.nameTok[i+1] && particles[toks[i].Text]) {
			i++
			continue
		}
		j := i + 1
		connected := false
		last := s.Last
		for j-i < maxRun {
			if j == last && si+1 < len(di.doc.Sentences) && last == di.doc.Sentences[si+1].First &&
				j-i >= 3 && toks[j-1].Text == "." && (toks[j-2].Text == "v" || toks[j-2].Text == "vs") &&
				j < len(toks) && isCap(toks[j].Text) {
				// "Roe v." "Wade": the sentence splitter ends a sentence at
				// the case's "v.", so the name goes on into the next one.
				last = di.doc.Sentences[si+1].Last
			}
			if j >= last {
				break
			}
			t := toks[j].Text
			if monthsDays[t] && !surnameMonth(toks, j, s.Last) || di.inQuote[j] != di.inQuote[i] {
				break
			}
			if di.nameTok[j] {
				if p := toks[j-1].Text; (p[len(p)-1] == '.' || len(p) <= 4) && corporateEnd[p] && !corporateWords[t] && !corporateEnd[t] {
					break // "GXO Logistics Inc. | Cobalt Ridge": the sentence splitter kept "Inc." inside
				}
				j++
				continue
			}
			if k := councilEnd(toks, i, j, last); k > j {
				j = k // "Northwold district council", as British papers write it
				break
			}
			next := j+1 < last && di.nameTok[j+1] && !monthsDays[toks[j+1].Text]
			switch {
			case t == "." && next && len(toks[j-1].Text) == 1 && toks[j-1].End == toks[j].Start:
				j++ // the tokenizer's "W" "." of "George W. Bush"
				continue
			case next && particles[t] && isCap(toks[j-1].Text):
				j++
				continue
			case next && toks[j].Tag == "POS" && di.possessiveOrg(j, last):
				j++ // "Kurdistan Workers' Party", "People's Protection Units"
				continue
			case next && (t == "&" || t == "v." || t == "vs."):
				j++
				continue
			case (t == "v" || t == "vs") && j+1 < last && toks[j+1].Text == "." &&
				(j+2 < last && isCap(toks[j+2].Text) || j+2 == last && j+2 < len(toks) && isCap(toks[j+2].Text)):
				j += 2 // "Roe v. Wade" as the tokenizer splits it
				continue
			case t == "," && next && di.commaJoins(i, j, last), t == "at" && next && di.campus(i, j):
				j++ // "University of Texas at Austin"
				continue
			case next && t == "and" && !connected && di.andJoins(i, j):
				connected = true
				j++
				continue
			case next && connectors[t] && (t != "and" && t != "the" || connected) && di.orgLike(i, j, t, toks[j+1].Text):
				connected = true
				j++
				continue
			case (t == "for" || t == "of") && j+2 < s.Last && toks[j+1].Text == "the" && isNameTok(toks[j+2].Text) &&
				di.orgLike(i, j, t, ""):
				connected = true // "District Court for the Western District of Virginia"
				j += 2
				continue
			}
			if connectors[t] && j+1 < last && (next || connectors[toks[j+1].Text]) {
				// The rules above would stop here; the lists may know
				// longer: "Centers for Disease Control and Prevention".
				if e := di.knownThrough(i, j, last); e > j {
					connected = true
					j = e
					continue
				}
			}
			if !isDigits(t) {
				break // each case below wants a number
			}
			if (broadcasters[toks[j-1].Text] || isCallSign(toks[j-1].Text)) && toks[j].Tag == "CD" && len(t) <= 2 {
				j++
			} else if numbered[toks[j-1].Text] && isDigits(t) && len(t) <= 3 && j-i > 1 ||
				numberedAlone[toks[j-1].Text] && j-i == 1 && isDigits(t) && len(t) <= 3 {
				j++ // "Fraternal Order of Police Lodge 7", "Teamsters Local 727"
			} else if roads[toks[j-1].Text] && isDigits(t) {
				j++ // "Route 2", "Interstate 95"
			} else if lexicon.HeadType(toks[j-1].Text) == lexicon.Law && len(t) == 4 && isDigits(t) {
				j++ // "Reform Bill 2019"
			} else if len(t) <= 2 && lexicon.Lookup(toks[j-1].Text+" "+t) != nil {
				j++ // a known name with a number: "No 10"
			}
			break
		}
		if j > s.Last {
			di.carried = j
		}
		emit(i, j)
		i = j
	}
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// commaJoins reports whether the comma at j is inside one name: a
// university's campus ("University of California, Davis") or a law firm's
// partners ("Skadden, Arps, Slate, Meagher & Flom", "Paul, Weiss, Rifkind,
// Wharton & Garrison"); a list of names has an "and" ("Tesco, Asda and
// Marks & Spencer"), a firm's only an "&".
func (di *docInfo) commaJoins(i, j, last int) bool {
	toks := di.doc.Tokens
	if toks[i].Text == "University" {
		return di.campus(i, j)
	}
	if toks[i].Text == "The" {
		i++
	}
	if j-i >= 3 && lexicon.HeadType(toks[i].Text) == lexicon.Org && (toks[i+1].Text == "of" || toks[i+1].Text == "for") {
		return di.portfolios(j, last)
	}
	if j-i != 1 && (j-i < 3 || toks[j-2].Text != ",") {
		return false // each partner is one word
	}
	for k := j; k+2 < last && toks[k].Text == "," && di.nameTok[k+1]; k += 2 {
		if toks[k+2].Text == "&" {
			return k+3 < last && di.nameTok[k+3]
		}
	}
	return false
}

// portfolios reports whether the comma at j goes on with a ministry's
// portfolios up to an "and": "Ministry of Housing, Communities and Local
// Government", "Department for Environment, Food and Rural Affairs". A
// portfolio is no body of its own ("the Ministry of Defence, Army and Navy").
func (di *docInfo) portfolios(j, last int) bool {
	toks := di.doc.Tokens
	for k := j + 1; k < last && k < j+12; k++ {
		switch t := toks[k].Text; {
		case t == "and":
			lone := lexicon.HeadType(toks[k+1].Text) == lexicon.Org && (k+2 >= last || !di.nameTok[k+2])
			return k+1 < last && di.nameTok[k+1] && !lone
		case t == ",":
		case !di.nameTok[k] || lexicon.Lookup(t) != nil || lexicon.HeadType(t) == lexicon.Org && !di.nameTok[k-1]:
			return false
		}
	}
	return false
}

// councilEnd returns the end of a lower-case "council" that ends the name
// [i, j) ("Leicestershire county council", "Northwold council"), or j; "the
// Lincolnshire council" only describes one.
func councilEnd(toks []analysis.Token, i, j, last int) int {
	switch t := toks[j].Text; {
	case t == "council" && toks[i].Text != "The" && (i == 0 || toks[i-1].Text != "the"):
		return j + 1
	case councilAreas[t] && j+1 < last && toks[j+1].Text == "council":
		return j + 2
	}
	return j
}

var councilAreas = setOf("county", "district", "city", "borough", "town", "parish", "metropolitan", "unitary")

// campus reports whether toks[i:j] is a state's university, which a campus's
// place may follow: "University of California", "University of North
// Carolina".
func (di *docInfo) campus(i, j int) bool {
	toks := di.doc.Tokens
	if j-i < 3 || j-i > 4 || toks[i].Text != "University" || toks[i+1].Text != "of" {
		return false
	}
	for _, e := range lexicon.Lookup(di.doc.Text[toks[i+2].Start:toks[j-1].End]) {
		if e.Type == lexicon.GPE && !e.City && !e.Country {
			return true
		}
	}
	return false
}

// orgLike reports whether the run toks[i:j] may go on over a connector into
// a longer organization or place name: it contains a head word
// ("Department", "Force", "University"), or is a title that takes a
// department ("Secretary of State").
func (di *docInfo) orgLike(i, j int, conn, next string) bool {
	toks := di.doc.Tokens
	if conn == "and" && (isAcronym(next) || j+2 < len(toks) && lexicon.HeadType(next) != "" && (toks[j+2].Text == "of" || toks[j+2].Text == "for") ||
		di.sameHeadAfter(i, j)) {
		return false // "Center for Biological Diversity | and Center for Food Safety", "University of Bristol | and UC Davis" are two
	}
	plural := j-i == 1 && !di.initial[i] && isCap(toks[i].Text) && strings.HasSuffix(toks[i].Text, "s") &&
		(toks[i].Tag == "NNPS" || toks[i].Tag == "NNS") && !isNORP(toks[i].Text)
	if plural && (conn == "for" || conn == "of" || conn == "against") {
		return true // "Parliamentarians for Global Action", "Mothers Against Drunk Driving"
	}
	if conn == "of" && j-i == 2 && !di.initial[i] && strings.HasSuffix(toks[j-1].Text, "s") && !strings.HasSuffix(toks[j-1].Text, "ss") &&
		!isNORP(toks[j-1].Text) && knownPlace(next) && lexicon.Common(toks[i].Text) {
		if _, given := lexicon.Given(toks[i].Text); !given {
			return true // "Crime Stoppers of Minnesota": a group's branch for a place; but "Mo Brooks of Alabama"
		}
	}
	if conn == "against" {
		return false // "the Senate | against Ted Cruz"
	}
	if conn == "on" || conn == "for" || conn == "upon" || conn == "to" {
		// "Task Force on Illegal Guns", but not "Police Department on
		// Facebook" nor "Lincoln High School on Main Street".
		h := i
		if toks[h].Text == "The" {
			h++
		}
		headed := lexicon.HeadType(toks[j-1].Text) == lexicon.Org ||
			conn == "for" && j-h >= 3 && lexicon.HeadType(toks[h].Text) == lexicon.Org && toks[h+1].Text == "of" // "Board of Control | for Cricket"
		if !headed || lexicon.Lookup(next) != nil && !compass[next] {
			return false
		}
		if toks[j-1].Text == "Court" && compass[next] {
			return true // "U.S. District Court for Northern District of California"
		}
		s := di.doc.Sentences[di.doc.SentenceAt(toks[j].Start)]
		e := j + 1
		for e < s.Last && isNameTok(toks[e].Text) && e-j < maxRun {
			e++
		}
		t := lexicon.HeadType(toks[e-1].Text)
		return t != lexicon.Fac && t != lexicon.Loc && t != lexicon.GPE
	}
	for k := i; k < j; k++ {
		w := toks[k].Text
		if k == i && j-i > 1 {
			if _, given := lexicon.Given(w); given {
				continue // "Bill Gerstenmaier | of NASA": a given name heads no law
			}
		}
		if t := lexicon.HeadType(w); t != "" && t != lexicon.Person && (conn != "and" || t == lexicon.Org) {
			return true // but "Republic of Congo | and Uganda" are two
		}
	}
	if k, _ := lexicon.Title(toks[j-1].Text); k == lexicon.Head && conn == "of" {
		if nk, _ := lexicon.Title(next); nk == lexicon.Mod {
			return true // "Secretary of State"
		}
		// "Minister of Information Moammar al-Eryani", "Governor of Alabama
		// Kay Ivey": a department and a whole name follow.
		s := di.doc.Sentences[di.doc.SentenceAt(toks[j].Start)]
		n, given, e := 0, false, j+1
		for ; e < s.Last && isNameTok(toks[e].Text) && n < maxRun; e++ {
			if _, ok := lexicon.Given(toks[e].Text); ok && n > 0 {
				given = true
			}
			n++
		}
		if t := lexicon.HeadType(toks[e-1].Text); t != "" && t != lexicon.Person {
			return false // "Mayor of New York City" ends in a place
		}
		return n >= 3 || n == 2 && given
	}
	return false
}

// sameHeadAfter reports whether the name after the "and" at j ends in the
// head word that opens the run [i, j): "University of Washington | and
// Stanford University" are two.
func (di *docInfo) sameHeadAfter(i, j int) bool {
	toks := di.doc.Tokens
	if lexicon.HeadType(toks[i].Text) == "" {
		return false
	}
	e := j + 1
	for e < len(toks) && di.nameTok[e] && e-j < maxRun {
		e++
	}
	return e > j+2 && toks[e-1].Text == toks[i].Text
}

// knownPlace reports whether w is a known city, state or country.
func knownPlace(w string) bool {
	for _, e := range lexicon.Lookup(w) {
		if e.Type == lexicon.GPE {
			return true
		}
	}
	return false
}

// corporateEnd words end a company's name.
var corporateEnd = setOf("Inc.", "Corp.", "Ltd.", "LLC", "L.L.C.", "PLC", "plc", "GmbH", "N.V.", "S.A.")

// knownThrough returns the end of the longest known name that starts at
// token i and runs over the connector at j, or j: the lists know names
// whose words the rules would not join.
func (di *docInfo) knownThrough(i, j, last int) int {
	toks := di.doc.Tokens
	text := di.doc.Text
	if !lexicon.OpensLong(toks[i].Text) && !(toks[i].Text == "The" && i+1 < j && lexicon.OpensLong(toks[i+1].Text)) {
		return j
	}
	best := j
	for e := j + 1; e < last && e-i < maxRun; e++ {
		if !di.nameTok[e] && !connectors[toks[e].Text] {
			break
		}
		if !di.nameTok[e] {
			continue
		}
		if len(lexicon.Lookup(text[toks[i].Start:toks[e].End])) > 0 ||
			toks[i].Text == "The" && i+1 < j && len(lexicon.Lookup(text[toks[i+1].Start:toks[e].End])) > 0 {
			best = e + 1
		}
	}
	return best
}

// numbered are head words that a number completes inside a longer name.
var numbered = setOf("Lodge", "Local", "Precinct", "Ward", "Terminal", "Pier")

// numberedAlone are head words that a number completes on their own:
// "Station 51", "Engine 7", "Pier 39".
var numberedAlone = setOf("Station", "Engine", "Ladder", "Pier", "Terminal", "Gate", "Precinct", "Ward", "Area",
	"P.S.", "PS", "I.S.", "M.S.", "JHS")

// possessiveOrg reports whether the possessive at j sits inside an
// organization's name: after a group noun ("People's", "Workers'") and
// before words that end in an organization head.
func (di *docInfo) possessiveOrg(j, last int) bool {
	toks := di.doc.Tokens
	left := toks[j-1].Text
	if j+2 <= last && lexicon.HeadType(toks[j+1].Text) == lexicon.Fac && (j+2 == last || !di.nameTok[j+2]) {
		// "Queen's Road", "Guy's Hospital", "St Mary's Hospital": a
		// saint's, a monarch's or a given name's place.
		_, given := lexicon.Given(left)
		k, _ := lexicon.Title(left)
		return given || k == lexicon.Head || j >= 2 && (toks[j-2].Text == "St" || toks[j-2].Text == "St.")
	}
	e := j + 1
	for e < last && di.nameTok[e] && e-j < maxRun {
		e++
	}
	if t := lexicon.HeadType(toks[e-1].Text); e == j+1 || t != lexicon.Org && t != lexicon.Law {
		return false
	}
	if !(toks[j].Text == "'" || toks[j].Text == "’") || !strings.HasSuffix(left, "s") {
		// A plural's "Renters' Rights Act", but of the rest only "Queens
		// District Attorney's Office", "Sheriff's Department", "Moody's
		// Investors Service".
		k, _ := lexicon.Title(left)
		return groupNouns[left] || k == lexicon.Head || lexicon.Lookup(left+toks[j].Text) != nil
	}
	return true
}

var groupNouns = setOf("People", "Women", "Children", "Men", "Workers", "Veterans", "Farmers", "Teachers", "Nurses")

// isNameTok reports whether t may be part of a name: capitalized, or a
// lower-case particle glued to a capitalized name ("d'Estaing", "al-Eryani").
func isNameTok(t string) bool {
	return isCap(t) && hasLetter(t) || isElided(t) || isArabicPrefixed(t)
}

// isArabicPrefixed: "al-Sharabi", "el-Sisi", "ash-Shaabi".
func isArabicPrefixed(t string) bool {
	if len(t) < 4 || t[0] != 'a' && t[0] != 'e' || t[2] != '-' && t[3] != '-' {
		return false
	}
	for _, p := range []string{"al-", "el-", "ad-", "ash-", "as-", "at-", "az-", "an-", "ar-"} {
		if rest, ok := strings.CutPrefix(t, p); ok {
			return isCap(rest)
		}
	}
	return false
}

// isElided reports whether t is an elided particle name part: "d'Estaing".
func isElided(t string) bool {
	if len(t) < 3 || t[0] != 'd' && t[0] != 'l' {
		return false
	}
	rest := t[1:]
	for _, q := range []string{"'", "’"} {
		if strings.HasPrefix(rest, q) {
			return isCap(rest[len(q):])
		}
	}
	return false
}

// wordsOf returns the texts of toks[i:j] that are no acronym or stop word.
func wordsOf(toks []analysis.Token, i, j int) []string {
	var out []string
	for k := i; k < j; k++ {
		if t := toks[k].Text; !isAcronym(t) && !lexicon.Stop(t) {
			out = append(out, t)
		}
	}
	return out
}

// surnameMonth reports whether the month name at k is a surname: "Theresa May".
func surnameMonth(toks []analysis.Token, k, last int) bool {
	if k == 0 || toks[k].Text != "May" && toks[k].Text != "June" && toks[k].Text != "April" && toks[k].Text != "August" {
		return false
	}
	if _, ok := lexicon.Given(toks[k-1].Text); !ok {
		return false
	}
	return k+1 >= last || !isDigits(toks[k+1].Text)
}

// andJoins reports whether "and" at j joins two halves of one organization
// name: "Securities and Exchange Commission" (the right half ends in an
// organization head word, the left half is no known name and no person).
func (di *docInfo) andJoins(i, j int) bool {
	toks := di.doc.Tokens
	s := di.doc.Sentences[di.doc.SentenceAt(toks[j].Start)]
	e := j + 1
	for e < s.Last && isCap(toks[e].Text) {
		e++
	}
	if lexicon.HeadType(toks[e-1].Text) != lexicon.Org {
		return false
	}
	if _, given := lexicon.Given(toks[i].Text); given {
		return false
	}
	words := 0
	for k := i; k < j; k++ {
		if !isAcronym(toks[k].Text) && !lexicon.Stop(toks[k].Text) {
			words++
		}
	}
	if words > 1 && !(allCommon(wordsOf(toks, i, j)) && allCommon(wordsOf(toks, j+1, e))) {
		return false // "Starboard Value and ValueAct Capital" are two; "Coastal Protection and Restoration Authority" one
	}
	for k := i; k < j; k++ {
		if len(lexicon.Lookup(toks[k].Text)) > 0 && !isAcronym(toks[k].Text) || lexicon.HeadType(toks[k].Text) != "" {
			return false
		}
	}
	return true
}
