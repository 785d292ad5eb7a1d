package entity

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/entity/internal/lexicon"
	"github.com/newsfacts/newsfacts/internal/analysis"
)

// cluster is an entity being built.
type cluster struct {
	cands      []int // indexes into the mention list, in text order
	typ        Type
	score      scores
	dflt       float64 // the PERSON guess for unknown multi-word names
	multi      []int   // starts of its multi-word mentions, in order
	lastSingle int     // start of the latest one-word mention joined, or -1
	name       string
	words      []string
	gender     lexicon.Gender
	titles     []string
	city       bool
}

// finder holds the state of one Analyze call.
type finder struct {
	di       *docInfo
	cands    []cand
	clusters []*cluster
	of       []*cluster // the cluster of each cand
	lists    [][2]int   // cand index ranges of the lists coordinate found
	// shortKeys tells which kinds of short-form keys partKeys made, so
	// that partOf builds only keys that can match.
	shortKeys byte
}

const (
	schoolKey  byte = 1 << iota // "u:", a school's first word
	naturalKey                  // "r:", a river's or storm's name
)

// collect finds the name mentions of the article, in text order.
func (f *finder) collect() {
	di := f.di
	doc := di.doc
	f.cands = make([]cand, 0, len(doc.Tokens)/16+8)
	if dl := doc.Dateline; dl != nil {
		if p := dl.Place; p.Len() > 0 {
			f.cands = append(f.cands, dateline(doc.Text, p.Start, p.End, ""))
			// The region ends where the dateline's date begins: "LONDON, Jan
			// 26 (Reuters) -" has none.
			to := dl.End
			if d := dl.Date; d.Len() > 0 && d.Start > p.End {
				to = d.Start
			}
			if r, ok := datelineRegion(doc.Text, p.End, to); ok {
				// A town, whatever its head and however often the article
				// writes it: "ST. LOUIS PARK, Minn. —".
				f.cands[len(f.cands)-1].score.add(lexicon.GPE, datelineTown)
				f.cands = append(f.cands, dateline(doc.Text, r.Start, r.End, ""))
			}
		}
		if s := dl.Source; s.Len() > 0 {
			f.cands = append(f.cands, dateline(doc.Text, s.Start, s.End, lexicon.Org))
		}
	}
	for si := range doc.Sentences {
		first := len(f.cands)
		di.chunks(si, func(i, j int) { f.cands = di.names(si, i, j, f.cands) })
		di.appositives(f.cands[first:])
		for _, l := range di.coordinate(f.cands[first:]) {
			f.lists = append(f.lists, [2]int{first + l[0], first + l[1]})
		}
	}
}

// datelineTown outweighs any sum of head words over an article's mentions.
const datelineTown = 50

// datelineRegion finds the state or country written after a dateline's
// place: "MANCHESTER, England —", "LAGOS, Nigeria (Reuters) —".
func datelineRegion(text string, from, to int) (analysis.Span, bool) {
	if from >= to || to > len(text) || !strings.HasPrefix(text[from:to], ", ") {
		return analysis.Span{}, false
	}
	start := from + 2
	end := start
	for end < to {
		r, size := utf8.DecodeRuneInString(text[end:])
		if !unicode.IsLetter(r) && r != '.' && r != ' ' || r == ' ' && (end+1 >= to || !unicode.IsUpper(rune(text[end+1]))) {
			break
		}
		end += size
	}
	for end > start && text[end-1] == ' ' {
		end--
	}
	if end == start || !unicode.IsUpper(rune(text[start])) || monthsDays[strings.Fields(text[start:end])[0]] {
		return analysis.Span{}, false // "NEW YORK, Tuesday (Reuters) -", a date the analysis did not record
	}
	return analysis.Span{Start: start, End: end}, true
}

