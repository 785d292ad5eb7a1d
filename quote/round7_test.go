package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRound7Speakers checks the speaker rules of round 7.
func TestRound7Speakers(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a kin noun told from the other side", "Tom Reed builds boats. He has an apprentice: his daughter, Ann Reed, who left her job.\n\n\"I moved back,\" Ann Reed says.\n\n\"She found her place,\" her father says.", "She found her place,", "Tom Reed"},
		{"a short reply in an exchange is the other party's", "Tom Reed builds boats with Ann Lee.\n\n\"He's retiring,\" Lee says.\n\n\"I might,\" Reed says.\n\n\"He's not.\"", "He's not.", "Ann Lee"},
		{"a longer quotation after two turns continues the last", "Tom Reed builds boats with Ann Lee.\n\n\"He's retiring,\" Lee says.\n\n\"I might,\" Reed says.\n\n\"The shop has been my life for fifty years and I will miss it.\"", "The shop has been my life for fifty years and I will miss it.", "Tom Reed"},
		{"a website owned by a common noun is no organization named before", "The Myanmar embassy said six of its citizens died.\n\nThe hotel's website estimated 120 people were in the building.", "120 people were in the building", "<nil>"},
		{"an organization with its abbreviation after it", "Samoa declared an emergency.\n\nAccording to the World Health Organization (WHO), vaccination covered only about 31 percent of Samoans.", "vaccination covered only about 31 percent of Samoans", "World Health Organization"},
		{"a report from an organization", "According to a 1989 report from the National Transportation Safety Board (NTSB), the same aircraft was involved in an incident in 1987.", "the same aircraft was involved in an incident in 1987", "National Transportation Safety Board"},
		{"an organization's name before its press release", "According to a March 14, 2019 NATO press release, Hungary spent an estimated 1.15% of its GDP on defence.", "Hungary spent an estimated 1.15% of its GDP on defence", "NATO"},
		{"a platform's name before a text is not its author", "The government posted an update.\n\n\"Latest update: 3,728 measles cases,\" according to an official government Twitter account.", "Latest update: 3,728 measles cases,", "<nil>"},
		{"they after a list of places is no place", "Members came from Alabama, Ohio and Texas. They also stated that arrests were made in Australia and Brazil.", "arrests were made in Australia and Brazil", "<nil>"},
		{"they after a plural common subject is that group", "A gunman shot shoppers at a Walmart store.\n\nState prosecutors charged the suspect with capital murder, they said Sunday.", "State prosecutors charged the suspect with capital murder", "<nil>"},
		{"a name before 'at' its workplace", "Victims were taken to Saint Francis Hospital.\n\nDr. Steven Wolf at Saint Francis said, \"We received a mass casualty alert.\"", "We received a mass casualty alert.", "Steven Wolf"},
		{"a quotation after a sentence with a trailing report", "\"I knew I had done the work,\" Franky Zapata told BFM TV.\n\nStrong winds over the Channel made the crossing difficult, Zapata said, adding it required endurance. \"It's an isometric exercise for the thighs.\"", "It's an isometric exercise for the thighs.", "Franky Zapata"},
		{"police in a town and its state", "According to police in Baytown, Texas, the driver had been involved in traffic collisions before.", "the driver had been involved in traffic collisions before", "<nil>"},
		{"a text named by a participle's noun after read", "Lorenzo was forecast to weaken.\n\n\"Storm Lorenzo will produce significant swell and high waves\", read the warning.", "Storm Lorenzo will produce significant swell and high waves", "<nil>"},
		{"an institution named by its noun only", "A cargo plane crashed near the capital.\n\nThe army said the plane was carrying meat.", "the plane was carrying meat", "army"},
		{"an organization nominal with a modifier", "The Aviation Herald reported the landing was a mistake. The industry publication stated the aircraft overran the runway.", "the aircraft overran the runway", "Aviation Herald"},
		{"an owned text with what follows its noun", "The Centre for Aviation's database of air carriers states it runs flights with Boeing 707s.", "it runs flights with Boeing 707s", "Centre for Aviation"},
		{"a plural-looking name with a text noun in apposition", "Airfleets, a database detailing the aircraft operated by commercial carriers, states the airline uses the A300.", "the airline uses the A300", "Airfleets"},
		{"an inverted subject is no object for a pronoun after it", "Chief Ann Mills said 20 were killed.\n\n\"We will find them,\" said Tom Reyes, the Defence Secretary; he described the attacks as a \"dastardly act\".", "dastardly act", "Tom Reyes"},
		{"a question put to the subject before it", "Zubaida Mallah lost her home.\n\nFor Mallah, the promises ring hollow. Asked what she needed most, she answered without hesitation: \"A roof. Just a roof.\"", "A roof. Just a roof.", "Zubaida Mallah"},
		{"a role with the name in apposition after it", "Metro faces a gap.\n\nThe shortfall stems from lower ridership, according to the agency's chief financial officer, Devon Pruitt.", "The shortfall stems from lower ridership", "Devon Pruitt"},
		{"the partial of a relative clause with the speaker as subject", "Colin Yates, a meteorologist, said a cold front could bring gusts of up to 50 mph, which he called \"the worst possible setup\" for crews.", "the worst possible setup", "Colin Yates"},
		{"a text's author named before with 'said in a filing'", "Ford said in a financial filing that the investigation started in February.\n\nThe company hired a law firm, according to The Verge.\n\nAccording to the filing, Ford disclosed the matter to regulators.", "Ford disclosed the matter to regulators", "Ford"},
		{"a subject after a lead-in without a comma", "\"We are cooperating,\" Ford told The Verge. In the filing itself Ford also made this point, writing \"We have notified other agencies.\"", "We have notified other agencies.", "Ford"},
	})
}

