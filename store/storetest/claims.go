package storetest

import (
	"slices"
	"testing"

	"armsledger"
)

// Evidence of the fixtures' claims, in the order they are stored.
const (
	evShells   = "North Korea has sent 4.8 million rounds of artillery shells to Russia"
	evMissiles = "Pyongyang also shipped dozens of ballistic missiles to Moscow"
	evHelp     = "Russia gave technical help to North Korea"
	evEURounds = "The European Union committed one million rounds to Ukraine"
	evDrones   = "Germany will send more drones to Kyiv"
	evShahed   = "Iran supplied Shahed drones to Russia"
	evBillions = "The United States and the European Union gave billions of dollars worth of weapons to Ukraine"
)

func testClaimFilters(t *testing.T, open func(*testing.T) armsledger.Store) {
	s := open(t)
	fs := fixtures()
	put(t, s, fs...)
	all := claims(t, s, armsledger.ClaimFilter{})
	tests := []struct {
		name   string
		filter armsledger.ClaimFilter
		want   []string
	}{
		{"all", armsledger.ClaimFilter{},
			[]string{evShells, evMissiles, evHelp, evEURounds, evDrones, evShahed, evBillions}},
		{"supplier", armsledger.ClaimFilter{Supplier: "KP"}, []string{evShells, evMissiles}},
		{"one of several suppliers", armsledger.ClaimFilter{Supplier: "EU"}, []string{evEURounds, evBillions}},
		{"supplier is exact", armsledger.ClaimFilter{Supplier: "kp"}, []string{}},
		{"recipient", armsledger.ClaimFilter{Recipient: "RU"}, []string{evShells, evMissiles, evShahed}},
		{"supplier and recipient", armsledger.ClaimFilter{Supplier: "RU", Recipient: "KP"}, []string{evHelp}},
		{"recipient is not supplier", armsledger.ClaimFilter{Recipient: "KP", Supplier: "KP"}, []string{}},
		{"category", armsledger.ClaimFilter{Category: armsledger.Drone}, []string{evDrones, evShahed}},
		{"status", armsledger.ClaimFilter{Status: armsledger.Committed}, []string{evEURounds}},
		{"category and status", armsledger.ClaimFilter{Category: armsledger.Ammunition, Status: armsledger.Delivered},
			[]string{evShells}},
		{"since", armsledger.ClaimFilter{Since: "2024-06-14"}, []string{evShells, evMissiles, evHelp}},
		{"until", armsledger.ClaimFilter{Until: "2024-01-30"}, []string{evEURounds, evDrones}},
		{"since and until", armsledger.ClaimFilter{Since: "2024-01-01", Until: "2024-12-31"},
			[]string{evShells, evMissiles, evHelp, evEURounds, evDrones}},
		{"empty date range", armsledger.ClaimFilter{Since: "2024-02-01", Until: "2024-06-13"}, []string{}},
		{"document", armsledger.ClaimFilter{DocumentID: fs[2].doc.ID}, []string{evShahed, evBillions}},
		{"query", armsledger.ClaimFilter{Query: "satellite"}, []string{evShells, evMissiles, evHelp}},
		{"query and supplier", armsledger.ClaimFilter{Query: "drones", Supplier: "IR"}, []string{evShahed}},
		{"after", armsledger.ClaimFilter{After: all[4].ID}, []string{evShahed, evBillions}},
		{"limit", armsledger.ClaimFilter{Limit: 2}, []string{evShells, evMissiles}},
		{"everything at once", armsledger.ClaimFilter{Supplier: "KP", Recipient: "RU",
			Category: armsledger.Missile, Status: armsledger.Delivered, Since: "2024-06-01",
			Until: "2024-06-30", Query: "shells", DocumentID: fs[0].doc.ID, After: all[0].ID, Limit: 5},
			[]string{evMissiles}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			diff(t, "Claims", evidence(claims(t, s, tt.filter)), tt.want)
			raw := tt.filter
			raw.Raw = true
			diff(t, "raw Claims", evidence(claims(t, s, raw)), tt.want)
		})
	}
}

