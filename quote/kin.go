package quote

import (
	"slices"
	"strings"

	"github.com/newsfacts/newsfacts/entity"
)

// kinNouns name a person by a family tie, with the pronoun of the gender the
// noun tells ("" when it tells none).
var kinNouns = map[string]string{
	"father": "he", "mother": "she", "husband": "he", "wife": "she", "son": "he", "daughter": "she",
	"brother": "he", "sister": "she", "uncle": "he", "aunt": "she", "grandfather": "he",
	"grandmother": "she", "widow": "she", "widower": "he", "fiancé": "he", "fiancée": "she",
	"boyfriend": "he", "girlfriend": "she", "stepfather": "he", "stepmother": "she", "dad": "he",
	"mom": "she", "mum": "she", "nephew": "he", "niece": "she", "grandson": "he",
	"granddaughter": "she", "parent": "", "partner": "", "spouse": "", "sibling": "", "cousin": "",
}

// kinSpeaker resolves "the father", "her mother" to a person: the one the text
// ties to that noun ("his father, John Smith", "her mother Ann Lee"), else
// for "the father"/"the mother" and the like the one of the noun's gender in
// a couple the text names together (David and Louise Turpin … the father);
// -1 when none or several fit.
func (a *analyzer) kinSpeaker(det, kin string, at int) int {
	if i := a.kinLinked(kin, at); i >= 0 {
		return i
	}
	if i := a.kinOwner(det, kin, at); i >= 0 {
		return i
	}
	pro := kinNouns[kin]
	if pro == "" || det != "the" && !spouseNouns[kin] {
		return -1 // her husband is of a couple too, her father not
	}
	if a.couples == nil {
		a.couples = a.couple()
	}
	found := -1
	for _, c := range a.couples {
		i := c.ent
		if c.at >= at {
			continue
		}
		if entity.PronounAgreement(a.doc, a.ents, i, pro) != entity.Agrees {
			continue
		}
		if found >= 0 && found != i {
			return -1
		}
		found = i
	}
	return found
}

var spouseNouns = set("husband", "wife")

// converseKin names the tie seen from the other side: her father is the one
// whose daughter she is.
var converseKin = map[string][]string{
	"father": {"daughter", "son", "child"}, "mother": {"daughter", "son", "child"},
	"dad": {"daughter", "son", "child"}, "mom": {"daughter", "son", "child"}, "mum": {"daughter", "son", "child"},
	"daughter": {"father", "mother", "parent"}, "son": {"father", "mother", "parent"},
	"husband": {"wife"}, "wife": {"husband"},
}

// possessivePronoun maps his/her to the pronoun of the same gender.
var possessivePronoun = map[string]string{"his": "he", "her": "she"}

// kinOwner resolves "her father" through the tie told from the other side:
// when she, the person of her gender named last, was introduced as "his daughter, Callie Ritchie", her father is the man
// "his" means there, the person of his gender named last before it; -1 if
// none.
func (a *analyzer) kinOwner(det, kin string, at int) int {
	conv, pro, own := converseKin[kin], kinNouns[kin], possessivePronoun[det]
	if len(conv) == 0 || pro == "" || own == "" {
		return -1
	}
	owner := a.latestAgreeing(at, -1, own)
	if owner < 0 {
		return -1
	}
	text := a.doc.Text
	for _, m := range a.ents[owner].Mentions {
		if m.Start >= at {
			break
		}
		a.wk = words(&a.low, a.wk[:0], text, max(0, m.Start-40), m.Start)
		ws := a.wk
		if n := len(ws); n > 0 && ws[n-1].text == "," {
			ws = ws[:n-1]
		}
		if n := len(ws); n >= 2 && slices.Contains(conv, ws[n-1].low) && possessivePronoun[ws[n-2].low] == pro {
			return a.latestAgreeing(ws[n-2].start, owner, pro) // his daughter, Callie Ritchie: he
		}
	}
	return -1
}

// latestAgreeing is the person entity other than skip mentioned last before
// offset at that the pronoun pro may mean, or -1.
func (a *analyzer) latestAgreeing(at, skip int, pro string) int {
	a.latestPerson(at) // builds a.persons
	n, _ := slices.BinarySearchFunc(a.persons, at+1, func(p personMention, t int) int { return p.end - t })
	for k := n - 1; k >= 0 && n-k <= 64; k-- {
		if i := a.persons[k].ent; i != skip && entity.PronounAgreement(a.doc, a.ents, i, pro) != entity.Disagrees {
			return i
		}
	}
	return -1
}

