package quote

// The word lists below are hand-made from the reporting verbs of the PARC 3.0
// attribution corpus and the SFU Gender Gap Tracker's quote verbs, trimmed to
// verbs that introduce speech in news prose.

// cue describes a reporting verb.
type cue struct {
	invert     bool // may follow its subject inverted: "…," said Liccardo
	participle bool // takes the subject of the clause it hangs on: …, adding, "…"
	indirect   bool // introduces reported speech without marks: X said (that) …
	object     bool // takes a hearer before the reported words: told reporters …
	// fragment: only attributes a quoted fragment or a written text: called
	// the decision "regrettable", a statement which read, "…".
	fragment bool
}

var cues = map[string]cue{}

// cueOf returns what w is as a cue; a capitalized word (States, Says) is none.
func cueOf(w word) cue {
	if n := len(w.low); n == 0 || cueFirst[w.low[0]]&cueLast[w.low[n-1]]&(1<<(n&31)) == 0 {
		return cue{} // most words, with one test that seldom fails
	}
	if w.punct || len(w.low) < 3 || len(w.low) >= 32 || w.capitalized() {
		return cue{} // every cue has three letters or more
	}
	f, l := w.low[0]-'a', w.low[len(w.low)-1]-'a'
	if f >= 26 || l >= 26 || cueShapes[f][l]&(1<<len(w.low)) == 0 {
		return cue{} // most words, without the map
	}
	c, _ := cueTable.get(w.low)
	return c
}

func addCues(c cue, ws ...string) {
	for _, w := range ws {
		cues[w] = c
	}
}

func init() {
	// Verbs that commonly follow their speaker inverted: "…," said Bash.
	addCues(cue{invert: true, indirect: true}, "said", "says", "added", "adds", "noted", "notes",
		"explained", "explains", "wrote", "writes", "stated", "states", "argued", "argues",
		"insisted", "insists", "warned", "warns", "replied", "responded", "answered",
		"recalled", "recalls", "tweeted", "remarked", "observed", "declared", "commented")
	speech := cue{indirect: true}
	addCues(speech, "claimed", "claims", "acknowledged", "admitted", "conceded", "confirmed",
		"stressed", "emphasized", "emphasised", "suggested", "maintained", "contended", "countered",
		"reiterated", "predicted", "asserted", "testified", "posted", "concluded", "cautioned",
		"estimated", "alleged", "alleges", "complained", "announced", "reported", "reports", "revealed",
		"vowed", "promised", "say", "shared", "indicated", "admits", "acknowledges", "concedes", "confirms",
		"announces", "predicts", "warn")
	addCues(cue{invert: true}, "asked", "asks", "continued", "continues", "joked", "quipped",
		"exclaimed", "shouted", "wondered", "mused", "recounted", "urged", "boasted",
		"lamented", "pleaded", "interjected", "chimed", "spoke", "speaks", "began", "begins")
	addCues(cue{indirect: true, object: true}, "told", "tells", "tell", "informed", "assured", "reminded")
	addCues(cue{participle: true}, "adding", "noting", "continuing", "saying", "explaining",
		"writing", "arguing", "insisting", "warning", "stressing", "telling", "asking",
		"stating", "concluding", "declaring", "recalling", "claiming", "observing", "commenting",
		"replying", "responding", "acknowledging", "admitting", "suggesting", "emphasizing",
		"emphasising", "reiterating", "predicting", "cautioning", "tweeting", "remarking", "describing", "calling",
		"reporting")
	addCues(cue{fragment: true}, "called", "calls", "described", "describes", "describe", "termed", "labeled",
		"labelled", "branded")
	addCues(cue{fragment: true, invert: true}, "read", "reads") // "…," read a statement from …
	indexShapes()
	indexFlags()
	indexReportEdges()
	cueTable, flagTable, reportTable = newWordTable(cues), newWordTable(lexFlags), newWordTable(reportWords)
}

// The word lists read for most words, indexed for speed.
var (
	cueTable    *wordTable[cue]
	flagTable   *wordTable[lexFlag]
	reportTable *wordTable[uint8]
)

// lexFlag marks a word's membership in the word lists below, read once when
// the word is read rather than a map lookup per test.
type lexFlag uint32

const (
	fDeterminer lexFlag = 1 << iota
	fNPInner
	fLeadIn
	fPronoun
	fClauseStart
	fReportParticiple
	fBetween
	fTimeNoun
	fTemporal
	fRelative
	fPreposition
	fNPPrep
	fIndefinite
	fQuantity
	fMonth
)

// lexFlags maps a lower-case word to the lists it is in.
var lexFlags = map[string]lexFlag{}

// maxFlagged is longer than any word of the flagged lists.
var maxFlagged int

