package extract_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/newsfacts/newsfacts/extract"
)

func ExampleExtractor_Extract() {
	ex := extract.New(extract.WithPublished(time.Date(2022, 1, 26, 0, 0, 0, 0, time.UTC)))
	text := "Gov. Kathy Hochul and Mayor Eric Adams met Wednesday morning.\n\n" +
		"“We’re also saying where are these guns coming from?” Hochul said. " +
		"The governor will travel to Albany next week."
	facts, err := ex.Extract(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range facts.Entities {
		var mentions []string
		for _, m := range e.Mentions {
			mentions = append(mentions, m.Text)
		}
		fmt.Printf("%s %s %s %q %q\n", e.ID, e.Type, e.Name, e.Titles, mentions)
	}
	for _, q := range facts.Quotes {
		fmt.Printf("%s %s %q: %q\n", *q.Speaker, *q.Cue, q.SpeakerMention.Text, q.Text)
	}
	for _, d := range facts.Dates {
		fmt.Printf("%q %s %s\n", d.Text, d.Type, *d.Value)
	}
	// Output:
	// E1 PERSON Kathy Hochul ["Gov."] ["Kathy Hochul" "Hochul" "The governor"]
	// E2 PERSON Eric Adams ["Mayor"] ["Eric Adams"]
	// E3 GPE Albany [] ["Albany"]
	// Kathy Hochul said "Hochul": "We’re also saying where are these guns coming from?"
	// "Wednesday morning" TIME 2022-01-26TMO
	// "next week" DATE 2022-W05
}

func ExampleExtract() {
	text := "date 2021-07-12 San Jose Mayor Sam Liccardo met with President Biden on Monday.\n\n" +
		`"It was a very robust meeting," Liccardo said.`
	facts, err := extract.Extract(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("published", facts.Published.Format("2006-01-02"))
	q := facts.Quotes[0]
	fmt.Printf("%s said %q (bytes %d to %d: %q)\n", *q.Speaker, q.Text, q.Start, q.End, text[q.Start:q.End])
	d := facts.Dates[0]
	fmt.Printf("%q = %s, from %s to %s\n", d.Text, *d.Value, d.From.Format(time.DateOnly), d.To.Format(time.DateOnly))
	// Output:
	// published 2021-07-12
	// Sam Liccardo said "It was a very robust meeting," (bytes 82 to 111: "It was a very robust meeting,")
	// "Monday" = 2021-07-12, from 2021-07-12 to 2021-07-13
}

func ExampleFacts_Validate() {
	text := `"We will act," the mayor said.`
	facts, _ := extract.Extract(text)
	fmt.Println(facts.Validate(text))
	facts.Quotes[0].Start++ // an edited or stale offset
	fmt.Println(facts.Validate(text) != nil)
	// Output:
	// <nil>
	// true
}

func ExampleNew() {
	// One Extractor for a whole archive: New loads the tagging model once,
	// and Extract may be called from many goroutines.
	ex := extract.New(extract.WithLocation(time.UTC))
	facts, _ := ex.Extract("WASHINGTON (AP) — Sen. Chuck Schumer spoke on Friday.")
	// An undated article: "Friday" is found but not resolved against today.
	d := facts.Dates[0]
	fmt.Println(*facts.Dateline, facts.Published == nil, d.Text, d.Value == nil)
	// Output:
	// WASHINGTON true Friday true
}

func ExampleExtractor_ExtractPublished() {
	ex := extract.New()
	text := "The council met on Monday and will vote next week."
	for _, day := range []string{"2022-01-26", "2022-03-02"} {
		published, _ := time.Parse(time.DateOnly, day)
		facts, _ := ex.ExtractPublished(text, published)
		for _, d := range facts.Dates {
			fmt.Printf("%s: %q = %s\n", day, d.Text, *d.Value)
		}
	}
	// Output:
	// 2022-01-26: "Monday" = 2022-01-24
	// 2022-01-26: "next week" = 2022-W05
	// 2022-03-02: "Monday" = 2022-02-28
	// 2022-03-02: "next week" = 2022-W10
}

func ExampleWithMaxBytes() {
	ex := extract.New(extract.WithMaxBytes(10))
	_, err := ex.Extract("A text longer than ten bytes.")
	fmt.Println(errors.Is(err, extract.ErrTooLarge), err)
	// Output:
	// true extract: input too large: 29 bytes, limit 10
}
