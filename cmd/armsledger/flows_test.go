package main

import (
	"encoding/json"
	"strings"
	"testing"

	"armsledger"
	"armsledger/internal/testdb"
	"armsledger/reconcile"
)

// TestEchoCorpusExtracted checks the corpus is what the flows test says it
// is: twenty claims, one per article, each the same statement.
func TestEchoCorpusExtracted(t *testing.T) {
	dsn := testdb.DSN(t, "sqlite")
	ingestCorpus(t, dsn, echoCorpus())
	var claims []armsledger.StoredClaim
	if err := json.Unmarshal([]byte(mustRun(t, "claims", "--db", dsn, "--json")), &claims); err != nil {
		t.Fatal(err)
	}
	docs := map[string]bool{}
	for _, c := range claims {
		docs[c.DocumentID] = true
		q := c.Quantity
		if Flow(c.Claim) != "KP → RU" || c.Category != armsledger.Ammunition || c.Status != armsledger.Delivered ||
			q == nil || q.Min == nil || *q.Min != 4.8e6 || q.Max == nil || *q.Max != 4.8e6 || q.Unit != armsledger.UnitRound ||
			c.Speaker != "Shin Won-sik" || strings.Join(c.Via, ",") != "Bloomberg" {
			t.Errorf("claim of %q: %s", c.Evidence, toJSON(t, c))
		}
	}
	if len(claims) != 20 || len(docs) != 20 {
		t.Fatalf("%d claims in %d documents, want one in each of 20", len(claims), len(docs))
	}
}

// TestFlowsEchoes is issue 4's test: twenty articles repeat the same 4.8
// million; the flow stays 4.8 million, with one independent source and
// nineteen echoes.
func TestFlowsEchoes(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		ingestCorpus(t, dsn, echoCorpus())

		var flows []flowJSON
		if err := json.Unmarshal([]byte(mustRun(t, "flows", "--db", dsn, "--json")), &flows); err != nil {
			t.Fatal(err)
		}
		if len(flows) != 1 {
			t.Fatalf("%d flows, want 1: %s", len(flows), toJSON(t, flows))
		}
		f := flows[0]
		k := f.Key
		if strings.Join(k.Suppliers, ",") != "KP" || strings.Join(k.Recipients, ",") != "RU" ||
			k.Category != armsledger.Ammunition || k.Unit != armsledger.UnitRound || k.Status != armsledger.Delivered {
			t.Errorf("flow %s, want KP → RU ammunition (round) delivered", k)
		}
		if f.Total == nil || *f.Total != reconcile.Point(4.8e6) || f.Estimate == nil || len(f.Increments) != 0 {
			t.Fatalf("total %v, estimate %v, %d increments; want 4,800,000 from one estimate", f.Total, f.Estimate, len(f.Increments))
		}
		if f.IndependentSources != 1 || f.EchoCount != 19 || len(f.Estimate.Independent) != 1 || len(f.Estimate.Echoes) != 19 {
			t.Errorf("%d independent, %d echoes; want 1 and 19", f.IndependentSources, f.EchoCount)
		}
		// The independent source is the first report, on 11 June.
		if first := f.Estimate.Independent[0]; day(first.Published) != "2024-06-11" || first.Outlet != echoOutlets[0] {
			t.Errorf("independent source %s of %s, want the Harbour Gazette's of 2024-06-11", first.Outlet, day(first.Published))
		}

		out := mustRun(t, "flows", "--db", dsn)
		row := tableRow(t, out, "KP → RU")
		for _, want := range []string{"ammunition", "round", "delivered", "4,800,000", "2024-06-11", "1 independent, 19 echoes"} {
			if !strings.Contains(row, want) {
				t.Errorf("flows row lacks %q:\n%s", want, out)
			}
		}
		if !strings.HasSuffix(out, "\n1 flow\n") {
			t.Errorf("flows table does not end with its count:\n%s", out)
		}

		// The filters reach the store: from 20 June on, eleven reports.
		out = mustRun(t, "flows", "--db", dsn, "--since", "2024-06-20")
		if row := tableRow(t, out, "KP → RU"); !strings.Contains(row, "4,800,000") || !strings.Contains(row, "1 independent, 10 echoes") {
			t.Errorf("flows --since 2024-06-20:\n%s", out)
		}
		for _, args := range [][]string{{"--supplier", "US"}, {"--status", "committed"}, {"--q", "Shahed"}} {
			if out := mustRun(t, append([]string{"flows", "--db", dsn}, args...)...); out != "no flows\n" {
				t.Errorf("flows %v printed %q", args, out)
			}
		}
		if out := mustRun(t, "flows", "--db", dsn, "--category", "drone", "--json"); strings.TrimSpace(out) != "[]" {
			t.Errorf("flows --json with nothing to show printed %q", out)
		}
		for _, args := range [][]string{{"--since", "June"}, {"--category", "shells"}, {"--status", "sent"}, {"extra"}} {
			if _, _, err := run(t, "", append([]string{"flows", "--db", dsn}, args...)...); err == nil {
				t.Errorf("flows %v: no error", args)
			}
		}
	})
}

