package extract

// The nominal forms of the time grammar in times.go. Each form takes the index
// of its first token and returns the period it names, the index after its last
// token, and whether it matched.

// nominalClasses are the classes nominal reads a form by.
const nominalClasses = tcPart | tcAnchor | tcWindow | tcShift | tcOrdinal | tcDivision |
	tcMonth | tcWeekday | tcSeason | tcDay | tcUnit

// nominal reads a time expression without its leading preposition.
func (p *timeParser) nominal(j int, c ctx) (period, int, bool) {
	if !p.in(j) {
		return period{}, j, false
	}
	t := &p.toks[j]
	if t.Kind == Number {
		return p.numeric(j, c)
	}
	w := p.word(j)
	if w == nil || w.class&nominalClasses == 0 && w.phraseKinds&(1<<phSoon|1<<phCount) == 0 && t.Norm != "the" {
		// A word of none of the classes below that starts no soon or
		// count phrase ("as" after its "as of" failed, "least" after
		// "at") can begin none of the forms: ago, the last, reads a count
		// first. Such starts are many.
		return period{}, j, false
	}
	if w.phraseKinds&(1<<phSoon) != 0 {
		if _, k, ok := p.phraseAt(j, phSoon); ok {
			return p.soon(j, k)
		}
	}
	if t.Norm == "the" {
		return p.the(j+1, c)
	}
	// Forms are tried in order; a word can belong to several classes ("last"
	// is a window, a shift and an ordinal).
	if w.class&tcPart != 0 && !c.noPart {
		if per, k, ok := p.part(j, c); ok {
			return per, k, true
		}
	}
	if w.class&tcAnchor != 0 {
		if per, k, ok := p.anchor(j); ok {
			return per, k, true
		}
	}
	if w.class&tcWindow != 0 {
		if per, k, ok := p.windowForm(j, false); ok {
			return per, k, true
		}
	}
	if w.class&tcShift != 0 {
		if per, k, ok := p.shift(j); ok {
			return per, k, true
		}
	}
	if w.class&(tcOrdinal|tcDivision) != 0 {
		if per, k, ok := p.division(j, c, false); ok {
			return per, k, true
		}
	}
	switch {
	case w.class&tcMonth != 0 && t.Cap:
		return p.monthForm(j, c)
	case w.class&tcWeekday != 0:
		return p.weekdayForm(j, c)
	case w.class&tcSeason != 0:
		return p.season(j, c, false)
	case w.class&tcDay != 0:
		return p.dayForm(j)
	case w.class&tcUnit != 0:
		return p.yearEnd(j)
	}
	return p.ago(j)
}

// the reads the forms that begin with "the" (at k-1): "the end of 2024", "the
// first half of 2024", "the past three years", "the spring of 2023", "the
// 1990s", "the weekend", "the months ahead".
func (p *timeParser) the(k int, c ctx) (period, int, bool) {
	if n, ok := p.number(k, 4); ok && n >= minYear {
		if per, k2, ok := p.numeric(k, c); ok && per.kind == pDecade {
			return per, k2, true
		}
		return period{}, k, false
	}
	w := p.word(k)
	if w == nil {
		return period{}, k, false
	}
	if w.class&tcPart != 0 && !c.noPart {
		if per, k2, ok := p.part(k, c); ok {
			return per, k2, true
		}
	}
	if w.class&(tcOrdinal|tcDivision) != 0 {
		if per, k2, ok := p.division(k, c, true); ok {
			return per, k2, true
		}
	}
	if w.class&tcWindow != 0 {
		if per, k2, ok := p.windowForm(k, true); ok {
			return per, k2, true
		}
	}
	if w.class&tcSeason != 0 {
		return p.season(k, c, true)
	}
	if w.class&tcWeekend != 0 {
		return p.weekend(0, false, c), k + 1, true
	}
	// "the weeks ahead", "the coming months" (the latter via windowForm).
	if u, ok := p.countUnit(k, 1); ok && u.plural && p.is(u.hi, "ahead") {
		return p.window(1, u), u.hi + 1, true
	}
	return period{}, k, false
}

