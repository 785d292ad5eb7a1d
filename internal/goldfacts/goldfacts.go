// Package goldfacts holds the matching rules that the tests of every package
// apply to hand-checked gold facts (testdata/gold, testdata/dev), so that a
// gold fact counts as found by the same rule everywhere.
package goldfacts

import "strings"

// NthIndex is the offset of the n-th (1-based; below 1 reads as 1)
// occurrence of sub in text, or -1. Gold facts name repeated texts by
// occurrence ("next week", occurrence 2).
func NthIndex(text, sub string, n int) int {
	at := -1
	for range max(n, 1) {
		i := strings.Index(text[at+1:], sub)
		if i < 0 {
			return -1
		}
		at += 1 + i
	}
	return at
}

// MatchesName reports whether a found name is one of the gold names: equal
// (case aside), or the gold name ends the found one ("Joe Biden" for the gold
// "Biden").
func MatchesName(got string, names []string) bool {
	for _, n := range names {
		if got != "" && (strings.EqualFold(got, n) || strings.HasSuffix(strings.ToLower(got), " "+strings.ToLower(n))) {
			return true
		}
	}
	return false
}

// AliasMatches reports whether a mention is the gold alias, or the alias
// without one of the entity's titles: mentions carry no titles, as in CoNLL
// and OntoNotes ("Biden", title "President", for the alias "President Biden").
func AliasMatches(alias, mention string, titles []string) bool {
	if strings.EqualFold(alias, mention) {
		return true
	}
	for _, t := range titles {
		if strings.EqualFold(alias, t+" "+mention) {
			return true
		}
	}
	return false
}
