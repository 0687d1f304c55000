package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"armsledger"
	"armsledger/extract"
	"armsledger/internal/testdb"
)

// writeTree writes files (name → content) under a new folder and returns it.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

var summaryRE = regexp.MustCompile(`(?m)^(\d+) new, (\d+) already known, (\d+) failed, (\d+) claims$`)

// summary parses the summary line of ingest's output.
func summary(t *testing.T, out string) (created, known, failed, claims int) {
	t.Helper()
	m := summaryRE.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no summary line in %q", out)
	}
	fmt.Sscan(m[1]+" "+m[2]+" "+m[3]+" "+m[4], &created, &known, &failed, &claims)
	return
}

// checkLedger checks what every stored claim must satisfy: its evidence is
// the slice of its document's text its span names, and the machine claims
// of each document are exactly those a fresh extraction of its text gives.
func checkLedger(t *testing.T, s armsledger.Store) (docs, claims int) {
	t.Helper()
	ctx := t.Context()
	ds, err := s.Documents(ctx, armsledger.DocumentFilter{WithText: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range ds {
		stored, err := s.Claims(ctx, armsledger.ClaimFilter{DocumentID: d.ID, Raw: true})
		if err != nil {
			t.Fatal(err)
		}
		var machine []armsledger.Claim
		for _, c := range stored {
			if c.Span.End > len(d.Text) || d.Text[c.Span.Start:c.Span.End] != c.Evidence {
				t.Errorf("document %s: claim %d's span %v does not slice %q out of the text", d.ID, c.ID, c.Span, c.Evidence)
			}
			if !c.Corrected {
				machine = append(machine, c.Claim)
			}
		}
		opt := extract.Options{Outlet: d.Outlet}
		if d.Published != "" {
			opt.Published = mustDate(t, d.Published)
		}
		want := extract.Extract(d.Text, opt)
		if !equalJSON(t, machine, want) {
			t.Errorf("document %s: stored claims differ from a fresh extraction:\nstored %s\nfresh  %s",
				d.ID, toJSON(t, machine), toJSON(t, want))
		}
		claims += len(stored)
	}
	return len(ds), claims
}

func TestIngestIdempotent(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		out, errOut, err := run(t, "", "ingest", "../../examples", "--db", dsn)
		if err != nil {
			t.Fatalf("ingest: %v\n%s", err, errOut)
		}
		created, known, failed, claims := summary(t, out)
		if created != 14 || known != 0 || failed != 0 || claims == 0 {
			t.Fatalf("first ingest: %q", out)
		}
		if errOut != "" {
			t.Errorf("quiet ingest wrote to stderr: %q", errOut)
		}
		out, _, err = run(t, "", "ingest", "../../examples", "--db", dsn)
		if err != nil {
			t.Fatal(err)
		}
		if want := "0 new, 14 already known, 0 failed, 0 claims\n"; out != want {
			t.Errorf("second ingest printed %q, want %q", out, want)
		}
		s := testdb.Open(t, dsn)
		docs, stored := checkLedger(t, s)
		if docs != 14 || stored != claims {
			t.Errorf("ledger holds %d documents and %d claims, want 14 and %d", docs, stored, claims)
		}
	})
}

