package entity

import (
	"slices"
	"sync"

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
	f.corefer()
	return f.entities()
}

// The last article's token facts are kept for Resolve, which the quote and
// policy extractors call many times on the document Analyze just read.
var cache struct {
	sync.Mutex
	doc  *analysis.Doc
	info *docInfo
	ents entsCache
}

// entsCache is what Resolve derives from one Analyze result: the mentions as
// anchors in text order, and each entity's gender and titles.
type entsCache struct {
	doc     *analysis.Doc
	first   *Entity
	n       int
	anchors []anchor
	infos   []entInfo
}

func cachedEnts(doc *analysis.Doc, di *docInfo, ents []Entity) *entsCache {
	cache.Lock()
	defer cache.Unlock()
	var first *Entity
	if len(ents) > 0 {
		first = &ents[0]
	}
	c := &cache.ents
	if c.doc != doc || c.first != first || c.n != len(ents) || c.infos == nil {
		*c = entsCache{doc: doc, first: first, n: len(ents),
			anchors: anchorsOf(doc, di, ents, len(doc.Text)+1), infos: infoOf(ents)}
	}
	return &entsCache{doc: c.doc, first: c.first, n: c.n, anchors: c.anchors, infos: c.infos}
}

func cachedInfo(doc *analysis.Doc) *docInfo {
	cache.Lock()
	defer cache.Unlock()
	if cache.doc != doc {
		cache.doc, cache.info = doc, newDocInfo(doc)
	}
	return cache.info
}

func sortAnchors(a []anchor) {
	slices.SortStableFunc(a, func(x, y anchor) int {
		if x.start != y.start {
			return x.start - y.start
		}
		return x.end - y.end
	})
}
