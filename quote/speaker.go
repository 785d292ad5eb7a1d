package quote

import (
	"slices"
	"strings"

	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/analysis"
)

// resolve turns the speaker phrase text[start:end] of a quote at offset at
// into a speaker: the entity entity.Resolve names, else the entity whose
// name ends with the phrase's last word, else for a pronoun or a definite
// nominal ("he", "the mayor") the speaker before, else for a proper name the
// name as written, without its titles.
func (a *analyzer) resolve(start, end, at int) speaker {
	text := a.doc.Text
	// A scratch slice: resolve calls itself only to return at once.
	a.wr = words(&a.low, a.wr[:0], text, start, end)
	ws := a.wr
	for len(ws) > 2 && postnominals[ws[len(ws)-1].low] && ws[len(ws)-2].capitalized() {
		// Prosecutor Kama Melly QC: the name without its honours.
		ws = ws[:len(ws)-1]
		end = ws[len(ws)-1].end
	}
	if n := len(ws); n > 4 && ws[n-1].text == ")" && ws[n-3].text == "(" && ws[n-4].capitalized() {
		// the World Health Organization (WHO): the name before its
		// abbreviation.
		ws = ws[:n-3]
		end = ws[len(ws)-1].end
	}
	m := &entity.Mention{Text: text[start:end], Start: start, End: end}
	sp := speaker{mention: m}
	if len(ws) > 1 && ws[0].has(fDeterminer) && personNoun(ws[len(ws)-1]) {
		// according to the agency's chief financial officer, Devon
		// Pruitt: the person named in apposition.
		if s, e := a.appositiveName(end); e > s {
			return a.resolve(s, e, at)
		}
	}
	if k := coordinated(ws); k > 0 && a.named(start, ws[k-1].end) && !a.named(start, end) {
		// The Investigative Committee and the FSB said: the first named.
		return a.resolve(start, ws[k-1].end, at)
	}
	for k := 1; k+1 < len(ws); k++ {
		if n := namedAt(ws, k); n > k {
			return a.resolve(ws[n].start, end, at) // a university student named Wong
		}
		text := docNouns[ws[k-1].low] || textNouns[ws[k-1].low]
		if ws[k].is("from") && text && ws[k+1].capitalized() || ws[k].is("from") && text && k+2 < len(ws) && ws[k+1].is("the") && ws[k+2].capitalized() {
			// a statement from the White House: its author.
			return a.resolve(ws[k+1].start, end, at)
		}
		if ws[k].is("by") && !ws[k-1].capitalized() {
			// a preliminary report released by the National Transportation
			// Safety Board: its author.
			n := k + 1
			if ws[n].is("the") && n+1 < len(ws) {
				n++
			}
			if ws[n].capitalized() {
				return a.resolve(ws[k+1].start, end, at)
			}
		}
	}
	if n := len(ws); n >= 3 && ws[0].has(fIndefinite) && (textNouns[ws[n-1].low] || docNouns[ws[n-1].low]) {
		// a March 14, 2019 NATO press release, a Pentagon report: the
		// name before the text noun.
		e := n - 1
		if ws[e-1].is("press", "news") {
			e--
		}
		b := e
		for b > 1 && ws[b-1].capitalized() && !ws[b-1].has(fMonth) {
			b--
		}
		if b < e && !slices.ContainsFunc(ws[1:b], func(w word) bool { return !w.has(fMonth) && !isNumber(w.text, 1, 4) && w.text != "," }) {
			return a.resolve(ws[b].start, ws[e-1].end, at) // but not: an official government Twitter account
		}
	}
	if n := textEnd(ws); n >= 2 && textNouns[ws[n-1].low] && strings.HasSuffix(ws[n-2].low, "'s") && ws[n-2].capitalized() {
		// WHO's statistics, the ministry's statement, the Centre for
		// Aviation's database of air carriers: the author speaks.
		return a.resolve(start, ws[n-2].end, at)
	}
	if description(ws) || len(ws) <= 2 && tagOf(a.doc, ws[len(ws)-1]) == "NNS" && a.surname(ws[len(ws)-1].text) < 0 && !a.orgApposition(end) {
		return sp // officials, the defendants: a group, not a named speaker
	}
	if sp, ok := a.resolveName(ws); ok {
		return sp
	}
	if ownedRole(ws) {
		// Mnuchin's spokeswoman, the company's chief executive: another
		// person than the owner, the one the article gave that title, else
		// nobody.
		if i := a.holder(ws[len(ws)-1].low, start); i >= 0 {
			return a.entitySpeaker(i, m)
		}
		return sp
	}
	pronoun := len(ws) == 1 && ws[0].has(fPronoun)
	i := entity.Resolve(a.doc, a.ents, start, end)
	if i >= 0 && i < len(a.ents) && (a.ents[i].Type != entity.Person && personNoun(ws[len(ws)-1]) || len(ws) == 2 && ws[0].is("the") && a.demonym(ws[1])) {
		// the prime minister, the Labour leader, the Dutchman: a person,
		// never the organization, place or nationality linked to the words
		// upstream.
		i = a.holder(ws[len(ws)-1].low, start)
	}
	if !pronoun && (i < 0 || i < len(a.ents) && a.ents[i].Type == entity.Org && len(a.ents[i].Name) < len(m.Text)) && properName(ws) {
		// Cascade Regional for Cascade Regional Airlines: the organization
		// whose name it shortens, when no entity has the name itself.
		if j := a.shortened(m.Text); j >= 0 {
			return a.entitySpeaker(j, m)
		}
	}
	if pronoun && i >= 0 && i < len(a.ents) && (entity.PronounAgreement(a.doc, a.ents, i, ws[0].text) == entity.Disagrees || a.namedLater(i, end)) {
		i = -1 // "she" linked upstream to a man, or to the one she speaks of: She said Jorden had …
	}
	if pronoun && i >= 0 && i < len(a.ents) && ws[0].is("they", "we") && (a.ents[i].Type == entity.GPE || a.ents[i].Type == entity.Loc || a.groupSubject(start)) {
		// They also stated …, after a list of states; State prosecutors
		// charged …, they said: the group, not a place or an organization
		// linked upstream.
		i = -1
	}
	if i >= 0 && i < len(a.ents) {
		if !pronoun || !a.objectOnly(i, start) {
			return a.entitySpeaker(i, m)
		}
		// Speaking to Martin Smith of PBS, he said: not the hearer, but a
		// person named as a subject in this sentence or the one before, the
		// speaker before, or the person named last.
		if j := a.subjectPerson(start, i); j >= 0 {
			return a.entitySpeaker(j, m)
		}
		if a.last.name != nil && a.last.person && (a.last.id == nil || *a.last.id != a.ents[i].ID) {
			sp.name, sp.id, sp.person = a.last.name, a.last.id, true
			return sp
		}
		if j := a.latestPersonBut(a.doc.Sentences[a.doc.SentenceAt(start)].Start, i); j >= 0 {
			return a.entitySpeaker(j, m)
		}
		return sp
	}
	if len(ws) == 0 {
		return sp
	}
	first, lastW := ws[0], ws[len(ws)-1]
	if first.has(fDeterminer) && lastW.capitalized() {
		// His wife Mary, the company's founder Ann Lee: the name.
		r := len(ws) - 1
		for r > 0 && ws[r-1].capitalized() {
			r--
		}
		if r >= 2 && !ws[r-1].punct && !ws[r-1].has(fNPInner) && !ws[r-1].has(fDeterminer) {
			return a.resolve(ws[r].start, end, at)
		}
	}
	if first.is("the") && len(ws) > 1 && !lastW.capitalized() && !personNoun(lastW) {
		// the weather service, the agency, the GMB union: the organization
		// the words name.
		if i := a.orgNamed(ws[1:], start); i >= 0 {
			return a.entitySpeaker(i, m)
		}
	}
	switch {
	case first.has(fPronoun) && len(ws) == 1:
		if first.is("it", "you") {
			return sp
		}
		if first.is("they", "we") {
			return sp // a group, or an organization entity.Resolve did not find
		}
		// The person named last, or the speaker before, when the pronoun
		// may mean them: "She said" is never the husband named last.
		if i := a.latestPerson(start); i >= 0 && entity.PronounAgreement(a.doc, a.ents, i, first.text) != entity.Disagrees && !a.namedLater(i, end) {
			return a.entitySpeaker(i, m)
		}
		if first.is("he", "she") {
			// Her husband, who does the baking, laughed. "…," he said: the
			// kin noun that is the subject of the sentence before.
			if i := a.kinSubject(start, first.low); i >= 0 {
				return a.entitySpeaker(i, m)
			}
		}
		if first.is("he", "she") && len(a.ents) == 0 {
			if name := a.recentName(start); name != "" {
				sp.name = &name
				return sp
			}
		}
		if a.last.name != nil && a.agrees(a.last, first.text) {
			sp.name, sp.id, sp.person = a.last.name, a.last.id, a.last.person
		}
		return sp
	case len(ws) == 2 && first.is("the", "his", "her", "their") && hasKey(kinNouns, lastW.low):
		// the father, her mother: the person the text ties to the noun.
		if i := a.kinSpeaker(first.low, lastW.low, start); i >= 0 {
			return a.entitySpeaker(i, m)
		}
		return sp
	case len(ws) == 2 && first.is("the") && institutions[lastW.low]:
		// The army said: an institution the article names by its noun
		// only speaks as that noun.
		name := lastW.low
		sp.name = &name
		return sp
	case first.is("the") && orgNouns[lastW.low] && (len(ws) == 2 || len(ws) == 3 && !ws[1].capitalized() && !ws[1].punct && !strings.HasSuffix(ws[1].low, "'s")):
		// the company, the industry publication: the organization named
		// last, in this paragraph or the one before; the website, the
		// paper: the source that spoke last, if an organization did.
		if mediaNouns[lastW.low] && a.last.name != nil && !a.last.person {
			sp.name, sp.id = a.last.name, a.last.id
			return sp
		}
		if i := a.latestOrg(start); i >= 0 {
			return a.entitySpeaker(i, m)
		}
		return sp
	case len(ws) == 2 && first.is("the") && textNouns[lastW.low]:
		// According to the filing: the author of the text the article
		// named with a cue before (Ford said in a financial filing).
		if q := a.textAuthor(lastW.low); q >= 0 {
			sp.name, sp.id = a.out[q].Speaker, a.out[q].SpeakerID
		}
		return sp
	case first.is("the") && (!lastW.capitalized() || partyNouns[lastW.low] || len(ws) == 2 && a.demonym(lastW)):
		// the senator, the Massachusetts Democrat: the speaker before, or the
		// person named last when the article names them more often; the
		// territory: nobody.
		if !personNoun(lastW) && !a.demonym(lastW) {
			return sp
		}
		if i := a.latestPerson(start); i >= 0 && (a.last.id == nil || a.ents[i].ID != *a.last.id) &&
			len(a.ents[i].Mentions) > 2*a.mentions(a.last) && a.mayHold(i, lastW.low) {
			return a.entitySpeaker(i, m)
		}
		// The speaker before also when nobody else is given the title
		// (… said study co-author Karen Alley. The Wooster professor added).
		if a.last.name != nil && (a.mayHold(a.entityOf(a.last), lastW.low) || roleNouns[lastW.low] ||
			a.last.person && a.doc.ParagraphAt(start) <= a.lastPara+1 && a.holder(lastW.low, start) < 0) {
			sp.name, sp.id, sp.person = a.last.name, a.last.id, a.last.person
		}
		return sp
	case first.is("the") && len(ws) > 1 && ws[1].capitalized():
		name := unbacked(a.fullName(stripTitles(ws[1:]))) // The New York Post
		sp.name = &name
		return sp
	case !lastW.capitalized() || first.has(fDeterminer):
		return sp
	}
	if i := a.surname(lastW.text); i >= 0 {
		return a.entitySpeaker(i, m)
	}
	name := a.fullName(stripTitles(ws))
	sp.name = &name
	return sp
}

// coordinated returns the index of the "and" that joins two names in a
// speaker phrase (The Investigative Committee and the Federal Security
// Service), or -1.
func coordinated(ws []word) int {
	for k := 1; k+1 < len(ws); k++ {
		if ws[k].is("and") && (ws[k-1].capitalized() || ws[k-1].text == ")") && (ws[k+1].capitalized() || ws[k+1].is("the") && k+2 < len(ws) && ws[k+2].capitalized()) {
			if !ws[len(ws)-1].capitalized() && ws[len(ws)-1].text != ")" {
				return -1 // New Orleans and Jefferson Parish officials
			}
			return k
		}
	}
	return -1
}

// named tells whether an entity has a mention of exactly text[start:end]
// (Procter and Gamble).
func (a *analyzer) named(start, end int) bool {
	name := a.doc.Text[start:end]
	for _, e := range a.ents {
		if e.Name == name || strings.HasPrefix(name, "the ") && e.Name == name[4:] || strings.HasPrefix(name, "The ") && e.Name == name[4:] {
			return true
		}
	}
	return false
}

// resolveName resolves the person's name inside a longer speaker phrase:
// "Humane Society executive director Sara Amundson", "San Jose Mayor Sam
// Liccardo", "Lucy Fischer of The Times". The mention becomes the name.
func (a *analyzer) resolveName(ws []word) (speaker, bool) {
	if len(ws) < 2 {
		return speaker{}, false
	}
	var cands [][2]int
	for i := 1; i < len(ws)-1; i++ {
		if ws[i].is("of", "from", "at") && ws[i-1].capitalized() {
			// Lucy Fischer of The Times; committee member Doug Collins of
			// Georgia; Regina Ip from the pro-Beijing camp; Dr. Steven Wolf
			// at Saint Francis: the name before "of".
			r := i - 1
			for r > 0 && (ws[r-1].capitalized() || r > 1 && nameParticles[ws[r-1].low] && ws[r-2].capitalized()) {
				r-- // Arnel dela Vega of the army's …
			}
			if i-r >= 2 && !orgHeads[ws[i-1].low] {
				cands = append(cands, [2]int{r, i})
			}
		}
	}
	if ws[len(ws)-1].capitalized() {
		run := len(ws) - 1
		for run > 0 && ws[run-1].capitalized() {
			run--
		}
		if len(ws)-run >= 3 {
			cands = append(cands, [2]int{len(ws) - 2, len(ws)})
		}
		if run > 0 && len(ws)-run >= 2 {
			cands = append(cands, [2]int{run, len(ws)})
		}
	}
	for _, c := range cands {
		s, e := ws[c[0]].start, ws[c[1]-1].end
		m := &entity.Mention{Text: a.doc.Text[s:e], Start: s, End: e}
		i := entity.Resolve(a.doc, a.ents, s, e)
		if particleName(ws[c[0]:c[1]]) && (i < 0 || i >= len(a.ents) || a.ents[i].Type != entity.Person) {
			// Arnel dela Vega, split upstream at its particle: the name.
			name := m.Text
			return speaker{name: &name, mention: m, person: true}, true
		}
		if i >= 0 && i < len(a.ents) && a.ents[i].Type == entity.Person {
			// The entity's own mention when it is longer: Robert F. Keane.
			for _, em := range a.ents[i].Mentions {
				if em.Start >= ws[0].start && em.End <= ws[len(ws)-1].end && em.Start <= s && em.End >= e && em.End-em.Start > m.End-m.Start {
					m = &entity.Mention{Text: em.Text, Start: em.Start, End: em.End}
				}
			}
			return a.entitySpeaker(i, m), true
		}
		if i >= 0 && i < len(a.ents) && c[1]+1 < len(ws) && strings.HasPrefix(a.ents[i].Name, m.Text+" "+ws[c[1]].text+" ") &&
			a.named(ws[c[1]+1].start, ws[len(ws)-1].end) {
			// An entity that swallowed the person's organization ("Bill
			// Gerstenmaier of NASA", typed as something else): the name;
			// but not "Joint Chiefs of Staff", where nothing is named after
			// "of".
			name := m.Text
			return speaker{name: &name, mention: m, person: true}, true
		}
		if i >= 0 && i < len(a.ents) && c[1] == len(ws) && a.ents[i].Type != entity.Person && a.titledName(a.ents[i].Name, m.Text) {
			// A title swallowed with the name ("Fire Chief Linda Park",
			// typed as a place): the name.
			name := m.Text
			return speaker{name: &name, mention: m, person: true}, true
		}
	}
	return speaker{}, false
}

