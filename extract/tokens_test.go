package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

func norms(toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			if t.Space {
				b.WriteByte(' ')
			} else {
				b.WriteByte('|')
			}
		}
		b.WriteString(t.Norm)
	}
	return b.String()
}

func TestTokenize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "North Korea has sent 4.8 million rounds", "north korea has sent 4.8 million rounds"},
		{"separators", "at least 10,000 containers.", "at least 10,000 containers|."},
		{"possessive curly", "Russia’s war", "russia|'s war"},
		{"possessive modifier letter", "Russiaʼs previous", "russia|'s previous"},
		{"hyphen compound", "Kim Jong-un", "kim jong|-|un"},
		{"letters and digits split", "F-16s and 152mm", "f|-|16|s and 152|mm"},
		{"money", "$1.2bn and €500m", "$|1.2|bn and €|500|m"},
		{"initialism", "the U.S. said", "the u.s. said"},
		{"dashes fold", "330–500 — thousand", "330|-|500 - thousand"},
		{"quotes fold", "“Storm Shadow”", "\"|storm shadow|\""},
		{"decimal at sentence end", "about 5,000.Then", "about 5,000|.|then"},
		{"diacritics", "Błaszczak said", "błaszczak said"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := norms(Tokenize(tt.in)); got != tt.want {
				t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenOffsets(t *testing.T) {
	in := "Seoul’s “10,000 containers” — U.S.\nF-16s"
	for _, tok := range Tokenize(in) {
		if tok.Start < 0 || int(tok.End) > len(in) || tok.Start >= tok.End {
			t.Fatalf("bad offsets %+v", tok)
		}
		if got := in[tok.Start:tok.End]; normForm(got) != tok.Norm {
			t.Errorf("token %q has norm %q", got, tok.Norm)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"two", "Seoul said so. North Korea denied it.", []string{"Seoul said so.", "North Korea denied it."}},
		{"abbreviation", "Mr. Kim arrived on Oct. 8. He left.", []string{"Mr. Kim arrived on Oct. 8.", "He left."}},
		{"missing space", "sent by Pyongyang.A defense official spoke.", []string{"sent by Pyongyang.", "A defense official spoke."}},
		{"initialism", "aid from the U.S. Congress stalled.", []string{"aid from the U.S. Congress stalled."}},
		{"an initialism ends a sentence before a word that opens one", "the largest donor after the U.S. The government in Berlin says so.", []string{"the largest donor after the U.S.", "The government in Berlin says so."}},
		{"quote closes", "He said: “It is done.” Then he left.", []string{"He said: “It is done.”", "Then he left."}},
		{"line breaks", "Headline with no period\nBody text here.", []string{"Headline with no period", "Body text here."}},
		{"decimal", "It sent 4.8 million rounds.", []string{"It sent 4.8 million rounds."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.in)
			var got []string
			for _, s := range Sentences(tt.in, toks) {
				got = append(got, tt.in[s.Start:s.End])
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSentencesLongRun: text with no end of sentence is read in pieces of
// at most maxSentence tokens that cover every token in order, cut after a
// comma where there is one in a piece's second half.
func TestSentencesLongRun(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 150; i++ {
		b.WriteString("Iran sent drones to Russia and ")
		if i%40 == 39 {
			b.WriteString("Germany sent tanks, ")
		}
	}
	in := b.String()
	toks := Tokenize(in)
	sents := Sentences(in, toks)
	if len(sents) < len(toks)/maxSentence {
		t.Fatalf("%d tokens read as %d sentences", len(toks), len(sents))
	}
	next := 0
	for _, s := range sents {
		if s.Lo != next || s.Hi-s.Lo > maxSentence || s.Hi <= s.Lo {
			t.Fatalf("sentence [%d, %d) after %d: want a piece of at most %d tokens starting there", s.Lo, s.Hi, next, maxSentence)
		}
		if s.Hi < len(toks) && toks[s.Hi-1].Norm != "," && s.Hi-s.Lo != maxSentence {
			t.Errorf("piece [%d, %d) ends on %q, neither a comma nor the limit", s.Lo, s.Hi, toks[s.Hi-1].Norm)
		}
		next = s.Hi
	}
	if next != len(toks) {
		t.Errorf("the pieces end at %d of %d tokens", next, len(toks))
	}
}

// Tokens are the extractor's largest allocation; the word number must stay
// in the padding after the flags.
func TestTokenSize(t *testing.T) {
	if got := unsafe.Sizeof(Token{}); got != 32 {
		t.Errorf("a Token is %d bytes, want 32", got)
	}
}

func TestTokenWords(t *testing.T) {
	for _, tok := range Tokenize("North Korea’s KN-23 missiles, NORTH korea and Zzyzx") {
		want := lex.vocab.find(tok.Norm)
		if tok.word != want {
			t.Errorf("token %q has word %d, want %d", tok.Norm, tok.word, want)
		}
		if want != 0 && tok.Norm != lex.vocab.forms[want] {
			t.Errorf("token %q is not the vocabulary's form %q", tok.Norm, lex.vocab.forms[want])
		}
	}
}

func TestAllUpper(t *testing.T) {
	for _, s := range []string{"U.S.", "NATO", "A", "Ab", "AB", "ÉU", "ÉTAT", "Été", "KN", "K'S", "'S"} {
		ascii := isAllUpper(s)
		letters := 0
		want := true
		for _, r := range s {
			if unicode.IsLetter(r) {
				want = want && unicode.IsUpper(r)
				letters++
			}
		}
		if want = want && letters >= 2; ascii != want {
			t.Errorf("isAllUpper(%q) = %v, want %v", s, ascii, want)
		}
	}
}

// The tokenizer's fast paths (plain ASCII words, ASCII marks, numbers,
// curly quotes and dashes, clitics after a curly apostrophe) must make
// the very token the general path, newToken, makes of the same bytes.
func TestFastPathsAgree(t *testing.T) {
	for _, text := range tokenizerTexts() {
		for _, tok := range Tokenize(text) {
			want := newToken(text, int(tok.Start), int(tok.End), tok.Kind, tok.Space, tok.Newline)
			want.joiner = tok.joiner // newToken sees no neighbours: TestJoiner checks this
			if tok != want {
				t.Errorf("%q: token %+v, the general path makes %+v", text[tok.Start:tok.End], tok, want)
			}
		}
	}
}

// tokenizerTexts are texts that take the tokenizer down each of its paths.
func tokenizerTexts() []string {
	texts := []string{
		"North Korea’s KN-23 missiles, NORTH korea and Zzyzx; U.S. aid—“Storm Shadow”…",
		"Russia’S Iran’s ’re don’t can't O'Brien 'tis ’Ére ’e\u0301 Ukraine’sabcdefghijklmnopqrstuvwxyzabcdefgh",
		"abcdefghijklmnopqrstuvwxyzabcdef ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF abcdefghijklmnopqrstuvwxyzabcdefg",
		"Über café CAFÉ naïve e\u0301te J. Smith A.B a.b. X.Y.Z. F-16s 152mm 10,000.5 ١٢ Ⅻ ß İ",
		"‘quoted’ «guillemets» „low“ 330–500 − 2 ‐ ‑ ‒ \xff\xc3 tab\there\r\nnbsp\u00a0sep\u2028para\u2029end",
		"I A a AB Ab aB x y Z iPhone McDonald USA usa UsA ‘’ ʼs Russiaʼs",
		"1 23 02 4,320 4.8 1500 10,000 1,000,000 1234567 12345678 123456789 2023. 5,000.Then 7–9 1.5bn $3, 4.",
		"Kim's don't O'Brien 'tis x'S a' 'a ''b Seoul’s",
		"Korea'S.K. x’S.Y. it’s. Russia’s, X’s’ l’é l'é rock'n'roll o'clock ’T.V. 'T.V. a’b’c A’B.C. it’s9 it's",
		"Korea'S.K. x’S.Y. it’s. Russia’s, X’s’ l’é l'é rock'n'roll o'clock ’T.V. 'T.V. a’b’c A’B.C. it’s9 it's",
		"word’ word” “word word— word–word ‘x’ a—b a— —a a-— a…b a\u2009b a\u200bb a\u2028b Zzyzx” ZZYZX— Missiles’",
		"line\nbreaks\n\n“quoted\nparagraph” (NIS) and (Bracketed) text. End! Why? Yes.\u2029After\n",
		"7", "a", "ab.", "“", "—", "\n", "é", "Abcdefghijkl’", "x\xe2\x80",
	}
	// Words of every length the chunked reader sees, upper-case letters
	// in each chunk, and a word ending at the text's end.
	const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{"
	for n := 1; n <= maxASCIIWord+2; n++ {
		var lower, inner strings.Builder
		for k := range n {
			lower.WriteByte(letters[k%26])
			inner.WriteByte(letters[k%26+26*(k/8%2)]) // upper case in every other chunk
		}
		l := lower.String()
		w := []string{l, strings.ToUpper(l), strings.ToUpper(l[:1]) + l[1:], inner.String()}
		texts = append(texts, strings.Join(w, " ")+" "+w[n%4], w[n%4], w[n%4]+".", w[n%4]+"é", w[n%4]+"’s "+w[n%4]+letters[52:],
			w[n%4]+"” "+w[(n+1)%4]+"—x", strings.Repeat("9", n)+" "+strings.Repeat("9", n))
	}
	// Every form the lexicons name, as written in the text in three cases.
	for _, f := range lex.vocab.forms {
		texts = append(texts, f+" "+strings.ToUpper(f)+" "+strings.ToUpper(f[:min(1, len(f))])+f[min(1, len(f)):])
	}
	return texts
}

// The document's tokenizer lists every token that starts a line or is a
// mark the sentence splitter, the quotation reader and acronyms look at,
// as marks finds them, and makes the tokens Tokenize makes.
func TestMarkLists(t *testing.T) {
	var b tokenBuffers
	for _, text := range tokenizerTexts() {
		toks := Tokenize(text)
		got := tokenize(make([]Token, 0, 1), text, &b) // grown as it goes
		if len(got) != len(toks) {
			t.Fatalf("%q: %d tokens, Tokenize makes %d", text, len(got), len(toks))
		}
		for i := range toks {
			if got[i] != toks[i] {
				t.Fatalf("%q: token %+v, Tokenize makes %+v", text, got[i], toks[i])
			}
		}
		list := b.marks.list()
		if n := len(list); n > 0 && int(list[n-1]) == len(toks) {
			list = list[:n-1] // a line break at the text's end
		}
		if want := marks(toks); !slices.Equal(list, want) {
			t.Errorf("%q: marks %v, want %v", text, list, want)
		}
	}
}

// Every form of up to eight lower-case letters or number bytes is found
// in the letters index, every form in the slots, each by its number.
func TestVocabIndexes(t *testing.T) {
	v := lex.vocab
	for id := wordID(1); int(id) < len(v.forms); id++ {
		f := v.forms[id]
		if got := v.find(f); got != id {
			t.Errorf("find(%q) = %d, want %d", f, got, id)
		}
		if key, ok := packForm(f); ok {
			if got := v.findLetters(key, hashWord(f)); got != id {
				t.Errorf("findLetters(%q) = %d, want %d", f, got, id)
			}
		}
	}
	for _, w := range []string{"zzyzx", "qqqqqqqq", "987654", "x"} {
		if id := v.find(w); id != 0 {
			if key, _ := packForm(w); v.findLetters(key, hashWord(w)) != id {
				t.Errorf("%q: findLetters disagrees with find", w)
			}
		}
	}
}

// curlyMarks folds exactly the characters foldRune folds among those of
// U+2000 to U+203F, by their last byte.
func TestCurlyMarks(t *testing.T) {
	for b := range 256 {
		want := byte(0)
		if b >= 0x80 && b < 0xc0 {
			r := rune(0x2000 | b&0x3f)
			if s := string(r); s[0] != 0xe2 || s[1] != 0x80 || s[2] != byte(b) {
				t.Fatalf("U+%04X is not e2 80 %x", r, b)
			}
			if f := foldRune(r); f != r {
				want = byte(f)
			}
		}
		if curlyMarks[b] != want {
			t.Errorf("curlyMarks[%#x] = %q, want %q", b, curlyMarks[b], want)
		}
	}
}

// wordFlags repeats lex.flags, and abbreviations are the words flagged
// fAbbrev.
func TestWordFlags(t *testing.T) {
	for id := range wordFlags {
		want := wordFlag(0)
		if id < len(lex.flags) {
			want = lex.flags[id]
		}
		if wordFlags[id] != want {
			t.Fatalf("wordFlags[%d] = %b, want %b", id, wordFlags[id], want)
		}
	}
	for id, f := range lex.vocab.forms {
		if got, want := lex.flags[id]&fAbbrev != 0, abbreviations[f]; got != want {
			t.Errorf("%q: fAbbrev %v, abbreviation %v", f, got, want)
		}
	}
}

// asciiLetters tells every byte in every place of a chunk.
func TestASCIILetters(t *testing.T) {
	for c := range 256 {
		for k := range 8 {
			x := uint64(c)<<(8*k) | uint64('.')*lowBits&^(0xff<<(8*k))
			want := uint64(0)
			if isASCIILetter(byte(c)) {
				want = 0x80 << (8 * k)
			}
			if got := asciiLetters(x); got != want {
				t.Errorf("asciiLetters(%#x) = %#x, want %#x", x, got, want)
			}
		}
	}
}

// asciiMarks is sliced by the byte it holds.
func TestASCIIMarks(t *testing.T) {
	if len(asciiMarks) != utf8.RuneSelf {
		t.Fatalf("asciiMarks holds %d bytes", len(asciiMarks))
	}
	for c := range utf8.RuneSelf {
		if asciiMarks[c] != byte(c) {
			t.Errorf("asciiMarks[%d] = %d", c, asciiMarks[c])
		}
	}
}

// The tokenizer's joiner bit is what Joiner asked of the neighbouring
// tokens before the bit: a hyphen with no space before it, a token
// before it and a token after it with no space before that.
func TestJoiner(t *testing.T) {
	texts := []string{
		"Kim Jong-un KN-23 surface-to-air - -a a- a-\n-b a-\u00a0b a-\u2028b a-\u3000b a-\tb a-\xffb a-é a-’s -",
		"330–500 a—b a – b x‐y x‑y x‒y x−y -- a--b a-.b a-\"b\" “-” (-) 1-2 1 -2 a-",
		"a-", "-a", "-", "a-b", "a -b", "a- b", "é-é", "\xff-\xff", "a-\u0085b", "a-\u00a0", "a–",
	}
	for _, f := range lex.vocab.forms {
		if strings.Contains(f, "-") {
			texts = append(texts, f, "x"+f+"x", f+" "+f)
		}
	}
	for _, text := range texts {
		toks := Tokenize(text)
		for i := range toks {
			want := toks[i].Kind == Punct && toks[i].Norm == "-" && !toks[i].Space && i+1 < len(toks) && !toks[i+1].Space && i > 0
			if got := Joiner(toks, i); got != want {
				t.Errorf("%q: Joiner at token %d (%q) is %v, want %v", text, i, toks[i].Norm, got, want)
			}
			// A part of the text knows no token past its ends.
			if i > 0 && Joiner(toks[i:], 0) || i+1 < len(toks) && Joiner(toks[:i+1], i) {
				t.Errorf("%q: Joiner at token %d looks past the tokens' ends", text, i)
			}
		}
	}
}

// A Trie matches the longest entry, skipping compound hyphens, and an
// entry's words written with a capital match only capitalised words; of
// the entries that end at the same words, the first added that agrees.
func TestTrieMatch(t *testing.T) {
	v := newVocab() // not frozen: find reads its map
	tr := newTrie[int](v)
	for _, e := range []struct {
		phrase string
		val    int
	}{
		{"the North", 1}, {"North Korea", 2}, {"Kim Jong-un", 3}, {"north", 4},
		{"the north", 5}, {"Hwasong 18", 6}, {"Storm Shadow missiles", 7}, {"Storm", 8},
	} {
		tr.Add(e.phrase, e.val)
	}
	for _, c := range []struct {
		text    string
		end     int
		val     int
		matched bool
	}{
		{"the North said", 2, 1, true},
		{"the north said", 2, 5, true},
		{"The North said", 2, 1, true}, // "the" is written lower-case: either case matches
		{"north of", 1, 4, true},
		{"North Korea", 2, 2, true},
		{"North Koreans", 1, 4, true},
		{"Kim Jong Un", 3, 3, true},
		{"Kim Jong-un", 4, 3, true},
		{"kim jong-un", 0, 0, false},
		{"Hwasong 18", 2, 6, true},
		{"Storm Shadow missiles", 3, 7, true},
		{"Storm shadow missiles", 1, 8, true},
		{"storm Shadow missiles", 0, 0, false},
		{"Korea", 0, 0, false},
	} {
		toks := Tokenize(c.text)
		for i := range toks {
			toks[i].word = v.find(toks[i].Norm)
		}
		end, val, ok := tr.Match(toks, 0, len(toks))
		if end != c.end || val != c.val || ok != c.matched {
			t.Errorf("%q: Match = %d, %d, %v; want %d, %d, %v", c.text, end, val, ok, c.end, c.val, c.matched)
		}
		if ok && !tr.mayMatch(toks, 0, len(toks)) {
			t.Errorf("%q: mayMatch turns away what Match matches", c.text)
		}
	}
}

// mayMatch, a filter, never turns away a token where a lexicon's trie
// matches, at any token of the example articles.
func TestMayMatch(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "examples", "*.md"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		toks := Tokenize(string(b))
		for k, tr := range []*trie{&lex.actors.trie, &lex.outlets.trie, &lex.cues.trie, &lex.materiel.trie} {
			for i := range toks {
				if _, _, ok := tr.match(toks, i, len(toks)); ok && !tr.mayMatch(toks, i, len(toks)) {
					t.Errorf("%s: trie %d: mayMatch turns away %q, where match matches", filepath.Base(p), k, toks[i].Norm)
				}
			}
		}
	}
}

// TestNegations: a negation contracted onto its verb is read as the two
// words written out; the tokens keep their bytes, and "won" alone stays.
// (Extract reads a document's tokens so; Tokenize leaves each token as its
// own bytes make it.)
func TestNegations(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Germany didn't send", "germany did not send"},
		{"Germany won’t send", "germany will not send"},
		{"it hasn't and can't", "it has not and can not"},
		{"Germany won the tender", "germany won the tender"},
		{"the don 't", "the don ' t"}, // a quote after a space is no clitic
	}
	for _, tt := range tests {
		toks := Tokenize(tt.text)
		negations(toks)
		var norms []string
		for _, tk := range toks {
			norms = append(norms, tk.Norm)
		}
		if got := strings.Join(norms, " "); got != tt.want {
			t.Errorf("Tokenize(%q) norms = %q, want %q", tt.text, got, tt.want)
		}
		if last := toks[len(toks)-1]; int(last.End) != len(tt.text) {
			t.Errorf("Tokenize(%q): last token ends at %d, want %d", tt.text, last.End, len(tt.text))
		}
	}
}
