package policy

import (
	"fmt"
	"os"
	"testing"

	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/analysis"
)

func TestZZDump(t *testing.T) {
	f := os.Getenv("DUMP")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	d := analysis.Parse(string(b), analysis.Options{})
	for _, m := range Analyze(d, entity.Analyze(d)) {
		fmt.Printf("%s | %s | %s | %s %s | %s | ref %v\n", m.Text, m.Kind, m.Status, deref(m.Actor, "-"), deref(m.ActorID, "-"), deref(m.Amount, "-"), m.RefersTo)
	}
}
