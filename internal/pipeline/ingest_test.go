package pipeline_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"armsledger"
	"armsledger/internal/pipeline"
	"armsledger/internal/testcorpus"
	"armsledger/internal/testdb"
)

func TestFailureReason(t *testing.T) {
	tests := []struct {
		input string
		err   error
		want  string
	}{
		{"/a/b.txt", errors.New("ingest /a/b.txt: empty"), "empty"},
		{"http://x/y", errors.New("fetch http://x/y: 404 Not Found"), "404 Not Found"},
		{"http://x/f", errors.New("feed http://x/f: not a valid feed"), "not a valid feed"},
		{"/a/c.txt", errors.New("ingest /a/other.txt: empty"), "ingest /a/other.txt: empty"},
		{"/a/d.txt", errors.New("disk on fire"), "disk on fire"},
	}
	for _, tt := range tests {
		if got := (pipeline.Failure{Input: tt.input, Err: tt.err}).Reason(); got != tt.want {
			t.Errorf("Reason(%q, %v) = %q, want %q", tt.input, tt.err, got, tt.want)
		}
	}
}

// TestIngestBatches: many small batches, a repeat within the run and a
// missing input give the right counts on both stores, and progress
// reaches its total.
func TestIngestBatches(t *testing.T) {
	dir := t.TempDir()
	if _, err := testcorpus.WriteFiles(dir, 0, 50); err != nil {
		t.Fatal(err)
	}
	// The same article again under another name: one document.
	b, err := os.ReadFile(filepath.Join(dir, "000", "a000007.md"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "copy.md"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	testdb.Each(t, func(t *testing.T, dsn string) {
		s := testdb.Open(t, dsn)
		var done, total int
		sum, err := pipeline.Ingest(t.Context(), s, pipeline.IngestOptions{
			Inputs:    []string{filepath.Join(dir, "missing"), dir},
			BatchSize: 7, Workers: 3,
			Progress: func(d, n int) { done, total = d, n },
		})
		if err != nil {
			t.Fatal(err)
		}
		wantClaims := 0
		for i := range 50 {
			wantClaims += 1 + i%3
		}
		if got := sum.String(); got != fmt.Sprintf("50 new, 1 already known, 1 failed, %d claims", wantClaims) {
			t.Errorf("summary %q", got)
		}
		if done != 52 || total != 52 {
			t.Errorf("progress ended at %d/%d, want 52/52", done, total)
		}
		if len(sum.Failures) != 1 || sum.Failures[0].Input != filepath.Join(dir, "missing") {
			t.Errorf("failures %+v", sum.Failures)
		}
		docs, err := s.Documents(t.Context(), armsledger.DocumentFilter{})
		if err != nil || len(docs) != 50 {
			t.Errorf("%d documents stored (%v), want 50", len(docs), err)
		}
	})
}

// TestIngestInInputOrder: workers finish in any order, but an ingest that
// fits in one batch writes its documents, and numbers their claims, in the
// order of its inputs, so that the same run gives the same IDs.
func TestIngestInInputOrder(t *testing.T) {
	dir := t.TempDir()
	if _, err := testcorpus.WriteFiles(dir, 0, 40); err != nil {
		t.Fatal(err)
	}
	testdb.Each(t, func(t *testing.T, dsn string) {
		s := testdb.Open(t, dsn)
		if _, err := pipeline.Ingest(t.Context(), s, pipeline.IngestOptions{Inputs: []string{dir}, Workers: 8}); err != nil {
			t.Fatal(err)
		}
		claims, err := s.Claims(t.Context(), armsledger.ClaimFilter{})
		if err != nil {
			t.Fatal(err)
		}
		titles := map[string]string{}
		docs, err := s.Documents(t.Context(), armsledger.DocumentFilter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			titles[d.ID] = d.Title
		}
		slices.SortFunc(claims, func(a, b armsledger.StoredClaim) int { return int(a.ID - b.ID) })
		last := -1
		for _, c := range claims {
			var n int
			if _, err := fmt.Sscanf(titles[c.DocumentID], "Dispatch %d", &n); err != nil {
				t.Fatalf("claim %d: document title %q", c.ID, titles[c.DocumentID])
			}
			if n < last {
				t.Fatalf("claim %d of dispatch %d numbered after a claim of dispatch %d", c.ID, n, last)
			}
			last = n
		}
	})
}
