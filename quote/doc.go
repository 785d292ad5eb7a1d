// Package quote finds who said what in a news article: direct quotations
// between quote marks, partial quotations inside the writer's own sentence and
// indirect (reported) speech, each with its speaker and reporting cue.
//
// Quote marks are double marks (straight, curly, low, guillemets, the
// newswire's doubled apostrophes); an article with no quotation in double marks is
// read for single ones, the style of some British and Australian papers.
// Quote marks are paired per paragraph, so a stray or malformed mark never
// swallows the rest of an article; a quote left open at a paragraph's end
// continues only into a next paragraph that opens with a mark, the newswire
// convention for a quotation that runs over several paragraphs.
//
// The speaker is found next to the cue ("…," the mayor said / said Liccardo /
// Hochul added, "…" / "…" — that was how Marsh put it), then resolved to an
// entity with [entity.Resolve]. A quote without a cue of its own takes the
// speaker of the quote just before it.
//
// Reported speech is read from the writer's words only: a sentence may hold
// quotation marks ("X said he would wait for "years.""), but the cue, its
// speaker and the edges of the reported clause stand outside them and most of
// the clause is the writer's. The clause ends at a semicolon, at "while", or
// before ", and" going on with a verb of the sentence's own subject. A
// participle after the sentence's own clause reports too ("…, saying that
// …"), and so does a second cue of the same speaker ("… and predicted that
// …"). A cue read as an adjective ("An estimated four million people", "the
// total reported casualties") reports nothing. The writer's own words after
// the clause are left out: "…, though she declined to say …", "…, blaming
// …", "… without elaborating", a noun phrase in apposition to the whole
// clause; and so is a second report ("…, but its manager, X, said …"),
// which is read on its own.
//
// Speaker choices:
//   - A description of an unnamed person ("a spokesperson for the mayor's
//     office", "one of the children", "the spokesman for Governor Tom
//     Reyes") leaves Speaker nil, with the phrase as SpeakerMention: the
//     speaker is never the person or organization named inside it. An
//     organization that speaks for itself ("the White House said") is the
//     speaker.
//   - A pronoun is never resolved to a person mentioned in its sentence only
//     as the object of a preposition or verb ("Speaking to Martin Smith of
//     PBS, he said"); it takes a person named as a subject in that sentence or
//     the one before, else the speaker before.
//   - A pronoun never takes a person of the other gender ("She said" is not
//     the husband named last), and "they"/"we" never a person.
//   - A kin noun ("the father", "her mother") is the person the text ties to
//     it ("her father, Mark Lee"), or the one of its gender in a couple named
//     together ("David and Louise Turpin"); else nobody.
//   - An organization nominal ("the company") is the organization named last
//     in its paragraph or the one before; "the website", "the paper" the
//     organization that spoke last. A title nominal ("the senator") is its
//     holder, else the speaker before when they may hold it.
//   - A title or role nominal names a person, never an organization or
//     place the words were linked to upstream ("the prime minister", "the
//     Labour leader"); it is the person given that title (not a deputy), or
//     the speaker just before when nobody is. A role owned by someone else
//     ("Mnuchin's spokeswoman") is its holder or nobody; a text owned by
//     someone ("WHO's statistics") is its owner's.
//   - A pronoun is never a person its own sentence names after it ("She
//     said Jorden had …"); after a kin subject ("Her husband … laughed.")
//     it is that relative.
//   - Two coordinated names ("The Investigative Committee and the FSB")
//     give the first.
//   - A state institution the article names by its noun only ("the army
//     said", "the government announced") speaks as that noun; "according to
//     the filing" is the author named with "said in a … filing" shortly
//     before.
//   - In an exchange, a short cue-less reply after two persons' adjacent
//     turns is the other party's ("Dad." / "Well, it's true."); "her
//     father" is found through the tie told from the other side ("his
//     daughter, Callie Ritchie").
//   - In "NAME of ORG" the name is the speaker ("Doug Collins of Georgia").
//   - A person's Speaker name drops the titles and the organization or place
//     names that an entity name may keep in front of it ("NATO
//     Secretary-General Jens Stoltenberg" → "Jens Stoltenberg"), keeping at
//     least two words; SpeakerID still names the entity.
package quote
