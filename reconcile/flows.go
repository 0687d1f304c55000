package reconcile

import "armsledger"

// Flow is the standing figure of one flow with one status: what the ledger
// would put in a tracker's cell for "North Korea → Russia, shells,
// delivered".
type Flow struct {
	Key Key `json:"key"`
	// Estimate is the latest credible cumulative figure (see standing).
	// Earlier figures are history, never added to it; Series shows them for
	// delivered and capacity flows.
	Estimate *Assertion `json:"estimate,omitempty"`
	// Increments are the distinct single events (Scope increment) dated
	// after Estimate, or all of them when there is no estimate.
	Increments []Assertion `json:"increments,omitempty"`
	// Undated are increments that cannot be placed before or after the
	// estimate because one of them has no date; they are not in Total.
	Undated []Assertion `json:"undated,omitempty"`
	// Total is Estimate plus the sum of Increments; nil when the flow has no
	// figure at all.
	Total *Interval `json:"total,omitempty"`
	// Unquantified counts the assertions of the flow that give no amount
	// ("Russia provided technical assistance"): evidence that the flow
	// exists, with nothing to add.
	Unquantified int `json:"unquantified,omitempty"`
}

// Flows returns the standing figure of every flow and status, sorted by key.
// Committed, delivered, capacity, expected and requested are separate flows
// (statusGroups); denied claims are left out. Each figure keeps its
// assertion, and with it its independent sources and echoes.
func Flows(sources []Source) []Flow {
	var flows []Flow
	var group []Assertion
	flush := func() {
		if len(group) > 0 {
			flows = append(flows, standing(group))
		}
		group = group[:0]
	}
	for _, a := range Assertions(sources) {
		if !statusGroups[a.Key.Status] {
			continue
		}
		if len(group) > 0 && group[0].Key.id() != a.Key.id() {
			flush()
		}
		group = append(group, a)
	}
	flush()
	return flows
}

// standing computes a flow's figure from its assertions (one key):
//   - the estimate is the latest dated assertion that is not an increment;
//     equal dates go to the one with more independent sources, then more
//     sources, then the earlier first report. An undated estimate is chosen
//     only when no estimate has a date. It stands even when it revises the
//     figure before it downwards: the series flags that.
//   - increments dated strictly after the estimate's date are added to it; an
//     increment reported the same day is taken to be counted in the estimate
//     announced with it.
func standing(as []Assertion) Flow {
	f := Flow{Key: as[0].Key}
	var incs []Assertion
	for i := range as {
		a := as[i]
		switch {
		case a.Amount == nil:
			f.Unquantified++
		case a.Scope == Increment:
			incs = append(incs, a)
		case f.Estimate == nil || betterEstimate(a, *f.Estimate):
			f.Estimate = &as[i]
		}
	}
	if f.Estimate != nil {
		e := *f.Estimate
		f.Estimate = &e
		f.Total = e.Amount
	}
	for _, a := range incs {
		switch {
		case f.Estimate == nil:
			f.Increments = append(f.Increments, a)
		case a.Date.IsZero() || f.Estimate.Date.IsZero():
			f.Undated = append(f.Undated, a)
		case a.Date.After(f.Estimate.Date):
			f.Increments = append(f.Increments, a)
		}
	}
	for _, a := range f.Increments {
		if f.Total == nil {
			t := *a.Amount
			f.Total = &t
		} else {
			t := f.Total.Add(*a.Amount)
			f.Total = &t
		}
	}
	return f
}

// betterEstimate says whether a should stand instead of b.
func betterEstimate(a, b Assertion) bool {
	switch {
	case a.Date.IsZero() != b.Date.IsZero():
		return !a.Date.IsZero()
	case !a.Date.Equal(b.Date):
		return a.Date.After(b.Date)
	}
	if len(a.Independent) != len(b.Independent) {
		return len(a.Independent) > len(b.Independent)
	}
	if na, nb := len(a.Independent)+len(a.Echoes), len(b.Independent)+len(b.Echoes); na != nb {
		return na > nb
	}
	return compareSources(a.first(), b.first()) < 0
}

// statusGroups are the statuses Flows reports, each apart: a commitment is
// never added to a delivery, and a capacity ("containers able to carry 4.8
// million rounds") is a reading of what was delivered, not a delivery, so it
// is shown beside it. Denials carry no figure of what moved; they stay in
// Assertions and are left out of Flows.
var statusGroups = map[armsledger.Status]bool{
	armsledger.Delivered: true, armsledger.Committed: true, armsledger.Capacity: true,
	armsledger.Expected: true, armsledger.Requested: true,
}
