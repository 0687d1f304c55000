package server

import (
	"testing"

	"armsledger"
	"armsledger/internal/testdb"
)

// TestStatelessOverPostgres serves one PostgreSQL ledger from two servers,
// each with its own connection pool, as two machines would: a document and
// a review written through one are read through the other.
func TestStatelessOverPostgres(t *testing.T) {
	dsn := testdb.Postgres(t)
	a := newEnv(t, dsn, Options{Token: testToken})
	b := newEnv(t, dsn, Options{Token: testToken})
	var posted PostedDocument
	r := a.call(t, "POST", "/api/documents", testToken, DocumentInput{Published: "2024-06-01",
		Text: "North Korea has sent 4.8 million rounds of artillery shells to Russia, South Korea's defence minister said."})
	r.decode(t, &posted)
	if r.status != 201 || len(posted.Claims) == 0 {
		t.Fatalf("post through a: %d %s", r.status, clip(r.body))
	}
	claim := posted.Claims[0].ID
	var before ClaimList
	b.call(t, "GET", "/api/claims?doc="+posted.Document.ID, "", nil).decode(t, &before)
	if len(before.Claims) != len(posted.Claims) {
		t.Fatalf("b lists %d claims of the document a stored, want %d", len(before.Claims), len(posted.Claims))
	}
	r = a.call(t, "POST", "/api/reviews", testToken, ReviewInput{ClaimID: claim, Verdict: armsledger.Reject, Reviewer: "ana", Note: "via a"})
	if r.status != 201 {
		t.Fatalf("review through a: %d %s", r.status, clip(r.body))
	}
	var reviews ReviewList
	b.call(t, "GET", "/api/reviews?claim="+toJSON(claim), "", nil).decode(t, &reviews)
	if len(reviews.Reviews) != 1 || reviews.Reviews[0].Reviewer != "ana" || reviews.Reviews[0].Note != "via a" {
		t.Fatalf("b reads reviews %+v, want a's", reviews.Reviews)
	}
	var after ClaimList
	b.call(t, "GET", "/api/claims?doc="+posted.Document.ID, "", nil).decode(t, &after)
	if len(after.Claims) != len(posted.Claims)-1 {
		t.Errorf("b lists %d effective claims after a's rejection, want %d", len(after.Claims), len(posted.Claims)-1)
	}
}
