package storetest

import (
	"fmt"
	"math"
	"sync"
	"testing"
	"time"

	"armsledger"
)

func testPutDocumentRoundTrip(t *testing.T, open func(*testing.T) armsledger.Store) {
	s := open(t)
	f := fixtures()[0]
	// A zone and nanoseconds: the store keeps UTC microseconds.
	f.doc.Fetched = time.Date(2024, 6, 14, 14, 30, 5, 123456789, time.FixedZone("CEST", 2*3600))
	// Every field of a claim, and the empty and absent forms of each.
	f.claims = append(f.claims,
		armsledger.Claim{Suppliers: []string{}, Recipients: []string{"RU"}, Category: armsledger.Other,
			Item: "weapons", Quantity: &armsledger.Quantity{Min: ptr(10000.0), Unit: armsledger.UnitContainer,
				Qualifier: armsledger.AtLeast}, Status: armsledger.Delivered, Speaker: "Shin Won-sik",
			Via: []string{"Bloomberg", "Yonhap"}, Time: &armsledger.TimeRef{Text: "since August",
				Start: "2023-08-01"}, Evidence: "Defence", Span: armsledger.Span{Start: 0, End: 7},
			Confidence: 1, Rule: "nominal-supply"},
		armsledger.Claim{Suppliers: nil, Recipients: nil, Category: armsledger.Funding,
			Quantity: &armsledger.Quantity{Max: ptr(0.1), Unit: "EUR", Qualifier: armsledger.AtMost},
			Status:   armsledger.Denied, Via: []string{}, Time: &armsledger.TimeRef{}, Confidence: 0},
		armsledger.Claim{Category: armsledger.Personnel, Quantity: &armsledger.Quantity{},
			Status: armsledger.Capacity, Confidence: math.SmallestNonzeroFloat64},
	)
	created, err := s.PutDocument(t.Context(), f.doc, f.claims)
	if err != nil || !created {
		t.Fatalf("PutDocument = %v, %v; want true, nil", created, err)
	}
	got, err := s.Document(t.Context(), f.doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := f.doc
	want.Fetched = time.Date(2024, 6, 14, 12, 30, 5, 123456000, time.UTC)
	diff(t, "Document", got, want)
	if got.Fetched.Location() != time.UTC {
		t.Errorf("Fetched is in %v, want UTC", got.Fetched.Location())
	}
	cs := claims(t, s, armsledger.ClaimFilter{DocumentID: f.doc.ID, Raw: true})
	diff(t, "Claims", withoutIDs(t, cs), machine(f.doc.ID, f.claims))
	for _, c := range cs {
		one, err := s.Claim(t.Context(), c.ID)
		if err != nil {
			t.Fatalf("Claim(%d): %v", c.ID, err)
		}
		diff(t, fmt.Sprintf("Claim(%d)", c.ID), one, c)
	}
}

func testPutDocumentIdempotent(t *testing.T, open func(*testing.T) armsledger.Store) {
	s := open(t)
	f := fixtures()[0]
	put(t, s, f)
	before := claims(t, s, armsledger.ClaimFilter{DocumentID: f.doc.ID, Raw: true})

	again := f
	again.doc.Title = "another title"
	again.doc.Extractor = "v9"
	again.claims = f.claims[:1]
	created, err := s.PutDocument(t.Context(), again.doc, again.claims)
	if err != nil || created {
		t.Fatalf("second PutDocument = %v, %v; want false, nil", created, err)
	}
	got, err := s.Document(t.Context(), f.doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	diff(t, "Document after second put", got, stored(f.doc))
	diff(t, "Claims after second put", claims(t, s, armsledger.ClaimFilter{DocumentID: f.doc.ID, Raw: true}), before)
}

func testPutDocumentAllOrNothing(t *testing.T, open func(*testing.T) armsledger.Store) {
	// Each case breaks a check of the schema in the last claim, after the
	// document and the first claims were written in the same transaction.
	tests := []struct {
		name   string
		break_ func(*armsledger.Claim)
	}{
		{"negative span", func(c *armsledger.Claim) { c.Span = armsledger.Span{Start: -1, End: 3} }},
		{"span ends before it starts", func(c *armsledger.Claim) { c.Span = armsledger.Span{Start: 9, End: 3} }},
		{"confidence above one", func(c *armsledger.Claim) { c.Confidence = 1.5 }},
		{"confidence NaN", func(c *armsledger.Claim) { c.Confidence = math.NaN() }},
		{"no category", func(c *armsledger.Claim) { c.Category = "" }},
		{"no status", func(c *armsledger.Claim) { c.Status = "" }},
	}
	s := open(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fixtures()[0]
			f.doc.ID = docID("all-or-nothing " + tt.name)
			tt.break_(&f.claims[len(f.claims)-1])
			created, err := s.PutDocument(t.Context(), f.doc, f.claims)
			wantCode(t, "PutDocument", err, armsledger.EINVALID)
			if created {
				t.Error("PutDocument reported created for a failed write")
			}
			_, err = s.Document(t.Context(), f.doc.ID)
			wantCode(t, "Document after failed put", err, armsledger.ENOTFOUND)
			if cs := claims(t, s, armsledger.ClaimFilter{DocumentID: f.doc.ID, Raw: true}); len(cs) > 0 {
				t.Errorf("failed put left %d claims", len(cs))
			}
			// Nothing is left to block the corrected document.
			f = fixtures()[0]
			f.doc.ID = docID("all-or-nothing " + tt.name)
			if created, err := s.PutDocument(t.Context(), f.doc, f.claims); err != nil || !created {
				t.Errorf("PutDocument after failure = %v, %v; want true, nil", created, err)
			}
		})
	}
}

