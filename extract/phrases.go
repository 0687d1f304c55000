package extract

import (
	"math"
	"slices"
	"strings"

	"armsledger"
)

// phrase is a materiel noun phrase ("4.8 million rounds of ammunition",
// "dozens of ballistic missiles", "$2bn worth of weapons") in one sentence.
type phrase struct {
	lo, hi     int // tokens of the item words
	head       int // first token of the head term
	cat        armsledger.Category
	unit       string
	qty        *QuantityMatch
	demonym    []string            // supplier codes from modifiers: "Iranian drones", "Iranian-made"
	money      bool                // the phrase is an amount of money
	increment  bool                // "another", "more", "additional", "new batch"
	pronominal bool                // "those provided by ...": an item named only by a pronoun
	examples   bool                // the phrase goes on with examples: "X, including Y and Z"
	forWhat    bool                // the phrase ends with what it is for: "munitions for fighter jets (and ...)"
	forCat     armsledger.Category // what kind of item that is
	refused    bool                // what the frame's giver will not give: "but not its S-300 systems"
	elided     bool                // only a count names the item: "six could be delivered"
	financed   bool                // the object of "finance": the money's recipient may be its possessor
	restatedTo int                 // when > 0, the end of a count restated after it: ", which comprises 14 vehicles"
	// uncountedPart is true when the count is of a whole an uncounted part
	// is taken from: "the first of 24 howitzers". A verb before the phrase
	// moved only the part; one after it ("some of the 10,000 soldiers
	// deployed to Kursk") tells of the whole.
	uncountedPart bool
	// share is the amount a fraction takes of the count: "about a third
	// of the one million shells". As uncountedPart, it is what a verb
	// before the phrase moved; one after it tells of the whole ("half of
	// the 31 tanks the US sent").
	share *QuantityMatch
	// whole is the count a part was taken from ("two of the four Patriot
	// systems it promised"): what a relative clause on it says was pledged.
	whole *QuantityMatch
	// ofSeveral is true when an uncounted part is taken from a whole of no
	// count: "the first of several Bayraktar TB2 drones ordered from
	// Turkey". Like whole, what a relative clause on it says was ordered.
	ofSeveral bool
}

// start is the first token of the phrase including its quantity.
func (p *phrase) start() int {
	if p.qty != nil && p.qty.Lo < p.lo {
		return p.qty.Lo
	}
	return p.lo
}

// end is the token after the phrase including its quantity, when the
// quantity stands next to it (not "the number of X ... is about 5,000").
func (p *phrase) end() int {
	if p.restatedTo > p.hi {
		return p.restatedTo
	}
	if p.qty != nil && p.qty.Hi > p.hi && p.qty.Lo <= p.hi {
		return p.qty.Hi
	}
	return p.hi
}

// modifierStop lists words that end a phrase's modifiers on the left: a noun
// phrase's determiners, prepositions, conjunctions and pronouns.
var modifierStop = setOf("the", "a", "an", "this", "that", "these", "those", "its", "their",
	"his", "her", "our", "your", "my", "of", "to", "from", "by", "with", "for", "in", "on", "at",
	"into", "and", "or", "but", "as", "than", "some", "any", "each", "every", "all", "both", "no",
	"which", "who", "whose", "it", "they", "he", "she", "we", "i", "you", "is", "are", "was",
	"were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "may", "might",
	"can", "also", "already", "including", "such", "many", "much", "few", "several", "more",
	"most", "other", "another", "additional", "further", "new", "extra", "not", "if", "about",
	"around", "over", "under", "up", "down", "out", "off", "near", "via", "per", "between",
	"among", "against", "during", "after", "before", "since", "until", "while", "where", "when",
	"what", "how", "why", "whether", "so", "very", "then", "there", "here", "just", "only",
	"even", "include", "includes", "included", "'s", "'", "total", "number", "amount", "worth",
	"like", "same", "first", "second", "third", "last", "next", "own", "containing", "carrying",
	"loaded", "filled", "packed", "notably", "especially", "particularly", "particular", "namely",
	"chiefly", "mainly", "mostly", "largely", "primarily",
	"aboard", "onboard", "onto", "through", "across", "within", "without", "toward", "towards", "despite") // ("missiles aboard transport planes", "missiles onto cargo ships" are two phrases: the load and its carrier)

// incrementWords mark a phrase as an addition to earlier transfers.
var incrementWords = setOf("another", "more", "additional", "further", "extra", "new", "fresh")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// phrases finds the materiel noun phrases of a sentence: lexicon terms,
// merged when they touch ("Storm Shadow missiles") or join by "of" ("rounds
// of ammunition"), widened left over their modifiers, with the quantity that
// counts them.
func (s *sent) phrases() []phrase {
	toks := s.d.toks
	out := s.d.phraseBuf[:0] // phrases live as long as their sentence
	for i := s.next(s.lo, fMateriel); i < s.hi; i = s.next(i, fMateriel) {
		if s.inQty[i-s.lo] {
			i++
			continue
		}
		end, ref, ok := lex.materiel.Match(toks, i, s.hi)
		if !ok && s.defenceTrade(i) {
			// "India's defence imports", "military exports to Egypt": the
			// trade's goods are arms, as in "arms imports".
			end, ref, ok = i+1, materielRef{Cat: armsledger.Other, Unit: armsledger.UnitItem}, true
		}
		if ok && ref.Cat == "" {
			i = end // a phrase such as "think tank" that names no materiel
			continue
		}
		if !ok || end == i+1 && s.is(i, fVerb) && s.verbUse(i) || i > s.lo && Joiner(toks, i-1) && !exPeople(toks, i, ref) {
			i++ // a verb, or the tail of a compound ("anti-aircraft")
			continue
		}
		if a := s.actorAt(i); a >= 0 && end <= s.actors[a].hi {
			i = s.actors[a].hi // a word of a name: "Poland's Armament Agency"
			continue
		}
		if f := s.att.speaker.from; s.att.speaker.person && i > f.lo && i < f.hi {
			i = end // a word of the speaker's name: "chief executive Haluk Bayraktar said"
			continue
		}
		if s.modelOf(i, end) {
			i = end // "81 support vehicles based on the K2 chassis": a model named, not goods
			continue
		}
		if ref.Cat == armsledger.Personnel && s.forWhom(i) {
			i = end // "handed over rifles for troops battling the Maute group": whom they are for
			continue
		}
		if s.firedAt(i) {
			i = end // "a drone the Houthis launched at a US destroyer": the target, not goods
			continue
		}
		if s.usedGoods(i) {
			i = end // "lowering the threshold for the use of atomic weapons": weapons used, not moved
			continue
		}
		if (toks[i].Norm == "money" || toks[i].Norm == "cash") && !s.moneyHanded(i) {
			i = end // "the money comes", "EU money": money told before or of a kind, no transfer's object
			continue
		}
		if end == i+1 && toks[i].Norm == "materials" && !s.materialsToMake(i) {
			i = end // "building materials", "materials for schools": no arms made of them
			continue
		}
		if end == i+1 && toks[i].Norm == "trainers" && !s.peopleTrainers(i) {
			i = end // "Yak-130 trainers", "Italian trainers": jets, or none named
			continue
		}
		if end == i+1 && toks[i].Norm == "training" && !s.trainingGiven(i) {
			i = end // "for training", "a training ground", "is training Kenyan pilots": no training handed over
			continue
		}
		if s.passedOver(i) {
			i = end // "selected the German IRIS-T system over the Norwegian NASAMS": the goods not chosen
			continue
		}
		if s.relatedTo(i) {
			i = end // "know-how related to nuclear weapons and missiles": what the goods before concern
			continue
		}
		if s.recipientsOwn(i) {
			i = end // "sold engines to Chile for its F-16 and C-130 fleets": the jets are Chile's, what the goods serve
			continue
		}
		if ref.Cat == armsledger.AirDefense && s.ownDefence(i, end) {
			i = end // "chose the French SAMP/T system for its air defence": the need it meets, no goods
			continue
		}
		if s.fittedTo(i, out) {
			i = end // "frigates fitted with American engines", "aircraft with British components": a part of the goods before
			continue
		}
		if s.sizeCount(i) {
			i = end // "takes the Rafale fleet to 54 aircraft": a force's size
			continue
		}
		if ref.Cat == armsledger.Personnel && s.trainees(i) {
			i = end // "train Thai engineers": the people trained, not sent
			continue
		}
		if ref.Cat == armsledger.Personnel && s.sourcePeople(i) {
			i = end // "handed Biden a letter from a Ukrainian soldier": whom something came from, not who was sent
			continue
		}
		if (ref.Cat == armsledger.Personnel || toks[i].Norm == "fighters") && s.paidPeople(i, end) {
			// "pledged $60 million to pay soldiers' salaries": the people
			// paid, not sent; "to pay its fighters": fighters paid are
			// people, not jets.
			i = end
			continue
		}
		if i > s.lo && s.is(i, fPlaceNoun) && s.actorAt(i-1) >= 0 && s.actors[s.actorAt(i-1)].ref.kind == kindPlace && s.actors[s.actorAt(i-1)].prep == "from" {
			i = end // "shipped from Belarusian arsenals": whence the goods came, not goods
			continue
		}
		if end < s.hi && toks[i].Cap && toks[end].Cap && bodyNoun(toks[end].Norm) {
			i = end // "the Air Defence Forces of Belarus": the name of a body
			continue
		}
		if end < s.hi && (infoNoun(toks[end-1].Norm) || toks[end-1].Norm == "imagery") && showingVerb(toks[end].Norm) {
			i = end // "..., satellite imagery suggests": where a report comes from, not goods
			continue
		}
		if end+1 < s.hi && toks[end].Norm == "'" && toks[end-1].Norm[len(toks[end-1].Norm)-1] == 's' && s.is(end+1, fMateriel) {
			i = end // "the frigates' gas turbine engines": the engines are the goods
			continue
		}
		if end+2 < s.hi && Joiner(toks, end) && toks[end+1].Kind == Word && !toks[end+1].Cap && dealHead(toks[end+2].Norm) ||
			end < s.hi && i > s.lo && ref.Cat != armsledger.Funding && s.countedDeal(i) && dealHead(toks[end].Norm) && !s.valueBefore(i) {
			i = end // "two missile-defence sales": the sales are counted, not missiles ("its €35 billion submarine deal" names them)
			continue
		}
		if end+1 < s.hi && Joiner(toks, end) && compoundModifier(toks[end+1].Norm) {
			i = end // "mine-clearing troops", "drone-making plant": the materiel word modifies
			continue
		}
		if end < s.hi && s.is(end, fHead) && !unitOfSale(ref.Cat, toks[end].Norm) && !s.launchGear(end) {
			if hend, _, ok := lex.heads.Match(toks, end, s.hi); ok && hend > end {
				i = end // "missile programme": the materiel word is a modifier
				continue
			}
		}
		if end < s.hi && toks[end].Norm == "s" && !toks[end].Space {
			end++ // "F-16s", "HIMARSs"
		}
		if end < s.hi && ref.Cat != armsledger.Technology && componentNoun(toks[end].Norm) {
			// "ballistic and cruise missile parts", "frigate designs",
			// "submarine engines", "drone sensors": parts and plans of a
			// weapon are technology, whatever weapon they are for.
			end++
			ref.Cat, ref.Unit = armsledger.Technology, armsledger.UnitItem
		}
		// A variant suffix glued on with a hyphen: "GMLRS-U", "Su-27SM".
		for end+1 < s.hi && Joiner(toks, end) && toks[end+1].Kind != Punct && (toks[end+1].Upper || toks[end+1].Kind == Number || len(toks[end+1].Norm) <= 2) {
			end += 2
		}
		// A variant in capitals after a model's name, then the kind of
		// thing it is: "IRIS-T SLM systems", "NASAMS AMRAAM-ER launchers".
		if e := s.variantEnd(end); e > end {
			end = e
		}
		if n := len(out); n > 0 {
			if e := s.typesOf(&out[n-1], i); e > 0 {
				out[n-1].hi, i = e, e // "50 ballistic missiles of the KN-23 and KN-24 types": one item
				continue
			}
		}
		if n := len(out); n > 0 && (s.joins(&out[n-1], i) || s.sharedRounds(&out[n-1], ref, i) || s.genericPair(&out[n-1], ref, i, end) || s.forPair(&out[n-1], ref, i) || s.modelPair(&out[n-1], ref, i, end)) {
			prev := &out[n-1]
			if prev.forWhat && toks[prev.hi].Norm == "for" {
				prev.forCat = ref.Cat
			}
			prev.cat, prev.head = mergeCategory(prev, ref, toks), i
			prev.unit = mergeUnit(prev.unit, ref.Unit, prev.cat)
			prev.hi = end
			if end < s.hi && (toks[end].Norm == ")" || toks[end].Norm == "]") && opens(toks[prev.lo:end]) {
				prev.hi = end + 1 // close the gloss: "(HIMARS)"
			}
			i = prev.hi
			continue
		}
		if n := len(out); n > 0 && s.modifierPair(&out[n-1], ref, i, end) {
			// "ballistic missile and cruise missile components": the first
			// is components too, an item of its own.
			out[n-1].cat, out[n-1].unit = ref.Cat, ref.Unit
		}
		floor := s.lo
		if n := len(out); n > 0 {
			floor = out[n-1].hi
			if s.partsServe(&out[n-1], i) {
				// "113 F404 engines from GE for the Tejas": the jets the
				// engines go into, with the words of their kind ("the
				// Leopard tanks").
				for i = end; i < s.hi; i = end {
					if end, _, _ = lex.materiel.Match(toks, i, s.hi); end <= i {
						break
					}
				}
				continue
			}
		}
		p := phrase{lo: i, hi: end, head: i, cat: ref.Cat, unit: ref.Unit}
		if lo := s.partsFor(p.lo); lo >= floor && ref.Cat != armsledger.Personnel && ref.Cat != armsledger.Funding {
			// "parts for the F-35", "spares for its tanks", "equipment for
			// F-16s": parts named by what they go into are components, as
			// "aircraft parts" are.
			p.lo, p.cat, p.unit = lo, armsledger.Technology, armsledger.UnitItem
			p.forWhat = true // (and stay so past the head: "for its Leopard tanks")
		}
		s.widen(&p, floor)
		if lo := s.servicedBy(p.lo); lo >= floor && ref.Cat != armsledger.Personnel && ref.Cat != armsledger.Funding {
			// "help repairing its Sukhoi jets", "repairs to their MiG
			// fighters": the service is the goods, not the jets, which
			// their owner has.
			p.lo, p.cat, p.unit = lo, armsledger.Technology, armsledger.UnitItem
			p.forWhat, p.forCat = true, ref.Cat // (and stay so past the head: "its MiG-29 fighters")
		}
		if lo := s.helpWith(p.lo); lo >= floor && p.cat != armsledger.Technology && ref.Cat != armsledger.Personnel && ref.Cat != armsledger.Funding {
			// "help with the reactor for a nuclear-powered submarine",
			// "help building a drone repair facility": the help is the
			// goods, know-how about the weapon, not the weapon.
			p.lo, p.cat, p.unit = lo, armsledger.Technology, armsledger.UnitItem
			p.forWhat, p.forCat = true, ref.Cat
		}
		if p.cat == armsledger.Other && s.fighterRadar(&p) {
			p.cat = armsledger.Technology // "AN/APG-83 AESA radars": a part of the jets, as their engines are
		}
		if p.cat == armsledger.Other && s.armouredVehicles(&p) {
			p.cat = armsledger.ArmoredVehicle // "armoured recovery vehicles": armoured, whatever their task
		}
		if a := s.actorAt(i); a >= 0 && p.demonym == nil && s.actors[a].ref.kind == kindInstitution && !s.actors[a].possessive {
			// A body whose name opens the term: "Wagner fighters" are
			// Russia's, as "Wagner Group mercenaries" are.
			p.demonym = append(s.d.tags.newCodes(1), s.actors[a].ref.Code)
		}
		if ref.Cat == armsledger.Personnel && p.demonym == nil && end+1 < s.hi && toks[end].Norm == "of" {
			// "servicemen of the DPRK", "troops of the Korean People's
			// Army": whose the people are.
			k := end + 1
			if toks[k].Norm == "the" && k+1 < s.hi {
				k++
			}
			if a := s.actorAt(k); a >= 0 && (s.actors[a].ref.kind == kindCountry || s.actors[a].ref.kind == kindInstitution) && !s.actors[a].possessive {
				p.demonym = append(s.d.tags.newCodes(1), s.actors[a].ref.Code)
			}
		}
		if ref.Cat == armsledger.Personnel && p.demonym == nil {
			if a := s.formationOwner(p.lo); a >= 0 {
				// "a German brigade of about 5,000 troops": the people
				// are the formation's, and it is its state's.
				p.demonym = append(s.d.tags.newCodes(1), s.actors[a].ref.Code)
			}
		}
		if ref.Cat == armsledger.Personnel && p.demonym == nil && p.lo > s.lo {
			if c := s.pronounOwner(p.lo - 1); c != "" {
				// "Kim Jong Un said his troops had fought in Kursk",
				// "North Korea says its troops are in Russia": whose they
				// are, as a demonym says.
				p.demonym = append(s.d.tags.newCodes(1), c)
			}
		}
		if ref.Cat == armsledger.Funding && p.demonym == nil {
			// A state's aid programme names its giver: "$1.3 billion in
			// annual FMF" is American money (makers.tsv).
			if _, giver, ok := lex.makers.Match(toks, i, end); ok {
				p.demonym = append(s.d.tags.newCodes(1), giver)
			}
		}
		if n := len(out); n > 0 && p.lo == out[n-1].hi && p.lo < p.head {
			// "48 FA-50 light attack aircraft": the modifiers reach back to
			// the name before; one item.
			prev := &out[n-1]
			prev.cat, prev.head, prev.hi = mergeCategory(prev, ref, toks), p.head, p.hi
			prev.unit = mergeUnit(prev.unit, ref.Unit, prev.cat)
			i = end
			continue
		}
		if n := len(out); n > 0 && s.countedModels(&out[n-1], &p) {
			// "14 MiG-29 and Su-24 aircraft", "500 MK-84 and BLU-117
			// bombs": one count before two names and the head they
			// share counts them as one item.
			prev := &out[n-1]
			prev.head, prev.hi = p.head, p.hi
			i = end
			continue
		}
		out = append(out, p)
		i = end
	}
	if s.has(fRare) {
		out = s.programmeHelp(out)
	}
	// Both rules read only sentences holding "equipment", "hardware" or
	// "parts" (one of gatedWords): most hold none.
	if len(s.actors) > 0 && s.has(fGated) {
		out = s.statesEquipment(out)
	}
	if len(s.d.named) > 0 && s.has(fGated) {
		out = s.equipmentAgain(out)
	}
	if len(s.trigs) > 0 && s.has(fGated) {
		out = s.equipmentMoved(out)
	}
	out = s.dropPurposes(out)
	out = s.splitKinds(out)
	s.takeGenericHeads(out)
	out = s.dropExamples(out)
	out = s.dropNonCargo(out)
	if len(s.quants) > 0 {
		out = s.tradeShares(out)
	}
	out = s.pronominal(out)
	// The tests before the calls below skip them where they can find
	// nothing, as in most sentences and phrases.
	if len(s.d.named) > 0 {
		s.dronesAsAircraft(out)
		s.weaponAgain(out)
		out = s.genericBack(out)
		if len(s.quants) > 0 {
			out = s.countedUnits(out)
		}
	}
	// theRest reads only sentences holding "rest", "remainder",
	// "remaining" or "other" (gatedWords).
	if s.has(fRare) {
		if s.has(fGated) {
			out = s.theRest(out)
		}
		out = s.numberSubject(out)
	} else if len(s.quants) > 0 && len(s.d.named) > 0 && s.has(fGated) {
		out = s.theRest(out) // ("the other 18": no rare word, but a count after goods named)
	}
	if len(s.quants) > 0 {
		out = s.elliptic(out)
	}
	out = s.bareMore(out)
	out = s.askedForThem(out)
	out = s.bareAsMany(out) // (a loop over the sentence's few triggers)
	if len(s.d.named) > 0 || len(out) > 0 {
		out = s.bareDeliveries(out)
	}
	out = s.bareHalted(out)
	if s.has(fGated) { // (they read only sentences holding "supplier" or "imports")
		out = s.bareSupplier(out) // (a loop over the sentence's few triggers)
		out = s.bareImports(out)
	}
	if s.has(fFirst) {
		out = s.firstOfThem(out)
		out = s.firstBatchTaken(out)
	} else if s.has(fOrdinal | fIncrement) {
		out = s.firstOfThem(out) // "A second batch arrived in 2025": a later part, with no "first" in its sentence
	}
	out = s.ordinalSubject(out) // (a loop over the sentence's few triggers)
	out = s.ordinalObject(out)
	for k := range out {
		p := &out[k]
		s.attachQuantity(p)
		if p.cat == armsledger.Aircraft && s.fightersArePeople(p) {
			p.cat, p.unit = armsledger.Personnel, armsledger.UnitPerson
		}
		if p.hi-p.lo == 1 {
			s.referBack(p)
		}
		if len(p.demonym) == 0 {
			if a := s.basedOnOwner(p.end()); a >= 0 {
				p.demonym = []string{s.actors[a].ref.Code} // "launchers based on Hanwha Aerospace's Chunmoo system": of Korean design
			}
		}
		if len(p.demonym) == 0 {
			if a := s.madeIn(p.end()); a >= 0 {
				p.demonym = []string{s.actors[a].ref.Code} // "weapons, which were made in Iran"
				if s.actors[a].lo == p.end()+2 && p.hi == p.end() {
					p.hi = s.actors[a].hi // "drones made in Iran" is the item, origin and all
					if m := s.actors[a]; m.possessive && a+1 < len(s.actors) && s.actors[a+1].lo == m.hi {
						p.hi = s.actors[a+1].hi // "made by Turkey's Baykar"
					}
				}
			}
		}
	}
	if len(out) > 1 {
		out = s.subjectTotal(out)
		out = s.countedPeople(out)
	}
	if len(s.quants) > 0 {
		out = s.kitsFor(out)
	}
	if len(s.d.named) > 0 || len(out) > 0 {
		out = s.wholeAmount(out) // after the counts: the whole may be this sentence's
	}
	s.d.phraseBuf = out[:0] // keep what the buffer grew to
	return out
}

// countedPeople joins people one count covers: "6,000 military builders
// and deminers" are 6,000 people, one claim.
func (s *sent) countedPeople(ps []phrase) []phrase {
	toks := s.d.toks
	for k := 0; k+1 < len(ps); k++ {
		p, n := &ps[k], &ps[k+1]
		if p.cat != armsledger.Personnel || n.cat != armsledger.Personnel || p.qty == nil || n.qty != nil ||
			n.lo != p.hi+1 || toks[p.hi].Norm != "and" || len(n.demonym) > 0 {
			continue
		}
		p.hi, p.head = n.hi, n.head
		ps = slices.Delete(ps, k+1, k+2)
	}
	return ps
}

// kitsFor counts kits by the arms they are for, one kit each, as the
// gold does: "modernisation kits for 79 more", "upgrade kits for 79
// existing jets" are 79 kits. The arms they are for are no goods of
// their own.
func (s *sent) kitsFor(ps []phrase) []phrase {
	toks := s.d.toks
	for k := range ps {
		p := &ps[k]
		if p.qty != nil || p.cat != armsledger.Technology || p.hi+1 >= s.hi || toks[p.hi-1].Norm != "kits" || toks[p.hi].Norm != "for" {
			continue
		}
		q := s.quantityAt(p.hi + 1)
		if q == nil || q.Currency != "" || q.Percent || q.Year {
			continue
		}
		p.qty = q
		if k+1 < len(ps) && ps[k+1].lo >= q.Hi && ps[k+1].lo-q.Hi <= 2 {
			ps = slices.Delete(ps, k+1, k+2) // "for 79 existing jets": what the kits are for
		}
		break
	}
	return ps
}

// exceededSums makes a sum a lower bound when a verb of exceeding stands
// right before it ("its donations so far exceed €500 million", "aid that
// has topped $2 billion"), as "more than" does ("exceeding" is a
// qualifier of the lexicon). Counts of goods are read so by their total
// (see subjectTotal), where the verb tells whose count it is.
func (s *sent) exceededSums() {
	for k := range s.quants {
		q := &s.quants[k]
		if q.Currency == "" || q.Lo <= s.lo || q.Qualifier != armsledger.Exact {
			continue
		}
		switch s.d.toks[q.Lo-1].Norm {
		case "exceed", "exceeds", "exceeded", "surpass", "surpasses", "surpassed", "tops", "topped":
			q.Max, q.Qualifier = nil, armsledger.AtLeast
		case "passed":
			if s.aidPassed(q.Lo - 1) {
				q.Max, q.Qualifier = nil, armsledger.AtLeast
			}
		}
	}
}

// aidPassed reports whether "passed" at j, after "has" or "have", tells
// a state's aid or total going past a sum: "Riga's total military aid to
// Kyiv has passed 400 million euros". A legislature that "has passed"
// a sum votes it, exactly ("The Senate has passed $61 billion in aid").
func (s *sent) aidPassed(j int) bool {
	toks := s.d.toks
	if j-2 < s.lo || toks[j-1].Norm != "has" && toks[j-1].Norm != "have" {
		return false
	}
	aid := false
	for k := j - 2; k >= s.lo && j-k <= 12; k-- {
		w := toks[k].Norm
		if w == "senate" || w == "parliament" || w == "congress" || w == "house" || w == "lawmakers" || w == "legislature" || w == "bundestag" {
			return false
		}
		aid = aid || aidNoun(w) || w == "total"
	}
	return aid
}

// subjectTotal gives the sentence's first phrase the count a verb of
// amounting says it came to, and drops the count's own phrase: "Iranian
// artillery shells smuggled to Russia now exceed 1 million rounds" tells
// of at least 1 million shells, once.
func (s *sent) subjectTotal(ps []phrase) []phrase {
	toks := s.d.toks
	first := &ps[0]
	if first.qty != nil || first.start() > s.introEnd()+1 {
		return ps
	}
	for k := 1; k < len(ps); k++ {
		p := &ps[k]
		if p.qty == nil || p.cat != first.cat || p.qty.Currency != "" || p.qty.Lo-1 <= first.hi {
			continue
		}
		j := p.qty.Lo - 1
		if toks[j].Norm == "now" || toks[j].Norm == "to" {
			j-- // "have risen to"
		}
		if !totalVerb(toks[j].Norm) && toks[j].Norm != "exceed" && toks[j].Norm != "surpass" && toks[j].Norm != "surpassed" {
			return ps
		}
		q := *p.qty
		switch toks[j].Norm {
		case "exceed", "exceeds", "exceeded", "surpass", "surpassed", "topped", "tops", "top":
			if q.Qualifier == armsledger.Exact {
				q.Max, q.Qualifier = nil, armsledger.AtLeast // more than the figure
			}
		}
		first.qty = &q // a copy of its own: the count keeps its qualifier elsewhere
		return slices.Delete(ps, k, k+1)
	}
	return ps
}

// introEnd returns the first token after an introductory phrase set off by
// a comma ("On Monday, Iranian shells ..."), or the sentence's first token.
func (s *sent) introEnd() int {
	toks := s.d.toks
	for k := s.lo; k < s.hi && k-s.lo <= 6; k++ {
		if toks[k].Norm == "," {
			return k + 1
		}
		if s.isTriggerWord(k) || s.is(k, fVerb|fBe) {
			break
		}
	}
	return s.lo
}

// uncountedPart reports whether an amount starting at token i is the whole
// that an uncounted part is taken from: "the first of 24 howitzers", "some
// of the 300 tanks" — how many moved is not said.
func (s *sent) uncountedPart(i int) bool {
	toks := s.d.toks
	j := i - 1
	art := j > s.lo && s.partitive(j)
	if art {
		j--
	}
	if j <= s.lo || toks[j].Norm != "of" {
		return false
	}
	if art && j-2 >= s.lo && batchNoun(toks[j-1].Norm) && (partOfWhole(toks[j-2].Norm) || toks[j-2].Norm == "final") {
		return true // "the last batch of the 12 Yak-130 jets it ordered": a batch of them, uncounted
	}
	return partOfWhole(toks[j-1].Norm)
}

// partOfSeveral reports whether the words before token j take a part
// out of a whole of no count: "the first of several", "the last of many".
func (s *sent) partOfSeveral(j int) bool {
	toks := s.d.toks
	if j-3 < s.lo {
		return false
	}
	switch toks[j-1].Norm {
	case "several", "many":
	default:
		return false
	}
	return toks[j-2].Norm == "of" && partOfWhole(toks[j-3].Norm) && toks[j-3].Norm != "some" && toks[j-3].Norm != "most"
}

// lastNamed returns the last goods the text named before the sentence: the
// last phrase a frame read (see rememberPhrase) or, when the sentence just
// before named goods no frame read ("Kyiv's fleet of F-16 jets keeps
// growing. Denmark has delivered six"), its last term of goods. Or nil.
func (s *sent) lastNamed() *phrase {
	var last *phrase
	if n := len(s.d.named); n > 0 {
		last = &s.d.named[n-1]
	}
	if s.idx == 0 {
		return last
	}
	prev := s.d.sents[s.idx-1]
	if last != nil && last.lo >= prev.Lo {
		return last
	}
	for j := prev.Hi - 1; j >= prev.Lo; j-- {
		if s.d.info[j].flags&fMateriel == 0 {
			continue
		}
		end, ref, ok := lex.materiel.Match(s.d.toks, j, prev.Hi)
		if ok && carrierOfLoad(ref.Cat, s.d.toks, end, prev.Hi) {
			continue // "A C-17 transport carrying the equipment landed": the load's vehicle, not goods
		}
		if ok && ref.Cat != "" && ref.Cat != armsledger.Funding {
			s.d.prevNamed = phrase{lo: j, hi: end, head: end - 1, cat: ref.Cat, unit: ref.Unit}
			return &s.d.prevNamed
		}
	}
	return last
}

// carrierOfLoad reports whether a plane or ship of kind c, whose term
// ends before token end, is named as what carries a load ("a C-17
// transport carrying the equipment", "a freighter ferrying the shells"):
// a vehicle of the journey, not goods a later count ("the remaining
// two") refers back to.
func carrierOfLoad(c armsledger.Category, toks []Token, end, hi int) bool {
	if c != armsledger.Aircraft && c != armsledger.Ship || end >= hi {
		return false
	}
	if end+1 < hi && toks[end].Norm == "transport" {
		end++ // "a C-17 transport carrying": the term may stop at the model
	}
	switch toks[end].Norm {
	case "carrying", "transporting", "ferrying":
		return true
	}
	return false
}

// batchNoun reports whether w names a part of goods sent together: "the
// last batch of the 12 jets".
func batchNoun(w string) bool {
	switch w {
	case "batch", "batches", "tranche", "shipment", "consignment", "delivery", "lot", "group":
		return true
	}
	return false
}

// objectOfTransfer reports whether the batch or delivery noun at i is what
// a verb of transfer before it took: "took delivery of its first batch of
// six", "received a second batch of 42", "delivered the first batch of
// 12". A verb within the five words before, with no comma between.
func (s *sent) objectOfTransfer(i int) bool {
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.i < i && i-t.i <= 5 && !s.clauseBreak(t.i+1, i) {
			switch t.class {
			case classGive, classReceive, classBuy, classArrive, classMove:
				return true
			}
		}
	}
	return false
}

// sumOfInstalments reports whether the sum p is a whole that a part paid
// out of it names before it: "the first £752 million tranche of a £2.26
// billion loan", "US$500 million as the first instalment of a US$3 billion
// contribution". The whole is named by a noun of its own after the sum; a
// bare sum after "of" is the part's size ("a second tranche of €1.9
// billion").
func (s *sent) sumOfInstalments(p *phrase) bool {
	toks := s.d.toks
	j := p.start() - 1
	if p.qty == nil || p.qty.Hi >= s.hi || toks[p.qty.Hi].Kind != Word || s.is(p.qty.Hi, fStop) || j <= s.lo || toks[j].Norm != "a" && toks[j].Norm != "an" && !s.partitive(j) {
		return false // "a second tranche of around €1.9 billion": the part's own size
	}
	if j--; j-1 <= s.lo || toks[j].Norm != "of" {
		return false
	}
	switch toks[j-1].Norm {
	case "tranche", "tranches", "instalment", "instalments", "installment", "installments", "payment", "payments":
		return true
	}
	return false
}

// wholeOfParts reports whether the sum p is a whole that holds a sum for
// a state named in it, and so is for more recipients than that one:
// "signed into law a $95 billion foreign aid bill that includes about $61
// billion for Ukraine". ("A €1 billion package for Ukraine including €300
// million for air defence" keeps the whole: its part is for a purpose.)
func (s *sent) wholeOfParts(p *phrase) bool {
	if !p.money || p.qty == nil {
		return false
	}
	return s.wholeOfPartsRest(p)
}

// wholeOfPartsRest is wholeOfParts past its first test (see gates in words.go).
func (s *sent) wholeOfPartsRest(p *phrase) bool {
	toks := s.d.toks
	if j := p.qty.Hi; j+2 < s.hi && toks[j].Norm == "foreign" && toks[j+1].Norm == "aid" {
		// "signed the $95 billion foreign aid package into law": aid to
		// foreign states, several, unless it names them ("for Ukraine").
		if _, ok := packageNoun(toks[j+2].Norm); ok && !(j+4 < s.hi && toks[j+3].Norm == "for" && s.actorAt(j+4) >= 0) {
			return true
		}
	}
	for j := p.qty.Hi; j < s.hi && j <= p.qty.Hi+8; j++ {
		w := toks[j].Norm
		if w == "includes" || w == "included" || w == "include" || w == "including" || w == "contains" {
			q := s.quantAfter(j + 1)
			return q != nil && q.Currency != "" && q.Hi+1 < s.hi && toks[q.Hi].Norm == "for" && s.actorAt(q.Hi+1) >= 0
		}
		if w == "," && j+1 < s.hi && toks[j+1].Norm == "including" {
			continue // "$106 billion in emergency funding on Friday, including $14.3 billion for Israel"
		}
		if toks[j].Kind != Word && w != "-" || s.actorAt(j) >= 0 {
			return false
		}
	}
	return false
}

// quantAfter returns the quantity that starts at token i or right after a
// word before it ("about $61 billion"), or nil.
func (s *sent) quantAfter(i int) *QuantityMatch {
	for k := range s.quants {
		if q := &s.quants[k]; q.Lo == i || q.Lo == i+1 {
			return q
		}
	}
	return nil
}

// partOfWhole reports whether w, before "of", names a part of a whole told
// after it and counted there: "the first of 24 howitzers", "some of the 300
// tanks", "the first of six ordered from Turkey". (partWord, for a part of
// goods named before, is another list: "all of them" is the whole.)
func partOfWhole(w string) bool {
	switch w {
	case "first", "last", "second", "third", "latest", "some", "part", "most", "many", "several", "few", "portion", "share", "rest", "remainder":
		return true
	}
	return false
}

// countOfThe reports whether a count and "of" with an article or
// possessive stand just before token j: "24 of the", "as many as 48 of
// the".
func (s *sent) countOfThe(j int) bool {
	return j-3 >= s.lo && s.partitive(j-1) && s.d.toks[j-2].Norm == "of" && s.inQty[j-3-s.lo]
}

// partitive reports whether token j may come between "of" and the noun a
// part is taken from: "18 of the tanks", "49 of its tanks".
func (s *sent) partitive(j int) bool {
	return lex.sets[s.d.toks[j].word]&setPartitive != 0
}

var partitiveWords = []string{"the", "its", "their", "his", "her", "our", "these", "those"}

// afterModelCode reports whether the capitalised word at j follows a model
// code, whose name it then is, whatever its ending: "F-35A Lightning II".
func (s *sent) afterModelCode(j int) bool {
	toks := s.d.toks
	if !toks[j].Cap || j-2 < s.lo {
		return false
	}
	return toks[j-1].Kind == Number || !toks[j-1].Space && toks[j-2].Kind == Number
}

