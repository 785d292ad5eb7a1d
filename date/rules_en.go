package date

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Pattern pieces. Month and weekday names must be capitalized: "may" and
// "march" are verbs; abbreviations need their period or a word boundary.
const (
	monthP     = `(?P<month>(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b))`
	fullMonthP = `(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\b`
	dayP       = `(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b`
	yearP      = `(?P<year>1\d{3}|20\d{2})\b`
	weekdayP   = `(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
	edgeP      = `(?:(?i:the\s+)?(?P<edge>(?i:early|mid|late|end of|beginning of|start of|middle of))[\s-]+)`
	zoneP      = `[ECMPA][SD]?T|AEST|AEDT|AKST|HST|IST|JST|GMT|UTC|BST|CEST|CET`
	ofYearP    = `(?:\s+of\s+(?i:(?P<oy>this|last|next))\s+year\b)?` // "January of this year"
	unitWordsP = `(?P<unit>seconds|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries)`
)

// englishRules are tried on every sentence with a trigger; where matches
// overlap, the longest wins, then the earlier rule.
var englishRules = []*rule{
	newRule("iso", on(cueDigit, 0), `\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b`, resolveNumeric),
	newRule("slash", on(cueDigit, 0), `\b(?P<mon>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/(?P<year>\d{4}|\d{2})\b`, resolveNumeric),
	newRule("month-day-year", on(cueMonth, 3, cueDigit), `\b(?:`+weekdayP+`,?\s+(?:the\s+)?)?`+monthP+`\s*`+dayP+`(?:,\s*|\s+)`+yearP, resolveFullDate),
	newRule("day-month-year", on(cueDigit, 3, cueMonth), `\b(?:`+weekdayP+`,?\s+)?(?:the\s+)?`+dayP+`\s+(?:of\s+)?`+monthP+`,?\s+`+yearP, resolveFullDate),
	newRule("month-day", on(cueMonth, 3, cueDigit), `\b(?:`+weekdayP+`,?\s+(?:the\s+)?)?`+monthP+`\s*`+dayP+ofYearP, resolveMonthDay),
	newRule("day-month", on(cueDigit, 3, cueMonth), `\b(?:`+weekdayP+`,?\s+)?(?:the\s+)?`+dayP+`\s+(?:of\s+)?`+monthP, resolveMonthDay),
	newRule("month-year", on(cueMonth, 4, cueDigit), `\b`+edgeP+`?`+monthP+`,?\s+(?:of\s+)?`+yearP, resolveMonthYear),
	newRule("month", on(cueMonth, 4), `\b(?:(?P<rel>last|next|this|every|each|(?i:that))\s+)?`+edgeP+`?`+fullMonthP+ofYearP, resolveMonth),
	newRule("year", on(cueDigit, 4), `\b`+edgeP+`?`+yearP, resolveYear),
	newRule("fiscal-year", on(cueDigit, 2), `(?i)\bfiscal\s+(?:year\s+)?`+yearP, resolveFiscal),
	newRule("year-end", on(cueUnit, 2), `(?i)\b(?P<unit>year|month|week)[\s-]end\b`, resolveUnitEnd),
	newRule("year-earlier", on(cueUnit, 2), `(?i)\b(?P<unit>year|month|week|day)-(?:earlier|ago)(?:\s+(?:(?P<ord>first|second|third|fourth)\s+)?(?P<q>quarter|period)\b)?`, resolveYearEarlier),
	newRule("decade", on(cueDigit, 4), `(?:\b`+edgeP+`)?(?:\b(?P<dec>1\d{2}0|20\d0)|['’](?P<short>\d)0)['’]?s\b`, resolveDecade),
	newRule("century", on(cueUnit, 3), `(?i)\b(?:the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\s-]+century\b`, resolveCentury),
	newRule("season", on(cueSeason, 2), `(?i)\b(?:(?P<rel>this|last|next|early|late|mid|the)[\s-]+)?(?P<season>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?`+yearP+`)?`, resolveSeason),
	newRule("quarter", on(cueUnit, 3), `(?i)\b(?:(?P<rel>this|last|next|the)\s+|(?:the\s+)?(?P<year2>1\d{3}|20\d{2})(?:['’]s)?\s+)?(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+(?:of\s+)?`+yearP+`)?`+ofYearP, resolveQuarter),
	newRule("q-year", on(cueDigit, 0), `\bQ(?P<ord>[1-4])\s+`+yearP, resolveQuarter),
	newRule("the-half", on(cueHalf, 3), `(?i)\b(?:in|during|for|over|through)\s+(?P<x>the\s+(?P<half>first|second)\s+half)\b`, resolveTheHalf),
	newRule("half", on(cueHalf, 2), `(?i)\b(?:the\s+)?(?P<half>first|second)\s+half\s+of\s+(?:(?P<rel>this|last|next|the)\s+year|`+yearP+`)`, resolveHalf),
	newRule("relative-unit", on(cueUnit, 4), `(?i)\b(?:(?P<edge>earlier|later|early|late|end of|beginning of|start of|middle of)\s+)?(?P<rel>this|next|last|past|coming|previous|current)\s+(?P<unit>week|weekend|month|year|decade|century|quarter)\b`, resolveRelativeUnit),
	newRule("the-weekend", on(cueUnit, 2), `(?i)\b(?:over|during|on|at|for|by|until|through)\s+(?P<x>the\s+weekend)\b`, resolveWeekend),
	newRule("in-the-unit", on(cueUnit, 4), `(?i)\b(?P<edge>earlier|later|early|late)\s+in\s+the\s+(?P<unit>day|week|month|year)\b`, resolveInTheUnit),
	newRule("the-unit", on(cueUnit, 3), `(?i)\b(?:for|in|during|throughout|of|over|through|into)\s+(?P<x>the\s+(?:(?P<adj>latest|current|full|entire|whole)\s+)?(?P<unit>quarter|year|month|week))\b`, resolveTheUnit),
	newRule("on-the-nth", on(cueDigit, 2), `(?i)\bon\s+(?P<x>the\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))\b`, resolveNth),
	newRule("edge-of-the-unit", on(cueUnit, 5), `(?i)\b(?:the\s+)?(?P<edge>end|beginning|start|middle|turn)\s+of\s+the\s+(?P<unit>year|month|week|decade|century)\b`, resolveRelativeUnit),
	newRule("ago", on(cueUnit, 5), `(?i)\b(?:(?P<mod>`+modRE+`)\s+)?(?P<num>`+numberRE+`)\s+`+unitWordsP+`\s+(?P<dir>ago|earlier|later|from now|hence)\b`, resolveAgo),
	newRule("vague-ago", on(cueAgo, 4), `(?i)\b(?:a\s+(?:short\s+|little\s+|long\s+)?while|not\s+(?:so\s+)?long|long|some\s+time|moments?|(?:days|weeks|months|years|decades|hours|minutes))\s+ago\b`, resolveVagueAgo),
	// A rate: "$35 a month", "3% a year", "10 hours a day" (the duration is its own mention).
	newRule("rate", on(cueUnit, 5), `(?i)(?:(?P<year>1\d{3}|20\d{2})|\d[\d,.]*(?:\s*%|\s+[a-z]+){0,3})\s+(?P<x>an?\s+(?P<unit>hour|day|week|month|year))\b`, resolveRate),
	newRule("duration", on(cueUnit, 5), `(?i)\b(?:(?P<mod>`+modRE+`)\s+)?(?:(?P<lp>last|past|next|first|coming|previous|final|initial)\s+)?(?P<num>`+numberRE+`)\s+(?:(?:more|additional|full|straight|consecutive|long|whole|calendar|business|working|trading|school|Earth)\s+)?`+unitWordsP+`\b`, resolveDuration),
	newRule("and-a-half", on(cueHalf, 5, cueUnit), `(?i)\b(?:(?P<mod>`+modRE+`)\s+)?(?P<num>`+numberRE+`)(?:\s+and\s+a\s+half\s+`+unitWordsP+`|[\s-](?P<unit>year|month|week|day|hour|minute|decade)-and-a-half)\b(?:\s+(?P<dir>ago))?`, resolveAndAHalf),
	newRule("half-unit", on(cueHalf, 0, cueUnit), `(?i)\bhalf\s+an?\s+(?P<unit>hour|day|year|decade|century)\b`, resolveHalfUnit),
	newRule("unit-adjective", on(cueUnit, 2), `(?i)\b(?P<num>`+numberRE+`)-(?P<unit>second|minute|hour|day|week|month|year|decade|century)\b`, resolveDuration),
	newRule("unit-long", on(cueUnit, 2), `(?i)\b(?P<unit>hour|day|week|month|year|decade)-long\b`, resolveDuration),
	newRule("vague-plural", on(cueUnit, 3), `(?i)\b(?:for|over|in|within|throughout|just|only|mere|after)\s+(?P<x>(?:(?P<num>many|several|a few|few)\s+)?(?P<unit>decades|years|months|weeks|days|hours|minutes))\b`, resolveDuration),
	newRule("weekday", on(cueWeekday, 3), `\b(?:(?i:(?P<edge>early|late))\s+)?(?:(?i:(?P<rel>last|next|this past|this coming|this))\s+)?`+weekdayP+`(?:\s+(?i:(?P<pod>morning|afternoon|evening|night)))?\b`, resolveWeekday),
	newRule("weekdays", on(cueWeekday, 1), `\b(?:(?i:every|each)\s+`+weekdayP+`(?:\s+(?P<pod>morning|afternoon|evening|night))?\b|`+weekdayP+`(?:s|\s+(?P<pod>mornings|afternoons|evenings|nights))\b)`, resolveWeekdaySet),
	newRule("relative-day", on(cueRelDay, 3), `(?i)\b(?P<d>today|tonight|tomorrow|yesterday|the day before yesterday|the day after tomorrow)(?:\s+(?P<pod>morning|afternoon|evening|night))?\b`, resolveRelativeDay),
	newRule("part-of-day", on(cuePartOfDay, 2), `(?i)\b(?P<rel>this|last|early this|late this|later this|earlier this)\s+(?P<pod>morning|afternoon|evening|night)\b`, resolveRelativeDay),
	newRule("clock", on(cueDigit, 0), `(?i)\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]\.?m\b)(?:\s+(?-i:(?P<z>`+zoneP+`))\b|\s+(?P<lt>local\s+time)\b)?`, resolveClock),
	newRule("clock-24h", on(cueDigit, 0), `\b(?P<h>[01]\d|2[0-3]):?(?P<m>[0-5]\d)\s*(?P<z>GMT|UTC)\b`, resolveClock),
	newRule("clock-hh:mm", on(cueDigit, 0), `\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)\b(?:\s*(?P<z>`+zoneP+`)\b|\s+(?P<lt>local\s+time)\b)?`, resolveClock),
	newRule("clock-part-of-day", on(cuePartOfDay, 5, cueDigit), `(?i)\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?(?:\s+o['’]clock)?\s+in\s+the\s+(?P<pod>(?-i:morning|afternoon|evening))\b`, resolveClockPartOfDay),
	newRule("noon", on(cueClock, 0), `(?i)\b(?P<h>noon|midday|midnight)\b`, resolveClock),
	newRule("set-word", on(cueSet, 0), `\b(?P<w>hourly|daily|nightly|weekly|biweekly|monthly|quarterly|yearly|annually|biannually)\b`, resolveSet),
	newRule("every", on(cueSet, 0), `(?i)\b(?:every|each)\s+(?:(?P<num>other|`+numberRE+`)\s+)?(?P<unit>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|morning|afternoon|evening|night|weekend|summer|winter|spring|fall|autumn)\b`, resolveSet),
	newRule("times-per", on(cueSet, 2), `(?i)\b(?:(?:once|twice|(?:\d+|two|three|four|five|six|several|many)\s+times)\s+(?:a|an|per|each|every)|per)\s+(?P<unit>day|week|month|year)\b`, resolveSet),
	newRule("ref", on(cueRef, 2), `(?i)\b(?P<r>right now|just now|now|currently|recently|lately|nowadays|presently|soon|at present|at the moment|these days|to this day|to date)\b`, resolveRef),
	newRule("past-future", on(cueRef, 4), `(?i)\b(?:in|for|into|of|to)\s+(?P<x>the\s+(?:near\s+|distant\s+|recent\s+|foreseeable\s+|immediate\s+)?(?P<r>past|future))\b`, resolveRef),
	newRule("coming-units", on(cueRef, 1), `(?i)\b(?P<x>(?P<r>coming|upcoming|recent|previous|next few|past few|last few|coming few)\s+(?P<unit>days|weeks|months|years|decades|hours))\b`, resolveRef),
	newRule("that-day", on(cueUnit, 2), `(?i)\b(?P<rel>that|this|the same|the next|the following|the previous|the prior)\s+(?P<unit>day|week|month|year)\b`, resolveThatDay),
	newRule("the-day-before", on(cueUnit, 1), `(?i)\bthe\s+(?P<unit>day|week|month|year)\s+(?P<rel>before|after|earlier|later)\b`, resolveThatDay),
	newRule("bare-plural", on(cueUnit, 0), `(?i)\b(?P<unit>decades|years|months|weeks|days|hours|minutes)\b`, resolveBarePlural),
	newRule("edge-part-of-day", on(cuePartOfDay, 1), `(?i)\b(?:early|late|mid-?)\s*(?P<pod>morning|afternoon|evening)\b`, resolveThatDay),
	newRule("that-part-of-day", on(cuePartOfDay, 3), `(?i)\b(?:(?:in|through|throughout|during|into|late\s+in|early\s+in)\s+(?P<x>the\s+(?P<pod>(?-i:morning|afternoon|evening|night)))|(?P<x>that\s+(?P<pod>(?-i:morning|afternoon|evening|night))))\b`, resolveThatDay),
	newRule("holiday", on(cueHoliday, 1), `\b(?P<h>Christmas Day|Christmas Eve|Christmas|New Year['’]s Day|New Year['’]s Eve|Halloween|Valentine['’]s Day|Thanksgiving Day|Thanksgiving|Labor Day|Memorial Day|Fourth of July|Boxing Day|Bastille Day|Easter Sunday|Easter)(?:\s+`+yearP+`)?`, resolveHoliday),
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// dateOf builds a valid calendar day, or false (February 30).
func dateOf(y int, m time.Month, d int, loc *time.Location) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, loc)
	return t, t.Day() == d
}

func resolveNumeric(c *ctx, g groups) (val, bool) {
	y := atoi(g.get("year"))
	if len(g.get("year")) == 2 {
		y += 1900
		if y < 1950 {
			y += 100
		}
	}
	t, ok := dateOf(y, time.Month(atoi(g.get("mon"))), atoi(g.get("day")), c.loc)
	if !ok || y < 1000 {
		return val{}, false
	}
	return dayVal(t), true
}

func resolveFullDate(c *ctx, g groups) (val, bool) {
	t, ok := dateOf(atoi(g.get("year")), month(g.get("month")), atoi(g.get("day")), c.loc)
	if !ok {
		return val{}, false
	}
	return dayVal(t), true
}

func resolveMonthDay(c *ctx, g groups) (val, bool) {
	m, d := month(g.get("month")), atoi(g.get("day"))
	if _, ok := dateOf(2000, m, d, c.loc); !ok { // 2000 is a leap year
		return val{}, false
	}
	rest := c.sent[c.end:]
	if strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, ":") || (len(rest) > 1 && rest[0] == ',' && rest[1] >= '0' && rest[1] <= '9') {
		return val{}, false
	}
	if !c.dated() {
		return unresolved(Date), true
	}
	mk := func(y int) (val, bool) {
		t, ok := dateOf(y, m, d, c.loc)
		return dayVal(t), ok
	}
	if oy := g.get("oy"); oy != "" {
		return mk(c.pub.Year() + relYear[lower(oy)])
	}
	return c.inYear(mk)
}

// relYear is the year of "of this year", "of last year" from publication's.
var relYear = map[string]int{"this": 0, "last": -1, "next": 1}

func resolveMonthYear(c *ctx, g groups) (val, bool) {
	return monthVal(atoi(g.get("year")), month(g.get("month")), c.loc).withMod(edgeMod(g.get("edge"))), true
}

// ambiguousMonths are also words or first names: dates only after a
// preposition or with a modifier.
var ambiguousMonths = map[string]bool{"May": true, "March": true, "April": true, "June": true, "August": true}

func resolveMonth(c *ctx, g groups) (val, bool) {
	name, rel, edge := g.get("month"), lower(g.get("rel")), g.get("edge")
	after := c.wordAfter()
	if after != "" && after[0] >= 'A' && after[0] <= 'Z' { // "April Ryan", "June Carter"
		return val{}, false
	}
	if ambiguousMonths[name] && rel == "" && edge == "" && !preps[c.wordBefore()] {
		return val{}, false
	}
	m := month(name)
	if rel == "every" || rel == "each" {
		return val{typ: Set, value: fmt.Sprintf("XXXX-%02d", m)}, true
	}
	if !c.dated() {
		return unresolved(Date), true
	}
	mod := edgeMod(edge)
	y := c.pub.Year()
	if oy := g.get("oy"); oy != "" {
		return monthVal(y+relYear[lower(oy)], m, c.loc).withMod(mod), true
	}
	switch rel {
	case "that": // the month in the story's year: "That September"
		v := unresolved(Date)
		v.anaphor = func(ref val, day time.Time) val {
			if ref.from.IsZero() || ref.to.Sub(ref.from) > 366*24*time.Hour {
				return v
			}
			return monthVal(ref.from.Year(), m, c.loc).withMod(mod)
		}
		return v, true
	case "last":
		if m >= c.pub.Month() {
			y--
		}
	case "next":
		if m <= c.pub.Month() {
			y++
		}
	case "this":
	default:
		return c.inYear(func(y int) (val, bool) { return monthVal(y, m, c.loc).withMod(mod), true })
	}
	return monthVal(y, m, c.loc).withMod(mod), true
}

func resolveYear(c *ctx, g groups) (val, bool) {
	y := atoi(g.get("year"))
	before, after := c.sent[:c.start], c.sent[c.end:]
	if strings.HasSuffix(before, "$") || strings.HasSuffix(before, "#") || strings.HasSuffix(before, "€") ||
		strings.HasSuffix(before, "£") || strings.HasSuffix(before, "-") && len(before) > 1 && before[len(before)-2] >= '0' && before[len(before)-2] <= '9' && !endsWithYear(before[:len(before)-1]) ||
		len(before) > 1 && (before[len(before)-1] == ',' || before[len(before)-1] == '.') && before[len(before)-2] >= '0' && before[len(before)-2] <= '9' {
		return val{}, false // $2021, 2.2021, 555-2021
	}
	if len(after) > 1 && (after[0] == ',' || after[0] == '.' || after[0] == ':') && after[1] >= '0' && after[1] <= '9' ||
		strings.HasPrefix(after, "%") || strings.HasPrefix(after, "-") && len(after) > 1 && after[1] >= '0' && after[1] <= '9' && !startsWithYearish(after[1:]) {
		return val{}, false // 2021,500; 2021.5; 2021%
	}
	wb := c.wordBefore()
	wa := lower(c.wordAfter())
	if _, weekday := weekdays[wa]; weekday || wa == "utc" || wa == "gmt" || wa == "hours" || wa == "hrs" {
		return val{}, false // military time: "(2053 Wednesday night, UTC)"
	}
	if noYearBefore[wb] || countNouns[wa] || wa == "percent" {
		return val{}, false
	}
	if g.get("edge") == "" && c.afterName() {
		return val{}, false // Directive 2000, Euro 2020, Vision 2030
	}
	if y < 1900 && g.get("edge") == "" && !preps[wb] {
		return val{}, false
	}
	return yearVal(y, c.loc).withMod(edgeMod(g.get("edge"))), true
}

func endsWithYear(s string) bool {
	n := 0
	for n < len(s) && s[len(s)-1-n] >= '0' && s[len(s)-1-n] <= '9' {
		n++
	}
	return n == 4
}

// startsWithYearish accepts "2021-22" and "2020-2021" as ranges of years.
func startsWithYearish(s string) bool {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n == 2 || n == 4
}

func resolveDecade(c *ctx, g groups) (val, bool) {
	var y int
	if d := g.get("dec"); d != "" {
		if y = atoi(d); y%100 == 0 && y < 2000 { // "the 1800s" is the 19th century
			return centuryVal(y, c.loc).withMod(edgeMod(g.get("edge"))), true
		}
	} else {
		y = 1900 + 10*atoi(g.get("short"))
		ref := 2030
		if c.dated() {
			ref = c.pub.Year()
		}
		if y+100 <= ref {
			y += 100
		}
	}
	return decadeVal(y, c.loc).withMod(edgeMod(g.get("edge"))), true
}

func resolveCentury(c *ctx, g groups) (val, bool) {
	o := lower(g.get("ord"))
	n, ok := ordinals[o]
	if !ok {
		n = atoi(strings.TrimRight(o, "stndrh"))
	}
	if n < 1 || n > 30 {
		return val{}, false
	}
	return centuryVal((n-1)*100, c.loc), true
}

func resolveSeason(c *ctx, g groups) (val, bool) {
	s := seasons[lower(g.get("season"))]
	rel, year := lower(g.get("rel")), g.get("year")
	after := c.wordAfter()
	if year == "" && (after != "" && after[0] >= 'A' && after[0] <= 'Z' || lower(after) == "of") {
		return val{}, false // the Winter Olympics, the fall of Kabul
	}
	if year == "" && rel == "" {
		switch c.wordBefore() {
		case "in", "during", "over", "until", "by", "through", "since", "this", "last", "next":
		default:
			return val{}, false
		}
		if s == "FA" {
			return val{}, false
		}
	}
	mod := edgeMod(rel)
	if year != "" {
		return seasonVal(atoi(year), s, c.loc).withMod(mod), true
	}
	if !c.dated() {
		return unresolved(Date), true
	}
	mk := func(y int) (val, bool) { return seasonVal(y, s, c.loc).withMod(mod), true }
	y := c.pub.Year()
	switch rel {
	case "last":
		for v, _ := mk(y); v.to.After(c.pub); v, _ = mk(y) {
			y--
		}
		return mk(y)
	case "next":
		for v, _ := mk(y); !v.from.After(c.pub); v, _ = mk(y) {
			y++
		}
		return mk(y)
	}
	return c.inYear(mk)
}

func resolveQuarter(c *ctx, g groups) (val, bool) {
	o := lower(g.get("ord"))
	q, ok := ordinals[o]
	if !ok {
		q = atoi(o)
	}
	if q < 1 || q > 4 {
		return val{}, false
	}
	if y := g.get("year") + g.get("year2"); y != "" {
		return quarterVal(atoi(y), q, c.loc), true
	}
	if !c.dated() {
		return unresolved(Date), true
	}
	mk := func(y int) (val, bool) { return quarterVal(y, q, c.loc), true }
	if oy := g.get("oy"); oy != "" {
		return mk(c.pub.Year() + relYear[lower(oy)])
	}
	switch lower(g.get("rel")) {
	case "last":
		return mk(c.pub.Year() - 1)
	case "next":
		return mk(c.pub.Year() + 1)
	case "this":
		return mk(c.pub.Year())
	}
	return c.inYear(mk)
}

func resolveHalf(c *ctx, g groups) (val, bool) {
	h := 1
	if lower(g.get("half")) == "second" {
		h = 2
	}
	if y := g.get("year"); y != "" {
		return halfVal(atoi(y), h, c.loc), true
	}
	if !c.dated() {
		return unresolved(Date), true
	}
	y := c.pub.Year()
	switch lower(g.get("rel")) {
	case "last":
		y--
	case "next":
		y++
	}
	return halfVal(y, h, c.loc), true
}

// resolveRelativeUnit reads "this week", "last month", "next year", "earlier
// this year" and "the end of the year" against publication; "the past year"
// is a duration.
func resolveRelativeUnit(c *ctx, g groups) (val, bool) {
	rel, unit, edge := lower(g.get("rel")), lower(g.get("unit")), lower(g.get("edge"))
	if (rel == "past" || rel == "last") && edge == "" {
		switch c.wordBefore() {
		case "the", "these", "those":
			return durationVal("1", units[unit]), true
		case "this":
			rel = "last" // "this past week"
		}
		if rel == "past" {
			return durationVal("1", units[unit]), true
		}
	}
	mod := edgeMod(edge)
	if !c.dated() {
		return unresolved(Date).withMod(mod), true
	}
	n := 0
	switch rel {
	case "next", "coming":
		n = 1
	case "last", "previous":
		n = -1
	}
	p := c.pub
	var v val
	switch unit {
	case "week":
		v = weekVal(p.AddDate(0, 0, 7*n))
	case "weekend":
		v = weekendVal(p.AddDate(0, 0, 7*n))
		if rel == "this" && p.Weekday() >= time.Monday && p.Weekday() <= time.Friday {
			if t := c.tense(); t == past || t == pastFuture { // "was held this weekend" on a Monday
				v = weekendVal(p.AddDate(0, 0, -7))
			}
		}
	case "month":
		f := time.Date(p.Year(), p.Month()+time.Month(n), 1, 0, 0, 0, 0, c.loc)
		v = monthVal(f.Year(), f.Month(), c.loc)
	case "year":
		v = yearVal(p.Year()+n, c.loc)
	case "decade":
		v = decadeVal(p.Year()+10*n, c.loc)
	case "century":
		v = centuryVal(p.Year()+100*n, c.loc)
	case "quarter":
		q := (int(p.Month())-1)/3 + n
		y := p.Year()
		for q < 0 {
			q += 4
			y--
		}
		for q > 3 {
			q -= 4
			y++
		}
		v = quarterVal(y, q+1, c.loc)
	default:
		return val{}, false
	}
	return v.withMod(mod), true
}

func unitOf(s string) string { return units[lower(s)] }

func resolveAgo(c *ctx, g groups) (val, bool) {
	n, ok := numberOf(g.get("num"))
	unit := unitOf(g.get("unit"))
	if !ok || unit == "" || !countAgrees(g.get("num"), g.get("unit")) {
		return val{}, false
	}
	mod := modWords[lower(g.get("mod"))]
	dir := lower(g.get("dir"))
	sign, ref := -1, "PAST_REF"
	if dir != "ago" && dir != "earlier" {
		sign, ref = 1, "FUTURE_REF"
	}
	k, err := strconv.Atoi(n)
	if err != nil || unit[0] == 'T' {
		return refVal(ref).withMod(mod), true
	}
	if !c.dated() {
		return unresolved(Date).withMod(mod), true
	}
	k *= sign
	p := c.pub
	if (dir == "later" || dir == "earlier") && !c.ref.from.IsZero() {
		p = c.ref.from // "A month later" follows the story, not publication
	}
	var v val
	if k == -1 && unit == "Y" {
		// Business news compares a quarter with "a year ago": the same
		// quarter of the year before (TimeBank, HeidelTime's REFUNIT).
		return yearBeforeQuarter(yearVal(p.Year()-1, c.loc).withMod(mod)), true
	}
	switch unit {
	case "D":
		v = dayVal(p.AddDate(0, 0, k))
	case "W":
		v = weekVal(p.AddDate(0, 0, 7*k))
	case "M":
		f := time.Date(p.Year(), p.Month()+time.Month(k), 1, 0, 0, 0, 0, c.loc)
		v = monthVal(f.Year(), f.Month(), c.loc)
	case "Y":
		v = yearVal(p.Year()+k, c.loc)
	case "DE":
		v = decadeVal(p.Year()+10*k, c.loc)
	case "CE":
		v = centuryVal(p.Year()+100*k, c.loc)
	default:
		return refVal(ref).withMod(mod), true
	}
	return v.withMod(mod), true
}

func resolveVagueAgo(c *ctx, g groups) (val, bool) { return refVal("PAST_REF"), true }

// countAgrees rejects "a days" and "two day" (but not the adjective "two-day").
func countAgrees(num, unit string) bool {
	n := lower(num)
	one := n == "a" || n == "an" || n == "one" || n == "1"
	plural := strings.HasSuffix(lower(unit), "s") || lower(unit) == "centuries"
	return one != plural
}

func resolveDuration(c *ctx, g groups) (val, bool) {
	unitText, num := lower(g.get("unit")), g.get("num")
	unit := unitOf(unitText)
	if unit == "" {
		return val{}, false
	}
	if strings.HasSuffix(lower(c.sent[c.start:c.end]), "-long") { // "year-long"
		num = "1"
	} else if strings.HasSuffix(c.sent[c.start:c.end], "-"+unitText) { // "two-year", "18-month"
		if strings.HasPrefix(c.sent[c.end:], "-old") {
			return val{}, false
		}
	} else if num != "" && !countAgrees(num, unitText) && !(!strings.HasSuffix(unitText, "s") && c.modifiesNoun()) {
		return val{}, false // but "a thirty hour period" is fine
	}
	if lower(c.wordAfter()) == "old" || strings.HasPrefix(c.sent[c.end:], "-old") {
		return val{}, false // an age, not a period
	}
	if unitText == "second" { // "a second term"
		return val{}, false
	}
	n := "X"
	if num != "" {
		var ok bool
		if n, ok = numberOf(num); !ok {
			return val{}, false
		}
	}
	if lower(num) == "some" {
		n = "X"
	}
	return durationVal(n, unit).withMod(modWords[lower(g.get("mod"))]), true
}

func resolveHalfUnit(c *ctx, g groups) (val, bool) {
	switch lower(g.get("unit")) {
	case "hour":
		return durationVal("30", "TM"), true
	case "day":
		return durationVal("12", "TH"), true
	case "year":
		return durationVal("6", "M"), true
	case "decade":
		return durationVal("5", "Y"), true
	}
	return durationVal("50", "Y"), true
}

// holidayWeekdays are names in which a weekday is no weekday: Black Friday.
var holidayWeekdays = map[string]bool{"black": true, "good": true, "super": true, "cyber": true,
	"ash": true, "palm": true, "holy": true, "bloody": true, "maundy": true, "giving": true, "easter": true}

func resolveWeekday(c *ctx, g groups) (val, bool) {
	if holidayWeekdays[c.wordBefore()] {
		return val{}, false
	}
	rel := lower(g.get("rel"))
	switch rel {
	case "this past":
		rel = "last"
	case "this coming":
		rel = "next"
	case "this":
		rel = ""
	}
	pod := partsOfDay[lower(g.get("pod"))]
	day, ok := c.weekday(weekdays[lower(g.get("wd"))], rel)
	if !ok {
		if pod != "" {
			return unresolved(Time), true
		}
		return unresolved(Date), true
	}
	if pod != "" {
		return partOfDayVal(day, pod), true
	}
	return dayVal(day), true
}

func resolveWeekdaySet(c *ctx, g groups) (val, bool) {
	wd := weekdays[lower(g.get("wd"))]
	iso := (int(wd)+6)%7 + 1
	pod := partsOfDay[strings.TrimSuffix(g.get("pod"), "s")] // "Monday afternoons": XXXX-WXX-1TAF
	if pod != "" {
		pod = "T" + pod
	}
	return val{typ: Set, value: fmt.Sprintf("XXXX-WXX-%d%s", iso, pod)}, true
}

func resolveRelativeDay(c *ctx, g groups) (val, bool) {
	d := lower(strings.Join(strings.Fields(g.get("d")), " "))
	rel := lower(strings.Join(strings.Fields(g.get("rel")), " "))
	pod := partsOfDay[lower(g.get("pod"))]
	if d == "today" {
		// "USA Today", the "Today" show: a capitalized Today inside a sentence is a name.
		if (g.get("d")[0] == 'T' && c.start > 0 && c.wordBefore() != "" && !strings.HasSuffix(strings.TrimSpace(c.sent[:c.start]), ".")) ||
			lower(c.wordAfter()) == "show" {
			return val{}, false
		}
	}
	if d == "tonight" {
		pod = "NI"
	}
	offset := 0
	switch {
	case d == "yesterday" || rel == "last":
		offset = -1
	case d == "tomorrow":
		offset = 1
	case d == "the day before yesterday":
		offset = -2
	case d == "the day after tomorrow":
		offset = 2
	}
	if !c.dated() {
		if pod != "" {
			return unresolved(Time), true
		}
		return unresolved(Date), true
	}
	day := c.pub.AddDate(0, 0, offset)
	if pod != "" {
		return partOfDayVal(day, pod), true
	}
	return dayVal(day), true
}

// resolveRate rejects a year before the unit ("In 2019 a year of turmoil").
func resolveRate(c *ctx, g groups) (val, bool) {
	if g.get("year") != "" {
		return val{}, false
	}
	return resolveSet(c, g)
}

func resolveSet(c *ctx, g groups) (val, bool) {
	if w := g.get("w"); w != "" {
		v := setWords[w]
		return val{typ: Set, value: v}, v != ""
	}
	unit := lower(g.get("unit"))
	if pod, ok := partsOfDay[unit]; ok {
		return val{typ: Set, value: "T" + pod}, true
	}
	if s, ok := seasons[unit]; ok {
		return val{typ: Set, value: "XXXX-" + s}, true
	}
	code := unitOf(unit)
	if code == "" {
		return val{}, false
	}
	n := "1"
	switch num := lower(g.get("num")); num {
	case "":
	case "other":
		n = "2"
	default:
		var ok bool
		if n, ok = numberOf(num); !ok {
			return val{}, false
		}
	}
	v := durationVal(n, code)
	v.typ = Set
	return v, true
}

func resolveRef(c *ctx, g groups) (val, bool) {
	r := lower(strings.Join(strings.Fields(g.get("r")), " "))
	after := c.sent[c.end:]
	wa := lower(c.wordAfter())
	switch r {
	case "now":
		if strings.HasPrefix(after, "-") || wa == "that" {
			return val{}, false // "now-closed", the conjunction "now that"
		}
	case "to date":
		if c.wordBefore() == "up" {
			return val{}, false // "up to date"
		}
	case "soon":
		if c.wordBefore() == "as" || wa == "after" || wa == "afterward" || wa == "afterwards" || wa == "as" {
			return val{}, false
		}
	case "past", "future":
		if _, ok := units[wa]; ok || numberWords[wa] > 0 || len(wa) == 0 && len(strings.TrimSpace(after)) > 0 && strings.TrimSpace(after)[0] >= '0' && strings.TrimSpace(after)[0] <= '9' {
			return val{}, false
		}
	}
	switch r {
	case "recently", "lately", "past", "recent", "previous":
		return refVal("PAST_REF"), true
	case "soon", "future", "coming", "upcoming", "next few", "coming few":
		return refVal("FUTURE_REF"), true
	case "past few", "last few":
		return durationVal("X", unitOf(g.get("unit"))), true
	}
	return refVal("PRESENT_REF"), true
}

// holidayNouns after a holiday name make it a thing: a Christmas tree.
var holidayNouns = map[string]bool{"tree": true, "trees": true, "market": true, "markets": true, "card": true,
	"cards": true, "lights": true, "carol": true, "carols": true, "shopping": true, "party": true,
	"present": true, "presents": true, "gift": true, "gifts": true, "dinner": true, "decorations": true,
	"song": true, "songs": true, "special": true, "movie": true, "Island": true, "Rising": true, "Offensive": true}

func resolveHoliday(c *ctx, g groups) (val, bool) {
	if y := g.get("year"); y == "" && holidayNouns[c.wordAfter()] {
		return val{}, false
	}
	name := g.get("h")
	if y := g.get("year"); y != "" {
		t, _ := holiday(name, atoi(y), c.loc)
		return dayVal(t), true
	}
	if !c.dated() {
		return unresolved(Date), true
	}
	return c.inYear(func(y int) (val, bool) {
		t, ok := holiday(name, y, c.loc)
		return dayVal(t), ok
	})
}

// resolveWeekend reads "over the weekend": the last one in a past clause,
// else the coming one (the current one on a Saturday or Sunday).
func resolveWeekend(c *ctx, g groups) (val, bool) {
	if !c.dated() {
		return unresolved(Date), true
	}
	p := c.pub
	weekend := p.Weekday() == time.Saturday || p.Weekday() == time.Sunday
	// Only a future clause looks ahead: "the storm hit over the weekend"
	// (hit read as present) is the weekend just gone, as HeidelTime has it.
	switch c.tense() {
	case future, pastFuture:
		return weekendVal(p), true
	}
	if weekend {
		return weekendVal(p), true
	}
	return weekendVal(p.AddDate(0, 0, -7)), true
}

// resolveThatDay reads "that day", "the following year", "through the
// evening": the story's last date, fixed once the mentions before it are
// known.
func resolveThatDay(c *ctx, g groups) (val, bool) {
	n := 0
	switch lower(strings.Join(strings.Fields(g.get("rel")), " ")) {
	case "this": // "This day" is the story's; "this year" is relative-unit's
		if lower(g.get("unit")) != "day" {
			return val{}, false
		}
	case "the next", "the following":
		n = 1
	case "the previous", "the prior":
		n = -1
	case "after", "later", "before", "earlier":
		// "the day before the blast" counts from the blast, most often the
		// story's last date too.
		n = 1
		if r := lower(g.get("rel")); r == "before" || r == "earlier" {
			n = -1
		}
	}
	pod, unit := partsOfDay[lower(g.get("pod"))], lower(g.get("unit"))
	v := unresolved(Date)
	if pod != "" {
		v = unresolved(Time)
	}
	v.anaphor = func(ref val, day time.Time) val {
		if ref.from.IsZero() {
			return v
		}
		r, span := ref.from, ref.to.Sub(ref.from)
		if (unit == "week" && span > 7*24*time.Hour || unit != "week" && unit != "month" && unit != "year" && span != 24*time.Hour) && !day.IsZero() {
			// The story's last date is no day: take its last day, else
			// publication's; TimeML annotators leave no value out.
			r, span = day, 24*time.Hour
		}
		switch unit {
		case "year":
			return yearVal(r.Year()+n, c.loc)
		case "month":
			f := time.Date(r.Year(), r.Month()+time.Month(n), 1, 0, 0, 0, 0, c.loc)
			return monthVal(f.Year(), f.Month(), c.loc)
		case "week":
			if span <= 7*24*time.Hour {
				return weekVal(r.AddDate(0, 0, 7*n))
			}
			return v
		}
		if span != 24*time.Hour {
			return v
		}
		if pod != "" {
			return partOfDayVal(r, pod)
		}
		return dayVal(r.AddDate(0, 0, n))
	}
	return v, true
}

// resolveBarePlural takes "hours" after a verb: "took hours to set".
func resolveBarePlural(c *ctx, g groups) (val, bool) {
	prev := c.startingFrom(c.base+c.start) - 1
	if prev < 0 || !strings.HasPrefix(c.toks[prev].Tag, "VB") || c.modifiesNoun() || lower(c.wordAfter()) == "ago" {
		return val{}, false
	}
	return durationVal("X", unitOf(g.get("unit"))), true
}

// resolveFiscal reads "fiscal 2021": TIMEX3 writes fiscal years FY2021.
func resolveFiscal(c *ctx, g groups) (val, bool) {
	return val{typ: Date, value: "FY" + g.get("year")}, true
}

// resolveYearEarlier reads the adjective "year-earlier" ("the year-earlier
// quarter"): one unit before publication.
func resolveYearEarlier(c *ctx, g groups) (val, bool) {
	if !c.dated() {
		return unresolved(Date), true
	}
	p := c.pub
	switch lower(g.get("unit")) {
	case "year":
		if q := ordinals[lower(g.get("ord"))]; q != 0 { // "the year-earlier third quarter"
			return quarterVal(p.Year()-1, q, c.loc), true
		}
		switch lower(g.get("q")) {
		case "quarter": // the story's quarter a year back, else the last reported one's
			y, q := p.Year()-1, quarterOf(p)-1
			if q == 0 {
				y, q = y-1, 4
			}
			return yearBeforeQuarter(quarterVal(y, q, c.loc)), true
		case "period":
			return yearBeforeQuarter(yearVal(p.Year()-1, c.loc)), true
		}
		return yearVal(p.Year()-1, c.loc), true
	case "month":
		f := time.Date(p.Year(), p.Month()-1, 1, 0, 0, 0, 0, c.loc)
		return monthVal(f.Year(), f.Month(), c.loc), true
	case "week":
		return weekVal(p.AddDate(0, 0, -7)), true
	}
	return dayVal(p.AddDate(0, 0, -1)), true
}

// resolveInTheUnit reads "earlier in the month": the publication's month;
// "later in the day" is the story's day.
func resolveInTheUnit(c *ctx, g groups) (val, bool) {
	if lower(g.get("unit")) == "day" {
		return resolveThatDay(c, groups{names: []string{"rel", "unit"}, caps: []string{"that", "day"}})
	}
	edge := lower(g.get("edge"))
	if edge == "earlier" || edge == "later" {
		edge = ""
	}
	v, ok := resolveRelativeUnit(c, groups{names: []string{"rel", "unit"}, caps: []string{"this", g.get("unit")}})
	return v.withMod(edgeMod(edge)), ok
}

// resolveUnitEnd reads "year-end": the end of the current year.
func resolveUnitEnd(c *ctx, g groups) (val, bool) {
	return resolveRelativeUnit(c, groups{names: []string{"rel", "unit", "edge"}, caps: []string{"this", g.get("unit"), "end"}})
}

// resolveAndAHalf reads "two and a half years", "a year-and-a-half ago".
func resolveAndAHalf(c *ctx, g groups) (val, bool) {
	n, ok := numberOf(g.get("num"))
	k, err := strconv.ParseFloat(n, 64)
	unit := unitOf(g.get("unit"))
	if !ok || err != nil || unit == "" {
		return val{}, false
	}
	if g.get("dir") != "" {
		return refVal("PAST_REF").withMod(modWords[lower(g.get("mod"))]), true
	}
	return durationVal(strconv.FormatFloat(k+0.5, 'f', -1, 64), unit).withMod(modWords[lower(g.get("mod"))]), true
}

// notAnaphoricAfter are the words after "the year" that make it part of a
// longer expression ("the year before") or no date ("the year-earlier").
var notAnaphoricAfter = map[string]bool{"before": true, "after": true, "earlier": true, "later": true, "ago": true, "old": true,
	"of": true} // "the month of May" is May's

// resolveTheUnit reads an anaphoric "for the year", "in the quarter": the
// story's year, month, week or quarter, the publication's when no date came
// before (TimeML annotates them; business news is full of them).
func resolveTheUnit(c *ctx, g groups) (val, bool) {
	u := g.get("unit")
	rest := strings.TrimLeftFunc(c.sent[c.end:], unicode.IsSpace)
	if u != lower(u) || notAnaphoricAfter[lower(c.wordAfter())] || // "Person of the Year"
		rest != "" && (rest[0] == '-' || rest[0] >= '0' && rest[0] <= '9' || strings.HasPrefix(c.sent[c.end:], "'")) {
		return val{}, false
	}
	if before := strings.TrimRightFunc(c.sent[:c.start], unicode.IsSpace); c.wordBefore() == "of" && !partOfWords[lastWord(before[:len(before)-2])] {
		return val{}, false // "album of the year" is no date; "the rest of the year" is
	}
	unit, latest := lower(u), lower(g.get("adj")) == "latest"
	wasPast := c.tense() == past
	pub, loc := c.pub, c.loc
	v := unresolved(Date)
	v.anaphor = func(ref val, _ time.Time) val {
		const day = 24 * time.Hour
		r, span := ref.from, ref.to.Sub(ref.from)
		switch {
		case r.IsZero():
			return v
		case unit == "year" && span <= 366*day:
			return yearVal(r.Year(), loc)
		case unit == "month" && span <= 31*day:
			return monthVal(r.Year(), r.Month(), loc)
		case unit == "week" && span <= 7*day:
			return weekVal(r)
		case unit == "quarter" && span <= 92*day:
			y, q := r.Year(), quarterOf(r)
			// A quarter is reported on once it is over: "profit rose in the
			// quarter", written in October, is the third quarter's.
			if latest || wasPast && y == pub.Year() && q == quarterOf(pub) {
				if q--; q == 0 {
					y, q = y-1, 4
				}
			}
			return quarterVal(y, q, loc)
		}
		return v
	}
	return v, true
}

func quarterOf(t time.Time) int { return (int(t.Month())-1)/3 + 1 }

// nthFollowers are the words that may follow "on the 5th" when it is a day
// of the month and not "on the 5th floor".
var nthFollowers = map[string]bool{"": true, "and": true, "at": true, "when": true, "but": true, "or": true, "after": true, "before": true, "until": true, "to": true, "in": true}

// resolveNth reads "on the 5th": that day of the publication's month, a month
// back when the clause is past and it lies after publication, a month on when
// it is future and lies before.
func resolveNth(c *ctx, g groups) (val, bool) {
	if !nthFollowers[lower(c.wordAfter())] {
		return val{}, false
	}
	if !c.dated() {
		return unresolved(Date), true
	}
	d, m := atoi(g.get("day")), c.pub.Month()
	switch t := time.Date(c.pub.Year(), m, d, 0, 0, 0, 0, c.loc); c.tense() {
	case past:
		if t.After(c.pub) {
			m--
		}
	case future:
		if t.Before(c.pub) {
			m++
		}
	}
	first := time.Date(c.pub.Year(), m, 1, 0, 0, 0, 0, c.loc) // January's month before is December
	t, ok := dateOf(first.Year(), first.Month(), d, c.loc)
	if !ok {
		return val{}, false
	}
	return dayVal(t), true
}

// yearBeforeQuarter is v, or the quarter a year before the story's date when
// that is a quarter: "profit fell in the third quarter from a year earlier".
func yearBeforeQuarter(v val) val {
	v.anaphor = func(ref val, day time.Time) val {
		if d := ref.to.Sub(ref.from); d < 89*24*time.Hour || d > 93*24*time.Hour || ref.from.Month()%3 != 1 {
			return v
		}
		return quarterVal(ref.from.Year()-1, quarterOf(ref.from), ref.from.Location())
	}
	return v
}

// partOfWords are the heads of "the rest of the year", "the first nine months
// of the year": a part of an anaphoric period.
var partOfWords = map[string]bool{"rest": true, "remainder": true, "balance": true, "part": true, "half": true,
	"quarter": true, "months": true, "weeks": true, "days": true, "start": true, "beginning": true,
	"end": true, "middle": true, "course": true}

// lastWord is the lowercased last word of s.
func lastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return strings.ToLower(s[i+1:])
}

// resolveTheHalf reads a bare "in the second half": a half of the
// publication year, moved by tense (HeidelTime's date_r10b); "the first half
// of the game" is no date.
func resolveTheHalf(c *ctx, g groups) (val, bool) {
	if lower(c.wordAfter()) == "of" {
		return val{}, false
	}
	if !c.dated() {
		return unresolved(Date), true
	}
	h := 1
	if lower(g.get("half")) == "second" {
		h = 2
	}
	return c.inYear(func(y int) (val, bool) { return halfVal(y, h, c.loc), true })
}
