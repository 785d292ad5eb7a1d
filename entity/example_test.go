package entity_test

import (
	"fmt"

	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/analysis"
)

func ExampleFind() {
	text := "San Jose Mayor Sam Liccardo met with President Biden at the White House. " +
		"\"It was a very robust meeting,\" Liccardo said."
	for _, e := range entity.Find(text) {
		fmt.Println(e.ID, e.Type, e.Name, e.Titles, len(e.Mentions))
	}
	// Output:
	// E1 GPE San Jose [] 1
	// E2 PERSON Sam Liccardo [Mayor] 2
	// E3 PERSON Biden [President] 1
	// E4 FAC White House [] 1
}

func ExampleAnalyze() {
	doc := analysis.Parse("Gov. Kathy Hochul met Mayor Eric Adams. The governor said she was pleased.", analysis.Options{})
	for _, e := range entity.Analyze(doc) {
		for _, m := range e.Mentions {
			fmt.Printf("%s %q %d-%d\n", e.ID, m.Text, m.Start, m.End)
		}
	}
	// Output:
	// E1 "Kathy Hochul" 5-17
	// E1 "The governor" 40-52
	// E1 "she" 58-61
	// E2 "Eric Adams" 28-38
}

func ExampleResolve() {
	text := "Gov. Kathy Hochul met Mayor Eric Adams on Monday. Later he spoke to reporters."
	doc := analysis.Parse(text, analysis.Options{})
	ents := entity.Analyze(doc)
	he := 56 // text[56:58] == "he"
	if i := entity.Resolve(doc, ents, he, he+2); i >= 0 {
		fmt.Println(ents[i].Name)
	}
	// Output:
	// Eric Adams
}

func ExamplePronounAgreement() {
	text := "Gov. Kathy Hochul met Mayor Eric Adams and Detective R.J. Okafor at Microsoft."
	doc := analysis.Parse(text, analysis.Options{})
	ents := entity.Analyze(doc)
	degree := map[entity.Agreement]string{entity.Disagrees: "disagrees", entity.MayAgree: "may agree", entity.Agrees: "agrees"}
	for i, e := range ents {
		fmt.Printf("%s: she %s, he %s, it %s\n", e.Name,
			degree[entity.PronounAgreement(doc, ents, i, "she")],
			degree[entity.PronounAgreement(doc, ents, i, "He")],
			degree[entity.PronounAgreement(doc, ents, i, "it")])
	}
	// Output:
	// Kathy Hochul: she agrees, he disagrees, it disagrees
	// Eric Adams: she disagrees, he agrees, it disagrees
	// R.J. Okafor: she may agree, he may agree, it disagrees
	// Microsoft: she disagrees, he disagrees, it agrees
}
