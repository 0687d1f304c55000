package reconcile

import (
	"strings"
	"testing"

	"armsledger"
)

func TestSeries(t *testing.T) {
	tests := []struct {
		name    string
		sources []Source
		want    string // renderSeries
	}{
		{
			name: "a rising series, one point per statement",
			sources: []Source{
				src(1, "d1", "Yonhap", "2024-02-26", atLeast(3e6, "round"), speaker("Shin Won-sik")),
				src(2, "d2", "SBS", "2024-02-27", atLeast(3e6, "round"), speaker("Shin Won-sik")),
				src(3, "d3", "Bloomberg", "2024-06-14", exact(4.8e6, "round"), speaker("Shin Won-sik")),
			},
			want: `KP → RU ammunition (round)
  2024-02-26 ≥3,000,000 (delivered; 1 independent, 1 echoes; Shin Won-sik)
  2024-06-14 4,800,000 (delivered; 1 independent, 0 echoes; Shin Won-sik)
`,
		},
		{
			name: "a lower later figure is a revision",
			sources: []Source{
				src(1, "d1", "Yonhap", "2024-10-23", qty(9.4e6, 9.4e6, "round", armsledger.About)),
				src(2, "d2", "Wire", "2024-11-20", qty(8e6, 8e6, "round", armsledger.About)),
				src(3, "d3", "Wire", "2024-12-20", exact(9e6, "round")),
			},
			want: `KP → RU ammunition (round)
  2024-10-23 9,400,000 (delivered; 1 independent, 0 echoes; )
  2024-11-20 8,000,000 (delivered; 1 independent, 0 echoes; )  REVISED DOWN from 9,400,000
  2024-12-20 9,000,000 (delivered; 1 independent, 0 echoes; )
`,
		},
		{
			name: "only a figure below the previous floor is a revision",
			sources: []Source{
				src(1, "d1", "A", "2024-08-27", atLeast(6e6, "round")),
				src(2, "d2", "B", "2024-09-01", qty(7e6, 8e6, "round", armsledger.Range)),
				src(3, "d3", "C", "2024-10-01", exact(4.9e6, "round")),
				src(4, "d4", "D", "2024-10-02", exact(5e6, "round")),
			},
			// [7M, 8M] is above the floor of ≥6M; 4.9M is below 7M; 5M is not below 4.9M.
			want: `KP → RU ammunition (round)
  2024-08-27 ≥6,000,000 (delivered; 1 independent, 0 echoes; )
  2024-09-01 [7,000,000, 8,000,000] (delivered; 1 independent, 0 echoes; )
  2024-10-01 4,900,000 (delivered; 1 independent, 0 echoes; )  REVISED DOWN from [7,000,000, 8,000,000]
  2024-10-02 5,000,000 (delivered; 1 independent, 0 echoes; )
`,
		},
		{
			name: "alternative readings published together are not revisions",
			sources: []Source{
				src(1, "d1", "A", "2023-12-29", exact(2e6, "round"), speaker("Shin Won-sik")),
				src(2, "d1", "A", "2023-12-29", exact(4e5, "round"), speaker("Shin Won-sik")),
				src(3, "d2", "B", "2024-02-26", exact(3e6, "round")),
				src(4, "d2", "B", "2024-02-26", exact(5e5, "round")),
			},
			want: `KP → RU ammunition (round)
  2023-12-29 2,000,000 (delivered; 1 independent, 0 echoes; Shin Won-sik)
  2023-12-29 400,000 (delivered; 1 independent, 0 echoes; Shin Won-sik)
  2024-02-26 3,000,000 (delivered; 1 independent, 0 echoes; )
  2024-02-26 500,000 (delivered; 1 independent, 0 echoes; )
`,
		},
		{
			name: "capacity shares the line; increments, commitments and claims without amount do not",
			sources: []Source{
				src(1, "d1", "A", "2024-06-14", exact(4.8e6, "round")),
				src(2, "d2", "B", "2024-06-17", exact(4.8e6, "round"), status(armsledger.Capacity)),
				src(3, "d3", "C", "2024-07-01", exact(1e5, "round"), scope(Increment)),
				src(4, "d4", "D", "2024-07-02", exact(1e6, "round"), status(armsledger.Committed)),
				src(5, "d5", "E", "2024-07-03", nil),
				src(6, "d6", "F", "2024-07-04", exact(2e6, "round"), status(armsledger.Expected)),
			},
			want: `KP → RU ammunition (round)
  2024-06-14 4,800,000 (delivered; 1 independent, 0 echoes; )
  2024-06-17 4,800,000 (capacity; 1 independent, 0 echoes; )
`,
		},
		{
			name: "an explicitly cumulative delivery counts; units and flows are separate lines",
			sources: []Source{
				src(1, "d1", "A", "2024-06-14", atLeast(1e4, "container"), category(armsledger.Container), scope(Cumulative)),
				src(2, "d2", "B", "2024-06-14", exact(4.8e6, "round")),
				src(3, "d3", "C", "2024-06-14", exact(100, "item"), category(armsledger.Missile), flow("IR", "RU")),
			},
			want: `IR → RU missile (item)
  2024-06-14 100 (delivered; 1 independent, 0 echoes; )
KP → RU ammunition (round)
  2024-06-14 4,800,000 (delivered; 1 independent, 0 echoes; )
KP → RU container (container)
  2024-06-14 ≥10,000 (delivered; 1 independent, 0 echoes; )
`,
		},
		{
			name: "undated points come last and are not compared",
			sources: []Source{
				src(1, "d1", "A", "", exact(15e6, "round")),
				src(2, "d2", "B", "2024-10-23", exact(9.4e6, "round")),
				src(3, "d3", "C", "", exact(1e6, "round")),
			},
			want: `KP → RU ammunition (round)
  2024-10-23 9,400,000 (delivered; 1 independent, 0 echoes; )
  undated 15,000,000 (delivered; 1 independent, 0 echoes; )
  undated 1,000,000 (delivered; 1 independent, 0 echoes; )
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := renderSeries(Series(tt.sources)); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestSeriesEmpty(t *testing.T) {
	if got := Series(nil); len(got) != 0 {
		t.Errorf("Series(nil) = %v", got)
	}
	denied := []Source{src(1, "d1", "TASS", "2024-06-14", exact(1, "item"), status(armsledger.Denied))}
	if got := renderSeries(Series(denied)); strings.TrimSpace(got) != "" {
		t.Errorf("a denial made a series:\n%s", got)
	}
}
