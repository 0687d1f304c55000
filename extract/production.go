package extract

import (
	"armsledger"
	"slices"
	"strings"
)

// Arms made in one state with another's licence, design or plant are
// know-how that the other hands over (FORMAT.md: technology): "signed a
// deal for the licensed production of 40 Gripen fighters", "agreed to
// co-produce German drones", "will set up a plant in Lithuania to make
// shells". Goods made are not goods moved (madeThere), so no frame reads
// these; the rules here name the know-how, from the state whose goods or
// firm they are to the state they are made in.

// knowHowGiven makes the claims of know-how that no frame reads: training
// (see trained) and arms made under another state's licence or in its
// plant (see madeUnderKnowHow).
func (s *sent) knowHowGiven(att attrib) {
	if s.trains >= 0 {
		s.trained(att)
	}
	if s.knowHow {
		s.madeUnderKnowHow(att)
	}
	if s.has(fKnowHow) && len(s.d.claims) > 0 {
		s.builtThere(att)
		s.madeThereNoun(att)
	}
}

// productionWords are the words of knowHowWords these rules start from.
var productionWords = setOf("licensed", "licenced", "license", "licence", "joint", "jointly", "co", "coproduce", "factory", "plant", "facility",
	"assistance", "help", "support", "found", "turn", "turns", "turned", "transfer", "hub",
	"technology", "technologies", "know", "expertise", "engines", "parts", "components")

// makesUnderKnowHow reports whether the sentence may tell of arms made
// under another state's know-how: it holds a word of productionWords. The
// rule (madeUnderKnowHow) reads the sentence's quantities, read after.
func (s *sent) makesUnderKnowHow() bool {
	if !s.has(fKnowHow) || len(s.actors) == 0 {
		return false
	}
	return s.makesUnderKnowHowRest()
}

// makesUnderKnowHowRest is makesUnderKnowHow past its first test (see gates in words.go):
// the sentence names an actor and holds a word of fKnowHow.
func (s *sent) makesUnderKnowHowRest() bool {
	for _, k := range s.knowHows() {
		sets := lex.sets[s.d.toks[k].word]
		if sets&setProduction != 0 && (sets&setTech == 0 || s.withDemonym(k)) && (sets&setParts == 0 || s.partsAfterWith(k) >= 0 || s.partsMadeVerb(k) >= 0) {
			return true
		}
	}
	return false
}

// techWords are the words of productionWords that name know-how itself,
// common words that start a rule only after "with" and a demonym ("with
// Iranian know-how": see withHelp).
var techWords = setOf("technology", "technologies", "know", "expertise")

// withDemonym reports whether "with" and then a demonym stand in the few
// tokens before k: "with Turkish design technology".
func (s *sent) withDemonym(k int) bool {
	toks := s.d.toks
	for j := k - 1; j > s.lo && k-j <= 5; j-- {
		if a := s.actorAt(j); a >= 0 && (s.actors[a].demonym || s.firm(a)) && s.actors[a].lo > s.lo && instrumentPrep(toks[s.actors[a].lo-1].Norm) {
			return true
		}
	}
	return false
}

// madeUnderKnowHow makes the claims of know-how for arms made in one
// state under another's licence or in another's plant.
func (s *sent) madeUnderKnowHow(att attrib) {
	toks := s.d.toks
	for _, k := range s.knowHows() {
		if lex.sets[toks[k].word]&setProduction == 0 {
			continue
		}
		switch toks[k].Norm {
		case "factory", "plant", "facility", "hub":
			s.plantBuilt(k, att)
		case "assistance", "help", "support", "technology", "technologies", "know", "expertise":
			s.withHelp(k, att)
		case "found", "turn", "turns", "turned":
			s.partsFoundIn(k, att)
		case "engines", "parts", "components":
			s.madeWithParts(k, att)
			s.partsMadeThere(k, att)
		case "transfer":
			s.madeUnderTransfer(k, att)
		case "licence", "license":
			if g := s.jointlyMade(k); g >= 0 {
				s.knowHowToMake(k, g, att)
			} else {
				s.madeUnderLicence(k, att)
			}
		default:
			if g := s.jointlyMade(k); g >= 0 {
				s.knowHowToMake(k, g, att)
			} else if toks[k].Norm == "joint" && k+1 < s.hi && toks[k+1].Norm == "venture" {
				s.plantBuilt(k+1, att) // "set up a joint venture to make rockets in Poland": a plant of two owners
			}
		}
	}
}

// jointlyMade returns the first token of the goods that the words at k
// say are made under licence or together, or -1: "licensed production
// of", "the joint production of", "co-production of", "to co-produce",
// "jointly build".
func (s *sent) jointlyMade(k int) int {
	toks := s.d.toks
	j := k + 1
	if (toks[k].Norm == "license" || toks[k].Norm == "licence") && j < s.hi && toks[j].Norm == "the" {
		j++ // "to license the production of"
	}
	if toks[k].Norm == "co" {
		if j+1 >= s.hi || toks[j].Norm != "-" {
			return -1
		}
		j++ // "co-production", "co-produce"
	} else if j < s.hi && toks[k].Norm == "joint" && toks[j].Norm == "-" {
		return -1 // "joint-stock"
	}
	if j >= s.hi {
		return -1
	}
	switch toks[j].Norm {
	case "production", "manufacture", "manufacturing", "assembly", "development":
		if (toks[k].Norm == "license" || toks[k].Norm == "licence") && (k == s.lo || toks[k-1].Norm != "to") {
			return -1 // the verb only: "agreed to license production of"; not "a licence production"
		}
		if j+1 < s.hi && toks[j+1].Norm == "of" {
			return j + 2 // "licensed production of", "to manufacture" after "co-"
		}
		if toks[j].Norm == "manufacture" && toks[k].Norm != "licensed" && toks[k].Norm != "licenced" && toks[k].Norm != "joint" {
			return j + 1 // "co-manufacture"
		}
	case "produce", "build", "make", "develop", "assemble",
		"produces", "builds", "makes", "develops", "assembles", "produced", "built", "developed", "assembled", "producing", "building", "developing":
		if toks[k].Norm == "licensed" || toks[k].Norm == "licenced" || toks[k].Norm == "joint" {
			return -1 // "licensed" and "joint" modify nouns only
		}
		return j + 1 // ("co-produces the JF-17", "jointly produces")
	}
	return -1
}

// knowHowToMake makes the claim of the know-how to make the goods that
// start at token g: from the state that makes them (makers.tsv) or whose
// they are named as ("German drones"), to the state they are made in or,
// when the text says none, the one other state the clause names.
func (s *sent) knowHowToMake(k, g int, att attrib) {
	p, ok := s.goodsAfter(g, 8-(g-k))
	if !ok {
		return
	}
	maker := s.d.makerOf(&p)
	if maker == "" && len(p.demonym) == 1 {
		maker = p.demonym[0]
	}
	if w := s.ppActor(p.hi, min(s.hi, p.hi+4), "with"); w >= 0 {
		if subj := s.partyBefore(k); subj >= 0 && s.actors[subj].ref.Code != s.actors[w].ref.Code {
			// "Islamabad co-produces the JF-17 with China's Chengdu
			// Aircraft Corporation": the partner brings the know-how to
			// the one that makes the goods at home.
			maker = s.actors[w].ref.Code
		}
	}
	if maker == "" {
		return
	}
	rec := ""
	if a := s.ppActor(p.hi, min(s.hi, p.hi+4), "in", "to"); a >= 0 {
		rec = s.actors[a].ref.Code // "of Anka drones in Kazakhstan", "to license production of AK-203 rifles to India"
	} else {
		rec = s.otherState(maker, k)
	}
	if rec == "" || rec == maker {
		return
	}
	t := trigger{i: k, class: classGive, lemma: "produce"}
	st := s.knowHowStatus(&t, p)
	tech := phrase{lo: k, hi: p.hi, head: k, cat: armsledger.Technology, unit: armsledger.UnitItem}
	d := draft{sup: []string{maker}, rec: []string{rec}, p: tech, status: st, rule: "made.under.licence", sent: s.idx, trig: k, conf: 0.6}
	lo := k
	if a := s.partyBefore(k); a >= 0 {
		lo = s.actors[a].lo // "India and Russia have signed a deal for ..."
	}
	s.finishDraft(&d, att, lo, p.hi)
}

