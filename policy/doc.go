// Package policy finds the public measures a news article mentions — laws,
// ordinances, bills, regulations, executive actions, programs, plans,
// funding and task forces — with their status, actor and amount.
//
// Detection is a small set of rules (see rules.go), each a value that reads
// one sentence's tagged tokens and proposes candidates:
//
//   - named: capitalized policy names ("Affordable Care Act", "Blueprint to
//     End Gun Violence", "Interstate Task Force on Illegal Guns");
//   - head: noun phrases headed by a policy noun ("federal funding for law
//     enforcement", "the recent ordinance that we passed to …"); weak heads
//     such as "plan" or "dollars" need a public modifier, and bare phrases
//     ("the law") only point back to earlier mentions;
//   - requirement: provisions ("requiring gun buyers to buy liability
//     insurance", "banned Iranian airline Mahan Air from flying …"), one per
//     list item;
//   - includes and part-of: what a plan contains ("his plan includes …"),
//     reported instead of the plan itself;
//   - imposed: the object of "impose", always a measure;
//   - under: what a policy provides, told as "Under the new law, owners
//     must …" or "By law, all men must …";
//   - gov-action: acts that only a government does, told by verb and object
//     ("suspend Parliament", "shut down all schools", "waive diplomatic
//     immunity", "withdraw troops", "leave the EU", "appointing an election
//     committee"), also in the past passive ("the Assembly was suspended");
//   - passive-ban: "The PKK is banned in Turkey";
//   - pledge: a course of action an official pledges ("pledged converting
//     Hagia Sophia to a mosque");
//   - article: numbered parts of laws ("Article 50", "Section 230");
//   - spending: money an official body gives to a purpose ("Congress
//     approved $2 billion for wildfire prevention");
//   - ordered: what an official orders ("ordered fire safety checks on
//     escape rooms", "A judicial inquiry was ordered");
//   - act (acted.go): a measure told by the verb that enacts it, with no
//     policy noun, when the verb's subject governs or is a policy ("France
//     raised the retirement age from 62 to 64", "the city will offer free bus
//     rides", "It would have voided local wage ordinances … and barred any
//     city or county from …", "The new law makes it a felony to …"); each
//     verb has stop objects ("raise concerns", "end his campaign");
//   - passive-act (passive.go): the same told of the thing acted on ("VAT
//     will be charged on private school fees", "councils will be required to
//     …", "National Insurance contributions will rise by one point");
//   - sum: a sum given to a purpose ("- $4.5 million to expand
//     prekindergarten" in a budget's list, "sent $5 million to Springfield to
//     study …").
//
// Office holders and government bodies come from the entity clusters
// (a PERSON with an official title, an ORG named as a department or
// board), so that "Biden canceled …" and "The Department of Education will
// forgive …" have a governing subject; "it" after a sentence that opens
// with a policy is that policy.
//
// Weak heads are public also with an owner after them ("the strategy of
// Prime Minister …"), a governmental purpose ("a plan to build …"), a
// sentence about government (context.go: an official, a government body or
// place, or a policy verb outside the phrase, as in "The mayor unveiled her
// plan for new shelters"; small stop lists keep "business plan", "efforts to
// save the driver" and the voters' "mandate" out) or, for some, only their
// own licensers ("vaccination campaign", not "presidential campaign";
// "performance review", not "film review"). A paragraph that names an
// official licenses its quotes too, and a quoted name before a head makes
// it specific (the "one country, two systems" model). Compounds
// ("articles of impeachment", "safe zone") and "another referendum" are
// first mentions even when bare, and so is "the new guidance" in a
// government sentence when nothing before it is the policy it could point
// back to.
//
// The requirement rule also reads provisions whose subject is a policy ("The
// decree instructs archbishops to notify …"), also past an appositive or a
// reduced relative ("A bill introduced … by Council Member Olivia Tran would
// require …"); a verb joined to a provision shares its subject ("The policy
// also bars …, requires … and sets …", "It would require … and would let
// them recover …", "The other makes it a crime …"). Planned passives ("work
// would be halted") are measures in a sentence about government. A company's
// or a club's own programs are not ("Apple announced a program …"), nor
// predicates ("the fee was a tax") or invoices ("utility bills").
//
// Status comes from cue words around the phrase (cues in status.go), else
// from the tense of the nearest verb; a negated phrase ("not part of any
// broader plan to …") is no mention, and neither is a hypothetical one
// (hypothetical.go: "no such levy can be introduced", "…, but no bill to
// repeal it has been filed", "dismissed suggestions that …"), while a
// definite measure after a negated verb still is ("would not sign the
// planned trade agreement"). What one chamber voted for is proposed; a
// measure whose own relative clause tells in the present what it does is
// in effect, one whose clause tells what it would do is proposed. The actor is, in order, the phrase's
// possessor, a place before its head ("United States sanctions"), the
// subject or "by" agent of its status verb, the owner of the plan it is part
// of, a public modifier ("federal"), the legislature for a bill, the
// official who tells a policy that is the sentence's subject, or the
// sentence's subject; names are resolved to entity clusters with
// entity.Resolve, and a quote's "we" is its speaker, or the place a mayor or
// governor speaks for. Later mentions carry RefersTo, the index of the first.
// A name right after a generic phrase ("a constitutional amendment, House
// Joint Resolution 4") or before an indefinite appositive ("the CARE
// Coalition, a violence interruption program …") is one item, and a name
// told "as" after a policy ("… on the ballot as Proposition 3") is its
// alias: its later mentions are linked and not reported.
//
// The word lists are unexported tables in lexicon.go and status.go.
package policy
