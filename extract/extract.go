// Package extract turns article text into transfer claims, each with the
// exact span of text that carries it. It is a pure function of its input: a
// cascade of small stages (tokens, sentences, taggers, frames, attribution)
// over one tokenization that keeps every byte offset.
package extract

import (
	"slices"
	"strings"
	"sync"
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

// doc is one text under extraction. What reading the text finds is its
// textState, which reset zeroes at once; the rest are buffers kept from
// text to text, emptied one by one.
type doc struct {
	textState
	toks []Token
	info []tokenWord // per token, its word's flags
	// sets is the union of the sets (wordSet) of the text's words: a rule
	// that looks in every sentence for words of a set none of them is in
	// is passed over.
	sets wordSet
	// tokBufs lists the tokens that start a line and the marks the
	// sentence splitter, the quotation reader and acronyms look at, and
	// holds the lower-cased norms of capitalised words.
	tokBufs tokenBuffers
	// named are the materiel phrases of the sentences read, the last few:
	// the last is the one "six could be delivered" counts.
	named []phrase
	// prevNamed is the goods term lastNamed found in a sentence no frame
	// read, kept here so that a phrase of it can be pointed to.
	prevNamed phrase
	claims    []draft
	// pending are goods that sentences named with no verb to move them,
	// which a definite restatement later may give a flow to (see
	// restatedGoods).
	pending []draft
	// speakers are the names attributed so far.
	speakers []string
	// titles maps a title to the last person named with it: "president"
	// after "French President Emmanuel Macron", so "the president said"
	// is Macron.
	titles map[string]string
	// actAt and inQty back the sentences' per-token tags.
	actAt   []int16
	inQty   []bool
	attribs []docAttrib
	// cueBuf, phraseBuf and groupBuf back each sentence's tables in turn:
	// one sentence's phrases are done with when the next is read.
	cueBuf    []cueMemo
	phraseBuf []phrase
	groupBuf  []group
	defBuf    []int // backs each sentence's definites in turn
	rareBuf   []int // backs each sentence's rare words in turn
	knowBuf   []int // backs each sentence's know-how words in turn
	// nameToks is outletNamed's buffer for a name's tokens.
	nameToks []Token
	// givers, mostly and received are dominantRecipient's buffers, and
	// kept is finish's list of the claims it keeps: emptied for each
	// text, so that finishing one allocates only the claims it returns.
	givers   []string
	mostly   []string
	received []int
	kept     []*draft
	// sentStates holds, for each sentence read, the states its head names
	// (see topicStates) and its paragraph: topicSentenceRecipient reads them.
	sentStates []sentState
	// coargBuf backs coArguments' list.
	coargBuf []string
	// quants holds the quantities of every sentence read so far: drafts
	// point into them until the claims are made.
	quants quantArena
	// sents and quotes are the text's sentences and quoted stretches.
	sents  []Sentence
	quotes []span
	// ordinals keeps dealOrdinals' answer per sentence, plus one: 0 until
	// read.
	ordinals []uint8
	tags     tagBuffers // the taggers' buffers, reused sentence after sentence
	// sent is the sentence being read, which newSent sets whole.
	sent sent
	// mentions counts the text's mentions of each state, by code, the
	// first sixteen states named (see topicRecipient); lastList is the
	// codes of the last list of states named together, for "the three
	// countries" (see listSubject); surnames are the last words of the
	// leaders named in full so far (see tagSurnames). They are arrays in
	// the document, so that noting one allocates nothing, and are read
	// only up to their counts in textState: reset, which zeroes the
	// counts, need not zero them, three quarters of what it would.
	mentions [16]stateCount
	lastList [6]string
	surnames [8]surname
}

// textState is what a document finds as it reads one text, and what it
// is told of the text: all of it starts empty for the next. (A field that
// is no buffer belongs here, so that reset empties it.)
type textState struct {
	text string
	opt  Options
	// pair is the two states the last sentence that named exactly two
	// named, and pairAt 1 + that sentence's index (0: none yet), for "the
	// two countries" (see pairAnaphora).
	pair   [2]string
	pairAt int
	// trio is the three states the last list of exactly three named, for
	// "the three countries" and "all three countries" (see pairAnaphora);
	// trioAt is 1 + that sentence's index (0: none yet).
	trio   [3]string
	trioAt int
	// lastSpeaker is the most recent named speaker, for "He added that ...".
	lastSpeaker speaker
	// lastPlace is the state of the last place in a state named ("Cabo
	// Delgado", "Mozambique's northern province"), for "to the province".
	lastPlace string
	// blocs are the blocs the text has named, that "the alliance" and
	// "the bloc" point back to (see blocAnaphora).
	blocs blocSet
	// lastSubject is the most recent actor that did something, for "they";
	// lastLeader the most recent leader named, for "he" and "she".
	lastSubject, lastLeader *actorMention
	// before is the subject as the sentence being read found it, before
	// it named one of its own (see subjectBefore).
	before    actorMention
	hasBefore bool
	// leaderAlone is whether lastLeader's sentence names no other leader:
	// only then may "he said" after it be that leader (see leaderSince).
	leaderAlone bool
	// lastOutlet is the most recent outlet named, for "the news agency".
	lastOutlet string
	// backed is the first state the text names others the backers or
	// suppliers of ("one of Ukraine's most important backers"), for the
	// flows of a giver that name no recipient (see topicRecipient).
	backed string
	// lastFirm is the most recent company named, for "the company said",
	// and lastFirmName its name as written; lastGroup the most recent armed
	// group, for "the group".
	lastFirm, lastGroup actorRef
	lastFirmName        string
	// junta is the state whose junta the text named last ("Mali's
	// junta"), for "the junta" (see theJunta).
	junta string
	// home is the state of the text's dateline, for "the army" (see
	// homeBodies).
	home actorRef
	// body is the state whose body the text last named with the state
	// ("Sudan's army", "the Brazilian government"), in sentence bodySent
	// of paragraph bodyPara: a bare body just after is more likely that
	// state's than the dateline's (see namedBody).
	body               actorRef
	bodySent, bodyPara int
	// institution is the last institution named as a speaker, for "the
	// agency said" after "the National Intelligence Service said".
	institution string
	// times holds the last claiming sentence's time expressions, read late.
	times timeCache
	// acronyms maps "NIS" to "National Intelligence Service" where the
	// text spells one out.
	acronyms map[string]string
	// outletMemo is the last name outletNamed read, with its outlet.
	outletMemo struct{ name, outlet string }
	// bullets is whether a line of the text opens with a bullet: only
	// then may a sentence hold a list's items (see listItem).
	bullets bool
	// semiLists is whether a list of lines that end with semicolons may
	// follow a colon (see joinLists): its lines are items as bulleted
	// ones are.
	semiLists bool
	// sale is whether the text tells of a sale: a verb of selling or
	// buying, or a noun of contract or deal (see makersSupply).
	sale bool
	// dealTold is the last deal a sentence told signed between two parties
	// without naming its goods ("Poland signed framework agreements with
	// South Korea"), for the contents told after it ("They envisaged up to
	// 1,000 K2 tanks").
	dealTold toldFlow
	// flowTold is the last flow a sentence told between two parties by a
	// noun of transfer with no goods ("The Pentagon paused some deliveries
	// to Ukraine"), for the goods the next sentences name with a noun of
	// their own ("The pause held up shipments of Patriot interceptors").
	flowTold toldFlow
	// asked are the flows questions asked of goods ("What has Taipei
	// bought?"), for the goods the answer names (see answersAsked).
	asked []toldFlow
	// nMentions, nLastList and nSurnames count the entries of the
	// document's mentions, lastList and surnames.
	nMentions    int
	nLastList    int
	lastListSent int // the sentence that named lastList
	nSurnames    int
	// surnameBits has bit w%64 set for the number w of each surname's
	// word: tagSurnames passes over most tokens with one test of it.
	surnameBits uint64
}

// Extract returns the transfer claims in text, in text order.
func Extract(text string, opt Options) []armsledger.Claim {
	d := newDoc(text, opt)
	defer docs.Put(d)
	marks := d.tokBufs.marks.list()
	d.sents = appendSentences(d.sents[:0], d.toks, marks)
	// Only a sentence that opens with a bullet joins the one before it, and
	// most texts have none: joinLists is spared them.
	if bulletOpensLine(d.toks, marks) {
		d.sents = joinLists(d.toks, d.sents)
		d.bullets = mayHoldBullets(text)
	} else if colonLine(d.toks, d.sents) {
		d.sents = joinLists(d.toks, d.sents) // lines ending with semicolons
		d.semiLists = true
	}
	sents := d.sents
	d.ordinals = resize(d.ordinals, len(sents))
	clear(d.ordinals)
	para := 0
	d.sentStates = d.sentStates[:0]
	for si, sn := range sents {
		if si > 0 && d.toks[sn.Lo].Newline {
			para++
		}
		s := d.newSent(sn, si)
		s.para = para
		s.run()
		codes, n := s.topicStates()
		d.sentStates = append(d.sentStates, sentState{codes: codes, n: n, para: para, aid: s.aid, named: s.namedStates(), flags: s.flags})
	}
	d.quotes = appendQuoteRegions(d.quotes[:0], d.toks, d.tokBufs.marks.list())
	d.quoteSpeakers(d.quotes)
	return d.finish()
}

// rareWords are words few texts hold, which some rules look for in every
// sentence: "the rest", "the remainder" (theRest), "kroner" (kroner),
// "help" (helpAt), "on hold" (putOnHold), "accounted for" (shareOfExports).
var rareWords = setOf("rest", "remainder", "remaining", "kroner", "krone", "crowns", "total", "figure", "tally", "number", "count", "order", "bringing", "brings", "brought",
	"help", "helps", "helped", "helping", "hold",
	"unfounded", "baseless", "groundless", "fabricated", "untrue", "slander", "preposterous", "absurd", "ridiculous", "hoax", "hoaxes", "fabrication",
	"propaganda", "disinformation", "misinformation", "speculation", "gossip", "smear", "rumours", "rumors", "fiction", "falsehoods",
	"seize", "seizes", "seized", "intercept", "intercepts", "intercepted", "confiscate", "confiscates", "confiscated",
	"impound", "impounds", "impounded",
	"suit", "likewise", "joined",
	"accounted", "accounts", "account", "accounting",
	"totals", "totalled", "totaled", "amounts", "amounted",
	"match",            // "pledged to match that figure" (matchedSum)
	"reach", "reaches", // "the first troops reach Russia" (reachTriggers)
	"final", "last", // "with the final 28 to follow" (restFollows)
	"way",                                        // "made their way to Russia" (madeWay)
	"service",                                    // "in service with the Polish army" (serviceWith)
	"supplier",                                   // "Russia was still its main supplier" (itsSupplier)
	"customers",                                  // "Its main customers were Qatar and Pakistan" (itsSupplier)
	"junta",                                      // "the junta received jets" (theJunta)
	"travel", "travels", "travelled", "traveled", // "Iranian instructors travelled to Russia" (peopleTravel)
	"travelling", "traveling")

// knowHowWords are the words the rules of know-how and of people abroad
// start from (trainAt, madeUnderKnowHow, actedIn, goodsFollow): a flag of
// their own, so that they wake none of rareWords' rules.
var knowHowWords = setOf("train", "trains", "trained", "training", "follow", "follows", "followed",
	"fought", "fight", "fights", "served", "serve", "serves", "operate", "operates", "operated", "worked", "work", "works", "working",
	"licensed", "licenced", "license", "licence", "joint", "jointly", "co", "coproduce", "factory", "plant", "facility",
	"assistance", "help", "support", "found", "turn", "turns", "turned", "transfer", "hub",
	"technology", "technologies", "know", "expertise",
	"engines", "parts", "components", // "built the drones with Chinese-made engines" (madeWithParts)
	"built", "assembled", "produced", "manufactured", // "most of which will be built in Chile" (builtThere)
	"local") // "includes local assembly in the kingdom" (madeThereNoun)

// gatedWords are words few sentences hold, each of which a rule that
// would otherwise run on every sentence it reaches needs; where the
// sentence holds none, the rule can find nothing and is passed over by a
// test of their flag, fGated:
//
//   - "citing": markCitedReason
//   - "equipment", "hardware", "parts": statesEquipment, partsForProgramme,
//     equipmentAgain
//   - "rest", "remainder", "remaining", "other": theRest
//   - "expected": restExpected
//   - "alliance", "bloc", "member": blocAnaphora
//   - "competing", "vying", "bidding", "running", "contention":
//     modelsInTheRunning (runningAt)
//   - "against": decidedAgainstAfter
//   - "funded", "financed": financedBy
//   - "supplier", "customers": bareSupplier
//   - "imports": bareImports
//   - "angered", "upset" and the other verbs of provoking: markProvoked
//
// They share one flag since the flag bits are few: a sentence that holds
// one of them runs the rules of the others too, each of which looks for
// its own word and finds none. A word added to a rule's test must be
// added here.
var gatedWords = setOf("citing", "equipment", "hardware", "parts", "rest", "remainder", "remaining", "other", "expected", "alliance", "bloc", "member",
	"competing", "vying", "bidding", "running", "contention", "against",
	"funded", "financed", "supplier", "customers", "imports",
	"angered", "angering", "angers", "upset", "upsets", "upsetting", "infuriated", "infuriating", "infuriates",
	"irritated", "irritating", "irritates", "enraged", "enraging", "antagonised", "antagonized", "antagonising",
	"antagonizing", "riled", "displeased")

// bulletOpensLine reports whether a token that starts a line is a bullet
// (see bullet). The tokens that start a line are all in marks (see
// markList), a few in a text, so that this is a quicker test than
// mayHoldBullets' look at every line of the text, which it spares most
// texts: only where it is true can listItem find a bullet.
func bulletOpensLine(toks []Token, marks []int32) bool {
	for _, i := range marks {
		if int(i) < len(toks) && bullet(&toks[i]) {
			return true
		}
	}
	return false
}

// mayHoldBullets reports whether a line of text may open with a bullet
// (see bullet): a quick look for the marks after a line break, which most
// texts have none of. It looks at the bytes, after spaces and tabs only,
// where a bullet token may also be a dash folded to "-" or follow another
// space (see bulletOpensLine).
func mayHoldBullets(text string) bool {
	for i := 0; i < len(text); {
		rest := strings.TrimLeft(text[i:], " \t")
		if bulletMark(rest) {
			return true
		}
		n := strings.IndexByte(text[i:], '\n')
		if n < 0 {
			return false
		}
		i += n + 1
	}
	return false
}

// bulletMarks are the marks a line of a list may open with: a hyphen, or
// the en and em dashes that typeset lists use for it ("– 49 Caesar
// howitzers"), which tokens fold to "-" (see bullet).
var bulletMarks = []string{"-", "\u2013", "\u2014", "*", "•", "·"}

// bulletMark reports whether line opens with one of bulletMarks.
func bulletMark(line string) bool {
	for _, m := range bulletMarks {
		if strings.HasPrefix(line, m) {
			return true
		}
	}
	return false
}

// docs keeps documents between calls, so that their buffers are reused:
// most of what the extractor allocates lives only while one text is read.
// Nothing a claim holds points into them.
var docs = sync.Pool{New: func() any { return new(doc) }}

func newDoc(text string, opt Options) *doc {
	d := docs.Get().(*doc)
	d.reset(text, opt)
	d.toks = tokenize(resize(d.toks, len(text)/4+1)[:0], text, &d.tokBufs)
	var all wordFlag
	d.info, all, d.sets = lookup(d.info, d.toks)
	if all&fContracted != 0 { // few texts: spare the rest a pass over their tokens
		negations(d.toks)
		d.info, _, d.sets = lookup(d.info, d.toks) // the words negations changed
	}
	if d.sets&setSince != 0 {
		sinceInChain(d.toks, d.info)
	}
	if gatesOpen {
		d.sets = ^wordSet(0)
	}
	d.acronyms = acronyms(text, d.toks, d.tokBufs.marks.list())
	d.lastOutlet = opt.Outlet
	d.actAt, d.inQty = resize(d.actAt, len(d.toks)), resize(d.inQty, len(d.toks))
	noActors(d.actAt)
	clear(d.inQty)
	return d
}

// reset empties a document for a new text, keeping its buffers.
func (d *doc) reset(text string, opt Options) {
	times := d.times.times[:0] // the time cache's buffer is kept too
	// Zeroed in place, then given its fields: a composite literal with
	// fields would be built aside and copied over, twice the stores.
	d.textState = textState{}
	d.text, d.opt, d.times.times = text, opt, times
	clear(d.titles)
	d.named, d.claims, d.speakers, d.attribs = d.named[:0], d.claims[:0], d.speakers[:0], d.attribs[:0]
	d.pending = d.pending[:0]
	d.ordinals = d.ordinals[:0] // sized and cleared once the sentences are known
	d.quants = quantArena{d.quants.matches[:0], d.quants.bounds[:0]}
}

// resize returns a slice of length n, reusing buf's array when it is large
// enough.
func resize[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	return buf[:n]
}

// noActors sets every element of buf to -1, a token's actAt when no actor
// is at it: a block of them is copied in, then what is set over the rest,
// twice as much each time. A few calls of copy, which moves many bytes an
// instruction, rather than a store per element; and the block spares the
// calls that would double a first element up to its size, most of them
// for a text of a few hundred tokens.
func noActors(buf []int16) {
	for n := copy(buf, unsetActors[:]); n < len(buf); n *= 2 {
		copy(buf[n:], buf[:n])
	}
}

// unsetActors is the block of -1s noActors copies from.
var unsetActors = func() (b [256]int16) {
	for i := range b {
		b[i] = -1
	}
	return b
}()

// sent is one sentence under analysis, with its tags.
type sent struct {
	d *doc
	// info is the document's: is, next and the look-ups of verbs and
	// nouns, which the taggers and frames ask of nearly every token, read
	// it with one load less than through d.
	info   []tokenWord
	idx    int
	para   int // the paragraph's index in the text
	lo, hi int
	// flags is the union of the flags of the sentence's words (see has):
	// next and nextNear answer at once for a flag no word has, and the
	// rules that look for a rare word (fRare, fFirst) in every sentence
	// are not called where there is none.
	flags   wordFlag
	actors  []actorMention
	actAt   []int16 // per token: index into actors, or -1
	inQty   []bool  // per token: inside a quantity
	quants  []QuantityMatch
	trigs   []trigger
	att     attrib    // the sentence's attribution, once read
	cues    []cueMemo // the cues the sentence holds, once read (see readCues)
	defs    []int     // its tokens "the", "these" and "those", once read (see definites)
	rare    []int     // its tokens of rare words, once read (see rareFrom)
	knows   []int     // its tokens of know-how words, once read (see knowHows)
	aboard  []span    // vessels and aircraft a load travels on (see onBoard)
	title   int8      // 0 until titleCase reads the sentence, then 1 (no) or 2 (yes)
	voice   int       // 1 + firstVoice, once read; 0 before
	helps   int       // the token of "help" in "help X build Y", or -1 (see helpAt)
	trains  int       // the first token of "train" that takes a state's people, or -1 (see trainAt)
	knowHow bool      // the sentence may tell of arms made under another state's know-how (see makesUnderKnowHow)
	// worthOnly is true when only the worth of goods told before may make
	// a claim here: a sentence let in for "The tanks are worth ..." makes
	// none of a sum it says of anything else.
	worthOnly bool
	label     int // 1 + the actor that labels a factbox or list entry, or 0 (see labelActor)
	// aid is the states the sentence names as where aid goes (see
	// countMentions), kept in its sentState for the sentences after.
	aid aidStates
	// sentScope is what the sentence's words alone say of scope, once read.
	sentScope armsledger.Scope
	// chain is chainBefore's last answer: n for token at-1 (0: none yet).
	chain struct{ at, n int }
	// gov is governor's last answer: t for the trigger at token at-1.
	gov struct {
		at int
		t  trigger
	}
	// noCues has bit 1<<c set for each kind c of cue the sentence is
	// known not to hold: none until its cues are read (see lacksCue).
	noCues uint64
}

type span struct{ lo, hi int }

// newSent starts the document's next sentence. Only one is read at a time,
// so the document holds it; per-token tags live in the document's buffers.
func (d *doc) newSent(sn Sentence, idx int) *sent {
	d.sent = sent{d: d, idx: idx, lo: sn.Lo, hi: sn.Hi}
	// Set apart: read from the document inside the literal, it made the
	// compiler build the sentence aside and copy it over, for fear the
	// read overlapped it: a hundred instructions a sentence more.
	d.sent.info = d.info
	if d.hasBefore = d.lastSubject != nil; d.hasBefore {
		d.before = *d.lastSubject
	}
	s := &d.sent
	s.actAt, s.inQty = d.actAt[sn.Lo:sn.Hi], d.inQty[sn.Lo:sn.Hi]
	s.flags = unionOf(d.info[sn.Lo:sn.Hi])
	return s
}

// unionOf returns the union of the words' flags. It reads eight words at a
// time into a local, which stays in a register: an eighth of the loop's
// tests and jumps, and no store per word.
func unionOf(words []tokenWord) wordFlag {
	var all wordFlag
	i := 0
	for ; i+8 <= len(words); i += 8 {
		w := words[i : i+8 : i+8]
		all |= w[0].flags | w[1].flags | w[2].flags | w[3].flags | w[4].flags | w[5].flags | w[6].flags | w[7].flags
	}
	if i+4 <= len(words) {
		w := words[i : i+4 : i+4]
		all |= w[0].flags | w[1].flags | w[2].flags | w[3].flags
		i += 4
	}
	for ; i < len(words); i++ {
		all |= words[i].flags
	}
	return all
}

// within reports whether lo <= i < hi, for lo <= hi, with one unsigned
// comparison: one branch, which the frames' loops, where i is mostly
// outside, foresee better than the two of a pair of comparisons.
func within(i, lo, hi int) bool { return uint(i-lo) < uint(hi-lo) }

// actorAt returns the index into actors of the actor at token i, or -1 if
// there is none or i is outside the sentence. s.actAt spans the sentence,
// so one unsigned comparison tests both ends and is also its bounds check.
func (s *sent) actorAt(i int) int {
	k := uint(i - s.lo)
	if k >= uint(len(s.actAt)) {
		return -1
	}
	return int(s.actAt[k])
}

// run tags the sentence and, where it can hold a transfer, reads its frames.
func (s *sent) run() {
	s.tagActors()
	s.tagSurnames()
	if l := s.d.lastLeader; l != nil && l.lo >= s.lo && l.lo < s.hi {
		s.d.leaderAlone = s.leadersNamed() == 1
	}
	s.placeAnaphora()
	s.blocAnaphora()
	if s.has(fBaltic) {
		s.balticStates()
	}
	if s.has(fTwo) {
		s.pairAnaphora() // (the pair may be named before "the two" in the same sentence)
	}
	s.notePair()
	s.noteTrio()
	s.countryOpening()
	if s.has(fCountry) {
		s.countryPlace()
	}
	s.itsBody()
	s.itsSupplier()
	if s.has(fNoun) {
		s.itsExports()
	}
	s.theJunta()
	s.markDateline()
	s.markKinNamed()
	if s.has(fGated) {
		s.markCitedReason() // (it reads only sentences holding "citing")
		s.markProvoked()    // (and this only those holding a verb of provoking)
	}
	s.sceneBodies() // (before homeBodies: "In Berlin, the government" under a Washington dateline is Germany's)
	if s.d.home.Code != "" {
		s.homeBodies()
	}
	s.rememberBody()
	s.rememberSubject()
	s.countMentions()
	s.tagOutlets()
	s.tagTriggers()
	aid := len(s.trigs) == 0 && s.mayTellAid()
	// A sentence that calls what was reported false denies it.
	denial := len(s.trigs) == 0 && s.has(fRare) && len(s.d.named) > 0 && s.callsFalse()
	total := -1 // "put the total at 3.5 million rounds": see restatedTotal
	if s.has(fRare) && (len(s.d.claims) > 0 || len(s.trigs) > 0) {
		total = s.totalWord(s.lo)
	}
	ranked := len(s.d.claims) > 0 && s.rankedPair()                     // "Germany follows with EUR 12.6 billion"
	s.helps = s.helpAt()                                                // "Russia is helping China create a warning system"
	s.trains = s.trainAt()                                              // "Turkey has trained 5,000 Libyan soldiers"
	s.knowHow = s.makesUnderKnowHow()                                   // "signed a deal for the licensed production of 40 Gripens"
	seized := len(s.trigs) == 0 && s.seizes()                           // "intercepted a further 3,000 rifles": goods for a flow told before (see seizedOnRoute)
	suit := len(s.trigs) == 0 && len(s.d.claims) > 0 && s.suitAt() >= 0 // "Germany soon followed suit"
	// "The 120mm cartridges are worth $106.5 million": the worth of goods
	// told before (see worthOfGoodsTold).
	worth := len(s.trigs) == 0 && len(s.d.claims) > 0 && s.valuedOpening()
	s.worthOnly = worth && !aid && !s.hasSpeech()
	aid = aid || worth
	paidFor := -1 // "It was paid for by Denmark and Canada": a scheme's funders (see schemePaidFor)
	if len(s.d.claims) > 0 {
		paidFor = s.paidForAt()
	}
	inKind, among := -1, -1 // "Russia paid partly in gold bars": the deal told before, paid (see paidInKindDraft)
	if len(s.d.claims) > 0 && s.d.sets&setPaid != 0 {
		inKind = s.paidInKindAt()
	}
	if len(s.d.claims) > 0 && s.d.sets&setAmong != 0 {
		among = s.amongFundersAt() // "Denmark and Canada are among the funders of the scheme" (see amongFunders)
	}
	if len(s.trigs) == 0 && !aid && !denial && total < 0 && !ranked && s.helps < 0 && s.trains < 0 && !s.knowHow && !s.hasSpeech() && !seized && !suit && paidFor < 0 && inKind < 0 && among < 0 {
		return // nothing here can make or attribute a claim
	}
	s.quants = s.dropDesignations(s.d.quants.quantities(s.d.toks, s.lo, s.hi))
	s.exceededSums()
	for _, q := range s.quants {
		for j := q.Lo; j < q.Hi; j++ {
			s.inQty[j-s.lo] = true
		}
	}
	if len(s.actors) > 0 {
		s.dropMoneyActors()
	}
	att := s.attribution()
	s.att = att
	if s.question() {
		s.noteAsked()
		return
	}
	if len(s.trigs) > 0 || aid || denial || s.helps >= 0 || seized {
		s.frames(att)
	} else {
		s.knowHowGiven(att) // (frames reads it too, after the sentence's goods)
	}
	if paidFor >= 0 {
		s.schemePaidFor(paidFor, att)
	}
	if inKind >= 0 {
		s.paidInKindDraft(inKind, att) // after the sentence's own claims, which it may settle
	}
	if among >= 0 {
		s.amongFunders(among, att) // after the sentence's own claims, whose recipient it may take
	}
	if len(s.trigs) > 0 && len(s.d.claims) > 0 {
		s.contributedBare(att) // "Sweden and Canada have contributed to the scheme": after the claims it may pay for
	}
	for k := total; k >= 0; k = s.totalWord(k + 1) {
		s.restatedTotal(k, att) // after the sentence's own claims, which it may restate
	}
	if len(s.d.claims) > 0 {
		s.earlierFigure(att) // "up from 10,000 in October": after the claim it counts from
		if s.has(fRare) {
			s.matchedSum(att)   // "London has pledged to match that figure": the sum told before, again
			s.followedSuit(att) // "Norway and Belgium later joined them"
		}
		s.refusedBare(att) // "Berlin has refused"
		s.deniedAside(att) // "..., a report both governments denied"
		if s.d.sets&setDeal != 0 {
			s.dealHalted(att) // "the deal had been put on hold"
		}
	}
	if len(s.d.claims) > 0 && s.has(fRare) {
		s.shareOfTold(att) // "Spain accounted for 40 per cent of those deliveries": before ranking, which may rank others beside it
	}
	if ranked || len(s.trigs) > 0 && len(s.d.claims) > 0 && s.rankedPair() {
		s.rankedAmounts(att) // after the sentence's own claims, which it may rank others beside
	}
}

// seizes reports whether a verb of seizing stands in the sentence:
// "French forces intercepted a further 3,000 rifles" names goods a flow
// told before may take (see seizedOnRoute).
func (s *sent) seizes() bool {
	if !s.has(fRare) {
		return false
	}
	for _, k := range s.rareFrom(s.lo) {
		if seizureVerb(s.d.toks[k].Norm) {
			return true
		}
	}
	return false
}

// question reports whether the sentence asks rather than tells: "Will
// Seoul arm Ukraine in response?" asserts no transfer.
func (s *sent) question() bool {
	return s.hi > s.lo && s.d.toks[s.hi-1].Norm == "?"
}

// noteAsked keeps the parties of a question that asks what goods moved,
// "What has Taipei bought?", "What have Canada and Australia sent
// Ukraine?": the sentences that answer it tell of those goods (see
// answersAsked). A question that asks who gave ("Who has paid?") or how
// much names no goods' parties.
func (s *sent) noteAsked() {
	toks := s.d.toks
	lo := s.lo
	if lo+2 < s.hi && toks[lo+1].Norm == ":" {
		lo += 2 // "Explainer: What has Japan given Ukraine?"
	}
	if w := toks[lo].Norm; w != "what" && w != "which" {
		return
	}
	for _, t := range s.trigs {
		if t.noun || t.passive {
			continue
		}
		subj := s.subject(t)
		if subj < 0 {
			continue
		}
		f := toldFlow{sent: s.idx}
		codes, _, _ := s.group(subj)
		switch t.class {
		case classBuy, classReceive:
			f.rec = slices.Clone(codes)
		case classGive, classSell:
			f.sup = slices.Clone(codes)
			if a := s.actorAt(t.i + 1); a >= 0 && s.actors[a].prep == "" {
				codes, _, _ := s.group(a)
				f.rec = slices.Clone(codes) // "sent Ukraine"
			} else if a := s.ppActor(t.i+1, s.hi, "to"); a >= 0 {
				codes, _, _ := s.group(a)
				f.rec = slices.Clone(codes)
			}
		default:
			continue
		}
		s.d.asked = append(s.d.asked, f)
		return
	}
}

// valuedOpening reports whether the sentence's opening subject "is
// worth" or "is valued at" something: "The tanks are worth ...".
func (s *sent) valuedOpening() bool {
	toks := s.d.toks
	for j := s.lo + 1; j+1 < s.hi && j-s.lo <= 10; j++ {
		if w := toks[j].Norm; (w == "worth" || w == "valued") && s.is(j-1, fBe) || costVerb(w) && toks[s.lo].Norm == "the" {
			return true // "The tanks are worth", "The used jets cost"
		}
	}
	for j := s.lo + 3; j+1 < s.hi; j++ {
		if toks[j].Norm == "at" && s.valuedObject(j+1) >= 0 {
			return true // "Officials have put it at $10 billion"
		}
	}
	return false
}

// mayTellAid reports whether a sentence with no transfer word may still
// tell one by a state's aid to another ("Germany's military aid to Ukraine
// totals 28 billion euros"): a state that no preposition governs, and a
// state after "to" or "for" later on.
func (s *sent) mayTellAid() bool {
	owner := false
	for a := range s.actors {
		m := &s.actors[a]
		switch {
		case (m.prep == "" || m.prep == "of") && !m.speaker:
			owner = true // "Germany's military aid", "US military aid", "the value of US aid"
		case owner && (m.prep == "to" || m.prep == "for"):
			return true
		}
	}
	// "Sweden's military support since 2022 totals about SEK 43.5
	// billion": a state's aid summed, its recipient told before (see
	// aidOf). "totals" and "amounts" are rare words.
	return owner && (s.has(fRare) && slices.ContainsFunc(s.d.toks[s.lo:s.hi], func(t Token) bool {
		return t.Norm == "totals" || t.Norm == "totalled" || t.Norm == "totaled" || t.Norm == "amounts" || t.Norm == "amounted"
	}) || s.aidPutAt())
}

// aidPutAt reports whether the sentence puts a state's aid at a sum:
// "Australia puts its total military assistance at about A$1.5 billion",
// the aid's sum, as "totals" tells it.
func (s *sent) aidPutAt() bool {
	toks := s.d.toks
	for j := s.lo + 2; j+1 < s.hi; j++ {
		if toks[j].Norm != "at" || !s.amountAt(j+1) {
			continue
		}
		switch toks[j-1].Norm {
		case "assistance", "aid", "support", "contribution", "contributions":
		default:
			continue
		}
		for k := j - 2; k >= s.lo && j-k <= 6; k-- {
			switch toks[k].Norm {
			case "puts", "put", "putting", "estimates", "estimated", "values", "valued":
				return true
			}
		}
	}
	return false
}

// dropDesignations removes the bare numbers that name a model after a
// capitalised word inside the sentence: "Pbv 302 armoured personnel
// carriers", "ASC 890 aircraft". A state ("sent Ukraine 500 tanks"), a
// month ("in March 300 drones") or a verb in a headline ("Poland Orders 96
// Helicopters") before a number leaves it a count.
func (s *sent) dropDesignations(qs []QuantityMatch) []QuantityMatch {
	toks := s.d.toks
	out := qs[:0]
	for _, q := range qs {
		q = s.overAsParticle(q)
		j := q.Lo
		if a := s.actorAt(j); a >= 0 && s.actors[a].resolved {
			continue // "the two countries" (see pairAnaphora): states, no count
		}
		if q.Hi == j+1 && toks[j].Kind == Number && q.Currency == "" && j-1 > s.lo && toks[j-1].Kind == Word && toks[j-1].Cap &&
			s.actorAt(j-1) < 0 && !s.is(j-1, fCalendar|fVerb|fNoun|fStop) { // ("Taipei (CNA) All 11 of the HIMARS": a count)
			continue
		}
		out = append(out, q)
	}
	return out
}

// overAsParticle reads "over" after "hand" or "turn" as the verb's
// particle, not as "more than": "handed over 60 tanks", "handed over
// €140 million" are exact.
func (s *sent) overAsParticle(q QuantityMatch) QuantityMatch {
	toks := s.d.toks
	if toks[q.Lo].Norm != "over" || q.Qualifier != armsledger.AtLeast || q.Lo <= s.lo {
		return q
	}
	if v, ok := s.verbAt(q.Lo - 1); ok && (v.Lemma == "hand" || v.Lemma == "turn") {
		// The amount after the particle, read alone: exact, or vague
		// ("handed over dozens of tanks").
		if inner := Quantities(toks, q.Lo+1, q.Hi); len(inner) == 1 && inner[0].Lo == q.Lo+1 {
			inner[0].Lo = q.Lo
			return inner[0]
		}
	}
	return q
}

// joinLists joins to a sentence that ends with a colon the bulleted lines
// after it ("It includes:" and "- 155mm artillery rounds" on lines of their
// own): the items are the objects of its verb. A list runs to maxSentence
// tokens at most, as any sentence does.
//
// So are lines with no bullet that each end with a semicolon, the last
// with a full stop ("includes:", "Stinger missiles;", ..., "Small arms and
// rounds of ammunition."): a list as official releases write it.
func joinLists(toks []Token, sents []Sentence) []Sentence {
	out := sents[:0]
	open := false   // the last sentence kept introduces a list, or is one with it
	listed := false // the items so far are lines that end with a semicolon
	for _, sn := range sents {
		if n := len(out); n > 0 && open && sn.Hi-out[n-1].Lo <= maxSentence {
			if bullet(&toks[sn.Lo]) && !listed {
				out[n-1].Hi, out[n-1].End = sn.Hi, sn.End
				continue
			}
			if toks[sn.Lo].Newline && sn.Hi-sn.Lo <= maxListLine && (toks[sn.Hi-1].Norm == ";" || listed && toks[sn.Hi-1].Norm == ".") &&
				(listed || toks[out[n-1].Hi-1].Norm == ":") {
				out[n-1].Hi, out[n-1].End = sn.Hi, sn.End
				listed = toks[sn.Hi-1].Norm == ";" // a full stop ends the list
				open = listed
				continue
			}
		}
		open, listed = sn.Hi > sn.Lo && toks[sn.Hi-1].Norm == ":", false
		out = append(out, sn)
	}
	return out
}

// maxListLine is the longest line, in tokens, that joinLists reads as an
// item of a list with no bullets: an item names goods, not a story.
const maxListLine = 30

// colonLine reports whether a sentence ends with a colon and the next one
// starts a line: a list may follow (see joinLists).
func colonLine(toks []Token, sents []Sentence) bool {
	for k := 0; k+1 < len(sents); k++ {
		if sn := sents[k]; sn.Hi > sn.Lo && toks[sn.Hi-1].Norm == ":" && toks[sents[k+1].Lo].Newline {
			return true
		}
	}
	return false
}

// bullet reports whether t marks an item of a list at the start of a line.
func bullet(t *Token) bool {
	if !t.Newline || t.Kind != Punct {
		return false
	}
	switch t.Norm {
	case "-", "*", "•", "·":
		return true
	}
	return false
}