// dateline makes the mention of a dateline's place ("NEW YORK") or source
// ("CBSNewYork"); typ forces a type.
func dateline(text string, start, end int, typ string) cand {
	words := strings.Fields(text[start:end])
	for i, w := range words {
		if typ == "" && isAcronym(w) && len(w) >= 2 && (len(w) > 3 || lexicon.Lookup(w) == nil) && !strings.Contains(w[:len(w)-1], ".") {
			words[i] = w[:1] + strings.ToLower(w[1:]) // NEW YORK → New York, ST. → St.; but "N.Y." stays
		}
	}
	c := cand{kind: nameKind, start: start, end: end, words: words, key: strings.Join(words, " "), ent: -1, sent: -1}
	c.entries = lexicon.Lookup(c.key)
	for _, e := range c.entries {
		c.score.add(e.Type, 5)
	}
	if typ != "" {
		c.score.add(typ, 10)
	} else {
		c.score.add(lexicon.GPE, 2)
	}
	return c
}

// appositives gives a person the title that follows the name between commas:
// "Karine Jean-Pierre, White House principal deputy press secretary said".
func (di *docInfo) appositives(cs []cand) {
	toks := di.doc.Tokens
	for ci := range cs {
		c := &cs[ci]
		if c.kind != nameKind || c.sent < 0 {
			continue
		}
		s := di.doc.Sentences[c.sent]
		k := di.doc.TokenAt(c.end)
		if k >= s.Last || toks[k].Text != "," {
			continue
		}
		a := k + 1
		if a < s.Last && (toks[a].Text == "the" || toks[a].Text == "a" || toks[a].Text == "an") {
			a++
		}
		e := a
		for e < s.Last && e-a < 10 {
			t := toks[e]
			if t.Text == "," || t.Text == "." || speechVerbs[t.Text] {
				break
			}
			if !(strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ" || t.Tag == "POS" || isCap(t.Text)) {
				e = -1
				break
			}
			e++
		}
		if e <= a || e >= s.Last && e != s.Last {
			continue
		}
		if kind, _ := lexicon.Title(toks[e-1].Text); kind != lexicon.Head {
			continue
		}
		c.titles = append(c.titles, di.doc.Text[toks[a].Start:toks[e-1].End])
		c.score.add(lexicon.Person, 4)
	}
}

// coordinate lends the type of a name with strong evidence to the unknown
// names it is listed with: "in Crown Heights and Bed-Stuy", "the towns of
// Tell Tamer and Ain Issa", "Tesco, Asda and Morrisons". Lists in news are
// of one kind far more often than not. A list has an "and" or "or": "The
// Mayor of London, Sadiq Khan, said" is an apposition. A name followed by
// "of" or a possessive heads a phrase of its own: "Presidents Muhammadu
// Buhari of Nigeria and Patrice Talon of Benin".
func (di *docInfo) coordinate(cs []cand) (lists [][2]int) {
	text := di.doc.Text
	gap := func(k int) string { // between cs[k-1] and cs[k], or ""
		a, b := &cs[k-1], &cs[k]
		if a.kind != nameKind || b.kind != nameKind || a.end > b.start || b.start-a.end > len(", and the ") {
			return "" // no list gap is longer
		}
		g := strings.TrimSpace(text[a.end:b.start])
		switch g {
		case ",", "and", "or", ", and", ", or", "and the", "or the", ", the", ", and the":
			return g
		case "to":
			if strings.HasSuffix(text[:a.start], "from ") {
				return g // "from Jakarta to Pangkal Pinang" pairs two places
			}
		}
		return ""
	}
	for lo := 0; lo < len(cs); {
		hi, and := lo+1, false
		for hi < len(cs) {
			g := gap(hi)
			if g == "" {
				break
			}
			and = and || g != "," && g != ", the" // "Kurt Volker, the United States special envoy" is an apposition
			hi++
		}
		if and {
			di.lend(cs[lo:hi])
			di.sharePrep(cs[lo:hi])
			lists = append(lists, [2]int{lo, hi})
		}
		lo = hi
	}
	return lists
}

