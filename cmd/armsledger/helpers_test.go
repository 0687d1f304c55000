package main

import (
	"encoding/json"
	"testing"
	"time"
)

func mustDate(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func toJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// equalJSON compares two values by their JSON, which treats a nil and an
// empty slice alike, as the stores do.
func equalJSON(t *testing.T, a, b any) bool {
	t.Helper()
	norm := func(v any) string {
		var x any
		if err := json.Unmarshal([]byte(toJSON(t, v)), &x); err != nil {
			t.Fatal(err)
		}
		if l, ok := x.([]any); ok && len(l) == 0 {
			x = nil
		}
		return toJSON(t, x)
	}
	return norm(a) == norm(b)
}
