package extract

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Kind is a token's broad class.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // letters, or an initialism such as "U.S."
	Number             // digits with inner separators: "10,000", "4.8"
	Punct              // any other single rune: ".", "$", "“", "-"
)

// Token is a word, number or punctuation mark with its byte offsets in the
// original text. Norm is the form lexicons match on: lower-cased, NFC, with
// curly quotes and dashes folded to their ASCII forms.
type Token struct {
	// Start and End are int32 to keep a token at 32 bytes: a text is at most
	// a few megabytes, and tokens are the extractor's largest allocation.
	Start, End int32
	Norm       string
	tokenMarks
}

// tokenMarks are a token's small fields, its last eight bytes, read as
// Token's own (t.Kind, t.Space). They are a struct of their own so that
// the tokenizer can write them with one copy from a table chosen by the
// token's bits (see wordMarks), rather than a field at a time: seven
// stores, three of them of a flag it must first test for.
type tokenMarks struct {
	Kind Kind
	// Space is true when whitespace (or the start of the text) comes before the
	// token; "152mm" gives "152" and "mm" with Space false on "mm".
	Space bool
	// Newline is true when a line break comes before the token.
	Newline bool
	// Cap is true when the token starts with an upper-case letter.
	Cap bool
	// Upper is true for words of two or more letters that are all upper case.
	Upper bool
	// joiner is Joiner's answer, worked out once by the tokenizer: taggers
	// and lexicon matching ask it of nearly every token they pass. It sits
	// in what would be padding.
	joiner bool
	// word is Norm's number in the lexicons' vocabulary, 0 if no lexicon
	// names it. It sits in what would be padding: a token stays 32 bytes.
	word wordID
}

// wordMarks, punctMarks and numberMarks hold the marks of a token of
// each kind, with no word number, by its bits: pre's (space, line break),
// then 4 for Cap (a mark's joiner) and 8 for Upper.
var wordMarks, punctMarks, numberMarks = marksTable(Word), marksTable(Punct), marksTable(Number)

// marksTable makes the table of marks of tokens of a kind.
func marksTable(kind Kind) (t [16]tokenMarks) {
	for b := range t {
		m := tokenMarks{Kind: kind, Space: b&preSpace != 0, Newline: b&preNewline != 0}
		switch kind {
		case Word:
			m.Cap, m.Upper = b&4 != 0, b&8 != 0
		case Punct:
			m.joiner = b&4 != 0
		}
		t[b] = m
	}
	return t
}

// Joiner reports whether token i is a hyphen inside a compound ("Kim Jong-un",
// "KN-23", "surface-to-air"): lexicon matching skips it. That is a hyphen
// with no space on either side and a token on each, which the tokenizer
// marks; toks may be a part of a tokenized text, whose ends have no
// token on their far side.
//
// The mark is tested first: most tokens asked about are no joiner, and
// are told with one comparison and one load.
func Joiner(toks []Token, i int) bool {
	return uint(i) < uint(len(toks)) && toks[i].joiner && i > 0 && i+1 < len(toks)
}

// Tokenize splits text into tokens in one pass over its bytes. Runs of letters
// and runs of digits become separate tokens even when they touch ("F-16s" is
// "f", "-", "16", "s"), so lexicon entries match however a name is spaced.
func Tokenize(text string) []Token {
	return appendTokens(make([]Token, 0, len(text)/4+1), text) // news text averages about 5.4 bytes a token
}

// appendTokens is Tokenize into a buffer: the extractor reuses one from
// text to text.
func appendTokens(toks []Token, text string) []Token {
	return tokenize(toks, text, nil)
}

// tokenize is appendTokens that also lists, in b's marks if b is not nil,
// the tokens the sentence splitter, the quotation reader and acronyms look
// at (see markList), and makes the norms of capitalised words in b's
// lowerNorms, with one allocation for the text.
//
// Nearly all of news text is plain ASCII words, numbers, marks and
// spaces, which scanPlain reads in a loop that calls nothing; at anything
// else it stops, and appendToken reads the one token the general way.
// Tokens are written in place, in a buffer grown when full.
func tokenize(toks []Token, text string, b *tokenBuffers) []Token {
	v := tokenVocab
	if v == nil {
		v = noVocab // the lexicons themselves are being tokenized: no word has a number yet
	}
	n := len(toks)
	toks = toks[:cap(toks)] // written up to n; grown when full
	if b != nil {
		b.reset(len(toks))
	}
	pre := uint64(preSpace) // the space and newline bits of the next token
	i := 0
	for {
		var lower bool
		n, i, pre, lower = v.scanPlain(toks, n, text, i, pre, b)
		if lower { // only where b is nil
			toks[n-1].Norm = lowerString(toks[n-1].Norm)
			continue
		}
		if i >= len(text) {
			if b != nil {
				b.lower.set(toks[:n])
			}
			return toks[:n]
		}
		if n == len(toks) {
			toks = growTokens(toks)
			if b != nil {
				b.grow(len(toks))
			}
			continue
		}
		var t []Token
		t, i, pre = v.appendToken(toks[:n], text, i, pre)
		if b != nil {
			if len(t) > n && (t[n].Newline || isMark(&t[n])) || len(t) == n && pre&preNewline != 0 {
				b.marks.add(n) // the token, or the next after a line break read as a space
			}
		}
		n, toks = len(t), t[:cap(t)]
		if b != nil {
			b.grow(len(toks))
		}
	}
}

