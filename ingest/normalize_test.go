package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"only whitespace", " \n\t\r\n  \n", ""},
		{"plain", "One line.", "One line."},
		{"crlf", "First.\r\nSecond.\r\n", "First.\nSecond."},
		{"lone cr", "First.\rSecond.", "First.\nSecond."},
		{"trailing spaces", "First.  \t\nSecond. \n", "First.\nSecond."},
		{"leading spaces kept inside", "First.\n  Indented.", "First.\n  Indented."},
		{"leading text trimmed", "\n\n   First.\nSecond.", "First.\nSecond."},
		{"blank runs collapse", "One.\n\n\n\nTwo.\n \n\t\nThree.", "One.\n\nTwo.\n\nThree."},
		{"bom", "\uFEFFText.", "Text."},
		{"bom after space", " \uFEFFText.", "Text."},
		{"bom line", "\uFEFF\n\n\nText.", "Text."},
		{"nfc", "Valparai\u0301so", "Valparaíso"},
		{"nbsp at line end", "Text.\u00a0\nMore.", "Text.\nMore."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Normalize(tt.in)
			if got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := Normalize(got); again != got {
				t.Errorf("Normalize is not idempotent: %q then %q", got, again)
			}
		})
	}
}

func TestDocumentIDStable(t *testing.T) {
	base := "Norway will send twelve launchers to Estonia.\n\nThe first batch is due in spring."
	same := []struct{ name, text string }{
		{"crlf", strings.ReplaceAll(base, "\n", "\r\n")},
		{"trailing spaces", strings.ReplaceAll(base, "\n", "  \n") + "   "},
		{"extra blank lines", strings.Replace(base, "\n\n", "\n\n\n\n", 1)},
		{"surrounding whitespace", "\n\n  " + base + "\n\n"},
		{"bom", "\uFEFF" + base},
	}
	want := DocumentID(base)
	if len(want) != 64 {
		t.Fatalf("DocumentID = %q, want 64 hex digits", want)
	}
	if want != DocumentID(Normalize(base)) {
		t.Error("DocumentID of a normalized text differs from DocumentID of the text")
	}
	for _, tt := range same {
		if got := DocumentID(tt.text); got != want {
			t.Errorf("%s: DocumentID = %s, want %s", tt.name, got, want)
		}
	}
	different := []struct{ name, text string }{
		{"another word", strings.Replace(base, "twelve", "eleven", 1)},
		{"paragraphs joined", strings.Replace(base, "\n\n", " ", 1)},
		{"blank line removed", strings.Replace(base, "\n\n", "\n", 1)},
	}
	for _, tt := range different {
		if got := DocumentID(tt.text); got == want {
			t.Errorf("%s: DocumentID equals the original's", tt.name)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "a\r\n\r\n\r\nb  ", "\uFEFF x \u0301", "e\u0301\n\n\n\t", "\r\r\n\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := Normalize(s)
		if again := Normalize(got); again != got {
			t.Errorf("not idempotent: %q -> %q -> %q", s, got, again)
		}
		if strings.Contains(got, "\r") || strings.Contains(got, "\n\n\n") {
			t.Errorf("Normalize(%q) = %q keeps CR or a blank-line run", s, got)
		}
	})
}
