package date

import (
	"strconv"
	"strings"
	"time"
)

// Word tables. Month, weekday and number words are standard English; the
// unit codes are TIMEX3's (ISO 8601 with DE for decades and CE for centuries).

var monthNames = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
	"sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
	"dec": 12, "december": 12,
}

// month reads a month name or abbreviation, with or without its period.
func month(s string) time.Month {
	return monthNames[strings.ToLower(strings.TrimSuffix(s, "."))]
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "a hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12,
	"dozen": 12,
}

// numberRE matches the counts numberOf reads; vague ones ("several") give X.
const numberRE = `(?:\d+(?:\.\d+)?|a couple of|a couple|couple of|a few|a dozen|few|several|many|some|dozens of|hundreds of|a number of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine))`

// numberOf gives the TIMEX3 count of a numberRE match: digits, or X when vague.
func numberOf(s string) (string, bool) {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	if s == "" {
		return "", false
	}
	if s[0] >= '0' && s[0] <= '9' {
		if _, err := strconv.ParseFloat(s, 64); err != nil {
			return "", false
		}
		return s, true
	}
	if n, ok := numberWords[s]; ok && n > 0 {
		return strconv.Itoa(n), true
	}
	if tens, ones, ok := strings.Cut(s, "-"); ok {
		t, o := numberWords[tens], numberWords[ones]
		if t >= 20 && o > 0 && o < 10 {
			return strconv.Itoa(t + o), true
		}
	}
	switch s {
	case "a few", "few", "several", "many", "some", "dozens of", "hundreds of", "a number of":
		return "X", true
	}
	return "", false
}

// units maps a unit word (singular or plural) to its TIMEX3 duration code; a
// leading T marks a time unit (PT2H).
var units = map[string]string{
	"second": "TS", "seconds": "TS", "minute": "TM", "minutes": "TM", "hour": "TH", "hours": "TH",
	"day": "D", "days": "D", "week": "W", "weeks": "W", "weekend": "WE", "weekends": "WE",
	"month": "M", "months": "M", "year": "Y", "years": "Y", "decade": "DE", "decades": "DE",
	"century": "CE", "centuries": "CE", "quarter": "Q", "quarters": "Q",
}

// setWords are the adverbs and adjectives of frequency.
var setWords = map[string]string{
	"hourly": "PT1H", "daily": "P1D", "nightly": "TNI", // TIMEX3 writes "every night" as TNI
	"weekly": "P1W", "biweekly": "P2W",
	"monthly": "P1M", "quarterly": "P3M", "yearly": "P1Y", "annually": "P1Y", "biannually": "P6M",
}

var partsOfDay = map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI", "overnight": "NI"}

var seasons = map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

var ordinals = map[string]int{
	"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4,
	"nineteenth": 19, "19th": 19, "twentieth": 20, "20th": 20, "twenty-first": 21, "21st": 21,
	"eighteenth": 18, "18th": 18, "seventeenth": 17, "17th": 17, "sixteenth": 16, "16th": 16,
}

// Time zone abbreviations of news copy. The US ones name the zone, not the
// season: "ET" is Eastern time, standard or daylight as the date requires.
var zones = map[string]string{
	"ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
	"CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
	"MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
	"PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
	"GMT": "UTC", "UTC": "UTC", "BST": "Europe/London", "AST": "America/Halifax", "HST": "Pacific/Honolulu", "AKST": "America/Anchorage",
	"IST": "Asia/Kolkata", "JST": "Asia/Tokyo", "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "CET": "Europe/Paris", "CEST": "Europe/Paris",
}

// modWords are the TIMEX3 modifiers of durations and relative dates.
var modWords = map[string]string{
	"less than": "LESS_THAN", "under": "LESS_THAN", "nearly": "LESS_THAN", "almost": "LESS_THAN",
	"up to": "LESS_THAN", "fewer than": "LESS_THAN", "just under": "LESS_THAN",
	"more than": "MORE_THAN", "over": "MORE_THAN", "at least": "MORE_THAN", "just over": "MORE_THAN",
	"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
}

