package main

import (
	"context"
	"encoding/json"
	"io"
	"strings"

	"armsledger"
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

// resolveDocument finds the document whose ID is id or starts with it.
func resolveDocument(ctx context.Context, s armsledger.Store, id string) (armsledger.Document, error) {
	id = strings.ToLower(strings.TrimSpace(id))
	if id == "" {
		return armsledger.Document{}, armsledger.Errorf(armsledger.EINVALID, "empty document ID")
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
			return armsledger.Document{}, armsledger.Errorf(armsledger.ENOTFOUND, "no document ID starts with %s", id)
		case 2:
			return armsledger.Document{}, armsledger.Errorf(armsledger.EINVALID, "%s is the start of more than one document ID", id)
		}
		id = found[0]
	}
	return s.Document(ctx, id)
}
