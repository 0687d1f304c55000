package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"armsledger"
)

const claimColumns = `c.id, c.document_id, c.corrected, c.suppliers, c.recipients, c.category,
	c.item, c.qty_min, c.qty_max, c.qty_unit, c.qty_qualifier, c.status, c.speaker, c.via,
	c.time_text, c.time_start, c.time_end, c.evidence, c.span_start, c.span_end,
	c.confidence, c.rule`

// effective keeps a machine claim unless its root's decisive review rejects
// it or shows a correction instead, and keeps a corrected claim only when the
// decisive review shows it. v is the root's row in claim_verdicts, if any.
const effective = `CASE WHEN NOT c.corrected
	THEN v.decided IS NULL AND v.verdict IS DISTINCT FROM 'reject'
	ELSE v.decided IS NOT DISTINCT FROM c.id END`

// Claim returns the claim with the given ID.
func (db *DB) Claim(ctx context.Context, id int64) (armsledger.StoredClaim, error) {
	row := db.pool.QueryRow(ctx, `SELECT `+claimColumns+` FROM claims c WHERE c.id = $1`, id)
	c, err := scanClaim(row)
	if errors.Is(err, pgx.ErrNoRows) {
		return c, armsledger.Errorf(armsledger.ENOTFOUND, "claim %d not found", id)
	} else if err != nil {
		return c, fmt.Errorf("get claim %d: %w", id, err)
	}
	return c, nil
}

// Claims lists the claims that f selects, ordered by ID.
func (db *DB) Claims(ctx context.Context, f armsledger.ClaimFilter) ([]armsledger.StoredClaim, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	var w where
	if f.After > 0 {
		w.add(`c.id > ?`, f.After)
	}
	if f.DocumentID != "" {
		w.add(`c.document_id = ?`, f.DocumentID)
	}
	if f.Supplier != "" {
		w.add(`c.suppliers @> ARRAY[?::text]`, f.Supplier)
	}
	if f.Recipient != "" {
		w.add(`c.recipients @> ARRAY[?::text]`, f.Recipient)
	}
	if f.Category != "" {
		w.add(`c.category = ?`, string(f.Category))
	}
	if f.Status != "" {
		w.add(`c.status = ?`, string(f.Status))
	}
	if f.Since != "" || f.Until != "" {
		since, until := f.Since, f.Until
		if until == "" {
			until = "9999-99-99"
		}
		if since == "" {
			since = "0000" // after '', the unknown date
		}
		w.add(`c.document_id IN (SELECT id FROM documents WHERE published BETWEEN ? AND ?)`, since, until)
	}
	if f.Query != "" {
		w.add(`c.document_id IN (SELECT id FROM documents
			WHERE tsv @@ websearch_to_tsquery('english', ?))`, f.Query)
	}
	q := `SELECT ` + claimColumns + ` FROM claims c`
	if !f.Raw {
		q += ` LEFT JOIN claim_verdicts v ON v.document_id = c.document_id AND v.claim_key = c.claim_key`
		w.conds = append(w.conds, effective)
	}
	q += w.sql() + ` ORDER BY c.id` + w.limit(f.Limit)
	rows, err := db.pool.Query(ctx, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("list claims: %w", storeErr(err))
	}
	claims, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (armsledger.StoredClaim, error) {
		return scanClaim(r)
	})
	if err != nil {
		return nil, fmt.Errorf("list claims: %w", err)
	}
	return claims, nil
}

func scanClaim(s pgx.Row, extra ...any) (armsledger.StoredClaim, error) {
	var (
		c                   armsledger.StoredClaim
		qMin, qMax          *float64
		qUnit, qQual, tText *string
		tStart, tEnd        string
	)
	dest := append([]any{&c.ID, &c.DocumentID, &c.Corrected, &c.Suppliers, &c.Recipients, &c.Category,
		&c.Item, &qMin, &qMax, &qUnit, &qQual, &c.Status, &c.Speaker, &c.Via,
		&tText, &tStart, &tEnd, &c.Evidence, &c.Span.Start, &c.Span.End,
		&c.Confidence, &c.Rule}, extra...)
	if err := s.Scan(dest...); err != nil {
		return c, err
	}
	if qQual != nil {
		c.Quantity = &armsledger.Quantity{Min: qMin, Max: qMax, Unit: *qUnit, Qualifier: armsledger.Qualifier(*qQual)}
	}
	if tText != nil {
		c.Time = &armsledger.TimeRef{Text: *tText, Start: tStart, End: tEnd}
	}
	return c, nil
}
