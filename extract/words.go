package extract

// wordFlag marks what the lexicons say about a word form, so each token is
// looked up once and every later test is a bit test.
type wordFlag uint64

const (
	fActor          wordFlag = 1 << iota // can start an actor name
	fMateriel                            // can start a materiel term
	fOutlet                              // can start an outlet name
	fCue                                 // can start a status cue
	fHead                                // can start a head noun a materiel word only modifies
	fStop                                // ends a phrase's modifiers
	fAdverb                              // an adverb that may sit inside a verb chain
	fBe                                  // a form of "be"
	fChain                               // may sit inside a verb chain
	fNounContext                         // makes the next transfer word a noun
	fIncrement                           // "another", "more": an addition
	fRole                                // part of a speaker's title
	fCalendar                            // a day, month or time adverb, never a name
	fGovernment                          // turns a demonym into a state body
	fPlaceAdj                            // "eastern", "occupied"
	fPlaceNoun                           // "territory", "border"
	fGeneric                             // a generic plural subject: "sides", "allies"
	fSubjectPronoun                      // he, she, they, it, we
	fModal                               // could, will, must ...
	fDeterminer                          // the, a, its ...
	fRelative                            // opens a clause after a comma
	fRolePrep                            // a preposition that says a role
	fVerb                                // has a verb entry: wordInfo.verb is set
	fNoun                                // is a transfer noun: wordInfo.noun is set
	fExchange                            // "exchange", "return": see tagTriggers
	fIrregular                           // an irregular past participle: "sent", "sold"
	fVoice                               // may say who speaks: a verb of speech, "announce", "deny", "according", a channel word
	fChannel                             // names the channel words came through: "interview", "told", "quoted"
	fScopeCue                            // may start a cue of scope ("so far", "another") or be "since"
	fAbbrev                              // an abbreviation a period does not end a sentence after: "Mr", "Oct"
	fRare                                // a word of rareWords
	fFirst                               // "first", "last": see firstOfThem
	fRanked                              // "with", ":", "at", "for", "received": a state's rank and amount may follow (see rankedPair)
	fCondition                           // "if", "unless", "whether": see conditional
	fUpDown                              // "up", "down": before "from", an earlier figure (see earlierFigure)
	fNo                                  // a word of noneWords: see noneMoved
	fBar                                 // a verb of barring: see barWords
	fRefuse                              // "refused", "declined": see refusedToLet
	fConfirm                             // a verb of confirming: see unconfirmed
	fUnaware                             // a word of unawareWords: see unknownTo
	fMore                                // "more": see bareMore
	fWhich                               // "which": see relativeWhich
	fSought                              // a word of seeking: see soughtBefore
	fGenericHead                         // a noun that counts systems of a kind named before it: see genericHeads
	fWhole                               // "total", "full", "entire", "whole": see wholeAmount
	fCall                                // a verb that names what something is: see callWords
	fThem                                // "them", "it", "any", "none": see themObject
	fAwait                               // a verb of waiting: see awaitedBefore
	fKnowHow                             // a word of knowHowWords: see trainAt, madeUnderKnowHow, actedIn, goodsFollow
	fContracted                          // "'t", of a contracted negation: see negations
	fTwo                                 // "two": see pairAnaphora
	fCountry                             // "country", "nation": see keptIn
	fCapitalActor                        // every actor name it starts writes it with a capital: "To Lam", "Said Chengriha" (see tagActors)
	fCapitalNext                         // every actor name it starts in lower case goes on with a capital: "the Netherlands" (see tagActors)
	fParticle                            // "aside", "up", "in": the particle of a phrasal verb of money (see phrasalFunding); "down" of "turned down"
	fBaltic                              // "Baltic", "Baltics": see balticStates
	fUse                                 // "use": see usedGoods
	fChoose                              // a form of a verb of choosing: see passedOver
	fModelled                            // a word of modelledWords: see modelOf
	fCarrier                             // a word of carrierWords: see carrierBefore
	fDelay                               // a word of delayWords: see delayedAfter
	fGated                               // a word of gatedWords: see there
	fOrdinal                             // "first", "second", "third", "fourth", "next": see sentState.flags
)

