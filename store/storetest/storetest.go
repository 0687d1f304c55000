// Package storetest is the contract every armsledger.Store must keep: one
// suite that store/sqlite and store/postgres both run against a real database.
package storetest

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"armsledger"
)

// Run runs the contract suite. open must return a new, empty store for each
// call and close it when the test ends.
func Run(t *testing.T, open func(t *testing.T) armsledger.Store) {
	tests := []struct {
		name string
		fn   func(*testing.T, func(*testing.T) armsledger.Store)
	}{
		{"PutDocumentRoundTrip", testPutDocumentRoundTrip},
		{"PutDocumentIdempotent", testPutDocumentIdempotent},
		{"PutDocumentAllOrNothing", testPutDocumentAllOrNothing},
		{"PutDocuments", testPutDocuments},
		{"IndexesFollowWrites", testIndexesFollowWrites},
		{"ReplaceClaimsAllOrNothing", testReplaceClaimsAllOrNothing},
		{"Invalid", testInvalid},
		{"NotFound", testNotFound},
		{"Documents", testDocuments},
		{"DocumentsByExtractor", testDocumentsByExtractor},
		{"ClaimFilters", testClaimFilters},
		{"FullText", testFullText},
		{"Cursor", testCursor},
		{"Reviews", testReviews},
		{"LatestReviewDecides", testLatestReviewDecides},
		{"ReviewsSurviveReextraction", testReviewsSurviveReextraction},
		{"DuplicateClaims", testDuplicateClaims},
		{"ConcurrentWriters", testConcurrentWriters},
		{"Version", testVersion},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tt.fn(t, open)
		})
	}
}

// fixture is a document with its machine claims.
type fixture struct {
	doc    armsledger.Document
	claims []armsledger.Claim
}

const (
	textKP = "Defence Minister Shin Won-sik told Bloomberg that North Korea has sent 4.8 million " +
		"rounds of artillery shells to Russia. Pyongyang also shipped dozens of ballistic missiles " +
		"to Moscow, while Russia gave technical help to North Korea's satellite programme."
	textEU = "The European Union committed one million rounds to Ukraine by the end of the year. " +
		"Germany will send more drones to Kyiv, the ministry said."
	textIR = "Iran supplied Shahed drones to Russia. The United States and the European Union gave " +
		"billions of dollars worth of weapons to Ukraine."
)

// fixtures returns three documents: one of June 2024, one of January 2024
// and one of unknown date, each with its claims.
func fixtures() []fixture {
	fetched := time.Date(2024, 6, 14, 12, 0, 0, 0, time.UTC)
	million := 1e6
	return []fixture{{
		doc: armsledger.Document{ID: docID("kp"), URL: "https://example.org/kp", Outlet: "Bloomberg",
			Title: "North Korea's shells", Published: "2024-06-14", Fetched: fetched, Text: textKP,
			Extractor: "v1"},
		claims: []armsledger.Claim{
			claimIn(textKP, "North Korea has sent 4.8 million rounds of artillery shells to Russia",
				[]string{"KP"}, []string{"RU"}, armsledger.Ammunition, armsledger.Delivered,
				&armsledger.Quantity{Min: ptr(4.8e6), Max: ptr(4.8e6), Unit: armsledger.UnitRound, Qualifier: armsledger.Exact}),
			claimIn(textKP, "Pyongyang also shipped dozens of ballistic missiles to Moscow",
				[]string{"KP"}, []string{"RU"}, armsledger.Missile, armsledger.Delivered,
				&armsledger.Quantity{Min: ptr(24.0), Max: ptr(99.0), Unit: armsledger.UnitItem, Qualifier: armsledger.Vague}),
			claimIn(textKP, "Russia gave technical help to North Korea",
				[]string{"RU"}, []string{"KP"}, armsledger.Technology, armsledger.Delivered, nil),
		},
	}, {
		doc: armsledger.Document{ID: docID("eu"), URL: "https://example.org/eu", Outlet: "Reuters",
			Title: "EU rounds", Published: "2024-01-30", Fetched: fetched, Text: textEU, Extractor: "v1"},
		claims: []armsledger.Claim{
			claimIn(textEU, "The European Union committed one million rounds to Ukraine",
				[]string{"EU"}, []string{"UA"}, armsledger.Ammunition, armsledger.Committed,
				&armsledger.Quantity{Min: &million, Max: &million, Unit: armsledger.UnitRound, Qualifier: armsledger.Exact}),
			claimIn(textEU, "Germany will send more drones to Kyiv",
				[]string{"DE"}, []string{"UA"}, armsledger.Drone, armsledger.Expected, nil),
		},
	}, {
		doc: armsledger.Document{ID: docID("ir"), Outlet: "Kyiv Independent", Fetched: fetched,
			Text: textIR, Extractor: "v1"},
		claims: []armsledger.Claim{
			claimIn(textIR, "Iran supplied Shahed drones to Russia",
				[]string{"IR"}, []string{"RU"}, armsledger.Drone, armsledger.Delivered, nil),
			claimIn(textIR, "The United States and the European Union gave billions of dollars worth of weapons to Ukraine",
				[]string{"US", "EU"}, []string{"UA"}, armsledger.Funding, armsledger.Delivered,
				&armsledger.Quantity{Min: ptr(2e9), Max: ptr(9.99e9), Unit: "USD", Qualifier: armsledger.Vague}),
		},
	}}
}