const modRE = `(?:less than|fewer than|more than|just under|just over|up to|at least|nearly|almost|under|over|about|around|approximately|roughly|some)`

// edgeMods are the modifiers of a period's part: "early 2020", "the end of May".
var edgeMods = map[string]string{
	"early": "START", "beginning": "START", "start": "START", "mid": "MID", "middle": "MID",
	"late": "END", "end": "END",
}

func edgeMod(s string) string {
	s = strings.ToLower(strings.TrimSpace(strings.TrimSuffix(s, "-")))
	s = strings.TrimSuffix(s, " of")
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		s = s[i+1:]
	}
	return edgeMods[s]
}

// preps are the words after which an ambiguous month name ("May", "March")
// or an early year ("in 1066") is a date.
var preps = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "through": true, "from": true,
	"to": true, "during": true, "of": true, "before": true, "after": true, "on": true, "last": true,
	"next": true, "this": true, "early": true, "late": true, "mid": true, "mid-": true, "between": true,
	"and": true, "or": true, "around": true, "throughout": true, "for": true, "past": true, "into": true,
	"circa": true, "year": true,
}

// countNouns after a four-digit number make it a count, not a year.
var countNouns = map[string]bool{
	"people": true, "persons": true, "votes": true, "troops": true, "soldiers": true, "residents": true,
	"cases": true, "deaths": true, "jobs": true, "homes": true, "dollars": true, "euros": true,
	"pounds": true, "miles": true, "kilometres": true, "kilometers": true, "km": true, "meters": true,
	"metres": true, "feet": true, "tons": true, "tonnes": true, "acres": true, "students": true,
	"employees": true, "workers": true, "members": true, "units": true, "points": true, "patients": true,
	"guns": true, "officers": true, "seats": true, "rounds": true, "calories": true, "hours": true,
	"degrees": true, "words": true, "pages": true, "copies": true, "signatures": true, "men": true,
	"women": true, "children": true, "vehicles": true, "cars": true, "animals": true, "species": true,
}

// noYearBefore are the words after which a four-digit number is a label.
var noYearBefore = map[string]bool{
	"no": true, "no.": true, "number": true, "flight": true, "route": true, "highway": true, "room": true,
	"suite": true, "apt": true, "bus": true, "model": true, "version": true, "page": true, "pages": true,
	"code": true, "interstate": true, "box": true, "unit": true, "exit": true,
}

// Fixed and computed holidays; others are left alone rather than guessed.
func holiday(name string, y int, loc *time.Location) (time.Time, bool) {
	name = strings.ToLower(strings.ReplaceAll(name, "’", "'"))
	fixed := map[string][2]int{
		"christmas": {12, 25}, "christmas day": {12, 25}, "christmas eve": {12, 24},
		"new year's day": {1, 1}, "new year's eve": {12, 31}, "halloween": {10, 31},
		"valentine's day": {2, 14}, "fourth of july": {7, 4}, "bastille day": {7, 14}, "boxing day": {12, 26},
	}
	if md, ok := fixed[name]; ok {
		return time.Date(y, time.Month(md[0]), md[1], 0, 0, 0, 0, loc), true
	}
	nth := func(m time.Month, wd time.Weekday, n int) time.Time {
		d := time.Date(y, m, 1, 0, 0, 0, 0, loc)
		for d.Weekday() != wd {
			d = d.AddDate(0, 0, 1)
		}
		return d.AddDate(0, 0, 7*(n-1))
	}
	switch name {
	case "thanksgiving", "thanksgiving day":
		return nth(time.November, time.Thursday, 4), true
	case "labor day":
		return nth(time.September, time.Monday, 1), true
	case "memorial day":
		d := nth(time.May, time.Monday, 4)
		if d.AddDate(0, 0, 7).Month() == time.May {
			d = d.AddDate(0, 0, 7)
		}
		return d, true
	case "easter", "easter sunday":
		return easter(y, loc), true
	}
	return time.Time{}, false
}

// easter is Western Easter Sunday (the anonymous Gregorian algorithm).
func easter(y int, loc *time.Location) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	mon := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(mon), day, 0, 0, 0, 0, loc)
}
