package quote

import (
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/analysis"
)

// indirectRule reads reported speech from the words of a sentence: the
// reported clause ws[cl:cr] and the attribution.
type indirectRule func(doc *analysis.Doc, ws []word) (att attribution, cl, cr int, ok bool)

// indirectRules: `X said (that) …`, `X told reporters …`, `…, X said.`,
// `…, according to X.`, `According to X, …`.
var indirectRules = []indirectRule{accordingToLead, cueAside, cueLead, cueTrail, accordingTrail, participleReport, withReport}

// indirect finds reported speech in sentence si, in each of its parts: the
// sentence is split at semicolons outside quotations and after a quotation
// that ends a sentence ("… difficult." Police said …), which the analysis
// keeps as one.
func (a *analyzer) indirect(spans []span, si int) {
	doc, text := a.doc, a.doc.Text
	s := doc.Sentences[si]
	for a.k < len(spans) && spans[a.k].close <= s.Start {
		a.k++
	}
	if !mayReport(doc.SentenceTokens(si)) {
		return
	}
	a.ws = words(&a.low, a.ws[:0], text, s.Start, s.End)
	ws := a.ws
	from := 0
	for i := range ws {
		semi := ws[i].text == ";" && !a.inQuote(spans, ws[i].start)
		if i+1 < len(ws) && !semi && !(ws[i].isTerminator() || isCloseMark(ws[i].text) && i > 0 && (ws[i-1].isTerminator() || elidedStop(ws, i-1))) {
			continue
		}
		if i+1 < len(ws) && !semi && (isCloseMark(ws[i+1].text) || !ws[i+1].capitalized()) {
			continue
		}
		a.reported(spans, ws[from:i+1], s.Para)
		from = i + 1
	}
}

// elidedStop tells whether ws[i] closes an editor's bracketed stop: [.]
func elidedStop(ws []word, i int) bool {
	return i > 1 && ws[i].text == "]" && ws[i-1].isTerminator() && ws[i-2].text == "["
}

// mayReport tells cheaply whether a sentence has a cue word at all, so that
// most sentences are never split into words.
func mayReport(toks []analysis.Token) bool {
	for i := range toks {
		t := &toks[i] // not a copy of each token
		if n := len(t.Text); n == 0 || reportFirst[t.Text[0]]&reportLast[t.Text[n-1]]&(1<<(n&31)) == 0 {
			continue // most tokens, with one test that seldom fails
		}
		if k := reportKind(t.Text); k != 0 {
			// A participle reports speech only after a comma (…, saying
			// …; …," further saying …), not in "warning signs".
			if k == reportCue || i > 0 && (toks[i-1].Text == "," || toks[i-1].Text == "as" || i > 1 && toks[i-2].Text == "," || toks[i-1].Tag == "''") || withBefore(toks, i) {
				return true
			}
		} else if t.Text == "according" || t.Text == "According" {
			return true
		}
	}
	return false
}

// reportFirst and reportLast hold, by a word's first and by its last byte,
// a bit for the length of each word mayReport looks for (reporting words,
// "according"): a test without branches that rejects most tokens. A bit
// stands for the length modulo 32, so a longer token may pass it.
var reportFirst, reportLast [256]uint32

func indexReportEdges() {
	for _, w := range append(slices.Collect(maps.Keys(reportWords)), "according", "According") {
		reportFirst[w[0]] |= 1 << (len(w) & 31)
		reportLast[w[len(w)-1]] |= 1 << (len(w) & 31)
	}
}

// withBefore tells whether "with" stands a few tokens before toks[i]: with
// the ministry saying ….
func withBefore(toks []analysis.Token, i int) bool {
	for j := i - 2; j > 0 && i-j <= 8; j-- {
		if toks[j].Text == "with" && toks[j-1].Text == "," {
			return true
		}
	}
	return false
}

// hasMark tells whether s holds a double quote mark.
func hasMark(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			return true
		case '\'':
			if i+1 < len(s) && s[i+1] == '\'' {
				return true
			}
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D || s[i+2] == 0x9E) {
				return true
			}
		case 0xC2:
			if i+1 < len(s) && (s[i+1] == 0xAB || s[i+1] == 0xBB) {
				return true
			}
		}
	}
	return false
}

// inQuote tells whether offset off lies inside a quotation, from its opening
// mark to its last word.
func (a *analyzer) inQuote(spans []span, off int) bool {
	for k := a.k; k < len(spans) && spans[k].open <= off; k++ {
		if off < spans[k].end {
			return true
		}
	}
	return false
}

// quoteEnd returns, when offset end lies inside a quotation that closes by
// offset last, the end of its closing mark; else end.
func (a *analyzer) quoteEnd(spans []span, end, last int) int {
	for k := a.k; k < len(spans) && spans[k].open < end; k++ {
		if end <= spans[k].end && spans[k].close <= last+1 {
			text := a.doc.Text
			c := spans[k].close
			if strings.HasPrefix(text[c:], "''") {
				return c + 2
			}
			if _, n := utf8.DecodeRuneInString(text[c:]); isMark(text[c : c+n]) {
				return c + n
			}
			return end // a quotation left open
		}
	}
	return end
}

// quotedShare is the share of text[start:end] inside quotations.
func quotedShare(spans []span, k, start, end int) float64 {
	in := 0
	for ; k < len(spans) && spans[k].open < end; k++ {
		in += max(0, min(end, spans[k].close)-max(start, spans[k].open))
	}
	return float64(in) / float64(max(end-start, 1))
}

func isMark(s string) bool { return hasMark(s) || s == "'" || s == "’" || s == "‘" }

func isCloseMark(s string) bool { return s == "\"" || s == "”" || s == "’" || s == "'" }

