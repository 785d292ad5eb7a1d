package date

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/analysis"
)

// triggers are the words without which no rule can match: a sentence with
// none of them and no digit is skipped before any pattern runs.
var triggers = func() map[string]bool {
	m := map[string]bool{}
	for _, list := range []string{
		"jan feb mar apr may jun jul aug sep sept oct nov dec",
		"january february march april june july august september october november december",
		"monday tuesday wednesday thursday friday saturday sunday",
		"mondays tuesdays wednesdays thursdays fridays saturdays sundays",
		"today tonight tomorrow yesterday now currently recently lately nowadays presently soon present moment days",
		"past future coming upcoming recent ago noon midnight morning afternoon evening night",
		"second seconds minute minutes hour hours day week weeks weekend weekends month months year years",
		"decade decades century centuries quarter half spring summer fall autumn winter",
		"hourly daily nightly weekly biweekly monthly quarterly yearly annually biannually",
		"christmas halloween valentine thanksgiving easter labor memorial fourth boxing bastille",
		"a.m. p.m. am pm a.m p.m",
	} {
		for _, w := range strings.Fields(list) {
			m[w] = true
		}
	}
	return m
}()

// hasTrigger reports whether a sentence may hold a temporal expression.
func hasTrigger(toks []analysis.Token) bool {
	var buf [24]byte
	for _, t := range toks {
		w := t.Text
		if w == "" {
			continue
		}
		if w[0] >= '0' && w[0] <= '9' || w[0] == '\'' && len(w) > 1 && w[1] >= '0' && w[1] <= '9' {
			return true
		}
		w = strings.TrimFunc(w, func(r rune) bool { return r < 128 && !isWordByte(byte(r)) && r != '\'' })
		for part := range strings.SplitSeq(w, "-") {
			if len(part) == 0 || len(part) > len(buf) {
				continue
			}
			if part[0] >= '0' && part[0] <= '9' {
				return true
			}
			n := copy(buf[:], part)
			for i := range n {
				if c := buf[i]; c >= 'A' && c <= 'Z' {
					buf[i] = c + 'a' - 'A'
				}
			}
			if triggers[string(buf[:n])] || triggers[strings.TrimSuffix(string(buf[:n]), ".")] {
				return true
			}
		}
	}
	return false
}