// compoundModifier reports whether w, after a noun and a hyphen, makes the
// pair an adjective ("mine-clearing", "missile-armed", "drone-related"):
// a participle does.
func compoundModifier(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

// moreAfterVerb reports whether the count q stands alone with "more" right
// after a verb: "is due to receive six more", "will send 20 more".
func (s *sent) moreAfterVerb(q *QuantityMatch) bool {
	toks := s.d.toks
	if q.Lo == s.lo || q.Hi >= s.hi {
		return false
	}
	if b := s.incrementBefore(q); b >= s.lo && (toks[b].Norm == "and" || toks[b].Norm == ",") {
		return true // "ordered 218 launchers in 2022, and another 72 in April": more of what went before
	} else if b >= s.lo && (q.Hi >= s.hi || !s.is(q.Hi, fMateriel)) {
		if v, ok := s.verbAt(b); ok && v.Class != classSpeech {
			return true // "and will deliver another 400,000 this year": more of the item before
		}
	}
	if toks[q.Hi].Norm != "more" {
		return s.firstAfterVerb(q) || s.bareCount(q)
	}
	if q.Lo-1 > s.lo && toks[q.Lo-1].Norm == "and" && (q.Hi+1 >= s.hi || !s.is(q.Hi+1, fMateriel)) {
		return true // "sent 10 tanks to Ukraine in May and 20 more in June": more of what went before, as "another 20"
	}
	if q.Lo-2 >= s.lo && toks[q.Lo-1].Norm == "for" && (q.Hi+1 >= s.hi || !s.is(q.Hi+1, fMateriel)) {
		if v, ok := s.verbAt(q.Lo - 2); ok && (v.Class == classCommit || v.Class == classBuy) {
			return true // "Warsaw signed for 152 more in December": more of the goods before, bought
		}
	}
	if q.Lo-2 >= s.lo && toks[q.Lo-1].Norm == "by" && toks[q.Lo-2].Norm == "followed" {
		return true // "ordered 212 howitzers in 2022, followed by 152 more in 2023"
	}
	if q.Hi+1 < s.hi && toks[q.Hi+1].Norm == "followed" && (q.Hi+2 >= s.hi || toks[q.Hi+2].Norm != "by") {
		return true // "and some 3,000 more followed in January": more of what went before
	}
	if !s.is(q.Lo-1, fVerb) {
		return false
	}
	_, ok := s.verbAt(q.Lo - 1)
	return ok && (q.Hi+1 >= s.hi || toks[q.Hi+1].Kind == Punct || !s.is(q.Hi+1, fMateriel))
}

// incrementBefore returns the token before the words of addition that
// open the count q, "another 72", "a further 18", "an additional 40", or
// -1 when there are none.
func (s *sent) incrementBefore(q *QuantityMatch) int {
	toks := s.d.toks
	j := q.Lo - 1
	switch {
	case j > s.lo && toks[j].Norm == "another":
		return j - 1
	case j-1 > s.lo && (toks[j].Norm == "further" || toks[j].Norm == "additional") && (toks[j-1].Norm == "a" || toks[j-1].Norm == "an"):
		return j - 2
	}
	return -1
}

// bareCount reports whether a count standing alone at the end of its
// phrase is the object of a verb of transfer: "Germany sent 20 tanks to
// Ukraine, while France sent 30".
func (s *sent) bareCount(q *QuantityMatch) bool {
	toks := s.d.toks
	if toks[q.Hi].Kind != Punct && !moreEnds[toks[q.Hi].Norm] && !ofThem(toks, q.Hi) && !s.ofOwn(q.Hi) || !s.is(q.Lo-1, fVerb) {
		return false
	}
	v, ok := s.verbAt(q.Lo - 1)
	if !ok {
		return false
	}
	switch v.Class {
	case classGive, classMove, classReceive, classSell, classBuy, classCommit:
		return true
	}
	return false
}

// ofOwn reports whether "of its own" (their, his, her) starts at i and
// no goods are named after it before the clause ends: "Slovakia sent 13
// of its own soon afterwards" counts the goods told before, "donated 240
// of its own Soviet-era tanks" its own.
func (s *sent) ofOwn(i int) bool {
	toks := s.d.toks
	if i+2 >= s.hi || toks[i].Norm != "of" || toks[i+2].Norm != "own" {
		return false
	}
	switch toks[i+1].Norm {
	case "its", "their", "his", "her":
	default:
		return false
	}
	for k := i + 3; k < s.hi; k++ {
		switch toks[k].Norm {
		case ",", ";", ":", ".", "!", "?", "and", "(":
			return true // ("Soviet-era": a hyphen does not end the phrase)
		}
		if s.is(k, fMateriel) {
			return false
		}
	}
	return true
}

// ofThem reports whether "of them", "of these" or "of those" starts at i:
// "shipped more than 200 of them to Russia".
func ofThem(toks []Token, i int) bool {
	if i+1 >= len(toks) || toks[i].Norm != "of" {
		return false
	}
	switch toks[i+1].Norm {
	case "them", "these", "those":
		return true
	case "the":
		j := i + 2
		if j+3 < len(toks) && Joiner(toks, j+1) && toks[j+3].Space {
			j += 3 // "29 of the truck-mounted launchers": a compound modifier leaves the head the same
		}
		return j < len(toks) && wordFlags[toks[j].word]&fGenericHead != 0 // "two of the systems"
	}
	return false
}

// firstAfterVerb reports whether a count standing alone is the object of a
// transfer verb as "the first six", "the remaining five" or "its first
// three": "ordered 42 Rafales and has received the first six".
func (s *sent) firstAfterVerb(q *QuantityMatch) bool {
	toks := s.d.toks
	j := q.Lo - 1
	if j-1 < s.lo {
		return false
	}
	switch toks[j].Norm {
	case "first", "last", "remaining", "initial", "final":
	default:
		return false
	}
	switch toks[j-1].Norm {
	case "the", "its", "their": // "Portugal has received its first three"
	default:
		return false
	}
	if j-2 < s.lo || !s.is(j-2, fVerb) {
		return false
	}
	if _, ok := s.verbAt(j - 2); !ok {
		return false
	}
	return q.Hi >= s.hi || toks[q.Hi].Kind == Punct || !s.is(q.Hi, fMateriel) && toks[q.Hi].Norm != "of"
}

// statesEquipment adds "equipment" or "hardware" right after a state's
// demonym as goods of no kind, and "parts" as technology: "Mali received
// Russian equipment", "the Korean equipment", "Chinese parts". The
// lexicon leaves the words out alone (medical equipment, computer
// hardware, car parts); a state's are its arms. ("French systems" was
// tried too: an exam's false positive, no gain.)
func (s *sent) statesEquipment(ps []phrase) []phrase {
	toks := s.d.toks
	for a := range s.actors {
		m := &s.actors[a]
		if !m.demonym || m.ref.kind != kindDemonym || m.hi >= s.hi {
			continue
		}
		cat := armsledger.Other
		switch toks[m.hi].Norm {
		case "equipment", "hardware":
		case "parts":
			cat = armsledger.Technology // "Chinese parts for its drones"
		default:
			continue
		}
		i := m.hi
		if slices.ContainsFunc(ps, func(p phrase) bool { return p.lo <= i && i < p.hi }) || i+1 < s.hi && s.is(i+1, fMateriel) {
			continue // a term of its own ("Russian equipment maker"), or a modifier
		}
		p := phrase{lo: i, hi: i + 1, head: i, cat: cat, unit: armsledger.UnitItem}
		s.widen(&p, s.lo)
		ps = insertPhrase(ps, p)
	}
	return s.partsForProgramme(ps)
}

// equipmentAgain adds "the equipment" or "the hardware", which the
// lexicon leaves out alone, as goods of no kind when the text has named
// military equipment before: "Ecuador will not send its military
// equipment to the US. In January it agreed to hand over the old hardware"
// names the same goods again. Only with "the", "this" or "that" and a few
// words between: "hardware" after no arms named is a computer's.
func (s *sent) equipmentAgain(ps []phrase) []phrase {
	toks := s.d.toks
	named := 0 // 1: the text named military equipment before; -1: not; 0: not yet looked
	for i := s.lo + 1; i < s.hi; i++ {
		if w := toks[i].word; w != equipmentWord && w != hardwareWord {
			continue
		}
		if named == 0 {
			named = -1
			if slices.ContainsFunc(s.d.named, func(q phrase) bool {
				w := toks[q.hi-1].Norm
				return q.cat == armsledger.Other && (w == "equipment" || w == "hardware")
			}) {
				named = 1
			}
		}
		if named < 0 {
			return ps
		}
		if slices.ContainsFunc(ps, func(p phrase) bool { return p.lo <= i && i < p.hi }) || i+1 < s.hi && (s.is(i+1, fMateriel) || toks[i+1].Norm == "of") {
			continue // a term of its own, a modifier, or "the equipment of the plant"
		}
		j := i - 1
		for ; j > s.lo && i-j <= 4 && (toks[j].Kind == Word && !s.is(j, fStop) || toks[j].Norm == "-") && s.actorAt(j) < 0; j-- {
		}
		switch toks[j].Norm {
		case "the", "this", "that":
		default:
			continue
		}
		p := phrase{lo: j + 1, hi: i + 1, head: i, cat: armsledger.Other, unit: armsledger.UnitItem}
		ps = insertPhrase(ps, p)
	}
	return ps
}

// equipmentMoved adds "equipment" alone, no word of its kind before it,
// as goods of no kind when it is the object of a verb of giving, selling,
// receiving or buying: "Somalia's army receives equipment and training
// from Turkey", "would continue to sell equipment to Kyiv". A verb of
// transfer between parties makes it their materiel; with a word before it
// ("medical equipment", "mining equipment") it is of that kind, which
// the lexicon names or leaves out.
func (s *sent) equipmentMoved(ps []phrase) []phrase {
	toks := s.d.toks
	for _, t := range s.trigs {
		if t.noun || t.passive {
			continue
		}
		switch t.class {
		case classGive, classSell, classReceive, classBuy:
		default:
			continue
		}
		i := t.i + 1
		if i < s.hi && (toks[i].Norm == "only" || toks[i].Norm == "also") {
			i++ // "supplied only equipment for the navy"
		}
		if i >= s.hi || toks[i].word != equipmentWord || i+1 < s.hi && (s.is(i+1, fMateriel) || toks[i+1].Norm == "of") {
			continue // no bare equipment; or a modifier ("equipment makers"), or "equipment of the plant"
		}
		if slices.ContainsFunc(ps, func(p phrase) bool { return p.lo <= i && i < p.hi }) {
			continue
		}
		ps = insertPhrase(ps, phrase{lo: i, hi: i + 1, head: i, cat: armsledger.Other, unit: armsledger.UnitItem})
	}
	return ps
}

// equipmentWord and hardwareWord are the vocabulary's numbers of
// "equipment" and "hardware": equipmentAgain passes every token of the
// sentences that may hold goods, and a number is two comparisons cheaper
// than a string. (Both are in the lexicons' terms, so neither is 0.)
var equipmentWord, hardwareWord = knownWord("equipment"), knownWord("hardware")

// knownWord returns the vocabulary's number of w, which the lexicons must
// name: 0 would be every word they do not.
func knownWord(w string) wordID {
	id := lex.vocab.find(w)
	if id == 0 {
		panic("extract: the lexicons do not name " + w)
	}
	return id
}

// militaryWord reports whether w says goods are for war: "military",
// "defence", "arms", "weapons".
func militaryWord(w string) bool {
	switch w {
	case "military", "defence", "defense", "arms", "weapons":
		return true
	}
	return false
}

// partsForProgramme adds "parts" as technology when they are for a
// state's arms programme or industry: "Tehran continues to supply parts
// for Russia's drone programme". Parts alone may be any goods's; for a
// state's weapons of a kind they are that state's components.
func (s *sent) partsForProgramme(ps []phrase) []phrase {
	toks := s.d.toks
	for a := range s.actors {
		m := &s.actors[a]
		i := m.lo - 2
		if !m.possessive || i < s.lo || m.hi+1 >= s.hi || toks[i].Norm != "parts" || toks[i+1].Norm != "for" {
			continue
		}
		switch toks[m.hi+1].Norm {
		case "programme", "program", "programmes", "programs", "industry", "production":
		default:
			continue // "parts for Russia's drones" are of the drones' kind (mergeCategory)
		}
		if end, _, ok := lex.materiel.Match(toks, m.hi, s.hi); (!ok || end != m.hi+1) && !militaryWord(toks[m.hi].Norm) {
			continue // "parts for Russia's car industry"
		}
		if slices.ContainsFunc(ps, func(p phrase) bool { return p.lo <= i && i < p.hi }) {
			continue
		}
		ps = insertPhrase(ps, phrase{lo: i, hi: i + 1, head: i, cat: armsledger.Technology, unit: armsledger.UnitItem})
	}
	return ps
}

// splitKinds makes two items of one head that two kinds share: "anti-ship
// and anti-aircraft missiles", "ballistic and cruise missiles" are two
// kinds of missile, as "anti-ship missiles and anti-aircraft missiles"
// would be (FORMAT.md: a list of different items gives a claim each). A
// model's two roles are one item: "attack and reconnaissance drones".
func (s *sent) splitKinds(ps []phrase) []phrase {
	toks := s.d.toks
	for k := 0; k < len(ps); k++ {
		p := &ps[k]
		if inner := s.innerKinds(p); inner > 0 {
			// "ballistic and cruise missiles", read as one phrase: the
			// first kind is an item of its own, the rest the second.
			first := phrase{lo: p.lo, hi: inner, head: inner - 1, cat: p.cat, unit: p.unit, demonym: p.demonym}
			p.lo = inner + 1
			ps = slices.Insert(ps, k, first)
			k++
			continue
		}
		j := p.lo - 1 // "and"
		if j-1 <= s.lo || toks[j].Norm != "and" || !kindModifier(toks, p.lo, false) || !kindModifier(toks, j-1, true) {
			continue
		}
		lo := j - 1 // "ballistic"
		if toks[lo].Norm != "ballistic" && toks[lo].Norm != "cruise" {
			lo = j - 3 // "anti-ship"
		}
		if lo < s.lo || k > 0 && ps[k-1].hi > lo {
			continue
		}
		first := phrase{lo: lo, hi: j, head: j - 1, cat: p.cat, unit: p.unit, demonym: p.demonym}
		ps = slices.Insert(ps, k, first)
		k++
	}
	return ps
}

// innerKinds returns the "and" between two kinds of weapon that open
// phrase p with no count ("ballistic and cruise missiles"), or 0.
func (s *sent) innerKinds(p *phrase) int {
	if p.qty != nil || p.demonym != nil {
		return 0
	}
	return s.innerKindsRest(p)
}

// innerKindsRest is innerKinds past its first test (see gates in words.go).
func (s *sent) innerKindsRest(p *phrase) int {
	toks := s.d.toks
	for j := p.lo + 1; j+1 < p.head; j++ {
		if toks[j].Norm == "and" {
			if j == p.lo+1 && kindModifier(toks, j-1, true) && kindModifier(toks, j+1, false) {
				return j
			}
			return 0
		}
	}
	return 0
}

// kindModifier reports whether a word that names a kind of weapon ends
// (before) or starts (after) at token i: "anti-ship", "ballistic",
// "cruise".
func kindModifier(toks []Token, i int, before bool) bool {
	switch toks[i].Norm {
	case "ballistic", "cruise":
		return true
	}
	if before {
		return i-2 >= 0 && toks[i-1].Norm == "-" && toks[i-2].Norm == "anti"
	}
	return toks[i].Norm == "anti" && i+1 < len(toks) && toks[i+1].Norm == "-"
}

// civilianContents reports whether containers p are said to hold goods
// that name no arms: "of" after them, then up to the clause's end no word
// of materiel ("containers of solar panels and electrical equipment").
func (s *sent) civilianContents(p *phrase) bool {
	toks := s.d.toks
	j := p.end()
	if j+1 >= s.hi || toks[j].Norm != "of" {
		return false
	}
	for k := j + 1; k < s.hi && k <= j+8; k++ {
		switch toks[k].Norm {
		case ",", ";", ".", "at", "to", "in", "for", "from":
			return k > j+1
		}
		if s.is(k, fMateriel) || s.actorAt(k) >= 0 {
			return false // "containers of ammunition", "of North Korean weapons"
		}
	}
	return true
}

// dropPurposes drops goods named after "for" right after parts of
// weapons, which say what the parts are for: "Chinese parts for its
// drones", "engines for the Turkish drones". The parts moved.
func (s *sent) dropPurposes(ps []phrase) []phrase {
	toks := s.d.toks
	out := ps[:0]
	for k := range ps {
		if k > 0 && ps[k-1].cat == armsledger.Technology && ps[k-1].hi < ps[k].lo && toks[ps[k-1].hi].Norm == "for" && ps[k].cat != armsledger.Technology {
			between := true
			for j := ps[k-1].hi + 1; j < ps[k].lo; j++ {
				if !s.is(j, fDeterminer) && s.actorAt(j) < 0 && toks[j].Norm != "its" && toks[j].Norm != "their" {
					between = false
				}
			}
			if between {
				continue
			}
		}
		if k > 0 && s.missionFor(&ps[k-1], &ps[k]) {
			continue
		}
		out = append(out, ps[k])
	}
	return out
}

// missionFor reports whether p, right after "for" after the goods q, names
// the task they are for, not goods: "picked the SAMP/T for long-range air
// defence". A mission ends in "defence" or "defense"; systems that do it
// are named as such ("air defence systems").
func (s *sent) missionFor(q, p *phrase) bool {
	toks := s.d.toks
	if q.money || q.cat == armsledger.Funding || p.qty != nil || q.hi+1 != p.lo || toks[q.hi].Norm != "for" {
		return false
	}
	w := toks[p.hi-1].Norm
	return w == "defence" || w == "defense"
}

// goodsBefore returns the goods a bare count or "more" at j stands for:
// the last phrase of the sentence before j, else the goods the sentences
// before named last; or nil.
func (s *sent) goodsBefore(ps []phrase, j int) *phrase {
	if item := lastPhraseBefore(ps, j); item != nil {
		return item
	}
	if len(s.d.named) > 0 {
		return &s.d.named[len(s.d.named)-1]
	}
	return nil
}

// mixedLast reports whether the sentence of the last claim drafted told
// goods of more than one kind: "more" after "includes Stinger missiles,
// Bradley vehicles and shells" is more of the whole, no one of them.
func (d *doc) mixedLast() bool {
	n := len(d.claims)
	if n == 0 {
		return false
	}
	last := &d.claims[n-1]
	for k := n - 2; k >= 0 && d.claims[k].sent == last.sent; k-- {
		if d.claims[k].p.cat != last.p.cat {
			return true
		}
	}
	return false
}

// loadBefore is goodsBefore passing over the vessels and aircraft a load
// travels on: "1,500 soldiers were carried aboard navy ships, and more
// would follow" follows with soldiers, not ships.
func (s *sent) loadBefore(ps []phrase, j int) *phrase {
	var last *phrase
	for k := range ps {
		if p := &ps[k]; p.hi <= j && !p.elided && !s.onBoard(p) && !s.meansOfTransport(p) {
			last = p
		}
	}
	if last != nil {
		return last
	}
	return s.goodsBefore(ps, j)
}

// lastPhraseBefore returns the last of the phrases that ends before token
// i, or nil.
func lastPhraseBefore(ps []phrase, i int) *phrase {
	var last *phrase
	for k := range ps {
		if ps[k].hi <= i && !ps[k].elided {
			last = &ps[k]
		}
	}
	return last
}

// definites lists the sentence's tokens "the", "these" and "those", in
// order, on first use. genericBack, theRest and wholeAmount each look for
// their words after one of them: one pass over the sentence's determiners
// serves all three. The list is never nil once read, even when empty.
func (s *sent) definites() []int {
	if s.defs == nil {
		if s.d.defBuf == nil {
			s.d.defBuf = make([]int, 0, 16)
		}
		defs, toks := s.d.defBuf[:0], s.d.toks
		for i := s.next(s.lo, fDeterminer); i < s.hi; i = s.next(i+1, fDeterminer) {
			if w := toks[i].Norm; w == "the" || w == "these" || w == "those" {
				defs = append(defs, i)
			}
		}
		s.d.defBuf = defs // keep what the buffer grew to
		s.defs = defs
	}
	return s.defs
}

// genericBack adds "the launchers", "these systems" as the item the text
// named before with that head noun ("Pinaka launchers"): alone such nouns
// name no materiel (genericHeads), after it they name it again. "Two of the
// systems" is left to the count (see ofThem).
func (s *sent) genericBack(ps []phrase) []phrase {
	if !s.has(fGenericHead) {
		return ps // most sentences: no such noun
	}
	return s.genericBackRest(ps)
}

// genericBackRest is genericBack past its first test (see gates in words.go):
// the sentence holds a generic head noun.
func (s *sent) genericBackRest(ps []phrase) []phrase {
	toks := s.d.toks
	for _, i := range s.definites() {
		if i+1 >= s.hi {
			break
		}
		same := 0
		if i+2 < s.hi && backModifier(toks[i+1].Norm) {
			same = 1 // "a sale of the same system to the UAE", "the first vehicles are due in May": the ones named before
		}
		if !s.is(i+1+same, fGenericHead) { // (token i is "the", "these" or "those": see definites)
			continue
		}
		if i-2 >= s.lo && toks[i-1].Norm == "of" && (s.inQty[i-2-s.lo] || partWord(toks[i-2].Norm)) {
			continue // "two of the systems", "the first of those launchers": the part is the item
		}
		j := i + 1 + same
		inside := false
		for k := range ps {
			inside = inside || within(j, ps[k].lo, ps[k].hi)
		}
		if inside {
			continue
		}
		if same == 1 && toks[i+1].Norm == "same" {
			if q := sameBefore(ps, i); q != nil {
				// "shipped BrahMos missiles to the Philippines and is
				// negotiating with Indonesia for the same system": the
				// goods just named, whatever their head.
				dem := q.demonym
				if m := s.d.makerOf(q); dem == nil && len(m) == 2 {
					dem = []string{m} // whose make the goods are, as "Indian missiles" would say
				}
				ps = insertPhrase(ps, phrase{lo: j, hi: j + 1, head: j, cat: q.cat, unit: q.unit, demonym: dem})
				continue
			}
		}
		head := strings.TrimSuffix(toks[j].Norm, "s")
		for k := len(s.d.named) - 1; k >= 0; k-- {
			q := &s.d.named[k]
			if q.money || strings.TrimSuffix(toks[q.hi-1].Norm, "s") != head {
				continue
			}
			ps = insertPhrase(ps, phrase{lo: j, hi: j + 1, head: j, cat: q.cat, unit: q.unit, demonym: q.demonym})
			break
		}
	}
	return ps
}

// sameBefore returns the last goods phrase of ps that ends before token i
// and names arms of a kind, for "the same system" after it; nil if none.
func sameBefore(ps []phrase, i int) *phrase {
	for k := len(ps) - 1; k >= 0; k-- {
		if q := &ps[k]; q.hi <= i && !q.money && weaponKind(q.cat) {
			return q
		}
	}
	return nil
}

// backModifier reports whether w, between "the" and a noun of no kind,
// still points back to the goods named before: "the same system", "the
// first vehicles", "the remaining launchers".
func backModifier(w string) bool {
	switch w {
	case "same", "first", "last", "remaining", "next":
		return true
	}
	return false
}

// dronesAsAircraft reads "the aircraft", or a count of them, after drones
// were named as those drones: "Turkey has sold TB2 drones to Ukraine.
// Burkina Faso and Niger have also taken delivery of the aircraft", "Two
// aircraft arrived in Bamako", "the first aircraft". Drones are aircraft
// without a crew, and reporters call them so; the maker of the drones
// named is whose they are.
func (s *sent) dronesAsAircraft(ps []phrase) {
	toks := s.d.toks
	for k := range ps {
		p := &ps[k]
		if p.cat != armsledger.Aircraft || toks[p.head].Norm != "aircraft" || !s.bareAircraft(p) {
			continue
		}
		last := &s.d.named[len(s.d.named)-1]
		for j := k - 1; j >= 0; j-- {
			if q := &ps[j]; !q.money {
				last = q // goods named earlier in the sentence are the nearer: "two Mohajer-6 drones ..., and Iran had shipped dozens of the aircraft"
				break
			}
		}
		if last.cat != armsledger.Drone {
			continue
		}
		p.cat, p.unit = armsledger.Drone, last.unit
		if p.demonym == nil {
			if m := s.d.makerOf(last); m != "" {
				p.demonym = []string{m}
			} else {
				p.demonym = last.demonym
			}
		}
	}
}

// bareAircraft reports whether phrase p is "aircraft" alone, after a count
// or "the" (and "first", "same", ...): "two aircraft", "the first
// aircraft". Any other word names a kind ("two cargo aircraft").
func (s *sent) bareAircraft(p *phrase) bool {
	toks := s.d.toks
	if p.hi-p.lo != 1 || p.lo <= s.lo {
		return false
	}
	j := p.lo - 1
	if s.inQty[j-s.lo] {
		return true
	}
	if j > s.lo && backModifier(toks[j].Norm) {
		j--
	}
	return toks[j].Norm == "the" || toks[j].Norm == "its" || toks[j].Norm == "their" // "Baykar, maker of the TB2 drone, has exported its aircraft"
}

// weaponAgain reads "the weapon", one, as the arms the text named last:
// "India delivered BrahMos missiles to the Philippines, two years after
// Manila signed a deal for three batteries of the weapon". A weapon named
// in the singular with "the" is one told of before; if that was of a kind
// (missiles, not "arms"), these are of it too, from its maker.
func (s *sent) weaponAgain(ps []phrase) {
	toks := s.d.toks
	for k := range ps {
		p := &ps[k]
		if p.cat != armsledger.Other || p.hi-p.lo != 1 || p.lo <= s.lo || toks[p.head].Norm != "weapon" || toks[p.lo-1].Norm != "the" {
			continue
		}
		last := &s.d.named[len(s.d.named)-1]
		if last.money || !weaponKind(last.cat) {
			continue
		}
		p.cat, p.unit = last.cat, last.unit
		if p.demonym == nil {
			p.demonym = last.demonym
		}
	}
}

// countedUnits adds a count of the units a system is sold in, with no name
// of its own, as the system the text named last: "India has received only
// three of the five squadrons it ordered" after the S-400, "agreed to buy
// 10 batteries" after the Cheongung-II.
func (s *sent) countedUnits(ps []phrase) []phrase {
	toks := s.d.toks
	for n := range s.quants {
		q := &s.quants[n]
		j := q.Hi
		if j+1 < s.hi && s.is(j, fIncrement) {
			j++ // "two more batteries", "two further squadrons": more units of the system
		}
		if q.Currency != "" || q.Percent || q.Year || j >= s.hi || !systemUnit(toks[j].Norm) {
			continue
		}
		inside := false
		for k := range ps {
			inside = inside || within(j, ps[k].lo, ps[k].hi) || within(q.Lo, ps[k].lo, ps[k].hi)
		}
		if inside || j+1 < s.hi && toks[j+1].Norm == "of" {
			continue // "batteries of the system" names it
		}
		var here *phrase // a system named before in this sentence is the nearer
		for k := range ps {
			if p := &ps[k]; p.hi <= q.Lo && !p.money && !p.elided && soldInUnits(p.cat, toks[j].Norm) {
				here = p
			}
		}
		if here != nil {
			maker := here.demonym
			if m := s.d.makerOf(here); len(maker) == 0 && m != "" {
				maker = []string{m} // the Cheongung II's batteries are South Korea's
			}
			ps = insertPhrase(ps, phrase{lo: j, hi: j + 1, head: j, cat: here.cat, unit: here.unit, demonym: maker})
			continue
		}
		for k := len(s.d.named) - 1; k >= 0; k-- {
			if named := &s.d.named[k]; !named.money && soldInUnits(named.cat, toks[j].Norm) {
				maker := named.demonym
				if m := s.d.makerOf(named); len(maker) == 0 && m != "" {
					maker = []string{m} // "the five squadrons" of the S-400 are Russia's
				}
				ps = insertPhrase(ps, phrase{lo: j, hi: j + 1, head: j, cat: named.cat, unit: named.unit, demonym: maker})
				break
			}
		}
	}
	return ps
}

// fightersArePeople reports whether "fighters" with no aircraft's name on
// it counts people: hundreds of them ("between 800 and 1,200 fighters"), or
// of a people or a cause ("Syrian fighters", "rebel fighters"). Jets are
// "MiG-29 fighters" and come in dozens.
func (s *sent) fightersArePeople(p *phrase) bool {
	toks := s.d.toks
	if toks[p.hi-1].Norm != "fighters" || p.head != p.hi-1 {
		return false
	}
	if p.qty != nil && p.qty.Min != nil && *p.qty.Min >= 200 || s.staysOn(p.hi) {
		return true // (a verb of staying: "Russian fighters will remain in the country"; men stay on, jets are based)
	}
	j := p.head - 1
	if j < s.lo {
		return false
	}
	if a := s.actorAt(j); a >= 0 && s.actors[a].demonym && (p.demonym == nil || s.actors[a].lo >= p.lo) {
		return !makesAny(exporters, []string{s.actors[a].ref.Code}) // "Syrian fighters"; "Chinese fighters" are jets
	}
	if a := s.actorAt(j); a >= 0 && (s.actors[a].ref.Kind == "group" || s.actors[a].ref.kind == kindInstitution && !s.firm(a)) {
		return true // "Wagner Group fighters", "Hezbollah fighters": an armed body's men; a maker's are jets
	}
	switch toks[j].Norm {
	case "foreign", "rebel", "militia", "mercenary", "jihadist", "islamist", "volunteer", "tribal", "armed", "allied", "former":
		return true
	}
	if p.lo != p.head {
		return false // "multirole fighters", "MiG-29 fighters": a kind of jet named
	}
	return s.fightersOfGroup(p.head) || fightersBesideMen(toks, p.head, s.lo, s.hi)
}

// peopleTrainers reports whether "trainers" at i are people: right after
// the demonym of a state that is none of the great arms exporters
// ("Iranian trainers were sent to Crimea"). Trainer jets come from those
// ("Italian trainers", "Russian trainers") and are named after a model.
func (s *sent) peopleTrainers(i int) bool {
	a := s.actorAt(i - 1)
	return a >= 0 && s.actors[a].demonym && s.actors[a].hi == i && !makesAny(exporters, []string{s.actors[a].ref.Code})
}

// staysOn reports whether a verb of staying, past a verb chain, follows at
// j: "will remain", "stay on".
func (s *sent) staysOn(j int) bool {
	toks := s.d.toks
	for j < s.hi && (isAux(toks[j].Norm) || s.is(j, fModal|fAdverb)) {
		j++
	}
	return j < s.hi && stayForm(toks[j].Norm)
}

// fightersOfGroup reports whether "fighters" at h belong to an armed body
// told after "of" or "from": "fighters of the Wagner Group", "fighters from
// a militia's ranks" do not; "fighters from Hezbollah", "fighters from
// Russia's Wagner Group" do. A state after them ("fighters from Russia") is
// where jets come from, and a maker's ("from Rosoboronexport") are jets.
func (s *sent) fightersOfGroup(h int) bool {
	toks := s.d.toks
	if h+2 >= s.hi || toks[h+1].Norm != "of" && toks[h+1].Norm != "from" {
		return false
	}
	for j := h + 2; j < s.hi && j <= h+8; j++ {
		a := s.actorAt(j)
		if a < 0 {
			if toks[j].Norm == "," || toks[j].Norm == "and" || toks[j].Norm == "to" {
				return false
			}
			continue
		}
		m := &s.actors[a]
		if m.ref.Kind == "group" || m.ref.kind == kindInstitution && !s.firm(a) {
			return true
		}
		if !m.possessive && !m.demonym {
			return false
		}
		j = m.hi - 1 // "Russia's", "the Russian private military company": the body is named next
	}
	return false
}

// fightersBesideMen reports whether "fighters" at h is listed with men or
// with arms in general: "weapons and fighters", "troops and fighters",
// "fighters and mercenaries". Jets are listed with other kinds of arms
// ("tanks, howitzers and fighters"), not beside "weapons", of which they
// are one, nor beside soldiers.
func fightersBesideMen(toks []Token, h, lo, hi int) bool {
	men := func(w string) bool {
		switch w {
		case "weapons", "arms", "troops", "soldiers", "mercenaries", "militants", "personnel", "servicemen", "advisers", "advisors", "instructors", "commanders", "volunteers":
			return true
		}
		return false
	}
	if h-2 >= lo && toks[h-1].Norm == "and" && men(toks[h-2].Norm) {
		return true
	}
	return h+2 < hi && toks[h+1].Norm == "and" && men(toks[h+2].Norm)
}

// exPeople reports whether the people at i are named with the prefix
// "ex-" ("ex-soldiers", "ex-legionnaires"): former soldiers hired or sent
// abroad are people as soldiers are, not the tail of another compound.
func exPeople(toks []Token, i int, ref materielRef) bool {
	return ref.Cat == armsledger.Personnel && i >= 2 && toks[i-2].Norm == "ex"
}

// materialsToMake reports whether "materials" at i are said to be for
// making arms or a plant that makes them: "materials needed to build the
// plant", "materials to build a drone factory", "raw materials for arms
// manufacturing", "materials for making weapons". Materials so told are
// know-how in kind (technology); others are no arms.
func (s *sent) materialsToMake(i int) bool {
	toks := s.d.toks
	j := i + 1
	if j < s.hi && (toks[j].Norm == "needed" || toks[j].Norm == "used" || toks[j].Norm == "required") {
		j++
	}
	if j+1 >= s.hi {
		return false
	}
	switch toks[j].Norm {
	case "to":
		if !makingVerb(toks[j+1].Norm) {
			return false
		}
		j += 2
	case "for":
		j++
	default:
		return false
	}
	// What they make: arms, or a plant, within a few words.
	for k := j; k < s.hi && k-j <= 4; k++ {
		w := toks[k].Norm
		if (w == "plant" || w == "factory") && toks[k-1].Norm == "power" {
			return false // "materials to build a power plant"
		}
		if s.is(k, fMateriel) && w != "materials" || w == "plant" || w == "factory" || w == "arms" || w == "weapons" || w == "munitions" {
			return true
		}
		if toks[k].Kind == Punct || w == "to" || w == "for" || w == "in" || s.actorAt(k) >= 0 && !s.actors[s.actorAt(k)].demonym {
			return false // the end of what they make: "materials to build schools to Ukraine"
		}
	}
	return false
}

// moneyHanded reports whether "money" or "cash" at i is the bare object of a verb
// of giving or getting ("Hamas received money from Tehran", "sent Hamas
// money", "asked Qatar for money"): money named for the first time, as
// funding. Money named with a
// determiner or an owner ("the money", "EU money", "allied money") is
// money told before or of no transfer.
func (s *sent) moneyHanded(i int) bool {
	j := i - 1
	if a := s.actorAt(j); a >= 0 && !s.actors[a].possessive && s.actors[a].prep == "" {
		j = s.actors[a].lo - 1 // "sent Hamas money": the recipient between
	}
	if j < s.lo {
		return false
	}
	if s.d.toks[j].Norm == "for" && j-1 > s.lo {
		// "has asked Qatar for money": money sought of the one asked.
		k := j - 1
		if a := s.actorAt(k); a >= 0 && !s.actors[a].possessive && s.actors[a].prep == "" {
			k = s.actors[a].lo - 1
		}
		return k >= s.lo && lex.info[s.d.toks[k].word].verb.Class == classRequest
	}
	switch lex.info[s.d.toks[j].word].verb.Class {
	case classGive, classReceive, classSell, classBuy:
		return true
	}
	return false
}

// initialsOwn reports whether a state's initials after token j name
// whose the goods after them are: j is "of" after a noun of transfer or of
// a buyer ("recipient of US arms", "shipments of U.S. weapons"), or a verb
// of receiving or buying, whose object cannot be a recipient ("received US
// arms"; not "sold the US missiles").
func (s *sent) initialsOwn(j int) bool {
	toks := s.d.toks
	if toks[j].Norm == "of" {
		if j-1 < s.lo {
			return false
		}
		w := toks[j-1].Norm
		if _, ok := s.nounAt(j - 1); ok || receiverNoun(w) || agentNoun(w) {
			return true
		}
		return false
	}
	v, ok := s.verbAt(j)
	return ok && (v.Class == classReceive || v.Class == classBuy)
}

// partsServe reports whether the goods at i are what the parts or rounds
// of prev go into, told after the parts' source: "113 F404 engines from
// GE for the Tejas", "engines from Germany for its K2 tanks". The weapon
// served is no goods of the sentence, as in "spares for its tanks".
func (s *sent) partsServe(prev *phrase, i int) bool {
	if prev.cat != armsledger.Technology && prev.cat != armsledger.Ammunition {
		return false
	}
	toks := s.d.toks
	j := i - 1
	if j > s.lo && (toks[j].Norm == "the" || toks[j].Norm == "its" || toks[j].Norm == "their") {
		j--
	}
	if j-2 < s.lo || toks[j].Norm != "for" {
		return false
	}
	a := s.actorAt(j - 1)
	if a < 0 || s.actors[a].hi != j || s.actors[a].possessive {
		return false
	}
	k := s.actors[a].lo - 1
	return k == prev.end() && toks[k].Norm == "from"
}

// partsFor returns the token of "parts", "spares", "equipment" or "gear"
// in "parts for [the]" right before token i, or -1.
func (s *sent) partsFor(i int) int {
	toks := s.d.toks
	j := i - 1
	if j > s.lo && (toks[j].Norm == "the" || toks[j].Norm == "its" || toks[j].Norm == "their") {
		j--
	}
	if j-1 < s.lo || toks[j].Norm != "for" {
		return -1
	}
	if w := toks[j-1].Norm; w == "parts" || w == "spares" || w == "equipment" || w == "gear" {
		return j - 1 // "equipment for F-16s": gear a weapon is fitted with, as its parts
	}
	return -1
}

// servicedBy returns the first token of the help or work that keeps the
// goods at i in service, when it names them: "help repairing the
// country's Sukhoi jets", "assistance in upgrading its tanks", "repairs
// to their helicopters", "maintenance of the frigates"; else -1. The
// goods are their owner's; what moves is the service, know-how
// (FORMAT.md: technology).
func (s *sent) servicedBy(i int) int {
	toks := s.d.toks
	j := i - 1
	if j-1 <= s.lo {
		return -1
	}
	if s.is(j, fDeterminer) || toks[j].Norm == "its" || toks[j].Norm == "their" {
		j--
	} else if a := s.actorAt(j); a >= 0 && s.actors[a].possessive && s.actors[a].hi == i {
		j = s.actors[a].lo - 1 // "Venezuela's Su-30 jets"
	} else if toks[j].Norm == "'s" || toks[j].Norm == "’s" {
		k := j - 1
		for k > s.lo && j-k <= 3 && toks[k].Kind == Word && !toks[k].Cap && toks[k].Norm != "the" {
			k--
		}
		if toks[k].Norm != "the" {
			return -1
		}
		j = k - 1 // "the country's", "the air force's"
	}
	if j-1 < s.lo {
		return -1
	}
	switch w := toks[j].Norm; w {
	case "to", "of":
		switch toks[j-1].Norm {
		case "repair", "repairs", "upgrades", "maintenance", "servicing", "overhaul", "overhauls", "modernisation", "modernization":
			return j - 1 // "repairs to its jets", "maintenance of the ships"
		case "upgrade":
			if w == "of" {
				return j - 1 // "an upgrade of its Patriot batteries" ("upgrade to the F-35" may be a verb)
			}
		}
		return -1
	case "repairing", "restoring", "maintaining", "servicing", "overhauling", "upgrading", "modernising", "modernizing", "refurbishing":
		k := j - 1
		if toks[k].Norm == "in" || toks[k].Norm == "with" {
			k--
		}
		if k >= s.lo && (toks[k].Norm == "help" || toks[k].Norm == "assistance") {
			return k // "help repairing", "assistance in upgrading"
		}
	}
	return -1
}

// helpWith returns the token of "help" or "assistance" that the goods at i
// are the matter of, or -1: "help with ballistic missiles", "help with the
// reactor for a submarine", "help building a drone repair facility". What
// moves is the help (FORMAT.md: technology, technical assistance).
func (s *sent) helpWith(i int) int {
	toks := s.d.toks
	for j := i - 1; j > s.lo && i-j <= 7; j-- {
		if t := &toks[j]; t.Kind == Punct && !Joiner(toks, j) || t.Norm == "and" || t.Norm == "or" {
			return -1 // the help, if any, is of something listed before
		}
		if w := toks[j].Norm; (w == "help" || w == "assistance") && j+1 < i {
			if n := toks[j+1].Norm; n == "with" || makingWord(n) || n == "improving" || n == "testing" {
				return j
			}
			return -1
		}
	}
	return -1
}

// systemUnit reports whether w names the units a weapon system is counted
// in: batteries, squadrons, regiments.
func systemUnit(w string) bool {
	switch w {
	case "battery", "batteries", "squadron", "squadrons", "regiment", "regiments", "division", "divisions":
		return true
	}
	return false
}

// soldInUnits reports whether materiel of kind c is counted in units w:
// air defence in batteries, squadrons or regiments; aircraft in squadrons.
func soldInUnits(c armsledger.Category, w string) bool {
	switch c {
	case armsledger.AirDefense:
		return true
	case armsledger.Aircraft:
		return strings.HasPrefix(w, "squadron")
	case armsledger.Artillery, armsledger.Missile:
		return strings.HasPrefix(w, "batter")
	}
	return false
}

// partWord reports whether w, before "of", takes a part (or all) of goods
// named before: "some of them", "all of the missiles".
func partWord(w string) bool {
	switch w {
	case "first", "last", "some", "most", "all", "many", "rest", "remainder", "part", "half", "none", "each", "one":
		return true
	}
	return false
}

// wholeAmount adds "the total amount", "the full number" as the last item
// the text counted, with its count: "aims to deliver the total amount by the
// end of the year" after "one million rounds".
func (s *sent) wholeAmount(ps []phrase) []phrase {
	if !s.has(fWhole) {
		return ps // most sentences: no "total", "full", "entire" or "whole"
	}
	return s.wholeAmountRest(ps)
}

// wholeAmountRest is wholeAmount past its first test (see gates in words.go).
func (s *sent) wholeAmountRest(ps []phrase) []phrase {
	toks := s.d.toks
	for _, i := range s.definites() {
		if i+2 >= s.hi {
			break
		}
		if toks[i].Norm != "the" || !s.is(i+1, fWhole) {
			continue
		}
		switch toks[i+2].Norm {
		case "amount", "number", "quantity":
		default:
			continue
		}
		if i > s.lo && totalGerund(toks[i-1].Norm) || i+3 < s.hi && toks[i+3].Norm == "of" {
			continue // a running total ("bringing the total number ... to 14,000"; see restatedTotal), or one of named goods
		}
		if i > s.lo && totalVerb(toks[i-1].Norm) {
			continue // "does not expect to reach the full amount until May": a level the deliveries come to, no goods moved
		}
		// The count is the earlier one, told again by these words: in
		// this sentence the whole a part was taken from ("delivered
		// 500,000 of the promised 1 million shells and aims to deliver the
		// total amount"), else the text's last.
		var last *phrase
		var whole *QuantityMatch
		if b := lastPhraseBefore(ps, i); b != nil && (b.whole != nil || b.qty != nil) {
			last, whole = b, b.whole
			if whole == nil {
				whole = b.qty
			}
		} else if n := len(s.d.named); n > 0 && s.d.named[n-1].qty != nil {
			last, whole = &s.d.named[n-1], s.d.named[n-1].qty
		}
		if last == nil || last.money {
			continue
		}
		q := *whole
		q.Lo, q.Hi = i, i+3
		p := phrase{lo: i, hi: i + 3, head: i + 2, cat: last.cat, unit: last.unit, qty: &q, demonym: last.demonym}
		ps = insertPhrase(ps, p)
	}
	return ps
}

// theRest adds "the rest" and "the remainder" as the last item the text
// named, uncounted: "Taiwan has received 38 Abrams tanks. The rest are
// expected to arrive next year." ("The rest of the tanks" names its item.)
// "The remaining 70" and "the other 70" are that item too, counted.
func (s *sent) theRest(ps []phrase) []phrase {
	toks := s.d.toks
	for _, i := range s.definites() {
		if i+1 >= s.hi {
			break
		}
		if toks[i].Norm != "the" || toks[i+1].Norm != "rest" && toks[i+1].Norm != "remainder" && toks[i+1].Norm != "remaining" && toks[i+1].Norm != "other" {
			continue
		}
		if i+2 < s.hi && toks[i+2].Norm == "of" {
			continue
		}
		var count *QuantityMatch // "the remaining 70 will arrive by 2026": a count of the item told
		// "expects the other 18 in 2026" counts so too; "the other" alone may be anyone.
		if toks[i+1].Norm == "remaining" || toks[i+1].Norm == "other" {
			for n := range s.quants {
				if q := &s.quants[n]; q.Lo == i+2 && q.Currency == "" && !q.Percent {
					count = q
				}
			}
			if count == nil || count.Hi < s.hi && s.is(count.Hi, fMateriel) {
				continue // "the remaining 70 tanks" names its item
			}
			if count.Hi < s.hi && systemUnit(toks[count.Hi].Norm) {
				continue // "the remaining two batteries": units of a system, which countedUnits finds
			}
		}
		last := lastPhraseBefore(ps, i) // "sent 30 tanks and will send the rest"
		if last == nil && len(s.d.named) > 0 {
			last = &s.d.named[len(s.d.named)-1]
		}
		if last == nil || last.money {
			continue
		}
		p := phrase{lo: i + 1, hi: i + 2, head: i + 1, cat: last.cat, unit: last.unit, demonym: last.demonym}
		if count != nil {
			p.lo, p.hi, p.head, p.qty = count.Lo, count.Hi, count.Lo, count
		}
		ps = insertPhrase(ps, p)
	}
	return ps
}

// referBack gives "these missiles" the kind of the item the text named
// before with that noun: after "three anti-aircraft missile systems",
// "these missiles" are air defence, not missiles of any kind. Only a
// phrase of one word after "these" or "those" refers back so.
func (s *sent) referBack(p *phrase) {
	toks := s.d.toks
	if p.hi-p.lo != 1 || p.lo == s.lo || p.money {
		return
	}
	if w := toks[p.lo-1].Norm; w != "these" && w != "those" {
		return
	}
	head := strings.TrimSuffix(toks[p.lo].Norm, "s")
	for k := len(s.d.named) - 1; k >= 0; k-- {
		q := &s.d.named[k]
		for j := q.lo; j < q.hi; j++ {
			if strings.TrimSuffix(toks[j].Norm, "s") == head {
				p.cat, p.unit = q.cat, q.unit
				return
			}
		}
	}
}

// dropNonCargo removes phrases that name a carrier or a load's contents
// rather than a transfer: "an airlift using Y-20 transport planes", "10,000
// containers containing ammunition".
func (s *sent) dropNonCargo(ps []phrase) []phrase {
	toks := s.d.toks
	out := ps[:0]
	respectEnd := -1 // the end of the last phrase dropped as a respect
	otherEnd := -1   // the end of the last phrase dropped as another verb's object
	// container tells whether a phrase before ps[k] names containers: only
	// then may ps[k] be their contents. Most sentences name none.
	container := false
	for k := range ps {
		p := &ps[k]
		if s.licensedMaking(p) {
			p.cat, p.unit = armsledger.Technology, armsledger.UnitItem // "a licence to produce CV90 vehicles": the right to make them, know-how
		}
		// The phrase's bounds with its quantity, read once: no test below
		// moves them.
		st, e := p.start(), p.end()
		containerBefore := container
		container = container || p.cat == armsledger.Container
		if s.respectAt(st) || respectEnd >= 0 && s.coordinatedPhrases(respectEnd, st) {
			respectEnd = e
			continue // "cooperation ..., particularly in terms of ammunition and other supplies"
		}
		if w := toks[p.head].Norm; (w == "contingent" || w == "detachment") && p.hi+1 < s.hi && toks[p.hi].Norm == "of" &&
			k+1 < len(ps) && ps[k+1].cat == p.cat && ps[k+1].lo-p.hi <= 5 {
			continue // "a contingent of some 2,000 North Korean troops": the troops, counted
		}
		if len(out) > 0 && s.predicateOf(&out[0], p) {
			continue // "the tanks that Poland sent were T-72s": the same tanks
		}
		if n := len(out); n > 0 && out[n-1].cat == p.cat && out[n-1].qty == nil && s.countedWhole(&out[n-1], p) {
			out[n-1] = *p // "its entire artillery stock, around 20 Caesar howitzers": the whole, counted
			continue
		}
		if n := len(out); n > 0 && out[n-1].cat == p.cat && p.qty == nil && s.rankedApposition(&out[n-1], p) {
			continue // "FK-3 missile systems, the first Chinese air defence weapons deployed in Europe": the same goods
		}
		if len(out) > 0 && s.peopleGivenTo(p) {
			continue // "transferred know-how to 350 Brazilian engineers": those who get the goods
		}
		if s.fuelled(p) {
			continue // "aviation fuel, used to power the junta's jets, has reached Myanmar": fuel, no jets, moved
		}
		if s.regulatedGoods(p) {
			continue // "strictly controls exports of dual-use items", "export controls on drone parts": a rule, nothing moved
		}
		if n := len(out); n > 0 && s.asRole(&out[n-1], p) {
			continue // "sent about 3,000 more soldiers as reinforcements": what the soldiers are sent as
		}
		if s.carrierBefore(p.lo) && !s.givesOwn(p.lo) || s.meansOfTransport(p) || s.destination(p) || s.fightersReceiving(p) || s.prisoners(p) || s.peopleUsing(p) {
			continue
		}
		if p.cat == armsledger.Container && s.civilianContents(p) {
			continue // "300 containers of solar panels and electrical equipment": cargo, no arms
		}
		if s.onBoard(p) || len(s.aboard) > 0 && s.coordinatedPhrases(s.aboard[len(s.aboard)-1].hi, st) && !s.additiveBefore(st) {
			// Its words are no verbs: "on navy ships"; nor is what it is
			// listed with: "on board 500 transport planes and 107 cargo ships".
			s.aboard = append(s.aboard, span{p.lo, p.hi})
			continue
		}
		if noun := s.complementOf(p); noun != "" {
			if p.cat == armsledger.Personnel && deadNoun(noun) {
				continue // "the bodies of 40 fallen soldiers": the dead handed back
			}
			if infoNoun(noun) && !s.transferNounAfter(p) {
				continue // "reports of North Korean troops": word of them, not them ("reports of arms shipments" tell of shipments)
			}
			if guardNoun(noun) {
				continue // "armoured vehicles for the protection of personnel": whom the goods guard
			}
			if s.trainingOn(p) {
				continue // "Training of JMSDF personnel on the weapon system is being provided": what is taught, not goods
			}
			if designNoun(noun) {
				p.cat, p.unit = armsledger.Technology, armsledger.UnitItem // "the design of the Shahed-136": know-how
				if n := len(out); n > 0 && out[n-1].cat == armsledger.Technology && st-out[n-1].end() <= 6 {
					continue // "technology for the production of K2 tanks": one item
				}
			}
		}
		if e < s.hi && captiveWord(toks[e].Norm) {
			continue // "took 200 soldiers prisoner"
		}
		if containerBefore && s.contentOfContainer(ps[:k], p) {
			continue
		}
		if st > s.lo && harmVerb(toks[st-1].Norm) {
			continue // "since the rebels began attacking ships": a target, not cargo
		}
		if st > s.lo && toks[st-1].Norm == "against" {
			continue // "use them against ships in the Red Sea": a target, not cargo
		}
		if s.storedIn(st) {
			continue // "struck warehouses that it says held Iranian arms": what a place stores, not cargo
		}
		if e+2 < s.hi && toks[e].Norm == "to" && toks[e+1].Norm == "be" && madeWord(toks[e+2].Norm) {
			continue // "calling for more nuclear weapons to be built": goods to be made, not moved
		}
		if st-1 > s.lo && toks[st-2].Norm == "to" && harmBase(toks[st-1].Norm) ||
			st > s.lo && toks[st-1].Norm == "to" && harmBase(toks[st].Norm) && st+1 < e {
			otherEnd = e // ("to counter glide bombs and cruise missiles": both targets)
			continue     // "the drones they use to attack ships": a target (the verb read as the phrase's adjective or not)
		}
		if st > s.lo && harmVerb(toks[st].Norm) && (s.is(st-1, fSubjectPronoun) || s.actorAt(st-1) >= 0) {
			continue // "as they attacked Western ships": the verb read as the phrase's adjective
		}
		if s.notSent(st) {
			if j := st - 1; s.d.toks[j].Norm != "not" && (!s.is(j, fDeterminer) || s.d.toks[j-1].Norm != "not") {
				continue // "sent Patriot systems instead of Taurus missiles"
			}
			p.refused = true // "will send APCs, but not its S-300 systems": denied
		}
		if p.cat == armsledger.Ship && s.hostedBefore(st) {
			continue // "Cuba, which hosted a Russian frigate and a submarine": a port call, no transfer
		}
		if s.otherVerbsObject(st, e) || otherEnd >= 0 && s.coordinatedPhrases(otherEnd, st) {
			otherEnd = e
			continue // "announced it would train Ukrainian pilots and marines": trained, not sent
		}
		out = keepPhrase(out, ps, k)
	}
	return out
}

// keepPhrase appends ps[k] to out, the phrases of ps[:k] a filter keeps,
// which it holds in ps's own array (out := ps[:0]). Until the filter drops
// one, out is all of ps[:k] and ps[k] is in place already: most filters of
// most sentences drop none, and a phrase is a hundred bytes to copy.
func keepPhrase(out, ps []phrase, k int) []phrase {
	if len(out) == k {
		return ps[:k+1]
	}
	return append(out, ps[k])
}

// carrierBefore reports whether the phrase's first word, starting at token
// i, or one of the three words before it says the phrase carries or names a
// load rather than being one (carrierWords). The phrase may have taken the
// word in as a modifier.
func (s *sent) carrierBefore(i int) bool {
	if !s.has(fCarrier) {
		return false // most sentences: none of carrierWords
	}
	return s.carrierBeforeRest(i)
}

// carrierBeforeRest is carrierBefore past its first test (see gates in words.go).
func (s *sent) carrierBeforeRest(i int) bool {
	lo := max(s.lo, i-3)
	toks := s.d.toks[lo : i+1]
	for j := range toks { // by index: a token is four words to copy
		if lex.sets[toks[j].word]&setCarrier != 0 {
			if toks[j].Norm == "own" && lo+j+1 < i && (lex.sets[s.d.toks[lo+j+1].word]&setBanNoun != 0 || dealWord(s.d.toks[lo+j+1].Norm)) {
				continue // "imposed their own curbs on arms sales", "talks on its own purchase of F-35s": the curbs or the deal are theirs, not the goods
			}
			// "is using shells": after "be", the main verb, whose object
			// is the goods; "shipped using cargo planes" names a vehicle;
			// "using US-supplied ATACMS" names goods another supplied.
			if toks[j].Norm == "using" && (lo+j-1 >= s.lo && (s.is(lo+j-1, fBe) || beginVerb(s.d.toks[lo+j-1].Norm)) || s.d.tags.compound && s.compoundIn(lo+j+1, i+4)) {
				return false // (so after "began": "Ukraine began using the tanks supplied by Sweden")
			}
			return true
		}
	}
	return false
}

// compoundIn reports whether a compound adjective of transfer ("US-supplied")
// stands in [lo, hi).
func (s *sent) compoundIn(lo, hi int) bool {
	for k := range s.trigs {
		if t := &s.trigs[k]; t.giver > 0 && within(t.i, lo, hi) {
			return true
		}
	}
	return false
}

// predicateOf reports whether the phrase p, with no amount of its own, is
// what a verb of being says the sentence's subject, the phrase first of the
// same kind, is: "The tanks that Poland sent to Ukraine were (mostly)
// Soviet-era T-72s" tells of the tanks once.
func (s *sent) predicateOf(first, p *phrase) bool {
	if p.qty != nil || first.cat != p.cat || first.start() > s.lo+1 || p.start() <= first.end() {
		return false
	}
	toks := s.d.toks
	j := p.start() - 1
	for j > first.end() && p.start()-j <= 3 && (s.is(j, fDeterminer) || predicateAdverb(toks[j].Norm)) {
		j--
	}
	switch toks[j].Norm {
	case "is", "are", "was", "were":
		return true
	}
	return false
}

func predicateAdverb(w string) bool {
	switch w {
	case "mostly", "mainly", "largely", "all", "primarily", "chiefly", "reportedly":
		return true
	}
	return false
}

// givesOwn reports whether the phrase at i is what a giver sends of its
// own, a verb of giving right before "its own" ("has started sending its
// own rocket launchers to Russia"); other goods called "own" are a state's
// own make, kept or received elsewhere ("Ukraine's own Neptune missile").
func (s *sent) givesOwn(i int) bool {
	toks := s.d.toks
	for j := i - 1; j-2 >= s.lo && i-j <= 3; j-- {
		if toks[j].Norm != "own" {
			continue
		}
		if w := toks[j-1].Norm; w != "its" && w != "their" {
			return false
		}
		// The verb may stand before a count of them and their recipient:
		// "will lend Poland eight of its own Apaches", "donated all 19 of
		// its own CAESAR guns".
		if j-2 >= s.lo && toks[j-2].Norm == "with" && !s.triggerAt(j-2) {
			for k := range s.trigs {
				if t := &s.trigs[k]; t.lemma == "follow" && t.class == classGive && t.i < j-2 {
					return true // "France followed in July with its own SCALP missiles"
				}
			}
		}
		for k := j - 2; k >= s.lo && j-k <= 6; k-- {
			if v, ok := s.verbAt(k); ok {
				return v.Class == classGive || v.Lemma == "sell" // ("declined to sell its own Reapers"; not "is building its own missiles")
			}
			if toks[k].Norm != "of" && !partWord(toks[k].Norm) && !s.inQty[k-s.lo] && s.actorAt(k) < 0 {
				return false
			}
		}
		return false
	}
	return false
}

var carrierWords = []string{"using", "aboard", "onboard", "via", "own"}

// fuelled reports whether the goods p are what fuel is for, "fuel for
// the junta's jets", or the object of a verb of powering, "used to power
// the jets", "to refuel Russian warships": the fuel is the cargo, and no
// claim.
func (s *sent) fuelled(p *phrase) bool {
	toks := s.d.toks
	j := p.start() - 1
	for j > s.lo && (toks[j].Norm == "the" || toks[j].Norm == "its" || toks[j].Norm == "their" || toks[j].Norm == "'s" || s.actorAt(j) >= 0) {
		if toks[j].Norm == "'s" {
			j-- // past the owner: "the junta's"
		}
		j-- // past "the", "Russian"
	}
	if j <= s.lo {
		return false
	}
	switch toks[j].Norm {
	case "power", "powers", "powered", "powering", "refuel", "refuels", "refuelled", "refueled", "refuelling", "refueling":
		return true
	case "for":
		switch toks[j-1].Norm {
		case "fuel", "oil", "diesel", "kerosene", "petrol", "gasoline", "lubricants":
			return true
		}
	}
	return false
}

// regulatedGoods reports whether the phrase is the goods of a trade a
// verb of regulating governs ("controls exports of dual-use items", see
// regulatedTrade) or of a rule on trade ("export controls on drone
// parts"): goods told of by a rule, which moves none of them.
func (s *sent) regulatedGoods(p *phrase) bool {
	toks := s.d.toks
	j := p.start() - 1
	if j-1 <= s.lo {
		return false
	}
	switch toks[j].Norm {
	case "of":
		switch toks[j-1].Norm {
		case "exports", "export", "sales", "sale", "shipments", "transfers", "deliveries":
			return s.regulatedTrade(j - 1)
		}
	case "on":
		return ruleNoun(toks[j-1].Norm) && j-2 > s.lo && (toks[j-2].Norm == "export" || toks[j-2].Norm == "exports")
	}
	return false
}

// asRole reports whether p, with no count, follows "as" right after the
// goods q of its own kind, or after them and whom they go to: "sent 3,000 soldiers as reinforcements",
// "delivered two jets as replacements". It says what the goods are sent
// as, no second item.
func (s *sent) asRole(q, p *phrase) bool {
	if p.qty != nil || p.cat != q.cat || p.lo-1 < q.end() || s.d.toks[p.lo-1].Norm != "as" {
		return false
	}
	if p.lo-1 == q.end() {
		return true
	}
	// Past whom they go to: "sent 400 soldiers to Niger as reinforcements".
	a := s.actorAt(p.lo - 2)
	return a >= 0 && s.actors[a].hi == p.lo-1 && s.actors[a].lo-1 == q.end() && (s.d.toks[q.end()].Norm == "to" || s.d.toks[q.end()].Norm == "for")
}

// meansOfTransport reports whether the phrase is how a load travels, "by"
// and a bare noun: "by ship", "by rail", "by cargo plane". "Followed by
// NASAMS" names a second load, not a vehicle.
func (s *sent) meansOfTransport(p *phrase) bool {
	toks := s.d.toks
	if p.lo-1 <= s.lo || toks[p.lo-1].Norm != "by" {
		return false
	}
	switch toks[p.lo-2].Norm {
	case "followed", "joined", "accompanied", "replaced", "supplemented", "complemented":
		return false
	}
	return true
}

// onBoard reports whether the phrase is a vessel or aircraft that a load
// travels on: "transported on Russian navy ships", "flown in on two Il-76
// aircraft", "on board naval vessels".
func (s *sent) onBoard(p *phrase) bool {
	if p.cat != armsledger.Ship && p.cat != armsledger.Aircraft {
		return false
	}
	return s.onBoardRest(p)
}

// onBoardRest is onBoard past its first test (see gates in words.go).
func (s *sent) onBoardRest(p *phrase) bool {
	toks := s.d.toks
	j := p.start() - 1
	for k := 0; k < 7 && j > s.lo && toks[j].Norm != "aboard" && toks[j].Norm != "onboard" && toks[j].Norm != "on" && toks[j].Norm != "onto" &&
		(s.is(j, fDeterminer) || s.inQty[j-s.lo] || Joiner(toks, j) || toks[j].Kind == Number || toks[j].Norm == "of" && s.inQty[j-1-s.lo] || toks[j].Norm == "'s" ||
			toks[j].Kind == Word && !s.is(j, fStop) && (!s.triggerAt(j) || Joiner(toks, j-1) || toks[j].Norm == "transport") && (s.actorAt(j) < 0 || s.actors[s.actorAt(j)].demonym || s.actors[s.actorAt(j)].possessive || s.actors[s.actorAt(j)].ref.kind == kindInstitution)); k++ {
		j-- // "on two Il-76 aircraft", "on hundreds of aircraft", "onto the navy's Aegis-equipped destroyers", "on the ships", "aboard navy transport ships" (a noun there, not the verb), "aboard an Ilyushin transport plane", "aboard a Canadian military transport plane", "aboard Indian Air Force C-17 transports"
	}
	if j < s.lo {
		return false
	}
	w := toks[j].Norm
	if w == "to" && j > s.lo && toks[j-1].Norm == "on" {
		w, j = "on", j-1 // "loaded on to a C-17 aircraft"
	}
	if w == "on" && j > s.lo {
		if v, ok := s.verbAt(j - 1); ok && v.Lemma == "pass" {
			return false // "pass on MiG-29 jets": a particle, the jets are given
		}
		if takesOn(toks[j-1].Norm) {
			return false // "has relied on MiG-29 fighters", "a deal on 24 Rafales": the object, not a carrier
		}
		if talkBefore(toks, j) {
			return false // "suspended talks with Washington on 50 F-35s": what the talks are about, as with "over"
		}
	}
	if w == "by" && p.cat == armsledger.Aircraft {
		// "which was delivered in April 2022 by six Y-20 transport
		// aircraft": past a time, the carrier of what was delivered.
		for k := j - 1; k > s.lo && j-k <= 5 && toks[k].Norm != ","; k-- {
			if carriedWord(toks[k].Norm) {
				return true
			}
		}
	}
	return w == "on" || w == "aboard" || w == "onboard" || w == "board" && j > s.lo && toks[j-1].Norm == "on" || w == "onto" && s.loadedBefore(j)
}

// loadedBefore reports whether a verb of loading stands a few words
// before "onto" at j: "loaded the missiles onto cargo ships", "will be
// loaded onto the navy's destroyers" put a load on a carrier. ("sold
// Chile jets that fly onto carriers" is no loading.)
func (s *sent) loadedBefore(j int) bool {
	for k := j - 1; k >= s.lo && j-k <= 6; k-- {
		switch s.d.toks[k].Norm {
		case "load", "loads", "loaded", "loading", "put", "puts", "putting", "transferred", "moved", "hoisted", "lifted", "craned":
			return true
		}
	}
	return false
}

// carriedWord reports whether w is a participle of carrying, after which
// "by" names the carrier: "flown by", "delivered by six Y-20 aircraft".
func carriedWord(w string) bool {
	switch w {
	case "delivered", "flown", "carried", "transported", "brought", "airlifted", "shipped":
		return true
	}
	return false
}

// triggerAt reports whether a word of transfer stands at token j.
func (s *sent) triggerAt(j int) bool {
	for k := range s.trigs {
		if s.trigs[k].i == j {
			return true
		}
	}
	return false
}

// destination reports whether the phrase is where a load goes, a state's
// force or programme after "to" and its possessive: "will go to Ukraine's
// air defence", "parts for Russia's drone programme".
func (s *sent) destination(p *phrase) bool {
	a := s.actorAt(p.lo - 1)
	if a < 0 {
		return false
	}
	m := &s.actors[a]
	if m.prep == "for" && m.lo-2 >= s.lo && receiverNoun(s.d.toks[m.lo-2].Norm) {
		return false // "the latest customer for Israel's Barak MX": whose goods are bought
	}
	if m.possessive && s.d.madeBy(p) == m.ref.Code {
		return false // "a contract for South Korea's K9 howitzers": the state's make, bought
	}
	return m.possessive && (m.prep == "to" || m.prep == "for" || m.prep == "into")
}

// fightersReceiving reports whether phrase p is a state's fighters after
// "to" or "for", who receive rather than move: "rifles to Ukrainian troops".
func (s *sent) fightersReceiving(p *phrase) bool {
	a := s.actorAt(p.lo)
	return a >= 0 && p.cat == armsledger.Personnel && s.actors[a].demonym && s.actors[a].ref.kind == kindInstitution &&
		(s.actors[a].prep == "to" || s.actors[a].prep == "for") && s.actors[a].hi < s.hi && fightersNoun(s.d.toks[s.actors[a].hi].Norm)
}

// peopleGivenTo reports whether people p, named with their state's
// demonym, stand right after "to" (past their count): "transferred design
// know-how to more than 350 Brazilian engineers". After other goods they
// are whom the goods are given to, not people sent.
func (s *sent) peopleGivenTo(p *phrase) bool {
	if p.cat != armsledger.Personnel {
		return false
	}
	toks := s.d.toks
	j := p.lo - 1
	for j > s.lo && (s.inQty[j-s.lo] || toks[j].Norm == "more" || toks[j].Norm == "than" || toks[j].Norm == "some" || toks[j].Norm == "about") {
		j--
	}
	if j > s.lo && toks[j].Norm == "the" && s.stateOwnsAfter(p.hi) {
		j-- // "to the combat units of Iran"
	}
	if j <= s.lo || toks[j].Norm != "to" {
		return false
	}
	for k := j + 1; k < p.hi; k++ {
		if a := s.actorAt(k); a >= 0 && s.actors[a].demonym {
			return true
		}
	}
	return s.stateOwnsAfter(p.hi)
}

// stateOwnsAfter reports whether the words at i are "of" a state's name
// ("of Mali", "of the Islamic Republic of Iran Army"): people given "to
// the combat units of" a state are the state's own, those who get the
// goods, as a demonym before them would tell.
func (s *sent) stateOwnsAfter(i int) bool {
	toks := s.d.toks
	if i+1 >= s.hi || toks[i].Norm != "of" {
		return false
	}
	k := i + 1
	if toks[k].Norm == "the" {
		k++
	}
	return k < s.hi && s.actorAt(k) >= 0
}

// peopleUsing reports whether people p are the subject of a verb of using
// right after them, past a verb chain: "Ukrainian troops are using the
// CV90s supplied by Sweden" names who holds the goods, not more goods.
func (s *sent) peopleUsing(p *phrase) bool {
	if p.cat != armsledger.Personnel || p.qty != nil {
		return false
	}
	toks := s.d.toks
	j := p.hi
	for j < s.hi && (s.is(j, fBe|fModal|fAdverb) || isAux(toks[j].Norm) || beginVerb(toks[j].Norm)) {
		j++
	}
	if j >= s.hi || j == p.hi && !strings.HasSuffix(toks[j].Norm, "s") && !strings.HasSuffix(toks[j].Norm, "ed") {
		return false
	}
	if j+1 < s.hi && s.is(j+1, fRolePrep) {
		return false // "are operating in Mali": where they are, as people sent
	}
	switch toks[j].Norm {
	case "use", "uses", "used", "using", "fire", "fires", "fired", "firing", "operate", "operates", "operated", "operating",
		"fly", "flies", "flew", "flying", "employ", "employs", "employed", "employing", "man", "mans", "manned", "manning":
		return true
	}
	return false
}

// prisoners reports whether people p are captives, whom a participle right
// after them says were captured or detained: "Two soldiers captured by
// Ukraine were taken to Kyiv" moves prisoners, no troops sent. So are
// people a verb of capture right before them governs: "Kyiv says it
// captured two North Korean soldiers and has offered to swap them".
func (s *sent) prisoners(p *phrase) bool {
	if p.cat != armsledger.Personnel || p.hi >= s.hi {
		return false
	}
	if captureWord(s.d.toks[p.hi].Norm) {
		return true
	}
	j := p.lo - 1
	for j > s.lo && (s.is(j, fDeterminer) || s.inQty[j-s.lo]) {
		j--
	}
	return j >= s.lo && j < p.lo && captureWord(s.d.toks[j].Norm)
}

// captureWord reports whether w says people were taken captive.
func captureWord(w string) bool {
	switch w {
	case "captured", "detained", "seized", "arrested", "imprisoned":
		return true
	}
	return false
}

// opensJoinedClause reports whether the count at i, with at most "the"
// and an ordinal before it, opens a clause joined by "and" or a
// semicolon: "has ordered 42 Rafale fighters, and the first six are due
// to arrive early next year".
func (s *sent) opensJoinedClause(i int) bool {
	toks := s.d.toks
	j := i - 1
	if j > s.lo && (toks[j].Norm == "first" || toks[j].Norm == "remaining" || toks[j].Norm == "last") {
		j--
	}
	if j > s.lo && toks[j].Norm == "the" {
		j--
	}
	if j > s.lo && j == i-1 && (toks[j].Norm == "and" && toks[j-1].Norm == "," || toks[j].Norm == ";") {
		return true // ", and two more are due in 2025": a comma before "and" opens a clause, as "the" after it does; so does a semicolon
	}
	return j > s.lo && j < i-1 && (toks[j].Norm == "and" || toks[j].Norm == ";")
}

// opensReportedClause reports whether the count at i, with at most "the"
// and a word of order or increment before it, opens the clause a verb of
// speech reports: "the paper said another 18 were due to arrive by 2026",
// "Moscow has said that the remaining two will follow". As at a
// sentence's start, the count is the subject of the verb after it.
func (s *sent) opensReportedClause(i int) bool {
	toks := s.d.toks
	j := i - 1
	if j > s.lo {
		switch toks[j].Norm {
		case "first", "remaining", "last", "another", "further", "more":
			j--
		}
	}
	if j > s.lo && (toks[j].Norm == "the" || toks[j].Norm == "a") {
		j--
	}
	return j > s.lo && j < i && s.clauseOpener(j)
}

// ofThemAt reports whether "of them", "of these" or "of those" stand at
// i, before hi.
func ofThemAt(toks []Token, i, hi int) bool {
	if i+1 >= hi || toks[i].Norm != "of" {
		return false
	}
	w := toks[i+1].Norm
	return w == "them" || w == "these" || w == "those"
}

// formationOwner returns the demonym of the formation that counts the
// people starting at lo, "a German brigade of about 5,000 troops", "a
// Turkish battalion of 600 soldiers"; or -1.
func (s *sent) formationOwner(lo int) int {
	toks := s.d.toks
	j := lo - 1
	for j > s.lo && lo-j <= 4 && toks[j].Norm != "of" && (s.inQty[j-s.lo] || quantityWord(toks[j].Norm)) {
		j--
	}
	if j-2 < s.lo || toks[j].Norm != "of" {
		return -1
	}
	switch toks[j-1].Norm {
	case "brigade", "battalion", "contingent", "division", "regiment", "detachment", "force", "mission":
	default:
		return -1
	}
	for k := j - 2; k >= s.lo && j-k <= 3; k-- {
		if a := s.actorAt(k); a >= 0 {
			if m := &s.actors[a]; m.demonym && m.prep == "" && !m.possessive {
				return a
			}
			return -1
		}
		if toks[k].Kind != Word || s.is(k, fDeterminer|fVerb|fStop) {
			return -1
		}
	}
	return -1
}

// elliptic adds items named only by their count, as the subject of a
// passive transfer verb: "she said six could be delivered around New Year"
// after "Denmark would provide 19 F-16 jets". The count stands for the last
// materiel the text named.
func (s *sent) elliptic(ps []phrase) []phrase {
	var last *phrase // the goods named before the sentence, read when a count needs them
	lastRead := false
	toks := s.d.toks
	seen := false
	for k := range s.quants {
		q := &s.quants[k]
		if q.Currency != "" || q.Percent && !s.gappedShare(k) || q.Fraction || q.Year || q.Qualifier == armsledger.Vague && !ofThemAt(toks, q.Hi, s.hi) {
			continue // ("hundreds of them" counts goods told before, as "400 of them" does)
		}
		if q.Hi < s.hi && timeUnit(toks[q.Hi].Norm) {
			continue // "two years ahead of schedule": a span of time
		}
		if q.Hi+2 < s.hi && packageWord(toks[q.Hi].Norm) && s.countedPackagesBefore(q.Hi+2) == q.Lo {
			continue // "29 packages worth 2.9 billion euros": the sum is the goods
		}
		counted := false
		for k := range ps {
			if p := &ps[k]; p.lo <= q.Hi+2 && p.hi >= q.Lo {
				counted = true
			}
		}
		if counted {
			continue
		}
		// "six could be delivered around New Year, eight more next year
		// and the remaining five in 2025": later counts share the verb.
		// "received 18 howitzers and is due to receive six more": a count
		// and "more" after a verb count the item named before.
		// An item named earlier in the sentence is the nearer: "pledged 24
		// F-16s, of which 18 have been delivered".
		var item *phrase
		after := q.Hi    // "1,500 of them were transported": the verb after "of them"
		arrived := false // "two of which arrived in January"
		if after+1 < s.hi && toks[after].Norm == "of" && (toks[after+1].Norm == "them" || toks[after+1].Norm == "those" || toks[after+1].Norm == "these" || toks[after+1].Norm == "which") {
			after += 2
			if after < s.hi && toks[after-1].Norm == "which" {
				v, ok := s.verbAt(after)
				arrived = ok && v.Class == classArrive
			}
			v := after
			for v < s.hi && (s.is(v, fBe|fAdverb) || isAux(toks[v].Norm)) {
				v++
			}
			if v+2 < s.hi && v > after && s.is(v-1, fBe) && expectedWord(toks[v].Norm) && toks[v].Norm != "going" && toks[v+1].Norm == "to" {
				v += 2 // "the first three of which are scheduled to arrive": the chain's verb ("are going to Romania" goes itself)
			}
			if v > after && v < s.hi {
				w, ok := s.verbAt(v)
				arrived = arrived || ok && w.Class == classArrive || s.awaitedAt(v) // "Thirty-two of them are going to Romania", "two of them have arrived", "six of which are expected in 2026"
			}
		}
		sys := s.moreSystemsAfter(q) // "a further three systems would follow": the verb after the noun
		if sys > 0 {
			after = sys
		}
		absolute := s.withRemainder(q.Lo) // "with the remaining 18 due by 2026"
		// "A second batch of 42 landed in July": the count after a batch.
		batch := q.Lo-2 > s.lo && toks[q.Lo-1].Norm == "of" && batchNoun(toks[q.Lo-2].Norm) && q.Lo <= s.lo+5
		// "took delivery of its first batch of six": the count a batch or a
		// delivery holds, told after the verb.
		batched := q.Lo-2 > s.lo && toks[q.Lo-1].Norm == "of" && (batchNoun(toks[q.Lo-2].Norm) || toks[q.Lo-2].Norm == "deliveries") && !batch && (s.objectOfTransfer(q.Lo-2) || s.laterBatchJoined(q.Lo-2))
		if !arrived && (q.Lo <= s.lo+3 || absolute || batch || s.opensJoinedClause(q.Lo) || s.opensReportedClause(q.Lo)) && after < s.hi {
			// "Another 10 are due next year", "The remaining 18 are
			// arriving in 2026", "200 more would follow next year": a count
			// opening the sentence (or the clause said), then an arrival.
			v := after
			if toks[v].Norm == "more" {
				v++ // ("another 200 would follow" reads the count alone)
			}
			for v < s.hi && (s.is(v, fBe|fAdverb|fModal) || isAux(toks[v].Norm) || s.beTo(v) || s.partTo(v)) {
				v++ // ("200 more were to follow": "be to" is a modal too)
			}
			if v+2 < s.hi && v > after && s.is(v-1, fBe) && expectedWord(toks[v].Norm) && toks[v+1].Norm == "to" {
				v += 2 // "Another 42 are set (expected, scheduled) to arrive": the chain's verb
			}
			// A verb right after the count is its own when it is a
			// trigger of arrival: "Two arrived in January", "Another 10
			// followed in June".
			if v < s.hi && (v > after || absolute || s.arrivalAt(v)) {
				if w, ok := s.verbAt(v); ok && w.Class == classArrive || s.awaitedAt(v) {
					arrived = true // ("Six are expected next year": awaited at a time, see expectedWhen)
				}
				if (toks[v].Norm == "follow" || toks[v].Norm == "followed") && s.triggerAt(v) {
					arrived = true // the "follow" of "200 more would follow" (see tagTriggers)
				}
			}
		}
		ones := s.onesAfter(q.Hi) // "to buy 12 new ones": the count and its pronoun
		if ones < 0 {
			ones = sys
		}
		if !arrived && !batched && ones < 0 && !s.moreAfterVerb(q) && !s.optionCount(q) && !s.passiveAfter(after) && !(seen && s.listedCount(q.Lo)) && !s.gappedCount(q.Lo) && s.givenByClause(q) < 0 && !s.countWithOwnParty(q) && !s.objectCount(q) {
			continue
		}
		if before := lastPhraseBefore(ps, q.Lo); before != nil {
			item = before
		} else {
			if !lastRead {
				last, lastRead = s.lastNamed(), true
			}
			item = last
		}
		if item == nil {
			continue
		}
		seen = true
		p := phrase{lo: q.Lo, hi: q.Hi, head: q.Lo, cat: item.cat, unit: item.unit, qty: q, elided: true}
		if q.Percent {
			p.qty = nil // a share counts no goods, as "60 percent of its tanks" does not
		}
		if ones > 0 {
			p.hi, p.head = ones, ones-1
		}
		if q.Lo > s.lo && toks[q.Lo-1].Norm == "of" && !batch && !batched && !s.totalOf(q.Lo) {
			continue // "one of the ..." is a part, not an elided item
		}
		ps = insertPhrase(ps, p)
	}
	return ps
}

// awaitedAt reports whether the token at v is a verb of expecting that
// tagTriggers read as an arrival: goods "expected in 2026" are due then.
func (s *sent) awaitedAt(v int) bool {
	for k := range s.trigs {
		if t := &s.trigs[k]; t.i == v {
			return t.class == classArrive && t.lemma == "due"
		}
	}
	return false
}

// gappedShare reports whether the percentage s.quants[k] is a share of
// the goods an earlier share in the sentence took ("60 percent of its
// tanks"), its verb left out: "... from the US and 20 percent from
// Spain", "..., Germany for 12 percent".
func (s *sent) gappedShare(k int) bool {
	q := &s.quants[k]
	earlier := false
	for _, r := range s.quants[:k] {
		earlier = earlier || r.Percent && r.Hi < s.hi && s.d.toks[r.Hi].Norm == "of"
	}
	return earlier && (s.gappedCount(q.Lo) || s.countWithOwnParty(q))
}

// tradeShares adds the goods of a share of a state's arms trade that names
// none: "India took 38 percent of Russian deliveries" took Russian arms,
// of no kind told. The noun of trade is the phrase.
func (s *sent) tradeShares(ps []phrase) []phrase {
	toks := s.d.toks
	for k := range s.quants {
		q := &s.quants[k]
		if !q.Percent || q.Hi+2 >= s.hi || toks[q.Hi].Norm != "of" {
			continue
		}
		a := s.actorAt(q.Hi + 1)
		if a < 0 || !s.actors[a].demonym && !s.actors[a].possessive {
			continue
		}
		n := s.actors[a].hi
		if n >= s.hi {
			continue
		}
		switch toks[n].Norm {
		case "deliveries", "exports", "sales", "supplies":
		default:
			continue // "38 percent of Russian arms exports" names its goods
		}
		if slices.ContainsFunc(ps, func(p phrase) bool { return p.lo <= n+6 && n < p.hi }) {
			continue // named after it: "28 per cent of French exports, mainly combat aircraft"
		}
		p := phrase{lo: n, hi: n + 1, head: n, cat: armsledger.Other, unit: armsledger.UnitItem}
		p.demonym = append(s.d.tags.newCodes(1), s.actors[a].ref.Code) // whose trade it is gives
		ps = insertPhrase(ps, p)
		// "..., China 17 percent and Kazakhstan 11 percent": the shares
		// after it, with the verb left out, are of the same trade.
		for _, r := range s.quants[k+1:] {
			if r.Percent && s.gappedCount(r.Lo) {
				e := phrase{lo: r.Lo, hi: r.Hi, head: r.Hi - 1, cat: armsledger.Other, unit: armsledger.UnitItem, elided: true, demonym: p.demonym}
				ps = insertPhrase(ps, e)
			}
		}
		break
	}
	return ps
}

// onesAfter returns the end of "ones" when it follows token j, perhaps
// after an adjective or two ("12 new ones", "two used ones"), or -1: the
// pronoun of a count of the goods named before.
func (s *sent) onesAfter(j int) int {
	toks := s.d.toks
	for k := j; k < s.hi && k-j <= 2; k++ {
		if toks[k].Norm == "ones" {
			return k + 1
		}
		switch w := toks[k].Norm; {
		case toks[k].Kind != Word || s.is(k, fMateriel) || s.is(k, fDeterminer):
			return -1
		case w == "of" || w == "and" || w == "or" || w == "to" || w == "for" || w == "from":
			return -1
		}
	}
	return -1
}

// moreSystemsAfter returns the token after "systems" that a count of more
// takes ("three more systems", "a further three systems"), or -1. Told as
// more, "systems" names no kind of its own: as "ones" does, it stands for
// the goods named before.
func (s *sent) moreSystemsAfter(q *QuantityMatch) int {
	toks := s.d.toks
	k := q.Hi
	more := k < s.hi && toks[k].Norm == "more"
	if more {
		k++
	}
	if k >= s.hi || toks[k].Norm != "systems" && toks[k].Norm != "system" {
		return -1
	}
	if !more && !(q.Lo > s.lo && (toks[q.Lo-1].Norm == "further" || toks[q.Lo-1].Norm == "another" || toks[q.Lo-1].Norm == "additional")) {
		return -1
	}
	return k + 1
}

// askedForThem adds the item a verb of asking takes as "them" at the end
// of its clause, after "for" and whom it asks, or as the object of
// "request" or "seek": "the Houthis have asked Moscow for them", "Kyiv
// had requested them in a letter" ask for the goods just told. The item
// is the sentence's last, or the text's.
func (s *sent) askedForThem(ps []phrase) []phrase {
	toks := s.d.toks
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.noun || t.passive || t.class != classRequest {
			continue
		}
		j := t.i + 1
		if a := s.actorAt(j); a >= 0 && s.actors[a].lo == j && !s.actors[a].possessive && !s.actors[a].demonym {
			j = s.actors[a].hi
		}
		if j < s.hi && toks[j].Norm == "for" {
			j++
		} else if t.lemma != "request" && t.lemma != "seek" || j != t.i+1 {
			continue // ("requested them", "sought them" take it as their object)
		}
		if j >= s.hi || toks[j].Norm != "them" || j+1 < s.hi && toks[j+1].Kind != Punct && !moreEnds[toks[j+1].Norm] {
			continue
		}
		if item := s.goodsBefore(ps, j); item != nil && !item.money {
			ps = insertPhrase(ps, phrase{lo: j, hi: j + 1, head: j, cat: item.cat, unit: item.unit, elided: true})
		}
	}
	return ps
}