// wordInfo is what the lexicons say about one word form.
type wordInfo struct {
	flags wordFlag
	verb  verbRef   // Class noVerb when the form is no verb of verbs.tsv
	noun  verbClass // noVerb when the form is no noun of nouns.tsv
}

// wordTable builds what the lexicons say about each word form, by the
// form's number in the vocabulary; entry 0 (no form) is empty. Forms that
// only a word list names are numbered here too.
func (l *lexicons) wordTable() []wordInfo {
	infos := []wordInfo{{}}
	entry := func(w wordID) *wordInfo {
		for int(w) >= len(infos) {
			infos = append(infos, wordInfo{})
		}
		return &infos[w]
	}
	for _, t := range []struct {
		starts func(wordID) bool
		flag   wordFlag
	}{
		{l.actors.starts, fActor}, {l.materiel.starts, fMateriel}, {l.outlets.starts, fOutlet},
		{l.cues.starts, fCue}, {l.heads.starts, fHead}, {l.actors.capitalOnly, fCapitalActor}, {l.actors.capitalAfter, fCapitalNext},
	} {
		for w := wordID(1); int(w) < len(l.vocab.forms); w++ {
			if t.starts(w) {
				entry(w).flags |= t.flag
			}
		}
	}
	mark := func(w string, f wordFlag) { entry(l.vocab.add(w)).flags |= f }
	for _, w := range sortedKeys(combiningForms) {
		mark(w, fActor) // "Franco-Italian": see combiningForm
	}
	for _, w := range sortedKeys(l.roles) {
		mark(w, fRole)
	}
	for _, set := range []struct {
		words map[string]bool
		flag  wordFlag
	}{
		{modifierStop, fStop}, {adverbs, fAdverb}, {beForms, fBe}, {chainWords, fChain},
		{nounContext, fNounContext}, {incrementWords, fIncrement}, {calendarWords, fCalendar},
		{governmentNouns, fGovernment}, {placeAdjectives, fPlaceAdj}, {placeNouns, fPlaceNoun},
		{genericSubjects, fGeneric}, {subjectPronouns, fSubjectPronoun}, {modals, fModal},
		{determiners, fDeterminer}, {relativeStart, fRelative}, {rolePreps, fRolePrep},
		{exchangeWords, fExchange}, {irregularParticiples, fIrregular}, {rareWords, fRare}, {knowHowWords, fKnowHow}, {setOf("first", "last"), fFirst},
		{setOf("with", ":", "at", "for", "received", "receives", "took", "takes", "got"), fRanked}, {setOf("if", "unless", "whether"), fCondition}, {setOf("up", "down", "raising", "raised", "revising", "revised", "lowering", "lowered"), fUpDown},
		{noneWords, fNo}, {barWords, fBar},
		{setOf("refused", "refuses", "refuse", "refusing", "declined", "declines", "decline"), fRefuse},
		{setOf("confirm", "confirmed", "confirms", "acknowledge", "acknowledged", "verify", "verified"), fConfirm},
		{unawareWords, fUnaware}, {setOf("more"), fMore}, {setOf("which"), fWhich}, {soughtWords, fSought},
		{genericHeads, fGenericHead}, {setOf("total", "full", "entire", "whole"), fWhole},
		{callWords, fCall}, {setOf("them", "it", "any", "none"), fThem},
		{setOf("awaiting", "awaits", "await", "waiting", "waits", "wait"), fAwait},
		{setOf("country", "nation"), fCountry},
		{setOf("aside", "up", "in", "down"), fParticle},
		{setOf("baltic", "baltics"), fBaltic},
		{setOf("use"), fUse}, {modelledWords, fModelled}, {delayWords, fDelay}, {gatedWords, fGated},
		{setOf("first", "second", "third", "fourth", "next"), fOrdinal},
	} {
		for _, w := range sortedKeys(set.words) {
			mark(w, set.flag)
		}
	}
	for _, w := range sortedKeys(l.verbs) {
		v := l.verbs[w]
		entry(l.vocab.add(w)).verb = v
		if choosingLemma(v.Lemma) {
			mark(w, fChoose) // see passedOver
		}
		if v.Class == classSpeech || v.Lemma == "announce" || v.Lemma == "deny" || v.Lemma == "ridicule" || v.Lemma == "reject" || v.Lemma == "dismiss" {
			mark(w, fVoice) // see attribution and announcesThat
		}
	}
	for _, w := range sortedKeys(channelWords) {
		mark(w, fChannel|fVoice)
	}
	for _, w := range carrierWords {
		mark(w, fCarrier)
	}
	mark("'t", fContracted)
	mark("two", fTwo)
	mark("three", fTwo) // "the three countries": see pairAnaphora
	mark("according", fVoice)
	mark("determination", fVoice) // "has made a determination approving": see attribution
	mark("put", fVoice)           // "Kyiv puts the number at": see attribution
	mark("puts", fVoice)
	for _, w := range sortedKeys(l.scopeStarts) {
		mark(w, fScopeCue)
	}
	for _, w := range sortedKeys(l.nouns) {
		entry(l.vocab.add(w)).noun = l.nouns[w]
	}
	for _, w := range sortedKeys(abbreviations) {
		mark(w, fAbbrev)
	}
	entry(wordID(len(l.vocab.forms) - 1)) // every form has an entry
	for id := range infos {
		if infos[id].verb != (verbRef{}) {
			infos[id].flags |= fVerb
		}
		if infos[id].noun != noVerb {
			infos[id].flags |= fNoun
		}
	}
	return infos
}

