package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"armsledger"
	"armsledger/store/postgres"
	"armsledger/store/sqlite"
)

// defaultDB is the ledger a command opens when neither --db nor
// ARMSLEDGER_DB names one.
const defaultDB = "armsledger.db"

// openStore opens the ledger that dsn names: a postgres:// or postgresql://
// URL is a PostgreSQL database, anything else the path of a SQLite file.
func openStore(ctx context.Context, dsn string) (armsledger.Store, error) {
	l := strings.ToLower(dsn)
	if strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://") {
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

// open opens the ledger the flag names, or ARMSLEDGER_DB, or the default.
func (f *dbFlag) open(ctx context.Context) (armsledger.Store, error) {
	dsn := f.dsn
	if dsn == "" {
		dsn = os.Getenv("ARMSLEDGER_DB")
	}
	if dsn == "" {
		dsn = defaultDB
	}
	s, err := openStore(ctx, dsn)
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
