package extract

import (
	"slices"
	"strings"

	"armsledger"
)

// actorMention is an actor named in a sentence: a state, its capital, leader,
// people, institution, a bloc or an armed group.
type actorMention struct {
	lo, hi     int
	ref        actorRef
	prep       string   // the preposition governing it: "to", "from", "by", "with" ...
	pp         uint8    // 1 + prep's index in a ppTable, 0 if it has none: see lexicons.pps
	possessive bool     // "Russia's", "Iran's"
	speaker    bool     // the subject of a speech verb or of "according to"
	demonym    bool     // named by a demonym ("Iranian"), whatever its kind now
	resolved   bool     // stands for a pronoun: its tokens are not the name
	aside      bool     // inside a clause that describes an item ("the guns, ordered from France,"): no role
	codes      []string // for a resolved mention, the codes it stands for
	several    bool     // a name of several states ("the Baltic states"): codes holds them all
}

// tagBuffers are a document's buffers for the tags of one sentence, reused
// sentence after sentence: a sentence's actors and triggers are read only
// while it runs, and the mentions a later sentence resolves pronouns to are
// copied in here, each with codes of its own, not pointed into the
// sentence's list.
type tagBuffers struct {
	actors          []actorMention
	trigs           []trigger
	subject, leader actorMention // what doc.lastSubject and lastLeader point at
	// outlet is the last outlet tagActors found in the sentence, for
	// tagOutlets, and outletEnd the token after it.
	outlet    string
	outletEnd int
	// groups holds group's answer for each of the sentence's actors, once
	// asked. The entries are reset each sentence, but the codes they hold
	// are made afresh for each group: drafts keep them until the claims
	// are made.
	groups []actorGroup
	// demonstratives are the tokens where "these" or "those" stands before
	// a verb form ("those provided by"), which tagTriggers notes in its
	// pass over the sentence's verbs for pronominal, which would otherwise
	// look at every determiner.
	demonstratives []int
	// beIn are the tokens of "is", "are", "was", "were" or "been" with
	// "in" after them or "there" before, which tagTriggers notes for
	// presence.
	beIn []int
	// codes is the free end of the block that group's code lists are cut
	// from: see newCodes.
	codes []string
	// dealNoun is the sentence's first token that is a noun of promise or
	// sale ("contract", "deal"), or its end if none: tagTriggers notes it in
	// its pass over the transfer words, and dealRoles looks for none before.
	dealNoun int
	// generic tells whether the sentence holds a generic subject ("allies",
	// "countries"), which tagTriggers notes in the same pass: the tests for
	// one that roles makes of most frames need not look without.
	generic bool
	// arming and financing tell whether a verb of arming or of financing is
	// among the sentence's triggers, and compound whether a compound
	// adjective is ("US-supplied"), which tagTriggers notes as it files
	// them: armsWithoutItem, financed and triggerFor look for one only
	// where there is.
	arming, financing, compound bool
	// exchange is whether the sentence has "in exchange for" or "in
	// return for", for exchangeBefore.
	exchange bool
}

// newCodes returns an empty list with room for n codes, cut from a block
// shared by many lists: groups are made for most sentences, and a block
// costs one allocation where a list each would cost dozens. A list is cut
// at full capacity, so appending past n copies it rather than writing into
// the next list; and no part of a block is handed out twice, so the lists
// that drafts and claims keep stay as they were when the document is
// reused.
func (b *tagBuffers) newCodes(n int) []string {
	if cap(b.codes)-len(b.codes) < n {
		b.codes = make([]string, 0, max(n, 256))
	}
	k := len(b.codes)
	b.codes = b.codes[: k+n : cap(b.codes)]
	return b.codes[k : k : k+n]
}

// actorGroup is what group returns for a mention: roles ask again and again
// about the same actors, and once the sentence is tagged the answer cannot
// change. Mentions added later (pseudo) are resolved and need no entry.
type actorGroup struct {
	codes  []string // nil until asked: every group has a code
	lo, hi int
}

// fightersNoun reports whether w names a state's fighting men, who
// receive for it after "to" or "for": "to Ukrainian troops".
func fightersNoun(w string) bool {
	switch w {
	case "troops", "soldiers", "servicemen", "units", "brigades", "fighters", "pilots", "crews", "gunners", "defenders", "marines":
		return true
	}
	return false
}

// weaponTermAt reports whether a term of weapons of a kind, of more than
// one word, opens at token i: "air defence systems", "military aircraft".
// A demonym before it says whose make the weapons are ("for Israeli air
// defence systems"), not a state's body ("the Israeli air force").
func (s *sent) weaponTermAt(i int) bool {
	if !s.is(i, fMateriel) {
		return false
	}
	end, ref, ok := lex.materiel.Match(s.d.toks, i, s.hi)
	return ok && end > i+1 && weaponKind(ref.Cat)
}

// governmentNouns turn a demonym into an actor: "the German government",
// "Russian officials", "Ukrainian intelligence".
var governmentNouns = setOf("government", "governments", "authorities", "military", "army",
	"navy", "forces", "officials", "official", "ministry", "intelligence", "regime", "junta", "leadership",
	"side", "state", "defense", "defence", "president", "leader", "minister", "ambassador", "envoy",
	"chancellor", "premier", "king", "emir", "sultan", "prince", "crown", "monarch", "ruler", "dictator",
	"leaders", "rulers", // "promised Mali's leaders weapons": those who rule, as "leadership"
	"entities", // "Chinese entities supplied components": firms, as sanctions name them
	"administration", "embassy", "diplomats", "diplomat", "air", "armed", "company", "companies",
	"firm", "firms", "industry", "manufacturer", "manufacturers", "lawmakers", "parliament",
	"shipbuilder", "shipbuilders", "shipyard", "shipyards", "planemaker", "contractor", "contractors", "conglomerate", // "pay the French shipbuilder"
	"maker", "makers", "producer", "producers", "exporter", "exporters", // "a Czech maker delivered"
	// "Russian suppliers, most of them private, shipped": the state's firms,
	// as its makers are. (Not the singular: "became Tehran's supplier" is
	// the state that arms Tehran, no body of it.)
	"suppliers",
	"navy's", "people", "media", "mission", "delegation", "sources", "newspaper", "spy", "prime", "foreign", "national",
	"treasury", "exchequer", "cabinet", "agency", // "paid the first instalment to the Danish treasury"
	"court", "courts", "judges", "regulator", "regulators", // "a Dutch appeals court ordered the government to halt exports"
	"appeals",
	"general", "federal", "marine", "marines", "corps", "coast", "coastguard", "border", "police", "gendarmerie",
	"revolutionary", "special", "territorial", "commanders", "command", "officers", "pacific", "naval", "initiative", "coalition",
	// A state's vessels and convoys act for it: "a North Korean freighter delivered ...".
	"vessel", "vessels", "freighter", "freighters", "convoy", "convoys",
	// Armed groups are coded by the state they are based in (FORMAT.md):
	// "Iraqi militias", "Syrian rebels".
	"militia", "militias", "rebels", "insurgents", "group", "groups", "factions",
	"guerrilla", "guerrillas", "separatists", "separatist", "paramilitary", "paramilitaries", "proxies")

// prepositions that govern an actor and say its role in a transfer frame.
var rolePreps = setOf("to", "from", "by", "for", "into", "onto", "in", "at", "with", "of", "on", "toward", "alongside",
	"towards", "against", "near", "between", "among", "inside", "across", "through", "via",
	"than", "about", "like", "including", "and", "within", "over", "under", "despite",
	"outside", "beyond", "except", "excluding") // "from countries outside the European Union": not the EU

// placeAdjectives may stand between a preposition and a place: "in eastern
// Russia", "to occupied Crimea".
var placeAdjectives = setOf("eastern", "western", "northern", "southern", "central", "occupied",
	"neighbouring", "neighboring", "mainland", "far", "north", "south", "east", "west")

// markDateline sets aside the actors of a dateline that opens the
// sentence, "WASHINGTON (AP) —", "RZESZOW, Poland -", "SEOUL, Nov 4
// (Reuters) -": where the story was filed is no party to it, nor its
// speaker.
func (s *sent) markDateline() {
	if len(s.actors) == 0 || !s.d.toks[s.lo].Upper {
		return
	}
	s.markDatelineRest()
}

// markDatelineRest is markDateline past its first test (see gates in words.go):
// the sentence names an actor and opens in capitals.
func (s *sent) markDatelineRest() {
	toks := s.d.toks
	if s.actors[0].lo != s.lo {
		return
	}
	for j := s.lo + 1; j < s.hi && j-s.lo <= 12; j++ {
		switch toks[j].Norm {
		case ":":
			// "NEW DELHI: Russia will deliver ...": a dateline too, when
			// every word before the colon is in capitals.
			for k := s.lo; k < j; k++ {
				if toks[k].Kind == Word && !toks[k].Upper {
					return
				}
			}
			fallthrough
		case "-", "—", "–", "--":
			if j+1 < s.hi && toks[j+1].Cap {
				for a := range s.actors {
					if s.actors[a].hi <= j {
						s.actors[a].aside = true
						if k := s.actors[a].ref.kind; s.idx <= 1 && (k == kindCountry || k == kindPlace || s.actors[a].ref.Kind == "capital") && len(s.actors[a].ref.Code) == 2 && s.actors[a].ref.Code != "EU" {
							s.d.home = s.actors[a].ref // the last state named: "RZESZOW, Poland -"
						}
					}
				}
				if a := s.storyAbroad(j + 1); a >= 0 && s.d.home.Code != "" {
					s.d.home = s.actors[a].ref // the state the story is about
				}
			}
			return
		case ".", ";":
			return
		}
	}
}

// markKinNamed reads a state's possessive before a noun of kin and the
// state it names as that state: in "tanks to Nigeria and Morocco's
// neighbour Algeria", "Russia's ally Belarus", the party is Algeria
// (Belarus); Morocco only tells which.
func (s *sent) markKinNamed() {
	toks := s.d.toks
	for a := range s.actors {
		m := &s.actors[a]
		if !m.possessive || m.hi+1 >= s.hi || !kinNoun(toks[m.hi].Norm) {
			continue
		}
		b := s.actorAt(m.hi + 1)
		if b < 0 || s.actors[b].possessive || s.actors[b].demonym || s.actors[b].prep != "" {
			continue
		}
		// The possessive's mention stands for the state named, so that a
		// list it is part of ("Nigeria and Morocco's neighbour Algeria")
		// holds that state; the name itself takes no role of its own.
		m.ref, m.possessive, m.hi = s.actors[b].ref, false, s.actors[b].hi
		s.actors[b].aside = true
	}
}

// markCitedReason sets aside the states named in a clause ", citing ..."
// that gives an actor's reason or source: "has not agreed to sell them,
// citing its commitment to Israel's military edge" sells nothing to
// Israel; "Yonhap reported, citing Seoul officials" names a source, no
// party. Nor do they stay the last state told of for the sentences
// after.
func (s *sent) markCitedReason() {
	toks := s.d.toks
	for a := range s.actors {
		m := &s.actors[a]
		for j := m.lo - 1; j > s.lo && m.lo-j <= 8; j-- {
			if toks[j].Kind == Punct && !Joiner(toks, j) {
				break // the clause ends before the mention
			}
			if toks[j].Norm == "citing" && toks[j-1].Norm == "," {
				// (But a transfer the reason names keeps its party:
				// "refused to export the engines, citing its embargo on
				// military sales to China" tells where they would go.)
				m.aside = !(m.lo-2 > j && toks[m.lo-1].Norm == "to" && s.flowNoun(m.lo-2))
				break
			}
		}
	}
}

// markProvoked sets aside a state that a verb of provoking takes as its
// object: "Washington angered Beijing by selling jets to Taiwan", "Turkey
// upset Washington when it bought S-400s". The state provoked looks on;
// it is no party to the transfer, and not the subject a gerund or a
// pronoun after it refers to.
func (s *sent) markProvoked() {
	toks := s.d.toks
	for a := range s.actors {
		m := &s.actors[a]
		if m.lo-1 <= s.lo || m.prep != "" || m.possessive || !provokeVerb(toks[m.lo-1].Norm) {
			continue
		}
		m.aside = true
	}
}

// provokeVerb reports whether w is a form of a verb of provoking whose
// object is who is provoked ("angered", "upset").
func provokeVerb(w string) bool {
	switch w {
	case "angered", "angering", "angers", "upset", "upsets", "upsetting", "infuriated", "infuriating", "infuriates",
		"irritated", "irritating", "irritates", "enraged", "enraging", "antagonised", "antagonized", "antagonising",
		"antagonizing", "riled", "displeased":
		return true
	}
	return false
}

// flowNoun reports whether token j is a noun of goods moving or sold
// ("sales", "exports", "deliveries"), not of a promise ("its commitment
// to Israel").
func (s *sent) flowNoun(j int) bool {
	c, ok := s.nounAt(j)
	return ok && (c == classGive || c == classSell || c == classMove)
}

// kinNoun reports whether w, between a state's possessive and a state,
// names the second by its tie to the first: "Morocco's neighbour Algeria".
func kinNoun(w string) bool {
	switch w {
	case "neighbour", "neighbor", "ally", "rival", "arch-rival", "archrival", "partner":
		return true
	}
	return false
}

// storyAbroad returns the state whose story a dateline opens when it is
// not the dateline's own, filed from a bureau abroad, or -1: the first
// state named after the dateline is the sentence's subject or owns it
// ("DUBAI - Iran has completed arrangements to buy ... from Russia",
// "SINGAPORE - For decades, Vietnam's armed forces have been equipped"),
// and the sentence names neither the dateline's state nor one of its
// bodies ("PORT SUDAN - Russia has asked Sudan for", "NEW DELHI: France
// will supply 26 Rafale jets to the navy"). A state after a preposition
// is a party to the home state's story ("MANILA - The Department of
// National Defense has signed a contract with Korea Aerospace"). The text
// starts at i.
func (s *sent) storyAbroad(i int) int {
	toks := s.d.toks
	for a := range s.actors {
		if m := &s.actors[a]; m.lo >= i && m.ref.Code == s.d.home.Code {
			return -1
		}
	}
	for j := i; j+1 < s.hi; j++ {
		if toks[j].Norm == "the" && s.actAt[j+1-s.lo] < 0 && s.homeBodyEnd(j+1) >= 0 {
			return -1
		}
	}
	for a := range s.actors {
		m := &s.actors[a]
		if m.lo < i {
			continue
		}
		if m.prep != "" || m.ref.kind != kindCountry && m.ref.Kind != "capital" && !(m.demonym && s.demonymBody(a)) {
			return -1
		}
		if len(m.ref.Code) != 2 || m.ref.Code == "EU" || s.objectOfVerb(m.lo) {
			return -1
		}
		return a
	}
	return -1
}