// tokenWord is what a document keeps of each token's word: its flags,
// copied beside it so that the bit tests taggers make on nearly every
// token read the document's own array in order, not the lexicons'. (The
// word's number is the token's: Token.word.)
type tokenWord struct {
	flags wordFlag
}

// sinceInChain marks as an adverb of the verb chain each "since" between
// a perfect's "have" and the "been" of its passive: "40 of them have since
// been delivered". There it means "since then", no preposition opening a
// time ("since 2022") or a clause.
func sinceInChain(toks []Token, info []tokenWord) {
	for j := 1; j+1 < len(toks); j++ {
		if toks[j].Norm != "since" {
			continue
		}
		switch toks[j-1].Norm {
		case "have", "has", "had", "having":
		default:
			continue
		}
		if toks[j+1].Norm == "been" {
			info[j].flags |= fAdverb
		}
	}
}

// lookup returns, for each token, its word's flags, and the union of
// them all: the flags of words a pass over the whole text looks for
// (fContracted) tell whether there is anything for it to find. It returns
// too the union of the words' sets (see wordSet), which tells the same of
// rules that look for a few words in every sentence of the text
// (doc.sets).
func lookup(words []tokenWord, toks []Token) ([]tokenWord, wordFlag, wordSet) {
	words = resize(words, len(toks))
	toks = toks[:len(words)] // no bounds check on toks[i]
	flags := wordFlags[:]    // a slice, not the array's pointer: nil-checked once, and still no bounds check
	sets := wordSets[:]
	var all wordFlag
	var inSets wordSet
	// Eight tokens at a time: an eighth of the loop's tests and jumps.
	i := 0
	for ; i+8 <= len(words); i += 8 {
		t, w := toks[i:i+8:i+8], words[i:i+8:i+8]
		f0, f1, f2, f3 := flags[t[0].word], flags[t[1].word], flags[t[2].word], flags[t[3].word]
		f4, f5, f6, f7 := flags[t[4].word], flags[t[5].word], flags[t[6].word], flags[t[7].word]
		w[0].flags, w[1].flags, w[2].flags, w[3].flags = f0, f1, f2, f3
		w[4].flags, w[5].flags, w[6].flags, w[7].flags = f4, f5, f6, f7
		all |= f0 | f1 | f2 | f3 | f4 | f5 | f6 | f7
		inSets |= sets[t[0].word] | sets[t[1].word] | sets[t[2].word] | sets[t[3].word] |
			sets[t[4].word] | sets[t[5].word] | sets[t[6].word] | sets[t[7].word]
	}
	for ; i < len(words); i++ {
		words[i].flags = flags[toks[i].word]
		all |= words[i].flags
		inSets |= sets[toks[i].word]
	}
	return words, all, inSets
}

// wordFlags is lex.flags in an array that every word number indexes, so
// that lookup reads it without a bounds check.
var wordFlags = func() *[1 << 16]wordFlag {
	var flags [1 << 16]wordFlag
	copy(flags[:], lex.flags)
	return &flags
}()

