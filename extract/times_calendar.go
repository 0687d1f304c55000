package extract

// Calendar arithmetic for times.go. The parser keeps its dates as day
// numbers (date) rather than time.Time values: a period then is two int32s
// instead of two three-word structs, which the parser copies through every
// form it tries, and moving by days is an addition. Only the returned
// TimeMatch is turned into text, by isoDates.

// Years outside this range are not read as years: a four-digit number in news
// text outside it is a count ("1,500" aside, "2400 rounds").
const (
	minYear = 1900
	maxYear = 2100
)

// monthDaySlack is how far after the publication date a yearless day ("March
// 25") may fall and still be read in the publication year; further on, it is
// taken to be last year's. Reporting looks back far more than ahead, but
// "talks on June 19" can be announced a few days before they happen.
const monthDaySlack = 7

// monthSlack is how many months ahead of the publication month a yearless
// month ("in April") is still read as the coming one; further on it is the
// last one. Past events are reported more than plans, but plans are mostly
// near: "deliveries are expected in April".
const monthSlack = 2

// period is a stretch of days a time expression names, with what the parser
// needs to combine it with neighbouring words.
type period struct {
	s, e date // first and last day; zero when unresolved
	ok   bool // s and e are resolved
	// openEnd marks "soon": s is the publication date and there is no end.
	openEnd bool
	kind    periodKind
	// named is true when the text itself gave the year ("June 9, 2022").
	named bool
	// yearless is true for a month, day or season without a year, which a
	// range can complete from its other end ("from October to December 2023").
	yearless bool
	month    int // first month, for yearless and named periods
	weekday  int // 1-7 when the text named only a weekday
}

type periodKind uint8

const (
	pSpan periodKind = iota // anything that cannot be divided further
	pDay
	pWeek
	pMonth
	pSeason
	pQuarter
	pHalf
	pYear
	pDecade
)

// date is a day counted from January 1 of year 1 (proleptic Gregorian, as
// in package time). That day is the zero date, the one time.Time's zero
// value stands for, and like it stands for an unresolved date: a date is
// zero exactly when the time.Time the parser used to keep would have been.
type date int32

// ymd is the date of day d of month m of year y. Like time.Date it
// normalizes: month 13 is January of the next year, day 0 the last day of
// the month before.
func ymd(y, m, d int) date {
	y, m = normMonth(y, m)
	// Days before March 1 of year y (a year counted from March puts the
	// leap day last), in 400-year eras of 146097 days (Hinnant's
	// days_from_civil).
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12 // March is 0
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	// 306 days run from March 1 of year 0 to January 1 of year 1.
	return date(era*146097 + doe - 306)
}

// ymd splits d into year, month (1-12) and day (1-31); the inverse of the
// function ymd (Hinnant's civil_from_days).
func (d date) ymd() (y, m, day int) {
	z := int(d) + 306
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = doy - (153*mp+2)/5 + 1
	m = (mp+2)%12 + 1
	y = yoe + era*400
	if m <= 2 {
		y++
	}
	return y, m, day
}

func (d date) year() int {
	y, _, _ := d.ymd()
	return y
}

func (d date) month() int {
	_, m, _ := d.ymd()
	return m
}

func (d date) day() int {
	_, _, day := d.ymd()
	return day
}

func (d date) isZero() bool { return d == 0 }

// add moves d by n days.
func (d date) add(n int) date { return d + date(n) }

// normMonth brings a month number that ran past either end of the year back
// into 1-12, moving the year with it.
func normMonth(y, m int) (int, int) {
	m--
	y += floorDiv(m, 12)
	return y, m - floorDiv(m, 12)*12 + 1
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// daysIn is the number of days of month m of year y (m may run past either
// end of the year, as for ymd).
func daysIn(y, m int) int {
	y, m = normMonth(y, m)
	if m == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		return 29
	}
	return monthDays[m]
}

