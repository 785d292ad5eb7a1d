package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/analysis"
)

// mark is a double quote mark in the text: its bytes are text[start:end].
type mark struct {
	start, end int
	open       bool // may open a quotation
	close      bool // may close a quotation
}

// span is a quotation between marks: the words are text[start:end], the marks
// text[open:start] and text[end:close] (close == end when a paragraph ends the
// quotation without a mark). paraFirst and paraLast are the paragraphs it
// runs over.
type span struct {
	open, start, end, close int
	paraFirst, paraLast     int
	// weak: opened by a mark inside a word (a"re), which pairs only within
	// its paragraph.
	weak bool
}

// scanMarks returns the double quote marks of text[from:to]: straight ",
// curly “ ”, low „, guillemets « », and the newswire doubles “ and ”.
// Apostrophes and single quotes are no marks, so that nested quotes inside a
// quotation stay part of its words, unless single is set: then single quotes
// (‘ ’ and ') at a word's edge are the marks, for an article written with
// single quotes only.
func scanMarks(dst []mark, text string, from, to int, single bool) []mark {
	// next holds, for each first byte of a mark, its next offset at or
	// after i (to when there is none), found with strings.IndexByte and
	// looked for again only once i has passed it: most of a text is
	// skipped at the speed of IndexByte rather than tested byte by byte.
	var next [len(markFirst)]int
	for b := range next {
		next[b] = -1
	}
	for i := from; i < to; {
		j := to
		for b, c := range markFirst {
			if next[b] < i {
				next[b] = to
				if k := strings.IndexByte(text[i:to], c); k >= 0 {
					next[b] = i + k
				}
			}
			j = min(j, next[b])
		}
		if i = j; i >= to {
			break
		}
		c := text[i]
		switch {
		case single && c == 0xE2 && i+2 < to && text[i+1] == 0x80 && text[i+2] == 0x98: // ‘
			dst = append(dst, mark{start: i, end: i + 3, open: true})
			i += 3
		case single && (c == 0xE2 && i+2 < to && text[i+1] == 0x80 && text[i+2] == 0x99 || c == '\'' && (i+1 >= to || text[i+1] != '\'')): // ’ '
			n := 1
			if c == 0xE2 {
				n = 3
			}
			if m, ok := singleMark(text, i, i+n, from, to); ok {
				dst = append(dst, m)
			}
			i += n
		case c == '"':
			dst = append(dst, flanked(text, i, i+1, from, to))
			i++
		case c == '\'' && i+1 < to && text[i+1] == '\'':
			dst = append(dst, flanked(text, i, i+2, from, to))
			i += 2
		case c == '`' && i+1 < to && text[i+1] == '`':
			dst = append(dst, mark{start: i, end: i + 2, open: true})
			i += 2
		case c == 0xE2 && i+2 < to && text[i+1] == 0x80 && (text[i+2] == 0x9C || text[i+2] == 0x9E): // “ „
			dst = append(dst, mark{start: i, end: i + 3, open: true})
			i += 3
		case c == 0xE2 && i+2 < to && text[i+1] == 0x80 && text[i+2] == 0x9D: // ”
			m := flanked(text, i, i+3, from, to)
			// Some writers open with ” too; it closes unless it clearly opens.
			m.open = m.open && !m.close
			m.close = true
			dst = append(dst, m)
			i += 3
		case c == 0xC2 && i+1 < to && text[i+1] == 0xAB: // «
			dst = append(dst, mark{start: i, end: i + 2, open: true})
			i += 2
		case c == 0xC2 && i+1 < to && text[i+1] == 0xBB: // »
			dst = append(dst, mark{start: i, end: i + 2, close: true})
			i += 2
		default:
			i++
		}
	}
	return dst
}

// singleMark reads a single quote as a mark at a word's edge: space before
// and a word after opens, a word or stop before and space or a stop after
// closes; inside a word (don't) or after a plural's s before a lower-case
// word (the players' union) it is an apostrophe.
func singleMark(text string, start, end, from, to int) (mark, bool) {
	before, _ := runeBefore(text, start, from)
	after, _ := runeAt(text, end, to)
	letterBefore, letterAfter := unicode.IsLetter(before) || unicode.IsDigit(before), unicode.IsLetter(after) || unicode.IsDigit(after)
	switch {
	case letterBefore && letterAfter:
		return mark{}, false // don't
	case !letterBefore && letterAfter && (before == 0 || unicode.IsSpace(before) || isOpener(before)):
		return mark{start: start, end: end, open: true}, true
	case !letterAfter && (letterBefore || unicode.IsPunct(before)) && before != 0:
		if before == 's' && after == ' ' {
			if r, _ := runeAt(text, end+1, to); unicode.IsLower(r) {
				return mark{}, false // the players' union
			}
		}
		return mark{start: start, end: end, close: true}, true
	}
	return mark{}, false
}

// markFirst holds the first bytes of the marks scanMarks reads.
var markFirst = [...]byte{'"', '\'', '`', 0xE2, 0xC2}

