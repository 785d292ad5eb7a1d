package date_test

import (
	"fmt"
	"time"

	"github.com/newsfacts/newsfacts/date"
	"github.com/newsfacts/newsfacts/internal/analysis"
)

func show(ms []date.Mention) {
	for _, m := range ms {
		v := "null"
		if m.Value != nil {
			v = *m.Value
		}
		fmt.Printf("%q %s %s", m.Text, m.Type, v)
		if m.Mod != "" {
			fmt.Printf(" %s", m.Mod)
		}
		if m.From != nil {
			fmt.Printf(" [%s, %s)", m.From.Format("2006-01-02T15:04"), m.To.Format("2006-01-02T15:04"))
		}
		fmt.Println()
	}
}

func ExampleFind() {
	text := "Biden will meet Adams next week in New York. The mayor met the governor on Wednesday morning, " +
		"less than two months after the shooting, and will travel on Feb. 3."
	show(date.Find(text, date.WithPublished(time.Date(2022, 1, 26, 0, 0, 0, 0, time.UTC))))
	// Output:
	// "next week" DATE 2022-W05 [2022-01-31T00:00, 2022-02-07T00:00)
	// "Wednesday morning" TIME 2022-01-26TMO [2022-01-26T06:00, 2022-01-26T12:00)
	// "less than two months" DURATION P2M LESS_THAN
	// "Feb. 3" DATE 2022-02-03 [2022-02-03T00:00, 2022-02-04T00:00)
}

func ExampleFind_undated() {
	show(date.Find("The mayor spoke this morning, weeks ago, about the vote of March 3, 2021."))
	// Output:
	// "this morning" TIME null
	// "weeks ago" DATE PAST_REF
	// "March 3, 2021" DATE 2021-03-03 [2021-03-03T00:00, 2021-03-04T00:00)
}

func ExampleWithLocation() {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		panic(err)
	}
	ms := date.Find("The meeting began at 1:15 p.m. ET on Monday.",
		date.WithPublished(time.Date(2021, 7, 12, 0, 0, 0, 0, ny)), date.WithLocation(ny))
	for _, m := range ms {
		fmt.Println(m.Text, *m.Value, m.From.UTC().Format(time.RFC3339))
	}
	// Output:
	// 1:15 p.m. ET 2021-07-12T13:15 2021-07-12T17:15:00Z
	// Monday 2021-07-12 2021-07-12T04:00:00Z
}

func ExampleAnalyze() {
	doc := analysis.Parse("date 2021-07-12 San Jose Mayor Sam Liccardo met with President Biden on Monday.\n\n"+
		"Crime rose these last 18 months.", analysis.Options{})
	show(date.Analyze(doc))
	// Output:
	// "Monday" DATE 2021-07-12 [2021-07-12T00:00, 2021-07-13T00:00)
	// "last 18 months" DURATION P18M
}

func ExampleWithPublished() {
	text := "The council voted on Friday and will vote again on Friday."
	show(date.Find(text, date.WithPublished(time.Date(2021, 7, 12, 0, 0, 0, 0, time.UTC))))
	// Output:
	// "Friday" DATE 2021-07-09 [2021-07-09T00:00, 2021-07-10T00:00)
	// "Friday" DATE 2021-07-16 [2021-07-16T00:00, 2021-07-17T00:00)
}