// phraseAt returns the materiel phrase that starts at token i.
func (s *sent) phraseAt(i int) (phrase, bool) {
	end, ref, ok := lex.materiel.Match(s.d.toks, i, s.hi)
	if !ok || ref.Cat == armsledger.Personnel || ref.Cat == armsledger.Funding || ref.Cat == armsledger.Technology {
		return phrase{}, false
	}
	p := phrase{lo: i, hi: end, head: i, cat: ref.Cat, unit: ref.Unit}
	s.widen(&p, max(s.lo, i-4))
	return p, true
}

// partyBefore returns the first actor of the clause before token k with no
// preposition, the subject that signs or makes, or -1; a clause of "which"
// between it and its verb tells of it ("Egypt, which ordered the K9 in
// 2022, has begun producing"), as does an adverb set off by commas. A state after ", and"
// opens a clause of its own and is the subject of what follows it:
// "Venezuela has received drones, and Tajikistan opened a factory to build
// them".
func (s *sent) partyBefore(k int) int {
	found := -1
	for a := range s.actors {
		m := &s.actors[a]
		if m.lo >= k || m.speaker || s.clauseBreak(s.pastAdverbAside(s.pastSubjectAside(m.hi, k), k), k) {
			continue
		}
		if m.prep == "" && found < 0 || found >= 0 && s.opensAndClause(a) {
			found = a
		}
	}
	return found
}

// pastAdverbAside returns the token after an adverb set off by commas at
// i, which leaves the clause whole ("Hindustan Aeronautics, meanwhile, is
// building"); else i.
func (s *sent) pastAdverbAside(i, hi int) int {
	if i+3 < hi && s.d.toks[i].Norm == "," && asideAdverb(s.d.toks[i+1].Norm) && s.d.toks[i+2].Norm == "," {
		return i + 3
	}
	return i
}

// opensAndClause reports whether actor a stands right after ", and", the
// subject of a new clause.
func (s *sent) opensAndClause(a int) bool {
	m := &s.actors[a]
	return m.prep == "and" && m.lo-2 > s.lo && s.d.toks[m.lo-2].Norm == ","
}

// otherState returns the one state the sentence names before token k
// besides code, as a subject or a party to a deal ("India and Russia have
// signed a deal for the licensed production of ..."), or "".
func (s *sent) otherState(code string, k int) string {
	found := ""
	for a := range s.actors {
		m := &s.actors[a]
		if m.lo >= k || m.speaker || m.ref.Code == code || m.ref.Code == "" || m.resolved && len(m.codes) == 2 {
			continue // ("The two countries jointly build the JF-17": who gives whom is not told)
		}
		if m.prep != "" && m.prep != "with" && !s.opensAndClause(a) {
			continue // (the subject of a clause after ", and" counts: "..., and Lithuania signed an agreement to co-produce")
		}
		if found != "" && found != m.ref.Code {
			return "" // two candidates: none is sure
		}
		found = m.ref.Code
	}
	return found
}

// knowHowStatus is the status of know-how whose words stand at t: a deal
// or a promise before them commits it ("signed an agreement to
// co-produce"); else the verb chain says it ("will set up a plant",
// "began the licensed production").
func (s *sent) knowHowStatus(t *trigger, p phrase) armsledger.Status {
	for k := range s.trigs {
		if tr := &s.trigs[k]; tr.i < t.i && tr.class == classCommit {
			return armsledger.Committed
		}
	}
	for j := s.lo; j < t.i; j++ {
		switch s.d.toks[j].Norm {
		case "deal", "agreement", "contract", "memorandum":
			return armsledger.Committed
		}
	}
	return s.status(*t, group{phrases: []phrase{p}, lo: p.start(), hi: p.hi})
}

// plantBuilt makes the claim of know-how that a state or a firm gives by
// building a plant in another state to make arms: "Rheinmetall will set up
// a plant in Lithuania to manufacture 155mm shells", "is building a
// factory near Casablanca to assemble loitering munitions", "a factory
// near Kyiv that will produce drones", "set up a joint venture to make
// guided rockets in Poland". A plant to keep arms in service needs no
// goods named: "will set up a maintenance, repair and overhaul facility
// in India".
func (s *sent) plantBuilt(k int, att attrib) {
	toks := s.d.toks
	v := k - 1
	servicing := false // "a maintenance, repair and overhaul facility"
	for v > s.lo && k-v <= 8 && !plantVerb(toks[v].Norm) {
		servicing = servicing || servicingNoun(toks[v].Norm)
		if k-v > 4 && !servicingNoun(toks[v].Norm) && !s.is(v, fDeterminer) && toks[v].Norm != "," && toks[v].Norm != "and" && toks[v].Norm != "up" {
			return
		}
		v--
	}
	if v <= s.lo || !plantVerb(toks[v].Norm) || toks[k].Norm == "hub" && !servicing {
		return // (a "logistics hub" makes nothing)
	}
	where := -1
	for a := range s.actors {
		if m := &s.actors[a]; m.lo > k && m.lo-k <= 3 && (m.prep == "in" || m.prep == "near") {
			where = a
			break
		}
	}
	j := k + 1 // where the purpose may start: after the place, if it is named
	if where >= 0 {
		j = s.actors[where].hi
	}
	for j < s.hi && j-k <= 6 && toks[j].Norm != "to" && toks[j].Norm != "that" && toks[j].Norm != "which" {
		j++
	}
	var p phrase
	ok := false
	switch {
	case j+1 < s.hi && toks[j].Norm == "to":
		if e := s.plantWorkEnd(j+1, makingVerb); e > 0 {
			p, ok = s.goodsAfter(e, 5) // "a plant in Lithuania to make shells"
		}
	case j+1 < s.hi && (toks[j].Norm == "that" || toks[j].Norm == "which"):
		m := j + 1
		if m+1 < s.hi && s.is(m, fModal) {
			m++ // "that will produce"
		}
		if e := s.plantWorkEnd(m, makingVerbForm); e > 0 {
			p, ok = s.goodsAfter(e, 5) // "a factory near Kyiv that will produce drones"
		}
	}
	if ok && where < 0 && p.hi+1 < s.hi {
		if a := s.actorAt(p.hi + 1); a >= 0 && s.actors[a].prep == "in" {
			where = a // "a joint venture to make guided rockets in Poland"
		}
	}
	if where < 0 && servicing && k+3 < s.hi {
		where = s.theCountry(k+1, k+4, nil, &group{hi: k + 1}) // "set up a maintenance hub in the country": the state told of
	}
	if where < 0 {
		return
	}
	tech := phrase{lo: k, hi: k + 1, head: k, cat: armsledger.Technology, unit: armsledger.UnitItem}
	if ok {
		tech.hi = p.hi
	} else if servicing {
		p = tech // the plant's work is the arms kept in service
	} else {
		return // "a plant in Kenya" that makes nothing said
	}
	t := trigger{i: v, class: classGive, lemma: "build"}
	g := group{phrases: []phrase{p}, lo: p.start(), hi: p.hi}
	r := s.roles(t, g)
	rec := s.actors[where].ref.Code
	if len(r.sup) != 1 || r.sup[0] == rec {
		return // built at home, or by no one named
	}
	st := s.status(t, g)
	if r.status != "" {
		st = r.status
	} else if st == armsledger.Delivered && s.progressive(v) {
		st = armsledger.Expected // "is building a factory": the know-how goes when it works
	}
	if n := len(s.d.claims); n > 0 && v > s.lo && toks[v-1].Norm == "and" && s.d.claims[n-1].sent == s.idx && s.d.claims[n-1].trig < v {
		st = s.d.claims[n-1].status // "will train Nigerian instructors and set up a maintenance hub": one verb chain
	}
	d := draft{sup: r.sup, rec: []string{rec}, p: tech, status: st, rule: "plant.built", sent: s.idx, trig: v, conf: r.conf - 0.2}
	s.finishDraft(&d, att, min(r.lo, v), max(tech.hi, s.actors[where].hi))
}

// plantWorkEnd returns the token after the verb at m that tells what a
// plant does with arms, or 0: a verb of making (as making says), the
// phrasal "turn out" ("a factory that will turn out drones"), or
// "service", a verb here, as "repair" is ("a plant to service Lynx
// vehicles").
func (s *sent) plantWorkEnd(m int, making func(string) bool) int {
	toks := s.d.toks
	switch w := toks[m].Norm; {
	case making(w):
		return m + 1
	case w == "service" || w == "services" || w == "servicing":
		return m + 1
	case (w == "turn" || w == "turns") && m+1 < s.hi && toks[m+1].Norm == "out":
		return m + 2
	}
	return 0
}

