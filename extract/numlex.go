package extract

import (
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"armsledger"
)

// numbersTSV is the vocabulary of amounts; its header documents the format.
//
//go:embed lexicon/numbers.tsv
var numbersTSV string

// numKind is the role a phrase of the numbers lexicon plays.
type numKind uint8

const (
	nkNumber numKind = iota + 1
	nkScale
	nkSuffix
	nkFraction
	nkVague
	nkVagueSingular // derived from the fifth column of a vague line
	nkVagueMod
	nkQualifier
	nkQualifierAfter
	nkCurrency
	nkCurrencyAfter
	nkPercent
	nkMonth
	nkYearStrong
	nkYearWeak
	nkNotPlural
	nkNotOneBefore
	nkNotOneAfter
	nkLabelBefore
	nkCalibre
)

var numKinds = map[string]numKind{
	"number": nkNumber, "scale": nkScale, "suffix": nkSuffix, "fraction": nkFraction,
	"vague": nkVague, "vague-mod": nkVagueMod, "qualifier": nkQualifier,
	"qualifier-after": nkQualifierAfter, "currency": nkCurrency,
	"currency-after": nkCurrencyAfter, "percent": nkPercent, "month": nkMonth, "year-strong": nkYearStrong,
	"year-weak": nkYearWeak, "not-plural": nkNotPlural, "not-one-before": nkNotOneBefore,
	"not-one-after": nkNotOneAfter, "label-before": nkLabelBefore, "calibre": nkCalibre,
}

// Case a phrase token demands of the text, taken from how the lexicon writes it.
const (
	anyCase uint8 = iota
	capital
	allCaps
)

// lexTok is one token of a lexicon phrase.
type lexTok struct {
	norm  string
	id    wordID // norm's number in the vocabulary, 0 if it has none (see numberPhraseWords)
	caps  uint8
	glued bool // written touching the token before it ("US$"), so must touch in text
}

// numEntry is one line of the numbers lexicon.
type numEntry struct {
	kind    numKind
	toks    []lexTok
	v1, v2  float64
	money   bool // a suffix that means a scale only next to a currency
	large   bool // a currency mark that is one only before millions or more ("P18.9 billion", not "P8")
	needsOf bool // a vague word that is an amount only before "of"
	code    string
	qual    armsledger.Qualifier
}

// numWord is everything the lexicon knows about one token form.
type numWord struct {
	entries []*numEntry // phrases starting with this token, by kind, longest first
	// byKind[kind] is where the entries of the kind begin, byKind[kind+1]
	// where they end, so that match reads only phrases of the kind it wants.
	byKind [nkCalibre + 2]uint8
	kinds  uint32 // bit 1<<kind set for each kind among entries
	starts bool   // the token can begin a quantity
	// seconds are, for a word that begins a quantity only as the first of
	// a phrase (nbPhraseOnly), the second words of those phrases: see
	// mayBegin.
	seconds []wordID
}

// numLexicon maps a token's Norm to what the numbers lexicon says about it.
// The parser reads it by word number, through lex.numWords.
type numLexicon struct {
	words map[string]*numWord
}

// startKinds are the roles whose phrases can begin a quantity.
var startKinds = map[numKind]bool{nkNumber: true, nkFraction: true, nkVague: true,
	nkVagueMod: true, nkQualifier: true, nkCurrency: true}

// grammarStarts are the function words the parser itself knows that can begin
// a quantity: articles ("a million") and range openers ("between 2 and 3").
var grammarStarts = []string{"a", "an", "between", "from"}

func mustLoadNumbers(src string) *numLexicon {
	lex, err := loadNumbers(src)
	if err != nil {
		panic(err)
	}
	return lex
}

