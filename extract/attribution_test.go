package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAttribution: who a claim is attributed to, and through which outlets.
func TestAttribution(t *testing.T) {
	tests := []struct {
		name, text, speaker, via string
	}{
		{"a verb of speech joined by a hyphen is a word of a compound: know-how is no knowing", "Peru builds its patrol boats with Turkish know-how.", "", ""},
		{"a leader who pledges a transfer speaks", "Keir Starmer pledged 5,000 missiles to Ukraine.", "Keir Starmer", ""},
		{"a leader who announces a transfer speaks; a state does not", "Spain sent trucks to Ukraine. Pedro Sánchez announced a €1 billion arms package for Ukraine on Tuesday.", "Pedro Sánchez", ""},
		{"a minister who asks for a transfer speaks", "Defence Minister Anna Berg has asked allies for 30 more howitzers for Ukraine.", "Anna Berg", ""},
		{"a leader who presses for a transfer speaks", "Keir Starmer pressed Washington for more Patriot systems for Ukraine.", "Keir Starmer", ""},
		{"a leader who asked in a relative clause is not the clause's speaker", "Volodymyr Zelensky, who has asked Sweden for Gripen jets since 2023, thanked Stockholm.", "", ""},
		{"a leader who asks his own legislature for the aid his state gives is no speaker", "Joe Biden asked Congress for $20 billion for Ukraine.", "", ""},
		{"a leader said to travel to ask is not the speaker of the words", "Keir Starmer is flying to Washington to ask for more Patriot systems for Ukraine.", "", ""},
		{"a state that asks is not its own speaker", "Ukraine has asked Sweden for 30 more howitzers.", "", ""},
		{"a leader who rules out a transfer speaks", "Mark Rutte has ruled out sending F-35 jets to Ukraine.", "Mark Rutte", ""},
		{"initials of a speaker named before, not bracketed, are that speaker", "The Defence Intelligence Agency said Iran had sent drones to Russia. Later the DIA said Iran had also shipped 200 missiles to Russia.", "Defence Intelligence Agency", ""},
		{"the newspaper is the outlet named before", "Le Monde interviewed two officers. The newspaper said France had shipped 12 howitzers to Armenia.", "Le Monde", ""},
		{"evidence that confirms a passive is no speaker, nor is its subject", "Turkey's sale of six drones to Kenya was confirmed by flight records.", "", ""},
		{"a name before a state's title in apposition, with an article, speaks", "Hanna Kowalska, the Polish deputy defence minister, said Poland had sent 12 howitzers to Ukraine.", "Hanna Kowalska", ""},
		{"said that", "Defence Minister Shin Won-sik said that North Korea had sent 6,700 containers to Russia.", "Shin Won-sik", ""},
		{"a speaker after a semicolon says nothing before it", "Denmark pledged 200 million euros to Ukraine; Germany said it would contribute more.", "", ""},
		{"inverted", "North Korea sent 1,000 containers to Russia, the White House said.", "White House", ""},
		{"according to", "According to the Pentagon, Iran sent drones to Russia.", "Pentagon", ""},
		{"a Gulf state is no verb of speech", "The Gulf state already flies Rafale jets bought from France, Qatar said.", "Qatar", ""},
		{"a place before the comma is no name in apposition", "Iran sent 300,000 shells to Russia via Astrakhan, the source said.", "source", ""},
		{"an institution after the comma is no title", "Taiwan received 38 Abrams tanks from the United States at a base in Hsinchu, the Ministry of National Defense said.", "Ministry of National Defense", ""},
		{"the company is the firm named", "Korea Aerospace Industries has won a deal to export 18 FA-50 jets to Malaysia, the company said on Friday.", "Korea Aerospace Industries", ""},
		{"who made a determination approving a sale announces it", "The State Department has made a determination approving a possible Foreign Military Sale to the Government of Norway of 24 AIM-9X missiles.", "State Department", ""},
		{"a verb of speech outranks the determination", "The State Department made a determination approving a possible sale to Taiwan of 20 tanks, the Pentagon said.", "Pentagon", ""},
		{"the firm described by its origin is the firm named", "Saab has signed a contract with Thailand for four Gripen fighters, the Swedish company said on Monday.", "Saab", ""},
		{"the firm described by its trade is the firm named", "Austria has ordered four C-390 transport aircraft from Embraer, the Brazilian planemaker said.", "Embraer", ""},
		{"a news agency is its outlet", "Iran's Tasnim news agency reported that Yak-130 trainers had been delivered from Russia to Iran.", "Tasnim", ""},
		{"according to a title, the name in apposition", "According to the head of Ukraine's Defence Intelligence, Kyrylo Budanov, North Korea has handed over 148 missiles to Russia.", "Kyrylo Budanov", ""},
		{"according to diplomats", "According to Western diplomats, Iran sent drones to Russia.", "Western diplomats", ""},
		{"according to, with modifiers", "According to a senior US official, Iran shipped missiles to Russia.", "US official", ""},
		{"found reports what was found", "Russian entities supplied Su-30 fighter jets to Myanmar, Andrews found.", "Andrews", ""},
		{"according to a body a place only locates", "Turkey has shipped drones to Libya, according to a British-based war monitor.", "British-based war monitor", ""},
		{"two voices, the nearer speaks", "Ukrainian officials say the strikes go on, and the White House said in January that Pyongyang had provided Moscow with ballistic missiles.", "White House", ""},
		{"the agency named before", "The National Intelligence Service briefed lawmakers on Monday. The spy agency said North Korea had sent 1,500 troops to Russia.", "National Intelligence Service", ""},
		{"cited by", "According to three officials cited by Reuters, Iran shipped missiles to Russia.", "Reuters", "Reuters"},
		{"interview with", "Shin told Bloomberg in an interview that Pyongyang shipped 10,000 containers to Moscow.", "Shin", "Bloomberg"},
		{"the news agency", "Bloomberg published the interview on Friday. Shin said in an interview with the news agency that North Korea sent shells to Russia.", "Shin", "Bloomberg"},
		{"pronoun", "Josep Borrell spoke in Brussels. He said the EU had delivered 500,000 shells to Ukraine.", "Josep Borrell", ""},
		{"appositive", "The EU has delivered 500,000 shells to Ukraine, the bloc's top diplomat, Josep Borrell, said.", "Josep Borrell", ""},
		{"acronym", "The National Intelligence Service (NIS) briefed lawmakers. The NIS said North Korea sent 1,500 troops to Russia.", "National Intelligence Service", ""},
		{"alias in brackets", "The Ministry of Defence (MoD) announced that Britain had sent 14 tanks to Ukraine.", "Ministry of Defence", ""},
		{"title named before", "Finnish President Alexander Stubb spoke in Helsinki. Finland will send 20 howitzers to Ukraine, the president said.", "Alexander Stubb", ""},
		{"honorific", "Ms Frederiksen said Denmark would provide 19 F-16 jets to Ukraine.", "Frederiksen", ""},
		{"impersonal passive", "Russia is believed to have provided air defence systems to North Korea.", "", ""},
		{"own voice", "Russia has provided technical assistance to North Korea.", "", ""},
		{"quotation then speaker", "“We are sending 40 Scalp missiles to Ukraine,” Macron said.", "Macron", ""},
		{"name before title", "Shin Won-sik, South Korea's defence minister, told Bloomberg that North Korea has sent 4.8 million rounds to Russia.", "Shin Won-sik", "Bloomberg"},
		{"according to outranks the outlet", "According to Shin Won-sik, North Korea has sent 4.8 million rounds to Russia, Bloomberg reported.", "Shin Won-sik", "Bloomberg"},
		{"speaking to", "Speaking to Bloomberg, Shin Won-sik said North Korea has sent 4.8 million rounds to Russia.", "Shin Won-sik", "Bloomberg"},
		{"name before a title with an article", "North Korea will send troops to Russia, Sergei Shoigu, the secretary of Russia's Security Council, said.", "Sergei Shoigu", ""},
		{"pronoun for the speaker just named", "Yuri Ushakov spoke in Moscow. Shin Won-sik said that Pyongyang had sent 10,000 containers to Russia, which he estimated could hold 4.8 million shells.", "Shin Won-sik", ""},
		{"a state's media", "North Korea sent shells to Russia, according to South Korean media.", "South Korean media", ""},
		{"a capital speaks for its state", "North Korea sent shells to Russia, Tokyo said.", "Japan", ""},
		{"an institution after a list", "The US sent Ukraine 40 howitzers and 30 Humvees, the Pentagon said.", "Pentagon", ""},
		{"panel", "North Korea supplied Russia with KN-23 missiles, a UN panel said.", "UN panel", ""},
		{"institution with for", "North Korea supplied Russia with KN-23 missiles, the Institute for the Study of War said.", "Institute for the Study of War", ""},
		{"institution with for and and", "According to the Center for Strategic and International Studies, Iran sent 400 drones to Russia.", "Center for Strategic and International Studies", ""},
		{"report by", "North Korea supplied Russia with KN-23 missiles, according to a report by Conflict Armament Research.", "Conflict Armament Research", ""},
		{"passive agent", "Russia's purchase of Shahed drones from Iran was confirmed by the Pentagon.", "Pentagon", ""},
		{"state media", "Russia will sell jets to Iran, Iranian state media reported.", "Iranian state media", ""},
		{"a compound before a title", "Belarus handed 122 tanks to Russia, according to open-source analysts.", "open-source analysts", ""},
		{"a name set off by a relative clause", "Kirby, who spoke to reporters, said Iran sent 400 drones to Russia.", "Kirby", ""},
		{"an official set off by a relative clause", "An official, who spoke on condition of anonymity, said Iran sent 400 drones to Russia.", "official", ""},
		{"a title after the country's", "Ukraine has received Archer howitzers from Sweden, the country's defense minister said.", "defense minister", ""},
		{"a joined clause in the text's own voice", "Germany said it would deliver 14 tanks to Ukraine, and the Netherlands pledged 18 F-16s.", "", ""},
		{"a joined clause shifted back is reported", "Shin said North Korea had sent shells to Russia, and Iran had sent drones to Russia.", "Shin", ""},
		{"an institution after a place", "The US Navy seized a shipment of Iranian missile parts bound for the Houthis in the Arabian Sea, U.S. Central Command said.", "U.S. Central Command", ""},
		{"who denies speaks", "Iran's foreign minister denied that Tehran had sent any missiles to Moscow.", "Iran's foreign minister", ""},
		{"a quote after a denial", "Iran's foreign minister denied that Tehran had sent drones to Moscow. \"Iran has not transferred missiles to Russia,\" he told reporters.", "Iran's foreign minister", ""},
		{"said before the speaker, after a recipient", "North Korea has shipped 6,700 containers to Russia, said South Korean Defense Minister Shin Won-sik.", "Shin Won-sik", ""},
		{"said before a title", "Iran sent 400 drones to Russia, said South Korea's defence minister.", "South Korea's defence minister", ""},
		{"name before a long title", "North Korea sent 1,000 containers to Russia, John Kirby, the National Security Council spokesman at the White House, said.", "John Kirby", ""},
		{"who speaks after but speaks for what follows", "Iran denies arming the Houthis, but UN experts say otherwise.", "Iran", ""}, // the denier, not the experts
		{"a speaker after but whose verb ends the clause speaks for all", "North Korea sent shells to Russia, but in small numbers, officials said.", "officials", ""},
		{"a state's body that calls the reports false speaks", "A UN panel said Iran supplied missiles to the Houthis. Tehran's mission to the UN called the accusations unfounded.", "Tehran's mission to the UN", ""},
		{"a state's ministry that rejects the reports speaks", "A UN panel said Iran supplied missiles to the Houthis. Iran's foreign ministry has rejected the accusations.", "Iran's foreign ministry", ""},
		{"who never disclosed speaks for nothing", "Turkey sold TB2 drones to Azerbaijan in 2020. Ankara has never disclosed how many of the drones it sold to Baku.", "", ""},
		{"an estimated count names no speaker", "An estimated 11,000 North Korean troops were sent to Russia.", "", ""},
		{"announced today that", "The Pentagon announced today that the US would send 20 tanks to Ukraine.", "Pentagon", ""},
		{"announced on a date that", "The Pentagon announced on Monday that the US would send 20 tanks to Ukraine.", "Pentagon", ""},
		{"who puts the total at a figure speaks", "South Korea said North Korea had shipped 1 million shells to Russia. Ukraine's military intelligence put the total at 3.5 million rounds.", "Ukraine's military intelligence", ""},
		{"who denies another state's claims that speaks", "Minsk has denied Ukrainian claims that it sent tanks to Russia.", "Belarus", ""},
		{"a state's body that denies supplying speaks", "Iran's foreign ministry has repeatedly denied supplying any drones to Russia.", "Iran's foreign ministry", ""},
		{"a state that denies in its own name speaks", "Iran denies arming the Houthis.", "Iran", ""},
		{"a capital that denies speaks by the name the text gives", "Tehran has long denied supplying weapons to the Houthis.", "Tehran", ""},
		{"who was quoted as saying speaks", "Shoigu was quoted by the TASS news agency as saying that Russia had sent no weapons to Iran.", "Shoigu", "TASS"},
		{"who announced at a summit speaks", "Canada will send 50 armoured vehicles to Ukraine, Defence Minister Bill Blair announced at the NATO summit.", "Bill Blair", ""},
		{"the noun a which-clause of speech is on speaks", "The report came from the Pentagon, which said that Iran had sent 400 drones to Russia.", "Pentagon", ""},
		{"a dateline with an agency speaks for nothing", "SEOUL, Nov 4 (Reuters) - North Korea has sent 10,000 troops to Russia.", "", ""},
		{"a hyphenated title is no part of the name after it", "Germany will send two more Patriot systems to Ukraine, Secretary-General Ola Berg said.", "Ola Berg", ""},
		{"a military rank is a title", "Iran has sent 200 missiles to Russia, Lieutenant-General Ivan Petrenko said.", "Ivan Petrenko", ""},
		{"a given name of two syllables", "North Korea has sent 10,000 troops to Russia, lawmaker Lee Seong-kweun said.", "Lee Seong-kweun", ""},
		{"a name with Jr.", "The Philippines will buy 12 FA-50 jets from South Korea, Defence Secretary Gilberto Teodoro Jr. said.", "Gilberto Teodoro Jr", ""},
		{"people familiar with the matter", "Qatar will buy MQ-9B drones from the US, two people familiar with the matter said.", "two people familiar with the matter", ""},
		{"according to a document", "According to the document, Egypt would also supply Moscow with artillery rounds.", "document", ""},
		{"the statement is who issued it, not a place in apposition", "Iran has supplied Russia with Shahed drones, the Defence Intelligence of Ukraine said in a statement. Iran also shipped ammunition to Russia across the Caspian Sea, the statement said.", "Defence Intelligence of Ukraine", ""},
		{"announced, then a visit, speaks", "Serbia signed a contract to buy 12 Rafale fighters from France, President Aleksandar Vucic announced during a visit by French President Emmanuel Macron.", "Aleksandar Vucic", ""},
		{"whose count it is speaks", "By the JCS count, the North has also handed over some 220 artillery pieces to Russia.", "JCS", ""},
		{"whose count closes the sentence speaks", "Iran has sent 2,400 drones to Russia, by Ukraine's count.", "Ukraine", ""},
		{"one estimate is no one's", "By one estimate, Iran has sent 2,400 drones to Russia.", "", ""},
		{"announced and a date with no preposition", "The Netherlands has completed delivery of all 24 F-16 jets it pledged to Ukraine, Dutch Defense Minister Ruben Brekelmans announced May 26.", "Ruben Brekelmans", ""},
		{"announced late on a day", "The State Department has approved the sale of 40 F-35 jets to Greece, the Defense Security Cooperation Agency announced late Friday.", "Defense Security Cooperation Agency", ""},
		{"who dismissed a report as something, saying, speaks", "Iran's foreign ministry spokesman Nasser Kanaani dismissed the report as \"ugly propaganda\", saying Tehran had not sent ballistic missiles to Russia.", "Nasser Kanaani", ""},
		{"a firm described before its name and a participle's aside", "However, the Turkish company Baykar, having learned about the campaign, announced that it would hand over three drones to Ukraine.", "Baykar", ""},
		{"an outlet that has been told relays it", "Iran has secretly sent Russia more than 300,000 artillery shells, Sky News has been told.", "Sky News", ""},
		{"people aware of the matter", "Armenia has ordered Pinaka rocket launchers from India, people aware of the matter said.", "people aware of the matter", ""},
		{"according to people familiar with the matter", "Armenia has ordered Pinaka rocket launchers from India, according to people familiar with the matter.", "people familiar with the matter", ""},
		{"an embassy in a capital", "The US embassy in Kyiv said the US had sent 31 Abrams tanks to Ukraine.", "US embassy in Kyiv", ""},
		{"a state's embassy", "Japan will send 100 trucks to Ukraine, Japan's embassy said in a statement.", "Japan's embassy", ""},
		{"who ridicules reports that speaks", "Maria Zakharova ridiculed Western reports that thousands of North Korean soldiers had been sent to fight for Russia.", "Maria Zakharova", ""},
		{"a body after a comma is no title of the name before", "Tokyo has agreed to provide Bangladesh's navy with patrol boats, the first such package for South Asia, Japan's embassy said.", "Japan's embassy", ""},
		{"who puts the number at a figure speaks", "Kyiv puts the number of Iranian drones handed over to Russia so far at about 2,400.", "Ukraine", ""},
		{"who speaks after a comma and speaks for what follows", "Denmark has spent about 1.3 billion euros on weapons for Ukraine, and Sweden announced on Monday it would contribute 135 million euros to Ukraine's defence.", "Sweden", ""},
		{"the clause before a comma and a new speaker is the text's own", "Denmark has sent 19 F-16 jets to Ukraine, and Sweden announced on Monday it would send Gripens.", "Sweden", ""},
		{"according to him is the speaker last named", "Estonia will send Ukraine a package worth 113 million euros, Defence Minister Hanno Pevkur announced. According to him, the package includes dozens of FH70 howitzers.", "Hanno Pevkur", ""},
		{"who rejects the claims that speaks", "Alexander Lukashenko rejected the claims that Belarus had handed its S-300 air defence systems to Russia.", "Alexander Lukashenko", ""},
		{"the name before a relative aside speaks", "Secretary of the Security Council of the Russian Federation Sergei Shoigu, who arrived in Pyongyang on the instructions of President Vladimir Putin, said that the DPRK will send 1,000 sappers to the Kursk region.", "Sergei Shoigu", ""},
		{"affairs is a word of a title", "Minister of Foreign Affairs Seyed Abbas Araghchi said that Iran had not delivered ballistic missiles to Russia.", "Seyed Abbas Araghchi", ""},
		{"evidence that shows speaks with no name after the verb", "Images of the base, near the capital, show Chinese-designed drones that were supplied by the UAE to Ethiopia.", "", ""},
		{"a middle initial is part of the name", "Pentagon Press Secretary John F. Kirby told reporters that the United States had sent drones to Ukraine.", "John F. Kirby", ""},
		{"name before a title with for", "Iran had not supplied Russia with drones, Nasser Kanaani, a spokesman for the Iranian foreign ministry, said.", "Nasser Kanaani", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claims := Extract(tt.text, Options{})
			if len(claims) == 0 {
				t.Fatalf("%s: no claim", tt.text)
			}
			c := claims[len(claims)-1]
			if c.Speaker != tt.speaker || strings.Join(c.Via, ",") != tt.via {
				t.Errorf("%s\n speaker %q via %q, want %q via %q", tt.text, c.Speaker, c.Via, tt.speaker, tt.via)
			}
		})
	}
}

