package ledgerview

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"testing"
	"time"

	"armsledger"
	"armsledger/internal/testdb"
	"armsledger/reconcile"
)

// counting is a real store that counts the queries made of it.
type counting struct {
	armsledger.Store
	claims, documents int
	listings          int // Documents calls: the bulk read of metadata
	limits            []int
}

func (c *counting) Documents(ctx context.Context, f armsledger.DocumentFilter) ([]armsledger.Document, error) {
	c.listings++
	if f.WithText || f.Limit == 0 {
		return nil, fmt.Errorf("a listing with texts or without a limit: %+v", f)
	}
	return c.Store.Documents(ctx, f)
}

func (c *counting) Claims(ctx context.Context, f armsledger.ClaimFilter) ([]armsledger.StoredClaim, error) {
	c.claims++
	c.limits = append(c.limits, f.Limit)
	return c.Store.Claims(ctx, f)
}

func (c *counting) Document(ctx context.Context, id string) (armsledger.Document, error) {
	c.documents++
	return c.Store.Document(ctx, id)
}

// ledger writes n documents with three claims each (KP → RU, KP → RU, US →
// UA); every third document has no publication date.
func ledger(t *testing.T, s armsledger.Store, n int) {
	t.Helper()
	var dcs []armsledger.DocumentClaims
	for i := range n {
		text := fmt.Sprintf("Report %d. North Korea sent shells to Russia. The US sent drones to Ukraine.", i)
		sum := sha256.Sum256([]byte(text))
		d := armsledger.Document{ID: hex.EncodeToString(sum[:]), URL: fmt.Sprintf("https://example.org/%d", i),
			Outlet: fmt.Sprintf("Outlet %d", i), Text: text, Extractor: "test",
			Fetched: time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC)}
		if i%3 != 2 {
			d.Published = fmt.Sprintf("2024-06-%02d", 1+i%28)
		}
		claim := func(sup, rec string, cat armsledger.Category, start int) armsledger.Claim {
			v := float64(1000 * (i + 1))
			return armsledger.Claim{Suppliers: []string{sup}, Recipients: []string{rec}, Category: cat,
				Status: armsledger.Delivered, Span: armsledger.Span{Start: start, End: start + 5}, Confidence: 0.9,
				Quantity: &armsledger.Quantity{Min: &v, Max: &v, Unit: armsledger.UnitRound, Qualifier: armsledger.Exact}}
		}
		dcs = append(dcs, armsledger.DocumentClaims{Document: d, Claims: []armsledger.Claim{
			claim("KP", "RU", armsledger.Ammunition, 0), claim("KP", "RU", armsledger.Ammunition, 10),
			claim("US", "UA", armsledger.Drone, 20)}})
	}
	if _, err := s.PutDocuments(t.Context(), dcs); err != nil {
		t.Fatal(err)
	}
}

func TestLoad(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		s := testdb.Open(t, dsn)
		ledger(t, s, 7)
		all, err := s.Claims(t.Context(), armsledger.ClaimFilter{})
		if err != nil {
			t.Fatal(err)
		}
		// A rejected claim is not effective, so it is not a source.
		if _, err := s.AddReview(t.Context(), armsledger.Review{ClaimID: all[4].ID, Verdict: armsledger.Reject, Reviewer: "test"}); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			name      string
			filter    armsledger.ClaimFilter
			page      int
			wantN     int
			wantPages int
		}{
			{"all in pages of 4", armsledger.ClaimFilter{}, 4, 20, 6},
			{"all in one page", armsledger.ClaimFilter{}, 0, 20, 1},
			{"a page size that divides the count", armsledger.ClaimFilter{}, 5, 20, 5},
			{"supplier KP", armsledger.ClaimFilter{Supplier: "KP"}, 3, 13, 5},
			{"drones since June 5", armsledger.ClaimFilter{Category: armsledger.Drone, Since: "2024-06-05"}, 2, 2, 2},
			{"the caller's limit is the loader's", armsledger.ClaimFilter{Recipient: "UA", Limit: 1}, 100, 7, 1},
			{"raw keeps the rejected claim", armsledger.ClaimFilter{Raw: true}, 6, 21, 4},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				c := &counting{Store: s}
				got, err := Loader{Store: c, PageSize: tt.page}.Load(t.Context(), tt.filter)
				if err != nil {
					t.Fatal(err)
				}
				f := tt.filter
				f.Limit = 0
				want, err := s.Claims(t.Context(), f)
				if err != nil {
					t.Fatal(err)
				}
				if len(got) != tt.wantN || len(want) != tt.wantN {
					t.Fatalf("%d sources, store has %d claims, want %d", len(got), len(want), tt.wantN)
				}
				if c.claims != tt.wantPages {
					t.Errorf("%d claim queries (limits %v), want %d", c.claims, c.limits, tt.wantPages)
				}
				if slices.Contains(c.limits, 0) {
					t.Errorf("an unbounded claim query: limits %v", c.limits)
				}
				docs := map[string]bool{}
				for i, src := range got {
					docs[src.DocumentID] = true
					w := want[i]
					if src.ClaimID != w.ID || src.DocumentID != w.DocumentID || src.Scope != "" ||
						!equalClaims(src.Claim, w.Claim) {
						t.Errorf("source %d = %+v, want claim %+v", i, src, w)
					}
					d, err := s.Document(t.Context(), w.DocumentID)
					if err != nil {
						t.Fatal(err)
					}
					if src.Outlet != d.Outlet || src.URL != d.URL || date(src.Published) != d.Published {
						t.Errorf("source %d: outlet %q url %q published %q, want %q %q %q", i,
							src.Outlet, src.URL, date(src.Published), d.Outlet, d.URL, d.Published)
					}
				}
				// A full first page reads all metadata by listing; a
				// smaller result reads each of its documents once.
				page := tt.page
				if page == 0 {
					page = PageSize
				}
				switch full := len(want) >= page; {
				case full && (c.documents != 0 || c.listings == 0):
					t.Errorf("%d document reads and %d listings, want listings only", c.documents, c.listings)
				case !full && c.documents != len(docs):
					t.Errorf("%d document reads for %d documents", c.documents, len(docs))
				}
			})
		}
		if _, err := Load(t.Context(), s, armsledger.ClaimFilter{Since: "June"}); err == nil {
			t.Error("a malformed filter: no error")
		}
	})
}

// TestLoadFeedsReconcile checks the sources are what reconcile reads: the
// two KP → RU claims of a document are one statement, told once.
func TestLoadFeedsReconcile(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		s := testdb.Open(t, dsn)
		ledger(t, s, 1)
		src, err := Load(t.Context(), s, armsledger.ClaimFilter{Supplier: "KP"})
		if err != nil {
			t.Fatal(err)
		}
		as := reconcile.Assertions(src)
		if len(as) != 1 || len(as[0].Independent) != 1 || len(as[0].Repeats) != 1 {
			t.Fatalf("assertions %+v", as)
		}
	})
}

func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

func equalClaims(a, b armsledger.Claim) bool {
	return fmt.Sprint(a.Suppliers, a.Recipients, a.Category, a.Status, a.Span, *a.Quantity.Min) ==
		fmt.Sprint(b.Suppliers, b.Recipients, b.Category, b.Status, b.Span, *b.Quantity.Min)
}
