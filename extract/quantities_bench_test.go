package extract

import (
	"strings"
	"testing"
)

// benchText is invented news copy, dense in figures the way defence
// reporting is.
const benchText = `Seoul's defence ministry said on Tuesday that the North had shipped more than 6,700 containers to Russian ports since August 2023, enough to carry an estimated 3 million rounds of 152mm artillery ammunition or about 500,000 rounds of 122mm rockets.
The ministry added that several thousand workers and up to 12,000 soldiers had crossed the border in recent weeks, and that the total value of the transfers could reach $5.5 billion (about €5 billion).
In Brussels, officials confirmed that the bloc had delivered 480,000 of the one million shells it promised in March 2023, and that a further 1.2bn euros would be spent on ammunition over the next 18-24 months.
Germany pledged fourteen Leopard 2A6 tanks and two (2) Patriot batteries, while Poland said it had ordered 180 K2 tanks and 212 K9 howitzers in a deal worth roughly US$5.8 billion.
The State Department approved the possible sale of up to 50 F-15 fighter jets, valued at more than $18 billion, along with hundreds of thousands of rounds of ammunition and dozens of spare engines.
Analysts said between 30 and 40 percent of the missiles fired in the first half of 2024 were of North Korean origin, and that Pyongyang may have sent as many as 60 KN-23 ballistic missiles.
A spokesman said the company would supply one-third of the order by 2026, with the remaining two-thirds to follow "as soon as production allows", and that 1,500+ technicians were already at work.
Sweden's government approved SEK 7bn for air defence, and Norway said it would give NOK 2.5 billion, roughly 15 per cent of its annual aid to Kyiv, in the course of the year.
Thousands of drones, some 300 armoured vehicles and nearly half a million artillery shells were listed in the package, which officials described as the largest since the war began in February 2022.
`

func BenchmarkQuantities(b *testing.B) {
	text := strings.Repeat(benchText, 8)
	toks := Tokenize(text)
	sents := Sentences(text, toks)
	b.Run("quantities", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range sents {
				Quantities(toks, s.Lo, s.Hi)
			}
		}
	})
	b.Run("tokenize+quantities", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			toks := Tokenize(text)
			Quantities(toks, 0, len(toks))
		}
	})
}