func TestIngestOverridesAndEnv(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.txt": article})
	db := filepath.Join(t.TempDir(), "env.db")
	t.Setenv("ARMSLEDGER_DB", db)
	if _, errOut, err := run(t, "", "ingest", dir, "--published", "2024-06-14", "--outlet", "Yonhap"); err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	s := testdb.Open(t, db) // the file ARMSLEDGER_DB names
	ds, err := s.Documents(t.Context(), armsledger.DocumentFilter{})
	if err != nil || len(ds) != 1 {
		t.Fatalf("documents %v, %v", ds, err)
	}
	if d := ds[0]; d.Published != "2024-06-14" || d.Outlet != "Yonhap" || d.Extractor != extract.Version() {
		t.Errorf("document %+v: want the published date, outlet and extractor version set", d)
	}
	for _, args := range [][]string{
		{"ingest"},
		{"ingest", dir, "--since", "yesterday"},
		{"ingest", dir, "--published", "14/06/2024"},
	} {
		if _, _, err := run(t, "", args...); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

// TestIngestBadInputs: every bad input is listed with its path or URL and
// a reason, the good ones are stored all the same, and the command fails.
func TestIngestBadInputs(t *testing.T) {
	cyrillic := "Россия получила от Ирана ещё двести беспилотников, сообщил в понедельник источник в министерстве обороны. " +
		"Поставки продолжаются с осени, и их объём растёт с каждым месяцем, добавил он."
	page, err := charmap.Windows1251.NewEncoder().String(`<html><head><meta charset="windows-1251">
<title>Беспилотники</title></head><body><article><h1>Беспилотники</h1><p>` + cyrillic + `</p></article></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	english := "<p>" + strings.Repeat("Germany sent 14 Leopard 2 tanks to Ukraine, the ministry said. ", 3) + "</p>"
	block := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("GET /ru", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html") // the page itself names its charset
		fmt.Fprint(w, page)
	})
	mux.HandleFunc("GET /missing", http.NotFound)
	mux.HandleFunc("GET /slow", func(w http.ResponseWriter, r *http.Request) {
		select { // never answers, until the client gives up or the test ends
		case <-r.Context().Done():
		case <-block:
		}
	})
	mux.HandleFunc("GET /feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Tanks</title><link>/news/tanks</link><pubDate>Mon, 03 Mar 2025 00:00:00 +0000</pubDate></item>
<item><title>Old</title><link>/news/old</link><pubDate>Mon, 03 Mar 2020 00:00:00 +0000</pubDate></item>
</channel></rss>`)
	})
	mux.HandleFunc("GET /news/tanks", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "<html><body><article>%s</article></body></html>", english)
	})
	mux.HandleFunc("GET /bad-feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><item><title>cut off`)
	})
	srv := httptest.NewServer(mux) // on 127.0.0.1
	defer srv.Close()
	defer close(block)

	invalid := append([]byte("Iran sent \xff\xfe drones to Russia, officials said.\n"), article...)
	dir := writeTree(t, map[string]string{
		"good.md":          article,
		"empty.txt":        "",
		"image.txt":        "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
		"invalid-utf8.txt": string(invalid),
		"big.txt":          strings.Repeat(article, 100),
		"nav-only.html": `<html><head><script>var a = 1;</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><script>track()</script></body></html>`,
	})
	p := func(name string) string { return filepath.Join(dir, name) }

	testdb.Each(t, func(t *testing.T, dsn string) {
		out, errOut, err := run(t, "", "ingest", dir, srv.URL+"/ru", srv.URL+"/missing", srv.URL+"/slow",
			p("no-such-file.txt"), "--feed", srv.URL+"/feed.xml", "--feed", srv.URL+"/bad-feed.xml",
			"--since", "2025-01-01", "--max-bytes", "4000", "--timeout", "300ms", "--db", dsn)
		if err == nil {
			t.Error("ingest with failures returned no error")
		}
		created, known, failed, _ := summary(t, out)
		// Stored: good.md, invalid-utf8.txt (repaired), the Cyrillic page,
		// the feed's recent item. The old feed item is skipped by --since.
		if created != 4 || known != 0 || failed != 8 {
			t.Errorf("summary %q: want 4 new, 0 known, 8 failed\nstderr:\n%s", out, errOut)
		}
		for _, want := range []string{
			"FAILED " + p("big.txt") + ": input is larger than the size limit",
			"FAILED " + p("empty.txt") + ": empty",
			"FAILED " + p("image.txt") + ": unsupported input type: content is image/png, not text",
			"FAILED " + p("nav-only.html") + ": no article text",
			"FAILED " + srv.URL + "/missing: 404 Not Found",
			"FAILED " + srv.URL + "/slow: timed out",
			"FAILED " + p("no-such-file.txt") + ": no such file or directory",
			"FAILED " + srv.URL + "/bad-feed.xml: not a valid RSS, Atom or JSON feed",
			"warning: " + p("invalid-utf8.txt") + ": repaired 2 invalid UTF-8 byte sequence(s)",
		} {
			if !strings.Contains(errOut, want) {
				t.Errorf("stderr lacks %q:\n%s", want, errOut)
			}
		}
		if n := strings.Count(errOut, "FAILED "); n != 8 {
			t.Errorf("%d FAILED lines, want 8:\n%s", n, errOut)
		}

		s := testdb.Open(t, dsn)
		ds, err := s.Documents(t.Context(), armsledger.DocumentFilter{WithText: true})
		if err != nil {
			t.Fatal(err)
		}
		var texts []string
		for _, d := range ds {
			texts = append(texts, d.Text)
		}
		all := strings.Join(texts, "\n---\n")
		for _, want := range []string{cyrillic, "Iran sent \uFFFD drones", "Germany sent 14 Leopard 2 tanks"} {
			if !strings.Contains(all, want) {
				t.Errorf("no stored text holds %q:\n%s", want, all)
			}
		}
		if strings.Contains(all, "Р‘Рµ") {
			t.Errorf("windows-1251 read as another charset:\n%s", all)
		}
		checkLedger(t, s)
	})
}

func TestIngestNoProgressBarWhenPiped(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.txt": article})
	var out, errOut bytes.Buffer
	root := newRoot(strings.NewReader(""), &out, &errOut)
	root.SetArgs([]string{"ingest", dir, "--db", filepath.Join(t.TempDir(), "x.db")})
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	if errOut.Len() > 0 {
		t.Errorf("ingest into a pipe drew on stderr: %q", errOut.String())
	}
}
