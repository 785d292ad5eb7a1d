package analysis_test

import (
	"fmt"

	"github.com/newsfacts/newsfacts/internal/analysis"
)

func ExampleParse() {
	text := " date 2022-01-26 NEW YORK (CBSNewYork) — “Where are the guns coming from?” Hochul said. " +
		"Mr. Adams agreed.\n\nThe plan starts Feb. 3."
	doc := analysis.Parse(text, analysis.Options{})
	fmt.Println("published:", doc.Published.Format("2006-01-02"))
	dl := doc.Dateline
	fmt.Printf("dateline: %q, place %q, source %q\n", text[dl.Start:dl.End], text[dl.Place.Start:dl.Place.End],
		text[dl.Source.Start:dl.Source.End])
	for _, s := range doc.Sentences {
		fmt.Printf("paragraph %d: %q\n", s.Para, text[s.Start:s.End])
	}
	// Output:
	// published: 2022-01-26
	// dateline: "NEW YORK (CBSNewYork) —", place "NEW YORK", source "CBSNewYork"
	// paragraph 0: "“Where are the guns coming from?” Hochul said."
	// paragraph 0: "Mr. Adams agreed."
	// paragraph 1: "The plan starts Feb. 3."
}

func ExampleDoc_TokenAt() {
	text := "Mayor Sam Liccardo met President Biden."
	doc := analysis.Parse(text, analysis.Options{})
	for _, t := range doc.SentenceTokens(doc.SentenceAt(10))[:3] {
		fmt.Printf("%s/%s [%d:%d]\n", t.Text, t.Tag, t.Start, t.End)
	}
	t := doc.Tokens[doc.TokenAt(25)]
	fmt.Println("at 25:", t.Text)
	// Output:
	// Mayor/NNP [0:5]
	// Sam/NNP [6:9]
	// Liccardo/NNP [10:18]
	// at 25: President
}

func ExampleDoc_Memo() {
	type wordCount struct{} // an unexported key type, as for context values
	doc := analysis.Parse("One two three.", analysis.Options{})
	count := func() any { fmt.Println("counting"); return len(doc.Tokens) }
	fmt.Println(doc.Memo(wordCount{}, count))
	fmt.Println(doc.Memo(wordCount{}, count)) // computed once per document
	// Output:
	// counting
	// 4
	// 4
}
