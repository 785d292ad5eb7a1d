package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/analysis"
)

// word is a word or punctuation mark of the text around a quotation.
type word struct {
	start, end int
	text       string
	low        string // lower case, curly apostrophes made straight
	tag        string // the Penn tag of the token starting at start, if known
	flags      lexFlag
	punct      bool
}

// words splits text[from:to] into words and punctuation. A word keeps inner
// hyphens, apostrophes and dots (Jean-Pierre, mayor’s, U.S.) and the dot of a
// known abbreviation (Gov., Mr.).
func words(lw *lowerer, dst []word, text string, from, to int) []word {
	return scanWords(lw, dst, text, from, to, false)
}

// headWords returns the words of text[from:to] up to its first sentence end,
// and whether the range has none; it reads no further.
func headWords(lw *lowerer, dst []word, text string, from, to int) (ws []word, whole bool) {
	dst = scanWords(lw, dst, text, from, to, true)
	head := sentenceHead(dst)
	return head, len(head) == len(dst)
}

// tailWords returns the words of text[from:to] after its last sentence end,
// whether the range has none, and dst grown to hold them. It reads the range backwards in growing
// chunks that start at white space, where the words of a range always
// split, so a long paragraph before a quotation is read only as far as its
// last sentence.
func tailWords(lw *lowerer, dst []word, text string, from, to int) (ws []word, whole bool, buf []word) {
	for size := 256; ; size *= 2 {
		p := to - size
		for p > from && !asciiSpace(text[p]) {
			p--
		}
		if p <= from {
			dst = words(lw, dst[:0], text, from, to)
			tail := sentenceTail(dst)
			return tail, len(tail) == len(dst), dst
		}
		dst = words(lw, dst[:0], text, p, to)
		if tail := sentenceTail(dst); len(tail) < len(dst) {
			return tail, false, dst
		}
	}
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func asciiSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// scanWords is words; with stop, it stops after the first sentence end.
func scanWords(lw *lowerer, dst []word, text string, from, to int, stop bool) []word {
	n0 := len(dst)
	defer func() {
		if lw != nil && lw.doc != nil && lw.doc.Text == text {
			lw.tag(dst[n0:])
		}
	}()
	for i := from; i < to; {
		if asciiSpace(text[i]) {
			i++ // the common case, without decoding
			continue
		}
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:to])
		}
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			// upper and ascii tell how to lower-case the word, read on the way.
			upper, ascii := 'A' <= r && r <= 'Z', r < utf8.RuneSelf
			j := i + n
			for j < to {
				if c := text[j]; c < utf8.RuneSelf && (c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9') {
					upper = upper || c <= 'Z' && c >= 'A'
					j++ // ASCII letters and digits, without decoding
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:to])
				if isWordRune(r2) {
					ascii = false // the ASCII ones are read above
					j += n2
					continue
				}
				if (r2 == ',' || r2 == ':') && j+1 < to && isDigit(text[j-1]) && isDigit(text[j+1]) {
					j++ // 14,000; 4:00
					continue
				}
				if r2 == '-' || r2 == '–' || r2 == '\'' || r2 == '’' || r2 == '.' || r2 == '&' {
					if r3, _ := utf8.DecodeRuneInString(text[j+n2 : to]); j+n2 < to && isWordRune(r3) {
						ascii = ascii && r2 != '’'
						j += n2
						continue
					}
				}
				break
			}
			if j < to && text[j] == '.' && isAbbrev(text[i:j]) {
				j++
			}
			dst = append(dst, word{start: i, end: j, text: text[i:j]})
			w := &dst[len(dst)-1]
			switch {
			case !ascii:
				w.setLow(lw)
			case upper:
				w.low = lw.lower(w.text)
			default:
				w.low = w.text
			}
			i = j
		default:
			dst = append(dst, newWord(lw, text, i, i+n, true))
			i += n
			if stop && dst[len(dst)-1].isTerminator() {
				return dst
			}
		}
	}
	return dst
}

