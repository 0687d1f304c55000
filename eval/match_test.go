package eval

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"armsledger"
)

// claim builds a test claim; actors are comma-separated codes, "" for none.
func claim(sup, rec string, cat armsledger.Category, st armsledger.Status, q *armsledger.Quantity, speaker, evidence string) armsledger.Claim {
	return armsledger.Claim{Suppliers: codes(sup), Recipients: codes(rec), Category: cat, Status: st,
		Quantity: q, Speaker: speaker, Evidence: evidence}
}

func codes(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

func num(v float64) *float64 { return &v }

func qty(lo, hi *float64, unit string) *armsledger.Quantity {
	return &armsledger.Quantity{Min: lo, Max: hi, Unit: unit}
}

func exact(v float64, unit string) *armsledger.Quantity {
	q := qty(num(v), num(v), unit)
	q.Qualifier = armsledger.Exact
	return q
}

func TestSameSet(t *testing.T) {
	tests := []struct {
		a, b []string
		want bool
	}{
		{nil, nil, true},
		{nil, []string{}, true},
		{[]string{"KP"}, []string{"KP"}, true},
		{[]string{"US", "EU"}, []string{"EU", "US"}, true},
		{[]string{"US", "US"}, []string{"US"}, true},
		{[]string{"US", "EU"}, []string{"US"}, false},
		{[]string{"US"}, []string{"US", "EU"}, false},
		{nil, []string{"KP"}, false},
		{[]string{"KP"}, []string{"RU"}, false},
		// Codes are upper case by FORMAT.md; a lower-case one is a wrong code.
		{[]string{"KP"}, []string{"kp"}, false},
	}
	for _, tt := range tests {
		if got := sameSet(tt.a, tt.b); got != tt.want {
			t.Errorf("sameSet(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSameQuantity(t *testing.T) {
	tests := []struct {
		name string
		a, b *armsledger.Quantity
		want bool
	}{
		{"both null", nil, nil, true},
		{"null and a quantity", nil, exact(5, "item"), false},
		{"quantity and null", exact(5, "item"), nil, false},
		{"equal", exact(4.8e6, "round"), exact(4.8e6, "round"), true},
		{"other unit", exact(24, "item"), exact(24, "round"), false},
		{"currency codes differ", exact(1e9, "USD"), exact(1e9, "EUR"), false},
		{"1% above", exact(100, "item"), exact(101, "item"), true},
		{"1% below", exact(100, "item"), exact(99, "item"), true},
		{"just over 1%", exact(100, "item"), exact(101.02, "item"), false},
		{"tolerance is symmetric", exact(101.02, "item"), exact(100, "item"), false},
		{"relative to the larger side", exact(99, "item"), exact(100, "item"), true},
		{"rounded millions", exact(4.8e6, "round"), exact(4.81e6, "round"), true},
		{"min off, max equal", qty(num(200), num(999), "item"), qty(num(240), num(999), "item"), false},
		{"both open max", qty(num(10000), nil, "container"), qty(num(10000), nil, "container"), true},
		{"open max and a max", qty(num(10000), nil, "container"), exact(10000, "container"), false},
		{"both open min", qty(nil, num(50), "item"), qty(nil, num(50), "item"), true},
		{"open min is not zero", qty(nil, num(50), "item"), qty(num(0), num(50), "item"), false},
		{"zero equals zero", exact(0, "item"), exact(0, "item"), true},
		{"qualifier not compared",
			&armsledger.Quantity{Min: num(40), Max: num(40), Unit: "item", Qualifier: armsledger.About},
			&armsledger.Quantity{Min: num(40), Max: num(40), Unit: "item", Qualifier: armsledger.Exact}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sameQuantity(tt.a, tt.b); got != tt.want {
				t.Errorf("sameQuantity = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSameSpeaker(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"", "", true},
		{"", "Pentagon", false},
		{"Pentagon", "", false},
		{"Pentagon", "pentagon", true},
		{"Blinken", "Antony Blinken", true},
		{"the Pentagon", "PENTAGON", true},
		{" Pentagon ", "Pentagon", true},
		{"Josep Borrell", "Borell", false},
		// Spelling variants are not folded: README.md asks for containment only.
		{"Kim Jong-un", "Kim Jong Un", false},
	}
	for _, tt := range tests {
		if got := sameSpeaker(tt.a, tt.b); got != tt.want {
			t.Errorf("sameSpeaker(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestJaccard(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"", "", 0},
		{"sent shells", "", 0},
		{"Sent shells.", "sent SHELLS", 1},
		{"sent 10 shells", "sent shells shells", 2.0 / 3},
		{"sent shells", "got drones", 0},
	}
	for _, tt := range tests {
		if got := jaccard(tokens(tt.a), tokens(tt.b)); got != tt.want {
			t.Errorf("jaccard(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestPair(t *testing.T) {
	const (
		ammo = armsledger.Ammunition
		dlv  = armsledger.Delivered
		cmt  = armsledger.Committed
		cap_ = armsledger.Capacity
	)
	tests := []struct {
		name        string
		gold, pred  []armsledger.Claim
		want        []string // "gold-pred strict|core"
		missed, fps []int
	}{
		{
			name: "empty",
		},
		{
			name:   "no predictions",
			gold:   []armsledger.Claim{claim("NO", "FI", ammo, dlv, nil, "", "")},
			missed: []int{0},
		},
		{
			name: "no gold",
			pred: []armsledger.Claim{claim("NO", "FI", ammo, dlv, nil, "", "")},
			fps:  []int{0},
		},
		{
			name: "set order ignored, empty sets equal",
			gold: []armsledger.Claim{
				claim("US,EU", "UA", ammo, dlv, nil, "", "a"),
				claim("", "UA", ammo, dlv, nil, "", "b"),
			},
			pred: []armsledger.Claim{
				claim("", "UA", ammo, dlv, nil, "", "b"),
				claim("EU,US", "UA", ammo, dlv, nil, "", "a"),
			},
			want: []string{"0-1 strict", "1-0 strict"},
		},
		{
			name:   "category, supplier subset and direction must agree",
			gold:   []armsledger.Claim{claim("US,EU", "UA", ammo, dlv, nil, "", "x")},
			pred:   []armsledger.Claim{claim("US,EU", "UA", armsledger.Missile, dlv, nil, "", "x"), claim("US", "UA", ammo, dlv, nil, "", "x"), claim("UA", "US,EU", ammo, dlv, nil, "", "x")},
			missed: []int{0},
			fps:    []int{0, 1, 2},
		},
		{
			name: "core match when status and quantity differ",
			gold: []armsledger.Claim{claim("NO", "FI", ammo, dlv, exact(120, "round"), "", "x")},
			pred: []armsledger.Claim{claim("NO", "FI", ammo, cmt, exact(200, "round"), "", "x")},
			want: []string{"0-0 core"},
		},
		{
			name: "strict pair beats a better evidence overlap",
			gold: []armsledger.Claim{
				claim("NO", "FI", ammo, dlv, exact(3e5, "round"), "", "Norway sent 300,000 shells to Finland"),
				claim("NO", "FI", ammo, cap_, exact(3e5, "round"), "", "crates that hold 300,000 shells"),
			},
			pred:   []armsledger.Claim{claim("NO", "FI", ammo, cap_, exact(3e5, "round"), "", "Norway sent 300,000 shells to Finland")},
			want:   []string{"1-0 strict"},
			missed: []int{0},
		},
		{
			name: "strict pairs first keeps both strict",
			gold: []armsledger.Claim{
				claim("NO", "FI", ammo, dlv, exact(10, "round"), "", "same words"),
				claim("NO", "FI", ammo, cmt, exact(10, "round"), "", "same words"),
			},
			pred: []armsledger.Claim{
				claim("NO", "FI", ammo, cmt, exact(10, "round"), "", "same words"),
				claim("NO", "FI", ammo, dlv, exact(10, "round"), "", "same words"),
			},
			want: []string{"0-1 strict", "1-0 strict"},
		},
		{
			name: "evidence overlap breaks ties",
			gold: []armsledger.Claim{
				claim("NO", "FI", ammo, dlv, nil, "", "Norway shipped mortar bombs"),
				claim("NO", "FI", ammo, dlv, nil, "", "Oslo also sent rifle cartridges"),
			},
			pred:   []armsledger.Claim{claim("NO", "FI", ammo, dlv, nil, "", "sent rifle cartridges")},
			want:   []string{"1-0 strict"},
			missed: []int{0},
		},
		{
			name: "speaker agreement breaks ties after overlap",
			gold: []armsledger.Claim{
				claim("NO", "FI", ammo, dlv, nil, "Defence Ministry", "shells"),
				claim("NO", "FI", ammo, dlv, nil, "Jonas Berg", "shells"),
			},
			pred:   []armsledger.Claim{claim("NO", "FI", ammo, dlv, nil, "Berg", "shells")},
			want:   []string{"1-0 strict"},
			missed: []int{0},
		},
		{
			name: "each claim used once",
			gold: []armsledger.Claim{claim("NO", "FI", ammo, dlv, nil, "", "shells")},
			pred: []armsledger.Claim{
				claim("NO", "FI", ammo, dlv, nil, "", "shells"),
				claim("NO", "FI", ammo, dlv, nil, "", "shells"),
			},
			want: []string{"0-0 strict"},
			fps:  []int{1},
		},
		{
			name: "full ties go to input order",
			gold: []armsledger.Claim{
				claim("NO", "FI", ammo, dlv, nil, "", "shells"),
				claim("NO", "FI", ammo, dlv, nil, "", "shells"),
			},
			pred: []armsledger.Claim{
				claim("NO", "FI", ammo, dlv, nil, "", "shells"),
				claim("NO", "FI", ammo, dlv, nil, "", "shells"),
			},
			want: []string{"0-0 strict", "1-1 strict"},
		},
		{
			name: "core-only pairs fill what strict pairs leave",
			gold: []armsledger.Claim{
				claim("NO", "FI", ammo, dlv, exact(10, "round"), "", "a"),
				claim("NO", "FI", ammo, dlv, exact(20, "round"), "", "b"),
				claim("SE", "FI", ammo, dlv, nil, "", "c"),
			},
			pred: []armsledger.Claim{
				claim("NO", "FI", ammo, dlv, exact(30, "round"), "", "b"),
				claim("NO", "FI", ammo, dlv, exact(20, "round"), "", "a"),
			},
			want:   []string{"0-0 core", "1-1 strict"},
			missed: []int{2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			matches, missed, fps := pair(tt.gold, tt.pred)
			var got []string
			for _, m := range matches {
				kind := "core"
				if m.Strict {
					kind = "strict"
				}
				got = append(got, fmt.Sprintf("%d-%d %s", m.GoldIndex, m.PredIndex, kind))
				if !reflect.DeepEqual(m.Gold, tt.gold[m.GoldIndex]) || !reflect.DeepEqual(m.Pred, tt.pred[m.PredIndex]) {
					t.Errorf("match %d-%d does not carry the claims at its indices", m.GoldIndex, m.PredIndex)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("matches = %q, want %q", got, tt.want)
			}
			if !slices.Equal(missed, tt.missed) {
				t.Errorf("missed = %v, want %v", missed, tt.missed)
			}
			if !slices.Equal(fps, tt.fps) {
				t.Errorf("false positives = %v, want %v", fps, tt.fps)
			}
		})
	}
}
