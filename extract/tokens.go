package extract

import (
	"encoding/binary"
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
	Kind       Kind
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

// Joiner reports whether token i is a hyphen inside a compound ("Kim Jong-un",
// "KN-23", "surface-to-air"): lexicon matching skips it. That is a hyphen
// with no space on either side and a token on each, which the tokenizer
// marks; toks may be a part of a tokenized text, whose ends have no
// token on their far side.
func Joiner(toks []Token, i int) bool {
	return i > 0 && i+1 < len(toks) && toks[i].joiner
}

// Tokenize splits text into tokens in one pass over its bytes. Runs of letters
// and runs of digits become separate tokens even when they touch ("F-16s" is
// "f", "-", "16", "s"), so lexicon entries match however a name is spaced.
func Tokenize(text string) []Token {
	return appendTokens(make([]Token, 0, len(text)/4+1), text) // news text averages about 5.4 bytes a token
}

// appendTokens is Tokenize into a buffer: the extractor reuses one from
// text to text. Its loop dispatches on a table of byte classes; plain ASCII
// words, single ASCII marks and numbers, nearly every token of news text,
// are read without decoding a rune, and a word is found, lower-cased and
// hashed in one pass.
func appendTokens(toks []Token, text string) []Token {
	words := tokenVocab // nil while the lexicons themselves are being tokenized
	space, newline := true, false
	for i := 0; i < len(text); {
		var end int
		var kind Kind
		switch byteClasses[text[i]] {
		case bSpace:
			space = true
			i++
			continue
		case bNewline:
			space, newline = true, true
			i++
			continue
		case bLetter:
			if toks, end = words.appendASCIIWord(toks, text, i, space, newline); end != 0 {
				i, space, newline = end, false, false
				continue
			}
			end, kind = scanWord(text, i), Word
		case bDigit:
			end = scanNumber(text, i)
			s := text[i:end]
			// A number is its own norm: no case to fold.
			var t *Token
			toks, t = push(toks, i, end, Number, space, newline, false, false, words.find(s))
			t.Norm = s
			i, space, newline = end, false, false
			continue
		case bPunct:
			c := text[i]
			if c == '\'' && i+1 < len(text) && isASCIILetter(text[i+1]) && i > 0 && !space {
				// A clitic such as "'s" or "'t" stays one token.
				end, kind = scanWord(text, i+1), Word
				break
			}
			var t *Token
			toks, t = push(toks, i, i+1, Punct, space, newline, false, false, words.mark(c))
			t.Norm = text[i : i+1]
			if c == '-' && !space {
				t.joiner = tokenAt(text, i+1)
			}
			i, space, newline = i+1, false, false
			continue
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				end, kind = i+1, Punct
			case isSpace(r):
				space = true
				newline = newline || r == '\u2028' || r == '\u2029'
				i += size
				continue
			case isApostrophe(r) && i > 0 && !space && i+size < len(text) && isASCIILetter(text[i+size]):
				end, kind = scanWord(text, i+size), Word
				var ok bool
				if toks, ok = words.appendClitic(toks, text, i, i+size, end, space, newline); ok {
					i, space, newline = end, false, false
					continue
				}
			case unicode.IsLetter(r) && !isApostrophe(r):
				end, kind = scanWord(text, i), Word
			case unicode.IsDigit(r):
				end, kind = i+size, Number
			case foldRune(r) != r:
				// A curly quote or a dash, folded to its ASCII mark.
				c := byte(foldRune(r))
				var t *Token
				toks, t = push(toks, i, i+size, Punct, space, newline, false, false, words.mark(c))
				t.Norm = asciiMarks[c : c+1]
				if c == '-' && !space {
					t.joiner = tokenAt(text, i+size)
				}
				i, space, newline = i+size, false, false
				continue
			default:
				end, kind = i+size, Punct
			}
		}
		toks = append(toks, newToken(text, i, end, kind, space, newline))
		i, space, newline = end, false, false
	}
	return toks
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

// maxASCIIWord is the longest word asciiWord reads; a longer one is rare
// enough to go the general way.
const maxASCIIWord = 32

// appendASCIIWord appends the word starting at text[i], an ASCII letter,
// when the word is plain: ASCII letters only, at most maxASCIIWord of them,
// and no initialism ("U.S."), and returns its end. The word is read eight
// bytes at a time: each chunk's letters are found, counted, lower-cased and
// tested for capitals with a few operations on one uint64, and hashed with
// one multiply, so a word of up to seven letters (nearly all of them) costs
// about as much as a word of one. For any other word it appends nothing and
// returns 0, and the general path reads the word.
func (v *vocab) appendASCIIWord(toks []Token, text string, i int, space, newline bool) ([]Token, int) {
	var buf [maxASCIIWord]byte // the lower-cased letters, for a word of over eight
	var packed, h uint64       // the first chunk; the hash so far
	var anyUpper uint64        // 0x20 in each upper-case letter's byte, or-ed over the chunks
	allUpper, capital := true, false
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
		anyUpper |= upper
		allUpper = allUpper && upper == 0x20*lowBits&keep
		if n == 0 {
			packed, capital = lower, upper&0x20 != 0
		}
		binary.LittleEndian.PutUint64(buf[n:], lower)
		h = hashChunk(h, lower)
		n += k
		if k < 8 {
			break
		}
		if n == len(buf) {
			if n < len(text)-i && byteClasses[text[i+n]] == bLetter {
				return toks, 0 // too long for buf
			}
			h = hashChunk(h, 0) // hashWord ends on a chunk short of eight bytes, here an empty one
			break
		}
	}
	end := i + n
	if end < len(text) {
		switch c := text[end]; {
		case c == '.' && n == 1 && capital:
			return toks, 0 // perhaps an initialism
		case c >= utf8.RuneSelf:
			// The word runs on over a letter or mark that is not ASCII;
			// an apostrophe, a dash or a curly quote ends it.
			if r, _ := utf8.DecodeRuneInString(text[end:]); !isApostrophe(r) && (unicode.IsLetter(r) || unicode.IsMark(r)) {
				return toks, 0
			}
		}
	}
	var id wordID
	switch {
	case v == nil:
	case n <= 8:
		id = v.findLetters(packed, uint32(h))
	default:
		id = v.findLong(&buf, n, uint32(h))
	}
	toks, t := push(toks, i, end, Word, space, newline, capital, capital && allUpper && n >= 2, id)
	switch {
	case anyUpper == 0:
		t.Norm = text[i:end] // the same bytes as the lexicons' copy, and no read of it
	case id != 0:
		t.Norm = v.forms[id] // the lexicons' copy: nothing to allocate
	default:
		t.Norm = string(buf[:n])
	}
	return toks, end
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
	t := Token{Start: int32(start), End: int32(end), Kind: kind, Space: space, Newline: newline}
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
