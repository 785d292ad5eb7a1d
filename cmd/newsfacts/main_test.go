package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/internal/fuzzcheck"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const sample = "../../testdata/articles/000_8bb1b9bb17259485.txt"

// cli runs the command as a user would and returns its outputs.
func cli(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func articles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../../testdata/articles/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	return files
}

// jsonLines decodes stdout as one JSON object per line.
func jsonLines(t *testing.T, stdout string) []map[string]any {
	t.Helper()
	var out []map[string]any
	sc := bufio.NewScanner(strings.NewReader(stdout))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m), "line %q", sc.Text())
		out = append(out, m)
	}
	require.NoError(t, sc.Err())
	return out
}

func oneLine(t *testing.T, s string) {
	t.Helper()
	assert.Equal(t, 1, strings.Count(s, "\n"), "want one line, got %q", s)
	assert.True(t, strings.HasSuffix(s, "\n"), "%q", s)
}

func TestOneFileIndented(t *testing.T) {
	code, out, errOut := cli(t, "", sample)
	require.Equal(t, 0, code, errOut)
	assert.Empty(t, errOut)
	assert.True(t, strings.HasPrefix(out, "{\n  \""), "indented object: %q", out[:min(len(out), 40)])
	var m map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &m))
	assert.Equal(t, "2021-07-12", m["published"])
	for _, k := range []string{"dateline", "entities", "quotes", "dates", "policies"} {
		assert.Contains(t, m, k)
	}
	assert.NotContains(t, m, "file")
}

func TestStdin(t *testing.T) {
	text, err := os.ReadFile(sample)
	require.NoError(t, err)
	_, want, _ := cli(t, "", sample)
	for _, args := range [][]string{nil, {"-"}} {
		code, out, errOut := cli(t, string(text), args...)
		require.Equal(t, 0, code, errOut)
		assert.Equal(t, want, out, "args %q", args)
	}
}

func TestPublishedFlag(t *testing.T) {
	code, out, errOut := cli(t, "He spoke on Monday.", "-published", "2021-07-14")
	require.Equal(t, 0, code, errOut)
	var m map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &m))
	assert.Equal(t, "2021-07-14", m["published"])

	// Without it and without a header, the article is undated.
	_, out, _ = cli(t, "He spoke on Monday.")
	require.NoError(t, json.Unmarshal([]byte(out), &m))
	assert.Nil(t, m["published"])
}

func TestJSONLOneFile(t *testing.T) {
	code, out, errOut := cli(t, "", "-jsonl", sample)
	require.Equal(t, 0, code, errOut)
	oneLine(t, out)
	lines := jsonLines(t, out)
	assert.Equal(t, sample, lines[0]["file"])
}

func TestManyFilesInOrder(t *testing.T) {
	files := articles(t)
	// Repeat the files so that workers finish out of order.
	var args []string
	for range 4 {
		args = append(args, files...)
	}
	code, out, errOut := cli(t, "", append([]string{"-workers", "3"}, args...)...)
	require.Equal(t, 0, code, errOut)
	lines := jsonLines(t, out)
	require.Len(t, lines, len(args))
	for i, l := range lines {
		assert.Equal(t, args[i], l["file"], "line %d", i)
		assert.Contains(t, l, "entities")
	}
}

func TestMissingFile(t *testing.T) {
	files := articles(t)
	missing := filepath.Join(t.TempDir(), "missing.txt")
	args := []string{files[0], missing, files[1]}
	code, out, errOut := cli(t, "", args...)
	assert.Equal(t, 1, code)
	oneLine(t, errOut)
	assert.Contains(t, errOut, missing)
	lines := jsonLines(t, out)
	require.Len(t, lines, 2, "the other files are still processed")
	assert.Equal(t, files[0], lines[0]["file"])
	assert.Equal(t, files[1], lines[1]["file"])

	// Alone, too.
	code, out, errOut = cli(t, "", missing)
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	oneLine(t, errOut)
	assert.Contains(t, errOut, missing)

	// A directory cannot be read as an article either.
	code, _, errOut = cli(t, "", t.TempDir())
	assert.Equal(t, 1, code)
	oneLine(t, errOut)
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-published", "2022-13-45", sample},
		{"-published", "yesterday", sample},
		{"-bogus", sample},
		{"-workers", "0", sample},
		{"-workers", "many", sample},
		{"-in", "xml", sample},
	} {
		code, out, errOut := cli(t, "", args...)
		assert.Equal(t, 2, code, "%q", args)
		assert.Empty(t, out, "%q", args)
		oneLine(t, errOut)
		assert.Contains(t, errOut, "usage:", "%q", args)
		assert.Contains(t, errOut, strings.TrimLeft(args[0], "-"), "the message names the flag: %q", args)
	}
	code, _, errOut := cli(t, "", "-published", "2022-13-45")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, `"2022-13-45"`)
	assert.Contains(t, errOut, "YYYY-MM-DD")
}

func TestHelp(t *testing.T) {
	code, out, errOut := cli(t, "", "-h")
	assert.Equal(t, 0, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "-published")
}