// TestActors: names, demonyms, capitals, leaders and blocs resolve to codes;
// names inside longer names do not.
func TestActors(t *testing.T) {
	tests := []struct{ text, want string }{
		{"North Korea and the DPRK and Pyongyang", "KP KP KP"},
		{"the U.S., the US, Washington and the Pentagon", "US US US US"},
		{"Kyiv, Kiev, Zelensky and Ukrainian", "UA UA UA UA"},
		{"the Kremlin, Putin and Russian", "RU RU RU"},
		{"the EU and NATO and the G7", "EU NATO G7"},
		{"Congress and the Biden administration", "US US"},
		{"neither Iran nor North Korea", "IR KP"},
		{"the Houthis and Hezbollah", "YE LB"},
		{"the South China Sea and the Washington Post", ""},
		{"ships in the North Sea and the South Caucasus", ""},
		{"the North and the South", "KP KR"},
		{"the north of the country", ""},
		{"the North African country and the South American nation", ""},
		{"the South Sudanese army and the South African firm", "SS ZA"},
		{"The North Sends Troops", "KP"},
		{"Kim Jong-un and Kim Jong Un", "KP KP"},
		{"Russia handed Iran S-300PMU-2 systems", "RU IR"},
	}
	for _, tt := range tests {
		_, s := oneSentence(tt.text)
		var got []string
		for _, m := range s.actors {
			got = append(got, m.ref.Code)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, strings.Join(got, " "), tt.want)
		}
	}
}

