// Package quote finds who said what in a news article: direct quotations
// between quote marks, partial quotations inside the writer's own sentence and
// indirect (reported) speech, each with its speaker and reporting cue.
//
// Quote marks are paired per paragraph, so a stray or malformed mark never
// swallows the rest of an article; a quote left open at a paragraph's end
// continues only into a next paragraph that opens with a mark, the newswire
// convention for a quotation that runs over several paragraphs.
//
// The speaker is found next to the cue ("…," the mayor said / said Liccardo /
// Hochul added, "…"), then resolved to an entity with [entity.Resolve]. A quote
// without a cue of its own takes the speaker of the quote just before it.
package quote
