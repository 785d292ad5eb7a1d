package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRound6Speakers checks the speaker rules of round 6: title nominals
// linked upstream to an organization or place, party nominals, roles owned
// by someone else and capitalized modals that are names.
func TestRound6Speakers(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"title nominal after an organization in apposition", "Prime Minister Theresa May met her party.\n\nSpeaking in the House of Commons, the prime minister said: \"The deal is the best available.\"", "The deal is the best available.", "Theresa May"},
		{"title nominal holding an organization's name", "Labour leader Jeremy Corbyn spoke on Monday.\n\n\"It's a blindfold Brexit,\" Corbyn said.\n\nThe Labour leader said his party would vote against.", "his party would vote against", "Jeremy Corbyn"},
		{"party nominal", "Sen. Elizabeth Warren on Tuesday unveiled a plan.\n\n\"This is about fairness,\" the Massachusetts Democrat said.", "This is about fairness,", "Elizabeth Warren"},
		{"role owned by a named person", "Treasury Secretary Steven Mnuchin weighed in.\n\nMnuchin's spokeswoman said the department had no comment.", "the department had no comment", "<nil>"},
		{"owned role whose holder is named", "Acme chief executive Ann Lee spoke first. \"We are growing,\" she said.\n\nThe company's chief executive said profits would rise.", "profits would rise", "Ann Lee"},
		{"a group's possessive describes the role", "Coach Carol Brennan won 612 games.\n\nThe women's basketball coach said she would stay.", "she would stay", "Carol Brennan"},
		{"capitalized modal as a name", "Theresa May faced a revolt.\n\nMrs May told MPs: \"I have listened.\"", "I have listened.", "Theresa May"},
		{"postnominal honours", "Prosecutor Kama Melly QC said the victims were \"ripe and vulnerable to manipulation\".", "ripe and vulnerable to manipulation", "Kama Melly"},
		{"a title kept upstream in a surname's entity", "Carrow Shire Mayor Leanne Petrakis visited the town.\n\n\"We'll rebuild,\" Cr Petrakis said.", "We'll rebuild,", "Leanne Petrakis"},
		{"organization nominal by the end of its name", "The National Weather Service said the tornado touched down at 6:42 p.m.\n\nForecasters had issued a warning 14 minutes before it struck, according to the weather service.", "Forecasters had issued a warning 14 minutes before it struck", "National Weather Service"},
		{"organization nominal over a later organization", "According to the Saudi Press Agency, the attacks struck the Khurais oil field. The agency did not mention casualties, but said exports were continuing.", "exports were continuing", "Saudi Press Agency"},
		{"organization named before its noun", "Staff at GMB were told on Monday.\n\nThe GMB union, which represents some staff, said it would seek assurances.", "it would seek assurances", "GMB"},
		{"began as a cue", "Linda Haskett and Tom Haskett run the bakery.\n\n\"We looked at the Grange hall back in 2016—\" Linda began.", "We looked at the Grange hall back in 2016—", "Linda Haskett"},
		{"partial after a second report takes the nearer cue", "Canegrowers, the industry body, said it was too early to tell, but its local manager, Sarah Okonkwo, said the damage was \"patchy but severe in places\".", "patchy but severe in places", "Sarah Okonkwo"},
		{"a plural-looking name with an organization in apposition", "Canegrowers, the industry body, said it was too early to put a figure on losses.", "it was too early to put a figure on losses", "Canegrowers"},
		{"pronoun after a kin subject of a couple", "Tom and Linda Haskett opened the bakery in 2005.\n\n\"It broke my heart,\" Linda Haskett said.\n\nHer husband, who does most of the baking, laughed. \"It broke my bank account,\" he said.\n\nTom Haskett, 58, bakes the bread.", "It broke my bank account,", "Tom Haskett"},
		{"two named speakers: the first", "The Investigative Committee opened a case. The FSB joined it.\n\nThe Investigative Committee and the Federal Security Service (FSB) said they believe gas was the trigger.", "they believe gas was the trigger", "Investigative Committee"},
		{"a possessor's text speaks for it", "The World Health Organization (WHO) met on Monday.\n\nMortality rates averaged around 50% according to WHO's statistics.", "Mortality rates averaged around 50%", "World Health Organization"},
		{"a deputy is not the holder; a holder named later", "Deputy Governor Oleg Klimov counted the missing.\n\nChelyabinsk's governor has promised each victim will be paid.\n\nGovernor Boris Dubrovsky visited the site.", "each victim will be paid", "Boris Dubrovsky"},
		{"title nominal for the speaker before when nobody holds it", "\"Warm water is attacking the shelves,\" said study co-author Karen Alley. The Wooster professor added, \"These effects matter.\"", "These effects matter.", "Karen Alley"},
		{"a backer before an organization's name", "Late on Sunday, the Kurdish-led Syrian Democratic Forces (SDF) announced it had entered into an agreement.", "it had entered into an agreement", "Syrian Democratic Forces"},
		{"a pronoun is not the person it speaks of", "Day married the musician Al Jorden in 1941. She said Jorden had been physically abusive to her.", "Jorden had been physically abusive to her", "<nil>"},
		{"a dateline before a participle's subject", "NEW DELHI: The Supreme Court on Monday pulled up the Centre over delays, saying the situation was \"very worrying\".", "very worrying", "Supreme Court"},
		{"a group described by where it is", "Farmers across the Darling Downs say they are running out of time to plant a crop.", "they are running out of time to plant a crop", "<nil>"},
		{"a quotation signed with a dash and a name", "\"Our lawyers will sue,\" said David Chen.\n\n\"We will rebuild, stronger than before\" — Karen Bass", "We will rebuild, stronger than before", "Karen Bass"},
		{"an editor's bracketed comma before the attribution", "\"As women we must stand up for each other[,]\" Baloch wrote on social media.", "As women we must stand up for each other[,]", "Baloch"},
		{"a title of two parts joined by and", "\"Stripes may dazzle flies[,]\" said study co-author and Royal Society University Research Fellow Martin How.", "Stripes may dazzle flies[,]", "Martin How"},
		{"a quotation of sentences glued to the writer's words", "Crosby left the series early. \"This is not what I wanted. I actually asked them to make up some fake legs\" to place at her station.", "This is not what I wanted. I actually asked them to make up some fake legs", "Crosby"},
		{"a nationality nominal", "\"It was a difficult game for us,\" Arne Slot told Sky Sports.\n\nThe Dutchman added that Mohamed Salah had a minor knock.", "Mohamed Salah had a minor knock", "Arne Slot"},
		{"cited as saying", "The BBC also cited Budi Gunawan, chief of the Indonesian State Intelligence Agency, as saying the suspects were linked to the network.", "the suspects were linked to the network", "Budi Gunawan"},
		{"read a statement from", "\"We mourn the loss of a great American,\" read a statement from the White House.", "We mourn the loss of a great American,", "White House"},
		{"according to a statement from", "\"The company will cooperate fully,\" according to a statement from Boeing.", "The company will cooperate fully,", "Boeing"},
		{"capitalized modal as a surname alone", "Theresa May faced a revolt.\n\nMay said: \"We have listened.\"", "We have listened.", "Theresa May"},
	})
}

