package policy

import "strings"

// The word lists below are hand-written from the policy vocabulary of US and
// international news (laws, executive actions, programs, budgets) and tuned on
// the development set in testdata/dev/policies.

// head is a noun that makes its noun phrase a policy.
type head struct {
	kind Kind
	// weak heads ("plan", "efforts", "dollars") name a public measure only
	// with a public modifier ("federal dollars") or an owner ("his plan").
	weak bool
}

var heads = map[string]head{
	"law": {Law, false}, "laws": {Law, false}, "legislation": {Law, false},
	"statute": {Law, false}, "statutes": {Law, false}, "amendment": {Law, false},
	"ordinance": {Ordinance, false}, "ordinances": {Ordinance, false}, "bylaw": {Ordinance, false},
	"bill": {Bill, false}, "bills": {Bill, false},
	"regulation": {Regulation, false}, "regulations": {Regulation, false},
	"rules": {Regulation, true}, "directive": {Regulation, false},
	"mandate": {Regulation, false}, "mandates": {Regulation, false},
	"decree": {ExecutiveAction, false}, "decrees": {ExecutiveAction, false},
	"declaration": {ExecutiveAction, true}, "proclamation": {ExecutiveAction, false},
	"program": {Program, false}, "programs": {Program, false},
	"programme": {Program, false}, "programmes": {Program, false},
	"initiative": {Program, false}, "initiatives": {Program, false},
	"scheme": {Program, true}, "subsidies": {Funding, false},
	"plan": {Plan, true}, "plans": {Plan, true}, "blueprint": {Plan, false},
	"strategy": {Plan, true}, "roadmap": {Plan, true}, "agenda": {Plan, true},
	"approach": {Plan, true}, "proposal": {Plan, false}, "proposals": {Plan, false},
	"funding": {Funding, false}, "funds": {Funding, true}, "fund": {Funding, true},
	"grant": {Funding, false}, "grants": {Funding, false}, "budget": {Funding, false},
	"stimulus": {Funding, false}, "investment": {Funding, true}, "investments": {Funding, true},
	"dollars": {Funding, true}, "money": {Funding, true}, "aid": {Funding, true},
	"package": {Funding, true}, "spending": {Funding, true}, "bailout": {Funding, false},
	"reform": {Measure, false}, "reforms": {Measure, false}, "tax": {Measure, true},
	"taxes": {Measure, true}, "tariff": {Measure, false}, "tariffs": {Measure, false},
	"sanctions": {Measure, false}, "ban": {Measure, false}, "bans": {Measure, false},
	"moratorium": {Measure, false}, "measure": {Measure, false}, "measures": {Measure, false},
	"policy": {Measure, false}, "policies": {Measure, false}, "amendments": {Law, false},
	"code": {Law, true}, "restrictions": {Measure, false}, "curfew": {Measure, false}, "efforts": {Measure, true},
	"effort": {Measure, true}, "crackdown": {Measure, true}, "cuts": {Measure, true},
	"treaty": {Measure, false}, "referendum": {Measure, false},
	"requirement": {Regulation, false}, "requirements": {Regulation, false},
	"restriction": {Measure, false}, "credit": {Funding, true}, "credits": {Funding, true},
	"subsidy": {Funding, false}, "vouchers": {Funding, false}, "loans": {Funding, true},
	"lockdown": {Measure, false}, "proposition": {Measure, false}, "resolution": {Measure, false},
	"agreement": {Measure, true}, "agreements": {Measure, true}, "deal": {Measure, true},
	"accord": {Measure, true}, "pact": {Measure, true}, "motion": {Measure, false},
	"prorogation": {ExecutiveAction, false}, "decree-law": {Law, false}, "limits": {Measure, true}, "exemption": {Measure, true},
}

// compounds are two-word heads whose last word is no policy alone
// ("force", "order").
var compounds = map[string]Kind{
	"term limits": Measure, "background checks": Measure, "background check": Measure,
	"waiting period": Measure, "stay-at-home order": ExecutiveAction, "stay-at-home orders": ExecutiveAction, "social services": Program, "public services": Program,
	"task force": TaskForce, "task forces": TaskForce, "working group": TaskForce,
	"executive order": ExecutiveAction, "executive orders": ExecutiveAction,
	"executive action": ExecutiveAction, "emergency order": ExecutiveAction,
	"state of emergency": ExecutiveAction, "emergency declaration": ExecutiveAction,
}

// compoundLast holds the last words of compounds, so that only they cost a
// look-up of the words before them.
var compoundLast = func() map[string]bool {
	m := map[string]bool{}
	for c := range compounds {
		m[c[strings.LastIndexByte(c, ' ')+1:]] = true
	}
	return m
}()