// reported reads reported speech from the words of one sentence.
func (a *analyzer) reported(spans []span, ws []word, para int) {
	if len(ws) == 0 {
		return
	}
	doc, text := a.doc, a.doc.Text
	for len(ws) > 1 && isCloseMark(ws[0].text) && ws[1].capitalized() {
		ws = ws[1:] // the closing mark of the sentence before: " He said …
	}
	// The reported clause ends before the sentence's final stop.
	n := len(ws)
	if ws[n-1].isTerminator() || ws[n-1].text == ";" {
		n--
	}
	for _, r := range indirectRules {
		att, cl, cr, ok := r(doc, ws[:n])
		for ok && cl < cr && ws[cl].text == "," {
			cl++ // reported, in a phone call in July, Trump might …
		}
		for ok && cl < cr && ws[cr-1].text == "," {
			cr-- // … would be cancelled, until …
		}
		if !ok || cr-cl < 3 || !hasMainVerb(doc, ws[cl:cr]) {
			continue
		}
		// Speech is reported only outside quotations: the cue, its speaker
		// and the reported clause's edges stand outside every quotation (X
		// said he was "not giving up", but not "…," X said), and most of
		// the clause is the writer's own words.
		end := ws[cr-1].end
		if cr == n {
			// … the decision had been "a long time coming.": a quotation
			// that ends the sentence ends the clause with its mark.
			end = a.quoteEnd(spans, end, ws[len(ws)-1].end)
		}
		if isMark(ws[cl].text) || quotedShare(spans, a.k, ws[cl].start, end) > 0.97 || a.inQuote(spans, ws[cl].start) || a.inQuote(spans, end-1) ||
			a.inQuote(spans, ws[att.cs].start) || att.hasSpeaker() && a.inQuote(spans, ws[att.ss].start) {
			if t := trailEnd(doc, ws, att); att.cs >= cr && t+1 < n && ws[t].text == "," && ws[t+1].has(fReportParticiple) {
				continue // "…," she said, noting …: the participle's report
			}
			a.reportedAfter(spans, ws, cl, cr, n, para)
			return
		}
		q := Quote{Text: text[ws[cl].start:end], Start: ws[cl].start, End: end, Kind: Indirect}
		c := text[ws[att.cs].start:ws[att.ce-1].end]
		q.Cue = &c
		sp := a.resolve(ws[att.ss].start, ws[att.se-1].end, ws[att.ss].start)
		q.Speaker, q.SpeakerID, q.SpeakerMention = sp.name, sp.id, sp.mention
		a.out = append(a.out, q)
		if sp.name != nil {
			a.last, a.lastPara, a.lastEnd = sp, para, len(a.out)
		}
		after := cr
		if att.cs >= cr {
			after = trailEnd(doc, ws, att) // …, officials told state media, adding that …
		}
		if !a.alsoReported(spans, ws[:n], after, sp) {
			a.reportedAfter(spans, ws, cl, cr, n, para)
		}
		return
	}
	// No report in the sentence's first clause: one after ", while" (…
	// of "36 people under the rubble", while Klimov indicated 68 were …).
	for t := 1; t+3 < n; t++ {
		if ws[t-1].text == "," && ws[t].is("while", "whereas") && !a.inQuote(spans, ws[t].start) {
			a.reportedAfter(spans, ws, t-1, t, n, para)
			return
		}
	}
}

// alsoReported reads a second report by the same speaker right after the
// reported clause that ends at ws[cr]: "…, adding that …", "… and predicted
// that …".
func (a *analyzer) alsoReported(spans []span, ws []word, cr int, sp speaker) bool {
	doc, n, t := a.doc, len(ws), cr
	if t < n && isCloseMark(ws[t].text) {
		t++
	}
	if t < n && ws[t].text == "," {
		t++
	}
	c := -1
	switch {
	case t < n && ws[t].has(fReportParticiple):
		c = t
	case t+1 < n && ws[t].is("and", "but") && cueOf(ws[t+1]).indirect:
		c = t + 1
	case t+2 < n && ws[t].is("and", "but") && ws[t+1].has(fBetween) && cueOf(ws[t+2]).indirect:
		c = t + 2 // and later said
	}
	if c < 0 {
		return false
	}
	cl, cr2, ok := clauseAfterCue(doc, ws, c, ws[c].is("telling") || cueOf(ws[c]).object)
	if !ok || cr2-cl < 3 || !hasVerb(doc, ws[cl:cr2]) || isMark(ws[cl].text) || a.inQuote(spans, ws[cl].start) ||
		a.inQuote(spans, ws[cr2-1].end-1) || quotedShare(spans, a.k, ws[cl].start, ws[cr2-1].end) > 0.75 {
		return false
	}
	text := doc.Text
	cue := text[ws[c].start:ws[c].end]
	a.out = append(a.out, Quote{Text: text[ws[cl].start:ws[cr2-1].end], Start: ws[cl].start, End: ws[cr2-1].end, Kind: Indirect,
		Speaker: sp.name, SpeakerID: sp.id, SpeakerMention: sp.mention, Cue: &cue})
	return true
}

// reportedAfter reads a second report in the rest of a sentence whose first
// reported clause ws[cl:cr] ends at a conjunction: … while Interior
// Minister Brudziński wrote he had …
// At most three reports are read from one sentence, which keeps the cost
// linear on sentences made of thousands of clauses.
func (a *analyzer) reportedAfter(spans []span, ws []word, cl, cr, n, para int) {
	if cr+2 < n && ws[cr].text == "," && ws[cr+1].is("but") {
		cr++ // …, but its local manager, Sarah Okonkwo, said …
	}
	if cr+1 < n && cr > cl && ws[cr].is("while", "whereas", "but", ";") && a.depth < 3 {
		a.depth++
		a.reported(spans, ws[cr+1:n], para)
		a.depth--
	}
}

// apposition tells whether ws, after an attribution, describes the speaker
// (", the U.S. Attorney for …", ", who said …") rather than going on with the
// sentence the attribution interrupts (", highlighted the significance …").
func apposition(doc *analysis.Doc, ws []word) bool {
	if len(ws) < 2 || ws[0].text != "," {
		return false
	}
	if ws[1].is("who", "which", "whose", "whom") {
		return true
	}
	// …, a folklorist at Berea College who has studied …: a relative
	// clause before any verb of the phrase's own.
	for k, w := range ws[1:] {
		if w.has(fRelative) && k > 0 {
			return true
		}
		if w.punct || finiteVerb(doc, w) {
			break
		}
	}
	return !hasVerb(doc, ws[1:])
}

// verbBeforeComma tells whether a reported clause without "that" has its
// verb before its first comma, unlike an object noun phrase (announced a
// withdrawal from the region, beyond the one first announced …).
func verbBeforeComma(doc *analysis.Doc, ws []word) bool {
	for i, w := range ws {
		if w.text != "," {
			continue
		}
		if hasVerb(doc, ws[:i]) {
			return true
		}
		// the company's shares, which rose 75 cents, could gain …; piracy,
		// perhaps to obtain the cargo, is now …: the subject's verb after
		// a parenthesis.
		inMark := false // a title in marks may hold commas: his event, "Storm Area 51, They …", was
		for j := i + 1; j+1 < len(ws) && j-i < 24; j++ {
			if isMark(ws[j].text) {
				inMark = !inMark
			}
			if ws[j].text == "," && !inMark {
				return finiteVerb(doc, ws[j+1])
			}
		}
		return false
	}
	return true
}

// hasVerb tells whether ws holds a finite verb. The tagger often reads a past
// tense right after its subject as a participle (the bill/NN contained/VBN),
// so a VBN right after a noun or pronoun counts too.
func hasVerb(doc *analysis.Doc, ws []word) bool {
	return verbIn(doc, ws, false)
}

// hasMainVerb is hasVerb, but a verb right after a relative pronoun does not
// count: "her retirement at a news conference in the arena that has carried
// her name" is a noun phrase, not a clause.
func hasMainVerb(doc *analysis.Doc, ws []word) bool {
	return verbIn(doc, ws, true)
}

func verbIn(doc *analysis.Doc, ws []word, main bool) bool {
	for i, w := range ws {
		if main && i > 0 && ws[i-1].has(fRelative) {
			continue
		}
		switch tag := tagOf(doc, w); {
		case tag == "VBD", tag == "VBZ", tag == "VBP", tag == "MD":
			return true
		case tag == "NNS" && i >= 2 && ws[i-1].punct && isMark(ws[i-1].text) && strings.HasPrefix(tagOf(doc, ws[i-2]), "NN") && !w.capitalized():
			return true // currencies "costs Africa …": a verb the tagger read as a plural after the subject
		case tag == "VBN":
			if i > 0 && (strings.HasPrefix(tagOf(doc, ws[i-1]), "NN") || tagOf(doc, ws[i-1]) == "PRP" || ws[i-1].is("this", "that", "these", "those")) {
				return true
			}
		}
	}
	return false
}

// clauseFrom skips a leading conjunction and a short introductory phrase
// ("On Monday, …", "However, …") and returns where the main clause starts.
func clauseFrom(ws []word) int {
	i := 0
	if len(ws) > 1 && (ws[0].text == "(" || ws[0].capitalized() && allCaps(ws[0].text)) {
		i = datelineEnd(ws) // (CNN) — Federal officials said …
	}
	for i < len(ws) && !ws[i].punct && ws[i].has(fClauseStart) && !ws[i].is("that", "what", "who", "which") {
		i++
	}
	if i < len(ws) && ws[i].text == "," {
		i++
	}
	for j := i; j < len(ws) && j-i < 8; j++ {
		if ws[j].text == "," {
			// On Monday, …; Speaking to reporters, …
			// After the vote, …: a preposition read above as a conjunction.
			prep := i > 0 && ws[i-1].has(fLeadIn) && !ws[i-1].is("as", "when", "while")
			if ws[i].has(fLeadIn) || prep || isAdverb(ws[i]) || ws[j-1].has(fTimeNoun) || strings.HasSuffix(ws[i].low, "ing") && ws[i].capitalized() {
				return j + 1
			}
			break
		}
	}
	return i
}

// `X said (on Monday) (that) …`, `X told reporters (that) …`.
func cueLead(doc *analysis.Doc, ws []word) (attribution, int, int, bool) {
	i := clauseFrom(ws)
	commas, verb, verbs, lastVerb := 0, false, 0, 0
	rel := false          // inside ", who …,"
	relCue, who := -1, -1 // a cue right after ", who (has)"
	for c := i + 1; c < len(ws) && c-i < 32; c++ {
		k := cueOf(ws[c])
		if rel && k.indirect && relCue < 0 {
			if w := c - 1; ws[w].is("who") || w > 0 && ws[w].has(fBetween) && ws[w-1].is("who") {
				relCue, who = c, c-1
				if !ws[w].is("who") {
					who--
				}
			}
		}
		if !k.indirect || rel {
			// A cue inside a relative clause between commas is not the
			// sentence's: Angela Ruiz, who wrote the proposal, said …
			if ws[c].text == "," {
				commas++
				rel = !rel && c+1 < len(ws) && ws[c+1].is("who", "which", "whose")
			}
			if ws[c].punct && ws[c].text != "," && !isMark(ws[c].text) && ws[c].text != "(" && ws[c].text != ")" && ws[c].text != "%" {
				break
			}
			// A verb leaves only a coordinated cue (declined the request
			// and said …), except in an apposition between commas:
			// Callamard, who had investigated the case, cautioned …
			if commas%2 == 0 && !rel && finiteVerb(doc, ws[c]) && !ws[c].has(fBetween) && !titleBeforeName(ws, c) {
				verb, verbs, lastVerb = true, verbs+1, c
			}
			continue
		}
		if c >= 2 && ws[c-1].is("to") && declines[ws[c-2].low] {
			return attribution{}, 0, 0, false // She declined to say how …: nothing said
		}
		toVerb := ws[c-1].is("to") && verbs == 1 && c-lastVerb <= 5
		if verb && !ws[c-1].is("and", "but") && !toVerb && !conjunctionBefore(ws, c) {
			return attribution{}, 0, 0, false // no clause of its own: see below
		}
		s, e, ok := subjectBefore(doc, ws, c)
		// … and Dorsey said she had …: a clause of its own after a
		// conjunction, with a name or pronoun as its subject.
		coord := ok && s > i+1 && (ws[s-1].is("and", "but") || ws[s-1].has(fClauseStart) && !ws[s-1].has(fRelative)) && (ws[s].has(fPronoun) || ws[s].capitalized()) ||
			ok && s > i+3 && ws[s].is("the") && timeAfterAnd(ws, s) // … and on Friday the government announced …
		if verb && !coord && !ws[c-1].is("and", "but") && !toVerb {
			// went on to say: the verb that takes "to" is no other clause.
			return attribution{}, 0, 0, false
		}
		if (!ok || verb && !coord) && ws[c-1].is("and", "but") {
			// The embassy declined the request and said …
			s, e, ok = sentenceSubject(doc, ws[i:c-1])
			s, e = s+i, e+i
		}
		// The subject opens the clause, or is a name in apposition to it:
		// Barrasso's spokesman, Tom Lee, said …
		atStart := s == i || s > i+1 && ws[s-1].text == "," && !hasVerb(doc, ws[i:s-1]) || s > i && nounModifiers(doc, ws[i:s]) ||
			s == i+2 && ws[i].has(fLeadIn) && (ws[i+1].has(fTimeNoun) || ws[i+1].has(fMonth)) // On Friday Ford announced
		if !ok || !atStart && !coord && !ws[c-1].is("and", "but") || !mayReportSpeech(doc, ws[s:e]) {
			return attribution{}, 0, 0, false // Amongst reported incidents …
		}
		cl, cr, ok := clauseAfterCue(doc, ws, c, k.object)
		return attribution{ws: ws, cs: c, ce: c + 1, ss: s, se: e}, cl, cr, ok
	}
	if who >= 2 && ws[who-1].text == "," {
		// … spoke to the Navy, who told it this was unconfirmed: the
		// report of the relative clause, by the person it hangs on, up to
		// the sentence's own verb (Reams, who has said he would …, was
		// unmoved).
		// Not after "according to police, who said": the source of the
		// sentence's own report.
		if s := npBack(doc, ws, who-2); s >= 0 && mayReportSpeech(doc, ws[s:who-1]) && !(s >= 2 && ws[s-2].is("according") && ws[s-1].is("to")) {
			cl, cr, ok := clauseAfterCue(doc, ws, relCue, cueOf(ws[relCue]).object)
			for t := cl + 1; ok && t+1 < cr; t++ {
				if ws[t].text == "," && finiteVerb(doc, ws[t+1]) {
					cr = t
				}
			}
			return attribution{ws: ws, cs: relCue, ce: relCue + 1, ss: s, se: who - 1}, cl, cr, ok
		}
	}
	return attribution{}, 0, 0, false
}

