package storetest

import (
	"testing"

	"armsledger"
)

func testReviewsSurviveReextraction(t *testing.T, open func(*testing.T) armsledger.Store) {
	s := open(t)
	f := fixtures()[0]
	put(t, s, f)
	docID := f.doc.ID
	v1 := claims(t, s, armsledger.ClaimFilter{DocumentID: docID})
	shells, missiles, help := v1[0], v1[1], v1[2]

	fix := shells.Claim
	fix.Quantity = &armsledger.Quantity{Min: ptr(4.8e6), Unit: armsledger.UnitRound, Qualifier: armsledger.AtLeast}
	correct := review(t, s, armsledger.Review{ClaimID: shells.ID, Verdict: armsledger.Correct, Corrected: &fix,
		Reviewer: "ana"})
	reject := review(t, s, armsledger.Review{ClaimID: missiles.ID, Verdict: armsledger.Reject, Reviewer: "ben"})
	accept := review(t, s, armsledger.Review{ClaimID: help.ID, Verdict: armsledger.Accept, Reviewer: "cy"})

	// v2 keeps the shells and missiles claims' keys (a new item and
	// confidence do not change what is claimed), changes the help claim's
	// status, and finds a new claim.
	const evContainers = "North Korea has sent 4.8 million rounds"
	extra := claimIn(textKP, evContainers, []string{"KP"}, []string{"RU"}, armsledger.Ammunition,
		armsledger.Delivered, nil)
	v2 := fixtures()[0].claims
	v2[1].Item, v2[1].Confidence, v2[1].Rule = "ballistic missiles", 0.95, "v2-rule"
	v2[2].Status = armsledger.Committed
	v2 = append(v2, extra)
	if err := s.ReplaceClaims(t.Context(), docID, "v2", v2); err != nil {
		t.Fatal(err)
	}
	d, err := s.Document(t.Context(), docID)
	if err != nil {
		t.Fatal(err)
	}
	if d.Extractor != "v2" {
		t.Errorf("extractor after ReplaceClaims = %q, want v2", d.Extractor)
	}
	for _, c := range v1 {
		_, err := s.Claim(t.Context(), c.ID)
		wantCode(t, "Claim of a replaced claim", err, armsledger.ENOTFOUND)
	}
	raw := claims(t, s, armsledger.ClaimFilter{DocumentID: docID, Raw: true})
	diff(t, "raw claims after v2", evidence(raw),
		[]string{"corrected: " + evShells, evShells, evMissiles, evHelp, evContainers})
	if raw[2].Item != "ballistic missiles" || raw[2].Rule != "v2-rule" {
		t.Errorf("re-extracted claim = %+v, want v2's item and rule", raw[2])
	}
	// The correction stands in for the shells claim, the rejection still
	// hides the missiles claim, the changed help claim is new and shown.
	diff(t, "effective claims after v2", evidence(claims(t, s, armsledger.ClaimFilter{DocumentID: docID})),
		[]string{"corrected: " + evShells, evHelp, evContainers})
	missiles2 := raw[2]
	rs := reviews(t, s, armsledger.ReviewFilter{ClaimID: missiles2.ID})
	if len(rs) != 1 || rs[0].ID != reject.ID || rs[0].ClaimID != missiles.ID || rs[0].Current != missiles2.ID {
		t.Errorf("reviews of the re-extracted missiles claim = %+v, want review %d of claim %d, now %d",
			rs, reject.ID, missiles.ID, missiles2.ID)
	}
	orphaned := reviews(t, s, armsledger.ReviewFilter{Orphaned: true})
	diff(t, "orphaned reviews after v2", reviewIDs(orphaned), []int64{accept.ID})
	if len(orphaned) == 1 {
		diff(t, "orphaned review's judged claim", orphaned[0].Judged, help.Claim)
		if orphaned[0].Current != 0 {
			t.Errorf("orphaned review has current claim %d", orphaned[0].Current)
		}
	}

	// v3 finds only the new claim: the correction survives its machine claim.
	if err := s.ReplaceClaims(t.Context(), docID, "v3", []armsledger.Claim{extra}); err != nil {
		t.Fatal(err)
	}
	diff(t, "effective claims after v3", evidence(claims(t, s, armsledger.ClaimFilter{DocumentID: docID})),
		[]string{"corrected: " + evShells, evContainers})
	diff(t, "orphaned reviews after v3", reviewIDs(reviews(t, s, armsledger.ReviewFilter{Orphaned: true})),
		[]int64{correct.ID, reject.ID, accept.ID})
	rs = reviews(t, s, armsledger.ReviewFilter{ClaimID: correct.Decided})
	diff(t, "reviews of the correction after v3", reviewIDs(rs), []int64{correct.ID})

	// v4 finds the first claims again: every review applies again.
	if err := s.ReplaceClaims(t.Context(), docID, "v4", fixtures()[0].claims); err != nil {
		t.Fatal(err)
	}
	diff(t, "effective claims after v4", evidence(claims(t, s, armsledger.ClaimFilter{DocumentID: docID})),
		[]string{"corrected: " + evShells, evHelp})
	diff(t, "orphaned reviews after v4", reviewIDs(reviews(t, s, armsledger.ReviewFilter{Orphaned: true})),
		[]int64{})
	diff(t, "all reviews after v4", reviewIDs(reviews(t, s, armsledger.ReviewFilter{})),
		[]int64{correct.ID, reject.ID, accept.ID})
	corr, err := s.Claim(t.Context(), correct.Decided)
	if err != nil {
		t.Fatalf("corrected claim after three re-extractions: %v", err)
	}
	diff(t, "corrected claim after three re-extractions", corr.Claim, fix)

	// Emptying the document keeps the correction.
	if err := s.ReplaceClaims(t.Context(), docID, "v5", nil); err != nil {
		t.Fatal(err)
	}
	diff(t, "raw claims after v5", evidence(claims(t, s, armsledger.ClaimFilter{DocumentID: docID, Raw: true})),
		[]string{"corrected: " + evShells})
}

func testDuplicateClaims(t *testing.T, open func(*testing.T) armsledger.Store) {
	s := open(t)
	f := fixtures()[1]
	// The same claim twice, as a deterministic extractor may give it: each
	// keeps its own root through re-extraction.
	twice := []armsledger.Claim{f.claims[0], f.claims[0], f.claims[1]}
	if _, err := s.PutDocument(t.Context(), f.doc, twice); err != nil {
		t.Fatal(err)
	}
	cs := claims(t, s, armsledger.ClaimFilter{DocumentID: f.doc.ID})
	diff(t, "claims", evidence(cs), []string{evEURounds, evEURounds, evDrones})
	r := review(t, s, armsledger.Review{ClaimID: cs[1].ID, Verdict: armsledger.Reject, Reviewer: "ana"})
	if r.ClaimKey == armsledger.ClaimKey(cs[0].Claim) {
		t.Errorf("the repeated claim has the key of the first")
	}
	want := []string{evEURounds, evDrones}
	diff(t, "claims after rejecting the repeat", evidence(claims(t, s, armsledger.ClaimFilter{DocumentID: f.doc.ID})), want)
	if err := s.ReplaceClaims(t.Context(), f.doc.ID, "v2", twice); err != nil {
		t.Fatal(err)
	}
	got := claims(t, s, armsledger.ClaimFilter{DocumentID: f.doc.ID})
	diff(t, "claims after re-extraction", evidence(got), want)
	if len(got) == 2 && got[0].ID <= cs[2].ID {
		t.Errorf("claim %d after re-extraction is not a new claim", got[0].ID)
	}
}