// wordSets is lex.sets as wordFlags is lex.flags.
var wordSets = func() *[1 << 16]wordSet {
	var sets [1 << 16]wordSet
	copy(sets[:], lex.sets)
	return &sets
}()

// is reports whether token j has the flag.
func (s *sent) is(j int, f wordFlag) bool { return s.info[j].flags&f != 0 }

// rareFrom returns the sentence's tokens of rare words (fRare) from token
// from on, in order. The first rule to ask lists them; the half-dozen that
// look for one (totalWord, helpAt, suitAt, seizes, putOnHold,
// shareOfExports, ...) then pass over that short list, not each over the
// sentence's flags again. The list is never nil once read, even when empty.
func (s *sent) rareFrom(from int) []int {
	if s.rare == nil {
		s.rare = s.positions(fRare, &s.d.rareBuf)
	}
	rare := s.rare
	for len(rare) > 0 && rare[0] < from {
		rare = rare[1:]
	}
	return rare
}

// knowHows returns the sentence's tokens of know-how words (fKnowHow), in
// order. The first rule to ask lists them; the eight that look for one
// (trainAt, trained, makesUnderKnowHow, madeUnderKnowHow, builtThere,
// goodsFollow, ordinalFollows, actedIn) then pass over that short list,
// not each over the sentence's flags again. The list is never nil once
// read, even when empty.
func (s *sent) knowHows() []int {
	if s.knows == nil {
		s.knows = s.positions(fKnowHow, &s.d.knowBuf)
	}
	return s.knows
}

// positions lists the sentence's tokens with flag f, in order, in the
// doc's buffer buf, which keeps what it grew to from sentence to sentence.
// The list is never nil, even when empty.
func (s *sent) positions(f wordFlag, buf *[]int) []int {
	if *buf == nil {
		*buf = make([]int, 0, 8)
	}
	l := (*buf)[:0]
	for k := s.next(s.lo, f); k < s.hi; k = s.next(k+1, f) {
		l = append(l, k)
	}
	*buf = l
	return l
}

// Gates. Many rules are asked of every sentence, group or actor and
// answer no after one test in nearly all: a flag no word of the sentence
// has, a word that is not the one they start from. A call costs more
// than such a test (arguments moved, a frame set up, the answer read
// back), so these rules are split in two: the rule keeps its first test
// in a function small enough for the compiler to inline where the rule is
// asked (the inliner's budget is 80, of which a call takes 57), and calls
// fooRest, which is the rule as it was past that test. A gate must stay
// that small: `go build -gcflags=-m ./extract` tells whether it is
// inlined. A test may be narrowed to fit, if the rest tests it again.
//
// Into a function the compiler counts as big (over 5,000 nodes) it
// inlines only callees that cost 20 or less, which no gate does: roles is
// one, and frames is kept under the size by moving parts of it out
// (toldAfter, payment, moneyRecipient). `go build -gcflags=-m=2 ./extract
// 2>&1 | grep big` names the big ones.

// has reports whether a word of the sentence has the flag f: the rules
// that look in every sentence for a rare word ("the rest", "help", "on
// hold": fRare; "first", "last": fFirst) are passed over where it is
// false, as in most sentences.
func (s *sent) has(f wordFlag) bool { return s.flags&f != 0 }

// next returns the first token from i on, before the sentence's end, with
// any of the flags f, or s.hi if there is none. Taggers skip the many
// tokens no lexicon starts at in this tight loop over the document's
// array, rather than with a test of is on each, which reads the array
// anew through the sentence and the document.
//
// It tests four tokens at a time while none of them has a flag: most of
// the tokens it passes over come in runs.
func (s *sent) next(i int, f wordFlag) int {
	if s.flags&f == 0 && i >= s.lo {
		return s.hi // no word of the sentence has the flag
	}
	return s.nextRest(i, f)
}