// part reads "early 2024", "mid-October", "late last year", "the end of the
// year", "end-2024", "the early 1990s".
func (p *timeParser) part(j int, c ctx) (period, int, bool) {
	w := p.word(j)
	k := j + 1
	switch {
	case w.partOf && (p.is(k, "of") || p.isJoiner(k)):
		k++
	case w.partOf:
		return period{}, j, false
	case p.isJoiner(k):
		k++
	}
	c.triggered, c.yearSure, c.noPart = true, true, true
	ref, k, ok := p.periodRef(k, c)
	if !ok {
		return period{}, j, false
	}
	per, ok := applyPart(ref, w.part)
	return per, k, ok
}

// periodRef reads a period that a part or a division can apply to: "the
// year", "the month", "the week" (the publication date's), or a nominal of a
// dividable kind.
func (p *timeParser) periodRef(k int, c ctx) (period, int, bool) {
	if p.is(k, "the") {
		if w := p.has(k+1, tcUnit); w != nil && !p.plural(k+1) {
			switch w.unit {
			case unitYear, unitMonth, unitWeek:
				return p.shiftUnit(w.unit, 0), k + 2, true
			}
		}
	}
	per, k2, ok := p.nominal(k, c)
	if !ok || per.openEnd || per.kind == pSpan {
		return period{}, k, false
	}
	return per, k2, true
}

// anchor reads "earlier this year" (start of the year to publication) and
// "later this month" (publication to the end of the month).
func (p *timeParser) anchor(j int) (period, int, bool) {
	dir := p.word(j).anchor
	w := p.has(j+2, tcUnit)
	if !p.is(j+1, "this") || w == nil || p.plural(j+2) {
		return period{}, j, false
	}
	switch w.unit {
	case unitYear, unitMonth, unitWeek:
	default:
		return period{}, j, false
	}
	per := p.shiftUnit(w.unit, 0)
	per.kind = pSpan
	if per.ok {
		if dir < 0 {
			per.e = p.pub
		} else {
			per.s = p.pub
		}
	}
	return per, j + 3, true
}

// windowForm reads a rolling window: "the past three years", "past few weeks",
// "recent weeks", "coming months", "the next year". "last" and "next" with a
// singular unit and no "the" are calendar shifts instead ("last year").
func (p *timeParser) windowForm(j int, afterThe bool) (period, int, bool) {
	w := p.word(j)
	u, ok := p.countUnit(j+1, int(w.window))
	switch {
	case !ok:
		return period{}, j, false
	case w.class&tcShift != 0 && !afterThe && !u.counted && !u.plural:
		return period{}, j, false
	case p.toks[j].Norm == "recent" && (u.counted || !u.plural):
		return period{}, j, false
	}
	return p.window(int(w.window), u), u.hi, true
}

// shift reads "last year", "this week", "next month", "last quarter", "this
// weekend", "last September", "next Friday", "last spring", "this morning",
// "last night".
func (p *timeParser) shift(j int) (period, int, bool) {
	sh := int(p.word(j).shift)
	k := j + 1
	w := p.word(k)
	if w == nil {
		return period{}, j, false
	}
	switch {
	case w.class&tcUnit != 0 && !p.plural(k):
		switch w.unit {
		case unitYear, unitMonth, unitWeek:
			return p.shiftUnit(w.unit, sh), k + 1, true
		}
	case w.class&tcDivision != 0 && !w.letter && w.pieces == 4:
		if p.pub.isZero() {
			return period{kind: pQuarter}, k + 1, true
		}
		m := p.pub.month() - (p.pub.month()-1)%3 + 3*sh
		return monthsPeriod(p.pub.year(), m, 3, pQuarter), k + 1, true
	case w.class&tcWeekend != 0:
		return p.weekend(sh, true, ctx{}), k + 1, true
	case w.class&tcMonth != 0 && p.toks[k].Cap:
		m := int(w.month)
		if p.pub.isZero() {
			return period{kind: pMonth, month: m}, k + 1, true
		}
		y, pm, _ := p.pub.ymd()
		switch {
		case sh < 0 && m >= pm:
			y--
		case sh > 0 && m <= pm:
			y++
		}
		per := monthsPeriod(y, m, 1, pMonth)
		per.month = m
		return per, k + 1, true
	case w.class&tcWeekday != 0:
		per := p.weekdayShift(int(w.weekday), sh)
		return per, p.daypart(k + 1), true
	case w.class&tcSeason != 0:
		return p.seasonResolve(int(w.season), sh), k + 1, true
	case w.class&tcDaypart != 0:
		night := p.toks[k].Norm == "night"
		switch {
		case sh == 0 && !night:
			return p.dayOffset(0, 0), k + 1, true
		case sh < 0 && night:
			return p.dayOffset(-1, 0), k + 1, true
		}
	}
	return period{}, j, false
}

