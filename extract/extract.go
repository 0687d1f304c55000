// Package extract turns article text into transfer claims, each with the
// exact span of text that carries it. It is a pure function of its input: a
// cascade of small stages (tokens, sentences, taggers, frames, attribution)
// over one tokenization that keeps every byte offset.
package extract

import (
	"time"

	"armsledger"
)

// Options are what is known about a text besides its words.
type Options struct {
	// Published anchors relative dates ("last September"); zero if unknown.
	Published time.Time
	// Outlet is the publication the text comes from. When the text says
	// "the newspaper" or "the news agency" before naming any outlet, it is
	// that one. It is not put in a claim's Via, which lists only the outlets
	// the text says a claim came through: reconciliation tells echoes from
	// confirmations by them, and keeps the publisher with the document.
	Outlet string
}

// doc is one text under extraction.
type doc struct {
	text string
	toks []Token
	info []int32 // per token, its entry in lex.info
	opt  Options
	// lastSpeaker is the most recent named speaker, for "He added that ...".
	lastSpeaker speaker
	// lastSubject is the most recent actor that did something, for "they";
	// lastLeader the most recent leader named, for "he" and "she".
	lastSubject, lastLeader *actorMention
	// lastOutlet is the most recent outlet named, for "the news agency".
	lastOutlet string
	// lastPhrase is the most recent materiel phrase, for "six could be
	// delivered".
	lastPhrase *phrase
	claims     []draft
	// speakers are the names attributed so far; acronyms maps "NIS" to
	// "National Intelligence Service" where the text spells one out.
	speakers []string
	// titles maps a title to the last person named with it: "president"
	// after "French President Emmanuel Macron", so "the president said"
	// is Macron.
	titles map[string]string
	// institution is the last institution named as a speaker, for "the
	// agency said" after "the National Intelligence Service said".
	institution string
	// times holds the last claiming sentence's time expressions, read late.
	times timeCache
	// actAt and inQty back the sentences\' per-token tags.
	actAt    []int16
	inQty    []bool
	acronyms map[string]string
	attribs  []docAttrib
}

// Extract returns the transfer claims in text, in text order.
func Extract(text string, opt Options) []armsledger.Claim {
	d := newDoc(text, opt)
	sents := Sentences(text, d.toks)
	para := 0
	for si, sn := range sents {
		if si > 0 && d.toks[sn.Lo].Newline {
			para++
		}
		s := newSent(d, sn, si)
		s.para = para
		s.run()
	}
	d.quoteSpeakers(quoteRegions(d.toks))
	return d.finish()
}

func newDoc(text string, opt Options) *doc {
	d := &doc{text: text, toks: Tokenize(text), opt: opt}
	d.info = lookup(d.toks)
	d.acronyms = acronyms(text, d.toks)
	d.lastOutlet = opt.Outlet
	return d
}

// sent is one sentence under analysis, with its tags.
type sent struct {
	d      *doc
	idx    int
	para   int // the paragraph's index in the text
	lo, hi int
	actors []actorMention
	actAt  []int16 // per token: index into actors, or -1
	inQty  []bool  // per token: inside a quantity
	quants []QuantityMatch
	trigs  []trigger
	att    attrib // the sentence's attribution, once read
}

type span struct{ lo, hi int }

func newSent(d *doc, sn Sentence, idx int) *sent {
	s := &sent{d: d, idx: idx, lo: sn.Lo, hi: sn.Hi}
	// Per-token tags live in the document's buffers: one allocation for the
	// whole text rather than one per sentence.
	if len(d.actAt) != len(d.toks) {
		d.actAt, d.inQty = make([]int16, len(d.toks)), make([]bool, len(d.toks))
		for i := range d.actAt {
			d.actAt[i] = -1
		}
	}
	s.actAt, s.inQty = d.actAt[sn.Lo:sn.Hi], d.inQty[sn.Lo:sn.Hi]
	return s
}

func (s *sent) actorAt(i int) int {
	if i < s.lo || i >= s.hi {
		return -1
	}
	return int(s.actAt[i-s.lo])
}

// run tags the sentence and, where it can hold a transfer, reads its frames.
func (s *sent) run() {
	s.tagActors()
	s.rememberSubject()
	s.tagOutlets()
	s.tagTriggers()
	if len(s.trigs) == 0 && !s.hasSpeech() {
		return // nothing here can make or attribute a claim
	}
	s.quants = Quantities(s.d.toks, s.lo, s.hi)
	for _, q := range s.quants {
		for j := q.Lo; j < q.Hi; j++ {
			s.inQty[j-s.lo] = true
		}
	}
	att := s.attribution()
	s.att = att
	if len(s.trigs) == 0 {
		return
	}
	s.frames(att)
}
