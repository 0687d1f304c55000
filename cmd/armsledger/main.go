// Command armsledger turns news about arms transfers into an evidence-backed
// ledger. This package only wires the other packages to a command line.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

func main() {
	// Ctrl-C stops a long command between two of its writes: what was
	// written stays, and a rerun finishes the job.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := newRoot(os.Stdin, os.Stdout, os.Stderr).ExecuteContext(ctx)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "armsledger:", err)
		os.Exit(1)
	}
}

// newRoot builds the command tree over the given streams, so tests can run
// commands in-process.
func newRoot(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:           "armsledger",
		Short:         "Turn news about arms transfers into an evidence-backed ledger",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(newExtractCmd(), newEvalCmd(), newBenchCmd(), newIngestCmd(), newClaimsCmd(),
		newDocsCmd(), newShowCmd(), newReviewCmd(), newReextractCmd(), newExportCmd(), newImportCmd(),
		newAssertionsCmd(), newTimelineCmd(), newFlowsCmd(), newPledgesCmd(), newEstimateCmd(), newServeCmd(),
		newWorkerCmd(), newJobsCmd())
	return root
}