// conjunctionBefore tells whether a conjunction stands among the few words
// before the cue ws[c], where a clause of its own may open.
func conjunctionBefore(ws []word, c int) bool {
	for j := c - 1; j >= 0 && c-j <= 8 && !ws[j].punct; j-- {
		if ws[j].has(fClauseStart) {
			return true
		}
	}
	return false
}

// clauseAfterCue returns the reported clause after the cue ws[c], past its
// hearer (told reporters), an adverbial (said on Monday) and "that".
func clauseAfterCue(doc *analysis.Doc, ws []word, c int, object bool) (cl, cr int, ok bool) {
	j := c + 1
	if object {
		j = npForward(doc, ws, j)
		if j == c+1 && j < len(ws) && !ws[j].punct && !ws[j].is("that") {
			j++ // told reporters, told him
		}
		if j < len(ws) && finiteVerb(doc, ws[j]) {
			// told The Jakarta Post radio broadcasts were …: the hearer
			// ends with its name.
			for h := c + 2; h+1 < j; h++ {
				if ws[h].capitalized() && !ws[h+1].capitalized() && !ws[h+1].punct && !ws[h+1].has(fNPInner) {
					j = h + 1
					break
				}
			}
		}
		// telling a room of former players, boosters and a few teary
		// assistants that …: a hearer listed over commas.
		for t := j; t < len(ws) && t-j < 14 && !finiteVerb(doc, ws[t]) && (!ws[t].punct || ws[t].text == ","); t++ {
			if ws[t].is("that") {
				j = t
				break
			}
		}
	}
	if ws[c].is("tell") && (j >= len(ws) || !ws[j].is("that")) {
		return 0, 0, false // likes to tell visitors that …; but not: they tell us something about …
	}
	for j < len(ws) {
		switch {
		case ws[j].has(fTemporal):
			j++ // told reporters today …, said Monday night …
			if j < len(ws) && ws[j].has(fTimeNoun) {
				j++
			}
			continue
		case j+1 < len(ws) && ws[j].has(fLeadIn) && (ws[j+1].has(fTimeNoun) || ws[j+1].has(fMonth) || isNumber(ws[j+1].text, 4, 4)):
			j += 2 // said on Friday …, said late Sunday …, said in May …
			continue
		}
		break
	}
	// An adverbial before "that": said on Monday that …, said in a
	// financial filing to the U.S. Securities and Exchange Commission that …
	for t := j; t < len(ws) && t-j < 14; t++ {
		if ws[t].is("that") {
			if adverbial(doc, ws[j:t], false) {
				j = t
			}
			break
		}
		if ws[t].punct && ws[t].text != "," || finiteVerb(doc, ws[t]) {
			break
		}
	}
	if j < len(ws) && ws[j].is("that") {
		j++
	} else if !verbBeforeComma(doc, ws[j:]) {
		return 0, 0, false // announced a complete withdrawal from the region, …
	} else if j < len(ws) && (ws[j].punct || ws[j].has(fLeadIn) && !ws[j].capitalized() && !ws[j].has(fDeterminer) || strings.HasPrefix(tagOf(doc, ws[j]), "VB")) && !opensSubject(doc, ws, j) {
		return 0, 0, false // said in a statement; stressed getting …
	}
	// people changed their minds and several said …: a second report
	// ends the first.
	cr = clauseEnd(doc, ws, j)
	for t := j + 1; t+1 < cr; t++ {
		if ws[t].is("and", "but") && t+4 < len(ws) {
			for u := t + 1; u < t+5; u++ {
				if cueOf(ws[u]).indirect {
					cr = t
				}
			}
			if cr != len(ws) {
				break
			}
		}
	}
	return j, cr, j < cr
}

