package server

import (
	"fmt"
	"math"
	"slices"
	"time"

	"armsledger"
	"armsledger/reconcile"
)

// The charts are SVG that the server lays out: they need no script, work
// offline and print. Coordinates are in the SVG's viewBox; CSS scales it.

// sankey is a two-column diagram of one category: suppliers on the left,
// recipients on the right, a band per flow and status whose width is the
// flow's number of independent sources.
type sankey struct {
	Category armsledger.Category
	Width    int
	Height   int
	Left     []sankeyNode
	Right    []sankeyNode
	Links    []sankeyLink
}

type sankeyNode struct {
	Label   string
	X, Y, H float64
	LabelX  float64
	LabelY  float64
	Anchor  string
}

type sankeyLink struct {
	Path   string
	Width  float64
	Status armsledger.Status
	Href   string
	Title  string
}

// pairStatus is one band of a Sankey: a supplier, a recipient and a status
// within a category, with its weight and summary.
type pairStatus struct {
	Key     reconcile.FlowKey
	Status  armsledger.Status
	Weight  int
	Summary string
}

// Sankey geometry.
const (
	sankeyWidth  = 720
	sankeyNodeW  = 14
	sankeyGap    = 14
	sankeyUnit   = 10.0 // pixels per independent source
	sankeyMaxH   = 520.0
	sankeyMargin = 150 // room for the labels on each side
)

// layoutSankey places the bands of one category.
func layoutSankey(cat armsledger.Category, bands []pairStatus) sankey {
	sk := sankey{Category: cat, Width: sankeyWidth}
	var lefts, rights []string
	lw, rw := map[string]int{}, map[string]int{}
	total := 0
	for _, b := range bands {
		l, r := actorList(b.Key.Suppliers), actorList(b.Key.Recipients)
		if _, ok := lw[l]; !ok {
			lefts = append(lefts, l)
		}
		if _, ok := rw[r]; !ok {
			rights = append(rights, r)
		}
		lw[l] += b.Weight
		rw[r] += b.Weight
		total += b.Weight
	}
	gaps := float64(max(len(lefts), len(rights))-1) * sankeyGap
	unit := sankeyUnit
	if float64(total)*unit > sankeyMaxH {
		unit = sankeyMaxH / float64(total)
	}
	place := func(names []string, weight map[string]int, x float64, right bool) (map[string]float64, []sankeyNode) {
		tops := map[string]float64{}
		var nodes []sankeyNode
		y := 10.0
		for _, n := range names {
			h := float64(weight[n]) * unit
			tops[n] = y
			nd := sankeyNode{Label: n, X: x, Y: y, H: h, LabelY: y + h/2 + 4}
			if right {
				nd.LabelX, nd.Anchor = x+sankeyNodeW+6, "start"
			} else {
				nd.LabelX, nd.Anchor = x-6, "end"
			}
			nodes = append(nodes, nd)
			y += h + sankeyGap
		}
		return tops, nodes
	}
	lx, rx := float64(sankeyMargin), float64(sankeyWidth-sankeyMargin-sankeyNodeW)
	ltop, leftNodes := place(lefts, lw, lx, false)
	rtop, rightNodes := place(rights, rw, rx, true)
	sk.Left, sk.Right = leftNodes, rightNodes
	sk.Height = int(math.Ceil(float64(total)*unit+gaps)) + 20
	for _, b := range bands {
		l, r := actorList(b.Key.Suppliers), actorList(b.Key.Recipients)
		w := float64(b.Weight) * unit
		y0, y1 := ltop[l]+w/2, rtop[r]+w/2
		ltop[l] += w
		rtop[r] += w
		x0, x1 := lx+sankeyNodeW, rx
		mid := (x0 + x1) / 2
		sk.Links = append(sk.Links, sankeyLink{
			Path:   fmt.Sprintf("M%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f", x0, y0, mid, y0, mid, y1, x1, y1),
			Width:  math.Max(w-1, 1),
			Status: b.Status,
			Href:   flowPath(b.Key),
			Title:  b.Summary,
		})
	}
	return sk
}

// timeline is the chart of one series: a point per estimate at its date,
// with a bar from its low to its high bound, and hollow markers for the
// echoes at their own publication dates.
type timeline struct {
	Title          string
	Unit           string
	Width, Height  int
	X0, X1, Y0, Y1 float64 // the plot area
	Points         []timelinePoint
	Echoes         []timelineEcho
	XTicks, YTicks []tick
}