// servicingNoun reports whether w names the work of a plant that keeps
// arms in service: "a maintenance, repair and overhaul facility".
func servicingNoun(w string) bool {
	switch w {
	case "maintenance", "repair", "overhaul", "mro", "servicing", "sustainment":
		return true
	}
	return false
}

// goodsAfter returns the materiel phrase that starts within n tokens of
// i, before any punctuation.
func (s *sent) goodsAfter(i, n int) (phrase, bool) {
	for j := i; j < s.hi && j-i <= n; j++ {
		if s.d.toks[j].Kind == Punct && !Joiner(s.d.toks, j) {
			break // (a compound's hyphen goes on: "Chinese-designed K-8 jets")
		}
		if s.is(j, fMateriel) {
			if p, ok := s.phraseAt(j); ok {
				return p, true
			}
		}
	}
	return phrase{}, false
}

// partsAfter returns the parts (a technology term of materiel.tsv, as
// "engines") named between tokens i and hi, before any punctuation.
func (s *sent) partsAfter(i, hi int) (phrase, bool) {
	for j := i; j < hi; j++ {
		if s.d.toks[j].Kind == Punct {
			break
		}
		if end, ref, ok := lex.materiel.Match(s.d.toks, j, s.hi); ok && end <= hi && ref.Cat == armsledger.Technology && componentNoun(s.d.toks[end-1].Norm) {
			return phrase{lo: j, hi: end, head: j, cat: ref.Cat, unit: ref.Unit}, true
		}
	}
	return phrase{}, false
}

// plantVerb reports whether w is a verb of building a plant.
func plantVerb(w string) bool {
	switch w {
	case "build", "builds", "building", "built", "set", "open", "opens", "opened", "opening", "establish", "establishes",
		"established", "establishing", "construct", "constructing", "constructed":
		return true
	}
	return false
}

// asideBefore returns the comma that opens an aside of a few words closed
// by the comma right before token u ("drones, known in India as
// Drishti-10, under licence"), or u when no such aside stands there.
func (s *sent) asideBefore(u int) int {
	toks := s.d.toks
	if u-1 <= s.lo || toks[u-1].Norm != "," {
		return u
	}
	for j := u - 2; j > s.lo && u-j <= 10; j-- {
		switch toks[j].Norm {
		case ",":
			return j
		case ";", ".", "and":
			return u
		}
	}
	return u
}

// madeUnderLicence makes the claim of know-how that "under licence" tells
// of goods a subject makes: from the licensor's state, "under a licence
// from Hanwha Aerospace", or else the state that makes the goods ("began
// producing the K9 howitzer under licence"), to the subject's. Goods said
// to be made under licence in the passive ("64 will be built in Poland
// under licence") are how they are made, told of a sale: no claim.
func (s *sent) madeUnderLicence(k int, att attrib) {
	toks := s.d.toks
	u := k - 1
	licensor := "" // "under an Iranian licence": whose licence it is
	if a := s.actorAt(u); a >= 0 && s.actors[a].demonym && !s.actors[a].possessive {
		licensor, u = s.actors[a].ref.Code, s.actors[a].lo-1
	}
	if u > s.lo && (toks[u].Norm == "a" || toks[u].Norm == "an") {
		u--
	}
	if u <= s.lo || toks[u].Norm != "under" {
		return
	}
	w := s.asideBefore(u) // "builds Hermes 900 drones, known in India as Drishti-10, under licence": past the aside
	v := w - 1
	// A licence "from" a named licensor may stand after a purpose and a
	// place: "is building 12 Su-30MKI jets for the air force at its Nashik
	// plant under a licence from Sukhoi". A bare "under licence", whose
	// licensor is only the goods' maker, stays next to its goods. A comma
	// or a new clause ends the reach back.
	reach := 6
	if k+1 < s.hi && toks[k+1].Norm == "from" {
		reach = 20
	}
	for v > s.lo && w-v <= reach && !makingVerbForm(toks[v].Norm) && !licenceReachEnds(toks, v) {
		v--
	}
	if v <= s.lo || !makingVerbForm(toks[v].Norm) {
		return
	}
	// "is building" is progressive, not passive: the subject makes the
	// goods after the verb, as "builds" does.
	passive := s.beBefore(v) && !strings.HasSuffix(toks[v].Norm, "ing")
	named := k+1 < s.hi && toks[k+1].Norm == "from" // the licensor is named
	gv := v                                         // where the goods of a passive end
	if !passive && named && pastParticiple(toks[v].Norm) {
		// "a K9 chassis produced in Poland under a licence from Hanwha":
		// a participle right after goods is a passive without its be.
		_, passive = s.passiveGoods(v)
		if !passive && v-1 > s.lo && toks[v-1].Norm == "," {
			// "The missiles, built in Japan under licence from Lockheed
			// Martin, will ...": a participle set off after the goods is
			// as passive, its goods before the comma.
			if _, passive = s.passiveGoods(v - 1); passive {
				gv = v - 1
			}
		}
	}
	maker := s.partyBefore(v)
	let := s.letToMake(v)
	if let >= 0 {
		maker = s.actorAt(let + 1) // "Iran agreed to let Russia build drones under licence": the one let makes them
	}
	if passive {
		// "The interceptors are made by Mitsubishi Heavy Industries under
		// licence from American firms": the agent makes the subject.
		maker = -1
		if v+2 < w && toks[v+1].Norm == "by" {
			maker = s.actorAt(v + 2)
		} else if named {
			// "are made in Turkey under licence from Germany": the state
			// the goods are made in takes the licence a named licensor
			// gives. A bare "64 will be built in Poland under licence"
			// tells how goods sold are made, and gives none.
			maker = s.madeInState(v+1, w)
		}
	}
	if maker < 0 {
		return
	}
	var p phrase
	ok := false
	if passive {
		p, ok = s.passiveGoods(gv)
	} else if p, ok = s.goodsAfter(v+1, w-v); !ok {
		if p, ok = s.partsAfter(v+1, w); !ok { // "will produce the engines under licence from General Electric"
			p, ok = s.relativeGoods(maker) // "interceptors, which Mitsubishi Heavy Industries builds under licence"
		}
	}
	if !ok || p.hi > w {
		return
	}
	sup, end := "", k+1
	if k+2 < s.hi && toks[k+1].Norm == "from" {
		j := k + 2
		if j+1 < s.hi && toks[j].Norm == "the" && s.actorAt(j) < 0 {
			j++ // "under licence from the United States"
		}
		if a := s.actorAt(j); a >= 0 {
			sup, end = s.actors[a].ref.Code, s.actors[a].hi
			if b := s.actorAt(end); s.actors[a].possessive && b >= 0 {
				end = s.actors[b].hi // "from Turkey's FNSS": the evidence ends with the firm
			}
		}
	} else if licensor != "" {
		sup = licensor
	} else if a := s.partyBefore(let); let >= 0 && a >= 0 {
		sup = s.actors[a].ref.Code // "Italy agreed to let Egypt build patrol boats under licence": who lets licenses
	} else {
		sup = s.licensorOf(&p)
	}
	rec := s.actors[maker].ref.Code
	if sup == rec || sup == "" || rec == "" {
		return
	}
	if !passive {
		// The state the licence is "from" gave the know-how, not the goods
		// the maker builds: "is building 12 fighters for the air force
		// under a licence from Russia" sends no fighters from Russia, nor
		// does "the rifles, which MKE builds under licence from Germany,
		// will go to the army".
		s.d.claims = slices.DeleteFunc(s.d.claims, func(d draft) bool {
			return d.sent == s.idx && (d.trig == v || d.p.lo == p.lo) && d.p.cat != armsledger.Technology && slices.Equal(d.sup, []string{sup})
		})
	}
	t := trigger{i: v, class: classGive, lemma: "produce"}
	if let >= 0 {
		t = trigger{i: let, class: classGive, lemma: "let"} // the licence is given as the letting is: "agreed to let" binds, "will let" is to come
	}
	st := s.status(t, group{phrases: []phrase{p}, lo: p.start(), hi: p.hi})
	tech := phrase{lo: k, hi: k + 1, head: k, cat: armsledger.Technology, unit: armsledger.UnitItem}
	d := draft{sup: []string{sup}, rec: []string{rec}, p: tech, status: st, rule: "made.under.licence", sent: s.idx, trig: v, conf: 0.6}
	s.finishDraft(&d, att, s.actors[maker].lo, end)
}

