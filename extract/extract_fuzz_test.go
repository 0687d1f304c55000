package extract

import (
	"armsledger"

	"testing"
	"time"
	"unicode/utf8"
)

// FuzzExtract: whatever the text, extraction must not panic nor hang, and
// every claim's span must slice exactly its evidence.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"North Korea has sent 4.8 million rounds of ammunition to Russia, Shin said.",
		"The EU has committed to delivering one million rounds to Ukraine by the end of the year.",
		"“We will send tanks,” he said. Germany denied sending Taurus missiles to Kyiv.",
		"Russia received a new batch of Iranian Shahed drones from Tehran last September.",
		"$1.2bn worth of weapons were shipped to Ukraine by the U.S.",
		"\xff\xfe broken \x00 bytes",
	} {
		f.Add(s, int64(0))
		f.Add(s, time.Date(2024, 6, 14, 0, 0, 0, 0, time.UTC).Unix())
	}
	f.Fuzz(func(t *testing.T, text string, published int64) {
		var p time.Time
		if published > 0 && published < 1<<35 {
			p = time.Unix(published, 0).UTC()
		}
		for _, c := range extractOrHang(t, text, Options{Published: p}) {
			if c.Span.Start < 0 || c.Span.End > len(text) || c.Span.Start >= c.Span.End {
				t.Fatalf("span %v out of range for %d bytes", c.Span, len(text))
			}
			if text[c.Span.Start:c.Span.End] != c.Evidence {
				t.Fatalf("span %v gives %q, evidence is %q", c.Span, text[c.Span.Start:c.Span.End], c.Evidence)
			}
			if utf8.ValidString(text) && !utf8.ValidString(c.Evidence) {
				t.Fatalf("evidence %q cuts a rune", c.Evidence)
			}
			if len(c.Recipients) == 0 {
				t.Fatalf("claim without recipient: %+v", c)
			}
		}
	})
}

// hangAfter is far beyond what any text the fuzzer makes should take (a
// few kilobytes, read in well under a millisecond): it tells a loop that
// never ends, not a slow run.
const hangAfter = 10 * time.Second

// extractOrHang runs Extract and fails the fuzz target when it has not
// returned after hangAfter. Without it a text that loops forever stalls
// the fuzzer's worker silently (the run still reports PASS at -fuzztime);
// failing makes the fuzzer save the text under testdata/fuzz.
func extractOrHang(t *testing.T, text string, opt Options) []armsledger.Claim {
	done := make(chan []armsledger.Claim, 1)
	go func() { done <- Extract(text, opt) }()
	select {
	case cs := <-done:
		return cs
	case <-time.After(hangAfter):
		t.Fatalf("Extract has not returned after %v on %d bytes: %q", hangAfter, len(text), text[:min(len(text), 200)])
		return nil
	}
}
