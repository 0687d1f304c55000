package server

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"armsledger"
	"armsledger/internal/testdb"
)

// TestEveryDescribedRoute calls every operation of openapi.json on a ledger
// of the examples; call checks each response against the document.
func TestEveryDescribedRoute(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		e := newEnv(t, dsn, Options{Token: testToken})
		docs := seedExamples(t, e.store)
		var list ClaimList
		e.call(t, "GET", "/api/claims?limit=1", "", nil).decode(t, &list)
		if len(list.Claims) == 0 {
			t.Fatal("the examples gave no claims")
		}
		claimID := strconv.FormatInt(list.Claims[0].ID, 10)
		cases := map[string]struct {
			path, token string
			body        any
			want        int
		}{
			"GET /api/documents":      {path: "/api/documents?since=2023-01-01", want: 200},
			"POST /api/documents":     {path: "/api/documents", token: testToken, body: DocumentInput{Text: "Iran sent 200 drones to Russia, officials said.", Published: "2024-05-01"}, want: 201},
			"GET /api/documents/{id}": {path: "/api/documents/" + docs[0].ID[:10], want: 200},
			"GET /api/claims":         {path: "/api/claims?supplier=kp&recipient=RU&category=ammunition&since=2023-01-01&until=2025-12-31&q=shells&doc=&raw=false", want: 200},
			"GET /api/claims/{id}":    {path: "/api/claims/" + claimID, want: 200},
			"GET /api/search":         {path: "/api/search?q=" + "containers", want: 200},
			"GET /api/assertions":     {path: "/api/assertions?supplier=KP", want: 200},
			"GET /api/flows":          {path: "/api/flows", want: 200},
			"GET /api/timeline":       {path: "/api/timeline?supplier=KP&recipient=RU&category=ammunition", want: 200},
			"POST /api/reviews":       {path: "/api/reviews", token: testToken, body: ReviewInput{ClaimID: list.Claims[0].ID, Verdict: armsledger.Accept, Reviewer: "tester"}, want: 201},
			"GET /api/reviews":        {path: "/api/reviews", want: 200},
			"GET /api/export":         {path: "/api/export", want: 200},
			"GET /api/openapi.json":   {path: "/api/openapi.json", want: 200},
		}
		for _, op := range loadSpec(t).operations() {
			c, ok := cases[op]
			if !ok {
				t.Errorf("no test case for %s", op)
				continue
			}
			method, _, _ := strings.Cut(op, " ")
			r := e.call(t, method, c.path, c.token, c.body)
			if r.status != c.want {
				t.Errorf("%s %s: %d %s, want %d", method, c.path, r.status, clip(r.body), c.want)
			}
		}
		var flows FlowList
		e.call(t, "GET", "/api/flows?supplier=KP", "", nil).decode(t, &flows)
		if len(flows.Flows) == 0 {
			t.Error("no KP flows among the examples")
		}
		var tl Timeline
		e.call(t, "GET", "/api/timeline?supplier=KP&recipient=RU&category=ammunition", "", nil).decode(t, &tl)
		if len(tl.Series) == 0 || len(tl.Series[0].Points) < 2 {
			t.Errorf("KP → RU ammunition timeline: %+v, want a series of estimates", tl.Series)
		}
		r := e.call(t, "GET", "/api/export", "", nil)
		lines := strings.Split(strings.TrimSpace(string(r.body)), "\n")
		if !strings.Contains(lines[0], `"type":"header"`) || len(lines) < len(docs)+1 {
			t.Errorf("export: %d lines, first %s", len(lines), lines[0])
		}
	})
}

