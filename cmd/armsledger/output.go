package main

import (
	"encoding/json"
	"io"
)

// writeJSON writes v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// shortID is the first 12 hex digits of a document ID, as listings show it;
// show and --doc accept any unique prefix.
func shortID(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}
