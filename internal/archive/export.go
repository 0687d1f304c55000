// Package archive writes a ledger out and reads it back: JSON Lines that
// hold everything a store keeps (documents with their text, machine and
// corrected claims, reviews with their roots), so that an import into a
// fresh store gives the same ledger, and CSV tables for spreadsheets.
package archive

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"armsledger"
)

// Format names the JSON Lines export format in its header line.
const Format = "armsledger-export/1"

// Record types, the "type" field of each line.
const (
	TypeHeader   = "header"
	TypeDocument = "document"
	TypeClaim    = "claim"
	TypeReview   = "review"
)

// Header is the first line of an export.
type Header struct {
	Type     string    `json:"type"`
	Format   string    `json:"format"`
	Exported time.Time `json:"exported"`
}

// DocumentRecord is a document line, its text included.
type DocumentRecord struct {
	Type string `json:"type"`
	armsledger.Document
}

// ClaimRecord is a claim line: a machine claim, or a reviewer's corrected
// claim (Corrected set).
type ClaimRecord struct {
	Type string `json:"type"`
	armsledger.StoredClaim
}

// ReviewRecord is a review line, with its root (DocumentID, ClaimKey), the
// claim it judged, and the corrected claim it made, if any.
type ReviewRecord struct {
	Type string `json:"type"`
	armsledger.StoredReview
}

// pageSize is how many documents, claims or reviews an export reads at a
// time, so that memory stays flat however large the ledger.
const pageSize = 500

// Export writes the ledger as JSON Lines: a header, then each document
// followed by all its claims (machine and corrected, by ID) and all its
// reviews (by ID). Grouping by document lets Import read one document at
// a time.
func Export(ctx context.Context, s armsledger.Store, w io.Writer) (Counts, error) {
	var n Counts
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(Header{Type: TypeHeader, Format: Format, Exported: time.Now().UTC()}); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	err := eachDocument(ctx, s, func(d armsledger.Document) error {
		if err := enc.Encode(DocumentRecord{TypeDocument, d}); err != nil {
			return err
		}
		n.Documents++
		claims, err := s.Claims(ctx, armsledger.ClaimFilter{DocumentID: d.ID, Raw: true})
		if err != nil {
			return err
		}
		for _, c := range claims {
			if err := enc.Encode(ClaimRecord{TypeClaim, c}); err != nil {
				return err
			}
			n.Claims++
		}
		reviews, err := s.Reviews(ctx, armsledger.ReviewFilter{DocumentID: d.ID})
		if err != nil {
			return err
		}
		for _, r := range reviews {
			if err := enc.Encode(ReviewRecord{TypeReview, r}); err != nil {
				return err
			}
			n.Reviews++
		}
		return nil
	})
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, nil
}

// Counts counts what an export wrote or an import read.
type Counts struct {
	Documents, Claims, Reviews int
	// Known counts the documents an import found already stored and left
	// as they were, with their claims and reviews.
	Known int
}

// String reads "N documents, C claims, R reviews".
func (c Counts) String() string {
	s := fmt.Sprintf("%d documents, %d claims, %d reviews", c.Documents, c.Claims, c.Reviews)
	if c.Known > 0 {
		s += fmt.Sprintf(" (%d documents already stored, skipped)", c.Known)
	}
	return s
}

// eachDocument calls fn with every document, text included, by ID, a page
// at a time.
func eachDocument(ctx context.Context, s armsledger.Store, fn func(armsledger.Document) error) error {
	after := ""
	for {
		docs, err := s.Documents(ctx, armsledger.DocumentFilter{After: after, Limit: pageSize, WithText: true})
		if err != nil {
			return err
		}
		for _, d := range docs {
			if err := fn(d); err != nil {
				return err
			}
		}
		if len(docs) < pageSize {
			return nil
		}
		after = docs[len(docs)-1].ID
	}
}
