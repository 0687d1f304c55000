package extract

// Sentence is a run of tokens toks[Lo:Hi] covering text[Start:End].
type Sentence struct {
	Lo, Hi     int
	Start, End int
}

// abbreviations never end a sentence when followed by a period.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true,
	"col": true, "sgt": true, "capt": true, "maj": true, "adm": true, "cmdr": true, "st": true,
	"sen": true, "rep": true, "gov": true, "pres": true, "jr": true, "sr": true, "rev": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true, "nos": true,
	"vs": true, "etc": true, "approx": true, "inc": true, "corp": true, "co": true, "ltd": true,
	"dept": true, "est": true, "fig": true, "vol": true, "op": true, "ft": true, "min": true,
}

// Sentences splits tokens into sentences: at ".", "!" or "?" (with any closing
// quotes or brackets after it) before a token that can start a sentence, and
// at every line break, since headlines and list lines carry no period.
func Sentences(text string, toks []Token) []Sentence {
	// News sentences run to some 25 tokens: room for one every 16 makes the
	// list in one allocation for almost any text.
	return appendSentences(make([]Sentence, 0, len(toks)/16+1), toks, marks(toks))
}

// appendSentences is Sentences into a buffer the extractor reuses. It
// looks only at the tokens marks lists (see markList): the tokens that
// start a line and the marks, of which those that can end a sentence.
func appendSentences(out []Sentence, toks []Token, marks []int32) []Sentence {
	lo := 0
	cut := func(hi int) {
		for hi-lo > maxSentence {
			// A run of text with no end of sentence (a table, a list of
			// names, text with its marks stripped): read in pieces, since
			// the frames compare every mention of a sentence with every
			// other.
			at := longCut(toks, lo, lo+maxSentence)
			out = append(out, Sentence{Lo: lo, Hi: at, Start: int(toks[lo].Start), End: int(toks[at-1].End)})
			lo = at
		}
		if hi > lo {
			out = append(out, Sentence{Lo: lo, Hi: hi, Start: int(toks[lo].Start), End: int(toks[hi-1].End)})
		}
		lo = hi
	}
	for _, m := range marks {
		i := int(m)
		if i >= len(toks) {
			break // a line break at the text's end
		}
		t := &toks[i] // not a copy of each token
		if i > lo && t.Newline {
			cut(i)
		}
		if t.Kind == Word {
			// An initialism's own period may end the sentence: "the
			// second-largest donor after the U.S. The government says".
			if i+1 < len(toks) && toks[i+1].Space && !toks[i+1].Newline && opensSentence(&toks[i+1]) {
				cut(i + 1)
			}
			continue
		}
		// Only ".", "!" and "?" end a sentence, told by their one byte: the
		// other marks listed are quotation marks and brackets.
		if t.Kind != Punct || len(t.Norm) != 1 || !sentenceEnds[t.Norm[0]] {
			continue
		}
		if t.Norm[0] == '.' && i > 0 && !t.Space && isAbbreviation(&toks[i-1]) {
			continue
		}
		j := i + 1
		for j < len(toks) && !toks[j].Space && !toks[j].Newline && isCloser(&toks[j]) {
			j++
		}
		if j >= len(toks) {
			continue
		}
		if startsSentence(&toks[j]) && (toks[j].Space || toks[j].Kind == Word && i > 0 && toks[i-1].Kind == Word) {
			cut(j)
		}
	}
	cut(len(toks))
	return out
}

// sentenceEnds holds, by byte, the marks that may end a sentence.
var sentenceEnds = [256]bool{'.': true, '!': true, '?': true}

// maxSentence is the most tokens a sentence is read as: news sentences
// run to some 25, the longest in the shared passages to 126.
const maxSentence = 200

// longCut returns where to end a piece of an over-long sentence that starts
// at lo and may run to limit: after the last comma, semicolon or colon of
// its second half, else at limit.
func longCut(toks []Token, lo, limit int) int {
	for j := limit - 1; j > lo+(limit-lo)/2; j-- {
		if t := &toks[j]; t.Kind == Punct && (t.Norm == "," || t.Norm == ";" || t.Norm == ":") {
			return j + 1
		}
	}
	return limit
}

func isAbbreviation(t *Token) bool {
	if t.Kind != Word {
		return false
	}
	if wordFlags[t.word]&fAbbrev != 0 { // abbreviations[t.Norm], by the word's number
		return true
	}
	// A lone capital is an initial ("J. Smith"); initialisms keep their dots.
	return len(t.Norm) == 1 && t.Cap
}

func isCloser(t *Token) bool {
	switch t.Norm {
	case "\"", "'", ")", "]":
		return true
	}
	return false
}

// opensSentence reports whether t is a capitalised word that opens a
// sentence and continues no name: after "U.S." a "The" starts anew, an
// "Army" does not.
func opensSentence(t *Token) bool {
	if t.Kind != Word || !t.Cap {
		return false
	}
	switch t.Norm {
	case "the", "a", "an", "it", "its", "this", "these", "those", "he", "she", "they", "we", "but",
		"however", "in", "on", "after", "before", "according", "meanwhile", "since", "while", "when", "there":
		return true
	}
	return false
}

func startsSentence(t *Token) bool {
	switch {
	case t.Kind == Word:
		return t.Cap
	case t.Kind == Number:
		return true
	}
	switch t.Norm {
	case "\"", "'", "(", "[", "-":
		return true
	}
	return false
}
