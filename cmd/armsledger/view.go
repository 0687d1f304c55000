package main

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"armsledger"
	"armsledger/internal/ledgerview"
	"armsledger/reconcile"
)

// This file holds what the reconciliation commands (assertions, timeline,
// flows, pledges, estimate --ledger) share: the claim filters, the loading
// of sources, and how intervals, dates and source counts are written.

// viewFlags are the ledger, the claim filters and --json.
type viewFlags struct {
	db                  dbFlag
	supplier, recipient string
	category, status    string
	since, until        string
	query               string
	json                bool
}

// register adds the flags to cmd.
func (f *viewFlags) register(cmd *cobra.Command) {
	f.db.register(cmd)
	fl := cmd.Flags()
	fl.StringVar(&f.supplier, "supplier", "", "only claims with this supplier's code (KP, US, EU, ...)")
	fl.StringVar(&f.recipient, "recipient", "", "only claims with this recipient's code")
	fl.StringVar(&f.category, "category", "", "only claims of this category (ammunition, missile, drone, ...)")
	fl.StringVar(&f.status, "status", "", "only claims of this status (delivered, committed, requested, expected, capacity, denied)")
	fl.StringVar(&f.since, "since", "", "only documents published on or after YYYY-MM-DD")
	fl.StringVar(&f.until, "until", "", "only documents published on or before YYYY-MM-DD")
	fl.StringVar(&f.query, "q", "", "only documents that match this full-text search")
	fl.BoolVar(&f.json, "json", false, "print JSON")
}

// filter is the claim filter the flags name.
func (f *viewFlags) filter() armsledger.ClaimFilter {
	return armsledger.ClaimFilter{Supplier: f.supplier, Recipient: f.recipient,
		Category: armsledger.Category(f.category), Status: armsledger.Status(f.status),
		Since: f.since, Until: f.until, Query: f.query}
}

// load opens the ledger and reads the sources of the claims the flags
// select: the effective claims, as reviews leave them.
func (f *viewFlags) load(ctx context.Context) ([]reconcile.Source, error) {
	filter := f.filter()
	if err := filter.Validate(); err != nil {
		return nil, err
	}
	store, err := f.db.open(ctx)
	if err != nil {
		return nil, err
	}
	defer store.Close()
	return ledgerview.Load(ctx, store, filter)
}

// interval writes an amount: "4,800,000", "≥10,000", "≤4,800,000",
// "2,000,000–9,990,000", or "unbounded" when nothing bounds it.
func interval(min, max float64) string {
	open := math.IsInf(max, 1)
	switch {
	case open && min == 0:
		return "unbounded"
	case open:
		return "≥" + number(min)
	case min == max:
		return number(min)
	case min == 0:
		return "≤" + number(max)
	}
	return number(min) + "–" + number(max)
}

// amount writes a reconciled amount, "no amount" for none.
func amount(iv *reconcile.Interval) string {
	if iv == nil {
		return "no amount"
	}
	return interval(iv.Min, iv.Max)
}

// number writes v with thousands separators and at most two decimals.
func number(v float64) string {
	s := strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	whole, frac, _ := strings.Cut(s, ".")
	sign := ""
	if w, ok := strings.CutPrefix(whole, "-"); ok {
		sign, whole = "-", w
	}
	var b strings.Builder
	b.WriteString(sign)
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

// day writes a date, "undated" when unknown.
func day(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.Format(time.DateOnly)
}

// flowActors writes a flow's actors: "KP → RU", "US+DE → UA", "?" for an
// unknown side.
func flowActors(k reconcile.FlowKey) string {
	return Flow(armsledger.Claim{Suppliers: k.Suppliers, Recipients: k.Recipients})
}

// sourceCount writes "1 independent, 19 echoes".
func sourceCount(independent, echoes int) string {
	e := "echoes"
	if echoes == 1 {
		e = "echo"
	}
	return fmt.Sprintf("%d independent, %d %s", independent, echoes, e)
}

// sources writes an assertion's source count.
func sources(a reconcile.Assertion) string {
	return sourceCount(len(a.Independent), len(a.Echoes))
}

// speakers writes an assertion's speakers, "-" when none is named.
func speakers(a reconcile.Assertion) string {
	return excerpt(orDash(strings.Join(a.Speakers(), "; ")), 40)
}

// plural writes "1 flow", "2 flows".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