// claimIn makes a claim whose evidence and span are evidence's first place
// in text.
func claimIn(text, evidence string, suppliers, recipients []string, cat armsledger.Category,
	status armsledger.Status, q *armsledger.Quantity) armsledger.Claim {
	start := strings.Index(text, evidence)
	if start < 0 {
		panic(fmt.Sprintf("storetest: %q is not in the text", evidence))
	}
	return armsledger.Claim{Suppliers: suppliers, Recipients: recipients, Category: cat,
		Item: "materiel", Quantity: q, Status: status, Evidence: evidence,
		Span: armsledger.Span{Start: start, End: start + len(evidence)}, Confidence: 0.8, Rule: "test"}
}

// docID makes a content-hash-like ID, distinct per name.
func docID(name string) string {
	return fmt.Sprintf("%064x", []byte(name))
}

func ptr[T any](v T) *T { return &v }

// put stores fixtures, failing the test on error.
func put(t *testing.T, s armsledger.Store, fs ...fixture) {
	t.Helper()
	for _, f := range fs {
		if _, err := s.PutDocument(t.Context(), f.doc, f.claims); err != nil {
			t.Fatalf("PutDocument(%s): %v", f.doc.ID, err)
		}
	}
}

// claims lists claims, failing the test on error.
func claims(t *testing.T, s armsledger.Store, f armsledger.ClaimFilter) []armsledger.StoredClaim {
	t.Helper()
	cs, err := s.Claims(t.Context(), f)
	if err != nil {
		t.Fatalf("Claims(%+v): %v", f, err)
	}
	return cs
}

// evidence lists the claims' evidence strings, in order, for short diffs.
func evidence(cs []armsledger.StoredClaim) []string {
	out := []string{}
	for _, c := range cs {
		ev := c.Evidence
		if c.Corrected {
			ev = "corrected: " + ev
		}
		out = append(out, ev)
	}
	return out
}

// ids lists the claims' IDs in order.
func ids(cs []armsledger.StoredClaim) []int64 {
	out := []int64{}
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}

// wantCode fails the test unless err has the given code.
func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if got := armsledger.ErrorCode(err); got != code {
		t.Errorf("%s: error %v has code %q, want %q", what, err, got, code)
	}
}

// diff fails the test when got and want differ.
func diff(t *testing.T, what string, got, want any) {
	t.Helper()
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", what, d)
	}
}

// stored returns the document as a store gives it back: times in UTC, to
// the microsecond.
func stored(d armsledger.Document) armsledger.Document {
	d.Fetched = d.Fetched.UTC().Truncate(time.Microsecond)
	return d
}

// machine returns the claims as they should be stored for docID, without IDs.
func machine(docID string, cs []armsledger.Claim) []armsledger.StoredClaim {
	out := []armsledger.StoredClaim{}
	for _, c := range cs {
		out = append(out, armsledger.StoredClaim{DocumentID: docID, Claim: c})
	}
	return out
}

// withoutIDs clears claim IDs for comparison, checking they ascend.
func withoutIDs(t *testing.T, cs []armsledger.StoredClaim) []armsledger.StoredClaim {
	t.Helper()
	if !slices.IsSorted(ids(cs)) {
		t.Errorf("claim IDs %v are not in order", ids(cs))
	}
	out := []armsledger.StoredClaim{}
	for _, c := range cs {
		if c.ID <= 0 {
			t.Errorf("claim %q has ID %d", c.Evidence, c.ID)
		}
		c.ID = 0
		out = append(out, c)
	}
	return out
}

// OpenTwice checks that a ledger opened a second time, migrations run
// again, still holds what the first opening stored. open must open the
// same ledger each time.
func OpenTwice(t *testing.T, open func(t *testing.T) armsledger.Store) {
	f := fixtures()[0]
	first := open(t)
	put(t, first, f)
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	second := open(t)
	got, err := second.Document(t.Context(), f.doc.ID)
	if err != nil {
		t.Fatalf("Document after reopening: %v", err)
	}
	diff(t, "Document after reopening", got, stored(f.doc))
	if n := len(claims(t, second, armsledger.ClaimFilter{DocumentID: f.doc.ID})); n != len(f.claims) {
		t.Errorf("%d claims after reopening, want %d", n, len(f.claims))
	}
}
