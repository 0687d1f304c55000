package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"armsledger"
	"armsledger/internal/pipeline"
	"armsledger/server"
)

type serveFlags struct {
	db         dbFlag
	addr       string
	tokenFile  string
	allowFetch bool
	ingest     []string
}

// shutdownGrace is how long serve waits, after SIGINT or SIGTERM, for
// requests in flight (an accepted write among them) to finish.
const shutdownGrace = 30 * time.Second

func newServeCmd() *cobra.Command {
	var f serveFlags
	cmd := &cobra.Command{
		Use:   "serve [--addr 127.0.0.1:8080] [--db ...] [--token-file F] [--allow-fetch] [--ingest PATH...]",
		Short: "Serve the dashboard and the ledger's JSON API (reads open, writes with a bearer token)",
		Long: `Serve the dashboard at / and the ledger's JSON API under /api/, described at
/api/openapi.json. --ingest first reads files and folders into the ledger, as
armsledger ingest does (the same text twice is one document). Reads are open;
writes (POST /api/documents, POST /api/reviews) need "Authorization: Bearer TOKEN" with
the token of $ARMSLEDGER_TOKEN or the first line of --token-file, and are refused when
neither is set; the dashboard's review page asks for the same token once and keeps a
session cookie. The server listens on loopback unless --addr says otherwise. --allow-fetch
lets POST /api/documents fetch a URL, never from loopback, private or link-local addresses.
SIGINT or SIGTERM stops it after the requests in flight finish.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			token, err := readToken(f.tokenFile)
			if err != nil {
				return err
			}
			store, err := f.db.open(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			if len(f.ingest) > 0 {
				sum, err := pipeline.Ingest(cmd.Context(), store, pipeline.IngestOptions{Inputs: f.ingest})
				if err != nil {
					return err
				}
				fmt.Fprintln(cmd.OutOrStdout(), sum)
				for _, fl := range sum.Failures {
					fmt.Fprintf(cmd.ErrOrStderr(), "FAILED %s: %s\n", fl.Input, fl.Reason())
				}
			}
			ln, err := net.Listen("tcp", f.addr)
			if err != nil {
				return fmt.Errorf("serve: %w", err)
			}
			logger := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), nil))
			opts := server.Options{Token: token, AllowFetch: f.allowFetch, Logger: logger}
			return serve(cmd.Context(), store, opts, ln, cmd.OutOrStdout())
		},
	}
	f.db.register(cmd)
	fl := cmd.Flags()
	fl.StringVar(&f.addr, "addr", "127.0.0.1:8080", "the address to listen on")
	fl.StringVar(&f.tokenFile, "token-file", "", "a file whose first line is the bearer token writes need (else $ARMSLEDGER_TOKEN)")
	fl.BoolVar(&f.allowFetch, "allow-fetch", false, "let POST /api/documents fetch a URL (public addresses only)")
	fl.StringSliceVar(&f.ingest, "ingest", nil, "files or folders to ingest before serving (repeatable)")
	return cmd
}

// readToken reads the token from file, else ARMSLEDGER_TOKEN; "" when
// neither gives one.
func readToken(file string) (string, error) {
	if file == "" {
		return strings.TrimSpace(os.Getenv("ARMSLEDGER_TOKEN")), nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("--token-file: %w", err)
	}
	line, _, _ := strings.Cut(string(b), "\n")
	token := strings.TrimSpace(line)
	if token == "" {
		return "", fmt.Errorf("--token-file %s: the first line is empty", file)
	}
	return token, nil
}

// serve answers the API on ln until ctx is done, then shuts down: it stops
// accepting, lets the requests in flight finish, and returns.
func serve(ctx context.Context, store armsledger.Store, opts server.Options, ln net.Listener, out io.Writer) error {
	srv := server.New(store, opts).HTTPServer(ln.Addr().String())
	fmt.Fprintf(out, "armsledger: serving the dashboard at http://%s/ and the API at http://%s/api/ (Ctrl-C to stop)\n", ln.Addr(), ln.Addr())
	if opts.Token == "" {
		fmt.Fprintln(out, "armsledger: no token (ARMSLEDGER_TOKEN or --token-file): writes are refused")
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	fmt.Fprintln(out, "armsledger: stopped")
	return nil
}
