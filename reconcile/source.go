// Package reconcile turns claims told by many documents into what an analyst
// can count: assertions (the same claim, many sources, echoes told apart from
// independent sources), series of cumulative estimates per flow, the standing
// figure of each flow, and pledges tracked against deliveries.
//
// It is pure: sources come in as values (a claim with its document's outlet,
// URL and publication date) and results go out as values. Nothing here reads
// a store or a clock; Pledges takes the "as of" date as an argument.
package reconcile

import (
	"slices"
	"strings"
	"time"

	"armsledger"
)

// Scope is the claim's scope (armsledger.Scope): a running total, one
// event, or unknown. Source.Scope overrides the claim's own when set.
type Scope = armsledger.Scope

// The scopes. The empty Scope means Unknown.
const (
	Cumulative = armsledger.Cumulative
	Increment  = armsledger.Increment
	Unknown    = armsledger.Unknown
)

// known returns s with "" read as Unknown.
func known(s Scope) Scope {
	if s == Cumulative || s == Increment {
		return s
	}
	return Unknown
}

// Source is one claim with the document it came from: the unit that
// reconciliation clusters, orders by date and tells apart as independent
// source or echo.
type Source struct {
	ClaimID    int64  `json:"claim_id"`
	DocumentID string `json:"document_id"`
	Outlet     string `json:"outlet,omitempty"`
	URL        string `json:"url,omitempty"`
	// Published is the document's publication date; the zero time means unknown.
	Published time.Time        `json:"published"`
	Claim     armsledger.Claim `json:"claim"`
	Scope     Scope            `json:"scope,omitempty"`
}

// FlowKey names a flow: who sent what to whom, counted in which unit. Actor
// lists are sorted and without repeats, so ["RU","KP"] and ["KP","RU"] are one
// key. A claim with several suppliers is its own flow, not a share of each
// supplier's: the text does not say how the amount splits.
type FlowKey struct {
	Suppliers  []string            `json:"suppliers"`
	Recipients []string            `json:"recipients"`
	Category   armsledger.Category `json:"category"`
	Unit       string              `json:"unit"`
}

// Key is a flow with a status: the claims that can state the same thing.
type Key struct {
	FlowKey
	Status armsledger.Status `json:"status"`
}

// String writes the key as "KP → RU ammunition (round)".
func (k FlowKey) String() string {
	var b strings.Builder
	b.WriteString(actors(k.Suppliers))
	b.WriteString(" → ")
	b.WriteString(actors(k.Recipients))
	b.WriteString(" ")
	b.WriteString(string(k.Category))
	if k.Unit != "" {
		b.WriteString(" (" + k.Unit + ")")
	}
	return b.String()
}

// String writes the key as "KP → RU ammunition (round) delivered".
func (k Key) String() string { return k.FlowKey.String() + " " + string(k.Status) }

// actors writes an actor list, "?" when the text left it open.
func actors(a []string) string {
	if len(a) == 0 {
		return "?"
	}
	return strings.Join(a, "+")
}

// id is a comparable form of the key for maps and sorting. The separators
// cannot occur in actor codes, categories or units.
func (k FlowKey) id() string {
	return strings.Join(k.Suppliers, ",") + "\x1f" + strings.Join(k.Recipients, ",") +
		"\x1f" + string(k.Category) + "\x1f" + k.Unit
}

func (k Key) id() string { return k.FlowKey.id() + "\x1f" + string(k.Status) }

// keyOf is the key of a source's claim.
func keyOf(s Source) Key {
	unit := ""
	if s.Claim.Quantity != nil {
		unit = s.Claim.Quantity.Unit
	}
	return Key{
		FlowKey: FlowKey{
			Suppliers:  actorSet(s.Claim.Suppliers),
			Recipients: actorSet(s.Claim.Recipients),
			Category:   s.Claim.Category,
			Unit:       unit,
		},
		Status: s.Claim.Status,
	}
}

// actorSet sorts and dedupes actor codes. Codes are upper-cased because
// they are ISO and bloc codes, and a hand-made correction may write "kp".
func actorSet(a []string) []string {
	out := make([]string, 0, len(a))
	for _, x := range a {
		x = strings.ToUpper(strings.TrimSpace(x))
		if x != "" {
			out = append(out, x)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// compareKeys orders keys by supplier, recipient, category, unit, status.
func compareKeys(a, b Key) int {
	if c := strings.Compare(a.FlowKey.id(), b.FlowKey.id()); c != 0 {
		return c
	}
	return strings.Compare(string(a.Status), string(b.Status))
}

// compareDates orders dates with unknown (zero) ones last.
func compareDates(a, b time.Time) int {
	switch {
	case a.IsZero() && b.IsZero():
		return 0
	case a.IsZero():
		return 1
	case b.IsZero():
		return -1
	}
	return a.Compare(b)
}

// compareSources is the order in which sources are read: by publication date
// (unknown last), then document and claim, so that the earliest report of a
// statement comes first and ties break the same way on every run.
func compareSources(a, b Source) int {
	if c := compareDates(a.Published, b.Published); c != 0 {
		return c
	}
	if c := strings.Compare(a.DocumentID, b.DocumentID); c != 0 {
		return c
	}
	switch {
	case a.ClaimID < b.ClaimID:
		return -1
	case a.ClaimID > b.ClaimID:
		return 1
	}
	return 0
}

// parseDate reads an ISO date ("2024-03-31"); anything else is unknown.
func parseDate(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

// scopeOf is the source's scope: its own when set, else the claim's.
func (s Source) scopeOf() Scope {
	if s.Scope != "" {
		return s.Scope
	}
	return s.Claim.Scope
}
