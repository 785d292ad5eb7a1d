package prosetag

import (
	"strings"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/prosetag/perceptron"
)

// This file is prose v2's tokenizer (iterTokenizer in its tokenize.go),
// rewritten to give byte offsets into the caller's text instead of copies of
// words. It makes the same tokens, which the tagger's model was trained on
// (TestTokenizeLikeProse checks the corpus word for word), without prose's
// pointer per token, its copy of the text and its regular expression per
// word: about a third of the analysis pass.

// token is a word of the text: text[start:end] in the caller's bytes, and the
// word as prose writes it (curly quotes made straight) for the tagger.
type token struct {
	start, end int
	word       string
}

// prose's sanitizer: the quotes it makes straight before tokenizing.
var straight = []struct{ from, to string }{
	{"\u201c", `"`}, {"\u201d", `"`}, {"\u2018", "'"}, {"\u2019", "'"}, {"&rsquo;", "'"},
}

// tokenize appends prose's tokens of text to dst.
func tokenize(dst []token, text string) []token {
	clean, orig := sanitize(text)
	at := func(i int) int { // offset in text of offset i in clean
		if orig == nil {
			return i
		}
		return orig[i]
	}
	for i, j := nextWord(clean, 0); i < len(clean); i, j = nextWord(clean, j) {
		n := len(dst)
		dst = splitDashes(dst, clean[i:j], i)
		if strings.TrimSpace(clean[j:]) == "" {
			dst = splitFinalDot(dst)
		}
		for k := n; k < len(dst); k++ {
			dst[k].start, dst[k].end = at(dst[k].start), at(dst[k].end)
		}
	}
	return dst
}

// splitDashes tokenizes a word split at its dashes (left—Troy, —Troy Roberts,
// said--and), which prose leaves inside the word, so that a name after a dash
// is a word of its own. A dash is one token, as prose makes a dash between
// spaces.
func splitDashes(dst []token, word string, off int) []token {
	for word != "" {
		k, n := dashIndex(word)
		if k < 0 {
			return splitWord(dst, word, off)
		}
		dst = splitWord(dst, word[:k], off)
		dst = append(dst, token{start: off + k, end: off + k + n, word: word[k : k+n]})
		word, off = word[k+n:], off+k+n
	}
	return dst
}

// dashIndex finds the first em dash or "--" in word and its length. An en
// dash joins as often as it separates (the Iran–Iraq War, 1990–95).
func dashIndex(word string) (int, int) {
	for i := 0; i < len(word); i++ {
		switch {
		case strings.HasPrefix(word[i:], "\u2014"):
			return i, len("\u2014")
		case strings.HasPrefix(word[i:], "--"):
			return i, 2
		}
	}
	return -1, 0
}

// splitFinalDot splits the dot off the text's last token when prose kept it
// as an abbreviation ("Act.", "Inc."): Tag is given a sentence, which the
// splitter ended at that dot.
func splitFinalDot(dst []token) []token {
	k := len(dst) - 1
	if k < 0 {
		return dst
	}
	t := dst[k]
	if n := len(t.word); n >= 3 && t.word[n-1] == '.' && isSpecial(t.word) && strings.Count(t.word, ".") == 1 {
		dst[k] = token{start: t.start, end: t.end - 1, word: t.word[:n-1]}
		dst = append(dst, token{start: t.end - 1, end: t.end, word: "."})
	}
	return dst
}

// sanitize returns text with prose's quote replacements and, when it made
// any, the offset in text of each byte of the result (and of its end).
func sanitize(text string) (string, []int) {
	if !strings.Contains(text, "\u201c") && !strings.Contains(text, "\u201d") &&
		!strings.Contains(text, "\u2018") && !strings.Contains(text, "\u2019") &&
		!strings.Contains(text, "&rsquo;") {
		return text, nil
	}
	clean := make([]byte, 0, len(text))
	orig := make([]int, 0, len(text)+1)
next:
	for i := 0; i < len(text); {
		if c := text[i]; c == 0xe2 || c == '&' {
			for _, s := range straight {
				if strings.HasPrefix(text[i:], s.from) {
					clean = append(clean, s.to...)
					orig = append(orig, i)
					i += len(s.from)
					continue next
				}
			}
		}
		clean = append(clean, text[i])
		orig = append(orig, i)
		i++
	}
	return string(clean), append(orig, len(text))
}

var (
	tokPrefixes     = []string{"$", "(", `"`, "["}
	tokSuffixes     = []string{",", ")", `"`, "]", "!", ";", ".", "?", ":", "'"}
	tokContractions = []string{"'ll", "'s", "'re", "'m"}
	tokNegation     = []string{"n't"}
)

