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
	// only, if set, are the sole modifiers that make a weak head public:
	// a "vaccination campaign" is a program, a "presidential campaign" and
	// "Trump's campaign" are not.
	only map[string]bool
	// purpose heads ("commission", "panel") are public also with a purpose
	// complement: "a commission engaged to study the draft".
	purpose bool
	// told heads name a measure only with a complement that tells its
	// content: "a rule raising the salary threshold", not "Mugabe's rule".
	told bool
}

// campaignLicensers are the modifiers that make a campaign or drive a
// public program (health and public-service campaigns).
var campaignLicensers = map[string]bool{
	"vaccination": true, "immunization": true, "immunisation": true, "vaccine": true,
	"inoculation": true, "deworming": true, "literacy": true, "eradication": true,
	"government": true, "government's": true, "ministry": true, "anti-corruption": true,
}

// orderLicensers make an order a government's; an official who signs or
// issues one does too ("the governor signed an order to …"), a judge's
// order does not.
var orderLicensers = words("government presidential ministerial administrative emergency health " +
	"public-health evacuation curfew lockdown shelter-in-place quarantine")

// dutyLicensers make a duty a tax ("anti-dumping duties", "fuel duty"),
// not an obligation ("his duties as mayor", "jury duty").
var dutyLicensers = words("anti-dumping countervailing customs import export excise fuel stamp death " +
	"inheritance tobacco alcohol punitive retaliatory provisional definitive safeguard")

// shutdownLicensers make a shutdown a public act; a "government shutdown"
// is a lapse of funding, not a measure.
// supportLicensers make "support" money or material aid, not political
// backing ("financial support for farmers", not "public support").
var supportLicensers = words("financial federal government state budgetary fiscal humanitarian income " +
	"housing rent childcare job")

// reviewLicensers make a review an official one: "a performance review",
// not "a film review".
var reviewLicensers = words("performance policy security strategic safety budget spending independent " +
	"government federal internal formal official defence defense")

// regimeLicensers make a regime a body of rules rather than a government.
var regimeLicensers = words("control sanctions tax licensing visa regulatory pricing tariff")

// operationLicensers make an operation a state's: "a military operation",
// not "a rescue operation".
var operationLicensers = words("military counter-terrorism counterterrorism police security peacekeeping " +
	"anti-drug undercover joint")

// headSenseStops are modifiers that give a head a sense that is no policy:
// a politician's "democratic mandate" is the voters' backing.
var headSenseStops = map[string]map[string]bool{
	"mandate":  words("democratic historic clear strong popular electoral fresh overwhelming personal moral"),
	"mandates": words("democratic electoral"),
	"system":   words("economic capitalist political legal justice judicial socialist communist solar immune"),
	"systems":  words("economic capitalist political legal justice judicial two"),
	// "rule" as governance: "colonial rule", "under military rule".
	"limits": words("city town county"),                  // "within city limits"
	"law":    words("international common natural case"), // "a violation of international law"
	"toll":   words(tollStops),
	"tolls":  words(tollStops),
	"fee":    words(feeStops),
	"fees":   words(feeStops),
	// bills that are invoices: "utility bills", "tenants' rent bills"
	"bill":  words(billPayers),
	"bills": words(billPayers + " tax property"), // a tax bill may be one; tax bills go out by mail
	// a government's standing account or a court settlement's money, not a
	// measure: "the state's rainy day fund", "opioid settlement funds"
	"fund":  words("rainy settlement"),
	"funds": words("rainy settlement"),
	// the act of vetoing, not a measure: "In his veto proclamation, …"
	"proclamation": words("veto"),
	"rule": words("colonial military british french direct home majority minority communist taliban " +
		"one-party civilian foreign imperial soviet authoritarian absolute mob martial democratic " +
		"presidential president's ground golden general"),
}

// tollStops make a toll a count: "the death toll".
const tollStops = "death casualty human emotional heavy mounting rising final official earlier previous latest"

// feeStops make a fee a private price: "legal fees", "a transfer fee".
const feeStops = "legal attorney attorneys lawyer lawyers transfer appearance speaking consulting management " +
	"entry booking late membership agent agency service"

// billPayers are what an invoice is for.
const billPayers = "rent utility phone electricity electric gas water medical hospital grocery energy heating " +
	"power fuel household monthly card restaurant bar hotel"