// flanked tells from its neighbours whether an ambiguous mark opens or
// closes: space before and a word after opens, a word before and space after
// closes. A mark inside a word (the malformed a"re) may do either.
func flanked(text string, start, end, from, to int) mark {
	before, _ := runeBefore(text, start, from)
	after, _ := runeAt(text, end, to)
	spaceBefore := before == 0 || unicode.IsSpace(before) || isOpener(before)
	spaceAfter := after == 0 || unicode.IsSpace(after)
	// Punctuation after a mark closes it ("…", he said), except what may
	// open the quoted words: a nested quote, a bracket, an ellipsis.
	punctAfter := after != 0 && unicode.IsPunct(after) && !isOpener(after) &&
		after != '\'' && after != '‘' && after != '’' && after != '…' && after != '.'

	m := mark{start: start, end: end}
	switch {
	case spaceAfter || punctAfter:
		// Space before too is a closer after a nested quote: 'drummer' ",
		m.close = true
	case spaceBefore:
		m.open = true
	default:
		m.open, m.close = true, true
	}
	return m
}

func isOpener(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/':
		return true
	}
	return false
}

func runeBefore(text string, i, from int) (rune, int) {
	if i <= from {
		return 0, 0
	}
	return utf8.DecodeLastRuneInString(text[from:i])
}

func runeAt(text string, i, to int) (rune, int) {
	if i >= to {
		return 0, 0
	}
	return utf8.DecodeRuneInString(text[i:to])
}

// pairMarks pairs the marks of every paragraph into quotation spans. Pairing
// never crosses a paragraph, except that a quotation open at a paragraph's
// end continues into the next paragraph when that one opens with a mark.
// The spans are appended to out[:0] and the marks of a paragraph read into
// marks, buffers kept from article to article; both are returned to be kept.
func pairMarks(doc *analysis.Doc, out []span, marks []mark) ([]span, []mark) {
	out, marks = pairMarksOf(doc, false, out[:0], marks)
	if len(out) > 0 || !strings.Contains(doc.Text, "‘") && !strings.Contains(doc.Text, " '") && !strings.Contains(doc.Text, "\n'") && !strings.HasPrefix(doc.Text, "'") {
		return out, marks
	}
	// No quotation in double marks: an article that quotes in single ones.
	return pairMarksOf(doc, true, out[:0], marks)
}

func pairMarksOf(doc *analysis.Doc, single bool, out []span, marks []mark) ([]span, []mark) {
	text := doc.Text
	cur := span{open: -1} // the quotation open across a paragraph break, if open >= 0
	for pi, p := range doc.Paragraphs {
		marks = scanMarks(marks[:0], text, p.Start, p.End, single)
		k := 0
		if cur.open >= 0 {
			// Continue only if this paragraph opens with a mark.
			if len(marks) > 0 && marks[0].start == p.Start && marks[0].open {
				k = 1
			} else {
				out = appendSpan(out, text, closeAt(cur, prevEnd(doc, pi), pi-1))
				cur.open = -1
			}
		}
		for ; k < len(marks); k++ {
			m := marks[k]
			if cur.open < 0 {
				if m.open {
					cur = span{open: m.start, start: m.end, paraFirst: pi, weak: m.close}
				}
				continue
			}
			if m.close {
				cur.end, cur.close, cur.paraLast = m.start, m.end, pi
				out = appendSpan(out, text, cur)
				cur.open = -1
			} else if m.open {
				if k+2 < len(marks) && marks[k+1].close && marks[k+2].close {
					k++ // a nested quote in double marks: "The "United States" is …"
					continue
				}
				// A second opener before any closer: the first mark was
				// stray; start again here.
				cur = span{open: m.start, start: m.end, paraFirst: pi, weak: m.close}
			}
		}
		if cur.open >= 0 && cur.weak {
			cur.open = -1 // a mark inside a word opens nothing across paragraphs
		}
		if cur.open >= 0 && pi+1 < len(doc.Paragraphs) {
			next := doc.Paragraphs[pi+1]
			if !isOpenMark(text, next.Start, next.End, single) {
				out = appendSpan(out, text, closeAt(cur, p.End, pi))
				cur.open = -1
			}
		}
	}
	if cur.open >= 0 && len(doc.Paragraphs) > 0 {
		out = appendSpan(out, text, closeAt(cur, doc.Paragraphs[len(doc.Paragraphs)-1].End, len(doc.Paragraphs)-1))
	}
	return out, marks
}

func prevEnd(doc *analysis.Doc, pi int) int { return doc.Paragraphs[pi-1].End }

// closeAt ends an unclosed quotation at a paragraph's end.
func closeAt(s span, end, para int) span {
	s.end, s.close, s.paraLast = end, end, para
	return s
}

func isOpenMark(text string, i, to int, single bool) bool {
	var m []mark
	m = scanMarks(m, text, i, min(to, i+3), single)
	return len(m) > 0 && m[0].start == i && m[0].open
}

// appendSpan trims the quotation's words of surrounding space and drops an
// empty one.
func appendSpan(out []span, text string, s span) []span {
	for s.start < s.end {
		r, n := utf8.DecodeRuneInString(text[s.start:s.end])
		if !unicode.IsSpace(r) {
			break
		}
		s.start += n
	}
	for s.end > s.start {
		r, n := utf8.DecodeLastRuneInString(text[s.start:s.end])
		if !unicode.IsSpace(r) {
			break
		}
		s.end -= n
	}
	if s.start >= s.end {
		return out
	}
	return append(out, s)
}
