// Command armsledger turns news about arms transfers into an evidence-backed
// ledger. This package only wires the other packages to a command line.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

func main() {
	if err := newRoot(os.Stdin, os.Stdout, os.Stderr).Execute(); err != nil {
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
	root.AddCommand(newExtractCmd(), newEvalCmd(), newBenchCmd())
	return root
}
