package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// split fills Paragraphs and Sentences from the body, which starts at from.
// Paragraphs are separated by blank lines; a text with no blank line at all
// puts one paragraph on each line.
func (d *Doc) split(from int) { d.splitRange(from, len(d.Text)) }

func (d *Doc) splitRange(from, to int) {
	text := d.Text[:to]
	blank := hasBlankLine(text[from:])
	start := from
	for start < len(text) {
		end, next := paragraphEnd(text, start, blank)
		d.addParagraph(start, end)
		start = next
	}
}

func hasBlankLine(s string) bool {
	for i := strings.IndexByte(s, '\n'); i >= 0; {
		j := i + 1
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r') {
			j++
		}
		if j < len(s) && s[j] == '\n' {
			return true
		}
		k := strings.IndexByte(s[j:], '\n')
		if k < 0 {
			return false
		}
		i = j + k
	}
	return false
}

// paragraphEnd returns where the paragraph starting at start ends and where
// the next one may start.
func paragraphEnd(text string, start int, blank bool) (end, next int) {
	for i := start; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			break
		}
		nl := i + j
		if !blank {
			return nl, nl + 1
		}
		k := nl + 1
		for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
			k++
		}
		if k < len(text) && text[k] == '\n' {
			return nl, k + 1
		}
		i = nl + 1
	}
	return len(text), len(text)
}

func (d *Doc) addParagraph(start, end int) {
	start, end = trimSpan(d.Text, start, end)
	if start >= end {
		return
	}
	p := Paragraph{Span: Span{start, end}, First: len(d.Sentences)}
	para := len(d.Paragraphs)
	for _, s := range sentences(d.Text, start, end) {
		d.Sentences = append(d.Sentences, Sentence{Span: s, Para: para})
	}
	p.Last = len(d.Sentences)
	d.Paragraphs = append(d.Paragraphs, p)
}

func trimSpan(text string, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}

// sentences splits the paragraph text[start:end] into sentence spans.
func sentences(text string, start, end int) []Span {
	var out []Span
	seg := start
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += size
			continue
		}
		stop, closedQuote := terminatorEnd(text, i, end)
		if stop >= end {
			break
		}
		if !isSpaceAt(text, stop) {
			i = stop
			continue
		}
		next := stop
		for next < end && isSpaceAt(text, next) {
			_, n := utf8.DecodeRuneInString(text[next:end])
			next += n
		}
		if isBoundary(text, i, r, next, end, closedQuote) {
			s, e := trimSpan(text, seg, stop)
			if s < e {
				out = append(out, Span{s, e})
			}
			seg = next
		}
		i = next
	}
	if s, e := trimSpan(text, seg, end); s < e {
		out = append(out, Span{s, e})
	}
	return out
}

// terminatorEnd extends a sentence terminator at i over further terminators
// and closing quotes and brackets.
func terminatorEnd(text string, i, end int) (stop int, closedQuote bool) {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch r {
		case '.', '!', '?', '…', ')', ']':
		case '"', '”', '’', '\'':
			closedQuote = true
		default:
			return i, closedQuote
		}
		i += size
	}
	return i, closedQuote
}

func isSpaceAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r)
}

// isBoundary decides whether the terminator r at i ends a sentence whose
// successor starts at next.
func isBoundary(text string, i int, r rune, next, end int, closedQuote bool) bool {
	n, _ := utf8.DecodeRuneInString(text[next:end])
	if unicode.IsLower(n) || strings.ContainsRune(",;:-–—", n) {
		return false
	}
	nextWord := wordAt(text, next, end)
	if r == '.' && !closedQuote {
		before := wordBefore(text, i)
		switch {
		case abbreviations[before]:
			return false
		case len(before) == 1 && before[0] >= 'A' && before[0] <= 'Z': // an initial: George W. Bush
			return false
		case strings.Contains(before, ".") || stateAbbreviations[before] || nameSuffixes[before]:
			// U.S., p.m., Calif., Inc.: a sentence ends here only if a typical opener follows.
			return sentenceOpeners[nextWord]
		}
	}
	if closedQuote && isAttribution(text, next, end) {
		return false
	}
	return true
}

// wordBefore returns the letters and inner dots just before the dot at i ("p.m", "Gov").
func wordBefore(text string, i int) string {
	j := i
	for j > 0 {
		c := text[j-1]
		if c == '.' || (c|0x20 >= 'a' && c|0x20 <= 'z') {
			j--
			continue
		}
		break
	}
	return text[j:i]
}

func wordAt(text string, i, end int) string {
	j := i
	for j < end {
		r, size := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	return text[i:j]
}

// isAttribution reports whether the words from i to the next terminator are a
// short attribution ("Hochul said.", "the mayor asked."), which stays with the
// quote before it.
func isAttribution(text string, i, end int) bool {
	words := 0
	for j := i; j < end; {
		r, size := utf8.DecodeRuneInString(text[j:end])
		switch {
		case unicode.IsLetter(r):
			w := wordAt(text, j, end)
			if speechVerbs[strings.ToLower(w)] {
				return true
			}
			words++
			if words > 6 {
				return false
			}
			j += len(w)
			continue
		case r == '.' || r == '!' || r == '?' || r == '"' || r == '“' || r == '”':
			return false
		}
		j += size
	}
	return false
}

var abbreviations = set("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs",
	"Lt", "Col", "Gen", "Sgt", "Capt", "Cmdr", "Cpl", "Adm", "Maj", "Pres", "Supt", "Atty", "Hon", "Rev",
	"Fr", "St", "Mt", "Ft", "No", "Nos", "Vol", "vs", "v", "Messrs", "Insp", "Det", "Gens",
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	"Ave", "Blvd", "Rd", "Dept", "Univ", "approx", "est", "Fig", "Figs")

// nameSuffixes close a name as often at the end of a sentence (a deal with
// Apple Inc. The company …) as inside one (Apple Inc. said).
var nameSuffixes = set("Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Sr")

var stateAbbreviations = set("Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind",
	"Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla",
	"Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo")

// sentenceOpeners are words that begin sentences far more often than they
// follow an abbreviation inside one.
var sentenceOpeners = set("The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And",
	"This", "That", "These", "Those", "There", "His", "Her", "Their", "Our", "Its", "In", "On", "At",
	"After", "Before", "When", "While", "According", "However", "Officials", "Police", "If", "As", "So")

var speechVerbs = set("said", "says", "say", "added", "adds", "asked", "asks", "told", "tells",
	"continued", "explained", "noted", "wrote", "writes", "tweeted", "stated", "argued", "insisted",
	"warned", "replied", "recalled", "declared", "according", "shouted", "exclaimed", "responded")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
