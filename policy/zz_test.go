package policy

import (
	"encoding/csv"
	"fmt"
	"os"
	"testing"

	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/analysis"
)

func TestZZCorpus(t *testing.T) {
	if os.Getenv("CORPUS") == "" {
		t.Skip()
	}
	f, _ := os.Open("../testdata/corpus/wikinews_2019.csv")
	rows, _ := csv.NewReader(f).ReadAll()
	for i, r := range rows[1:] {
		d := analysis.Parse(r[3], analysis.Options{})
		for _, m := range Analyze(d, entity.Analyze(d)) {
			fmt.Printf("%03d | %s | %s | %s | %s\n", i, m.Text, m.Kind, m.Status, deref(m.Actor, "-"))
		}
	}
}