// homeBodies tags the bodies of the state a dateline names when the text
// names them without a state, as a story filed there does: after "MANILA
// -", "the Department of National Defense has signed a contract" is the
// Philippines', as "the army" and "the government" are.
func (s *sent) homeBodies() {
	toks := s.d.toks
	if congressStates[s.d.home.Code] {
		// "Argentina's draft budget, sent to Congress this week" under a
		// Buenos Aires dateline: a congress with no state named is the
		// home state's, where the home state's legislature is one.
		for a := range s.actors {
			if m := &s.actors[a]; m.hi == m.lo+1 && toks[m.lo].Norm == "congress" && m.ref.Code == "US" {
				m.ref = s.d.home
				m.ref.Kind, m.ref.kind = "institution", kindInstitution
			}
		}
	}
	home := s.d.home
	if other, ok := s.otherStatesBody(); ok {
		if other.Code == "" {
			return // "The Ministry of Defence signed a contract ... for the Indian Air Force" under a London dateline: India's
		}
		home = other // "Algerian state media reported that the air force had received ..." under a Rabat dateline: Algeria's
	} else if b := s.namedBody(); b.Code != "" {
		home = b // "Sudan's army received drones. Egypt sent pilots to help the army" under an Addis Ababa dateline: Sudan's
	}
	for j := s.lo; j+1 < s.hi; j++ {
		if toks[j].Norm != "the" || s.actAt[j-s.lo] >= 0 || s.actAt[j+1-s.lo] >= 0 {
			continue
		}
		end := s.homeBodyEnd(j + 1)
		if end < 0 || end < s.hi && (toks[end].Norm == "of" || toks[end].Norm == "in" || s.actorAt(end) >= 0) {
			continue // "the army of Russia", "the government in Warsaw": another state's
		}
		m := actorMention{lo: j, hi: end, ref: home}
		m.ref.Kind, m.ref.kind = "institution", kindInstitution
		if end < s.hi && toks[end].Norm == "'s" {
			m.possessive, m.hi = true, end+1
		}
		if p := s.prepBefore(j); p >= 0 {
			m.prep, m.pp = toks[p].Norm, lex.pps[toks[p].word]
		}
		s.insertActor(m)
		j = m.hi - 1
	}
}

// sceneBodies tags the bare body that opens a sentence after "In" and a
// state or its capital ("In Berlin, the government said it had sent
// Ukraine ...", "In Moscow, the defence ministry said") as that state's:
// the sentence is set where the body sits, as a dateline sets a story.
func (s *sent) sceneBodies() {
	toks := s.d.toks
	a := 0
	for a < len(s.actors) && s.actors[a].aside {
		a++ // a dateline before: "WASHINGTON - In Berlin, the government said"
	}
	if a == len(s.actors) {
		return
	}
	m := &s.actors[a]
	if i := m.lo - 1; i < s.lo || toks[i].Norm != "in" || i > s.lo && !datelineEnd(toks[i-1].Norm) {
		return
	}
	if m.ref.kind != kindCountry && m.ref.Kind != "capital" || len(m.ref.Code) != 2 || m.ref.Code == "EU" || m.possessive {
		return
	}
	j := m.hi + 1
	if j+1 >= s.hi || toks[m.hi].Norm != "," || toks[j].Norm != "the" || s.actAt[j-s.lo] >= 0 || s.actAt[j+1-s.lo] >= 0 {
		return
	}
	end := s.homeBodyEnd(j + 1)
	if end < 0 || end < s.hi && (toks[end].Norm == "of" || toks[end].Norm == "in" || s.actorAt(end) >= 0) {
		return // "In Paris, the government of Mali": another state's
	}
	b := actorMention{lo: j, hi: end, ref: m.ref}
	b.ref.Kind, b.ref.kind = "institution", kindInstitution
	if end < s.hi && toks[end].Norm == "'s" {
		b.possessive, b.hi = true, end+1
	}
	s.insertActor(b)
}

// datelineEnd reports whether w ends a dateline: a dash or a colon.
func datelineEnd(w string) bool {
	switch w {
	case "-", "—", "–", "--", ":":
		return true
	}
	return false
}

// otherStatesBody reports whether the sentence names a body of a state
// other than the dateline's by its demonym or possessive ("the Indian Air
// Force", "Taiwan's defence ministry"): the bare bodies it also names ("the
// Ministry of Defence", "the Army") are then that state's more likely than
// the dateline's. A state whose officials or media tell the sentence
// ("Algerian state media reported", "Polish officials said") is returned,
// as the one whose bodies the bare ones are; else the ref is empty.
func (s *sent) otherStatesBody() (actorRef, bool) {
	found := false
	for a := range s.actors {
		m := &s.actors[a]
		if m.ref.Code == s.d.home.Code || !m.demonym && !m.possessive || m.hi >= s.hi {
			continue
		}
		// "the Indian Air Force", "Taiwan's defence ministry"
		if s.is(m.hi, fGovernment) && s.d.toks[m.hi].Cap == m.demonym { // (not "France's Naval Group")
			found = true
		}
		if m.demonym && !s.d.toks[m.hi].Cap && tellingBody(s.d.toks[m.hi].Norm) {
			ref := m.ref
			ref.Kind, ref.kind = "institution", kindInstitution
			return ref, true
		}
	}
	return actorRef{}, found
}

// namedBody returns the state whose body a sentence just before, in the
// same paragraph, named with the state ("Sudan's army", "the Colombian
// government"), when that is not the dateline's; else an empty ref. The
// text has moved to that state, and "the army" it names next is that
// state's: a story filed abroad tells of its home's bodies bare only until
// it names another's.
func (s *sent) namedBody() actorRef {
	b := s.d.body
	if b.Code == "" || b.Code == s.d.home.Code || s.para != s.d.bodyPara || s.idx-s.d.bodySent > 2 {
		return actorRef{}
	}
	b.Kind, b.kind = "institution", kindInstitution
	return b
}

// rememberBody notes the last state the sentence names with one of its
// bodies ("Sudan's army", "the Brazilian government", "Colombia's
// congress"), for the bare bodies of the sentences after (see namedBody).
func (s *sent) rememberBody() {
	for a := len(s.actors) - 1; a >= 0; a-- {
		m := &s.actors[a]
		if !m.possessive && !m.demonym || m.ref.kind != kindCountry || len(m.ref.Code) != 2 || m.ref.Code == "EU" || m.hi >= s.hi {
			continue
		}
		if s.homeBodyEnd(m.hi) < 0 && s.d.toks[m.hi].Norm != "congress" && s.d.toks[m.hi].Norm != "parliament" {
			continue
		}
		s.d.body, s.d.bodySent, s.d.bodyPara = m.ref, s.idx, s.para
		return
	}
}

// tellingBody reports whether w, after a demonym, names those who tell the
// news for a state: "Algerian state media", "Polish officials".
func tellingBody(w string) bool {
	switch w {
	case "state", "officials", "media", "authorities", "government":
		return true
	}
	return false
}

// homeBodyEnd returns the end of the name of a state's body that starts at
// token i ("army", "Air Force", "Ministry of National Defence",
// "Department of National Defense"), or -1.
func (s *sent) homeBodyEnd(i int) int {
	toks := s.d.toks
	w := func(k int) string {
		if k < s.hi {
			return toks[k].Norm
		}
		return ""
	}
	switch w(i) {
	case "royal":
		if end := s.homeBodyEnd(i + 1); end > i+1 {
			return end // "the Royal Armed Forces", "the Royal Navy"
		}
	case "army", "navy", "government", "cabinet":
		return i + 1
	case "air", "coast":
		if w(i+1) == "force" || w(i+1) == "guard" {
			return i + 2
		}
	case "armed":
		if w(i+1) == "forces" {
			return i + 2
		}
	case "defence", "defense":
		if w(i+1) == "ministry" {
			return i + 2
		}
	case "ministry", "department":
		k := i + 1
		if w(k) != "of" {
			return -1
		}
		k++
		if w(k) == "national" {
			k++
		}
		if w(k) == "defence" || w(k) == "defense" {
			return k + 1
		}
	}
	return -1
}

// dropMoneyActors removes the states that name a currency inside an
// amount: "US" in "1.6 billion US dollars", "Danish" in "1.3 billion Danish
// kroner" are no party to the transfer. The actors' groups are then asked
// afresh, now that the amounts are known (see coordinated).
func (s *sent) dropMoneyActors() {
	for _, q := range s.quants {
		if q.Currency == "" {
			continue
		}
		for a := len(s.actors) - 1; a >= 0; a-- {
			if m := &s.actors[a]; m.lo >= q.Lo && m.hi <= q.Hi && !m.resolved {
				s.removeActor(a)
			}
		}
	}
	for k := range s.d.tags.groups {
		s.d.tags.groups[k].codes = nil
	}
}

// removeActor takes the sentence's actor k out of its actors, renumbering
// the tags and triggers that point at those after it. The caller empties
// the groups' cache, which is indexed by actor.
func (s *sent) removeActor(k int) {
	for t := s.actors[k].lo; t < s.actors[k].hi; t++ {
		s.actAt[t-s.lo] = -1
	}
	s.actors = slices.Delete(s.actors, k, k+1)
	for a := k; a < len(s.actors); a++ {
		for t := s.actors[a].lo; t < s.actors[a].hi; t++ {
			s.actAt[t-s.lo] = int16(a)
		}
	}
	for i := range s.trigs {
		switch g := &s.trigs[i].giver; {
		case *g == k+1:
			*g = 0
		case *g > k+1:
			*g--
		}
	}
	s.d.tags.actors = s.actors
}

// insertActor adds the mention m to the sentence's actors in text order.
func (s *sent) insertActor(m actorMention) {
	k := 0
	for k < len(s.actors) && s.actors[k].lo < m.lo {
		k++
	}
	s.actors = slices.Insert(s.actors, k, m)
	for a := k; a < len(s.actors); a++ {
		for t := s.actors[a].lo; t < s.actors[a].hi; t++ {
			s.actAt[t-s.lo] = int16(a)
		}
	}
	// The groups of the actors, asked later, are read afresh (see tagActors).
	s.d.tags.actors = s.actors
	s.d.tags.groups = resize(s.d.tags.groups, len(s.actors))
	for k := range s.d.tags.groups {
		s.d.tags.groups[k].codes = nil
	}
}

// tagActors finds actor names by longest match in the actor trie. It also
// finds the outlets named, for tagOutlets: see noteOutlet.
func (s *sent) tagActors() {
	toks, words := s.d.toks, s.info
	if s.d.tags.actors == nil {
		s.d.tags.actors = make([]actorMention, 0, 8) // enough for most sentences
	}
	s.actors = s.d.tags.actors[:0]
	s.d.tags.outlet, s.d.tags.outletEnd = "", 0
	before := s.d.lastGroup                     // the group named before this sentence, for "the group" (see theNamed)
	leaderNoted, notedAfterPrep := false, false // a leader of this sentence is lastLeader; one a preposition governs
	for i := s.lo; ; {
		if i = s.nextNear(i, fActor); i >= s.hi {
			break
		}
		if f := words[i].flags; f&fCapitalNext != 0 && capitalised(&toks[i]) == 0 &&
			(f&fCapitalActor != 0 || i+1 < s.hi && !toks[i+1].joiner && capitalised(&toks[i+1]) == 0) {
			// "to", "said", "the army": in lower case, or before a word in
			// lower case, they start no name, nor any of sharedNames.
			i++
			continue
		}
		end, ref, ok := 0, actorRef{}, false
		if lex.actors.mayMatch(toks, i, s.hi) { // most tries do not: "the", "to", "said" start only longer entries
			end, ref, ok = lex.actors.Match(toks, i, s.hi)
			if ok && ref.Code == "" && end-1 > i && i > s.lo && toks[i-1].Norm == "the" && toks[end-1].Kind == Punct && toks[end-1].Space {
				// A blocked name that ends in a mark written apart, after
				// "the", is no currency mark: "will pay the US $3 billion"
				// names the state, as "US$3 billion" and "for US $1
				// billion" do not.
				end, ref, ok = lex.actors.Match(toks, i, end-1)
			}
		}
		if ok && i > s.lo && !toks[i].Space && toks[i-1].Kind == Number {
			// Letters written onto digits are the rest of a model's
			// designation, whatever name they spell: "PMU" in
			// "S-300PMU-2" is no Iraqi militia.
			i = end
			continue
		}
		if !ok && mayShareName(&toks[i]) {
			if code, kind := s.oneOfTwo(i); code != "" {
				// "Korean" names either Korea, and the lexicon leaves it
				// out; in a text that has named one Korea only, it is that
				// one: "South Korea's Hanwha ... with Korean help".
				end, ref, ok = i+1, newActorRef(code, kind), true
			}
		}
		if !ok {
			if code := s.combiningForm(i); code != "" {
				end, ref, ok = i+1, newActorRef(code, "demonym"), true
			}
		}
		if !ok {
			i++
			continue
		}
		if words[i].flags&fOutlet != 0 {
			s.noteOutlet(i)
		}
		if ref.Code == "" {
			s.skipOutlets(i+1, end)
			i = end // "South China Sea", "the Washington Post"
			continue
		}
		if s.regionOfKorea(i, end) {
			i++ // "the North African country", "the South Sudanese army": read on from "North"
			continue
		}
		if ref.kind == kindInstitution {
			end = s.companySuffix(end) // "Hyundai Rotem Co. said"
			if hi, c := s.branchCountry(i, end); hi > end {
				// "MBDA Germany", "Rheinmetall Hungary": a firm's branch is
				// of the state it is in, as a company is of its home state.
				end, ref.Code = hi, c
			}
		}
		if s.ownedPlace(end) {
			i = end // "from a US-owned warehouse": whose the store is, no party to what is shipped from it
			continue
		}
		if ref.kind == kindCountry && end == i+1 && s.givenNamesBefore(i) {
			i = end // "Rear Admiral Roy Vincent Trinidad said": a surname, no state
			continue
		}
		if ref.kind == kindDemonym && citizenAt(toks, end, s.hi) {
			i = end // "convicted a Pakistani national of smuggling": a private person, no state
			continue
		}
		s.actors = append(s.actors, actorMention{}) // filled in place, not copied in
		m := &s.actors[len(s.actors)-1]
		m.lo, m.hi, m.ref, m.demonym = i, end, ref, ref.kind == kindDemonym
		if end < s.hi && toks[end].Norm == "'s" {
			m.possessive = true
			m.hi = end + 1
		}
		if m.demonym {
			if end < s.hi && (s.is(end, fGovernment) && !s.weaponTermAt(end) && !s.armedGoods(end) || end+1 < s.hi && (toks[end].Norm == "arms" || toks[end].Norm == "weapons") && companyNoun(toks[end+1].Norm)) { // "the Bulgarian arms maker"
				m.ref.Kind, m.ref.kind = "institution", kindInstitution
			}
			if _, ok := s.placeNounEnd(end); ok {
				m.ref.Kind, m.ref.kind = "place", kindPlace // "to Russian ports", "to Russian drone factories"
			}
		}
		if p := s.prepBefore(i); p >= 0 {
			m.prep, m.pp = toks[p].Norm, lex.pps[toks[p].word]
			if m.prep == "with" && p > s.lo && companionWords[toks[p-1].Norm] {
				m.pp = 0 // "delivered in coordination with the United States": a partner in the giving, not its recipient
			}
			if m.prep == "at" && p > s.lo && aimedWord(toks[p-1].Norm) {
				m.pp = 0 // "drones aimed at Ukrainian cities": a target, not where the drones went
			}
		} else if p := s.placeApposition(i, m.hi); p >= 0 {
			// "to Cabo Delgado Province, Mozambique": the state a place is
			// in takes the place's preposition.
			m.prep, m.pp = toks[p].Norm, lex.pps[toks[p].word]
		} else if n := len(s.actors) - 2; m.ref.kind == kindPlace && n >= 0 && s.actors[n].possessive && s.actors[n].hi == i && s.actors[n].prep != "" {
			// "deployed troops to Russia's Kursk region": a place after the
			// possessive of its state is governed as that state is.
			m.prep, m.pp = s.actors[n].prep, s.actors[n].pp
		} else if i > s.lo && departs(toks[i-1].Norm) {
			// "a shipment that left Bandar Abbas": where it left is where
			// it came from.
			m.prep, m.pp = "from", lex.pps[lex.vocab.find("from")]
		}
		if m.demonym && m.ref.kind == kindDemonym && (m.prep == "to" || m.prep == "for") && toks[i-1].Norm == m.prep && m.hi < s.hi && fightersNoun(toks[m.hi].Norm) {
			// "delivered 5,000 rifles to Ukrainian troops": the state's
			// fighters receive for it (not "add to the thousands of North
			// Korean soldiers already sent").
			m.ref.Kind, m.ref.kind = "institution", kindInstitution
		}
		if m.prep == "on" && m.possessive && m.hi < s.hi && toks[m.hi].Norm == "behalf" ||
			m.prep == "of" && i-2 > s.lo && toks[i-2].Norm == "behalf" && toks[i-3].Norm == "on" {
			// "bought NASAMS from the United States on Ukraine's behalf",
			// "on behalf of Ukraine": whom goods are got for, as "for" says.
			m.prep, m.pp = "for", lex.pps[lex.vocab.find("for")]
		}
		if m.prep == "by" && s.heldPlaceTo(i) {
			// "ferried weapons to bases controlled by Khalifa Haftar": who
			// holds the place goods are taken to receives them.
			m.prep, m.pp = "to", lex.pps[lex.vocab.find("to")]
		}
		if m.prep == "in" && i-2 > s.lo && originates(toks[i-2].Norm) {
			// "the weapons had originated in Iran": where goods began is
			// where they came from.
			m.prep, m.pp = "from", lex.pps[lex.vocab.find("from")]
		}
		for j := m.lo; j < m.hi; j++ {
			s.actAt[j-s.lo] = int16(len(s.actors) - 1)
		}
		if m.hi > i+1 {
			s.skipOutlets(i+1, m.hi) // most names are one word, with none inside
		}
		if ref.kind == kindInstitution && s.firm(len(s.actors)-1) {
			s.d.lastFirm = ref
			s.d.lastFirmName = s.d.text[toks[i].Start:toks[end-1].End] // (end is before a possessive's "'s")
		}
		if ref.Kind == "group" {
			s.d.lastGroup = ref
		} else if m.demonym && !m.possessive && m.hi < s.hi && groupNoun(toks[m.hi].Norm) && plural(toks[m.hi].Norm) {
			// "Iraqi militias attacked US bases. Iran has supplied those
			// groups with drones": the state's armed groups, named by
			// their kind, are the groups "those groups" are.
			s.d.lastGroup = newActorRef(m.ref.Code, "group")
		}
		if ref.kind == kindLeader && end-i >= 2 {
			s.d.noteSurname(&toks[end-1], ref) // "Gustavo Petro": "Petro" later
		}
		if ref.kind == kindLeader && (!leaderNoted || notedAfterPrep && m.prep == "") {
			// "He" after "Olaf Scholz met Zelensky in Berlin" is Scholz:
			// the first leader the sentence names stays the one "he" is,
			// unless a preposition governed it ("In a call with Biden,
			// Scholz said").
			s.d.tags.leader = *m
			s.d.tags.leader.codes = append(s.d.tags.newCodes(1), ref.Code)
			s.d.lastLeader, leaderNoted, notedAfterPrep = &s.d.tags.leader, true, m.prep != ""
		}
		i = m.hi
	}
	s.sharedBody()
	if len(s.actors) > 0 {
		s.patronGroups()
		s.groupsIn()
	}
	if s.d.lastFirm.Code != "" {
		s.theNamed(s.d.lastFirm, companyNoun)
	}
	if s.d.lastGroup.Code != "" {
		if before.Code == "" {
			// First named in this sentence: "Hezbollah's leader said that
			// the group had received new drones" is the group named before
			// "the group", if any (see theNamed).
			before.Kind = "group"
		}
		s.theNamed(before, groupNoun)
	}
	s.d.tags.actors = s.actors // keep what the buffer grew to
	s.d.tags.groups = resize(s.d.tags.groups, len(s.actors))
	for k := range s.d.tags.groups {
		// Not asked yet (see group). Only the codes tell that: clearing
		// them alone spares clear's call and its pass for the collector.
		s.d.tags.groups[k].codes = nil
	}
	if len(s.actors) > 0 {
		s.relativeWhich()
	}
}