// textAuthor is the index in a.out of the latest quote, among the last
// few, whose sentence tells where it was said with the noun ("said in a
// statement", "In a financial filing, X said"), or -1.
func (a *analyzer) textAuthor(noun string) int {
	doc := a.doc
	for q := len(a.out) - 1; q >= 0 && q >= len(a.out)-8; q-- {
		if a.out[q].Speaker == nil || a.out[q].Cue == nil {
			continue
		}
		sen := doc.Sentences[doc.SentenceAt(a.out[q].Start)]
		a.wt = words(&a.low, a.wt[:0], doc.Text, sen.Start, sen.End)
		for j, w := range a.wt {
			if !w.is("in") || j+2 >= len(a.wt) || !a.wt[j+1].has(fDeterminer) && possessivePronoun[a.wt[j+1].low] == "" && !a.wt[j+1].is("its", "their") {
				continue
			}
			for k := j + 2; k < len(a.wt) && k <= j+4 && !a.wt[k].punct; k++ {
				if a.wt[k].low == noun {
					return q
				}
			}
		}
	}
	return -1
}

// appositiveName is the span of a name of two words or more that follows
// offset end as an apposition closing the phrase (", Devon Pruitt." or ",
// Devon Pruitt,"), or an empty span.
func (a *analyzer) appositiveName(end int) (int, int) {
	text := a.doc.Text
	if !strings.HasPrefix(text[end:], ", ") || end+2 >= len(text) || text[end+2] < 'A' || text[end+2] > 'Z' {
		return 0, 0 // most phrases, without reading words
	}
	a.wt = words(&a.low, a.wt[:0], text, end+2, min(len(text), end+60))
	ws := a.wt
	n := 0
	for n < len(ws) && !ws[n].punct && ws[n].capitalized() {
		n++
	}
	if n < 2 || n == len(ws) || !ws[n].is(".", ",", ";", ")") {
		return 0, 0
	}
	return ws[0].start, ws[n-1].end
}

// groupSubject tells whether the sentence of offset at has, before it, a
// plural common noun as its subject (State prosecutors charged …).
func (a *analyzer) groupSubject(at int) bool {
	sen := a.doc.Sentences[a.doc.SentenceAt(at)]
	a.wt = words(&a.low, a.wt[:0], a.doc.Text, sen.Start, at)
	sb, se, ok := sentenceSubject(a.doc, a.wt)
	return ok && se > sb && se < len(a.wt) && tagOf(a.doc, a.wt[se-1]) == "NNS" && !a.wt[se-1].capitalized()
}

// particleName tells whether ws is a person's name with a particle inside
// it: Arnel dela Vega, Ursula von der Leyen.
func particleName(ws []word) bool {
	n := len(ws)
	if n < 3 || !ws[0].capitalized() || !ws[n-1].capitalized() {
		return false
	}
	for _, w := range ws[1 : n-1] {
		if !w.capitalized() && !nameParticles[w.low] {
			return false
		}
	}
	return slices.ContainsFunc(ws[1:n-1], func(w word) bool { return nameParticles[w.low] })
}

// orgApposition tells whether the words after offset end describe an
// organization in apposition: Canegrowers, the industry body, said.
func (a *analyzer) orgApposition(end int) bool {
	if end >= len(a.doc.Text) || a.doc.Text[end] != ',' {
		return false
	}
	a.wt = words(&a.low, a.wt[:0], a.doc.Text, end, min(len(a.doc.Text), end+80))
	ws := a.wt
	if len(ws) < 4 || ws[0].text != "," || !ws[1].is("the", "a", "an") {
		return false
	}
	for j := 2; j < len(ws) && j < 7 && !ws[j].punct; j++ {
		if orgNouns[ws[j].low] || textNouns[ws[j].low] {
			// Airfleets, a database detailing …: the head noun, then the
			// apposition's end or what goes on describing it.
			return j+1 == len(ws) || ws[j+1].text == "," || ws[j+1].is("that", "which", "of", "for", "based") || strings.HasSuffix(ws[j+1].low, "ing")
		}
	}
	return false
}

