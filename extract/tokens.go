package extract

import (
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
	// word is Norm's number in the lexicons' vocabulary, 0 if no lexicon
	// names it. It sits in what would be padding: a token stays 32 bytes.
	word wordID
}

// Joiner reports whether token i is a hyphen inside a compound ("Kim Jong-un",
// "KN-23", "surface-to-air"): lexicon matching skips it.
func Joiner(toks []Token, i int) bool {
	t := toks[i]
	return t.Kind == Punct && t.Norm == "-" && !t.Space && i+1 < len(toks) && !toks[i+1].Space && i > 0
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
	space, newline := true, false
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				space = true
				i++
				continue
			case c == '\n':
				space, newline = true, true
				i++
				continue
			case isDigit(c):
				i = emit(&toks, text, i, scanNumber(text, i), Number, space, newline)
			case isASCIILetter(c):
				i = emit(&toks, text, i, scanWord(text, i), Word, space, newline)
			case c == '\'' && i+1 < len(text) && isASCIILetter(text[i+1]) && i > 0 && !space:
				// A clitic such as "'s" or "'t" stays one token.
				i = emit(&toks, text, i, scanWord(text, i+1), Word, space, newline)
			default:
				i = emit(&toks, text, i, i+1, Punct, space, newline)
			}
			space, newline = false, false
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			i = emit(&toks, text, i, i+1, Punct, space, newline)
		case r == '\u00a0' || r == '\u2028' || r == '\u2029' || unicode.IsSpace(r):
			space = true
			newline = newline || r == '\u2028' || r == '\u2029'
			i += size
			continue
		case isApostrophe(r) && i > 0 && !space && i+size < len(text) && isASCIILetter(text[i+size]):
			i = emit(&toks, text, i, scanWord(text, i+size), Word, space, newline)
		case unicode.IsLetter(r) && !isApostrophe(r):
			i = emit(&toks, text, i, scanWord(text, i), Word, space, newline)
		case unicode.IsDigit(r):
			i = emit(&toks, text, i, i+size, Number, space, newline)
		default:
			i = emit(&toks, text, i, i+size, Punct, space, newline)
		}
		space, newline = false, false
	}
	return toks
}

func emit(toks *[]Token, text string, start, end int, kind Kind, space, newline bool) int {
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
	*toks = append(*toks, t)
	return end
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
// A short ASCII token is lower-cased into a stack buffer, and hashed on the
// way, before anything is allocated: a word a lexicon names, capitalised or
// not, costs one probe and gets the lexicons' own copy as its Norm.
func normWord(s string) (string, wordID) {
	var words *vocab
	if lex != nil { // nil while the lexicons themselves are being tokenized
		words = lex.vocab
	}
	var buf [32]byte
	h, lower, ok := lowerASCII(s, &buf)
	if !ok {
		n := normForm(s)
		return n, words.find(n)
	}
	w := buf[:len(s)]
	if words != nil {
		if id := words.findHashed(string(w), h); id != 0 {
			return words.forms[id], id
		}
	}
	if lower {
		return s, 0
	}
	return string(w), 0
}

// lowerASCII lower-cases s into buf and returns the hashWord of the result,
// and whether s was lower-case already. It reports false, having done
// nothing useful, for a word too long for buf or not all ASCII.
func lowerASCII(s string, buf *[32]byte) (h uint32, lower, ok bool) {
	if len(s) > len(buf) {
		return 0, false, false
	}
	h, lower = hashSeed, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return 0, false, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			lower = false
		}
		buf[i] = c
		h = (h ^ uint32(c)) * hashPrime
	}
	return h, lower, true
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
