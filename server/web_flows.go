package server

import (
	"fmt"
	"net/http"
	"slices"
	"strings"

	"armsledger"
	"armsledger/internal/ledgerview"
	"armsledger/reconcile"
)

// overviewStatuses are the statuses the overview's Sankeys draw: what was
// delivered against what was committed.
var overviewStatuses = []armsledger.Status{armsledger.Delivered, armsledger.Committed}

// flowRow is one supplier → recipient → category of the overview's tables:
// its standing totals per status, each an interval in its unit.
type flowRow struct {
	Key       reconcile.FlowKey // Unit is empty: the row holds every unit
	Delivered []string
	Committed []string
	Other     []string // capacity, expected, requested
	Sources   int
}

type categoryView struct {
	Category armsledger.Category
	Sankey   sankey
	Rows     []flowRow
}

// flowsPage serves GET /: per category, a Sankey of suppliers to recipients
// (delivered and committed) and a table of the standing totals.
func (s *Server) flowsPage(w http.ResponseWriter, r *http.Request) error {
	src, err := ledgerview.Load(r.Context(), s.store, armsledger.ClaimFilter{})
	if err != nil {
		return err
	}
	// The documents behind each pair and each pair and status: a band's
	// width is how many documents state it.
	docs := map[string]map[string]bool{}
	note := func(k, doc string) {
		if docs[k] == nil {
			docs[k] = map[string]bool{}
		}
		docs[k][doc] = true
	}
	for _, sc := range src {
		k := reconcile.FlowKey{Suppliers: sc.Claim.Suppliers, Recipients: sc.Claim.Recipients, Category: sc.Claim.Category}
		k.Suppliers, k.Recipients = splitActors(actorList(k.Suppliers)), splitActors(actorList(k.Recipients))
		note(pairKey(k), sc.DocumentID)
		note(pairKey(k)+"\x1f"+string(sc.Claim.Status), sc.DocumentID)
	}
	var cats []categoryView
	catIdx, rowIdx := map[armsledger.Category]int{}, map[string]int{}
	for _, f := range reconcile.Flows(src) {
		ci, ok := catIdx[f.Key.Category]
		if !ok {
			ci = len(cats)
			catIdx[f.Key.Category] = ci
			cats = append(cats, categoryView{Category: f.Key.Category})
		}
		cv := &cats[ci]
		pk := pairKey(f.Key.FlowKey)
		ri, ok := rowIdx[pk]
		if !ok {
			k := f.Key.FlowKey
			k.Unit = ""
			ri = len(cv.Rows)
			rowIdx[pk] = ri
			cv.Rows = append(cv.Rows, flowRow{Key: k, Sources: len(docs[pk])})
		}
		row := &cv.Rows[ri]
		total := intervalText(f.Total, f.Key.Unit)
		if f.Total == nil {
			total = fmt.Sprintf("unquantified (%d)", f.Unquantified)
		}
		switch f.Key.Status {
		case armsledger.Delivered:
			row.Delivered = append(row.Delivered, total)
		case armsledger.Committed:
			row.Committed = append(row.Committed, total)
		default:
			row.Other = append(row.Other, string(f.Key.Status)+": "+total)
		}
	}
	slices.SortStableFunc(cats, func(a, b categoryView) int {
		return slices.Index(armsledger.Categories, a.Category) - slices.Index(armsledger.Categories, b.Category)
	})
	for i := range cats {
		cv := &cats[i]
		var bands []pairStatus
		for _, row := range cv.Rows {
			for _, st := range overviewStatuses {
				totals := row.Delivered
				if st == armsledger.Committed {
					totals = row.Committed
				}
				if len(totals) == 0 {
					continue
				}
				n := len(docs[pairKey(row.Key)+"\x1f"+string(st)])
				bands = append(bands, pairStatus{Key: row.Key, Status: st, Weight: max(n, 1),
					Summary: fmt.Sprintf("%s %s: %s (%d document(s))", row.Key.String(), st, strings.Join(totals, "; "), n)})
			}
		}
		if len(bands) > 0 {
			cv.Sankey = layoutSankey(cv.Category, bands)
		}
	}
	return s.render(w, http.StatusOK, "flows", pageData{Title: "Flows", Nav: "flows", Data: cats})
}

// pairKey names supplier, recipient and category, without the unit.
func pairKey(k reconcile.FlowKey) string {
	return actorList(k.Suppliers) + "\x1f" + actorList(k.Recipients) + "\x1f" + string(k.Category)
}

// sameActors compares actor lists as sets, upper-cased.
func sameActors(a, b []string) bool {
	norm := func(x []string) []string {
		out := make([]string, 0, len(x))
		for _, s := range x {
			if s = strings.ToUpper(strings.TrimSpace(s)); s != "" {
				out = append(out, s)
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	return slices.Equal(norm(a), norm(b))
}

// flowView is the data of a flow's page.
type flowView struct {
	Key       reconcile.FlowKey
	Flows     []reconcile.Flow
	Timelines []timeline
	Series    []reconcile.SeriesLine
}

// flowPage serves GET /flows/{supplier}/{recipient}/{category}: the flow's
// standing figures and the timeline of its estimates, each point linked to
// its sources, echoes marked.
func (s *Server) flowPage(w http.ResponseWriter, r *http.Request) error {
	k := reconcile.FlowKey{
		Suppliers:  splitActors(r.PathValue("supplier")),
		Recipients: splitActors(r.PathValue("recipient")),
		Category:   armsledger.Category(r.PathValue("category")),
	}
	if !slices.Contains(armsledger.Categories, k.Category) {
		return errorf(armsledger.ENOTFOUND, "unknown category %q", k.Category)
	}
	f := armsledger.ClaimFilter{Category: k.Category}
	if len(k.Suppliers) > 0 {
		f.Supplier = k.Suppliers[0]
	}
	if len(k.Recipients) > 0 {
		f.Recipient = k.Recipients[0]
	}
	all, err := ledgerview.Load(r.Context(), s.store, f)
	if err != nil {
		return err
	}
	var src []reconcile.Source
	for _, s := range all {
		if sameActors(s.Claim.Suppliers, k.Suppliers) && sameActors(s.Claim.Recipients, k.Recipients) {
			src = append(src, s)
		}
	}
	if len(src) == 0 {
		return errorf(armsledger.ENOTFOUND, "no claims of %s", k.String())
	}
	v := flowView{Key: k, Flows: reconcile.Flows(src), Series: reconcile.Series(src)}
	for _, line := range v.Series {
		v.Timelines = append(v.Timelines, layoutTimeline(line))
	}
	return s.render(w, http.StatusOK, "flow", pageData{Title: k.String(), Nav: "flows", Data: v})
}

// splitActors reads "US+EU" as [EU US]; "?" is no actor.
func splitActors(s string) []string {
	if s == "?" || s == "" {
		return nil
	}
	out := strings.Split(strings.ToUpper(s), "+")
	slices.Sort(out)
	return out
}
