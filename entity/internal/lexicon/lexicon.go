// Package lexicon holds the word lists that the entity package types names
// with. Every list is an embedded text file that says where it comes from;
// this file only parses them into lookup tables, once, on first use.
package lexicon

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
)

// Types as in the entity package; kept as strings so that this package has no
// dependency on it.
const (
	Person = "PERSON"
	Org    = "ORG"
	GPE    = "GPE"
	Loc    = "LOC"
	Fac    = "FAC"
	NORP   = "NORP"
	Event  = "EVENT"
	Law    = "LAW"
)

// Entry is what a known name is: its type and canonical key. Names that share
// a key are one entity ("NYC" and "New York City").
type Entry struct {
	Type    string
	Key     string
	City    bool // a city, so that "the city" may refer to it
	Country bool // a country, which plays as a national team rather than a club
	The     bool // written with "the" ("the Big Apple"), which then belongs to the mention
}

// Gender of a given name or title.
type Gender byte

// Genders.
const (
	Unknown Gender = iota
	Male
	Female
)

// TitleKind tells how a word takes part in a person's title.
type TitleKind byte

// Title kinds: a Head names a role ("mayor"); a Mod only extends one ("deputy").
const (
	NotTitle TitleKind = iota
	Head
	Mod
)

var (
	//go:embed countries.txt
	countriesTxt string
	//go:embed nationalities.txt
	nationalitiesTxt string
	//go:embed us_states.txt
	statesTxt string
	//go:embed cities.txt
	citiesTxt string
	//go:embed provinces.txt
	provincesTxt string
	//go:embed regions.txt
	regionsTxt string
	//go:embed names.txt
	namesTxt string
	//go:embed titles.txt
	titlesTxt string
	//go:embed heads.txt
	headsTxt string
	//go:embed given_male.txt
	maleTxt string
	//go:embed given_female.txt
	femaleTxt string
	//go:embed stop.txt
	stopTxt string
	//go:embed words.txt
	wordsTxt string
)

type tables struct {
	exact  map[string][]Entry // all-caps short forms, case-sensitive ("US", "AP")
	folded map[string][]Entry // lower-cased names
	asIs   map[string][]Entry // names as the lists write them
	heads  map[string]string
	titles map[string]titleInfo
	given  map[string]Gender
	stop   map[string]bool
	// long holds the first words of known names that have a lower-case
	// word inside ("Centers" of "Centers for Disease Control and
	// Prevention"), which the name rules may not read through.
	long map[string]bool
}

type titleInfo struct {
	kind   TitleKind
	gender Gender
}

var load = sync.OnceValue(func() *tables {
	t := &tables{
		exact:  map[string][]Entry{},
		folded: map[string][]Entry{},
		asIs:   map[string][]Entry{},
		heads:  map[string]string{},
		titles: map[string]titleInfo{},
		given:  map[string]Gender{},
		stop:   map[string]bool{},
		long:   map[string]bool{},
	}
	t.addNames(countriesTxt, Entry{Type: GPE, Country: true})
	t.addNames(statesTxt, Entry{Type: GPE})
	t.addNames(citiesTxt, Entry{Type: GPE, City: true})
	t.addNames(provincesTxt, Entry{Type: GPE})
	t.addNames(regionsTxt, Entry{Type: Loc})
	for _, line := range lines(namesTxt) {
		typ, rest, _ := strings.Cut(line, " ")
		t.addNames(rest, Entry{Type: typ})
	}
	for _, line := range lines(nationalitiesTxt) {
		t.addAlt(line, Entry{Type: NORP, Key: "norp:" + line})
		if _, country := t.asIs[line+"s"]; !country {
			t.addAlt(line+"s", Entry{Type: NORP, Key: "norp:" + line}) // but "Philippines" is the country
		}
	}
	for _, line := range lines(headsTxt) {
		typ, word, _ := strings.Cut(line, " ")
		if _, dup := t.heads[word]; !dup {
			t.heads[word] = typ
		}
	}
	for _, line := range lines(titlesTxt) {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		info := titleInfo{kind: Mod}
		if f[0] == "head" {
			info.kind = Head
		}
		if len(f) > 2 {
			info.gender = genderOf(f[2])
		}
		if old, ok := t.titles[f[1]]; ok && old.kind == Head {
			info.kind = Head
		}
		t.titles[f[1]] = info
		if r := []rune(f[1]); len(r) > 0 {
			r[0] = unicode.ToUpper(r[0])
			t.titles[string(r)] = info // "Mayor" without lower-casing
		}
		if strings.Contains(f[1], "-") {
			parts := strings.Split(f[1], "-")
			for i, p := range parts {
				if p != "" {
					parts[i] = strings.ToUpper(p[:1]) + p[1:]
				}
			}
			t.titles[strings.Join(parts, "-")] = info // "Secretary-General"
		}
	}
	addGiven := func(txt string, g Gender) {
		for _, line := range lines(txt) {
			for _, w := range strings.Fields(line) {
				if old, ok := t.given[w]; ok && old != g {
					g2 := Unknown
					t.given[w] = g2
					continue
				}
				t.given[w] = g
			}
		}
	}
	addGiven(maleTxt, Male)
	addGiven(femaleTxt, Female)
	for _, line := range lines(stopTxt) {
		for _, w := range strings.Fields(line) {
			t.stop[w] = true
		}
	}
	return t
})

