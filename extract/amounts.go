package extract

import "math"

// amount is one figure found in tokens: digits or number words with their
// scales, a fraction, or a vague amount, with any currency or percent marks
// around it. quantities.go combines amounts with qualifiers and into ranges.
type amount struct {
	lo, hi int // token range [lo, hi)
	// The value is mant * mult / div. Keeping the digits as an integer mantissa
	// and dividing last makes "5.43 billion" exactly 5430000000.
	mant, div float64
	// mult is the product of the scale words or suffixes that end the figure
	// ("four hundred thousand" is 4 times 1e5); 1 when the figure is compound
	// ("two thousand five hundred"). A range shares it: "330-500 thousand".
	mult     float64
	words    bool // spelled out ("eighty-two"), so a legal "(82)" may follow
	cur      string
	percent  bool
	fraction bool
	vague    bool
	vmin     float64
	vmax     float64
	yearLike bool // four plain digits 1900..2100 with no mark around them
	loneOne  bool // just the word "one", which may be a pronoun
}

func (a *amount) value() float64 { return a.mant * a.mult / a.div }

// maxValue bounds every figure: nothing in arms trade news is larger, and it
// keeps products of scales far from overflow.
const maxValue = 1e18

// readAmount reads an amount at toks[k:hi] into a, and reports whether there
// is one (a is not to be read when there is none). inRange is set for the
// second figure of a range, which may follow a hyphen glued to a word
// ("$1bn-2bn"). The amount is filled in place: it is large, and most calls
// fail.
func (p *qparser) readAmount(k int, inRange bool, a *amount) bool {
	toks, hi := p.toks, p.hi
	// Most attempts fail here, on a word that only a qualifier or a range
	// could have begun with ("in", "as", "from"): no amount starts with it.
	if k >= hi || toks[k].Kind != Number && numBits[toks[k].word]&nbFigure == 0 {
		return false
	}
	*a = amount{lo: k, div: 1, mult: 1}
	j := k
	large := false // the currency mark counts only before millions
	if p.has(k, hi, nkCurrency) {
		if e, end := p.matchAt(k, hi, nkCurrency); e != nil && end < hi {
			a.cur, j, large = e.code, end, e.large
		}
	}
	if j >= hi {
		return false
	}
	var ok bool
	switch toks[j].Kind {
	case Number:
		j, ok = p.readDigits(j, a, inRange)
	case Word:
		// Most words begin no vague amount, as their bits tell without
		// the call.
		if numBits[toks[j].word]&(1<<nkVagueMod|1<<nkVague) != 0 {
			j, ok = p.readVague(j, a)
		}
		if !ok {
			j, ok = p.readWords(j, a, inRange)
		}
	}
	if !ok || large && a.mult < 1e6 {
		return false
	}
	if a.cur == "" && a.mult >= 1e6 && isGluedHyphen(toks, j) && p.has(j+1, hi, nkCurrencyAfter) {
		if e, _ := p.match(j+1, hi, nkCurrencyAfter); e != nil {
			j++ // "a 13.5-billion-baht contract", "a 600-million-euro deal"
		}
	}
	if !a.vague && !a.fraction && (p.has(j, hi, nkCurrencyAfter) || p.has(j, hi, nkPercent)) {
		if e, end := p.match(j, hi, nkCurrencyAfter); e != nil && !a.percent && !shipClass(toks, end) {
			if a.cur == "" {
				a.cur = e.code
			}
			j = end
		} else if e, end := p.match(j, hi, nkPercent); e != nil && a.cur == "" {
			a.percent, j = true, end
		}
	}
	if a.cur == "" && !a.percent && a.mult >= 1e6 && j < hi && (toks[j].Norm == "pounds" || toks[j].Norm == "pound") {
		// "3 billion pounds", "a 5 billion pound contract" are money; "500
		// pounds of explosives", "2,000-pound bombs" are weights.
		a.cur, j = "GBP", j+1
	}
	if a.words {
		j = p.legalEcho(j, a)
	}
	a.hi = j
	v := a.value()
	return !(math.IsNaN(v) || math.IsInf(v, 0) || v > maxValue || a.vague && a.vmax > maxValue)
}

// legalEcho takes in the figure that contracts and sale notices repeat in
// digits after the words: "eighty-two (82)". The echo must equal the figure.
func (p *qparser) legalEcho(j int, a *amount) int {
	toks, hi := p.toks, p.hi
	if j+2 >= hi || toks[j].Norm != "(" {
		return j
	}
	var in amount
	if !p.readAmount(j+1, false, &in) || in.words || in.vague || in.hi >= hi || toks[in.hi].Norm != ")" || in.value() != a.value() {
		return j
	}
	if in.cur != "" && a.cur != "" && in.cur != a.cur || in.percent != a.percent {
		return j
	}
	if a.cur == "" {
		a.cur = in.cur
	}
	return in.hi + 1
}

