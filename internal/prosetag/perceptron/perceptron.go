// Package perceptron replays prose v2's part-of-speech tagger (an averaged
// perceptron, ported from TextBlob) over prose's own model, giving the same
// tags several times faster: prose builds a map of joined feature strings and
// a map of scores for every token; this package looks features up in
// per-template tables and scores into a small array.
package perceptron

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/jdkato/prose/v2"
	"github.com/mingrammer/commonregex"
)

type weight struct {
	class int
	w     float64
}

type pair struct{ a, b string }

// The feature templates of prose's featurize, in its order.
const (
	tBias = iota
	tSuffix
	tPref1
	tPrevTag
	tPrev2Tag
	tTagPair
	tWord
	tPrevTagWord
	tPrevWord
	tPrevSuffix
	tPrev2Word
	tNextWord
	tNextSuffix
	tNext2Word
	nTemplates
)

var templateNames = [nTemplates]string{"bias", "i suffix", "i pref1", "i-1 tag", "i-2 tag", "i tag+i-2 tag",
	"i word", "i-1 tag+i word", "i-1 word", "i-1 suffix", "i-2 word", "i+1 word", "i+1 suffix", "i+2 word"}

// Tagger is prose's tagging model in lookup tables. It is safe for concurrent use.
type Tagger struct {
	classes []string
	tagMap  map[string]string
	single  [nTemplates]map[string][]weight
	double  [nTemplates]map[pair][]weight // tTagPair and tPrevTagWord
}

// Load decodes prose's model.
func Load() (*Tagger, error) {
	var (
		classes []string
		tags    map[string]string
		weights map[string]map[string]float64
	)
	for _, a := range []struct {
		name string
		v    any
	}{{"classes.gob", &classes}, {"tags.gob", &tags}, {"weights.gob", &weights}} {
		b, err := prose.Asset("model/AveragedPerceptron/" + a.name)
		if err != nil {
			return nil, fmt.Errorf("perceptron: %w", err)
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(a.v); err != nil {
			return nil, fmt.Errorf("perceptron: %s: %w", a.name, err)
		}
	}
	t := &Tagger{classes: classes, tagMap: tags}
	index := make(map[string]int, len(classes))
	for i, c := range classes {
		index[c] = i
	}
	for i := range t.single {
		t.single[i] = map[string][]weight{}
		t.double[i] = map[pair][]weight{}
	}
	// Longer template names first, so "i-1 tag+i word" is not read as "i-1 tag".
	order := make([]int, nTemplates)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return len(templateNames[order[i]]) > len(templateNames[order[j]]) })
	for key, byClass := range weights {
		tpl, value := -1, ""
		for _, i := range order {
			name := templateNames[i]
			if key == name {
				tpl = i
				break
			}
			if strings.HasPrefix(key, name+" ") {
				tpl, value = i, key[len(name)+1:]
				break
			}
		}
		if tpl < 0 {
			continue
		}
		ws := make([]weight, 0, len(byClass))
		for c, w := range byClass {
			ci, ok := index[c]
			if !ok {
				ci = len(t.classes)
				t.classes = append(t.classes, c)
				index[c] = ci
			}
			ws = append(ws, weight{ci, w})
		}
		sort.Slice(ws, func(i, j int) bool { return ws[i].class < ws[j].class })
		if tpl == tTagPair || tpl == tPrevTagWord {
			a, b, _ := strings.Cut(value, " ")
			t.double[tpl][pair{a, b}] = ws
		} else {
			t.single[tpl][value] = ws
		}
	}
	return t, nil
}

