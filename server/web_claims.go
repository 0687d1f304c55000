package server

import (
	"encoding/csv"
	"net/http"
	"net/url"
	"strconv"

	"armsledger"
	"armsledger/internal/archive"
	"armsledger/internal/ledgerview"
)

// claimsView is the data of the claims page: the filters as given, the
// choices of the selects, a page of claims and the links to the next page
// and to the CSV of every claim the filters select.
type claimsView struct {
	Q          url.Values
	Categories []armsledger.Category
	Statuses   []armsledger.Status
	Claims     []armsledger.StoredClaim
	Next       string
	CSV        string
}

// allStatuses lists the statuses for the filter form.
var allStatuses = []armsledger.Status{armsledger.Delivered, armsledger.Committed, armsledger.Requested,
	armsledger.Expected, armsledger.Capacity, armsledger.Denied}

// filterNames are the query parameters of the claim filters, kept in the
// CSV and next-page links.
var filterNames = []string{"supplier", "recipient", "category", "status", "since", "until", "q", "doc", "raw"}

// csvPage is how many claims the CSV download reads per query.
const csvPage = 1000

// claimsPage serves GET /claims: the claims the API's filters select, a
// page at a time, with a link to their CSV.
func (s *Server) claimsPage(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	p := &params{q: q}
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
	kept := url.Values{}
	for _, n := range filterNames {
		if v := q.Get(n); v != "" {
			kept.Set(n, v)
		}
	}
	v := claimsView{Q: q, Categories: armsledger.Categories, Statuses: allStatuses, Claims: claims,
		CSV: "/claims.csv?" + kept.Encode()}
	if len(claims) > limit {
		v.Claims = claims[:limit]
		next := url.Values{}
		for k, vs := range kept {
			next[k] = vs
		}
		next.Set("after", strconv.FormatInt(claims[limit-1].ID, 10))
		if q.Get("limit") != "" {
			next.Set("limit", strconv.Itoa(limit))
		}
		v.Next = "/claims?" + next.Encode()
	}
	return s.render(w, http.StatusOK, "claims", pageData{Title: "Claims", Nav: "claims", Data: v})
}

// claimsCSV serves GET /claims.csv: every claim the filters select, with
// the columns of `armsledger claims --csv`.
func (s *Server) claimsCSV(w http.ResponseWriter, r *http.Request) error {
	p := &params{q: r.URL.Query()}
	f, err := s.claimFilter(r.Context(), p)
	if err != nil {
		return err
	}
	// Read the first page before any byte is sent, so that a failing store
	// is still an error page.
	f.Limit = csvPage
	claims, err := s.store.Claims(r.Context(), f)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="claims.csv"`)
	err = archive.WriteCSV(w, func(cw *csv.Writer) error {
		if err := cw.Write(archive.ClaimHeader); err != nil {
			return err
		}
		for {
			for _, c := range claims {
				if err := cw.Write(archive.ClaimRow(c)); err != nil {
					return err
				}
			}
			if len(claims) < csvPage {
				return nil
			}
			f.After = claims[len(claims)-1].ID
			if claims, err = s.store.Claims(r.Context(), f); err != nil {
				return err
			}
		}
	})
	if err != nil {
		// The status is sent: all the client sees is a cut file.
		s.opt.Logger.Error("claims.csv failed", "err", err)
	}
	return nil
}

// documentView is the data of a document's page.
type documentView struct {
	Doc      armsledger.Document
	Segments []segment
	Claims   []armsledger.StoredClaim
}

// documentPage serves GET /documents/{id}: the text with each claim's
// evidence highlighted as <mark id="c123">, and the claims, each linked to
// its evidence.
func (s *Server) documentPage(w http.ResponseWriter, r *http.Request) error {
	d, err := ledgerview.ResolveDocument(r.Context(), s.store, r.PathValue("id"))
	if err != nil {
		return err
	}
	dc, err := s.withClaims(r, d)
	if err != nil {
		return err
	}
	v := documentView{Doc: dc.Document, Segments: segments(d.Text, dc.Claims), Claims: dc.Claims}
	title := d.Title
	if title == "" {
		title = "Document " + shortID(d.ID)
	}
	return s.render(w, http.StatusOK, "document", pageData{Title: title, Nav: "claims", Data: v})
}
