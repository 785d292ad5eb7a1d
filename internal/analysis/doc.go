// Package analysis is the one pass over an article that every extractor reads:
// metadata (date header, dateline), paragraphs, sentences and POS-tagged
// tokens, all with byte offsets into the input exactly as given.
//
// Parse never fails and runs in time linear in the input: any bytes are
// text. The Doc it returns is read-only and safe to share between
// goroutines; Memo stores what an extractor derives from it.
package analysis
