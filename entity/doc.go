// Package entity finds the people, organizations and places of a news
// article, with every mention of each, the titles the article gives them and
// the coreference between their mentions.
//
// It reads the shared analysis (sentences, POS-tagged tokens with offsets)
// and works by rule, with embedded word lists (see internal/lexicon, each
// file names its source) rather than a statistical model:
//
//   - mentions are runs of capitalized tokens, joined over initials,
//     particles ("van", "d'Estaing") and, inside organization names, over
//     "of", "on", "for", "and" ("Interstate Task Force on Illegal Guns");
//     sentence- and quote-initial common words, months and weekdays are
//     dropped, possessives are cut ("CBS2’s" → "CBS2");
//   - titles are split off and kept ("San Jose Mayor Sam Liccardo" → San
//     Jose, title "Mayor", Sam Liccardo), also when lower case before the
//     name ("mayoral candidate Eric Adams") or after it between commas
//     ("Karine Jean-Pierre, White House principal deputy press secretary");
//   - each mention collects type evidence: known names, head words
//     ("Department", "Hospital"), given names, titles, and context ("in X",
//     "X said", "law firm X", "the state of X", "residents of X", "the X
//     administration"); a run of common English words ("Marine Traffic")
//     is no person; names listed together share a type ("in Crown Heights
//     and Bed-Stuy", "Terrebonne, Lafourche and Plaquemines parishes"); in
//     a game story a city that a result or a score surrounds names its team
//     ("Baltimore beat Tampa Bay 5-3", see sports.go); an entity's type is
//     the sum over its mentions;
//   - products, works and vessels are no entities of ours: a maker's name
//     with a model number ("Boeing 707"), a title after its noun ("the album
//     Wheels of Fire"), a ship after its prefix ("MV Namse Bangdzod"), a
//     technical system and its acronym ("Automatic Identification System
//     (AIS)"), wherever the article repeats them;
//   - mentions are grouped: a surname or given name joins the full name, an
//     acronym the name it abbreviates ("(FSB)", "(Defra)"), short and long
//     forms of a known name join ("NYC", "New York City", the dateline "NEW
//     YORK"), a school or river its short form ("Northeastern", "the
//     Severn"), a company the first word of its registered name
//     ("Hallstein" of "Hallstein Pharma AG"); then
//     title nominals ("the mayor", "the governor") join the entity that most
//     recently held the title, "the city" the city the article is about, and
//     "he"/"she" the person Resolve finds for them.
//
// Resolve is the entry point for the quote and policy extractors: it tells
// which entity the words naming a speaker or actor refer to.
package entity
