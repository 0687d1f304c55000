package server

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"armsledger"
)

// Reviewing from the browser. The API's bearer token is entered once, in a
// same-origin form, and never stored: the server answers with a session
// cookie "nonce.HMAC(token, nonce)" (HttpOnly, SameSite=Strict), which it
// checks by recomputing the HMAC, so it holds no session state and a new
// token ends every session. Each review form carries its own CSRF token,
// HMAC(token, session, claim ID), and a POST whose Origin header names
// another origin is refused.

const (
	sessionCookie  = "armsledger_session"
	reviewerCookie = "armsledger_reviewer"
	// queueSize is how many claims the review queue shows at once.
	queueSize = 50
	// queueScan caps the claims read to build the queue.
	queueScan = 20000
)

func mac(key string, parts ...string) string {
	h := hmac.New(sha256.New, []byte(key))
	h.Write([]byte(strings.Join(parts, "\x00")))
	return hex.EncodeToString(h.Sum(nil))
}

// session returns the request's valid session cookie, "" when none.
func (s *Server) session(r *http.Request) string {
	if s.opt.Token == "" {
		return ""
	}
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return ""
	}
	nonce, sum, ok := strings.Cut(c.Value, ".")
	if !ok || nonce == "" || !hmac.Equal([]byte(sum), []byte(mac(s.opt.Token, "session", nonce))) {
		return ""
	}
	return c.Value
}

// csrfToken is the token of one review form in one session.
func (s *Server) csrfToken(session string, claim int64) string {
	return mac(s.opt.Token, "csrf", session, strconv.FormatInt(claim, 10))
}

// sameOrigin refuses a POST that says it comes from another site: by
// Sec-Fetch-Site, which current browsers send, else by Origin. A client
// that sends neither is not a browser page, and still needs the session
// cookie and the form's token.
func sameOrigin(r *http.Request) error {
	if site := r.Header.Get("Sec-Fetch-Site"); site != "" {
		if site != "same-origin" && site != "none" {
			return errorf(EFORBIDDEN, "a form from another site (Sec-Fetch-Site: %s) is refused", site)
		}
		return nil
	}
	o := r.Header.Get("Origin")
	if o == "" {
		return nil
	}
	u, err := url.Parse(o)
	if err != nil || u.Host != r.Host {
		return errorf(EFORBIDDEN, "a form from another origin (%s) is refused", o)
	}
	return nil
}

func setCookie(w http.ResponseWriter, name, value string, maxAge int) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: value, Path: "/", MaxAge: maxAge,
		HttpOnly: true, SameSite: http.SameSiteStrictMode})
}

// signIn serves POST /review/session: the token and the reviewer's name,
// checked and kept as cookies.
func (s *Server) signIn(w http.ResponseWriter, r *http.Request) error {
	if err := sameOrigin(r); err != nil {
		return err
	}
	if s.opt.Token == "" {
		return errorf(EFORBIDDEN, "reviews are off: start the server with a token (ARMSLEDGER_TOKEN or --token-file)")
	}
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	token, name := r.PostFormValue("token"), strings.TrimSpace(r.PostFormValue("reviewer"))
	a, b := sha256.Sum256([]byte(token)), sha256.Sum256([]byte(s.opt.Token))
	if !hmac.Equal(a[:], b[:]) {
		return errorf(EUNAUTHORIZED, "wrong token")
	}
	if name == "" {
		return errorf(armsledger.EINVALID, "a review names its reviewer: enter your name")
	}
	nonce := make([]byte, 16)
	rand.Read(nonce)
	n := hex.EncodeToString(nonce)
	setCookie(w, sessionCookie, n+"."+mac(s.opt.Token, "session", n), 0)
	setCookie(w, reviewerCookie, url.QueryEscape(name), 0)
	http.Redirect(w, r, "/review", http.StatusSeeOther)
	return nil
}

// signOut serves POST /review/signout: it drops the cookies.
func (s *Server) signOut(w http.ResponseWriter, r *http.Request) error {
	if err := sameOrigin(r); err != nil {
		return err
	}
	setCookie(w, sessionCookie, "", -1)
	setCookie(w, reviewerCookie, "", -1)
	http.Redirect(w, r, "/review", http.StatusSeeOther)
	return nil
}

func reviewer(r *http.Request) string {
	c, err := r.Cookie(reviewerCookie)
	if err != nil {
		return ""
	}
	name, _ := url.QueryUnescape(c.Value)
	return name
}

// queueItem is a claim awaiting review with its form's token.
type queueItem struct {
	armsledger.StoredClaim
	CSRF string
}

type reviewView struct {
	Enabled    bool // a token is configured
	SignedIn   bool
	Reviewer   string
	Queue      []queueItem
	Waiting    int
	Reviewed   []armsledger.StoredReview
	Categories []armsledger.Category
	Statuses   []armsledger.Status
}