// lendTypes does what lend does once the entities are typed: a name with no
// evidence of its own, mentioned once, takes the type of a well-typed entity
// it is listed with ("the Severn and the Vyrnwy", where "the Severn" alone
// says little but the article's "River Severn" does).
func (f *finder) lendTypes() {
	for _, l := range f.lists {
		var best *cluster
		for ci := l[0]; ci < l[1]; ci++ {
			cl := f.clusterOf(ci)
			if cl == nil || cl.typ == Person {
				continue
			}
			if _, s := cl.score.best(); s >= strongEvidence && (best == nil || s > bestScore(best)) {
				best = cl
			}
		}
		if best == nil {
			continue
		}
		for ci := l[0]; ci < l[1]; ci++ {
			cl := f.clusterOf(ci)
			if cl == nil || cl == best || len(cl.cands) != 1 || f.cands[ci].entries != nil || bestScore(cl) >= weakEvidence ||
				f.di.heads(&f.cands[ci]) || best.typ == Org && personLike(&f.cands[ci]) {
				continue
			}
			cl.typ = best.typ
		}
	}
}

func bestScore(cl *cluster) float64 {
	_, s := cl.score.best()
	return s
}

// lend gives the unknown names of one list the type of its best-known one.
func (di *docInfo) lend(list []cand) {
	best, bestScore := Type(""), 0.0
	for i := range list {
		if t, s := list[i].score.best(); s >= strongEvidence && s > bestScore && t != Person {
			best, bestScore = t, s
		}
	}
	if best == "" {
		// "four daughters, Nadine, Ashley, Elizabeth, and Toni": given
		// names make a list of people.
		given := 0
		for i := range list {
			if _, ok := lexicon.Given(list[i].words[0]); ok {
				given++
			}
		}
		if given < 2 {
			return
		}
		best = Person
	}
	for i := range list {
		c := &list[i]
		if _, s := c.score.best(); s >= weakEvidence || c.entries != nil || di.heads(c) || best == Person && s > 0 ||
			best == Org && personLike(c) {
			continue // "the State Department, and Andriy Yermak"
		}
		c.score.add(string(best), lentEvidence)
	}
}

// sharePrep gives every name of a list the place evidence of a
// preposition before the first: "in Aurora and Lakewood".
func (di *docInfo) sharePrep(list []cand) {
	toks := di.doc.Tokens
	if k := di.doc.TokenAt(list[len(list)-1].end); k < len(toks) && pluralPlaceNoun(toks[k].Text) {
		for i := 0; i < len(list)-1; i++ {
			list[i].score.add(lexicon.GPE, 3) // "Terrebonne, Lafourche and Plaquemines parishes"
		}
	}
	k := di.doc.TokenAt(list[0].start) - 1
	if k < 0 || !placePreps[toks[k].Text] {
		return
	}
	for i := 1; i < len(list); i++ {
		if c := &list[i]; c.entries == nil {
			c.score.add(lexicon.GPE, placePrepEvidence)
		}
	}
}

// personLike reports whether an unknown name reads as a person's: two or
// three capitalized words, none a common English word.
func personLike(c *cand) bool {
	if len(c.words) < 2 || len(c.words) > 3 {
		return false
	}
	for _, w := range c.words {
		if !isCap(w) || lexicon.Common(w) || lexicon.HeadType(w) != "" {
			return false
		}
	}
	return true
}

// heads reports whether the words after the name make it the head of a
// phrase of its own: "Patrice Talon of Benin", "Talon's".
func (di *docInfo) heads(c *cand) bool {
	toks := di.doc.Tokens
	k := di.doc.TokenAt(c.end) // the token after the name, or the one it was cut from ("Talon's")
	if k >= len(toks) {
		return false
	}
	if toks[k].Start < c.end {
		return true // a possessive cut off the name
	}
	return toks[k].Text == "of" || isPossessive(toks[k].Text)
}

// The evidence a listed name needs to lend its type, the most a name may
// have to borrow it, and what it borrows: "in X" (1.5) and a head word (3.5)
// lend, a lone speech verb (1.5) borrows.
const (
	strongEvidence = 3
	weakEvidence   = 2
	lentEvidence   = 2
)

