package extract

import (
	"math"
	"testing"

	"armsledger"
)

// FuzzQuantities checks the invariants every caller relies on, for any text
// and any window: no panic, matches inside the window, in order and apart,
// and bounds that are finite, ordered and fit the qualifier. The seeds are
// in testdata/fuzz/FuzzQuantities.
func FuzzQuantities(f *testing.F) {
	f.Add("North Korea sent about 10,000 troops and $1-2 billion")
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		n := len(toks)
		for _, w := range [][2]int{{0, n}, {n / 3, n - n/3}, {1, n - 1}} {
			checkMatches(t, toks, w[0], w[1], Quantities(toks, w[0], w[1]))
		}
	})
}

func checkMatches(t *testing.T, toks []Token, lo, hi int, ms []QuantityMatch) {
	t.Helper()
	prev := max(lo, 0)
	for _, m := range ms {
		if m.Lo < prev || m.Hi <= m.Lo || m.Hi > min(hi, len(toks)) {
			t.Fatalf("window [%d,%d): bad range %d..%d after %d", lo, hi, m.Lo, m.Hi, prev)
		}
		prev = m.Hi
		for _, b := range []*float64{m.Min, m.Max} {
			if b != nil && (math.IsNaN(*b) || math.IsInf(*b, 0) || *b < 0) {
				t.Fatalf("bound %v in %+v", *b, m)
			}
		}
		if m.Min != nil && m.Max != nil && *m.Min > *m.Max {
			t.Fatalf("min %v > max %v", *m.Min, *m.Max)
		}
		open := m.Min == nil || m.Max == nil
		switch m.Qualifier {
		case armsledger.AtLeast:
			if m.Min == nil || m.Max != nil {
				t.Fatalf("at_least with bounds %v %v", m.Min, m.Max)
			}
		case armsledger.AtMost:
			if m.Min != nil || m.Max == nil {
				t.Fatalf("at_most with bounds %v %v", m.Min, m.Max)
			}
		case armsledger.Exact, armsledger.About, armsledger.Range, armsledger.Vague:
			if open {
				t.Fatalf("%s with an open bound", m.Qualifier)
			}
		default:
			t.Fatalf("qualifier %q", m.Qualifier)
		}
	}
}
