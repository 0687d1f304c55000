// Package postgres implements armsledger.Store on PostgreSQL through a pgx
// connection pool, with a generated tsvector column for full-text search.
// Migrations are embedded and run by Open.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"armsledger"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is a ledger in a PostgreSQL database. It is safe for concurrent use.
type DB struct {
	pool *pgxpool.Pool
}

var _ armsledger.Store = (*DB)(nil)

// Open connects to the database at url (postgres://...; a search_path
// parameter selects the schema) and brings its schema up to date.
func Open(ctx context.Context, url string) (*DB, error) {
	pool, err := pgxpool.New(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	db := &DB{pool: pool}
	if err := db.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	return db, nil
}

// migrate runs the migrations under a session lock, so that workers
// starting together apply each migration once. The lock is per schema, so
// ledgers in other schemas of the database do not wait for it.
func (db *DB) migrate(ctx context.Context) error {
	var schema *string
	if err := db.pool.QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if schema == nil {
		return armsledger.Errorf(armsledger.EINVALID, "migrate: no schema on the search path exists")
	}
	h := fnv.New64a()
	h.Write([]byte("armsledger migrations " + *schema))
	locker, err := lock.NewPostgresSessionLocker(lock.WithLockID(int64(h.Sum64())), lock.WithLockTimeout(1, 300))
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	fsys, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return err
	}
	sqlDB := stdlib.OpenDBFromPool(db.pool)
	defer sqlDB.Close()
	p, err := goose.NewProvider(goose.DialectPostgres, sqlDB, fsys, goose.WithSessionLocker(locker))
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}

// Close closes the connection pool.
func (db *DB) Close() error {
	db.pool.Close()
	return nil
}

// inTx runs fn in a transaction, committed when fn returns nil, and bumps
// the ledger's version in it.
func (db *DB) inTx(ctx context.Context, fn func(pgx.Tx) error) error {
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		return storeErr(err)
	}
	defer tx.Rollback(ctx)
	if err := fn(tx); err != nil {
		return err
	}
	// Last, so that concurrent writers wait on the row only for a commit.
	if _, err := tx.Exec(ctx, `UPDATE ledger_version SET version = version + 1`); err != nil {
		return fmt.Errorf("bump the ledger version: %w", err)
	}
	return storeErr(tx.Commit(ctx))
}

// Version returns the count of committed write transactions.
func (db *DB) Version(ctx context.Context) (int64, error) {
	var v int64
	if err := db.pool.QueryRow(ctx, `SELECT version FROM ledger_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("read the ledger version: %w", err)
	}
	return v, nil
}

// storeErr gives a constraint violation its code: a clash with a unique key
// is ECONFLICT, any other broken constraint (SQLSTATE class 23) EINVALID.
func storeErr(err error) error {
	var pe *pgconn.PgError
	if err == nil || !errors.As(err, &pe) {
		return err
	}
	switch {
	case pe.Code == "23505":
		return &armsledger.Error{Code: armsledger.ECONFLICT, Message: "conflict", Err: err}
	case strings.HasPrefix(pe.Code, "23"):
		return &armsledger.Error{Code: armsledger.EINVALID, Message: "constraint violated", Err: err}
	}
	return err
}
