package entity

import (
	"slices"

	"github.com/newsfacts/newsfacts/internal/analysis"
)

// Type is an entity's kind, as in OntoNotes.
type Type string

// The entity types.
const (
	Person Type = "PERSON"
	Org    Type = "ORG"
	GPE    Type = "GPE" // countries, states, cities
	Loc    Type = "LOC" // other places
	Fac    Type = "FAC" // buildings, rooms, facilities
	NORP   Type = "NORP"
	Event  Type = "EVENT"
	Law    Type = "LAW"
)

// Mention is a stretch of the input that names an entity: Text is input[Start:End].
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Entity is one real-world person, organization or place of an article with
// every mention that refers to it.
type Entity struct {
	ID       string    `json:"id"`   // "E1", "E2"… in order of first mention
	Name     string    `json:"name"` // the fullest proper name in the article
	Type     Type      `json:"type"`
	Titles   []string  `json:"titles"`
	Mentions []Mention `json:"mentions"`
}

// Find returns the entities of an article.
func Find(text string) []Entity {
	return Analyze(analysis.Parse(text, analysis.Options{}))
}

// Analyze returns the entities of an analysed article, sorted by first mention.
// It is the entry point for the other extractors, which share one analysis.
func Analyze(doc *analysis.Doc) []Entity {
	if doc == nil {
		return []Entity{}
	}
	f := &finder{di: cachedInfo(doc)}
	f.collect()
	f.cluster()
	f.finish()
	f.lendTypes()
	f.corefer()
	return f.entities()
}

// What Analyze and Resolve derive from an article is memoized on the
// article itself (analysis.Doc.Memo): the quote and policy extractors call
// Resolve many times on the document Analyze just read, from any number of
// goroutines, and the memo goes when the document does.
type (
	infoKey struct{}
	entsKey struct {
		first *Entity
		n     int
	}
)

// entsCache is what Resolve derives from one Analyze result: the mentions as
// anchors in text order, and each entity's gender and titles.
type entsCache struct {
	anchors []anchor
	infos   []entInfo
}

func cachedEnts(doc *analysis.Doc, di *docInfo, ents []Entity) *entsCache {
	var first *Entity
	if len(ents) > 0 {
		first = &ents[0]
	}
	return doc.Memo(entsKey{first, len(ents)}, func() any {
		return &entsCache{anchors: anchorsOf(doc, di, ents, len(doc.Text)+1), infos: infoOf(ents)}
	}).(*entsCache)
}

// cachedInfo returns the article's token facts, a copy for the caller to use.
func cachedInfo(doc *analysis.Doc) *docInfo {
	info := doc.Memo(infoKey{}, func() any { return newDocInfo(doc) }).(*docInfo)
	di := *info
	return &di
}

func sortAnchors(a []anchor) {
	slices.SortStableFunc(a, func(x, y anchor) int {
		if x.start != y.start {
			return x.start - y.start
		}
		return x.end - y.end
	})
}
