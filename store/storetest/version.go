package storetest

import (
	"context"
	"testing"

	"armsledger"
)

// testVersion checks that every kind of write changes Version and that
// reads do not.
func testVersion(t *testing.T, open func(*testing.T) armsledger.Store) {
	ctx := context.Background()
	s := open(t)
	last, err := s.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	changed := func(what string) {
		t.Helper()
		v, err := s.Version(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if v == last {
			t.Errorf("%s left the version at %d", what, v)
		}
		last = v
	}
	f := fixtures()
	if _, err := s.PutDocument(ctx, f[0].doc, f[0].claims); err != nil {
		t.Fatal(err)
	}
	changed("PutDocument")
	if _, err := s.PutDocuments(ctx, []armsledger.DocumentClaims{{Document: f[1].doc, Claims: f[1].claims}}); err != nil {
		t.Fatal(err)
	}
	changed("PutDocuments")
	claims, err := s.Claims(ctx, armsledger.ClaimFilter{DocumentID: f[0].doc.ID})
	if err != nil || len(claims) == 0 {
		t.Fatalf("claims: %v, %v", claims, err)
	}
	if v, _ := s.Version(ctx); v != last {
		t.Errorf("a read moved the version from %d to %d", last, v)
	}
	if _, err := s.AddReview(ctx, armsledger.Review{ClaimID: claims[0].ID, Verdict: armsledger.Reject, Reviewer: "tester"}); err != nil {
		t.Fatal(err)
	}
	changed("AddReview")
	// Deleting claims without inserting any moves no ID: the version must
	// move all the same.
	if err := s.ReplaceClaims(ctx, f[0].doc.ID, "v2", nil); err != nil {
		t.Fatal(err)
	}
	changed("ReplaceClaims with no claims")
}