// sharedBody gives demonyms listed before one noun of a body the body
// too: in "Chinese and Indian firms shipped engines", "Chinese" names
// firms as "Indian firms" does, and the list is one subject. A state's
// name may stand last ("Chinese and Hong Kong entities"). Only the last
// demonym is followed by the noun, which made it a body (an institution)
// and left the first a bare adjective, of another kind, that no list
// joins (see coordinated).
func (s *sent) sharedBody() {
	toks := s.d.toks
	for b := len(s.actors) - 1; b > 0; b-- {
		ma, mb := &s.actors[b-1], &s.actors[b]
		if !ma.demonym || ma.ref.kind != kindDemonym || ma.possessive || mb.lo != ma.hi+1 {
			continue
		}
		// The second names a body by its demonym ("Indian firms") or by
		// its state's name ("Hong Kong entities").
		if !(mb.demonym && mb.ref.kind == kindInstitution || mb.ref.kind == kindCountry && !mb.possessive && mb.hi < s.hi && s.is(mb.hi, fGovernment)) {
			continue
		}
		switch toks[ma.hi].Norm {
		case "and", "or", ",":
			ma.ref.Kind, ma.ref.kind = "institution", kindInstitution
		}
	}
}

// theNamed tags "the company", "the firm", "the manufacturer" as the
// company the text named last, and "the group", "the militia" as the armed
// group: "Hyundai Rotem said ... The company said it has delivered all 180
// tanks" is Hyundai Rotem's word, and its deed; "Iran remains Hezbollah's
// patron ... providing the group with $700 million a year" pays Hezbollah,
// and "those groups" are the groups named last.
func (s *sent) theNamed(ref actorRef, noun func(string) bool) {
	toks := s.d.toks
	for j := s.next(s.lo, fDeterminer); j+1 < s.hi; j = s.next(j+1, fDeterminer) {
		if toks[j].Norm == "the" && s.patronModified(j, ref, noun) {
			continue
		}
		k := j + 1 // the noun, past a group's adjectives: "the paramilitary group"
		for ref.Kind == "group" && k+1 < s.hi && k-j <= 2 && groupAdjective(toks[k].Norm) && s.actAt[k-s.lo] < 0 {
			k++
		}
		if w := toks[j].Norm; w != "the" && (ref.Kind != "group" || w != "those" && w != "these") || s.actAt[j-s.lo] >= 0 || s.actAt[k-s.lo] >= 0 || !noun(toks[k].Norm) {
			continue
		}
		if k+1 < s.hi && (toks[k+1].Cap && toks[k+1].Kind == Word || toks[k+1].Norm == "of") {
			continue // "the Wagner Group", "the group of experts": another name
		}
		m := actorMention{lo: j, hi: k + 1, ref: ref}
		for a := range s.actors {
			if s.actors[a].hi <= j && s.actors[a].ref.Kind == ref.Kind && ref.Kind == "group" {
				m.ref = s.actors[a].ref // a group named earlier in the sentence
			}
		}
		if m.ref.Code == "" {
			continue
		}
		if m.hi < s.hi && toks[m.hi].Norm == "'s" {
			m.possessive, m.hi = true, m.hi+1
		}
		if p := s.prepBefore(j); p >= 0 {
			m.prep, m.pp = toks[p].Norm, lex.pps[toks[p].word]
		}
		s.insertActor(m)
	}
}

// patronGroups reads "Iran-backed militias" (aligned, allied,
// sponsored, supported), with no "the" before, as armed groups of the
// state they are based in, not of their patron: the state after "in"
// ("Iran-backed militias in Iraq"), else the state of the text's
// dateline. They are the groups "those groups" next refers to ("Iran has
// supplied those groups with drones" arms Iraq's militias). With neither,
// the patron stays a state of the sentence as before.
func (s *sent) patronGroups() {
	toks := s.d.toks
	for a := range s.actors {
		m := &s.actors[a]
		h := m.hi
		if m.demonym || m.ref.kind != kindCountry || h+2 >= s.hi || toks[h].Norm != "-" || !groupNoun(toks[h+2].Norm) || m.lo > s.lo && toks[m.lo-1].Norm == "the" {
			continue // ("the Iran-aligned group" is the group named before: see patronModified)
		}
		switch toks[h+1].Norm {
		case "aligned", "backed", "allied", "sponsored", "supported":
		default:
			continue
		}
		code := ""
		if k := h + 3; k+1 < s.hi && toks[k].Norm == "in" {
			if b := s.actorAt(k + 1); b >= 0 && s.actors[b].ref.kind == kindCountry {
				code = s.actors[b].ref.Code
			}
		}
		if code == "" {
			code = s.d.home.Code
		}
		if code == "" || code == m.ref.Code {
			continue
		}
		m.hi, m.ref, m.possessive = h+3, newActorRef(code, "group"), false
		m.codes = append(s.d.tags.newCodes(1), code)
		for k := m.lo; k < m.hi; k++ {
			s.actAt[k-s.lo] = int16(a)
		}
		s.d.lastGroup = m.ref
	}
}

// citizenAt reports whether the word at i, after a demonym, names a
// person by nationality: "a Pakistani national", "two Chinese citizens".
// ("the Afghan National Army" is a body, written with capitals.)
func citizenAt(toks []Token, i, hi int) bool {
	if i >= hi || toks[i].Cap {
		return false
	}
	switch toks[i].Norm {
	case "national", "nationals", "citizen", "citizens":
		return true
	}
	return false
}

// groupsIn reads "armed factions in Iraq", "militias in Syria" as armed
// groups of the state after "in", which is where they are based (FORMAT.md
// codes a group by it): the state is then the group, governed by the
// preposition before the group's noun, not a place where something
// happened ("Armed factions in Iraq have received drones" names who
// received them).
func (s *sent) groupsIn() {
	toks := s.d.toks
	for a := range s.actors {
		m := &s.actors[a]
		lo := m.lo - 2
		if m.ref.kind != kindCountry || m.possessive || lo < s.lo || toks[m.lo-1].Norm != "in" || !groupsNoun(toks[lo].Norm) {
			continue
		}
		for lo > s.lo && (groupAdjective(toks[lo-1].Norm) || toks[lo-1].Norm == "the") {
			lo-- // "the armed groups in Iraq", "rebel militias in Syria"
		}
		m.lo, m.ref = lo, newActorRef(m.ref.Code, "group")
		m.prep, m.pp = "", 0
		if p := s.prepBefore(lo); p >= 0 {
			m.prep, m.pp = toks[p].Norm, lex.pps[toks[p].word]
		}
		for k := m.lo; k < m.hi; k++ {
			s.actAt[k-s.lo] = int16(a)
		}
		s.d.lastGroup = m.ref
	}
}

// groupsNoun reports whether w names armed groups in the plural, which
// "in" a state places as based there: "militias in Iraq", "armed factions
// in Iraq".
func groupsNoun(w string) bool {
	switch w {
	case "groups", "militias", "factions":
		return true
	}
	return false
}

// givenNamesBefore reports whether the one word of a state's name at i
// ends a person's name: two capitalised words before it that are no
// state, title, preposition or article, in a sentence not written in
// title case ("Rear Admiral Roy Vincent Trinidad").
func (s *sent) givenNamesBefore(i int) bool {
	toks := s.d.toks
	if i-2 <= s.lo {
		return false
	}
	for j := i - 2; j < i; j++ {
		t := &toks[j]
		if t.Kind != Word || !t.Cap || t.Upper || len(t.Norm) < 2 || s.actAt[j-s.lo] >= 0 || s.is(j, fRole|fRolePrep|fDeterminer|fCalendar|fVerb) {
			return false
		}
	}
	return !s.titleCase()
}

// patronModified turns "the Iran-aligned group" (backed, allied, sponsored,
// supported), at the "the" at j, into a mention of the group: the state
// before the hyphen is its patron, no party of the sentence. The group is
// the one named earlier in the sentence, else ref. It reports whether it
// did.
func (s *sent) patronModified(j int, ref actorRef, noun func(string) bool) bool {
	toks := s.d.toks
	a := s.actorAt(j + 1)
	if a < 0 || s.actors[a].lo != j+1 {
		return false
	}
	h := s.actors[a].hi
	if h+2 >= s.hi || toks[h].Norm != "-" || !noun(toks[h+2].Norm) {
		return false
	}
	switch toks[h+1].Norm {
	case "aligned", "backed", "allied", "sponsored", "supported", "linked":
	default:
		return false
	}
	for b := range s.actors {
		if s.actors[b].hi <= j && s.actors[b].ref.Kind == "group" {
			ref = s.actors[b].ref // a group named earlier in the sentence
		}
	}
	if ref.Code == "" {
		return false
	}
	m := &s.actors[a]
	m.lo, m.hi, m.ref, m.demonym = j, h+3, ref, false
	if p := s.prepBefore(j); p >= 0 {
		m.prep, m.pp = toks[p].Norm, lex.pps[toks[p].word]
	}
	for k := m.lo; k < m.hi; k++ {
		s.actAt[k-s.lo] = int16(a)
	}
	return true
}

// relativeWhich tags "which" opening a clause set off after an actor as
// that actor: "turned to Italy, from which it bought two vessels", "Germany,
// which agreed to sell it four submarines". The relative pronoun stands for
// the state in its own clause, with its own preposition.
func (s *sent) relativeWhich() {
	toks := s.d.toks
	for j := s.next(s.lo+2, fWhich); j < s.hi; j = s.next(j+1, fWhich) {
		if toks[j].Norm != "which" || s.actAt[j-s.lo] >= 0 {
			continue
		}
		c, prep := j-1, -1
		if s.is(c, fRolePrep) {
			prep, c = c, c-1 // "Italy, from which"
		}
		if c <= s.lo || toks[c].Norm != "," {
			continue
		}
		a := s.actAt[c-1-s.lo]
		if u := s.apposedUnit(c); u >= 0 {
			// "equipped a Ukrainian brigade, which received 18 Caesar
			// howitzers": the unit's state, in the clause's role.
			m := actorMention{lo: j, hi: j + 1, ref: s.actors[u].ref, resolved: true}
			m.ref.kind = kindCountry // the unit, a body of the state, not an adjective
			m.codes, _, _ = s.group(u)
			if prep >= 0 {
				m.prep, m.pp = toks[prep].Norm, lex.pps[toks[prep].word]
			}
			s.insertActor(m)
			continue
		}
		if a < 0 {
			continue
		}
		ante := s.actors[a]
		if ante.hi != c || ante.possessive || ante.ref.kind == kindDemonym || ante.resolved {
			continue
		}
		k := int(a)
		for k > 0 && s.actors[k-1].possessive && s.actors[k-1].hi == s.actors[k].lo {
			k-- // "from Brazil's Embraer"
		}
		if p := s.actors[k].prep; p == "from" || p == "by" || p == "of" {
			continue // "jets bought from Brazil's Embraer, which arrived in 2020": the jets arrived
		}
		m := actorMention{lo: j, hi: j + 1, ref: ante.ref, resolved: true}
		m.codes, _, _ = s.group(int(a))
		if prep >= 0 {
			m.prep, m.pp = toks[prep].Norm, lex.pps[toks[prep].word]
		}
		s.insertActor(m)
	}
}

