// Command timeline prints the dated mentions of a news article in time order,
// then the ones that cannot be placed on a calendar (durations, vague
// references, relative dates of an undated article).
//
//	go run ./examples/timeline [-published YYYY-MM-DD] [FILE]
//
// Without FILE it reads a sample article from testdata (run it from the
// repository root).
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"time"

	"github.com/newsfacts/newsfacts/date"
	"github.com/newsfacts/newsfacts/extract"
)

func main() {
	published := flag.String("published", "", "publication date, YYYY-MM-DD (default: from the text)")
	flag.Parse()
	path := "testdata/articles/002_50c66eff04e83a92.txt"
	if flag.NArg() > 0 {
		path = flag.Arg(0)
	}
	var opts []extract.Option
	if *published != "" {
		day, err := time.Parse("2006-01-02", *published)
		if err != nil {
			fmt.Fprintf(os.Stderr, "timeline: -published: %v\n", err)
			os.Exit(2)
		}
		opts = append(opts, extract.WithPublished(day))
	}
	text, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "timeline: %v (run from the repository root, or name a file)\n", err)
		os.Exit(1)
	}
	facts, err := extract.New(opts...).Extract(string(text))
	if err != nil {
		fmt.Fprintf(os.Stderr, "timeline: %s: %v\n", path, err)
		os.Exit(1)
	}
	if facts.Published != nil {
		fmt.Println("published", facts.Published.Format("Mon 2006-01-02"))
	} else {
		fmt.Println("undated article")
	}

	var placed, unplaced []date.Mention
	for _, d := range facts.Dates {
		if d.From != nil {
			placed = append(placed, d)
		} else {
			unplaced = append(unplaced, d)
		}
	}
	sort.SliceStable(placed, func(i, j int) bool { return placed[i].From.Before(*placed[j].From) })
	for _, d := range placed {
		fmt.Printf("%s  %-16s %q\n", d.From.Format("Mon 2006-01-02 15:04"), value(d), d.Text)
	}
	for _, d := range unplaced {
		fmt.Printf("%-20s  %-16s %q\n", "(not on a calendar)", value(d), d.Text)
	}
}

func value(d date.Mention) string {
	if d.Value == nil {
		return "?"
	}
	return *d.Value
}