// loadNumbers parses the numbers lexicon.
func loadNumbers(src string) (*numLexicon, error) {
	lx := &numLexicon{words: make(map[string]*numWord)}
	lex := lx.words
	add := func(e *numEntry) {
		first := e.toks[0].norm
		w := lex[first]
		if w == nil {
			w = &numWord{}
			lex[first] = w
		}
		w.entries = append(w.entries, e)
		w.starts = w.starts || startKinds[e.kind]
		w.kinds |= 1 << e.kind
	}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		e, singular, err := parseNumLine(line)
		if err != nil {
			return nil, fmt.Errorf("numbers.tsv line %d: %w", n+1, err)
		}
		add(e)
		if singular != nil {
			add(singular)
		}
	}
	for _, s := range grammarStarts {
		if lex[s] == nil {
			lex[s] = &numWord{}
		}
		lex[s].starts = true
	}
	// The later words of phrases get a record too, with nothing in it, so
	// that the vocabulary numbers them and phraseAt and mayBegin can
	// compare them by number.
	var later []string
	for _, w := range lex {
		for _, e := range w.entries {
			for _, t := range e.toks[1:] {
				later = append(later, t.norm)
			}
		}
	}
	for _, norm := range later {
		if lex[norm] == nil {
			lex[norm] = &numWord{}
		}
	}
	for _, w := range lex {
		sort.SliceStable(w.entries, func(i, j int) bool {
			a, b := w.entries[i], w.entries[j]
			return a.kind < b.kind || a.kind == b.kind && len(a.toks) > len(b.toks)
		})
		if len(w.entries) > 255 {
			return nil, fmt.Errorf("numbers.tsv: %d phrases begin with %q", len(w.entries), w.entries[0].toks[0].norm)
		}
		for k := range w.byKind {
			for int(w.byKind[k]) < len(w.entries) && int(w.entries[w.byKind[k]].kind) < k {
				w.byKind[k]++
			}
			if k+1 < len(w.byKind) {
				w.byKind[k+1] = w.byKind[k]
			}
		}
	}
	return lx, nil
}

// parseNumLine reads one lexicon line; a vague line also yields the entry for
// its singular form.
func parseNumLine(line string) (e, singular *numEntry, err error) {
	f := strings.Split(line, "\t")
	if len(f) < 2 {
		return nil, nil, fmt.Errorf("want KIND<TAB>PHRASE, got %q", line)
	}
	kind, ok := numKinds[f[0]]
	if !ok {
		return nil, nil, fmt.Errorf("unknown kind %q", f[0])
	}
	e = &numEntry{kind: kind, toks: phraseToks(f[1])}
	if len(e.toks) == 0 {
		return nil, nil, fmt.Errorf("empty phrase")
	}
	args := f[2:]
	want := map[numKind]int{nkNumber: 1, nkScale: 1, nkSuffix: 1, nkFraction: 1, nkVague: 3,
		nkQualifier: 1, nkQualifierAfter: 1, nkCurrency: 1, nkCurrencyAfter: 1}[kind]
	if len(args) < want {
		return nil, nil, fmt.Errorf("%s %q needs %d values", f[0], f[1], want)
	}
	switch kind {
	case nkNumber, nkScale, nkSuffix, nkFraction:
		if e.v1, err = strconv.ParseFloat(args[0], 64); err != nil {
			return nil, nil, fmt.Errorf("value of %q: %w", f[1], err)
		}
		e.money = len(args) > 1 && args[1] == "money"
	case nkVague:
		if e.v1, err = strconv.ParseFloat(args[0], 64); err == nil {
			e.v2, err = strconv.ParseFloat(args[1], 64)
		}
		if err != nil {
			return nil, nil, fmt.Errorf("range of %q: %w", f[1], err)
		}
		e.needsOf = len(args) > 3 && args[3] == "of"
		if args[2] != "-" {
			singular = &numEntry{kind: nkVagueSingular, toks: phraseToks(args[2]), v1: e.v1, v2: e.v2}
		}
	case nkQualifier, nkQualifierAfter:
		e.qual = armsledger.Qualifier(args[0])
		if e.qual != armsledger.AtLeast && e.qual != armsledger.AtMost && e.qual != armsledger.About && !(kind == nkQualifierAfter && e.qual == armsledger.Exact) {
			return nil, nil, fmt.Errorf("qualifier %q of %q", args[0], f[1])
		}
	case nkCurrency, nkCurrencyAfter:
		e.code = args[0]
		e.large = kind == nkCurrency && len(args) > 1 && args[1] == "large"
	}
	return e, singular, nil
}

// phraseToks splits a lexicon phrase as the tokenizer splits text, keeping
// the case and spacing it is written with as requirements on the text.
func phraseToks(phrase string) []lexTok {
	var out []lexTok
	for i, t := range Tokenize(phrase) {
		lt := lexTok{norm: t.Norm, glued: i > 0 && !t.Space}
		switch {
		case t.Upper:
			lt.caps = allCaps
		case t.Cap:
			lt.caps = capital
		}
		out = append(out, lt)
	}
	return out
}