// shiftUnit is the calendar year, month or ISO week sh units from the one
// holding the publication date.
func (p *timeParser) shiftUnit(u unitKind, sh int) period {
	if p.pub.isZero() {
		kind := pWeek
		switch u {
		case unitYear:
			kind = pYear
		case unitMonth:
			kind = pMonth
		}
		return period{kind: kind}
	}
	switch u {
	case unitYear:
		return yearPeriod(p.pub.year() + sh)
	case unitMonth:
		return monthsPeriod(p.pub.year(), p.pub.month()+sh, 1, pMonth)
	}
	return weekPeriod(p.pub.add(7 * sh))
}

// division reads "the first half of 2024", "the third quarter of next year",
// "the last quarter", "Q3 2024", "H1". A yearless word form needs a leading
// "the" or preposition ("in the fourth quarter").
func (p *timeParser) division(j int, c ctx, afterThe bool) (period, int, bool) {
	k, ord := j, 0
	if w := p.has(k, tcOrdinal); w != nil {
		ord, k = int(w.ordinal), k+1
	}
	w := p.has(k, tcDivision)
	if w == nil {
		return period{}, j, false
	}
	pieces := int(w.pieces)
	if w.letter {
		n, ok := p.number(k+1, 1)
		if ord != 0 || !ok || p.toks[k+1].Space || n < 1 || n > pieces {
			return period{}, j, false
		}
		ord, k = n, k+2
	} else {
		if ord == 0 {
			return period{}, j, false
		}
		k++
	}
	if ord < 0 || ord > pieces {
		ord = pieces
	}
	c.triggered, c.yearSure, c.noPart = true, true, true
	if p.is(k, "of") {
		ref, k2, ok := p.periodRef(k+1, c)
		if !ok {
			return period{}, j, false
		}
		switch {
		case ref.kind == pYear:
			y := ref.s.year()
			return p.divide(y, ord, pieces, ref.ok, ref.named), k2, true
		case ref.kind == pMonth && pieces == 2:
			per := period{kind: pSpan, ok: ref.ok, named: ref.named}
			if ref.ok {
				y, m, _ := ref.s.ymd()
				per.s, per.e = ymd(y, m, 1), ymd(y, m, 15)
				if ord == 2 {
					per.s, per.e = ymd(y, m, 16), ref.e
				}
			}
			return per, k2, true
		}
		return period{}, j, false
	}
	if y, named, k2, ok := p.yearSpec(k, c); ok {
		return p.divide(y, ord, pieces, y != 0, named), k2, true
	}
	if !w.letter && !afterThe && !c.triggered {
		return period{}, j, false
	}
	first := (ord-1)*12/pieces + 1
	y, ok := p.yearForMonth(first, c)
	per := p.divide(y, ord, pieces, ok, false)
	per.yearless, per.month = true, first
	return per, k, true
}

func (p *timeParser) divide(y, ord, pieces int, ok, named bool) period {
	kind, n := pQuarter, 3
	if pieces == 2 {
		kind, n = pHalf, 6
	}
	first := (ord-1)*n + 1
	if !ok {
		return period{kind: kind, named: named, month: first}
	}
	per := monthsPeriod(y, first, n, kind)
	per.named, per.month = named, first
	return per
}

// yearSpec reads the year after a month, season or division: "2022", "of
// 2022", "last year", "of next year". y is 0 when the year is relative and the
// publication date unknown; named is true for a written year.
func (p *timeParser) yearSpec(k int, c ctx) (y int, named bool, hi int, ok bool) {
	if p.is(k, "of") {
		if y, named, hi, ok = p.yearSpec(k+1, c); ok {
			return y, named, hi, ok
		}
		return 0, false, k, false
	}
	if n, ok := p.number(k, 4); ok && len(p.toks[k].Norm) == 4 && n >= minYear && n <= maxYear {
		return n, true, k + 1, true
	}
	if w := p.has(k, tcShift); w != nil && p.is(k+1, "year") {
		if p.pub.isZero() {
			return 0, false, k + 2, true
		}
		return p.pub.year() + int(w.shift), false, k + 2, true
	}
	return 0, false, k, false
}

