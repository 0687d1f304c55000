package eval

import (
	"bytes"
	"flag"
	"math"
	"os"
	"path/filepath"
	"testing"

	"armsledger"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

func TestWriteGolden(t *testing.T) {
	tests := []struct {
		name       string // testdata/<name>.golden
		gold, pred string // testdata files; "" for none
		verbose    bool
		why        bool // WriteWhy after Write
	}{
		{"mixed", "mixed.gold.jsonl", "mixed.pred.jsonl", false, false},
		{"mixed-verbose", "mixed.gold.jsonl", "mixed.pred.jsonl", true, false},
		{"mixed-why", "mixed.gold.jsonl", "mixed.pred.jsonl", false, true},
		{"no-predictions", "mixed.gold.jsonl", "", true, true},
		{"empty", "", "", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gold := readTestdata(t, tt.gold)
			var pred [][]armsledger.Claim
			for _, p := range readTestdata(t, tt.pred) {
				pred = append(pred, p.Claims)
			}
			var out bytes.Buffer
			rep := Score(gold, pred)
			if err := rep.Write(&out, tt.verbose); err != nil {
				t.Fatal(err)
			}
			if tt.why {
				if err := rep.WriteWhy(&out); err != nil {
					t.Fatal(err)
				}
			}
			path := filepath.Join("testdata", tt.name+".golden")
			if *update {
				if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./eval -update to create it)", err)
			}
			if !bytes.Equal(out.Bytes(), want) {
				t.Errorf("Write output differs from %s (go test ./eval -update rewrites it):\n--- got\n%s--- want\n%s", path, out.Bytes(), want)
			}
		})
	}
}

// readTestdata reads testdata/name as passages, failing on any bad line.
func readTestdata(t *testing.T, name string) []Passage {
	t.Helper()
	if name == "" {
		return nil
	}
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ps, errs := ReadPassages(f)
	for _, err := range errs {
		t.Errorf("%s: %v", name, err)
	}
	return ps
}

func TestPRF(t *testing.T) {
	tests := []struct {
		name           string
		tp, pred, gold int
		want           PRF
	}{
		{"nothing at all", 0, 0, 0, PRF{}},
		{"no predictions", 0, 0, 4, PRF{FN: 4}},
		{"no gold", 0, 3, 0, PRF{FP: 3}},
		{"no hits", 0, 5, 5, PRF{FP: 5, FN: 5}},
		{"some", 3, 4, 6, PRF{Precision: 0.75, Recall: 0.5, F1: 0.6, TP: 3, FP: 1, FN: 3}},
		{"perfect", 7, 7, 7, PRF{Precision: 1, Recall: 1, F1: 1, TP: 7}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := prf(tt.tp, tt.pred, tt.gold)
			if got.TP != tt.want.TP || got.FP != tt.want.FP || got.FN != tt.want.FN ||
				!near(got.Precision, tt.want.Precision) || !near(got.Recall, tt.want.Recall) || !near(got.F1, tt.want.F1) {
				t.Errorf("prf(%d, %d, %d) = %+v, want %+v", tt.tp, tt.pred, tt.gold, got, tt.want)
			}
		})
	}
}

func TestScore(t *testing.T) {
	gold := []Passage{
		{ID: "a", Claims: []armsledger.Claim{
			claim("NO", "FI", armsledger.Ammunition, armsledger.Delivered, exact(10, "round"), "Berg", "x"),
			claim("NO", "FI", armsledger.Drone, armsledger.Committed, nil, "", "y"),
		}},
		{ID: "b", Claims: []armsledger.Claim{
			claim("SE", "EE", armsledger.Funding, armsledger.Committed, exact(1e6, "EUR"), "", "z"),
		}},
	}
	pred := [][]armsledger.Claim{
		{
			claim("NO", "FI", armsledger.Ammunition, armsledger.Delivered, exact(10, "round"), "Jonas Berg", "x"),
			claim("NO", "FI", armsledger.Drone, armsledger.Delivered, nil, "Berg", "y"),
			claim("NO", "FI", armsledger.Ship, armsledger.Delivered, nil, "", "w"),
		},
		// b has no predictions; a third list has no gold passage.
		nil,
		{claim("DK", "EE", armsledger.Other, armsledger.Delivered, nil, "", "v")},
	}
	r := Score(gold, pred)
	want := Counts{Gold: 3, Pred: 4, Core: 2, Strict: 1, Status: 1, Quantity: 2, Speaker: 1}
	if r.Total != want {
		t.Errorf("totals = %+v, want %+v", r.Total, want)
	}
	if len(r.Passages) != 3 {
		t.Fatalf("got %d passage results, want 3", len(r.Passages))
	}
	if p := r.Passages[1]; p.ID != "b" || len(p.Missed) != 1 || len(p.FalsePositives) != 0 {
		t.Errorf("passage b = %+v, want its one claim missed", p)
	}
	if p := r.Passages[2]; p.ID != "" || p.Index != 2 || len(p.FalsePositives) != 1 {
		t.Errorf("extra passage = %+v, want one false positive", p)
	}
	if p := r.Passages[0]; len(p.Matches) != 2 || len(p.FalsePositives) != 1 || p.FalsePositives[0].Category != armsledger.Ship {
		t.Errorf("passage a = %+v", p)
	}
	checks := []struct {
		name      string
		got, want float64
	}{
		{"core precision", r.Core().Precision, 0.5},
		{"core recall", r.Core().Recall, 2.0 / 3},
		{"strict precision", r.Strict().Precision, 0.25},
		{"strict recall", r.Strict().Recall, 1.0 / 3},
		{"status accuracy", r.StatusAccuracy(), 0.5},
		{"quantity accuracy", r.QuantityAccuracy(), 1},
		{"speaker accuracy", r.SpeakerAccuracy(), 0.5},
	}
	for _, c := range checks {
		if !near(c.got, c.want) {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	empty := Score(nil, nil)
	if empty.StatusAccuracy() != 0 || empty.Core() != (PRF{}) {
		t.Errorf("empty report = %+v, want zeros", empty)
	}
}

func TestClaimLine(t *testing.T) {
	tests := []struct {
		name string
		c    armsledger.Claim
		want string
	}{
		{"the brief's example",
			claim("KP", "RU", armsledger.Ammunition, armsledger.Delivered, exact(4.8e6, "round"), "Shin Wonsik", "sent 4.8 million rounds"),
			"KP -> RU ammunition 4800000..4800000 round exact delivered [Shin Wonsik] «sent 4.8 million rounds»"},
		{"no quantity, no actors, multi-line evidence",
			claim("", "US,EU", armsledger.Other, armsledger.Denied, nil, "", "no\n  weapons\twere sent"),
			"? -> US,EU other - denied [] «no weapons were sent»"},
		{"open max and big money",
			claim("US", "IL", armsledger.Funding, armsledger.Committed, qty(num(1.8e10), nil, "USD"), "", "x"),
			"US -> IL funding 18000000000.. USD committed [] «x»"},
		{"open min, fractions, empty category and status",
			claim("NO", "FI", "", "", qty(nil, num(0.5), "tonne"), "Berg", "y"),
			"NO -> FI ? ..0.5 tonne ? [Berg] «y»"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := claimLine(tt.c); got != tt.want {
				t.Errorf("claimLine =\n  %s\nwant\n  %s", got, tt.want)
			}
		})
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
