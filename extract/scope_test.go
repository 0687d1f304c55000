package extract

import (
	"testing"

	"armsledger"
)

// TestScope: a running total, one delivery among others, or unsaid.
func TestScope(t *testing.T) {
	tests := []struct {
		text string
		want armsledger.Scope
	}{
		{"North Korea has sent 4.8 million rounds of ammunition to Russia.", armsledger.Cumulative},
		{"In total, Iran supplied 2,400 drones to Russia.", armsledger.Cumulative},
		{"North Korea had supplied Russia with over 10,000 containers since September 2023.", armsledger.Cumulative},
		{"Russia received a new batch of Iranian drones.", armsledger.Increment},
		{"Germany will send another 10 Leopard tanks to Ukraine.", armsledger.Increment},
		{"Poland sent 50 tanks to Ukraine this week.", armsledger.Increment},
		{"Poland sent tanks to Ukraine.", armsledger.Unknown},
	}
	for _, tt := range tests {
		claims := Extract(tt.text, Options{})
		if len(claims) != 1 {
			t.Fatalf("%s: %d claims", tt.text, len(claims))
		}
		if got := claims[0].Scope; got != tt.want {
			t.Errorf("%s: scope %q, want %q", tt.text, got, tt.want)
		}
	}
}
