package extract

import (
	"strings"

	"armsledger"
)

// QuantityMatch is an amount found in a run of tokens.
type QuantityMatch struct {
	Lo, Hi    int      // token index range [Lo, Hi) of the whole expression incl. qualifier words, currency marks and multiplier words
	Min, Max  *float64 // nil = open bound, per FORMAT.md
	Qualifier armsledger.Qualifier
	Currency  string // ISO 4217 code when the amount is money ("USD", "EUR", "GBP", "KRW", ...), else ""; a currency several states share is named in lower case ("peso", "rupee"), and a claim resolves it by its states (see currencies.tsv)
	Percent   bool   // "70%", "49 percent": a share, never a count of materiel
	Fraction  bool   // "one-tenth", "a third", "half": a share, value < 1 (but "half a million" is a count: 500000)
	Year      bool   // a bare four-digit number 1900..2100 used as a year ("in 2020", "since 2014", "March 2023")
}

// Quantities returns the non-overlapping quantities in toks[lo:hi], left to
// right (longest match wins).
//
// Tokens outside [lo, hi) are looked at only to judge the tokens inside: the
// "K" of "K2" makes the 2 a model name, the "in" before "2020" makes it a
// year, the "the" before "one" makes it a pronoun. A match never extends
// beyond hi.
//
// Rules for the ambiguous cases:
//   - Years: a plain four-digit number from 1900 to 2100 is a year after a
//     month name or since/until/till/during/throughout ("month" and
//     "year-strong" in the lexicon). Otherwise it is a count when a plural-looking word follows
//     ("2000 troops", "by 2000 troops") or when a capitalised word follows
//     and no year preposition ("year-weak": in, by, the, ...) precedes
//     ("sent 2000 North Korean troops"); in every other case it is a year
//     ("in 2020", "2031.", "the 2022 invasion"). Qualified, money, percent
//     and scaled figures are never years.
//   - A plain number up to 31 next to a month name is a day, not an amount
//     ("March 3", "3 March").
//   - "one" alone is a count when a word follows that is not in the
//     lexicon's not-one-after list ("one tank", not "one of them") and the
//     word before is not in not-one-before ("the one"); with a qualifier
//     ("at least one") it always counts.
//   - A number touching a letter or a hyphenated word before it is a model
//     name ("K2", "F-16", "mid-2023" too), and so is one after a lexicon
//     label-before word ("Leopard 2", "Article 5"); a number touching a word or a
//     hyphenated word after it is a unit, ordinal or adjective ("152mm",
//     "5th", "10-year"), unless that word is a scale ("1.2bn", "5.43-billion").
//     Number words behave alike ("five-year", "one-on-one").
//   - A range's second figure lends its scale, currency and percent to the
//     first when the first has none and is not bigger: "$1-2 billion" is
//     1e9..2e9, but "between 500 and 2 million" is 500..2e6. A range whose
//     first figure is not smaller than the second ("3-2", "fifty-fifty")
//     is not a range.
//   - A qualifier before a vague amount keeps the open side: "more than
//     hundreds" is at least 200, "up to thousands" at most 9999; "about
//     hundreds" stays vague.
func Quantities(toks []Token, lo, hi int) []QuantityMatch {
	var a quantArena
	return a.quantities(toks, lo, hi)
}

// quantArena holds the matches of many calls and the numbers their bounds
// point to. A document keeps one and empties it for the next text, so that
// its sentences' quantities cost no allocation: a claim copies the bounds it
// keeps (see quantity).
type quantArena struct {
	matches []QuantityMatch
	bounds  []float64
}

// quantities is Quantities with its matches and bounds appended to the
// arena. Earlier calls' matches stay valid: a grown array is a new one.
func (a *quantArena) quantities(toks []Token, lo, hi int) []QuantityMatch {
	lo, hi = max(lo, 0), min(hi, len(toks))
	p := qparser{toks: toks, hi: hi, arena: a}
	start := len(a.matches)
	for i := p.nextStart(lo); i < hi; i = p.nextStart(i) {
		var m QuantityMatch
		if p.expr(i, &m) {
			a.matches = append(a.matches, m)
			i = m.Hi
			continue
		}
		i++
	}
	if len(a.matches) == start {
		return nil
	}
	return a.matches[start:len(a.matches):len(a.matches)]
}

