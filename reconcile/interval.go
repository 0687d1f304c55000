package reconcile

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"

	"armsledger"
)

// Interval is an amount known to lie in [Min, Max]. An open top ("more than
// 6 million") is Max = +Inf; an open bottom ("up to 4.8 million") is Min = 0,
// since the amounts of the ledger are never negative. In JSON an open top is
// null.
type Interval struct {
	Min, Max float64
}

// Point is the interval [v, v].
func Point(v float64) Interval { return Interval{v, v} }

// AtLeast is the interval [v, +Inf).
func AtLeast(v float64) Interval { return Interval{v, math.Inf(1)} }

// OpenMax says the interval has no upper bound.
func (iv Interval) OpenMax() bool { return math.IsInf(iv.Max, 1) }

// Add is the interval of a sum: the sum of the lows and the sum of the highs.
func (iv Interval) Add(o Interval) Interval { return Interval{iv.Min + o.Min, iv.Max + o.Max} }

// Hull is the smallest interval holding both.
func (iv Interval) Hull(o Interval) Interval {
	return Interval{math.Min(iv.Min, o.Min), math.Max(iv.Max, o.Max)}
}

// String writes "4,800,000", "[4,800,000, 5,000,000]", "≥6,000,000" or
// "≤4,800,000".
func (iv Interval) String() string {
	switch {
	case iv.OpenMax() && iv.Min == 0:
		return "unbounded"
	case iv.OpenMax():
		return "≥" + number(iv.Min)
	case iv.Min == iv.Max:
		return number(iv.Min)
	case iv.Min == 0:
		return "≤" + number(iv.Max)
	}
	return "[" + number(iv.Min) + ", " + number(iv.Max) + "]"
}

// number writes v with thousands separators and at most two decimals.
func number(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if math.Abs(v-math.Round(v)) > 1e-9 {
		s = strconv.FormatFloat(v, 'f', 2, 64)
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	whole, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(whole, "-")
	whole = strings.TrimPrefix(whole, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
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

type intervalJSON struct {
	Min float64  `json:"min"`
	Max *float64 `json:"max"`
}

// MarshalJSON writes {"min": m, "max": M}, with null for an open top.
func (iv Interval) MarshalJSON() ([]byte, error) {
	j := intervalJSON{Min: iv.Min}
	if !iv.OpenMax() {
		j.Max = &iv.Max
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (iv *Interval) UnmarshalJSON(b []byte) error {
	var j intervalJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("interval: %w", err)
	}
	iv.Min, iv.Max = j.Min, math.Inf(1)
	if j.Max != nil {
		iv.Max = *j.Max
	}
	return nil
}

// amountOf reads a quantity as the interval it states, qualifier first:
// at_least has an open top and at_most an open bottom whatever bounds the
// extractor filled in; exact and about with one bound missing are that one
// figure. "About" is not widened: the text gives no margin, and inventing
// one would make every "about" match its neighbours.
func amountOf(q *armsledger.Quantity) (Interval, bool) {
	if q == nil || (q.Min == nil && q.Max == nil) {
		return Interval{}, false
	}
	iv := Interval{0, math.Inf(1)}
	if q.Min != nil {
		iv.Min = *q.Min
	}
	if q.Max != nil {
		iv.Max = *q.Max
	}
	switch q.Qualifier {
	case armsledger.AtLeast:
		iv.Max = math.Inf(1)
		if q.Min == nil {
			iv.Min = *q.Max
		}
	case armsledger.AtMost:
		iv.Min = 0
		if q.Max == nil {
			iv.Max = *q.Min
		}
	case armsledger.Exact, armsledger.About:
		if q.Min == nil {
			iv.Min = *q.Max
		}
		if q.Max == nil {
			iv.Max = *q.Min
		}
	}
	if iv.Min > iv.Max {
		iv.Min, iv.Max = iv.Max, iv.Min
	}
	return iv, true
}

// stated is the span of figures a quantity names, with an open side read as
// the figure stated for it: "more than 6 million" states 6 million, "up to
// 4.8 million" states 4.8 million. Matching uses it rather than the amount
// because reports of one statement add and drop "more than" freely, while an
// open interval would match every larger figure ever published: ">1,000
// containers" in 2023 is not the same statement as ">13,000" in 2024.
func stated(q *armsledger.Quantity) (lo, hi float64, ok bool) {
	if q == nil || (q.Min == nil && q.Max == nil) {
		return 0, 0, false
	}
	switch {
	case q.Min == nil:
		lo, hi = *q.Max, *q.Max
	case q.Max == nil:
		lo, hi = *q.Min, *q.Min
	default:
		lo, hi = *q.Min, *q.Max
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	return lo, hi, true
}

// stated is the span of figures an interval names, with an open side read
// as the figure on the other side, as for quantities: ≥6,000,000 and
// ≤6,000,000 both state 6,000,000.
func (iv Interval) stated() (lo, hi float64) {
	lo, hi = iv.Min, iv.Max
	if lo == 0 {
		lo = hi
	}
	if iv.OpenMax() {
		hi = lo
	}
	return lo, hi
}

// tolerance is how far apart two stated figures may be and still be one
// statement: rounding in reports ("4.8 million" for 4,795,000) stays within
// it, a genuinely different figure does not.
const tolerance = 0.01

// within says whether [alo, ahi] and [blo, bhi] overlap once each top is
// stretched by the tolerance.
func within(alo, ahi, blo, bhi float64) bool {
	return alo <= bhi*(1+tolerance) && blo <= ahi*(1+tolerance)
}
