package analysis

import (
	"strings"
	"sync"
	"time"

	"github.com/newsfacts/newsfacts/internal/prosetag"
)

// Span is the half-open byte range [Start, End) of the input.
type Span struct {
	Start, End int
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Token is a word or punctuation mark with its Penn Treebank POS tag.
type Token struct {
	Span
	Text string // the input's bytes at Span
	Tag  string
}

// Sentence is a sentence of one paragraph. Tokens are Doc.Tokens[First:Last].
type Sentence struct {
	Span
	Para        int
	First, Last int
}

// Paragraph is a block of text between blank lines. Its sentences are
// Doc.Sentences[First:Last].
type Paragraph struct {
	Span
	First, Last int
}

// Dateline is the place and source that open many wire articles
// ("NEW YORK (CBSNewYork) —"), or a first line that is only a date
// ("Friday, January 4, 2019").
type Dateline struct {
	Span        // the whole dateline, dash included
	Place  Span // "NEW YORK"; empty for a date line
	Source Span // "CBSNewYork", without parentheses; empty if none
	Date   Span // a date line, or the date of a wire dateline ("Jan 26"); empty otherwise
}

// Doc is an analysed article.
type Doc struct {
	Text string
	// Published anchors relative dates; zero when the article is undated.
	Published time.Time
	// Location is the time zone of the article's dates (UTC unless set).
	Location *time.Location
	// Header is the leading "date YYYY-MM-DD" metadata line, if any.
	Header *Span
	// Dateline is the article's dateline, if any.
	Dateline *Dateline

	Paragraphs []Paragraph
	Sentences  []Sentence
	Tokens     []Token

	memo *memoTable // see Memo; nil in a Doc not made by Parse
}

type memoTable struct {
	mu sync.Mutex
	m  map[any]any
}

// Memo returns the value stored in this document under key, computing it
// with f on first use. Extractors use it to share features they derive from
// one document between calls (Analyze, then many Resolve calls) without
// global state, so that one Extractor can serve many goroutines. Use an
// unexported key type, as with context.Context values. Safe for concurrent
// use; f may itself call Memo, and may run twice when two goroutines ask at
// once (then both get the first value stored).
func (d *Doc) Memo(key any, f func() any) any {
	t := d.memo
	if t == nil {
		return f()
	}
	t.mu.Lock()
	v, ok := t.m[key]
	t.mu.Unlock()
	if ok {
		return v
	}
	v = f()
	t.mu.Lock()
	defer t.mu.Unlock()
	if old, ok := t.m[key]; ok {
		return old
	}
	if t.m == nil {
		t.m = make(map[any]any)
	}
	t.m[key] = v
	return v
}

// Options set what the text alone cannot tell.
type Options struct {
	// Published, when not zero, overrides a date found in the text.
	Published time.Time
	// Location is the zone for dates; nil means UTC.
	Location *time.Location
}

// Parse analyses text. It never fails: any bytes are text.
func Parse(text string, opt Options) *Doc {
	d := &Doc{Text: text, Location: opt.Location, memo: &memoTable{}}
	if d.Location == nil {
		d.Location = time.UTC
	}
	body := 0
	if h, day, ok := findHeader(text); ok {
		d.Header = &h
		d.Published = day
		body = h.End
	}
	if dl, day, ok := findDateline(text, body); ok {
		d.Dateline = &dl
		// A byline is text of its own, a paragraph per line: its name and its
		// credit ("By JANE DOE\nAssociated Press") are not one name.
		if byline := strings.TrimRight(text[body:dl.Start], " \t\r\n"); strings.TrimSpace(byline) != "" {
			d.splitRange(body, body+len(byline))
		}
		if d.Published.IsZero() && !day.IsZero() {
			d.Published = day
		}
		body = dl.End
	}
	if !opt.Published.IsZero() {
		d.Published = opt.Published
	}
	if !d.Published.IsZero() {
		y, m, dd := d.Published.Date()
		d.Published = time.Date(y, m, dd, 0, 0, 0, 0, d.Location)
	}
	d.split(body)
	d.tag()
	return d
}

func (d *Doc) tag() {
	// Tag every sentence into one buffer sized for news text (about a token
	// per five bytes), then copy it once into Tokens: growing one huge slice
	// of pointers token by token is what made a 1 MB sentence slow.
	toks := make([]prosetag.Token, 0, len(d.Text)/5+8)
	for i := range d.Sentences {
		s := &d.Sentences[i]
		s.First = len(toks)
		toks = prosetag.TagAppend(toks, d.Text[s.Start:s.End], s.Start)
		s.Last = len(toks)
	}
	d.Tokens = make([]Token, len(toks))
	for i, t := range toks {
		d.Tokens[i] = Token{Span: Span{t.Start, t.End}, Text: d.Text[t.Start:t.End], Tag: t.Tag}
	}
}

// SentenceTokens returns the tokens of sentence i.
func (d *Doc) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.First:s.Last]
}

// SentenceAt returns the index of the sentence containing byte offset off, or -1.
func (d *Doc) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Sentences[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Sentences) && d.Sentences[lo].Start <= off {
		return lo
	}
	return -1
}

// ParagraphAt returns the index of the paragraph containing byte offset off, or -1.
func (d *Doc) ParagraphAt(off int) int {
	lo, hi := 0, len(d.Paragraphs)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Paragraphs[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Paragraphs) && d.Paragraphs[lo].Start <= off {
		return lo
	}
	return -1
}

// TokenAt returns the index of the first token ending after off (the token
// containing off, or the next one), or len(d.Tokens).
func (d *Doc) TokenAt(off int) int {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Tokens[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Load loads the tagging model now rather than on the first Parse.
func Load() { prosetag.Load() }
