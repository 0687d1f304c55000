package extract

import (
	"math"
	"strings"
)

// States of the number-word reader: what the last word allows next.
const (
	wStart   = iota
	wSmall   // after "five", "fifteen", "twenty-five", "a": only a scale may follow
	wTens    // after "twenty": a unit or a scale may follow
	wHundred // after "five hundred": a figure below a hundred or a bigger scale
	wLarge   // after "two million": a smaller group may follow
)

// readWords reads a spelled-out number at toks[j:hi]: "seven hundred
// fifty-six", "one million", "a dozen", "fifteen hundred", "one hundred and
// twenty", "two and a half million", and fractions: "two-thirds", "a
// quarter", "half", "half a million". inRange is as for readAmount.
func (p *qparser) readWords(j int, a *amount, inRange bool) (int, bool) {
	toks, hi := p.toks, p.hi
	if !inRange && j >= 2 && isGluedHyphen(toks, j-1) && toks[j-2].Kind == Word && !toks[j-1].Space {
		return j, false // the end of a compound: "one-on-one", "all-in-one"
	}
	first := toks[j].Norm
	if first == "a" || first == "an" {
		// An article counts as one only before a scale or a fraction.
		switch {
		case j+1 >= hi:
			return j, false
		case p.is(j+1, nkFraction):
			return p.readFraction(j+1, a, 1, true)
		case !p.is(j+1, nkScale):
			return j, false
		}
	} else if first == "half" {
		return p.readFraction(j, a, 1, false)
	}

	var total, cur float64
	st := wStart
	lastLarge := math.Inf(1)
	scaleProd, figAfterScale, words := 1.0, false, 0
	k := j
	if first == "a" || first == "an" {
		cur, st, k = 1, wSmall, j+1
	}
loop:
	for k < hi {
		n := k
		if k > j && isGluedHyphen(toks, k) {
			n = k + 1 // "twenty-five", "one-thousand"
		}
		if n >= hi {
			break
		}
		if n == k && toks[k].Norm == "and" && k+1 < hi {
			if (st == wHundred || st == wLarge) && p.andJoinsFigure(k+1) {
				k++ // "one hundred and twenty"
				continue
			}
			if (st == wSmall || st == wTens) && k+2 < hi && toks[k+1].Norm == "a" && toks[k+2].Norm == "half" {
				cur += 0.5 // "two and a half million"
				st, k = wSmall, k+3
				figAfterScale = figAfterScale || scaleProd > 1
				continue
			}
			break
		}
		if numBits[toks[n].word]&(1<<nkNumber|1<<nkScale) == 0 {
			break // the word after most figures: its bits tell it without the calls
		}
		if e, _ := p.match(n, n+1, nkNumber); e != nil {
			v := e.v1
			switch {
			case v == 0:
				if st != wStart {
					break loop
				}
				k = n + 1
				break loop // "zero" stands alone
			case v < 10 && st == wSmall, v >= 10 && st != wStart && st != wHundred && st != wLarge:
				break loop
			}
			cur += v
			st = wSmall
			if v >= 20 {
				st = wTens
			}
			figAfterScale = figAfterScale || scaleProd > 1
			words++
			k = n + 1
			continue
		}
		e, _ := p.match(n, n+1, nkScale)
		if e == nil || st == wStart || st == wLarge {
			break
		}
		if e.v1 < 1000 {
			if st == wHundred || cur >= 100 {
				break
			}
			cur *= e.v1
			st = wHundred
		} else {
			if e.v1 >= lastLarge {
				break
			}
			total += cur * e.v1
			cur, lastLarge, st = 0, e.v1, wLarge
		}
		if !figAfterScale {
			scaleProd *= e.v1
		}
		k = n + 1
		if e.v1 == 12 {
			break // "two dozen", never "two dozen thousand"
		}
	}
	if k == j {
		return j, false
	}
	v := total + cur
	small := words == 1 && scaleProd == 1 && v >= 1 && v < 10
	if small && k < hi {
		// "two-thirds", "three quarters", "one-tenth"
		n := k
		if isGluedHyphen(toks, k) {
			n = k + 1
		}
		if n < hi && (n > k || toks[n].Space) && p.has(n, hi, nkFraction) && p.isAt(n, nkFraction) {
			return p.readFraction(n, a, v, n == k && v == 1)
		}
	}
	if p.compoundAfter(k) {
		return j, false // "five-year", "two-seat", "twenty-third"
	}
	a.words = true
	a.mant = v
	if scaleProd > 1 && !figAfterScale {
		a.mant, a.mult = v/scaleProd, scaleProd
	}
	a.loneOne = k == j+1 && first == "one"
	return k, true
}