// whichAntecedent returns the first token of the actor that the relative
// "which" at j stands for (see relativeWhich), or j.
func (s *sent) whichAntecedent(j int) int {
	c := j - 1
	if c > s.lo && s.is(c, fRolePrep) {
		c--
	}
	if c > s.lo && s.d.toks[c].Norm == "," {
		if a := s.actorAt(c - 1); a >= 0 {
			return s.actors[a].lo
		}
	}
	return j
}

// apposedUnit returns unitOwner of the noun before the comma at c, or of
// the one before an apposition that ends there: "a Ukrainian brigade, the
// 155th "Anne of Kyiv", which ...".
func (s *sent) apposedUnit(c int) int {
	if u := s.unitOwner(c - 1); u >= 0 {
		return u
	}
	for k := c - 2; k > s.lo+1 && c-k <= 10; k-- {
		if s.d.toks[k].Norm == "," {
			if s.d.toks[k+1].Norm == "the" {
				return s.unitOwner(k - 1)
			}
			return -1
		}
	}
	return -1
}

// unitOwner returns the state named by the demonym just before the
// military unit noun at i ("a Ukrainian brigade", "the Polish army"), or -1.
func (s *sent) unitOwner(i int) int {
	switch s.d.toks[i].Norm {
	case "brigade", "brigades", "battalion", "battalions", "regiment", "division", "unit", "units", "army", "navy", "forces", "military":
	default:
		return -1
	}
	if a := s.actorAt(i - 1); a >= 0 && s.actors[a].demonym && s.actors[a].hi == i {
		return a
	}
	return -1
}

func companyNoun(w string) bool {
	switch w {
	case "company", "firm", "manufacturer", "maker", "shipbuilder", "shipyard", "contractor", "planemaker":
		return true
	}
	return false
}

// groupAdjective reports whether w may stand between "the" and an armed
// group's noun: "the paramilitary group", "the militant movement".
func groupAdjective(w string) bool {
	switch w {
	case "paramilitary", "armed", "militant", "rebel", "islamist", "shiite", "shia", "sunni", "jihadist", "insurgent":
		return true
	}
	return false
}

func groupNoun(w string) bool {
	switch w {
	case "group", "militia", "movement", "groups", "militias": // ("the rebels" may be the other side of its war)
		return true
	}
	return false
}

// branchCountry returns the end and code of a country named right after
// the firm in [lo, end) as part of the name of its branch ("MBDA
// Germany"); else end and "".
func (s *sent) branchCountry(lo, end int) (int, string) {
	toks := s.d.toks
	if end >= s.hi || !toks[end].Cap || !toks[end].Space || !firmNamed(s.d.text[toks[lo].Start:toks[end-1].End]) {
		return end, ""
	}
	hi, ref, ok := lex.actors.Match(toks, end, s.hi)
	if !ok || ref.kind != kindCountry || ref.Code == "" || hi < s.hi && toks[hi].Norm == "'s" {
		return end, ""
	}
	return hi, ref.Code
}

// companySuffix returns the end of a company's name at end, past a legal
// form written after it: "Hyundai Rotem Co.", "Norinco Ltd", "Rheinmetall
// AG". The form's period, if any, is taken unless it ends the sentence.
func (s *sent) companySuffix(end int) int {
	toks := s.d.toks
	if end >= s.hi || !toks[end].Cap {
		return end
	}
	switch toks[end].Norm {
	case "co", "corp", "inc", "ltd", "plc", "ag", "gmbh", "llc", "sa", "nv", "spa", "asa", "ab", "oy", "jsc", "pjsc":
	default:
		return end
	}
	end++
	if end+1 < s.hi && toks[end].Norm == "." && !toks[end].Space {
		end++
	}
	return end
}

// sharedNames are the names the lexicon leaves out because two states
// bear them ("Korea", "Korean", "Congo", "Congolese"), with the two codes
// and the kind of name. See oneOfTwo.
var sharedNames = map[string]struct {
	codes [2]string
	kind  string
}{
	"korea":     {[2]string{"KR", "KP"}, "country"},
	"korean":    {[2]string{"KR", "KP"}, "demonym"},
	"koreans":   {[2]string{"KR", "KP"}, "demonym"},
	"congo":     {[2]string{"CD", "CG"}, "country"},
	"congolese": {[2]string{"CD", "CG"}, "demonym"},
}

// oneOfTwo returns, for a name two states bear at token i (sharedNames),
// the one of them the text has named so far (this sentence's actors
// before i and the sentences before), with its kind; "" when it has
// named neither or both. "South Korea's Hanwha ... with Korean help" is
// South Korea's. Not in "the Korean War" or "the Korean peninsula", which
// are both's.
func (s *sent) oneOfTwo(i int) (string, string) {
	toks := s.d.toks
	if !mayShareName(&toks[i]) {
		return "", "" // most tries: the test spares the map its hashing
	}
	sh, ok := sharedNames[toks[i].Norm]
	if !ok || i+1 < s.hi && (toks[i+1].Norm == "war" || toks[i+1].Norm == "peninsula") {
		return "", ""
	}
	var seen [2]bool
	note := func(code string) {
		for n, c := range sh.codes {
			if c == code {
				seen[n] = true
			}
		}
	}
	for k := range s.d.nMentions {
		note(s.d.mentions[k].code)
	}
	for a := range s.actors {
		note(s.actors[a].ref.Code)
	}
	switch {
	case seen[0] && !seen[1]:
		return sh.codes[0], sh.kind
	case seen[1] && !seen[0]:
		return sh.codes[1], sh.kind
	}
	return "", ""
}

// combiningForms are the forms a demonym takes before a hyphen and
// another demonym: "Franco-Italian", "Anglo-French", "Sino-Russian".
// Alone they name no state ("Franco" is a surname), so the lexicon
// leaves them out; combiningForm reads them in their compound.
var combiningForms = map[string]string{
	"anglo": "GB", "franco": "FR", "italo": "IT", "russo": "RU", "sino": "CN",
	"indo": "IN", "turco": "TR", "germano": "DE", "hispano": "ES", "nippo": "JP",
	"luso": "PT", "greco": "GR", "polono": "PL", "swedo": "SE",
}

// combiningForm returns the state a capitalised combining form at i names
// when a joining hyphen and a demonym or another combining form follow it
// ("the Franco-Italian SAMP/T": France, as "Italian" is Italy); else "".
func (s *sent) combiningForm(i int) string {
	toks := s.d.toks
	if !toks[i].Cap || i+2 >= s.hi || !Joiner(toks, i+1) {
		return "" // most words: the map is read only after these tests
	}
	code := combiningForms[toks[i].Norm]
	if code == "" {
		return ""
	}
	if combiningForms[toks[i+2].Norm] != "" {
		return code // "Franco-Italo-Spanish"
	}
	if _, ref, ok := lex.actors.Match(toks, i+2, s.hi); ok && ref.kind == kindDemonym {
		return code
	}
	return ""
}

// mayShareName reports whether t may be a name two states bear
// (sharedNames: "Korean", "Congolese"): capitalised, of five letters or
// more, the first a k or a c. Most words tagActors tries are not ("the",
// "to", "said"), and the test, inlined, spares them the call of oneOfTwo.
func mayShareName(t *Token) bool {
	return t.Cap && len(t.Norm) >= 5 && (t.Norm[0] == 'k' || t.Norm[0] == 'c')
}

// regionOfKorea reports whether the actor matched at [i, end) is "the
// North" or "the South" (the Koreas, in this domain) opening the name of
// another region or people: a capitalised word that is no verb follows
// ("the North African country", "the South American nation"); a headline's
// "The North Sends Troops" and a weapon's name ("given the North Pantsir
// systems") keep its Korea.
func (s *sent) regionOfKorea(i, end int) bool {
	if end != i+2 {
		return false
	}
	return s.regionOfKoreaRest(i, end)
}

// regionOfKoreaRest is regionOfKorea past its first test (see gates in words.go):
// the name is two tokens. Small enough to inline, it is kept out of line so
// that its gate stays small enough to be.
//
//go:noinline
func (s *sent) regionOfKoreaRest(i, end int) bool {
	toks := s.d.toks
	if end >= s.hi || toks[i].Norm != "the" {
		return false
	}
	if w := toks[i+1].Norm; w != "north" && w != "south" {
		return false
	}
	next := &toks[end]
	// A weapon's name after it is the second object of a giving verb
	// ("had given the North Pantsir systems"), not a region's name.
	return next.Kind == Word && next.Cap && !s.is(end, fVerb) && !s.is(end, fMateriel)
}

// placeNounEnd returns the end of a place noun at token i, or after one
// word that modifies it ("ports", "drone factories"), and whether there is
// one. A place held by someone else is not the state's to receive:
// "Ukrainian territory occupied by Russia".
func (s *sent) placeNounEnd(i int) (int, bool) {
	toks := s.d.toks
	if i+1 < s.hi && toks[i].Kind == Word && !s.is(i, fStop) && s.is(i+1, fPlaceNoun) {
		i++
	}
	if i >= s.hi || !s.is(i, fPlaceNoun) {
		return 0, false
	}
	for j := i + 1; j < s.hi && j <= i+3; j++ {
		if occupiedWord(toks[j].Norm) {
			return 0, false
		}
	}
	return i + 1, true
}

// ownedPlace reports whether a name ending before token i is joined to
// "owned", "run" or "operated" before a noun of place: "a US-owned
// warehouse in the Netherlands", "a Russian-run base". The name says whose
// the place is; goods sent from it are sent by whoever sends them.
func (s *sent) ownedPlace(i int) bool {
	if i+2 >= s.hi || !s.d.toks[i].joiner {
		return false
	}
	return s.ownedPlaceRest(i)
}

// ownedPlaceRest is ownedPlace past its first test (see gates in words.go):
// two tokens follow i, a joiner (i > 0: a name ends before it).
func (s *sent) ownedPlaceRest(i int) bool {
	toks := s.d.toks
	switch toks[i+1].Norm {
	case "owned", "run", "operated":
	default:
		return false
	}
	_, ok := s.placeNounEnd(i + 2)
	return ok
}

// occupiedWord reports whether w says a place is held by another:
// "territory occupied by Russia", "areas controlled by Russian forces".
func occupiedWord(w string) bool {
	switch w {
	case "occupied", "controlled", "held", "annexed", "seized":
		return true
	}
	return false
}

// noteOutlet tries the outlets at token i, for tagOutlets, unless i is
// inside the last one found.
//
// tagActors calls it at every token an outlet may start at, in order: where
// the actor trie matches, since every outlet is also an entry of it
// (blocking the names inside), and at the tokens inside the names it passes
// over. So it finds what a scan of the sentence for outlets would.
func (s *sent) noteOutlet(i int) {
	if i < s.d.tags.outletEnd || !lex.outlets.mayMatch(s.d.toks, i, s.hi) {
		return
	}
	if end, name, ok := lex.outlets.Match(s.d.toks, i, s.hi); ok {
		s.d.tags.outlet, s.d.tags.outletEnd = name, end
	}
}

// skipOutlets calls noteOutlet at the tokens from lo to hi that may start
// an outlet, which tagActors passes over inside a name.
func (s *sent) skipOutlets(lo, hi int) {
	for j := lo; j < hi; j++ {
		if s.is(j, fOutlet) {
			s.noteOutlet(j) // "Korean" in "North Korean", as in "Korean Central News Agency"
		}
	}
}

// noteBacked notes the state whose possessive names the givers of arms or
// help to it: "Poland has been one of Ukraine's most important backers".
func (s *sent) noteBacked() {
	toks := s.d.toks
	for a := range s.actors {
		m := &s.actors[a]
		if !m.possessive || m.demonym || m.ref.kind != kindCountry {
			continue
		}
		for j := m.hi; j < s.hi && j <= m.hi+3; j++ {
			if backerNoun(toks[j].Norm) {
				s.d.backed = m.ref.Code
				return
			}
			if toks[j].Kind != Word {
				break
			}
		}
	}
}

// backerNoun reports whether w names those who arm or help a state, after
// its possessive: "Ukraine's backers", "Kyiv's main arms suppliers".
func backerNoun(w string) bool {
	switch w {
	case "backer", "backers", "supporter", "supporters", "donor", "donors", "supplier", "suppliers", "benefactor", "benefactors", "patron", "patrons":
		return true
	}
	return false
}

// rememberSubject notes the sentence's first actor that no preposition
// governs, for a pronoun in a later sentence ("Sweden has trained crews. It
// will also send howitzers").
func (s *sent) rememberSubject() {
	for a := range s.actors {
		if m := &s.actors[a]; !s.alone(a) && !m.demonym && (m.ref.kind == kindCountry || m.ref.Kind == "capital") {
			if codes, lo, _ := s.group(a); len(codes) >= 2 && lo == m.lo {
				if len(codes) <= len(s.d.lastList) {
					s.d.nLastList = copy(s.d.lastList[:], codes) // "Germany, Denmark and the Netherlands"
					s.d.lastListSent = s.idx
				}
			}
		}
	}
	if s.d.backed == "" {
		s.noteBacked()
	}
	owner := -1 // a state whose possessive opens the sentence
	for a := range s.actors {
		m := &s.actors[a]
		if m.prep == "" && !m.possessive && (!m.demonym || s.demonymBody(a) || s.ledBy(a)) { // ("The Czech-led initiative ... It": the state that leads it)
			if s.lexVerbBefore(m.lo) {
				return // "The government approved a plan to provide Ukraine with": an object
			}
			s.d.tags.subject = *m
			s.d.tags.subject.codes, _, _ = s.group(a)
			s.d.lastSubject = &s.d.tags.subject
			return
		}
		if owner < 0 && m.possessive && !m.demonym && (m.prep == "" || m.prep == "of") && m.lo-s.lo <= 4 {
			owner = a
		}
	}
	// With no state for subject, the one whose possessive opens it is
	// what "its" next refers to: "Not all of Ankara's own shopping has gone
	// smoothly. Its request to buy 40 F-16s ...".
	if owner >= 0 {
		s.d.tags.subject = s.actors[owner]
		s.d.tags.subject.possessive, s.d.tags.subject.prep = false, ""
		s.d.tags.subject.codes = []string{s.actors[owner].ref.Code}
		s.d.lastSubject = &s.d.tags.subject
	}
}

// demonymBody reports whether the demonym a names a state's governing or
// armed body with the noun after it, which then stands for the state as a
// subject: "The Belarusian army has been preparing ... It received".
func (s *sent) demonymBody(a int) bool {
	m := &s.actors[a]
	toks := s.d.toks
	j := m.hi
	if j >= s.hi {
		return false
	}
	switch toks[j].Norm {
	case "government", "army", "navy", "military", "regime", "authorities", "administration":
	case "air":
		if j+1 >= s.hi || toks[j+1].Norm != "force" {
			return false
		}
		j++
	default:
		return false
	}
	// The body is the head, not a modifier: "Two Egyptian military
	// aircraft" are aircraft.
	return j+1 >= s.hi || !s.is(j+1, fMateriel) && toks[j+1].Norm != "aircraft"
}

