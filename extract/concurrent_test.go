package extract_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"armsledger"
	"armsledger/extract"
	"armsledger/ingest"
)

// TestExtractConcurrent reads the example articles from many goroutines at
// once, each in a different order, and wants every result, compared once all
// reads are done, byte-for-byte the same as one serial read. Extract reuses
// its working buffers between calls; this fails if any state leaks from one
// text into another, is shared between two calls in flight, or if a claim
// still points into buffers a later call rewrites.
func TestExtractConcurrent(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "examples", "*.md"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no example articles: %v", err)
	}
	type article struct {
		body string
		opt  extract.Options
		want string
	}
	var arts []article
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		text, err := ingest.ReadText(path, f, 0)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		a := article{body: text.Body, opt: extract.Options{Published: text.Published, Outlet: text.Outlet}}
		a.want = claimsJSON(t, extract.Extract(a.body, a.opt))
		arts = append(arts, a)
	}
	const workers, rounds = 8, 5
	type result struct {
		art    int
		claims []armsledger.Claim
	}
	results := make([][]result, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range rounds {
				for k := range arts {
					i := (k*(w+1) + r) % len(arts) // a different order in each goroutine
					results[w] = append(results[w], result{i, extract.Extract(arts[i].body, arts[i].opt)})
				}
			}
		}()
	}
	wg.Wait()
	bad, first := 0, ""
	for _, rs := range results {
		for _, r := range rs {
			if got := claimsJSON(t, r.claims); got != arts[r.art].want {
				if bad++; bad == 1 {
					first = got
				}
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d concurrent reads differ from the serial ones; first:\n%s", bad, first)
	}
}

func claimsJSON(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Error(err)
	}
	return string(b)
}
