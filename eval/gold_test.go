package eval

import (
	"errors"
	"io/fs"
	"os"
	"testing"

	"armsledger"
)

// TestGoldSelfScore scores each shared gold file against itself. Anything
// short of a perfect score means the reader drops claims or the pairing
// cannot tell apart two claims of one passage.
func TestGoldSelfScore(t *testing.T) {
	for _, path := range []string{"../../shared/eval/seed.jsonl", "../../shared/eval/dev.jsonl"} {
		t.Run(path, func(t *testing.T) {
			f, err := os.Open(path)
			if errors.Is(err, fs.ErrNotExist) {
				// The gold files live beside the repository, not in it.
				if os.Getenv("CI") == "true" {
					t.Fatalf("%s is missing, and CI=true requires it", path)
				}
				t.Skipf("%s not found: this test needs the shared gold data beside the repository", path)
			}
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			gold, errs := ReadPassages(f)
			for _, err := range errs {
				t.Errorf("read %s: %v", path, err)
			}
			if len(gold) == 0 {
				t.Fatalf("%s holds no passages", path)
			}
			pred := make([][]armsledger.Claim, len(gold))
			for i, p := range gold {
				pred[i] = p.Claims
			}
			r := Score(gold, pred)
			if r.Total.Gold == 0 {
				t.Fatalf("%s holds no claims", path)
			}
			perfect := PRF{Precision: 1, Recall: 1, F1: 1, TP: r.Total.Gold}
			if got := r.Core(); got != perfect {
				t.Errorf("core = %+v, want %+v", got, perfect)
			}
			if got := r.Strict(); got != perfect {
				t.Errorf("strict = %+v, want %+v", got, perfect)
			}
			for name, acc := range map[string]float64{
				"status": r.StatusAccuracy(), "quantity": r.QuantityAccuracy(), "speaker": r.SpeakerAccuracy(),
			} {
				if acc != 1 {
					t.Errorf("%s accuracy = %v, want 1", name, acc)
				}
			}
		})
	}
}
