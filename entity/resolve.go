package entity

import (
	"strings"
	"unicode"

	"github.com/newsfacts/newsfacts/entity/internal/lexicon"
	"github.com/newsfacts/newsfacts/internal/analysis"
)

// anchor is a mention already tied to an entity, as the resolver sees it.
type anchor struct {
	start, end int
	ent        int
	sent, para int
	speaker    bool // next to a speech verb: "Hochul said", "said Liccardo"
	subject    bool // the first mention of its sentence, before its verb
	object     bool // right after a preposition or verb: "Speaking to Martin Smith"
	inQuote    bool
}

// entInfo is what the resolver needs to know of an entity.
type entInfo struct {
	typ    Type
	gender lexicon.Gender
	heads  []string // title heads: "mayor", "governor"
	city   bool
}

// nominalHeads are the titles that a definite nominal ("the mayor") uses to
// refer to the entity that holds them.
var nominalHeads = setOf("mayor", "president", "governor", "secretary", "senator", "minister",
	"chancellor", "premier", "judge", "sheriff", "commissioner", "chief", "pope", "king", "queen",
	"prince", "princess", "congressman", "congresswoman", "spokesperson", "spokesman", "spokeswoman",
	"director", "chairman", "chairwoman", "ceo", "president-elect", "mayor-elect", "governor-elect",
	"candidate", "attorney", "prosecutor", "superintendent", "ambassador", "representative",
	"councilman", "councilwoman", "councilmember", "coach", "founder", "leader", "speaker", "justice",
	"doctor", "professor", "detective", "sergeant", "lieutenant", "captain", "colonel", "inspector")

// titleHead reduces a title as written to the head a nominal uses:
// "Gov." → governor, "White House principal deputy press secretary" → secretary.
func titleHead(t string) string {
	f := strings.Fields(strings.ToLower(t))
	if len(f) == 0 {
		return ""
	}
	h := f[len(f)-1]
	if i := indexOf(f, "of"); i > 0 {
		h = f[i-1] // "secretary of state"
	}
	switch h {
	case "gov.", "gov", "governor-elect":
		return "governor"
	case "sen.", "sen":
		return "senator"
	case "rep.", "rep", "congressmember", "congressman", "congresswoman":
		return "representative"
	case "dr.", "dr":
		return "doctor"
	case "prof.", "prof":
		return "professor"
	case "det.", "det":
		return "detective"
	case "sgt.", "sgt":
		return "sergeant"
	case "lt.", "lt":
		return "lieutenant"
	case "capt.", "capt":
		return "captain"
	case "col.", "col":
		return "colonel"
	case "insp.", "insp":
		return "inspector"
	case "pres.":
		return "president"
	case "president-elect":
		return "president"
	case "mayor-elect":
		return "mayor"
	}
	return h
}

func indexOf(words []string, w string) int {
	for i, x := range words {
		if x == w {
			return i
		}
	}
	return -1
}

// pronounGender tells what a pronoun refers to: a man, a woman, or (Unknown
// with org true) an organization or place.
func pronounGender(w string) (g lexicon.Gender, org, ok bool) {
	switch strings.ToLower(w) {
	case "he", "him", "his", "himself":
		return lexicon.Male, false, true
	case "she", "her", "hers", "herself":
		return lexicon.Female, false, true
	case "they", "them", "their", "it", "its":
		return lexicon.Unknown, true, true
	}
	return lexicon.Unknown, false, false
}

// resolver resolves nominals and pronouns against the anchors before them.
type resolver struct {
	di     *docInfo
	ents   []entInfo
	active []anchor // anchors in text order, all before the current position
	last   []int    // per entity: start of its latest anchor so far, or -1

	holders          map[string][]int // title head → entities holding it
	outsideSent      int              // the sentence whose subject is taken
	verbSent, verbAt int              // firstVerb's last answer
}

