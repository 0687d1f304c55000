package extract

import (
	"maps"
	"slices"
	"strings"

	"armsledger"
)

// actorRef is what an actor form in lexicon/actors.tsv stands for.
type actorRef struct {
	Code string // ISO 3166-1 alpha-2, or EU, NATO, G7
	Kind string // country, demonym, capital, leader, institution, group, bloc, place
	// kind is Kind as a number, for the frames' tests of it: a comparison
	// of strings compares lengths first, and "country", "capital" and
	// "demonym" share theirs, so that text makes its branches hard to
	// foresee. Set both with newActorRef, or both at once.
	kind actorKind
}

// actorKind numbers the kinds of actor the frames tell apart.
type actorKind uint8

const (
	kindOther actorKind = iota // no kind, or one the frames do not ask about
	kindCountry
	kindDemonym
	kindLeader
	kindInstitution
	kindPlace
)

var actorKinds = map[string]actorKind{"country": kindCountry, "demonym": kindDemonym, "leader": kindLeader,
	"institution": kindInstitution, "place": kindPlace}

func newActorRef(code, kind string) actorRef {
	return actorRef{Code: code, Kind: kind, kind: actorKinds[kind]}
}

// materielRef is what a term in lexicon/materiel.tsv stands for.
type materielRef struct {
	Cat  armsledger.Category
	Unit string // round, item, container, person, tonne or "currency"
}

// verbClass says what a transfer word means for roles and status; see the
// header of lexicon/verbs.tsv.
type verbClass uint8

const (
	noVerb verbClass = iota
	classGive
	classDeploy // a deployment: moves people, not goods
	classSell
	classReceive
	classBuy
	classMove
	classArrive
	classCommit
	classRequest
	classDeny
	classPlan
	classSpeech
	classHold
	classContent  // "the package includes ...": the flow told just before
	classExchange // "in exchange for X": X flows back the other way
)

var classNames = map[string]verbClass{
	"give": classGive, "deploy": classDeploy, "sell": classSell, "receive": classReceive, "buy": classBuy,
	"move": classMove, "arrive": classArrive, "commit": classCommit, "request": classRequest,
	"deny": classDeny, "plan": classPlan, "speech": classSpeech, "hold": classHold, "content": classContent,
}

type verbRef struct {
	Lemma string
	Class verbClass
}

// cue is a status or clause marker from lexicon/cues.tsv.
type cue uint8

const (
	noCue cue = iota
	cueExpected
	cueNegation
	cueCapacity
	cueDelay
	cuePerfect
	cueCumulative
	cueIncrement
	cueHomemade
)

var cueNames = map[string]cue{"expected": cueExpected, "negation": cueNegation,
	"capacity": cueCapacity, "delay": cueDelay, "perfect": cuePerfect,
	"cumulative": cueCumulative, "increment": cueIncrement, "homemade": cueHomemade}

// lexicons holds every embedded word list, built once: the extractor only
// reads it, so one value serves all goroutines.
type lexicons struct {
	actors   Trie[actorRef]
	materiel Trie[materielRef]
	outlets  Trie[string]
	roles    map[string]bool // words of a speaker's title: minister, spokesperson ...
	heads    Trie[bool]      // nouns a materiel word only modifies: "missile programme"
	verbs    map[string]verbRef
	nouns    map[string]verbClass
	cues     Trie[cue]
	// capitals maps a capital city, as actors.tsv first names it, to the
	// first name of its country: "Seoul said" is South Korea speaking.
	capitals map[string]string
	// scopeStarts are the first words of the cues that tell scope, and
	// "since": see scopeWords.
	scopeStarts map[string]bool
	vocab       *vocab     // every form above, numbered; tokens carry their number
	info        []wordInfo // by word number, what the lexicons say about the form
	// flags repeats info[id].flags in a dense array, for the bit tests
	// taggers make on nearly every token: a tenth of info's bytes to cache.
	flags []wordFlag
	// numbers and times are the quantity and time lexicons; numWords and
	// timeWords hold their entries by word number, so that the parsers,
	// which ask about nearly every token, read a slice instead of hashing.
	numbers   *numLexicon
	times     *timeLexicon
	numWords  []*numWord
	timeWords []*timeWord
	// sets holds, by word number, the wordSets each form is in.
	sets []wordSet
	// pps holds, by word number, 1 + the form's index in a ppTable, or 0:
	// tagActors notes it with an actor's preposition, so that roles reads
	// the ppTable index of every actor with no switch on the word.
	pps []uint8
	// wars holds the pairs of states at war, both ways round (wars.tsv).
	wars map[[2]string]bool
	// regions gives the states a region word before "country", "state"
	// or "nation" can describe ("the Nordic country"), by the region's
	// words in lower case (regions.tsv).
	regions map[string]map[string]bool
	// firms holds the arms makers' names, lower-cased (firms.tsv).
	firms map[string]bool
	// makers gives the state that makes a named system (makers.tsv).
	makers Trie[string]
}

