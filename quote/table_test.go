package quote

import "testing"

// TestWordTable checks the table against the map it indexes: every word is
// found with its value, and words that share a key's length and sampled
// bytes are not.
func TestWordTable(t *testing.T) {
	t.Parallel()
	for name, m := range map[string]map[string]cue{"cues": cues} {
		if len(m) == 0 {
			t.Fatalf("%s: empty", name)
		}
		tab := newWordTable(m)
		for w, v := range m {
			if got, ok := tab.get(w); !ok || got != v {
				t.Errorf("%s: %q = %v, %v; want %v", name, w, got, ok, v)
			}
		}
		for _, w := range []string{"", "x", "sad", "sbid", "tald", "saidx", "according to"} {
			if _, ok := m[w]; ok {
				continue
			}
			if _, ok := tab.get(w); ok {
				t.Errorf("%s: %q found, not a key", name, w)
			}
		}
	}
}
