package server

import (
	"bytes"
	"encoding/json"
	"net/http"

	"armsledger/internal/ledgerview"
	"armsledger/reconcile"
)

// AssertionList is the answer of GET /api/assertions.
type AssertionList struct {
	Assertions []reconcile.Assertion `json:"assertions"`
}

// FlowList is the answer of GET /api/flows.
type FlowList struct {
	Flows []reconcile.Flow `json:"flows"`
}

// Timeline is the answer of GET /api/timeline: a series of cumulative
// estimates per flow.
type Timeline struct {
	Series []reconcile.SeriesLine `json:"series"`
}

// sources reads the request's claim filters and loads their sources.
func (s *Server) sources(r *http.Request) ([]reconcile.Source, error) {
	p := &params{q: r.URL.Query()}
	f, err := s.claimFilter(r.Context(), p)
	if err != nil {
		return nil, err
	}
	return ledgerview.Load(r.Context(), s.store, f)
}

// assertions serves GET /api/assertions: the claims the filters select,
// clustered into statements with their independent sources and echoes.
func (s *Server) assertions(w http.ResponseWriter, r *http.Request) error {
	src, err := s.sources(r)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, AssertionList{nonNil(reconcile.Assertions(src))})
}

// flows serves GET /api/flows: the standing figure of each flow, from the
// cache while the ledger is unchanged (see responseCache).
func (s *Server) flows(w http.ResponseWriter, r *http.Request) error {
	body, err := s.cached(r.Context(), r.URL.Query(), func() ([]byte, error) {
		src, err := s.sources(r)
		if err != nil {
			return nil, err
		}
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false) // as writeJSON
		if err := enc.Encode(FlowList{nonNil(reconcile.Flows(src))}); err != nil {
			return nil, err
		}
		return b.Bytes(), nil
	})
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json")
	_, err = w.Write(body)
	return err
}

// timeline serves GET /api/timeline: how the estimates of each flow
// changed over time.
func (s *Server) timeline(w http.ResponseWriter, r *http.Request) error {
	src, err := s.sources(r)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, Timeline{nonNil(reconcile.Series(src))})
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