// readDigits reads a Number token and the scales after it: "10,000",
// "4.8 million", "1.2bn", "5.43-billion", "15-hundred". Numbers that are part
// of a name, a calibre, a date or a time are not amounts: "F-16", "K2",
// "152mm", "155 mm", "24/7", "10:30", "5th", "1990s".
func (p *qparser) readDigits(j int, a *amount, inRange bool) (int, bool) {
	toks, hi := p.toks, p.hi
	t := &toks[j]
	// After a currency read as part of this amount, a glued code is no name:
	// "USD5m", "Rs500". A name is turned away before its digits are read.
	named := j == a.lo && (labelBefore(toks, j, inRange) || !inRange && p.mayEnd(j, nkLabelBefore) && p.endsAt(j, nkLabelBefore))
	if named || gluedTimeOrRatio(toks, j+1) {
		return j, false
	}
	mant, div, plain, ok := parseNumeral(t.Norm)
	if !ok {
		return j, false
	}
	a.mant, a.div = mant, div
	a.yearLike = plain && len(t.Norm) == 4 && mant >= 1900 && mant <= 2100
	k := j + 1
	if k < hi && !toks[k].Space && toks[k].Kind == Word {
		// A word glued to the digits: a suffix ("1.2bn"), a scale
		// ("1million"), or else a unit or label ("152mm", "5th", "2S19").
		if e, end := p.match(k, hi, nkSuffix); e != nil && (end >= len(toks) || toks[end].Space || toks[end].Kind == Punct) {
			if c, _ := p.match(end, len(toks), nkCurrencyAfter); e.money && a.cur == "" && c == nil && !countedGoods(toks, j, end) {
				return j, false
			}
			a.mult, a.yearLike = e.v1, false
			return end, true
		}
		if !p.is(k, nkScale) {
			return j, false
		}
	}
	if k+1 < hi && isGluedHyphen(toks, k) && toks[k+1].Kind == Word {
		// "5.43-billion" and "15-hundred" are figures; "10-year" and
		// "155-mm" make the number part of an adjective; "30-strong" and
		// "1,000-person" count people.
		if p.is(k+1, nkScale) {
			k++
		} else if toks[k+1].Norm != "plus" && toks[k+1].Norm != "odd" && !headcountNoun(toks[k+1].Norm) {
			return j, false
		}
	}
	if k < hi && toks[k].Space && p.has(k, hi, nkCalibre) && p.isAt(k, nkCalibre) {
		return j, false
	}
	// Most figures have no scale after them: has settles it without a call.
	if p.has(k, hi, nkScale) {
		if end, mult := p.scaleChain(k, a.mant/a.div); end > k {
			a.mult, a.yearLike = mult, false
			return end, true
		}
	}
	if plain && a.mant >= 1 && a.mant <= 31 && a.cur == "" && (p.endsAt(j, nkMonth) || p.is(j+1, nkMonth) || p.secondDay(j)) {
		return j, false // a day of the month: "March 3", "3 March", "Oct. 8 and 13"
	}
	return j + 1, true
}

// countedGoods reports whether the figure at token j, whose suffix ends
// before end, counts the materiel named right after it: "1.2m shells", in
// the British style. With an article before it the suffix is a length ("a
// 30m patrol boat").
func countedGoods(toks []Token, j, end int) bool {
	if end >= len(toks) || !toks[end].Space || !lex.materiel.starts(toks[end].word) {
		return false
	}
	if j > 0 {
		switch toks[j-1].Norm {
		case "a", "an", "the", "$", "£", "€":
			return false
		}
	}
	return true
}

// secondDay reports whether the number at j closes a span of days after a
// month's day: the 13 of "between Oct. 8 and 13", "March 3-5".
func (p *qparser) secondDay(j int) bool {
	toks := p.toks
	if j < 2 {
		return false
	}
	switch toks[j-1].Norm {
	case "and", "to", "-", "–", "through":
	default:
		return false
	}
	d := &toks[j-2]
	if d.Kind != Number || len(d.Norm) > 2 || d.Norm < "1" {
		return false
	}
	return p.endsAt(j-2, nkMonth)
}

// crore is the Indian scale of ten million (numbers.tsv).
const crore = 1e7

// scaleChain reads scale words after a figure fig: "hundred", "thousand",
// "hundred thousand", "million". A hundred or a dozen may multiply a figure
// below a hundred; bigger scales must come in falling order, but for the
// crore, which Indian writing counts in thousands and lakhs: "Rs 1.27 lakh
// crore" is 1.27e12 rupees, "₹10 thousand crore" 1e11. It returns the
// index past the scales and their product.
func (p *qparser) scaleChain(k int, fig float64) (int, float64) {
	toks, hi := p.toks, p.hi
	small, large, last := 1.0, 1.0, math.Inf(1)
	j := k
	for j < hi {
		n := j
		if j > k && isGluedHyphen(toks, j) {
			n = j + 1
		}
		if n >= hi {
			break
		}
		if !p.has(n, n+1, nkScale) {
			break
		}
		e, _ := p.matchAt(n, n+1, nkScale)
		if e == nil {
			break
		}
		if e.v1 < 1000 {
			if small != 1 || large != 1 || fig >= 100 {
				break
			}
			small = e.v1
		} else {
			if e.v1 >= last && !(e.v1 == crore && last < crore) {
				break // "a thousand million", never "a million thousand"
			}
			large, last = large*e.v1, e.v1
		}
		j = n + 1
		if e.v1 == 12 {
			break // "two dozen", never "two dozen thousand"
		}
	}
	return j, small * large
}

