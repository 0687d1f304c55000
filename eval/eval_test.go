package eval

import (
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
)

func TestReadPassages(t *testing.T) {
	tests := []struct {
		name    string
		input   string
		wantIDs []string
		wantErr []int // line numbers of the *LineErrors, in order
	}{
		{
			name:    "two lines",
			input:   `{"id":"a","claims":[]}` + "\n" + `{"id":"b"}` + "\n",
			wantIDs: []string{"a", "b"},
		},
		{
			name:    "no final newline",
			input:   `{"id":"a"}` + "\n" + `{"id":"b"}`,
			wantIDs: []string{"a", "b"},
		},
		{
			name:    "blank lines skipped, numbering kept",
			input:   "\n" + `{"id":"a"}` + "\n   \n\r\n" + `{"id":"b"}` + "\n" + `{"id":` + "\n\n",
			wantIDs: []string{"a", "b"},
			wantErr: []int{6},
		},
		{
			name:    "crlf line endings",
			input:   `{"id":"a"}` + "\r\n" + `{"id":"b"}` + "\r\n",
			wantIDs: []string{"a", "b"},
		},
		{
			name: "malformed lines reported, rest read",
			input: strings.Join([]string{
				`{"id":"a"}`,
				`{"id":"b", oops}`,
				`{"id":"c"}`,
				`null`,
				`[{"id":"d"}]`,
				`{"id":"e"} {"id":"f"}`,
				`{"id":"g","claim":[]}`,
				`{"id":"h","claims":[{"suppliers":["KP"],"quantity":{"min":"many"}}]}`,
				`{"id":"i","claims":[{"span":"0-4"}]}`,
				`{"id":"j"}`,
			}, "\n"),
			wantIDs: []string{"a", "c", "j"},
			wantErr: []int{2, 4, 5, 6, 7, 8, 9},
		},
		{
			name:  "empty input",
			input: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, errs := ReadPassages(strings.NewReader(tt.input))
			var ids []string
			for _, p := range got {
				ids = append(ids, p.ID)
			}
			if strings.Join(ids, ",") != strings.Join(tt.wantIDs, ",") {
				t.Errorf("ids = %q, want %q", ids, tt.wantIDs)
			}
			if lines := errLines(t, errs); !slices.Equal(lines, tt.wantErr) {
				t.Errorf("error lines = %v, want %v (errors: %v)", lines, tt.wantErr, errs)
			}
		})
	}
}

func TestReadPassagesFields(t *testing.T) {
	const line = `{"id":"x-1","url":"https://example.org/a","outlet":"Example Wire","published":"2024-03-02",` +
		`"text":"Norway sent 120 mortar rounds to Finland.",` +
		`"claims":[{"suppliers":["NO"],"recipients":["FI"],"category":"ammunition","item":"mortar rounds",` +
		`"quantity":{"min":120,"max":null,"unit":"round","qualifier":"at_least"},"status":"delivered","speaker":"",` +
		`"evidence":"Norway sent 120 mortar rounds to Finland"}]}`
	got, errs := ReadPassages(strings.NewReader(line))
	if len(errs) != 0 || len(got) != 1 {
		t.Fatalf("got %d passages, errors %v", len(got), errs)
	}
	p := got[0]
	if p.ID != "x-1" || p.URL != "https://example.org/a" || p.Outlet != "Example Wire" ||
		p.Published != "2024-03-02" || p.Text != "Norway sent 120 mortar rounds to Finland." {
		t.Errorf("passage fields = %+v", p)
	}
	if len(p.Claims) != 1 {
		t.Fatalf("claims = %+v", p.Claims)
	}
	c := p.Claims[0]
	if c.Category != "ammunition" || c.Quantity == nil || c.Quantity.Min == nil || *c.Quantity.Min != 120 ||
		c.Quantity.Max != nil || c.Quantity.Qualifier != "at_least" || c.Evidence != "Norway sent 120 mortar rounds to Finland" {
		t.Errorf("claim = %+v, quantity %+v", c, c.Quantity)
	}
}

func TestReadPassagesLongLine(t *testing.T) {
	// A passage of exactly maxLine bytes is read; one byte more is an error
	// for that line only.
	prefix, suffix := `{"id":"big","text":"`, `"}`
	fill := maxLine - len(prefix) - len(suffix)
	exact := prefix + strings.Repeat("x", fill) + suffix
	over := prefix + strings.Repeat("x", fill+1) + suffix
	input := `{"id":"a"}` + "\n" + exact + "\r\n" + over + "\n" + `{"id":"b"}` + "\n" + over
	got, errs := ReadPassages(strings.NewReader(input))
	if len(got) != 3 || got[0].ID != "a" || got[1].ID != "big" || len(got[1].Text) != fill || got[2].ID != "b" {
		t.Errorf("got %d passages", len(got))
	}
	if lines := errLines(t, errs); !slices.Equal(lines, []int{3, 5}) {
		t.Errorf("error lines = %v, want [3 5]", lines)
	}
}

func TestReadPassagesReaderError(t *testing.T) {
	boom := errors.New("disk on fire")
	r := io.MultiReader(strings.NewReader(`{"id":"a"}`+"\n"+`{"id":"b"}`), iotest.ErrReader(boom))
	got, errs := ReadPassages(r)
	if len(got) != 1 || got[0].ID != "a" {
		t.Errorf("got %+v, want only passage a (b's line was cut off)", got)
	}
	if len(errs) != 1 || !errors.Is(errs[0], boom) {
		t.Errorf("errors = %v, want one wrapping %v", errs, boom)
	}
}

// errLines returns the line numbers of errs, failing the test if one is not
// a *LineError.
func errLines(t *testing.T, errs []error) []int {
	t.Helper()
	var lines []int
	for _, err := range errs {
		var le *LineError
		if !errors.As(err, &le) {
			t.Fatalf("error %v is not a *LineError", err)
		}
		lines = append(lines, le.Line)
	}
	return lines
}

// TestReadInputsIgnoresUnknownKeys: input lines for extraction may carry any
// other fields; only malformed JSON is an error.
func TestReadInputsIgnoresUnknownKeys(t *testing.T) {
	in := `{"id":"a","text":"x","source":"wire","lang":"en"}` + "\n" + `{"id":"b", oops}` + "\n"
	got, errs := ReadInputs(strings.NewReader(in))
	if len(got) != 1 || got[0].ID != "a" {
		t.Errorf("got %+v", got)
	}
	if lines := errLines(t, errs); !slices.Equal(lines, []int{2}) {
		t.Errorf("error lines %v, want [2]", lines)
	}
}
