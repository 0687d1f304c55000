package extract

import (
	"fmt"
	"strings"
	"testing"

	"armsledger"
)

// wantQ is the value side of a QuantityMatch; open marks a nil bound.
type wantQ struct {
	min, max float64
	q        armsledger.Qualifier
	cur      string
	flag     string // "percent", "fraction", "year" or ""
}

// open stands for a nil bound in wantQ: amounts are never negative.
const open = -1

func exact(v float64) wantQ          { return wantQ{min: v, max: v, q: armsledger.Exact} }
func about(v float64) wantQ          { return wantQ{min: v, max: v, q: armsledger.About} }
func atLeast(v float64) wantQ        { return wantQ{min: v, max: open, q: armsledger.AtLeast} }
func atMost(v float64) wantQ         { return wantQ{min: open, max: v, q: armsledger.AtMost} }
func rng(lo, hi float64) wantQ       { return wantQ{min: lo, max: hi, q: armsledger.Range} }
func vague(lo, hi float64) wantQ     { return wantQ{min: lo, max: hi, q: armsledger.Vague} }
func (w wantQ) money(c string) wantQ { w.cur = c; return w }
func (w wantQ) pct() wantQ           { w.flag = "percent"; return w }
func (w wantQ) frac() wantQ          { w.flag = "fraction"; return w }
func (w wantQ) year() wantQ          { w.flag = "year"; return w }

func (w wantQ) String() string {
	b := func(v float64) string {
		if v == open {
			return "nil"
		}
		return fmt.Sprint(v)
	}
	return fmt.Sprintf("{%s %s..%s %s %s}", w.q, b(w.min), b(w.max), w.cur, w.flag)
}

func gotQ(m QuantityMatch) wantQ {
	w := wantQ{min: open, max: open, q: m.Qualifier, cur: m.Currency}
	if m.Min != nil {
		w.min = *m.Min
	}
	if m.Max != nil {
		w.max = *m.Max
	}
	switch {
	case m.Percent:
		w.flag = "percent"
	case m.Fraction:
		w.flag = "fraction"
	case m.Year:
		w.flag = "year"
	}
	return w
}

type quantityTest struct {
	in   string
	want []wantQ
}

func runQuantityTests(t *testing.T, tests []quantityTest) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			toks := Tokenize(tt.in)
			var got []string
			for _, m := range Quantities(toks, 0, len(toks)) {
				got = append(got, gotQ(m).String())
			}
			var want []string
			for _, w := range tt.want {
				want = append(want, w.String())
			}
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("Quantities(%q)\n got %v\nwant %v", tt.in, got, want)
			}
		})
	}
}

func TestQuantitiesDigits(t *testing.T) {
	runQuantityTests(t, []quantityTest{
		{"the depot held 10,000 crates", []wantQ{exact(10000)}},
		{"each crate weighs 4.8 kilos", []wantQ{exact(4.8)}},
		{"a stock of 1,000,000 cartridges", []wantQ{exact(1e6)}},
		{"the unit price was 5.43", []wantQ{exact(5.43)}},
		{"a total of 1,234.5 tonnes", []wantQ{exact(1234.5)}},
		{"written 1.000.000 in the memo", []wantQ{exact(1e6)}},
		{"0.5 of the budget", []wantQ{exact(0.5)}},
		// Indian grouping: the last three digits, then twos.
		{"the supply of 6,01,427 rifles and 1,00,000 rounds", []wantQ{exact(601427), exact(1e5)}},
		{"12,34,56,789 people", []wantQ{exact(123456789)}},
		{"codes 1,23,4 and 12,3,456", nil},
		// A count joined to the people it counts: "a 3,000-strong contingent".
		{"a 3,000-strong contingent", []wantQ{exact(3000)}},
		{"a 1,000-person contingent and a 300-man unit", []wantQ{exact(1000), exact(300)}},
		{"a 10-year plan and a 155-mm gun", nil},
		// Not amounts: bad grouping, dates, leading zeros.
		{"serial 1,2 and 10.12.2023 and agent 007", nil},
		{"12345678901234567 rounds", nil},
	})
}

func TestQuantitiesScales(t *testing.T) {
	runQuantityTests(t, []quantityTest{
		{"it shipped 4.8 million shells", []wantQ{exact(4.8e6)}},
		{"a 1.2bn programme", []wantQ{exact(1.2e9)}},
		{"1.2 trillion", []wantQ{exact(1.2e12)}},
		{"about 3k drones", []wantQ{about(3000)}},
		{"4 hundred thousand", []wantQ{exact(4e5)}},
		{"1,000 million", []wantQ{exact(1e9)}},
		{"5.43-billion", []wantQ{exact(5.43e9)}},
		{"some 15-hundred marines", []wantQ{about(1500)}},
		{"1million", []wantQ{exact(1e6)}},
		{"1.5 mln shells", []wantQ{exact(1.5e6)}},
		{"3 billion pounds a year", []wantQ{exact(3e9).money("GBP")}},
		{"a 5 billion pound contract", []wantQ{exact(5e9).money("GBP")}},
		{"2,000-pound bombs", nil}, // a size, as "155mm" is
		{"R$ 1.2 billion", []wantQ{exact(1.2e9).money("BRL")}},
		{"about 19.5 billion baht", []wantQ{about(19.5e9).money("THB")}},
		{"3 billion Egyptian pounds", []wantQ{exact(3e9).money("EGP")}},
		{"500 pounds of explosives", []wantQ{exact(500)}},
		{"2 bn rounds", []wantQ{exact(2e9)}},
		// A bare "m" is metres unless money is near, or goods are counted.
		{"it sent 1.2m shells", []wantQ{exact(1.2e6)}},
		{"a 30m patrol boat", nil},
		{"a 500m range", nil},
		{"a 1b block", nil},
	})
}

func TestQuantitiesMoney(t *testing.T) {
	runQuantityTests(t, []quantityTest{
		{"a $500m loan", []wantQ{exact(5e8).money("USD")}},
		{"€2 billion in credit", []wantQ{exact(2e9).money("EUR")}},
		{"£1.5bn of orders", []wantQ{exact(1.5e9).money("GBP")}},
		{"bought for P18.9 billion", []wantQ{exact(1.89e10).money("PHP")}},
		{"a P32-billion contract", []wantQ{exact(3.2e10).money("PHP")}},
		{"eight P8 jets", []wantQ{exact(8)}},
		{"worth Rp11.8 trillion", []wantQ{exact(1.18e13).money("IDR")}},
		{"the deal was worth $5.43-billion", []wantQ{exact(5.43e9).money("USD")}},
		{"valued at 270 million U.S. Dollars", []wantQ{exact(2.7e8).money("USD")}},
		{"a deal estimated at 5.6 billion euros", []wantQ{about(5.6e9).money("EUR")}},
		{"for an estimated cost of $4.05 billion", []wantQ{about(4.05e9).money("USD")}},
		{"EUR 267 billion in total", []wantQ{exact(2.67e11).money("EUR")}},
		{"USD 5 million", []wantQ{exact(5e6).money("USD")}},
		{"a SEK 7bn order", []wantQ{exact(7e9).money("SEK")}},
		{"₩1 trillion", []wantQ{exact(1e12).money("KRW")}},
		{"A$1bn", []wantQ{exact(1e9).money("AUD")}},
		{"US$2 billion", []wantQ{exact(2e9).money("USD")}},
		{"NT$6 billion", []wantQ{exact(6e9).money("TWD")}},
		{"$1b", []wantQ{exact(1e9).money("USD")}},
		{"USD5m and EUR2bn", []wantQ{exact(5e6).money("USD"), exact(2e9).money("EUR")}},
		{"500m euros", []wantQ{exact(5e8).money("EUR")}},
		{"40 million dollars", []wantQ{exact(4e7).money("USD")}},
		{"3 billion US dollars", []wantQ{exact(3e9).money("USD")}},
		{"600 million euros", []wantQ{exact(6e8).money("EUR")}},
		{"2 million pounds sterling", []wantQ{exact(2e6).money("GBP")}},
		{"90 billion rubles and 80 billion roubles", []wantQ{exact(9e10).money("RUB"), exact(8e10).money("RUB")}},
		{"10 billion yuan", []wantQ{exact(1e10).money("CNY")}},
		{"eight Yuan-class submarines", []wantQ{exact(8)}}, // a class named like a currency counts boats
		{"1 trillion won", []wantQ{exact(1e12).money("KRW")}},
		{"50 billion yen", []wantQ{exact(5e10).money("JPY")}},
		{"300 crore rupees", []wantQ{exact(3e9).money("rupee")}}, // India's, Pakistan's or Sri Lanka's: the claim's states say
		{"Rs 5,000 crore", []wantQ{exact(5e10).money("rupee")}},
		{"6,000 crore Indian rupees", []wantQ{exact(6e10).money("INR")}},
		{"Rs 2.5 lakh crore", []wantQ{exact(2.5e12).money("rupee")}}, // crores counted in lakhs
		{"₹12 thousand crore", []wantQ{exact(1.2e11).money("INR")}},  // and in thousands
		{"28 billion pesos", []wantQ{exact(28e9).money("peso")}},
		{"28 billion Philippine pesos", []wantQ{exact(28e9).money("PHP")}},
		{"1.5 billion Kuwaiti dinars", []wantQ{exact(1.5e9).money("KWD")}},
		{"2 billion shekels", []wantQ{exact(2e9).money("ILS")}},
		{"5 billion zloty", []wantQ{exact(5e9).money("PLN")}},
		{"1.5 billion Danish kroner", []wantQ{exact(1.5e9).money("DKK")}},
		{"2 billion Norwegian kroner", []wantQ{exact(2e9).money("NOK")}},
		{"five million dollars", []wantQ{exact(5e6).money("USD")}},
		{"a 13.5-billion-baht contract", []wantQ{exact(13.5e9).money("THB")}},
		{"a 600-million-euro deal", []wantQ{exact(6e8).money("EUR")}},
		{"a 10-billion-dollar contract", []wantQ{exact(1e10).money("USD")}},
		{"a 63,000-crore rupee deal", []wantQ{exact(6.3e11).money("rupee")}},
		{"a 5-million-strong army", []wantQ{exact(5e6)}},
		// Bare "pounds" is a weight.
		{"a 500 pounds bomb", []wantQ{exact(500)}},
		// A code must be written in capitals: "try" is a verb.
		{"try 5 more", []wantQ{exact(5)}},
	})
}