// cluster groups the name mentions into entities: multi-word names first,
// so that a surname can join a full name written after it.
func (f *finder) cluster() {
	f.teamUp()
	byKey := make(map[joinKey]*cluster, 2*len(f.cands))
	var order []*cluster
	join := func(ci int, cl *cluster) {
		c := &f.cands[ci]
		if cl == nil {
			cl = &cluster{lastSingle: -1}
			order = append(order, cl)
		}
		cl.cands = append(cl.cands, ci)
		if len(c.words) > 1 {
			cl.multi = append(cl.multi, c.start)
		} else {
			cl.lastSingle = c.start
		}
		cl.score = addScores(cl.score, c.score)
		cl.dflt = max(cl.dflt, c.dflt)
		for _, k := range candKeys(c) {
			if _, ok := byKey[k]; !ok {
				byKey[k] = cl

			}
		}
		c.ent = -2 // assigned; final indexes come later
		f.setCluster(ci, cl)
	}
	lookup := func(c *cand) *cluster {
		for _, k := range candKeys(c) {
			if cl, ok := byKey[k]; ok {
				return cl
			}
		}
		return nil
	}
	ends := map[string]*cluster{}
	// Pass 1: names of two or more words, and acronyms explained in
	// parentheses right after a name.
	for i := range f.cands {
		c := &f.cands[i]
		if c.kind != nameKind || len(c.words) < 2 {
			continue
		}
		cl := lookup(c)
		if cl == nil {
			cl = f.sameEnds(c, ends)
		}
		if cl == nil && particles[strings.ToLower(c.words[0])] {
			cl = ends["tail:"+strings.ToLower(c.key)] // "De Blasio" of "Bill de Blasio"
		}
		join(i, cl)
		if t, _ := c.score.best(); t == Person {
			if k := c.words[0] + " " + c.words[len(c.words)-1]; ends[k] == nil {
				ends[k] = f.clusterOf(i)
			}
			if len(c.words) > 2 && particles[strings.ToLower(c.words[1])] {
				ends["tail:"+strings.ToLower(strings.Join(c.words[1:], " "))] = f.clusterOf(i)
			}
		}
	}
	parts := map[string][]*cluster{}
	for _, cl := range order {
		for _, k := range f.partKeys(cl) {
			parts[k] = append(parts[k], cl)
		}
	}
	for i := range f.cands {
		c := &f.cands[i]
		if c.kind != nameKind || len(c.words) != 1 {
			continue
		}
		if cl := lookup(c); cl != nil {
			if t, _ := cl.score.best(); t == Person && len(cl.multi) > 0 && c.entries == nil {
				shortForm(c, cl) // the second "NG:" as the first
			}
			join(i, cl)
			continue
		}
		if cl := f.parenthesized(i); cl != nil {
			join(i, cl)
			continue
		}
		if cl := f.partOf(i, parts); cl != nil {
			if c.entries != nil && onlyNORP(c.entries) {
				c.entries = nil // "Northeastern" of the university names no group
				c.score[typeIndex(lexicon.NORP)] = 0
			}
			shortForm(c, cl)
			join(i, cl)
			continue
		}
		join(i, nil)
	}
	// "New York" joins "New York City" in an article that names the city.
	f.clusters = f.clusters[:0]
	seen := map[*cluster]bool{}
	for i := range f.cands {
		if cl := f.clusterOf(i); cl != nil && !seen[cl] {
			seen[cl] = true
			f.clusters = append(f.clusters, cl)
		}
	}
	for _, cl := range f.clusters {
		slices.Sort(cl.cands)
	}
}

// candKeys are the keys under which a mention joins others: its words, and
// the canonical keys of the lexicon entries it matches.
func candKeys(c *cand) []joinKey {
	keys := make([]joinKey, 0, 1+len(c.entries))
	if c.team {
		// The team a place names is not the place: "Kansas City beat
		// Miami", but "KANSAS CITY, Mo. —" and "fans in Miami".
		return append(keys, joinKey{false, "team:" + c.key})
	}
	keys = append(keys, joinKey{false, c.key})
	for _, e := range c.entries {
		keys = append(keys, joinKey{true, e.Key})
	}
	if n := len(c.words); n > 2 && corporateWords[c.words[n-1]] {
		// A company without its corporate ending, of two words or more, is
		// the company: "Cascade Regional" of "Cascade Regional Airlines",
		// "Goldman Sachs" of "Goldman Sachs Group Inc.".
		k := n
		for k > 2 && corporateWords[c.words[k-1]] {
			k--
		}
		keys = append(keys, joinKey{false, strings.Join(c.words[:k], " ")})
	}
	return keys
}