// TestErrors checks the error statuses and codes of bad requests.
func TestErrors(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		e := newEnv(t, dsn, Options{Token: testToken, MaxBody: 200})
		seedExamples(t, e.store)
		for _, c := range []struct {
			method, path, token string
			body                any
			status              int
			code                string
		}{
			{"GET", "/api/documents/ffff", "", nil, 404, armsledger.ENOTFOUND},
			{"GET", "/api/documents?since=yesterday", "", nil, 400, armsledger.EINVALID},
			{"GET", "/api/documents?limit=0", "", nil, 400, armsledger.EINVALID},
			{"GET", "/api/documents?limit=1001", "", nil, 400, armsledger.EINVALID},
			{"GET", "/api/claims/999999", "", nil, 404, armsledger.ENOTFOUND},
			{"GET", "/api/claims/x", "", nil, 400, armsledger.EINVALID},
			{"GET", "/api/claims?category=tanks", "", nil, 400, armsledger.EINVALID},
			{"GET", "/api/claims?status=maybe", "", nil, 400, armsledger.EINVALID},
			{"GET", "/api/claims?after=-1", "", nil, 400, armsledger.EINVALID},
			{"GET", "/api/claims?raw=perhaps", "", nil, 400, armsledger.EINVALID},
			{"GET", "/api/claims?doc=ffff", "", nil, 404, armsledger.ENOTFOUND},
			{"GET", "/api/search", "", nil, 400, armsledger.EINVALID},
			{"GET", "/api/assertions?until=2024-13-01", "", nil, 400, armsledger.EINVALID},
			{"GET", "/api/flows?category=tanks", "", nil, 400, armsledger.EINVALID},
			{"GET", "/api/timeline?category=tanks", "", nil, 400, armsledger.EINVALID},
			{"GET", "/api/reviews?claim=x", "", nil, 400, armsledger.EINVALID},
			{"GET", "/api/reviews?doc=ffff", "", nil, 404, armsledger.ENOTFOUND},
			{"GET", "/api/nothing", "", nil, 404, armsledger.ENOTFOUND},
			{"DELETE", "/api/claims/1", testToken, nil, 405, EMETHOD},
			{"PUT", "/api/documents", testToken, `{}`, 405, EMETHOD},
			{"POST", "/api/reviews", testToken, `{"claim_id": 1, "verdict": "accept"}`, 400, armsledger.EINVALID},
			{"POST", "/api/reviews", testToken, `{"claim_id": 999999, "verdict": "accept", "reviewer": "x"}`, 404, armsledger.ENOTFOUND},
			{"POST", "/api/reviews", testToken, `{"claim_id": 1, "verdict": "accept", "reviewer": "x", "extra": 1}`, 400, armsledger.EINVALID},
			{"POST", "/api/reviews", testToken, `not json`, 400, armsledger.EINVALID},
			{"POST", "/api/reviews", testToken, ``, 400, armsledger.EINVALID},
			{"POST", "/api/reviews", testToken, `{"claim_id": 1, "verdict": "accept", "reviewer": "x", "note": "` + strings.Repeat("x", 300) + `"}`, 413, ETOOLARGE},
			{"POST", "/api/documents", testToken, `{"title": "no text"}`, 400, armsledger.EINVALID},
			{"POST", "/api/documents", testToken, `{"text": "Iran sent drones.", "published": "May 2024"}`, 400, armsledger.EINVALID},
			{"POST", "/api/documents", testToken, `{"url": "https://example.com/a"}`, 403, EFORBIDDEN},
			{"POST", "/api/documents", testToken, `{"text": "Iran sent drones to Russia.", "url": "javascript:alert(1)"}`, 400, armsledger.EINVALID},
			{"POST", "/api/documents", testToken, `{"text": "` + strings.Repeat("Iran sent drones. ", 20) + `"}`, 413, ETOOLARGE},
		} {
			r := e.call(t, c.method, c.path, c.token, c.body)
			if r.status != c.status || r.errCode(t) != c.code {
				t.Errorf("%s %s %v: %d %s, want %d %s", c.method, c.path, c.body, r.status, clip(r.body), c.status, c.code)
			}
		}
	})
}