// TestRound6Reported checks reported clauses after a subject with a
// relative clause or an age in apposition, and a report inside a relative
// clause that the sentence's own verb closes.
func TestRound6Reported(t *testing.T) {
	checkReports(t, []reportCase{
		{"apposition then a relative clause", "Its sponsor, state Representative Tom Sullivan, whose son was killed in the 2012 Aurora theater shooting, said he was relieved.", "he was relieved", "Tom Sullivan"},
		{"age then a relative clause", "Smith, 45, who lives in Denver, told reporters the fire started in the kitchen.", "the fire started in the kitchen", "Smith"},
		{"a number with a thousands comma in the subject's relative clause", "Campaigners, who handed a 14,000-signature petition to the town hall, said the cuts would fall hardest on older people.", "the cuts would fall hardest on older people", "<nil>"},
		{"a relative clause after the apposition", "Laura Bennett, a portfolio manager at a fund in Toronto, which owns Altavista shares, said the sale would mean a loss.", "the sale would mean a loss", "Laura Bennett"},
		{"existential there", "The institute has reported there have been 85% more wildfires in 2019.", "there have been 85% more wildfires in 2019", "<nil>"},
		{"a number after about", "The cooperative said about 2,300 customers were without power.", "about 2,300 customers were without power", "<nil>"},
		{"a gerund subject", "Laura Bennett said selling now would mean a loss.", "selling now would mean a loss", "Laura Bennett"},
		{"according to a source who said", "The shooting began at 10:39 a.m. local time, according to police, who said officers arrived six minutes later.", "The shooting began at 10:39 a.m. local time", "<nil>"},
		{"a concession of the writer's", "Quinlan said she was confident she had the votes, though she declined to say how many.", "she was confident she had the votes", "Quinlan"},
		{"a participle of the reported words stays", "He said social services are part of his plan, providing housing and job support.", "social services are part of his plan, providing housing and job support", "<nil>"},
		{"a participle of the writer's", "The council has confirmed it will close 11 of its 27 libraries, blaming a hole in its finances.", "it will close 11 of its 27 libraries", "<nil>"},
		{"without elaborating", "His daughter said he died in Britain without elaborating.", "he died in Britain", "<nil>"},
		{"an apposition to the clause", "The mayor said the city would buy the building, the largest bet yet by a small city that offices can be homes.", "the city would buy the building", "<nil>"},
		{"a list is no apposition", "They said arrests were made in Spain, the United Arab Emirates and the United Kingdom.", "arrests were made in Spain, the United Arab Emirates and the United Kingdom", "<nil>"},
		{"report in a relative clause closed by the sentence's verb", "Weld County Sheriff Steve Reams, who has said he would rather go to jail than enforce the law, was unmoved.", "he would rather go to jail than enforce the law", "Steve Reams"},
	})
}

