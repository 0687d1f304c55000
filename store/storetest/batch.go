package storetest

import (
	"fmt"
	"testing"

	"armsledger"
)

// batch returns n documents made from the fixtures, each with its own ID.
func batch(name string, n int) []armsledger.DocumentClaims {
	var out []armsledger.DocumentClaims
	for i := range n {
		f := fixtures()[i%3]
		f.doc.ID = docID(fmt.Sprintf("%s %d", name, i))
		out = append(out, armsledger.DocumentClaims{Document: f.doc, Claims: f.claims})
	}
	return out
}

func claimCount(dcs []armsledger.DocumentClaims) int {
	n := 0
	for _, dc := range dcs {
		n += len(dc.Claims)
	}
	return n
}

func testPutDocuments(t *testing.T, open func(*testing.T) armsledger.Store) {
	// Small batches and batches with many claims, which a store may write
	// another way.
	for _, size := range []int{1, 3, 40} {
		t.Run(fmt.Sprintf("%d documents", size), func(t *testing.T) {
			s := open(t)
			old := fixtures()[0]
			put(t, s, old)
			docs := batch("batch", size)
			repeat := docs[0]
			repeat.Claims = repeat.Claims[:1]
			docs = append(docs, armsledger.DocumentClaims{Document: old.doc}, repeat)
			created, err := s.PutDocuments(t.Context(), docs)
			if err != nil {
				t.Fatal(err)
			}
			want := make([]bool, size+2)
			for i := range size {
				want[i] = true
			}
			diff(t, "created", created, want)
			for _, dc := range docs[:size] {
				got := claims(t, s, armsledger.ClaimFilter{DocumentID: dc.Document.ID, Raw: true})
				diff(t, "claims of "+dc.Document.ID, withoutIDs(t, got), machine(dc.Document.ID, dc.Claims))
			}
			if n := len(claims(t, s, armsledger.ClaimFilter{Raw: true})); n != claimCount(docs[:size])+len(old.claims) {
				t.Errorf("%d claims stored, want %d", n, claimCount(docs[:size])+len(old.claims))
			}
		})
	}
	for _, size := range []int{3, 40} {
		t.Run(fmt.Sprintf("all or nothing of %d documents", size), func(t *testing.T) {
			s := open(t)
			docs := batch("failing batch", size)
			last := &docs[len(docs)-1]
			last.Claims = append([]armsledger.Claim(nil), last.Claims...)
			last.Claims[0].Confidence = -1
			created, err := s.PutDocuments(t.Context(), docs)
			wantCode(t, "PutDocuments", err, armsledger.EINVALID)
			if created != nil {
				t.Errorf("failed PutDocuments reported %v", created)
			}
			if ds, err := s.Documents(t.Context(), armsledger.DocumentFilter{}); err != nil || len(ds) > 0 {
				t.Errorf("failed PutDocuments left %d documents (err %v)", len(ds), err)
			}
			if cs := claims(t, s, armsledger.ClaimFilter{Raw: true}); len(cs) > 0 {
				t.Errorf("failed PutDocuments left %d claims", len(cs))
			}
			bad := batch("invalid", size)
			bad[1].Document.Published = "someday"
			_, err = s.PutDocuments(t.Context(), bad)
			wantCode(t, "PutDocuments with a bad date", err, armsledger.EINVALID)
		})
	}
	t.Run("empty", func(t *testing.T) {
		s := open(t)
		created, err := s.PutDocuments(t.Context(), nil)
		if err != nil || len(created) != 0 {
			t.Errorf("PutDocuments(nil) = %v, %v", created, err)
		}
	})
}

// testIndexesFollowWrites checks that the full-text and actor look-ups see
// every document and claim a batch, a re-extraction or a correction writes,
// and only those: a store may index a batch at once rather than row by row.
func testIndexesFollowWrites(t *testing.T, open func(*testing.T) armsledger.Store) {
	s := open(t)
	put(t, s, fixtures()[0]) // an earlier transaction, indexed before the batch
	docs := batch("indexed", 6)
	if _, err := s.PutDocuments(t.Context(), docs); err != nil {
		t.Fatal(err)
	}
	count := func(f armsledger.ClaimFilter) int { return len(claims(t, s, f)) }
	// Documents 0 and 3 of the batch are copies of fixture 0 (KP → RU twice).
	if n := count(armsledger.ClaimFilter{Supplier: "KP"}); n != 6 {
		t.Errorf("claims from KP: %d, want 6", n)
	}
	if n := count(armsledger.ClaimFilter{Query: "satellite"}); n != 9 {
		t.Errorf("claims of documents about satellites: %d, want 9", n)
	}
	ds, err := s.Documents(t.Context(), armsledger.DocumentFilter{Query: "Shahed"})
	if err != nil || len(ds) != 2 {
		t.Errorf("documents about Shahed drones: %d (err %v), want 2", len(ds), err)
	}

	// Re-extraction: the actors of the new claims replace the old ones.
	id := docs[2].Document.ID // Iran's drones
	c := docs[2].Claims[0]
	c.Suppliers = []string{"BY"}
	if err := s.ReplaceClaims(t.Context(), id, "v2", []armsledger.Claim{c}); err != nil {
		t.Fatal(err)
	}
	if n := count(armsledger.ClaimFilter{Supplier: "BY"}); n != 1 {
		t.Errorf("claims from BY after re-extraction: %d, want 1", n)
	}
	if n := count(armsledger.ClaimFilter{Supplier: "IR", DocumentID: id}); n != 0 {
		t.Errorf("claims from IR after re-extraction: %d, want 0", n)
	}
	// A correction is found by its own actors.
	got := claims(t, s, armsledger.ClaimFilter{DocumentID: id})
	fix := got[0].Claim
	fix.Recipients = []string{"SY"}
	review(t, s, armsledger.Review{ClaimID: got[0].ID, Verdict: armsledger.Correct, Corrected: &fix, Reviewer: "ana"})
	if n := count(armsledger.ClaimFilter{Recipient: "SY"}); n != 1 {
		t.Errorf("claims to SY after a correction: %d, want 1", n)
	}
}
