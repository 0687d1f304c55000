package server

import (
	_ "embed"
	"net/http"
)

// openapiJSON is the API's OpenAPI 3.0 description, written by hand and kept
// true by openapi_test.go.
//
//go:embed openapi.json
var openapiJSON []byte

// openAPI serves GET /api/openapi.json.
func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json")
	_, err := w.Write(openapiJSON)
	return err
}