// TestAssertionsEchoes lists the twenty reports as one assertion whose
// echoes each say what they share with the source they echo.
func TestAssertionsEchoes(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		ingestCorpus(t, dsn, echoCorpus())
		out := mustRun(t, "assertions", "--db", dsn)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 3 || !strings.HasPrefix(lines[0], "FLOW") || lines[2] != "1 assertion from 20 claims" {
			t.Fatalf("want a header, one assertion and the count:\n%s", out)
		}
		for _, want := range []string{"KP → RU", "ammunition", "delivered", "4,800,000", "round", "2024-06-11",
			"Shin Won-sik", "1 independent, 19 echoes"} {
			if !strings.Contains(lines[1], want) {
				t.Errorf("assertion row lacks %q:\n%s", want, out)
			}
		}

		var as []assertionJSON
		if err := json.Unmarshal([]byte(mustRun(t, "assertions", "--db", dsn, "--json")), &as); err != nil {
			t.Fatal(err)
		}
		if len(as) != 1 || as[0].IndependentSources != 1 || as[0].EchoCount != 19 || len(as[0].Echoes) != 19 ||
			strings.Join(as[0].Speakers, ";") != "Shin Won-sik" {
			t.Fatalf("assertions --json: %s", toJSON(t, as))
		}
		ind := as[0].Independent[0]
		outlets := map[string]bool{ind.Outlet: true}
		for _, e := range as[0].Echoes {
			outlets[e.Source.Outlet] = true
			if e.Reason != "same speaker Shin Won-sik" || e.Of.ClaimID == 0 || e.Source.Claim.Evidence == "" || e.Source.URL == "" {
				t.Errorf("echo %s: of %d, reason %q", e.Source.Outlet, e.Of.ClaimID, e.Reason)
			}
		}
		if len(outlets) != 20 {
			t.Errorf("%d outlets among the sources, want 20", len(outlets))
		}
		if out := mustRun(t, "assertions", "--db", dsn, "--recipient", "UA"); out != "no assertions\n" {
			t.Errorf("assertions --recipient UA printed %q", out)
		}
	})
}

// tableRow returns the one line of a table that contains key.
func tableRow(t *testing.T, table, key string) string {
	t.Helper()
	var rows []string
	for _, l := range strings.Split(table, "\n") {
		if strings.Contains(l, key) {
			rows = append(rows, l)
		}
	}
	if len(rows) != 1 {
		t.Fatalf("%d rows with %q, want 1:\n%s", len(rows), key, table)
	}
	return rows[0]
}

// TestAssertionsOneOutletTwoSpeakers checks the data path keeps what makes
// a source independent: one outlet quoting two named people is two
// sources, though the extractor gives each claim the outlet as its Via;
// the outlet's own unattributed voice later is an echo of its earlier report.
func TestAssertionsOneOutletTwoSpeakers(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		ingestCorpus(t, dsn, map[string]string{
			"a.md": newsArticle("Shin", "Harbour Gazette", "2024-06-14",
				"North Korea has sent 4.8 million rounds of ammunition to Russia, Shin Won-sik told reporters."),
			"b.md": newsArticle("Kirby", "Harbour Gazette", "2024-06-15",
				"North Korea has sent 4.8 million rounds of ammunition to Russia, John Kirby told reporters."),
			"c.md": newsArticle("Unattributed", "Harbour Gazette", "2024-06-16",
				"North Korea has sent 4.8 million rounds of ammunition to Russia, the newspaper reported."),
		})
		var as []assertionJSON
		if err := json.Unmarshal([]byte(mustRun(t, "assertions", "--db", dsn, "--json")), &as); err != nil {
			t.Fatal(err)
		}
		if len(as) != 1 || as[0].IndependentSources != 2 || as[0].EchoCount != 1 ||
			as[0].Echoes[0].Reason != "same outlet Harbour Gazette" || strings.Join(as[0].Speakers, "; ") != "Shin Won-sik; John Kirby" {
			t.Errorf("want Shin and Kirby independent, the newspaper's own report an echo: %s", toJSON(t, as))
		}
	})
}