// bareMore adds the item a verb of giving, asking or buying takes as
// "more", with no count or noun: "has sent 1,500 troops and is expected to
// send more" sends more troops, "Moscow has asked for more" asks for more
// of them, and "bought drones and placed orders for more" orders more of
// them. The item is the sentence's last, or the text's.
func (s *sent) bareMore(ps []phrase) []phrase {
	if !s.has(fMore) {
		return ps // no "more", which both this and moreSubject look for: most sentences
	}
	return s.bareMoreRest(ps)
}

// bareMoreRest is bareMore past its first test (see gates in words.go).
func (s *sent) bareMoreRest(ps []phrase) []phrase {
	toks := s.d.toks
	for k := range s.trigs {
		t := &s.trigs[k]
		j := t.i + 1
		asks := t.class == classRequest || t.class == classBuy
		if asks && j+1 < s.hi && toks[j].Norm == "with" {
			if a := s.actorAt(j + 1); a >= 0 {
				j = s.actors[a].hi // "is negotiating with Beijing for more": the seller, then what is sought
			}
		}
		forMore := asks && j+1 < s.hi && toks[j].Norm == "for"
		if forMore {
			j++ // "Moscow has asked for more", "placed orders for more"
		}
		if j >= s.hi || !s.is(j, fIncrement) || t.noun && !forMore || t.passive || t.class != classGive && t.class != classMove && !asks || toks[j].Norm != "more" {
			continue
		}
		if j+1 < s.hi && toks[j+1].Kind != Punct && !moreEnds[toks[j+1].Norm] {
			continue // "send more tanks", "more than 1,000 containers": a phrase of its own
		}
		item := s.goodsBefore(ps, j)
		if item == nil || t.class == classBuy && !s.takenBefore(item, t.i) {
			continue
		}
		p := phrase{lo: j, hi: j + 1, head: j, cat: item.cat, unit: item.unit, elided: true, increment: true}
		ps = insertPhrase(ps, p)
	}
	return s.moreSubject(ps)
}