// licensorOf is the state whose licence goods made "under licence" with
// no licensor named are made under: the state that makes them elsewhere,
// named by the model ("builds Ababil drones"), by a demonym ("Iranian
// drones") or, for goods named again, by the model of their kind named
// before ("ordered the K9 ..., has begun producing the howitzer").
func (s *sent) licensorOf(p *phrase) string {
	if m := s.d.makerOf(p); m != "" {
		return m
	}
	if len(p.demonym) == 1 {
		return p.demonym[0]
	}
	for k := len(s.d.claims) - 1; k >= 0; k-- {
		// the sentence's own goods of the kind, not yet remembered:
		// "Egypt, which ordered the K9 in 2022, has begun producing the
		// howitzer"
		if d := &s.d.claims[k]; d.sent == s.idx && d.p.hi <= p.lo && d.p.cat == p.cat {
			if m := s.d.makerOf(&d.p); m != "" {
				return m
			}
		}
	}
	return s.d.namedMaker(p, false)
}

// pastParticiple reports whether w is the past participle of a verb of
// making.
func pastParticiple(w string) bool {
	switch w {
	case "built", "produced", "made", "manufactured", "assembled":
		return true
	}
	return false
}

// madeInState returns the state that goods are made "in" between tokens
// i and hi, or -1: "are made in Turkey under licence".
func (s *sent) madeInState(i, hi int) int {
	for a := range s.actors {
		if m := &s.actors[a]; m.lo >= i && m.hi <= hi && m.prep == "in" && !m.speaker && m.ref.kind == kindCountry {
			return a
		}
	}
	return -1
}

// relativeGoods returns the goods a relative clause opened by "which" or
// "that" right before actor a tells of: "the interceptors, which
// Mitsubishi Heavy Industries builds under licence" (the goods are the
// object the clause leaves out).
func (s *sent) relativeGoods(a int) (phrase, bool) {
	j := s.actors[a].lo - 1
	if j <= s.lo || (s.d.toks[j].Norm != "which" && s.d.toks[j].Norm != "that") {
		return phrase{}, false
	}
	j--
	if j > s.lo && s.d.toks[j].Norm == "," {
		j--
	}
	for k := max(s.lo, j-4); k <= j; k++ {
		if p, ok := s.phraseAt(k); ok && p.hi == j+1 {
			return p, true
		}
	}
	return phrase{}, false
}

// licenceReachEnds reports whether token j ends the reach back from a
// licence to its verb of making: a mark that parts a clause, or a word
// that opens another ("and", "which"). A hyphen inside a name
// ("Su-30MKI") or "&" in a firm's ("Larsen & Toubro") parts nothing.
func licenceReachEnds(toks []Token, j int) bool {
	switch toks[j].Norm {
	case "and", "but", "or", "which", "that", "who", "while", "whose", ",", ";", ":", "(", ")":
		return true
	case "-":
		return !isGluedHyphen(toks, j)
	}
	return false
}

// letToMake returns the verb of letting before the state that makes goods
// at the verb of making v ("let Russia build", "allowed Poland to
// produce", "permits India to assemble"), or -1: the state let is the
// maker, and the one that lets gives the licence.
func (s *sent) letToMake(v int) int {
	toks := s.d.toks
	j := v - 1
	if j > s.lo && toks[j].Norm == "to" {
		j-- // "allowed Poland to build"
	}
	a := s.actorAt(j)
	if a < 0 || s.actors[a].lo-1 <= s.lo {
		return -1
	}
	l := s.actors[a].lo - 1
	switch toks[l].Norm {
	case "let", "lets", "letting":
		if j == v-1 {
			return l
		}
	case "allow", "allows", "allowed", "allowing", "permit", "permits", "permitted", "permitting", "authorise", "authorises",
		"authorised", "authorising", "authorize", "authorizes", "authorized", "authorizing":
		if j == v-2 {
			return l
		}
	}
	return -1
}

// passiveGoods returns the goods that are the subject of the passive verb
// at v: the last materiel phrase that ends before it, with only "be" and
// adverbs between ("The interceptors are made by ...").
func (s *sent) passiveGoods(v int) (phrase, bool) {
	j := v - 1
	for j > s.lo && s.is(j, fBe|fAdverb) {
		j--
	}
	for k := max(s.lo, j-4); k <= j; k++ {
		if p, ok := s.phraseAt(k); ok && p.hi == j+1 {
			return p, true
		}
	}
	return phrase{}, false
}

// makingVerbForm reports whether w is a form of a verb of making.
func makingVerbForm(w string) bool {
	switch w {
	case "builds", "built", "building", "produces", "produced", "producing", "makes", "made", "making",
		"manufactures", "manufactured", "manufacturing", "assembles", "assembled", "assembling":
		return true
	}
	return makingVerb(w)
}

// servicingVerbForm reports whether w is an inflected form of a verb of
// keeping arms in service: help with an overhaul or a refit is know-how
// lent as help with building is ("are being overhauled in Malaysia with
// French technical support"). The base forms are makingVerb's.
func servicingVerbForm(w string) bool {
	switch w {
	case "overhaul", "overhauls", "overhauled", "overhauling", "refit", "refits", "refitted", "refitting",
		"upgrades", "upgraded", "upgrading", "repairs", "repaired", "repairing", "maintains", "maintained", "maintaining",
		"modernised", "modernized", "modernising", "modernizing":
		return true
	}
	return false
}

// withHelp makes the claim of know-how that "with <demonym> help" tells of
// arms made: "Pyongyang has begun building attack drones with Russian
// technical assistance", "submarines assembled in Karachi with Chinese
// help" — from the helper's state to the maker's, the clause's subject or
// the state it is made in. So for a state's technology, know-how or
// expertise that arms are made with: "rockets built in Gaza with Iranian
// know-how", "Pakistan built the corvettes with Turkish technology".
func (s *sent) withHelp(k int, att attrib) {
	toks := s.d.toks
	help := toks[k].Norm == "help" || toks[k].Norm == "assistance" || toks[k].Norm == "support"
	if help && k+2 < s.hi && (toks[k+1].Norm == "of" || toks[k+1].Norm == "from") {
		s.helpOfExperts(k, att)
		return
	}
	end := k + 1
	if toks[k].Norm == "know" {
		if k+2 >= s.hi || toks[k+1].Norm != "-" || toks[k+2].Norm != "how" {
			return
		}
		end = k + 3 // "know-how"
	}
	j := k - 1
	for j > s.lo && (helpModifier(toks[j].Norm) || toks[j].Norm == "and" && helpModifier(toks[j-1].Norm)) {
		j-- // "technical", "design", "design and technical"
	}
	if toks[k].Norm == "support" && j == k-1 {
		return // "with Turkish support" backs; "with Turkish technical support" is know-how
	}
	helper := s.actorAt(j)
	// A firm's know-how is its home state's, as a demonym's is: "built by
	// Mitsubishi Heavy Industries using Lockheed Martin technology".
	if helper < 0 || !s.actors[helper].demonym && !s.firm(helper) || s.actors[helper].prep != "" && s.actors[helper].prep != "and" && !instrumentPrep(s.actors[helper].prep) {
		return // ("and": the last of several, "with British and American technology")
	}
	if help && s.helpSought(k, helper, att) {
		return
	}
	if help && s.helpWithProgramme(k, helper, att) {
		return
	}
	// Several states' know-how may go into the arms together: "with
	// British and American technology".
	codes, glo, _ := s.group(helper)
	sups := append([]string(nil), codes...)
	w := glo - 1
	for w > s.lo && glo-w <= 6 && !instrumentPrep(toks[w].Norm) {
		w--
	}
	if w <= s.lo || !instrumentPrep(toks[w].Norm) {
		return
	}
	rec, lo := "", w
	for a := range s.actors {
		m := &s.actors[a]
		if m.hi > w || m.speaker || slices.Contains(sups, m.ref.Code) || m.ref.Code == "" || s.clauseBreak(m.hi, w) {
			continue
		}
		if m.prep == "in" || m.prep == "at" {
			rec, lo = m.ref.Code, min(lo, m.lo) // "assembled in Karachi with Chinese help"
		} else if m.prep == "by" && rec == "" && s.firm(a) {
			rec, lo = m.ref.Code, m.lo // "built by Mitsubishi Heavy Industries using Lockheed Martin technology": the maker's
		} else if m.prep == "" && !m.possessive && rec == "" {
			rec, lo = m.ref.Code, m.lo // "Pyongyang has begun building drones with Russian help"
		}
	}
	mk := s.makingVerbBefore(w)
	if rec == "" || mk < 0 {
		return
	}
	tech := phrase{lo: glo, hi: end, head: k, cat: armsledger.Technology, unit: armsledger.UnitItem}
	// The help goes as the making goes: "will be assembled in Poland
	// with Korean help" is to come.
	t := trigger{i: mk, class: classGive, lemma: "help"}
	if v := s.absoluteMainVerb(mk); v >= 0 {
		t.i = v // "are to be built in Japan, with the rest assembled in Australia using Japanese designs": to come, as the building is
	}
	st := s.status(t, group{phrases: []phrase{tech}, lo: tech.lo, hi: tech.hi})
	if st == armsledger.Committed {
		st = armsledger.Delivered // help with what is being made is given as it is made
	}
	for n := len(s.d.claims) - 1; n >= 0 && s.d.claims[n].sent == s.idx; n-- {
		if c := &s.d.claims[n]; c.p.hi == end && c.p.cat == armsledger.Technology {
			if !help {
				return // "bought drones with Chinese technology": the frame's own reading stands
			}
			// A frame took the help as its goods ("is building eight
			// submarines for Pakistan, four of which are assembled in
			// Karachi with Chinese technical assistance"): the help is
			// given as the arms are made, not as they are promised.
			c.status = st
			return
		}
	}
	d := draft{sup: sups, rec: []string{rec}, p: tech, status: st, rule: "help.with", sent: s.idx, trig: w, conf: 0.6}
	s.finishDraft(&d, att, lo, end)
}