func newResolver(di *docInfo, ents []entInfo) *resolver {
	r := &resolver{di: di, ents: ents, last: make([]int, len(ents)), outsideSent: -1, verbSent: -1}
	for i := range r.last {
		r.last[i] = -1
	}
	return r
}

// push records an anchor; anchors must come in text order.
func (r *resolver) push(a anchor) {
	doc := r.di.doc
	if a.sent >= 0 {
		a.para = doc.Sentences[a.sent].Para
	}
	a.subject = r.isSubject(a)
	a.object = !a.subject && !a.speaker && r.isObject(a)
	r.active = append(r.active, a)
	if a.ent >= 0 && a.ent < len(r.last) {
		r.last[a.ent] = a.start
	}
}

// isSubject: the first mention outside quotes of its sentence, with no verb
// before it.
func (r *resolver) isSubject(a anchor) bool {
	if a.sent < 0 || a.inQuote {
		return false
	}
	if k := r.di.doc.TokenAt(a.end); k < len(r.di.doc.Tokens) && finiteVerb[r.di.doc.Tokens[k].Tag] {
		r.outsideSent = a.sent
		return true // "…, Zapata fell into the water"
	}
	if a.sent == r.outsideSent {
		return false // an earlier mention outside quotes is the subject
	}
	r.outsideSent = a.sent
	return a.start <= r.firstVerb(a.sent)
}

var finiteVerb = setOf("VBD", "VBZ", "VBP", "MD")

// isObject reports whether the mention follows a preposition or a verb, so
// that a later "he" does not mean it: "Speaking to Martin Smith of PBS, he
// said", "She met Kim".
func (r *resolver) isObject(a anchor) bool {
	doc := r.di.doc
	k := doc.TokenAt(a.start) - 1
	if k < 0 || a.sent < 0 || k < doc.Sentences[a.sent].First {
		return false
	}
	if t := doc.Tokens[k]; t.Text == "the" || t.Text == "The" {
		k-- // "met the governor"
	}
	if k < 0 || k < doc.Sentences[a.sent].First {
		return false
	}
	if doc.Tokens[k].Text == "with" {
		if e := doc.TokenAt(a.end); e < len(doc.Tokens) && doc.Tokens[e].Tag == "VBG" {
			return false // "with Zinichev describing": the one who describes
		}
	}
	t := doc.Tokens[k].Tag
	return t == "IN" || t == "TO" || strings.HasPrefix(t, "VB")
}

// firstVerb is the offset of the first verb outside quotes of sentence si
// (the sentence's end if none); the last answer is kept, as anchors come in
// text order.
func (r *resolver) firstVerb(si int) int {
	if si == r.verbSent {
		return r.verbAt
	}
	doc := r.di.doc
	s := doc.Sentences[si]
	r.verbSent, r.verbAt = si, s.End
	for k := s.First; k < s.Last; k++ {
		if strings.HasPrefix(doc.Tokens[k].Tag, "VB") && !r.di.inQuote[k] {
			r.verbAt = doc.Tokens[k].Start
			break
		}
	}
	return r.verbAt
}

// nominal resolves a title nominal with head h at start to the entity that
// most recently held that title, or -1.
func (r *resolver) nominal(h string) int {
	if r.holders == nil {
		r.holders = map[string][]int{}
		for i, e := range r.ents {
			for _, x := range e.heads {
				if l := r.holders[x]; len(l) == 0 || l[len(l)-1] != i {
					r.holders[x] = append(l, i)
				}
			}
		}
	}
	best, bestPos, holders := -1, -2, 0
	for _, i := range r.holders[h] {
		holders++
		if r.last[i] > bestPos {
			best, bestPos = i, r.last[i]
		}
	}
	if bestPos < 0 && holders != 1 {
		return -1 // nobody held it yet, and the later holder is not unique
	}
	return best
}

// maxBack bounds how far back a pronoun looks: its own paragraph, and at most
// this many sentences before it.
const maxBack = 6

