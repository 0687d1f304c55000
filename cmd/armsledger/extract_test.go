package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"armsledger"
)

// run executes the command line in-process and returns stdout, stderr and
// the error the command returned.
func run(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	root := newRoot(strings.NewReader(stdin), &out, &errOut)
	root.SetArgs(args)
	err := root.Execute()
	return out.String(), errOut.String(), err
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const article = "Seoul says North Korea has sent 4.8 million rounds of ammunition to Russia.\n"

func TestExtractTable(t *testing.T) {
	out, _, err := run(t, "", "extract", writeFile(t, "a.txt", []byte(article)))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"FLOW", "KP → RU", "ammunition", "4,800,000 round", "delivered", "1 claim(s)"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

func TestExtractJSONFromStdin(t *testing.T) {
	out, _, err := run(t, article, "extract", "--json", "-")
	if err != nil {
		t.Fatal(err)
	}
	var claims []armsledger.Claim
	if err := json.Unmarshal([]byte(out), &claims); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	if len(claims) != 1 || article[claims[0].Span.Start:claims[0].Span.End] != claims[0].Evidence {
		t.Fatalf("claims %+v", claims)
	}
}

func TestExtractPublishedResolvesTime(t *testing.T) {
	text := "Pyongyang sent 1,000 containers to Russia last September.\n"
	out, _, err := run(t, text, "extract", "--json", "--published", "2024-06-14", "-")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"start": "2023-09-01"`) || !strings.Contains(out, `"end": "2023-09-30"`) {
		t.Errorf("time not resolved against --published:\n%s", out)
	}
	if _, _, err := run(t, text, "extract", "--published", "14/06/2024", "-"); err == nil || !strings.Contains(err.Error(), "--published") {
		t.Errorf("bad --published: err %v", err)
	}
}

// TestExtractBadInput: each bad input gets a clear error naming it, or is
// repaired with a warning; nothing panics.
func TestExtractBadInput(t *testing.T) {
	t.Run("empty text gives no claims", func(t *testing.T) {
		out, _, err := run(t, "", "extract", writeFile(t, "empty.txt", nil))
		if err != nil || !strings.Contains(out, "no transfer claims") {
			t.Fatalf("out %q err %v", out, err)
		}
		out, _, err = run(t, "", "extract", "--json", "-")
		if err != nil || strings.TrimSpace(out) != "[]" {
			t.Fatalf("out %q err %v", out, err)
		}
	})
	t.Run("invalid UTF-8 is repaired with a warning", func(t *testing.T) {
		bad := append([]byte("Iran sent \xff\xfe drones to Russia, \xc3 officials said.\n"), article...)
		path := writeFile(t, "bad.txt", bad)
		out, errOut, err := run(t, "", "extract", "--json", path)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(errOut, "warning") || !strings.Contains(errOut, path) || !strings.Contains(errOut, "UTF-8") {
			t.Errorf("no warning naming the file: %q", errOut)
		}
		var claims []armsledger.Claim
		if err := json.Unmarshal([]byte(out), &claims); err != nil {
			t.Fatal(err)
		}
		repaired := strings.ToValidUTF8(string(bad), "\uFFFD")
		for _, c := range claims {
			if repaired[c.Span.Start:c.Span.End] != c.Evidence {
				t.Errorf("span %v does not slice the repaired text", c.Span)
			}
		}
		if len(claims) < 2 {
			t.Errorf("want the claims on both sides of the bad bytes, got %d", len(claims))
		}
	})
	t.Run("over the size limit", func(t *testing.T) {
		path := writeFile(t, "big.txt", bytes.Repeat([]byte(article), 10))
		_, _, err := run(t, "", "extract", "--max-bytes", "100", path)
		if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "size limit") {
			t.Fatalf("err %v", err)
		}
		if _, _, err := run(t, "", "extract", "--max-bytes", "100000", path); err != nil {
			t.Fatalf("a raised limit should pass: %v", err)
		}
	})
	t.Run("NUL bytes", func(t *testing.T) {
		path := writeFile(t, "image.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
		_, _, err := run(t, "", "extract", path)
		if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "NUL") {
			t.Fatalf("err %v", err)
		}
	})
	t.Run("missing file", func(t *testing.T) {
		_, _, err := run(t, "", "extract", "/nonexistent/article.txt")
		if err == nil || !strings.Contains(err.Error(), "/nonexistent/article.txt") {
			t.Fatalf("err %v", err)
		}
	})
}

// TestExtractJSONL: one output line per good input line, in order; a
// malformed line is reported with its number and the rest still processed.
func TestExtractJSONL(t *testing.T) {
	in := `{"id":"a","text":"Iran has shipped 200 drones to Russia.","published":"2024-01-02","source":"wire","claims":[{"suppliers":["IR"]}]}
{"id":"b", "text": broken
{"id":"c","text":""}
{"id":"d","text":"Germany sent 14 Leopard 2 tanks to Ukraine."}
`
	path := writeFile(t, "in.jsonl", []byte(in))
	out, errOut, err := run(t, "", "extract", "--jsonl", path)
	if err == nil {
		t.Error("a malformed line should make the command fail")
	}
	if !strings.Contains(errOut, "line 2") {
		t.Errorf("stderr does not name line 2: %q", errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("want 3 output lines, got %d:\n%s", len(lines), out)
	}
	var ids []string
	for _, l := range lines {
		var rec struct {
			ID     string             `json:"id"`
			Claims []armsledger.Claim `json:"claims"`
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, rec.ID)
		if rec.ID == "c" && len(rec.Claims) != 0 {
			t.Errorf("empty text gave claims")
		}
		if rec.ID == "d" && (len(rec.Claims) != 1 || rec.Claims[0].Recipients[0] != "UA") {
			t.Errorf("line d: %+v", rec.Claims)
		}
	}
	if strings.Join(ids, ",") != "a,c,d" {
		t.Errorf("ids %v", ids)
	}
}

// TestEvalCommand scores a small gold file written for this test.
func TestEvalCommand(t *testing.T) {
	gold := `{"id":"g1","published":"","text":"Iran has shipped 200 drones to Russia.","claims":[{"suppliers":["IR"],"recipients":["RU"],"category":"drone","item":"drones","quantity":{"min":200,"max":200,"unit":"item","qualifier":"exact"},"status":"delivered","speaker":"","evidence":"Iran has shipped 200 drones to Russia"}]}
`
	out, _, err := run(t, "", "eval", writeFile(t, "gold.jsonl", []byte(gold)), "--verbose")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "strict") || !strings.Contains(out, "1.000") {
		t.Errorf("eval output:\n%s", out)
	}
}

// TestEvalWhy: --why tallies a miss and a false positive and quotes no text
// of the passage, so it can be run on a held-out set. The second gold claim
// (made up: no frame reads "hosts exercises" as a transfer) is a miss whose
// sentence alone gives nothing though its item reads in a plain frame.
func TestEvalWhy(t *testing.T) {
	gold := `{"id":"g1","published":"","text":"Iran has shipped 200 drones to Russia. Belarus hosts exercises.","claims":[{"suppliers":["IR"],"recipients":["BY"],"category":"drone","item":"drones","quantity":null,"status":"delivered","speaker":"","evidence":"Iran has shipped 200 drones"},` +
		`{"suppliers":["RU"],"recipients":["BY"],"category":"armored_vehicle","item":"tanks","quantity":null,"status":"expected","speaker":"","evidence":"Belarus hosts exercises"}]}
`
	out, _, err := run(t, "", "eval", writeFile(t, "gold.jsonl", []byte(gold)), "--why")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"gold claims with no core match 2", "its sentence's closest claim has another recipient", "predicted claims with no core match 1",
		"1  no claim from its sentence", "1    alone, nothing, though its item is read in a plain frame", "1      expected"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval --why output lacks %q:\n%s", want, out)
		}
	}
	for _, text := range []string{"Iran has shipped", "drones", "Belarus", "exercises", "tanks"} {
		if strings.Contains(out, text) {
			t.Errorf("eval --why quotes the passage (%q):\n%s", text, out)
		}
	}
}
