package main

import (
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"armsledger"
	"armsledger/internal/archive"
	"armsledger/internal/testdb"
)

// ingestExamples ingests the bundled examples into the ledger at dsn.
func ingestExamples(t *testing.T, dsn string) {
	t.Helper()
	if _, errOut, err := run(t, "", "ingest", "../../examples", "--db", dsn); err != nil {
		t.Fatalf("ingest: %v\n%s", err, errOut)
	}
}

// mustRun runs a command that must succeed and returns its stdout.
func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, err := run(t, "", args...)
	if err != nil {
		t.Fatalf("%v: %v\n%s", args, err, errOut)
	}
	return out
}

func claimIDs(cs []armsledger.StoredClaim) []int64 {
	ids := []int64{}
	for _, c := range cs {
		ids = append(ids, c.ID)
	}
	return ids
}

func TestClaimsCommand(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		ingestExamples(t, dsn)
		s := testdb.Open(t, dsn)
		all, err := s.Claims(t.Context(), armsledger.ClaimFilter{})
		if err != nil || len(all) == 0 {
			t.Fatalf("claims %d, %v", len(all), err)
		}
		// Each filter gives what the store gives for it, in JSON.
		tests := []struct {
			args   []string
			filter armsledger.ClaimFilter
		}{
			{nil, armsledger.ClaimFilter{}},
			{[]string{"--supplier", "KP"}, armsledger.ClaimFilter{Supplier: "KP"}},
			{[]string{"--recipient", "UA", "--status", "committed"}, armsledger.ClaimFilter{Recipient: "UA", Status: armsledger.Committed}},
			{[]string{"--category", "drone"}, armsledger.ClaimFilter{Category: armsledger.Drone}},
			{[]string{"--since", "2024-01-01", "--until", "2024-06-30"}, armsledger.ClaimFilter{Since: "2024-01-01", Until: "2024-06-30"}},
			{[]string{"--q", "Shahed"}, armsledger.ClaimFilter{Query: "Shahed"}},
			{[]string{"--supplier", "KP", "--limit", "3"}, armsledger.ClaimFilter{Supplier: "KP", Limit: 3}},
		}
		for _, tt := range tests {
			want, err := s.Claims(t.Context(), tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			var got []armsledger.StoredClaim
			out := mustRun(t, append([]string{"claims", "--db", dsn, "--json"}, tt.args...)...)
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("%v: %v in %s", tt.args, err, out)
			}
			if !slices.Equal(claimIDs(got), claimIDs(want)) {
				t.Errorf("claims %v: IDs %v, want %v", tt.args, claimIDs(got), claimIDs(want))
			}
			if len(want) == 0 && tt.args != nil {
				t.Errorf("claims %v: the examples should match some claims", tt.args)
			}
		}

		// The table: a header, a row per claim, a count.
		out := mustRun(t, "claims", "--db", dsn, "--supplier", "KP")
		lines := strings.Split(strings.TrimSpace(out), "\n")
		kp, _ := s.Claims(t.Context(), armsledger.ClaimFilter{Supplier: "KP"})
		if !strings.HasPrefix(lines[0], "ID") || !strings.Contains(lines[0], "FLOW") || len(lines) != len(kp)+2 {
			t.Errorf("table of %d claims:\n%s", len(kp), out)
		}
		if !strings.Contains(out, "KP → RU") {
			t.Errorf("table lacks a KP → RU flow:\n%s", out)
		}

		// CSV: the header row, then a row per claim that reads back.
		out = mustRun(t, "claims", "--db", dsn, "--csv", "--category", "ammunition")
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		ammo, _ := s.Claims(t.Context(), armsledger.ClaimFilter{Category: armsledger.Ammunition})
		if !slices.Equal(rows[0], archive.ClaimHeader) || len(rows) != len(ammo)+1 {
			t.Fatalf("csv has %d rows (header %v), want %d", len(rows), rows[0], len(ammo)+1)
		}
		for i, c := range ammo {
			if !slices.Equal(rows[i+1], archive.ClaimRow(c)) || rows[i+1][17] != c.Evidence {
				t.Errorf("csv row %d = %v, want %v", i+1, rows[i+1], archive.ClaimRow(c))
			}
		}

		for _, args := range [][]string{
			{"--since", "2024/01/01"},
			{"--category", "tanks"},
			{"--status", "maybe"},
			{"--json", "--csv"},
			{"--limit", "-1"},
		} {
			if _, _, err := run(t, "", append([]string{"claims", "--db", dsn}, args...)...); err == nil {
				t.Errorf("claims %v: no error", args)
			}
		}
		if out := mustRun(t, "claims", "--db", dsn, "--supplier", "ZZ"); out != "no claims\n" {
			t.Errorf("no match printed %q", out)
		}
		if out := mustRun(t, "claims", "--db", dsn, "--supplier", "ZZ", "--json"); strings.TrimSpace(out) != "[]" {
			t.Errorf("no match in JSON printed %q", out)
		}
	})
}

func TestDocsCommand(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		ingestExamples(t, dsn)
		var docs []armsledger.Document
		if err := json.Unmarshal([]byte(mustRun(t, "docs", "--db", dsn, "--json")), &docs); err != nil {
			t.Fatal(err)
		}
		if len(docs) != 14 || docs[0].ID >= docs[1].ID || docs[0].Text != "" {
			t.Fatalf("docs --json: %d documents, want 14, ordered by ID, without text", len(docs))
		}
		out := mustRun(t, "docs", "--db", dsn)
		if !strings.Contains(out, "PUBLISHED") || !strings.Contains(out, shortID(docs[0].ID)) || !strings.Contains(out, "14 document(s)") {
			t.Errorf("docs table:\n%s", out)
		}
		out = mustRun(t, "docs", "--db", dsn, "--q", "Shahed", "--since", "2022-01-01", "--until", "2022-12-31")
		if !strings.Contains(out, "Iran denies arming Russia") || !strings.Contains(out, "1 document(s)") {
			t.Errorf("docs about Shahed in 2022:\n%s", out)
		}
		if out := mustRun(t, "docs", "--db", dsn, "--limit", "2"); !strings.Contains(out, "2 document(s)") {
			t.Errorf("docs --limit 2:\n%s", out)
		}
		if _, _, err := run(t, "", "docs", "--db", dsn, "--since", "June"); err == nil {
			t.Error("docs --since June: no error")
		}
	})
}
