package sqlite

import (
	"strings"
	"unicode"
)

// ftsQuery turns a query in web-search syntax, the one PostgreSQL's
// websearch_to_tsquery reads, into an FTS5 MATCH expression:
//
//	words            all must occur        shells Russia  → "shells" AND "Russia"
//	"a phrase"       the words in a row    "North Korea"  → "North Korea"
//	a OR b           either                                → "a" OR "b"
//	-word, -"a b"    must not occur        shells -drone  → "shells" NOT "drone"
//
// Every term is quoted, so FTS5's own operators and column filters in user
// input are plain words. OR binds looser than the implicit AND, as in
// PostgreSQL. FTS5 cannot match documents by exclusion alone, so an OR branch
// made only of excluded terms is dropped; ok is false when nothing is left,
// and the query then matches no document.
func ftsQuery(q string) (match string, ok bool) {
	type group struct{ want, not []string }
	groups := []group{{}}
	rs := []rune(q)
	for i := 0; i < len(rs); {
		if unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		neg := false
		if rs[i] == '-' && i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) {
			neg = true
			i++
		}
		var term string
		if rs[i] == '"' {
			j := i + 1
			for j < len(rs) && rs[j] != '"' {
				j++
			}
			term = string(rs[i+1 : j])
			i = j + 1
		} else {
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) && rs[j] != '"' {
				j++
			}
			term = string(rs[i:j])
			i = j
			if !neg && strings.EqualFold(term, "or") {
				if g := groups[len(groups)-1]; len(g.want)+len(g.not) > 0 {
					groups = append(groups, group{})
				}
				continue
			}
		}
		if !strings.ContainsFunc(term, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			continue
		}
		quoted := `"` + strings.ReplaceAll(term, `"`, `""`) + `"`
		g := &groups[len(groups)-1]
		if neg {
			g.not = append(g.not, quoted)
		} else {
			g.want = append(g.want, quoted)
		}
	}
	var ors []string
	for _, g := range groups {
		if len(g.want) == 0 {
			continue
		}
		s := strings.Join(g.want, " AND ")
		for _, n := range g.not {
			s += " NOT " + n
		}
		ors = append(ors, s)
	}
	if len(ors) == 0 {
		return "", false
	}
	return strings.Join(ors, " OR "), true
}
