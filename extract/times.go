package extract

import "time"

// This file finds time expressions in a run of tokens and resolves them to
// ISO date intervals against the publication date. The vocabulary lives in
// lexicon/times.tsv; the grammar is hand-written below and in times_forms.go:
//
//	match    = [relation] (event | range | nominal)
//	relation = "in" | "since" | "by" | "as of" | "from" | "between" | "within" | ...
//	range    = nominal ("to" | "-" | "and" | ...) nominal
//	nominal  = year | month-day | weekday | season | part-of-period | quarter
//	         | "last"/"this"/"next" unit | rolling window | "N units ago" | "soon"
//
// Rules for ambiguous cases (each is tested in times_test.go):
//   - A yearless month ("in December") is the most recent such month on or
//     before the publication month, unless it is at most monthSlack (2) months
//     ahead, then the coming one ("in April" written in March); after "by",
//     "until" and "before" it is the next one on or after the publication
//     month ("by March"). Yearless seasons and quarters go by their first
//     month.
//   - A yearless day ("March 25") is in the publication year unless that puts
//     it more than monthDaySlack days after publication, then the year before;
//     after "by", "until" and "before", unless it is more than monthDaySlack
//     days before publication, then the year after.
//   - A bare weekday ("on Friday") is the most recent one on or before the
//     publication date (after "by": the next on or after it); "last Friday" is
//     strictly before, "next Friday" strictly after, "this Friday" is in the
//     publication date's ISO week.
//   - "last September" is the most recent September strictly before the
//     publication month; "last spring" the most recent spring that began
//     before the current season.
//   - Seasons are northern meteorological ones; "winter 2023" is December 2023
//     to February 2024, the winter that begins in that year.
//   - Early, mid and late split a year into January-April, May-August and
//     September-December; the start and end of a year are January and
//     December. lexicon/times.tsv and applyPart give the other periods.
//   - "soon", "shortly" and "in the near future" give Start = publication date
//     and no End.
//   - "as early as next week" is "in" that week; "as of X" gives End only, like
//     "by": the state it describes was reached by X.
//   - "within eight months of the signing" counts from another event, so it is
//     returned without dates.
//   - Events ("since the war began") resolve only when lexicon/times.tsv dates
//     them; "since the war began in February 2022" takes the date that follows.

// TimeMatch is a time expression found in a run of tokens, resolved against the publication date.
type TimeMatch struct {
	Lo, Hi     int    // token index range [Lo, Hi), including the leading preposition ("since", "by", "in", "last", "as early as", ...)
	Start, End string // ISO dates "YYYY-MM-DD"; either may be "" when open ("since February 2023" has no End; "by the end of the year" has no Start) or when it cannot be resolved (a relative expression with no publication date)
	Relation   string // "in", "since", "by", "until", "before", "after", "as_of" — how the event relates to the interval; "in" by default
}

// Times returns the time expressions in toks[lo:hi], left to right, non-overlapping. published is the article's date; the zero time.Time means unknown, and then only absolute expressions resolve.
func Times(toks []Token, lo, hi int, published time.Time) []TimeMatch {
	var out []TimeMatch
	for _, f := range appendTimes(nil, toks, lo, hi, hi, pubDate(published)) {
		out = append(out, f.match())
	}
	return out
}

// pubDate is the publication date the parser resolves against: zero when
// unknown, and for dates far outside the era of news reporting, which would
// make the arithmetic leave the four-digit years ISO dates need.
func pubDate(published time.Time) date {
	if !published.IsZero() {
		if y, m, d := published.Date(); y >= 1000 && y <= 9000 {
			return ymd(y, int(m), d)
		}
	}
	return 0
}

// foundTime is a time expression as the parser finds it, its dates not yet
// written out: the extractor keeps one expression of the many it finds, and
// writes the dates of that one alone (see match).
type foundTime struct {
	lo, hi int
	s, e   date // zero when open or unresolved
	rel    relation
}

// match is f as Times returns it.
func (f *foundTime) match() TimeMatch {
	m := TimeMatch{Lo: f.lo, Hi: f.hi, Relation: f.rel.String()}
	m.Start, m.End = isoDates(f.s, f.e)
	return m
}

