package date

import (
	"testing"
	"time"

	"github.com/olebedev/when"
	"github.com/olebedev/when/rules"
	"github.com/stretchr/testify/assert"
)

// TestWhenParserHoldsRules: the rules are when rules.Rule values that a
// when.Parser can hold and run, without effect on its result.
func TestWhenParserHoldsRules(t *testing.T) {
	p := when.New(nil)
	for _, r := range englishRules {
		p.Add(r)
	}
	base := time.Date(2022, 1, 26, 0, 0, 0, 0, time.UTC)
	res, err := p.Parse("The council met next week on Feb. 3.", base)
	assert.NoError(t, err)
	assert.Nil(t, res)
}

func TestReadClock(t *testing.T) {
	for _, tc := range []struct {
		h, m, ap  string
		hour, min int
	}{
		{"1", "15", "p", 13, 15}, {"12", "", "a", 0, 0}, {"12", "", "p", 12, 0}, {"9", "05", "a", 9, 5}, {"15", "00", "", 15, 0},
	} {
		h, m, ok := readClock(tc.h, tc.m, tc.ap)
		assert.True(t, ok, tc)
		assert.Equal(t, [2]int{tc.hour, tc.min}, [2]int{h, m}, tc)
	}
	var _ rules.Rule = englishRules[0]
}
