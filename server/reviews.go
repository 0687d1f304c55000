package server

import (
	"net/http"
	"strconv"

	"armsledger"
	"armsledger/internal/archive"
	"armsledger/internal/ledgerview"
)

// ReviewList is a page of reviews; Next is the cursor ("after") of the
// following page, empty on the last.
type ReviewList struct {
	Reviews []armsledger.StoredReview `json:"reviews"`
	Next    string                    `json:"next"`
}

// ReviewInput is the body of POST /api/reviews.
type ReviewInput struct {
	ClaimID   int64              `json:"claim_id"`
	Verdict   armsledger.Verdict `json:"verdict"`
	Corrected *armsledger.Claim  `json:"corrected"`
	Note      string             `json:"note"`
	Reviewer  string             `json:"reviewer"`
}

// listReviews serves GET /api/reviews: filters claim, doc, orphaned;
// pages by after and limit.
func (s *Server) listReviews(w http.ResponseWriter, r *http.Request) error {
	p := &params{q: r.URL.Query()}
	f := armsledger.ReviewFilter{ClaimID: p.int64("claim"), Orphaned: p.bool("orphaned"), After: p.int64("after")}
	limit := p.limit()
	if p.err != nil {
		return p.err
	}
	if doc := p.str("doc"); doc != "" {
		d, err := ledgerview.ResolveDocument(r.Context(), s.store, doc)
		if err != nil {
			return err
		}
		f.DocumentID = d.ID
	}
	f.Limit = limit + 1
	reviews, err := s.store.Reviews(r.Context(), f)
	if err != nil {
		return err
	}
	out := ReviewList{Reviews: reviews}
	if len(reviews) > limit {
		out.Reviews = reviews[:limit]
		out.Next = strconv.FormatInt(reviews[limit-1].ID, 10)
	}
	if out.Reviews == nil {
		out.Reviews = []armsledger.StoredReview{}
	}
	return writeJSON(w, http.StatusOK, out)
}

// postReview serves POST /api/reviews: it records an accept, reject or
// correction of a claim and answers 201 with the stored review.
func (s *Server) postReview(w http.ResponseWriter, r *http.Request) error {
	var in ReviewInput
	if err := decode(r, &in); err != nil {
		return err
	}
	if in.ClaimID <= 0 {
		return errorf(armsledger.EINVALID, "claim_id must be a positive claim ID")
	}
	rev := armsledger.Review{ClaimID: in.ClaimID, Verdict: in.Verdict, Corrected: in.Corrected,
		Note: in.Note, Reviewer: in.Reviewer}
	if err := armsledger.ValidateReview(rev); err != nil {
		return err
	}
	stored, err := s.store.AddReview(r.Context(), rev)
	if err != nil {
		return err
	}
	w.Header().Set("Location", "/api/reviews?claim="+strconv.FormatInt(in.ClaimID, 10))
	return writeJSON(w, http.StatusCreated, stored)
}

// export serves GET /api/export: the whole ledger as JSON Lines, as
// `armsledger export` writes it.
func (s *Server) export(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/x-ndjson")
	w.Header().Set("Content-Disposition", `attachment; filename="armsledger.jsonl"`)
	if _, err := archive.Export(r.Context(), s.store, w); err != nil {
		// The status is sent; all a client can see is a cut stream, which
		// import refuses (it checks the records it reads).
		s.opt.Logger.Error("export failed", "err", err)
	}
	return nil
}
