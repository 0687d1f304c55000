package server

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strings"

	"armsledger"
	"armsledger/reconcile"
)

// ContentSecurityPolicy is the policy of every response: nothing from
// another host, no inline script or style, no plugins, no framing.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

//go:embed web/templates/*.html
var templateFS embed.FS

//go:embed web/static
var staticFS embed.FS

// pages are the dashboard's templates, one per page, each parsed with the
// shared layout.
var pages = []string{"flows", "flow", "claims", "document", "review", "error"}

// webHandler is a dashboard handler; its error becomes an HTML error page.
type webHandler func(w http.ResponseWriter, r *http.Request) error

// registerWeb adds the dashboard's routes to the mux. They are not in
// Routes, which lists the API that openapi.json describes.
func (s *Server) registerWeb() {
	fm := template.FuncMap{
		"flowPath": flowPath,
		"actors":   actorList,
		"qty":      quantityText,
		"iv":       intervalText,
		"short":    shortID,
		"pct":      func(f float64) string { return fmt.Sprintf("%.0f%%", f*100) },
		"date":     dateText,
	}
	s.tmpl = map[string]*template.Template{}
	for _, p := range pages {
		s.tmpl[p] = template.Must(template.New(p+".html").Funcs(fm).
			ParseFS(templateFS, "web/templates/layout.html", "web/templates/"+p+".html"))
	}
	static, err := fs.Sub(staticFS, "web/static")
	if err != nil {
		panic(err) // the embedded folder is part of the binary
	}
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	s.mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/static/favicon.svg", http.StatusMovedPermanently)
	})
	s.web("GET /{$}", s.flowsPage)
	s.web("GET /flows/{supplier}/{recipient}/{category}", s.flowPage)
	s.web("GET /claims", s.claimsPage)
	s.web("GET /claims.csv", s.claimsCSV)
	s.web("GET /documents/{id}", s.documentPage)
	s.web("GET /review", s.reviewPage)
	s.web("POST /review/session", s.signIn)
	s.web("POST /review/signout", s.signOut)
	s.web("POST /review/{claim}", s.postReviewForm)
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.webFail(w, r, errorf(armsledger.ENOTFOUND, "no page at %s", r.URL.Path))
	})
}

// web registers a dashboard route.
func (s *Server) web(pattern string, h webHandler) {
	s.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.webFail(w, r, err)
		}
	})
}

// secure sets the headers every response carries.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", ContentSecurityPolicy)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "same-origin")
		hd.Set("X-Frame-Options", "DENY")
		h.ServeHTTP(w, r)
	})
}

// pageData is what the layout needs besides a page's own data.
type pageData struct {
	Title string
	Nav   string // the current section: flows, claims, review
	Data  any
}

// render executes a page's template into a buffer first, so that a
// template error becomes an error page rather than half a page.
func (s *Server) render(w http.ResponseWriter, status int, name string, p pageData) error {
	var buf bytes.Buffer
	if err := s.tmpl[name].ExecuteTemplate(&buf, "layout", p); err != nil {
		return fmt.Errorf("render %s: %w", name, err)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, err := w.Write(buf.Bytes())
	if err != nil {
		s.opt.Logger.Debug("write page", "err", err)
	}
	return nil
}

// webFail writes err as an HTML page with the status of its code.
func (s *Server) webFail(w http.ResponseWriter, r *http.Request, err error) {
	code := armsledger.ErrorCode(err)
	msg := armsledger.ErrorMessage(err)
	if code == armsledger.EINTERNAL {
		s.opt.Logger.Error("page failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	st := StatusOf(code)
	if rerr := s.render(w, st, "error", pageData{Title: http.StatusText(st), Data: struct {
		Status  int
		Message string
	}{st, msg}}); rerr != nil {
		s.opt.Logger.Error("error page failed", "err", rerr)
		http.Error(w, msg, st)
	}
}

// flowPath is the dashboard path of a flow: /flows/KP/RU/ammunition.
func flowPath(k reconcile.FlowKey) string {
	return "/flows/" + url.PathEscape(actorList(k.Suppliers)) + "/" + url.PathEscape(actorList(k.Recipients)) +
		"/" + url.PathEscape(string(k.Category))
}

// actorList writes actors as "US+EU", "?" when none.
func actorList(a []string) string {
	if len(a) == 0 {
		return "?"
	}
	return strings.Join(a, "+")
}

// shortID is the first 12 characters of a document ID, as the CLI shows it.
func shortID(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}
