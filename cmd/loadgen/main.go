// Command loadgen measures the ledger's JSON API under load: `loadgen seed`
// fills a ledger with generated claims through Store.PutDocuments, and
// `loadgen run` sends a bounded number of GET requests to an armsledger
// server on a loopback address and prints the latency of each path.
//
// It is a program of its own rather than an armsledger subcommand: it is a
// developer's measuring tool, and seeding a ledger with a million synthetic
// claims should not be one mistyped command away in the tool analysts use.
//
//	loadgen seed --db /tmp/load.db --claims 1000000
//	armsledger serve --db /tmp/load.db --addr 127.0.0.1:8080 &
//	loadgen run --url http://127.0.0.1:8080 --requests 2000 --concurrency 4
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

const usage = `usage:
  loadgen seed --db DSN [--claims 1000000] [--batch 1000]
  loadgen run --url http://127.0.0.1:PORT [--requests 2000] [--duration 60s] [--concurrency 4] [--path P]...`

// run dispatches to a subcommand.
func run(ctx context.Context, args []string, out io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("no subcommand\n%s", usage)
	}
	switch args[0] {
	case "seed":
		return seedMain(ctx, args[1:], out)
	case "run":
		return runMain(ctx, args[1:], out)
	case "-h", "--help", "help":
		fmt.Fprintln(out, usage)
		return nil
	}
	return fmt.Errorf("unknown subcommand %q\n%s", args[0], usage)
}
