package entity

import (
	"runtime"
	"slices"
	"sync"
	"weak"

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
// policy extractors call many times on the document Analyze just read. The
// cache holds the article only weakly, and drops what it derived from it once
// the article is collected, so that it keeps no document alive.
var cache struct {
	sync.Mutex
	doc  weak.Pointer[analysis.Doc]
	info *docInfo // its doc is nil; cachedInfo hands out copies that have it
	ents entsCache
	// watched are the live articles that have a cleanup registered.
	watched map[weak.Pointer[analysis.Doc]]bool
}

// entsCache is what Resolve derives from one Analyze result: the mentions as
// anchors in text order, and each entity's gender and titles.
type entsCache struct {
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
	if cache.doc.Value() != doc || c.first != first || c.n != len(ents) || c.infos == nil {
		fresh := entsCache{first: first, n: len(ents), anchors: anchorsOf(doc, di, ents, len(doc.Text)+1), infos: infoOf(ents)}
		if cache.doc.Value() != doc {
			return &fresh // another article took the cache meanwhile
		}
		*c = fresh
	}
	cp := *c
	return &cp
}

func cachedInfo(doc *analysis.Doc) *docInfo {
	cache.Lock()
	defer cache.Unlock()
	if same := cache.doc.Value() == doc; cache.info == nil || !same {
		info := newDocInfo(doc)
		info.doc = nil
		if !same {
			cache.doc = weak.Make(doc)
			if !cache.watched[cache.doc] { // one cleanup per article, not per call
				if cache.watched == nil {
					cache.watched = map[weak.Pointer[analysis.Doc]]bool{}
				}
				cache.watched[cache.doc] = true
				runtime.AddCleanup(doc, dropCache, cache.doc)
			}
		}
		cache.info, cache.ents = info, entsCache{}
	}
	di := *cache.info
	di.doc = doc
	return &di
}

// dropCache forgets an article that has been collected.
func dropCache(doc weak.Pointer[analysis.Doc]) {
	cache.Lock()
	defer cache.Unlock()
	delete(cache.watched, doc)
	if cache.doc == doc {
		cache.doc, cache.info, cache.ents = weak.Pointer[analysis.Doc]{}, nil, entsCache{}
	}
}

func sortAnchors(a []anchor) {
	slices.SortStableFunc(a, func(x, y anchor) int {
		if x.start != y.start {
			return x.start - y.start
		}
		return x.end - y.end
	})
}