// tokenBuffers are what tokenize keeps from text to text besides the
// tokens: the marks it lists and the norms it lower-cases.
type tokenBuffers struct {
	marks markList
	lower lowerNorms
}

// reset empties the buffers for tokens of up to size.
func (b *tokenBuffers) reset(size int) {
	b.marks.reset(size)
	b.lower.reset(size)
}

// grow makes room in the buffers for the indexes of up to size tokens.
func (b *tokenBuffers) grow(size int) {
	b.marks.grow(size)
	b.lower.grow(size)
}

// lowerNorms makes the norms of the capitalised words that no lexicon
// names, which are the words lower-cased (about one token in sixty): it
// notes the tokens as they are read, and once the text is read, lower-cases
// all their letters into one buffer and slices each norm from one string
// made of it. Each word's own string would be an allocation. The list has
// room for every token, as a markList has, so that scanPlain notes a token
// with two stores and calls nothing.
type lowerNorms struct {
	// at[:n] are the tokens noted, in text order; their Norm is their
	// letters until set.
	at  []int32
	n   int
	buf []byte
}

// reset empties the list for tokens of up to size.
func (l *lowerNorms) reset(size int) {
	l.n = 0
	l.grow(size)
}

// grow makes room for the indexes of up to size tokens.
func (l *lowerNorms) grow(size int) {
	if len(l.at) < size {
		at := make([]int32, size+size/4)
		copy(at, l.at[:l.n])
		l.at = at
	}
}

// add notes token i, whose Norm is its letters as the text writes them.
func (l *lowerNorms) add(i int) {
	l.at[l.n] = int32(i)
	l.n++
}

// set gives each token noted its norm.
func (l *lowerNorms) set(toks []Token) {
	if l.n == 0 {
		return
	}
	at := l.at[:l.n]
	buf := l.buf[:0]
	for _, i := range at {
		w := toks[i].Norm
		for k := range len(w) {
			buf = append(buf, w[k]|0x20) // ASCII letters: lower-case with bit 5 set
		}
	}
	l.buf = buf
	s := string(buf)
	for _, i := range at {
		t := &toks[i]
		n := len(t.Norm)
		t.Norm, s = s[:n], s[n:]
	}
}

// markList lists, in text order, the tokens that start a line (Newline)
// and the marks that may end a sentence or open or close a quotation or a
// bracket (isMark): all the tokens that appendSentences,
// appendQuoteRegions and acronyms look at, so that they pass over these
// only. The tokenizer notes them as it reads; after a line break at the
// text's end, the list may end with the index len(toks).
type markList struct {
	at []int32 // at[:n] is the list; at is as long as it may grow
	n  int
}

// reset empties the list for tokens of up to size (each index is listed
// at most once, so size+1 entries are room enough).
func (m *markList) reset(size int) {
	m.n = 0
	m.grow(size)
}

// grow makes room for the indexes of up to size tokens.
func (m *markList) grow(size int) {
	if len(m.at) < size+1 {
		at := make([]int32, size+1+size/4)
		copy(at, m.at[:m.n])
		m.at = at
	}
}

// add lists token i, unless it is listed already.
func (m *markList) add(i int) {
	if m.n == 0 || m.at[m.n-1] != int32(i) {
		m.at[m.n] = int32(i)
		m.n++
	}
}

// list returns the indexes listed.
func (m *markList) list() []int32 { return m.at[:m.n] }

// isMark reports whether t is a mark a markList lists: ".", "!", "?",
// '"' (an ASCII quotation mark or one folded to it) or "(".
func isMark(t *Token) bool {
	if t.Kind == Word && len(t.Norm) >= 3 && t.Norm[len(t.Norm)-1] == '.' {
		return true // an initialism, which may end a sentence: "after the U.S. The government ..."
	}
	if t.Kind != Punct || len(t.Norm) != 1 {
		return false
	}
	c := t.Norm[0]
	return c < utf8.RuneSelf && listedMarks[c]
}

// listedMarks holds the ASCII marks a markList lists.
var listedMarks = [utf8.RuneSelf]bool{'.': true, '!': true, '?': true, '"': true, '(': true}

// marks lists the tokens a markList would: the general way, for tokens
// that were not read by tokenize with a list.
func marks(toks []Token) []int32 {
	var m []int32
	for i := range toks {
		if toks[i].Newline || isMark(&toks[i]) {
			m = append(m, int32(i))
		}
	}
	return m
}

