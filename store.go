package armsledger

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Store keeps documents, the claims extracted from them and people's reviews
// of those claims. store/sqlite and store/postgres implement it with the same
// semantics, checked by one contract suite in store/storetest.
//
// Writes are atomic: a document lands with all of its claims or not at all,
// so a crash mid-ingest leaves nothing half-written and a rerun finishes the
// job. Times are kept to the microsecond and returned in UTC. An absent
// document, claim or review is an ENOTFOUND error, never a zero value; bad
// input is EINVALID, including claims that break the schema's checks (a
// negative span, a confidence outside [0, 1], an empty category or status).
//
// # Reviews and re-extraction
//
// Re-extraction deletes a document's machine claims and inserts new ones with
// new IDs, so a review cannot hang on a claim ID. It hangs on the claim's
// root: its document and its ClaimKey, a hash of the fields that say what the
// claim asserts and where (span, suppliers, recipients, category, status,
// quantity). When a later extraction yields a claim with the same key, the
// review applies to it; when none does, the review stays, listed as orphaned
// with the snapshot of the claim it judged. A correction is stored as a claim
// row with Corrected set, carrying its root's key; ReplaceClaims never
// deletes such rows.
//
// For each root the decisive review is the latest one (by Created, then ID),
// and the effective claims of a root are:
//   - no review, or Accept of the machine claim: the machine claim, while an
//     extraction still yields it;
//   - Reject: nothing;
//   - Correct: its corrected claim, whether or not the machine claim is still
//     extracted, since a person read the text and the machine may have lost it;
//   - Accept of a corrected claim: that corrected claim.
//
// Reviewing a corrected claim reviews its root, so a later Reject hides it
// and a later Accept of the machine claim brings the machine claim back.
// Older corrections stay stored as history but are no longer effective.
type Store interface {
	// PutDocument stores a document and its machine claims in one
	// transaction. It is idempotent by doc.ID: when the document already
	// exists it is left as it is, the claims are ignored, and created is false.
	PutDocument(ctx context.Context, doc Document, claims []Claim) (created bool, err error)
	// PutDocuments is PutDocument for many documents in one transaction,
	// which an ingest should prefer: it is several times faster per
	// document. Either every document lands or none does; created[i] tells
	// whether docs[i] was new (false for a repeat of an earlier one).
	PutDocuments(ctx context.Context, docs []DocumentClaims) (created []bool, err error)
	// ReplaceClaims re-extracts a document in one transaction: it deletes the
	// document's machine claims, inserts claims in their place, and records
	// extractor as the document's extractor version. Reviews and corrected
	// claims are kept.
	ReplaceClaims(ctx context.Context, docID, extractor string, claims []Claim) error
	// Document returns the document with the given ID.
	Document(ctx context.Context, id string) (Document, error)
	// Documents lists documents ordered by ID.
	Documents(ctx context.Context, f DocumentFilter) ([]Document, error)
	// DocumentsByExtractor returns, ordered, the IDs of the documents last
	// read by an extractor version other than notVersion: the ones to
	// re-extract.
	DocumentsByExtractor(ctx context.Context, notVersion string) ([]string, error)
	// Claim returns the stored claim with the given ID, machine or corrected,
	// whatever its reviews say.
	Claim(ctx context.Context, id int64) (StoredClaim, error)
	// Claims lists claims ordered by ID: the effective claims unless f.Raw.
	Claims(ctx context.Context, f ClaimFilter) ([]StoredClaim, error)
	// AddReview records a review of the claim r.ClaimID. A zero r.Created is
	// the current time; r.ID is assigned.
	AddReview(ctx context.Context, r Review) (StoredReview, error)
	// Reviews lists reviews ordered by ID.
	Reviews(ctx context.Context, f ReviewFilter) ([]StoredReview, error)
	// Version returns a number that every committed write (PutDocument,
	// PutDocuments, ReplaceClaims, AddReview), by this process or another,
	// changes, in the write's own transaction: a cache of what the ledger
	// says stays valid while the version read before filling it is the
	// same. It is one row read, cheap enough to read per request.
	Version(ctx context.Context) (int64, error)
	// Close releases the store's connections.
	Close() error
}

