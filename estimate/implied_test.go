package estimate

import (
	"math"
	"testing"
)

// TestImplied checks published container-to-rounds pairs against the
// embedded table. The pairs are the ROK conversions of
// ../shared/data/cargo-facts.md section 4; each verdict is what the table
// supports, and the comment says why. The table's ceilings come from payload
// over bare item mass only (no crate figure was found): 626 per box for
// 155 mm (28,180 kg / ≈45 kg), 400 in a 1C box (18,000 kg), 433 for Grad
// rockets (28,180 kg / 65 kg); 152 mm and 122 mm D-30 have no figure at all.
func TestImplied(t *testing.T) {
	tests := []struct {
		name                string
		containers, rounds  Interval
		munition, container string
		want                Interval // implied rounds per container
		verdict             Verdict
	}{
		// Shin via Bloomberg, 2024-06-14: 4.8 million over at least 10,000
		// is 480. The ROK converts as 152 mm, and the table has no 152 mm
		// figure: it can neither support nor refute 480.
		{"Shin 2024-06: 4.8M in ≥10,000, 152mm", AtLeast(1e4), Point(4.8e6), "152mm", "", Point(480), Undetermined},
		// Read as 155 mm, 480 is under the 626 that a 20 ft box's payload
		// allows on the projectile mass alone: not ruled out.
		{"Shin 2024-06 read as 155mm", AtLeast(1e4), Point(4.8e6), "155mm", "", Point(480), Plausible},
		// In 1C boxes (18 t payload) 480 shells of ≈45 kg would be 21.6 t:
		// more than the box may carry.
		{"Shin 2024-06 read as 155mm in 1C boxes", AtLeast(1e4), Point(4.8e6), "155mm", "1C", Point(480), Implausible},
		// "Up to 4.8 million" states 4.8 million.
		{"up to 4.8M in 10,000", Point(1e4), Interval{0, 4.8e6}, "155mm", "20ft", Point(480), Plausible},
		// Shin, 2024-02-26: more than 3 million 152 mm in about 6,700 is
		// ~448. No 152 mm figure.
		{"Shin 2024-02: >3M 152mm in ~6,700", Point(6700), AtLeast(3e6), "152mm", "", Point(3e6 / 6700), Undetermined},
		// ... or more than 500,000 122 mm MRL rockets: ~75 a box, far under
		// the 433 Grad rockets of 65 kg that the payload allows.
		{"Shin 2024-02: >500,000 Grad in ~6,700", Point(6700), AtLeast(5e5), "122mm-grad", "", Point(5e5 / 6700), Plausible},
		// ROK military, 2023-11-02: more than 2,000 boxes, more than 1
		// million 152 mm (500 a box, no figure) or more than 200,000 122 mm
		// MRL rockets (100 a box, under 433).
		{"ROK 2023-11: >1M 152mm in >2,000", AtLeast(2e3), AtLeast(1e6), "152mm", "", Point(500), Undetermined},
		{"ROK 2023-11: >200,000 Grad in >2,000", AtLeast(2e3), AtLeast(2e5), "122mm-grad", "", Point(100), Plausible},
		// Shin, 2023-12-29: ~5,000 boxes, >2 million 152 mm (400) or
		// >400,000 122 mm (80). Which 122 mm decides: the D-30's shells have
		// no figure; Grad rockets fit.
		{"Shin 2023-12: >2M 152mm in ~5,000", Point(5e3), AtLeast(2e6), "152mm", "", Point(400), Undetermined},
		{"Shin 2023-12: >400,000 122mm D-30 in ~5,000", Point(5e3), AtLeast(4e5), "122mm", "", Point(80), Undetermined},
		{"Shin 2023-12: >400,000 Grad in ~5,000", Point(5e3), AtLeast(4e5), "122mm-grad", "", Point(80), Plausible},
		// ROK MND, 2023-10-16: more than 1,000 boxes, "hundreds of
		// thousands" of rounds: 200 to 999 a box. As Grad rockets the range
		// straddles 433, so the table cannot say.
		{"ROK 2023-10: hundreds of thousands in >1,000, 152mm", AtLeast(1e3), Interval{2e5, 999e3}, "152mm", "", Interval{200, 999}, Undetermined},
		{"ROK 2023-10: hundreds of thousands in >1,000, Grad", AtLeast(1e3), Interval{2e5, 999e3}, "122mm-grad", "", Interval{200, 999}, Undetermined},
		// ROK DIA: >13,000 and >6M (~462); >20,000 and ~9.4M (470);
		// ~28,000 and >12M (~429); ~33,000 and 15M (~455). All "if all
		// were 152 mm": no 152 mm figure.
		{"DIA 2024-08: >6M in >13,000", AtLeast(13e3), AtLeast(6e6), "152mm", "", Point(6e6 / 13e3), Undetermined},
		{"DIA 2024-10: ~9.4M in >20,000", AtLeast(2e4), Point(9.4e6), "152mm", "", Point(470), Undetermined},
		{"DIA 2025-07: >12M in ~28,000", Point(28e3), AtLeast(12e6), "152mm", "", Point(12e6 / 28e3), Undetermined},
		{"DIA undated: 15M in ~33,000", Point(33e3), Point(15e6), "152mm", "", Point(15e6 / 33e3), Undetermined},
		// Constructed: a million Grad rockets in 1,000 boxes is 1,000 a box,
		// 65 t a box: more than any box in the table carries.
		{"constructed: 1M Grad in 1,000", Point(1e3), Point(1e6), "122mm-grad", "", Point(1e3), Implausible},
		// Exactly at the ceiling still fits.
		{"constructed: 433 Grad a box", Point(1e3), Point(433e3), "122mm-grad", "", Point(433), Plausible},
		// With the munition unknown, 152 mm is among the candidates and has
		// no bound.
		{"Shin 2024-06, munition unknown", AtLeast(1e4), Point(4.8e6), "", "", Point(480), Undetermined},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb, err := Default()
			if err != nil {
				t.Fatal(err)
			}
			got, err := tb.Implied(tt.containers, tt.rounds, tt.munition, tt.container)
			if err != nil {
				t.Fatal(err)
			}
			if !near(got.PerContainer, tt.want) || got.Verdict != tt.verdict {
				t.Errorf("Implied = %v per container, %s (capacity %v); want %v, %s",
					got.PerContainer, got.Verdict, got.Capacity, tt.want, tt.verdict)
			}
		})
	}
}