// joinKey is a mention's words as written, or (lexicon true) the canonical
// key of a known name.
type joinKey struct {
	lexicon bool
	s       string
}

func addScores(a, b scores) scores {
	for i := range a {
		a[i] += b[i]
	}
	return a
}

// cands' clusters are kept in a side table so that cand stays a plain value.
func (f *finder) setCluster(ci int, cl *cluster) {
	for len(f.of) <= ci {
		f.of = append(f.of, nil)
	}
	f.of[ci] = cl
}

func (f *finder) clusterOf(ci int) *cluster {
	if ci >= len(f.of) {
		return nil
	}
	return f.of[ci]
}

// parenthesized returns the cluster of the name that an acronym in
// parentheses follows: "Federal Security Service (FSB)".
func (f *finder) parenthesized(ci int) *cluster {
	c := &f.cands[ci]
	if ci == 0 {
		return nil
	}
	p := &f.cands[ci-1]
	if !isAcronym(c.key) && !(len(p.words) >= 3 && !strings.Contains(c.key, " ") && c.entries == nil) {
		return nil // but "Philippine Institute of Volcanology and Seismology (Phivolcs)"
	}
	if p.sent < 0 || c.sent < 0 || !strings.HasPrefix(strings.ToUpper(p.words[0]), c.key[:1]) {
		return nil // "LOS ANGELES (AP)" is a dateline, not an acronym
	}
	between := f.di.doc.Text[p.end:c.start]
	if strings.TrimSpace(between) != "(" || !strings.HasPrefix(f.di.doc.Text[c.end:], ")") {
		return nil
	}
	acr := strings.ReplaceAll(c.key, ".", "")
	if in := initials(p.words); in != acr && strings.HasSuffix(in, acr) {
		// "Parliament of New South Wales (NSW)": the acronym is the
		// place's, which it takes the type and key of, not the parliament.
		n := len(p.words)
		for k := n - 1; k > 0; k-- {
			if initials(p.words[k:]) == acr {
				c.entries = lexicon.Lookup(strings.Join(p.words[k:], " "))
				for _, e := range c.entries {
					c.score.add(e.Type, 5)
				}
				break
			}
		}
		return nil
	}
	return f.clusterOf(ci - 1)
}

// partKeys are the keys under which a multi-word entity takes one-word
// mentions: a person's last and first name, an organization's first word
// before corporate words ("Ford" of "Ford Motor Company"), the initials
// ("VTA").
func (f *finder) partKeys(cl *cluster) []string {
	head := &f.cands[cl.cands[0]]
	w := head.words
	if len(w) < 2 {
		return nil
	}
	keys := []string{"a:" + initials(w)}
	switch typ, _ := cl.score.best(); {
	case typ == Person:
		last := len(w) - 1
		for last > 1 && suffixes[w[last]] {
			last-- // "King" of "Martin Luther King Jr."
		}
		keys = append(keys, "p:"+w[last], "p:"+w[0])
		if mid := w[last-1]; last >= 2 && !strings.Contains(mid, ".") && !particles[strings.ToLower(mid)] {
			if _, given := lexicon.Given(mid); !given {
				keys = append(keys, "p:"+mid) // "Rosselló" of "Ricardo Rosselló Nevares"
			}
		}
	case typ == Org && (corporate(w[1:]) || legalForms[w[len(w)-1]]):
		keys = append(keys, "o:"+w[0])
	case typ == Org && len(w) == 2 && schools[w[1]]:
		keys = append(keys, "u:"+w[0]) // "Northeastern" of "Northeastern University"
		f.shortKeys |= schoolKey
	case (typ == Loc || typ == Event) && len(w) == 2 && natural[w[0]]:
		keys = append(keys, "r:"+w[1]) // "Severn" of "River Severn", "Dorian" of "Hurricane Dorian"
		f.shortKeys |= naturalKey
	}
	return keys
}