// maxMention is longer than any mention Analyze lists.
const maxMention = 400

// maxInPara bounds the look back inside the pronoun's own paragraph, so that
// a long quote does not hide its speaker but a pathological paragraph stays
// cheap.
const maxInPara = 30

// pronoun resolves the pronoun w at start in sentence si, or returns -1.
func (r *resolver) pronoun(w string, start, si int, inQuote bool) int {
	want, org, ok := pronounGender(w)
	if !ok || si < 0 {
		return -1
	}
	doc := r.di.doc
	para := doc.Sentences[si].Para
	end := len(r.active)
	for end > 0 && r.active[end-1].start >= start {
		end--
	}
	for s := si; s >= 0 && s >= si-maxInPara; s-- {
		if s < si-maxBack && doc.Sentences[s].Para != para || para-doc.Sentences[s].Para > 2 {
			break
		}
		if org && s < si-1 {
			break
		}
		// The anchors of sentence s, before the pronoun.
		lo := end
		for lo > 0 && r.active[lo-1].sent == s {
			lo--
		}
		list := r.active[lo:end]
		end = lo
		if len(list) == 0 {
			continue
		}
		if i := r.pick(list, want, org, inQuote, s == si); i >= 0 {
			return i
		}
	}
	return -1
}

// pick chooses among the anchors of one sentence: a speaker first, then the
// subject, then the others left to right. Within a tier a known gender match
// beats an entity whose gender is unknown; across tiers the higher tier wins.
func (r *resolver) pick(list []anchor, want lexicon.Gender, org, inQuote, sameSent bool) int {
	match := func(a anchor) Agreement {
		if a.ent < 0 || a.inQuote && !inQuote {
			return Disagrees
		}
		return agreement(r.ents[a.ent], want, org)
	}
	tiers := []func(anchor) bool{
		func(a anchor) bool { return a.speaker },
		func(a anchor) bool { return a.subject },
		func(a anchor) bool { return !a.object },
	}
	for _, in := range tiers {
		weak := -1
		for _, a := range list {
			if !in(a) {
				continue
			}
			switch match(a) {
			case Agrees:
				return a.ent
			case MayAgree:
				if weak < 0 {
					weak = a.ent
				}
			}
		}
		if weak >= 0 {
			return weak
		}
	}
	// An object only when its gender says so, and never in the pronoun's own
	// sentence: "Hochul met Eric Adams. Later he spoke", but not "Speaking
	// to Martin Smith, he said".
	if !sameSent {
		for _, a := range list {
			if a.object && match(a) == Agrees {
				return a.ent
			}
		}
	}
	return -1
}

// speakerAt reports whether the words at [start, end) sit next to a speech
// verb: "Hochul said", "said the mayor", "Liccardo, …, said" is not seen.
func speakerAt(doc *analysis.Doc, start, end int) bool {
	k := doc.TokenAt(end)
	if k < len(doc.Tokens) && speechVerbs[doc.Tokens[k].Text] {
		return true
	}
	if k+1 < len(doc.Tokens) && doc.Tokens[k].Text == "," && speechVerbs[doc.Tokens[k+1].Text] {
		return true
	}
	b := doc.TokenAt(start) - 1
	return b >= 0 && speechVerbs[doc.Tokens[b].Text] && doc.Tokens[b].End <= start
}