// wordSet marks a small set of words that the frames look for in their
// loops over tokens. One look-up in lexicons.sets and a test that is nearly
// always false answer where a switch on the word's string would branch on
// its length and letters, which a processor cannot foresee.
type wordSet uint32

const (
	setCarrier      wordSet = 1 << iota // see carrierBefore
	setExample                          // a word that opens examples: see exampleCue
	setExampleStart                     // "such", "in", "among": see exampleCue
	setPartitive                        // see partitive
	setClause                           // a word clauseBreak tests
	setListGlue                         // see coordinatedPhrases
	setArticle                          // "the", "its", "their", "a", "an": see prepBefore
	setOfNear                           // "of", "near": see prepBefore
	setPersonnel                        // "troops", "soldiers": see presence
	setInside                           // "in", "inside": see presence
	setThere                            // "there": see presence
	setBanNoun                          // see banNouns
	setBanPrep                          // see banPreps
	setProduction                       // see productionWords
	setTech                             // see techWords
	setParts                            // see partsWords
	setGeneric                          // see genericWords
	setDefinite                         // see definiteModifiers
	setPaid                             // "paid": see paidInKindAt
	setAmong                            // "among": see amongFundersAt
	setDeal                             // the words of dealWord: see dealHalted
	setSince                            // "since": see sinceInChain
)

// setWords lists the words of each wordSet. Each is in the vocabulary, so
// that its tokens carry its number.
var setWords = []struct {
	set   wordSet
	words []string
}{
	{setCarrier, carrierWords}, {setExample, exampleWords}, {setExampleStart, []string{"such", "in", "among"}},
	{setPartitive, partitiveWords}, {setClause, clauseWords}, {setListGlue, listGlueWords},
	{setArticle, []string{"the", "its", "their", "a", "an"}}, {setOfNear, []string{"of", "near"}},
	{setPersonnel, []string{"troops", "soldiers", "personnel", "servicemen", "mercenaries", "fighters", "advisers", "advisors", "instructors", "trainers", "forces", "engineers", "technicians", "paratroopers", "marines", "commandos", "sappers", "specialists"}},
	{setInside, []string{"in", "inside", "alongside"}}, {setThere, []string{"there"}},
	{setBanNoun, banNouns}, {setBanPrep, banPreps},
	{setProduction, sortedKeys(productionWords)}, {setTech, sortedKeys(techWords)}, {setParts, sortedKeys(partsWords)},
	{setGeneric, sortedKeys(genericWords)}, {setDefinite, sortedKeys(definiteModifiers)},
	{setPaid, []string{"paid"}}, {setAmong, []string{"among"}},
	{setDeal, dealWords}, {setSince, []string{"since"}},
}

var lex = loadLexicons()

// tokenVocab is lex.vocab for the tokenizer, set once the vocabulary is
// frozen. The lexicons tokenize their own entries while they load, so the
// tokenizer cannot refer to lex itself.
var tokenVocab *vocab

// sortedKeys returns a map's words in order: words are numbered as they
// are added, and a map's own order changes from run to run, which would
// change the tables' layout (and the instruction counts of benchmarks).
func sortedKeys[V any](m map[string]V) []string {
	return slices.Sorted(maps.Keys(m))
}

