package extract

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
)

//go:embed lexicon/*.tsv
var lexiconFS embed.FS

// readTSV reads an embedded lexicon file: one record per line, fields split by
// tabs, "#" comments and blank lines skipped. Every record must have exactly n
// fields; a bad line is a programming error in the data, reported with its line.
func readTSV(name string, n int) ([][]string, error) {
	f, err := lexiconFS.Open("lexicon/" + name)
	if err != nil {
		return nil, fmt.Errorf("lexicon %s: %w", name, err)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimRight(sc.Text(), " \r")
		if s == "" || strings.HasPrefix(strings.TrimSpace(s), "#") {
			continue
		}
		fields := strings.Split(s, "\t")
		if len(fields) != n {
			return nil, fmt.Errorf("lexicon %s:%d: want %d tab-separated fields, got %d", name, line, n, len(fields))
		}
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		out = append(out, fields)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lexicon %s: %w", name, err)
	}
	return out, nil
}

// mustTSV is readTSV for package initialisation, where the embedded data is
// part of the program: a malformed file cannot be recovered from.
func mustTSV(name string, n int) [][]string {
	rows, err := readTSV(name, n)
	if err != nil {
		panic(err)
	}
	return rows
}

// Trie maps token sequences to values, for longest-match lookup of
// multi-word lexicon entries ("South Korean Defense Ministry", "Storm Shadow").
type Trie[V any] struct {
	root node[V]
}

type node[V any] struct {
	next  map[string]*node[V]
	vals  []entry[V]
	depth int
}

// entry is one lexicon form ending at a node; caps[i] says whether the i-th
// word of the form was written with a capital and so must be capitalised in
// the text ("the North" is Korea, "the north" is a direction).
type entry[V any] struct {
	val  V
	caps []bool
}

// Add inserts a phrase. The phrase is tokenized like text, with hyphens
// inside words dropped, so "Kim Jong-un" also matches "Kim Jong Un".
func (t *Trie[V]) Add(phrase string, v V) {
	toks := Tokenize(phrase)
	n := &t.root
	var caps []bool
	for i, tok := range toks {
		if Joiner(toks, i) {
			continue
		}
		if n.next == nil {
			n.next = make(map[string]*node[V])
		}
		c, ok := n.next[tok.Norm]
		if !ok {
			c = &node[V]{depth: n.depth + 1}
			n.next[tok.Norm] = c
		}
		n = c
		caps = append(caps, tok.Cap)
	}
	if n != &t.root {
		n.vals = append(n.vals, entry[V]{val: v, caps: caps})
	}
}

// Has reports whether some entry starts with the word w: a cheap filter
// before Match.
func (t *Trie[V]) Has(w string) bool {
	_, ok := t.root.next[w]
	return ok
}

// Match finds the longest entry starting at toks[i] and ending before hi,
// skipping compound hyphens. It returns the token index after the match.
func (t *Trie[V]) Match(toks []Token, i, hi int) (end int, v V, ok bool) {
	n := &t.root
	var path [16]int // token index of each matched word, for the case check
	depth := 0
	for j := i; j < hi; j++ {
		if j > i && Joiner(toks, j) {
			continue
		}
		c, found := n.next[toks[j].Norm]
		if !found || depth >= len(path) {
			break
		}
		path[depth] = j
		depth++
		n = c
		for _, e := range n.vals {
			if capsAgree(toks, path[:depth], e.caps) {
				end, v, ok = j+1, e.val, true
				break
			}
		}
	}
	return end, v, ok
}

func capsAgree(toks []Token, idx []int, caps []bool) bool {
	for k, j := range idx {
		if caps[k] && !toks[j].Cap && toks[j].Kind == Word {
			return false
		}
	}
	return true
}