func indexFlags() {
	for _, l := range []struct {
		f lexFlag
		m map[string]bool
	}{{fDeterminer, determiners}, {fNPInner, npInner}, {fLeadIn, leadIn}, {fPronoun, pronouns},
		{fClauseStart, clauseStart}, {fReportParticiple, reportParticiples}, {fBetween, between},
		{fTimeNoun, timeNouns}, {fTemporal, temporal}, {fRelative, relatives}, {fPreposition, prepositions},
		{fNPPrep, npPrep}, {fIndefinite, indefinite}, {fQuantity, quantityNouns}, {fMonth, months}} {
		for w := range l.m {
			lexFlags[w] |= l.f
			maxFlagged = max(maxFlagged, len(w))
			if c := w[0] - 'a'; c < 26 && len(w) < 32 {
				flagShapes[c] |= 1 << len(w)
			}
		}
	}
}

// flagShapes holds, by first letter, a bit for the length of each flagged
// word: most words are in no list and skip the map.
var flagShapes [26]uint32

// fKnown marks flags already looked up.
const fKnown lexFlag = 1 << 31

// has tells whether w is in the lists of f. The lists are looked up on the
// first test of a word, and only for words short enough to be in one.
func (w *word) has(f lexFlag) bool {
	if w.flags == 0 {
		w.flags = fKnown
		if n := len(w.low); n > 0 && n <= maxFlagged {
			if c := w.low[0] - 'a'; c >= 26 || flagShapes[c]&(1<<n) != 0 {
				f, _ := flagTable.get(w.low)
				w.flags |= f
			}
		}
		if w.flags&fBetween != 0 && nameModals[w.low] && w.capitalized() {
			w.flags &^= fBetween // Mrs May told MPs; Will Smith said
		}
	}
	return w.flags&f != 0
}

// nameModals are modals that are also names when capitalized.
var nameModals = set("may", "will", "can")

// indirectShapes holds, by first and last letter, a bit for the length of
// each cue of reported speech, and cueShapes of each cue: a cheap test that
// rejects most words before the table is looked up.
var indirectShapes, cueShapes [26][26]uint32

// cueFirst and cueLast hold, by a word's first and by its last byte, a bit
// for the length of each cue: a test without branches that cueOf makes
// before any other. A bit stands for the length modulo 32.
var cueFirst, cueLast [256]uint32

func indexShapes() {
	for w, c := range cues {
		if len(w) >= 32 {
			continue
		}
		cueShapes[w[0]-'a'][w[len(w)-1]-'a'] |= 1 << len(w)
		cueFirst[w[0]] |= 1 << len(w)
		cueLast[w[len(w)-1]] |= 1 << len(w)
		switch {
		case c.indirect:
			reportWords[w] = reportCue
		case reportParticiples[w]:
			reportWords[w] = reportParticiple
		default:
			continue
		}
		indirectShapes[w[0]-'a'][w[len(w)-1]-'a'] |= 1 << len(w)
	}
}

// The kinds of word that report speech.
const (
	reportCue        = 1 // a cue of reported speech: said
	reportParticiple = 2 // a participle that reports it: …, saying …
)

// reportWords maps each cue of reported speech and each reporting
// participle to its kind.
var reportWords = map[string]uint8{}

// reportKind tells cheaply whether s is a cue of reported speech or a
// participle that reports it, and which; 0 if neither.
func reportKind(s string) uint8 {
	n := len(s)
	if n < 3 || n >= 32 {
		return 0
	}
	f, l := s[0]-'a', s[n-1]-'a'
	if f >= 26 || l >= 26 || indirectShapes[f][l]&(1<<n) == 0 {
		return 0
	}
	k, _ := reportTable.get(s)
	return k
}

