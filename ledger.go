// Package armsledger holds the core types of the ledger: documents, the transfer
// claims extracted from them, and the vocabulary (categories, statuses, units,
// qualifiers) that ../shared/eval/FORMAT.md defines. It does no I/O.
package armsledger

import (
	"encoding/json"
	"fmt"
	"time"
)

// Category is the kind of materiel a claim is about.
type Category string

// The categories of FORMAT.md.
const (
	Ammunition     Category = "ammunition"
	Missile        Category = "missile"
	Drone          Category = "drone"
	Artillery      Category = "artillery"
	ArmoredVehicle Category = "armored_vehicle"
	Aircraft       Category = "aircraft"
	AirDefense     Category = "air_defense"
	Ship           Category = "ship"
	SmallArms      Category = "small_arms"
	Container      Category = "container"
	Funding        Category = "funding"
	Technology     Category = "technology"
	Personnel      Category = "personnel"
	Other          Category = "other"
)

// Categories lists every category in a stable order.
var Categories = []Category{Ammunition, Missile, Drone, Artillery, ArmoredVehicle, Aircraft,
	AirDefense, Ship, SmallArms, Container, Funding, Technology, Personnel, Other}

// Status says whether a transfer happened, is promised, asked for, expected,
// only possible, or denied.
type Status string

// The statuses of FORMAT.md.
const (
	Delivered Status = "delivered"
	Committed Status = "committed"
	Requested Status = "requested"
	Expected  Status = "expected"
	Capacity  Status = "capacity"
	Denied    Status = "denied"
)

// Qualifier says how a quantity's bounds relate to the stated figure.
type Qualifier string

// The qualifiers of FORMAT.md.
const (
	Exact   Qualifier = "exact"
	AtLeast Qualifier = "at_least"
	AtMost  Qualifier = "at_most"
	About   Qualifier = "about"
	Range   Qualifier = "range"
	Vague   Qualifier = "vague"
)

// Units that are not currencies. Currencies are ISO 4217 codes ("USD", "EUR").
const (
	UnitRound     = "round"
	UnitItem      = "item"
	UnitContainer = "container"
	UnitPerson    = "person"
	UnitTonne     = "tonne"
)

// Scope says how an amount adds up with other reports of the same flow.
type Scope string

// The scopes of a claim's amount.
const (
	Cumulative Scope = "cumulative" // a running total: later totals replace it
	Increment  Scope = "increment"  // one event: distinct events add up
	Unknown    Scope = "unknown"    // the text does not say
)

// Quantity is an amount with optional bounds. A nil Min or Max is an open bound.
type Quantity struct {
	Min       *float64  `json:"min"`
	Max       *float64  `json:"max"`
	Unit      string    `json:"unit"`
	Qualifier Qualifier `json:"qualifier"`
}

// Span is a half-open byte range [Start, End) in a document's text.
type Span struct {
	Start, End int
}

// MarshalJSON writes a span as [start, end].
func (s Span) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf("[%d,%d]", s.Start, s.End)), nil
}

// UnmarshalJSON reads a span written as [start, end].
func (s *Span) UnmarshalJSON(b []byte) error {
	var a [2]int
	if err := json.Unmarshal(b, &a); err != nil {
		return fmt.Errorf("span: %w", err)
	}
	s.Start, s.End = a[0], a[1]
	return nil
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// TimeRef is when a claim says the transfer happened or is due: the words of
// the text and the ISO 8601 interval they resolve to against the publication
// date. Start and End are dates ("2023-09-01"); either may be empty when the
// text leaves that side open ("since February 2023" has no end).
type TimeRef struct {
	Text  string `json:"text"`
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
}

// Claim is one assertion that materiel, money, technology or people moved (or
// are to move) from suppliers to recipients, with the evidence that carries it.
type Claim struct {
	Suppliers  []string  `json:"suppliers"`
	Recipients []string  `json:"recipients"`
	Category   Category  `json:"category"`
	Item       string    `json:"item"`
	Quantity   *Quantity `json:"quantity"`
	Status     Status    `json:"status"`
	Speaker    string    `json:"speaker"`
	// Via is the chain of outlets the claim reached the text through, nearest
	// first ("in an interview with Bloomberg" gives ["Bloomberg"]).
	Via  []string `json:"via,omitempty"`
	Time *TimeRef `json:"time,omitempty"`
	// Scope says whether the amount is a running total ("has sent 4.8
	// million so far"), one delivery among others ("a new batch of"), or
	// the text does not say.
	Scope      Scope   `json:"scope,omitempty"`
	Evidence   string  `json:"evidence"`
	Span       Span    `json:"span"`
	Confidence float64 `json:"confidence"`
	// Rule names the extraction pattern that made the claim.
	Rule string `json:"rule"`
}

// Document is one article in the ledger. Its ID is the hex SHA-256 of its
// normalized text, so the same article ingested twice is one document.
type Document struct {
	ID        string    `json:"id"`
	URL       string    `json:"url,omitempty"`
	Outlet    string    `json:"outlet,omitempty"`
	Title     string    `json:"title,omitempty"`
	Published string    `json:"published,omitempty"` // YYYY-MM-DD, or "" when unknown
	Fetched   time.Time `json:"fetched"`
	Text      string    `json:"text"`
	// Extractor is the version of the extractor that last read the text.
	Extractor string `json:"extractor"`
}

// StoredClaim is a claim as the ledger keeps it: with its document and a
// stable ID, and whether a person's correction made it.
type StoredClaim struct {
	ID         int64  `json:"id"`
	DocumentID string `json:"document_id"`
	Claim
	// Corrected is true when this claim is a reviewer's correction, which
	// re-extraction never replaces.
	Corrected bool `json:"corrected,omitempty"`
}

// Verdict is what a reviewer decided about a claim.
type Verdict string

// The verdicts of a review.
const (
	Accept  Verdict = "accept"
	Reject  Verdict = "reject"
	Correct Verdict = "correct"
)

// Review is a person's judgement of a machine claim. Re-extraction never
// removes a review; a Correct review points at the corrected claim.
type Review struct {
	ID        int64     `json:"id"`
	ClaimID   int64     `json:"claim_id"`
	Verdict   Verdict   `json:"verdict"`
	Corrected *Claim    `json:"corrected,omitempty"`
	Reviewer  string    `json:"reviewer"`
	Note      string    `json:"note,omitempty"`
	Created   time.Time `json:"created"`
}
