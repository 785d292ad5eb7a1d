// Command quotes prints who said what in a news article.
//
//	go run ./examples/quotes [FILE]
//
// Without FILE it reads a sample article from testdata (run it from the
// repository root).
package main

import (
	"fmt"
	"os"

	"github.com/newsfacts/newsfacts/extract"
)

func main() {
	path := "testdata/articles/002_50c66eff04e83a92.txt"
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	text, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "quotes: %v (run from the repository root, or name a file)\n", err)
		os.Exit(1)
	}
	facts, err := extract.New().Extract(string(text))
	if err != nil {
		fmt.Fprintf(os.Stderr, "quotes: %s: %v\n", path, err)
		os.Exit(1)
	}
	for _, q := range facts.Quotes {
		speaker := "(unknown)"
		if q.Speaker != nil {
			speaker = *q.Speaker
		}
		how := string(q.Kind)
		if q.Cue != nil {
			how += ", " + *q.Cue
		}
		fmt.Printf("%s [%s] at %d:\n    %q\n", speaker, how, q.Start, q.Text)
	}
}