// Any bytes are an article: the output is valid JSON and nothing panics.
func TestAnyBytes(t *testing.T) {
	dir := t.TempDir()
	text, err := os.ReadFile(sample)
	require.NoError(t, err)
	big := bytes.Repeat(append(text, "\n\n"...), 5<<20/len(text)+1)
	inputs := map[string][]byte{
		"empty.txt":   nil,
		"invalid.txt": []byte("Mayor \xff\xfe said \xc3 “it\x80 is\xe2\x80 fine.” \x00\x01 Monday."),
		"binary.txt":  fuzzcheck.Garbage(64 << 10),
		"crlf.txt":    bytes.ReplaceAll(text, []byte("\n"), []byte("\r\n")),
		"spaces.txt":  []byte(" \n\n\t \r\n "),
	}
	if !testing.Short() && !fuzzcheck.RaceEnabled() { // 5 MB takes minutes under -race
		inputs["big.txt"] = big
	}
	for name, b := range inputs {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			require.NoError(t, os.WriteFile(path, b, 0o644))
			code, out, errOut := cli(t, "", path)
			require.Equal(t, 0, code, errOut)
			assert.True(t, json.Valid([]byte(out)), "valid JSON")
			code, out, errOut = cli(t, "", "-jsonl", path)
			require.Equal(t, 0, code, errOut)
			oneLine(t, out)
			assert.True(t, json.Valid([]byte(out)), "valid JSON")
		})
	}
}

func record(id any, published, text string) string {
	m := map[string]any{"id": id, "text": text}
	if published != "" {
		m["published"] = published
	}
	b, _ := json.Marshal(m)
	return string(b) + "\n"
}

func TestCorpusMode(t *testing.T) {
	text, err := os.ReadFile(sample)
	require.NoError(t, err)
	in := record("a", "", string(text)) +
		record(2, "2020-03-04", "The council met on Monday.") +
		"\n" + // blank lines are skipped
		"{not json\n" +
		`{"id":"no-text"}` + "\n" +
		record("bad-date", "2020-02-30", "x") +
		`{"id":"num-text","text":5}` + "\n" +
		record("last", "2021-01-02T15:04:05Z", "") +
		`{"id":"no newline","text":"Hi."}`
	code, out, errOut := cli(t, in, "-in", "jsonl", "-workers", "3")
	assert.Equal(t, 1, code, "some records failed")
	assert.Empty(t, errOut)
	lines := jsonLines(t, out)
	require.Len(t, lines, 8)
	ids := make([]any, len(lines))
	for i, l := range lines {
		ids[i] = l["id"]
	}
	assert.Equal(t, []any{"a", 2.0, nil, "no-text", "bad-date", "num-text", "last", "no newline"}, ids)
	assert.Equal(t, "2021-07-12", lines[0]["published"], "the text's date header")
	assert.Equal(t, "2020-03-04", lines[1]["published"], "the record's date")
	assert.Equal(t, "2021-01-02", lines[6]["published"])
	for _, i := range []int{0, 1, 6, 7} {
		assert.NotContains(t, lines[i], "error")
		assert.Contains(t, lines[i], "entities")
	}
	for _, i := range []int{2, 3, 4, 5} {
		assert.NotEmpty(t, lines[i]["error"], "line %d", i)
		assert.NotContains(t, lines[i], "entities")
	}
	assert.Equal(t, 4.0, lines[2]["line"])

	// -published is the default date of records without one.
	code, out, _ = cli(t, record(1, "", "Hi.")+record(2, "2020-01-01", "Hi."), "-in", "jsonl", "-published", "2019-05-06")
	assert.Equal(t, 0, code)
	lines = jsonLines(t, out)
	assert.Equal(t, "2019-05-06", lines[0]["published"])
	assert.Equal(t, "2020-01-01", lines[1]["published"])
}

func TestCorpusFilesAndMissing(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.jsonl")
	require.NoError(t, os.WriteFile(a, []byte(record(1, "", "One.")+record(2, "", "Two.")), 0o644))
	code, out, errOut := cli(t, "", "-in", "jsonl", a, filepath.Join(dir, "missing.jsonl"), a)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "missing.jsonl")
	assert.Len(t, jsonLines(t, out), 4)
}

// The corpus mode streams: results come out while input is still arriving.
func TestCorpusStreamsAndInterrupt(t *testing.T) {
	pr, pw := io.Pipe()
	out := &syncBuffer{}
	var errOut bytes.Buffer
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	codec := make(chan int, 1)
	go func() { codec <- run(ctx, []string{"-in", "jsonl", "-workers", "2"}, pr, out, &errOut) }()

	for i := range 3 {
		_, err := io.WriteString(pw, record(i, "", fmt.Sprintf("Article %d said nothing.", i)))
		require.NoError(t, err)
	}
	require.Eventually(t, func() bool { return out.lines() == 3 }, 20*time.Second, 5*time.Millisecond,
		"results are written before the input ends")
	cancel() // as SIGINT does; the input is still open
	select {
	case code := <-codec:
		assert.Equal(t, exitInterrupted, code)
	case <-time.After(20 * time.Second):
		t.Fatal("run did not stop after the interrupt")
	}
	lines := jsonLines(t, out.String())
	require.Len(t, lines, 3, "every finished result is flushed, whole lines only")
	assert.Contains(t, errOut.String(), "interrupted")
	pw.Close()
}

func TestProgress(t *testing.T) {
	code, _, errOut := cli(t, record(1, "", "One.")+"oops\n", "-in", "jsonl", "-progress")
	assert.Equal(t, 1, code)
	assert.Regexp(t, `2 done, [0-9.]+/s, 1 errors`, errOut)
	_, _, errOut = cli(t, record(1, "", "One."), "-in", "jsonl")
	assert.Empty(t, errOut, "no progress unless asked or on a terminal")
}

type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func (b *syncBuffer) lines() int { return strings.Count(b.String(), "\n") }

func TestSplice(t *testing.T) {
	for _, tc := range []struct{ head, body, want string }{
		{`"x"`, `{"a":1}`, `{"k":"x","a":1}` + "\n"},
		{`7`, "{}\n", `{"k":7}` + "\n"},
		{`null`, ` { "a" : [] } `, `{"k":null,"a" : []}` + "\n"},
	} {
		got := string(splice("k", []byte(tc.head), []byte(tc.body)))
		assert.Equal(t, tc.want, got)
		assert.True(t, json.Valid([]byte(got)))
	}
}
