package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"armsledger"
)

// AddReview records r and makes it its root's decisive review unless a later
// one is already stored.
func (db *DB) AddReview(ctx context.Context, r armsledger.Review) (armsledger.StoredReview, error) {
	if err := armsledger.ValidateReview(r); err != nil {
		return armsledger.StoredReview{}, err
	}
	if r.Created.IsZero() {
		r.Created = time.Now()
	}
	var stored armsledger.StoredReview
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		var key string
		row := tx.QueryRowContext(ctx, `SELECT c.claim_key, `+claimColumns+` FROM claims c WHERE c.id = ?`, r.ClaimID)
		judged, err := scanClaim(keyScanner{row, &key})
		if errors.Is(err, sql.ErrNoRows) {
			return armsledger.Errorf(armsledger.ENOTFOUND, "claim %d not found", r.ClaimID)
		} else if err != nil {
			return err
		}
		snapshot, err := json.Marshal(judged.Claim)
		if err != nil {
			return err
		}
		var decided *int64
		var corrected *string
		switch {
		case r.Verdict == armsledger.Correct:
			id, err := insertClaim(ctx, tx.StmtContext(ctx, db.insertClaim), judged.DocumentID, key, true, *r.Corrected)
			if err != nil {
				return fmt.Errorf("corrected claim: %w", err)
			}
			if err := indexActors(ctx, tx, id-1); err != nil {
				return fmt.Errorf("corrected claim: %w", err)
			}
			decided = &id
			b, err := json.Marshal(r.Corrected)
			if err != nil {
				return err
			}
			s := string(b)
			corrected = &s
		case r.Verdict == armsledger.Accept && judged.Corrected:
			decided = &judged.ID
		}
		created := formatTime(r.Created)
		res, err := tx.ExecContext(ctx, `INSERT INTO reviews (document_id, claim_key, claim_id, judged,
			verdict, decided, corrected, reviewer, note, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			judged.DocumentID, key, r.ClaimID, string(snapshot), string(r.Verdict), decided, corrected,
			r.Reviewer, r.Note, created)
		if err != nil {
			return storeErr(err)
		}
		id, err := res.LastInsertId()
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO claim_verdicts
			(document_id, claim_key, review_id, created, verdict, decided) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (document_id, claim_key) DO UPDATE SET review_id = excluded.review_id,
				created = excluded.created, verdict = excluded.verdict, decided = excluded.decided
			WHERE (excluded.created, excluded.review_id) > (claim_verdicts.created, claim_verdicts.review_id)`,
			judged.DocumentID, key, id, created, string(r.Verdict), decided)
		if err != nil {
			return storeErr(err)
		}
		reviews, err := listReviews(ctx, tx, []string{`r.id = ?`}, []any{id}, 0)
		if err != nil {
			return err
		}
		stored = reviews[0]
		return nil
	})
	if err != nil {
		return stored, fmt.Errorf("add review of claim %d: %w", r.ClaimID, err)
	}
	return stored, nil
}

// Reviews lists the reviews that f selects, ordered by ID.
func (db *DB) Reviews(ctx context.Context, f armsledger.ReviewFilter) ([]armsledger.StoredReview, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	var where []string
	var args []any
	if f.ClaimID != 0 {
		var docID, key string
		err := db.read.QueryRowContext(ctx, `SELECT document_id, claim_key FROM claims WHERE id = ?`,
			f.ClaimID).Scan(&docID, &key)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, armsledger.Errorf(armsledger.ENOTFOUND, "claim %d not found", f.ClaimID)
		} else if err != nil {
			return nil, fmt.Errorf("list reviews: %w", err)
		}
		where = append(where, `r.document_id = ? AND r.claim_key = ?`)
		args = append(args, docID, key)
	}
	if f.DocumentID != "" {
		where = append(where, `r.document_id = ?`)
		args = append(args, f.DocumentID)
	}
	if f.Orphaned {
		where = append(where, `m.id IS NULL`)
	}
	if f.After > 0 {
		where = append(where, `r.id > ?`)
		args = append(args, f.After)
	}
	reviews, err := listReviews(ctx, db.read, where, args, f.Limit)
	if err != nil {
		return nil, fmt.Errorf("list reviews: %w", err)
	}
	return reviews, nil
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// listReviews selects reviews with m, the machine claim now carrying each
// review's key, if any.
func listReviews(ctx context.Context, q querier, where []string, args []any, limit int) ([]armsledger.StoredReview, error) {
	query := `SELECT r.id, r.claim_id, r.verdict, r.corrected, r.reviewer, r.note, r.created,
		r.document_id, r.claim_key, r.judged, r.decided, m.id
		FROM reviews r LEFT JOIN claims m
		ON m.document_id = r.document_id AND m.claim_key = r.claim_key AND m.corrected = 0`
	if len(where) > 0 {
		query += ` WHERE ` + strings.Join(where, ` AND `)
	}
	query += ` ORDER BY r.id`
	if limit > 0 {
		query += ` LIMIT ?`
		args = append(args, limit)
	}
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var reviews []armsledger.StoredReview
	for rows.Next() {
		var (
			r                armsledger.StoredReview
			corrected        sql.NullString
			created, judged  string
			decided, current sql.NullInt64
		)
		err := rows.Scan(&r.ID, &r.ClaimID, &r.Verdict, &corrected, &r.Reviewer, &r.Note, &created,
			&r.DocumentID, &r.ClaimKey, &judged, &decided, &current)
		if err != nil {
			return nil, err
		}
		if r.Created, err = parseTime(created); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(judged), &r.Judged); err != nil {
			return nil, fmt.Errorf("review %d: judged claim: %w", r.ID, err)
		}
		if corrected.Valid {
			r.Corrected = new(armsledger.Claim)
			if err := json.Unmarshal([]byte(corrected.String), r.Corrected); err != nil {
				return nil, fmt.Errorf("review %d: corrected claim: %w", r.ID, err)
			}
		}
		r.Decided, r.Current = decided.Int64, current.Int64
		reviews = append(reviews, r)
	}
	return reviews, rows.Err()
}

// keyScanner scans a leading claim_key column before a claim's columns.
type keyScanner struct {
	s   scanner
	key *string
}

func (k keyScanner) Scan(dest ...any) error {
	return k.s.Scan(append([]any{k.key}, dest...)...)
}
