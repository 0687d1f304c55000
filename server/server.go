// Package server is the ledger's JSON API over net/http: documents, claims,
// reviews, the reconciled assertions, flows and timelines, full-text search
// and export, described by the OpenAPI document it serves at
// /api/openapi.json; and the dashboard, server-rendered HTML pages with SVG
// charts over the same ledger (web*.go, templates and assets under web/).
//
// Reads are open; writes need the bearer token of Options.Token, and are
// refused when none is configured. Fetching a URL given through the API is
// off unless Options.AllowFetch, and then never reaches loopback, private or
// link-local addresses.
package server

import (
	"crypto/sha256"
	"crypto/subtle"
	"html/template"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"armsledger"
	"armsledger/ingest"
)

// DefaultMaxBody is the largest request body a Server reads unless
// Options.MaxBody says otherwise: room for a long article as JSON.
const DefaultMaxBody = 2 << 20

// Options configure a Server. Zero fields take the defaults.
type Options struct {
	// Token is the bearer token that writes need. Empty refuses every
	// write with 403.
	Token string
	// AllowFetch lets POST /api/documents fetch a URL; the fetch refuses
	// loopback, private, link-local, multicast and unspecified addresses.
	AllowFetch bool
	// MaxBody caps a request body in bytes (default DefaultMaxBody).
	MaxBody int64
	// FetchMaxBytes caps a fetched page (default ingest.DefaultMaxBytes).
	FetchMaxBytes int64
	// Logger receives one line per failed request (default: discard).
	Logger *slog.Logger
	// Now is the clock that stamps a posted document's fetch time
	// (default time.Now).
	Now func() time.Time
}

// Server serves the ledger's JSON API. Create one with New.
type Server struct {
	store  armsledger.Store
	opt    Options
	mux    *http.ServeMux
	routes []string
	// paths matches a request's path against the API's routes whatever its
	// method; methods lists each path's methods.
	paths   *http.ServeMux
	methods map[string][]string
	fetcher *ingest.Fetcher
	// The dashboard's templates, one per page.
	tmpl map[string]*template.Template
	// flowCache keeps the answers of GET /api/flows per ledger version.
	flowCache responseCache
}

// New returns a Server over store with the routes of the API registered.
func New(store armsledger.Store, opts Options) *Server {
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	if opts.FetchMaxBytes <= 0 {
		opts.FetchMaxBytes = ingest.DefaultMaxBytes
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	s := &Server{store: store, opt: opts, mux: http.NewServeMux(), paths: http.NewServeMux(), methods: map[string][]string{}}
	if opts.AllowFetch {
		s.fetcher = newSafeFetcher(opts.FetchMaxBytes)
	}
	s.handle("GET /api/documents", s.listDocuments)
	s.handle("GET /api/documents/{id}", s.getDocument)
	s.handle("POST /api/documents", s.write(s.postDocument))
	s.handle("GET /api/claims", s.listClaims)
	s.handle("GET /api/claims/{id}", s.getClaim)
	s.handle("GET /api/search", s.search)
	s.handle("GET /api/assertions", s.assertions)
	s.handle("GET /api/flows", s.flows)
	s.handle("GET /api/timeline", s.timeline)
	s.handle("GET /api/reviews", s.listReviews)
	s.handle("POST /api/reviews", s.write(s.postReview))
	s.handle("GET /api/export", s.export)
	s.handle("GET /api/openapi.json", s.openAPI)
	// Anything else under /api/ is a JSON error, not the mux's plain text:
	// 405 with Allow for a known path asked with another method, else 404.
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		if allow := s.allowed(r); allow != "" {
			w.Header().Set("Allow", allow)
			s.fail(w, r, armsledger.Errorf(EMETHOD, "%s %s: this route takes %s", r.Method, r.URL.Path, allow))
			return
		}
		s.fail(w, r, armsledger.Errorf(armsledger.ENOTFOUND, "no route %s %s", r.Method, r.URL.Path))
	})
	s.registerWeb()
	return s
}

// Handler returns the handler of the API and the dashboard. Every response
// carries the Content-Security-Policy and the other security headers.
func (s *Server) Handler() http.Handler { return secure(s.mux) }

// Routes lists the registered patterns ("GET /api/claims"), in order.
func (s *Server) Routes() []string { return append([]string(nil), s.routes...) }

// HTTPServer returns an http.Server for the API on addr with timeouts that
// bound slow clients: headers in 10 s, a whole request in 1 min, a response
// (an export of a large ledger included) in 10 min.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      10 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.opt.Logger.Handler(), slog.LevelWarn),
	}
}

// handlerFunc is a handler that returns its error for fail to write.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// handle registers h under pattern and records the pattern, and its
// method by path for the 405s.
func (s *Server) handle(pattern string, h handlerFunc) {
	s.routes = append(s.routes, pattern)
	method, path, _ := strings.Cut(pattern, " ")
	if s.methods[path] == nil {
		s.paths.HandleFunc(path, http.NotFound) // matched only, never served
	}
	s.methods[path] = append(s.methods[path], method)
	s.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.fail(w, r, err)
		}
	})
}

// allowed lists, comma-separated, the methods the API routes take for
// r's path; "" when no route has that path.
func (s *Server) allowed(r *http.Request) string {
	if _, path := s.paths.Handler(r); path != "" {
		return strings.Join(s.methods[path], ", ")
	}
	return ""
}

// write wraps a handler that changes the ledger: it needs the bearer
// token, and its body is size-limited.
func (s *Server) write(h handlerFunc) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		if s.opt.Token == "" {
			return errorf(EFORBIDDEN, "writes are off: start the server with a token (ARMSLEDGER_TOKEN or --token-file)")
		}
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok {
			w.Header().Set("WWW-Authenticate", `Bearer realm="armsledger"`)
			return errorf(EUNAUTHORIZED, "writes need an Authorization: Bearer token header")
		}
		// Hashes first, so the comparison takes the same time whatever
		// the lengths.
		a, b := sha256.Sum256([]byte(got)), sha256.Sum256([]byte(s.opt.Token))
		if subtle.ConstantTimeCompare(a[:], b[:]) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="armsledger", error="invalid_token"`)
			return errorf(EUNAUTHORIZED, "wrong bearer token")
		}
		r.Body = http.MaxBytesReader(w, r.Body, s.opt.MaxBody)
		return h(w, r)
	}
}
