// Package testdb gives tests a fresh, real ledger: a SQLite file under the
// test's temporary folder, or a schema of its own on the PostgreSQL server
// that ARMSLEDGER_TEST_POSTGRES names (as store/postgres's tests do).
package testdb

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"armsledger"
	"armsledger/store/postgres"
	"armsledger/store/sqlite"
)

// Kinds names the stores, in the order Each runs them.
var Kinds = []string{"sqlite", "postgres"}

// Each runs fn as a subtest per store, with the DSN of a fresh ledger:
// a file path for SQLite, a postgres:// URL for PostgreSQL.
func Each(t *testing.T, fn func(t *testing.T, dsn string)) {
	for _, kind := range Kinds {
		t.Run(kind, func(t *testing.T) { fn(t, DSN(t, kind)) })
	}
}

// DSN returns the DSN of a fresh, empty ledger of the given kind, which is
// dropped when the test ends.
func DSN(t testing.TB, kind string) string {
	t.Helper()
	if kind == "sqlite" {
		return filepath.Join(t.TempDir(), "ledger.db")
	}
	return Postgres(t)
}

// ServerURL returns ARMSLEDGER_TEST_POSTGRES. Without it the test skips,
// except in CI (CI=true), where it fails: ./scripts/test.sh starts a server.
func ServerURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv("ARMSLEDGER_TEST_POSTGRES")
	if u == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("ARMSLEDGER_TEST_POSTGRES is not set, and in CI the PostgreSQL tests must run: " +
				"run them through ./scripts/test.sh, which starts a server")
		}
		t.Skip("ARMSLEDGER_TEST_POSTGRES is not set: skipping PostgreSQL " +
			"(./scripts/test.sh starts a throwaway server and sets it)")
	}
	return u
}

// Postgres creates a schema, dropped when the test ends, and returns the
// server's URL with that schema as search path.
func Postgres(t testing.TB) string {
	t.Helper()
	server := ServerURL(t)
	b := make([]byte, 8)
	rand.Read(b)
	schema := "armsledger_test_" + hex.EncodeToString(b)
	admin := func(sql string) {
		t.Helper()
		// Not the test's context: that is done when cleanup runs.
		ctx := context.Background()
		conn, err := pgx.Connect(ctx, server)
		if err != nil {
			t.Fatalf("connect to the test server: %v", err)
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, sql); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
	admin("CREATE SCHEMA " + schema)
	t.Cleanup(func() { admin("DROP SCHEMA " + schema + " CASCADE") })
	return withSearchPath(t, server, schema)
}

// withSearchPath sets the search_path run-time parameter in a URL or a
// keyword/value connection string.
func withSearchPath(t testing.TB, conn, schema string) string {
	if !strings.HasPrefix(conn, "postgres://") && !strings.HasPrefix(conn, "postgresql://") {
		return conn + " search_path=" + schema
	}
	u, err := url.Parse(conn)
	if err != nil {
		t.Fatalf("ARMSLEDGER_TEST_POSTGRES: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// Open opens the ledger at dsn, closing it when the test ends.
func Open(t testing.TB, dsn string) armsledger.Store {
	t.Helper()
	var s armsledger.Store
	var err error
	if u, perr := url.Parse(dsn); perr == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		s, err = postgres.Open(context.Background(), dsn)
	} else {
		s, err = sqlite.Open(context.Background(), dsn)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return s
}