// TestRound6DescribedAs checks that a fragment cue ("described … as") keeps
// a long quotation of a speaker that is no person, but not a term.
func TestRound6DescribedAs(t *testing.T) {
	qs := Find(`An NRA spokeswoman earlier described the bill as "a gross violation of due process."`)
	require.Len(t, qs, 1)
	assert.Equal(t, Partial, qs[0].Kind)
	assert.Empty(t, Find(`Critics called the policy "woke" on Monday.`))
}

// TestRound6SecondReport checks a second report after ", but".
func TestRound6SecondReport(t *testing.T) {
	qs := Find("Canegrowers, the industry body, said it was too early to put a figure on losses, but its local manager, Sarah Okonkwo, said the damage was severe in places.")
	require.Len(t, qs, 2, "%+v", qs)
	assert.Equal(t, "it was too early to put a figure on losses", qs[0].Text)
	assert.Equal(t, "the damage was severe in places", qs[1].Text)
	assert.Equal(t, "Sarah Okonkwo", str(qs[1].Speaker))
}

// TestRound6Marks checks quotations after a fragment cue's object, a
// participle, an inverted attribution without commas, a passive agent and
// "according to him".
func TestRound6Marks(t *testing.T) {
	tests := []struct {
		name, text, quote string
		kind              Kind
		speaker           string
	}{
		{"a fragment cue's object is no title", `Planning Board Chairman Walt Desrosiers called the project "exactly the kind of reuse we hope for" and said the board had received no letters.`, "exactly the kind of reuse we hope for", Partial, "Walt Desrosiers"},
		{"participle without a comma", `Greek Foreign Minister George Katrougalos emphasized the need for approval, saying "It is not only a great temple of Christendom."`, "It is not only a great temple of Christendom.", Direct, "George Katrougalos"},
		{"continuation after an inverted attribution without commas", `"We stand ready" tweeted Johnson "to provide whatever help we can."`, "to provide whatever help we can.", Direct, "Johnson"},
		{"partial in a participle report", `Analysts at Jefferies were more positive, writing in a note to clients that the shares traded at a discount that "more than reflects" the risks.`, "more than reflects", Partial, "Jefferies"},
		{"according to him", `Yahya Sarea spoke on TV. According to him, the attack was accomplished with the help of "honourable people inside the kingdom".`, "honourable people inside the kingdom", Partial, "Yahya Sarea"},
		{"passive agent of a fragment cue", `Election implications were described by Boris Johnson as a "historic mandate".`, "historic mandate", Partial, "Boris Johnson"},
		{"a fragment cue's named object", `Mark Feeney said the school would begin a search. He called Brennan "the foundation of everything we have built here."`, "the foundation of everything we have built here.", Partial, "Mark Feeney"},
		{"a subject before an adverb", `Lisa Mancini has been cosplaying for two years. She typically chooses "to portray beloved characters from childhood or strong females."`, "to portray beloved characters from childhood or strong females.", Partial, "Lisa Mancini"},
		{"partial after with a source saying", `The road remained closed, with the Department of Transport saying a section had been "substantially washed away".`, "substantially washed away", Partial, "Department of Transport"},
		{"with NAME describing", `Search and rescue was suspended, with Yevgeny Zinichev describing the "real threat of part of the building collapsing" as serious.`, "real threat of part of the building collapsing", Partial, "Yevgeny Zinichev"},
		{"subject after two lead-ins", `A month later, during the third primary debate, Beto O'Rourke defended his proposal, saying that "Hell yes, we're going to take your AR-15."`, "Hell yes, we're going to take your AR-15.", Partial, "Beto O'Rourke"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Find(tt.text)
			i := indexOfText(qs, tt.quote)
			require.GreaterOrEqual(t, i, 0, "%q not in %+v", tt.quote, qs)
			assert.Equal(t, tt.kind, qs[i].Kind)
			assert.Equal(t, tt.speaker, str(qs[i].Speaker))
		})
	}
}

