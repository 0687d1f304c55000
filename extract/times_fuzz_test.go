package extract

import (
	"testing"
	"time"
)

// FuzzTimes checks that Times never panics and that what it returns is well
// formed: ranges inside the bounds it was given, in order and not
// overlapping, dates that are real ISO dates with Start not after End, and a
// known relation. The seed corpus is in testdata/fuzz/FuzzTimes.
func FuzzTimes(f *testing.F) {
	f.Add("Since the start of the war, on March 25 and by the end of 2024.", int64(1718150400), 0, 100)
	f.Add("between Tuesday and Sunday of last week", int64(0), -3, 3)
	f.Fuzz(func(t *testing.T, text string, pub int64, lo, hi int) {
		toks := Tokenize(text)
		var published time.Time
		if pub != 0 {
			published = time.Unix(pub, 0)
		}
		ms := Times(toks, lo, hi, published)
		lo, hi = max(lo, 0), min(hi, len(toks))
		next := lo
		for _, m := range ms {
			if m.Lo < next || m.Hi <= m.Lo || m.Hi > hi {
				t.Fatalf("match [%d,%d) after %d, bounds [%d,%d): %+v", m.Lo, m.Hi, next, lo, hi, ms)
			}
			next = m.Hi
			for _, d := range []string{m.Start, m.End} {
				if d == "" {
					continue
				}
				if p, err := time.Parse(time.DateOnly, d); err != nil || p.Format(time.DateOnly) != d {
					t.Fatalf("bad date %q in %+v", d, m)
				}
			}
			if m.Start != "" && m.End != "" && m.Start > m.End {
				t.Fatalf("start after end in %+v for %q", m, text[toks[m.Lo].Start:toks[m.Hi-1].End])
			}
			switch m.Relation {
			case "in", "since", "by", "until", "before", "after", "as_of":
			default:
				t.Fatalf("relation %q in %+v", m.Relation, m)
			}
		}
	})
}
