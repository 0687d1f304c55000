package pipeline

import (
	"context"
	"fmt"

	"armsledger"
	"armsledger/extract"
	"armsledger/ingest"
)

// ReextractSummary counts what a re-extraction did.
type ReextractSummary struct {
	// Documents is the number of documents read again.
	Documents int
	// Removed and Added count the machine claims deleted and inserted.
	// Reviews and corrected claims are kept.
	Removed, Added int
}

// String reads "N documents re-read: M claims replaced by K".
func (s ReextractSummary) String() string {
	return fmt.Sprintf("%d documents re-read: %d claims replaced by %d", s.Documents, s.Removed, s.Added)
}

// Reextract runs the extractor again over every document that another
// extractor version read, replacing its machine claims in one transaction
// per document. Reviews stay and apply to the new claims with the same key
// (see armsledger.Store). A document done stays done if a later one fails.
func Reextract(ctx context.Context, store armsledger.Store) (ReextractSummary, error) {
	var sum ReextractSummary
	version := extract.Version()
	ids, err := store.DocumentsByExtractor(ctx, version)
	if err != nil {
		return sum, fmt.Errorf("reextract: %w", err)
	}
	for _, id := range ids {
		doc, err := store.Document(ctx, id)
		if err != nil {
			return sum, fmt.Errorf("reextract: %w", err)
		}
		old, err := store.Claims(ctx, armsledger.ClaimFilter{DocumentID: id, Raw: true})
		if err != nil {
			return sum, fmt.Errorf("reextract %s: %w", id, err)
		}
		published, err := ingest.ParseDate(doc.Published)
		if err != nil {
			return sum, fmt.Errorf("reextract %s: %w", id, err)
		}
		claims := extract.Extract(doc.Text, extract.Options{Published: published, Outlet: doc.Outlet})
		if err := store.ReplaceClaims(ctx, id, version, claims); err != nil {
			return sum, fmt.Errorf("reextract: %w", err)
		}
		sum.Documents++
		sum.Added += len(claims)
		for _, c := range old {
			if !c.Corrected {
				sum.Removed++
			}
		}
	}
	return sum, nil
}