func TestQuantitiesWords(t *testing.T) {
	runQuantityTests(t, []quantityTest{
		{"twenty-five launchers", []wantQ{exact(25)}},
		{"one million shells", []wantQ{exact(1e6)}},
		{"a million shells", []wantQ{exact(1e6)}},
		{"ten thousand troops", []wantQ{exact(1e4)}},
		{"ten-thousand troops", []wantQ{exact(1e4)}},
		{"one-thousand containers", []wantQ{exact(1000)}},
		{"four hundred twenty missiles", []wantQ{exact(420)}},
		{"seven hundred fifty-six pods", []wantQ{exact(756)}},
		{"one hundred and twenty jets", []wantQ{exact(120)}},
		{"fifteen hundred marines", []wantQ{exact(1500)}},
		{"twenty-five hundred rifles", []wantQ{exact(2500)}},
		{"a dozen drones", []wantQ{exact(12)}},
		{"two dozen drones", []wantQ{exact(24)}},
		{"half a dozen drones", []wantQ{exact(6)}},
		{"a pair of frigates", []wantQ{exact(2)}},
		{"delivered a pair of Yak-130 trainers", []wantQ{exact(2)}},
		{"half a million rounds", []wantQ{exact(5e5)}},
		{"a half million rounds", []wantQ{exact(5e5)}},
		{"a quarter of a million rounds", []wantQ{exact(2.5e5)}},
		{"two and a half million rounds", []wantQ{exact(2.5e6)}},
		{"a hundred tanks", []wantQ{exact(100)}},
		{"one million two hundred thousand", []wantQ{exact(1.2e6)}},
		{"Ten launchers arrived", []wantQ{exact(10)}},
		{"twenty twenty", []wantQ{exact(20), exact(20)}},
		{"a tank, a number of drones", nil},
		{"a five-year plan and a two-seat jet", nil},
	})
}

func TestQuantitiesLegalEcho(t *testing.T) {
	runQuantityTests(t, []quantityTest{
		{"eighty-two (82) launchers", []wantQ{exact(82)}},
		{"two (2) radars", []wantQ{exact(2)}},
		{"one (1) radar", []wantQ{exact(1)}},
		{"five million dollars ($5,000,000)", []wantQ{exact(5e6).money("USD")}},
		// The echo must agree, and digits are never echoed.
		{"two (3) radars", []wantQ{exact(2), exact(3)}},
		{"€3 billion ($3.4 billion)", []wantQ{exact(3e9).money("EUR"), exact(3.4e9).money("USD")}},
	})
}

