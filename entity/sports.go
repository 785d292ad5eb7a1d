package entity

import (
	"strings"

	"github.com/newsfacts/newsfacts/entity/internal/lexicon"
	"github.com/newsfacts/newsfacts/internal/analysis"
)

// In a game story a city or state names its team: "Baltimore beat Tampa
// Bay 5-3", "Toronto fell to Texas 4-1". Only where the article reads as
// one (sporty) and the words around the place are a game's (teamContext)
// does the place become an organization; countries are left alone, since
// "France beat Croatia" is as often said of the nation.

// teamEvidence outweighs a known place's own (5) and "in X" (1.5).
const teamEvidence = 8

// sportsTerms are words of game stories, true for those no other story
// uses; sporty wants two of those, five in all, and a score.
var sportsTerms = map[string]bool{
	"inning": true, "innings": true, "homer": true, "homered": true, "homers": true, "touchdown": true,
	"touchdowns": true, "quarterback": true, "pitcher": true, "pitchers": true, "bullpen": true,
	"playoff": true, "playoffs": true, "wild-card": true, "goalkeeper": true, "striker": true,
	"midfielder": true, "halftime": true, "half-time": true, "overtime": true, "rebounds": true,
	"doubleheader": true, "standings": true, "wicket": true, "wickets": true, "batsman": true,
	"hat-trick": true, "rbi": true, "shutout": true, "strikeouts": true, "reliever": true,
	"outfielder": true, "shortstop": true, "league": true, "coach": true, "stadium": true, "innings.": true,
	"season": false, "manager": false, "game": false, "games": false, "match": false, "scored": false,
	"victory": false, "win": false, "loss": false, "defeat": false, "fans": false,
}

// sporty reports whether the article is a game story: sports words and a
// score ("5-3"), which an election's "52-48" alone does not make.
func sporty(doc *analysis.Doc) bool {
	score := false
	for _, t := range doc.Tokens { // a score first: most stories have none, and this is cheap
		if c := t.Text[0]; c >= '0' && c <= '9' && isScore(t.Text) {
			score = true
			break
		}
	}
	if !score {
		return false
	}
	strong, terms := 0, 0
	var buf [16]byte
	for _, t := range doc.Tokens {
		w := t.Text
		if len(w) < 3 || len(w) > len(buf) || w[0] >= '0' && w[0] <= '9' {
			continue // no sports term is that short or long
		}
		b := buf[:len(w)]
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		if s, ok := sportsTerms[string(b)]; ok { // no allocation for the lookup
			terms++
			if s {
				strong++
			}
		}
	}
	return strong >= 2 && terms >= 5
}

// What docInfo.sporty knows: no score in the article (so no game story),
// a score seen while reading the tokens, or sporty's answer.
const (
	notSporty byte = iota
	maybeSporty
	isNotSporty
	sportyStory
)

// isSporty is sporty for the article, worked out once when first asked and
// only for an article with a score.
func (di *docInfo) isSporty() bool {
	if di.sporty == maybeSporty {
		di.sporty = isNotSporty
		if sporty(di.doc) {
			di.sporty = sportyStory
		}
	}
	return di.sporty == sportyStory
}

// isScore reports whether w is a game's score: "5-3", "24–17".
func isScore(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok {
		a, b, ok = strings.Cut(w, "–")
	}
	return ok && isDigits(a) && isDigits(b) && len(a) <= 3 && len(b) <= 3
}

// teamLike reports whether the name is a place that may stand for a team: a
// known city or state, or a bay or valley ("Tampa Bay", "Golden State"),
// but no country.
func teamLike(c *cand) bool {
	for _, e := range c.entries {
		if e.Country || e.Type != lexicon.GPE && e.Type != lexicon.Loc {
			return false
		}
	}
	if c.entries != nil {
		return true
	}
	t := lexicon.HeadType(c.words[len(c.words)-1])
	return len(c.words) > 1 && (t == lexicon.GPE || t == lexicon.Loc)
}