// helpWithProgramme makes the claim of know-how that a state's help with
// a programme or with technology tells, the help a noun with no verb of
// making ("Russian help with satellite launches is widely assumed",
// "Russian help with satellite and submarine technology could follow",
// "with Russian help on Iran's fighter programme"): from the helper's
// state to the programme's owner, or, where the sentence names none, to
// the state the passage tells of. It reports whether it made the claim.
func (s *sent) helpWithProgramme(k, helper int, att attrib) bool {
	toks := s.d.toks
	if k+2 >= s.hi || toks[k+1].Norm != "with" && toks[k+1].Norm != "on" {
		return false
	}
	end := s.programmeAt(k + 2)
	if end < 0 {
		e, c, ok := s.helpGoods(k + 2)
		if !ok || c != armsledger.Technology {
			return false
		}
		end = e
	}
	for n := len(s.d.claims) - 1; n >= 0 && s.d.claims[n].sent == s.idx; n-- {
		if c := &s.d.claims[n]; c.p.cat == armsledger.Technology && c.p.start() < end && c.p.hi > k {
			return false // a frame read the help or what it is with: "Russian help with submarine technology could follow"
		}
	}
	sup := s.actors[helper].ref.Code
	var rec []string
	if a := s.actorAt(k + 2); a >= 0 && s.actors[a].possessive {
		rec = []string{s.actors[a].ref.Code} // "on Iran's fighter programme"
	}
	if len(rec) > 0 && rec[0] == sup {
		return false // "Russian help with Russia's own programme"
	}
	tech := phrase{lo: s.actors[helper].lo, hi: end, head: k, cat: armsledger.Technology, unit: armsledger.UnitItem}
	t := trigger{i: k, class: classGive, lemma: "help"}
	st := s.status(t, group{phrases: []phrase{tech}, lo: tech.lo, hi: tech.hi})
	if end < s.hi && s.is(end, fModal) && toks[end].Norm != "can" {
		st = armsledger.Expected // the help is the subject of a verb still to come: "could follow"
	}
	d := draft{sup: []string{sup}, rec: rec, p: tech, status: st, rule: "help.with", sent: s.idx, trig: k, conf: 0.5}
	s.finishDraft(&d, att, tech.lo, end)
	return true
}

// helpOfExperts makes the claim of know-how that "with the help of" a
// state's experts tells of arms made: "Pakistan is building the
// submarines with the help of Chinese engineers", "developed the drone
// in China with help from local specialists". The experts' state (for
// "local" ones, the state the arms are made in) gives the know-how to
// the clause's maker, or to the state they are made in.
func (s *sent) helpOfExperts(k int, att attrib) {
	toks := s.d.toks
	w := k - 1
	if w > s.lo && toks[w].Norm == "the" {
		w--
	}
	if w <= s.lo || toks[w].Norm != "with" {
		return
	}
	j, sup, local := k+2, "", false
	if a := s.actorAt(j); a >= 0 && s.actors[a].demonym && !s.actors[a].possessive {
		sup, j = s.actors[a].ref.Code, s.actors[a].hi // "of Chinese engineers"
	} else if toks[j].Norm == "local" {
		local, j = true, j+1 // "of local specialists": of the state the arms are made in
	} else {
		return
	}
	for n := 0; j < s.hi && n < 2 && !expertNoun(toks[j].Norm); n++ {
		j++ // "of Russian missile engineers"
	}
	if j >= s.hi || !expertNoun(toks[j].Norm) {
		return
	}
	mk := -1 // the verb of making, back in the clause ("developed and flight-tested a new model, the Garpiya-3, in China")
	for i := w - 1; i > s.lo && w-i <= 16 && toks[i].Norm != ";"; i-- {
		if makingVerbForm(toks[i].Norm) || developingVerb(toks[i].Norm) || servicingVerbForm(toks[i].Norm) {
			mk = i
			break
		}
	}
	if mk < 0 {
		return
	}
	arms := false // what is made is arms: "the drones", not "the school"
	for i := mk + 1; i < w && !arms; i++ {
		_, _, ok := lex.materiel.Match(toks, i, s.hi)
		arms = ok || militaryWord(toks[i].Norm)
	}
	if !arms {
		return
	}
	where, maker := -1, -1
	for a := range s.actors {
		m := &s.actors[a]
		if m.hi > w || m.speaker || m.ref.Code == "" {
			continue
		}
		if (m.prep == "in" || m.prep == "at") && m.lo > mk && !s.clauseBreak(m.hi, w) {
			where = a // "in China", "at Karachi"
		} else if m.hi <= mk && maker < 0 && (m.prep == "" || m.prep == "of") && !s.clauseBreak(m.hi, mk) {
			maker = a // "A Russian state arms company", "a subsidiary of Almaz-Antey"
		}
	}
	rec, lo := "", w
	switch {
	case local && where >= 0 && maker >= 0:
		sup, rec, lo = s.actors[where].ref.Code, s.actors[maker].ref.Code, s.actors[maker].lo
	case !local && where >= 0 && s.actors[where].ref.Code != sup:
		rec, lo = s.actors[where].ref.Code, s.actors[where].lo
	case !local && maker >= 0:
		rec, lo = s.actors[maker].ref.Code, s.actors[maker].lo
	}
	if sup == "" || rec == "" || sup == rec {
		return
	}
	tech := phrase{lo: k, hi: j + 1, head: k, cat: armsledger.Technology, unit: armsledger.UnitItem}
	t := trigger{i: mk, class: classGive, lemma: "help"}
	st := s.status(t, group{phrases: []phrase{tech}, lo: tech.lo, hi: tech.hi})
	if st == armsledger.Committed {
		st = armsledger.Delivered // help with what is being made is given as it is made (see withHelp)
	}
	d := draft{sup: []string{sup}, rec: []string{rec}, p: tech, status: st, rule: "help.with", sent: s.idx, trig: w, conf: 0.55}
	s.finishDraft(&d, att, lo, j+1)
}

// expertNoun reports whether w names people whose help with arms is
// know-how: "engineers", "specialists", "experts".
func expertNoun(w string) bool {
	switch w {
	case "engineers", "specialists", "experts", "technicians", "scientists", "designers", "advisers", "advisors", "instructors":
		return true
	}
	return false
}

// developingVerb reports whether w is a form of a verb of developing or
// testing arms, which help from abroad goes into as it goes into making.
func developingVerb(w string) bool {
	switch w {
	case "develops", "developed", "developing", "tested", "testing", "designed", "designing":
		return true
	}
	return false
}

