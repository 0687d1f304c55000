package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"armsledger"
	"armsledger/ingest"
	"armsledger/internal/archive"
	"armsledger/internal/testdb"
)

// canonGroup is one document of an export with the IDs the store assigned
// replaced by references that do not depend on them: a claim is "m3" (the
// document's fourth machine claim by ID), "c0" (its first corrected claim)
// or "gone" (deleted by re-extraction).
type canonGroup struct {
	Doc       armsledger.Document
	Machine   []armsledger.Claim
	Corrected []armsledger.Claim
	Reviews   []canonReview
}

type canonReview struct {
	armsledger.StoredReview
	ClaimRef, DecidedRef, CurrentRef string
}

// canonical reads an export into canonical groups, in document order.
func canonical(t *testing.T, path string) []canonGroup {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var groups []canonGroup
	var refs map[int64]string
	var reviews []armsledger.StoredReview
	finish := func() {
		if len(groups) == 0 {
			return
		}
		g := &groups[len(groups)-1]
		ref := func(id int64) string {
			switch {
			case id == 0:
				return ""
			case refs[id] != "":
				return refs[id]
			}
			return "gone"
		}
		for _, r := range reviews {
			cr := canonReview{StoredReview: r, ClaimRef: ref(r.ClaimID), DecidedRef: ref(r.Decided), CurrentRef: ref(r.Current)}
			cr.ID, cr.ClaimID, cr.Decided, cr.Current = 0, 0, 0, 0
			g.Reviews = append(g.Reviews, cr)
		}
		reviews = nil
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var head struct{ Type string }
		if err := json.Unmarshal(sc.Bytes(), &head); err != nil {
			t.Fatal(err)
		}
		switch head.Type {
		case archive.TypeDocument:
			finish()
			var r archive.DocumentRecord
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatal(err)
			}
			groups = append(groups, canonGroup{Doc: r.Document})
			refs = make(map[int64]string)
		case archive.TypeClaim:
			var r archive.ClaimRecord
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatal(err)
			}
			g := &groups[len(groups)-1]
			if r.Corrected {
				refs[r.ID] = fmt.Sprintf("c%d", len(g.Corrected))
				g.Corrected = append(g.Corrected, r.Claim)
			} else {
				refs[r.ID] = fmt.Sprintf("m%d", len(g.Machine))
				g.Machine = append(g.Machine, r.Claim)
			}
		case archive.TypeReview:
			var r archive.ReviewRecord
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatal(err)
			}
			reviews = append(reviews, r.StoredReview)
		case archive.TypeHeader:
		default:
			t.Fatalf("record type %q", head.Type)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	finish()
	return groups
}

// reviewedLedger fills the ledger at dsn with the examples and a document
// whose claims have a history: accepted, corrected, the correction
// accepted and corrected again, rejected, then re-extracted by an older
// extractor that words one claim differently and loses another (whose
// review is orphaned), then reviewed again.
func reviewedLedger(t *testing.T, dsn string) {
	t.Helper()
	ingestExamples(t, dsn)
	mustRun(t, "ingest", writeTree(t, map[string]string{"a.txt": reviewText}), "--db", dsn)
	s := testdb.Open(t, dsn)
	doc := ingest.DocumentID(reviewText)
	cs := listClaims(t, dsn, "--doc", doc)
	drones, tanks, shells := cs[0], cs[1], cs[2]
	review := func(args ...string) int64 {
		t.Helper()
		out := mustRun(t, append([]string{"review", "--db", dsn, "--reviewer", "ana"}, args...)...)
		var id int64
		if i := strings.Index(out, "; claim "); i >= 0 {
			fmt.Sscan(out[i+len("; claim "):], &id)
		}
		return id
	}
	review(fmt.Sprint(drones.ID), "--accept", "--note", "checked")
	c1 := review(fmt.Sprint(shells.ID), "--correct", "status=committed")
	review(fmt.Sprint(c1), "--accept")
	review(fmt.Sprint(c1), "--correct", "min=5000000", "--correct", "max=5000000")
	review(fmt.Sprint(tanks.ID), "--reject")
	older := []armsledger.Claim{drones.Claim, shells.Claim}
	older[0].Item = "UAVs"
	if err := s.ReplaceClaims(t.Context(), doc, "r0-old", older); err != nil {
		t.Fatal(err)
	}
	review(fmt.Sprint(listClaims(t, dsn, "--doc", doc, "--raw")[2].ID), "--reject", "--note", "UAVs?")
	// And a correction in one of the examples.
	ex := listClaims(t, dsn, "--supplier", "KP", "--limit", "1")[0]
	review(fmt.Sprint(ex.ID), "--correct", "speaker=Shin Won-sik", "--correct", "via=Yonhap, Bloomberg")
}