type timelinePoint struct {
	X, Y, YLow, YHigh float64
	Open              bool // no upper bound: the bar runs to the top
	Revision          bool
	Status            armsledger.Status
	Href              string
	Title             string
}

type timelineEcho struct {
	X, Y  float64
	Href  string
	Title string
}

type tick struct {
	Pos   float64
	Label string
}

// Timeline geometry.
const (
	tlWidth, tlHeight          = 720, 320
	tlLeft, tlRight, tlTop, tl = 64, 20, 16, 40 // margins; tl is the bottom one
)

// layoutTimeline places the dated points of a series line.
func layoutTimeline(line reconcile.SeriesLine) timeline {
	t := timeline{Title: line.Flow.String(), Unit: line.Flow.Unit, Width: tlWidth, Height: tlHeight,
		X0: tlLeft, X1: tlWidth - tlRight, Y0: tlTop, Y1: tlHeight - tl}
	var first, last time.Time
	top := 0.0
	for _, p := range line.Points {
		if p.Date.IsZero() || p.Amount == nil {
			continue
		}
		if first.IsZero() || p.Date.Before(first) {
			first = p.Date
		}
		if p.Date.After(last) {
			last = p.Date
		}
		for _, e := range p.Echoes {
			if d := e.Source.Published; !d.IsZero() && d.After(last) {
				last = d
			}
		}
		top = math.Max(top, p.Amount.Min)
		if !p.Amount.OpenMax() {
			top = math.Max(top, p.Amount.Max)
		}
	}
	if first.IsZero() {
		return t
	}
	// A month either side, so that lone points are not on the axis.
	first, last = first.AddDate(0, -1, 0), last.AddDate(0, 1, 0)
	if top == 0 {
		top = 1
	}
	top *= 1.15
	span := last.Sub(first).Hours()
	x := func(d time.Time) float64 { return t.X0 + (t.X1-t.X0)*d.Sub(first).Hours()/span }
	y := func(v float64) float64 { return t.Y1 - (t.Y1-t.Y0)*math.Min(v, top)/top }
	for _, p := range line.Points {
		if p.Date.IsZero() || p.Amount == nil {
			continue
		}
		src := p.Independent[0]
		tp := timelinePoint{X: x(p.Date), YLow: y(p.Amount.Min), Open: p.Amount.OpenMax(),
			Revision: p.Revision, Status: p.Key.Status,
			Href: documentAnchor(src.DocumentID, src.ClaimID),
			Title: fmt.Sprintf("%s: %s %s (%s, %d independent source(s), %d echo(es))", dateText(p.Date),
				intervalText(p.Amount, line.Flow.Unit), p.Key.Status, sourceName(src), len(p.Independent), len(p.Echoes))}
		if tp.Open {
			tp.YHigh, tp.Y = t.Y0, tp.YLow
		} else {
			tp.YHigh = y(p.Amount.Max)
			tp.Y = (tp.YLow + tp.YHigh) / 2
		}
		t.Points = append(t.Points, tp)
		for _, e := range p.Echoes {
			if e.Source.Published.IsZero() {
				continue
			}
			t.Echoes = append(t.Echoes, timelineEcho{X: x(e.Source.Published), Y: tp.Y,
				Href:  documentAnchor(e.Source.DocumentID, e.Source.ClaimID),
				Title: fmt.Sprintf("echo, %s: %s (%s)", dateText(e.Source.Published), sourceName(e.Source), e.Reason)})
		}
	}
	for i := 0; i <= 4; i++ {
		v := top / 1.15 * float64(i) / 4
		t.YTicks = append(t.YTicks, tick{y(v), compact(v)})
	}
	for i := 0; i <= 4; i++ {
		d := first.Add(time.Duration(float64(last.Sub(first)) * float64(i) / 4))
		t.XTicks = append(t.XTicks, tick{x(d), d.Format("Jan 2006")})
	}
	slices.SortStableFunc(t.Points, func(a, b timelinePoint) int { return int(a.X - b.X) })
	return t
}

// documentAnchor links to a claim's evidence in its document.
func documentAnchor(docID string, claimID int64) string {
	return fmt.Sprintf("/documents/%s#c%d", docID, claimID)
}

// sourceName names a source for a tooltip: its outlet, else its document.
func sourceName(s reconcile.Source) string {
	if s.Outlet != "" {
		return s.Outlet
	}
	return shortID(s.DocumentID)
}
