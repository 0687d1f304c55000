package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"armsledger"
)

type reviewFlags struct {
	db             dbFlag
	accept, reject bool
	correct        []string
	note, reviewer string
}

// correctable lists the fields --correct sets, for help and errors.
const correctable = "suppliers, recipients, category, item, status, speaker, via, quantity=none, " +
	"min, max, unit, qualifier, evidence, span=START:END, confidence"

func newReviewCmd() *cobra.Command {
	var f reviewFlags
	cmd := &cobra.Command{
		Use:   "review CLAIM-ID (--accept | --reject | --correct FIELD=VALUE...) [--note TEXT] [--reviewer NAME]",
		Short: "Accept, reject or correct a claim; re-extraction never undoes a review",
		Long: `Record a person's judgement of a claim. --correct stores a corrected copy of the claim
that stands in for it from then on, even after re-extraction; give --correct once per
field (` + correctable + `).
Lists (suppliers, recipients, via) are comma-separated; an empty value clears them;
min or max empty leaves that bound open; evidence=TEXT finds TEXT in the document and
points the claim's span at it. The reviewer is --reviewer, else $USER, else "analyst".`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseInt(args[0], 10, 64)
			if err != nil || id <= 0 {
				return fmt.Errorf("claim ID %q: want a positive number, as claims lists them", args[0])
			}
			r := armsledger.Review{ClaimID: id, Note: f.note, Reviewer: f.reviewer}
			switch {
			case f.accept && !f.reject && len(f.correct) == 0:
				r.Verdict = armsledger.Accept
			case f.reject && !f.accept && len(f.correct) == 0:
				r.Verdict = armsledger.Reject
			case len(f.correct) > 0 && !f.accept && !f.reject:
				r.Verdict = armsledger.Correct
			default:
				return fmt.Errorf("give exactly one of --accept, --reject or --correct")
			}
			if r.Reviewer == "" {
				r.Reviewer = os.Getenv("USER")
			}
			if r.Reviewer == "" {
				r.Reviewer = "analyst"
			}
			store, err := f.db.open(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			if r.Verdict == armsledger.Correct {
				c, err := corrected(cmd.Context(), store, id, f.correct)
				if err != nil {
					return err
				}
				r.Corrected = &c
			}
			stored, err := store.AddReview(cmd.Context(), r)
			if err != nil {
				return err
			}
			msg := fmt.Sprintf("review %d: %s of claim %d by %s", stored.ID, stored.Verdict, id, stored.Reviewer)
			if stored.Verdict == armsledger.Correct {
				msg += fmt.Sprintf("; claim %d now stands for it", stored.Decided)
			}
			_, err = fmt.Fprintln(cmd.OutOrStdout(), msg)
			return err
		},
	}
	f.db.register(cmd)
	fl := cmd.Flags()
	fl.BoolVar(&f.accept, "accept", false, "the claim is right")
	fl.BoolVar(&f.reject, "reject", false, "the claim is wrong: hide it")
	fl.StringArrayVar(&f.correct, "correct", nil, "FIELD=VALUE to change in a corrected copy (repeatable)")
	fl.StringVar(&f.note, "note", "", "why")
	fl.StringVar(&f.reviewer, "reviewer", "", `who reviews (default $USER, else "analyst")`)
	return cmd
}

// corrected returns the claim with the given ID with the fields changed.
func corrected(ctx context.Context, s armsledger.Store, id int64, fields []string) (armsledger.Claim, error) {
	stored, err := s.Claim(ctx, id)
	if err != nil {
		return armsledger.Claim{}, err
	}
	c := stored.Claim
	var text *string // the document's text, read when a field needs it
	docText := func() (string, error) {
		if text == nil {
			d, err := s.Document(ctx, stored.DocumentID)
			if err != nil {
				return "", err
			}
			text = &d.Text
		}
		return *text, nil
	}
	quantity := func() *armsledger.Quantity {
		if c.Quantity == nil {
			c.Quantity = &armsledger.Quantity{Qualifier: armsledger.Exact}
		} else {
			q := *c.Quantity
			c.Quantity = &q
		}
		return c.Quantity
	}
	list := func(v string, upper bool) []string {
		out := []string{}
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				if upper {
					p = strings.ToUpper(p)
				}
				out = append(out, p)
			}
		}
		return out
	}
	bound := func(v string) (*float64, error) {
		if v == "" {
			return nil, nil
		}
		f, err := strconv.ParseFloat(strings.ReplaceAll(v, ",", ""), 64)
		if err != nil {
			return nil, fmt.Errorf("not a number")
		}
		return &f, nil
	}
	for _, kv := range fields {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return c, armsledger.Errorf(armsledger.EINVALID, "--correct %q: want FIELD=VALUE", kv)
		}
		var err error
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "suppliers", "supplier":
			c.Suppliers = list(v, true)
		case "recipients", "recipient":
			c.Recipients = list(v, true)
		case "via":
			c.Via = list(v, false)
		case "category":
			c.Category = armsledger.Category(v)
		case "status":
			c.Status = armsledger.Status(v)
		case "item":
			c.Item = v
		case "speaker":
			c.Speaker = v
		case "quantity":
			if v != "none" && v != "" {
				err = fmt.Errorf("only quantity=none clears it; set min, max, unit and qualifier")
			}
			c.Quantity = nil
		case "min":
			q := quantity()
			q.Min, err = bound(v)
		case "max":
			q := quantity()
			q.Max, err = bound(v)
		case "unit":
			quantity().Unit = v
		case "qualifier":
			quantity().Qualifier = armsledger.Qualifier(v)
		case "confidence":
			c.Confidence, err = strconv.ParseFloat(v, 64)
		case "evidence":
			var t string
			if t, err = docText(); err == nil {
				i := strings.Index(t, v)
				if i < 0 || v == "" {
					err = fmt.Errorf("not found in the document's text")
				}
				c.Evidence, c.Span = v, armsledger.Span{Start: i, End: i + len(v)}
			}
		case "span":
			var t string
			if t, err = docText(); err == nil {
				a, b, _ := strings.Cut(v, ":")
				start, err1 := strconv.Atoi(a)
				end, err2 := strconv.Atoi(b)
				if err1 != nil || err2 != nil || start < 0 || end < start || end > len(t) {
					err = fmt.Errorf("want START:END byte offsets within the text (%d bytes)", len(t))
				} else {
					c.Span, c.Evidence = armsledger.Span{Start: start, End: end}, t[start:end]
				}
			}
		default:
			err = fmt.Errorf("unknown field; one of %s", correctable)
		}
		if err != nil {
			if armsledger.ErrorCode(err) == armsledger.EINTERNAL {
				err = armsledger.Errorf(armsledger.EINVALID, "--correct %s: %v", kv, err)
			}
			return c, err
		}
	}
	return c, nil
}
