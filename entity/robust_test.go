package entity

import (
	"encoding/csv"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestNastyInputs: no panic, and the offset contract holds, on odd input.
func TestNastyInputs(t *testing.T) {
	for name, text := range map[string]string{
		"empty":       "",
		"spaces":      "   \n\n  ",
		"invalid":     "Mayor \xff\xfe Sam \xc3 Liccardo said \x80.",
		"quotes":      strings.Repeat(`"`, 10000),
		"curly":       strings.Repeat("“Hi,” he said. ", 2000),
		"caps":        strings.Repeat("THE NEW YORK CITY COUNCIL OF THE UNITED STATES ", 300),
		"titles":      strings.Repeat("Mayor President Gov. Sen. ", 500),
		"pronouns":    strings.Repeat("he she they it ", 2000),
		"connectors":  strings.Repeat("Department of ", 2000) + "Justice",
		"apostrophes": strings.Repeat("D'’'s ’s ' ", 1000),
		"dateline":    "NEW YORK (CBSNewYork) — ",
		"nominal":     "the the the mayor the city the",
	} {
		t.Run(name, func(t *testing.T) {
			ents := Find(text)
			require.NotNil(t, ents)
			checkContract(t, text, ents)
		})
	}
}

// TestCorpus runs the finder over the Wikinews corpus and checks the
// contract on every article.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run")
	}
	f, err := os.Open("../testdata/corpus/wikinews_2019.csv")
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	for _, r := range rows[1:] {
		text := r[3]
		checkContract(t, text, Find(text))
	}
}
