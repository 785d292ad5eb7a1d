package quote

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/analysis"
)

// indirectRule reads reported speech from the words of a sentence: the
// reported clause ws[cl:cr] and the attribution.
type indirectRule func(doc *analysis.Doc, ws []word) (att attribution, cl, cr int, ok bool)

// indirectRules: `X said (that) …`, `X told reporters …`, `…, X said.`,
// `…, according to X.`, `According to X, …`.
var indirectRules = []indirectRule{accordingToLead, cueLead, cueTrail}

// indirect finds reported speech in sentence si if it holds no quote mark.
func (a *analyzer) indirect(spans []span, si int) {
	doc, text := a.doc, a.doc.Text
	s := doc.Sentences[si]
	for a.k < len(spans) && spans[a.k].close <= s.Start {
		a.k++
	}
	if a.k < len(spans) && spans[a.k].open < s.End {
		return
	}
	st := text[s.Start:s.End]
	if strings.ContainsAny(st, "\"“”«»") || strings.Contains(st, "''") {
		return
	}
	a.ws = words(a.ws[:0], text, s.Start, s.End)
	ws := a.ws
	// The reported clause ends before the sentence's final stop.
	n := len(ws)
	if n > 0 && ws[n-1].isTerminator() {
		n--
	}
	for _, r := range indirectRules {
		att, cl, cr, ok := r(doc, ws[:n])
		if !ok || cr-cl < 3 || !hasVerb(doc, ws[cl:cr]) {
			continue
		}
		q := Quote{Text: text[ws[cl].start:ws[cr-1].end], Start: ws[cl].start, End: ws[cr-1].end, Kind: Indirect}
		c := text[ws[att.cs].start:ws[att.ce-1].end]
		q.Cue = &c
		sp := a.resolve(ws[att.ss].start, ws[att.se-1].end, ws[att.ss].start)
		q.Speaker, q.SpeakerID, q.SpeakerMention = sp.name, sp.id, sp.mention
		a.out = append(a.out, q)
		if sp.name != nil {
			a.last, a.lastPara, a.lastEnd = sp, s.Para, len(a.out)
		}
		return
	}
}

func hasVerb(doc *analysis.Doc, ws []word) bool {
	for _, w := range ws {
		switch tagOf(doc, w) {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// clauseFrom skips a leading conjunction and a short introductory phrase
// ("On Monday, …", "However, …") and returns where the main clause starts.
func clauseFrom(ws []word) int {
	i := 0
	for i < len(ws) && !ws[i].punct && clauseStart[ws[i].low] && !ws[i].is("that", "what", "who", "which") {
		i++
	}
	if i < len(ws) && ws[i].text == "," {
		i++
	}
	if i < len(ws) && (leadIn[ws[i].low] || isAdverb(ws[i])) {
		for j := i; j < len(ws) && j-i < 8; j++ {
			if ws[j].text == "," {
				return j + 1
			}
		}
	}
	return i
}

// `X said (on Monday) (that) …`, `X told reporters (that) …`.
func cueLead(doc *analysis.Doc, ws []word) (attribution, int, int, bool) {
	i := clauseFrom(ws)
	for c := i + 1; c < len(ws) && c-i < 16; c++ {
		k := cueOf(ws[c])
		if !k.indirect {
			if ws[c].punct && ws[c].text != "," || finiteVerb(doc, ws[c]) {
				break
			}
			continue
		}
		s, e, ok := subjectBefore(doc, ws, c)
		if !ok || s != i {
			return attribution{}, 0, 0, false
		}
		att := attribution{ws: ws, cs: c, ce: c + 1, ss: s, se: e}
		j := c + 1
		if k.object {
			j = npForward(doc, ws, j)
			if j == c+1 && j < len(ws) && !ws[j].punct && !ws[j].is("that") {
				j++ // told reporters, told him
			}
		}
		for j < len(ws) && temporal[ws[j].low] {
			j++ // told reporters today …
		}
		// An adverbial before "that": said on Monday that …
		for t := j; t < len(ws) && t-j < 8; t++ {
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
		} else if j < len(ws) && (ws[j].punct || leadIn[ws[j].low] && !ws[j].capitalized() || strings.HasPrefix(tagOf(doc, ws[j]), "VB")) {
			return attribution{}, 0, 0, false // said in a statement; stressed getting …
		}
		return att, j, len(ws), j < len(ws)
	}
	return attribution{}, 0, 0, false
}

// `…, a spokesperson said (on Monday).`, `…, said Smith.`, `…, according to X.`
func cueTrail(doc *analysis.Doc, ws []word) (attribution, int, int, bool) {
	for k := len(ws) - 2; k > 0 && len(ws)-k < 20; k-- {
		if ws[k].text != "," {
			continue
		}
		tail := ws[k:]
		var att attribution
		ok := false
		for _, r := range postRules {
			if att, ok = r(doc, tail); ok {
				break
			}
		}
		if !ok || att.inherit || !att.hasSpeaker() {
			continue
		}
		// Nothing but an adverbial may follow the attribution.
		end := max(att.ce, att.se)
		if end < len(tail) && !adverbial(doc, tail[end:], false) {
			continue
		}
		att.ws = ws
		att.cs, att.ce, att.ss, att.se = att.cs+k, att.ce+k, att.ss+k, att.se+k
		cl := 0
		for cl < k && !ws[cl].punct && clauseStart[ws[cl].low] && !ws[cl].is("that", "what", "who", "which") {
			cl++
		}
		return att, cl, k, true
	}
	return attribution{}, 0, 0, false
}

// `According to X, …`.
func accordingToLead(doc *analysis.Doc, ws []word) (attribution, int, int, bool) {
	if len(ws) < 5 || !ws[0].is("according") || !ws[1].is("to") {
		return attribution{}, 0, 0, false
	}
	for j := 2; j < len(ws) && j < 14; j++ {
		if ws[j].text == "," {
			e := npForward(doc, ws, 2)
			if e == 2 {
				return attribution{}, 0, 0, false
			}
			return attribution{ws: ws, cs: 0, ce: 2, ss: 2, se: e}, j + 1, len(ws), true
		}
	}
	return attribution{}, 0, 0, false
}
