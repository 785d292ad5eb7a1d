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

// asciiWord classes the ASCII bytes a word is made of: 1 for a lower-case
// letter or a digit, 2 for an upper-case letter, 0 for any other byte (a
// byte of a multi-byte rune too, which is decoded instead).
var asciiWord = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = 1
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = 1, 2
	}
	return t
}()

// scanWords is words; with stop, it stops after the first sentence end.
// Words of the document's own text take the tags of the tokens that start
// where they start, read in step with the words: one search at the first
// word, then a walk, with no deferred closure in this hot loop.
func scanWords(lw *lowerer, dst []word, text string, from, to int, stop bool) []word {
	var toks []analysis.Token
	k := -1 // the first token ending after the word being read, once searched for
	if lw != nil && lw.doc != nil && lw.doc.Text == text {
		toks = lw.doc.Tokens
	}
	for i := from; i < to; {
		if asciiSpace(text[i]) {
			i++ // the common case, without decoding
			continue
		}
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:to])
		}
		var w *word
		switch {
		case unicode.IsSpace(r):
			i += n
			continue
		case isWordRune(r):
			// seen (2 for an upper-case letter) and ascii tell how to
			// lower-case the word, read on the way.
			seen, ascii := asciiWord[text[i]], r < utf8.RuneSelf
			j := i + n
			for j < to {
				if cl := asciiWord[text[j]]; cl != 0 {
					seen |= cl
					j++ // ASCII letters and digits, without decoding
					continue
				}
				r2, n2 := rune(text[j]), 1
				if r2 >= utf8.RuneSelf {
					r2, n2 = utf8.DecodeRuneInString(text[j:to])
				}
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
			w = &dst[len(dst)-1]
			switch {
			case !ascii:
				w.setLow(lw)
			case seen&2 != 0:
				w.low = lw.lower(w.text)
			default:
				w.low = w.text
			}
			i = j
		default:
			dst = append(dst, newWord(lw, text, i, i+n, true))
			w = &dst[len(dst)-1]
			i += n
		}
		if toks != nil {
			if k < 0 {
				k = lw.tokenAt(w.start) // at the first word: a range may have none
			}
			for k < len(toks) && toks[k].End <= w.start {
				k++
			}
			if k < len(toks) && toks[k].Start == w.start {
				w.tag = toks[k].Tag
			}
		}
		if stop && w.isTerminator() {
			break
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

// tokenAt is doc.TokenAt(off), the first token ending after off, found
// in the tokens of the sentence holding off (they lie between its Start and
// End, and the tokens of the sentences before end by its Start): a search
// of the few sentences, then of a few tokens near each other, rather than
// of all the article's tokens.
func (l *lowerer) tokenAt(off int) int {
	doc := l.doc
	si := doc.SentenceAt(off)
	if si < 0 {
		return doc.TokenAt(off) // between sentences
	}
	s := doc.Sentences[si]
	return firstEndAfter(doc.Tokens, s.First, s.Last, off)
}

// firstEndAfter returns the first token of toks[lo:hi] ending after off,
// or hi.
func firstEndAfter(toks []analysis.Token, lo, hi, off int) int {
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
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
	// Lower-case into a small array, then copy it at once: a builder's
	// WriteByte per byte costs more than the lowering.
	var buf [32]byte
	if len(s) > len(buf) {
		for i := 0; i < len(s); i++ {
			l.b.WriteByte(lowerASCII(s[i]))
		}
	} else {
		for i := 0; i < len(s); i++ {
			buf[i] = lowerASCII(s[i])
		}
		l.b.Write(buf[:len(s)])
	}
	n := l.b.Len()
	return l.b.String()[n-len(s):]
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c
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
		return asciiWord[r] != 0 // inlined: most runes are ASCII
	}
	return isWordRuneWide(r)
}

func isWordRuneWide(r rune) bool {
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