// appendTimes appends to out the time expressions in toks[lo:hi] that start
// at or before token until, as Times finds them with publication date pub
// (see pubDate): an expression may run on past until, and the ones before it
// are the same whatever until is, since the scan goes left to right.
func appendTimes(out []foundTime, toks []Token, lo, hi, until int, pub date) []foundTime {
	lo, hi = max(lo, 0), min(hi, len(toks))
	if lo >= hi {
		return out
	}
	p := timeParser{toks: toks, lo: lo, hi: hi, pub: pub}
	// The scan reads the tokens through a slice of the range, which spares
	// the bounds check of every token: most of them are not tried at all.
	span := toks[lo:min(hi, max(until+1, lo))]
	for n := 0; n < len(span); n++ {
		if need := startNeed(&span[n]); need == 0 || need != tfAny && !followedBy(toks, lo+n+1, hi, need) || !p.mayMatch(lo+n) {
			continue
		}
		var f foundTime
		if p.match(lo+n, &f) {
			out = append(out, f)
			n = f.hi - 1 - lo
		}
	}
	return out
}

// timeCache keeps the time expressions of the last sentence a claim asked
// about. Claims come in sentence order but for a replaced repeat, so a single
// entry serves almost as well as a map by sentence, without the map; a
// sentence asked about again after another is read again, to the same result.
type timeCache struct {
	sent  int // 1 + the sentence index of times; 0 for none
	until int // the last token an expression in times may start at
	times []foundTime
	// pub is the text's pubDate, once read (pubRead).
	pub     date
	pubRead bool
	// s, e are the dates match wrote out last, as start and end: the
	// claims of a sentence often share their time. The zero value holds
	// the zero dates, which are written as "".
	s, e       date
	start, end string
}

// match is f as Times returns it.
func (tc *timeCache) match(f *foundTime) TimeMatch {
	if f.s != tc.s || f.e != tc.e {
		tc.s, tc.e = f.s, f.e
		tc.start, tc.end = isoDates(f.s, f.e)
	}
	return TimeMatch{Lo: f.lo, Hi: f.hi, Relation: f.rel.String(), Start: tc.start, End: tc.end}
}

// of returns the time expressions of c's sentence that may be near c or
// near the claims of the same sentence that follow it (see timeNear): those
// that start at most timeAfter tokens after one of them ends.
func (tc *timeCache) of(c *draft, following []*draft, toks []Token, published time.Time) []foundTime {
	if tc.sent == c.sent+1 && c.hi+timeAfter <= tc.until {
		return tc.times
	}
	until := c.hi + timeAfter
	for _, o := range following {
		if o.sent != c.sent {
			break
		}
		until = max(until, o.hi+timeAfter)
	}
	if !tc.pubRead {
		tc.pub, tc.pubRead = pubDate(published), true
	}
	tc.sent, tc.until = c.sent+1, until
	tc.times = appendTimes(tc.times[:0], toks, c.sentLo, c.sentHi, until, tc.pub)
	return tc.times
}

// timeParser reads toks[lo:hi]; it never looks outside that range.
type timeParser struct {
	toks   []Token
	lo, hi int
	pub    date // publication day; zero when unknown
}

// ctx is what the words before a nominal tell the parser about it.
type ctx struct {
	// future resolves yearless months, days and weekdays forward, as after
	// "by", "until" and "before".
	future bool
	// triggered is true when a preposition or modifier came first, which lets
	// "May", "March" and "fall" be read as times.
	triggered bool
	// countPrep is true after prepositions that also take quantities ("by",
	// "over"), where a number needs a year-like context to be a year.
	countPrep bool
	// yearSure is true when a month, season or part came first, so that a
	// four-digit number after it is a year whatever follows.
	yearSure bool
	// noPart stops "early late 2024" from nesting parts.
	noPart bool
	// year is the year the other end of a range gives a yearless one; 0 if none.
	year int
}

// startNeed is the cheap test run on every token: only numbers of up to
// four digits and words the lexicon marks as possible starts are parsed
// further, and only when the next token has one of the tf bits it returns
// (see timeStarts), or is a number. It returns 0 for no start.
func startNeed(t *Token) uint8 {
	switch t.Kind {
	case Number:
		switch {
		case len(t.Norm) > 4 || !isDigits(t.Norm):
			return 0
		case len(t.Norm) == 4:
			return tfAny
		}
		return tfNumber
	case Word:
		return timeStarts[t.word]
	}
	return 0
}

// followedBy reports whether token k, the one after a start in a run that
// ends before token hi, is a number or has one of the tf bits need. It
// takes the tokens and the run's end rather than the parser, which the scan
// keeps in memory for its calls: these it holds in registers.
func followedBy(toks []Token, k, hi int, need uint8) bool {
	return k < hi && (toks[k].Kind == Number || timeFollows[toks[k].word]&need != 0)
}

