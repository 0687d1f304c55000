// Package testcorpus writes generated news articles for tests and benchmarks
// of the ledger: deterministic, all different, each with one to three
// transfer claims the extractor finds.
package testcorpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// countries are pairs of names the extractor knows, used as suppliers and
// recipients.
var countries = []string{"North Korea", "Russia", "Iran", "Ukraine", "Germany", "France",
	"Poland", "the United States", "China", "Belarus", "the United Kingdom", "Japan"}

var materiel = []string{"artillery shells", "ballistic missiles", "Shahed drones", "howitzers",
	"tanks", "fighter jets", "air defence systems", "rifles", "rounds of ammunition"}

var verbs = []string{"has sent", "delivered", "shipped", "supplied", "will send", "pledged"}

var filler = []string{
	"Officials declined to comment on the timing.",
	"The report could not be independently verified.",
	"Analysts said the figures were broadly consistent with satellite imagery.",
	"The talks are expected to continue next month.",
	"Markets were little changed after the announcement.",
}

// Article returns the i-th generated article: a body of a few sentences,
// one to three of which state a transfer, and a unique serial so that no two
// articles share a text.
func Article(i int) string {
	var b strings.Builder
	n := 1 + i%3
	for k := range n {
		j := i*7 + k*13
		sup := countries[j%len(countries)]
		rec := countries[(j/len(countries)+1+j)%len(countries)]
		if rec == sup || atWar(sup, rec) {
			rec = countries[(j+1)%len(countries)]
		}
		if rec == sup || atWar(sup, rec) {
			rec = countries[(j+2)%len(countries)]
		}
		fmt.Fprintf(&b, "%s %s %d %s to %s, the ministry said. %s\n\n",
			capitalize(sup), verbs[(i+k)%len(verbs)], 10+(i*31+k*17)%9000,
			materiel[(i+k*5)%len(materiel)], rec, filler[(i+k)%len(filler)])
	}
	fmt.Fprintf(&b, "Dispatch number %d.\n", i)
	return b.String()
}

// WriteFiles writes articles [from, to) as Markdown files with front matter
// under dir, 1,000 to a subfolder, and returns the number written.
func WriteFiles(dir string, from, to int) (int, error) {
	for i := from; i < to; i++ {
		sub := filepath.Join(dir, fmt.Sprintf("%03d", i/1000))
		if i == from || i%1000 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return i - from, fmt.Errorf("write corpus: %w", err)
			}
		}
		text := fmt.Sprintf("---\ntitle: Dispatch %d\noutlet: Test Wire\npublished: 2024-%02d-%02d\n---\n%s",
			i, 1+i%12, 1+i%28, Article(i))
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("a%06d.md", i)), []byte(text), 0o644); err != nil {
			return i - from, fmt.Errorf("write corpus: %w", err)
		}
	}
	return to - from, nil
}

func capitalize(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// atWar reports whether two of the countries are at war with each other:
// what one sends the other is an attack, which the extractor reads as no
// transfer (extract/lexicon/wars.tsv), so no article pairs them.
func atWar(a, b string) bool {
	return a == "Russia" && b == "Ukraine" || a == "Ukraine" && b == "Russia"
}