// nextStart returns the first token from i on, before hi, that may begin a
// quantity: a number, or a word the lexicon says can (nbStarts), which for
// a word that begins only phrases ("in", "at", "a") the next word must
// continue, and for a range opener or qualifier ("from", "over") the next
// word must begin an amount or continue its phrase (mayBegin); hi if there
// is none. Most tokens cannot, and this tight loop passes them by: a word
// the vocabulary numbers that begins no quantity, most tokens, is told by
// one bit (nbScan), which a number or a start has.
func (p *qparser) nextStart(i int) int {
	if i >= p.hi {
		return p.hi
	}
	// Through a slice of the rest, the loop checks no bounds.
	rest := p.toks[i:p.hi]
	for n := range rest {
		t := &rest[n]
		if numBits[t.word]&nbScan == 0 {
			continue // neither a number nor a start
		}
		if t.Kind == Number {
			return i + n
		}
		if b := numBits[t.word]; b&nbStarts != 0 && (b&(nbPhraseOnly|nbBeforeAmount) == 0 || n+1 < len(rest) && mayFollow(&rest[n+1]) && p.mayBegin(i+n)) {
			return i + n
		}
	}
	return p.hi
}

// expr reads a quantity starting at toks[i], a start nextStart gives, into
// m: an optional qualifier, an amount, and an optional range tail or
// trailing qualifier. It reports whether there is one; m is not to be read
// when there is none.
func (p *qparser) expr(i int, m *QuantityMatch) bool {
	toks, hi := p.toks, p.hi
	if numBits[toks[i].word]&nbRangeOpen != 0 {
		return p.rangeExpr(i, m)
	}
	q, j := armsledger.Exact, i
	if p.has(i, hi, nkQualifier) {
		if e, end := p.matchAt(i, hi, nkQualifier); e != nil {
			q, j = e.qual, end
			if toks[i].Norm == "over" && talkBefore(toks, i) {
				q, i = armsledger.Exact, end // "talks with France over 42 Rafale jets": about them, not more than 42
			}
		}
	}
	var a amount
	if j >= hi || !p.readAmount(j, false, &a) {
		return false
	}
	var b amount
	if end, ok := p.rangeTail(&a, false, &b); ok {
		p.rangeMatch(i, end, &a, &b, m)
		return true
	}
	end := a.hi
	if q == armsledger.Exact && !a.vague && p.has(end, hi, nkQualifierAfter) {
		// "10,000 or more", "1,000+", "30-plus"; a mark must touch the figure.
		if e, e2 := p.matchAt(end, hi, nkQualifierAfter); e != nil && (toks[end].Kind == Word || !toks[end].Space) {
			q, end = e.qual, e2
		}
	}
	if a.loneOne && a.hi == a.lo+1 && q == armsledger.Exact && !p.oneCounts(a.lo) {
		return false
	}
	*m = QuantityMatch{Lo: i, Hi: end, Qualifier: q, Currency: a.cur, Percent: a.percent, Fraction: a.fraction}
	if a.vague {
		switch q {
		case armsledger.AtLeast:
			m.Min = p.bound(a.vmin)
		case armsledger.AtMost:
			m.Max = p.bound(a.vmax)
		default:
			m.Qualifier = armsledger.Vague
			m.Min, m.Max = p.bounds(a.vmin, a.vmax)
		}
		return true
	}
	v := a.value()
	switch q {
	case armsledger.AtLeast:
		m.Min = p.bound(v)
	case armsledger.AtMost:
		m.Max = p.bound(v)
	default:
		m.Min, m.Max = p.bounds(v, v)
	}
	m.Year = q == armsledger.Exact && end == a.hi && a.yearLike && p.isYear(&a)
	return true
}

// rangeExpr reads "between A and B" or "from A to B" at toks[i] into m.
func (p *qparser) rangeExpr(i int, m *QuantityMatch) bool {
	toks := p.toks
	var a amount
	if !p.readAmount(i+1, false, &a) {
		return false
	}
	var b amount
	end, ok := p.rangeTail(&a, toks[i].Norm == "between", &b)
	if !ok {
		return false
	}
	p.rangeMatch(i, end, &a, &b, m)
	return true
}

// rangeTail reads the second figure of a range after a into b, and returns
// the index past it: "10 to 12", "330-500 thousand", "18-19", "$1-2
// billion", "33% to 50%", "two or three", "2022-23", and after "between",
// "36 and 44". It may give a the scale, currency and percent of the second
// figure.
func (p *qparser) rangeTail(a *amount, between bool, b *amount) (int, bool) {
	toks, hi := p.toks, p.hi
	k := a.hi
	if k+1 >= hi || a.vague || a.fraction {
		return 0, false
	}
	switch t := &toks[k]; {
	case t.Norm == "-" && t.Kind == Punct, t.Norm == "to", t.Norm == "and" && between, t.Norm == "or" && !between:
	default:
		return 0, false
	}
	if !p.readAmount(k+1, true, b) || b.vague || b.fraction {
		return 0, false
	}
	x := *a // changed only if the range holds
	if x.yearLike && isGluedHyphen(toks, k) && b.hi == k+2 && len(toks[k+1].Norm) == 2 && b.cur == "" {
		// "2022-23": the second year is written with two digits.
		century := x.mant - float64(int(x.mant)%100)
		b.mant += century
		if b.mant <= x.mant {
			b.mant += 100
		}
		b.yearLike = true
	}
	if x.mult == 1 && b.mult > 1 && x.mant/x.div <= b.mant/b.div {
		x.mult, x.yearLike = b.mult, false
	}
	if x.yearLike && x.mult == 1 && b.mult > 1 {
		return 0, false // "raised its target for 2025 to 1.8 million rounds": a year, then the figure
	}
	switch {
	case x.cur != "" && b.cur != "" && x.cur != b.cur, x.percent && !b.percent:
		return 0, false
	case x.cur == "":
		x.cur = b.cur
	}
	x.percent = b.percent
	if x.value() >= b.value() {
		return 0, false
	}
	*a = x
	return b.hi, true
}

