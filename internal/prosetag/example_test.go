package prosetag_test

import (
	"fmt"

	"github.com/newsfacts/newsfacts/internal/prosetag"
)

func ExampleTag() {
	sentence := "“It’s fine,” Liccardo said."
	const base = 100 // where the sentence starts in its article
	for _, t := range prosetag.Tag(sentence, base) {
		fmt.Printf("%q %s [%d:%d]\n", sentence[t.Start-base:t.End-base], t.Tag, t.Start, t.End)
	}
	// Output:
	// "“" `` [100:103]
	// "It" PRP [103:105]
	// "’s" VBZ [105:109]
	// "fine" JJ [110:114]
	// "," , [114:115]
	// "”" '' [115:118]
	// "Liccardo" NNP [119:127]
	// "said" VBD [128:132]
	// "." . [132:133]
}