var abbreviations = set("mr", "mrs", "ms", "mx", "dr", "prof", "sen", "sens", "rep", "reps", "gov",
	"govs", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "st", "jr", "sr", "rev", "fr",
	"hon", "pres", "supt", "insp", "det", "atty", "inc", "corp", "co", "ltd", "no", "vs", "jan",
	"feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "ave", "mt", "ft", "u.s", "u.k")

// between may stand between a speaker and the cue: "he later said", "she has said".
var between = set("also", "later", "then", "previously", "once", "earlier", "recently", "further",
	"additionally", "has", "have", "had", "would", "will", "reportedly", "repeatedly", "simply",
	"again", "often", "publicly", "privately", "subsequently", "had", "did", "does", "do",
	"could", "might", "may", "can", "just", "even", "still", "quickly", "flatly", "bluntly", "always")

// leadIn opens an adverbial that may follow a cue before the quote:
// said in a statement, said Monday, told reporters at a briefing.
var leadIn = set("in", "on", "at", "to", "during", "after", "before", "from", "via", "through",
	"with", "outside", "inside", "while", "when", "upon", "about", "of", "for", "as", "last",
	"this", "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "earlier", "later", "recently", "again", "also", "then",
	"afterward", "afterwards", "ago", "once", "too", "late", "early", "shortly", "separately",
	"publicly", "privately", "tuesday's", "back", "over", "under", "by", "into", "ahead", "here",
	"there", "now", "instead")

// temporal words may follow a cue before the reported words.
var temporal = set("today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "earlier", "later", "recently", "again", "also", "previously",
	"separately", "publicly", "privately", "repeatedly", "afterwards", "afterward")

// timeNouns end an introductory phrase of time: The previous day, …
var timeNouns = set("day", "week", "month", "year", "morning", "afternoon", "evening", "night",
	"weekend", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "earlier", "later", "ago")

var determiners = set("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this",
	"that", "these", "those", "one", "another", "each", "some", "several", "many", "both",
	"two", "three", "other")

// indefinite determiners open a description of an unnamed speaker: a
// spokesperson for …, one of the children.
var indefinite = set("a", "an", "one", "another", "some", "several", "many", "two", "three", "four",
	"each", "other", "any")

var pronouns = set("he", "she", "they", "we", "i", "it", "you")

// npInner may stand inside a speaker's noun phrase: a spokesperson for the
// mayor's office, the head of the agency.
var npInner = set("of", "for", "at", "from", "&", "and", "de", "von", "van", "der", "la", "le", "al", "bin", "del", "da")

// npPrep may open a prepositional phrase inside a speaker's noun phrase,
// before its own determiner: a spokesperson for the mayor's office, critics
// from across the region.
var npPrep = set("of", "for", "from", "across", "around", "within", "throughout")

// docNouns are texts that speak for their author: a statement which read, "…".
var docNouns = set("statement", "letter", "post", "tweet", "message", "note", "release", "email",
	"e-mail", "memo", "notice", "announcement", "communique", "communiqué")

// clauseStart ends a speaker phrase read backwards from its cue.
var clauseStart = set("as", "but", "and", "so", "when", "while", "because", "though", "although",
	"however", "meanwhile", "yet", "instead", "that", "which", "who", "where", "if", "since",
	"what", "whom", "whose", "or", "nor", "after", "before", "until", "than")

// reportParticiples introduce reported speech after the sentence's own
// clause: …, saying their teenagers had few options.
var reportParticiples = set("saying", "adding", "noting", "telling", "arguing", "warning", "explaining",
	"insisting", "stressing", "claiming", "stating", "acknowledging", "admitting", "suggesting", "writing", "reporting")

// relatives open a relative clause.
var relatives = set("who", "which", "whom", "whose", "that")

// nameIntro words introduce the name of a person described: a student
// named Wong, a protester using the pseudonym Katya.
var nameIntro = set("named", "called", "pseudonym", "alias", "nickname", "nicknamed", "surnamed")

// asIntro words introduce a name with "as": identified only as Sarah.
var asIntro = set("identified", "only", "known", "named", "introduced")

var months = set("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan.", "feb.", "mar.", "apr.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.")

// prepositions never open a speaker phrase: Amongst reported incidents …
var prepositions = set("among", "amongst", "amid", "amidst", "despite", "of", "in", "on", "at", "for",
	"with", "by", "from", "after", "before", "during", "under", "over", "between", "within", "without")

// quantityNouns head a phrase that a cue read as an adjective follows, never
// a speaker: the total reported casualties, the number estimated …
var quantityNouns = set("total", "number", "figure", "figures", "amount", "majority", "minority",
	"rate", "count", "toll", "percentage", "share", "proportion", "sum", "tally", "average")

// signNouns are texts put up or worn, whose words "read" is no speech.
var signNouns = set("sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "plaque",
	"shirt", "t-shirt", "shirts", "t-shirts", "sticker", "billboard", "inscription", "graffiti")

// workNouns announce a title or a term, not speech: the film "Jaws", so-called "straw".
var workNouns = set("so-called", "film", "movie", "book", "song", "album", "novel", "series", "show",
	"titled", "entitled", "nicknamed", "dubbed", "term", "word", "words", "phrase", "slogan",
	"hashtag", "label", "play", "musical", "single", "documentary", "poem", "painting", "episode",
	"program", "programme", "podcast", "game", "newspaper", "magazine", "column", "article",
	"headline", "motto", "named", "called", "brand", "project", "operation", "campaign", "exhibit",
	"exhibition", "opera", "sculpture", "track", "report", "study", "essay", "speech", "banner", "sign", "signs")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
