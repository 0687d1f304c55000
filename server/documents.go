package server

import (
	"errors"
	"net/http"
	"strings"
	"time"

	"armsledger"
	"armsledger/extract"
	"armsledger/ingest"
	"armsledger/internal/ledgerview"
)

// DocumentList is a page of documents, without their texts. Next is the
// cursor of the following page ("after"), empty on the last page.
type DocumentList struct {
	Documents []armsledger.Document `json:"documents"`
	Next      string                `json:"next"`
}

// DocumentClaims is a document with its text and its effective claims.
type DocumentClaims struct {
	Document armsledger.Document      `json:"document"`
	Claims   []armsledger.StoredClaim `json:"claims"`
}

// PostedDocument is the answer to POST /api/documents: the stored document,
// whether this request created it, and its claims.
type PostedDocument struct {
	DocumentClaims
	Created bool `json:"created"`
}

// DocumentInput is the body of POST /api/documents: an article's text and
// what is known about it, or only a URL to fetch when fetching is allowed.
type DocumentInput struct {
	Text      string `json:"text"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
}

// listDocuments serves GET /api/documents: filters outlet, since, until,
// q; pages by after and limit.
func (s *Server) listDocuments(w http.ResponseWriter, r *http.Request) error {
	p := &params{q: r.URL.Query()}
	f := armsledger.DocumentFilter{Outlet: p.str("outlet"), Since: p.str("since"), Until: p.str("until"),
		Query: p.str("q"), After: p.str("after")}
	return s.pageDocuments(w, r, p, f)
}

// search serves GET /api/search: documents whose text matches q.
func (s *Server) search(w http.ResponseWriter, r *http.Request) error {
	p := &params{q: r.URL.Query()}
	f := armsledger.DocumentFilter{Query: p.str("q"), After: p.str("after")}
	if f.Query == "" {
		return errorf(armsledger.EINVALID, "search needs q: words, \"quoted phrases\", OR, -word")
	}
	return s.pageDocuments(w, r, p, f)
}

func (s *Server) pageDocuments(w http.ResponseWriter, r *http.Request, p *params, f armsledger.DocumentFilter) error {
	limit := p.limit()
	if p.err != nil {
		return p.err
	}
	if err := f.Validate(); err != nil {
		return err
	}
	// One more than the page tells whether there is a next page.
	f.Limit = limit + 1
	docs, err := s.store.Documents(r.Context(), f)
	if err != nil {
		return err
	}
	out := DocumentList{Documents: docs}
	if len(docs) > limit {
		out.Documents = docs[:limit]
		out.Next = docs[limit-1].ID
	}
	if out.Documents == nil {
		out.Documents = []armsledger.Document{}
	}
	return writeJSON(w, http.StatusOK, out)
}

// getDocument serves GET /api/documents/{id}: the document (ID or unique
// prefix) with its text and effective claims.
func (s *Server) getDocument(w http.ResponseWriter, r *http.Request) error {
	d, err := ledgerview.ResolveDocument(r.Context(), s.store, r.PathValue("id"))
	if err != nil {
		return err
	}
	out, err := s.withClaims(r, d)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, out)
}

func (s *Server) withClaims(r *http.Request, d armsledger.Document) (DocumentClaims, error) {
	claims, err := s.store.Claims(r.Context(), armsledger.ClaimFilter{DocumentID: d.ID})
	if err != nil {
		return DocumentClaims{}, err
	}
	if claims == nil {
		claims = []armsledger.StoredClaim{}
	}
	return DocumentClaims{Document: d, Claims: claims}, nil
}

// postDocument serves POST /api/documents: it normalizes the text (or
// fetches the URL), extracts its claims and stores both. 201 when the
// document is new, 200 when the ledger already had it.
func (s *Server) postDocument(w http.ResponseWriter, r *http.Request) error {
	var in DocumentInput
	if err := decode(r, &in); err != nil {
		return err
	}
	var t ingest.Text
	switch {
	case strings.TrimSpace(in.Text) != "":
		if err := ingest.CheckURL(in.URL); err != nil {
			return errorf(armsledger.EINVALID, "%v", err)
		}
		t = ingest.Text{Body: ingest.Normalize(in.Text), Title: in.Title, Outlet: in.Outlet, URL: in.URL}
	case in.URL != "":
		if s.fetcher == nil {
			return errorf(EFORBIDDEN, "fetching URLs is off: post the text, or start the server with --allow-fetch")
		}
		var err error
		if t, err = s.fetch(r, in.URL); err != nil {
			return err
		}
		t.Title = firstOf(in.Title, t.Title)
		t.Outlet = firstOf(in.Outlet, t.Outlet)
	default:
		return errorf(armsledger.EINVALID, "a document needs text (or a url to fetch)")
	}
	if in.Published != "" {
		d, err := time.Parse(time.DateOnly, in.Published)
		if err != nil {
			return errorf(armsledger.EINVALID, "published %q is not YYYY-MM-DD", in.Published)
		}
		t.Published = d
	}
	doc := t.Document(s.opt.Now().UTC())
	doc.Extractor = extract.Version()
	claims := extract.Extract(doc.Text, extract.Options{Published: t.Published, Outlet: t.Outlet})
	if err := armsledger.ValidateDocument(doc); err != nil {
		return err
	}
	created, err := s.store.PutDocument(r.Context(), doc, claims)
	if err != nil {
		return err
	}
	stored, err := s.store.Document(r.Context(), doc.ID)
	if err != nil {
		return err
	}
	out, err := s.withClaims(r, stored)
	if err != nil {
		return err
	}
	status := http.StatusOK
	if created {
		status = http.StatusCreated
		w.Header().Set("Location", "/api/documents/"+doc.ID)
	}
	return writeJSON(w, status, PostedDocument{out, created})
}

// fetch reads the page at rawURL through the safe fetcher and says why
// it could not.
func (s *Server) fetch(r *http.Request, rawURL string) (ingest.Text, error) {
	t, err := s.fetcher.Fetch(r.Context(), rawURL)
	var refused *RefusedAddressError
	switch {
	case err == nil:
		return t, nil
	case errors.As(err, &refused):
		return t, &armsledger.Error{Code: EFORBIDDEN, Message: "fetch " + rawURL + ": " + refused.Error(), Err: err}
	case errors.Is(err, ingest.ErrUnsupported), errors.Is(err, ingest.ErrTooLarge):
		return t, &armsledger.Error{Code: armsledger.EINVALID, Message: err.Error(), Err: err}
	}
	return t, &armsledger.Error{Code: EFETCH, Message: err.Error(), Err: err}
}

func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
