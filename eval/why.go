package eval

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"armsledger"
)

// Why tallies why claims failed to match, by kind, from where each claim's
// evidence stands in its passage. It quotes no passage, so it can be read
// for a held-out set without the set being read: a developer learns which
// kind of error dominates text the rules were not shaped on, and nothing
// of that text.
//
// A claim's sentence is found by punctuation alone (see sentenceAt), so an
// abbreviation such as "U.S." may cut one short; the tallies are a guide
// to where the errors lie, not a second metric.
type Why struct {
	// Missed gold claims, by what the prediction told in their sentence.
	Missed       int
	NoClaim      int            // no predicted claim from the sentence
	TwoAsOne     int            // a claim of the same parties and category, paired with another gold claim: two claims told as one
	Differs      map[string]int // the closest claim from the sentence differs in these fields ("category", "supplier+recipient", ...)
	NotLocated   int            // the gold evidence is not in the text
	FalsePos     int
	NoClaimText  int // the passage holds no gold claim at all
	NoGoldHere   int // the claim's sentence holds no gold claim
	OtherKind    int // a gold claim of the sentence has the same parties: another category, or one claim too many
	OtherParties int // the sentence's gold claims all have other parties
	// Core matches that are not strict.
	Status, Quantity int
	// Gold claims by category and by status, and how many of each found
	// a core match: where recall is lost.
	ByCategory, ByStatus map[string]Found
	// StatusPairs counts core matches whose status differs, by "gold ->
	// predicted": which convention the extractor and the annotators part on.
	StatusPairs map[string]int
	// CategoryPairs counts missed gold claims whose sentence's closest claim
	// differs only in category, by "gold -> predicted".
	CategoryPairs map[string]int
	// Alone splits NoClaim by what the extractor reads from the sentence
	// taken alone, and from the claim's item told in a plain frame (see
	// ReadAlone); empty until ReadAlone is called.
	Alone map[string]int
	// silent holds the gold claims of NoClaim with their sentences, for
	// ReadAlone.
	silent []silentClaim
}

// silentClaim is a gold claim whose sentence gave no predicted claim.
type silentClaim struct {
	gold      armsledger.Claim
	sentence  string
	published string
}

// The reasons ReadAlone tallies, in the order WriteWhy prints them.
const (
	aloneFound   = "alone, the sentence gives the claim: the passage around it loses it"
	aloneParties = "alone, the sentence gives its category with other parties"
	aloneOther   = "alone, the sentence gives other categories only"
	aloneNoFrame = "alone, nothing, though its item is read in a plain frame: no frame fits the sentence"
	aloneMisread = "alone, nothing, and its item reads as another category"
	aloneUnknown = "alone, nothing, and its item is not read: a lexicon gap, or words that need the passage"
	plainFrame   = "Germany sent %s to France."
)

// ReadAlone fills Alone: for each gold claim no predicted claim of its
// sentence told, read tells what the extractor makes of the sentence alone
// and of "Germany sent ITEM to France.". A frame the extractor lacks and a
// word its lexicon lacks are different work, and so is a claim the
// sentence holds that the passage around it suppresses; this tells them
// apart without showing the text. Frame gaps are counted by the gold
// claim's status, where the missing verbs show.
func (y *Why) ReadAlone(read func(text, published string) []armsledger.Claim) {
	y.Alone = map[string]int{}
	for _, m := range y.silent {
		g := m.gold
		alone := read(m.sentence, m.published)
		switch {
		case slices.ContainsFunc(alone, func(p armsledger.Claim) bool { return differing(g, p) == "" }):
			y.Alone[aloneFound]++
		case slices.ContainsFunc(alone, func(p armsledger.Claim) bool { return p.Category == g.Category }):
			y.Alone[aloneParties]++
		case len(alone) > 0:
			y.Alone[aloneOther]++
		default:
			plain := read(fmt.Sprintf(plainFrame, g.Item), "")
			switch {
			case slices.ContainsFunc(plain, func(p armsledger.Claim) bool { return p.Category == g.Category }):
				y.Alone[aloneNoFrame]++
				y.Alone[aloneNoFrame+"|"+string(g.Status)]++
			case len(plain) > 0:
				y.Alone[aloneMisread]++
			default:
				y.Alone[aloneUnknown]++
				y.Alone[aloneUnknown+"|"+string(g.Category)]++
			}
		}
	}
}