// TestPhrases: materiel phrases, their kind and their count.
func TestPhrases(t *testing.T) {
	tests := []struct{ text, want string }{
		{"sent 4.8 million rounds of ammunition", "rounds of ammunition|ammunition|4.8e+06"},
		{"sent dozens of ballistic missiles", "ballistic missiles|missile|24"},
		{"sent F-16s", "F-16s|aircraft|-"},
		{"sent 50 domestically produced 170mm self-propelled howitzers", "domestically produced 170mm self-propelled howitzers|artillery|50"},
		{"sent one Pantsir-class combat vehicle", "Pantsir-class combat vehicle|air_defense|1"},
		{"sent six Zolfaghar-class fast attack boats", "Zolfaghar-class fast attack boats|ship|6"},
		{"sold two Iskander-class patrol boats", "Iskander-class patrol boats|ship|2"},
		{"bought armoured vehicles and naval vessels", "armoured vehicles|armored_vehicle|-;naval vessels|ship|-"},
		{"provided help with the reactor for a nuclear-powered submarine", "help with the reactor for a nuclear-powered submarine|technology|-"},
		{"asked Ankara for help building a drone repair facility", "help building a drone|technology|-"},
		{"sent drones and help with ballistic missiles", "drones|drone|-;help with ballistic missiles|technology|-"},
		{"supplied missile materials", "missile materials|technology|-"},
		{"provided technology for submarine propulsion", "technology for submarine propulsion|technology|-"},
		{"supplied cruise missile guidance", "cruise missile guidance|technology|-"},
		{"sent Storm Shadow missiles", "Storm Shadow missiles|missile|-"},
		{"sent ammunition for tanks", "ammunition for tanks|ammunition|-"},
		{"sent the first 6 of 24 Rafale jets", "Rafale jets|aircraft|6"},
		{"sent eighty-two (82) M142 HIMARS", "M142 HIMARS|artillery|82"},
		{"the navy seized Iranian arms", "Iranian arms|other|-"},
		{"it intercepted North Korean shells", "North Korean shells|ammunition|-"},
		{"displayed the seized Iranian arms", "seized Iranian arms|other|-"},
		{"hundreds more armoured and protected vehicles", "protected vehicles|armored_vehicle|200"},
		{"handed over two Hamilton-class cutters", "Hamilton-class cutters|ship|2"},
		{"ordered 12 Yak-130 jet trainers", "Yak-130 jet trainers|aircraft|12"},
		{"sent depth charges and radios", "depth charges|ammunition|-;radios|other|-"},
		{"donated wire cutters", ""},
		{"delivered two NASAMS fire units", "NASAMS fire units|air_defense|2"},
		{"faced heavy artillery fire", ""},
		{"sent two IRIS-T launch systems", "IRIS-T|air_defense|2"},
		{"after a missile launch", ""},
		{"had between 800 and 1,200 fighters", "fighters|personnel|800"},
		{"sent Syrian fighters", "Syrian fighters|personnel|-"},
		{"sent 24 fighters", "fighters|aircraft|24"},
		{"will deploy a Terminal High Altitude Area Defense battery", "Terminal High Altitude Area Defense battery|air_defense|1"},
		{"included Joint Direct Attack Munitions", "Joint Direct Attack Munitions|ammunition|-"},
		{"sold Chinese fighters", "Chinese fighters|aircraft|-"},
		{"sold Moscow a licence to manufacture", "licence to manufacture|technology|-"},
		{"sent 300 peacekeepers", "peacekeepers|personnel|300"},
		{"ordered two FREMM and 18 Tejas", "FREMM|ship|2;Tejas|aircraft|18"},
		{"saw a spike in attacks", ""},
		{"supply optical sights and chips", "optical sights|technology|-;chips|technology|-"},
		{"left aboard a C-17A transport plane", ""},
		{"a think tank said", ""},
		{"the missile programme grew", ""},
		{"pledged $60 million to pay soldiers' salaries", ""},
		{"will pay the soldiers", ""},
		{"sent soldiers and their pay", "soldiers|personnel|-"},
		{"lowered the threshold for the use of atomic weapons", ""},
		{"sent heavy weapons, including 10 tanks", "heavy weapons|other|-;tanks|armored_vehicle|10"},
		{"released drone footage of the strike", ""},
		{"built bomb shelters", ""},
		{"after a missile alert", ""},
		{"sent 500 shell casings", "shell casings|technology|500"},
		{"shared submarine designs", "submarine designs|technology|-"},
		{"ordered 24 Typhoon jets", "Typhoon jets|aircraft|24"},
		{"after Typhoon Haiyan struck", ""},
		{"handed Biden a letter from a Ukrainian soldier", ""},
		{"recruited 500 fighters from the Wagner Group", "fighters|personnel|500"},
		{"sent fighters of the Wagner Group", "fighters|personnel|-"},
		{"sent fighters from Iraq's Kataib Hezbollah", "fighters|personnel|-"},
		{"sent fighters from Russia", "fighters|aircraft|-"},
		{"bought fighters from Rosoboronexport", "fighters|aircraft|-"},
		{"sent weapons and fighters", "weapons|other|-;fighters|personnel|-"},
		{"sent fighters and mercenaries", "fighters|personnel|-;mercenaries|personnel|-"},
		{"sent tanks and fighters", "tanks|armored_vehicle|-;fighters|aircraft|-"},
		{"gave Pyongyang air defence equipment and electronic warfare systems", "air defence|air_defense|-;electronic warfare systems|other|-"},
		{"has given a Pantsir system and electronic jamming equipment", "Pantsir system|air_defense|1;electronic jamming equipment|other|-"},
		{"sent troops and F-16 fighters", "troops|personnel|-;F-16 fighters|aircraft|-"},
		{"sold weapons and multirole fighters", "weapons|other|-;multirole fighters|aircraft|-"},
		{"a battalion of tanks, comprising 14 vehicles", "tanks|armored_vehicle|14"},
		{"approved the use of ATACMS missiles inside Russia", ""},
	}
	for _, tt := range tests {
		d, s := oneSentence(tt.text)
		s.quants = Quantities(d.toks, s.lo, s.hi)
		for _, q := range s.quants {
			for j := q.Lo; j < q.Hi; j++ {
				s.inQty[j] = true
			}
		}
		var got []string
		for _, p := range s.phrases() {
			q := "-"
			if p.qty != nil && p.qty.Min != nil {
				q = strings.TrimSpace(strings.Replace(fmtFloat(*p.qty.Min), " ", "", -1))
			}
			got = append(got, tt.text[d.toks[p.lo].Start:d.toks[p.hi-1].End]+"|"+string(p.cat)+"|"+q)
		}
		if strings.Join(got, ";") != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, strings.Join(got, ";"), tt.want)
		}
	}
}

