package eval

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"armsledger"
)

// Counts are the claim and match tallies behind the metrics.
type Counts struct {
	Gold, Pred   int // claims
	Core, Strict int // matched pairs; every strict pair is also a core pair
	// Status, Quantity and Speaker count the core pairs whose field agrees.
	Status, Quantity, Speaker int
}

func (c *Counts) add(d Counts) {
	c.Gold += d.Gold
	c.Pred += d.Pred
	c.Core += d.Core
	c.Strict += d.Strict
	c.Status += d.Status
	c.Quantity += d.Quantity
	c.Speaker += d.Speaker
}

// PassageResult is how one passage scored.
type PassageResult struct {
	// Index is the passage's position in the gold list; ID is its id, or ""
	// for predictions beyond the end of the gold list.
	Index          int
	ID             string
	Counts         Counts
	Matches        []Match            // in gold order
	Missed         []armsledger.Claim // gold claims no prediction matched
	FalsePositives []armsledger.Claim // predicted claims that matched no gold claim
}

// Report is the outcome of Score: the per-passage results and their totals.
type Report struct {
	Total    Counts
	Passages []PassageResult
	Why      Why // why claims failed to match, in counts
}

// Score compares predicted claims with gold claims passage by passage:
// pred[i] holds the predictions for gold[i]. A missing pred[i] means no
// predictions; a pred[i] beyond the gold list is scored against no gold
// claims, so every claim in it is a false positive and a misaligned list
// cannot raise the score.
func Score(gold []Passage, pred [][]armsledger.Claim) Report {
	var r Report
	for i := range max(len(gold), len(pred)) {
		res := PassageResult{Index: i}
		var g, p []armsledger.Claim
		if i < len(gold) {
			res.ID, g = gold[i].ID, gold[i].Claims
		}
		if i < len(pred) {
			p = pred[i]
		}
		text, published := "", ""
		if i < len(gold) {
			text, published = gold[i].Text, gold[i].Published
		}
		matches, missed, extra := pair(g, p)
		res.Matches = matches
		for _, j := range missed {
			res.Missed = append(res.Missed, g[j])
		}
		for _, j := range extra {
			res.FalsePositives = append(res.FalsePositives, p[j])
		}
		c := Counts{Gold: len(g), Pred: len(p), Core: len(matches)}
		for _, m := range matches {
			c.Strict += b2i(m.Strict)
			c.Status += b2i(m.Status)
			c.Quantity += b2i(m.Quantity)
			c.Speaker += b2i(m.Speaker)
		}
		res.Counts = c
		r.Why.explain(text, published, g, p, res)
		r.Total.add(c)
		r.Passages = append(r.Passages, res)
	}
	return r
}

// PRF is precision, recall and F1 with the counts they come from. A ratio
// whose denominator is 0 (no predictions, no gold claims) is 0.
type PRF struct {
	Precision, Recall, F1 float64
	TP, FP, FN            int
}

func prf(tp, pred, gold int) PRF {
	p := PRF{TP: tp, FP: pred - tp, FN: gold - tp}
	p.Precision = ratio(tp, pred)
	p.Recall = ratio(tp, gold)
	if s := p.Precision + p.Recall; s > 0 {
		p.F1 = 2 * p.Precision * p.Recall / s
	}
	return p
}

// Core scores core matches: supplier set, recipient set and category agree.
func (r Report) Core() PRF { return prf(r.Total.Core, r.Total.Pred, r.Total.Gold) }

// Strict scores strict matches: core, and status and quantity agree too.
func (r Report) Strict() PRF { return prf(r.Total.Strict, r.Total.Pred, r.Total.Gold) }

// StatusAccuracy is the share of core matches whose status agrees; 0 when
// there are no core matches.
func (r Report) StatusAccuracy() float64 { return ratio(r.Total.Status, r.Total.Core) }

// QuantityAccuracy is the share of core matches whose quantity agrees; 0
// when there are no core matches.
func (r Report) QuantityAccuracy() float64 { return ratio(r.Total.Quantity, r.Total.Core) }

// SpeakerAccuracy is the share of core matches whose speaker agrees; 0 when
// there are no core matches.
func (r Report) SpeakerAccuracy() float64 { return ratio(r.Total.Speaker, r.Total.Core) }