// labelBefore reports whether the number at toks[j] continues a name or code
// written before it: "K2", "M142", "F-16", "AIM-120C-8", "2022-23", ".50".
func labelBefore(toks []Token, j int, inRange bool) bool {
	if j == 0 || toks[j].Space {
		return false
	}
	p := &toks[j-1]
	switch {
	case p.Kind == Word || p.Kind == Number:
		return true
	case p.Norm == "/" || p.Norm == ":" || p.Norm == "#" || p.Norm == "№":
		return true
	case p.Norm == ".":
		return true
	case p.Norm == "-" && !inRange:
		return j >= 2 && !p.Space && toks[j-2].Kind != Punct
	}
	return false
}

// gluedTimeOrRatio reports whether toks[k] is a "/" or ":" touching the
// token before it: "24/7", "10:30".
func gluedTimeOrRatio(toks []Token, k int) bool {
	if k >= len(toks) || toks[k].Space {
		return false
	}
	n := toks[k].Norm
	return n == "/" || n == ":"
}

// isGluedHyphen reports whether toks[k] is a hyphen touching the tokens on
// both sides, as in "twenty-five" or "330-500".
func isGluedHyphen(toks []Token, k int) bool {
	return k+1 < len(toks) && toks[k].Norm == "-" && toks[k].Kind == Punct && !toks[k].Space && !toks[k+1].Space
}

// shipClass reports whether "-class" follows token k: "eight Yuan-class
// submarines" count submarines of a class named like a currency.
func shipClass(toks []Token, k int) bool {
	return isGluedHyphen(toks, k) && toks[k+1].Norm == "class"
}

// thousands reports whether every group after the first has three digits.
func thousands(groups []int) bool {
	for _, n := range groups {
		if n != 3 {
			return false
		}
	}
	return true
}

// lakhs reports whether comma groups follow the Indian grouping: the last
// three digits, then groups of two ("6,01,427", "1,00,000", "12,34,56,789").
func lakhs(groups []int) bool {
	n := len(groups)
	if n < 3 || groups[n-1] != 3 || groups[0] > 2 {
		return false
	}
	for _, g := range groups[1 : n-1] {
		if g != 2 {
			return false
		}
	}
	return true
}

// parseNumeral reads a Number token: "10,000", "4.8", "1,234.5". Commas group
// digits in threes, or in the Indian way ("6,01,427"); one dot marks
// decimals; several dots group thousands ("1.000.000"). Anything else ("1,2", "10.12.2023", "007", a digit from
// another script) is not an amount. plain is true for digits alone.
func parseNumeral(s string) (mant, div float64, plain, ok bool) {
	// Most numbers are plain digits, read here without the groups.
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		mant = mant*10 + float64(s[i]-'0')
	}
	if i == len(s) {
		if i == 0 || i > 15 || s[0] == '0' && i > 1 {
			return 0, 0, false, false
		}
		return mant, 1, true, true
	}
	mant = 0
	var groups [8]int // digits in each group, up to 7 separators
	var seps [7]byte
	ng, digits, frac := 0, 0, 0
	div = 1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			mant = mant*10 + float64(c-'0')
			groups[ng]++
			digits++
		case (c == ',' || c == '.') && ng < len(seps):
			seps[ng] = c
			ng++
		default:
			return 0, 0, false, false
		}
	}
	if digits == 0 || digits > 15 || s[0] == '0' && groups[0] > 1 {
		return 0, 0, false, false
	}
	dots, commas := 0, 0
	for _, c := range seps[:ng] {
		if c == '.' {
			dots++
		} else {
			commas++
		}
	}
	switch {
	case ng == 0:
		return mant, 1, true, true
	case dots >= 2 && commas > 0:
		return 0, 0, false, false
	case dots >= 2: // European thousands
	case dots == 1 && seps[ng-1] != '.':
		return 0, 0, false, false
	case dots == 1:
		frac = groups[ng]
		ng-- // the last group is decimals, the rest must be thousands
	}
	if ng > 0 && groups[0] > 3 {
		return 0, 0, false, false
	}
	if !thousands(groups[1:ng+1]) && !(commas == ng && lakhs(groups[:ng+1])) {
		return 0, 0, false, false
	}
	for ; frac > 0; frac-- {
		div *= 10
	}
	return mant, div, false, true
}
