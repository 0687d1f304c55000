package archive

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"armsledger"
	"armsledger/ingest"
)

// maxLine caps one line of an export: a document's text is at most
// ingest's size limit (10 MB), a little more once escaped as JSON.
const maxLine = 64 << 20

// group is one document of an export with its claims and reviews.
type group struct {
	doc     armsledger.Document
	claims  []armsledger.StoredClaim
	reviews []armsledger.StoredReview
}

// Import reads an export written by Export into s, a document at a time.
// Documents without reviews are stored in batches; a document with reviews
// is rebuilt by replaying its history through the Store interface: its
// reviews are added again in order, each on a machine claim equal to the
// one the reviewer judged (re-extracting the document in between where the
// judged claim was not the final one), so that each review keeps its root,
// its snapshot, its time and its corrected claim, and the document ends
// with the exported machine claims. The new store gives new IDs; every
// other field is kept. A document the store already holds is skipped with
// its claims and reviews, and counted as Known.
func Import(ctx context.Context, s armsledger.Store, r io.Reader) (Counts, error) {
	var n Counts
	im := importer{store: s, n: &n}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), maxLine)
	var cur *group
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var head struct {
			Type   string `json:"type"`
			Format string `json:"format"`
		}
		if err := json.Unmarshal(b, &head); err != nil {
			return n, fmt.Errorf("import: line %d: %w", line, err)
		}
		var err error
		switch head.Type {
		case TypeHeader:
			if head.Format != Format {
				err = fmt.Errorf("format %q, want %q", head.Format, Format)
			}
		case TypeDocument:
			if cur != nil {
				if err := im.add(ctx, cur); err != nil {
					return n, err
				}
			}
			var rec DocumentRecord
			if err = json.Unmarshal(b, &rec); err == nil {
				// The ledger links to a document's url: refuse what ingest refuses.
				if err = ingest.CheckURL(rec.URL); err != nil {
					err = fmt.Errorf("document %s: %w", rec.ID, err)
				}
			}
			cur = &group{doc: rec.Document}
		case TypeClaim:
			var rec ClaimRecord
			if err = json.Unmarshal(b, &rec); err == nil {
				if cur == nil || rec.DocumentID != cur.doc.ID {
					err = errors.New("a claim not after its document")
				} else {
					cur.claims = append(cur.claims, rec.StoredClaim)
				}
			}
		case TypeReview:
			var rec ReviewRecord
			if err = json.Unmarshal(b, &rec); err == nil {
				if cur == nil || rec.DocumentID != cur.doc.ID {
					err = errors.New("a review not after its document")
				} else {
					cur.reviews = append(cur.reviews, rec.StoredReview)
				}
			}
		default:
			err = fmt.Errorf("unknown record type %q", head.Type)
		}
		if err != nil {
			return n, fmt.Errorf("import: line %d: %w", line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return n, fmt.Errorf("import: after line %d: %w", line, err)
	}
	if cur != nil {
		if err := im.add(ctx, cur); err != nil {
			return n, err
		}
	}
	if err := im.flush(ctx); err != nil {
		return n, err
	}
	return n, nil
}

// batchSize is how many documents without reviews go in one transaction.
const batchSize = 256

type importer struct {
	store armsledger.Store
	n     *Counts
	batch []armsledger.DocumentClaims
}

// add imports one document: batched when it has no reviews, replayed now
// when it has.
func (im *importer) add(ctx context.Context, g *group) error {
	var machine []armsledger.Claim
	for _, c := range g.claims {
		if c.Corrected {
			if len(g.reviews) == 0 {
				return fmt.Errorf("import: document %s: corrected claim %d has no review", g.doc.ID, c.ID)
			}
			continue // the review that made it makes it again
		}
		machine = append(machine, c.Claim)
	}
	if len(g.reviews) == 0 {
		im.batch = append(im.batch, armsledger.DocumentClaims{Document: g.doc, Claims: machine})
		if len(im.batch) >= batchSize {
			return im.flush(ctx)
		}
		return nil
	}
	if err := im.flush(ctx); err != nil { // keep the store in export order
		return err
	}
	if err := im.replay(ctx, g, machine); err != nil {
		return fmt.Errorf("import: document %s: %w", g.doc.ID, err)
	}
	return nil
}

func (im *importer) flush(ctx context.Context) error {
	if len(im.batch) == 0 {
		return nil
	}
	created, err := im.store.PutDocuments(ctx, im.batch)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	for i, ok := range created {
		if ok {
			im.n.Documents++
			im.n.Claims += len(im.batch[i].Claims)
		} else {
			im.n.Known++
		}
	}
	clear(im.batch)
	im.batch = im.batch[:0]
	return nil
}