// qparser reads quantities from one run of tokens, toks[:hi].
type qparser struct {
	toks  []Token
	hi    int
	arena *quantArena // where matches and bounds go
}

// numBits holds, by word number, the kinds bits of lex.numWords (1<<kind)
// and the bits below. The parser asks about nearly every token whether it
// can begin a quantity and whether a phrase of some kind starts there, and
// nearly always the answer is no: one load from a dense array answers it
// without following a pointer to the word's entries. An array indexed by a
// wordID, a uint16, needs no bounds check, and a package array no pointer.
var numBits [1 << 16]uint32

// The numbers lexicon is read before the vocabulary is complete; its
// phrases' words get their numbers once it is, and then the table.
func init() {
	numberPhraseWords(lex.numbers, lex.vocab)
	numWordBits(&numBits, lex.numWords)
}

const (
	// nbStarts marks a word that can begin a quantity (numWord.starts). Kinds
	// count from 1, which leaves bit 0 free.
	nbStarts uint32 = 1 << 0
	// nbArticle marks "a" and "an", which readWords reads as one before a
	// scale or a fraction.
	nbArticle uint32 = 1 << 31
	// nbPhraseOnly marks a word that begins a quantity only as the first
	// word of a phrase ("in excess of", "at least", "US$") or, for an
	// article, before a fraction or a scale: see mayBegin.
	nbPhraseOnly uint32 = 1 << 30
	// nbBeforeAmount marks a word that begins a quantity only before an
	// amount or the rest of a phrase: a range opener ("between", "from")
	// or a qualifier that is no figure ("over", "about"): see mayBegin.
	nbBeforeAmount uint32 = 1 << 29
	// nbRangeOpen marks "between" and "from", which begin a range: "between
	// 10 and 20".
	nbRangeOpen uint32 = 1 << 28
	// nbSecond marks the second words of the phrases mayBegin compares
	// (numWord.seconds): "least" of "at least", "excess" of "in excess of".
	nbSecond uint32 = 1 << 27
	// nbScan marks the words at which the quantity scan looks closer: the
	// words that may begin a quantity (nbStarts), the forms that are
	// numbers, and word 0, which names, rare words and most numbers have.
	// Every other token, most of them, is passed by with one bit test.
	nbScan uint32 = 1 << 26
	// nbFigure is every bit that lets a word begin an amount: readAmount
	// reads a currency, a vague amount (readVague) or a spelled-out figure
	// (readWords: a number word, an article, or "half", a fraction) there,
	// and nothing else.
	nbFigure = 1<<nkCurrency | 1<<nkVagueMod | 1<<nkVague | 1<<nkNumber | 1<<nkFraction | nbArticle
)

func numWordBits(bits *[1 << 16]uint32, words []*numWord) {
	for id, w := range words {
		if w == nil {
			continue
		}
		bits[id] = w.kinds
		if w.starts {
			bits[id] |= nbStarts
		}
	}
	for _, a := range []string{"a", "an"} {
		bits[lex.vocab.find(a)] |= nbArticle // a grammar start, so a form of the vocabulary
	}
	for _, r := range []string{"between", "from"} {
		bits[lex.vocab.find(r)] |= nbRangeOpen // a grammar start too
	}
	for id, w := range words {
		if w != nil && phraseOnly(w, lex.vocab.forms[id]) {
			bits[id] |= nbPhraseOnly
		}
	}
	for id, w := range words {
		if w != nil && bits[id]&(nbStarts|nbFigure|nbPhraseOnly) == nbStarts && beforeAmount(w) {
			bits[id] |= nbBeforeAmount
		}
	}
	for _, w := range words {
		if w != nil {
			for _, id := range w.seconds {
				bits[id] |= nbSecond
			}
		}
	}
	bits[0] |= nbScan
	for id, form := range lex.vocab.forms {
		if bits[id]&nbStarts != 0 || isNumberForm(form) {
			bits[id] |= nbScan
		}
	}
	for _, w := range words {
		if w == nil {
			continue
		}
		for _, e := range w.entries {
			// A last word with no number is compared by its form, and
			// may be any token with none: word 0 is marked for it.
			bits[e.toks[len(e.toks)-1].id] |= endBits[e.kind]
		}
	}
}

