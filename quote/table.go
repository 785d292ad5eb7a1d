package quote

import "math/bits"

// wordTable maps the words of a fixed list to values, looked up faster
// than a map[string]: the hot tests (is a word a cue, in which lists is it)
// run for most words of every sentence read, and a map hashes the whole
// word and probes its control groups each time. The table hashes only a
// word's length and three of its bytes, and probes open slots in a table
// at most a quarter full.
type wordTable[V any] struct {
	keys  []string
	vals  []V
	shift uint
}

// newWordTable indexes the words of m, which holds no empty word.
func newWordTable[V any](m map[string]V) *wordTable[V] {
	size := 16
	for size < 4*len(m) {
		size *= 2
	}
	t := &wordTable[V]{keys: make([]string, size), vals: make([]V, size), shift: uint(32 - bits.TrailingZeros(uint(size)))}
	for w, v := range m {
		i := t.slot(w)
		for t.keys[i] != "" {
			i = (i + 1) & (len(t.keys) - 1)
		}
		t.keys[i], t.vals[i] = w, v
	}
	return t
}

func (t *wordTable[V]) slot(s string) int {
	n := len(s)
	h := uint32(n)<<24 ^ uint32(s[0])<<16 ^ uint32(s[n-1])<<8 ^ uint32(s[n>>1])
	return int((h * 0x9E3779B1) >> t.shift)
}

// get returns the value of s, and whether s is in the table.
func (t *wordTable[V]) get(s string) (v V, ok bool) {
	if s == "" {
		return v, false
	}
	for i := t.slot(s); t.keys[i] != ""; i = (i + 1) & (len(t.keys) - 1) {
		if t.keys[i] == s {
			return t.vals[i], true
		}
	}
	return v, false
}
