package main

import (
	"math"
	"testing"
)

func TestInterval(t *testing.T) {
	inf := math.Inf(1)
	for _, tt := range []struct {
		min, max float64
		want     string
	}{
		{4.8e6, 4.8e6, "4,800,000"},
		{1e4, inf, "≥10,000"},
		{0, 4.8e6, "≤4,800,000"},
		{2e6, 9.99e6, "2,000,000–9,990,000"},
		{0, inf, "unbounded"},
		{0, 0, "0"},
		{3e6 / 6700, 3e6 / 6700, "447.76"},
		{200, 999.999, "200–1,000"},
		{1.5, 1e9, "1.5–1,000,000,000"},
	} {
		if got := interval(tt.min, tt.max); got != tt.want {
			t.Errorf("interval(%v, %v) = %q, want %q", tt.min, tt.max, got, tt.want)
		}
	}
}

func TestSourceCount(t *testing.T) {
	for _, tt := range []struct {
		independent, echoes int
		want                string
	}{
		{1, 19, "1 independent, 19 echoes"},
		{2, 1, "2 independent, 1 echo"},
		{1, 0, "1 independent, 0 echoes"},
	} {
		if got := sourceCount(tt.independent, tt.echoes); got != tt.want {
			t.Errorf("sourceCount(%d, %d) = %q, want %q", tt.independent, tt.echoes, got, tt.want)
		}
	}
}
