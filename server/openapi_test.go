package server

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// spec is openapi.json, read into generic JSON values.
type spec struct {
	doc map[string]any
}

var (
	specOnce sync.Once
	specVal  *spec
	specErr  error
)

// loadSpec parses the embedded openapi.json once.
func loadSpec(t *testing.T) *spec {
	t.Helper()
	specOnce.Do(func() {
		var doc map[string]any
		specErr = json.Unmarshal(openapiJSON, &doc)
		specVal = &spec{doc}
	})
	if specErr != nil {
		t.Fatalf("openapi.json: %v", specErr)
	}
	return specVal
}

// obj is v as a JSON object, or nil.
func obj(v any) map[string]any { m, _ := v.(map[string]any); return m }

// operation returns the operation of "GET /api/claims/{id}".
func (s *spec) operation(pattern string) map[string]any {
	method, path, ok := strings.Cut(pattern, " ")
	if !ok {
		return nil
	}
	return obj(obj(obj(s.doc["paths"])[path])[strings.ToLower(method)])
}

// operations lists every described operation as a mux pattern.
func (s *spec) operations() []string {
	var out []string
	for path, item := range obj(s.doc["paths"]) {
		for method := range obj(item) {
			out = append(out, strings.ToUpper(method)+" "+path)
		}
	}
	sort.Strings(out)
	return out
}

// resolve follows a local $ref.
func (s *spec) resolve(v map[string]any) map[string]any {
	for v != nil {
		ref, ok := v["$ref"].(string)
		if !ok {
			return v
		}
		var cur any = s.doc
		for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
			cur = obj(cur)[part]
		}
		v = obj(cur)
	}
	return v
}

// checkResponse checks a response of the route pattern against the spec.
func (s *spec) checkResponse(pattern string, r response) error {
	op := s.operation(pattern)
	if op == nil {
		// The catch-all answers a path no route has (404) or a route asked
		// with a method it lacks (405): no operation, the Error body.
		if (r.status == 404 || r.status == 405) && pattern == "/api/" {
			return s.validate(s.resolve(map[string]any{"$ref": "#/components/schemas/Error"}), jsonOf(r.body), "$")
		}
		return fmt.Errorf("route %q is not described", pattern)
	}
	desc := s.resolve(obj(obj(op["responses"])[strconv.Itoa(r.status)]))
	if desc == nil {
		return fmt.Errorf("status %d is not described", r.status)
	}
	ct, _, _ := strings.Cut(r.header.Get("Content-Type"), ";")
	media := obj(obj(desc["content"])[ct])
	if media == nil {
		return fmt.Errorf("content type %q is not described", ct)
	}
	if ct != "application/json" {
		return nil
	}
	var v any
	if err := json.Unmarshal(r.body, &v); err != nil {
		return err
	}
	return s.validate(obj(media["schema"]), v, "$")
}

func jsonOf(b []byte) any {
	var v any
	json.Unmarshal(b, &v)
	return v
}

// flatten resolves refs and merges allOf into one schema: properties and
// required of every part, the outer schema's nullable kept.
func (s *spec) flatten(sc map[string]any) map[string]any {
	sc = s.resolve(sc)
	parts, ok := sc["allOf"].([]any)
	if !ok {
		return sc
	}
	out := map[string]any{"nullable": sc["nullable"]}
	props := map[string]any{}
	var req []any
	for _, p := range parts {
		f := s.flatten(obj(p))
		for k, v := range f {
			if k != "properties" && k != "required" && k != "nullable" {
				out[k] = v
			}
		}
		for k, v := range obj(f["properties"]) {
			props[k] = v
		}
		fr, _ := f["required"].([]any)
		req = append(req, fr...)
	}
	if len(props) > 0 {
		out["properties"] = props
	}
	out["required"] = req
	return out
}

