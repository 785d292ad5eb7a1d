package date

import (
	"fmt"
	"time"
)

// val is a resolved TIMEX3 value before it becomes a Mention. An empty value
// means null; zero from/to mean no calendar interval.
type val struct {
	typ      Type
	value    string
	mod      string
	from, to time.Time
	// clock is set on a time of day whose day is fixed later, from a day
	// mention next to it or else the publication day.
	clock *clock
	// anaphor, if set, resolves the value from the story's last date before
	// it, which may lie earlier in the same sentence: "that day"; day is the
	// story's last day, for when that date is longer.
	anaphor func(ref val, day time.Time) val
}

type clock struct {
	hour, min int
	zone      *time.Location
}

func (v val) withMod(mod string) val {
	if mod != "" {
		v.mod = mod
	}
	return v
}

// unresolved is a relative expression in an undated article.
func unresolved(t Type) val { return val{typ: t} }

func dayVal(t time.Time) val {
	d := midnight(t)
	return val{typ: Date, value: d.Format("2006-01-02"), from: d, to: d.AddDate(0, 0, 1)}
}

func monthVal(y int, m time.Month, loc *time.Location) val {
	f := time.Date(y, m, 1, 0, 0, 0, 0, loc)
	return val{typ: Date, value: f.Format("2006-01"), from: f, to: f.AddDate(0, 1, 0)}
}

func yearVal(y int, loc *time.Location) val {
	f := time.Date(y, 1, 1, 0, 0, 0, 0, loc)
	return val{typ: Date, value: fmt.Sprintf("%04d", y), from: f, to: f.AddDate(1, 0, 0)}
}

func decadeVal(y int, loc *time.Location) val {
	y -= y % 10
	f := time.Date(y, 1, 1, 0, 0, 0, 0, loc)
	return val{typ: Date, value: fmt.Sprintf("%03d", y/10), from: f, to: f.AddDate(10, 0, 0)}
}

// centuryVal takes the first year of the century (1900 for the 20th).
func centuryVal(y int, loc *time.Location) val {
	y -= y % 100
	f := time.Date(y, 1, 1, 0, 0, 0, 0, loc)
	return val{typ: Date, value: fmt.Sprintf("%02d", y/100), from: f, to: f.AddDate(100, 0, 0)}
}

// weekVal is the ISO week holding t: "2022-W05", Monday to Monday.
func weekVal(t time.Time) val {
	mon := monday(t)
	y, w := mon.ISOWeek()
	return val{typ: Date, value: fmt.Sprintf("%04d-W%02d", y, w), from: mon, to: mon.AddDate(0, 0, 7)}
}

// weekendVal is the weekend of the ISO week holding t: Saturday to Monday.
func weekendVal(t time.Time) val {
	mon := monday(t)
	y, w := mon.ISOWeek()
	return val{typ: Date, value: fmt.Sprintf("%04d-W%02d-WE", y, w), from: mon.AddDate(0, 0, 5), to: mon.AddDate(0, 0, 7)}
}

func quarterVal(y, q int, loc *time.Location) val {
	f := time.Date(y, time.Month(3*q-2), 1, 0, 0, 0, 0, loc)
	return val{typ: Date, value: fmt.Sprintf("%04d-Q%d", y, q), from: f, to: f.AddDate(0, 3, 0)}
}

func halfVal(y, h int, loc *time.Location) val {
	f := time.Date(y, time.Month(6*h-5), 1, 0, 0, 0, 0, loc)
	return val{typ: Date, value: fmt.Sprintf("%04d-H%d", y, h), from: f, to: f.AddDate(0, 6, 0)}
}

// Meteorological seasons: a season of year y starts in the month given here
// (winter starts in December of y and runs into y+1).
var seasonStart = map[string]time.Month{"SP": time.March, "SU": time.June, "FA": time.September, "WI": time.December}

func seasonVal(y int, s string, loc *time.Location) val {
	f := time.Date(y, seasonStart[s], 1, 0, 0, 0, 0, loc)
	return val{typ: Date, value: fmt.Sprintf("%04d-%s", y, s), from: f, to: f.AddDate(0, 3, 0)}
}

// Hours that parts of the day are taken to cover, for From/To only: TIMEX3
// leaves them vague.
var podHours = map[string][2]int{"MO": {6, 12}, "AF": {12, 18}, "EV": {18, 22}, "NI": {20, 30}}

func partOfDayVal(day time.Time, pod string) val {
	d := midnight(day)
	h := podHours[pod]
	return val{typ: Time, value: d.Format("2006-01-02") + "T" + pod,
		from: d.Add(time.Duration(h[0]) * time.Hour), to: d.Add(time.Duration(h[1]) * time.Hour)}
}

// clockVal is a minute of a day; zone, when known, places the instant.
func clockVal(day time.Time, hour, min int, zone *time.Location) val {
	if zone == nil {
		zone = day.Location()
	}
	f := time.Date(day.Year(), day.Month(), day.Day(), hour, min, 0, 0, zone)
	return val{typ: Time, value: f.Format("2006-01-02T15:04"), from: f, to: f.Add(time.Minute)}
}

func durationVal(n string, unit string) val {
	if unit == "" {
		return val{typ: Duration}
	}
	if unit[0] == 'T' { // hours, minutes, seconds
		return val{typ: Duration, value: "PT" + n + unit[1:]}
	}
	return val{typ: Duration, value: "P" + n + unit}
}

func refVal(ref string) val { return val{typ: Date, value: ref} }

func midnight(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

func monday(t time.Time) time.Time {
	d := midnight(t)
	back := (int(d.Weekday()) + 6) % 7
	return d.AddDate(0, 0, -back)
}
