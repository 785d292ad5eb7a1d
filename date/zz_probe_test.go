package date_test

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/date"
)

func TestZZProbe(t *testing.T) {
	f, err := os.Open("/tmp/probe.txt")
	if err != nil {
		t.Skip()
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		pub, text, _ := strings.Cut(line, "|")
		p, _ := time.Parse("2006-01-02", pub)
		var out []string
		for _, m := range date.Find(text, date.WithPublished(p)) {
			v := "nil"
			if m.Value != nil {
				v = *m.Value
			}
			out = append(out, fmt.Sprintf("[%s]=%s %s %s", m.Text, v, m.Type, m.Mod))
		}
		fmt.Printf("%-60s => %s\n", text, strings.Join(out, "; "))
	}
}
