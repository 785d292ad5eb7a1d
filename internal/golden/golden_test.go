package golden

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDiff(t *testing.T) {
	a := "1\n2\n3\n4\n5\n6\n7\n8\n9\n10"
	b := "1\n2\n3\nfour\n5\n6\n7\n8\n9\n10\n11"
	assert.Equal(t, "  2\n  3\n- 4\n+ four\n  5\n  6\n…\n  9\n  10\n+ 11\n", Diff(a, b))
	assert.Empty(t, Diff(a, a))
}
