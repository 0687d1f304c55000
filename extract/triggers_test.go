package extract

import (
	"strings"
	"testing"
)

// TestTriggerWords: which words of a sentence are read as words of
// transfer, and which uses of the same words are not.
func TestTriggerWords(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Germany will finance the purchase of tanks", "finance purchase"},
		{"according to an internal Vietnamese finance ministry document", ""},
		{"said the finance minister", "said"},
		{"Germany gave Ukraine tanks", "gave"},
		{"Russia handed over fighters, the ministry said, without giving the number of aircraft", "handed said"},
		{"provided no further details", ""},
		{"Iran also exported at least 200 drones", "exported"},
		{"KJ-500 airborne early warning aircraft", ""},
		{"troops took part in the exercises", ""},
		{"Lukashenko presented medals to the soldiers", ""},
		{"aboard an Ilyushin transport plane", ""},
		{"Taiwan took delivery of tanks", "took delivery"},
		{"its share would be spent on military equipment", "spent(passive)"},
		{"Washington has been paid in hardware", ""},
		{"Australia in 2022 paid Naval Group a settlement", "paid"},
		{"Japan's support for Ukraine has been limited to helmets", "limited"},
		{"EU member states agreed to send shells", "agreed send"},
		{"the report states that Iran sent drones", "states sent"},
		{"exports of finished equipment had been limited to five categories", "exports"},
	}
	for _, tt := range tests {
		d, s := oneSentence(tt.text)
		var got []string
		for _, tr := range s.trigs {
			got = append(got, d.toks[tr.i].Norm)
			if tr.passive {
				got[len(got)-1] += "(passive)"
			}
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, strings.Join(got, " "), tt.want)
		}
	}
}

// oneSentence reads text as one sentence and tags its actors and its words
// of transfer, as run does before anything else.
func oneSentence(text string) (*doc, *sent) {
	d := newDoc(text, Options{})
	s := d.newSent(Sentence{Lo: 0, Hi: len(d.toks)}, 0)
	s.tagActors()
	s.tagTriggers()
	return d, s
}

// TestOrdersAtSentenceStart: "orders" right after the sentence's first
// word, or "carrying" as its first, reads no token before the sentence
// (stress cuts once found both).
func TestOrdersAtSentenceStart(t *testing.T) {
	for _, text := range []string{"Arms orders from", "Orders from Iraq", "Its orders", "Carrying a second consignment of weapons for the army"} {
		Extract(text, Options{})
	}
}
