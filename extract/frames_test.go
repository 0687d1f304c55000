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
		{"to a place of a state's", "Belarus has moved 3,000 troops to Russia's Bryansk region.",
			[]string{"BY>RU personnel 3000..3000 person delivered"}},
		{"to a body of a state's", "Iran delivered drones to Russia's Defence Ministry.",
			[]string{"IR>RU drone - delivered"}},
		{"to a state's places named by its demonym", "North Korean workers were sent to Russian drone factories.",
			[]string{"KP>RU personnel - delivered"}},
		{"a place held by another is not the state's", "North Korea sent troops to Ukrainian territory occupied by Russia.",
			nil},
		{"aboard, taken into the phrase", "The troops were moved from North Korean ports to Vladivostok aboard Russian navy ships.",
			[]string{"KP>RU personnel - delivered"}},
		{"a relative clause on the item names the recipient", "France delivered the 12 Caesar howitzers it had pledged to Kyiv.",
			[]string{"FR>UA artillery 12..12 item delivered"}},
		{"yet to", "Ukraine has yet to receive the ATACMS missiles from the United States.",
			[]string{"US>UA missile - expected"}},
		{"the value of the sentence's deal", "Under a $2 billion contract, Romania ordered 54 Abrams tanks from the US.",
			[]string{"US>RO funding 2e+09..2e+09 USD committed", "US>RO armored_vehicle 54..54 item committed"}},
		{"more to follow", "Portugal has shipped three Leopard 2A6 tanks to Ukraine, with two more to come.",
			[]string{"PT>UA armored_vehicle 3..3 item delivered", "PT>UA armored_vehicle 2..2 item expected"}},
		{"a load's estimated content", "Officials say 300 containers went from Russia to Belarus. They could hold more than 90,000 rounds.",
			[]string{"RU>BY container 300..300 container delivered", "RU>BY ammunition 90000.. round capacity"}},
		{"a vehicle's make is no load", "Sweden sent 50 CV90 vehicles to Ukraine. Each can carry eight soldiers.",
			[]string{"SE>UA armored_vehicle 50..50 item delivered"}},
		{"gone to", "Some 2,000 Iranian drones have gone to Russia.",
			[]string{"IR>RU drone 2000..2000 item delivered"}},
		{"a state's force as the destination", "Most of the money will go to Ukraine's air defence.",
			nil},
		{"two parties deny", "Iran sent drones to Russia in May. Tehran and Moscow both denied any arms transfers.",
			[]string{"IR>RU drone - delivered", "IR>RU other - denied"}},
		{"money to buy goods for a state", "Britain will provide £100 million to buy air defence systems for Ukraine.",
			[]string{"GB>UA funding 1e+08..1e+08 GBP expected", "GB>UA air_defense - committed"}},
		{"arming a state, no item named", "Belarus denies arming Russia.",
			[]string{"BY>RU other - denied"}},
		{"arming a state with an item", "Britain is arming Ukraine with Storm Shadow missiles.",
			[]string{"GB>UA missile - delivered"}},
		{"who signs for a supply gets it", "Egypt signed a contract for the supply of 24 Rafale jets.",
			[]string{">EG aircraft 24..24 item committed"}},
		{"seeking to buy", "Vietnam is seeking to buy 12 helicopters from Russia.",
			[]string{"RU>VN aircraft 12..12 item requested"}},
		{"a condition is another clause", "Japan may send helmets to Ukraine if Russian troops advance.",
			[]string{"JP>UA other - expected"}},
		{"along with", "Spain, along with Portugal, will send 10 Leopard tanks to Ukraine.",
			[]string{"ES+PT>UA armored_vehicle 10..10 item expected"}},
		{"a package's content after its value", "Italy pledged new military aid to Ukraine. The package, worth €1 billion, includes 20 howitzers.",
			[]string{"IT>UA funding - committed", "IT>UA funding 1e+09..1e+09 EUR committed", "IT>UA artillery 20..20 item committed"}},
		{"a quoted amount", "Iran has shipped 'dozens' of Shahed drones to Russia.",
			[]string{"IR>RU drone 24..99 item delivered"}},
		{"a load's content moves as the load did", "Russia sent 2,000 containers to North Korea. North Korea sent 300 containers to Russia. Russia gave Pyongyang technical help. The containers could hold 40,000 shells.",
			[]string{"RU>KP container 2000..2000 container delivered", "KP>RU container 300..300 container delivered", "RU>KP technology - delivered", "KP>RU ammunition 40000..40000 round capacity"}},
		{"en route to", "Greek officials said they seized Iranian-made drone parts en route to Sudan.",
			[]string{"IR>SD technology - delivered"}},
		{"an opening participle takes the main subject", "Having received 40 Leopard tanks from Germany, Ukraine asked for more.",
			[]string{"DE>UA armored_vehicle 40..40 item delivered"}},
		{"the total amount", "Norway promised 5,000 rockets to Ukraine. It will deliver the full amount by June.",
			[]string{"NO>UA ammunition 5000..5000 item committed", "NO>UA ammunition 5000..5000 item expected"}},
		{"a state's force after its possessive", "Iran sent rockets to Lebanon's Hezbollah.",
			[]string{"IR>LB ammunition - delivered"}},
		{"a model number after a name", "China delivered four Type 054A frigates to Pakistan.",
			[]string{"CN>PK ship 4..4 item delivered"}},
		{"a junta", "Mali's junta has acquired attack helicopters from Russia.",
			[]string{"RU>ML aircraft - delivered"}},
		{"a qualifier shared by a list", "Poland has sent more than 200 tanks and 50 howitzers to Ukraine.",
			[]string{"PL>UA armored_vehicle 200.. item delivered", "PL>UA artillery 50.. item delivered"}},
		{"the first of a count", "Ukraine has received the first of 24 Swedish howitzers.",
			[]string{"SE>UA artillery - delivered"}},
		{"some of a count sent before", "Some of the 3,000 North Korean soldiers sent to Russia have been killed.",
			[]string{"KP>RU personnel 3000..3000 person delivered"}},
		{"a denial of what a named state did", "Minsk denied that the Belarusians had sent tanks to Russia.",
			[]string{"BY>RU armored_vehicle - denied"}},
		{"goods flow", "Iranian shells are flowing into Russia.",
			[]string{"IR>RU ammunition - delivered"}},
		{"a supplier in a compound adjective", "Ukrainian troops used German-supplied Leopard tanks near Robotyne.",
			[]string{"DE>UA armored_vehicle - delivered"}},
		{"a holder's supplied item", "Kyiv's British-supplied Storm Shadow missiles hit a bridge.",
			[]string{"GB>UA missile - delivered"}},
		{"a package names its own giver", "Canada has sent 8 Leopard tanks to Ukraine. Canada's new package includes 39 armoured vehicles.",
			[]string{"CA>UA armored_vehicle 8..8 item delivered", "CA>UA armored_vehicle 39..39 item committed"}},
		{"neither nor", "Neither Iran nor Belarus sent tanks to Russia.",
			[]string{"IR+BY>RU armored_vehicle - denied"}},
		{"leased", "Turkey leased two frigates to Pakistan.",
			[]string{"TR>PK ship 2..2 item delivered"}},
		{"transshipped", "Iranian rifles were transshipped through Iraq to Syria.",
			[]string{"IR>SY small_arms - delivered"}},
		{"supplied another's imports", "France supplied a third of Greece's arms imports.",
			[]string{"FR>GR other - delivered"}},
		{"a count with more after a verb", "Ukraine has received 12 Archer howitzers from Sweden and will receive eight more.",
			[]string{"SE>UA artillery 12..12 item delivered", "SE>UA artillery 8..8 item expected"}},
		{"no evidence of a transfer", "There is no evidence that Belarus has sent tanks to Russia, officials said.",
			[]string{"BY>RU armored_vehicle - denied"}},
		{"discussed sending", "NATO allies discussed sending more jets to Ukraine.",
			[]string{"NATO>UA aircraft - expected"}},
		{"gapped clauses", "Sweden has pledged 10 Gripen jets to Kyiv, Norway 6, and Belgium four.",
			[]string{"SE>UA aircraft 10..10 item committed", "NO>UA aircraft 6..6 item committed", "BE>UA aircraft 4..4 item committed"}},
		{"a vehicle as the subject", "A North Korean ship delivered 300 containers to Russia.",
			[]string{"KP>RU container 300..300 container delivered"}},
		{"a state's vessel as the subject", "A North Korean freighter delivered 300 containers to Russia.",
			[]string{"KP>RU container 300..300 container delivered"}},
		{"the means of transport", "Iran sent 200 missiles to Russia by ship.",
			[]string{"IR>RU missile 200..200 item delivered"}},
		{"part of a possessed stock", "Norway will donate 12 of its older howitzers to Ukraine.",
			[]string{"NO>UA artillery 12..12 item expected"}},
		{"vague amount after a particle", "Belarus handed over dozens of armoured vehicles to Russia.",
			[]string{"BY>RU armored_vehicle 24..99 item delivered"}},
		{"compound modifier with a materiel word", "North Korea will send 2,000 mine-clearing troops to Russia.",
			[]string{"KP>RU personnel 2000..2000 person expected"}},
		{"sent to help a state", "Belarus sent tanks to support Russia's offensive.",
			[]string{"BY>RU armored_vehicle - delivered"}},
		{"an ability is no event", "Kazakhstan has the capacity to send 500 trucks to Russia.",
			nil},
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
		{"urged allies to send", "Zelensky urged allies to send more air defence systems.",
			[]string{">UA air_defense - requested"}},
		{"urged a state to send", "Kyiv urged Berlin to send Taurus missiles.",
			[]string{"DE>UA missile - requested"}},
		{"urged a state to send to another", "The US urged Germany to send tanks to Ukraine.",
			[]string{"DE>UA armored_vehicle - requested"}},
		{"no as the object's determiner", "North Korea has sent no troops to Russia.",
			[]string{"KP>RU personnel - denied"}},
		{"no before a modifier and a transfer noun", "Ukraine has received no new shipments of Patriot interceptors from Germany.",
			[]string{"DE>UA missile - denied"}},
		{"no fewer than counts", "The US has sent no fewer than 31 Abrams tanks to Ukraine.",
			[]string{"US>UA armored_vehicle 31.. item delivered"}},
		{"among the countries that sent", "Poland and Canada were among the countries that sent Leopard tanks to Ukraine.",
			[]string{"PL+CA>UA armored_vehicle - delivered"}},
		{"ships as a present-tense verb", "North Korea ships missiles to Russia.",
			[]string{"KP>RU missile - delivered"}},
		{"arms as a verb between two parties", "Iran arms the Houthis with drones.",
			[]string{"IR>YE drone - delivered"}},
		{"arms after a possessive stays a noun", "France supplied a third of Greece's arms imports.",
			[]string{"FR>GR other - delivered"}},
		{"headline infinitive", "US to send Ukraine $325 million in new military aid",
			[]string{"US>UA funding 3.25e+08..3.25e+08 USD expected"}},
		{"a count after the item in the same sentence", "The Netherlands has pledged 24 F-16s to Ukraine, of which 18 have been delivered.",
			[]string{"NL>UA aircraft 24..24 item committed", "NL>UA aircraft 18..18 item delivered"}},
		{"a count after a semicolon", "Denmark pledged 19 F-16s to Ukraine; six were delivered in 2024.",
			[]string{"DK>UA aircraft 19..19 item committed", "DK>UA aircraft 6..6 item delivered"}},
		{"the other party to a deal receives", "Russia and Iran signed a deal under which Tehran would supply 2,000 Shahed drones.",
			[]string{"IR>RU drone 2000..2000 item committed"}},
		{"a deal's parties do not override a named recipient", "Russia and Iran signed a deal under which Tehran would supply drones to Syria.",
			[]string{"IR>SY drone - committed"}},
		{"the item named again continues its transfer", "Israel received 25 F-35 jets worth $2.5 billion from the US. The aircraft will be delivered over several years.",
			[]string{"US>IL aircraft 25..25 item delivered", "US>IL funding 2.5e+09..2.5e+09 USD delivered", "US>IL aircraft - expected"}},
		{"the item named again going elsewhere", "The EU sent 300,000 shells to Ukraine. The ammunition made in Europe is still exported to other customers.",
			[]string{"EU>UA ammunition 300000..300000 round delivered"}},
		{"a need put to suppliers", "Ukraine needs more air defence systems from its Western partners.",
			[]string{">UA air_defense - requested"}},
		{"a watcher is no party, a possible transfer is expected", "Russia sent air defence systems to North Korea, and Seoul is watching for possible transfers of military technology.",
			[]string{"RU>KP air_defense - delivered", "RU>KP technology - expected"}},
		{"them stands for the item named before", "Kyiv asked for Taurus missiles. Berlin refused to send them.",
			[]string{"DE>UA missile - requested", "DE>UA missile - denied"}},
		{"a clause after before is no object", "Stockholm will not send Gripen jets to Ukraine before Kyiv's pilots have been trained.",
			[]string{"SE>UA aircraft - denied"}},
		{"a number after a capitalised word names a model", "Stockholm will transfer its fleet of Pbv 302 armoured personnel carriers to Ukraine.",
			[]string{"SE>UA armored_vehicle - expected"}},
		{"examples after a value in apposition", "Sweden unveiled a military aid package for Ukraine, worth 13.3 billion Swedish crowns, including surveillance aircraft and long-range missiles.",
			[]string{"SE>UA funding 1.33e+10..1.33e+10 SEK committed", "SE>UA aircraft - committed", "SE>UA missile - committed"}},
		{"states named as examples of a destination", "Turkey has delivered drones to at least a dozen African countries, including Nigeria and Ethiopia.",
			[]string{"TR>NG+ET drone - delivered"}},
		{"a state body before the item names whose it is", "Wagner Group mercenaries have been deployed to Mali.",
			[]string{"RU>ML personnel - delivered"}},
		{"a promise still to come is expected", "Germany is expected to announce the delivery of more Leopard tanks to Ukraine next week.",
			[]string{"DE>UA armored_vehicle - expected"}},
		{"a promise made is committed", "Germany approved the delivery of Leopard tanks to Ukraine.",
			[]string{"DE>UA armored_vehicle - committed"}},
		{"a verb of intention with a direct object", "Washington is preparing a new $500 million package for Ukraine.",
			[]string{"US>UA funding 5e+08..5e+08 USD expected"}},
		{"spend on goods from a supplier", "Poland will spend $10 billion on HIMARS launchers from the US.",
			[]string{"US>PL funding 1e+10..1e+10 USD expected", "US>PL artillery - expected"}},
		{"a share of another's imports", "Russia accounted for 36 per cent of India's arms imports between 2019 and 2023.",
			[]string{"RU>IN other - delivered"}},
		{"the subject of an agent noun supplies", "China was the main supplier of arms to Pakistan.",
			[]string{"CN>PK other - delivered"}},
		{"an agent noun's possessor receives", "Israel is India's largest supplier of drones.",
			[]string{"IL>IN drone - delivered"}},
		{"a materiel word before manufacturing modifies", "Iran transferred drone manufacturing technology to Russia.",
			[]string{"IR>RU technology - delivered"}},
		{"assembly kits", "Iran shipped drone assembly kits to Russia.",
			[]string{"IR>RU technology - delivered"}},
		{"a part of a promise delivered", "Germany delivered the first 18 of the 100 promised Leopard tanks to Ukraine.",
			[]string{"DE>UA armored_vehicle 18..18 item delivered"}},
		{"a part of its promised items", "Poland delivered the first four of its promised MiG-29s to Ukraine.",
			[]string{"PL>UA aircraft 4..4 item delivered"}},
		{"joined clauses share the recipient", "Slovakia sent 13 MiG-29 jets to Ukraine, and Poland delivered four MiG-29s.",
			[]string{"SK>UA aircraft 13..13 item delivered", "PL>UA aircraft 4..4 item delivered"}},
		{"was likely to get", "Pyongyang was likely to get technology from Moscow in return.",
			[]string{"RU>KP technology - expected"}},
		{"the seizer of a shipment is no party", "The US Navy seized a shipment of Iranian missile components bound for the Houthis.",
			[]string{"IR>YE technology - delivered"}},
		{"parts of a weapon are technology", "Iran shipped ballistic and cruise missile parts to the Houthis.",
			[]string{"IR>YE technology - delivered"}},
		{"a target is no cargo", "Iran supplied weapons to the Houthis since the rebels began attacking ships.",
			[]string{"IR>YE other - delivered"}},
		{"bound for", "The US Navy seized Iranian missile parts bound for the Houthis.",
			[]string{"IR>YE technology - delivered"}},
		{"the owner of the goods receives", "India has been diversifying its purchases away from Russia, which supplied 36% of its weapons.",
			[]string{"RU>IN other - delivered"}},
		{"goods made at home inherit no supplier", "France will sell 26 Rafale jets to India. The Indian Army received indigenously built Pinaka rocket launchers.",
			[]string{"FR>IN aircraft 26..26 item expected"}},
		{"made in a state names the supplier", "Russia received 100 drones made in Iran.",
			[]string{"IR>RU drone 100..100 item delivered"}},
		{"a list after a colon", "The US announced a $250 million package for Ukraine. It includes: artillery rounds; Stinger missiles; and 15 Humvees.",
			[]string{"US>UA funding 2.5e+08..2.5e+08 USD committed", "US>UA ammunition - committed", "US>UA missile - committed", "US>UA other 15..15 item committed"}},
		{"a bulleted list", "The US announced a $250 million package for Ukraine. It includes:\n- artillery rounds\n- Stinger missiles\n- 15 Humvees",
			[]string{"US>UA funding 2.5e+08..2.5e+08 USD committed", "US>UA ammunition - committed", "US>UA missile - committed", "US>UA other 15..15 item committed"}},
		{"rounds of a calibre's ammunition are one item", "Rheinmetall will supply Ukraine with 180,000 rounds of 155mm ammunition.",
			[]string{"DE>UA ammunition 180000..180000 round expected"}},
		{"a single tank", "Spain delivered one tank to Ukraine.",
			[]string{"ES>UA armored_vehicle 1..1 item delivered"}},
		{"what was sent instead is no claim", "Germany sent Patriot systems to Ukraine instead of Taurus missiles.",
			[]string{"DE>UA air_defense - delivered"}},
		{"an exception is no claim", "The US sent all weapons except ATACMS to Ukraine.",
			[]string{"US>UA other - delivered"}},
		{"an artillery shell is ammunition", "Germany sent one artillery shell to Ukraine.",
			[]string{"DE>UA ammunition 1..1 round delivered"}},
		{"a relative clause inside a list", "The US announced a $1.7 billion package for Ukraine. It includes small bombs, which have a range of 150 kilometres, as well as two Patriot batteries.",
			[]string{"US>UA funding 1.7e+09..1.7e+09 USD committed", "US>UA ammunition - committed", "US>UA air_defense 2..2 item committed"}},
		{"a package's contents skip a state's dealings with itself", "The US will send Ukraine a $1.7 billion package. The Pentagon will buy the weapons from US stocks. It includes two Patriot batteries.",
			[]string{"US>UA funding 1.7e+09..1.7e+09 USD expected", "US>UA air_defense 2..2 item expected"}},
		{"the object of another verb is no cargo", "Britain announced it would train Ukrainian pilots and marines.",
			[]string{}},
		{"the country is the last recipient", "Russia sent 100 instructors to Mali. Russian troops were also deployed to the country.",
			[]string{"RU>ML personnel 100..100 person delivered", "RU>ML personnel - delivered"}},
		{"a package's item from its maker", "Mali took delivery of helicopters and drones from Russia and Turkey. The equipment included Russian-made Mi-8 helicopters and Turkish TB2 drones.",
			[]string{"RU+TR>ML aircraft - delivered", "RU+TR>ML drone - delivered", "RU>ML aircraft - delivered", "TR>ML drone - delivered"}},
		{"troops sent to a war go to the side they fight for", "North Korea has decided to send some 12,000 troops, including special forces, to Ukraine to support Russia's war.",
			[]string{"KP>RU personnel 12000..12000 person committed"}},
		{"a count of them", "North Korea sent 12,000 troops to Russia. 1,500 of them were transported to Vladivostok.",
			[]string{"KP>RU personnel 12000..12000 person delivered", "KP>RU personnel 1500..1500 person delivered"}},
		{"a state's allies give to it", "Ukraine's allies have delivered more than 600 tanks since 2022.",
			[]string{">UA armored_vehicle 600.. item delivered"}},
		{"whose goods were delivered gives them", "Russia's S-400 systems were delivered to India in 2021.",
			[]string{"RU>IN air_defense - delivered"}},
		{"a gift of", "Britain's gift of Storm Shadow missiles to Kyiv arrived.",
			[]string{"GB>UA missile - delivered"}},
		{"a state's aid to another, with an amount", "Germany's military aid to Ukraine now totals 28 billion euros.",
			[]string{"DE>UA funding 2.8e+10..2.8e+10 EUR delivered"}},
		{"not until is late, not never", "Germany did not send tanks to Ukraine until January 2023.",
			[]string{"DE>UA armored_vehicle - delivered"}},
		{"a refusal until is a refusal", "Germany refused to send tanks to Ukraine until January.",
			[]string{"DE>UA armored_vehicle - denied"}},
		{"aid that has reached an amount", "US military aid to Ukraine has reached more than $60 billion.",
			[]string{"US>UA funding 6e+10.. USD delivered"}},
		{"an order with a supplier", "Vietnam has placed an order for 12 Yak-130 trainer jets with Russia.",
			[]string{"RU>VN aircraft 12..12 item committed"}},
		{"a verb after a relative clause", "The weapons, which were made in Iran, were delivered to Russia by ship.",
			[]string{"IR>RU other - delivered"}},
		{"an ally's goods arriving are a delivery", "Iranian drones reached Russia last year.",
			[]string{"IR>RU drone - delivered"}},
		{"a deal's value signed by the buyer", "Poland signed a $10 billion deal to buy K2 tanks from South Korea.",
			[]string{"KR>PL funding 1e+10..1e+10 USD committed", "KR>PL armored_vehicle - committed"}},
		{"who is allowed to send gives", "Germany has allowed Poland to send Leopard tanks to Ukraine.",
			[]string{"PL>UA armored_vehicle - committed"}},
		{"a leave asked for is a request", "The Polish Prime Minister had called on Germany to allow his country to export 14 Leopard 2 tanks to Ukraine.",
			[]string{"PL>UA armored_vehicle 14..14 item requested"}},
		{"dismissed reports that", "Pyongyang dismissed reports that it had supplied weapons to Moscow as absurd.",
			[]string{"KP>RU other - denied"}},
		{"dismissing a minister denies nothing", "Russia dismissed the defence minister who oversaw arms deliveries to Syria.",
			[]string{"RU>SY other - delivered"}},
		{"two items with the same count", "The US approved the sale of 400 Tomahawk Block IV All Up Rounds and 400 Tomahawk Block V All Up Rounds to Japan.",
			[]string{"US>JP missile 400..400 item committed", "US>JP missile 400..400 item committed"}},
		{"a vehicle that loads carries", "Moscow is providing Pyongyang with technology. Russian ships have been seen loading cargo at the port of Rason.",
			[]string{"RU>KP technology - delivered"}},
		{"bought from a seller for a third state", "Norway said it would buy air defence systems from Germany for Ukraine.",
			[]string{"NO>UA air_defense - expected"}},
		{"the second it is the nearer state", "Norway said it would buy air defence systems for Ukraine, and Sweden announced it was sending CV90 combat vehicles to Ukraine.",
			[]string{"NO>UA air_defense - expected", "SE>UA armored_vehicle - delivered"}},
		{"negotiating with a supplier", "Indonesia is negotiating with China for J-10 fighters.",
			[]string{"CN>ID aircraft - requested"}},
		{"a state's export total is no transfer", "Turkey will supply Indonesia with 48 jets. Indonesia ordered 42 Rafales from France. It received six jets from France in May. Turkey's defence exports reached a record $7.1 billion last year.",
			[]string{"TR>ID aircraft 48..48 item expected", "FR>ID aircraft 42..42 item committed", "FR>ID aircraft 6..6 item delivered"}},
		{"the first six of the item before", "Indonesia ordered 42 Rafale fighters from France in 2022 and has received the first six.",
			[]string{"FR>ID aircraft 42..42 item committed", "FR>ID aircraft 6..6 item delivered"}},
		{"ammunition for a calibre's guns; named systems told later", "The US announced weapons for Ukraine, including Stinger anti-aircraft missiles. It also includes cluster munitions for 155mm howitzers and TOW missiles.",
			[]string{"US>UA other - committed", "US>UA missile - committed", "US>UA ammunition - committed", "US>UA missile - committed"}},
		{"a verb after a participle's clause", "Denmark will send its Caesar howitzers to Ukraine. The 19 self-propelled guns, ordered from France's Nexter in 2017, will be delivered within weeks.",
			[]string{"DK>UA artillery - expected", "DK>UA artillery 19..19 item expected"}},
		{"disbursed money", "The EU disbursed 500 million euros in military aid to Ukraine.",
			[]string{"EU>UA funding 5e+08..5e+08 EUR delivered"}},
		{"resupplied Y with Q", "Iran has resupplied the Houthis with missiles.",
			[]string{"IR>YE missile - delivered"}},
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
		"Russian troops destroyed US-supplied Bradley vehicles near Avdiivka.", // the destroyer holds nothing
		"Iranian-supplied drones struck Odesa overnight.",
		"Washington warned Beijing against supplying weapons to Moscow.", // a warning, no transfer
		"Hungary lobbied against the transfer of F-16 jets to Ukraine.",
		"Japan will provide $4.5 billion in humanitarian aid to Ukraine.", // no money for arms
		"The EU gave Ukraine €18 billion for reconstruction.",
		"Russia's arsenal includes 500 tanks.", // no package: a stock, not a transfer
		// A respect, not goods: what is sought is cooperation.
		"Officials believe the Kremlin will seek closer military cooperation with Iran, especially in terms of drones and missiles.",
		"Seoul asked Washington for talks with regard to air defence systems.",
		// Hesitation is neither a refusal nor a transfer.
		"Berlin has long been reluctant to send its fighter jets to Kyiv.",
		"Several allies remain hesitant to supply longer-range missiles to Ukraine.",
		"Russia needs more shells than its factories can produce.",            // a shortage, no request
		"The missiles could not be used as intended without German soldiers.", // "as intended" has no object
		"Russia spent $100 billion on its military last year.",                // no supplier: spending at home
		"India's arms imports fell by 11 per cent.",                           // a statistic
		"France overtook Russia as the world's second-largest arms exporter.", // a rank
		"The fuel tank of the truck exploded near the border.",
		"The arms deals are helping to keep Russia's artillery supplied in Ukraine.",                             // Russia is supplied
		"Russia's military support for North Korea is growing.",                                                  // no verb, no amount
		"Russian drones reached Kyiv overnight.",                                                                 // an attack
		"Russian tanks reached the outskirts of Kyiv in February 2022.",                                          // an advance
		"Kim Jong Un inspected a factory that makes shells, and state media said he called for more production.", // a new clause after ", and"
		"Europe would cancel air service agreements with Iran if it delivered the missiles to Russia.",           // supposed, not told
		"It is unclear whether Iran has delivered missiles to Russia.",
		// The companies ship, not the state that punishes them.
		"Washington imposed sanctions on companies that shipped drone components to Russia.",
	} {
		if got := briefs(text); len(got) > 0 {
			t.Errorf("%s\n got claims %q, want none", text, got)
		}
	}
}

func fmtFloat(v float64) string { return fmt.Sprintf("%g", v) }

// TestGlueOf checks the glue joins reads between materiel terms, which
// few texts exercise: a comma alone, and each glue with and without one.
func TestGlueOf(t *testing.T) {
	for _, c := range []struct {
		glue string
		want int
	}{
		{",", glueList}, {"and", glueList}, {", and", glueList}, {"or", glueList}, {", or", glueList},
		{"including", glueExamples}, {", including", glueExamples}, {"such as", glueExamples},
		{", such as", glueExamples}, {"in particular", glueExamples}, {", in particular", glueExamples},
		{"", glueOther}, {", ,", glueOther}, {"and or", glueOther}, {"such", glueOther},
		{", such", glueOther}, {"as such", glueOther}, {"with", glueOther}, {", and also", glueOther},
	} {
		if got := glueOf(Tokenize(c.glue)); got != c.want {
			t.Errorf("glueOf(%q) = %d, want %d", c.glue, got, c.want)
		}
	}
}