// validate checks v against the subset of JSON Schema that openapi.json
// uses: $ref, allOf, type, properties, required, items, nullable, enum.
// It is stricter than JSON Schema on one point: an object may not have a
// property its schema does not describe, so that the document cannot fall
// behind the code.
func (s *spec) validate(sc map[string]any, v any, at string) error {
	sc = s.flatten(sc)
	if sc == nil {
		return fmt.Errorf("%s: no schema", at)
	}
	if v == nil {
		if sc["nullable"] == true {
			return nil
		}
		return fmt.Errorf("%s: null, not nullable", at)
	}
	if enum, ok := sc["enum"].([]any); ok && !slices.Contains(enum, v) {
		return fmt.Errorf("%s: %v is not one of %v", at, v, enum)
	}
	typ, _ := sc["type"].(string)
	switch typ {
	case "object":
		m, ok := v.(map[string]any)
		if !ok {
			return fmt.Errorf("%s: want an object, got %T", at, v)
		}
		props := obj(sc["properties"])
		req, _ := sc["required"].([]any)
		for _, r := range req {
			if _, ok := m[r.(string)]; !ok {
				return fmt.Errorf("%s: missing required %q", at, r)
			}
		}
		if props == nil {
			return nil // a free-form object
		}
		for k, x := range m {
			p := obj(props[k])
			if p == nil {
				return fmt.Errorf("%s: property %q is not described", at, k)
			}
			if err := s.validate(p, x, at+"."+k); err != nil {
				return err
			}
		}
	case "array":
		a, ok := v.([]any)
		if !ok {
			return fmt.Errorf("%s: want an array, got %T", at, v)
		}
		for i, x := range a {
			if err := s.validate(obj(sc["items"]), x, fmt.Sprintf("%s[%d]", at, i)); err != nil {
				return err
			}
		}
	case "string":
		if _, ok := v.(string); !ok {
			return fmt.Errorf("%s: want a string, got %T", at, v)
		}
	case "integer":
		f, ok := v.(float64)
		if !ok || f != math.Trunc(f) {
			return fmt.Errorf("%s: want an integer, got %v", at, v)
		}
	case "number":
		if _, ok := v.(float64); !ok {
			return fmt.Errorf("%s: want a number, got %T", at, v)
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			return fmt.Errorf("%s: want a boolean, got %T", at, v)
		}
	default:
		return fmt.Errorf("%s: schema without a type", at)
	}
	return nil
}

// TestOpenAPIDescribesEveryRoute checks that every route the server
// registers is described and every described route exists.
func TestOpenAPIDescribesEveryRoute(t *testing.T) {
	sp := loadSpec(t)
	routes := New(nil, Options{}).Routes()
	for _, r := range routes {
		if sp.operation(r) == nil {
			t.Errorf("route %s is not in openapi.json", r)
		}
	}
	for _, op := range sp.operations() {
		if !slices.Contains(routes, op) {
			t.Errorf("openapi.json describes %s, which the server does not register", op)
		}
	}
}

// TestValidatorCatches keeps the validator honest: it must refuse bodies
// that break the schema.
func TestValidatorCatches(t *testing.T) {
	sp := loadSpec(t)
	claim := map[string]any{"$ref": "#/components/schemas/StoredClaim"}
	for _, body := range []string{
		`{}`,
		`{"id": 1.5, "document_id": "d", "suppliers": [], "recipients": [], "category": "missile", "item": "", "quantity": null, "status": "delivered", "speaker": "", "evidence": "", "span": [0,1], "confidence": 1, "rule": ""}`,
		`{"id": 1, "document_id": "d", "suppliers": [], "recipients": [], "category": "tanks", "item": "", "quantity": null, "status": "delivered", "speaker": "", "evidence": "", "span": [0,1], "confidence": 1, "rule": ""}`,
		`{"id": 1, "document_id": "d", "suppliers": [], "recipients": [], "category": "missile", "item": "", "quantity": null, "status": "delivered", "speaker": "", "evidence": "", "span": [0,1], "confidence": 1, "rule": "", "extra": 1}`,
	} {
		if err := sp.validate(claim, jsonOf([]byte(body)), "$"); err == nil {
			t.Errorf("validate %s: no error", body)
		}
	}
	ok := `{"id": 1, "document_id": "d", "suppliers": null, "recipients": [], "category": "missile", "item": "", "quantity": null, "status": "delivered", "speaker": "", "evidence": "", "span": [0,1], "confidence": 1, "rule": ""}`
	if err := sp.validate(claim, jsonOf([]byte(ok)), "$"); err != nil {
		t.Errorf("validate %s: %v", ok, err)
	}
}