func loadLexicons() *lexicons {
	v := newVocab()
	// The words of setWords and ppWords first, so that every table sized
	// by the vocabulary, and every list loaded after, knows their numbers.
	for _, s := range setWords {
		for _, w := range s.words {
			v.add(w)
		}
	}
	for _, w := range sortedKeys(ppWords) {
		v.add(w)
	}
	v.add("'t") // no lexicon's, but newDoc and negations look for it by number
	l := &lexicons{
		actors: newTrie[actorRef](v), materiel: newTrie[materielRef](v), outlets: newTrie[string](v),
		heads: newTrie[bool](v), cues: newTrie[cue](v), makers: newTrie[string](v), vocab: v,
		verbs: map[string]verbRef{}, nouns: map[string]verbClass{}, roles: map[string]bool{},
	}
	actorRows := mustTSV("actors.tsv", 3)
	countries := map[string]string{}
	for _, r := range actorRows {
		for _, form := range strings.Split(r[2], "|") {
			if form = strings.TrimSpace(form); form != "" {
				l.actors.Add(form, newActorRef(r[0], r[1]))
			}
		}
		if r[1] == "country" && countries[r[0]] == "" {
			countries[r[0]], _, _ = strings.Cut(r[2], "|")
		}
	}
	l.capitals = map[string]string{}
	for _, r := range actorRows {
		if city, _, _ := strings.Cut(r[2], "|"); r[1] == "capital" && countries[r[0]] != "" {
			l.capitals[city] = countries[r[0]]
		}
	}
	for _, r := range mustTSV("notactors.tsv", 1) {
		l.actors.Add(r[0], actorRef{}) // an empty code blocks the names inside
	}
	for _, r := range mustTSV("places.tsv", 2) {
		l.actors.Add(r[1], newActorRef(r[0], "place"))
	}
	l.firms = map[string]bool{}
	for _, r := range mustTSV("firms.tsv", 1) {
		l.firms[strings.ToLower(r[0])] = true
	}
	l.wars = map[[2]string]bool{}
	for _, r := range mustTSV("wars.tsv", 2) {
		l.wars[[2]string{r[0], r[1]}], l.wars[[2]string{r[1], r[0]}] = true, true
	}
	l.regions = map[string]map[string]bool{}
	for _, r := range mustTSV("regions.tsv", 2) {
		l.regions[r[0]] = setOf(strings.Split(r[1], ",")...)
	}
	for _, r := range mustTSV("materiel.tsv", 3) {
		l.materiel.Add(r[0], materielRef{Cat: armsledger.Category(r[1]), Unit: r[2]})
	}
	for _, r := range mustTSV("makers.tsv", 2) {
		l.makers.Add(r[0], r[1])
	}
	for _, r := range mustTSV("notmateriel.tsv", 1) {
		l.materiel.Add(r[0], materielRef{}) // an empty category blocks the words inside
	}
	for _, r := range mustTSV("outlets.tsv", 1) {
		l.outlets.Add(r[0], r[0])
		l.actors.Add(r[0], actorRef{})
	}
	for _, r := range mustTSV("roles.tsv", 1) {
		l.roles[strings.ToLower(r[0])] = true
	}
	for _, r := range mustTSV("heads.tsv", 1) {
		l.heads.Add(r[0], true)
	}
	for _, r := range mustTSV("verbs.tsv", 3) {
		for _, form := range strings.Split(r[2], "|") {
			l.verbs[form] = verbRef{Lemma: r[0], Class: classNames[r[1]]}
		}
	}
	for _, r := range mustTSV("nouns.tsv", 2) {
		l.nouns[r[0]] = classNames[r[1]]
	}
	l.scopeStarts = map[string]bool{"since": true} // "since September 2023"
	for _, r := range mustTSV("cues.tsv", 2) {
		l.cues.Add(r[0], cueNames[r[1]])
		if c := cueNames[r[1]]; c == cueIncrement || c == cueCumulative {
			if toks := Tokenize(r[0]); len(toks) > 0 {
				l.scopeStarts[toks[0].Norm] = true
			}
		}
	}
	l.numbers, l.times = mustLoadNumbers(numbersTSV), mustTimeLexicon(timesTSV)
	for _, w := range sortedKeys(l.numbers.words) {
		v.add(w)
	}
	for _, w := range sortedKeys(l.times.words) {
		v.add(w)
	}
	l.info = l.wordTable()
	l.flags = make([]wordFlag, len(l.info))
	for id, in := range l.info {
		l.flags[id] = in.flags
	}
	l.numWords, l.timeWords = make([]*numWord, len(v.forms)), make([]*timeWord, len(v.forms))
	for w, e := range l.numbers.words {
		l.numWords[v.add(w)] = e
	}
	for w, e := range l.times.words {
		l.timeWords[v.add(w)] = e
	}
	l.sets = make([]wordSet, len(v.forms))
	for _, s := range setWords {
		for _, w := range s.words {
			l.sets[v.add(w)] |= s.set
		}
	}
	l.pps = make([]uint8, len(v.forms))
	for w, k := range ppWords {
		l.pps[v.add(w)] = uint8(1 + k)
	}
	v.freeze()
	tokenVocab = v
	return l
}
