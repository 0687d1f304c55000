package server

import (
	"context"
	"net/url"
	"strconv"
	"strings"

	"armsledger"
	"armsledger/internal/ledgerview"
)

// Page sizes of the listings: the default and the largest a client may ask.
const (
	defaultLimit = 100
	maxLimit     = 1000
)

// params reads a request's query string, remembering the first bad value.
type params struct {
	q   url.Values
	err error
}

func (p *params) str(name string) string { return strings.TrimSpace(p.q.Get(name)) }

// int64 reads a non-negative integer, 0 when absent.
func (p *params) int64(name string) int64 {
	v := p.str(name)
	if v == "" {
		return 0
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if (err != nil || n < 0) && p.err == nil {
		p.err = errorf(armsledger.EINVALID, "%s=%q: want a non-negative integer", name, v)
	}
	return n
}

// bool reads true/false/1/0, false when absent.
func (p *params) bool(name string) bool {
	v := p.str(name)
	if v == "" {
		return false
	}
	b, err := strconv.ParseBool(v)
	if err != nil && p.err == nil {
		p.err = errorf(armsledger.EINVALID, "%s=%q: want true or false", name, v)
	}
	return b
}

// limit reads the page size: defaultLimit when absent, at most maxLimit.
func (p *params) limit() int {
	if p.str("limit") == "" {
		return defaultLimit
	}
	n := p.int64("limit")
	if p.err == nil && (n < 1 || n > maxLimit) {
		p.err = errorf(armsledger.EINVALID, "limit=%d: want 1 to %d", n, maxLimit)
	}
	return int(n)
}

// claimFilter reads the claim filters every claim route shares, the
// command line's: supplier, recipient, category, status, since, until, q,
// doc and raw.
func (s *Server) claimFilter(ctx context.Context, p *params) (armsledger.ClaimFilter, error) {
	f := armsledger.ClaimFilter{
		Supplier:  strings.ToUpper(p.str("supplier")),
		Recipient: strings.ToUpper(p.str("recipient")),
		Category:  armsledger.Category(p.str("category")),
		Status:    armsledger.Status(p.str("status")),
		Since:     p.str("since"),
		Until:     p.str("until"),
		Query:     p.str("q"),
		Raw:       p.bool("raw"),
	}
	if p.err != nil {
		return f, p.err
	}
	if doc := p.str("doc"); doc != "" {
		d, err := ledgerview.ResolveDocument(ctx, s.store, doc)
		if err != nil {
			return f, err
		}
		f.DocumentID = d.ID
	}
	return f, f.Validate()
}
