// Package extract turns the text of an English news article into typed,
// verifiable facts: named entities with every mention, quotes with their
// speakers, dates resolved against the publication date, and policy mentions.
//
// An Extractor analyses each article once (paragraphs, sentences, POS-tagged
// tokens) and runs the entity, quote, date and policy extractors on that one
// analysis. Every fact carries byte offsets into the input exactly as given,
// so text[f.Start:f.End] is the fact's text; Facts.Validate checks that
// contract. Create one Extractor and share it: New loads the tagging model
// once per process, and Extract is safe for concurrent use.
//
// The JSON form of Facts is the output contract that the newsfacts command
// prints; its field names do not change.
package extract