// helpSought makes the claim of know-how a state asks for or gets as a
// state's help to make arms: "Belarus has sought Russian help to build
// its own missiles" (requested), "Iran received Chinese technical
// assistance in building its drones" (delivered). The help at k follows
// the helper's demonym, and a verb of asking or receiving whose subject
// gets it stands right before; a verb of making follows after "to" or
// "in". It reports whether it made the claim.
func (s *sent) helpSought(k, helper int, att attrib) bool {
	toks := s.d.toks
	v := s.actors[helper].lo - 1
	if v > s.lo && toks[v].Norm == "for" {
		v-- // "asked for Russian help"
	}
	if v <= s.lo || k+2 >= s.hi || toks[k+1].Norm != "to" && toks[k+1].Norm != "in" || !makingVerbForm(toks[k+2].Norm) {
		return false
	}
	verb, ok := s.verbAt(v)
	if !ok || verb.Class != classRequest && verb.Class != classReceive {
		return false
	}
	arms := false // what is made is arms: "to build its own missiles", not "to build houses"
	for j := k + 3; j < s.hi && j <= k+7 && !arms; j++ {
		_, _, ok := lex.materiel.Match(toks, j, s.hi)
		arms = ok || militaryWord(toks[j].Norm)
	}
	if !arms {
		return false
	}
	rec := s.subject(trigger{i: v, class: verb.Class, lemma: verb.Lemma})
	sup := s.actors[helper].ref.Code
	if rec < 0 || s.actors[rec].ref.Code == sup || s.actors[rec].ref.Code == "" {
		return false
	}
	st := armsledger.Delivered
	if verb.Class == classRequest {
		st = armsledger.Requested
	}
	tech := phrase{lo: s.actors[helper].lo, hi: k + 1, head: k, cat: armsledger.Technology, unit: armsledger.UnitItem}
	d := draft{sup: []string{sup}, rec: []string{s.actors[rec].ref.Code}, p: tech, status: st, rule: "help.sought", sent: s.idx, trig: v, conf: 0.6}
	s.finishDraft(&d, att, s.actors[rec].lo, k+3)
	return true
}

// absoluteMainVerb returns, for a participle of making at mk that opens
// no clause of its own but stands in an absolute phrase set off after a
// comma ("..., with the rest assembled at Henderson"), the verb of making
// of the clause the phrase hangs on, or -1. Such a participle has no tense:
// its time is the main clause's.
func (s *sent) absoluteMainVerb(mk int) int {
	toks := s.d.toks
	if !pastParticiple(toks[mk].Norm) || s.beBefore(mk) {
		return -1
	}
	for j := mk - 1; j > s.lo+1 && mk-j <= 5; j-- {
		if toks[j].Norm == "with" {
			if toks[j-1].Norm != "," {
				return -1
			}
			return s.makingVerbBefore(j - 1)
		}
		if toks[j].Kind == Punct || s.triggerAt(j) {
			return -1
		}
	}
	return -1
}

// instrumentPrep reports whether w opens what arms are made with: "with
// Iranian know-how", or, as surely, "using Japanese designs and
// technology".
func instrumentPrep(w string) bool {
	return w == "with" || w == "using"
}

// helpModifier reports whether w may stand between a demonym and "help"
// or "assistance" that is know-how: "Chinese technical assistance".
func helpModifier(w string) bool {
	switch w {
	case "technical", "technological", "design", "designs", "engineering", "scientific", "military", "industrial", "production",
		"manufacturing", "shipbuilding", "missile", "submarine", "naval", "nuclear", "drone":
		return true
	}
	return false
}

// makingVerbBefore returns the verb of making that stands in the clause
// before token w, or -1: what the help went into is arms made.
func (s *sent) makingVerbBefore(w int) int {
	for j := w - 1; j >= s.lo && w-j <= 12; j-- {
		if makingVerbForm(s.d.toks[j].Norm) || servicingVerbForm(s.d.toks[j].Norm) {
			return j
		}
		if s.d.toks[j].Norm == ";" {
			return -1
		}
	}
	return -1
}

// partsFoundIn makes the claim of parts of one state's make found inside
// another state's weapons: "Western components have been found in Russian
// missiles", "Chinese chips turn up in Russian drones". The parts reached
// the state whose weapons hold them, from the state that made them; parts
// are know-how (technology, FORMAT.md).
func (s *sent) partsFoundIn(k int, att attrib) {
	w := s.weaponsFoundIn(k)
	if w < 0 {
		return
	}
	toks := s.d.toks
	j := k - 1 // back over the verb chain to the last word of the parts
	for j > s.lo && (s.is(j, fBe) || s.is(j, fAdverb) || isAux(toks[j].Norm)) {
		j--
	}
	for i := j; i >= s.lo && j-i <= 3; i-- {
		end, ref, ok := lex.materiel.Match(toks, i, s.hi)
		if !ok || end != j+1 || ref.Cat != armsledger.Technology {
			continue
		}
		p := phrase{lo: i, hi: end, head: i, cat: ref.Cat, unit: ref.Unit}
		s.widen(&p, s.lo)
		rec := s.actors[w].ref.Code
		if len(p.demonym) != 1 || p.demonym[0] == rec {
			return // the parts' maker is not told, or is the weapons' own
		}
		hi := s.actors[w].hi + 1 // the evidence ends with the weapons: "in Russian cruise missiles"
		if e, _, ok := lex.materiel.Match(toks, s.actors[w].hi, s.hi); ok {
			hi = e
		}
		d := draft{sup: []string{p.demonym[0]}, rec: []string{rec}, p: p, status: armsledger.Delivered, rule: "found.in", sent: s.idx, trig: k, conf: 0.6}
		s.finishDraft(&d, att, p.lo, hi)
		return
	}
}

// weaponsFoundIn returns the state whose weapons "found" or "turn up" at
// k puts something inside ("were found in Russian missiles", "turn up in
// Iranian drones"), by its demonym before the weapons; or -1.
func (s *sent) weaponsFoundIn(k int) int {
	toks := s.d.toks
	j := k + 1
	if toks[k].Norm != "found" {
		if j >= s.hi || toks[j].Norm != "up" {
			return -1
		}
		j++
	}
	if j+2 >= s.hi || toks[j].Norm != "in" && toks[j].Norm != "inside" {
		return -1
	}
	a := s.actorAt(j + 1)
	if a < 0 || !s.actors[a].demonym || !s.is(s.actors[a].hi, fMateriel) {
		return -1
	}
	return a
}

// madeUnderTransfer makes the claim of know-how that goods made "under a
// technology-transfer agreement" tell: "two of the frigates are being
// built at Karachi under a transfer-of-technology arrangement". The
// know-how moves as the goods are made, from the partner it is
// made "with", or else the other state the goods are made in or the
// maker of the goods or the seller of the goods told before, to the
// state where they are made or the firm that makes them.
func (s *sent) madeUnderTransfer(k int, att attrib) {
	u, e := s.transferDealAt(k)
	if u < 0 {
		return
	}
	v := s.makingBefore(u)
	if v < 0 {
		return
	}
	where := -1 // the last state or firm the goods are made in, at or by before "under"
	for a := range s.actors {
		if m := &s.actors[a]; m.lo > v && m.hi <= u && !m.speaker && (m.prep == "in" || m.prep == "at" || m.prep == "by") {
			where = a
		}
	}
	if where < 0 {
		return
	}
	rec := s.actors[where].ref.Code
	sup := ""
	if w := s.ppActor(e, min(s.hi, e+5), "with"); w >= 0 {
		sup = s.actors[w].ref.Code // "under a technology-transfer agreement with Turkey's ASFAT"
	}
	for a := range s.actors {
		if m := &s.actors[a]; sup == "" && m.lo > v && m.hi <= s.actors[where].lo && m.prep == "in" && m.ref.Code != rec {
			sup = m.ref.Code // "four are being built in China and four at Karachi under ..."
		}
	}
	if sup == "" {
		if p, ok := s.passiveGoods(v); ok {
			sup = s.d.makerOf(&p)
		}
	}
	if sup == "" {
		sup = s.d.sellerTo(rec, s.idx)
	}
	if sup == "" || sup == rec || rec == "" {
		return
	}
	for n := len(s.d.claims) - 1; n >= 0 && s.d.claims[n].sent == s.idx; n-- {
		if c := &s.d.claims[n]; c.p.cat == armsledger.Technology && sameSet(c.rec, []string{rec}) {
			return // a frame read the agreement: "signed a technology transfer agreement with Germany"
		}
	}
	for n := len(s.d.claims) - 1; n >= 0 && s.d.claims[n].sent == s.idx; n-- {
		if c := &s.d.claims[n]; c.p.cat == armsledger.Technology && len(c.sup) > 0 && c.p.start() < e && c.p.hi > k {
			return // a frame read the transfer's words as given, its recipient to be inherited
		}
	}
	tech := phrase{lo: k, hi: e, head: k, cat: armsledger.Technology, unit: armsledger.UnitItem}
	// The know-how goes as the goods are made: "are being built under
	// ..." gives it.
	st := s.status(trigger{i: v, class: classGive, lemma: "produce"}, group{phrases: []phrase{tech}, lo: tech.lo, hi: tech.hi})
	if st == armsledger.Committed {
		st = armsledger.Delivered
	}
	st = s.boundUnderDeal(v, st)
	d := draft{sup: []string{sup}, rec: []string{rec}, p: tech, status: st, rule: "made.under.transfer", sent: s.idx, trig: v, conf: 0.6}
	s.finishDraft(&d, att, s.actors[where].lo, e)
}