// opensSubject tells whether ws[j], a preposition, adverb or verb right
// after a cue, opens the subject of a reported clause: there have been …,
// about 2,300 customers were …, selling now would mean ….
func opensSubject(doc *analysis.Doc, ws []word, j int) bool {
	if j+1 >= len(ws) {
		return false
	}
	switch {
	case ws[j].is("there"):
		return finiteVerb(doc, ws[j+1])
	case ws[j].is("about", "over", "under", "around", "nearly", "almost", "up"):
		return tagOf(doc, ws[j+1]) == "CD" || ws[j].is("up") && ws[j+1].is("to")
	case tagOf(doc, ws[j]) == "VBG":
		for k := j + 1; k < len(ws) && k-j <= 3 && !ws[k].punct; k++ {
			if finiteVerb(doc, ws[k]) {
				return true
			}
		}
	}
	return false
}

// `…, saying (that) …`, `…, telling reporters (that) …`: a participle cue
// after the sentence's own clause; its speaker is the sentence's subject.
func participleReport(doc *analysis.Doc, ws []word) (attribution, int, int, bool) {
	for k := 2; k+3 < len(ws); k++ {
		if ws[k].text != "," && !ws[k].is("as") || !ws[k+1].has(fReportParticiple) {
			continue
		}
		var s, e int
		var ok bool
		switch {
		case ws[k].is("as"):
			// The BBC cited Budi Gunawan, chief of …, as saying …: the one
			// cited; Putin was quoted by state media as saying …: the
			// subject.
			if s, e, ok = citedObject(doc, ws, k); !ok {
				s, e, ok = sentenceSubject(doc, ws[:k])
			}
		case cueOf(ws[k-1]).indirect:
			// …, Zapata said, adding …: the attribution's speaker.
			s, e, ok = subjectBefore(doc, ws, k-1)
		case k >= 3 && cueOf(ws[k-2]).invert && ws[k-1].capitalized():
			s, e, ok = k-1, k, true // …, said Zapata, adding …
		default:
			s, e, ok = sentenceSubject(doc, ws[:k])
			ok = ok && e-s <= 6 && hasVerb(doc, ws[e:k])
		}
		if !ok || !mayReportSpeech(doc, ws[s:e]) {
			return attribution{}, 0, 0, false
		}
		cl, cr, ok := clauseAfterCue(doc, ws, k+1, ws[k+1].is("telling"))
		return attribution{ws: ws, cs: k + 1, ce: k + 2, ss: s, se: e}, cl, cr, ok
	}
	return attribution{}, 0, 0, false
}

// `…, with the Department of Transport saying (that) …`: the participle's
// speaker is the noun phrase after "with".
func withReport(doc *analysis.Doc, ws []word) (attribution, int, int, bool) {
	for k := 1; k+3 < len(ws); k++ {
		if ws[k-1].text != "," || !ws[k].is("with") {
			continue
		}
		e := npForward(doc, ws, k+1)
		if e == k+1 || e >= len(ws) || !ws[e].has(fReportParticiple) {
			continue
		}
		cl, cr, ok := clauseAfterCue(doc, ws, e, ws[e].is("telling"))
		return attribution{ws: ws, cs: e, ce: e + 1, ss: k + 1, se: e}, cl, cr, ok
	}
	return attribution{}, 0, 0, false
}

// citedObject returns the object of "cited"/"quoted" that stands before
// ws[k] ("as saying"), past an apposition between commas.
func citedObject(doc *analysis.Doc, ws []word, k int) (s, e int, ok bool) {
	j := k - 1
	if ws[j].text == "," {
		for j--; j > 0 && ws[j].text != "," && k-j < 16; j-- {
		}
		j--
	}
	if j < 1 {
		return 0, 0, false
	}
	n := npBack(doc, ws, j)
	if n < 1 || !ws[n-1].is("cited", "quoted", "quotes", "cites", "citing", "quoting") {
		return 0, 0, false
	}
	return n, j + 1, true
}

// nounModifiers tells whether ws, before a speaker phrase read back from its
// cue, still belong to the subject or to a time before it: "AU trade and"
// (industry commissioner Albert Muchanga), "Yesterday" (the agency told).
func nounModifiers(doc *analysis.Doc, ws []word) bool {
	if len(ws) > 6 {
		return false
	}
	for _, w := range ws {
		if w.punct || finiteVerb(doc, w) || w.has(fPronoun) || w.has(fRelative) || w.has(fDeterminer) || tagOf(doc, w) == "IN" && !w.is("and") {
			return false
		}
	}
	return true
}

// mayReportSpeech tells whether the words before a cue of reported speech
// can be its speaker rather than a noun phrase that the cue, read as an
// adjective, modifies: not "Amongst reported incidents", "An estimated four
// million people", "One of the stated goals", "the total reported
// casualties".
func mayReportSpeech(doc *analysis.Doc, ws []word) bool {
	if len(ws) == 0 || tagOf(doc, ws[0]) == "IN" || ws[0].has(fPreposition) {
		return false
	}
	last := ws[len(ws)-1]
	if len(ws) > 1 && ws[0].has(fDeterminer) && ws[1].has(fQuantity) {
		return false // A total of 39 …
	}
	return !last.has(fDeterminer) && !last.has(fNPInner) && !last.has(fQuantity) && tagOf(doc, last) != "CD"
}

