package sqlite_test

import (
	"path/filepath"
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
