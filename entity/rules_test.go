package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTyping: one case per typing rule, in the house styles the blind
// rounds found them in (wire, local TV, business, UK, sports).
func TestTyping(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		want map[string]Type // entity names and types that must be found
		not  []string        // names that must not be found
	}{
		{"list lends a head's type", "Residents in Crown Heights and Bed-Stuy rallied.",
			map[string]Type{"Crown Heights": GPE, "Bed-Stuy": GPE}, nil},
		{"from X to Y", "It was flying from Jakarta to Pangkal Pinang when it fell.",
			map[string]Type{"Pangkal Pinang": GPE}, nil},
		{"apposition is no list", "The Mayor of London, Sadiq Khan, said no.",
			map[string]Type{"Sadiq Khan": Person}, nil},
		{"in X said stays a place", "Neighbors in Alief said the complex had problems.",
			map[string]Type{"Alief": GPE}, nil},
		{"ampersand", "Shares in Marks & Spencer rose.",
			map[string]Type{"Marks & Spencer": Org}, nil},
		{"acronym in a name", "said Sam Stovall, chief strategist at CFRA Research.",
			map[string]Type{"CFRA Research": Org, "Sam Stovall": Person}, nil},
		{"ordinal precinct", "Officers from the 46th Precinct responded.",
			map[string]Type{"46th Precinct": Org}, []string{"Precinct"}},
		{"numbered station", "Firefighters from Station 51 responded.",
			map[string]Type{"Station 51": Fac}, nil},
		{"dateline month is no region", "NEW YORK, March 3 (Reuters) - Shares fell.",
			map[string]Type{"New York": GPE}, []string{"March"}},
		{"dateline date ends the region", "LONDON, Jan 26 (Reuters) - Shares fell.",
			map[string]Type{"London": GPE}, []string{"Jan"}},
		{"possessive brand", "Shoppers at Sainsbury's and McDonald’s were told.",
			map[string]Type{"Sainsbury's": Org, "McDonald’s": Org}, []string{"Sainsbury"}},
		{"school short form", "Researchers at Northeastern University agreed. Northeastern has 20,000 students.",
			map[string]Type{"Northeastern University": Org}, []string{"Northeastern"}},
		{"common words are no person", "Ship trackers such as Marine Traffic lost it.",
			map[string]Type{"Marine Traffic": Org}, nil},
		{"given name that is a word", "The drummer Ginger Baker died.",
			map[string]Type{"Ginger Baker": Person}, nil},
		{"commissioner keeps no department", "NSW Rural Fire Service Commissioner Rob Rogers said crews arrived.",
			map[string]Type{"NSW Rural Fire Service": Org, "Rob Rogers": Person}, nil},
		{"medical center", "He was taken to Grant Medical Center.",
			map[string]Type{"Grant Medical Center": Fac}, nil},
		{"titled person of a place", "Senate Majority Leader Chuck Schumer of New York spoke.",
			map[string]Type{"Chuck Schumer": Person, "New York": GPE}, []string{"Chuck Schumer of New York"}},
		{"two firms joined by and", "Starboard Value and ValueAct Capital hold stakes.",
			map[string]Type{"Starboard Value": Org, "ValueAct Capital": Org}, nil},
		{"one agency joined by and", "The Coastal Protection and Restoration Authority approved it.",
			map[string]Type{"Coastal Protection and Restoration Authority": Org}, nil},
		{"corporate ending beats a given name", "Activist investor Elliott Management built a stake.",
			map[string]Type{"Elliott Management": Org}, nil},
		{"river short form", "The River Severn burst its banks. The Severn and the Vyrnwy rose.",
			map[string]Type{"River Severn": Loc, "Vyrnwy": Loc}, nil},
		{"plural place noun after a list", "on the ground in Terrebonne, Lafourche and Plaquemines parishes.",
			map[string]Type{"Terrebonne": GPE, "Lafourche": GPE, "Plaquemines": GPE}, nil},
		{"law firm named Day", "advised by Jones Day on the deal.",
			map[string]Type{"Jones Day": Person}, nil},
		{"company ends at Inc.", "It bought GXO Logistics Inc. Cobalt Ridge said the deal closed.",
			map[string]Type{"GXO Logistics Inc.": Org}, []string{"GXO Logistics Inc. Cobalt Ridge"}},
		{"short form in parentheses", "the Department for Environment, Food and Rural Affairs (Defra) said.",
			map[string]Type{"Defra": Org}, nil},
		{"city demonym", "Hongkongers marched again.",
			map[string]Type{"Hongkongers": NORP}, nil},
		{"residents of X", "Residents of Brickell and Wynwood reported smoke.",
			map[string]Type{"Brickell": GPE, "Wynwood": GPE}, nil},
		{"office after a title's possessive", "a case still under investigation by the Queens District Attorney's Office.",
			map[string]Type{"Queens District Attorney's Office": Org}, []string{"Queens"}},
		{"body before Member", "City Council Member Lourdes Arce spoke.",
			map[string]Type{"City Council": Org, "Lourdes Arce": Person}, nil},
		{"known name through and", "said the Centers for Disease Control and Prevention.",
			map[string]Type{"Centers for Disease Control and Prevention": Org}, nil},
		{"leader by surname", "Putin called the move hostile. The Biden administration disagreed.",
			map[string]Type{"Putin": Person, "Biden": Person}, nil},
		{"team in a game story",
			"Marchetti homered in the eighth inning, lifting Baltimore to a 5-3 victory over Tampa Bay. " +
				"The Rays trail in the standings after a doubleheader; the bullpen held. The team finishes the season in Boston.",
			map[string]Type{"Baltimore": Org, "Tampa Bay": Org, "Boston": GPE}, nil},
		{"office after a title", "Prosecutors from the U.S. Attorney's Office for the Southern District of New York sought 50 years.",
			map[string]Type{"U.S. Attorney's Office for the Southern District of New York": Org}, nil},
		{"stop word after a connector", "reported in the New England Journal of Medicine that it worked.",
			map[string]Type{"New England Journal of Medicine": Org}, []string{"New England Journal of"}},
		{"state abbreviation at a sentence end", "It opened in Cupertino, Calif.",
			map[string]Type{"Calif.": GPE}, []string{"Calif"}},
		{"demonym before a title", "Victorian Premier Jacinta Allan said it would open.",
			map[string]Type{"Victorian": NORP, "Jacinta Allan": Person}, nil},
		{"acronym title", "BJP MLA Rajeshwar Singh traded barbs.",
			map[string]Type{"BJP": Org, "Rajeshwar Singh": Person}, nil},
		{"paternal surname", "Ricardo Rosselló Nevares, Puerto Rico's governor, resigned. Rosselló said so.",
			map[string]Type{"Ricardo Rosselló Nevares": Person}, []string{"Rosselló"}},
		{"storm short form", "Hurricane Dorian strengthened. Dorian then hit the Bahamas.",
			map[string]Type{"Hurricane Dorian": Event}, []string{"Dorian"}},
		{"list of given names", "He leaves four daughters, Nadine, Ashley, Elizabeth, and Toni.",
			map[string]Type{"Toni": Person}, nil},
		{"nearby X", "Some victims were airlifted to nearby Zamboanga.",
			map[string]Type{"Zamboanga": GPE}, nil},
		{"townsfolk", "Police arrested a 36-year-old Cheltenham man on Monday.",
			map[string]Type{"Cheltenham": GPE}, nil},
		{"syllabic short form", "the Philippine Institute of Volcanology and Seismology (Phivolcs) said. Phivolcs measured it.",
			map[string]Type{"Philippine Institute of Volcanology and Seismology": Org}, []string{"Phivolcs"}},
		{"post-nominal letters", "Democrat Chuck Schumer spoke with Kama Melly QC.",
			map[string]Type{"Democrat": NORP, "Chuck Schumer": Person, "Kama Melly": Person}, []string{"Kama Melly QC"}},
		{"sentence-initial participle", "Born Robert Burns in 1934, he moved away.",
			map[string]Type{"Robert Burns": Person}, []string{"Born Robert Burns"}},
		{"adjective of a name", "The Academy Award-winning actor visited County Clare.",
			map[string]Type{"County Clare": GPE}, []string{"Academy Award-winning"}},
		{"two-word demonyms", "Hong Kongers and Puerto Ricans marched.",
			map[string]Type{"Hong Kongers": NORP, "Puerto Ricans": NORP}, nil},
		{"journal after published … in", "In findings published on Wednesday in Science Advances, researchers said.",
			map[string]Type{"Science Advances": Org}, nil},
		{"known place before a title", "United States District Judge James Jones ruled.",
			map[string]Type{"United States": GPE, "James Jones": Person}, []string{"United States District"}},
		{"known name after The through and", "The Islamic State of Iraq and the Levant claimed it.",
			map[string]Type{"Islamic State of Iraq and the Levant": Org}, nil},
		{"a person listed with an organization", "He met the State Department, and Andriy Yermak.",
			map[string]Type{"State Department": Org, "Andriy Yermak": Person}, nil},
		{"interview initials", "We spoke with co-author Natasha Gownaris.\n\nNG: I wanted to be a scientist.\n\nNG: Yes.\n\nNG: No.",
			map[string]Type{"Natasha Gownaris": Person}, []string{"NG"}},
		{"field of study in a name", "It was published in the American Journal of Preventive Medicine.",
			map[string]Type{"American Journal of Preventive Medicine": Org}, nil},
		{"backer of a name", "the Hamas-run Health Ministry said.",
			map[string]Type{"Hamas": Org, "Health Ministry": Org}, []string{"Hamas-run Health Ministry"}},
		{"two places joined by and", "health workers in the Democratic Republic of Congo and Uganda.",
			map[string]Type{"Democratic Republic of Congo": GPE, "Uganda": GPE}, []string{"Republic of Congo and Uganda"}},
		{"title before a surname that is a head", "Fire Chief Linda Park said the blaze was out.",
			map[string]Type{"Linda Park": Person}, []string{"Fire Chief Linda Park"}},
		{"given name that is a head", "Bill Gerstenmaier of NASA said it would fly.",
			map[string]Type{"Bill Gerstenmaier": Person, "NASA": Org}, []string{"Bill Gerstenmaier of NASA"}},
		{"campus after a comma", "She studied at the University of California, Davis, and Yale.",
			map[string]Type{"University of California, Davis": Org}, []string{"Davis"}},
		{"campus after at", "He teaches at the University of North Carolina at Chapel Hill.",
			map[string]Type{"University of North Carolina at Chapel Hill": Org}, []string{"Chapel Hill"}},
		{"law firm's partners", "He is a partner at Skadden, Arps, Slate, Meagher & Flom in New York.",
			map[string]Type{"Skadden, Arps, Slate, Meagher & Flom": Org}, []string{"Skadden", "Arps"}},
		{"a list is no firm", "Shoppers left Tesco, Asda and Marks & Spencer.",
			map[string]Type{"Tesco": Org, "Asda": Org, "Marks & Spencer": Org}, nil},
		{"firm's first word the tagger calls an adjective", "Cleary Gottlieb Steen & Hamilton advised the bank.",
			map[string]Type{"Cleary Gottlieb Steen & Hamilton": Org}, nil},
		{"no team outside a game story", "The court ruled 6-3 against Texas, a loss for the state and a win for its critics.",
			map[string]Type{"Texas": GPE}, nil},
	} {
		got := map[string]Type{}
		for _, e := range Find(c.text) {
			got[e.Name] = e.Type
		}
		for name, typ := range c.want {
			assert.Equal(t, typ, got[name], "%s: %q in %q (found %v)", c.name, name, c.text, got)
		}
		for _, name := range c.not {
			_, ok := got[name]
			assert.False(t, ok, "%s: %q in %q", c.name, name, c.text)
		}
	}
}
