package reconcile

import (
	"encoding/json"
	"math"
	"testing"

	"armsledger"
)

func TestAmountOf(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		name string
		q    *armsledger.Quantity
		want Interval
		ok   bool
	}{
		{"nil", nil, Interval{}, false},
		{"no bounds", qty(-1, -1, "round", armsledger.Exact), Interval{}, false},
		{"exact", exact(4.8e6, "round"), Interval{4.8e6, 4.8e6}, true},
		{"about keeps the figure", qty(9.4e6, 9.4e6, "round", armsledger.About), Interval{9.4e6, 9.4e6}, true},
		{"at least opens the top", atLeast(6e6, "round"), Interval{6e6, inf}, true},
		{"at least with a max filled in", qty(6e6, 6e6, "round", armsledger.AtLeast), Interval{6e6, inf}, true},
		{"at least with only max", qty(-1, 6e6, "round", armsledger.AtLeast), Interval{6e6, inf}, true},
		{"at most opens the bottom", qty(-1, 4.8e6, "round", armsledger.AtMost), Interval{0, 4.8e6}, true},
		{"at most with a min filled in", qty(4.8e6, 4.8e6, "round", armsledger.AtMost), Interval{0, 4.8e6}, true},
		{"range", qty(4.8e6, 5e6, "round", armsledger.Range), Interval{4.8e6, 5e6}, true},
		{"range reversed", qty(5e6, 4.8e6, "round", armsledger.Range), Interval{4.8e6, 5e6}, true},
		{"vague hundreds of thousands", qty(2e5, 999e3, "round", armsledger.Vague), Interval{2e5, 999e3}, true},
		{"exact with one bound", qty(-1, 1e6, "round", armsledger.Exact), Interval{1e6, 1e6}, true},
		{"range with open top", qty(1e3, -1, "round", armsledger.Range), Interval{1e3, inf}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := amountOf(tt.q)
			if ok != tt.ok || got != tt.want {
				t.Errorf("amountOf = %v, %v; want %v, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestStatedAndWithin(t *testing.T) {
	tests := []struct {
		name string
		a, b *armsledger.Quantity
		want bool
	}{
		{"equal", exact(4.8e6, "round"), exact(4.8e6, "round"), true},
		{"at least matches its figure", atLeast(1e4, "container"), exact(1e4, "container"), true},
		{"at least does not match a larger figure", atLeast(1e3, "container"), atLeast(13e3, "container"), false},
		{"up to matches its figure", qty(-1, 4.8e6, "round", armsledger.AtMost), exact(4.8e6, "round"), true},
		{"within 1%", exact(4.8e6, "round"), exact(4.84e6, "round"), true},
		{"beyond 1%", exact(4.8e6, "round"), exact(4.85e6, "round"), false},
		{"range holds a figure", qty(4.8e6, 5e6, "round", armsledger.Range), exact(5e6, "round"), true},
		{"range misses a figure", qty(4.8e6, 5e6, "round", armsledger.Range), exact(6e6, "round"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			alo, ahi, _ := stated(tt.a)
			blo, bhi, _ := stated(tt.b)
			if got := within(alo, ahi, blo, bhi); got != tt.want {
				t.Errorf("within(%v..%v, %v..%v) = %v, want %v", alo, ahi, blo, bhi, got, tt.want)
			}
		})
	}
}

func TestIntervalString(t *testing.T) {
	tests := []struct {
		iv   Interval
		want string
	}{
		{Point(4.8e6), "4,800,000"},
		{Interval{4.8e6, 5e6}, "[4,800,000, 5,000,000]"},
		{AtLeast(6e6), "≥6,000,000"},
		{Interval{0, 4.8e6}, "≤4,800,000"},
		{Interval{0, math.Inf(1)}, "unbounded"},
		{Point(447.76119), "447.76"},
		{Point(999), "999"},
		{Point(0), "0"},
	}
	for _, tt := range tests {
		if got := tt.iv.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.iv, got, tt.want)
		}
	}
}

func TestIntervalJSON(t *testing.T) {
	for _, iv := range []Interval{Point(4.8e6), AtLeast(6e6), {0, 4.8e6}} {
		b, err := json.Marshal(iv)
		if err != nil {
			t.Fatal(err)
		}
		var back Interval
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if back != iv {
			t.Errorf("%s round-trips as %v", b, back)
		}
	}
	b, _ := json.Marshal(AtLeast(6e6))
	if string(b) != `{"min":6000000,"max":null}` {
		t.Errorf("open top written as %s", b)
	}
}
