package main

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"armsledger/estimate"
	"armsledger/reconcile"
)

type estimateFlags struct {
	viewFlags
	containers          float64
	munition, container string
	ledger              bool
}

func newEstimateCmd() *cobra.Command {
	var f estimateFlags
	cmd := &cobra.Command{
		Use:   "estimate (--containers N | --ledger [--db DB] [filters]) [--munition M] [--container TYPE] [--json]",
		Short: "Turn a container count into an interval of rounds, or check the ledger's container/round pairs",
		Long: `With --containers N: the interval of rounds N containers can hold, from the cargo
table built into the program (estimate/munitions.tsv and containers.tsv, each figure
with its public source). --munition names a row of the table (152mm, 122mm-grad,
155mm, ...) and --container a container type (20ft, 1CC, ...); without them the
interval covers every row. Where the table has no figure it says so, and the
interval widens (up to "unbounded"): nothing is filled in.

With --ledger: for each pair of claims in one document that ties a container count
to a round count of the same actors ("at least 10,000 containers ..., capable of
carrying 4.8 million rounds"), the rounds per container the pair implies, what the
table allows per container, and the verdict: plausible (fits), implausible (more than
a container can hold) or undetermined (the table cannot say). The munition is
--munition, else the one the round claim's item names ("152mm shells"), else any of
the table. The two counts stay separate claims; the ratio is only a reading of them.
The claim filters apply (--category would drop one side of every pair).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			table, err := estimate.Default()
			if err != nil {
				return err
			}
			given := cmd.Flags().Changed("containers")
			switch {
			case given == f.ledger:
				return errors.New("give --containers N or --ledger, one of them")
			case f.ledger:
				return runEstimateLedger(cmd, &f, table)
			}
			return runEstimateContainers(cmd.OutOrStdout(), &f, table)
		},
	}
	f.register(cmd)
	fl := cmd.Flags()
	fl.Float64Var(&f.containers, "containers", 0, "the number of containers")
	fl.StringVar(&f.munition, "munition", "", "the munition they carry, a row of the cargo table (default: any)")
	fl.StringVar(&f.container, "container", "", "the container type, a row of the cargo table (default: any)")
	fl.BoolVar(&f.ledger, "ledger", false, "check the container/round pairs the ledger's claims state")
	return cmd
}

// conversion is the answer to --containers.
type conversion struct {
	Containers   float64           `json:"containers"`
	Munition     string            `json:"munition"`
	Container    string            `json:"container"`
	Rounds       estimate.Interval `json:"rounds"`
	PerContainer estimate.Interval `json:"per_container"`
	Notes        []estimate.Note   `json:"notes"`
}

func runEstimateContainers(w io.Writer, f *estimateFlags, t *estimate.Table) error {
	rounds, notes, err := t.Rounds(f.containers, f.munition, f.container)
	if err != nil {
		return err
	}
	per, _, err := t.Capacity(f.munition, f.container)
	if err != nil {
		return err
	}
	c := conversion{Containers: f.containers, Munition: orAny(f.munition), Container: orAny(f.container),
		Rounds: rounds, PerContainer: per, Notes: notes}
	if c.Notes == nil {
		c.Notes = []estimate.Note{}
	}
	if f.json {
		return writeJSON(w, c)
	}
	fmt.Fprintf(w, "%s containers (%s) of %s\n", number(c.Containers), typeName(f.container), munitionName(f.munition))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "rounds:\t%s\n", estInterval(rounds))
	fmt.Fprintf(tw, "per container:\t%s\n", estInterval(per))
	if err := tw.Flush(); err != nil {
		return err
	}
	writeNotes(w, "", notes)
	return nil
}

// cargoCheck is one container/round pair of the ledger checked against the
// cargo table.
type cargoCheck struct {
	reconcile.CargoPair
	// CheckedAs is the munition the pair was checked as ("any" for every
	// row of the table), and CheckedFrom where that came from: "flag",
	// "item" or "any".
	CheckedAs   string                `json:"checked_as"`
	CheckedFrom string                `json:"checked_from"`
	Container   string                `json:"container"`
	Implication *estimate.Implication `json:"implication,omitempty"`
	Error       string                `json:"error,omitempty"`
}

func runEstimateLedger(cmd *cobra.Command, f *estimateFlags, t *estimate.Table) error {
	if f.munition != "" {
		if _, err := t.Munition(f.munition); err != nil {
			return err
		}
	}
	src, err := f.load(cmd.Context())
	if err != nil {
		return err
	}
	checks := []cargoCheck{}
	for _, p := range reconcile.CargoPairs(src) {
		c := cargoCheck{CargoPair: p, CheckedAs: f.munition, CheckedFrom: "flag", Container: orAny(f.container)}
		if c.CheckedAs == "" {
			c.CheckedAs, c.CheckedFrom = munitionOf(p.Munition.Claim.Item, t), "item"
		}
		if c.CheckedAs == "" {
			c.CheckedAs, c.CheckedFrom = "any", "any"
		}
		m := c.CheckedAs
		if m == "any" {
			m = ""
		}
		im, err := t.Implied(estimate.Interval(p.Containers), estimate.Interval(p.Rounds), m, f.container)
		if err != nil {
			c.Error = err.Error()
		} else {
			c.Implication = &im
		}
		checks = append(checks, c)
	}
	w := cmd.OutOrStdout()
	if f.json {
		return writeJSON(w, checks)
	}
	return writeCargoChecks(w, checks)
}

// writeCargoChecks prints a row per pair, then the notes of the table once
// per munition and container checked.
func writeCargoChecks(w io.Writer, checks []cargoCheck) error {
	if len(checks) == 0 {
		_, err := fmt.Fprintln(w, "no cargo pairs: no document ties a container count to a round count of the same actors")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DOCUMENT\tPUBLISHED\tFLOW\tCONTAINERS\tROUNDS\tCHECKED AS\tPER CONTAINER\tTABLE ALLOWS\tVERDICT")
	var order []string
	notes := map[string][]estimate.Note{}
	for _, c := range checks {
		per, capa, verdict := "-", "-", "error: "+c.Error
		if im := c.Implication; im != nil {
			per, capa, verdict = estInterval(im.PerContainer), estInterval(im.Capacity), string(im.Verdict)
			key := c.CheckedAs + " munition, " + c.Container + " container"
			if c.Container != "any" {
				key = c.CheckedAs + " munition in " + c.Container + " containers"
			}
			if _, ok := notes[key]; !ok {
				order = append(order, key)
			}
			notes[key] = im.Notes
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", shortID(c.Munition.DocumentID), day(c.Munition.Published),
			Flow(c.Munition.Claim), amount(&c.Containers), amount(&c.Rounds), c.CheckedAs, per, capa, verdict)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, key := range order {
		writeNotes(w, key, notes[key])
	}
	_, err := fmt.Fprintln(w, plural(len(checks), "pair", "pairs"))
	return err
}

// writeNotes lists the figures an interval could not use. Notes about one
// row of the table are written in full; notes about many (any munition)
// one line per row: "152mm: mass not found; packed volume not found".
func writeNotes(w io.Writer, what string, notes []estimate.Note) {
	if len(notes) == 0 {
		return
	}
	if what != "" {
		what = " (" + what + ")"
	}
	fmt.Fprintf(w, "cargo table notes%s: a missing figure widens the interval, nothing is filled in\n", what)
	var rows []string
	byRow := map[string][]string{}
	for _, n := range notes {
		row, fig, _ := strings.Cut(n.Figure, " ")
		if _, ok := byRow[row]; !ok {
			rows = append(rows, row)
		}
		state, _, _ := strings.Cut(n.Text, ":")
		byRow[row] = append(byRow[row], fig+" "+state)
	}
	if len(rows) == 1 {
		for _, n := range notes {
			fmt.Fprintf(w, "  %s\n", n)
		}
		return
	}
	for _, row := range rows {
		fmt.Fprintf(w, "  %s: %s\n", row, strings.Join(byRow[row], "; "))
	}
}

// estInterval writes a cargo interval like an amount.
func estInterval(iv estimate.Interval) string { return interval(iv.Min, iv.Max) }

// calibre reads "152 mm" and "152-mm" as "152mm".
var calibre = regexp.MustCompile(`(\d+)\s*-?\s*mm\b`)

// munitionOf is the row of the table that an item's words name ("152mm
// artillery shells" names 152mm), or "" when none or more than one does.
func munitionOf(item string, t *estimate.Table) string {
	words := strings.FieldsFunc(calibre.ReplaceAllString(strings.ToLower(item), "${1}mm"), func(r rune) bool {
		return r == ' ' || r == ',' || r == ';' || r == '(' || r == ')' || r == '/'
	})
	found := ""
	for _, w := range words {
		m, err := t.Munition(w)
		if err != nil || m.Name == found {
			continue
		}
		if found != "" {
			return ""
		}
		found = m.Name
	}
	return found
}

func orAny(s string) string {
	if s == "" {
		return "any"
	}
	return s
}

func munitionName(m string) string {
	if m == "" {
		return "any munition of the cargo table"
	}
	return m
}

func typeName(c string) string {
	if c == "" {
		return "any type of the cargo table"
	}
	return c
}