// namedHeads are the capitalized words that end or lead a policy's proper
// name ("Affordable Care Act", "Blueprint to End Gun Violence").
var namedHeads = map[string]Kind{
	"act": Law, "acts": Law, "law": Law, "amendment": Law, "code": Law,
	"bill": Bill, "ordinance": Ordinance,
	"plan": Plan, "blueprint": Plan, "strategy": Plan, "deal": Plan, "agenda": Plan,
	"program": Program, "programme": Program, "initiative": Program, "scheme": Program,
	"budget": Funding,
	"reform": Measure, "treaty": Measure, "proposition": Measure, "accord": Measure, "agreement": Measure, "pact": Measure,
	"directive": Regulation, "regulation": Regulation, "regulations": Regulation, "rule": Regulation,
	"mandate": Regulation, "ban": Measure,
}

// programNames are public programs known by a bare proper name; a name
// run that contains one is a program ("Medicare for All").
var programNames = map[string]bool{
	"medicare": true, "medicaid": true, "obamacare": true, "daca": true,
}

// nameConnectors may join the capitalized words of a policy name.
var nameConnectors = map[string]bool{"of": true, "on": true, "to": true, "for": true, "the": true, "and": true, "against": true, "&": true}

// publicWords mark a weak head as a public measure ("federal dollars").
var publicWords = map[string]bool{
	"federal": true, "state": true, "government": true, "governmental": true, "city": true,
	"municipal": true, "national": true, "public": true, "county": true, "administration": true,
	"congressional": true, "presidential": true, "legislative": true, "social": true,
	"whole-of-government": true, "emergency": true, "executive": true, "tax": true,
	"stimulus": true, "relief": true, "welfare": true, "infrastructure": true, "fiscal": true,
	"statewide": true, "nationwide": true, "citywide": true, "economic": true, "immigration": true,
	"government's": true, "state's": true, "city's": true, "ministry": true, "council": true,
	"trade": true, "peace": true, "nuclear": true, "climate": true, "ceasefire": true,
}

// agentWords are the common nouns that can enact or run a policy ("the
// governor", "the council"); a subject made of other nouns is no actor.
var agentWords = map[string]bool{
	"government": true, "administration": true, "congress": true, "parliament": true,
	"senate": true, "house": true, "legislature": true, "lawmakers": true, "legislators": true,
	"council": true, "city": true, "state": true, "mayor": true, "governor": true,
	"president": true, "minister": true, "ministry": true, "department": true, "agency": true,
	"court": true, "judge": true, "officials": true, "commission": true, "cabinet": true,
	"authorities": true, "assembly": true, "board": true, "force": true, "committee": true,
	"leader": true, "premier": true, "county": true, "mayor's": true, "governor's": true, "chancellor": true, "king": true, "voters": true,
}

// officialTitles mark a subject as someone who makes policy.
var officialTitles = map[string]bool{
	"gov.": true, "sen.": true, "rep.": true, "senator": true, "representative": true,
	"secretary": true, "councilmember": true, "councilman": true, "councilwoman": true,
	"prime": true, "lawmakers": true, "legislators": true, "mayor": true, "governor": true,
	"president": true, "minister": true,
}

// legislatures enact bills; a bill with no other actor is theirs.
var legislatures = map[string]bool{
	"Congress": true, "Parliament": true, "Senate": true, "Legislature": true,
	"Assembly": true, "Bundestag": true, "Knesset": true, "Duma": true, "Diet": true,
	"Sejm": true, "Oireachtas": true, "Storting": true, "Riksdag": true, "Legislative": true,
}

// reportingVerbs attribute speech; the clause they open has its own subject.
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "added": true, "continued": true, "told": true,
	"stated": true, "announced": true, "noted": true, "explained": true, "wrote": true,
	"argued": true, "tweeted": true, "stressed": true, "reported": true,
}

// requireVerbs open a requirement clause ("requiring gun buyers to buy
// liability insurance"); each clause is a provision.
var requireVerbs = map[string]bool{
	"require": true, "requires": true, "requiring": true, "mandate": true, "mandates": true,
	"mandating": true, "ban": true, "bans": true, "banning": true, "prohibit": true,
	"prohibits": true, "prohibiting": true, "forbid": true, "forbids": true, "forbidding": true,
	"criminalize": true, "criminalizes": true, "criminalizing": true, "legalize": true,
	"legalizes": true, "legalizing": true, "decriminalize": true, "decriminalizes": true,
	"decriminalizing": true, "outlaw": true, "outlaws": true, "outlawing": true,
	"banned": true, "outlawed": true, "legalized": true, "decriminalized": true, "criminalized": true,
}

// provisionVerbs state what a policy does when their subject is one: "The
// decree instructs archbishops to notify …", "The decree also mentions
// establishing a system …".
var provisionVerbs = map[string]bool{
	"instructs": true, "directs": true, "orders": true, "obliges": true, "compels": true,
	"forces": true, "establishes": true, "creates": true, "mentions": true, "provides": true,
	"allows": true, "bars": true, "sets": true, "limits": true, "restricts": true, "caps": true,
	"raises": true, "lowers": true, "expands": true, "extends": true, "grants": true,
}

