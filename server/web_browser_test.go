package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"armsledger"
	"armsledger/ingest"
	"armsledger/internal/pipeline"
	"armsledger/internal/testdb"
)

// webEnv is the dashboard over a SQLite ledger of the bundled examples,
// ingested with the real pipeline, served on 127.0.0.1.
type webEnv struct {
	store armsledger.Store
	url   string
}

func newWebEnv(t *testing.T, dsn, token string, inputs ...string) *webEnv {
	t.Helper()
	store := testdb.Open(t, dsn)
	sum, err := pipeline.Ingest(context.Background(), store,
		pipeline.IngestOptions{Inputs: append([]string{"../examples"}, inputs...)})
	if err != nil || len(sum.Failures) > 0 {
		t.Fatalf("ingest: %v %v", err, sum.Failures)
	}
	ts := httptest.NewServer(New(store, Options{Token: token}).Handler())
	t.Cleanup(ts.Close)
	return &webEnv{store, ts.URL}
}

// TestBrowserFlows opens the flows page at desktop and phone widths, finds
// the North Korea → Russia ammunition flow, follows it to its timeline and
// from a point of the timeline to the evidence in its source document.
func TestBrowserFlows(t *testing.T) {
	startBrowser(t)
	e := newWebEnv(t, testdb.DSN(t, "sqlite"), "")
	const flow = `a.flow[href="/flows/KP/RU/ammunition"]`
	for _, width := range []int64{1280, 400} {
		tb := newTab(t, e.url, width, 900)
		tb.open("/")
		tb.run("find the KP → RU ammunition flow", chromedp.WaitVisible(chromedp.CSS(flow)))
		if n := eval[int](tb, `document.querySelectorAll('svg.sankey a[href="/flows/KP/RU/ammunition"] path.band').length`); n == 0 {
			t.Errorf("width %d: the ammunition Sankey has no KP → RU band", width)
		}
		if w := eval[int](tb, `document.documentElement.scrollWidth`); w > int(width) {
			t.Errorf("width %d: the flows page scrolls sideways (%d px wide)", width, w)
		}
		tb.screenshot("flows-" + strconv.FormatInt(width, 10))
		tb.screenshotViewport("flows-" + strconv.FormatInt(width, 10) + "-top")
		if width != 1280 {
			continue
		}
		tb.run("open the flow", chromedp.Click(chromedp.CSS(flow)), chromedp.WaitVisible(chromedp.CSS("svg.timeline")))
		if n := eval[int](tb, `document.querySelectorAll('svg.timeline a.point circle').length`); n < 2 {
			t.Errorf("the timeline has %d points, want at least 2", n)
		}
		tb.screenshot("flow-kp-ru-ammunition")
		// The link a click on the first point reaches: points may overlap,
		// and the one drawn on top takes the click.
		href := eval[string](tb, `(() => {
			const c = document.querySelector('svg.timeline a.point circle');
			c.scrollIntoView({block: 'center'});
			const r = c.getBoundingClientRect();
			const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
			return hit && hit.closest('a') ? hit.closest('a').getAttribute('href') : '';
		})()`)
		if !strings.HasPrefix(href, "/documents/") || !strings.Contains(href, "#c") {
			t.Fatalf("a timeline point links to %q, want a claim in a document", href)
		}
		tb.run("follow a point", chromedp.Click(chromedp.CSS("svg.timeline a.point circle")),
			chromedp.WaitVisible(chromedp.CSS("div.text mark")))
		loc := eval[string](tb, `location.pathname + location.hash`)
		if loc != href {
			t.Errorf("the point led to %s, want %s", loc, href)
		}
		id := href[strings.Index(href, "#")+1:]
		if tag := eval[string](tb, `(document.getElementById('`+id+`') || {}).tagName || ''`); tag != "MARK" {
			t.Errorf("#%s is %q, want the evidence <mark>", id, tag)
		}
		if txt := eval[string](tb, `document.getElementById('`+id+`').textContent`); txt == "" {
			t.Errorf("the evidence #%s is empty", id)
		}
		tb.screenshotViewport("document-evidence")
	}
}

