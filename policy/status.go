package policy

// cue is a word sequence that tells where a policy stands: "has approved"
// a measure → passed, "will include" → proposed.
type cue struct {
	words  []string
	status Status
}

// cues are matched on lower-case tokens; at one position the longest wins.
var cues = []cue{
	{[]string{"approved"}, Passed}, {[]string{"approves"}, Passed}, {[]string{"passed"}, Passed},
	{[]string{"passes"}, Passed}, {[]string{"pass"}, Passed}, {[]string{"approve"}, Passed},
	{[]string{"sign"}, Passed}, {[]string{"enact"}, Passed}, {[]string{"adopt"}, Passed},
	{[]string{"went", "into", "effect"}, InEffect}, {[]string{"goes", "into", "effect"}, InEffect},
	{[]string{"go", "into", "effect"}, InEffect}, {[]string{"vote", "on"}, Proposed}, {[]string{"signed"}, Passed}, {[]string{"signs"}, Passed},
	{[]string{"enacted"}, Passed}, {[]string{"enacts"}, Passed}, {[]string{"adopted"}, Passed},
	{[]string{"adopts"}, Passed}, {[]string{"ratified"}, Passed}, {[]string{"earmarked"}, Passed},
	{[]string{"allocated"}, Passed}, {[]string{"legalized"}, Passed}, {[]string{"voted", "for"}, Passed},
	{[]string{"voted", "to", "approve"}, Passed}, {[]string{"decriminalizes"}, Passed},
	{[]string{"decriminalized"}, Passed}, {[]string{"legalizes"}, Passed}, {[]string{"imposed"}, Passed},
	{[]string{"imposes"}, Passed}, {[]string{"issued"}, Passed}, {[]string{"issues"}, Passed},
	{[]string{"declared"}, Passed}, {[]string{"declares"}, Passed}, {[]string{"awarded"}, Passed},
	{[]string{"finalized"}, Passed}, {[]string{"finalised"}, Passed},
	{[]string{"notified"}, Passed}, {[]string{"became", "law"}, Passed}, {[]string{"become", "law"}, Passed},
	{[]string{"due", "to"}, Proposed}, {[]string{"consulting", "on"}, Proposed}, {[]string{"consultation", "on"}, Proposed},

	{[]string{"in", "effect"}, InEffect}, {[]string{"enforcement", "of"}, InEffect},
	{[]string{"to", "take", "effect"}, Proposed}, {[]string{"will", "take", "effect"}, Proposed}, {[]string{"in", "place"}, InEffect},
	{[]string{"took", "effect"}, InEffect}, {[]string{"takes", "effect"}, InEffect},
	{[]string{"using"}, InEffect}, {[]string{"uses"}, InEffect}, {[]string{"existing"}, InEffect},
	{[]string{"current"}, InEffect}, {[]string{"under"}, InEffect}, {[]string{"enforcing"}, InEffect},
	{[]string{"enforces"}, InEffect}, {[]string{"launched"}, InEffect}, {[]string{"runs"}, InEffect},
	{[]string{"funded"}, InEffect}, {[]string{"received"}, InEffect}, {[]string{"began"}, InEffect},
	{[]string{"begins"}, InEffect}, {[]string{"started"}, InEffect}, {[]string{"ordered"}, Passed},

	{[]string{"proposed"}, Proposed}, {[]string{"proposes"}, Proposed}, {[]string{"proposing"}, Proposed},
	{[]string{"introduced"}, Proposed}, {[]string{"introduces"}, Proposed},
	{[]string{"calls", "for"}, Proposed}, {[]string{"called", "for"}, Proposed},
	{[]string{"call", "for"}, Proposed}, {[]string{"calling", "for"}, Proposed},
	{[]string{"push", "for"}, Proposed}, {[]string{"pushing", "for"}, Proposed},
	{[]string{"will"}, Proposed}, {[]string{"'ll"}, Proposed}, {[]string{"’ll"}, Proposed},
	{[]string{"would"}, Proposed}, {[]string{"expected"}, Proposed}, {[]string{"plans", "to"}, Proposed},
	{[]string{"planned"}, Proposed}, {[]string{"includes"}, Proposed}, {[]string{"include"}, Proposed},
	{[]string{"considering"}, Proposed}, {[]string{"weighing"}, Proposed}, {[]string{"weighs"}, Proposed},
	{[]string{"called", "on"}, Proposed}, {[]string{"calls", "on"}, Proposed}, {[]string{"call", "on"}, Proposed},
	{[]string{"calling", "on"}, Proposed},
	{[]string{"preparing"}, Proposed}, {[]string{"prepares"}, Proposed},
	{[]string{"upheld"}, InEffect}, {[]string{"upholds"}, InEffect}, {[]string{"uphold"}, InEffect},
	{[]string{"urged"}, Proposed}, {[]string{"urges"}, Proposed}, {[]string{"urging"}, Proposed},
	{[]string{"mulling"}, Proposed}, {[]string{"exploring"}, Proposed}, {[]string{"eyeing"}, Proposed}, {[]string{"considers"}, Proposed}, {[]string{"consider"}, Proposed}, {[]string{"drafted"}, Proposed},
	{[]string{"draft"}, Proposed}, {[]string{"seeking"}, Proposed}, {[]string{"wants"}, Proposed},
	{[]string{"promised"}, Proposed}, {[]string{"promises"}, Proposed}, {[]string{"pledged"}, Proposed}, {[]string{"vowed"}, Proposed}, {[]string{"vows"}, Proposed},
	{[]string{"requested"}, Proposed}, {[]string{"asked", "for"}, Proposed}, {[]string{"pending"}, Proposed},
	{[]string{"promoting"}, Proposed}, {[]string{"advocating"}, Proposed}, {[]string{"championing"}, Proposed},
	{[]string{"fighting", "for"}, Proposed}, {[]string{"push"}, Proposed}, {[]string{"pushed"}, Proposed},
	{[]string{"debating"}, Proposed}, {[]string{"debate"}, Proposed}, {[]string{"debated"}, Proposed},
	{[]string{"may"}, Proposed}, {[]string{"could"}, Proposed}, {[]string{"should"}, Proposed}, {[]string{"intent", "to"}, Proposed},
	{[]string{"ready"}, Proposed}, {[]string{"prepared"}, Proposed}, {[]string{"voted", "to", "pass"}, Passed},
	{[]string{"banned"}, Passed}, {[]string{"outlawed"}, Passed}, {[]string{"impose"}, Passed},

	{[]string{"announced"}, Announced}, {[]string{"announces"}, Announced}, {[]string{"unveiled"}, Announced},
	{[]string{"unveils"}, Announced}, {[]string{"outlined"}, Announced},

	{[]string{"vetoed"}, Rejected}, {[]string{"vetoes"}, Rejected}, {[]string{"struck", "down"}, Rejected},
	{[]string{"strikes", "down"}, Rejected}, {[]string{"rejected"}, Rejected}, {[]string{"rejects"}, Rejected},
	{[]string{"voted", "down"}, Rejected}, {[]string{"blocked"}, Rejected}, {[]string{"blocks"}, Rejected},
	{[]string{"overturned"}, Rejected}, {[]string{"defeated"}, Rejected}, {[]string{"withdrawal"}, Rejected},
	{[]string{"withdrew"}, Rejected}, {[]string{"withdrawn"}, Rejected},
	{[]string{"withdraw"}, Rejected}, {[]string{"denied"}, Rejected}, {[]string{"maintains"}, InEffect}, {[]string{"unconstitutional"}, Rejected},
	{[]string{"unlawful"}, Rejected}, {[]string{"halted"}, Rejected}, {[]string{"suspended"}, Rejected},

	{[]string{"repealed"}, Repealed}, {[]string{"repeals"}, Repealed}, {[]string{"repeal"}, Repealed},
	{[]string{"scrapped"}, Repealed}, {[]string{"revoked"}, Repealed}, {[]string{"rescinded"}, Repealed},
	{[]string{"abolished"}, Repealed}, {[]string{"lifted"}, Repealed},
}