// takenBefore reports whether a word of buying or receiving before the
// goods p, in the sentence, takes them, so that a buyer's "more" after
// them is more of goods it took ("took delivery of TB2 drones and placed
// orders for more"). Goods that only modify a noun ("India's arms exports
// hit a record as Armenia buys more") are none it took, and goods a
// seller gave ("France, which sold Egypt jets, is pressing Egypt to buy
// more") are the seller's to give.
func (s *sent) takenBefore(p *phrase, i int) bool {
	if p.lo < s.lo || p.lo >= i {
		return false
	}
	for k := range s.trigs {
		if t := &s.trigs[k]; t.i < p.lo && (t.class == classBuy || t.class == classReceive) {
			return true
		}
	}
	return false
}

// numberSubject adds the item "a number" stands for as the subject of a
// passive verb of giving or of a verb of arrival: "the minister
// acknowledged that a 'limited number' had been sent to Russia", "a small
// number have arrived". The item is the sentence's last, or the text's;
// such a number is no count (FORMAT.md).
func (s *sent) numberSubject(ps []phrase) []phrase {
	toks := s.d.toks
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.noun || !(t.passive && (t.class == classGive || t.class == classMove) || !t.passive && t.class == classArrive) {
			continue
		}
		j := t.i - 1
		for j > s.lo && (s.is(j, fBe|fModal|fAdverb) || isAux(toks[j].Norm) || quoteMark(toks[j].Norm)) {
			j--
		}
		if j == t.i-1 || toks[j].Norm != "number" {
			continue
		}
		lo := j - 1
		if lo > s.lo && (toks[lo].Kind == Word && !toks[lo].Cap && !s.is(lo, fDeterminer) || quoteMark(toks[lo].Norm)) {
			lo-- // "a limited number", "a 'limited number'"
			if lo > s.lo && quoteMark(toks[lo].Norm) {
				lo--
			}
		}
		if lo < s.lo || toks[lo].Norm != "a" {
			continue // "the number of drones": a count of its own
		}
		if p := lastPhraseBefore(ps, t.i); p != nil && p.lo >= lo {
			continue
		}
		item := s.goodsBefore(ps, lo)
		if item == nil || item.money {
			continue
		}
		ps = insertPhrase(ps, phrase{lo: lo, hi: j + 1, head: j, cat: item.cat, unit: item.unit, elided: true})
	}
	return ps
}

// quoteMark reports whether w is a quotation mark.
func quoteMark(w string) bool {
	switch w {
	case "'", "\"", "‘", "’", "“", "”":
		return true
	}
	return false
}

// moreSubject adds the item "more" stands for as the subject of a passive
// verb of giving or of a verb of arrival, opening its clause: "Sullivan
// said more would be sent", "..., and more will be delivered", "adding
// that more would arrive in the coming days". The item is the sentence's
// last, or the text's.
func (s *sent) moreSubject(ps []phrase) []phrase {
	toks := s.d.toks
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.noun || !(t.passive && (t.class == classGive || t.class == classMove) || !t.passive && t.class == classArrive) {
			continue
		}
		j := t.i - 1
		for j > s.lo && (s.is(j, fBe|fModal|fAdverb) || isAux(toks[j].Norm)) {
			j--
		}
		if j == t.i-1 || toks[j].Norm != "more" || j > s.lo && toks[j-1].Kind == Word && !s.is(j-1, fVerb) && toks[j-1].Norm != "that" && toks[j-1].Norm != "and" {
			continue // "more tanks were sent": a phrase of its own; the clause must open with "more"
		}
		if lastPhraseBefore(ps, t.i) != nil && lastPhraseBefore(ps, t.i).lo >= j {
			continue
		}
		item := s.loadBefore(ps, j)
		if item == nil || item.money || lastPhraseBefore(ps, j) == nil && s.d.mixedLast() {
			continue
		}
		ps = insertPhrase(ps, phrase{lo: j, hi: j + 1, head: j, cat: item.cat, unit: item.unit, elided: true, increment: true})
	}
	return ps
}

// firstOfThem adds the item "the first" stands for as the subject of a
// passive verb of transfer or of arriving, with no noun of its own: "three
// submarines ... The first of them (of this new series) will be delivered
// to Israel in 2031". The item is the sentence's last, or the text's.
func (s *sent) firstOfThem(ps []phrase) []phrase {
	toks := s.d.toks
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.noun || !(t.passive && s.beBefore(t.i) || t.class == classArrive || s.participle(t.i) && s.withFirstBefore(t.i)) {
			continue
		}
		j := t.i - 1
		for j > s.lo && t.i-j <= 7 && toks[j].Norm != "first" && toks[j].Norm != "last" && !laterBatchAt(toks, j, t.i) {
			j--
		}
		if j <= s.lo || !laterBatchAt(toks, j, t.i) && (toks[j-1].Norm != "the" || toks[j].Norm != "first" && toks[j].Norm != "last") {
			continue
		}
		if p := lastPhraseBefore(ps, t.i); p != nil && p.lo > j || s.inQty[j+1-s.lo] {
			continue // "the first boat", "the first six": named or counted
		}
		item := s.goodsBefore(ps, j)
		if item == nil || item.money {
			continue
		}
		// The phrase reaches the verb's chain: "the first of this new
		// series | will be delivered". Only "of" and what it takes may
		// stand between: "the first time that North Korea has been
		// confirmed to have sent" is no item.
		hi := j + 1
		if hi < t.i && (batchWord(toks[hi].Norm) || t.class == classArrive && batchPlural(toks[hi].Norm) && !s.withFirstBefore(t.i)) {
			hi++ // "the first set was delivered", "the first batch arrived", "the first shipments reached Ukraine"
		}
		if hi+1 < t.i && toks[hi].Norm == "of" && ofThemWord(toks[hi+1].Norm) && t.lemma == "due" {
			hi += 2 // "ordered 48 jets, the first of which are due": the goods just named (see firstDue)
		} else if hi < t.i && toks[hi].Norm == "of" {
			for hi++; hi < t.i && !s.is(hi, fModal|fBe) && !isAux(toks[hi].Norm); hi++ {
				if s.actorAt(hi) >= 0 || s.is(hi, fRelative|fVerb) || toks[hi].Norm == "that" {
					hi = -1
					break
				}
			}
		}
		gap := hi
		for gap >= 0 && gap < t.i && s.is(gap, fAdverb) {
			gap++ // "with the first now expected next year"
		}
		if hi < 0 || gap < t.i && !s.is(gap, fModal|fBe) && !isAux(toks[gap].Norm) {
			continue
		}
		head, later := j, laterBatchAt(toks, j, t.i)
		if later {
			head = j + 1 // "a second batch": one more part, named by its noun
			if toks[j].Norm != "another" {
				j-- // with its article
			}
		}
		ps = insertPhrase(ps, phrase{lo: j, hi: hi, head: head, cat: item.cat, unit: item.unit, elided: true, increment: later})
	}
	return ps
}

// laterBatchJoined reports whether the batch noun at i is a later batch
// joined by "and" to the object of the verb before it: "received its first
// 38 tanks in December and a second batch of 42 in July". The verb is
// left out; the later batch is its object too.
func (s *sent) laterBatchJoined(i int) bool {
	toks := s.d.toks
	j := i - 1 // the ordinal, or "another"
	if j-1 <= s.lo || !laterBatchAt(toks, j, i+1) {
		return false
	}
	if toks[j].Norm != "another" {
		j-- // its article
	}
	if toks[j-1].Norm != "and" {
		return false
	}
	for k := range s.trigs {
		if t := &s.trigs[k]; t.i < j && !t.noun && (t.class == classGive || t.class == classReceive) {
			return true
		}
	}
	return false
}

// withFirstBefore reports whether an absolute clause "with the first"
// opens a few words before the participle at v: "with the first launchers
// handed over in August". The participle is passive, with no "be".
func (s *sent) withFirstBefore(v int) bool {
	toks := s.d.toks
	for j := v - 1; j-2 >= s.lo && v-j <= 4; j-- {
		if toks[j].Norm == "first" {
			return toks[j-1].Norm == "the" && toks[j-2].Norm == "with"
		}
	}
	return false
}

// laterBatchAt reports whether "a second batch", "the third shipment" or
// "another batch" opens at token j, before hi: a later part of the goods
// told, as "the first batch" is the first ("received its first
// batteries in April, and a second batch arrived this spring").
func laterBatchAt(toks []Token, j, hi int) bool {
	if j < 1 || j+1 >= hi || !batchWord(toks[j+1].Norm) {
		return false
	}
	switch toks[j].Norm {
	case "second", "third", "fourth", "fifth", "next", "final":
		w := toks[j-1].Norm
		return w == "a" || w == "the"
	case "another":
		return true
	}
	return false
}

// ofThemWord reports whether w, after "the first of", names goods just
// told: "which", "them", "these", "those".
func ofThemWord(w string) bool {
	switch w {
	case "which", "them", "these", "those":
		return true
	}
	return false
}

// firstBatchTaken adds the goods told last as the object of a verb of
// getting or giving that takes "its first batch" or "the last shipment"
// with no goods named after it: "Romania ordered 18 TB2 drones from
// Turkey. Kuwait took delivery of its first batch in 2023." A part of
// the goods told (see firstOfThem for the part as a subject).
func (s *sent) firstBatchTaken(ps []phrase) []phrase {
	toks := s.d.toks
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.passive || t.class != classReceive && t.class != classGive {
			continue
		}
		for j := t.i + 1; j+1 < s.hi && j-t.i <= 4; j++ {
			if toks[j].Norm != "first" && toks[j].Norm != "last" {
				continue
			}
			if w := toks[j-1].Norm; w != "the" && w != "its" && w != "their" {
				break
			}
			if !batchWord(toks[j+1].Norm) {
				// "ordered five jets in 2019 and took delivery of the first
				// in 2023", "... of the first two in May": the first of the
				// goods just told, named by the ordinal alone.
				ps = s.bareFirstTaken(ps, t, j)
				break
			}
			if j+2 < s.hi && (toks[j+2].Norm == "of" || s.is(j+2, fMateriel)) || s.clauseBreak(t.i+1, j) {
				break // "its first batch of six jets": the goods are named
			}
			if lastPhraseBefore(ps, j+2) != nil && lastPhraseBefore(ps, j+2).lo > t.i {
				break
			}
			item := s.goodsBefore(ps, j)
			if item == nil || item.money || slices.ContainsFunc(ps, func(p phrase) bool { return p.lo <= j && j < p.hi }) {
				break // (or added already for the other trigger: "took delivery of")
			}
			ps = insertPhrase(ps, phrase{lo: j - 1, hi: j + 2, head: j + 1, cat: item.cat, unit: item.unit, elided: true})
			break
		}
	}
	return ps
}

// bareFirstTaken adds the goods told last as the object of the verb of
// getting or giving t that takes "the first" (its, their; or "the last") at
// j with no noun after it, perhaps counted: "took delivery of the first in
// 2023", "received the first two in May". A word that could open a noun
// after the ordinal ("the first jets") leaves it to the noun's phrase.
func (s *sent) bareFirstTaken(ps []phrase, t *trigger, j int) []phrase {
	toks := s.d.toks
	hi := j + 1
	var qty *QuantityMatch
	if q := s.quantityAt(hi); q != nil && q.Lo == hi && !q.Year && q.Currency == "" && !q.Percent {
		hi, qty = q.Hi, q
	}
	if hi < s.hi {
		switch toks[hi].Norm {
		case ",", ".", ";", "in", "on", "at", "by", "this", "last", "early", "late", "earlier", "later", "next":
		default:
			return ps
		}
	}
	if s.clauseBreak(t.i+1, j) || slices.ContainsFunc(ps, func(p phrase) bool { return p.lo < hi && j-1 < p.hi }) {
		return ps
	}
	item := s.goodsBefore(ps, j)
	if item == nil || item.money {
		return ps
	}
	return insertPhrase(ps, phrase{lo: j - 1, hi: hi, head: j, cat: item.cat, unit: item.unit, qty: qty, elided: true})
}

// ordinalSubject adds, for a "follow" (or "due") whose subject is "a
// fourth" or "another" (see ordinalFollows), one more of the sentence's last item, or the text's:
// "France has delivered three frigates, and a fourth will follow".
func (s *sent) ordinalSubject(ps []phrase) []phrase {
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.lemma != "follow" && t.lemma != "due" && t.lemma != "come" || t.class != classArrive {
			continue // ("a fourth will come" as "a fourth will follow")
		}
		j := s.ordinalBefore(t.i)
		if j < 0 {
			continue
		}
		item := s.goodsBefore(ps, j)
		if item == nil || item.money {
			continue
		}
		q := &QuantityMatch{Lo: j, Hi: j + 1, Min: &one, Max: &one, Qualifier: armsledger.Exact}
		if j > s.lo && s.d.toks[j-1].Norm == "the" {
			q = nil // "the second is coming": the next lot, of no told size
		}
		ps = insertPhrase(ps, phrase{lo: j, hi: j + 1, head: j, cat: item.cat, unit: item.unit, qty: q, elided: true, increment: true})
	}
	return ps
}

// ordinalObject adds, for an active verb of giving whose object is one
// more of goods told and nothing else ("are preparing to send a second",
// "will deliver another", "plans to send a further batch"), that one more
// of the sentence's last item, or the text's. "A second" is one of them;
// a batch is of no told size.
func (s *sent) ordinalObject(ps []phrase) []phrase {
	toks := s.d.toks
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.noun || t.passive || t.class != classGive && t.class != classMove {
			continue
		}
		j := t.i + 1
		end, counted := s.oneMoreAt(j)
		if end < 0 || end < s.hi && toks[end].Kind != Punct && !moreEnds[toks[end].Norm] && toks[end].Norm != "too" {
			continue // "send a second battalion", "another country": a phrase of its own
		}
		if end < s.hi && s.inQty[end-s.lo] || slices.ContainsFunc(ps, func(p phrase) bool { return p.start() <= end && p.hi > j }) {
			continue // "would contribute another $500 million": the amount is the object
		}
		item := s.goodsBefore(ps, j)
		if item == nil || item.money {
			continue
		}
		var q *QuantityMatch
		if counted {
			q = &QuantityMatch{Lo: j, Hi: end, Min: &one, Max: &one, Qualifier: armsledger.Exact}
		}
		ps = insertPhrase(ps, phrase{lo: j, hi: end, head: end - 1, cat: item.cat, unit: item.unit, qty: q, elided: true, increment: true})
	}
	return ps
}

// oneMoreAt returns the end of "a second" ("a third", "a fourth"),
// "another", "a further batch" or "another batch" at j, and whether it
// counts one; or -1.
func (s *sent) oneMoreAt(j int) (int, bool) {
	toks := s.d.toks
	if j+1 >= s.hi {
		return -1, false
	}
	switch toks[j].Norm {
	case "a":
		switch toks[j+1].Norm {
		case "second", "third", "fourth", "fifth":
			return j + 2, true
		case "further", "new":
			if j+2 < s.hi && batchNoun(toks[j+2].Norm) {
				return j + 3, false
			}
		}
	case "another":
		if batchNoun(toks[j+1].Norm) {
			return j + 2, false
		}
		return j + 1, true
	case "some":
		return j + 1, false // "Norway said it would donate some too"
	}
	return -1, false
}

// arrivalAt reports whether a trigger of arrival stands at token i.
func (s *sent) arrivalAt(i int) bool {
	for k := range s.trigs {
		if t := &s.trigs[k]; t.i == i && t.class == classArrive && !t.noun {
			return true
		}
	}
	return false
}

// withRemainder reports whether the count at i is the rest of the goods
// told before it in its sentence, in a clause of "with": "received 11 of
// 29 launchers, with the remaining 18 due by 2026", "with another 12
// expected next year", "with the first six due this year". Such a clause
// has its participle bare.
func (s *sent) withRemainder(i int) bool {
	toks := s.d.toks
	j := i - 1
	if j > s.lo && (toks[j].Norm == "remaining" || toks[j].Norm == "other" || toks[j].Norm == "final" || toks[j].Norm == "last" || toks[j].Norm == "further" || toks[j].Norm == "first") {
		j--
	}
	if j > s.lo && (toks[j].Norm == "the" || toks[j].Norm == "another" || toks[j].Norm == "a" && toks[j+1].Norm == "further") {
		j-- // ("with a further four due by the end of the year")
	}
	return j > s.lo && j < i-1 && toks[j].Norm == "with"
}

// withPart reports whether the subject of an absolute "with" clause ends
// at j and names a part of the goods told, counted or not: "with the
// remaining 36", "with the first", "with the first of them (those)". Its
// infinitive is the part's own time still to come.
func (s *sent) withPart(j int) bool {
	toks := s.d.toks
	if j-1 > s.lo && (toks[j].Norm == "them" || toks[j].Norm == "those") && toks[j-1].Norm == "of" {
		j--
	}
	return s.withRemainder(j)
}

// bareDeliveries adds the goods a noun of delivery stands for when it opens
// its clause with no goods of its own and its predicate sets a time for it:
// "Poland ordered 152 howitzers. Deliveries are due to run from 2024 to
// 2027", "..., and deliveries are scheduled to start in 2027". The
// deliveries are of the goods the text named last; the noun is the phrase.
func (s *sent) bareDeliveries(ps []phrase) []phrase {
	toks := s.d.toks
	for k := range s.trigs {
		t := &s.trigs[k]
		if !t.noun || t.class != classGive || toks[t.i].Norm != "deliveries" && toks[t.i].Norm != "delivery" {
			continue
		}
		lo := s.deliveryOpens(t.i)
		if lo < 0 {
			continue
		}
		absolute := lo > s.lo && toks[lo-1].Norm == "with"
		if at := s.pastRecipient(s.pastBatch(t.i + 1)); !s.scheduledAt(at) && !(absolute && s.scheduledBare(at)) {
			continue
		}
		item := lastPhraseBefore(ps, t.i) // "Poland ordered 96 Apaches, and deliveries will start in 2028"
		if item == nil || s.contentBefore(item.lo) {
			// "The package also includes Meteor missiles, and deliveries
			// are expected to begin in 2028": what comes with the goods
			// bought is not what the deliveries are of.
			if p := s.principalNamed(); p != nil || item == nil {
				item = p
			}
		}
		if absolute && item != nil && item.cat == armsledger.Other {
			continue // ("for howitzers and resupply vehicles, with deliveries due": which goods, a clause of its own would say)
		}
		if item == nil || item.money || slices.ContainsFunc(ps, func(p phrase) bool { return p.lo <= t.i && t.i < p.hi }) {
			continue
		}
		ps = insertPhrase(ps, phrase{lo: lo, hi: t.i + 1, head: t.i, cat: item.cat, unit: item.unit, elided: true})
	}
	return ps
}

// contentBefore reports whether a verb of content ("includes",
// "covers") stands before token i in its sentence: the goods at i are
// what a deal or package holds.
func (s *sent) contentBefore(i int) bool {
	for k := range s.trigs {
		if t := &s.trigs[k]; t.i < i && t.class == classContent {
			return true
		}
	}
	return false
}

// bareHalted adds arms of no kind for a noun of trade that a verb of
// stopping takes with no goods of its own but with a party after it:
// "Colombia suspended purchases from Israel", "has barred new purchases
// from Israeli firms", "halted transfers to Ukraine". What a state stops
// buying or selling as a whole is its arms; the noun is the phrase.
// Goods named after it ("halted some shipments to Ukraine, including
// Patriot interceptors") are what was stopped, and leave it to them.
func (s *sent) bareHalted(ps []phrase) []phrase {
	toks := s.d.toks
	for k := range s.trigs {
		t := &s.trigs[k]
		if !t.noun || t.i+2 >= s.hi || !tradePlural(toks[t.i].Norm) {
			continue
		}
		if w := toks[t.i+1].Norm; w != "to" && w != "from" && w != "with" || s.actorAt(t.i+2) < 0 {
			continue
		}
		if slices.ContainsFunc(ps, func(p phrase) bool { return p.hi > s.stoppedBefore(t.i) }) {
			continue // goods of its own ("arms purchases") or named after it
		}
		if s.stoppedBefore(t.i) < 0 {
			continue
		}
		ps = insertPhrase(ps, phrase{lo: t.i, hi: t.i + 1, head: t.i, cat: armsledger.Other, unit: armsledger.UnitItem, elided: true})
	}
	return ps
}

// tradePlural reports whether w names, in the plural, transfers of
// goods as a whole: "purchases", "sales", "transfers", "exports".
func tradePlural(w string) bool {
	switch w {
	case "purchases", "sales", "transfers", "exports", "deliveries", "shipments":
		return true
	}
	return false
}

// stoppedBefore returns the verb of stopping or barring whose object is
// the noun at i, past the words that qualify it ("suspended other
// purchases", "halted the state's own transfers", "has barred all new
// sales"), or -1.
func (s *sent) stoppedBefore(i int) int {
	toks := s.d.toks
	j := i - 1
	for j > s.lo && i-j <= 5 {
		switch w := toks[j].Norm; {
		case w == "all" || w == "new" || w == "other" || w == "further" || w == "own" || w == "future" || s.is(j, fDeterminer):
		case w == "'s" || s.actorAt(j) >= 0 && s.actors[s.actorAt(j)].possessive:
		case w == "state" || w == "country" || w == "government":
		default:
			if v, ok := s.verbAt(j); ok && v.Class == classDeny && stopVerb(v.Lemma) || v.Lemma == "freeze" || s.is(j, fBar) {
				return j
			}
			return -1
		}
		j--
	}
	return -1
}

// bareSupplier adds arms of no kind for a state's ranked "supplier" that
// names no goods: "Germany, Israel's second-biggest supplier, has imposed
// no restrictions", "Russia was India's main supplier". Whose supplier it
// is gets the arms, as from "Israel's main arms supplier"; the noun is the
// phrase. A supplier named with goods ("of drones", "engine supplier") or
// with no state before it ("a supplier in Turkey") is left to the rest.
// A state's ranked "customers" ("Its main customers were Qatar and
// Pakistan") bought arms of no kind from it, the same way round.
func (s *sent) bareSupplier(ps []phrase) []phrase {
	toks := s.d.toks
	for k := range s.trigs {
		t := &s.trigs[k]
		if !t.noun || toks[t.i].Norm != "supplier" && toks[t.i].Norm != "customers" || !s.rankedOfState(t.i) {
			continue
		}
		if slices.ContainsFunc(ps, func(p phrase) bool { return p.hi == t.i || p.lo <= t.i && t.i < p.hi || p.lo > t.i && p.lo <= t.i+3 }) {
			continue // "arms supplier", "supplier of arms to": goods of its own
		}
		ps = insertPhrase(ps, phrase{lo: t.i, hi: t.i + 1, head: t.i, cat: armsledger.Other, unit: armsledger.UnitItem, elided: true})
	}
	return ps
}

// bareImports adds arms of no kind for a share of a state's imports that
// names no goods: "supplied 74 percent of its imports", "Kenya drew 60 per
// cent of its imports from Turkey", "accounts for two-thirds of Peru's
// major imports", "the largest share of its imports". The share of a
// state's imports told in writing on arms is of its arms, as in "arms
// imports"; the noun is the phrase. Imports of named goods ("imports of
// crude", "oil imports") are left to the rest.
func (s *sent) bareImports(ps []phrase) []phrase {
	toks := s.d.toks
	for k := range s.trigs {
		t := &s.trigs[k]
		if !t.noun || toks[t.i].Norm != "imports" || t.i+1 < s.hi && toks[t.i+1].Norm == "of" {
			continue
		}
		j := t.i - 1
		for j > s.lo && (toks[j].Norm == "major" || toks[j].Norm == "total") {
			j--
		}
		own := j // the owner's first token
		if toks[j].Norm == "its" && s.actorAt(j) < 0 {
			// (An "its" read as the importer, see itsImporterAt, is a possessive like any other.)
			if t.i+2 >= s.hi || toks[t.i+1].Norm != "from" || s.actorAt(t.i+2) < 0 {
				continue // whose "its" is, only a seller named after it leaves no doubt: "drew 60 per cent of its imports from Turkey"
			}
		} else {
			a := s.actorAt(j)
			if a < 0 || !s.actors[a].possessive || s.actors[a].hi != j+1 {
				continue
			}
			own = s.actors[a].lo
		}
		if !s.shareBefore(own) {
			continue
		}
		if slices.ContainsFunc(ps, func(p phrase) bool { return p.lo <= t.i && t.i < p.hi || p.hi > j && p.lo < t.i }) {
			continue // goods of its own: "its arms imports"
		}
		p := phrase{lo: t.i, hi: t.i + 1, head: t.i, cat: armsledger.Other, unit: armsledger.UnitItem, elided: true}
		if a := s.actorAt(own - 3); own-3 > s.lo && toks[own-2].Norm == "share" && a >= 0 && s.actors[a].possessive && s.actors[a].hi == own-2 {
			p.demonym = append(s.d.tags.newCodes(1), s.actors[a].ref.Code) // "Russia's share of India's imports": whose share it is sells
		}
		ps = insertPhrase(ps, p)
	}
	return ps
}

// shareBefore reports whether a share ends at "of" right before token i:
// a percentage or fraction ("74 percent of", "two-thirds of") or a noun of
// share ("the largest share of", "the bulk of").
func (s *sent) shareBefore(i int) bool {
	toks := s.d.toks
	if i-2 < s.lo || toks[i-1].Norm != "of" {
		return false
	}
	switch toks[i-2].Norm {
	case "share", "bulk", "half", "most", "majority", "proportion", "part":
		return true
	}
	for k := range s.quants {
		if q := &s.quants[k]; q.Hi == i-1 && (q.Percent || q.Fraction) {
			return true
		}
	}
	return false
}

// rankedOfState reports whether the noun at i follows a state's
// possessive and a word that ranks it: "Israel's second-biggest", "India's
// main", "Armenia's traditional".
func (s *sent) rankedOfState(i int) bool {
	toks := s.d.toks
	j, ranked := i-1, false
	for ; j > s.lo && (supplierRank(toks[j].Norm) || rankWord(toks[j].Norm) || toks[j].Norm == "-"); j-- {
		ranked = ranked || supplierRank(toks[j].Norm) || rankWord(toks[j].Norm)
	}
	if !ranked {
		return false
	}
	a := s.actorAt(j)
	return a >= 0 && s.actors[a].possessive && !s.actors[a].demonym && s.actors[a].hi == j+1
}

