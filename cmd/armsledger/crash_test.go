package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	_ "modernc.org/sqlite" // the driver, for PRAGMA integrity_check

	"armsledger"
	"armsledger/ingest"
	"armsledger/internal/testcorpus"
	"armsledger/internal/testdb"
)

// crashDocs is the size of the crash test's corpus.
const crashDocs = 2000

// buildBinary builds armsledger into a temporary folder.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "armsledger")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestIngestSurvivesSIGKILL runs `armsledger ingest` as a process over
// 2,000 documents, kills it with SIGKILL once some documents have landed,
// runs the same command again, and checks that every document is stored
// exactly once with exactly the claims a fresh extraction gives, and that
// the database is sound.
func TestIngestSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: builds the binary and ingests 2,000 documents")
	}
	bin := buildBinary(t)
	corpus := t.TempDir()
	if _, err := testcorpus.WriteFiles(corpus, 0, crashDocs); err != nil {
		t.Fatal(err)
	}
	want := make(map[string]bool)
	files, errs := ingest.Expand([]string{corpus})
	if len(errs) > 0 || len(files) != crashDocs {
		t.Fatalf("corpus: %d files, %v", len(files), errs)
	}
	for _, f := range files {
		text, err := ingest.ReadFile(f, 0)
		if err != nil {
			t.Fatal(err)
		}
		want[text.ID()] = true
	}
	if len(want) != crashDocs {
		t.Fatalf("the corpus has %d distinct texts, want %d", len(want), crashDocs)
	}

	testdb.Each(t, func(t *testing.T, dsn string) {
		args := []string{"ingest", corpus, "--db", dsn, "--quiet"}
		landed := killPartWay(t, bin, args, dsn)
		t.Logf("killed with %d of %d documents stored", landed, crashDocs)

		out, err := exec.Command(bin, args...).Output()
		if err != nil {
			t.Fatalf("rerun: %v\n%s", err, stderrOf(err))
		}
		created, known, failed, _ := summary(t, string(out))
		if created+known != crashDocs || known != landed || failed != 0 {
			t.Errorf("rerun: %q, want %d new and %d already known", out, crashDocs-landed, landed)
		}

		s := testdb.Open(t, dsn)
		docs, err := s.Documents(t.Context(), armsledger.DocumentFilter{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, d := range docs {
			if !want[d.ID] {
				t.Errorf("document %s is not one of the corpus", d.ID)
			}
			got = append(got, d.ID)
		}
		if len(slices.Compact(got)) != crashDocs {
			t.Errorf("%d distinct documents stored, want %d", len(slices.Compact(got)), crashDocs)
		}
		n, claims := checkLedger(t, s)
		wantClaims := 0
		for i := range crashDocs {
			wantClaims += 1 + i%3 // testcorpus.Article's claims
		}
		if n != crashDocs || claims != wantClaims {
			t.Errorf("%d documents with %d claims, want %d with %d", n, claims, crashDocs, wantClaims)
		}
		if !strings.HasPrefix(dsn, "postgres") {
			checkSQLite(t, dsn)
		}
	})
}

// killPartWay starts the command, waits until some of its documents are
// stored, kills it with SIGKILL and returns how many documents it left.
// It tries again on a fresh start should the process finish first.
func killPartWay(t *testing.T, bin string, args []string, dsn string) int {
	t.Helper()
	for try := 0; try < 3; try++ {
		cmd := exec.Command(bin, args...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		deadline := time.Now().Add(60 * time.Second)
		for time.Now().Before(deadline) {
			n, err := countDocuments(t.Context(), dsn)
			if err == nil && n > 0 {
				break
			}
			select {
			case err := <-exited:
				t.Fatalf("ingest ended before a document landed: %v", err)
			case <-time.After(5 * time.Millisecond):
			}
		}
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil && !errors.Is(err, os.ErrProcessDone) {
			t.Fatal(err)
		}
		// A process that ended on its own before the signal is told apart
		// below by its exit status.
		err := <-exited
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
			// It finished before the signal: nothing was interrupted.
			t.Logf("try %d: ingest finished before SIGKILL (%v); starting over", try, err)
			resetLedger(t, dsn)
			continue
		}
		n, err := countDocuments(t.Context(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		if n == crashDocs {
			t.Logf("try %d: every document landed before SIGKILL; starting over", try)
			resetLedger(t, dsn)
			continue
		}
		return n
	}
	t.Fatal("could not kill ingest part-way in 3 tries")
	return 0
}

// countDocuments counts the stored documents. It reads the table with a
// plain query, not through the store: opening the store runs migrations,
// which must not race with the ones the process under test is running, and
// a poll must cost little next to the ingest it watches. Until the process
// has made the table, the query fails and the caller polls again.
func countDocuments(ctx context.Context, dsn string) (int, error) {
	if strings.HasPrefix(dsn, "postgres") {
		conn, err := pgx.Connect(ctx, dsn)
		if err != nil {
			return 0, err
		}
		defer conn.Close(ctx)
		var n int
		err = conn.QueryRow(ctx, `SELECT count(*) FROM documents`).Scan(&n)
		return n, err
	}
	if _, err := os.Stat(dsn); err != nil {
		return 0, err
	}
	db, err := sql.Open("sqlite", "file:"+dsn+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		return 0, err
	}
	defer db.Close()
	var n int
	err = db.QueryRowContext(ctx, `SELECT count(*) FROM documents`).Scan(&n)
	return n, err
}

// resetLedger empties the ledger for another try.
func resetLedger(t *testing.T, dsn string) {
	t.Helper()
	if strings.HasPrefix(dsn, "postgres") {
		// The test's schema is its ledger: drop it whole, tables and
		// migration history, and make it again empty.
		ctx := t.Context()
		conn, err := pgx.Connect(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		var schema string
		if err := conn.QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
			t.Fatal(err)
		}
		name := pgx.Identifier{schema}.Sanitize()
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+name+" CASCADE; CREATE SCHEMA "+name); err != nil {
			t.Fatal(err)
		}
		return
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(dsn + suffix); err != nil && !errors.Is(err, os.ErrNotExist) {
			t.Fatal(err)
		}
	}
}

// checkSQLite runs SQLite's integrity check and the full-text index's own.
func checkSQLite(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var res string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil || res != "ok" {
		t.Errorf("PRAGMA integrity_check = %q, %v", res, err)
	}
	if _, err := db.Exec(`INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("full-text index integrity check: %v", err)
	}
	var actors, want int
	err = db.QueryRow(`SELECT (SELECT count(*) FROM claim_actors),
		(SELECT count(*) FROM claims c, json_each(c.suppliers) j WHERE j.type = 'text') +
		(SELECT count(*) FROM claims c, json_each(c.recipients) j WHERE j.type = 'text')`).Scan(&actors, &want)
	if err != nil || actors != want || actors == 0 {
		t.Errorf("claim_actors has %d rows, the claims name %d actors (err %v)", actors, want, err)
	}
}

func stderrOf(err error) string {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return string(ee.Stderr)
	}
	return fmt.Sprint(err)
}