// stateCount is how often a text names a state (see textState.mentions).
type stateCount struct {
	code string
	// key is the code's two letters as one number: countMentions finds a
	// state's count with one comparison of numbers per count, where each
	// comparison of strings would be a call.
	key uint16
	n   int
	to  bool // named after "to" or "for" at least once: "military aid to Ukraine"
}

// sentState is what a later sentence may need of one read before it: the
// states its head names as its topic (see topicStates), and its paragraph.
type sentState struct {
	codes [2]string // the states, "" where fewer
	n     int       // how many of codes are set; -1: the sentence names states, but none as its topic
	// named holds the last states the sentence names in any role, latest
	// first, for a state described by its region (see regionBefore).
	named [4]string
	para  int
	aid   aidStates // the states it names as where aid goes
	// flags is the union of its words' flags (see sent.flags), kept for
	// finish: the scans there for the ordinals that number a deal or a
	// series (dealOrdinals, firstOfSeries), each of every sentence of a
	// claim, are spared the sentences that hold no fOrdinal word, most.
	flags wordFlag
}

// aidStates are the states a sentence names as where aid goes (see
// aidGoesTo): the first two, and whether it names more.
type aidStates struct {
	codes [2]string
	n     int  // how many of codes are set
	more  bool // a third was named
}

// add notes state code, once.
func (a *aidStates) add(code string) {
	if slices.Contains(a.codes[:a.n], code) {
		return
	}
	if a.n == len(a.codes) {
		a.more = true
		return
	}
	a.codes[a.n] = code
	a.n++
}

// topicStates returns the states the sentence names as its topic: by name,
// capital, leader or demonym ("Venezuela's government is isolated"), near
// its head and not after "from", "against" or the like; at most two, for a
// giver may be among them ("Russia remains India's biggest source of
// weapons"). A body named alone ("the Pentagon") sets no topic. n is -1 if
// the sentence names states but no such two, 0 if none.
func (s *sent) topicStates() (codes [2]string, n int) {
	for a := range s.actors {
		m := &s.actors[a]
		if len(m.ref.Code) != 2 || m.ref.Code == "EU" || m.ref.kind == kindInstitution && m.ref.Kind != "capital" {
			continue
		}
		switch m.prep {
		case "from", "against", "at", "on", "into", "over", "with", "by", "near", "toward", "towards":
			return codes, -1 // where goods come from or strikes go: no topic a recipient may be
		}
		if k := m.lo - 1; k > s.lo && (harmVerb(s.d.toks[k].Norm) || s.d.toks[k].Norm == "the" && harmVerb(s.d.toks[k-1].Norm)) {
			return codes, -1 // "Iraqi militias have attacked US bases": what was struck
		}
		if codes[0] == m.ref.Code || codes[1] == m.ref.Code {
			continue // named again
		}
		if m.lo-s.lo > 4 || n == 2 {
			return codes, -1 // the topic a sentence sets stands at its head: "Poland has become ...", "India's air force is ..."
		}
		codes[n] = m.ref.Code
		n++
	}
	return codes, n
}

// accordingTo reports whether "according to" (and "the") stands right
// before token i: "Iran has supplied it with drones, according to the U.S.
// Treasury" names a source there, to which nothing goes.
func (s *sent) accordingTo(i int) bool {
	toks := s.d.toks
	j := i - 1
	if j > s.lo && toks[j].Norm == "the" {
		j--
	}
	return j > s.lo && toks[j].Norm == "to" && toks[j-1].Norm == "according"
}

// countMentions adds the sentence's mentions of states, by name, capital,
// leader, demonym or place, to the text's counts.
func (s *sent) countMentions() {
	d := s.d
	for a := range s.actors {
		m := &s.actors[a]
		if len(m.ref.Code) != 2 || m.ref.Code == "EU" || m.ref.kind == kindInstitution && m.ref.Kind != "capital" {
			continue
		}
		key := uint16(m.ref.Code[0]) | uint16(m.ref.Code[1])<<8 // the code has two letters
		k := 0
		for k < d.nMentions && d.mentions[k].key != key {
			k++
		}
		if k == d.nMentions {
			if k == len(d.mentions) {
				continue
			}
			d.mentions[k], d.nMentions = stateCount{code: m.ref.Code, key: key}, k+1
		}
		d.mentions[k].n++
		if m.prep == "to" || m.prep == "for" {
			d.mentions[k].to = true
		}
		if s.aidGoesTo(a) {
			s.aid.add(m.ref.Code) // the state aid is said to go to, for the givers that name none (see recentAidState)
		}
	}
}

// lexVerbBefore reports whether a verb of transfer, promise or speech
// comes in the sentence before token i; it needs no triggers tagged.
func (s *sent) lexVerbBefore(i int) bool {
	for j := s.next(s.lo, fVerb); j < i; j = s.next(j+1, fVerb) {
		if _, ok := s.verbAt(j); ok && !s.nounUse(j) {
			return true
		}
	}
	return false
}

// surname is the last word of a leader's name and the leader it stands
// for once the full name is told.
type surname struct {
	word wordID // the lexicons know every word of a leader's name
	norm string
	ref  actorRef
}

// noteSurname keeps the last word of a leader named in full.
func (d *doc) noteSurname(t *Token, ref actorRef) {
	for _, n := range d.surnames[:d.nSurnames] {
		if n.norm == t.Norm {
			return
		}
	}
	if d.nSurnames < len(d.surnames) {
		d.surnames[d.nSurnames] = surname{t.word, t.Norm, ref}
		d.nSurnames++
		d.surnameBits |= 1 << (t.word % 64)
	}
}

// tagSurnames tags a leader's surname alone, told after the full name
// ("President Gustavo Petro said ... Petro suspended weapons purchases
// from Israel"), as the leader: a capitalised word alone, no part of a
// longer name.
func (s *sent) tagSurnames() {
	if s.d.nSurnames == 0 {
		return // most texts name no leader in full
	}
	toks, bits := s.d.toks, s.d.surnameBits
	span := toks[s.lo:s.hi] // ranged over: no bounds check on each token
	for k := range span {
		if bits&(1<<(span[k].word%64)) == 0 {
			continue // most tokens: no surname's word
		}
		i := s.lo + k
		t := &toks[i]
		if t.word == 0 || !t.Cap || s.actAt[i-s.lo] >= 0 {
			continue
		}
		if i > s.lo && toks[i-1].Kind == Word && toks[i-1].Cap || i+1 < s.hi && toks[i+1].Kind == Word && toks[i+1].Cap {
			continue // "Petro Poroshenko": a longer name
		}
		for _, n := range s.d.surnames[:s.d.nSurnames] {
			if n.word != t.word || n.norm != t.Norm {
				continue
			}
			m := actorMention{lo: i, hi: i + 1, ref: n.ref}
			if i+1 < s.hi && toks[i+1].Norm == "'s" {
				m.possessive, m.hi = true, i+2
			}
			if p := s.prepBefore(i); p >= 0 {
				m.prep, m.pp = toks[p].Norm, lex.pps[toks[p].word]
			}
			s.insertActor(m)
			break
		}
	}
}

// countryOpening tags "The country", "The nation" or "The kingdom" (perhaps
// with where it lies: "The North African country") that opens a sentence
// as its subject, before a verb, as the state that last did something: "The
// country was among the first to send tanks, handing over 320 T-72s".
func (s *sent) countryOpening() {
	if s.d.lastSubject == nil || s.d.toks[s.lo].Norm != "the" {
		return
	}
	s.countryOpeningRest()
}

// countryOpeningRest is countryOpening past its first test (see gates in words.go):
// a subject was told before, and the sentence opens with "the".
func (s *sent) countryOpeningRest() {
	toks := s.d.toks
	last := s.d.lastSubject
	if s.hi-s.lo < 4 || s.actAt[1] >= 0 {
		return
	}
	h := s.lo + 1
	for h < s.lo+4 && h+1 < s.hi && toks[h].Cap && toks[h].Kind == Word && s.actAt[h-s.lo] < 0 {
		h++ // "The North African country", "The Gulf kingdom": where it lies
	}
	switch toks[h].Norm {
	case "country", "nation", "kingdom", "emirate":
	default:
		return
	}
	if j := h + 1; j >= s.hi || !s.is(j, fBe|fVerb|fModal) && !isAux(toks[j].Norm) && !s.is(j, fAdverb) {
		return
	}
	m := *last
	if code := s.monarchyBefore(toks[h].Norm, m.ref.Code); code != "" {
		m = actorMention{ref: newActorRef(code, "country"), codes: []string{code}}
	} else if code := s.regionBefore(s.lo+1, h, m.ref.Code); code != "" {
		m = actorMention{ref: newActorRef(code, "country"), codes: []string{code}}
	}
	m.lo, m.hi, m.prep, m.pp, m.possessive, m.speaker, m.resolved = s.lo, h+1, "", 0, false, false, true
	s.insertActor(m)
}

// countryPlace tags "in the country" (to, into) as the state a
// preposition named before it in the sentence: "When Wagner announced its
// exit from Mali, the corps stayed on; officials estimate it has 2,000
// personnel in the country" — Mali, not whoever acts there.
func (s *sent) countryPlace() {
	toks := s.d.toks
	for k := s.lo + 2; k < s.hi; k++ {
		if toks[k].Norm != "country" || toks[k-1].Norm != "the" || s.actAt[k-s.lo] >= 0 || s.actAt[k-1-s.lo] >= 0 {
			continue
		}
		p := toks[k-2].Norm
		if p != "in" && p != "to" && p != "into" {
			continue
		}
		code := ""
		for a := range s.actors {
			m := &s.actors[a]
			if m.lo >= k-2 {
				break
			}
			if m.ref.kind == kindCountry && (m.prep == "from" || m.prep == "in" || m.prep == "to" || m.prep == "into") {
				code = m.ref.Code
			}
		}
		if code == "" {
			continue
		}
		for a := range s.actors {
			if m := &s.actors[a]; m.lo < k-2 && m.prep == "" && m.ref.Code == code {
				code = "" // the subject's own country: "Mali's junta says troops in the country ..."
			}
		}
		if code == "" {
			continue
		}
		m := actorMention{lo: k - 1, hi: k + 1, ref: newActorRef(code, "country"), resolved: true}
		m.codes = append(s.d.tags.newCodes(1), code)
		m.prep, m.pp = p, lex.pps[toks[k-2].word]
		s.insertActor(m)
	}
}

// monarchies are the states "the kingdom" or "the emirate" can name.
var (
	kingdoms = setOf("SA", "GB", "JO", "MA", "BH", "ES", "NL", "BE", "NO", "SE", "DK", "TH", "KH", "BT", "LS", "SZ", "TO")
	emirates = setOf("AE", "QA", "KW")
)

// monarchyBefore returns, when "the kingdom" or "the emirate" (noun)
// cannot be the state last, the last topic state of the sentences just
// before that it can be: "Saudi Arabia sought F-35s. Washington has been
// wary. The kingdom has also turned to China" is Saudi Arabia's turn. ""
// if the noun fits last, or no state near fits it.
func (s *sent) monarchyBefore(noun, last string) string {
	var fit map[string]bool
	switch noun {
	case "kingdom":
		fit = kingdoms
	case "emirate":
		fit = emirates
	default:
		return ""
	}
	if fit[last] {
		return ""
	}
	for k := s.idx - 1; k >= 0 && s.idx-k <= 3; k-- {
		st := &s.d.sentStates[k]
		for c := 0; c < st.n && c < 2; c++ {
			if fit[st.codes[c]] {
				return st.codes[c]
			}
		}
	}
	return ""
}

// regionBefore returns, when the description of a state in tokens lo..hi
// (the words between "the" and its noun: "Nordic" in "the Nordic country")
// names a region last does not lie in, the last state of the sentences
// just before that does: "Norway ordered howitzers. Germany sent rifles to
// Estonia. The Nordic country also pledged drones" is Norway's pledge,
// whoever was the last subject. "" if the region is none the lexicon
// knows, last fits it, or no state near does.
func (s *sent) regionBefore(lo, hi int, last string) string {
	if hi <= lo || hi-lo > 3 {
		return ""
	}
	toks := s.d.toks
	key := toks[lo].Norm
	for k := lo + 1; k < hi; k++ {
		key += " " + toks[k].Norm
	}
	fit := lex.regions[key]
	if fit == nil || fit[last] {
		return ""
	}
	for k := s.idx - 1; k >= 0 && s.idx-k <= 5; k-- {
		for _, code := range s.d.sentStates[k].named {
			if fit[code] {
				return code
			}
		}
	}
	return ""
}

// namedStates returns the last four states the sentence names, latest
// first (see sentState.named).
func (s *sent) namedStates() (named [4]string) {
	n := 0
	for a := len(s.actors) - 1; a >= 0 && n < len(named); a-- {
		m := &s.actors[a]
		if len(m.ref.Code) != 2 || m.ref.kind == kindInstitution && m.ref.Kind != "capital" || slices.Contains(named[:n], m.ref.Code) {
			continue
		}
		named[n] = m.ref.Code
		n++
	}
	return named
}

// itsBody reads "Its navy", "Its air force", opening a sentence, as a body
// of the one state the sentence before names as its topic: "Bangladesh is
// the second-largest buyer. Its navy bought two refurbished submarines
// from China" is Bangladesh's navy, whatever flows were told before.
func (s *sent) itsBody() {
	if s.d.toks[s.lo].Norm != "its" {
		return
	}
	s.itsBodyRest()
}

// itsBodyRest is itsBody past its first test (see gates in words.go): the
// sentence opens with "its".
func (s *sent) itsBodyRest() {
	toks := s.d.toks
	if s.idx == 0 || s.hi-s.lo < 3 || s.actAt[1] >= 0 {
		return
	}
	switch toks[s.lo+1].Norm {
	case "navy", "army", "air", "military", "government", "forces", "armed", "marines", "coast":
	default:
		return // not "Its defence export contracts reached": a modifier, no body
	}
	prev := &s.d.sentStates[s.idx-1]
	code := ""
	switch {
	case prev.n == 1:
		code = prev.codes[0]
	case prev.n == 2 && s.d.hasBefore && s.d.before.ref.Code == prev.codes[0]:
		code = prev.codes[0] // "Poland sent tanks to Ukraine. Its army ...": the subject's
	default:
		return
	}
	end := s.lo + 2
	if toks[s.lo+1].Norm == "air" && end < s.hi && toks[end].Norm == "force" {
		end++
	}
	m := actorMention{lo: s.lo, hi: end, ref: newActorRef(code, "institution"), resolved: true}
	m.codes = append(s.d.tags.newCodes(1), code)
	s.insertActor(m)
}