// scanPlain writes the tokens of text from i on into toks from n on, as
// long as each is a plain one: an ASCII mark, a curly quote or a dash, a
// number of up to seven bytes, a clitic of one ASCII letter ("’s"), or a
// word of ASCII letters followed by no letter or mark that is not ASCII
// and not an initialism. It stops before
// any other token, or when toks is full, and returns the tokens written,
// where it stopped and the space and newline bits of the next token (pre,
// as it takes them). If b is not nil, it lists line breaks and marks in
// b's marks, and notes in b's lowerNorms each capitalised word that no
// lexicon names, whose norm must be lower-cased: it writes the token with
// its letters as they are. If b is nil, it stops after such a word,
// reporting lower true, and the caller lower-cases the norm.
//
// It calls nothing, so that it keeps what it reads in registers. A word is
// read eight bytes at a time: a chunk's letters are found, lower-cased and
// tested for capitals with a few operations on a uint64, and hashed with
// one multiply; a word of up to seven letters, most words, is one chunk,
// and the space after it is read with it.
func (v *vocab) scanPlain(toks []Token, n int, text string, i int, pre uint64, b *tokenBuffers) (int, int, uint64, bool) {
	for uint(i) < uint(len(text)) && uint(n) < uint(len(toks)) { // unsigned: no bounds check on text[i] or toks[n]
		c := text[i]
		class := byteClasses[c]
		if class == bLetter { // most tokens: tested first
			if i+8 > len(text) {
				return n, i, pre, false
			}
			chunk := text[i : i+8]
			x := load64(chunk)
			y := x | 0x20*lowBits // letters lower-cased (and other bytes changed)
			z := y &^ highBits
			notLetters := (^(z + (0x80-'a')*lowBits) | (z + (0x80-'z'-1)*lowBits) | x) & highBits // see asciiLetters
			upper := ^x & (0x20 * lowBits)                                                        // 0x20 in each upper-case letter's byte
			if notLetters != 0 {
				// A word of one to seven letters.
				// k is below 8 here; "& 7" tells the compiler so, which spares
				// the shifts by k*8 their test of a shift past the width.
				k := bits.TrailingZeros64(notLetters) >> 3 & 7
				keep := uint64(1)<<(k*8) - 1 // all ones in the letters' bytes
				lower := y & keep
				upper &= keep
				next := byte(x >> (k * 8)) // text[i+k], the byte after the word
				if next >= utf8.RuneSelf && !endsWord(text, i+k) || next == '.' && k == 1 && upper != 0 {
					return n, i, pre, false // letters that are not ASCII may follow; perhaps an initialism
				}
				h := hash32(hashChunk(0, lower)) // hashWord of the word
				var id wordID
				for j := letterStart(h); ; j++ { // findLetters
					e := v.letters.slotAt(j)
					if e.key == lower {
						id = e.id
						break
					}
					if e.key == 0 {
						break
					}
				}
				// A lower-case word is its own norm: the lexicons' bytes. Cut
				// from the chunk, it needs no test of the text's end.
				norm, marks := chunk[:k], pre|upper>>3&4 // Cap: the first letter's 0x20, moved to 4
				if upper != 0 {
					if id != 0 {
						norm = v.forms[id] // the lexicons' copy
					}
					if upper == 0x20*lowBits&keep && k >= 2 {
						marks |= 8 // Upper
					}
				}
				t := &toks[n]
				t.Start, t.End, t.Norm = int32(i), int32(i+k), norm
				t.tokenMarks = wordMarks[marks&15]
				t.word = id
				n, i, pre = n+1, i+k, 0
				if next == ' ' {
					i, pre = i+1, preSpace
				}
				if upper != 0 && id == 0 { // a norm to lower-case
					if b == nil {
						return n, i, pre, true
					}
					b.lower.add(n - 1)
				}
				continue
			}
			// A word of eight letters or more: its first chunk is x.
			first, anyUpper := y, upper
			allUpper := upper == 0x20*lowBits
			h := hashChunk(0, y)
			end := i + 8
			var last uint64 // the last chunk hashed, lower-cased: the second of a word of up to fifteen letters
			for {
				if end+8 > len(text) {
					return n, i, pre, false
				}
				x := load64(text[end : end+8])
				y := x | 0x20*lowBits
				z := y &^ highBits
				notLetters := (^(z + (0x80-'a')*lowBits) | (z + (0x80-'z'-1)*lowBits) | x) & highBits
				keep := (notLetters&-notLetters)>>7 - 1 // all ones in the letters' bytes, whatever their number
				upper := ^x & (0x20 * lowBits) & keep
				anyUpper |= upper
				allUpper = allUpper && upper == 0x20*lowBits&keep
				last = y & keep
				h = hashChunk(h, last) // after a chunk of eight letters, hashWord hashes an empty one too
				if notLetters != 0 {
					k := bits.TrailingZeros64(notLetters) >> 3
					end += k
					if byte(x>>(k*8)) >= utf8.RuneSelf && !endsWord(text, end) {
						return n, i, pre, false // letters that are not ASCII may follow
					}
					break
				}
				end += 8
			}
			var id wordID
			if end-i > 8 && end-i < 16 {
				for j := pairStart(hash32(h)); ; j++ { // as findLetters, in pairs
					e := v.pairs.slotAt(j)
					if e.key == [2]uint64{first, last} {
						id = e.id
						break
					}
					if e.key[0] == 0 {
						break
					}
				}
			} else if end-i == 8 {
				for j := letterStart(hash32(h)); ; j++ { // findLetters
					e := v.letters.slotAt(j)
					if e.key == first {
						id = e.id
						break
					}
					if e.key == 0 {
						break
					}
				}
			} else {
			probe:
				for j := hash32(h) >> (v.shift & 31); ; j = (j + 1) & v.mask { // findFolded
					e := v.slots[j]
					if e == 0 {
						break
					}
					if e&0xffff0000 != tag(hash32(h)) {
						continue
					}
					f := v.forms[wordID(e)]
					if len(f) != end-i {
						continue
					}
					k := 0
					for ; k+8 <= len(f); k += 8 { // the text's letters, lower-cased
						if load64(f[k:k+8]) != load64(text[i+k:i+k+8])|0x20*lowBits {
							continue probe
						}
					}
					for ; k < len(f); k++ {
						if f[k] != text[i+k]|0x20 {
							continue probe
						}
					}
					id = wordID(e)
					break
				}
			}
			norm := text[i:end]
			if anyUpper != 0 && id != 0 {
				norm = v.forms[id]
			}
			t := &toks[n]
			t.Start, t.End, t.Norm = int32(i), int32(end), norm
			marks := pre | upper>>3&4 // Cap: the first letter's 0x20, moved to 4
			if allUpper && upper&0x20 != 0 {
				marks |= 8 // Upper
			}
			t.tokenMarks = wordMarks[marks&15]
			t.word = id
			n, i, pre = n+1, end, 0
			if anyUpper != 0 && id == 0 { // a norm to lower-case
				if b == nil {
					return n, i, pre, true
				}
				b.lower.add(n - 1)
			}
			continue
		}
		switch class {
		case bSpace:
			pre |= preSpace
			i++
		case bNewline:
			pre = preSpace | preNewline
			i++
			if b != nil {
				b.marks.add(n)
			}
		case bPunct, bMulti:
			m, size := c, 1 // the mark, folded to ASCII, and its bytes
			if c >= utf8.RuneSelf {
				// Only a curly quote or a dash, "\xe2\x80" and a byte that tells which.
				if c != 0xe2 || i+3 > len(text) || text[i+1] != 0x80 {
					return n, i, pre, false
				}
				if m, size = curlyMarks[text[i+2]], 3; m == 0 {
					return n, i, pre, false
				}
			}
			if m == '\'' && i > 0 && pre&preSpace == 0 && i+size < len(text) && isASCIILetter(text[i+size]) {
				// A clitic, as appendToken reads one. One of one letter
				// ("’s", "'t"), most, is written here; any other, or one
				// scanWord might read on into an initialism, is left to it.
				l, j := text[i+size], i+size+1
				if j < len(text) && (text[j] >= utf8.RuneSelf || isASCIILetter(text[j]) || text[j] == '.' && isASCIIUpper(l)) {
					return n, i, pre, false
				}
				c := (l | 0x20) - 'a'
				t := &toks[n]
				t.Start, t.End, t.Norm = int32(i), int32(j), cliticNorms[c]
				t.tokenMarks = wordMarks[0] // no space before it
				t.word = v.clitics[c]
				n, i, pre = n+1, j, 0
				continue
			}
			if listedMarks[m&0x7f] && b != nil {
				b.marks.add(n)
			}
			// marks are pre's bits, and 4 for a joiner.
			marks := pre
			if m == '-' && pre&preSpace == 0 && i+size < len(text) { // see tokenAt
				switch byteClasses[text[i+size]] {
				case bSpace, bNewline:
				case bMulti:
					return n, i, pre, false
				default:
					marks |= 4
				}
			}
			t := &toks[n]
			t.Start, t.End, t.Norm = int32(i), int32(i+size), markNorms[m&0x7f]
			t.tokenMarks = punctMarks[marks&15]
			t.word = v.marks[m&0x7f]
			n, i, pre = n+1, i+size, 0
		case bDigit:
			// A number of up to eight bytes (see scanNumber): its own norm.
			end := i + 1
			for end < len(text) {
				if c := text[end]; isDigit(c) {
					end++
				} else if (c == ',' || c == '.') && end+1 < len(text) && isDigit(text[end+1]) {
					end += 2
				} else {
					break
				}
			}
			k := end - i
			if k >= 8 || i+8 > len(text) {
				return n, i, pre, false
			}
			key := load64(text[i:i+8]) & (1<<(8*(k&7)) - 1)
			var id wordID
			for j := letterStart(hash32(hashChunk(0, key))); ; j++ { // findLetters
				e := v.letters.slotAt(j)
				if e.key == key {
					id = e.id
					break
				}
				if e.key == 0 {
					break
				}
			}
			t := &toks[n]
			t.Start, t.End, t.Norm = int32(i), int32(end), text[i:end]
			t.tokenMarks = numberMarks[pre&15]
			t.word = id
			n, i, pre = n+1, end, 0
		default:
			return n, i, pre, false
		}
	}
	return n, i, pre, false
}

