package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestReportedAndPossessedActors: who acts when a state's government is
// named with a word of its term before it, and when a state, in its own
// name, tells of goods given with no giver named; sentences written for
// this test.
func TestReportedAndPossessedActors(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a state's 'interim government' is the state, as its 'government' is", "Kenya's interim government has approved the purchase of 14 Turkish T-129 helicopters.",
			[]string{"TR>KE aircraft 14..14 item committed"}},
		{"so is its 'transitional government' that signs for goods", "Kenya's transitional government signed a deal for 14 helicopters from Turkey.",
			[]string{"TR>KE aircraft 14..14 item committed"}},
		{"a state that says, in its own name, that goods were handed over to another gave them", "Britain said that 300 drones were handed over to Ukraine last month.",
			[]string{"GB>UA drone 300..300 item delivered"}},
		{"and so with 'its' goods", "Norway confirmed that its six aircraft have been delivered to Ukraine.",
			[]string{"NO>UA aircraft 6..6 item delivered"}},
		{"goods of a named make are their maker's, whoever tells of them", "The White House said North Korean munitions had been delivered to Russia by rail.",
			[]string{"KP>RU ammunition - delivered"}},
		{"who writes to a state asking for goods asks that state for them", "Venezuela wrote to Russia asking for radar systems.",
			[]string{"RU>VE other - requested"}},
		{"so does a letter sent to it requesting them", "Venezuela sent a letter to Russia requesting radar systems.",
			[]string{"RU>VE other - requested"}},
		{"a letter to a state that sought goods asks it, for the asker told before", "Venezuela asked Russia for radar systems. A separate letter to Beijing sought Chinese radar equipment.",
			[]string{"RU>VE other - requested", "CN>VE other - requested"}},
		{"'appealed to' a state 'for' goods still asks that state", "Ukraine appealed to Germany for tanks.",
			[]string{"DE>UA armored_vehicle - requested"}},
		{"a ship that 'docked' somewhere 'carrying' goods brought them there; the ship is no goods", "An Egyptian navy ship docked in Mogadishu on Monday carrying artillery pieces and armoured vehicles.",
			[]string{"EG>SO artillery - delivered", "EG>SO armored_vehicle - delivered"}},
		{"nor is a ship that carried no arms", "A Russian cargo ship that docked at the Syrian port of Tartus last week was carrying wheat and construction materials.",
			nil},
		{"a ship named as goods, docking with no load, is still delivered", "Greece bought two frigates from France. The first frigate docked in Piraeus on Monday.",
			[]string{"FR>GR ship 2..2 item delivered", "FR>GR ship - delivered"}},
		{"where a giver built the goods it handed over is no recipient; whom the text sells to is", "Pakistan bought jets from China. Turkey has handed over two corvettes built in Istanbul.",
			[]string{"CN>PK aircraft - delivered", "TR>PK ship 2..2 item delivered"}},
		{"goods built in the taker's land still go there", "Turkey has handed over two corvettes built in Karachi.",
			[]string{"TR>PK ship 2..2 item delivered"}},
		{"what an order 'is for' is bought, as what an order for it is", "India's order is for 26 Rafale fighters from France.",
			[]string{"FR>IN aircraft 26..26 item committed"}},
		{"an order 'for' someone names no goods", "The order is for the navy.",
			nil},
	}
	for _, tc := range tests {
		if got := briefs(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

// TestBothSidesSpeak: officials "in both capitals" or "on both sides" are
// the speakers of what they said, as "officials in Tokyo" are; sentences
// written for this test.
func TestBothSidesSpeak(t *testing.T) {
	for _, text := range []string{
		"Japan delivered a radar system to Manila, officials in both capitals said.",
		"Japan delivered a radar system to Manila, officials on both sides said.",
	} {
		cs := Extract(text, Options{})
		want := text[strings.Index(text, "officials") : len(text)-len(" said.")]
		if len(cs) != 1 || cs[0].Speaker != want {
			t.Errorf("%q: got %+v, want one claim spoken by %q", text, cs, want)
		}
	}
}