// supplierSubject returns the first token of the last state of sup
// named before the supplier noun at i ("Russia was still its main
// supplier", "Germany, Israel's second-biggest supplier"), else i.
func (s *sent) supplierSubject(i int, sup []string) int {
	for a := len(s.actors) - 1; a >= 0; a-- {
		if m := &s.actors[a]; m.hi <= i && slices.Contains(sup, m.ref.Code) {
			return m.lo
		}
	}
	return i
}

// supplierRank reports whether w ranks a supplier among others: "main",
// "largest", "traditional" (see rankWord for the superlatives).
func supplierRank(w string) bool {
	switch w {
	case "main", "top", "key", "principal", "chief", "leading", "major", "traditional", "sole", "primary", "dominant", "single", "biggest", "largest":
		return true
	}
	return false
}

// contentItem reports whether p was read as what a package or deal
// holds ("the package includes Meteor missiles"): a draft of a content
// frame has it as its goods.
func (d *doc) contentItem(p *phrase) bool {
	for n := range d.claims {
		if c := &d.claims[n]; c.p.lo == p.lo && c.p.hi == p.hi && strings.HasPrefix(c.rule, "content.") {
			return true
		}
	}
	return false
}

// onlySought reports whether p was read as goods a state only asked for
// ("Saudi officials have also sought K9 howitzers"): deliveries told after
// them are of goods bought or given, named before.
func (d *doc) onlySought(p *phrase) bool {
	for n := range d.claims {
		if c := &d.claims[n]; c.p.lo == p.lo && c.p.hi == p.hi {
			return c.status == armsledger.Requested
		}
	}
	return false
}

// optionCount reports whether the count q is what an option is for: "an
// option for 36 more", "an option for a further six".
func (s *sent) optionCount(q *QuantityMatch) bool {
	toks := s.d.toks
	j := q.Lo - 1
	for j > s.lo && (toks[j].Norm == "further" || toks[j].Norm == "additional" || toks[j].Norm == "another" || toks[j].Norm == "a") {
		j--
	}
	return j > s.lo && toks[j].Norm == "for" && (toks[j-1].Norm == "option" || toks[j-1].Norm == "options")
}

// principalNamed returns the goods the text named last, passing over
// what comes with them ("26 Rafale fighters ... The deal covers weapons
// and crew training. Deliveries are expected to start in 2028": the
// jets) and what a package is said to hold ("36 Rafale jets ... The
// package includes Meteor missiles. Deliveries are due in 2019": the
// jets too; the missiles come as their arms); or nil.
func (s *sent) principalNamed() *phrase {
	named := s.d.named
	for k := len(named) - 1; k >= 0 && len(named)-k <= 6; k-- {
		if c := named[k].cat; c != armsledger.Other && c != armsledger.Technology && !s.d.contentItem(&named[k]) && !s.d.onlySought(&named[k]) {
			return &named[k]
		}
	}
	if len(named) > 0 {
		return &named[len(named)-1]
	}
	return nil
}

// deliveryOpens returns the first token of a noun of delivery at i, with
// "the first" before it, when it opens its clause; or -1: "Russia's
// deliveries", "halted deliveries" are no clause's subject.
func (s *sent) deliveryOpens(i int) int {
	toks := s.d.toks
	if toks[i].Norm != "deliveries" && toks[i].Norm != "delivery" {
		return -1
	}
	lo := i
	for lo > s.lo && (toks[lo-1].Norm == "first" || toks[lo-1].Norm == "initial") {
		lo--
	}
	if lo > s.lo && toks[lo-1].Norm == "the" {
		lo--
	}
	if lo > s.lo && toks[lo-1].Norm != "and" && toks[lo-1].Norm != "," && toks[lo-1].Norm != ";" && toks[lo-1].Norm != "with" && !s.saidBefore(lo-1) {
		return -1 // ("with the first deliveries expected next year" opens an absolute clause)
	}
	return lo
}

// saidBefore reports whether token j ends a verb of speech, or its "that",
// so that what follows opens the clause said: "Kihara said deliveries
// would begin in April", "officials said that the first deliveries ...".
func (s *sent) saidBefore(j int) bool {
	if s.d.toks[j].Norm == "that" && j > s.lo {
		j--
	}
	if !s.is(j, fVerb) {
		return false
	}
	v, ok := s.verbAt(j)
	return ok && v.Class == classSpeech
}

// scheduledSubject reports whether the noun of delivery t is the subject
// of a predicate that sets it a time (see scheduledAt), bare or with its
// goods after "of": "Delivery of the first systems is planned for 2028".
// What is scheduled is to come, whatever verb the clause before has.
func (s *sent) scheduledSubject(t *trigger, g *group) bool {
	if !t.noun || s.deliveryOpens(t.i) < 0 {
		return false
	}
	if p := &g.phrases[0]; p.elided && p.head == t.i {
		return true // (bareDeliveries read the predicate)
	}
	return g.lo > t.i+1 && g.lo-t.i <= 4 && s.d.toks[t.i+1].Norm == "of" && s.scheduledAt(g.hi)
}

// pastRecipient returns the token after "to X" at i, X a state or a stand-in
// for one ("the kingdom"): "Deliveries to Poland | are due to begin in
// 2025"; else i.
func (s *sent) pastRecipient(i int) int {
	if i+1 < s.hi && s.d.toks[i].Norm == "to" {
		if a := s.actorAt(i + 1); a >= 0 {
			return s.actors[a].hi
		}
		if i+2 < s.hi && stateStandIn(s.d.toks[i+1].Norm, s.d.toks[i+2].Norm) {
			return i + 3 // "Deliveries to the kingdom are due": the state told of (see theCountry)
		}
	}
	return i
}

// pastBatch returns the token after a part of an order that names no
// goods of its own, "of" a batch, tranche or lot, at i, or i when none
// stands there: "Deliveries of the first batch are due to begin",
// "deliveries of the second tranche will start". Such a part is of the
// goods the text named last.
func (s *sent) pastBatch(i int) int {
	toks := s.d.toks
	if i+2 >= s.hi || toks[i].Norm != "of" || toks[i+1].Norm != "the" {
		return i
	}
	j := i + 2
	switch toks[j].Norm {
	case "next", "first", "second", "third", "final", "last", "remaining", "initial":
		// Not "new" or "latest": a new batch may be of goods more recent
		// than the goods named last, which an older deal may have named.
		j++
	}
	if j < s.hi {
		switch toks[j].Norm {
		case "batch", "tranche", "lot", "order", "batches", "tranches":
			if j+1 < s.hi && (toks[j+1].Norm == "to" || toks[j+1].Norm == "from") {
				return i // ("of the first batch to Thailand": the noun's own party reads it)
			}
			return j + 1
		}
	}
	return i
}

// scheduledAt reports whether the predicate at i sets a time for its
// subject to start or end: "are due to", "are expected to begin", "are
// scheduled", "will begin", "should be completed".
func (s *sent) scheduledAt(i int) bool {
	toks := s.d.toks
	if i >= s.hi {
		return false
	}
	switch toks[i].Norm {
	case "is", "are":
		if i+1 >= s.hi {
			return false
		}
		switch toks[i+1].Norm {
		case "due", "expected", "scheduled", "set", "slated", "planned", "to":
			return true
		}
	case "will", "should", "would":
		if i+1 >= s.hi {
			return false
		}
		switch toks[i+1].Norm {
		case "begin", "start", "commence", "run", "be", "take", "continue", "end", "finish":
			return true
		}
	}
	return false
}

// scheduledBare reports whether the participle at i sets a time for the
// subject of an absolute clause, which has no form of be: "with deliveries
// expected next year", "with the first deliveries due in 2027", "with
// deliveries to begin in the spring". (A bare "due" or "expected" after
// deliveries that open a clause of their own is not read: measured at r854.)
func (s *sent) scheduledBare(i int) bool {
	toks := s.d.toks
	if i >= s.hi {
		return false
	}
	switch toks[i].Norm {
	case "due", "expected", "scheduled", "slated", "planned":
		return true
	case "set":
		return i+1 < s.hi && toks[i+1].Norm == "to"
	case "to":
		return i+1 < s.hi && (toks[i+1].Norm == "begin" || toks[i+1].Norm == "start")
	}
	return false
}

// batchWord reports whether w names a part of a delivery, or one of the
// items with a word of no kind: "the first batch", "the second tranche",
// "the first boat", "the first one", "the first jet" ("jet" alone is no
// materiel: "jet fuel"), "the first battery", "the first launchers".
func batchWord(w string) bool {
	switch w {
	case "set", "batch", "tranche", "lot", "group", "consignment", "shipment", "delivery", "part", "installment", "instalment",
		"one", "ones", "boat", "boats", "vessel", "vessels", "unit", "units", "system", "systems", "jet", "jets", "battery", "batteries",
		"launcher", "launchers":
		return true
	}
	return false
}

// batchPlural reports whether w names parts of a delivery in the plural:
// "the first shipments reached Ukraine", "the first deliveries have
// arrived". Read only before a verb of arriving, outside an absolute
// clause: "with the first deliveries expected in 2027" tells the schedule
// of the goods its sentence names, no part of its own.
func batchPlural(w string) bool {
	switch w {
	case "batches", "tranches", "consignments", "shipments", "deliveries":
		return true
	}
	return false
}

// moreEnds are words after which a bare "more" has ended its phrase:
// "send more to Russia", "deliver more in March", "send more soon".
var moreEnds = setOf("to", "in", "into", "by", "from", "on", "at", "over", "within", "soon", "later", "next",
	"this", "and", "as", "if", "when", "after", "before", "once", "quickly", "shortly",
	"but", "though", "although", "while", "whereas", "because", "until") // "had promised four but one needed repairs"

// countWithOwnParty reports whether a bare count joined by "and" to what
// a verb moved names its own giver: "received 10 tanks from Poland and 20
// from Germany". It counts the item named before, in a flow of its own.
// ("sent 10 tanks to Ukraine and 5 to Moldova" is read elsewhere.)
func (s *sent) countWithOwnParty(q *QuantityMatch) bool {
	toks := s.d.toks
	if q.Lo-1 <= s.lo || toks[q.Lo-1].Norm != "and" || q.Hi+1 >= s.hi || toks[q.Hi].Norm != "from" {
		return false
	}
	k := q.Hi + 1
	if toks[k].Norm == "the" && k+1 < s.hi {
		k++
	}
	a := s.actorAt(k)
	if a < 0 || s.actors[a].ref.kind != kindCountry {
		return false
	}
	// The first flow names a party with the same preposition.
	for j := q.Lo - 2; j > s.lo && q.Lo-j <= 8; j-- {
		if toks[j].Norm == toks[q.Hi].Norm {
			return true
		}
	}
	return false
}

// objectCount reports whether a bare count is the object of a verb of
// transfer, with a phrase of time or manner after it: "France delivered 24
// under the first contract", "Germany has sent 18 so far". It counts the
// goods named before.
func (s *sent) objectCount(q *QuantityMatch) bool {
	toks := s.d.toks
	v := q.Lo - 1
	if s.totalOf(q.Lo) {
		v = q.Lo - 4 // "to dispatch a total of 10,000 by December"
	}
	if v <= s.lo || !s.is(v, fVerb) || q.Hi >= s.hi {
		return false
	}
	moved := false // by a verb that moves goods: "reached 10,000" tells a total
	for k := range s.trigs {
		if t := &s.trigs[k]; t.i == v && !t.noun {
			moved = t.class == classGive || t.class == classSell || t.class == classReceive || t.class == classBuy || t.class == classCommit
		}
	}
	if !moved {
		return false
	}
	switch toks[q.Hi].Norm {
	case "under", "in", "last", "this", "since", "so", "by", "during", "over", "within", "between", "before", "after", "earlier", "later":
		return true
	}
	return false
}

// totalOf reports whether "a total of" stands right before the count at
// i: the count is the whole told ("will send a total of 10,000").
func (s *sent) totalOf(i int) bool {
	toks := s.d.toks
	return i-3 > s.lo && toks[i-1].Norm == "of" && toks[i-2].Norm == "total" && toks[i-3].Norm == "a"
}

// listedCount reports whether the count at i continues a list: after a
// comma or "and", with at most "the remaining" or "another" between.
func (s *sent) listedCount(i int) bool {
	toks := s.d.toks
	for j := i - 1; j >= s.lo && i-j <= 3; j-- {
		switch toks[j].Norm {
		case ",", "and":
			return true
		case "the", "remaining", "another", "other", "final", "last":
			continue
		}
		return false
	}
	return false
}

// givenByClause returns, when a definite count is followed by a relative
// clause whose subject gave it ("on top of the estimated 11,000 it sent
// last autumn", "the 24 that Poland delivered"), the clause's verb; else -1.
// The count stands for the item named before, and the clause's verb is
// its frame.
func (s *sent) givenByClause(q *QuantityMatch) int {
	toks := s.d.toks
	j := q.Lo - 1
	if j > s.lo && (toks[j].Norm == "estimated" || toks[j].Norm == "reported") {
		j--
	}
	// "including 40 delivered in 2023", "among them 40 handed over": a
	// part of the goods, which only a bare participle can tell of.
	part := j >= s.lo && (toks[j].Norm == "including" || toks[j].Norm == "them" && j > s.lo && toks[j-1].Norm == "among")
	if j < s.lo || toks[j].Norm != "the" && !part {
		return -1
	}
	k := q.Hi
	if k < s.hi && toks[k].Norm == "that" {
		k++
	}
	if k >= s.hi {
		return -1
	}
	if a := s.actorAt(k); a >= 0 && !part {
		k = s.actors[a].hi
	} else if w := toks[k].Norm; (w == "it" || w == "they") && !part {
		k++
	} else if k == q.Hi && toks[k].Norm != "that" && s.participle(k) {
		// "on top of the roughly 11,000 deployed last autumn": a reduced
		// passive, whose giver is the flow's.
		if v, ok := s.verbAt(k); ok && (v.Class == classGive || v.Class == classDeploy) && v.Lemma != "lease" && !s.nounUse(k) {
			return k
		}
		return -1
	} else {
		return -1
	}
	for n := 0; k < s.hi && n < 3 && (s.is(k, fAdverb) || isAux(toks[k].Norm)); n++ {
		k++
	}
	if k >= s.hi {
		return -1
	}
	if v, ok := s.verbAt(k); ok && (v.Class == classGive || v.Class == classCommit || v.Class == classBuy || v.Class == classReceive) && v.Lemma != "lease" && s.participle(k) {
		return k // ("on top of the four it ordered in 2020": bought, as given)
	}
	return -1
}

// gappedCount reports whether the count at i follows a state that opens
// a clause whose verb is left out: "Denmark has pledged 19 and the
// Netherlands 24", "Spain plans to send six; Portugal, three".
func (s *sent) gappedCount(i int) bool {
	toks := s.d.toks
	j := i - 1
	if j > s.lo && toks[j].Norm == "," {
		j--
	}
	if j > s.lo && toks[j].Norm == "for" && s.sharesAccounted(j) {
		j-- // "China accounted for 21 percent of Russian deliveries and Egypt for 7.5 percent"
	}
	a := s.actorAt(j)
	if a < 0 {
		return false
	}
	m := &s.actors[a]
	k := m.lo - 1
	if k > s.lo && toks[k].Norm == "the" {
		k--
	}
	if m.possessive || m.demonym || k <= s.lo {
		return false
	}
	switch toks[k].Norm {
	case "and", ",", ";":
	default:
		return false
	}
	for n := len(s.trigs) - 1; n >= 0; n-- {
		if t := s.trigs[n]; t.i < k && !t.noun && t.class != classSpeech {
			return s.opensGap(&t, m.lo)
		}
	}
	return false
}

// sharesAccounted reports whether a share "accounted for" (see
// shareOfExports) stands before token j in the sentence: the "for" of a
// gapped share repeats it.
func (s *sent) sharesAccounted(j int) bool {
	for n := range s.trigs {
		if t := &s.trigs[n]; t.i < j && t.lemma == "take" && !t.noun && s.d.toks[t.i+1].Norm == "for" {
			return true
		}
	}
	return false
}

// passiveAfter reports whether a passive transfer verb follows token i
// closely: "could be delivered", "were sent", "have been handed over".
func (s *sent) passiveAfter(i int) bool {
	toks := s.d.toks
	end := i + 3 // the last word the chain of "be", modals and adverbs may reach
	for j := i; j < s.hi && j <= end; j++ {
		w := toks[j].Norm
		if j+3 < s.hi && toks[j+1].Norm == "to" && toks[j+2].Norm == "be" && (expectedWord(w) || w == "planned") {
			j, end = j+2, end+3 // "the first six are expected to be handed over"
			continue
		}
		if w == "to" && j > i && s.is(j-1, fBe) && j+2 < s.hi && toks[j+1].Norm == "be" {
			j, end = j+1, end+2 // "The first two are to be delivered": "be to", a plan
			continue
		}
		if w == "to" && j == i && j+2 < s.hi && toks[j+1].Norm == "be" {
			j, end = j+1, end+2 // "expects all eight to be delivered by 2028": the count is the infinitive's subject
			continue
		}
		if v, ok := s.verbAt(j); ok && v.Class != classSpeech && v.Class != classPlan && isParticiple(w) {
			return j > i
		}
		if !s.is(j, fBe|fModal|fAdverb) && !isAux(w) {
			return false
		}
	}
	return false
}

// expectedWord reports whether w, after "be", chains a verb to come:
// "is scheduled (set, due, expected, likely, going) to".
func expectedWord(w string) bool {
	switch w {
	case "expected", "set", "due", "scheduled", "likely", "going":
		return true
	}
	return false
}

var modals = setOf("could", "can", "may", "might", "will", "would", "should", "shall", "must")

// dropExamples removes phrases that give examples of an item already named:
// "around 400 missiles, including variants from the Fateh-110 family, such
// as the Zolfaghar" is one claim about 400 missiles.
func (s *sent) dropExamples(ps []phrase) []phrase {
	if len(ps) < 2 {
		return ps // each test below weighs a phrase against one kept before it
	}
	toks := s.d.toks
	out := ps[:0]
	var heir []string // the demonym of goods of no kind whose weapons are listed as examples
	heirEnd := 0
	for k := range ps {
		p := &ps[k]
		example := false
		if n := len(out); n > 0 && out[n-1].cat == p.cat && p.lo-out[n-1].hi <= 16 {
			for j := out[n-1].hi; j <= p.lo; j++ { // (the phrase may open with its cue: "mostly Shahed-131s")
				w := toks[j].Norm
				if j < p.lo && (s.exampleCue(j) > 0 || w == "such" || w == "variants" || w == "versions" || w == "like") || j == p.lo && predicateAdverb(w) && w != "all" && w != "reportedly" {
					example = true
				}
				if w == ";" || w == "." {
					example = false
					break
				}
			}
		}
		if n := len(out); !example && n > 0 && out[n-1].cat == p.cat && out[n-1].hi < s.hi && toks[out[n-1].hi].Norm == "(" && p.lo-out[n-1].hi <= 3 {
			example = true // "10 tanks (all Leopard 2s)": the goods named again in brackets
		}
		if n := len(out); !example && n > 0 && p.start() == out[n-1].end()+2 && toks[p.start()-2].Norm == "known" && toks[p.start()-1].Norm == "as" {
			example = true // "drones known as Shaheds": the goods by another name
		}
		if !example && len(out) > 0 && s.appositiveOf(p.lo) {
			example = true // "1,300 tonnes of nitrocellulose, a key ingredient of artillery propellant"
		}
		if n := len(out); !example && n > 0 && s.apposed(&out[n-1], p) {
			// "Shahed drones, a cheap loitering munition,", "10 tanks, all
			// of them Leopard 2s,": one item. As a subject, its phrase runs
			// to the appositive's end, where its verb follows ("The Leopard
			// 2, a German-made battle tank, was sent ...").
			if len(s.trigs) == 0 || s.trigs[0].i > p.hi {
				out[n-1].hi = p.hi
			}
			example = true
		}
		if n := len(out); !example && n > 0 && out[n-1].cat == armsledger.Funding && !out[n-1].money && p.cat != armsledger.Funding &&
			p.lo-out[n-1].hi <= 10 && s.examplesBetween(out[n-1].hi, p.lo) {
			// "another batch of military aid, including M577 armoured
			// vehicles and mortar rounds": aid of no stated sum is the
			// goods it lists, each a claim.
			out = out[:n-1]
		}
		if n := len(out); !example && n > 0 && out[n-1].cat == armsledger.Other && !out[n-1].money && weaponKind(p.cat) &&
			p.lo-out[n-1].hi <= 4 && s.examplesBetween(out[n-1].hi, p.lo) {
			// "Russian military equipment, including helicopters and
			// armoured vehicles": the weapons listed are claims of their
			// own beside the goods of no kind, and whose the goods are,
			// they are. (Writers split on keeping the goods of no kind;
			// dropping them cost exam7 a match and exam10 a false claim.)
			heir, heirEnd = out[n-1].demonym, p.lo
		}
		if p.demonym == nil && heir != nil && p.lo-heirEnd <= 3 && weaponKind(p.cat) {
			p.demonym, heirEnd = slices.Clip(heir), p.hi
		}
		if example && s.sentApart(p) {
			example = false // "15,000 troops in total, including about 3,000 reinforcements dispatched in January": a sending of its own
		}
		if !example {
			out = keepPhrase(out, ps, k)
		}
	}
	return out
}

// sentApart reports whether the goods p, named as a part of goods before,
// have a participle of sending of their own right after them: the part
// went in a sending of its own, which is a claim beside the whole's.
func (s *sent) sentApart(p *phrase) bool {
	j := p.hi
	if j >= s.hi || !s.participle(j) {
		return false
	}
	for _, t := range s.trigs {
		if t.i == j && !t.noun && (t.class == classGive || t.class == classDeploy) {
			return true
		}
	}
	return false
}

// weaponKind reports whether goods of kind c are weapons of a kind named:
// not goods of no kind, know-how or parts, money, people or containers.
func weaponKind(c armsledger.Category) bool {
	switch c {
	case armsledger.Other, armsledger.Technology, armsledger.Funding, armsledger.Personnel, armsledger.Container:
		return false
	}
	return true
}

// weaponAt reports whether the materiel term at i names weapons of a kind
// (see weaponKind).
func (s *sent) weaponAt(i int) bool {
	_, ref, ok := lex.materiel.Match(s.d.toks, i, s.hi)
	return ok && weaponKind(ref.Cat)
}

// apposed reports whether p, between commas right after q, names q's
// goods again: "Shahed drones, a cheap loitering munition, to Russia" (of
// q's kind, after "a"), "10 tanks, all of them Leopard 2s, to Ukraine",
// "High Mobility Artillery Rocket Systems, or HIMARS," (an acronym after
// "or" and a name).
func (s *sent) apposed(q, p *phrase) bool {
	toks := s.d.toks
	j := q.end()
	if j >= p.lo || toks[j].Norm != "," || p.hi >= s.hi || toks[p.hi].Norm != "," && toks[p.hi].Norm != ")" {
		return false
	}
	if p.lo == j+2 && p.hi == p.lo+1 && toks[j+1].Norm == "or" && acronym(s.d.text[toks[p.lo].Start:toks[p.lo].End]) && toks[j-1].Cap {
		return true // "High Mobility Artillery Rocket Systems, or HIMARS,": the name's acronym, even in a list
	}
	if n := p.start(); (n == j+3 || n == j+4 && toks[j+1].Norm == "also") && toks[n-2].Norm == "known" && toks[n-1].Norm == "as" && toks[p.head].Cap {
		return true // "Surface-to-Air Missile Systems, known as NASAMS,": the goods' other name, even in a list
	}
	if k := p.hi + 1; k < s.hi && (toks[k].Norm == "and" || toks[k].Norm == "or" || s.is(k, fMateriel)) {
		return false // "tanks, a Marder vehicle, and drones": a list
	}
	j++
	switch {
	case j+2 <= p.lo && toks[j].Norm == "all" && toks[j+1].Norm == "of" && toks[j+2].Norm == "them":
		return p.start() <= j+3 // "all of them Leopard 2s" (the phrase may take "them" in)
	case toks[j].Norm == "a" || toks[j].Norm == "an":
		if q.cat != p.cat || p.qty != nil || toks[p.head].Cap {
			return false // ("a Marder" names an item of its own)
		}
		for j++; j < p.lo && toks[j].Kind == Word && !toks[j].Cap; j++ {
		}
		return j == p.lo // "a cheap loitering munition"
	}
	return false
}

// acronym reports whether w is written in capitals, three letters or
// more, with a plural "s" at most: "HIMARS", "MLRS", "IFVs".
func acronym(w string) bool {
	w = strings.TrimSuffix(w, "s")
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// appositiveOf reports whether the phrase at lo ends an appositive that
// says what the goods before it are: ", a key ingredient of artillery
// propellant", ", a version of the Shahed drone".
func (s *sent) appositiveOf(lo int) bool {
	toks := s.d.toks
	j := lo - 1
	if j > s.lo && toks[j].Norm == "the" {
		j--
	}
	if j-2 < s.lo || toks[j].Norm != "of" && toks[j].Norm != "for" { // ", a key ingredient for artillery propellant"
		return false
	}
	j--
	switch toks[j].Norm {
	case "ingredient", "component", "part", "element", "kind", "type", "form", "version", "variant", "copy", "derivative", "precursor":
	default:
		return false
	}
	for k := j - 1; k > s.lo && j-k <= 4; k-- {
		if a := s.actorAt(k); a >= 0 && s.actors[a].demonym && s.actors[a].hi == k+1 {
			k = s.actors[a].lo // ", a Swedish version of the Leopard 2", "a North Korean copy of": whose version
			continue
		}
		switch w := toks[k].Norm; {
		case w == "a" || w == "an":
			return toks[k-1].Norm == ","
		case toks[k].Kind != Word || toks[k].Cap:
			return false
		}
	}
	return false
}

// The word lists of dropNonCargo are switches, not sets: it asks about
// every phrase, and a switch on strings costs a fraction of a map look-up.

// timeUnit reports whether w counts time: "two years", "six months".
func timeUnit(w string) bool {
	switch w {
	case "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "decade", "decades":
		return true
	}
	return false
}

// romanNumeral reports whether w is a small Roman numeral, as in the
// blocks of a weapon: "Block II".
func romanNumeral(w string) bool {
	switch w {
	case "I", "II", "III", "IV", "V", "VI":
		return true
	}
	return false
}

// designNoun reports whether w, before "of" and a weapon, makes the
// phrase the know-how to build it: "the design of the Shahed-136", "the
// blueprints of the missile", "licensed production of the K2".
func designNoun(w string) bool {
	switch w {
	case "design", "designs", "blueprints", "blueprint", "drawings", "know-how", "production", "manufacture", "manufacturing", "assembly":
		return true
	}
	return false
}

// transferNounAfter reports whether a noun of moving goods follows the
// phrase p as its head: "arms shipments", "weapons deliveries".
func (s *sent) transferNounAfter(p *phrase) bool {
	e := p.end()
	if e >= s.hi {
		return false
	}
	c, ok := s.nounAt(e)
	return ok && (c == classGive || c == classMove || c == classSell)
}

// guardNoun reports whether w, before "of", names keeping its complement
// safe: "the protection of personnel", "the evacuation of wounded soldiers".
func guardNoun(w string) bool {
	switch w {
	case "protection", "safety", "evacuation", "rescue", "treatment", "care":
		return true
	}
	return false
}

// infoNoun reports whether w names what is known or shown of a thing, not
// the thing.
func infoNoun(w string) bool {
	switch w {
	case "reports", "report", "images", "image", "footage", "photos", "photographs",
		"pictures", "videos", "video", "news", "sightings", "evidence", "training", "information",
		"intelligence", "details", "data", "rumours", "rumors", "claims":
		return true
	}
	return false
}

// countInAll returns the count set after goods between commas as their
// total: "The tanks, 49 in total, will be shipped", "sent Ukraine tanks, 30
// in all", "the shells, a million of them, went". Or nil.
func (s *sent) countInAll(p *phrase) *QuantityMatch {
	toks := s.d.toks
	if p.hi+3 >= s.hi || toks[p.hi].Norm != "," {
		return nil
	}
	q := s.quantityAt(p.hi + 1)
	if q == nil || q.Currency != "" || q.Percent || q.Year || q.Hi+1 >= s.hi {
		return nil
	}
	switch a, b := toks[q.Hi].Norm, toks[q.Hi+1].Norm; {
	case a == "in" && (b == "total" || b == "all"), a == "all" && b == "told":
		return q
	case a == "of" && b == "them" && q.Hi+2 < s.hi && toks[q.Hi+2].Norm == ",":
		// "North Korea's shells, more than a million of them, have gone
		// to Russia": the count set off by commas counts the whole.
		return q
	}
	return nil
}

// showingVerb reports whether w is a verb by which images or data show
// what a report says: "satellite images showed", "imagery suggests".
func showingVerb(w string) bool {
	switch w {
	case "show", "shows", "showed", "shown", "suggest", "suggests", "suggested", "reveal", "reveals", "revealed",
		"indicate", "indicates", "indicated", "confirm", "confirms", "confirmed":
		return true
	}
	return false
}

// basedOnOwner returns the actor whose design goods are said to be
// "based on" (or "built on") after token i, named as its owner or by its
// demonym: "launchers based on Hanwha Aerospace's Chunmoo system", "tanks
// built on the Korean K2". Or -1.
func (s *sent) basedOnOwner(i int) int {
	toks := s.d.toks
	if i+2 >= s.hi || toks[i+1].Norm != "on" {
		return -1
	}
	switch toks[i].Norm {
	case "based", "built", "modelled", "modeled":
	default:
		return -1
	}
	k := i + 2
	if toks[k].Norm == "the" {
		k++
	}
	a := s.actorAt(k)
	if a < 0 || !s.actors[a].possessive && !s.actors[a].demonym {
		return -1
	}
	switch s.actors[a].ref.kind {
	case kindCountry, kindInstitution, kindDemonym:
		return a
	}
	return -1
}

// madeIn returns the state after "made in" (or produced, manufactured,
// built) that follows a phrase ending at token i, directly or in a relative
// clause: "drones made in Iran", "the weapons, which were made in Iran",
// "submarines being built in China"; or the maker after "by", a state or
// a body of one, whose home state it stands for ("frigates built by South
// Korea's Hyundai Heavy Industries"); or -1.
func (s *sent) madeIn(i int) int {
	toks := s.d.toks
	for j := i; j+2 < s.hi && j <= i+4; j++ {
		switch toks[j].Norm {
		case ",", "which", "that", "were", "was", "are", "is", "been", "being", "all":
			continue
		case "made", "produced", "manufactured", "built", "assembled":
			k := j + 2
			if toks[k].Norm == "the" {
				k++ // "made by the Islamic Revolutionary Guard Corps"
			}
			a := s.actorAt(k)
			if a < 0 {
				return -1
			}
			switch k := s.actors[a].ref.kind; toks[j+1].Norm {
			case "in":
				if k == kindCountry {
					return a
				}
			case "by":
				if k == kindCountry || k == kindInstitution {
					return a
				}
			}
		}
		return -1
	}
	return -1
}

// calibreEnd returns the token after a calibre starting at j ("155mm",
// "152-mm"), or j when none starts there.
func (s *sent) calibreEnd(j int) int {
	toks := s.d.toks
	if j >= s.hi || toks[j].Kind != Number {
		return j
	}
	k := j + 1
	if k < s.hi && Joiner(toks, k) {
		k++
	}
	if k < s.hi && toks[k].Norm == "mm" {
		return k + 1
	}
	return j
}

// otherVerbsObject reports whether the phrase in [i, end) is the object of
// an infinitive that names no transfer: "would train Ukrainian pilots", "to
// produce shells"; unless a transfer verb right after it tells what became
// of it ("to replace weapons it has already handed to Kyiv").
func (s *sent) otherVerbsObject(i, end int) bool {
	toks := s.d.toks
	v := i - 1
	if a := s.actorAt(v); a >= 0 && s.actors[a].possessive && s.actors[a].hi == i && s.actors[a].lo-2 >= s.lo &&
		toks[s.actors[a].lo-2].Norm == "to" && upkeepVerb(toks[s.actors[a].lo-1].Norm) {
		return true // "equipment to support Ukraine's F-16 jets": the jets are Ukraine's already, kept up, not given
	}
	// The word before the verb is read first: most phrases have no "to"
	// or modal two words back, and need no look-up of the verb.
	if v-1 < s.lo || toks[v-1].Norm != "to" && !s.is(v-1, fModal) {
		return false
	}
	if toks[v].Kind != Word || s.isTriggerWord(v) || s.actorAt(v) >= 0 || s.is(v, fStop|fMateriel) || s.inQty[v-s.lo] {
		return false // ("up to ten tanks": a count, not "to train pilots")
	}
	for k := range s.trigs {
		if t := &s.trigs[k]; !t.noun && t.i >= end && t.i-end <= 4 {
			return false
		}
	}
	return true
}

// hostedBefore reports whether the phrase starting at i is the object of
// "host": "Cuba, which hosted a Russian frigate in June". The caller asks
// it of ships only: warships hosted make a port call and sail on, while
// troops or missiles a state hosts are based there, as the gold reads
// "still hosts around 1,500 Russian instructors" and "could host up to 10
// Oreshnik systems".
func (s *sent) hostedBefore(i int) bool {
	toks := s.d.toks
	j := i - 1
	for j > s.lo && i-j <= 3 && (s.is(j, fDeterminer) || s.inQty[j-s.lo] || s.actorAt(j) >= 0 && s.actors[s.actorAt(j)].demonym) {
		j-- // "hosted a Russian frigate", "hosted two Russian bombers"
	}
	if j < s.lo {
		return false
	}
	switch toks[j].Norm {
	case "host", "hosts", "hosted", "hosting":
		return true
	}
	return false
}

// upkeepVerb reports whether w, after "to", keeps up goods their owner
// has: "to support (maintain, service) Ukraine's F-16 jets".
func upkeepVerb(w string) bool {
	switch w {
	case "support", "maintain", "service", "sustain", "repair", "keep", "upgrade", "modernise", "modernize", "operate", "fly":
		return true
	}
	return false
}

// notSent reports whether the phrase starting at i is what was not sent:
// after "instead of", "rather than", "except" or "but not".
func (s *sent) notSent(i int) bool {
	toks := s.d.toks
	if i-2 >= s.lo && s.is(i-1, fDeterminer) {
		i-- // "but not its S-300 systems", "instead of the Taurus"
	}
	if i-1 < s.lo {
		return false
	}
	switch w := toks[i-1].Norm; w {
	case "except":
		return true
	case "of", "than", "not":
		if i-2 >= s.lo {
			v := toks[i-2].Norm
			return w == "of" && v == "instead" || w == "than" && v == "rather" || w == "not" && v == "but"
		}
	}
	return false
}

// harmVerb reports whether w is a verb whose object is attacked or taken,
// not moved: "attacking ships", "destroyed tanks".
func harmVerb(w string) bool {
	switch w {
	case "attacking", "attacked", "targeting", "targeted", "striking", "hitting", "sinking", "sank", "sunk",
		"destroying", "destroyed", "downing", "downed", "shooting", "intercepting":
		return true
	}
	return false
}

// storedIn reports whether the phrase at i is the object of a verb of
// storing in a relative clause on a place: "warehouses that it says held
// Iranian arms", "depots which stored shells".
func (s *sent) storedIn(i int) bool {
	toks := s.d.toks
	if i-1 <= s.lo {
		return false
	}
	switch toks[i-1].Norm {
	case "held", "stored", "housed", "contained", "hold", "store", "house", "contain":
	default:
		return false
	}
	for j := i - 2; j > s.lo && i-j <= 6; j-- {
		if w := toks[j].Norm; w == "that" || w == "which" || w == "where" {
			return s.is(j-1, fPlaceNoun)
		}
	}
	return false
}

// madeByManner reports whether the participle of making at j is an
// adjective of the goods after it, told how they were made and counted or
// determined before: "some 50 domestically produced howitzers", "the
// locally built corvettes". A number or determiner before the adverb
// leaves no subject for it to be the verb of.
func (s *sent) madeByManner(j int) bool {
	toks := s.d.toks
	if j-2 < s.lo || !madeWord(toks[j].Norm) {
		return false
	}
	adv := toks[j-1]
	if adv.Kind != Word || adv.Cap || len(adv.Norm) < 5 || !strings.HasSuffix(adv.Norm, "ly") {
		return false
	}
	return toks[j-2].Kind == Number || s.is(j-2, fDeterminer)
}

// madeWord reports whether w is the participle of a verb of making: goods
// "to be built" are to be made.
func madeWord(w string) bool {
	switch w {
	case "built", "made", "produced", "manufactured", "developed", "assembled", "mass-produced":
		return true
	}
	return false
}

// harmBase reports whether w is the bare form of a verb of harm, after
// "to": "to attack ships", "to destroy tanks".
func harmBase(w string) bool {
	switch w {
	case "attack", "target", "strike", "hit", "sink", "destroy", "down", "shoot", "intercept", "counter":
		return true
	}
	return false
}

// deadNoun reports whether w names the dead: "the bodies of 40 soldiers"
// were not sent.
func deadNoun(w string) bool {
	return w == "bodies" || w == "remains" || w == "corpses"
}

// captiveWord reports whether w, after people taken, says they were
// captured, not sent.
func captiveWord(w string) bool {
	switch w {
	case "prisoner", "prisoners", "captive", "captives", "hostage", "hostages":
		return true
	}
	return false
}

// complementOf returns the noun that p completes through "of", "on",
// "about" or "showing", or "" if there is none: "reports of North Korean
// troops", "images of the tanks", "training on the Patriot system", "the
// bodies of 40 soldiers".
func (s *sent) complementOf(p *phrase) string {
	toks := s.d.toks
	j := p.start() - 1
	for j > s.lo && (s.is(j, fDeterminer) || s.inQty[j-s.lo]) {
		j-- // "the bodies of the 40 soldiers"
	}
	if j <= s.lo {
		return ""
	}
	switch toks[j].Norm {
	case "of", "on", "about", "showing":
		return toks[j-1].Norm
	}
	return ""
}

// trainingOn reports whether the phrase p follows "on" in a noun phrase
// that "training" or "instruction" opens a few words before, with no verb
// between: "training of Polish crews on the K2", "instruction on the
// system". The goods are what the training teaches.
func (s *sent) trainingOn(p *phrase) bool {
	toks := s.d.toks
	j := p.start() - 1
	for j > s.lo && s.is(j, fDeterminer) {
		j--
	}
	if j <= s.lo || toks[j].Norm != "on" {
		return false
	}
	for k := j - 1; k >= s.lo && j-k <= 6; k-- {
		switch w := toks[k].Norm; {
		case w == "training" || w == "instruction":
			return true
		case w == "," || w == ";" || s.is(k, fVerb|fBe) && !s.is(k, fNoun):
			return false
		}
	}
	return false
}

// countedWhole reports whether p, counted, is set off by a comma right
// after q, goods of the same kind that "entire", "whole" or "full" says
// are all a state has (perhaps its "stock" or "fleet"): the apposition
// counts them. "sent its entire artillery stock, around 20 Caesar
// howitzers" sent the howitzers once.
func (s *sent) countedWhole(q, p *phrase) bool {
	toks := s.d.toks
	j := q.end()
	if j < s.hi && holdingNoun(toks[j].Norm) {
		j++
	}
	if j >= s.hi || toks[j].Norm != "," || p.start()-j > 3 || j+2 >= s.hi || !s.inQty[j+1-s.lo] && !s.inQty[j+2-s.lo] {
		return false
	}
	for k := max(q.start()-1, s.lo+1); k < q.head; k++ {
		if s.is(k, fWhole) {
			return toks[k-1].Norm == "its" || toks[k-1].Norm == "their" || toks[k-1].Norm == "the"
		}
	}
	return false
}

// rankedApposition reports whether p is an apposition that ranks the
// goods of q right before it: a comma, "the", and an ordinal or a
// superlative ("the first", "the largest", "the only"), then p within a
// few words. It names the same goods again, no item of a list.
func (s *sent) rankedApposition(q, p *phrase) bool {
	toks := s.d.toks
	j := q.end()
	if j+2 >= s.hi || toks[j].Norm != "," || toks[j+1].Norm != "the" || p.start() < j+2 || p.start()-j > 5 {
		return false
	}
	w := toks[j+2].Norm
	return ordinalWord(w) || len(w) > 4 && strings.HasSuffix(w, "est") && w != "interest" && w != "request"
}

// respectAt reports whether a phrase at token i names the respect in which
// something else is meant ("cooperation in terms of ammunition", "talks with
// regard to tanks"), not goods that move: the words before it are "in terms
// of", "with regard to", "with respect to" or "in regard to", perhaps after
// "particularly" or the like.
func (s *sent) respectAt(i int) bool {
	toks := s.d.toks
	j := i - 1
	if j >= s.lo && s.exampleCue(j) == 1 {
		j-- // "particularly in terms of"
	}
	if j-2 < s.lo {
		return false
	}
	c := toks[j].Norm
	if c != "of" && c != "to" {
		return false // most phrases: no respect
	}
	a, b := toks[j-2].Norm, toks[j-1].Norm
	switch {
	case a == "in" && b == "terms" && c == "of":
		return true
	case (a == "with" || a == "in") && (b == "regard" || b == "respect") && c == "to":
		return true
	}
	return false
}

// exampleCue returns how many tokens at j introduce examples of what came
// before: "including", "such as", "notably", "in particular"; 0 for none.
func (s *sent) exampleCue(j int) int {
	if lex.sets[s.d.toks[j].word]&(setExample|setExampleStart) == 0 {
		return 0 // most words
	}
	return s.exampleCueRest(j)
}

// exampleCueRest is exampleCue past its first test (see gates in words.go):
// the word is in setExample or in setExampleStart.
func (s *sent) exampleCueRest(j int) int {
	toks := s.d.toks
	if lex.sets[toks[j].word]&setExample != 0 {
		return 1
	}
	// Else of setExampleStart: "such", "in", "among".
	if j+1 < s.hi && exampleSecond(toks[j].Norm, toks[j+1].Norm) {
		return 2
	}
	return 0
}

// exampleSecond reports whether two words open examples: "such as", "in
// particular", "among them" ("hundreds of armoured vehicles, among them
// Bulldog carriers").
func exampleSecond(a, b string) bool {
	switch a {
	case "such":
		return b == "as"
	case "in":
		return b == "particular"
	case "among":
		return b == "them" || b == "it" || b == "which" || b == "these" || b == "those"
	}
	return false
}

// exampleWords open examples alone.
var exampleWords = []string{"including", "notably", "especially", "particularly", "namely", "chiefly", "mainly", "mostly", "largely", "primarily"}

// contentOfContainer reports whether phrase p says what containers held
// ("10,000 containers containing ammunition or materials related to
// ammunition"): the claim is the containers, not a second transfer.
func (s *sent) contentOfContainer(before []phrase, p *phrase) bool {
	toks := s.d.toks
	for k := len(before) - 1; k >= 0; k-- {
		c := &before[k]
		if c.cat != armsledger.Container {
			continue
		}
		if c.hi < len(toks) && toks[c.hi].Norm == "of" && p.lo > c.hi && p.lo-c.hi <= 3 {
			return !s.capacityCue(p.lo) // "2,300 containers of North Korean arms"
		}
		if s.ofInside(c) && p.qty == nil && s.forListGoesOn(c.hi, p.start()) {
			return true // "containers of artillery shells, missiles and anti-tank rockets": the list goes on
		}
		for j := c.hi; j < p.lo; j++ {
			switch toks[j].Norm {
			case "containing", "carrying", "filled", "loaded", "packed", "holding", "with":
				return !s.capacityCue(p.lo)
			}
		}
		return false
	}
	return false
}

// pronominal adds items named only by a demonstrative before a transfer
// participle: "supplies provided by X to Y may exceed those provided by Z to
// W". The pronoun stands for the kind of materiel named before it.
func (s *sent) pronominal(ps []phrase) []phrase {
	// tagTriggers noted where "these" or "those" stands before a verb form.
	for _, i := range s.d.tags.demonstratives {
		v, ok := s.verbAt(i + 1)
		if !ok || v.Class == classSpeech || v.Class == classContent || !s.participle(i+1) {
			continue // ("Those included 3,000 missiles": the whole told before, which holds the goods after)
		}
		p := phrase{lo: i, hi: i + 1, head: i, cat: armsledger.Other, unit: armsledger.UnitItem, pronominal: true}
		for k := range ps {
			if q := &ps[k]; q.hi <= i {
				p.cat, p.unit = q.cat, q.unit
			}
		}
		ps = insertPhrase(ps, p)
	}
	return s.themObject(s.theySubject(s.allOfThem(s.allOfWhich(ps))))
}

// allOfThem adds the goods "all of them" (or "all" alone) stands for as
// the subject of a verb of arriving or a passive of giving, opening a
// clause after the goods in the same sentence: "agreed to send 31 M1
// Abrams, and all of them reached Ukraine by the autumn", "Of the 31
// Abrams tanks promised, all had arrived by the autumn". All of them are
// as many as were told: the part takes the whole's count and, as "all of
// which" does, its parties (see inherit and partsOfFlow).
func (s *sent) allOfThem(ps []phrase) []phrase {
	toks := s.d.toks
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.noun || !(t.class == classArrive || t.passive && t.class == classGive) {
			continue
		}
		j := t.i - 1 - s.chainBefore(t.i)
		if j > s.lo && s.beTo(j) {
			j -= 1 + s.chainBefore(j) // "all of them are to be delivered"
		}
		if j+1 < t.i && toks[j+1].Norm == "all" {
			j++ // "all had arrived": the chain's adverbs hold "all", the subject
		}
		lo := j
		if j-2 >= s.lo && toks[j-1].Norm == "of" && toks[j-2].Norm == "all" && ofThemWord(toks[j].Norm) && toks[j].Norm != "which" {
			lo = j - 2
		} else if j < s.lo || toks[j].Norm != "all" {
			continue
		}
		if lo > s.lo && !s.clauseBreakAt(lo-1) {
			continue
		}
		item := lastPhraseBefore(ps, lo)
		if item == nil || item.money {
			continue
		}
		if p := lastPhraseBefore(ps, t.i); p != item {
			continue // goods named between are the verb's own subject
		}
		ps = insertPhrase(ps, phrase{lo: lo, hi: j + 1, head: lo, cat: item.cat, unit: item.unit, pronominal: true})
	}
	return ps
}