// appendToken appends the token that starts at text[i], or reads the space
// there, whatever it is. pre holds the space and newline bits of the next
// token; it returns where to go on, and the bits then.
func (v *vocab) appendToken(toks []Token, text string, i int, pre uint64) ([]Token, int, uint64) {
	space, newline := pre&preSpace != 0, pre&preNewline != 0
	var end int
	var kind Kind
	switch byteClasses[text[i]] {
	case bSpace:
		return toks, i + 1, pre | preSpace
	case bNewline:
		return toks, i + 1, preSpace | preNewline
	case bLetter:
		if end, norm, capital, upper, id := v.wordToken(text, i); end != 0 {
			toks, t := push(toks, i, end, Word, space, newline, capital, upper, id)
			t.Norm = norm
			return toks, end, 0
		}
		end, kind = scanWord(text, i), Word
	case bDigit:
		end = scanNumber(text, i)
		s := text[i:end]
		// A number is its own norm: no case to fold.
		var t *Token
		toks, t = push(toks, i, end, Number, space, newline, false, false, v.find(s))
		t.Norm = s
		return toks, end, 0
	case bPunct:
		c := text[i]
		if c == '\'' && i+1 < len(text) && isASCIILetter(text[i+1]) && i > 0 && !space {
			// A clitic such as "'s" or "'t" stays one token.
			end, kind = scanWord(text, i+1), Word
			var ok bool
			if toks, ok = v.appendClitic(toks, text, i, i+1, end, space, newline); ok {
				return toks, end, 0
			}
			break
		}
		var t *Token
		toks, t = push(toks, i, i+1, Punct, space, newline, false, false, v.mark(c))
		t.Norm = asciiMarks[c : c+1]
		if c == '-' && !space {
			t.joiner = tokenAt(text, i+1)
		}
		return toks, i + 1, 0
	default:
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			end, kind = i+1, Punct
		case isApostrophe(r) && i > 0 && !space && i+size < len(text) && isASCIILetter(text[i+size]):
			end, kind = scanWord(text, i+size), Word
			var ok bool
			if toks, ok = v.appendClitic(toks, text, i, i+size, end, space, newline); ok {
				return toks, end, 0
			}
		case foldRune(r) != r:
			// A curly quote or a dash, folded to its ASCII mark.
			c := byte(foldRune(r))
			var t *Token
			toks, t = push(toks, i, i+size, Punct, space, newline, false, false, v.mark(c))
			t.Norm = asciiMarks[c : c+1]
			if c == '-' && !space {
				t.joiner = tokenAt(text, i+size)
			}
			return toks, i + size, 0
		case isSpace(r):
			if r == '\u2028' || r == '\u2029' {
				pre |= preNewline
			}
			return toks, i + size, pre | preSpace
		case unicode.IsLetter(r) && !isApostrophe(r):
			end, kind = scanWord(text, i), Word
		case unicode.IsDigit(r):
			end, kind = i+size, Number
		default:
			end, kind = i+size, Punct
		}
	}
	return append(toks, newToken(text, i, end, kind, space, newline)), end, 0
}