// DocumentClaims is a document with the machine claims extracted from it.
type DocumentClaims struct {
	Document Document `json:"document"`
	Claims   []Claim  `json:"claims"`
}

// StoredReview is a review as the store keeps it, with the root it applies to.
type StoredReview struct {
	Review
	// DocumentID and ClaimKey name the review's root (see Store).
	DocumentID string `json:"document_id"`
	ClaimKey   string `json:"claim_key"`
	// Judged is the claim as the reviewer saw it.
	Judged Claim `json:"judged"`
	// Decided is, for Correct, the ID of the corrected claim row it made and,
	// for an Accept of a corrected claim, that claim's ID; else 0.
	Decided int64 `json:"decided,omitempty"`
	// Current is the ID of the machine claim that now carries ClaimKey in the
	// document, or 0 when re-extraction no longer yields it: the review is
	// orphaned. Review.ClaimID stays the ID the reviewer judged.
	Current int64 `json:"current,omitempty"`
}

// DocumentFilter selects documents. Zero fields do not filter.
type DocumentFilter struct {
	Outlet string
	// Since and Until bound the published date, both inclusive (YYYY-MM-DD).
	// Documents of unknown date are left out when either is set.
	Since, Until string
	// Query is a full-text search over the text, in web-search syntax:
	// words (all must occur), "quoted phrases", OR, and -word to exclude.
	Query string
	// After is a cursor: only documents with an ID greater than After.
	After string
	// Limit caps the number of documents; 0 means no cap.
	Limit int
	// WithText fills Document.Text; listings leave it empty by default.
	WithText bool
}

// Validate reports an EINVALID error for a malformed filter.
func (f DocumentFilter) Validate() error {
	if err := validDates(f.Since, f.Until); err != nil {
		return err
	}
	if f.Limit < 0 {
		return Errorf(EINVALID, "limit %d is negative", f.Limit)
	}
	return nil
}

// ClaimFilter selects claims. Zero fields do not filter.
type ClaimFilter struct {
	// Supplier and Recipient are actor codes ("KP", "EU"), matched exactly
	// against any of the claim's suppliers or recipients.
	Supplier, Recipient string
	Category            Category
	Status              Status
	// Since and Until bound the document's published date, both inclusive
	// (YYYY-MM-DD). Claims of documents of unknown date are left out when
	// either is set.
	Since, Until string
	// Query is a full-text search over the document text, as in
	// DocumentFilter.
	Query      string
	DocumentID string
	// After is a cursor: only claims with an ID greater than After.
	After int64
	// Limit caps the number of claims; 0 means no cap.
	Limit int
	// Raw lists every stored claim, machine and corrected, ignoring reviews.
	Raw bool
}

// Validate reports an EINVALID error for a malformed filter.
func (f ClaimFilter) Validate() error {
	if err := validDates(f.Since, f.Until); err != nil {
		return err
	}
	if f.Category != "" && !slices.Contains(Categories, f.Category) {
		return Errorf(EINVALID, "unknown category %q", f.Category)
	}
	if f.Status != "" && !slices.Contains(statuses, f.Status) {
		return Errorf(EINVALID, "unknown status %q", f.Status)
	}
	if f.Limit < 0 {
		return Errorf(EINVALID, "limit %d is negative", f.Limit)
	}
	if f.After < 0 {
		return Errorf(EINVALID, "cursor %d is negative", f.After)
	}
	return nil
}

// ReviewFilter selects reviews. Zero fields do not filter.
type ReviewFilter struct {
	// ClaimID selects the reviews of the claim's root: for a machine claim,
	// every review of it or of an earlier extraction of it or of a correction
	// of it. The claim must exist.
	ClaimID    int64
	DocumentID string
	// Orphaned keeps only reviews whose machine claim re-extraction dropped.
	Orphaned bool
	// After is a cursor: only reviews with an ID greater than After.
	After int64
	// Limit caps the number of reviews; 0 means no cap.
	Limit int
}

// Validate reports an EINVALID error for a malformed filter.
func (f ReviewFilter) Validate() error {
	if f.Limit < 0 {
		return Errorf(EINVALID, "limit %d is negative", f.Limit)
	}
	if f.ClaimID < 0 || f.After < 0 {
		return Errorf(EINVALID, "claim ID and cursor must not be negative")
	}
	return nil
}