// TestBrowserReview signs in on the review page, accepts the claim at the
// top of the queue and checks, after a reload, that the review is kept.
func TestBrowserReview(t *testing.T) {
	startBrowser(t)
	e := newWebEnv(t, testdb.DSN(t, "sqlite"), testToken)
	tb := newTab(t, e.url, 1280, 900)
	tb.open("/review")
	tb.run("sign in",
		chromedp.SendKeys(chromedp.CSS(`input[name="token"]`), testToken),
		chromedp.SendKeys(chromedp.CSS(`input[name="reviewer"]`), "Ana Analyst"),
		chromedp.Click(chromedp.CSS(`form.signin button`)),
		chromedp.WaitVisible(chromedp.CSS(`form.review`)))
	first := eval[string](tb, `document.querySelector('ol.queue > li').id`) // "q123"
	claim, err := strconv.ParseInt(strings.TrimPrefix(first, "q"), 10, 64)
	if err != nil {
		t.Fatalf("queue item id %q", first)
	}
	tb.screenshot("review-queue")
	tb.run("accept the first claim",
		chromedp.SendKeys(chromedp.CSS(`#`+first+` input[name="note"]`), "checked against the source"),
		chromedp.Click(chromedp.CSS(`#`+first+` button.accept`)),
		chromedp.WaitVisible(chromedp.CSS(`ul.reviewed li span.verdict`)))
	tb.run("reload", chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS(`ul.reviewed`)))
	got := eval[string](tb, `document.querySelector('ul.reviewed li').textContent`)
	for _, want := range []string{"accept", "#" + strconv.FormatInt(claim, 10), "Ana Analyst", "checked against the source"} {
		if !strings.Contains(got, want) {
			t.Errorf("after reload the latest review reads %q, lacking %q", got, want)
		}
	}
	if n := eval[int](tb, `document.querySelectorAll('#`+first+`').length`); n != 0 {
		t.Errorf("claim %d is still in the queue after its review", claim)
	}
	revs, err := e.store.Reviews(context.Background(), armsledger.ReviewFilter{ClaimID: claim})
	if err != nil || len(revs) != 1 || revs[0].Verdict != armsledger.Accept || revs[0].Reviewer != "Ana Analyst" {
		t.Errorf("stored reviews of claim %d: %+v, %v", claim, revs, err)
	}
	tb.screenshot("review-after")
}

// hostileOutlet is the outlet xssArticle names, to find it by.
const hostileOutlet = `<b onmouseover="window.__pwned=6">Evil Outlet</b>`

// hostileURL is the address putHostile stores: ingest refuses it, but a
// ledger imported or written by an older version may hold one.
const hostileURL = "javascript:window.__pwned=7"

// xssArticle is an article whose text and metadata hold script, event
// handlers and javascript: links. The dashboard must show them as text.
const xssArticle = `---
title: Shells <img src=x onerror="window.__pwned=4"> and <script>window.__pwned=5</script>
outlet: <b onmouseover="window.__pwned=6">Evil Outlet</b>
published: 2024-07-01
---
PYONGYANG — North Korea has sent 2,000 rounds of ammunition to Russia <script>window.__pwned=1</script>, an official said.

Investigators found <img src=x onerror="window.__pwned=2"> in the report. Read more at <a href="javascript:window.__pwned=3">this link</a> or [here](javascript:window.__pwned=3).

Iran has delivered 40 drones to Russia <script>alert(1)</script> according to <a onclick="window.__pwned=8" href="#">officials</a>.
`

// putHostile stores xssArticle with hostileURL as its address, as ingest
// would store it but for the check that refuses the address, and returns
// its ID.
func putHostile(t *testing.T, st armsledger.Store) string {
	t.Helper()
	text, err := ingest.ReadText("hostile.md", strings.NewReader(xssArticle), ingest.DefaultMaxBytes)
	if err != nil {
		t.Fatal(err)
	}
	text.URL = hostileURL
	dc := pipeline.Extract(text, time.Now())
	if _, err := st.PutDocument(context.Background(), dc.Document, dc.Claims); err != nil {
		t.Fatal(err)
	}
	return dc.Document.ID
}

// TestBrowserUntrustedText stores the hostile article and opens the pages
// that show it: no script may run, no dialog open, no javascript: link be
// clickable, and the markup must read as text.
func TestBrowserUntrustedText(t *testing.T) {
	startBrowser(t)
	e := newWebEnv(t, testdb.DSN(t, "sqlite"), "")
	doc := putHostile(t, e.store)
	tb := newTab(t, e.url, 1280, 900)
	for _, p := range []string{"/documents/" + doc, "/claims?doc=" + doc, "/claims", "/flows/KP/RU/ammunition", "/flows/IR/RU/drone", "/review", "/"} {
		tb.open(p)
		if v := eval[string](tb, `typeof window.__pwned`); v != "undefined" {
			t.Errorf("%s: window.__pwned is %s: a script of the article ran", p, v)
		}
		if n := eval[int](tb, `document.querySelectorAll('script:not([src]), [onerror], [onclick], [onmouseover], a[href^="javascript:" i]').length`); n != 0 {
			t.Errorf("%s: %d inline scripts, handlers or javascript: links in the DOM", p, n)
		}
	}
	tb.open("/documents/" + doc)
	text := eval[string](tb, `document.querySelector('div.text').textContent + document.querySelector('h1').textContent`)
	for _, want := range []string{"<script>window.__pwned=1</script>", `onerror="window.__pwned=2"`, "javascript:window.__pwned=3", "<script>window.__pwned=5</script>"} {
		if !strings.Contains(text, want) {
			t.Errorf("the document page does not show %q as text: %q", want, text)
		}
	}
	tb.screenshot("untrusted-document")
	resp, err := http.Get(e.url + "/documents/" + doc)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := resp.Header.Get("Content-Security-Policy"); got != ContentSecurityPolicy {
		t.Errorf("Content-Security-Policy = %q, want %q", got, ContentSecurityPolicy)
	}
}