// TestMethodNotAllowed checks that a route asked with a method it does not
// take says which methods it takes.
func TestMethodNotAllowed(t *testing.T) {
	e := newEnv(t, testdb.DSN(t, "sqlite"), Options{Token: testToken})
	for path, want := range map[string]string{"/api/documents": "GET, POST", "/api/claims/7": "GET", "/api/reviews": "GET, POST"} {
		r := e.call(t, "PATCH", path, testToken, `{}`)
		if r.status != 405 || r.header.Get("Allow") != want {
			t.Errorf("PATCH %s: %d, Allow %q; want 405, Allow %q", path, r.status, r.header.Get("Allow"), want)
		}
	}
}

// TestAuth checks that writes need the right token and reads need none.
func TestAuth(t *testing.T) {
	dsn := testdb.DSN(t, "sqlite")
	body := DocumentInput{Text: "North Korea has sent 1,000 containers of munitions to Russia, the minister said."}
	e := newEnv(t, dsn, Options{Token: testToken})
	for _, c := range []struct {
		token  string
		status int
	}{{"", 401}, {"wrong", 401}, {testToken + "x", 401}, {testToken, 201}, {testToken, 200}} {
		r := e.call(t, "POST", "/api/documents", c.token, body)
		if r.status != c.status {
			t.Errorf("token %q: %d %s, want %d", c.token, r.status, clip(r.body), c.status)
		}
		if r.status == 401 && !strings.HasPrefix(r.header.Get("WWW-Authenticate"), "Bearer") {
			t.Errorf("token %q: 401 without WWW-Authenticate: Bearer", c.token)
		}
	}
	if r := e.call(t, "GET", "/api/claims", "", nil); r.status != 200 {
		t.Errorf("read without a token: %d", r.status)
	}
	// Without a configured token every write is refused, whatever is sent.
	closed := newEnv(t, dsn, Options{})
	for _, token := range []string{"", testToken} {
		r := closed.call(t, "POST", "/api/reviews", token, ReviewInput{ClaimID: 1, Verdict: armsledger.Accept, Reviewer: "x"})
		if r.status != 403 || !strings.Contains(string(r.body), "ARMSLEDGER_TOKEN") {
			t.Errorf("no token configured, sent %q: %d %s, want 403 naming ARMSLEDGER_TOKEN", token, r.status, r.body)
		}
	}
}

// TestPostDocumentThenReview posts an article, finds its claims, reviews
// one, and reads the review back from the store and the API.
func TestPostDocumentThenReview(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		e := newEnv(t, dsn, Options{Token: testToken})
		in := DocumentInput{Text: "North Korea has sent 4.8 million rounds of artillery shells to Russia, " +
			"South Korea's defence minister told Bloomberg.\r\n", Title: "Shells", Outlet: "Test Wire", Published: "2024-06-01"}
		var posted PostedDocument
		r := e.call(t, "POST", "/api/documents", testToken, in)
		r.decode(t, &posted)
		if r.status != 201 || !posted.Created || len(posted.Claims) == 0 {
			t.Fatalf("post: %d %s", r.status, clip(r.body))
		}
		if posted.Document.Published != "2024-06-01" || posted.Document.Outlet != "Test Wire" || strings.HasSuffix(posted.Document.Text, "\n") {
			t.Errorf("stored document: %+v", posted.Document)
		}
		var claims ClaimList
		e.call(t, "GET", "/api/claims?supplier=KP&doc="+posted.Document.ID[:12], "", nil).decode(t, &claims)
		if len(claims.Claims) == 0 || claims.Claims[0].Quantity == nil || *claims.Claims[0].Quantity.Min != 4.8e6 {
			t.Fatalf("claims of the posted document: %s", toJSON(claims))
		}
		c := claims.Claims[0]
		var got armsledger.StoredReview
		r = e.call(t, "POST", "/api/reviews", testToken, ReviewInput{ClaimID: c.ID, Verdict: armsledger.Reject, Note: "test", Reviewer: "ana"})
		r.decode(t, &got)
		if r.status != 201 || got.ID == 0 {
			t.Fatalf("review: %d %s", r.status, r.body)
		}
		stored, err := e.store.Reviews(t.Context(), armsledger.ReviewFilter{ClaimID: c.ID})
		if err != nil || len(stored) != 1 || stored[0].Reviewer != "ana" || stored[0].Verdict != armsledger.Reject {
			t.Fatalf("stored reviews: %+v, %v", stored, err)
		}
		var reviews ReviewList
		e.call(t, "GET", fmt.Sprintf("/api/reviews?claim=%d", c.ID), "", nil).decode(t, &reviews)
		if len(reviews.Reviews) != 1 || reviews.Reviews[0].ID != got.ID {
			t.Errorf("reviews: %s", toJSON(reviews))
		}
		// The rejected claim is gone from the effective claims.
		e.call(t, "GET", "/api/claims?doc="+posted.Document.ID, "", nil).decode(t, &claims)
		for _, x := range claims.Claims {
			if x.ID == c.ID {
				t.Errorf("rejected claim %d still listed", c.ID)
			}
		}
		// The same text again is the same document.
		if r := e.call(t, "POST", "/api/documents", testToken, in); r.status != http.StatusOK {
			t.Errorf("repost: %d", r.status)
		}
	})
}