// statuses lists every status, to validate filters and corrections.
var statuses = []Status{Delivered, Committed, Requested, Expected, Capacity, Denied}

// ValidateDocument reports an EINVALID error for a document the ledger cannot
// keep: one without an ID or with a malformed published date.
func ValidateDocument(d Document) error {
	if d.ID == "" {
		return Errorf(EINVALID, "document has no ID")
	}
	if d.Published != "" && !isDate(d.Published) {
		return Errorf(EINVALID, "document %s: published %q is not YYYY-MM-DD", d.ID, d.Published)
	}
	return nil
}

// ValidateReview reports an EINVALID error for a review that names no
// reviewer, has an unknown verdict, or carries a corrected claim exactly when
// its verdict is not Correct. A corrected claim, written by a person, must use
// a known category and status and a well-formed span.
func ValidateReview(r Review) error {
	if strings.TrimSpace(r.Reviewer) == "" {
		return Errorf(EINVALID, "review names no reviewer")
	}
	switch r.Verdict {
	case Accept, Reject:
		if r.Corrected != nil {
			return Errorf(EINVALID, "a %s review carries no corrected claim", r.Verdict)
		}
		return nil
	case Correct:
	default:
		return Errorf(EINVALID, "unknown verdict %q", r.Verdict)
	}
	c := r.Corrected
	switch {
	case c == nil:
		return Errorf(EINVALID, "a correct review needs the corrected claim")
	case !slices.Contains(Categories, c.Category):
		return Errorf(EINVALID, "corrected claim: unknown category %q", c.Category)
	case !slices.Contains(statuses, c.Status):
		return Errorf(EINVALID, "corrected claim: unknown status %q", c.Status)
	case c.Span.Start < 0 || c.Span.End < c.Span.Start:
		return Errorf(EINVALID, "corrected claim: bad span [%d,%d)", c.Span.Start, c.Span.End)
	case !(c.Confidence >= 0 && c.Confidence <= 1):
		return Errorf(EINVALID, "corrected claim: confidence %v is outside [0, 1]", c.Confidence)
	}
	return nil
}

// ClaimKey identifies what a claim asserts and where, so that a review of it
// finds the same claim again after re-extraction. It is the first 16 bytes,
// in hex, of the SHA-256 of the span, the sorted suppliers and recipients, the
// category, the status and the quantity. Item, speaker, outlets, time,
// scope, evidence, confidence and rule are left out: they may change with the
// extractor without the claim becoming another claim.
func ClaimKey(c Claim) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d:%d\x1f", c.Span.Start, c.Span.End)
	for _, actors := range [][]string{c.Suppliers, c.Recipients} {
		s := slices.Clone(actors)
		slices.Sort(s)
		b.WriteString(strings.Join(s, "\x1e"))
		b.WriteByte('\x1f')
	}
	fmt.Fprintf(&b, "%s\x1f%s\x1f", c.Category, c.Status)
	if q := c.Quantity; q != nil {
		fmt.Fprintf(&b, "%s\x1e%s\x1e%s\x1e%s", bound(q.Min), bound(q.Max), q.Unit, q.Qualifier)
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:16])
}

// ClaimKeys returns the keys of a document's claims, unique within it: a claim
// whose key an earlier claim already has gets "-2", "-3", ... appended, in
// order, so a deterministic extractor gives repeated claims the same keys
// again.
func ClaimKeys(claims []Claim) []string {
	keys := make([]string, len(claims))
	seen := make(map[string]int, len(claims))
	for i, c := range claims {
		k := ClaimKey(c)
		seen[k]++
		if n := seen[k]; n > 1 {
			k += "-" + strconv.Itoa(n)
		}
		keys[i] = k
	}
	return keys
}

func bound(f *float64) string {
	if f == nil {
		return "-"
	}
	return strconv.FormatFloat(*f, 'g', -1, 64)
}

func validDates(since, until string) error {
	for _, d := range []string{since, until} {
		if d != "" && !isDate(d) {
			return Errorf(EINVALID, "date %q is not YYYY-MM-DD", d)
		}
	}
	return nil
}

func isDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil && len(s) == len(time.DateOnly)
}