// TestWordEnds: the tests canonical makes of a name against an earlier
// speaker are the string operations they stand for.
func TestWordEnds(t *testing.T) {
	for _, s := range []string{"Shin Won-sik", "Shin", "Defence Ministry", "the ministry", "Mr Shin", "", " ", "Won Shin",
		"ŞIN Shin", "İstanbul Ministry", "Kharkiv MINISTRY", "ministry", "x ministry", "Shin ", " Shin"} {
		for _, w := range []string{"Shin", "shin", "ministry", "Ministry", "", "won-sik", "şin", "istry"} {
			if got, want := lastWordIs(s, w), strings.HasSuffix(s, " "+w); got != want {
				t.Errorf("lastWordIs(%q, %q) = %v, want %v", s, w, got, want)
			}
			if got, want := firstWordIs(s, w), strings.HasPrefix(s, w+" "); got != want {
				t.Errorf("firstWordIs(%q, %q) = %v, want %v", s, w, got, want)
			}
			if w != strings.ToLower(w) {
				continue
			}
			if got, want := lastWordIsFold(s, w), strings.HasSuffix(strings.ToLower(s), " "+w); got != want {
				t.Errorf("lastWordIsFold(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}

// TestTokensOfSpan: a stretch of a text's tokens that opens on no clitic is
// what the stretch's text alone tokenizes to, in all that lexicon matching
// reads (word, kind, capital, joiner), so outletNamed matches outlets on the
// text's tokens instead of tokenizing a speaker's name again. It is checked
// over every stretch of up to eight tokens of the examples and, when they
// are here, the shared passages; a trailing "'s" is cut as speakerName cuts it.
func TestTokensOfSpan(t *testing.T) {
	texts := exampleTexts(t)
	if len(texts) == 0 {
		t.Skip("no texts")
	}
	for _, text := range texts {
		d := &doc{textState: textState{text: text}, toks: Tokenize(text)}
		for lo := range d.toks {
			for hi := lo + 1; hi <= len(d.toks) && hi <= lo+8; hi++ {
				full := text[d.toks[lo].Start:d.toks[hi-1].End]
				name := strings.TrimSuffix(strings.TrimSuffix(full, "'s"), "’s")
				sub, ok := d.tokensOf(&speaker{name: name, from: span{lo, hi}})
				if !ok {
					continue
				}
				alone := Tokenize(name)
				if !sameForMatching(sub, alone) {
					t.Fatalf("%q: the text's tokens differ from its own", name)
				}
				if outletIn(sub) != outletIn(alone) {
					t.Fatalf("%q: outlet %q, alone %q", name, outletIn(sub), outletIn(alone))
				}
			}
		}
	}
}

// sameForMatching reports whether two token lists agree in what Trie.Match reads.
func sameForMatching(a, b []Token) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		x, y := &a[k], &b[k]
		if x.word != y.word || x.Norm != y.Norm || x.Kind != y.Kind || x.Cap != y.Cap || Joiner(a, k) != Joiner(b, k) {
			return false
		}
	}
	return true
}

// exampleTexts returns the texts of the examples and of the shared
// passages that are here.
func exampleTexts(t *testing.T) []string {
	var texts []string
	md, _ := filepath.Glob(filepath.Join("..", "examples", "*.md"))
	for _, p := range md {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, rel := range []string{"eval/dev.jsonl", "eval/seed.jsonl"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "shared", rel))
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(b), "\n") {
			var p struct{ Text string }
			if json.Unmarshal([]byte(line), &p) == nil && p.Text != "" {
				texts = append(texts, p.Text)
			}
		}
	}
	return texts
}

// TestSpeakerAfterAndSpeaksForWhatFollows: a speech verb after ", and" that
// goes on to say something leaves the clause before it in the text's voice.
func TestSpeakerAfterAndSpeaksForWhatFollows(t *testing.T) {
	claims := Extract("Denmark has sent 19 F-16 jets to Ukraine, and Sweden announced on Monday it would send Gripens to Ukraine.", Options{})
	if len(claims) != 2 {
		t.Fatalf("got %d claims, want 2", len(claims))
	}
	if claims[0].Speaker != "" || claims[1].Speaker != "Sweden" {
		t.Errorf("speakers %q and %q, want \"\" and \"Sweden\"", claims[0].Speaker, claims[1].Speaker)
	}
}