// noVocab is the vocabulary appendTokens numbers words by while the
// lexicons load: frozen empty, it names nothing.
var noVocab = func() *vocab {
	v := newVocab()
	v.freeze()
	return v
}()

// The bits of pre, what the tokenizer has read of the next token before
// it: space before it, a line break before it.
const (
	preSpace = 1 << iota
	preNewline
)

// curlyMarks holds, by the last byte of a character "\xe2\x80\x??", the
// ASCII mark foldRune folds it to, if any: the curly quotes and dashes of
// U+2010 to U+201E.
var curlyMarks = func() (t [256]byte) {
	for r := rune(0x2010); r <= 0x201e; r++ {
		if f := foldRune(r); f != r {
			t[0x80|r&0x3f] = byte(f)
		}
	}
	return t
}()

// markNorms holds the one-byte norm of each ASCII mark.
var markNorms = func() (t [utf8.RuneSelf]string) {
	for c := range t {
		t[c] = asciiMarks[c : c+1]
	}
	return t
}()

// growTokens returns toks, full, with room for more: appendTokens writes
// them up to their capacity.
func growTokens(toks []Token) []Token {
	toks = append(toks, Token{})
	return toks[:cap(toks)]
}

// endsWord reports whether text[end], the first byte of a character not
// ASCII, is that of a character of U+2000 to U+203F: spaces, dashes,
// quotes and other marks, none a letter or a mark that would go on with the
// letters before it (see wordRunsOn). The bytes are read only while they
// are in the text.
func endsWord(text string, end int) bool {
	return text[end] == 0xe2 && end+2 < len(text) && text[end+1] == 0x80
}