// mayMatch turns away, by the tokens after it, a start that cannot match:
// "the", numbers of up to three digits, count words and relation words
// make most of the tries, and nearly all of them fail ("the ministry", "500
// tanks", "a statement", "in Kyiv"). The scan asks it of a start whose next
// token has a bit startNeed asks for. The tests are the ones the grammar
// would end with, made before the calls that lead to them, most of them on
// the next words' bits in timeFollows; a start that passes is parsed in
// full.
func (p *timeParser) mayMatch(i int) bool {
	t := &p.toks[i]
	if t.Kind == Number {
		// Such a number is read only by dayMonth ("9 June", "9th of June",
		// "9-10 June") and ago, through countUnit ("3 weeks ago", "3 to 4
		// weeks ago"): the next token is an ordinal suffix, a month, a
		// unit, or one of the words they compare.
		return len(t.Norm) > 3 || p.follows(i+1, tfNumber)
	}
	w := lex.timeWords[t.word]
	switch {
	case w.class&nominalClasses == 0 && w.phraseKinds == 1<<phCount:
		// A word that only starts counts ("a", "several", "a couple of")
		// is read by nominal only through ago and countUnit ("a week ago",
		// "a few to ten days ago"): a count phrase, then a unit or one of
		// the words countUnit compares. Its other classes ("a" may follow
		// a year) are read only of a word after a nominal's first.
		if !p.follows(i+1, tfCount) {
			return false
		}
		_, k, ok := p.phraseAt(i, phCount)
		if !ok || !p.in(k) {
			return false
		}
		if p.has(k, tcUnit) != nil {
			return true
		}
		switch p.toks[k].Norm {
		case "-", "to", "or":
			return true
		}
		return false
	case t.Norm == "the" && w.phraseKinds&(1<<phRel) == 0:
		// Not a relation, "the" is read by nominal: as the start of a soon
		// phrase ("the near future"), else by the(), which needs a number
		// or a word of the classes it reads, or what countUnit reads: a
		// count word or a unit.
		return p.follows(i+1, tfThe) || p.in(i+1) && p.toks[i+1].Kind == Number
	case w.class&nominalClasses == 0 && w.phraseKinds&(1<<phSoon|1<<phCount) == 0:
		// A word of none of the classes nominal reads, that starts no soon
		// or count phrase, begins an expression only as a relation ("in",
		// "as of"): the next word is the phrase's next, or the first of
		// what match reads after it; after "the" or a count word, so is
		// the word after that ("in the past", not "in the ministry").
		need := timeStarts[t.word] // tfRel, and tfEvent after "since"; tfAny after "within"
		if need == tfAny || !p.in(i+1) {
			return need == tfAny
		}
		next := &p.toks[i+1]
		if next.Kind == Number {
			// The nominal's first token, read as a year or, shorter,
			// as a day or a count.
			n := startNeed(next)
			return n == tfAny || n == tfNumber && p.follows(i+2, tfNumber)
		}
		tf := timeFollows[next.word]
		return tf&need != 0 && (tf&tfArticle == 0 || p.follows(i+2, tfAfterArticle|need&tfEvent) || p.in(i+2) && p.toks[i+2].Kind == Number)
	case w.class&nominalClasses == tcMonth && w.phraseKinds == 0 && !t.Cap:
		// A month is read only capitalised: "may" and "march" are verbs.
		return false
	}
	return true
}

// match reads the longest time expression starting at token i into m.
func (p *timeParser) match(i int, m *foundTime) bool {
	rel, j := relIn, i
	c := ctx{}
	if ph, k, ok := p.phraseAt(i, phRel); ok {
		rel, j = ph.rel, k
		c.triggered, c.countPrep = true, ph.countPrep
		c.future = rel == relBy || rel == relUntil || rel == relBefore
	}
	var per period
	k, ok := j, false
	switch rel {
	case relBetween:
		per, k, ok = p.pair(j, c, true)
	case relFrom:
		rel = relIn
		if per, k, ok = p.pair(j, c, false); !ok {
			// "from 2025" alone counts from then on.
			rel = relSince
			per, k, ok = p.nominal(j, c)
		}
	case relWithin:
		rel = relIn
		per, k, ok = p.within(j)
	default:
		switch rel {
		case relSince, relBefore, relAfter, relUntil:
			per, k, ok = p.event(j, rel)
		}
		if !ok {
			per, k, ok = p.rangeOrNominal(j, c)
		}
	}
	if !ok || k <= i {
		return false
	}
	s, e := resolveRelation(rel, &per)
	*m = foundTime{lo: i, hi: k, s: s, e: e, rel: rel}
	return true
}