// clauseEnd returns where the reported clause that starts at ws[j] ends: at a
// semicolon, or before ", and"/", but" that goes on with a verb of the
// sentence's own subject or with a quotation (X said A, and was in a
// "serious" condition; X said A, but "…").
func clauseEnd(doc *analysis.Doc, ws []word, j int) int {
	for t := j + 1; t < len(ws); t++ {
		if ws[t].text == ";" || ws[t].is("while", "whereas") || ws[t].text == ":" && t+1 < len(ws) && isMark(ws[t+1].text) {
			return t // …; …: "What will stop Ebola …"
		}
		if ws[t].text == "," || ws[t].low == "without" {
			for _, tail := range writerTails {
				if tail(doc, ws, t) {
					return t
				}
			}
		}
		if ws[t].is("and", "but") && t+2 < len(ws) && ws[t+1].punct && isMark(ws[t+1].text) && ws[t+1].end == ws[t+2].start && ws[t-1].text != "," {
			return t // … each and "spared your children …"
		}
		if ws[t].punct && isMark(ws[t].text) && t > j+1 && t+1 < len(ws) && ws[t].end == ws[t+1].start && ws[t+1].capitalized() && strings.HasSuffix(ws[t-1].text, ".") {
			return t // … at 3 a.m. "I woke everyone up," she said: a new sentence
		}
		if ws[t].punct && isMark(ws[t].text) && t+2 < len(ws) && ws[t+1].is("and", "but") {
			if ws[t].end == ws[t+1].start {
				return t // … by doctors "and there is hope …"
			}
			if cueOf(ws[t+2]).indirect {
				return t + 1 // … "can't keep their house in order," and predicted …
			}
		}
		if ws[t].text == "," && t+2 < len(ws) && ws[t+1].has(fReportParticiple) {
			return t // …, adding that …: a report of its own
		}
		if ws[t].is("but") && t+2 < len(ws) && finiteVerb(doc, ws[t+1]) && ws[t+2].is("whether", "if", "that", "how", "why") {
			return t // … he supported more housing but questioned whether …
		}
		if t+2 < len(ws) && (ws[t].text == "," || isCloseMark(ws[t].text)) && (ws[t+1].has(fBetween) || isAdverb(ws[t+1])) && ws[t+2].has(fReportParticiple) {
			if ws[t].text == "," {
				return t
			}
			return t + 1 // … "costs Africa $5 billion," further saying …
		}
		if ws[t].text == "," && t+2 < len(ws) && ws[t+1].is("and", "but") {
			if n := ws[t+2]; finiteVerb(doc, n) || n.punct && isMark(n.text) {
				return t
			}
		}
	}
	return len(ws)
}

// writerTails tell whether the writer's own words take over from a
// reported clause at ws[t].
var writerTails = []func(doc *analysis.Doc, ws []word, t int) bool{concessiveTail, participleTail, withoutTail, appositionTail, reportTail, calledTail}

// `…, though she declined to say how many`, `…, despite photos showing …`.
func concessiveTail(_ *analysis.Doc, ws []word, t int) bool {
	return ws[t].text == "," && t+2 < len(ws) && (ws[t+1].is("though", "although", "despite") || ws[t+1].is("even") && ws[t+2].is("though"))
}

// `…, which he called "the worst possible setup" for crews`: a relative
// clause with the speaker as its subject, the writer's words around a
// partial quotation of its own.
func calledTail(_ *analysis.Doc, ws []word, t int) bool {
	return ws[t].text == "," && t+3 < len(ws) && ws[t+1].is("which") && ws[t+2].is("he", "she", "they", "we") && cueOf(ws[t+3]).fragment
}

// `…, blaming a £38m hole in its finances`: the writer telling what the
// speaker did in saying it; but not what the reported words go on to say
// (his plan, providing housing …; …, eliminating 1,800 jobs).
func participleTail(_ *analysis.Doc, ws []word, t int) bool {
	return ws[t].text == "," && t+2 < len(ws) && speechActs[ws[t+1].low]
}

// speechActs are participles of what a speaker does with words.
var speechActs = set("blaming", "accusing", "urging", "vowing", "pledging", "promising", "criticizing",
	"criticising", "praising", "defending", "denying", "dismissing", "rejecting", "welcoming", "thanking",
	"apologizing", "apologising", "threatening", "announcing", "declining", "refusing", "condemning",
	"calling", "demanding", "pointing", "describing", "labelling", "labeling", "branding", "citing")

// `… without elaborating`, `… without providing evidence`.
func withoutTail(doc *analysis.Doc, ws []word, t int) bool {
	return ws[t].is("without") && t+1 < len(ws) && len(ws)-t <= 5 && tagOf(doc, ws[t+1]) == "VBG"
}

// `…, the largest bet yet by a small American city that …`: a noun phrase
// in apposition to the whole clause, with no verb before a relative clause.
func appositionTail(doc *analysis.Doc, ws []word, t int) bool {
	if ws[t].text != "," || t+4 >= len(ws) || !ws[t+1].is("the", "a", "an") || ws[t+2].capitalized() {
		return false // not a list: …, Spain, the United Arab Emirates and …
	}
	rel := false
	for _, w := range ws[t+1:] {
		rel = rel || w.has(fRelative)
		if w.punct || !rel && finiteVerb(doc, w) {
			return false
		}
	}
	return true
}

// `…, but its local manager, Sarah Okonkwo, said …`: a report of its own,
// read after the first.
func reportTail(_ *analysis.Doc, ws []word, t int) bool {
	if ws[t].text != "," || t+3 >= len(ws) || !ws[t+1].is("but") {
		return false
	}
	for u := t + 2; u < len(ws) && u-t < 12; u++ {
		if cueOf(ws[u]).indirect {
			return true
		}
	}
	return false
}

// `Local authorities, according to Maritime Bulletin, have noted …`: the
// attribution between the subject and its verb; the report is the whole
// sentence.
func accordingToInside(doc *analysis.Doc, ws []word) (attribution, int, int, bool) {
	for p := 1; p+3 < len(ws) && p < 10; p++ {
		if ws[p].punct && ws[p].text != "," {
			break
		}
		if ws[p].text != "," || !ws[p+1].is("according") || !ws[p+2].is("to") {
			continue
		}
		if hasVerb(doc, ws[:p]) {
			return attribution{}, 0, 0, false
		}
		for q := p + 3; q+1 < len(ws) && q-p < 12; q++ {
			if ws[q].text == "," {
				if !finiteVerb(doc, ws[q+1]) {
					return attribution{}, 0, 0, false
				}
				e := npForward(doc, ws, p+3)
				if e == p+3 || e > q {
					e = q
				}
				return attribution{ws: ws, cs: p + 1, ce: p + 3, ss: p + 3, se: e}, clauseOpen(ws, p), len(ws), true
			}
		}
		return attribution{}, 0, 0, false
	}
	return attribution{}, 0, 0, false
}

