// Package prosetag gives the tokens and part-of-speech tags of prose v2
// (github.com/jdkato/prose) with byte offsets into the caller's text. It is
// the only place that depends on prose.
//
// prose v2 gives tokens and tags but no offsets, rewrites curly quotes into
// straight ones before tokenizing, and is slow. So this package runs prose's
// own tokenizer rules (tokenize.go) over the caller's bytes, keeping offsets,
// and prose's own tagging model through package perceptron: the same tokens
// and tags (but for quote marks, see quoteWord), several times faster. A move to a prose version with native
// offsets touches this package only.
package prosetag