// ofStops are the words after "of" that make a head an idiom: "the rule of
// law", "a rule of thumb".
var ofStops = map[string]map[string]bool{
	"rule": words("law thumb"),
}

// modelLicensers make a model or principle a way of governing: "the
// one-China principle", "a Nordic-style welfare model"; a quoted name does
// too (the "one country, two systems" model).
var modelLicensers = words("governance welfare policing funding economic one-china one-party regulatory " +
	"legal policy fiscal")

// inquiryLicensers make an inquiry a public measure: "a judicial inquiry",
// "a public inquiry into the fire".
var inquiryLicensers = words("public judicial independent parliamentary government federal state")

// orderVerbs are the verbs an official orders a measure with.
var orderVerbs = words("ordered orders order directed directing decreed instructed")

// directVerbs order only with what the parties are to do: "directed state
// agencies to identify surplus land".
var directVerbs = words("directed directing instructed")

// lawIdioms take "the law" in a sense that is no policy: "the full force of
// the law", "the rule of law", "the letter of the law".
var lawIdioms = words("force rule letter spirit arm eyes side wrong")

var shutdownLicensers = map[string]bool{
	"nationwide": true, "national": true, "internet": true, "countrywide": true,
}

var heads = map[string]head{
	"law": {kind: Law}, "laws": {kind: Law}, "legislation": {kind: Law},
	"statute": {kind: Law}, "statutes": {kind: Law}, "amendment": {kind: Law},
	"ordinance": {kind: Ordinance}, "ordinances": {kind: Ordinance}, "bylaw": {kind: Ordinance},
	"bill": {kind: Bill}, "bills": {kind: Bill},
	"regulation": {kind: Regulation}, "regulations": {kind: Regulation},
	"rules": {kind: Regulation, weak: true}, "rule": {kind: Regulation, weak: true, told: true}, "directive": {kind: Regulation},
	"mandate": {kind: Regulation}, "mandates": {kind: Regulation},
	"decree": {kind: ExecutiveAction}, "decrees": {kind: ExecutiveAction},
	"declaration": {kind: ExecutiveAction, weak: true}, "proclamation": {kind: ExecutiveAction},
	"program": {kind: Program}, "programs": {kind: Program},
	"programme": {kind: Program}, "programmes": {kind: Program},
	"initiative": {kind: Program}, "initiatives": {kind: Program},
	"scheme": {kind: Program, weak: true}, "subsidies": {kind: Funding},
	"plan": {kind: Plan, weak: true}, "plans": {kind: Plan, weak: true}, "blueprint": {kind: Plan},
	"strategy": {kind: Plan, weak: true}, "roadmap": {kind: Plan, weak: true}, "agenda": {kind: Plan, weak: true},
	"approach": {kind: Plan, weak: true}, "proposal": {kind: Plan}, "proposals": {kind: Plan},
	"funding": {kind: Funding}, "funds": {kind: Funding, weak: true}, "fund": {kind: Funding, weak: true},
	"grant": {kind: Funding}, "grants": {kind: Funding}, "budget": {kind: Funding},
	"stimulus": {kind: Funding}, "investment": {kind: Funding, weak: true}, "investments": {kind: Funding, weak: true},
	"dollars": {kind: Funding, weak: true}, "money": {kind: Funding, weak: true}, "aid": {kind: Funding, weak: true},
	"package": {kind: Funding, weak: true}, "spending": {kind: Funding, weak: true}, "bailout": {kind: Funding},
	"reform": {kind: Measure}, "reforms": {kind: Measure}, "tax": {kind: Measure, weak: true},
	"taxes": {kind: Measure, weak: true}, "tariff": {kind: Measure}, "tariffs": {kind: Measure},
	"sanctions": {kind: Measure}, "ban": {kind: Measure}, "bans": {kind: Measure},
	"moratorium": {kind: Measure}, "measure": {kind: Measure}, "measures": {kind: Measure},
	"policy": {kind: Measure}, "policies": {kind: Measure}, "amendments": {kind: Law},
	"code": {kind: Law, weak: true}, "restrictions": {kind: Measure}, "curfew": {kind: Measure}, "efforts": {kind: Measure, weak: true},
	"effort": {kind: Measure, weak: true}, "crackdown": {kind: Measure, weak: true}, "cuts": {kind: Measure, weak: true},
	"treaty": {kind: Measure}, "referendum": {kind: Measure},
	"requirement": {kind: Regulation}, "requirements": {kind: Regulation},
	"restriction": {kind: Measure}, "credit": {kind: Funding, weak: true}, "credits": {kind: Funding, weak: true},
	"subsidy": {kind: Funding}, "vouchers": {kind: Funding}, "loans": {kind: Funding, weak: true},
	"lockdown": {kind: Measure}, "proposition": {kind: Measure}, "resolution": {kind: Measure},
	"agreement": {kind: Measure, weak: true}, "agreements": {kind: Measure, weak: true}, "deal": {kind: Measure, weak: true},
	"accord": {kind: Measure, weak: true}, "pact": {kind: Measure, weak: true}, "motion": {kind: Measure},
	"prorogation": {kind: ExecutiveAction}, "embargo": {kind: Measure}, "embargoes": {kind: Measure},
	"ceasefire": {kind: Measure}, "truce": {kind: Measure, weak: true}, "quota": {kind: Measure, weak: true}, "quotas": {kind: Measure, weak: true},
	"blockade": {kind: Measure, weak: true}, "waiver": {kind: Measure, weak: true}, "rebate": {kind: Funding, weak: true}, "rebates": {kind: Funding, weak: true},
	"practice": {kind: Measure, weak: true}, "guidelines": {kind: Regulation, weak: true}, "guideline": {kind: Regulation, weak: true},
	"loan": {kind: Funding, weak: true}, "order": {kind: ExecutiveAction, weak: true, only: orderLicensers}, "orders": {kind: ExecutiveAction, weak: true, only: orderLicensers},
	"cut": {kind: Measure, weak: true}, "bond": {kind: Funding, weak: true}, "bonds": {kind: Funding, weak: true}, "withdrawal": {kind: ExecutiveAction, weak: true}, "evacuation": {kind: ExecutiveAction, weak: true},
	"campaign": {kind: Program, weak: true, only: campaignLicensers}, "campaigns": {kind: Program, weak: true, only: campaignLicensers},
	"drive": {kind: Program, weak: true, only: campaignLicensers}, "shutdown": {kind: ExecutiveAction, weak: true, only: shutdownLicensers},
	"constitution": {kind: Law}, "conscription": {kind: Measure}, "inquiry": {kind: Measure, weak: true, only: inquiryLicensers},
	"model": {kind: Plan, weak: true, only: modelLicensers}, "framework": {kind: Plan, weak: true, only: modelLicensers}, "doctrine": {kind: Plan, weak: true},
	"principle": {kind: Plan, weak: true, only: modelLicensers},
	"curbs":     {kind: Measure, weak: true}, "guidance": {kind: Regulation, weak: true}, "freeze": {kind: Measure, weak: true},
	"cap": {kind: Measure, weak: true}, "caps": {kind: Measure, weak: true}, "expansion": {kind: Measure, weak: true},
	"overhaul": {kind: Measure, weak: true}, "relief": {kind: Funding, weak: true}, "benefits": {kind: Funding, weak: true},
	"payments": {kind: Funding, weak: true}, "incentives": {kind: Funding, weak: true}, "penalties": {kind: Measure, weak: true}, "protections": {kind: Measure, weak: true},
	"system": {kind: Program, weak: true}, "systems": {kind: Program, weak: true}, "patrols": {kind: Program, weak: true}, "review": {kind: Measure, weak: true, only: reviewLicensers},
	"steps": {kind: Measure, weak: true}, "action": {kind: Measure, weak: true},
	// "a rent control regime", "the sanctions regime"; not "the Iranian regime"
	"regime": {kind: Regulation, weak: true, only: regimeLicensers}, "regimes": {kind: Regulation, weak: true, only: regimeLicensers},
	"actions": {kind: Measure, weak: true}, "operation": {kind: ExecutiveAction, weak: true, only: operationLicensers},
	"support": {kind: Funding, weak: true, only: supportLicensers}, "assistance": {kind: Funding, weak: true},
	"duty": {kind: Measure, weak: true, only: dutyLicensers}, "duties": {kind: Measure, weak: true, only: dutyLicensers},
	"levy": {kind: Measure}, "levies": {kind: Measure}, "amnesty": {kind: Measure}, "surcharge": {kind: Measure, weak: true},
	"standard": {kind: Regulation, weak: true}, "standards": {kind: Regulation, weak: true},
	"provision": {kind: Law, weak: true}, "provisions": {kind: Law, weak: true},
	"commission": {kind: TaskForce, weak: true, purpose: true}, "panel": {kind: TaskForce, weak: true, purpose: true}, "decree-law": {kind: Law}, "limits": {kind: Measure, weak: true}, "exemption": {kind: Measure, weak: true},
	"taskforce": {kind: TaskForce}, "taskforces": {kind: TaskForce}, "mechanism": {kind: Measure, weak: true},
	"outlay": {kind: Funding, weak: true}, "toll": {kind: Measure, weak: true}, "tolls": {kind: Measure, weak: true},
	"fee": {kind: Measure, weak: true}, "fees": {kind: Measure, weak: true},
}