func testReplaceClaimsAllOrNothing(t *testing.T, open func(*testing.T) armsledger.Store) {
	s := open(t)
	f := fixtures()[0]
	put(t, s, f)
	before := claims(t, s, armsledger.ClaimFilter{DocumentID: f.doc.ID, Raw: true})
	bad := fixtures()[0].claims
	bad[2].Span.Start = -5
	err := s.ReplaceClaims(t.Context(), f.doc.ID, "v2", bad)
	wantCode(t, "ReplaceClaims", err, armsledger.EINVALID)
	diff(t, "Claims after failed ReplaceClaims",
		claims(t, s, armsledger.ClaimFilter{DocumentID: f.doc.ID, Raw: true}), before)
	d, err := s.Document(t.Context(), f.doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.Extractor != "v1" {
		t.Errorf("failed ReplaceClaims set extractor %q", d.Extractor)
	}
}

func testInvalid(t *testing.T, open func(*testing.T) armsledger.Store) {
	s := open(t)
	put(t, s, fixtures()...)
	claimID := claims(t, s, armsledger.ClaimFilter{Limit: 1})[0].ID
	ctx := t.Context()
	doc := fixtures()[0].doc
	tests := []struct {
		name string
		call func() error
	}{
		{"document without ID", func() error {
			d := doc
			d.ID = ""
			_, err := s.PutDocument(ctx, d, nil)
			return err
		}},
		{"document with a bad date", func() error {
			d := doc
			d.ID, d.Published = docID("bad date"), "14 June 2024"
			_, err := s.PutDocument(ctx, d, nil)
			return err
		}},
		{"claims since a bad date", func() error {
			_, err := s.Claims(ctx, armsledger.ClaimFilter{Since: "2024-6-1"})
			return err
		}},
		{"claims until a bad date", func() error {
			_, err := s.Claims(ctx, armsledger.ClaimFilter{Until: "2024-02-30"})
			return err
		}},
		{"claims of an unknown category", func() error {
			_, err := s.Claims(ctx, armsledger.ClaimFilter{Category: "missiles"})
			return err
		}},
		{"claims of an unknown status", func() error {
			_, err := s.Claims(ctx, armsledger.ClaimFilter{Status: "sent"})
			return err
		}},
		{"claims with a negative limit", func() error {
			_, err := s.Claims(ctx, armsledger.ClaimFilter{Limit: -1})
			return err
		}},
		{"documents since a bad date", func() error {
			_, err := s.Documents(ctx, armsledger.DocumentFilter{Since: "yesterday"})
			return err
		}},
		{"review without reviewer", func() error {
			_, err := s.AddReview(ctx, armsledger.Review{ClaimID: claimID, Verdict: armsledger.Accept})
			return err
		}},
		{"review with an unknown verdict", func() error {
			_, err := s.AddReview(ctx, armsledger.Review{ClaimID: claimID, Verdict: "maybe", Reviewer: "ana"})
			return err
		}},
		{"correction without a claim", func() error {
			_, err := s.AddReview(ctx, armsledger.Review{ClaimID: claimID, Verdict: armsledger.Correct, Reviewer: "ana"})
			return err
		}},
		{"rejection with a claim", func() error {
			c := fixtures()[0].claims[0]
			_, err := s.AddReview(ctx, armsledger.Review{ClaimID: claimID, Verdict: armsledger.Reject,
				Corrected: &c, Reviewer: "ana"})
			return err
		}},
		{"correction with an unknown category", func() error {
			c := fixtures()[0].claims[0]
			c.Category = "shells"
			_, err := s.AddReview(ctx, armsledger.Review{ClaimID: claimID, Verdict: armsledger.Correct,
				Corrected: &c, Reviewer: "ana"})
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantCode(t, tt.name, tt.call(), armsledger.EINVALID)
		})
	}
	if rs, err := s.Reviews(ctx, armsledger.ReviewFilter{}); err != nil || len(rs) != 0 {
		t.Errorf("invalid reviews left %d reviews (err %v)", len(rs), err)
	}
}

func testNotFound(t *testing.T, open func(*testing.T) armsledger.Store) {
	s := open(t)
	put(t, s, fixtures()[0])
	ctx := t.Context()
	missing := docID("missing")
	tests := []struct {
		name string
		call func() error
	}{
		{"Document", func() error { _, err := s.Document(ctx, missing); return err }},
		{"Claim", func() error { _, err := s.Claim(ctx, 1<<40); return err }},
		{"ReplaceClaims", func() error { return s.ReplaceClaims(ctx, missing, "v2", nil) }},
		{"AddReview", func() error {
			_, err := s.AddReview(ctx, armsledger.Review{ClaimID: 1 << 40, Verdict: armsledger.Accept, Reviewer: "ana"})
			return err
		}},
		{"Reviews of a claim", func() error {
			_, err := s.Reviews(ctx, armsledger.ReviewFilter{ClaimID: 1 << 40})
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantCode(t, tt.name, tt.call(), armsledger.ENOTFOUND)
		})
	}
}

func testDocuments(t *testing.T, open func(*testing.T) armsledger.Store) {
	s := open(t)
	fs := fixtures()
	put(t, s, fs...)
	kp, eu, ir := fs[0].doc, fs[1].doc, fs[2].doc
	// The fixtures' IDs sort as eu < ir < kp.
	list := func(ds ...armsledger.Document) []armsledger.Document {
		out := []armsledger.Document{}
		for _, d := range ds {
			d = stored(d)
			d.Text = ""
			out = append(out, d)
		}
		return out
	}
	tests := []struct {
		name   string
		filter armsledger.DocumentFilter
		want   []armsledger.Document
	}{
		{"all", armsledger.DocumentFilter{}, list(eu, ir, kp)},
		{"outlet", armsledger.DocumentFilter{Outlet: "Reuters"}, list(eu)},
		{"since", armsledger.DocumentFilter{Since: "2024-02-01"}, list(kp)},
		{"until", armsledger.DocumentFilter{Until: "2024-06-13"}, list(eu)},
		{"since and until inclusive", armsledger.DocumentFilter{Since: "2024-01-30", Until: "2024-06-14"}, list(eu, kp)},
		{"query", armsledger.DocumentFilter{Query: "drones"}, list(eu, ir)},
		{"after", armsledger.DocumentFilter{After: eu.ID}, list(ir, kp)},
		{"limit", armsledger.DocumentFilter{Limit: 2}, list(eu, ir)},
		{"none", armsledger.DocumentFilter{Outlet: "nobody"}, list()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Documents(t.Context(), tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			if got == nil {
				got = []armsledger.Document{}
			}
			diff(t, "Documents", got, tt.want)
		})
	}
	t.Run("with text", func(t *testing.T) {
		got, err := s.Documents(t.Context(), armsledger.DocumentFilter{Outlet: "Bloomberg", WithText: true})
		if err != nil {
			t.Fatal(err)
		}
		diff(t, "Documents", got, []armsledger.Document{stored(kp)})
	})
}

func testDocumentsByExtractor(t *testing.T, open func(*testing.T) armsledger.Store) {
	s := open(t)
	fs := fixtures()
	fs[2].doc.Extractor = "v2"
	put(t, s, fs...)
	byExtractor := func(v string) []string {
		got, err := s.DocumentsByExtractor(t.Context(), v)
		if err != nil {
			t.Fatal(err)
		}
		if got == nil {
			got = []string{}
		}
		return got
	}
	diff(t, "not v2", byExtractor("v2"), []string{fs[1].doc.ID, fs[0].doc.ID})
	diff(t, "not v1", byExtractor("v1"), []string{fs[2].doc.ID})
	if err := s.ReplaceClaims(t.Context(), fs[0].doc.ID, "v2", fs[0].claims); err != nil {
		t.Fatal(err)
	}
	diff(t, "not v2 after re-extraction", byExtractor("v2"), []string{fs[1].doc.ID})
	diff(t, "not v3", byExtractor("v3"), []string{fs[1].doc.ID, fs[2].doc.ID, fs[0].doc.ID})
}

func testConcurrentWriters(t *testing.T, open func(*testing.T) armsledger.Store) {
	s := open(t)
	const writers, docs = 4, 25
	shared := fixtures()[0]
	var wg sync.WaitGroup
	createdShared := make(chan bool, writers)
	errs := make(chan error, writers)
	for w := range writers {
		wg.Go(func() {
			for i := range docs {
				f := fixtures()[i%3]
				f.doc.ID = docID(fmt.Sprintf("writer %d doc %d", w, i))
				if _, err := s.PutDocument(t.Context(), f.doc, f.claims); err != nil {
					errs <- err
					return
				}
				if i == docs/2 {
					created, err := s.PutDocument(t.Context(), shared.doc, shared.claims)
					if err != nil {
						errs <- err
						return
					}
					createdShared <- created
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	close(createdShared)
	for err := range errs {
		t.Fatalf("concurrent PutDocument: %v", err)
	}
	n := 0
	for c := range createdShared {
		if c {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d writers created the shared document, want 1", n)
	}
	ds, err := s.Documents(t.Context(), armsledger.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != writers*docs+1 {
		t.Errorf("%d documents stored, want %d", len(ds), writers*docs+1)
	}
	wantClaims := len(shared.claims)
	for i := range docs {
		wantClaims += writers * len(fixtures()[i%3].claims)
	}
	if cs := claims(t, s, armsledger.ClaimFilter{Raw: true}); len(cs) != wantClaims {
		t.Errorf("%d claims stored, want %d", len(cs), wantClaims)
	}
}