// partOf finds the multi-word entity that the one-word mention ci is part of
// (see partKeys). Among several, the one mentioned last before wins, else
// the first.
func (f *finder) partOf(ci int, parts map[string][]*cluster) *cluster {
	c := &f.cands[ci]
	var keys []string
	if c.entries == nil || len(c.titles) > 0 || c.speaker {
		keys = append(keys, "p:"+c.key) // "Dr. Livermore", "Rochester told the press": a surname that is also a town
	}
	keys = append(keys, "o:"+c.key) // "Tesla" of "Tesla Inc."
	if f.shortKeys&schoolKey != 0 && onlyNORP(c.entries) {
		keys = append(keys, "u:"+c.key) // but "Boston" is not "Boston College"
	}
	if _, s := c.score.best(); f.shortKeys&naturalKey != 0 && c.entries == nil && s < weakEvidence {
		keys = append(keys, "r:"+c.key) // but "Michigan" is not "Lake Michigan", nor "Lafourche Parish" "Bayou Lafourche"
	}
	if isAcronym(c.key) && c.entries == nil {
		keys = append(keys, "a:"+strings.ReplaceAll(c.key, ".", "")) // but "AP" is the agency, whoever else has those initials
	}
	var best *cluster
	bestPos := -1
	for _, k := range keys {
		for _, cl := range parts[k] {
			pos := cl.latestBefore(f, c.start)
			if best == nil || pos > bestPos {
				best, bestPos = cl, pos
			}
		}
	}
	return best
}

// natural are the words that open the names of rivers and lakes, which
// then go by the rest: "River Severn", "Loch Ness".
var natural = setOf("River", "Lake", "Loch", "Bayou", "Mount", "Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical")

// shortForm drops the evidence of a one-word short form that says less
// than its long form: "the Severn" of "River Severn" is no organization,
// "NG:" labelling an interview with Natasha Gownaris no acronym of one.
func shortForm(c *cand, cl *cluster) {
	switch t, _ := cl.score.best(); {
	case t == Loc && c.entries == nil:
		c.score = scores{}
	case t == Person:
		c.score[typeIndex(lexicon.Org)], c.score[typeIndex(lexicon.GPE)] = 0, 0
	}
}

// schools are the heads of the institutions that go by their first word:
// "Northeastern", "Rutgers", "Karolinska".
var schools = setOf("University", "College", "Institute")

// onlyNORP reports whether a name is unknown or known only as a group's
// adjective ("Northeastern"), which a school's short form may be.
func onlyNORP(entries []lexicon.Entry) bool {
	for _, e := range entries {
		if e.Type != lexicon.NORP {
			return false
		}
	}
	return true
}

// latestBefore is the start of the cluster's latest mention before off, or
// -1. Mentions join in text order per pass, so cl.starts is sorted within
// each pass; the search covers both.
func (cl *cluster) latestBefore(f *finder, off int) int {
	pos := -1
	if i := sort.SearchInts(cl.multi, off); i > 0 {
		pos = cl.multi[i-1]
	}
	if cl.lastSingle < off {
		pos = max(pos, cl.lastSingle)
	}
	return pos
}

// sameEnds finds the person whose name has the same first and last word as
// c's: "John R. Bolton" and "John Bolton".
func (f *finder) sameEnds(c *cand, ends map[string]*cluster) *cluster {
	if t, _ := c.score.best(); t != Person {
		return nil
	}
	return ends[c.words[0]+" "+c.words[len(c.words)-1]]
}

// initials of the significant words of a name: "Valley Transportation Authority" → "VTA".
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if w == "of" || w == "the" || w == "and" || w == "for" || w == "on" || w == "&" {
			continue
		}
		for _, part := range strings.Split(w, "-") {
			r := []rune(part)
			if len(r) > 0 && unicode.IsUpper(r[0]) {
				b.WriteRune(r[0])
			}
		}
	}
	return b.String()
}

