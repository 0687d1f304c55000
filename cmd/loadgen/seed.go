package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"

	"armsledger"
	"armsledger/store/postgres"
	"armsledger/store/sqlite"
)

// claimsPerDocument is how many claims each generated article carries.
const claimsPerDocument = 10

// seedMain fills a ledger with generated articles of ten claims each.
func seedMain(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("seed", flag.ContinueOnError)
	dsn := fs.String("db", "", "the ledger: a SQLite file or a postgres:// URL")
	claims := fs.Int("claims", 1_000_000, "how many claims to store")
	batch := fs.Int("batch", 1000, "documents per PutDocuments transaction")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dsn == "" {
		return fmt.Errorf("seed: --db is required")
	}
	if *claims < claimsPerDocument || *batch < 1 {
		return fmt.Errorf("seed: want --claims >= %d and --batch >= 1", claimsPerDocument)
	}
	store, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer store.Close()
	docs := *claims / claimsPerDocument
	start := time.Now()
	var stored int
	for from := 0; from < docs; from += *batch {
		to := min(from+*batch, docs)
		b := make([]armsledger.DocumentClaims, 0, to-from)
		for i := from; i < to; i++ {
			b = append(b, Article(i))
		}
		created, err := store.PutDocuments(ctx, b)
		if err != nil {
			return fmt.Errorf("seed: documents %d to %d: %w", from, to, err)
		}
		for _, c := range created {
			if c {
				stored++
			}
		}
		if to%(50*(*batch)) == 0 || to == docs {
			fmt.Fprintf(out, "loadgen: %d documents (%d claims) in %s\n", to, to*claimsPerDocument,
				time.Since(start).Round(time.Second))
		}
	}
	el := time.Since(start)
	fmt.Fprintf(out, "loadgen: seeded %d new documents, %d claims, in %s (%.0f claims/s)\n",
		stored, stored*claimsPerDocument, el.Round(time.Millisecond), float64(stored*claimsPerDocument)/el.Seconds())
	return nil
}

func openStore(ctx context.Context, dsn string) (armsledger.Store, error) {
	l := strings.ToLower(dsn)
	if strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://") {
		return postgres.Open(ctx, dsn)
	}
	return sqlite.Open(ctx, dsn)
}

// The generated world: actors with their names in the text, and how often
// each pair is reported. KP→RU and US→UA dominate, as in the news; the
// rest is a long tail, so an actor filter selects a few percent of claims.
type actor struct{ code, name string }

var actors = []actor{{"KP", "North Korea"}, {"RU", "Russia"}, {"IR", "Iran"}, {"UA", "Ukraine"},
	{"DE", "Germany"}, {"FR", "France"}, {"PL", "Poland"}, {"US", "the United States"},
	{"CN", "China"}, {"BY", "Belarus"}, {"GB", "the United Kingdom"}, {"JP", "Japan"},
	{"KR", "South Korea"}, {"TR", "Turkey"}, {"IL", "Israel"}, {"IN", "India"}}

// pairs are (supplier, recipient) indexes into actors with a weight.
var pairs = []struct{ sup, rec, weight int }{
	{0, 1, 8}, {7, 3, 10}, {2, 1, 6}, {1, 0, 2}, {4, 3, 5}, {5, 3, 4}, {6, 3, 3}, {10, 3, 4},
	{8, 1, 3}, {9, 1, 2}, {1, 9, 2}, {12, 6, 3}, {7, 14, 3}, {13, 3, 2}, {7, 12, 2}, {1, 15, 2},
	{5, 15, 2}, {7, 6, 2}, {0, 2, 1}, {2, 0, 1}, {11, 3, 1}, {14, 7, 1}, {1, 8, 1}, {4, 6, 1},
}

// items name materiel of each category as an article would.
var items = []struct {
	cat        armsledger.Category
	item, unit string
}{
	{armsledger.Ammunition, "artillery shells", armsledger.UnitRound},
	{armsledger.Missile, "ballistic missiles", armsledger.UnitItem},
	{armsledger.Drone, "attack drones", armsledger.UnitItem},
	{armsledger.Artillery, "howitzers", armsledger.UnitItem},
	{armsledger.ArmoredVehicle, "tanks", armsledger.UnitItem},
	{armsledger.Aircraft, "fighter jets", armsledger.UnitItem},
	{armsledger.AirDefense, "air defence systems", armsledger.UnitItem},
	{armsledger.SmallArms, "rifles", armsledger.UnitItem},
	{armsledger.Container, "containers of munitions", armsledger.UnitContainer},
	{armsledger.Personnel, "troops", armsledger.UnitPerson},
}

