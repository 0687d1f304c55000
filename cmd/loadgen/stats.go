package main

import (
	"fmt"
	"io"
	"math"
	"slices"
	"text/tabwriter"
	"time"
)

// Percentile returns the p-th percentile (0 < p <= 100) of sorted by the
// nearest-rank method: the smallest recorded value that at least p percent
// of the values do not exceed. It is exact, never interpolated; 0 when
// sorted is empty.
func Percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(p / 100 * float64(len(sorted))))
	return sorted[min(max(rank, 1), len(sorted))-1]
}

// pathStats are the recorded outcomes of one path.
type pathStats struct {
	path      string
	latencies []time.Duration // of every request, failed ones included
	errors    int
	firstErr  string
}

// Summary is what the report prints for one path.
type Summary struct {
	Path               string
	Count, Errors      int
	P50, P90, P99, Max time.Duration
	First              time.Duration // the first request's latency: a cold cache
	FirstError         string
}

func (s *pathStats) summary() Summary {
	sum := Summary{Path: s.path, Count: len(s.latencies), Errors: s.errors, FirstError: s.firstErr}
	if len(s.latencies) > 0 {
		sum.First = s.latencies[0]
	}
	sorted := slices.Clone(s.latencies)
	slices.Sort(sorted)
	sum.P50, sum.P90, sum.P99 = Percentile(sorted, 50), Percentile(sorted, 90), Percentile(sorted, 99)
	if len(sorted) > 0 {
		sum.Max = sorted[len(sorted)-1]
	}
	return sum
}

// report prints one line per path.
func report(w io.Writer, sums []Summary) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "count\terrors\tfirst\tp50\tp90\tp99\tmax\t  path")
	for _, s := range sums {
		fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\t%s\t%s\t  %s\n", s.Count, s.Errors,
			ms(s.First), ms(s.P50), ms(s.P90), ms(s.P99), ms(s.Max), s.Path)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, s := range sums {
		if s.FirstError != "" {
			fmt.Fprintf(w, "%s: first error: %s\n", s.Path, s.FirstError)
		}
	}
	return nil
}

// ms prints a duration in milliseconds with two decimals.
func ms(d time.Duration) string { return fmt.Sprintf("%.2fms", float64(d)/float64(time.Millisecond)) }
