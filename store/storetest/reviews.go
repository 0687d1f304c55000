package storetest

import (
	"testing"
	"time"

	"armsledger"
)

// review adds a review, failing the test on error.
func review(t *testing.T, s armsledger.Store, r armsledger.Review) armsledger.StoredReview {
	t.Helper()
	got, err := s.AddReview(t.Context(), r)
	if err != nil {
		t.Fatalf("AddReview(%+v): %v", r, err)
	}
	return got
}

// reviews lists reviews, failing the test on error.
func reviews(t *testing.T, s armsledger.Store, f armsledger.ReviewFilter) []armsledger.StoredReview {
	t.Helper()
	rs, err := s.Reviews(t.Context(), f)
	if err != nil {
		t.Fatalf("Reviews(%+v): %v", f, err)
	}
	if rs == nil {
		rs = []armsledger.StoredReview{}
	}
	return rs
}

// reviewIDs lists the reviews' IDs in order.
func reviewIDs(rs []armsledger.StoredReview) []int64 {
	out := []int64{}
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}

func testReviews(t *testing.T, open func(*testing.T) armsledger.Store) {
	s := open(t)
	fs := fixtures()
	put(t, s, fs...)
	kp := claims(t, s, armsledger.ClaimFilter{DocumentID: fs[0].doc.ID})
	shells, missiles, help := kp[0], kp[1], kp[2]
	when := time.Date(2024, 7, 1, 9, 0, 0, 0, time.UTC)

	accepted := review(t, s, armsledger.Review{ClaimID: shells.ID, Verdict: armsledger.Accept,
		Reviewer: "ana", Note: "matches Bloomberg", Created: when})
	diff(t, "accept review", accepted, armsledger.StoredReview{
		Review: armsledger.Review{ID: accepted.ID, ClaimID: shells.ID, Verdict: armsledger.Accept,
			Reviewer: "ana", Note: "matches Bloomberg", Created: when},
		DocumentID: fs[0].doc.ID, ClaimKey: armsledger.ClaimKey(shells.Claim), Judged: shells.Claim,
		Current: shells.ID,
	})
	rejected := review(t, s, armsledger.Review{ClaimID: missiles.ID, Verdict: armsledger.Reject,
		Reviewer: "ben", Created: when})
	fix := help.Claim
	fix.Category = armsledger.Technology
	fix.Item = "satellite know-how"
	fix.Status = armsledger.Committed
	fix.Speaker = "Shin Won-sik"
	corrected := review(t, s, armsledger.Review{ClaimID: help.ID, Verdict: armsledger.Correct,
		Corrected: &fix, Reviewer: "ana", Note: "help is promised"})
	if corrected.Decided == 0 || corrected.Corrected == nil {
		t.Fatalf("correct review = %+v: no corrected claim", corrected)
	}
	diff(t, "corrected claim of the review", *corrected.Corrected, fix)
	if corrected.Created.IsZero() || time.Since(corrected.Created) > time.Hour {
		t.Errorf("review without time got Created %v, want now", corrected.Created)
	}
	row, err := s.Claim(t.Context(), corrected.Decided)
	if err != nil {
		t.Fatalf("Claim(corrected): %v", err)
	}
	diff(t, "corrected claim row", row, armsledger.StoredClaim{ID: corrected.Decided,
		DocumentID: fs[0].doc.ID, Claim: fix, Corrected: true})

	// The effective claims: the rejected claim is gone and the corrected
	// one stands in for the machine claim, after it by ID.
	diff(t, "effective claims", evidence(claims(t, s, armsledger.ClaimFilter{DocumentID: fs[0].doc.ID})),
		[]string{evShells, "corrected: " + evHelp})
	diff(t, "raw claims", evidence(claims(t, s, armsledger.ClaimFilter{DocumentID: fs[0].doc.ID, Raw: true})),
		[]string{evShells, evMissiles, evHelp, "corrected: " + evHelp})
	// The correction is filtered by its own fields.
	diff(t, "committed claims", evidence(claims(t, s, armsledger.ClaimFilter{Status: armsledger.Committed})),
		[]string{evEURounds, "corrected: " + evHelp})
	diff(t, "claims from RU", evidence(claims(t, s, armsledger.ClaimFilter{Supplier: "RU"})),
		[]string{"corrected: " + evHelp})
	diff(t, "delivered technology", evidence(claims(t, s, armsledger.ClaimFilter{
		Category: armsledger.Technology, Status: armsledger.Delivered})), []string{})

	// Reviews of a claim, of its correction, of a document, and all.
	diff(t, "reviews of the rejected claim", reviews(t, s, armsledger.ReviewFilter{ClaimID: missiles.ID}),
		[]armsledger.StoredReview{rejected})
	diff(t, "reviews of the corrected claim", reviewIDs(reviews(t, s, armsledger.ReviewFilter{ClaimID: help.ID})),
		[]int64{corrected.ID})
	diff(t, "reviews of the correction", reviewIDs(reviews(t, s, armsledger.ReviewFilter{ClaimID: corrected.Decided})),
		[]int64{corrected.ID})
	diff(t, "reviews of an unreviewed claim", reviews(t, s, armsledger.ReviewFilter{ClaimID: claims(t, s,
		armsledger.ClaimFilter{DocumentID: fs[1].doc.ID})[0].ID}),
		[]armsledger.StoredReview{})
	all := []int64{accepted.ID, rejected.ID, corrected.ID}
	diff(t, "all reviews", reviewIDs(reviews(t, s, armsledger.ReviewFilter{})), all)
	diff(t, "reviews of the document", reviewIDs(reviews(t, s, armsledger.ReviewFilter{DocumentID: fs[0].doc.ID})), all)
	diff(t, "reviews of another document", reviewIDs(reviews(t, s, armsledger.ReviewFilter{DocumentID: fs[1].doc.ID})),
		[]int64{})
	diff(t, "reviews after a cursor", reviewIDs(reviews(t, s, armsledger.ReviewFilter{After: accepted.ID, Limit: 1})),
		[]int64{rejected.ID})
	diff(t, "orphaned reviews", reviewIDs(reviews(t, s, armsledger.ReviewFilter{Orphaned: true})), []int64{})
	if accepted.ID <= 0 || rejected.ID <= accepted.ID || corrected.ID <= rejected.ID {
		t.Errorf("review IDs %v do not ascend from 1", all)
	}
}

