package extract

import (
	"strings"
	"testing"
)

// BenchmarkTokenize times the tokenizer and the per-token lexicon look-up
// over the invented copy of quantities_bench_test.go.
func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat(benchText, 8)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		_, _, _ = lookup(nil, Tokenize(text))
	}
}

// BenchmarkTag times the sentence taggers that run on every sentence.
func BenchmarkTag(b *testing.B) {
	text := strings.Repeat(benchText, 8)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	d := newDoc(text, Options{})
	sents := Sentences(text, d.toks)
	for b.Loop() {
		for si, sn := range sents {
			s := d.newSent(sn, si)
			s.tagActors()
			s.rememberSubject()
			s.tagOutlets()
			s.tagTriggers()
			for j := s.lo; j < s.hi; j++ {
				s.cueAt(j)
			}
		}
	}
}

// BenchmarkAppendTokens times the tokenizer as the extractor runs it: into
// a buffer reused from text to text.
func BenchmarkAppendTokens(b *testing.B) {
	text := strings.Repeat(benchText, 8)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var toks []Token
	for b.Loop() {
		toks = appendTokens(toks[:0], text)
	}
}
