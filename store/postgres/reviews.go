package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

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
	r.Created = micro(r.Created)
	var stored armsledger.StoredReview
	err := db.inTx(ctx, func(tx pgx.Tx) error {
		var key string
		// FOR SHARE: a concurrent re-extraction cannot delete the claim
		// between this read and the review's insert.
		row := tx.QueryRow(ctx, `SELECT `+claimColumns+`, c.claim_key FROM claims c WHERE c.id = $1 FOR SHARE`,
			r.ClaimID)
		judged, err := scanClaim(row, &key)
		if errors.Is(err, pgx.ErrNoRows) {
			return armsledger.Errorf(armsledger.ENOTFOUND, "claim %d not found", r.ClaimID)
		} else if err != nil {
			return err
		}
		var decided *int64
		switch {
		case r.Verdict == armsledger.Correct:
			var id int64
			err := tx.QueryRow(ctx, insertClaimSQL, claimArgs(judged.DocumentID, key, true, *r.Corrected)...).Scan(&id)
			if err != nil {
				return fmt.Errorf("corrected claim: %w", storeErr(err))
			}
			decided = &id
		case r.Verdict == armsledger.Accept && judged.Corrected:
			decided = &judged.ID
		}
		var id int64
		err = tx.QueryRow(ctx, `INSERT INTO reviews (document_id, claim_key, claim_id, judged, verdict,
			decided, corrected, reviewer, note, created) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
			RETURNING id`,
			judged.DocumentID, key, r.ClaimID, judged.Claim, string(r.Verdict), decided, r.Corrected,
			r.Reviewer, r.Note, r.Created).Scan(&id)
		if err != nil {
			return storeErr(err)
		}
		_, err = tx.Exec(ctx, `INSERT INTO claim_verdicts AS cv
			(document_id, claim_key, review_id, created, verdict, decided) VALUES ($1, $2, $3, $4, $5, $6)
			ON CONFLICT (document_id, claim_key) DO UPDATE SET review_id = excluded.review_id,
				created = excluded.created, verdict = excluded.verdict, decided = excluded.decided
			WHERE (excluded.created, excluded.review_id) > (cv.created, cv.review_id)`,
			judged.DocumentID, key, id, r.Created, string(r.Verdict), decided)
		if err != nil {
			return storeErr(err)
		}
		var w where
		w.add(`r.id = ?`, id)
		reviews, err := listReviews(ctx, tx, w, 0)
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
	var w where
	if f.ClaimID != 0 {
		var docID, key string
		err := db.pool.QueryRow(ctx, `SELECT document_id, claim_key FROM claims WHERE id = $1`,
			f.ClaimID).Scan(&docID, &key)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, armsledger.Errorf(armsledger.ENOTFOUND, "claim %d not found", f.ClaimID)
		} else if err != nil {
			return nil, fmt.Errorf("list reviews: %w", err)
		}
		w.add(`r.document_id = ? AND r.claim_key = ?`, docID, key)
	}
	if f.DocumentID != "" {
		w.add(`r.document_id = ?`, f.DocumentID)
	}
	if f.Orphaned {
		w.conds = append(w.conds, `m.id IS NULL`)
	}
	if f.After > 0 {
		w.add(`r.id > ?`, f.After)
	}
	reviews, err := listReviews(ctx, db.pool, w, f.Limit)
	if err != nil {
		return nil, fmt.Errorf("list reviews: %w", err)
	}
	return reviews, nil
}

type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

// listReviews selects reviews with m, the machine claim now carrying each
// review's key, if any.
func listReviews(ctx context.Context, q querier, w where, limit int) ([]armsledger.StoredReview, error) {
	query := `SELECT r.id, r.claim_id, r.verdict, r.corrected, r.reviewer, r.note, r.created,
		r.document_id, r.claim_key, r.judged, r.decided, m.id
		FROM reviews r LEFT JOIN claims m
		ON m.document_id = r.document_id AND m.claim_key = r.claim_key AND NOT m.corrected` +
		w.sql() + ` ORDER BY r.id` + w.limit(limit)
	rows, err := q.Query(ctx, query, w.args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (armsledger.StoredReview, error) {
		var r armsledger.StoredReview
		var decided, current *int64
		err := row.Scan(&r.ID, &r.ClaimID, &r.Verdict, &r.Corrected, &r.Reviewer, &r.Note, &r.Created,
			&r.DocumentID, &r.ClaimKey, &r.Judged, &decided, &current)
		r.Created = r.Created.UTC()
		if decided != nil {
			r.Decided = *decided
		}
		if current != nil {
			r.Current = *current
		}
		return r, err
	})
}
