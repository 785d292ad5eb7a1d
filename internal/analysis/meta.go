package analysis

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// headerRE is the "date YYYY-MM-DD" metadata that opens the sample articles;
// the first sentence may follow on the same line.
var headerRE = regexp.MustCompile(`^\s*(?i:date)[ \t]+(\d{4})-(\d{2})-(\d{2})(?:\s|$)`)

func findHeader(text string) (Span, time.Time, bool) {
	m := headerRE.FindStringSubmatchIndex(text)
	if m == nil {
		return Span{}, time.Time{}, false
	}
	day, ok := makeDate(text[m[2]:m[3]], text[m[4]:m[5]], text[m[6]:m[7]])
	if !ok {
		return Span{}, time.Time{}, false
	}
	start := m[0] + len(text[m[0]:m[1]]) - len(strings.TrimLeft(text[m[0]:m[1]], " \t\r\n"))
	return Span{start, m[7]}, day, true
}

// placeDatelineRE: "NEW YORK (CBSNewYork) —", "WASHINGTON (AP) —",
// "SAN JOSE, Calif. (AP) —", "LONDON, Jan 26 (Reuters) -".
var placeDatelineRE = regexp.MustCompile(`^([A-Z][A-Z.'\x{2019}&-]+(?:[ ][A-Z][A-Z.'\x{2019}&-]+)*)` +
	`(?:,[ ]+[A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)?)?` +
	`(?:,?[ ]+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?[ ]+\d{1,2}))?` +
	`[ ]*(?:\(([^()\n]{1,40})\)[ ]*)?` +
	`(?:\x{2014}|\x{2013}|--|-)[ ]*`)

// dateLineRE: a first line that is only a date, as Wikinews opens articles
// (their date lines end in a no-break space).
var dateLineRE = regexp.MustCompile(`^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),[ \x{00A0}]+)?` +
	`(January|February|March|April|May|June|July|August|September|October|November|December)[ \x{00A0}]+(\d{1,2}),[ \x{00A0}]+(\d{4})[ \t\x{00A0}]*(?:\r?\n|$)`)

var months = map[string]int{"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
	"July": 7, "August": 8, "September": 9, "October": 10, "November": 11, "December": 12}

// bylineRE is a credit line that wire stories put before their dateline
// ("By Jane Doe, Associated Press"); it is looked past only when a dateline follows.
var bylineRE = regexp.MustCompile(`^(?i:by)[ \t]+[A-Z][^\n!?]{0,100}[^\n.!?\s][ \t\r]*\n`)

// findDateline looks for a dateline where the body begins, at or after from,
// or on the line after a byline there. A date line also gives the article's date.
func findDateline(text string, from int) (Dateline, time.Time, bool) {
	if dl, day, ok := findDatelineAt(text, from); ok {
		return dl, day, true
	}
	at := from + len(text[from:]) - len(strings.TrimLeft(text[from:], " \t\r\n"))
	m := bylineRE.FindStringIndex(text[at:])
	if m == nil {
		return Dateline{}, time.Time{}, false
	}
	at += m[1]
	if dl, day, ok := findDatelineAt(text, at); ok {
		return dl, day, true
	}
	// "By JANE DOE\nAssociated Press\n\nPHOENIX (AP) —": the credit may take a line of its own.
	if m := creditLineRE.FindStringIndex(text[at:]); m != nil {
		return findDatelineAt(text, at+m[1])
	}
	return Dateline{}, time.Time{}, false
}

var creditLineRE = regexp.MustCompile(`^[ \t]*[A-Z][^\n.!?]{1,60}\n`)

func findDatelineAt(text string, from int) (Dateline, time.Time, bool) {
	rest := text[from:]
	lead := len(rest) - len(strings.TrimLeft(rest, " \t\r\n"))
	at := from + lead
	rest = text[at:]
	if m := dateLineRE.FindStringSubmatchIndex(rest); m != nil {
		day, ok := makeDate(rest[m[6]:m[7]], strconv.Itoa(months[rest[m[2]:m[3]]]), rest[m[4]:m[5]])
		if ok {
			end := at + len(strings.TrimRight(rest[:m[1]], " \t\r\n\u00a0"))
			return Dateline{Span: Span{at, end}, Date: Span{at, end}}, day, true
		}
	}
	m := placeDatelineRE.FindStringSubmatchIndex(rest)
	if m == nil || m[3]-m[2] < 2 {
		return Dateline{}, time.Time{}, false
	}
	dl := Dateline{Span: Span{at, at + m[1]}, Place: Span{at + m[2], at + m[3]}}
	if m[4] >= 0 {
		dl.Date = Span{at + m[4], at + m[5]}
	}
	if m[6] >= 0 {
		dl.Source = Span{at + m[6], at + m[7]}
	}
	// Trailing spaces belong to no sentence but are not part of the dateline either.
	dl.End = at + len(strings.TrimRight(rest[:m[1]], " "))
	return dl, time.Time{}, true
}

func makeDate(y, m, d string) (time.Time, bool) {
	yy, err1 := strconv.Atoi(y)
	mm, err2 := strconv.Atoi(m)
	dd, err3 := strconv.Atoi(d)
	if err1 != nil || err2 != nil || err3 != nil || mm < 1 || mm > 12 || dd < 1 || dd > 31 {
		return time.Time{}, false
	}
	t := time.Date(yy, time.Month(mm), dd, 0, 0, 0, 0, time.UTC)
	if t.Day() != dd { // February 30 and the like
		return time.Time{}, false
	}
	return t, true
}