// monthDays are the days of the months of a common year, January at 1.
var monthDays = [13]int{1: 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func dateSpan(s, e date, kind periodKind) period {
	return period{s: s, e: e, ok: true, kind: kind}
}

func yearPeriod(y int) period { return dateSpan(ymd(y, 1, 1), ymd(y, 12, 31), pYear) }

// monthsPeriod is n months from month m of year y (m may run past 12).
func monthsPeriod(y, m, n int, kind periodKind) period {
	return dateSpan(ymd(y, m, 1), ymd(y, m+n, 0), kind)
}

func dayPeriod(t date) period { return dateSpan(t, t, pDay) }

// isoWeekday numbers Monday 1 to Sunday 7.
func isoWeekday(t date) int {
	// January 1 of year 1 was a Monday.
	return int(t) - floorDiv(int(t), 7)*7 + 1
}

// weekPeriod is the ISO week (Monday to Sunday) that holds t.
func weekPeriod(t date) period {
	mon := t.add(1 - isoWeekday(t))
	return dateSpan(mon, mon.add(6), pWeek)
}

// addUnits moves t by n units. Months and years keep to the last day of a
// shorter month, so one month before March 31 is February 28 or 29, not
// March 3.
func addUnits(t date, u unitKind, n int) date {
	switch u {
	case unitHour:
		days := (n + 23) / 24
		if n < 0 {
			days = -((-n + 23) / 24)
		}
		return t.add(days)
	case unitDay:
		return t.add(n)
	case unitWeek:
		return t.add(7 * n)
	case unitMonth:
		return addMonths(t, n)
	case unitYear:
		return addMonths(t, 12*n)
	case unitDecade:
		return addMonths(t, 120*n)
	}
	return t
}

func addMonths(t date, n int) date {
	y, m, d := t.ymd()
	y, m = normMonth(y, m+n)
	if last := daysIn(y, m); d > last {
		d = last
	}
	return ymd(y, m, d)
}

// unitPeriod is the calendar unit (day, ISO week, month, year, decade) that
// holds t: "two years ago" names a year, not a single day.
func unitPeriod(t date, u unitKind) period {
	switch u {
	case unitWeek:
		return weekPeriod(t)
	case unitMonth:
		return monthsPeriod(t.year(), t.month(), 1, pMonth)
	case unitYear:
		return yearPeriod(t.year())
	case unitDecade:
		y := t.year() - t.year()%10
		return dateSpan(ymd(y, 1, 1), ymd(y+9, 12, 31), pDecade)
	}
	return dayPeriod(t)
}

// seasonOf is the first month and year of the season that holds t; January and
// February belong to the winter that began in the December before.
func seasonOf(t date) (y, m int) {
	y, m, _ = t.ymd()
	switch {
	case m <= 2:
		return y - 1, 12
	default:
		return y, m - (m % 3)
	}
}

// applyPart narrows a period to its early, middle or late part, its start or
// its end. Periods of months split by months (early 2024 is January to April,
// the end of 2024 is December); a month splits into days 1-10, 11-20 and 21 to
// the end; a week into Monday-Tuesday, Wednesday-Thursday and Friday-Sunday; a
// decade into years 0-3, 4-6 and 7-9.
func applyPart(p period, part partKind) (period, bool) {
	out := period{ok: p.ok, kind: pSpan, named: p.named}
	if p.kind == pDay {
		// "late Friday" is still Friday.
		return p, true
	}
	if !p.ok {
		switch p.kind {
		case pWeek, pMonth, pSeason, pQuarter, pHalf, pYear, pDecade:
			return out, true
		}
		return out, false
	}
	third := func(i int, s0, e0, s1, e1, s2, e2 date) {
		switch i {
		case 0:
			out.s, out.e = s0, e0
		case 1:
			out.s, out.e = s1, e1
		default:
			out.s, out.e = s2, e2
		}
	}
	idx := 0
	switch part {
	case partMid:
		idx = 1
	case partLate, partEnd:
		idx = 2
	}
	switch p.kind {
	case pSeason, pQuarter, pHalf, pYear:
		n := (p.e.year()-p.s.year())*12 + p.e.month() - p.s.month() + 1
		y, m, _ := p.s.ymd()
		k := n / 3
		if p.kind == pYear && (part == partStart || part == partEnd) {
			// The start or end of a year is its first or last month.
			if part == partEnd {
				out.s, out.e = ymd(y, 12, 1), ymd(y, 12, 31)
				return out, true
			}
			out.s, out.e = ymd(y, 1, 1), ymd(y, 1, 31)
			return out, true
		}
		third(idx, ymd(y, m, 1), ymd(y, m+k, 0), ymd(y, m+k, 1), ymd(y, m+n-k, 0),
			ymd(y, m+n-k, 1), p.e)
	case pMonth:
		y, m, _ := p.s.ymd()
		third(idx, p.s, ymd(y, m, 10), ymd(y, m, 11), ymd(y, m, 20), ymd(y, m, 21), p.e)
	case pWeek:
		third(idx, p.s, p.s.add(1), p.s.add(2), p.s.add(3),
			p.s.add(4), p.e)
	case pDecade:
		y := p.s.year()
		third(idx, ymd(y, 1, 1), ymd(y+3, 12, 31), ymd(y+4, 1, 1), ymd(y+6, 12, 31),
			ymd(y+7, 1, 1), p.e)
	default:
		return out, false
	}
	return out, true
}

// isoDates formats the ends of an interval as YYYY-MM-DD, "" for a zero
// (open) end. Both are "" when a set end has a year that does not have four
// digits: half an interval whose other half fell outside four-digit years
// would misstate it. The two strings share one allocation.
func isoDates(s, e date) (start, end string) {
	var buf [20]byte
	b, okS := appendISODate(buf[:0], s)
	n := len(b)
	b, okE := appendISODate(b, e)
	if !okS || !okE {
		return "", ""
	}
	both := string(b)
	return both[:n], both[n:]
}

// appendISODate appends t as YYYY-MM-DD to b; nothing for the zero date. It
// reports false for a year that does not have four digits.
func appendISODate(b []byte, t date) ([]byte, bool) {
	if t.isZero() {
		return b, true
	}
	y, m, d := t.ymd()
	if y < 1000 || y > 9999 {
		return b, false
	}
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+int(m)/10), byte('0'+int(m)%10), '-', byte('0'+d/10), byte('0'+d%10)), true
}
