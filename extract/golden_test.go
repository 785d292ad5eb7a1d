package extract_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/internal/golden"
)

// articles returns the sample articles: name (without .txt) → text.
func articles(t testing.TB) map[string]string {
	t.Helper()
	paths, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no sample articles: %v", err)
	}
	out := make(map[string]string, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[strings.TrimSuffix(filepath.Base(p), ".txt")] = string(b)
	}
	return out
}

var extractor = extract.New()

// TestGolden compares the full output for each sample article with its golden
// file in testdata/golden. After a deliberate change: go test ./... -update,
// then read the diff of the golden files before committing.
func TestGolden(t *testing.T) {
	for name, text := range articles(t) {
		t.Run(name, func(t *testing.T) {
			f, err := extractor.Extract(text)
			if err != nil {
				t.Fatal(err)
			}
			if err := f.Validate(text); err != nil {
				t.Error(err)
			}
			got, err := json.MarshalIndent(f, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("../testdata/golden", name+".json"), append(got, '\n'))
		})
	}
}
