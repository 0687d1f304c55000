package extract

import (
	"bufio"
	"embed"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
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

// wordID numbers a word form the lexicons name; 0 is no such form. Tokens
// carry theirs, so lexicon matching compares small integers, not strings.
type wordID uint16

// vocab numbers every word form the lexicons name, in the order they are
// first added. It is filled while the lexicons load and only read after:
// freeze then builds open-addressing indexes over the forms, smaller and
// quicker than a map for the one look-up every token makes.
type vocab struct {
	ids   map[string]wordID // while loading
	forms []string          // forms[id] is the form; forms[0] stands for no form
	// slots holds, at the slot of each form (slot, probing linearly), its
	// id in the low 16 bits and its tag in the high 16 bits, which spares
	// most string comparisons; 0 is an empty slot.
	slots       []uint32
	mask, shift uint32
	// letters indexes again the forms of one to eight lower-case ASCII
	// letters (and the numbers of up to eight bytes), three in four of the
	// forms and most words of news text. At the slot of each (probing
	// linearly) it holds the form's bytes, the first in the low byte (zero
	// past the form), and its id; a key of 0 is an empty slot. A word is
	// thus found, or found to be no form, by comparing integers, with the
	// loads of one cache line, where slots takes a second for the form.
	letters *letterTable
	// pairs indexes again, as letters does, the forms of nine to fifteen
	// lower-case ASCII letters (some 1,200), by their two chunks of eight
	// bytes: the tokenizer finds a word of that length, or finds it is no
	// form, by comparing integers, where slots takes a comparison of
	// strings for each form it finds.
	pairs *pairTable
	// marks numbers the one-byte ASCII forms, for punctuation tokens.
	marks [utf8.RuneSelf]wordID
	// clitics numbers the clitics of one letter, "'a" to "'z" (see
	// cliticNorms), by the letter.
	clitics [26]wordID
}

// lettersBits is the log2 of the number of vocab.letters' slots. It is a
// constant so that a probe shifts and masks a hash by constants and indexes
// the table with no bounds check: on amd64 a shift by a variable count
// takes the register CX, which the tokenizer's loop then reloads for its
// own use at every word. The lexicons' 4,700 such forms fill the 16,384
// slots (256 kB) under a third full, so that most probes, most of them
// for words that are no form, end at the first or second slot; freeze
// panics past five in eight.
const lettersBits = 14

// letterTable is vocab.letters' slots.
type letterTable [1 << lettersBits]letterSlot

// letterStart returns the first slot of vocab.letters to probe for a form
// whose hashWord is h, by its top bits. Probing goes on to the next slots,
// j+1, j+2, ..., each taken by slotAt(j).
func letterStart(h uint32) uint32 { return h >> (32 - lettersBits) }

// slotAt returns probe j's slot: the table wraps.
func (t *letterTable) slotAt(j uint32) *letterSlot { return &t[j&(1<<lettersBits-1)] }

// pairsBits is the log2 of the number of vocab.pairs' slots, a constant
// for the reasons lettersBits is. The lexicons' 1,200 such forms fill its
// 4,096 slots (96 kB) under a third full; freeze panics past five in
// eight.
const pairsBits = 12

// pairTable is vocab.pairs' slots.
type pairTable [1 << pairsBits]pairSlot

// pairStart is letterStart for vocab.pairs.
func pairStart(h uint32) uint32 { return h >> (32 - pairsBits) }

// slotAt returns probe j's slot: the table wraps.
func (t *pairTable) slotAt(j uint32) *pairSlot { return &t[j&(1<<pairsBits-1)] }

// pairSlot is a slot of vocab.pairs.
type pairSlot struct {
	key [2]uint64 // the form's two chunks as packForm packs a form of up to eight letters
	id  wordID
}

// letterSlot is a slot of vocab.letters.
type letterSlot struct {
	key uint64 // the form as packForm packs it
	id  wordID
}

func newVocab() *vocab {
	return &vocab{ids: map[string]wordID{}, forms: []string{""}}
}

// add returns the number of w, giving it the next one if it has none yet.
func (v *vocab) add(w string) wordID {
	if v.slots != nil {
		panic("lexicons: a word form added after the vocabulary was frozen")
	}
	if id, ok := v.ids[w]; ok {
		return id
	}
	if len(v.forms) > int(^wordID(0)) {
		panic("lexicons: more word forms than a wordID can number")
	}
	id := wordID(len(v.forms))
	v.ids[w] = id
	v.forms = append(v.forms, w)
	return id
}

// freeze builds the indexes find and findLetters use. At most half full,
// probes stay short (most tokens are no form, and their probe ends at an
// empty slot) while the tables stay small enough to keep in cache: 64 kB
// of slots for 6,000 forms, and letters' fixed 256 kB (see lettersBits).
func (v *vocab) freeze() {
	v.slots = make([]uint32, tableSize(len(v.forms)))
	v.mask, v.shift = tableBits(len(v.slots))
	var letterForms, pairForms []wordID
	for id := 1; id < len(v.forms); id++ {
		f := v.forms[id]
		h := hashWord(f)
		i := h >> v.shift
		for v.slots[i] != 0 {
			i = (i + 1) & v.mask
		}
		v.slots[i] = tag(h) | uint32(id)
		if _, ok := packForm(f); ok {
			letterForms = append(letterForms, wordID(id))
		}
		if _, ok := packPair(f); ok {
			pairForms = append(pairForms, wordID(id))
		}
	}
	// Shorter forms first: they are the commoner words ("the", "of"), and
	// probing linearly, a form added earlier more often sits at its own slot.
	slices.SortStableFunc(letterForms, func(a, b wordID) int { return len(v.forms[a]) - len(v.forms[b]) })
	v.letters = new(letterTable)
	if 8*len(letterForms) > 5*len(v.letters) { // probes would grow long
		panic(fmt.Sprintf("lexicons: %d forms of up to eight letters: raise lettersBits", len(letterForms)))
	}
	for _, id := range letterForms {
		f := v.forms[id]
		key, _ := packForm(f)
		i := letterStart(hashWord(f))
		for v.letters.slotAt(i).key != 0 {
			i++
		}
		*v.letters.slotAt(i) = letterSlot{key, id}
	}
	v.pairs = new(pairTable)
	if 8*len(pairForms) > 5*len(v.pairs) {
		panic(fmt.Sprintf("lexicons: %d forms of nine to fifteen letters: raise pairsBits", len(pairForms)))
	}
	for _, id := range pairForms {
		f := v.forms[id]
		key, _ := packPair(f)
		i := pairStart(hashWord(f))
		for v.pairs.slotAt(i).key[0] != 0 {
			i++
		}
		*v.pairs.slotAt(i) = pairSlot{key, id}
	}
	for c := range v.marks {
		v.marks[c] = v.find(string(rune(c)))
	}
	for c, f := range cliticNorms {
		v.clitics[c] = v.find(f)
	}
}

// tableSize is the number of slots, a power of two, that keeps an index of
// n entries at most half full.
func tableSize(n int) int {
	size := 2 // so that a shift of tableBits is less than 32
	for size < 2*n {
		size *= 2
	}
	return size
}

// tableBits returns the mask and the shift that index a table of size
// slots, a power of two of at least 2: a slot is chosen by the top bits of
// a hashWord, which depend on every byte of the word (the shift, less than
// 32, is written "& 31" where it is used, which spares the test of a shift
// past the width), and probing wraps by the mask.
func tableBits(size int) (mask, shift uint32) {
	return uint32(size - 1), uint32(32 - bits.TrailingZeros(uint(size)))
}

// tag returns the bits of a slots entry that tell its form's hashWord h
// from others in the same slot: h's low 16 bits.
func tag(h uint32) uint32 { return h << 16 }

// packForm returns the bytes of f, the first in the low byte, when f is
// one to eight lower-case ASCII letters, or one to eight digits, commas and
// periods (a number, as the tokenizer reads one).
func packForm(f string) (uint64, bool) {
	if len(f) == 0 || len(f) > 8 {
		return 0, false
	}
	letters, number := true, true
	for i := 0; i < len(f); i++ {
		c := f[i]
		letters = letters && 'a' <= c && c <= 'z'
		number = number && (isDigit(c) || c == ',' || c == '.')
	}
	return loadTail(f), letters || number
}

// packPair returns the bytes of f in two chunks, as packForm packs them,
// when f is nine to fifteen lower-case ASCII letters.
func packPair(f string) ([2]uint64, bool) {
	if len(f) < 9 || len(f) > 15 {
		return [2]uint64{}, false
	}
	for i := 0; i < len(f); i++ {
		if c := f[i]; c < 'a' || c > 'z' {
			return [2]uint64{}, false
		}
	}
	return [2]uint64{loadTail(f[:8]), loadTail(f[8:])}, true
}

// find returns the number of w, or 0 if no lexicon names it. A nil vocab
// (the lexicons still loading) names nothing.
func (v *vocab) find(w string) wordID {
	switch {
	case v == nil:
		return 0
	case v.slots == nil:
		return v.ids[w]
	}
	return v.findHashed(w, hashWord(w))
}

// mark returns the number of the one-byte ASCII form c, or 0.
func (v *vocab) mark(c byte) wordID {
	if v == nil {
		return 0
	}
	return v.marks[c]
}

// findHashed is find for a form whose hashWord is h. (Tokenize looks for
// plain ASCII words with findLetters and findFolded.)
func (v *vocab) findHashed(w string, h uint32) wordID {
	for i := h >> (v.shift & 31); ; i = (i + 1) & v.mask {
		e := v.slots[i]
		if e == 0 {
			return 0
		}
		if e&0xffff0000 == tag(h) && v.forms[wordID(e)] == w {
			return wordID(e)
		}
	}
}

// findLetters is find for a word of one to eight lower-case ASCII
// letters, packed into key as packForm packs it, whose hashWord is h: it is
// told from the other words in letters by one comparison of integers.
func (v *vocab) findLetters(key uint64, h uint32) wordID {
	for i := letterStart(h); ; i++ {
		e := v.letters.slotAt(i)
		if e.key == key {
			return e.id
		}
		if e.key == 0 { // after the comparison: key has a letter, never matches 0
			return 0
		}
	}
}

// findFolded is findHashed for a word of over eight ASCII letters, w,
// lower-cased as it is compared: a form that matches it is all lower-case
// letters.
func (v *vocab) findFolded(w string, h uint32) wordID {
	for i := h >> (v.shift & 31); ; i = (i + 1) & v.mask {
		e := v.slots[i]
		if e == 0 {
			return 0
		}
		if e&0xffff0000 == tag(h) && equalFolded(v.forms[wordID(e)], w) {
			return wordID(e)
		}
	}
}

// equalFolded reports whether form is w lower-cased, w being ASCII
// letters: a letter with bit 5 set is lower-case, and no other byte is
// a letter so set.
func equalFolded(form, w string) bool {
	if len(form) != len(w) {
		return false
	}
	for len(w) >= 8 {
		if load64(form[:8]) != load64(w[:8])|0x20*lowBits {
			return false
		}
		form, w = form[8:], w[8:]
	}
	for k := range len(w) {
		if form[k] != w[k]|0x20 {
			return false
		}
	}
	return true
}

// hashWord hashes w eight bytes at a time, so that Tokenize, which reads a
// word in chunks of eight, hashes it with one multiply per chunk rather than
// one per byte. The chunks are w's bytes in order, the first in the low
// byte, the last one short of eight bytes and zero-padded (empty when len(w)
// is a multiple of eight).
func hashWord(w string) uint32 {
	var h uint64
	for ; len(w) >= 8; w = w[8:] {
		h = hashChunk(h, load64(w[:8]))
	}
	return hash32(hashChunk(h, loadTail(w)))
}

// hashChunk adds a chunk to a hash: one multiply, whose top bits depend
// on every bit of the chunk and of the hash so far.
func hashChunk(h, chunk uint64) uint64 {
	return (h ^ chunk) * 0x9e3779b97f4a7c15
}

// hash32 is the hashWord of a word whose chunks hashChunk has added up to
// h: the top half, of which the top bits choose a slot and the low bits
// tag it.
func hash32(h uint64) uint32 { return uint32(h >> 32) }

// Trie maps token sequences to values, for longest-match lookup of
// multi-word lexicon entries ("South Korean Defense Ministry", "Storm Shadow").
// Its words are numbered by the vocab it was made with, which must be the one
// Tokenize numbers tokens by.
//
// The walk over the words is the same code for every V (trie): an entry
// holds its value's index in vals, and only Match's answer is a V. Walked
// as generic code, the trie's nodes and entries were copied and indexed
// through the generic shape's dictionary at each step.
type Trie[V any] struct {
	trie
	vals []V // an entry's value, by its index
}

// trie is the words of a Trie's entries.
type trie struct {
	vocab *vocab
	// first holds, by word number, the node after an entry's first word:
	// one index per token where most tokens start no entry.
	first []*node
	// pairs filters the entries' first two words for mayMatch: bit
	// pairBit(w1, w2) is set for each entry that starts with w1 and w2, and
	// bit pairBit(w1, 0) for each entry that is w1 alone. One bit test
	// turns away most words, with no read of first and its nodes.
	pairs *[1 << 10]uint64
}

func newTrie[V any](v *vocab) Trie[V] {
	return Trie[V]{trie: trie{vocab: v, pairs: new([1 << 10]uint64)}}
}

// pairBit returns the bit of trie.pairs for the words w1 and w2: the top
// 16 bits of a multiplicative hash of the two.
func pairBit(w1, w2 wordID) uint32 {
	return (uint32(w1)<<16 | uint32(w2)) * 0x9e3779b1 >> 16
}

// setPair sets the bit of w1 and w2 in t.pairs.
func (t *trie) setPair(w1, w2 wordID) {
	b := pairBit(w1, w2)
	t.pairs[b>>6] |= 1 << (b & 63)
}

// hasPair reports whether the bit of w1 and w2 is set in t.pairs.
func (t *trie) hasPair(w1, w2 wordID) bool {
	b := pairBit(w1, w2)
	return t.pairs[b>>6]&(1<<(b&63)) != 0
}

// node is a point inside entries. Few words follow any one node, so its
// children are a short list scanned in order rather than a map.
type node struct {
	kids []edge // the words that may come next, each with the node after it
	vals []entry
	// some has bit w%64 set for each word w of kids: most tokens after a
	// common first word ("the", "in") are told from its few followers
	// without a scan.
	some uint64
}

// edge is a word that may come after a node, and the node after it.
type edge struct {
	w    wordID
	next *node
}

// entry is one lexicon form ending at a node: its value's index in the
// Trie's vals. Bit k of caps says that the form's k-th word was written
// with a capital and so must be capitalised in the text ("the North" is
// Korea, "the north" is a direction).
type entry struct {
	val  int32
	caps uint32
}

// maxDepth is the most words an entry can match over; a longer one never
// matches. It also bounds the bits of entry.caps.
const maxDepth = 16

// child returns the node after word w, or nil.
func (n *node) child(w wordID) *node {
	if n.some&(1<<(w%64)) == 0 {
		return nil
	}
	return n.find(w)
}

// find is child past the test of n.some.
func (n *node) find(w wordID) *node {
	for k := range n.kids {
		if e := &n.kids[k]; e.w == w {
			return e.next
		}
	}
	return nil
}

// Add inserts a phrase. The phrase is tokenized like text, with hyphens
// inside words dropped, so "Kim Jong-un" also matches "Kim Jong Un".
func (t *Trie[V]) Add(phrase string, v V) {
	toks := Tokenize(phrase)
	var n *node
	var caps uint32
	depth := 0
	var first, second wordID // 0 until read
	for i, tok := range toks {
		if Joiner(toks, i) {
			continue
		}
		w := t.vocab.add(tok.Norm)
		n = t.grow(n, w)
		if tok.Cap && depth < maxDepth {
			caps |= 1 << depth
		}
		switch depth {
		case 0:
			first = w
		case 1:
			second = w
		}
		depth++
	}
	if n != nil {
		t.setPair(first, second)
		n.vals = append(n.vals, entry{val: int32(len(t.vals)), caps: caps})
		t.vals = append(t.vals, v)
	}
}

// grow returns the node after word w from n (from the root when n is nil),
// making it if it is new.
func (t *trie) grow(n *node, w wordID) *node {
	if n == nil {
		for int(w) >= len(t.first) {
			t.first = append(t.first, nil)
		}
		if t.first[w] == nil {
			t.first[w] = &node{}
		}
		return t.first[w]
	}
	if c := n.child(w); c != nil {
		return c
	}
	c := &node{}
	n.kids = append(n.kids, edge{w, c})
	n.some |= 1 << (w % 64)
	return c
}

// capitalOnly reports whether some entry starts with word w and every one
// that does writes w with a capital ("To Lam", "Said Chengriha"): a word
// w in lower case ("to", "said") starts none of them.
func (t *trie) capitalOnly(w wordID) bool {
	return t.starts(w) && t.first[w].every(func(caps uint32) bool { return caps&1 != 0 })
}

// capitalAfter reports whether some entry starts with word w and every one
// that writes w in lower case writes the word after it with a capital
// ("the Netherlands", "the Kremlin"): w in lower case before a word in
// lower case ("the army") starts none of them. A word capitalOnly tells
// of is one.
func (t *trie) capitalAfter(w wordID) bool {
	return t.starts(w) && t.first[w].every(func(caps uint32) bool { return caps&1 != 0 || caps&2 != 0 })
}

// every reports whether the capitals of every entry at or after n (see
// entry.caps) pass the test.
func (n *node) every(test func(caps uint32) bool) bool {
	for _, e := range n.vals {
		if !test(e.caps) {
			return false
		}
	}
	for _, k := range n.kids {
		if !k.next.every(test) {
			return false
		}
	}
	return true
}

// starts reports whether some entry starts with word w.
func (t *trie) starts(w wordID) bool {
	return int(w) < len(t.first) && t.first[w] != nil
}

// mayMatch reports whether t may match at token i, a word that starts one
// of its entries, by the first two words: an entry is the one word, or the
// next word follows it in some entry. When it is false, so is Match's ok.
// Most words the taggers try start only longer entries ("the", "to",
// "said") and stand before some other word: this tells them without the
// call to Match.
//
// It reads the two words' bit in t.pairs, a filter: it may let through
// words that start no entry, for which Match then finds nothing, but it
// never turns away words that start one.
func (t *trie) mayMatch(toks []Token, i, hi int) bool {
	w := toks[i].word
	if t.hasPair(w, 0) {
		return true
	}
	j := i + 1
	for j < hi && Joiner(toks, j) {
		j++
	}
	return j < hi && t.hasPair(w, toks[j].word)
}

// Match finds the longest entry starting at toks[i] and ending before hi,
// skipping compound hyphens. It returns the token index after the match.
func (t *Trie[V]) Match(toks []Token, i, hi int) (end int, v V, ok bool) {
	end, k, ok := t.match(toks, i, hi)
	if ok {
		v = t.vals[k]
	}
	return end, v, ok
}

// match is Match, with the index of the entry's value.
func (t *trie) match(toks []Token, i, hi int) (end, val int, ok bool) {
	if i >= hi || !t.starts(toks[i].word) {
		return 0, 0, false
	}
	n := t.first[toks[i].word]
	// capped has bit k set when the k-th word walked over is capitalised
	// in the text, or is no word (a number): an entry agrees with the text
	// when every word it writes with a capital is so (entry.caps).
	capped := capitalised(&toks[i])
	var best *entry // the longest entry that agrees, ending before end
	// bit is the next word's bit in capped: 1<<depth, depth the words
	// walked over.
	for j, bit := i, uint32(2); ; bit <<= 1 {
		for k := range n.vals {
			if e := &n.vals[k]; e.caps&^capped == 0 {
				best, end = e, j+1
				break
			}
		}
		j++
		for j < hi && Joiner(toks, j) {
			j++
		}
		if j >= hi || bit == 1<<maxDepth {
			break
		}
		tok := &toks[j]
		if n = n.child(tok.word); n == nil { // no word (0) has a child
			break
		}
		capped |= capitalised(tok) * bit
	}
	if best == nil {
		return 0, 0, false
	}
	return end, int(best.val), true
}

// capitalised returns 1 if t is capitalised or is no word, else 0: whether
// t agrees with an entry's word written with a capital.
func capitalised(t *Token) uint32 {
	if t.Cap || t.Kind != Word {
		return 1
	}
	return 0
}
