package goldfacts

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNthIndex(t *testing.T) {
	text := "next week, and next week again"
	assert.Equal(t, 0, NthIndex(text, "next week", 0))
	assert.Equal(t, 0, NthIndex(text, "next week", 1))
	assert.Equal(t, 15, NthIndex(text, "next week", 2))
	assert.Equal(t, -1, NthIndex(text, "next week", 3))
	assert.Equal(t, 1, NthIndex("aaa", "aa", 2), "occurrences may overlap")
}

func TestNames(t *testing.T) {
	assert.True(t, MatchesName("Joe Biden", []string{"Biden"}))
	assert.True(t, MatchesName("joe biden", []string{"Joe Biden"}))
	assert.False(t, MatchesName("", []string{""}))
	assert.False(t, MatchesName("Bidenson", []string{"Biden"}))
	assert.True(t, AliasMatches("President Biden", "Biden", []string{"President"}))
	assert.True(t, AliasMatches("the mayor", "The mayor", nil))
	assert.False(t, AliasMatches("President Biden", "Biden", []string{"Gov."}))
}
