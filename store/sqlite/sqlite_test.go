package sqlite_test

import (
	"path/filepath"
	"strconv"
	"testing"

	"armsledger"
	"armsledger/store/sqlite"
	"armsledger/store/storetest"
)

// open opens the ledger at path, closing it when the test ends.
func open(t testing.TB, path string) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(t.Context(), path)
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
	storetest.Run(t, func(t *testing.T) armsledger.Store {
		return open(t, filepath.Join(t.TempDir(), "ledger.db"))
	})
}

// TestOpenTwice checks that opening a migrated ledger again keeps it.
func TestOpenTwice(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ledger with spaces?#%.db")
	storetest.OpenTwice(t, func(t *testing.T) armsledger.Store { return open(t, path) })
}

func BenchmarkPutDocument(b *testing.B) {
	storetest.BenchmarkPutDocument(b, open(b, filepath.Join(b.TempDir(), "ledger.db")))
}

func BenchmarkPutDocumentParallel(b *testing.B) {
	storetest.BenchmarkPutDocumentParallel(b, open(b, filepath.Join(b.TempDir(), "ledger.db")))
}

func BenchmarkPutDocuments(b *testing.B) {
	for _, size := range []int{10, 100, 1000} {
		b.Run(strconv.Itoa(size), func(b *testing.B) {
			storetest.BenchmarkPutDocuments(b, open(b, filepath.Join(b.TempDir(), "ledger.db")), size)
		})
	}
}