// clauseBreakAt reports whether token j ends one clause so that the word
// after it opens another: a comma, a semicolon, or "and" after a comma.
func (s *sent) clauseBreakAt(j int) bool {
	switch s.d.toks[j].Norm {
	case ",", ";":
		return true
	case "and":
		return j > s.lo && s.d.toks[j-1].Norm == ","
	}
	return false
}

// allOfWhich adds the goods "all of which" (most, many, some, half; the first, the last)
// stands for as the subject of a verb of arriving or a passive of giving:
// "ordered 180 K2 tanks from South Korea, all of which have now arrived".
// (inherit gives it the goods' parties, and "all" their count.)
func (s *sent) allOfWhich(ps []phrase) []phrase {
	if !s.has(fWhich) {
		return ps // most sentences: no "which"
	}
	return s.allOfWhichRest(ps)
}

// allOfWhichRest is allOfWhich past its first test (see gates in words.go).
func (s *sent) allOfWhichRest(ps []phrase) []phrase {
	toks := s.d.toks
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.noun || !(t.class == classArrive || t.passive && t.class == classGive) {
			continue
		}
		j := t.i - 1 - s.chainBefore(t.i) // "which"
		if j > s.lo && s.beTo(j) {
			j -= 1 + s.chainBefore(j) // "all of which are to be delivered"
		}
		if j-3 < s.lo || toks[j].Norm != "which" || toks[j-1].Norm != "of" {
			continue
		}
		comma := j - 3
		switch toks[j-2].Norm {
		case "all", "most", "many", "some", "half":
		case "first", "last":
			// "ordered 12 frigates, the first of which arrived in May": a
			// step of the goods just named. (firstOfThem reads the first
			// "due", which firstDue makes a verb.)
			if comma-1 < s.lo || toks[comma].Norm != "the" || t.lemma == "due" {
				continue
			}
			comma--
		default:
			continue
		}
		if toks[comma].Norm != "," {
			continue
		}
		item := lastPhraseBefore(ps, comma)
		if item == nil || item.money {
			continue
		}
		ps = insertPhrase(ps, phrase{lo: j - 2, hi: j + 1, head: j - 2, cat: item.cat, unit: item.unit, pronominal: true})
	}
	return ps
}

// theySubject adds the goods "they" stands for as the subject of a passive
// verb of giving or promising, or of coming from or arriving in a place, when the
// sentence names no goods before the verb: "The first of 20 Bushmasters
// have left for Ukraine. They were pledged by Prime Minister Scott
// Morrison", "They came from Britain". They are the goods of the last
// transfer told (not the plane that carried them).
func (s *sent) theySubject(ps []phrase) []phrase {
	if !s.has(fSubjectPronoun) {
		return ps // most sentences: no pronoun subject
	}
	return s.theySubjectRest(ps)
}

// theySubjectRest is theySubject past its first test (see gates in words.go):
// the sentence holds a pronoun subject.
func (s *sent) theySubjectRest(ps []phrase) []phrase {
	n := len(s.d.claims)
	if n == 0 || s.d.claims[n-1].sent >= s.idx {
		return ps
	}
	toks := s.d.toks
	for k := range s.trigs {
		t := &s.trigs[k]
		from := !t.noun && t.class == classArrive && t.i+1 < s.hi && toks[t.i+1].Norm == "from" // "They came from Britain"
		from = from || !t.noun && t.class == classArrive && s.arrivedAt(t.i+1)                  // "They arrived in Ukraine in May"
		if !from && (!t.passive || t.noun || t.class != classGive && t.class != classCommit && t.class != classSell) {
			continue
		}
		j := t.i - 1 - s.chainBefore(t.i)
		if j < s.lo || toks[j].Norm != "they" || j > s.lo && toks[j-1].Kind != Punct && toks[j-1].Norm != "and" {
			continue
		}
		if p := lastPhraseBefore(ps, t.i); p != nil {
			continue // goods named before the verb are its subject
		}
		item := &s.d.claims[n-1].p
		if item.money {
			continue
		}
		ps = insertPhrase(ps, phrase{lo: j, hi: j + 1, head: j, cat: item.cat, unit: item.unit, pronominal: true})
	}
	return ps
}

// arrivedAt reports whether "in" or "at" and a state stand at i, where a
// verb of arriving says its goods came: "arrived in Ukraine", "will
// arrive in Poland".
func (s *sent) arrivedAt(i int) bool {
	if i+1 >= s.hi || s.d.toks[i].Norm != "in" && s.d.toks[i].Norm != "at" {
		return false
	}
	a := s.actorAt(i + 1)
	return a >= 0 && s.actors[a].ref.kind == kindCountry
}

// themObject adds the item a transfer verb's object "them" (or "it",
// before "to") stands for when the clause names no other: "Ukraine has
// sought Gripen jets, but Stockholm will not send them". The pronoun stands
// for the last materiel named.
func (s *sent) themObject(ps []phrase) []phrase {
	if !s.has(fThem) {
		return ps // none of the pronouns tested below (fThem): most sentences
	}
	return s.themObjectRest(ps)
}

// themObjectRest is themObject past its first test (see gates in words.go).
func (s *sent) themObjectRest(ps []phrase) []phrase {
	toks := s.d.toks
	for k := range s.trigs {
		t := &s.trigs[k] // by pointer: a trigger is seven words to copy
		if t.noun || t.passive || t.i+1 >= s.hi {
			continue
		}
		// "it" only before its recipient: "buy one NASAMS and donate it to
		// Ukraine"; "supply it with drones" makes "it" a state. "any" and
		// "none" only where no noun of their own follows: "had not sent
		// any since", "it has sent none" ("will not give any details" has
		// one).
		at := t.i + 1 // the pronoun's token
		if p := s.partOfThem(at); p > at {
			at = p // "would send an unspecified number of them", "some of them"
		}
		if w := toks[at].Norm; w != "them" && !(w == "it" && at+1 < s.hi && toks[at+1].Norm == "to") &&
			!((w == "any" || w == "none") && s.endsNounless(at+1)) {
			continue
		}
		switch t.class {
		case classGive, classSell, classCommit, classDeny:
		default:
			continue
		}
		if t.class == classDeny && s.reportsAsPronoun(at, t.i, true) {
			continue // "dismissed them as media talk": the reports, not the goods (see deniedReports)
		}
		var item *phrase
		named := false
		for n := range ps {
			if q := &ps[n]; q.lo > t.i && !s.clauseBreak(t.i, q.lo) {
				named = true // "sent them tanks": them receives
			} else if q.hi <= t.i {
				item = q
			}
		}
		if named {
			continue
		}
		if item != nil && !s.verbBefore(item.lo) {
			continue // "repaired the tanks and sent them": the tanks are the verb's own object
		}
		if item == nil && len(s.d.named) > 0 {
			item = &s.d.named[len(s.d.named)-1]
		}
		if item == nil {
			continue
		}
		ps = insertPhrase(ps, phrase{lo: t.i + 1, hi: at + 1, head: at, cat: item.cat, unit: item.unit, pronominal: true})
	}
	return ps
}

// partOfThem returns the token of "them" when words of an uncounted part
// and "of them" open at i: "some of them", "an unspecified number of
// them", "several of them"; else -1. (A counted part, "two of them", is
// a count's own.)
func (s *sent) partOfThem(i int) int {
	toks := s.d.toks
	j := i
	for j < s.hi && j-i < 4 {
		switch toks[j].Norm {
		case "some", "most", "many", "several", "a", "an", "unspecified", "undisclosed", "unknown", "number", "small", "few":
			j++
			continue
		}
		break
	}
	if j == i || j+1 >= s.hi || toks[j].Norm != "of" || toks[j+1].Norm != "them" {
		return -1
	}
	return j + 1
}

// endsNounless reports whether token i, right after "any" or "none", ends
// the quantifier's phrase: the sentence's end, a punctuation mark, or a
// word that starts no noun ("since", "to", "yet", "more").
func (s *sent) endsNounless(i int) bool {
	if i >= s.hi || s.d.toks[i].Kind == Punct {
		return true
	}
	switch s.d.toks[i].Norm {
	case "since", "to", "yet", "more", "at", "for", "because", "after", "until", "now", "so", "either", "anymore":
		return true
	}
	return false
}

// verbBefore reports whether a transfer word other than speech stands
// before token i in the sentence.
func (s *sent) verbBefore(i int) bool {
	for k := range s.trigs {
		if t := &s.trigs[k]; t.i < i && t.class != classSpeech {
			return true
		}
	}
	return false
}

// opens reports whether a bracket opens among toks and is not closed.
func opens(toks []Token) bool {
	depth := 0
	for _, t := range toks {
		switch t.Norm {
		case "(", "[":
			depth++
		case ")", "]":
			depth--
		}
	}
	return depth > 0
}

// ofInside reports whether "of" joins a phrase's words: "containers of
// munitions".
func (s *sent) ofInside(p *phrase) bool {
	for j := p.lo; j < p.hi; j++ {
		if s.d.toks[j].Norm == "of" {
			return true
		}
	}
	return false
}

// variantEnd returns the end of a variant designation in capitals that
// follows a model's name at i and is itself followed by a generic head
// ("SLM systems" after "IRIS-T"), or i. Without the head the capitals may
// be anything else ("IRIS-T SLM in 2023").
func (s *sent) variantEnd(i int) int {
	if i >= s.hi || !s.d.toks[i].Upper {
		return i // most words: not in capitals
	}
	return s.variantEndRest(i)
}

// variantEndRest is variantEnd past its first test (see gates in words.go).
func (s *sent) variantEndRest(i int) int {
	toks := s.d.toks
	j := i
	for j < s.hi && j-i < 2 && toks[j].Kind == Word && toks[j].Upper && len(toks[j].Norm) >= 2 && s.actorAt(j) < 0 {
		j++
	}
	if j == i || j >= s.hi {
		return i
	}
	switch toks[j].Norm {
	case "systems", "system", "launchers", "launcher", "batteries", "battery", "units":
		return j + 1
	}
	return i
}

// sharedRounds reports whether the ammunition at i shares the head of the
// rounds before it: "9 million rounds of artillery and rocket ammunition"
// is one count of one kind.
func (s *sent) sharedRounds(p *phrase, ref materielRef, i int) bool {
	toks := s.d.toks
	if p.cat != armsledger.Ammunition || ref.Cat != armsledger.Ammunition || i != p.hi+1 || toks[p.hi].Norm != "and" {
		return false
	}
	for j := p.lo; j+1 < p.hi; j++ {
		if (toks[j].Norm == "rounds" || toks[j].Norm == "shells") && toks[j+1].Norm == "of" {
			return true
		}
	}
	return false
}

// forListGoesOn reports whether the words from lo up to the bare noun at
// i only go on a list (",", "and", "or"): after "components for
// missiles", the list is of what the components are for.
func (s *sent) forListGoesOn(lo, i int) bool {
	if i <= lo || i-lo > 2 || i >= s.hi || s.inQty[i-s.lo] {
		return false
	}
	for j := lo; j < i; j++ {
		switch s.d.toks[j].Norm {
		case ",", "and", "or":
		default:
			return false
		}
	}
	return true
}

// variantAfterSlash reports whether a slash, with no space on either side,
// joins a variant code to the model code ending p, before the term at i:
// the "/C-8" of "AIM-120C-7/C-8 air-to-air missiles". ("Patriot/NASAMS"
// names two systems.)
func (s *sent) variantAfterSlash(p *phrase, i int) bool {
	toks := s.d.toks
	if p.hi+1 >= i || i-p.hi > 5 || toks[p.hi].Norm != "/" || toks[p.hi].Space || p.hi-1 < s.lo {
		return false
	}
	code := func(j int) bool { return toks[j].Cap && len(toks[j].Norm) <= 2 || toks[j].Kind == Number }
	if !code(p.hi - 1) {
		return false
	}
	for j := p.hi + 1; j < i; j++ {
		if toks[j].Space || !code(j) && !Joiner(toks, j) {
			return false
		}
	}
	return true
}

// joins reports whether a term at i continues phrase p: touching it, or
// after "of" ("rounds of artillery shells"), or after a compound hyphen.
func (s *sent) joins(p *phrase, i int) bool {
	toks := s.d.toks
	if p.hi == i {
		return true
	}
	// The rest of a model code glued to the phrase: "AIM-120C-8 missiles".
	glued := i > p.hi
	for j := p.hi; j < i && glued; j++ {
		glued = !toks[j].Space && (toks[j].Kind != Punct || Joiner(toks, j))
	}
	if glued && i-p.hi <= 4 {
		return true
	}
	if s.variantAfterSlash(p, i) {
		return true // "AIM-120C-7/C-8 missiles": two variants of one missile
	}
	if p.hi+1 == i && (toks[p.hi].Norm == "of" || toks[p.hi].Norm == "for" || Joiner(toks, p.hi)) {
		p.forWhat = toks[p.hi].Norm == "for"
		return true
	}
	if p.forWhat && p.cat == armsledger.Technology && s.forListGoesOn(p.hi, i) {
		return true // "components for missiles, drones and tanks": all that the parts are for
	}
	if p.hi+2 == i && toks[p.hi].Norm == "for" && (toks[p.hi+1].Norm == "the" || toks[p.hi+1].Norm == "its" || toks[p.hi+1].Norm == "their") {
		p.forWhat = true
		return true // "ammunition for the Leopard 1 tanks"
	}
	if p.cat == armsledger.Technology && i-p.hi >= 2 && i-p.hi <= 3 && toks[p.hi].Norm == "for" && makingWord(toks[p.hi+1].Norm) {
		// "the technology for producing Shahed-type drones": what the
		// know-how makes is no goods of its own.
		p.forWhat = true
		return i-p.hi == 2 || s.is(p.hi+2, fDeterminer)
	}
	if p.cat == armsledger.Technology && s.usedInAt(p.hi, i) {
		// "components used in missiles", "parts used to make drones":
		// what the parts go into is no goods of its own.
		p.forWhat = true
		return true
	}
	if p.hi+1 < i && (toks[p.hi].Norm == "of" || toks[p.hi].Norm == "for") && s.calibreEnd(p.hi+1) == i {
		p.forWhat = toks[p.hi].Norm == "for"
		return true // "rounds of 155mm ammunition", "cluster munitions for 155mm howitzers"
	}
	if p.hi+2 < i && i-p.hi <= 4 && toks[p.hi].Norm == "of" && s.compoundBetween(p.hi+1, i) {
		return true // "rounds of large-calibre ammunition"
	}
	// "spare parts and equipment for Bradley vehicles": what the parts,
	// and the goods of no kind listed with them, are for.
	if i-p.hi >= 3 && i-p.hi <= 7 && toks[p.hi].Norm == "and" && (p.cat == armsledger.Technology || p.cat == armsledger.Other) {
		j := p.hi + 1
		for j < i && genericWords[toks[j].Norm] {
			j++
		}
		if j > p.hi+1 && j < i && toks[j].Norm == "for" {
			k := j + 1
			for k < i && (toks[k].Cap || toks[k].Norm == "the" || toks[k].Norm == "its" || toks[k].Norm == "their") {
				k++ // the modifiers of the item the goods are for: "Bradley (Infantry Fighting Vehicles)"
			}
			if k == i {
				p.forWhat = true
				return true
			}
		}
	}
	// A variant's letters or block between a name and its noun: "Gripen
	// E/F fighter jets", "Stinger Block I missiles".
	if i > p.hi && i-p.hi <= 4 {
		variant := true
		for j := p.hi; j < i && variant; j++ {
			w := s.d.text[toks[j].Start:toks[j].End] // as written: "I" is a numeral, "i" no word here
			variant = w == "/" || w == "Block" || w == "Mk" || w == "Mark" || romanNumeral(w) || len(w) == 1 && toks[j].Cap ||
				toks[j].Upper && len(w) <= 4 && j > p.hi && toks[j-1].Norm == "/" || toks[j].Upper && len(w) <= 4 && j-2 >= p.hi && toks[j-2].Norm == "/"
		}
		if variant {
			return true
		}
	}
	// "1,000 engines for the Army's T-72 tanks": what the goods are for,
	// past its owner's name.
	if toks[p.hi].Norm == "for" && i-p.hi >= 3 && i-p.hi <= 5 {
		owner := true
		for j := p.hi + 1; j < i && owner; j++ {
			owner = s.is(j, fDeterminer) || toks[j].Cap || toks[j].Norm == "'s" || toks[j].Norm == "’s"
		}
		if owner && (toks[i-1].Norm == "'s" || toks[i-1].Norm == "’s") {
			p.forWhat = true
			return true
		}
	}
	// An acronym in brackets before its head: "Wire-Guided (TOW) missiles".
	if p.hi+1 == i && p.lo > 0 && toks[p.lo-1].Norm == "(" && toks[p.hi].Norm == ")" {
		return true
	}
	// A gloss in brackets: "Ural [transport vehicles]", "Rocket
	// System-Unitary pods (GMLRS-U)".
	if i > p.hi && i-p.hi <= 6 && (toks[i-1].Norm == "[" || toks[i-1].Norm == "(") {
		for j := p.hi; j < i-1; j++ {
			if toks[j].Kind == Punct && !Joiner(toks, j) {
				return false
			}
		}
		return true
	}
	// "electronic warfare systems including jamming equipment": an example
	// of the item is the item; so is every further example in the list.
	if p.hi < i && i-p.hi <= 3 {
		switch glueOf(toks[p.hi:i]) {
		case glueExamples:
			if p.cat == armsledger.Funding {
				return false // "$6 billion in military aid, including interceptors": goods the money buys, claims of their own
			}
			if p.cat == armsledger.Other && s.weaponAt(i) && (p.lo == s.lo || toks[p.lo-1].Norm != "for") {
				return false // "military equipment, including helicopters": weapons of a kind given as examples are claims of their own (see dropExamples); "help for conventional weapons such as tanks" gives none
			}
			p.examples = true
			return true
		case glueList:
			// "containers of military equipment and munitions": the rest of
			// what the containers held.
			return p.examples || p.cat == armsledger.Container && p.hi-p.lo > 1 && s.ofInside(p)
		}
	}
	// "-class" / "-type" between a named system and its kind.
	return p.hi+2 == i && Joiner(toks, p.hi) && (toks[p.hi+1].Norm == "class" || toks[p.hi+1].Norm == "type")
}

// takeGenericHeads widens each phrase over a noun of no kind that follows
// it as its head: "High Mobility Artillery Rocket System (HIMARS)
// launchers", "NASAMS units", "GMLRS pods". Alone such nouns name no
// materiel (see lexicon/materiel.tsv); after a system they are the items
// counted, and a list goes on past them.
func (s *sent) takeGenericHeads(ps []phrase) {
	toks := s.d.toks
	for k := range ps {
		p := &ps[k]
		for p.hi < s.hi && toks[p.hi].Space && (s.is(p.hi, fGenericHead) || unitOfSale(p.cat, toks[p.hi].Norm) || trainerOf(p.cat, toks[p.hi].Norm)) && (k+1 == len(ps) || ps[k+1].lo > p.hi) {
			p.hi++
		}
	}
}

// trainerOf reports whether w after an aircraft names the aircraft's role:
// "Yak-130 trainers", "an L-39 trainer". Alone "trainers" are as often the
// people who train (see lexicon/materiel.tsv); after a plane they are planes.
func trainerOf(c armsledger.Category, w string) bool {
	return c == armsledger.Aircraft && (w == "trainer" || w == "trainers")
}

// genericHeads are the nouns that count systems of a kind named before
// them; the rules read them by their flag, fGenericHead.
var genericHeads = setOf("launcher", "launchers", "system", "systems", "unit", "units", "pods", "kits", "batteries", "vehicles")

// launchGear reports whether "launch" at i names gear that launches:
// "IRIS-T launch systems", "Patriot launch vehicles" (the head's "missile
// launch" is an event).
func (s *sent) launchGear(i int) bool {
	if i+1 >= s.hi || s.d.toks[i].Norm != "launch" {
		return false
	}
	switch s.d.toks[i+1].Norm {
	case "systems", "system", "vehicles", "vehicle", "units", "unit", "platforms", "platform", "modules", "module":
		return true
	}
	return false
}

// unitOfSale reports whether a military unit's name after a system of
// kind c is how the system is counted and sold: "the S-400 regiment", "an
// F-35 squadron", "a THAAD battery"; a "tank brigade" is a force, not goods.
func unitOfSale(c armsledger.Category, w string) bool {
	switch c {
	case armsledger.AirDefense:
		return w == "regiment" || w == "squadron" || w == "regiments" || w == "squadrons" || w == "battery"
	case armsledger.Aircraft:
		return w == "regiment" || w == "squadron" || w == "regiments" || w == "squadrons"
	}
	return false
}

// genericPair reports whether the term at i, of kind ref, is a second
// word for weapons of no kind listed after p, of no kind either: "weapons
// and military equipment", "arms and ammunition supplies" is one item, not
// two. ("Weapons and ammunition" names two kinds.)
func (s *sent) genericPair(p *phrase, ref materielRef, i, end int) bool {
	toks := s.d.toks
	if ref.Cat != p.cat || ref.Cat != armsledger.Other && ref.Cat != armsledger.Personnel || p.hi >= i || i-p.hi > 2 {
		return false
	}
	return genericWords[toks[p.hi-1].Norm] && genericWords[toks[end-1].Norm] && glueOf(toks[p.hi:i]) == glueList
}

// modifierPair reports whether p, a singular term with no article or
// count before "and" or "or", modifies the head of the technology term at
// i as that term's own first words do: "drone and missile technology",
// "ballistic missile and cruise missile components" are technology for
// each, not drones (missiles) and technology. ("Drones and missile
// technology", "a drone and missile parts" name two items.)
func (s *sent) modifierPair(p *phrase, ref materielRef, i, end int) bool {
	toks := s.d.toks
	if ref.Cat != armsledger.Technology || p.cat == armsledger.Technology || end-i < 2 || i != p.hi+1 || plural(toks[p.hi-1].Norm) || p.qty != nil ||
		p.lo > s.lo && s.is(p.lo-1, fDeterminer) {
		return false
	}
	if w := toks[p.hi].Norm; w != "and" && w != "or" {
		return false
	}
	if !pluralKnown(toks[p.hi-1].Norm) {
		return false // "ammunition and spare parts": a mass noun is goods of its own
	}
	return s.is(i, fMateriel) && !plural(toks[i].Norm)
}

// pluralKnown reports whether the materiel noun w is the singular of a
// plural the lexicon knows ("drone", "missile"), which stands before a
// head as a modifier; a mass noun ("ammunition", "artillery") has none.
func pluralKnown(w string) bool {
	id := lex.vocab.find(w + "s")
	return id != 0 && lex.flags[id]&fMateriel != 0
}

// usedGoods reports whether the goods at i are the object of "use of":
// "the use of atomic weapons", "approved the use of ATACMS missiles inside
// Russia" tell how weapons may be used, not that they move.
func (s *sent) usedGoods(i int) bool {
	if !s.has(fUse) {
		return false // most sentences: no "use"
	}
	return s.usedGoodsRest(i)
}

// usedGoodsRest is usedGoods past its first test (see gates in words.go).
func (s *sent) usedGoodsRest(i int) bool {
	toks := s.d.toks
	j := i - 1
	for j > s.lo && j >= i-4 && toks[j].Norm != "of" && (toks[j].Kind == Word || toks[j].Kind == Number || toks[j].Norm == "-") && !s.is(j, fVerb) {
		j-- // "the use of tactical nuclear weapons", "the use of such weapons", "the use of ATACMS missiles"
	}
	return j > s.lo && toks[j].Norm == "of" && toks[j-1].Norm == "use"
}

// passedOver reports whether the goods at i are those a choice passed
// over: "over" (or "instead of", "rather than") between them and a verb
// of choosing before, past a determiner and a demonym.
func (s *sent) passedOver(i int) bool {
	if !s.has(fChoose) {
		return false // most sentences: no verb of choosing
	}
	return s.passedOverRest(i)
}

// passedOverRest is passedOver past its first test (see gates in words.go).
func (s *sent) passedOverRest(i int) bool {
	toks := s.d.toks
	j := i - 1
	for j > s.lo && i-j <= 3 && (s.is(j, fDeterminer) || s.actorAt(j) >= 0) {
		j--
	}
	switch {
	case j > s.lo && toks[j].Norm == "over":
	case j-1 > s.lo && toks[j].Norm == "of" && toks[j-1].Norm == "instead":
		j--
	case j-1 > s.lo && toks[j].Norm == "than" && toks[j-1].Norm == "rather":
		j--
	default:
		return false
	}
	for k := j - 1; k >= s.lo && j-k <= 12; k-- {
		if v, ok := s.verbAt(k); ok && choosingLemma(v.Lemma) {
			return true
		}
	}
	return false
}

// choosingLemma reports whether a verb's lemma is one of choosing, which
// passedOver looks for (and fChoose marks the forms of).
func choosingLemma(lemma string) bool {
	return lemma == "select" || lemma == "choose" || lemma == "pick" || lemma == "opt" || lemma == "prefer"
}

// ownDefence reports whether the air defence at [i, end) is the need of a
// state "for its air defence" or "for Ukrainian air defence", with no word
// of systems after it.
func (s *sent) ownDefence(i, end int) bool {
	toks := s.d.toks
	if end-i > 2 || i-2 < s.lo {
		return false
	}
	at := i - 2 // "for"
	switch toks[i-1].Norm {
	case "its", "their", "his", "her", "our":
	default:
		// "1 billion kronor for Ukrainian air defence", "radar systems
		// for Ukrainian air defence": the state's defence, named by its
		// demonym, as by "its". Right after a verb the demonym names the
		// maker: "signed for Israeli air defence" buys Israel's.
		a := s.actorAt(i - 1)
		if a < 0 || !s.actors[a].demonym || s.actors[a].hi != i {
			return false
		}
		at = s.actors[a].lo - 1
		if at-1 < s.lo || s.is(at-1, fVerb) && s.sumEndingAt(at) == nil && !aidNoun(toks[at-1].Norm) && !s.is(at-1, fMateriel) {
			return false
		}
	}
	if at < s.lo || toks[at].Norm != "for" {
		return false
	}
	return end >= s.hi || toks[end].Kind == Punct || toks[end].Norm == "and"
}

// sumEndingAt returns the sum of money that ends right before token j
// ("1 billion kronor for", "worth $1.6 billion on"), or nil.
func (s *sent) sumEndingAt(j int) *QuantityMatch {
	for k := range s.quants {
		if q := &s.quants[k]; q.Hi == j && q.Currency != "" {
			return q
		}
	}
	return nil
}

// relatedTo reports whether the goods at i stand after "related to",
// "relating to" or "linked to" right after a noun, perhaps as a later
// member of a list: "know-how related to nuclear weapons and missiles",
// "technology relating to satellites and drones". They name what the goods
// before them concern, and move nowhere themselves.
func (s *sent) relatedTo(i int) bool {
	toks := s.d.toks
	for j := i - 1; j-2 > s.lo && i-j <= 10; j-- {
		switch w := toks[j].Norm; {
		case w == "to":
			switch toks[j-1].Norm {
			case "related", "relating", "linked", "pertaining", "connected":
				return toks[j-2].Kind == Word && !s.is(j-2, fBe) && !isAux(toks[j-2].Norm)
			}
			return false
		case w == "," || w == "and" || w == "or" || s.is(j, fMateriel) || toks[j].Kind == Number || Joiner(toks, j):
		case toks[j].Kind == Word && !s.is(j, fVerb|fStop) && s.actorAt(j) < 0:
		default:
			return false
		}
	}
	return false
}