// TestExportImportRoundTrip exports a ledger with a review history,
// imports it into a fresh store of each kind, exports that, and compares
// the two field by field (store-assigned IDs as references).
func TestExportImportRoundTrip(t *testing.T) {
	testdb.Each(t, func(t *testing.T, from string) {
		reviewedLedger(t, from)
		exported := filepath.Join(t.TempDir(), "ledger.jsonl")
		out := mustRun(t, "export", "--db", from, "--out", exported)
		docs := fmt.Sprintf("%d documents", exampleArticles(t)+1) // the examples and one more
		if !strings.Contains(out, docs) || !strings.Contains(out, "7 reviews") {
			t.Errorf("export printed %q", out)
		}
		want := canonical(t, exported)
		orphaned := 0
		for _, g := range want {
			for _, r := range g.Reviews {
				if r.CurrentRef == "" {
					orphaned++
				}
			}
		}
		if orphaned != 1 {
			t.Fatalf("the history should leave 1 orphaned review, not %d", orphaned)
		}
		for _, kind := range testdb.Kinds {
			t.Run("into "+kind, func(t *testing.T) {
				to := testdb.DSN(t, kind)
				out := mustRun(t, "import", exported, "--db", to)
				if !strings.HasPrefix(out, "imported "+docs) || !strings.Contains(out, "7 reviews") {
					t.Errorf("import printed %q", out)
				}
				again := filepath.Join(t.TempDir(), "again.jsonl")
				mustRun(t, "export", "--db", to, "--out", again)
				if diff := cmp.Diff(want, canonical(t, again)); diff != "" {
					t.Errorf("round trip changed the ledger (-exported +imported):\n%s", diff)
				}
				// What a user sees is the same.
				strip := func(cs []armsledger.StoredClaim) []string {
					var out []string // the claims' JSON, without IDs, sorted
					for _, c := range cs {
						c.ID = 0
						out = append(out, toJSON(t, c))
					}
					slices.Sort(out)
					return out
				}
				if diff := cmp.Diff(strip(listClaims(t, from, "--supplier", "KP")), strip(listClaims(t, to, "--supplier", "KP"))); diff != "" {
					t.Errorf("effective claims differ:\n%s", diff)
				}
				out = mustRun(t, "import", exported, "--db", to)
				if !strings.Contains(out, "imported 0 documents, 0 claims, 0 reviews ("+docs+" already stored, skipped)") {
					t.Errorf("second import printed %q", out)
				}
			})
		}
	})
}

func TestExportCSV(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		reviewedLedger(t, dsn)
		dir := filepath.Join(t.TempDir(), "csv")
		mustRun(t, "export", "--db", dsn, "--format", "csv", "--out", dir)
		s := testdb.Open(t, dsn)
		raw, _ := s.Claims(t.Context(), armsledger.ClaimFilter{Raw: true})
		for name, rows := range map[string]int{"documents.csv": exampleArticles(t) + 1, "claims.csv": len(raw), "reviews.csv": 7} {
			f, err := os.Open(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			recs, err := csv.NewReader(f).ReadAll()
			f.Close()
			if err != nil || len(recs) != rows+1 || recs[0][0] != "id" {
				t.Errorf("%s: %d rows (err %v), want a header and %d", name, len(recs), err, rows)
			}
		}
		for _, args := range [][]string{{"--format", "xml"}, {"--format", "csv"}} {
			if _, _, err := run(t, "", append([]string{"export", "--db", dsn}, args...)...); err == nil {
				t.Errorf("export %v: no error", args)
			}
		}
	})
}

func TestImportRejectsBadInput(t *testing.T) {
	dsn := testdb.DSN(t, "sqlite")
	for name, c := range map[string]struct{ in, says string }{
		"not json":         {"{\"type\":\"document\",\n", "unexpected end of JSON"},
		"unknown type":     {`{"type":"shipment"}`, `unknown record type "shipment"`},
		"claim before doc": {`{"type":"claim","document_id":"x","category":"drone","status":"delivered","span":[0,1]}`, "a claim not after its document"},
		"other format":     {`{"type":"header","format":"armsledger-export/99"}`, `format "armsledger-export/99"`},
		"script url":       {`{"type":"document","id":"ab12","url":"javascript:alert(1)","text":"Iran sent drones to Russia."}`, `document ab12: url "javascript:alert(1)"`},
	} {
		path := writeFile(t, "in.jsonl", []byte(c.in+"\n"))
		_, _, err := run(t, "", "import", path, "--db", dsn)
		if err == nil || !strings.Contains(err.Error(), "line 1") || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%s: err %v, want one naming line 1 and saying %q", name, err, c.says)
		}
	}
}

// exampleArticles counts the bundled example articles the tests ingest.
func exampleArticles(t *testing.T) int {
	t.Helper()
	articles, err := filepath.Glob("../../examples/*.md")
	if err != nil || len(articles) == 0 {
		t.Fatalf("no example articles: %v", err)
	}
	return len(articles)
}
