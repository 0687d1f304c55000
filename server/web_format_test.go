package server

import (
	"fmt"
	"testing"

	"armsledger"
)

// TestSegments checks the cutting of a text at evidence boundaries:
// overlapping spans, spans starting together, and spans that do not fit.
func TestSegments(t *testing.T) {
	text := "abcdefghij—k"
	claim := func(id int64, s, e int) armsledger.StoredClaim {
		return armsledger.StoredClaim{ID: id, Claim: armsledger.Claim{Span: armsledger.Span{Start: s, End: e}}}
	}
	got := segments(text, []armsledger.StoredClaim{
		claim(1, 2, 6), claim(2, 4, 8), claim(3, 4, 5),
		claim(4, 9, 99), claim(5, 11, 12), // past the end; inside "—"
	})
	want := `["ab" [] []] ["cd" [1] [1]] ["e" [1 2 3] [2 3]] ["f" [1 2] []] ["gh" [2] []] ["ij—k" [] []]`
	var s string
	for i, g := range got {
		if i > 0 {
			s += " "
		}
		s += fmt.Sprintf("[%q %v %v]", g.Text, g.Claims, g.Starts)
	}
	if s != want {
		t.Errorf("segments:\n got %s\nwant %s", s, want)
	}
}
