package quote

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/analysis"
)

// Kind tells how the words were reported.
type Kind string

// The kinds of quote.
const (
	Direct   Kind = "direct"   // a whole quoted utterance
	Partial  Kind = "partial"  // a quoted fragment inside the writer's own sentence
	Indirect Kind = "indirect" // reported speech without quote marks
)

// Quote is something a speaker said: Text is input[Start:End], the words
// without their quote marks.
type Quote struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  Kind   `json:"kind"`
	// Speaker is the Name of the entity the quote is attributed to and
	// SpeakerID its ID; both nil when no speaker can be found.
	Speaker   *string `json:"speaker"`
	SpeakerID *string `json:"speaker_id"`
	// SpeakerMention is the words that name the speaker where the attribution
	// is made ("he", "the mayor", "Hochul").
	SpeakerMention *entity.Mention `json:"speaker_mention"`
	// Cue is the reporting verb or phrase as written ("said", "according to").
	Cue *string `json:"cue"`
}

// Find returns the quotes of an article, sorted by offset.
func Find(text string) []Quote {
	doc := analysis.Parse(text, analysis.Options{})
	return Analyze(doc, entity.Analyze(doc))
}

// Analyze returns the quotes of an analysed article whose entities are ents.
// It is the entry point for package extract.
func Analyze(doc *analysis.Doc, ents []entity.Entity) []Quote {
	a := &analyzer{doc: doc, ents: ents, scratch: scratchPool.Get().(*scratch)}
	a.low.doc = doc
	defer a.scratch.release()
	a.spans, a.marks = pairMarks(doc, a.spans, a.marks)
	spans := a.spans
	a.quoted = make([]bool, len(doc.Paragraphs))
	// Quotations and reported speech in reading order, so that a quote
	// without a cue of its own takes the speaker just before it.
	next := 0
	for si, sen := range doc.Sentences {
		for ; next < len(spans) && spans[next].open < sen.End; next++ {
			a.marked(spans, next)
		}
		a.indirect(spans, si)
	}
	for ; next < len(spans); next++ {
		a.marked(spans, next)
	}
	out := a.out
	if out == nil {
		out = []Quote{}
	}
	slices.SortFunc(out, func(x, y Quote) int {
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return x.End - y.End
	})
	return out
}

type analyzer struct {
	doc  *analysis.Doc
	ents []entity.Entity
	out  []Quote
	// last is the speaker of the latest quote, by paragraph, for quotes
	// that continue it.
	last     speaker
	lastPara int
	lastEnd  int
	lastCue  *string
	// other is the person who spoke before last, and otherPara the
	// paragraph of that turn: the other party of an exchange.
	other     speaker
	otherPara int
	prevText  string // the words of the quotation before
	prevKind  Kind
	// prevEmitted: the quotation before was kept as a quote.
	prevEmitted bool
	quoted      []bool            // paragraphs with a quotation between marks
	persons     []personMention   // person mentions by end, built on first need
	orgs        []personMention   // organization mentions by end, built on first need
	names       map[string]string // surname → full name, built on first need
	orgNames    map[string]bool   // names of entities other than persons, built on first need
	couples     []coupled         // persons named as a couple, built on first need
	titleWords  [][]string        // each entity's title words, lower-cased, built on first need
	depth       int               // reports read after the first in a sentence
	k           int               // the first span not before the current sentence
	*scratch
}

// speakerName is an entity's name as a speaker, once known.
type speakerName struct {
	name  string
	known bool
}