// cueIndex maps a cue's first word to its cues, so matching is one map
// look-up per token.
var cueIndex = func() map[string][]cue {
	m := map[string][]cue{}
	for _, c := range cues {
		m[c.words[0]] = append(m[c.words[0]], c)
	}
	return m
}()

// cueAt returns the longest cue starting at low[i] and its length in tokens.
func cueAt(low []string, i int) (cue, int) {
	var best cue
	n := 0
	for _, c := range cueIndex[low[i]] {
		if len(c.words) <= n || i+len(c.words) > len(low) {
			continue
		}
		ok := true
		for k, w := range c.words {
			if low[i+k] != w {
				ok = false
				break
			}
		}
		if ok {
			best, n = c, len(c.words)
		}
	}
	return best, n
}

// weakCues say nothing about status inside a phrase: "a bill that would
// have allowed …" is no proposal.
var weakCues = map[string]bool{
	"will": true, "would": true, "'ll": true, "’ll": true, "may": true, "could": true, "should": true,
	"includes": true, "include": true, "expected": true, "under": true, "using": true, "uses": true,
}

// intents before a status verb make it a proposal ("will sign", "intent to
// impose", "expected to approve") or a failure ("failed to pass").
var intents = map[string]Status{
	"will": Proposed, "would": Proposed, "may": Proposed, "could": Proposed, "'ll": Proposed,
	"’ll": Proposed, "intent": Proposed, "plans": Proposed, "wants": Proposed, "want": Proposed,
	"ready": Proposed, "seeks": Proposed, "seek": Proposed, "vowed": Proposed, "promised": Proposed,
	"pledged": Proposed, "proposed": Proposed, "threatened": Proposed, "expected": Proposed,
	"likely": Proposed, "set": Proposed, "hopes": Proposed, "aims": Proposed, "needs": Proposed,
	"should": Proposed, "might": Proposed,
	"failed": Rejected, "refused": Rejected, "declined": Rejected,
}

// tenses give a status when no cue does: "has been the subject of United
// States sanctions" is in effect, "will include" proposed.
var tenses = map[string]Status{"VBZ": InEffect, "VBP": InEffect, "VBD": Passed, "MD": Proposed}

// actionTenses and passiveTenses give the status of a government act by
// the tense of its own verb ("suspended parliament", "is banned").
var (
	actionTenses  = map[string]Status{"VBD": Passed, "VBN": Passed, "VBZ": InEffect, "VBP": InEffect}
	passiveTenses = map[string]Status{
		"is": InEffect, "are": InEffect, "remains": InEffect, "remain": InEffect,
		"was": Passed, "were": Passed, "been": Passed, "be": Proposed,
	}
)

// negators before a cue make the mention negated or hypothetical ("is not
// likely to", "never passed").
var negators = map[string]bool{"not": true, "n't": true, "never": true, "no": true}

// kindDefaults is the status of a policy whose sentence has no cue: a task
// force that meets exists; a named plan has been announced.
var kindDefaults = map[Kind]Status{TaskForce: InEffect, Plan: Announced}
