package estimate

import (
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// The cargo table is two files an analyst can read and correct:
// munitions.tsv (mass and packing per munition) and containers.tsv (volume
// and payload per container type), each figure with its public source, and
// each missing figure left empty with the reason it is missing.
var (
	//go:embed munitions.tsv
	munitionsTSV []byte
	//go:embed containers.tsv
	containersTSV []byte
)

// Figure is one number of the table. A figure not found is not Known, and
// nothing is put in its place.
type Figure struct {
	Value float64 `json:"value"`
	Known bool    `json:"known"`
	// Approx is set for a figure published as approximate ("≈45 kg").
	Approx bool `json:"approx,omitempty"`
	// Over is set for a floor ("over 21 kg"): the true value is above Value.
	Over bool `json:"over,omitempty"`
}

// String writes the figure as the table does: "≈45", ">21", "" when unknown.
func (f Figure) String() string {
	if !f.Known {
		return ""
	}
	s := strconv.FormatFloat(f.Value, 'f', -1, 64)
	switch {
	case f.Approx:
		return "≈" + s
	case f.Over:
		return ">" + s
	}
	return s
}

// Munition is one row of munitions.tsv.
type Munition struct {
	Name string `json:"name"`
	// MassMin and MassMax are the lightest and heaviest published mass of
	// one item, which MassOf says: round, projectile or rocket. Only the
	// minimum bounds anything: a bare item's mass is a floor under the mass
	// shipped per round, never a ceiling.
	MassMin, MassMax Figure
	MassOf           string `json:"mass_of"`
	MassSource       string `json:"mass_source"`
	// CrateMass is the gross mass of a packed crate, PerCrate the rounds in it.
	CrateMass, PerCrate Figure
	CrateSource         string `json:"crate_source"`
	// PackedVolume is the volume one round takes in its crate, in m³.
	PackedVolume       Figure
	PackedVolumeSource string `json:"packed_volume_source"`
}

// Container is one row of containers.tsv.
type Container struct {
	Name                            string `json:"name"`
	Volume, Payload, Tare, MaxGross Figure
	Source                          string `json:"source"`
}

// Table is the cargo table: munitions and containers in file order.
type Table struct {
	Munitions  []Munition  `json:"munitions"`
	Containers []Container `json:"containers"`
}

// Default returns the table embedded in the program. It is parsed once; the
// same *Table is returned on every call and must not be modified.
func Default() (*Table, error) { return embedded() }

var embedded = sync.OnceValues(func() (*Table, error) {
	return Parse(munitionsTSV, containersTSV)
})

// Parse reads a cargo table from the text of munitions.tsv and
// containers.tsv. It refuses a figure without a source and an empty figure
// whose source does not say "n/f:", so that the table cannot drift into
// numbers nobody can trace.
func Parse(munitions, containers []byte) (*Table, error) {
	t := &Table{}
	mrows, err := readTSV("munitions.tsv", munitions, 10)
	if err != nil {
		return nil, err
	}
	for _, r := range mrows {
		var m Munition
		var errs []error
		fig := func(cell string) Figure {
			f, err := parseFigure(cell)
			errs = append(errs, err)
			return f
		}
		m.Name, m.MassOf, m.MassSource, m.CrateSource, m.PackedVolumeSource = r.f[0], r.f[3], r.f[4], r.f[7], r.f[9]
		m.MassMin, m.MassMax = fig(r.f[1]), fig(r.f[2])
		m.CrateMass, m.PerCrate = fig(r.f[5]), fig(r.f[6])
		m.PackedVolume = fig(r.f[8])
		errs = append(errs,
			sourced(m.MassSource, m.MassMin, m.MassMax),
			sourced(m.CrateSource, m.CrateMass, m.PerCrate),
			sourced(m.PackedVolumeSource, m.PackedVolume))
		if m.PerCrate.Known && m.PerCrate.Value <= 0 {
			errs = append(errs, fmt.Errorf("rounds per crate must be positive"))
		}
		if err := firstError(errs); err != nil {
			return nil, fmt.Errorf("munitions.tsv:%d: %s: %w", r.line, m.Name, err)
		}
		t.Munitions = append(t.Munitions, m)
	}
	crows, err := readTSV("containers.tsv", containers, 6)
	if err != nil {
		return nil, err
	}
	for _, r := range crows {
		var c Container
		var errs []error
		fig := func(cell string) Figure {
			f, err := parseFigure(cell)
			errs = append(errs, err)
			return f
		}
		c.Name, c.Source = r.f[0], r.f[5]
		c.Volume, c.Payload, c.Tare, c.MaxGross = fig(r.f[1]), fig(r.f[2]), fig(r.f[3]), fig(r.f[4])
		errs = append(errs, sourced(c.Source, c.Volume, c.Payload, c.Tare, c.MaxGross))
		if err := firstError(errs); err != nil {
			return nil, fmt.Errorf("containers.tsv:%d: %s: %w", r.line, c.Name, err)
		}
		t.Containers = append(t.Containers, c)
	}
	if len(t.Munitions) == 0 || len(t.Containers) == 0 {
		return nil, fmt.Errorf("cargo table: no munitions or no containers")
	}
	return t, nil
}

// Munition finds a munition by name; case, spaces and hyphens do not
// matter ("152 mm" is 152mm).
func (t *Table) Munition(name string) (Munition, error) {
	i := slices.IndexFunc(t.Munitions, func(m Munition) bool { return sameName(m.Name, name) })
	if i < 0 {
		return Munition{}, fmt.Errorf("munition %q not in the cargo table (have %s)", name, names(t.Munitions, func(m Munition) string { return m.Name }))
	}
	return t.Munitions[i], nil
}

// Container finds a container type by name, like Munition.
func (t *Table) Container(name string) (Container, error) {
	i := slices.IndexFunc(t.Containers, func(c Container) bool { return sameName(c.Name, name) })
	if i < 0 {
		return Container{}, fmt.Errorf("container %q not in the cargo table (have %s)", name, names(t.Containers, func(c Container) string { return c.Name }))
	}
	return t.Containers[i], nil
}

func names[T any](xs []T, name func(T) string) string {
	var out []string
	for _, x := range xs {
		out = append(out, name(x))
	}
	return strings.Join(out, ", ")
}

func sameName(a, b string) bool { return nameKey(a) == nameKey(b) }

func nameKey(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '_' {
			return -1
		}
		return r
	}, strings.ToLower(s))
}

