package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// TestGatesChangeNothing extracts every probe passage and example article
// twice, with finish's gates (and the word-set gates) as they are and with
// every gate open, and wants the same claims. A gate skips a pass on the
// promise that the pass could change nothing there; a rule that widens a
// pass to drafts its gate does not let through breaks that promise quietly,
// and this is where it shows.
func TestGatesChangeNothing(t *testing.T) {
	type text struct {
		id, body  string
		published time.Time
	}
	var texts []text
	probes, err := filepath.Glob(filepath.Join("testdata", "probes", "*.jsonl"))
	if err != nil || len(probes) == 0 {
		t.Fatalf("no probe sets under testdata/probes: %v", err)
	}
	for _, path := range probes {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for n := 1; sc.Scan(); n++ {
			var p struct{ ID, Text, Published string }
			if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
				t.Fatalf("%s:%d: %v", path, n, err)
			}
			published, _ := time.Parse("2006-01-02", p.Published) // zero when absent, as Extract allows
			texts = append(texts, text{filepath.Base(path) + " " + p.ID, p.Text, published})
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	examples, _ := filepath.Glob(filepath.Join("..", "examples", "*.md"))
	for _, path := range examples {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, text{id: path, body: string(b)})
	}

	defer func() { gatesOpen = false }()
	for _, x := range texts {
		opt := Options{Published: x.published}
		gatesOpen = false
		gated := Extract(x.body, opt)
		gatesOpen = true
		open := Extract(x.body, opt)
		if !reflect.DeepEqual(gated, open) {
			g, _ := json.Marshal(gated)
			o, _ := json.Marshal(open)
			t.Errorf("%s: the gates change the claims:\n gated: %s\n  open: %s", x.id, g, o)
		}
	}
}
