package server

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"armsledger"
	"armsledger/reconcile"
)

// quantityText writes a claim's quantity as "≥10,000 container", "-" when
// the claim gives none.
func quantityText(q *armsledger.Quantity) string {
	if q == nil {
		return "-"
	}
	iv := reconcile.Interval{Min: 0, Max: math.Inf(1)}
	if q.Min != nil {
		iv.Min = *q.Min
	}
	if q.Max != nil {
		iv.Max = *q.Max
	}
	return strings.TrimSpace(iv.String() + " " + q.Unit)
}

// intervalText writes an interval and its unit, "-" for none.
func intervalText(iv *reconcile.Interval, unit string) string {
	if iv == nil {
		return "-"
	}
	return strings.TrimSpace(iv.String() + " " + unit)
}

// dateText writes a date as 2024-06-14, "undated" for the zero time.
func dateText(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.Format(time.DateOnly)
}

// compact writes a number for an axis label: 4.8M, 250k, 12.
func compact(v float64) string {
	f := func(x float64, suffix string) string {
		return strconv.FormatFloat(math.Round(x*10)/10, 'f', -1, 64) + suffix
	}
	switch a := math.Abs(v); {
	case a >= 1e9:
		return f(v/1e9, "B")
	case a >= 1e6:
		return f(v/1e6, "M")
	case a >= 1e3:
		return f(v/1e3, "k")
	}
	return f(v, "")
}

// segment is a run of a document's text and the claims whose evidence
// covers it. Starts lists the claims whose evidence begins here.
type segment struct {
	Text   string
	Claims []int64
	Starts []int64
}

// segments cuts text at every evidence boundary, so that overlapping
// evidence spans can each be highlighted without nesting marks. Spans that
// do not fit the text, or cut a UTF-8 sequence, are left out.
func segments(text string, claims []armsledger.StoredClaim) []segment {
	type edge struct {
		at    int
		start bool
		id    int64
	}
	var edges []edge
	bounds := map[int]bool{0: true, len(text): true}
	for _, c := range claims {
		sp := c.Span
		if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End ||
			!boundary(text, sp.Start) || !boundary(text, sp.End) {
			continue
		}
		edges = append(edges, edge{sp.Start, true, c.ID}, edge{sp.End, false, c.ID})
		bounds[sp.Start], bounds[sp.End] = true, true
	}
	cuts := make([]int, 0, len(bounds))
	for b := range bounds {
		cuts = append(cuts, b)
	}
	sort.Ints(cuts)
	open := map[int64]bool{}
	var out []segment
	e := 0
	sort.SliceStable(edges, func(i, j int) bool { return edges[i].at < edges[j].at })
	for i := 0; i+1 < len(cuts); i++ {
		seg := segment{Text: text[cuts[i]:cuts[i+1]]}
		for ; e < len(edges) && edges[e].at == cuts[i]; e++ {
			if edges[e].start {
				open[edges[e].id] = true
				seg.Starts = append(seg.Starts, edges[e].id)
			} else {
				delete(open, edges[e].id)
			}
		}
		for id := range open {
			seg.Claims = append(seg.Claims, id)
		}
		sort.Slice(seg.Claims, func(a, b int) bool { return seg.Claims[a] < seg.Claims[b] })
		out = append(out, seg)
	}
	return out
}

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }
