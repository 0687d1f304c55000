package reconcile

import (
	"testing"
	"time"

	"armsledger"
)

func TestDeadlineOf(t *testing.T) {
	tests := []struct {
		name string
		t    *armsledger.TimeRef
		want string
	}{
		{"none", nil, ""},
		{"by: end only", &armsledger.TimeRef{Text: "by the end of the year", End: "2024-12-31"}, "2024-12-31"},
		{"as of: end only", &armsledger.TimeRef{Text: "as of March", End: "2024-03-31"}, "2024-03-31"},
		{"window", &armsledger.TimeRef{Text: "between March 2023 and March 2024", Start: "2023-03-01", End: "2024-03-31"}, "2024-03-31"},
		{"within", &armsledger.TimeRef{Text: "Within twelve months", Start: "2023-03-20", End: "2024-03-20"}, "2024-03-20"},
		{"when pledged, not when due", &armsledger.TimeRef{Text: "in March 2023", Start: "2023-03-01", End: "2023-03-31"}, ""},
		{"since", &armsledger.TimeRef{Text: "since February 2022", Start: "2022-02-24"}, ""},
		{"unresolved", &armsledger.TimeRef{Text: "by the deadline"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := date(deadlineOf(tt.t)); got != tt.want && !(tt.want == "" && got == "undated") {
				t.Errorf("deadlineOf = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestPledges(t *testing.T) {
	eu := flow("EU", "UA")
	commit := status(armsledger.Committed)
	byMarch := when("by March 2024", "", "2024-03-31")
	byDec := when("by the end of 2024", "", "2024-12-31")
	tests := []struct {
		name    string
		sources []Source
		asOf    string
		want    string // renderPledges
	}{
		{
			name: "pending before the deadline",
			sources: []Source{
				src(1, "d1", "Reuters", "2023-03-20", exact(1e6, "round"), eu, commit, byMarch),
				src(2, "d2", "Reuters", "2023-11-14", qty(3e5, 3e5, "round", armsledger.About), eu),
			},
			asOf: "2024-03-01",
			want: `EU → UA ammunition (round): delivered 300,000, overdue false
  pledge   announced 2023-03-20: 1,000,000 by 2024-03-31 -> pending (1 independent, 0 echoes; )
  delivery 2023-11-14 300,000 (delivered; 1 independent, 0 echoes; )
`,
		},
		{
			name: "overdue after it; a later report counts, one before the pledge does not",
			sources: []Source{
				src(1, "d1", "Reuters", "2023-03-20", exact(1e6, "round"), eu, commit, byMarch),
				src(2, "d2", "Reuters", "2023-02-01", exact(2e5, "round"), eu),
				src(3, "d3", "AP", "2024-03-25", exact(5e5, "round"), eu),
			},
			asOf: "2024-04-30",
			want: `EU → UA ammunition (round): delivered 500,000, overdue true
  pledge   announced 2023-03-20: 1,000,000 by 2024-03-31 -> overdue (1 independent, 0 echoes; )
  delivery 2024-03-25 500,000 (delivered; 1 independent, 0 echoes; )
`,
		},
		{
			name: "met; increments after the cumulative figure are added",
			sources: []Source{
				src(1, "d1", "Reuters", "2023-03-20", exact(1e6, "round"), eu, commit, byMarch),
				src(2, "d2", "AP", "2024-02-01", exact(9e5, "round"), eu),
				src(3, "d3", "AP", "2024-03-01", exact(1.5e5, "round"), eu, scope(Increment)),
			},
			asOf: "2024-04-30",
			want: `EU → UA ammunition (round): delivered 1,050,000, overdue false
  pledge   announced 2023-03-20: 1,000,000 by 2024-03-31 -> met (1 independent, 0 echoes; )
  delivery 2024-02-01 900,000 (delivered; 1 independent, 0 echoes; )
  delivery 2024-03-01 150,000 (delivered; 1 independent, 0 echoes; )
`,
		},
		{
			name: "unclear when the delivered interval straddles the amount; unreported when nothing came",
			sources: []Source{
				src(1, "d1", "Reuters", "2023-03-20", exact(1e6, "round"), eu, commit, byMarch),
				src(2, "d2", "AP", "2024-03-25", atLeast(5e5, "round"), eu),
				src(3, "d3", "Reuters", "2023-03-20", exact(50, "item"), eu, commit, category(armsledger.ArmoredVehicle), byMarch),
			},
			asOf: "2024-04-30",
			want: `EU → UA ammunition (round): delivered ≥500,000, overdue false
  pledge   announced 2023-03-20: 1,000,000 by 2024-03-31 -> unclear (1 independent, 0 echoes; )
  delivery 2024-03-25 ≥500,000 (delivered; 1 independent, 0 echoes; )
EU → UA armored_vehicle (item): delivered no amount, overdue false
  pledge   announced 2023-03-20: 50 by 2024-03-31 -> unreported (1 independent, 0 echoes; )
`,
		},
		{
			name: "revisions: a new deadline keeps the amount; a new amount keeps the deadline open",
			sources: []Source{
				src(1, "d1", "Reuters", "2023-03-20", exact(1e6, "round"), eu, commit, byMarch),
				src(2, "d2", "Euronews", "2024-01-31", nil, eu, commit, byDec),
				src(3, "d3", "AP", "2024-02-15", exact(8e5, "round"), eu, commit),
				src(4, "d4", "AP", "2024-02-20", exact(8e5, "round"), eu, commit, speaker("Borrell")),
			},
			asOf: "2024-04-30",
			want: `EU → UA ammunition (round): delivered no amount, overdue false
  pledge   announced 2023-03-20: 1,000,000 by 2024-03-31 -> unreported (1 independent, 0 echoes; )
  revision announced 2024-01-31: 1,000,000 (amount kept) by 2024-12-31 -> pending (1 independent, 0 echoes; )
  revision announced 2024-02-15: 800,000 by 2024-12-31 (deadline kept) -> pending (1 independent, 1 echoes; Borrell)
`,
		},
		{
			name: "a commitment with no deadline is not a pledge; an increment is one of its own",
			sources: []Source{
				src(1, "d1", "Reuters", "2023-01-10", exact(5e5, "round"), eu, commit),
				src(2, "d2", "Reuters", "2023-03-20", exact(1e6, "round"), eu, commit, byMarch),
				src(3, "d3", "Reuters", "2023-06-01", exact(2e5, "round"), eu, commit, scope(Increment), when("by September", "", "2023-09-30")),
				src(4, "d4", "AP", "2023-10-01", exact(3e5, "round"), eu),
			},
			asOf: "2023-12-01",
			want: `EU → UA ammunition (round): delivered 300,000, overdue false
  pledge   announced 2023-03-20: 1,000,000 by 2024-03-31 -> pending (1 independent, 0 echoes; )
  delivery 2023-10-01 300,000 (delivered; 1 independent, 0 echoes; )
EU → UA ammunition (round): delivered 300,000, overdue false
  pledge   announced 2023-06-01: 200,000 by 2023-09-30 -> met (1 independent, 0 echoes; )
  delivery 2023-10-01 300,000 (delivered; 1 independent, 0 echoes; )
`,
		},
		{
			name: "reports after the as-of date are not known yet",
			sources: []Source{
				src(1, "d1", "Reuters", "2023-03-20", exact(1e6, "round"), eu, commit, byMarch),
				src(2, "d2", "AP", "2024-03-25", exact(5e5, "round"), eu),
				src(3, "d3", "AP", "2024-06-01", exact(1e6, "round"), eu, when("by March", "", "2024-03-31")),
			},
			asOf: "2024-04-30",
			want: `EU → UA ammunition (round): delivered 500,000, overdue true
  pledge   announced 2023-03-20: 1,000,000 by 2024-03-31 -> overdue (1 independent, 0 echoes; )
  delivery 2024-03-25 500,000 (delivered; 1 independent, 0 echoes; )
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := renderPledges(Pledges(tt.sources, day(tt.asOf))); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestTermState(t *testing.T) {
	deadline := day("2024-03-31")
	before, after := day("2024-03-01"), day("2024-04-30")
	d := func(iv Interval) *Interval { return &iv }
	tests := []struct {
		name      string
		pledged   Interval
		deadline  time.Time
		delivered *Interval
		asOf      time.Time
		want      TermState
	}{
		{"pending", Point(1e6), deadline, d(Point(3e5)), before, Pending},
		{"met early", Point(1e6), deadline, d(Point(1e6)), before, Met},
		{"overdue", Point(1e6), deadline, d(Point(5e5)), after, Overdue},
		{"unclear", Point(1e6), deadline, d(AtLeast(5e5)), after, Unclear},
		{"unreported", Point(1e6), deadline, nil, after, Unreported},
		{"up to N is N", Interval{0, 1e6}, deadline, d(Point(5e5)), after, Overdue},
		{"on the deadline day it is not yet past", Point(1e6), deadline, d(Point(5e5)), deadline, Pending},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := termState(Term{Pledged: tt.pledged, Deadline: tt.deadline}, tt.delivered, tt.asOf)
			if got != tt.want {
				t.Errorf("termState = %s, want %s", got, tt.want)
			}
		})
	}
}