// Found counts gold claims of one kind and those of them matched.
type Found struct{ Gold, Matched int }

// explain adds to w the reasons for one passage's misses and false
// positives.
func (w *Why) explain(text, published string, gold, pred []armsledger.Claim, res PassageResult) {
	if w.Differs == nil {
		w.Differs, w.ByCategory, w.ByStatus, w.StatusPairs, w.CategoryPairs = map[string]int{}, map[string]Found{}, map[string]Found{}, map[string]int{}, map[string]int{}
	}
	goldAt := make([]int, len(gold))
	for i, g := range gold {
		goldAt[i] = strings.Index(text, g.Evidence)
	}
	predAt := make([]int, len(pred))
	for j, p := range pred {
		predAt[j] = evidenceAt(text, p)
	}
	matchedGold, matchedPred := make([]bool, len(gold)), make([]bool, len(pred))
	for _, m := range res.Matches {
		matchedGold[m.GoldIndex], matchedPred[m.PredIndex] = true, true
		if !m.Status {
			w.Status++
			w.StatusPairs[string(m.Gold.Status)+" -> "+string(m.Pred.Status)]++
		}
		if !m.Quantity {
			w.Quantity++
		}
	}
	for i, g := range gold {
		count(w.ByCategory, string(g.Category), matchedGold[i])
		count(w.ByStatus, string(g.Status), matchedGold[i])
		if matchedGold[i] {
			continue
		}
		w.Missed++
		if goldAt[i] < 0 {
			w.NotLocated++
			continue
		}
		lo, hi := sentenceAt(text, goldAt[i])
		best := "" // the fewest fields differing, among the sentence's claims
		found := false
		var closest armsledger.Claim
		for j, p := range pred {
			if predAt[j] < lo || predAt[j] >= hi {
				continue
			}
			d := differing(g, p)
			if !found || len(d) < len(best) {
				best, found, closest = d, true, p
			}
		}
		if best == "category" {
			w.CategoryPairs[string(g.Category)+" -> "+string(closest.Category)]++
		}
		switch {
		case !found:
			w.NoClaim++
			w.silent = append(w.silent, silentClaim{g, text[lo:hi], published})
		case best == "":
			w.TwoAsOne++
		default:
			w.Differs[best]++
		}
	}
	for j, p := range pred {
		if matchedPred[j] {
			continue
		}
		w.FalsePos++
		if len(gold) == 0 {
			w.NoClaimText++
			continue
		}
		at := predAt[j]
		if at < 0 {
			w.NoGoldHere++
			continue
		}
		lo, hi := sentenceAt(text, at)
		here, sameParties := false, false
		for i, g := range gold {
			if goldAt[i] < lo || goldAt[i] >= hi {
				continue
			}
			here = true
			sameParties = sameParties || sameSet(g.Suppliers, p.Suppliers) && sameSet(g.Recipients, p.Recipients)
		}
		switch {
		case !here:
			w.NoGoldHere++
		case sameParties:
			w.OtherKind++
		default:
			w.OtherParties++
		}
	}
}

func count(m map[string]Found, k string, matched bool) {
	f := m[k]
	f.Gold++
	if matched {
		f.Matched++
	}
	m[k] = f
}

// differing names the core fields in which p differs from g, joined by
// "+", in a fixed order; "" when they are a core match.
func differing(g, p armsledger.Claim) string {
	var d []string
	if !sameSet(g.Suppliers, p.Suppliers) {
		d = append(d, "supplier")
	}
	if !sameSet(g.Recipients, p.Recipients) {
		d = append(d, "recipient")
	}
	if g.Category != p.Category {
		d = append(d, "category")
	}
	return strings.Join(d, "+")
}