var (
	none = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keep = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// Tag returns the tag of each word, as prose's tagger would for the same tokens.
func (t *Tagger) Tag(words []string) []string {
	tags := make([]string, len(words))
	ctx := make([]string, len(words)+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, w := range words {
		ctx[i+2] = normalize(w)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	scores := make([]float64, len(t.classes))
	touched := make([]bool, len(t.classes))
	p1, p2 := "-START-", "-START2-"
	for i, word := range words {
		var tag string
		switch {
		case word == "": // prose never makes one; a caller might
			tag = "NN"
		case word == "-":
			tag = "-"
		case emoticon(word):
			tag = "SYM"
		// The regexps are prose's; the byte tests in front of them only skip
		// words they cannot match (links and emails need a dot), which saves
		// most of the tagging time.
		case strings.HasPrefix(word, "@") || strings.IndexByte(word, '.') >= 0 &&
			(commonregex.LinkRegex.MatchString(word) || commonregex.EmailRegex.MatchString(word)):
			tag = "NN"
		case (word == "0" || word[0] == '*') && none.MatchString(word):
			tag = "-NONE-"
		case word[0] == '-' && keep.MatchString(word):
			tag = word
		default:
			var found bool
			if tag, found = t.tagMap[word]; !found {
				tag = t.predict(ctx, i, word, p1, p2, scores, touched)
			}
		}
		tags[i] = tag
		p2, p1 = p1, tag
	}
	return tags
}

func (t *Tagger) predict(ctx []string, i int, w, p1, p2 string, scores []float64, touched []bool) string {
	clear(scores)
	clear(touched)
	add := func(ws []weight) {
		for _, x := range ws {
			scores[x.class] += x.w
			touched[x.class] = true
		}
	}
	i = min(len(ctx)-2, i+2)
	prev, next := ctx[i-1], ctx[i+1]
	add(t.single[tBias][""])
	add(t.single[tSuffix][w[len(w)-min(len(w), 3):]])
	add(t.single[tPref1][string(rune(w[0]))]) // prose converts the first byte, not rune
	add(t.single[tPrevTag][p1])
	add(t.single[tPrev2Tag][p2])
	add(t.double[tTagPair][pair{p1, p2}])
	add(t.single[tWord][ctx[i]])
	add(t.double[tPrevTagWord][pair{p1, ctx[i]}])
	add(t.single[tPrevWord][prev])
	add(t.single[tPrevSuffix][prev[len(prev)-min(len(prev), 3):]])
	add(t.single[tPrev2Word][ctx[i-2]])
	add(t.single[tNextWord][next])
	add(t.single[tNextSuffix][next[len(next)-min(len(next), 3):]])
	add(t.single[tNext2Word][ctx[i+2]])
	best, bestScore := "", math.Inf(-1)
	for c, s := range scores {
		if touched[c] && s > bestScore {
			best, bestScore = t.classes[c], s
		}
	}
	return best
}

// normalize is prose's word normalization for context features.
func normalize(word string) string {
	if word == "" {
		return word
	}
	first := word[0]
	switch {
	case strings.Contains(word, "-") && first != '-':
		return "!HYPHEN"
	case len(word) == 4 && isInt(word):
		return "!YEAR"
	case first >= '0' && first <= '9':
		return "!DIGITS"
	}
	return strings.ToLower(word)
}

func isInt(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

func emoticon(word string) bool { return emoticons[word] }

// IsEmoticon reports whether word is on prose's list of emoticons, which its
// tokenizer keeps whole and its tagger tags SYM.
func IsEmoticon(word string) bool { return emoticons[word] }

// emoticons is prose's list (tokenize.go), which its tagger tags SYM.
var emoticons = map[string]bool{
	"(-8":         true,
	"(-;":         true,
	"(-_-)":       true,
	"(._.)":       true,
	"(:":          true,
	"(=":          true,
	"(o:":         true,
	"(¬_¬)":       true,
	"(ಠ_ಠ)":       true,
	"(╯°□°）╯︵┻━┻": true,
	"-__-":        true,
	"8-)":         true,
	"8-D":         true,
	"8D":          true,
	":(":          true,
	":((":         true,
	":(((":        true,
	":()":         true,
	":)))":        true,
	":-)":         true,
	":-))":        true,
	":-)))":       true,
	":-*":         true,
	":-/":         true,
	":-X":         true,
	":-]":         true,
	":-o":         true,
	":-p":         true,
	":-x":         true,
	":-|":         true,
	":-}":         true,
	":0":          true,
	":3":          true,
	":P":          true,
	":]":          true,
	":`(":         true,
	":`)":         true,
	":`-(":        true,
	":o":          true,
	":o)":         true,
	"=(":          true,
	"=)":          true,
	"=D":          true,
	"=|":          true,
	"@_@":         true,
	"O.o":         true,
	"O_o":         true,
	"V_V":         true,
	"XDD":         true,
	"[-:":         true,
	"^___^":       true,
	"o_0":         true,
	"o_O":         true,
	"o_o":         true,
	"v_v":         true,
	"xD":          true,
	"xDD":         true,
	"¯\\(ツ)/¯":    true,
}
