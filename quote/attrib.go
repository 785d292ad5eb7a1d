package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/analysis"
)

// attribution is who a quotation is attributed to, as read next to it: the
// cue words ws[cs:ce] and the speaker phrase ws[ss:se] (ss == se when the
// frame names no speaker), or inherit when a participle cue ("adding")
// takes the speaker of the quote before.
type attribution struct {
	ws             []word
	cs, ce, ss, se int
	inherit        bool
}

func (a attribution) hasSpeaker() bool { return a.ss < a.se }

// frameRule reads an attribution from the words next to a quotation.
type frameRule func(doc *analysis.Doc, ws []word) (attribution, bool)

// postRules read the words after a quotation: `"…," X said` and its kin.
var postRules = []frameRule{accordingToAfter, invertedAfter, subjectCueAfter, howPutAfter, dashNameAfter}

// preRules read the words of the sentence before a quotation: `X said, "…"`.
var preRules = []frameRule{accordingToBefore, participleBefore, subjectCueBefore}

func readFrame(rules []frameRule, doc *analysis.Doc, ws []word) (attribution, bool) {
	for _, r := range rules {
		if a, ok := r(doc, ws); ok {
			return a, true
		}
	}
	return attribution{}, false
}

// skipDash skips the comma or dash between a quotation and its attribution,
// or the closing mark after a comma inside it.
func skipDash(ws []word) int {
	if len(ws) > 0 && ws[0].punct && (ws[0].text == "," || ws[0].text == "—" || ws[0].text == "–" || ws[0].text == "-" || isCloseMark(ws[0].text)) {
		return 1
	}
	return 0
}

// `…," according to X` and `…," according to a statement from X`.
func accordingToAfter(doc *analysis.Doc, ws []word) (attribution, bool) {
	i := skipDash(ws)
	if i+2 < len(ws) && ws[i].is("according") && ws[i+1].is("to") {
		e := npForward(doc, ws, i+2)
		return attribution{ws: ws, cs: i, ce: i + 2, ss: i + 2, se: e}, e > i+2
	}
	return attribution{}, false
}

// `…," said Liccardo, flanked …`.
func invertedAfter(doc *analysis.Doc, ws []word) (attribution, bool) {
	i := skipDash(ws)
	if i >= len(ws) || !cueOf(ws[i]).invert {
		return attribution{}, false
	}
	j := i + 1
	for j < len(ws) && ws[j].has(fBetween) {
		j++
	}
	e := npForward(doc, ws, j)
	if e == j || ws[j].has(fPronoun) {
		return attribution{}, false
	}
	// said University of California, San Diego's chancellor, Pradeep
	// Khosla; said the agency's director, John Smith: the name.
	f := e
	if f < len(ws) && ws[f].text == "," {
		g := f + 1
		for g < len(ws) && g-f < 8 && !ws[g].punct {
			g++
		}
		if g < len(ws) && ws[g].text == "," && g > f+1 && !ws[g-1].capitalized() && possessive(ws[f+1:g]) {
			f = g
		}
	}
	if (f > e || !ws[e-1].capitalized()) && f < len(ws) && ws[f].text == "," {
		n := f + 1
		for n < len(ws) && !ws[n].punct && ws[n].capitalized() {
			n++
		}
		if n-f > 2 && (n == len(ws) || ws[n].punct) {
			j, e = f+1, n
		}
	}
	return attribution{ws: ws, cs: i, ce: i + 1, ss: j, se: e}, true
}

// `"…" — that was how Marsh put it`, `…," as she put it`.
func howPutAfter(doc *analysis.Doc, ws []word) (attribution, bool) {
	i := skipDash(ws)
	if i < len(ws) && ws[i].is("that", "this", "which", "that's", "this's") {
		i++
		if i < len(ws) && ws[i].is("was", "is") {
			i++
		}
	}
	if i >= len(ws) || !ws[i].is("how", "as") {
		return attribution{}, false
	}
	j := i + 1
	e := npForward(doc, ws, j)
	if e == j || e >= len(ws) || !ws[e].is("put", "described", "summed", "phrased") {
		return attribution{}, false
	}
	ce := e + 1
	if ce < len(ws) && ws[ce].is("it", "up") {
		ce++
	}
	return attribution{ws: ws, cs: e, ce: ce, ss: j, se: e}, true
}

// `…," the mayor said after …` and `…" he told reporters`.
func subjectCueAfter(doc *analysis.Doc, ws []word) (attribution, bool) {
	i := skipDash(ws)
	for c := i + 1; c < len(ws) && c-i < 24; c++ {
		w := ws[c]
		if w.isTerminator() || w.punct && w.text != "," {
			break
		}
		k := cueOf(w)
		if k == (cue{}) || k.participle {
			continue
		}
		s, e, ok := subjectBefore(doc, ws, c)
		// The speaker opens the frame, or is the name in apposition to the
		// description that does: "…," Marlow's chairman, Robert F. Keane, said.
		if !ok || s != i && !(s > i+1 && ws[s-1].text == "," && !hasVerb(doc, ws[i:s-1])) {
			return attribution{}, false
		}
		return attribution{ws: ws, cs: c, ce: c + 1, ss: s, se: e}, true
	}
	return attribution{}, false
}

