package extract

// Forms of the time grammar that name calendar dates: years, decades, months,
// days, weekdays and seasons.

// numeric reads a form that begins with a number: a year ("2023", "the
// 1990s", "2022-23"), a day before its month ("9 June 2022"), or a count
// ("3 weeks ago").
func (p *timeParser) numeric(j int, c ctx) (period, int, bool) {
	switch s := p.toks[j].Norm; {
	case !isDigits(s):
	case len(s) == 4:
		return p.year(j, c)
	case len(s) <= 2:
		if per, k, ok := p.dayMonth(j, c); ok {
			return per, k, true
		}
		return p.ago(j)
	case len(s) == 3:
		return p.ago(j)
	}
	return period{}, j, false
}

// year reads a year, a decade ("1990s"), a span of years ("2022-2024",
// "2022-23") or an ISO date ("2023-10-12").
func (p *timeParser) year(j int, c ctx) (period, int, bool) {
	y, _ := p.number(j, 4)
	if y < minYear || y > maxYear {
		return period{}, j, false
	}
	k := j + 1
	if p.is(k, "s") && !p.toks[k].Space {
		if y%10 != 0 {
			return period{}, j, false
		}
		per := dateSpan(ymd(y, 1, 1), ymd(y+9, 12, 31), pDecade)
		per.named, per.month = true, 1
		return per, k + 1, true
	}
	if !c.triggered && !c.yearSure && !p.bareYearOK(j) {
		return period{}, j, false
	}
	if per, k2, ok := p.isoDay(j, y); ok {
		return per, k2, true
	}
	hi, y2 := k, y
	if p.is(k, "-") || p.is(k, "/") && !p.toks[k].Space {
		n, ok := p.number(k+1, 4)
		switch len(p.norm(k + 1)) {
		case 2:
			n += y - y%100
		case 4:
		default:
			ok = false
		}
		if ok && n > y && n <= y+50 && n <= maxYear {
			y2, hi = n, k+2
		}
	}
	if !c.yearSure && !p.yearFollowOK(hi, c) {
		return period{}, j, false
	}
	kind := pYear
	if y2 != y {
		kind = pSpan
	}
	per := dateSpan(ymd(y, 1, 1), ymd(y2, 12, 31), kind)
	per.named, per.month = true, 1
	return per, hi, true
}

// isoDay reads "2023-10-12" written without spaces.
func (p *timeParser) isoDay(j, y int) (period, int, bool) {
	glued := func(k int) bool { return p.in(k) && !p.toks[k].Space }
	if !p.is(j+1, "-") || !glued(j+1) || !glued(j+2) || !p.is(j+3, "-") || !glued(j+3) || !glued(j+4) {
		return period{}, j, false
	}
	m, ok1 := p.number(j+2, 2)
	d, ok2 := p.number(j+4, 2)
	if !ok1 || !ok2 || len(p.norm(j+2)) != 2 || len(p.norm(j+4)) != 2 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return period{}, j, false
	}
	per := dayPeriod(ymd(y, m, d))
	per.named, per.month = true, m
	return per, j + 5, true
}

// bareYearOK rejects a number with no preposition before it that reads as an
// amount or as part of a name: "$2000", "nearly 2000", "Su-2024".
func (p *timeParser) bareYearOK(j int) bool {
	if !p.in(j - 1) {
		return true
	}
	prev := &p.toks[j-1]
	switch prev.Norm {
	case "$", "€", "£", "¥", "₩", "₽":
		return false
	}
	if !p.toks[j].Space {
		switch prev.Norm {
		case "(", "[", "\"", "'":
			return true
		}
		return false
	}
	return prev.Kind != Number && p.has(j-1, tcCountWord) == nil
}

// yearFollowOK checks the token after a year: "by 2000 troops" and "2000
// tanks" are counts. A lower-case word may follow only after a preposition
// that does not also take quantities ("in 2020 together with") or when the
// lexicon lists it ("2022 alone").
func (p *timeParser) yearFollowOK(k int, c ctx) bool {
	if !p.in(k) {
		return true
	}
	t := &p.toks[k]
	switch {
	case t.Kind == Number:
		return false
	case t.Kind == Punct:
		return t.Norm != "%"
	case !t.Space:
		// "2000mm", "2024s"
		return false
	case t.Cap:
		return true
	case c.triggered && !c.countPrep:
		return true
	}
	return p.has(k, tcYearNext) != nil
}