func TestImpliedErrors(t *testing.T) {
	for _, tt := range []struct {
		name               string
		containers, rounds Interval
	}{
		{"no container figure", Unbounded, Point(1e6)},
		{"zero containers", Point(0), Point(1e6)},
		{"no rounds figure", Point(1e4), Unbounded},
	} {
		if _, err := Implied(tt.containers, tt.rounds, "155mm"); err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
	if _, err := Implied(Point(1), Point(1), "nuclear"); err == nil {
		t.Error("unknown munition: no error")
	}
}

// TestImpliedBelowFullLoad notes a load lighter than the table's full load.
func TestImpliedBelowFullLoad(t *testing.T) {
	tb, err := Parse([]byte("a\t20\t20\tround\t[test]\t100\t4\t[test]\t0.02\t[test]\n"),
		[]byte("box\t30\t20000\t2000\t\t[test]\n"))
	if err != nil {
		t.Fatal(err)
	}
	im, err := tb.Implied(Point(10), Point(1000), "a", "box")
	if err != nil {
		t.Fatal(err)
	}
	if im.Verdict != Plausible || len(im.Notes) != 1 || im.Notes[0].Figure != "implied load" {
		t.Errorf("100 a box against a full load of 800: %+v", im)
	}
}

func Point(v float64) Interval { return Interval{v, v} }

func AtLeast(v float64) Interval { return Interval{v, math.Inf(1)} }

func near(a, b Interval) bool {
	eq := func(x, y float64) bool { return x == y || math.Abs(x-y) < 1e-9*math.Max(1, math.Abs(y)) }
	return eq(a.Min, b.Min) && eq(a.Max, b.Max)
}