// wordRunsOn reports whether the plain ASCII letters before text[end], a
// byte of a multi-byte sequence, go on into a letter or mark: the word is
// then no plain one. An apostrophe, a dash or a curly quote ends it.
func wordRunsOn(text string, end int) bool {
	r, _ := utf8.DecodeRuneInString(text[end:])
	return !isApostrophe(r) && (unicode.IsLetter(r) || unicode.IsMark(r))
}

// byteClass sorts bytes for appendTokens' dispatch.
type byteClass uint8

const (
	bPunct   byteClass = iota // any other ASCII byte: a mark of its own
	bSpace                    // ASCII blanks but the line break
	bNewline                  // '\n'
	bDigit
	bLetter // ASCII letters
	bMulti  // bytes of multi-byte UTF-8 sequences (and invalid ones)
)

var byteClasses = func() (t [256]byteClass) {
	for i := range t {
		switch c := byte(i); {
		case c >= utf8.RuneSelf:
			t[i] = bMulti
		case c == '\n':
			t[i] = bNewline
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			t[i] = bSpace
		case isDigit(c):
			t[i] = bDigit
		case isASCIILetter(c):
			t[i] = bLetter
		}
	}
	return t
}()

// maxASCIIWord bounds the words appendClitic reads.
const maxASCIIWord = 32

// wordToken reads the plain ASCII word at text[i], an ASCII letter, as
// scanPlain does, for the words scanPlain leaves (one near the text's end,
// or one scanPlain cannot tell is plain): eight bytes at a time, each
// chunk's letters found, counted, lower-cased and tested for capitals with
// a few operations on one uint64 and hashed with one multiply. It returns
// the token's end, norm, Cap, Upper and word number; an end of 0 for a
// word that is not plain (letters that are not ASCII, an initialism),
// which the general path reads.
func (v *vocab) wordToken(text string, i int) (end int, norm string, capital, upper bool, id wordID) {
	var first, h uint64 // the first chunk, lower-cased; the hash so far
	var anyUpper uint64 // 0x20 in each upper-case letter's byte, or-ed over the chunks
	allUpper := true
	n := 0
	for {
		j := i + n
		var x uint64
		if j+8 <= len(text) {
			x = load64(text[j : j+8])
		} else {
			x = loadTail(text[j:]) // zero bytes past the text are no letters
		}
		notLetters := ^asciiLetters(x) & highBits
		k := bits.TrailingZeros64(notLetters) >> 3 // the chunk's letters before its first other byte; 8 if none
		keep := (notLetters&-notLetters)>>7 - 1    // all ones in those k bytes, whatever k is
		lower := (x | 0x20*lowBits) & keep         // ASCII letters lower-case by setting bit 5
		upper := ^x & (0x20 * lowBits) & keep      // upper-case ones have it clear
		if n == 0 {
			first, capital = lower, upper&0x20 != 0
		}
		anyUpper |= upper
		allUpper = allUpper && upper == 0x20*lowBits&keep
		h = hashChunk(h, lower) // after a chunk of eight letters, hashWord hashes an empty one too
		n += k
		if k < 8 {
			break
		}
	}
	end = i + n
	if end < len(text) {
		switch c := text[end]; {
		case c == '.' && n == 1 && capital:
			return 0, "", false, false, 0 // perhaps an initialism
		case c >= utf8.RuneSelf && wordRunsOn(text, end):
			return 0, "", false, false, 0
		}
	}
	if n <= 8 {
		id = v.findLetters(first, hash32(h))
	} else {
		id = v.findFolded(text[i:end], hash32(h))
	}
	upper = capital && allUpper && n >= 2
	switch {
	case anyUpper == 0:
		norm = text[i:end] // the same bytes as the lexicons' copy, and no read of it
	case id != 0:
		norm = v.forms[id] // the lexicons' copy: nothing to allocate
	default:
		norm = lowerString(text[i:end])
	}
	return end, norm, capital, upper, id
}

// lowerString returns w, ASCII letters, lower-cased: strings.ToLower's
// result, without its tests of w.
func lowerString(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	for k := range len(w) {
		b.WriteByte(w[k] | 0x20)
	}
	return b.String()
}

// Constants for reading eight bytes at a time: a byte of lowBits is 1, of
// highBits 0x80.
const (
	lowBits  = 0x0101010101010101
	highBits = 0x8080808080808080
)