// splitWord is prose's doSplit on the word clean[off:off+len(word)]: it peels
// prefix punctuation, contractions and suffix punctuation off the word, one
// at a time, and appends the pieces in text order. Its cost is quadratic in
// the word's length, as prose's is; TagAppend gives it no word longer than
// maxWord.
//
// Where prose loses text, splitWord does not (prose stops when a step makes
// no progress and drops the rest of the word): a contraction counts only at
// the end of the word or before punctuation ("D'Souza," stays one name, not
// "D" and nothing), a leading contraction is its own token, a doubled ”
// quote mark and the opening ' of a 'quoted' word are split off like an
// opening ", and whatever is left is kept as a token.
func splitWord(dst []token, word string, off int) []token {
	add := func(w string, at int) {
		if w != "" {
			dst = append(dst, token{start: at, end: at + len(w), word: w})
		}
	}
	quoted := singleQuoted(word)
	var suffs []token // peeled off the end, last first
	last := 0
	for word != "" {
		if utf8.RuneCountInString(word) == last { // no progress: keep the rest
			add(word, off)
			break
		}
		if isSpecial(word) || abbreviations[word] {
			add(word, off)
			break
		}
		last = utf8.RuneCountInString(word)
		lower := strings.ToLower(word) // same length: the text is safeText's
		if n := quotePrefix(word, quoted); n > 0 {
			add(word[:n], off)
			word, off = word[n:], off+n
		} else if hasAnyPrefix(word, tokPrefixes) {
			add(word[:1], off)
			word, off = word[1:], off+1
		} else if idx, n := contractionIndex(lower); idx > -1 {
			if idx == 0 {
				idx = n
			}
			add(word[:idx], off)
			word, off = word[idx:], off+idx
		} else if hasAnySuffix(word, tokSuffixes) {
			n := len(word) - 1
			suffs = append(suffs, token{start: off + n, end: off + n + 1, word: word[n:]})
			word = word[:n]
		} else {
			add(word, off)
			break
		}
	}
	for k := len(suffs) - 1; k >= 0; k-- {
		dst = append(dst, suffs[k])
	}
	return dst
}

// quotePrefix is the length of an opening quote mark that prose leaves on a
// word: ” (newswire's doubled quote) or the ' of a 'quoted' word.
func quotePrefix(word string, quoted bool) int {
	switch {
	case len(word) > 2 && strings.HasPrefix(word, "''"):
		return 2
	case quoted && len(word) > 1 && word[0] == '\'' && isLetterByte(word[1]):
		return 1
	}
	return 0
}

// singleQuoted reports whether word is a word in single quotes: 'slow', 'no.'
func singleQuoted(word string) bool {
	w := strings.TrimRight(word, ".,;:!?)]\"")
	return len(w) > 2 && w[0] == '\'' && w[len(w)-1] == '\'' && isLetterByte(w[1]) && w[1] != '\''
}

func isLetterByte(c byte) bool { return isUpperASCII(c) || isLowerASCII(c) || c >= utf8.RuneSelf }

// contractionIndex finds a contraction ('ll 's 're 'm) or n't in the lower-cased
// word, as prose does, but only at the word's end or before punctuation.
// It returns the index and the contraction's length, or -1.
func contractionIndex(lower string) (int, int) {
	for _, list := range [][]string{tokContractions, tokNegation} {
		for _, p := range list {
			idx := strings.Index(lower, p)
			if idx < 0 || len(lower) <= len(p) {
				continue
			}
			if end := idx + len(p); end < len(lower) && isLetterByte(lower[end]) {
				continue
			}
			return idx, len(p)
		}
	}
	return -1, 0
}

// The helpers below are prose's (utilities.go), with their quirks: a prefix
// or suffix counts only if the word is longer, an index only if the word is
// longer than what is found.

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if len(s) > len(p) && strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasAnySuffix(s string, suffixes []string) bool {
	for _, p := range suffixes {
		if len(s) > len(p) && strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// abbreviations are news abbreviations longer than prose's pattern for a
// word kept whole (Mr., Gov.) allows: prose splits their dot off as if it
// ended a sentence.
var abbreviations = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("Prof Sept Capt Supt Cmdr Atty Insp Messrs Corp Bros Univ Blvd Dept " +
		"Sens Reps Govs Gens Calif Ariz Colo Conn Okla Minn Tenn Mass Mich Wash Kans Nebr Penn") {
		m[w+"."] = true
	}
	return m
}()

// isSpecial is prose's test for a word kept whole: an emoticon, or a match
// of ^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$ ("U.S.", "Mr.", "Gov.").
func isSpecial(w string) bool {
	if perceptron.IsEmoticon(w) {
		return true
	}
	n := len(w)
	if (n == 3 || n == 4) && isUpperASCII(w[0]) && w[n-1] == '.' {
		lower := true
		for i := 1; i < n-1; i++ {
			lower = lower && isLowerASCII(w[i])
		}
		if lower {
			return true
		}
	}
	if n < 4 || n%2 != 0 {
		return false
	}
	for i := 0; i < n; i += 2 {
		if !(isUpperASCII(w[i]) || isLowerASCII(w[i])) || w[i+1] != '.' {
			return false
		}
	}
	return true
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }
func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }
