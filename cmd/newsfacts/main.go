package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/newsfacts/newsfacts/extract"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop() // a second interrupt kills at once, should flushing take long
	}()
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// Exit statuses.
const (
	exitOK          = 0
	exitFailed      = 1 // some input could not be read or extracted
	exitUsage       = 2
	exitInterrupted = 130 // as a shell reports a SIGINT
)

const usageLine = "usage: newsfacts [-published YYYY-MM-DD] [-jsonl] [-in text|jsonl] [-workers N] [-progress] [FILE ...]"

// config is the parsed command line.
type config struct {
	published time.Time
	jsonl     bool
	corpus    bool // -in jsonl
	workers   int
	progress  bool
	inputs    []string
}

// parseArgs parses the command line; a usage error comes back as one line.
func parseArgs(args []string, stderr io.Writer) (config, error) {
	var (
		c         config
		published string
		in        string
	)
	fs := flag.NewFlagSet("newsfacts", flag.ContinueOnError)
	// The flag package's own messages span several lines; we print one line.
	fs.SetOutput(io.Discard)
	fs.StringVar(&published, "published", "", "publication `date` (YYYY-MM-DD) that relative dates are resolved against")
	fs.BoolVar(&c.jsonl, "jsonl", false, "one compact JSON object per line, with a \"file\" field")
	fs.StringVar(&in, "in", "text", "input `format`: text (articles) or jsonl (records {\"id\",\"published\",\"text\"})")
	fs.IntVar(&c.workers, "workers", runtime.GOMAXPROCS(0), "articles extracted at once")
	fs.BoolVar(&c.progress, "progress", false, "report progress on stderr even when it is not a terminal")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, usageLine)
			fs.SetOutput(stderr)
			fs.PrintDefaults()
		}
		return c, err
	}
	if published != "" {
		t, err := time.Parse("2006-01-02", published)
		if err != nil {
			return c, fmt.Errorf("-published %q: want a date as YYYY-MM-DD", published)
		}
		c.published = t
	}
	switch in {
	case "text":
	case "jsonl":
		c.corpus = true
	default:
		return c, fmt.Errorf("-in %q: want text or jsonl", in)
	}
	if c.workers < 1 {
		return c, fmt.Errorf("-workers %d: want at least 1", c.workers)
	}
	c.inputs = fs.Args()
	if len(c.inputs) == 0 {
		c.inputs = []string{"-"}
	}
	return c, nil
}

// run is the whole command: it returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c, err := parseArgs(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "newsfacts: %v (%s)\n", err, usageLine)
		return exitUsage
	}
	ex := extract.New(extract.WithPublished(c.published))
	var p *progress
	if tty := isTerminal(stderr); c.progress || tty {
		p = newProgress(stderr, tty)
	}
	var st stats
	if c.corpus {
		st = runCorpus(ctx, ex, c, stdin, stdout, stderr, p)
	} else {
		st = runFiles(ctx, ex, c, stdin, stdout, stderr, p)
	}
	p.finish()
	switch {
	case st.interrupted:
		fmt.Fprintf(stderr, "newsfacts: interrupted after %d results\n", st.done)
		return exitInterrupted
	case st.writeErr != nil:
		fmt.Fprintf(stderr, "newsfacts: writing output: %v\n", st.writeErr)
		return exitFailed
	case st.failed > 0:
		return exitFailed
	}
	return exitOK
}

// runFiles extracts articles given as files ("-" is stdin).
func runFiles(ctx context.Context, ex *extract.Extractor, c config, stdin io.Reader, stdout, stderr io.Writer, p *progress) stats {
	lines := c.jsonl || len(c.inputs) > 1
	return pipeline(ctx, c.workers, stdout, stderr, p, func(emit func(task) bool) {
		for _, name := range c.inputs {
			if !emit(func() result { return extractFile(ex, name, stdin, lines) }) {
				return
			}
		}
	})
}

func extractFile(ex *extract.Extractor, name string, stdin io.Reader, lines bool) result {
	var (
		b   []byte
		err error
	)
	if name == "-" {
		b, err = io.ReadAll(stdin)
	} else {
		b, err = os.ReadFile(name)
	}
	if err != nil {
		return result{failed: true, msg: fmt.Sprintf("newsfacts: %s: %v", displayName(name), unwrapPath(err))}
	}
	f, err := ex.Extract(string(b))
	if err != nil {
		return result{failed: true, msg: fmt.Sprintf("newsfacts: %s: %v", displayName(name), err)}
	}
	if !lines {
		out, err := marshal(f, "  ")
		if err != nil {
			return result{failed: true, msg: fmt.Sprintf("newsfacts: %s: %v", displayName(name), err)}
		}
		return result{out: out}
	}
	return withField("file", name, f)
}

func displayName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}

// unwrapPath drops the *PathError wrapper, whose message repeats the name.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// marshal writes v as JSON followed by a newline, without escaping <, > and &
// (which are common in news text and valid JSON as they are).
func marshal(v any, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// withField returns f as one JSON line that begins with "key": value.
// Splicing the object keeps the output right whatever Facts' own encoding is.
func withField(key string, value any, f *extract.Facts) result {
	body, err := marshal(f, "")
	if err != nil {
		return result{failed: true, msg: fmt.Sprintf("newsfacts: %v: %v", value, err)}
	}
	head, err := marshal(value, "")
	if err != nil {
		return result{failed: true, msg: fmt.Sprintf("newsfacts: %v: %v", value, err)}
	}
	return result{out: splice(key, head, body)}
}

// splice returns {"key":head,<body's fields>} from a JSON object body.
func splice(key string, head, body []byte) []byte {
	head = bytes.TrimSpace(head)
	body = bytes.TrimSpace(body)
	var out bytes.Buffer
	out.Grow(len(key) + len(head) + len(body) + 8)
	out.WriteString(`{"`)
	out.WriteString(key)
	out.WriteString(`":`)
	out.Write(head)
	if inner := strings.TrimSpace(string(body[1 : len(body)-1])); inner != "" {
		out.WriteByte(',')
		out.WriteString(inner)
	}
	out.WriteString("}\n")
	return out.Bytes()
}

// isTerminal reports whether w is a terminal, where a progress line helps.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