// textEnd is the length of a speaker phrase without what follows its text
// noun (the Centre for Aviation's database of air carriers).
func textEnd(ws []word) int {
	for k := 2; k < len(ws); k++ {
		if ws[k].is("of", "on", "for") && textNouns[ws[k-1].low] {
			return k
		}
	}
	return len(ws)
}

// namedLater tells whether entity i is named by name after offset at in
// its sentence: a pronoun subject is not the person it speaks of.
func (a *analyzer) namedLater(i, at int) bool {
	end := a.doc.Sentences[a.doc.SentenceAt(at)].End
	for _, m := range a.ents[i].Mentions {
		if m.Start >= at && m.Start < end && len(m.Text) > 3 && (m.Text[0] < 'a' || m.Text[0] > 'z') {
			return true
		}
	}
	return false
}

// mayHold tells whether entity i may hold the title t: any title when the
// article gives them none, else one of theirs (the governor is not the
// attorney general named last).
func (a *analyzer) mayHold(i int, t string) bool {
	if i < 0 || len(a.ents[i].Titles) == 0 || !titles[t] {
		return true // a role, a party or an age is no title
	}
	return a.holds(i, t)
}

// holds tells whether the article gives entity i the title t.
func (a *analyzer) holds(i int, t string) bool {
	if a.titleWords == nil {
		// Each entity's title words, lower-cased once: "Deputy Governor"
		// → deputy governor.
		a.titleWords = make([][]string, len(a.ents))
		for k, e := range a.ents {
			for _, x := range e.Titles {
				for _, w := range strings.Fields(x) {
					a.titleWords[k] = append(a.titleWords[k], a.low.lower(strings.TrimSuffix(w, ".")))
				}
				a.titleWords[k] = append(a.titleWords[k], "") // the end of a title
			}
		}
	}
	deputy := false
	for _, w := range a.titleWords[i] {
		if w == "" {
			deputy = false
			continue
		}
		if !deputy && (w == t || strings.HasPrefix(t, w)) {
			return true // Gov. for governor
		}
		deputy = deputy || secondTitles[w]
	}
	return false
}

// secondTitles make the title after them another one: a deputy governor
// is not the governor.
var secondTitles = set("deputy", "vice", "assistant", "associate", "lieutenant")

// holder is the person given the title t whose latest mention before
// offset at is the latest, else the first named after it, or -1.
func (a *analyzer) holder(t string, at int) int {
	a.latestPerson(at) // builds a.persons
	n, _ := slices.BinarySearchFunc(a.persons, at+1, func(p personMention, t int) int { return p.end - t })
	for k := n - 1; k >= 0; k-- {
		if i := a.persons[k].ent; a.holds(i, t) {
			return i
		}
	}
	for k := n; k < len(a.persons); k++ {
		if i := a.persons[k].ent; a.holds(i, t) {
			return i // Chelyabinsk's governor has promised …; … Governor Boris Dubrovsky
		}
	}
	return -1
}

// personNoun tells whether w names a person by title or role: the mayor, the
// lawmaker, the Democrat, the 72-year-old.
func personNoun(w word) bool {
	if w.capitalized() {
		return partyNouns[w.low]
	}
	return titles[w.low] || roleNouns[w.low] || partyNouns[w.low] || strings.HasSuffix(w.low, "-year-old")
}

// demonym tells whether the capitalized w names a person by nationality:
// the Dutchman, the Norwegian (a nationality the article names), the Swede.
func (a *analyzer) demonym(w word) bool {
	if !w.capitalized() {
		return false
	}
	if len(w.low) > 6 && (strings.HasSuffix(w.low, "man") || strings.HasSuffix(w.low, "woman")) || demonyms[w.low] {
		return true
	}
	for _, e := range a.ents {
		if e.Type == entity.NORP && e.Name == w.text {
			return true
		}
	}
	return false
}

// demonyms name a person by nationality without a -man ending.
var demonyms = set("swede", "dane", "spaniard", "pole", "finn", "brit", "scot", "serb", "croat", "turk",
	"kiwi", "aussie", "briton", "norwegian", "german", "brazilian", "argentine", "argentinian", "australian",
	"american", "canadian", "italian", "belgian", "russian", "ukrainian", "japanese", "chinese", "kenyan",
	"nigerian", "ethiopian", "south african", "mexican", "colombian", "portuguese", "austrian", "swiss")

// ownedRole tells whether ws names a person by a role owned by someone else:
// "Mnuchin's spokeswoman", "the company's chief executive". A kin noun ("his
// mother") is read elsewhere.
func ownedRole(ws []word) bool {
	n := len(ws)
	if n < 2 || !personNoun(ws[n-1]) || ws[n-1].capitalized() || hasKey(kinNouns, ws[n-1].low) {
		return false
	}
	for k := n - 2; k >= 0; k-- {
		if strings.HasSuffix(ws[k].low, "'s") {
			return !groupPossessives[ws[k].low] // but the women's basketball coach
		}
		if ws[k].capitalized() || ws[k].punct {
			return false
		}
	}
	return false
}

// groupPreps follow the noun of a description: a spokesperson for …,
// Farmers across the Darling Downs.
var groupPreps = set("for", "from", "across", "around", "throughout")

// textNouns are texts that speak for their author: WHO's statistics.
var textNouns = set("statement", "statistics", "figures", "data", "report", "website", "account", "analysis",
	"estimates", "records", "tally", "count", "tweet", "post", "letter", "release", "announcement", "database", "filing")

// institutions are a state's bodies that an article may name by their noun
// alone: "the army said" speaks as "army" (but police, officials and
// unions in general are nobody).
var institutions = set("army", "military", "navy", "government", "cabinet", "presidency", "junta")

// groupPossessives describe a role rather than own it: the women's coach.
var groupPossessives = set("women's", "men's", "children's", "people's")

