package date

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/analysis"
)

// cue is a set of trigger classes: a sentence's cues say which rules can
// match in it, and a sentence without any is skipped before any pattern runs.
type cue uint16

const (
	cueDigit cue = 1 << iota
	cueMonth
	cueWeekday
	cueRelDay
	cueUnit
	cuePartOfDay
	cueSeason
	cueRef
	cueSet
	cueHoliday
	cueClock
	cueAgo
	cueHalf
)

// triggers maps lowercase words to their class.
var triggers = func() map[string]cue {
	m := map[string]cue{}
	for c, list := range map[cue]string{
		cueMonth: "jan feb mar apr may jun jul aug sep sept oct nov dec " +
			"january february march april june july august september october november december",
		cueWeekday: "monday tuesday wednesday thursday friday saturday sunday " +
			"mondays tuesdays wednesdays thursdays fridays saturdays sundays",
		cueRelDay:    "today tonight tomorrow yesterday",
		cueUnit:      "second seconds minute minutes hour hours day days week weeks weekend weekends month months year years decade decades century centuries quarter long",
		cueHalf:      "half",
		cuePartOfDay: "morning afternoon evening night",
		cueSeason:    "spring summer fall autumn winter",
		cueRef:       "now currently recently lately nowadays presently soon present moment day days date past previous future coming upcoming recent",
		cueSet:       "hourly daily nightly weekly biweekly monthly quarterly yearly annually biannually every each once twice per times",
		cueHoliday:   "christmas halloween valentine thanksgiving easter labor memorial fourth boxing bastille new",
		cueClock:     "a.m. p.m. am pm a.m p.m noon midday midnight",
		cueAgo:       "ago",
	} {
		for _, w := range strings.Fields(list) {
			m[w] |= c
		}
	}
	return m
}()

// hit is a trigger token: its bytes and classes.
type hit struct {
	tok int // index in the sentence's tokens
	cue cue
}

// cues collects the trigger classes of a sentence's tokens, and the tokens.
func cues(toks []analysis.Token, hits []hit) (cue, []hit) {
	var have cue
	var buf [24]byte
	for ti, t := range toks {
		before := have
		have = 0
		w := strings.TrimFunc(t.Text, func(r rune) bool { return r < 128 && !isWordByte(byte(r)) && r != '\'' && r != '.' })
		for part := range strings.SplitSeq(w, "-") {
			if len(part) == 0 || len(part) > len(buf) {
				continue
			}
			n := copy(buf[:], part)
			digit := false
			for i := range n {
				c := buf[i]
				if c >= 'A' && c <= 'Z' {
					buf[i] = c + 'a' - 'A'
				}
				digit = digit || c >= '0' && c <= '9'
			}
			if digit {
				have |= cueDigit
			}
			have |= triggers[string(buf[:n])] | triggers[strings.TrimSuffix(string(buf[:n]), ".")]
			if strings.HasSuffix(string(buf[:n]), "s") { // "1990s", "'90s"
				have |= triggers[string(buf[:n-1])]
			}
		}
		if have != 0 {
			hits = append(hits, hit{ti, have})
		}
		have |= before
	}
	return have, hits
}