// compounds are two-word heads whose last word is no policy alone
// ("force", "order").
var compounds = map[string]Kind{
	"term limits": Measure, "background checks": Measure, "background check": Measure,
	"waiting period": Measure, "stay-at-home order": ExecutiveAction, "stay-at-home orders": ExecutiveAction, "social services": Program, "public services": Program,
	"military service": Measure, "national service": Measure,
	"tax break": Measure, "tax breaks": Measure, "tax hike": Measure, "tax hikes": Measure,
	"tax increase": Measure, "tax increases": Measure, "paid leave": Measure, "sick leave": Measure,
	"stimulus checks": Funding, "stimulus payments": Funding, "retirement age": Measure, "pension age": Measure,
	"health services": Program, "mental health services": Program,
	"house file": Bill, "senate file": Bill, // Minnesota's and Iowa's bill numbers: "House File 1187"
	"task force": TaskForce, "task forces": TaskForce, "working group": TaskForce,
	"executive order": ExecutiveAction, "executive orders": ExecutiveAction,
	"executive action": ExecutiveAction, "emergency order": ExecutiveAction,
	"state of emergency": ExecutiveAction, "emergency declaration": ExecutiveAction,
	"martial law": ExecutiveAction, "evacuation order": ExecutiveAction, "evacuation orders": ExecutiveAction,
	"safe zone": Measure, "buffer zone": Measure, "no-fly zone": Measure, "exclusion zone": Measure,
	"articles of impeachment": Measure, "article of impeachment": Measure,
	"policy change": Measure, "policy changes": Measure, "policy shift": Measure, // "in a policy change aimed at …"
	"citizenship question": Measure, "ballot question": Measure, "ballot questions": Measure, "minimum wage": Measure, "travel ban": Measure,
	"speed limit": Measure, "speed limits": Measure, "age limit": Measure, "price cap": Measure,
	"national emergency": ExecutiveAction, "public health emergency": ExecutiveAction, "disaster declaration": ExecutiveAction,
	"basic income": Program, "guaranteed income": Program, "congestion pricing": Measure, "congestion charge": Measure,
	"rent control": Measure, "rent controls": Measure, "export controls": Measure, "capital controls": Measure,
	"price controls":   Measure,
	"minimum sentence": Law, "minimum sentences": Law, "minimum prison sentence": Law, "mandatory minimum": Law,
	"mandatory minimums": Law, "pay raise": Funding, "pay rise": Funding, "cost-of-living raise": Funding,
	"bond issue": Funding, "bond issues": Funding, "bond measure": Measure, "bond measures": Measure, // "a $14.5 million bond issue"
}