// scratch holds word buffers, pooled across calls so that their growth is
// paid once rather than per article.
type scratch struct {
	ws     []word // the words of a sentence with a cue
	wb, wa []word // the words before and after a quotation
	wt, wr []word // for titleCase and resolve
	wc     []word // a partial quotation's sentence without it
	wp     []word // the sentence before a quotation
	wk     []word // around a person named next to a kin noun
	// speakerNames holds each entity's name as a speaker, by index,
	// filled on first need.
	speakerNames []speakerName
	spans        []span // the article's quotations between marks
	marks        []mark // the marks of a paragraph
	low          lowerer
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release returns sc to the pool without the text its words point into.
func (sc *scratch) release() {
	for _, b := range []*[]word{&sc.ws, &sc.wb, &sc.wa, &sc.wt, &sc.wr, &sc.wc, &sc.wp, &sc.wk} {
		clear((*b)[:cap(*b)])
		*b = (*b)[:0]
	}
	clear(sc.speakerNames)
	sc.speakerNames = sc.speakerNames[:0]
	sc.low.b.Reset()
	sc.low.size = 0
	sc.low.doc = nil
	scratchPool.Put(sc)
}

// speaker is a resolved speaker: the entity's name and ID and the mention.
type speaker struct {
	name, id *string
	mention  *entity.Mention
	person   bool // resolved to a person entity, or a pronoun for one
}

// marked analyses the quotation between marks spans[i].
func (a *analyzer) marked(spans []span, i int) {
	doc, text := a.doc, a.doc.Text
	s := spans[i]
	emitted := a.prevEmitted
	a.prevEmitted = false
	for p := s.paraFirst; p <= s.paraLast; p++ {
		a.quoted[p] = true
	}
	quoted := text[s.start:s.end]
	pFirst, pLast := doc.Paragraphs[s.paraFirst], doc.Paragraphs[s.paraLast]

	from := pFirst.Start
	prevInPara := i > 0 && spans[i-1].paraLast == s.paraFirst
	if prevInPara {
		from = spans[i-1].close
	}
	before, beforeWhole, wb := tailWords(&a.low, a.wb, text, from, s.open)
	a.wb = wb
	if n := len(before); n > 0 && len(before[n-1].text) > 2 && strings.HasSuffix(before[n-1].text, ".") && startsUpper(quoted) {
		// … at 3 a.m. "I woke everyone up," she said: an abbreviation
		// ended the sentence before.
		before, beforeWhole = before[:0], false
	}
	to := pLast.End
	if i+1 < len(spans) && spans[i+1].paraFirst == s.paraLast {
		to = spans[i+1].open
	}
	after, afterWhole := headWords(&a.low, a.wa[:0], text, s.close, to)
	a.wa = after

	// sameSentence: a quotation in the sentence of the one before it.
	sameSentence := prevInPara && beforeWhole && !terminal(a.prevText)
	kind := Direct
	var att attribution
	found := false
	preFrame, preOK := readFrame(preRules, doc, before)
	if n := len(before); !preOK && sameSentence && n > 1 && before[n-1].text == "," {
		// "…," wrote Trump on Twitter, "and therefore …": the sentence
		// goes on after its attribution.
		preFrame, preOK = readFrame(postRules, doc, before[:n-1])
	} else if !preOK && sameSentence && n > 1 && emitted && a.prevKind == Direct && cueOf(before[0]).invert && !startsUpper(quoted) {
		// "We stand ready" tweeted Johnson "to provide …": the same.
		preFrame, preOK = invertedAfter(doc, before)
		preOK = preOK && preFrame.se == n
	}
	if n := len(before); !preOK && n > 1 && startsUpper(quoted) && before[n-1].has(fReportParticiple) && before[n-2].text != "," {
		// …, writing "In addition, we …": the speaker of the clause the
		// participle hangs on.
		preFrame, preOK = attribution{ws: before, cs: n - 1, ce: n, inherit: true}, true
	}
	switch {
	case len(before) == 0:
	case preOK:
	case sameSentence && len(before) == 1 && before[0].is("and") && emitted && a.prevKind == Direct:
		// X said "…" and "…"
	case startsUpper(quoted) && speechCue(before[len(before)-1]):
		// … and wrote "May God protect …"
		if before[len(before)-1].is("read", "reads") && slices.ContainsFunc(sentenceTail(before), func(w word) bool { return signNouns[w.low] }) {
			return // A sign over the door reads "Repairs While U Wait": a text, not speech
		}
	case before[len(before)-1].is(":", ";") || before[len(before)-1].is("—", "–") && (startsUpper(quoted) || !unicode.IsLetter(firstRune(quoted))) ||
		before[len(before)-1].text == "," && startsUpper(quoted) && leadInClause(before):
		// A lead-in without a cue: Trump defended his decision, "As I …"
	default:
		kind = Partial
		if (workNouns[before[len(before)-1].low] || len(before) > 1 && workNouns[before[len(before)-2].low] && before[len(before)-1].capitalized()) && !calledObject(before) {
			return // a title or a term: the film "Jaws", so-called "straw"
		}
	}
	if terminal(quoted) {
		// The quotation ended its sentence: only a lower-case attribution
		// (…?" he asked) or a name and cue ending the sentence read on.
		if firstLower(after) || lastRune(quoted) != '.' {
			att, found = readFrame(postRules, doc, after)
			// …exempt?" Scicluna said, "…": a capitalized frame that
			// ends in a comma or colon before the next quote leads in to it.
			leadsOn := afterWhole && len(after) > 0 && after[len(after)-1].is(",", ":") && to < pLast.End
			found = found && (firstLower(after) || lastRune(quoted) != '.' && !leadsOn || att.ce == len(after) || att.se == len(after))
		}
	} else if endsClause(quoted) || firstLower(after) || len(after) > 0 && after[0].is(",", "—", "–") || kind == Partial {
		att, found = readFrame(postRules, doc, after)
	}
	if !found && kind == Direct && len(before) > 0 && len(after) > 0 && !after[0].punct && !after[0].is("and") && !endsUtterance(quoted) {
		kind = Partial // "neutralizing the threat …" is an aim of …
	}
	if !found && preOK {
		att, found = preFrame, true
	}
	if !found && kind == Partial {
		// Biden said his plan includes …, "to be able to …"
		ws := before
		if !terminal(quoted) {
			a.wc = append(append(a.wc[:0], before...), ownClause(after)...)
			ws = a.wc
		}
		att, found = sentenceCue(doc, ws, len(before))
	}

	if kind == Partial && a.titleCase(quoted) {
		return // "Person of the Year": a title
	}
	if !found && len(before) > 0 && before[len(before)-1].text == "," && len(after) > 0 && after[0].text == "," && a.titleCase(quoted) {
		return // his event, "Storm Area 51, They Can't Stop All of Us", was …: a title in apposition
	}
	q := Quote{Text: quoted, Start: s.start, End: s.end, Kind: kind}
	var sp speaker
	switch {
	case found && att.inherit:
		if sameSentence {
			sp = a.last
		} else if sb, se, ok := sentenceSubject(doc, before); ok {
			sp = a.resolve(before[sb].start, before[se-1].end, s.start)
		} else {
			sp = a.inherited(s.paraFirst, prevInPara)
		}
	case found && att.hasSpeaker():
		sp = a.resolve(att.ws[att.ss].start, att.ws[att.se-1].end, s.start)
		if cueOf(att.ws[att.cs]).fragment && kind == Partial && (!sp.person && len(strings.Fields(quoted)) < 4 || !strings.Contains(quoted, " ")) {
			return // Critics called the policy "woke": a term, not speech
		}
	case !found && sameSentence && len(before) > 0:
		// …said Day "founded …" which "led to …": the sentence's speaker.
		if !emitted || a.lastEnd != len(a.out) || a.last.name == nil || kind == Partial && len(strings.Fields(quoted)) < 4 && (a.titleCase(quoted) || a.prevKind != Partial) {
			return // the songs "Sugar Magnolia" and "Truckin'"
		}
		sp, q.Cue = a.last, a.lastCue
	case !found && len(before) > 0:
		// The president was concerned with "stemming the flow of …":
		// a long fragment, or a whole utterance after a lead-in, in a
		// sentence whose subject is a person.
		if kind == Partial && (len(strings.Fields(quoted)) < 4 || a.titleCase(quoted)) {
			return
		}
		sb, se, ok := sentenceSubject(doc, before)
		if rb, re, rok := relativeSubject(doc, before); rok && kind == Direct {
			sb, se, ok = rb, re, true
		}
		if ok {
			sp = a.resolve(before[sb].start, before[se-1].end, s.start)
		} else if kind == Direct && before[len(before)-1].text == "," {
			// During the premiere, "I felt like …": a lead-in without a
			// subject; the subject of the sentence before.
			sp = a.previousSubject(pFirst.Start, before[0].start, s.start)
		}
		if kind == Partial && !sp.person {
			return
		}
	case !found:
		if !endsUtterance(quoted) && (len(after) > 0 && !after[0].punct || a.titleCase(quoted) || len(strings.Fields(quoted)) <= 3) &&
			(!sentences(quoted) || len(after) > 0 && workNouns[after[0].low]) {
			return // "Woke" is a term …; "Uncle John's Band": a term or a title; "Where is …? …" sign: a text, not speech
		}
		if prevInPara && emitted || s.open == pFirst.Start {
			sp = a.inherited(s.paraFirst, prevInPara)
			if a.reply(s, before, after) {
				sp = a.other
			}
			if sp.name == nil && sp.mention == nil && s.paraFirst > 0 && s.open == pFirst.Start {
				sp = a.colonLeadIn(s.paraFirst-1, s.start)
			}
		} else {
			// McGurk criticized the decision. "The statement …": the
			// subject of the sentence before, also past a title in marks;
			// but the speaker of a report in that sentence (…, Zapata
			// said, adding …. "It's an isometric exercise …").
			sp = a.previousSubject(pFirst.Start, s.open, s.start)
			if q, ok := a.reportJustBefore(s.open); ok {
				sp = speaker{name: q.Speaker, id: q.SpeakerID, mention: q.SpeakerMention}
				sp.person = a.entityOf(sp) >= 0 && a.ents[a.entityOf(sp)].Type == entity.Person
			}
		}
	}
	if found {
		c := text[att.ws[att.cs].start:att.ws[att.ce-1].end]
		q.Cue = &c
	}
	q.Speaker, q.SpeakerID, q.SpeakerMention = sp.name, sp.id, sp.mention
	a.out = append(a.out, q)
	a.prevText, a.prevKind, a.prevEmitted = quoted, kind, true
	if sp.name != nil || sp.mention != nil {
		if sp.person && a.last.person && !sameEntity(sp, a.last) {
			a.other, a.otherPara = a.last, a.lastPara
		}
		a.last, a.lastCue, a.lastPara, a.lastEnd = sp, q.Cue, s.paraLast, len(a.out)
	} else if !found {
		a.lastPara = s.paraLast
	}
}

// previousSubject is the speaker named as the subject of the last sentence
// of text[from:to] (from the paragraph's start to a quotation), if it
// resolves to a name. It reads the text backwards only as far as that
// sentence.
func (a *analyzer) previousSubject(from, to, at int) speaker {
	prev := a.lastSentence(from, to)
	if sb, se, ok := sentenceSubject(a.doc, prev); ok {
		if sp := a.resolve(prev[sb].start, prev[se-1].end, at); sp.name != nil {
			return sp
		}
	}
	return speaker{}
}

// reportJustBefore returns the latest quote when it is a named speaker's
// report in the sentence just before offset at.
func (a *analyzer) reportJustBefore(at int) (Quote, bool) {
	si := a.doc.SentenceAt(at) - 1
	if si < 0 || len(a.out) == 0 {
		return Quote{}, false
	}
	q := a.out[len(a.out)-1]
	return q, q.Kind == Indirect && q.Speaker != nil && q.Start >= a.doc.Sentences[si].Start && q.End <= a.doc.Sentences[si].End
}

// lastSentence returns the words of the last sentence of text[from:to].
func (a *analyzer) lastSentence(from, to int) []word {
	text := a.doc.Text
	// Past the end of that sentence: spaces, closing marks, its stop.
	for to > from && (asciiSpace(text[to-1]) || isCloseMark(text[to-1:to])) {
		to--
	}
	if to > from && strings.IndexByte(".?!", text[to-1]) >= 0 {
		to--
	} else if r, n := utf8.DecodeLastRuneInString(text[from:to]); r == '”' || r == '’' {
		to -= n // … "up 'til now.” During …
		if to > from && strings.IndexByte(".?!", text[to-1]) >= 0 {
			to--
		}
	}
	prev, _, buf := tailWords(&a.low, a.wp, text, from, to)
	a.wp = buf
	return prev
}

// inherited is the speaker of a quotation without a cue of its own: the
// speaker of the quote before it in the paragraph, or of a quote in the
// paragraph just before.
func (a *analyzer) inherited(para int, prevInPara bool) speaker {
	if len(a.out) == 0 || a.lastEnd != len(a.out) && !prevInPara {
		return speaker{}
	}
	if a.lastPara == para || a.lastPara == para-1 && !prevInPara {
		return a.last
	}
	return speaker{}
}

// reply tells whether the quotation s, a paragraph of its own without a
// cue, is a short reply in an exchange: the two turns before it were two
// persons' quotations opening adjacent paragraphs, the last one just before
// it ("She found it." / "Dad." / "Well, it's true."). A reply of a few
// words is the other party's; a longer quotation continues the speaker
// before, the wire convention.
func (a *analyzer) reply(s span, before, after []word) bool {
	doc := a.doc
	if a.other.name == nil || !a.other.person || !a.last.person || a.lastEnd != len(a.out) || a.lastPara != s.paraFirst-1 ||
		a.otherPara != a.lastPara-1 || len(before) > 0 || len(after) > 0 || s.paraFirst != s.paraLast ||
		strings.Count(doc.Text[s.start:s.end], " ") > 3 || sameEntity(a.other, a.last) {
		return false
	}
	for _, p := range []int{a.otherPara, a.lastPara} {
		pr := doc.Paragraphs[p]
		if !isOpenMark(doc.Text, pr.Start, pr.End, false) && !isOpenMark(doc.Text, pr.Start, pr.End, true) {
			return false
		}
	}
	return true
}

// sameEntity tells whether two speakers are the same entity, or the same
// name when the entities missed them.
func sameEntity(x, y speaker) bool {
	if x.id != nil && y.id != nil {
		return *x.id == *y.id
	}
	return x.name != nil && y.name != nil && *x.name == *y.name
}

// colonLeadIn reads the attribution of a paragraph that ends with a colon
// ("Biden said:") for the quotation that opens the next one.
func (a *analyzer) colonLeadIn(para, at int) speaker {
	p := a.doc.Paragraphs[para]
	ws, _, buf := tailWords(&a.low, a.wk, a.doc.Text, p.Start, p.End)
	a.wk = buf
	if len(ws) == 0 || ws[len(ws)-1].text != ":" {
		return speaker{}
	}
	att, ok := readFrame(preRules, a.doc, ws)
	if !ok || !att.hasSpeaker() {
		return speaker{}
	}
	return a.resolve(att.ws[att.ss].start, att.ws[att.se-1].end, at)
}

// sentenceTail returns the words after the last sentence end in ws.
func sentenceTail(ws []word) []word {
	for i := len(ws) - 1; i >= 0; i-- {
		if ws[i].isTerminator() {
			return ws[i+1:]
		}
	}
	return ws
}

// sentenceHead returns the words before the first sentence end in ws.
func sentenceHead(ws []word) []word {
	for i, w := range ws {
		if w.isTerminator() {
			return ws[:i]
		}
	}
	return ws
}

// ownClause returns the words after a quotation up to a conjunction that
// opens another clause, which may have a speaker of its own: "…" in an
// "appalling tragedy" while Interior Minister Brudziński wrote …
func ownClause(ws []word) []word {
	for i, w := range ws {
		if w.is("while", "whereas", "although", "though", "but") {
			return ws[:i]
		}
	}
	return ws
}

// speechCue tells whether w is a cue that may take a whole quotation
// without a comma: … and wrote "May God …", …, saying "It is …".
func speechCue(w word) bool {
	k := cueOf(w)
	return k != (cue{}) && (!k.participle || w.has(fReportParticiple)) && (!k.fragment || w.is("read", "reads")) // The decree read "The crimes …"
}

// calledObject tells whether the words before a quotation end with the
// object of a fragment cue, as in called the project "exactly the kind of
// reuse we hope for": the quotation is the speaker's, not the project's
// title.
func calledObject(ws []word) bool {
	n := len(ws)
	if n >= 3 && cueOf(ws[n-2]).fragment && ws[n-1].capitalized() && !workNouns[ws[n-3].low] && !ws[n-3].has(fDeterminer) {
		return true // He called Brennan "the foundation of …"
	}
	return n >= 3 && ws[n-2].has(fDeterminer) && cueOf(ws[n-3]).fragment && !ws[n-3].is("read", "reads")
}

// leadInClause tells whether the words before a quotation and its comma
// may introduce it without a cue: "Trump, also on Twitter, defended his
// decision," but not a long sentence of the writer's own.
func leadInClause(ws []word) bool {
	if len(ws) > 16 {
		return false
	}
	for _, w := range ws {
		if w.is("that", "which") {
			return false
		}
	}
	return true
}

// sentences tells whether quoted words hold a sentence end followed by
// another sentence: speech glued to the writer's words ("… I actually
// asked them to make up some fake legs" to place at …), not a term.
func sentences(s string) bool {
	for i := strings.IndexAny(s, ".?!"); i >= 0 && i+2 < len(s); {
		if s[i+1] == ' ' && 'A' <= s[i+2] && s[i+2] <= 'Z' && i > 2 {
			return true
		}
		j := strings.IndexAny(s[i+1:], ".?!")
		if j < 0 {
			break
		}
		i += j + 1
	}
	return false
}

// terminal tells whether quoted words end a sentence.
func terminal(s string) bool {
	switch lastRune(s) {
	case '.', '?', '!':
		return true
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// endsUtterance tells whether quoted words end with punctuation.
func endsUtterance(s string) bool {
	switch lastRune(s) {
	case '.', ',', '?', '!', '—', '–', '…', ';', ':':
		return true
	}
	return false
}

// titleCase tells whether most words of s are capitalized, as in a title.
func (a *analyzer) titleCase(s string) bool {
	a.wt = words(&a.low, a.wt[:0], s, 0, len(s))
	caps, n := 0, 0
	for _, w := range a.wt {
		if w.punct || w.has(fDeterminer) || w.has(fNPInner) || w.has(fLeadIn) {
			continue
		}
		n++
		if w.capitalized() {
			caps++
		}
	}
	return n > 0 && caps*4 >= n*3
}
