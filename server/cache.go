package server

import (
	"context"
	"net/url"
	"sync"
)

// maxCached bounds the responses a responseCache keeps; past it the cache
// starts again empty, which is simpler than tracking use and rarely
// happens: a dashboard asks for a few filters over and over.
const maxCached = 256

// responseCache keeps encoded answers of a reconciling route (GET
// /api/flows) per filter, valid for one version of the ledger
// (Store.Version): reconciling a popular supplier's claims reads every one
// of them, seconds on a million-claim ledger, and repeated reads of an
// unchanged ledger need not do it again. Any write, by this process or
// another, changes the version, and the next request starts a new cache.
type responseCache struct {
	mu      sync.Mutex
	version int64
	entries map[string][]byte
}

// get returns the cached body for key at version, if any.
func (c *responseCache) get(version int64, key string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.version != version {
		return nil, false
	}
	b, ok := c.entries[key]
	return b, ok
}

// put caches body for key, computed from the ledger at version, the one
// read before reading the ledger: a write that landed meanwhile may be in
// body, but then the version has moved on and the entry is never served.
func (c *responseCache) put(version int64, key string, body []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if version < c.version {
		return // computed from an older ledger than the cache holds
	}
	if c.entries == nil || version != c.version || len(c.entries) >= maxCached {
		c.version, c.entries = version, map[string][]byte{}
	}
	c.entries[key] = body
}

// cacheKey is a request's query in a canonical form: the same filters in
// another order are the same key.
func cacheKey(q url.Values) string { return q.Encode() }

// cached serves the body that compute makes for the request's query from
// the cache while the ledger's version is the same.
func (s *Server) cached(ctx context.Context, q url.Values, compute func() ([]byte, error)) ([]byte, error) {
	version, err := s.store.Version(ctx)
	if err != nil {
		return nil, err
	}
	key := cacheKey(q)
	if b, ok := s.flowCache.get(version, key); ok {
		return b, nil
	}
	b, err := compute()
	if err != nil {
		return nil, err
	}
	s.flowCache.put(version, key, b)
	return b, nil
}
