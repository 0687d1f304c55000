package eval

import (
	"maps"
	"reflect"
	"testing"

	"armsledger"
)

func TestSentenceAt(t *testing.T) {
	text := "Poland sent tanks. Norway sent boats!\nA third line? Yes."
	tests := []struct {
		at     int
		lo, hi int
	}{
		{0, 0, 18},   // the first sentence, to its full stop
		{19, 19, 37}, // the second, to its exclamation mark
		{40, 38, 51}, // after a line break, to its question mark
		{len(text) - 1, 52, len(text)},
	}
	for _, tt := range tests {
		if lo, hi := sentenceAt(text, tt.at); lo != tt.lo || hi != tt.hi {
			t.Errorf("sentenceAt(%d) = %d, %d (%q); want %d, %d (%q)", tt.at, lo, hi, text[lo:hi], tt.lo, tt.hi, text[tt.lo:tt.hi])
		}
	}
}

// TestWhy: each reason, from a passage built to show it.
func TestWhy(t *testing.T) {
	claim := func(sup, rec string, cat armsledger.Category, evidence string) armsledger.Claim {
		return armsledger.Claim{Suppliers: []string{sup}, Recipients: []string{rec}, Category: cat, Evidence: evidence}
	}
	text := "Poland sent 10 tanks and 20 more tanks to Ukraine. Norway sent boats to Latvia. Oslo also paid for drones. Spain is neutral."
	tests := []struct {
		name       string
		gold, pred []armsledger.Claim
		want       Why
	}{
		{"two gold claims of one core told as one",
			[]armsledger.Claim{claim("PL", "UA", "armored_vehicle", "10 tanks"), claim("PL", "UA", "armored_vehicle", "20 more tanks")},
			[]armsledger.Claim{claim("PL", "UA", "armored_vehicle", "Poland sent 10 tanks")},
			Why{Missed: 1, TwoAsOne: 1}},
		{"a claim of the sentence with other fields; the closest one counts",
			[]armsledger.Claim{claim("NO", "LV", "ship", "Norway sent boats to Latvia")},
			[]armsledger.Claim{claim("NO", "LT", "drone", "Norway sent boats"), claim("NO", "LT", "ship", "boats to Latvia")},
			Why{Missed: 1, Differs: map[string]int{"recipient": 1}, FalsePos: 2, OtherParties: 2}},
		{"a false claim beside gold of its parties, and one in a sentence with none",
			[]armsledger.Claim{claim("NO", "LV", "ship", "Norway sent boats to Latvia")},
			[]armsledger.Claim{claim("NO", "LV", "ship", "Norway sent boats"), claim("NO", "LV", "other", "sent boats to Latvia"), claim("ES", "LV", "other", "Spain is neutral")},
			Why{FalsePos: 2, OtherKind: 1, NoGoldHere: 1}},
		{"a claim of the sentence with another category, counted by pair",
			[]armsledger.Claim{claim("NO", "LV", "ship", "Norway sent boats to Latvia")},
			[]armsledger.Claim{claim("NO", "LV", "drone", "Norway sent boats to Latvia")},
			Why{Missed: 1, Differs: map[string]int{"category": 1}, CategoryPairs: map[string]int{"ship -> drone": 1}, FalsePos: 1, OtherKind: 1}},
		{"evidence the text does not hold",
			[]armsledger.Claim{claim("NO", "LV", "drone", "Oslo paid for drones")},
			nil,
			Why{Missed: 1, NotLocated: 1}},
		{"no claim from the sentence",
			[]armsledger.Claim{claim("NO", "LV", "drone", "Oslo also paid for drones")},
			nil,
			Why{Missed: 1, NoClaim: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := Score([]Passage{{Text: text, Claims: tt.gold}}, [][]armsledger.Claim{tt.pred})
			got := rep.Why
			if tt.want.Differs == nil {
				tt.want.Differs = map[string]int{}
			}
			if !maps.Equal(got.Differs, tt.want.Differs) {
				t.Errorf("Differs = %v, want %v", got.Differs, tt.want.Differs)
			}
			got.Differs, tt.want.Differs = nil, nil
			if tt.want.CategoryPairs == nil {
				tt.want.CategoryPairs = map[string]int{}
			}
			if !maps.Equal(got.CategoryPairs, tt.want.CategoryPairs) {
				t.Errorf("CategoryPairs = %v, want %v", got.CategoryPairs, tt.want.CategoryPairs)
			}
			got.ByCategory, got.ByStatus, got.StatusPairs = nil, nil, nil // (see TestWhyRecallBy)
			got.CategoryPairs, tt.want.CategoryPairs = nil, nil
			got.silent = nil // (see TestSilentFromScore)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
	t.Run("a passage with no gold claim", func(t *testing.T) {
		rep := Score([]Passage{{Text: text}}, [][]armsledger.Claim{{claim("ES", "LV", "other", "Spain is neutral")}})
		if rep.Why.FalsePos != 1 || rep.Why.NoClaimText != 1 {
			t.Errorf("got %+v, want one false positive in a passage with no gold claim", rep.Why)
		}
	})
}

// TestWhyRecallBy counts gold claims and their matches by category and by
// status, across passages.
func TestWhyRecallBy(t *testing.T) {
	text := "Poland sent 10 tanks to Ukraine. Norway pledged boats to Latvia."
	tank := armsledger.Claim{Suppliers: []string{"PL"}, Recipients: []string{"UA"}, Category: "armored_vehicle", Status: "delivered", Evidence: "Poland sent 10 tanks to Ukraine"}
	boat := armsledger.Claim{Suppliers: []string{"NO"}, Recipients: []string{"LV"}, Category: "ship", Status: "committed", Evidence: "Norway pledged boats to Latvia"}
	gold := []Passage{{Text: text, Claims: []armsledger.Claim{tank, boat}}, {Text: text, Claims: []armsledger.Claim{tank}}}
	rep := Score(gold, [][]armsledger.Claim{{tank}, nil})
	wantCat := map[string]Found{"armored_vehicle": {Gold: 2, Matched: 1}, "ship": {Gold: 1}}
	wantStatus := map[string]Found{"delivered": {Gold: 2, Matched: 1}, "committed": {Gold: 1}}
	if !maps.Equal(rep.Why.ByCategory, wantCat) {
		t.Errorf("ByCategory = %v, want %v", rep.Why.ByCategory, wantCat)
	}
	if !maps.Equal(rep.Why.ByStatus, wantStatus) {
		t.Errorf("ByStatus = %v, want %v", rep.Why.ByStatus, wantStatus)
	}
	committed := tank
	committed.Status = "committed"
	rep = Score([]Passage{{Text: text, Claims: []armsledger.Claim{tank}}}, [][]armsledger.Claim{{committed}})
	if want := map[string]int{"delivered -> committed": 1}; !maps.Equal(rep.Why.StatusPairs, want) {
		t.Errorf("StatusPairs = %v, want %v", rep.Why.StatusPairs, want)
	}
}

// TestReadAlone: each reason ReadAlone tallies for a gold claim whose
// sentence gave no claim, from a reader that answers from a table. The
// table stands for the extractor, whose answers change as rules are added;
// what is tested here is how the answers are told apart.
func TestReadAlone(t *testing.T) {
	claim := func(sup, rec string, cat armsledger.Category, item string) armsledger.Claim {
		return armsledger.Claim{Suppliers: []string{sup}, Recipients: []string{rec}, Category: cat, Item: item, Status: "delivered"}
	}
	tanks := claim("DE", "UA", "armored_vehicle", "tanks")
	reads := map[string][]armsledger.Claim{
		"S1.":                            {tanks},
		"S2.":                            {claim("PL", "UA", "armored_vehicle", "tanks")},
		"S3.":                            {claim("DE", "UA", "drone", "drones")},
		"Germany sent tanks to France.":  {claim("DE", "FR", "armored_vehicle", "tanks")},
		"Germany sent tanks2 to France.": {claim("DE", "FR", "drone", "tanks2")},
	}
	read := func(text, published string) []armsledger.Claim { return reads[text] }
	misread, unknown := tanks, tanks
	misread.Item, unknown.Item = "tanks2", "tankettes"
	var y Why
	for _, m := range []struct {
		sentence string
		gold     armsledger.Claim
	}{{"S1.", tanks}, {"S2.", tanks}, {"S3.", tanks}, {"S4.", tanks}, {"S5.", misread}, {"S6.", unknown}} {
		y.silent = append(y.silent, silentClaim{gold: m.gold, sentence: m.sentence})
	}
	y.ReadAlone(read)
	want := map[string]int{
		aloneFound: 1, aloneParties: 1, aloneOther: 1,
		aloneNoFrame: 1, aloneNoFrame + "|delivered": 1,
		aloneMisread: 1,
		aloneUnknown: 1, aloneUnknown + "|armored_vehicle": 1,
	}
	if !maps.Equal(y.Alone, want) {
		t.Errorf("Alone = %v\nwant %v", y.Alone, want)
	}
}

// TestSilentFromScore: Score keeps each gold claim its sentence told
// nothing of, with the sentence, for ReadAlone.
func TestSilentFromScore(t *testing.T) {
	text := "Poland sent tanks. Norway sent boats to Latvia."
	boats := armsledger.Claim{Suppliers: []string{"NO"}, Recipients: []string{"LV"}, Category: "ship", Evidence: "Norway sent boats to Latvia"}
	rep := Score([]Passage{{Text: text, Published: "2024-05-01", Claims: []armsledger.Claim{boats}}}, [][]armsledger.Claim{nil})
	want := []silentClaim{{boats, "Norway sent boats to Latvia.", "2024-05-01"}}
	if !reflect.DeepEqual(rep.Why.silent, want) {
		t.Errorf("silent = %+v, want %+v", rep.Why.silent, want)
	}
}
