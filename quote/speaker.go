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
	ws := words(nil, text, start, end)
	if sp, ok := a.resolveName(ws); ok {
		return sp
	}
	m := &entity.Mention{Text: text[start:end], Start: start, End: end}
	sp := speaker{mention: m}
	if i := entity.Resolve(a.doc, a.ents, start, end); i >= 0 && i < len(a.ents) {
		return a.entitySpeaker(i, m)
	}
	if len(ws) == 0 {
		return sp
	}
	first, lastW := ws[0], ws[len(ws)-1]
	switch {
	case pronouns[first.low] && len(ws) == 1:
		if first.is("it", "you") {
			return sp
		}
		if i := a.latestPerson(start); i >= 0 {
			return a.entitySpeaker(i, m)
		}
		if first.is("he", "she") && len(a.ents) == 0 {
			if name := a.recentName(start); name != "" {
				sp.name = &name
				return sp
			}
		}
		if a.last.name != nil && !first.is("they", "we") {
			sp.name, sp.id, sp.person = a.last.name, a.last.id, a.last.person
		}
		return sp
	case first.is("the") && !lastW.capitalized():
		if a.last.name != nil {
			sp.name, sp.id, sp.person = a.last.name, a.last.id, a.last.person
		}
		return sp
	case first.is("the") && len(ws) > 1 && ws[1].capitalized():
		name := a.fullName(stripTitles(ws[1:])) // The New York Post
		sp.name = &name
		return sp
	case !lastW.capitalized() || determiners[first.low]:
		return sp
	}
	if i := a.surname(lastW.text); i >= 0 {
		return a.entitySpeaker(i, m)
	}
	name := a.fullName(stripTitles(ws))
	sp.name = &name
	return sp
}

// resolveName resolves the person's name inside a longer speaker phrase:
// "Humane Society executive director Sara Amundson", "San Jose Mayor Sam
// Liccardo", "Lucy Fischer of The Times". The mention becomes the name.
func (a *analyzer) resolveName(ws []word) (speaker, bool) {
	if len(ws) < 2 || !ws[len(ws)-1].capitalized() {
		return speaker{}, false
	}
	run := len(ws) - 1
	for run > 0 && ws[run-1].capitalized() {
		run--
	}
	var cands [][2]int
	if len(ws)-run >= 3 {
		cands = append(cands, [2]int{len(ws) - 2, len(ws)})
	}
	if run > 0 && len(ws)-run >= 2 {
		cands = append(cands, [2]int{run, len(ws)})
	}
	for i := 2; i < len(ws)-1; i++ {
		if ws[i].is("of") && properName(ws[:i]) {
			cands = append(cands, [2]int{0, i}) // Lucy Fischer of The Times
			break
		}
	}
	for _, c := range cands {
		s, e := ws[c[0]].start, ws[c[1]-1].end
		if i := entity.Resolve(a.doc, a.ents, s, e); i >= 0 && i < len(a.ents) && a.ents[i].Type == entity.Person {
			return a.entitySpeaker(i, &entity.Mention{Text: a.doc.Text[s:e], Start: s, End: e}), true
		}
	}
	return speaker{}, false
}

func (a *analyzer) entitySpeaker(i int, m *entity.Mention) speaker {
	e := a.ents[i]
	name, id := e.Name, e.ID
	return speaker{name: &name, id: &id, mention: m, person: e.Type == entity.Person}
}

