package armsledger

import (
	"errors"
	"fmt"
	"testing"
)

func TestClaimKey(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	base := Claim{Suppliers: []string{"KP", "CN"}, Recipients: []string{"RU"}, Category: Ammunition,
		Item: "shells", Status: Delivered, Span: Span{Start: 10, End: 40},
		Quantity: &Quantity{Min: f(1e6), Max: f(1e6), Unit: UnitRound, Qualifier: Exact},
		Speaker:  "Shin", Confidence: 0.5, Rule: "r1"}
	key := ClaimKey(base)
	if len(key) != 32 {
		t.Fatalf("ClaimKey = %q, want 32 hex digits", key)
	}
	tests := []struct {
		name   string
		change func(*Claim)
		same   bool
	}{
		{"item", func(c *Claim) { c.Item = "rounds" }, true},
		{"speaker", func(c *Claim) { c.Speaker = "" }, true},
		{"confidence and rule", func(c *Claim) { c.Confidence, c.Rule = 0.9, "r2" }, true},
		{"time", func(c *Claim) { c.Time = &TimeRef{Text: "in May"} }, true},
		{"supplier order", func(c *Claim) { c.Suppliers = []string{"CN", "KP"} }, true},
		{"span start", func(c *Claim) { c.Span.Start = 11 }, false},
		{"span end", func(c *Claim) { c.Span.End = 41 }, false},
		{"suppliers", func(c *Claim) { c.Suppliers = []string{"KP"} }, false},
		{"supplier moved to recipients", func(c *Claim) {
			c.Suppliers, c.Recipients = []string{"KP"}, []string{"CN", "RU"}
		}, false},
		{"recipients", func(c *Claim) { c.Recipients = []string{"UA"} }, false},
		{"category", func(c *Claim) { c.Category = Missile }, false},
		{"status", func(c *Claim) { c.Status = Committed }, false},
		{"no quantity", func(c *Claim) { c.Quantity = nil }, false},
		{"empty quantity", func(c *Claim) { c.Quantity = &Quantity{} }, false},
		{"open max", func(c *Claim) { c.Quantity.Max = nil }, false},
		{"min", func(c *Claim) { c.Quantity.Min = f(2e6) }, false},
		{"unit", func(c *Claim) { c.Quantity.Unit = UnitItem }, false},
		{"qualifier", func(c *Claim) { c.Quantity.Qualifier = About }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := base
			c.Quantity = new(Quantity)
			*c.Quantity = *base.Quantity
			tt.change(&c)
			if got := ClaimKey(c); (got == key) != tt.same {
				t.Errorf("ClaimKey after changing the %s = %s, before %s; want same: %v", tt.name, got, key, tt.same)
			}
		})
	}
	if base.Suppliers[0] != "KP" {
		t.Error("ClaimKey sorted the caller's suppliers")
	}
}

func TestClaimKeys(t *testing.T) {
	a := Claim{Category: Drone, Status: Delivered, Span: Span{Start: 0, End: 5}}
	b := Claim{Category: Drone, Status: Delivered, Span: Span{Start: 6, End: 9}}
	ka, kb := ClaimKey(a), ClaimKey(b)
	got := ClaimKeys([]Claim{a, b, a, a, b})
	want := []string{ka, kb, ka + "-2", ka + "-3", kb + "-2"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("ClaimKeys = %v, want %v", got, want)
	}
}

func TestErrorCode(t *testing.T) {
	inner := Errorf(ENOTFOUND, "document %s not found", "x")
	tests := []struct {
		name      string
		err       error
		code, msg string
	}{
		{"nil", nil, "", ""},
		{"coded", inner, ENOTFOUND, "document x not found"},
		{"wrapped", fmt.Errorf("get document: %w", inner), ENOTFOUND, "document x not found"},
		{"plain", errors.New("disk on fire"), EINTERNAL, "internal error"},
		{"coded around a cause", &Error{Code: EINVALID, Message: "constraint violated",
			Err: errors.New("CHECK failed")}, EINVALID, "constraint violated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ErrorCode(tt.err); got != tt.code {
				t.Errorf("ErrorCode = %q, want %q", got, tt.code)
			}
			if got := ErrorMessage(tt.err); got != tt.msg {
				t.Errorf("ErrorMessage = %q, want %q", got, tt.msg)
			}
		})
	}
	e := &Error{Code: EINVALID, Message: "bad claim", Err: errors.New("CHECK failed")}
	if got, want := e.Error(), "bad claim: CHECK failed"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if !errors.Is(fmt.Errorf("x: %w", e), e.Err) {
		t.Error("Error does not unwrap to its cause")
	}
}

func TestValidateDocument(t *testing.T) {
	tests := []struct {
		name string
		doc  Document
		ok   bool
	}{
		{"full", Document{ID: "abc", Published: "2024-02-29"}, true},
		{"unknown date", Document{ID: "abc"}, true},
		{"no ID", Document{Published: "2024-01-01"}, false},
		{"not a day", Document{ID: "abc", Published: "2023-02-29"}, false},
		{"short", Document{ID: "abc", Published: "2024-1-5"}, false},
		{"time", Document{ID: "abc", Published: "2024-01-05T10:00:00Z"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateDocument(tt.doc)
			if (err == nil) != tt.ok || (err != nil && ErrorCode(err) != EINVALID) {
				t.Errorf("ValidateDocument = %v, want ok %v", err, tt.ok)
			}
		})
	}
}