// andJoinsFigure reports whether the words at toks[k:] after an "and" are a
// figure below a hundred that ends the number: "one hundred and twenty", but
// not "between one hundred and two hundred", where "two hundred" is the next
// figure.
func (p *qparser) andJoinsFigure(k int) bool {
	toks, hi := p.toks, p.hi
	e, _ := p.match(k, k+1, nkNumber)
	if e == nil || e.v1 == 0 {
		return false
	}
	m := k + 1
	if m+1 < hi && isGluedHyphen(toks, m) && p.is(m+1, nkNumber) {
		m += 2
	}
	n := m
	if isGluedHyphen(toks, m) {
		n = m + 1
	}
	return !p.is(n, nkScale)
}

// readFraction reads a fraction whose denominator word is toks[k] and whose
// numerator, already read, is num: "a third", "two-thirds", "half". With a
// scale it is a count: "half a million", "a quarter of a million", "a half
// dozen". When ordinal is set the denominator might be an ordinal ("a third
// batch"), so it counts only before "of", a scale or a mark.
func (p *qparser) readFraction(k int, a *amount, num float64, ordinal bool) (int, bool) {
	toks, hi := p.toks, p.hi
	e, _ := p.match(k, k+1, nkFraction)
	if e == nil || num >= e.v1 || num > 1 && !strings.HasSuffix(e.toks[0].norm, "s") && e.v1 != 2 {
		return k, false
	}
	if p.compoundAfter(k + 1) {
		return k, false // "half-track", "a third-party"
	}
	f := num / e.v1
	m := k + 1
	if m < hi && toks[m].Norm == "of" {
		m++
	}
	if m < hi && (toks[m].Norm == "a" || toks[m].Norm == "an") {
		m++
	}
	if (m == k+1 || toks[m-1].Norm != "of") && m < hi && p.is(m, nkScale) {
		end, mult := p.scaleChain(m, f)
		a.mant, a.mult, a.words = f, mult, true
		return end, true
	}
	if ordinal && k+1 < len(toks) && toks[k+1].Kind == Word && toks[k+1].Norm != "of" {
		return k, false
	}
	a.fraction, a.mant = true, f
	return k + 1, true
}

// compoundAfter reports whether a hyphen glued to a word follows at toks[k],
// which makes the figure before it part of an adjective ("five-year").
func (p *qparser) compoundAfter(k int) bool {
	toks := p.toks
	return isGluedHyphen(toks, k) && toks[k+1].Kind == Word && toks[k+1].Norm != "plus" && toks[k+1].Norm != "odd" && !headcountNoun(toks[k+1].Norm) &&
		!p.is(k+1, nkNumber) && !p.is(k+1, nkScale)
}

// readVague reads a vague amount: "dozens", "hundreds of thousands",
// "several thousand", "a few hundred", and the currency of "billions of
// dollars".
func (p *qparser) readVague(j int, a *amount) (int, bool) {
	toks, hi := p.toks, p.hi
	var e *numEntry
	k := j
	if m, end := p.match(j, hi, nkVagueMod); m != nil {
		if e, k = p.match(end, hi, nkVagueSingular); e == nil {
			e, k = p.match(end, hi, nkVague)
		}
	} else {
		e, k = p.match(j, hi, nkVague)
	}
	if e == nil || e.needsOf && (k >= len(toks) || toks[k].Norm != "of") || p.compoundAfter(k) {
		return j, false
	}
	a.vague, a.vmin, a.vmax, a.mant = true, e.v1, e.v2, e.v1
	of := k
	if of < hi && toks[of].Norm == "of" {
		of++
	}
	if c, end := p.match(of, hi, nkCurrencyAfter); c != nil {
		if a.cur == "" {
			a.cur = c.code
		}
		k = end
	}
	return k, true
}
