package reconcile

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"armsledger"
)

func TestAssertions(t *testing.T) {
	r48 := exact(4.8e6, "round")
	tests := []struct {
		name    string
		sources []Source
		want    []string // summary of each assertion, in order
	}{
		{
			name: "one statement, three outlets",
			sources: []Source{
				src(3, "d3", "Reuters", "2024-06-15", r48, speaker("Shin"), via("Bloomberg")),
				src(1, "d1", "Bloomberg", "2024-06-14", r48, speaker("Shin Won-sik")),
				src(2, "d2", "Yonhap", "2024-06-14", qty(-1, 4.8e6, "round", armsledger.AtMost), speaker("Shin Wonsik")),
			},
			// The echo's "up to" does not widen the amount.
			want: []string{"2024-06-14 4,800,000 unknown ind=1 echo=2<1,3<1"},
		},
		{
			name: "more than 1,000 and more than 13,000 are two statements",
			sources: []Source{
				src(1, "d1", "KBS", "2023-10-16", atLeast(1e3, "container")),
				src(2, "d2", "Korea Herald", "2024-08-27", atLeast(13e3, "container")),
			},
			want: []string{"2023-10-16 ≥1,000 unknown ind=1", "2024-08-27 ≥13,000 unknown ind=2"},
		},
		{
			name: "at least N and N are one statement",
			sources: []Source{
				src(1, "d1", "Bloomberg", "2024-06-14", atLeast(1e4, "container"), speaker("Shin Won-sik")),
				src(2, "d2", "CNN", "2024-06-14", exact(1e4, "container"), speaker("John Kirby")),
			},
			want: []string{"2024-06-14 ≥10,000 unknown ind=1,2"},
		},
		{
			name: "figures within 1% are one statement, beyond are two",
			sources: []Source{
				src(1, "d1", "A", "2024-06-14", r48),
				src(2, "d2", "B", "2024-06-15", exact(4.84e6, "round")),
				src(3, "d3", "C", "2024-06-16", exact(4.9e6, "round")),
			},
			want: []string{"2024-06-14 [4,800,000, 4,840,000] unknown ind=1,2", "2024-06-16 4,900,000 unknown ind=3"},
		},
		{
			name: "claims without amount go together, apart from claims with one",
			sources: []Source{
				src(1, "d1", "A", "2024-06-14", nil, category(armsledger.Technology), flow("RU", "KP")),
				src(2, "d2", "B", "2024-06-15", nil, category(armsledger.Technology), flow("RU", "KP")),
				src(3, "d3", "C", "2024-06-15", exact(5, "item"), category(armsledger.Technology), flow("RU", "KP")),
			},
			want: []string{"2024-06-14 no amount unknown ind=1,2", "2024-06-15 5 unknown ind=3"},
		},
		{
			name: "different deadlines are different statements; an unknown time joins the first",
			sources: []Source{
				src(1, "d1", "Reuters", "2023-03-20", exact(1e6, "round"), flow("EU", "UA"), status(armsledger.Committed), when("by March 2024", "", "2024-03-31")),
				src(2, "d2", "Euronews", "2024-01-31", exact(1e6, "round"), flow("EU", "UA"), status(armsledger.Committed), when("by the end of 2024", "", "2024-12-31")),
				src(3, "d3", "AP", "2024-06-14", exact(1e6, "round"), flow("EU", "UA"), status(armsledger.Committed)),
			},
			want: []string{"2023-03-20 1,000,000 unknown ind=1,3", "2024-01-31 1,000,000 unknown ind=2"},
		},
		{
			name: "overlapping times are compatible",
			sources: []Source{
				src(1, "d1", "A", "2024-01-22", exact(1e6, "round"), when("from September to November", "2023-09-01", "2023-11-30")),
				src(2, "d2", "B", "2024-01-23", exact(1e6, "round"), when("in October", "2023-10-01", "2023-10-31")),
			},
			// A delivered figure dates from the end of its time, the earliest End.
			want: []string{"2023-10-31 1,000,000 unknown ind=1,2"},
		},
		{
			name: "scopes must agree when both are known",
			sources: []Source{
				src(1, "d1", "A", "2024-06-14", exact(1e3, "container"), scope(Increment)),
				src(2, "d2", "B", "2024-06-15", exact(1e3, "container"), scope(Cumulative)),
				src(3, "d3", "C", "2024-06-16", exact(1e3, "container")),
			},
			want: []string{"2024-06-14 1,000 increment ind=1,3", "2024-06-15 1,000 cumulative ind=2"},
		},
		{
			name: "a delivery report cannot describe a shipment made after it was published",
			sources: []Source{
				src(1, "d1", "KBS", "2023-10-16", atLeast(1e3, "container"), category(armsledger.Container)),
				src(2, "d2", "Insight News", "2024-03-15", qty(200, 999, "container", armsledger.Vague), category(armsledger.Container),
					scope(Increment), when("on 12 March", "2024-03-12", "2024-03-12")),
				src(3, "d3", "AP", "2023-10-20", exact(1e3, "container"), category(armsledger.Container),
					when("since September", "2023-09-01", "")),
			},
			want: []string{"2023-10-16 ≥1,000 unknown ind=1,3", "2024-03-12 [200, 999] increment ind=2"},
		},
		{
			name: "a state reached by a later date is not a shipment after publication",
			sources: []Source{
				src(1, "d1", "A", "2024-01-31", exact(1.155e6, "round"), flow("EU", "UA"), when("by the end of 2024", "", "2024-12-31")),
				src(2, "d2", "B", "2024-02-01", exact(1.155e6, "round"), flow("EU", "UA"), when("by the end of 2024", "", "2024-12-31")),
			},
			want: []string{"2024-01-31 1,155,000 unknown ind=1,2"},
		},
		{
			name: "a commitment's deadline may lie after another report of it",
			sources: []Source{
				src(1, "d1", "Reuters", "2023-03-20", exact(1e6, "round"), status(armsledger.Committed)),
				src(2, "d2", "AP", "2023-03-21", exact(1e6, "round"), status(armsledger.Committed), when("by March 2024", "", "2024-03-31")),
			},
			want: []string{"2023-03-20 1,000,000 unknown ind=1,2"},
		},
		{
			name: "one document counts once",
			sources: []Source{
				src(1, "d1", "A", "2024-06-14", r48),
				src(2, "d1", "A", "2024-06-14", r48),
				src(3, "d2", "B", "2024-06-15", r48),
			},
			want: []string{"2024-06-14 4,800,000 unknown ind=1,3 repeat=2"},
		},
		{
			name: "status and unit split the key",
			sources: []Source{
				src(1, "d1", "A", "2024-06-14", r48),
				src(2, "d2", "B", "2024-06-14", r48, status(armsledger.Capacity)),
				src(3, "d3", "C", "2024-06-14", exact(4.8e6, "tonne")),
			},
			// Keys sort by flow (unit included), then status: capacity before delivered.
			want: []string{"2024-06-14 4,800,000 unknown ind=2", "2024-06-14 4,800,000 unknown ind=1", "2024-06-14 4,800,000 unknown ind=3"},
		},
		{
			name: "undated sources come last and date nothing",
			sources: []Source{
				src(2, "d2", "B", "", r48),
				src(1, "d1", "A", "", exact(15e6, "round")),
				src(3, "d3", "C", "2024-06-14", r48),
			},
			want: []string{"2024-06-14 4,800,000 unknown ind=3,2", "undated 15,000,000 unknown ind=1"},
		},
		{
			name: "as of a date before publication",
			sources: []Source{
				src(1, "d1", "Yonhap", "2024-07-24", exact(5.2e6, "round"), status(armsledger.Capacity), when("as of July 15", "", "2024-07-15")),
			},
			want: []string{"2024-07-15 5,200,000 unknown ind=1"},
		},
		{
			name: "a time after publication does not date a delivery",
			sources: []Source{
				src(1, "d1", "A", "2024-06-14", r48, when("this year", "2024-01-01", "2024-12-31")),
			},
			want: []string{"2024-06-14 4,800,000 unknown ind=1"},
		},
		{
			name: "since gives no date",
			sources: []Source{
				src(1, "d1", "A", "2024-02-23", atLeast(1e4, "container"), when("since September 2023", "2023-09-01", "")),
			},
			want: []string{"2024-02-23 ≥10,000 unknown ind=1"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range Assertions(tt.sources) {
				got = append(got, summary(a))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// TestAssertionsOrderFree checks that shuffling the input changes nothing.
func TestAssertionsOrderFree(t *testing.T) {
	var in []Source
	for i, v := range []float64{1e6, 3e6, 3e6, 4.8e6, 4.8e6, 4.8e6, 6e6, 9.4e6, 8e6, 4.83e6} {
		in = append(in, src(int64(i+1), "d"+string(rune('a'+i)), "Outlet"+string(rune('A'+i%3)),
			"2024-0"+string(rune('1'+i%9))+"-01", exact(v, "round"), speaker([]string{"Shin", "Kang", ""}[i%3])))
	}
	want := renderAssertions(Assertions(in))
	r := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		r.Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
		if got := renderAssertions(Assertions(in)); got != want {
			t.Fatalf("order changed the result:\n%s\nwant\n%s", got, want)
		}
	}
}

func TestSpeakers(t *testing.T) {
	a := Assertions([]Source{
		src(1, "d1", "Bloomberg", "2024-06-14", exact(4.8e6, "round"), speaker("Shin Won-sik")),
		src(2, "d2", "Yonhap", "2024-06-15", exact(4.8e6, "round"), speaker("Shin Wonsik")),
		src(3, "d3", "CNN", "2024-06-16", exact(4.8e6, "round"), speaker("John Kirby")),
		src(4, "d4", "AP", "2024-06-17", exact(4.8e6, "round")),
	})[0]
	if got := strings.Join(a.Speakers(), "; "); got != "Shin Won-sik; John Kirby" {
		t.Errorf("Speakers = %q", got)
	}
}
