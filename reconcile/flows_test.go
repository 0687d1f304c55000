package reconcile

import (
	"testing"

	"armsledger"
)

func TestFlows(t *testing.T) {
	box := category(armsledger.Container)
	tests := []struct {
		name    string
		sources []Source
		want    string // renderFlows
	}{
		{
			name: "the latest estimate stands; earlier ones are never added",
			sources: []Source{
				src(1, "d1", "A", "2023-10-16", qty(2e5, 999e3, "round", armsledger.Vague)),
				src(2, "d2", "B", "2024-02-26", atLeast(3e6, "round")),
				src(3, "d3", "C", "2024-06-14", exact(4.8e6, "round")),
			},
			want: `KP → RU ammunition (round) delivered: total 4,800,000
  estimate  2024-06-14 4,800,000 (delivered; 1 independent, 0 echoes; )
`,
		},
		{
			name: "increments after the estimate are added; earlier and same-day ones are not",
			sources: []Source{
				src(1, "d1", "A", "2024-10-01", exact(500, "container"), box, scope(Increment)),
				src(2, "d2", "B", "2024-10-23", atLeast(2e4, "container"), box),
				src(3, "d3", "C", "2024-10-23", exact(300, "container"), box, scope(Increment)),
				src(4, "d4", "D", "2024-11-05", exact(1e3, "container"), box, scope(Increment)),
				src(5, "d5", "E", "2024-11-06", exact(1e3, "container"), box, scope(Increment), speaker("X")),
				src(6, "d6", "F", "2024-12-01", qty(200, 250, "container", armsledger.Range), box, scope(Increment)),
				src(7, "d7", "G", "", exact(50, "container"), box, scope(Increment)),
			},
			// 11-05 and 11-06 state the same 1,000 with no time: one event, two sources.
			want: `KP → RU container (container) delivered: total ≥21,200
  estimate  2024-10-23 ≥20,000 (delivered; 1 independent, 0 echoes; )
  increment 2024-11-05 1,000 (delivered; 2 independent, 0 echoes; X)
  increment 2024-12-01 [200, 250] (delivered; 1 independent, 0 echoes; )
  undated   undated 50 (delivered; 1 independent, 0 echoes; ) (not in total)
`,
		},
		{
			name: "without an estimate the distinct increments are summed",
			sources: []Source{
				src(1, "d1", "A", "2023-09-12", exact(300, "container"), box, scope(Increment)),
				src(2, "d2", "B", "2023-09-20", exact(300, "container"), box, scope(Increment), when("on 12 September", "2023-09-12", "2023-09-12")),
				src(3, "d3", "C", "2023-10-01", exact(700, "container"), box, scope(Increment)),
				src(4, "d4", "D", "", exact(50, "container"), box, scope(Increment)),
			},
			want: `KP → RU container (container) delivered: total 1,050
  increment 2023-09-12 300 (delivered; 2 independent, 0 echoes; )
  increment 2023-10-01 700 (delivered; 1 independent, 0 echoes; )
  increment undated 50 (delivered; 1 independent, 0 echoes; )
`,
		},
		{
			name: "same date: more independent sources win",
			sources: []Source{
				src(1, "d1", "A", "2024-06-14", exact(4.8e6, "round"), speaker("Shin")),
				src(2, "d2", "B", "2024-06-14", exact(5e6, "round"), speaker("Kirby")),
				src(3, "d3", "C", "2024-06-14", exact(5e6, "round"), speaker("Budanov")),
				src(4, "d4", "D", "2024-06-14", exact(4.8e6, "round"), speaker("Shin")),
			},
			want: `KP → RU ammunition (round) delivered: total 5,000,000
  estimate  2024-06-14 5,000,000 (delivered; 2 independent, 0 echoes; Kirby; Budanov)
`,
		},
		{
			name: "a known date beats an unknown one",
			sources: []Source{
				src(1, "d1", "A", "", exact(15e6, "round")),
				src(2, "d2", "B", "2024-10-23", exact(9.4e6, "round")),
			},
			want: `KP → RU ammunition (round) delivered: total 9,400,000
  estimate  2024-10-23 9,400,000 (delivered; 1 independent, 0 echoes; )
`,
		},
		{
			name: "statuses apart; denials left out; claims without amount counted",
			sources: []Source{
				src(1, "d1", "A", "2024-01-31", exact(524e3, "round"), flow("EU", "UA"), status(armsledger.Expected)),
				src(2, "d2", "B", "2024-03-25", exact(5e5, "round"), flow("EU", "UA")),
				src(3, "d3", "C", "2024-01-31", exact(1e6, "round"), flow("EU", "UA"), status(armsledger.Committed)),
				src(4, "d4", "D", "2024-06-14", nil, flow("RU", "KP"), category(armsledger.Technology)),
				src(5, "d5", "E", "2024-06-14", nil, flow("RU", "KP"), category(armsledger.Technology), speaker("Shin")),
				src(6, "d6", "F", "2024-06-15", exact(1, "item"), status(armsledger.Denied)),
			},
			want: `EU → UA ammunition (round) committed: total 1,000,000
  estimate  2024-01-31 1,000,000 (committed; 1 independent, 0 echoes; )
EU → UA ammunition (round) delivered: total 500,000
  estimate  2024-03-25 500,000 (delivered; 1 independent, 0 echoes; )
EU → UA ammunition (round) expected: total 524,000
  estimate  2024-01-31 524,000 (expected; 1 independent, 0 echoes; )
RU → KP technology delivered: total no amount
  1 assertions without an amount
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := renderFlows(Flows(tt.sources)); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestFlowsTwentyEchoes is the case: twenty articles repeat one
// statement, and the flow stays that statement's figure.
func TestFlowsTwentyEchoes(t *testing.T) {
	var in []Source
	in = append(in, src(1, "d01", "Bloomberg", "2024-06-14", exact(4.8e6, "round"), speaker("Shin Won-sik")))
	for i := int64(2); i <= 20; i++ {
		in = append(in, src(i, "d"+string(rune('a'+i)), "Outlet", "2024-06-15", exact(4.8e6, "round"),
			speaker("Shin Wonsik"), via("Bloomberg")))
	}
	flows := Flows(in)
	if len(flows) != 1 || flows[0].Estimate == nil {
		t.Fatalf("want one flow with an estimate:\n%s", renderFlows(flows))
	}
	f := flows[0]
	if *f.Total != Point(4.8e6) || len(f.Estimate.Independent) != 1 || len(f.Estimate.Echoes) != 19 {
		t.Errorf("got %s", renderFlows(flows))
	}
}
