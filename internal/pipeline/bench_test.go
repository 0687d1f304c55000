package pipeline_test

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"armsledger/internal/pipeline"
	"armsledger/internal/testcorpus"
	"armsledger/internal/testdb"
)

// BenchmarkIngestSQLite ingests generated article files into a fresh SQLite
// ledger per iteration: 10,000 documents for the figure, 50,000 to show
// that memory stays flat as the corpus grows. Run with -benchtime=1x; the
// 50,000-document run is skipped with -short.
func BenchmarkIngestSQLite(b *testing.B) { benchIngest(b, "sqlite") }

// BenchmarkIngestPostgres is BenchmarkIngestSQLite into PostgreSQL, a fresh
// schema per iteration (ARMSLEDGER_TEST_POSTGRES).
func BenchmarkIngestPostgres(b *testing.B) { benchIngest(b, "postgres") }

// benchIngest reports docs/s and two peaks of memory during the ingest:
// heap-peak-MB, the Go heap in use (runtime.MemStats.HeapInuse sampled
// every 5 ms), and rss-peak-MB, the process's peak resident set (VmHWM from
// /proc/self/status, reset before each run through /proc/self/clear_refs),
// which also counts SQLite's page cache, allocated outside the Go heap.
func benchIngest(b *testing.B, kind string) {
	if kind == "postgres" {
		testdb.ServerURL(b)
	}
	for _, n := range []int{10_000, 50_000} {
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			if n > 10_000 && testing.Short() {
				b.Skip("-short: 10,000 documents only")
			}
			dir := b.TempDir()
			if _, err := testcorpus.WriteFiles(dir, 0, n); err != nil {
				b.Fatal(err)
			}
			var elapsed time.Duration
			var heapPeak, rssPeak uint64
			b.ResetTimer()
			for range b.N {
				b.StopTimer()
				store := testdb.Open(b, testdb.DSN(b, kind))
				runtime.GC()
				resetPeakRSS()
				stop := sampleHeap(&heapPeak)
				b.StartTimer()
				start := time.Now()
				sum, err := pipeline.Ingest(b.Context(), store, pipeline.IngestOptions{Inputs: []string{dir}})
				elapsed += time.Since(start)
				b.StopTimer()
				stop()
				rssPeak = max(rssPeak, peakRSS())
				if err != nil || sum.New != n || len(sum.Failures) > 0 {
					b.Fatalf("ingest: %v, %s", err, sum)
				}
				store.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(n*b.N)/elapsed.Seconds(), "docs/s")
			b.ReportMetric(float64(heapPeak)/(1<<20), "heap-peak-MB")
			if rssPeak > 0 {
				b.ReportMetric(float64(rssPeak)/(1<<20), "rss-peak-MB")
			}
			b.ReportMetric(0, "ns/op") // one op is a whole corpus: docs/s says it better
		})
	}
}

// sampleHeap records the highest HeapInuse in *peak until stop is called.
func sampleHeap(peak *uint64) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			*peak = max(*peak, m.HeapInuse)
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// resetPeakRSS resets VmHWM to the current resident set (Linux 4.0+).
func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// peakRSS reads VmHWM in bytes, or 0 where /proc is not there.
func peakRSS() uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}