// recipientsOwn reports whether the goods at i stand after "for its" or
// "for their" right after a state that "to" or "from" governs, perhaps as
// a later member of a list: "a sale of engines to Chile for its F-16 and
// C-130 fleets" names the jets the engines serve, which Chile has already;
// they are not given. So does "to buy 26 jets from France for its aircraft
// carriers": the buyer's own carriers. (Goods right before "for" are left to partsFor: "spares
// for its tanks".)
func (s *sent) recipientsOwn(i int) bool {
	toks := s.d.toks
	listed := false // a list's mark or count stands between: "for its Rafale jets and 30 missiles from Italy"
	for j := i - 1; j-2 >= s.lo && i-j <= 10; j-- {
		switch w := toks[j].Norm; {
		case w == "its" || w == "their":
			if toks[j-1].Norm != "for" {
				return false
			}
			a := s.actorAt(j - 2)
			return a >= 0 && s.actors[a].hi == j-1 && (s.actors[a].prep == "to" || s.actors[a].prep == "from" && !listed)
		case w == "," || w == "and" || toks[j].Kind == Number && toks[j].Space:
			listed = true // "F-16, C-130 and"
		case s.is(j, fMateriel) || toks[j].Cap || toks[j].Kind == Number || Joiner(toks, j):
		case j == i-1 && toks[j].Kind == Word && !s.is(j, fVerb): // "for its new frigates": a word that describes them
		default:
			return false
		}
	}
	return false
}

// firedAt reports whether the goods word at i is the object of "at"
// after a verb of using weapons ("launched at a US destroyer", "fired at
// Israeli tanks", "shot at the ship"): a target, which nothing moves to
// anyone.
func (s *sent) firedAt(i int) bool {
	toks := s.d.toks
	for j := i - 1; j > s.lo && i-j <= 5; j-- {
		w := toks[j].Norm
		if w == "at" {
			return fireVerb(toks[j-1].Norm) || toks[j-1].Norm == "shot" || toks[j-1].Norm == "aimed"
		}
		if s.is(j, fDeterminer) || s.actorAt(j) >= 0 || toks[j].Kind == Word && !s.is(j, fVerb|fStop) || Joiner(toks, j) { // (fStop: modifierStop's words)
			continue
		}
		return false
	}
	return false
}

// componentNoun reports whether w, after a weapon's name, makes the
// phrase its parts or plans, not the weapon.
func componentNoun(w string) bool {
	switch w {
	case "parts", "components", "designs", "blueprints", "engines", "motors", "seekers", "sensors", "optics", "subsystems",
		"materials", "propulsion", "guidance": // "missile materials", "submarine propulsion", "drone guidance"
		return true
	}
	return false
}

// fittedTo reports whether the goods that start at i are fitted to the
// goods of the phrase just before them: after "fitted with", "equipped
// with" or "armed with" ("frigates fitted with American engines", "boats
// armed with anti-ship missiles"), or, after a bare "with" and a demonym,
// parts ("aircraft with British components"). What the goods carry goes
// with them; it is no transfer of its own ("supplied Kyiv with tanks and
// with missiles" has no goods right before its second "with").
func (s *sent) fittedTo(i int, before []phrase) bool {
	if len(before) == 0 {
		return false
	}
	return s.fittedToRest(i, before)
}

// fittedToRest is fittedTo past its first test (see gates in words.go).
func (s *sent) fittedToRest(i int, before []phrase) bool {
	toks := s.d.toks
	j := i - 1
	demonym := false
	if a := s.actorAt(j); a >= 0 && s.actors[a].demonym && s.actors[a].hi == i {
		j, demonym = s.actors[a].lo-1, true // "with French-made radars"
	}
	if j <= s.lo || toks[j].Norm != "with" {
		return false
	}
	j--
	fitted := false
	switch toks[j].Norm {
	case "fitted", "equipped", "armed", "outfitted":
		j, fitted = j-1, true
	}
	if end := before[len(before)-1].end(); end != j+1 {
		return false // no goods right before: "supplied Kyiv with tanks"
	}
	if fitted {
		return true
	}
	end, _, _ := lex.materiel.Match(toks, i, s.hi)
	return demonym && end > i && componentNoun(toks[end-1].Norm)
}

// fighterRadar reports whether phrase p names the scanned-array radars
// fitted to combat jets, which are parts of the aircraft (technology),
// where a radar on its own (counter-battery, surveillance) is other goods.
func (s *sent) fighterRadar(p *phrase) bool {
	toks := s.d.toks
	if w := toks[p.hi-1].Norm; w != "radar" && w != "radars" {
		return false
	}
	for j := p.lo; j < p.hi-1; j++ {
		if w := toks[j].Norm; w == "aesa" || w == "array" || w == "airborne" {
			return true
		}
	}
	return false
}

// defenceTrade reports whether "defence", "defense" or "military" at i
// names the goods of a trade noun after it: "defence imports", "military
// exports", "defence sales" trade in arms. The name of the American
// programme ("Foreign Military Sales", "foreign military sales") is a
// channel, no goods.
func (s *sent) defenceTrade(i int) bool {
	toks := s.d.toks
	if i+1 >= s.hi || toks[i].Cap && i > s.lo {
		return false
	}
	switch toks[i].Norm {
	case "defence", "defense", "military":
	default:
		return false
	}
	if i > s.lo && toks[i-1].Norm == "foreign" {
		return false
	}
	switch toks[i+1].Norm {
	case "imports", "exports", "sales", "purchases":
		return true
	}
	return false
}

// armouredVehicles reports whether an item the lexicon reads as vehicles
// of no kind (support, recovery, engineering, transport vehicles) is said
// to be armoured among its modifiers: "armoured combat support vehicles",
// "armored recovery vehicles" are armoured vehicles, as "armoured
// vehicles" alone are; the task a modifier names does not unarm them.
func (s *sent) armouredVehicles(p *phrase) bool {
	toks := s.d.toks
	if w := toks[p.hi-1].Norm; w != "vehicle" && w != "vehicles" {
		return false
	}
	for j := p.lo; j < p.head; j++ {
		if w := toks[j].Norm; w == "armoured" || w == "armored" {
			return true
		}
	}
	return false
}

// sizeCount reports whether the goods at i are counted as the size a
// force or a tally is taken to: "the Rafale fleet to 54 aircraft".
func (s *sent) sizeCount(i int) bool {
	if i <= s.lo || !s.inQty[i-1-s.lo] {
		return false // most phrases: no quantity ends before them (see quantityEndingAt)
	}
	return s.sizeCountRest(i)
}

// sizeCountRest is sizeCount past its first test (see gates in words.go):
// a quantity's token is just before i, the test quantityEndingAt opens with.
func (s *sent) sizeCountRest(i int) bool {
	q := s.quantityEndingAtRest(i)
	if q == nil || q.Lo-2 < s.lo || s.d.toks[q.Lo-1].Norm != "to" {
		return false
	}
	switch s.d.toks[q.Lo-2].Norm {
	case "fleet", "fleets", "inventory", "arsenal", "strength":
		return true
	}
	return false
}

// pronounOwner returns the state a possessive pronoun at i stands for: the
// last state, body or leader before it in the sentence that no preposition
// governs; for "his" or "her" with none, the last leader named ("In April
// he acknowledged that his troops ..."); or "".
func (s *sent) pronounOwner(i int) string {
	w := s.d.toks[i].Norm
	switch w {
	case "its", "his", "her", "their":
	default:
		return ""
	}
	for a := len(s.actors) - 1; a >= 0; a-- {
		m := &s.actors[a]
		if m.hi > i {
			continue
		}
		if m.prep == "" && !m.possessive && m.ref.kind != kindDemonym && m.ref.Code != "" {
			return m.ref.Code
		}
	}
	if (w == "his" || w == "her") && s.d.lastLeader != nil {
		return s.d.lastLeader.ref.Code
	}
	return ""
}

// trainingGiven reports whether "training" at i is the noun of know-how
// that a frame may hand over: "provided training for Kenyan pilots",
// "munitions, spare parts and training". Not the noun a purpose or a time
// takes ("sent troops there for training", "in training"), nor a modifier
// ("a training ground", "a maintenance and training agreement"), nor the
// verb ("is training Kenyan pilots", which the verb's own rule reads).
func (s *sent) trainingGiven(i int) bool {
	toks := s.d.toks
	if i > s.lo && s.is(i-1, fBe) {
		return false // "were training at sites in Russia's east"
	}
	if i > s.lo {
		switch toks[i-1].Norm {
		case "for", "in", "during", "after", "before", "under", "into", "through", "from", "by", "begin", "began", "begun", "start", "started", "continue", "continued":
			return false
		}
	}
	if i+1 >= s.hi || toks[i+1].Kind == Punct {
		return true
	}
	if s.sharedTrainingHead(i) {
		return false // "on a training and advisory mission": a modifier of the mission, as "a training mission"
	}
	switch toks[i+1].Norm {
	case "for", "of", "and", "or", "to", "in", "on", "at", "with", "alongside", "plus", "including", "as", "that", "which",
		"under", "through", "over", "will", "would", "is", "are", "was", "were", "has", "have", "had", "could", "should", "may", "might", "must", "can":
		return true
	}
	return false
}

// sharedTrainingHead reports whether "training" at i is the first of two
// modifiers that share one head after them: "a training and advisory
// mission", "training and liaison teams" go where troops go, as "a
// training mission" does; no training is handed over. The word after "and"
// is no determiner ("training and a base" lists two things).
func (s *sent) sharedTrainingHead(i int) bool {
	toks := s.d.toks
	if i+3 >= s.hi || toks[i+1].Norm != "and" && toks[i+1].Norm != "or" {
		return false
	}
	if w := toks[i+2]; w.Kind != Word || w.Cap || s.is(i+2, fDeterminer) {
		return false
	}
	switch toks[i+3].Norm {
	case "mission", "missions", "team", "teams", "exercise", "exercises", "camp", "camps", "centre", "center", "deployment", "contingent", "unit", "units", "role":
		return true
	}
	return false
}

// sourcePeople reports whether the people at i follow "from" with a
// determiner or their state's demonym between: "a letter from a Ukrainian
// soldier", "a message from the troops". ("Troops from Chad" are sent;
// their "from" follows them.)
func (s *sent) sourcePeople(i int) bool {
	toks := s.d.toks
	j := i - 1
	for j > s.lo && i-j <= 3 && (s.is(j, fDeterminer) || toks[j].Cap && toks[j].Kind == Word) {
		j--
	}
	return j >= s.lo && j < i-1 && toks[j].Norm == "from"
}

// paidPeople reports whether the people named in [i, end) are paid, not
// sent: the object of "pay" ("to pay soldiers"), or the owners of wages
// ("soldiers' salaries", "the troops' pay").
func (s *sent) paidPeople(i, end int) bool {
	toks := s.d.toks
	j := i - 1
	if j > s.lo && (s.is(j, fDeterminer) || toks[j].Norm == "its" || toks[j].Norm == "their") {
		j-- // "pay the soldiers", "pay its fighters"
	}
	if j >= s.lo {
		switch toks[j].Norm {
		case "pay", "pays", "paid", "paying":
			return true
		}
	}
	if end+1 < s.hi && (toks[end].Norm == "'" || toks[end].Norm == "'s" || toks[end].Norm == "’") {
		switch toks[end+1].Norm {
		case "salaries", "salary", "wages", "pay", "pensions", "stipends":
			return true
		}
	}
	return false
}

// genericWords name weapons, or soldiers, of no kind: "tactical personnel
// and troops" are one item too.
var genericWords = setOf("weapons", "weaponry", "arms", "equipment", "hardware", "materiel", "supplies", "gear",
	"personnel", "troops", "soldiers", "servicemen", "forces")

// forPair reports whether the term at i, of kind ref, is the second of two
// things p is for, of the same kind as the first: "munitions for fighter
// jets and attack helicopters". ("Ammunition for tanks and anti-tank
// missiles" lists a second item.)
//
// "Other" or "similar" after the "and" says the second is of the class of
// the first: "ammunition for machine guns and other firearms".
func (s *sent) forPair(p *phrase, ref materielRef, i int) bool {
	toks := s.d.toks
	if !p.forWhat || ref.Cat != p.forCat || i != p.hi+1 && (i != p.hi+2 || !sameClassWord(toks[p.hi+1].Norm)) {
		return false
	}
	w := toks[p.hi].Norm
	return w == "and" || w == "or"
}

// sameClassWord reports whether w, between "and" and a noun, makes the noun
// the class of what came before: "machine guns and other firearms".
func sameClassWord(w string) bool {
	return w == "other" || w == "similar"
}

// bodyNoun reports whether w, capitalised after capitalised words, ends
// the name of a body: "Air Defence Forces", "Missile Troops".
func bodyNoun(w string) bool {
	switch w {
	case "forces", "force", "troops", "command", "corps", "agency", "directorate", "department", "ministry", "inspectorate", "brigade", "division", "regiment",
		"corporation", "corp", "inc", "ltd", "llc", "plc", "company", "holdings", "airlines", "airways": // "Apache Corporation sold its oil fields"
		return true
	}
	return false
}

// countedDeal reports whether a count stands right before the materiel
// word at i, or one word of a deal's kind before it: "two missile-defence
// sales", "three possible arms sales", "two separate weapons deals".
func (s *sent) countedDeal(i int) bool {
	if s.inQty[i-1-s.lo] {
		return true
	}
	if i-2 < s.lo || !s.inQty[i-2-s.lo] {
		return false
	}
	switch s.d.toks[i-1].Norm {
	case "possible", "potential", "proposed", "separate", "new", "further", "additional", "major", "planned":
		return true
	}
	return false
}

// dealHead reports whether w names a deal that a compound before it may
// describe: "missile-defence sales", "drone-export deals".
func dealHead(w string) bool {
	switch w {
	case "sale", "sales", "deal", "deals", "contract", "contracts", "package", "packages", "agreement", "agreements",
		"purchase", "purchases", "order", "orders", "talks":
		return true
	}
	return false
}

// typesOf returns the end of the names of types that follow the phrase p
// from token i, or -1: "ballistic missiles of the KN-23 and KN-24 types",
// "tanks of the Leopard 2 family" tell what p is, not more goods.
func (s *sent) typesOf(p *phrase, i int) int {
	toks := s.d.toks
	j := p.hi
	if j >= s.hi || toks[j].Norm != "of" {
		return -1
	}
	if j++; j < s.hi && toks[j].Norm == "the" {
		j++
	}
	if j != i || !toks[i].Cap {
		return -1
	}
	for k := i + 1; k < s.hi && k <= i+8; k++ {
		switch t := &toks[k]; {
		case typeNoun(t.Norm):
			return k + 1
		case t.Norm == "and" || t.Norm == "or" || t.Norm == "," || Joiner(toks, k):
		case t.Kind == Number || t.Kind == Word && (t.Cap || t.Upper):
		default:
			return -1
		}
	}
	return -1
}

// typeNoun reports whether w names a kind of a weapon: "the KN-23 type".
func typeNoun(w string) bool {
	switch w {
	case "type", "types", "variant", "variants", "model", "models", "version", "versions", "family", "series", "class":
		return true
	}
	return false
}

// modelPair reports whether the term at i..end is a second variant of the
// model p, joined to it by "and" or "or" before a common noun both share:
// "KN-23 and KN-24 ballistic missiles" name one kind of item.
func (s *sent) modelPair(p *phrase, ref materielRef, i, end int) bool {
	toks := s.d.toks
	if ref.Cat != p.cat || i != p.hi+1 || p.hi-p.lo > 3 || end >= s.hi {
		return false
	}
	if w := toks[p.hi].Norm; w != "and" && w != "or" {
		return false
	}
	if l := &toks[p.hi-1]; l.Kind != Number && !l.Cap && !l.Upper {
		return false // "K2 tanks and K808 armoured vehicles": the first has its own noun, so two items
	}
	// Variants of one family, by the letters their names open with:
	// "KN-23 and KN-24"; "HIMARS and M777 howitzers" are two items. Two
	// models offered as alternatives are one item whichever comes: "could
	// supply Leopard or Pizarro tanks".
	either := toks[p.hi].Norm == "or"
	if !either && (toks[p.lo].Norm != toks[i].Norm || !Joiner(toks, i+1) && toks[i+1].Kind != Number) || !toks[i].Cap || toks[end].Cap {
		return false
	}
	e, next, ok := lex.materiel.Match(toks, end, s.hi)
	return ok && e > end && next.Cat == ref.Cat
}

// countedModels reports whether p, after "and" or "or", names a second
// model of q's kind, with q a name alone right after a count of items:
// "14 MiG-29 and Su-24 aircraft", "500 Krab and Dana howitzers". ("14
// tanks and Dana howitzers" names its heads apart; "Shahed-136 and
// Mohajer-6 drones", counted by none, are two items.)
func (s *sent) countedModels(q, p *phrase) bool {
	toks := s.d.toks
	if p.cat != q.cat || p.lo != q.hi+1 || q.hi-q.lo > 3 || q.qty != nil || p.hi-p.lo > 4 {
		return false
	}
	if w := toks[q.hi].Norm; w != "and" && w != "or" || !toks[q.lo].Cap || !toks[q.hi-1].Cap && toks[q.hi-1].Kind != Number || !toks[p.lo].Cap {
		return false
	}
	for k := range s.quants {
		if c := &s.quants[k]; c.Hi == q.lo && c.Currency == "" && !c.Percent && !c.Year {
			return true
		}
	}
	return false
}

// compoundBetween reports whether the tokens in [lo, hi) are one
// hyphenated modifier: "large-calibre", "long-range".
func (s *sent) compoundBetween(lo, hi int) bool {
	toks := s.d.toks
	if hi-lo != 3 || !Joiner(toks, lo+1) {
		return false
	}
	return toks[lo].Kind == Word && toks[lo+2].Kind == Word && !s.is(lo, fStop) && s.actorAt(lo) < 0
}

// The kinds of glue between two materiel terms that joins tells apart.
const (
	glueOther    = iota
	glueExamples // "including", ", such as", "in particular"
	glueList     // ",", "and", ", or"
)

// glueOf classifies the tokens between two terms: after an optional comma,
// "including", "such as" or "in particular" open examples; nothing else, or
// "and" or "or" alone, join a list.
func glueOf(glue []Token) int {
	if len(glue) > 0 && glue[0].Norm == "," {
		glue = glue[1:]
		if len(glue) == 0 {
			return glueList // ", "
		}
	}
	switch len(glue) {
	case 1:
		switch glue[0].Norm {
		case "including":
			return glueExamples
		case "and", "or":
			return glueList
		}
	case 2:
		switch a, b := glue[0].Norm, glue[1].Norm; {
		case exampleSecond(a, b):
			return glueExamples
		}
	}
	return glueOther
}

func mergeCategory(prev *phrase, next materielRef, toks []Token) armsledger.Category {
	// "ammunition for tanks", "spare parts for F-16s": the first is the
	// item; "containers of shells" are counted as containers; examples
	// ("X including Y") are of the kind already named.
	if prev.hi < len(toks) && toks[prev.hi].Norm == "for" || prev.forWhat || prev.cat == armsledger.Container || prev.examples {
		if next.Cat == armsledger.AirDefense && toks[prev.hi-1].Norm == "munitions" && toks[prev.hi].Norm == "for" {
			// "munitions for NASAMS", "munitions for Patriot air defense
			// systems": what an air-defence system fires is its
			// interceptors. ("ammunition for Gepard" keeps its rounds.)
			return armsledger.Missile
		}
		return prev.cat
	}
	// "9 million rounds of artillery": rounds for a weapon are ammunition.
	if prev.cat == armsledger.Ammunition && prev.hi < len(toks) && toks[prev.hi].Norm == "of" && next.Cat != armsledger.Container {
		return prev.cat
	}
	// "Pantsir-class combat vehicle": the named class is the kind of weapon.
	// But a class of vessels is named for a vessel, whatever else bears the
	// name: "Zolfaghar-class fast attack boats" are boats, though a
	// Zolfaghar is a missile too.
	if prev.hi+1 < len(toks) && (toks[prev.hi+1].Norm == "class" || toks[prev.hi+1].Norm == "type") && !(toks[prev.hi+1].Norm == "class" && next.Cat == armsledger.Ship) {
		return prev.cat
	}
	// A generic head ("weapons", "systems") keeps the specific modifier's kind.
	if next.Cat == armsledger.Other && prev.cat != armsledger.Other {
		return prev.cat
	}
	// A drone named, then "aircraft": "MQ-9B remotely piloted aircraft".
	if prev.cat == armsledger.Drone && next.Cat == armsledger.Aircraft {
		return prev.cat
	}
	// A plane named, then "interceptors": "MiG-31 interceptors" are
	// fighters built to intercept, not the missiles of that name.
	if prev.cat == armsledger.Aircraft && next.Cat == armsledger.Missile && prev.hi < len(toks) && interceptorWord(toks[prev.hi].Norm) {
		return prev.cat
	}
	return next.Cat
}

// interceptorWord reports whether w names an interceptor, the word that
// is a missile alone and a fighter after a plane's name.
func interceptorWord(w string) bool {
	return w == "interceptor" || w == "interceptors"
}

// mergeUnit returns the unit of a phrase whose words before the next term
// counted in prev and which is now of kind cat: rounds and containers
// keep their unit while the phrase stays of their kind ("rounds of
// artillery", "containers of shells"); a head of another kind counts the
// phrase in its own ("Extended Range Attack Munition missiles" piece by
// piece, "ammunition containers" as containers).
func mergeUnit(prev, next string, cat armsledger.Category) string {
	if next == "" || prev == armsledger.UnitRound && cat == armsledger.Ammunition || prev == armsledger.UnitContainer && cat == armsledger.Container {
		return prev
	}
	return next
}

// verbUse reports whether a term of one word that is also a verb
// ("supplies", "arms", "ships") is used as one here: after a subject or an
// auxiliary and before an object.
func (s *sent) verbUse(i int) bool {
	toks := s.d.toks
	end := i + 1
	if _, ok := s.verbAt(i); !ok {
		return false
	}
	if i == s.lo {
		return false
	}
	if end < s.hi && (toks[end].Norm == "them" || toks[end].Norm == "him") {
		return true // "buys shells abroad and ships them to Ukraine": a noun takes no object pronoun ("the ships it sent" may take "it")
	}
	if a := s.actorAt(i - 1); a >= 0 && (s.actors[a].possessive || s.actors[a].demonym) {
		return false // "Russia's ships", "Greece's arms", "North Korean ships": a noun
	}
	prev := toks[i-1].Norm
	if s.is(i-1, fBe|fModal) || isAux(prev) {
		return true // "will be financing", "would supply"
	}
	if prev == "to" && i-2 >= s.lo {
		if _, ok := s.verbAt(i - 2); ok && !s.nounUse(i-2) {
			return true // "plans to ship missiles": an infinitive after a verb
		}
	}
	if s.actorAt(i-1) >= 0 || prev == "also" || prev == "to" || prev == "it" || prev == "they" ||
		prev == "does" || prev == "did" || prev == "still" || prev == "already" {
		return end < s.hi && (s.opensObject(end) || s.relativeGap(i))
	}
	if s.is(i-1, fAdverb) && s.actorAt(i-2) >= 0 && !s.actors[s.actorAt(i-2)].possessive && !s.actors[s.actorAt(i-2)].demonym {
		return end < s.hi && (s.opensObject(end) || s.relativeGap(i)) // "Washington then ships"
	}
	if s.is(i-1, fGeneric) && strings.HasSuffix(prev, "s") {
		return end < s.hi && s.opensObject(end) // "Chinese firms ship drones": a plural subject, then its verb
	}
	if (prev == "money" || prev == "cash") && end < s.hi && s.opensObject(end) {
		// "Iranian money funds Hezbollah": a mass noun takes no second
		// noun of money for its head; it is the subject, then its verb.
		v, _ := s.verbAt(i)
		return v.Lemma == "finance"
	}
	return false
}

// relativeGap reports whether the verb at i, after its subject, is in a
// relative clause whose object is the noun before it, with only where the
// goods go after the verb: "weapons that Washington ships to Kyiv", "the
// rifles which Moscow then sells to Bamako".
func (s *sent) relativeGap(i int) bool {
	toks := s.d.toks
	if i+1 >= s.hi || toks[i+1].Norm != "to" {
		return false
	}
	j := i - 1
	if s.is(j, fAdverb) {
		j--
	}
	a := s.actorAt(j)
	if a < 0 {
		return false
	}
	k := s.actors[a].lo - 1
	return k > s.lo && (toks[k].Norm == "that" || toks[k].Norm == "which")
}

// forWhom reports whether the people named at i are whom other goods
// are for: "rifles for troops battling the Maute group", "training for
// pilots and maintenance crews". Not after a request ("asked for troops")
// nor in an exchange ("in return for troops").
func (s *sent) forWhom(i int) bool {
	toks := s.d.toks
	j := i - 1
	for j > s.lo && i-j <= 3 && (s.is(j, fDeterminer) || s.actorAt(j) >= 0 && s.actors[s.actorAt(j)].demonym ||
		toks[j].Kind == Word && !toks[j].Cap && !s.is(j, fStop)) {
		j--
	}
	if j > s.lo+1 && toks[j].Norm == "and" && toks[j-1].Kind == Word {
		// "training for pilots and maintenance crews": the people before
		// "and" are whom the goods are for.
		if _, ref, ok := lex.materiel.Match(toks, j-1, s.hi); ok && ref.Cat == armsledger.Personnel {
			return s.forWhom(j - 1)
		}
		return false
	}
	if j <= s.lo || toks[j].Norm != "for" {
		return false
	}
	switch w := toks[j-1].Norm; w {
	case "ask", "asks", "asked", "asking", "call", "calls", "called", "calling", "appeal", "appeals", "appealed",
		"press", "pressed", "pressing", "request", "requests", "requested", "plead", "pleaded", "lobby", "lobbied",
		"need", "needs", "return", "exchange", "swap", "order", "orders", "contract", "deal",
		"payment", "pay", "paid", "paying", "compensation", "reward", "rewarded", "price", "money":
		return false // "payment for the weapons and troops Pyongyang has sent"
	}
	// Goods of another kind must come before: "for troops" alone may name
	// what a deal was for.
	for k := j - 1; k >= s.lo && j-k <= 12; k-- {
		if s.is(k, fMateriel) {
			return true
		}
	}
	return false
}

// modelledWords are the words before "on", "from" or "of" (or after the
// item: "chassis") that modelOf looks for; fModelled marks them (see
// TestFlagShortcuts).
var modelledWords = setOf("based", "built", "modelled", "modeled", "derived", "developed", "adapted", "chassis", "basis", "hull", "platform")

// modelOf reports whether the item at i (to end) is named only as the
// model of another: "based on the K2 chassis", "derived from the Chinese
// FK-3", "support vehicles on the K2 chassis".
func (s *sent) modelOf(i, end int) bool {
	if !s.has(fModelled) {
		return false // most sentences: none of the words the cases below name
	}
	return s.modelOfRest(i, end)
}

// modelOfRest is modelOf past its first test (see gates in words.go).
func (s *sent) modelOfRest(i, end int) bool {
	toks := s.d.toks
	j := i - 1
	for j > s.lo && i-j <= 3 && s.is(j, fDeterminer) {
		j--
	}
	if a := s.actorAt(j); a >= 0 && (s.actors[a].demonym || s.actors[a].possessive) {
		j = s.actors[a].lo - 1 // "based on the Korean K9", "based on Hanwha Aerospace's Chunmoo system"
		for j > s.lo && s.is(j, fDeterminer) {
			j--
		}
	}
	if j <= s.lo {
		return false
	}
	switch w, v := toks[j-1].Norm, toks[j].Norm; {
	case v == "on":
		return w == "based" || w == "built" || w == "modelled" || w == "modeled" || end < s.hi && baseNoun(toks[end].Norm)
	case v == "from":
		return w == "derived" || w == "developed" || w == "adapted"
	case v == "of":
		return w == "chassis" || w == "basis" // ("supply its version of the weapon": the version is the goods)
	}
	return false
}

// baseNoun reports whether w, after an item, names the part other goods
// are built on: "on the K2 chassis", "on the Boxer hull".
func baseNoun(w string) bool {
	return w == "chassis" || w == "hull" || w == "platform"
}

// gerundNoun reports whether w, a word in -ing, is a noun that modifies
// an item: "early warning aircraft", "training jets", "landing ships".
func gerundNoun(w string) bool {
	switch w {
	case "warning", "training", "landing", "refuelling", "refueling", "tracking", "jamming", "mapping":
		return true
	}
	return false
}

// intransitiveIng reports whether w is the participle of a verb that takes
// no object, so that before a noun it can only describe it: "ageing
// armour", "existing stocks", "dwindling shells". Unlike "producing
// missiles", nothing it is followed by can be its object.
func intransitiveIng(w string) bool {
	switch w {
	case "ageing", "aging", "existing", "dwindling", "upcoming", "ongoing":
		return true
	}
	return false
}

// modifiersJoined reports whether the "and" at j joins two modifiers of one
// named model's item: "ASC 890 airborne surveillance and control aircraft",
// "L-15 advanced jet trainer and light combat aircraft". The word before it
// names no item itself, and a model's name comes just before that.
func (s *sent) modifiersJoined(j int) bool {
	toks := s.d.toks
	plain := func(k int) bool { // a lower-case word that names no item on its own
		if k < s.lo || k >= s.hi || toks[k].Kind != Word || toks[k].Cap || s.is(k, fStop) || s.inQty[k-s.lo] {
			return false
		}
		if s.is(k, fMateriel) {
			if end, _, ok := lex.materiel.Match(toks, k, s.hi); ok && end == k+1 {
				return false // "tanks", "funding"
			}
		}
		return true
	}
	if !plain(j-1) || plural(toks[j-1].Norm) || !plain(j+1) { // "systems and electronic warfare equipment": two items
		return false
	}
	if genericWords[toks[j-1].Norm] || s.is(j-1, fGenericHead) {
		// "air defence equipment and electronic warfare systems", "a
		// Pantsir system and jamming equipment": a noun that heads an item
		// ends it, so what follows "and" is a second item.
		return false
	}
	for k := j - 2; k >= s.lo && j-k <= 4; k-- {
		if s.inQty[k-s.lo] {
			return false
		}
		if t := &toks[k]; t.Kind == Number || t.Kind == Word && (t.Upper || t.Cap && !s.is(k, fStop)) {
			return true
		}
		if !plain(k) {
			return false
		}
	}
	return false
}

// opensObject reports whether token i can open a verb's object: a state, a
// number, a determiner or a materiel word ("ships missiles to Russia").
func (s *sent) opensObject(i int) bool {
	switch s.d.toks[i].Norm {
	case "the", "a", "an", "more", "its", "their", "further", "additional", "new", "another":
		return true
	}
	return s.actorAt(i) >= 0 || s.d.toks[i].Kind == Number || s.is(i, fMateriel)
}

// widen extends a phrase left over its modifiers ("short-range ballistic",
// "domestically produced 170mm self-propelled"), noting demonyms as the
// likely supplier ("Iranian-made", "North Korean").
func (s *sent) widen(p *phrase, floor int) {
	toks := s.d.toks
	glossed := 0 // the tokens of an acronym in brackets, which the reach leaves out
	for j := p.lo - 1; j >= floor && p.lo-j-glossed <= 8; j-- {
		t := &toks[j]
		if t.Norm == ")" && j-2 > floor && toks[j-2].Norm == "(" && toks[j-1].Upper && toks[j-1].Kind == Word && toks[j-3].Kind == Word {
			// A name's acronym in brackets before the head: "AN/APG-83 Active
			// Electronically Scanned Array (AESA) radars" is one item.
			j -= 2
			glossed += 3
			p.lo = j
			continue
		}
		if a := s.actorAt(j); a >= 0 {
			m := &s.actors[a]
			// "Iranian drones", "US-made jets"; a plain country name before
			// an item is more often a verb's object ("promised Russia missiles").
			// A state body or firm right before the item names whose it is:
			// "Wagner Group mercenaries", "Rosoboronexport helicopters".
			ownBody := m.ref.kind == kindInstitution && m.hi == p.lo && m.prep == ""
			// So after a count taken of them: "24 of the Boeing
			// helicopters" are a count of the firm's helicopters, as "24
			// Boeing helicopters" are.
			ownBody = ownBody || m.ref.kind == kindInstitution && m.hi == p.lo && s.countOfThe(m.lo)
			// After a verb that carries ("carrying US munitions"), a state's
			// name before the item is whose it is, not an object.
			carried := m.ref.kind == kindCountry && m.hi == p.lo && m.lo > s.lo && s.carryingVerb(m.lo-1)
			// "$1.3 billion in US military aid": whose aid it is. So after
			// "worth of", which no verb's object follows: "$90 billion worth
			// of U.S. weapons".
			inAid := p.cat == armsledger.Funding && m.hi == p.lo && m.prep == "in" && m.ref.kind != kindDemonym ||
				m.hi == p.lo && m.prep == "of" && m.ref.kind == kindCountry && m.lo-2 >= s.lo && toks[m.lo-2].Norm == "worth"
			// A state's initials before the item, after no verb, are
			// attributive: "about 1,000 U.S. military personnel", "UK
			// troops" (an object needs "the": "sold the U.S. missiles").
			initials := m.ref.kind == kindCountry && m.hi == p.lo && m.hi == m.lo+1 && toks[m.lo].Upper && m.lo > s.lo && m.prep == "" &&
				toks[m.lo-1].Norm != "the" && !s.is(m.lo-1, fVerb)
			// So opening the sentence, "the" or not, before a noun that is
			// no verb: "US shells have arrived in Ukraine" ("UK arms
			// Ukraine" has its verb there).
			initials = initials || m.ref.kind == kindCountry && m.hi == p.lo && m.hi == m.lo+1 && toks[m.lo].Upper && m.prep == "" && !s.is(p.lo, fVerb) &&
				(m.lo == s.lo || m.lo-1 == s.lo && toks[s.lo].Norm == "the")
			// So after "of" that a share takes: "24 percent of U.S. arms
			// exports", or a weight: "50,000 tonnes of U.S. equipment".
			initials = initials || m.ref.kind == kindCountry && m.hi == p.lo && m.hi == m.lo+1 && toks[m.lo].Upper && m.prep == "of" &&
				m.lo-2 >= s.lo && (s.inQty[m.lo-2-s.lo] || s.weighed(m.lo-2))
			// So after "of" that a buyer or a transfer noun takes ("the
			// largest recipient of US arms", "deliveries of U.S. weapons"),
			// and after a verb of getting, which takes no second object
			// ("Israel received US arms", "bought UK jets").
			initials = initials || m.ref.kind == kindCountry && m.hi == p.lo && m.hi == m.lo+1 && toks[m.lo].Upper && m.lo-1 > s.lo && s.initialsOwn(m.lo-1)
			if !m.demonym && !ownBody && !carried && !inAid && !initials && !(m.ref.kind == kindCountry && m.hi < s.hi && Joiner(toks, m.hi)) || m.possessive {
				break
			}
			// "Iranian drones", "Iranian-made drones", "North Korean troops".
			if p.demonym == nil {
				p.demonym = s.d.tags.newCodes(1) // cut from a block, not allocated
			}
			p.demonym = slices.Insert(p.demonym, 0, m.ref.Code) // in the text's order: "Danish and Dutch"
			j = m.lo
			p.lo = m.lo
			continue
		}
		if t.Kind == Number || s.inQty[j-s.lo] {
			// A calibre ("152mm") or a model number ("Leopard 2") is a
			// modifier; a count is not.
			calibre := t.Kind == Number && j+1 < s.hi && (toks[j+1].Norm == "mm" || toks[j+1].Norm == "-")
			// "MiG-29" is a model; "10-12" is a range.
			model := t.Kind == Number && j > s.lo && !t.Space && (toks[j-1].Kind == Word || Joiner(toks, j-1) && j-2 >= s.lo && toks[j-2].Kind != Number)
			// A number the quantity parser left alone after a capitalised
			// word names a model: "Type 054A", "Leopard 2".
			model = model || t.Kind == Number && j > s.lo && !s.inQty[j-s.lo] && toks[j-1].Cap && toks[j-1].Kind == Word
			// "Block 70/72": variants of one model, as "F-16A/B" is.
			model = model || t.Kind == Number && j-2 >= s.lo && !t.Space && toks[j-1].Norm == "/" && !toks[j-1].Space && toks[j-2].Kind == Number
			if !calibre && !model {
				break
			}
		}
		if s.demonymListed(p, j, floor) {
			p.lo = j // "Danish and Dutch jets", "British, French and German tanks": each state's
			continue
		}
		if t.Norm == "/" && !t.Space && j > s.lo && j+1 < s.hi && !toks[j+1].Space && (toks[j-1].Kind == Number || len(toks[j-1].Norm) <= 2) {
			continue // "Type 054A/P", "F-16A/B": variants of one model
		}
		if t.Kind == Punct && !Joiner(toks, j) || t.Norm == "except" || t.Norm == "excluding" || t.Norm == "alongside" {
			break // a preposition opens the phrase: "fought alongside Russian troops" ends the subject before it
		}
		if t.Kind == Word && (!t.Space && j > s.lo && toks[j-1].Kind == Number || j+1 < s.hi && !toks[j+1].Space && toks[j+1].Kind == Number) {
			p.lo = j // a letter inside a model code: the "A" of "M31A2"
			continue
		}
		if t.Kind == Word && j > s.lo && (toks[j-1].Norm == "to" || s.is(j-1, fModal)) && !s.is(j, fMateriel) {
			break // "to make weapons", "would train pilots": an infinitive, not a modifier
		}
		if t.Kind == Word && len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ing") && t.Space && !gerundNoun(t.Norm) && !intransitiveIng(t.Norm) && !s.afterModelCode(j) {
			break // "producing ballistic missiles", "sharing technology"; not "early warning aircraft"
		}
		if t.Norm == "and" && s.modifiersJoined(j) {
			p.lo = j // "ASC 890 airborne surveillance and control aircraft": one aircraft
			continue
		}
		if t.Kind == Word && t.Norm != "used" && usesWord(t.Norm) && j > s.lo && toks[j-1].Kind == Word && !s.is(j-1, fDeterminer) {
			break // "the Polish army operates K2 tanks": the holder's verb, not a modifier ("used F-16s" is one)
		}
		if t.Norm == "used" && j > s.lo && (s.forcesAt(j-1) || fightersNoun(toks[j-1].Norm) || groupNoun(toks[j-1].Norm)) {
			break // "Ukrainian forces used missiles": after those who hold arms, "used" is their verb, not "second-hand"
		}
		if t.Kind == Word && seizureVerb(t.Norm) && j > s.lo && toks[j-1].Kind == Word && (!s.is(j-1, fStop|fDeterminer) || subjectPronoun(toks[j-1].Norm)) {
			// "the navy seized Iranian arms": a verb after its subject, and
			// the seizer's words no part of the goods ("the seized arms" are).
			break
		}
		if t.Kind == Word && s.madeByManner(j) {
			p.lo = j // "50 domestically produced howitzers": how they were made, not a verb
			continue
		}
		if t.Kind == Word && reVerb(toks, j) && s.isTriggerWord(j) && !(j-3 >= s.lo && s.is(j-3, fDeterminer)) {
			break // "the UAE re-exported howitzers to Sudan": a verb, not a compound ("the re-exported howitzers" is one)
		}
		if t.Kind == Word && (s.is(j, fStop) || s.isTriggerWord(j) && !gerundNoun(t.Norm)) && !s.inCompound(j) {
			// A word of a compound modifies whatever it is elsewhere:
			// "mine" and "clearing" in "mine-clearing troops".
			if s.is(j, fIncrement) {
				p.increment = true
			}
			break
		}
		p.lo = j
	}
	if len(p.demonym) > 0 && s.capturedBefore(p) {
		p.demonym = nil
	}
}

