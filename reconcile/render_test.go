package reconcile

import (
	"fmt"
	"strings"
	"time"

	"armsledger"
)

// This file holds the test helpers: builders that keep table cases short,
// and a plain-text rendering of results that table tests compare and golden
// files store, one fact per line so a diff reads as a review.

// day parses a test date; "" is unknown.
func day(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// qty builds a quantity; a negative bound is absent.
func qty(lo, hi float64, unit string, q armsledger.Qualifier) *armsledger.Quantity {
	out := &armsledger.Quantity{Unit: unit, Qualifier: q}
	if lo >= 0 {
		out.Min = &lo
	}
	if hi >= 0 {
		out.Max = &hi
	}
	return out
}

func exact(v float64, unit string) *armsledger.Quantity {
	return qty(v, v, unit, armsledger.Exact)
}

func atLeast(v float64, unit string) *armsledger.Quantity {
	return qty(v, -1, unit, armsledger.AtLeast)
}

// src is a source of a KP → RU ammunition claim, which most cases are
// about; opts change it.
func src(id int64, doc, outlet, published string, q *armsledger.Quantity, opts ...func(*Source)) Source {
	s := Source{
		ClaimID: id, DocumentID: doc, Outlet: outlet, Published: day(published),
		Claim: armsledger.Claim{
			Suppliers: []string{"KP"}, Recipients: []string{"RU"},
			Category: armsledger.Ammunition, Quantity: q, Status: armsledger.Delivered,
		},
	}
	for _, o := range opts {
		o(&s)
	}
	return s
}

func speaker(name string) func(*Source) { return func(s *Source) { s.Claim.Speaker = name } }
func via(v ...string) func(*Source)     { return func(s *Source) { s.Claim.Via = v } }
func scope(sc Scope) func(*Source)      { return func(s *Source) { s.Scope = sc } }
func status(st armsledger.Status) func(*Source) {
	return func(s *Source) { s.Claim.Status = st }
}
func category(c armsledger.Category) func(*Source) {
	return func(s *Source) { s.Claim.Category = c }
}
func flow(sup, rec string) func(*Source) {
	return func(s *Source) {
		s.Claim.Suppliers, s.Claim.Recipients = strings.Split(sup, ","), strings.Split(rec, ",")
	}
}
func when(text, start, end string) func(*Source) {
	return func(s *Source) { s.Claim.Time = &armsledger.TimeRef{Text: text, Start: start, End: end} }
}
func span(a, b int) func(*Source) {
	return func(s *Source) { s.Claim.Span = armsledger.Span{Start: a, End: b} }
}

// date writes a date, "undated" when unknown.
func date(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.Format(time.DateOnly)
}

func amount(iv *Interval) string {
	if iv == nil {
		return "no amount"
	}
	return iv.String()
}

// renderSource writes "#3 d03 Reuters 2024-06-14 [Shin via Bloomberg]".
func renderSource(s Source) string {
	var b strings.Builder
	fmt.Fprintf(&b, "#%d %s %s %s", s.ClaimID, s.DocumentID, s.Outlet, date(s.Published))
	if s.Claim.Speaker != "" || len(s.Claim.Via) > 0 {
		b.WriteString(" [")
		b.WriteString(s.Claim.Speaker)
		if len(s.Claim.Via) > 0 {
			if s.Claim.Speaker != "" {
				b.WriteString(" ")
			}
			b.WriteString("via " + strings.Join(s.Claim.Via, ", "))
		}
		b.WriteString("]")
	}
	return b.String()
}

// summary writes an assertion on one line: date, amount, scope and the claim
// IDs of its independent sources and echoes ("2024-06-14 4,800,000 unknown
// ind=1,2 echo=3<1").
func summary(a Assertion) string {
	var ind, echo []string
	for _, s := range a.Independent {
		ind = append(ind, fmt.Sprint(s.ClaimID))
	}
	for _, e := range a.Echoes {
		echo = append(echo, fmt.Sprintf("%d<%d", e.Source.ClaimID, e.Of.ClaimID))
	}
	out := fmt.Sprintf("%s %s %s ind=%s", date(a.Date), amount(a.Amount), a.Scope, strings.Join(ind, ","))
	if len(echo) > 0 {
		out += " echo=" + strings.Join(echo, ",")
	}
	for _, r := range a.Repeats {
		out += fmt.Sprintf(" repeat=%d", r.ClaimID)
	}
	return out
}

// renderAssertions writes every assertion with each of its sources.
func renderAssertions(as []Assertion) string {
	var b strings.Builder
	for _, a := range as {
		fmt.Fprintf(&b, "%s\n  %s | %d independent, %d echoes | speakers: %s\n", a.Key,
			summary(a), len(a.Independent), len(a.Echoes), strings.Join(a.Speakers(), "; "))
		for _, s := range a.Independent {
			fmt.Fprintf(&b, "    independent %s\n", renderSource(s))
		}
		for _, e := range a.Echoes {
			fmt.Fprintf(&b, "    echo        %s: of #%d, %s\n", renderSource(e.Source), e.Of.ClaimID, e.Reason)
		}
		for _, r := range a.Repeats {
			fmt.Fprintf(&b, "    repeat      %s\n", renderSource(r))
		}
	}
	return b.String()
}

// figure writes one figure of a series, flow or pledge.
func figure(a Assertion) string {
	return fmt.Sprintf("%s %s (%s; %d independent, %d echoes; %s)", date(a.Date), amount(a.Amount),
		a.Key.Status, len(a.Independent), len(a.Echoes), strings.Join(a.Speakers(), "; "))
}

func renderSeries(lines []SeriesLine) string {
	var b strings.Builder
	for _, l := range lines {
		fmt.Fprintf(&b, "%s\n", l.Flow)
		for _, p := range l.Points {
			fmt.Fprintf(&b, "  %s", figure(p.Assertion))
			if p.Revision {
				fmt.Fprintf(&b, "  REVISED DOWN from %s", p.Previous)
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

func renderFlows(flows []Flow) string {
	var b strings.Builder
	for _, f := range flows {
		fmt.Fprintf(&b, "%s: total %s\n", f.Key, amount(f.Total))
		if f.Estimate != nil {
			fmt.Fprintf(&b, "  estimate  %s\n", figure(*f.Estimate))
		}
		for _, a := range f.Increments {
			fmt.Fprintf(&b, "  increment %s\n", figure(a))
		}
		for _, a := range f.Undated {
			fmt.Fprintf(&b, "  undated   %s (not in total)\n", figure(a))
		}
		if f.Unquantified > 0 {
			fmt.Fprintf(&b, "  %d assertions without an amount\n", f.Unquantified)
		}
	}
	return b.String()
}
func renderPledges(ps []Pledge) string {
	var b strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&b, "%s: delivered %s, overdue %v\n", p.Flow, amount(p.Delivered), p.Overdue)
		for i, t := range p.Terms {
			kind := "pledge  "
			if i > 0 {
				kind = "revision"
			}
			kept := map[bool]string{true: " (amount kept)"}[t.AmountKept]
			dkept := map[bool]string{true: " (deadline kept)"}[t.DeadlineKept]
			fmt.Fprintf(&b, "  %s announced %s: %s%s by %s%s -> %s (%d independent, %d echoes; %s)\n", kind,
				date(t.Published), t.Pledged, kept, date(t.Deadline), dkept, t.State,
				len(t.Independent), len(t.Echoes), strings.Join(t.Speakers(), "; "))
		}
		for _, a := range p.Deliveries {
			fmt.Fprintf(&b, "  delivery %s\n", figure(a))
		}
		for _, a := range p.Expected {
			fmt.Fprintf(&b, "  expected %s, due %s\n", figure(a), date(deadlineOf(a.Time)))
		}
	}
	return b.String()
}
