package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"armsledger"
)

// Error codes of the API beyond the ledger's own (armsledger.ENOTFOUND,
// EINVALID, ECONFLICT, EINTERNAL).
const (
	EUNAUTHORIZED = "unauthorized"       // a write without the right bearer token
	EFORBIDDEN    = "forbidden"          // a write or fetch the server is not configured to allow
	ETOOLARGE     = "too_large"          // a request body over the limit
	EFETCH        = "fetch_failed"       // the page at a posted URL could not be read
	EMETHOD       = "method_not_allowed" // a route asked with a method it does not take
)

// statuses maps every error code to its HTTP status; a code missing here
// is a 500.
var statuses = map[string]int{
	armsledger.ENOTFOUND: http.StatusNotFound,
	armsledger.EINVALID:  http.StatusBadRequest,
	armsledger.ECONFLICT: http.StatusConflict,
	armsledger.EINTERNAL: http.StatusInternalServerError,
	EUNAUTHORIZED:        http.StatusUnauthorized,
	EFORBIDDEN:           http.StatusForbidden,
	ETOOLARGE:            http.StatusRequestEntityTooLarge,
	EFETCH:               http.StatusBadGateway,
	EMETHOD:              http.StatusMethodNotAllowed,
}

// StatusOf returns the HTTP status of an error code.
func StatusOf(code string) int {
	if st, ok := statuses[code]; ok {
		return st
	}
	return http.StatusInternalServerError
}

// errorf is armsledger.Errorf, shorter.
func errorf(code, format string, args ...any) error {
	return armsledger.Errorf(code, format, args...)
}

// ErrorBody is the JSON of every error response.
type ErrorBody struct {
	Error ErrorDetail `json:"error"`
}

// ErrorDetail is an error's code, for programs, and message, for people.
type ErrorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// fail writes err as a JSON error with the status of its code. Internal
// errors are logged and their details kept from the client.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	code := armsledger.ErrorCode(err)
	msg := armsledger.ErrorMessage(err)
	if code == armsledger.EINTERNAL {
		s.opt.Logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	} else {
		s.opt.Logger.Debug("request refused", "method", r.Method, "path", r.URL.Path, "code", code, "err", err)
	}
	writeJSON(w, StatusOf(code), ErrorBody{ErrorDetail{code, msg}})
}

// writeJSON writes v as the response body with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) error {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	// The status is sent: a failure now is the client's connection.
	return enc.Encode(v)
}

// decode reads a request body of one JSON object into v, refusing unknown
// fields and bodies over the limit.
func decode(r *http.Request, v any) error {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil && dec.More() {
		err = errors.New("more than one JSON value")
	}
	if err == nil {
		return nil
	}
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return errorf(ETOOLARGE, "request body is over %d bytes", tooLarge.Limit)
	case errors.Is(err, io.EOF):
		return errorf(armsledger.EINVALID, "request body is empty: want a JSON object")
	}
	return &armsledger.Error{Code: armsledger.EINVALID, Message: fmt.Sprintf("request body: %v", err)}
}
