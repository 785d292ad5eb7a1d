package analysis

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Wikinews date lines use no-break spaces, before the line end and between words.
func TestDateLineNoBreakSpace(t *testing.T) {
	text := "Friday,\u00a0January 4,\u00a02019\u00a0\n\n\nAn apartment building collapsed."
	d := Parse(text, Options{})
	if assert.NotNil(t, d.Dateline) {
		assert.Equal(t, "Friday,\u00a0January 4,\u00a02019", text[d.Dateline.Start:d.Dateline.End])
	}
	assert.Equal(t, "2019-01-04", d.Published.Format("2006-01-02"))
	assert.Equal(t, "An apartment building collapsed.", text[d.Sentences[0].Start:d.Sentences[0].End])
}
