// Package estimate turns container counts into intervals of munition counts
// from a documented cargo table (munitions.tsv, containers.tsv), and checks
// the rounds per container that a published pair of figures implies
// against it. It is pure: the table is embedded data, and a missing figure
// widens an interval and adds a Note; it is never filled in.
package estimate

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
)

// Interval is a count known to lie in [Min, Max]; Max is +Inf when nothing
// bounds it from above (null in JSON). It has the shape of
// reconcile.Interval, so one converts to the other.
type Interval struct {
	Min, Max float64
}

// Unbounded is [0, +Inf): what a table with no figure allows.
var Unbounded = Interval{0, math.Inf(1)}

// String writes "[0, 626]", "[447.76, 447.76]" or "[0, unbounded)".
func (iv Interval) String() string {
	num := func(v float64) string {
		return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	}
	if math.IsInf(iv.Max, 1) {
		return "[" + num(iv.Min) + ", unbounded)"
	}
	return "[" + num(iv.Min) + ", " + num(iv.Max) + "]"
}

// MarshalJSON writes {"min": m, "max": M}, with null for an open top.
func (iv Interval) MarshalJSON() ([]byte, error) {
	var hi *float64
	if !math.IsInf(iv.Max, 1) {
		hi = &iv.Max
	}
	return json.Marshal(struct {
		Min float64  `json:"min"`
		Max *float64 `json:"max"`
	}{iv.Min, hi})
}

// UnmarshalJSON reads what MarshalJSON writes: a null max is +Inf.
func (iv *Interval) UnmarshalJSON(b []byte) error {
	var j struct {
		Min float64  `json:"min"`
		Max *float64 `json:"max"`
	}
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("interval: %w", err)
	}
	iv.Min, iv.Max = j.Min, math.Inf(1)
	if j.Max != nil {
		iv.Max = *j.Max
	}
	return nil
}

func (iv Interval) scale(n float64) Interval { return Interval{iv.Min * n, iv.Max * n} }

func (iv Interval) hull(o Interval) Interval {
	return Interval{math.Min(iv.Min, o.Min), math.Max(iv.Max, o.Max)}
}

// Note says which figure an interval could not use, or which it used with a
// caveat, and what that does to the interval.
type Note struct {
	// Figure names the cell: "152mm mass", "155mm crate", "1C payload".
	Figure string `json:"figure"`
	Text   string `json:"text"`
}

func (n Note) String() string { return n.Figure + ": " + n.Text }

// Rounds is the interval of rounds of a munition that a number of
// containers of any type in the embedded table can hold. munition "" means
// any munition of the table. See Table.Rounds.
func Rounds(containers float64, munition string) (Interval, []Note, error) {
	t, err := Default()
	if err != nil {
		return Interval{}, nil, err
	}
	return t.Rounds(containers, munition, "")
}

// Rounds is the interval of rounds of a munition that a number of containers
// of one type can hold: the per-container Capacity times the count.
// munition "" or container "" means any in the table, and the interval is
// the hull over them. The count may be fractional (an average); it may not
// be negative.
func (t *Table) Rounds(containers float64, munition, container string) (Interval, []Note, error) {
	if containers < 0 || math.IsNaN(containers) || math.IsInf(containers, 0) {
		return Interval{}, nil, fmt.Errorf("rounds: container count %v is not a finite number ≥ 0", containers)
	}
	per, notes, err := t.Capacity(munition, container)
	if err != nil {
		return Interval{}, nil, err
	}
	if containers == 0 {
		return Interval{}, notes, nil
	}
	return per.scale(containers), notes, nil
}

// Capacity is the interval of rounds one container holds when loaded with
// one munition, from the table:
//   - at most the payload over the lightest mass a packed round can have,
//     and at most the volume over the packed volume per round. The packed
//     mass is the crate mass over rounds per crate when both are known;
//     else the bare item's mass, a floor (so this bound is too high by the
//     packaging and, for a projectile, the charge); else there is no mass
//     bound.
//   - at least a full load: the smaller of payload over packed mass and
//     volume over packed volume, which needs both; else the floor is 0.
//
// Counts are whole rounds: both bounds are rounded down. munition "" or
// container "" means the hull over every row.
func (t *Table) Capacity(munition, container string) (Interval, []Note, error) {
	ms, cs := t.Munitions, t.Containers
	if munition != "" {
		m, err := t.Munition(munition)
		if err != nil {
			return Interval{}, nil, err
		}
		ms = []Munition{m}
	}
	if container != "" {
		c, err := t.Container(container)
		if err != nil {
			return Interval{}, nil, err
		}
		cs = []Container{c}
	}
	var out Interval
	var notes []Note
	for i, m := range ms {
		for j, c := range cs {
			iv, ns := capacity(m, c)
			if i == 0 && j == 0 {
				out = iv
			} else {
				out = out.hull(iv)
			}
			for _, n := range ns {
				if !slices.Contains(notes, n) {
					notes = append(notes, n)
				}
			}
		}
	}
	return out, notes, nil
}

// capacity computes Capacity for one munition and one container.
func capacity(m Munition, c Container) (Interval, []Note) {
	var notes []Note
	note := func(fig, format string, args ...any) {
		notes = append(notes, Note{m.Name + " " + fig, fmt.Sprintf(format, args...)})
	}
	// The packed mass per round: exact from the crate, else a floor.
	var massLo, massHi float64
	crate := m.CrateMass.Known && m.PerCrate.Known
	switch {
	case crate:
		massLo = m.CrateMass.Value / m.PerCrate.Value
		massHi = massLo
	case m.MassMin.Known:
		massLo = m.MassMin.Value
		note("crate", "not found: the most per container uses the bare %s mass (%s kg), so it is too high by the packaging", orItem(m.MassOf), m.MassMin)
	default:
		note("mass", "not found: no mass bound on rounds per container")
	}
	if (crate && (m.CrateMass.Approx || m.PerCrate.Approx)) || (!crate && m.MassMin.Approx) {
		note("mass", "approximate: the bounds from it are approximate too")
	}
	if !m.PackedVolume.Known {
		note("packed volume", "not found: no volume bound on rounds per container")
	} else if m.PackedVolume.Approx {
		note("packed volume", "approximate: the bounds from it are approximate too")
	}
	cnote := func(fig string) {
		notes = append(notes, Note{c.Name + " " + fig, "not found: no bound from it"})
	}
	if !c.Payload.Known {
		cnote("payload")
	}
	if !c.Volume.Known {
		cnote("volume")
	}

	hi := math.Inf(1)
	if massLo > 0 && c.Payload.Known {
		hi = math.Floor(c.Payload.Value / massLo)
	}
	if m.PackedVolume.Known && c.Volume.Known {
		hi = math.Min(hi, math.Floor(c.Volume.Value/m.PackedVolume.Value))
	}
	lo := 0.0
	if massHi > 0 && c.Payload.Known && m.PackedVolume.Known && c.Volume.Known {
		lo = math.Floor(math.Min(c.Payload.Value/massHi, c.Volume.Value/m.PackedVolume.Value))
	} else {
		note("full load", "unknown: a full load needs the packed mass and the packed volume, so the fewest per container is 0")
	}
	return Interval{lo, hi}, notes
}

func orItem(s string) string {
	if s == "" {
		return "item"
	}
	return s
}