// reviewPage serves GET /review: the effective claims no review has judged
// yet, lowest confidence first, each with accept, reject and correct; and
// the latest reviews.
func (s *Server) reviewPage(w http.ResponseWriter, r *http.Request) error {
	v := reviewView{Enabled: s.opt.Token != "", Reviewer: reviewer(r), Categories: armsledger.Categories, Statuses: allStatuses}
	sess := s.session(r)
	v.SignedIn = sess != ""
	reviews, err := s.store.Reviews(r.Context(), armsledger.ReviewFilter{})
	if err != nil {
		return err
	}
	judged := map[int64]bool{}
	for _, rv := range reviews {
		judged[rv.ClaimID], judged[rv.Current], judged[rv.Decided] = true, true, true
	}
	// The store has no order by confidence: read the claims and sort.
	claims, err := s.store.Claims(r.Context(), armsledger.ClaimFilter{Limit: queueScan})
	if err != nil {
		return err
	}
	claims = slices.DeleteFunc(claims, func(c armsledger.StoredClaim) bool { return judged[c.ID] || c.Corrected })
	slices.SortStableFunc(claims, func(a, b armsledger.StoredClaim) int {
		switch {
		case a.Confidence < b.Confidence:
			return -1
		case a.Confidence > b.Confidence:
			return 1
		}
		return 0
	})
	v.Waiting = len(claims)
	for _, c := range claims[:min(len(claims), queueSize)] {
		it := queueItem{StoredClaim: c}
		if v.SignedIn {
			it.CSRF = s.csrfToken(sess, c.ID)
		}
		v.Queue = append(v.Queue, it)
	}
	slices.Reverse(reviews)
	v.Reviewed = reviews[:min(len(reviews), 20)]
	return s.render(w, http.StatusOK, "review", pageData{Title: "Review", Nav: "review", Data: v})
}

// postReviewForm serves POST /review/{claim}: an accept, reject or
// correction from the review queue, then back to the queue.
func (s *Server) postReviewForm(w http.ResponseWriter, r *http.Request) error {
	if err := sameOrigin(r); err != nil {
		return err
	}
	sess := s.session(r)
	if sess == "" {
		return errorf(EUNAUTHORIZED, "sign in on the review page first (the session is missing or stale)")
	}
	id, err := strconv.ParseInt(r.PathValue("claim"), 10, 64)
	if err != nil || id <= 0 {
		return errorf(armsledger.EINVALID, "claim ID %q: want a positive number", r.PathValue("claim"))
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.opt.MaxBody)
	if err := r.ParseForm(); err != nil {
		return errorf(armsledger.EINVALID, "read the form: %v", err)
	}
	if !hmac.Equal([]byte(r.PostForm.Get("csrf")), []byte(s.csrfToken(sess, id))) {
		return errorf(EFORBIDDEN, "the form's token does not match: reload the review page and try again")
	}
	rev := armsledger.Review{ClaimID: id, Verdict: armsledger.Verdict(r.PostForm.Get("verdict")),
		Note: strings.TrimSpace(r.PostForm.Get("note")), Reviewer: reviewer(r)}
	if rev.Verdict == armsledger.Correct {
		c, err := s.store.Claim(r.Context(), id)
		if err != nil {
			return err
		}
		corrected, err := correction(c.Claim, r.PostForm)
		if err != nil {
			return err
		}
		rev.Corrected = &corrected
	}
	if err := armsledger.ValidateReview(rev); err != nil {
		return err
	}
	if _, err := s.store.AddReview(r.Context(), rev); err != nil {
		return err
	}
	http.Redirect(w, r, "/review#reviewed", http.StatusSeeOther)
	return nil
}

// correction applies the form's fields to a claim: suppliers and recipients
// ("KP, RU"), category, status, item, speaker and quantity bounds. An empty
// field keeps the claim's value; a person's correction is certain.
func correction(c armsledger.Claim, f url.Values) (armsledger.Claim, error) {
	actors := func(s string) []string {
		var out []string
		for _, a := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '+' || r == ' ' }) {
			out = append(out, strings.ToUpper(a))
		}
		return out
	}
	if v := strings.TrimSpace(f.Get("suppliers")); v != "" {
		c.Suppliers = actors(v)
	}
	if v := strings.TrimSpace(f.Get("recipients")); v != "" {
		c.Recipients = actors(v)
	}
	if v := f.Get("category"); v != "" {
		c.Category = armsledger.Category(v)
	}
	if v := f.Get("status"); v != "" {
		c.Status = armsledger.Status(v)
	}
	if v := strings.TrimSpace(f.Get("item")); v != "" {
		c.Item = v
	}
	if v := strings.TrimSpace(f.Get("speaker")); v != "" {
		c.Speaker = v
	}
	lo, hi := strings.TrimSpace(f.Get("min")), strings.TrimSpace(f.Get("max"))
	if lo != "" || hi != "" {
		q := armsledger.Quantity{Qualifier: armsledger.Range, Unit: strings.TrimSpace(f.Get("unit"))}
		if c.Quantity != nil && q.Unit == "" {
			q.Unit = c.Quantity.Unit
		}
		for _, b := range []struct {
			s   string
			dst **float64
		}{{lo, &q.Min}, {hi, &q.Max}} {
			if b.s == "" {
				continue
			}
			x, err := strconv.ParseFloat(strings.ReplaceAll(b.s, ",", ""), 64)
			if err != nil || x < 0 {
				return c, errorf(armsledger.EINVALID, "quantity bound %q: want a non-negative number", b.s)
			}
			*b.dst = &x
		}
		switch {
		case q.Min != nil && q.Max != nil && *q.Min == *q.Max:
			q.Qualifier = armsledger.Exact
		case q.Max == nil:
			q.Qualifier = armsledger.AtLeast
		case q.Min == nil:
			q.Qualifier = armsledger.AtMost
		}
		c.Quantity = &q
	}
	c.Confidence = 1
	c.Rule = "review"
	return c, nil
}
