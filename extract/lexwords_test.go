package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestParsersReadWordsByNumber checks that reading the quantity and time
// lexicons by a token's word number gives what reading them by its Norm
// gives, for every token of the example articles and for every lexicon form
// in three casings: the parsers rely on each form having a number, and on
// the tokenizer giving every token the number of its Norm.
func TestParsersReadWordsByNumber(t *testing.T) {
	texts := []string{"€2 billion, £1.5bn, $500m, ¥30 billion and 10–12 HIMARS; TWENTY-FIVE tanks “last September”."}
	paths, _ := filepath.Glob(filepath.Join("..", "examples", "*.md"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	var forms []string
	for f := range lex.numbers.words {
		forms = append(forms, f)
	}
	for f := range lex.times.words {
		forms = append(forms, f)
	}
	for _, f := range forms {
		texts = append(texts, f, strings.ToUpper(f), strings.ToUpper(f[:1])+f[1:])
	}
	checked := 0
	for _, text := range texts {
		for _, tok := range Tokenize(text) {
			if got, want := lex.numWords[tok.word], lex.numbers.words[tok.Norm]; got != want {
				t.Errorf("%q in %.40q: numbers lexicon by number %p, by Norm %p", tok.Norm, text, got, want)
			}
			if got, want := lex.timeWords[tok.word], lex.times.words[tok.Norm]; got != want {
				t.Errorf("%q in %.40q: times lexicon by number %p, by Norm %p", tok.Norm, text, got, want)
			}
			checked++
		}
	}
	if checked < 1000 {
		t.Errorf("checked only %d tokens", checked)
	}
}
