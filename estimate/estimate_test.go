package estimate

import (
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"
)

// figures lists the Figure of each note, to check which cells a result
// could not use.
func figures(notes []Note) []string {
	var out []string
	for _, n := range notes {
		out = append(out, n.Figure)
	}
	return out
}

func TestCapacity(t *testing.T) {
	tb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, munition, container string
		want                      Interval
		notes                     []string // figures that must be noted
	}{
		// No figure for 152 mm at all: nothing bounds it.
		{"152mm has no figure", "152mm", "20ft", Unbounded, []string{"152mm mass", "152mm packed volume", "152mm full load"}},
		{"names ignore case, spaces and hyphens", "152 MM", "20 FT", Unbounded, []string{"152mm mass"}},
		// 28,180 kg / ≈45 kg = 626.2: a ceiling from the bare projectile.
		{"155mm in a 20 ft box", "155mm", "20ft", Interval{0, 626}, []string{"155mm crate", "155mm mass", "155mm full load"}},
		// 18,000 kg / ≈45 kg = 400.
		{"155mm in a 1C box", "155mm", "1C", Interval{0, 400}, []string{"155mm crate"}},
		// 21,750 kg / 46.4 kg = 468.75.
		{"K9 shells in a 1CC box", "155mm-k9", "1CC", Interval{0, 468}, []string{"155mm-k9 crate"}},
		// 28,180 kg / 65 kg = 433.5; the 20 ft box has the largest payload.
		{"Grad rockets in any box", "122mm-grad", "", Interval{0, 433}, []string{"122mm-grad crate"}},
		// 28,180 kg / 21 kg = 1,341.9, and the shells weigh more than 21 kg.
		{"M-30 shells, a floor under the mass", "122mm-m30", "20ft", Interval{0, 1341}, []string{"122mm-m30 crate"}},
		{"122 mm D-30 has no figure", "122mm", "", Unbounded, []string{"122mm mass"}},
		{"any munition is unbounded while one is", "", "20ft", Unbounded, []string{"152mm mass", "155mm crate"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, notes, err := tb.Capacity(tt.munition, tt.container)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("Capacity = %v, want %v", got, tt.want)
			}
			for _, f := range tt.notes {
				if !slices.Contains(figures(notes), f) {
					t.Errorf("no note on %q in %v", f, notes)
				}
			}
		})
	}
}

func TestCapacityUnknownNames(t *testing.T) {
	tb, _ := Default()
	if _, _, err := tb.Capacity("150mm", ""); err == nil || !strings.Contains(err.Error(), "152mm") {
		t.Errorf("unknown munition: %v (want an error listing the table's names)", err)
	}
	if _, _, err := tb.Capacity("152mm", "45ft"); err == nil {
		t.Error("unknown container: no error")
	}
}

func TestIntervalText(t *testing.T) {
	for _, tt := range []struct {
		iv         Interval
		text, json string
	}{
		{Interval{0, 626}, "[0, 626]", `{"min":0,"max":626}`},
		{Unbounded, "[0, unbounded)", `{"min":0,"max":null}`},
		{Interval{3e6 / 6700, 3e6 / 6700}, "[447.76, 447.76]", `{"min":447.76119402985074,"max":447.76119402985074}`},
	} {
		b, err := tt.iv.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		if tt.iv.String() != tt.text || string(b) != tt.json {
			t.Errorf("%#v: %s %s, want %s %s", tt.iv, tt.iv, b, tt.text, tt.json)
		}
		var back Interval
		if err := json.Unmarshal(b, &back); err != nil || back != tt.iv {
			t.Errorf("%s reads back as %#v (%v), want %#v", b, back, err, tt.iv)
		}
	}
}

