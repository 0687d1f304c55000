package eval

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"

	"armsledger"
)

// Match is a predicted claim paired with a gold claim of the same passage
// whose supplier set, recipient set and category agree: a core match.
type Match struct {
	Gold, Pred armsledger.Claim
	// GoldIndex and PredIndex are the claims' positions in their passage's
	// gold and predicted lists.
	GoldIndex, PredIndex int
	// Strict is true when status and quantity agree as well.
	Strict bool
	// Status, Quantity and Speaker say which of those fields agree.
	Status, Quantity, Speaker bool
	// Overlap is the token Jaccard similarity of the two evidence strings.
	Overlap float64
}

// pair matches predicted with gold claims of one passage, each claim used at
// most once, best pairs first: strict before core-only, then the pair whose
// evidence overlaps most, then the pair that agrees on more of status,
// quantity and speaker, then input order so the result is deterministic.
// It returns the matches in gold order and the indices of the unmatched
// gold and predicted claims.
//
// Core matching is an equivalence (equal sets, equal category), so any
// greedy pairing matches as many claims as possible. Strict matching is one
// too when quantities are exactly equal, and taking strict pairs first then
// also gives the most strict matches; the 1% tolerance can in contrived cases
// (100, 100.9, 101.8) make greedy miss one, which is not worth an optimal
// assignment.
func pair(gold, pred []armsledger.Claim) (matches []Match, missed, extra []int) {
	var cands []Match
	for i, g := range gold {
		for j, p := range pred {
			if m, ok := compare(g, p); ok {
				m.GoldIndex, m.PredIndex = i, j
				cands = append(cands, m)
			}
		}
	}
	slices.SortFunc(cands, func(a, b Match) int {
		return cmp.Or(
			-cmpBool(a.Strict, b.Strict),
			-cmp.Compare(a.Overlap, b.Overlap),
			-cmp.Compare(a.agreement(), b.agreement()),
			cmp.Compare(a.GoldIndex, b.GoldIndex),
			cmp.Compare(a.PredIndex, b.PredIndex),
		)
	})
	usedGold := make([]bool, len(gold))
	usedPred := make([]bool, len(pred))
	for _, m := range cands {
		if usedGold[m.GoldIndex] || usedPred[m.PredIndex] {
			continue
		}
		usedGold[m.GoldIndex], usedPred[m.PredIndex] = true, true
		matches = append(matches, m)
	}
	slices.SortFunc(matches, func(a, b Match) int { return cmp.Compare(a.GoldIndex, b.GoldIndex) })
	return matches, unused(usedGold), unused(usedPred)
}

// compare reports whether g and p are a core match and, if so, how well
// the rest of them agree.
func compare(g, p armsledger.Claim) (Match, bool) {
	if g.Category != p.Category || !sameSet(g.Suppliers, p.Suppliers) || !sameSet(g.Recipients, p.Recipients) {
		return Match{}, false
	}
	m := Match{
		Gold:     g,
		Pred:     p,
		Status:   g.Status == p.Status,
		Quantity: sameQuantity(g.Quantity, p.Quantity),
		Speaker:  sameSpeaker(g.Speaker, p.Speaker),
		Overlap:  jaccard(tokens(g.Evidence), tokens(p.Evidence)),
	}
	m.Strict = m.Status && m.Quantity
	return m, true
}

// agreement counts the fields beyond the core that agree.
func (m Match) agreement() int {
	n := 0
	for _, ok := range []bool{m.Status, m.Quantity, m.Speaker} {
		if ok {
			n++
		}
	}
	return n
}

// sameSet reports whether a and b hold the same strings, ignoring order and
// repeats; nil and empty are the same empty set.
func sameSet(a, b []string) bool {
	in := func(s string, set []string) bool { return slices.Contains(set, s) }
	for _, s := range a {
		if !in(s, b) {
			return false
		}
	}
	for _, s := range b {
		if !in(s, a) {
			return false
		}
	}
	return true
}

// sameQuantity reports whether a and b are both absent, or have the same unit
// and bounds each equal within tolerance. The qualifier is not compared: the
// bounds already carry what it means, and README.md leaves it out.
func sameQuantity(a, b *armsledger.Quantity) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.Unit == b.Unit && sameBound(a.Min, b.Min) && sameBound(a.Max, b.Max)
}

// tolerance is how far apart, relative to the larger, two bounds may be and
// still count as equal (README.md: "within 1%").
const tolerance = 0.01

// sameBound reports whether a and b are both open, or both set and within
// tolerance of each other. Relative to the larger value so that the test
// does not depend on which side is gold.
func sameBound(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= tolerance*max(math.Abs(*a), math.Abs(*b))
}

// sameSpeaker reports whether two speakers agree: case-insensitively one
// contains the other ("Blinken", "Antony Blinken"). Both empty (the passage's
// own voice) agree; empty against a name does not, though "" is a substring
// of every string.
func sameSpeaker(a, b string) bool {
	a, b = strings.ToLower(strings.TrimSpace(a)), strings.ToLower(strings.TrimSpace(b))
	if a == "" || b == "" {
		return a == b
	}
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// tokens splits s into lower-cased runs of letters and digits.
func tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// jaccard is |a∩b| / |a∪b| over the distinct tokens of a and b, and 0 when
// both are empty: no evidence is no sign that two claims are the same.
func jaccard(a, b []string) float64 {
	set := make(map[string]uint8, len(a)+len(b))
	for _, t := range a {
		set[t] |= 1
	}
	for _, t := range b {
		set[t] |= 2
	}
	if len(set) == 0 {
		return 0
	}
	both := 0
	for _, v := range set {
		if v == 3 {
			both++
		}
	}
	return float64(both) / float64(len(set))
}

// cmpBool orders false before true.
func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	default:
		return -1
	}
}

// unused returns the indices whose flag is false.
func unused(used []bool) []int {
	var out []int
	for i, u := range used {
		if !u {
			out = append(out, i)
		}
	}
	return out
}
