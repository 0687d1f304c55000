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

const claimColumns = `c.id, c.document_id, c.corrected, c.suppliers, c.recipients, c.category,
	c.item, c.qty_min, c.qty_max, c.qty_unit, c.qty_qualifier, c.status, c.speaker, c.via,
	c.time_text, c.time_start, c.time_end, c.evidence, c.span_start, c.span_end,
	c.confidence, c.rule`

// effective keeps a machine claim unless its root's decisive review rejects
// it or shows a correction instead, and keeps a corrected claim only when the
// decisive review shows it. v is the root's row in claim_verdicts, if any.
const effective = `CASE WHEN c.corrected = 0
	THEN v.decided IS NULL AND COALESCE(v.verdict, '') <> 'reject'
	ELSE v.decided = c.id END`

// Claim returns the claim with the given ID.
func (db *DB) Claim(ctx context.Context, id int64) (armsledger.StoredClaim, error) {
	row := db.read.QueryRowContext(ctx, `SELECT `+claimColumns+` FROM claims c WHERE c.id = ?`, id)
	c, err := scanClaim(row)
	if errors.Is(err, sql.ErrNoRows) {
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
	var where []string
	var args []any
	add := func(cond string, a ...any) {
		where = append(where, cond)
		args = append(args, a...)
	}
	if f.After > 0 {
		add(`c.id > ?`, f.After)
	}
	if f.DocumentID != "" {
		add(`c.document_id = ?`, f.DocumentID)
	}
	if f.Supplier != "" {
		add(`c.id IN (SELECT claim_id FROM claim_actors WHERE role = 'supplier' AND code = ?)`, f.Supplier)
	}
	if f.Recipient != "" {
		add(`c.id IN (SELECT claim_id FROM claim_actors WHERE role = 'recipient' AND code = ?)`, f.Recipient)
	}
	if f.Category != "" {
		add(`c.category = ?`, string(f.Category))
	}
	if f.Status != "" {
		add(`c.status = ?`, string(f.Status))
	}
	if f.Since != "" || f.Until != "" {
		since, until := f.Since, f.Until
		if until == "" {
			until = "9999-99-99"
		}
		if since == "" {
			since = "0000" // after '', the unknown date
		}
		add(`c.document_id IN (SELECT id FROM documents WHERE published BETWEEN ? AND ?)`, since, until)
	}
	if f.Query != "" {
		match, ok := ftsQuery(f.Query)
		if !ok {
			return nil, nil
		}
		add(`c.document_id IN (SELECT d.id FROM documents d
			JOIN documents_fts ON documents_fts.rowid = d.seq WHERE documents_fts MATCH ?)`, match)
	}
	q := `SELECT ` + claimColumns + ` FROM claims c`
	if !f.Raw {
		q += ` LEFT JOIN claim_verdicts v ON v.document_id = c.document_id AND v.claim_key = c.claim_key`
		where = append(where, effective)
	}
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` ORDER BY c.id`
	if f.Limit > 0 {
		q += ` LIMIT ?`
		args = append(args, f.Limit)
	}
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list claims: %w", storeErr(err))
	}
	defer rows.Close()
	var claims []armsledger.StoredClaim
	for rows.Next() {
		c, err := scanClaim(rows)
		if err != nil {
			return nil, fmt.Errorf("list claims: %w", err)
		}
		claims = append(claims, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list claims: %w", err)
	}
	return claims, nil
}

func scanClaim(s scanner) (armsledger.StoredClaim, error) {
	var (
		c                          armsledger.StoredClaim
		suppliers, recipients, via string
		qMin, qMax                 sql.NullFloat64
		qUnit, qQual, tText        sql.NullString
		tStart, tEnd               string
	)
	err := s.Scan(&c.ID, &c.DocumentID, &c.Corrected, &suppliers, &recipients, &c.Category,
		&c.Item, &qMin, &qMax, &qUnit, &qQual, &c.Status, &c.Speaker, &via,
		&tText, &tStart, &tEnd, &c.Evidence, &c.Span.Start, &c.Span.End,
		&c.Confidence, &c.Rule)
	if err != nil {
		return c, err
	}
	for _, j := range []struct {
		src string
		dst *[]string
	}{{suppliers, &c.Suppliers}, {recipients, &c.Recipients}, {via, &c.Via}} {
		if err := json.Unmarshal([]byte(j.src), j.dst); err != nil {
			return c, fmt.Errorf("claim %d: actors: %w", c.ID, err)
		}
	}
	if qQual.Valid {
		c.Quantity = &armsledger.Quantity{Unit: qUnit.String, Qualifier: armsledger.Qualifier(qQual.String)}
		if qMin.Valid {
			c.Quantity.Min = &qMin.Float64
		}
		if qMax.Valid {
			c.Quantity.Max = &qMax.Float64
		}
	}
	if tText.Valid {
		c.Time = &armsledger.TimeRef{Text: tText.String, Start: tStart, End: tEnd}
	}
	return c, nil
}