// resolveRelation turns the period a nominal names into the interval in which
// the event lies: "since X" opens the end, "by X" the start.
func resolveRelation(rel relation, per *period) (s, e date) {
	if !per.ok {
		return
	}
	if per.openEnd {
		return per.s, 0
	}
	switch rel {
	case relSince:
		return per.s, 0
	case relAfter:
		return addDays(per.e, 1), 0
	case relBy, relUntil, relAsOf:
		return 0, per.e
	case relBefore:
		return 0, addDays(per.s, -1)
	}
	return per.s, per.e
}

// addDays moves t by n days, leaving an unresolved (zero) date alone.
func addDays(t date, n int) date {
	if t.isZero() {
		return t
	}
	return t.add(n)
}

// rangeOrNominal reads a nominal and, when it names a calendar date, month,
// season or year, an optional second end joined by "to" or a dash ("October
// to December 2023", "2022 - 2024").
func (p *timeParser) rangeOrNominal(j int, c ctx) (period, int, bool) {
	x, k, ok := p.nominal(j, c)
	if !ok || x.openEnd || !(x.named || x.yearless) {
		return x, k, ok
	}
	if r, k2, ok := p.pairFrom(j, c, x, k, false); ok {
		return r, k2, true
	}
	return x, k, true
}

// pair reads "X and Y" (between) or "X to Y" (from).
func (p *timeParser) pair(j int, c ctx, between bool) (period, int, bool) {
	x, k, ok := p.nominal(j, c)
	if !ok || x.openEnd {
		return x, k, false
	}
	return p.pairFrom(j, c, x, k, between)
}

// pairFrom reads the joiner and second end of a range whose first end x spans
// tokens [j, k). A yearless end takes its year from the other one ("from
// October 10 to February 17, 2024" starts in October 2023); two weekdays share
// a week ("between Tuesday and Sunday of last week").
func (p *timeParser) pairFrom(j int, c ctx, x period, k int, between bool) (period, int, bool) {
	if between {
		if !p.is(k, "and") {
			return period{}, k, false
		}
	} else if p.has(k, tcRangeTo) == nil {
		return period{}, k, false
	}
	cy := c
	cy.triggered = true
	y, end, ok := p.nominal(k+1, cy)
	if !ok {
		return p.dayTail(j, c, x, k)
	}
	if y.openEnd {
		return period{}, k, false
	}
	switch {
	case x.yearless && y.named && y.ok:
		cx := c
		cx.year = y.s.year()
		if x.month > y.month {
			cx.year--
		}
		x, _, _ = p.nominal(j, cx)
	case y.yearless && x.named && x.ok:
		cy.year = x.e.year()
		if y.month < x.e.month() {
			cy.year++
		}
		y, _, _ = p.nominal(k+1, cy)
	}
	if x.weekday > 0 && y.weekday > 0 && y.ok && x.weekday <= y.weekday {
		x = dayPeriod(y.s.add(x.weekday - y.weekday))
	}
	if x.ok && y.ok && y.e < x.s {
		return period{}, k, false
	}
	// An end that cannot be resolved (a relative one with no publication
	// date) leaves only its own side open.
	out := period{ok: x.ok || y.ok, kind: pSpan, named: x.named || y.named}
	if x.ok {
		out.s = x.s
	}
	if y.ok {
		out.e = y.e
	}
	return out, end, true
}

// dayTail reads a range whose second end is a bare day of the first end's
// month: "June 9 to 11", "June 9 to 11, 2024".
func (p *timeParser) dayTail(j int, c ctx, x period, k int) (period, int, bool) {
	n, ok := p.number(k+1, 2)
	if x.kind != pDay || x.month == 0 || !ok || n > daysIn(2000, x.month) {
		return period{}, k, false
	}
	hi := p.ordSuffix(k + 2)
	if p.dayIsCount(hi) {
		// "from June 9 to 30 brigades"
		return period{}, k, false
	}
	comma := hi
	if p.is(comma, ",") {
		comma++
	}
	if x.yearless {
		if y, named, k2, ok := p.yearSpec(comma, ctx{yearSure: true}); ok && named {
			cx := c
			cx.year, hi = y, k2
			x, _, _ = p.nominal(j, cx)
		}
	}
	out := period{kind: pSpan, named: x.named}
	if x.ok {
		y := x.s.year()
		if n <= x.s.day() || n > daysIn(y, x.month) {
			return period{}, k, false
		}
		out.s, out.e, out.ok = x.s, ymd(y, x.month, n), true
	}
	return out, hi, true
}

