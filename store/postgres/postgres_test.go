package postgres_test

import (
	"context"
	"strconv"
	"testing"

	"armsledger"
	"armsledger/internal/testdb"
	"armsledger/store/postgres"
	"armsledger/store/storetest"
)

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

func TestContract(t *testing.T) {
	testdb.ServerURL(t) // skip, or fail in CI, once rather than in every subtest
	storetest.Run(t, func(t *testing.T) armsledger.Store { return open(t, testdb.Postgres(t)) })
}

// TestOpenTwice checks that opening a migrated ledger again keeps it.
func TestOpenTwice(t *testing.T) {
	u := testdb.Postgres(t)
	storetest.OpenTwice(t, func(t *testing.T) armsledger.Store { return open(t, u) })
}

func BenchmarkPutDocument(b *testing.B) {
	storetest.BenchmarkPutDocument(b, open(b, testdb.Postgres(b)))
}

func BenchmarkPutDocumentParallel(b *testing.B) {
	storetest.BenchmarkPutDocumentParallel(b, open(b, testdb.Postgres(b)))
}

func BenchmarkPutDocuments(b *testing.B) {
	for _, size := range []int{10, 100, 1000} {
		b.Run(strconv.Itoa(size), func(b *testing.B) {
			storetest.BenchmarkPutDocuments(b, open(b, testdb.Postgres(b)), size)
		})
	}
}
