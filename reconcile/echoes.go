package reconcile

import (
	"strings"
	"unicode"
)

// Ref points at one claim of one document.
type Ref struct {
	ClaimID    int64  `json:"claim_id"`
	DocumentID string `json:"document_id"`
}

// refOf is the Ref of a source.
func refOf(s Source) Ref { return Ref{s.ClaimID, s.DocumentID} }

// Echo is a source that re-reports an earlier one in the same assertion: it
// names the same speaker, or came through the same outlet, so it adds no
// confirmation.
type Echo struct {
	Source Source `json:"source"`
	Of     Ref    `json:"of"`
	// Reason says what the two share: "same speaker Shin Won-sik" or "same
	// outlet Bloomberg", with the earlier source's spelling.
	Reason string `json:"reason"`
}

// splitEchoes tells the sources of one assertion apart, reading them in date
// order (unknown dates last, see compareSources). A source is an echo of the
// first earlier source that
//   - names the same speaker (sameName), or
//   - has the same origin outlet (see origin), when the later source says
//     it came through that outlet (a Via chain naming an outlet other than
//     its document's own, see relayed) or either source names no
//     speaker. A document quoting a named person directly, with no Via, is
//     not an echo of the same outlet quoting someone else: two people telling
//     Reuters the same figure are two sources. But a report that says it got
//     the figure from Bloomberg re-reports Bloomberg, however it names the
//     speaker ("South Korea's defence minister" for "Shin Won-sik").
//
// Otherwise it is independent. The first source is always independent, so
// every assertion has at least one. An echo may echo an echo; Of names the
// source it matched, which keeps the chain as it was published.
func splitEchoes(sources []Source) (independent []Source, echoes []Echo) {
	type seen struct {
		src     Source
		speaker []string
		outlet  string
	}
	var prev []seen
	for _, s := range sources {
		cur := seen{s, nameWords(s.Claim.Speaker), outletKey(origin(s))}
		echo := false
		for _, p := range prev {
			if sameName(cur.speaker, p.speaker) {
				echoes = append(echoes, Echo{s, refOf(p.src), "same speaker " + p.src.Claim.Speaker})
				echo = true
				break
			}
			if cur.outlet != "" && cur.outlet == p.outlet && (relayed(s) || len(cur.speaker) == 0 || len(p.speaker) == 0) {
				echoes = append(echoes, Echo{s, refOf(p.src), "same outlet " + origin(p.src)})
				echo = true
				break
			}
		}
		if !echo {
			independent = append(independent, s)
		}
		prev = append(prev, cur)
	}
	return independent, echoes
}

// relayed says whether a claim says it came through an outlet other than
// its document's own. The extractor ends a claim's Via with the document's
// outlet when the text names none (extract.Options.Outlet), so a Via that
// names only the document's own outlet is the document speaking, not a
// re-report: without this, one outlet quoting two named people directly
// would be one source.
func relayed(s Source) bool {
	own := outletKey(s.Outlet)
	for _, v := range s.Claim.Via {
		if k := outletKey(v); k != "" && k != own {
			return true
		}
	}
	return false
}

// origin is the outlet a claim first came from: the far end of its Via chain
// ("Yonhap, citing Bloomberg" gives Bloomberg), or the document's own outlet
// when the claim came through none.
func origin(s Source) string {
	if n := len(s.Claim.Via); n > 0 && strings.TrimSpace(s.Claim.Via[n-1]) != "" {
		return strings.TrimSpace(s.Claim.Via[n-1])
	}
	return strings.TrimSpace(s.Outlet)
}

// nameWords splits a name into lower-case words with punctuation and hyphens
// dropped inside each word, so "Shin Won-sik" is [shin wonsik].
func nameWords(name string) []string {
	var words []string
	for _, f := range strings.FieldsFunc(name, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '/'
	}) {
		var b strings.Builder
		for _, r := range f {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(unicode.ToLower(r))
			}
		}
		if b.Len() > 0 {
			words = append(words, b.String())
		}
	}
	return words
}

// sameName says whether two speaker names name one speaker: the shorter,
// written without spaces, equals a run of consecutive words of the longer
// written without spaces. So "Shin Wonsik" = "Shin Won-sik" = "Shin Won
// Sik", a surname alone matches the full name ("Shin"), and a name matches
// itself with a title ("Defence Minister Shin Won-sik"). A run of whole
// words, not a substring, so "Shin" does not match "Shinzo Abe". An empty
// name matches nothing: two unattributed claims share no speaker.
func sameName(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	short, long := a, b
	if len(strings.Join(a, "")) > len(strings.Join(b, "")) {
		short, long = b, a
	}
	target := strings.Join(short, "")
	for i := range long {
		acc := ""
		for _, w := range long[i:] {
			acc += w
			if acc == target {
				return true
			}
			if len(acc) >= len(target) {
				break
			}
		}
	}
	return false
}

// outletWords that say what kind of outlet it is rather than which one.
var outletWords = map[string]bool{"news": true, "agency": true, "com": true}

// outletKey normalises an outlet name for comparison: case, punctuation, a
// leading "the" and a trailing "news", "agency" or ".com" do not matter, so
// "Bloomberg News" = "Bloomberg" and "The Kyiv Independent" =
// "kyivindependent.com".
func outletKey(name string) string {
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	for len(words) > 1 && outletWords[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	return strings.Join(words, "")
}
