package main

import (
	"fmt"
	"strings"
	"testing"

	"armsledger"
	"armsledger/internal/testdb"
)

func TestShowCommand(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		ingestExamples(t, dsn)
		s := testdb.Open(t, dsn)
		doc := exampleDoc(t, s, "ir-ru-shahed-drones") // ir-ru-shahed-2022-10.md
		claims, err := s.Claims(t.Context(), armsledger.ClaimFilter{DocumentID: doc.ID})
		if err != nil || len(claims) < 2 {
			t.Fatalf("claims %v, %v", claims, err)
		}
		out := mustRun(t, "show", doc.ID[:10], "--db", dsn)
		if !strings.Contains(out, doc.Title) || !strings.Contains(out, "id:        "+doc.ID) {
			t.Errorf("show lacks the title or ID:\n%s", out)
		}
		for i, c := range claims {
			if !strings.Contains(out, "«"+c.Evidence) && !strings.Contains(out, c.Evidence+"»") {
				t.Errorf("evidence of claim %d not marked: %q", i+1, c.Evidence)
			}
			if !strings.Contains(out, fmt.Sprintf("[%d] claim %d: %s", i+1, c.ID, Flow(c.Claim))) {
				t.Errorf("claim %d not listed:\n%s", c.ID, out)
			}
		}
		if strings.Contains(out, "\x1b[") {
			t.Error("colour on a pipe")
		}
		// Without the marks and labels, the text is the document's.
		plain := out[strings.Index(out, "\n\n")+2 : strings.LastIndex(out, fmt.Sprintf("\n\n%d claim(s):", len(claims)))]
		for _, m := range marks(doc.Text, claims) {
			plain = strings.Replace(plain, m.label(), "", 1)
		}
		plain = strings.NewReplacer("«", "", "»", "").Replace(plain)
		if strings.TrimSpace(plain) != strings.TrimSpace(doc.Text) {
			t.Errorf("show changed the text:\n%s\nwant\n%s", plain, doc.Text)
		}
		coloured := mustRun(t, "show", doc.ID, "--db", dsn, "--color", "always")
		if !strings.Contains(coloured, ansiEvidence+claims[0].Evidence) || strings.Contains(coloured, "«") {
			t.Errorf("--color always: no ANSI evidence")
		}
		for _, id := range []string{"zzzz", "", doc.ID[:1] + "-"} {
			if _, _, err := run(t, "", "show", id, "--db", dsn); err == nil {
				t.Errorf("show %q: no error", id)
			}
		}
	})
}

func TestMarksMergeOverlaps(t *testing.T) {
	text := "0123456789abcdefghij"
	c := func(a, b int) armsledger.StoredClaim {
		return armsledger.StoredClaim{Claim: armsledger.Claim{Span: armsledger.Span{Start: a, End: b}}}
	}
	got := marks(text, []armsledger.StoredClaim{c(10, 15), c(0, 4), c(2, 6), c(10, 15), c(18, 40)})
	want := []mark{{0, 6, []int{2, 3}}, {10, 15, []int{1, 4}}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("marks = %v, want %v", got, want)
	}
}

// exampleDoc returns the stored example whose URL ends with name.
func exampleDoc(t *testing.T, s armsledger.Store, name string) armsledger.Document {
	t.Helper()
	docs, err := s.Documents(t.Context(), armsledger.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if strings.HasSuffix(d.URL, "/"+name) {
			d, err := s.Document(t.Context(), d.ID)
			if err != nil {
				t.Fatal(err)
			}
			return d
		}
	}
	t.Fatalf("no example at .../%s", name)
	return armsledger.Document{}
}