// makingBefore returns the verb of making that goods are made by under the
// agreement opened by "under" at u, back in its clause ("are being built in
// China and four at Karachi under ..."), or -1.
func (s *sent) makingBefore(u int) int {
	toks := s.d.toks
	for j := u - 1; j > s.lo && u-j <= 20 && toks[j].Norm != ";"; j-- {
		if makingVerbForm(toks[j].Norm) {
			return j
		}
	}
	return -1
}

// makingNowUnderDeal returns the verb of making, in the present, whose
// goods are made under the technology-transfer agreement whose noun is at
// d ("assembles Gripens under a technology transfer deal with Saab", "is
// building the frigates under ..."), or -1. Only the present tells the
// making's own time: a participle may be a passive or a reduced relative
// timed elsewhere, and a bare verb follows a modal or "to", a making still
// to come that the deal binds.
func (s *sent) makingNowUnderDeal(d int) int {
	for k := d - 1; k >= s.lo && d-k <= 4; k-- {
		if s.d.toks[k].Norm != "transfer" {
			continue
		}
		u, e := s.transferDealAt(k)
		if u < 0 || e != d+1 {
			return -1
		}
		v := s.makingBefore(u)
		if v < 0 || !strings.HasSuffix(s.d.toks[v].Norm, "s") && !strings.HasSuffix(s.d.toks[v].Norm, "ing") {
			return -1
		}
		return v
	}
	return -1
}

// boundUnderDeal is the status st that the verb of making at v tells of
// know-how its goods are made under, a technology-transfer agreement's:
// goods that will be made under an agreement already had are bound by it,
// not only meant ("will be assembled in Gliwice under a transfer of
// production technology"). A hedge stays one: "could be built under ...".
func (s *sent) boundUnderDeal(v int, st armsledger.Status) armsledger.Status {
	if st == armsledger.Expected && s.plainFuture(v) {
		return armsledger.Committed
	}
	return st
}

// plainFuture reports whether the verb at v is told in the plain future,
// "will be assembled", "are to be built", with no modal of doubt or plan.
func (s *sent) plainFuture(v int) bool {
	toks := s.d.toks
	for k := v - 1; k >= s.lo && v-k <= 4; k-- {
		switch w := toks[k].Norm; {
		case w == "will" || w == "shall":
			return true
		case w == "to":
			return k-1 >= s.lo && s.is(k-1, fBe)
		case w == "be" || s.is(k, fAdverb):
			continue
		default:
			return false
		}
	}
	return false
}

// transferDealAt returns, for the word "transfer" at k, the "under" that
// opens a technology-transfer agreement around it ("under a
// technology-transfer agreement", "under a transfer-of-technology
// arrangement", "under the technology transfer programme") or the
// transfer itself ("under a transfer of production technology"), and the
// token after it; or -1 and -1.
func (s *sent) transferDealAt(k int) (int, int) {
	toks := s.d.toks
	lo, e := k, k+1
	switch {
	case k-2 > s.lo && toks[k-1].Norm == "-" && toks[k-2].Norm == "technology":
		lo = k - 2 // "technology-transfer"
	case k-1 > s.lo && toks[k-1].Norm == "technology":
		lo = k - 1 // "technology transfer"
	case k+4 < s.hi && toks[k+1].Norm == "-" && toks[k+2].Norm == "of" && toks[k+3].Norm == "-" && toks[k+4].Norm == "technology":
		e = k + 5 // "transfer-of-technology"
	case k+2 < s.hi && toks[k+1].Norm == "of" && toks[k+2].Norm == "technology":
		e = k + 3 // "transfer of technology"
	case k+3 < s.hi && toks[k+1].Norm == "of" && toks[k+3].Norm == "technology" && techTransferModifier(toks[k+2].Norm):
		e = k + 4 // "transfer of production technology"
	default:
		return -1, -1
	}
	// Goods are made under the transfer itself as under the agreement
	// that provides for it: "are being built at Karachi under a transfer
	// of technology" as "under a transfer-of-technology arrangement".
	if e < s.hi && transferDealNoun(toks[e].Norm) {
		e++
	}
	u := lo - 1
	if u > s.lo && (toks[u].Norm == "a" || toks[u].Norm == "an" || toks[u].Norm == "the") {
		u--
	}
	if u <= s.lo || toks[u].Norm != "under" {
		return -1, -1
	}
	return u, e
}

// transferDealNoun reports whether w names the agreement a transfer of
// technology is made under: "a technology-transfer agreement".
func transferDealNoun(w string) bool {
	switch w {
	case "agreement", "agreements", "arrangement", "arrangements", "programme", "program", "deal", "contract", "scheme", "accord", "pact", "package":
		return true
	}
	return false
}

// techTransferModifier reports whether w names the kind of technology
// transferred to make goods: "a transfer of production technology".
func techTransferModifier(w string) bool {
	switch w {
	case "production", "manufacturing", "design", "industrial", "military", "defence", "defense":
		return true
	}
	return false
}

// sellerTo returns the one supplier of the latest claim of goods to state
// rec alone told in sentence idx or the few before it, or "": goods made in
// a state under a deal are those the deal sells it.
func (d *doc) sellerTo(rec string, idx int) string {
	for n := len(d.claims) - 1; n >= 0; n-- {
		c := &d.claims[n]
		if c.sent > idx {
			continue
		}
		if idx-c.sent > 3 {
			return ""
		}
		if len(c.rec) == 1 && c.rec[0] == rec && len(c.sup) == 1 && c.sup[0] != rec && c.p.cat != armsledger.Personnel {
			return c.sup[0]
		}
	}
	return ""
}

// builtThere makes the claim of know-how that a clause after a sale tells
// when it says the goods sold, or a share of them, are to be made in the
// buyer's state: "Chile ordered 30 frigates from Spain, most of which will
// be built in Chile", "..., four of them to be assembled in Valparaiso",
// "..., some of which will be assembled at a Chilean yard", "and 12 of the
// ships are being built in Chile". Making in the buyer's state needs
// the seller's designs and help (FORMAT.md: technology). A clause that
// makes them in the seller's state, or names no place ("will be assembled
// locally"), tells no such claim.
func (s *sent) builtThere(att attrib) {
	toks := s.d.toks
	for _, v := range s.knowHows() {
		if !builtParticiple(toks[v].Norm) {
			continue
		}
		j, future, passive := v-1, false, false
		for ; j > s.lo; j-- {
			if s.is(j, fBe) {
				passive = true
			} else if w := toks[j].Norm; w == "will" || w == "would" || w == "to" || w == "shall" {
				future = true
			} else if !s.is(j, fAdverb) {
				break
			}
		}
		lo := s.partitiveSubject(j)
		if !passive || lo < 0 {
			continue
		}
		rec, hi := s.placeMadeIn(v + 1)
		if rec == "" {
			continue
		}
		var goods *draft
		for n := len(s.d.claims) - 1; n >= 0; n-- {
			c := &s.d.claims[n]
			if c.sent != s.idx {
				break
			}
			if c.trig < lo && c.p.hi <= lo && len(c.sup) == 1 && len(c.rec) == 1 && c.rec[0] == rec && c.sup[0] != rec && madeGoods(c.p.cat) {
				goods = c
				break
			}
		}
		if goods == nil || s.d.hasTechnology(s.idx, goods.sup[0], rec) {
			continue
		}
		st := armsledger.Delivered // "some of which are being assembled in Chile"
		if future {
			st = armsledger.Expected
		}
		tech := phrase{lo: v, hi: hi, head: v, cat: armsledger.Technology, unit: armsledger.UnitItem}
		d := draft{sup: []string{goods.sup[0]}, rec: []string{rec}, p: tech, status: st, rule: "built.there", sent: s.idx, trig: v, conf: 0.6}
		s.finishDraft(&d, att, lo, hi)
	}
}