// purposeVerbs open the purpose complement of a purpose head: "a
// commission to study …", "a panel set up to review …".
var purposeVerbs = map[string]bool{
	"study": true, "investigate": true, "review": true, "examine": true, "probe": true,
	"advise": true, "oversee": true, "monitor": true, "draft": true, "assess": true,
	"evaluate": true, "recommend": true, "look": true, "consider": true,
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
	// "Electric Vehicle Policy 2.0", "Decent Homes Standard", "Farm
	// Household Allowance", "Future Drought Fund"
	"policy": Plan, "standard": Regulation, "standards": Regulation, "allowance": Program, "fund": Funding,
	// "Vacant Property Refurbishment Grant", "Temporary Resident Retention
	// Pathway", "Extended Fund Facility"
	"grant": Funding, "pathway": Program, "facility": Program,
}

// namedNeeds are words one of which a name with the head must hold: a
// "Facility" is a lender's programme only with money in its name
// ("Extended Fund Facility", not "Northpoint Detention Facility").
var namedNeeds = map[string]map[string]bool{
	"facility": words("fund credit financing loan lending resilience recovery"),
}

// longNamed heads name a policy only in a name of three words or more
// (or with a hyphen or a version): two-word names with them are often
// papers, firms and fields ("Foreign Policy", "Business Standard").
var longNamed = words("policy standard standards allowance fund grant pathway facility")

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
	"troop": true, "military": true, "security": true, "humanitarian": true, "foreign": true, "mandatory": true, "compulsory": true, "curfew": true,
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
	"leader": true, "premier": true, "county": true, "district": true, "province": true,
	"municipality": true, "regulator": true, "regulators": true, "mayor's": true, "governor's": true, "chancellor": true, "king": true, "voters": true,
}