// `In between, she testified, she was …`, `Later, he said, the police …`:
// a parenthetical attribution after a short opening adverbial.
func cueAside(doc *analysis.Doc, ws []word) (attribution, int, int, bool) {
	if len(ws) < 6 || !(ws[0].has(fLeadIn) || ws[0].has(fPreposition) || isAdverb(ws[0]) || ws[0].has(fClauseStart)) {
		return cueAsideLate(doc, ws)
	}
	k := -1
	for i := 1; i < len(ws) && i < 7 && k < 0; i++ {
		if ws[i].text == "," {
			k = i
		} else if ws[i].punct {
			break
		}
	}
	if k > 0 && k+3 < len(ws) && cueOf(ws[k+1]).invert && cueOf(ws[k+1]).indirect {
		// Because warm water is buoyant, says the study, it rises …: the
		// report is the whole sentence.
		if e := npForward(doc, ws, k+2); e > k+2 && e+1 < len(ws) && ws[e].text == "," {
			return attribution{ws: ws, cs: k + 1, ce: k + 2, ss: k + 2, se: e}, clauseOpen(ws, k), len(ws), true
		}
	}
	for c := k + 2; k > 0 && c+1 < len(ws) && c-k <= 5 && !ws[c].punct; c++ {
		if k := cueOf(ws[c]); !k.indirect || k.object {
			continue
		}
		if ws[c+1].text != "," {
			break
		}
		s, e, ok := subjectBefore(doc, ws, c)
		if !ok || s != k+1 {
			break
		}
		return attribution{ws: ws, cs: c, ce: c + 1, ss: s, se: e}, c + 2, clauseEnd(doc, ws, c+2), c+2 < len(ws)
	}
	return attribution{}, 0, 0, false
}

// `Her husband, Jim, had a list, she said, and most of it …`: an attribution
// between commas after a clause of its own; the report is the whole
// sentence.
func cueAsideLate(doc *analysis.Doc, ws []word) (attribution, int, int, bool) {
	for k := 2; k+4 < len(ws) && k < 40; k++ {
		if ws[k].text != "," {
			continue
		}
		e := k + 2
		if !ws[k+1].has(fPronoun) {
			for e = k + 1; e < len(ws) && e-k <= 3 && ws[e].capitalized(); e++ {
			}
		}
		if e == k+1 || e+2 >= len(ws) || ws[e+1].text != "," || ws[e+2].has(fReportParticiple) || speechActs[ws[e+2].low] {
			continue // not: …, Zapata said, adding …
		}
		if c := cueOf(ws[e]); !c.indirect || c.object || !hasVerb(doc, ws[:k]) {
			continue
		}
		cl := clauseOpen(ws, k)
		return attribution{ws: ws, cs: e, ce: e + 1, ss: k + 1, se: e}, cl, len(ws), true
	}
	return attribution{}, 0, 0, false
}

// `…, according to X.` without its comma: … since the 1970s according to
// USA Today.
func accordingTrail(doc *analysis.Doc, ws []word) (attribution, int, int, bool) {
	for k := len(ws) - 3; k > 2 && len(ws)-k < 12; k-- {
		if !ws[k].is("according") || !ws[k+1].is("to") || ws[k-1].punct && ws[k-1].text != "%" && !isCloseMark(ws[k-1].text) { // … at "very low height" according to X
			continue
		}
		e := npForward(doc, ws, k+2)
		if e == k+2 || e < len(ws) && !adverbial(doc, ws[e:], false) && !apposition(doc, ws[e:]) {
			return attribution{}, 0, 0, false
		}
		if isCloseMark(ws[k-1].text) && hasCue(ws[:k]) {
			return attribution{}, 0, 0, false // Pelosi called it a "breach …," according to NBC: the source of a report
		}
		return attribution{ws: ws, cs: k, ce: k + 2, ss: k + 2, se: e}, clauseOpen(ws, k), k, true
	}
	return attribution{}, 0, 0, false
}

// hasCue tells whether ws hold a reporting verb other than a participle.
func hasCue(ws []word) bool {
	for _, w := range ws {
		if k := cueOf(w); k != (cue{}) && !k.participle {
			return true
		}
	}
	return false
}

// `…, a spokesperson said (on Monday).`, `…, said Smith.`, `…, according to X.`
func cueTrail(doc *analysis.Doc, ws []word) (attribution, int, int, bool) {
	for k := len(ws) - 2; k > 0 && len(ws)-k < 28; k-- {
		if ws[k].text != "," && !(isCloseMark(ws[k].text) && ws[k-1].text == "," && termBefore(ws, k)) {
			continue // but: … a canyon that locals call "the Chute," she said
		}
		tail := ws[k:]
		rules := postRules
		if len(tail) >= 20 {
			// …, according to a person familiar with the matter, who
			// declined to be named because …: only "according to" is read
			// this far from the end.
			rules = postRules[:1]
		}
		var att attribution
		ok := false
		for _, r := range rules {
			if att, ok = r(doc, tail); ok {
				break
			}
		}
		if !ok || att.inherit || !att.hasSpeaker() || ws[k-1].has(fClauseStart) {
			continue // …fighters which, the statement said, …: a parenthesis
		}
		if questionLeads[ws[0].low] {
			return attribution{}, 0, 0, false // Asked whether …, the couple answered: a question put to them
		}
		// Nothing but an adverbial, an apposition or a relative clause
		// may follow the attribution: …, according to police, who said …
		end := trailEnd(doc, tail, att)
		if end < len(tail) && !adverbial(doc, tail[end:], false) && !apposition(doc, tail[end:]) && !andAfter(doc, tail[end:]) &&
			!(tail[end].text == "," && end+1 < len(tail) && (tail[end+1].has(fReportParticiple) || speechActs[tail[end+1].low])) {
			continue // but: …, officials told state media, adding that …; …, Reuters reported, citing two sources
		}
		att.ws = ws
		att.cs, att.ce, att.ss, att.se = att.cs+k, att.ce+k, att.ss+k, att.se+k
		if isCloseMark(ws[k].text) {
			return att, clauseOpen(ws, k), k + 1, true // the clause keeps its closing mark
		}
		return att, clauseOpen(ws, k), k, true
	}
	return attribution{}, 0, 0, false
}

// timeAfterAnd tells whether a time phrase after "and" stands before
// ws[s]: … were in favour and on Friday the government announced ….
func timeAfterAnd(ws []word, s int) bool {
	t := s - 1
	if ws[t].has(fTimeNoun) && t > 1 && ws[t-1].has(fLeadIn) {
		t -= 2
	} else if ws[t].has(fTemporal) {
		t--
	} else {
		return false
	}
	return t > 0 && ws[t].is("and", "but")
}

