package server

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"armsledger"
	"armsledger/internal/testdb"
)

// get fetches a page of the dashboard without following redirects.
func get(t *testing.T, c *http.Client, u string) (*http.Response, string) {
	t.Helper()
	resp, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func noRedirect() *http.Client {
	return &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

// TestWebPages checks every page's status, headers and escaping on both
// stores.
func TestWebPages(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		e := newWebEnv(t, dsn, testToken)
		putHostile(t, e.store)
		c := noRedirect()
		docs, err := e.store.Documents(context.Background(), armsledger.DocumentFilter{Outlet: hostileOutlet})
		if err != nil || len(docs) != 1 {
			t.Fatalf("hostile document: %v %v", docs, err)
		}
		for _, tc := range []struct {
			path   string
			status int
			want   []string
		}{
			{"/", 200, []string{`href="/flows/KP/RU/ammunition"`, `<svg class="sankey"`}},
			{"/flows/KP/RU/ammunition", 200, []string{`<svg class="timeline"`, `href="/documents/`}},
			{"/flows/KP/RU/tanks", 404, nil},
			{"/claims?supplier=KP&category=ammunition", 200, []string{`href="/claims.csv?category=ammunition&amp;supplier=KP"`}},
			{"/claims?status=bogus", 400, []string{"unknown status"}},
			{"/documents/" + docs[0].ID[:10], 200, []string{"&lt;script&gt;window.__pwned=1&lt;/script&gt;", `href="#ZgotmplZ"`, `<mark id="c`}},
			{"/documents/ffffffffffff", 404, nil},
			{"/review", 200, []string{`action="/review/session"`}},
			{"/nowhere", 404, nil},
			{"/static/app.css", 200, nil},
		} {
			resp, body := get(t, c, e.url+tc.path)
			if resp.StatusCode != tc.status {
				t.Errorf("GET %s: %d, want %d", tc.path, resp.StatusCode, tc.status)
			}
			if got := resp.Header.Get("Content-Security-Policy"); got != ContentSecurityPolicy {
				t.Errorf("GET %s: CSP %q", tc.path, got)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("GET %s: the page lacks %s", tc.path, w)
				}
			}
			if strings.Contains(body, "<script>window") || strings.Contains(body, `onerror="window`) {
				t.Errorf("GET %s: article markup reached the page unescaped", tc.path)
			}
		}
		resp, body := get(t, c, e.url+"/claims.csv?supplier=KP&recipient=RU&category=ammunition")
		lines := strings.Split(strings.TrimSpace(body), "\n")
		if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") ||
			!strings.HasPrefix(lines[0], "id,document_id,") || len(lines) < 3 {
			t.Errorf("claims.csv: %d %s %q", resp.StatusCode, resp.Header.Get("Content-Type"), body)
		}
	})
}

// TestWebReviewGuards checks that a review from the browser needs the
// session, the form's token and the same origin, and that a good one is
// stored.
func TestWebReviewGuards(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		e := newWebEnv(t, dsn, testToken)
		c := noRedirect()
		post := func(path string, form url.Values, cookies []*http.Cookie, origin string) *http.Response {
			t.Helper()
			req, _ := http.NewRequest("POST", e.url+path, strings.NewReader(form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			if origin != "" {
				req.Header.Set("Origin", origin)
			}
			for _, ck := range cookies {
				req.AddCookie(ck)
			}
			resp, err := c.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			return resp
		}
		if st := post("/review/session", url.Values{"token": {"wrong"}, "reviewer": {"Eve"}}, nil, "").StatusCode; st != 401 {
			t.Errorf("sign in with a wrong token: %d, want 401", st)
		}
		resp := post("/review/session", url.Values{"token": {testToken}, "reviewer": {"Ana"}}, nil, e.url)
		cookies := resp.Cookies()
		if resp.StatusCode != 303 || len(cookies) != 2 {
			t.Fatalf("sign in: %d, cookies %v", resp.StatusCode, cookies)
		}
		for _, ck := range cookies {
			if !ck.HttpOnly || ck.SameSite != http.SameSiteStrictMode {
				t.Errorf("cookie %s is not HttpOnly and SameSite=Strict", ck.Name)
			}
		}
		// The queue page, signed in, carries each form's token.
		req, _ := http.NewRequest("GET", e.url+"/review", nil)
		for _, ck := range cookies {
			req.AddCookie(ck)
		}
		r, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(r.Body)
		r.Body.Close()
		page := string(b)
		const form = `<form class="review" method="post" action="/review/`
		i := strings.Index(page, form)
		j := strings.Index(page, `name="csrf" value="`)
		if i < 0 || j < 0 {
			t.Fatalf("no review form on the signed-in queue")
		}
		claim := page[i+len(form):]
		claim = claim[:strings.IndexByte(claim, '"')]
		csrf := page[j+len(`name="csrf" value="`):]
		csrf = csrf[:strings.IndexByte(csrf, '"')]
		path := "/review/" + claim
		good := url.Values{"csrf": {csrf}, "verdict": {"reject"}, "note": {"not in the text"}}
		for _, tc := range []struct {
			name    string
			form    url.Values
			cookies []*http.Cookie
			origin  string
			status  int
		}{
			{"no session", good, nil, e.url, 401},
			{"other origin", good, cookies, "https://evil.example", 403},
			{"no form token", url.Values{"verdict": {"reject"}}, cookies, e.url, 403},
			{"another claim's token", url.Values{"csrf": {csrf}, "verdict": {"reject"}}, cookies, e.url, -1},
			{"bad verdict", url.Values{"csrf": {csrf}, "verdict": {"maybe"}}, cookies, e.url, 400},
			{"good", good, cookies, e.url, 303},
		} {
			p := path
			if tc.status == -1 {
				p, tc.status = "/review/1"+claim, 403
			}
			if st := post(p, tc.form, tc.cookies, tc.origin).StatusCode; st != tc.status {
				t.Errorf("%s: %d, want %d", tc.name, st, tc.status)
			}
		}
		revs, err := e.store.Reviews(context.Background(), armsledger.ReviewFilter{})
		if err != nil || len(revs) != 1 || revs[0].Verdict != armsledger.Reject || revs[0].Reviewer != "Ana" ||
			revs[0].Note != "not in the text" {
			t.Errorf("stored reviews: %+v %v", revs, err)
		}
	})
}