// officialTitles mark a subject as someone who makes policy.
var officialTitles = map[string]bool{
	"gov.": true, "sen.": true, "rep.": true, "senator": true, "representative": true,
	"secretary": true, "councilmember": true, "councilman": true, "councilwoman": true,
	"prime": true, "lawmakers": true, "legislators": true, "mayor": true, "governor": true,
	"president": true, "minister": true, "commandant": true, "commissioner": true,
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
	"adds": true, "removes": true, "increases": true, "reduces": true, "eliminates": true, "exempts": true,
	"allocates": true, "funds": true, "proposes": true, "earmarks": true, // "The budget proposes a 7 percent increase in salaries"
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
	"establishing": true, "creating": true, "seeking": true, "aiming": true, "giving": true, "authorizing": true, "to": true,
	"barring": true, "limiting": true, "restricting": true, "making": true, "forcing": true,
	"about": true, "regarding": true, "concerning": true, "governing": true, "covering": true,
	"toward": true, "towards": true,
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
	"popular": true, "strong": true, "clear": true, "personal": true,
}

// notPolicyModifiers make a head something else: "television programs",
// "court rules" (a verb), "measures of size".
var notPolicyModifiers = map[string]bool{
	"television": true, "tv": true, "radio": true, "computer": true, "software": true,
	"degree": true, "graduate": true, "court": true, "judge": true, "cooking": true,
	"exchange": true, "conflict": true, "dispute": true, "high": true, "screen": true,
	"business": true, "book": true, "record": true, "buyback": true, "repurchase": true, "loyalty": true,
	"rewards": true, "maximum": true, "average": true, // "the maximum grant available under …" is a sum
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
	"add": true, "adding": true, "end": true, "ended": true, "ending": true, "abolish": true,
	"abolished": true, "abolishing": true, "scrap": true, "scrapped": true, "scrapping": true,
	"reinstate": true, "reinstated": true, "reinstating": true, "removed": true, "lifted": true,
	"raised": true, "increased": true, "reduced": true, "eliminated": true, "expanded": true,
	"extended": true, "eased": true, "tightened": true, "added": true,
	"charge": true, "charging": true, // "ban them from charging workers fees"
	// a policy's own changes: "The ordinance drops the old requirement …"
	"drop": true, "drops": true, "dropped": true, "dropping": true, "removes": true, "lifts": true,
	"raises": true, "increases": true, "reduces": true, "eliminates": true, "expands": true,
	"extends": true, "eases": true, "tightens": true, "adds": true, "ends": true, "abolishes": true,
	"scraps": true, "reinstates": true,
}

// ownVerbs make their object their subject's own: "Apple announced a
// program", "the company kept its buyback program".
var ownVerbs = func() map[string]bool {
	m := words("kept keeps keep began begin begins run runs ran set sets")
	for _, stem := range strings.Fields("announce unveil launch introduce start create offer expand roll operate develop adopt approve pass") {
		for _, w := range inflect(stem) {
			m[w] = true
		}
	}
	return m
}()

// verbLike heads are verbs before "to" with nothing before them: "and
// plans to build".
var verbLike = words("plans plan funds fund aims cuts")

// payWords are the last words of pay rises, which employers give as well
// as governments.
var payWords = words("raise raises rise rises")

// personRoles name the private party of a contract: "a deal with manager
// Pep Guardiola", "an agreement with the striker".
var personRoles = words("manager coach player players striker midfielder defender goalkeeper star actor " +
	"singer artist author publisher studio label network sponsor client clients employee employees " +
	"union workers company firm")

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
	"withholding": true, "suspension": true, "freeze": true, "freezing": true, "expansion": true,
	"extension": true, "repeal": true, "rollback": true, "renewal": true,
	"refund": true, "deferral": true, "increase": true, "reduction": true,
}

