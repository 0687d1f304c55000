package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"armsledger"
)

// roleResult is who sends and who receives in one frame, the tokens of the
// words that said so, the rule that decided, and how sure it is.
type roleResult struct {
	sup, rec []string
	lo, hi   int
	rule     string
	conf     float64
	// open is true when the text names the supplier without naming a
	// state ("called on Western countries to give"): none is inherited.
	open bool
	// status, when set, is the status the frame takes from the claim it
	// continues.
	status armsledger.Status
	// byRecipient is true when the frame is told from the recipient's
	// side: "India signed an agreement for the supply of ...".
	byRecipient bool
	// agentless is true for goods a passive with no agent says went to a
	// recipient: "Ten tanks were sent to Ukraine" (see mayLeaveSupplierOpen).
	agentless bool
	// displaced is true when the frame's only supplier is a state another
	// party, no state, displaced: "Europe has overtaken the United States
	// as the largest source of aid to Ukraine". It tells no flow.
	displaced bool
	// barredGeneric and barredFrom are what barredGeneric and barredFrom
	// return for the trigger: roles reads both, and frames asks again for
	// the status.
	barredGeneric, barredFrom int
	// viaRoute is true when the supplier is only where a route starts,
	// "from Iraq through Syria to Lebanon": goods named by their maker's
	// demonym come from that maker instead.
	viaRoute bool
	// buysFor is true when the buyer gives what it buys to a third state
	// ("would buy air defence systems from Germany for Ukraine"): whom it
	// buys from sells to it, not to the third.
	buysFor bool
}

// take records the actor group a as a role and widens the evidence to it.
func (r *roleResult) take(s *sent, a int) []string {
	codes, lo, hi := s.group(a)
	// The evidence ends on "Russia's Kursk region" and "Russian ports", not
	// on "Russia's" and "Russian".
	if last := s.actorAt(hi - 1); last >= 0 && s.actors[last].possessive {
		hi = s.stateNounEnd(hi)
	} else if last >= 0 && s.actors[last].demonym && s.actors[last].ref.kind == kindPlace {
		if end, ok := s.placeNounEnd(hi); ok {
			hi = end
		}
	} else if last >= 0 && s.actors[last].demonym && s.actors[last].ref.kind == kindInstitution {
		// "to Palestinian groups", "to the German air force": not "to
		// Palestinian", "to the German".
		for n := 0; n < 3 && hi < s.hi && (s.is(hi, fGovernment) || s.d.toks[hi].Norm == "force"); n++ {
			hi++
		}
	}
	if s.d.toks[lo].Norm == "which" {
		lo = s.whichAntecedent(lo) // "South Korea, which has refused to send": the name, not the pronoun
	}
	if lo < r.lo {
		r.lo = lo
	}
	if hi > r.hi {
		r.hi = hi
	}
	return codes
}

// roles reads the supplier and recipient of a frame from prepositions ("to
// X", "from X", "by X"), the verb's subject and object ("X provided Y with
// Q"), and possessives ("X's shipment"), by what the trigger word means.
func (s *sent) roles(t trigger, g group) roleResult {
	r := roleResult{lo: t.i, hi: t.i + 1, conf: 0.8}
	end := s.regionEnd(&t, &g)
	start := min(t.i, g.lo)
	pp := s.ppTable(start, end)
	if to := pp[ppTo]; to >= 0 && !t.noun && t.i < g.lo && s.actors[to].hi < g.lo {
		if a := s.ownTo(g); a >= 0 {
			pp[ppTo] = a // "sent tanks to Syria and jets to Iran": the jets went to Iran
		}
	}
	subj := s.subject(t)
	if a := s.gerundSubject(&t); a >= 0 {
		subj = a // "stand in the way of Britain selling Eurofighters": Britain sells
	}
	if a, v := s.exchangeSubject(&t); a >= 0 {
		subj = a // "Russia has asked Sudan for a base in exchange for supplying the army with weapons": Russia supplies
		if v.Class == classRequest || v.Class == classCommit || v.Class == classPlan {
			r.status = armsledger.Expected // what is offered for what is asked is not yet given
		}
	}
	absMain := -1 // the main clause's subject, when t is the verb of "with X providing ..."
	if w, with := s.withClause(&t); w >= 0 {
		// "Argentina agreed to buy 24 F-16s, with the United States
		// approving the transfer and providing $40 million": the United
		// States provides, to Argentina.
		subj = w
		if a, buys := s.withMainRecipient(with); buys {
			absMain = s.subject(trigger{i: with})
			if u := s.purchaseBefore(with); u != nil && t.class == classGive {
				// "agreed to buy 24 F-16s, with Washington contributing $40
				// million toward the purchase": the money is bound as the
				// purchase is, not paid out.
				if st := s.status(*u, g); st == armsledger.Committed || st == armsledger.Expected {
					r.status = st
				}
			}
		} else {
			absMain = a
		}
		if n := len(s.d.claims); absMain < 0 && n > 0 && s.d.claims[n-1].sent == s.idx && strings.HasPrefix(s.d.claims[n-1].rule, "give.") && len(s.d.claims[n-1].rec) > 0 && t.class == classGive {
			// "Germany is sending Ukraine tanks, with Poland supplying
			// shells": one more giver to whom the main clause gives.
			absMain = s.pseudo(actorMention{ref: actorRef{Code: s.d.claims[n-1].rec[0]}, codes: s.d.claims[n-1].rec}, with)
		} else if absMain >= 0 && subj >= 0 {
			if codes, _, _ := s.group(absMain); slices.Contains(codes, s.actors[subj].ref.Code) {
				// "Sweden and Norway have signed up, with Stockholm pledging
				// SEK 300 million": one of the main clause's subjects, which
				// gives, receives nothing from itself.
				absMain = -1
			}
		}
	}
	if with := s.withCountedStates(&t); with >= 0 {
		// "Ukraine was the largest importer, with at least 35 states
		// supplying major arms": states counted, none named, give to the
		// importer.
		subj = -1
		if _, buys := s.withMainRecipient(with); buys {
			absMain = s.subject(trigger{i: with})
		}
	}
	if j := s.joinedIn(&t); j >= 0 {
		// "Germany will also join the United States in providing Ukraine
		// with a Patriot battery": who joins gives.
		if a := s.subject(trigger{i: j}); a >= 0 {
			subj = a
		}
		// The joining tells when: "will join" promises the giving.
		if st := s.status(trigger{i: j, class: classGive, lemma: "give"}, g); st == armsledger.Expected {
			r.status = st
		}
	}
	if subj < 0 {
		subj = s.ownCountry(t.i)
	}
	if subj < 0 {
		subj = s.countrySubject(t.i)
	}
	if subj < 0 && s.d.tags.generic && !t.noun {
		// "Chinese firms shipped drone engines to Russia": the firms'
		// state, which the demonym on them names.
		if g0 := t.i - 1 - s.chainBefore(t.i); g0 > s.lo && s.is(g0, fGeneric) {
			d := g0 - 1 // past words between: "Serbian defence companies", "Chinese state-owned firms"
			for d > s.lo && g0-d <= 4 && s.actorAt(d) < 0 && (s.d.toks[d].Kind == Word && !s.d.toks[d].Cap && !s.is(d, fStop) || Joiner(s.d.toks, d)) {
				d--
			}
			if a := s.actorAt(d); a >= 0 && s.actors[a].demonym && s.actors[a].prep == "" && s.actors[a].hi == d+1 {
				subj = a
			} else if a := s.listBefore(g0); a >= 0 {
				subj = a // "Denmark, Norway, Sweden and the three Baltic states will finance": the states named
			}
		}
	}
	r.barredGeneric = s.barredGeneric(&t)
	barredGroup := r.barredGeneric >= 0
	if barredGroup {
		subj = -1 // "Washington blocked allies from sending the jets": the allies would give, no state named
	}
	r.open = subj < 0 && (barredGroup || s.nounSubject(t.i) || s.d.tags.generic && t.i-1-s.chainBefore(t.i) >= s.lo && s.is(t.i-1-s.chainBefore(t.i), fGeneric))
	if subj >= 0 && !s.actors[subj].speaker {
		s.d.tags.subject = s.actors[subj]
		s.d.tags.subject.codes, _, _ = s.group(subj)
		s.d.lastSubject = &s.d.tags.subject
	}
	obj := -1
	if !t.noun && !t.passive {
		obj = s.objectActor(t.i, end)
		if obj >= 0 && s.ownTroops(obj, &g) {
			obj = -1 // "Belarus allowed Russian troops to attack": Russia's own men, not given to it
		}
		if obj < 0 {
			obj = s.objectPronoun(&t, &g, subj)
		}
	}
	poss := -1
	if t.noun {
		poss = s.possessor(t.i)
		if poss < 0 {
			poss = s.whoseOwner(t.i)
		}
		if poss < 0 && t.class == classGive && s.ownGifts(t.i) {
			poss = s.pronounActor(t.i - 1) // "Estonia has pledged more aid; its donations so far exceed €500 million"
		}
		if j := s.ownExports(t.i); poss < 0 && j >= 0 {
			poss = s.pronounActor(j) // "Israel is a leading exporter: its defence exports hit $14.8 billion"
		}
		if subj < 0 {
			subj = s.subject(s.governor(t))
		}
		if gv := s.governor(t); subj < 0 && gv.i != t.i {
			subj = s.countrySubject(gv.i) // "the administration had paused one shipment"
			if subj < 0 && gv.class == classDeny {
				subj = s.haltingBody(gv.i) // "A Dutch appeals court ordered the government to halt all exports"
			}
		}
		if subj >= 0 && s.observedBetween(s.actors[subj].hi, t.i) {
			subj = -1 // "Seoul was watching for transfers": the watcher is no party
		}
		if subj >= 0 && s.causeBefore(t.i) {
			subj = -1 // "Kyiv expelled the envoy because of the supply of Iranian drones": it acts on the transfer, takes no part
		}
	}
	if t.noun {
		if k := s.involvedIn(t.i); k >= 0 {
			// "sanctions against Iranian persons and a company involved in
			// the supply of these drones": those involved supply, not who
			// punishes them.
			subj, poss = -1, -1
			for j := k - 1; j >= s.lo && k-j <= 6; j-- {
				if a := s.actorAt(j); a >= 0 && s.actors[a].prep != "to" && s.actors[a].prep != "from" {
					subj = a
					break
				}
			}
		}
	}
	if r.barredFrom = s.barredFrom(&t); r.barredFrom >= 0 {
		subj = r.barredFrom // "Germany blocked Poland from sending tanks": Poland would give
	}
	if routeWord(t.lemma) {
		subj, poss = -1, -1 // "it seized parts en route to (bound for) the Houthis": the seizer sends nothing
	}
	if t.noun && s.namedAs(t.i) {
		subj = -1 // "French officials called it the biggest ever overseas order for the Rafale": who names the deal is no party to it
	}
	by, from, to := pp[ppBy], pp[ppFrom], pp[ppTo]
	if from >= 0 && s.portNamed(from) {
		// "tanks shipped from Guinea's port of Conakry to Mali": a port
		// the goods pass through, whatever state it is in; their demonym
		// or the flow told before says whose they are.
		from = -1
	}
	if to < 0 {
		to = s.frontedTo(start) // "To Ukraine, Germany sent 10 tanks"
	}
	if to < 0 && !t.noun && t.i < g.lo && len(g.phrases[0].demonym) == 0 {
		// "has not allowed lethal weapons to reach Ukraine": where the
		// goods would go. (Another state's goods, "allowed Iranian rifles
		// to reach Hamas", pass through; who lets them is no giver.)
		to = s.reachedAfter(g.hi)
	}
	if o := s.onwardTo(to); o >= 0 {
		to = o // "flew rifles to Poland for onward delivery to Ukraine": where they were bound
	}
	if o := s.schemeFor(to); o >= 0 {
		to = o // "contribute 250 million euros to the Czech initiative to buy shells for Ukraine": the scheme passes it on
	}
	if from >= 0 && s.comparedBetween(g.hi, s.actors[from].lo) {
		from = -1 // "€72 billion in military aid, compared with €65 billion from the United States"
	}
	if by >= 0 && t.noun && s.otherAgent(by) {
		by = -1 // "the new commitment ... was welcomed by Zelensky": the welcomer gives nothing
	}
	if by >= 0 && s.rankedAfter(by) {
		by = -1 // "Saudi Arabia, which took 12% of American exports, followed by Ukraine": the next in a ranking
	}
	if a := s.arrangedBy(&t); by < 0 && a >= 0 && (t.class == classGive || t.class == classMove) {
		by = a // "Turkey arranged for Syrian fighters to be flown to Libya": who arranges the passive's transfer makes it
	}
	if w := -1; to < 0 && !t.noun && !t.passive && (t.class == classGive || t.class == classSell) {
		if w = s.negotiatedWith(t.i); w >= 0 && w != subj {
			to = w // "Italy agreed with Egypt to sell two frigates": whom the seller deals with buys
		}
	}
	if to < 0 {
		to = pp[ppFor]
	}
	if a := s.frontedRelative(&t, subj); a >= 0 {
		// "Italy, from which it bought two vessels": the preposition
		// before the relative pronoun is the clause verb's.
		switch s.actors[a].prep {
		case "from":
			if from < 0 {
				from = a
			}
		case "to":
			if to < 0 {
				to = a
			}
		}
	}
	takes := -1
	if t.noun && (t.class == classGive || t.class == classMove || t.class == classSell) {
		// "Taiwan took delivery of tanks": the subject of the verb of
		// receiving that governs the noun receives.
		if gv := s.governor(t); gv.i < t.i && (gv.class == classReceive || gv.class == classBuy) {
			takes = s.subject(gv)
		} else if t.class == classSell && gv.i < t.i && gv.lemma == "sign" && s.forAfterDeal(t.i) {
			// "Warsaw signed a $4.75bn deal for 250 tanks": who signs a deal
			// for goods is buying them.
			takes = s.subject(gv)
		} else if gv.i < t.i && gv.lemma == "sign" && s.forThe(t.i) {
			// "India signed an agreement for the supply of the S-400": who
			// signs for a supply gets it.
			takes = s.subject(gv)
		} else if a := s.signatureOf(t.i); t.class == classSell && a >= 0 {
			// "India's signature last month of a deal for 26 Rafale Marine
			// jets": who signs a deal for goods is buying them.
			takes = a
		} else if v := s.shownBy(t.i); v >= 0 && from >= 0 && s.actors[from].lo > t.i {
			// "Mali's authorities put on show a new batch of military
			// aircraft from Russia": who shows goods come from abroad has them.
			takes = s.subject(trigger{i: v})
			for j := v - 1; takes < 0 && j >= s.lo && v-j <= 8; j-- {
				if a := s.actorAt(j); a >= 0 && s.actors[a].prep == "" && s.actors[a].lo == s.lo {
					takes = a // "Mali's transitional authorities put on show": the state whose body shows them
				}
			}
		}
	} else if t.noun && t.class == classCommit && letterNoun(s.d.toks[t.i].Norm) && s.forAfterDeal(s.pastKindOfDeal(t.i+1)-1) {
		// "Riyadh signed letters of intent for $110bn in arms": a letter
		// of intent is a deal to buy, so who signs one for goods or a sum
		// buys, as with "signed deals for".
		if gv := s.governor(t); gv.i < t.i && gv.lemma == "sign" {
			takes = s.subject(gv)
		}
	} else if t.noun && t.class == classCommit && t.i+1 < s.hi && s.d.toks[t.i+1].Norm == "for" && g.phrases[0].cat != armsledger.Funding {
		// "Egypt signed an agreement for 24 jets with France": an
		// agreement for goods is a deal for them (one "for £2.26 billion"
		// may be a loan the signer gives).
		if gv := s.governor(t); gv.i < t.i && gv.lemma == "sign" {
			takes = s.subject(gv)
		} else if gv.i < t.i && !gv.noun && leaveNoun(t.lemma) && leaveVerb(s.d.toks[gv.i].Norm) == leaveGot && s.leaveGrantor(t.i) >= 0 {
			// "The UAE received US approval for Chinook helicopters": who
			// gets leave for goods gets them, from the state whose leave
			// it is.
			takes = s.subject(gv)
		} else if k := s.leaveGotAt(t.i); k >= 0 {
			// "won Washington's approval for 12 jets", and with no grantor
			// named, "Turkey won approval for 40 new F-16s": a state still
			// gets the goods; a maker gets leave to sell them.
			if a := s.subject(trigger{i: k}); s.leaveGrantor(t.i) >= 0 || a >= 0 && !s.firm(a) {
				takes = a
			}
		}
	}
	if to < 0 && t.noun {
		// "began sending material to Moscow ... in the shipments": the verb
		// that governs the noun names where it went.
		if gv := s.governor(t); gv.i < t.i {
			to = s.ppActor(gv.i, t.i, "to", "into")
		}
	}
	if t.giver > 0 {
		return s.compoundRoles(&t, &g, r)
	}
	k := t.i - 1 - s.chainBefore(t.i)
	relative := !t.noun && k >= s.lo && s.relativeAt(k) // "the deal with the Philippines, which received 12 jets in 2015"
	if sup, rec, ok := s.dealRoles(&t); ok && !relative {
		r.sup, r.rec, r.rule = r.take(s, sup), r.take(s, rec), "deal.with"
		return r
	}
	if seller := s.signedWithFor(&t, &g); seller >= 0 && subj >= 0 && subj != seller {
		// "Malaysia signed with Turkish shipbuilder STM in 2024 for three
		// littoral mission ships": who it signed with sells, as in a deal
		// "with" them.
		r.sup, r.rec, r.rule = r.take(s, seller), r.take(s, subj), "deal.with"
		return r
	}
	won := s.wonDeal(&t) // read once for the two readings below
	if w := won; w >= 0 && from >= 0 && s.actors[from].lo > t.i {
		// "Hanwha won a contract from Australia for 129 vehicles", "LIG
		// Nex1 won an order for the Cheongung-II from the UAE": who wins an
		// order sells to whom it came from.
		winner := s.subject(trigger{i: w})
		if a := s.actorAt(w - 1); winner < 0 && a >= 0 && s.actors[a].prep == "" {
			winner = a // "LIG Nex1 won": the name just before
		}
		// ("Indonesia clinched a deal for 42 Rafale jets from France": the
		// goods' maker is whom they come from, and the subject buys.)
		madeByFrom := s.d.makerOf(&g.phrases[0]) == s.actors[from].ref.Code
		if winner >= 0 && s.actors[winner].ref.Code != s.actors[from].ref.Code && !madeByFrom {
			r.sup, r.rec, r.rule = r.take(s, winner), r.take(s, from), "sell.won"
			r.status = armsledger.Committed
			return r
		}
	}
	if w := won; w >= 0 && from < 0 && s.unnamedBuyer(t.i, min(s.hi, s.pastValue(t.i+1)+7)) {
		// "Rheinmetall received an order from an international customer",
		// "Elbit won a contract from an Asian country": the winner sells,
		// to a buyer left open. The deal's worth may stand between ("won
		// an order worth $100 million from an unnamed African country").
		winner := s.subject(trigger{i: w})
		if a := s.actorAt(w - 1); winner < 0 && a >= 0 && s.actors[a].prep == "" {
			winner = a
		}
		if winner >= 0 {
			r.sup, r.rule, r.status = r.take(s, winner), "sell.won", armsledger.Committed
			return r
		}
	}
	if t.class == classExchange {
		return s.exchangeRoles(&t, &g, r)
	}
	if t.class == classContent {
		// "The package also includes 100 M113s": what the transfer just
		// told holds.
		// An amount no frame governs yet ("The package, worth $2.5
		// billion, includes ...") has no status of its own: the claim
		// before it tells the transfer.
		r.rule = "content.of"
		if buyer := s.purchasesOf(t.i); buyer >= 0 {
			// "Qatar's purchases included F-15 jets from the US": what a
			// state bought or imported came to it, from where "from" says.
			// Each of a list names its own seller: "F-15 jets from the US
			// and Rafale jets from France".
			r.rec, r.status = r.take(s, buyer), armsledger.Delivered
			if a := s.fromRightAfter(&g); a >= 0 {
				r.sup = r.take(s, a)
			}
			return r
		}
		gifts := s.ownGiftsBefore(t.i) || s.pastDeliveries(t.i) // "Its contributions include": the giver's own gifts, come already
		st, pk, packaged := s.packageBefore(t.i)
		if packaged {
			// "Washington's latest package for Kyiv includes ...": the
			// package names its own giver and recipient. A possessive far
			// before it owns something else: "the White House's disclosure
			// that North Korea had completed an arms delivery to Wagner,
			// consisting of rockets". So may a demonym far before it: "The
			// French order came after the UAE suspended talks with
			// Washington on a package that included 50 F-35s".
			r.status = st
			if st != armsledger.Denied && s.futureContent(t.i) {
				// "The first shipments are expected to include Patriot
				// missiles", "The package will include rockets": what
				// the package is to hold is still to come, whatever the
				// package noun tells.
				r.status = armsledger.Expected
			}
			for a := range s.actors {
				m := &s.actors[a]
				switch {
				case m.lo >= t.i:
				case m.speaker && m.prep == "":
					// "Israeli officials say recent shipments included
					// ...": who tells of the package gives none of it.
				case (m.possessive || m.demonym) && m.hi >= pk-4 && m.prep == "" && len(r.sup) == 0 || m.prep == "by" && s.signedBy(m.lo) && len(r.sup) == 0:
					r.sup = r.take(s, a) // "Washington's package", "the legislation signed by President Biden"
				case (m.prep == "for" || m.prep == "to") && len(r.rec) == 0:
					r.rec = r.take(s, a)
				case m.prep == "from" && m.lo > pk && len(r.sup) == 0 && m.ref.kind != kindPlace:
					// "Deliveries from Germany to Ukraine have included
					// ...": whence the package comes is its giver.
					r.sup = r.take(s, a)
				}
			}
			if c := s.att.speaker.code; len(r.sup) == 0 && len(r.rec) > 0 && len(c) == 2 && c != "EU" && !slices.Contains(r.rec, c) {
				// "Pentagon Press Secretary John Kirby told reporters that the
				// new $800 million package for Ukraine includes ...": a
				// package no one is said to give is the speaker's state's.
				r.sup = []string{c}
			}
		}
		if len(r.sup) == 0 {
			if buyer, seller := s.dealSignedWith(t.i); seller >= 0 || buyer >= 0 && len(r.rec) == 0 {
				// "The contract Poland signed with South Korea covers 180
				// K2 tanks", "The deal, signed with Hyundai Rotem, covers
				// ... for Poland": who it was signed with sells, who
				// signed it buys ("The agreements Warsaw signed in July
				// envisaged 1,000 K2 tanks": the maker sells).
				if seller >= 0 {
					r.sup = r.take(s, seller)
				}
				if len(r.rec) == 0 && buyer >= 0 {
					r.rec = r.take(s, buyer)
				}
				if len(r.rec) == 0 && to >= 0 && s.actors[to].lo > t.i {
					r.rec = r.take(s, to) // "... covers 180 K2 tanks for Poland"
				}
				r.status = armsledger.Committed
				return r // the deal names its own parties: no transfer told before holds it
			}
		}
		// A claim from a state to itself is no transfer ("the Pentagon
		// will buy the weapons from US stocks"), nor one that names no
		// party: neither tells what holds the goods.
		n := len(s.d.claims)
		for n > 0 {
			c := &s.d.claims[n-1]
			if !(c.status == "" && c.sent == s.idx || sameSet(c.sup, c.rec) || len(c.sup) == 0 && len(c.rec) == 0 || s.dealValueOnly(n-1)) {
				break
			}
			n--
		}
		if dt := &s.d.dealTold; len(r.sup) == 0 && len(r.rec) == 0 && len(dt.sup) == 2 && len(dt.rec) == 0 && s.idx-dt.sent <= 2 && (n == 0 || s.d.claims[n-1].sent < dt.sent) {
			// "Japan and the Philippines signed a defence agreement. The
			// deal includes five destroyer escorts from Japan": of the two
			// that signed, the one the goods come from, or whose make they
			// are, sells to the other.
			seller := ""
			if from >= 0 && s.actors[from].lo > t.i && slices.Contains(dt.sup, s.actors[from].ref.Code) {
				seller = s.actors[from].ref.Code
			} else if len(g.phrases) > 0 {
				seller = soleMaker(s.d.makerOf(&g.phrases[0]), dt.sup)
			}
			if seller != "" {
				r.sup, r.rec, r.status = []string{seller}, notReceiving(dt.sup, []string{seller}), armsledger.Committed
				return r
			}
		}
		if c := s.dealNamedAgain(t.i); c != nil && len(r.sup) == 0 && len(r.rec) == 0 {
			// "Britain and Turkey signed a deal for 20 Typhoons. Ankara is
			// also buying 12 from Qatar. The deal also covers Meteor
			// missiles": the deal told, past the flows told since.
			r.sup, r.rec, r.status = c.sup, c.rec, c.status
			if signers := twoSigners(c); signers != nil {
				// The deal's two signers: the one whose make its goods are
				// sells to the other.
				seller := soleMaker(s.d.makerOf(&c.p), signers)
				r.sup, r.rec = []string{seller}, notReceiving(signers, []string{seller})
			}
			return r
		}
		if ft := &s.d.flowTold; len(r.sup) == 0 && len(r.rec) == 0 && len(ft.sup) > 0 && len(ft.rec) > 0 && s.idx > ft.sent && s.idx-ft.sent <= 2 && (n == 0 || s.d.claims[n-1].sent < ft.sent) {
			// "North Korea's deliveries to Russia last year were varied.
			// They included artillery shells": the flow just told holds them.
			r.sup, r.rec = ft.sup, ft.rec
			return r
		}
		if dt := &s.d.dealTold; len(r.sup) == 0 && len(r.rec) == 0 && len(dt.sup) > 0 && len(dt.rec) > 0 && s.idx-dt.sent <= 2 && (n == 0 || s.d.claims[n-1].sent < dt.sent) {
			// "Poland signed framework agreements with South Korea in
			// July 2022. They envisaged up to 1,000 K2 tanks": what the
			// deal just told holds.
			r.sup, r.rec, r.status = dt.sup, dt.rec, armsledger.Committed
			return r
		}
		reach := 2 // how many sentences back the transfer the contents belong to may be told
		if s.definitePackage(t.i) {
			reach = 5 // "The package further comprises ...": the package, however far back it was told
		}
		if n == 0 || s.idx-s.d.claims[n-1].sent > reach {
			if len(r.rec) == 0 && (len(r.sup) > 0 || s.d.sale) && to >= 0 && s.actors[to].lo > t.i {
				// "The aid legislation signed by President Joe Biden
				// includes $14 billion in military assistance for Israel's
				// government": the contents name their recipient.
				r.rec = r.take(s, to)
			}
			return r
		}
		// Else the transfer just told holds it, unless the package names
		// another giver ("Sweden's 22nd package ... includes").
		p := s.d.claims[n-1]
		pkg := false // the package named again is told, its giver known
		if q := s.portionClaim(t.i, n, reach); q != nil {
			p = *q // "The Israel portion contains $4 billion": the part of the whole for that state
		} else if pk := s.packageClaim(t.i, n); pk != nil {
			// "The package, funded through USAI rather than drawn from US
			// stocks, also includes ...": the package told, not the aside.
			p, pkg = *pk, true
		}
		if len(r.sup) == 0 && to >= 0 && s.actors[to].lo > t.i && s.actors[to].prep == "for" {
			if codes, _, _ := s.group(to); len(p.rec) > 0 && !overlaps(codes, p.rec) && !overlaps(codes, p.sup) {
				// "The contract covers 12 Caesar howitzers for Belgium" after
				// a flow to Ukraine: the contents name a recipient of their
				// own, so another transfer holds them. A package's part
				// for another state is still its giver's: "Separately,
				// the bill includes $4 billion for Israel".
				r.rec = r.take(s, to)
				if pkg {
					r.sup, r.status = p.sup, p.status
				} else if s.dealHolds(t.i) {
					r.status = armsledger.Committed // what a deal covers is bound, not yet sent
				}
				return r
			}
		}
		if m := s.d.makerOf(&g.phrases[0]); len(r.sup) == 0 && s.d.sale && m != "" && len(p.sup) > 0 && !makesAny(m, p.sup) && p.sent < s.idx && p.status != armsledger.Committed && (s.dealSubject(t.i) || dealNoun(s.d.toks[t.i].Norm)) {
			// "Warsaw had given its old tanks to Kyiv. A framework
			// agreement provided for 1,000 K2 tanks": in a text of sales,
			// goods of another maker are of another deal than the flow
			// just told, if that was no deal itself. Goods listed as
			// what was given ("Earlier contributions include PzH 2000
			// howitzers") are of that flow, whoever made them.
			return r
		}
		if m := s.d.makerOf(&g.phrases[0]); len(r.sup) == 0 && m != "" && !strings.Contains(m, ",") && s.d.promisedBySeveral(n-1) && !makesAny(m, p.rec) && !makesAny(m, p.sup) {
			// "Denmark, Norway and Sweden put up $500 million, and
			// Germany will contribute $500 million too. The packages
			// include Patriot interceptors": goods several givers' sums
			// pay for come from their maker, not from the last to pay.
			r.sup, r.rec = []string{m}, p.rec
			if !packaged {
				r.status = p.status // (a package named tells its own)
			}
			return r
		}
		switch {
		case len(r.sup) == 0 && s.ownContentMaker(&g, t.i, &p) >= 0:
			// "Denmark chose the SAMP/T. The package also includes
			// Norway's NASAMS": goods of another state's own, in what the
			// buyer's package holds, are bought from that state.
			r.sup, r.rec, r.status = r.take(s, s.ownContentMaker(&g, t.i, &p)), p.rec, p.status
		case len(r.sup) == 0:
			st := r.status
			r.sup, r.rec, r.status = p.sup, p.rec, p.status
			if st == armsledger.Committed && p.sent < s.idx && p.status == armsledger.Denied && s.approvedInSentence() {
				// "The UAE suspended talks on buying F-35s. The $23 billion
				// package, approved by Washington in 2020, also included
				// drones": a package its own sentence calls approved is
				// bound, whatever became of the talks told before.
				r.status = st
			}
			if st == armsledger.Committed && p.sent < s.idx && p.status != armsledger.Denied && s.relativeOnPackage(t.i) {
				// "submarines built under a deal with France's Naval Group
				// that includes technology transfer": what the deal
				// named here holds is bound, whatever the sentence before
				// told.
				r.status = st
			}
			if gifts && p.status != armsledger.Denied {
				// "France pledged up to €3 billion more. Its contributions
				// include 30 Caesar howitzers": what a giver's gifts hold has
				// come, whatever the pledge before promises.
				r.status = armsledger.Delivered
			}
			if p.status != armsledger.Denied && p.sent < s.idx && s.futureContent(t.i) {
				// "announced a package for Ukraine. The package will
				// include rockets": contents said of the future are still
				// to come, whatever the package's own status.
				r.status = armsledger.Expected
			}
			if (r.status == armsledger.Delivered || r.status == armsledger.Expected && p.sent < s.idx && !s.modalBefore(t.i)) && s.dealHolds(t.i) {
				// "The Philippines took delivery of BrahMos missiles. The
				// deal covers three batteries": what a deal holds is bound,
				// whatever of it has come or is yet to come ("expects the
				// first jets in 2027. The contract also covers 12
				// helicopters"). "The deal will include" is still to come,
				// and so is a deal its own sentence tells ("Chile will buy
				// two frigates, and the deal includes training").
				r.status = armsledger.Committed
			}
		case sameSet(r.sup, p.sup) && len(r.rec) == 0:
			r.rec = p.rec // the package keeps its own status: a new one is promised
		}
		if v := s.whichMoved(&g); v != nil {
			// "The shipment had included 1,700 bombs, which were delivered
			// weeks later": the goods' own clause tells what became of
			// them, whatever the transfer that held them.
			r.status = s.status(*v, g)
		}
		if len(r.rec) == 0 && to >= 0 && s.actors[to].lo > t.i {
			// "Sweden unveiled its latest aid package. It includes Archer
			// howitzers for Ukraine": the contents name their recipient.
			r.rec = r.take(s, to)
		}
		return r
	}
	if t.class == classHold {
		// "containers ... capable of carrying 4.8 million rounds": the
		// load's flow is the one just told in this sentence.
		if n := len(s.d.claims); n > 0 && s.d.claims[n-1].sent == s.idx {
			p := s.d.claims[n-1]
			r.sup, r.rec, r.rule = p.sup, p.rec, "capacity.load"
			return r
		}
	}
	if t.class == classCommit && !t.noun && !t.passive && selectVerb(t.lemma) && g.lo > t.i {
		return s.selectionRoles(&t, &g, r, subj, from)
	}
	switch t.class {
	case classGive, classDeploy, classSell, classCommit, classDeny, classPlan:
		r.rule = ruleName(t, "give")
		switch {
		case t.passive:
			// "Washington's $61 billion package for Ukraine was approved":
			// whose the goods are gives them, when "be" makes the passive
			// (in "keep Russia's artillery supplied" Russia gets them).
			owner, held := -1, -1 // held: whose the goods are, in a passive with or without "be"
			if g.hi <= t.i {
				held = s.possessor(g.phrases[0].start())
			}
			if s.beBefore(t.i) {
				owner = held
			} else if t.lemma == "finance" {
				held = -1 // goods ", largely funded by the United States": a claim of the money, not of the goods
			}
			buyer := -1
			if g.hi <= t.i {
				buyer = s.boughtBy(&g, &t)
			}
			if buyer >= 0 {
				// "The 24 Rafales ordered by Greece were delivered by
				// France": the participle of buying on the goods names their
				// buyer; its "by" is no agent of the verb after.
				if by == buyer {
					by = s.ppActor(t.i+1, end, "by")
				}
				if from >= 0 && s.actors[from].lo < t.i {
					from = -1 // "bought by Poland from South Korea": the seller, read below
				}
			}
			r.sup = r.pick(s, by, from, owner)
			if len(r.sup) == 0 && g.phrases[0].money && g.hi == t.i && s.withAbsolute(g.lo) {
				// "Germany remained the largest donor, with about €15bn
				// allocated since 2022": the sum of an absolute "with"
				// clause is given by the subject of the clause it hangs on.
				if a := s.subject(trigger{i: g.lo - 1}); a >= 0 {
					r.sup = r.take(s, a)
					if to < 0 {
						// "the largest donor to Ukraine, with ...": the
						// main clause's "to" names whom.
						to = s.ppActor(s.actors[a].hi, g.lo, "to")
					}
				}
			}
			if t.lemma == "block" || t.lemma == "veto" {
				// "€500 million of EU military aid for Ukraine was blocked
				// by Hungary": the agent that blocks another's goods gives
				// none; whose they are gives them, or the text before.
				r.sup = r.pick(s, from, owner, s.ownerOf(g.phrases[0]))
			}
			if len(r.sup) == 0 && madeToOrder(t.lemma) {
				// "submarines being built for the Pakistan Navy ... in Wuhan,
				// China", "built for the Indian Navy at the Yantar shipyard
				// in Kaliningrad": where they are built sells them.
				r.sup = r.pick(s, s.ppActor(t.i, s.hi, "in", "at"))
				pp[ppIn] = -1
				if to < 0 && t.i+2 < s.hi && s.d.toks[t.i+1].Norm == "for" && s.d.toks[t.i+2].Norm == "it" {
					// "the first of four frigates being built for it": the
					// state the sentence is about.
					for a := range s.actors {
						if m := &s.actors[a]; m.lo < t.i && m.prep == "" && !m.speaker && !m.demonym {
							to = a
							break
						}
					}
				}
			}
			if e := s.exportsOwner(&g); len(r.sup) == 0 && e >= 0 && (t.class == classSell || t.class == classGive) && !s.beBefore(t.i) {
				// "South Korea's exports grew on the back of tanks sold to
				// Poland": goods a state's exports are made of, sold with
				// no seller named, are its, and went.
				r.sup, r.status = r.take(s, e), armsledger.Delivered
			}
			if w := pp[ppWith]; w >= 0 && t.lemma == "sign" && len(r.sup) == 0 && s.firm(w) {
				// "The contract for one S26T submarine was signed with China
				// Shipbuilding & Offshore International Co": the maker it was
				// signed with sells.
				r.sup = r.take(s, w)
				pp[ppWith] = -1
			}
			r.rec = r.pick(s, to, s.notMadeBy(pp[ppIn], subj, r.sup), pp[ppWith])
			if buyer >= 0 && len(r.rec) == 0 {
				r.rec = r.take(s, buyer)
				if a := s.ppActor(g.hi, t.i, "from"); len(r.sup) == 0 && a >= 0 {
					r.sup = r.take(s, a) // "The tanks bought by Poland from South Korea were delivered"
				}
			}
			// "Kenya's Bayraktar drones were delivered in 2023", "Kenya's
			// Bayraktar drones, delivered in 2023,": goods of another state's
			// make, delivered with no one named to take them, went to the
			// state they now belong to, from their maker.
			aside := held >= 0 && s.verbLo(t.i) == g.hi+1 && s.d.toks[g.hi].Norm == ","
			if (owner >= 0 || aside) && len(r.rec) == 0 && by < 0 && from < 0 {
				if m := s.madeElsewhere(&g.phrases[0], s.actors[held].ref.Code); m != "" {
					r.sup, r.rec = []string{m}, r.take(s, held)
				}
			}
			if len(r.rec) == 0 && g.hi < t.i {
				// "All 11 HIMARS in Taiwan's first batch have been delivered"
				for k := range s.trigs {
					if u := &s.trigs[k]; u.noun && within(u.i, g.hi, t.i) {
						if a := s.batchOwner(*u); a >= 0 {
							r.rec = r.take(s, a)
						}
					}
				}
			}
			if len(r.rec) == 0 && held >= 0 && by >= 0 && s.actors[held].ref.Code != s.actors[by].ref.Code {
				// "most of Hezbollah's arsenal was supplied by Iran",
				// "Ethiopia's drones, supplied by Turkey in 2021,": the owner got it.
				r.rec = r.take(s, held)
			}
			if len(r.rec) == 0 && subj >= 0 && indirectObject[t.lemma] && s.chainTo(s.passiveSubjectEnd(subj, t.i, len(r.sup) > 0), t.i) && s.beBefore(t.i) {
				r.rec = r.take(s, subj) // "Ukraine was given tanks by ...", "the North Korean military were provided with ..."
			}
			if a, c := s.relativeParty(g, t); a >= 0 && len(r.rec) == 0 && (c == classBuy || c == classReceive) {
				r.rec = r.take(s, a) // "The tanks Poland bought from South Korea were delivered"
			} else if a >= 0 && len(r.sup) == 0 && (c == classGive || c == classSell || c == classCommit) {
				r.sup = r.take(s, a) // "The tanks Poland promised were delivered to Ukraine"
			}
			if len(r.sup) == 0 && to >= 0 && s.participleOn(t, g) {
				// "the total U.S. security assistance committed to Ukraine":
				// whose the goods are gives them (where the participle names
				// whom to: in "keep Russia's artillery supplied" Russia gets).
				r.sup = r.pick(s, s.ownerOf(g.phrases[0]))
			}
			if len(r.rec) == 0 && s.ofWhich(&g.phrases[0]) && g.lo-2 >= s.lo && s.d.toks[g.lo-1].Norm == "," {
				// "Croatia flies four Black Hawks, two of which were donated
				// by the US": who holds the whole got the part.
				if holder := s.holderSubject(g.lo - 1); holder >= 0 && s.usesBetween(s.actors[holder].hi, g.lo) {
					r.rec = r.take(s, holder)
				}
			}
			if p := s.partOfThemAfter(g.hi); len(r.rec) == 0 && p != nil && p.i == t.i {
				// "Serbia flies MiG-29 jets, some of them donated by Russia":
				// who holds the whole got the part, as with "two of which".
				if holder := s.holderSubject(g.lo); holder >= 0 && s.usesBetween(s.actors[holder].hi, g.hi) {
					r.rec = r.take(s, holder)
				}
			}
			if len(r.rec) == 0 && s.participleOn(t, g) {
				// "Russia is using shells supplied by North Korea": who uses
				// or holds goods another supplied was supplied with them. The
				// verb may open the group: "used tanks donated by Poland".
				if holder := s.holderSubject(g.lo); holder >= 0 && s.usesBetween(s.actors[holder].hi, g.hi) {
					r.rec = r.take(s, holder)
				}
			}
			if ph := &g.phrases[0]; len(r.sup) == 0 && to >= 0 && g.hi <= t.i && s.beBefore(t.i) && t.class == classGive && !ph.money && !ph.elided && !ph.pronominal && !s.giverToldBefore(s.actors[to].ref.Code) {
				// "Ten tanks were sent to Ukraine last week": the passive
				// with no agent tells what reached the recipient and leaves
				// the giver open, as "Ukraine received ten tanks" does.
				// Goods named only by a count or a pronoun ("the first are
				// to be delivered to Ukraine"), and sums, whose payer the
				// text before names, are not told from the recipient's side;
				// nor is a passive right after a sentence that sets another
				// state as its topic ("Germany has stepped up its support.
				// Ten more tanks were sent to Ukraine"), which may be the giver.
				r.agentless = true
			}
		case t.noun && agentNoun(t.lemma) && s.apposedTo(t.i) >= 0:
			// Set beside a state, the noun is that state's, whatever verb
			// governs the clause: "is buying howitzers from France,
			// diversifying away from Russia, its traditional supplier".
			r.sup = r.take(s, s.apposedTo(t.i))
			r.rec = r.pick(s, to, poss)
		case t.noun && takes >= 0:
			// "India bought S-400s from Russia in a $5.4 billion deal".
			// "India received 28 per cent of French exports": whose
			// exports they are supplies them.
			exporter := -1
			if tradeNoun(t.lemma) {
				exporter = s.exporterOf(t.i, poss)
			}
			r.sup = r.pick(s, from, by, s.dealGoodsOwner(t), s.ppActor(s.lo, s.hi, "from"), exporter, s.leaveGrantor(t.i))
			r.rec = r.pick(s, to, takes)
			r.byRecipient = true
			if len(r.sup) == 0 && to >= 0 && s.actors[to].ref.Code != s.actors[takes].ref.Code && s.governor(t).lemma == "sign" {
				// "Russia signed an agreement for the supply of the S-400
				// to India": who signs to supply another supplies.
				r.sup, r.byRecipient = r.take(s, takes), false
			}
			if gv := s.governor(t); len(r.sup) == 0 && gv.lemma == "sign" {
				// "Baykar has signed the largest export contract in its
				// history with Saudi Arabia for the sale of Akinci drones":
				// the two sign; which sells, the goods' maker tells (see
				// makersSupply).
				w := s.ppActor(gv.i, t.i, "with")
				if a := pp[ppWith]; w < 0 && a >= 0 && s.actors[a].lo >= g.hi && s.actors[a].lo-g.hi <= 2 {
					w = a // "signed a contract for one submarine with China"
				}
				if w >= 0 && s.actors[w].ref.Code != s.actors[takes].ref.Code {
					r.sup, r.rule = r.take(s, w), "deal.with"
					if s.firm(takes) && !s.firm(w) {
						// "BrahMos Aerospace signed a contract with the
						// Department of National Defence of the Philippines
						// for the supply of": the maker that signs sells.
						r.sup, r.rec = r.take(s, takes), r.take(s, w)
					}
				}
			}
		case t.noun && agentNoun(t.lemma):
			// "China was the main supplier of arms to Pakistan": the
			// subject supplies; "Pakistan's main supplier" names who gets.
			r.sup = r.pick(s, subj, from, by)
			r.rec = r.pick(s, to, poss)
			if len(r.sup) == 0 {
				// "India's main arms suppliers were Russia, France and
				// Israel": the states the noun is said to be supply.
				r.sup = r.pick(s, s.copulaComplement(t.i))
			}
		case t.noun && subj >= 0 && poss < 0 && s.dealSought(&t):
			// "Indonesia has been negotiating a BrahMos deal", "is
			// negotiating a deal with India for BrahMos missiles": who seeks
			// a deal buys; whom it deals with, or the goods' maker, sells.
			// With another party that makes nothing told, either may sell
			// ("Riyadh, with which London has been negotiating a deal for
			// up to 48 jets"), and the general reading stands.
			r.rec = r.take(s, subj)
			r.sup = r.pick(s, pp[ppWith], from)
		case t.noun && poss >= 0 && to < 0 && s.heldSupply(&t, poss):
			// "Ukraine's arms supply is being rewired", "Russia's ammunition
			// supplies from North Korea": a compound of supply is the
			// owner's stock and its inflow; the owner gets it.
			r.rec = r.take(s, poss)
			r.sup = r.pick(s, from, by)
		case t.noun:
			dem := -1
			if t.class != classSell {
				dem = s.demonymOn(t.i) // not "won the Indonesian tender": a sale's noun may be the buyer's
			}
			r.sup = r.pick(s, poss, from, by, dem, subj)
			if len(r.sup) == 0 && g.lo > t.i && !g.phrases[0].money {
				r.sup = r.pick(s, s.ownerOf(g.phrases[0])) // "shipments of U.S. military aid to Ukraine"
			}
			r.rec = r.pick(s, to, pp[ppWith])
			if len(r.rec) == 0 && t.class == classDeploy {
				// "the deployment of Russian troops in Mali", "the presence
				// of North Korean soldiers in Russia": people deployed or
				// present in a state were sent to it.
				r.rec = r.pick(s, pp[ppIn])
			}
			if gv := s.governor(t); len(r.rec) == 0 && gv.i < t.i && gv.class == classRequest && !gv.noun {
				if o, asker := s.askedToHasten(&gv, &t), s.subject(gv); o >= 0 && asker >= 0 && s.actors[o].ref.Code != s.actors[asker].ref.Code {
					// "Israel asked Washington to speed up deliveries of
					// bombs": the one asked to hurry the deliveries sends
					// them, to the one who asks.
					r.sup, r.rec = r.take(s, o), r.take(s, asker)
				}
			}
			if gv := s.governor(t); len(r.rec) == 0 && gv.i < t.i && gv.class == classRequest && !gv.noun && !s.clauseBreak(gv.i+1, t.i) {
				// "Russia is seeking a batch of Shahed drones from Iran": who
				// asks for a delivery would get it.
				if asker := s.subject(gv); asker >= 0 && !slices.Contains(r.sup, s.actors[asker].ref.Code) {
					r.rec = r.take(s, asker)
				} else if asker >= 0 && asker == subj && poss < 0 && from < 0 && by < 0 && g.lo > t.i && (t.class == classGive || t.class == classMove) {
					// "North Korea is seeking the transfer of Russian
					// technology": the asker took the supplier's place by
					// default; it gets, and whose goods they are gives.
					r.sup, r.rec = r.pick(s, s.ownerOf(g.phrases[0])), r.take(s, asker)
				}
			}
			if v := s.showVerbBefore(t.i); len(r.rec) == 0 && from >= 0 && v >= 0 {
				// "Mali's junta displayed a fresh batch of military aircraft
				// from Russia": who shows off a delivery from another has it.
				if holder := s.subject(trigger{i: v}); holder >= 0 && holder != from {
					r.sup, r.rec = r.take(s, from), r.take(s, holder)
				}
			}
			if len(r.rec) == 0 && (t.class == classCommit || t.class == classSell) && from >= 0 && subj >= 0 && s.actors[subj].hi <= t.i &&
				s.actors[subj].ref.Code != s.actors[from].ref.Code && slices.Contains(r.sup, s.actors[from].ref.Code) {
				// "Lithuania concluded an agreement for 44 Leopard tanks from
				// Germany's KNDS": who makes a deal for goods from another gets them.
				r.rec = r.take(s, subj)
			}
			if len(r.sup) == 0 && to >= 0 {
				r.sup = r.pick(s, s.demonymOf(t.i)) // "Chinese exports of drones to Russia"
			}
			if len(r.sup) == 0 && to >= 0 && t.class == classSell {
				r.sup = r.pick(s, s.approverOf(&t)) // "the sale of 40 F-16s to Turkey was approved by Congress"
			}
			if w := s.ppActor(t.i, min(s.hi, t.i+5), "with"); len(r.sup) == 0 && len(r.rec) == 0 && t.class == classSell && w >= 0 && s.signedWith(t.i, s.actors[w].lo) {
				// "The €8 billion contract signed with Italy's Leonardo": the
				// party a contract is signed with sells; the buyer is told
				// elsewhere (see pairPartials).
				r.sup = r.take(s, w)
			}
		default:
			r.rec = r.pick(s, to, obj, s.userAfter(g), s.notMadeBy(pp[ppIn], subj, r.sup), absMain)
			if len(r.rec) == 0 && t.lemma == "share" && pp[ppWith] >= 0 && s.actors[pp[ppWith]].lo > t.i {
				r.rec = r.take(s, pp[ppWith]) // "Russia has been sharing technology with Iran"
			}
			if len(r.rec) == 0 && g.lo > t.i {
				// "delivered the first of four IRIS-T systems it has promised
				// Kyiv": whom a relative clause on the goods promised them to
				// gets them.
				for k := range s.trigs {
					u := &s.trigs[k]
					if u.i <= g.hi || u.i > g.hi+4 || u.noun || u.passive || u.class != classCommit && u.class != classGive || !s.describes(g, *u) {
						continue
					}
					if o := s.objectActor(u.i, min(s.hi, u.i+4)); o >= 0 && !slices.Contains(r.sup, s.actors[o].ref.Code) {
						r.rec = r.take(s, o)
					}
					break
				}
			}
			if a, k := s.wantedBy(&g); len(r.rec) == 0 && a >= 0 && g.lo > t.i {
				r.rec = r.take(s, a) // "Moscow was sharing technology that Tehran seeks": who wants it gets it
				r.hi = max(r.hi, k+1)
			}
			if pp[ppTo] < 0 && obj >= 0 && to >= 0 && s.actors[to].lo > g.hi {
				// "gives Ukraine MiG-29s in a first for NATO": the object
				// before the goods receives; a "for" after them says why.
				r.rec = r.pick(s, obj)
			}
			if from >= 0 && s.actors[from].lo > g.hi && s.relativeOn(&g) {
				from = -1 // "sent Ukraine tanks that were bought from South Korea": whence the giver got them
			}
			if len(r.rec) == 0 && t.i > g.hi && s.relativeSubject(g, t) >= 0 {
				// "Russia has used the missiles (that) North Korea supplied":
				// who uses goods another supplied was supplied with them.
				if holder := s.holderSubject(g.lo); holder >= 0 && holder != subj && s.usesBetween(s.actors[holder].hi, g.lo) {
					r.rec = r.take(s, holder)
				}
			}
			if len(r.rec) == 0 {
				// "Hanwha won a contract from Australia to supply 129
				// vehicles": who placed the order gets them.
				for a := range s.actors {
					if s.actors[a].lo < t.i && s.actors[a].prep == "from" && s.orderFrom(a) {
						r.rec = r.take(s, a)
						if from == a {
							from = -1
						}
						break
					}
				}
			}
			if from >= 0 && t.lemma == "withhold" {
				// "the US withheld military aid from Ukraine": kept back from
				// whom it was for.
				r.sup, r.rec = r.pick(s, subj), r.pick(s, from)
			} else if from >= 0 && (to >= 0 || obj >= 0) {
				r.sup = r.pick(s, from) // "sent from X to Y"
			} else if from >= 0 && s.stocksOf(from) && (subj < 0 || s.actors[subj].ref.Code == s.actors[from].ref.Code) {
				// "announced a package including 10,000 rounds drawn from
				// Bundeswehr stocks": whose stocks the goods are drawn from
				// gives them, to whom the text says, not to itself.
				r.sup = r.pick(s, from)
			} else if from >= 0 {
				// "the North has transferred ... from Russia": a transfer from
				// someone to the subject.
				r.sup = r.pick(s, from)
				r.rec = r.pick(s, subj)
				r.rule = "give.from"
			} else {
				r.sup = r.pick(s, subj)
			}
			if a := s.wholeOwner(&g, &t); a >= 0 && !slices.Contains(r.rec, s.actors[a].ref.Code) {
				// "will give Ukraine £2 billion as its share of the G7's $50
				// billion loans": the whole is the G7's, not the giver's.
				r.sup = r.take(s, a)
			}
			if owner := s.goodsOwner(g.phrases[0].start()); len(r.sup) == 0 && subj < 0 && owner >= 0 && !slices.Contains(r.rec, s.actors[owner].ref.Code) {
				// "The government approved Estonia's largest aid package to
				// Ukraine", "decided on Sweden's sixteenth package of military
				// support": with no state as subject, whose goods they are
				// gives them.
				r.sup = r.take(s, owner)
			}
			if t.lemma == "sign" && s.signedFor(t.i) && g.lo > t.i {
				// "Colombia followed, signing for 17 Gripens": who signs for
				// goods buys them.
				r.sup, r.rec = r.pick(s, pp[ppWith], from), r.pick(s, subj)
			}
			if t.lemma == "block" || t.lemma == "veto" {
				// "Hungary blocked €500 million of EU military aid for
				// Ukraine": who blocks another's goods gives none.
				if owner := s.ownerOf(g.phrases[0]); owner >= 0 && (subj < 0 || s.actors[owner].ref.Code != s.actors[subj].ref.Code) {
					r.sup = r.take(s, owner)
				}
			}
		}
	case classReceive, classBuy:
		r.rule = ruleName(t, "receive")
		switch {
		case t.passive:
			if by >= 0 && within(s.actors[by].lo, g.lo, g.hi) {
				by = -1 // "Two frigates built by China were inducted into the Pakistan Navy": the maker, inside the goods
			}
			r.rec = r.pick(s, by, to)
			if t.lemma == "pay" && subj >= 0 && s.actors[subj].hi <= t.i && !t.noun {
				// "Iran was paid about $1.75 billion for the licence", "the
				// North has been paid $20 billion by Russia": who is paid
				// is the seller, the agent pays (frames turns the money round).
				r.sup = r.take(s, subj)
			}
			if len(r.rec) == 0 && (s.participleOn(t, g) || s.verbLo(t.i) == g.hi+1 && s.d.toks[g.hi].Norm == "," && !t.noun) {
				// "Caracas fields 100,000 rifles bought from Russia", "Morocco
				// operates the Barak MX, bought from Israel in 2022": who holds
				// goods bought abroad bought them.
				if holder := s.holderSubject(g.lo); holder >= 0 && s.usesBetween(s.actors[holder].hi, g.lo) {
					r.rec, r.status = r.take(s, holder), armsledger.Delivered // held, so come
				} else if own := s.possessor(g.phrases[0].start()); own >= 0 && from >= 0 && s.actors[own].ref.Code != s.actors[from].ref.Code {
					// "Thailand's first submarine, ordered from China in
					// 2017": whose goods they are bought them.
					r.rec = r.take(s, own)
				}
			}
		case t.noun && (t.lemma == "option" || t.lemma == "options") && s.soldBefore(t.i) != nil:
			// "The United States will sell Australia three submarines, with
			// an option for two more": the option goes as the sale before
			// it, not to the seller who is the clause's subject.
			p := s.soldBefore(t.i)
			r.sup, r.rec = p.sup, p.rec
		case t.noun && receiverNoun(t.lemma):
			// "Morocco is the latest customer for Israel's Barak MX": the
			// subject receives, whose goods they are supplies.
			r.rec = r.pick(s, subj)
			if len(r.rec) == 0 && t.i < g.lo {
				// "Among the buyers of the Wing Loong II are Saudi Arabia and
				// Egypt": the states the noun is said to be, after the goods.
				r.rec = r.pick(s, s.namedAfterGoods(&g))
			}
			if len(r.rec) == 0 && poss >= 0 && g.phrases[0].elided && g.phrases[0].head == t.i {
				// "Its main customers were the UAE, Qatar and Pakistan": the
				// states a state's customers are said to be buy from it.
				r.rec = r.pick(s, s.copulaComplement(t.i))
			}
			r.sup = r.pick(s, from, s.possessor(g.phrases[0].start()), poss)
			if m := s.d.makerOf(&g.phrases[0]); len(r.rec) > 0 && len(r.sup) == 0 && len(g.phrases[0].demonym) == 0 && len(m) == 2 && !slices.Contains(r.rec, m) && !s.infinitiveBetween(subj, t.i) {
				// "Among the buyers of the Wing Loong II are ...", "Algeria
				// has become the first foreign customer for the Su-57": its
				// maker's state sells. ("Egypt was meant to become a customer
				// for the Su-35" tells no sale.)
				r.sup = []string{m}
			}
			if len(r.sup) == 0 && len(g.phrases[0].demonym) == 0 {
				r.rec = nil // "India is a major arms customer": whose, not said
			}
		case t.noun && (t.lemma == "order" || t.lemma == "orders") && from >= 0 && s.actors[from].lo <= t.i+3 && s.actors[from].lo > t.i && s.wonBefore(t.i):
			// "LIG Nex1 had won a $2.8 billion order from Iraq": who places
			// the order buys; who wins it sells.
			r.sup, r.rec = r.pick(s, subj, poss), r.take(s, from)
		case t.noun && subj >= 0 && poss < 0 && from < 0 && s.purchaseFinanced(t):
			// "Germany is financing the purchase of 100,000 shells through
			// the Czech initiative": who pays for a purchase gives the
			// goods, to whom they are bought for (the flows told say whom
			// when the sentence does not); it buys nothing for itself.
			r.sup = r.take(s, subj)
			if f := pp[ppFor]; f >= 0 && s.actors[f].ref.Code != s.actors[subj].ref.Code {
				r.rec = r.take(s, f)
			}
		case t.noun:
			r.rec = r.pick(s, poss, subj, to)
			if len(r.rec) == 0 && from >= 0 {
				r.rec = r.pick(s, s.demonymOf(t.i)) // "Indian imports of tanks from Russia"
			}
		default:
			r.rec = r.pick(s, subj, to)
		}
		if len(r.sup) == 0 {
			r.sup = r.pick(s, from)
		}
		if len(r.sup) == 0 && t.lemma == "rely" {
			r.sup = r.pick(s, s.reliedOn(t.i)) // "has relied on North Korea for artillery shells"
		}
		if len(r.sup) == 0 && t.lemma == "thank" {
			r.sup = r.pick(s, s.thankedFor(t.i)) // "Hamas thanked Tehran for money and arms"
		}
		if len(r.sup) == 0 && !t.noun && !t.passive && len(g.phrases) > 0 {
			// "Ukraine received Germany's €5 billion in military aid":
			// whose sum it is gives it.
			if a := s.possessor(g.phrases[0].start()); a >= 0 && !slices.Contains(r.rec, s.actors[a].ref.Code) {
				r.sup = r.take(s, a)
			}
		}
		if len(r.sup) == 0 && t.lemma == "pay" && !t.noun && !t.passive && to >= 0 && s.actors[to].lo > t.i {
			// "Bamako paid to Wagner about $10 million": the payee, as the
			// seller is (frames turns the money round).
			r.sup, r.rec = r.take(s, to), r.pick(s, subj)
		}
		if len(r.sup) == 0 && t.lemma == "pay" && !t.noun && !t.passive && subj >= 0 {
			if k := s.forWhich(s.actors[subj].lo); k >= 0 {
				// "Russia failed to deliver weapons for which Armenia had
				// paid $400 million": who was to give the goods is paid.
				if g := s.giverBefore(k); g >= 0 && g != subj {
					r.sup = r.take(s, g)
				}
			}
		}
		if k := t.i - 1 - s.chainBefore(t.i); len(r.sup) == 0 && !t.noun && !t.passive && k > s.lo && s.d.toks[k].Norm == "which" {
			// "France equipped a Ukrainian brigade, which received 18
			// Caesar howitzers": who equipped the antecedent gave.
			if g := s.giverBefore(k); g >= 0 {
				r.sup = r.take(s, g)
			}
		}
		if len(r.sup) == 0 && s.d.toks[s.lo].Norm == "from" {
			// "From India, the Philippines received the first batteries":
			// the fronted source.
			if a := s.actorAt(s.lo + 1); a >= 0 && s.actors[a].hi < s.hi && s.d.toks[s.actors[a].hi].Norm == "," {
				r.sup = r.take(s, a)
			}
		}
		if len(r.sup) == 0 && !t.noun {
			// "Vietnam is in talks with Russia to purchase Yak-130s": whom
			// one negotiates with sells.
			for a := range s.actors {
				if m := &s.actors[a]; m.lo < t.i && m.prep == "with" && m.lo >= 2 && talksWord(s.d.toks[m.lo-2].Norm) {
					r.sup = r.take(s, a)
					break
				}
			}
		}
		if len(r.sup) == 0 && t.noun && (t.class == classBuy || t.class == classReceive) {
			// "Brasilia is negotiating with Italy for the purchase of
			// armoured vehicles": whom one negotiates a purchase with sells.
			for a := range s.actors {
				if m := &s.actors[a]; m.lo < t.i && t.i-m.hi <= 3 && m.prep == "with" && m.lo >= 2 && strings.HasPrefix(s.d.toks[m.lo-2].Norm, "negotiat") {
					r.sup = r.take(s, a)
					break
				}
			}
		}
		if a := s.customerOf(); len(r.sup) == 0 && a >= 0 && !slices.Contains(r.rec, s.actors[a].ref.Code) && (t.class != classBuy || !s.apposedOnSubject(subj, a, t.i)) {
			// "Egypt has become one of the biggest customers of the French
			// arms industry: after a first order for 24 Rafale fighters":
			// what a customer orders, its supplier sells.
			r.sup = r.take(s, a)
		}
		if buyer, approver, ok := s.clearedToBuy(&t); ok {
			// "The State Department has cleared Saudi Arabia to purchase
			// 1,000 missiles": who clears the buyer sells.
			r.rec, r.sup = r.take(s, buyer), r.pick(s, approver)
		}
		if len(r.sup) == 0 && !t.noun && !t.passive {
			// "ordered 96 Apaches in a $12bn deal with the US": the other
			// party of the deal the goods were bought under sells.
			if a := s.dealPartyAfter(g.hi); a >= 0 {
				r.sup = r.take(s, a)
			}
		}
		if len(r.sup) == 0 && t.lemma == "pay" && obj >= 0 {
			r.sup = r.take(s, obj) // "India paid Russia $5.4 billion for S-400s"
		}
		if len(r.sup) == 0 && t.lemma == "pay" && !t.noun && !t.passive {
			if a := s.industrySupported(g.hi); a >= 0 {
				// "Australia has paid $500 million to support the American
				// submarine industrial base": the state whose industry the
				// money supports is paid.
				r.sup = r.take(s, a)
			}
		}
		if len(r.sup) == 0 && t.lemma == "pay" && !t.noun {
			if a := s.sellerBeforePaying(t.i); a >= 0 {
				// "Bangladesh received two submarines from China, paying
				// about $203 million": the clause's seller is paid.
				r.sup = r.take(s, a)
				if r.status == "" {
					r.status = s.payingStatus(t.i) // as the clause's goods are: paid once received, to pay when to be bought
				}
			}
		}
		if !t.noun && !t.passive && from >= 0 && subj >= 0 && s.orderAfter(t.i) {
			// "Saab received an order from Poland for Carl-Gustaf weapons":
			// who receives an order sells to who placed it.
			r.sup, r.rec, r.status, r.byRecipient = r.take(s, subj), r.take(s, from), armsledger.Committed, false
		} else if !t.noun && !t.passive && from < 0 && subj >= 0 && s.orderAfter(t.i) && s.unnamedBuyer(t.i, min(s.hi, t.i+8)) {
			// "Rheinmetall received an order from an international customer
			// for 40,000 rounds": the firm sells, to a buyer left open.
			r.sup, r.rec, r.status, r.byRecipient = r.take(s, subj), nil, armsledger.Committed, false
		}
		if len(r.sup) == 0 && !t.noun && !t.passive && by >= 0 && s.actors[by].lo > g.hi {
			r.sup = r.pick(s, by) // "received drones supplied by Iran": the participle's agent
		}
		if len(r.sup) == 0 && !t.noun && !t.passive {
			// "received the missiles North Korea promised": who promised
			// them gives.
			for k := range s.trigs {
				if u := &s.trigs[k]; u.i > g.hi && u.i <= g.hi+5 && (u.class == classCommit || u.class == classGive) {
					if a := s.relativeSubject(g, *u); a >= 0 && !slices.Contains(r.rec, s.actors[a].ref.Code) {
						r.sup = r.take(s, a)
					}
					break
				}
			}
		}
		if t.noun && len(r.sup) == 0 && (t.lemma == "order" || t.lemma == "orders") {
			r.sup = r.pick(s, pp[ppWith]) // "placed an order for 12 jets with Russia"
		}
		if t.noun && len(r.sup) == 0 && poss >= 0 {
			// "China supplied 82 per cent of Pakistan's arms imports": who
			// gives what another imports supplies it; so does who
			// "accounted for 36 per cent of India's arms imports".
			// The verb nearer the share says whose it is: not "sent" in "35
			// states sent weapons, led by the United States, which
			// accounted for 45% of its imports".
			// Nor does a verb before a state's own share: "China supplied
			// 81% of Pakistan's imports, while Russia's share of India's
			// imports has fallen" (see bareImports).
			if gv, at := s.governor(t), s.shareVerbBefore(t.i); gv.class == classGive && gv.i < t.i && gv.i > at && !(g.phrases[0].elided && len(g.phrases[0].demonym) > 0) {
				if giver := s.subject(gv); giver >= 0 && giver != poss {
					r.sup = r.take(s, giver)
				}
			} else if at >= 0 {
				giver := s.subject(trigger{i: at})
				if giver < 0 && at-2 >= s.lo && (s.d.toks[at-1].Norm == "suppliers" || s.d.toks[at-1].Norm == "exporters") {
					giver = s.actorAt(at - 2) // "Israeli suppliers accounted for 70 percent of Azerbaijan's imports"
				}
				if giver >= 0 && giver != poss {
					r.sup = r.take(s, giver)
				}
			}
		}
		if len(r.sup) == 0 && !t.passive && !t.noun {
			if w := s.negotiatedWith(t.i); w >= 0 && !slices.Contains(r.rec, s.actors[w].ref.Code) {
				r.sup = r.take(s, w) // "Athens is negotiating with Israel to buy air defence systems": whom it deals with sells
			}
		}
		if len(r.sup) == 0 && !t.passive && !t.noun && subj >= 0 {
			if a := s.recipientOf(subj, t.i); a >= 0 && !slices.Contains(r.rec, s.actors[a].ref.Code) && (t.class != classBuy || !s.apposedOnSubject(subj, a, t.i)) {
				r.sup = r.take(s, a) // "Israel, the largest recipient of U.S. military aid, receives $3.8 billion"
			}
		}
		f := pp[ppFor]
		if f < 0 && t.lemma == "spend" {
			f = to // "will spend 3 billion pounds on military aid to Ukraine"
		}
		if t.lemma == "spend" && !t.noun && !t.passive && g.phrases[0].money && subj >= 0 {
			// "Hanoi would spend about $8 billion on Russian arms": the money
			// goes from the spender to the state whose arms it buys.
			if a := s.spentOn(g.hi); a >= 0 && s.actors[a].ref.Code != s.actors[subj].ref.Code {
				r.sup, r.rec = r.take(s, subj), r.take(s, a)
			}
		}
		if f < 0 && t.lemma == "spend" && !t.noun && !t.passive && g.phrases[0].money && len(r.sup) == 0 {
			// "Denmark has spent about 1.3 billion euros this way": who
			// spends the money gives it; for whom, the text before says.
			r.sup, r.rec = r.rec, nil
		}
		if t.class == classBuy && !t.noun && !t.passive && subj >= 0 && f >= 0 && !slices.Contains(r.rec, s.actors[f].ref.Code) {
			// "the initiative secured shells for Kyiv", "Denmark bought
			// howitzers for Ukraine": the buyer supplies the one it buys for,
			// whoever sells ("would buy air defence systems from Germany for
			// Ukraine").
			r.sup, r.rec, r.buysFor = r.rec, r.take(s, f), true
		}
	case classRequest:
		r.rule = ruleName(t, "request")
		if t.noun && subj < 0 && poss < 0 && t.lemma == "interest" {
			// "Greece has shown interest in Iron Dome": who has the
			// interest, before the verb that shows or voices it.
			for j := t.i - 1; j >= s.lo && t.i-j <= 5; j-- {
				if a := s.actorAt(j); a >= 0 && s.actors[a].prep == "" {
					subj = a
					break
				}
			}
		}
		if a := s.actorAt(t.i + 2); t.noun && from < 0 && a >= 0 && s.d.toks[t.i+1].Norm == "from" && !s.actors[a].speaker {
			// "appeals from Kyiv for air defence": whose appeals (which
			// ppCandidate passes over as pressure from someone), the asker.
			from = a
		}
		addressee := -1
		if !t.noun {
			for _, a := range [2]int{to, subj} {
				if a >= 0 && s.actors[a].prep == "to" && s.actors[a].hi <= t.i && s.addressedBefore(a, t.i) {
					addressee = a
					break
				}
			}
		}
		switch {
		case t.noun && from >= 0 && s.actors[from].lo < g.lo:
			r.rec = r.pick(s, from) // "entreaties from Zelensky for F-16s"
			from = -1
		case t.noun && poss < 0 && s.demonymOf(t.i) >= 0:
			// "rejected Ukrainian requests for Iron Dome": the demonym
			// says whose requests, as "Ukraine's" would; the subject is
			// the one asked.
			r.rec = r.pick(s, s.demonymOf(t.i))
		case t.noun:
			r.rec = r.pick(s, poss, subj, to) // "Ukraine's requests for ..."
		case to >= 0 && s.actors[to].lo > g.hi:
			// "Biden asked Congress for $14.3 billion in military
			// assistance for Israel": the goods are for the state named.
			r.rec = r.take(s, to)
		case addressee >= 0:
			// "Caracas wrote to Moscow asking for radars", "a letter to
			// Beijing sought drones": the one written to is asked, and
			// would give; the writer asks.
			r.rec = r.pick(s, s.writerBefore(addressee))
			r.sup = r.take(s, addressee)
		default:
			r.rec = r.pick(s, subj, poss, to)
		}
		if len(r.sup) == 0 || from >= 0 || obj >= 0 {
			r.sup = r.pick(s, from, obj)
		}
		if len(r.sup) == 0 && t.lemma == "need" && !t.noun && s.statedNeed(t.i) {
			r.open = true // "Ukraine has said it needs 300 tanks": a plea to no one named, which takes no giver from the flows before
		}
		if len(r.sup) == 0 && t.lemma == "want" && !t.noun && t.i+1 < s.hi && s.d.toks[t.i+1].Norm != "to" && s.newGoods(g) {
			// "Ukraine wanted 25 Patriot systems": a wish told to no one
			// named, which takes no giver from the flows before; "wanted
			// ten of the missiles" named before wants them of their giver.
			r.open = true
		}
		if len(r.sup) == 0 && t.noun && to >= 0 && s.actors[to].lo > t.i && s.actors[to].hi <= g.lo && s.actors[to].prep == "to" && !slices.Contains(r.rec, s.actors[to].ref.Code) {
			r.sup = r.take(s, to) // "Ukraine made a request to Germany for 10 tanks": who is asked would give
		}
		if len(r.sup) == 0 && (t.lemma == "negotiate" || t.lemma == "talks" || t.lemma == "negotiations") {
			r.sup = r.pick(s, pp[ppWith]) // "is negotiating with China for J-10 fighters", "held talks with France over 42 jets"
		}
		if len(r.sup) == 0 && !t.noun {
			// "appealed to Washington for ATACMS", "pleaded with Berlin
			// for Taurus missiles": who is addressed would give.
			at := t.i + 2
			if at < s.hi && s.d.toks[at].Norm == "the" {
				at++ // "pleaded with the United States for jets"
			}
			if a := s.actorAt(at); a >= 0 && (s.d.toks[t.i+1].Norm == "to" || s.d.toks[t.i+1].Norm == "with") && !s.actors[a].possessive {
				r.sup = r.take(s, a)
			}
		}
		if t.noun {
			// "Israel rejected Ukraine's request for Patriots": who turns a
			// request down is who would have given.
			if gv := s.governor(t); gv.i < t.i && gv.class == classDeny {
				if x := s.subject(gv); x >= 0 && !slices.Contains(r.rec, s.actors[x].ref.Code) {
					r.sup = r.take(s, x)
				}
			} else if v, st := s.requestAnswered(t.i); v >= 0 {
				// "Germany granted Ukraine's request for tanks", "turned
				// down": who answers a request is who was asked to give.
				if x := s.subject(trigger{i: v}); x >= 0 {
					if slices.Contains(r.rec, s.actors[x].ref.Code) {
						r.rec = r.sup // "granted the request for jets from Ukraine": the asker is the one "from"
					}
					if len(r.rec) > 0 && !slices.Contains(r.rec, s.actors[x].ref.Code) {
						r.sup, r.status = r.take(s, x), st
					}
				}
			}
		}
	case classMove, classHold:
		r.rule = ruleName(t, "move")
		if subj >= 0 && !t.passive && s.actors[subj].hi <= t.i && !s.observedBetween(s.actors[subj].hi, t.i) && !s.seizerBefore(s.actors[subj].hi, t.i) && (s.actors[subj].ref.kind == kindCountry || s.actors[subj].ref.Kind == "capital" || s.actors[subj].ref.kind == kindLeader) {
			// "Iran smuggled weapons from Iraq through Syria to Lebanon": a
			// state that moves goods sends them; "from" is the route's start.
			r.sup = r.pick(s, subj)
		}
		if len(r.sup) == 0 {
			r.sup = r.pick(s, from, by)
			if from >= 0 && len(r.sup) > 0 {
				if end := s.actors[from].hi; end < s.hi && (s.d.toks[end].Norm == "through" || s.d.toks[end].Norm == "via") {
					r.viaRoute = true
				}
			}
		}
		r.rec = r.pick(s, to, pp[ppIn])
		if len(r.rec) == 0 {
			r.rec = r.pick(s, s.boundFor(g.hi)) // "a truck carrying Iranian-made missiles bound for Lebanon"
		}
		if len(r.rec) == 0 && t.class == classHold {
			r.rec = r.pick(s, s.arrivalDestination(t.i)) // "Convoys carrying armoured vehicles have reached Bamako"
		}
		if a, ok := s.routeEnd(&t); len(r.rec) == 0 && t.class == classHold && ok {
			r.rec = r.take(s, a) // "trips between Rajin and Russia's Far East, carrying North Korean munitions"
		}
		if len(r.sup) == 0 && !t.passive && !(subj >= 0 && s.seizerBefore(s.actors[subj].hi, t.i)) {
			r.sup = r.pick(s, subj, poss)
		}
		if len(r.sup) == 0 && t.class == classHold {
			r.sup = r.pick(s, s.ppActor(s.lo, t.i, "from")) // "A shipment that left Bandar Abbas carried 200 missiles": whence the load came
		}
	case classArrive:
		r.rule = ruleName(t, "arrive")
		if t.lemma == "be" && actingVerb(s.d.toks[t.i].Norm) && g.phrases[0].start() > t.i && g.phrases[0].cat != armsledger.Personnel {
			// "engineers work at Polish plants and have trained crews on
			// the K2": people acting somewhere are the goods of the verb
			// of acting, never materiel named after it. (People after it
			// are those they fought alongside: other rules read them.)
			r.open = true
			return r
		}
		if n := len(s.d.claims); t.lemma == "aboard" && n > 0 && s.idx-s.d.claims[n-1].sent == 1 {
			// "A Russian Il-76 landed in Niamey. On board were ...": the
			// load goes where the craft did, from whom it came.
			p := &s.d.claims[n-1]
			r.sup, r.rec = p.sup, p.rec
			return r
		}
		if (t.lemma == "follow" || t.lemma == "due" || t.lemma == "come") && g.phrases[0].elided && s.ordinalBefore(t.i) >= 0 {
			// "France has delivered three frigates to Greece, and a fourth
			// will follow": one more goes as the others went, if its
			// sentence told them; else the flows before lend it parties.
			if n := len(s.d.claims); n > 0 {
				if c := &s.d.claims[n-1]; c.sent == s.idx && c.p.cat == g.phrases[0].cat {
					r.sup, r.rec = c.sup, c.rec
				}
			}
			return r
		}
		if c := s.followedFlow(g, t); c != nil {
			// "Sweden delivered 20 tanks to Latvia, and 10 more would
			// follow": what follows goes as the goods before it in the
			// sentence went; the first clause's subject is not where.
			r.sup, r.rec = c.sup, c.rec
			return r
		}
		r.sup = r.pick(s, from)
		if a, c := s.relativeParty(g, t); a >= 0 && a == subj && (c == classCommit || c == classGive || c == classSell) {
			// "the first two of the NASAMS systems Washington has pledged
			// would arrive within weeks": the clause's subject gives; it is
			// not the arriving goods' recipient.
			subj = -1
			if len(r.sup) == 0 {
				r.sup = r.take(s, a)
			}
		}
		r.rec = r.pick(s, to, pp[ppIn], pp[ppAt], obj) // "reached Ukraine"
		if t.lemma == "serve" {
			r.rec = r.pick(s, pp[ppWith]) // "in service with the Philippine Marine Corps": whose forces
		}
		if a := pp[ppWith]; len(r.rec) == 0 && a >= 0 && s.alongsideTroops(a) {
			r.rec = r.pick(s, a) // "advisers worked with Venezuelan units": with them, so there
		}
		if len(r.rec) == 0 {
			r.rec = r.pick(s, s.frontedIn(t.i)) // "In Mali, Wagner fighters arrived in 2021": where the clause is set
		}
		if len(r.rec) == 0 {
			r.rec = r.pick(s, s.whereState(t.i)) // "Mali, where Wagner fighters arrived in 2021": the state "where" stands for
		}
		if t.lemma == "reach" && obj >= 0 {
			r.rec = r.pick(s, obj) // "reached Russian forces in Ukraine": whom they reached, not where
		}
		if len(r.rec) == 0 {
			r.rec = r.pick(s, s.ppActor(t.i, end, "outside", "near")) // "landed at an airport outside Caracas"
		}
		if subj >= 0 && s.actors[subj].demonym && s.modifiesGoods(subj, &g) && len(r.sup) == 0 && len(r.rec) == 0 {
			// "Two Egyptian military aircraft carrying weapons landed": whose
			// they are sent them; where they landed, in a story filed from
			// the place, is the dateline's state ("MOGADISHU — ... landed
			// at Aden Adde International Airport").
			r.sup = r.take(s, subj)
			if h := s.d.home.Code; h != "" && h != s.actors[subj].ref.Code && s.landedAtPort(t.i) {
				r.rec = []string{h}
			}
		} else if p := s.sameSentenceFlow(&g); len(r.rec) == 0 && len(r.sup) == 0 && p != nil {
			// "Germany has delivered three IRIS-T systems to Ukraine, with a
			// further four due": the rest goes as the first went.
			r.sup, r.rec = p.sup, p.rec
		} else if len(r.rec) == 0 && subj >= 0 && !s.saysBetween(s.actors[subj].hi, t.i) {
			// "jets for Greece arrived"; but in "the Pentagon said the
			// soldiers had arrived" the one who speaks receives nothing.
			r.rec = r.pick(s, subj)
		}
		if a := s.shippedFrom(&t); len(r.sup) == 0 && a >= 0 {
			r.sup = r.take(s, a) // "landed in Brazil after being shipped from Sweden"
		}
		if a := s.sailedFrom(&t); len(r.sup) == 0 && a >= 0 && !slices.Contains(r.rec, s.actors[a].ref.Code) {
			r.sup = r.take(s, a) // "The vessel sailed from Rajin in North Korea and unloaded containers at Dunai"
		}
		if a := s.givenByOn(&g, &t); len(r.sup) == 0 && a >= 0 {
			r.sup = r.take(s, a) // "shells supplied by Iran arrived in Russia"
		}
		if a := s.boughtFrom(&g, &t); len(r.sup) == 0 && a >= 0 {
			r.sup = r.take(s, a) // "Thailand's first submarine, ordered from China in 2017, arrived"
		}
		if a := s.boughtBy(&g, &t); len(r.rec) == 0 && a >= 0 {
			r.rec = r.take(s, a) // "the first two of 28 jets ordered by Kuwait arrived": the buyer's
		}
		if a, c := s.relativeParty(g, t); len(r.sup) == 0 && a >= 0 && (c == classGive || c == classSell) && !slices.Contains(r.rec, s.actors[a].ref.Code) {
			r.sup = r.take(s, a) // "The corvette, which India is gifting to Vietnam, reached Cam Ranh Bay"
		}
		if len(r.sup) == 0 && len(r.rec) > 0 && g.hi <= t.i {
			// "North Korea's shells have gone to Russia", "Iran's drones
			// reached Russian forces": goods still called one state's on
			// reaching another are that state's to send. (Owned by where
			// they arrive, "Poland's first K2 tanks arrived in Poland",
			// they tell no sender.)
			if owner := s.possessor(g.phrases[0].start()); owner >= 0 && (s.actors[owner].ref.kind == kindCountry || s.actors[owner].ref.Kind == "capital") && !slices.Contains(r.rec, s.actors[owner].ref.Code) {
				r.sup = r.take(s, owner)
			}
		}
		if len(r.rec) == 0 && g.hi <= t.i && (len(r.sup) > 0 || t.lemma == "arrive" || t.lemma == "land") {
			// "the Houthis' missiles came from Iran", "Poland's first K2
			// tanks arrived in December": whose they are now. (Not
			// "Ukraine's artillery goes Western".)
			if owner := s.possessor(g.phrases[0].start()); owner >= 0 && !slices.Contains(r.sup, s.actors[owner].ref.Code) {
				if len(r.sup) == 0 && promisedWord(s.d.toks[s.actors[owner].hi].Norm) {
					// "Belgium's promised F-16s will arrive next year": the
					// state whose promise they are gives them.
					r.sup = r.take(s, owner)
				} else {
					r.rec = r.take(s, owner)
				}
			} else if user := s.userAfter(g); len(r.sup) > 0 && user >= 0 && !slices.Contains(r.sup, s.actors[user].ref.Code) {
				r.rec = r.take(s, user) // "the shells fired by the Russian army come from North Korea"
			}
		}
	}
	if (t.class == classGive || t.class == classSell) && !t.passive && !t.noun {
		if giver, st, ok := s.leaveToGive(&t); ok {
			r.sup = r.take(s, giver)
			if s.status(t, g) != armsledger.Denied {
				r.status = st
			}
		} else if asker, asked, request, ok := s.askedToGive(&t); ok {
			// "Zelensky urged allies to send air defence systems": the one
			// asked would give, and who asks receives unless the sentence
			// names another ("urged Germany to send tanks to Ukraine").
			// "Germany allowed Poland to send tanks": Poland gives.
			r.rule = "permit.give"
			if gv := s.governor(t); !request && gv.lemma == "allow" && s.negatedClause(gv.i) {
				r.status = armsledger.Denied // "Germany has not allowed Estonia to pass on howitzers"
			}
			if request {
				r.rule = "request.give"
				if s.chosenToGive(&t) {
					r.rule = "choose.give" // (the choice binds: its status is the governor's)
				}
				if len(r.rec) == 0 {
					r.rec, r.sup = r.take(s, asker), nil
				}
			}
			if asked >= 0 {
				r.sup = r.take(s, asked)
			}
			if gv := s.governor(t); !request && gv.lemma == "expect" && len(r.rec) == 0 && asked >= 0 && asker >= 0 && asker != asked {
				// "Brazil expects Sweden to deliver the last four jets":
				// a state that awaits another's delivery, naming no other
				// recipient, is whom it is for.
				if m := &s.actors[asker]; m.prep == "" && !m.demonym && !m.speaker && m.ref.Code != s.actors[asked].ref.Code {
					r.rec = r.take(s, asker)
				}
			}
		}
	}
	if a := s.requestOwner(t.i); a >= 0 && !t.noun && !t.passive && !slices.Contains(r.sup, s.actors[a].ref.Code) {
		// "Brazil turned down a German request to sell tank shells for use
		// in Ukraine": the one who asks to be sold the goods would get
		// them, whatever use it means them for; the one asked gives (see
		// requestToGive).
		r.rec = r.take(s, a)
	}
	if a := s.mainClauseRecipient(&t); len(r.rec) == 0 && a >= 0 && (t.class == classGive || t.class == classSell) && !slices.Contains(r.sup, s.actors[a].ref.Code) {
		// "limited its assistance to Ukraine's armed forces to non-lethal
		// items, providing bulletproof vests": the clause's goods go where
		// the main clause's aid goes.
		r.rec = r.take(s, a)
	}
	if a := s.toldParty(t); len(r.rec) == 0 && a >= 0 && (t.class == classGive || t.class == classSell) && !slices.Contains(r.sup, s.actors[a].ref.Code) {
		// "The United States informed Thailand that it would not sell the
		// F-35A": whom a seller tells it will sell or not is the buyer.
		r.rec = r.take(s, a)
	}
	if t.noun && t.class == classGive && len(r.rec) == 0 && to < 0 && subj >= 0 && sameSet(r.sup, []string{s.actors[subj].ref.Code}) && s.ownGoods(&g) {
		// "India completed delivery of its 36 Rafales": the subject's own
		// goods of another state's make, delivered to no one named, were
		// delivered to it by their maker. ("Germany completed delivery of
		// its Leopards" may be to the state the text is about.)
		if m := s.madeElsewhere(&g.phrases[0], s.actors[subj].ref.Code); m != "" {
			r.rec, r.sup = r.take(s, subj), []string{m}
		}
	}
	if t.noun && t.class == classGive && len(r.sup) == 1 {
		if a, displaced := s.displacer(t.i, r.sup[0]); a >= 0 {
			// "France overtook Russia as India's second-largest arms
			// supplier": who overtook is the supplier now.
			r.sup = r.take(s, a)
		} else if displaced {
			// "Europe has overtaken the United States as the largest source
			// of aid to Ukraine": the state overtaken is the supplier no
			// more, and the one that overtook it is no state.
			r.sup, r.displaced = nil, true
		}
	}
	if t.noun && (t.lemma == "offer" || t.lemma == "offers") && len(r.rec) == 0 {
		// "Petro had rejected a U.S. offer of used F-16s", "Ankara accepted
		// Washington's offer": who answers an offer is whom it was made to.
		if gv := s.governor(t); gv.i != t.i && (gv.class == classDeny || gv.lemma == "accept") {
			if a := s.subject(gv); a >= 0 && !slices.Contains(r.sup, s.actors[a].ref.Code) {
				r.rec = r.take(s, a)
			}
		}
	}
	if len(r.rec) == 0 {
		if a, alone := s.recipientFromContext(&t, &g, &r, end); a >= 0 {
			codes := r.take(s, a)
			if alone {
				codes = []string{s.actors[a].ref.Code}
			}
			r.rec = codes
		}
	}
	if len(r.sup) == 0 && t.passive && !t.noun && t.class == classGive && len(r.rec) > 0 {
		if c := s.speakerGaveThe(&g, r.rec); c != "" {
			// "Japan will export Patriot missiles to the United States.
			// Tokyo said the missiles would not be passed on to Ukraine":
			// the state that gave the goods, speaking of them again, says
			// where they go.
			r.sup = []string{c}
		}
	}
	if dt := &s.d.dealTold; len(r.rec) == 0 && len(r.sup) == 1 && len(dt.sup) == 2 && len(dt.rec) == 0 && s.idx > dt.sent && s.idx-dt.sent <= 2 &&
		slices.Contains(dt.sup, r.sup[0]) && (t.class == classGive || t.class == classCommit || t.class == classSell) {
		// "Germany and Ukraine signed a deal in Kyiv. Under the agreement,
		// Berlin has committed to supply 12 IRIS-T systems": the other of
		// the two that signed gets them.
		r.rec = notReceiving(dt.sup, r.sup)
	}
	if len(r.sup) == 0 && (s.genericSource(start, end) || s.schemeSource(max(t.i, g.hi), end) || t.class == classRequest && s.genericObject(t.i) || t.noun && s.unnamedGivers(t.i) || s.unnamedMake(&g.phrases[0])) {
		r.open = true // "from its European partners", "Western arms deliveries", "Western tanks": no state to inherit
	}
	if len(r.rec) > 0 && g.phrases[0].financed && !t.noun {
		// "Iran pays Hezbollah's fighters in Syria", "Moscow paid Wagner's
		// fighters in Syria": the money goes to whose fighters they are,
		// not to where they fight; a state that pays its own firm's men
		// moves nothing.
		for a := range s.actors {
			m := &s.actors[a]
			if m.possessive && m.lo >= g.lo && m.lo < g.hi && m.hi < s.hi && paidPeopleWord(s.d.toks[m.hi].Norm) {
				r.rec = r.take(s, a)
				break
			}
		}
	}
	if len(r.rec) == 0 && g.phrases[0].financed {
		// "financed Israel's submarine programme": the possessor gets the money.
		for a := range s.actors {
			m := &s.actors[a]
			if (m.possessive || m.hi < g.hi && paidPeopleWord(s.d.toks[m.hi].Norm)) && m.lo >= g.lo && m.lo < g.hi {
				r.rec = r.take(s, a)
				break
			}
		}
	}
	if len(r.rec) == 0 && (t.class == classGive || t.class == classDeploy || t.class == classMove || t.class == classCommit) {
		if b := s.beneficiary(max(t.i+1, g.hi)); b >= 0 {
			r.rec = r.take(s, b) // "sent tanks to help Ukraine"
		}
	} else if to >= 0 && g.phrases[0].cat == armsledger.Personnel && (t.class == classGive || t.class == classDeploy) {
		// "send 12,000 troops to Ukraine to support Russia's war": troops
		// go to a war to fight for a side, and the side receives them.
		if b := s.beneficiary(s.actors[to].hi); b >= 0 && b != to && !slices.Contains(r.sup, s.actors[b].ref.Code) {
			r.rec = r.take(s, b)
		}
	}
	if t.lemma == "add" && len(r.sup) == 1 && len(r.rec) == 0 {
		code := r.sup[0]
		r.sup, r.rec = s.addedTo(code)
		if m := s.d.makerOf(&g.phrases[0]); len(r.rec) == 0 && m != "" && !strings.Contains(m, ",") && m != code {
			// "Thailand added four Gripen jets": with no flow of its own
			// told, a state adds another state's make to its own forces,
			// bought from the maker.
			r.sup, r.rec = []string{m}, []string{code}
		}
	} else if t.lemma == "add" && len(r.sup) == 1 && len(r.rec) > 0 {
		if sup, rec := s.addedTo(r.sup[0]); sameSet(sup, r.rec) && sameSet(rec, r.sup) {
			// "Egypt has four frigates on order from Italy and is in talks
			// to add two more": who adds to what it gets adds to its own
			// order, from the same seller, not a sale back to it.
			r.sup, r.rec = sup, rec
		}
	}
	if code := s.schemeWhich(t.i); code != "" && !t.passive && !slices.Contains(r.rec, code) && (t.class == classGive || t.class == classSell || t.class == classCommit) {
		// "countries financing the scheme, which aims to supply up to
		// 800,000 rounds": the scheme gives, and so the state that leads
		// it, not the subject of the clause the scheme is named in.
		r.sup = []string{code}
	}
	if len(r.sup) == 0 {
		if a := s.ledSchemeAfter(&g); a >= 0 && !slices.Contains(r.rec, s.actors[a].ref.Code) {
			// "ammunition bought under a Czech-led initiative has reached
			// Ukraine": the state that leads the scheme supplies, as "the
			// Czech-led initiative has delivered" says (ledBy).
			r.sup = r.take(s, a)
		}
	}
	if a := s.shareOwner(&g.phrases[0]); len(r.sup) == 0 && a >= 0 && !slices.Contains(r.rec, s.actors[a].ref.Code) {
		// "The US share of $20 billion was disbursed": whose share.
		r.sup = r.take(s, a)
	}
	if len(r.sup) == 0 && t.noun && t.class == classGive && standIn(s.d.toks[t.i].Norm) {
		// "Suppliers in Russia accounted for $406 million": the firms
		// stand for the state they are in (firmsIn).
		in := -1 // the last before the goods: "and those in China for $267 million"
		for a := range s.actors {
			if m := &s.actors[a]; m.lo > t.i && m.lo < g.lo && s.firmsIn(a) && !slices.Contains(r.rec, m.ref.Code) && (in >= 0 || m.lo <= t.i+3) {
				in = a
			}
		}
		if in >= 0 {
			r.sup = r.take(s, in)
		}
	}
	if len(r.sup) == 0 || len(r.rec) == 0 {
		r.conf -= 0.2
	}
	if t.noun {
		r.conf -= 0.1
	}
	return r
}

// exportsOwner returns the state whose exports ("South Korea's exports",
// "Turkey's arms exports") stand before the goods of group g in their
// sentence, or -1.
func (s *sent) exportsOwner(g *group) int {
	toks := s.d.toks
	for j := s.lo + 1; j < g.lo; j++ {
		if toks[j].Norm != "exports" {
			continue
		}
		k := j - 1
		if k > s.lo && s.actorAt(k) < 0 && toks[k].Kind == Word && !toks[k].Cap {
			k-- // "arms", "defence"
		}
		if a := s.actorAt(k); a >= 0 && s.actors[a].possessive {
			return a
		}
	}
	return -1
}

// arrangedBy returns the subject of "arrange" in "X arranged for goods to
// be sent to Y", when t is that passive infinitive; else -1. The goods'
// own state ("Syrian fighters") is where they come from, not who sends
// them: the one who arranges the transfer is its agent.
func (s *sent) arrangedBy(t *trigger) int {
	toks := s.d.toks
	if !t.passive || t.noun || t.i-3 < s.lo || toks[t.i-1].Norm != "be" || toks[t.i-2].Norm != "to" {
		return -1
	}
	for j := t.i - 3; j > s.lo && t.i-j <= 10; j-- {
		switch toks[j].Norm {
		case ",", ";", "and", "to":
			return -1
		case "for":
			switch toks[j-1].Norm {
			case "arrange", "arranges", "arranged", "arranging":
				return s.subject(trigger{i: j - 1})
			}
			return -1
		}
	}
	return -1
}

// addedTo returns the parties of goods that the state code adds (see
// addsGoods): the flow last told with that state as a party. A giver adds
// to what it gives ("Biden added 72 more"); a buyer to what it buys
// ("Taiwan added 18 more in 2022"). With no such flow, the state gives,
// to a recipient left to the claims around. A buyer whose seller is
// still to be inherited adds to its own purchase all the same: "Peru
// followed with 24 of the jets, and added 12 more".
func (s *sent) addedTo(code string) (sup, rec []string) {
	for k := len(s.d.claims) - 1; k >= 0; k-- {
		c := &s.d.claims[k]
		switch {
		case slices.Contains(c.rec, code) && (len(c.sup) > 0 || c.sent == s.idx && c.status == armsledger.Committed):
			return c.sup, c.rec
		case slices.Contains(c.sup, code) && len(c.rec) > 0:
			return c.sup, c.rec
		}
	}
	return []string{code}, nil
}

// compoundRoles reads "Ukrainian forces used US-supplied HIMARS", "Kyiv's
// US-supplied F-16s": the actor in the adjective gave the item to the one
// that has or uses it, the possessor before the adjective or the subject
// of the clause.
func (s *sent) compoundRoles(t *trigger, g *group, r roleResult) roleResult {
	giver := t.giver - 1
	r.rule = "give.compound"
	r.sup = r.take(s, giver)
	holder := s.possessor(s.actors[giver].lo)
	if holder < 0 {
		// The subject holds the item only if its verb says it uses or has
		// it: in "Russian forces destroyed US-supplied tanks" it does not.
		subj := s.subject(trigger{i: s.actors[giver].lo})
		if subj < 0 {
			subj = s.demonymBefore(s.actors[giver].lo) // "Ukrainian troops used ..."
		}
		if subj >= 0 && s.usesBetween(s.actors[subj].hi, s.actors[giver].lo) {
			holder = subj
		}
	}
	if holder < 0 {
		holder = s.userAfter(*g) // "Iranian-supplied drones have been used by Russian forces"
	}
	if holder < 0 {
		// "Convoys carrying Russian-supplied armoured vehicles have reached
		// Bamako": where the clause's arrival took them.
		holder = s.arrivalDestination(t.i)
	}
	if holder >= 0 {
		r.rec = r.take(s, holder)
	}
	return r
}

// exporterOf returns the state whose exports the noun at i names: its
// possessor poss ("Russia's arms exports"), or a demonym before it,
// whatever governs that ("of French exports"); or -1.
func (s *sent) exporterOf(i, poss int) int {
	if poss >= 0 {
		return poss
	}
	for j := i - 1; j >= s.lo && i-j <= 2; j-- {
		if a := s.actorAt(j); a >= 0 {
			if s.actors[a].demonym {
				return a
			}
			return -1
		}
		if !s.is(j, fMateriel) {
			return -1 // "arms exports"
		}
	}
	return -1
}

// approverOf returns the state that approves the sale at noun t: "the
// sale ... was approved by Congress", "Washington's approval of F-16 sales
// to Turkey". A seller's government approves its sales; or -1.
func (s *sent) approverOf(t *trigger) int {
	toks := s.d.toks
	for k := range s.trigs {
		u := &s.trigs[k]
		if u.class != classCommit && u.class != classDeny {
			continue
		}
		switch {
		case !u.noun && u.passive && u.i > t.i && u.i-t.i <= 12:
			for j := u.i + 1; j < s.hi && j <= u.i+3; j++ {
				// A sale blocked by a state's own legislature is that state's:
				// "the sale of F-16s to Turkey was blocked by Congress". A
				// state that blocks may be a third ("vetoed by Greece").
				if a := s.actorAt(j); a >= 0 && s.actors[a].prep == "by" && (u.class == classCommit || s.actors[a].ref.kind == kindInstitution) {
					return a
				}
			}
		case u.noun && u.i < t.i && t.i-u.i <= 5 && u.i+1 < s.hi && toks[u.i+1].Norm == "of":
			return s.possessor(u.i)
		}
	}
	return -1
}

// demonymOf returns the demonym that modifies the noun at token i, over
// the words of a compound ("Iranian arms supplies"), or -1. Whether it
// names the giver or the receiver is the caller's to say: "Ukrainian arms
// deliveries" are as often deliveries to Ukraine.
func (s *sent) demonymOf(i int) int {
	for j := i - 1; j >= s.lo && i-j <= 3; j-- {
		if a := s.actorAt(j); a >= 0 {
			if m := &s.actors[a]; m.demonym && m.prep == "" && m.hi == j+1 {
				return a
			}
			return -1
		}
		if !s.is(j, fMateriel|fNounContext) {
			return -1
		}
	}
	return -1
}

// demonymBefore returns the last demonym before token i that no
// preposition governs, or -1.
func (s *sent) demonymBefore(i int) int {
	for a := len(s.actors) - 1; a >= 0; a-- {
		if m := &s.actors[a]; m.lo < i && m.demonym && m.prep == "" {
			return a
		}
	}
	return -1
}

// usesBetween reports whether a verb of using or having stands in [lo, hi).
func (s *sent) usesBetween(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if usesWord(s.d.toks[j].Norm) {
			return true
		}
	}
	return false
}

// usesAfter is usesBetween for the words after a relative clause's
// subject, where "has" may be the perfect's auxiliary rather than having:
// "the jets that Peru has" holds them, "the jets that Sweden has supplied"
// tells who gave them.
func (s *sent) usesAfter(lo, hi int) bool {
	toks := s.d.toks
	for j := lo; j < hi; j++ {
		switch toks[j].Norm {
		case "has", "have", "had":
			if j+1 < s.hi && s.is(j+1, fVerb|fAdverb) {
				hi = min(s.hi, hi+1) // the auxiliary takes no room: "that Russian forces have been launching"
				continue
			}
		}
		if usesWord(toks[j].Norm) {
			return true
		}
	}
	return false
}

func usesWord(w string) bool {
	switch w {
	case "use", "uses", "used", "using", "fire", "fires", "fired", "firing", "launch", "launches", "launched", "launching",
		"operate", "operates", "operated", "operating", "fly", "flies", "flew", "flying", "employ", "employs", "employed",
		"deploy", "deploys", "deployed", "field", "fields", "fielded", "has", "have", "had", "owns", "received", "got",
		"welcomed", "welcomes", "welcome", "praised", "praises", "awaiting", "awaits", "awaited", "waiting", "waited",
		"relied", "relies", "rely", "relying":
		return true
	}
	return false
}

// holderSubject returns the subject of the clause whose object starts at
// token i: the actor subject finds, or a state described ("The Gulf state
// already flies Rafale jets bought from France") before a verb of use. -1
// if none.
func (s *sent) holderSubject(i int) int {
	if h := s.subject(trigger{i: i}); h >= 0 {
		return h
	}
	for j := i - 1; j > s.lo && i-j <= 4; j-- {
		if usesWord(s.d.toks[j].Norm) {
			if k := j - 1; k > s.lo && beginVerb(s.d.toks[k].Norm) {
				// "Ukrainian forces have started using the CV90s supplied
				// by Sweden": who began to use them.
				if h := s.subject(trigger{i: k}); h >= 0 {
					return h
				}
			}
			return s.countrySubject(j)
		}
	}
	return -1
}

// firmsIn reports whether actor a names where the firms before it are:
// "suppliers in Russia provided arms", "companies from China sold drones",
// "and those in China". They stand for the state, which is no place the
// goods went to.
func (s *sent) firmsIn(a int) bool {
	m := &s.actors[a]
	if (m.prep != "in" && m.prep != "from") || m.lo-2 < s.lo {
		return false
	}
	k := m.lo - 2
	if w := s.d.toks[k].Norm; (w == "based" || w == "located" || w == "registered") && k > s.lo {
		k-- // "suppliers based in Singapore"
	}
	return standIn(s.d.toks[k].Norm)
}

// giverBefore returns the subject of the verb of giving whose object the
// clause at token i describes ("France equipped a Ukrainian brigade,
// which ..."), or -1.
func (s *sent) giverBefore(i int) int {
	for k := len(s.trigs) - 1; k >= 0; k-- {
		t := s.trigs[k]
		if t.i >= i || t.noun || t.passive {
			continue
		}
		if t.class != classGive || i-t.i > 16 {
			return -1
		}
		return s.subject(t)
	}
	return -1
}

// forThe reports whether the noun at i follows "for" or "for the".
func (s *sent) forThe(i int) bool {
	toks := s.d.toks
	j := i - 1
	if j > s.lo && toks[j].Norm == "the" {
		j--
	}
	return j >= s.lo && toks[j].Norm == "for"
}

// beneficiary returns the actor a purpose clause soon after token i says
// the transfer serves, or -1: "sent tanks to help Ukraine", "to bolster
// Kyiv's air defences", "to enhance Ukraine's ability to ...". What is sent
// to help a state is sent to it.
func (s *sent) beneficiary(i int) int {
	toks := s.d.toks
	// Past a source: "transferred €1.5 billion of windfall profits from
	// immobilised Russian central bank assets to support Ukraine".
	for j := i; j+2 < s.hi && j < i+14; j++ {
		if toks[j].Norm == "," || toks[j].Norm == ";" || j >= i+8 && s.isTriggerWord(j) {
			return -1
		}
		if toks[j].Norm != "to" || !benefitVerb(toks[j+1].Norm) {
			continue
		}
		k := j + 2
		if toks[k].Norm == "the" && k+1 < s.hi {
			k++
		}
		a := s.actorAt(k)
		if a < 0 || s.actors[a].speaker || s.actors[a].demonym && s.actors[a].ref.kind == kindDemonym {
			return -1
		}
		return a
	}
	return -1
}

// benefitVerb reports whether w opens a purpose clause whose object gains
// from a transfer.
func benefitVerb(w string) bool {
	switch w {
	case "help", "assist", "support", "aid", "bolster", "strengthen", "enhance",
		"boost", "reinforce", "defend", "protect", "replenish", "augment", "shore", "arm", "equip":
		return true
	}
	return false
}

// placeNouns after a possessive name a part of that state: "to Russia's
// far east", "into Ukraine's territory".
var placeNouns = setOf("territory", "soil", "border", "borders", "region", "regions", "ports", "city", "cities",
	"town", "towns", "province", "provinces", "area", "areas", "oblast", "harbour", "harbor",
	"port", "bases", "base", "airspace", "waters", "coast", "frontline", "front",
	"factory", "factories", "plant", "plants", "facility", "facilities", "airfield", "airfields", "airbase", "airbases",
	"arsenal", "arsenals", "depot", "depots", "warehouse", "warehouses", "stockpiles", // "shipped from Belarusian arsenals"
	"site", "sites", "shipyard", "shipyards", "camp", "camps", // "sent workers to Russian construction sites"
	"capital") // "arrived in Niger's capital"

// indirectObject lists verbs whose passive subject is the recipient:
// "Ukraine was given tanks", "Kyiv was supplied with shells".
var indirectObject = setOf("give", "provide", "supply", "furnish", "arm", "equip", "promise", "offer", "lend", "hand", "compensate", "reward", "sell", "send", "pledge", "grant", "loan", "lease", "refuse", "deny")

func ruleName(t trigger, frame string) string {
	var forms [3]string
	switch frame {
	case "give":
		forms = giveRules
	case "receive":
		forms = receiveRules
	case "request":
		forms = requestRules
	case "move":
		forms = moveRules
	case "arrive":
		forms = arriveRules
	default:
		forms = [3]string{frame + ".noun", frame + ".passive", frame + ".active"}
	}
	switch {
	case t.noun:
		return forms[0]
	case t.passive:
		return forms[1]
	}
	return forms[2]
}

// The frames' rule names, spelled once so that naming the rule of a claim
// allocates nothing.
var (
	giveRules    = [3]string{"give.noun", "give.passive", "give.active"}
	receiveRules = [3]string{"receive.noun", "receive.passive", "receive.active"}
	requestRules = [3]string{"request.noun", "request.passive", "request.active"}
	moveRules    = [3]string{"move.noun", "move.passive", "move.active"}
	arriveRules  = [3]string{"arrive.noun", "arrive.passive", "arrive.active"}
)

// saysBetween reports whether a verb of speech stands in tokens [lo, hi).
func (s *sent) saysBetween(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if v, ok := s.verbAt(j); ok && v.Class == classSpeech && !s.nounUse(j) {
			return true
		}
	}
	return false
}

// withAbsolute reports whether the group starting at lo opens an absolute
// clause after a comma: ", with about €15bn allocated".
func (s *sent) withAbsolute(lo int) bool {
	toks := s.d.toks
	j := lo - 1
	for j > s.lo && s.is(j, fAdverb) && toks[j].Norm != "with" {
		j--
	}
	return j-1 > s.lo && toks[j].Norm == "with" && toks[j-1].Norm == ","
}

// giverToldBefore reports whether the text before may have told the giver
// of goods an agentless passive says went to code: a flow with a giver
// told in an earlier sentence ("Poland sent 20 tanks to Ukraine in May.
// Ten more were sent in June"), or a sentence just before, in the same
// paragraph, that sets another state as its topic (see topicStates).
func (s *sent) giverToldBefore(code string) bool {
	if s.idx == 0 || s.idx > len(s.d.sentStates) {
		return false
	}
	for k := range s.d.claims {
		if c := &s.d.claims[k]; c.sent < s.idx && len(c.sup) > 0 {
			return true
		}
	}
	prev := &s.d.sentStates[s.idx-1]
	if prev.para != s.para {
		return false
	}
	for k := range max(prev.n, 0) {
		if prev.codes[k] != code {
			return true
		}
	}
	return false
}

// pick returns the first actor group found among candidates (-1 = none).
func (r *roleResult) pick(s *sent, cands ...int) []string {
	for _, a := range cands {
		if a >= 0 {
			return r.take(s, a)
		}
	}
	return nil
}

// regionEnd is where a frame's prepositional phrases stop: at the next
// transfer verb that is not part of this frame, or the end of the sentence.
func (s *sent) regionEnd(t *trigger, g *group) int {
	after := max(t.i, g.hi-1)
	if g.hi > t.i {
		after = max(after, s.namesOf(g.hi)-1) // "a contingent of the Rwanda Defence Force (RDF) and ... to Mozambique"
		after = max(after, s.appositionEnd(g.hi))
	}
	// Roles sit near their frame: a phrase far along the sentence belongs
	// to another clause ("weapon transfers have aided Russia in its assault
	// on Ukraine in exchange for support to the Kim regime").
	end := after + 12
	for a := range s.actors {
		// A long name is one party: "by the People's Republic of China".
		if m := &s.actors[a]; m.lo > after && m.lo < end && m.hi-m.lo >= 4 {
			end += m.hi - m.lo - 1
		}
	}
	end = min(s.hi, end)
	for k := range s.trigs {
		if u := &s.trigs[k]; within(u.i, after+1, end) && u.noun && u.class == classMove && routeWord(u.lemma) {
			// "a shipment of Iranian weapons weighing more than 750 tons
			// that was on the way to the Houthis": the goods' route says
			// where the shipment went, however far its "to".
			end = min(s.hi, max(end, u.i+10))
		}
	}
	for a := 0; a+1 < len(s.actors); a++ {
		// "from the Russian Federation to the combat units of the Islamic
		// Republic of Iran Army": a route read whole, however long.
		m, n := &s.actors[a], &s.actors[a+1]
		if m.lo > after && m.lo < end && n.hi > end && n.lo-m.hi <= 8 &&
			(m.prep == "from" && (n.prep == "to" || n.prep == "into") || m.prep == "to" && n.prep == "from") {
			end = n.hi
		}
	}
	toks := s.d.toks
	for j := after + 1; j+1 < end; j++ {
		if toks[j].Kind == Punct && (toks[j].Norm == ";" || toks[j].Norm == "," && s.is(j+1, fRelative)) {
			end = j // ", some of which had been launched into Ukraine"
			break
		}
		if toks[j].Norm == "," && s.claimAside(j+1) {
			end = j // ", a claim that officials in Washington called credible": who judges the claim takes no role in it
			break
		}
		if toks[j].Norm == "," && j+2 < s.hi && causeParticiple(toks[j+1].Norm) && toks[j+2].Norm == "by" {
			end = j // "Its arms exports topped 9 billion dollars, driven by sales to Poland": what drove a total is a part, whose parties are its own
			break
		}
		if toks[j].Norm == "because" {
			end = j // "provide the funding because of Egypt's role in Gaza ceasefire talks": the states of a reason take no role
			break
		}
		if w := toks[j].Norm; (w == "compared" || w == "comparable") && toks[j+1].Norm == "with" || w == "versus" || w == "vs" {
			end = j // "62 billion euros to Ukraine, compared with 64 billion euros from the US": the comparison's parties are its own
			break
		}
	}
	for k := range s.trigs {
		if u := &s.trigs[k]; within(u.i, after+1, end) && !u.noun && u.class != classSpeech && u.class != classPlan && !s.inChain(u.i, t.i) && (!s.describes(*g, *u) || s.purposeRelative(*g, *u)) {
			if s.tradeMoves(t, u) {
				continue
			}
			return u.i
		}
	}
	return end
}

// causeParticiple reports whether w, after a comma and before "by", opens
// a clause that says what made a figure what it is: "driven by",
// "fuelled by", "boosted by".
func causeParticiple(w string) bool {
	switch w {
	case "driven", "fuelled", "fueled", "boosted", "buoyed", "propelled", "spurred", "powered":
		return true
	}
	return false
}

// claimAside reports whether a noun phrase that sums up what was just said
// as a claim opens at i, after a comma: "a claim that", "an allegation
// Moscow rejected", "the charge officials denied".
func (s *sent) claimAside(i int) bool {
	return i+1 < s.hi && s.is(i, fDeterminer) && claimNoun(s.d.toks[i+1].Norm)
}

// tradeMoves reports whether the verb u, right after the noun of trade t
// or past the period it is counted over, says where the trade went or came
// from: "63 percent of China's arms exports went to Pakistan", "most of
// Kenya's arms imports in 2020-24 came from Turkey". The verb's "to" and
// "from" are the trade's own parties.
func (s *sent) tradeMoves(t, u *trigger) bool {
	if !t.noun || !tradeNoun(t.lemma) || u.class != classArrive && u.class != classMove || u.i <= t.i || u.i-t.i > 9 {
		return false
	}
	toks := s.d.toks
	for j := t.i + 1; j < u.i; j++ {
		if !s.is(j, fAdverb|fBe|fCalendar) && !isAux(toks[j].Norm) && toks[j].Kind != Number && !periodWord(toks[j].Norm) {
			return false
		}
	}
	return true
}

// periodWord reports whether w may stand in a period a trade is counted
// over: "between 2020 and 2024", "over the past five years", "in 2020-24".
func periodWord(w string) bool {
	switch w {
	case "between", "and", "in", "since", "over", "during", "the", "past", "last", "years", "year", "decade", "-", "five", "ten":
		return true
	}
	return false
}

// appositionEnd returns the comma that closes a noun phrase set off by
// commas right after the goods ("1,000 tonnes of sodium perchlorate, the
// main precursor of missile propellant, from China to Iran"), so that the
// roles after it are read; else -1.
func (s *sent) appositionEnd(i int) int {
	toks := s.d.toks
	if i+1 >= s.hi || toks[i].Norm != "," || !s.is(i+1, fDeterminer) {
		return -1
	}
	for c := i + 2; c < s.hi && c-i <= 20; c++ {
		switch toks[c].Norm {
		case ",":
			return c
		case ";", ":", ".":
			return -1
		}
		if s.is(c, fVerb) && !s.participle(c) && !toks[c].Cap {
			return -1 // a clause, not a noun phrase ("an upgraded Block 20 version": a name)
		}
	}
	return -1
}

// namesOf returns the end of the names that an "of" at i gives the goods
// before it — "of the Rwanda Defence Force (RDF) and Rwanda National Police
// (RNP)" — or i if none follows.
func (s *sent) namesOf(i int) int {
	toks := s.d.toks
	if i >= s.hi || toks[i].Norm != "of" {
		return i
	}
	j := i + 1
	for j < s.hi && j-i <= 16 && (toks[j].Cap || toks[j].Norm == "the" || toks[j].Norm == "and" || toks[j].Norm == "(" || toks[j].Norm == ")") {
		j++
	}
	if j-i < 3 {
		return i
	}
	return j
}

// shipName returns the token after a vessel's or system's own name right
// after its kind ("corvette INS Kirpan, which", "frigate HMS Richmond"), or
// i when none follows.
func (s *sent) shipName(i int) int {
	if i >= s.hi || !s.d.toks[i].Cap {
		return i // most words
	}
	return s.shipNameRest(i)
}

// shipNameRest is shipName past its first test (see gates in words.go).
func (s *sent) shipNameRest(i int) int {
	toks := s.d.toks
	j := i
	for j < s.hi && j-i < 4 && toks[j].Kind == Word && toks[j].Cap && s.actorAt(j) < 0 && !s.is(j, fStop|fVerb) {
		j++
	}
	if j > i && j < s.hi && toks[j].Norm == "," {
		return j
	}
	return i
}

// describes reports whether the trigger u is the verb of a relative clause
// on the group's item: "delivered the tanks (that) it promised to Ukraine",
// "the jets they had pledged Kyiv", "received drones supplied by Iran".
// Such a clause names the same goods and the same parties, so the frame's
// roles may be read in it.
func (s *sent) describes(g group, u trigger) bool {
	if s.participleOn(u, g) {
		return true // "delivered the tanks promised to Ukraine"
	}
	if u.class == classHold && s.capableAfter(g.hi, u.i) {
		return true // "transferred missile systems capable of carrying nuclear warheads to Belarus": what the goods can do
	}
	return s.relativeSubject(g, u) != -2
}

// purposeRelative reports whether the relative clause of u, with a subject
// of its own, hangs on goods the group's goods are "for": in "sell it
// ammunition for the tanks it had given to Ukraine" the clause tells how
// the tanks moved, and its "to Ukraine" is no role of the ammunition's.
func (s *sent) purposeRelative(g group, u trigger) bool {
	if s.relativeSubject(g, u) == -2 {
		return false
	}
	for j := g.lo; j < g.hi; j++ {
		if s.d.toks[j].Norm == "for" {
			return true
		}
	}
	return false
}

// governmentAt reports whether a state's governing body is named from
// token i on, after the state's possessive: "Kenya's government", and with
// a word of its term or standing before it, "Kenya's interim government
// has approved the purchase", "Peru's new administration ordered".
func (s *sent) governmentAt(i int) bool {
	if i >= s.hi {
		return false
	}
	if s.is(i, fGovernment) {
		return true
	}
	return i+1 < s.hi && governmentModifier(s.d.toks[i].Norm) && s.is(i+1, fGovernment)
}

// governmentModifier reports whether w tells which or what kind of a
// state's government is meant, leaving it the state's: "interim",
// "transitional", "new".
func governmentModifier(w string) bool {
	switch w {
	case "interim", "transitional", "caretaker", "provisional", "new", "incoming", "outgoing", "current", "elected",
		"civilian", "federal", "national", "central", "coalition", "ruling":
		return true
	}
	return false
}

// addressedBefore reports whether the "to" of mention a, before the verb
// of asking at v, follows a verb or noun of addressing: "wrote to Moscow
// asking for", "a letter to Beijing sought", "appealed to Tokyo, seeking".
func (s *sent) addressedBefore(a, v int) bool {
	m := &s.actors[a]
	if m.lo < s.lo+2 || v-m.hi > 2 {
		return false
	}
	switch s.d.toks[m.lo-2].Norm {
	case "wrote", "writes", "written", "writing", "letter", "letters", "appeal", "appeals", "appealed", "turned", "turns", "message", "plea", "request":
		return true
	}
	return false
}

// writerBefore returns the mention that opens the clause before mention a
// as its subject ("Caracas wrote to Moscow", "Venezuela's letter to
// Beijing"), or -1.
func (s *sent) writerBefore(a int) int {
	for b := a - 1; b >= 0; b-- {
		if m := &s.actors[b]; m.lo < s.actors[a].lo && (m.prep == "" || m.possessive) {
			return b
		}
	}
	return -1
}

// stateSpeaks reports whether the sentence's speaker is the state of code
// c named as itself or by its capital ("Norway said", "Lisbon says"), not
// one of its bodies or people, whose words may tell of others' giving
// ("Estonian intelligence said shells were shipped to Russia").
func (s *sent) stateSpeaks(c string) bool {
	for a := range s.actors {
		m := &s.actors[a]
		if m.speaker && m.prep == "" && !m.possessive && !m.demonym && m.ref.Code == c && (m.ref.kind == kindCountry || m.ref.Kind == "capital") {
			return true
		}
	}
	return false
}

// speakerGaveThe returns the state that speaks for the sentence when the
// goods of a passive with no agent are "the" goods of a kind that state
// was told, earlier in the text, to give: "Tokyo said the missiles would
// not be passed on to Ukraine" after Japan's export of missiles. Else "".
func (s *sent) speakerGaveThe(g *group, rec []string) string {
	c := s.att.speaker.code
	p := &g.phrases[0]
	if len(c) != 2 || c == "EU" || slices.Contains(rec, c) {
		return ""
	}
	if s.stateSpeaks(c) && !s.actorWithin(g.lo, g.hi) {
		// "Norway confirmed that 300 drones were handed over to Ukraine",
		// "Lisbon says the first two will be delivered in May": a state
		// that tells, in its own name, of goods given to another with no
		// giver named tells of its own giving. (Not "the White House said
		// North Korean shells were delivered to Russia": goods of a named
		// make are another's.)
		return c
	}
	if p.start() <= s.lo || s.d.toks[p.start()-1].Norm != "the" {
		return ""
	}
	for k := range s.d.claims {
		if o := &s.d.claims[k]; o.sent < s.idx && o.p.cat == p.cat && sameSet(o.sup, []string{c}) {
			return c
		}
	}
	return ""
}

// capableAfter reports whether "capable of" or "able to" stands right
// after goods ending before token i, and right before the verb of holding
// at v: the clause says what the goods can carry, not where they go.
func (s *sent) capableAfter(i, v int) bool {
	if v != i+2 && v != i+3 {
		return false
	}
	toks := s.d.toks
	return toks[i].Norm == "capable" && toks[i+1].Norm == "of" || toks[i].Norm == "able" && toks[i+1].Norm == "to" ||
		v == i+3 && s.is(i, fAdverb) && (toks[i+1].Norm == "capable" && toks[i+2].Norm == "of" || toks[i+1].Norm == "able" && toks[i+2].Norm == "to")
}

// relativeSubject reads a relative clause on the group's item whose verb is
// u, "(that) it promised", "(that) North Korea promised": it returns the
// clause's subject, an actor, or -1 for a pronoun; -2 if there is no such
// clause.
func (s *sent) relativeSubject(g group, u trigger) int {
	toks := s.d.toks
	j := s.shipName(g.hi) // "missile corvette INS Kirpan, which"
	if j+1 < u.i && toks[j].Norm == "," && toks[j+1].Norm == "which" {
		j++ // "The corvette, which India is gifting to Vietnam, reached"
	}
	if j < u.i && (toks[j].Norm == "that" || toks[j].Norm == "which") {
		j++
	}
	if j >= u.i {
		return -2
	}
	if toks[j].Norm == "the" && j+1 < u.i && s.actorAt(j+1) >= 0 {
		j++ // "the F-16s that the Netherlands pledged"
	}
	subj := -1
	if a := s.actorAt(j); a >= 0 && s.actors[a].prep == "" && !s.actors[a].possessive {
		subj, j = a, s.actors[a].hi
	} else if s.is(j, fSubjectPronoun) {
		j++
	} else {
		return -2
	}
	for j < u.i && (isAux(toks[j].Norm) || toks[j].Norm == "already") {
		j++ // "the 34 it had already ordered"
	}
	if j != u.i && s.inChain(j, u.i) {
		if _, ok := s.verbAt(j); ok {
			j = u.i // "the submarines it agreed to sell to Pakistan"
		}
	}
	if j != u.i {
		return -2
	}
	return subj
}

// relativeStart are words that open a clause after a comma that is not
// part of the frame before it.
var relativeStart = setOf("which", "who", "whom", "whose", "some", "many", "most", "while",
	"although", "though", "but", "where", "when", "after", "before", "because", "as", "since",
	"whereas", "even")

// inChain reports whether trigger u heads a verb chain that ends in t ("agreed
// to send", "is preparing to deliver").
func (s *sent) inChain(u, t int) bool {
	return u < t && t-u <= 3 && s.d.toks[t-1].Norm == "to"
}

// ppActor returns the first actor in [lo, hi) governed by one of the
// prepositions, skipping speakers.
//
// The preposition is compared first: most mentions have another one, and
// ppCandidate, which reads the words around each, need not be asked of
// them (it only reads, so the order of the two tests changes no answer).
func (s *sent) ppActor(lo, hi int, preps ...string) int {
	for a := range s.actors {
		if slices.Contains(preps, s.actors[a].prep) && s.ppCandidate(a, lo, hi) {
			return a
		}
	}
	return -1
}

// ppCandidate reports whether actor a starts in [lo, hi) and may be the
// one a preposition there governs: no speaker, no demonym.
func (s *sent) ppCandidate(a, lo, hi int) bool {
	m := &s.actors[a]
	if !within(m.lo, lo, hi) || m.speaker || m.aside || m.ref.kind == kindDemonym && !s.peopleNoun(a) && !s.stocksOf(a) && !s.alongsideTroops(a) {
		return false
	}
	if m.prep == "from" && s.pressureFrom(m.lo) {
		return false // "shelved a plan to supply rockets after pressure from Washington"
	}
	if m.prep == "from" && s.expelledFrom(m.lo) {
		return false // "Turkey was removed from the US-led programme after it took delivery of S-400s": a body left, no supplier
	}
	if m.prep == "from" && s.rivalFrom(m.lo) {
		return false // "won a contract to supply 18 jets to Malaysia, beating rival bids from India and China": the losers supply nothing
	}
	if m.prep == "with" && s.inTheRunning(a) {
		return false // "negotiating for 24 fighters, with Saab and Dassault in the running": bidders, none chosen
	}
	if m.prep == "in" && s.warIn(m.lo) {
		return false // "drones for use in the war in Ukraine": where the war is, not who gets them
	}
	if (m.prep == "in" || m.prep == "at") && fireVerb(s.wordBeforePrep(m.lo, m.prep)) {
		// "sold rifles that could be used in Bolivia", "the shells Russia
		// fires in Ukraine", "drones launched at Ukraine": where or at whom
		// weapons are used, not who gets them (see usersTold for "for use
		// in").
		return false
	}
	if (m.prep == "into" || m.prep == "in" || m.prep == "at" || m.prep == "against") && s.struckAt(m.lo) {
		return false // "permission to strike deeper into Russia": a target, not who gets the weapons
	}
	if m.prep == "in" && s.keptInState(m.lo) {
		return false // "US shells stored in Poland have arrived in Ukraine": where they were kept, not where they went
	}
	if m.prep == "in" && s.signedIn(m.lo) {
		return false // "the purchase was formally signed in Copenhagen": where the deal was signed, no party
	}
	if m.prep == "in" && m.hi < s.hi && s.d.toks[m.hi].Norm == "and" && makingVerbForm(s.wordBeforePrep(m.lo, "in")) {
		return false // "are to be built in Japan and delivered from 2029": where they are made, not where the verb joined to it takes them
	}
	if m.prep == "in" && s.placeOfSource(m.lo) {
		return false // "transferred from the European F-16 Training Center in Romania": where they came from
	}
	if (m.prep == "toward" || m.prep == "towards") && (m.ref.Kind == "capital" || m.ref.kind == kindPlace) {
		return false // "sent 50 drones toward Odesa": a city aimed at, no state given to
	}
	if (m.prep == "to" || m.prep == "toward" || m.prep == "towards") && m.hi < s.hi && borderWord(s.d.toks[m.hi].Norm) {
		return false // "moved Iskander launchers closer to the Finnish border": a place, no recipient
	}
	if m.prep == "to" && s.belongsTo(m.lo) {
		return false // "howitzers that once belonged to the East German army": an owner before, not a destination
	}
	if m.prep == "to" && s.comparedTo(m.lo) {
		return false // "aid worth €28 billion, second only to the United States": a rank, not a destination
	}
	if m.prep == "for" && s.leaveFor(a) >= 0 {
		return false // "permission for the Netherlands to pass on launchers and for Estonia to transfer howitzers"
	}
	if m.prep == "for" && s.formerlyMeant(m.lo) {
		return false // "11 Mi-17 helicopters that had been intended for Afghanistan": meant for it once, going elsewhere now
	}
	if m.prep == "for" && s.dealForOwnGoods(a) {
		return false // "signed a $4 billion deal for France's Rafale jets": the jets are France's to sell
	}
	if !m.possessive && m.hi < s.hi && warNoun(s.d.toks[m.hi].Norm) {
		return false // "to either party to the Ukraine conflict": the state names the war
	}
	// "to Russia's accumulation": the preposition governs the noun after
	// the possessive, unless that noun is the state itself ("Greece's Air
	// Force") or a place in it ("Russia's Kursk region"). "For" a state's
	// undertaking names whom it serves: "tanks for Ukraine's
	// counteroffensive", "drones for Russia's war".
	return !m.possessive || s.partOfState(m.hi) || m.prep == "for"
}

// dealForOwnGoods reports whether the possessive state a follows "for"
// after a noun of a deal and makes the goods named right after it: "a deal
// for South Korea's KM-SAM system", "an order for France's Rafale jets".
// What a deal is for is bought from the state whose make they are; it is
// no beneficiary, as it is in "a contract for Peru's air defence" or
// "spare parts for Ukraine's tanks".
func (s *sent) dealForOwnGoods(a int) bool {
	lo := s.actors[a].lo
	return lo-2 >= s.lo && dealNoun(s.d.toks[lo-2].Norm) && s.forMaker(lo-1) == a
}

// dealNoun reports whether w names a deal whose "for" can be the goods
// bought: a contract or an order.
func dealNoun(w string) bool {
	return contractNoun(w) || w == "order" || w == "orders"
}

// ownMake reports whether the goods named just after the possessive m
// are of a model its state makes (lexicon/makers.tsv): in "a deal for
// South Korea's K9 howitzers" the state is whose goods they are, the
// seller, not whom they serve, as it is in "$500 million for Ukraine's air
// defence".
func (s *sent) ownMake(m *actorMention) bool {
	for j := m.hi; j < min(s.hi, m.hi+4); j++ {
		if s.d.toks[j].Kind == Punct {
			return false
		}
		if _, maker, ok := lex.makers.Match(s.d.toks, j, s.hi); ok {
			return maker == m.ref.Code
		}
	}
	return false
}

// dealGoodsOwner returns the state whose goods the deal noun of t is for
// ("signed a $3.5 billion deal for South Korea's KM-SAM system": South
// Korea sells), or -1.
func (s *sent) dealGoodsOwner(t trigger) int {
	if t.i+1 >= s.hi || !dealNoun(s.d.toks[t.i].Norm) {
		return -1
	}
	return s.forMaker(t.i + 1)
}

// formerlyMeant reports whether the "for" before the actor at lo follows
// a past plan that no longer holds: "had been intended for", "originally
// destined for", "once earmarked for".
func (s *sent) formerlyMeant(lo int) bool {
	toks := s.d.toks
	j := lo - 2 // the word before "for"
	if j > s.lo && toks[j+1].Norm != "for" {
		j-- // "for the Afghan air force"
	}
	if j <= s.lo {
		return false
	}
	switch toks[j].Norm {
	case "intended", "destined", "earmarked", "meant", "built", "ordered":
	default:
		return false
	}
	switch toks[j-1].Norm {
	case "originally", "once", "previously", "initially":
		return true
	case "been":
		return j-2 >= s.lo && toks[j-2].Norm == "had"
	}
	return false
}

// placeOfSource reports whether the "in" before an actor starting at lo
// places the noun after a "from": "from the European F-16 Training Center
// in Romania", "from a depot in Belarus".
func (s *sent) placeOfSource(lo int) bool {
	toks := s.d.toks
	in := lo - 1
	for in > s.lo && toks[in].Norm != "in" {
		in--
	}
	for j := in - 1; j >= s.lo && in-j <= 10; j-- {
		switch w := toks[j].Norm; {
		case w == "from":
			return true
		case toks[j].Kind == Punct && !Joiner(toks, j), s.is(j, fVerb) && !toks[j].Cap, s.actorAt(j) >= 0 && !s.actors[s.actorAt(j)].demonym:
			return false
		}
	}
	return false
}

// pressureFrom reports whether the "from" before an actor starting at lo
// tells whose pressure, warnings or objections, not whence goods come.
func (s *sent) pressureFrom(lo int) bool {
	switch s.wordBeforePrep(lo, "from") {
	case "pressure", "criticism", "objections", "opposition", "protests", "warnings", "threats", "complaints", "lobbying", "demands", "appeals", "calls":
		return true
	}
	return false
}

// expelledFrom reports whether the "from" before an actor starting at lo
// follows a word of being put out of a body or scheme: "removed from",
// "expelled from", "its exclusion from". The state named there leads what
// was left; it gives nothing. ("Withdrawn from US stocks" does name a
// giver, so withdrawing is not among them.)
func (s *sent) expelledFrom(lo int) bool {
	switch s.wordBeforePrep(lo, "from") {
	case "removed", "removal", "expelled", "expulsion", "excluded", "exclusion", "ejected", "ejection", "barred", "ousted", "suspended", "suspension":
		return true
	}
	return false
}

// rivalFrom reports whether the "from" before an actor starting at lo
// names a seller that lost or competes: "competition from Italy", "rival
// bids from India and China", "beating offers from France". A bid or offer
// with no word of rivalry ("an offer from Germany to supply tanks") still
// names a giver.
func (s *sent) rivalFrom(lo int) bool {
	w := s.wordBeforePrep(lo, "from")
	switch w {
	case "competition", "rivals", "competitors", "challengers", "contenders":
		return true
	case "bid", "bids", "offer", "offers", "proposal", "proposals", "designs", "entries":
	default:
		return false
	}
	j := lo - 3 // the word before the noun
	if s.d.toks[lo-1].Norm == "the" {
		j--
	}
	if j < s.lo {
		return false
	}
	switch s.d.toks[j].Norm {
	case "rival", "competing", "beating", "beat", "over", "outbid", "defeating", "defeated", "against":
		return true
	}
	return false
}

// inTheRunning reports whether the list of mention a, after "with", is
// said to compete: "with Saab, Lockheed Martin and Dassault all in the
// running", "with France and Sweden vying for the order". Bidders sell
// nothing until one is chosen.
func (s *sent) inTheRunning(a int) bool {
	_, _, j := s.group(a)
	return s.runningAt(j)
}

// modelsInTheRunning returns the index of the first phrase of goods group
// g that opens, after "with", a list said to compete: "is negotiating to
// buy 24 fighters, with the Gripen, the Rafale and the F-16 all in
// contention" (1: the fighters stay). Models on a shortlist move nothing
// until one is chosen (as inTheRunning says of their makers). -1 when no
// such list ends the group.
//
// Only a sentence holding "competing", "vying", "bidding", "running" or
// "contention" (gatedWords) may hold such a list (see runningAt): the
// rest are passed over by a test of its flag.
func (s *sent) modelsInTheRunning(g *group) int {
	if !s.has(fGated) {
		return -1
	}
	return s.modelsInTheRunningRest(g)
}

// modelsInTheRunningRest is modelsInTheRunning past its first test (see
// gates in words.go).
func (s *sent) modelsInTheRunningRest(g *group) int {
	toks := s.d.toks
	if g.hi >= s.hi || !s.runningAt(g.hi) {
		return -1
	}
	for n := range g.phrases {
		k := g.phrases[n].lo - 1
		if k > s.lo && toks[k].Norm == "the" {
			k--
		}
		if k >= s.lo && toks[k].Norm == "with" {
			return n
		}
	}
	return -1
}

// runningAt reports whether the words from j say that what stands before
// them competes: "(all) in the running", "(both) in contention",
// "competing", "vying", "bidding".
func (s *sent) runningAt(j int) bool {
	toks := s.d.toks
	if j < s.hi && (toks[j].Norm == "all" || toks[j].Norm == "both") {
		j++
	}
	if j >= s.hi {
		return false
	}
	switch toks[j].Norm {
	case "competing", "vying", "bidding":
		return true
	case "in":
		return j+2 < s.hi && toks[j+1].Norm == "the" && toks[j+2].Norm == "running" || j+1 < s.hi && toks[j+1].Norm == "contention"
	}
	return false
}

// keptInState reports whether the "in" before an actor starting at lo follows
// a participle of keeping: "stored in", "held in", "kept in",
// "stockpiled in", "warehoused in". The state is where goods wait, not
// one they are given to.
func (s *sent) keptInState(lo int) bool {
	switch s.wordBeforePrep(lo, "in") {
	case "stored", "held", "kept", "stockpiled", "warehoused":
		return true
	}
	return false
}

// notMadeBy returns mention a, the "in" of a transfer, unless it is where
// the giver (sup, or else the subject subj) made the goods ("Turkey handed over two corvettes built in
// Istanbul": where they were made, not whom they were given to); then -1.
// Made in another state, the place may be the taker's ("frigates built in
// Karachi under licence"), so it stays.
func (s *sent) notMadeBy(a, subj int, sup []string) int {
	if a < 0 || !pastParticiple(s.wordBeforePrep(s.actors[a].lo, "in")) {
		return a
	}
	if c := s.actors[a].ref.Code; slices.Contains(sup, c) || len(sup) == 0 && subj >= 0 && s.actors[subj].ref.Code == c {
		return -1
	}
	return a
}

// signedIn reports whether the "in" before an actor starting at lo tells
// where a deal was signed or announced: "signed in Copenhagen", "was
// announced in Paris".
func (s *sent) signedIn(lo int) bool {
	switch s.wordBeforePrep(lo, "in") {
	case "signed", "inked", "announced", "unveiled", "concluded", "finalised", "finalized":
		return true
	}
	return false
}

// namedAs reports whether the noun at i is what a verb of naming calls
// something ("called it the biggest order", "described the sale as",
// "hailed it as the largest contract"), in the few words before it.
func (s *sent) namedAs(i int) bool {
	toks := s.d.toks
	for j := i - 1; j > s.lo && i-j <= 7; j-- {
		switch toks[j].Norm {
		case "it", "this", "them", "that":
			switch toks[j-1].Norm {
			case "called", "calling", "calls", "described", "describing", "dubbed", "termed", "hailed", "labelled", "labeled":
				return true
			}
		case ".", ";", ",":
			return false
		}
	}
	return false
}

// warIn reports whether the "in" before an actor starting at lo tells
// where a war is fought: "the war in Ukraine", "fighting in Sudan".
func (s *sent) warIn(lo int) bool {
	w := s.wordBeforePrep(lo, "in")
	if w == "fighting" {
		// "troops are fighting in Russia's Kursk region": where they are,
		// as the verb of a subject there; "the fighting in Ukraine" is the war.
		j := lo - 2
		if s.d.toks[j].Norm == "the" {
			j--
		}
		return j-1 < s.lo || !s.is(j-1, fBe)
	}
	return warNoun(w)
}

// wordBeforePrep returns the word before the preposition prep (and "the")
// that governs the actor starting at lo, or "" if prep does not.
func (s *sent) wordBeforePrep(lo int, prep string) string {
	toks := s.d.toks
	j := lo - 1
	if j > s.lo && toks[j].Norm == "the" {
		j--
	}
	if j-1 < s.lo || toks[j].Norm != prep {
		return ""
	}
	return toks[j-1].Norm
}

// struckAt reports whether the state at token lo is governed by a
// preposition that a verb of striking takes, past an adverb of depth or
// its object: "to strike deeper into Russia", "can fire deep into Russia",
// "to hit targets in Russia". It is what weapons strike, not who gets them.
func (s *sent) struckAt(lo int) bool {
	toks := s.d.toks
	j := s.prepBefore(lo)
	if j < 0 {
		return false
	}
	for k := j - 1; k >= s.lo && j-k <= 3; k-- {
		switch toks[k].Norm {
		case "deep", "deeper", "further", "farther", "far", "well", "targets", "sites", "military":
			continue
		case "strike", "strikes", "striking", "struck", "hit", "hits", "hitting", "attack", "attacks", "attacking", "attacked",
			"fire", "fires", "fired", "firing", "shoot", "shoots", "shooting":
			return true
		}
		return false
	}
	return false
}

// fireVerb reports whether w is a form of a verb of using weapons, whose
// "in" or "at" names where or at whom they are used: "fires", "used",
// "launched", "shoots". (Not the forms that are nouns too: "for use in
// Ukraine" names who gets the goods.)
func fireVerb(w string) bool {
	switch w {
	case "uses", "used", "using", "fires", "fired", "firing", "launches", "launched", "launching",
		"shoots", "shooting", "expends", "expended", "expending", "employs", "employed":
		return true
	}
	return false
}

// warNoun reports whether w names a war or its fighting.
func warNoun(w string) bool {
	switch w {
	case "war", "conflict", "fighting", "battlefield", "front", "battles", "invasion", "offensive":
		return true
	}
	return false
}

// The prepositions roles reads in a frame, by their index in a ppTable;
// ppTo stands for "to", "into", "onto", "toward" and "towards" alike.
const (
	ppBy = iota
	ppFrom
	ppTo
	ppFor
	ppIn
	ppWith
	ppAt
	numPPs
)

// ppWords are the prepositions of a ppTable, by their index.
var ppWords = map[string]int{"by": ppBy, "from": ppFrom, "to": ppTo, "into": ppTo, "onto": ppTo, "toward": ppTo, "towards": ppTo,
	"for": ppFor, "in": ppIn, "with": ppWith, "at": ppAt,
	"alongside": ppIn} // "are fighting alongside Russian forces": with them, so there

// ownTo returns the state that "to" right after the goods of g names,
// when g is a later item of a list joined by "and" ("sent tanks to Syria
// and jets to Iran", "100 personnel to Burkina Faso and a smaller
// contingent to Niger"): each item has its own destination. Or -1.
func (s *sent) ownTo(g group) int {
	toks := s.d.toks
	j := g.phrases[0].start() - 1
	for j > s.lo && g.phrases[0].start()-j <= 3 && toks[j].Kind == Word && toks[j].Norm != "and" && !toks[j].Cap && s.actorAt(j) < 0 && !s.is(j, fVerb) {
		j-- // "and a smaller contingent to Niger"
	}
	if j <= s.lo || toks[j].Norm != "and" && toks[j].Norm != "," || g.hi+1 >= s.hi || toks[g.hi].Norm != "to" {
		return -1
	}
	a := s.actorAt(g.hi + 1)
	if a < 0 || s.actors[a].prep != "to" || !s.ppCandidate(a, g.hi, s.hi) {
		return -1
	}
	return a
}

// ppTable holds what ppActor answers over a frame's tokens for each of the
// prepositions roles reads, or -1: roles asks about one frame up to a
// dozen times, and one pass over the actors answers every question.
type ppTable [numPPs]int

// ppTable reads the ppTable of tokens [lo, hi).
func (s *sent) ppTable(lo, hi int) ppTable {
	var tab ppTable
	for k := range tab {
		tab[k] = -1
	}
	for a := range s.actors {
		if k := int(s.actors[a].pp) - 1; k >= 0 && tab[k] < 0 && s.ppCandidate(a, lo, hi) && !(k == ppIn && s.firmsIn(a)) && !(k == ppWith && s.madeWith(a)) {
			tab[k] = a // the first actor: as ppActor's scan finds it
		}
	}
	return tab
}

// madeWith reports whether the state of mention a, after "with", is a
// partner in making goods: "a system it developed with France", "jets
// built with Italy". It makes them, and gets none of them.
func (s *sent) madeWith(a int) bool {
	j := s.actors[a].lo - 2
	if j < s.lo || s.d.toks[j+1].Norm != "with" {
		return false
	}
	if s.d.toks[j].Norm == "jointly" && j > s.lo {
		j--
	}
	switch s.d.toks[j].Norm {
	case "developed", "co-developed", "codeveloped", "designed", "built", "produced", "co-produced", "manufactured", "made", "developing", "building", "producing":
		return true
	}
	return false
}

// negotiatedWith returns the state a verb of negotiating or agreeing
// before the infinitive at i names after "with": "is negotiating with
// Israel to buy", "held talks with Seoul to acquire", "agreed with Italy to
// buy" (one agrees with the other party to a bargain); or -1.
func (s *sent) negotiatedWith(i int) int {
	toks := s.d.toks
	if i-1 <= s.lo || toks[i-1].Norm != "to" {
		return -1
	}
	for j := i - 2; j > s.lo && i-j <= 8; j-- {
		if toks[j].Norm != "with" {
			continue
		}
		if a := s.actorAt(j + 1); a >= 0 && s.actors[a].hi <= i-1 {
			if w := toks[j-1].Norm; strings.HasPrefix(w, "negotiat") || w == "talks" || strings.HasPrefix(w, "agree") {
				return a
			}
		}
		return -1
	}
	return -1
}

// borderWord reports whether w, after a state's name, makes it a place at
// its edge: "the Finnish border", "the Polish frontier".
func borderWord(w string) bool {
	return w == "border" || w == "borders" || w == "frontier" || w == "frontiers"
}

// stocksOf reports whether the demonym mention a, after "from", names the
// stores of its state that goods come out of: "from Belarusian storage",
// "from Polish stocks", "from Soviet-era Bulgarian depots".
func (s *sent) stocksOf(a int) bool {
	m := &s.actors[a]
	if m.prep != "from" || m.hi >= s.hi {
		return false
	}
	switch s.d.toks[m.hi].Norm {
	case "storage", "stocks", "stockpiles", "arsenals", "depots", "warehouses", "reserves", "inventories", "inventory", "stores":
		return true
	}
	return false
}

// peopleNoun reports whether the demonym mention a stands alone for its
// people, as their state: "sold jets to the Saudis", "shells from the
// North Koreans" (not "to Saudi forces", whose noun says who).
func (s *sent) peopleNoun(a int) bool {
	m := &s.actors[a]
	toks := s.d.toks
	if m.lo == s.lo || toks[m.lo-1].Norm != "the" {
		return false
	}
	return m.hi == s.hi || toks[m.hi].Kind == Punct || s.is(m.hi, fStop) || rolePreps[toks[m.hi].Norm]
}

// partOfState reports whether the words from i on, after a state's
// possessive, name the state itself or a place in it: a body of it
// ("Russia's military"), a part of it ("Ukraine's territory", "Russia's far
// east") or a proper name ("Russia's Kursk region", "Ukraine's Defence
// Ministry"), which after a state's possessive names one of its places or
// bodies.
func (s *sent) partOfState(i int) bool {
	if i >= s.hi {
		return false
	}
	if s.is(i, fGovernment) || s.is(i, fPlaceNoun) || s.is(i, fPlaceAdj) {
		return true
	}
	if i+1 < s.hi && s.d.toks[i].Kind == Word && s.is(i+1, fPlaceNoun) {
		return true // "Russia's drone factories"
	}
	// A demonym is no proper name of a place: "Ukraine's Russian-occupied
	// territories" are not Ukraine's to receive. A place, force or body of
	// the state is: "Sudan's Rapid Support Forces".
	if a := s.actorAt(i); a >= 0 {
		return s.actors[a].ref.kind != kindDemonym && !s.actors[a].demonym
	}
	if w := s.d.toks[i]; w.Kind == Word && !w.Cap && i+1 < s.hi && !s.is(i, fStop) {
		// "Sudan's paramilitary Rapid Support Forces": a word that
		// describes the force the state's name owns.
		a := s.actorAt(i + 1)
		return a >= 0 && s.actors[a].ref.kind != kindDemonym && !s.actors[a].demonym
	}
	return s.d.toks[i].Cap && s.d.toks[i].Kind == Word
}

// stateNounEnd returns the end of the words from i on that partOfState
// reads as the state's own: "Kursk region" after "Russia's".
func (s *sent) stateNounEnd(i int) int {
	j := i
	for j < s.hi && j-i < 4 && s.partOfState(j) {
		j++
	}
	return j
}

// objectActor returns an actor right after an active verb: its indirect
// object ("provided Moscow with", "give Kyiv hundreds of tanks").
func (s *sent) objectActor(i, end int) int {
	toks := s.d.toks
	for j := i + 1; j < end && j <= i+3; j++ {
		if a := s.actorAt(j); a >= 0 {
			m := &s.actors[a]
			if m.prep == "" && m.ref.kind != kindDemonym && !m.possessive {
				return a
			}
			if m.prep == "" && (m.possessive || m.demonym) && s.forcesAt(m.hi) {
				return a // "provided Ukraine's armed forces with 100 trucks", "the Ukrainian army"
			}
			if m.prep == "" && m.possessive && s.partOfState(m.hi) {
				return a // "reached Russia's Kursk region"
			}
			return -1
		}
		if w := toks[j].Norm; w != "the" && w != "over" && w != "back" && w != "a" && w != "an" && !s.is(j, fAdverb) && !(groupDescriptor(w) && !toks[j].Cap) {
			return -1 // (past "the paramilitary", "the rebel": see groupDescriptor)
		}
	}
	return -1
}

// ownTroops reports whether the demonym a is no indirect object but the
// nation of the people who are the goods: "allowed Russian troops to
// attack", "sent Ukrainian soldiers to the front". "Troops" after a
// demonym names a state's forces, which may receive ("provided Ukrainian
// troops with rifles"); when those troops are themselves what moves, they
// are the state's own men, and it receives nothing. Goods named after
// them ("sent Ukrainian troops 500 rifles", "with rifles") are what the
// troops receive, and leave the demonym the recipient.
func (s *sent) ownTroops(a int, g *group) bool {
	m := &s.actors[a]
	if !m.demonym || len(g.phrases) != 1 || g.phrases[0].cat != armsledger.Personnel {
		return false
	}
	return m.hi >= g.phrases[0].lo && m.hi <= g.phrases[0].head
}

// toldBefore reports whether the actor starting at lo is the one a verb
// of telling addresses: "told Washington", "informed the Pentagon".
func (s *sent) toldBefore(lo int) bool {
	j := lo - 1
	for n := 0; n < 2 && j > s.lo && s.d.toks[j].Cap && s.d.toks[j].Kind == Word; n++ {
		j-- // "informed the Royal Thai Air Force"
	}
	if j > s.lo && s.d.toks[j].Norm == "the" {
		j--
	}
	if j < s.lo {
		return false
	}
	switch s.d.toks[j].Norm {
	case "told", "tells", "tell", "telling", "informed", "informs", "assured", "assures", "notified", "notifies", "warned", "warns":
		return true
	}
	return false
}

// sceneOf returns the state a sentence sets its scene in before the verb
// at i, in the clause right after the comma: an opening "In X," (or "In
// neighbouring X,"), "X, where" with the verb inside the relative clause,
// or an opening "In X, where ...," whose relative clause the one comma
// closes. It returns -1 if there is none.
func (s *sent) sceneOf(i int) int {
	toks := s.d.toks
	for a := range s.actors {
		m := &s.actors[a]
		if m.hi >= i || m.prep != "in" || m.ref.kind == kindDemonym || m.ref.Kind == "capital" || m.hi >= s.hi || toks[m.hi].Norm != "," {
			continue // ("In Tehran, a spokesman rejected ...": a capital is where a government speaks)
		}
		if m.hi+1 >= i {
			continue
		}
		commas := 0
		for _, t := range toks[m.hi+1 : i] {
			if t.Norm == "," {
				commas++
			}
		}
		opens := toks[s.lo].Norm == "in" && (m.lo == s.lo+1 || m.lo == s.lo+2 && (toks[s.lo+1].Norm == "the" || s.is(s.lo+1, fPlaceAdj)))
		switch {
		case commas == 0 && opens:
			return a // "In Niger, Russia delivered ...", "In neighbouring Chad, ..."
		case commas == 0 && toks[m.hi+1].Norm == "where":
			return a // "in Mali, where Russian trainers arrived"
		case commas == 1 && opens && toks[m.hi+1].Norm == "where" && toks[i-1].Norm != ",":
			// "In Mali, where Wagner's men arrived in 2021, Moscow has
			// delivered jets": the one comma closes the relative clause,
			// and the main clause is still set in the scene.
			return a
		}
	}
	return -1
}

// modifiesGoods reports whether the demonym a names the goods of group g,
// or the craft that carries them: "Two Egyptian military aircraft carrying
// weapons".
func (s *sent) modifiesGoods(a int, g *group) bool {
	m := &s.actors[a]
	if within(m.lo, g.lo, g.hi) {
		return g.phrases[0].cat != armsledger.Personnel
	}
	for j := m.hi; j < s.hi && j <= m.hi+1; j++ {
		if s.is(j, fMateriel) {
			if _, ref, ok := lex.materiel.Match(s.d.toks, j, s.hi); ok {
				return ref.Cat != armsledger.Personnel // (not "Ukrainian troops expected to go")
			}
		}
	}
	return false
}

// landedAtPort reports whether an airport, a port or a base follows the
// verb of arrival at i within a few words: "landed at Aden Adde
// International Airport", "docked at the port".
func (s *sent) landedAtPort(i int) bool {
	toks := s.d.toks
	if i+1 >= s.hi || toks[i+1].Norm != "at" && toks[i+1].Norm != "in" {
		return false
	}
	for j := i + 2; j < s.hi && j <= i+7; j++ {
		switch toks[j].Norm {
		case "airport", "port", "base", "airbase", "airfield", "harbour", "harbor", "naval":
			return true
		case ",", ".", ";":
			return false
		}
	}
	return false
}

// rebelsAgainst returns the state named right after "to rebels fighting"
// (or insurgents, militias battling ...) after the verb at i, before end:
// the rebels of that state receive. Or -1.
func (s *sent) rebelsAgainst(i, end int) int {
	toks := s.d.toks
	for j := i + 1; j+2 < s.hi && j < end+4; j++ {
		if toks[j].Norm != "to" {
			continue
		}
		k := j + 1
		if toks[k].Norm == "the" {
			k++
		}
		switch toks[k].Norm {
		case "rebels", "insurgents", "militias", "militants", "guerrillas", "opposition":
		default:
			return -1
		}
		switch toks[k+1].Norm {
		case "fighting", "battling", "opposing", "against":
		default:
			return -1
		}
		for n := k + 2; n < s.hi && n <= k+5; n++ {
			if a := s.actorAt(n); a >= 0 && s.actors[a].ref.kind != kindDemonym {
				return a
			}
		}
		return -1
	}
	return -1
}

// bodyOf reports whether the state named at lo follows "of" or "in" after
// a body that acts for it: "The Defense Ministry of Israel signed", "the
// Government of Japan approved", "A court in the Netherlands blocked".
func (s *sent) bodyOf(lo int) bool {
	toks := s.d.toks
	j := lo - 1
	if j > s.lo && toks[j].Norm == "the" {
		j--
	}
	if j <= s.lo {
		return false
	}
	switch toks[j].Norm {
	case "of":
		switch toks[j-1].Norm {
		case "ministry", "government", "army", "navy", "forces", "military", "cabinet", "administration":
			return true
		}
	case "in":
		switch toks[j-1].Norm {
		case "court", "government", "parliament", "authorities":
			return true // "A court in the Netherlands blocked the export"
		}
	}
	return false
}

// subjectOrigin reports whether the state m, after "from", ends the
// subject of the active verb t, a noun that opens the clause and names no
// goods: "Cargo flights from the United Arab Emirates have delivered
// weapons", "Officials from Kyiv asked for shells". Goods named so ("drones
// from Iran reached Russia") are the load, which the phrases read.
func (s *sent) subjectOrigin(m *actorMention, t *trigger) bool {
	if t.passive || t.noun || m.hi != t.i-s.chainBefore(t.i) {
		return false
	}
	toks := s.d.toks
	n := m.lo - 2 // the noun before "from"
	if n >= s.lo && toks[n+1].Norm == "the" {
		n--
	}
	if n < s.lo || toks[n+1].Norm != "from" || toks[n].Kind != Word || s.is(n, fMateriel|fVerb) || s.actorAt(n) >= 0 {
		return false
	}
	for j := n - 1; j >= s.lo; j-- {
		switch {
		case clauseEnd(toks[j].Norm):
			return true // the clause opens after a mark: "NAIROBI, Jan 29 - Cargo flights from"
		case n-j > 3 || toks[j].Kind != Word || s.is(j, fVerb) || s.actorAt(j) >= 0:
			return false
		}
	}
	return true
}

// toldParty returns the state a verb of telling addresses just before the
// clause of trigger t ("told Thailand that it would", "informed Bangkok it
// will"), or -1.
func (s *sent) toldParty(t trigger) int {
	if t.passive {
		return -1
	}
	if t.noun {
		// "told Ankara that it will approve the sale of 40 F-16s": the
		// verb that governs the noun is the one told.
		gv := s.governor(t)
		if gv.i == t.i || gv.noun || t.i-gv.i > 3 {
			return -1
		}
		t = gv
	}
	for a := range s.actors {
		m := &s.actors[a]
		if m.hi > t.i || t.i-m.hi > 6 || m.speaker || m.prep != "" || !s.toldBefore(m.lo) {
			continue
		}
		j := m.hi
		for n := 0; n < 2 && j < t.i && s.d.toks[j].Cap && s.d.toks[j].Kind == Word; n++ {
			j++ // "the Royal Thai Air Force that"
		}
		if s.d.toks[j].Norm == "that" {
			j++
		}
		if j < t.i && (s.d.toks[j].Norm == "it" || s.d.toks[j].Norm == "they") {
			return a
		}
	}
	return -1
}

// objectPronoun resolves "it" or "them" right after the verb of t, before
// "with" or before the goods of g, to the nearest state before the verb
// other than its subject (subj, or the state just before an infinitive's
// "to"): in "Moscow expects the North to supply it with drones" and "Egypt
// turned to Germany, which agreed to sell it four submarines" it is the
// state named first. It returns -1 if there is none.
func (s *sent) objectPronoun(t *trigger, g *group, subj int) int {
	toks := s.d.toks
	i := t.i
	if i+2 >= s.hi || toks[i+2].Norm != "with" && !(g.lo == i+2 && doubleObject(t.lemma)) {
		return -1
	}
	if w := toks[i+1].Norm; w != "it" && w != "them" {
		return -1
	}
	if i-2 >= s.lo && toks[i-1].Norm == "to" {
		if a := s.actorAt(i - 2); a >= 0 {
			subj = a // "asked Iran to provide it with missiles": Iran provides
		}
	}
	code := "" // no state gives: "after at least 30 states sent it heavy weapons"
	if subj >= 0 {
		code = s.actors[subj].ref.Code
	}
	for a := len(s.actors) - 1; a >= 0; a-- {
		m := &s.actors[a]
		if m.lo >= i || m.prep != "" && m.prep != "and" || m.possessive || m.ref.kind == kindDemonym || m.ref.Code == code {
			continue
		}
		n := *m
		n.codes, _, _ = s.group(a)
		return s.pseudo(n, i+1)
	}
	// "Poland needs tanks. South Korea sold it 180 K2 tanks": the state
	// the text has just told aid goes to or set the scene with (see
	// aidGoesTo), else the one the sentence before was about.
	pay := t.lemma == "pay" // one pays who sold: "Russia sent S-400s to India. India paid it $5 billion"
	if b := s.d.recentAidState(s.idx, []string{code}); b != "" && !pay {
		return s.pseudo(actorMention{ref: actorRef{Code: b}, codes: []string{b}}, i+1)
	}
	if m := s.subjectBefore(s.lo); m != nil && m.ref.Code != code && !slices.Contains(m.codes, code) && (pay || !s.d.gaveIn(s.idx-1, m.ref.Code)) {
		return s.pseudo(*m, i+1) // (not one that gave there itself: "China delivered FK-3 systems. France signed a deal to sell it ...")
	}
	return -1
}

// frontedRelative returns the mention of a relative "which" that a
// preposition governs just before the subject of t's verb ("from which it
// bought", "to which Russia sold"), or -1.
func (s *sent) frontedRelative(t *trigger, subj int) int {
	if subj < 0 || t.noun {
		return -1
	}
	return s.frontedRelativeRest(t, subj)
}

// frontedRelativeRest is frontedRelative past its first test (see gates in words.go).
func (s *sent) frontedRelativeRest(t *trigger, subj int) int {
	m := &s.actors[subj]
	if m.lo-1 <= s.lo || m.hi > t.i || !s.chainTo(m.hi, t.i) || s.d.toks[m.lo-1].Norm != "which" {
		return -1
	}
	if a := s.actorAt(m.lo - 1); a >= 0 && s.actors[a].prep != "" {
		return a
	}
	return -1
}

// wantedBy returns the subject of a relative clause of wanting on the goods
// of g ("technology that Iran wants", "systems which Kyiv is after"), and
// the token of its verb; -1 if there is none.
func (s *sent) wantedBy(g *group) (int, int) {
	toks := s.d.toks
	j := g.hi
	if j+3 < s.hi && toks[j].Norm == "," && toks[j+1].Norm == "which" {
		j++ // "will not send the Gripen jets, which Kyiv has requested since 2023"
	}
	if j+2 >= s.hi || toks[j].Norm != "that" && toks[j].Norm != "which" {
		return -1, -1
	}
	a := s.actorAt(j + 1)
	if a < 0 || s.actors[a].lo != j+1 {
		return -1, -1
	}
	k := s.actors[a].hi
	for k < s.hi && (isAux(toks[k].Norm) || s.is(k, fBe|fAdverb) || toks[k].Norm == "long") { // ("has long sought")
		k++
	}
	if k >= s.hi {
		return -1, -1
	}
	switch toks[k].Norm {
	case "wants", "wanted", "seeks", "sought", "needs", "needed", "requested", "desires", "covets":
		return a, k
	case "after":
		if s.is(k-1, fBe) {
			return a, k // "that Iran is after"
		}
	}
	return -1, -1
}

// newGoods reports whether the goods g are named as new, not as goods
// told before: "25 Patriot systems", "more jets", not "the vehicles",
// "ten of the missiles", "them".
func (s *sent) newGoods(g group) bool {
	p := &g.phrases[0]
	if p.pronominal {
		return false
	}
	for j := max(s.lo, p.start()-1); j < p.head; j++ {
		switch s.d.toks[j].Norm {
		case "the", "these", "those", "its", "their", "his", "her", "our", "this", "that":
			return false
		}
	}
	return true
}

// boughtBy returns the agent of a passive participle of buying or ordering
// on the goods of g, before t: "jets ordered by Kuwait arrived". Or -1.
func (s *sent) boughtBy(g *group, t *trigger) int {
	for k := range s.trigs {
		u := &s.trigs[k]
		if u.i < g.hi || u.i >= t.i || !u.passive || u.noun || u.class != classBuy && u.class != classReceive || !s.participleOn(*u, *g) {
			continue
		}
		if a := s.ppActor(u.i, min(t.i, u.i+4), "by"); a >= 0 && s.actors[a].ref.kind != kindDemonym {
			return a
		}
	}
	return -1
}

// signedWith reports whether the actor at a follows the deal noun at i as
// the party it was signed with: "contract signed with", "deal with".
func (s *sent) signedWith(i, a int) bool {
	toks := s.d.toks
	if a-1 <= i || a-i > 4 || toks[a-1].Norm != "with" {
		return false
	}
	switch w := toks[a-2].Norm; {
	case a-2 == i, w == "signed", w == "concluded", w == "agreed":
		return true
	}
	return false
}

// joinedIn returns the token of "join" in "X joins Y in giving ...", the
// verb whose subject gives what the gerund t moves, or -1.
func (s *sent) joinedIn(t *trigger) int {
	toks := s.d.toks
	if t.noun || t.i-3 < s.lo || toks[t.i-1].Norm != "in" || !strings.HasSuffix(toks[t.i].Norm, "ing") {
		return -1
	}
	for j := t.i - 2; j > s.lo && t.i-j <= 6; j-- {
		switch toks[j].Norm {
		case "join", "joins", "joined", "joining":
			return j
		}
	}
	return -1
}

// shippedFrom returns the state an arrival at t says the goods were sent
// from in "after being shipped from X", or -1.
func (s *sent) shippedFrom(t *trigger) int {
	toks := s.d.toks
	for k := range s.trigs {
		u := &s.trigs[k]
		if u.i <= t.i || u.i-t.i > 12 || u.i-2 <= s.lo || toks[u.i-1].Norm != "being" || toks[u.i-2].Norm != "after" {
			continue
		}
		return s.ppActor(u.i, min(s.hi, u.i+4), "from")
	}
	return -1
}

// doubleObject reports whether a verb of giving takes its recipient as a
// bare object before the goods: "sell it four submarines", "gave them 50
// tanks".
func doubleObject(lemma string) bool {
	switch lemma {
	case "give", "sell", "send", "offer", "lend", "hand", "promise", "grant", "ship",
		"pay": // "agreed to pay it $10 million a month": the payee
		return true
	}
	return false
}

// relativeParty returns the subject of a relative clause on the group
// before the frame's verb t, "the tanks (that) Poland bought", and the
// class of the clause's verb; -1 if there is none.
func (s *sent) relativeParty(g group, t trigger) (int, verbClass) {
	for k := range s.trigs {
		u := &s.trigs[k]
		if u.i <= g.hi || u.i >= t.i || u.noun {
			continue
		}
		if a := s.relativeSubject(g, *u); a >= 0 {
			return a, u.class
		}
		return -1, noVerb
	}
	return -1, noVerb
}

// forWhich returns the token of "which" when the subject starting at lo
// opens a relative clause after "for which" ("for which the junta paid"),
// else -1.
func (s *sent) forWhich(lo int) int {
	toks := s.d.toks
	j := lo - 1
	if j > s.lo && toks[j].Norm == "the" {
		j--
	}
	if j-1 < s.lo || toks[j].Norm != "which" || toks[j-1].Norm != "for" {
		return -1
	}
	return j
}

// payerAfter returns the state that a relative clause right after the
// goods says paid for them, "weapons for which Yerevan had paid $400
// million", or -1: the buyer, whom they were to go to.
func (s *sent) payerAfter(g *group) int {
	toks := s.d.toks
	j := g.hi + 2
	if j >= s.hi || toks[g.hi].Norm != "for" || toks[g.hi+1].Norm != "which" {
		return -1
	}
	if toks[j].Norm == "the" && j+1 < s.hi {
		j++
	}
	a := s.actorAt(j)
	if a < 0 || s.actors[a].possessive || s.actors[a].prep != "" {
		return -1
	}
	for k := s.actors[a].hi; k < s.hi && k-s.actors[a].hi <= 3; k++ {
		if v, ok := s.verbAt(k); ok && v.Lemma == "pay" {
			return a
		}
		if !isAux(toks[k].Norm) && !s.is(k, fAdverb) {
			return -1
		}
	}
	return -1
}

// userAfter returns the state a relative clause on the group says uses
// the goods, "the artillery ammunition that Russian troops fire in
// Ukraine", or -1: who uses them was given them, and where is the war.
func (s *sent) userAfter(g group) int {
	toks := s.d.toks
	j := g.hi
	if a := s.payerAfter(&g); a >= 0 {
		return a // "weapons for which Yerevan had paid": who paid for them gets them
	}
	for k := j; k < s.hi && k-g.hi < 3 && (s.is(k, fBe) || isAux(toks[k].Norm) || s.is(k, fAdverb)); k++ {
		if k+1 < s.hi && useParticiple(toks[k+1].Norm) {
			j = k + 1 // "Iranian-supplied drones have been used by Russian forces": the goods' predicate
			break
		}
	}
	if j+2 < s.hi && toks[j+1].Norm == "by" && (useParticiple(toks[j].Norm) || boughtParticiple(toks[j].Norm)) {
		// "the ammunition used by Russian forces in Ukraine", "fired by
		// the Russian army"; "delivered the first of four radars bought
		// by the Philippines"
		k := j + 2
		if toks[k].Norm == "the" {
			k++
		}
		if a := s.actorAt(k); a >= 0 && !s.actors[a].possessive {
			return a
		}
		return -1
	}
	if j+1 >= s.hi {
		return -1
	}
	bare := toks[j].Norm != "that" && toks[j].Norm != "which" // "the jets Chile bought"
	if !bare {
		j++
	}
	if toks[j].Norm == "the" && j+1 < s.hi {
		j++
	}
	a := s.actorAt(j)
	if a < 0 || s.actors[a].prep != "" {
		return -1
	}
	e := s.actors[a].hi
	if s.actors[a].possessive {
		// "the machine tools that Russia's arms industry imports": the
		// state's own body or industry buys for it.
		if e = s.industryEnd(e); e == s.actors[a].hi {
			return -1
		}
	}
	if !bare && s.usesAfter(e, min(s.hi, e+3)) || s.boughtAfter(e) || bare && s.firesAfter(e) {
		return a
	}
	return -1
}

// firesAfter reports whether the verb of a bare relative clause's subject
// ending at e is one that only a holder of weapons does with them: "the
// shells Russian forces fire in Ukraine", "the drones Moscow launches at
// Kyiv". (A bare "has" or "received" may be another clause's verb.)
func (s *sent) firesAfter(e int) bool {
	toks := s.d.toks
	for k := e; k < s.hi && k-e <= 3; k++ {
		switch toks[k].Norm {
		case "use", "uses", "used", "using", "fire", "fires", "fired", "firing", "launch", "launches", "launched", "launching",
			"operate", "operates", "operated", "fly", "flies", "flew", "employ", "employs", "employed",
			"expend", "expends", "expended", "shoot", "shoots", "shot", "consume", "consumes", "consumed":
			return true
		}
		if !isAux(toks[k].Norm) && !s.is(k, fAdverb) && !s.forcesAt(k) && toks[k].Norm != "soldiers" { // "the shells Russian forces fire"
			return false
		}
	}
	return false
}

// industryEnd returns the token after a state's body or arms industry
// named after its possessive ("Russia's army", "Russia's arms
// industry", "Iran's defence industry"), or i.
func (s *sent) industryEnd(i int) int {
	toks := s.d.toks
	if i < s.hi && stateBody(toks[i].Norm) || i < s.hi && (toks[i].Norm == "industry" || toks[i].Norm == "factories") {
		return i + 1
	}
	if i+1 < s.hi && (toks[i+1].Norm == "industry" || toks[i+1].Norm == "factories") {
		switch toks[i].Norm {
		case "arms", "defence", "defense", "military", "weapons":
			return i + 2
		}
	}
	return i
}

// boughtAfter reports whether the verb of a relative clause's subject
// ending at e is one of buying: "the jets (that) Chile bought", "the
// tanks that Peru had ordered". Who bought the goods is whom they go to.
func (s *sent) boughtAfter(e int) bool {
	toks := s.d.toks
	for k := e; k < s.hi && k-e <= 2; k++ {
		if boughtParticiple(toks[k].Norm) {
			return true
		}
		switch toks[k].Norm {
		case "imports", "imported", "buys", "receives", "received":
			return true // "the machine tools that Russia imports"
		}
		if !isAux(toks[k].Norm) && !s.is(k, fAdverb) {
			return false
		}
	}
	return false
}

// boughtParticiple reports whether w is the participle of a verb of
// buying: "bought", "ordered", "acquired".
func boughtParticiple(w string) bool {
	switch w {
	case "bought", "purchased", "ordered", "acquired", "procured":
		return true
	}
	return false
}

// useParticiple reports whether w is the participle of a verb of using:
// "used by", "fired by", "operated by".
func useParticiple(w string) bool {
	switch w {
	case "used", "fired", "operated", "launched", "flown", "deployed", "employed":
		return true
	}
	return false
}

// forcesAt reports whether the words at i name a state's armed forces,
// defence ministry or firms, after its possessive or demonym.
func (s *sent) forcesAt(i int) bool {
	if i >= s.hi {
		return false
	}
	switch s.d.toks[i].Norm {
	case "armed", "army", "military", "forces", "navy", "air", "defence", "defense", "troops", "units", "brigades", "battalions",
		"company", "companies", "firm", "firms", "manufacturer", "manufacturers", "industry":
		return true
	}
	return false
}

// withSubject returns the state that "with" governs right before the
// participle at i, or -1: in an absolute clause ("Saudi Arabia was the
// second-largest importer, with the United States supplying 74% of its
// imports") the object of "with" does what the participle says.
func (s *sent) withSubject(i int) int {
	if !strings.HasSuffix(s.d.toks[i].Norm, "ing") {
		return -1
	}
	a := s.actorAt(i - 1 - s.chainBefore(i))
	if a < 0 || s.actors[a].prep != "with" || s.actors[a].possessive {
		return -1
	}
	return a
}

// subject finds the actor that does the verb at t: the nearest actor before
// the verb chain that no preposition governs and that is not a speaker. A
// pronoun subject ("they will give") refers to the last subject.
func (s *sent) subject(t trigger) int {
	toks := s.d.toks
	if a := s.withSubject(t.i); a >= 0 {
		return a
	}
	if k := t.i - 1; k-2 >= s.lo && toks[k].Norm == "of" && accuseWord(toks[k-1].Norm) && !s.is(k-2, fBe) {
		// "two Chinese companies it accuses of helping Russia": the
		// accused do it, named before the accuser ("Iran was accused of
		// supplying drones" names them as the passive's subject).
		acc := k - 2 // the accuser's last word
		if a := s.actorAt(acc); a >= 0 {
			acc = s.actors[a].lo
		}
		for j := acc - 1; j >= s.lo && acc-j <= 4; j-- {
			if a := s.actorAt(j); a >= 0 {
				if m := &s.actors[a]; m.prep == "" && !m.possessive {
					for n := m.hi; n < acc; n++ {
						if s.is(n, fMateriel) {
							return -1 // "Russian-flagged ships it accused of ferrying Iranian weapons": carriers; the load says whose
						}
					}
					return a
				}
				break
			}
		}
		return -1
	}
	if k := t.i - 1 - s.chainBefore(t.i); k-2 > s.lo && s.saidInRelative(k) && s.actorAt(k-3) < 0 {
		// "6,700 containers, which he said could hold three million
		// shells": the relative pronoun is the verb's subject, the said
		// clause set inside it; its antecedent is no state.
		return -1
	}
	if k := t.i - 1 - s.chainBefore(t.i); k > s.lo && s.relativeAt(k) {
		if toks[k-1].Norm == "," && k-2 >= s.lo && s.actorAt(k-2) >= 0 && !s.actors[s.actorAt(k-2)].possessive {
			return s.actorAt(k - 2) // "away from Russia, which supplied 36%": Russia, whatever governs it
		}
		if s.actorAt(k-1) < 0 && toks[k-1].Norm != "," && !s.amongGeneric(k-1) {
			// "sanctions on companies that shipped drones": the noun before
			// the relative pronoun does the verb, and it is no state. But in
			// "Poland was among the countries that sent tanks" the states
			// before are among them, and the search goes on to them.
			return -1
		}
	}
	from := t.i - 1
	// "Poland sought that permission and has pledged 14 tanks": a verb of
	// asking in a clause joined by "and" asks its own object; the subject
	// before it does both. ("urged allies to hurry and send": the
	// infinitive's, still.)
	k := t.i - 1 - s.chainBefore(t.i)
	joined := k > s.lo && toks[k].Norm == "and"
	if c := s.relativeAside(k); c >= 0 {
		from = c - 1 // "Ukrainian officials, who visited Seoul last month, asked for shells": not Seoul
	}
	for j := s.subjectStop(from); j >= s.lo; j = s.subjectStop(j - 1) {
		if j < from && s.d.toks[j].Norm == "," && s.closesAdverbialAside(j) {
			if c := s.relativeAside(j); c >= 0 {
				j = c // "had decided, after consulting Ukraine, not to transfer": not Ukraine
				continue
			}
		}
		if j < from && s.d.toks[j].Norm == "," && s.subordinateSubject(j, t.i) {
			return -1 // "Germany announced aid, as officials rushed to spend the funds": the officials spend
		}
		if joined && j == k-1 && s.d.toks[j].Norm == "," {
			if c := s.relativeAside(j); c >= 0 && s.is(c+1, fRolePrep) {
				j = c // "Poland signed for 96 jets, in a deal Washington approved, and received tanks": not Washington
				continue
			}
		}
		if j < from && s.d.toks[j].Norm == "," {
			if c := s.relativeAside(j); c >= 0 && relativeWord(s.d.toks[c+1].Norm) {
				j = c // "The Balkan country, which wants to join the EU, took delivery of": not the EU
				continue
			}
		}
		if a := s.actorAt(j); a >= 0 {
			m := &s.actors[a]
			j = m.lo
			if s.namingAside(m) {
				continue // "signed what the White House described as the largest defense sales agreement": a naming aside
			}
			if m.prep == "for" && s.infinitiveOf(m.hi, t.i) {
				return a // "the plan is for Poland to send": Poland sends
			}
			if lead := s.schemeLedBy(m); lead >= 0 {
				return lead // "The drone coalition led by Britain and Latvia has delivered": who leads the scheme gives
			}
			if m.prep == "from" && s.subjectOrigin(m, &t) {
				return a // "Cargo flights from the United Arab Emirates have delivered weapons": whence the carriers came sends
			}
			if m.speaker || m.aside || m.prep != "" && m.prep != "and" && !s.firmsIn(a) && !s.bodyOf(m.lo) || m.ref.kind == kindDemonym && !plural(toks[m.hi-1].Norm) && !s.ledBy(a) && !(m.hi < s.hi && stateBody(toks[m.hi].Norm)) && !(!t.noun && s.nationAsNoun(m, t.i)) && !s.demonymIntent(m, t.i) && !s.demonymMoney(m, &t) {
				continue
			}
			if s.governedList(a) {
				continue // "recruited fighters from Chad, Libya and South Sudan": all three after "from"
			}
			if (t.class == classReceive || t.class == classBuy) && s.patronOf(a) {
				continue // "Iran-backed militias in Iraq have received drones": Iran backs those who get them; it gets none
			}
			if s.relativeOnGoodsBefore(m, t) {
				continue // "The jets that Chile bought from Norway landed, giving the country": the jets give, not Chile
			}
			if m.prep == "and" && s.examplesGoverned(a) {
				// "The scheme, financed by countries including Denmark and
				// Norway, will deliver": examples of a governed noun.
				j = s.groupLo(a)
				continue
			}
			if m.lo > s.lo && toks[m.lo-1].Norm == "after" && m.hi < s.hi && toks[m.hi].Norm == "to" {
				continue // "Slovakia became the second member after Poland to agree to hand over jets": not Poland
			}
			if m.hi < s.hi && memberNoun(toks[m.hi].Norm) && (m.ref.Code == "NATO" || m.ref.Code == "EU" || m.ref.Code == "G7") && m.lo > s.lo && !s.is(m.lo-1, fVerb) && toks[m.lo-1].Kind == Word && !toks[m.lo-1].Cap {
				// "became the second NATO member to agree": a kind of state,
				// not the bloc ("NATO allies discussed sending" are the bloc's).
				continue
			}
			if s.purposeObject(m, t.i) {
				continue // "supplied air defence equipment to protect Pyongyang and was providing": not Pyongyang
			}
			if m.possessive && s.objectOfVerb(m.lo) && s.ownIntent(m, t.i) {
				return a // "Britain blocked Argentina's attempts to buy Gripens": whose attempts they were buys
			}
			if s.objectOfVerb(m.lo) {
				j := s.bodyEnd(m.hi)
				for n := 0; n < 4 && j < t.i && toks[j].Cap && toks[j].Kind == Word; n++ {
					j++ // "the Finnish Defence Forces Logistics Command to sign"
				}
				if s.infinitiveOf(s.pastTimeTo(j, "to"), t.i) {
					return a // "authorised the Finnish army to buy", "asked Brazil in 2023 to sell": the one told to does it
				}
				continue // "give Germany a week": an object, not the subject
			}
			if s.objectBeforeJoin(m, t.i) {
				continue // "Zelenskiy thanked Germany and asked for more Patriots": who thanked asks
			}
			if m.possessive && !s.governmentAt(m.hi) && !s.ownInfinitive(m, t.i) && !s.possessedName(m, t.i) {
				continue
			}
			return a
		}
		w := toks[j].Norm
		if w == ";" || w == ":" && j < t.i-1 || s.is(j, fGeneric) && j == t.i-1-s.chainBefore(t.i) && !s.blocMembers(j) && !s.statesFirms(j) {
			// "both sides have deployed": no state is named; "the US
			// remains ahead: Europe has allocated": a clause after a colon
			// has its subject after it.
			return -1
		}
		// The bit test, inlined, spares most words the call to verbAt.
		if s.is(j, fVerb) && j < t.i-1 && !s.inChain(j, t.i) {
			if v, ok := s.verbAt(j); ok && v.Class == classRequest && !(joined && !s.d.wordIn(j+1, k, "to")) && !(v.Lemma == "call" && j-2 >= s.lo && s.d.toks[j-2].Norm == "what") &&
				!(v.Lemma == "negotiate" && (t.class == classBuy || t.class == classReceive || t.class == classSell || t.class == classGive)) { // "Ukraine is negotiating with Sweden to buy": the negotiator buys; "Israel is negotiating with India to supply": it supplies
				// "called on Western countries to give": not the caller; but
				// in "is seeking to buy" the seeker buys, and "what it called
				// the largest contract" only names the contract.
				return -1
			}
		}
		if s.is(j, fSubjectPronoun) {
			if j > s.lo && s.d.toks[j-1].Norm == "what" {
				continue // "Baykar signed what it called the largest export contract ... to sell": a naming aside
			}
			if s.speechAside(j, t.i-s.chainBefore(t.i)) {
				j-- // "Iran, she said, had sent shells": the aside's speaker is not the verb's subject
				continue
			}
			return s.antecedent(j, w == "he" || w == "she")
		}
	}
	return s.mainSubject(t.i)
}

// relativeOnGoodsBefore reports whether mention m is the subject of a
// relative clause on goods ("the jets (that) Chile bought from Norway")
// and t an -ing participle set off by a comma after that clause: the
// participle's subject is the main clause's, the goods, not the state
// inside the relative clause. "The jets that Chile bought from Norway
// landed on Monday, giving the country modern fighters" tells no gift
// from Chile.
func (s *sent) relativeOnGoodsBefore(m *actorMention, t trigger) bool {
	toks := s.d.toks
	if t.noun || t.i-1 <= m.hi || toks[t.i-1].Norm != "," || !strings.HasSuffix(toks[t.i].Norm, "ing") || m.prep != "" || m.possessive {
		return false
	}
	j := m.lo - 1
	if j > s.lo && (toks[j].Norm == "that" || toks[j].Norm == "which") {
		j--
	}
	if j < s.lo || !s.is(j, fMateriel) {
		return false
	}
	// The clause's own verb right after its subject ("bought", "has
	// ordered"), before the participle.
	k := m.hi
	for k < t.i && isAux(toks[k].Norm) {
		k++
	}
	return k < t.i-1 && s.is(k, fVerb)
}

// nationAsNoun reports whether a demonym with no plural ending stands as a
// noun for its people, "the" before it and the verb at v right after:
// "The Chinese supplied J-10s", "the French have delivered".
func (s *sent) nationAsNoun(m *actorMention, v int) bool {
	return m.lo > s.lo && s.d.toks[m.lo-1].Norm == "the" && m.hi == v-s.chainBefore(v)
}

// statesFirms reports whether the generic word at j names firms of the
// state named right before it: "Hong Kong firms sold microchips",
// "Turkey-based companies sold machine tools". Those are the state's; the
// search for the subject goes on to it.
func (s *sent) statesFirms(j int) bool {
	switch s.d.toks[j].Norm {
	case "firms", "companies", "suppliers", "entities", "manufacturers", "exporters", "traders", "businesses":
	default:
		return false
	}
	k := j - 1
	if k > s.lo && s.d.toks[k].Norm == "based" && Joiner(s.d.toks, k-1) {
		k -= 2 // "Turkey-based"
	}
	a := s.actorAt(k)
	return a >= 0 && s.actors[a].prep == "" && !s.actors[a].possessive
}

// possessedName reports whether a state's possessive m is followed, up to
// the verb chain of the verb at v, by a name of one to three capitalised
// words that the lexicons do not know: "Turkey's STM will deliver four
// corvettes" — a company of that state, which acts for it.
func (s *sent) possessedName(m *actorMention, v int) bool {
	toks := s.d.toks
	end := v - s.chainBefore(v)
	if end-m.hi < 1 || end-m.hi > 3 {
		return false
	}
	for j := m.hi; j < end; j++ {
		if !toks[j].Cap || toks[j].Kind != Word || s.actorAt(j) >= 0 || s.is(j, fMateriel|fVerb|fStop) {
			return false
		}
	}
	return true
}

// saidInRelative reports whether token k ends "which he said" or "that
// officials believe": a clause of speech set between a relative pronoun
// and its verb.
func (s *sent) saidInRelative(k int) bool {
	toks := s.d.toks
	switch toks[k].Norm {
	case "said", "says", "say", "believe", "believes", "believed", "estimated", "estimates", "thought", "thinks":
	default:
		return false
	}
	j := k - 1
	if !s.is(j, fSubjectPronoun) && toks[j].Norm != "officials" {
		return false
	}
	return toks[j-1].Norm == "which" || toks[j-1].Norm == "that"
}

// speechAside reports whether the subject pronoun at j opens an aside of
// speech set off by commas between a state and the verb chain that starts
// at v: ", she said,", ", he added,". The pronoun is the speaker's, not the
// clause's subject, which stands before the aside ("Iran, she said, had
// sent shells"). After a clause ("from which Israel can draw, he said,
// because ...") the aside closes it, and no subject is before it.
func (s *sent) speechAside(j, v int) bool {
	toks := s.d.toks
	if j-2 < s.lo || j+3 != v || toks[j-1].Norm != "," || toks[j+2].Norm != "," || s.actorAt(j-2) < 0 {
		return false
	}
	say, ok := s.verbAt(j + 1)
	return ok && say.Class == classSpeech
}

// passiveSubjectEnd returns where the chain of the passive verb at i
// starts after its subject subj: past the subject's body, and, when the
// passive names its giver, past what tells of the subject (see
// pastSubjectAside). With no giver named the asides are left alone: what
// the verb moves and from whom is then the text's to say, and a clause
// between makes that reading too loose to take.
func (s *sent) passiveSubjectEnd(subj, i int, agent bool) int {
	lo := s.bodyEnd(s.actors[subj].hi)
	if agent {
		lo = s.pastSubjectAside(lo, i)
	}
	return lo
}

// pastSubjectAside returns where the verb's chain may start after a
// subject that ends at lo, past where the subject is ("in Yemen") and a
// clause of "who" or "which" set off by commas before the verb at i: "The
// Houthis in Yemen, who have fired missiles at Saudi oil facilities, are
// armed by Iran". Both tell of the subject; the verb after them is still
// the subject's. Else lo.
func (s *sent) pastSubjectAside(lo, i int) int {
	if lo+1 < i && s.d.toks[lo].Norm == "in" {
		if a := s.actorAt(lo + 1); a >= 0 && s.actors[a].prep == "in" {
			lo = s.actors[a].hi // "The Houthis in Yemen are armed by Iran": where the subject is
		}
	}
	if lo >= i || s.d.toks[lo].Norm != "," {
		return lo
	}
	c := i - 1 - s.chainBefore(i) // the comma that closes the clause
	if c > lo && s.relativeAside(c) == lo && relativeWord(s.d.toks[lo+1].Norm) {
		return c + 1
	}
	return lo
}

// relativeAside returns, when token k is the comma that closes a clause
// of "who" or "which" or a phrase of a preposition set off by commas before
// a verb, the comma that opens it; else -1: "Ukrainian officials, who
// visited Seoul last month, asked".
func (s *sent) relativeAside(k int) int {
	toks := s.d.toks
	if k <= s.lo || toks[k].Norm != "," {
		return -1
	}
	for j := k - 1; j > s.lo && k-j <= 16; j-- {
		switch toks[j].Norm {
		case "who", "which":
			if toks[j-1].Norm == "," {
				return j - 1
			}
			return -1
		case ",", ";", ":", "\"", "(", ")":
			return -1
		}
		if toks[j-1].Norm == "," && (s.is(j, fRolePrep) || asideOpener(toks[j].Norm) || participleAside(toks[j].Norm) || appositive(toks[j].Norm) && j-1 > s.lo && s.actorAt(j-2) >= 0) && !s.is(k-1, fVerb) {
			// "The Government of Rwanda, at the request of Mozambique,
			// will deploy": an aside that opens with a preposition; "had
			// decided, after consulting Ukraine, not to transfer": with a
			// conjunction of time or concession.
			return j - 1
		}
	}
	return -1
}

// participleAside reports whether w opens a participle's clause set off
// between a subject and its verb: "Baykar, having learned of the campaign,
// announced", "Blinken, speaking in London, said".
func participleAside(w string) bool {
	switch w {
	case "having", "speaking", "writing", "addressing", "responding", "answering", "appearing":
		return true
	}
	return false
}

// closesAdverbialAside reports whether the comma at k closes an aside
// that opens with a conjunction of time or concession after a comma.
func (s *sent) closesAdverbialAside(k int) bool {
	c := s.relativeAside(k)
	return c >= 0 && asideOpener(s.d.toks[c+1].Norm)
}

// packageClaim returns, when the subject of the verb of content at i is a
// package ("The package, funded through ..., also includes"), the last of
// the first n claims told in the last two sentences that is a sum or whose
// goods are called a package; or, for a package named again with "the"
// ("Separately, the package includes $8 billion for Taiwan", "the bill
// includes"), the last claim with a giver anywhere before whose goods are
// told as a package, aid or a bill ("approved $60.8 billion in aid"): the
// package the text named is the one it told, and its giver holds its
// contents, not the giver told since. It returns nil if there is none.
func (s *sent) packageClaim(i, n int) *draft {
	toks := s.d.toks
	named := false
	for j := s.lo; j < i && j-s.lo <= 3; j++ {
		if w := toks[j].Norm; packageWord(w) || w == "bill" || w == "legislation" {
			named = true
		}
	}
	if !named {
		return nil
	}
	reach := 2
	if s.definitePackage(i) {
		reach = len(s.d.sents)
	}
	for k := n - 1; k >= 0; k-- {
		c := &s.d.claims[k]
		if s.idx-c.sent > reach {
			return nil
		}
		if c.status == "" || sameSet(c.sup, c.rec) || len(c.sup) == 0 && len(c.rec) == 0 {
			continue
		}
		near := s.idx-c.sent <= 2
		if near && c.p.money && len(c.sup) > 0 {
			return c // "Italy pledged €800 million. The package includes ...": the sum just told is the package
		}
		for j := max(c.p.lo-3, 0); j < min(c.p.hi+2, len(toks)); j++ {
			if _, ok := packageNoun(toks[j].Norm); ok && (near && packageWord(toks[j].Norm) || !near && len(c.sup) > 0) {
				return c // "a $95 billion aid package that includes $61 billion for Ukraine", "$60.8 billion in aid"
			}
		}
	}
	return nil
}

// signatureOf returns the state whose signature or signing of a deal the
// noun at i names ("India's signature last month of a deal", "Poland's
// signing of the contract"), or -1.
func (s *sent) signatureOf(i int) int {
	toks := s.d.toks
	j := i - 1
	for j > s.lo && i-j <= 7 && (s.is(j, fDeterminer) || Joiner(toks, j) || toks[j].Kind == Word && !toks[j].Cap && toks[j].Norm != "of") {
		j-- // "a government-to-government", "the framework"
	}
	if j <= s.lo || toks[j].Norm != "of" {
		return -1
	}
	k := j - 1
	for k > s.lo && j-k <= 3 && toks[k].Norm != "signature" && toks[k].Norm != "signing" {
		k-- // "signature last month of"
	}
	if toks[k].Norm != "signature" && toks[k].Norm != "signing" {
		return -1
	}
	if a := s.actorAt(k - 1); a >= 0 && s.actors[a].possessive {
		return a
	}
	return -1
}

// shownBy returns the verb of showing or welcoming whose object is the
// noun at i ("put on show a new batch", "unveiled the first shipment",
// "welcomed a consignment"), or -1.
func (s *sent) shownBy(i int) int {
	toks := s.d.toks
	j := i - 1
	for j > s.lo && (s.is(j, fDeterminer) || toks[j].Norm == "new" || toks[j].Norm == "first" || toks[j].Norm == "latest" || toks[j].Norm == "second") {
		j--
	}
	if j <= s.lo {
		return -1
	}
	switch toks[j].Norm {
	case "displayed", "displays", "unveiled", "unveils", "presented", "presents", "paraded", "parades", "showcased", "welcomed", "welcomes", "inspected", "inspects":
		return j
	case "show", "display":
		if toks[j-1].Norm == "on" && j-2 >= s.lo && (toks[j-2].Norm == "put" || toks[j-2].Norm == "puts") {
			return j - 2 // "put on show"
		}
	}
	return -1
}

// involvedIn returns the participle of "involved in (the)", "engaged in"
// or "responsible for (the)" right before the noun of transfer at i, or -1:
// the noun's agents are those the participle describes.
func (s *sent) involvedIn(i int) int {
	toks := s.d.toks
	j := i - 1
	if j > s.lo && toks[j].Norm == "the" {
		j--
	}
	if j-1 < s.lo {
		return -1
	}
	switch toks[j-1].Norm {
	case "involved", "engaged", "complicit", "implicated":
		if toks[j].Norm == "in" {
			return j - 1
		}
	case "responsible":
		if toks[j].Norm == "for" {
			return j - 1
		}
	}
	return -1
}

// verbBetween reports whether a verb of transfer, or any past form, stands
// between tokens lo and hi: the words are then no one noun phrase.
func (s *sent) verbBetween(lo, hi int) bool {
	for j := lo + 1; j < hi; j++ {
		if s.is(j, fVerb) && !s.nounUse(j) || s.d.toks[j].Kind == Word && !s.d.toks[j].Cap && s.participle(j) {
			return true // ("imposed sanctions on entities involved in": a past form, whatever the verb)
		}
	}
	return false
}

// wonBefore reports whether a verb of winning takes the noun at i as its
// object: "had won a $2.8 billion order from Iraq", "secured orders from";
// not "its arms orders from Seoul", which the buyer owns.
func (s *sent) wonBefore(i int) bool {
	for j := i - 1; j >= s.lo && i-j <= 6; j-- {
		switch s.d.toks[j].Norm {
		case "won", "win", "wins", "winning", "secured", "secure", "secures", "securing", "landed", "land", "lands", "landing",
			"received", "receive", "receives", "receiving", "bagged", "clinched", "booked", "got", "gets", "obtained":
			return true
		case "its", "their", "his", "her", ",", ";":
			return false
		}
		if a := s.actorAt(j); a >= 0 && s.actors[a].possessive {
			return false
		}
	}
	return false
}

func packageWord(w string) bool { return w == "package" || w == "packages" }

// gerundSubject returns the state named right before a gerund after a
// preposition, which does what the gerund says: "in the way of Britain
// selling", "objected to Poland sending". Or -1.
func (s *sent) gerundSubject(t *trigger) int {
	if t.noun || t.passive || !strings.HasSuffix(s.d.toks[t.i].Norm, "ing") || t.i-1 <= s.lo {
		return -1
	}
	a := s.actorAt(t.i - 1)
	if a < 0 {
		return -1
	}
	switch m := &s.actors[a]; m.prep {
	case "of", "to", "in", "on", "about", "against", "for":
		if m.hi == t.i && !m.demonym {
			return a
		}
	}
	return -1
}

// appositive reports whether w can open a description of the name before
// it, between commas: "Egypt, a close U.S. ally, receives".
func appositive(w string) bool { return w == "a" || w == "an" || w == "the" }

// bodyEnd returns the token after a state's body named after its name or
// demonym ("the North Korean military"), or i.
func (s *sent) bodyEnd(i int) int {
	if i < s.hi && stateBody(s.d.toks[i].Norm) {
		return i + 1
	}
	return i
}

// mainClauseRecipient returns, for a participle opening a clause after a
// comma ("..., providing vests and helmets"), the state the main clause
// gives to: the last "to" or "for" before the comma. Or -1.
func (s *sent) mainClauseRecipient(t *trigger) int {
	toks := s.d.toks
	if t.noun || t.passive || t.i-1 <= s.lo || toks[t.i-1].Norm != "," || !strings.HasSuffix(toks[t.i].Norm, "ing") {
		return -1
	}
	for a := len(s.actors) - 1; a >= 0; a-- {
		m := &s.actors[a]
		if m.hi > t.i-1 || m.resolved {
			continue
		}
		if (m.prep == "to" || m.prep == "for") && s.ppCandidate(a, s.lo, t.i) {
			return a
		}
	}
	return -1
}

// comparedBetween reports whether words of comparison stand between
// tokens lo and hi: what follows them is another amount's.
func (s *sent) comparedBetween(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		switch s.d.toks[j].Norm {
		case "compared", "versus", "vs", "whereas", "against":
			return true
		}
	}
	return false
}

// asideOpener reports whether w can open an adverbial aside between
// commas: "after consulting Ukraine", "despite objections from Berlin".
func asideOpener(w string) bool {
	switch w {
	case "after", "before", "following", "despite", "while", "once", "until", "without", "when", "although", "though":
		return true
	}
	return false
}

// relativeAt reports whether token k is a relative pronoun that can be a
// verb's subject: "that", "which" or "who".
func (s *sent) relativeAt(k int) bool {
	switch s.d.toks[k].Norm {
	case "that", "which", "who":
		return true
	}
	return false
}

// amongGeneric reports whether token j is a generic noun ("countries",
// "allies") that a state is said to be one of: "among the countries", "one
// of the first nations".
func (s *sent) amongGeneric(j int) bool {
	if !s.is(j, fGeneric) {
		return false
	}
	for k := j - 1; k >= s.lo && k >= j-3; k-- {
		if w := s.d.toks[k].Norm; w == "among" || w == "of" && k > s.lo && s.d.toks[k-1].Norm == "one" {
			return true
		}
	}
	return false
}

// namingAside reports whether the actor m is the subject of a clause that
// names what comes after it: "what the White House described as", "what
// Washington called".
func (s *sent) namingAside(m *actorMention) bool {
	toks := s.d.toks
	b := m.lo - 1
	if b > s.lo && toks[b].Norm == "the" {
		b--
	}
	return b >= s.lo && toks[b].Norm == "what" && m.hi < s.hi && s.is(m.hi, fCall)
}

// accuseWord reports whether w is a verb of accusing that takes "of" and a
// gerund: "accused of ferrying", "suspected of supplying".
func accuseWord(w string) bool {
	switch w {
	case "accused", "accuses", "accuse", "accusing", "suspected", "suspects", "suspect", "suspecting":
		return true
	}
	return false
}

// objectBeforeJoin reports whether the actor m is the object of a past
// verb the lexicons do not know ("thanked", "welcomed", "overtook" is
// none) and the clause of t's verb is joined to it by "and" or "but": in
// "Zelenskiy thanked Germany and asked for more Patriots" Germany is
// thanked, and the subject before it asks.
func (s *sent) objectBeforeJoin(m *actorMention, t int) bool {
	toks := s.d.toks
	if m.lo-1 < s.lo || m.hi+1 > t || m.possessive {
		return false
	}
	if w := toks[m.hi].Norm; w != "and" && w != "but" {
		return false
	}
	if n := m.hi + 1; n != t && !s.is(n, fVerb|fAdverb) && !strings.HasSuffix(toks[n].Norm, "ed") {
		return false // "Germany and France sent": two subjects
	}
	v := &toks[m.lo-1]
	return v.Kind == Word && !v.Cap && len(v.Norm) > 4 && strings.HasSuffix(v.Norm, "ed") && !s.is(m.lo-1, fStop|fDeterminer)
}

// subjectStop returns the last token at or before j that subject stops at:
// one of an actor's, a word with a flag its tests read, or a mark; s.lo-1
// if there is none. Most words are none of these: a tight loop passes them.
func (s *sent) subjectStop(j int) int {
	info, toks, actAt := s.info, s.d.toks, s.actAt
	for ; j >= s.lo; j-- {
		if actAt[j-s.lo] >= 0 || info[j].flags&(fGeneric|fVerb|fSubjectPronoun) != 0 || toks[j].Kind == Punct {
			return j
		}
	}
	return j
}

// subordinateSubject reports whether the comma at j opens a clause of
// time or reason ("as", "while", "because", ...) whose own subject is a
// common noun set before the verb at v: "Germany announced aid, as
// officials rushed to spend the funds". That noun does the verb, and it
// names no state; the states before the comma do not.
func (s *sent) subordinateSubject(j, v int) bool {
	toks := s.d.toks
	if j+3 >= v {
		return false
	}
	switch toks[j+1].Norm {
	case "as", "while", "whereas", "although", "though", "because":
	default:
		return false
	}
	n := j + 2
	if s.is(n, fDeterminer) {
		n++
	}
	w := toks[n]
	if n+1 >= v || w.Kind != Word || w.Cap || len(w.Norm) < 4 || !strings.HasSuffix(w.Norm, "s") || s.actorAt(n) >= 0 || s.is(n, fVerb|fBe|fModal|fAdverb|fSubjectPronoun) {
		return false
	}
	// The noun's verb comes right after it: a form of "be", a modal, a
	// verb the lexicon knows, or a past form.
	next := toks[n+1].Norm
	return s.is(n+1, fVerb|fBe|fModal) || strings.HasSuffix(next, "ed")
}

// mainSubject returns, for a verb in a clause that opens the sentence
// without a subject ("Having bought 100,000 shells last year, the US
// government asked ..."), the subject of the main clause after its comma,
// or -1.
func (s *sent) mainSubject(i int) int {
	toks := s.d.toks
	switch toks[s.lo].Norm {
	case "having", "after", "before", "while", "upon", "when":
	default:
		return -1
	}
	if i-s.lo > 3 {
		return -1
	}
	for j := i + 1; j < s.hi && j-i <= 12; j++ {
		if toks[j].Norm != "," {
			continue
		}
		for k := j + 1; k < s.hi && k <= j+3; k++ {
			if a := s.actorAt(k); a >= 0 {
				if m := &s.actors[a]; m.prep == "" && !m.possessive && !m.speaker {
					return a
				}
				return -1
			}
		}
		return -1
	}
	return -1
}

// ledSchemeAfter returns the demonym of a scheme a state leads that the
// goods of g were got or sent under, a few words after them: "ammunition
// bought under a Czech-led initiative", "shells procured under the
// Danish-led scheme"; or -1.
func (s *sent) ledSchemeAfter(g *group) int {
	toks := s.d.toks
	for j := g.hi; j < s.hi && j-g.hi <= 3; j++ {
		if toks[j].Norm != "under" {
			continue
		}
		k := j + 1
		if k < s.hi && s.is(k, fDeterminer) {
			k++
		}
		if a := s.actorAt(k); a >= 0 && s.actors[a].demonym && s.ledBy(a) {
			return a
		}
		return -1
	}
	return -1
}

// schemeWhich returns the state that leads the scheme a relative clause
// whose verb is at v is told of, "the Czech-led initiative, which has
// delivered", "the scheme, which aims to supply" (the scheme named after
// its state before in the text), or "".
func (s *sent) schemeWhich(v int) string {
	toks := s.d.toks
	j := v - 1
	for j > s.lo && v-j <= 3 && toks[j].Norm != "which" {
		j-- // "which aims to supply", "which has delivered"
	}
	if j-2 < s.lo || toks[j].Norm != "which" || toks[j-1].Norm != "," || !schemeNoun(toks[j-2].Norm) {
		return ""
	}
	if j-3 >= s.lo && toks[j-3].Norm == "-" && j-4 >= s.lo { // "the Czech-led initiative"
		if a := s.actorAt(j - 4); a >= 0 && s.actors[a].demonym && s.ledBy(a) {
			return s.actors[a].ref.Code
		}
	}
	return s.d.schemeOwner(j - 1)
}

// ledBy reports whether the demonym actor a says who leads the noun after
// it: "the Czech-led initiative", "a US-backed coalition" act for that state.
func (s *sent) ledBy(a int) bool {
	toks := s.d.toks
	i := s.actors[a].hi
	if i+1 >= s.hi || toks[i].Norm != "-" {
		return false
	}
	switch toks[i+1].Norm {
	case "led", "backed", "run", "funded", "financed", "sponsored":
		return true
	}
	return false
}

// patronOf reports whether the actor a is a patron named in a compound
// before the noun of those it backs: "Iran-backed militias", "Russian-
// sponsored separatists". The patron is not the backed: what they receive
// it does not.
func (s *sent) patronOf(a int) bool {
	toks := s.d.toks
	i := s.actors[a].hi
	if i+1 >= s.hi || toks[i].Norm != "-" {
		return false
	}
	switch toks[i+1].Norm {
	case "backed", "sponsored", "supported", "funded", "financed", "aligned", "allied":
		return true
	}
	return false
}

// infinitiveOf reports whether tokens [i, v) are "to" and adverbs only, so
// that an actor ending at i is the subject of the infinitive verb at v. A
// partner left unnamed may stand between: "for Germany and its allies to
// provide".
func (s *sent) infinitiveOf(i, v int) bool {
	toks := s.d.toks
	if i+1 < v && toks[i].Norm == "and" {
		i++
		for i < v && (toks[i].Norm == "its" || toks[i].Norm == "their" || toks[i].Norm == "other") {
			i++
		}
		if i < v && s.is(i, fGeneric) {
			i++
		}
	}
	if i >= v || toks[i].Norm != "to" {
		return false
	}
	for j := i + 1; j < v; j++ {
		if !s.is(j, fAdverb) {
			return false
		}
	}
	return true
}

var subjectPronouns = setOf("he", "she", "they", "it", "we")

// genericSubjects are plural nouns that, as a verb's subject, name no state.
var genericSubjects = setOf("sides", "side", "countries", "nations", "states", "allies", "partners",
	"others", "members", "governments", "donors", "companies", "firms", "manufacturers", "backers",
	"suppliers", "exporters", "producers", "makers", "traders", "vendors", "entities", "businesses", "enterprises", "dealers")

// chainBefore counts the auxiliaries and adverbs right before token i.
// The frame's rules ask it of their trigger again and again (subject
// alone up to three times): the last answer is kept.
// It is small enough to be inlined where it is asked (see gates in
// words.go): most asks are answered from the memo.
func (s *sent) chainBefore(i int) int {
	if s.chain.at == i+1 {
		return s.chain.n
	}
	return s.countChain(i)
}

// countChain is chainBefore's count, which it keeps as the last answer.
func (s *sent) countChain(i int) int {
	n := 0
	for j := i - 1; j >= s.lo; j-- {
		w := s.d.toks[j].Norm
		if j > s.lo && adverbPair(s.d.toks[j-1].Norm, w) {
			n, j = n+2, j-1 // "has until now delivered", "have so far sent"
			continue
		}
		if !isAux(w) && !s.is(j, fAdverb|fModal|fBe) && w != "have" && !beginVerb(w) {
			break
		}
		n++
	}
	s.chain.at, s.chain.n = i+1, n
	return n
}

// adverbPair reports whether a and b make a two-word adverb of time that
// stands inside a verb chain: "until now", "so far", "to date".
func adverbPair(a, b string) bool {
	return a == "until" && b == "now" || a == "so" && b == "far" || a == "to" && b == "date" || a == "thus" && b == "far"
}

// stateDescription reports whether token j ends a definite description of
// a state: "the country", "the administration", "the kingdom", "the Gulf
// state", "the North African country", "the island nation". A state's
// armed or ruling body stands for it as well: "Mali expelled French
// troops. The army has since bought drones from Turkey".
func (s *sent) stateDescription(j int) bool {
	toks := s.d.toks
	switch toks[j].Norm {
	case "country", "nation", "administration", "government", "cabinet", "kingdom", "emirate", "republic", "state", "island",
		"army", "military":
	default:
		return false
	}
	bare := toks[j].Norm != "state" // "the state" alone is any government's
	for k := j - 1; k >= s.lo && j-k <= 3; k-- {
		if toks[k].Norm == "the" {
			return bare || k < j-1
		}
		if toks[k].Kind != Word || s.is(k, fStop|fVerb) || s.actorAt(k) >= 0 {
			return false // "the Gulf state", "the South Asian nation"; "the German government" is named
		}
	}
	return false
}

// sceneState returns the state a sentence opens by naming as the place it
// is set in, "In Oslo, the government has halted ...", when the
// description of a state ending at j follows that opening right away; or
// -1. The scene set is whose government or army the description is, not
// the state the sentences before told of.
func (s *sent) sceneState(j int) int {
	k := s.descriptionStart(j)
	if k < s.lo+3 || s.d.toks[k-1].Norm != "," || s.d.toks[s.lo].Norm != "in" {
		return -1
	}
	a := s.actorAt(s.lo + 1)
	if a < 0 || s.actors[a].hi != k-1 || s.actors[a].possessive {
		return -1
	}
	return a
}

// descriptionStart returns the "the" that opens the description of a
// state ending at j ("the Gulf kingdom"), or -1.
func (s *sent) descriptionStart(j int) int {
	for k := j - 1; k >= s.lo && j-k <= 4; k-- {
		if s.d.toks[k].Norm == "the" {
			return k
		}
	}
	return -1
}

// governedList reports whether mention a is a later member of a list of
// states whose first member "from" or "by" governs: "from Chad, Libya and
// South Sudan". After "to" too: "sold tanks to Qatar and Spain, and signed
// a contract to supply Norway" is the seller's second act, not Spain's (a
// state after "to" that opens a clause of its own, "to Qatar and Spain
// signed", is no member of the list: see coordinated). (After "in" or
// "for" the list may be what does the verb:
// "companies in China and Hong Kong shipped", "for the Netherlands and
// Denmark to provide".)
func (s *sent) governedList(a int) bool {
	_, lo, _ := s.group(a)
	f := s.actorAt(lo)
	if f < 0 || f == a {
		return false
	}
	switch s.actors[f].prep {
	case "from", "by", "across", "among", "between", "to":
		return true // ("spreading its purchases across Washington, Ankara and Seoul - and asking each of them": not the askers)
	}
	return false
}

// blocMembers reports whether the generic plural at j names the members
// of a bloc named right before it: "NATO allies pledged", "EU member
// states have sent" are the bloc's acts, as "NATO members" are (whether
// all of them is left to the words before: see subject).
func (s *sent) blocMembers(j int) bool {
	k := j - 1
	if k >= s.lo && s.d.toks[k].Norm == "member" {
		k--
	}
	if k < s.lo {
		return false
	}
	a := s.actorAt(k)
	if a < 0 {
		return false
	}
	if m := &s.actors[a]; m.lo > s.lo && (s.d.toks[m.lo-1].Kind == Number || s.numKindAt(m.lo-1, nkNumber) || someWord(s.d.toks[m.lo-1].Norm)) {
		return false // "several NATO allies", "two EU members": some of them
	}
	switch s.actors[a].ref.Code {
	case "NATO", "EU", "G7":
		return memberNoun(s.d.toks[j].Norm)
	}
	return false
}

// someWord reports whether w, not a number, counts some of a plural after
// it, not all.
func someWord(w string) bool {
	switch w {
	case "several", "some", "many", "few", "other", "most", "various", "certain", "individual", "dozen", "dozens", "number":
		return true
	}
	return false
}

func memberNoun(w string) bool {
	switch w {
	case "member", "members", "ally", "allies", "country", "countries", "state", "states", "partner", "partners", "nation", "nations":
		return true
	}
	return false
}

// beginVerb reports whether w begins what the verb after it does: "will
// begin deploying", "started shipping".
func beginVerb(w string) bool {
	switch w {
	case "begin", "begins", "began", "begun", "start", "starts", "started":
		return true
	}
	return false
}

// heldSupply reports whether the noun of supply at t is the head of a
// compound whose first part names goods, right after the possessive poss:
// "Ukraine's arms supply", "Russia's shell supplies". (In "Russia's supply
// of arms" the owner gives.)
func (s *sent) heldSupply(t *trigger, poss int) bool {
	if t.lemma != "supply" && t.lemma != "supplies" || t.i-1 <= s.actors[poss].hi-1 || !s.is(t.i-1, fMateriel) {
		return false
	}
	for j := s.actors[poss].hi; j < t.i-1; j++ {
		if !s.is(j, fMateriel) && s.d.toks[j].Norm != "own" {
			return false
		}
	}
	return true
}

// demonymOn returns the demonym that modifies the noun at i, past a word
// or two of description: "a Swedish offer", "the latest German delivery",
// "Iranian arms shipments". The state it names is the noun's, not the
// clause's subject ("Colombia rejected a Swedish offer"). Or -1.
func (s *sent) demonymOn(i int) int {
	toks := s.d.toks
	for j := i - 1; j >= s.lo && i-j <= 3; j-- {
		if a := s.actorAt(j); a >= 0 {
			if m := &s.actors[a]; m.ref.kind == kindDemonym && m.prep == "" && !m.possessive && !m.speaker {
				return a
			}
			return -1
		}
		if toks[j].Kind != Word || toks[j].Cap || s.is(j, fDeterminer|fVerb|fStop) {
			return -1
		}
	}
	return -1
}

// ownInfinitive reports whether the possessive m owns a noun whose
// infinitive is the verb at i: "Egypt's plan to buy", "Iran's decision to
// send". The owner does what the noun says it means to. A short time
// may part the noun from its infinitive: "Serbia's decision in August to
// buy"; a year may stand before the noun: "Thailand's 2017 deal to buy".
func (s *sent) ownInfinitive(m *actorMention, i int) bool {
	n := m.hi // the noun
	if n+1 < i && yearToken(s.d.toks[n]) {
		n++ // "Thailand's 2017 deal to buy": the year the noun is of
	}
	if n+2 > i || n+1 >= s.hi {
		return false
	}
	to := s.pastTimeTo(n+1, "to")
	return to+1 == i && s.d.toks[to].Norm == "to" && s.d.toks[n].Kind == Word && !s.is(n, fStop)
}

// ownIntent reports whether the possessive m owns a noun of intent or of
// trying whose infinitive is the verb at i: "Argentina's attempts to buy",
// "Egypt's plan to acquire". Where the possessive is the object of
// another verb ("Britain blocked Argentina's attempts to buy Gripens"),
// the owner still does what the noun says it means to; the clause's
// subject only acts on the attempt.
func (s *sent) ownIntent(m *actorMention, i int) bool {
	if !s.ownInfinitive(m, i) || s.requestToGive(m, i) {
		return false
	}
	switch w := s.d.toks[m.hi].Norm; w {
	case "decision", "push", "drive", "quest", "desire", "wish":
		return true
	default:
		return planNoun(w) || attemptNoun(w)
	}
}

// demonymIntent reports whether the demonym m qualifies a noun of intent
// whose infinitive is the verb at i: "a British plan to sell 48 jets",
// "the Polish decision to send tanks". Whose plan it is does what it
// means to, as a possessive owner does (ownInfinitive), whoever the
// clause's subject is ("Berlin refused to approve a British plan to sell").
func (s *sent) demonymIntent(m *actorMention, i int) bool {
	if !s.ownInfinitive(m, i) || s.requestToGive(m, i) {
		return false
	}
	switch w := s.d.toks[m.hi].Norm; w {
	case "decision", "pledge", "promise", "commitment", "move", "readiness", "willingness":
		return true
	default:
		return planNoun(w) || attemptNoun(w)
	}
}

// demonymMoney reports whether the demonym m qualifies money that is the
// subject of a verb of financing at t: "Iranian cash pays Hezbollah's
// fighters", "Qatari money funds the group". Whose money it is pays.
func (s *sent) demonymMoney(m *actorMention, t *trigger) bool {
	if t.lemma != "finance" || t.noun || t.passive || m.hi >= t.i {
		return false
	}
	switch s.d.toks[m.hi].Norm {
	case "cash", "money", "funds", "funding":
		return true
	}
	return false
}

// requestToGive reports whether m owns a request whose infinitive, the verb
// at i, gives or sells to no state named: "a German request to sell tank
// shells", "rejected Poland's requests to send jets". Who asks is not who
// gives; the one asked is, the subject of the verb that answers the
// request. (What the asker requests to buy it buys: "a Polish request to
// buy tanks"; and a request to send goods to a state named asks leave to
// send them: "Poland's request to send Leopards to Ukraine".)
func (s *sent) requestToGive(m *actorMention, i int) bool {
	if w := s.d.toks[m.hi].Norm; w != "request" && w != "requests" {
		return false
	}
	v, ok := s.verbAt(i)
	if !ok || v.Class != classGive && v.Class != classSell {
		return false
	}
	for j := i + 1; j+1 < s.hi && j-i <= 12; j++ {
		switch s.d.toks[j].Norm {
		case ",", ";", ":":
			return true
		case "to":
			if s.actorAt(j+1) >= 0 || j+2 < s.hi && s.d.toks[j+1].Norm == "the" && s.actorAt(j+2) >= 0 {
				return false
			}
		}
	}
	return true
}

// portNamed reports whether actor a names a port, not a state: "from
// Guinea's port of Conakry", "from the Guinean port of Conakry", "from
// the port of Conakry".
func (s *sent) portNamed(a int) bool {
	m, toks := &s.actors[a], s.d.toks
	if m.hi < s.hi && portNoun(toks[m.hi].Norm) {
		return true
	}
	return m.lo-2 >= s.lo && toks[m.lo-1].Norm == "of" && portNoun(toks[m.lo-2].Norm)
}

func portNoun(w string) bool {
	switch w {
	case "port", "seaport", "harbour", "harbor":
		return true
	}
	return false
}

// promisedWord reports whether w, after a state's possessive and before
// goods, says the state promised them: "Belgium's promised F-16s".
func promisedWord(w string) bool {
	switch w {
	case "promised", "pledged", "donated", "offered", "gifted":
		return true
	}
	return false
}

// purchaseFinanced reports whether the purchase noun of t is the object
// of a verb of paying for it: "is financing the purchase of shells", "has
// funded the procurement of drones".
func (s *sent) purchaseFinanced(t trigger) bool {
	switch t.lemma {
	case "purchase", "purchases", "procurement", "acquisition", "acquisitions":
	default:
		return false
	}
	gv := s.governor(t)
	if gv.i >= t.i || t.i-gv.i > 3 || gv.lemma != "finance" {
		return false
	}
	for j := gv.i + 1; j < t.i; j++ {
		if !s.is(j, fDeterminer) {
			return false // "financed the army, whose purchase": the verb's object is another
		}
	}
	return true
}

// requestOwner returns the state that owns a request whose infinitive is
// the verb at i ("a German request to sell", "Poland's requests to
// send"), or -1.
func (s *sent) requestOwner(i int) int {
	n := i - 2 // the noun
	if n <= s.lo || s.d.toks[i-1].Norm != "to" || s.d.toks[n].Norm != "request" && s.d.toks[n].Norm != "requests" {
		return -1
	}
	a := s.actorAt(n - 1)
	if a < 0 || !s.actors[a].possessive {
		a = s.demonymOn(n)
	}
	if a < 0 || !s.requestToGive(&s.actors[a], i) {
		return -1
	}
	return a
}

// countrySubject resolves "the country" as the subject of the verb at i,
// past a verb chain, to the state the text last told of: "Denmark has
// donated its howitzers. The country also plans to send F-16s". Or -1.
func (s *sent) countrySubject(i int) int {
	toks := s.d.toks
	if a := s.listSubject(i); a >= 0 {
		return a
	}
	for j := i - 1; j > s.lo && i-j <= 8; j-- {
		if toks[j].Norm == "to" && j-2 > s.lo && (attemptNoun(toks[j-1].Norm) || planNoun(toks[j-1].Norm) || toks[j-1].Norm == "decision") && s.is(j-2, fDeterminer) {
			j -= 2 // "The government has approved a proposal to provide": past the plan's noun
			continue
		}
		if s.stateDescription(j) {
			if a := s.sceneState(j); a >= 0 {
				m := s.actors[a]
				m.codes, _, _ = s.group(a)
				return s.pseudo(m, j) // "In Oslo, the government has halted": Norway's
			}
			// "the kingdom" alone names a kingdom (regions.tsv): not the
			// speaker's state when that is none, as in "The White House
			// said the kingdom had agreed to buy 300 tanks".
			kind := lex.regions[toks[j].Norm]
			if s.descriptionStart(j) != j-1 {
				kind = nil
			}
			for a := range s.actors {
				if m := s.actors[a]; m.hi <= j-1 && m.speaker && !m.resolved && (kind == nil || kind[m.ref.Code]) {
					m.codes, _, _ = s.group(a)
					return s.pseudo(m, j) // "Armenian officials say the country paid Russia": theirs
				}
			}
			if a := s.kindBefore(kind, j); a >= 0 {
				m := s.actors[a]
				m.codes, _, _ = s.group(a)
				return s.pseudo(m, j) // "In Doha, officials said the emirate plans to buy": Qatar, not the emirate told before
			}
			m := s.subjectBefore(j)
			if m == nil {
				return -1
			}
			if k := s.descriptionStart(j); k >= 0 {
				lo, hi := k+1, j
				if kind != nil {
					lo, hi = j, j+1 // "the kingdom": the noun is the region
				}
				if code := s.regionBefore(lo, hi, m.ref.Code); code != "" {
					// "The Nordic country also pledged drones" after
					// Germany's rifles for Estonia: the Nordic state told.
					r := actorMention{ref: newActorRef(code, "country")}
					r.codes = append(s.d.tags.newCodes(1), code)
					return s.pseudo(r, j)
				}
			}
			return s.pseudo(*m, j)
		}
		if leaderTitle(toks[j].Norm) && toks[j-1].Norm == "the" && s.d.lastLeader != nil && s.actorAt(j) < 0 {
			// "Olaf Scholz visited Kyiv. The chancellor pledged four
			// Patriot systems": the title of the leader told before.
			m := *s.d.lastLeader
			return s.pseudo(m, j)
		}
		if w := toks[j].Norm; (w == "country" || w == "nation" || w == "government" || w == "administration") && (toks[j-1].Norm == "his" || toks[j-1].Norm == "her") {
			// "Vucic denied that his country had sold arms": the state of
			// the person named before.
			for a := len(s.actors) - 1; a >= 0; a-- {
				if m := s.actors[a]; m.hi <= j-1 && !m.resolved {
					m.codes, _, _ = s.group(a) // the pseudo mention's codes: its tokens are not the name
					return s.pseudo(m, j)
				}
			}
			return -1
		}
		if !s.is(j, fVerb|fChain|fAdverb|fModal|fBe) && !isAux(toks[j].Norm) {
			return -1
		}
	}
	return -1
}

// kindBefore returns the last state named earlier in the sentence, before
// token j, that a noun of a kind of state ("kingdom", "emirate", "island":
// kind, from regions.tsv) can name, or -1. A definite description points
// to the nearest state that fits it, and one the sentence itself has just
// named ("In Doha, officials said the emirate ...") is nearer than any
// state of the sentences before.
func (s *sent) kindBefore(kind map[string]bool, j int) int {
	if kind == nil {
		return -1
	}
	for a := len(s.actors) - 1; a >= 0; a-- {
		m := &s.actors[a]
		if m.hi > j-1 || m.resolved || len(m.ref.Code) != 2 {
			continue
		}
		if kind[m.ref.Code] {
			return a
		}
	}
	return -1
}

// listSubject resolves "the three countries" as the subject of the verb at
// i, past a verb chain, to the last list of as many states: "a joint
// project of Germany, Denmark and the Netherlands ... The three countries
// have pledged". Or -1.
func (s *sent) listSubject(i int) int {
	toks := s.d.toks
	if s.d.nLastList < 2 {
		return -1
	}
	j := i - 1 // past the verb chain: "have pledged to provide"
	for j > s.lo && i-j <= 8 && (s.is(j, fVerb|fChain|fAdverb|fModal|fBe) || isAux(toks[j].Norm)) {
		j--
	}
	if j < s.lo {
		return -1
	}
	if toks[j].Norm == "both" && s.d.nLastList == 2 && (j == s.lo || toks[j-1].Kind == Punct) {
		// "The United States and Britain made a joint announcement. Both
		// will send Ukraine long-range missiles."
		codes := append(s.d.tags.newCodes(2), s.d.lastList[:2]...)
		return s.pseudo(actorMention{ref: actorRef{Code: codes[0]}, codes: codes}, j)
	}
	if j-1 < s.lo {
		return -1
	}
	switch toks[j].Norm {
	case "countries", "states", "nations", "allies", "partners", "governments":
	default:
		return -1
	}
	n := 0
	switch toks[j-1].Norm {
	case "two", "both":
		n = 2
	case "three":
		n = 3
	case "four":
		n = 4
	case "five":
		n = 5
	}
	if n != s.d.nLastList || toks[j-1].Norm != "both" && (j-2 < s.lo || toks[j-2].Norm != "the") {
		return -1
	}
	codes := append(s.d.tags.newCodes(n), s.d.lastList[:n]...) // a copy: the list is overwritten later
	m := actorMention{ref: actorRef{Code: codes[0]}, codes: codes}
	return s.pseudo(m, j)
}

// ownCountry resolves "his country to export" to the state of the person
// or body named before it: "The Polish Prime Minister had called on Germany
// to allow his country to export tanks" makes Poland the exporter.
func (s *sent) ownCountry(i int) int {
	toks := s.d.toks
	if i-3 < s.lo || toks[i-1].Norm != "to" {
		return -1
	}
	switch toks[i-2].Norm {
	case "country", "nation", "government":
	default:
		return -1
	}
	switch toks[i-3].Norm {
	case "his", "her", "their", "its", "our":
	default:
		return -1
	}
	for a := len(s.actors) - 1; a >= 0; a-- {
		m := s.actors[a]
		if m.lo >= i-3 || m.prep != "" || m.resolved {
			continue
		}
		if m.ref.kind == kindInstitution || m.ref.kind == kindLeader {
			m.codes, _, _ = s.group(a)
			return s.pseudo(m, i-2)
		}
	}
	return -1
}

// packageNoun reports whether w names a transfer that holds items ("the
// package includes"), with the status of what they hold: a package or a
// deal is promised, a shipment has moved. (A switch, not a map: it is asked
// of every word before "includes".)
func packageNoun(w string) (armsledger.Status, bool) {
	switch w {
	case "package", "packages", "tranche", "donation", "deal", "contract", "sale", "legislation", "bill":
		return armsledger.Committed, true // ("the aid bill includes $61 billion for Ukraine")
	case "consignment", "shipment", "shipments", "delivery", "deliveries", "batch", "contribution", "contributions", "donations", "aid", "assistance", "support":
		return armsledger.Delivered, true
	}
	return "", false
}

// signedBy reports whether the actor starting at lo is the agent of a
// verb that makes a package or a law: "signed by President Joe Biden",
// "approved by Congress".
func (s *sent) signedBy(lo int) bool {
	toks := s.d.toks
	j := lo - 1
	if j > s.lo && toks[j].Cap && s.actorAt(j) < 0 {
		j-- // a title: "President"
	}
	if j-1 < s.lo || toks[j].Norm != "by" {
		return false
	}
	switch toks[j-1].Norm {
	case "signed", "approved", "passed", "announced", "unveiled", "adopted":
		return true
	}
	return false
}

// dealSignedWith reads a deal described before the verb of content at i, in
// a clause of signing: "The contract Poland signed with South Korea
// (covers)", "The deal, signed with Hyundai Rotem, (covers)". It returns
// the actor who signed (the buyer) and the one it was signed with (the
// seller), each -1 where none is named.
func (s *sent) dealSignedWith(i int) (buyer, seller int) {
	toks := s.d.toks
	deal := -1
	for j := s.lo; j < i && j-s.lo <= 3; j++ {
		if s.dealNounAt(j) {
			deal = j
			break
		}
	}
	if deal < 0 {
		return -1, -1
	}
	// The clause of signing is on the deal noun: "agreements Warsaw
	// signed", "the deal, signed with", not a verb further on ("the
	// package, approved after the UAE agreed to normalise ties").
	j := deal + 1
	buyer, seller = -1, -1
	if j < i && toks[j].Norm == "," {
		j++
	} else if b := s.actorAt(j); b >= 0 && s.actors[b].prep == "" {
		buyer, j = b, s.actors[b].hi
	}
	if j+1 >= i {
		return -1, -1
	}
	switch toks[j].Norm {
	case "signed", "concluded", "struck", "agreed":
	default:
		return -1, -1
	}
	if a := s.actorAt(j + 2); j+2 < i && toks[j+1].Norm == "with" && a >= 0 && s.actors[a].hi <= i {
		seller = a
	} else if toks[j].Norm == "agreed" {
		return -1, -1 // "agreed" makes a deal only with whom: "the deal Poland agreed with Seoul"
	}
	return buyer, seller
}

// dealValueOnly reports whether the n-th claim is a sum of money that
// names one party only, told after goods its sentence moves between two:
// "agreed to buy 26 Rafale jets from France, in a deal worth about 630
// billion rupees" is the jets' price, and what a package includes after
// it belongs to the jets' transfer, not to the half-read sum.
func (s *sent) dealValueOnly(n int) bool {
	c := &s.d.claims[n]
	if !c.p.money || len(c.sup) > 0 && len(c.rec) > 0 {
		return false
	}
	for k := n - 1; k >= 0 && s.d.claims[k].sent == c.sent; k-- {
		if p := &s.d.claims[k]; !p.p.money && len(p.sup) > 0 && len(p.rec) > 0 && !sameSet(p.sup, p.rec) {
			return true
		}
	}
	return false
}

// packageBefore finds a package noun before token i in the sentence and
// the status of what it holds: what "includes" lists is then cargo, not a
// country's arsenal.
func (s *sent) packageBefore(i int) (armsledger.Status, int, bool) {
	var st armsledger.Status
	pk := -1
	for j := s.lo; j < i; j++ {
		if w, ok := packageNoun(s.d.toks[j].Norm); ok && (pk < 0 || pk == j-1) {
			st, pk = w, j // the head of "aid package", "aid legislation"
		}
	}
	return st, pk, pk >= 0
}

// shareOwner returns the state whose share a sum is, named before "share
// of" it: "The US share of $20 billion", "Japan's share of $3 billion";
// else -1.
func (s *sent) shareOwner(p *phrase) int {
	toks := s.d.toks
	j := p.start() - 2
	if !p.money || j-1 < s.lo || toks[j+1].Norm != "of" || toks[j].Norm != "share" {
		return -1
	}
	return s.actorAt(j - 1)
}

// wholeOwner returns the state whose possessive stands right before a sum
// that the verb t's subject gives a part of, "as its share of" or "as part
// of" it: "Britain will give Ukraine £2 billion as its share of the G7's
// $50 billion loans". Else -1.
func (s *sent) wholeOwner(g *group, t *trigger) int {
	toks := s.d.toks
	p := &g.phrases[0]
	if !p.money || g.lo <= t.i {
		return -1
	}
	a := s.actorAt(p.start() - 1)
	if a < 0 || !s.actors[a].possessive {
		return -1
	}
	j := s.actors[a].lo - 1
	if j > s.lo && toks[j].Norm == "the" {
		j--
	}
	if j-2 < s.lo || toks[j].Norm != "of" || toks[j-1].Norm != "share" && toks[j-1].Norm != "part" {
		return -1
	}
	return a
}

// futureContent reports whether the verb of content at i is said of the
// future: a modal or cue of expectation ("will include", "is set to
// include") or a verb of plan before "to" ("are expected to include") in
// the verb chain right before it.
func (s *sent) futureContent(i int) bool {
	toks := s.d.toks
	for j := i - 1; j >= s.lo && i-j <= 5; j-- {
		if cend, c, ok := s.cueOf(j); ok && cend <= i {
			return c == cueExpected && !s.hedgedPast(j, i)
		}
		w := toks[j].Norm
		if w == "to" && j-1 >= s.lo {
			if v, ok := s.verbAt(j - 1); ok && v.Class == classPlan && s.participle(j-1) {
				return true // "are expected to include"
			}
			continue
		}
		if !s.is(j, fAdverb|fBe) && !isAux(w) {
			return false
		}
	}
	return false
}

// ownGiftsBefore reports whether the noun of transfer nearest before the
// verb of content at i names a giver's own gifts (see ownGifts): "Latvia
// has promised more aid; its deliveries so far include M109 howitzers".
func (s *sent) ownGiftsBefore(i int) bool {
	for j := i - 1; j > s.lo && i-j <= 4; j-- {
		if _, ok := packageNoun(s.d.toks[j].Norm); ok {
			return s.ownGifts(j)
		}
	}
	return false
}

// purchasesOf returns the state whose purchases or imports are the
// subject of the verb of content at i ("Qatar's purchases included",
// "Egypt's arms imports have included"), or -1.
func (s *sent) purchasesOf(i int) int {
	toks := s.d.toks
	j := i - 1 - s.chainBefore(i)
	if j <= s.lo || !purchasesNoun(toks[j].Norm) {
		return -1
	}
	if j-1 > s.lo && (toks[j-1].Norm == "arms" || toks[j-1].Norm == "weapons" || toks[j-1].Norm == "military" || toks[j-1].Norm == "defence" || toks[j-1].Norm == "defense") {
		j-- // "Egypt's arms imports"
	}
	a := s.actorAt(j - 1)
	if a < 0 || !s.actors[a].possessive || s.actors[a].hi != j {
		return -1
	}
	return a
}

// fromRightAfter returns the state after "from" right after the group
// ("jets from France"), or -1.
func (s *sent) fromRightAfter(g *group) int {
	j := g.hi
	if j+1 >= s.hi || s.d.toks[j].Norm != "from" {
		return -1
	}
	if j+2 < s.hi && s.d.toks[j+1].Norm == "the" {
		j++
	}
	a := s.actorAt(j + 1)
	if a < 0 || s.actors[a].possessive || s.actors[a].ref.kind == kindDemonym {
		return -1
	}
	return a
}

// purchasesNoun reports whether w names in the plural what a state bought
// and took in: "purchases", "imports", "acquisitions".
func purchasesNoun(w string) bool {
	switch w {
	case "purchases", "imports", "acquisitions", "procurements":
		return true
	}
	return false
}

// pastDeliveries reports whether the verb of content at i is "included"
// with deliveries or shipments, whoever's, as its subject: "Deliveries so
// far have included IRIS-T systems" tells goods that came, whatever the
// pledge told before ("will include" or "include" may still be to come).
func (s *sent) pastDeliveries(i int) bool {
	if s.d.toks[i].Norm != "included" {
		return false
	}
	for j := i - 1; j >= s.lo && i-j <= 5; j-- {
		switch s.d.toks[j].Norm {
		case "deliveries", "shipments":
			return true
		case ",", "which", "that":
			return false
		}
	}
	return false
}

// pronounActor returns the state a possessive pronoun at i stands for, as
// pronounOwner reads it (the last state named before it that is no
// preposition's object), or -1.
func (s *sent) pronounActor(i int) int {
	if s.pronounOwner(i) == "" {
		return -1
	}
	for a := len(s.actors) - 1; a >= 0; a-- {
		if m := &s.actors[a]; m.hi <= i && m.prep == "" && !m.possessive && m.ref.kind != kindDemonym && m.ref.Code != "" {
			return a
		}
	}
	return -1
}

// ownGifts reports whether the noun at i names, in the plural, what a
// giver has given, after its possessive pronoun: "its contributions",
// "their deliveries".
func (s *sent) ownGifts(i int) bool {
	toks := s.d.toks
	if i-1 < s.lo || toks[i-1].Norm != "its" && toks[i-1].Norm != "their" {
		return false
	}
	switch toks[i].Norm {
	case "contributions", "donations", "deliveries", "shipments":
		return true
	}
	return false
}

// ownExports returns the token of "its" or "their" that opens the
// state's trade named at noun i ("its arms exports", "their defence export
// contracts"), or -1: whose the exports are, the pronoun tells.
func (s *sent) ownExports(i int) int {
	toks := s.d.toks
	if toks[i].Norm != "exports" && (i-1 < s.lo || toks[i-1].Norm != "export") {
		return -1
	}
	j := i - 1
	if toks[i].Norm != "exports" {
		j-- // past "export"
	}
	if j >= s.lo && militaryWord(toks[j].Norm) {
		j--
	}
	if j < s.lo || toks[j].Norm != "its" && toks[j].Norm != "their" {
		return -1
	}
	return j
}

// approvedInSentence reports whether the sentence calls something approved,
// signed or authorised, with no negation right before: "The package,
// approved by Congress in May, includes", "a sale ... which the
// administration approved".
func (s *sent) approvedInSentence() bool {
	toks := s.d.toks
	for j := s.lo; j < s.hi; j++ {
		switch toks[j].Norm {
		case "approved", "authorised", "authorized", "signed", "cleared":
			if j > s.lo && (toks[j-1].Norm == "not" || toks[j-1].Norm == "never" || toks[j-1].Norm == "yet") {
				return false
			}
			return true
		}
	}
	return false
}

// relativeOnPackage reports whether the verb at i opens a relative clause
// on a noun of package or deal a few words before it: "a deal with
// France's Naval Group that includes technology transfer".
func (s *sent) relativeOnPackage(i int) bool {
	toks := s.d.toks
	j := i - 1
	if j <= s.lo || toks[j].Norm != "that" && toks[j].Norm != "which" {
		return false
	}
	for k := j - 1; k >= s.lo && j-k <= 6; k-- {
		if _, ok := packageNoun(toks[k].Norm); ok {
			return true
		}
	}
	return false
}

// genericSource reports whether "from" or a passive's "by" names an unnamed
// group of states in the frame: "wants 100 tanks from its European
// partners", "tanks pledged to Ukraine by European countries".
func (s *sent) genericSource(lo, hi int) bool {
	if !s.d.tags.generic {
		return false // most sentences: no generic word to find
	}
	return s.genericSourceRest(lo, hi)
}

// genericSourceRest is genericSource past its first test (see gates in words.go).
func (s *sent) genericSourceRest(lo, hi int) bool {
	toks := s.d.toks
	for j := lo; j < hi; j++ {
		if toks[j].Norm != "from" && toks[j].Norm != "by" { // "by its allies" after a passive
			continue
		}
		for k := j + 1; k < hi && k <= j+4; k++ {
			if s.actorAt(k) >= 0 && !s.actors[s.actorAt(k)].demonym {
				return false
			}
			if s.is(k, fGeneric) {
				return true
			}
		}
	}
	return false
}

// schemeSource reports whether "from" in [lo, hi), right after the goods
// or their verb, takes a fund or scheme that names no state: "needed $1
// billion a month from the scheme", "money from the facility". The source
// is named and is no state; none is to be taken from the flows before.
func (s *sent) schemeSource(lo, hi int) bool {
	toks := s.d.toks
	for j := lo; j+2 < s.hi && j < hi && j <= lo+4; j++ {
		if toks[j].Norm != "from" {
			continue
		}
		k := j + 1
		switch toks[k].Norm {
		case "the", "this", "that", "its", "a":
			k++
		default:
			return false
		}
		switch toks[k].Norm {
		case "scheme", "fund", "mechanism", "facility", "pool":
			return true
		}
		return false
	}
	return false
}

// unnamedGivers reports whether a noun of transfer at i is modified by a
// word for givers that names no state: "Western arms deliveries",
// "foreign military aid".
func (s *sent) unnamedGivers(i int) bool {
	toks := s.d.toks
	for j := i - 1; j >= s.lo && i-j <= 3; j-- {
		switch toks[j].Norm {
		case "western", "foreign", "allied", "international", "overseas":
			return true
		}
		if !s.is(j, fMateriel|fNounContext) {
			return false
		}
	}
	return false
}

// unnamedMake reports whether goods are called by a word for makers that
// names no state: "hundreds of Western tanks", "Western ground troops".
// They come from several states, none told.
func (s *sent) unnamedMake(p *phrase) bool {
	for j := p.start(); j < p.end(); j++ {
		if w := s.d.toks[j].Norm; w == "western" && s.d.toks[j].Cap {
			return true
		}
	}
	return false
}

// genericObject reports whether a request is made of an unnamed group:
// "Kyiv has long asked its Western partners for tanks".
func (s *sent) genericObject(i int) bool {
	if !s.d.tags.generic {
		return false
	}
	for j := i + 1; j < s.hi && j <= i+4; j++ {
		if s.actorAt(j) >= 0 && !s.actors[s.actorAt(j)].demonym {
			return false
		}
		if s.is(j, fGeneric) {
			return true
		}
		if s.d.toks[j].Norm == "for" {
			return false
		}
	}
	return false
}

// nounSubject reports whether the infinitive at i has a subject that is a
// common noun, not a state: "Western countries to give", "his country to
// export". A noun of an act ("a bid to sell", "the decision to send")
// is no subject: whoever bids or decides gives, so the giver is not left
// open.
func (s *sent) nounSubject(i int) bool {
	toks := s.d.toks
	if i-2 < s.lo || toks[i-1].Norm != "to" {
		return false
	}
	if w := toks[i-2].Norm; attemptNoun(w) || planNoun(w) || actNoun(w) {
		return false
	}
	_, verb := s.verbAt(i - 2)
	return toks[i-2].Kind == Word && !s.is(i-2, fStop|fAdverb|fChain) && !verb && s.actorAt(i-2) < 0
}

// exchangeRoles reads "in exchange for X [for Y]": X goes to Y, or back to
// the supplier of the transfer told in the sentence, from the other party.
// An exchange is a bargain, so what is promised in it is committed unless the
// transfer it answers says otherwise.
func (s *sent) exchangeRoles(t *trigger, g *group, r roleResult) roleResult {
	r.rule = "exchange.for"
	if n := len(s.d.claims); n > 0 && s.d.claims[n-1].sent == s.idx {
		p := &s.d.claims[n-1] // the transfer this sentence just told
		r.sup, r.rec, r.status = p.rec, p.sup, p.status
		if p.rule == "exchange.for" {
			// What else is given in return goes the same way as the first
			// of it: "in exchange for new American equipment worth about
			// $200 million", "for fuel and $50 million in cash".
			r.sup, r.rec = p.sup, p.rec
		}
		return r
	}
	rec := s.ppActor(g.hi, min(s.hi, g.hi+5), "for", "to")
	if rec < 0 {
		return r
	}
	r.rec = r.take(s, rec)
	for a := len(s.actors) - 1; a >= 0; a-- {
		m := &s.actors[a]
		if m.lo < t.i && !m.speaker && !m.resolved && !slices.Contains(r.rec, m.ref.Code) && (m.prep == "" || m.prep == "for" || m.prep == "from" || m.possessive) {
			r.sup = r.take(s, a)
			break
		}
	}
	r.status = armsledger.Committed
	return r
}

// movedOnAfter reports whether a verb of giving with a recipient of its own
// follows goods that end at token i, as a participle or in a relative
// clause: "T-72s sent to Ukraine", "the T-72s it sent to Ukraine".
func (s *sent) movedOnAfter(i int) bool {
	toks := s.d.toks
	j := i
	if j < s.hi && (toks[j].Norm == "it" || toks[j].Norm == "they" || toks[j].Norm == "that" || toks[j].Norm == "which") {
		j++
	}
	if j < s.hi && toks[j].Norm == "had" {
		j++
	}
	if j+1 >= s.hi || toks[j+1].Norm != "to" {
		return false
	}
	v, ok := s.verbAt(j)
	return ok && v.Class == classGive && s.ppActor(j+1, min(s.hi, j+4), "to") >= 0
}

// objectOfVerb reports whether the actor starting at i follows a verb
// directly (past "the"): it is that verb's object.
func (s *sent) objectOfVerb(i int) bool {
	toks := s.d.toks
	j := i - 1
	if j >= s.lo && (greetingVerb(toks[j].Norm) || provokeVerb(toks[j].Norm)) {
		// "Zelensky thanked London and renewed his appeal": London is
		// thanked, not appealing. (Past "the" a demonym may modify the
		// object: "welcomed the Polish decision to send".)
		return true
	}
	if j >= s.lo && toks[j].Norm == "the" {
		j--
	}
	if j < s.lo {
		return false
	}
	v, ok := s.verbAt(j)
	return ok && v.Class != classSpeech && !s.nounUse(j) && !s.evidenceSigns(j)
}

// examplesGoverned reports whether the group of mention a opens with
// "including" or "such as" after a noun a preposition governs: "financed
// by more than 15 countries including Denmark and Canada". The states are
// examples of that noun, and no subject of the verb after them.
func (s *sent) examplesGoverned(a int) bool {
	toks := s.d.toks
	lo := s.groupLo(a)
	if lo-1 <= s.lo || toks[lo-1].Norm != "including" {
		return false
	}
	for j := lo - 2; j > s.lo && lo-j <= 6; j-- {
		switch toks[j].Norm {
		case "by", "from", "with", "to", "for", "among":
			return true
		case ",", ";", ":":
			return false
		}
	}
	return false
}

// purposeObject reports whether the mention m is the object of an
// infinitive of purpose after goods ("supplied air defence equipment to
// protect Pyongyang"), whatever its verb, with no infinitive of its own
// before v: no subject of a verb after it.
func (s *sent) purposeObject(m *actorMention, v int) bool {
	toks := s.d.toks
	j := m.lo - 1
	if j-2 < s.lo || toks[j-1].Norm != "to" || toks[j].Kind != Word || toks[j].Cap || s.is(j, fMateriel|fStop) || s.infinitiveOf(m.hi, v) ||
		m.hi+s.chainBefore(v) >= v {
		return false // ("to help Ukraine move troops": Ukraine moves them)
	}
	for k := j - 2; k >= s.lo && j-k <= 4; k-- {
		if s.is(k, fMateriel) {
			return true
		}
	}
	return false
}

// groupLo returns the first token of the group of mention a.
func (s *sent) groupLo(a int) int {
	_, lo, _ := s.group(a)
	return lo
}

// greetingVerb reports whether w is a past form of a verb of dealing with
// another party that no lexicon of transfer holds, whose object is no
// subject of the verbs after it: "thanked", "praised", "met", "visited".
func greetingVerb(w string) bool {
	switch w {
	case "thanked", "praised", "met", "visited", "welcomed", "congratulated", "criticised", "criticized", "rebuked", "phoned", "hosted":
		return true
	}
	return false
}

// antecedent resolves a subject pronoun at token j to the nearest actor
// before it in the sentence that no preposition governs (a leader for "he"
// and "she"), else to the last subject of the text.
func (s *sent) antecedent(j int, person bool) int {
	if s.d.toks[j].Norm == "we" {
		// "We are sending missiles," Macron said: the speaker's state.
		if code := s.att.speaker.code; code != "" {
			return s.pseudo(actorMention{ref: actorRef{Code: code}, codes: []string{code}}, j)
		}
		return -1
	}
	// The nearest before the pronoun: mentions made for pronouns before it
	// ("it" of an earlier clause) come last in s.actors, not in text order.
	best, sub := -1, -1
	coargs := s.coArguments(j)
	for a := len(s.actors) - 1; a >= 0; a-- {
		m := &s.actors[a]
		titled := person && m.possessive && s.personTitled(m.hi) // "Germany's chancellor said he would not send"
		if m.lo >= j || best >= 0 && m.lo <= s.actors[best].lo || m.prep != "" && m.prep != "and" || m.possessive && !titled && (m.hi >= s.hi || !s.governmentAt(m.hi)) {
			continue // "Ukraine's Defence Ministry said it had received" is Ukraine
		}
		if codes, _, _ := s.group(a); !person && allIn(coargs, codes) {
			continue // "Ukraine, to which it has donated 240 tanks": not Ukraine
		}
		if person && m.ref.kind != kindLeader && !titled {
			continue
		}
		if m.ref.kind == kindDemonym || s.ledBy(a) {
			continue // "left the US-led programme after it bought": a modifier is no "it"
		}
		if !person && m.demonym && m.hi < s.hi && manySources(s.d.toks[m.hi].Norm) {
			continue // "South Korean officials estimate it has sent": people are not "it"
		}
		if m.hi < s.hi && claimNoun(s.d.toks[m.hi].Norm) {
			continue // "dismissed US claims that it had shipped": whose claims, not who shipped
		}
		if s.toldBefore(m.lo) {
			continue // "the UAE has told Washington it is suspending talks": the teller, not the told
		}
		if !person && s.objectOfVerb(m.lo) {
			continue // "Germany will send Ukraine another Patriot, in addition to the two it has delivered": the giver
		}
		if s.inClosedSubordinate(m.lo, j) {
			if sub < 0 || m.lo > s.actors[sub].lo {
				sub = a // "Warsaw has bought more since Russia invaded, and it has donated": Warsaw, unless none else
			}
			continue
		}
		best = a
	}
	if best < 0 {
		best = sub
	}
	if best >= 0 {
		m := s.actors[best]
		// The evidence is the pronoun, not the name it stands for.
		m.codes, _, _ = s.group(best)
		return s.pseudo(m, j)
	}
	if code := s.att.speaker.code; person && code != "" && (s.att.speaker.person || titledOne(s.att.speaker.name)) {
		// "Iran's defence minister said ..., but he denied sending arms to
		// Russia": the official who speaks, for the state he speaks for.
		return s.pseudo(actorMention{ref: actorRef{Code: code}, codes: []string{code}}, j)
	}
	if person && s.d.lastLeader != nil {
		return s.pseudo(*s.d.lastLeader, j)
	}
	if !person && s.d.toks[j].Norm == "they" && s.genericBefore(j) {
		return -1 // "urged partners to lift limits on the weapons they had supplied": the partners, no state
	}
	if !person {
		m := s.subjectBefore(j)
		if m != nil && allIn(coargs, m.codes) {
			m = nil
			if s.d.hasBefore && !allIn(coargs, s.d.before.codes) {
				m = &s.d.before
			}
		}
		if m != nil {
			return s.pseudo(*m, j)
		}
	}
	return -1
}

// genericBefore reports whether a plural noun that names no state
// (genericSubjects: "partners", "allies") stands before token j in its
// sentence: the "they" at j is more likely those than a state of an
// earlier sentence.
func (s *sent) genericBefore(j int) bool {
	for k := s.lo; k < j; k++ {
		if genericSubjects[s.d.toks[k].Norm] {
			return true
		}
	}
	return false
}

// coArguments returns the codes of the states a pronoun at j shares its
// clause with, which it cannot stand for: the relative before it ("to
// which it donated") and the states after it up to the clause's end ("it
// received a quarter of all U.S. arms exports").
//
// The list is the document's buffer, good until the next call: antecedent,
// its one caller, reads it only while it looks for the pronoun's state.
func (s *sent) coArguments(j int) []string {
	codes := s.d.coargBuf[:0]
	for a := range s.actors {
		m := &s.actors[a]
		if m.lo == j-1 && m.resolved && relativeWord(s.d.toks[m.lo].Norm) {
			codes = append(codes, m.ref.Code)
			codes = append(codes, m.codes...)
		}
	}
	for k := j + 1; k < s.hi; k++ {
		if w := s.d.toks[k].Norm; w == "," || w == ";" || w == ":" || s.clauseBreak(k, k+1) {
			break // ("it has sent weapons to Libya and describes the Russian staff as contractors": a clause of its own)
		}
		if a := s.actorAt(k); a >= 0 && s.actors[a].lo == k && !s.actors[a].speaker {
			codes = append(codes, s.actors[a].ref.Code)
		}
	}
	s.d.coargBuf = codes // keep what the buffer grew to
	return codes
}

// allIn reports whether every one of codes, of which there is at least
// one, is in set: a pronoun for "North Korea and Russia" may share its
// clause with "Russia" ("they acknowledged the troop deployment to
// Russia"), not be it.
func allIn(set, codes []string) bool {
	for _, c := range codes {
		if !slices.Contains(set, c) {
			return false
		}
	}
	return len(codes) > 0
}

func relativeWord(w string) bool { return w == "which" || w == "who" || w == "whom" }

// inClosedSubordinate reports whether the mention at lo sits in a clause
// that a subordinating word opens and a comma closes before j: "since
// Russia invaded Ukraine," is no antecedent for the "it" after it while
// the main clause has a subject.
func (s *sent) inClosedSubordinate(lo, j int) bool {
	toks := s.d.toks
	opened := false
back:
	for k := lo - 1; k >= s.lo; k-- {
		switch toks[k].Norm {
		case ",", ";":
			break back
		case "since", "after", "when", "while", "because", "although", "though", "until", "before", "once", "if", "unless", "whereas":
			opened = true
			break back
		}
	}
	if !opened {
		return false
	}
	for k := lo + 1; k < j; k++ {
		if toks[k].Norm == "," {
			return true
		}
	}
	return false
}

// subjectBefore returns the last subject of the text that a pronoun at j
// may stand for: one named after the pronoun in its own sentence is not
// ("It received a quarter of all U.S. arms exports": not the U.S.), so then
// it is the one the sentences before named.
func (s *sent) subjectBefore(j int) *actorMention {
	if m := s.d.lastSubject; m == nil || m.lo < s.lo || m.lo < j {
		return m
	}
	if s.d.hasBefore {
		return &s.d.before
	}
	return nil
}

// industrySupported returns the state whose arms industry an infinitive
// of purpose at i says money goes to support: "to support the American
// submarine industrial base", "to expand South Korea's shipyards"; or -1.
func (s *sent) industrySupported(i int) int {
	toks := s.d.toks
	if i+3 >= s.hi || toks[i].Norm != "to" {
		return -1
	}
	switch toks[i+1].Norm {
	case "support", "fund", "sustain", "bolster", "expand", "strengthen", "boost", "finance":
	default:
		return -1
	}
	for j := i + 2; j < s.hi && j-i <= 5; j++ {
		a := s.actorAt(j)
		if a < 0 {
			continue
		}
		m := &s.actors[a]
		if m.ref.kind != kindCountry && m.ref.kind != kindDemonym || m.hi >= s.hi {
			return -1
		}
		for k := m.hi; k < s.hi && k-m.hi <= 3; k++ {
			switch toks[k].Norm {
			case "industry", "industrial", "industries", "shipyard", "shipyards", "shipbuilding":
				return a
			}
		}
		return -1
	}
	return -1
}

// sellerBeforePaying returns, for ", paying" at i, the state the clause
// before the comma got or bought the goods from ("received two submarines
// from China, paying"), or -1.
func (s *sent) sellerBeforePaying(i int) int {
	if i-1 <= s.lo || s.d.toks[i-1].Norm != "," || s.d.toks[i].Norm != "paying" {
		return -1
	}
	for a := len(s.actors) - 1; a >= 0; a-- {
		if m := &s.actors[a]; m.hi <= i-1 && m.prep == "from" {
			return a
		}
	}
	return -1
}

// payingStatus returns the status of a payment told by ", paying" at i
// from the verb of the clause the comma closes: delivered after a verb in
// the past ("received two submarines from China, paying ..."), expected
// after a modal ("will buy ..., paying"), else none.
func (s *sent) payingStatus(i int) armsledger.Status {
	for k := len(s.trigs) - 1; k >= 0; k-- {
		if t := &s.trigs[k]; t.i < i-1 && !t.noun {
			switch {
			case s.modalBefore(t.i):
				return armsledger.Expected
			case s.participle(t.i):
				return armsledger.Delivered
			}
			return ""
		}
	}
	return ""
}

// leaderTitle reports whether w is the title of a head of state or
// government, which "the" before it points back to a leader told before.
func leaderTitle(w string) bool {
	switch w {
	case "president", "chancellor", "premier", "king", "emir", "sultan":
		return true
	}
	return false
}

// personTitled reports whether the words from token i, up to three, name
// the title of one person ("chancellor", "defence minister", "top
// general"): after a state's possessive, the official "he" or "she" may
// stand for, who acts for that state ("France's president said she would
// send more jets").
func (s *sent) personTitled(i int) bool {
	for k := i; k < s.hi && k < i+3; k++ {
		t := &s.d.toks[k]
		if t.Kind != Word {
			return false
		}
		if titledOne(t.Norm) {
			return true
		}
	}
	return false
}

// titledOne reports whether a speaker's name ends in the title of one
// person ("Iran's defence minister", "a Pentagon spokesman"), whom "he"
// or "she" may stand for; not a body ("the foreign ministry").
func titledOne(name string) bool {
	w := name[strings.LastIndexByte(name, ' ')+1:]
	switch strings.ToLower(w) {
	case "minister", "president", "premier", "chancellor", "secretary", "spokesperson", "spokesman", "spokeswoman",
		"official", "officer", "general", "admiral", "commander", "chief", "head", "director", "ambassador", "envoy",
		"adviser", "advisor", "leader":
		return true
	}
	return false
}

// pseudo adds an actor mention for a pronoun that refers to an actor named
// in an earlier sentence, so roles can point at it like any other.
func (s *sent) pseudo(m actorMention, j int) int {
	m.lo, m.hi, m.prep, m.pp, m.possessive, m.speaker, m.resolved = j, j+1, "", 0, false, false, true
	s.actors = append(s.actors, m)
	return len(s.actors) - 1
}

func plural(w string) bool { return len(w) > 2 && w[len(w)-1] == 's' }

// reachedAfter returns the state that goods ending at i are to reach,
// "to reach" it, or -1: "allowed lethal weapons to reach Ukraine",
// "let the shells reach Russia".
func (s *sent) reachedAfter(i int) int {
	toks := s.d.toks
	if i+2 >= s.hi || toks[i].Norm != "to" || toks[i+1].Norm != "reach" {
		return -1
	}
	if a := s.actorAt(i + 2); a >= 0 && s.actors[a].lo == i+2 && !s.actors[a].possessive {
		return a
	}
	return -1
}

// askedToGive reads a give verb as the infinitive of a request or of a
// permission: "Kyiv urged Berlin to send tanks", "Zelensky called on allies
// to provide jets", "Germany allowed Poland to send tanks". It returns who
// asks or allows, who is asked or allowed (-1 when no state is named),
// whether it is a request and whether the verb is such an infinitive.
func (s *sent) askedToGive(t *trigger) (asker, asked int, request, ok bool) {
	toks := s.d.toks
	j := t.i - 1
	for j > s.lo && s.is(j, fAdverb) {
		j--
	}
	verb := *t
	if j > s.lo+1 && (toks[j].Norm == "stop" || toks[j].Norm == "cease") && toks[j-1].Norm == "to" {
		verb, j = trigger{i: j}, j-1 // "urged Iran to stop supplying drones": Iran supplies
	}
	if j <= s.lo || toks[j].Norm != "to" {
		return -1, -1, false, false
	}
	gv := s.governor(verb)
	if gv.i >= j || j-gv.i > 12 || s.clauseBreak(gv.i, t.i) {
		return -1, -1, false, false
	}
	// Verbs whose object does what the infinitive says; not "seek", whose
	// subject does ("sought a way to supply shells"). Who asks would
	// receive; who allows gives leave.
	switch gv.lemma {
	case "urge", "ask", "call", "appeal", "plead", "lobby", "press", "request", "want":
		request = gv.class == classRequest
		if !request {
			return -1, -1, false, false
		}
	case "allow", "expect":
		// "Germany allowed Poland to send tanks", "he expected Germany to
		// send Taurus missiles": the object gives.
	case "select", "choose", "pick":
		// "The Netherlands picked France's Naval Group to build four
		// submarines": the seller chosen gives; who chose buys.
		request = true
	default:
		return -1, -1, false, false
	}
	if asker = s.subject(gv); asker < 0 && request {
		return -1, -1, false, false
	}
	asked = -1
	for a := range s.actors {
		if m := &s.actors[a]; m.lo > gv.i && m.hi <= j && (m.prep == "" || m.prep == "on" || m.prep == askedPrep(gv.lemma) || m.prep == "for" && forAsked(gv.lemma)) && !m.demonym {
			asked = a
			break
		}
	}
	return asker, asked, request, true
}

// chosenToGive reports whether the verb that governs the infinitive t is
// a buyer's choice of the seller: "picked Naval Group to build".
func (s *sent) chosenToGive(t *trigger) bool {
	switch s.governor(*t).lemma {
	case "select", "choose", "pick":
		return true
	}
	return false
}

// askedPrep is the preposition a verb of asking puts before whom it
// asks, where it takes one: "appealed to Spain to send", "pleaded with
// Berlin to deliver".
func askedPrep(lemma string) string {
	switch lemma {
	case "appeal":
		return "to"
	case "plead":
		return "with"
	}
	return ""
}

// forAsked reports whether a verb of asking names, after "for", the one
// asked to do what its infinitive says: "called for Germany to deliver
// Taurus missiles", "appealed for Britain to send tanks", "pleaded for the
// US to supply jets".
func forAsked(lemma string) bool {
	switch lemma {
	case "call", "appeal", "plead", "press", "lobby":
		return true
	}
	return false
}

// leaveToGive reads a giving verb t after a noun of leave. Who asks leave
// to give would give ("Berlin asked for permission to deliver rounds",
// "sought approval to send jets": requested); who is granted or gets it
// gives ("granted Moscow an exemption to supply pistols", "gave Poland
// the go-ahead to send", "received approval to export": committed).
func (s *sent) leaveToGive(t *trigger) (giver int, st armsledger.Status, ok bool) {
	toks := s.d.toks
	j := t.i - 1
	for j > s.lo && s.is(j, fAdverb) {
		j--
	}
	forGiver := -1
	if j-1 > s.lo && toks[j].Norm == "to" {
		if a := s.actorAt(j - 1); a >= 0 && s.actors[a].hi == j {
			if n := s.leaveFor(a); n >= 0 {
				// "gave permission for Estonia to transfer howitzers":
				// the one leave is for gives.
				forGiver, j = a, n+1
			}
		}
	}
	if j-1 <= s.lo || toks[j].Norm != "to" && forGiver < 0 || !leaveNoun(toks[j-1].Norm) {
		return -1, "", false
	}
	for k := j - 2; k >= s.lo && j-k <= 7; k-- {
		w := toks[k].Norm
		if w == "," || w == ";" {
			break
		}
		switch leaveVerb(w) {
		case leaveAsked:
			st = armsledger.Requested
		case leaveGot:
			st = armsledger.Committed
		case leaveGranted:
			if forGiver >= 0 {
				return forGiver, armsledger.Committed, true
			}
			// The one granted leave stands between the verb and the noun,
			// or is the subject of a passive ("was granted permission").
			for a := range s.actors {
				if m := &s.actors[a]; m.lo > k && m.hi < j && m.prep == "" && !m.possessive {
					return a, armsledger.Committed, true
				}
			}
			if k-1 < s.lo || !s.is(k-1, fBe) {
				return -1, "", false
			}
			st = armsledger.Committed
		default:
			continue
		}
		if giver = s.subject(trigger{i: k}); giver < 0 {
			return -1, "", false
		}
		return giver, st, true
	}
	return -1, "", false
}

// dealHolds reports whether the subject of the verb of content at i is a
// deal, contract, order or export licence: "The deal covers three
// batteries", "The contract also includes training", "The remaining
// licences cover trainer aircraft" (a licence allows a sale: bound, not
// yet sent).
func (s *sent) dealHolds(i int) bool {
	toks := s.d.toks
	j := i - 1
	for j > s.lo && (s.is(j, fAdverb) || isAux(toks[j].Norm)) {
		j--
	}
	if toks[j].Norm == "," {
		// "The contract, signed in December 2021, also covers": the
		// deal before its aside.
		for k := j - 1; k > s.lo && j-k <= 16; k-- {
			if w := toks[k].Norm; w == "," {
				j = k - 1
				break
			} else if w == ";" || w == ":" {
				return false
			}
		}
	}
	if j > s.lo && (toks[j].Norm == "that" || toks[j].Norm == "which") {
		j-- // "under a deal that also covered Mistral missiles": the deal the relative clause is on
	}
	if q := s.quantityEndingAt(j + 1); q != nil && q.Currency != "" && q.Lo-1 > s.lo {
		// "a contract worth about $1.75 billion covered 6,000 drones":
		// the deal before its value.
		k := q.Lo - 1
		if toks[k].Norm == "at" {
			k--
		}
		if valueWord(toks[k].Norm) {
			j = k - 1
		}
	}
	switch toks[j].Norm {
	case "deal", "deals", "contract", "contracts", "agreement", "order", "sale", "purchase", "licence", "licences", "license", "licenses":
	case "notice", "notices", "notification", "notifications":
		// "Smaller notices covered 600 Stinger missiles for Egypt": a
		// notice of a sale approved binds it, as the approval does.
	default:
		return false // ("The package covers munitions": a package holds what was sent)
	}
	// "the contract", "this deal", "the €16 billion contract", "a deal
	// that covered": the deal told, past its value and modifiers.
	for k := j - 1; k >= s.lo && j-k <= 6; k-- {
		switch w := toks[k].Norm; {
		case w == "the" || w == "this" || w == "that" || w == "a" || w == "an":
			return true
		case w == "," || s.is(k, fVerb) && !s.inQty[k-s.lo] || s.actorAt(k) >= 0 && !s.actors[s.actorAt(k)].demonym:
			return false
		}
	}
	return j-s.lo <= 6 // "Smaller notices covered": a bare deal noun opening the sentence is its subject
}

// whichMoved returns the verb of a relative clause right after the goods
// of group g that says they moved (", which were delivered a few weeks
// later", ", which arrived in 2023", ", which will be shipped next
// year"), or nil.
func (s *sent) whichMoved(g *group) *trigger {
	toks := s.d.toks
	j := g.hi
	if j+2 >= s.hi || toks[j].Norm != "," || toks[j+1].Norm != "which" {
		return nil
	}
	for j += 2; j < s.hi && (s.is(j, fBe|fAdverb|fModal) || isAux(toks[j].Norm)); j++ {
	}
	for k := range s.trigs {
		if t := &s.trigs[k]; t.i == j && !t.noun && (t.class == classArrive || t.passive && t.class == classGive) {
			return t
		}
	}
	return nil
}

// belongsTo reports whether the "to" before the mention at lo follows a
// form of "belong".
func (s *sent) belongsTo(lo int) bool {
	toks := s.d.toks
	for j := lo - 1; j > s.lo && lo-j <= 3; j-- {
		if toks[j].Norm == "to" {
			switch toks[j-1].Norm {
			case "belong", "belongs", "belonged", "belonging":
				return true
			}
			return false
		}
	}
	return false
}

// comparedTo reports whether the "to" right before an actor at lo
// compares with it rather than sends to it: "second only to the United
// States", "next to Germany", "similar to what Poland received".
func (s *sent) comparedTo(lo int) bool {
	toks := s.d.toks
	j := lo - 1
	if j > s.lo && toks[j].Norm == "the" {
		j-- // "second only to the United States" keeps its "the" in the actor; a bare "the" may not
	}
	if j <= s.lo || toks[j].Norm != "to" {
		return false
	}
	if toks[j-1].Norm == "only" {
		return j-2 >= s.lo && rankedOnly(toks[j-2].Norm)
	}
	switch toks[j-1].Norm {
	case "second", "next", "similar", "comparable", "equal", "equivalent", "compared", "relative", "superior", "inferior", "identical":
		return true
	}
	return false
}

// rankedOnly reports whether w, right before "only to", makes the phrase a
// rank ("second only to the United States"). Elsewhere "only" is a focus
// adverb and the "to" still sends: "has supplied the jets in the region only
// to Israel".
func rankedOnly(w string) bool {
	switch w {
	case "second", "third", "fourth", "fifth", "next", "inferior", "superior", "secondary", "subordinate":
		return true
	}
	return false
}

// leaveFor reports, for an actor a that "for" governs right before an
// infinitive's "to", the index of the noun of leave before the "for" ("gave
// permission for the Netherlands to pass on"), also through an earlier
// "for X to" it is coordinated with ("... and for Estonia to transfer"). It
// returns -1 otherwise: "weapons for Ukraine to use" name a recipient.
func (s *sent) leaveFor(a int) int {
	toks := s.d.toks
	m := &s.actors[a]
	// "the go-ahead for Estonia to transfer", and as well "the green light
	// to Poland to send": the one leave is given to.
	if m.prep != "for" && m.prep != "to" || m.hi+1 >= s.hi || toks[m.hi].Norm != "to" {
		return -1
	}
	f := m.lo - 1
	if f > s.lo && toks[f].Norm == "the" {
		f--
	}
	if f <= s.lo || toks[f].Norm != m.prep {
		return -1
	}
	if leaveNoun(toks[f-1].Norm) {
		return f - 1
	}
	if toks[f-1].Norm != "and" {
		return -1
	}
	for b := a - 1; b >= 0; b-- {
		if n := &s.actors[b]; n.lo < m.lo && m.lo-n.lo <= 30 && n.prep == "for" {
			return s.leaveFor(b)
		}
	}
	return -1
}

// leaveGrantor returns the state whose leave the noun of leave at i is,
// named right before it: "US approval", "American approval",
// "Washington's approval", "the Pentagon's green light"; else -1.
func (s *sent) leaveGrantor(i int) int {
	if !leaveNoun(s.d.toks[i].Norm) {
		return -1
	}
	j := i - 1
	if j > s.lo && s.d.toks[j].Norm == "green" {
		j-- // "green light"
	}
	a := s.actorAt(j)
	if a < 0 || s.actors[a].hi != j+1 || s.actors[a].prep != "" || s.actors[a].speaker {
		return -1
	}
	return a
}

// leaveGotAt returns the verb of getting leave right before the noun of
// leave at i, past a determiner and the state whose leave it is: "won
// approval", "received US approval", "secured Washington's green light".
// Else -1. ("won" is no verb of transfer: no governor finds it.)
func (s *sent) leaveGotAt(i int) int {
	if !leaveNoun(s.d.toks[i].Norm) {
		return -1
	}
	j := i - 1
	if j > s.lo && s.d.toks[j].Norm == "green" {
		j--
	}
	if a := s.leaveGrantor(i); a >= 0 {
		j = s.actors[a].lo - 1
	}
	if j > s.lo && s.is(j, fDeterminer) {
		j--
	}
	if j <= s.lo || s.nounUse(j) || leaveVerb(s.d.toks[j].Norm) != leaveGot {
		return -1
	}
	return j
}

// leaveNoun reports whether w names leave given to act: "permission to
// deliver", "the go-ahead to send".
func leaveNoun(w string) bool {
	switch w {
	case "permission", "approval", "authorization", "authorisation", "exemption", "licence", "license",
		"clearance", "consent", "waiver", "go-ahead", "ahead", "light", "permit":
		return true
	}
	return false
}

type leaveKind uint8

const (
	leaveNone    leaveKind = iota
	leaveAsked             // "asked for permission"
	leaveGot               // "received approval"
	leaveGranted           // "granted an exemption"
)

// leaveVerb tells what a verb before a noun of leave does with it.
func leaveVerb(w string) leaveKind {
	switch w {
	case "ask", "asks", "asked", "asking", "seek", "seeks", "sought", "seeking", "request", "requests",
		"requested", "requesting", "apply", "applies", "applied", "applying":
		return leaveAsked
	case "receive", "receives", "received", "receiving", "obtain", "obtains", "obtained", "obtaining",
		"secure", "secures", "secured", "securing", "get", "gets", "got", "getting", "win", "wins", "won":
		return leaveGot
	case "grant", "grants", "granted", "granting", "give", "gives", "gave", "given", "giving",
		"issue", "issues", "issued", "issuing":
		return leaveGranted
	}
	return leaveNone
}

// schemeLedBy returns the first state of "led by A (and B)" when m is one
// of them and the phrase follows a noun of a scheme or coalition: "the
// drone coalition led by Britain and Latvia", "an initiative led by the
// Czech Republic". The leaders act for the scheme, as "the Czech-led
// initiative" does (ledBy). Else -1.
func (s *sent) schemeLedBy(m *actorMention) int {
	if m.prep != "by" && m.prep != "and" {
		return -1
	}
	a := s.actorAt(s.groupLo(s.actorAt(m.lo))) // "led by Britain and Latvia": from Latvia to Britain
	if a < 0 {
		return -1
	}
	first := &s.actors[a]
	if first.prep != "by" || first.lo-3 < s.lo {
		return -1
	}
	toks := s.d.toks
	j := first.lo - 1
	if toks[j].Norm == "the" {
		j-- // "led by the Czech Republic"
	}
	if j-2 < s.lo || toks[j].Norm != "by" {
		return -1
	}
	if v := toks[j-1].Norm; v != "led" && v != "headed" || !schemeNoun(toks[j-2].Norm) {
		return -1
	}
	return a
}

// schemeFor returns the state a scheme named by the actor a buys for: the
// actor names a scheme ("the Czech initiative", "the NATO fund", "the
// British-led fund") and "for" a state follows in its clause ("for
// Ukraine", "to buy 800,000 shells for Ukraine"). Money given to such a
// scheme goes, through it, to that state. Else -1.
func (s *sent) schemeFor(a int) int {
	if a < 0 {
		return -1
	}
	toks := s.d.toks
	j := s.actors[a].hi
	if j < s.hi && (toks[j].Norm == "-" || toks[j].Norm == "led") {
		for j < s.hi && (toks[j].Norm == "-" || toks[j].Norm == "led") {
			j++ // "the Czech-led initiative"
		}
	}
	if j >= s.hi || !schemeNoun(toks[j].Norm) {
		return -1
	}
	for k := j + 1; k+1 < s.hi && k-j <= 10; k++ {
		if toks[k].Kind == Punct && toks[k].Norm != "-" {
			return -1
		}
		if toks[k].Norm != "for" {
			continue
		}
		if o := s.actorAt(k + 1); o >= 0 && s.actors[o].ref.Code != s.actors[a].ref.Code && s.stateNamed(o) {
			return o
		}
		if k+2 < s.hi && toks[k+1].Norm == "the" {
			if o := s.actorAt(k + 2); o >= 0 && s.actors[o].ref.Code != s.actors[a].ref.Code && s.stateNamed(o) {
				return o
			}
		}
	}
	return -1
}

// stateNamed reports whether mention o names a state: by its name, or by
// its demonym before one of its bodies ("the Ukrainian military"), not a
// demonym alone ("for Ukrainian-made drones").
func (s *sent) stateNamed(o int) bool {
	m := &s.actors[o]
	return !m.demonym || s.bodyEnd(m.hi) > m.hi
}

// schemeNoun reports whether w names a scheme that pools money or arms for
// another state: "initiative", "fund", "mechanism".
func schemeNoun(w string) bool {
	switch w {
	case "initiative", "fund", "mechanism", "scheme", "programme", "program", "coalition", "facility", "trust":
		return true
	}
	return false
}

// onwardTo returns the state that goods sent to actor a were bound for
// beyond it, "to Poland for onward delivery to Ukraine", "to Rzeszow for
// transfer to Ukraine"; or -1.
func (s *sent) onwardTo(a int) int {
	if a < 0 {
		return -1
	}
	toks := s.d.toks
	j := s.actors[a].hi
	if j+3 >= s.hi || toks[j].Norm != "for" {
		return -1
	}
	j++
	switch toks[j].Norm {
	case "onward", "onwards", "further", "eventual", "final":
		j++
	}
	switch toks[j].Norm {
	case "delivery", "transfer", "shipment", "transit", "transport", "handover", "re-export":
	default:
		return -1
	}
	if toks[j+1].Norm != "to" {
		return -1
	}
	if o := s.actorAt(j + 2); o >= 0 && s.actors[o].ref.Code != s.actors[a].ref.Code {
		return o
	}
	return -1
}

// ownerOfGoods returns the state a possessive pronoun on the goods of
// group g stands for ("36% of its weapons"), when it is not the supplier;
// or -1.
func (s *sent) ownerOfGoods(g *group, sup []string) int {
	toks := s.d.toks
	j := g.phrases[0].lo - 1 // the pronoun determines the goods: "its weapons"
	if j-1 >= s.lo && strings.HasSuffix(toks[j].Norm, "ed") && toks[j].Kind == Word && !s.is(j, fMateriel) && (toks[j-1].Norm == "its" || toks[j-1].Norm == "their" || s.actorAt(j-1) >= 0) {
		j-- // past a participle on the goods: "Pakistan's imported weapons" (see possessedParticiple)
	}
	if a := s.actorAt(j); j >= s.lo && a >= 0 && s.actors[a].possessive && s.actors[a].hi == j+1 && s.actors[a].ref.kind == kindCountry && !slices.Contains(sup, s.actors[a].ref.Code) {
		return a // "supplied about 70 percent of Algeria's weapons"
	}
	if j < s.lo || toks[j].Norm != "its" && toks[j].Norm != "their" {
		return -1
	}
	if a := s.antecedent(j, false); a >= 0 && !overlaps(s.actors[a].codes, sup) && !slices.Contains(sup, s.actors[a].ref.Code) {
		return a
	}
	return -1
}

// dealPartner returns, for a transfer by sup, the other of two parties
// named together before a deal or an agreement that comes before the
// transfer ("Russia and Iran signed a deal under which Tehran would
// supply"), or -1.
func (s *sent) dealPartner(t *trigger, sup string) int {
	deal := -1
	if dn := s.d.tags.dealNoun; dn < t.i && !s.is(dn, fVerb) {
		deal = dn // tagTriggers noted the first noun of a deal
	}
	for k := range s.trigs {
		if u := &s.trigs[k]; u.i < t.i && !u.noun && u.lemma == "agree" && (deal < 0 || u.i < deal) {
			deal = u.i
		}
	}
	if deal < 0 {
		return -1
	}
	for a := range s.actors {
		m := &s.actors[a]
		if m.lo >= deal || m.prep != "" || m.possessive || m.demonym || m.speaker {
			continue
		}
		codes, _, _ := s.group(a)
		if len(codes) != 2 || !slices.Contains(codes, sup) {
			continue
		}
		for b := a; b < len(s.actors) && s.actors[b].lo < deal; b++ {
			if s.actors[b].ref.Code != sup {
				return b
			}
		}
	}
	return -1
}

// payerBefore returns the subject of a clause of paying or buying joined
// by "and" to a clause whose subject, sup, gives ("Peru paid for the
// missiles, and India shipped them"), or -1. The two clauses tell one sale.
func (s *sent) payerBefore(t *trigger, sup string) int {
	toks := s.d.toks
	and := -1
	for a := range s.actors {
		m := &s.actors[a]
		if m.ref.Code == sup && m.hi+s.chainBefore(t.i) == t.i && m.lo-1 > s.lo && toks[m.lo-1].Norm == "and" {
			and = m.lo - 1
		}
	}
	if and < 0 {
		return -1
	}
	pay := -1
	for j := and - 1; j > s.lo && pay < 0; j-- {
		switch toks[j].Norm {
		case "paid", "pays", "payment", "payments", "bought", "purchased":
			pay = j
		}
	}
	payer := -1
	for a := range s.actors {
		m := &s.actors[a]
		if m.hi > pay {
			break
		}
		if m.prep == "" && !m.possessive && !m.demonym && !m.speaker && m.ref.Code != sup {
			payer = a
		}
	}
	return payer
}

// goodsToldBefore reports whether the goods of g refer back to goods
// told before, by a pronoun or "the", "these", "those" ("and India shipped
// them in April", "shipped the missiles"): what a payer in the clause
// before paid for. Goods of their own ("and Iran sent drones") are
// another transfer, to whom the clause does not say.
func (s *sent) goodsToldBefore(g *group) bool {
	p := &g.phrases[0]
	if p.pronominal || p.elided {
		return true
	}
	toks := s.d.toks
	for _, j := range [2]int{p.start(), p.start() - 1} {
		if j >= s.lo {
			switch toks[j].Norm {
			case "them", "it", "the", "these", "those":
				return true
			}
		}
	}
	return false
}

// rankedAfter reports whether actor a comes after "followed by" or
// "trailed by": the next in a ranking, no agent.
func (s *sent) rankedAfter(a int) bool {
	j := s.actors[a].lo - 1
	if j > s.lo && s.d.toks[j].Norm == "the" {
		j--
	}
	if j <= s.lo || s.d.toks[j].Norm != "by" {
		return false
	}
	w := s.d.toks[j-1].Norm
	return w == "followed" || w == "trailed"
}

// causeBefore reports whether the transfer noun at i is the object of a
// preposition of cause: "because of", "due to", "over", "in response to",
// "in retaliation for". The sentence's subject acts on the transfer then;
// it is no party to it.
func (s *sent) causeBefore(i int) bool {
	toks := s.d.toks
	j := i - 1
	if j > s.lo && s.is(j, fDeterminer) {
		j--
	}
	if j <= s.lo {
		return false
	}
	switch w, before := toks[j].Norm, toks[j-1].Norm; w {
	case "over":
		// "sanctioned Iran over the supply of drones", not "talks between
		// Moscow and the Houthis over the supply of missiles" (about it).
		for k := j - 1; k >= s.lo && j-k <= 8; k-- {
			if penaltyWord(toks[k].Norm) || opposeWord(toks[k].Norm) {
				return true
			}
		}
		return false
	case "of":
		return before == "because"
	case "to":
		return before == "due" || before == "owing" || before == "response"
	case "for":
		return before == "retaliation"
	}
	return false
}

// penaltyWord reports whether w is a form of a verb or noun of punishing:
// "sanctioned", "expelled", "fined".
func penaltyWord(w string) bool {
	switch w {
	case "sanction", "sanctions", "sanctioned", "sanctioning", "expel", "expels", "expelled", "expelling",
		"punish", "punishes", "punished", "punishing", "fine", "fines", "fined", "penalise", "penalised", "penalize", "penalized",
		"summon", "summons", "summoned", "rebuke", "rebuked", "blacklisted":
		return true
	}
	return false
}

// observedBetween reports whether a verb of watching, looking into,
// seizing or opposing stands in [lo, hi): its subject observes, stops or
// objects to a transfer and takes no part in it.
func (s *sent) observedBetween(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		switch s.d.toks[j].Norm {
		case "watch", "watches", "watched", "watching", "monitor", "monitors", "monitored", "monitoring",
			"track", "tracks", "tracked", "tracking", "investigate", "investigates", "investigated", "investigating",
			"probe", "probes", "probed", "probing", "examine", "examines", "examined", "examining",
			"study", "studies", "studied", "studying", "fear", "fears", "feared", "fearing",
			// Who sees a transfer, or sees none, looks on: "Washington had
			// seen no transfer of nuclear technology".
			"see", "sees", "saw", "seen", "observe", "observes", "observed", "detect", "detects", "detected", "spotted", "noticed",
			// Who seizes a shipment stops it: "the US Navy seized a shipment
			// of Iranian missile parts bound for the Houthis".
			"seize", "seizes", "seized", "seizing", "intercept", "intercepts", "intercepted", "intercepting",
			"interdict", "interdicts", "interdicted", "interdicting", "confiscate", "confiscated", "impounded", "captured":
			return true
		}
		if opposeWord(s.d.toks[j].Norm) && !s.noLonger(j) {
			return true // "China protested the sale of 66 F-16s to Taiwan": who opposes a sale takes no part in it
		}
	}
	return false
}

// noLonger reports whether "no longer" comes right before the verb at j
// ("will no longer oppose the delivery of jets to Riyadh"): the state that
// stops objecting had a say in the sale, a partner that now lets it go.
func (s *sent) noLonger(j int) bool {
	toks := s.d.toks
	return j-2 >= s.lo && toks[j-2].Norm == "no" && toks[j-1].Norm == "longer"
}

// opposeWord reports whether w is a form of a verb of opposing: "oppose",
// "object", "condemn", "protest", ...
func opposeWord(w string) bool {
	switch w {
	case "oppose", "opposes", "opposed", "opposing", "object", "objects", "objected", "objecting",
		"condemn", "condemns", "condemned", "condemning", "criticise", "criticises", "criticised", "criticising",
		"criticize", "criticizes", "criticized", "criticizing", "protest", "protests", "protested", "protesting",
		"denounce", "denounces", "denounced", "denouncing", "decry", "decries", "decried", "decrying",
		"deplore", "deplores", "deplored", "slammed", "lambasted":
		return true
	}
	return false
}

// recipientFromContext names the recipient of a frame whose prepositions
// and object name none, from the rest of the sentence or the text, trying
// each reading in turn. It returns the actor, or -1, and whether only that
// actor receives and not the group it is named in.
func (s *sent) recipientFromContext(t *trigger, g *group, r *roleResult, end int) (int, bool) {
	give := t.class == classGive || t.class == classSell
	if r.open && !t.noun && !t.passive && (t.class == classGive || t.class == classCommit || t.class == classDeploy) {
		// "Ukraine's allies have delivered 600 tanks": the allies give,
		// and the state whose allies they are receives.
		if k := t.i - 1 - s.chainBefore(t.i); k >= s.lo && s.is(k, fGeneric) {
			if a := s.possessor(k); a >= 0 {
				return a, false
			}
		}
	}
	if give || t.class == classCommit || t.class == classDeploy || t.class == classMove {
		// "France will sell 12 more jets to the Gulf state": the state of
		// that region told last (see regionNamed).
		for j := t.i + 1; j+3 < end && j+3 < s.hi && j-t.i <= 12; j++ {
			if w := s.d.toks[j].Norm; w == "to" || w == "into" {
				if a := s.regionNamed(j+1, r.sup); a >= 0 {
					return a, false
				}
			}
		}
	}
	if (t.class == classGive || t.class == classDeploy || t.class == classMove) && !t.noun {
		// "delivered the S-400 systems to an air base near Ankara": the state
		// the place the goods went to is near or outside.
		if a := s.placeNear(t.i, end); a >= 0 && !slices.Contains(r.sup, s.actors[a].ref.Code) {
			return a, false
		}
	}
	if t.class == classGive || t.class == classDeploy || t.class == classMove || t.class == classArrive {
		// "In the Central African Republic, where Russian instructors first
		// arrived in 2018, Moscow sent 300 more": where it happened is where
		// the goods or people went.
		if a := s.sceneOf(t.i); a >= 0 && !slices.Contains(r.sup, s.actors[a].ref.Code) {
			return a, false
		}
		// "instructors have been deployed to the country": the state the
		// text was just about.
		if a := s.theCountry(t.i, end, r.sup, g); a >= 0 {
			return a, false
		}
	}
	if give {
		// "parachuted weapons to rebels fighting Muammar Gaddafi's forces":
		// armed groups are coded by the state they fight in.
		if a := s.rebelsAgainst(t.i, end); a >= 0 && !slices.Contains(r.sup, s.actors[a].ref.Code) {
			return a, true
		}
	}
	if give || t.class == classDeploy || t.class == classMove {
		// "delivered drones to a dozen African countries, including Nigeria
		// and Ethiopia": the states named as examples receive.
		if a := s.exampleDestination(t.i, end); a >= 0 {
			return a, false
		}
	}
	if give && len(r.sup) > 0 && !t.passive {
		// "Russia, which supplied 36% of its weapons": whose weapons they
		// became receives them.
		if a := s.ownerOfGoods(g, r.sup); a >= 0 {
			return a, false
		}
	}
	if give && len(r.sup) == 1 && !t.passive {
		// "Russia and Iran signed a deal under which Tehran would supply
		// drones": the other party to the deal receives, not both.
		if a := s.dealPartner(t, r.sup[0]); a >= 0 {
			return a, true
		}
	}
	if give && len(r.sup) == 1 && !t.passive {
		// "Peru paid for the missiles in March, and India shipped them in
		// April": who paid, in the clause before, gets what is shipped.
		if a := s.payerBefore(t, r.sup[0]); a >= 0 && s.goodsToldBefore(g) {
			return a, false
		}
	}
	if give || t.class == classCommit {
		// "announces additional security assistance to meet Ukraine's
		// critical security and defense needs": whose needs the goods
		// meet gets them.
		if a := s.purposeRecipient(max(t.i+1, g.hi)); a >= 0 && !slices.Contains(r.sup, s.actors[a].ref.Code) {
			return a, false
		}
	}
	return -1, false
}

// purposeRecipient returns the state whose needs or defence a purpose
// clause from token i on names, "to meet Ukraine's defense needs", "to
// bolster Taiwan's air defences", "to support Ukraine's military needs";
// or -1.
func (s *sent) purposeRecipient(i int) int {
	toks := s.d.toks
	for j := i; j+2 < s.hi && j <= i+12; j++ {
		if toks[j].Norm != "to" {
			continue
		}
		switch toks[j+1].Norm {
		case "meet", "support", "bolster", "strengthen", "address", "boost", "replenish", "help", "fill":
		default:
			continue
		}
		k := j + 2
		if toks[k].Norm == "the" {
			k++
		}
		if a := s.actorAt(k); a >= 0 && s.actors[a].possessive && s.needNounWithin(s.actors[a].hi) {
			return a
		}
		return -1
	}
	return -1
}

// needNounWithin reports whether a noun of a state's needs or defence ends
// the phrase from token i: "critical security and defense needs", "air
// defences", "armed forces" (not "NATO's target").
func (s *sent) needNounWithin(i int) bool {
	for j := i; j < s.hi && j <= i+4; j++ {
		switch s.d.toks[j].Norm {
		case "needs", "need", "defence", "defense", "defences", "defenses", "forces", "military", "army", "arsenal",
			"stocks", "stockpiles", "capabilities", "capability", "security", "war":
			return true
		}
	}
	return false
}

// theCountry returns the state "the country" stands for where it is the
// destination of the verb at t ("deployed to the country", "arrived in the
// country"): the recipient of the last transfer told a few sentences before
// or in the same paragraph, unless it supplies this one; or -1.
//
// It is the object of the verb too: "has supplied the country with Su-35
// jets". When the last transfer's recipient gives this one, "the country"
// is that transfer's giver: "Iran sent drones to Russia. In return, Moscow
// delivered Su-35 jets to the country".
func (s *sent) theCountry(t, end int, sup []string, g *group) int {
	toks := s.d.toks
	for j := t; j+2 < end && j+2 < s.hi && j <= max(t+4, g.hi); j++ {
		switch toks[j].Norm {
		case "to", "in", "into":
		default:
			if j != t {
				continue // ("the country" right after the verb is its object)
			}
		}
		if a := s.regionNamed(j+1, sup); a >= 0 {
			return a // "Russia has supplied the Central Asian republic with helicopters": the one named last
		}
		if !stateStandIn(toks[j+1].Norm, toks[j+2].Norm) {
			continue
		}
		for k := len(s.d.claims) - 1; k >= 0; k-- {
			c := &s.d.claims[k]
			// A flow told earlier in the sentence counts ("provides Israel
			// with $3.8 billion ... and has rushed interceptors to the
			// country"); one state is no list of them.
			if c.sent == s.idx && c.trig >= t || len(c.rec) != 1 {
				continue
			}
			if s.idx-c.sent > 3 && c.para != s.para {
				return -1 // told too far back: the text may be on another state now
			}
			if !overlaps(c.rec, sup) {
				return s.pseudo(actorMention{ref: actorRef{Code: c.rec[0]}, codes: c.rec}, j+2)
			}
			if len(c.sup) > 0 && len(sup) > 0 && !overlaps(c.sup, sup) {
				return s.pseudo(actorMention{ref: actorRef{Code: c.sup[0]}, codes: c.sup}, j+2) // the flow back
			}
			return -1
		}
		// No flow told: of the pair the text last named, the one that does
		// not give. "North Korea and Russia signed a defence treaty. Since
		// then, the North has sent troops to its partner."
		if pair := s.d.lastList[:s.d.nLastList]; len(pair) == 2 && s.idx-s.d.lastListSent <= 2 && len(sup) == 1 && slices.Contains(pair, sup[0]) {
			other := pair[0]
			if other == sup[0] {
				other = pair[1]
			}
			return s.pseudo(actorMention{ref: actorRef{Code: other}, codes: []string{other}}, j+2)
		}
		// Nor a pair: the one state its sentence names before it that
		// does not give, once the giver is known. "Wagner said it was
		// leaving Mali, but 2,000 Russian fighters will be deployed in the
		// country."
		if code := s.namedBefore(j, sup); code != "" && len(sup) > 0 {
			return s.pseudo(actorMention{ref: actorRef{Code: code}, codes: []string{code}}, j+2)
		}
		return -1
	}
	return -1
}

// namedBefore returns the one state the sentence names by name or capital
// before token j that is none of not; "" if none, or if two are. (The
// sentence before was tried too, and lost more claims than it found.)
func (s *sent) namedBefore(j int, not []string) string {
	one := ""
	for a := range s.actors {
		m := &s.actors[a]
		if m.lo < j && !m.resolved && len(m.ref.Code) == 2 && (m.ref.kind == kindCountry || m.ref.Kind == "capital") && !slices.Contains(not, m.ref.Code) {
			if one != "" && one != m.ref.Code {
				return "" // which one is not told
			}
			one = m.ref.Code
		}
	}
	return one
}

// regionNamed resolves a state described by its region after "the" at j
// ("to the Gulf state", "supplied the Central Asian republic") to the last
// state the sentences before name that lies there and does not give; or -1.
// Only regions the lexicon knows are read: "the country" alone is
// theCountry's.
func (s *sent) regionNamed(j int, sup []string) int {
	toks := s.d.toks
	if j >= s.hi || toks[j].Norm != "the" {
		return -1
	}
	h := j + 1
	for h < s.hi && h-j <= 3 && toks[h].Kind == Word && toks[h].Cap && s.actorAt(h) < 0 {
		h++
	}
	if h == j+1 || h >= s.hi {
		return -1
	}
	switch toks[h].Norm {
	case "country", "nation", "kingdom", "state", "republic", "emirate":
	default:
		return -1
	}
	code := s.regionBefore(j+1, h, "")
	if code == "" || slices.Contains(sup, code) {
		return -1
	}
	return s.pseudo(actorMention{ref: actorRef{Code: code}, codes: []string{code}}, h)
}

// stateStandIn reports whether two words stand for a state the text has
// named: "the country", "the kingdom", "the island", "its neighbour", "its
// ally".
func stateStandIn(det, noun string) bool {
	switch det {
	case "the":
		switch noun {
		case "country", "nation", "kingdom", "island", "emirate":
			return true
		}
	case "its":
		switch noun {
		case "neighbour", "neighbor", "ally", "partner":
			return true
		}
	}
	return false
}

// exampleDestination returns the first state named as an example of a
// destination that "to" governs in [lo, hi): "to at least a dozen African
// countries, including Nigeria", "to several allies such as Poland"; or -1.
func (s *sent) exampleDestination(lo, hi int) int {
	toks := s.d.toks
	example := false // most sentences name no state as an example: a look at the actors says so
	for a := range s.actors {
		if m := &s.actors[a]; m.lo > lo && (s.exampleCue(m.lo-1) > 0 || m.lo-2 > lo && s.exampleCue(m.lo-2) == 2) {
			example = true
			break
		}
	}
	if !example {
		return -1
	}
	for j := lo; j < hi; j++ {
		if w := toks[j].Norm; w != "to" && w != "into" {
			continue
		}
		for k := j + 1; k < s.hi && k <= j+10; k++ {
			if s.actorAt(k) >= 0 || toks[k].Kind == Punct && toks[k].Norm != "," {
				break // a state after "to" is found as such; a mark ends the phrase
			}
			if n := s.exampleCue(k); n > 0 && k+n < s.hi {
				if a := s.actorAt(k + n); a >= 0 && !s.actors[a].demonym {
					return a
				}
				break
			}
		}
	}
	return -1
}

// copulaComplement returns the first state after "were", "are", "was",
// "is" or "included" that follows the noun at i in the same clause: the
// states a noun of suppliers is said to be ("India's main suppliers in
// 2019-2023 were Russia, France and Israel"); or -1.
func (s *sent) copulaComplement(i int) int {
	toks := s.d.toks
	for j := i + 1; j+1 < s.hi && j <= i+12; j++ {
		switch toks[j].Norm {
		case "were", "are", "was", "is", "included", "include", "includes", "remain", "remained":
			k := j + 1
			if toks[k].Norm == ":" {
				continue // "were:" and a list
			}
			if toks[k].Norm == "the" {
				k++
			}
			if a := s.actorAt(k); a >= 0 && !s.actors[a].possessive && s.actors[a].prep == "" {
				return a
			}
			return -1
		case ":":
			// "Israel's main arms suppliers, according to SIPRI:\n- United
			// States: 69 percent": the first item of the list after.
			if k := j + 2; k < s.hi && bullet(&toks[j+1]) {
				if toks[k].Norm == "the" {
					k++
				}
				if a := s.actorAt(k); a >= 0 && !s.actors[a].possessive {
					return a
				}
			}
			return -1
		case ";", ".":
			return -1
		}
	}
	return -1
}

// namedAfterGoods returns the actor that a form of "be" or "include"
// right after the goods names, or -1: "(the buyers of X) are Saudi
// Arabia", "(buyers of X) include Egypt".
func (s *sent) namedAfterGoods(g *group) int {
	toks := s.d.toks
	j := g.hi
	for j < s.hi && romanNumeral(s.d.text[toks[j].Start:toks[j].End]) {
		j++ // "the Wing Loong II": a mark of the model the phrase may leave out
	}
	if j < s.hi && s.goodsOfReceiver(j) {
		j++ // "the largest recipient of British arms exports was": the flow of the goods
	}
	if j >= s.hi {
		return -1
	}
	switch toks[j].Norm {
	case "are", "were", "include", "included", "includes", "is", "was", "remains", "remained":
	default:
		return -1
	}
	j++
	for j < s.hi && (toks[j].Norm == "the" || s.is(j, fAdverb)) {
		j++
	}
	if a := s.actorAt(j); a >= 0 && !s.actors[a].speaker && !s.actors[a].demonym {
		return a
	}
	return -1
}

// receiverNoun reports whether w names who receives or buys goods.
func receiverNoun(w string) bool {
	switch w {
	case "customer", "customers", "buyer", "buyers", "operator", "recipient", "recipients", "importer", "importers":
		return true
	}
	return false
}

// apposedTo returns the state that the noun at i, with its possessor and
// ranking words, is set beside after a comma: "Russia, its traditional
// supplier", "Germany, Israel's second-largest supplier"; or -1.
func (s *sent) apposedTo(i int) int {
	toks := s.d.toks
	j := i - 1
	for j > s.lo && (supplierRank(toks[j].Norm) || rankWord(toks[j].Norm) || toks[j].Norm == "-" || toks[j].Norm == "arms" || toks[j].Norm == "weapons") {
		j--
	}
	if j <= s.lo {
		return -1
	}
	if a := s.actorAt(j); a >= 0 && s.actors[a].possessive {
		j = s.actors[a].lo - 1
	} else if toks[j].Norm == "its" || toks[j].Norm == "their" || toks[j].Norm == "the" {
		j--
	} else {
		return -1
	}
	if j <= s.lo || toks[j].Norm != "," {
		return -1
	}
	a := s.actorAt(j - 1)
	if a < 0 || s.actors[a].hi != j || s.actors[a].possessive || s.actors[a].demonym || s.actors[a].speaker {
		return -1
	}
	return a
}

// agentNoun reports whether a transfer noun names the one who gives:
// "supplier", "exporter", "provider".
func agentNoun(w string) bool {
	switch w {
	case "supplier", "suppliers", "exporter", "exporters", "provider", "providers", "source", "sources":
		return true
	}
	return false
}

// givenByOn returns the agent of a participle of giving or selling that
// stands on the group before the verb t ("shells supplied by Iran arrived
// in Russia", "jets sold by France to Egypt have landed"), or -1.
func (s *sent) givenByOn(g *group, t *trigger) int {
	// ("The first two Patriot batteries promised by Germany have arrived":
	// who promised them gives them.)
	for k := range s.trigs {
		u := &s.trigs[k]
		if u.i != g.hi || u.noun || u.class != classGive && u.class != classSell && !promiseLemma(u) || s.beBefore(u.i) || !s.participle(u.i) {
			continue
		}
		for a := range s.actors {
			if m := &s.actors[a]; m.prep == "by" && m.lo > u.i && m.hi <= t.i && m.lo <= u.i+3 {
				return a
			}
		}
	}
	return -1
}

// boughtFrom returns the seller after "from" that a participle of buying
// right after the group names ("the submarine, ordered from China in 2017,
// arrived"), before the verb t; or -1.
func (s *sent) boughtFrom(g *group, t *trigger) int {
	j := g.hi
	if j < s.hi && s.d.toks[j].Norm == "," {
		j++
	}
	if j+2 >= t.i {
		return -1
	}
	switch s.d.toks[j].Norm {
	case "ordered", "bought", "purchased", "procured", "acquired":
	default:
		return -1
	}
	if s.d.toks[j+1].Norm == "from" {
		if a := s.actorAt(j + 2); a >= 0 && !s.actors[a].possessive && s.actors[a].ref.kind != kindDemonym {
			return a // (set off by commas, an aside to the search for roles)
		}
	}
	return -1
}

// shareVerbBefore returns the verb of a share that stands in the ten words
// before i ("accounted for 36 per cent of India's arms imports", "made up
// half of"), or -1.
func (s *sent) shareVerbBefore(i int) int {
	toks := s.d.toks
	for j := i - 1; j > s.lo && i-j <= 10; j-- {
		switch toks[j].Norm {
		case "accounted", "accounts", "account", "accounting":
			if toks[j+1].Norm == "for" {
				return j
			}
		case "made", "makes", "make", "making":
			if toks[j+1].Norm == "up" {
				return j
			}
		case "represented", "represents", "represent", "representing":
			return j
		}
	}
	return -1
}

// governor is the verb that governs a transfer noun ("approved the sale",
// "continues shipment"): the nearest verb before it.
//
// Frames, roles and status ask it of one trigger several times: the last
// answer is kept.
func (s *sent) governor(t trigger) trigger {
	if s.gov.at != t.i+1 {
		s.gov.at, s.gov.t = t.i+1, s.findGovernor(t.i)
	}
	return s.gov.t
}

// findGovernor is governor's search, for the transfer noun at token i.
func (s *sent) findGovernor(i int) trigger {
	t := trigger{i: i}
	for k := len(s.trigs) - 1; k >= 0; k-- {
		if u := &s.trigs[k]; u.i < t.i && !u.noun && u.class != classContent && u.class != classHold && u.class != classSpeech {
			if s.contrastBetween(u.i, t.i) || s.semicolonBetween(u.i, t.i) {
				break // "have denied any arms deals, although they acknowledged the deployment"
			}
			return *u
		}
	}
	return trigger{i: t.i}
}

// contrastBetween reports whether a conjunction of contrast opens a new
// clause between tokens lo and hi.
func (s *sent) contrastBetween(lo, hi int) bool {
	for j := lo + 1; j < hi; j++ {
		switch s.d.toks[j].Norm {
		case "although", "though", "whereas", "but":
			return true
		}
	}
	return false
}

// semicolonBetween reports whether a semicolon parts two clauses between
// tokens lo and hi: "Estonia has pledged more aid to Ukraine; its
// donations so far exceed €500 million" tells of gifts made, not pledged.
// In a text whose lists are parted by semicolons it parts items instead.
func (s *sent) semicolonBetween(lo, hi int) bool {
	if s.d.semiLists {
		return false
	}
	for j := lo + 1; j < hi; j++ {
		if s.d.toks[j].Norm == ";" {
			return true
		}
	}
	return false
}

// forAfterDeal reports whether "for" follows the deal noun at i, past its
// value: "a deal for 250 tanks", "a contract worth 2.7 billion euros for
// twelve Rafale jets".
func (s *sent) forAfterDeal(i int) bool {
	toks := s.d.toks
	j := i + 1
	if j < s.hi && valueWord(toks[j].Norm) {
		for n := range s.quants {
			if q := &s.quants[n]; q.Lo > j && q.Lo-j <= 3 && q.Currency != "" {
				j = q.Hi
				break
			}
		}
	}
	return j < s.hi && toks[j].Norm == "for"
}

// dealRoles reads the parties of a deal: "X signed a contract with Y for the
// delivery of Z" and "X's agreements with Y to supply Z" name Y the supplier
// and X the recipient, whatever the transfer word after them says.
func (s *sent) dealRoles(t *trigger) (sup, rec int, ok bool) {
	toks := s.d.toks
	first := t.i - 1
	if t.noun {
		first = t.i // the deal noun itself: "a $3bn contract with X"
	}
	for j := first; j >= s.d.tags.dealNoun && t.i-j <= 16; j-- { // none before dealNoun
		c, isNoun := s.nounAt(j)
		if !isNoun || c != classCommit && c != classSell {
			continue
		}
		end := t.i
		if t.class == classContent && !t.noun && end-1 > j && toks[end-1].Norm == "," && strings.HasSuffix(toks[t.i].Norm, "ing") {
			// "signed a contract with Saudi Arabia on Tuesday, covering
			// Akinci drones": the participle after the comma tells what
			// the deal holds; it opens no clause of its own.
			end--
		}
		if s.clauseBreak(j, end) {
			return 0, 0, false
		}
		w := j + 1 // "with", perhaps past the deal's value: "a deal worth about Rs 32,000 crore with the US"
		w = s.pastKindOfDeal(w)
		w = s.pastHistoryScope(w)
		if w < s.hi && valueWord(toks[w].Norm) {
			for n := range s.quants {
				if q := &s.quants[n]; q.Lo > w && q.Lo-w <= 3 && q.Currency != "" {
					w = s.skipParenthesis(q.Hi) // "worth about US$700 million (approximately 960 billion won) with"
					break
				}
			}
		}
		if w < s.hi && toks[w].Norm != "with" {
			w = s.pastTimeTo(w, "with") // "signed a contract in 2017 with China Shipbuilding"
		}
		forParty := -1
		if contractNoun(toks[j].Norm) {
			// "signed a contract for Hanwha to supply 96 launchers": whom
			// the deal is for, to do the infinitive's deed, is its other
			// party.
			forParty = s.forPartyTo(w)
			if forParty < 0 && w < s.hi {
				if f := s.pastTimeTo(w, "for"); f < s.hi && toks[f].Norm == "for" {
					forParty = s.forMaker(f) // "signed a deal in 2023 for Israel's David's Sling"
				}
			}
		}
		if w >= s.hi || toks[w].Norm != "with" && forParty < 0 {
			if j == t.i && t.noun && w < s.hi && toks[w].Norm == "of" {
				continue // "signed a contract with Indonesia for the sale of 48 jets": the contract's parties
			}
			return 0, 0, false
		}
		with := forParty
		for k := w + 1; with < 0 && k < s.hi && k <= w+5; k++ {
			if a := s.actorAt(k); a >= 0 {
				with = a
				break
			}
		}
		if with < 0 {
			return 0, 0, false
		}
		party := s.possessor(j)
		if party < 0 {
			party = s.subject(trigger{i: j})
		}
		if party < 0 {
			// "the Gulf state signed a deal with France": the subject of
			// the verb the deal is the object of.
			v := j - 1
			for v > s.lo && (s.is(v, fDeterminer) || s.inQty[v-s.lo]) {
				v--
			}
			if v > s.lo && s.is(v, fVerb) {
				party = s.countrySubject(v)
			}
		}
		if party < 0 {
			return 0, 0, false
		}
		if s.actors[party].resolved {
			// "Hanwha Aerospace said it has signed a contract with Romania":
			// "it" is the firm that speaks.
			for a := range s.actors {
				if s.actors[a].speaker && s.actors[a].lo < s.actors[party].lo && s.firm(a) {
					party = a
					break
				}
			}
		}
		if s.firm(party) && !s.firm(with) {
			return party, with, true // "Baykar signed a contract with Kuwait": the maker sells
		}
		if with == forParty && forParty >= 0 {
			if v, ok := s.verbAt(s.actors[forParty].hi + 1); ok && (v.Class == classBuy || v.Class == classReceive) {
				// "France and Egypt signed a deal for Egypt to buy 30 Rafale
				// jets": the one the deal is for buys from who signed it.
				return party, with, true
			}
		}
		return with, party, true
	}
	return 0, 0, false
}

// signedWithFor returns the party a state "signed with" for goods named
// after "for" ("signed with Turkey for three corvettes"), or -1.
func (s *sent) signedWithFor(t *trigger, g *group) int {
	toks := s.d.toks
	if t.noun || t.passive || t.lemma != "sign" || t.i+2 >= s.hi || toks[t.i+1].Norm != "with" || g.lo <= t.i || toks[g.lo-1].Norm != "for" && !(g.lo-2 > t.i && toks[g.lo-2].Norm == "for") {
		return -1
	}
	for k := t.i + 2; k < g.lo && k <= t.i+5; k++ {
		if a := s.actorAt(k); a >= 0 && (s.actors[a].prep == "with" || s.actors[a].demonym) {
			return a // "with Turkey", "with Turkish shipbuilder STM"
		}
	}
	return -1
}

// dealNamedAgain returns, for a verb of content at i whose subject opens
// the sentence as "The deal" (contract, agreement), the last claim of
// goods, with both parties (or two signers, one of whom makes the goods),
// that such a noun framed in the eight sentences before; or nil. "The deal" names the deal told, however many flows of
// no deal were told since.
func (s *sent) dealNamedAgain(i int) *draft {
	toks := s.d.toks
	j := i - 1
	for j > s.lo && s.is(j, fAdverb) {
		j-- // "The deal also covers"
	}
	if j != s.lo+1 || toks[s.lo].Norm != "the" {
		return nil
	}
	switch toks[j].Norm {
	case "deal", "contract", "agreement":
	default:
		return nil
	}
	for k := len(s.d.claims) - 1; k >= 0; k-- {
		c := &s.d.claims[k]
		if s.idx-c.sent > 8 {
			break
		}
		if c.sent == s.idx || c.trig < 0 || c.p.money {
			continue
		}
		if signers := twoSigners(c); signers != nil && soleMaker(s.d.makerOf(&c.p), signers) == "" || signers == nil && (len(c.sup) == 0 || len(c.rec) == 0) {
			continue // (two signers, one of whom makes the goods: see the caller)
		}
		for n := c.trig; n < len(toks) && n <= c.trig+3; n++ {
			switch toks[n].Norm {
			case "deal", "contract", "agreement":
				return c // (the noun, or the verb that signed it: "signed a deal")
			}
		}
	}
	return nil
}

// twoSigners returns the two states of a deal's claim whose roles are
// not yet sorted, both on one side and none on the other ("Britain and
// Turkey signed a deal for 20 jets"), or nil.
func twoSigners(c *draft) []string {
	switch {
	case len(c.sup) == 2 && len(c.rec) == 0:
		return c.sup
	case len(c.rec) == 2 && len(c.sup) == 0:
		return c.rec
	}
	return nil
}

// pastKindOfDeal returns the token after the "of" phrase that names a kind
// of deal at w ("a memorandum of understanding with Japan", "a letter of
// offer and acceptance with the United States"), or w.
func (s *sent) pastKindOfDeal(w int) int {
	toks := s.d.toks
	if w+1 >= s.hi || toks[w].Norm != "of" {
		return w
	}
	switch toks[w+1].Norm {
	case "understanding", "intent", "cooperation", "intention":
		return w + 2
	case "offer":
		if w+3 < s.hi && toks[w+2].Norm == "and" && toks[w+3].Norm == "acceptance" {
			return w + 4
		}
		return w + 2
	}
	return w
}

// contractNoun reports whether w names a bargain between two parties, not
// a one-sided act ("approval", "permission").
func contractNoun(w string) bool {
	switch w {
	case "contract", "contracts", "deal", "deals", "agreement", "agreements", "accord", "memorandum", "memorandums", "memoranda", "letter", "letters":
		return true
	}
	return false
}

// pastHistoryScope returns the token after a superlative's scope at w,
// "in its history", "in Turkish defence history" ("the largest export
// contract in Turkish defence history with Saudi Arabia"), or w if none
// stands there.
func (s *sent) pastHistoryScope(w int) int {
	toks := s.d.toks
	if w >= s.hi || toks[w].Norm != "in" {
		return w
	}
	for k := w + 1; k < s.hi && k-w <= 5; k++ {
		if toks[k].Norm == "history" {
			return k + 1
		}
		if toks[k].Kind == Punct {
			break
		}
	}
	return w
}

// forPartyTo returns the actor of "for X to" at w, X the subject of the
// infinitive after it ("a contract for Hanwha to supply"), or -1.
func (s *sent) forPartyTo(w int) int {
	toks := s.d.toks
	if w+2 >= s.hi || toks[w].Norm != "for" {
		return -1
	}
	k := w + 1
	if toks[k].Norm == "the" {
		k++
	}
	a := s.actorAt(k)
	if a < 0 || s.actors[a].possessive || s.actors[a].demonym {
		return -1
	}
	if e := s.actors[a].hi; e+1 < s.hi && toks[e].Norm == "to" && s.is(e+1, fVerb) {
		return a
	}
	return -1
}

// forMaker returns the state of "for X's" at w when the goods after the
// possessive are of a model X makes (lexicon/makers.tsv), or -1: a deal
// "for South Korea's K9 howitzers" is struck with their maker, as a deal
// "with" it, where "$500 million for Ukraine's air defence" serves Ukraine.
func (s *sent) forMaker(w int) int {
	if w+2 >= s.hi || s.d.toks[w].Norm != "for" {
		return -1
	}
	a := s.actorAt(w + 1)
	if a < 0 || !s.actors[a].possessive || !s.ownMake(&s.actors[a]) {
		return -1
	}
	return a
}

// pastTimeTo returns the token of word after a short time expression that
// starts at i ("in 2017", "on Friday", "last year"), or i if there is none
// or word does not follow it.
func (s *sent) pastTimeTo(i int, word string) int {
	toks := s.d.toks
	k := i
	switch toks[k].Norm {
	case "in", "on", "last", "this", "earlier":
		k++
	default:
		return i
	}
	start := k
	for k < s.hi && k-start < 3 && (s.is(k, fCalendar) || toks[k].Kind == Number || toks[k].Norm == "year" || toks[k].Norm == "month" || toks[k].Norm == "week") {
		k++
	}
	if k == start || k >= s.hi || toks[k].Norm != word {
		return i
	}
	return k
}

// orderAfter reports whether the verb at i takes an order or a contract as
// its object: "received an order from Poland", "won a contract from".
func (s *sent) orderAfter(i int) bool {
	toks := s.d.toks
	for j := i + 1; j < s.hi && j <= i+4; j++ {
		switch toks[j].Norm {
		case "order", "orders", "contract", "contracts":
			return true
		}
		if !s.is(j, fDeterminer) && toks[j].Kind == Word && !strings.HasSuffix(toks[j].Norm, "al") && toks[j].Norm != "new" && toks[j].Norm != "export" {
			return false
		}
	}
	return false
}

// wonDeal returns the verb of winning that takes the noun t, an order or a
// contract ("won a $3.5 billion order", "secured a contract", "landed a
// deal"), or -1.
func (s *sent) wonDeal(t *trigger) int {
	toks := s.d.toks
	if !t.noun {
		return -1
	}
	switch toks[t.i].Norm {
	case "order", "orders", "contract", "contracts", "deal", "deals":
	default:
		return -1
	}
	for j := t.i - 1; j >= s.lo && t.i-j <= 6; j-- {
		switch toks[j].Norm {
		case "won", "wins", "win", "winning", "secured", "secures", "secure", "securing", "landed", "lands", "land",
			"clinched", "clinches", "bagged", "bags":
			return j
		case "received", "receives", "receive", "awarded":
			// "received a $4.5 billion contract from Poland": an order won
			// (see receivesOrder); "received an order of 20 tanks" is goods.
			if t.i+1 < s.hi && toks[t.i+1].Norm == "of" {
				return -1
			}
			return j
		}
		if !s.is(j, fDeterminer) && !s.inQty[j-s.lo] && toks[j].Kind == Word && !s.is(j, fAdverb) && s.actorAt(j) < 0 &&
			toks[j].Norm != "new" && toks[j].Norm != "major" && toks[j].Norm != "export" && toks[j].Norm != "first" {
			return -1
		}
	}
	return -1
}

// dealSought reports whether the noun t is a deal that a verb of seeking
// or negotiating governs: "negotiating a BrahMos deal".
func (s *sent) dealSought(t *trigger) bool {
	switch s.d.toks[t.i].Norm {
	case "deal", "deals", "contract", "contracts", "agreement", "purchase", "order":
	default:
		return false
	}
	gv := s.governor(*t)
	if gv.i >= t.i || t.i-gv.i > 5 || gv.class != classRequest || gv.noun {
		return false
	}
	// "Riyadh, with which London has been negotiating a deal": a party
	// named before, which either may sell to.
	for j := gv.i - 1; j > s.lo && gv.i-j <= 6; j-- {
		if w := s.d.toks[j].Norm; (w == "which" || w == "whom") && s.d.toks[j-1].Norm == "with" {
			return false
		}
	}
	return true
}

// showVerbBefore returns a verb of showing or welcoming within five words
// before the noun of delivery at i ("displayed a fresh batch of", "unveiled
// the first shipment of"), or -1.
func (s *sent) showVerbBefore(i int) int {
	toks := s.d.toks
	for j := i - 1; j >= s.lo && i-j <= 5; j-- {
		switch toks[j].Norm {
		case "displayed", "displays", "unveiled", "unveils", "showcased", "showcases", "paraded", "parades", "welcomed", "welcomes", "inspected", "inspects":
			return j
		}
		if toks[j].Kind == Punct {
			return -1
		}
	}
	return -1
}

// customerOf returns the state a sentence calls another's supplier by
// naming the other its customer: "one of the biggest customers of the
// French arms industry", "the largest buyer of Russian weapons"; or -1.
func (s *sent) customerOf() int {
	toks := s.d.toks
	for j := s.lo; j+2 < s.hi; j++ {
		switch toks[j].Norm {
		case "customer", "customers", "buyer", "buyers", "client", "clients":
		default:
			continue
		}
		if toks[j+1].Norm != "of" {
			// "India, Russia's biggest customer, received": whose customer
			// sells.
			for k := j - 1; k >= s.lo && j-k <= 3; k-- {
				if a := s.actorAt(k); a >= 0 {
					if m := &s.actors[a]; m.possessive && !m.demonym && m.hi <= j {
						return a
					}
					break
				}
			}
			continue
		}
		k := j + 2
		if toks[k].Norm == "the" && k+1 < s.hi {
			k++
		}
		if a := s.actorAt(k); a >= 0 && (s.actors[a].demonym || s.actors[a].possessive || s.actors[a].ref.kind == kindCountry) {
			return a
		}
	}
	return -1
}

// signedFor reports whether "for" follows the verb of signing at i, past
// a time: "signing for 17 Gripens", "it signed in 2021 for 30 more
// Rafales".
func (s *sent) signedFor(i int) bool {
	toks := s.d.toks
	for j := i + 1; j < s.hi && j-i <= 5; j++ {
		switch w := toks[j].Norm; {
		case w == "for":
			return true
		case w == "in" || w == "on" || w == "last" || w == "this" || w == "early" || w == "late" || s.is(j, fCalendar) || toks[j].Kind == Number:
		default:
			return false
		}
	}
	return false
}

// orderFrom reports whether actor a places an order or a contract: "a
// contract from Australia", "an order from the Netherlands".
func (s *sent) orderFrom(a int) bool {
	toks := s.d.toks
	j := s.actors[a].lo - 1
	if j <= s.lo || toks[j].Norm != "from" {
		return false
	}
	for k := j - 1; k >= s.lo && j-k <= 3; k-- {
		switch toks[k].Norm {
		case "order", "orders", "contract", "contracts":
			return true
		}
	}
	return false
}

// chainTo reports whether only a verb chain stands between tokens lo and
// the verb at i: "Ukraine | is expected to be | given".
func (s *sent) chainTo(lo, i int) bool {
	if i-lo > 7 {
		return false
	}
	toks := s.d.toks
	for j := lo; j < i; j++ {
		if j+1 < i && adverbPair(toks[j].Norm, toks[j+1].Norm) {
			j++ // "Ukraine has so far been promised 85 F-16s"
			continue
		}
		if !s.is(j, fBe|fModal|fAdverb|fChain) && !isAux(toks[j].Norm) {
			return false
		}
	}
	return true
}

// otherAgent reports whether actor a, after "by", is the agent of a
// passive verb that tells no transfer: "welcomed by Zelensky", "criticised by
// Moscow".
func (s *sent) otherAgent(a int) bool {
	j := s.actors[a].lo - 2 // the word before "by"
	if j < s.lo || !s.participle(j) || s.isTriggerWord(j) {
		return false
	}
	return s.beBefore(j)
}

// barredFrom returns the actor a verb of hindering keeps from the transfer
// at t, "blocked Poland from sending", "prevented Iran from supplying",
// or -1.
func (s *sent) barredFrom(t *trigger) int {
	if a := s.refusedToLet(t); a >= 0 {
		return a
	}
	at := t.i
	if reVerb(s.d.toks, at) {
		at -= 2 // "blocked Denmark from re-exporting": "re-" is the verb's
	}
	if t.noun || t.passive || at-3 < s.lo || s.d.toks[at-1].Norm != "from" || !s.has(fBar) {
		return -1
	}
	a := -1
	for j := at - 2; j >= s.lo && at-j <= 4; j-- {
		if b := s.actorAt(j); b >= 0 {
			a = b
			continue
		}
		if a >= 0 && s.d.toks[j].Norm != "the" {
			if s.is(j, fBar) {
				return a
			}
			return -1
		}
	}
	return -1
}

// passiveBarred returns the participle of barring in "was barred from
// buying", "have been effectively prevented from acquiring", right before the "from" that governs the transfer verb at
// t, or -1. Only a form of "be" (adverbs between allowed) makes it
// passive; "barred Chile from buying" is barredFrom's.
func (s *sent) passiveBarred(t *trigger) int {
	at := t.i
	if t.noun || at-3 < s.lo || s.d.toks[at-1].Norm != "from" || !s.is(at-2, fBar) || !s.participle(at-2) {
		return -1
	}
	j := at - 3
	for j > s.lo && !s.is(j, fBe) && (s.is(j, fAdverb) || strings.HasSuffix(s.d.toks[j].Norm, "ly")) {
		j--
	}
	if !s.is(j, fBe) {
		return -1
	}
	return at - 2
}

// refusedToLet returns the actor a refusal to let or allow keeps from the
// transfer at t, "refused to let Germany pass on ammunition", "declined to
// allow Denmark to send vehicles", or -1.
func (s *sent) refusedToLet(t *trigger) int {
	toks := s.d.toks
	if t.noun || t.passive || t.i-4 < s.lo || !s.has(fRefuse) {
		return -1
	}
	j := t.i - 1
	if toks[j].Norm == "to" {
		j-- // "allow Denmark to send"
	}
	a := s.actorAt(j)
	if a < 0 {
		return -1
	}
	k := s.actors[a].lo - 1
	if k-2 < s.lo {
		return -1
	}
	switch toks[k].Norm {
	case "let", "allow", "permit", "authorise", "authorize":
	default:
		return -1
	}
	if toks[k-1].Norm != "to" || !s.is(k-2, fRefuse) {
		return -1
	}
	return a
}

// barredGeneric returns the verb of hindering that keeps a group named by
// no state from the transfer t ("blocked allies from sending the jets",
// "would not stop its partners from supplying"), or -1.
func (s *sent) barredGeneric(t *trigger) int {
	toks := s.d.toks
	if t.noun || t.passive || t.i-3 < s.lo || toks[t.i-1].Norm != "from" || !s.is(t.i-2, fGeneric) || !s.has(fBar) {
		return -1
	}
	for j := t.i - 3; j >= s.lo && t.i-j <= 5; j-- {
		if s.is(j, fBar) {
			return j
		}
		if s.actorAt(j) >= 0 || toks[j].Kind != Word {
			return -1
		}
	}
	return -1
}

// barWords are the verbs of barring that barredFrom and barredGeneric
// look for, by their flag (fBar).
var barWords = setOf("block", "blocks", "blocked", "blocking", "prevent", "prevents", "prevented", "preventing",
	"stop", "stops", "stopped", "stopping", "bar", "bars", "barred", "barring", "ban", "bans", "banned",
	"banning", "prohibit", "prohibits", "prohibited", "prohibiting", "deter", "deters", "deterred")

// holdingNoun reports whether w names what a state holds of some goods:
// "fleet of", "stocks of", "arsenal of".
func holdingNoun(w string) bool {
	switch w {
	case "fleet", "fleets", "stock", "stocks", "stockpile", "stockpiles", "arsenal", "inventory":
		return true
	}
	return false
}

// promiseLemma reports whether the verb u promises goods: its agent is
// their giver ("promised by Germany", "pledged by Norway").
func promiseLemma(u *trigger) bool {
	return u.class == classCommit && (u.lemma == "promise" || u.lemma == "pledge" || u.lemma == "commit")
}

// ownerOf returns the actor whose goods the phrase names, by a possessive
// ("the EU's military aid"), a modifier ("US military aid") or "of"
// ("€500 million of EU aid"), or -1.
func (s *sent) ownerOf(p phrase) int {
	if a := s.possessor(p.start()); a >= 0 {
		return a
	}
	for j := max(s.lo, p.start()-1); j < p.hi; j++ {
		if a := s.actorAt(j); a >= 0 && (s.actors[a].prep == "" || s.actors[a].prep == "of" && s.actors[a].hi == p.start()) {
			return a
		}
	}
	e := p.end()
	if e+1 < s.hi && s.d.toks[e].Norm == "of" {
		if a := s.actorAt(e + 1); a >= 0 && !s.actors[a].possessive {
			return a
		}
	}
	return -1
}

// listBefore returns the last state of a list that a generic plural ends,
// "Denmark, Norway, Iceland and the three Baltic states" before "states" at
// g, or -1.
func (s *sent) listBefore(g int) int {
	toks := s.d.toks
	for j := g - 1; j > s.lo && g-j <= 4; j-- {
		if toks[j].Norm != "and" {
			continue
		}
		a := s.actorAt(j - 1)
		if a < 0 || s.actors[a].prep != "" || s.actors[a].possessive || s.actors[a].ref.kind == kindDemonym {
			return -1
		}
		for a > 0 && s.actors[a-1].hi+1 == s.actors[a].lo && toks[s.actors[a-1].hi].Norm == "," {
			a-- // the list's first state: its group is the list
		}
		return a
	}
	return -1
}

// withClause returns the subject of an absolute clause "with X V-ing"
// whose verb (or a verb joined to it) is t, and the token of "with"; -1
// if t is no such verb. The state right before t is its subject ("with
// Sweden pledging $300 million"); a verb joined after "and" with a state
// of its own has that state ("with Sweden pledging ... and Norway
// committing $500 million": Norway commits).
func (s *sent) withClause(t *trigger) (subj, with int) {
	toks := s.d.toks
	if t.noun || t.passive || !strings.HasSuffix(toks[t.i].Norm, "ing") {
		return -1, -1
	}
	own := -1 // "and Norway committing": the joined verb's own subject
	for j := t.i - 1; j > s.lo && t.i-j <= 12; j-- {
		switch toks[j].Norm {
		case ",", ";", ".", ":":
			return -1, -1
		}
		a := s.actorAt(j)
		if a < 0 {
			continue
		}
		m := &s.actors[a]
		if own < 0 && m.hi == t.i && m.prep == "and" && !m.possessive {
			own = a
			j = m.lo
			continue
		}
		if m.prep != "with" {
			continue
		}
		w := m.lo - 1
		if w > s.lo && toks[w].Norm == "the" {
			w--
		}
		if toks[w].Norm != "with" || m.hi > t.i || !strings.HasSuffix(toks[m.hi].Norm, "ing") {
			return -1, -1
		}
		if own >= 0 {
			return own, w
		}
		return a, w
	}
	return -1, -1
}

// askedToHasten returns the state the verb of asking gv addresses when
// what it asks is to hurry the transfer noun t: "asked Washington to speed
// up deliveries", "urged Berlin to accelerate the delivery of tanks",
// "pressed Paris to expedite the transfer"; or -1.
func (s *sent) askedToHasten(gv, t *trigger) int {
	toks := s.d.toks
	o := s.objectActor(gv.i, t.i)
	if o < 0 {
		return -1
	}
	j := s.actors[o].hi
	if j+1 >= t.i || toks[j].Norm != "to" {
		return -1
	}
	j++
	switch toks[j].Norm {
	case "speed", "step":
		if j+1 >= t.i || toks[j+1].Norm != "up" {
			return -1
		}
		j += 2
	case "accelerate", "expedite", "hasten", "hurry", "fast-track", "quicken":
		j++
	default:
		return -1
	}
	for j < t.i && s.is(j, fDeterminer) {
		j++
	}
	if j != t.i {
		return -1
	}
	return o
}

// frontedIn returns the state named in a phrase of "in" that opens the
// sentence and is set off by a comma before the verb at v ("In Mali,
// Wagner fighters arrived in late 2021"), or -1: where all the clause
// tells happens.
func (s *sent) frontedIn(v int) int {
	toks := s.d.toks
	j := s.lo
	if j < s.hi && toks[j].Norm != "in" {
		return -1
	}
	a := s.actorAt(j + 1)
	if a < 0 && j+2 < s.hi && (toks[j+1].Norm == "the" || s.is(j+1, fPlaceAdj)) {
		a = s.actorAt(j + 2) // "In neighbouring Niger, ...", as sceneOf reads it
	}
	if a < 0 {
		return -1
	}
	m := &s.actors[a]
	if m.hi >= v || toks[m.hi].Norm != "," || m.demonym || m.possessive || m.ref.kind == kindLeader || m.ref.kind == kindInstitution {
		return -1
	}
	return a
}

// whereState returns the state a relative "where" stands for, when it
// opens the clause of the verb at v: "Mali, where some 1,000 Wagner
// fighters arrived in 2021" sets the arrival in Mali. Or -1. The state
// must be a country named right before ", where", not a demonym or an
// owner; the clause may hold no other verb before v.
func (s *sent) whereState(v int) int {
	toks := s.d.toks
	for j := v - 1; j-2 >= s.lo && v-j <= 12; j-- {
		if toks[j].Norm != "where" {
			if toks[j].Kind == Punct && !isGluedHyphen(toks, j) || s.triggerAt(j) && j != v {
				return -1
			}
			continue
		}
		if toks[j-1].Norm != "," {
			return -1
		}
		a := s.actorAt(j - 2)
		if a < 0 {
			return -1
		}
		if m := &s.actors[a]; m.hi != j-1 || m.demonym || m.possessive || m.ref.kind != kindCountry {
			return -1
		}
		return a
	}
	return -1
}

// purchaseBefore returns the verb of buying or receiving of the main
// clause before the "with" at w, or nil.
func (s *sent) purchaseBefore(w int) *trigger {
	for k := range s.trigs {
		if u := &s.trigs[k]; u.i < w && !u.noun && (u.class == classBuy || u.class == classReceive) {
			return u
		}
	}
	return nil
}

// withMainRecipient returns, for an absolute clause opened by "with" at w,
// the state the main clause before it gives to or is for ("Germany sent
// tanks to Ukraine, with France providing howitzers", "joined the fund for
// Ukraine, with Sweden pledging $300 million"), or -1; and whether the
// main clause's verb buys or receives, when its subject is the one the
// clause's giver gives to ("Argentina agreed to buy F-16s, with the United
// States providing $40 million").
func (s *sent) withMainRecipient(w int) (a int, buys bool) {
	if s.purchaseBefore(w) != nil {
		return -1, true
	}
	for a := len(s.actors) - 1; a >= 0; a-- {
		if m := &s.actors[a]; m.hi <= w && (m.prep == "to" || m.prep == "for") && s.ppCandidate(a, s.lo, w) {
			return a, false
		}
	}
	if s.importerBefore(w) {
		return -1, true // "Saudi Arabia was the second-largest importer, with the United States supplying ...": the importer gets
	}
	return -1, false
}

// withCountedStates returns the "with" of an absolute clause whose
// subject counts states and names none, "with at least 35 states
// supplying major arms", when t is its verb; or -1.
func (s *sent) withCountedStates(t *trigger) int {
	toks := s.d.toks
	if t.noun || t.passive || t.i-3 < s.lo || !strings.HasSuffix(toks[t.i].Norm, "ing") {
		return -1
	}
	switch toks[t.i-1].Norm {
	case "states", "countries", "nations", "governments":
	default:
		return -1
	}
	counted := false
	for j := t.i - 2; j > s.lo && t.i-j <= 6; j-- {
		if toks[j].Norm == "with" {
			if counted {
				return j
			}
			return -1
		}
		if !s.inQty[j-s.lo] {
			return -1
		}
		counted = true
	}
	return -1
}

// importerBefore reports whether the clause before the token w says its
// subject is a buyer of arms: "was the world's largest arms importer",
// "remained the biggest buyer". Goods an absolute clause after it tells
// of ("with the United States supplying 74 percent") are what it bought.
func (s *sent) importerBefore(w int) bool {
	toks := s.d.toks
	for j := w - 1; j > s.lo && w-j <= 14; j-- {
		switch toks[j].Norm {
		case "importer", "buyer", "recipient":
			for k := j - 1; k >= s.lo && j-k <= 8; k-- {
				if s.is(k, fBe) || toks[k].Norm == "became" || toks[k].Norm == "remained" || toks[k].Norm == "remains" || toks[k].Norm == "becomes" {
					return true
				}
			}
			return false
		case ";", ":":
			return false
		}
	}
	return false
}

// clearedToBuy reads "X cleared (approved, authorised, allowed) Y to buy":
// it returns Y, the buyer, and X, the approver (-1 if none is named).
func (s *sent) clearedToBuy(t *trigger) (buyer, approver int, ok bool) {
	toks := s.d.toks
	if t.noun || t.passive || t.i-3 < s.lo || toks[t.i-1].Norm != "to" {
		return 0, 0, false
	}
	a := s.actorAt(t.i - 2)
	if a < 0 || s.actors[a].prep != "" || s.actors[a].possessive || s.actors[a].hi != t.i-1 {
		return 0, 0, false
	}
	v := s.actors[a].lo - 1
	if v > s.lo && toks[v].Norm == "the" {
		v--
	}
	if v < s.lo {
		return 0, 0, false
	}
	switch verb, isVerb := s.verbAt(v); {
	case isVerb && verb.Class == classCommit, isVerb && (verb.Lemma == "allow" || verb.Lemma == "permit"):
		return a, s.subject(trigger{i: v}), true
	}
	return 0, 0, false
}

// dealPartyAfter returns the actor a deal after the goods is made with,
// "(bought tanks) in a deal with the US", "under a $12bn contract with
// Boeing", "as part of an agreement with France"; -1 if there is none.
func (s *sent) dealPartyAfter(lo int) int {
	toks := s.d.toks
	if lo >= s.hi || toks[lo].Norm != "in" && toks[lo].Norm != "under" && toks[lo].Norm != "through" && toks[lo].Norm != "as" {
		return -1
	}
	for j := lo + 1; j+1 < s.hi && j <= lo+6; j++ {
		if c, ok := s.nounAt(j); !ok || c != classCommit && c != classSell {
			continue
		}
		if toks[j+1].Norm != "with" {
			return -1
		}
		for k := j + 2; k < s.hi && k <= j+4; k++ {
			if a := s.actorAt(k); a >= 0 {
				return a
			}
		}
		return -1
	}
	return -1
}

// talksWord reports whether w names negotiations: "in talks with Russia".
func talksWord(w string) bool {
	return w == "talks" || w == "negotiations" || w == "discussions"
}

// firm reports whether actor a is an arms maker (lexicon/firms.tsv).
func (s *sent) firm(a int) bool {
	m := &s.actors[a]
	if m.ref.kind != kindInstitution {
		return false
	}
	toks := s.d.toks
	hi := m.hi
	if hi-m.lo > 1 && toks[hi-1].Norm == "." {
		hi-- // "Hyundai Rotem Co.": the name before its legal form (see companySuffix)
	}
	if hi-m.lo > 1 && !firmNamed(s.d.text[toks[m.lo].Start:toks[hi-1].End]) && s.companySuffix(hi-1) > hi-1 {
		hi--
	}
	return firmNamed(s.d.text[toks[m.lo].Start:toks[hi-1].End])
}

// firmNamed reports whether name, in any case, is a company of firms.tsv.
// An ASCII name is lower-cased in a buffer: tagActors asks this of every
// institution it finds, and most names are short.
func firmNamed(name string) bool {
	var buf [64]byte
	if len(name) > len(buf) {
		return lex.firms[strings.ToLower(name)]
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= utf8.RuneSelf {
			return lex.firms[strings.ToLower(name)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return lex.firms[string(buf[:len(name)])] // no allocation: the compiler reads the bytes in place
}

// definitePackage reports whether the subject of the verb of content at i
// is a package told before: "The package further comprises", "This tranche
// includes".
func (s *sent) definitePackage(i int) bool {
	toks := s.d.toks
	for j := s.lo; j < i && j-s.lo <= 3; j++ {
		if _, ok := packageNoun(toks[j].Norm); ok {
			return j > s.lo && (toks[j-1].Norm == "the" || toks[j-1].Norm == "this" || toks[j-1].Norm == "that")
		}
	}
	return false
}

// goodsOwner is possessor for goods that may be named as a package's
// contents: "Sweden's sixteenth package of military support" is Sweden's.
func (s *sent) goodsOwner(i int) int {
	if i-2 > s.lo && s.d.toks[i-1].Norm == "of" {
		if _, ok := packageNoun(s.d.toks[i-2].Norm); ok {
			return s.possessor(i - 2)
		}
	}
	return s.possessor(i)
}

// whoseOwner returns the state that "whose" before the noun at i stands
// for, as a possessive would name it: "the largest customer of South
// Korea's arms industry, whose exports hit a record $17.3 billion" (South
// Korea's exports, not the customer's); -1 when none.
func (s *sent) whoseOwner(i int) int {
	toks := s.d.toks
	w := -1 // "whose", at most three words before i
	for j := i - 1; j >= s.lo && i-j <= 3; j-- {
		if toks[j].Norm == "whose" {
			w = j
			break
		}
		if toks[j].Kind != Word || s.actorAt(j) >= 0 {
			return -1
		}
	}
	// The antecedent: the state just before, or the state whose body it
	// is ("South Korea's arms industry, whose exports").
	for j := w - 1; w > s.lo && j >= s.lo && w-j <= 4; j-- {
		if a := s.actorAt(j); a >= 0 {
			return a
		}
		if toks[j].Kind != Word && toks[j].Norm != "," || toks[j].Cap {
			return -1
		}
	}
	return -1
}

// possessor returns the possessive state that owns the noun at i: "Russia's
// arms exports", "Israel's second-largest arms supplier"; -1 when none.
func (s *sent) possessor(i int) int {
	toks := s.d.toks
	words := 0 // a hyphened compound counts once: "Israel's second-largest arms supplier"
	for j := i - 1; j >= s.lo && words < 3; j-- {
		if toks[j].Norm == "of" && j-2 >= s.lo && holdingNoun(toks[j-1].Norm) && words == 0 {
			// "Denmark's entire fleet of Caesar howitzers": the owner of
			// the whole owns its goods.
			j--
			if w := toks[j-1].Norm; w == "entire" || w == "whole" || w == "remaining" || w == "own" {
				j--
			}
			continue
		}
		if !Joiner(toks, j) && !Joiner(toks, j-1) && !s.inQty[j-s.lo] {
			words++ // (an amount counts as none: "Taiwan's $8 billion order")
		}
		if a := s.actorAt(j); a >= 0 {
			if s.actors[a].possessive {
				return a
			}
			return -1
		}
	}
	return -1
}

// routeWord reports whether a transfer noun tells only where goods are
// going: "en route to", "bound for", "destined for", "headed to", "on the
// way to".
func routeWord(w string) bool {
	return w == "route" || w == "bound" || w == "destined" || w == "headed" || w == "heading" || w == "way"
}

// exchangeSubject returns, for a gerund after "in exchange for" or "in
// return for", the subject of the clause it is an adjunct of, and that
// clause's verb: who offers the exchange does the gerund ("Russia has asked
// Sudan for a refuelling point in exchange for supplying the army with
// weapons"). Or -1.
func (s *sent) exchangeSubject(t *trigger) (int, verbRef) {
	toks := s.d.toks
	k := t.i - 1
	if t.noun || t.passive || k-2 <= s.lo || !strings.HasSuffix(toks[t.i].Norm, "ing") || toks[k].Norm != "for" ||
		toks[k-1].Norm != "exchange" && toks[k-1].Norm != "return" || toks[k-2].Norm != "in" {
		return -1, verbRef{}
	}
	for j := k - 3; j >= s.lo && k-j <= 20; j-- {
		switch toks[j].Norm {
		case ";", ":", ",":
			return -1, verbRef{} // the clause is another's
		}
		if s.is(j, fVerb) && !strings.HasSuffix(toks[j].Norm, "ing") {
			v, _ := s.verbAt(j)
			return s.subject(trigger{i: j}), v
		}
	}
	return -1, verbRef{}
}

// requestAnswered returns the verb that answers the request noun at i,
// past its determiner or its asker's possessive, and the status its
// answer gives: granted, approved or met, a promise; turned down or
// dismissed, a refusal. Or -1.
func (s *sent) requestAnswered(i int) (int, armsledger.Status) {
	toks := s.d.toks
	j := i - 1
	for j > s.lo && i-j <= 4 {
		if s.is(j, fDeterminer) {
			j--
			continue
		}
		// "Kyiv's request", "a Polish request": whose request, passed over
		if a := s.actorAt(j); a >= 0 && (s.actors[a].possessive || s.actors[a].demonym && s.actors[a].prep == "") {
			j = s.actors[a].lo - 1
			continue
		}
		break
	}
	if a := s.actorAt(j); a >= 0 {
		j = s.actors[a].lo - 1
	}
	if j <= s.lo {
		return -1, ""
	}
	switch toks[j].Norm {
	case "granted", "grants", "grant", "granting", "approved", "approves", "accepted", "accepts", "fulfilled", "fulfils", "fulfills", "met", "meets", "honoured", "honored":
		return j, armsledger.Committed
	case "dismissed", "dismisses":
		return j, armsledger.Denied
	case "down":
		if w := toks[j-1].Norm; w == "turned" || w == "turns" || w == "turning" || w == "turn" {
			return j - 1, armsledger.Denied
		}
	}
	return -1, ""
}

// ownContentMaker returns the state whose possessive opens the goods of g,
// after the content verb at i, when the package p the goods belong to is
// a purchase and the state is neither of its parties ("includes Norway's
// NASAMS" after a purchase from France), and no goods of g bear another
// state's demonym; else -1.
func (s *sent) ownContentMaker(g *group, i int, p *draft) int {
	if len(g.phrases) == 0 {
		return -1
	}
	a := s.possessor(g.phrases[0].start())
	if a < 0 || s.actors[a].lo < i || s.actors[a].ref.kind != kindCountry {
		return -1
	}
	if !strings.HasPrefix(p.rule, "buy") && !strings.HasPrefix(p.rule, "receive") {
		return -1 // a gift may hold another's goods, bought for the recipient: "a US package includes Sweden's CV90s"
	}
	c := s.actors[a].ref.Code
	if slices.Contains(p.sup, c) || slices.Contains(p.rec, c) {
		return -1
	}
	for k := range g.phrases {
		if d := g.phrases[k].demonym; len(d) > 0 && !slices.Contains(d, c) {
			return -1 // "Norway's NASAMS and the French VL MICA": makers of their own
		}
	}
	return a
}

// selectVerb reports whether lemma is a verb by which a buyer chooses the
// goods it will buy: "chose", "selected", "picked", "opted for".
func selectVerb(lemma string) bool {
	return lemma == "choose" || lemma == "select" || lemma == "pick" || lemma == "opt"
}

// selectionRoles reads a choice of goods as their purchase: the subject
// buys, from the state named after "from", whose possessive or demonym the
// goods bear ("Bulgaria chose Sweden's CV90", "Ireland chose the Swedish
// RBS 70"), and the choice is a promise. The goods a choice was made over
// are no claim: "over Germany's Lynx".
func (s *sent) selectionRoles(t *trigger, g *group, r roleResult, subj, from int) roleResult {
	r.rule = ruleName(*t, "buy")
	for j := g.phrases[0].start() - 1; j > t.i && j >= g.phrases[0].start()-4; j-- {
		if w := s.d.toks[j].Norm; w == "over" || w == "than" {
			return r // (no parties: no claim)
		}
	}
	r.rec = r.pick(s, subj)
	seller := from
	if seller < 0 && len(g.phrases[0].demonym) < 2 {
		// (demonyms joined by a hyphen are all the makers: "the
		// German-Norwegian submarines", not the first state alone)
		seller = s.ownerOf(g.phrases[0])
	}
	r.sup = r.pick(s, seller)
	if len(r.sup) == 0 && len(g.phrases[0].demonym) > 0 {
		r.sup = g.phrases[0].demonym
	}
	if len(r.sup) == 0 && len(r.rec) > 0 {
		r.sup = s.choiceMakers(&g.phrases[0], r.rec)
	}
	r.status = armsledger.Committed
	return r
}

// choiceMakers returns the states that make goods chosen with neither an
// owner nor a demonym, by their model ("Romania chose the Patriot system",
// "Denmark selected SAMP/T"): a model a buyer picks is bought from its
// makers, one state or the partners that build it together. A maker that
// is the buyer itself sells nothing (its choice is of its own industry).
func (s *sent) choiceMakers(p *phrase, rec []string) []string {
	m := s.d.makerOf(p)
	if m == "" {
		return nil
	}
	makers := strings.Split(m, ",")
	for _, c := range makers {
		if slices.Contains(rec, c) {
			return nil
		}
	}
	return makers
}

// madeElsewhere returns the state that made the goods of p, by their
// demonym ("Turkish drones") or their model's maker ("Bayraktar drones"),
// when it is a state other than owner; else "".
func (s *sent) madeElsewhere(p *phrase, owner string) string {
	if len(p.demonym) == 1 && p.demonym[0] != owner {
		return p.demonym[0]
	}
	if m := s.d.makerOf(p); m != "" && m != owner && len(p.demonym) == 0 {
		return m
	}
	return ""
}

// boundFor returns the party goods ending at token i are said to be bound,
// destined or headed for ("missiles bound for Lebanon"), or -1.
func (s *sent) boundFor(i int) int {
	toks := s.d.toks
	if i+2 >= s.hi || !routeWord(toks[i].Norm) || toks[i+1].Norm != "for" && toks[i+1].Norm != "to" {
		return -1
	}
	k := i + 2
	if toks[k].Norm == "the" && k+1 < s.hi {
		k++
	}
	return s.actorAt(k)
}

// seizerBefore reports whether a verb or noun of seizing stands between
// tokens lo and hi: "Syrian forces seized a truck carrying missiles" names
// who took the load, not who sent it.
func (s *sent) seizerBefore(lo, hi int) bool {
	if s.seizedBetween(lo, hi) {
		return true
	}
	for j := lo; j < hi; j++ {
		if seizureVerb(s.d.toks[j].Norm) {
			return true
		}
	}
	return false
}

// frontedTo returns the party named by "to" that opens the sentence, set
// off by a comma before the clause that starts at start: "To Ukraine,
// Germany sent 10 tanks". Or -1.
func (s *sent) frontedTo(start int) int {
	toks := s.d.toks
	if s.hi-s.lo < 4 || toks[s.lo].Norm != "to" {
		return -1
	}
	a := s.actorAt(s.lo + 1)
	if a < 0 || s.actors[a].hi >= start || toks[s.actors[a].hi].Norm != "," {
		return -1
	}
	return a
}

// ownGoods reports whether the goods of g open with "its" or "their":
// "delivery of its 36 Rafales".
func (s *sent) ownGoods(g *group) bool {
	j := g.lo - 1
	if q := g.phrases[0].qty; q != nil && q.Lo <= g.lo {
		j = q.Lo - 1 // (before the count: "its 36 Rafales")
	}
	return j >= s.lo && (s.d.toks[j].Norm == "its" || s.d.toks[j].Norm == "their")
}

// apposedOnSubject reports whether actor a is named inside an apposition
// set off by commas between the subject subj and its verb at v. Such an
// apposition tells whose arms a buyer has bought before, not who sells in
// the deal the verb tells: "India, a big buyer of Russian arms, ordered 26
// jets" names no seller.
func (s *sent) apposedOnSubject(subj, a, v int) bool {
	if subj < 0 {
		return false
	}
	toks := s.d.toks
	i := s.actors[subj].hi
	if i+1 >= v || toks[i].Norm != "," || !appositive(toks[i+1].Norm) || s.actors[a].lo <= i {
		return false
	}
	for c := s.actors[a].hi; c < v && c-i <= 12; c++ {
		if toks[c].Norm == "," {
			return true
		}
	}
	return false
}

// recipientOf returns the state an apposition on the subject subj, before
// its verb at v, names as whose goods the subject takes: "Israel, the
// largest recipient of U.S. military aid, receives ...", "India, the
// biggest buyer of Russian arms, ...". Or -1.
func (s *sent) recipientOf(subj, v int) int {
	toks := s.d.toks
	j := s.actors[subj].hi
	if j+3 >= v || toks[j].Norm != "," || toks[j+1].Norm != "the" && toks[j+1].Norm != "a" {
		return -1
	}
	for k := j + 2; k+2 < v && k-j <= 5; k++ {
		switch toks[k].Norm {
		case "recipient", "recipients", "buyer", "buyers", "customer", "customers", "importer", "importers":
			if toks[k+1].Norm != "of" {
				return -1
			}
			if a := s.actorAt(k + 2); a >= 0 && s.actors[a].hi < v {
				return a
			}
			return -1
		}
	}
	return -1
}

// spentOn returns the state whose goods money is spent on, named by its
// demonym after "on" within a few words of token i: "spend $8 billion over
// 20 years on Russian arms". Or -1.
func (s *sent) spentOn(i int) int {
	toks := s.d.toks
	for j := i; j+1 < s.hi && j-i <= 6; j++ {
		if toks[j].Norm == "," || toks[j].Norm == ";" {
			return -1
		}
		if toks[j].Norm != "on" {
			continue
		}
		if a := s.actorAt(j + 1); a >= 0 && s.actors[a].demonym && s.is(s.actors[a].hi, fMateriel) {
			return a
		}
		return -1
	}
	return -1
}

// infinitiveBetween reports whether "to" stands between the subject a and
// token i: "Egypt was meant to become a customer", a wish or a plan, not
// a state of things.
func (s *sent) infinitiveBetween(a, i int) bool {
	if a < 0 {
		return false
	}
	for j := s.actors[a].hi; j < i; j++ {
		if s.d.toks[j].Norm == "to" {
			return true
		}
	}
	return false
}

// sameSentenceFlow returns the flow told earlier in the sentence of the
// goods an elided count after "with" stands for ("with a further four
// due", "with the remaining 18 due by 2026"), when it names its giver
// (its recipient may be the text's, found later as the flow's); else nil.
func (s *sent) sameSentenceFlow(g *group) *draft {
	p := &g.phrases[0]
	if !p.elided || p.qty != nil && !s.withRemainder(p.qty.Lo) || p.qty == nil && !s.withFirst(p.lo) {
		return nil
	}
	if n := len(s.d.claims); n > 0 {
		if c := &s.d.claims[n-1]; c.sent == s.idx && c.p.cat == p.cat && len(c.sup) > 0 {
			return c
		}
	}
	return nil
}

// followedFlow returns the claim that goods said to "follow" at t follow
// in their own sentence: the last drafted, of their kind, from a verb
// before, with both parties; or nil. A party named in the clause of
// "follow" itself ("more would follow to Estonia") leaves it to the roles.
func (s *sent) followedFlow(g group, t trigger) *draft {
	if t.lemma != "follow" && t.lemma != "come" || t.class != classArrive {
		return nil // ("and the second batch is coming this year" as "would follow")
	}
	n := len(s.d.claims)
	if n == 0 {
		return nil
	}
	c := &s.d.claims[n-1]
	if c.sent != s.idx || c.trig >= t.i || c.p.cat != g.phrases[0].cat || len(c.sup) == 0 || len(c.rec) == 0 {
		return nil
	}
	for a := range s.actors {
		if m := &s.actors[a]; m.lo > t.i && !m.speaker {
			return nil
		}
	}
	return c
}

// withFirst reports whether "the first" at lo, with no count, opens a
// clause of "with": "will transfer 30 F-16s to Ukraine, with the first due
// this year" — the first of the goods just told.
func (s *sent) withFirst(lo int) bool {
	toks := s.d.toks
	return lo-2 >= s.lo && (toks[lo].Norm == "first" || toks[lo].Norm == "last") && toks[lo-1].Norm == "the" && toks[lo-2].Norm == "with"
}

// haltingBody returns the state whose body, named by its demonym at the
// head of the sentence, stops the exports that a verb of stopping at v
// governs: "A Dutch appeals court ordered the government to halt all
// exports of F-35 parts to Israel" halts the Netherlands' exports, not the
// maker's. Or -1.
func (s *sent) haltingBody(v int) int {
	for a := range s.actors {
		m := &s.actors[a]
		if m.lo >= v || m.lo-s.lo > 3 {
			break
		}
		if m.prep == "" && m.demonym && !m.speaker && m.hi < s.hi && s.is(m.hi, fGovernment) {
			return a
		}
	}
	return -1
}

// valueWord reports whether w puts a value on the deal noun before it: "a
// deal worth $3bn", "contracts valued at", "contracts totalling $14
// billion", "orders amounting to".
func valueWord(w string) bool {
	switch w {
	case "worth", "valued", "totalling", "totaling", "amounting":
		return true
	}
	return false
}

// displacer returns the state that a verb of displacing makes what the
// noun at i names, when the state code it displaced stands between the
// verb and "as": "France overtook Russia as India's arms supplier". Or -1;
// displaced tells whether code was so displaced, whoever displaced it.
func (s *sent) displacer(i int, code string) (a int, displaced bool) {
	toks := s.d.toks
	for a := range s.actors {
		m := &s.actors[a]
		if m.ref.Code != code || m.lo <= s.lo || m.hi >= i || toks[m.hi].Norm != "as" {
			continue
		}
		v := m.lo - 1
		if toks[v].Norm == "the" && v > s.lo {
			v-- // "overtook the United States as"
		}
		switch toks[v].Norm {
		case "overtook", "overtaken", "overtakes", "overtaking", "replaced", "replaces", "replacing", "surpassed", "surpasses",
			"displaced", "displaces", "supplanted", "supplants", "ousted":
			for b := a - 1; b >= 0; b-- {
				if n := &s.actors[b]; n.prep == "" && !n.possessive && !n.demonym && !n.speaker && n.ref.Code != code {
					return b, true // the verb's subject
				}
			}
			return -1, true
		}
	}
	return -1, false
}

// sailedFrom returns the state a craft left, told by a verb of leaving
// joined by "and" to the verb of arriving t: "The vessel sailed from Rajin
// in North Korea and unloaded containers at the Russian port of Dunai".
// Or -1.
func (s *sent) sailedFrom(t *trigger) int {
	toks := s.d.toks
	for j := t.i - 2; j > s.lo && t.i-j <= 12; j-- {
		switch toks[j].Norm {
		case "sailed", "departed", "set", "travelled", "traveled", "came", "flew":
		default:
			continue
		}
		and := false
		for k := j + 1; k < t.i; k++ {
			and = and || toks[k].Norm == "and"
		}
		if !and {
			return -1
		}
		a := s.ppActor(j, t.i, "from")
		if a < 0 {
			return -1
		}
		// "from Rajin in North Korea": the state the place is in.
		if m := &s.actors[a]; m.ref.kind == kindPlace || m.ref.Code == "" {
			if b := s.actorAt(m.hi + 1); b >= 0 && s.d.toks[m.hi].Norm == "in" {
				return b
			}
		}
		return a
	}
	return -1
}

// placeNear returns the state (a country or its capital) after "near",
// "outside" or "in" that ends a place the verb at i sends goods "to": "to
// an air base near Ankara", "to a depot outside Minsk". Or -1.
func (s *sent) placeNear(i, end int) int {
	toks := s.d.toks
	for j := i + 1; j < end && j < s.hi; j++ {
		if toks[j].Norm != "to" {
			continue
		}
		for k := j + 1; k+1 < s.hi && k-j <= 5; k++ {
			switch toks[k].Norm {
			case "near", "outside":
				if a := s.actorAt(k + 1); a >= 0 && (s.actors[a].ref.kind == kindCountry || s.actors[a].ref.Kind == "capital") {
					return a
				}
				return -1
			case ",", ";", "and":
				return -1
			}
		}
		return -1
	}
	return -1
}

// actNoun reports whether w names an act or a bargain whose infinitive
// tells what is done, not who does it: "a deal to supply", "the decision
// to send", "its refusal to export".
func actNoun(w string) bool {
	switch w {
	case "deal", "deals", "contract", "contracts", "agreement", "agreements", "decision", "decisions", "push", "drive", "failure", "refusal", "order", "orders", "pledge", "pledges", "promise", "promises", "commitment", "commitments", "move", "moves", "approval", "permission", "authorization", "authorisation", "license", "licence", "campaign", "readiness", "willingness", "agreeing", "deadline":
		return true
	}
	return false
}

// soldBefore returns the last claim this sentence told before token i, if
// a verb of giving or selling told it with both parties named, or nil.
func (s *sent) soldBefore(i int) *draft {
	n := len(s.d.claims)
	if n == 0 {
		return nil
	}
	p := &s.d.claims[n-1]
	if p.sent != s.idx || p.trig < 0 || p.trig >= i || p.p.money || len(p.sup) == 0 || len(p.rec) == 0 || !strings.HasPrefix(p.rule, "give.active") {
		return nil
	}
	return p
}

// portionClaim returns, for contents told at i whose subject is one
// state's part of a whole ("The Israel portion contains", "Kenya's share
// includes"), the latest of the first n claims, told at most reach
// sentences back, that goes to that state alone; else nil.
func (s *sent) portionClaim(i, n, reach int) *draft {
	toks := s.d.toks
	for a := range s.actors {
		m := &s.actors[a]
		if m.hi >= i || m.prep != "" {
			continue
		}
		k := m.hi
		if k < i && (toks[k].Norm == "'s" || toks[k].Norm == "’s") {
			k++
		}
		if k >= i {
			continue
		}
		switch toks[k].Norm {
		case "portion", "share", "part", "tranche":
		default:
			continue
		}
		code := m.ref.Code
		for j := n - 1; j >= 0; j-- {
			c := &s.d.claims[j]
			if s.idx-c.sent > reach {
				break
			}
			if len(c.rec) == 1 && c.rec[0] == code && len(c.sup) > 0 {
				return c
			}
		}
	}
	return nil
}

// letterNoun reports whether w is "letter" or "letters", which bind only
// as a kind of deal ("letters of intent"), not as mail ("sent a letter").
func letterNoun(w string) bool {
	return w == "letter" || w == "letters"
}
