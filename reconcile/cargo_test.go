package reconcile

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"armsledger"
)

func TestCargoPairs(t *testing.T) {
	box := category(armsledger.Container)
	capacity := status(armsledger.Capacity)
	tests := []struct {
		name    string
		sources []Source
		want    []string // "rounds claim<-container claim: rounds / containers"
	}{
		{
			name: "the seed article: two round counts, one container count",
			sources: []Source{
				src(1, "d1", "Vision Times", "2024-06-17", exact(4.8e6, "round"), span(100, 170)),
				src(2, "d1", "Vision Times", "2024-06-17", atLeast(1e4, "container"), box, span(300, 380)),
				src(3, "d1", "Vision Times", "2024-06-17", exact(4.8e6, "round"), capacity, span(385, 450)),
			},
			want: []string{"1<-2: 4,800,000 / ≥10,000", "3<-2: 4,800,000 / ≥10,000"},
		},
		{
			name: "alternative readings pair with the same count",
			sources: []Source{
				src(1, "d1", "Yonhap", "2024-02-26", qty(6700, 6700, "container", armsledger.About), box, span(0, 40)),
				src(2, "d1", "Yonhap", "2024-02-26", atLeast(3e6, "round"), span(60, 120)),
				src(3, "d1", "Yonhap", "2024-02-26", atLeast(5e5, "round"), span(124, 180)),
			},
			want: []string{"2<-1: ≥3,000,000 / 6,700", "3<-1: ≥500,000 / 6,700"},
		},
		{
			name: "nearest count wins; too far, other actors or another document make no pair",
			sources: []Source{
				src(1, "d1", "A", "2024-10-23", atLeast(13e3, "container"), box, span(0, 40)),
				src(2, "d1", "A", "2024-10-23", atLeast(2e4, "container"), box, span(500, 540)),
				src(3, "d1", "A", "2024-10-23", qty(9.4e6, 9.4e6, "round", armsledger.About), span(560, 600)),
				src(4, "d1", "A", "2024-10-23", exact(1e6, "round"), span(2000, 2040)),
				src(5, "d1", "A", "2024-10-23", exact(1e6, "round"), flow("EU", "UA"), span(545, 555)),
				src(6, "d2", "B", "2024-10-23", exact(1e6, "round"), span(560, 600)),
				src(7, "d1", "A", "2024-10-23", nil, box, span(550, 558)),
			},
			want: []string{"3<-2: 9,400,000 / ≥20,000"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range CargoPairs(tt.sources) {
				got = append(got, fmt.Sprintf("%d<-%d: %s / %s", p.Munition.ClaimID, p.Cargo.ClaimID, p.Rounds, p.Containers))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}