// imposeVerbs take a measure as object: "impose stricter punishment".
var imposeVerbs = map[string]bool{"impose": true, "imposes": true, "imposed": true, "imposing": true}

// govAction is a government act told by its verb and object: "suspend
// Parliament", "shut down all schools", "froze the assets of …".
type govAction struct {
	verbs   map[string]bool
	objects map[string]bool // the object's head noun
	kind    Kind
	// clause extends the mention to the end of the clause, whose rest tells
	// what the act is for: "hire police and pay them overtime in order to
	// advance community policing".
	clause bool
}

// govActions are verb–object pairs that only a government does; the object
// makes the verb unambiguous, so no subject check is needed.
var govActions = []govAction{
	{ // a legislature or constitution suspended or dissolved
		verbs: words("suspend suspends suspended suspending dissolve dissolves dissolved dissolving " +
			"prorogue prorogues prorogued proroguing recall recalls recalled reconvene"),
		objects: words("parliament parliaments congress legislature assembly constitution senate"),
		kind:    ExecutiveAction,
	},
	{ // a government dissolved
		verbs:   words("dissolve dissolves dissolved dissolving dissolution"),
		objects: words("government cabinet"),
		kind:    ExecutiveAction,
	},
	{ // a union of states left: "leave the EU by the end of January"
		verbs:   words("leave leaves leaving left exit exits exiting quit quits quitting"),
		objects: words("eu union bloc nato eurozone"),
		kind:    Measure,
	},
	{ // police put on the street: "deploy more officers to subway stations"
		verbs: words("deploy deploys deployed deploying hire hires hired hiring add adds added adding " +
			"put puts putting station stations stationed employ employs employed employing recruit recruits recruited recruiting"),
		objects: words("officers cops police troopers patrols agents guardsmen"),
		kind:    Measure,
		clause:  true,
	},
	{ // a public body set up: "appointing an election committee"
		verbs: words("appoint appoints appointed appointing establish establishes established establishing " +
			"form forms formed forming set sets setting create creates created creating"),
		objects: words("committee commission inquiry panel council"),
		kind:    TaskForce,
	},
	{ // public places closed
		verbs: words("shut shuts shutting close closes closed closing reopen reopens reopened"),
		objects: words("schools borders border airports airport ports universities embassy embassies " +
			"consulate consulates crossings crossing airspace mosques churches beaches parks"),
		kind: ExecutiveAction,
	},
	{ // rights and documents granted by a state revoked or waived
		verbs: words("waive waives waived waiving revoke revokes revoked revoking strip strips stripped stripping " +
			"cancel cancels cancelled canceled cancelling"),
		objects: words("immunity visa visas citizenship passport passports licence license licenses accreditation"),
		kind:    ExecutiveAction,
	},
	{ // diplomats expelled
		verbs:   words("expel expels expelled expelling"),
		objects: words("diplomats diplomat ambassador envoy envoys"),
		kind:    ExecutiveAction,
	},
	{ // assets frozen
		verbs:   words("freeze freezes froze frozen freezing"),
		objects: words("assets accounts"),
		kind:    Measure,
	},
	{ // troops sent or withdrawn
		verbs: words("withdraw withdraws withdrew withdrawing deploy deploys deployed deploying pull pulls pulled pulling " +
			"send sends sent sending"),
		objects: words("troops forces soldiers"),
		kind:    ExecutiveAction,
	},
}

// govActionIndex maps a verb to its govActions: one look-up per token.
var govActionIndex = func() map[string][]*govAction {
	m := map[string][]*govAction{}
	for i := range govActions {
		for v := range govActions[i].verbs {
			m[v] = append(m[v], &govActions[i])
		}
	}
	return m
}()

// govObjectSkips may stand between an action verb and its object: "shut
// down all the schools", "withdraw US troops".
var govObjectSkips = words("down off out up the all its their a some most many remaining")

// passiveBanVerbs made something unlawful: "The PKK is banned in Turkey".
var passiveBanVerbs = words("banned outlawed prohibited forbidden proscribed criminalized criminalised illegal")

// passiveBanPreps lead the place or authority of a passive ban; a ban "from"
// something is one on a person ("banned from driving").
var passiveBanPreps = words("in by under across throughout nationwide")

// beForms are the forms of "to be" that make a passive.
var beForms = words("is are was were be been being remains remain")

