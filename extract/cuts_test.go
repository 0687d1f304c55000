package extract_test

import (
	"strings"
	"testing"

	"armsledger/eval"
	"armsledger/extract"
)

// TestCutPassages reads the shared passages cut short in every way a feed or
// a careless copy cuts them: from each word on, up to each word, a few words
// around each word, each word left out, and at byte offsets that may fall
// inside a word. Rules look a few tokens before and after a word, and a text
// that ends or starts right there is where they have read past its edges
// (two such panics were found this way, which the fuzzer had missed). Every
// cut must extract without panic and with spans that slice their evidence.
func TestCutPassages(t *testing.T) {
	texts := append([]string(nil), ownCuts...)
	for _, rel := range []string{"eval/seed.jsonl", "eval/dev.jsonl"} {
		passages, errs := eval.ReadPassages(shared(t, rel))
		if len(errs) > 0 {
			t.Fatalf("%s: %v", rel, errs)
		}
		for _, p := range passages {
			texts = append(texts, p.Text)
		}
	}
	for _, text := range texts {
		words := strings.Fields(text)
		for i := range words {
			dropped := strings.Join(append(append([]string{}, words[:i]...), words[i+1:]...), " ")
			for _, cut := range []string{
				strings.Join(words[i:], " "),
				strings.Join(words[:i], " "),
				strings.Join(words[i:min(len(words), i+3)], " "),
				strings.Join(words[i:min(len(words), i+8)], " "),
				dropped,
				text[:len(text)*i/len(words)],
			} {
				extractCut(t, cut)
			}
		}
	}
}

// ownCuts are sentences of this project's own, cut where rules once read
// past an edge: after "of them", after a count and "of which", before
// "North Korean claims" and "the tally" opening a text.
var ownCuts = []string{
	"Germany ordered 40 howitzers and has received 12 of them",
	"The army took delivery of 30 drones, 10 of which",
	"Norway will provide at least 100 of these",
	"$0 contract",
	"North Korean claims that Iran shipped drones to Russia",
	"the tally had reached 40 tanks",
	"Another 10 will",      // a count opening a sentence, the verb after it cut (r424)
	"The promised 14 will", // the same, after a participle
	"Estimated 3,912 of those were",
	"From the sale of arms", // "from" opening the text before a deal noun (r460)
}

func extractCut(t *testing.T, text string) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("panic %v on %q", r, text)
		}
	}()
	for _, c := range extract.Extract(text, extract.Options{}) {
		if c.Span.Start < 0 || c.Span.End > len(text) || text[c.Span.Start:c.Span.End] != c.Evidence {
			t.Fatalf("span %v does not slice evidence %q of %q", c.Span, c.Evidence, text)
		}
	}
}
