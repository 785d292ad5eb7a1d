package date_test

import (
	"testing"

	"github.com/newsfacts/newsfacts/date"
)

// A Thursday in TimeBank's season, for its business-news idioms.
const tb = "1989-10-26"

// timemlCases follow the TimeML / TIDES conventions of the TimeBank and
// TempEval-3 news sets: the extent keeps determiners and modifiers and drops
// prepositions; a relative expression takes its value from the creation time
// or the story's last date; ages are no temporal expressions.
var timemlCases = []exprCase{
	// Extents: "the" is part of durations, decades and vague spans.
	{wed, "Prices rose over the past three years.", "the past three years", "P3Y", date.Duration, ""},
	{wed, "Prices rose in the last two weeks.", "the last two weeks", "P2W", date.Duration, ""},
	{wed, "It was popular in the 1990s.", "the 1990s", "199", date.Date, ""},
	{wed, "The talks lasted about two hours.", "about two hours", "PT2H", date.Duration, "APPROX"},
	{wed, "The plant opens early next year.", "early next year", "2023", date.Date, "START"},
	{wed, "He signed the two-year contract.", "two-year", "P2Y", date.Duration, ""},
	{wed, "He broke the two hour barrier.", "two hour", "PT2H", date.Duration, ""},
	{wed, "Sales fell in the past year.", "the past year", "P1Y", date.Duration, ""},
	{wed, "These last 18 months have been hard.", "last 18 months", "P18M", date.Duration, ""},
	{wed, "The mayor met Biden on Monday.", "Monday", "2022-01-24", date.Date, ""},

	// Granularity of the unit.
	{wed, "He quit a year ago.", "a year ago", "2021", date.Date, ""},
	{wed, "He quit two weeks ago.", "two weeks ago", "2022-W02", date.Date, ""},
	{wed, "He quit three days ago.", "three days ago", "2022-01-23", date.Date, ""},
	{tb, "He left a decade ago.", "a decade ago", "197", date.Date, ""},
	{wed, "It was built in the 19th century.", "the 19th century", "18", date.Date, ""},
	{wed, "The show opens in summer 2022.", "summer 2022", "2022-SU", date.Date, ""},
	{wed, "It happened last weekend.", "last weekend", "2022-W03-WE", date.Date, ""},
	{wed, "Sales fell over the past year.", "the past year", "P1Y", date.Duration, ""},
	{wed, "He served more than a decade in prison.", "more than a decade", "P1DE", date.Duration, "MORE_THAN"},
	{wed, "He waited half an hour.", "half an hour", "PT30M", date.Duration, ""},
	{wed, "The plant will close by the end of the year.", "the end of the year", "2022", date.Date, "END"},
	{wed, "The plant will close by mid-2021.", "mid-2021", "2021", date.Date, "MID"},
	{tb, "Analysts expect a rebound by year end.", "year end", "1989", date.Date, "END"},

	{"2013-03-14", "The storm hit over the weekend.", "the weekend", "2013-W10-WE", date.Date, ""},
	{"2013-03-14", "The storm is expected to hit this weekend.", "this weekend", "2013-W11-WE", date.Date, ""},
	{"2013-03-14", "The company was founded in the 1800s.", "the 1800s", "18", date.Date, ""},
	{"2013-03-14", "It has grown since the 2000s.", "the 2000s", "200", date.Date, ""},

	{wed, "A year there lasts 33 Earth days.", "33 Earth days", "P33D", date.Duration, ""},
	{wed, "Refunds take five business days.", "five business days", "P5D", date.Duration, ""},

	// Sets.
	{wed, "The paper is published weekly.", "weekly", "P1W", date.Set, ""},
	{wed, "It is a biweekly paper.", "biweekly", "P2W", date.Set, ""},
	{wed, "The market opens every Monday.", "every Monday", "XXXX-WXX-1", date.Set, ""},
	{wed, "The club meets Monday afternoons.", "Monday afternoons", "XXXX-WXX-1TAF", date.Set, ""},
	{wed, "The club meets every Friday night.", "every Friday night", "XXXX-WXX-5TNI", date.Set, ""},
	{wed, "The fair is held each September.", "each September", "XXXX-09", date.Set, ""},

	// Anaphoric units: the story's, else the creation time's.
	{tb, "The firm reported a loss for the year.", "the year", "1989", date.Date, ""},
	{tb, "Profit rose in the quarter.", "the quarter", "1989-Q3", date.Date, ""},
	{tb, "Profit will rise in the current quarter.", "the current quarter", "1989-Q4", date.Date, ""},
	{tb, "Profit rose in the latest quarter.", "the latest quarter", "1989-Q3", date.Date, ""},
	{tb, "Profit rose in the second quarter. Costs fell in the quarter.", "the quarter", "1989-Q2", date.Date, ""},
	{tb, "He died in 1985. Prices fell during the year.", "the year", "1985", date.Date, ""},
	{tb, "Time named her Person of the Year.", "", "", "", ""},
	{tb, "It was named album of the year.", "", "", "", ""},
	{tb, "It rained in the month of May.", "May", "1989-05", date.Date, ""},
	{tb, "Sales will fall for the rest of the year.", "the year", "1989", date.Date, ""},
	{tb, "Profit fell from the year-earlier quarter.", "year-earlier quarter", "1988-Q3", date.Date, ""},
	{tb, "Profit fell from the year-earlier period.", "year-earlier period", "1988", date.Date, ""},
	{tb, "He died Monday. He had left the day before.", "the day before", "1989-10-22", date.Date, ""},
	{tb, "He died in 1985; the year before, he left.", "the year before", "1984", date.Date, ""},
	{tb, "A blast hit on Monday. He moved in the day before the blast.", "the day before", "1989-10-22", date.Date, ""},
	{"2019-09-29", "She spoke on Thursday. He died last October. The previous day, PBS aired it.", "The previous day", "2019-09-25", date.Date, ""},
	{tb, "He died the next day.", "the next day", "1989-10-27", date.Date, ""},
	{tb, "Later in the day, he left.", "Later in the day", "1989-10-26", date.Date, ""},
	{tb, "Police arrived on Tuesday. In the morning, they left.", "the morning", "1989-10-24TMO", date.Time, ""},
	{tb, "He listens to the Morning Show.", "", "", "", ""},
	{"2019-12-14", "She began in August 2018. That September, the movement launched.", "That September", "2018-09", date.Date, ""},
	{"2019-12-14", "Students protested in January of this year.", "January of this year", "2019-01", date.Date, ""},
	{"2019-12-14", "She led a march on September 20 of this year.", "September 20 of this year", "2019-09-20", date.Date, ""},
	{tb, "Sales rose in the fourth quarter of last year.", "the fourth quarter of last year", "1988-Q4", date.Date, ""},
	{tb, "Net rose in the 1988 third quarter.", "the 1988 third quarter", "1988-Q3", date.Date, ""},
	{tb, "In 1988's fourth quarter, sales rose.", "1988's fourth quarter", "1988-Q4", date.Date, ""},
	{"2019-03-15", "Some months later, the judge ruled.", "Some months later", "FUTURE_REF", date.Date, ""}, // HeidelTime's date_r20a
	{tb, "Profit rose in the third quarter from $5 million a year earlier.", "a year earlier", "1988-Q3", date.Date, ""},
	{tb, "Profit rose in the third quarter from the year-earlier quarter.", "year-earlier quarter", "1988-Q3", date.Date, ""},
	{tb, "Profit rose from the year-earlier third quarter.", "year-earlier third quarter", "1988-Q3", date.Date, ""},
	{tb, "He quit a year ago.", "a year ago", "1988", date.Date, ""},
	{"2019-02-10", "The mosque was attacked on Friday. This day is remembered.", "This day", "2019-02-08", date.Date, ""},

	{tb, "Sales fell in the first half.", "the first half", "1989-H1", date.Date, ""},
	{tb, "Sales will recover in the second half.", "the second half", "1989-H2", date.Date, ""},
	{tb, "He scored in the second half of the game.", "", "", "", ""},

	// Days of the month.
	{tb, "He left on the 5th.", "the 5th", "1989-10-05", date.Date, ""},
	{tb, "He left on the 28th, officials said.", "the 28th", "1989-09-28", date.Date, ""},
	{tb, "He will return on the 3rd.", "the 3rd", "1989-11-03", date.Date, ""},
	{tb, "He lives on the 5th floor.", "", "", "", ""},

	// Reported speech of past events takes the previous weekday.
	{wed, "The company said Friday it expected losses.", "Friday", "2022-01-21", date.Date, ""},
	{wed, "He said the company would report Friday.", "Friday", "2022-01-28", date.Date, ""},
	{tb, "Officials said Monday night that it ended.", "Monday night", "1989-10-23TNI", date.Time, ""},
	{tb, "The meeting ended about 6:30 p.m. EDT.", "6:30 p.m. EDT", "1989-10-26T18:30", date.Time, ""},

	{tb, "He said: \"I mean, it's 3:30 in the morning.\"", "3:30 in the morning", "1989-10-26T03:30", date.Time, ""},
	{tb, "The vote ended at 7 in the evening.", "7 in the evening", "1989-10-26T19:00", date.Time, ""},

	// Undated: the anaphors and relative days keep a null value.
	{und, "Profit rose in the quarter.", "the quarter", "null", date.Date, ""},
	{und, "He died the next day.", "the next day", "null", date.Date, ""},
	{und, "He left on the 5th.", "the 5th", "null", date.Date, ""},

	// Ages are not annotated (TimeML; HeidelTime's negative rules).
	{wed, "A 30-year-old man died.", "", "", "", ""},
}

func TestTimeMLConventions(t *testing.T) {
	checkCases(t, timemlCases)
}
