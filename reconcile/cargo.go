package reconcile

import (
	"slices"

	"armsledger"
)

// CargoPair ties a count of containers to a count of rounds told in the same
// document about the same actors ("at least 10,000 containers ..., capable
// of carrying 4.8 million rounds"), so that the rounds per container the pair
// implies can be checked against a cargo table (package estimate). The two
// counts stay separate facts: the pair is a reading of them, and neither
// claim is changed or converted.
type CargoPair struct {
	Cargo      Source   `json:"cargo"`
	Munition   Source   `json:"munition"`
	Containers Interval `json:"containers"`
	Rounds     Interval `json:"rounds"`
}

// pairReach is how far apart, in bytes between their evidence spans, a
// container count and a round count may be and still be read as one
// statement: about two sentences of news text. Farther apart, a figure is
// more often another statement (an earlier estimate recalled, another
// supplier) than the conversion of the first.
const pairReach = 300

// CargoPairs pairs each round count with the nearest container count of the
// same document and the same suppliers and recipients, whatever their
// statuses (the container count is usually delivered, the rounds capacity).
// Each round count gets at most one container count, but one container
// count may be paired with several round counts: alternative readings ("3
// million 152 mm shells or 500,000 122 mm rockets") are separate pairs.
// Pairs come in source order of the round counts.
func CargoPairs(sources []Source) []CargoPair {
	in := slices.Clone(sources)
	slices.SortFunc(in, compareSources)
	byDoc := map[string][]Source{}
	var docs []string
	for _, s := range in {
		if _, ok := byDoc[s.DocumentID]; !ok {
			docs = append(docs, s.DocumentID)
		}
		byDoc[s.DocumentID] = append(byDoc[s.DocumentID], s)
	}
	var out []CargoPair
	for _, d := range docs {
		var boxes, rounds []Source
		for _, s := range byDoc[d] {
			switch unitOf(s) {
			case armsledger.UnitContainer:
				boxes = append(boxes, s)
			case armsledger.UnitRound:
				rounds = append(rounds, s)
			}
		}
		for _, r := range rounds {
			best, gap := -1, pairReach+1
			for i, b := range boxes {
				if !sameActors(b, r) {
					continue
				}
				if g := spanGap(b.Claim.Span, r.Claim.Span); g < gap {
					best, gap = i, g
				}
			}
			if best < 0 {
				continue
			}
			c, _ := amountOf(boxes[best].Claim.Quantity)
			n, _ := amountOf(r.Claim.Quantity)
			out = append(out, CargoPair{Cargo: boxes[best], Munition: r, Containers: c, Rounds: n})
		}
	}
	return out
}

// unitOf is the unit of a claim with an amount, "" without one.
func unitOf(s Source) string {
	if _, ok := amountOf(s.Claim.Quantity); !ok {
		return ""
	}
	return s.Claim.Quantity.Unit
}

// sameActors says whether two claims name the same suppliers and recipients.
func sameActors(a, b Source) bool {
	return slices.Equal(actorSet(a.Claim.Suppliers), actorSet(b.Claim.Suppliers)) &&
		slices.Equal(actorSet(a.Claim.Recipients), actorSet(b.Claim.Recipients))
}

// spanGap is the number of bytes between two spans, 0 when they overlap.
func spanGap(a, b armsledger.Span) int {
	switch {
	case a.End <= b.Start:
		return b.Start - a.End
	case b.End <= a.Start:
		return a.Start - b.End
	}
	return 0
}
