package postgres

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

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
// skipping the documents already stored: the documents go in one round trip,
// then the claims of the new ones in another.
func (db *DB) PutDocuments(ctx context.Context, docs []armsledger.DocumentClaims) ([]bool, error) {
	for _, d := range docs {
		if err := armsledger.ValidateDocument(d.Document); err != nil {
			return nil, err
		}
	}
	created := make([]bool, len(docs))
	err := db.inTx(ctx, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		for _, dc := range docs {
			d := dc.Document
			b.Queue(`INSERT INTO documents (id, url, outlet, title, published, fetched, text, extractor)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
				d.ID, d.URL, d.Outlet, d.Title, d.Published, micro(d.Fetched), d.Text, d.Extractor)
		}
		br := tx.SendBatch(ctx, b)
		for i, dc := range docs {
			tag, err := br.Exec()
			if err != nil {
				br.Close()
				return fmt.Errorf("document %s: %w", dc.Document.ID, storeErr(err))
			}
			created[i] = tag.RowsAffected() == 1
		}
		if err := br.Close(); err != nil {
			return storeErr(err)
		}
		var rows [][]any
		for i, dc := range docs {
			if created[i] {
				rows = appendClaims(rows, dc.Document.ID, dc.Claims)
			}
		}
		return insertClaims(ctx, tx, rows)
	})
	if err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	return created, nil
}

// ReplaceClaims replaces the document's machine claims in one transaction.
func (db *DB) ReplaceClaims(ctx context.Context, docID, extractor string, claims []armsledger.Claim) error {
	err := db.inTx(ctx, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE documents SET extractor = $1 WHERE id = $2`, extractor, docID)
		if err != nil {
			return storeErr(err)
		}
		if tag.RowsAffected() == 0 {
			return armsledger.Errorf(armsledger.ENOTFOUND, "document %s not found", docID)
		}
		if _, err := tx.Exec(ctx, `DELETE FROM claims WHERE document_id = $1 AND NOT corrected`, docID); err != nil {
			return storeErr(err)
		}
		return insertClaims(ctx, tx, appendClaims(nil, docID, claims))
	})
	if err != nil {
		return fmt.Errorf("replace claims of %s: %w", docID, err)
	}
	return nil
}

var claimColumnNames = []string{"document_id", "claim_key", "corrected", "suppliers", "recipients",
	"category", "item", "qty_min", "qty_max", "qty_unit", "qty_qualifier", "status", "speaker", "via",
	"time_text", "time_start", "time_end", "evidence", "span_start", "span_end", "confidence", "rule"}

var insertClaimSQL = `INSERT INTO claims (` + strings.Join(claimColumnNames, ", ") + `)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
	$20, $21, $22) RETURNING id`

// appendClaims appends the rows of a document's machine claims.
func appendClaims(rows [][]any, docID string, claims []armsledger.Claim) [][]any {
	for i, key := range armsledger.ClaimKeys(claims) {
		rows = append(rows, claimArgs(docID, key, false, claims[i]))
	}
	return rows
}

// copyThreshold is the number of claims from which COPY beats a batch of
// INSERTs, whose round trip is cheaper than COPY's for a few rows.
const copyThreshold = 50

// insertClaims inserts claim rows in one round trip, or with COPY when they
// are many.
func insertClaims(ctx context.Context, tx pgx.Tx, rows [][]any) error {
	if len(rows) >= copyThreshold {
		_, err := tx.CopyFrom(ctx, pgx.Identifier{"claims"}, claimColumnNames, pgx.CopyFromRows(rows))
		return storeErr(err)
	}
	b := &pgx.Batch{}
	for _, r := range rows {
		b.Queue(insertClaimSQL, r...)
	}
	br := tx.SendBatch(ctx, b)
	for i := range rows {
		if _, err := br.Exec(); err != nil {
			br.Close()
			return fmt.Errorf("claim %d of document %s: %w", i, rows[i][0], storeErr(err))
		}
	}
	return storeErr(br.Close())
}