func TestRounds(t *testing.T) {
	tests := []struct {
		name       string
		containers float64
		munition   string
		want       Interval
		err        bool
	}{
		{"10,000 boxes of 152 mm: unbounded, the table has no figure", 1e4, "152mm", Unbounded, false},
		{"10,000 boxes of Grad rockets", 1e4, "122mm-grad", Interval{0, 4330000}, false},
		{"6,700 boxes of 155 mm", 6700, "155mm", Interval{0, 6700 * 626}, false},
		{"no boxes", 0, "155mm", Interval{}, false},
		{"a negative count", -1, "155mm", Interval{}, true},
		{"not a number", math.NaN(), "155mm", Interval{}, true},
		{"an unknown munition", 1, "nuclear", Interval{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := Rounds(tt.containers, tt.munition)
			if (err != nil) != tt.err {
				t.Fatalf("err = %v, want error %v", err, tt.err)
			}
			if got != tt.want {
				t.Errorf("Rounds = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestCapacityFullFigures uses a table of invented figures to exercise what
// the real table cannot yet: crates, volumes and a full load.
func TestCapacityFullFigures(t *testing.T) {
	munitions := `
# munition	kg_min	kg_max	kg_of	kg_source	crate_kg	per_crate	crate_source	packed_m3	packed_source
a	20	20	round	[test]	100	4	[test]	0.02	[test]
b	20	20	round	[test]	100	4	[test]		n/f: test
c	20	20	round	[test]	≈100	4	[test]	0.02	[test]
`
	containers := `
box	30	20000	2000		[test]
tight	10	20000	2000		[test]
nopayload	30				[test]
`
	tb, err := Parse([]byte(munitions), []byte(containers))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		munition, container string
		want                Interval
		notes               []string
	}{
		// 20,000 kg / 25 kg = 800 by mass, 30 / 0.02 = 1,500 by volume: mass binds, both ways.
		{"a", "box", Interval{800, 800}, nil},
		// 10 / 0.02 = 500 by volume binds before 800 by mass.
		{"a", "tight", Interval{500, 500}, nil},
		// Without a packed volume the most is 800 by mass, the fewest unknown.
		{"b", "box", Interval{0, 800}, []string{"b packed volume", "b full load"}},
		{"a", "nopayload", Interval{0, 1500}, []string{"nopayload payload", "a full load"}},
		{"c", "box", Interval{800, 800}, []string{"c mass"}},
	}
	for _, tt := range tests {
		got, notes, err := tb.Capacity(tt.munition, tt.container)
		if err != nil {
			t.Fatal(err)
		}
		if got != tt.want || !slices.Equal(figures(notes), tt.notes) {
			t.Errorf("Capacity(%s, %s) = %v %v, want %v %v", tt.munition, tt.container, got, figures(notes), tt.want, tt.notes)
		}
	}
}

func TestParseRefusesUntracedFigures(t *testing.T) {
	okC := "box\t30\t20000\t2000\t\t[test]\n"
	okM := "a\t20\t20\tround\t[test]\t\t\tn/f: none\t\tn/f: none\n"
	tests := []struct{ name, munitions, containers, want string }{
		{"a figure without a source", "a\t20\t20\tround\t\t\t\tn/f: none\t\tn/f: none\n", okC, "without a source"},
		{"a figure whose source says n/f", "a\t20\t20\tround\tn/f: x\t\t\tn/f: none\t\tn/f: none\n", okC, "without a source"},
		{"a gap without a reason", "a\t20\t20\tround\t[test]\t\t\t\t\tn/f: none\n", okC, "n/f: <why>"},
		{"a gap with an empty reason", "a\t20\t20\tround\t[test]\t\t\tn/f:\t\tn/f: none\n", okC, "n/f: <why>"},
		{"not a number", "a\tforty\t20\tround\t[test]\t\t\tn/f: none\t\tn/f: none\n", okC, "not a positive number"},
		{"zero", "a\t20\t20\tround\t[test]\t100\t0\t[test]\t\tn/f: none\n", okC, "not a positive number"},
		{"a missing field", "a\t20\t20\tround\t[test]\n", okC, "want 10 tab-separated fields"},
		{"a container figure without a source", okM, "box\t30\t20000\t2000\t\t\n", "without a source"},
		{"an empty table", "# nothing\n", okC, "no munitions"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.munitions), []byte(tt.containers))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse error %v, want one saying %q", err, tt.want)
			}
		})
	}
}

// TestEmbeddedTable checks the shipped table against the facts sheet it was
// copied from (../shared/data/cargo-facts.md, sections 1 and 2).
func TestEmbeddedTable(t *testing.T) {
	tb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"152mm", "122mm", "122mm-grad", "155mm", "155mm-k9"} {
		if _, err := tb.Munition(name); err != nil {
			t.Error(err)
		}
	}
	payload := map[string]float64{"20ft": 28180, "40ft": 26730, "40ft-hc": 26540, "1CC": 21750, "1C": 18000, "1AA": 26580}
	volume := map[string]float64{"20ft": 33.2, "40ft": 67.7, "40ft-hc": 76.3, "1CC": 32.7, "1C": 30.6, "1AA": 66.6}
	for name, p := range payload {
		c, err := tb.Container(name)
		if err != nil {
			t.Error(err)
			continue
		}
		if c.Payload.Value != p || c.Volume.Value != volume[name] {
			t.Errorf("%s: payload %v volume %v, want %v and %v", name, c.Payload, c.Volume, p, volume[name])
		}
	}
	mass := map[string]string{"152mm": "", "122mm": "", "122mm-m30": ">21", "122mm-grad": "65", "155mm": "≈45", "155mm-k9": "46.4"}
	for name, want := range mass {
		m, _ := tb.Munition(name)
		if m.MassMin.String() != want {
			t.Errorf("%s: mass %q, want %q", name, m.MassMin, want)
		}
	}
	// No crate or packed volume was found for any munition; the day one is,
	// this test should change with the table.
	for _, m := range tb.Munitions {
		if m.CrateMass.Known || m.PerCrate.Known || m.PackedVolume.Known {
			t.Errorf("%s has packing figures; update this test and check their sources", m.Name)
		}
	}
}
