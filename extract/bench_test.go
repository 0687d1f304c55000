package extract_test

import (
	"runtime"
	"strings"
	"testing"

	"armsledger/eval"
	"armsledger/extract"
	"armsledger/ingest"
)

// benchMinBytes is the least text BenchmarkExtract reads per operation:
// "≥ 10 MB of news text", in the decimal megabytes that MB/s is counted in.
const benchMinBytes = 10_000_000

// benchPassage is one passage ready for Extract, its date already parsed so
// that parsing is not timed.
type benchPassage struct {
	text string
	opt  extract.Options
}

// benchCorpus loads the shared dev and seed passages and repeats them until
// they hold at least benchMinBytes of text. Each repetition gets its own copy
// of the text, so the extractor reads 10 MB of memory, not 75 kB ten thousand
// times over from cache.
func benchCorpus(b *testing.B) ([]benchPassage, int64) {
	b.Helper()
	var once []benchPassage
	for _, rel := range []string{"eval/dev.jsonl", "eval/seed.jsonl"} {
		passages, errs := eval.ReadPassages(shared(b, rel))
		if len(errs) > 0 {
			b.Fatalf("%s: %v", rel, errs)
		}
		for _, p := range passages {
			published, err := ingest.ParseDate(p.Published)
			if err != nil {
				b.Fatalf("%s: %v", p.ID, err)
			}
			once = append(once, benchPassage{p.Text, extract.Options{Published: published, Outlet: p.Outlet}})
		}
	}
	var size int64
	for _, p := range once {
		size += int64(len(p.text))
	}
	if size == 0 {
		b.Fatal("the shared passages hold no text")
	}
	var corpus []benchPassage
	var total int64
	for total < benchMinBytes {
		for _, p := range once {
			p.text = strings.Clone(p.text)
			corpus = append(corpus, p)
		}
		total += size
	}
	return corpus, total
}

// BenchmarkExtract runs the whole extractor over at least 10 MB of real news
// passages (the shared dev and seed passages, repeated) per operation. Run it
// on one core, which is what the speed target is stated for:
//
//	go test ./extract -run '^$' -bench '^BenchmarkExtract$' -benchmem -cpu 1
//
// MB/s comes from SetBytes; allocs/MB is the heap allocation count per
// megabyte of text, comparable across corpus sizes where allocs/op is not.
func BenchmarkExtract(b *testing.B) {
	corpus, total := benchCorpus(b)
	b.SetBytes(total)
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	ops := 0
	for b.Loop() {
		for _, p := range corpus {
			extract.Extract(p.text, p.opt)
		}
		ops++
	}
	runtime.ReadMemStats(&after)
	mb := float64(total) * float64(ops) / 1e6
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/mb, "allocs/MB")
}