var verbs = []struct {
	verb   string
	status armsledger.Status
}{
	{"has delivered", armsledger.Delivered}, {"shipped", armsledger.Delivered}, {"has sent", armsledger.Delivered},
	{"pledged", armsledger.Committed}, {"will send", armsledger.Committed}, {"asked for", armsledger.Requested},
	{"is expected to deliver", armsledger.Expected}, {"can produce", armsledger.Capacity}, {"denied sending", armsledger.Denied},
}

var speakers = []string{"the ministry", "officials", "a military intelligence officer", "the defence minister", "analysts"}

const outlets = 40

// Article returns the i-th generated article with its claims: one sentence
// per claim, the claim's evidence and span that sentence. An article is
// mostly about one pair of actors and one kind of materiel, as news is; a
// third of its claims are about another pair or materiel. Articles are
// deterministic in i and all different.
func Article(i int) armsledger.DocumentClaims {
	r := rand.New(rand.NewPCG(uint64(i), 0x5eed))
	pickPair := func() (actor, actor) {
		total := 0
		for _, p := range pairs {
			total += p.weight
		}
		n := r.IntN(total)
		for _, p := range pairs {
			if n < p.weight {
				return actors[p.sup], actors[p.rec]
			}
			n -= p.weight
		}
		panic("unreachable")
	}
	mainSup, mainRec := pickPair()
	mainItem := r.IntN(len(items))
	published := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(4*365))
	outlet := fmt.Sprintf("Wire %02d", r.IntN(outlets))
	var b strings.Builder
	claims := make([]armsledger.Claim, 0, claimsPerDocument)
	for k := range claimsPerDocument {
		sup, rec, it := mainSup, mainRec, items[mainItem]
		if k%3 == 2 {
			sup, rec = pickPair()
			it = items[r.IntN(len(items))]
		}
		v := verbs[r.IntN(len(verbs))]
		n := float64(10 + r.IntN(100)*[]int{1, 10, 1000}[r.IntN(3)])
		speaker := speakers[r.IntN(len(speakers))]
		start := b.Len()
		fmt.Fprintf(&b, "%s %s %d %s to %s, %s said.", capitalize(sup.name), v.verb, int(n), it.item, rec.name, speaker)
		end := b.Len()
		b.WriteString(" ")
		scope := armsledger.Increment
		if r.IntN(3) == 0 {
			scope = armsledger.Cumulative
		}
		c := armsledger.Claim{
			Suppliers: []string{sup.code}, Recipients: []string{rec.code},
			Category: it.cat, Item: it.item, Status: v.status, Speaker: speaker,
			Quantity: &armsledger.Quantity{Min: &n, Max: &n, Unit: it.unit, Qualifier: armsledger.Exact},
			Scope:    scope, Evidence: b.String()[start:end], Span: armsledger.Span{Start: start, End: end},
			Confidence: 0.5 + float64(r.IntN(50))/100, Rule: "loadgen",
		}
		if r.IntN(8) == 0 {
			c.Via = []string{fmt.Sprintf("Wire %02d", r.IntN(outlets))}
		}
		claims = append(claims, c)
	}
	fmt.Fprintf(&b, "\n\nDispatch number %d.\n", i)
	text := b.String()
	sum := sha256.Sum256([]byte(text))
	return armsledger.DocumentClaims{
		Document: armsledger.Document{
			ID: hex.EncodeToString(sum[:]), URL: fmt.Sprintf("https://wire.example/%d", i), Outlet: outlet,
			Title: fmt.Sprintf("Dispatch %d", i), Published: published.Format(time.DateOnly),
			Fetched: published.Add(12 * time.Hour), Text: text, Extractor: "loadgen",
		},
		Claims: claims,
	}
}

func capitalize(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
