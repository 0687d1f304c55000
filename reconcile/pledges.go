package reconcile

import (
	"slices"
	"strings"
	"time"

	"armsledger"
)

// TermState is where one term of a pledge stands on the "as of" date.
type TermState string

// The states of a term.
const (
	// Pending: the deadline has not passed and the deliveries reported do
	// not reach the amount yet.
	Pending TermState = "pending"
	// Met: the deliveries reported reach the amount.
	Met TermState = "met"
	// Overdue: the deadline has passed and the deliveries reported are
	// certainly below the amount.
	Overdue TermState = "overdue"
	// Unclear: the deadline has passed and the delivered interval straddles
	// the amount ("more than 500,000" against one million).
	Unclear TermState = "unclear"
	// Unreported: the deadline has passed and no delivery has been reported.
	// The ledger knows only reports; it does not read silence as zero.
	Unreported TermState = "unreported"
)

// Pledge is a commitment with a deadline, its later revisions, and the
// deliveries of the same flow reported after it.
type Pledge struct {
	Flow FlowKey `json:"flow"`
	// Terms are the pledge as first made, then each revision, in order of
	// announcement. A revision is a later commitment of the same flow with a
	// different amount or deadline.
	Terms []Term `json:"terms"`
	// Delivered is what was reported delivered from the first announcement
	// to the "as of" date: the latest cumulative delivery figure plus the
	// distinct increments after it (as in Flows). Nil when nothing was
	// reported.
	Delivered *Interval `json:"delivered,omitempty"`
	// Deliveries are the assertions Delivered was computed from.
	Deliveries []Assertion `json:"deliveries,omitempty"`
	// Expected are forecasts of deliveries (status expected) made in the
	// same window, shown for reference and never counted as delivered.
	Expected []Assertion `json:"expected,omitempty"`
	// Overdue is set when any term's deadline passed with the deliveries
	// certainly short of its amount. A revision does not erase a missed
	// deadline; Terms says which one was missed.
	Overdue bool `json:"overdue"`
}

// Term is one version of a pledge.
type Term struct {
	Assertion
	// Pledged is the amount of this version and Deadline the date by which
	// it is due. A revision that names only one of them keeps the other from
	// the term before it ("now aims to reach the target by the end of 2024"),
	// and AmountKept or DeadlineKept says so.
	Pledged      Interval  `json:"pledged"`
	Deadline     time.Time `json:"deadline"`
	AmountKept   bool      `json:"amount_kept,omitempty"`
	DeadlineKept bool      `json:"deadline_kept,omitempty"`
	State        TermState `json:"state"`
}

// Original is the pledge as first made.
func (p Pledge) Original() Term { return p.Terms[0] }

// Current is the latest revision, or the original when there is none.
func (p Pledge) Current() Term { return p.Terms[len(p.Terms)-1] }

// Pledges tracks each commitment that has an amount and a deadline against
// the delivery claims of the same flow (suppliers, recipients, category,
// unit) reported after it was announced and no later than asOf. Sources
// published after asOf are ignored, so the result is what could be known on
// that date.
//
// A flow's commitments that are not increments form one pledge: the first
// one with an amount and a deadline is the pledge, and each later one whose
// amount or deadline differs from the term before it is a revision. A
// commitment with no amount has no unit, so it is read as a revision of the
// pledges of every unit of its suppliers, recipients and category. A
// commitment marked as an increment ("a new package of ...") is a pledge of
// its own with no revisions. Commitments with no known publication date
// cannot be placed and are left out. Pledges are sorted by flow, then
// announcement.
func Pledges(sources []Source, asOf time.Time) []Pledge {
	// Reports published after asOf had not been made yet.
	var known []Source
	for _, s := range sources {
		if !s.Published.After(asOf) {
			known = append(known, s)
		}
	}
	as := Assertions(known)
	unitless := map[string][]Assertion{} // by flow without unit
	for _, a := range as {
		if a.Key.Unit == "" && a.Key.Status == armsledger.Committed {
			id := a.Key.FlowKey.withoutUnit()
			unitless[id] = append(unitless[id], a)
		}
	}
	var out []Pledge
	// Assertions are sorted by key, so each flow's are contiguous.
	for i := 0; i < len(as); {
		j := i + 1
		for j < len(as) && as[j].Key.FlowKey.id() == as[i].Key.FlowKey.id() {
			j++
		}
		if k := as[i].Key.FlowKey; k.Unit != "" {
			out = append(out, flowPledges(as[i:j], unitless[k.withoutUnit()], asOf)...)
		}
		i = j
	}
	return out
}

// withoutUnit is the id of the flow's suppliers, recipients and category.
func (k FlowKey) withoutUnit() string {
	k.Unit = ""
	return k.id()
}

