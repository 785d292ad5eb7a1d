package date_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/newsfacts/date"
)

// Publication days of the table: a Monday, a Wednesday and a Friday.
const (
	mon = "2021-07-12"
	wed = "2022-01-26"
	fri = "2019-01-04"
	und = "" // undated
)

type exprCase struct {
	pub   string
	text  string
	span  string // the mention expected; "" expects no mention at all
	value string // "null" for a nil value
	typ   date.Type
	mod   string
}

var exprCases = []exprCase{
	// Weekdays: the latest on or before publication, the next with a future cue.
	{mon, "The mayor met Biden on Monday.", "Monday", "2021-07-12", date.Date, ""},
	{mon, "The mayor will meet Biden on Monday.", "Monday", "2021-07-12", date.Date, ""},
	{mon, "The mayor met Biden on Tuesday.", "Tuesday", "2021-07-06", date.Date, ""},
	{mon, "The mayor will meet Biden on Tuesday.", "Tuesday", "2021-07-13", date.Date, ""},
	{mon, "The council voted Friday.", "Friday", "2021-07-09", date.Date, ""},
	{mon, "The council is scheduled to vote Friday.", "Friday", "2021-07-16", date.Date, ""},
	{mon, "The council is expected to vote Friday.", "Friday", "2021-07-16", date.Date, ""},
	{mon, "The council plans to vote Friday on the measure.", "Friday", "2021-07-16", date.Date, ""},
	{mon, "The council votes Friday.", "Friday", "2021-07-09", date.Date, ""},
	{mon, "She'll decide on Thursday.", "Thursday", "2021-07-15", date.Date, ""},
	{mon, "Last Monday, the council met.", "Last Monday", "2021-07-05", date.Date, ""},
	{mon, "Next Monday the council meets.", "Next Monday", "2021-07-19", date.Date, ""},
	{mon, "On Sunday, officials said the fire was out.", "Sunday", "2021-07-11", date.Date, ""},
	{mon, "On Wednesday, the governor will sign the bill.", "Wednesday", "2021-07-14", date.Date, ""},
	{mon, "Officials said the talks would resume Friday.", "Friday", "2021-07-09", date.Date, ""},
	{mon, "The new law would take effect Jan. 1.", "Jan. 1", "2022-01-01", date.Date, ""},
	{mon, "The shipment was expected to arrive June 20.", "June 20", "2021-06-20", date.Date, ""},
	{fri, "An apartment building collapsed on Monday.", "Monday", "2018-12-31", date.Date, ""},
	{fri, "Rescue work resumed on Wednesday, officials said.", "Wednesday", "2019-01-02", date.Date, ""},
	{fri, "The funeral will be held Sunday.", "Sunday", "2019-01-06", date.Date, ""},
	{fri, "Thursday's accident was the fourth this month.", "Thursday", "2019-01-03", date.Date, ""},
	{wed, "The storm hit on Saturday night.", "Saturday night", "2022-01-22TNI", date.Time, ""},
	{wed, "Hochul and Adams met Wednesday morning.", "Wednesday morning", "2022-01-26TMO", date.Time, ""},
	{wed, "The shooting happened on Tuesday afternoon.", "Tuesday afternoon", "2022-01-25TAF", date.Time, ""},
	{wed, "It was released Friday evening.", "Friday evening", "2022-01-21TEV", date.Time, ""},
	{wed, "The report will come out Friday evening.", "Friday evening", "2022-01-28TEV", date.Time, ""},
	{wed, "Police made an arrest late Monday night.", "late Monday night", "2022-01-24TNI", date.Time, ""},
	{wed, "Tuesday, Jan. 25 was cold.", "Tuesday, Jan. 25", "2022-01-25", date.Date, ""},

	// Days relative to publication.
	{mon, "The bill passed today.", "today", "2021-07-12", date.Date, ""},
	{mon, "The bill passed yesterday.", "yesterday", "2021-07-11", date.Date, ""},
	{mon, "The vote is tomorrow.", "tomorrow", "2021-07-13", date.Date, ""},
	{mon, "He will speak tonight.", "tonight", "2021-07-12TNI", date.Time, ""},
	{mon, "Police said the suspect fled last night.", "last night", "2021-07-11TNI", date.Time, ""},
	{mon, "He spoke this morning to reporters.", "this morning", "2021-07-12TMO", date.Time, ""},
	{mon, "The hearing resumes this afternoon.", "this afternoon", "2021-07-12TAF", date.Time, ""},
	{mon, "They arrived yesterday morning.", "yesterday morning", "2021-07-11TMO", date.Time, ""},
	{mon, "They leave tomorrow evening.", "tomorrow evening", "2021-07-13TEV", date.Time, ""},
	{mon, "A vigil is planned for this evening.", "this evening", "2021-07-12TEV", date.Time, ""},
	{mon, "He left the day before yesterday.", "the day before yesterday", "2021-07-10", date.Date, ""},
	{mon, "They return the day after tomorrow.", "the day after tomorrow", "2021-07-14", date.Date, ""},

	// Absolute dates.
	{mon, "The filing is dated 2021-07-12.", "2021-07-12", "2021-07-12", date.Date, ""},
	{mon, "The form was signed 7/4/2021 in Ohio.", "7/4/2021", "2021-07-04", date.Date, ""},
	{mon, "It opened Feb. 3, 2021, downtown.", "Feb. 3, 2021", "2021-02-03", date.Date, ""},
	{mon, "It opened February 3, 2021.", "February 3, 2021", "2021-02-03", date.Date, ""},
	{mon, "It opened February 3rd 2021.", "February 3rd 2021", "2021-02-03", date.Date, ""},
	{mon, "It opened on 3 February 2021.", "3 February 2021", "2021-02-03", date.Date, ""},
	{mon, "It opened on the 3rd of February 2021.", "the 3rd of February 2021", "2021-02-03", date.Date, ""},
	{mon, "It opened Wednesday, Feb. 3, 2021.", "Wednesday, Feb. 3, 2021", "2021-02-03", date.Date, ""},
	{mon, "It opened on Sept. 11, 2001.", "Sept. 11, 2001", "2001-09-11", date.Date, ""},
	{und, "It opened Feb. 3, 2021.", "Feb. 3, 2021", "2021-02-03", date.Date, ""},
	{mon, "Sales fell in January 2020.", "January 2020", "2020-01", date.Date, ""},
	{mon, "Sales fell in Jan. 2020.", "Jan. 2020", "2020-01", date.Date, ""},
	{mon, "Sales fell in March of 2019.", "March of 2019", "2019-03", date.Date, ""},
	{mon, "Sales fell in 2019.", "2019", "2019", date.Date, ""},
	{und, "Sales fell in 2019.", "2019", "2019", date.Date, ""},
	{mon, "The 2020 election was close.", "2020", "2020", date.Date, ""},
	{mon, "The law dates from 1066 or so.", "1066", "1066", date.Date, ""},
	{mon, "Prices rose from 2010 to 2015.", "2015", "2015", date.Date, ""},
	{mon, "It was a hit in the 1990s.", "the 1990s", "199", date.Date, ""},
	{und, "It was a hit in the 1990s.", "the 1990s", "199", date.Date, ""},
	{mon, "It was a hit in the '90s.", "the '90s", "199", date.Date, ""},
	{mon, "Growth stalled in the 2010s.", "the 2010s", "201", date.Date, ""},
	{mon, "It began in the early 1980s.", "the early 1980s", "198", date.Date, "START"},
	{mon, "It ends early 2020.", "early 2020", "2020", date.Date, "START"},
	{mon, "It ended in late 2019.", "late 2019", "2019", date.Date, "END"},
	{mon, "It peaked in mid-2020.", "mid-2020", "2020", date.Date, "MID"},
	{mon, "The plant opened in the 20th century.", "the 20th century", "19", date.Date, ""},
	{mon, "Profits fell in the first half of 2021.", "the first half of 2021", "2021-H1", date.Date, ""},
	{mon, "Profits fell in Q2 2020.", "Q2 2020", "2020-Q2", date.Date, ""},
	{mon, "The wedding was in the summer of 2019.", "the summer of 2019", "2019-SU", date.Date, ""},

	// Month-day and month without a year: publication year, moved by tense.
	{wed, "The president will travel to the city on Feb. 3.", "Feb. 3", "2022-02-03", date.Date, ""},
	{wed, "The report was released Feb. 3.", "Feb. 3", "2021-02-03", date.Date, ""},
	{fri, "He died on Dec. 30.", "Dec. 30", "2018-12-30", date.Date, ""},
	{fri, "The court will rule on Jan. 10.", "Jan. 10", "2019-01-10", date.Date, ""},
	{mon, "The law will take effect on March 15.", "March 15", "2022-03-15", date.Date, ""},
	{mon, "The law took effect March 15.", "March 15", "2021-03-15", date.Date, ""},
	{mon, "The meeting was held on 3 March.", "3 March", "2021-03-03", date.Date, ""},
	{mon, "July 4 is a holiday.", "July 4", "2021-07-04", date.Date, ""},
	{fri, "Shops reopen Dec. 27.", "Dec. 27", "2018-12-27", date.Date, ""},
	{und, "The president will travel to the city on Feb. 3.", "Feb. 3", "null", date.Date, ""},
	{mon, "The plant closed in January.", "January", "2021-01", date.Date, ""},
	{mon, "The plant will open in September.", "September", "2021-09", date.Date, ""},
	{mon, "The plant closed in December.", "December", "2020-12", date.Date, ""},
	{mon, "The plant opens next March.", "next March", "2022-03", date.Date, ""},
	{mon, "The plant closed last May.", "last May", "2021-05", date.Date, ""},
	{mon, "The law passed in May.", "May", "2021-05", date.Date, ""},
	{mon, "The law will pass in March, aides said.", "March", "2022-03", date.Date, ""},
	{mon, "They arrived in early January.", "early January", "2021-01", date.Date, "START"},
	{mon, "The school year ended at the end of May.", "the end of May", "2021-05", date.Date, "END"},
	{mon, "The protests began in June.", "June", "2021-06", date.Date, ""},
	{und, "The plant closed in January.", "January", "null", date.Date, ""},

	// This, next and last, at their own granularity.
	{mon, "The team meets this week.", "this week", "2021-W28", date.Date, ""},
	{wed, "Biden will meet Adams next week.", "next week", "2022-W05", date.Date, ""},
	{mon, "The team met last week.", "last week", "2021-W27", date.Date, ""},
	{mon, "Sales rose this month.", "this month", "2021-07", date.Date, ""},
	{mon, "Sales rose last month.", "last month", "2021-06", date.Date, ""},
	{mon, "Sales will rise next month.", "next month", "2021-08", date.Date, ""},
	{mon, "Sales rose this year.", "this year", "2021", date.Date, ""},
	{mon, "Sales rose last year.", "last year", "2020", date.Date, ""},
	{mon, "Sales will rise next year.", "next year", "2022", date.Date, ""},
	{mon, "Sales rose earlier this year.", "earlier this year", "2021", date.Date, ""},
	{mon, "Sales will rise later this month.", "later this month", "2021-07", date.Date, ""},
	{mon, "It ends at the end of the year.", "the end of the year", "2021", date.Date, "END"},
	{mon, "Sales fell this past week.", "past week", "2021-W27", date.Date, ""},
	{mon, "Sales will rise this quarter.", "this quarter", "2021-Q3", date.Date, ""},
	{mon, "The festival will be held this weekend.", "this weekend", "2021-W28-WE", date.Date, ""},
	{mon, "The festival was held this weekend.", "this weekend", "2021-W27-WE", date.Date, ""},
	{mon, "Three people were shot over the weekend.", "the weekend", "2021-W27-WE", date.Date, ""},
	{mon, "The plant closed this summer.", "this summer", "2021-SU", date.Date, ""},
	{mon, "The plant closed last summer.", "last summer", "2020-SU", date.Date, ""},
	{mon, "The plant opens next spring.", "next spring", "2022-SP", date.Date, ""},
	{mon, "The plant closed in the fall.", "the fall", "2020-FA", date.Date, ""},
	{mon, "Profits will rise in the third quarter.", "the third quarter", "2021-Q3", date.Date, ""},
	{mon, "Profits rose in the first quarter.", "the first quarter", "2021-Q1", date.Date, ""},
	{mon, "The company reported fourth-quarter profit.", "fourth-quarter", "2020-Q4", date.Date, ""},
	{und, "Biden will meet Adams next week.", "next week", "null", date.Date, ""},

	// Before and after publication.
	{mon, "The device was invented three years ago.", "three years ago", "2018", date.Date, ""},
	{mon, "It closed two weeks ago.", "two weeks ago", "2021-W26", date.Date, ""},
	{mon, "It closed five days ago.", "five days ago", "2021-07-07", date.Date, ""},
	{mon, "It closed a month ago.", "a month ago", "2021-06", date.Date, ""},
	{mon, "It closed a decade ago.", "a decade ago", "201", date.Date, ""},
	{mon, "It closed about a year ago.", "about a year ago", "2020", date.Date, "APPROX"},
	{mon, "It reopens three months from now.", "three months from now", "2021-10", date.Date, ""},
	{mon, "It reopens two days later.", "two days later", "2021-07-14", date.Date, ""},
	{mon, "He was shot just weeks ago.", "weeks ago", "PAST_REF", date.Date, ""},
	{mon, "The meeting began a short while ago.", "a short while ago", "PAST_REF", date.Date, ""},
	{mon, "It closed two hours ago.", "two hours ago", "PAST_REF", date.Date, ""},
	{mon, "It closed several years ago.", "several years ago", "PAST_REF", date.Date, ""},
	{und, "It closed three years ago.", "three years ago", "null", date.Date, ""},

	// Durations.
	{mon, "This surge of crime these last 18 months is unacceptable.", "last 18 months", "P18M", date.Duration, ""},
	{mon, "Crime rose in the past two years.", "the past two years", "P2Y", date.Duration, ""},
	{mon, "Crime rose over the past year.", "the past year", "P1Y", date.Duration, ""},
	{mon, "It happened less than two months after the shooting.", "less than two months", "P2M", date.Duration, "LESS_THAN"},
	{mon, "It lasted more than three decades.", "more than three decades", "P3DE", date.Duration, "MORE_THAN"},
	{wed, "Not wait a couple of days, not wait a week.", "a couple of days", "P2D", date.Duration, ""},
	{mon, "The talk lasted about 30 minutes.", "about 30 minutes", "PT30M", date.Duration, "APPROX"},
	{mon, "He estimated this would take 24 hours.", "24 hours", "PT24H", date.Duration, ""},
	{mon, "She won a two-year term.", "two-year", "P2Y", date.Duration, ""},
	{mon, "The strike lasted several weeks.", "several weeks", "PXW", date.Duration, ""},
	{mon, "They have fought for years.", "years", "PXY", date.Duration, ""},
	{mon, "The fire burned for half an hour.", "half an hour", "PT30M", date.Duration, ""},
	{mon, "The term is 18 months.", "18 months", "P18M", date.Duration, ""},
	{mon, "The war lasted nearly a decade.", "nearly a decade", "P1DE", date.Duration, "LESS_THAN"},
	{mon, "Prices will rise over the next two years.", "the next two years", "P2Y", date.Duration, ""},
	{mon, "He outlined his first 100 days.", "first 100 days", "P100D", date.Duration, ""},
	{mon, "The year-long inquiry ended.", "year-long", "P1Y", date.Duration, ""},
	{mon, "Prices rose in the past few years.", "the past few years", "PXY", date.Duration, ""},
	{mon, "The trip took eleven days.", "eleven days", "P11D", date.Duration, ""},
	{mon, "He served twenty-five years in prison.", "twenty-five years", "P25Y", date.Duration, ""},

	// Vague references.
	{mon, "The city recently passed a law.", "recently", "PAST_REF", date.Date, ""},
	{mon, "The city is now safer.", "now", "PRESENT_REF", date.Date, ""},
	{mon, "The runway is currently flooded.", "currently", "PRESENT_REF", date.Date, ""},
	{mon, "A review will be released soon.", "soon", "FUTURE_REF", date.Date, ""},
	{wed, "A review will be released in the coming days.", "coming days", "FUTURE_REF", date.Date, ""},
	{mon, "Crime fell in recent years.", "recent years", "PAST_REF", date.Date, ""},
	{mon, "Such attacks happened in the past.", "the past", "PAST_REF", date.Date, ""},
	{mon, "It may happen in the future.", "the future", "FUTURE_REF", date.Date, ""},
	{mon, "Few people travel these days.", "these days", "PRESENT_REF", date.Date, ""},
	{mon, "At present, nobody knows.", "At present", "PRESENT_REF", date.Date, ""},
	{und, "The city recently passed a law.", "recently", "PAST_REF", date.Date, ""},

	// Sets.
	{mon, "Owners pay a yearly fee.", "yearly", "P1Y", date.Set, ""},
	{mon, "The report is published annually.", "annually", "P1Y", date.Set, ""},
	{mon, "They meet every week.", "every week", "P1W", date.Set, ""},
	{mon, "The bill caps copays at $35 a month.", "a month", "P1M", date.Set, ""},
	{mon, "The levy could raise 2 billion pounds a year.", "a year", "P1Y", date.Set, ""},
	{mon, "Nurses work 12 hours a day.", "a day", "P1D", date.Set, ""},
	{mon, "In 2019 a year of turmoil began.", "a year", "P1Y", date.Duration, ""},
	{mon, "They meet every Monday.", "every Monday", "XXXX-WXX-1", date.Set, ""},
	{mon, "They meet on Tuesdays.", "Tuesdays", "XXXX-WXX-2", date.Set, ""},
	{mon, "They meet twice a week.", "twice a week", "P1W", date.Set, ""},
	{mon, "They meet once a year.", "once a year", "P1Y", date.Set, ""},
	{mon, "It costs $100 per year.", "per year", "P1Y", date.Set, ""},
	{mon, "Trains run daily.", "daily", "P1D", date.Set, ""},
	{mon, "They meet every two weeks.", "every two weeks", "P2W", date.Set, ""},
	{mon, "They meet every January.", "every January", "XXXX-01", date.Set, ""},

	// Clock times.
	{mon, "The meeting began at 1:15 p.m. ET.", "1:15 p.m. ET", "2021-07-12T13:15", date.Time, ""},
	{und, "The meeting began at 1:15 p.m. ET.", "1:15 p.m. ET", "null", date.Time, ""},
	{mon, "The meeting began at 3 p.m.", "3 p.m.", "2021-07-12T15:00", date.Time, ""},
	{mon, "The meeting began at 10:30 a.m. today.", "10:30 a.m. today", "2021-07-12T10:30", date.Time, ""},
	{wed, "As of midday Thursday, the storm was south of the coast.", "midday Thursday", "2022-01-20T12:00", date.Time, ""},
	{wed, "Meteorologists predict landfall Saturday morning.", "Saturday morning", "2022-01-29TMO", date.Time, ""},
	{mon, "The rate is lower than previous years.", "previous years", "PAST_REF", date.Date, ""},
	{mon, "The meeting ends at noon.", "noon", "2021-07-12T12:00", date.Time, ""},
	{mon, "The meeting began Friday at 3 p.m.", "3 p.m.", "2021-07-09T15:00", date.Time, ""},
	{mon, "The blast occurred at 6am.", "6am", "2021-07-12T06:00", date.Time, ""},
	{mon, "The shift starts at 12 a.m. sharp.", "12 a.m.", "2021-07-12T00:00", date.Time, ""},
	{mon, "The crash took place at around 15:00 local time.", "15:00 local time", "2021-07-12T15:00", date.Time, ""},
	{mon, "It landed at 0617 UTC.", "0617 UTC", "2021-07-12T06:17", date.Time, ""},
	{und, "He spoke this morning to reporters.", "this morning", "null", date.Time, ""},
	{und, "The mayor met Biden on Monday.", "Monday", "null", date.Date, ""},

	// Holidays.
	{mon, "The shops will open before Christmas.", "Christmas", "2021-12-25", date.Date, ""},
	{mon, "The family met at Thanksgiving.", "Thanksgiving", "2020-11-26", date.Date, ""},
	{mon, "Sales peaked at Christmas 2019.", "Christmas 2019", "2019-12-25", date.Date, ""},
	{mon, "The law takes effect on New Year's Day.", "New Year's Day", "2022-01-01", date.Date, ""},
	{mon, "The parade was held on Easter Sunday.", "Easter Sunday", "2021-04-04", date.Date, ""},

	{mon, "Revenue fell in fiscal 2020.", "fiscal 2020", "FY2020", date.Date, ""},
	{mon, "Profit rose from the year-earlier quarter.", "year-earlier quarter", "2020-Q2", date.Date, ""},
	{mon, "The flames lasted 12 minutes and 40 seconds.", "40 seconds", "PT40S", date.Duration, ""},
	{mon, "She is 82 years old.", "", "", "", ""},
	{mon, "The Electronic Commerce Directive 2000 applies.", "", "", "", ""},
	// No date before: TimeML annotators anchor on the creation time (was null).
	{fri, "In a meeting that day he was told of the toll.", "that day", "2019-01-04", date.Date, ""},
	{fri, "He died on Monday. In a meeting that day he was told.", "that day", "2018-12-31", date.Date, ""},
	{fri, "He died on Sunday, early in the morning.", "the morning", "2018-12-30TMO", date.Time, ""},
	{mon, "It took hours to set.", "hours", "PTXH", date.Duration, ""},
	{fri, "The blast came on Monday. It occurred at 6am.", "6am", "2018-12-31T06:00", date.Time, ""},
	{mon, "O'Rourke withdrew in August. A month later, he spoke.", "A month later", "2020-09", date.Date, ""},

	{wed, "The EU sanctioned Iran earlier in the month.", "earlier in the month", "2022-01", date.Date, ""},
	{wed, "It rose late in the year.", "late in the year", "2022", date.Date, "END"},
	{mon, "They marched yesterday afternoon and walked until early evening.", "early evening", "2021-07-11TEV", date.Time, ""},

	{mon, "The plant opened in 2015. The following year, it closed.", "The following year", "2016", date.Date, ""},
	{mon, "The plant opened in May 2015. That month, it hired 50.", "That month", "2015-05", date.Date, ""},
	{mon, "It fell just days after the vote.", "days", "PXD", date.Duration, ""},
	{mon, "They met at midday.", "midday", "2021-07-12T12:00", date.Time, ""},

	{mon, "Early 2020 was hard.", "Early 2020", "2020", date.Date, "START"},
	{mon, "Debt will fall by year-end.", "year-end", "2021", date.Date, "END"},

	{mon, "The fest runs through October\u00a08 downtown.", "October\u00a08", "2021-10-08", date.Date, ""},
	{mon, "It starts at 3\u00a0p.m. today.", "3\u00a0p.m. today", "2021-07-12T15:00", date.Time, ""},

	{mon, "The spire fell around 19:45 CEST.", "19:45 CEST", "2021-07-12T19:45", date.Time, ""},
	{mon, "It died Friday, July 9 at the prison at 2:21 p.m. local time.", "2:21 p.m. local time", "2021-07-09T14:21", date.Time, ""},
	{mon, "At 2:49 a.m. local time (7:49 a.m. UTC) on Saturday morning, it launched.", "2:49 a.m. local time", "2021-07-10T02:49", date.Time, ""},

	{mon, "It lasted two and a half years.", "two and a half years", "P2.5Y", date.Duration, ""},
	{mon, "He converted a year-and-a-half ago.", "a year-and-a-half ago", "PAST_REF", date.Date, ""},
	{mon, "The case remains unsolved to this day.", "to this day", "PRESENT_REF", date.Date, ""},

	// Traps: nothing temporal here.
	{mon, "Officials may decide later.", "", "", "", ""},
	{mon, "Protesters march through the city.", "", "", "", ""},
	{mon, "They will March on Washington.", "", "", "", ""},
	{mon, "The Sun reported the story.", "", "", "", ""},
	{mon, "The couple wed in a small ceremony.", "", "", "", ""},
	{mon, "We know what we want.", "", "", "", ""},
	{mon, "The fall of the Berlin Wall changed Europe.", "", "", "", ""},
	{mon, "He has known her for ages.", "", "", "", ""},
	{mon, "Call 555-2021 for details.", "", "", "", ""},
	{mon, "The company paid $2021 in fees.", "", "", "", ""},
	{mon, "The city counted 2,021 votes.", "", "", "", ""},
	{mon, "He was 18 when he left.", "", "", "", ""},
	{mon, "Second Avenue was closed.", "", "", "", ""},
	{mon, "She hopes to win a second term.", "", "", "", ""},
	{mon, "April Ryan asked a question.", "", "", "", ""},
	{mon, "The Daily News reported the story.", "", "", "", ""},
	{mon, "Black Friday sales were strong.", "", "", "", ""},
	{mon, "USA Today reported the story.", "", "", "", ""},
	{mon, "He said 1500 troops were sent.", "", "", "", ""},
	{mon, "Some 2021 people signed the petition.", "", "", "", ""},
	{mon, "She skated in the Winter Olympics.", "", "", "", ""},
	{mon, "Prices grew 5% with 2.5 points.", "", "", "", ""},
	{mon, "Reply as soon as possible.", "", "", "", ""},
	{mon, "Keep the list up to date.", "", "", "", ""},
	{mon, "Flight 2020 landed safely.", "", "", "", ""},
	{mon, "The winds reached 120 miles per hour.", "", "", "", ""},
	{mon, "The now-closed plant was sold.", "", "", "", ""},
	{mon, "Now that the vote is over, they rest.", "", "", "", ""},
	{mon, "May we leave?", "", "", "", ""},
	{mon, "Wed. is not a word we use.", "", "", "", ""},
	{mon, "Sun Microsystems was bought by Oracle.", "", "", "", ""},
	{mon, "Known for her humor, she won.", "", "", "", ""},
}