// monthForm reads a capitalised month with what may follow it: "June 9,
// 2022", "Oct. 8", "June 9-10", "October 2022", "October last year",
// "December". "May", "March" and abbreviations alone need a trigger word
// before them.
func (p *timeParser) monthForm(j int, c ctx) (period, int, bool) {
	w := p.word(j)
	m := int(w.month)
	k := j + 1
	if p.isJoiner(k) && p.in(k+1) && !p.toks[k+1].Space && p.toks[k+1].Kind != Number && p.has(k+1, tcMonth) == nil {
		// "Mar-a-Lago", "Jan-Erik": a name, not a month.
		return period{}, j, false
	}
	if p.is(k, ".") && !p.toks[k].Space {
		// The dot of "Oct." is kept only when a day or year follows it.
		k++
	}
	cy := c
	cy.yearSure = true
	if d, d2, k2, ok := p.dayNum(k, daysIn(2000, m)); ok {
		k3 := k2
		if p.is(k3, ",") {
			k3++
		}
		if y, named, k4, ok := p.yearSpec(k3, cy); ok {
			return p.days(y, true, named, m, d, d2, c), k4, true
		}
		if !p.dayIsCount(k2) {
			return p.days(0, false, false, m, d, d2, c), k2, true
		}
	}
	if y, named, k2, ok := p.yearSpec(k, cy); ok {
		per := period{kind: pMonth, named: named}
		if y != 0 {
			per = monthsPeriod(y, m, 1, pMonth)
			per.named = named
		}
		per.month = m
		return per, k2, true
	}
	if w.strict && !c.triggered {
		return period{}, j, false
	}
	per := period{kind: pMonth}
	if y, ok := p.yearForMonth(m, c); ok {
		per = monthsPeriod(y, m, 1, pMonth)
	}
	per.yearless, per.month = true, m
	return per, j + 1, true
}

// dayMonth reads a day before its month: "9 June 2022", "14 October", "7th
// December 2022", "10-12 October 2023", "9th of June".
func (p *timeParser) dayMonth(j int, c ctx) (period, int, bool) {
	d, d2, k, ok := p.dayNum(j, 31)
	if !ok {
		return period{}, j, false
	}
	if p.is(k, "of") {
		k++
	}
	w := p.has(k, tcMonth)
	if w == nil || !p.toks[k].Cap {
		return period{}, j, false
	}
	m := int(w.month)
	if d > daysIn(2000, m) || d2 > daysIn(2000, m) {
		return period{}, j, false
	}
	k++
	k2 := k
	if p.is(k2, ".") && !p.toks[k2].Space {
		k2++
	}
	if p.is(k2, ",") {
		k2++
	}
	cy := c
	cy.yearSure = true
	if y, named, k3, ok := p.yearSpec(k2, cy); ok {
		return p.days(y, true, named, m, d, d2, c), k3, true
	}
	return p.days(0, false, false, m, d, d2, c), k, true
}

// dayNum reads a day of the month up to maxDay, with an optional ordinal
// suffix and an optional second day after a dash ("9-10").
func (p *timeParser) dayNum(k, maxDay int) (d, d2, hi int, ok bool) {
	d, ok = p.number(k, 2)
	if !ok || d < 1 || d > maxDay {
		return 0, 0, k, false
	}
	k = p.ordSuffix(k + 1)
	if p.is(k, "-") {
		if n, ok := p.number(k+1, 2); ok && n > d && n <= maxDay {
			d2, k = n, p.ordSuffix(k+2)
		}
	}
	return d, d2, k, true
}

func (p *timeParser) ordSuffix(k int) int {
	if p.has(k, tcOrdSuffix) != nil && !p.toks[k].Space {
		return k + 1
	}
	return k
}

// dayIsCount tells whether the number before token k counts things rather
// than naming a day: "in March 10 tanks arrived". A plural-looking lower-case
// word after it that the lexicon does not list as a year follower decides it.
func (p *timeParser) dayIsCount(k int) bool {
	if !p.in(k) || p.toks[k].Kind != Word || p.toks[k].Cap {
		return false
	}
	return !p.toks[k].Space || p.plural(k) && p.has(k, tcYearNext) == nil
}

// days is the day d (through d2, when given) of month m. With yearGiven, y is
// the year the text gave (0 when relative and unresolved); else the year is
// chosen by yearForDay.
func (p *timeParser) days(y int, yearGiven, named bool, m, d, d2 int, c ctx) period {
	out := period{kind: pDay, named: named, month: m, yearless: !yearGiven}
	ok := y != 0
	if !yearGiven {
		y, ok = p.yearForDay(m, d, c)
	}
	if !ok || d > daysIn(y, m) || d2 > daysIn(y, m) {
		// February 29 of a common year stays unresolved.
		return out
	}
	out.s, out.e, out.ok = ymd(y, m, d), ymd(y, m, d), true
	if d2 > 0 {
		out.e, out.kind = ymd(y, m, d2), pSpan
	}
	return out
}

// weekdayForm reads "Friday", "Tuesday evening", "Tuesday, October 10, 2023"
// (the date wins), "Sunday of last week".
func (p *timeParser) weekdayForm(j int, c ctx) (period, int, bool) {
	wd := int(p.word(j).weekday)
	k := j + 1
	kk := k
	if p.is(kk, ",") {
		kk++
	}
	cd := c
	cd.triggered = true
	var date period
	hi, ok := kk, false
	switch {
	case p.has(kk, tcMonth) != nil && p.toks[kk].Cap:
		date, hi, ok = p.monthForm(kk, cd)
	case p.in(kk) && p.toks[kk].Kind == Number:
		date, hi, ok = p.dayMonth(kk, cd)
	}
	if ok && date.kind == pDay {
		return date, hi, true
	}
	per := p.weekdayResolve(wd, c)
	k = p.daypart(k)
	if p.is(k, "of") && p.is(k+2, "week") {
		if w := p.has(k+1, tcShift); w != nil {
			per = period{kind: pDay}
			if !p.pub.isZero() {
				per = dayPeriod(weekPeriod(p.pub.add(7 * int(w.shift))).s.add(wd - 1))
			}
			k += 3
		}
	}
	per.weekday = wd
	return per, k, true
}

