package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"armsledger"
)

// PutDocument stores doc and its claims in one transaction, unless a
// document with doc.ID is already stored.
func (db *DB) PutDocument(ctx context.Context, doc armsledger.Document, claims []armsledger.Claim) (bool, error) {
	created, err := db.PutDocuments(ctx, []armsledger.DocumentClaims{{Document: doc, Claims: claims}})
	if err != nil {
		return false, err
	}
	return created[0], nil
}

// PutDocuments stores documents and their claims in one transaction,
// skipping the documents already stored.
func (db *DB) PutDocuments(ctx context.Context, docs []armsledger.DocumentClaims) ([]bool, error) {
	for _, d := range docs {
		if err := armsledger.ValidateDocument(d.Document); err != nil {
			return nil, err
		}
	}
	created := make([]bool, len(docs))
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		mark, err := marks(ctx, tx)
		if err != nil {
			return err
		}
		insDoc := tx.StmtContext(ctx, db.insertDocument)
		insClaim := tx.StmtContext(ctx, db.insertClaim)
		for i, dc := range docs {
			doc := dc.Document
			res, err := insDoc.ExecContext(ctx, doc.ID, doc.URL, doc.Outlet, doc.Title, doc.Published,
				formatTime(doc.Fetched), doc.Text, doc.Extractor)
			if err != nil {
				return fmt.Errorf("document %s: %w", doc.ID, storeErr(err))
			}
			if n, err := res.RowsAffected(); err != nil {
				return err
			} else if n == 0 {
				continue // already stored: keep it as it is
			}
			created[i] = true
			if err := insertClaims(ctx, insClaim, doc.ID, dc.Claims); err != nil {
				return fmt.Errorf("document %s: %w", doc.ID, err)
			}
		}
		return indexNew(ctx, tx, mark)
	})
	if err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	return created, nil
}

// ReplaceClaims replaces the document's machine claims in one transaction.
func (db *DB) ReplaceClaims(ctx context.Context, docID, extractor string, claims []armsledger.Claim) error {
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		mark, err := marks(ctx, tx)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE documents SET extractor = ? WHERE id = ?`, extractor, docID)
		if err != nil {
			return storeErr(err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return armsledger.Errorf(armsledger.ENOTFOUND, "document %s not found", docID)
		}
		// claim_actors rows go by ON DELETE CASCADE.
		if _, err := tx.ExecContext(ctx, `DELETE FROM claims WHERE document_id = ? AND corrected = 0`, docID); err != nil {
			return storeErr(err)
		}
		if err := insertClaims(ctx, tx.StmtContext(ctx, db.insertClaim), docID, claims); err != nil {
			return err
		}
		return indexNew(ctx, tx, mark)
	})
	if err != nil {
		return fmt.Errorf("replace claims of %s: %w", docID, err)
	}
	return nil
}

// mark is where the documents and claims tables end before a write
// transaction inserts rows: the rows after it are the new ones.
type mark struct{ doc, claim int64 }

// marks reads the mark of the tables at the start of a write transaction.
func marks(ctx context.Context, tx *sql.Tx) (mark, error) {
	var m mark
	// Both are look-ups of the last rowid, not scans.
	err := tx.QueryRowContext(ctx, `SELECT (SELECT COALESCE(MAX(seq), 0) FROM documents),
		(SELECT COALESCE(MAX(id), 0) FROM claims)`).Scan(&m.doc, &m.claim)
	if err != nil {
		return m, fmt.Errorf("read table ends: %w", err)
	}
	return m, nil
}

// indexNew adds the documents and claims inserted after m to the full-text
// index and to claim_actors, in one statement each. Every write transaction
// that inserts documents or claims ends with it (see migration 00002).
func indexNew(ctx context.Context, tx *sql.Tx, m mark) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO documents_fts (rowid, text)
		SELECT seq, text FROM documents WHERE seq > ?`, m.doc)
	if err != nil {
		return fmt.Errorf("index text: %w", storeErr(err))
	}
	return indexActors(ctx, tx, m.claim)
}