func genderOf(s string) Gender {
	switch s {
	case "m":
		return Male
	case "f":
		return Female
	}
	return Unknown
}

// lines returns the non-empty, non-comment lines of a data file.
func lines(txt string) []string {
	var out []string
	for _, l := range strings.Split(txt, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// addNames adds "Name|alt|alt" lines: every form maps to the first one's
// key, as an entry like proto.
func (t *tables) addNames(txt string, proto Entry) {
	typ, city := proto.Type, proto.City
	for _, line := range lines(txt) {
		forms := strings.Split(line, "|")
		key := strings.ToLower(strings.TrimPrefix(forms[0], "the "))
		for _, f := range forms {
			e := proto
			e.Key = key
			if strings.HasPrefix(f, "the ") {
				e.The = true
				f = f[4:]
			}
			if isShortCaps(f) && len(f) == 2 && typ == GPE && !city && f != "US" && f != "UK" && f != "DC" && f != "NY" {
				continue // postal codes such as IN, OR, ME are ordinary words far more often
			}
			t.addAlt(f, e)
		}
	}
}

func (t *tables) addAlt(form string, e Entry) {
	if words := strings.Fields(form); len(words) > 2 {
		for _, w := range words[1:] {
			if r := []rune(w); unicode.IsLower(r[0]) {
				t.long[words[0]] = true
				break
			}
		}
	}
	if isShortCaps(form) {
		t.exact[form] = appendEntry(t.exact[form], e)
		return
	}
	k := strings.ToLower(form)
	t.folded[k] = appendEntry(t.folded[k], e)
	if form != k {
		// The form as written is looked up first, without lower-casing.
		t.asIs[form] = appendEntry(t.asIs[form], e)
	}
}

func appendEntry(list []Entry, e Entry) []Entry {
	for _, x := range list {
		if x.Key == e.Key && x.Type == e.Type {
			return list
		}
	}
	return append(list, e)
}

// isShortCaps reports whether s is an acronym-like short form ("US", "U.N.",
// "NYC", "CBS2"), which must match case-sensitively.
func isShortCaps(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || unicode.IsDigit(r) || r == '&':
		default:
			return false
		}
	}
	return letters > 0 && letters <= 5
}

// Lookup returns what the name s is known as, if anything.
func Lookup(s string) []Entry {
	t := load()
	if isShortCaps(s) {
		if e := t.exact[s]; e != nil {
			return e
		}
		if !strings.Contains(s, " ") && len(s) <= 5 {
			return nil
		}
	}
	if e, ok := t.asIs[s]; ok {
		return e
	}
	if !oddCase(s) {
		return nil // written as the lists write names, and not in them
	}
	return t.folded[lower(s)]
}

// oddCase reports whether s is cased unlike the lists' names: all capitals
// ("NEW YORK"), a capital inside a word, or a lower-case start.
func oddCase(s string) bool {
	prevLetter := false
	for i, r := range s {
		switch {
		case unicode.IsUpper(r):
			if prevLetter {
				return true
			}
			prevLetter = true
		case unicode.IsLower(r):
			if i == 0 {
				return true
			}
			prevLetter = true
		default:
			prevLetter = false
		}
	}
	return false
}

// HeadType returns the entity type that a name ending (or, before "of",
// starting) with word has: "Department" ORG, "Hospital" FAC.
func HeadType(word string) string { return load().heads[word] }

// Title tells whether word (any case) is part of a person's title.
func Title(word string) (TitleKind, Gender) {
	t := load()
	i, ok := t.titles[word]
	if !ok && oddCase(word) {
		i = t.titles[lower(word)] // "MAYOR"
	}
	return i.kind, i.gender
}

// lower is strings.ToLower without its allocation for a lower-case word.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// Given reports whether word is a common given name and its usual gender.
func Given(word string) (Gender, bool) {
	g, ok := load().given[word]
	return g, ok
}

// Stop reports whether the capitalized word is never a name on its own.
func Stop(word string) bool { return load().stop[word] }

// common is the set of words.txt, loaded apart from the other tables
// because only unknown multi-word names need it.
var common = sync.OnceValue(func() map[string]struct{} {
	words := lines(wordsTxt)
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
})

// Common reports whether word, in lower case, is a common English word.
func Common(word string) bool {
	m := common()
	var buf [32]byte
	if len(word) <= len(buf) {
		b := buf[:len(word)]
		for i := 0; i < len(word); i++ {
			c := word[i]
			if c >= 0x80 {
				_, ok := m[lower(word)]
				return ok
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		_, ok := m[string(b)] // lower-cased on the stack: no allocation
		return ok
	}
	_, ok := m[lower(word)]
	return ok
}

// OpensLong reports whether a known name with a lower-case word inside
// starts with word.
func OpensLong(word string) bool { return load().long[word] }