// placeComma tells whether the comma ws[j] joins a town and its state or
// country inside a phrase: police in Baytown, Texas, ….
func placeComma(ws []word, j int) bool {
	return j > 0 && j+2 < len(ws) && ws[j-1].capitalized() && ws[j+1].capitalized() && ws[j+2].text == "," && j > 1 && ws[j-2].is("in", "of", "from")
}

// termBefore tells whether the closing mark ws[k] ends a quoted term inside
// the writer's clause (a canyon that locals call "the Chute,"), not a
// quoted utterance ("I swear to you, I was speechless,") nor a clause with
// a cue of its own.
func termBefore(ws []word, k int) bool {
	o := k - 1
	for o > 0 && !isMark(ws[o].text) {
		o--
	}
	return o > 2 && o+1 < k && !ws[o+1].capitalized() && !hasCue(ws[:o])
}

// declines refuse the speech of the cue after them: declined to say.
var declines = set("declined", "declines", "refused", "refuses", "refusing", "declining")

// questionLeads open a question put to the speaker, not their words.
var questionLeads = set("asked", "pressed", "questioned", "quizzed")

// trailEnd is where an attribution after its reported clause ends in ws:
// after its speaker and cue, and the hearer of a cue that takes one
// (officials told state media).
func trailEnd(doc *analysis.Doc, ws []word, att attribution) int {
	end := max(att.ce, att.se)
	if end == att.ce && cueOf(ws[att.cs]).object {
		end = npForward(doc, ws, end)
	}
	return end
}

// andAfter tells whether ws, after an attribution, ends its phrase and goes
// on with a clause of the writer's own: "(according to an analysis) by a
// research group, and she has rarely spoken …".
func andAfter(doc *analysis.Doc, ws []word) bool {
	for i, w := range ws {
		if w.text == "," {
			return i+1 < len(ws) && ws[i+1].is("and", "but")
		}
		if w.punct || finiteVerb(doc, w) || i > 10 {
			return false
		}
	}
	return false
}

// clauseOpen skips the conjunctions that open a sentence before its reported
// clause, but not "As of late Tuesday".
func clauseOpen(ws []word, k int) int {
	cl := 0
	for cl < k && !ws[cl].punct && ws[cl].has(fClauseStart) && !ws[cl].is("that", "what", "who", "which") &&
		!(cl+1 < len(ws) && ws[cl+1].is("of")) {
		cl++
	}
	return cl
}

// `According to X, …`, and inside a sentence `… and according to the
// ministry he died …`.
func accordingToLead(doc *analysis.Doc, ws []word) (attribution, int, int, bool) {
	if att, cl, cr, ok := accordingToInside(doc, ws); ok {
		return att, cl, cr, ok
	}
	if len(ws) >= 5 && !ws[0].is("according") {
		for p := 1; p+4 < len(ws); p++ {
			if ws[p].is("according") && ws[p+1].is("to") && (ws[p-1].is("and", "but") || ws[p-1].text == "," && p > 1 && ws[p-2].is("and", "but")) {
				att, cl, cr, ok := accordingToLead(doc, ws[p:])
				if !ok {
					e := npForward(doc, ws[p:], 2)
					if e == 2 || e >= len(ws)-p || !ws[p+e].has(fPronoun) && !ws[p+e].has(fDeterminer) {
						return attribution{}, 0, 0, false
					}
					// … and according to the ministry he died …
					att, cl, cr, ok = attribution{ws: ws[p:], cs: 0, ce: 2, ss: 2, se: e}, e, len(ws)-p, true
				}
				if cl >= cr || strings.HasPrefix(tagOf(doc, ws[p+cl]), "VB") {
					return attribution{}, 0, 0, false // and, according to CNN, was called …
				}
				att.ws, att.cs, att.ce, att.ss, att.se = ws, att.cs+p, att.ce+p, att.ss+p, att.se+p
				return att, cl + p, cr + p, ok
			}
		}
		return attribution{}, 0, 0, false
	}
	if len(ws) < 5 || !ws[0].is("according") || !ws[1].is("to") {
		return attribution{}, 0, 0, false
	}
	for j := 2; j < len(ws) && j < 22; j++ { // According to Chief Superintendent X of the police of the Autonomous Region in …,
		if ws[j].text == "," && !dateComma(ws, j) && !placeComma(ws, j) {
			// According to the El Paso mayor, Dee Margo, during …: the name.
			if n := j + 1; n < len(ws) && ws[n].capitalized() {
				for n < len(ws) && !ws[n].punct && ws[n].capitalized() {
					n++
				}
				if n < len(ws) && ws[n].text == "," && n-j <= 4 && !properName(ws[2:j]) {
					return attribution{ws: ws, cs: 0, ce: 2, ss: j + 1, se: n}, n + 1, len(ws), true
				}
			}
			// According to UpGuard, a cybersecurity firm, …: past the
			// apposition.
			cl := j + 1
			if cl < len(ws) && ws[cl].is("who", "which") {
				// According to AFP, which cited sources close to the
				// investigation, …: past the relative clause.
				for n := cl + 1; n+1 < len(ws) && n-cl < 40; n++ {
					if ws[n].text == "," {
						cl = n + 1
						break
					}
				}
			} else if cl < len(ws) && (ws[cl].has(fDeterminer) && !ws[cl].is("this", "that", "these", "those") ||
				ws[j-1].capitalized() && (strings.HasSuffix(ws[cl].low, "'s") || !ws[cl].capitalized() && strings.HasPrefix(tagOf(doc, ws[cl]), "NN"))) {
				// According to Amy Cook, director of the event, …; According
				// to Sadie Weiner, Hagan's former spokeswoman, …
				for n := cl + 1; n < len(ws) && n-cl < 9 && !finiteVerb(doc, ws[n]); n++ {
					if ws[n].text == "," {
						if n+1 < len(ws) && !finiteVerb(doc, ws[n+1]) && !ws[n+1].has(fLeadIn) && !ws[n+1].is("such", "including", "like", "especially") {
							cl = n + 1 // not: a host, such as Facebook, must …
						}
						break
					}
				}
			}
			// According to videos posted on social media, …
			return attribution{ws: ws, cs: 0, ce: 2, ss: 2, se: j}, cl, len(ws), j > 2
		}
	}
	return attribution{}, 0, 0, false
}
