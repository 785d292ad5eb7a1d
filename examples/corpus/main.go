// Command corpus extracts the facts of every article of a corpus file on all
// cores and reports the speed and what was found.
//
//	go run ./examples/corpus [-workers N] [FILE.csv]
//
// FILE.csv has the columns url,date,title,text (date as YYYY-MM-DD, the
// article's publication date). Without FILE it reads the Wikinews 2019 corpus
// in testdata (run it from the repository root).
package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/newsfacts/newsfacts/extract"
)

type article struct {
	url, text string
	published time.Time
}

func main() {
	workers := flag.Int("workers", runtime.GOMAXPROCS(0), "articles extracted at once")
	flag.Parse()
	path := "testdata/corpus/wikinews_2019.csv"
	if flag.NArg() > 0 {
		path = flag.Arg(0)
	}
	arts, err := read(path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "corpus: %v (run from the repository root, or name a file)\n", err)
		os.Exit(1)
	}

	ex := extract.New() // loads the model once, before the clock starts
	// Extractors load their word lists on first use: warm them up too.
	if _, err := ex.Extract("“Yes,” Mayor Sam Liccardo said Monday of the $5 million plan."); err != nil {
		fmt.Fprintf(os.Stderr, "corpus: %v\n", err)
		os.Exit(1)
	}
	var (
		mu     sync.Mutex
		counts struct{ entities, quotes, attributed, dates, resolved, policies, failed int }
		bytes  int
		jobs   = make(chan article)
		wg     sync.WaitGroup
	)
	start := time.Now()
	for range max(*workers, 1) {
		wg.Go(func() {
			for a := range jobs {
				f, err := ex.ExtractPublished(a.text, a.published)
				mu.Lock()
				bytes += len(a.text)
				if err != nil {
					counts.failed++
					fmt.Fprintf(os.Stderr, "corpus: %s: %v\n", a.url, err)
					mu.Unlock()
					continue
				}
				counts.entities += len(f.Entities)
				counts.quotes += len(f.Quotes)
				for _, q := range f.Quotes {
					if q.Speaker != nil {
						counts.attributed++
					}
				}
				counts.dates += len(f.Dates)
				for _, d := range f.Dates {
					if d.From != nil {
						counts.resolved++
					}
				}
				counts.policies += len(f.Policies)
				mu.Unlock()
			}
		})
	}
	for _, a := range arts {
		jobs <- a
	}
	close(jobs)
	wg.Wait()
	secs := time.Since(start).Seconds()

	fmt.Printf("%s: %d articles, %.2f MB, %d workers, %.2fs\n", path, len(arts), float64(bytes)/1e6, *workers, secs)
	fmt.Printf("  %.0f articles/s, %.2f MB/s (%.0f articles/s per worker)\n",
		float64(len(arts))/secs, float64(bytes)/1e6/secs, float64(len(arts))/secs/float64(*workers))
	fmt.Printf("  entities %d, quotes %d (%d with a speaker), dates %d (%d resolved), policies %d, failed %d\n",
		counts.entities, counts.quotes, counts.attributed, counts.dates, counts.resolved, counts.policies, counts.failed)
}

// read reads a url,date,title,text corpus file.
func read(path string) ([]article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(rows) < 2 || len(rows[0]) < 4 {
		return nil, fmt.Errorf("%s: want a header and rows of url,date,title,text", path)
	}
	var out []article
	for i, r := range rows[1:] {
		a := article{url: r[0], text: r[3]}
		if r[1] != "" {
			if a.published, err = time.Parse("2006-01-02", r[1]); err != nil {
				return nil, fmt.Errorf("%s: row %d: date %q: want YYYY-MM-DD", path, i+2, r[1])
			}
		}
		out = append(out, a)
	}
	return out, nil
}
