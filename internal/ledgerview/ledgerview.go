// Package ledgerview reads what reconciliation needs from a store: the
// effective claims a filter selects, each with the outlet, URL and
// publication date of its document, as reconcile.Source values. It is the
// one data path from armsledger.Store to package reconcile.
package ledgerview

import (
	"context"
	"fmt"
	"strings"
	"time"

	"armsledger"
	"armsledger/reconcile"
)

// PageSize is the number of claims Load asks the store for at a time.
const PageSize = 5000

// Loader reads sources from a store.
type Loader struct {
	Store armsledger.Store
	// PageSize is the number of claims read per query; 0 means PageSize.
	PageSize int
}

// Load reads the sources of the effective claims f selects with the
// default page size. See Loader.Load.
func Load(ctx context.Context, s armsledger.Store, f armsledger.ClaimFilter) ([]reconcile.Source, error) {
	return Loader{Store: s}.Load(ctx, f)
}

// Load reads the effective claims that f selects (f.Raw is honoured), page
// by page in order of claim ID with f.After as the cursor, so that no query
// is unbounded; f.Limit is the page size's and is overwritten. Each distinct
// document is read once. Sources come in claim ID order, with Scope left
// empty so that reconcile reads each claim's own scope.
func (l Loader) Load(ctx context.Context, f armsledger.ClaimFilter) ([]reconcile.Source, error) {
	if err := f.Validate(); err != nil {
		return nil, fmt.Errorf("load claims: %w", err)
	}
	page := l.PageSize
	if page <= 0 {
		page = PageSize
	}
	f.Limit = page
	docs := map[string]document{}
	var out []reconcile.Source
	for first := true; ; first = false {
		claims, err := l.Store.Claims(ctx, f)
		if err != nil {
			return nil, fmt.Errorf("load claims: %w", err)
		}
		if first && len(claims) == page {
			// Many claims: read every document's metadata in a few listing
			// queries rather than each document, text and all, one by one
			// (a hundred thousand look-ups took 20 s at a million claims).
			if err := l.allDocuments(ctx, docs); err != nil {
				return nil, err
			}
		}
		for _, c := range claims {
			d, ok := docs[c.DocumentID]
			if !ok {
				if d, err = l.document(ctx, c.DocumentID); err != nil {
					return nil, err
				}
				docs[c.DocumentID] = d
			}
			out = append(out, reconcile.Source{ClaimID: c.ID, DocumentID: c.DocumentID,
				Outlet: d.outlet, URL: d.url, Published: d.published, Claim: c.Claim})
		}
		if len(claims) < page {
			return out, nil
		}
		f.After = claims[len(claims)-1].ID
	}
}

// document is what a source keeps of its document: not the text.
type document struct {
	outlet, url string
	published   time.Time
}

// allDocuments reads the outlet, URL and date of every document, page by
// page and without texts, into docs.
func (l Loader) allDocuments(ctx context.Context, docs map[string]document) error {
	f := armsledger.DocumentFilter{Limit: PageSize}
	for {
		page, err := l.Store.Documents(ctx, f)
		if err != nil {
			return fmt.Errorf("load documents: %w", err)
		}
		for _, d := range page {
			m, err := metadata(d)
			if err != nil {
				return err
			}
			docs[d.ID] = m
		}
		if len(page) < PageSize {
			return nil
		}
		f.After = page[len(page)-1].ID
	}
}

// metadata keeps what a source needs of a document.
func metadata(d armsledger.Document) (document, error) {
	var published time.Time
	if d.Published != "" {
		var err error
		if published, err = time.Parse(time.DateOnly, d.Published); err != nil {
			return document{}, fmt.Errorf("load document %s: published %q is not YYYY-MM-DD: %w", d.ID, d.Published, err)
		}
	}
	return document{outlet: d.Outlet, url: d.URL, published: published}, nil
}

// document reads one document's outlet, URL and publication date.
func (l Loader) document(ctx context.Context, id string) (document, error) {
	d, err := l.Store.Document(ctx, id)
	if err != nil {
		return document{}, fmt.Errorf("load document %s: %w", id, err)
	}
	return metadata(d)
}

// ResolveDocument finds the document whose ID is id or starts with it, as
// the command line and the server accept a short ID ("f09d8e5e").
func ResolveDocument(ctx context.Context, s armsledger.Store, id string) (armsledger.Document, error) {
	id = strings.ToLower(strings.TrimSpace(id))
	if id == "" {
		return armsledger.Document{}, armsledger.Errorf(armsledger.EINVALID, "empty document ID")
	}
	if len(id) < 64 {
		// IDs that start with the prefix sort right after it.
		docs, err := s.Documents(ctx, armsledger.DocumentFilter{After: id, Limit: 2})
		if err != nil {
			return armsledger.Document{}, err
		}
		var found []string
		for _, d := range docs {
			if strings.HasPrefix(d.ID, id) {
				found = append(found, d.ID)
			}
		}
		switch len(found) {
		case 0:
			return armsledger.Document{}, armsledger.Errorf(armsledger.ENOTFOUND, "no document ID starts with %s", id)
		case 2:
			return armsledger.Document{}, armsledger.Errorf(armsledger.EINVALID, "%s is the start of more than one document ID", id)
		}
		id = found[0]
	}
	return s.Document(ctx, id)
}
