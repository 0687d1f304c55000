package reconcile

import (
	"slices"
	"time"

	"armsledger"
)

// Assertion is one statement told by one or more documents: claims with the
// same key, compatible amounts, compatible times and compatible scopes.
type Assertion struct {
	Key   Key   `json:"key"`
	Scope Scope `json:"scope"`
	// Amount is the hull of the amounts its independent sources state; echoes
	// do not widen it, since a re-report that drops "up to" adds no
	// information. Nil when the claims give no quantity.
	Amount *Interval `json:"amount,omitempty"`
	// Time is the first stated time of the claims, read as when the transfer
	// happened or is due.
	Time *armsledger.TimeRef `json:"time,omitempty"`
	// Published is the earliest publication date among the sources; zero
	// when none is known.
	Published time.Time `json:"published"`
	// Date is the date the figure describes: for delivered and capacity
	// claims, the end of the claim's time when it is not after Published
	// ("as of 15 July", published 24 July, is 15 July); otherwise Published.
	Date time.Time `json:"date"`
	// Independent are the sources that confirm the statement on their own,
	// Echoes those that re-report one of them; each in date order.
	Independent []Source `json:"independent"`
	Echoes      []Echo   `json:"echoes,omitempty"`
	// Repeats are further claims of a document already among the sources
	// that state the same thing again. They count for nothing.
	Repeats []Source `json:"repeats,omitempty"`
}

// Speakers lists the distinct speakers of the sources, in date order and
// as first written ("Shin Wonsik" and "Shin Won-sik" are one speaker).
func (a Assertion) Speakers() []string {
	var out []string
	var seen [][]string
	for _, s := range a.sources() {
		w := nameWords(s.Claim.Speaker)
		if len(w) == 0 || slices.ContainsFunc(seen, func(x []string) bool { return sameName(w, x) }) {
			continue
		}
		seen = append(seen, w)
		out = append(out, s.Claim.Speaker)
	}
	return out
}

// sources lists independent sources and echoes together in date order.
func (a Assertion) sources() []Source {
	out := slices.Clone(a.Independent)
	for _, e := range a.Echoes {
		out = append(out, e.Source)
	}
	slices.SortFunc(out, compareSources)
	return out
}

// first is the assertion's earliest source.
func (a Assertion) first() Source { return a.Independent[0] }

// Assertions clusters sources into assertions. Two sources can state the
// same thing when they have the same key (suppliers, recipients, category,
// status, unit) and
//   - their stated figures overlap, or lie within 1% of each other (see
//     stated: an open bound counts as its figure); a source without a
//     quantity goes only with others without one;
//   - their times overlap, or either is unknown (see timeSpan: "by March"
//     and "by December" are different deadlines, not overlapping pasts);
//   - for delivered and capacity claims, neither names a time whose Start
//     is after the other was published: a report of what has been sent
//     cannot describe a shipment made after it. (Without this, "hundreds of
//     containers on 12 March 2024" would join "more than 1,000 containers"
//     said in October 2023, which names no time.) A time with only an End
//     ("by the end of the year") says when a state is reached, not when
//     anything began, and is not checked.
//   - their scopes agree, or either is unknown.
//
// A source joins the first assertion, in order of creation, whose every
// source it can state the same thing as; sources are read in date order, so
// the result does not depend on the order of the input. A source whose
// document already has a claim in that assertion is a repeat of it: one
// document counts once.
//
// Assertions come sorted by key, then date (unknown last), then first claim.
func Assertions(sources []Source) []Assertion {
	in := slices.Clone(sources)
	slices.SortFunc(in, compareSources)
	var order []*cluster
	byKey := map[string][]*cluster{}
	for _, s := range in {
		k := keyOf(s)
		id := k.id()
		placed := false
		for _, c := range byKey[id] {
			if !c.accepts(s) {
				continue
			}
			if c.docs[s.DocumentID] {
				c.repeats = append(c.repeats, s)
			} else {
				c.add(s)
			}
			placed = true
			break
		}
		if !placed {
			c := &cluster{key: k, docs: map[string]bool{}}
			c.add(s)
			byKey[id] = append(byKey[id], c)
			order = append(order, c)
		}
	}
	out := make([]Assertion, 0, len(order))
	for _, c := range order {
		out = append(out, c.assertion())
	}
	slices.SortStableFunc(out, compareAssertions)
	return out
}

// compareAssertions orders by key, date (unknown last) and first source.
func compareAssertions(a, b Assertion) int {
	if c := compareKeys(a.Key, b.Key); c != 0 {
		return c
	}
	if c := compareDates(a.Date, b.Date); c != 0 {
		return c
	}
	return compareSources(a.first(), b.first())
}