// `According to X, "…"`.
func accordingToBefore(doc *analysis.Doc, ws []word) (attribution, bool) {
	if len(ws) > 3 && ws[0].is("according") && ws[1].is("to") && ws[len(ws)-1].text == "," {
		e := npForward(doc, ws, 2)
		return attribution{ws: ws, cs: 0, ce: 2, ss: 2, se: e}, e > 2
	}
	return attribution{}, false
}

// `"…" — Karen Bass`: a name alone after a dash, the way a quotation is
// signed; the dash is the cue.
func dashNameAfter(_ *analysis.Doc, ws []word) (attribution, bool) {
	if len(ws) < 3 || len(ws) > 6 || !ws[0].is("—", "–") || !properName(ws[1:]) {
		return attribution{}, false
	}
	return attribution{ws: ws, cs: 0, ce: 1, ss: 1, se: len(ws)}, true
}

// `…," Adams said in a statement, adding, "…"`: the participle's speaker is
// the subject of the clause it hangs on.
func participleBefore(doc *analysis.Doc, ws []word) (attribution, bool) {
	n := len(ws)
	if n < 2 || (ws[n-1].text != "," && ws[n-1].text != ":") {
		return attribution{}, false
	}
	// The participle may take a hearer: telling the Nevada Independent: "…"
	for c := n - 2; c >= 0 && n-c <= 8; c-- {
		if !cueOf(ws[c]).participle {
			if ws[c].punct || finiteVerb(doc, ws[c]) {
				return attribution{}, false
			}
			continue
		}
		if c > 0 && !ws[c-1].punct && !ws[c-1].is("and", "before", "then", "while", "later", "also", "further") {
			return attribution{}, false
		}
		return attribution{ws: ws, cs: c, ce: c + 1, inherit: true}, true
	}
	return attribution{}, false
}

// `X said, "…"`, `He continued, "…"`, `As Liccardo said in a statement to
// the Mercury News, "…"`: the cue ends the clause, but for an adverbial.
func subjectCueBefore(doc *analysis.Doc, ws []word) (attribution, bool) {
	n := len(ws)
	end := n
	if n > 0 && (ws[n-1].text == "," || ws[n-1].text == ":") {
		end = n - 1
	}
	for c := end - 1; c >= 0 && end-c <= 14; c-- {
		w := ws[c]
		if w.punct && w.text != "," || w.low == "that" {
			break
		}
		if k := cueOf(w); k == (cue{}) || k.participle {
			continue
		} else if k.fragment && end == n && !(c > 0 && ws[c-1].is("he", "she", "they", "we", "i")) {
			return attribution{}, false // a song called "Day after Day"; but: which he called "…"
		}
		if !adverbial(doc, ws[c+1:end], cueOf(w).object) {
			return attribution{}, false
		}
		s, e, ok := subjectBefore(doc, ws, c)
		if !ok {
			return attribution{}, false
		}
		return attribution{ws: ws, cs: c, ce: c + 1, ss: s, se: e}, true
	}
	return attribution{}, false
}

// adverbial tells whether ws may stand between a cue and its quotation:
// nothing, "in a statement", "Monday", "to reporters at a briefing", and for
// a cue with a hearer, the hearer ("told reporters").
func adverbial(doc *analysis.Doc, ws []word, object bool) bool {
	if len(ws) > 1 && ws[0].text == "," {
		ws = ws[1:] // said, in part, "…"
	}
	if len(ws) == 0 {
		return true
	}
	if len(ws) > 12 {
		return false
	}
	first := ws[0]
	if !first.has(fLeadIn) && !isAdverb(first) && !object {
		return false
	}
	for _, w := range ws {
		if w.low == "that" || finiteVerb(doc, w) || cueOf(w) != (cue{}) && !cueOf(w).participle {
			return false
		}
	}
	return true
}

// possessive tells whether ws holds a possessive: San Diego's chancellor.
func possessive(ws []word) bool {
	for _, w := range ws {
		if strings.HasSuffix(w.low, "'s") {
			return true
		}
	}
	return false
}

// isAdverb tells whether w is an adverb in -ly: by its tag when it has one,
// so that "family", "assembly" and "rally" are nouns.
func isAdverb(w word) bool {
	if w.tag != "" && w.tag != "RB" {
		return false
	}
	return len(w.low) > 4 && w.low[len(w.low)-2:] == "ly"
}

// endsClause tells whether quoted words end as an utterance handed to an
// attribution that follows: with a comma, question or exclamation mark, dash
// or ellipsis.
func endsClause(s string) bool {
	switch lastRune(s) {
	case ',', '?', '!', '—', '–', '-', '…', ';', ':':
		return true
	}
	return false
}

// lastRune is the last rune of quoted words, looking through the closing
// mark of a quote nested at their end (… said, 'It is time.').
func lastRune(s string) rune {
	if len(s) > 3 && s[len(s)-3] == '[' && s[len(s)-1] == ']' && strings.IndexByte(".,?!", s[len(s)-2]) >= 0 {
		return rune(s[len(s)-2]) // … is incurable[.]; … each other[,]
	}
	r, n := utf8.DecodeLastRuneInString(s)
	if (r == '\'' || r == '’') && n < len(s) {
		if r2, _ := utf8.DecodeLastRuneInString(s[:len(s)-n]); strings.ContainsRune(".?!,", r2) {
			return r2
		}
	}
	return r
}

func firstLower(ws []word) bool {
	i := skipDash(ws)
	if i >= len(ws) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ws[i].text)
	return unicode.IsLower(r)
}
