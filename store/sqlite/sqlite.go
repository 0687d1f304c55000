// Package sqlite implements armsledger.Store on an embedded SQLite file
// (modernc.org/sqlite, pure Go) in WAL mode, with an FTS5 index over document
// text. Migrations are embedded and run by Open.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"runtime"
	"time"

	"github.com/pressly/goose/v3"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"armsledger"
)

//go:embed migrations/*.sql
var migrations embed.FS

// timeFormat keeps times to the microsecond, as PostgreSQL does, with a fixed
// width so that stored times sort as text.
const timeFormat = "2006-01-02T15:04:05.000000Z"

// DB is a ledger in one SQLite file. It is safe for concurrent use.
type DB struct {
	// write has one connection: writers of this process queue in Go instead
	// of polling SQLite's lock. Other processes still wait on busy_timeout.
	write *sql.DB
	read  *sql.DB

	insertDocument *sql.Stmt
	insertClaim    *sql.Stmt
}

var _ armsledger.Store = (*DB)(nil)

// Open opens or creates the ledger at path and brings its schema up to date.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, armsledger.Errorf(armsledger.EINVALID, "open sqlite: empty path")
	}
	// A URI: escape the path so that "?" or "#" in a file name stay in it.
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() +
		"?_pragma=journal_mode(WAL)&_pragma=busy_timeout(5000)" +
		"&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_pragma=temp_store(MEMORY)&_pragma=cache_size(-32000)"
	write, err := sql.Open("sqlite", dsn+"&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	write.SetMaxOpenConns(1)
	write.SetConnMaxLifetime(0)
	write.SetConnMaxIdleTime(0)
	db := &DB{write: write}
	if err := db.migrate(ctx); err != nil {
		write.Close()
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	db.read, err = sql.Open("sqlite", dsn)
	if err != nil {
		write.Close()
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	db.read.SetMaxOpenConns(max(4, runtime.GOMAXPROCS(0)))
	if err := db.prepare(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	return db, nil
}

func (db *DB) migrate(ctx context.Context) error {
	fsys, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return err
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, db.write, fsys)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}

func (db *DB) prepare(ctx context.Context) error {
	for _, s := range []struct {
		stmt  **sql.Stmt
		query string
	}{
		{&db.insertDocument, `INSERT INTO documents
			(id, url, outlet, title, published, fetched, text, extractor)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`},
		{&db.insertClaim, `INSERT INTO claims (document_id, claim_key, corrected,
			suppliers, recipients, category, item, qty_min, qty_max, qty_unit,
			qty_qualifier, status, speaker, via, scope, time_text, time_start, time_end,
			evidence, span_start, span_end, confidence, rule)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
	} {
		st, err := db.write.PrepareContext(ctx, s.query)
		if err != nil {
			return fmt.Errorf("prepare: %w", err)
		}
		*s.stmt = st
	}
	return nil
}

// Close closes the database.
func (db *DB) Close() error {
	var errs []error
	for _, st := range []*sql.Stmt{db.insertDocument, db.insertClaim} {
		if st != nil {
			errs = append(errs, st.Close())
		}
	}
	if db.read != nil {
		errs = append(errs, db.read.Close())
	}
	errs = append(errs, db.write.Close())
	return errors.Join(errs...)
}

// inTx runs fn in a write transaction, committed when fn returns nil,
// and bumps the ledger's version in it.
func (db *DB) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return storeErr(err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE ledger_version SET version = version + 1`); err != nil {
		tx.Rollback()
		return fmt.Errorf("bump the ledger version: %w", err)
	}
	return storeErr(tx.Commit())
}

// Version returns the count of committed write transactions.
func (db *DB) Version(ctx context.Context) (int64, error) {
	var v int64
	if err := db.read.QueryRowContext(ctx, `SELECT version FROM ledger_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("read the ledger version: %w", err)
	}
	return v, nil
}

// storeErr gives a constraint violation its code: a clash with a unique key
// is ECONFLICT, any other broken constraint EINVALID.
func storeErr(err error) error {
	var se *sqlite.Error
	if err == nil || !errors.As(err, &se) {
		return err
	}
	switch se.Code() {
	case sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:
		return &armsledger.Error{Code: armsledger.ECONFLICT, Message: "conflict", Err: err}
	}
	if se.Code()&0xff == sqlite3.SQLITE_CONSTRAINT {
		return &armsledger.Error{Code: armsledger.EINVALID, Message: "constraint violated", Err: err}
	}
	return err
}

func formatTime(t time.Time) string { return t.UTC().Format(timeFormat) }

func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(timeFormat, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("stored time %q: %w", s, err)
	}
	return t, nil
}