// TestPagination walks the claims, documents and reviews page by page
// with the cursors and checks every item comes exactly once.
func TestPagination(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		e := newEnv(t, dsn, Options{Token: testToken})
		seedExamples(t, e.store)
		all, err := e.store.Claims(t.Context(), armsledger.ClaimFilter{})
		if err != nil || len(all) < 8 {
			t.Fatalf("%d claims, %v: want more than a page", len(all), err)
		}
		var ids []int64
		after, pages := "", 0
		for {
			var page ClaimList
			e.call(t, "GET", "/api/claims?limit=3&after="+after, "", nil).decode(t, &page)
			pages++
			for _, c := range page.Claims {
				ids = append(ids, c.ID)
			}
			if page.Next == "" {
				break
			}
			if len(page.Claims) != 3 || pages > len(all) {
				t.Fatalf("page %d: %d claims, next %q", pages, len(page.Claims), page.Next)
			}
			after = page.Next
		}
		if len(ids) != len(all) || pages != (len(all)+2)/3 {
			t.Fatalf("paged %d claims in %d pages, want %d", len(ids), pages, len(all))
		}
		for i, c := range all {
			if ids[i] != c.ID {
				t.Fatalf("claim %d: id %d, want %d", i, ids[i], c.ID)
			}
		}
		var docIDs []string
		after = ""
		for {
			var page DocumentList
			e.call(t, "GET", "/api/documents?limit=4&after="+after, "", nil).decode(t, &page)
			for _, d := range page.Documents {
				docIDs = append(docIDs, d.ID)
			}
			if after = page.Next; after == "" {
				break
			}
		}
		docs, _ := e.store.Documents(t.Context(), armsledger.DocumentFilter{})
		if len(docIDs) != len(docs) {
			t.Errorf("paged %d documents, want %d", len(docIDs), len(docs))
		}
		for _, c := range all[:3] {
			e.call(t, "POST", "/api/reviews", testToken, ReviewInput{ClaimID: c.ID, Verdict: armsledger.Accept, Reviewer: "r"})
		}
		var page ReviewList
		e.call(t, "GET", "/api/reviews?limit=2", "", nil).decode(t, &page)
		var rest ReviewList
		e.call(t, "GET", "/api/reviews?limit=2&after="+page.Next, "", nil).decode(t, &rest)
		if len(page.Reviews) != 2 || page.Next == "" || len(rest.Reviews) != 1 || rest.Next != "" {
			t.Errorf("reviews pages: %s then %s", toJSON(page), toJSON(rest))
		}
	})
}