// rangeMatch builds in m the match of a range a..b over toks[lo:hi].
func (p *qparser) rangeMatch(lo, hi int, a, b *amount, m *QuantityMatch) {
	toks := p.toks
	*m = QuantityMatch{Lo: lo, Hi: hi, Qualifier: armsledger.Range, Currency: a.cur, Percent: a.percent}
	m.Min, m.Max = p.bounds(a.value(), b.value())
	m.Year = a.yearLike && b.yearLike && a.cur == "" && !a.percent &&
		(hi >= len(toks) || !p.pluralLike(hi))
}

// isYear decides whether a plain four-digit figure is a year; see Quantities.
func (p *qparser) isYear(a *amount) bool {
	toks := p.toks
	if !a.yearLike || a.cur != "" || a.percent || a.mult != 1 || a.hi != a.lo+1 {
		return false
	}
	if p.endsAt(a.lo, nkMonth) || p.endsAt(a.lo, nkYearStrong) {
		return true
	}
	n := a.hi
	if n >= len(toks) {
		return true
	}
	if p.pluralLike(n) {
		return false
	}
	return !(toks[n].Kind == Word && toks[n].Cap && !p.endsAt(a.lo, nkYearWeak))
}

// pluralLike reports whether toks[k] looks like a plural noun: a word of
// three or more letters ending in "s" but not "ss", "us" or "is", and not
// one of the lexicon's not-plural words ("was", "its").
func (p *qparser) pluralLike(k int) bool {
	toks := p.toks
	t := &toks[k]
	n := t.Norm
	if t.Kind != Word || len(n) < 3 || n[0] == '\'' || n[len(n)-1] != 's' {
		return false
	}
	if strings.HasSuffix(n, "ss") || strings.HasSuffix(n, "us") || strings.HasSuffix(n, "is") {
		return false
	}
	return !p.is(k, nkNotPlural)
}

// oneCounts reports whether a lone "one" at toks[i] is a count; see
// Quantities.
func (p *qparser) oneCounts(i int) bool {
	toks := p.toks
	n := i + 1
	if n >= len(toks) || toks[n].Kind != Word || p.is(n, nkNotOneAfter) {
		return false
	}
	return !p.is(i-1, nkNotOneBefore)
}

// bound returns a pointer to v, kept in the arena's bounds. A full array is
// not grown but replaced, so that the bounds already handed out stay where
// they are.
func (p *qparser) bound(v float64) *float64 {
	a := p.arena
	if len(a.bounds) == cap(a.bounds) {
		a.bounds = make([]float64, 0, max(16, 2*cap(a.bounds)))
	}
	a.bounds = append(a.bounds, v)
	return &a.bounds[len(a.bounds)-1]
}

// bounds returns pointers to lo and hi, kept side by side as bound keeps
// one.
func (p *qparser) bounds(lo, hi float64) (*float64, *float64) {
	a := p.arena
	if cap(a.bounds)-len(a.bounds) < 2 {
		a.bounds = make([]float64, 0, max(16, 2*cap(a.bounds)))
	}
	n := len(a.bounds)
	a.bounds = append(a.bounds, lo, hi)
	return &a.bounds[n], &a.bounds[n+1]
}

// talkBefore reports whether a noun of talks stands in the few words
// before the "over" at i, past whom they are with: "held talks with France
// over 42 Rafale jets".
func talkBefore(toks []Token, i int) bool {
	for j := i - 1; j >= 0 && i-j <= 5; j-- {
		if talkNoun(toks[j].Norm) {
			return true
		}
		if toks[j].Kind == Punct {
			return false
		}
	}
	return false
}

// talkNoun reports whether w names talks or a quarrel, after which "over"
// means "about": "talks over 42 jets", "a dispute over 12 frigates".
func talkNoun(w string) bool {
	switch w {
	case "talks", "negotiations", "dispute", "disputes", "row", "spat", "wrangling", "disagreement", "standoff", "tensions", "concerns", "questions", "haggling":
		return true
	}
	return false
}
