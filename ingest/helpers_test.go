package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writeTemp writes b to a file named name in a fresh temporary folder.
func writeTemp(t *testing.T, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// date is midnight UTC of a day, as readers return publication dates.
func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// checkMeta compares a text's metadata with want's.
func checkMeta(t *testing.T, got, want Text) {
	t.Helper()
	if got.Title != want.Title {
		t.Errorf("title = %q, want %q", got.Title, want.Title)
	}
	if got.Outlet != want.Outlet {
		t.Errorf("outlet = %q, want %q", got.Outlet, want.Outlet)
	}
	if got.URL != want.URL {
		t.Errorf("url = %q, want %q", got.URL, want.URL)
	}
	if !got.Published.Equal(want.Published) {
		t.Errorf("published = %v, want %v", got.Published, want.Published)
	}
}

// excerptOf cuts s for an error message.
func excerptOf(s string) string {
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}

// checkBody checks that body is normalized, starts with start and holds
// every string of has and none of lacks.
func checkBody(t *testing.T, body, start string, has, lacks []string) {
	t.Helper()
	if body != Normalize(body) {
		t.Error("body is not normalized")
	}
	if !strings.HasPrefix(body, start) {
		t.Errorf("body starts %q, want %q", excerptOf(body), start)
	}
	for _, s := range has {
		if !strings.Contains(body, s) {
			t.Errorf("body lacks %q:\n%s", s, body)
		}
	}
	for _, s := range lacks {
		if strings.Contains(body, s) {
			t.Errorf("body has %q:\n%s", s, body)
		}
	}
}
