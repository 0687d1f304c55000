package extract_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"armsledger/extract"
	"armsledger/ingest"
)

// TestExtractConcurrent reads the example articles from many goroutines at
// once, each in a different order, and wants every result byte-for-byte the
// same as one serial read. Extract reuses its working buffers between calls;
// this fails if any state leaks from one text into another or is shared
// between two calls in flight.
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
	var wg sync.WaitGroup
	errs := make(chan string, workers*rounds*len(arts))
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range rounds {
				for k := range arts {
					a := arts[(k*(w+1)+r)%len(arts)] // a different order in each goroutine
					if got := claimsJSON(t, extract.Extract(a.body, a.opt)); got != a.want {
						errs <- got
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	if n := len(errs); n > 0 {
		t.Errorf("%d concurrent reads differ from the serial ones; first:\n%s", n, <-errs)
	}
}

func claimsJSON(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Error(err)
	}
	return string(b)
}
