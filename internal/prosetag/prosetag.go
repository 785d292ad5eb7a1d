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
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// Token is a word or punctuation token: Text[Start:End] of the tagged text,
// with its Penn Treebank part-of-speech tag.
type Token struct {
	Start, End int
	Tag        string
}

// model is loaded once per process: a prose document built without a model
// decodes about 100 MiB of weights on every call.
var model = sync.OnceValue(func() *prose.Model { return prose.ModelFromData("en") })

// Load loads the tagging model now, so that the first Tag call is not slow.
func Load() { model() }

// Tag tokenizes and tags text (one sentence reads best: prose's tagger starts
// each call with a fresh sentence context) and returns tokens whose offsets,
// plus base, are byte offsets into the caller's input.
func Tag(text string, base int) []Token {
	return TagAppend(nil, text, base)
}

// TagAppend is Tag appending to dst.
func TagAppend(dst []Token, text string, base int) []Token {
	if strings.TrimSpace(text) == "" {
		return dst
	}
	doc, err := prose.NewDocument(text,
		prose.UsingModel(model()),
		prose.WithSegmentation(false),
		prose.WithExtraction(false))
	if err != nil {
		return dst
	}
	pos := 0
	for _, t := range doc.Tokens() {
		start, end, ok := align(text, pos, t.Text)
		if !ok {
			continue // prose produced text we cannot place; drop the token rather than guess
		}
		dst = append(dst, Token{Start: base + start, End: base + end, Tag: t.Tag})
		pos = end
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
