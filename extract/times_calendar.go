package extract

import "time"

// Calendar arithmetic for times.go. Dates are time.Time values at midnight
// UTC; the zero time stands for an unresolved date.

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
	s, e time.Time // first and last day; zero when unresolved
	ok   bool      // s and e are resolved
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

func ymd(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func daysIn(y, m int) int { return ymd(y, m+1, 0).Day() }

func dateSpan(s, e time.Time, kind periodKind) period {
	return period{s: s, e: e, ok: true, kind: kind}
}

func yearPeriod(y int) period { return dateSpan(ymd(y, 1, 1), ymd(y, 12, 31), pYear) }

// monthsPeriod is n months from month m of year y (m may run past 12).
func monthsPeriod(y, m, n int, kind periodKind) period {
	return dateSpan(ymd(y, m, 1), ymd(y, m+n, 0), kind)
}

func dayPeriod(t time.Time) period { return dateSpan(t, t, pDay) }

// isoWeekday numbers Monday 1 to Sunday 7.
func isoWeekday(t time.Time) int {
	if wd := int(t.Weekday()); wd != 0 {
		return wd
	}
	return 7
}

// weekPeriod is the ISO week (Monday to Sunday) that holds t.
func weekPeriod(t time.Time) period {
	mon := t.AddDate(0, 0, 1-isoWeekday(t))
	return dateSpan(mon, mon.AddDate(0, 0, 6), pWeek)
}

// addUnits moves t by n units. Months and years keep to the last day of a
// shorter month, so one month before March 31 is February 28 or 29, not
// March 3.
func addUnits(t time.Time, u unitKind, n int) time.Time {
	switch u {
	case unitHour:
		days := (n + 23) / 24
		if n < 0 {
			days = -((-n + 23) / 24)
		}
		return t.AddDate(0, 0, days)
	case unitDay:
		return t.AddDate(0, 0, n)
	case unitWeek:
		return t.AddDate(0, 0, 7*n)
	case unitMonth:
		return addMonths(t, n)
	case unitYear:
		return addMonths(t, 12*n)
	case unitDecade:
		return addMonths(t, 120*n)
	}
	return t
}

func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := ymd(y, int(m)+n, 1)
	if last := daysIn(first.Year(), int(first.Month())); d > last {
		d = last
	}
	return ymd(first.Year(), int(first.Month()), d)
}

// unitPeriod is the calendar unit (day, ISO week, month, year, decade) that
// holds t: "two years ago" names a year, not a single day.
func unitPeriod(t time.Time, u unitKind) period {
	switch u {
	case unitWeek:
		return weekPeriod(t)
	case unitMonth:
		return monthsPeriod(t.Year(), int(t.Month()), 1, pMonth)
	case unitYear:
		return yearPeriod(t.Year())
	case unitDecade:
		y := t.Year() - t.Year()%10
		return dateSpan(ymd(y, 1, 1), ymd(y+9, 12, 31), pDecade)
	}
	return dayPeriod(t)
}

// seasonOf is the first month and year of the season that holds t; January and
// February belong to the winter that began in the December before.
func seasonOf(t time.Time) (y, m int) {
	y, m = t.Year(), int(t.Month())
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
	third := func(i int, s0, e0, s1, e1, s2, e2 time.Time) {
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
		n := (p.e.Year()-p.s.Year())*12 + int(p.e.Month()) - int(p.s.Month()) + 1
		y, m := p.s.Year(), int(p.s.Month())
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
		y, m := p.s.Year(), int(p.s.Month())
		third(idx, p.s, ymd(y, m, 10), ymd(y, m, 11), ymd(y, m, 20), ymd(y, m, 21), p.e)
	case pWeek:
		third(idx, p.s, p.s.AddDate(0, 0, 1), p.s.AddDate(0, 0, 2), p.s.AddDate(0, 0, 3),
			p.s.AddDate(0, 0, 4), p.e)
	case pDecade:
		y := p.s.Year()
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
func isoDates(s, e time.Time) (start, end string) {
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

// appendISODate appends t as YYYY-MM-DD to b; nothing for the zero time. It
// reports false for a year that does not have four digits.
func appendISODate(b []byte, t time.Time) ([]byte, bool) {
	if t.IsZero() {
		return b, true
	}
	y, m, d := t.Date()
	if y < 1000 || y > 9999 {
		return b, false
	}
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+int(m)/10), byte('0'+int(m)%10), '-', byte('0'+d/10), byte('0'+d%10)), true
}
