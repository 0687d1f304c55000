package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"armsledger"
	"armsledger/queue"
	"armsledger/store/postgres"
	"armsledger/store/sqlite"
)

// defaultDB is the ledger a command opens when neither --db nor
// ARMSLEDGER_DB names one.
const defaultDB = "armsledger.db"

// openStore opens the ledger that dsn names: a postgres:// or postgresql://
// URL is a PostgreSQL database, anything else the path of a SQLite file.
func openStore(ctx context.Context, dsn string) (armsledger.Store, error) {
	if isPostgres(dsn) {
		return postgres.Open(ctx, dsn)
	}
	return sqlite.Open(ctx, dsn)
}

// dbFlag is the --db flag that every ledger command has.
type dbFlag struct{ dsn string }

func (f *dbFlag) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.dsn, "db", "",
		"the ledger: a SQLite file or a postgres:// URL (default $ARMSLEDGER_DB, else ./"+defaultDB+")")
}

// resolve returns the DSN the flag names, or ARMSLEDGER_DB, or the default.
func (f *dbFlag) resolve() string {
	dsn := f.dsn
	if dsn == "" {
		dsn = os.Getenv("ARMSLEDGER_DB")
	}
	if dsn == "" {
		dsn = defaultDB
	}
	return dsn
}

// isPostgres reports whether dsn names a PostgreSQL database.
func isPostgres(dsn string) bool {
	l := strings.ToLower(dsn)
	return strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://")
}

// openQueue opens the job queue of the PostgreSQL ledger the flag names;
// a SQLite ledger has none. what names the command, for the error.
func (f *dbFlag) openQueue(ctx context.Context, what string) (*queue.Queue, error) {
	dsn := f.resolve()
	if !isPostgres(dsn) {
		return nil, fmt.Errorf("%s needs a PostgreSQL ledger (--db postgres://... or ARMSLEDGER_DB): "+
			"the job queue lives in its database; a SQLite ledger (%s) ingests in-process with plain `ingest`", what, dsn)
	}
	q, err := queue.Open(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("open the job queue: %w", err)
	}
	return q, nil
}

// open opens the ledger the flag names, or ARMSLEDGER_DB, or the default.
func (f *dbFlag) open(ctx context.Context) (armsledger.Store, error) {
	s, err := openStore(ctx, f.resolve())
	if err != nil {
		return nil, fmt.Errorf("open the ledger: %w", err)
	}
	return s, nil
}

// isTerminal reports whether w is a terminal, for progress bars and colour.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
