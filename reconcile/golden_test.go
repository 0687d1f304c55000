package reconcile

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"armsledger"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// corpusLine is one source as written in testdata/*.jsonl, with the
// publication date as "YYYY-MM-DD" ("" when unknown).
type corpusLine struct {
	ClaimID    int64            `json:"claim_id"`
	DocumentID string           `json:"document_id"`
	Outlet     string           `json:"outlet"`
	URL        string           `json:"url"`
	Published  string           `json:"published"`
	Scope      Scope            `json:"scope"`
	Claim      armsledger.Claim `json:"claim"`
}

// readCorpus reads a corpus: one source per line, "#" comments, and
// "# as of: YYYY-MM-DD" lines naming the dates to track pledges on.
func readCorpus(t *testing.T, path string) ([]Source, []time.Time) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var sources []Source
	var asOf []time.Time
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		text := strings.TrimSpace(sc.Text())
		if d, ok := strings.CutPrefix(text, "# as of:"); ok {
			asOf = append(asOf, day(strings.TrimSpace(d)))
			continue
		}
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		var l corpusLine
		dec := json.NewDecoder(strings.NewReader(text))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&l); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		sources = append(sources, Source{ClaimID: l.ClaimID, DocumentID: l.DocumentID, Outlet: l.Outlet,
			URL: l.URL, Published: day(l.Published), Claim: l.Claim, Scope: l.Scope})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return sources, asOf
}

// report runs every function of the package over a corpus.
func report(sources []Source, asOf []time.Time) string {
	var b strings.Builder
	section := func(title, body string) {
		if body == "" {
			body = "(none)\n"
		}
		fmt.Fprintf(&b, "== %s\n%s\n", title, body)
	}
	section("assertions", renderAssertions(Assertions(sources)))
	section("series", renderSeries(Series(sources)))
	section("flows", renderFlows(Flows(sources)))
	for _, d := range asOf {
		section("pledges as of "+date(d), renderPledges(Pledges(sources, d)))
	}
	var pairs strings.Builder
	for _, p := range CargoPairs(sources) {
		fmt.Fprintf(&pairs, "%s: %s rounds (#%d) / %s containers (#%d)\n", p.Munition.DocumentID,
			p.Rounds, p.Munition.ClaimID, p.Containers, p.Cargo.ClaimID)
	}
	section("cargo pairs", pairs.String())
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// TestGolden runs the package over each corpus in testdata and compares
// the report with testdata/<corpus>.golden. After a deliberate change,
// regenerate with go test ./reconcile -run TestGolden -update and review
// the diff.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) < 3 {
		t.Fatalf("found %d corpora, want 3", len(paths))
	}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".jsonl")
		t.Run(name, func(t *testing.T) {
			got := []byte(report(readCorpus(t, path)))
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./reconcile -run TestGolden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("report differs from %s; rerun with -update after reviewing:\n%s", golden, got)
			}
		})
	}
}

// TestGoldenFacts checks the facts the corpora were written for, so that a
// careless -update cannot bless a regression.
func TestGoldenFacts(t *testing.T) {
	t.Run("twenty echoes", func(t *testing.T) {
		sources, _ := readCorpus(t, filepath.Join("testdata", "echoes.jsonl"))
		if len(sources) != 20 {
			t.Fatalf("%d sources, want 20", len(sources))
		}
		flows := Flows(sources)
		if len(flows) != 1 || flows[0].Estimate == nil {
			t.Fatalf("want one flow:\n%s", renderFlows(flows))
		}
		f := flows[0]
		if *f.Total != Point(4.8e6) || len(f.Estimate.Independent) != 1 || len(f.Estimate.Echoes) != 19 {
			t.Errorf("want 4,800,000 with 1 independent source and 19 echoes:\n%s", renderFlows(flows))
		}
	})
	t.Run("series", func(t *testing.T) {
		sources, _ := readCorpus(t, filepath.Join("testdata", "series.jsonl"))
		lines := Series(sources)
		if len(lines) != 2 {
			t.Fatalf("want a rounds line and a containers line:\n%s", renderSeries(lines))
		}
		var revisions []string
		for _, l := range lines {
			for _, p := range l.Points {
				if p.Revision {
					revisions = append(revisions, date(p.Date)+" "+p.Amount.String())
				}
			}
		}
		if strings.Join(revisions, "; ") != "2024-11-20 8,000,000" {
			t.Errorf("revisions %q, want only the invented 8,000,000 of 2024-11-20", revisions)
		}
	})
	t.Run("pledge", func(t *testing.T) {
		sources, _ := readCorpus(t, filepath.Join("testdata", "pledge.jsonl"))
		ps := Pledges(sources, day("2024-04-30"))
		if len(ps) != 1 || len(ps[0].Terms) != 2 {
			t.Fatalf("want one pledge with one revision:\n%s", renderPledges(ps))
		}
		p := ps[0]
		if !p.Overdue || p.Original().State != Overdue || p.Current().State != Pending ||
			p.Delivered == nil || *p.Delivered != Point(5e5) || date(p.Current().Deadline) != "2024-12-31" {
			t.Errorf("want overdue against 2024-03-31 with 500,000 delivered, pending against 2024-12-31:\n%s", renderPledges(ps))
		}
	})
}