type row struct {
	line int
	f    []string
}

// readTSV splits a table file into rows of n tab-separated fields, skipping
// "#" comments and blank lines.
func readTSV(name string, data []byte, n int) ([]row, error) {
	var out []row
	for i, l := range strings.Split(string(data), "\n") {
		l = strings.TrimRight(l, " \r")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != n {
			return nil, fmt.Errorf("%s:%d: want %d tab-separated fields, got %d", name, i+1, n, len(f))
		}
		for j := range f {
			f[j] = strings.TrimSpace(f[j])
		}
		out = append(out, row{i + 1, f})
	}
	return out, nil
}

// parseFigure reads a cell: "" (not found), "45", "28,180", "≈45" or ">21".
func parseFigure(cell string) (Figure, error) {
	if cell == "" {
		return Figure{}, nil
	}
	var f Figure
	if s, ok := strings.CutPrefix(cell, "≈"); ok {
		f.Approx, cell = true, s
	} else if s, ok := strings.CutPrefix(cell, ">"); ok {
		f.Over, cell = true, s
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(cell, ",", ""), 64)
	if err != nil || v <= 0 {
		return Figure{}, fmt.Errorf("figure %q is not a positive number", cell)
	}
	f.Value, f.Known = v, true
	return f, nil
}

// sourced checks that known figures have a source and that a source of
// figures none of which is known says why ("n/f: ...").
func sourced(source string, figs ...Figure) error {
	known := slices.ContainsFunc(figs, func(f Figure) bool { return f.Known })
	nf := strings.HasPrefix(source, "n/f:") && len(strings.TrimSpace(strings.TrimPrefix(source, "n/f:"))) > 0
	switch {
	case known && (source == "" || strings.HasPrefix(source, "n/f")):
		return fmt.Errorf("a figure without a source")
	case !known && !nf:
		return fmt.Errorf("missing figures need a source cell \"n/f: <why>\", got %q", source)
	}
	return nil
}

func firstError(errs []error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
