package main

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"armsledger/estimate"
	"armsledger/internal/testdb"
)

func TestEstimateContainers(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		rounds string // the rounds line of the table
		per    string // the per container line
		notes  []string
	}{
		// No 152 mm figure is in the table: nothing bounds the count, and
		// the table says why rather than inventing a figure.
		{"152mm", []string{"--munition", "152mm"}, "unbounded", "unbounded",
			[]string{"152mm mass: not found", "152mm packed volume: not found", "152mm full load: unknown"}},
		// 155 mm in 20 ft boxes: 28,180 kg over ≈45 kg is at most 626 a box.
		{"155mm in 20ft", []string{"--munition", "155mm", "--container", "20ft"}, "≤6,260,000", "≤626",
			[]string{"155mm crate: not found", "155mm mass: approximate"}},
		{"any munition", nil, "unbounded", "unbounded",
			[]string{"152mm: mass not found; packed volume not found; full load unknown"}},
		{"zero containers", []string{"--containers", "0", "--munition", "155mm"}, "0", "≤626", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"estimate", "--containers", "10000"}, tt.args...)
			out := mustRun(t, args...)
			for _, want := range append([]string{"rounds:         " + tt.rounds + "\n", "per container:  " + tt.per + "\n"}, tt.notes...) {
				if !strings.Contains(out, want) {
					t.Errorf("lacks %q:\n%s", want, out)
				}
			}
		})
	}

	var c conversion
	if err := json.Unmarshal([]byte(mustRun(t, "estimate", "--containers", "10000", "--munition", "152mm", "--json")), &c); err != nil {
		t.Fatal(err)
	}
	if c.Containers != 1e4 || c.Munition != "152mm" || c.Container != "any" || c.Rounds.Min != 0 ||
		!math.IsInf(c.Rounds.Max, 1) || len(c.Notes) != 3 || c.Notes[0].Figure != "152mm mass" {
		t.Errorf("--json: %+v", c)
	}

	for _, args := range [][]string{
		{"estimate"},
		{"estimate", "--containers", "10", "--ledger"},
		{"estimate", "--containers", "-1"},
		{"estimate", "--containers", "10", "--munition", "nuclear"},
		{"estimate", "--containers", "10", "--container", "crate"},
		{"estimate", "--containers", "ten"},
	} {
		if _, _, err := run(t, "", args...); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

// TestEstimateLedger checks the pair "at least 10,000 containers ...,
// capable of carrying 4.8 million rounds": 480 rounds per container, which
// the table can neither support nor refute for any munition, fits 155 mm
// shells in a 20 ft box and not in a 1C box.
func TestEstimateLedger(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		ingestCorpus(t, dsn, cargoCorpus())
		tests := []struct {
			args             []string
			as, from         string
			capacity         string
			verdict          estimate.Verdict
			notesLine        string
			containersInNote bool
		}{
			{nil, "any", "any", "unbounded", estimate.Undetermined, "cargo table notes (any munition, any container)", false},
			{[]string{"--munition", "155mm"}, "155mm", "flag", "≤626", estimate.Plausible, "cargo table notes (155mm munition, any container)", false},
			{[]string{"--munition", "155mm", "--container", "1C"}, "155mm", "flag", "≤400", estimate.Implausible, "cargo table notes (155mm munition in 1C containers)", true},
		}
		for _, tt := range tests {
			t.Run(strings.Join(append([]string{"as"}, tt.args...), " "), func(t *testing.T) {
				args := append([]string{"estimate", "--ledger", "--db", dsn}, tt.args...)
				var checks []cargoCheck
				if err := json.Unmarshal([]byte(mustRun(t, append(args, "--json")...)), &checks); err != nil {
					t.Fatal(err)
				}
				if len(checks) != 1 || checks[0].Implication == nil {
					t.Fatalf("want one checked pair: %s", toJSON(t, checks))
				}
				c := checks[0]
				im := c.Implication
				if amount(&c.Containers) != "≥10,000" || amount(&c.Rounds) != "4,800,000" ||
					c.Cargo.Claim.Evidence == "" || c.Munition.Claim.Evidence == "" || c.Cargo.ClaimID == c.Munition.ClaimID {
					t.Errorf("pair %s / %s from claims %d and %d", amount(&c.Containers), amount(&c.Rounds), c.Cargo.ClaimID, c.Munition.ClaimID)
				}
				if im.PerContainer != (estimate.Interval{Min: 480, Max: 480}) || im.Verdict != tt.verdict ||
					c.CheckedAs != tt.as || c.CheckedFrom != tt.from || estInterval(im.Capacity) != tt.capacity {
					t.Errorf("checked as %s (from %s): %v per container, capacity %v, %s; want 480, %s, %s",
						c.CheckedAs, c.CheckedFrom, im.PerContainer, im.Capacity, im.Verdict, tt.capacity, tt.verdict)
				}

				out := mustRun(t, args...)
				row := tableRow(t, out, "KP → RU")
				for _, want := range []string{"2024-06-14", "≥10,000", "4,800,000", tt.as, " 480 ", tt.capacity, string(tt.verdict)} {
					if !strings.Contains(row, want) {
						t.Errorf("row lacks %q:\n%s", want, out)
					}
				}
				if !strings.Contains(out, tt.notesLine) || !strings.HasSuffix(out, "\n1 pair\n") {
					t.Errorf("want the table's notes and the count:\n%s", out)
				}
			})
		}
		// The filters apply: the containers are another category.
		if out := mustRun(t, "estimate", "--ledger", "--db", dsn, "--category", "ammunition"); !strings.HasPrefix(out, "no cargo pairs") {
			t.Errorf("--category ammunition:\n%s", out)
		}
		if _, _, err := run(t, "", "estimate", "--ledger", "--db", dsn, "--munition", "nuclear"); err == nil {
			t.Error("--munition nuclear: no error")
		}
	})
}

// TestEstimateLedgerSeries checks every pair of the series corpus, and
// that a munition named in the claim's item is the one checked.
func TestEstimateLedgerSeries(t *testing.T) {
	dsn := testdb.DSN(t, "sqlite")
	ingestCorpus(t, dsn, seriesCorpus())
	var checks []cargoCheck
	if err := json.Unmarshal([]byte(mustRun(t, "estimate", "--ledger", "--db", dsn, "--json")), &checks); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range checks {
		got = append(got, day(c.Munition.Published)+" "+estInterval(c.Implication.PerContainer)+" "+c.CheckedAs+" "+string(c.Implication.Verdict))
	}
	want := []string{
		"2023-10-16 200–1,000 any undetermined",
		"2024-02-27 447.76 152mm undetermined",
		"2024-06-14 480 any undetermined",
		"2024-08-27 461.54 152mm undetermined",
		"2024-10-23 470 any undetermined",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("pairs:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestMunitionOf(t *testing.T) {
	table, err := estimate.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ item, want string }{
		{"152mm artillery shells", "152mm"},
		{"152 mm shells", "152mm"},
		{"122-mm rounds", "122mm"},
		{"155MM projectiles", "155mm"},
		{"rounds of ammunition", ""},
		{"152mm and 122mm shells", ""},
		{"152mm shells (152 mm)", "152mm"},
		{"7.62x39 cartridges", "7.62x39"},
		{"1152mm", ""},
	} {
		if got := munitionOf(tt.item, table); got != tt.want {
			t.Errorf("munitionOf(%q) = %q, want %q", tt.item, got, tt.want)
		}
	}
}
