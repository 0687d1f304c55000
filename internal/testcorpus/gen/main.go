// Command gen writes testcorpus articles [0, N) under DIR, for benchmarks
// run from scripts: go run ./internal/testcorpus/gen DIR N
package main

import (
	"fmt"
	"os"
	"strconv"

	"armsledger/internal/testcorpus"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: gen DIR N")
		os.Exit(2)
	}
	n, err := strconv.Atoi(os.Args[2])
	if err == nil {
		_, err = testcorpus.WriteFiles(os.Args[1], 0, n)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