// byWords lead a law-given provision as "under" does: "By law, all men must
// register …".
var byWords = words("under by as")

// conditionWords make "As a condition of the loan, …" tell what a
// measure provides.
var conditionWords = words("condition conditions term terms requirement part")

func words(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// pledgeVerbs put forward a course of action: "Erdoğan pledged converting
// Hagia Sophia to a mosque", "the governor vowed to ban …".
var pledgeVerbs = words("pledged pledges pledge promised promises vowed vows proposed proposes")

// policyVerbs are the courses of action a pledge must name to be a measure:
// "vowed to fight the charges" is none.
var policyVerbs = words("ban banning cut cutting raise raising build building convert converting " +
	"create creating abolish abolishing repeal repealing introduce introducing impose imposing " +
	"lift lifting legalize legalizing expand expanding reduce reducing increase increasing " +
	"fund funding invest investing close closing withdraw withdrawing rename renaming " +
	"restore restoring reform reforming cap capping freeze freezing establish establishing " +
	"hire hiring end ending scrap scrapping overhaul overhauling nationalize nationalizing " +
	"privatize privatizing tax taxing limit limiting restrict restricting require requiring")

// trigger is a set of rules a word can start.
type trigger uint16

const (
	trigHead trigger = 1 << iota // a head noun or the last word of a compound
	trigRequire
	trigProvision
	trigImpose
	trigBy
	trigGov
	trigPassive
	trigPledge
	trigArticle
	trigSpend
	trigAct
	trigPassiveAct
)

// triggers maps a word to the rules it can start: one look-up per token
// serves every rule.
var triggers = func() map[string]trigger {
	m := map[string]trigger{}
	add := func(set map[string]bool, t trigger) {
		for w := range set {
			m[w] |= t
		}
	}
	for w := range heads {
		m[w] |= trigHead
	}
	add(compoundLast, trigHead)
	add(requireVerbs, trigRequire)
	add(provisionVerbs, trigProvision)
	add(imposeVerbs, trigImpose)
	add(byWords, trigBy)
	add(passiveBanVerbs, trigPassive)
	add(pledgeVerbs, trigPledge)
	for w := range articleWords {
		m[w] |= trigArticle
	}
	add(spendVerbs, trigSpend)
	for w := range actVerbs {
		m[w] |= trigAct
	}
	for w := range passiveActs {
		m[w] |= trigPassiveAct
	}
	for w := range plannedActs {
		m[w] |= trigPassiveAct
	}
	add(levyChanges, trigPassiveAct)
	for w := range govActionIndex {
		m[w] |= trigGov
	}
	return m
}()

// articleWords number the parts of laws and treaties ("Article 50"),
// ballot measures ("Proposition 22") and bills ("AB 1482"), with the kind
// they make.
var articleWords = map[string]Kind{
	"article": Law, "section": Law, "title": Law, "clause": Law, "chapter": Law, "paragraph": Law,
	"proposition": Measure, "prop.": Measure, "amendment": Law, "resolution": Measure, "directive": Regulation,
	// US bill numbers: "AB 1482", "HB 2271", "H.R. 1", "LD 1706".
	"ab": Bill, "sb": Bill, "hb": Bill, "hr": Bill, "h.r.": Bill, "s.b.": Bill, "h.b.": Bill, "a.b.": Bill,
	"ld": Bill, "lb": Bill, "hf": Bill, "sf": Bill,
}

// namingWords introduce a measure by its name: "The move, called
// prorogation, …".
var namingWords = words("called dubbed termed named")

// lawParts number a law's parts in lower case too: "section 21".
var lawParts = words("section article clause")

// numberedPrefixes name the chamber or type before a numbered measure:
// "House Joint Resolution 4", "Senate Concurrent Resolution 12".
var numberedPrefixes = words("house senate assembly joint concurrent")

// indefinite articles introduce a policy rather than refer back to one.
var indefinite = words("a an another")

// spendVerbs give money to a purpose: "Congress approved $2 billion for
// wildfire prevention", "the state will spend $300 million on schools".
var spendVerbs = func() map[string]bool {
	m := words("spend spends spent spending commit commits committed committing give gives gave giving " +
		"set sets setting send sends sent sending")
	for _, stem := range strings.Fields("approve allocate earmark invest provide grant award budget pledge promise add") {
		for _, w := range inflect(stem) {
			m[w] = true
		}
	}
	return m
}()
