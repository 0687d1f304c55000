package extract

import (
	"fmt"
	"strings"
	"testing"

	"armsledger"
)

// brief writes a claim as "KP>RU ammunition 4800000..4800000 round delivered"
// for compact test tables.
func brief(c armsledger.Claim) string {
	q := "-"
	if c.Quantity != nil {
		f := func(v *float64) string {
			if v == nil {
				return ""
			}
			return fmt.Sprintf("%g", *v)
		}
		q = f(c.Quantity.Min) + ".." + f(c.Quantity.Max) + " " + c.Quantity.Unit
	}
	return fmt.Sprintf("%s>%s %s %s %s", strings.Join(c.Suppliers, "+"), strings.Join(c.Recipients, "+"), c.Category, q, c.Status)
}

func briefs(text string) []string {
	var out []string
	for _, c := range Extract(text, Options{}) {
		out = append(out, brief(c))
	}
	return out
}

// TestFrames: each transfer pattern of English the frames stage reads, in
// sentences written for this test.
func TestFrames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"active with to", "Pyongyang has shipped 2 million artillery shells to Moscow.",
			[]string{"KP>RU ammunition 2e+06..2e+06 round delivered"}},
		{"provided Y with Q", "Tehran provided Moscow with dozens of Shahed drones.",
			[]string{"IR>RU drone 24..99 item delivered"}},
		{"supplied Y with Q", "Belarus supplied Russia with at least 60 tanks.",
			[]string{"BY>RU armored_vehicle 60.. item delivered"}},
		{"double object", "Germany will give Ukraine 40 Marder vehicles.",
			[]string{"DE>UA armored_vehicle 40..40 item expected"}},
		{"passive with by", "Some 300 howitzers were sent to Ukraine by Poland.",
			[]string{"PL>UA artillery 300..300 item delivered"}},
		{"reduced relative", "The drones supplied by Iran to Russia have been used in attacks.",
			[]string{"IR>RU drone - delivered"}},
		{"nominal from", "Deliveries of Iranian drones to Russia continued in May.",
			[]string{"IR>RU drone - delivered"}},
		{"nominal possessive", "Iran's shipment of missiles to the Houthis was seized.",
			[]string{"IR>YE missile - delivered"}},
		{"receiving", "Poland received 24 K9 howitzers from South Korea.",
			[]string{"KR>PL artillery 24..24 item delivered"}},
		{"receiving, giver left open", "Greece will receive 18 more fighter jets next year.",
			[]string{">GR aircraft 18..18 item expected"}},
		{"arriving for, giver left open", "Ten howitzers for Ukraine arrived in Poland last week.",
			[]string{">UA artillery 10..10 item delivered"}},
		{"count restated", "Germany will provide Ukraine with one company of Leopard 2 tanks, which comprises 14 vehicles.",
			[]string{"DE>UA armored_vehicle 14..14 item expected"}},
		{"count restated by a participle", "Norway sent Ukraine a squadron of fighter jets numbering 12 aircraft.",
			[]string{"NO>UA aircraft 12..12 item delivered"}},
		{"working to", "Germany is working to deliver more tanks to Ukraine.",
			[]string{"DE>UA armored_vehicle - expected"}},
		{"infinitive 'ship' is a verb", "Iran tried to ship missiles to Yemen.",
			[]string{"IR>YE missile - expected"}},
		{"bought for", "Denmark bought 18 howitzers for Ukraine.",
			[]string{"DK>UA artillery 18..18 item committed"}},
		{"led by a state, secured", "The Czech-led initiative has secured 500,000 shells for Kyiv.",
			[]string{"CZ>UA ammunition 500000..500000 round committed"}},
		{"denies it is", "China denies it is providing lethal aid to Russia.",
			[]string{"CN>RU other - denied"}},
		{"denied a named object", "Germany denied Ukraine the Taurus missiles.",
			[]string{"DE>UA missile - denied"}},
		{"a word for news in a list is no report", "Britain sent training teams and 30 tanks to Ukraine.",
			[]string{"GB>UA armored_vehicle 30..30 item delivered"}},
		{"sender named but no state", "Western allies have sent hundreds of tanks to Ukraine.",
			[]string{">UA armored_vehicle 200..999 item delivered"}},
		{"passive sender named but no state", "More than 40 tanks have been pledged to Ukraine by European countries.",
			[]string{">UA armored_vehicle 40.. item committed"}},
		{"a package names its flow", "Washington's latest package for Kyiv includes 12 howitzers.",
			[]string{"US>UA artillery 12..12 item committed"}},
		{"a shipment names its flow", "The German shipment to Ukraine contained 40 Marder vehicles.",
			[]string{"DE>UA armored_vehicle 40..40 item delivered"}},
		{"sourced for", "Slovakia sourced 5,000 shells from third countries for Ukraine.",
			[]string{"SK>UA ammunition 5000..5000 round committed"}},
		{"containers take their contents' origin", "About 13,000 containers of North Korean weapons have reached Russia.",
			[]string{"KP>RU container 13000..13000 container delivered", "KP>RU other - delivered"}},
		{"'remains' as a verb is no body", "Tension remains high as North Korea sends troops to Russia.",
			[]string{"KP>RU personnel - delivered"}},
		{"perfect after an adverb is active", "Poland must replace the 200 tanks it has already handed to Ukraine.",
			[]string{"PL>UA armored_vehicle 200..200 item delivered"}},
		{"for X to", "The plan is for Poland to send 20 tanks to Ukraine.",
			[]string{"PL>UA armored_vehicle 20..20 item expected"}},
		{"for X and partners to", "The aim is for Norway and its partners to deliver 30 howitzers to Ukraine.",
			[]string{"NO>UA artillery 30..30 item expected"}},
		{"motion", "About 2,000 containers were moved from Rajin to Vladivostok.",
			[]string{"KP>RU container 2000..2000 container delivered"}},
		{"pledge", "Denmark pledged 19 F-16 jets to Ukraine.",
			[]string{"DK>UA aircraft 19..19 item committed"}},
		{"committed to delivering", "The EU has committed to delivering one million rounds to Ukraine.",
			[]string{"EU>UA ammunition 1e+06..1e+06 round committed"}},
		{"announced that they will", "Norway and Denmark announced on Monday that they will give air defence systems to Ukraine.",
			[]string{"NO+DK>UA air_defense - committed"}},
		{"request", "Ukraine has asked Germany for Taurus missiles.",
			[]string{"DE>UA missile - requested"}},
		{"seek from", "Russia is seeking more ammunition from North Korea.",
			[]string{"KP>RU ammunition - requested"}},
		{"expectation", "France is set to send 12 Caesar howitzers to Armenia.",
			[]string{"FR>AM artillery 12..12 item expected"}},
		{"plans to", "Japan plans to export Patriot interceptors to the United States.",
			[]string{"JP>US missile - expected"}},
		{"capacity", "Seoul counted 5,000 containers shipped from North Korea to Russia, capable of carrying 2 million shells.",
			[]string{"KP>RU container 5000..5000 container delivered", "KP>RU ammunition 2e+06..2e+06 round capacity"}},
		{"these missiles: the kind named before", "Beijing shipped two surface-to-air missile systems to Serbia last month. Serbia had ordered these missiles in 2021.",
			[]string{"CN>RS air_defense 2..2 item delivered", "CN>RS air_defense - committed"}},
		{"those provided: the kind named before", "Shells provided by Iran to Russia may exceed those provided by North Korea to Russia.",
			[]string{"IR>RU ammunition - delivered", "KP>RU ammunition - delivered"}},
		{"denial verb", "Iran denied sending drones to Russia.",
			[]string{"IR>RU drone - denied"}},
		{"refusal adjective", "Italy is unwilling to send tanks to Ukraine.",
			[]string{"IT>UA armored_vehicle - denied"}},
		{"negation", "China has not supplied weapons to Russia, Washington said.",
			[]string{"CN>RU other - denied"}},
		{"refusal", "Germany has ruled out sending Taurus missiles to Ukraine.",
			[]string{"DE>UA missile - denied"}},
		{"list of items", "Russia delivered tanks, helicopters and radars to Myanmar.",
			[]string{"RU>MM armored_vehicle - delivered", "RU>MM aircraft - delivered", "RU>MM other - delivered"}},
		{"list of actors", "Germany, France and Italy sent howitzers to Ukraine.",
			[]string{"DE+FR+IT>UA artillery - delivered"}},
		{"money value", "Washington approved the sale of 32 F-35 jets to Poland for $4.6 billion.",
			[]string{"US>PL aircraft 32..32 item committed", "US>PL funding 4.6e+09..4.6e+09 USD committed"}},
		{"worth of weapons", "Kyiv secured $2 billion worth of weapons from Canada.",
			[]string{"CA>UA funding 2e+09..2e+09 USD committed"}},
		{"troops", "North Korea has sent about 11,000 soldiers to Russia.",
			[]string{"KP>RU personnel 11000..11000 person delivered"}},
		{"demonym supplier", "Russia received a new batch of Iranian drones last month.",
			[]string{"IR>RU drone - delivered"}},
		{"deal with", "Poland signed a contract with South Korea for the delivery of 180 tanks.",
			[]string{"KR>PL armored_vehicle 180..180 item committed"}},
		{"exchange", "Russia gave North Korea air defence systems in exchange for troops.",
			[]string{"RU>KP air_defense - delivered", "KP>RU personnel - delivered"}},
		{"own verb after a purpose clause", "Japan transferred Patriot interceptors to the United States to replenish stocks sent to Ukraine.",
			[]string{"JP>US missile - delivered"}},
		{"denied reports that", "Serbia has denied reports that it sold ammunition to Ukraine.",
			[]string{"RS>UA ammunition - denied"}},
		{"in talks to buy", "Saudi Arabia is in talks to buy Chinese drones.",
			[]string{"CN>SA drone - requested"}},
		{"passive after a from phrase", "Ten K2 tanks from South Korea were unloaded in Gdynia.",
			[]string{"KR>PL armored_vehicle 10..10 item delivered"}},
		{"pronoun subject", "Sweden has trained Ukrainian crews. It will also send Archer howitzers to Ukraine.",
			[]string{"SE>UA artillery - expected"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestNotClaims: attacks, launches, losses, production, stockpiles, meetings
// and delays name materiel but move none between actors.
func TestNotClaims(t *testing.T) {
	for _, text := range []string{
		"Russia launched 40 missiles and 100 drones at Kyiv overnight.",
		"Ukrainian forces destroyed 12 Russian tanks near Bakhmut.",
		"The plant will produce 200,000 shells a year by 2025.",
		"Russia has about 900 Kalibr missiles left in its stockpile.",
		"Putin met Kim Jong Un in Vladivostok to discuss cooperation.",
		"The delay in arms deliveries from the US left Ukraine short of shells.",
		"Fuel and grain shipments from Russia to North Korea rose in March.",
		"Iranian drones struck power stations in Odesa.",
		"The think tank counted rounds of talks on arms control.",
		"The Indian Army will receive 100 locally built howitzers.",            // made at home
		"The army will buy 500 trucks next year.",                              // bought at home as often as abroad
		"Pentagon press secretary John Kirby said the soldiers had arrived.",   // who speaks receives nothing
		"Russian missiles arrived in Kyiv overnight, killing three people.",    // a strike
		"Ukraine got 12 new tanks from its own factories this year.",           // made at home
		"Ukraine received the bodies of 40 fallen soldiers from Russia.",       // the dead handed back
		"Ukraine received 40 bodies of fallen soldiers from Russia in a swap.", // the dead handed back
		"Ukraine has received reports of North Korean troops near Kursk.",      // word of them
		"The Ukrainian army received training on the Patriot system.",
		"Ukraine took 200 Russian soldiers prisoner.",
		"Russia's arsenal includes 500 tanks.", // no package: a stock, not a transfer
		// A respect, not goods: what is sought is cooperation.
		"Officials believe the Kremlin will seek closer military cooperation with Iran, especially in terms of drones and missiles.",
		"Seoul asked Washington for talks with regard to air defence systems.",
		// Hesitation is neither a refusal nor a transfer.
		"Berlin has long been reluctant to send its fighter jets to Kyiv.",
		"Several allies remain hesitant to supply longer-range missiles to Ukraine.",
	} {
		if got := briefs(text); len(got) > 0 {
			t.Errorf("%s\n got claims %q, want none", text, got)
		}
	}
}

func fmtFloat(v float64) string { return fmt.Sprintf("%g", v) }
