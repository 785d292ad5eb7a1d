package prosetag

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/prosetag/perceptron"
)

// Token is a word or punctuation token: Text[Start:End] of the tagged text,
// with its Penn Treebank part-of-speech tag.
type Token struct {
	Start, End int
	Tag        string
}

// tagger is prose's tagging model, loaded once per process (a prose document
// built without a model decodes about 100 MiB of weights on every call) and
// run by package perceptron, which gives prose's tags six times faster and
// tags a repeated word in its own context (prose's tokenizer shares one
// Token between repeats of a word, so they all get the last one's tag).
// It is nil only if prose's embedded model does not decode, a broken build:
// then every token is tagged NN rather than the library panicking.
var tagger = sync.OnceValue(func() *perceptron.Tagger {
	t, err := perceptron.Load()
	if err != nil {
		return nil
	}
	return t
})

// Load loads the tagging model now, so that the first Tag call is not slow.
func Load() { tagger() }

// Tag tokenizes and tags text (one sentence reads best: prose's tagger starts
// each call with a fresh sentence context) and returns tokens whose offsets,
// plus base, are byte offsets into the caller's input.
func Tag(text string, base int) []Token {
	return TagAppend(nil, text, base)
}

// TagAppend is Tag appending to dst.
//
// prose v2's tokenizer has input-dependent failure modes that Tag keeps away
// from the caller: it slices a lower-cased copy of a word with indexes of the
// original, which panics when lower-casing changes the byte length (invalid
// UTF-8, "İ"); and it peels prefix and suffix punctuation off a word one byte
// at a time, rescanning the word each time, which is quadratic in the word's
// length (10,000 quote marks in a row). So words longer than maxWord bytes
// are not tokenized: each becomes one NN token, as prose tags URLs; and the
// tokenizer reads a same-length copy of the text in which such runes are
// replaced by 'x'. A panic, should one still happen, falls back to one NN
// token per word.
func TagAppend(dst []Token, text string, base int) []Token {
	seg := 0 // start of the text not yet tagged
	for i, j := nextWord(text, 0); i < len(text); i, j = nextWord(text, j) {
		if j-i > maxWord {
			dst = tagSegment(dst, text[seg:i], base+seg)
			dst = append(dst, Token{Start: base + i, End: base + j, Tag: "NN"})
			seg = j
		}
	}
	return tagSegment(dst, text[seg:], base+seg)
}

// maxWord is the longest word, in bytes, given to the tokenizer. Real words
// and URLs are shorter; longer runs are garbage, where its cost is quadratic.
const maxWord = 256

func tagSegment(dst []Token, text string, base int) []Token {
	if strings.TrimSpace(text) == "" {
		return dst
	}
	toks, tags, ok := tagWords(safeText(text))
	if !ok {
		return appendWords(dst, text, base)
	}
	for i, t := range toks {
		start := t.start
		// prose splits off an opening " but not an opening ': give ‘ its
		// own token, as prose gives “.
		if t.end-start > len(openSingle) && strings.HasPrefix(text[start:], openSingle) {
			dst = append(dst, Token{Start: base + start, End: base + start + len(openSingle), Tag: "``"})
			start += len(openSingle)
		}
		dst = append(dst, Token{Start: base + start, End: base + t.end, Tag: tags[i]})
	}
	return dst
}

const openSingle = "\u2018"

// tagWords tokenizes text as prose does and tags the words; ok is false if
// something panicked (nothing is known to).
func tagWords(text string) (toks []token, tags []string, ok bool) {
	defer func() {
		if recover() != nil {
			toks, tags, ok = nil, nil, false
		}
	}()
	toks = tokenize(nil, text)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.word
		if t.word == `"` {
			words[i] = quoteWord(text, t.start)
		}
	}
	t := tagger()
	if t == nil {
		tags = make([]string, len(words))
		for i := range tags {
			tags[i] = "NN"
		}
		return toks, tags, true
	}
	return toks, t.Tag(words), true
}

// quoteWord is the Penn Treebank word for the double quote mark at i (two
// backquotes to open, two apostrophes to close), which prose's model knows,
// while it guesses a tag (IN, NN, JJ) for a bare " it never saw. An opening
// mark is “, or a " at the start of the text or after a space or bracket.
func quoteWord(text string, i int) string {
	if strings.HasPrefix(text[i:], "\u201c") {
		return "``"
	}
	if strings.HasPrefix(text[i:], "\u201d") {
		return "''"
	}
	if i == 0 {
		return "``"
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	if unicode.IsSpace(r) || strings.ContainsRune("([{—–-", r) {
		return "``"
	}
	return "''"
}

// safeText returns text with every rune whose lower case has another byte
// length (and every invalid byte) replaced by as many 'x' bytes, so that
// offsets into the copy are offsets into text. Most text is returned as is.
func safeText(text string) string {
	var b []byte
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if (r == utf8.RuneError && size == 1) || utf8.RuneLen(unicode.ToLower(r)) != size {
			if b == nil {
				b = []byte(text)
			}
			for k := i; k < i+size; k++ {
				b[k] = 'x'
			}
		}
		i += size
	}
	if b == nil {
		return text
	}
	return string(b)
}

// appendWords is the fallback tokenization: one NN token per word.
func appendWords(dst []Token, text string, base int) []Token {
	for i, j := nextWord(text, 0); i < len(text); i, j = nextWord(text, j) {
		dst = append(dst, Token{Start: base + i, End: base + j, Tag: "NN"})
	}
	return dst
}

// nextWord returns the bounds of the first whitespace-separated word at or
// after from, or len(text) twice.
func nextWord(text string, from int) (start, end int) {
	i := from
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsSpace(r) {
			break
		}
		j += size
	}
	return i, j
}