func TestQuantitiesFractions(t *testing.T) {
	runQuantityTests(t, []quantityTest{
		{"one-tenth of the fleet", []wantQ{exact(0.1).frac()}},
		{"a third of the shells", []wantQ{exact(1.0 / 3).frac()}},
		{"two-thirds of the shells", []wantQ{exact(2.0 / 3).frac()}},
		{"a quarter.", []wantQ{exact(0.25).frac()}},
		{"half the tanks", []wantQ{exact(0.5).frac()}},
		{"three quarters of it", []wantQ{exact(0.75).frac()}},
		{"more than half", []wantQ{atLeast(0.5).frac()}},
		// Ordinals are not amounts.
		{"a third batch, the first, a second", nil},
		{"a half-track", nil},
	})
}

func TestQuantitiesVague(t *testing.T) {
	runQuantityTests(t, []quantityTest{
		{"dozens of drones", []wantQ{vague(24, 99)}},
		{"scores of drones", []wantQ{vague(40, 99)}},
		{"hundreds of tanks", []wantQ{vague(200, 999)}},
		{"thousands of troops", []wantQ{vague(2000, 9999)}},
		{"tens of thousands of rounds", []wantQ{vague(2e4, 99999)}},
		{"hundreds of thousands of rounds", []wantQ{vague(2e5, 999999)}},
		{"millions of rounds", []wantQ{vague(2e6, 9.99e6)}},
		{"tens of millions", []wantQ{vague(2e7, 9.99e7)}},
		{"hundreds of millions", []wantQ{vague(2e8, 9.99e8)}},
		{"billions", []wantQ{vague(2e9, 9.99e9)}},
		{"several thousand troops", []wantQ{vague(2000, 9999)}},
		{"a few thousand troops", []wantQ{vague(2000, 9999)}},
		{"several hundred troops", []wantQ{vague(200, 999)}},
		{"a few dozen drones", []wantQ{vague(24, 99)}},
		{"several hundred thousand", []wantQ{vague(2e5, 999999)}},
		{"many thousands", []wantQ{vague(2000, 9999)}},
		{"billions of dollars", []wantQ{vague(2e9, 9.99e9).money("USD")}},
		{"hundreds of millions of dollars", []wantQ{vague(2e8, 9.99e8).money("USD")}},
		{"tens of billions of euros", []wantQ{vague(2e10, 9.99e10).money("EUR")}},
		{"several million dollars", []wantQ{vague(2e6, 9.99e6).money("USD")}},
		{"more than hundreds", []wantQ{atLeast(200)}},
		{"up to thousands", []wantQ{atMost(9999)}},
		{"some hundreds", []wantQ{vague(200, 999)}},
		// No amount.
		{"several tanks, some drones, a number of jets, many shells", nil},
		{"the test scores", nil},
	})
}

func TestQuantitiesRanges(t *testing.T) {
	runQuantityTests(t, []quantityTest{
		{"between 330,000 and 500,000 shells", []wantQ{rng(330000, 500000)}},
		{"between 36 and 44 trucks", []wantQ{rng(36, 44)}},
		{"10 to 12 jets", []wantQ{rng(10, 12)}},
		{"330-500 thousand shells", []wantQ{rng(330000, 500000)}},
		{"330–500 shells", []wantQ{rng(330, 500)}},
		{"18-19 months", []wantQ{rng(18, 19)}},
		{"10 - 12 jets", []wantQ{rng(10, 12)}},
		{"$1-2 billion", []wantQ{rng(1e9, 2e9).money("USD")}},
		{"$1bn-2bn", []wantQ{rng(1e9, 2e9).money("USD")}},
		{"from 10 to 20 jets", []wantQ{rng(10, 20)}},
		{"two or three jets", []wantQ{rng(2, 3)}},
		{"2.5-3 million", []wantQ{rng(2.5e6, 3e6)}},
		{"between 3 and 4 billion dollars", []wantQ{rng(3e9, 4e9).money("USD")}},
		{"between one hundred and two hundred", []wantQ{rng(100, 200)}},
		{"between 500 and 2 million", []wantQ{rng(500, 2e6)}},
		{"about 10-12 jets", []wantQ{rng(10, 12)}},
		// A falling pair is not a range.
		{"a 3-2 vote and 10 to 5", []wantQ{exact(3), exact(10), exact(5)}},
		{"a fifty-fifty split", []wantQ{exact(50)}},
		{"between 10 tanks and 5 jets", []wantQ{exact(10), exact(5)}},
		{"sent 20 to Kyiv", []wantQ{exact(20)}},
		// A year before "to" and a scaled figure is no range's low end.
		{"raised its target for 2025 to 1.8 million rounds", []wantQ{exact(2025).year(), exact(1.8e6)}},
	})
}