// flowPledges finds the pledges of one flow and tracks each; unitless are
// the commitments of its actors and category that give no amount.
func flowPledges(as, unitless []Assertion, asOf time.Time) []Pledge {
	var commits []Assertion
	for _, a := range slices.Concat(as, unitless) {
		if a.Key.Status == armsledger.Committed && !a.Published.IsZero() {
			commits = append(commits, a)
		}
	}
	slices.SortStableFunc(commits, func(a, b Assertion) int {
		if c := a.Published.Compare(b.Published); c != 0 {
			return c
		}
		return compareSources(a.first(), b.first())
	})
	var out []Pledge
	chain := -1 // index in out of the pledge that later commitments revise
	for _, a := range commits {
		deadline := deadlineOf(a.Time)
		switch {
		case a.Scope == Increment || chain < 0:
			if deadline.IsZero() || a.Amount == nil {
				continue
			}
			out = append(out, Pledge{Flow: as[0].Key.FlowKey, Terms: []Term{{Assertion: a, Pledged: *a.Amount, Deadline: deadline}}})
			if a.Scope != Increment {
				chain = len(out) - 1
			}
		default:
			last := out[chain].Current()
			t := Term{Assertion: a, Pledged: last.Pledged, Deadline: last.Deadline, AmountKept: true, DeadlineKept: true}
			if a.Amount != nil {
				t.Pledged, t.AmountKept = *a.Amount, false
			}
			if !deadline.IsZero() {
				t.Deadline, t.DeadlineKept = deadline, false
			}
			if revises(t, last) {
				out[chain].Terms = append(out[chain].Terms, t)
			}
		}
	}
	for i := range out {
		track(&out[i], as, asOf)
	}
	return out
}

// revises says whether term t changes the amount or the deadline of last.
// Amounts within the matching tolerance are the same amount.
func revises(t, last Term) bool {
	alo, ahi := last.Pledged.stated()
	blo, bhi := t.Pledged.stated()
	return !within(alo, ahi, blo, bhi) ||
		!t.Deadline.Equal(last.Deadline)
}

// track fills in the deliveries, the forecasts and the state of each term.
func track(p *Pledge, as []Assertion, asOf time.Time) {
	from := p.Original().Published
	var delivered []Assertion
	for _, a := range as {
		if a.Date.IsZero() || a.Date.Before(from) || a.Date.After(asOf) || a.Amount == nil {
			continue
		}
		switch a.Key.Status {
		case armsledger.Delivered:
			delivered = append(delivered, a)
		case armsledger.Expected:
			p.Expected = append(p.Expected, a)
		}
	}
	if len(delivered) > 0 {
		f := standing(delivered)
		p.Delivered = f.Total
		if f.Estimate != nil {
			p.Deliveries = append(p.Deliveries, *f.Estimate)
		}
		p.Deliveries = append(p.Deliveries, f.Increments...)
	}
	for i := range p.Terms {
		t := &p.Terms[i]
		t.State = termState(*t, p.Delivered, asOf)
		if t.State == Overdue {
			p.Overdue = true
		}
	}
}

// termState compares what was delivered with a term's amount. The amount
// is its lower bound, or for "up to N" N itself; a term is met when the
// delivered floor reaches it, overdue when the delivered ceiling is below it
// after the deadline.
func termState(t Term, delivered *Interval, asOf time.Time) TermState {
	passed := asOf.After(t.Deadline)
	target := t.Pledged.Min
	if target == 0 {
		target = t.Pledged.Max
	}
	switch {
	case delivered != nil && delivered.Min >= target:
		return Met
	case !passed:
		return Pending
	case delivered == nil:
		return Unreported
	case delivered.Max < target:
		return Overdue
	}
	return Unclear
}

// deadlineWords open time expressions that set a deadline or a delivery
// window rather than say when something was done.
var deadlineWords = []string{"by ", "until ", "till ", "before ", "within ", "between ",
	"from ", "through ", "over ", "no later than "}

// deadlineOf reads the deadline of a commitment from its time: the End of a
// time with no Start (the extractor resolves "by", "until", "before" and "as
// of" that way), or the End of a window the text opens with a deadline word
// ("between March 2023 and March 2024"). A closed time introduced otherwise
// ("pledged in March 2023") says when the pledge was made, not when it is
// due, and gives no deadline.
func deadlineOf(t *armsledger.TimeRef) time.Time {
	if t == nil {
		return time.Time{}
	}
	end := parseDate(t.End)
	if end.IsZero() {
		return end
	}
	if parseDate(t.Start).IsZero() {
		return end
	}
	text := strings.ToLower(strings.TrimSpace(t.Text)) + " "
	for _, w := range deadlineWords {
		if strings.HasPrefix(text, w) {
			return end
		}
	}
	return time.Time{}
}