// cluster gathers the sources of one assertion. Because every pair of its
// sources must be compatible, and compatibility is overlap of 1-D spans, it
// is enough to keep the largest low and smallest high of the spans seen: a
// new span overlaps all of them exactly when it overlaps [maxLo, minHi].
type cluster struct {
	key     Key
	members []Source
	repeats []Source
	docs    map[string]bool

	hasQty   bool
	qLo, qHi float64
	hasTime  bool
	tLo, tHi time.Time
	// end is the earliest End a member's time states; a time with only a
	// Start ("since September 2023") says nothing about when the figure held.
	end time.Time
	// published is the earliest publication date of the members, and start
	// the latest Start their times state; zero when none is known.
	published, start time.Time
	scope            Scope
	timeRef          *armsledger.TimeRef
}

// accepts says whether s can state the same thing as every member.
func (c *cluster) accepts(s Source) bool {
	lo, hi, ok := stated(s.Claim.Quantity)
	if ok != c.hasQty || (ok && !within(c.qLo, c.qHi, lo, hi)) {
		return false
	}
	tlo, thi, ok := timeSpan(s.Claim.Time)
	if ok && c.hasTime && (tlo.After(c.tHi) || c.tLo.After(thi)) {
		return false
	}
	if isState(c.key.Status) {
		if st := startOf(s.Claim.Time); !st.IsZero() && !c.published.IsZero() && st.After(c.published) {
			return false
		}
		if !s.Published.IsZero() && c.start.After(s.Published) {
			return false
		}
	}
	sc := known(s.scopeOf())
	return sc == Unknown || c.scope == Unknown || sc == c.scope
}

// add makes s a member and narrows the spans.
func (c *cluster) add(s Source) {
	first := len(c.members) == 0
	c.members = append(c.members, s)
	c.docs[s.DocumentID] = true
	if lo, hi, ok := stated(s.Claim.Quantity); ok {
		if first {
			c.hasQty, c.qLo, c.qHi = true, lo, hi
		} else {
			c.qLo, c.qHi = max(c.qLo, lo), min(c.qHi, hi)
		}
	}
	if first {
		c.scope = Unknown
	}
	if sc := known(s.scopeOf()); sc != Unknown {
		c.scope = sc
	}
	if tlo, thi, ok := timeSpan(s.Claim.Time); ok {
		if !c.hasTime {
			c.hasTime, c.tLo, c.tHi = true, tlo, thi
		} else {
			c.tLo, c.tHi = laterOf(c.tLo, tlo), earlierOf(c.tHi, thi)
		}
	}
	if !s.Published.IsZero() && (c.published.IsZero() || s.Published.Before(c.published)) {
		c.published = s.Published
	}
	if st := startOf(s.Claim.Time); st.After(c.start) {
		c.start = st
	}
	if s.Claim.Time != nil {
		if e := parseDate(s.Claim.Time.End); !e.IsZero() && (c.end.IsZero() || e.Before(c.end)) {
			c.end = e
		}
	}
	if c.timeRef == nil && s.Claim.Time != nil && (s.Claim.Time.Text != "" || s.Claim.Time.Start != "" || s.Claim.Time.End != "") {
		t := *s.Claim.Time
		c.timeRef = &t
	}
}

// assertion builds the result: echoes told apart, amount and dates.
func (c *cluster) assertion() Assertion {
	a := Assertion{Key: c.key, Scope: c.scope, Time: c.timeRef, Repeats: c.repeats}
	a.Independent, a.Echoes = splitEchoes(c.members)
	for _, s := range a.Independent {
		if iv, ok := amountOf(s.Claim.Quantity); ok {
			if a.Amount == nil {
				a.Amount = &iv
			} else {
				*a.Amount = a.Amount.Hull(iv)
			}
		}
	}
	a.Published = c.published
	a.Date = a.Published
	if isState(c.key.Status) && !c.end.IsZero() {
		if a.Published.IsZero() || !c.end.After(a.Published) {
			a.Date = c.end
		}
	}
	return a
}

// isState says whether a status reports what has moved (or what a load was
// able to hold) by some date, so that the claim's time dates the figure.
// For the others the time is a deadline or a plan, and the figure dates from
// when it was said.
func isState(st armsledger.Status) bool {
	return st == armsledger.Delivered || st == armsledger.Capacity
}

// timeSpan reads a claim's time as the span of dates it names, with an open
// side read as the date stated for it, like stated does for figures: "by
// March 2024" (no Start) is 31 March 2024, "since September 2023" (no End)
// is 1 September 2023. Read as open intervals, every "by" would overlap every
// other and two different deadlines would be one statement.
func timeSpan(t *armsledger.TimeRef) (lo, hi time.Time, ok bool) {
	if t == nil {
		return
	}
	s, e := parseDate(t.Start), parseDate(t.End)
	switch {
	case s.IsZero() && e.IsZero():
		return lo, hi, false
	case s.IsZero():
		s = e
	case e.IsZero():
		e = s
	}
	if e.Before(s) {
		s, e = e, s
	}
	return s, e, true
}

// startOf is the Start a time states, zero when none.
func startOf(t *armsledger.TimeRef) time.Time {
	if t == nil {
		return time.Time{}
	}
	return parseDate(t.Start)
}

func laterOf(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func earlierOf(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