// banVerbs make a provision a measure rather than a law.
var banVerbs = map[string]bool{"ban": true, "bans": true, "banning": true, "banned": true, "outlawed": true}

// contentStarters open a post-modifier that tells what a policy does
// ("funding for more officers", "a policy of not charging …").
var contentStarters = map[string]bool{
	"for": true, "on": true, "against": true, "that": true, "which": true, "who": true,
	"in": true, "of": true, "from": true, "under": true, "requiring": true,
	"banning": true, "allowing": true, "aimed": true, "designed": true, "earmarked": true,
	"intended": true, "mandating": true, "prohibiting": true, "targeting": true, "providing": true,
	"establishing": true, "creating": true, "giving": true, "authorizing": true, "to": true,
	"barring": true, "limiting": true, "restricting": true, "making": true, "forcing": true,
}

// stopWords end a policy phrase: a new clause starts there.
var stopWords = map[string]bool{
	"said": true, "says": true, "according": true, "but": true, "while": true, "because": true,
	"although": true, "though": true, "when": true, "where": true, "if": true, "unless": true,
	"so": true, "as": true, "after": true, "before": true, "since": true, "whereas": true,
}

// publicActors name the actor of a measure modified by a public adjective
// when no entity does ("federal efforts" → "federal government").
var publicActors = map[string]string{
	"federal": "federal government", "government": "government", "governmental": "government",
	"whole-of-government": "federal government", "municipal": "city", "city": "city",
	"state": "state government",
}

// placeTitles are the titles whose holder speaks for a place: a mayor's "we
// passed" is the city's doing.
var placeTitles = map[string]bool{"Mayor": true, "Governor": true, "Gov.": true, "Premier": true}

// orgEnders end the names of bodies, not measures ("Law and Justice Party").
var orgEnders = map[string]bool{
	"party": true, "committee": true, "court": true, "department": true, "agency": true,
	"office": true, "institute": true, "university": true, "council": true, "coalition": true,
	"union": true, "association": true, "ministry": true, "service": true, "corps": true,
	"foundation": true, "society": true, "center": true, "centre": true, "company": true,
	"bureau": true, "administration": true, "network": true, "group": true, "project": true,
	"competition": true, "award": true, "prize": true, "organization": true, "organisation": true,
}

// plainAdjectives say nothing about a policy's content: "more lenient
// laws" is no mention, "anti-abortion law" is.
var plainAdjectives = map[string]bool{
	"new": true, "more": true, "less": true, "lenient": true, "strict": true, "stricter": true,
	"tough": true, "tougher": true, "same": true, "other": true, "such": true, "many": true,
	"several": true, "few": true, "previous": true, "first": true, "last": true, "latest": true,
	"recent": true, "current": true, "existing": true, "controversial": true, "good": true,
	"bad": true, "restrictive": true, "old": true, "own": true, "certain": true, "various": true,
	"similar": true, "different": true, "entire": true, "whole": true, "key": true, "major": true,
	"democratic": true, "popular": true, "strong": true, "clear": true, "personal": true,
}

// notPolicyModifiers make a head something else: "television programs",
// "court rules" (a verb), "measures of size".
var notPolicyModifiers = map[string]bool{
	"television": true, "tv": true, "radio": true, "computer": true, "software": true,
	"degree": true, "graduate": true, "court": true, "judge": true, "cooking": true,
	"exchange": true, "conflict": true, "dispute": true, "high": true, "screen": true,
	"business": true, "book": true, "record": true,
}

// notAgents are proper names that are never actors: days and months are
// tagged NNP.
var notAgents = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true,
}

// actionVerbs act on a measure and belong to its phrase: "remove tariffs on
// 90 percent of commodities", "lift sanctions".
var actionVerbs = map[string]bool{
	"remove": true, "removing": true, "lift": true, "lifting": true, "raise": true, "raising": true,
	"cut": true, "cutting": true, "increase": true, "increasing": true, "reduce": true,
	"reducing": true, "eliminate": true, "eliminating": true, "expand": true, "expanding": true,
	"extend": true, "extending": true, "ease": true, "easing": true, "tighten": true, "tightening": true,
}

// pactHeads are agreements, public when made with someone: "an agreement
// with the government of Syria".
var pactHeads = map[string]bool{"agreement": true, "deal": true, "accord": true, "pact": true, "treaty": true}

// genericHeads name a measure by another it is about.
var genericHeads = map[string]bool{
	"proposal": true, "proposals": true, "plan": true, "plans": true, "effort": true,
	"efforts": true, "investment": true, "investments": true, "measure": true, "measures": true,
}

// changeWords lead a phrase about a change to a law: "amendments to the
// penal code".
var changeWords = map[string]bool{
	"changes": true, "change": true, "amendments": true, "amendment": true, "revisions": true,
	"overhaul": true, "reform": true, "reforms": true, "update": true,
}

// imposeVerbs take a measure as object: "impose stricter punishment".
var imposeVerbs = map[string]bool{"impose": true, "imposes": true, "imposed": true, "imposing": true}