// TestRound6Clauses checks reported clauses before a colon and a quotation,
// after an editor's bracketed stop, with a short subject before a long
// quotation, and after an anonymous source's tie.
func TestRound6Clauses(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"colon before a quotation", `Mike Ryan told the press the new drugs were only part of the solution: "What will stop Ebola is good surveillance."`, "the new drugs were only part of the solution"},
		{"after a bracketed stop", `Muyembe said, "From now on, we will no longer say that Ebola is incurable[.]" He went on to say thousands of deaths could be prevented.`, "thousands of deaths could be prevented"},
		{"a short subject before a long quotation", `Judge Durham Hall QC said they "appear not to have shown any respect for the minimum standards of decent behaviour."`, `they "appear not to have shown any respect for the minimum standards of decent behaviour."`},
		{"a source familiar with the matter", "The company had held talks with its lenders about extending a credit facility that matures next year, according to a person familiar with the matter, who declined to be named because the talks were private.", "The company had held talks with its lenders about extending a credit facility that matures next year"},
		{"a participle after a quotation's attribution", "\"The economy slipped into recession,\" she said, noting it was the worst since 2009.", "it was the worst since 2009"},
		{"a trailing attribution with a hearer and a participle", "A total of 39 are confirmed dead, officials told state media, adding that rescuers ended their work yesterday.", "rescuers ended their work yesterday"},
		{"with a source saying", "The road remained closed, with the department saying a section near the crossing had been washed away.", "a section near the crossing had been washed away"},
		{"a report after ', while' when the first clause has none", `He was told by Yevgeny Zinichev of "36 people under the rubble", while Deputy Governor Oleg Klimov indicated 68 people were missing.`, "68 people were missing"},
		{"declined to say", "She declined to say how the board was leaning.", ""},
		{"a question put to the speaker is no report", "Asked whether the bakery would change once it moves, the couple answered at the same time.", ""},
		{"but questioned whether", "Raymond Ortiz said he supported more housing downtown but questioned whether the city should take the risk.", "he supported more housing downtown"},
		{"according to a possessor's text after a percentage", "Mortality rates averaged around 50% according to WHO's statistics.", "Mortality rates averaged around 50%"},
		{"a locative after the subject", "Residents there told the press the officers claimed to be seeking a bomb.", "the officers claimed to be seeking a bomb"},
		{"an inverted aside after a subordinate clause", "Because warmer water is more buoyant, says the study, it rises above cooler water.", "warmer water is more buoyant, says the study, it rises above cooler water"},
		{"a bare hearer before a capitalized subject", "Tyler Herro told reporters the Heat would regroup.", "the Heat would regroup"},
		{"a nickname in marks inside the subject's name", "Senate President James ''Pate'' Philip said an override was unlikely.", "an override was unlikely"},
		{"a time phrase between the subject and its cue", "Another report from the Mexican government during the weekend said eight Mexicans died in the attack.", "eight Mexicans died in the attack"},
		{"a reduced relative in the subject", "A bench headed by Justice Sanjay Kishan Kaul said the government could not sit on recommendations indefinitely.", "the government could not sit on recommendations indefinitely"},
		{"an en dash inside a name and a verb read as a plural", `African Export–Import Bank president Okey Oramah said the use of third-party currencies "costs Africa between $5 and $7 billion," further saying, "Beyond that, it also reduces trade."`, `the use of third-party currencies "costs Africa between $5 and $7 billion,"`},
		{"quoted as saying", "Putin was quoted by state media as saying the operation would continue.", "the operation would continue"},
		{"indicated", "Health Minister Veronika Skvortsova indicated on Monday the chances of those trapped being found alive were diminishing.", "the chances of those trapped being found alive were diminishing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Find(tt.text)
			if tt.want == "" {
				assert.Empty(t, qs)
				return
			}
			i := indexOfText(qs, tt.want)
			require.GreaterOrEqual(t, i, 0, "%q not in %+v", tt.want, qs)
			assert.Equal(t, Indirect, qs[i].Kind)
		})
	}
	qs := Find(`Muyembe said, "From now on, we will no longer say that Ebola is incurable[.]"`)
	require.Len(t, qs, 1)
	assert.Equal(t, Direct, qs[0].Kind)
}

