package server

import (
	"net/http"
	"strconv"

	"armsledger"
)

// ClaimList is a page of claims; Next is the cursor ("after") of the
// following page, empty on the last.
type ClaimList struct {
	Claims []armsledger.StoredClaim `json:"claims"`
	Next   string                   `json:"next"`
}

// listClaims serves GET /api/claims with the command line's filters and
// cursor pagination.
func (s *Server) listClaims(w http.ResponseWriter, r *http.Request) error {
	p := &params{q: r.URL.Query()}
	f, err := s.claimFilter(r.Context(), p)
	if err != nil {
		return err
	}
	f.After = p.int64("after")
	limit := p.limit()
	if p.err != nil {
		return p.err
	}
	f.Limit = limit + 1
	claims, err := s.store.Claims(r.Context(), f)
	if err != nil {
		return err
	}
	out := ClaimList{Claims: claims}
	if len(claims) > limit {
		out.Claims = claims[:limit]
		out.Next = strconv.FormatInt(claims[limit-1].ID, 10)
	}
	if out.Claims == nil {
		out.Claims = []armsledger.StoredClaim{}
	}
	return writeJSON(w, http.StatusOK, out)
}

// getClaim serves GET /api/claims/{id}: the stored claim, machine or
// corrected, whatever its reviews say.
func (s *Server) getClaim(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	c, err := s.store.Claim(r.Context(), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, c)
}

// pathID reads the {id} of a claim route.
func pathID(r *http.Request) (int64, error) {
	v := r.PathValue("id")
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id <= 0 {
		return 0, errorf(armsledger.EINVALID, "claim ID %q: want a positive number", v)
	}
	return id, nil
}