// yearForMonth picks the year of a yearless month: the range partner's; else
// the most recent such month on or before the publication month, unless the
// month is at most monthSlack months ahead, then the coming one ("in April"
// written in March is a plan); with c.future, the next one on or after the
// publication month.
func (p *timeParser) yearForMonth(m int, c ctx) (int, bool) {
	if c.year != 0 {
		return c.year, true
	}
	if p.pub.isZero() {
		return 0, false
	}
	y, pm, _ := p.pub.ymd()
	ahead := (m - pm + 12) % 12
	switch {
	case c.future:
		if m < pm {
			y++
		}
	case ahead <= monthSlack && m < pm:
		// Within the window but across New Year: "in January" in November.
		y++
	case ahead > monthSlack && m > pm:
		y--
	}
	return y, true
}

// yearForDay picks the year of a yearless day: the publication year unless
// that puts the day more than monthDaySlack days on the wrong side of the
// publication date (after it; before it with c.future).
func (p *timeParser) yearForDay(m, d int, c ctx) (int, bool) {
	if c.year != 0 {
		return c.year, true
	}
	if p.pub.isZero() {
		return 0, false
	}
	y := p.pub.year()
	day := ymd(y, m, min(d, daysIn(y, m)))
	switch {
	case c.future && day < p.pub.add(-monthDaySlack):
		y++
	case !c.future && day > p.pub.add(monthDaySlack):
		y--
	}
	return y, true
}

func (p *timeParser) plural(k int) bool {
	n := p.norm(k)
	return n != "" && n[len(n)-1] == 's'
}

// isJoiner is a hyphen glued to the token before it ("mid-2024").
func (p *timeParser) isJoiner(k int) bool { return p.is(k, "-") && !p.toks[k].Space }

// daypart skips a "morning", "evening" or "night" at k.
func (p *timeParser) daypart(k int) int {
	if p.has(k, tcDaypart) != nil {
		return k + 1
	}
	return k
}

// dayOffset is the publication date moved by from days, through to days.
func (p *timeParser) dayOffset(from, to int) period {
	if p.pub.isZero() {
		return period{kind: pDay}
	}
	return dateSpan(p.pub.add(from), p.pub.add(to), pDay)
}

// dayForm reads "yesterday", "today", "tomorrow", "tonight", with an optional
// part of the day after them.
func (p *timeParser) dayForm(j int) (period, int, bool) {
	d := int(p.word(j).day)
	return p.dayOffset(d, d), p.daypart(j + 1), true
}

// soon reads "soon", "very soon", "shortly", "the near future": from the
// publication date on. "as soon as" and "soon after the visit" are not about
// the publication date and do not match.
func (p *timeParser) soon(j, k int) (period, int, bool) {
	if p.has(j-1, tcSoonStop) != nil || p.has(k, tcSoonStop) != nil {
		return period{}, j, false
	}
	per := period{kind: pSpan, openEnd: true, ok: !p.pub.isZero(), s: p.pub}
	return per, k, true
}

// ago reads "two years ago", "a week ago", "3 days ago": the calendar unit
// that held the publication date moved back that many units.
func (p *timeParser) ago(j int) (period, int, bool) {
	u, ok := p.countUnit(j, -1)
	if !ok || !u.counted || p.has(u.hi, tcAgo) == nil {
		return period{}, j, false
	}
	if p.pub.isZero() {
		return period{kind: pSpan}, u.hi + 1, true
	}
	per := unitPeriod(addUnits(p.pub, u.unit, -u.n), u.unit)
	per.kind = pSpan
	return per, u.hi + 1, true
}

// yearEnd reads "year-end" and "year end": December of the publication year.
func (p *timeParser) yearEnd(j int) (period, int, bool) {
	k := j + 1
	if p.isJoiner(k) {
		k++
	}
	if p.norm(j) != "year" || !p.is(k, "end") {
		return period{}, j, false
	}
	if p.pub.isZero() {
		return period{kind: pSpan}, k + 1, true
	}
	per := monthsPeriod(p.pub.year(), 12, 1, pSpan)
	return per, k + 1, true
}