func TestExpressions(t *testing.T) {
	require.GreaterOrEqual(t, len(exprCases), 150)
	checkCases(t, exprCases)
}

func checkCases(t *testing.T, cases []exprCase) {
	for _, tc := range cases {
		t.Run(tc.pub+" "+tc.text, func(t *testing.T) {
			var opts []date.Option
			if tc.pub != "" {
				p, err := time.Parse("2006-01-02", tc.pub)
				require.NoError(t, err)
				opts = append(opts, date.WithPublished(p))
			}
			got := date.Find(tc.text, opts...)
			require.NotNil(t, got)
			if tc.span == "" {
				assert.Empty(t, got)
				return
			}
			var m *date.Mention
			for i := range got {
				if got[i].Text == tc.span {
					m = &got[i]
				}
			}
			require.NotNil(t, m, "no mention %q in %+v", tc.span, texts(got))
			assert.Equal(t, tc.value, deref(m.Value))
			assert.Equal(t, tc.typ, m.Type)
			assert.Equal(t, tc.mod, m.Mod)
			assert.Equal(t, m.Value != nil && isCalendar(*m.Value), m.From != nil, "from/to only for calendar values")
		})
	}
}

func texts(ms []date.Mention) []string {
	out := []string{}
	for _, m := range ms {
		out = append(out, m.Text+"="+deref(m.Value))
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}

// isCalendar tells a calendar value (a day, week, month, year...) from a
// duration, a set or a reference.
func isCalendar(v string) bool {
	return v != "" && v[0] >= '0' && v[0] <= '9'
}