func testLatestReviewDecides(t *testing.T, open func(*testing.T) armsledger.Store) {
	s := open(t)
	f := fixtures()[1]
	put(t, s, f)
	rounds := claims(t, s, armsledger.ClaimFilter{DocumentID: f.doc.ID})[0]
	t0 := time.Date(2024, 8, 1, 0, 0, 0, 0, time.UTC)
	at := func(h int) time.Time { return t0.Add(time.Duration(h) * time.Hour) }
	fix := rounds.Claim
	fix.Quantity = &armsledger.Quantity{Min: ptr(5e5), Max: ptr(5e5), Unit: armsledger.UnitRound,
		Qualifier: armsledger.Exact}
	fix2 := fix
	fix2.Status = armsledger.Delivered

	effective := func() []string {
		t.Helper()
		return evidence(claims(t, s, armsledger.ClaimFilter{DocumentID: f.doc.ID}))
	}
	machineOnly := []string{evEURounds, evDrones}
	corrected := []string{evDrones, "corrected: " + evEURounds}

	review(t, s, armsledger.Review{ClaimID: rounds.ID, Verdict: armsledger.Reject, Reviewer: "ana", Created: at(1)})
	diff(t, "after reject", effective(), []string{evDrones})
	review(t, s, armsledger.Review{ClaimID: rounds.ID, Verdict: armsledger.Accept, Reviewer: "ben", Created: at(2)})
	diff(t, "after a later accept", effective(), machineOnly)
	// A review dated before the decisive one is history, not a decision.
	review(t, s, armsledger.Review{ClaimID: rounds.ID, Verdict: armsledger.Reject, Reviewer: "cy", Created: at(0)})
	diff(t, "after an earlier reject", effective(), machineOnly)

	first := review(t, s, armsledger.Review{ClaimID: rounds.ID, Verdict: armsledger.Correct, Corrected: &fix,
		Reviewer: "ana", Created: at(3)})
	diff(t, "after correct", effective(), corrected)
	// Accepting the correction keeps it; rejecting it hides the root.
	review(t, s, armsledger.Review{ClaimID: first.Decided, Verdict: armsledger.Accept, Reviewer: "ben", Created: at(4)})
	diff(t, "after accepting the correction", effective(), corrected)
	review(t, s, armsledger.Review{ClaimID: first.Decided, Verdict: armsledger.Reject, Reviewer: "cy", Created: at(5)})
	diff(t, "after rejecting the correction", effective(), []string{evDrones})
	// Correcting the correction shows the new one only.
	second := review(t, s, armsledger.Review{ClaimID: first.Decided, Verdict: armsledger.Correct, Corrected: &fix2,
		Reviewer: "ana", Created: at(6)})
	got := claims(t, s, armsledger.ClaimFilter{DocumentID: f.doc.ID})
	diff(t, "after correcting the correction", evidence(got), corrected)
	if got[1].ID != second.Decided || got[1].Status != armsledger.Delivered {
		t.Errorf("effective correction = %+v, want claim %d, delivered", got[1], second.Decided)
	}
	// Accepting the machine claim again brings it back.
	review(t, s, armsledger.Review{ClaimID: rounds.ID, Verdict: armsledger.Accept, Reviewer: "ben", Created: at(7)})
	diff(t, "after accepting the machine claim", effective(), machineOnly)
	if n := len(reviews(t, s, armsledger.ReviewFilter{ClaimID: rounds.ID})); n != 8 {
		t.Errorf("%d reviews of the root, want 8", n)
	}
}
