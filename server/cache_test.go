package server

import (
	"context"
	"strings"
	"testing"

	"armsledger"
	"armsledger/internal/testdb"
)

// TestFlowsCacheFollowsWrites checks that GET /api/flows serves a repeated
// read from the cache and that a write, through the API or straight to the
// store as another process would, changes the next answer.
func TestFlowsCacheFollowsWrites(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		e := newEnv(t, dsn, Options{Token: testToken})
		seedExamples(t, e.store)
		get := func() string {
			r := e.call(t, "GET", "/api/flows?supplier=KP", "", nil)
			if r.status != 200 {
				t.Fatalf("flows: %d %s", r.status, clip(r.body))
			}
			return string(r.body)
		}
		first := get()
		if again := get(); again != first {
			t.Fatal("two reads of an unchanged ledger differ")
		}
		if len(e.srv.flowCache.entries) != 1 {
			t.Errorf("cache holds %d entries, want 1", len(e.srv.flowCache.entries))
		}

		// A write straight to the store: a new KP flow must show.
		doc := armsledger.Document{ID: strings.Repeat("c", 64), Outlet: "Cache Wire", Published: "2025-03-01",
			Text: "North Korea sent 77 tanks to Belarus.", Extractor: "test"}
		q := 77.0
		claim := armsledger.Claim{Suppliers: []string{"KP"}, Recipients: []string{"BY"}, Category: armsledger.ArmoredVehicle,
			Item: "tanks", Quantity: &armsledger.Quantity{Min: &q, Max: &q, Unit: armsledger.UnitItem, Qualifier: armsledger.Exact},
			Status: armsledger.Delivered, Evidence: doc.Text, Span: armsledger.Span{End: len(doc.Text)}, Confidence: 0.9}
		if _, err := e.store.PutDocument(context.Background(), doc, []armsledger.Claim{claim}); err != nil {
			t.Fatal(err)
		}
		second := get()
		if second == first || !strings.Contains(second, `"BY"`) {
			t.Fatalf("after a write the flows did not change:\n%s", clip([]byte(second)))
		}

		// A review through the API: rejecting that claim removes the flow.
		claims, err := e.store.Claims(context.Background(), armsledger.ClaimFilter{DocumentID: doc.ID})
		if err != nil || len(claims) != 1 {
			t.Fatalf("claims: %v %v", claims, err)
		}
		r := e.call(t, "POST", "/api/reviews", testToken, ReviewInput{ClaimID: claims[0].ID, Verdict: armsledger.Reject, Reviewer: "tester"})
		if r.status != 201 {
			t.Fatalf("review: %d %s", r.status, clip(r.body))
		}
		if third := get(); third != first {
			t.Errorf("after rejecting the new claim the flows are not the first ones again")
		}
	})
}

// TestResponseCacheFromVersionZero is a fixed bug: a ledger whose version
// is still 0 (migrated after its writes) panicked on the first put.
func TestResponseCacheFromVersionZero(t *testing.T) {
	var c responseCache
	c.put(0, "a", []byte("x"))
	if b, ok := c.get(0, "a"); !ok || string(b) != "x" {
		t.Errorf("get = %q, %v", b, ok)
	}
	if _, ok := c.get(1, "a"); ok {
		t.Error("served an entry of another version")
	}
	c.put(2, "b", []byte("y"))
	c.put(1, "a", []byte("old"))
	if _, ok := c.get(2, "a"); ok {
		t.Error("an entry computed from an older ledger was kept")
	}
}
