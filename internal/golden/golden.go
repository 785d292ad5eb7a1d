// Package golden compares test output with golden files, in the manner of the
// Go tools: a -update flag rewrites them, a mismatch prints a line diff.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Update is the -update flag. Every test package of the module imports this
// package, so that "go test ./... -update" is understood by all of them.
var Update = flag.Bool("update", false, "rewrite golden files from the current output")

// Check compares got with the file at path, or writes got there when -update is set.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *Update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./... -update to create it)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs (- golden, + got):\n%s\nIf the change is right, run: go test ./... -update, and read the diff before committing.",
			path, Diff(string(want), string(got)))
	}
}

// Diff returns a line diff of a and b with two lines of context around each change.
func Diff(a, b string) string {
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	// Longest common subsequence by dynamic programming: golden files are small.
	lcs := make([][]int32, len(x)+1)
	for i := range lcs {
		lcs[i] = make([]int32, len(y)+1)
	}
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	type line struct {
		op   byte
		text string
	}
	var lines []line
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		switch {
		case i < len(x) && j < len(y) && x[i] == y[j]:
			lines = append(lines, line{' ', x[i]})
			i++
			j++
		case i < len(x) && (j == len(y) || lcs[i+1][j] >= lcs[i][j+1]):
			lines = append(lines, line{'-', x[i]})
			i++
		default:
			lines = append(lines, line{'+', y[j]})
			j++
		}
	}
	const context = 2
	var out strings.Builder
	last := -1
	for k, l := range lines {
		if l.op == ' ' {
			near := false
			for d := -context; d <= context; d++ {
				if k+d >= 0 && k+d < len(lines) && lines[k+d].op != ' ' {
					near = true
				}
			}
			if !near {
				continue
			}
		}
		if last >= 0 && k > last+1 {
			out.WriteString("…\n")
		}
		fmt.Fprintf(&out, "%c %s\n", l.op, l.text)
		last = k
	}
	return out.String()
}