// replay rebuilds a reviewed document's history; see Import.
func (im *importer) replay(ctx context.Context, g *group, final []armsledger.Claim) error {
	s, doc := im.store, g.doc
	corrected := make(map[int64]bool) // exported IDs of corrected claims
	exported := make(map[int64]bool)  // exported IDs of all claims
	for _, c := range g.claims {
		exported[c.ID] = true
		if c.Corrected {
			corrected[c.ID] = true
		}
	}
	state := clone(final)
	created, err := s.PutDocument(ctx, doc, state)
	if err != nil {
		return err
	}
	if !created {
		im.n.Known++
		return nil
	}
	newID := make(map[int64]int64) // exported ID of a corrected claim → its new ID
	// A review whose claim re-extraction deleted was followed by a
	// re-extraction in the exported ledger; one whose claim is still
	// there was not, so it was made on the final claims. stale is true
	// while the claims that reviews of the first kind judged are still
	// stored here: before a review of the second kind, and at the end,
	// the final claims replace them.
	stale := false
	for _, r := range g.reviews {
		var target int64
		if exported[r.ClaimID] && !corrected[r.ClaimID] && (stale || !sameClaims(state, final)) {
			// The claim is still stored in the export: no re-extraction
			// came after this review, so the final claims were there.
			state = clone(final)
			if err := s.ReplaceClaims(ctx, doc.ID, doc.Extractor, state); err != nil {
				return err
			}
			stale = false
		}
		if corrected[r.ClaimID] {
			target = newID[r.ClaimID]
			if target == 0 {
				return fmt.Errorf("review %d judges corrected claim %d before a review made it", r.ID, r.ClaimID)
			}
		} else {
			if target, state, err = judgedClaim(ctx, s, doc, state, r); err != nil {
				return fmt.Errorf("review %d: %w", r.ID, err)
			}
		}
		stored, err := s.AddReview(ctx, armsledger.Review{ClaimID: target, Verdict: r.Verdict,
			Corrected: r.Corrected, Reviewer: r.Reviewer, Note: r.Note, Created: r.Created})
		if err != nil {
			return fmt.Errorf("review %d: %w", r.ID, err)
		}
		if stored.ClaimKey != r.ClaimKey {
			return fmt.Errorf("review %d: its root's key came out as %s, not %s", r.ID, stored.ClaimKey, r.ClaimKey)
		}
		if r.Verdict == armsledger.Correct {
			newID[r.Decided] = stored.Decided
		}
		if !exported[r.ClaimID] {
			stale = true
		}
	}
	if stale || !sameClaims(state, final) {
		if err := s.ReplaceClaims(ctx, doc.ID, doc.Extractor, final); err != nil {
			return err
		}
	}
	im.n.Documents++
	im.n.Claims += len(g.claims)
	im.n.Reviews += len(g.reviews)
	return nil
}

// judgedClaim returns the ID of the machine claim that review r judged,
// re-extracting the document with the judged claim in place first when the
// store's machine claims (state) do not hold it as it was. It returns the
// new state.
func judgedClaim(ctx context.Context, s armsledger.Store, doc armsledger.Document,
	state []armsledger.Claim, r armsledger.StoredReview) (int64, []armsledger.Claim, error) {
	i := indexOf(armsledger.ClaimKeys(state), r.ClaimKey)
	if i < 0 || !sameClaim(state[i], r.Judged) {
		state = clone(state)
		if i < 0 {
			state = append(state, r.Judged)
			i = len(state) - 1
		} else {
			state[i] = r.Judged
		}
		if got := armsledger.ClaimKeys(state)[i]; got != r.ClaimKey {
			return 0, nil, fmt.Errorf("the judged claim's key comes out as %s, not %s", got, r.ClaimKey)
		}
		if err := s.ReplaceClaims(ctx, doc.ID, doc.Extractor, state); err != nil {
			return 0, nil, err
		}
	}
	// Machine claims are stored in order, so the i-th is state[i].
	stored, err := s.Claims(ctx, armsledger.ClaimFilter{DocumentID: doc.ID, Raw: true})
	if err != nil {
		return 0, nil, err
	}
	k := 0
	for _, c := range stored {
		if c.Corrected {
			continue
		}
		if k == i {
			return c.ID, state, nil
		}
		k++
	}
	return 0, nil, fmt.Errorf("the judged claim is not stored")
}

func indexOf(keys []string, key string) int {
	for i, k := range keys {
		if k == key {
			return i
		}
	}
	return -1
}

func clone(cs []armsledger.Claim) []armsledger.Claim { return append([]armsledger.Claim(nil), cs...) }

// sameClaim compares claims by their JSON, every field included.
func sameClaim(a, b armsledger.Claim) bool {
	ja, err1 := json.Marshal(a)
	jb, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && bytes.Equal(ja, jb)
}

func sameClaims(a, b []armsledger.Claim) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !sameClaim(a[i], b[i]) {
			return false
		}
	}
	return true
}