// weekdayResolve is the most recent weekday wd on or before the publication
// date, or with c.future the next one on or after it.
func (p *timeParser) weekdayResolve(wd int, c ctx) period {
	if p.pub.isZero() {
		return period{kind: pDay}
	}
	pwd := isoWeekday(p.pub)
	if c.future {
		return dayPeriod(p.pub.add((wd - pwd + 7) % 7))
	}
	return dayPeriod(p.pub.add(-((pwd - wd + 7) % 7)))
}

// weekdayShift reads "last Friday" (strictly before the publication date),
// "next Friday" (strictly after) and "this Friday" (in its ISO week).
func (p *timeParser) weekdayShift(wd, sh int) period {
	if p.pub.isZero() {
		return period{kind: pDay, weekday: wd}
	}
	pwd := isoWeekday(p.pub)
	var t date
	switch {
	case sh < 0:
		d := (pwd - wd + 7) % 7
		if d == 0 {
			d = 7
		}
		t = p.pub.add(-d)
	case sh > 0:
		d := (wd - pwd + 7) % 7
		if d == 0 {
			d = 7
		}
		t = p.pub.add(d)
	default:
		t = weekPeriod(p.pub).s.add(wd - 1)
	}
	per := dayPeriod(t)
	per.weekday = wd
	return per
}

// season reads "spring 2023", "the spring of last year", "winter 2022-23",
// "in the spring". Without a year it needs "the" or a preposition before it;
// "fall" needs a preposition or a year, and "the fall of Kabul" is no season.
func (p *timeParser) season(j int, c ctx, afterThe bool) (period, int, bool) {
	w := p.word(j)
	sm := int(w.season)
	k := j + 1
	cy := c
	cy.yearSure = true
	if y, named, k2, ok := p.yearSpec(k, cy); ok {
		if named && sm == 12 && (p.is(k2, "-") || p.is(k2, "/")) {
			// "winter 2022-23" is the winter that begins in 2022.
			if n, ok := p.number(k2+1, 4); ok && (n == y+1 || len(p.norm(k2+1)) == 2 && n == (y+1)%100) {
				k2 += 2
			}
		}
		per := period{kind: pSeason, named: named, month: sm}
		if y != 0 {
			per = monthsPeriod(y, sm, 3, pSeason)
			per.named, per.month = named, sm
		}
		return per, k2, true
	}
	if p.is(k, "of") || !c.triggered && (!afterThe || w.strict) {
		return period{}, j, false
	}
	// A yearless season follows the rule for months, by its first month.
	per := period{kind: pSeason}
	if y, ok := p.yearForMonth(sm, c); ok {
		per = monthsPeriod(y, sm, 3, pSeason)
	}
	per.yearless, per.month = true, sm
	return per, k, true
}

// seasonResolve reads a shifted season: "last spring" is the most recent
// spring that began before the season holding the publication date, "next
// spring" the first after it, "this spring" the current season if it is spring
// and else the spring of the publication year.
func (p *timeParser) seasonResolve(sm, sh int) period {
	if p.pub.isZero() {
		return period{kind: pSeason}
	}
	cy, cm := seasonOf(p.pub)
	cur := ymd(cy, cm, 1)
	var best date
	for y := p.pub.year() - 2; y <= p.pub.year()+1; y++ {
		st := ymd(y, sm, 1)
		switch {
		case sh < 0:
			if st < cur {
				best = st
			}
		case sh > 0:
			if st > cur && best.isZero() {
				best = st
			}
		default:
			if sm == cm && st == cur || sm != cm && y == p.pub.year() {
				best = st
			}
		}
	}
	return monthsPeriod(best.year(), sm, 3, pSeason)
}

// weekend reads the Saturday and Sunday of a weekend: with a shift, of the ISO
// week sh weeks from the publication date's; without one, the most recent
// weekend on or before the publication date (c.future: the next on or after).
func (p *timeParser) weekend(sh int, shifted bool, c ctx) period {
	if p.pub.isZero() {
		return period{kind: pSpan}
	}
	var sat date
	wd := isoWeekday(p.pub)
	switch {
	case shifted:
		sat = weekPeriod(p.pub).s.add(5 + 7*sh)
	case c.future:
		sat = p.pub.add((6 - wd + 7) % 7)
	default:
		sat = p.pub.add(-((wd - 6 + 7) % 7))
	}
	return dateSpan(sat, sat.add(1), pSpan)
}