// TestRound6Sign checks that a text in marks before a work noun is no
// speech, even when it holds sentences.
func TestRound6Sign(t *testing.T) {
	assert.Empty(t, Find(`Protesters carried a "Where is David Cameron? Danny Dyer for PM" sign.`))
}

// TestRound6SingleMarks checks an article that quotes in single marks only,
// curly or straight, with apostrophes inside and after words.
func TestRound6SingleMarks(t *testing.T) {
	text := "‘We are grateful for their help,’ Detective Inspector Sarah Jones said. ‘This was a terrifying ordeal.’\n\n" +
		"Jones said the players' union had been told. 'It is a sad day,' she said. 'We don't know why.'\n\n" +
		"One neighbour said he was 'a loner who kept himself to himself'."
	want := []struct {
		text string
		kind Kind
	}{
		{"We are grateful for their help,", Direct},
		{"This was a terrifying ordeal.", Direct},
		{"It is a sad day,", Direct},
		{"We don't know why.", Direct},
		{"a loner who kept himself to himself", Partial},
	}
	qs := Find(text)
	for _, w := range want {
		i := indexOfText(qs, w.text)
		require.GreaterOrEqual(t, i, 0, "%q not in %+v", w.text, qs)
		assert.Equal(t, w.kind, qs[i].Kind, w.text)
	}
	// Double marks keep single quotes inside the quotation.
	qs = Find(`"He told me, 'Don't worry, Mum,'" she said.`)
	require.Len(t, qs, 1)
	assert.Equal(t, "He told me, 'Don't worry, Mum,'", qs[0].Text)
}
