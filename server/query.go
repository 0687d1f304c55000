package server

import (
	"context"
	"net/url"
	"strconv"
	"strings"

	"armsledger"
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

// resolveDocument finds the document whose ID is id or starts with it, as
// the command line does.
func resolveDocument(ctx context.Context, s armsledger.Store, id string) (armsledger.Document, error) {
	id = strings.ToLower(strings.TrimSpace(id))
	if id == "" {
		return armsledger.Document{}, errorf(armsledger.EINVALID, "empty document ID")
	}
	if len(id) < 64 {
		// IDs that start with the prefix sort right after it.
		docs, err := s.Documents(ctx, armsledger.DocumentFilter{After: id, Limit: 2})
		if err != nil {
			return armsledger.Document{}, err
		}
		var found []string
		for _, d := range docs {
			if strings.HasPrefix(d.ID, id) {
				found = append(found, d.ID)
			}
		}
		switch len(found) {
		case 0:
			return armsledger.Document{}, errorf(armsledger.ENOTFOUND, "no document ID starts with %s", id)
		case 2:
			return armsledger.Document{}, errorf(armsledger.EINVALID, "%s is the start of more than one document ID", id)
		}
		id = found[0]
	}
	return s.Document(ctx, id)
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
		d, err := resolveDocument(ctx, s.store, doc)
		if err != nil {
			return f, err
		}
		f.DocumentID = d.ID
	}
	return f, f.Validate()
}