// madeThereNoun makes the claim of know-how that a deal's "local
// assembly", "local production" or "co-production" in the buyer's state
// tells: "contracts for Turkish armed drones that include local assembly
// in the kingdom", "the deal included co-production in Saudi Arabia",
// "with local production planned at a Peruvian state factory". As with
// goods said to be built there (builtThere), making arms bought in the
// buyer's state needs the seller's designs and help; the seller is the
// one of goods to that state told in the sentence or the few before.
// Making with no place named ("local assembly of a K2PL variant") tells
// no such claim.
func (s *sent) madeThereNoun(att attrib) {
	toks := s.d.toks
	for _, k := range s.knowHows() {
		n := k + 1 // the noun of making
		switch toks[k].Norm {
		case "local", "joint":
		case "co":
			if n+1 >= s.hi || toks[n].Norm != "-" {
				continue
			}
			n++
		default:
			continue
		}
		if n >= s.hi || !makingNoun(toks[n].Norm) {
			continue
		}
		i, planned := n+1, false
		if i < s.hi && (toks[i].Norm == "planned" || toks[i].Norm == "envisaged") {
			i, planned = i+1, true // "local production planned at a Peruvian state factory": still to come
		}
		rec, hi := s.placeMadeIn(i)
		if rec == "" {
			continue
		}
		sup := s.sellerHere(rec, k)
		if sup == "" {
			sup = s.d.sellerTo(rec, s.idx)
		}
		if sup == "" || sup == rec || s.d.hasTechnology(s.idx, sup, rec) {
			continue
		}
		tech := phrase{lo: k, hi: hi, head: n, cat: armsledger.Technology, unit: armsledger.UnitItem}
		t := trigger{i: n, class: classGive, lemma: "produce"}
		st := s.knowHowStatus(&t, tech)
		if planned {
			st = armsledger.Expected
		}
		d := draft{sup: []string{sup}, rec: []string{rec}, p: tech, status: st, rule: "made.there", sent: s.idx, trig: n, conf: 0.6}
		s.finishDraft(&d, att, k, hi)
	}
}

// makingNoun reports whether w names the making of arms in a place:
// "local assembly", "co-production".
func makingNoun(w string) bool {
	switch w {
	case "production", "assembly", "manufacturing", "manufacture":
		return true
	}
	return false
}

// sellerHere returns the one supplier of the latest claim of goods made in
// a plant or a yard to state rec alone told in this sentence before token
// k, or "".
func (s *sent) sellerHere(rec string, k int) string {
	for n := len(s.d.claims) - 1; n >= 0; n-- {
		c := &s.d.claims[n]
		if c.sent != s.idx {
			break
		}
		if c.p.hi <= k && len(c.sup) == 1 && len(c.rec) == 1 && c.rec[0] == rec && c.sup[0] != rec && madeGoods(c.p.cat) {
			return c.sup[0]
		}
	}
	return ""
}

// builtParticiple reports whether w is a past participle of a verb of
// making that goods bought may be said to be made in the buyer's state by.
// ("made" is left out: "made by", "made up of", "made public".)
func builtParticiple(w string) bool {
	switch w {
	case "built", "assembled", "produced", "manufactured":
		return true
	}
	return false
}

// madeGoods reports whether goods of category c are made in a plant or a
// yard: not money, people or know-how.
func madeGoods(c armsledger.Category) bool {
	return c != armsledger.Funding && c != armsledger.Personnel && c != armsledger.Technology && c != armsledger.Container
}

// partitiveSubject returns the first token of a subject that ends at token
// e and names goods told before in the sentence, after a comma, "and" or
// "with": "which" ("..., which will be built"), a share of them ("most of
// which", "four of them", "part of those", "63 of the vehicles"); or -1.
func (s *sent) partitiveSubject(e int) int {
	toks := s.d.toks
	if e <= s.lo {
		return -1
	}
	j := e
	switch toks[e].Norm {
	case "which", "them", "those", "these":
	default:
		if e-2 <= s.lo || toks[e-1].Norm != "the" || toks[e-2].Norm != "of" || !plural(toks[e].Norm) {
			return -1
		}
		j = e - 1 // "63 of the vehicles"
	}
	if toks[j-1].Norm == "of" && j-2 > s.lo {
		j -= 2 // "most of", "four of", "part of"
		if toks[j].Norm == "none" {
			return -1
		}
	} else if toks[e].Norm != "which" {
		return -1 // "them", "those", "the vehicles" alone are the whole
	}
	if j <= s.lo {
		return -1
	}
	switch toks[j-1].Norm {
	case ",", "and", "with", ";":
		return j
	}
	return -1
}

// placeMadeIn returns the state that a place "in" or "at" right after a
// verb of making at token i names, and the token after it: a state or its
// city ("in Chile", "in Valparaiso"), "the kingdom" or "the country" (the
// buyer told before), or a plant or yard of a state's ("at a Chilean
// yard"); "under licence" may stand before it. "" when no such place
// follows.
func (s *sent) placeMadeIn(i int) (string, int) {
	toks := s.d.toks
	if i+1 < s.hi && toks[i].Norm == "under" && (toks[i+1].Norm == "licence" || toks[i+1].Norm == "license") {
		i += 2
	}
	if i+1 >= s.hi || toks[i].Norm != "in" && toks[i].Norm != "at" {
		return "", -1
	}
	j := i + 1
	if a := s.actorAt(j); a >= 0 {
		m := &s.actors[a]
		if m.possessive || m.ref.kind != kindCountry && m.ref.kind != kindPlace && m.ref.Kind != "capital" {
			return "", -1
		}
		return m.ref.Code, m.hi
	}
	if toks[j].Norm == "a" || toks[j].Norm == "an" || toks[j].Norm == "the" {
		j++
	}
	if a := s.actorAt(j); a >= 0 && s.actors[a].demonym && s.actors[a].hi < s.hi {
		if h := s.actors[a].hi; plantNoun(toks[h].Norm) {
			return s.actors[a].ref.Code, h + 1 // "at a Chilean yard"
		} else if h+1 < s.hi && plantOwner(toks[h].Norm) && plantNoun(toks[h+1].Norm) {
			return s.actors[a].ref.Code, h + 2 // "at an Egyptian military factory"
		}
	}
	if j < s.hi && j == i+2 && toks[j-1].Norm == "the" && (toks[j].Norm == "kingdom" || toks[j].Norm == "country") {
		if b := s.buyerBefore(i); b != "" {
			return b, j + 1
		}
		// With no buyer told, "the kingdom" is the state the clause is
		// about: "Saudi Arabia formed a joint venture with Lockheed Martin
		// to assemble launcher parts in the kingdom".
		for a := range s.actors {
			if m := &s.actors[a]; m.lo < i && m.prep == "" && !m.possessive && !m.speaker && !m.demonym {
				if m.ref.kind != kindCountry {
					break
				}
				return m.ref.Code, j + 1
			}
		}
		return "", -1
	}
	return "", -1
}

// plantNoun reports whether w names a plant or a yard goods are made at.
func plantNoun(w string) bool {
	switch w {
	case "plant", "plants", "factory", "factories", "yard", "yards", "shipyard", "shipyards", "facility", "works":
		return true
	}
	return false
}

// plantOwner reports whether w, between a demonym and a plant, says whose
// or what plant it is: "a Peruvian state factory", "an Egyptian military
// factory".
func plantOwner(w string) bool {
	switch w {
	case "state", "military", "naval", "army", "defence", "defense", "government", "private":
		return true
	}
	return false
}

// buyerBefore returns the one recipient of this sentence's claims told
// before token i, or "": "the kingdom" a clause after the sale makes goods
// in is the buyer's state.
func (s *sent) buyerBefore(i int) string {
	found := ""
	for n := len(s.d.claims) - 1; n >= 0; n-- {
		c := &s.d.claims[n]
		if c.sent != s.idx {
			break
		}
		if c.trig >= i || len(c.rec) != 1 {
			continue
		}
		if found != "" && found != c.rec[0] {
			return ""
		}
		found = c.rec[0]
	}
	return found
}

// hasTechnology reports whether sentence idx already holds a claim of
// know-how from sup to rec, or from sup to a recipient it has yet to
// inherit ("four of which are assembled in Karachi with Chinese technical
// assistance" tells one).
func (d *doc) hasTechnology(idx int, sup, rec string) bool {
	for n := len(d.claims) - 1; n >= 0 && d.claims[n].sent == idx; n-- {
		c := &d.claims[n]
		if c.p.cat == armsledger.Technology && slices.Equal(c.sup, []string{sup}) && (len(c.rec) == 0 || slices.Equal(c.rec, []string{rec})) {
			return true
		}
	}
	return false
}