// nextRest is next past its first test (see gates), for the rules whose
// gate has found the flag in the sentence. Split off, it leaves next small
// enough to inline: most of its asks are told no word has the flag.
func (s *sent) nextRest(i int, f wordFlag) int {
	words := s.info[:s.hi:s.hi] // cap s.hi too: the loops' tests of i+8 and i+4 are then the bounds checks of w
	// Eight tokens a turn, tested as two fours: half the loop's tests and
	// jumps. It goes to the four that holds the flag; only the last few
	// tokens are tested four at a time.
	for ; i+8 <= len(words); i += 8 {
		w := words[i : i+8 : i+8]
		if (w[0].flags|w[1].flags|w[2].flags|w[3].flags)&f != 0 {
			goto found
		}
		if (w[4].flags|w[5].flags|w[6].flags|w[7].flags)&f != 0 {
			i += 4
			goto found
		}
	}
	if i+4 <= len(words) {
		w := words[i : i+4 : i+4]
		if (w[0].flags|w[1].flags|w[2].flags|w[3].flags)&f == 0 {
			i += 4
		}
	}
found:
	for ; uint(i) < uint(len(words)); i++ { // unsigned: no bounds check on words[i] (i is never negative)
		if words[i].flags&f != 0 {
			return i
		}
	}
	return s.hi
}

// nextNear is next for flags that most sentences have every few words
// (fActor, fCue): testing four tokens at a time would only delay the stop.
func (s *sent) nextNear(i int, f wordFlag) int {
	if s.flags&f == 0 && i >= s.lo {
		return s.hi // no word of the sentence has the flag
	}
	words := s.info[:s.hi]
	for ; uint(i) < uint(len(words)); i++ { // unsigned: no bounds check on words[i]
		if words[i].flags&f != 0 {
			return i
		}
	}
	return s.hi
}

// verbAt returns the verb the token at j is a form of, if any. A word
// capitalised inside a sentence is part of a name ("Secretary of State"),
// not a verb.
func (s *sent) verbAt(j int) (v verbRef, ok bool) {
	if s.info[j].flags&fVerb != 0 { // most tokens: spare a read of the lexicons' table
		v, ok = s.verbAtRest(j)
	}
	return v, ok
}

// verbAtRest is verbAt past its first test (see gates in words.go).
func (s *sent) verbAtRest(j int) (verbRef, bool) {
	v := lex.info[s.d.toks[j].word].verb
	if v.Class != noVerb && s.d.toks[j].Cap && j > s.lo && !s.d.toks[j].Upper {
		if p := s.d.toks[j-1].Norm; p != "\"" && p != ":" && p != "(" && !s.titleCase() {
			return verbRef{}, false
		}
	}
	if v.Class == classSpeech && v.Lemma == "show" && j+1 < s.hi && s.d.toks[j+1].Norm == "off" {
		return verbRef{}, false // "has shown off Su-25 jets": put on display, which says nothing
	}
	return v, v.Class != noVerb
}

// titleCase reports whether the sentence is a headline with every word
// capitalised ("North Korea Sends 1,000 Containers Of Weapons To Russia"),
// where a capital says nothing of names: no word of four letters or more
// is in lower case, and two words in three are capitalised. It is read once, when
// a capitalised verb first asks.
func (s *sent) titleCase() bool {
	if s.title == 0 {
		s.title = 1
		caps, words := 0, 0
		for j := s.lo; j < s.hi; j++ {
			t := &s.d.toks[j]
			if t.Kind != Word {
				continue
			}
			words++
			if t.Cap {
				caps++
			} else if len(t.Norm) >= 4 {
				return false
			}
		}
		if words >= 4 && caps*3 >= words*2 { // ("Australia to Send Abrams Tanks to Ukraine": two thirds)
			s.title = 2
		}
	}
	return s.title == 2
}

// hasCue reports whether the sentence holds a cue of kind c.
func (s *sent) hasCue(c cue) bool {
	return s.cueWithin(c, s.lo, s.hi, s.hi)
}

// nounAt returns the class of the transfer noun at j, if it is one.
func (s *sent) nounAt(j int) (verbClass, bool) {
	if s.info[j].flags&fNoun == 0 {
		return noVerb, false
	}
	c := lex.info[s.d.toks[j].word].noun
	return c, c != noVerb
}

// cueAt matches a status cue starting at token j, after a bit test that
// rules out most tokens.
func (s *sent) cueAt(j int) (end int, c cue, ok bool) {
	if !s.is(j, fCue) {
		return 0, noCue, false
	}
	return lex.cues.Match(s.d.toks, j, s.hi)
}