// itsSupplier reads "its" before a ranked "supplier" as the possessive
// of the state the clause is about: "India remained the second-largest
// importer, and Russia was still its main supplier", "Armenia is buying
// howitzers from France, diversifying away from Russia, its traditional
// supplier". That is the first state the sentence names, when it is not
// the supplier named just before "its"; else the one state the sentence
// before names as its topic ("India was the largest importer. Russia
// remained its main supplier"). So before ranked "customers", whose "its"
// is the seller: "Turkey is the 12th-largest exporter. Its main customers
// were ...".
func (s *sent) itsSupplier() {
	if !s.has(fRare) {
		return // (no "supplier": see rareWords)
	}
	toks := s.d.toks
	for _, k := range s.rareFrom(s.lo) {
		if toks[k].Norm != "supplier" && toks[k].Norm != "customers" {
			continue
		}
		j := k - 1 // back to "its", past the words of rank and "arms"
		for j > s.lo && (supplierRank(toks[j].Norm) || rankWord(toks[j].Norm) || toks[j].Norm == "-" || toks[j].Norm == "arms" || toks[j].Norm == "weapons") {
			j--
		}
		if j >= s.lo && toks[j].Norm == "its" && s.actorAt(j) < 0 {
			s.itsSupplierAt(j) // ("Its main customers were": the sentence may open with it)
		}
	}
}

// itsSupplierAt is itsSupplier for the "its" at j.
func (s *sent) itsSupplierAt(j int) {
	toks := s.d.toks
	k := j + 1
	for k < s.hi && (supplierRank(toks[k].Norm) || rankWord(toks[k].Norm) || toks[k].Norm == "-") {
		k++
	}
	if k == j+1 || k >= s.hi {
		return
	}
	if k+1 < s.hi && (toks[k].Norm == "arms" || toks[k].Norm == "weapons") {
		k++ // "its main arms supplier"
	}
	if toks[k].Norm != "supplier" && toks[k].Norm != "customers" {
		return
	}
	var first, last = -1, -1 // the first and the last state named before "its"
	for a := range s.actors {
		if m := &s.actors[a]; m.hi <= j && !m.demonym && m.ref.kind == kindCountry {
			if first < 0 {
				first = a
			}
			last = a
		}
	}
	code := ""
	switch {
	case first >= 0 && s.actors[first].ref.Code != s.actors[last].ref.Code:
		code = s.actors[first].ref.Code
	case s.idx > 0 && s.d.sentStates[s.idx-1].n == 1 && (last < 0 || s.d.sentStates[s.idx-1].codes[0] != s.actors[last].ref.Code):
		code = s.d.sentStates[s.idx-1].codes[0]
	default:
		return
	}
	s.insertItsState(j, code)
}

// itsExports reads "its" before "exports" after a share ("taking 34
// percent of its arms exports") as the exporter: a state does not take a
// share of its own exports, so "its" is not the taker that opens the
// sentence but the other state named before it ("India was Russia's main
// customer, taking 34 percent of its arms exports"), or else the one state
// the sentence before names as its topic ("Russia's exports fell. India
// was the main customer, taking 34 percent of its arms exports").
//
// So "its" before "imports" after a share ("accounts for the largest share
// of its imports") is the importer, not the supplier named just before it
// (see itsImporterAt). "Its" that opens a sentence on exports is read by
// itsOpeningExporter.
func (s *sent) itsExports() {
	toks := s.d.toks
	if toks[s.lo].Norm == "its" && s.actorAt(s.lo) < 0 && s.exportsAt(s.lo+1) {
		s.itsOpeningExporter(s.lo)
	}
	for k := s.next(s.lo, fNoun); k < s.hi; k = s.next(k+1, fNoun) {
		if toks[k].Norm != "exports" && toks[k].Norm != "imports" {
			continue
		}
		j := k - 1
		for j > s.lo && (toks[j].Norm == "arms" || toks[j].Norm == "weapons" || toks[j].Norm == "defence" || toks[j].Norm == "defense" || toks[j].Norm == "military" || toks[j].Norm == "major") {
			j--
		}
		if j-2 > s.lo && toks[j].Norm == "its" && toks[j-1].Norm == "of" && s.actorAt(j) < 0 && shareWord(toks[j-2].Norm) {
			if toks[k].Norm == "imports" {
				s.itsImporterAt(j)
			} else {
				s.itsExporterAt(j)
			}
		}
	}
}

// itsOpeningExporter is itsExports for "Its" opening a sentence before
// "exports" ("South Korea is further ahead. Its arms exports topped 9
// billion dollars"): whose exports they are is the one state the sentence
// before, in the same paragraph, has for its topic.
func (s *sent) itsOpeningExporter(j int) {
	if s.idx == 0 {
		return
	}
	if prev := &s.d.sentStates[s.idx-1]; prev.n == 1 && prev.para == s.para {
		s.insertItsState(j, prev.codes[0])
	}
}

// exportsAt reports whether the words from j name a state's arms exports:
// "arms exports", "defence export contracts", "export sales".
func (s *sent) exportsAt(j int) bool {
	toks := s.d.toks
	for j < s.hi && (toks[j].Norm == "arms" || toks[j].Norm == "weapons" || toks[j].Norm == "defence" || toks[j].Norm == "defense" || toks[j].Norm == "military") {
		j++
	}
	if j >= s.hi {
		return false
	}
	if toks[j].Norm == "exports" {
		return true
	}
	return toks[j].Norm == "export" && j+1 < s.hi && (contractNoun(toks[j+1].Norm) || toks[j+1].Norm == "sales" || toks[j+1].Norm == "orders")
}

// itsImporterAt is itsExports for the "its" before "imports" at j. A
// supplier does not supply a share of its own imports: the state named
// last before "its" is the supplier, and "its" the first other state the
// sentence names ("At least 35 states armed Ukraine, led by the United
// States, which accounted for 45% of its imports"), or else the one state
// the sentence before names as its topic ("India was the largest importer.
// Russia still supplied 36% of its imports").
func (s *sent) itsImporterAt(j int) {
	supplier := -1
	for a := range s.actors {
		if m := &s.actors[a]; m.hi <= j && !m.demonym && m.ref.kind == kindCountry {
			supplier = a
		}
	}
	if supplier < 0 {
		return // "45% of its imports came from the United States": the generic reading stands
	}
	code, sup := "", s.actors[supplier].ref.Code
	for a := range s.actors[:supplier] {
		if m := &s.actors[a]; !m.demonym && m.ref.kind == kindCountry && m.ref.Code != sup {
			code = m.ref.Code
			break
		}
	}
	if prev := s.idx - 1; code == "" && prev >= 0 && s.d.sentStates[prev].n == 1 && s.d.sentStates[prev].codes[0] != sup {
		code = s.d.sentStates[prev].codes[0]
	}
	if code != "" {
		s.insertItsState(j, code)
	}
}

// shareWord reports whether w names a share of a whole before "of":
// "34 percent of", "half of", "the bulk of".
func shareWord(w string) bool {
	switch w {
	case "percent", "cent", "%", "half", "third", "quarter", "share", "bulk", "most", "much":
		return true
	}
	return false
}

// insertItsState reads the "its" at j as the state code, as if the text
// had named it there in the possessive (see itsSupplierAt, itsExporterAt).
func (s *sent) insertItsState(j int, code string) {
	m := actorMention{lo: j, hi: j + 1, ref: newActorRef(code, "country"), resolved: true, possessive: true}
	m.codes = append(s.d.tags.newCodes(1), code)
	s.insertActor(m)
}

// itsExporterAt is itsExports for the "its" at j.
func (s *sent) itsExporterAt(j int) {
	first, other := -1, -1 // the first state named before "its", and the last other than it
	for a := range s.actors {
		if m := &s.actors[a]; m.hi <= j && !m.demonym && m.ref.kind == kindCountry {
			if first < 0 {
				first = a
			} else if m.ref.Code != s.actors[first].ref.Code {
				other = a
			}
		}
	}
	code := ""
	switch {
	case first < 0:
		return // "its" with no taker named: the generic reading stands
	case other >= 0:
		code = s.actors[other].ref.Code
	case s.idx > 0 && s.d.sentStates[s.idx-1].n == 1 && s.d.sentStates[s.idx-1].codes[0] != s.actors[first].ref.Code:
		code = s.d.sentStates[s.idx-1].codes[0]
	default:
		return
	}
	s.insertItsState(j, code)
}

// theJunta tags "the junta" as the state whose junta the text named
// last: "a source close to Mali's junta said ... In January 2023 the junta
// received L-39 training jets". A junta named with its state ("Mali's
// junta", "the Malian junta") is noted for the sentences after it.
func (s *sent) theJunta() {
	if !s.has(fRare) {
		return // (no "junta": see rareWords)
	}
	toks := s.d.toks
	for _, j := range s.rareFrom(s.lo + 1) {
		if toks[j].Norm == "junta" {
			s.juntaAt(j)
		}
	}
}

// juntaAt is theJunta for the "junta" at j.
func (s *sent) juntaAt(j int) {
	if a := s.actorAt(j); a >= 0 {
		s.d.junta = s.actors[a].ref.Code // "the Malian junta", read with its demonym
		return
	}
	if a := s.actorAt(j - 1); a >= 0 {
		if m := &s.actors[a]; m.possessive || m.demonym {
			s.d.junta = m.ref.Code // "Mali's junta"
		}
		return
	}
	if s.d.junta == "" || s.d.toks[j-1].Norm != "the" || !s.toldNear(s.d.junta) {
		return
	}
	m := actorMention{lo: j - 1, hi: j + 1, ref: newActorRef(s.d.junta, "institution"), resolved: true}
	m.codes = append(s.d.tags.newCodes(1), s.d.junta)
	s.insertActor(m)
}

// toldNear reports whether the sentence or one of the two before it
// names state code as its topic or among its actors: a text that tells of
// several juntas ("Niger's junta ... Mali, the test case: the junta
// agreed to pay") means by "the junta" the one of the state told of there.
func (s *sent) toldNear(code string) bool {
	for a := range s.actors {
		if s.actors[a].ref.Code == code {
			return true
		}
	}
	for k := s.idx - 1; k >= 0 && s.idx-k <= 2; k-- {
		st := &s.d.sentStates[k]
		for n := 0; n < st.n; n++ {
			if st.codes[n] == code {
				return true
			}
		}
	}
	return false
}

// placeAnaphora tags "to the province", "into the gas-rich region" as the
// state of the place named last ("Mozambique's northern province of Cabo
// Delgado ... Rwanda sent 1,000 soldiers to the gas-rich province"), and
// notes the places the sentence names for the sentences after it.
func (s *sent) placeAnaphora() {
	toks := s.d.toks
	last := ""
	for a := range s.actors {
		m := &s.actors[a]
		if m.ref.kind == kindPlace || m.possessive && m.hi < s.hi && placeWord(toks[m.hi].Norm) ||
			m.possessive && m.hi+1 < s.hi && placeWord(toks[m.hi+1].Norm) {
			last = m.ref.Code
		}
	}
	if p := s.d.lastPlace; p != "" {
		// The place nouns first, by their flag: most sentences have none.
		for k := s.next(s.lo, fPlaceNoun); k < s.hi; k = s.next(k+1, fPlaceNoun) {
			if !placeWord(toks[k].Norm) || k+1 < s.hi && toks[k+1].Norm == "of" || s.actAt[k-s.lo] >= 0 {
				continue // ("the region of Kursk" names its own)
			}
			j := k - 1
			for j > s.lo && k-j <= 4 && (toks[j].Kind == Word && !toks[j].Cap && !s.is(j, fStop) || Joiner(toks, j)) {
				j-- // "the gas-rich province"
			}
			if j <= s.lo || toks[j].Norm != "the" || toks[j-1].Norm != "to" && toks[j-1].Norm != "into" || s.actAt[j-s.lo] >= 0 {
				continue
			}
			m := actorMention{lo: j, hi: k + 1, ref: actorRef{Code: p, Kind: "place", kind: kindPlace}}
			m.prep, m.pp = toks[j-1].Norm, lex.pps[toks[j-1].word]
			s.insertActor(m)
		}
	}
	if last != "" {
		s.d.lastPlace = last
	}
}

// blocSet holds which of NATO and the EU a text has named.
type blocSet uint8

const (
	sawNATO blocSet = 1 << iota
	sawEU
)

// blocAnaphora reads "the alliance" as NATO and "the bloc" as the EU once
// the text has named them: "NATO members met in Brussels. The alliance
// pledged 40 billion euros to Ukraine". A name after the word ("the
// alliance of Sahel states") or "of" names another.
func (s *sent) blocAnaphora() {
	for a := range s.actors {
		switch s.actors[a].ref.Code {
		case "NATO":
			s.d.blocs |= sawNATO
		case "EU":
			s.d.blocs |= sawEU
		}
	}
	if s.d.blocs == 0 {
		return // most texts
	}
	if !s.has(fGated) {
		return // no "alliance", "bloc" or "member" (gatedWords), which the loop below looks for
	}
	toks := s.d.toks
	for k := s.lo + 1; k < s.hi; k++ {
		var code string
		switch toks[k].Norm {
		case "alliance":
			if s.d.blocs&sawNATO != 0 {
				code = "NATO"
			}
		case "bloc":
			if s.d.blocs&sawEU != 0 {
				code = "EU"
			}
		}
		j := k - 1
		if code == "" && toks[k].Norm == "states" && toks[j].Norm == "member" && s.memberStatesOf() != "" {
			// "to reimburse member states for weapons they have given": in
			// a text of one bloc, its members, together.
			v := k + 1
			if v < s.hi && isAux(toks[v].Norm) {
				v++
			}
			if (j-1 < s.lo || s.actAt[j-1-s.lo] < 0 && !toks[j-1].Cap && toks[j-1].Norm != "'s") && (v >= s.hi || !s.is(v, fVoice)) { // ("what member states have reported": a source of figures, no party)
				m := actorMention{lo: j, hi: k + 1, ref: newActorRef(s.memberStatesOf(), "bloc")}
				if j > s.lo && rolePreps[toks[j-1].Norm] {
					m.prep, m.pp = toks[j-1].Norm, lex.pps[toks[j-1].word]
				}
				s.insertActor(m)
			}
			continue
		}
		if code == "" || toks[j].Norm != "the" || s.actAt[j-s.lo] >= 0 || s.actAt[k-s.lo] >= 0 || k+1 < s.hi && (toks[k+1].Norm == "of" || toks[k+1].Cap) {
			continue
		}
		m := actorMention{lo: j, hi: k + 1, ref: newActorRef(code, "bloc")}
		if j > s.lo && rolePreps[toks[j-1].Norm] {
			m.prep, m.pp = toks[j-1].Norm, lex.pps[toks[j-1].word]
		}
		s.insertActor(m)
	}
}

// memberStatesOf returns the bloc whose members bare "member states" are
// in a text that named only one bloc, EU or NATO, so far; or "".
func (s *sent) memberStatesOf() string {
	switch s.d.blocs {
	case sawEU:
		return "EU"
	case sawNATO:
		return "NATO"
	}
	return ""
}