func TestQuantitiesQualifiers(t *testing.T) {
	runQuantityTests(t, []quantityTest{
		{"at least 94 tanks", []wantQ{atLeast(94)}},
		{"more than 400,000 rounds", []wantQ{atLeast(4e5)}},
		{"over ten thousand containers", []wantQ{atLeast(1e4)}},
		{"in excess of 80", []wantQ{atLeast(80)}},
		{"exceeding $100 billion", []wantQ{atLeast(1e11).money("USD")}},
		{"upwards of 70", []wantQ{atLeast(70)}},
		{"no fewer than 5", []wantQ{atLeast(5)}},
		{"the more than one-thousand containers", []wantQ{atLeast(1000)}},
		{"more than a dozen", []wantQ{atLeast(12)}},
		{"1,000+ drones", []wantQ{atLeast(1000)}},
		{"30-plus jets", []wantQ{atLeast(30)}},
		{"10 or more", []wantQ{atLeast(10)}},
		{"up to 50 jets", []wantQ{atMost(50)}},
		{"fewer than 20", []wantQ{atMost(20)}},
		{"less than $1 billion", []wantQ{atMost(1e9).money("USD")}},
		{"no more than 8", []wantQ{atMost(8)}},
		{"at most 8", []wantQ{atMost(8)}},
		{"as many as 7", []wantQ{atMost(7)}},
		{"under 10", []wantQ{atMost(10)}},
		{"about 40", []wantQ{about(40)}},
		{"around 400 missiles", []wantQ{about(400)}},
		{"some 50 howitzers", []wantQ{about(50)}},
		{"nearly 40 percent", []wantQ{about(40).pct()}},
		{"almost 3,000", []wantQ{about(3000)}},
		{"roughly $20 billion", []wantQ{about(2e10).money("USD")}},
		{"approximately 600", []wantQ{about(600)}},
		{"approx. 40", []wantQ{about(40)}},
		{"an estimated $4.05 billion", []wantQ{about(4.05e9).money("USD")}},
		{"estimated 300", []wantQ{about(300)}},
		{"close to 60", []wantQ{about(60)}},
		{"circa 90", []wantQ{about(90)}},
		{"~500", []wantQ{about(500)}},
		{"20 or so", []wantQ{about(20)}},
	})
}

func TestQuantitiesPercent(t *testing.T) {
	runQuantityTests(t, []quantityTest{
		{"70% of it", []wantQ{exact(70).pct()}},
		{"49 percent", []wantQ{exact(49).pct()}},
		{"49 per cent", []wantQ{exact(49).pct()}},
		{"33% to 50%", []wantQ{rng(33, 50).pct()}},
		{"40 to 50 percent", []wantQ{rng(40, 50).pct()}},
		{"fifty percent", []wantQ{exact(50).pct()}},
		{"2020%", []wantQ{exact(2020).pct()}},
	})
}

// TestEndsAtBits: the word bits endsAt tests first turn away only tokens no
// phrase of the kind ends before; the answers are those of reading the
// phrases, at every token of the examples and the shared passages that are
// here. The bits share no bit with the kinds and marks of numBits.
func TestEndsAtBits(t *testing.T) {
	for kind, b := range endBits {
		if b&(1<<(nkCalibre+1)-1|nbPhraseOnly|nbArticle|nbBeforeAmount|nbRangeOpen|nbSecond|nbScan) != 0 {
			t.Fatalf("end bit of kind %d overlaps another bit of numBits", kind)
		}
	}
	texts := append(exampleTexts(t), "In March 3 tanks, since 2020 troops, Leopard 2 and Article 5, by May 2024.")
	for _, text := range texts {
		toks := Tokenize(text)
		p := qparser{toks: toks, hi: len(toks)}
		for k := range toks {
			for _, kind := range []numKind{nkMonth, nkYearStrong, nkYearWeak, nkLabelBefore} {
				want := false
				for s := k - 1; s >= 0 && s >= k-3 && !want; s-- {
					if p.has(s, k, kind) {
						e, end := p.matchAt(s, k, kind)
						want = e != nil && end == k
					}
				}
				if got := p.endsAt(k, kind); got != want {
					t.Errorf("%q at %d, kind %d: endsAt %v, phrases say %v", text, k, kind, got, want)
				}
			}
		}
	}
}