// kinSubject is the person that a he/she pronoun at offset at means when
// the writer's sentence before its paragraph's quotation has a kin noun as
// its subject ("Her husband, who does the baking, laughed. "…," he said"),
// else a single kin noun of the pronoun's gender, or -1.
func (a *analyzer) kinSubject(at int, pro string) int {
	doc, text := a.doc, a.doc.Text
	p := doc.Paragraphs[doc.ParagraphAt(at)]
	to := at
	if k := strings.IndexAny(text[p.Start:at], "\"“"); k >= 0 {
		to = p.Start + k
	}
	prev := a.lastSentence(p.Start, to)
	sb, se, ok := sentenceSubject(doc, prev)
	if !ok || se-sb != 2 || !prev[sb].has(fDeterminer) || kinNouns[prev[sb+1].low] != pro {
		// Ritchie still defers to her father …. He admits …: the one kin
		// noun of the pronoun's gender in that sentence.
		k := -1
		for j := 1; j < len(prev); j++ {
			if prev[j-1].has(fDeterminer) && kinNouns[prev[j].low] == pro {
				if k >= 0 {
					return -1
				}
				k = j - 1
			}
		}
		if k < 0 {
			return -1
		}
		sb = k
	}
	return a.kinSpeaker(prev[sb].low, prev[sb+1].low, prev[sb].start)
}

// coupled is a person named in a couple at offset at.
type coupled struct{ ent, at int }

// couple lists the persons named together as "David and Louise Turpin": the
// entity of the full name and the one of the first given name with the
// shared surname.
func (a *analyzer) couple() []coupled {
	out := []coupled{}
	for i, e := range a.ents {
		f := strings.Fields(e.Name)
		if e.Type != entity.Person || len(f) < 2 {
			continue
		}
		for _, m := range e.Mentions {
			if m.Text != e.Name {
				continue
			}
			a.wk = words(&a.low, a.wk[:0], a.doc.Text, max(0, m.Start-30), m.Start)
			ws := a.wk
			n := len(ws)
			if n < 2 || !ws[n-1].is("and") || !ws[n-2].capitalized() {
				continue
			}
			other := ws[n-2].text + " " + f[len(f)-1]
			if j := slices.IndexFunc(a.ents, func(e entity.Entity) bool { return e.Name == other }); j >= 0 {
				out = append(out, coupled{i, m.Start}, coupled{j, m.Start})
			}
		}
	}
	return out
}

// kinLinked finds the person named last before offset at next to the kin
// noun: before it ("her father, John Smith", "his wife Ann") or in an
// apposition after it ("John Smith, the boy's father,").
func (a *analyzer) kinLinked(kin string, at int) int {
	a.latestPerson(at) // builds a.persons
	text := a.doc.Text
	n, _ := slices.BinarySearchFunc(a.persons, at+1, func(p personMention, t int) int { return p.end - t })
	// The last few persons only: a tie is told near where it is used, and
	// the cost stays linear on an article of a thousand fathers.
	for k := n - 1; k >= 0 && n-k <= 16; k-- {
		p := a.persons[k]
		a.wk = words(&a.low, a.wk[:0], text, max(0, p.start-40), p.start)
		before := a.wk
		if n := len(before); n > 0 && before[n-1].text == "," {
			before = before[:n-1]
		}
		if n := len(before); n > 0 && before[n-1].low == kin && (n < 2 || !before[n-2].is("the", "a", "an")) {
			return p.ent // her father, John Smith; the father John Smith is a title
		}
		a.wk = words(&a.low, a.wk[:0], text, p.end, min(len(text), p.end+60))
		after := sentenceHead(a.wk)
		if len(after) > 2 && after[0].text == "," {
			for j := 1; j < len(after) && j < 6 && !after[j].punct; j++ {
				if after[j].low == kin && (j+1 == len(after) || after[j+1].punct) {
					return p.ent // John Smith, the boy's father,
				}
			}
		}
	}
	return -1
}

func hasKey(m map[string]string, k string) bool {
	_, ok := m[k]
	return ok
}
