package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"armsledger/extract"
)

// TestBenchCommand checks the shape and the counts of the bench line, never
// its speed: speed is measured, not asserted.
func TestBenchCommand(t *testing.T) {
	texts := []string{
		"North Korea has sent 4.8 million rounds of ammunition to Russia, the minister said.",
		"No transfer here.",
	}
	corpus := filepath.Join(t.TempDir(), "corpus.jsonl")
	var lines []string
	for i, text := range texts {
		b, err := json.Marshal(map[string]string{"id": string(rune('a' + i)), "text": text, "published": "2024-06-14"})
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	if err := os.WriteFile(corpus, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	var out, errOut bytes.Buffer
	root := newRoot(strings.NewReader(""), &out, &errOut)
	root.SetArgs([]string{"bench", corpus, "--repeat", "3"})
	if err := root.Execute(); err != nil {
		t.Fatalf("bench: %v (stderr %q)", err, errOut.String())
	}
	if n := strings.Count(out.String(), "\n"); n != 1 {
		t.Fatalf("bench printed %d lines, want 1: %q", n, out.String())
	}
	var got benchResult
	dec := json.NewDecoder(&out)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("decode %q: %v", out.String(), err)
	}
	size := int64(len(texts[0]) + len(texts[1]))
	opt := extract.Options{Published: time.Date(2024, 6, 14, 0, 0, 0, 0, time.UTC)}
	one := len(extract.Extract(texts[0], opt)) + len(extract.Extract(texts[1], opt))
	if got.Tool != "armsledger" || got.Version != extract.Version() ||
		got.Passages != 6 || got.Bytes != 3*size || got.Claims != 3*one {
		t.Errorf("bench = %+v, want tool armsledger, version %s, 6 passages, %d bytes, %d claims",
			got, extract.Version(), 3*size, 3*one)
	}
	if got.Seconds <= 0 || got.MBPerS <= 0 {
		t.Errorf("bench = %+v, want positive seconds and mb_per_s", got)
	}
}

func TestBenchCommandRejectsBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte("{\"id\":\"a\",\"text\":\"x\",\"published\":\"June\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"bench", bad},
		{"bench", filepath.Join(dir, "missing.jsonl")},
		{"bench", bad, "--repeat", "0"},
	} {
		var out bytes.Buffer
		root := newRoot(strings.NewReader(""), &out, &out)
		root.SetArgs(args)
		if err := root.Execute(); err == nil {
			t.Errorf("%v: no error; printed %q", args, out.String())
		}
	}
}