// shortened is the organization whose name starts with name and a word
// more ("Cascade Regional" for "Cascade Regional Airlines"), when no entity is
// named name itself; -1 if none or several.
func (a *analyzer) shortened(name string) int {
	found := -1
	for i, e := range a.ents {
		switch {
		case e.Name == name:
			return -1
		case e.Type == entity.Org && len(e.Name) > len(name) && e.Name[len(name)] == ' ' && strings.HasPrefix(e.Name, name):
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// mentions is how often the article mentions speaker sp's entity.
func (a *analyzer) mentions(sp speaker) int {
	if i := a.entityOf(sp); i >= 0 {
		return len(a.ents[i].Mentions)
	}
	return 0
}

// entityOf is the index of speaker sp's entity, or -1.
func (a *analyzer) entityOf(sp speaker) int {
	if sp.id == nil {
		return -1
	}
	return slices.IndexFunc(a.ents, func(e entity.Entity) bool { return e.ID == *sp.id })
}

// agrees tells whether the pronoun w may refer to speaker sp.
func (a *analyzer) agrees(sp speaker, w string) bool {
	i := a.entityOf(sp)
	return i < 0 || entity.PronounAgreement(a.doc, a.ents, i, w) != entity.Disagrees // a name the entities missed: nothing tells
}

func (a *analyzer) entitySpeaker(i int, m *entity.Mention) speaker {
	e := a.ents[i]
	if len(a.speakerNames) < len(a.ents) {
		a.speakerNames = append(a.speakerNames[:0], make([]speakerName, len(a.ents))...)
	}
	if !a.speakerNames[i].known {
		// Once per entity: personName reads every entity.
		if e.Type == entity.Person {
			a.speakerNames[i].name = a.personName(e.Name)
		} else {
			a.speakerNames[i].name = unbacked(e.Name)
		}
		a.speakerNames[i].known = true
	}
	name, id := a.speakerNames[i].name, e.ID // each quote's own copies
	return speaker{name: &name, id: &id, mention: m, person: e.Type == entity.Person}
}

// unbacked is an organization's name without a first word that only tells
// who leads or backs it: Kurdish-led Syrian Democratic Forces, Iran-backed
// Houthis.
func unbacked(name string) string {
	sp := strings.IndexByte(name, ' ')
	if sp < 0 {
		return name
	}
	for _, suf := range []string{"-led", "-backed", "-run", "-based", "-owned", "-funded", "-allied", "-aligned"} {
		if sp > len(suf) && strings.HasSuffix(name[:sp], suf) {
			return name[sp+1:]
		}
	}
	return name
}

// titledName tells whether entity name is the person's name after a title
// that ends with a title word ("Fire Chief Linda Park" for "Linda Park").
func (a *analyzer) titledName(name, person string) bool {
	head, ok := strings.CutSuffix(name, " "+person)
	if !ok || head == "" {
		return false
	}
	last := head[strings.LastIndexByte(head, ' ')+1:]
	last = a.low.lower(strings.TrimSuffix(last, "."))
	return personTitles[last] || titles[last]
}

// personName is a person entity's name without the titles and the names of
// organizations and places that an entity name may keep in front of it
// ("NATO Secretary-General Jens Stoltenberg", "United Nations Nikki Haley",
// "MP Philip Hammond"): a person's name never opens with them. At least two
// words stay ("Prince Harry" stays).
func (a *analyzer) personName(name string) string {
	ws := strings.Fields(name)
	if len(ws) == 2 && personTitles[a.low.lower(strings.TrimSuffix(ws[0], "."))] {
		// Cr Petrakis, an entity of its own: the person named in full.
		for _, e := range a.ents {
			if e.Type == entity.Person && e.Name != name && strings.HasSuffix(e.Name, " "+ws[1]) && !personTitles[a.low.lower(strings.TrimSuffix(e.Name[:strings.IndexByte(e.Name, ' ')], "."))] {
				return a.personName(e.Name)
			}
		}
	}
	if len(ws) == 1 {
		// Rochester, an entity of its own: the person named in full.
		for _, e := range a.ents {
			if e.Type == entity.Person && strings.HasSuffix(e.Name, " "+name) {
				return a.personName(e.Name)
			}
		}
		for _, e := range a.ents {
			head, ok := strings.CutSuffix(e.Name, " "+name)
			if !ok {
				continue
			}
			// Park, after "Fire Chief Linda Park": the last two words.
			if full := e.Name[strings.LastIndexByte(head, ' ')+1:]; full != e.Name && a.titledName(e.Name, full) {
				return full
			}
		}
	}
	if len(ws) < 3 {
		return name
	}
	if a.orgNames == nil {
		a.orgNames = map[string]bool{}
		for _, e := range a.ents {
			if e.Type != entity.Person {
				a.orgNames[e.Name] = true
			}
		}
	}
	from := 0
	for i := len(ws) - 2; i >= 1 && from == 0; i-- {
		if a.orgNames[strings.Join(ws[:i], " ")] || orgHeads[a.low.lower(ws[i-1])] {
			from = i
		}
	}
	for from < len(ws)-2 && (personTitles[a.low.lower(strings.TrimSuffix(ws[from], "."))] || a.orgNames[ws[from]]) {
		from++
	}
	return strings.Join(ws[from:], " ")
}

// description tells whether a speaker phrase describes an unnamed person
// rather than naming one: "a spokesperson for the mayor's office", "one of
// the children", "the spokesman for Governor Tom Reyes". Such a speaker is
// never the person or organization named inside the phrase; "a post by Amy
// Cook" names its author.
func description(ws []word) bool {
	if len(ws) < 2 {
		return false
	}
	for i, w := range ws {
		if w.is("by") && i+1 < len(ws) && ws[i+1].capitalized() {
			return false
		}
	}
	if ws[0].has(fIndefinite) {
		return true
	}
	for i := 1; i+1 < len(ws); i++ {
		if !ws[i-1].punct && (!ws[i-1].capitalized() || i == 1 && ws[0].tag == "NNS") && groupPreps[ws[i].low] &&
			(!ws[i-1].capitalized() || !ws[i].is("for", "from")) {
			return true // a spokesperson for the mayor's office; Farmers across the Darling Downs
		}
		if ws[i].is("in") && (ws[i-1].tag == "NNS" || ws[i-1].is("police")) && !ws[i-1].capitalized() {
			return true // police in Baytown, Texas: a group where it is
		}
		if ws[i].is("of") && !ws[i-1].capitalized() && !titles[ws[i-1].low] && !properName(ws[i+1:]) {
			// the head of the police's internal investigators; but the
			// mayor of London names the mayor.
			named := false
			for _, w := range ws[i+1:] {
				named = named || w.capitalized()
			}
			if !named {
				return true
			}
		}
	}
	return false
}

// subjectPerson is the first person other than skip named in the sentence of
// offset at (before it), else in the sentence before, where the mention is
// not the object of a preposition or verb; -1 if none.
func (a *analyzer) subjectPerson(at, skip int) int {
	doc := a.doc
	si := doc.SentenceAt(at)
	for _, s := range []int{si, si - 1} {
		if s < 0 || s >= len(doc.Sentences) {
			continue
		}
		from, to := doc.Sentences[s].Start, min(doc.Sentences[s].End, at)
		a.latestPerson(at) // builds a.persons
		k, _ := slices.BinarySearchFunc(a.persons, from+1, func(p personMention, t int) int { return p.end - t })
		best, bestStart := -1, to
		for ; k < len(a.persons) && a.persons[k].end <= to; k++ {
			p := a.persons[k]
			if p.ent != skip && p.start >= from && p.start < bestStart && !a.isObject(p.start, from) {
				best, bestStart = p.ent, p.start
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

// isObject tells whether the mention at offset start, after the titles and
// modifiers before it (journalist Jamal Khashoggi), follows a preposition or
// a verb inside the sentence that begins at from.
func (a *analyzer) isObject(start, from int) bool {
	doc := a.doc
	t := doc.TokenAt(start) - 1
	for t >= 0 && doc.Tokens[t].Start >= from {
		switch tag := doc.Tokens[t].Tag; {
		case tag == "NN" || tag == "NNS" || tag == "JJ" || tag == "NNP":
			t--
			continue
		case strings.HasPrefix(tag, "VB") && t > 0 && cues[doc.Tokens[t].Text].invert && (doc.Tokens[t-1].Text == "," || isCloseMark(doc.Tokens[t-1].Text) || doc.Tokens[t-1].Text == "”"):
			return false // "…," said Delfin Lorenzana: the inverted subject
		case tag == "IN" || tag == "TO" || strings.HasPrefix(tag, "VB"):
			return true
		}
		return false
	}
	return false
}

// objectOnly tells whether entity i is mentioned in the sentence before
// offset at only as the object of a preposition or verb (Speaking to Martin
// Smith, …; after meeting Biden, …), so that a pronoun subject there is not
// that entity.
func (a *analyzer) objectOnly(i, at int) bool {
	doc := a.doc
	from := doc.Sentences[doc.SentenceAt(at)].Start
	seen := false
	for _, m := range a.ents[i].Mentions {
		if m.Start < from || m.End > at {
			continue
		}
		if !a.isObject(m.Start, from) {
			return false
		}
		seen = true
	}
	return seen
}

// latestPersonBut is the person entity other than skip mentioned last before
// offset at, or -1.
func (a *analyzer) latestPersonBut(at, skip int) int {
	a.latestPerson(at) // builds a.persons
	n, _ := slices.BinarySearchFunc(a.persons, at+1, func(p personMention, t int) int { return p.end - t })
	for k := n - 1; k >= 0 && n-k <= 64; k-- {
		if a.persons[k].ent != skip {
			return a.persons[k].ent
		}
	}
	return -1
}

// latestOrg is the organization mentioned last before offset at, in its
// paragraph or the one before, or -1.
func (a *analyzer) latestOrg(at int) int {
	if a.orgs == nil {
		a.orgs = []personMention{}
		for i, e := range a.ents {
			if e.Type == entity.Org {
				for _, m := range e.Mentions {
					a.orgs = append(a.orgs, personMention{m.End, m.Start, i})
				}
			}
		}
		slices.SortFunc(a.orgs, func(x, y personMention) int { return x.end - y.end })
	}
	n, _ := slices.BinarySearchFunc(a.orgs, at+1, func(p personMention, t int) int { return p.end - t })
	if n == 0 || a.doc.ParagraphAt(a.orgs[n-1].start) < a.doc.ParagraphAt(at)-1 {
		return -1
	}
	return a.orgs[n-1].ent
}

// orgNamed is the organization that the words of a definite nominal name:
// the one named by its capitalized words before an organization noun (the
// GMB union), else the one mentioned last before offset at whose name ends
// with the words (the weather service, the agency for the Saudi Press
// Agency); -1 if none.
func (a *analyzer) orgNamed(ws []word, at int) int {
	n := len(ws)
	if n > 1 && orgNouns[ws[n-1].low] && properName(ws[:n-1]) {
		name := a.doc.Text[ws[0].start:ws[n-2].end]
		for i, e := range a.ents {
			if e.Type != entity.Person && e.Name == name {
				return i
			}
		}
	}
	phrase := a.doc.Text[ws[0].start:ws[n-1].end]
	best, bestAt := -1, -1
	for i, e := range a.ents {
		if e.Type != entity.Org || len(e.Name) <= len(phrase) || e.Name[len(e.Name)-len(phrase)-1] != ' ' ||
			!strings.EqualFold(e.Name[len(e.Name)-len(phrase):], phrase) {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start < at && m.Start > bestAt {
				best, bestAt = i, m.Start
			}
		}
	}
	return best
}

// latestPerson is the person entity mentioned last before offset at, or -1.
func (a *analyzer) latestPerson(at int) int {
	if a.persons == nil {
		a.persons = []personMention{}
		for i, e := range a.ents {
			if e.Type == entity.Person {
				for _, m := range e.Mentions {
					a.persons = append(a.persons, personMention{m.End, m.Start, i})
				}
			}
		}
		slices.SortFunc(a.persons, func(x, y personMention) int { return x.end - y.end })
	}
	// The last mention ending at or before at.
	n, _ := slices.BinarySearchFunc(a.persons, at+1, func(p personMention, t int) int { return p.end - t })
	if n == 0 {
		return -1
	}
	return a.persons[n-1].ent
}

type personMention struct{ end, start, ent int }

// recentName is, when no entity is known, the full name of the person whose
// surname was mentioned alone last in the 200 tokens before offset at.
func (a *analyzer) recentName(at int) string {
	if a.names == nil {
		a.names = properNames(&a.low, a.doc)
	}
	for i := a.doc.TokenAt(at) - 1; i >= 0 && i >= a.doc.TokenAt(at)-200; i-- {
		t := a.doc.Tokens[i]
		if t.Tag != "NNP" {
			continue
		}
		// A surname alone ("Liccardo, who …") refers to a person named before.
		alone := (i+1 == len(a.doc.Tokens) || a.doc.Tokens[i+1].Tag != "NNP") && (i == 0 || a.doc.Tokens[i-1].Tag != "NNP")
		if full, ok := a.names[t.Text]; ok && alone {
			return full
		}
	}
	return ""
}

// surname finds the entity whose name is w or ends with w, persons first.
func (a *analyzer) surname(w string) int {
	found := -1
	for i, e := range a.ents {
		if e.Name == w || strings.HasSuffix(e.Name, " "+w) {
			if e.Type == entity.Person {
				return i
			}
			if found < 0 {
				found = i
			}
		}
	}
	return found
}

// fullName finds, when no entity is known, the fullest capitalized name in
// the article that ends with the given one ("Liccardo" → "Sam Liccardo").
func (a *analyzer) fullName(name string) string {
	if a.names == nil {
		a.names = properNames(&a.low, a.doc)
	}
	i := strings.LastIndexByte(name, ' ')
	if full, ok := a.names[name[i+1:]]; ok && len(full) > len(name) && strings.HasSuffix(full, name) {
		return full
	}
	return name
}

// properNames maps the last word of each multi-word proper name of the
// article to its first full form, titles stripped.
func properNames(lw *lowerer, doc *analysis.Doc) map[string]string {
	names := map[string]string{}
	var run []word
	flush := func() {
		if len(run) >= 2 {
			// The words are lower-cased only here, for the titles: most
			// proper names stand alone.
			for i := range run {
				run[i].setLow(lw)
			}
			if n := stripTitles(run); strings.Contains(n, " ") {
				last := run[len(run)-1].text
				if old, ok := names[last]; !ok || len(n) < len(old) {
					names[last] = n
				}
			}
		}
		run = run[:0]
	}
	for i := range doc.Tokens {
		if t := &doc.Tokens[i]; t.Tag == "NNP" || t.Tag == "NNPS" {
			w := word{start: t.Start, end: t.End, text: t.Text}
			if w.capitalized() {
				run = append(run, w)
				continue
			}
		}
		flush()
	}
	flush()
	return names
}

// stripTitles returns the person's name in a proper-name phrase: the trailing
// capitalized run without the titles before the name ("San Jose Mayor Sam
// Liccardo", "former federal prosecutor Elie Honig" → "Elie Honig"; "Mayor
// of London Sadiq Khan" → "Sadiq Khan"), cut before "of" ("Lucy Fischer of
// The Times" → "Lucy Fischer").
func stripTitles(ws []word) string {
	from := len(ws) - 1
	for from > 0 && (ws[from-1].capitalized() || ws[from-1].has(fNPInner) && from > 1 && ws[from-2].capitalized()) {
		from--
	}
	for i := from; i < len(ws)-1; i++ {
		if titles[strings.TrimSuffix(ws[i].low, ".")] {
			from = i + 1
		}
	}
	for from+2 < len(ws) && ws[from].has(fNPInner) {
		from += 2 // of London
	}
	for i := len(ws) - 3; i >= from; i-- {
		if orgHeads[ws[i].low] {
			from = i + 1 // United Nations Nikki Haley
			break
		}
	}
	to := len(ws)
	for i := from + 2; i < to; i++ {
		if ws[i].has(fNPInner) {
			to = i
		}
	}
	return strings.Join(texts(ws[from:to]), " ")
}

func texts(ws []word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.text
	}
	return out
}

// orgHeads end an organization's name: "Amnesty International Man-kei Tam"
// is the organization's Man-kei Tam.
var orgHeads = set("international", "nations", "party", "union", "council", "committee", "institute",
	"university", "association", "agency", "group", "corporation", "inc.", "ltd", "forces", "times",
	"news", "post", "journal", "foundation", "commission", "department", "ministry", "office",
	"parliament", "congress", "senate", "house", "court", "bank", "fund", "network", "company")

// orgNouns name an organization in a definite nominal that refers back to
// the one named last: "the company said".
var orgNouns = set("company", "firm", "agency", "airline", "bank", "group", "organization",
	"organisation", "ministry", "department", "university", "club", "party", "network",
	"newspaper", "carrier", "retailer", "automaker", "carmaker", "manufacturer", "union", "charity",
	"foundation", "institute", "broadcaster", "publisher", "startup", "league", "studio", "insurer",
	"developer", "operator", "utility", "hospital", "school", "college", "commission", "regulator",
	"website", "site", "paper", "outlet", "station", "magazine", "tabloid", "daily", "broadsheet", "body",
	"publication")

// mediaNouns name a news source in a definite nominal: "the website said".
var mediaNouns = set("website", "site", "paper", "outlet", "station", "magazine", "tabloid", "daily",
	"broadsheet", "newspaper", "broadcaster", "network", "publication")

// roleNouns, besides titles, name a person by role in a definite nominal
// that refers back to the speaker before: "the senator", "the lawmaker".
var roleNouns = set("lawmaker", "legislator", "politician", "official", "candidate", "nominee",
	"actor", "actress", "singer", "author", "writer", "scientist", "researcher", "doctor", "victim",
	"suspect", "witness", "owner", "activist", "prosecutor", "judge", "player", "coach", "star",
	"businessman", "businesswoman", "billionaire", "economist", "historian", "expert", "publisher",
	"diplomat", "envoy", "official", "minister", "premier", "monarch", "pontiff", "congressman",
	"congresswoman", "defendant", "plaintiff", "artist", "director", "producer", "novelist")

// personTitles open an entity name before the person's own name.
var personTitles = set("mp", "mep", "cr", "cllr", "broadcaster", "constable", "sergeant", "sgt", "inspector",
	"superintendent", "trooper", "deputy", "corporal", "cpl", "lieutenant", "colonel", "col", "major",
	"commander", "admiral", "bishop", "archbishop", "rev", "reverend", "rabbi", "imam", "cardinal",
	"pastor", "dame", "sir", "councillor", "councilman", "councilwoman", "alderman", "assemblyman",
	"assemblywoman", "delegate", "prosecutor", "police", "secretary-general", "minister", "senator", "sen",
	"rep", "gov", "governor", "mayor", "president", "chancellor", "premier", "judge", "justice",
	"mr", "mrs", "ms", "dr", "prof", "professor", "general", "gen", "ambassador", "sheriff", "chief",
	"director", "chairman", "chairwoman", "secretary", "spokesman", "spokeswoman", "spokesperson",
	"leader", "commissioner", "captain", "capt", "lt", "detective", "officer", "host", "journalist",
	"author", "actor", "actress", "singer", "rapper", "coach", "attorney", "lawyer", "prosecutor")

// postnominals follow a person's name: Kama Melly QC.
var postnominals = set("qc", "kc", "mp", "msp", "mep", "mbe", "obe", "cbe", "kbe", "dbe", "phd", "esq", "esq.")

// partyNouns name a person by party in a definite nominal: the
// Massachusetts Democrat, the Tory.
var partyNouns = set("democrat", "republican", "tory", "conservative", "liberal", "socialist",
	"independent", "libertarian")

var titles = set("president", "mayor", "gov", "governor", "sen", "senator", "rep", "representative",
	"mr", "mrs", "ms", "dr", "prof", "professor", "gen", "general", "secretary", "chancellor",
	"minister", "judge", "justice", "chief", "pope", "king", "queen", "prince", "princess", "lord",
	"sir", "dame", "rev", "father", "capt", "captain", "lt", "col", "sgt", "detective",
	"commissioner", "superintendent", "director", "chairman", "chairwoman", "chair", "ceo",
	"speaker", "leader", "attorney", "vice", "deputy", "councilman", "councilwoman",
	"councilmember", "assemblyman", "assemblywoman", "sheriff", "coach", "premier", "ambassador",
	"spokesperson", "spokesman", "spokeswoman", "officer", "inspector", "commander", "admiral",
	"bishop", "cardinal", "rabbi", "imam", "dean", "principal", "chef", "correspondent",
	"reporter", "anchor", "host", "founder", "executive", "manager", "analyst", "professor", "lawyer",
	"member", "mp", "mep", "fellow")

// sentenceSubject returns the word range of the subject that opens a
// sentence ("The president", "Hochul", "She"), skipping a conjunction.
func sentenceSubject(doc *analysis.Doc, ws []word) (s, e int, ok bool) {
	i := datelineEnd(ws)
	for i < len(ws) && ws[i].has(fClauseStart) {
		i++
	}
	for r := 0; r < 2 && i+1 < len(ws) && (ws[i].has(fLeadIn) || isAdverb(ws[i]) || ws[i].has(fDeterminer) && ws[i+1].has(fTimeNoun) || questionLeads[ws[i].low]); r++ {
		// On Monday, …; Since then, …; In a statement posted to her
		// account, …; A month later, during the debate, …; Asked what she
		// needed most, …
		for j := i; j < len(ws) && j-i < 14; j++ {
			if ws[j].text == "," {
				i = j + 1
				break
			}
			if j > i+2 && (ws[j-1].capitalized() || ws[j-2].capitalized()) && finiteVerb(doc, ws[j]) {
				// In the filing itself Ford also made …: no comma; the
				// name before the verb.
				k := j
				for k > i && (isAdverb(ws[k-1]) || tagOf(doc, ws[k-1]) == "RB") {
					k--
				}
				n := k
				for n > i && ws[n-1].capitalized() && !ws[n-1].punct {
					n--
				}
				if n < k && n > i+1 {
					i = n
					break
				}
			}
		}
	}
	e = i
	for e < len(ws) && e-i < 10 && !ws[e].punct && !ws[e].has(fClauseStart) && cueOf(ws[e]) == (cue{}) &&
		!finiteVerb(doc, ws[e]) && !ws[e].has(fBetween) && !(e > i && (ws[e].has(fPronoun) || isAdverb(ws[e]))) &&
		!(e > i && e+1 < len(ws) && ws[e].has(fLeadIn) && (ws[e+1].has(fTimeNoun) || ws[e+1].has(fMonth))) {
		e++ // not: She typically chooses; The Supreme Court on Monday pulled up
	}
	if e == i || ws[i].has(fPronoun) && e > i+1 {
		return 0, 0, false
	}
	// a Republican, Mark Amodei, has …: the name in apposition.
	if e < len(ws) && ws[e].text == "," {
		f := e + 1
		if f < len(ws) && ws[f].is("the") {
			f++
		}
		n := f
		for n < len(ws) && !ws[n].punct && (ws[n].capitalized() || n > f && ws[n].has(fNPInner)) {
			n++
		}
		if n > f && n < len(ws) && (ws[n].text == "," || ws[n].text == "(") && !properName(ws[i:e]) {
			return f, n, true
		}
	}
	return i, e, true
}

// datelineEnd returns the index after a dateline that opens ws ("NEW
// DELHI:", "DENVER (Reuters) -"), or 0.
func datelineEnd(ws []word) int {
	i := 0
	for i < len(ws) && i < 8 && (allCaps(ws[i].text) || ws[i].is(",", "(", ")") || i > 0 && ws[i].capitalized() && ws[i-1].text == "(") {
		i++
	}
	if i == 0 || i >= len(ws) || !allCaps(ws[0].text) && !(ws[0].is("(") && allCaps(ws[1].text)) { // (CNN) —
		return 0
	}
	if ws[i].is(":", "—", "–", "-", "--") {
		return i + 1
	}
	return 0
}

// allCaps tells whether w is a word of two capitals or more and no lower case.
func allCaps(w string) bool {
	caps := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			caps++
		}
	}
	return caps >= 2
}

// relativeSubject finds the person a relative clause describes when it leads
// in to a quotation: "Another was Thomas Gray, 24, who cited …: "…"".
func relativeSubject(doc *analysis.Doc, ws []word) (s, e int, ok bool) {
	for w := len(ws) - 1; w >= 2; w-- {
		if !ws[w].is("who") || ws[w-1].text != "," {
			continue
		}
		end := w - 2
		if end >= 2 && !ws[end].capitalized() && ws[end-1].text == "," {
			end -= 2 // Thomas Gray, 24, who
		}
		if n := npBack(doc, ws, end); n >= 0 && ws[end].capitalized() {
			return n, end + 1, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// sentenceCue finds the attribution of a partial quotation in the words of
// its sentence, ws[:split] before it: the nearest cue before it (`Biden said
// his plan includes …`; `X said A, but its manager, Y, said B was "…"`),
// else one after it (`…, Smith said.`).
func sentenceCue(doc *analysis.Doc, ws []word, split int) (attribution, bool) {
	for c := split - 1; c >= 0; c-- {
		if att, ok := cueAt(doc, ws, c); ok {
			return att, true
		}
	}
	for c := split; c < len(ws); c++ {
		if att, ok := cueAt(doc, ws, c); ok {
			return att, true
		}
	}
	for c := split - 1; c > 1; c-- {
		if !ws[c].has(fReportParticiple) && !cueOf(ws[c]).participle {
			continue
		}
		// Analysts were more positive, writing that the shares traded at
		// a discount that "more than reflects" the risks: the subject's;
		// with the department saying …: the department's.
		if ws[c-1].text == "," {
			if s, e, ok := sentenceSubject(doc, ws[:c-1]); ok {
				return attribution{ws: ws, cs: c, ce: c + 1, ss: s, se: e}, true
			}
		} else if s := npBack(doc, ws, c-1); s > 0 && ws[s-1].is("with") {
			return attribution{ws: ws, cs: c, ce: c + 1, ss: s, se: c}, true
		}
	}
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].is("according") && ws[i+1].is("to") {
			if e := npForward(doc, ws, i+2); e > i+2 {
				return attribution{ws: ws, cs: i, ce: i + 2, ss: i + 2, se: e}, true
			}
		}
	}
	return attribution{}, false
}

// cueAt reads the attribution of the cue ws[c] with its subject, if it is one.
func cueAt(doc *analysis.Doc, ws []word, c int) (attribution, bool) {
	k := cueOf(ws[c])
	if k == (cue{}) || k.participle {
		return attribution{}, false
	}
	if c+2 < len(ws) && ws[c+1].is("by") {
		// were described by Johnson as a "historic mandate": the agent.
		if e := npForward(doc, ws, c+2); e > c+2 {
			return attribution{ws: ws, cs: c, ce: c + 1, ss: c + 2, se: e}, true
		}
	}
	if s, e, ok := subjectBefore(doc, ws, c); ok && (s == 0 || ws[s-1].punct || ws[s-1].has(fClauseStart)) {
		return attribution{ws: ws, cs: c, ce: c + 1, ss: s, se: e}, true
	}
	if c > 0 && ws[c-1].is("and") {
		// opposed the withdrawal and said it was given "…"
		if s, e, ok := sentenceSubject(doc, ws[:c-1]); ok {
			return attribution{ws: ws, cs: c, ce: c + 1, ss: s, se: e}, true
		}
	}
	return attribution{}, false
}
