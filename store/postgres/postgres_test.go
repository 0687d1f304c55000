package postgres_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"armsledger"
	"armsledger/store/postgres"
	"armsledger/store/storetest"
)

// serverURL returns the server the tests run against, from
// ARMSLEDGER_TEST_POSTGRES. Without it the tests skip, except in CI
// (CI=true), where they must run: ./scripts/test.sh starts a server.
func serverURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv("ARMSLEDGER_TEST_POSTGRES")
	if u == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("ARMSLEDGER_TEST_POSTGRES is not set, and in CI the PostgreSQL tests must run: " +
				"run them through ./scripts/test.sh, which starts a server")
		}
		t.Skip("ARMSLEDGER_TEST_POSTGRES is not set: skipping the PostgreSQL tests " +
			"(./scripts/test.sh starts a throwaway server and sets it)")
	}
	return u
}

// newSchema creates a schema, dropped when the test ends, and returns the
// server's URL with that schema as search path.
func newSchema(t testing.TB) string {
	t.Helper()
	server := serverURL(t)
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

// open opens a ledger in a new schema.
func open(t testing.TB, u string) *postgres.DB {
	t.Helper()
	db, err := postgres.Open(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return db
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

func TestContract(t *testing.T) {
	serverURL(t) // skip, or fail in CI, once rather than in every subtest
	storetest.Run(t, func(t *testing.T) armsledger.Store { return open(t, newSchema(t)) })
}

// TestOpenTwice checks that opening a migrated ledger again keeps it.
func TestOpenTwice(t *testing.T) {
	u := newSchema(t)
	storetest.OpenTwice(t, func(t *testing.T) armsledger.Store { return open(t, u) })
}