// latestPerson is the person entity mentioned last before offset at, or -1.
func (a *analyzer) latestPerson(at int) int {
	if a.persons == nil {
		a.persons = []personMention{}
		for i, e := range a.ents {
			if e.Type == entity.Person {
				for _, m := range e.Mentions {
					a.persons = append(a.persons, personMention{m.End, i})
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

type personMention struct{ end, ent int }

// recentName is, when no entity is known, the full name of the person whose
// surname was mentioned alone last in the 200 tokens before offset at.
func (a *analyzer) recentName(at int) string {
	if a.names == nil {
		a.names = properNames(a.doc)
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
		a.names = properNames(a.doc)
	}
	i := strings.LastIndexByte(name, ' ')
	if full, ok := a.names[name[i+1:]]; ok && len(full) > len(name) && strings.HasSuffix(full, name) {
		return full
	}
	return name
}

// properNames maps the last word of each multi-word proper name of the
// article to its first full form, titles stripped.
func properNames(doc *analysis.Doc) map[string]string {
	names := map[string]string{}
	var run []word
	flush := func() {
		if len(run) >= 2 {
			if n := stripTitles(run); strings.Contains(n, " ") {
				last := run[len(run)-1].text
				if old, ok := names[last]; !ok || len(n) < len(old) {
					names[last] = n
				}
			}
		}
		run = run[:0]
	}
	for _, t := range doc.Tokens {
		if t.Tag == "NNP" || t.Tag == "NNPS" {
			w := newWord(doc.Text, t.Start, t.End, false)
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
	for from > 0 && (ws[from-1].capitalized() || npInner[ws[from-1].low] && from > 1 && ws[from-2].capitalized()) {
		from--
	}
	for i := from; i < len(ws)-1; i++ {
		if titles[strings.TrimSuffix(ws[i].low, ".")] {
			from = i + 1
		}
	}
	for from+2 < len(ws) && npInner[ws[from].low] {
		from += 2 // of London
	}
	to := len(ws)
	for i := from + 2; i < to; i++ {
		if npInner[ws[i].low] {
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

var titles = set("president", "mayor", "gov", "governor", "sen", "senator", "rep", "representative",
	"mr", "mrs", "ms", "dr", "prof", "professor", "gen", "general", "secretary", "chancellor",
	"minister", "judge", "justice", "chief", "pope", "king", "queen", "prince", "princess", "lord",
	"sir", "dame", "rev", "father", "capt", "captain", "lt", "col", "sgt", "detective",
	"commissioner", "superintendent", "director", "chairman", "chairwoman", "chair", "ceo",
	"speaker", "leader", "attorney", "vice", "deputy", "councilman", "councilwoman",
	"councilmember", "assemblyman", "assemblywoman", "sheriff", "coach", "premier", "ambassador",
	"spokesperson", "spokesman", "spokeswoman", "officer", "inspector", "commander", "admiral",
	"bishop", "cardinal", "rabbi", "imam", "dean", "principal", "chef", "correspondent",
	"reporter", "anchor", "host", "founder", "executive", "manager", "analyst", "professor", "lawyer")

// sentenceSubject returns the word range of the subject that opens a
// sentence ("The president", "Hochul", "She"), skipping a conjunction.
func sentenceSubject(doc *analysis.Doc, ws []word) (s, e int, ok bool) {
	i := 0
	for i < len(ws) && clauseStart[ws[i].low] {
		i++
	}
	if i < len(ws) && (leadIn[ws[i].low] || isAdverb(ws[i])) {
		// On Monday, …; Since then, …; In a statement posted to her account, …
		for j := i; j < len(ws) && j-i < 14; j++ {
			if ws[j].text == "," {
				i = j + 1
				break
			}
		}
	}
	e = i
	for e < len(ws) && e-i < 10 && !ws[e].punct && !clauseStart[ws[e].low] && cueOf(ws[e]) == (cue{}) &&
		!finiteVerb(doc, ws[e]) && !between[ws[e].low] && !(e > i && pronouns[ws[e].low]) {
		e++
	}
	if e == i || pronouns[ws[i].low] && e > i+1 {
		return 0, 0, false
	}
	// a Republican, Mark Amodei, has …: the name in apposition.
	if e < len(ws) && ws[e].text == "," {
		f := e + 1
		if f < len(ws) && ws[f].is("the") {
			f++
		}
		n := f
		for n < len(ws) && !ws[n].punct && (ws[n].capitalized() || n > f && npInner[ws[n].low]) {
			n++
		}
		if n > f && n < len(ws) && (ws[n].text == "," || ws[n].text == "(") && !properName(ws[i:e]) {
			return f, n, true
		}
	}
	return i, e, true
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
// its sentence: `Biden said his plan includes …` or `…, Smith said.`
func sentenceCue(doc *analysis.Doc, ws []word) (attribution, bool) {
	for c, w := range ws {
		k := cueOf(w)
		if k == (cue{}) || k.participle {
			continue
		}
		if s, e, ok := subjectBefore(doc, ws, c); ok && (s == 0 || ws[s-1].punct || clauseStart[ws[s-1].low]) {
			return attribution{ws: ws, cs: c, ce: c + 1, ss: s, se: e}, true
		}
		if c > 0 && ws[c-1].is("and") {
			// opposed the withdrawal and said it was given "…"
			if s, e, ok := sentenceSubject(doc, ws[:c-1]); ok {
				return attribution{ws: ws, cs: c, ce: c + 1, ss: s, se: e}, true
			}
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
