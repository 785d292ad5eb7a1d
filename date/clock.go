package date

import (
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // zone names must resolve on machines without a zoneinfo database

	"github.com/olebedev/when/rules"
	"github.com/olebedev/when/rules/en"
)

// when's clock rules read the hour and minute of a clock time that our
// pattern has already found and normalized ("1:15 pm"): its own patterns
// would also take "07-12" in "2021-07-12" for 07:12.
var whenClock = []rules.Rule{en.HourMinute(rules.Override), en.Hour(rules.Override)}

// readClock asks when for the hour and minute of "h[:mm] am|pm", and checks
// what it says: when reads "12 am" as noon.
func readClock(h, m, ap string) (hour, min int, ok bool) {
	text := h
	if m != "" {
		text += ":" + m
	}
	if ap != "" {
		text += " " + ap + "m"
	}
	for _, r := range whenClock {
		match := r.Find(text)
		if match == nil {
			continue
		}
		var ctx rules.Context
		if applied, err := match.Apply(&ctx, &rules.Options{}, time.Time{}); err != nil || !applied || ctx.Hour == nil {
			continue
		}
		hour = *ctx.Hour
		if ctx.Minute != nil {
			min = *ctx.Minute
		}
		if ap == "a" && hour == 12 {
			hour = 0
		}
		return hour, min, hour >= 0 && hour < 24 && min >= 0 && min < 60
	}
	return 0, 0, false
}

func resolveClock(c *ctx, g groups) (val, bool) {
	h, m := lower(g.get("h")), g.get("m")
	if after := c.sent[c.end:]; len(after) > 1 && after[0] == ':' && after[1] >= '0' && after[1] <= '9' {
		return val{}, false // a race time, 2:14:04
	}
	if g.get("ap") == "" && g.get("z") == "" && g.get("lt") == "" && h != "noon" && h != "midday" && h != "midnight" {
		switch c.wordBefore() { // a bare 15:00 is a time only after a time preposition
		case "at", "by", "from", "until", "till", "around", "about", "before", "after", "since", "to":
		default:
			return val{}, false
		}
	}
	var hour, min int
	switch h {
	case "noon", "midday":
		hour = 12
	case "midnight":
		hour = 24
	default:
		ap := ""
		if s := lower(g.get("ap")); s != "" {
			ap = s[:1]
		}
		var ok bool
		if hour, min, ok = readClock(h, m, ap); !ok {
			return val{}, false
		}
	}
	cl := &clock{hour: hour, min: min}
	if z := g.get("z"); z != "" {
		cl.zone = zone(z)
	}
	return val{typ: Time, clock: cl}, true
}

// atDay fixes a clock time on a day (midnight of it); zero day: no value.
func (cl *clock) atDay(day time.Time) val {
	if day.IsZero() {
		return unresolved(Time)
	}
	if cl.hour == 24 { // midnight ends the day it is named with
		v := clockVal(day.AddDate(0, 0, 1), 0, 0, cl.zone)
		v.value = day.Format("2006-01-02") + "T24:00"
		return v
	}
	return clockVal(day, cl.hour, cl.min, cl.zone)
}

var zoneCache sync.Map // abbreviation → *time.Location

// zone gives the location of a zone abbreviation, nil if unknown.
func zone(abbr string) *time.Location {
	abbr = strings.ToUpper(abbr)
	if l, ok := zoneCache.Load(abbr); ok {
		return l.(*time.Location)
	}
	name, ok := zones[abbr]
	if !ok {
		return nil
	}
	l, err := time.LoadLocation(name)
	if err != nil {
		return nil
	}
	zoneCache.Store(abbr, l)
	return l
}

// resolveClockPartOfDay reads "3:30 in the morning", "7 in the evening": the
// part of day says a.m. or p.m.
func resolveClockPartOfDay(c *ctx, g groups) (val, bool) {
	ap := "p"
	if lower(g.get("pod")) == "morning" {
		ap = "a"
	}
	hour, min, ok := readClock(lower(g.get("h")), g.get("m"), ap)
	if !ok {
		return val{}, false
	}
	return val{typ: Time, clock: &clock{hour: hour, min: min}}, true
}