// asciiLetters returns x with bit 7 set in each byte that is an ASCII
// letter and clear in every other. Each byte is folded to lower case and
// its bit 7 cleared, so that adding a constant to it carries into its own
// bit 7, never into the next byte: it then holds whether the byte is at
// least 'a', or more than 'z'.
func asciiLetters(x uint64) uint64 {
	y := (x | 0x20*lowBits) &^ highBits
	atLeastA := y + (0x80-'a')*lowBits
	pastZ := y + (0x80-'z'-1)*lowBits
	return atLeastA &^ pastZ &^ x & highBits
}

// load64 returns the eight bytes of s, the first in the low byte: the
// compiler makes it one load.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// loadTail is load64 for fewer than eight bytes, the rest zero.
func loadTail(s string) uint64 {
	var x uint64
	for k := min(len(s), 8) - 1; k >= 0; k-- {
		x = x<<8 | uint64(s[k])
	}
	return x
}

// appendClitic appends the clitic text[i:end] whose letters start at
// text[j] after a typographic apostrophe ("’s"), when the letters are
// ASCII: its norm is "'" and the letters lower-cased, as normForm folds
// them, found without the general case mapping and normalisation. For any
// other clitic it appends nothing and returns false.
func (v *vocab) appendClitic(toks []Token, text string, i, j, end int, space, newline bool) ([]Token, bool) {
	if end-j == 1 && isASCIILetter(text[j]) {
		// Most clitics are one letter ("'s", "'t"): numbered by it.
		c := (text[j] | 0x20) - 'a'
		toks, t := push(toks, i, end, Word, space, newline, false, false, v.clitics[c])
		t.Norm = cliticNorms[c]
		return toks, true
	}
	var buf [maxASCIIWord]byte
	if end-j >= len(buf) {
		return toks, false
	}
	buf[0] = '\''
	for k := j; k < end; k++ {
		c := text[k]
		if byteClasses[c] != bLetter {
			return toks, false
		}
		buf[1+k-j] = c | ('a' - 'A')
	}
	w := buf[:1+end-j]
	id := v.find(string(w))
	toks, t := push(toks, i, end, Word, space, newline, false, false, id)
	if id != 0 {
		t.Norm = v.forms[id]
	} else {
		t.Norm = string(w)
	}
	return toks, true
}

// negations reads a negation contracted onto its verb as the two words it
// stands for. "didn't" is tokenized "didn" and "'t", which no rule knows;
// they take the norms "did" and "not", as if written out, so that
// "Germany didn't send tanks" is the denial "did not send" is. The tokens
// keep their bytes. It reads a document's tokens once they are all made,
// not in the tokenizer: a token's norm stays what its own bytes make.
//
// "'t" is told by its number, one comparison a token: the vocabulary
// numbers it (see loadLexicons), and a token carries its Norm's number.
func negations(toks []Token) {
	v := tokenVocab
	nt := v.clitics['t'-'a']
	for k := 1; k < len(toks); k++ {
		if toks[k].word != nt || toks[k].Space {
			continue
		}
		if full, ok := contracted[toks[k-1].Norm]; ok {
			toks[k-1].Norm, toks[k-1].word = full, v.find(full)
			toks[k].Norm, toks[k].word = "not", v.find("not")
		}
	}
}

// contracted maps the verb before a contracted "n't" ("didn" of "didn't")
// to the verb written out.
var contracted = map[string]string{
	"didn": "did", "doesn": "does", "don": "do", "hasn": "has", "haven": "have", "hadn": "had",
	"isn": "is", "aren": "are", "wasn": "was", "weren": "were", "ain": "is",
	"won": "will", "wouldn": "would", "can": "can", "couldn": "could", "shouldn": "should",
	"mustn": "must", "needn": "need", "mightn": "might", "shan": "shall",
}

// cliticNorms holds the norm of each clitic of one ASCII letter, "'a" to
// "'z", by the letter.
var cliticNorms = func() (t [26]string) {
	for c := range t {
		t[c] = "'" + string(rune('a'+c))
	}
	return t
}()

// tokenAt reports whether a token starts at text[j]: whether j is inside
// the text and at no space, as appendTokens reads spaces.
func tokenAt(text string, j int) bool {
	if j >= len(text) {
		return false
	}
	switch byteClasses[text[j]] {
	case bSpace, bNewline:
		return false
	case bMulti:
		r, size := utf8.DecodeRuneInString(text[j:])
		return r == utf8.RuneError && size == 1 || !isSpace(r)
	}
	return true
}

// isSpace reports whether appendTokens reads the rune r, not ASCII, as a
// space; U+2028 and U+2029 also break the line.
func isSpace(r rune) bool {
	return r == '\u00a0' || r == '\u2028' || r == '\u2029' || unicode.IsSpace(r)
}

// asciiMarks holds the ASCII marks that typographic ones fold to, for
// their norms: one-byte strings sliced from it allocate nothing.
const asciiMarks = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f" +
	"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f" +
	" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f"