// within reads the window after "within": "within one year", "within the next
// two weeks", "within about 18-19 months". A window counted from another event
// ("within eight months of the signing") is returned unresolved.
func (p *timeParser) within(j int) (period, int, bool) {
	k := j
	if p.is(k, "the") {
		k++
	}
	if w := p.has(k, tcWindow); w != nil && w.window > 0 {
		k++
	}
	if p.has(k, tcCountWord) != nil || p.is(k, "about") || p.is(k, "around") {
		k++
	}
	u, ok := p.countUnit(k, 1)
	if !ok {
		return period{}, j, false
	}
	switch p.norm(u.hi) {
	case "of", "after", "from", "since", "following":
		return period{kind: pSpan}, u.hi, true
	}
	return p.window(1, u), u.hi, true
}

// window is the stretch of u units before (dir < 0) or after the publication
// date.
func (p *timeParser) window(dir int, u units) period {
	if p.pub.isZero() {
		return period{kind: pSpan}
	}
	if dir < 0 {
		return dateSpan(addUnits(p.pub, u.unit, -u.n), p.pub, pSpan)
	}
	return dateSpan(p.pub, addUnits(p.pub, u.unit, u.n), pSpan)
}

// event reads "the war began", "the start of the full-scale invasion" after
// since, before, after or until. A bare event name is accepted only after
// "since" and "before", because "after the war" means after its end.
func (p *timeParser) event(j int, rel relation) (period, int, bool) {
	k := j
	if p.is(k, "the") {
		k++
		// "before the 1979 revolution", "since the 2014 invasion": a year
		// between "the" and an event's name says when the event was.
		if y, ok := p.number(k, 4); ok && y >= minYear && y <= maxYear && len(p.norm(k)) == 4 {
			if ev, k2, ok := p.phraseAt(k+1, phEvent); ok {
				if !ev.date.isZero() && ev.date.year() == y {
					return dayPeriod(ev.date), k2, true
				}
				per := dateSpan(ymd(y, 1, 1), ymd(y, 12, 31), pYear)
				per.named, per.month = true, 1
				return per, k2, true
			}
		}
	}
	started := false
	if p.has(k, tcEventStart) != nil && p.is(k+1, "of") {
		started, k = true, k+2
		if p.is(k, "the") {
			k++
		}
	}
	ev, k, ok := p.phraseAt(k, phEvent)
	if !ok {
		return period{}, j, false
	}
	if _, k2, ok := p.phraseAt(k, phEventVerb); ok {
		started, k = true, k2
		if ev.date.isZero() {
			// "since the war began in February 2022" dates the war itself.
			if in, k3, ok := p.phraseAt(k, phRel); ok && in.rel == relIn {
				if d, k4, ok := p.nominal(k3, ctx{triggered: true}); ok && d.named && d.ok {
					return d, k4, true
				}
			}
		}
	}
	if !started && rel != relSince && rel != relBefore {
		return period{}, j, false
	}
	if ev.date.isZero() {
		return period{kind: pDay}, k, true
	}
	return dayPeriod(ev.date), k, true
}

// units is a count of calendar units: "three years", "a few weeks".
type units struct {
	n       int
	unit    unitKind
	counted bool // a number or count word was given
	plural  bool
	hi      int
}

// countUnit reads [count [to count]] unit. Without a count a plural unit is a
// vague number ("recent weeks"), looked up for direction dir in the lexicon,
// and a singular one is one unit. A range of counts ("18-19 months") takes the
// larger.
func (p *timeParser) countUnit(k, dir int) (units, bool) {
	var u units
	vague := false
	count := func(k int) (int, int, bool) {
		if n, ok := p.number(k, 3); ok && n > 0 {
			return n, k + 1, true
		}
		if ph, k2, ok := p.phraseAt(k, phCount); ok {
			return ph.count, k2, true
		}
		return 0, k, false
	}
	if n, k2, ok := count(k); ok {
		u.n, u.counted, k = n, true, k2
		if p.is(k, "-") || p.is(k, "to") || p.is(k, "or") {
			if n2, k3, ok := count(k + 1); ok && (n2 > n || n2 < 0) {
				u.n, k = n2, k3
			}
		}
		vague = u.n < 0
	}
	w := p.has(k, tcUnit)
	if w == nil {
		return u, false
	}
	norm := p.toks[k].Norm
	u.unit, u.hi = w.unit, k+1
	u.plural = norm[len(norm)-1] == 's'
	switch {
	case vague || !u.counted && u.plural:
		u.n = int(w.back)
		if dir > 0 {
			u.n = int(w.ahead)
		}
	case !u.counted:
		u.n = 1
	}
	return u, true
}
