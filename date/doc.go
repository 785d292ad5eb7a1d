// Package date finds the temporal expressions of a news article — dates,
// times, durations and sets — and normalizes them to TIMEX3 values resolved
// against the publication date.
//
// Expressions are found by rules: regular patterns with a resolver each,
// shaped as github.com/olebedev/when rules.Rule values and run until they
// find nothing more in a sentence. The resolvers keep TIMEX3 granularity
// ("next week" is 2022-W05, not a day) and anchor the way news is written: a
// bare weekday is the latest such day on or before publication unless its
// clause is future ("will", "scheduled to", "next"), a month and day without
// a year take the publication year moved by the clause's tense, and "a month
// later" counts from the last date of the story. when itself reads the hour
// and minute of clock times.
//
// Extents and values follow the TimeML (TIDES 2005) conventions of the
// TimeBank and TempEval-3 news sets, and HeidelTime's where those are silent:
// the extent keeps determiners and modifiers ("the past three years", "about
// two hours", "the 1990s") and leaves out prepositions; ages are no
// expressions; anaphoric "the year", "the quarter", "the day before" take the
// story's last date, else the publication's; "a year earlier" after a
// quarter is that quarter a year back.
//
// Nothing is resolved against the current time: in an undated article,
// absolute dates still resolve and relative ones have a nil Value (or a
// PAST_REF, PRESENT_REF or FUTURE_REF one).
//
// Only sentences holding a trigger (a digit, a month, a weekday, a unit word
// and the like) are matched, so the cost is a small share of the analysis.
package date