// teamContext reports whether the words around the name [a, b) are a
// game's: a result verb before or after it, a player's position after it
// ("Tampa Bay left-hander"), or a score after it.
func (di *docInfo) teamContext(a, b int) bool {
	toks := di.doc.Tokens
	word := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return toks[k].Text
	}
	prev, prev2, next, next2 := word(a-1), word(a-2), word(b), word(b+1)
	switch {
	case teamBefore[prev], prev == "to" && teamTo[prev2], prev == "of" && prev2 == "ahead":
		return true
	case teamAfter[next], teamNouns[next], isPossessive(next) && (teamNouns[next2] || di.nameTok[b+1] && isCap(next2)):
		return true // "Miami's Jimmy Butler": a team's player
	case isScore(next), next == "to" && (isScore(word(b+2)) || isScore(word(b+3))):
		return true // "beat Boston 6-2", "lifted Baltimore to a 5-3 victory"
	case next == "(" && isScore(next2) && word(b+2) == ")":
		return true // a record: "Denver (7-4) had a chance"
	}
	return false
}

var teamBefore = setOf("over", "against", "beat", "beats", "beating", "defeated", "defeating", "edged",
	"routed", "blanked", "swept", "sweeping", "vs.", "vs", "versus", "face", "faces", "facing", "faced",
	"host", "hosts", "hosted", "hosting", "visit", "visits", "visiting", "behind", "trail", "trails",
	"trailed", "past", "lifted", "outscored", "downed", "topped", "stunned", "upset")

var teamTo = setOf("fell", "lost", "losing", "falling", "loss", "falls", "lose")

var teamAfter = setOf("beat", "beats", "defeated", "won", "wins", "lost", "loses", "fell", "falls", "leads",
	"led", "trails", "trailed", "scored", "scores", "rallied", "edged", "swept", "blanked", "routed",
	"clinched", "outscored", "improved", "dropped", "downed", "topped", "hosts", "visits", "host", "visit")

// teamNouns after a team's name: its players and parts.
var teamNouns = setOf("left-hander", "right-hander", "pitcher", "starter", "reliever", "closer", "manager",
	"coach", "quarterback", "outfielder", "infielder", "shortstop", "catcher", "slugger", "striker",
	"midfielder", "defender", "goalkeeper", "forward", "guard", "captain", "batter", "rookie", "fans",
	"bullpen", "lineup", "offense", "defense", "defence", "rotation", "roster", "hitters", "batters",
	"starters", "players", "skipper", "ace", "lefty", "righty", "winger", "keeper", "squad", "outfield",
	"infield", "pitching", "hitting")

// teamUp makes every mention of a place that names a team somewhere in a
// game story name the team too, unless the words before it make it the
// place ("in Boston", "at Baltimore") or it is the dateline: "The loss
// dropped Tampa Bay three games behind" follows "victory over Tampa Bay".
func (f *finder) teamUp() {
	var teams map[string]bool
	for i := range f.cands {
		if f.cands[i].team { // only ever set in a game story
			if teams == nil {
				teams = map[string]bool{}
			}
			teams[f.cands[i].key] = true
		}
	}
	if teams == nil {
		return
	}
	toks := f.di.doc.Tokens
	for i := range f.cands {
		c := &f.cands[i]
		if c.team || !teams[c.key] || c.sent < 0 || c.kind != nameKind {
			continue
		}
		if k := f.di.doc.TokenAt(c.start) - 1; k >= 0 && placeBefore[toks[k].Text] {
			continue
		}
		c.team = true
		c.score[typeIndex(lexicon.GPE)], c.score[typeIndex(lexicon.Loc)] = 0, 0
		c.score.add(lexicon.Org, teamEvidence)
	}
}

// placeBefore are the words before a place that is the place, not its team.
var placeBefore = setOf("in", "In", "at", "At", "near", "across", "throughout", "into", "from", "outside",
	"downtown", "nearby")
