package estimate

import (
	"fmt"
	"math"
)

// Verdict is what the table says about an implied load.
type Verdict string

// The verdicts.
const (
	// Plausible: the implied rounds per container fit within what the table
	// allows. With most packing figures missing, this means "not ruled out".
	Plausible Verdict = "plausible"
	// Implausible: even the fewest rounds per container the pair implies
	// are more than the table lets a container hold.
	Implausible Verdict = "implausible"
	// Undetermined: the table sets no upper bound for the munition, or the
	// implied interval straddles it.
	Undetermined Verdict = "undetermined"
)

// Implication is a check of a published pair of figures ("10,000 containers
// ... 4.8 million rounds") against the cargo table. The two figures stay
// what they were; the ratio is a reading of them.
type Implication struct {
	// PerContainer is the rounds per container the pair implies.
	PerContainer Interval `json:"per_container"`
	// Capacity is what one container holds by the table (Table.Capacity).
	Capacity Interval `json:"capacity"`
	Verdict  Verdict  `json:"verdict"`
	Notes    []Note   `json:"notes,omitempty"`
}

// Implied checks a pair against the embedded table, for containers of any
// type in it. munition "" means any munition of the table.
func Implied(containers, rounds Interval, munition string) (Implication, error) {
	t, err := Default()
	if err != nil {
		return Implication{}, err
	}
	return t.Implied(containers, rounds, munition, "")
}

// Implied checks the rounds per container a pair of figures implies against
// the table's capacity for one munition and container type ("" for any).
//
// The pair is read as a conversion, the way it is published: each figure is
// read as the figure it states, with an open bound taken as its figure ("more
// than 3 million" rounds in "about 6,700" containers states 3,000,000 /
// 6,700, about 448 a container). Read as independent open intervals, every
// "more than ... in more than ..." would imply any ratio at all. A range
// gives a range: [rounds low / containers high, rounds high / containers
// low].
func (t *Table) Implied(containers, rounds Interval, munition, container string) (Implication, error) {
	clo, chi, ok := stated(containers)
	if !ok || clo <= 0 {
		return Implication{}, fmt.Errorf("implied: containers %v state no positive figure", containers)
	}
	rlo, rhi, ok := stated(rounds)
	if !ok {
		return Implication{}, fmt.Errorf("implied: rounds %v state no figure", rounds)
	}
	capa, notes, err := t.Capacity(munition, container)
	if err != nil {
		return Implication{}, err
	}
	im := Implication{PerContainer: Interval{rlo / chi, rhi / clo}, Capacity: capa, Notes: notes}
	switch {
	case math.IsInf(capa.Max, 1):
		im.Verdict = Undetermined
	case im.PerContainer.Min > capa.Max:
		im.Verdict = Implausible
	case im.PerContainer.Max <= capa.Max:
		im.Verdict = Plausible
	default:
		im.Verdict = Undetermined
	}
	if im.PerContainer.Max < capa.Min {
		im.Notes = append(im.Notes, Note{"implied load", "fewer rounds than a full load: the containers would carry other cargo too"})
	}
	return im, nil
}

// stated is the span of figures an interval names, an open bound read as the
// figure on the other side: [3e6, +Inf) states 3e6, [0, 4.8e6] states 4.8e6.
// An interval open at both ends states nothing.
func stated(iv Interval) (lo, hi float64, ok bool) {
	lo, hi = iv.Min, iv.Max
	if math.IsInf(hi, 1) {
		hi = lo
	}
	if lo == 0 {
		lo = hi
	}
	return lo, hi, hi > 0 && !math.IsNaN(lo) && !math.IsNaN(hi)
}