func testFullText(t *testing.T, open func(*testing.T) armsledger.Store) {
	s := open(t)
	fs := fixtures()
	put(t, s, fs...)
	kp, eu, ir := fs[0].doc.ID, fs[1].doc.ID, fs[2].doc.ID
	tests := []struct {
		query string
		want  []string // document IDs
	}{
		{"shells", []string{kp}},
		{"Shells", []string{kp}},                   // case folds
		{"shell", []string{kp}},                    // stems
		{"drone", []string{eu, ir}},                // stems
		{"missile satellites", []string{kp}},       // every word, stemmed
		{"drones Germany", []string{eu}},           // every word
		{`"European Union"`, []string{eu, ir}},     // phrase
		{`"Union European"`, []string{}},           // phrase order
		{"shells or Shahed", []string{ir, kp}},     // either
		{"drones -Germany", []string{ir}},          // exclusion
		{`rounds -"European Union"`, []string{kp}}, // excluded phrase
		{"tanks", []string{}},
		{"tanks or drones Kyiv", []string{eu}}, // OR binds looser than AND
		{"text:shells", []string{}},            // not FTS5 syntax: no column filter
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			ds, err := s.Documents(t.Context(), armsledger.DocumentFilter{Query: tt.query})
			if err != nil {
				t.Fatal(err)
			}
			got := []string{}
			for _, d := range ds {
				got = append(got, d.ID)
			}
			diff(t, "Documents", got, tt.want)
			var fromClaims []string
			for _, c := range claims(t, s, armsledger.ClaimFilter{Query: tt.query}) {
				fromClaims = append(fromClaims, c.DocumentID)
			}
			slices.Sort(fromClaims)
			fromClaims = slices.Compact(fromClaims)
			if fromClaims == nil {
				fromClaims = []string{}
			}
			diff(t, "documents of Claims", fromClaims, tt.want)
		})
	}
}

func testCursor(t *testing.T, open func(*testing.T) armsledger.Store) {
	s := open(t)
	fs := fixtures()
	put(t, s, fs...)
	// Reviews hide one claim and replace another, so pages of effective
	// claims skip the hidden claim and end with the correction.
	all := claims(t, s, armsledger.ClaimFilter{})
	if _, err := s.AddReview(t.Context(), armsledger.Review{ClaimID: all[1].ID, Verdict: armsledger.Reject,
		Reviewer: "ana"}); err != nil {
		t.Fatal(err)
	}
	fix := all[3].Claim
	fix.Quantity = nil
	if _, err := s.AddReview(t.Context(), armsledger.Review{ClaimID: all[3].ID, Verdict: armsledger.Correct,
		Corrected: &fix, Reviewer: "ana"}); err != nil {
		t.Fatal(err)
	}
	for _, f := range []armsledger.ClaimFilter{{}, {Raw: true}, {Recipient: "UA"}, {Query: "Russia"}} {
		want := claims(t, s, f)
		for _, limit := range []int{1, 2, 3, len(want), len(want) + 1} {
			var got []armsledger.StoredClaim
			page := f
			page.Limit = limit
			for n := 0; ; n++ {
				cs := claims(t, s, page)
				if len(cs) > limit {
					t.Fatalf("page of %d claims under limit %d", len(cs), limit)
				}
				got = append(got, cs...)
				if len(cs) < limit {
					break
				}
				if n > len(want) {
					t.Fatalf("filter %+v: paging does not end", f)
				}
				page.After = cs[len(cs)-1].ID
			}
			diff(t, "paged claims", ids(got), ids(want))
		}
	}

	var docs []string
	after := ""
	for {
		ds, err := s.Documents(t.Context(), armsledger.DocumentFilter{After: after, Limit: 2})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range ds {
			docs = append(docs, d.ID)
		}
		if len(ds) < 2 {
			break
		}
		after = ds[len(ds)-1].ID
	}
	diff(t, "paged documents", docs, []string{fs[1].doc.ID, fs[2].doc.ID, fs[0].doc.ID})
}
