package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"sort"
	"strconv"
	"sync"
)

// rulesRevision counts changes to the extraction rules in Go code. Bump it
// with any change that can change a claim; lexicon changes are caught by the
// hash in Version without it.
const rulesRevision = 1210

// Version names the extractor: its rules revision and a hash of every
// embedded lexicon, so the ledger can tell which documents an older
// extractor read ("r1-3f9a0c12").
func Version() string {
	versionOnce.Do(func() {
		h := sha256.New()
		var names []string
		_ = fs.WalkDir(lexiconFS, ".", func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				names = append(names, path)
			}
			return nil
		})
		sort.Strings(names)
		for _, n := range names {
			b, _ := lexiconFS.ReadFile(n)
			h.Write([]byte(n))
			h.Write(b)
		}
		version = "r" + strconv.Itoa(rulesRevision) + "-" + hex.EncodeToString(h.Sum(nil))[:8]
	})
	return version
}

var (
	versionOnce sync.Once
	version     string
)