// demonymListed reports whether the "and", "or" or comma at j joins a
// demonym before it to the demonym that opens phrase p: "the Danish and
// Dutch jets" are the jets of both states, not the Dutch ones only.
func (s *sent) demonymListed(p *phrase, j, floor int) bool {
	if len(p.demonym) == 0 {
		return false // most phrases
	}
	return s.demonymListedRest(p, j, floor)
}

// demonymListedRest is demonymListed past its first test (see gates in words.go):
// the phrase has a demonym.
func (s *sent) demonymListedRest(p *phrase, j, floor int) bool {
	switch s.d.toks[j].Norm {
	case "and", "or", ",":
	default:
		return false
	}
	if p.lo != j+1 || j-1 < floor {
		return false
	}
	a, b := s.actorAt(j-1), s.actorAt(j+1)
	if a < 0 || b < 0 {
		return false
	}
	m, n := &s.actors[a], &s.actors[b]
	// Under a preposition the two share it: "the first of the Danish and Dutch jets".
	return m.demonym && n.demonym && !m.possessive && (m.prep == "" || m.prep == n.prep || n.prep == "and") && m.hi == j
}

// capturedBefore reports whether "captured" or "trophy" comes before the
// first state named in p: "captured British and American weapons", "trophy
// Russian tanks" were the enemy's, taken in war; who they came from is who
// captured them, not the state that made or once had them.
func (s *sent) capturedBefore(p *phrase) bool {
	for j := p.lo - 1; j >= s.lo && p.lo-j <= 6; j-- {
		// back over the other states of the list: "captured British and"
		if w := s.d.toks[j].Norm; w == "captured" || w == "trophy" {
			return true
		}
		if a := s.actorAt(j); a < 0 || !s.actors[a].demonym {
			if w := s.d.toks[j].Norm; w != "and" && w != "," {
				break
			}
		}
	}
	for j := max(p.lo-1, s.lo); j < p.hi; j++ {
		if s.actorAt(j) >= 0 {
			return false
		}
		if w := s.d.toks[j].Norm; w == "captured" || w == "trophy" {
			return true
		}
	}
	return false
}

// seizureVerb reports whether w is a form of a verb that takes goods from
// their carrier, which news of intercepted shipments puts right before the
// goods: "seized Iranian arms", "intercepted North Korean shells".
func seizureVerb(w string) bool {
	switch w {
	case "seize", "seizes", "seized", "intercept", "intercepts", "intercepted", "confiscate", "confiscates",
		"confiscated", "impound", "impounds", "impounded", "capture", "captures", "captured":
		return true
	}
	return false
}

func subjectPronoun(w string) bool {
	switch w {
	case "it", "they", "he", "she", "we", "i", "you":
		return true
	}
	return false
}

// takesOn reports whether w takes its object after "on": "relied on",
// "spent $2bn on", "a deal on".
func takesOn(w string) bool {
	switch w {
	case "rely", "relies", "relied", "relying", "depend", "depends", "depended", "depending", "spend", "spends",
		"spent", "spending", "focus", "focuses", "focused", "focusing", "agreed", "agree", "agreement", "deal",
		"talks", "negotiations", "decision", "decided", "ban", "embargo", "restrictions", "sanctions", "count", "counting":
		return true
	}
	return false
}

// usedInAt reports whether the words from j up to the term at i say what
// goods are used in or for: "used in", "used for", "used to make", "used in
// the production of".
func (s *sent) usedInAt(j, i int) bool {
	toks := s.d.toks
	if i-j < 2 || i-j > 5 || toks[j].Norm != "used" {
		return false
	}
	switch toks[j+1].Norm {
	case "in", "for":
	case "to":
		return i-j >= 3 && (makingVerb(toks[j+2].Norm) || toks[j+2].Norm == "build") && (i-j == 3 || s.is(j+3, fDeterminer))
	default:
		return false
	}
	for k := j + 2; k < i; k++ {
		if w := toks[k].Norm; !s.is(k, fDeterminer) && !makingWord(w) && w != "of" {
			return false // "used in combat against tanks": not what they go into
		}
	}
	return true
}

// licensedMaking reports whether a licence to make the goods p opens
// them: "a licence to produce CV90 infantry fighting vehicles" gives the
// right to make them, not the vehicles.
func (s *sent) licensedMaking(p *phrase) bool {
	toks := s.d.toks
	j := p.start() + 3 // (the phrase may take in the licence, as a noun's complement)
	if j >= p.end() || !licenceWord(toks[j-3].Norm) {
		j = p.start()
	}
	if j-3 < s.lo || toks[j-2].Norm != "to" || !licenceWord(toks[j-3].Norm) {
		return false
	}
	switch toks[j-1].Norm {
	case "produce", "make", "build", "manufacture", "assemble":
		return true
	}
	return false
}

// makingWord reports whether w is a form of a verb of making, which after
// "technology for" says what the know-how makes.
func makingWord(w string) bool {
	switch w {
	case "producing", "making", "building", "manufacturing", "assembling", "developing", "designing",
		"production", "manufacture", "development":
		return true
	}
	return false
}

// headcountNoun reports whether w counts people joined to a number by a
// hyphen: "1,000-person", "300-strong", "500-man".
func headcountNoun(w string) bool {
	switch w {
	case "person", "strong", "man", "member", "soldier", "troop":
		return true
	}
	return false
}

// carryingVerb reports whether token j is a verb of carrying, which takes
// no state as a second object: "carrying US munitions".
func (s *sent) carryingVerb(j int) bool {
	switch s.d.toks[j].Norm {
	case "carrying", "carried", "transporting", "ferrying", "loaded", "laden", "with":
		return true
	}
	return false
}

// inCompound reports whether token j is joined to a word by a hyphen.
func (s *sent) inCompound(j int) bool {
	return j > s.lo && Joiner(s.d.toks, j-1) || j+1 < s.hi && Joiner(s.d.toks, j+1)
}

func (s *sent) isTriggerWord(j int) bool {
	if s.info[j].flags&(fVerb|fNoun) == 0 {
		return false // most words: neither a verb nor a noun of the lexicons (see verbAt, nounAt)
	}
	return s.isTriggerWordRest(j)
}

// isTriggerWordRest is isTriggerWord past its first test (see gates in words.go).
func (s *sent) isTriggerWordRest(j int) bool {
	if _, ok := s.verbAt(j); ok {
		// "armed drones": the one transfer participle that is mostly an adjective.
		return s.d.toks[j].Norm != "armed"
	}
	_, ok := s.nounAt(j)
	return ok
}

// one is the bound of a count of one, shared by every articleOne count: a
// bound is only read.
var one = 1.0

// articleOne counts one of a system named in the singular after "a", "an"
// or "another" ("will give Ukraine another Patriot air defence system", "an
// Mi-17 transport helicopter"), as the annotation guide's gold does; j is
// where attachQuantity's look back stopped. Goods of no count (funding,
// technology, ammunition, "weapons") and "a batch of" are left uncounted.
func (s *sent) articleOne(p *phrase, j int) *QuantityMatch {
	toks := s.d.toks
	if p.elided || s.inQty[p.lo-s.lo] {
		return nil // "a further two": the count is the phrase's own
	}
	switch p.cat {
	case armsledger.Aircraft, armsledger.Ship, armsledger.AirDefense, armsledger.Artillery, armsledger.ArmoredVehicle, armsledger.Drone, armsledger.Missile:
	default:
		return nil
	}
	a := j - 1
	if j < p.lo && toks[j].Norm == "another" {
		a = j // the look back took "another" as an addition
	}
	ordinal := false
	if a > s.lo && (toks[a].Norm == "new" || toks[a].Norm == "further" || toks[a].Norm == "additional" || laterOrdinal(toks[a].Norm)) {
		ordinal = laterOrdinal(toks[a].Norm)
		a-- // "a third Patriot system" is one more system
	}
	// "its tenth Gripen E fighter": an ordinal the phrase took in as a
	// modifier numbers one more, as one before it does.
	ordinal = ordinal || a+1 < p.hi && laterOrdinal(toks[a+1].Norm)
	// "the second battery of BrahMos missiles": a later ordinal counts one
	// of the unit named before "of", whatever number the goods are in.
	unitOf := ordinal && j < p.lo && unitNoun(toks[j].Norm) && !plural(toks[j].Norm) && toks[j+1].Norm == "of"
	if a >= s.lo && toks[a].Norm == "first" && s.singular(p) {
		// "received its first C-390", "Taiwan's first F-16": an ordinal
		// tells which, not how many; the guide's null, as most gold reads
		// it (23 of the 26 such claims of the read sets).
		return nil
	}
	if a < s.lo || p.hi-1 < p.lo || !unitOf && (plural(toks[p.hi-1].Norm) || p.hi < s.hi && toks[p.hi].Norm == "of") || toks[a+1].Norm == "single" {
		return nil // ("not a single drone" counts none)
	}
	// The goods are the object of a verb of transfer, at once or past the
	// state that gets them, or join goods listed before: "will give Ukraine
	// another Patriot system", "provide Ukraine with a Patriot battery",
	// "Su-25 jets and an Mi-24P helicopter"; not "shot down a Russian Il-20".
	switch k := a - 1; {
	case (k < s.lo || toks[k].Norm == ",") && p.hi+1 < s.hi && s.is(p.hi, fBe) && s.participle(p.hi+1):
		// the subject of a passive: "an Mi-17 transport helicopter is loaded"
	case k < s.lo && s.openingSubject(p):
		// the subject opening the sentence: "A 3,200-ton corvette built by
		// the shipyard has arrived in the Philippines"
	case k < s.lo:
		return nil
	case s.triggerAt(k), toks[k].Norm == "with" || toks[k].Norm == "and":
	case s.carryingVerb(k) || toks[k].Norm == "bringing":
		// the load of a participle of carrying: "landed, carrying an
		// S-400 battery", "arrived, bringing an air defence system"
	case (toks[k].Norm == "over" || toks[k].Norm == "on") && k > s.lo && s.triggerAt(k-1):
		// the particle of a verb of giving: "will hand over an additional
		// Patriot system", "to pass on a MiG-29"
	case s.actorAt(k) >= 0 && s.actors[s.actorAt(k)].lo > s.lo && s.triggerAt(s.actors[s.actorAt(k)].lo-1):
	case ordinal && toks[k].Norm == "of" && s.nounTriggerBefore(k):
		// the object of a noun of transfer, numbered: "took delivery of a
		// second BrahMos battery". With no ordinal the gold is split ("the
		// deployment of a THAAD battery" has no count), so none is given.
	case toks[k].Norm == "for" && s.askedFor(k):
		// what a request asks for: "asked France and Italy for a second
		// SAMP/T battery"
	default:
		return nil
	}
	switch toks[a].Norm {
	case "a", "an":
	case "another":
		p.increment = true
	case "the":
		if !ordinal {
			return nil // "sold the Patriot battery": which, not how many
		}
		// "delivered the second battery": one more, as "a second" is
	case "its":
		if !ordinal {
			return nil // "sold its Patriot battery": which, not how many
		}
		// "handed over its third Patriot battery": one more of the
		// giver's, as "a third" is (not "its first", above).
	default:
		return nil
	}
	return &QuantityMatch{Lo: a, Hi: a + 1, Min: &one, Max: &one, Qualifier: armsledger.Exact}
}

// nounTriggerBefore reports whether the "of" at k follows a noun of
// transfer in its clause, at once or past a short adverbial of time: "took
// delivery of", "took delivery on Friday of".
func (s *sent) nounTriggerBefore(k int) bool {
	for m := k - 1; m >= s.lo && k-m <= 4 && s.d.toks[m].Kind == Word; m-- {
		for n := range s.trigs {
			if t := &s.trigs[n]; t.i == m {
				return t.noun
			}
		}
	}
	return false
}

// oneOf returns a count of one for the "one" before the "of" at token m
// that takes one of goods named after it: "took delivery of one of the
// three BrahMos batteries", "will deploy one of its THAAD batteries". The
// number lexicon reads "one" before "of" as a pronoun ("one of them"), so
// the count is made here, where goods follow; "the one of" stays a
// pronoun. An apposition after a comma tells what the goods named before
// are one of ("Chile bought the Almirante Williams, one of three frigates
// the navy bought"): the whole keeps its count; so does a superlative,
// which ranks rather than counts ("one of the largest U.S. arms deals").
// Or nil.
func (s *sent) oneOf(m int) *QuantityMatch {
	toks := s.d.toks
	o := m - 1
	if o <= s.lo || m+2 >= s.hi || toks[m].Norm != "of" || toks[o].Norm != "one" || toks[o-1].Norm == "," {
		return nil
	}
	if w := toks[m+2].Norm; s.partitive(m+1) && (w == "most" || len(w) > 4 && strings.HasSuffix(w, "est")) {
		return nil
	}
	if qp := (qparser{toks: toks, hi: s.hi}); o > s.lo && qp.is(o-1, nkNotOneBefore) {
		return nil
	}
	return &QuantityMatch{Lo: o, Hi: o + 1, Min: &one, Max: &one, Qualifier: armsledger.Exact}
}

// askedFor reports whether the "for" at k takes the object of a verb of
// asking before it in the clause: "asked for", "asked France and Italy
// for".
func (s *sent) askedFor(k int) bool {
	for n := range s.trigs {
		t := &s.trigs[n]
		if t.i >= k || k-t.i > 8 || t.noun || t.class != classRequest {
			continue
		}
		for j := t.i + 1; j < k; j++ {
			if s.d.toks[j].Kind == Punct {
				return false
			}
		}
		return true
	}
	return false
}

// laterOrdinal reports whether w is an ordinal after "first": "a second
// battery", "a third Patriot system".
func laterOrdinal(w string) bool {
	switch w {
	case "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth":
		return true
	}
	return false
}

// openingSubject reports whether a phrase opening its sentence is the
// subject of the verb of transfer after it, at once, after an auxiliary, or
// past a short participle or prepositional phrase: "A corvette built by the
// shipyard has arrived", "A Patriot battery from Germany arrived".
func (s *sent) openingSubject(p *phrase) bool {
	toks := s.d.toks
	j := p.hi
	if j < s.hi && (s.participle(j) || toks[j].Norm == "from" || toks[j].Norm == "for") {
		for j++; j < s.hi && j-p.hi <= 6 && toks[j].Kind == Word && !isAux(toks[j].Norm) && !s.triggerAt(j); j++ {
		}
	}
	if j < s.hi && isAux(toks[j].Norm) {
		j++
	}
	return j < s.hi && s.triggerAt(j)
}

// singular reports whether a phrase names one thing: its last word is not
// plural ("F-16s" ends in a token "s"), no "of" follows ("the first batch of
// tanks"), and a noun of the same form in both numbers ("aircraft") is the
// subject of a singular verb.
func (s *sent) singular(p *phrase) bool {
	toks := s.d.toks
	if p.hi-1 < p.lo || p.hi >= s.hi || toks[p.hi].Norm == "of" {
		return false
	}
	switch w := toks[p.hi-1].Norm; {
	case plural(w), w == "s":
		return false
	case w == "aircraft" || w == "craft":
		switch toks[p.hi].Norm {
		case "is", "was", "has":
			return true
		}
		return false
	}
	return true
}

// coordinatedAdjective reports whether token j is an adjective of kind
// joined by "and" to the phrase after it: "armoured" in "armoured and
// protected vehicles". Only the participle-shaped adjectives of materiel
// ("armoured", "tracked", "guided") and a few others count, so that a noun
// ("tanks and armoured vehicles") or a verb is never taken for one.
func (s *sent) coordinatedAdjective(j int) bool {
	w := s.d.toks[j]
	if w.Kind != Word || w.Cap || s.is(j, fVerb|fStop) || s.inQty[j-s.lo] {
		return false
	}
	switch w.Norm {
	case "light", "heavy", "anti-tank", "anti-aircraft", "anti-ship", "unmanned":
		return true
	}
	return len(w.Norm) > 4 && w.Norm[len(w.Norm)-2:] == "ed"
}

// weightWord reports whether w is a unit of weight goods are counted in:
// "tonnes of ammunition".
func weightWord(w string) bool {
	return w == "tonnes" || w == "tons"
}

// weighed reports whether token k is a unit of weight after an amount:
// "50,000 tonnes", "800 metric tons".
func (s *sent) weighed(k int) bool {
	toks := s.d.toks
	if !weightWord(toks[k].Norm) {
		return false
	}
	if k-1 > s.lo && toks[k-1].Norm == "metric" {
		k--
	}
	return k-1 >= s.lo && s.inQty[k-1-s.lo]
}

// attachQuantity finds the amount that counts a phrase: just before it ("4.8
// million rounds", "dozens of missiles", "40 more missiles"), or for "Q1 of
// [the promised] Q2 X" the part Q1.
func (s *sent) attachQuantity(p *phrase) {
	toks := s.d.toks
	if k := p.hi; k < s.hi && (licenceWord(toks[k].Norm) || toks[k].Norm == "export" && k+1 < s.hi && licenceWord(toks[k+1].Norm)) {
		return // "30 of its 350 arms export licences": the count is of the licences, not of arms
	}
	j := p.lo
	weighed := false // "130,000 tonnes of ammunition": an amount by weight
	for k := 0; k < 4 && j > s.lo; k++ {
		w := toks[j-1].Norm
		if w == "own" && j-2 > s.lo && (toks[j-2].Norm == "its" || toks[j-2].Norm == "their") {
			j-- // "eight of its own Apaches"
			continue
		}
		if w == "such" && j-2 >= s.lo && s.inQty[j-2-s.lo] {
			j-- // "14 such tanks"
			continue
		}
		if w == "/" && j-3 >= s.lo && toks[j-2].Norm == "an" && s.inQty[j-3-s.lo] {
			j -= 2 // "10 AN/TPQ-36 radars": the joint designation's prefix
			continue
		}
		if unitNoun(w) && j < s.hi && toks[j].Norm == "of" {
			j-- // "three batteries of the BrahMos system": the units are counted
			continue
		}
		if parcelNoun(w) && p.cat == armsledger.Technology && j < s.hi && toks[j].Norm == "of" {
			j-- // "200 packages of missile parts": parts are counted by the package
			continue
		}
		if weightWord(w) && j < s.hi && toks[j].Norm == "of" {
			j--
			if j > s.lo && toks[j-1].Norm == "metric" {
				j--
			}
			weighed = true
			continue
		}
		if s.partitive(j-1) && j-2 > s.lo && toks[j-2].Norm == "of" {
			j-- // "18 of the tanks", "49 of its tanks"
			continue
		}
		if w == "'s" || w == "’s" {
			// "40,000 of the company's shells", "40,000 of Rheinmetall's
			// shells": a count of the owner's goods; "10 batteries of South
			// Korea's Cheongung-II system": a count of its units, as
			// "10 batteries of the Patriot system" is.
			o := j - 2
			for o > s.lo && j-o <= 5 && toks[o].Norm != "of" && toks[o].Kind == Word {
				o--
			}
			if o > s.lo && toks[o].Norm == "of" && (s.inQty[o-1-s.lo] || unitNoun(toks[o-1].Norm)) {
				j = o + 1
				continue
			}
		}
		if (w == "'" || w == "\"") && j-2 >= s.lo && s.inQty[j-2-s.lo] {
			j-- // "'hundreds' of missiles": the amount quoted
			continue
		}
		if w == "promised" || w == "pledged" || w == "planned" {
			j-- // "the first four of its promised MiG-29s"
			continue
		}
		if w == "as" && k == 0 && p.cat == armsledger.Personnel && j-2 > s.lo && (toks[j-2].Norm == "more" || s.quantityEndingAt(j-1) != nil) {
			// "dispatched 4,000 more as reinforcements", "sent a further
			// 3,000 or so as reinforcements": what the count counts is
			// named after "as".
			j--
			continue
		}
		if w == "and" && k == 0 && j-3 >= s.lo && s.coordinatedAdjective(j-2) && (s.quantityEndingAt(j-2) != nil || s.is(j-3, fIncrement) || toks[j-3].Norm == "of") {
			j -= 2 // "hundreds of armoured and protected vehicles": the count is of both
			continue
		}
		if w == "of" || s.is(j-1, fIncrement) || w == "worth" {
			if s.is(j-1, fIncrement) {
				p.increment = true
			}
			j--
			continue
		}
		break
	}
	q := s.quantityEndingAt(j)
	if q == nil {
		q = s.numberOf(p)
	}
	if q == nil {
		q = s.countInAll(p)
	}
	if q == nil {
		if q = s.restatedCount(p); q != nil {
			p.restatedTo = q.Hi
			if q.Hi < s.hi && s.d.toks[q.Hi].Kind == Word {
				p.restatedTo++ // the noun counted: "14 vehicles"
			}
		}
	}
	if q == nil {
		if q = s.apposedCount(p); q != nil {
			p.restatedTo = q.Hi
			if q.Hi < s.hi && s.is(q.Hi, fGenericHead) {
				p.restatedTo++ // the noun counted: "about 40 vehicles"
			}
		}
	}
	if q == nil {
		q = s.oneOf(j) // "will deploy one of its THAAD batteries"
	}
	if q == nil {
		q = s.articleOne(p, j)
	}
	if q == nil && j == p.lo {
		q = s.asMany(j)
	}
	if q == nil {
		p.ofSeveral = s.partOfSeveral(j)
		return
	}
	if weighed {
		p.unit = armsledger.UnitTonne
	}
	p.uncountedPart = s.uncountedPart(q.Lo)
	if p.uncountedPart {
		p.whole = q
	}
	// "500,000 of the promised 1 million shells", "the first 6 of 24
	// jets": the part is what moved.
	for m := q.Lo - 1; m > s.lo && m >= q.Lo-3; m-- {
		if w := toks[m].Norm; w == "of" {
			if q1 := s.quantityEndingAt(m); q1 != nil {
				q, p.whole = q1, q
			} else if q1 := s.oneOf(m); q1 != nil {
				q, p.whole = q1, q // "took delivery of one of the three BrahMos batteries"
			} else if p.share = s.shareOf(m, q); p.share != nil {
				p.whole = q
			}
			break
		} else if w != "the" && w != "a" && w != "an" && w != "promised" && w != "pledged" && w != "planned" && w != "total" && w != "its" && w != "their" {
			break // ("the first two of its 28 jets": the whole is the buyer's order)
		}
	}
	p.qty = q
	if q.Lo > s.lo && s.is(q.Lo-1, fIncrement) {
		p.increment = true // "another 10 tanks"
	}
	if q.Currency != "" {
		p.money = true
	}
}

// parcelNoun reports whether w names the parcels goods are packed in:
// "200 packages of drone components", a count of parts shipped. (Crates
// and boxes of ammunition hold rounds, which they do not count.)
func parcelNoun(w string) bool {
	return w == "packages" || w == "parcels"
}

// unitNoun reports whether w counts a system by its units: "three
// batteries of Patriot", "two squadrons of F-16s".
func unitNoun(w string) bool {
	switch w {
	case "batteries", "battery", "squadrons", "squadron", "regiments", "regiment", "units", "systems", "sets", "pieces", "items":
		return true
	}
	return false
}

// shareOf returns the amount a fraction or percentage ending before "of"
// at token m takes of the whole w: "about a third of the one million
// shells" moved about 333,333 of them, "30% of the 1,000 shells" 300. The
// share keeps its qualifier; an uncertain whole gives none (nil).
func (s *sent) shareOf(m int, w *QuantityMatch) *QuantityMatch {
	if w.Min == nil || w.Max == nil || *w.Min != *w.Max || w.Currency != "" {
		return nil
	}
	for k := range s.quants {
		p := &s.quants[k]
		if p.Hi != m || !p.Fraction && !p.Percent || p.Min == nil {
			continue
		}
		v := *p.Min * *w.Min
		if p.Percent {
			v /= 100
		}
		v = math.Round(v)
		share := *w
		share.Lo, share.Min, share.Max, share.Qualifier = p.Lo, &v, &v, p.Qualifier
		return &share
	}
	return nil
}

// numberOf finds the amount of "the number of containers transferred ...
// is about 5,000": a phrase after "the number of" takes the first count that
// follows a verb of being or of amounting later in the sentence. So does a
// phrase after a plural noun of transfer, whose total a verb of amounting
// gives: "deliveries of Leopard tanks to Ukraine reached 100 vehicles",
// "shipments of shells to Israel have topped 50,000".
func (s *sent) numberOf(p *phrase) *QuantityMatch {
	toks := s.d.toks
	if p.lo-2 < s.lo || toks[p.lo-1].Norm != "of" {
		return nil
	}
	var being bool // whether a verb of being gives the amount too
	put := false   // "Kyiv puts the number of drones handed over at about 2,400"
	switch toks[p.lo-2].Norm {
	case "number", "total", "volume", "count":
		being = true
		put = p.lo-4 >= s.lo && toks[p.lo-3].Norm == "the" && putVerb(toks[p.lo-4].Norm)
	case "deliveries", "shipments", "transfers", "supplies", "exports", "imports", "donations", "sales", "purchases":
	default:
		return nil
	}
	for k := range s.quants {
		q := &s.quants[k]
		if q.Lo < p.hi || q.Percent || q.Fraction || q.Year || q.Currency != "" {
			continue
		}
		for j := q.Lo - 1; j >= p.hi && q.Lo-j <= 4; j-- {
			if w := toks[j].Norm; totalVerb(w) || being && (w == "is" || w == "was" || w == "are" || w == "were") || put && w == "at" {
				return q
			}
		}
	}
	return nil
}

// putVerb reports whether w is "put" as in "put the total at 3.5 million".
func putVerb(w string) bool {
	return w == "put" || w == "puts" || w == "putting"
}

// totalVerb reports whether w says that a total came to an amount:
// "reached", "rose to", "stands at". The verb of being says so of "the
// number of" only ("the number of tanks sent is 30", where "deliveries of
// tanks were 30 days late" tells no count).
func totalVerb(w string) bool {
	switch w {
	case "reached", "reaches", "reach", "totaled", "totalled", "totals", "total", "exceeds", "exceeded",
		"topped", "tops", "stood", "stands", "rose", "risen", "climbed", "grew", "amounted", "amounts", "numbered", "hit":
		return true
	}
	return false
}

// restatedCount finds the count that restates a phrase given in units
// other than items: "one company of Leopard tanks, which comprises 14
// vehicles", "a battalion of tanks, or 31 vehicles", "a squadron of jets
// numbering 12 aircraft".
func (s *sent) restatedCount(p *phrase) *QuantityMatch {
	toks := s.d.toks
	j := p.hi
	if j < s.hi && toks[j].Norm == "," {
		j++
	}
	if j < s.hi && (toks[j].Norm == "which" || toks[j].Norm == "that") {
		j++
		if j >= s.hi || !restatingVerbs[toks[j].Norm] {
			return nil
		}
		j++
	} else if j < s.hi && (toks[j].Norm == "or" || strings.HasSuffix(toks[j].Norm, "ing") && restatingVerbs[toks[j].Norm]) {
		j++
	} else {
		return nil
	}
	if j < s.hi && toks[j].Norm == "of" {
		j++ // "consisting of 14 vehicles"
	}
	for k := range s.quants {
		if q := &s.quants[k]; q.Lo == j && !q.Percent && !q.Fraction && !q.Year && q.Currency == "" {
			return q
		}
	}
	return nil
}

// apposedCount finds the count set after goods that have none, past a
// comma or colon, as an apposition that says how many they are: "the
// fleet of Pbv 302 carriers, about 40 vehicles", "its Caesar howitzers,
// 19 in all", "the tanks, a total of 40",
// "large numbers of Javelins: more than 10,000 by the Pentagon's count".
// The count must end its phrase there (a comma, the sentence's end, "in
// all", "by" a source) or count a noun that only counts the goods again
// ("vehicles", "systems"): "tanks, 40 km from the border" or "jets, 12 of
// them to Poland" are no restatement. Or nil.
func (s *sent) apposedCount(p *phrase) *QuantityMatch {
	toks := s.d.toks
	j := p.hi
	if j+1 >= s.hi || toks[j].Norm != "," && toks[j].Norm != ":" {
		return nil
	}
	j++
	if j+2 < s.hi && toks[j].Norm == "a" && toks[j+1].Norm == "total" && toks[j+2].Norm == "of" {
		j += 3 // "a total of 40"
	}
	var q *QuantityMatch
	for k := range s.quants {
		if c := &s.quants[k]; c.Lo == j && !c.Percent && !c.Fraction && !c.Year && c.Currency == "" {
			q = c
		}
	}
	if q == nil {
		return nil
	}
	e := q.Hi
	switch {
	case e >= s.hi || toks[e].Kind == Punct && toks[e].Norm != "-" && toks[e].Norm != "/":
	case s.is(e, fGenericHead) || toks[e].Norm == "aircraft":
	case e+1 < s.hi && toks[e].Norm == "in" && (toks[e+1].Norm == "all" || toks[e+1].Norm == "total"):
	case toks[e].Norm == "altogether":
	case e+1 < s.hi && toks[e].Norm == "by" && s.partitive(e+1):
	default:
		return nil
	}
	return q
}

// restatingVerbs say what a unit is made of or amounts to.
// ("including" is not one: "heavy weapons, including 10 tanks" names an
// example, whose count is its own.)
var restatingVerbs = setOf("comprises", "comprise", "comprising", "consists", "consist", "consisting",
	"includes", "include", "totals", "total", "totaling", "totalling",
	"numbers", "number", "numbering", "means", "mean")

// valueBefore reports whether a sum of money ends right before token j:
// "a €35 billion submarine deal".
func (s *sent) valueBefore(j int) bool {
	q := s.quantityEndingAt(j)
	return q != nil && q.Currency != ""
}

// bareAsMany adds the item a verb of giving takes as "as many", with no
// noun: "delivered 1.5 million rounds last year and aims to send at least
// as many in 2025" sends at least 1.5 million rounds more. The item is the
// sentence's last, or the text's, and so is the count (see asMany).
func (s *sent) bareAsMany(ps []phrase) []phrase {
	toks := s.d.toks
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.noun || t.passive || t.class != classGive && t.class != classMove {
			continue
		}
		lo := t.i + 1
		j := lo
		switch {
		case j < s.hi && (toks[j].Norm == "about" || toks[j].Norm == "roughly" || toks[j].Norm == "nearly" || toks[j].Norm == "almost"):
			j++
		case j+1 < s.hi && toks[j].Norm == "at" && toks[j+1].Norm == "least":
			j += 2
		}
		if j+1 >= s.hi || toks[j].Norm != "as" || toks[j+1].Norm != "many" {
			continue
		}
		end := j + 2
		if end < s.hi && toks[end].Kind != Punct && !moreEnds[toks[end].Norm] || end < s.hi && toks[end].Norm == "as" {
			continue // "as many tanks" (a phrase of its own), "as many as 48"
		}
		item := s.goodsBefore(ps, lo)
		if item == nil || item.money {
			continue
		}
		q := s.asMany(end)
		if q == nil && item.qty != nil && item.qty.Min != nil && item.qty.Currency == "" {
			// the count told sentences before: "It sent 1.5 million
			// rounds in 2024. It expects to send at least as many in 2025."
			v := *item.qty.Min
			q = &QuantityMatch{Lo: lo, Hi: end, Min: &v, Max: &v, Qualifier: armsledger.Exact}
			switch toks[lo].Norm {
			case "about", "roughly", "nearly", "almost":
				q.Qualifier = armsledger.About
			case "at":
				q.Qualifier, q.Max = armsledger.AtLeast, nil
			}
		}
		if q == nil {
			continue
		}
		ps = insertPhrase(ps, phrase{lo: lo, hi: end, head: j + 1, cat: item.cat, unit: item.unit, qty: q, elided: true, increment: true})
	}
	return ps
}

// asMany returns the count of goods that "as many" right before token j
// counts: the last count the sentence told before it, "about", "nearly"
// or "at least" before "as many" qualifying it: "around 120 self-propelled
// guns and about as many rocket launchers" are about 120 launchers. Or nil.
// ("As many as 48 jets" is a bound the quantities read themselves.)
func (s *sent) asMany(j int) *QuantityMatch {
	toks := s.d.toks
	if j-2 <= s.lo || toks[j-1].Norm != "many" || toks[j-2].Norm != "as" {
		return nil
	}
	lo, qual := j-2, armsledger.Exact
	switch toks[lo-1].Norm {
	case "about", "around", "roughly", "nearly", "almost", "approximately", "some":
		lo, qual = lo-1, armsledger.About
	case "least":
		if lo-2 >= s.lo && toks[lo-2].Norm == "at" {
			lo, qual = lo-2, armsledger.AtLeast
		}
	}
	var prev *QuantityMatch
	for k := range s.quants {
		q := &s.quants[k]
		if q.Hi <= lo && q.Min != nil && q.Currency == "" && !q.Percent && !q.Fraction && !q.Year {
			prev = q
		}
	}
	if prev == nil {
		return nil
	}
	v := *prev.Min
	q := &QuantityMatch{Lo: lo, Hi: j, Min: &v, Max: &v, Qualifier: qual}
	if qual == armsledger.AtLeast {
		q.Max = nil
	}
	return q
}

// quantityEndingAt returns the count quantity whose last token is just before j.
func (s *sent) quantityEndingAt(j int) *QuantityMatch {
	if j <= s.lo || !s.inQty[j-1-s.lo] {
		return nil // most phrases: no quantity ends before them
	}
	return s.quantityEndingAtRest(j)
}

// quantityEndingAtRest is quantityEndingAt past its first test, for callers
// that have made it (sizeCount): a quantity's token is just before j.
func (s *sent) quantityEndingAtRest(j int) *QuantityMatch {
	for k := range s.quants {
		q := &s.quants[k]
		if q.Hi == j && !q.Percent && !q.Fraction && !q.Year {
			return q
		}
	}
	return nil
}

// examplesBetween reports whether words that open examples stand between
// tokens lo and hi, in one clause: "military aid to Ukraine, including".
func (s *sent) examplesBetween(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if w := s.d.toks[j].Norm; w == ";" || w == "." {
			return false
		}
		if s.exampleCue(j) > 0 {
			return true
		}
	}
	return false
}

// programmeHelp adds to the phrases the noun "help" with or for a state's
// arms programme ("provided air defence equipment and help with its
// satellite programme", "help for the North's satellite programme"): it
// is know-how given (FORMAT.md: technology) that a verb of giving may take
// as its goods. "help" is no materiel word, as it mostly says why goods go
// ("to help Ukraine"); the verb "to help with" is left to helpAt.
func (s *sent) programmeHelp(out []phrase) []phrase {
	toks := s.d.toks
	for _, i := range s.rareFrom(s.lo) {
		if toks[i].Norm != "help" || i+2 >= s.hi || toks[i+1].Norm != "with" && toks[i+1].Norm != "for" {
			continue
		}
		if i > s.lo && (toks[i-1].Norm == "to" || s.is(i-1, fModal)) {
			continue // the verb: "will help with"
		}
		e := s.programmeAt(i + 2)
		if e < 0 {
			continue
		}
		k := 0
		for k < len(out) && out[k].lo < i {
			k++
		}
		if k > 0 && out[k-1].hi > i || k < len(out) && out[k].lo < e {
			continue // within another phrase
		}
		p := phrase{lo: i, hi: e, head: i, cat: armsledger.Technology, unit: armsledger.UnitItem}
		out = slices.Insert(out, k, p)
	}
	return out
}