// TestRound7Reported checks the reported-speech rules of round 7.
func TestRound7Reported(t *testing.T) {
	checkReports(t, []reportCase{
		{"a time lead-in without a comma", "On Friday Ford Motor Company announced the Justice Department was investigating its emissions tests.", "the Justice Department was investigating its emissions tests", "Ford Motor Company"},
		{"a time lead-in before a plain noun subject", "Yesterday, authorities announced that 337 suspected users were arrested.", "337 suspected users were arrested", "<nil>"},
		{"a plural noun subject with a place after a lead-in", "Yesterday, authorities in the United Kingdom announced that 337 suspected users were arrested.", "337 suspected users were arrested", "<nil>"},
		{"a long adverbial before that", "Ford said in a financial filing to the U.S. Securities and Exchange Commission that the investigation started in February.", "the investigation started in February", "Ford"},
		{"a concession of the writer's with despite", "The Aviation Herald states the 707 was a freighter, despite photos showing a row of windows along each side.", "the 707 was a freighter", "Aviation Herald"},
		{"a relative clause of the speaker's own term", "Colin Yates, a meteorologist, said a cold front could bring gusts of up to 50 mph, which he called \"the worst possible setup\" for crews.", "a cold front could bring gusts of up to 50 mph", "Colin Yates"},
		{"with a common noun reporting", "All but one died; no deaths were reported on the ground, with local media reporting no-one was in the houses.", "no-one was in the houses", "<nil>"},
		{"according to after a closing mark", "In 2018 another aircraft confused the two airports, going around at \"very low height\" according to The Aviation Herald.", "In 2018 another aircraft confused the two airports, going around at \"very low height\"", "Aviation Herald"},
		{"according to a long phrase", "According to Chief Superintendent Graciano Mijares of the police of the Autonomous Region in Muslim Mindanao, the confirmed deaths are fourteen civilians.", "the confirmed deaths are fourteen civilians", "Graciano Mijares"},
		{"a bracketed dateline", "(CNN) — Federal officials said Tuesday they will send more crews to Northern California, where a wildfire has forced 30,000 people from their homes.", "they will send more crews to Northern California, where a wildfire has forced 30,000 people from their homes", "<nil>"},
		{"a trailing attribution after a quoted term", "The fire made its biggest run Sunday night through a narrow canyon that locals call \"the Chute,\" she said.", "The fire made its biggest run Sunday night through a narrow canyon that locals call \"the Chute,\"", "<nil>"},
		{"an apposition with a relative clause after according to", "Demand for banjos has grown, driven by a revival of interest, according to Anna Greer, a folklorist at Berea College who has studied the region's makers.", "Demand for banjos has grown, driven by a revival of interest", "Anna Greer"},
		{"a present-tense admission", "Ann Reed carves the necks. He admits she is better with inlay.", "she is better with inlay", "<nil>"},
		{"a habitual 'likes to tell'", "Walt Combs likes to tell visitors that he is retiring next year.", "he is retiring next year", "Walt Combs"},
		{"a name particle the tagger reads as a verb", "Arnel dela Vega of the army's Western Mindanao Command said the Abu Sayyaf Group are the suspected perpetrators.", "the Abu Sayyaf Group are the suspected perpetrators", "Arnel dela Vega"},
		{"a pronoun for the one kin noun of its gender before", "Walt Combs builds banjos with his daughter, Mary Ritchie.\n\nRitchie still defers to her father on necks and tone. He admits she is better with inlay.", "she is better with inlay", "Walt Combs"},
		{"a coordinated clause with a time phrase before its subject, after a percentage", "Of the 2.8 million who voted, 85% were in favour and on Friday the government announced the new region would govern itself from 2022.", "the new region would govern itself from 2022", "government"},
		{"citing after the clause is the writer's", "Reuters reported that the talks would continue next week, citing two sources.", "the talks would continue next week", "Reuters"},
		{"citing after a trailing attribution", "The talks would continue next week, Reuters reported, citing two sources.", "The talks would continue next week", "Reuters"},
		{"a title the tagger reads as a verb", "Carver coach Bernard Mills said his team had dug itself too deep a hole.", "his team had dug itself too deep a hole", "Bernard Mills"},
	})
}

// TestRound7NoReport checks sentences that hold no reported clause.
func TestRound7NoReport(t *testing.T) {
	tests := []struct{ name, text string }{
		{"a quoted utterance before a trailing attribution", "When she learned she was cast, \"I swear to you, I was speechless,\" she said."},
		{"tell without that takes an object, not a clause", "Penguins are important to study because they tell us something about the health of the ecosystems they feed in."},
		{"the source of a report after a closing mark", "Pelosi called Trump's conduct a \"breach of his Constitutional responsibilities,\" according to NBC."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, q := range Find(tt.text) {
				assert.NotEqual(t, Indirect, q.Kind, q.Text)
			}
		})
	}
}

// TestRound7SignReads checks that the words a sign "reads" are no speech,
// while a decree's are.
func TestRound7SignReads(t *testing.T) {
	assert.Empty(t, Find(`A hand-lettered sign over the door reads "Repairs While U Wait (Sometimes)." Inside, Walt Combs works.`))
	assert.NotEmpty(t, Find(`The decree read "The crimes of the regime will be punished."`))
}