// push appends a token with every field set but Norm, which the caller
// sets, and joiner, false until the caller sets it: each field is written
// once, in place. Built on the stack and copied into the slice whole, a
// token would cost more: the copy's wide loads wait for the narrow stores
// before them to land, and the copy of a pointer-holding value takes the
// garbage collector's slower path.
func push(toks []Token, start, end int, kind Kind, space, newline, capital, upper bool, id wordID) ([]Token, *Token) {
	if len(toks) == cap(toks) {
		toks = append(toks, Token{})
	} else {
		toks = toks[:len(toks)+1] // the buffer may hold an old token: every field is set
	}
	t := &toks[len(toks)-1]
	t.Start, t.End, t.Kind, t.Space, t.Newline = int32(start), int32(end), kind, space, newline
	t.Cap, t.Upper, t.joiner, t.word = capital, upper, false, id
	return toks, t
}

// newToken makes the token text[start:end] of any kind.
func newToken(text string, start, end int, kind Kind, space, newline bool) Token {
	s := text[start:end]
	t := Token{Start: int32(start), End: int32(end), tokenMarks: tokenMarks{Kind: kind, Space: space, Newline: newline}}
	t.Norm, t.word = normWord(s)
	if kind == Word {
		if c := s[0]; c < utf8.RuneSelf {
			t.Cap = isASCIIUpper(c)
		} else {
			r, _ := utf8.DecodeRuneInString(s)
			t.Cap = unicode.IsUpper(r)
		}
		t.Upper = t.Cap && isAllUpper(s)
	}
	return t
}

// scanNumber reads digits with inner "," or "." followed by a digit.
func scanNumber(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if isDigit(c) {
			i++
			continue
		}
		if (c == ',' || c == '.') && i+1 < len(text) && isDigit(text[i+1]) {
			i += 2
			continue
		}
		break
	}
	return i
}

// scanWord reads letters (and combining marks). A run of single letters
// joined by dots ("U.S.", "U.K.") is read as one initialism.
func scanWord(text string, i int) int {
	start := i
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isApostrophe(r) || !unicode.IsLetter(r) && !unicode.IsMark(r) {
			break
		}
		i += size
	}
	if i-start == 1 && isASCIIUpper(text[start]) {
		j := i
		for j+1 < len(text) && text[j] == '.' && isASCIIUpper(text[j+1]) && (j+2 >= len(text) || !isASCIILetter(text[j+2])) {
			j += 2
		}
		if j > i && j < len(text) && text[j] == '.' {
			return j + 1
		}
	}
	return i
}

// normWord returns normForm(s) and its number in the lexicons' vocabulary.
// A short ASCII token is lower-cased into a stack buffer before anything is
// allocated: a word a lexicon names, capitalised or not, costs one probe
// and gets the lexicons' own copy as its Norm.
func normWord(s string) (string, wordID) {
	words := tokenVocab // nil while the lexicons themselves are being tokenized
	var buf [32]byte
	lower, ok := lowerASCII(s, &buf)
	if !ok {
		n := normForm(s)
		return n, words.find(n)
	}
	w := buf[:len(s)]
	if id := words.find(string(w)); id != 0 {
		return words.forms[id], id
	}
	if lower {
		return s, 0
	}
	return string(w), 0
}

// lowerASCII lower-cases s into buf and reports whether s was lower-case
// already. It reports false, having done nothing useful, for a word too
// long for buf or not all ASCII.
func lowerASCII(s string, buf *[32]byte) (lower, ok bool) {
	if len(s) > len(buf) {
		return false, false
	}
	lower = true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			lower = false
		}
		buf[i] = c
	}
	return lower, true
}

// normForm lower-cases s and folds typographic variants; plain lower-case
// ASCII is returned as is, without allocating.
func normForm(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	if len(s) <= 4 {
		if f, ok := foldedPunct[s]; ok {
			return f
		}
	}
	s = strings.ToLower(s)
	if !isASCII(s) {
		s = norm.NFC.String(s)
		s = strings.Map(foldRune, s)
	}
	return s
}

var foldedPunct = map[string]string{
	"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": "\"", "\u201d": "\"",
	"\u201e": "\"", "\u00ab": "\"", "\u00bb": "\"", "\u2010": "-", "\u2011": "-",
	"\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
}

func foldRune(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u02bc':
		return '\''
	case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
		return '-'
	}
	return r
}

func isApostrophe(r rune) bool { return r == '\u2019' || r == '\u02bc' || r == '\u2018' }

func isDigit(c byte) bool       { return '0' <= c && c <= '9' }
func isASCIIUpper(c byte) bool  { return 'A' <= c && c <= 'Z' }
func isASCIILetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isAllUpper(s string) bool {
	if isASCII(s) {
		return isAllUpperASCII(s)
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// isAllUpperASCII is isAllUpper for ASCII text, without decoding runes.
func isAllUpperASCII(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			letters++
		}
	}
	return letters >= 2
}
