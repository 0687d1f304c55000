package main

import (
	"encoding/json"
	"strings"
	"testing"

	"armsledger/internal/testdb"
	"armsledger/reconcile"
)

// TestTimeline prints the KP → RU estimates of October 2023 to November
// 2024 in date order, with the invented lower estimate flagged, and the
// container counts as a line of their own.
func TestTimeline(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		ingestCorpus(t, dsn, seriesCorpus())
		flow := []string{"timeline", "--db", dsn, "--supplier", "KP", "--recipient", "RU"}

		var lines []reconcile.SeriesLine
		if err := json.Unmarshal([]byte(mustRun(t, append(flow, "--category", "ammunition", "--json")...)), &lines); err != nil {
			t.Fatal(err)
		}
		if len(lines) != 1 || lines[0].Flow.Unit != "round" {
			t.Fatalf("want one line, of rounds: %s", toJSON(t, lines))
		}
		type point struct{ date, amount, status, revised string }
		want := []point{
			{"2023-10-16", "200,000–999,999", "delivered", ""},
			{"2024-02-27", "≥3,000,000", "delivered", ""},
			{"2024-06-14", "4,800,000", "capacity", ""},
			{"2024-08-27", "≥6,000,000", "delivered", ""},
			{"2024-10-23", "9,400,000", "delivered", ""},
			{"2024-11-20", "8,000,000", "delivered", "9,400,000"},
		}
		var got []point
		for _, p := range lines[0].Points {
			pt := point{day(p.Date), amount(p.Amount), string(p.Key.Status), ""}
			if p.Revision {
				pt.revised = amount(p.Previous)
			}
			got = append(got, pt)
		}
		if toJSON(t, got) != toJSON(t, want) {
			t.Errorf("points\n %v\nwant\n %v", got, want)
		}

		out := mustRun(t, append(flow, "--category", "ammunition")...)
		rows := strings.Split(strings.TrimSpace(out), "\n")
		if len(rows) != 9 || rows[0] != "KP → RU ammunition (round)" || !strings.HasPrefix(rows[1], "DATE") ||
			rows[8] != "6 estimates, 1 revision down" {
			t.Fatalf("want a title, a header, six points and a count:\n%s", out)
		}
		for i, p := range want {
			r := rows[i+2]
			if !strings.HasPrefix(r, p.date) || !strings.Contains(r, p.amount) || !strings.Contains(r, "1 independent") ||
				strings.Contains(r, "revised down") != (p.revised != "") {
				t.Errorf("row %d = %q, want %v", i, r, p)
			}
		}
		if r := rows[7]; !strings.Contains(r, "revised down from 9,400,000") || !strings.Contains(r, "Western intelligence official") {
			t.Errorf("the last point should be flagged, with its speaker: %q", r)
		}

		// Containers are a separate fact, with a series of their own.
		out = mustRun(t, append(flow, "--category", "container")...)
		for _, want := range []string{"KP → RU container (container)", "≥1,000", "6,700", "≥10,000", "≥13,000", "≥20,000",
			"5 estimates, 0 revisions down"} {
			if !strings.Contains(out, want) {
				t.Errorf("container timeline lacks %q:\n%s", want, out)
			}
		}
		if strings.Contains(out, "round") {
			t.Errorf("container timeline mentions rounds:\n%s", out)
		}
		if out := mustRun(t, append(flow, "--category", "ammunition", "--unit", "container")...); out != "no cumulative estimates\n" {
			t.Errorf("--unit container of ammunition printed %q", out)
		}
		if out := mustRun(t, append(flow, "--category", "ammunition", "--until", "2024-06-30")...); strings.Contains(out, "revised") ||
			!strings.Contains(out, "3 estimates") {
			t.Errorf("timeline --until 2024-06-30:\n%s", out)
		}
		for _, args := range [][]string{
			{"timeline", "--db", dsn, "--supplier", "KP", "--recipient", "RU"},
			{"timeline", "--db", dsn, "--category", "ammunition"},
			append(flow, "--category", "ammunition", "--since", "2024"),
		} {
			if _, _, err := run(t, "", args...); err == nil {
				t.Errorf("%v: no error", args)
			}
		}
	})
}
