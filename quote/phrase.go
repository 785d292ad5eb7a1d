package quote

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/analysis"
)

// finiteVerb tells whether the tagger read w as a finite verb; a capitalized
// word is never one here (prose often tags names in headlines as verbs).
func finiteVerb(doc *analysis.Doc, w word) bool {
	if w.capitalized() {
		return false
	}
	switch tagOf(doc, w) {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// tagOf returns the tag of the analysis token that starts where w starts, or "".
func tagOf(doc *analysis.Doc, w word) string {
	if w.tag != "" {
		return w.tag // read with the word
	}
	i := doc.TokenAt(w.start)
	if i < len(doc.Tokens) && doc.Tokens[i].Start == w.start {
		return doc.Tokens[i].Tag
	}
	return ""
}

// npBack returns the first index of the speaker phrase that ends at ws[i]
// ("Liccardo", "the mayor", "a spokesperson for the mayor's office",
// "White House principal deputy press secretary"), or -1.
// titleBeforeName tells whether ws[j] is a title or role before a name, or
// a particle inside one, whatever the tagger read it as: Carver coach
// Bernard Mills, Arnel dela Vega.
func titleBeforeName(ws []word, j int) bool {
	return j+1 < len(ws) && ws[j+1].capitalized() && (personNoun(ws[j]) || nameParticles[ws[j].low] && j > 0 && ws[j-1].capitalized())
}

// nameParticles join the parts of a person's name in lower case.
var nameParticles = set("de", "dela", "del", "della", "van", "von", "der", "den", "la", "le", "da", "di", "du", "al", "bin", "ibn")

func npBack(doc *analysis.Doc, ws []word, i int) int {
	if i < 0 || ws[i].punct {
		return -1
	}
	if ws[i].has(fPronoun) {
		return i
	}
	start := -1
	for j := i; j >= 0 && i-j < 12; j-- {
		w := ws[j]
		if w.text == ")" && j > 2 && j < i && ws[j-2].text == "(" {
			j -= 2 // Member of parliament (MP) Kevin Conolly
			continue
		}
		if k := nicknameStart(ws, j); k >= 0 && j < i {
			j = k // James "Pate" Philip
			continue
		}
		if w.punct || cueOf(w) != (cue{}) || w.has(fClauseStart) && !(w.has(fNPInner) && j < i) ||
			w.has(fPronoun) || w.has(fBetween) || finiteVerb(doc, w) && !titleBeforeName(ws, j) {
			break
		}
		if w.has(fNPInner) && (j == i || !ws[j+1].capitalized() && !ws[j+1].has(fDeterminer) && !ws[j+1].has(fNPPrep)) ||
			w.has(fLeadIn) && !w.has(fNPInner) && !w.capitalized() && !(w.has(fDeterminer) && j < i) {
			break
		}
		start = j
		// A determiner opens the phrase, unless it opens the object of
		// "of"/"for" inside it (a spokesperson for the mayor's office) or
		// a name coordinated with another (The Investigative Committee
		// and the Federal Security Service).
		if w.has(fDeterminer) && !(j >= 2 && ws[j-1].has(fNPPrep) && !ws[j-2].punct) &&
			!(j >= 2 && ws[j-1].is("and") && ws[j-2].capitalized() && j+1 <= i && ws[j+1].capitalized()) {
			break
		}
	}
	if start >= 0 && ws[start].has(fNPInner) {
		start++
	}
	if start < 0 || start > i {
		return -1
	}
	return start
}

// nicknameStart returns, when ws[j] closes a capitalized nickname in marks
// inside a name (James "Pate" Philip), the index of the word before its
// opening mark; else -1.
func nicknameStart(ws []word, j int) int {
	k := j
	for k >= 0 && j-k < 2 && ws[k].punct && isMark(ws[k].text) {
		k-- // the closing mark, one word or two ('' read as two)
	}
	if k == j {
		return -1
	}
	n := k
	for k >= 0 && n-k < 3 && ws[k].capitalized() {
		k--
	}
	if k == n {
		return -1
	}
	m := k
	for k >= 0 && m-k < 2 && ws[k].punct && isMark(ws[k].text) {
		k--
	}
	if k == m || k < 0 || !ws[k].capitalized() {
		return -1
	}
	return k
}

// npForward returns the end index (exclusive) of the speaker phrase that
// starts at ws[i] after an inverted cue ("said Gov. Kathy Hochul", "said the
// city's mayor"), or i when there is none.
func npForward(doc *analysis.Doc, ws []word, i int) int {
	if i >= len(ws) || ws[i].punct {
		return i
	}
	if ws[i].has(fPronoun) || ws[i].is("him", "them", "us") || ws[i].is("her") && (i+1 == len(ws) || ws[i+1].punct) {
		return i + 1 // according to him
	}
	j := i
	if ws[i].has(fDeterminer) {
		j++
		for j < len(ws) && j-i < 10 && (!ws[j].punct || dateComma(ws, j)) && !ws[j].has(fLeadIn) && !ws[j].has(fClauseStart) && !ws[j].has(fPronoun) &&
			!finiteVerb(doc, ws[j]) && (cueOf(ws[j]) == (cue{}) || cueOf(ws[j]).participle && (j+1 == len(ws) || ws[j+1].punct)) && !ws[j].has(fDeterminer) {
			j++ // read the warning.: a participle's noun at the phrase's end
		}
		if j == i+1 {
			return i
		}
		if j+1 < len(ws) && ws[j].has(fLeadIn) && sourceTies[ws[j-1].low] == ws[j].low {
			// a person familiar with the matter, a source close to the
			// investigation: an anonymous source, as one phrase.
			j++
			for j < len(ws) && !ws[j].punct && !finiteVerb(doc, ws[j]) && !ws[j].has(fClauseStart) && j-i < 14 {
				j++
			}
			return j
		}
		// a protester using the pseudonym Katya; a woman identified only as
		// Sarah: the name.
		if n := namedAt(ws, j); n > j {
			return capitalRun(ws, n, n)
		}
		// a Twitter post by Amy Cook; a statement from the White House
		if j+1 < len(ws) && ws[j].is("by", "from", "of") && (ws[j+1].capitalized() || j+2 < len(ws) && ws[j+1].is("the") && ws[j+2].capitalized()) {
			if e := npForward(doc, ws, j+1); e > j+1 {
				return e
			}
		}
		return j
	}
	if !ws[j].capitalized() {
		// former thinktank executive Ken Gude
		for j < len(ws) && j-i < 4 && !ws[j].capitalized() && !ws[j].punct && !ws[j].has(fLeadIn) &&
			(!ws[j].has(fClauseStart) && !ws[j].has(fNPInner) || j > i && ws[j].is("and") && j+1 < len(ws) && ws[j+1].capitalized()) &&
			cueOf(ws[j]) == (cue{}) && !finiteVerb(doc, ws[j]) &&
			!(j > i && ws[j].has(fDeterminer)) { // told reporters | the Heat would regroup; study co-author and Royal Society Fellow Martin How
			j++
		}
		if j < len(ws) && j > i && strings.HasSuffix(ws[j].low, "'s") {
			return j // told local media Adamowicz's heart …: the hearer ends before the possessive
		}
		if j == len(ws) || !ws[j].capitalized() {
			// police, local officials: a common noun phrase.
			if j > i && strings.HasPrefix(tagOf(doc, ws[j-1]), "NN") && (j == len(ws) || ws[j].punct || ws[j].has(fReportParticiple)) { // with local media reporting …
				return j
			}
			return i
		}
	}
	j = capitalRun(ws, i, j)
	if strings.HasSuffix(ws[j-1].low, "'s") {
		// WHO's statistics, the agency's report: the possessor's text.
		for j < len(ws) && j-i < 10 && !ws[j].capitalized() && strings.HasPrefix(tagOf(doc, ws[j]), "NN") {
			j++
		}
		return j
	}
	// Republican committee member Doug Collins: a title between the
	// capitalized words.
	k := j
	for k < len(ws) && k-j < 4 && !ws[k].capitalized() && !ws[k].punct && !ws[k].has(fLeadIn) && !ws[k].has(fClauseStart) &&
		!ws[k].has(fNPInner) && !ws[k].has(fDeterminer) && !ws[k].has(fPronoun) && cueOf(ws[k]) == (cue{}) && !finiteVerb(doc, ws[k]) {
		k++
	}
	if k > j && k+1 < len(ws) && ws[k].capitalized() && ws[k+1].capitalized() {
		return capitalRun(ws, i, k)
	}
	return j
}

// sourceTies describe an anonymous source by what ties it to the news.
// (the adjective and the preposition after it).
var sourceTies = map[string]string{"familiar": "with", "close": "to", "briefed": "on", "knowledgeable": "about"}

// dateComma tells whether the comma ws[j] is the one inside a date ("a
// March 14, 2019 NATO press release"), which ends no phrase.
func dateComma(ws []word, j int) bool {
	return j >= 2 && j+1 < len(ws) && ws[j].text == "," && ws[j-2].has(fMonth) && isNumber(ws[j-1].text, 1, 2) && isNumber(ws[j+1].text, 4, 4)
}

// isNumber tells whether s is a number of min to max digits.
func isNumber(s string, lo, hi int) bool {
	if len(s) < lo || len(s) > hi {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// namedAt returns the index of the name that ws[j:] introduces after a
// description ("the pseudonym Katya", "as Sarah" after "identified"), or j.
func namedAt(ws []word, j int) int {
	k := j
	if k < len(ws) && ws[k].has(fDeterminer) {
		k++
	}
	if k+1 < len(ws) && (nameIntro[ws[k].low] || ws[k].is("as") && k > 0 && asIntro[ws[k-1].low]) && ws[k+1].capitalized() {
		return k + 1
	}
	return j
}

// capitalRun extends the phrase ws[i:j] over capitalized words and inner
// words between them (Doug Collins of Georgia).
func capitalRun(ws []word, i, j int) int {
	for j < len(ws) && j-i < 10 && !ws[j].punct && (ws[j].capitalized() || j > i && ws[j].has(fNPInner) && j+1 < len(ws) && ws[j+1].capitalized()) {
		j++
	}
	for j > i+1 && ws[j-1].has(fNPInner) {
		j-- // cut at the length limit: … Cooperative Institute for
	}
	return j
}

// properName tells whether ws is a run of capitalized words.
func properName(ws []word) bool {
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if !w.capitalized() && !w.has(fNPInner) {
			return false
		}
	}
	return ws[len(ws)-1].capitalized()
}

// endsWithName tells whether ws is a proper name or ends with a name of two
// words or more: "Sadiq Khan", "doctoral candidate Maninder Thind".
func endsWithName(ws []word) bool {
	if properName(ws) {
		return true
	}
	n := len(ws)
	return n >= 3 && ws[n-1].capitalized() && ws[n-2].capitalized() && !ws[0].has(fDeterminer)
}

// subjectBefore finds the speaker phrase of the cue ws[c], reading backwards
// over "also", "has" and the like, and through an apposition:
// "Smith, the mayor, said", "Karine Jean-Pierre, White House … secretary said".
// It returns word indexes [s, e) or ok false.
func subjectBefore(doc *analysis.Doc, ws []word, c int) (s, e int, ok bool) {
	i := c - 1
	if i >= 1 && ws[i].is("to") {
		// went on to say, went as far as to say: the verb that takes "to".
		for j := i - 1; j >= 0 && i-j <= 4 && !ws[j].punct; j-- {
			if finiteVerb(doc, ws[j]) {
				i = j - 1
				break
			}
		}
	}
	for i >= 0 && !ws[i].punct && (ws[i].has(fBetween) || ws[i].has(fTemporal) && !ws[i].capitalized() || isAdverb(ws[i]) && !ws[i].capitalized() ||
		ws[i].is("there", "here") && i > 0 && strings.HasPrefix(tagOf(doc, ws[i-1]), "NN") || // Residents there told …
		i >= 2 && ws[i].has(fTimeNoun) && ws[i-1].is("on", "last", "this", "late", "early") && i-1 > 0) {
		if ws[i].has(fTimeNoun) && i >= 1 && ws[i-1].is("on", "last", "this", "late", "early") {
			i-- // Damang, …, on Tuesday told …
		}
		i-- // The website yesterday suggested …
	}
	if i >= 3 && ws[i].has(fTimeNoun) && ws[i-1].is("the") && ws[i-2].is("during", "over", "on", "at", "in") {
		i -= 3 // A report from the government during the weekend said
	}
	if i >= 3 && ws[i].text == ")" && ws[i-2].text == "(" && ws[i-1].capitalized() {
		i -= 3 // the Syrian Democratic Forces (SDF) announced
	}
	if i >= 1 && ws[i].is("who") {
		// drafted by Alex Greenwich who said, the senator, who said: the
		// person the relative clause hangs on.
		j := i - 1
		if ws[j].text == "," {
			j--
		}
		if j >= 0 && ws[j].capitalized() {
			if n := npBack(doc, ws, j); n >= 0 {
				return n, j + 1, true
			}
		}
		return 0, 0, false
	}
	if i >= 3 && ws[i].is("which", "that") && docNouns[ws[i-1].low] {
		// Facebook released a statement which read: the author of the text.
		if n := npBack(doc, ws, i-1); n >= 2 && finiteVerb(doc, ws[n-1]) {
			if m := npBack(doc, ws, n-2); m >= 0 {
				return m, n - 1, true
			}
		}
		return 0, 0, false
	}
	if i < 0 {
		return 0, 0, false
	}
	if ws[i].text == "," {
		// NAME, DESCRIPTION, said: the name before the apposition.
		j := i - 1
		for j >= 0 && !(ws[j].punct && (ws[j].text == "," || ws[j].isTerminator())) && i-j < 20 {
			j--
		}
		if j < 0 || ws[j].text != "," {
			return 0, 0, false
		}
		if j >= 3 && ws[j-2].text == "," && isNumber(ws[j-1].text, 1, 3) {
			j -= 2 // Smith, 45, who lives in Denver, told: past the age
		}
		if j+1 < i && ws[j+1].has(fRelative) {
			// Laura Bennett, a portfolio manager at a fund in Toronto,
			// which owns shares, said: the name before both.
			k := j - 1
			for k >= 0 && !ws[k].punct && j-k < 16 {
				k--
			}
			if k > 0 && ws[k].text == "," && !ws[k+1].has(fRelative) {
				if n := npBack(doc, ws, k-1); n >= 0 && properName(ws[n:k]) && (n == 0 || ws[n-1].punct) {
					return n, k, true
				}
			}
		}
		if n := npBack(doc, ws, j-1); n >= 0 {
			// The mayor of London, Sadiq Khan, tweeted: the name.
			if endsWithName(ws[j+1:i]) && !ws[j+1].is("who", "which", "whose") && (!properName(ws[n:j]) || ws[n].has(fDeterminer)) {
				return j + 1, i, true
			}
			return n, j, true
		}
		return 0, 0, false
	}
	n := npBack(doc, ws, i)
	if n < 0 {
		return 0, 0, false
	}
	for n+2 <= i && ws[n].capitalized() && ws[n].has(fLeadIn) && (ws[n+1].has(fTimeNoun) || ws[n+1].has(fMonth)) {
		n += 2 // On Friday Ford Motor Company announced: no comma after the time
	}
	if n >= 3 && ws[n-1].is("by") && tagOf(doc, ws[n-2]) == "VBN" && !ws[n-2].has(fBetween) {
		// A bench headed by Justice Kaul said, the opponents led by the
		// Farm Bureau said: the whole phrase.
		if m := npBack(doc, ws, n-3); m >= 0 {
			return m, i + 1, true
		}
	}
	if n > 0 && ws[n-1].has(fLeadIn) && !ws[n-1].has(fClauseStart) && !ws[n-1].has(fTemporal) {
		// Richard Ferrand in relaying the news to parliament said: the
		// phrase is the object of a preposition; the subject ends before
		// the prepositional phrase.
		for j := n - 2; j >= 0 && n-j < 12 && !ws[j].punct; j-- {
			// Richard Ferrand in …; after a lead-in, authorities in the
			// United Kingdom: a name, or a plural noun opening the clause.
			head := ws[j].capitalized() || j > 0 && ws[j-1].text == "," && tagOf(doc, ws[j]) == "NNS"
			if !head || !ws[j+1].has(fLeadIn) || ws[j].has(fClauseStart) || ws[j].is("according") {
				continue
			}
			if titles[strings.TrimSuffix(ws[j].low, ".")] {
				// Former US Ambassador to the United Nations Nikki Haley:
				// one phrase, a title and its name.
				if m := npBack(doc, ws, j); m >= 0 && endsWithName(ws[n:i+1]) {
					return m, i + 1, true
				}
				break
			}
			if m := npBack(doc, ws, j); m >= 0 {
				return m, j + 1, true
			}
		}
		if !endsWithName(ws[n : i+1]) {
			return 0, 0, false
		}
	}
	// NAME, DESCRIPTION said: a bare title nominal after a name at the
	// clause's start names the same person; the name is the better mention.
	if n >= 2 && ws[n-1].text == "," && !ws[n].has(fDeterminer) && !ws[i].capitalized() {
		if m := npBack(doc, ws, n-2); m >= 0 && properName(ws[m:n-1]) && (m == 0 || ws[m-1].punct) && !ws[m].has(fTemporal) {
			return m, n - 1, true // but: Yesterday, authorities announced
		}
	}
	return n, i + 1, true
}
