package reconcile

import (
	"slices"
	"time"
)

// SeriesLine is the dated sequence of cumulative estimates of one flow: how
// the public figure for "everything sent so far" changed over time.
type SeriesLine struct {
	Flow   FlowKey       `json:"flow"`
	Points []SeriesPoint `json:"points"`
}

// SeriesPoint is one estimate: an assertion and whether it revises the
// figure before it downwards.
type SeriesPoint struct {
	Assertion
	// Revision is set when the point's upper bound is below the lower bound
	// of the estimate before it: the figure was revised downwards. Previous
	// is that earlier figure.
	Revision bool      `json:"revision,omitempty"`
	Previous *Interval `json:"previous,omitempty"`
}

// cumulative says whether an assertion is an estimate of a running total.
// The rule, since most extracted claims have no scope yet: a delivered or
// capacity assertion with an amount is cumulative unless a source marks it
// an increment. News states running totals far more often than single
// shipments, and the cost of the two mistakes is unequal: reading a total as
// an increment adds it to the totals before it, the error this package
// exists to prevent, while reading an increment as a total only shows it as
// a low point in the series. Committed, expected, requested and denied
// claims never enter a series: they are not estimates of what moved (see
// Flows and Pledges for commitments).
func cumulative(a Assertion) bool {
	return a.Amount != nil && isState(a.Key.Status) && a.Scope != Increment
}

// Series returns, for each flow (suppliers, recipients, category, unit), its
// cumulative estimates as points in date order: one point per assertion, at
// the assertion's Date, so delivered and capacity figures of one flow share
// a line and an estimate told by twenty outlets is one point. Points of
// unknown date come last and are never compared. Lines are sorted by flow.
//
// A point is flagged a revision when its upper bound is below the lower
// bound of the previous point. When several points share the previous date
// (alternative readings published together, "3 million 152 mm shells or
// 500,000 122 mm rockets") the lowest of them is the one compared, so an
// alternative is never mistaken for a revision.
func Series(sources []Source) []SeriesLine {
	var lines []SeriesLine
	for _, a := range Assertions(sources) {
		if !cumulative(a) {
			continue
		}
		if n := len(lines); n == 0 || lines[n-1].Flow.id() != a.Key.FlowKey.id() {
			lines = append(lines, SeriesLine{Flow: a.Key.FlowKey})
		}
		l := &lines[len(lines)-1]
		l.Points = append(l.Points, SeriesPoint{Assertion: a})
	}
	for i := range lines {
		pts := lines[i].Points
		// Assertions are sorted by status within a flow; a line mixes them.
		slices.SortStableFunc(pts, func(a, b SeriesPoint) int {
			if c := compareDates(a.Date, b.Date); c != 0 {
				return c
			}
			return compareSources(a.first(), b.first())
		})
		flagRevisions(pts)
	}
	return lines
}

// flagRevisions marks the points below the previous date's lowest floor.
func flagRevisions(pts []SeriesPoint) {
	var curDate time.Time
	var prevFloor, curFloor *Interval // lowest amounts of the previous and current dates
	for i := range pts {
		p := &pts[i]
		if p.Date.IsZero() {
			break
		}
		if !p.Date.Equal(curDate) {
			prevFloor = curFloor
			curDate, curFloor = p.Date, nil
		}
		if prevFloor != nil && p.Amount.Max < prevFloor.Min {
			prev := *prevFloor
			p.Revision, p.Previous = true, &prev
		}
		if curFloor == nil || p.Amount.Min < curFloor.Min {
			a := *p.Amount
			curFloor = &a
		}
	}
}