// finish sets each cluster's type, name, titles and gender.
func (f *finder) finish() {
	for _, cl := range f.clusters {
		var best float64
		cl.score.add(lexicon.Person, cl.dflt)
		cl.typ, best = cl.score.best()
		if best <= 0 {
			cl.typ = Org // no evidence at all: an unknown capitalized name is an organization more often than not
		}
		bestWords, bestText := 0, ""
		for _, ci := range cl.cands {
			c := &f.cands[ci]
			if c.kind != nameKind {
				continue
			}
			text := strings.Join(c.words, " ")
			n := len(c.words)
			if isAcronym(text) && len(text) > 4 && strings.Contains(text, " ") {
				n = 0 // the all-caps dateline is the least readable form
			}
			if n > bestWords || bestText == "" {
				bestWords, bestText = n, text
			}
			for _, t := range c.titles {
				if !slices.Contains(cl.titles, t) {
					cl.titles = append(cl.titles, t)
				}
			}
			if c.gender != lexicon.Unknown && cl.gender == lexicon.Unknown {
				cl.gender = c.gender
			}
			for _, e := range c.entries {
				cl.city = cl.city || e.City && cl.typ == GPE
			}
		}
		cl.name = bestText
		cl.words = strings.Fields(bestText)
		if strings.HasSuffix(bestText, " City") && cl.typ == GPE {
			cl.city = true
		}
		if cl.typ != Person {
			cl.gender = lexicon.Unknown
		} else if cl.gender == lexicon.Unknown && len(cl.words) > 1 {
			cl.gender, _ = lexicon.Given(cl.words[0])
		}
	}
}

// entities builds the output, entities ordered by first mention.
func (f *finder) entities() []Entity {
	text := f.di.doc.Text
	out := make([]Entity, 0, len(f.clusters))
	idx := make(map[*cluster]int, len(f.clusters))
	first := make([]int, len(f.clusters))
	order := make([]int, len(f.clusters))
	for i, cl := range f.clusters {
		first[i] = len(text)
		for _, ci := range cl.cands {
			first[i] = min(first[i], f.cands[ci].start)
		}
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return first[a] - first[b] })
	for n, i := range order {
		cl := f.clusters[i]
		idx[cl] = n
		e := Entity{ID: "E" + strconv.Itoa(n+1), Name: cl.name, Type: cl.typ,
			Titles: append([]string{}, cl.titles...), Mentions: []Mention{}}
		for _, ci := range cl.cands {
			c := &f.cands[ci]
			if n := len(e.Mentions); n > 0 && e.Mentions[n-1].Start == c.start && e.Mentions[n-1].End == c.end {
				continue
			}
			e.Mentions = append(e.Mentions, Mention{Text: text[c.start:c.end], Start: c.start, End: c.end})
		}
		slices.SortFunc(e.Mentions, func(a, b Mention) int {
			if a.Start != b.Start {
				return a.Start - b.Start
			}
			return a.End - b.End
		})
		out = append(out, e)
	}
	return out
}

