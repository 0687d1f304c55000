package extract_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"armsledger/extract"
	"armsledger/ingest"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// TestGoldenExamples runs the extractor over every bundled example article
// and compares its claims with testdata/golden/<article>.golden.json. After a
// deliberate change, regenerate with -update and review the diff.
func TestGoldenExamples(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "examples", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	var articles int
	for _, path := range paths {
		articles++
		name := strings.TrimSuffix(filepath.Base(path), ".md")
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			text, err := ingest.ReadText(path, f, 0)
			if err != nil {
				t.Fatal(err)
			}
			claims := extract.Extract(text.Body, extract.Options{Published: text.Published, Outlet: text.Outlet})
			for _, c := range claims {
				if text.Body[c.Span.Start:c.Span.End] != c.Evidence {
					t.Errorf("span %v does not slice evidence %q", c.Span, c.Evidence)
				}
			}
			got, err := json.MarshalIndent(claims, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", name+".golden.json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -run TestGoldenExamples -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("claims differ from %s; rerun with -update after reviewing:\n%s", golden, lineDiff(string(want), string(got)))
			}
		})
	}
	if articles < 8 {
		t.Errorf("found %d example articles, want at least 8", articles)
	}
}

// lineDiff lists the lines that differ between two texts, for a readable failure.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)); i++ {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			c = g[i]
		}
		if a != c {
			b.WriteString("- " + a + "\n+ " + c + "\n")
		}
		if b.Len() > 4000 {
			b.WriteString("...\n")
			break
		}
	}
	return b.String()
}