// lowerer lower-cases ASCII words into a shared buffer, so that the words
// of an article cost few allocations. The buffer only grows: a string handed
// out is never written again.
// With doc, it also gives the words of doc.Text their tags.
type lowerer struct {
	b    strings.Builder
	size int // of the buffer, doubled when it is full
	doc  *analysis.Doc
}

// tag sets the tags of ws, words of doc.Text in order, walking the tokens
// once rather than searching them for each word.
func (l *lowerer) tag(ws []word) {
	if len(ws) == 0 {
		return
	}
	toks := l.doc.Tokens
	k := l.doc.TokenAt(ws[0].start)
	for i := range ws {
		for k < len(toks) && toks[k].End <= ws[i].start {
			k++
		}
		if k < len(toks) && toks[k].Start == ws[i].start {
			ws[i].tag = toks[k].Tag
		}
	}
}

// lower returns ASCII s in lower case.
func (l *lowerer) lower(s string) string {
	if l == nil {
		return strings.ToLower(s)
	}
	if l.b.Cap()-l.b.Len() < len(s) {
		l.size = max(256, 2*l.size, len(s))
		l.b.Reset()
		l.b.Grow(l.size)
	}
	n := l.b.Len()
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		l.b.WriteByte(c)
	}
	return l.b.String()[n:]
}

// newWord makes the word text[i:j].
func newWord(lw *lowerer, text string, i, j int, punct bool) word {
	w := word{start: i, end: j, text: text[i:j], punct: punct}
	w.setLow(lw)
	return w
}

// setLow sets w.low.
func (w *word) setLow(lw *lowerer) {
	w.low = w.text
	upper := false
	for k := 0; k < len(w.text); k++ {
		c := w.text[k]
		if c >= 0x80 {
			w.low = strings.ToLower(w.text)
			if strings.Contains(w.low, "’") {
				w.low = strings.ReplaceAll(w.low, "’", "'")
			}
			return
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if upper {
		w.low = lw.lower(w.text)
	}
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isAbbrev tells whether w followed by a dot is an abbreviation: a title
// (Gov., Sen.), an initial (J.) or a dotted acronym (U.S.).
func isAbbrev(w string) bool {
	var buf [8]byte // lower-case without allocating: abbreviations are short
	if len(w) <= len(buf) {
		n := 0
		for ; n < len(w) && w[n] < utf8.RuneSelf; n++ {
			c := w[n]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
		}
		if n == len(w) && abbreviations[string(buf[:n])] {
			return true
		}
		if n < len(w) && abbreviations[strings.ToLower(w)] {
			return true
		}
	} else if abbreviations[strings.ToLower(w)] {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) && unicode.IsUpper(r) {
		return true
	}
	if len(w) >= 4 && len(w) <= 8 && w[1] == '-' && strings.IndexByte("DRI", w[0]) >= 0 {
		return true // a party and state: D-Minn., R-Texas.
	}
	return strings.Contains(w, ".") && len(w) <= 6
}

// capitalized tells whether w starts with an upper-case letter or a digit
// followed by letters (CBS2 is a name; 2019 is not).
func (w word) capitalized() bool {
	if w.text == "" {
		return false
	}
	if c := w.text[0]; c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			return true
		}
		// An Arabic article before a name: el-Sisi, al-Assad.
		if len(w.text) > 3 && w.text[2] == '-' && arabicArticle(w.text[:2]) {
			r, _ := utf8.DecodeRuneInString(w.text[3:])
			return unicode.IsUpper(r)
		}
		return false
	}
	r, _ := utf8.DecodeRuneInString(w.text)
	return unicode.IsUpper(r)
}

func arabicArticle(s string) bool {
	return s == "el" || s == "al" || s == "ul" || s == "as" || s == "ad"
}

func (w word) is(s ...string) bool {
	for _, x := range s {
		if w.low == x {
			return true
		}
	}
	return false
}

// isTerminator tells whether w ends a sentence.
func (w word) isTerminator() bool {
	return w.punct && (w.text == "." || w.text == "?" || w.text == "!")
}
