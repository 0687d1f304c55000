package extract

import (
	"fmt"
	"strings"
	"testing"
)

func TestQuantitiesYears(t *testing.T) {
	runQuantityTests(t, []quantityTest{
		{"in 2020", []wantQ{exact(2020).year()}},
		{"since 2014 the plant", []wantQ{exact(2014).year()}},
		{"in July 2000", []wantQ{exact(2000).year()}},
		{"by Jan. 2021 it", []wantQ{exact(2021).year()}},
		{"2031", []wantQ{exact(2031).year()}},
		{"the 2022 invasion", []wantQ{exact(2022).year()}},
		{"in 2014 Russia seized it", []wantQ{exact(2014).year()}},
		{"2022-23", []wantQ{rng(2022, 2023).year()}},
		{"2014-2022", []wantQ{rng(2014, 2022).year()}},
		{"from 2014 to 2022", []wantQ{rng(2014, 2022).year()}},
		// Counts, not years.
		{"2,000 troops", []wantQ{exact(2000)}},
		{"2000 troops", []wantQ{exact(2000)}},
		{"grew by 2000 troops", []wantQ{exact(2000)}},
		{"sent 2000 North Korean troops", []wantQ{exact(2000)}},
		{"about 2000", []wantQ{about(2000)}},
		{"$2020", []wantQ{exact(2020).money("USD")}},
		{"between 2000 and 3000 troops", []wantQ{rng(2000, 3000)}},
		{"1899 and 2101", []wantQ{exact(1899), exact(2101)}},
		// Decades and hyphenated years are no amount.
		{"the 1990s and mid-2023", nil},
		// Days of the month are no amount either.
		{"on 3 March 2024", []wantQ{exact(2024).year()}},
		{"said on Sept. 14 that 40 jets", []wantQ{exact(40)}},
		{"from October 10, 2023 to May 2", []wantQ{exact(2023).year()}},
		{"32 March and 0 June", []wantQ{exact(32), exact(0)}},
	})
}

func TestQuantitiesLabels(t *testing.T) {
	runQuantityTests(t, []quantityTest{
		{"F-16 T-72A KN-23 M142 Su-27 S-400 AIM-120C-8", nil},
		{"Fath-360 and Hwasong-11 and COVID-19", nil},
		{"K2 and K9 and G7", nil},
		{"152mm and 155 mm and 122-mm shells", nil},
		{"a 12-inch gun and .50 calibre rounds", nil},
		{"the 5th brigade, the 2S19, the 9K720", nil},
		{"24/7 and 10:30 and 3/4", nil},
		{"a 10-year deal", nil},
		{"Leopard 2 tanks, Shahed 136 drones, Article 5, No. 3 Squadron", nil},
		{"at least 14 Leopard 2 A6 tanks", []wantQ{atLeast(14)}},
		{"24 K9 howitzers", []wantQ{exact(24)}},
		{"Ten K2 tanks", []wantQ{exact(10)}},
		{"-5 degrees", []wantQ{exact(5)}},
	})
}

func TestQuantitiesOne(t *testing.T) {
	runQuantityTests(t, []quantityTest{
		{"one tank", []wantQ{exact(1)}},
		{"One radar arrived", []wantQ{exact(1)}},
		{"at least one", []wantQ{atLeast(1)}},
		{"one or two jets", []wantQ{rng(1, 2)}},
		{"one million", []wantQ{exact(1e6)}},
		{"one of them", nil},
		{"the one they sent", nil},
		{"no one came", nil},
		{"each one", nil},
		{"one-on-one talks and an all-in-one kit", nil},
		{"one.", nil},
		{"one is enough", nil},
	})
}

