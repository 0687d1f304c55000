package main

import (
	"encoding/json"
	"strings"
	"testing"

	"armsledger/internal/testdb"
	"armsledger/reconcile"
)

// TestPledges tracks the EU's million rounds: overdue against March 2024
// as of 30 April 2024, whatever the revision to the end of 2024 says.
func TestPledges(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		ingestCorpus(t, dsn, pledgeCorpus())
		type term struct{ announced, pledged, deadline, state string }
		tests := []struct {
			asOf      string
			delivered string
			overdue   bool
			terms     []term
		}{
			{"2024-04-30", "500,000", true, []term{
				{"2023-03-20", "1,000,000", "2024-03-31", "overdue"},
				{"2024-01-31", "1,000,000", "2024-12-31", "pending"},
			}},
			// Before the first deadline: what was known then.
			{"2024-03-01", "300,000", false, []term{
				{"2023-03-20", "1,000,000", "2024-03-31", "pending"},
				{"2024-01-31", "1,000,000", "2024-12-31", "pending"},
			}},
			// Before the revision was announced, there was no revision.
			{"2023-12-31", "300,000", false, []term{
				{"2023-03-20", "1,000,000", "2024-03-31", "pending"},
			}},
			{"2025-01-15", "650,000", true, []term{
				{"2023-03-20", "1,000,000", "2024-03-31", "overdue"},
				{"2024-01-31", "1,000,000", "2024-12-31", "overdue"},
			}},
		}
		for _, tt := range tests {
			t.Run(tt.asOf, func(t *testing.T) {
				var got struct {
					AsOf    string             `json:"as_of"`
					Pledges []reconcile.Pledge `json:"pledges"`
				}
				if err := json.Unmarshal([]byte(mustRun(t, "pledges", "--db", dsn, "--as-of", tt.asOf, "--json")), &got); err != nil {
					t.Fatal(err)
				}
				if got.AsOf != tt.asOf || len(got.Pledges) != 1 {
					t.Fatalf("as of %s: %s", got.AsOf, toJSON(t, got.Pledges))
				}
				p := got.Pledges[0]
				if p.Flow.String() != "EU → UA ammunition (round)" || delivered(p.Delivered) != tt.delivered || p.Overdue != tt.overdue {
					t.Errorf("%s: delivered %s, overdue %v; want %s, %v", p.Flow, delivered(p.Delivered), p.Overdue, tt.delivered, tt.overdue)
				}
				var terms []term
				for _, tm := range p.Terms {
					terms = append(terms, term{day(tm.Published), amount(&tm.Pledged), day(tm.Deadline), string(tm.State)})
				}
				if toJSON(t, terms) != toJSON(t, tt.terms) {
					t.Errorf("terms\n %v\nwant\n %v", terms, tt.terms)
				}

				out := mustRun(t, "pledges", "--db", dsn, "--as-of", tt.asOf)
				rows := strings.Split(strings.TrimSpace(out), "\n")
				if len(rows) != len(tt.terms)+2 || !strings.HasPrefix(rows[0], "FLOW") {
					t.Fatalf("want a header, a row per term and a count:\n%s", out)
				}
				for i, tm := range tt.terms {
					r := rows[i+1]
					for _, want := range []string{tm.announced, tm.pledged, tm.deadline, tm.state, tt.delivered} {
						if !strings.Contains(r, want) {
							t.Errorf("row %d lacks %q:\n%s", i+1, want, out)
						}
					}
				}
				overdue := "0 overdue"
				if tt.overdue {
					overdue = "1 overdue"
				}
				if want := "1 pledge as of " + tt.asOf + ", " + overdue; rows[len(rows)-1] != want {
					t.Errorf("last line %q, want %q", rows[len(rows)-1], want)
				}
			})
		}

		out := mustRun(t, "pledges", "--db", dsn, "--as-of", "2024-04-30")
		if r := tableRow(t, out, "revision 1"); !strings.Contains(r, "Josep Borrell") || !strings.Contains(r, "1 independent, 0 echoes") {
			t.Errorf("the revision row names its speaker and sources:\n%s", out)
		}
		// The pledge as first made was reported twice, by one speaker.
		if r := tableRow(t, out, "EU → UA"); !strings.Contains(r, "Council of the EU") || !strings.Contains(r, "1 independent, 1 echo") {
			t.Errorf("the pledge row names its speaker and sources:\n%s", out)
		}
		if out := mustRun(t, "pledges", "--db", dsn, "--as-of", "2023-01-01"); out != "no pledges with an amount and a deadline as of 2023-01-01\n" {
			t.Errorf("before any pledge: %q", out)
		}
		// Without --as-of, today: long after both deadlines.
		if out := mustRun(t, "pledges", "--db", dsn); !strings.Contains(out, "1 overdue") {
			t.Errorf("pledges as of today:\n%s", out)
		}
		for _, args := range [][]string{{"--as-of", "30 April 2024"}, {"--status", "committed"}, {"--until", "2024-13-01"}} {
			if _, _, err := run(t, "", append([]string{"pledges", "--db", dsn}, args...)...); err == nil {
				t.Errorf("pledges %v: no error", args)
			}
		}
	})
}