// indexActors adds the actors of the claims with an ID above after to
// claim_actors.
func indexActors(ctx context.Context, tx *sql.Tx, after int64) error {
	// A nil slice is stored as JSON null, which json_each yields as one
	// null row: the type test skips it.
	_, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO claim_actors (role, code, claim_id)
		SELECT 'supplier', j.value, c.id FROM claims c, json_each(c.suppliers) j
			WHERE c.id > ? AND j.type = 'text'
		UNION ALL
		SELECT 'recipient', j.value, c.id FROM claims c, json_each(c.recipients) j
			WHERE c.id > ? AND j.type = 'text'`, after, after)
	if err != nil {
		return fmt.Errorf("index actors: %w", storeErr(err))
	}
	return nil
}

// insertClaims inserts a document's machine claims.
func insertClaims(ctx context.Context, insClaim *sql.Stmt, docID string, claims []armsledger.Claim) error {
	for i, key := range armsledger.ClaimKeys(claims) {
		if _, err := insertClaim(ctx, insClaim, docID, key, false, claims[i]); err != nil {
			return fmt.Errorf("claim %d: %w", i, err)
		}
	}
	return nil
}

// insertClaim inserts one claim row, returning its ID. The transaction must
// end with indexNew, which adds its actors to claim_actors.
func insertClaim(ctx context.Context, insClaim *sql.Stmt, docID, key string, corrected bool, c armsledger.Claim) (int64, error) {
	suppliers, err := json.Marshal(c.Suppliers)
	if err != nil {
		return 0, err
	}
	recipients, err := json.Marshal(c.Recipients)
	if err != nil {
		return 0, err
	}
	via, err := json.Marshal(c.Via)
	if err != nil {
		return 0, err
	}
	var qMin, qMax *float64
	var qUnit, qQual *string
	if q := c.Quantity; q != nil {
		qMin, qMax = q.Min, q.Max
		unit, qual := q.Unit, string(q.Qualifier)
		qUnit, qQual = &unit, &qual
	}
	var tText *string
	var tStart, tEnd string
	if t := c.Time; t != nil {
		tText, tStart, tEnd = &t.Text, t.Start, t.End
	}
	res, err := insClaim.ExecContext(ctx, docID, key, corrected, string(suppliers), string(recipients),
		string(c.Category), c.Item, qMin, qMax, qUnit, qQual, string(c.Status), c.Speaker,
		string(via), string(c.Scope), tText, tStart, tEnd, c.Evidence, c.Span.Start, c.Span.End, c.Confidence, c.Rule)
	if err != nil {
		return 0, storeErr(err)
	}
	return res.LastInsertId()
}

const documentColumns = `id, url, outlet, title, published, fetched, extractor`

// Document returns the document with the given ID, text included.
func (db *DB) Document(ctx context.Context, id string) (armsledger.Document, error) {
	row := db.read.QueryRowContext(ctx, `SELECT `+documentColumns+`, text FROM documents WHERE id = ?`, id)
	d, err := scanDocument(row, true)
	if errors.Is(err, sql.ErrNoRows) {
		return d, armsledger.Errorf(armsledger.ENOTFOUND, "document %s not found", id)
	} else if err != nil {
		return d, fmt.Errorf("get document %s: %w", id, err)
	}
	return d, nil
}

// Documents lists documents ordered by ID.
func (db *DB) Documents(ctx context.Context, f armsledger.DocumentFilter) ([]armsledger.Document, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	var where []string
	var args []any
	add := func(cond string, arg any) {
		where = append(where, cond)
		args = append(args, arg)
	}
	if f.Outlet != "" {
		add(`outlet = ?`, f.Outlet)
	}
	if f.Since != "" {
		add(`published >= ?`, f.Since)
	}
	if f.Until != "" {
		add(`published <= ? AND published <> ''`, f.Until)
	}
	if f.After != "" {
		add(`id > ?`, f.After)
	}
	if f.Query != "" {
		match, ok := ftsQuery(f.Query)
		if !ok {
			return nil, nil
		}
		add(`seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)`, match)
	}
	cols := documentColumns
	if f.WithText {
		cols += `, text`
	}
	q := `SELECT ` + cols + ` FROM documents`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` ORDER BY id`
	if f.Limit > 0 {
		q += ` LIMIT ?`
		args = append(args, f.Limit)
	}
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", storeErr(err))
	}
	defer rows.Close()
	var docs []armsledger.Document
	for rows.Next() {
		d, err := scanDocument(rows, f.WithText)
		if err != nil {
			return nil, fmt.Errorf("list documents: %w", err)
		}
		docs = append(docs, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	return docs, nil
}

// DocumentsByExtractor returns the IDs of documents last read by another
// extractor version.
func (db *DB) DocumentsByExtractor(ctx context.Context, notVersion string) ([]string, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT id FROM documents WHERE extractor <> ? ORDER BY id`, notVersion)
	if err != nil {
		return nil, fmt.Errorf("list documents by extractor: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("list documents by extractor: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list documents by extractor: %w", err)
	}
	return ids, nil
}

type scanner interface{ Scan(dest ...any) error }

func scanDocument(s scanner, withText bool) (armsledger.Document, error) {
	var d armsledger.Document
	var fetched string
	dest := []any{&d.ID, &d.URL, &d.Outlet, &d.Title, &d.Published, &fetched, &d.Extractor}
	if withText {
		dest = append(dest, &d.Text)
	}
	if err := s.Scan(dest...); err != nil {
		return d, err
	}
	var err error
	d.Fetched, err = parseTime(fetched)
	return d, err
}
