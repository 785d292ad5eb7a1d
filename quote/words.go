package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is a word or punctuation mark of the text around a quotation.
type word struct {
	start, end int
	text       string
	low        string // lower case, curly apostrophes made straight
	punct      bool
}

// words splits text[from:to] into words and punctuation. A word keeps inner
// hyphens, apostrophes and dots (Jean-Pierre, mayor’s, U.S.) and the dot of a
// known abbreviation (Gov., Mr.).
func words(dst []word, text string, from, to int) []word {
	for i := from; i < to; {
		if c := text[i]; c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			i++ // the common case, without decoding
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:to])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := i + n
			for j < to {
				if c := text[j]; c < utf8.RuneSelf && (c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9') {
					j++ // ASCII letters and digits, without decoding
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:to])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' || r2 == '&' {
					if r3, _ := utf8.DecodeRuneInString(text[j+n2 : to]); j+n2 < to && isWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
			if j < to && text[j] == '.' && isAbbrev(text[i:j]) {
				j++
			}
			dst = append(dst, newWord(text, i, j, false))
			i = j
		default:
			dst = append(dst, newWord(text, i, i+n, true))
			i += n
		}
	}
	return dst
}

func newWord(text string, i, j int, punct bool) word {
	w := word{start: i, end: j, text: text[i:j], punct: punct}
	w.low = w.text
	for k := 0; k < len(w.text); k++ {
		if c := w.text[k]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			w.low = strings.ToLower(w.text)
			if strings.Contains(w.low, "’") {
				w.low = strings.ReplaceAll(w.low, "’", "'")
			}
			break
		}
	}
	return w
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// isAbbrev tells whether w followed by a dot is an abbreviation: a title
// (Gov., Sen.), an initial (J.) or a dotted acronym (U.S.).
func isAbbrev(w string) bool {
	if abbreviations[strings.ToLower(w)] {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) && unicode.IsUpper(r) {
		return true
	}
	return strings.Contains(w, ".") && len(w) <= 6
}

// capitalized tells whether w starts with an upper-case letter or a digit
// followed by letters (CBS2 is a name; 2019 is not).
func (w word) capitalized() bool {
	r, _ := utf8.DecodeRuneInString(w.text)
	return unicode.IsUpper(r)
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