// claimArgs are the arguments of insertClaimSQL.
func claimArgs(docID, key string, corrected bool, c armsledger.Claim) []any {
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
	return []any{docID, key, corrected, c.Suppliers, c.Recipients, string(c.Category), c.Item,
		qMin, qMax, qUnit, qQual, string(c.Status), c.Speaker, c.Via, tText, tStart, tEnd,
		c.Evidence, c.Span.Start, c.Span.End, c.Confidence, c.Rule}
}

const documentColumns = `id, url, outlet, title, published, fetched, extractor`

// Document returns the document with the given ID, text included.
func (db *DB) Document(ctx context.Context, id string) (armsledger.Document, error) {
	row := db.pool.QueryRow(ctx, `SELECT `+documentColumns+`, text FROM documents WHERE id = $1`, id)
	d, err := scanDocument(row, true)
	if errors.Is(err, pgx.ErrNoRows) {
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
	var w where
	if f.Outlet != "" {
		w.add(`outlet = ?`, f.Outlet)
	}
	if f.Since != "" {
		w.add(`published >= ?`, f.Since)
	}
	if f.Until != "" {
		w.add(`published <> '' AND published <= ?`, f.Until)
	}
	if f.After != "" {
		w.add(`id > ?`, f.After)
	}
	if f.Query != "" {
		w.add(`tsv @@ websearch_to_tsquery('english', ?)`, f.Query)
	}
	cols := documentColumns
	if f.WithText {
		cols += `, text`
	}
	q := `SELECT ` + cols + ` FROM documents` + w.sql() + ` ORDER BY id` + w.limit(f.Limit)
	rows, err := db.pool.Query(ctx, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", storeErr(err))
	}
	docs, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (armsledger.Document, error) {
		return scanDocument(r, f.WithText)
	})
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	return docs, nil
}

// DocumentsByExtractor returns the IDs of documents last read by another
// extractor version.
func (db *DB) DocumentsByExtractor(ctx context.Context, notVersion string) ([]string, error) {
	rows, err := db.pool.Query(ctx, `SELECT id FROM documents WHERE extractor <> $1 ORDER BY id`, notVersion)
	if err != nil {
		return nil, fmt.Errorf("list documents by extractor: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("list documents by extractor: %w", err)
	}
	return ids, nil
}

func scanDocument(s pgx.Row, withText bool) (armsledger.Document, error) {
	var d armsledger.Document
	dest := []any{&d.ID, &d.URL, &d.Outlet, &d.Title, &d.Published, &d.Fetched, &d.Extractor}
	if withText {
		dest = append(dest, &d.Text)
	}
	err := s.Scan(dest...)
	d.Fetched = d.Fetched.UTC()
	return d, err
}

// micro is t as PostgreSQL keeps it: to the microsecond.
func micro(t time.Time) time.Time { return t.Truncate(time.Microsecond) }

// where builds a WHERE clause with numbered parameters.
type where struct {
	conds []string
	args  []any
}

// add appends the condition cond, whose "?" marks are parameters holding
// args in turn.
func (w *where) add(cond string, args ...any) {
	var b strings.Builder
	for _, arg := range args {
		i := strings.IndexByte(cond, '?')
		w.args = append(w.args, arg)
		b.WriteString(cond[:i] + "$" + strconv.Itoa(len(w.args)))
		cond = cond[i+1:]
	}
	b.WriteString(cond)
	w.conds = append(w.conds, b.String())
}

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return ` WHERE ` + strings.Join(w.conds, ` AND `)
}

// limit returns a LIMIT clause for n > 0, adding its parameter.
func (w *where) limit(n int) string {
	if n <= 0 {
		return ""
	}
	w.args = append(w.args, n)
	return ` LIMIT $` + strconv.Itoa(len(w.args))
}
