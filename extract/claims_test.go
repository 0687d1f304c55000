package extract

import "testing"

// TestSameSource checks the test that lets two tellings of one assertion
// merge: speakers match when either is unknown or one name holds the
// other, in any case, in ASCII and beyond it.
func TestSameSource(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"", "Shin Won-sik", true},
		{"Shin", "Shin Won-sik", true},
		{"SHIN WON-SIK", "shin", true},
		{"Ministry of Defence", "the ministry of defence", true},
		{"Kim", "Shin Won-sik", false},
		{"Zelenskyy", "Volodymyr ZELENSKYY", true},
		{"Łukasz Kowalski", "ŁUKASZ", true},
		{"Łukasz", "Kowalski", false},
	} {
		if got := sameSource(c.a, c.b); got != c.want {
			t.Errorf("sameSource(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestPartyCodesOnce: a state named twice in one party phrase (a demonym
// and an institution of it) is listed once, and a claim's parties keep the
// order they were named in.
func TestPartyCodesOnce(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Iranian Quds Force advisers were sent to Syria.", "IR>SY personnel - delivered"},
		{"France and Germany sent tanks to Ukraine.", "FR+DE>UA armored_vehicle - delivered"},
	} {
		got := briefs(c.text)
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: got %q, want [%q]", c.text, got, c.want)
		}
	}
}
