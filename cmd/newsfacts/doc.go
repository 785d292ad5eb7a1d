// Command newsfacts prints the facts of English news articles as JSON:
// quotes with their speakers, named entities, dates resolved against the
// publication date, and policy mentions, each with byte offsets into the input.
//
// Usage:
//
//	newsfacts [-published YYYY-MM-DD] [-jsonl] [-workers N] [FILE ...]
//	newsfacts -in jsonl [-published YYYY-MM-DD] [-workers N] [-progress] [FILE ...]
//
// With no FILE, or with "-", the article is read from standard input. One
// input prints one indented JSON object. With -jsonl, or with several FILEs,
// each article prints one compact JSON object on its own line with a "file"
// field, in input order, as soon as it and every article before it are done;
// articles are extracted on -workers goroutines (all cores by default).
//
// -published sets the publication date that relative dates ("Monday", "last
// week") are resolved against. Without it, a leading "date YYYY-MM-DD" line or
// a date line in the text is used; with neither, relative dates stay
// unresolved.
//
// Corpus mode, -in jsonl, reads one record per line,
//
//	{"id": "a1", "published": "2021-07-12", "text": "..."}
//
// and writes one line per record with its id and its facts, in input order
// with bounded memory. "published" is optional (YYYY-MM-DD or RFC 3339) and
// overrides -published for that record. A record that cannot be read prints
// {"id": ..., "line": N, "error": "..."} and the run goes on. A progress line
// (records done, rate, errors) is written to standard error when it is a
// terminal or with -progress. An interrupt (Ctrl-C) stops reading, writes
// every result already finished and exits.
//
// Exit status: 0 on success; 1 if a file could not be read or a record
// failed (every other input is still processed); 2 for a usage error such as
// an unknown flag or a malformed -published date; 130 after an interrupt.
//
// Any bytes are accepted as text: invalid UTF-8, an empty file or a very
// large one give valid JSON (invalid UTF-8 is written as U+FFFD in JSON
// strings, while offsets still count the input's bytes).
package main
