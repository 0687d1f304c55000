package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the canonical form of an article's text: Unicode NFC,
// CRLF and lone CR turned into LF, trailing whitespace cut from every line,
// runs of blank lines collapsed into one, and leading and trailing
// whitespace (and a byte order mark) removed. Paragraphs stay separated by
// one blank line. Normalize is idempotent.
//
// The ledger stores exactly this text and the extractor runs over it, so
// every claim's span slices the stored text; DocumentID hashes the same
// text, so the same article read twice is one document. Every reader in
// this package returns a Text whose Body is already normalized.
func Normalize(s string) string {
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var b strings.Builder
	b.Grow(len(s))
	blank := false
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		if line == "" {
			blank = true
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(line)
	}
	return strings.TrimLeftFunc(b.String(), isSpaceOrBOM)
}

// isSpaceOrBOM reports whether r is white space or a byte order mark,
// which a text may start with in any mix.
func isSpaceOrBOM(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }

// DocumentID is the identity of an article: the hex SHA-256 of its
// normalized text. Texts that differ only in what Normalize removes (line
// endings, trailing spaces, blank lines, composition of accents) have the
// same ID.
func DocumentID(text string) string {
	sum := sha256.Sum256([]byte(Normalize(text)))
	return hex.EncodeToString(sum[:])
}