// isNumberForm reports whether a form of the vocabulary is what a number
// token's Norm may be, and so a number token may carry its word number.
func isNumberForm(form string) bool {
	toks := Tokenize(form)
	return len(toks) == 1 && toks[0].Kind == Number
}

// endBits holds, for each kind endsAt is asked about, the bit of numBits
// that marks a word ending a phrase of the kind: most tokens before a
// number end none ("sent 500", "the 2022"), and the bit turns them away
// before the phrases are read. The bits are those no kind or mark uses.
var endBits = [nkCalibre + 1]uint32{
	nkMonth:       1 << 21,
	nkYearStrong:  1 << 22,
	nkYearWeak:    1 << 23,
	nkLabelBefore: 1 << 24,
}

// phraseOnly reports whether the word form, whose entries are w, can begin
// a quantity only as the first word of a phrase of a kind a quantity
// begins with (or as an article): it has no such phrase of one word, and
// is no range opener. It sets w.seconds to those phrases' second words,
// and reports false if one has no number in the vocabulary, which
// mayBegin could not compare.
func phraseOnly(w *numWord, form string) bool {
	if !w.starts || form == "between" || form == "from" || form == "half" {
		return false
	}
	var seconds []wordID
	for _, e := range w.entries {
		switch e.kind {
		case nkQualifier, nkCurrency, nkVagueMod, nkVague, nkNumber, nkFraction:
		default:
			continue // read only after a figure or another phrase
		}
		if len(e.toks) == 1 || e.toks[1].id == 0 {
			return false
		}
		seconds = append(seconds, e.toks[1].id)
	}
	w.seconds = seconds
	return true
}

// beforeAmount reports whether a word that begins a quantity, is no
// figure and does not begin one only as the first of a phrase, whose
// entries are w, begins one only before an amount or the rest of a phrase
// (see nbBeforeAmount): a range opener, or a qualifier. It sets w.seconds
// to its phrases' second words, and reports false if one has no number in
// the vocabulary, which mayBegin could not compare.
func beforeAmount(w *numWord) bool {
	var seconds []wordID
	for _, e := range w.entries {
		if e.kind != nkQualifier || len(e.toks) == 1 {
			continue // no figure begins here (nbFigure), and a range opener reads one next
		}
		if e.toks[1].id == 0 {
			return false
		}
		seconds = append(seconds, e.toks[1].id)
	}
	w.seconds = seconds
	return true
}

// mayBegin reports whether a quantity may begin at toks[i], a word marked
// nbPhraseOnly or nbBeforeAmount: whether the next token is the second word
// of one of its phrases, or, after an article, a fraction or a scale, or,
// after a range opener or a qualifier, what an amount begins with. The scan
// asks it first, and turns most such words ("in", "as", "a", "from") away
// at once; it asks only when the next token may follow one (mayFollow).
func (p *qparser) mayBegin(i int) bool {
	if i+1 >= p.hi {
		return false
	}
	t := &p.toks[i+1]
	b := numBits[p.toks[i].word]
	if b&nbArticle != 0 && numBits[t.word]&(1<<nkFraction|1<<nkScale) != 0 {
		return true
	}
	if b&nbBeforeAmount != 0 && (t.Kind == Number || numBits[t.word]&nbFigure != 0) {
		return true
	}
	return t.word != 0 && slices.Contains(lex.numWords[p.toks[i].word].seconds, t.word)
}

// mayFollow reports whether t is a number or has one of the bits mayBegin
// tests the token after a start by. Most tokens after "in", "a" or "from"
// have none ("in the", "a new"): this test, small enough to be inlined in
// the scan, turns them away without the call.
func mayFollow(t *Token) bool {
	return t.Kind == Number || numBits[t.word]&(nbSecond|1<<nkScale|nbFigure) != 0
}

// has reports whether a phrase of the given kind may start at toks[k], for
// k < end: whether its word begins one. Nearly always it does not, and this
// test, unlike match, is small enough to be inlined where it is made.
func (p *qparser) has(k, end int, kind numKind) bool {
	return uint(k) < uint(end) && numBits[p.toks[k].word]&(1<<kind) != 0
}