// nominalAt recognizes a title nominal or "the city" at token k ("the"):
// it returns the head and the index after the nominal's last token.
func nominalAt(di *docInfo, k int) (string, int) {
	toks := di.doc.Tokens
	if t := toks[k].Text; t != "the" && t != "The" {
		return "", 0
	}
	s := di.doc.Sentences[di.doc.SentenceAt(toks[k].Start)]
	e := k + 1
	for e < s.Last {
		if kind, _ := lexicon.Title(toks[e].Text); kind == lexicon.Mod && !isCap(toks[e].Text) && !nominalHeads[toks[e].Text] && toks[e].Text != "city" {
			e++
			continue
		}
		break
	}
	if e >= s.Last {
		return "", 0
	}
	h := toks[e].Text
	if !nominalHeads[h] && h != "city" {
		return "", 0
	}
	if e > k+1 && h == "city" {
		return "", 0
	}
	if n := e + 1; n < s.Last {
		next := toks[n]
		if next.Text == "of" || isCap(next.Text) && hasLetter(next.Text) {
			return "", 0 // "the president of the company", "the mayor Eric Adams"
		}
		if h == "city" && strings.HasPrefix(next.Tag, "NN") {
			return "", 0 // "the city council"
		}
	}
	return titleHead(h), e + 1 // "the congresswoman" holds "Rep."
}

// Resolve returns the index in ents of the entity that the words at
// doc.Text[start:end] refer to, or -1 when none can be told. ents must be
// the result of Analyze(doc). The words may be:
//
//   - a mention that Analyze listed, or words overlapping one ("President
//     Biden" where "Biden" is listed): its entity;
//   - a name ("Liccardo", "Sam Liccardo", "Mr. Liccardo", "CBS2's"): the entity
//     with that name, full or last name, mentioned last before start (or
//     first after);
//   - a title nominal ("the mayor", "The president", "the governor", "the
//     secretary"): the entity that most recently held that title;
//   - a pronoun: "he"/"him"/"his" and "she"/"her": the person mentioned
//     before start whose gender agrees (from given names, honorifics and
//     titles, or earlier he/she mentions; unknown agrees with both), looking
//     in the pronoun's sentence, then back over at most six sentences of the
//     same and two earlier paragraphs. Within a sentence it prefers the
//     speaker of a speech verb, then the subject, then the others left to
//     right; a mention right after a preposition or verb ("Speaking to
//     Martin Smith, he said") is taken only from an earlier sentence and
//     only when its gender agrees for sure. It skips mentions inside
//     quotation marks when the pronoun is outside them. "they", "it" resolve only to an organization or place in
//     the same or previous sentence.
//
// Resolve does not change ents and is safe for concurrent use.
func Resolve(doc *analysis.Doc, ents []Entity, start, end int) int {
	if doc == nil || start < 0 || end > len(doc.Text) || start >= end {
		return -1
	}
	text := strings.TrimSpace(doc.Text[start:end])
	if text == "" {
		return -1
	}
	di := cachedInfo(doc)
	rc := cachedEnts(doc, di, ents)
	// A listed mention, or the listed mention overlapping most. Mentions are
	// short, so only those starting shortly before end can overlap.
	best, bestOverlap := -1, 0
	for k := searchAnchors(rc.anchors, end) - 1; k >= 0 && rc.anchors[k].start > start-maxMention; k-- {
		a := rc.anchors[k]
		if !covers(doc.Text, a.start, a.end, start, end) {
			continue
		}
		if ov := min(a.end, end) - max(a.start, start); ov > bestOverlap || ov == bestOverlap && ov > 0 && a.ent < best {
			best, bestOverlap = a.ent, ov
		}
	}
	if best >= 0 {
		return best
	}
	si := doc.SentenceAt(start)
	if _, _, ok := pronounGender(text); ok {
		// Only the mentions of the last few sentences matter.
		from := 0
		if si >= 0 {
			from = doc.Sentences[max(0, si-maxInPara)].Start
		}
		r := newResolver(di, rc.infos)
		lo := searchAnchors(rc.anchors, from)
		hi := searchAnchors(rc.anchors, start)
		for _, a := range rc.anchors[lo:hi] {
			r.push(a)
		}
		k := doc.TokenAt(start)
		inQ := k < len(di.inQuote) && di.inQuote[k]
		return r.pronoun(text, start, si, inQ)
	}
	words := strings.Fields(text)
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		if len(words) >= 2 {
			h := strings.ToLower(words[len(words)-1])
			if nominalHeads[h] {
				if i := holderBefore(ents, rc.infos, h, start); i >= 0 {
					return i
				}
			}
			// A title of several words ("the attorney general"): its
			// holder, when the words are all title words.
			if titleWords(words[1:]) {
				if i := holderBefore(ents, rc.infos, titleHead(strings.Join(words[1:], " ")), start); i >= 0 {
					return i
				}
			}
		}
		words = words[1:]
	}
	return byName(ents, words, start)
}

