package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"armsledger"
	"armsledger/extract"
	"armsledger/internal/testdb"
)

// reviewText has three claims, one per sentence.
const reviewText = "Iran has shipped 200 drones to Russia. Germany sent 14 Leopard 2 tanks to Ukraine. " +
	"North Korea has sent 4.8 million rounds of ammunition to Russia.\n"

func listClaims(t *testing.T, dsn string, args ...string) []armsledger.StoredClaim {
	t.Helper()
	var cs []armsledger.StoredClaim
	out := mustRun(t, append([]string{"claims", "--db", dsn, "--json"}, args...)...)
	if err := json.Unmarshal([]byte(out), &cs); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	return cs
}

// TestReviewThenReextract: reviews change what claims lists, and
// re-extraction by a newer extractor keeps them, the correction winning.
func TestReviewThenReextract(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		mustRun(t, "ingest", writeTree(t, map[string]string{"a.txt": reviewText}), "--db", dsn)
		machine := listClaims(t, dsn)
		if len(machine) != 3 {
			t.Fatalf("want 3 claims, got %+v", machine)
		}
		drones, tanks, shells := machine[0], machine[1], machine[2]

		t.Setenv("USER", "")
		out := mustRun(t, "review", fmt.Sprint(drones.ID), "--accept", "--db", dsn)
		if want := fmt.Sprintf("review 1: accept of claim %d by analyst\n", drones.ID); out != want {
			t.Errorf("accept printed %q, want %q", out, want)
		}
		t.Setenv("USER", "ana")
		mustRun(t, "review", fmt.Sprint(tanks.ID), "--reject", "--note", "a duplicate", "--db", dsn)
		out = mustRun(t, "review", fmt.Sprint(shells.ID), "--db", dsn, "--reviewer", "ben",
			"--correct", "status=committed", "--correct", "min=4,000,000", "--correct", "qualifier=at_least",
			"--correct", "max=", "--correct", "recipients=ru, by", "--correct", "evidence=North Korea has sent 4.8 million rounds")
		if !strings.Contains(out, "correct of claim") || !strings.Contains(out, "by ben") {
			t.Errorf("correct printed %q", out)
		}

		check := func(when string) {
			t.Helper()
			got := listClaims(t, dsn)
			if len(got) != 2 || got[0].Corrected == got[1].Corrected {
				t.Fatalf("%s: effective claims %+v, want the drones and the corrected shells", when, got)
			}
			// By ID: after re-extraction the correction is the older row.
			c, m := got[0], got[1]
			if m.Corrected {
				c, m = m, c
			}
			if m.Evidence != drones.Evidence {
				t.Errorf("%s: machine claim %+v, want the drones", when, m)
			}
			q := c.Quantity
			if c.Status != armsledger.Committed || q == nil || q.Min == nil || *q.Min != 4e6 || q.Max != nil ||
				q.Qualifier != armsledger.AtLeast || strings.Join(c.Recipients, ",") != "RU,BY" ||
				c.Evidence != "North Korea has sent 4.8 million rounds" ||
				reviewText[c.Span.Start:c.Span.End] != c.Evidence {
				t.Errorf("%s: corrected claim %+v", when, c)
			}
			if table := mustRun(t, "claims", "--db", dsn); !strings.Contains(table, fmt.Sprintf("%d*", c.ID)) {
				t.Errorf("%s: the table does not mark the correction:\n%s", when, table)
			}
		}
		check("after the reviews")

		// An older extractor read the document: reextract reads it again.
		s := testdb.Open(t, dsn)
		var old []armsledger.Claim
		for _, c := range machine {
			old = append(old, c.Claim)
		}
		if err := s.ReplaceClaims(t.Context(), drones.DocumentID, "r0-old", old); err != nil {
			t.Fatal(err)
		}
		out = mustRun(t, "reextract", "--db", dsn)
		if want := "1 documents re-read: 3 claims replaced by 3\n"; out != want {
			t.Errorf("reextract printed %q, want %q", out, want)
		}
		check("after reextract")
		if out := mustRun(t, "reextract", "--db", dsn); out != "0 documents re-read: 0 claims replaced by 0\n" {
			t.Errorf("second reextract printed %q", out)
		}
		d, err := s.Document(t.Context(), drones.DocumentID)
		if err != nil || d.Extractor != extract.Version() {
			t.Errorf("document's extractor %q (%v), want %s", d.Extractor, err, extract.Version())
		}
		reviews, err := s.Reviews(t.Context(), armsledger.ReviewFilter{})
		if err != nil || len(reviews) != 3 {
			t.Fatalf("reviews %+v, %v", reviews, err)
		}
		for i, want := range []struct{ reviewer, note string }{{"analyst", ""}, {"ana", "a duplicate"}, {"ben", ""}} {
			if r := reviews[i]; r.Reviewer != want.reviewer || r.Note != want.note || r.Current == 0 {
				t.Errorf("review %d = %+v, want by %s, note %q, on a current claim", i, r, want.reviewer, want.note)
			}
		}
	})
}

func TestReviewRejectsBadInput(t *testing.T) {
	dsn := testdb.DSN(t, "sqlite")
	mustRun(t, "ingest", writeTree(t, map[string]string{"a.txt": reviewText}), "--db", dsn)
	id := fmt.Sprint(listClaims(t, dsn)[0].ID)
	for _, args := range [][]string{
		{id},
		{id, "--accept", "--reject"},
		{id, "--accept", "--correct", "status=committed"},
		{"x", "--accept"},
		{"999", "--accept"},
		{id, "--correct", "colour=red"},
		{id, "--correct", "status"},
		{id, "--correct", "status=maybe"},
		{id, "--correct", "category=tanks"},
		{id, "--correct", "min=lots"},
		{id, "--correct", "evidence=not in the text"},
		{id, "--correct", "span=5:1"},
		{id, "--correct", "confidence=2"},
	} {
		if out, _, err := run(t, "", append([]string{"review", "--db", dsn}, args...)...); err == nil {
			t.Errorf("review %v: no error; printed %q", args, out)
		}
	}
	s := testdb.Open(t, dsn)
	if rs, err := s.Reviews(t.Context(), armsledger.ReviewFilter{}); err != nil || len(rs) != 0 {
		t.Errorf("bad reviews left %d reviews (%v)", len(rs), err)
	}
}