// evidenceAt returns the byte offset of a predicted claim's evidence: its
// span where the span holds it, else where the evidence first occurs, else
// -1.
func evidenceAt(text string, p armsledger.Claim) int {
	if s := p.Span; s.Len() > 0 && s.Start >= 0 && s.End <= len(text) && text[s.Start:s.End] == p.Evidence {
		return s.Start
	}
	return strings.Index(text, p.Evidence)
}

// sentenceAt returns the bounds of the sentence around byte offset i: from
// after the last ". ", "! ", "? " or line break before i to the next one.
func sentenceAt(text string, i int) (lo, hi int) {
	lo = 0
	for k := i - 1; k > 0; k-- {
		if text[k] == '\n' || isSpace(text[k]) && strings.ContainsRune(".!?", rune(text[k-1])) {
			lo = k + 1
			break
		}
	}
	hi = len(text)
	for k := i; k < len(text); k++ {
		if text[k] == '\n' || strings.ContainsRune(".!?", rune(text[k])) && (k+1 == len(text) || isSpace(text[k+1])) {
			hi = k + 1
			break
		}
	}
	return lo, hi
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// WriteWhy prints the tallies of Why, counts only.
func (r Report) WriteWhy(w io.Writer) error {
	y := r.Why
	var b strings.Builder
	b.WriteString("\nwhy (counts only: no passage text is shown, so a held-out set stays unread)\n")
	fmt.Fprintf(&b, "gold claims with no core match %d\n", y.Missed)
	line := func(n int, what string) { fmt.Fprintf(&b, "  %5d  %s\n", n, what) }
	line(y.NoClaim, "no claim from its sentence")
	for _, k := range []string{aloneFound, aloneParties, aloneOther, aloneNoFrame, aloneMisread, aloneUnknown} {
		if y.Alone[k] == 0 {
			continue
		}
		fmt.Fprintf(&b, "  %5d    %s\n", y.Alone[k], k)
		for _, sub := range slices.Sorted(maps.Keys(y.Alone)) {
			if what, ok := strings.CutPrefix(sub, k+"|"); ok {
				fmt.Fprintf(&b, "  %5d      %s\n", y.Alone[sub], what)
			}
		}
	}
	line(y.TwoAsOne, "a claim of its parties and category went to another gold claim: two told as one")
	for _, k := range slices.Sorted(maps.Keys(y.Differs)) {
		line(y.Differs[k], "its sentence's closest claim has another "+k)
		if k == "category" {
			for _, p := range slices.Sorted(maps.Keys(y.CategoryPairs)) {
				fmt.Fprintf(&b, "  %5d    gold %s\n", y.CategoryPairs[p], p)
			}
		}
	}
	if y.NotLocated > 0 {
		line(y.NotLocated, "its evidence is not in the text")
	}
	fmt.Fprintf(&b, "predicted claims with no core match %d\n", y.FalsePos)
	line(y.NoClaimText, "in a passage with no gold claim")
	line(y.NoGoldHere, "in a sentence with no gold claim")
	line(y.OtherKind, "beside a gold claim of the same parties (another category, or one too many)")
	line(y.OtherParties, "beside gold claims of other parties only")
	fmt.Fprintf(&b, "core matches that are not strict\n")
	line(y.Status, "status differs")
	for _, k := range slices.Sorted(maps.Keys(y.StatusPairs)) {
		fmt.Fprintf(&b, "  %5d    gold %s\n", y.StatusPairs[k], k)
	}
	line(y.Quantity, "quantity differs")
	for _, t := range []struct {
		name string
		m    map[string]Found
	}{{"category", y.ByCategory}, {"status", y.ByStatus}} {
		fmt.Fprintf(&b, "gold claims by %s: matched/all (recall)\n", t.name)
		for _, k := range slices.Sorted(maps.Keys(t.m)) {
			f := t.m[k]
			fmt.Fprintf(&b, "  %-16s %4d/%-4d %5.2f\n", k, f.Matched, f.Gold, ratio(f.Matched, f.Gold))
		}
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write reasons: %w", err)
	}
	return nil
}