// titleWords tells whether every word is a title word ("attorney general").
func titleWords(words []string) bool {
	for _, w := range words {
		if k, _ := lexicon.Title(w); k == lexicon.NotTitle {
			if k, _ = lexicon.Title(strings.ToLower(w)); k == lexicon.NotTitle {
				return false
			}
		}
	}
	return len(words) > 0
}

// covers reports whether the mention [ms, me) stands for the words [start,
// end): it contains them, or they add only titles, "the", possessives and
// punctuation to it ("President Biden" for "Biden"), not other words ("a
// spokesperson for the mayor's office" is no mention of the mayor).
func covers(text string, ms, me, start, end int) bool {
	if me <= start || end <= ms {
		return false
	}
	extra := ""
	if start < ms {
		extra += text[start:ms] + " "
	}
	if me < end {
		extra += text[me:end]
	}
	for _, w := range strings.FieldsFunc(extra, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '.'
	}) {
		if k, _ := lexicon.Title(w); k == lexicon.NotTitle && !strings.EqualFold(w, "the") && w != "s" {
			return false
		}
	}
	return true
}

// holderBefore is the entity holding title head h whose latest mention
// before start is the latest; if none was mentioned before, the only holder.
func holderBefore(ents []Entity, infos []entInfo, h string, start int) int {
	best, bestPos, holders := -1, -2, 0
	for i, in := range infos {
		if !containsWord(in.heads, h) {
			continue
		}
		holders++
		ms := ents[i].Mentions
		lo, hi := 0, len(ms)
		for lo < hi {
			m := (lo + hi) / 2
			if ms[m].Start < start {
				lo = m + 1
			} else {
				hi = m
			}
		}
		pos := -1
		if lo > 0 {
			pos = ms[lo-1].Start
		}
		if pos > bestPos {
			best, bestPos = i, pos
		}
	}
	if bestPos < 0 && holders != 1 {
		return -1
	}
	return best
}