// match finds the longest phrase of the given kind at toks[k:end] and returns
// it with the index just past it, or nil and k. end is at most len(toks).
// The calls made most often test has first, which settles most of them
// without a call.
func (p *qparser) match(k, end int, kind numKind) (*numEntry, int) {
	if !p.has(k, end, kind) {
		return nil, k
	}
	return p.matchAt(k, end, kind)
}

// matchAt is match for a token whose word starts a phrase of the kind.
func (p *qparser) matchAt(k, end int, kind numKind) (*numEntry, int) {
	w := lex.numWords[p.toks[k].word]
	for _, e := range w.entries[w.byKind[kind]:w.byKind[kind+1]] {
		switch {
		case k+len(e.toks) > end:
			// The phrase would run past the end.
		case len(e.toks) == 1:
			// The word is the token's: only its case is to compare.
			if fitsCase(&p.toks[k], e.toks[0].caps) {
				return e, k + 1
			}
		// Most phrases of more than one word fail on the second, which
		// is tested here without a call.
		case sameWord(&p.toks[k+1], e.toks[1].norm, e.toks[1].id) && phraseAt(p.toks, k, e.toks):
			return e, k + len(e.toks)
		}
	}
	return nil, k
}

// is reports whether the single token toks[k] is a one-token phrase of kind.
// It is too large to be inlined: where it is asked of many tokens, has and
// isAt are written out, so that has turns most of them away without a call.
func (p *qparser) is(k int, kind numKind) bool {
	return p.has(k, len(p.toks), kind) && p.isAt(k, kind)
}

// isAt is is for a token whose word starts a phrase of the kind.
func (p *qparser) isAt(k int, kind numKind) bool {
	w := lex.numWords[p.toks[k].word]
	for _, e := range w.entries[w.byKind[kind]:w.byKind[kind+1]] {
		if len(e.toks) == 1 && fitsCase(&p.toks[k], e.toks[0].caps) {
			return true
		}
	}
	return false
}

// mayEnd is endsAt's first test, for a kind with an end bit: whether the
// word before toks[k] may end a phrase of the kind. Most words end none;
// the hottest callers ask mayEnd first, which is inlined where endsAt is
// not.
func (p *qparser) mayEnd(k int, kind numKind) bool {
	return k > 0 && k <= len(p.toks) && numBits[p.toks[k-1].word]&endBits[kind] != 0
}

// endsAt reports whether a phrase of kind ends just before toks[k].
func (p *qparser) endsAt(k int, kind numKind) bool {
	if b := endBits[kind]; b != 0 && (k == 0 || numBits[p.toks[k-1].word]&b == 0) {
		return false
	}
	for s := k - 1; s >= 0 && s >= k-3; s-- {
		if p.has(s, k, kind) {
			if e, end := p.matchAt(s, k, kind); e != nil && end == k {
				return true
			}
		}
	}
	return false
}

// phraseAt reports whether the phrase p is written at toks[k:]. Its first
// word is the token's (matchAt and isAt find the phrase by it), so only the
// case of the first token is compared.
func phraseAt(toks []Token, k int, p []lexTok) bool {
	for i := range p {
		lt, t := &p[i], &toks[k+i]
		if i > 0 && (!sameWord(t, lt.norm, lt.id) || lt.glued && t.Space) {
			return false
		}
		if !fitsCase(t, lt.caps) {
			return false
		}
	}
	return true
}

// fitsCase reports whether t is written in the case a phrase token demands.
func fitsCase(t *Token, caps uint8) bool {
	return !(caps == capital && !t.Cap || caps == allCaps && !t.Upper)
}

// sameWord reports whether t's Norm is norm, whose number in the vocabulary
// is id. A token carries the number of its Norm, 0 when the vocabulary has
// no such form, so the numbers tell two forms apart unless neither has one.
func sameWord(t *Token, norm string, id wordID) bool {
	if t.word != 0 || id != 0 {
		return t.word == id
	}
	return t.Norm == norm
}

func numberPhraseWords(lx *numLexicon, v *vocab) {
	for _, w := range lx.words {
		for _, e := range w.entries {
			for i := range e.toks {
				e.toks[i].id = v.find(e.toks[i].norm)
			}
		}
	}
}