// Write prints the summary table. verbose adds, for each passage that is not
// scored perfectly, its missed gold claims, its false positives and its core
// matches that disagree on status, quantity or speaker, one claim a line.
func (r Report) Write(w io.Writer, verbose bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "passages %d, gold claims %d, predicted claims %d\n\n", len(r.Passages), r.Total.Gold, r.Total.Pred)
	fmt.Fprintf(&b, "%-8s %9s %7s %6s %5s %5s %5s\n", "", "precision", "recall", "F1", "TP", "FP", "FN")
	for _, row := range []struct {
		name string
		prf  PRF
	}{{"core", r.Core()}, {"strict", r.Strict()}} {
		p := row.prf
		fmt.Fprintf(&b, "%-8s %9.3f %7.3f %6.3f %5d %5d %5d\n", row.name, p.Precision, p.Recall, p.F1, p.TP, p.FP, p.FN)
	}
	fmt.Fprintf(&b, "\namong %d core matches\n", r.Total.Core)
	for _, row := range []struct {
		name string
		n    int
	}{{"status", r.Total.Status}, {"quantity", r.Total.Quantity}, {"speaker", r.Total.Speaker}} {
		fmt.Fprintf(&b, "%-8s %9.3f  (%d/%d)\n", row.name, ratio(row.n, r.Total.Core), row.n, r.Total.Core)
	}
	// Say where a 0 is 0/0 rather than a real 0, so an empty run is not
	// read as a terrible one.
	var notes []string
	if r.Total.Pred == 0 {
		notes = append(notes, "no predicted claims; precision is 0/0, shown as 0")
	}
	if r.Total.Gold == 0 {
		notes = append(notes, "no gold claims; recall is 0/0, shown as 0")
	}
	if r.Total.Core == 0 {
		notes = append(notes, "no core matches; the accuracies are 0/0, shown as 0")
	}
	for i, n := range notes {
		if i == 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "note: %s\n", n)
	}
	if verbose {
		for _, p := range r.Passages {
			writePassage(&b, p)
		}
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// writePassage prints what went wrong in one passage, or nothing if nothing did.
func writePassage(b *strings.Builder, p PassageResult) {
	var wrong []Match
	for _, m := range p.Matches {
		if !m.Strict || !m.Speaker {
			wrong = append(wrong, m)
		}
	}
	if len(p.Missed)+len(p.FalsePositives)+len(wrong) == 0 {
		return
	}
	id := p.ID
	if id == "" {
		id = "#" + strconv.Itoa(p.Index+1)
	}
	fmt.Fprintf(b, "\npassage %s: gold %d, predicted %d, core %d, strict %d\n", id, p.Counts.Gold, p.Counts.Pred, p.Counts.Core, p.Counts.Strict)
	for _, c := range p.Missed {
		fmt.Fprintf(b, "  missed   %s\n", claimLine(c))
	}
	for _, c := range p.FalsePositives {
		fmt.Fprintf(b, "  false+   %s\n", claimLine(c))
	}
	for _, m := range wrong {
		var fields []string
		for _, f := range []struct {
			name string
			ok   bool
		}{{"status", m.Status}, {"quantity", m.Quantity}, {"speaker", m.Speaker}} {
			if !f.ok {
				fields = append(fields, f.name)
			}
		}
		fmt.Fprintf(b, "  differs  %s\n    gold   %s\n    pred   %s\n", strings.Join(fields, ", "), claimLine(m.Gold), claimLine(m.Pred))
	}
}

// claimLine renders a claim on one line for reading:
// "KP -> RU ammunition 4800000..4800000 round exact delivered [Shin Wonsik] «evidence»".
// An empty actor set is "?", a null quantity "-", an open bound empty.
func claimLine(c armsledger.Claim) string {
	q := "-"
	if c.Quantity != nil {
		q = bound(c.Quantity.Min) + ".." + bound(c.Quantity.Max)
		for _, s := range []string{c.Quantity.Unit, string(c.Quantity.Qualifier)} {
			if s != "" {
				q += " " + s
			}
		}
	}
	return fmt.Sprintf("%s -> %s %s %s %s [%s] «%s»", actors(c.Suppliers), actors(c.Recipients),
		orUnknown(string(c.Category)), q, orUnknown(string(c.Status)), c.Speaker,
		// Evidence can span lines; one claim must stay on one line.
		strings.Join(strings.Fields(c.Evidence), " "))
}

func actors(codes []string) string {
	if len(codes) == 0 {
		return "?"
	}
	return strings.Join(codes, ",")
}

func bound(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

func orUnknown(s string) string {
	if s == "" {
		return "?"
	}
	return s
}

// ratio is n/d, and 0 when d is 0.
func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