func searchAnchors(a []anchor, off int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		m := (lo + hi) / 2
		if a[m].start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// byName finds the entity named by words: whole name, any mention's text, or
// a person's last name; titles in front are dropped ("President Biden").
func byName(ents []Entity, words []string, start int) int {
	for len(words) > 1 {
		if k, _ := lexicon.Title(words[0]); k == lexicon.NotTitle {
			break
		}
		words = words[1:]
	}
	if len(words) == 0 {
		return -1
	}
	words[len(words)-1] = trimPossessive(words[len(words)-1])
	name := strings.Join(words, " ")
	best, bestPos := -1, -1<<62
	for i, e := range ents {
		match := strings.EqualFold(e.Name, name)
		for _, m := range e.Mentions {
			match = match || strings.EqualFold(m.Text, name)
		}
		if !match && e.Type == Person {
			// The last or, for one word, the first word of the name,
			// read without splitting it.
			n := strings.TrimSpace(e.Name)
			if sp := strings.IndexByte(n, ' '); sp > 0 {
				last := n[strings.LastIndexByte(n, ' ')+1:]
				match = strings.EqualFold(last, name) || len(words) == 1 && n[:sp] == name
			}
		}
		if !match {
			continue
		}
		// Prefer the latest mention before start; an entity only mentioned
		// after ranks by how near its first mention is.
		pos := -1 << 61
		for _, m := range e.Mentions {
			if m.Start < start {
				pos = m.Start
			} else if pos == -1<<61 {
				pos = -(m.Start - start) - 1<<40
			}
		}
		if pos > bestPos {
			best, bestPos = i, pos
		}
	}
	return best
}

// Agreement tells how well a pronoun fits an entity, by the entity's type and
// the gender its given name, honorifics and titles tell.
type Agreement int

// The degrees of agreement.
const (
	Disagrees Agreement = iota // "she" for a man, "he" for a company
	MayAgree                   // "he" for a person whose gender is unknown
	Agrees                     // "she" for a woman, "it" for a company
)

// PronounAgreement tells how well the pronoun w ("he", "She", "their") fits
// ents[i], where ents must be the result of Analyze(doc); a word that is no
// pronoun disagrees. It is safe for concurrent use.
func PronounAgreement(doc *analysis.Doc, ents []Entity, i int, w string) Agreement {
	want, org, ok := pronounGender(w)
	if !ok || doc == nil || i < 0 || i >= len(ents) {
		return Disagrees
	}
	return agreement(cachedEnts(doc, cachedInfo(doc), ents).infos[i], want, org)
}

// agreement tells how well a pronoun of gender want (or for an organization
// or place, with org) fits an entity.
func agreement(in entInfo, want lexicon.Gender, org bool) Agreement {
	switch {
	case org:
		if in.typ == Org || in.typ == GPE {
			return Agrees
		}
		return Disagrees
	case in.typ != Person:
		return Disagrees
	case in.gender == want:
		return Agrees
	case in.gender == lexicon.Unknown:
		return MayAgree
	}
	return Disagrees
}

// infoOf derives the resolver's view of finished entities.
func infoOf(ents []Entity) []entInfo {
	out := make([]entInfo, len(ents))
	for i, e := range ents {
		out[i] = entityInfo(e)
	}
	return out
}

// entityInfo derives the resolver's view of one finished entity.
func entityInfo(e Entity) entInfo {
	in := entInfo{typ: e.Type}
	for _, t := range e.Titles {
		in.heads = append(in.heads, titleHead(t))
		f := strings.Fields(t)
		for i, w := range f {
			if _, g := lexicon.Title(w); g != lexicon.Unknown {
				in.gender = g
			}
			if i < len(f)-1 && strings.HasSuffix(w, ".") {
				in.heads = append(in.heads, titleHead(w)) // "Det. Sgt." is a detective too
			}
		}
	}
	if e.Type == Person {
		if w := strings.Fields(e.Name); len(w) > 0 && in.gender == lexicon.Unknown {
			in.gender, _ = lexicon.Given(w[0]) // "Jim" alone is a given name too
		}
		for _, m := range e.Mentions {
			w := strings.Fields(m.Text)
			if len(w) == 0 {
				continue
			}
			if _, g := lexicon.Title(w[0]); g != lexicon.Unknown && in.gender == lexicon.Unknown {
				in.gender = g // "Mr. Liccardo"
			}
			if g, _, ok := pronounGender(m.Text); ok && g != lexicon.Unknown && in.gender == lexicon.Unknown {
				in.gender = g
			}
		}
	}
	if e.Type == GPE {
		for _, en := range lexicon.Lookup(e.Name) {
			in.city = in.city || en.City
		}
	}
	return in
}

// anchorsOf lists the mentions of ents that start before limit, in text order.
func anchorsOf(doc *analysis.Doc, di *docInfo, ents []Entity, limit int) []anchor {
	var out []anchor
	for i, e := range ents {
		for _, m := range e.Mentions {
			if m.Start >= limit {
				break
			}
			k := doc.TokenAt(m.Start)
			out = append(out, anchor{start: m.Start, end: m.End, ent: i, sent: doc.SentenceAt(m.Start),
				speaker: speakerAt(doc, m.Start, m.End), inQuote: k < len(di.inQuote) && di.inQuote[k]})
		}
	}
	sortAnchors(out)
	return out
}