// TestQuantitySpans checks that Lo and Hi cover the whole expression, so
// that toks[Lo].Start..toks[Hi-1].End slices it from the text.
func TestQuantitySpans(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"North Korea sent about 10,000 soldiers", []string{"about 10,000"}},
		{"the more than one-thousand containers", []string{"more than one-thousand"}},
		{"worth $5.43-billion to them", []string{"$5.43-billion"}},
		{"totalling 270 million U.S. Dollars.", []string{"270 million U.S. Dollars"}},
		{"buy eighty-two (82) launchers and two (2) radars", []string{"eighty-two (82)", "two (2)"}},
		{"EUR 130 billion (49 percent) went to arms", []string{"EUR 130 billion", "49 percent"}},
		{"billions of dollars in aid", []string{"billions of dollars"}},
		{"hundreds of thousands of rounds", []string{"hundreds of thousands"}},
		{"between 36 and 44 trucks", []string{"between 36 and 44"}},
		{"from 10 to 20 jets", []string{"from 10 to 20"}},
		{"$1-2 billion, 330–500 thousand", []string{"$1-2 billion", "330–500 thousand"}},
		{"1,000+ drones, 30-plus jets, 10 or more", []string{"1,000+", "30-plus", "10 or more"}},
		{"an estimated €2bn and approx. 40", []string{"an estimated €2bn", "approx. 40"}},
		{"in 2020 and since 2014", []string{"2020", "2014"}},
		{"half a million shells, a third of them", []string{"half a million", "a third"}},
		{"several thousand troops", []string{"several thousand"}},
		{"A$1bn and US$2 billion", []string{"A$1bn", "US$2 billion"}},
		{"“4.8 million” rounds", []string{"4.8 million"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			toks := Tokenize(tt.in)
			var got []string
			for _, m := range Quantities(toks, 0, len(toks)) {
				got = append(got, tt.in[toks[m.Lo].Start:toks[m.Hi-1].End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Quantities(%q) spans %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestQuantitiesWindow checks that matches stay inside [lo, hi) while the
// tokens around the window still decide what a number is.
func TestQuantitiesWindow(t *testing.T) {
	tests := []struct {
		in     string
		lo, hi int
		want   string
	}{
		{"sent 4.8 million rounds", 0, 2, "4.8"}, // the scale is cut off
		{"sent K2 tanks", 2, 3, ""},              // "K" before the window makes a name
		{"in 2020", 1, 2, "2020 year"},           // "in" before the window makes a year
		{"more than 50 jets", 1, 4, "50"},        // "than" alone is no qualifier
		{"between 3 and 4 jets", 0, 3, "3"},      // the range is cut off
		{"one of them", 0, 1, ""},                // "of" after the window
		{"10 jets", -5, 99, "10"},                // bounds are clamped
		{"10 jets and 20 tanks", 2, 4, "20"},     // a window inside a sentence
		{"twenty-five jets", 0, 2, "20"},         // the hyphen is not taken alone
		{"eighty-two (82)", 0, 6, "82"},          // the echo fits exactly
		{"eighty-two (82)", 0, 5, "82,82"},       // the echo is cut off
		{"$1-2 billion", 0, 3, "1"},              // "$1" alone is a dollar
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		var got []string
		for _, m := range Quantities(toks, tt.lo, tt.hi) {
			if m.Lo < max(tt.lo, 0) || m.Hi > min(tt.hi, len(toks)) {
				t.Errorf("Quantities(%q, %d, %d) matched outside: %+v", tt.in, tt.lo, tt.hi, m)
			}
			s := fmt.Sprint(*m.Min)
			if m.Year {
				s += " year"
			}
			got = append(got, s)
		}
		if g := strings.Join(got, ","); g != tt.want {
			t.Errorf("Quantities(%q, %d, %d) = %q, want %q", tt.in, tt.lo, tt.hi, g, tt.want)
		}
	}
}

func TestLoadNumbersErrors(t *testing.T) {
	tests := []struct{ name, src string }{
		{"unknown kind", "numeral\tone\t1"},
		{"missing value", "number\tone"},
		{"bad value", "scale\tthousand\tlots"},
		{"bad qualifier", "qualifier\tabout\tapproximately"},
		{"bad vague range", "vague\tdozens\t24\tmany\tdozen"},
		{"no phrase", "number"},
	}
	for _, tt := range tests {
		if _, err := loadNumbers(tt.src); err == nil {
			t.Errorf("%s: loadNumbers(%q) gave no error", tt.name, tt.src)
		}
	}
	if _, err := loadNumbers("# comment\n\nnumber\tone\t1\r\n"); err != nil {
		t.Errorf("loadNumbers: %v", err)
	}
}

// TestMayBegin: the test expr makes first of a word that begins a quantity
// only as the first of a phrase, or as an article, by the word after it.
func TestMayBegin(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"in excess of 500", true},
		{"in 2020", false},
		{"in", false},
		{"at least 20", true},
		{"at most 20", true},
		{"at the border", false},
		{"as many as 40", true},
		{"as well", false},
		{"a third of them", true},
		{"a million rounds", true},
		{"a dozen tanks", true},
		{"a few hundred", true},
		{"a minimum of 12", true},
		{"a statement", false},
		{"an estimated 300", true},
		{"an attack", false},
		{"US$5 million", true},
		{"US officials", false},
		{"no more than 10", true},
		{"no one", false},
	} {
		toks := Tokenize(tt.text)
		p := qparser{toks: toks, hi: len(toks)}
		if numBits[toks[0].word]&nbPhraseOnly == 0 {
			t.Errorf("%q: %q is not marked as beginning quantities only in phrases", tt.text, toks[0].Norm)
			continue
		}
		if got := p.mayBegin(0); got != tt.want {
			t.Errorf("mayBegin(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	for _, w := range []string{"five", "several", "dozens", "about", "between", "from", "half", "$"} {
		if id := lex.vocab.find(w); numBits[id]&nbPhraseOnly != 0 {
			t.Errorf("%q begins quantities alone but is marked nbPhraseOnly", w)
		}
	}
}

// TestBeforeAmount: a range opener or a qualifier that is no figure
// (nbBeforeAmount) may begin a quantity only before an amount or the rest
// of its phrase; a figure is never so marked.
func TestBeforeAmount(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"between 10 and 20", true},
		{"between two and three", true},
		{"between Iran and Russia", false},
		{"from 500 to 600", true},
		{"from dozens to hundreds", true},
		{"from Turkey", false},
		{"over 500", true},
		{"over $1 billion", true},
		{"over the border", false},
		{"about a dozen", true},
		{"about the deal", false},
		{"nearly half", true},
	} {
		toks := Tokenize(tt.text)
		p := qparser{toks: toks, hi: len(toks)}
		if numBits[toks[0].word]&nbBeforeAmount == 0 {
			t.Errorf("%q: %q is not marked as beginning quantities only before an amount", tt.text, toks[0].Norm)
			continue
		}
		if got := p.mayBegin(0); got != tt.want {
			t.Errorf("mayBegin(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	for _, w := range []string{"five", "several", "dozens", "half", "$", "a", "in"} {
		if id := lex.vocab.find(w); numBits[id]&nbBeforeAmount != 0 {
			t.Errorf("%q is marked nbBeforeAmount", w)
		}
	}
}
