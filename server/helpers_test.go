package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"armsledger"
	"armsledger/extract"
	"armsledger/ingest"
	"armsledger/internal/testdb"
)

const testToken = "s3cret-token"

// env is a Server over a fresh real ledger, served on 127.0.0.1.
type env struct {
	store armsledger.Store
	srv   *Server
	ts    *httptest.Server
}

// newEnv opens the ledger at dsn and serves it with opts.
func newEnv(t *testing.T, dsn string, opts Options) *env {
	t.Helper()
	store := testdb.Open(t, dsn)
	srv := New(store, opts)
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return &env{store, srv, ts}
}

// seedExamples stores the articles of ../examples with their claims, as
// ingest would.
func seedExamples(t *testing.T, s armsledger.Store) []armsledger.Document {
	t.Helper()
	paths, _ := filepath.Glob("../examples/*.md")
	if len(paths) == 0 {
		t.Fatal("no examples")
	}
	var batch []armsledger.DocumentClaims
	for _, p := range paths {
		txt, err := ingest.ReadFile(p, 0)
		if err != nil {
			t.Fatal(err)
		}
		d := txt.Document(time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC))
		d.Extractor = extract.Version()
		batch = append(batch, armsledger.DocumentClaims{Document: d,
			Claims: extract.Extract(d.Text, extract.Options{Published: txt.Published, Outlet: txt.Outlet})})
	}
	if _, err := s.PutDocuments(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	docs := make([]armsledger.Document, len(batch))
	for i, b := range batch {
		docs[i] = b.Document
	}
	return docs
}

// response is what call got.
type response struct {
	status int
	header http.Header
	body   []byte
}

// decode unmarshals the body into v.
func (r response) decode(t *testing.T, v any) {
	t.Helper()
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("decode %s: %v", r.body, err)
	}
}

// errCode is the code of an error body.
func (r response) errCode(t *testing.T) string {
	t.Helper()
	var e ErrorBody
	r.decode(t, &e)
	return e.Error.Code
}

// call sends a request and checks the response against openapi.json: its
// status must be described for the route, and its body valid against the
// schema described for that status.
func (e *env) call(t *testing.T, method, path, token string, body any) response {
	t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = bytes.NewBufferString(b)
	default:
		j, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		rd = bytes.NewReader(j)
	}
	req, err := http.NewRequest(method, e.ts.URL+path, rd)
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := e.ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	r := response{resp.StatusCode, resp.Header, b}
	_, pattern := e.srv.mux.Handler(req)
	if err := loadSpec(t).checkResponse(pattern, r); err != nil {
		t.Errorf("%s %s: %d %s: openapi.json does not describe this response: %v", method, path, r.status, clip(b), err)
	}
	return r
}

func clip(b []byte) string {
	if len(b) > 300 {
		return string(b[:300]) + "..."
	}
	return string(b)
}

func toJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