// corefer adds the title nominals ("the mayor"), "the city" and the he/she
// pronouns to the entities they refer to, in one pass in text order.
func (f *finder) corefer() {
	di := f.di
	doc := di.doc
	infos := make([]entInfo, len(f.clusters))
	index := make(map[*cluster]int, len(f.clusters))
	for i, cl := range f.clusters {
		index[cl] = i
		in := entInfo{typ: cl.typ, gender: cl.gender, city: cl.city}
		for _, t := range cl.titles {
			in.heads = append(in.heads, titleHead(t))
		}
		infos[i] = in
	}
	city := f.mainCity()
	r := newResolver(di, infos)
	r.active = make([]anchor, 0, len(f.cands)+len(f.cands)/2)
	names := len(f.cands)
	next := 0
	pushNames := func(limit int) {
		for next < names && f.cands[next].start < limit {
			c := &f.cands[next]
			if cl := f.clusterOf(next); cl != nil {
				r.push(anchor{start: c.start, end: c.end, ent: index[cl], sent: c.sent,
					speaker: c.speaker || speakerAt(doc, c.start, c.end), inQuote: c.inQuote})
			}
			next++
		}
	}
	add := func(ent int, start, end, si int, k kind) {
		c := cand{kind: k, start: start, end: end, sent: si, ent: ent, inQuote: di.inQuote[doc.TokenAt(start)]}
		f.cands = append(f.cands, c)
		cl := f.clusters[ent]
		cl.cands = append(cl.cands, len(f.cands)-1)
		f.setCluster(len(f.cands)-1, cl)
		r.push(anchor{start: start, end: end, ent: ent, sent: si, speaker: speakerAt(doc, start, end), inQuote: c.inQuote})
	}
	for k := 0; k < len(doc.Tokens); k++ {
		t := doc.Tokens[k]
		pushNames(t.Start)
		if h, e := nominalAt(di, k); h != "" {
			pushNames(doc.Tokens[e-1].End)
			si := doc.SentenceAt(t.Start)
			ent := city
			if h != "city" {
				ent = r.nominal(h)
			}
			if ent >= 0 {
				add(ent, t.Start, doc.Tokens[e-1].End, si, nominalKind)
			}
			k = e - 1
			continue
		}
		switch t.Text {
		case "he", "He", "she", "She":
			si := doc.SentenceAt(t.Start)
			if ent := r.pronoun(t.Text, t.Start, si, di.inQuote[k]); ent >= 0 {
				if infos[ent].gender == lexicon.Unknown {
					infos[ent].gender, _, _ = pronounGender(t.Text)
				}
				add(ent, t.Start, t.End, si, pronounKind)
			}
		}
	}
	pushNames(len(doc.Text) + 1)
}

// mainCity is the city the article is about, for "the city": the dateline's
// if it is a city, else the city named most often (at least twice).
func (f *finder) mainCity() int {
	best, bestN := -1, 1
	for i, cl := range f.clusters {
		if !cl.city {
			continue
		}
		n := 0
		for _, ci := range cl.cands {
			if f.cands[ci].sent < 0 {
				return i // the dateline
			}
			n++
		}
		if n > bestN {
			best, bestN = i, n
		}
	}
	return best
}

// corporate reports whether words only say what kind of company a name is:
// "Motor Company", "Inc.", "Group".
func corporate(words []string) bool {
	for _, w := range words {
		if !corporateWords[w] {
			return false
		}
	}
	return len(words) > 0
}

// legalForms end a company's registered name, which news then shortens to
// its first word whatever stands between: "Hallstein Pharma AG", "Sandgate
// Capital Management LP".
var legalForms = setOf("Inc.", "Inc", "Corp.", "Corp", "Co.", "Ltd.", "Ltd", "LLC", "L.L.C.", "LP", "L.P.", "LLP",
	"PLC", "plc", "AG", "GmbH", "SE", "N.V.", "NV", "S.A.", "SA", "SpA", "S.p.A.", "AB", "ASA", "Limited")

var corporateWords = setOf("Motor", "Motors", "Company", "Co.", "Corporation", "Corp.", "Inc.", "Inc",
	"Group", "Holdings", "Ltd.", "Ltd", "LLC", "PLC", "plc", "S.A.", "AG", "GmbH", "Airlines", "Airways",
	"Bank", "Industries", "International", "Technologies", "Systems", "Media", "Entertainment", "&",
	"Securities", "Investments", "Capital", "Partners", "Pharmaceuticals", "Motors", "Brands", "Foods",
	"Equities", "Platforms", "Networks", "Solutions", "Enterprises", "Resources", "Ventures", "Labs",
	"Communications", "Logistics", "Properties", "Therapeutics", "Biosciences", "Semiconductors", "Air",
	"Management", "Advisors", "Advisers", "Pharma", "Pharmaceutical", "Biologics", "LP", "L.P.", "LLP", "Limited")
