// Package prosetag is the only place that calls github.com/jdkato/prose.
//
// prose v2 gives tokens and part-of-speech tags but no offsets, and it rewrites
// curly quotes into straight ones before tokenizing. Tag aligns prose's tokens
// back onto the caller's bytes. Keeping every prose call here means a move to a
// prose version with native offsets touches this file only.
package prosetag

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

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
// prose v2 has input-dependent failure modes that Tag keeps away from the
// caller: it slices a lower-cased copy of a word with indexes of the original,
// which panics when lower-casing changes the byte length (invalid UTF-8,
// "İ"); and it peels prefix and suffix punctuation off a word one byte at a
// time, rescanning the word each time, which is quadratic in the word's
// length (10,000 quote marks in a row). So words longer than maxWord bytes
// are not given to prose: each becomes one NN token, as prose tags URLs; and
// prose reads a same-length copy of the text in which such runes are
// replaced by 'x'. A panic that still escapes prose falls back to one NN
// token per word.
func TagAppend(dst []Token, text string, base int) []Token {
	seg := 0 // start of the text not yet tagged
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		if j-i > maxWord {
			dst = tagSegment(dst, text[seg:i], base+seg)
			dst = append(dst, Token{Start: base + i, End: base + j, Tag: "NN"})
			seg = j
		}
		i = j
	}
	return tagSegment(dst, text[seg:], base+seg)
}

// maxWord is the longest word, in bytes, given to prose. Real words and URLs
// are shorter; longer runs are garbage, where prose's cost is quadratic.
const maxWord = 256

func tagSegment(dst []Token, text string, base int) []Token {
	if strings.TrimSpace(text) == "" {
		return dst
	}
	clean := safeText(text)
	toks, ok := proseTokens(clean)
	if !ok {
		return appendWords(dst, text, base)
	}
	pos := 0
	for _, t := range toks {
		start, end, ok := align(clean, pos, t.Text)
		if !ok {
			continue // prose produced text we cannot place; drop the token rather than guess
		}
		// prose splits off an opening " but not an opening ': give ‘ its
		// own token, as prose gives “.
		if end-start > len(openSingle) && strings.HasPrefix(text[start:], openSingle) {
			dst = append(dst, Token{Start: base + start, End: base + start + len(openSingle), Tag: "``"})
			start += len(openSingle)
		}
		dst = append(dst, Token{Start: base + start, End: base + end, Tag: t.Tag})
		pos = end
	}
	return dst
}

const openSingle = "\u2018"

// proseTokens runs prose's tokenizer and tagger; ok is false if prose panicked.
func proseTokens(text string) (toks []prose.Token, ok bool) {
	defer func() {
		if recover() != nil {
			toks, ok = nil, false
		}
	}()
	doc, err := prose.NewDocument(text,
		prose.WithTagging(false),
		prose.WithSegmentation(false),
		prose.WithExtraction(false))
	if err != nil {
		return nil, false
	}
	toks = doc.Tokens()
	t := tagger()
	if t == nil {
		for i := range toks {
			toks[i].Tag = "NN"
		}
		return toks, true
	}
	words := make([]string, len(toks))
	for i, tok := range toks {
		words[i] = tok.Text
	}
	for i, tag := range t.Tag(words) {
		toks[i].Tag = tag
	}
	return toks, true
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
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		dst = append(dst, Token{Start: base + i, End: base + j, Tag: "NN"})
		i = j
	}
	return dst
}

// align finds tok, as prose rewrote it, at or after pos in text. prose maps
// “ ” to " and ‘ ’ &rsquo; to ', so those are matched back to their originals.
func align(text string, pos int, tok string) (start, end int, ok bool) {
	// prose tokens never span whitespace, and follow each other in order:
	// skip to the first byte that can begin tok.
	for limit := 0; pos < len(text) && limit < 64; limit++ {
		if e, ok := matchAt(text, pos, tok); ok {
			return pos, e, true
		}
		_, size := utf8.DecodeRuneInString(text[pos:])
		pos += size
	}
	return 0, 0, false
}

func matchAt(text string, i int, tok string) (int, bool) {
	for j := 0; j < len(tok); j++ {
		if i >= len(text) {
			return 0, false
		}
		switch c := tok[j]; {
		case c == text[i]:
			i++
		case c == '"' && (strings.HasPrefix(text[i:], "\u201c") || strings.HasPrefix(text[i:], "\u201d")):
			i += 3
		case c == '\'' && (strings.HasPrefix(text[i:], "\u2018") || strings.HasPrefix(text[i:], "\u2019")):
			i += 3
		case c == '\'' && strings.HasPrefix(text[i:], "&rsquo;"):
			i += len("&rsquo;")
		default:
			return 0, false
		}
	}
	return i, true
}