// balticStates reads "the Baltic states" (countries, nations, republics;
// "the three Baltic states") and "the Baltics" as the three states the
// phrase names: Estonia, Latvia and Lithuania. ("the Baltic Sea", "Baltic
// allies" name none of them by name.)
func (s *sent) balticStates() {
	toks := s.d.toks
	for k := s.next(s.lo+1, fBaltic); k < s.hi; k = s.next(k+1, fBaltic) {
		if !toks[k].Cap || s.actAt[k-s.lo] >= 0 {
			continue
		}
		hi := k + 1
		if toks[k].Norm == "baltic" {
			if k+1 >= s.hi || !balticNoun(toks[k+1].Norm) || s.actAt[k+1-s.lo] >= 0 {
				continue
			}
			hi = k + 2
		}
		j := k - 1
		if toks[j].Norm == "three" && j > s.lo {
			j--
		}
		if toks[j].Norm != "the" || s.actAt[j-s.lo] >= 0 {
			continue
		}
		m := actorMention{lo: j, hi: hi, ref: newActorRef("EE", "country"), several: true}
		m.codes = append(s.d.tags.newCodes(3), "EE", "LV", "LT")
		if j > s.lo && rolePreps[toks[j-1].Norm] {
			m.prep, m.pp = toks[j-1].Norm, lex.pps[toks[j-1].word]
		}
		s.insertActor(m)
	}
}

// balticNoun reports whether w, after "the Baltic", names its states.
func balticNoun(w string) bool {
	return w == "states" || w == "countries" || w == "nations" || w == "republics"
}

// pairAnaphora reads "the two countries" (sides, nations, governments,
// leaders, neighbours) as the two states a sentence just before named:
// "Indonesia's defence minister visited France. The two countries signed
// a deal for 42 Rafale jets".
//
// "two" has a flag of its own (fTwo), so that next passes over the rest
// of the sentence, most sentences that follow one naming two states.
func (s *sent) pairAnaphora() {
	toks := s.d.toks
	for k := s.next(s.lo+1, fTwo); k+1 < s.hi; k = s.next(k+1, fTwo) {
		if toks[k].Norm == "three" {
			s.trioAnaphora(k)
			continue
		}
		if toks[k-1].Norm != "the" || !pairNoun(toks[k+1].Norm) || s.actAt[k-1-s.lo] >= 0 || s.actAt[k+1-s.lo] >= 0 {
			continue
		}
		pair, ok := s.pairBefore(k - 1)
		if !ok {
			if s.d.pairAt == 0 || s.idx-(s.d.pairAt-1) > 2 {
				continue
			}
			pair = s.d.pair
		}
		m := actorMention{lo: k - 1, hi: k + 2, ref: newActorRef(pair[0], "country"), resolved: true}
		m.codes = append(s.d.tags.newCodes(2), pair[0], pair[1])
		if j := k - 2; j >= s.lo && rolePreps[toks[j].Norm] {
			m.prep, m.pp = toks[j].Norm, lex.pps[toks[j].word]
		}
		s.insertActor(m)
	}
}

// trioAnaphora reads "the three countries" or "all three countries" at
// "three" (token k) as the three states a list named before: "The juntas
// of Chile, Peru and Bolivia turned to Spain. Spain has sold drones to all
// three countries". Only a list of exactly three names them, however far
// back in the text: a sentence that merely mentions three states does not.
func (s *sent) trioAnaphora(k int) {
	toks := s.d.toks
	if s.d.trioAt == 0 || s.d.trioAt-1 >= s.idx || (toks[k-1].Norm != "the" && toks[k-1].Norm != "all") || !pairNoun(toks[k+1].Norm) || s.actAt[k-1-s.lo] >= 0 || s.actAt[k+1-s.lo] >= 0 {
		return
	}
	lo := k - 1
	if toks[lo].Norm == "all" && lo-1 > s.lo && toks[lo-1].Norm == "the" {
		lo-- // "the three countries" is read the same with "all the"
	}
	trio := s.d.trio
	m := actorMention{lo: lo, hi: k + 2, ref: newActorRef(trio[0], "country"), resolved: true}
	m.codes = append(s.d.tags.newCodes(3), trio[0], trio[1], trio[2])
	if j := lo - 1; j >= s.lo && rolePreps[toks[j].Norm] {
		m.prep, m.pp = toks[j].Norm, lex.pps[toks[j].word]
	}
	s.insertActor(m)
}

// noteTrio keeps, for trioAnaphora, the three states of a list the
// sentence names, "Mali, Burkina Faso and Niger": three mentions of
// distinct states, each coordinated with the next, and no fourth.
func (s *sent) noteTrio() {
	toks := s.d.toks
	for a := 0; a+2 < len(s.actors); a++ {
		m0, m1, m2 := &s.actors[a], &s.actors[a+1], &s.actors[a+2]
		c0, c1, c2 := m0.ref.Code, m1.ref.Code, m2.ref.Code
		if len(c0) != 2 || len(c1) != 2 || len(c2) != 2 || c0 == c1 || c1 == c2 || c0 == c2 || m0.several || m1.several || m2.several {
			continue
		}
		if m1.lo-m0.hi > 4 || m2.lo-m1.hi > 4 || !s.coordinated(a, a+1, toks) || !s.coordinated(a+1, a+2, toks) {
			continue
		}
		if a > 0 && s.actors[a].lo-s.actors[a-1].hi <= 4 && s.coordinated(a-1, a, toks) || a+3 < len(s.actors) && s.actors[a+3].lo-m2.hi <= 4 && s.coordinated(a+2, a+3, toks) {
			continue // four or more
		}
		s.d.trio, s.d.trioAt = [3]string{c0, c1, c2}, s.idx+1
		return
	}
}

// pairBefore returns the two states the sentence names before token i
// when it names exactly two there: "Japan is providing radars to the
// Philippine Navy, and the two governments are discussing the transfer
// of six destroyers" tells of Japan and the Philippines, whatever pair
// the sentences before named.
func (s *sent) pairBefore(i int) ([2]string, bool) {
	var codes [2]string
	n := 0
	for a := range s.actors {
		m := &s.actors[a]
		if m.lo >= i {
			break
		}
		c := m.ref.Code
		if len(c) != 2 || c == "EU" || c == codes[0] || c == codes[1] {
			continue
		}
		if n == 2 {
			return codes, false // three or more
		}
		codes[n] = c
		n++
	}
	return codes, n == 2
}

// pairNoun reports whether w, after "the two", names two states.
func pairNoun(w string) bool {
	switch w {
	case "countries", "nations", "sides", "governments", "leaders", "neighbours", "neighbors", "states", "capitals":
		return true
	}
	return false
}

// notePair keeps, for pairAnaphora, the two states the sentence names
// when it names exactly two.
func (s *sent) notePair() {
	var codes [2]string
	n := 0
	for a := range s.actors {
		c := s.actors[a].ref.Code
		if len(c) != 2 || c == "EU" || c == codes[0] || c == codes[1] {
			continue
		}
		if n == 2 {
			return // three or more
		}
		codes[n] = c
		n++
	}
	if n == 2 {
		s.d.pair, s.d.pairAt = codes, s.idx+1
	}
}

// placeWord reports whether w names a part of a state that "the" may
// point back to.
func placeWord(w string) bool {
	switch w {
	case "province", "region", "oblast", "territory": // (all flagged fPlaceNoun)
		return true
	}
	return false
}

// heldPlaceTo reports whether the name at i holds a place goods are taken
// to: "to bases controlled by", "into areas held by". A participle of
// holding stands before its "by", and a noun of place after "to" before
// that. (Land "occupied by" a state at war is still another's: see
// TestFrames.)
func (s *sent) heldPlaceTo(i int) bool {
	toks := s.d.toks
	if i-3 < s.lo || toks[i-1].Norm != "by" {
		return false
	}
	switch toks[i-2].Norm {
	case "controlled", "held", "run", "operated":
	default:
		return false
	}
	place := false
	for k := i - 3; k >= s.lo && i-k <= 9; k-- {
		switch w := toks[k].Norm; {
		case w == "to" || w == "into":
			return place
		case placeNouns[w]:
			place = true
		case toks[k].Kind == Punct && !Joiner(toks, k):
			return false
		}
	}
	return false
}

// prepBefore returns the token of the preposition before token i, or -1,
// looking past a determiner and a few words of a noun phrase ("to parts of
// Russia", "from areas near North Korea's cities").
func (s *sent) prepBefore(i int) int {
	toks := s.d.toks
	rel := false // a noun of relation stands before the name: "to its neighbour Ukraine"
	for j := i - 1; j >= s.lo && i-j <= 5; j-- {
		if w := toks[j].Norm; w == "either" || w == "both" {
			continue // "to either Russia or Ukraine"
		}
		if j == i-1 && relationNoun(toks[j].Norm) {
			rel = true
			continue
		}
		if j == i-1 && groupDescriptor(toks[j].Norm) && !toks[j].Cap {
			continue // "to the paramilitary Rapid Support Forces", "to the rebel Houthis"
		}
		if rel && toks[j].Kind == Word && !toks[j].Cap && j == i-2 && s.info[j].flags&(fDeterminer|fRolePrep) == 0 {
			continue // "to its western neighbour Ukraine"
		}
		if j == i-1 && j > s.lo && freshAdjective(toks[j].Norm) && s.is(j-1, fDeterminer) && s.attributive(i) {
			continue // "under a new NATO arrangement": the name modifies a noun the preposition governs
		}
		if s.info[j].flags&(fDeterminer|fPlaceAdj|fRolePrep) == 0 {
			// Most words: none of the words the cases below name (see
			// TestFlagShortcuts), so only the last two can hold.
			if toks[j].Kind != Punct && toks[j].Cap && (j == i-1 || s.is(j, fRole)) && !s.is(j, fCalendar) { // "On Thursday Norway said": the date's
				continue // a title before a name: "President Putin", "by Prime Minister Scott Morrison"
			}
			return -1
		}
		sets := lex.sets[toks[j].word]
		switch {
		case sets&setArticle != 0 || s.is(j, fPlaceAdj):
			continue
		case sets&setOfNear != 0 && toks[j].Norm == "of" && j > s.lo && (stateBody(toks[j-1].Norm) || s.ministryOf(j) > 0):
			// "the Government of Norway", "the armed forces of Ukraine",
			// "the Ministry of Defense of Indonesia": the body is the
			// state, governed by what governs the body.
			body := j - 1
			if m := s.ministryOf(j); m > 0 {
				body = m
			}
			for k := body - 1; k >= s.lo && body-k <= 3; k-- {
				if s.is(k, fRolePrep) {
					return k
				}
				if !s.is(k, fDeterminer) && toks[k].Kind == Word && !toks[k].Cap && toks[k].Norm != "armed" && !bodyModifier(toks[k].Norm) {
					break // ("to the combat units of Iran's army")
				}
			}
			return -1
		case sets&setOfNear != 0 && toks[j].Norm == "of" && j > s.lo && j+1 < i && toks[j-1].Cap && s.is(j-1, fRole) && toks[j+1].Cap:
			// "Secretary of State Marco Rubio", "Minister of Defence Rustem
			// Umerov": the "of" of a title before a name governs no state;
			// a preposition before the title governs the name.
			continue
		case sets&setOfNear != 0:
			// "parts of Russia", "areas near North Korea": the preposition
			// further left governs the whole phrase. A place "of" names
			// ("at the Caspian port of Astrakhan") is where "at" puts it.
			place := toks[j].Norm == "of" && j > s.lo && s.is(j-1, fPlaceNoun)
			for k := j - 1; k >= s.lo && (j-k <= 3 || place && j-k <= 4); k-- {
				if p := toks[k].Norm; p == "to" || p == "from" || p == "into" || p == "in" || place && p == "at" {
					return k
				}
			}
			return j
		case s.is(j, fRolePrep):
			return j
		case toks[j].Kind == Punct:
			return -1
		case j == i-1 && toks[j].Cap:
			continue // a title before a name: "President Putin"
		}
		return -1
	}
	return -1
}

// freshAdjective reports whether w is an adjective of time or kind that
// may stand between an article and a state's name used as a modifier: "a
// new NATO arrangement", "a separate US package".
func freshAdjective(w string) bool {
	switch w {
	case "new", "separate", "joint", "latest", "recent":
		return true
	}
	return false
}

// attributive reports whether the name that starts at i modifies a common
// noun right after it ("NATO arrangement", "EU scheme"): a word in lower
// case that is no verb.
func (s *sent) attributive(i int) bool {
	toks := s.d.toks
	j := i
	for j < s.hi && toks[j].Kind == Word && toks[j].Cap {
		j++
	}
	return j > i && j < s.hi && toks[j].Kind == Word && !toks[j].Cap && !s.is(j, fVerb|fBe|fModal)
}

// aimedWord reports whether w, before "at", says that what is named
// after it is a target: "aimed at", "fired at", "directed at".
func aimedWord(w string) bool {
	switch w {
	case "aimed", "fired", "launched", "directed", "targeted", "pointed":
		return true
	}
	return false
}

// groupDescriptor reports whether w, before an armed group's name, says
// what kind of force it is: "the paramilitary Rapid Support Forces", "the
// rebel Houthis".
func groupDescriptor(w string) bool {
	switch w {
	case "paramilitary", "rebel", "militant", "insurgent", "separatist", "jihadist":
		return true
	}
	return false
}

// relationNoun reports whether w names a state by its tie to another,
// before the state's name: "its neighbour Ukraine", "its ally Russia".
func relationNoun(w string) bool {
	switch w {
	case "neighbour", "neighbor", "ally", "partner", "client", "customer", "patron", "rival", "adversary", "foe":
		return true
	}
	return false
}

// ministryOf returns the token of "Ministry" or "Department" in the
// name of a ministry that ends before the "of" at j ("the Ministry of
// Defense of Indonesia", "the Department of National Defence of the
// Republic of the Philippines"), or -1.
func (s *sent) ministryOf(j int) int {
	toks := s.d.toks
	k := j - 1 // past the ministry's field: "Defense", "National Defence", "Foreign Affairs"
	for k > s.lo && j-k <= 3 && toks[k].Cap && toks[k].Kind == Word {
		k--
	}
	if k == j-1 || k-1 < s.lo || toks[k].Norm != "of" {
		return -1
	}
	switch toks[k-1].Norm {
	case "ministry", "department":
		return k - 1
	}
	return -1
}

// placeApposition returns the preposition before a place named in
// capitals that the state at [i, end) follows after a comma, "to Cabo
// Delgado Province, Mozambique", or -1. The state ends a phrase: in "in
// Goa, India had signed" it opens a clause.
func (s *sent) placeApposition(i, end int) int {
	toks := s.d.toks
	if i-3 < s.lo || toks[i-1].Norm != "," || end < s.hi && toks[end].Kind != Punct && !s.is(end, fRolePrep) {
		return -1
	}
	for j := i - 2; j > s.lo+1 && i-j <= 5; j-- {
		if !toks[j].Cap || toks[j].Kind != Word || s.actorAt(j) >= 0 || s.is(j, fCalendar) {
			return -1 // ("In February, Russia received": a time, not a place)
		}
		if w := toks[j-1].Norm; w == "to" || w == "in" || w == "into" {
			return j - 1
		}
	}
	return -1
}

func originates(w string) bool {
	return w == "originated" || w == "originating" || w == "originate" || w == "originates"
}

// departs reports whether w is a verb of leaving whose object is where a
// load came from: "left Bandar Abbas", "departed Rajin".
func departs(w string) bool {
	return w == "left" || w == "departed" || w == "leaving"
}

// stateBody reports whether w names a body that, "of" a state, is the
// state acting: "the government of Norway", "the army of Mali".
func stateBody(w string) bool {
	switch w {
	case "government", "governments", "army", "navy", "military", "forces", "regime", "authorities", "administration",
		"units", "subunits", "troops", "air":
		return true
	}
	return false
}

// bodyModifier reports whether w can describe a state's body before "of":
// "the combat units of", "the naval forces of".
func bodyModifier(w string) bool {
	switch w {
	case "combat", "naval", "land", "ground", "special", "air", "defence", "defense", "front-line", "frontline", "regular":
		return true
	}
	return false
}

// group returns the codes of the actors coordinated with mention a ("the US
// and the EU", "Iran and North Korea", "Germany, France and Poland").
//
// The codes are the sentence's answer for the whole group: later calls for
// any of its mentions return the same slice, which no caller writes in place.
func (s *sent) group(a int) (codes []string, lo, hi int) {
	if m := &s.actors[a]; m.resolved {
		return m.codes, m.lo, m.hi
	}
	groups := s.d.tags.groups
	if g := &groups[a]; g.codes != nil {
		return g.codes, g.lo, g.hi
	}
	if s.alone(a) {
		// Most mentions stand alone: the group is the mention, with its
		// code.
		m := &s.actors[a]
		if m.several {
			g := actorGroup{m.codes, m.lo, m.hi}
			groups[a] = g
			return g.codes, g.lo, g.hi
		}
		g := actorGroup{append(s.d.tags.newCodes(1), m.ref.Code), m.lo, m.hi}
		groups[a] = g
		return g.codes, g.lo, g.hi
	}
	toks, actors := s.d.toks, s.actors
	// Mentions more than four words apart are never coordinated: the test
	// spares the calls for them.
	first, last := a, a
	for first > 0 && actors[first].lo-actors[first-1].hi <= 4 && s.coordinated(first-1, first, toks) {
		first--
	}
	for last+1 < len(actors) && actors[last+1].lo-actors[last].hi <= 4 && s.coordinated(last, last+1, toks) {
		last++
	}
	n := last - first + 1
	for k := first; k <= last; k++ {
		n += len(s.actors[k].codes) // "and the Baltic states": three codes
	}
	codes = s.d.tags.newCodes(n) // room enough, whatever the repeats
	for k := first; k <= last; k++ {
		if s.actors[k].several {
			for _, c := range s.actors[k].codes {
				codes = appendUnique(codes, c)
			}
			continue
		}
		codes = appendUnique(codes, s.actors[k].ref.Code)
	}
	// Coordination joins neighbours pair by pair, so every mention of the
	// group reaches the same first and last: one answer serves them all.
	g := actorGroup{codes[:len(codes):len(codes)], s.actors[first].lo, s.actors[last].hi}
	for k := first; k <= last; k++ {
		groups[k] = g
	}
	return g.codes, g.lo, g.hi
}

// ownGoodsAt reports whether goods of a named kind open at token i, perhaps
// after "its" or "their": "to Ukraine and France its SCALP missiles",
// "and France SCALP missiles". A state before them, after "and", is the
// subject of a clause whose verb is left out.
func (s *sent) ownGoodsAt(i int) bool {
	toks := s.d.toks
	if w := toks[i].Norm; (w == "its" || w == "their") && i+1 < s.hi {
		i++
	}
	if !s.is(i, fMateriel) || s.actorAt(i) >= 0 {
		return false
	}
	_, ref, ok := lex.materiel.Match(toks, i, s.hi)
	return ok && ref.Cat != "" && ref.Cat != armsledger.Other && ref.Cat != armsledger.Funding
}

// verbOfItsOwn reports whether a verb of transfer in the past tense stands
// at token i: after a state, the start of a clause of its own ("sent 10
// tanks to Ukraine and France delivered 20 howitzers").
func (s *sent) verbOfItsOwn(i int) bool {
	if !s.is(i, fVerb) {
		return false
	}
	v, ok := s.verbAt(i)
	return ok && !s.nounUse(i) && (v.Class == classGive || v.Class == classSell || v.Class == classCommit) && strings.HasSuffix(s.d.toks[i].Norm, "ed")
}

// alone reports whether mention a stands more than four words from the
// mentions before and after it, and so is coordinated with neither.
func (s *sent) alone(a int) bool {
	return (a == 0 || s.actors[a].lo-s.actors[a-1].hi > 4) && (a+1 == len(s.actors) || s.actors[a+1].lo-s.actors[a].hi > 4)
}

// coordinated reports whether mentions a and b are joined by "and", "or",
// a comma or "as well as", with at most a determiner between.
func (s *sent) coordinated(a, b int, toks []Token) bool {
	ma, mb := &s.actors[a], &s.actors[b]
	start := ma.hi // where the words between the two begin
	if ma.possessive && mb.possessive && ma.prep != "" && mb.prep == ma.prep {
		// "to Sudan's army and to Ethiopia's government": each state's
		// body, the preposition said again.
		for start < mb.lo && (s.is(start, fGovernment) || toks[start].Norm == "force") {
			start++
		}
		if start == ma.hi {
			return false
		}
	} else if ma.possessive {
		return false
	}
	if ma.resolved || mb.resolved || mb.lo-start > 4 || (ma.ref.kind == kindDemonym) != (mb.ref.kind == kindDemonym) {
		return false
	}
	if ma.speaker && !mb.speaker && mb.prep != "" && mb.prep != "and" || mb.speaker && !ma.speaker && ma.prep != "" && ma.prep != "and" {
		// "sent drones to Russia, American and British officials said":
		// who speaks is no party to the prepositional phrase before it.
		// ("Norway, Denmark and Sweden said": one list, though the speaker
		// was read from the comma on.)
		return false
	}
	after := mb.hi // the word after the second state, past "firms" ("and Chinese firms $267 million")
	if after+1 < s.hi && mb.demonym && standIn(toks[after].Norm) {
		after++
	}
	for n := 0; n < 2 && after+1 < s.hi && mb.demonym && s.is(after, fGovernment); n++ {
		after++ // past the body: "and Ukrainian intelligence estimated", "and the Polish defence ministry said"
	}
	if (ma.prep == "to" || ma.prep == "for") && after < s.hi && (s.inQty[after-s.lo] || s.ownGoodsAt(after)) && mb.lo > 1 && (toks[mb.lo-1].Norm == "and" || toks[mb.lo-1].Norm == "the" && toks[mb.lo-2].Norm == "and") {
		// "Germany sent 20 tanks to Ukraine and Poland 30", "and the
		// Netherlands 24", "to Myanmar and Chinese firms $267 million":
		// the second state, followed by its own amount, is the subject of
		// a clause whose verb is left out, not a second recipient.
		return false
	}
	if (ma.prep == "to" || ma.prep == "for") && after < s.hi && (s.is(after, fModal) || isAux(toks[after].Norm) || s.verbOfItsOwn(after) || s.saysBetween(after, after+1) || s.followedWith(after)) && toks[after].Norm != "to" {
		// "the UK would send Storm Shadows to Ukraine and Germany would
		// replace them", "to Ukraine, and France followed with SCALP
		// missiles": the second state, before a verb of its own, is the
		// subject of the next clause, not a second recipient.
		return false
	}
	conj, comma := false, false
	for j := start; j < mb.lo; j++ {
		if conj && ma.prep != "" && ma.prep != "and" && toks[j].Norm == ma.prep {
			continue // "either to Ukraine or to Russia": the preposition said again
		}
		switch toks[j].Norm {
		case "and", "or", "nor", "well", "alongside":
			conj = true
		case "along", "together":
			// "Germany, along with the Netherlands and Denmark, will supply"
			if j+1 >= mb.lo || toks[j+1].Norm != "with" {
				return false
			}
			conj = true
			j++
		case "as":
			// "as well as": the first "as" before "well", the last after it
			if (j+1 >= mb.lo || toks[j+1].Norm != "well") && toks[j-1].Norm != "well" {
				return false
			}
		case ",":
			comma = true
		case "the":
		default:
			return false
		}
	}
	if conj && comma && (mb.prep == "" || mb.prep == "and") && (ma.prep != "" && s.clauseOpens(mb.hi) || s.amountAt(mb.hi)) {
		// "sent systems to North Korea, and Seoul is watching": a new
		// clause, its own subject; "provided three batteries, and
		// Germany three more": a clause with its verb left out.
		return false
	}
	if conj && comma && (mb.prep == "" || mb.prep == "and") && s.clauseOpens(s.pastBody(b)) && (ma.prep != "" || s.closesList(a)) {
		// "bound for the group, and the US Navy said", "to Somalia and
		// Togo, and Mali's junta received", "angering Ethiopia, and Cairo
		// has pledged": after ", and" a state, or its body, before a verb
		// of its own opens the next clause, unless the state before the
		// comma began a list of subjects ("Germany, and France, have").
		return false
	}
	if conj {
		return true
	}
	// A bare comma joins a list only when the list goes on with "and":
	// "Germany, France and Poland", not "from North Korea, Russia has";
	// the last may be states of no name: "Iceland and the three Baltic
	// states".
	return comma && (b+1 < len(s.actors) && s.coordinated(b, b+1, toks) || s.genericTail(mb.hi))
}

// pastBody returns the token after mention b and the body of the state it
// may name ("the US Navy", "Mali's junta", "the Polish defence ministry"):
// where the verb of a clause with that subject stands.
func (s *sent) pastBody(b int) int {
	i := s.actors[b].hi
	for n := 0; n < 2 && i+1 < s.hi && s.is(i, fGovernment); n++ {
		i++
	}
	return i
}

// closesList reports whether mention a, with no preposition, cannot open
// a list of subjects: it ends a list already joined by "and" ("Somalia and
// Togo, and ..."), or a verb or other word of a clause stands right before
// it ("angering Ethiopia, and ...").
func (s *sent) closesList(a int) bool {
	toks := s.d.toks
	j := s.actors[a].lo - 1
	if j >= s.lo && toks[j].Norm == "the" {
		j--
	}
	if j < s.lo || toks[j].Kind != Word || toks[j].Cap {
		return false
	}
	return toks[j].Norm != "," && !s.is(j, fDeterminer)
}

// genericTail reports whether "and" at i ends a list of states with a
// generic plural: "and the three Baltic states", "and other allies".
func (s *sent) genericTail(i int) bool {
	toks := s.d.toks
	if i >= s.hi || toks[i].Norm != "and" {
		return false
	}
	for j := i + 1; j < s.hi && j <= i+4; j++ {
		if s.is(j, fGeneric) {
			return true
		}
	}
	return false
}

// clauseOpens reports whether token i, after a subject, is a finite verb or
// an auxiliary: what follows a new clause's subject.
func (s *sent) clauseOpens(i int) bool {
	if i >= s.hi {
		return false
	}
	return s.is(i, fBe|fModal) || isAux(s.d.toks[i].Norm) || s.is(i, fVerb) && !s.is(i, fNoun)
}

func appendUnique(list []string, code string) []string {
	for _, c := range list {
		if c == code {
			return list
		}
	}
	return append(list, code)
}

// tagOutlets remembers the last outlet named, for "the news agency". It
// runs after tagActors, which has found them.
func (s *sent) tagOutlets() {
	if name := s.d.tags.outlet; name != "" {
		s.d.lastOutlet = name
	}
}

// companionWords, before "with", make the state after it a partner in what
// is done: "in coordination with", "in cooperation with", "together with".
var companionWords = setOf("coordination", "cooperation", "co-operation", "partnership", "conjunction",
	"consultation", "tandem", "together", "jointly", "collaboration", "concert", "alongside")

// congressStates are the states whose legislature is called Congress, as
// the United States' is.
var congressStates = map[string]bool{"AR": true, "BO": true, "BR": true, "CL": true, "CO": true, "CR": true, "DO": true,
	"EC": true, "SV": true, "GT": true, "HN": true, "MX": true, "NI": true, "PA": true, "PY": true, "PE": true, "PH": true,
	"UY": true, "VE": true, "FM": true}

// aidGoesTo reports whether mention a names a state that aid goes to:
// after "to" or "for" next to goods, aid or a verb ("aid to Ukraine"), the
// owner of its backers or of its forces ("Israel's allies moved quickly",
// "help for Ukraine's air defences"), whom a verb of helping takes
// ("Belarus has been quietly helping Moscow"), or the subject that opens a
// sentence with no goods and no verb of transfer, promise or speech, the
// state the givers after it arm ("Taiwan is worried about China. Israel
// has supplied radar components").
func (s *sent) aidGoesTo(a int) bool {
	m := &s.actors[a]
	toks := s.d.toks
	if m.hi < s.hi && borderWord(toks[m.hi].Norm) {
		return false // "closer to the Finnish border": a place, where nothing goes to the state
	}
	if m.possessive {
		for j := m.hi; j < s.hi && j < m.hi+5; j++ { // ("Ukraine's second-largest European donor")
			if backerNoun(toks[j].Norm) || toks[j].Norm == "allies" || toks[j].Norm == "partners" ||
				(m.prep == "to" || m.prep == "for") && (s.is(j, fGovernment|fMateriel)) && s.aidBefore(m.lo) {
				return true
			}
		}
		return false // "tailored to Ukraine's requirements" names no recipient
	}
	if (m.prep == "to" || m.prep == "for") && s.aidBefore(m.lo) && !s.accordingTo(m.lo) {
		return true
	}
	if m.prep == "" || m.prep == "and" {
		// The subject of a sentence that names and moves nothing sets the
		// scene: "Taiwan is worried about China." Each of a list that opens
		// it does ("Iran and Russia have grown closer"): the giver of the
		// two gives to the other. A state that speaks is no scene: "Ukraine
		// says it has fought North Korean units". (The sentence's words are
		// read last: most mentions open no sentence.)
		_, glo, ghi := s.group(a)
		opens := glo == s.lo || glo == s.lo+1 && toks[s.lo].Norm == "the"
		if ghi < s.hi && opens {
			if v, ok := s.verbAt(ghi); ok && v.Class == classSpeech {
				opens = false
			}
		}
		if opens && !s.namesGoods() && !s.transferVerbIn() {
			return true
		}
	}
	if j := m.lo - 1; j > s.lo && m.prep == "" {
		switch toks[j].Norm {
		case "helping", "helped", "help", "helps", "supporting", "supported", "backing", "backed", "arming", "armed":
			return true
		}
	}
	return false
}

// namesGoods reports whether the sentence names materiel ("military" alone
// names none: "close military ties").
func (s *sent) namesGoods() bool {
	for j := s.next(s.lo, fMateriel); j < s.hi; j = s.next(j+1, fMateriel) {
		if _, ref, ok := lex.materiel.Match(s.d.toks, j, s.hi); ok && ref.Cat != "" {
			return true
		}
	}
	return false
}

// transferVerbIn reports whether a verb of transfer, promise, request or
// plan stands in the sentence (a verb of speech does not count: "Iran and
// Russia have grown closer, US officials say").
func (s *sent) transferVerbIn() bool {
	for j := s.next(s.lo, fVerb); j < s.hi; j = s.next(j+1, fVerb) {
		if v, ok := s.verbAt(j); ok && v.Class != classSpeech && !s.nounUse(j) {
			return true
		}
	}
	return false
}

// aidBefore reports whether goods, aid or a verb of transfer or speech
// stand in the few words before the preposition that precedes the mention
// at lo: "aid to Ukraine", "weapons for Kyiv", "send more to Ukraine"; not
// "a visit to China".
func (s *sent) aidBefore(lo int) bool {
	for j := lo - 2; j >= s.lo && lo-j <= 5; j-- {
		if s.is(j, fMateriel|fVerb) {
			return true
		}
	}
	return false
}
