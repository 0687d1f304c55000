package extract

import (
	"slices"
	"strings"

	"armsledger"
)

// group is a list of coordinated phrases that share one frame ("tanks,
// howitzers and drones"): one claim each, with the same roles and status.
type group struct {
	phrases []phrase
	lo, hi  int
}

// frames reads every phrase group's transfer frame and records a draft claim
// per phrase.
func (s *sent) frames(att attrib) {
	made := len(s.d.claims)
	defer func() {
		if len(s.d.claims) == made {
			s.rememberDeal()
		}
		s.rememberFlow(made)
	}()
	ps := s.seizersDropped(s.licencesRefused(s.financed(s.moneyPhrases(s.phrases()))))
	s.dropTriggersInside(ps)
	var elidedTrig trigger
	hasElided := false
	vehicle, vehicleOrigin := -1, []string(nil) // the trigger a vehicle did, and its demonym
	vehicleEnd := -1                            // the end of a vehicle that carries a load, named after it
	armed := false                              // a group took an "arm" verb as its frame
	groups := s.groups(ps)
	for k, g := range groups {
		if n := s.modelsInTheRunning(&g); n == 0 {
			continue
		} else if n > 0 {
			// "to buy 24 fighters, with the Gripen and the Rafale in
			// contention": the shortlist is no goods of its own.
			g.phrases, g.hi = g.phrases[:n], g.phrases[n-1].hi
		}
		if n := s.subjectAfterList(&g); n > 0 {
			// "supplied Venezuela with fast attack boats, and Russian
			// Tu-160 bombers paid another visit": the last goods open a
			// clause of their own, whose verb moves nothing.
			g.phrases, g.hi = g.phrases[:n], g.phrases[n-1].hi
		}
		t, ok := s.triggerFor(g)
		armed = armed || ok && (t.lemma == "arm" || t.lemma == "equip")
		if p := s.partOfThemAfter(g.hi); ok && p != nil && p.i == t.i && len(g.phrases) == 1 {
			// "20 vehicles, six of them supplied by China": six came that
			// way; "most of them": how many is not said.
			g.phrases[0].qty = s.quantityEndingAt(p.i - 2)
		}
		if g.phrases[0].elided {
			// Counts listed after the first share its verb: "six could be
			// delivered around New Year, eight more next year".
			if !ok && hasElided {
				t, ok = elidedTrig, true
			} else if ok {
				elidedTrig, hasElided = t, true
			}
		}
		if !ok {
			// "36 F-35A fighters for about 6 billion Swiss francs, and
			// five Patriot units ordered in 2022": a list entry's price
			// stands between it and the verb of the list.
			t, ok = s.pricedEntryTrigger(groups, k)
		}
		if !ok || s.addressedOnly(&t, &g) || s.thankedForOther(&t, &g) {
			s.orphan(&g, att)
			continue
		}
		if s.toldNoFlow(&t, &g, groups) {
			continue
		}
		if g.hi <= t.i && (vehicleSubject(t, g, groups[k+1:]) || s.landedWithLoad(&t, &g)) {
			// "a North Korean ship delivered containers": the ship carries;
			// whose it is says who sends, unless the load says otherwise.
			vehicle, vehicleOrigin = t.i, g.phrases[0].demonym
			if len(vehicleOrigin) == 0 {
				vehicleOrigin = s.vehicleFrom(&g, &t) // "Planes from Iran delivered drones"
			}
			continue
		}
		if s.personnelAgent(&t, &g) {
			// "Iranian engineers provided the designs": who gives, not what
			// is given; whose they are sends, as a vehicle's owner does.
			vehicle, vehicleOrigin = t.i, g.phrases[0].demonym
			continue
		}
		if s.loadedVehicle(&g) {
			// "cargo planes carrying US munitions had landed": the load
			// moved, not the planes; whose the planes are sends a load
			// that names no maker ("Two Egyptian military aircraft carrying
			// weapons landed in Mogadishu").
			vehicle, vehicleOrigin, vehicleEnd = t.i, g.phrases[0].demonym, g.hi
			continue
		}
		if t.class == classArrive && g.phrases[0].cat != armsledger.Personnel && s.tellsHarm() {
			continue // "missiles arrived in Kyiv, killing three": a strike, not a delivery
		}
		if t.class == classArrive && g.phrases[0].money && s.goesToRestock(t.i) {
			continue // "$23 billion will go to replenishing American stocks": spent at home
		}
		if peopleOrdered(t, g) {
			continue // "the junta ordered the 1,000 French troops to leave": a command, not a purchase
		}
		r := s.roles(t, g)
		if r.displaced {
			continue // "Europe has overtaken the United States as the largest source of aid": no state's flow
		}
		if s.negotiates(&t) && len(r.sup) == 1 && len(r.rec) == 1 && s.gaveEarlier(r.rec[0], t.i) {
			// "India has shipped missiles to the Philippines and is
			// negotiating a contract with Indonesia for the same system":
			// a seller, just told giving, negotiates to sell.
			r.sup, r.rec = r.rec, r.sup
		}
		if t.lemma == "allocate" && g.phrases[0].money {
			if sup, rec := s.budgetPayment(&t, &g); rec >= 0 {
				// "Taiwan's special budget allocates $8 billion to buy
				// weapons from the United States": the buyer's money, for
				// its seller.
				r.sup, r.rec = r.take(s, sup), r.take(s, rec)
			}
		}
		if k := s.involvedIn(t.i); k >= 0 && t.noun && len(r.sup) > 0 && s.verbBetween(r.lo, k) {
			// "The US imposed sanctions on entities involved in the transfer
			// of North Korean missiles": the punisher is no party; whose the
			// goods are may say who sent them.
			r.sup, r.lo = nil, k-1
		}
		if len(r.sup) == 0 || len(r.rec) == 0 {
			s.clauseParty(&t, &g, &r) // "bombs that the Biden administration had held back arrived in Israel"
		}
		if len(r.sup) == 0 && len(r.rec) > 0 {
			if made := s.madeBefore(g, groups[:k]); made != nil && !slices.Contains(r.rec, made[0]) {
				r.sup = made // "footage of Russian-made helicopters ..., a sign that Tehran has received the aircraft"
			}
		}
		if t.noun && len(r.sup) == 0 && len(r.rec) == 0 && t.i < g.lo && t.i+2 < s.hi && s.d.toks[t.i+1].Norm == "between" {
			if a := s.actorAt(t.i + 2); a >= 0 {
				if codes, _, _ := s.group(a); len(codes) == 2 {
					// "The contract between Norway and Germany for 54 Leopard
					// tanks": two parties, as two that sign; whose the goods
					// are sells (see makersSupply).
					r.sup = r.take(s, a)
				}
			}
		}
		if t.class == classContent && (len(r.sup) == 0 || len(r.rec) == 0) && g.lo-2 > t.i && s.d.toks[g.lo-1].Norm == "of" {
			// "The deal includes the transfer of submarine technology from
			// France to India": what the deal holds, between the ends the
			// noun of transfer names.
			if a := s.ppActor(g.hi, min(s.hi, g.hi+6), "from"); a >= 0 && len(r.sup) == 0 {
				r.sup = r.take(s, a)
			}
			if a := s.ppActor(g.hi, min(s.hi, g.hi+8), "to"); a >= 0 && len(r.rec) == 0 && !slices.Contains(r.sup, s.actors[a].ref.Code) {
				r.rec = r.take(s, a)
			}
		}
		if len(r.sup) == 0 && !t.noun && !t.passive && t.i < g.lo {
			if a := s.transportOwner(t.i); a >= 0 && !slices.Contains(r.rec, s.actors[a].ref.Code) {
				r.sup = r.take(s, a) // "Emirati cargo flights had carried weapons to eastern Libya": whose flights they are sends
			}
		}
		if a := s.label - 1; a >= 0 {
			s.labelRole(a, &t, &g, &r)
		}
		if len(r.rec) == 0 && t.class == classGive && !t.noun && s.exchangeGerund(t.i) {
			// "North Korea has received anti-aircraft missiles from Russia
			// in return for sending troops", "Russia gave North Korea
			// missiles in exchange for supplying shells": what is given in
			// return goes back the other way.
			if n := len(s.d.claims); n > 0 && s.d.claims[n-1].sent == s.idx && len(s.d.claims[n-1].sup) > 0 && len(s.d.claims[n-1].rec) > 0 {
				r.sup, r.rec = s.d.claims[n-1].rec, s.d.claims[n-1].sup
			}
		}
		if len(r.rec) == 0 && len(r.sup) > 0 && t.class == classGive && !t.noun {
			if a := s.seenIn(g.hi); a >= 0 && !slices.Contains(r.sup, s.actors[a].ref.Code) {
				// "North Korea has also supplied Koksan guns, which were
				// spotted in Russia's Kursk region": where they were seen is
				// where they went.
				r.rec = r.take(s, a)
			}
		}
		if t.noun && len(r.rec) == 0 && t.i < g.lo {
			if a := s.arrivedIn(&g); a >= 0 && !slices.Contains(r.sup, s.actors[a].ref.Code) {
				// "A shipment of Iranian drones arrived in Venezuela": where
				// the transfer the noun names arrived is where it went.
				r.rec = r.take(s, a)
			}
		}
		if len(r.rec) == 0 && len(r.sup) > 0 && !t.noun && (t.class == classGive || t.class == classDeploy) {
			if a := s.purposeState(max(t.i, g.hi)); a >= 0 && !slices.Contains(r.sup, s.actors[a].ref.Code) {
				// "would send 1,000 sappers to help rebuild the Kursk region",
				// "sent troops to fight for Russia": whom the goods go to
				// help is where they go.
				r.rec = r.take(s, a)
			}
		}
		if len(r.rec) == 0 && len(r.sup) > 0 && !t.noun && t.class == classGive && s.toOwnForces(t.i, max(t.i, g.hi)) {
			if a := s.forcesOwnerBefore(t.i, r.sup); a >= 0 {
				// "China supplies most of Pakistan's weapons and has
				// delivered frigates to its navy": the forces are of the
				// other state the sentence named, not the giver's own.
				r.rec = r.take(s, a)
			}
		}
		if len(r.sup) == 0 && (t.class == classBuy || t.class == classReceive) && !t.noun {
			if a := s.dealPartyBefore(t.i); a >= 0 && !slices.Contains(r.rec, s.actors[a].ref.Code) {
				// "Caracas signed more than $11 billion in contracts with
				// Moscow, buying 24 Su-30MK2 fighters": the participle's
				// goods come from whom the deal was signed with.
				r.sup = r.take(s, a)
			}
		}
		if len(r.sup) == 0 && len(r.rec) > 0 && (t.passive || t.noun) {
			if a := s.throughScheme(); a >= 0 && !slices.Contains(r.rec, s.actors[a].ref.Code) {
				// "1.5 million rounds were delivered to Ukraine through the
				// Czech ammunition initiative": whose scheme it is supplies.
				r.sup = r.take(s, a)
			}
		}
		if n := len(s.d.claims); n > 0 && !t.noun && !t.passive && t.class == classGive && t.i > s.lo && s.d.toks[t.i-1].Norm == "to" {
			if p := &s.d.claims[n-1]; p.sent == s.idx && p.rule == "deal.with" && p.trig < t.i && len(p.sup) > 0 && len(p.rec) > 0 && t.i-p.trig <= 20 {
				// "signed a contract worth 9 trillion won with Poland's
				// Armament Agency to supply 180 K2 tanks": the deal's
				// seller supplies its buyer.
				r.sup, r.rec = p.sup, p.rec
			}
		}
		if x := s.companionOpening(); x >= 0 && len(r.sup) > 0 && !t.passive && t.class != classBuy && t.class != classReceive && !s.clauseBreak(s.actors[x].hi+1, t.i) {
			if c := s.actors[x].ref.Code; !slices.Contains(r.sup, c) && !slices.Contains(r.rec, c) {
				// "Together with the United States, Norway has delivered two
				// NASAMS fire units": both give.
				r.sup = append(slices.Clip(r.sup), c)
			}
		}
		if x := max(s.companionAfter(t.i), s.companionBefore(t.i)); x >= 0 && len(r.sup) > 0 && !t.passive && (t.class == classGive || t.class == classSell || t.class == classCommit) {
			if c := s.actors[x].ref.Code; !slices.Contains(r.sup, c) && !slices.Contains(r.rec, c) {
				// "Britain will provide £450 million, jointly with Norway":
				// both give.
				r.sup = append(slices.Clip(r.sup), c)
			}
		}
		if a := s.purchaseOwnerOf(&g); len(r.rec) == 0 && a >= 0 && !slices.Contains(r.sup, s.actors[a].ref.Code) {
			// "Argentina's purchase of 24 F-16 jets from Denmark was signed":
			// whose purchase it is buys, whatever verb the sentence has.
			r.rec = r.take(s, a)
		}
		if len(r.rec) == 0 && t.noun && t.i > s.lo && s.wonBefore(t.i) {
			if a := s.actorAt(t.i - 1); a >= 0 && s.actors[a].demonym && !slices.Contains(r.sup, s.actors[a].ref.Code) {
				r.rec = r.take(s, a) // "Fincantieri won the Indonesian tender for two frigates": whose tender it is buys
			}
		}
		if len(r.rec) == 0 && len(r.sup) == 1 && t.noun && contractNoun(s.d.toks[t.i].Norm) {
			if o := g.phrases[0].demonym; len(o) == 1 && o[0] != r.sup[0] {
				// "Spain has cancelled a contract for Israeli-made
				// ammunition": from the state the goods are of.
				r.rec, r.sup = r.sup, o
			} else if m := s.d.makerOf(&g.phrases[0]); len(m) == 2 && m != r.sup[0] {
				// "Indonesia cancelled the deal for 12 Rafales": a state's
				// deal for goods another state makes is its purchase.
				r.rec, r.sup = r.sup, []string{m}
			}
		}
		if len(r.rec) == 0 && len(r.sup) == 1 {
			if a := s.dealOwnerOf(&g); a >= 0 && s.actors[a].ref.Code == r.sup[0] {
				if m := s.d.makerOf(&g.phrases[0]); len(m) == 2 && m != r.sup[0] {
					// "Indonesia's contract for 42 Rafale jets": a state's
					// deal for goods another state makes is its purchase.
					r.rec, r.sup = r.sup, []string{m}
				}
			}
		}
		if (t.class == classGive || t.class == classSell) && len(r.sup) > 0 && !t.noun {
			if a := s.jointGiver(t.i, &g); a >= 0 {
				// "Britain will provide £450 million, jointly with Norway":
				// the partner gives with the subject.
				codes, _, _ := s.group(a)
				for _, c := range codes {
					if !slices.Contains(r.sup, c) && !slices.Contains(r.rec, c) {
						r.sup = append(r.sup[:len(r.sup):len(r.sup)], c)
					}
				}
			}
		}
		if (t.class == classBuy || t.class == classReceive) && len(r.rec) > 0 {
			if y := s.boughtFor(&g); y >= 0 && !slices.Contains(r.rec, s.actors[y].ref.Code) {
				// "allocated DKK 1.3 billion for the procurement of 18
				// Bohdana howitzers, which will be produced by Ukrainian
				// industry and handed over to the Ukrainian armed forces":
				// the buyer gives them to whom they go.
				r.sup, r.rec = r.rec, r.take(s, y)
			}
		}
		if (t.class == classBuy || t.class == classReceive) && t.noun && len(r.rec) > 0 {
			if y := s.fundedFor(&t, &g); y >= 0 && !slices.Contains(r.rec, s.actors[y].ref.Code) {
				// "Norway and Denmark will jointly fund the purchase of 9
				// Archer howitzers for Ukraine": who pays for a purchase
				// for another state gives the goods to it.
				r.sup, r.rec = r.rec, r.take(s, y)
			}
		}
		if t.noun && (len(r.sup) == 0 || len(r.rec) == 0) && s.dealNounAt(t.i) {
			s.dealDescribed(&t, &g, &r) // "Its largest purchase is a $8.1 billion contract for 42 Rafales, signed with France's Dassault"
		}
		if t.noun && len(r.rec) == 0 && len(r.sup) > 0 && g.phrases[0].money {
			if y := s.allowedToBuy(max(t.i+1, g.hi)); y >= 0 && !slices.Contains(r.sup, s.actors[y].ref.Code) {
				// "a new £1.6 billion deal that will allow Ukraine to buy
				// more than 5,000 air defence missiles": the money is for
				// the buyer it lets buy.
				r.rec = r.take(s, y)
			}
		}
		if t.lemma == "commission" && len(r.sup) == 0 {
			// A navy commissions ships built at home as often as bought:
			// only a builder named abroad sold them ("a frigate built by
			// Russia's Yantar shipyard", "frigates built in China").
			a := s.builtBy(&g)
			if a < 0 || slices.Contains(r.rec, s.actors[a].ref.Code) {
				continue
			}
			r.sup = r.take(s, a)
		}
		if t.class == classDeny && blockVerb(s.d.toks[t.i].Norm) && g.phrases[0].money && t.i < g.lo {
			owner := s.moneyOwner(&g, &r) // "Hungary is still blocking EUR 6.6 billion in EU funds"
			if owner != nil || !freezeVerb(s.d.toks[t.i].Norm) {
				r.sup = owner // ("Washington froze $95 million in military aid to Egypt": its own)
			}
		}
		if c := s.comparedWith(&g); c >= 0 {
			// "allocated 62 billion euros to Ukraine, close to the 64
			// billion euros allocated by the United States", "more than
			// the 14 tanks sent by Britain": a flow set beside the one
			// just told goes to its recipient, from the state named with
			// it.
			p := &s.d.claims[len(s.d.claims)-1]
			if a := s.ppActor(g.hi, min(s.hi, g.hi+6), "by", "from"); a >= 0 && !slices.Contains(p.rec, s.actors[a].ref.Code) {
				r.sup, r.rec = r.take(s, a), p.rec
			} else {
				continue // whose it is, the comparison does not say
			}
		}
		if a := s.gappedSubject(&t, &g); a >= 0 {
			// "Sweden is contributing SEK 300 million and Norway NOK 600
			// million": the state before the amount gives it; "Egypt has
			// bought 54 and Qatar 36": buys it.
			if t.class == classBuy && g.phrases[0].cat == armsledger.Funding {
				r.sup = r.take(s, a) // "India spent $2 billion and Pakistan $1 billion": the second payer
			} else if t.class == classBuy || t.class == classReceive {
				r.rec = r.take(s, a)
			} else {
				r.sup = r.take(s, a)
				if slices.Contains(r.rec, s.actors[a].ref.Code) {
					// "Britain has supplied Storm Shadow missiles and France
					// its SCALP missiles": the second giver was read as the
					// first's object; whom it gives to is told elsewhere.
					r.rec = nil
				}
			}
		}
		if t.noun && len(r.sup) == 0 && len(r.rec) > 0 && (t.lemma == "export" || t.lemma == "exports") {
			if a := s.customsOf(); a >= 0 && !slices.Contains(r.rec, s.actors[a].ref.Code) {
				r.sup = r.take(s, a) // "Chinese customs data show exports of nitrocellulose to Russia": the state's own trade
			}
		}
		flow := -1 // the claim whose goods an absolute clause's part stands for
		if c := s.deliveriesOf(&t, &g); c != nil {
			r.sup, r.rec = c.sup, c.rec // "signed a deal for 20 jets from the United States, with deliveries expected from 2028"
		} else if flow = s.flowOfAbsolute(&t, &g); flow >= 0 {
			// "plans to buy 80 jets from France, with the first deliveries
			// expected in 2027": the flow's parties, known only once the
			// document is read (see partsOfFlow); none of the clause's own.
			r.sup, r.rec = nil, nil
		}
		if t.lemma != "build" && madeToOrder(t.lemma) && (len(r.sup) == 0 || s.hiredToMake(t.i)) {
			continue // "a deal for the plant to produce missiles for Ukraine": the maker is no party the clause names
		}
		st := s.status(t, g)
		if r.status != "" && !(st == armsledger.Expected && s.awaitedBefore(g.lo)) {
			st = r.status
		}
		if t.class == classContent && s.deliveredAfter(g.hi) {
			// "The halted shipment had included 1,700 bombs, which were
			// delivered weeks later": these went, whatever became of the
			// rest.
			st = armsledger.Delivered
		}
		if st == armsledger.Delivered && !t.noun && t.lemma == "buy" && g.phrases[0].money && g.lo-1 > t.i && s.d.toks[g.lo-1].Norm == "for" {
			// "The UAE bought it in 2022 for $3.5 billion": the price of a
			// purchase is the deal's value, bound by it, as "ordered ...
			// for" tells; not a sum paid.
			st = armsledger.Committed
		}
		if t.lemma == "finance" && t.passive && st == armsledger.Delivered && s.fundedThrough(t.i) {
			st = armsledger.Committed // "The other $1.22 billion ... is funded through the Ukraine Security Assistance Initiative": money set aside, not paid
		}
		if v := s.financedPurchase(&t); v != nil {
			st = s.status(*v, g) // "will buy 30 jets, financed by a loan of 4 billion euros": the loan goes as the purchase goes
		}
		if t.lemma == "come" && st == armsledger.Expected && s.fromStocks(t.i) {
			st = armsledger.Committed // "$1.25 billion will come from U.S. stockpiles": where promised aid is drawn from, not its future
		}
		if t.noun && receiverNoun(t.lemma) && st == armsledger.Committed && s.rankedBefore(t.i) {
			st = armsledger.Delivered // "one of the largest buyers of Russian arms": a trade long carried on, not an order
		}
		if t.lemma == "be" && s.d.toks[t.i].Norm == "expected" && st == armsledger.Delivered {
			st = armsledger.Expected // "are expected in Vietnam in 2026"
		}
		if st == armsledger.Delivered && g.phrases[0].money && s.packageAnnounced(g.hi) {
			st = armsledger.Committed // "included in a $300 million package announced on March 12"
		}
		if st == armsledger.Delivered && !t.noun && s.partUnderDeal(&t, &g) {
			st = armsledger.Committed // "delivered the first batteries under a $375 million contract": the deal's sum is bound, not yet all paid out
		}
		if b := r.barredGeneric; b >= 0 {
			// "Washington blocked allies from sending the jets"; "would not
			// block allies from sending them" frees the transfer.
			st = armsledger.Denied
			if s.negatedBefore(b) {
				st = armsledger.Expected
			}
			r.lo = min(r.lo, b)
		}
		if b := s.passiveBarred(&t); b >= 0 {
			// "Chile was barred from buying the frigates": the passive of
			// "barred Chile from buying", where the subject is the one kept
			// from the goods; "was not barred" leaves it free.
			st = armsledger.Denied
			if s.negatedBefore(b) {
				st = armsledger.Expected
			}
		}
		if a := r.barredFrom; a >= 0 {
			st = armsledger.Denied // "blocked Poland from sending tanks"
			j := s.actors[a].lo - 1
			for s.d.toks[j].Norm == "the" {
				j--
			}
			if w := s.d.toks[j].Norm; j-2 >= s.lo && (w == "let" || w == "allow" || w == "permit" || w == "authorise" || w == "authorize") {
				j -= 2 // "refused to let Germany pass on"
			} else if s.negatedBefore(j) {
				// "would not block Poland from sending the jets": a hindrance
				// denied leaves the transfer free to come.
				st = armsledger.Expected
			}
			r.lo = min(r.lo, j) // the evidence tells the hindrance
		}
		joins := 0 // see draft.joins
		if len(r.rec) == 0 && t.i < g.lo && s.additiveBefore(g.lo) {
			// "rifles bought from Russia, along with Su-30 fighters": what
			// comes along goes where the goods it joins went.
			if n := len(s.d.claims); n > 0 && s.d.claims[n-1].sent == s.idx && s.d.claims[n-1].trig == t.i &&
				(sameSet(s.d.claims[n-1].sup, r.sup) || len(s.d.claims[n-1].sup) == 0 && len(r.sup) == 0) {
				r.rec, st = s.d.claims[n-1].rec, s.d.claims[n-1].status
				joins = n // (the parties the joined claim inherits later, these take too)
			}
		}
		if v := s.makingNowUnderDeal(t.i); r.rule == "deal.with" && t.noun && v >= 0 {
			// "Brazil assembles Gripens under a technology transfer deal
			// with Saab": the know-how goes as the goods are made.
			st = s.status(trigger{i: v, class: classGive, lemma: "produce"}, g)
		} else if r.rule == "deal.with" && st == armsledger.Delivered {
			st = armsledger.Committed // a deal promises the transfer it names
		}
		if len(g.phrases) > 1 {
			shareQualifier(g, s.d.toks)
		}
		attack := false // the group's goods arrived in an enemy's land
		respectively := len(g.phrases) > 1 && len(r.sup) == len(g.phrases) && s.respectively()
		for n := range g.phrases {
			p := &g.phrases[n]
			d := s.newDraft()
			d.sup, d.rec, d.p, d.status, d.rule = r.sup, r.rec, *p, st, r.rule
			d.backstory = s.acquiredWhich(&t, &g)
			if (t.lemma == "smuggle" || t.lemma == "traffic") && d.p.cat == armsledger.Artillery && bareGun(s.d.toks[p.head].Norm) && p.hi-p.lo == 1 {
				// "about 200,000 guns are smuggled from the United States
				// into Mexico": guns smuggled are firearms, not cannon.
				d.p.cat = armsledger.SmallArms
			}
			if len(g.phrases) == 1 && p.qty == nil && !p.money {
				d.p.qty = s.countOfThem(max(t.i, g.hi)) // "has sent tanks to Ukraine, 30 of them so far"
			}
			if len(d.rec) == 0 && s.d.toks[p.head].Norm == "training" {
				if a := s.traineesAfter(p.head); a >= 0 && !slices.Contains(d.sup, s.actors[a].ref.Code) {
					// "Training of JMSDF personnel ... is being provided by
					// the U.S. Navy": whose people are trained receives it.
					d.rec, _, _ = s.group(a)
				}
			}
			// "a $95 billion foreign aid bill that includes $61 billion for
			// Ukraine": the whole is not the recipient's; its parts take
			// their giver from it, so it is dropped only at the end.
			d.restated = s.wholeOfParts(p)
			if lender, ok := s.financedByLoans(&t); ok && !p.money {
				// "The jets will be financed largely by loans from French
				// banks": the lenders' state gives money for them, not the
				// jets.
				d.p.cat, d.p.qty, d.p.unit = armsledger.Funding, nil, ""
				if lender >= 0 {
					d.sup, _, _ = s.group(lender)
				}
			}
			if pay := s.paidToMake(&t); pay >= 0 && p.cat == armsledger.Other && p.qty == nil && !p.money {
				// "Copenhagen pays Ukrainian companies to build weapons for
				// Ukraine": the payer's money for arms, given as it pays.
				d.p.cat, d.p.unit = armsledger.Funding, ""
				d.status = s.status(trigger{i: pay, class: classGive, lemma: "pay"}, g)
			}
			if respectively {
				d.sup = r.sup[n : n+1] // "The US and the UK sent Javelins and NLAWs respectively"
			}
			if (t.class == classBuy || t.class == classReceive) && !r.buysFor {
				if a := s.ownSource(p); a >= 0 && !slices.Contains(r.rec, s.actors[a].ref.Code) {
					// "ordered 24 Rafales from France and 36 F-15 fighters
					// from the US": each item from the seller after it.
					d.sup, _, _ = s.group(a)
				} else if s.homeSource(p) {
					// "buying tanks from the United States and howitzers
					// from its own industry": the second item is made at
					// home, bought from no other state.
					d.sup, d.homemade = nil, true
				}
			}
			d.sent, d.trig, d.conf, d.open, d.joins, d.partOf = s.idx, t.i, r.conf, r.open, joins, flow+1
			d.recOpen = len(r.rec) == 0 && (s.unnamedBuyer(min(t.i, g.lo), min(s.hi, max(t.i, g.hi)+12)) || s.toUnnamedAllies(max(t.i, g.hi)) || t.passive && s.toUnnamedAllies(s.toAfterAgent(t.i)) || !t.noun && s.unnamedObject(t.i, g.lo))
			ownHi := 0 // the end of a seller the item names itself
			// Goods made at home come from no other state, named here or
			// before. A state's imports with no supplier are a statistic
			// ("India's arms imports fell"), not a transfer told from its side.
			d.homemade = d.homemade || len(r.sup) == 0 && s.hasCue(cueHomemade)
			d.aggregate = t.noun && (tradeNoun(t.lemma) || agentNoun(t.lemma) || s.exportDeals(&t)) && (len(r.sup) == 0 || len(r.rec) == 0) ||
				len(r.rec) == 0 && s.toOwnForces(t.i, max(t.i, g.hi)) || // "delivered jets to its air force": at home
				len(r.rec) == 0 && s.toAnyBuyer(max(t.i, g.hi)) || // "ready to sell drones to any country": buyers left open
				len(r.rec) == 0 && s.toSeaOrRegion(max(t.i, g.hi)) || // "deployed a carrier to the Caribbean": a place, no state
				t.noun && len(r.rec) == 0 && s.ownBuyers(t.i) || // "sells only to its own customers"
				len(r.rec) == 0 && s.toCountedBuyers(max(t.i, g.hi)) || // "exported to more than 30 countries"
				t.lemma == "import" && !t.noun && len(r.sup) == 0 // "Myanmar's military has imported at least $1 billion worth of weapons": from all its suppliers
			d.openBuyers = len(r.rec) == 0 && s.toCountedBuyers(max(t.i, g.hi))
			d.toArmedGroup = s.toArmedGroup(&t, &g)
			d.byRecipient = (t.class == classReceive && !(t.noun && tradeNoun(t.lemma)) || t.class == classArrive || r.byRecipient) && !d.homemade &&
				t.lemma != "host" // what a state hosts is another's: with no owner named, no claim
			// Goods taken on their way name where they were going, and the
			// seizer sends nothing: "the navy seized 400 rifles bound for
			// Yemen" tells of rifles sent to Yemen by a giver the text may
			// name elsewhere ("Iranian", "from Iran"), or else leaves open,
			// as an agentless passive does; so does a load a seized craft
			// carried ("seized a truck carrying rockets bound for Lebanon").
			d.seized = len(r.sup) == 0 && len(r.rec) > 0 && (t.noun && routeWord(t.lemma) || s.boundFor(g.hi) >= 0) && s.seizerBefore(s.lo, s.hi)
			d.agentless = r.agentless || d.seized
			// "around EUR 130 billion were allocated in military assistance":
			// a sum given in the passive, by no one named, leaves its givers
			// open as a tally of many does.
			d.allocated = t.passive && !t.noun && (t.class == classGive || t.class == classCommit) && p.money && p.qty != nil && len(r.sup) == 0 && s.ppActor(t.i, s.hi, "by") < 0 && s.militaryMoney(p)
			if p.money {
				d.p.cat = armsledger.Funding
			}
			if p.uncountedPart && t.i < p.lo {
				// "delivered the first of four IRIS-T systems": one; "received
				// some of the 300 tanks": how many is not said.
				if d.status != armsledger.Delivered || !s.lastOf(p) {
					d.p.qty = s.ordinalOne(p)
				} // "has delivered the last of 30 howitzers": with the last given, all 30 are
			} else if q := s.firstOfSubject(p, &t); p.uncountedPart && q != nil {
				d.p.qty = q // "The first of four radars ... has been handed over": one
			}
			if p.refused {
				d.status = armsledger.Denied
			}
			if t.lemma == "pay" {
				s.payment(d, &t, p, groups)
			}
			// "has delivered €2 billion of a pledged €5 billion": the
			// whole, called pledged, is promised; the part is given.
			d.promised = p.money && t.i < p.lo && s.promisedSum(p.start())
			if d.status == armsledger.Delivered && p.money && t.i < p.lo && s.sumOfInstalments(p) {
				// "has transferred the first £752 million tranche of a £2.26
				// billion loan": a part paid; the whole is pledged, not paid.
				d.status = armsledger.Committed
			}
			if p.money {
				s.moneyRecipient(d, p, groups[k:])
			}
			if t.passive && !t.noun && len(r.sup) == 1 && n+1 < len(g.phrases) && g.phrases[n+1].hi <= t.i && s.d.toks[p.end()].Norm == "," && len(p.demonym) == 0 {
				// "It flies Rafales, 36 F-15 jets bought from the United
				// States": a participle after a list's later item tells
				// its seller; an item before it, after a comma, of a model
				// another state makes, is that state's.
				if m := s.d.makerOf(p); len(m) == 2 && m != r.sup[0] && !slices.Contains(r.rec, m) {
					d.sup = []string{m}
				}
			}
			if t.passive {
				// "supplied with drones by Iran and with shells by North
				// Korea": each item names its own giver.
				if e := p.end(); e+1 < s.hi && s.d.toks[e].Norm == "by" {
					if a := s.actorAt(e + 1); a >= 0 && s.actors[a].ref.kind != kindDemonym {
						d.sup, _, _ = s.group(a)
					}
				}
			}
			if (t.class == classReceive || t.class == classBuy) && (r.rule == receiveRules[1] || r.rule == receiveRules[2]) && !t.noun && t.i < p.lo {
				// "bought Rafale jets from France and Eurofighters from
				// Britain": each item names its own seller.
				if e := p.end(); e+1 < s.hi && s.d.toks[e].Norm == "from" {
					if a := s.actorAt(e + 1); a >= 0 && s.actors[a].ref.kind != kindDemonym && s.soldFromBefore(r.sup, t.i, p.lo) {
						d.sup, _, ownHi = s.group(a)
					}
				}
				if a := s.priceFrom(p); a >= 0 && s.soldFromBefore(r.sup, t.i, p.lo) {
					// "ordered 24 Typhoons from BAE Systems and 36 F-15s
					// from Boeing for $12 billion": the price follows the
					// seller of the goods just before it.
					d.sup, _, _ = s.group(a)
				}
			}
			if p.share != nil && t.i < p.start() {
				d.p.qty = p.share // "delivered about a third of the one million shells"
			}
			if p.whole != nil && p.share == nil && !p.uncountedPart && s.participleOn(t, g) {
				// "about 4,700 of the 15,000 soldiers deployed to Russia have
				// been killed": the participle tells of the whole.
				d.p.qty = p.whole
			}
			d.scope = s.scope(&t, p)
			origin := p.demonym
			if a := s.ownerOfItem(p); a >= 0 && (t.class == classBuy || t.class == classReceive || t.class == classContent) && (len(r.sup) == 0 || s.ownerOfGroup(r.sup, &g) || s.firstItemsSource(groups, p)) && !slices.Contains(r.rec, s.actors[a].ref.Code) {
				// "bought Norway's NASAMS and Germany's IRIS-T SLM": each
				// item from the state whose it is, not the list's last;
				// "NASAMS from Norway's Kongsberg, Germany's IRIS-T SLM":
				// nor the seller of the first item alone.
				origin = []string{s.actors[a].ref.Code}
				d.sup = origin
			}
			if a := s.inServiceOf(p.end()); a >= 0 && len(r.sup) == 0 {
				// "Russian-made air defence systems in Greek service": the
				// state that holds them would pass them on, not their maker.
				origin = []string{s.actors[a].ref.Code}
			}
			if t.noun && (t.lemma == "import" || t.lemma == "imports") && p.hi == t.i {
				origin = nil // "Indian arms imports": the demonym names who imports, not who sells
			}
			if len(origin) == 0 && p.cat == armsledger.Container {
				origin = s.contentOrigin(p) // "containers of North Korean weapons"
			}
			if len(origin) == 0 && t.i == vehicle && (vehicleEnd < 0 || g.lo == vehicleEnd+1) {
				origin = vehicleOrigin
				if o := g.phrases[0].demonym; len(o) > 0 {
					origin = o // "unloaded Iranian-made artillery shells and rockets": the load's maker, not the ship's flag
				}
			}
			if t.class == classArrive && s.impactOrSource(&t, p) {
				// "a missile that landed in Kharkiv": a strike; "the debris
				// came from a North Korean missile": where the debris was from.
				s.d.claims, attack = s.d.claims[:len(s.d.claims)-1], true
				continue
			}
			if len(origin) > 0 && len(r.sup) > 0 && !t.noun && !overlaps(origin, r.sup) && t.i < p.lo && s.giverBetween(t.i+1, p.lo, r.sup) {
				// "F-16s supplied by Denmark, as well as French-made
				// Mirage jets": the giver named with the goods before is
				// theirs; these name their own maker.
				d.sup = origin
			}
			d.supFromDemonym = (len(r.sup) == 0 || r.viaRoute) && len(origin) > 0 && !(t.lemma == "pay" && d.p.cat == armsledger.Funding && overlaps(origin, d.rec)) // (the maker paid is no giver)
			if d.supFromDemonym {
				d.sup = origin
				if t.class == classArrive && atWar(d.sup, d.rec) {
					// "Russian drones reached Kyiv": an attack.
					s.d.claims, attack = s.d.claims[:len(s.d.claims)-1], true
					continue
				}
			} else if (t.class == classBuy || t.class == classReceive || selectVerb(t.lemma)) && len(origin) > 0 && !overlaps(origin, r.sup) && itemsOrigin(&g, r.sup) {
				// "picked the Franco-Italian SAMP/T, along with Norwegian
				// NASAMS, German IRIS-T and French VL MICA systems": each
				// item bought names its own maker, not the list's first.
				d.sup = origin
			} else if t.class == classContent && len(origin) > 0 && len(r.sup) > len(origin) && subset(origin, r.sup) {
				// "helicopters and drones from Russia and Turkey ... included
				// Russian-made Mi-8s and Turkish TB2s": each item is from its maker.
				d.sup = origin
			}
			lo, hi := r.lo, max(r.hi, ownHi)
			if p.elided && p.head == t.i && agentNoun(t.lemma) {
				lo = s.supplierSubject(t.i, r.sup) // "Russia was still its main supplier": who supplies, to the noun
			} else if p.elided && p.head == t.i {
				lo, hi = p.lo, s.clauseEnd(t.i) // "Deliveries are due to run from 2024 to 2027": the noun and what is said of it
				if v := s.stoppedBefore(t.i); v >= 0 {
					lo = s.d.clauseOpen(s.lo, v) // "Colombia suspended purchases from Israel": who stopped them, and how
					if w := s.d.toks[lo].Norm; lo < v && (w == "and" || w == "but") {
						lo++
					}
				}
			}
			if j := p.start() - 1; d.status == armsledger.Denied && j >= s.lo && s.d.toks[j].Norm == "no" {
				lo = min(lo, j) // "no missiles had been sent": the evidence keeps the "no"
			}
			d.fromMakers = len(d.sup) == 1 && len(d.rec) > 0 && s.boughtFromMakersOf(d.sup[0], t.lemma == "pay")
			s.completeDraft(d, att, lo, hi)
			if (p.uncountedPart && t.i < p.lo || p.whole != nil && p.qty != nil) && len(g.phrases) == 1 {
				s.orderedWhole(d, &g, att) // "took delivery of the first of three frigates ordered from France"
			} else if p.whole == nil && len(g.phrases) == 1 && d.status == armsledger.Delivered {
				s.apposedWhole(d, &g, att) // "received four jets, the first of 24 ordered from France"
			}
		}
		if !attack {
			s.toldAfter(&t, &g, &r, att) // (an attack told is no transfer, and nothing follows it)
		}
	}
	if !armed && s.d.tags.arming {
		s.armsWithoutItem(att)
	}
	if s.helps >= 0 {
		s.helpMake(att)
	}
	s.knowHowGiven(att)
	if s.has(fGated) {
		s.financedBy(made, ps, att) // (it reads only sentences holding "funded" or "financed")
	}
	if len(groups) == 0 && len(s.d.named) > 0 || len(groups) > 0 && len(s.d.claims) > made {
		s.deniedReports(att, groups, made)
	}
	if len(s.d.claims) > 0 {
		s.deniedAllegation(att)
		s.bothDeny()
	}
	s.rememberPhrase(ps)
}

// toldNoFlow reports whether one of the rules frames asks of a group of
// goods and its trigger, between the trigger and the vehicles, says the
// goods are told to move in no claim of their own. The rules are asked in
// turn and the first that holds answers. They sit in a function of their
// own so that frames' loop runs through them as one dense run of calls,
// not each followed by its own exit from the loop: in frames, every
// "continue" laid its reloads between one test and the next.
func (s *sent) toldNoFlow(t *trigger, g *group, groups []group) bool {
	switch {
	case s.schemeOnly(g):
		return true // "sent 20 Bradleys to Ukraine under a new drawdown": the goods are the claim
	case s.perUnit(g):
		return true // "paid $193,000 per drone": the unit of a price, no goods told to move
	case s.newClauseSubject(t, g):
		return true // "sold 36 jets to Brazil, and 15 of the jets are being assembled there": the subject of a verb of no transfer
	case s.helps >= 0 && t.i < s.helps && g.lo > s.helps:
		return true // "delivered boats to Venezuela and helped it assemble drones": the drones are made, with help (see helpMake)
	case (s.delayed(t.i) || s.delayed(g.lo) || s.delayedAfter(max(t.i, g.hi))) && !s.dealInfinitive(t):
		return true
	case t.noun && g.lo > t.i && s.governor(*t).i == t.i && s.predicateDelayed(t, g):
		return true // "Deliveries of the jets are not expected to begin until 2029"
	case t.passive && g.lo > t.i && g.phrases[0].cat == armsledger.Funding && !g.phrases[0].money && s.loanAgentOf(t):
		return true // "The tanks will be financed by German state loans": the loans are the agent; the tanks' claim is the money (see financedByLoans)
	case s.goodsGiveBenefit(*t, *g):
		return true // "The surveillance aircraft will give Ukraine a capability": the goods give an edge, not themselves
	case s.warnedAgainst(t.i) || s.toldToStop(t.i):
		return true // "warned Beijing against supplying weapons", "urged Washington to stop arming Taiwan": no transfer is told
	case s.moneyForArms(t, g) || s.allocatedPurchase(t) || s.paidPurchase(t):
		return true // "lent Poland $4 billion to buy American weapons", "allocates 4 billion zloty for the purchase of Apache helicopters": the money is the claim
	case !t.noun && t.lemma == "call" && t.i+1 < s.hi && s.d.toks[t.i+1].Norm == "for" && s.callForLimits(t.i+1):
		return true // "called for expanded output of shells", "called for conditions on further military assistance": no goods asked for
	case t.noun && t.class == classRequest && s.talksConcluded(t.i):
		return true // "signed a deal for 12 jets, ending years of talks over the aircraft": the talks led to the deal told
	case s.unconfirmed(min(t.i, g.lo)):
		return true // "Moscow has not confirmed the delivery": neither told nor denied
	case s.conditional(t.i):
		return true // "would cancel agreements if it delivered the missiles": none is told
	case s.weighedBefore(t.i):
		return true // "Colombia had also considered buying F-16s": an option weighed then, none taken
	case s.onlyWished(*t, *g):
		return true // "Greece and Cyprus both want better air defences": a wish, no request
	case s.undecided(t):
		return true // "no decision on the jets had been taken", "no decision on sending tanks": nothing decided, nothing refused
	case s.timeUnsaid(min(t.i, g.lo)):
		return true // "He did not say when the shells would arrive": the goods told before, no new flow
	case t.i < g.lo && s.madeByOther(g.phrases[0].start()):
		return true // "passed on know-how that lets Hamas build rockets": the rockets are made, not moved
	case t.lemma != "finance" && t.i < g.lo && s.madeThere(g.phrases[0].start()):
		return true // "called for the mass production of suicide drones": made, not moved
	case s.usedInOwnClause(*t, *g):
		return true // "received $50 billion in US aid, and its air force still flies 200 F-16s": jets flown, not received
	case s.showOfForce(*t, *g):
		return true // "sent 24 aircraft and seven warships around Taiwan": forces moved near a state, no goods given it
	case s.goodsArm(*t, groups):
		return true // "The missiles will arm the navy's destroyers": where goods told before will be fitted, no transfer
	case t.passive && (t.lemma == "arm" || t.lemma == "equip") && s.ppActor(t.i, min(s.hi, t.i+8), "by") < 0:
		return true // "they are armed with missiles" describes; "equipped by France with howitzers" transfers
	}
	return false
}

// toldAfter reads what the words after a group's frame tell of the claim
// just made from it: counts given in turn ("19 and 24 F-16s
// respectively"), clauses whose verb is left out, a relative clause that
// passes the goods on, a ranking, the whole of which they are part. It is
// a function of its own to keep frames under the size above which the
// compiler inlines nothing into it but the smallest functions.
func (s *sent) toldAfter(t *trigger, g *group, r *roleResult, att attrib) {
	if len(g.phrases) == 1 && len(r.sup) > 1 && g.phrases[0].qty != nil && s.respectively() {
		s.eachItsCount(len(s.d.claims)-1, r.sup) // "pledged 19 and 24 F-16s respectively"
	}
	if end := max(r.hi, g.hi); len(g.phrases) == 1 && g.phrases[0].qty != nil && end < s.hi {
		// Either clause begins with a comma or "and": most counts have
		// neither after them.
		if w := s.d.toks[end].Norm; w == "," || w == "and" {
			first := len(s.d.claims) - 1
			s.gapped(first, end, att)
			s.moreToFollow(first, end, att)
		}
	}
	if end := max(r.hi, g.hi); len(g.phrases) == 1 && len(r.rec) > 0 && end+2 < s.hi && !strings.HasPrefix(r.rule, "receive.") {
		if w := s.d.toks[end].Norm; w == "and" || w == "," || w == "for" {
			s.gappedRecipients(len(s.d.claims)-1, end, att)
		}
	}
	if end := max(r.hi, g.hi); end+2 < s.hi && (s.d.toks[end].Norm == "," && s.d.toks[end+1].Norm == "which" || s.d.toks[end].Norm == "that") {
		s.passedOn(end, len(s.d.claims)-1, att)
	}
	if s.has(fWhich) || g.hi < s.hi && s.d.toks[g.hi].Norm == "that" {
		s.soughtWhich(g, len(s.d.claims)-1, att) // (it reads only sentences holding "which", or goods "that")
	}
	if t.noun && agentNoun(t.lemma) && len(g.phrases) == 1 && len(r.sup) > 0 && len(r.rec) > 0 {
		s.afterRanked(t, len(s.d.claims)-1, att)
	}
	if end := max(r.hi, g.hi); len(g.phrases) == 1 && len(r.rec) > 0 && end+3 < s.hi && s.d.toks[end].Norm == "," {
		s.asOthersDo(len(s.d.claims)-1, end, att)
	}
	// (A payment, counted or not, may be for goods a relative clause says
	// were ordered: "paid for the jets it ordered" tells the order.)
	if len(g.phrases) == 1 && (g.phrases[0].whole != nil || g.phrases[0].ofSeveral || g.phrases[0].qty != nil && (t.class == classGive || t.class == classReceive) || t.lemma == "pay") {
		s.wholePledged(g, t, *r, len(s.d.claims)-1, att)
	}
}

// payment turns draft d, of phrase p, round where t, a verb of paying,
// pays for goods: the money goes from the payer to the payee. It is a
// function of its own for the reason toldAfter is; most triggers are
// no "pay", and do not call it.
func (s *sent) payment(d *draft, t *trigger, p *phrase, groups []group) {
	// Money of no stated sum ("paid North Korea cash for the shells") is
	// paid as a sum is.
	if (p.money || p.cat == armsledger.Funding && s.paidObject(t, p) || s.paidWith(p)) && !s.paidForOther(t, d.rec) {
		// "Brazil agreed to pay 4.5 billion Swiss francs for 36
		// Gripens from Sweden": the money goes from payer to payee;
		// "India paid" it, so it moved.
		d.sup, d.rec = d.rec, d.sup
		if s.d.toks[t.i].Norm == "paid" && d.status == armsledger.Committed {
			d.status = armsledger.Delivered
		}
	}
	if !p.money && !s.paidWith(p) && s.paidForGoods(t, p, groups) {
		// "Tehran has paid for the aircraft": money, of no stated
		// sum, went from the buyer to the seller; the goods are
		// only what it paid for.
		d.sup, d.rec = d.rec, d.sup
		d.p.cat, d.p.qty = armsledger.Funding, nil
		if len(d.rec) == 0 && len(p.demonym) > 0 {
			d.rec = p.demonym // "paid for Iranian drones": their maker is paid
		}
		if paidForm(s.d.toks[t.i].Norm) && d.status == armsledger.Committed {
			d.status = armsledger.Delivered
		}
	} else if d.status == armsledger.Committed && s.paidForBought(t, p) {
		d.status = armsledger.Delivered
	}
}

// paidForBought reports whether goods p are what a payer has paid for
// ("Britain and Norway have paid for maritime drones"): a purchase paid is
// settled, as a deal only signed is not, and writers count the goods given.
// A present "pays for" may tell a price agreed, and "paid for by" is the
// participle on goods whose own verb tells their status.
func (s *sent) paidForBought(t *trigger, p *phrase) bool {
	toks := s.d.toks
	return !t.noun && !t.passive && !p.money && toks[t.i].Norm == "paid" && t.i+1 < p.lo &&
		toks[t.i+1].Norm == "for" && toks[t.i+2].Norm != "by" && !s.paidWith(p)
}

// moneyRecipient gives draft d, of a sum p, the recipient the sum names
// itself: "$61 billion for Ukraine, $26 billion for Israel". A sum that
// names none does not take the recipient another sum of groups (its own
// group and those after) names: in "some $700 million a year, alongside
// $100 million annually for Palestinian groups" the first is not theirs.
// It is a function of its own for the reason toldAfter is; it is called
// for sums only.
func (s *sent) moneyRecipient(d *draft, p *phrase, groups []group) {
	if a := s.ownRecipient(p); a >= 0 {
		d.rec, _, _ = s.group(a)
	} else {
		for _, h := range groups {
			for m := range h.phrases {
				if q := &h.phrases[m]; q.lo > p.lo {
					if o := s.ownRecipient(q); o >= 0 {
						if codes, _, _ := s.group(o); sameSet(codes, d.rec) {
							d.rec = nil // (inherit looks for its own)
						}
					}
				}
			}
		}
	}
}

// newClauseSubject reports whether the goods of g, after the verb at t,
// open a clause of their own joined by ", and" or ", but", with a verb
// there that tells no transfer: "Sweden sold 36 jets to Brazil, and 15
// of the jets are being assembled there" sells 36 jets, not 15 more. A
// clause whose verb tells one is that verb's (", and ten more were
// delivered in May").
func (s *sent) newClauseSubject(t *trigger, g *group) bool {
	toks := s.d.toks
	lo := g.phrases[0].start()
	if t.i >= lo || lo-2 < s.lo || g.hi >= s.hi || toks[lo-2].Norm != "," || toks[lo-1].Norm != "and" && toks[lo-1].Norm != "but" {
		return false
	}
	switch toks[g.hi].Norm {
	case "is", "are", "was", "were", "will", "would", "has", "have", "had":
	default:
		return false
	}
	for k := range s.trigs {
		if u := s.trigs[k].i; u >= g.hi && u < g.hi+5 {
			return false
		}
	}
	return true
}

// bareGun reports whether w is "gun" or "guns", a word the lexicon reads
// as artillery that smuggling shows to be firearms.
func bareGun(w string) bool {
	return w == "gun" || w == "guns"
}

// subjectAfterList returns the index of the last phrase of goods group g
// when it opens a clause of its own after ", and" (or ", but"): a verb in
// the past that is no trigger, its object after it, follows the goods.
// "Iran has supplied Venezuela with boats, and Russian bombers paid
// another visit to Caracas". Else -1. ("and drones delivered by sea" is a
// participle on the goods: no object follows.)
func (s *sent) subjectAfterList(g *group) int {
	toks := s.d.toks
	last := len(g.phrases) - 1
	if last < 1 || g.hi+1 >= s.hi {
		return -1
	}
	lo := g.phrases[last].start()
	if lo-2 < s.lo || toks[lo-2].Norm != "," || toks[lo-1].Norm != "and" && toks[lo-1].Norm != "but" {
		return -1
	}
	v := g.hi
	if !s.is(v, fVerb) || !s.participle(v) || s.triggerAt(v) {
		return -1
	}
	if !s.is(v+1, fDeterminer|fIncrement) {
		return -1
	}
	return last
}

// paidToMake returns the token of a form of "pay" whose object is paid
// to make the goods of the verb of making at t ("pays Ukrainian companies
// directly to build weapons for Ukraine", "paid local firms to produce
// arms"); or -1.
func (s *sent) paidToMake(t *trigger) int {
	toks := s.d.toks
	if !makingVerb(toks[t.i].Norm) || t.i-2 < s.lo || toks[t.i-1].Norm != "to" {
		return -1
	}
	for j := t.i - 2; j >= s.lo && t.i-j <= 6; j-- {
		if toks[j].Kind == Punct {
			return -1
		}
		switch toks[j].Norm {
		case "pay", "pays", "paid", "paying":
			return j
		}
	}
	return -1
}

// jointGiver returns the state after "jointly with" or "together with"
// that follows the verb at i of a giving and its goods, in the same clause
// ("will provide £450 million, jointly with Norway"), or -1. (A list of
// goods is no partner: "tanks together with 5,000 shells".)
func (s *sent) jointGiver(i int, g *group) int {
	toks := s.d.toks
	for j := max(i, g.hi-1) + 1; j+2 < s.hi && j <= max(i, g.hi)+3; j++ {
		switch toks[j].Norm {
		case ";", ":", ".":
			return -1
		case "and":
			if toks[j+1].Norm == "," {
				return -1 // "and, together with the United States, supplied": the next clause's partner (see companionBefore)
			}
		case "jointly", "together":
			if toks[j+1].Norm != "with" {
				return -1
			}
			k := j + 2
			if toks[k].Norm == "the" && k+1 < s.hi {
				k++
			}
			if a := s.actorAt(k); a >= 0 && !s.actors[a].possessive && !s.actors[a].demonym {
				return a
			}
			return -1
		}
	}
	return -1
}

// financedByLoans reports whether t is a passive verb of financing whose
// agent is money lent or granted ("financed largely by loans from French
// banks", "funded by a grant"), and returns the state the money is from
// (a demonym on the lenders or a state after "from"), or -1.
func (s *sent) financedByLoans(t *trigger) (int, bool) {
	if !t.passive {
		return -1, false
	}
	return s.financedByLoansRest(t)
}

// financedByLoansRest is financedByLoans past its first test (see gates in words.go):
// the trigger is passive.
func (s *sent) financedByLoansRest(t *trigger) (int, bool) {
	toks := s.d.toks
	if t.lemma != "finance" || t.noun {
		return -1, false
	}
	j := s.pastPartly(t.i + 1)
	if j+1 >= s.hi || toks[j].Norm != "by" {
		return -1, false
	}
	return s.loanAgent(j)
}

// loanAgent reports whether the agent after "by" at token by is money lent
// or granted ("by loans from French banks", "by a ten-year loan", "by
// French bank loans", "by loans from Korean state lenders"), and returns
// the state the money is from (a demonym on the money or the lenders, or
// a state after "from"), or -1.
func (s *sent) loanAgent(by int) (int, bool) {
	toks := s.d.toks
	j := by + 1
	for j < s.hi && j-by <= 5 && (toks[j].Norm == "a" || toks[j].Norm == "an" || s.inQty[j-s.lo] || s.actorAt(j) >= 0 && s.actors[s.actorAt(j)].demonym) {
		j++ // "a ten-year", "a $2 billion", "Chinese"
	}
	for n := 0; n < 2 && j+1 < s.hi && loanModifier(toks[j].Norm); n++ {
		j++ // "French bank loans", "Russian state loans"
	}
	if j >= s.hi {
		return -1, false
	}
	if j+2 < s.hi && (toks[j].Norm == "line" || toks[j].Norm == "lines") && toks[j+1].Norm == "of" && toks[j+2].Norm == "credit" {
		j += 2 // "a $100 million Indian line of credit"
	}
	switch toks[j].Norm {
	case "loan", "loans", "credit", "credits", "grant", "grants":
	default:
		return -1, false
	}
	for k := by + 1; k < s.hi && k <= j+5; k++ {
		if a := s.actorAt(k); a >= 0 && !s.actors[a].possessive && (s.actors[a].demonym || s.actors[a].prep == "from") {
			return a, true
		}
	}
	return -1, true
}

// creditGiver returns the state whose loan, credit or grant pays for the
// goods of draft d, told right after them ("a patrol vessel financed with
// Indian credit", "boats built with a $100 million Indian line of
// credit"), or whose grant the sum d is ("financed in part by a $40
// million grant from the United States"); or -1. The state that lends a
// buyer the money for goods gives them, whoever builds them.
func (s *sent) creditGiver(d *draft) int {
	toks := s.d.toks
	if d.p.money {
		k := d.p.start() - 1
		if k > s.lo && (toks[k].Norm == "a" || toks[k].Norm == "an") {
			k--
		}
		if k <= s.lo || !creditPrep(toks[k].Norm) || !financeParticiple(toks[k-1].Norm) && !s.is(k-1, fAdverb) && toks[k-1].Norm != "part" {
			return -1
		}
		a, _ := s.loanAgent(k)
		return a
	}
	if d.p.cat == armsledger.Funding {
		return -1
	}
	// Past the rest of a list of goods ("a Dornier aircraft and an
	// offshore patrol vessel financed with"), up to the participle.
	for j := d.p.end(); j < s.hi && j-d.p.end() <= 10; j++ {
		w := toks[j].Norm
		if financeParticiple(w) {
			b := s.pastPartly(j + 1)
			if w == "paid" && b < s.hi && toks[b].Norm == "for" {
				b = s.pastPartly(b + 1)
			}
			if b >= s.hi || !creditPrep(toks[b].Norm) {
				return -1
			}
			a, _ := s.loanAgent(b)
			return a
		}
		if w == "." || w == ";" || w == ":" || s.triggerAt(j) || s.actorAt(j) >= 0 {
			return -1 // (goods with a source of their own: "20 K9 howitzers from South Korea and 12 boats built with")
		}
	}
	return -1
}

// speakersOwn reports whether the goods of draft d are told with "its"
// ("its six aircraft", "none of its shells"), which in a state's reported
// speech stands for that state. What it gets or asks for is not its to
// give.
func (s *sent) speakersOwn(d *draft) bool {
	toks := s.d.toks
	if d.speaker.from.hi > d.speaker.from.lo && !s.stateSpeaksHere(d.speaker) {
		// Only a state that speaks in its own name ("Seoul insisted"):
		// of investigators or a ministry, "its" is as often the goods'
		// own ("most of its electronics").
		return false
	}
	if strings.HasPrefix(d.rule, "receive.") || strings.HasPrefix(d.rule, "buy.") || strings.HasPrefix(d.rule, "request.") {
		return false
	}
	lo := d.p.start()
	return lo-1 > s.lo && toks[lo-1].Norm == "its"
}

// stateSpeaksHere reports whether speaker sp is a state named in the
// sentence in its own name ("Seoul insisted", "The United Kingdom
// confirmed"), not an official, ministry or agency of it.
func (s *sent) stateSpeaksHere(sp speaker) bool {
	if sp.code == "" || sp.person || sp.from.hi <= sp.from.lo {
		return false
	}
	a := s.actorAt(sp.from.lo)
	return a >= 0 && (s.actors[a].ref.kind == kindCountry || s.actors[a].ref.Kind == "capital") && s.actors[a].hi >= sp.from.hi
}

// toJustAfter reports whether "to" follows the verb at t, past a particle:
// "were handed over to", "were sent to".
func (s *sent) toJustAfter(t int) bool {
	toks := s.d.toks
	for j := t + 1; j < s.hi && j <= t+2; j++ {
		if toks[j].Norm == "to" {
			return true
		}
	}
	return false
}

// financeParticiple reports whether w, after goods, says how they were
// paid for or got: "financed", "built", "bought" (with a loan).
func financeParticiple(w string) bool {
	switch w {
	case "financed", "funded", "paid", "bought", "purchased", "built", "acquired":
		return true
	}
	return false
}

// creditPrep reports whether w can open the money that pays for goods:
// "with Indian credit", "by a grant", "through a loan", "under a credit".
func creditPrep(w string) bool {
	switch w {
	case "with", "by", "through", "under":
		return true
	}
	return false
}

// purposeNoun reports whether group g is a sum whose phrase ends on "for"
// and a word of war ("a $500 million credit line for defence"): a noun
// of transfer right after it ("purchases", "procurement") says what the
// money is for, and the verb before moves the money.
func (s *sent) purposeNoun(g *group) bool {
	p := &g.phrases[len(g.phrases)-1]
	return p.money && g.hi-2 > g.lo && s.d.toks[g.hi-2].Norm == "for" && militaryWord(s.d.toks[g.hi-1].Norm)
}

// loanAgentOf reports whether the passive verb of financing t has money
// lent or granted as its agent (see financedByLoans).
func (s *sent) loanAgentOf(t *trigger) bool {
	_, ok := s.financedByLoans(t)
	return ok
}

// sumNear reports whether an amount stands in the six tokens after j.
func (s *sent) sumNear(j int) bool {
	for k := j + 1; k < s.hi && k <= j+6; k++ {
		if s.inQty[k-s.lo] {
			return true
		}
	}
	return false
}

// pastPartly returns the first token at or after j past adverbs and "in
// part": "financed largely by", "financed in part by".
func (s *sent) pastPartly(j int) int {
	for j < s.hi && s.is(j, fAdverb) {
		j++ // "largely", "partly"
	}
	if j+1 < s.hi && s.d.toks[j].Norm == "in" && s.d.toks[j+1].Norm == "part" {
		j += 2
	}
	return j
}

// loanModifier reports whether w names whose or what kind of money a loan
// is, between a demonym and "loans": "French bank loans", "Russian state
// loans", "soft loans".
func loanModifier(w string) bool {
	switch w {
	case "bank", "state", "government", "export", "soft", "concessional", "concessionary", "low-interest", "preferential":
		return true
	}
	return false
}

// financedBy makes the claim of money for arms that a participle set off
// after a transfer tells: "sold 2,000 missiles to Ukraine for $500
// million, financed partly by Denmark and Norway". Who finances goods
// bought for a state gives it money for them, of no sum told (the sum
// before is the seller's price), as surely as the goods go. ("Paid for by"
// is left as it is: writers read the payer as giving the goods.)
func (s *sent) financedBy(made int, ps []phrase, att attrib) {
	toks := s.d.toks
	if !s.has(fVerb) {
		return
	}
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.noun || t.lemma != "finance" || toks[t.i].Norm != "funded" && toks[t.i].Norm != "financed" {
			continue
		}
		j := t.i - 1
		for j > s.lo && s.is(j, fAdverb) {
			j-- // "partly", "largely"
		}
		b := s.pastPartly(t.i + 1)
		if b+1 >= s.hi || toks[b].Norm != "by" {
			continue
		}
		scheme := s.schemeSubject(j) // "The scheme, funded by", "The initiative is financed by"
		if j <= s.lo || toks[j].Norm != "," && scheme < 0 {
			continue
		}
		a := s.actorAt(b + 1)
		if a < 0 && toks[b+1].Norm == "the" && b+2 < s.hi {
			a = s.actorAt(b + 2)
		}
		if a >= 0 && s.actors[a].demonym {
			a = -1 // "by French bank loans": the money's state, read below
		}
		rule := "finance.by"
		if a < 0 {
			// "financed in part by loans from Korean state lenders": the
			// lenders' state gives money for the transfer, a flow of its
			// own beside the price (see subsumed).
			if lender, ok := s.loanAgent(b); ok && !s.sumNear(b) {
				a, rule = lender, "finance.loan" // (a sum lent is a claim of its own: "by a loan of 900 million euros")
			}
		}
		if a < 0 && scheme >= 0 {
			a = s.statesIncluded(b + 1) // "by more than 15 countries including Denmark"
		}
		if a < 0 || s.actors[a].possessive {
			continue
		}
		codes, _, hi := s.group(a)
		if scheme >= 0 {
			s.schemeFinanced(t.i, scheme, codes, hi, att)
			continue
		}
		var c *draft // the transfer financed: the last told before the comma
		for i := len(s.d.claims) - 1; i >= made; i-- {
			if d := &s.d.claims[i]; d.sent == s.idx && d.p.hi <= j && len(d.rec) > 0 && !d.p.money && d.p.cat != armsledger.Funding {
				c = d
				break
			}
		}
		if c == nil {
			// No transfer told: arms a state holds, financed by others,
			// were paid for by them: "Israel's Iron Dome systems, largely
			// funded by the United States, intercepted most of the drones".
			if rec, lo := s.ownedBefore(ps, j); rec >= 0 && !slices.Contains(codes, s.actors[rec].ref.Code) {
				// The arms themselves, read as given by their financier,
				// went nowhere the sentence says: the money is the claim.
				s.d.claims = slices.DeleteFunc(s.d.claims, func(d draft) bool {
					return d.sent == s.idx && d.trig == t.i && len(d.rec) == 0
				})
				d := draft{sup: append([]string(nil), codes...), rec: []string{s.actors[rec].ref.Code}, p: phrase{lo: t.i, hi: t.i + 1, head: t.i, cat: armsledger.Funding},
					status: armsledger.Delivered, rule: "finance.by", sent: s.idx, trig: t.i, conf: 0.6}
				s.finishDraft(&d, att, lo, hi)
			}
			continue
		}
		if overlaps(codes, c.rec) || c.status == armsledger.Denied || c.status == armsledger.Requested {
			continue
		}
		d := draft{sup: append([]string(nil), codes...), rec: c.rec, p: phrase{lo: t.i, hi: t.i + 1, head: t.i, cat: armsledger.Funding},
			status: c.status, rule: rule, sent: s.idx, trig: t.i, conf: c.conf - 0.1}
		s.finishDraft(&d, att, c.p.lo, hi)
	}
}

// schemeSubject returns the token of the scheme noun that opens the
// sentence as the subject of the participle of financing whose word before
// is j: "The scheme, funded by" (j the comma), "The initiative is financed
// by" (j the verb "is"). Or -1.
func (s *sent) schemeSubject(j int) int {
	toks := s.d.toks
	if j <= s.lo || toks[j].Norm != "," && !s.is(j, fBe) {
		return -1
	}
	n := j - 1
	if n == s.lo && toks[n].Norm == "it" && s.idx > 0 && toks[j].Norm != "," {
		// "The scheme identified 800,000 shells. It was paid for by ...":
		// "it" opening the sentence after one a scheme opened is the scheme.
		if prev := s.d.sents[s.idx-1]; prev.Hi-prev.Lo > 2 && (toks[prev.Lo].Norm == "the" || toks[prev.Lo].Norm == "this") && schemeNoun(toks[prev.Lo+1].Norm) {
			return n
		}
		return -1
	}
	if n-1 < s.lo || !schemeNoun(toks[n].Norm) {
		return -1
	}
	if k := n - 1; k == s.lo && (toks[k].Norm == "the" || toks[k].Norm == "this") {
		return n
	}
	return -1
}

// statesIncluded returns the first state of a list that a group of
// states unnamed opens with "including" or "such as": "more than 15
// countries including Denmark", "a coalition of 20 nations, including
// Canada". Or -1.
func (s *sent) statesIncluded(i int) int {
	toks := s.d.toks
	for k := i; k < s.hi && k-i <= 8; k++ {
		switch w := toks[k].Norm; {
		case w == "including" || w == "such" && k+1 < s.hi && toks[k+1].Norm == "as":
			if w == "such" {
				k++
			}
			if k+1 < s.hi {
				if a := s.actorAt(k + 1); a >= 0 {
					return a
				}
			}
			return -1
		case w == "countries" || w == "nations" || w == "states" || w == "donors" || w == "allies" || w == "partners" ||
			w == "a" || w == "coalition" || w == "group" || w == "of" || w == "," || w == "more" || w == "than" || w == "over" ||
			w == "some" || w == "about" || w == "other" || w == "dozen" || s.inQty[k-s.lo]:
		default:
			return -1
		}
	}
	return -1
}

// schemeFinanced makes the money that states give a scheme, told as its
// being funded by them, a claim to the state the scheme buys arms for:
// "The scheme, funded by Denmark and Canada, has bought 500,000 shells"
// after "A Czech initiative buys shells for Ukraine" gives Ukraine money
// from Denmark and Canada. The state is the receiver of the last flow told
// in the three sentences before; none told, no claim.
func (s *sent) schemeFinanced(v, scheme int, codes []string, hi int, att attrib) {
	var c *draft
	for i := len(s.d.claims) - 1; i >= 0; i-- {
		d := &s.d.claims[i]
		if d.sent >= s.idx {
			continue
		}
		if d.sent < s.idx-3 {
			break
		}
		if len(d.rec) > 0 && d.p.cat != armsledger.Funding && !d.p.money && d.status != armsledger.Denied {
			c = d
			break
		}
	}
	if c == nil || overlaps(codes, c.rec) {
		return
	}
	status := armsledger.Delivered
	for k := v - 1; k > scheme && k >= v-3; k-- {
		if w := s.d.toks[k].Norm; w == "will" || w == "would" {
			status = armsledger.Expected // "will be funded by"
		}
	}
	lo := scheme - 1 // "The scheme"
	if s.d.toks[scheme].Norm == "it" {
		lo = scheme
	}
	d := draft{sup: append([]string(nil), codes...), rec: c.rec, p: phrase{lo: v, hi: v + 1, head: v, cat: armsledger.Funding},
		status: status, rule: "finance.scheme", sent: s.idx, trig: v, conf: 0.6}
	s.finishDraft(&d, att, lo, hi)
}

// schemePaidFor reads "It was paid for by" and "The scheme is paid for by"
// as schemeFinanced reads "funded by": a passive of paying is no trigger
// (who pays is the payer of goods, not said), but a scheme paid for by
// states is funded by them.
func (s *sent) schemePaidFor(v int, att attrib) {
	scheme := s.schemeSubject(v - 1)
	if scheme < 0 {
		return
	}
	{
		a := s.actorAt(v + 3)
		if a < 0 {
			a = s.statesIncluded(v + 3)
		}
		if a < 0 || s.actors[a].possessive {
			return
		}
		codes, _, hi := s.group(a)
		s.schemeFinanced(v, scheme, codes, hi, att)
	}
}

// paidForAt returns the token of "paid" in "paid for by" a few words into
// the sentence, after a form of "be" ("It was paid for by", "The scheme is
// paid for by"), or -1: schemePaidFor reads it.
func (s *sent) paidForAt() int {
	toks := s.d.toks
	for v := s.lo + 2; v+3 < s.hi && v <= s.lo+4; v++ {
		if toks[v].Norm == "paid" && toks[v+1].Norm == "for" && toks[v+2].Norm == "by" && s.is(v-1, fBe) {
			return v
		}
	}
	return -1
}

// ownedBefore returns the state whose possessive opens the arms named
// right before token j, or the first of a list of them ("Israel's Iron
// Dome and David's Sling systems"), and the token the phrase starts at;
// else -1.
func (s *sent) ownedBefore(ps []phrase, j int) (owner, lo int) {
	for k := range ps {
		p := &ps[k]
		if p.end() != j || p.money || p.cat == armsledger.Funding || p.cat == armsledger.Personnel {
			continue
		}
		for i := k; i >= 0 && i >= k-2; i-- { // back along "X and Y"
			q := &ps[i]
			if a := s.possessor(q.start()); a >= 0 && s.actors[a].ref.kind == kindCountry {
				return a, s.actors[a].lo
			}
			if i > 0 && (ps[i-1].end()+1 != q.start() || s.d.toks[ps[i-1].end()].Norm != "and") {
				break
			}
		}
	}
	return -1, 0
}

// customsOf returns the state whose trade figures the sentence reads
// ("Chinese customs data", "China's customs figures", "according to
// Kazakh trade statistics"), or -1: the exports they count are that
// state's.
func (s *sent) customsOf() int {
	toks := s.d.toks
	for j := s.lo + 1; j+1 < s.hi; j++ {
		if w := toks[j].Norm; w != "customs" && w != "trade" {
			continue
		}
		switch toks[j+1].Norm {
		case "data", "figures", "statistics", "records":
		default:
			continue
		}
		if a := s.actorAt(j - 1); a >= 0 && (s.actors[a].demonym || s.actors[a].possessive) && (s.actors[a].ref.kind == kindCountry || s.actors[a].ref.kind == kindDemonym) {
			return a
		}
	}
	return -1
}

// deliveriesOf returns the claim of this sentence whose goods the bare
// deliveries t of an absolute clause stand for ("bought 12 howitzers from
// Korea, with the first deliveries due in 2027"), or nil. The deliveries
// are of that flow, between its parties, whatever the clause's words
// would read as parties of their own.
func (s *sent) deliveriesOf(t *trigger, g *group) *draft {
	p := &g.phrases[0]
	if !p.elided || p.head != t.i || p.lo <= s.lo || s.d.toks[p.lo-1].Norm != "with" {
		return nil
	}
	for k := len(s.d.claims) - 1; k >= 0 && s.d.claims[k].sent == s.idx; k-- {
		if c := &s.d.claims[k]; c.p.cat == p.cat && len(c.sup) > 0 && len(c.rec) > 0 {
			return c
		}
	}
	return nil
}

// flowOfAbsolute returns the index of the claim of this sentence whose
// goods the part an absolute clause names stands for: its bare deliveries
// ("with the first deliveries due in 2027"), or its first items ("with the
// first aircraft possibly arriving within three years", "with the first
// now expected next year"); or -1. The claim is the last before of the
// part's kind, whether or not its parties are known yet (see
// partsOfFlow; deliveriesOf takes them at once where they are).
func (s *sent) flowOfAbsolute(t *trigger, g *group) int {
	p := &g.phrases[0]
	toks := s.d.toks
	switch {
	case p.elided && p.head == t.i && p.lo > s.lo && toks[p.lo-1].Norm == "with":
	case s.firstPart(p) && t.i >= p.lo && t.i <= p.end()+3:
		j := p.start()
		for j > s.lo && toks[j].Norm != "the" {
			j--
		}
		if j <= s.lo || toks[j-1].Norm != "with" {
			return -1
		}
	default:
		return -1
	}
	for k := len(s.d.claims) - 1; k >= 0 && s.d.claims[k].sent == s.idx; k-- {
		if c := &s.d.claims[k]; c.p.cat == p.cat && !c.p.money {
			return k
		}
	}
	return -1
}

// remarkVerb reports whether w, after "declined to" or "refused to", is a
// verb of speaking: what is declined is a remark, not the goods.
func remarkVerb(w string) bool {
	switch w {
	case "comment", "confirm", "say", "discuss", "elaborate", "specify", "disclose", "answer", "respond":
		return true
	}
	return false
}

// bothDeny makes the denial of a sentence whose subject is both parties of
// the transfer told before, named as such: "Both governments deny that any
// arms trade is taking place", "The two countries have denied the
// transfers". It denies the last flow told, of goods of no kind, in the
// parties' voice.
func (s *sent) bothDeny() {
	toks := s.d.toks
	j := s.lo
	var named []string // the two states named as the subject: "Moscow and Pyongyang"
	switch {
	case j+1 < s.hi && toks[j].Norm == "both" && bothNoun(toks[j+1].Norm):
		j += 2
	case j+2 < s.hi && toks[j].Norm == "the" && toks[j+1].Norm == "two" && bothNoun(toks[j+2].Norm):
		j += 3
	default:
		if j < s.hi && toks[j].Norm == "both" {
			j++
		}
		a := s.actorAt(j)
		if a < 0 || s.actors[a].lo != j || s.actors[a].possessive || s.actors[a].demonym {
			return
		}
		codes, _, hi := s.group(a)
		if len(codes) != 2 {
			return
		}
		named, j = codes, hi
	}
	subjHi := j
	for j < s.hi && (isAux(toks[j].Norm) || s.is(j, fAdverb) || toks[j].Norm == "both") {
		j++
	}
	v, ok := s.verbAt(j)
	if !ok || v.Class != classDeny || v.Lemma == "block" || v.Lemma == "veto" {
		return
	}
	if j+2 < s.hi && toks[j+1].Norm == "to" && remarkVerb(toks[j+2].Norm) {
		return // "Both governments declined to comment": a silence, no denial
	}
	for k := len(s.d.claims) - 1; k >= 0 && s.d.claims[k].sent == s.idx; k-- {
		if s.d.claims[k].status == armsledger.Denied {
			return // the sentence's own frame denied the goods it names: "denied that North Korea supplies weapons"
		}
	}
	var base draft // a copy: newDraft may move the claims
	found := false
	for k := len(s.d.claims) - 1; k >= 0 && !found; k-- {
		c := &s.d.claims[k]
		if s.idx-c.sent > 15 {
			break // "both governments" are the story's two parties, however far back told
		}
		if c.sent < s.idx && len(c.sup) > 0 && len(c.rec) > 0 && !sameSet(c.sup, c.rec) {
			base, found = *c, true
		}
	}
	if found && named != nil && !(len(base.sup) == 1 && len(base.rec) == 1 && slices.Contains(named, base.sup[0]) && slices.Contains(named, base.rec[0])) {
		return // two states named who are not the two parties of the flow told
	}
	if !found || base.status == armsledger.Denied {
		return // no flow told between two parties; or told as denied already
	}
	for k := range s.d.claims {
		// The two deny the transfers in the direction the text first told
		// of them ("North Korea's shells for Russia" before Russia's
		// technology in return).
		c := &s.d.claims[k]
		if c.sent < s.idx && len(c.sup) == 1 && len(c.rec) == 1 && (sameSet(c.sup, base.sup) && sameSet(c.rec, base.rec) || sameSet(c.sup, base.rec) && sameSet(c.rec, base.sup)) {
			base.sup, base.rec = c.sup, c.rec
			break
		}
	}
	d := s.newDraft()
	*d = base
	d.status, d.rule, d.sent, d.trig, d.conf, d.denier = armsledger.Denied, "deny.both", s.idx, j, 0.6, true
	item := j // the goods' word after the verb ("any arms trade", "the transfers"), or the verb
	for k := j + 1; k < s.hi && k-j <= 6; k++ {
		if _, ok := s.nounAt(k); ok || s.is(k, fMateriel) {
			item = k
			break
		}
	}
	d.p = phrase{lo: item, hi: item + 1, head: item, cat: armsledger.Other, unit: armsledger.UnitItem}
	d.lo, d.hi = s.lo, item+1
	d.sentLo, d.sentHi, d.para = s.lo, s.hi, s.para
	d.speaker = speaker{name: s.d.text[toks[s.lo].Start:toks[subjHi-1].End]}
	d.time = nil
}

// bothNoun reports whether w names the two parties as such after "both"
// or "the two": "governments", "countries", "sides", "capitals".
func bothNoun(w string) bool {
	switch w {
	case "governments", "countries", "sides", "capitals", "states", "nations":
		return true
	}
	return false
}

// toldFlow is a flow a sentence told between two parties without goods:
// see dealTold and flowTold.
type toldFlow struct {
	sup, rec []string
	sent     int
}

// note keeps the parties of the actors sup and rec of sentence s. The
// group's codes live only while the sentence is read: they are copied.
func (f *toldFlow) note(s *sent, sup, rec int) {
	codes, _, _ := s.group(sup)
	f.sup = slices.Clone(codes)
	codes, _, _ = s.group(rec)
	f.rec, f.sent = slices.Clone(codes), s.idx
}

// rememberDeal notes a deal the sentence says was signed between two
// parties, when it names no goods: "Poland signed framework agreements with
// South Korea in July 2022". See dealTold.
func (s *sent) rememberDeal() {
	for k := range s.trigs {
		t := s.trigs[k]
		if !t.noun && t.class == classCommit {
			if sup, rec := s.packageToldFor(&t); rec >= 0 {
				// "Britain and Norway announced a joint package for
				// Ukraine": what the package holds, told after, goes so.
				s.d.dealTold.note(s, sup, rec)
				return
			}
			continue
		}
		if !t.noun || t.class != classSell && t.class != classCommit || s.governor(t).lemma != "sign" {
			continue
		}
		sup, rec, ok := s.dealRoles(&t)
		if !ok {
			if subj := s.subject(s.governor(t)); subj >= 0 {
				// "Japan and the Philippines signed a defence agreement":
				// two parties, and the goods told after say who sells.
				if codes, _, _ := s.group(subj); len(codes) == 2 {
					s.d.dealTold = toldFlow{sup: slices.Clone(codes), sent: s.idx}
					return
				}
			}
			continue
		}
		s.d.dealTold.note(s, sup, rec)
		return
	}
}

// packageToldFor returns the giver and the recipient of a package the
// verb of promise t announces with no goods named: its subject, and the
// state after "for" or "to" past the package noun ("announced a joint
// package for Ukraine"); else -1s.
func (s *sent) packageToldFor(t *trigger) (sup, rec int) {
	toks := s.d.toks
	for j := t.i + 1; j < s.hi && j <= t.i+5; j++ {
		if w := toks[j].Norm; w != "package" && w != "packages" && lex.sets[toks[j].word]&setGeneric == 0 && w != "kinds" && w != "types" {
			continue // "announced a joint package for Ukraine", "pledged three kinds of equipment to Ukraine"
		}
		sup, rec = s.subject(*t), s.ppActor(j+1, min(s.hi, j+4), "for", "to")
		if rec < 0 {
			continue // "three kinds of equipment to Ukraine": the noun nearer its "to"
		}
		if sup < 0 || s.actors[sup].ref.Code == s.actors[rec].ref.Code {
			return -1, -1
		}
		return sup, rec
	}
	if t.passive {
		// "Spain's latest aid to Ukraine was announced in Madrid": the
		// package is the subject, its owner the giver.
		for j := t.i - 1; j > s.lo && t.i-j <= 8; j-- {
			if w := toks[j].Norm; w != "package" && w != "packages" && w != "aid" && w != "assistance" {
				continue
			}
			rec = s.ppActor(j+1, min(t.i, j+4), "for", "to")
			for k := j - 1; k >= s.lo && j-k <= 3; k-- {
				if a := s.actorAt(k); a >= 0 && s.actors[a].possessive {
					if rec >= 0 && s.actors[a].ref.Code != s.actors[rec].ref.Code {
						return a, rec
					}
					break
				}
			}
			return -1, -1
		}
	}
	return -1, -1
}

// rememberFlow notes a flow between two parties that a noun of transfer
// tells with no goods, and no claim of the sentence holds: "The Pentagon
// paused some deliveries to Ukraine", "the Pentagon halted some deliveries
// that had been promised to Kyiv" (see flowTold). made is the number of
// claims before the sentence's.
func (s *sent) rememberFlow(made int) {
	for k := range s.trigs {
		t := s.trigs[k]
		if !t.noun || t.class != classGive && t.class != classMove && t.class != classSell {
			continue // (a sale too: "approved a possible sale to Taiwan")
		}
		if slices.ContainsFunc(s.d.claims[made:], func(c draft) bool { return c.trig == t.i }) {
			continue
		}
		to := s.ppActor(t.i, min(s.hi, t.i+8), "to", "for")
		sup := s.possessor(t.i)
		if sup < 0 {
			if gv := s.governor(t); gv.i < t.i {
				sup = s.subject(gv) // "The Pentagon paused some deliveries to Ukraine"
			}
		}
		if to < 0 || sup < 0 || s.actors[sup].ref.Code == s.actors[to].ref.Code {
			continue
		}
		s.d.flowTold.note(s, sup, to)
		return
	}
}

// itemsReported returns the goods of every transfer the sentence before
// told, when the last item named is one of them, one of a kind and in the
// order told: "Local television reported that Pakistan would receive 40
// J-35 fighters, along with KJ-500 radar planes and HQ-19 systems. The
// minister dismissed the reports" denies all three. Else last, alone.
func (s *sent) itemsReported(last []phrase) []phrase {
	cs := s.d.claims
	n := len(cs)
	if n == 0 || cs[n-1].sent != s.idx-1 || cs[n-1].p.lo != last[0].lo && s.d.goodsOfClaim(last[0].lo) {
		return last // (goods that moved in no claim, "had been issued Russian weapons", are no flow reported)
	}
	lo := n - 1
	for lo > 0 && cs[lo-1].sent == cs[n-1].sent && cs[lo-1].status == cs[n-1].status && sameSet(cs[lo-1].rec, cs[n-1].rec) {
		lo--
	}
	var out []phrase
	for k := lo; k < n; k++ {
		if p := cs[k].p; !p.money && !slices.ContainsFunc(out, func(q phrase) bool { return q.lo == p.lo || s.d.exampleOf(&q, &p) }) {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return last
	}
	return out
}

// exampleOf reports whether goods p are an example the text gave of
// weapons g named of no kind before them: "an arms delivery to the Wagner
// group, including infantry rockets and missiles". Who dismisses the
// report denies the delivery it told, not each example of it.
func (d *doc) exampleOf(g, p *phrase) bool {
	if g.cat != armsledger.Other || g.hi > p.lo || p.lo-g.hi > 16 {
		return false
	}
	for j := g.hi; j < p.lo; j++ {
		switch w := d.toks[j].Norm; {
		case w == ";" || w == ".":
			return false
		case slices.Contains(exampleWords, w), w == "such" && d.toks[j+1].Norm == "as":
			return true
		}
	}
	return false
}

// goodsOfClaim reports whether the goods that start at lo are a claim's.
func (d *doc) goodsOfClaim(lo int) bool {
	return slices.ContainsFunc(d.claims, func(c draft) bool { return c.p.lo == lo })
}

// deniedReports makes the denial of a sentence that dismisses what was
// reported before without saying it again: "Pyongyang dismissed the reports
// as lies", "Tehran has rejected the accusations". The denier is a party to
// the last transfer told, of the last item named; inherit finds which. A
// sentence with goods of its own (groups; made is the number of claims
// before it) may dismiss, in a clause after them, what it has just told
// (see toldBeforeDenial).
func (s *sent) deniedReports(att attrib, groups []group, made int) {
	if !s.has(fCall) && !slices.ContainsFunc(s.trigs, func(t trigger) bool { return t.class == classDeny }) {
		return // neither a verb of denying nor one of calling: most sentences
	}
	toks := s.d.toks
	k := 0 // the first trigger at or after i
	for i := s.lo; i < s.hi; i++ {
		for k < len(s.trigs) && s.trigs[k].i < i {
			k++
		}
		t, ok := trigger{i: i}, k < len(s.trigs) && s.trigs[k].i == i
		if ok {
			t = s.trigs[k]
		}
		deny := ok && !t.noun && !t.passive && t.class == classDeny
		call := !deny && s.is(i, fCall) // "called" is also a verb of request: "called on X to send"
		if !deny && !call {
			continue
		}
		t.i = i
		j := t.i + 1
		for j < s.hi && j <= t.i+3 && (s.is(j, fDeterminer) || toks[j].Norm == "such" || s.actorAt(j) >= 0) {
			j++
		}
		if j >= s.hi || !claimNoun(toks[j].Norm) && !s.reportsAsPronoun(j, t.i, deny) {
			continue
		}
		if call {
			// "called the accusations unfounded": a denial only with a
			// word that says they are false.
			e := j + 1
			if e < s.hi && toks[e].Norm == "of" {
				// "called reports of the deployment another hoax": past
				// what the reports are of
				for e++; e < s.hi && e <= j+5 && toks[e].Kind == Word && !falseWord(toks[e].Norm) && !s.is(e, fVerb); e++ {
				}
			}
			for e < s.hi && e <= j+8 && (toks[e].Norm == "as" || toks[e].Kind == Punct || toks[e].Norm == "a" || toks[e].Norm == "another" || toks[e].Norm == "pure" || toks[e].Norm == "complete") {
				e++ // "called the accusation \"baseless\"", "as another hoax"
			}
			if e+1 < s.hi && toks[e].Kind == Word && !s.is(e, fVerb) && falseWord(toks[e+1].Norm) {
				e++ // "blatant lies", "outright fabrications": the word that says false, past its modifier
			}
			if e >= s.hi || !falseWord(toks[e].Norm) {
				continue
			}
			j = e
		}
		subj := s.subject(t)
		if subj < 0 {
			// "Tehran's mission to the UN called ...": the state whose body
			// speaks opens the sentence.
			if a := s.actorAt(s.lo); a >= 0 && s.actors[a].possessive && s.actors[a].prep == "" && t.i-s.lo <= 8 {
				subj = a
			}
		}
		if subj < 0 {
			return
		}
		speakerHi := s.actors[subj].hi // the end of the words of who speaks
		if s.actors[subj].possessive && t.i-speakerHi <= 6 {
			speakerHi = t.i // "Iran's foreign ministry has rejected ..."
			for speakerHi-1 > s.actors[subj].hi && (isAux(toks[speakerHi-1].Norm) || s.is(speakerHi-1, fAdverb)) {
				speakerHi--
			}
		}
		r := roleResult{lo: t.i, hi: j + 1}
		var items []phrase
		reported := 0
		if len(groups) > 0 {
			if items = s.toldBeforeDenial(groups, made, t.i); len(items) == 0 {
				return
			}
		} else if p, ok := s.reportsOf(j); ok {
			items = []phrase{p} // "dismissed reports of North Korean troops in Russia": the goods the reports name
		} else if k, told := s.d.reportedFlow(s.idx); k > 0 {
			items, reported = told, k
		} else {
			items = s.itemsReported([]phrase{s.d.named[len(s.d.named)-1]})
		}
		m := &s.actors[subj]
		for _, item := range items {
			d := draft{sup: r.take(s, subj), p: item, status: armsledger.Denied, rule: "deny.reports", sent: s.idx, trig: t.i, conf: 0.6, denier: true}
			d.p.qty, d.p.share, d.p.whole = nil, nil, nil
			s.finishDraft(&d, att, r.lo, r.hi)
			last := &s.d.claims[len(s.d.claims)-1]
			last.lo, last.hi = min(r.lo, m.lo), r.hi // the denial's words, not the item's sentence
			last.reports, last.reportDenier = reported, m.ref.Code
			if (last.speaker.name == "" || len(groups) > 0) && !m.resolved {
				// Who dismisses the reports says so, not who told them
				// earlier in the sentence.
				last.speaker = speaker{name: s.d.text[toks[m.lo].Start:toks[speakerHi-1].End], code: m.ref.Code}
			}
		}
		return
	}
}

// reportedFlow returns 1 + the index of the last claim that a sentence
// before sent (within three) told as reported, and one item of each kind
// its flow named (or 0 and nil): inherit gives the denial its parties, when
// the denier is one of them: "Sky News reported that the ship Begey had
// carried shells to Russia. The source said the shells were paid for in
// cash. Iran's foreign ministry denied the report" denies Iran's shells,
// not the payment told since. Reporting is told by its own words
// ("reported", "according to", "allegedly"), not by "said", which every
// sentence may carry.
func (d *doc) reportedFlow(sent int) (int, []phrase) {
	for k := len(d.claims) - 1; k >= 0; k-- {
		c := &d.claims[k]
		if c.sent >= sent {
			continue
		}
		if sent-c.sent > 3 {
			return 0, nil
		}
		if c.status == armsledger.Denied || c.p.money || c.p.cat == armsledger.Container || !d.toldAsReported(c) {
			continue
		}
		var items []phrase
		for q := range d.claims {
			o := &d.claims[q]
			if o.sent == c.sent && !o.p.money && o.p.cat != armsledger.Container && o.status != armsledger.Denied && partiesAgree(o.sup, c.sup) && partiesAgree(o.rec, c.rec) && !d.kindDenied(items, &o.p) {
				items = append(items, o.p)
			}
		}
		return k + 1, items
	}
	return 0, nil
}

// partiesAgree reports whether two sides read so far may be one: the same
// states, or one not read yet (its sentence's readings come later).
func partiesAgree(a, b []string) bool {
	return len(a) == 0 || len(b) == 0 || sameSet(a, b)
}

// kindDenied reports whether items hold goods of p's kind that p names no
// other model of: a report denied is one denial of "shells and rounds",
// and one of each system it named ("J-35 fighters and KJ-500 aircraft").
// The containers that held the goods are no goods of their own.
func (d *doc) kindDenied(items []phrase, p *phrase) bool {
	return slices.ContainsFunc(items, func(q phrase) bool { return q.cat == p.cat && !d.otherModel(&q, p) })
}

// toldAsReported reports whether the sentence of claim c tells its flow
// as a report or an allegation: "Reuters reported that ...", "according
// to media", "was allegedly shipped".
func (d *doc) toldAsReported(c *draft) bool {
	for j := c.sentLo; j < c.sentHi; j++ {
		switch d.toks[j].Norm {
		case "reported", "reportedly", "reports", "report", "alleged", "allegedly", "alleging", "accused", "according":
			return true
		}
	}
	return false
}

// toldBeforeDenial returns the goods of the claims the sentence itself
// told before a clause that dismisses them at v: "Iran has delivered
// missiles to Russia, Blinken said; Tehran called the accusation
// baseless", "Reports that Beijing will sell Islamabad 40 J-35 fighters
// have circulated, though Khawaja Asif has dismissed them". Goods named
// after the denial, or in its own clause, leave it to the frames. made is
// the number of claims before the sentence's.
func (s *sent) toldBeforeDenial(groups []group, made, v int) []phrase {
	if groups[len(groups)-1].hi > v || !s.clauseBetween(groups[len(groups)-1].hi, v) {
		return nil
	}
	var out []phrase
	for _, c := range s.d.claims[made:] {
		if c.status == armsledger.Denied {
			return nil // "denied that troops were fighting for Russia, dismissing the reports": one denial, told twice
		}
		if p := c.p; p.hi <= v && !p.money && !slices.ContainsFunc(out, func(q phrase) bool { return q.lo == p.lo }) {
			out = append(out, p)
		}
	}
	return out
}

// clauseBetween reports whether a new clause opens between tokens lo and
// hi: a semicolon, or a comma or a conjunction.
func (s *sent) clauseBetween(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		switch s.d.toks[j].Norm {
		case ";", ",", "but", "though", "although", "while", "and":
			return true
		}
	}
	return false
}

// reportsAsPronoun reports whether the pronoun at j, right after the verb
// at v, stands for reports told before: "Defence Minister Khawaja Asif has
// dismissed them as media talk". A verb of denial needs "as" after it
// ("rejected them" may turn down goods); a verb of calling needs the word
// that calls them false, which its caller asks for.
func (s *sent) reportsAsPronoun(j, v int, deny bool) bool {
	if j != v+1 || j+1 >= s.hi {
		return false
	}
	if w := s.d.toks[j].Norm; w != "them" && w != "it" {
		return false
	}
	return !deny || s.d.toks[j+1].Norm == "as"
}

// reportsOf returns the goods named right after "of" past the noun of a
// claim at j ("reports of North Korean troops", "claims of Iranian missile
// deliveries"): what the reports were about, rather than the last goods
// the text named, which may be the craft that carried them.
func (s *sent) reportsOf(j int) (phrase, bool) {
	toks := s.d.toks
	if j+2 >= s.hi || toks[j+1].Norm != "of" {
		return phrase{}, false
	}
	for m := j + 2; m < s.hi && m <= j+5; m++ {
		if toks[m].Kind == Punct {
			break
		}
		if !s.is(m, fMateriel) {
			continue
		}
		if end, ref, ok := lex.materiel.Match(toks, m, s.hi); ok && ref.Cat != "" {
			return phrase{lo: m, hi: end, head: m, cat: ref.Cat, unit: ref.Unit}, true
		}
		// A word that only may start a term goes by: "an" (of "An-26") in
		// "reports of an imminent J-35 purchase".
	}
	return phrase{}, false
}

// denierBody returns, as a speaker, who denies the transfer at t by a verb
// of denial right before it (or a leader's "ruled out sending"): a
// state's body ("Iran's foreign ministry has
// repeatedly denied supplying any drones") or the state itself, by the name
// the text gives it ("Tehran has long denied arming the Houthis"): the
// denial is its word, as "Iran said it sent none" would be.
func (s *sent) denierBody(trig int) speaker {
	toks := s.d.toks
	v := trig - 1
	ruledOut := v-1 > s.lo && toks[v].Norm == "out"
	if ruledOut {
		v-- // "ruled out sending": the denial's verb is one word back
	}
	if v <= s.lo {
		return speaker{}
	}
	if d, ok := s.verbAt(v); !ok || d.Class != classDeny {
		return speaker{}
	} else if stopVerb(d.Lemma) && !ruledOut && slices.ContainsFunc(s.trigs, func(t trigger) bool { return t.i == trig && t.noun }) {
		return speaker{} // "Colombia suspended purchases from Israel": a deed, not a word said
	}
	a := s.subject(trigger{i: v})
	if a < 0 || ruledOut && s.actors[a].ref.kind != kindLeader {
		// A leader who rules out a transfer speaks ("Scholz ruled out
		// sending Taurus"); whether a state that does is its own speaker,
		// writers differ.
		return speaker{}
	}
	if m := &s.actors[a]; !m.possessive {
		if m.prep != "" || m.resolved || m.hi > v {
			return speaker{}
		}
		sp := speaker{name: s.d.text[toks[m.lo].Start:toks[m.hi-1].End], code: m.ref.Code}
		s.d.canonical(&sp)
		return sp
	}
	hi := v
	for hi-1 > s.actors[a].hi && (isAux(toks[hi-1].Norm) || s.is(hi-1, fAdverb)) {
		hi--
	}
	if hi-s.actors[a].hi < 1 || hi-s.actors[a].hi > 4 {
		return speaker{}
	}
	sp := speaker{name: s.d.text[toks[s.actors[a].lo].Start:toks[hi-1].End], code: s.actors[a].ref.Code}
	s.d.canonical(&sp)
	return sp
}

// announcer returns, as a speaker, the leader who announces, pledges,
// promises or confirms the transfer at trig as its subject: "Boris
// Pistorius announced a €500 million package", "Keir Starmer pledged
// 5,000 missiles": to announce or pledge is to say, as "Pistorius said
// Germany would give" names him. A state that does is not its own speaker.
// So for a person who asks aloud ("Defence Minister Anna Berg has asked
// allies for 30 more howitzers", "Carl Lindqvist pressed Washington for jets"):
// the request is his word, whether or not the lexicon knows him. A
// leader who asks his own legislature for the money his state gives
// ("Olaf Nordberg asked parliament for €2 billion for Ukraine") asks
// no one for arms: the text tells the aid in its own voice.
func (s *sent) announcer(trig int, sup []string) speaker {
	v, ok := s.verbAt(trig)
	if !ok || s.nounUse(trig) {
		return speaker{}
	}
	asks := false
	switch v.Lemma {
	case "announce", "unveil", "pledge", "promise", "confirm":
	case "ask", "press", "urge", "plead", "appeal":
		asks = true
	default:
		return speaker{}
	}
	if asks {
		// The asker stands right before the verb: in "Putin is coming to
		// Pyongyang to ask for more shells" the words are whoever's say so,
		// and a relative clause's ("Berg, who has asked for jets since
		// May") is not the one the claim is told in.
		toks := s.d.toks
		j := s.beforeVerb(trig)
		if j < s.lo || toks[j].Norm == "who" || toks[j].Norm == "which" {
			return speaker{}
		}
		if a := s.actorAt(j); a < 0 {
			return s.askingPerson(j)
		} else if s.actors[a].hi != j+1 {
			return speaker{}
		}
	}
	a := s.subject(trigger{i: trig})
	if a < 0 {
		return speaker{}
	}
	m := &s.actors[a]
	if m.ref.kind != kindLeader || m.possessive || m.prep != "" || m.resolved || m.hi > trig || asks && (m.hi != s.beforeVerb(trig)+1 || slices.Contains(sup, m.ref.Code)) {
		return speaker{}
	}
	sp := speaker{name: s.d.text[s.d.toks[m.lo].Start:s.d.toks[m.hi-1].End], code: m.ref.Code}
	s.d.canonical(&sp)
	return sp
}

// beforeVerb returns the token before the verb at trig and the
// auxiliaries and adverbs that go with it ("has since asked"), where its
// subject ends.
func (s *sent) beforeVerb(trig int) int {
	toks := s.d.toks
	j := trig - 1
	for j > s.lo && (isAux(toks[j].Norm) || s.is(j, fAdverb)) {
		j--
	}
	return j
}

// askingPerson returns the named person whose name ends at token j, right
// before a verb of asking, or no one: "Defence Minister Anna Berg has asked
// allies for shells" names her. An unnamed body ("Saudi officials have
// asked") is no person, nor is a name set off by a comma.
func (s *sent) askingPerson(j int) speaker {
	toks := s.d.toks
	if toks[j].Kind != Word || !toks[j].Cap {
		return speaker{}
	}
	lo, hi := s.phraseLeft(j)
	if hi <= lo || hi != j+1 || lo > s.lo && toks[lo-1].Norm == "," {
		return speaker{}
	}
	sp := s.speakerName(lo, hi)
	if !sp.person || sp.from.hi-sp.from.lo < 2 {
		return speaker{} // one capitalised word may be a body's name
	}
	s.d.canonical(&sp)
	return sp
}

// deniedAllegation makes the denial a relative clause tells of the claim
// just made: "The US accused Russia of considering the transfer of
// submarine technology to the North, an allegation Moscow rejected". The
// denier speaks; the flow is the claim's.
func (s *sent) deniedAllegation(att attrib) {
	toks := s.d.toks
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.noun || t.passive || t.class != classDeny || t.i-2 < s.lo {
			continue
		}
		a, hi := s.allegationDenier(t.i)
		if a < 0 {
			continue
		}
		m := &s.actors[a]
		if m.lo-1 < s.lo || !claimNoun(toks[m.lo-1].Norm) {
			continue
		}
		last := len(s.d.claims) - 1
		for last > 0 && s.d.claims[last].sent == s.idx && s.d.claims[last].p.lo > m.lo {
			last-- // "a claim Ankara rejected, saying a C-130 had landed only to refuel": what it says after is no allegation
		}
		if s.idx-s.d.claims[last].sent > 1 || s.d.claims[last].status == armsledger.Denied {
			return
		}
		// Every item the verb gave is alleged: "supplies the Houthis with
		// ballistic missiles, drone parts and advisers, accusations Tehran
		// denies".
		first := last
		for first > 0 && s.sameFlowVerb(first-1, last) {
			first--
		}
		for b := first; b <= last; b++ {
			base := s.d.claims[b] // a copy: newDraft may move the claims
			d := s.newDraft()
			*d = base
			d.status, d.rule, d.sent, d.trig, d.conf, d.denier = armsledger.Denied, "deny.allegation", s.idx, t.i, 0.6, true
			d.p.qty, d.p.share, d.p.whole = nil, nil, nil
			d.lo, d.hi = m.lo-1, t.i+1
			d.sentLo, d.sentHi, d.para = s.lo, s.hi, s.para
			d.speaker = speaker{name: s.d.text[toks[m.lo].Start:toks[hi-1].End], code: m.ref.Code}
			s.d.canonical(&d.speaker)
		}
		return
	}
}

// allegationDenier returns the actor that is the subject of the verb of
// denial at v in a relative clause with no "which" ("a charge Tehran
// rejected"), and the end of its words: the state, or its body after its
// possessive ("a claim Turkey's defence ministry rejected", "a report
// Pakistan's defence minister dismissed"). Or -1.
func (s *sent) allegationDenier(v int) (int, int) {
	if a := s.actorAt(v - 1); a >= 0 {
		if s.actors[a].prep != "" || s.actors[a].possessive {
			return -1, 0
		}
		return a, v
	}
	for a := range s.actors {
		if m := &s.actors[a]; m.possessive && m.prep == "" && m.hi < v && s.pastBody(a) == v {
			return a, v
		}
	}
	return -1, 0
}

// sameFlowVerb reports whether draft b is another item the verb of draft
// last gave beside it: the same sentence and trigger, the same parties.
func (s *sent) sameFlowVerb(b, last int) bool {
	p, q := &s.d.claims[b], &s.d.claims[last]
	return p.sent == q.sent && p.trig >= 0 && p.trig == q.trig && p.status != armsledger.Denied && sameSet(p.sup, q.sup) && sameSet(p.rec, q.rec)
}

// callsFalse reports whether a sentence with no transfer word calls what
// was said false ("Tehran called the accusations unfounded"): a denial
// deniedReports reads.
func (s *sent) callsFalse() bool {
	for _, j := range s.rareFrom(s.lo) {
		if falseWord(s.d.toks[j].Norm) {
			return true
		}
	}
	return false
}

// paidForOther reports whether the verb of paying at t names, after "for",
// the recipient of the goods it pays for: "would pay for a package of
// American-made equipment for Ukraine" — the payer gives, and its money goes
// with the goods rather than back against them.
func (s *sent) paidForOther(t *trigger, rec []string) bool {
	if a := s.ppActor(t.i, s.hi, "for"); a >= 0 {
		codes, _, _ := s.group(a)
		return len(rec) > 0 && sameSet(codes, rec)
	}
	return false
}

// callWords name what something is: "called the reports lies", "branded
// the accusations baseless". The rules read them by their flag, fCall.
var callWords = setOf("called", "calls", "branded", "brands", "described", "describes", "labelled", "labeled", "termed", "deemed")

// wholePledged adds the pledge of the whole that a part delivered was taken
// from, when a relative clause on it says so: "has delivered two of the
// four Patriot systems it promised to Ukraine" — four were promised. So
// for the whole delivered: "has received all 24 of the Rafales it ordered
// from France" tells the order too. t is the frame's verb, r its roles,
// last the index of its draft.
func (s *sent) wholePledged(g *group, t *trigger, r roleResult, last int, att attrib) {
	if last < 0 || s.d.claims[last].sent != s.idx || t.class == classCommit {
		return
	}
	p := &g.phrases[0]
	for k := range s.trigs {
		u := &s.trigs[k]
		if u.i < p.hi || u.i > p.hi+4 || u.class != classCommit && u.class != classSell && u.class != classBuy || u.noun || !s.describes(*g, *u) {
			continue
		}
		if madeToOrder(u.lemma) && s.d.claims[last].status == armsledger.Delivered {
			// "took possession of two jets built for it by France": how
			// goods had came to be, no order told; their maker gave them
			// ("received two jets that France built for it"). (Of goods
			// still to come an order is told: "launched the third of four
			// corvettes it is building for Chile".)
			if a := s.relativeSubject(*g, *u); a >= 0 && len(s.d.claims[last].sup) == 0 {
				s.d.claims[last].sup, _, _ = s.group(a)
			}
			return
		}
		d := s.d.claims[last]
		if a := s.relativeSubject(*g, *u); a >= 0 && u.class == classBuy {
			d.rec, _, _ = s.group(a) // "the 108 tanks Taiwan ordered": the buyer gets them
		} else if a >= 0 {
			d.sup, _, _ = s.group(a)
		}
		whole := p.whole
		if whole == nil && !p.ofSeveral && s.orderOutstanding(g, t, u) {
			// "is awaiting 42 Rafale fighters ordered from France", "is
			// taking delivery of 42 jets it ordered", "paid the first
			// instalment for the 80 jets it ordered": the goods are told
			// as an order still being filled; the order is the claim.
			s.d.claims[last].status = armsledger.Committed
			return
		}
		if whole == nil && !p.ofSeveral {
			// "has received all 24 of the Rafales it ordered": the part is
			// the whole, and the order a claim of its own. (Not "300,000 of
			// the million shells it promised", a part of a whole unread.)
			if !s.wholeCount(p) || s.d.claims[last].status != armsledger.Delivered || u.class == classCommit || s.filledOrder(p, u.i) {
				// (Goods awaited, "bought from the United States", are the
				// order's flow; a pledge kept, "all 24 F-16 jets it pledged",
				// is told once, as given; and so is an order filled, "has
				// received all 36 F-15QA jets it ordered from Boeing".)
				return
			}
			whole = p.qty
		}
		if u.i == t.i && g.lo > s.lo {
			// "launched the third of four corvettes it is building for
			// Chile", "is waiting for the first of 35 jets it bought": the
			// relative verb is the part's own frame, and tells of the
			// whole alone. One claim, of the whole. (A part opening the
			// sentence is the subject of a verb of its own: "Two of the
			// five squadrons India ordered are still to come".)
			c := &s.d.claims[last]
			c.p.qty, c.status, c.rule = whole, armsledger.Committed, "commit.whole"
			return
		}
		d.p.qty, d.status, d.trig, d.rule = whole, armsledger.Committed, u.i, "commit.whole"
		if len(d.sup) == 0 && len(d.rec) == 0 {
			return // the other side, if one is missing, is inherited as the part's is
		}
		s.finishDraft(&d, att, r.lo, r.hi)
		return
	}
}

// orderOutstanding reports whether the frame at t tells goods that a
// relative clause at u says were ordered ("42 Rafale fighters
// ordered from France", "the 80 jets it ordered") as not yet handed over:
// awaited, in the course of delivery ("is taking delivery of") or paid
// for. Such goods are the order's, bound and not yet had. (Goods received,
// "has received all 36 jets it ordered", are the order filled.)
func (s *sent) orderOutstanding(g *group, t, u *trigger) bool {
	if u.lemma != "order" {
		return false // (goods awaited that were "bought" may be had in part, and are told as awaited: see awaitedBefore)
	}
	if t.lemma == "await" || t.lemma == "pay" || s.awaitedBefore(g.lo) || t.noun && s.awaitedBefore(t.i) {
		return true
	}
	return t.noun && t.i-1 > s.lo && s.d.toks[t.i-1].Norm == "taking" && s.progressive(t.i-1)
}

// goesUnused reports whether a form of "go" and a word of being left
// unused ("unspent", "unused") follow a sum ending at i in a few words:
// "$5.6 billion in drawdown authority will go unspent".
func (s *sent) goesUnused(i int) bool {
	toks := s.d.toks
	for j := i; j+1 < s.hi && j-i <= 6; j++ {
		switch toks[j].Norm {
		case "go", "goes", "went", "gone":
			return unusedWord(toks[j+1].Norm)
		case ",", ";":
			return false
		}
	}
	return false
}

// productionWorth reports whether the sum at i is the worth of what an
// industry makes, a production figure and no transfer: "India's domestic
// defence production reached a record ₹1.27 lakh crore", "its industry
// could produce weapons worth about $20 billion a year". The noun must be
// the subject of a verb of level; the verb must have "worth" before the sum.
func (s *sent) productionWorth(i int) bool {
	toks := s.d.toks
	for j := s.lo; j+1 < i; j++ {
		switch toks[j].Norm {
		case "production", "output":
			if levelVerb(toks[j+1].Norm) {
				return true
			}
		case "produce", "produces", "produced", "manufacture", "manufactures", "manufactured":
			if toks[i-1].Norm == "worth" {
				return true
			}
		}
	}
	return false
}

// levelVerb reports whether w says what level an amount reached: "rose",
// "reached", "totalled".
func levelVerb(w string) bool {
	switch w {
	case "reached", "reaches", "rose", "rises", "grew", "grows", "hit", "hits", "totalled", "totaled", "totals", "topped", "tops", "stood", "stands", "climbed", "climbs", "jumped", "was", "is":
		return true
	}
	return false
}

// exchangeGerund reports whether the verb at i is a gerund right after "in
// return for" or "in exchange for": "in return for sending troops".
func (s *sent) exchangeGerund(i int) bool {
	toks := s.d.toks
	return i-3 >= s.lo && strings.HasSuffix(toks[i].Norm, "ing") && toks[i-1].Norm == "for" && exchangeWords[toks[i-2].Norm] && toks[i-3].Norm == "in"
}

// dealPartyBefore returns, for a participle at i set off by a comma
// ("..., buying 24 fighters"), the state a contract or deal before it in
// the sentence was made with ("contracts with Moscow"), or -1.
func (s *sent) dealPartyBefore(i int) int {
	toks := s.d.toks
	if i-1 <= s.lo || toks[i-1].Norm != "," || !strings.HasSuffix(toks[i].Norm, "ing") {
		return -1
	}
	for a := len(s.actors) - 1; a >= 0; a-- {
		m := &s.actors[a]
		if m.hi >= i || m.prep != "with" || m.lo < s.lo+2 {
			continue
		}
		if contractNoun(toks[m.lo-2].Norm) || m.lo-3 >= s.lo && contractNoun(toks[m.lo-3].Norm) && toks[m.lo-2].Norm == "signed" {
			return a // "contracts with Moscow", "a deal signed with France"
		}
	}
	return -1
}

// purposeState returns the state that a purpose clause right after token
// i says the goods are to help ("to help rebuild the Kursk region", "to
// fight for Russia", "to support Russian forces"), or -1.
func (s *sent) purposeState(i int) int {
	toks := s.d.toks
	j := i
	if j < s.hi && toks[j].Norm == "," {
		j++
	}
	if j+1 >= s.hi || toks[j].Norm != "to" {
		return -1
	}
	switch toks[j+1].Norm {
	case "help", "assist", "support", "aid", "fight", "rebuild", "reinforce", "bolster", "defend", "protect", "back", "shore":
	default:
		return -1
	}
	for k := j + 2; k < s.hi && k <= j+7; k++ {
		switch toks[k].Norm {
		case ",", ";", "against":
			return -1 // "to fight against Ukraine": whom they fight, not whom they help
		}
		if a := s.actorAt(k); a >= 0 {
			m := &s.actors[a]
			if m.speaker || m.demonym && !s.demonymBody(a) {
				return -1
			}
			return a
		}
	}
	return -1
}

// arrivedIn returns the state a verb of arrival right after the goods
// says they reached ("arrived in Venezuela", "reached Russia", "landed at
// a base in Syria"), or -1.
func (s *sent) arrivedIn(g *group) int {
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.i < g.hi || t.noun || t.class != classArrive {
			continue
		}
		if t.i-g.hi > 4 || !s.predicateGap(g.hi, t.i) {
			return -1
		}
		for j := t.i + 1; j < s.hi && j <= t.i+6; j++ {
			if a := s.actorAt(j); a >= 0 {
				if m := &s.actors[a]; !m.speaker && !m.demonym && (m.prep == "in" || m.prep == "at" || m.prep == "to" || m.prep == "") {
					return a
				}
				return -1
			}
			if s.d.toks[j].Norm == "," {
				return -1
			}
		}
		return -1
	}
	return -1
}

// seenIn returns the state a relative clause right after the goods ending
// at i places them in by sight ("..., which were spotted in Russia's Kursk
// region", "that have been seen in Russia"), or -1.
func (s *sent) seenIn(i int) int {
	toks := s.d.toks
	j := i
	if j < s.hi && toks[j].Norm == "," {
		j++
	}
	if j >= s.hi || toks[j].Norm != "which" && toks[j].Norm != "that" {
		return -1
	}
	for j++; j < s.hi && (s.is(j, fBe) || isAux(toks[j].Norm) || s.is(j, fAdverb)); j++ {
	}
	if j+1 >= s.hi {
		return -1
	}
	switch toks[j].Norm {
	case "spotted", "seen", "observed", "photographed", "filmed", "found", "identified", "deployed", "used":
	default:
		return -1
	}
	for k := j + 1; k < s.hi && k <= j+4; k++ {
		if a := s.actorAt(k); a >= 0 {
			if m := &s.actors[a]; m.prep == "in" && !m.demonym {
				return a
			}
			return -1
		}
	}
	return -1
}

// builtBy returns the state after "built by", "built in" or "made in" in
// or right after group g, or the state whose demonym is joined to "built"
// or "made" in it ("Russian-built"), or -1.
func (s *sent) builtBy(g *group) int {
	toks := s.d.toks
	for j := g.lo + 2; j < g.hi; j++ {
		// "the Russian-built frigate INS Tushil": the maker's state, joined
		// to the participle.
		if w := toks[j].Norm; (w == "built" || w == "made" || w == "produced") && Joiner(toks, j-1) {
			if a := s.actorAt(j - 2); a >= 0 && s.actors[a].demonym {
				return a
			}
		}
	}
	for j := g.lo; j < s.hi && j <= g.hi+1; j++ {
		if w := toks[j].Norm; (w == "built" || w == "made" || w == "produced") && j+1 < s.hi && (toks[j+1].Norm == "by" || toks[j+1].Norm == "in") {
			for k := j + 2; k < s.hi && k <= j+4; k++ {
				if a := s.actorAt(k); a >= 0 {
					return a
				}
			}
		}
	}
	return -1
}

// toOwnForces reports whether "to its (their) air force, army, navy ..."
// follows the frame soon after token i: a delivery at home.
func (s *sent) toOwnForces(t, i int) bool {
	toks := s.d.toks
	for j := i; j+2 < s.hi && j <= i+3; j++ {
		if toks[j].Norm != "to" {
			continue
		}
		if w := toks[j+1].Norm; w != "its" && w != "their" && w != "his" && w != "her" {
			return false
		}
		switch toks[j+2].Norm {
		case "air", "army", "navy", "military", "forces", "armed", "troops", "own", "units", "fleet":
			return true
		}
		return false
	}
	return false
}

// negotiates reports whether t is a verb of negotiating or the contract
// it takes: "is negotiating with Chile for", "is negotiating a contract
// with Chile for".
func (s *sent) negotiates(t *trigger) bool {
	if t.lemma == "negotiate" {
		return true
	}
	toks := s.d.toks
	return t.noun && contractNoun(toks[t.i].Norm) && t.i-2 >= s.lo && s.is(t.i-1, fDeterminer) && strings.HasPrefix(toks[t.i-2].Norm, "negotiat")
}

// gaveEarlier reports whether a claim of this sentence, told before token
// i, has state c as its only supplier.
func (s *sent) gaveEarlier(c string, i int) bool {
	for k := len(s.d.claims) - 1; k >= 0; k-- {
		d := &s.d.claims[k]
		if d.sent != s.idx {
			return false
		}
		if d.trig < i && len(d.sup) == 1 && d.sup[0] == c && !d.p.money {
			return true
		}
	}
	return false
}

// forcesOwnerBefore returns the one state a possessive on goods names
// before the verb at t that is none of the givers sup ("Pakistan's
// imported weapons"), for "to its navy" after a verb of giving: the possessive
// "its" then points to that state, not to the giver. It returns -1 when
// there is none or more than one.
func (s *sent) forcesOwnerBefore(t int, sup []string) int {
	owner := -1
	for a := range s.actors {
		m := &s.actors[a]
		if m.lo >= t {
			break
		}
		if !m.possessive || m.ref.kind != kindCountry || slices.Contains(sup, m.ref.Code) {
			continue
		}
		if !s.is(m.hi, fMateriel) && !(m.hi+1 < t && s.is(m.hi+1, fMateriel)) {
			continue // whose goods: "Pakistan's weapons", "Pakistan's imported weapons"; not "despite Greece's objections"
		}
		if owner >= 0 && s.actors[owner].ref.Code != m.ref.Code {
			return -1
		}
		owner = a
	}
	return owner
}

// toAnyBuyer reports whether "to" right after token i (or a word or two
// on) takes any buyer at all, no state: "ready to sell drones to any
// country that wanted them", "to anyone". The recipients are left open
// on purpose, and none is to be taken from the claims around.
func (s *sent) toAnyBuyer(i int) bool {
	toks := s.d.toks
	for j := i; j+1 < s.hi && j <= i+3; j++ {
		if toks[j].Norm != "to" {
			continue
		}
		switch toks[j+1].Norm {
		case "anyone", "anybody", "whoever":
			return true
		case "any", "all":
			if j+2 < s.hi {
				switch toks[j+2].Norm {
				case "country", "countries", "nation", "nations", "state", "states", "buyer", "buyers", "customer", "customers":
					return true
				}
			}
		}
		return false
	}
	return false
}

// toSeaOrRegion reports whether "to" or "into" right after token i (or a
// word or two on) takes a sea or a region of many states, no state:
// "deployed an aircraft carrier to the Caribbean", "sent two frigates to
// the Red Sea", "moved troops to Europe", "moved F-35 jets into the
// region". The place is named, so no recipient is to be taken from the
// claims around. ("into the Kursk region" names a state.)
func (s *sent) toSeaOrRegion(i int) bool {
	toks := s.d.toks
	for j := i; j+1 < s.hi && j <= i+3; j++ {
		if toks[j].Norm != "to" && toks[j].Norm != "into" {
			continue
		}
		k := j + 1
		if toks[k].Norm == "the" && k+1 < s.hi {
			k++
			if regionWord(toks[k].Norm) {
				return true // "the region", "the area": the one the text is about, no state's
			}
		}
		if !toks[k].Cap || s.actorAt(k) >= 0 {
			return false
		}
		switch toks[k].Norm {
		case "caribbean", "mediterranean", "pacific", "atlantic", "arctic", "indo-pacific", "sahel", "balkans", "europe", "asia", "africa":
			return true
		case "red", "black", "baltic", "north", "south", "east", "caspian", "arabian":
			return k+1 < s.hi && (toks[k+1].Norm == "sea" || toks[k+1].Norm == "seas")
		}
		return false
	}
	return false
}

// regionWord reports whether w names a stretch of land or sea of no state.
func regionWord(w string) bool {
	switch w {
	case "region", "area", "waters", "theatre", "theater":
		return true
	}
	return false
}

// ownBuyers reports whether the noun of buyers at i is a seller's own,
// unnamed: "Serbia sells only to its own customers and cannot control
// where the shells end up" tells of no buyer.
func (s *sent) ownBuyers(i int) bool {
	toks := s.d.toks
	switch toks[i].Norm {
	case "customers", "customer", "buyers", "buyer", "clients":
	default:
		return false
	}
	j := i - 1
	if j > s.lo && toks[j].Norm == "own" {
		j--
	}
	return j >= s.lo && (toks[j].Norm == "its" || toks[j].Norm == "their")
}

// toCountedBuyers reports whether "to" right after token i (or a word or
// two on) takes a count of states: "the TB2 had been exported to more than
// 30 countries", "to at least a dozen countries". The flow goes to buyers
// the text counts and does not name.
func (s *sent) toCountedBuyers(i int) bool {
	toks := s.d.toks
	for j := i; j+2 < s.hi && j <= i+3; j++ {
		if toks[j].Norm != "to" {
			continue
		}
		counted := false // a count stands before the noun: "30", "a dozen", "several"
		for k := j + 1; k < s.hi && k <= j+6; k++ {
			switch toks[k].Norm {
			case "countries", "nations", "states", "customers", "buyers", "armies", "militaries", "operators", "governments", "clients":
				return counted
			}
			switch {
			case s.inQty[k-s.lo] || toks[k].Norm == "dozen" || toks[k].Norm == "several":
				counted = true
			case counted && toks[k].Kind == Word && s.actorAt(k) < 0 && !s.is(k, fStop):
				// "to several African armies": a word of kind between
				// the count and the buyers names none of them.
			default:
				switch toks[k].Norm {
				case "more", "than", "at", "least", "over", "some", "about", "nearly", "almost", "around", "a":
				default:
					return false
				}
			}
		}
		return false
	}
	return false
}

// passedOn adds the claim of a relative clause that passes the goods of
// a frame on, after its words end at end: "Seoul agreed to lend Washington
// 500,000 rounds, which Washington then sent on to Ukraine" — the goods go
// on from the clause's subject (or, in the passive, from their last
// recipient) to the state after "to". last is the index of the frame's
// last draft.
func (s *sent) passedOn(end, last int, att attrib) {
	if last < 0 || s.d.claims[last].sent != s.idx {
		return
	}
	if p := &s.d.claims[last]; len(p.rec) == 0 && len(p.sup) > 0 {
		s.whichArrive(end, p)
		return
	}
	j := end + 1 // past "that" ("missiles that Washington has refused to provide")
	if s.d.toks[end].Norm == "," {
		j++ // past ", which"
	}
	giver := s.actorAt(j)
	if giver >= 0 {
		j = s.actors[giver].hi
	}
	for k := range s.trigs {
		u := &s.trigs[k]
		// (A sale passes goods on as a gift does: "the F-35, which
		// Washington has so far declined to sell to Riyadh"; an adverb
		// may stand in the verb phrase, and a place phrase before the
		// "to": "which Washington has supplied in the region only to
		// Israel".)
		if u.noun || u.i < j || u.i > j+6 || u.class != classGive && u.class != classMove && u.class != classSell && !(u.class == classCommit && s.negatedBetween(j, u.i)) {
			continue // (a promise passes goods on only in its denial: "the F-35, which Washington has not offered to any Arab state")
		}
		to := -1
		for a := range s.actors {
			if m := &s.actors[a]; m.lo > u.i && m.lo <= u.i+6 && m.prep == "to" {
				to = a
				break
			}
		}
		prev := &s.d.claims[last]
		var sup []string
		switch {
		case giver >= 0:
			sup, _, _ = s.group(giver)
		case u.passive:
			sup = prev.rec
		}
		status := armsledger.Delivered
		for k := j; k < u.i; k++ {
			if v, ok := s.verbAt(k); ok && v.Class == classDeny {
				status = armsledger.Denied // "Taurus missiles, which Scholz has refused to send"
			} else if negWord(s.d.toks[k].Norm) && !s.yetAfter(u.i, u.i) {
				// "Taurus missiles, which Germany has not supplied": a
				// refusal, as "refused to" is ("not yet supplied" is a delay).
				status = armsledger.Denied
			} else if s.is(k, fModal) && status != armsledger.Denied {
				status = armsledger.Expected // "shells, which will be delivered to Ukraine"
			}
		}
		var rec []string
		hi := u.i + 1
		switch {
		case to >= 0:
			rec, _, _ = s.group(to)
			hi = s.actors[to].hi
		case status == armsledger.Denied:
			rec = prev.rec // refused to whoever asked for them
		}
		if len(sup) == 0 || len(rec) == 0 || sameSet(sup, rec) || status == armsledger.Delivered && sameSet(prev.rec, rec) {
			return
		}
		if u.passive && sameSet(prev.sup, rec) && status != armsledger.Denied {
			// "procured 18 howitzers from Ukrainian industry, which will be
			// handed over to the Ukrainian armed forces": bought for the
			// seller's own side, so the buyer gives them to it.
			prev.sup, prev.rec = sup, rec
			return
		}
		d := *prev
		d.sup, d.rec, d.status, d.trig, d.rule = sup, rec, status, u.i, "give.onward"
		d.speaker = speaker{}
		s.finishDraft(&d, att, prev.lo, hi)
		return
	}
}

// negatedBetween reports whether a word of negation stands in tokens
// [lo, hi): "which Washington has not offered".
func (s *sent) negatedBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if negWord(s.d.toks[k].Norm) {
			return true
		}
	}
	return false
}

// afterRanked adds the supply of the state that a ranked noun of
// suppliers names after "after": "Germany is Israel's second-largest
// arms supplier after the United States" tells that the United States
// supplies Israel too, as its largest. The ranking word ("second",
// "third-biggest") stands a few words before the noun; the state
// after "after" is no possessive ("after Russia's invasion" is a time).
func (s *sent) afterRanked(t *trigger, last int, att attrib) {
	toks := s.d.toks
	if last < 0 || s.d.claims[last].sent != s.idx || s.d.claims[last].trig != t.i || t.i+2 >= s.hi || toks[t.i+1].Norm != "after" {
		return
	}
	ranked := false
	for j := t.i - 1; j >= s.lo && j >= t.i-5; j-- {
		w := toks[j].Norm
		if k := strings.IndexByte(w, '-'); k > 0 {
			w = w[:k] // "second-largest"
		}
		if w == "second" || w == "third" || w == "fourth" || w == "fifth" {
			ranked = true
			break
		}
	}
	j := t.i + 2
	if toks[j].Norm == "the" && j+1 < s.hi {
		j++
	}
	a := s.actorAt(j)
	if !ranked || a < 0 || s.actors[a].possessive || s.actors[a].ref.kind == kindDemonym {
		return
	}
	prev := &s.d.claims[last]
	sup, _, hi := s.group(a)
	if len(sup) == 0 || overlaps(sup, prev.sup) || overlaps(sup, prev.rec) {
		return
	}
	d := *prev
	d.sup, d.rule = sup, "give.ranked"
	s.finishDraft(&d, att, prev.lo, hi)
}

// whichArrive gives the frame p, whose goods go to no one named, the
// state a relative clause after its words says they arrive in: "Germany
// will send 20 tanks, which will arrive in Ukraine in May".
func (s *sent) whichArrive(end int, p *draft) {
	for k := range s.trigs {
		u := &s.trigs[k]
		if u.noun || u.i < end+2 || u.i > end+5 || u.class != classArrive || !s.arrivedAt(u.i+1) {
			continue
		}
		if rec, _, _ := s.group(s.actorAt(u.i + 2)); !overlaps(rec, p.sup) {
			p.rec = rec
		}
		return
	}
}

// gapped adds the claims of clauses that leave out the verb and the item
// they share with the clause before: "The Netherlands pledged 18 F-16s to
// Kyiv, Denmark 19 and Norway six" — Denmark pledged 19 F-16s, Norway six.
// Each is a state and a count after a comma or "and", and nothing else
// until the next comma, "and" or the sentence's end. first is the index of
// the draft of the full clause, which ends before token i: a draft is
// copied only for a gapped clause found, not for every count.
func (s *sent) gapped(first int, i int, att attrib) {
	toks := s.d.toks
	for i < s.hi && (toks[i].Norm == "," || toks[i].Norm == "and") {
		if i+1 < s.hi && toks[i].Norm == "," && toks[i+1].Norm == "and" {
			i++ // "Poland 14, and Spain six"
		}
		a := s.actorAt(i + 1)
		if a < 0 {
			return
		}
		m := &s.actors[a]
		if m.demonym || m.possessive || m.prep != "" && m.prep != "and" {
			return
		}
		q := s.quantityAt(m.hi)
		if q == nil || q.Currency != "" || q.Percent || q.Fraction || q.Year {
			return
		}
		if end := q.Hi; end < s.hi && toks[end].Norm != "," && toks[end].Norm != "and" && toks[end].Kind != Punct {
			return
		}
		d := s.d.claims[first]
		if strings.HasPrefix(d.rule, "receive.") {
			d.rec, _, _ = s.group(a) // "Egypt has bought 54 Rafale jets and Qatar 36": Qatar bought 36
		} else {
			d.sup, _, _ = s.group(a)
		}
		d.supFromDemonym, d.inherited = false, false
		d.p.qty, d.p.increment = q, false
		d.p.restatedTo = 0
		d.trig = -1 // the verb is the first clause's; the evidence is the gapped clause
		d.conf -= 0.1
		s.finishDraft(&d, att, m.lo, q.Hi)
		i = q.Hi
	}
}

// asOthersDo adds the claim of a clause of comparison after the comma at
// i that says other states do what the clause before tells, with "do" for
// its verb: "China has not been recorded as transferring weapons to
// Russia, as Iran and North Korea do" — Iran and North Korea transfer them,
// whatever the first clause says of China. last is the index of the
// frame's last draft.
func (s *sent) asOthersDo(last, i int, att attrib) {
	toks := s.d.toks
	if toks[i+1].Norm != "as" && toks[i+1].Norm != "like" {
		return
	}
	a := s.actorAt(i + 2)
	if a < 0 || s.actors[a].demonym || s.actors[a].possessive {
		return
	}
	codes, _, hi := s.group(a)
	if hi >= s.hi {
		return
	}
	var st armsledger.Status
	switch toks[hi].Norm {
	case "do", "does", "did", "have", "has", "had":
		st = armsledger.Delivered
	case "will":
		st = armsledger.Expected
	default:
		return
	}
	if hi+1 < s.hi && toks[hi+1].Kind == Word && !s.is(hi+1, fAdverb) && toks[hi+1].Norm != "so" {
		return // "as Iran does business": a verb of its own, no ellipsis
	}
	d := s.d.claims[last]
	if overlaps(codes, d.rec) {
		return
	}
	d.sup, d.status = codes, st
	d.supFromDemonym, d.inherited = false, false
	d.trig = -1 // the verb is the first clause's; the evidence is the comparison
	d.conf -= 0.1
	s.finishDraft(&d, att, s.actors[a].lo, hi+1)
}

// gappedRecipients adds the claims of clauses that leave out the verb, the
// giver and the item they share with the clause before, and name another
// recipient, perhaps with its own count: "Turkey has sold 12 ANKA drones to
// Indonesia and three to Malaysia", "sold K9s to Egypt for $1.7 billion and
// to Romania for about $1 billion". first is the index of the draft of the
// full clause, which ends before token i. (The sum a gapped clause names
// goes to its recipient by ownRecipient.)
func (s *sent) gappedRecipients(first int, i int, att attrib) {
	toks := s.d.toks
	skipSum := func(i int) int { // past "for $1.7 billion"
		if i+1 < s.hi && toks[i].Norm == "for" {
			if q := s.quantityAt(i + 1); q != nil && q.Currency != "" {
				return q.Hi
			}
		}
		return i
	}
	i = skipSum(i)
	for i+2 < s.hi && (toks[i].Norm == "and" || toks[i].Norm == "," && toks[i+1].Norm == "and") {
		if toks[i].Norm == "," {
			i++
		}
		j := i + 1
		q := s.quantityAt(j)
		if q != nil {
			if q.Currency != "" || q.Percent || q.Fraction || q.Year {
				return
			}
			j = q.Hi
		}
		if j+1 >= s.hi || toks[j].Norm != "to" {
			return
		}
		a := s.actorAt(j + 1)
		if a < 0 || s.actors[a].lo != j+1 || s.actors[a].possessive || s.actors[a].demonym {
			return
		}
		d := s.d.claims[first]
		if d.p.money || d.sent != s.idx {
			return
		}
		codes, _, hi := s.group(a)
		if overlaps(codes, d.sup) || overlaps(codes, d.rec) {
			return
		}
		d.rec, d.inherited, d.supFromDemonym = codes, false, false
		d.p.qty, d.p.increment, d.p.restatedTo = q, false, 0
		d.p.share, d.p.whole = nil, nil
		d.trig = -1 // the verb is the first clause's; the evidence is the gapped clause
		d.conf -= 0.1
		s.finishDraft(&d, att, i+1, hi)
		i = skipSum(hi)
	}
}

// moreToFollow adds the claim of a count said to come later, after the
// clause that told of the first: "shipped six tanks to Ukraine, with four
// more to follow" — four more tanks are expected. first is the index of the
// draft of the full clause, which ends before token i.
func (s *sent) moreToFollow(first int, i int, att attrib) {
	toks := s.d.toks
	if i+3 >= s.hi || toks[i].Norm != "," || toks[i+1].Norm != "with" {
		return
	}
	q := s.quantityAt(i + 2)
	if q == nil || q.Currency != "" || q.Percent || q.Fraction || q.Year || q.Hi+1 >= s.hi {
		return
	}
	if w := toks[q.Hi].Norm; w != "more" && w != "others" && w != "further" {
		return
	}
	switch toks[q.Hi+1].Norm {
	case "to", "expected", "due", "planned", "scheduled", "coming", "later", "next", "on":
	default:
		return
	}
	d := s.d.claims[first]
	d.p.qty, d.p.increment, d.p.restatedTo = q, true, 0
	d.status, d.trig = armsledger.Expected, -1
	d.conf -= 0.1
	end := q.Hi + 2
	if toks[q.Hi+1].Norm == "to" && end < s.hi {
		end++ // "to follow", "to come"
	}
	if toks[q.Hi+1].Norm == "on" && end < s.hi && toks[end].Norm == "order" {
		// "received two helicopters, with four more on order": ordered,
		// bound, as goods that "are on order" are; not yet on their way.
		d.status = armsledger.Committed
		end++
	}
	s.finishDraft(&d, att, i+1, end)
}

// itemsOrigin reports whether sup is the maker that the demonym of one
// of g's items names ("Norwegian NASAMS"): the roles took the seller from
// an item, not from the clause.
func itemsOrigin(g *group, sup []string) bool {
	for k := range g.phrases {
		if o := g.phrases[k].demonym; len(o) > 0 && slices.Equal(o, sup) {
			return true
		}
	}
	return false
}

// ownerOfItem returns the state whose possessive opens phrase p
// ("Norway's NASAMS"), or -1.
func (s *sent) ownerOfItem(p *phrase) int {
	for _, j := range [2]int{p.lo, p.lo - 1} {
		if a := s.actorAt(j); a >= 0 && j >= s.lo && s.actors[a].possessive && s.actors[a].hi <= p.head && s.actors[a].ref.kind != kindInstitution {
			return a
		}
	}
	return -1
}

// ownerOfGroup reports whether sup is the one state whose possessive opens
// one of the group's items: the roles took it from an item, not a clause.
func (s *sent) ownerOfGroup(sup []string, g *group) bool {
	if len(sup) != 1 {
		return false
	}
	for k := range g.phrases {
		if a := s.ownerOfItem(&g.phrases[k]); a >= 0 && s.actors[a].ref.Code == sup[0] {
			return true
		}
	}
	return false
}

// ownSource returns the actor after "from" right after phrase p, or -1:
// the seller of that item alone, in a list whose items name their own.
func (s *sent) ownSource(p *phrase) int {
	j := p.end()
	if j+1 >= s.hi || s.d.toks[j].Norm != "from" {
		return -1
	}
	j++
	if s.d.toks[j].Norm == "the" && j+1 < s.hi {
		j++
	}
	if a := s.actorAt(j); a >= 0 && s.actors[a].prep == "from" && s.actors[a].ref.kind != kindPlace {
		return a
	}
	return -1
}

// firstItemsSource reports whether the verb's first item names its own
// seller after "from", before item p: "NASAMS from Norway's Kongsberg,
// Germany's IRIS-T SLM". That seller is the first item's.
func (s *sent) firstItemsSource(groups []group, p *phrase) bool {
	if len(groups) < 2 || len(groups[0].phrases) == 0 || groups[0].phrases[0].lo == p.lo {
		return false
	}
	a := s.ownSource(&groups[0].phrases[0])
	return a >= 0 && s.actors[a].hi <= p.lo
}

// homeSource reports whether "from" right after phrase p names the
// buyer's own makers: "from its own industry", "from domestic
// manufacturers", "from local firms".
func (s *sent) homeSource(p *phrase) bool {
	toks := s.d.toks
	j := p.end()
	if j+2 >= s.hi || toks[j].Norm != "from" {
		return false
	}
	j++
	own := false
	if w := toks[j].Norm; w == "its" || w == "their" {
		own = true
		j++
	}
	switch toks[j].Norm {
	case "own", "domestic", "local", "national", "home-grown", "homegrown":
		own = true
		j++
	}
	if j+1 < s.hi && (militaryWord(toks[j].Norm) || toks[j].Norm == "defence-industrial") {
		j++ // "from its own defence industry", "from domestic arms makers"
	}
	return own && j < s.hi && makerNoun(toks[j].Norm)
}

// quantityAt returns the sentence's quantity that starts at token i, if any.
func (s *sent) quantityAt(i int) *QuantityMatch {
	for k := range s.quants {
		if s.quants[k].Lo == i {
			return &s.quants[k]
		}
	}
	return nil
}

// armsWithoutItem makes a claim of "arming" a state when no item is named:
// "Iran denies arming Russia", "North Korea has been arming Moscow" — the
// verb itself says weapons moved.
func (s *sent) armsWithoutItem(att attrib) {
	for k := range s.trigs {
		t := &s.trigs[k] // a pointer: a trigger is seven words to copy
		if t.lemma == "supply" && !t.noun && !t.passive && s.suppliesOnlyParty(t.i) && !s.firmSubject(t.i) {
			// "denies supplying the RSF", "charges that it supplies the
			// Houthis": a state supplied, with goods of no kind named.
		} else if t.lemma != "arm" && t.lemma != "equip" || t.noun || s.toldToStop(t.i) {
			continue // ("Washington must stop arming Taiwan": a demand)
		}
		toGroup := !t.passive && s.objectActor(t.i, s.hi) < 0 && s.groupObject(t.i)
		if t.passive && s.ppActor(t.i+1, min(s.hi, t.i+6), "by") < 0 || !t.passive && s.objectActor(t.i, s.hi) < 0 && s.sidesObject(t.i) < 0 && !toGroup {
			continue // "Iran is arming the Houthis", "the Houthis are armed by Iran", "denied arming either side", "arming the group"
		}
		p := phrase{lo: t.i, hi: t.i + 1, head: t.i, cat: armsledger.Other, unit: "item"}
		g := group{phrases: []phrase{p}, lo: t.i, hi: t.i + 1}
		r := s.roles(*t, g)
		st := s.status(*t, g)
		if r.status != "" {
			st = r.status
		}
		d := draft{sup: r.sup, rec: r.rec, p: p, status: st, rule: r.rule, sent: s.idx, trig: t.i, conf: r.conf - 0.1, open: r.open, groupTold: toGroup}
		s.finishDraft(&d, att, r.lo, r.hi)
	}
}

// suppliesOnlyParty reports whether the verb "supply" at i takes a party
// for its object and nothing more in its clause: "denies supplying the
// RSF", "that it supplies the Houthis in Yemen" (not "supplies Russia with
// drones", "supplies 40% of Russia's imports").
func (s *sent) suppliesOnlyParty(i int) bool {
	a := s.objectActor(i, s.hi)
	if a < 0 || s.actors[a].possessive {
		return false
	}
	end := s.clauseEnd(i)
	if end <= s.actors[a].hi {
		return true
	}
	for j := s.actors[a].hi; j < end; j++ {
		if s.is(j, fMateriel) || s.inQty[j-s.lo] || s.d.toks[j].Norm == "with" {
			return false
		}
	}
	return true
}

// firmSubject reports whether a firm named by a common noun ("the
// company", "the firm") is the subject of the verb at i, in the few words
// before it: what a maker would supply is its products, of a kind the
// text told, not goods of no kind.
func (s *sent) firmSubject(i int) bool {
	for j := i - 1; j >= s.lo && i-j <= 4; j-- {
		switch s.d.toks[j].Norm {
		case "company", "firm", "manufacturer", "maker", "group", "contractor":
			return true
		}
	}
	return false
}

// groupObject reports whether the object of the verb at t is an armed group
// named by a common noun, which stands for the one the text named before:
// "Abu Dhabi has denied arming the paramilitary group", "arming the
// militia".
func (s *sent) groupObject(t int) bool {
	toks := s.d.toks
	j := t + 1
	if j >= s.hi || toks[j].Norm != "the" {
		return false
	}
	for j++; j < s.hi && j <= t+4; j++ {
		switch toks[j].Norm {
		case "group", "militia", "militias", "rebels", "movement", "paramilitaries", "insurgents", "fighters":
			return true
		case "paramilitary", "armed", "militant", "rebel", "islamist", "shiite", "shia", "sunni", "palestinian", "lebanese", "yemeni", "sudanese":
			continue
		}
		return false
	}
	return false
}

// helpAt returns the token of "help" that takes a state and a verb of
// making ("Russia is helping China create a missile warning system",
// "helped Iran to build drones"), or -1. What one state helps another
// make is know-how it gives. ("help" is no verb of the lexicons: "to help
// Ukraine" says why goods go, not that any do.)
func (s *sent) helpAt() int {
	if !s.has(fRare) {
		return -1 // (the forms of "help" are rare words: most sentences hold none)
	}
	return s.helpAtRest()
}

// helpAtRest is helpAt past its first test (see gates in words.go).
func (s *sent) helpAtRest() int {
	toks := s.d.toks
	for _, i := range s.rareFrom(s.lo) {
		if i+2 >= s.hi {
			break
		}
		switch toks[i].Norm {
		case "help", "helps", "helped", "helping":
		default:
			continue
		}
		j := i + 1
		if toks[j].Norm == "our" || toks[j].Norm == "its" || toks[j].Norm == "their" {
			j++ // "helping our Chinese partners create"
		}
		a := s.actorAt(j)
		if a < 0 && (toks[j].Norm == "it" || toks[j].Norm == "them") {
			a = s.helpedPronoun(i, j)
		}
		if a < 0 {
			if s.helpWithoutObject(i) {
				return i
			}
			continue
		}
		if s.actors[a].possessive && s.programmeAt(j) > 0 {
			return i // "helped Iran's space programme"
		}
		j = s.actors[a].hi
		if j < s.hi && (toks[j].Norm == "partners" || toks[j].Norm == "partner" || toks[j].Norm == "allies") {
			j++
		}
		if j < s.hi && toks[j].Norm == "to" {
			j++
		}
		if j+1 < s.hi && s.helpedToWork(j) && !s.thingHelps(i) {
			return i // "helped Iran launch satellites", "helped Pyongyang improve their guidance"
		}
		if j+1 < s.hi && makingVerb(toks[j].Norm) && !(toks[j].Norm == "make" && (toks[j+1].Norm == "up" || toks[j+1].Norm == "sure")) {
			return i // (not "help Russia make up for a shortage")
		}
		if s.setUpPlant(j) {
			return i // "helped it set up a factory at Alabuga": a plant to make arms is know-how
		}
		if _, _, ok := s.helpGoods(j + 1); j+1 < s.hi && toks[j].Norm == "with" && (ok || s.programmeAt(j+1) > 0) {
			return i // "helping Pyongyang with technology for its satellites", "help the North with its satellite programme"
		}
	}
	return -1
}

// helpWithoutObject reports whether "help" at i names what it helps with
// but not whom: "has helped its satellite programme", "and help with
// satellite launches", "helped set up a drone assembly line there". Whom
// is the state the sentence gave to before, in the same chain ("Russia has
// given the North air defence systems and has helped its satellite
// programme"): see helpChained.
func (s *sent) helpWithoutObject(i int) bool {
	toks := s.d.toks
	if i > s.lo && (s.actorAt(i-1) >= 0 || toks[i-1].Norm == "'s" || s.is(i-1, fDeterminer)) {
		return false // "paying for North Korea's help with technology", "with Russian help": whose help, a noun's owner
	}
	j := i + 1
	if toks[j].Norm == "with" {
		_, c, ok := s.helpGoods(j + 1)
		return ok && c == armsledger.Technology || s.programmeAt(j+1) > 0
	}
	return s.programmeAt(j) > 0 || s.setUpPlant(j)
}

// thingHelps reports whether the subject of "help" at i is a relative
// pronoun or "it", which stand for things as often as for states: "has
// passed on data from the battlefield, which could help Pyongyang improve
// the missiles" (the data help; no state is named as helping).
func (s *sent) thingHelps(i int) bool {
	j := i - 1
	for j > s.lo && (s.is(j, fAdverb) || s.is(j, fModal) || s.is(j, fBe) || isAux(s.d.toks[j].Norm)) {
		j--
	}
	switch s.d.toks[j].Norm {
	case "which", "that", "it":
		return true
	}
	return false
}

// helpedToWork reports whether the verb at j, after "help" and the state
// helped, puts arms or a space programme to work or makes them better:
// "helped Iran launch satellites", "helped Pyongyang improve their
// guidance". Such help is know-how as help to make them is; the verb
// needs such goods after it, not "launch a counteroffensive" or "improve
// ties".
func (s *sent) helpedToWork(j int) bool {
	toks := s.d.toks
	switch toks[j].Norm {
	case "launch", "improve", "test":
	default:
		return false
	}
	for k := j + 1; k < s.hi && k-j <= 4; k++ {
		switch toks[k].Norm {
		case "satellite", "satellites", "guidance", "accuracy", "rockets":
			return true
		}
		if _, ref, ok := lex.materiel.Match(toks, k, s.hi); ok && ref.Cat != armsledger.Personnel && ref.Cat != armsledger.Funding {
			return true
		}
		if toks[k].Kind == Punct {
			return false
		}
	}
	return false
}

// helpedPronoun resolves "it" or "them" at j, the object of "help" at i,
// to the nearest state named before it in the sentence that is not the
// sentence's subject and was the object of a verb or of "to" ("Iran has
// delivered boats to Venezuela and helped it assemble drones":
// Venezuela), and tags it there as that state's
// mention, so that the help frame reads it as its object; or -1.
func (s *sent) helpedPronoun(i, j int) int {
	a := s.objectStateBefore(i)
	if a < 0 {
		return -1
	}
	m := &s.actors[a]
	s.insertActor(actorMention{lo: j, hi: j + 1, ref: m.ref, codes: m.codes})
	return s.actorAt(j)
}

// objectStateBefore returns the nearest state named before token i that
// is not the sentence's subject and was the object of a verb or of "to",
// or -1.
func (s *sent) objectStateBefore(i int) int {
	subj := ""
	for a := range s.actors {
		if m := &s.actors[a]; !m.aside && m.lo < i {
			if subj == "" && m.prep == "" && !m.possessive {
				subj = m.ref.Code
			}
		}
	}
	for a := len(s.actors) - 1; a >= 0; a-- {
		m := &s.actors[a]
		if m.lo >= i || m.aside || m.possessive || m.demonym || m.speaker || len(m.ref.Code) != 2 {
			continue
		}
		if m.ref.Code == subj {
			return -1 // ("Iran says it helped them": whom, the sentence does not say)
		}
		if m.prep != "to" && !s.objectOfVerb(m.lo) {
			continue // (not "U.S. officials say": who tells it is no object)
		}
		return a
	}
	return -1
}

// helpGoods returns the end and kind of what "help X with" names from
// token i: technology a few words on ("with technology for its
// satellites", "with missile technology"), or goods named at once ("with
// air-defence radars"): to help a state with goods is to give them.
func (s *sent) helpGoods(i int) (int, armsledger.Category, bool) {
	for j := i; j < s.hi && j-i <= 3; j++ {
		if end, ref, ok := lex.materiel.Match(s.d.toks, j, s.hi); ok && ref.Cat == armsledger.Technology {
			return end, ref.Cat, true
		}
		if s.d.toks[j].Kind == Punct {
			break
		}
	}
	// (technology first: "with reconnaissance satellite technology" is know-how)
	if end, ref, ok := lex.materiel.Match(s.d.toks, i, s.hi); ok {
		return end, ref.Cat, true
	}
	return -1, "", false
}

// helpMake makes the claim of know-how that "help X make Y" tells, Y the
// goods named after the verb of making or, where the lexicons name none,
// the words up to the clause's end ("a drone factory in Tatarstan").
func (s *sent) helpMake(att attrib) {
	toks := s.d.toks
	t := trigger{i: s.helps, class: classGive, lemma: "help"}
	if e := s.programmeAt(t.i + 1); e > 0 {
		if s.actorAt(t.i+1) >= 0 {
			s.programmeHelped(&t, e, att) // "helped Iran's space programme"
		} else {
			s.programmeHelpedChained(&t, e, att) // "and has helped its satellite programme"
		}
		return
	}
	mk := t.i + 1
	for mk < s.hi && !makingVerb(toks[mk].Norm) && !s.helpedToWork(mk) && toks[mk].Norm != "with" && !s.setUpPlant(mk) {
		mk++
	}
	lo, hi := mk+1, mk+1
	if s.setUpPlant(mk) {
		lo, hi = mk+2, mk+2 // the plant, after "set up"
	}
	cat := armsledger.Technology
	if mk < s.hi && toks[mk].Norm == "with" && s.programmeAt(lo) > 0 {
		hi = s.programmeAt(lo) // "help the North with its satellite programme"
	} else if end, c, ok := s.helpGoods(lo); mk < s.hi && toks[mk].Norm == "with" && ok && c != armsledger.Technology {
		hi, cat = end, c // "helping Iran with air-defence radars": the goods given
	} else if mk < s.hi && toks[mk].Norm == "with" {
		// "helping Pyongyang with technology for its satellites": the
		// know-how named, up to the clause's end.
		hi, _, _ = s.helpGoods(lo)
		for hi > 0 && hi < s.hi && hi-lo < 8 && toks[hi].Kind != Punct && !s.is(hi, fVerb) && toks[hi].Norm != "that" {
			hi++
		}
	}
	for cat == armsledger.Technology && hi < s.hi && hi-lo < 8 && toks[hi].Kind != Punct && !s.is(hi, fVerb) && toks[hi].Norm != "that" && toks[hi].Norm != "for" {
		hi++
	}
	if hi <= lo {
		return
	}
	p := phrase{lo: lo, hi: hi, head: hi - 1, cat: cat, unit: "item"}
	g := group{phrases: []phrase{p}, lo: lo, hi: hi}
	r := s.roles(t, g)
	if a := s.peopleSubject(t.i); len(r.sup) == 0 && a >= 0 && !slices.Contains(r.rec, s.actors[a].ref.Code) {
		// "Chinese technicians are helping Iran maintain its drones": whose
		// the people are helps.
		r.sup, r.lo = []string{s.actors[a].ref.Code}, min(r.lo, s.actors[a].lo)
	}
	st := s.status(t, g)
	if r.status != "" {
		st = r.status
	}
	if s.actorAt(t.i+1) < 0 && s.helpWithoutObject(t.i) {
		if !s.helpChained(&t, &r) {
			return
		}
		st = s.helpStatus(&t, p)
	}
	d := draft{sup: r.sup, rec: r.rec, p: p, status: st, rule: "help.make", sent: s.idx, trig: t.i, conf: r.conf - 0.1, open: r.open}
	s.finishDraft(&d, att, r.lo, max(r.hi, hi))
}

// setUpPlant reports whether "set up" at j takes a plant or a line that
// makes things for its object: "set up a factory", "set up a drone
// assembly line", in a sentence that tells of arms. Help to set one up is
// help to make what it makes.
func (s *sent) setUpPlant(j int) bool {
	toks := s.d.toks
	if j+2 >= s.hi || toks[j].Norm != "set" || toks[j+1].Norm != "up" {
		return false
	}
	for k := j + 2; k < s.hi && k-j <= 5; k++ {
		switch toks[k].Norm {
		case "factory", "plant", "line", "facility":
			return s.armsBetween(s.lo, s.hi) // arms told in the sentence: not "a car factory"
		}
	}
	return false
}

// programmeHelped makes the claim of know-how that "help" with a state's
// programme as its object tells ("Russia has helped Iran's space
// programme"): from the subject to the state whose programme it is.
func (s *sent) programmeHelped(t *trigger, e int, att attrib) {
	a := s.actorAt(t.i + 1)
	sup := s.subject(*t)
	if a < 0 || sup < 0 || s.actors[sup].ref.Code == s.actors[a].ref.Code || s.actors[sup].ref.Code == "" {
		return
	}
	p := phrase{lo: s.actors[a].hi, hi: e, head: e - 1, cat: armsledger.Technology, unit: armsledger.UnitItem}
	st := s.status(*t, group{phrases: []phrase{p}, lo: p.lo, hi: p.hi})
	d := draft{sup: []string{s.actors[sup].ref.Code}, rec: []string{s.actors[a].ref.Code}, p: p, status: st, rule: "help.make", sent: s.idx, trig: t.i, conf: 0.5}
	s.finishDraft(&d, att, s.actors[sup].lo, e)
}

// programmeHelpedChained makes the claim of know-how that "help" with a
// programme named by its owner's pronoun tells, in a chain of verbs after
// a claim of the sentence: "Russia has given the North food, and has
// helped its satellite programme". Whose the programme is, the chain says:
// the recipient of the claim before (see helpChained).
func (s *sent) programmeHelpedChained(t *trigger, e int, att attrib) {
	p := phrase{lo: t.i + 1, hi: e, head: e - 1, cat: armsledger.Technology, unit: armsledger.UnitItem}
	r := s.roles(*t, group{phrases: []phrase{p}, lo: p.lo, hi: p.hi})
	if !s.helpChained(t, &r) {
		return
	}
	st := s.helpStatus(t, p)
	d := draft{sup: r.sup, rec: r.rec, p: p, status: st, rule: "help.make", sent: s.idx, trig: t.i, conf: 0.5}
	s.finishDraft(&d, att, r.lo, e)
}

// helpChained fills the roles of "help" at t that names no state helped
// from the claim of the sentence it is chained to by "and": "Iran has
// supplied drones to Caracas and helped set up a drone assembly line
// there". The helper is that claim's supplier, the helped its recipient
// (which the claim may still inherit from the passage, as the help then
// does). It reports whether the roles now hold a helper.
func (s *sent) helpChained(t *trigger, r *roleResult) bool {
	if s.helpTold(t.i) {
		return false
	}
	if len(r.sup) > 0 && len(r.rec) > 0 {
		return true
	}
	c := s.chainedClaim(t.i)
	if c == nil {
		// A chain after goods that are no claim ("Russia has given the
		// North food and raw materials, and has helped its satellite
		// programme"): the state given to, as "helped it" would name.
		a, sup := s.objectStateBefore(t.i), s.subject(*t)
		if a < 0 || sup < 0 || s.actors[sup].ref.Code == "" || !s.d.wordIn(s.actors[a].hi, t.i, "and") {
			return false
		}
		if rec := s.actors[a].ref.Code; rec == s.actors[sup].ref.Code || len(r.sup) > 0 && !slices.Equal(r.sup, []string{s.actors[sup].ref.Code}) {
			return false
		}
		r.sup, r.rec, r.lo = []string{s.actors[sup].ref.Code}, []string{s.actors[a].ref.Code}, min(r.lo, s.actors[sup].lo)
		return true
	}
	if len(r.sup) > 0 && !sameSet(r.sup, c.sup) {
		return false
	}
	r.sup, r.rec, r.lo = c.sup, c.rec, min(c.lo, t.i)
	r.status = ""
	return len(r.sup) > 0
}

// helpTold reports whether a claim of the sentence already holds the help
// at i among its goods: "has provided air defence equipment and help with
// its satellite programme" is one list a frame reads.
func (s *sent) helpTold(i int) bool {
	for n := len(s.d.claims) - 1; n >= 0 && s.d.claims[n].sent == s.idx; n-- {
		if c := &s.d.claims[n]; c.p.cat == armsledger.Technology && c.p.start() <= i+1 && i < c.p.hi+1 {
			return true
		}
	}
	return false
}

// chainedClaim returns the last claim of the sentence made before token
// i, when "and" joins the two and no clause of its own starts between
// them; or nil.
func (s *sent) chainedClaim(i int) *draft {
	for n := len(s.d.claims) - 1; n >= 0 && s.d.claims[n].sent == s.idx; n-- {
		c := &s.d.claims[n]
		if c.trig >= i || c.trig < s.lo {
			continue
		}
		if !s.d.wordIn(c.trig, i, "and") {
			return nil
		}
		if s.d.wordIn(c.trig, i, ";") || s.d.wordIn(c.trig, i, "but") || s.d.wordIn(c.trig, i, "while") || s.d.wordIn(c.trig, i, "that") {
			return nil // another clause's verb
		}
		return c
	}
	return nil
}

// helpStatus returns the status of help at t: its own verb's, save where
// "help" has no tense of its own ("and help with satellite launches",
// "agreed to supply kits and to help set up the line") and takes the
// chained claim's.
func (s *sent) helpStatus(t *trigger, p phrase) armsledger.Status {
	toks := s.d.toks
	j := t.i - 1
	if j > s.lo && toks[j].Norm == "to" {
		j--
	}
	for j > s.lo && s.is(j, fAdverb) {
		j-- // "and possibly help"
	}
	if toks[t.i].Norm == "help" && j >= s.lo && toks[j].Norm == "and" {
		if c := s.chainedClaim(t.i); c != nil {
			return c.status
		}
	}
	return s.status(*t, group{phrases: []phrase{p}, lo: p.lo, hi: p.hi})
}

// programmeAt returns the end of a state's arms programme that starts at
// token i ("its satellite programme", "their missile program", "Iran's
// space programme", "the North's reconnaissance-satellite programme",
// "satellite launches"), or -1: what help with it gives is know-how.
func (s *sent) programmeAt(i int) int {
	toks := s.d.toks
	j := i
	if a := s.actorAt(j); a >= 0 && s.actors[a].possessive {
		j = s.actors[a].hi // "Iran's", "the North's"
	} else if j < s.hi {
		switch toks[j].Norm {
		case "its", "their", "his", "the":
			j++
		}
		if j > i && j+1 < s.hi && toks[j-1].Norm == "the" && toks[j].Norm == "country" && toks[j+1].Norm == "'s" {
			j += 2 // "the country's space launch programme": the state named before
		}
	}
	armed := false // a word of arms among the modifiers: not "its education programme"
	for ; j < s.hi && j-i <= 6; j++ {
		switch w := toks[j].Norm; w {
		case "satellite", "space", "missile", "nuclear", "rocket", "drone", "submarine", "ballistic", "fighter":
			armed = true
		case "-", "reconnaissance", "spy", "military", "weapons", "launch", "cruise", "hypersonic", "powered":
		case "programme", "program", "programmes", "programs", "project", "projects":
			if armed {
				return j + 1
			}
			return -1
		case "launches":
			if armed && (toks[j-1].Norm == "satellite" || toks[j-1].Norm == "space" || toks[j-1].Norm == "rocket") {
				return j + 1 // "help with satellite launches"
			}
			return -1
		default:
			return -1
		}
	}
	return -1
}

// madeByOther reports whether the goods starting at i are the object of
// a verb of making whose subject, a state, stands right before it: "lets
// Hamas build rockets", "had the Houthis make drones". Such goods are made
// where they are, not moved by a verb before the clause.
func (s *sent) madeByOther(i int) bool {
	toks := s.d.toks
	j := i - 1
	for j > s.lo && (s.is(j, fDeterminer) || toks[j].Norm == "own") {
		j--
	}
	if j-1 < s.lo || !makingVerb(toks[j].Norm) {
		return false
	}
	if a := s.actorAt(j - 1); a >= 0 {
		return s.actors[a].prep == ""
	}
	return false
}

// makingVerb reports whether w is a verb of making that "help X" takes.
func makingVerb(w string) bool {
	switch w {
	case "create", "build", "develop", "produce", "make", "manufacture", "design", "assemble", "modernise", "modernize",
		"upgrade", "repair", "maintain":
		return true
	}
	return false
}

// shareQualifier gives the later counts of a list the qualifier of its
// first when that qualifier is "at least": in "at least 67 tanks and 28
// trucks" the trucks are at least 28 too. "At least" is a focusing adverb,
// which can bear on the whole list; "more than", "about", "some" and "up
// to" modify the figure they stand before and no other, so "more than 3
// million rounds and 40 launchers" is 40 launchers exactly. A later count
// with words of its own keeps them, as does one said with "a" ("at least
// 300,000 shells and a million rounds"). When any later count has words
// of its own, the writer qualified each count that needs it, and a bare one
// is exact. So is each bare count of a list of three or more, where the
// qualifier is read as the first item's alone: "at least 14,000 bombs,
// 6,500 smaller bombs and 3,000 Hellfire missiles".
func shareQualifier(g group, toks []Token) {
	first := g.phrases[0].qty
	if first == nil || first.Currency != "" || first.Qualifier != armsledger.AtLeast {
		return
	}
	if first.Lo+1 >= len(toks) || toks[first.Lo].Norm != "at" || toks[first.Lo+1].Norm != "least" {
		return // "more than 3 million rounds and 40 launchers"
	}
	if len(g.phrases) > 2 {
		return // a longer list counts each item its own way (see above)
	}
	for k := 1; k < len(g.phrases); k++ {
		if q := g.phrases[k].qty; q != nil && q.Qualifier != armsledger.Exact && q.Currency == "" {
			return
		}
	}
	for k := 1; k < len(g.phrases); k++ {
		q := g.phrases[k].qty
		if q == nil || q.Qualifier != armsledger.Exact || q.Currency != "" || q.Min == nil {
			continue
		}
		if w := toks[q.Lo].Norm; w == "a" || w == "an" {
			continue
		}
		shared := *q
		shared.Qualifier = first.Qualifier
		switch first.Qualifier {
		case armsledger.AtLeast:
			shared.Max = nil
		case armsledger.AtMost:
			shared.Min = nil
		}
		g.phrases[k].qty = &shared
	}
}

// civilianMoney reports whether the words after an amount of money, at
// token i, say what it is for and that is not arms: "in humanitarian aid",
// "of economic assistance", "for reconstruction".
func (s *sent) civilianMoney(i int) bool {
	toks := s.d.toks
	if i+1 >= s.hi {
		return false
	}
	if s.civilPurpose(i) {
		return true
	}
	switch toks[i].Norm {
	case "in", "of", "for":
	default:
		// "$4.5 billion to Ukraine, mostly for reconstruction": what the
		// money is mostly for, after its recipient.
		for j := i; j+2 < s.hi && j-i <= 6 && toks[j].Norm != "."; j++ {
			switch toks[j].Norm {
			case "mostly", "mainly", "largely", "primarily", "chiefly", "predominantly":
				return s.civilianMoney(j + 1)
			}
		}
		return false
	}
	k := i + 1
	if k+1 < s.hi && toks[k].Cap && s.actorAt(k) >= 0 {
		k++ // "$600 billion of Saudi investment": whose money, then what for
	}
	if civilNeed(toks[k].Norm) {
		return true // "$200 million for pensions and salaries"
	}
	switch toks[k].Norm {
	case "humanitarian", "economic", "financial", "budget", "budgetary", "development", "reconstruction",
		"civilian", "energy", "food", "macro", "macro-financial", "non-military", "nonmilitary", "refugee", "recovery",
		"investment", "investments", "commercial", "trade":
		return true
	case "non":
		return k+2 < s.hi && toks[k+2].Norm == "military" // "non-military aid"
	}
	return false
}

// civilPurpose reports whether an infinitive of paying a state's civil
// bills follows the money that ends before i, past a noun of it at most:
// "a 50 billion euro facility to help Ukraine pay pensions", "$500
// million to cover salaries". What the money pays for is no arms.
func (s *sent) civilPurpose(i int) bool {
	toks := s.d.toks
	j := i
	if j < s.hi && toks[j].Kind == Word && toks[j].Norm != "to" && !toks[j].Cap {
		j++ // "facility", "loan", "grant"
	}
	if j+2 >= s.hi || toks[j].Norm != "to" {
		return false
	}
	j++
	if toks[j].Norm == "help" {
		j++
		for j < s.hi && j-i <= 8 && (s.actorAt(j) >= 0 || toks[j].Norm == "the") {
			j++ // "to help Ukraine pay"
		}
		if j < s.hi && toks[j].Norm == "to" {
			j++ // "to help Kyiv to pay"
		}
	}
	if j+1 >= s.hi {
		return false
	}
	switch toks[j].Norm {
	case "pay", "cover", "fund", "finance", "meet":
	default:
		return false
	}
	for k := j + 1; k < s.hi && k-j <= 3; k++ {
		if civilNeed(toks[k].Norm) {
			return true
		}
		if !s.is(k, fDeterminer) && toks[k].Norm != "public" && toks[k].Norm != "state" && toks[k].Norm != "its" {
			return false
		}
	}
	return false
}

// civilNeed is a state's civil bill that aid money may pay.
func civilNeed(w string) bool {
	switch w {
	case "pensions", "salaries", "wages", "pension", "payroll", "healthcare", "schools", "hospitals", "teachers":
		return true
	}
	return false
}

// warnedAgainst reports whether the transfer word at i is what someone
// speaks or acts against: "warned Beijing against supplying weapons",
// "lobbied against the transfer of jets".
func (s *sent) warnedAgainst(i int) bool {
	toks := s.d.toks
	j := i - 1
	if j > s.lo && s.is(j, fDeterminer) {
		j--
	}
	if j < s.lo || toks[j].Norm != "against" {
		return false
	}
	// "Kyiv protested against the supply of Iranian drones to Russia": a
	// protest is at what happened. "Berlin decided against sending
	// missiles" is the giver's own refusal (refrainedFrom).
	return j == s.lo || !opposeWord(toks[j-1].Norm) && !decideForm(toks[j-1].Norm)
}

// toldToStop reports whether the verb at i is what another party demands
// be stopped: "Washington must stop arming Taiwan", "urged the United
// States to stop arming Taiwan", "demanded that Washington stop selling
// weapons". A demand tells neither the transfer nor its end.
func (s *sent) toldToStop(i int) bool {
	toks := s.d.toks
	j := i - 1
	if j <= s.lo {
		return false
	}
	switch toks[j].Norm {
	case "stop", "cease", "halt", "end":
	default:
		return false
	}
	k := j - 1
	if k > s.lo && (toks[k].Norm == "\"" || toks[k].Norm == "“") {
		k-- // must "stop arming Taiwan"
	}
	switch toks[k].Norm {
	case "must", "should":
		return true
	case "to":
		for n := k - 1; n >= s.lo && k-n <= 6; n-- {
			if v, ok := s.verbAt(n); ok && v.Class == classRequest || toks[n].Norm == "urged" || toks[n].Norm == "pressed" || toks[n].Norm == "demanded" {
				return true // "urged the United States to stop": not "decided to stop"
			}
		}
		return false
	}
	if a := s.actorAt(k); a >= 0 {
		k = s.actors[a].lo - 1 // "demanded that Washington stop"
	}
	return k-1 >= s.lo && toks[k].Norm == "that" && (toks[k-1].Norm == "demanded" || toks[k-1].Norm == "demands" || toks[k-1].Norm == "insisted" || toks[k-1].Norm == "urged")
}

// madeBefore returns the one state whose make an earlier group of the
// sentence names ("Russian-made Mi-28 helicopters") when g names goods of
// the same kind again with "the" and no count: "State media showed
// Russian-made helicopters, the first sign that Tehran has received the
// aircraft" tells of Russia's helicopters received. Else nil.
func (s *sent) madeBefore(g group, before []group) []string {
	p := &g.phrases[0]
	if p.qty != nil || p.money || p.lo-1 <= s.lo || s.d.toks[p.lo-1].Norm != "the" {
		return nil
	}
	for k := len(before) - 1; k >= 0; k-- {
		if q := &before[k].phrases[0]; q.cat == p.cat && len(q.demonym) == 1 {
			return q.demonym
		}
	}
	return nil
}

// usedInOwnClause reports whether goods after the verb t stand in a
// clause of their own, opened by ", and" after it, as the object of a
// verb of operating: "Egypt has received $50 billion in US aid, and its
// air force still flies more than 200 F-16s" tells what the air force
// flies, not what Egypt received.
func (s *sent) usedInOwnClause(t trigger, g group) bool {
	if g.lo <= t.i || g.lo-t.i > 40 {
		return false
	}
	toks := s.d.toks
	and := -1
	for j := t.i + 1; j < g.lo; j++ {
		if toks[j].Norm == "and" && toks[j-1].Norm == "," {
			and = j
		}
	}
	if and < 0 || s.toldHowCame(g) {
		return false
	}
	for j := and + 1; j < g.lo; j++ {
		switch toks[j].Norm {
		case "operate", "operates", "fly", "flies", "field", "fields", "use", "uses", "employ", "employs":
			return true
		}
	}
	return false
}

// toldHowCame reports whether a relative clause right after the goods,
// set off or not, has a verb of giving: "and its army operates the HQ-9
// system, which China handed over in 2021" says how they came.
func (s *sent) toldHowCame(g group) bool {
	toks := s.d.toks
	j := g.hi
	if j < s.hi && toks[j].Norm == "," {
		j++
	}
	if j >= s.hi || toks[j].Norm != "which" && toks[j].Norm != "that" {
		return false
	}
	for k := range s.trigs {
		if t := &s.trigs[k]; t.i > j && t.i-j <= 5 && !t.noun && t.class == classGive {
			return true
		}
	}
	return false
}

// showOfForce reports whether an active verb of giving moves ships,
// aircraft or drones "around", "near" or "toward" a state, past the rest
// of their list: "The People's Liberation Army sent 24 aircraft and seven
// warships around Taiwan" is a show of force near the island, and Taiwan
// gets nothing. ("sent warships to Syria" keeps its recipient.)
func (s *sent) showOfForce(t trigger, g group) bool {
	if t.class != classGive {
		return false
	}
	return s.showOfForceRest(t, g)
}

// showOfForceRest is showOfForce past its first test (see gates in words.go):
// the trigger is a verb of giving.
func (s *sent) showOfForceRest(t trigger, g group) bool {
	if t.noun || t.passive || g.lo < t.i {
		return false
	}
	switch g.phrases[0].cat {
	case armsledger.Ship, armsledger.Aircraft, armsledger.Drone:
	default:
		return false
	}
	toks := s.d.toks
	for j := g.hi; j+1 < s.hi && j-g.hi <= 8; j++ {
		switch w := toks[j].Norm; w {
		case "around", "near", "toward", "towards":
			k := j + 1
			if toks[k].Norm == "the" && k+1 < s.hi {
				k++
			}
			return s.actorAt(k) >= 0
		case ",", ";", "to", "for":
			return false
		}
		if s.is(j, fVerb) {
			return false
		}
	}
	return false
}

// goodsArm reports whether t is an active "arm" or "equip" whose subject
// is goods: "The missiles will first arm the navy's destroyers" tells
// what the missiles will be fitted to; the destroyers are the buyer's
// own and the missiles were told as they came. Neither moves here.
func (s *sent) goodsArm(t trigger, groups []group) bool {
	if t.noun || t.passive || t.lemma != "arm" && t.lemma != "equip" {
		return false
	}
	return s.goodsArmRest(t, groups)
}

// goodsArmRest is goodsArm past its first test (see gates in words.go).
func (s *sent) goodsArmRest(t trigger, groups []group) bool {
	for _, g := range groups {
		if g.hi <= t.i && s.chainTo(g.hi, t.i) && g.phrases[0].cat != armsledger.Personnel {
			return true
		}
	}
	return false
}

// vehicleSubject reports whether the group is a vehicle, the subject of an
// active verb of moving, or of giving whose object is a later group: then it
// is what did the carrying ("a North Korean ship delivered containers to
// Russia", "Russian ships have been seen loading cargo"), not what was
// carried.
func vehicleSubject(t trigger, g group, later []group) bool {
	unload := t.class == classArrive && t.lemma == "unload" // "Russian ships unloaded 40 armoured vehicles"
	if t.noun || t.passive || g.hi > t.i || t.class != classGive && t.class != classMove && t.class != classHold && !unload {
		return false
	}
	switch g.phrases[0].cat {
	case armsledger.Ship, armsledger.Aircraft, armsledger.Drone:
	default:
		return false
	}
	if t.class == classMove || t.class == classHold || unload {
		return true // "Russian ships have been seen loading cargo", "a ship carrying containers", "a cargo ship unloaded 300 containers of solar panels"
	}
	for _, h := range later {
		if h.lo > t.i {
			return true
		}
	}
	return false
}

// personnelAgent reports whether people named before an active verb of
// giving that takes an object are its subject, who give, not goods:
// "Iranian engineers provided the designs", "Russian specialists supplied
// Pyongyang with know-how". A verb with no object moves them: "North
// Korean troops deployed to Kursk".
func (s *sent) personnelAgent(t *trigger, g *group) bool {
	if t.noun || t.passive || t.class != classGive || g.hi > t.i || g.phrases[0].cat != armsledger.Personnel || t.i+1 >= s.hi {
		return false
	}
	next := &s.d.toks[t.i+1]
	return s.is(t.i+1, fDeterminer) || s.actorAt(t.i+1) >= 0 || s.is(t.i+1, fMateriel) || next.Kind == Number
}

// landedWithLoad reports whether a craft that arrived did so "with" a load
// after the verb: "a C-17 transport plane landed at Clark air base with the
// shipment", "the ship docked in Tartus with the missiles". The craft
// carries; it is not the goods.
func (s *sent) landedWithLoad(t *trigger, g *group) bool {
	if t.noun || t.class != classArrive || g.hi > t.i {
		return false
	}
	switch g.phrases[0].cat {
	case armsledger.Ship, armsledger.Aircraft:
	default:
		return false
	}
	toks := s.d.toks
	for j := t.i + 1; j+1 < s.hi && j <= t.i+12; j++ {
		if w := toks[j].Norm; w == "carrying" || w == "bearing" || w == "ferrying" {
			// "the ship docked in Tartus on Monday carrying tanks", "a
			// cargo ship that docked at Tartus was carrying wheat": a craft
			// that carries anything is the carrier, whatever its load.
			return true
		}
		if toks[j].Norm == "with" {
			k := j + 1
			for k < s.hi && s.is(k, fDeterminer) {
				k++
			}
			if k >= s.hi {
				return false
			}
			if _, ref, ok := lex.materiel.Match(toks, k, s.hi); ok {
				return ref.Cat != armsledger.Personnel // "landed with their pilots": the jets came, crew and all
			}
			return loadNoun(toks[k].Norm)
		}
		if toks[j].Norm == ";" || s.clauseBreak(j, j+1) && toks[j].Norm != "," {
			return false
		}
	}
	return false
}

// loadNoun reports whether w names a load of goods of no stated kind: "the
// shipment", "its cargo".
func loadNoun(w string) bool {
	switch w {
	case "shipment", "shipments", "cargo", "load", "consignment", "consignments", "batch", "delivery", "first", "weapons", "arms":
		return true
	}
	return false
}

// vehicleFrom returns the state a vehicle that is the subject of t came
// from, named right after it: "Planes from Iran have delivered drones".
func (s *sent) vehicleFrom(g *group, t *trigger) []string {
	j := g.hi + 1
	if g.hi >= s.hi || s.d.toks[g.hi].Norm != "from" || t.passive || t.noun {
		return nil
	}
	if j < s.hi && s.d.toks[j].Norm == "the" {
		j++
	}
	if a := s.actorAt(j); a >= 0 && s.actors[a].hi == t.i-s.chainBefore(t.i) && (s.actors[a].ref.kind == kindCountry || s.actors[a].ref.Kind == "capital") {
		return []string{s.actors[a].ref.Code}
	}
	return nil
}

// rememberPhrase keeps the sentence's materiel phrases named in full, for
// later sentences that refer back to them: "these missiles" (referBack) and
// counts that stand for the last item named (elliptic). The last few are
// enough.
func (s *sent) rememberPhrase(ps []phrase) {
	if n := len(s.d.named); n > 32 {
		s.d.named = append(s.d.named[:0], s.d.named[n-16:]...)
	}
	for k := range ps {
		// Training is given, not delivered later: "Delivery will begin in
		// 2025", "would send them" refer to goods named before it.
		if p := &ps[k]; !p.money && !p.elided && !p.pronominal && s.d.toks[p.head].Norm != "training" && !carrierOfLoad(p.cat, s.d.toks, p.hi, s.hi) {
			s.d.named = append(s.d.named, *p)
		}
	}
}

// contentOrigin returns the state a container's contents are said to come
// from: "containers of North Korean weapons".
func (s *sent) contentOrigin(p *phrase) []string {
	e := p.end()
	if e+1 >= s.hi || s.d.toks[e].Norm != "of" {
		return nil
	}
	if a := s.actorAt(e + 1); a >= 0 && s.actors[a].demonym {
		return []string{s.actors[a].ref.Code}
	}
	return nil
}

// harmWord reports whether w tells of a strike's effect on its target. (A
// switch, not a set: tellsHarm asks it of every word of a sentence, and a
// switch on strings costs a fraction of a map look-up.)
func harmWord(w string) bool {
	switch w {
	case "killing", "killed", "injuring", "injured", "wounding", "wounded", "damaging",
		"damaged", "destroying", "destroyed", "struck", "striking", "exploded", "exploding", "intercepted",
		"casualties", "blasts", "explosions":
		return true
	}
	return false
}

// tellsHarm reports whether the sentence tells of harm done: then what
// "arrived" is a weapon used, not one handed over.
func (s *sent) tellsHarm() bool {
	for j := s.lo; j < s.hi; j++ {
		if harmWord(s.d.toks[j].Norm) && !s.harmFeared(j) {
			return true
		}
	}
	return false
}

// harmFeared reports whether the harm word at j is the object of a fear or
// a concern, which tells of no harm done: "a hold placed on the bombs over
// concerns about civilian casualties".
func (s *sent) harmFeared(j int) bool {
	for k := j - 1; k >= s.lo && j-k <= 3; k-- {
		switch s.d.toks[k].Norm {
		case "concern", "concerns", "fear", "fears", "worries", "risk", "risks", "avoid", "prevent":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// dropTriggersInside forgets transfer words that are part of an item's
// name: "transport planes", "supply ships".
//
// Most sentences drop none: the triggers before the first dropped stay in
// place uncopied.
func (s *sent) dropTriggersInside(ps []phrase) {
	if len(ps) == 0 && len(s.aboard) == 0 {
		return
	}
	kept := s.trigs[:0]
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.giver == 0 && insidePhrase(ps, t.i) || s.insideAboard(t.i) {
			continue // "US-supplied HIMARS" keeps its own verb
		}
		if len(kept) == k {
			kept = s.trigs[:k+1]
		} else {
			kept = append(kept, *t)
		}
	}
	s.trigs = kept
}

// insideAboard reports whether token i is inside a vessel or aircraft a
// load travels on (see onBoard).
func (s *sent) insideAboard(i int) bool {
	for _, sp := range s.aboard {
		if within(i, sp.lo, sp.hi) {
			return true
		}
	}
	return false
}

// insidePhrase reports whether token i is inside a phrase of ps that is not
// an amount of money.
func insidePhrase(ps []phrase, i int) bool {
	for k := range ps {
		if p := &ps[k]; within(i, p.lo, p.hi) && !p.money && !(p.elided && p.head == i) {
			return true // (a bare "Deliveries" standing for its goods keeps its trigger: see bareDeliveries)
		}
	}
	return false
}

// scope tells a running total from one delivery: "another", "a new batch",
// "this week" mark an increment; "so far", "in total", "since" and a
// perfect tense with an amount ("has sent 4.8 million rounds") a total.
func (s *sent) scope(t *trigger, p *phrase) armsledger.Scope {
	if p.increment {
		return armsledger.Increment
	}
	if sc := s.scopeWords(); sc != armsledger.Unknown {
		return sc
	}
	if p.qty != nil && !t.noun && s.perfectBefore(t.i) {
		return armsledger.Cumulative
	}
	return armsledger.Unknown
}

// scopeWords is the scope the sentence's cues say, the same for each of its
// phrases and so read once.
func (s *sent) scopeWords() armsledger.Scope {
	s.readCues() // which reads it: see scopeAt
	return s.sentScope
}

// militaryMoney reports whether the words right after the sum p say it is
// for arms: "EUR 130 billion ... in military assistance", "$2 billion of
// military aid"; a sum "in aid" of all kinds is not told as such.
func (s *sent) militaryMoney(p *phrase) bool {
	toks := s.d.toks
	for j := p.end(); j < s.hi && j-p.end() <= 8; j++ {
		switch toks[j].Norm {
		case "military", "defence", "defense", "security", "weapons", "arms":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// budgetBefore reports whether a noun of a state's own spending stands in
// the sentence before token i: "defence spending", "its defence budget".
// A budget for another ("Berlin's military aid budget for Ukraine") is aid.
func (s *sent) budgetBefore(i int) bool {
	toks := s.d.toks
	for j := s.lo; j < i; j++ {
		switch toks[j].Norm {
		case "spending", "expenditure", "expenditures", "outlays":
			return true
		case "budget", "budgets":
			if j > s.lo && (toks[j-1].Norm == "defence" || toks[j-1].Norm == "defense" || toks[j-1].Norm == "military") && (j+1 >= s.hi || toks[j+1].Norm != "for" && toks[j+1].Norm != "to") {
				return true
			}
			if j > s.lo && toks[j-1].Norm == "own" || s.forOwnForces(j+1) {
				return true // "buys with its own budget, which the authors put at several billion euros", "Azerbaijan's budget for the military tops $4.5 billion"
			}
		}
	}
	return false
}

// forOwnForces reports whether "for" at i opens the state's own forces or
// their upkeep: "for the military", "for defence", "for its armed forces".
// ("for Ukraine", "for arms for Kyiv" are for another.)
func (s *sent) forOwnForces(i int) bool {
	toks := s.d.toks
	if i+1 >= s.hi || toks[i].Norm != "for" {
		return false
	}
	j := i + 1
	switch toks[j].Norm {
	case "the", "its", "their":
		j++
	}
	if j >= s.hi {
		return false
	}
	switch toks[j].Norm {
	case "military", "defence", "defense", "army", "armed":
		return j+1 >= s.hi || toks[j+1].Norm != "aid" && toks[j+1].Norm != "assistance" && toks[j+1].Norm != "support"
	}
	return false
}

// firedBefore reports whether a verb of firing stands just before the
// goods at token i: "Pakistan launched 300 to 400 drones at Indian
// cities" counts a strike, not a load a later sentence may say was sent.
func (s *sent) firedBefore(i int) bool {
	for j := i - 1; j >= s.lo && j >= i-4; j-- {
		switch s.d.toks[j].Norm {
		case "fired", "fires", "fire", "firing", "launched", "launches", "launch", "launching":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// orphan handles a phrase with no transfer word: an amount of money stated
// on its own ("The deal was worth $5bn") belongs to the transfer just told.
func (s *sent) orphan(g *group, att attrib) {
	for k := range g.phrases {
		p := &g.phrases[k]
		if p.cat == armsledger.Funding && (s.aidOf(p, att) || p.money && s.raisedAid(p, att)) {
			continue
		}
		if !p.money {
			if lo := s.capacityOpening(p, att); lo >= 0 {
				continue // "sent 28,000 containers to Russia, with a capacity of 12 million shells": what the load holds
			}
			if p.cat != armsledger.Funding && p.qty != nil && !s.firedBefore(p.start()) { // (restatedGoods takes counted goods only)
				// "French forces seized 3,000 rifles ...": goods no verb
				// moves, which a sentence after may say came from somewhere
				// ("The weapons had come from Iran"): see restatedGoods.
				d := draft{p: *p, rule: "goods.restated", sent: s.idx, trig: -1, conf: 0.5}
				s.completeDraft(&d, att, p.start(), p.end())
				s.d.pending = append(s.d.pending, d)
			}
			continue
		}
		// "62 billion euros to Ukraine, compared with 64 billion euros
		// from the United States": a sum set beside the one just told goes
		// to its recipient, from the state named with it; or is no claim.
		compared, giver := -1, -1
		if k == 0 {
			if compared = s.comparedWith(&group{lo: p.start(), hi: p.end(), phrases: g.phrases[:1]}); compared >= 0 {
				giver = s.ppActor(p.end(), min(s.hi, p.end()+6), "by", "from")
				if giver < 0 || slices.Contains(s.d.claims[compared].rec, s.actors[giver].ref.Code) {
					continue
				}
			}
		}
		valued := -1
		if k == 0 && compared < 0 {
			valued = s.worthOfGoodsTold(p)
		}
		dealValued := false
		if k == 0 && valued < 0 && compared < 0 {
			valued = s.dealWorthHere(p)
			dealValued = valued >= 0
		}
		if valued < 0 && s.worthOnly {
			continue
		}
		if compared < 0 && s.budgetBefore(p.start()) {
			continue // "The UAE's defence spending is estimated at $20 billion a year": a budget, not the flow told before
		}
		if s.goesUnused(p.end()) {
			continue // "Roughly $5.6 billion in drawdown authority will go unspent": no flow
		}
		if compared < 0 && valued < 0 && s.productionWorth(p.start()) {
			continue // "India's defence production reached a record ₹1.27 lakh crore": what was made, not moved
		}
		d := s.newDraft()
		d.p, d.rule, d.sent, d.trig, d.conf = *p, "money.context", s.idx, -1, 0.5
		d.p.cat = armsledger.Funding
		d.subject = s.stateSubject(p.start())
		lo, hi := p.start(), p.end()
		if valued >= 0 {
			// "The 120mm cartridges are worth $106.5 million": the worth of
			// the goods the sentence before moved, in their flow.
			prev := &s.d.claims[valued]
			d.sup, d.rec, d.status, d.rule, d.inherited = prev.sup, prev.rec, prev.status, "money.worth", true
			if len(prev.sup) == 0 || len(prev.rec) == 0 {
				d.joins = valued + 1 // (its sides are inherited once the goods' are)
			}
			if d.status == armsledger.Expected {
				d.status = armsledger.Committed // goods still to come, but their price is bound
			}
			lo = s.lo
			if dealValued {
				d.rule = prev.rule // the deal's value, which goes as the deal's goods go (makersSupply)
			}
		}
		if compared >= 0 {
			var r roleResult
			prev := &s.d.claims[compared]
			d.sup, d.rec, d.status, d.rule = r.take(s, giver), prev.rec, prev.status, "money.compared"
		}

		if owner, to := s.aidOwnedBefore(p); valued < 0 && compared < 0 && owner >= 0 {
			// "Germany's aid to Ukraine totals some 28 billion euros": the
			// sum of the aid the state's possessive owns.
			var r roleResult
			d.sup = r.take(s, owner)
			if to >= 0 {
				d.rec = r.take(s, to)
			}
			lo = min(lo, s.actors[owner].lo)
			d.status = armsledger.Delivered // given so far, unless a modal says it is to come
			if s.modalBefore(p.start()) {
				d.status = armsledger.Expected
			}
		}
		if payer, payee, from, to, st, ok := s.paymentMade(p); ok {
			// "Germany made an advance payment of €560 million to Israel":
			// the money goes from payer to payee.
			d.sup, d.rec, d.status, d.rule = payer, payee, st, "pay.made"
			lo, hi = from, to
		}
		if m := s.modelDealBefore(p.start()); len(d.sup) == 0 && m != "" && !slices.Contains(d.rec, m) {
			// "The Anka deal, which analysts value at about $100 million":
			// the worth of a deal named by its model is the maker's sale,
			// bound whatever of its goods has come.
			d.sup = []string{m}
			if d.status == "" {
				d.status = armsledger.Committed
			}
		}
		d.promised = s.promisedSum(p.start()) // "bringing its total to $1 billion of a promised $3 billion"
		s.completeDraft(d, att, lo, hi)
	}
}

// modelDealBefore returns the state that makes the model a deal named
// before token i is called by ("The Rafale contract is worth", "the Anka
// deal, which analysts value at"), when one state makes it; or "".
func (s *sent) modelDealBefore(i int) string {
	toks := s.d.toks
	for j := i - 1; j > s.lo && i-j <= 10; j-- {
		if !dealNoun(toks[j].Norm) && toks[j].Norm != "sale" && toks[j].Norm != "purchase" {
			continue
		}
		for k := max(s.lo, j-3); k < j; k++ {
			if end, m, ok := lex.makers.Match(toks, k, j); ok && end == j && !strings.Contains(m, ",") {
				return m
			}
		}
		return ""
	}
	return ""
}

// aidOwnedBefore returns the state whose aid the subject before the sum p
// names ("Germany's aid to Ukraine totals ...", "Norway's military support
// for Kyiv stands at ..."), and the state it goes to after "to" or "for",
// or -1 for either.
func (s *sent) aidOwnedBefore(p *phrase) (owner, to int) {
	toks := s.d.toks
	owner, to = -1, -1
	for a := range s.actors {
		m := &s.actors[a]
		if m.lo >= p.start() {
			break
		}
		if owner < 0 && m.possessive && !m.demonym && m.ref.kind == kindCountry && (m.lo-s.lo <= 3 || s.clauseOpener(m.lo-1)) {
			j := m.hi
			if j < s.hi && (toks[j].Norm == "military" || toks[j].Norm == "security" || toks[j].Norm == "total") {
				j++
			}
			if j < s.hi && aidNoun(toks[j].Norm) {
				owner = a
			}
			continue
		}
		if owner >= 0 && to < 0 && (m.prep == "to" || m.prep == "for") && !m.possessive {
			to = a
		}
	}
	return owner, to
}

// clauseOpener reports whether token j ends the words that open a clause
// whose subject or object comes next: "that", or a verb of speech or
// estimating ("Israeli officials also estimate Iran's support for Hamas
// at ...", "Analysts put Iran's aid to the Houthis at ..."). What follows
// it stands first in its clause, as at the sentence's start.
func (s *sent) clauseOpener(j int) bool {
	if j < s.lo {
		return false
	}
	switch w := s.d.toks[j].Norm; {
	case w == "that", w == "put", w == "puts":
		return true
	case s.is(j, fVoice):
		return lex.info[s.d.toks[j].word].verb.Class == classSpeech
	}
	return false
}

// stateSubject returns the code of the state that is the subject of the
// clause holding token i: the last state before i with no preposition,
// not a speaker or an owner, after the clause's opening; or "".
func (s *sent) stateSubject(i int) string {
	code := ""
	for a := range s.actors {
		m := &s.actors[a]
		if m.lo >= i {
			break
		}
		if m.prep == "" && !m.speaker && !m.possessive && !m.demonym && m.ref.kind == kindCountry {
			code = m.ref.Code
		}
	}
	return code
}

// paymentMade reads a payment made with a light verb: "Germany made an
// advance payment of €560 million to Israel", "Poland will make a first
// instalment of $2bn to Seoul". It returns the payer's and the payee's
// codes, the tokens from the payer to the payee, and the status the verb
// gives.
func (s *sent) paymentMade(p *phrase) (payer, payee []string, lo, hi int, st armsledger.Status, ok bool) {
	toks := s.d.toks
	noun := -1 // the payment noun: in the phrase ("advance payment") or before its amount
	for j := max(s.lo, p.start()-2); j < p.end(); j++ {
		if paymentNoun(toks[j].Norm) {
			noun = j
		}
	}
	if noun < 0 {
		return nil, nil, 0, 0, "", false
	}
	verb := -1
	for j := noun - 1; j >= s.lo && noun-j <= 4; j-- {
		if w := toks[j].Norm; w == "made" || w == "make" || w == "makes" || w == "making" {
			verb = j
			break
		}
	}
	if verb <= s.lo {
		return nil, nil, 0, 0, "", false
	}
	switch {
	case toks[verb].Norm == "made" && !s.is(verb-1, fModal):
		st = armsledger.Delivered
	case s.is(verb-1, fModal):
		st = armsledger.Expected
	default:
		return nil, nil, 0, 0, "", false
	}
	by, to := -1, -1
	for a := range s.actors {
		m := &s.actors[a]
		switch {
		case m.hi <= verb && m.prep == "" && !m.speaker && !m.possessive:
			by = a
		case m.lo >= p.end() && m.prep == "to" && to < 0:
			to = a
		}
	}
	if by < 0 || to < 0 || s.actors[by].ref.Code == s.actors[to].ref.Code {
		return nil, nil, 0, 0, "", false
	}
	payer, lo, _ = s.group(by)
	payee, _, hi = s.group(to)
	return payer, payee, lo, hi, st, true
}

// paymentNoun reports whether w names a payment.
func paymentNoun(w string) bool {
	switch w {
	case "payment", "payments", "instalment", "instalments", "installment", "installments":
		return true
	}
	return false
}

// newDraft files a new, empty draft in the document and returns it, to be
// filled in place and completed with completeDraft: a draft is some 350
// bytes, and building one aside for finishDraft to copy in costs as much
// again. The frames of most claims are read so.
func (s *sent) newDraft() *draft {
	s.d.claims = append(s.d.claims, draft{})
	return &s.d.claims[len(s.d.claims)-1]
}

// finishDraft sets the speaker, time and evidence span of a draft built
// aside and files it.
func (s *sent) finishDraft(d *draft, att attrib, lo, hi int) {
	s.completeDraft(d, att, lo, hi)
	s.d.claims = append(s.d.claims, *d)
}

// completeDraft sets the speaker, time and evidence span of a draft: one
// newDraft filed, or one finishDraft files.
func (s *sent) completeDraft(d *draft, att attrib, lo, hi int) {
	d.speaker, d.via = att.speaker, att.via
	if a := s.creditGiver(d); a >= 0 && !slices.Contains(d.rec, s.actors[a].ref.Code) {
		var r roleResult
		d.sup = r.take(s, a)
	}
	d.recNamed = len(d.rec) > 0 && !d.inherited
	d.useIn = len(d.rec) == 1 && s.usedIn(d.rec[0])
	d.sited = len(d.rec) == 1 && s.sitedIn(d.rec[0])
	if len(d.rec) == 0 && d.trig >= 0 {
		j := s.sidesAt(max(d.p.end(), d.trig+1))
		if j < 0 {
			j = s.sidesObject(d.trig)
		}
		if j >= 0 && s.anyParty(j) && !s.partiesIn(j) && !s.partiesOfWar(j) {
			// "had never provided lethal weapons to any party in the
			// conflict", "to any third party": of any number, the parties
			// are none named, whatever flows the text tells of the giver.
			d.recOpen = true
		} else if j >= 0 {
			d.eitherSide, d.bothSides = true, !s.anyParty(j)
			for a := range s.actors {
				if m := &s.actors[a]; m.lo > j && m.lo-j <= 8 {
					d.sideState = m.ref.Code // "to either party to the Ukraine conflict"
					break
				}
			}
		}
	}
	if d.trig >= 0 {
		d.speaker = att.speakerAt(d.trig)
		if d.status == armsledger.Denied && d.speaker.name == "" {
			d.speaker = s.denierBody(d.trig)
		}
		if d.speaker.name == "" && d.status != armsledger.Denied {
			d.speaker = s.announcer(d.trig, d.sup)
		}
	}
	if len(d.sup) == 0 && d.trig >= 0 && !d.p.money && d.speaker.code != "" && !d.speaker.person && !slices.Contains(d.rec, d.speaker.code) && s.speakersOwn(d) {
		// "Seoul insisted that none of its shells would go to Ukraine":
		// the goods of the state that speaks are its own to give,
		// whoever gave before.
		d.sup = []string{d.speaker.code}
	}
	if len(d.sup) == 0 && d.rule == "give.passive" && !slices.Contains(d.rec, d.speaker.code) && s.stateSpeaksHere(d.speaker) && (len(d.rec) > 0 || s.toJustAfter(d.trig)) {
		// "The United Kingdom confirmed that 85,000 drones were handed
		// over to our forces": goods a state says went to another, with
		// no giver named, it gave; not the giver told before. (Goods it
		// says were delivered, to no one named, it may have got: "India
		// says three squadrons have been delivered".)
		d.sup = []string{d.speaker.code}
	}
	if lo > d.p.start() {
		lo = d.p.start()
	}
	if hi < d.p.end() {
		hi = d.p.end()
	}
	if q := d.p.qty; q != nil && q.Hi > hi && q.Lo >= lo && q.Hi-hi <= 15 {
		hi = q.Hi // the count told after the goods: "shells smuggled to Russia now exceed 1 million rounds"
	}
	if item := s.introducedItem(d.trig, d.p.start()); item >= 0 {
		if bullet(&s.d.toks[item]) {
			item++ // the item's words, after its bullet
		}
		lo = min(max(lo, item), d.p.start())
	} else if d.trig >= 0 {
		lo, hi = min(lo, d.trig), max(hi, d.trig+1)
	}
	d.lo, d.hi = lo, hi
	d.sentLo, d.sentHi, d.para = s.lo, s.hi, s.para
	d.boughtForOther = s.boughtForOther(d)
}

// boughtForOther reports whether draft d is of arms of no kind that a
// verb of buying says are got for the state after them, its recipient:
// "buys American weapons for Ukraine", "buying US weapons on Ukraine's
// behalf". The buyer pays; goods named by no kind are only what the money
// is for. (Goods of a kind so bought, "will buy Patriot systems for
// Ukraine", are claims of their own.)
func (s *sent) boughtForOther(d *draft) bool {
	toks := s.d.toks
	if d.p.cat != armsledger.Other || d.p.qty != nil || d.p.money || d.trig < 0 || len(d.rec) != 1 {
		return false
	}
	if v, ok := s.verbAt(d.trig); !ok || v.Class != classBuy {
		return false
	}
	j := d.p.end()
	if j+1 >= s.hi || toks[j].Norm != "for" && toks[j].Norm != "on" {
		return false
	}
	a := s.actorAt(j + 1)
	return a >= 0 && s.actors[a].prep == "for" && s.actors[a].ref.Code == d.rec[0]
}

// sidesAt returns the token of "side" or "party" in "to either side", "to
// any party", "to neither side" or "to both sides" when that follows token
// j closely: goods said to go to the parties of a war, whichever they are.
// It returns -1 when there is none.
func (s *sent) sidesAt(j int) int {
	toks := s.d.toks
	for end := min(s.hi, j+6); j+2 < end; j++ {
		if toks[j].Norm == "to" {
			return s.partiesAt(j + 1)
		}
		if clauseEnd(toks[j].Norm) {
			return -1
		}
	}
	return -1
}

// usedIn reports whether the sentence names the state code only as where
// goods are to be used: "sent 100 KN-23 missiles for use in Ukraine".
func (s *sent) usedIn(code string) bool {
	return s.namedOnlyAs(code, func(m *actorMention) bool {
		return (m.prep == "in" || m.prep == "against") && m.lo-2 >= s.lo && s.d.toks[m.lo-1].Norm == m.prep && s.d.toks[m.lo-2].Norm == "use"
	})
}

// sitedIn reports whether the state code is named only as where a
// facility stands that goods went to: "lent 18 F-16s to a pilot-training
// centre in Romania, where Ukrainian pilots learned to fly them".
func (s *sent) sitedIn(code string) bool {
	return s.namedOnlyAs(code, func(m *actorMention) bool {
		if m.prep != "in" || m.lo-2 < s.lo {
			return false
		}
		switch s.d.toks[m.lo-2].Norm {
		case "centre", "center", "base", "hub", "facility", "academy", "school", "camp", "depot", "range":
			return true
		}
		return false
	})
}

// namedOnlyAs reports whether the sentence names the state code at least
// once, and every mention of it is as the test says.
func (s *sent) namedOnlyAs(code string, as func(m *actorMention) bool) bool {
	found := false
	for a := range s.actors {
		m := &s.actors[a]
		if m.ref.Code != code {
			continue
		}
		if !as(m) {
			return false
		}
		found = true
	}
	return found
}

// sidesObject returns the token of "side" or "party" when "either side",
// "any party", "neither side" or "both sides" is the object of the verb of
// giving at t, a verb whose object receives ("denied arming either side");
// or -1.
func (s *sent) sidesObject(t int) int {
	if t+2 >= s.hi {
		return -1
	}
	if v, ok := s.verbAt(t); !ok || v.Class != classGive {
		return -1
	}
	return s.partiesAt(t + 1)
}

// partiesAt returns the token of the noun in "either side", "any party",
// "neither side", "both sides", "any third party" or "any country" at j:
// the parties goods go to, whichever they are. It returns -1 when there is
// none.
func (s *sent) partiesAt(j int) int {
	toks := s.d.toks
	if j+1 >= s.hi {
		return -1
	}
	k := j + 1
	switch toks[j].Norm {
	case "either", "neither", "both":
	case "any":
		if k+1 < s.hi && (toks[k].Norm == "third" || toks[k].Norm == "other") {
			k++ // "to any third party"
		}
		if k+1 < s.hi && (toks[k+1].Norm == "that" || toks[k+1].Norm == "which" || toks[k+1].Norm == "who") {
			return -1 // "ready to sell drones to any country that wanted them": whoever would buy, a readiness and no flow
		}
		if toks[k].Norm == "country" || toks[k].Norm == "countries" {
			return k
		}
	default:
		return -1
	}
	switch toks[k].Norm {
	case "side", "sides", "party", "parties":
		return k
	}
	return -1
}

// anyParty reports whether the parties noun at j is told with "any" ("any
// party", "any third party"): of any number, not the two sides of a war.
func (s *sent) anyParty(j int) bool {
	toks := s.d.toks
	w := toks[j-1].Norm
	if w == "third" || w == "other" {
		w = toks[j-2].Norm
	}
	return w == "any"
}

// partiesOfWar reports whether the parties noun at j is told as a war's
// ("any party to the conflict", "any party in the Ukraine conflict"): the
// text's flows may name them (see eitherSide).
func (s *sent) partiesOfWar(j int) bool {
	toks := s.d.toks
	for k := j + 1; k < s.hi && k <= j+5; k++ {
		if warNoun(toks[k].Norm) {
			return true
		}
		if clauseEnd(toks[k].Norm) {
			return false
		}
	}
	return false
}

// partiesIn reports whether the parties noun at j is placed in a state
// ("any party in Sudan", "any party in Yemen"): the parties of a war within
// it, which are that state's; not "any party in the Ukraine conflict".
func (s *sent) partiesIn(j int) bool {
	toks := s.d.toks
	if j+2 >= s.hi || toks[j+1].Norm != "in" {
		return false
	}
	a := s.actorAt(j + 2)
	if a < 0 {
		return false
	}
	m := &s.actors[a]
	return m.ref.kind == kindCountry && (m.hi >= s.hi || !warNoun(toks[m.hi].Norm))
}

// moneyPhrases makes a funding phrase of every amount of money that counts
// no materiel phrase ("a €3 billion contract", "valued at $18 billion"), and
// folds "$2bn worth of weapons" into one funding phrase.
//
// It works on ps in place: countsPhrase may read the phrases it has turned
// into funding, since that changes no phrase's quantity, and fundingBefore
// gives a quantity only to a phrase that had none.
func (s *sent) moneyPhrases(ps []phrase) []phrase {
	if s.has(fRare) {
		s.kroner()
	}
	out := ps
	for k := range out {
		if p := &out[k]; s.countedPackages(p) {
			// "46 aid packages worth $4.5 billion": the count is of
			// packages, not a sum; the package may still take its worth.
			p.qty = nil
			continue
		}
		if p := &out[k]; p.qty != nil && p.qty.Currency != "" {
			if (p.qty.Hi == p.lo || s.worthOf(p.qty.Hi, p.lo)) && p.cat != armsledger.Funding && p.cat != armsledger.Other {
				// "a $2bn air defence system": the goods, and their value,
				// which the loop below makes a phrase of its own.
				p.qty, p.money = nil, false
				continue
			}
			p.lo = p.qty.Lo
			p.cat, p.unit, p.money = armsledger.Funding, p.qty.Currency, true
		}
	}
	for k := range s.quants {
		q := &s.quants[k]
		if q.Currency == "" || countsPhrase(out, q) || q.Percent {
			continue
		}
		// "a military aid package exceeding $100 billion": the amount is
		// the package's.
		if f := fundingBefore(out, q.Lo, s.d.toks); f != nil {
			f.qty, f.unit, f.money = q, q.Currency, true
			continue
		}
		if f := s.aidAfter(out, q); f != nil {
			// "$3.8 billion in American military aid": the sum is the
			// aid's, whose giver its words may name.
			f.qty, f.unit, f.money = q, q.Currency, true
			continue
		}
		// "(about $3.4 billion)" after another currency restates it.
		if q.Lo > s.lo && s.d.toks[q.Lo-1].Norm == "(" && k > 0 && s.quants[k-1].Currency != "" {
			continue
		}
		if k > 0 && s.convertedSum(&s.quants[k-1], q) {
			continue // "16.5 trillion pesos, or roughly 3.1 billion euros": the same sum
		}
		if s.civilianMoney(s.skipParenthesis(q.Hi)) || s.worthOfGoods(q.Hi) || s.civilianDealBefore(q.Lo) || s.commodityWorth(q.Lo) || s.tradeTotal(q.Lo) || s.commodityPrice(q) || s.rewardSum(q) {
			continue // "$4.5 billion in humanitarian aid", "$3 billion worth of electronics": no money for arms
		}
		p := phrase{lo: q.Lo, hi: q.Hi, head: q.Lo, cat: armsledger.Funding, unit: q.Currency, qty: q, money: true}
		out = insertPhrase(out, p)
	}
	out = s.sumOfList(out)
	s.d.phraseBuf = out[:0] // keep what the buffer grew to
	return out
}

// convertedSum reports whether the sum q, right after the sum prev and
// joined to it by ", or", gives prev in another currency: "about 630
// billion rupees, or roughly $7.4 billion" is one sum told twice.
func (s *sent) convertedSum(prev, q *QuantityMatch) bool {
	toks := s.d.toks
	if prev.Currency == "" || prev.Currency == q.Currency || q.Lo != prev.Hi+2 || q.Lo-2 < s.lo {
		return false
	}
	return toks[q.Lo-2].Norm == "," && toks[q.Lo-1].Norm == "or"
}

// sumOfList folds into a sum of arms of no kind the goods of no kind
// listed after them: in "imported $1 billion in weapons, dual-use goods
// and raw materials" the sum is what all three cost, and none of them
// moved apart from it. Goods of a kind listed so ("$1 billion worth of
// drones and tanks") keep claims of their own.
func (s *sent) sumOfList(ps []phrase) []phrase {
	for k := 0; k < len(ps); k++ {
		end := s.sumOfGoods(ps, k)
		if end < 0 {
			continue
		}
		for k+1 < len(ps) {
			n := &ps[k+1]
			if n.qty != nil || n.cat != armsledger.Technology && n.cat != armsledger.Other || !s.listedNext(end, n.lo) {
				break
			}
			end = n.hi
			ps = slices.Delete(ps, k+1, k+2)
		}
	}
	return ps
}

// sumOfGoods returns the end of the goods of no kind that phrase k names
// as what a sum bought, folded into it ("$2bn worth of weapons") or
// right after it ("$1 billion in weapons"); or -1.
func (s *sent) sumOfGoods(ps []phrase, k int) int {
	p := &ps[k]
	if p.money && p.qty != nil && p.hi > p.qty.Hi {
		return p.hi
	}
	if k == 0 || p.cat != armsledger.Other || p.qty != nil {
		return -1
	}
	m := &ps[k-1]
	if !m.money || m.qty == nil || m.hi != m.qty.Hi || m.hi >= p.lo {
		return -1
	}
	if s.worthOf(m.hi, p.lo) || m.hi+1 == p.lo && s.d.toks[m.hi].Norm == "in" {
		return p.hi
	}
	return -1
}

// listedNext reports whether only the marks of a list (",", "and", "or")
// stand from lo up to hi: the items either side are listed one after the
// other.
func (s *sent) listedNext(lo, hi int) bool {
	if hi <= lo || hi-lo > 2 {
		return false
	}
	for j := lo; j < hi; j++ {
		switch s.d.toks[j].Norm {
		case ",", "and", "or":
		default:
			return false
		}
	}
	return true
}

// countedPackages reports whether p is a count of aid packages ("46
// military aid packages"): a number of packages is no amount of money.
func (s *sent) countedPackages(p *phrase) bool {
	return p.cat == armsledger.Funding && p.qty != nil && p.qty.Currency == "" && !p.money && packageWord(s.d.toks[p.hi-1].Norm)
}

// commodityPrice reports whether the sum q is the price of a unit of a
// bulk commodity ("$60 a barrel", "$250 per tonne") or a price cap ("the
// G7 price cap of $60"): a market's price, no money for arms.
func (s *sent) commodityPrice(q *QuantityMatch) bool {
	toks := s.d.toks
	if j := q.Hi; j+1 < s.hi && (toks[j].Norm == "a" || toks[j].Norm == "per") {
		switch toks[j+1].Norm {
		case "barrel", "tonne", "ton", "litre", "liter", "gallon", "bushel", "kilogram", "kilo", "ounce":
			return true
		}
	}
	if j := q.Lo - 1; j-1 > s.lo && toks[j].Norm == "of" && toks[j-1].Norm == "cap" {
		return true // "a price cap of $60"
	}
	return false
}

// tradeTotal reports whether the sum at i is what a clause whose subject
// is trade came to: "Trade between the two countries reached about $4.8
// billion last year", "Bilateral trade grew to $2 billion". Two states'
// trade is of every good, no money for arms ("trade in arms" names its
// goods, and is left to them).
func (s *sent) tradeTotal(i int) bool {
	toks := s.d.toks
	if i <= s.lo {
		return false
	}
	k := i - 1
	for k > s.lo && toks[k-1].Norm != "," && toks[k-1].Norm != ";" {
		k-- // back to the clause's first word
	}
	for k < i && (toks[k].Norm == "the" || toks[k].Norm == "their" || toks[k].Norm == "its" || toks[k].Norm == "bilateral" || toks[k].Norm == "annual" || toks[k].Norm == "total" || s.actorAt(k) >= 0 && s.actors[s.actorAt(k)].demonym) {
		k++ // "the", "their", "bilateral", "Russian-Iranian"
	}
	return k+1 < i && toks[k].Norm == "trade" && toks[k+1].Norm != "in" && toks[k+1].Norm != "of"
}

// worthOf reports whether "worth of", or "of" alone, stands between an
// amount ending at i and goods at lo: "€300 million worth of Caesar
// howitzers" and "$1.2 billion of interceptors" are the goods and their
// value, two claims.
func (s *sent) worthOf(i, lo int) bool {
	toks := s.d.toks
	return i+2 == lo && toks[i].Norm == "worth" && toks[i+1].Norm == "of" || i+1 == lo && toks[i].Norm == "of"
}

// civilianDealBefore reports whether the amount at i is the value of a
// civilian deal or an investment: "a civilian deal valued at $96
// billion", "will invest $600 billion in the United States".
//
// Past a comma before "valued" or "worth", the value is of the order
// before it, which an airline may have placed: "a record order by Qatar
// Airways for up to 210 Boeing widebody jets, valued at $96 billion".
func (s *sent) civilianDealBefore(i int) bool {
	toks := s.d.toks
	reach := 5
	for j := i - 1; j >= s.lo && i-j <= reach; j-- {
		switch toks[j].Norm {
		case "civilian", "commercial", "invest", "invests", "invested", "investing", "investment", "investments", "economic", "trade":
			return true
		case "airways", "airlines", "airliners", "widebody", "wide-body", "passenger":
			return reach > 5
		case ",":
			if reach > 5 || j+1 >= i || toks[j+1].Norm != "valued" && toks[j+1].Norm != "worth" {
				return false
			}
			reach = i - j + 14
		case ";":
			return false
		}
	}
	return false
}

// rewardSum reports whether the sum q is a reward or bounty, offered for
// information or a capture: "a reward of up to $5 million", "a $10
// million bounty". It pays informers, not for arms.
func (s *sent) rewardSum(q *QuantityMatch) bool {
	toks := s.d.toks
	if q.Hi < s.hi && rewardNoun(toks[q.Hi].Norm) {
		return true
	}
	for j := q.Lo - 1; j >= s.lo && q.Lo-j <= 4; j-- {
		if rewardNoun(toks[j].Norm) {
			return true
		}
		if w := toks[j].Norm; w != "of" && w != "up" && w != "to" && w != "a" && w != "as" && w != "much" && w != "the" {
			return false
		}
	}
	return false
}

// rewardNoun reports whether w names a reward or bounty.
func rewardNoun(w string) bool {
	switch w {
	case "reward", "rewards", "bounty", "bounties":
		return true
	}
	return false
}

// kroner gives an amount in "kroner", the name of both Denmark's and
// Norway's currency, the currency of the one of them the sentence names:
// "Norway has committed 7.5 billion kroner to Ukraine".
func (s *sent) kroner() {
	toks := s.d.toks
	for k := range s.quants {
		q := &s.quants[k]
		if q.Currency != "" || q.Percent || q.Hi >= s.hi {
			continue
		}
		w := toks[q.Hi].Norm
		if w != "kroner" && w != "krone" && w != "crowns" {
			continue
		}
		cur := ""
		for a := range s.actors {
			c := crownOf(s.actors[a].ref.Code, w)
			if c != "" {
				cur = cond(cur == "" || cur == c, c, "?")
			}
		}
		if cur == "" {
			cur = s.toldCrown(w) // "Denmark announced its 25th package. Worth 4.2 billion kroner, it ..."
		}
		if cur == "" || cur == "?" {
			continue // neither, or both: which kroner is not said
		}
		q.Currency = cur
		s.inQty[q.Hi-s.lo] = true
		q.Hi++
	}
}

// toldCrown returns the currency of the crowns (kroner) of the giver of
// the last flow told in the two sentences before, when the sentence names
// no state whose crowns they could be; or "".
func (s *sent) toldCrown(word string) string {
	for n := len(s.d.claims) - 1; n >= 0; n-- {
		c := &s.d.claims[n]
		if s.idx-c.sent > 2 {
			break
		}
		for _, code := range c.sup {
			if cur := crownOf(code, word); cur != "" {
				return cur
			}
		}
		if len(c.sup) > 0 {
			return ""
		}
	}
	return ""
}

// crownOf returns the currency a state's crowns (or kroner) are: Sweden's
// krona, Denmark's and Norway's krone, the Czech koruna; or "".
func crownOf(code, word string) string {
	switch code {
	case "NO":
		return "NOK"
	case "DK":
		return "DKK"
	case "SE":
		if word == "crowns" {
			return "SEK"
		}
	case "CZ":
		if word == "crowns" {
			return "CZK"
		}
	}
	return ""
}

// cond returns a if c holds, else b.
func cond(c bool, a, b string) string {
	if c {
		return a
	}
	return b
}

// worthOfGoods reports whether "worth of" after an amount at i names goods
// no lexicon calls materiel: "$3 billion worth of electronics".
func (s *sent) worthOfGoods(i int) bool {
	toks := s.d.toks
	if i+2 >= s.hi || toks[i].Norm != "worth" || toks[i+1].Norm != "of" {
		return false
	}
	for j := i + 2; j < s.hi && j <= i+5; j++ {
		if s.is(j, fMateriel) {
			return false
		}
		if toks[j].Kind == Punct || s.is(j, fStop) && j > i+2 {
			break
		}
	}
	return true
}

// commodityWorth reports whether the sum at i is the worth of a civilian
// commodity named just before it: "Qatar shipped liquefied gas worth $2
// billion to Germany", "hazelnuts valued at $1 billion". A sum of no named
// goods stays: "a deal worth", "aid worth".
func (s *sent) commodityWorth(i int) bool {
	toks := s.d.toks
	j := i - 1
	if j > s.lo && (toks[j].Norm == "at" || toks[j].Norm == "some" || toks[j].Norm == "about" || toks[j].Norm == "nearly") {
		j--
	}
	if j <= s.lo || toks[j].Norm != "worth" && toks[j].Norm != "valued" {
		return false
	}
	return commodity(toks[j-1].Norm)
}

// commodity reports whether w names civilian goods of trade, never arms.
func commodity(w string) bool {
	switch w {
	case "gas", "oil", "crude", "lng", "grain", "wheat", "corn", "maize", "soybeans", "rice", "fertiliser", "fertilisers", "fertilizer", "fertilizers",
		"food", "foodstuffs", "coal", "timber", "hazelnuts", "nuts", "cigars", "tobacco", "cotton", "coffee", "tea", "fish", "seafood", "fruit",
		"vegetables", "sugar", "steel", "aluminium", "aluminum", "copper", "ore", "textiles", "clothing", "garments", "medicines",
		"pharmaceuticals", "vaccines", "electricity", "cars", "automobiles", "smartphones", "furniture", "wine", "whisky", "beef",
		"pork", "poultry", "dairy", "flowers", "cocoa", "palm":
		return true
	}
	return false
}

// countsPhrase reports whether an amount of money is some phrase's quantity.
func countsPhrase(ps []phrase, q *QuantityMatch) bool {
	for k := range ps {
		if ps[k].qty == q {
			return true
		}
	}
	return false
}

// financed makes a funding phrase of what a "finance" or "fund" verb takes as
// object when no materiel or amount names it: "Germany has financed Israel's
// submarine programme" is money for arms from Germany to Israel.
func (s *sent) financed(ps []phrase) []phrase {
	if !s.d.tags.financing {
		return ps // most sentences: no verb of financing
	}
	return s.financedRest(ps)
}

// financedRest is financed past its first test (see gates in words.go).
func (s *sent) financedRest(ps []phrase) []phrase {
	toks := s.d.toks
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.lemma != "finance" || t.noun || t.passive {
			continue
		}
		if a := s.paysPeopleOf(t.i); a >= 0 && lex.info[toks[t.i].word].verb.Lemma == "pay" {
			// "pays Hezbollah's fighters": the money goes to whose fighters
			// they are; the fighters are no goods.
			hi := s.actors[a].hi + 1
			if w := toks[hi-1].Norm; (w == "'" || w == "’") && hi < s.hi {
				hi++ // "the Houthis' fighters"
			}
			ps = slices.DeleteFunc(ps, func(p phrase) bool { return p.lo > t.i && p.lo < hi })
			f := phrase{lo: t.i + 1, hi: hi, head: hi - 1, cat: armsledger.Funding, unit: "currency", financed: true}
			if k := s.sumAsideBefore(ps, t.i); k >= 0 {
				// "Iranian cash, about $700 million a year, pays Hezbollah's
				// fighters": the sum set beside the subject is what is paid.
				q := *ps[k].qty
				q.Lo, q.Hi = f.lo, f.lo // the sum stands before the verb; the phrase is its object
				f.qty, f.unit = &q, ps[k].unit
				ps = slices.Delete(ps, k, k+1)
			}
			ps = insertPhrase(ps, f)
			continue
		}
		taken := false
		for k := range ps {
			if p := &ps[k]; p.lo > t.i && p.lo-t.i <= 6 {
				taken = true
				if s.madeThere(p.start()) {
					// "is financing the production of Bohdana howitzers in
					// Ukraine": the money moves, the guns are made there.
					p.cat, p.unit, p.financed = armsledger.Funding, "currency", true
				}
			}
		}
		if taken {
			continue
		}
		hi := t.i + 1
		for hi < s.hi && (s.is(hi, fAdverb) || len(toks[hi].Norm) > 4 && strings.HasSuffix(toks[hi].Norm, "ly")) {
			hi++ // "funded jointly with Denmark": the adverb is no object
		}
		if hi < s.hi && financedHow(toks[hi].Norm) || hi > t.i+1 && (hi >= s.hi || toks[hi].Kind == Punct) {
			continue // "The package, funded through USAI": how it is paid for, no object
		}
		for hi < s.hi && hi-t.i <= 6 && (toks[hi].Kind == Word && (!s.is(hi, fStop) || toks[hi].Norm == "'s" || toks[hi].Norm == "the") || s.actorAt(hi) >= 0) {
			hi++
		}
		if hi == t.i+1 {
			continue
		}
		lo := t.i + 1
		for lo < hi && (s.is(lo, fAdverb) || len(toks[lo].Norm) > 4 && strings.HasSuffix(toks[lo].Norm, "ly")) {
			lo++ // "financed entirely the purchase": the object, not its adverb
		}
		if lo == hi {
			continue
		}
		ps = insertPhrase(ps, phrase{lo: lo, hi: hi, head: hi - 1, cat: armsledger.Funding, unit: "currency", financed: true})
	}
	return ps
}

// sumAsideBefore returns the index in ps of a sum of money set between
// commas just before the verb at i, in apposition to its subject ("Iranian
// cash, about $700 million a year by US estimates, pays"), or -1.
func (s *sent) sumAsideBefore(ps []phrase, i int) int {
	toks := s.d.toks
	if i-1 <= s.lo || toks[i-1].Norm != "," {
		return -1
	}
	for k := range ps {
		p := &ps[k]
		if !p.money || p.qty == nil || p.hi >= i || i-1-p.hi > 6 || p.start()-1 <= s.lo || toks[p.start()-1].Norm != "," {
			continue
		}
		for j := p.hi; j < i-1; j++ {
			if toks[j].Kind == Punct || s.is(j, fBe) {
				return -1
			}
		}
		return k
	}
	return -1
}

// seizersDropped drops the people who seize goods from the phrases:
// "customs officers at the border seized a truck carrying drone motors".
// The subject of a verb of seizing stops the goods; it is not among them,
// and nothing moves it anywhere.
func (s *sent) seizersDropped(ps []phrase) []phrase {
	out := ps[:0]
	for _, p := range ps {
		if p.cat == armsledger.Personnel && p.qty == nil && s.seizerAt(p.hi) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// placePrep reports whether w opens the place where someone stands.
func placePrep(w string) bool {
	return w == "at" || w == "on" || w == "in" || w == "near"
}

// seizerAt reports whether a verb of seizing follows at j, straight or past
// a place the seizers stand at ("at Medininkai", "on the border").
func (s *sent) seizerAt(j int) bool {
	toks := s.d.toks
	for k := j; k < s.hi && k-j <= 5; k++ {
		switch w := toks[k].Norm; {
		case seizureVerb(w) && !strings.HasPrefix(w, "captur"): // (troops that capture a town are troops sent)
			return true
		case k == j && placePrep(w):
		case k > j && placePrep(toks[j].Norm) && toks[k].Kind == Word && !s.is(k, fVerb):
		default:
			return false
		}
	}
	return false
}

// licencesRefused makes goods of no kind of the export licences a verb of
// refusing takes as object when no goods are named with them: "Britain
// suspended 30 of its 350 export licences to Israel" refuses arms, as
// "arms export licences" says. How many licences is no count of arms.
func (s *sent) licencesRefused(ps []phrase) []phrase {
	toks := s.d.toks
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.class != classDeny || t.noun || t.passive {
			continue
		}
		for j := t.i + 2; j < s.hi && j-t.i <= 8; j++ {
			if toks[j].Kind == Punct || s.actorAt(j) >= 0 {
				break
			}
			if !licenceWord(toks[j].Norm) || toks[j-1].Norm != "export" {
				continue
			}
			if f := j + 2; f < s.hi && toks[j+1].Norm == "for" && s.actorAt(f) < 0 && !(toks[f].Norm == "the" && s.actorAt(f+1) >= 0) {
				break // "export licences for tanks": the goods named say what
			}
			taken := false
			for q := range ps {
				if ps[q].lo > t.i && ps[q].lo <= j+3 {
					taken = true // "arms export licences", "licences for arms"
				}
			}
			if !taken {
				ps = insertPhrase(ps, phrase{lo: j - 1, hi: j + 1, head: j - 1, cat: armsledger.Other, unit: "item"})
			}
			break
		}
	}
	return ps
}

// financedHow reports whether w after a verb of financing says how or by
// whom, not what: "funded through", "financed by", "paid for with".
func financedHow(w string) bool {
	switch w {
	case "through", "by", "with", "via", "under", "from", "out":
		return true
	}
	return false
}

// madeThere reports whether the phrase starting at i is what is made:
// "the production of", "the manufacture of".
func (s *sent) madeThere(i int) bool {
	toks := s.d.toks
	if i-2 < s.lo || toks[i-1].Norm != "of" {
		return false
	}
	j := i - 2
	if (toks[j].Norm == "\"" || toks[j].Norm == "'") && j-1 >= s.lo {
		j-- // "the \"serial mass production\" of drones"
	}
	switch toks[j].Norm {
	case "production", "manufacture", "manufacturing", "assembly":
		return true
	}
	return false
}

// goodsValued reports whether the amount at i is the value of goods named
// just before it: "650 missiles worth 162 million pounds". The value moves
// as the goods do, by the verb that moves them, not by one after it.
func (s *sent) goodsValued(i int) bool {
	toks := s.d.toks
	j := s.valueWordBefore(i)
	if j < 0 {
		return false
	}
	return s.is(j-1, fMateriel) || toks[j-1].Norm == "s" && j-2 >= s.lo && s.is(j-2, fMateriel)
}

// goodsPriced reports whether the amount at i is the price the goods just
// before it are bought at: "26 Rafale Marine fighter jets at a cost of
// about Rs 63,000 crore, to be deployed on the carrier" (the verb after
// is the jets', not the money's).
func (s *sent) goodsPriced(i int) bool {
	toks := s.d.toks
	if i-5 < s.lo || toks[i-1].Norm != "of" || toks[i-3].Norm != "a" || toks[i-4].Norm != "at" && toks[i-4].Norm != "for" {
		return false
	}
	switch toks[i-2].Norm {
	case "cost", "price", "value":
		return s.is(i-5, fMateriel) || toks[i-5].Norm == "s" && s.is(i-6, fMateriel)
	}
	return false
}

// valueWordBefore returns the token of "worth" or "valued" that brings in
// the amount at i, past the words between ("worth about", "valued at an
// estimated"), or -1. It is never the sentence's first token.
func (s *sent) valueWordBefore(i int) int {
	toks := s.d.toks
	j := i - 1
	for j > s.lo {
		switch toks[j].Norm {
		case "at", "an", "estimated", "some", "about", "around":
			j--
			continue
		case "worth", "valued":
			return j
		}
		break
	}
	return -1
}

// countedPackagesBefore returns the first token of a count of packages
// whose worth the amount at i gives, or i: "29 packages worth about 2.9
// billion euros" numbers the packages, and the amount is what they hold.
func (s *sent) countedPackagesBefore(i int) int {
	v := s.valueWordBefore(i)
	if v-2 < s.lo || !packageWord(s.d.toks[v-1].Norm) {
		return i
	}
	if q := s.quantityEndingAt(v - 1); q != nil && q.Currency == "" {
		return q.Lo
	}
	return i
}

// fundingBefore returns a funding phrase with no amount that ends just
// before token i, with only "worth", "valued at" and the like between.
func fundingBefore(ps []phrase, i int, toks []Token) *phrase {
	for k := len(ps) - 1; k >= 0; k-- {
		p := &ps[k]
		if p.hi > i || p.cat != armsledger.Funding || p.qty != nil {
			continue
		}
		for j := p.hi; j < i; j++ {
			switch toks[j].Norm {
			case "worth", "valued", "at", "totaling", "totalling", "of", "estimated", "an", "(":
			default:
				return nil
			}
		}
		if i-p.hi <= 3 {
			return p
		}
		return nil
	}
	return nil
}

// aidAfter returns the funding phrase with no amount that "in" joins to
// the sum q ("$1.3 billion a year in US military aid"), or nil.
func (s *sent) aidAfter(ps []phrase, q *QuantityMatch) *phrase {
	toks := s.d.toks
	j := q.Hi
	if j+1 < s.hi && (toks[j].Norm == "a" || toks[j].Norm == "per") && (toks[j+1].Norm == "year" || toks[j+1].Norm == "month") {
		j += 2
	}
	if j >= s.hi || toks[j].Norm != "in" {
		return nil
	}
	for k := range ps {
		if p := &ps[k]; p.cat == armsledger.Funding && p.qty == nil && p.lo > j && p.lo-j <= 3 {
			return p
		}
	}
	return nil
}

// insertPhrase adds p to ps, which are in text order.
func insertPhrase(ps []phrase, p phrase) []phrase {
	return insertInOrder(ps, p, func(p phrase) int { return p.lo })
}

// ofWhich reports whether an elided count opens a clause on the phrase
// before it, "five squadrons, three of which have arrived": a part of
// it, not one more item of a list.
func (s *sent) ofWhich(p *phrase) bool {
	toks := s.d.toks
	if p.pronominal && p.hi-2 > p.lo && toks[p.hi-1].Norm == "which" && toks[p.hi-2].Norm == "of" {
		switch toks[p.lo].Norm {
		case "most", "many", "some", "half":
			return true // "52 F-35s, most of which have arrived": a share of them, with no count (see allOfWhich)
		}
	}
	return p.elided && p.hi+1 < s.hi && toks[p.hi].Norm == "of" && toks[p.hi+1].Norm == "which"
}

// partMadeWhere reports whether p is a count "N of which" whose own verb,
// past auxiliaries, is a participle of making: "four of which are being
// built in Wuhan", "two of which will be assembled locally".
func (s *sent) partMadeWhere(p *phrase) bool {
	if !s.ofWhich(p) {
		return false
	}
	toks := s.d.toks
	j := p.hi + 2
	for j < s.hi && (isAux(toks[j].Norm) || s.is(j, fBe|fModal|fAdverb)) {
		j++
	}
	return j < s.hi && madeWord(toks[j].Norm)
}

// gappedMadePart reports whether p is a bare count after "and" that
// gaps the verb of a part made before it: "four of which are being built
// in Wuhan and four at Karachi Shipyard".
func (s *sent) gappedMadePart(p *phrase) bool {
	toks := s.d.toks
	if !p.elided || p.start()-1 <= s.lo || toks[p.start()-1].Norm != "and" {
		return false
	}
	for j := p.start() - 2; j > s.lo && p.start()-j <= 12; j-- {
		switch toks[j].Norm {
		case ",", ";", ":":
			return false
		case "which":
			if toks[j-1].Norm != "of" {
				return false
			}
			k := j + 1
			for k < s.hi && (isAux(toks[k].Norm) || s.is(k, fBe|fModal|fAdverb)) {
				k++
			}
			return k < s.hi && madeWord(toks[k].Norm)
		}
	}
	return false
}

// goesToRestock reports whether the verb at i ("go", "be spent") is followed
// by "to" or "towards" and a verb of refilling stocks: "will go to
// replenishing American stocks", "goes toward restocking arsenals". Money
// that refills the giver's own stocks moves to no other state.
func (s *sent) goesToRestock(i int) bool {
	toks := s.d.toks
	if i+2 >= s.hi {
		return false
	}
	switch toks[i+1].Norm {
	case "to", "toward", "towards":
	default:
		return false
	}
	switch toks[i+2].Norm {
	case "replenish", "replenishing", "restock", "restocking", "refill", "refilling", "backfill", "backfilling":
		return true
	}
	return false
}

// groups joins coordinated phrases.
func (s *sent) groups(ps []phrase) []group {
	out := s.d.groupBuf[:0]
	first := 0 // the index in ps of the last group's first phrase
	for k := range ps {
		p := &ps[k]
		if n := len(out); n > 0 && !p.money && !out[n-1].phrases[0].money && !s.ofWhich(p) && s.coordinatedPhrases(out[n-1].hi, p.start()) && !s.nextClause(&out[n-1], p) {
			g := &out[n-1]
			g.phrases = ps[first : k+1] // a group's phrases are neighbours in ps
			g.hi = p.end()
			continue
		}
		first = k
		out = append(out, group{phrases: ps[k : k+1], lo: p.start(), hi: p.end()})
	}
	s.d.groupBuf = out[:0] // keep what the buffer grew to
	return out
}

// pricedEntryTrigger returns the verb of the price that follows the goods
// of groups[k] when a further entry of the list comes after that price
// (", and five Patriot units"): the goods, the sum "for" them and the
// entry after it are one list under one verb, whether the verb closes the
// list or is a participle on the first entry (", ordered in 2022 for about
// 8.3 billion euros, and 60 helicopters").
func (s *sent) pricedEntryTrigger(groups []group, k int) (trigger, bool) {
	if k+2 >= len(groups) {
		return trigger{}, false
	}
	toks := s.d.toks
	g, m, n := &groups[k], &groups[k+1], &groups[k+2]
	if len(m.phrases) != 1 || !m.phrases[0].money || g.phrases[0].money || n.phrases[0].money || m.lo-1 < g.hi || toks[m.lo-1].Norm != "for" {
		return trigger{}, false
	}
	if !s.joinedByAnd(m.hi, n.lo) || s.actorWithin(g.hi, n.lo) {
		return trigger{}, false
	}
	for j := g.hi; j < m.lo; j++ {
		if w := toks[j].Norm; w == ";" || w == ":" || w == "." || w == "which" || w == "that" {
			return trigger{}, false
		}
	}
	t, ok := s.triggerFor(*m)
	if !ok || t.noun || t.i < g.hi || t.class == classSpeech {
		return trigger{}, false
	}
	return t, true
}

// joinedByAnd reports whether the words from i up to j are ", and" or
// "and" alone: the next entry of a list.
func (s *sent) joinedByAnd(i, j int) bool {
	toks := s.d.toks
	if i < j && toks[i].Norm == "," {
		i++
	}
	return i+1 == j && toks[i].Norm == "and"
}

// nextClause reports whether phrase p, after ", and" past the object of a
// verb, is the subject of a clause of its own: "will include drones and
// ammunition, and a Belgian F-16 is to be handed over", "ordered 30 jets in
// 2021, and the first jets arrived in March", "agreed to send 31 Abrams,
// and all of them reached Ukraine". (A list before its verb,
// "Drones, rifles, and a tank were sent", is one subject.) A semicolon
// closes a clause as ", and" does, and any goods after it that arrive are
// that verb's subject: "had sought Yak-130 trainers; the Yak-130s arrived in
// September".
func (s *sent) nextClause(g *group, p *phrase) bool {
	toks := s.d.toks
	if p.end() >= s.hi {
		return false
	}
	comma, and, semi := false, false, false
	for j := g.hi; j < p.start(); j++ {
		comma = comma || toks[j].Norm == ","
		and = and || comma && toks[j].Norm == "and"
		semi = semi || toks[j].Norm == ";"
	}
	if !s.is(p.end(), fBe|fModal) && !isAux(toks[p.end()].Norm) && !(s.arrivesAt(p.end()) && (s.firstPart(p) || p.pronominal || semi)) {
		return false
	}
	if !and && !semi {
		return false
	}
	for k := range s.trigs {
		if t := &s.trigs[k]; t.i < g.lo && !t.noun {
			return true
		}
	}
	return false
}

// firstPart reports whether phrase p is the first part of goods, opened
// by "the first": "the first jets", "the first six", "the first of
// those", "the first" alone (see firstOfThem). After an order or a pledge, that part arriving is a
// clause of its own, told of the goods ordered.
func (s *sent) firstPart(p *phrase) bool {
	toks := s.d.toks
	j := p.start()
	if toks[j].Norm == "the" && j+1 < p.end() {
		j++ // "the first deliveries", one phrase
	}
	if j-2 >= s.lo && toks[j-1].Norm == "of" && ofThemWord(toks[j].Norm) {
		j -= 2 // "the first of | those"
	} else if toks[j].Norm != "first" {
		j-- // "the first | six jets", "the first | jets"
	}
	return j-1 >= s.lo && toks[j].Norm == "first" && toks[j-1].Norm == "the"
}

// arrivesAt reports whether a verb of arriving, past adverbs, opens the
// words at j: "(the first jets) arrived", "(the first six) finally
// landed". A verb of arriving after goods makes them its subject.
func (s *sent) arrivesAt(j int) bool {
	for j < s.hi && s.is(j, fAdverb) {
		j++
	}
	for k := range s.trigs {
		if t := &s.trigs[k]; t.i == j {
			return !t.noun && t.class == classArrive
		}
	}
	return false
}

// coordinatedPhrases reports whether only list glue lies between two phrases.
func (s *sent) coordinatedPhrases(a, b int) bool {
	toks := s.d.toks
	aLo, aHi := s.sourceAside(a, b)
	if b-a-(aHi-aLo) > 8 {
		return false
	}
	for j := a; j < b; j++ {
		if j == aLo && aHi > aLo {
			j = aHi - 1 // past the aside, to its closing comma
			continue
		}
		if toks[j].Norm == "," && j+2 <= b && j+2 < s.hi && toks[j+1].Norm == "the" && superlative(toks[j+2].Norm) {
			return false // "180 K2 tanks, the largest single arms export deal": an apposition, not the list
		}
		if n := s.exampleCue(j); n > 0 {
			j += n - 1
			continue
		}
		if j > a && toks[j-1].Norm == "," && s.partitiveThem(j, b) {
			j += 2 // "320 tanks, most of them T-72s": the kinds of the goods just counted
			continue
		}
		if j > a && toks[j-1].Norm == "," && s.is(j, fIncrement) {
			continue // ", more uncrewed aerial systems": a word of increment opens the next item
		}
		if j > a && (toks[j-1].Norm == "," || toks[j-1].Norm == "and") && s.noCountBefore(j, b) {
			break // "200 howitzers and a number of rocket launchers": words of an amount left unsaid open the next item
		}
		if lex.sets[toks[j].word]&setListGlue == 0 && !s.inQty[j-s.lo] {
			// The words that name the next item before its head: ", KJ-500
			// airborne early warning aircraft and ...".
			// So after the semicolons of a list whose items hold commas.
			glued := j > a && (toks[j-1].Norm == "," || toks[j-1].Norm == "and" || toks[j-1].Norm == ";")
			if m := s.actorAt(j); glued && m >= 0 && s.actors[m].possessive && s.actors[m].lo == j && s.actors[m].ref.kind == kindCountry {
				// ", Germany's IRIS-T SLM and France's VL MICA": each item
				// its own state's (see ownerOfItem).
				return s.actors[m].hi == b && toks[b].Cap // (not "South Korea's arms procurement agency said")
			}
			return glued && s.namesBefore(j, b)
		}
	}
	return b-a-(aHi-aLo) <= 6
}

// noCountBefore reports whether tokens [j, b) are words of an amount that
// give no count ("several", "a few", "a number of", "an unspecified number
// of"), right before the phrase at b.
func (s *sent) noCountBefore(j, b int) bool {
	toks := s.d.toks
	switch n := b - j; {
	case n == 1:
		w := toks[j].Norm
		return w == "several" || w == "some" || w == "many" || w == "various" || w == "numerous"
	case n == 2:
		return toks[j].Norm == "a" && toks[j+1].Norm == "few"
	case n == 3 || n == 4:
		if toks[j].Norm != "a" && toks[j].Norm != "an" || toks[b-2].Norm != "number" || toks[b-1].Norm != "of" {
			return false
		}
		switch toks[j+1].Norm {
		case "number", "small", "large", "unspecified", "undisclosed", "limited":
			return true
		}
	}
	return false
}

// sourceAside returns the span of an attribution set off by commas between
// tokens a and b, from its first comma to the word before its second:
// "drones and, according to a British-based war monitor, several thousand
// fighters" lists two items. It returns a, a when there is none.
func (s *sent) sourceAside(a, b int) (lo, hi int) {
	toks := s.d.toks
	for j := a; j+2 < b; j++ {
		if toks[j].Norm == "," && (toks[j+1].Norm == "known" || toks[j+1].Norm == "also" && toks[j+2].Norm == "known") {
			// "three Surface-to-Air Missile Systems, known as NASAMS, and
			// 123 missiles": the name's other name, set off as an aside.
			for k := j + 2; k < b && k-j <= 8; k++ {
				if toks[k].Norm == "," {
					if k > j+3 && s.d.wordIn(j+1, k, "as") {
						return j, k
					}
					break
				}
			}
			break
		}
		if toks[j].Norm == "," && j == a && s.participle(j+1) && !toks[j+1].Cap {
			// "22 howitzers, bought back from the army's reserve, along
			// with spare parts, and 100 missiles": a participle's clause on
			// the item before, set off by commas, and the list goes on
			// past it.
			if k := s.participleAsideEnd(j+1, b); k > 0 {
				return j, k
			}
			break
		}
		if toks[j].Norm != "," || toks[j+1].Norm != "according" || toks[j+2].Norm != "to" {
			continue
		}
		for k := j + 3; k < b && k-j <= 12; k++ {
			if toks[k].Norm == "," {
				return j, k
			}
			if s.is(k, fVerb) {
				break
			}
		}
		break
	}
	return a, a
}

// participleAsideEnd returns the comma that closes a participle's clause
// opening at token i, before the next item of a list that starts at b
// ("bought back from the army's reserve," before ", and 100 missiles"),
// or -1: the clause holds no state, no verb of its own and no mark, and
// list glue follows its comma.
func (s *sent) participleAsideEnd(i, b int) int {
	toks := s.d.toks
	for k := i + 1; k < b && k-i <= 8; k++ {
		switch {
		case toks[k].Norm == ",":
			if k == i+1 || k+1 >= b || lex.sets[toks[k+1].word]&setListGlue == 0 {
				return -1
			}
			return k
		case toks[k].Norm == "'s" || toks[k].Norm == "’s":
			// a possessive ("the army's reserve"), no "is"
		case s.actorAt(k) >= 0 && toks[k].Cap || s.is(k, fVerb|fBe|fModal) || toks[k].Kind == Punct && !Joiner(toks, k):
			// (A state named in the clause may take a role in it: "bought
			// from Germany". "The army's" names none.)
			return -1
		}
	}
	return -1
}

// superlative reports whether w ranks what follows it: "largest",
// "biggest", "first".
func superlative(w string) bool {
	switch w {
	case "largest", "biggest", "first", "latest", "last", "most", "second", "third", "single", "only":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "est") && w != "interest" && w != "request" && w != "harvest"
}

// namesBefore reports whether tokens [lo, hi) are the name and modifiers of
// the item whose phrase starts at hi: words, numbers and hyphens, with no
// state, word of transfer or mark among them.
func (s *sent) namesBefore(lo, hi int) bool {
	toks := s.d.toks
	if hi-lo > 7 {
		return false
	}
	for k := range s.trigs {
		if within(s.trigs[k].i, lo, hi) {
			return false
		}
	}
	for j := lo; j < hi; j++ {
		switch {
		case s.actorAt(j) >= 0 || s.is(j, fStop):
			return false
		case toks[j].Kind == Word || toks[j].Kind == Number || Joiner(toks, j):
		default:
			return false
		}
	}
	return true
}

// partitiveThem reports whether "most of them", "many of these" or the
// like opens token j and ends right before token b, where goods are named:
// the part names what the goods just counted were.
func (s *sent) partitiveThem(j, b int) bool {
	toks := s.d.toks
	if j+3 != b && j+2 != b { // (the goods' phrase may take in "them")
		return false
	}
	switch toks[j].Norm {
	case "most", "many", "some", "all", "half":
	default:
		return false
	}
	return toks[j+1].Norm == "of" && ofThemWord(toks[j+2].Norm)
}

// listGlueWords may stand between the phrases of a list.
var listGlueWords = []string{",", "and", "or", "as", "well", "plus", "along", "together", "with",
	"even", "such", "the", "also", "other", "(", ")", ";"}

// delayed reports whether a delay is what the text says about a transfer
// ("the delay in arms deliveries", "delayed weapon deliveries").
func (s *sent) delayed(i int) bool {
	if s.lacksCue(cueDelay) {
		return false // most sentences: no cue of delay
	}
	return s.delayedRest(i)
}

// delayedRest is delayed past its first test (see gates in words.go): the
// sentence may hold a cue of delay, so cueWithin's own gate is passed.
func (s *sent) delayedRest(i int) bool {
	if !s.cueWithinRest(cueDelay, i-4, i, s.hi) { // a cue in the four words before
		return false
	}
	for j := max(s.lo+1, i-4); j < i; j++ {
		if s.d.toks[j].Norm == "delayed" && Joiner(s.d.toks, j-1) {
			return false // "the long-delayed $23 billion sale": delayed once, told now
		}
		if s.d.toks[j].Norm == "held" && (s.pauseBefore(j) || s.holderBefore(j)) {
			return false // "The pause held up shipments of Patriot interceptors", "Washington held up a shipment": withheld (see heldBack)
		}
		if s.d.toks[j].Norm == "slipped" {
			return false // "exports slipped to $9.5 billion": a fall; deliveries that have slipped are late (delayedAfter)
		}
	}
	return true
}

// pauseBefore reports whether a noun of pausing or freezing stands in the
// clause before token j: what "the pause" holds up is withheld, not late.
func (s *sent) pauseBefore(j int) bool {
	for k := j - 1; k >= s.lo && j-k <= 10; k-- {
		switch s.d.toks[k].Norm {
		case "pause", "freeze", "halt", "suspension", "hold", "moratorium":
			return true
		case ";":
			return false
		}
	}
	return false
}

// dealInfinitive reports whether t is the verb of a deal's infinitive:
// "Thailand's 2017 deal to buy a Chinese submarine stalled". What is late
// there is the deal, which was made: the purchase it binds is still told,
// unlike deliveries that are only said to be late.
func (s *sent) dealInfinitive(t *trigger) bool {
	toks := s.d.toks
	if t.noun || t.passive || t.i-2 < s.lo || toks[t.i-1].Norm != "to" {
		return false
	}
	switch toks[t.i-2].Norm {
	case "deal", "contract", "agreement":
		return true
	}
	return false
}

// delayWords are the verbs of delay delayedAfter looks for.
var delayWords = setOf("delayed", "postponed", "stalled", "held", "slipped", "pushed")

// delayedAfter reports whether the verb after a transfer says it is delayed:
// "the deliveries of F-16s have been delayed until 2025", "have slipped by
// six months", "were pushed back to 2027".
//
// Each verb of delay starts a cue ("held up"; see TestFlagShortcuts), so
// the loop passes from one word that does to the next; and each is one of
// delayWords, whose flag (fDelay) tells at once of most sentences that
// none stands in them.
func (s *sent) delayedAfter(i int) bool {
	if !s.has(fDelay) {
		return false
	}
	return s.delayedAfterRest(i)
}

// delayedAfterRest is delayedAfter past its first test (see gates in words.go).
func (s *sent) delayedAfterRest(i int) bool {
	// Past the parties the transfer names ("Deliveries of F-35 jets from
	// the US to Poland have slipped"): they are the subject's words.
	for i < s.hi && (s.actorAt(i) >= 0 || s.d.toks[i].Norm == "from" || s.d.toks[i].Norm == "to" || s.d.toks[i].Norm == "the") {
		i++
	}
	if e := s.appositionEnd(i); e > 0 {
		i = e + 1 // "Delivery of the last 36 jets, an upgraded version, has slipped": the comma closes no clause
	}
	for j := s.nextNear(i, fCue); j < s.hi && j-i <= 6; j = s.nextNear(j+1, fCue) {
		if s.is(j, fDelay) && (s.d.toks[j].Norm != "held" || j+1 < s.hi && s.d.toks[j+1].Norm == "up") {
			// A verb of delay (one of delayWords); "eased the shortages"
			// is none, and "held" delays only as "held up": goods "that
			// Washington had held back" are withheld (heldBackAfter). A
			// comma before it ends the clause.
			for k := i; k < j; k++ {
				if k+2 < j && s.d.toks[k].Norm == "," && asideAdverb(s.d.toks[k+1].Norm) && s.d.toks[k+2].Norm == "," {
					k += 2 // "Deliveries of 66 jets, however, have slipped": an aside, not the clause's end
					continue
				}
				if w := s.d.toks[k].Norm; w == "," || w == ";" {
					return false
				}
			}
			return true
		}
	}
	return false
}

// asideAdverb reports whether w, set off by commas inside a clause, is an
// aside that leaves the clause whole: "The jets, however, are late".
func asideAdverb(w string) bool {
	switch w {
	case "however", "though", "meanwhile", "too", "also", "moreover", "meantime", "instead", "again":
		return true
	}
	return false
}

// relativeGiver returns the active verb of giving or promising of a
// relative clause right after the group whose subject is a state named in
// it: "the aid that Britain has committed to Kyiv". Or nil.
func (s *sent) relativeGiver(g *group) *trigger {
	toks := s.d.toks
	j := g.hi
	if j+3 < s.hi && toks[j].Norm == "," && s.commaInside(g) {
		j++ // "weapons, chiefly Patriot interceptors, that Washington ships to Kyiv": the clause is on the whole
	}
	if j+2 >= s.hi || toks[j].Norm != "that" && toks[j].Norm != "which" {
		return nil
	}
	a := s.actorAt(j + 1)
	if say := s.relativeSaid(j); say > 0 && say+1 < s.hi {
		a = s.actorAt(say + 1) // "the troops that officials say Pyongyang sent"
	}
	if a < 0 || s.actors[a].prep != "" || s.actors[a].possessive {
		return nil
	}
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.i < s.actors[a].hi || t.i-s.actors[a].hi > 4 {
			continue
		}
		if t.noun || t.passive || t.class != classGive && t.class != classCommit && t.class != classSell {
			return nil
		}
		for m := s.actors[a].hi; m < t.i; m++ {
			if !isAux(toks[m].Norm) && !s.is(m, fAdverb|fModal|fBe) && toks[m].Norm != "have" {
				return nil
			}
		}
		return t
	}
	return nil
}

// commaInside reports whether the group holds a comma, that opens examples
// or an apposition set off inside it ("weapons, chiefly interceptors,"):
// a comma after it closes them.
func (s *sent) commaInside(g *group) bool {
	for k := g.lo + 1; k < g.hi; k++ {
		if s.d.toks[k].Norm == "," {
			return true
		}
	}
	return false
}

// dealOpener reports whether the noun t is a deal told again in an
// opening "Under the agreement," and the group g follows it as the
// subject of a verb chain of its own ("four of the submarines are being
// built", "116 of the tanks will be delivered"): the goods are that
// verb's, and the deal, told before, frames none of them.
func (s *sent) dealOpener(t *trigger, g *group) bool {
	toks := s.d.toks
	if !t.noun || t.i-2 != s.lo || toks[s.lo].Norm != "under" || toks[t.i-1].Norm != "the" || t.i+1 != g.lo-1 && t.i+1 != g.lo || toks[t.i+1].Norm != "," {
		return false
	}
	return g.hi < s.hi && (s.is(g.hi, fBe|fModal) || isAux(toks[g.hi].Norm))
}

// dealParticiple reports whether the verb of promise t is a past
// participle on a deal noun just before it ("under a deal signed in
// 2016", "a plan agreed in March"): it says when the deal was made, and
// the goods after it still go by the clause's own verb.
func (s *sent) dealParticiple(t *trigger) bool {
	toks := s.d.toks
	if t.class != classCommit || t.noun || t.i-1 <= s.lo || !strings.HasSuffix(toks[t.i].Norm, "ed") {
		return false
	}
	switch toks[t.i-1].Norm {
	case "deal", "agreement", "contract", "accord", "plan", "package", "memorandum", "treaty":
		return true
	}
	return false
}

// includedPastParticiple reports whether the group is a list opened by
// "including" or "such as" after goods that left, an active verb of
// transfer, takes for object and that the past participle t describes:
// "has delivered most of the weapons promised last year, including 20
// tanks", "sent Peru the arms ordered in 2020, such as 12 jets". "Including"
// tells the parts of the head noun, not of its participle's clause, so
// the parts move by the verb whose object the noun is.
func (s *sent) includedPastParticiple(left, t *trigger, g *group) bool {
	toks := s.d.toks
	if t.noun || left.noun || left.passive || t.i <= left.i || g.lo-2 <= t.i || !t.passive && (s.verbLo(t.i) != t.i || !strings.HasSuffix(toks[t.i].Norm, "ed")) {
		return false
	}
	if left.class != classGive && left.class != classMove {
		return false
	}
	if w := toks[g.lo-1].Norm; w != "including" && !(w == "as" && toks[g.lo-2].Norm == "such") {
		return false
	}
	v := s.verbLo(t.i)
	if v-1 <= left.i || s.beBefore(t.i) || toks[v-1].Kind != Word || s.is(v-1, fStop|fSubjectPronoun|fModal) || isAux(toks[v-1].Norm) || s.actorAt(v-1) >= 0 {
		return false // "the tanks were promised", not "the weapons promised"
	}
	return !s.clauseBreak(left.i+1, g.lo)
}

// financedPurchase returns, for a participle of financing set off by a
// comma and followed by "by" (", financed by a ten-year loan"), the verb
// of the clause before it that the financing is of; or nil. The
// participle says how the goods of that verb are paid for, so it tells no
// time of its own: the money is bound, paid or to come as they are.
func (s *sent) financedPurchase(t *trigger) *trigger {
	toks := s.d.toks
	if t.noun || t.lemma != "finance" && t.lemma != "fund" || t.i-1 <= s.lo || t.i+1 >= s.hi ||
		toks[t.i-1].Norm != "," || toks[t.i+1].Norm != "by" {
		return nil
	}
	for k := len(s.trigs) - 1; k >= 0; k-- {
		u := &s.trigs[k]
		if u.i >= t.i || u.noun || u.class == classSpeech {
			continue
		}
		switch u.class {
		case classBuy, classReceive, classSell, classGive, classCommit:
			return u
		}
		return nil
	}
	return nil
}

// fundedThrough reports whether the passive verb of financing at i is in
// the present and says what pays ("is funded through", "are financed
// under"): a programme the money is drawn from, not a payment made.
func (s *sent) fundedThrough(i int) bool {
	toks := s.d.toks
	if i+1 >= s.hi || i == s.lo {
		return false
	}
	switch toks[i+1].Norm {
	case "through", "under", "via":
	default:
		return false
	}
	switch toks[i-1].Norm {
	case "is", "are", "being":
		return true
	}
	return false
}

// fromStocks reports whether "from" and a word of stocks follow the verb at
// i: "will come from U.S. stockpiles", "comes from Bundeswehr stocks".
func (s *sent) fromStocks(i int) bool {
	toks := s.d.toks
	if i+2 >= s.hi || toks[i+1].Norm != "from" {
		return false
	}
	for j := i + 2; j < s.hi && j-i <= 6; j++ {
		switch toks[j].Norm {
		case "stocks", "stockpiles", "stockpile", "inventories", "inventory", "reserves", "arsenals", "arsenal":
			return true
		}
	}
	return false
}

// labelRole gives the state a that labels a factbox or list entry (see
// labelActor) the side the frame t leaves open: the giver ("GERMANY - 14
// Leopard 2A6", "- France: 24 Rafales ordered in 2015", its own make);
// under a verb of buying, the buyer of goods another state makes ("-
// Egypt: 54 Rafales ordered in 2015").
func (s *sent) labelRole(a int, t *trigger, g *group, r *roleResult) {
	code := s.actors[a].ref.Code
	if slices.Contains(r.sup, code) || slices.Contains(r.rec, code) {
		return
	}
	// In a text of sales, an entry's deal ("Poland: 32 F-35A fighters,
	// signed in 2020", "approved for sale") is one its state buys, as
	// "ordered" is.
	buys := t.class == classBuy || t.class == classReceive || t.class == classCommit && s.d.sale
	if buys {
		if m := s.d.madeBy(&g.phrases[0]); m != "" && !strings.Contains(m, code) && len(r.rec) == 0 {
			r.rec = r.take(s, a)
			return
		}
	}
	if len(r.sup) == 0 {
		r.sup = r.take(s, a)
	}
}

// allowedToBuy returns the state a relative clause after token i says the
// deal lets buy: "that will allow Ukraine to buy", "which enables Kyiv to
// purchase"; or -1.
func (s *sent) allowedToBuy(i int) int {
	toks := s.d.toks
	j := i
	if j < s.hi && toks[j].Norm == "," {
		j++
	}
	if j >= s.hi || toks[j].Norm != "that" && toks[j].Norm != "which" {
		return -1
	}
	for k := j + 1; k < s.hi && k-j <= 4; k++ {
		switch toks[k].Norm {
		case "allow", "allows", "enable", "enables", "help", "helps", "let", "lets":
			a := s.actorAt(k + 1)
			if a < 0 {
				return -1
			}
			m := s.actors[a].hi
			if m < s.hi && toks[m].Norm == "to" {
				m++
			}
			for n := m; n < s.hi && n-m <= 4; n++ {
				if v, ok := s.verbAt(n); ok && v.Class == classBuy {
					return a
				}
			}
			return -1
		}
	}
	return -1
}

// throughScheme returns the state whose scheme the sentence says goods
// went through ("through the Czech ammunition initiative", "via the
// Danish model"), or -1.
func (s *sent) throughScheme() int {
	toks := s.d.toks
	for a := range s.actors {
		m := &s.actors[a]
		if m.prep != "through" && m.prep != "via" && m.prep != "under" {
			continue
		}
		for j := m.hi; j < s.hi && j-m.hi <= 3; j++ {
			switch toks[j].Norm {
			case "initiative", "scheme", "programme", "program", "mechanism", "model", "coalition":
				return a
			}
			if toks[j].Kind != Word {
				break
			}
		}
	}
	return -1
}

// giverBetween reports whether a state of sup stands in [lo, hi) after
// "by" or "from", with goods named before it: the giver of those goods
// ("F-16s supplied by Denmark", "received F-16s from Denmark"), named
// between them and the goods at hi.
func (s *sent) giverBetween(lo, hi int, sup []string) bool {
	for a := range s.actors {
		m := &s.actors[a]
		if m.lo < lo || m.hi > hi || m.prep != "by" && m.prep != "from" || !slices.Contains(sup, m.ref.Code) {
			continue
		}
		for j := s.lo; j < m.lo; j++ {
			if s.is(j, fMateriel) {
				return true
			}
		}
	}
	return false
}

// companionAfter returns the state of a companion phrase after the verb at
// t in its clause ("provide £450 million, jointly with Norway", "in
// partnership with Norway"), or -1. A "together with" straight after a
// list of recipients joins the list (see the actors' lists), and is not
// read here.
func (s *sent) companionAfter(t int) int {
	toks := s.d.toks
	for a := range s.actors {
		m := &s.actors[a]
		if m.lo <= t || m.prep != "with" || m.lo-2 <= t {
			continue
		}
		p := m.lo - 1
		if toks[p].Norm == "the" {
			p--
		}
		if toks[p].Norm != "with" || !companionWords[toks[p-1].Norm] || m.ref.kind != kindCountry && m.ref.Kind != "bloc" && m.ref.Kind != "capital" {
			continue
		}
		start := p - 1 // "jointly", or "in" of "in partnership"
		if toks[start-1].Norm == "in" {
			start--
		}
		if toks[start-1].Norm == "," {
			start-- // ", jointly with Norway,": an aside of the clause
		}
		if s.clauseBreak(t+1, start) || toks[start-1].Norm == "and" && toks[start].Norm == "," {
			return -1 // (", and, together with the US, supplied": the next clause's, see companionBefore)
		}
		return a
	}
	return -1
}

// companionBefore returns the state of a companion phrase set off by
// commas right before the verb at t, after the "and" that opens its
// clause: "Norway handed over howitzers and, together with the United
// States, supplied NASAMS batteries" (the partner is in the second giving,
// not the first), or -1.
func (s *sent) companionBefore(t int) int {
	toks := s.d.toks
	if t-1 <= s.lo || toks[t-1].Norm != "," {
		return -1
	}
	for a := range s.actors {
		m := &s.actors[a]
		if m.hi != t-1 || m.prep != "with" {
			continue
		}
		p := m.lo - 1
		if toks[p].Norm == "the" {
			p--
		}
		if p-3 < s.lo || toks[p].Norm != "with" || !companionWords[toks[p-1].Norm] || m.ref.kind != kindCountry && m.ref.Kind != "bloc" && m.ref.Kind != "capital" {
			return -1
		}
		if toks[p-2].Norm == "," && toks[p-3].Norm == "and" {
			return a
		}
		return -1
	}
	return -1
}

// companionOpening returns the state of a companion phrase that opens the
// sentence ("Together with the United States, ...", "In cooperation with
// France, ..."), or -1.
func (s *sent) companionOpening() int {
	toks := s.d.toks
	j := s.lo
	if j+2 >= s.hi {
		return -1
	}
	switch {
	case (toks[j].Norm == "together" || toks[j].Norm == "along" || toks[j].Norm == "jointly") && toks[j+1].Norm == "with":
		j += 2
	case toks[j].Norm == "in" && companionWords[toks[j+1].Norm] && j+3 < s.hi && toks[j+2].Norm == "with":
		j += 3
	default:
		return -1
	}
	if toks[j].Norm == "the" {
		j++
	}
	a := s.actorAt(j)
	if a < 0 || s.actors[a].hi >= s.hi || toks[s.actors[a].hi].Norm != "," {
		return -1
	}
	return a
}

// boughtFor returns the state a relative clause on bought goods says they
// go to ("..., which will be handed over to the Ukrainian armed forces"),
// or -1.
func (s *sent) boughtFor(g *group) int {
	toks := s.d.toks
	j := g.hi
	if j+1 >= s.hi || toks[j].Norm != "," || toks[j+1].Norm != "which" {
		return -1
	}
	for k := j + 2; k < s.hi && k-j <= 16; k++ {
		if toks[k].Norm == "," || toks[k].Norm == ";" {
			return -1
		}
		v, ok := s.verbAt(k)
		if !ok || v.Class != classGive || !s.participle(k) {
			continue
		}
		for m := k + 1; m < s.hi && m-k <= 5; m++ {
			if a := s.actorAt(m); a >= 0 && s.actors[a].prep == "to" {
				return a // "handed over to the Ukrainian armed forces"
			}
		}
	}
	return -1
}

// dealDescribed fills the sides a deal noun t left open from the words
// that describe the deal: a participle after its goods names the seller
// (", signed with France's Dassault Aviation"), and the owner of a purchase
// the deal is said to be names the buyer ("Its largest purchase is a
// contract for 42 Rafale fighters": its, the state told of before).
func (s *sent) dealDescribed(t *trigger, g *group, r *roleResult) {
	toks := s.d.toks
	if j := g.hi; len(r.sup) == 0 && j+3 < s.hi && toks[j].Norm == "," && (toks[j+1].Norm == "signed" || toks[j+1].Norm == "concluded") && toks[j+2].Norm == "with" {
		if a := s.actorAt(j + 3); a >= 0 && !slices.Contains(r.rec, s.actors[a].ref.Code) {
			r.sup = r.take(s, a)
		}
	}
	if len(r.rec) > 0 {
		return
	}
	// "[owner] (adjectives) purchase is|was a contract": the copula links
	// the purchase to the deal t.
	be := -1
	for j := t.i - 1; j > s.lo && t.i-j <= 6; j-- {
		if s.is(j, fBe) {
			be = j
			break
		}
	}
	if be < 0 || !purchaseNoun(toks[be-1].Norm) {
		return
	}
	for j := be - 2; j >= s.lo && be-j <= 4; j-- {
		w := toks[j].Norm
		if a := s.actorAt(j); a >= 0 && s.actors[a].possessive {
			if !slices.Contains(r.sup, s.actors[a].ref.Code) {
				r.rec = r.take(s, a)
			}
			return
		}
		if w == "its" || w == "their" {
			if a := s.antecedent(j, false); a >= 0 && !slices.Contains(r.sup, s.actors[a].ref.Code) {
				r.rec = r.take(s, a)
			}
			return
		}
	}
}

func purchaseNoun(w string) bool {
	switch w {
	case "purchase", "purchases", "acquisition", "acquisitions", "order", "buy", "deal", "import", "imports":
		return true
	}
	return false
}

// clauseParty fills a side the roles of t left open from a relative clause
// on the group g, between it and t, whose subject is a state: that state
// gave, promised or held the goods ("A shipment of MK-84 heavy bombs that
// the Biden administration had held back arrived in Israel": from the US),
// or bought or ordered them ("the 24 Apaches that Morocco ordered are to
// arrive": to Morocco).
func (s *sent) clauseParty(t *trigger, g *group, r *roleResult) {
	if t.i <= g.hi {
		return
	}
	for k := range s.trigs {
		u := &s.trigs[k]
		if u.i <= g.hi || u.i >= t.i || u.noun {
			continue
		}
		a := s.relativeSubject(*g, *u)
		if a < 0 {
			continue
		}
		code := s.actors[a].ref.Code
		switch u.class {
		case classGive, classCommit, classSell, classDeny, classHold, classMove:
			if len(r.sup) == 0 && !slices.Contains(r.rec, code) {
				r.sup = r.take(s, a)
			}
		case classBuy, classReceive:
			if len(r.rec) == 0 && !slices.Contains(r.sup, code) {
				r.rec = r.take(s, a)
			}
		}
		return
	}
}

// prepositionObject reports whether the phrase at lo is the object of a
// preposition ("a reward for the drones", "in return for the shells"),
// past its determiners and count.
func (s *sent) prepositionObject(lo int) bool {
	toks := s.d.toks
	j := lo - 1
	for j > s.lo && (s.is(j, fDeterminer) || s.inQty[j-s.lo]) {
		j--
	}
	switch toks[j].Norm {
	case "for", "of", "about", "over":
		return true
	}
	return false
}

// packageAnnounced reports whether a package, deal or contract that was
// announced, approved or signed follows token i: the sum before it was
// promised, whatever verb holds it ("included in a $300 million package
// announced on March 12").
func (s *sent) packageAnnounced(i int) bool {
	toks := s.d.toks
	if i+1 >= s.hi {
		return false
	}
	switch toks[i].Norm {
	case "package", "deal", "contract", "tranche", "agreement":
	default:
		return false
	}
	switch toks[i+1].Norm {
	case "announced", "approved", "unveiled", "pledged", "agreed", "signed", "authorized", "authorised":
		return true
	}
	return false
}

// underDeal returns, for a sum in "under a $N deal", the verb of giving or
// selling before "under" that moves goods under the deal; or nil.
func (s *sent) underDeal(g *group) *trigger {
	if !g.phrases[0].money {
		return nil
	}
	return s.underDealRest(g)
}

// underDealRest is underDeal past its first test (see gates in words.go).
func (s *sent) underDealRest(g *group) *trigger {
	if g.hi >= s.hi && g.lo-2 < s.lo {
		return nil
	}
	toks := s.d.toks
	j := -1
	if g.hi < s.hi && s.dealNounAt(g.hi) {
		j = g.lo - 1 // "a £1.6 billion deal", "a $2bn contract"
		for j > s.lo && g.lo-j <= 2 && s.is(j, fDeterminer) {
			j--
		}
	} else if j = s.dealValued(g.lo); j < 0 {
		return nil
	}
	if j < s.lo || toks[j].Norm != "under" && toks[j].Norm != "in" {
		return nil // the sum opens the sentence
	}
	in := toks[j].Norm == "in"
	for k := len(s.trigs) - 1; k >= 0; k-- {
		t := &s.trigs[k]
		if t.i >= j || t.noun {
			continue
		}
		if t.class == classGive || t.class == classSell || in && t.class == classCommit && t.lemma == "sign" {
			return t
		}
		if t.class == classBuy {
			// "KAI delivered 12 jets, and in 2025 Manila ordered 12 more in
			// a deal valued at $700 million": the nearer verb, the buyer's,
			// holds the deal; the giving before it does not.
			return nil
		}
		if t.class == classReceive {
			// "received 36 F-16s under a contract worth $5 billion": the
			// buyer's verb moves the goods as a giver's does, but only the
			// verb nearest "under" holds the deal ("began receiving the
			// system it bought under a $15 billion sale" tells the buying).
			return s.receivedUnder(t, j)
		}
	}
	return nil
}

// receivedUnder returns the verb of receiving t if no other verb comes
// between it and the "under" at j and nothing says the receiving has only
// begun; or nil.
func (s *sent) receivedUnder(t *trigger, j int) *trigger {
	for k := range s.trigs {
		if u := s.trigs[k]; u.i > t.i && u.i < j && !u.noun && u.class != classSpeech {
			return nil
		}
	}
	if b := t.i - 1; b >= s.lo {
		switch s.d.toks[b].Norm {
		case "begun", "began", "begin", "begins", "started", "start", "starts":
			return nil // "has begun receiving": a part of the deal so far
		}
	}
	return t
}

// partUnderDeal reports whether the sum g is the value of a deal ("under a
// $375 million contract") on which the verb t moved only a part of the
// goods: "delivered the first BrahMos batteries", "handed over three of the
// five squadrons", "a first batch". The deal's sum is then bound, not paid
// out; goods moved with no sign of a part ("received 36 F-16s under a
// contract worth $5 billion") leave it as the verb tells.
func (s *sent) partUnderDeal(t *trigger, g *group) bool {
	if u := s.underDeal(g); u == nil || u.i != t.i {
		return false
	}
	toks := s.d.toks
	for j := t.i + 1; j < g.lo; j++ {
		switch toks[j].Norm {
		case "first", "initial", "batch", "tranche":
			return j+1 >= g.lo || toks[j+1].Norm != "time" // not "for the first time"
		case "of":
			// "three of the five": a count taken from a whole
			if j > t.i+1 && j+1 < g.lo && s.quantityEndsAt(j) && (toks[j+1].Norm == "the" || toks[j+1].Norm == "its") {
				return true
			}
		}
	}
	return false
}

// quantityEndsAt reports whether a quantity of the sentence ends just
// before token i.
func (s *sent) quantityEndsAt(i int) bool {
	for k := range s.quants {
		if s.quants[k].Hi == i {
			return true
		}
	}
	return false
}

// dealNounAt reports whether the word at i names a deal: a noun of sale or
// promise ("deal", "contract", "agreement").
func (s *sent) dealNounAt(i int) bool {
	c, ok := s.nounAt(i)
	return ok && (c == classSell || c == classCommit)
}

// dealValued returns the token before "a deal worth" (or "a contract
// valued at") that ends just before the amount at i, or -1: "signed for
// the Arrow 3 in a deal worth about 3.6 billion euros".
func (s *sent) dealValued(i int) int {
	j := s.valueWordBefore(i)
	if j-1 <= s.lo || !s.dealNounAt(j-1) {
		return -1
	}
	j -= 2
	for j > s.lo && s.is(j, fDeterminer) {
		j--
	}
	return j
}

// attemptedBefore returns the transfer verb of an infinitive after a
// noun of trying or planning whose object the group is, when a predicate
// after the group tells what became of the try: "the proposal to send
// Taurus missiles to Ukraine was blocked". Or nil.
func (s *sent) attemptedBefore(g *group) *trigger {
	toks := s.d.toks
	for k := len(s.trigs) - 1; k >= 0; k-- {
		t := &s.trigs[k]
		if t.i >= g.lo {
			continue
		}
		if t.noun || t.passive || g.lo-t.i > 3 || t.i-2 < s.lo || toks[t.i-1].Norm != "to" || !attemptNoun(toks[t.i-2].Norm) {
			return nil
		}
		if _, ok := s.fateAfter(g.hi); !ok {
			return nil
		}
		return t
	}
	return nil
}

// countsOwnVerb returns the verb of arriving, or the passive of giving,
// that a bare count with "more" after ", and" is the subject of, past its
// auxiliaries: "received two frigates from Italy, and two more are due in
// 2025", "and six more will be delivered in May"; or nil. ("and 20 more
// in June", with no verb of its own, shares the verb before.)
func (s *sent) countsOwnVerb(g *group) *trigger {
	p := &g.phrases[0]
	toks := s.d.toks
	if !p.elided || p.qty == nil || len(g.phrases) > 1 || p.hi+1 >= s.hi || toks[p.hi].Norm != "more" || !s.opensJoinedClause(p.lo) {
		return nil
	}
	j := p.hi + 1
	for j < s.hi && (s.is(j, fBe|fModal|fAdverb) || isAux(toks[j].Norm)) {
		j++
	}
	if j == p.hi+1 {
		return nil
	}
	for k := range s.trigs {
		if t := &s.trigs[k]; t.i == j && !t.noun && (t.class == classArrive || t.passive && t.class == classGive) {
			return t
		}
	}
	return nil
}

// participleBetweenItems reports whether trigger t is a participle set
// right after an item ("fighters delivered in 2022") and the group g
// after it follows "and": "including J-10C fighters delivered in 2022 and
// Type 054A frigates". The participle tells of the item before it; the
// item after "and" is the list's next, moved by the list's own verb.
func (s *sent) participleBetweenItems(t *trigger, g *group) bool {
	if t.noun || g.lo-1 <= t.i {
		return false
	}
	return s.participleBetweenItemsRest(t, g)
}

// participleBetweenItemsRest is participleBetweenItems past its first test (see gates in words.go):
// the trigger is a verb, and a word stands between it and the goods.
func (s *sent) participleBetweenItemsRest(t *trigger, g *group) bool {
	toks := s.d.toks
	if t.i-1 <= s.lo || !s.participle(t.i) {
		return false
	}
	// (The second of two participles, "built ... and delivered", has no
	// auxiliary to make the tagger read it passive.)
	if !(t.passive && s.is(t.i-1, fMateriel)) && !s.secondParticiple(t.i) {
		return false
	}
	j := g.phrases[0].start() - 1
	if toks[j].Norm == "and" {
		return true
	}
	// "117 tanks built in Korea and delivered between 2026 and 2030, along
	// with 81 support vehicles": what comes along with the goods two
	// participles describe comes by the sentence's verb, as they do. (After
	// one participle, "AK-103s bought from Russia, along with Su-30
	// fighters", it may be the only verb of transfer; it is read.)
	return j-1 > t.i && toks[j].Norm == "with" && (toks[j-1].Norm == "along" || toks[j-1].Norm == "together") && toks[t.i-1].Norm == "and"
}

// secondParticiple reports whether the participle at i follows "and"
// after a participle that stands right after goods: "tanks built in
// Korea and delivered by 2030".
func (s *sent) secondParticiple(i int) bool {
	toks := s.d.toks
	if toks[i-1].Norm != "and" {
		return false
	}
	for j := i - 2; j > s.lo && i-j <= 8; j-- {
		if toks[j].Kind == Punct {
			return false
		}
		if s.is(j-1, fMateriel) && s.participle(j) {
			return true
		}
	}
	return false
}

// asideBeforeAddition reports whether the verb at i stands in a relative
// clause set off by commas that closes right before "as well as" and the
// group at lo: "France has supplied Mirage jets, the first of which
// arrived in May, as well as Caesar howitzers". What "as well as" adds is
// the object of the verb before the clause.
func (s *sent) asideBeforeAddition(i, lo int) bool {
	toks := s.d.toks
	if lo-4 <= s.lo || i >= lo-4 || toks[lo-1].Norm != "as" || toks[lo-2].Norm != "well" || toks[lo-3].Norm != "as" || toks[lo-4].Norm != "," {
		return false
	}
	for j := i + 1; j < lo-4; j++ {
		if toks[j].Kind == Punct && !Joiner(toks, j) {
			return false // the clause runs on to the comma before "as well as"
		}
	}
	for j := i - 1; j > s.lo && i-j <= 8; j-- {
		switch toks[j].Norm {
		case "which", "whom", "who":
			return true
		}
		if toks[j].Kind == Punct && !Joiner(toks, j) {
			return false
		}
	}
	return false
}

// auxEnd returns the first word from i on that is no auxiliary, adverb or
// form of "be": where a verb chain's own verb stands ("had already been
// delivered").
func (s *sent) auxEnd(i int) int {
	for i < s.hi && (isAux(s.d.toks[i].Norm) || s.is(i, fAdverb|fBe)) {
		i++
	}
	return i
}

// objectInRelative reports whether the goods stand in a relative clause,
// opened after the transfer verb left, whose pronoun is its subject: the
// clause tells what its antecedent does, and goods after its verb are
// that verb's, not left's. A comma after the pronoun closes the clause
// ("includes small bombs, which have a range of 150 kilometres, as well
// as two Patriot batteries"): goods past it go on the list before.
func (s *sent) objectInRelative(left *trigger, g *group) bool {
	toks := s.d.toks
	for j := left.i + 1; j+2 < g.lo; j++ {
		if toks[j].Norm == "," && relativeWord(toks[j+1].Norm) && (isAux(toks[j+2].Norm) || s.is(j+2, fModal|fVerb|fBe)) {
			return !slices.ContainsFunc(toks[j+2:g.lo], func(t Token) bool { return t.Norm == "," })
		}
	}
	return false
}

// triggerFor finds the word that frames a phrase group: a passive verb right
// after it ("... were sent to"), a transfer noun right after it ("weapons
// deliveries"), the nearest transfer word before it, or the next one after.
func (s *sent) triggerFor(g group) (trigger, bool) {
	toks := s.d.toks
	if s.partMadeWhere(&g.phrases[0]) || s.gappedMadePart(&g.phrases[0]) {
		// "ordered eight submarines from China, four of which are being
		// built in Wuhan": how a part of the goods is made, told of the
		// order; no transfer of its own.
		return trigger{}, false
	}
	if s.d.tags.exchange && !s.movedOnAfter(g.hi) {
		// ("in exchange for Czech T-72s sent to Ukraine": the goods given
		// in return went elsewhere, and their own verb tells where.)
		if t := s.exchangeBefore(g.lo); t != nil {
			return *t, true // "in return for its troop deployment": what goes back
		}
	}
	if t := s.countsOwnVerb(&g); t != nil {
		return *t, true // "..., and two more are due in 2025": the count's own verb, not the clause's before
	}
	if p := &g.phrases[0]; p.elided && p.qty == nil {
		for k := range s.trigs {
			if t := &s.trigs[k]; t.noun && t.i == p.head {
				return *t, true // "Deliveries are due in 2027": the noun is both (see bareDeliveries)
			}
		}
	}
	if g.phrases[0].refused {
		// "will send APCs to Ukraine, but not its S-300 systems": the verb
		// before the comma is the one refused.
		for k := len(s.trigs) - 1; k >= 0; k-- {
			if t := &s.trigs[k]; t.i < g.lo && t.class != classSpeech {
				return *t, true
			}
		}
	}
	// The loops read the triggers by pointer: a trigger is seven words to
	// copy.
	for k := 0; k < len(s.trigs) && s.d.tags.compound; k++ {
		if t := &s.trigs[k]; t.giver > 0 && t.i >= g.lo && t.i < g.hi {
			return *t, true // "US-supplied HIMARS": the adjective is the frame
		}
	}
	if t := s.partOfThemAfter(g.hi); t != nil {
		// "flies MiG-29 jets, some of them donated by Russia": the
		// participle after the part tells how the goods came.
		return *t, true
	}
	if t := s.underDeal(&g); t != nil {
		// "Britain will provide Ukraine with 5,000 missiles under a £1.6
		// billion deal with Thales": the deal's value goes as the goods go.
		return *t, true
	}
	if t := s.attemptedBefore(&g); t != nil {
		// "Argentina's bid to buy JF-17 jets from China was rejected": the
		// goods are the object of the try's verb; the verb after tells
		// what became of the try (see status).
		return *t, true
	}
	// The verb after the group, past a relative clause between commas:
	// "The weapons, which were made in Iran, were delivered to Russia".
	// So past a participle's clause, whose states take no role in the
	// frame: "The 19 guns, ordered from France's Nexter in 2017, will be
	// delivered within weeks".
	after := s.shipName(g.hi) // "missile corvette INS Kirpan, which ..."
	partAfter := s.partOfWhichAfter(g.hi)
	if partAfter {
		after = s.hi // "four Black Hawks, two of which were donated": the verb after tells of the two
	}
	if p := &g.phrases[len(g.phrases)-1]; !partAfter && after == g.hi && p.qty != nil && p.qty.Lo == after+1 && toks[after].Norm == "," &&
		p.qty.Hi+2 < s.hi && toks[p.qty.Hi+2].Norm == "," {
		// "North Korea's shells, more than a million of them, have gone
		// to Russia": the count set off by commas is the goods' own (see
		// countInAll), and the verb is sought past it, however many words
		// the count takes.
		after = p.qty.Hi + 2
	}
	if after == g.hi && !partAfter {
		if end := s.appositionEnd(after); end > 0 && (toks[after+1].Norm == "a" || toks[after+1].Norm == "an") && !s.actorWithin(after+1, end) {
			// "The aircraft, an upgraded Block 20 version, are due to be
			// delivered": a noun phrase set off by commas renames the
			// goods, and the verb is sought past it.
			after = end
		}
	}
	var inClause *trigger // the verb of "which X shipped": the goods are its object
	var inPart *trigger   // the participle of ", delivered by Russia to Turkey,": the goods are its subject
	partLo, partHi := 0, 0
	which := s.wholeWhich(after + 1) // "which", or "both of which" and "all of which": the goods are the clause's object
	if after+2 < s.hi && toks[after].Norm == "," && (which > 0 || toks[after+1].Norm == "who" || s.participle(after+1) ||
		s.is(after+1, fAdverb) && s.participle(after+2)) { // ", now rebranded as the Africa Corps,"
		stateSubject := which > 0 && which+2 < s.hi && (s.actorAt(which+1) >= 0 || toks[which+1].Norm == "the" && s.actorAt(which+2) >= 0)
		end := s.commaAfter(after+2, s.hi)
		if end < 0 && stateSubject {
			end = s.clauseToEnd(which + 1) // "the Storm Shadow missiles, which Britain supplied to Ukraine."
		}
		if end > 0 {
			if stateSubject {
				for k := range s.trigs {
					if t := &s.trigs[k]; within(t.i, which+1, end) && !t.noun && !t.passive && (t.class == classGive || t.class == classMove || t.class == classBuy || t.class == classReceive || t.class == classRequest) {
						inClause = t
						break
					}
				}
			}
			if (which < 0 || !stateSubject) && toks[after+1].Norm != "who" {
				lo, hi := after+1, after+3
				if which > 0 {
					// ", which arrived from China in 2022,": the relative
					// pronoun is the clause's subject, so the goods are, as
					// with a participle; its verb may wait past auxiliaries.
					lo, hi = which+1, s.auxEnd(which+1)+1
				}
				for k := range s.trigs {
					if t := s.trigs[k]; within(t.i, lo, hi) && !t.noun && ((t.class == classGive || t.class == classMove || t.class == classSell) &&
						(t.passive || s.ppActor(t.i, end, "by") >= 0) ||
						which > 0 && t.class == classArrive && s.ppActor(t.i, end, "from") >= 0 ||
						(t.class == classBuy || t.class == classReceive) && (t.passive || t.i == after+1) && s.ppActor(t.i, end, "from") >= 0) { // ", ordered from China in 2017,": bought, from its seller (right after the comma a participle, though a name before it looked like a subject to the tagger: "The Kfirs, bought from Israel,")
						t.passive = true // "also handed over by Moscow": a participle, passive whatever the tagger saw
						inPart, partLo, partHi = &t, after, end
						break
					}
				}
				for a := range s.actors {
					if m := &s.actors[a]; within(m.lo, after, end) {
						m.aside = true
					}
				}
			}
			after = end + 1
		}
	}
	if s.additiveBefore(g.lo) {
		// "on top of the 14 Leopards it received from Germany": goods
		// added to those of the verb before, with a relative clause of
		// their own, move by the clause's verb.
		for k := range s.trigs {
			if t := &s.trigs[k]; t.i > g.hi && t.i <= g.hi+5 && !t.noun && t.class != classSpeech && s.relativeSubject(g, *t) != -2 {
				return *t, true
			}
		}
	}
	valueOf := g.phrases[0].money && (s.goodsValued(g.lo) || s.goodsPriced(g.lo)) // "650 missiles worth 162 million pounds, to be delivered"
	// ", to be delivered by 2028": the frame only when no verb before the
	// goods moves them.
	var toBe *trigger
	for k := range s.trigs {
		t := &s.trigs[k]
		if !within(t.i, after, after+9) || valueOf {
			continue
		}
		if t.class == classSpeech || t.class == classPlan {
			break
		}
		if s.toBeAfter(after, t) {
			toBe = t
			break
		}
		if t.noun && s.batchOwner(*t) >= 0 {
			continue // "All 11 HIMARS in Taiwan's first batch have been delivered": the verb after tells
		}
		if !t.noun && t.i > g.hi && s.relativeSubject(g, *t) != -2 {
			// "The first three of the six Apaches India ordered from the US
			// arrived in July": the clause's verb tells of the whole; the
			// sentence's own verb, after it, of the group.
			if main := s.verbAfterClause(k); main != nil {
				return *main, true
			}
		}
		if s.verbLo(t.i) == g.hi && !t.noun && !s.beBefore(t.i) {
			// "Weapons sent by Iran were delivered to Russia", "The shells
			// shipped using cargo planes were delivered": a participle on
			// the group, before the sentence's own verb, which is the frame.
			if main := s.mainVerbAfter(k); main != nil {
				return *main, true
			}
		}
		if s.goodsDoGive(&g, t) {
			break // "the aircraft were likely to provide close air support": the goods give, they are not given
		}
		if s.goodsDoAsk(&g, t) {
			break // "ordered 12 jets from Sweden and is seeking tanks": the jets seek nothing; the verb before takes them
		}
		if t.noun && t.i == after && s.purposeNoun(&g) {
			break // "a $500 million credit line for defence purchases": what the money is for, not its transfer
		}
		if (t.passive || t.class == classArrive || t.noun && t.i == s.skipParenthesis(after) || s.beBefore(t.i)) && s.predicateGap(after, t.i) {
			if t.passive && (t.class == classCommit && s.ppActor(t.i, min(s.hi, t.i+6), "by") < 0 || t.lemma == "finance") {
				if n := s.dealNounBefore(&g); n != nil {
					// "Poland's order for 250 tanks from the United States
					// was signed": the order is the frame, its signing the
					// promise it already is. So when it "was financed by a
					// loan": the loan is money of its own, not the goods'.
					return *n, true
				}
			}
			if s.participleOn(*t, g) {
				// "Germany delivered the tanks promised to Ukraine": the
				// participle describes the object of the verb before, which
				// is the frame; its "to" and "by" are read in it.
				if left := s.leftTransfer(&g); left != nil {
					return *left, true
				}
			}
			return *t, true
		}
		break
	}
	if p := &g.phrases[0]; p.elided && p.qty != nil {
		if v := s.givenByClause(p.qty); v >= 0 {
			for k := range s.trigs {
				if s.trigs[k].i == v {
					return s.trigs[k], true // "the estimated 11,000 it sent last autumn": the clause tells of them
				}
			}
		}
	}
	if t := s.gappedVerb(&g); t != nil {
		return *t, true // "Egypt has bought 54 in two deals and Qatar 36": the verb left out is the one before
	}
	// In a list joined to the sentence that introduces it, an item's
	// goods take a verb of their own item or of the introduction ("Here is
	// how the orders add up:"), never another item's.
	intro, item := s.listItem(g.lo)
	var left *trigger
	added := false // goods added with "as well as" past a relative clause on the goods before
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.i >= g.lo {
			break
		}
		if within(t.i, intro, item) {
			continue
		}
		if t.class == classSpeech && !t.noun && s.opensClauseOf(t.i, g.lo) {
			// "Biden signed the bill and said weapons would begin flowing
			// to Ukraine": the goods open the clause said, whose verb is
			// theirs; a verb before the speech is another clause's.
			left = nil
			continue
		}
		if t.class == classSpeech || t.class == classPlan && !s.plansObject(t, &g) || t.class == classHold && !s.capacityCue(t.i) && !s.carries(*t) {
			continue
		}
		if t.class == classDeploy && g.phrases[0].cat != armsledger.Personnel {
			continue
		}
		if s.participleBetweenItems(t, &g) {
			continue // "J-10C fighters delivered in 2022 and Type 054A frigates": the participle is the fighters', the frigates the list's
		}
		if s.asideBeforeAddition(t.i, g.lo) {
			added = left != nil
			continue // "supplied jets, the first of which arrived in May, as well as howitzers": the howitzers are the verb's before the clause
		}
		if s.dealOpener(t, &g) {
			continue // "Under the agreement, four of the submarines are being built in China": the deal is told; the goods' own verb tells of them
		}
		if left != nil && s.dealParticiple(t) {
			continue // "receives $3.8 billion a year under a deal signed in 2016, including $500 million": the participle tells of the deal
		}
		if left != nil && s.includedPastParticiple(left, t, &g) {
			continue // "has delivered most of the weapons promised last year, including 20 tanks": the tanks are of the weapons delivered
		}
		left = t
	}
	if left != nil && s.peopleOpenClause(&g) {
		// "Nigeria has ordered 24 M-346 trainers, and its pilots will be
		// trained in Italy": people after ", and" with a verb chain of
		// their own are its subject, not the order's.
		left = nil
	}
	if left != nil && left.noun {
		if c := s.contentOver(left); c != nil {
			left = c // "The deal includes the transfer of technology": what the deal holds
		}
	}
	if left != nil && !left.noun && g.lo-1 > left.i {
		if t := s.relativeGiver(&g); t != nil && s.prepositionObject(g.lo) {
			// "Moscow's readiness to sell aircraft is a reward for the
			// drones that Iran has provided": goods a preposition takes,
			// which a relative clause says a state gave, are that clause's,
			// not the verb's before.
			return *t, true
		}
	}
	if left != nil && left.noun {
		if t := s.relativeGiver(&g); t != nil {
			// "the deal comes on top of the £3 billion in military aid that
			// Britain has committed to Kyiv": the clause's verb moves the
			// goods, not the noun before them.
			return *t, true
		}
	}
	if toBe != nil && left != nil && left.class == classContent {
		return *toBe, true // "The deal covers eight batteries, to be delivered from 2027": what a deal holds moves by the infinitive
	}
	if left != nil && s.objectInRelative(left, &g) {
		left = nil // "passed on data to North Korea, which could help Pyongyang improve the missiles": the missiles are improved, not passed on
	}
	if left != nil && (added || !s.clauseBreak(left.i+1, g.lo) || s.nounCommaFor(left, &g) || (g.lo-left.i <= 28 || s.speechBetween(left.i, g.lo)) && s.additiveBefore(g.lo) || s.colonItem(left, &g) || s.includedPastSpeech(left, &g) || s.asideOnly(left.i+1, g.lo) || s.secondObject(left, &g) || s.broughtAlong(left, &g) || left.i < intro) {
		return *left, true
	}
	if toBe != nil {
		return *toBe, true // "Two Patriot systems, to be delivered from US stocks, will go to Ukraine"
	}
	if inPart != nil {
		// "An S-400 system, also handed over by Moscow, has been placed on
		// combat duty": no verb outside moves it; the participle
		// set off after it does, and its states take their roles.
		for a := range s.actors {
			if m := &s.actors[a]; within(m.lo, partLo, partHi) {
				m.aside = false
			}
		}
		return *inPart, true
	}
	from := s.pastValue(g.hi) // "Serbian ammunition worth an estimated 800 million euros has reached Ukraine"
	if say := s.relativeSaid(g.hi); say > from {
		from = say // "troops that South Korean and Ukrainian officials say Pyongyang sent": the reach starts after who tells it
	}
	for k := 0; k < len(s.trigs) && !partAfter; k++ {
		if t := &s.trigs[k]; within(t.i, g.hi, from+7) && t.class != classSpeech && t.class != classPlan &&
			!t.noun && t.giver == 0 && toks[t.i].Kind == Word && !s.clauseBreak(from, t.i) && !s.goodsDoGive(&g, t) && !goodsReceive(&g, t) && !s.predicateJoinedAfter(g.hi, t) {
			return *t, true // a compound ("US-supplied") is only its own item's frame
		}
	}
	if inClause != nil {
		// "The shells, which North Korea began shipping to Russia last
		// summer, have a high failure rate": no verb outside moves them.
		return *inClause, true
	}
	return trigger{}, false
}

// predicateJoinedAfter reports whether the active verb t opens a second
// predicate joined by "and" right after goods at hi, with only its
// auxiliaries and adverbs between: "Morocco flies Heron drones and has
// ordered 150 loitering munitions". Goods before such an "and" are the
// object of the verb before them; the verb after has the sentence's
// subject, not the goods, as its own.
func (s *sent) predicateJoinedAfter(hi int, t *trigger) bool {
	toks := s.d.toks
	if t.passive || hi >= t.i || toks[hi].Norm != "and" {
		return false
	}
	for j := hi + 1; j < t.i; j++ {
		if !(s.is(j, fModal|fAdverb) || isAux(toks[j].Norm)) {
			return false
		}
	}
	return t.i > hi+1 // "and has ordered", "and is now sending"; a bare "and sent" may be a list of verbs over one object
}

// goodsReceive reports whether goods g are the subject of an active verb
// of receiving right after them: "Ukraine's tanks received new engines",
// "the ammunition their guns receive". What receives is no goods moved;
// its object is.
func goodsReceive(g *group, t *trigger) bool {
	return t.class == classReceive && !t.passive && t.i == g.hi
}

// relativeSaid returns the speech verb of a relative clause that opens at
// i and tells who says what comes next: "(troops) that South Korean and
// Ukrainian officials say (Pyongyang sent)", "that Western intelligence
// agencies say". The goods are the object of the verb after the speaker's
// words, however long the speaker's name; -1 if there is no such clause.
func (s *sent) relativeSaid(i int) int {
	toks := s.d.toks
	if i+2 >= s.hi || toks[i].Norm != "that" && toks[i].Norm != "which" {
		return -1
	}
	for j := i + 1; j < s.hi && j-i <= 9; j++ {
		if toks[j].Kind == Punct && !Joiner(toks, j) {
			return -1
		}
		if s.is(j, fVerb) {
			if v, ok := s.verbAt(j); ok && v.Class == classSpeech && !s.nounUse(j) && j > i+1 {
				return j
			}
			return -1
		}
	}
	return -1
}

// paidForm reports whether w is a form of "pay" that tells money of no
// stated sum paid or being paid for goods: "paid", and the present of a
// payment that goes on ("Moscow pays for the ammunition with oil", "is
// paying for the jets"). "pay" after a modal or "to" is still to come, or
// only bound. (A sum paid in the present is a deal's value, bound.)
func paidForm(w string) bool {
	return w == "paid" || w == "pays" || w == "paying"
}

// broughtAlong reports whether goods g follow a participle of carrying
// set off by a comma after a verb of arriving t: "Russian instructors
// arrived in Niger, bringing an air defence system with them" — the goods
// came with those who arrived, where they arrived, as without the comma.
func (s *sent) broughtAlong(t *trigger, g *group) bool {
	if t.noun || t.class != classArrive || g.lo-t.i > 20 {
		return false
	}
	toks := s.d.toks
	j := g.lo - 1
	for j > t.i && (s.is(j, fDeterminer) || s.inQty[j-s.lo]) {
		j--
	}
	if j-1 <= t.i || toks[j-1].Norm != "," {
		return false
	}
	switch toks[j].Norm {
	case "bringing", "carrying", "transporting", "ferrying":
		return true
	}
	return false
}

// toBeAfter reports whether trigger t is a passive infinitive set off by a
// comma after the goods (", to be delivered by 2028"): it says when
// or how goods arrive that the verb before them already moves ("Poland
// ordered 96 helicopters from the US, to be delivered by 2028").
func (s *sent) toBeAfter(after int, t *trigger) bool {
	toks := s.d.toks
	return t.passive && !t.noun && t.i-3 >= after && toks[t.i-3].Norm == "," && toks[t.i-2].Norm == "to" && s.is(t.i-1, fBe)
}

// pastValue returns the token after the value that "worth" or "valued
// (at)" at token i gives the goods before it ("worth an estimated 800
// million euros"), or i when no value follows: the goods' verb is read
// past their value.
func (s *sent) pastValue(i int) int {
	toks := s.d.toks
	if i >= s.hi || toks[i].Norm != "worth" && toks[i].Norm != "valued" {
		return i
	}
	j := i + 1
	if j < s.hi && toks[j].Norm == "at" {
		j++
	}
	if q := s.quantityAt(j); q != nil && q.Currency != "" {
		return q.Hi
	}
	return i
}

// batchOwner returns the state whose possessive opens a phrase, after a
// preposition, that the transfer noun t ends: "in Taiwan's first batch",
// "of Poland's latest tranche"; or -1. The phrase places the goods in a
// delivery to that state told of elsewhere; it is not the frame.
func (s *sent) batchOwner(t trigger) int {
	toks := s.d.toks
	switch toks[t.i].Norm {
	case "batch", "batches", "tranche", "tranches", "consignment", "consignments", "shipment", "shipments", "delivery", "deliveries", "lot":
	default:
		return -1 // "of India's arms imports" is a share of a trade, read as such
	}
	for j := t.i - 1; j > s.lo && t.i-j <= 4; j-- {
		if a := s.actorAt(j); a >= 0 {
			if m := &s.actors[a]; m.possessive && m.lo > s.lo && (toks[m.lo-1].Norm == "in" || toks[m.lo-1].Norm == "of") {
				return a
			}
			return -1
		}
		if toks[j].Kind != Word || s.is(j, fStop) && !s.is(j, fNounContext) {
			return -1
		}
	}
	return -1
}

// ownedBatchAt returns the token of the transfer noun that the words from
// j on end with in an owned batch ("first batch" after "in Taiwan's"; see
// batchOwner), or -1.
func (s *sent) ownedBatchAt(j int) int {
	for k := range s.trigs {
		if t := &s.trigs[k]; t.noun && t.i >= j && t.i-j <= 3 && s.batchOwner(*t) >= 0 {
			return t.i
		}
	}
	return -1
}

// contentOver returns the verb of content whose object is the noun of
// transfer t ("includes the transfer of technology", "covers delivery of
// spare parts"), or nil: the goods are then what a deal told before holds.
func (s *sent) contentOver(t *trigger) *trigger {
	j := t.i - 1
	if j > s.lo && s.is(j, fDeterminer) {
		j--
	}
	if j > s.lo && s.d.toks[j].Norm == "for" {
		j-- // "the agreement provides for the transfer of technology"
	}
	if j < s.lo || t.class != classGive && t.class != classSell && t.class != classMove {
		return nil
	}
	for k := range s.trigs {
		if u := &s.trigs[k]; u.i == j && u.class == classContent && !u.noun {
			return u
		}
	}
	if w := s.d.toks[j].Norm; w == "and" || w == "as" && j-2 > s.lo && s.d.toks[j-1].Norm == "well" && s.d.toks[j-2].Norm == "as" {
		return s.contentListed(t, j)
	}
	return nil
}

// contentListed returns the verb of content whose list of goods the noun
// of transfer t joins after "and" or "as well as" at j: "The agreement
// also covers 81 support vehicles, as well as a supply of ammunition". The
// items between are the verb's objects, and no other verb stands there.
func (s *sent) contentListed(t *trigger, j int) *trigger {
	for k := len(s.trigs) - 1; k >= 0; k-- {
		u := &s.trigs[k]
		if u.i >= t.i {
			continue
		}
		if !u.noun && u.class != classContent && s.participle(u.i) && !s.is(u.i-1, fBe) && !isAux(s.d.toks[u.i-1].Norm) {
			continue // "vehicles built on the K2 chassis": an item's participle
		}
		if u.class != classContent || u.noun || t.i-u.i > 24 || s.clauseBreak(u.i+1, j) {
			return nil // the nearest verb before is another's
		}
		for m := u.i + 1; m < j; m++ {
			if s.is(m, fVerb) && !s.inQty[m-s.lo] && !s.is(m, fMateriel) && s.d.toks[m].Kind == Word && s.d.toks[m].Norm != "supply" {
				if _, ok := s.verbAt(m); ok && !s.nounUse(m) && !(s.participle(m) && !s.is(m-1, fBe) && !isAux(s.d.toks[m-1].Norm)) {
					return nil // a verb of its own between: another clause ("vehicles built on the K2 chassis" is an item's participle)
				}
			}
		}
		return u
	}
	return nil
}

// ordinalOne returns a count of one for a part named by an ordinal before
// "of" and the whole's count ("the first of 24 howitzers", "the last of
// four frigates"), or nil.
func (s *sent) ordinalOne(p *phrase) *QuantityMatch {
	toks := s.d.toks
	if p.qty == nil {
		return nil
	}
	o := p.qty.Lo - 2 // the ordinal before "of": "first of 24"
	if p.qty.Lo > s.lo && toks[p.qty.Lo-1].Norm == "the" {
		o--
	}
	if o < s.lo || toks[o+1].Norm != "of" {
		return nil
	}
	switch toks[o].Norm {
	case "first", "second", "third", "fourth", "last", "final":
		return &QuantityMatch{Lo: o, Hi: o + 1, Min: &one, Max: &one, Qualifier: armsledger.Exact}
	}
	return nil
}

// lastOf reports whether the count of p is the whole of which "the last"
// or "the final" before "of" names a part: "the last of 30 howitzers", "the
// last of the 24 F-16s".
func (s *sent) lastOf(p *phrase) bool {
	toks := s.d.toks
	o := p.qty.Lo - 2
	if p.qty.Lo > s.lo && toks[p.qty.Lo-1].Norm == "the" {
		o--
	}
	return o > s.lo && toks[o+1].Norm == "of" && (toks[o].Norm == "last" || toks[o].Norm == "final") && toks[o-1].Norm == "the"
}

// firstOfSubject returns the count of "the first (second, last) of N X"
// as the subject of the frame's verb: one when the verb is singular ("The
// first of four radars built by Mitsubishi has been handed over"); nil when
// plural ("The first of the 20 Bushmasters have left": a batch), or when
// the frame is another verb, whose count stands ("promised", "ordered").
func (s *sent) firstOfSubject(p *phrase, t *trigger) *QuantityMatch {
	if !p.uncountedPart || p.qty == nil || t.i < p.hi {
		return nil
	}
	return s.firstOfSubjectRest(p, t)
}

// firstOfSubjectRest is firstOfSubject past its first test (see gates in words.go).
func (s *sent) firstOfSubjectRest(p *phrase, t *trigger) *QuantityMatch {
	toks := s.d.toks
	o := p.qty.Lo - 2 // the ordinal before "of": "first of 24"
	if p.qty.Lo > s.lo && toks[p.qty.Lo-1].Norm == "the" {
		o--
	}
	if o < s.lo || toks[o+1].Norm != "of" && toks[o+2].Norm != "of" {
		return nil
	}
	switch toks[o].Norm {
	case "first", "second", "third", "last", "latest", "final":
	default:
		return nil
	}
	if p.hi < s.hi {
		switch toks[p.hi].Norm {
		case "his", "her", "its", "their", "our":
			// "the first of the 30 jets his country has promised": a
			// relative clause with no "that", whose verb tells of the
			// whole, and its count stands.
			return nil
		}
	}
	for j := p.hi; j < s.hi && j-p.hi <= 10; j++ {
		switch toks[j].Norm {
		case "has", "was", "is":
			if t.i < j || t.i-j > 3 {
				return nil // the verb the count is the subject of is not the frame's
			}
			return &QuantityMatch{Lo: o, Hi: o + 1, Min: &one, Max: &one, Qualifier: armsledger.Exact}
		case "that", "which", "who":
			// A relative clause's verb tells of the whole; the sentence's
			// own verb after it of the first: "The first of 66 F-16s that
			// Taiwan ordered from the United States in 2019 was handed over".
			clauseVerb := false // the frame comes after the clause's own verb
			for k := range s.trigs {
				clauseVerb = clauseVerb || within(s.trigs[k].i, j+1, t.i)
			}
			for k := max(j+1, t.i-3); k < t.i && clauseVerb; k++ {
				if w := toks[k].Norm; w == "has" || w == "was" || w == "is" {
					return &QuantityMatch{Lo: o, Hi: o + 1, Min: &one, Max: &one, Qualifier: armsledger.Exact}
				}
			}
			return nil
		case "have", "were", "are", ",", ";":
			return nil
		}
	}
	return nil
}

// moneyOwner returns whose the blocked money of group g is: a state named
// inside it that does not receive it ("EUR 6.6 billion in EU funds"), or
// none, for the flow told before to give. Who blocks money gives none of it.
func (s *sent) moneyOwner(g *group, r *roleResult) []string {
	for a := range s.actors {
		if m := &s.actors[a]; within(m.lo, g.lo, g.hi) && !slices.Contains(r.rec, m.ref.Code) {
			return r.take(s, a)
		}
	}
	return nil
}

// toArmedGroup reports whether the frame's goods go to an armed group
// named by its demonym or as a group ("to Ukrainian separatists", "to the
// Houthi rebels"), which FORMAT.md codes by the state it is based in.
//
// It is asked of every draft, and ppActor reads the words around each
// mention after "to" (ppCandidate): the mentions are first looked over for
// one that names an armed group at all, which few sentences hold.
func (s *sent) toArmedGroup(t *trigger, g *group) bool {
	if !s.armedGroupAfterTo() {
		return false // (ppActor's answer, whatever it is, names none)
	}
	to := s.ppActor(min(t.i, g.lo), s.hi, "to")
	return to >= 0 && s.armedGroup(&s.actors[to])
}

// armedGroupAfterTo reports whether a mention after "to" names an armed
// group (see armedGroup).
func (s *sent) armedGroupAfterTo() bool {
	for a := range s.actors {
		if m := &s.actors[a]; m.prep == "to" && s.armedGroup(m) {
			return true
		}
	}
	return false
}

// armedGroup reports whether mention m names an armed group: "the
// Houthis", "Ukrainian separatists", "Sudanese paramilitaries".
func (s *sent) armedGroup(m *actorMention) bool {
	if m.ref.Kind == "group" {
		return true
	}
	if m.hi < s.hi {
		switch s.d.toks[m.hi].Norm {
		case "rebels", "separatists", "separatist", "militia", "militias", "guerrilla", "guerrillas", "insurgents", "paramilitaries", "paramilitary", "proxies", "fighters", "groups":
			return true
		}
	}
	return false
}

// budgetPayment returns the buyer and the seller of a purchase that a sum
// allocated at t is for: whose budget or whoever allocates, and the state
// after "from" past "to buy" or "purchase": "Taiwan's special budget
// allocates $8 billion to buy weapons from the United States". Else -1s.
func (s *sent) budgetPayment(t *trigger, g *group) (buyer, seller int) {
	toks := s.d.toks
	bought := false
	for j := g.hi; j < s.hi && j-g.hi <= 10; j++ {
		switch toks[j].Norm {
		case "buy", "purchase", "purchases", "procure", "procurement":
			bought = true
		case ";", ".":
			return -1, -1
		}
		if a := s.actorAt(j); bought && a >= 0 && s.actors[a].prep == "from" {
			seller, buyer = a, s.subject(*t)
			for k := t.i - 1; k >= s.lo && t.i-k <= 6; k-- {
				if b := s.actorAt(k); b >= 0 && s.actors[b].prep == "" && (s.actors[b].possessive || s.actors[b].demonym) {
					buyer = b // "Poland's 2025 defence budget", "The Philippine budget"
					break
				}
			}
			if buyer < 0 || s.actors[buyer].ref.Code == s.actors[a].ref.Code {
				return -1, -1
			}
			return buyer, seller
		}
	}
	return -1, -1
}

// allocatedPurchase reports whether the verb or noun of buying t is what
// a sum allocated before it is for, bought from a state for the buyer
// itself: "allocates 4 billion zloty for the purchase of Apache helicopters
// from the United States". The allocation is the claim (see
// budgetPayment); the goods are not bought yet. Goods bought for a third
// state ("to purchase ammunition for Ukraine") are given to it.
func (s *sent) allocatedPurchase(t *trigger) bool {
	toks := s.d.toks
	if t.class != classBuy || t.i-2 <= s.lo || s.ppActor(t.i, min(s.hi, t.i+12), "from") < 0 || s.ppActor(t.i, min(s.hi, t.i+12), "for") >= 0 {
		return false
	}
	if !(t.noun && toks[t.i-1].Norm == "the" && toks[t.i-2].Norm == "for" || !t.noun && toks[t.i-1].Norm == "to" || t.noun && toks[t.i-1].Norm == "for") {
		return false
	}
	for k := range s.trigs {
		if a := &s.trigs[k]; a.lemma == "allocate" && !a.noun && a.i < t.i && t.i-a.i <= 10 {
			for n := range s.quants {
				if q := &s.quants[n]; q.Currency != "" && q.Lo > a.i && q.Hi < t.i {
					return true
				}
			}
		}
	}
	return false
}

// paidPurchase reports whether the infinitive of buying t tells what money
// given just before it is for: "Iran sent Hezbollah $100 million to buy
// weapons", "gave the Houthis money to buy drones". The money is the claim;
// the goods, bought later from a seller the text does not name, are its
// purpose, and the buyer is the money's recipient, not the verb's subject.
// Goods bought for a third state ("to buy shells for Ukraine") are given
// to it, and goods bought from a seller named ("to buy howitzers from
// Slovakia") are sold to the buyer: both stay claims.
func (s *sent) paidPurchase(t *trigger) bool {
	toks := s.d.toks
	if t.noun || t.class != classBuy || t.i-2 <= s.lo || toks[t.i-1].Norm != "to" ||
		s.ppActor(t.i, min(s.hi, t.i+12), "for") >= 0 || s.ppActor(t.i, min(s.hi, t.i+12), "from") >= 0 {
		return false
	}
	end := -1 // the first token of the money before "to"
	switch toks[t.i-2].Norm {
	case "money", "funds", "cash":
		end = t.i - 2
	default:
		if q := s.sumEndingAt(t.i - 1); q != nil {
			end = q.Lo
		}
	}
	if end < 0 {
		return false
	}
	for k := range s.trigs {
		if a := &s.trigs[k]; !a.noun && a.class == classGive && a.i < end && end-a.i <= 8 {
			return true
		}
	}
	return false
}

// moneyForArms reports whether goods g of no kind ("weapons", "arms",
// "ammunition") are what a sum given at t is for: "will lend Poland $4
// billion to buy American weapons", "gave Ukraine €250 million for
// ammunition purchases". The sum is the claim; the goods, bought later from
// someone, are its purpose.
func (s *sent) moneyForArms(t *trigger, g *group) bool {
	if t.noun || t.class != classGive && t.class != classCommit && t.class != classRequest {
		return false // (a sum pledged or sought is for its purpose as one given is: "pledged €50 million for drones")
	}
	return s.moneyForArmsRest(t, g)
}

// moneyForArmsRest is moneyForArms past its first test (see gates in words.go):
// the trigger is a verb of giving.
func (s *sent) moneyForArmsRest(t *trigger, g *group) bool {
	toks := s.d.toks
	if g.phrases[0].money || g.phrases[0].qty != nil || g.lo <= t.i {
		return false
	}
	kindOnly := false // goods of a kind other than arms of no kind: only a bare kind is a purpose (see bareKinds)
	if c := g.phrases[0].cat; c != armsledger.Other && c != armsledger.Ammunition && t.lemma != "allocate" {
		if !s.bareKinds(g) {
			return false // (a budget's allocation is for whatever goods: "allocates 4 billion zloty for the purchase of Apache helicopters")
		}
		kindOnly = true
	}
	j := g.lo - 1
	for j > t.i && (s.is(j, fDeterminer) || toks[j].Kind == Word && !toks[j].Cap && s.actorAt(j) < 0 && toks[j].Norm != "for" && toks[j].Norm != "buy" && toks[j].Norm != "purchase") {
		j--
	}
	switch {
	case toks[j].Norm == "for":
	case (toks[j].Norm == "buy" || toks[j].Norm == "purchase") && j-1 > t.i && toks[j-1].Norm == "to":
		j--
	case toks[j].Norm == "of" && j-2 > t.i && (toks[j-1].Norm == "purchase" || toks[j-1].Norm == "purchases") && toks[j-2].Norm == "the" && toks[j-3].Norm == "for":
		j -= 3 // "for the purchase of Apache helicopters"
	default:
		return false
	}
	for k := j + 1; kindOnly && k < g.lo; k++ {
		if s.is(k, fDeterminer) {
			return false // "$300 million for the jets": goods told before, paid for
		}
	}
	for k := range s.quants {
		if q := &s.quants[k]; q.Currency != "" && q.Lo > t.i && q.Hi <= j {
			return true
		}
	}
	return false
}

// bareKinds reports whether every goods phrase of g names only a kind of
// goods, with no count and no name of a model: "€100 million for drones",
// "15 billion kroner for air defence". A sum for a kind is money whose use
// is told, not goods that move besides it; a sum "for 54 K9 howitzers" or
// "for Patriot systems" pays for goods named, which the text tells too.
func (s *sent) bareKinds(g *group) bool {
	toks := s.d.toks
	for i := range g.phrases {
		p := &g.phrases[i]
		if p.money || p.qty != nil || p.cat == armsledger.Personnel {
			return false
		}
		for k := p.start(); k < p.end(); k++ {
			if toks[k].Cap && !s.madeWhere(k) || toks[k].Kind == Number {
				return false
			}
		}
	}
	return true
}

// madeWhere reports whether the state at k names only where the goods are
// made: "Ukrainian-made drones", "drones built in Ukraine". Such goods are
// still a bare kind, no model; a state's demonym alone ("Latvian air
// defence systems") says whose they are.
func (s *sent) madeWhere(k int) bool {
	toks := s.d.toks
	if s.actorAt(k) < 0 {
		return false
	}
	if k+2 < s.hi && Joiner(toks, k+1) && madeWord(toks[k+2].Norm) {
		return true // "Ukrainian-made"
	}
	return k-2 >= s.lo && toks[k-1].Norm == "in" && madeWord(toks[k-2].Norm) // "built in Ukraine"
}

// freezeVerb reports whether w is a form of "freeze": one freezes one's own
// aid as often as another's, where one blocks or vetoes another's.
func freezeVerb(w string) bool {
	return w == "freeze" || w == "froze" || w == "frozen" || w == "freezing" || w == "freezes"
}

func blockVerb(w string) bool {
	switch w {
	case "block", "blocks", "blocked", "blocking", "veto", "vetoes", "vetoed", "vetoing", "freeze", "froze", "frozen", "freezing":
		return true
	}
	return false
}

// listItem returns, when token i lies in an item of a list that
// joinLists joined to the sentence introducing it, the first item's bullet
// (where the introduction ends) and the bullet of i's item; else -1, -1.
func (s *sent) listItem(i int) (intro, item int) {
	toks := s.d.toks
	intro, item = -1, -1
	if !s.d.bullets && !s.d.semiLists {
		return -1, -1 // most texts: no line opens with a bullet
	}
	itemStart := func(j int) bool {
		return toks[j].Newline && (bullet(&toks[j]) || s.d.semiLists && (toks[j-1].Norm == ";" || toks[j-1].Norm == ":"))
	}
	for j := s.lo + 1; j <= i; j++ {
		if itemStart(j) && (toks[j-1].Norm == ":" || intro >= 0) {
			if intro < 0 {
				intro = j
			}
			item = j
		}
	}
	if intro < 0 {
		return -1, -1
	}
	return intro, item
}

// introducedItem returns, when the verb at t lies in the introduction of
// a list and the goods at p in one of its items, the item's bullet (or its
// first word, in a list with none): the item alone is then the evidence
// ("- Howitzers: 212 K9 self-propelled guns in 2022"). Else it returns -1.
func (s *sent) introducedItem(t, p int) int {
	if t < 0 || p-t < 2 {
		return -1 // (most verbs are near their goods: no list to look for)
	}
	if intro, item := s.listItem(p); t < intro {
		return item
	}
	return -1
}

// rankedBefore reports whether a word that ranks a trade comes right
// before the noun at i: "the largest buyer", "its biggest customers", "top
// buyer".
func (s *sent) rankedBefore(i int) bool {
	for j := i - 1; j >= s.lo && i-j <= 3; j-- {
		switch s.d.toks[j].Norm {
		case "largest", "biggest", "top", "main", "leading", "major", "principal", "second-largest", "third-largest":
			return true
		}
	}
	return false
}

// gappedVerb returns the last verb of transfer before group g when g
// follows a state that opens a clause with that verb left out (see
// gappedSubject), or nil.
func (s *sent) gappedVerb(g *group) *trigger {
	if s.actorAt(g.lo-1) < 0 && s.actorAt(g.lo-2) < 0 {
		return nil // most groups: no state right before them
	}
	for k := len(s.trigs) - 1; k >= 0; k-- {
		t := &s.trigs[k]
		if t.i >= g.lo || t.noun || t.class == classSpeech {
			continue
		}
		if s.gappedSubject(t, g) >= 0 {
			return t
		}
		return nil
	}
	return nil
}

// gappedSubject returns the state that opens a clause whose verb is left
// out, right before the group it gives after "and" or a comma ("... to
// Ukraine and Norway NOK 600 million", "Denmark has pledged 19 jets, the
// Netherlands 24"), or after a semicolon and a comma ("Spain plans to send
// six; Portugal, three"), or -1.
func (s *sent) gappedSubject(t *trigger, g *group) int {
	giving := t.class == classGive || t.class == classCommit
	if g.phrases[0].money {
		if lo := s.countedPackagesBefore(g.lo); lo < g.lo {
			// "..., and Finland 29 packages worth 2.9 billion euros": the
			// state opens the clause before the count of what the sum buys.
			gg := *g
			gg.lo, g = lo, &gg
		}
	}
	if t.noun || t.passive || !giving && t.class != classBuy && t.class != classReceive || g.lo <= t.i || s.actorAt(g.lo-1) < 0 && s.actorAt(g.lo-2) < 0 {
		return -1
	}
	toks := s.d.toks
	a := s.actorAt(g.lo - 1)
	if a < 0 && g.lo-2 > t.i && (toks[g.lo-1].Norm == "," || toks[g.lo-1].Norm == "its" || toks[g.lo-1].Norm == "their") {
		a = s.actorAt(g.lo - 2)
	}
	if a < 0 && g.lo-2 > t.i && standIn(toks[g.lo-1].Norm) {
		return s.gappedMakers(t, g.lo-2)
	}
	forShare := false
	if a < 0 && g.lo-2 > t.i && toks[g.lo-1].Norm == "for" && s.sharesAccounted(g.lo-1) {
		a, forShare = s.actorAt(g.lo-2), true // "... and Egypt for 7.5 percent"
	}
	if a <= 0 {
		return -1
	}
	m := &s.actors[a]
	if m.possessive || m.demonym || m.lo <= t.i+1 {
		return -1
	}
	if forShare && m.lo-1 > t.i && toks[m.lo-1].Norm == "and" {
		return a
	}
	if k := m.lo - 1; m.hi == g.lo && k-2 > t.i && toks[k].Norm == "in" && standIn(toks[k-1].Norm) && toks[k-2].Norm == "and" {
		return a // "entities in Russia had provided $406 million and those in China $267 million"
	}
	k := m.lo - 1
	if k-1 > t.i && toks[k].Norm == "the" {
		k-- // "and the Netherlands 24"
	}
	sep := toks[k].Norm
	switch {
	case m.hi == g.lo && (sep == "and" || sep == ","):
	case m.hi+1 == g.lo && (sep == "and" || sep == ",") && (toks[m.hi].Norm == "its" || toks[m.hi].Norm == "their"):
		// "Britain supplied Storm Shadow missiles and France its SCALP
		// missiles"
	case m.hi+1 == g.lo && sep == ";":
	default:
		return -1
	}
	prev := &s.actors[a-1]
	if sep == "and" && giving && (prev.prep == "to" || prev.prep == "for") {
		return a
	}
	if !s.opensGap(t, m.lo) {
		return -1 // "gave Ukraine and Poland 30 tanks": both get them
	}
	return a
}

// gappedMakers returns the state whose demonym, at token i, names the
// makers or firms that open a clause with the verb t left out, right after
// "and" or a comma: "Russian firms supplied $406 million and Chinese
// suppliers $267 million" (the firms' state gives the second sum); or -1.
func (s *sent) gappedMakers(t *trigger, i int) int {
	a := s.actorAt(i)
	if a <= 0 || !s.actors[a].demonym || s.actors[a].hi != i+1 {
		return -1
	}
	k := s.actors[a].lo - 1
	if k <= t.i {
		return -1
	}
	if w := s.d.toks[k].Norm; w != "and" && w != "," {
		return -1
	}
	return a
}

// opensGap reports whether a state at lo, after "and", a comma or a
// semicolon, may open a clause that leaves out the verb t: a state before
// t is its subject, and goods lie between t and lo ("Norway has pledged
// eight tanks to Ukraine, Finland three").
func (s *sent) opensGap(t *trigger, lo int) bool {
	subject := false
	for a := range s.actors {
		if m := &s.actors[a]; m.hi <= t.i && (m.prep == "" || s.suppliersIn(a)) && !m.possessive && !m.speaker {
			subject = true
		}
	}
	if !subject {
		return false
	}
	for j := t.i + 1; j < lo; j++ {
		if s.inQty[j-s.lo] || s.is(j, fMateriel) && s.actorAt(j) < 0 { // ("Ukraine Security Assistance Initiative" makes "Ukraine" a materiel word)
			return true
		}
	}
	return false
}

// suppliersIn reports whether actor a is the state of the suppliers that
// a stand-in noun names before it, "in" or "from" between: "Companies in
// Singapore shipped", "Suppliers based in Russia provided". The noun is the
// clause's subject, and so, standing for them, is the state.
func (s *sent) suppliersIn(a int) bool {
	m := &s.actors[a]
	if m.prep != "in" && m.prep != "from" {
		return false
	}
	toks := s.d.toks
	k := m.lo - 2 // the word before the preposition
	if k > s.lo && (toks[k].Norm == "based" || toks[k].Norm == "located") {
		k--
	}
	return k >= s.lo && toks[m.lo-1].Norm == m.prep && standIn(toks[k].Norm)
}

// standIn reports whether w, before "in" or "from" and a state, stands
// for the state's suppliers: "those in China", "firms in Singapore",
// "manufacturers from Serbia".
func standIn(w string) bool {
	switch w {
	case "those", "ones", "entities", "firms", "companies", "suppliers", "manufacturers", "exporters", "producers",
		"dealers", "traders", "vendors", "businesses", "enterprises":
		return true
	}
	return false
}

// dealNounBefore returns the noun of a sale, purchase or promise that
// governs the group from right before it ("order for 250 tanks", "deal
// for 12 jets"), or nil.
func (s *sent) dealNounBefore(g *group) *trigger {
	for k := range s.trigs {
		if u := &s.trigs[k]; u.noun && (u.class == classSell || u.class == classBuy || u.class == classCommit) && u.i < g.lo && g.lo-u.i <= 3 {
			return u
		}
	}
	return nil
}

// wholeWhich returns the token of "which" when a relative clause of the
// whole of the goods before opens at i: "which", "both of which", "all of
// which" ("SCALP missiles and Hammer bombs, both of which France has
// given Ukraine"); else -1. A part ("two of which") is partOfWhichAfter's.
func (s *sent) wholeWhich(i int) int {
	toks := s.d.toks
	switch {
	case i >= s.hi:
		return -1
	case toks[i].Norm == "which":
		return i
	case i+2 < s.hi && (toks[i].Norm == "both" || toks[i].Norm == "all") && toks[i+1].Norm == "of" && toks[i+2].Norm == "which":
		return i + 2
	}
	return -1
}

// partOfWhichAfter reports whether ", N of which" follows token i: the
// clause after tells of a part of the goods before.
func (s *sent) partOfWhichAfter(i int) bool {
	toks := s.d.toks
	if i+3 >= s.hi || toks[i].Norm != "," || !s.inQty[i+1-s.lo] {
		return false
	}
	j := i + 1
	for j < s.hi && s.inQty[j-s.lo] {
		j++
	}
	return j+1 < s.hi && toks[j].Norm == "of" && toks[j+1].Norm == "which"
}

// nounCommaFor reports whether the goods of g follow a noun of buying or
// selling and a comma, then "for": "placed the largest order, for 80
// jets", "won a contract, for 12 howitzers". The comma sets off what the
// order was for, no clause of its own. So does the copula: "The largest
// recent order is for 26 jets from Spain" says what the order is for.
func (s *sent) nounCommaFor(t *trigger, g *group) bool {
	toks := s.d.toks
	if !t.noun || t.class != classBuy && t.class != classSell || t.i+2 >= g.lo || toks[t.i+1].Norm != "," && !s.is(t.i+1, fBe) || toks[t.i+2].Norm != "for" {
		return false
	}
	return g.lo-(t.i+3) <= 3
}

// partOfThemAfter returns the passive participle of giving in ", some of
// them donated by Moscow", ", most of them supplied by Iran" after the
// goods that end at i (the part's count a word or an amount), or nil. The
// participle frames the goods before: a part of them came that way.
func (s *sent) partOfThemAfter(i int) *trigger {
	if i+4 >= s.hi || s.d.toks[i].Norm != "," {
		return nil
	}
	return s.partOfThemAfterRest(i)
}

// partOfThemAfterRest is partOfThemAfter past its first test (see gates in words.go).
func (s *sent) partOfThemAfterRest(i int) *trigger {
	toks := s.d.toks
	j := i + 1
	switch toks[j].Norm {
	case "some", "most", "many", "all", "several", "half", "part":
		j++
	default:
		for j < s.hi && s.inQty[j-s.lo] {
			j++
		}
		if j == i+1 {
			return nil
		}
	}
	if j+2 >= s.hi || toks[j].Norm != "of" || toks[j+1].Norm != "them" {
		return nil
	}
	for k := range s.trigs {
		if t := &s.trigs[k]; t.i == j+2 && !t.noun && (t.class == classGive || t.class == classSell) && s.participle(t.i) && s.ppActor(t.i, min(s.hi, t.i+4), "by") >= 0 {
			t.passive = true
			return t
		}
	}
	return nil
}

// inServiceOf returns the state whose forces the words from e say goods
// serve in, "in Greek service", "in Egypt's service"; or -1.
func (s *sent) inServiceOf(e int) int {
	if e+2 >= s.hi || s.d.toks[e].Norm != "in" {
		return -1
	}
	return s.inServiceOfRest(e)
}

// inServiceOfRest is inServiceOf past its first test (see gates in words.go):
// token e is "in", and two more follow it in the sentence.
func (s *sent) inServiceOfRest(e int) int {
	toks := s.d.toks
	a := s.actorAt(e + 1)
	if a < 0 || s.actors[a].lo != e+1 || s.actors[a].hi >= s.hi || toks[s.actors[a].hi].Norm != "service" {
		return -1
	}
	if m := &s.actors[a]; !m.demonym && !m.possessive || m.ref.kind != kindCountry && m.ref.kind != kindDemonym {
		return -1
	}
	return a
}

// promisedSum reports whether the sum that starts at i is called promised
// by a participle between its determiner and it: "of a pledged €5
// billion", "the promised $3 billion".
func (s *sent) promisedSum(i int) bool {
	toks := s.d.toks
	if i-2 < s.lo || !s.is(i-2, fDeterminer) {
		return false
	}
	switch toks[i-1].Norm {
	case "promised", "pledged", "committed":
		return true
	}
	return false
}

// priceFrom returns the actor that "from" names right before the "for"
// that opens the sum p ("36 F-15s from Boeing for $12 billion"), or -1.
func (s *sent) priceFrom(p *phrase) int {
	if p.cat != armsledger.Funding || p.lo-2 <= s.lo || s.d.toks[p.lo-1].Norm != "for" {
		return -1
	}
	a := s.actorAt(p.lo - 2)
	if a < 0 || s.actors[a].prep != "from" || s.actors[a].ref.kind == kindDemonym {
		return -1
	}
	return a
}

// soldFromBefore reports whether the seller sup of a frame was named after
// "from" between its verb at i and token j: "bought Rafale jets from France
// and Eurofighters from Britain", where the second item names its own. (In
// "buy air defence systems from Germany for Ukraine" the buyer gives.)
func (s *sent) soldFromBefore(sup []string, i, j int) bool {
	for a := range s.actors {
		if m := &s.actors[a]; m.prep == "from" && m.lo > i && m.lo < j {
			codes, _, _ := s.group(a)
			return sameSet(codes, sup)
		}
	}
	return false
}

// unconfirmed reports whether a verb of confirming that is negated or
// declined governs the words from i on: "Russian officials have not
// confirmed the Su-35 deal", "Moscow declined to confirm the delivery". Not
// confirming denies nothing, and asserts nothing either.
func (s *sent) unconfirmed(i int) bool {
	if !s.has(fConfirm | fUnaware) {
		return false // no verb of confirming, nor the words of unknownTo: most sentences
	}
	return s.unconfirmedRest(i)
}

// unconfirmedRest is unconfirmed past its first test (see gates in words.go).
func (s *sent) unconfirmedRest(i int) bool {
	toks := s.d.toks
	if s.unknownTo(i) {
		return true
	}
	for j := i - 1; j > s.lo && i-j <= 4; j-- {
		if !s.is(j, fConfirm) {
			if s.is(j, fDeterminer) || s.is(j, fAdverb) || toks[j].Kind == Word && !s.is(j, fStop|fVerb) {
				continue // "confirmed the reported delivery", "confirmed publicly"
			}
			if toks[j].Norm == "any" || toks[j].Norm == "such" {
				continue // "has not confirmed any sale of the Su-35": a quantifier of what is not confirmed
			}
			return false
		}
		for k := j - 1; k >= s.lo && j-k <= 3; k-- {
			switch toks[k].Norm {
			case "not", "never", "declined", "refused", "unable", "cannot":
				return true
			}
		}
		return false
	}
	return false
}

// unknownTo reports whether the words from i on are what a speaker says it
// has no information or knowledge of, or is not aware of: "it had no
// information about reports that North Korean troops were fighting in
// Kursk". Not knowing confirms nothing, and denies nothing either.
// unconfirmed asks first whether the sentence holds one of its words
// (unawareWords) by their flag, fUnaware.
func (s *sent) unknownTo(i int) bool {
	toks := s.d.toks
	for j := i - 1; j > s.lo && i-j <= 6; j-- {
		w := toks[j].Norm
		switch w {
		case "reports", "report", "claims", "that", "the", "any", "about", "on", "of":
			continue
		}
		if !unawareWords[w] {
			return false
		}
		if w == "aware" {
			return toks[j-1].Norm == "not" && toks[j+1].Norm == "of"
		}
		// "no information about", "no knowledge of"
		return toks[j-1].Norm == "no" && (toks[j+1].Norm == "about" || toks[j+1].Norm == "on" || toks[j+1].Norm == "of")
	}
	return false
}

// unawareWords are the words of knowing unknownTo looks for. They set the
// flag that gates it (fUnaware), so the rule tests no word but these: one
// the flag lacked would fire only in sentences that happen to hold another.
var unawareWords = setOf("information", "knowledge", "aware")

// ownRecipient returns the state a sum of money names right after it with
// "for" or "to" — "$26 billion for Israel", "$100 million annually for
// Palestinian groups" —, or with "to" and "for" before it ("and to Romania
// for about $1 billion"), or -1.
func (s *sent) ownRecipient(p *phrase) int {
	if !p.money {
		return -1
	}
	toks := s.d.toks
	e := p.end()
	switch w := toks[min(e, s.hi-1)].Norm; {
	case e >= s.hi:
	case w == "annually" || w == "yearly":
		e++
	case (w == "a" || w == "per" || w == "each" || w == "every") && e+1 < s.hi && toks[e+1].Norm == "year":
		e += 2 // "a year", "per year"
	}
	if e+1 >= s.hi || toks[e].Norm != "for" && toks[e].Norm != "to" {
		// "... and to Romania for about $1 billion": the state the sum is
		// paid for comes before it.
		if b := p.start() - 1; b-2 > s.lo && toks[b].Norm == "for" {
			if a := s.actorAt(b - 1); a >= 0 && s.actors[a].hi == b && s.actors[a].prep == "to" && !s.actors[a].possessive && s.actors[a].ref.kind != kindDemonym {
				return a
			}
		}
		return -1
	}
	if a := s.actorAt(e + 1); a >= 0 && !s.actors[a].possessive && s.actors[a].ref.kind != kindDemonym {
		return a
	}
	return -1
}

// secondObject reports whether the counted group g, after "and", is a
// second object of the verb t, past the purpose clause of the first: "will
// send 1,000 sappers to clear mines in the Kursk region and 5,000 workers
// to rebuild it". The first object is the sentence's last claim, of t and
// of the same kind, a few words back.
func (s *sent) secondObject(t *trigger, g *group) bool {
	if g.phrases[0].qty == nil || g.lo-1 <= t.i || s.d.toks[g.lo-1].Norm != "and" {
		return false
	}
	n := len(s.d.claims)
	if n == 0 {
		return false
	}
	c := &s.d.claims[n-1]
	return c.sent == s.idx && c.trig == t.i && c.p.qty != nil && c.p.cat == g.phrases[0].cat && c.p.hi < g.lo && g.lo-c.p.hi <= 12
}

// addressedOnly reports whether the goods of group g are not what the
// verb of asking t asks for: "ask", "call", "appeal" and their kin take
// the goods after "for" ("asked Germany for tanks"), so "asking engineers
// detailed questions" asks for no engineers, and goods before the verb
// ("a plant producing shells and called for growth") are not its object
// unless its "for" is left at the end ("the tanks Kyiv asked for").
func (s *sent) addressedOnly(t *trigger, g *group) bool {
	if t.noun || t.passive || t.class != classRequest {
		return false
	}
	return s.addressedOnlyRest(t, g)
}

// addressedOnlyRest is addressedOnly past its first test (see gates in words.go).
func (s *sent) addressedOnlyRest(t *trigger, g *group) bool {
	switch t.lemma {
	case "ask", "call", "appeal", "urge", "plead", "lobby":
	default:
		return false
	}
	toks := s.d.toks
	if g.lo < t.i {
		stranded := t.i+1 < s.hi && toks[t.i+1].Norm == "for" && (t.i+2 == s.hi || clauseEnd(toks[t.i+2].Norm))
		return !stranded
	}
	for j := t.i + 1; j < g.lo; j++ {
		if toks[j].Norm == "for" {
			return false
		}
	}
	return true
}

// thankedForOther reports whether the goods of group g are not what the
// form of "thank" t thanks for: only goods in its "for" phrase are, not
// goods of a clause after it ("thanked the UK for its support and said
// its priorities remained air defence").
func (s *sent) thankedForOther(t *trigger, g *group) bool {
	if t.lemma != "thank" || t.noun {
		return false
	}
	return s.thankedForOtherRest(t, g)
}

// thankedForOtherRest is thankedForOther past its first test (see gates in words.go).
func (s *sent) thankedForOtherRest(t *trigger, g *group) bool {
	a := s.thankedFor(t.i)
	if a < 0 || g.lo <= s.actors[a].hi {
		return true
	}
	for j := s.actors[a].hi + 1; j < g.lo; j++ {
		if s.is(j, fVerb) || clauseEnd(s.d.toks[j].Norm) {
			return true
		}
	}
	return false
}

// perUnit reports whether the goods of group g are the unit of a price
// ("paid $193,000 per drone", "at $2 million apiece per jet"): a single
// item after "per", with no count of its own. The goods bought, if any,
// are told elsewhere.
func (s *sent) perUnit(g *group) bool {
	p := &g.phrases[0]
	return g.lo > s.lo && s.d.toks[g.lo-1].Norm == "per" && p.qty == nil && !p.money
}

// clauseEnd reports whether w is a mark that may end a clause.
func clauseEnd(w string) bool {
	switch w {
	case ".", ",", ";", ":", ")", "?", "!", "-", "—", "–":
		return true
	}
	return false
}

// verbAfterClause returns the verb of arriving, or the passive verb of
// giving, that follows the relative clause whose verb is trigs[k], with no
// mark between: the verb the clause's subject governs it.
func (s *sent) verbAfterClause(k int) *trigger {
	toks := s.d.toks
	t := &s.trigs[k]
	for n := k + 1; n < len(s.trigs); n++ {
		u := &s.trigs[n]
		if u.i-t.i > 12 {
			return nil
		}
		if u.noun || u.class != classArrive && !(u.passive && u.class == classGive && s.beBefore(u.i)) {
			continue
		}
		for j := t.i + 1; j < u.i; j++ {
			if toks[j].Kind == Punct {
				return nil
			}
		}
		return u
	}
	return nil
}

// includedPastSpeech reports whether the group follows "including" after
// a reporting clause that stands between it and the verb t: "Sweden will
// send Archer howitzers to Ukraine in its 18th package, the government
// said on Monday, including CV90 vehicles".
func (s *sent) includedPastSpeech(t *trigger, g *group) bool {
	return g.lo-t.i <= 25 && g.lo-1 > t.i && s.d.toks[g.lo-1].Norm == "including" && s.saysBetween(t.i+1, g.lo)
}

// asideOnly reports whether tokens [lo, hi) are only a short aside set off
// by commas between a verb and its object: "covered, among other things,
// 3,000 anti-tank weapons", "will send, in particular, tanks".
func (s *sent) asideOnly(lo, hi int) bool {
	toks := s.d.toks
	if hi-lo < 3 || hi-lo > 6 || toks[lo].Norm != "," || toks[hi-1].Norm != "," {
		return false
	}
	for j := lo + 1; j < hi-1; j++ {
		if toks[j].Kind != Word || s.actorAt(j) >= 0 || s.is(j, fVerb) {
			return false
		}
	}
	return true
}

// peopleOpenClause reports whether the group is people that open a clause
// after ", and" (past a determiner: "its pilots", "the crews") and are
// followed by a verb chain of their own ("will be trained", "have
// served"): the subject of that clause.
func (s *sent) peopleOpenClause(g *group) bool {
	toks := s.d.toks
	if len(g.phrases) != 1 || g.phrases[0].cat != armsledger.Personnel || g.phrases[0].qty != nil {
		return false
	}
	j := g.lo - 1
	if j > s.lo && s.is(j, fDeterminer) {
		j--
	}
	sub := false // the people open a clause of time or condition
	switch {
	case subordinator(toks[g.lo].Norm), j > s.lo && subordinator(toks[j].Norm):
		// "will hand over 18 F-16s to Ukraine once pilots are trained" (the
		// phrase may have taken "once" as a modifier)
		sub = true
	case j-1 <= s.lo || toks[j].Norm != "and" || toks[j-1].Norm != ",":
		return false
	}
	k := g.hi
	return k+1 < s.hi && (s.is(k, fModal) || isAux(toks[k].Norm) || sub && s.is(k, fBe)) && toks[k].Norm != "also"
}

// subordinator reports whether w opens a clause of time or condition:
// "once pilots are trained", "when crews have finished".
func subordinator(w string) bool {
	switch w {
	case "once", "when", "until", "before", "after", "while", "if", "unless", "because":
		return true
	}
	return false
}

// colonItem reports whether the group is an item of the list after "include:"
// at the verb of content t: "Capabilities in this package include:
// munitions for HIMARS; 155mm artillery ammunition; Tube-Launched,
// Optically-Tracked, Wire-Guided (TOW) missiles; ...". The items' own
// commas and semicolons break no clause.
//
// The colon may close a short object that names the items only in general:
// "includes capabilities drawn from DoD inventories:", "includes the
// following:".
func (s *sent) colonItem(t *trigger, g *group) bool {
	toks := s.d.toks
	// ("added the largest item: 100 Harpoon launchers": a short object
	// before the colon, as after a verb of content)
	if t.class != classContent && t.lemma != "add" && !s.givesColon(t.i) || t.i+1 >= g.lo {
		return false
	}
	colon := -1
	for j := t.i + 1; j < g.lo && j-t.i <= 10; j++ {
		if w := toks[j].Norm; w == ":" {
			colon = j
			break
		} else if w == ";" || w == "." || w == "," {
			return false
		}
	}
	if colon < 0 {
		return false
	}
	for j := colon + 1; j < g.lo; j++ {
		if toks[j].Norm == ":" {
			return false
		}
	}
	return true
}

// givesColon reports whether the verb at i is a verb of giving or
// promising right before a colon that opens a list of what is given:
// "The package, drawn from Department of Defense stocks, provides:".
func (s *sent) givesColon(i int) bool {
	toks := s.d.toks
	if i+1 >= s.hi || toks[i+1].Norm != ":" || s.nounUse(i) {
		return false
	}
	v, ok := s.verbAt(i)
	return ok && (v.Class == classGive || v.Class == classCommit)
}

// speechBetween reports whether the words between the verb at i and
// token j hold a clause of speech and no other verb: "shipped 12 million
// shells to Russia since 2023, South Korea's Joint Chiefs of Staff
// estimated in a report to lawmakers on Tuesday, along with 250 missiles"
// adds the missiles to what was shipped, however long the attribution.
func (s *sent) speechBetween(i, j int) bool {
	speech := false
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.i <= i || t.i >= j || t.noun {
			continue
		}
		if t.class != classSpeech {
			return false
		}
		speech = true
	}
	return speech
}

// additiveBefore reports whether words that add one more item to what a
// verb moves stand right before token i: "sent 11,000 troops to Russia, in
// addition to dozens of KN-23 missiles", "..., along with tank ammunition".
func (s *sent) additiveBefore(i int) bool {
	toks := s.d.toks
	j := i - 1
	if j > s.lo && s.is(j, fDeterminer) {
		j--
	}
	if j-1 < s.lo {
		return false
	}
	switch w, v := toks[j-1].Norm, toks[j].Norm; {
	case v == "alongside" || v == "besides" || v == "plus":
		return true
	case v == "with":
		return w == "along" || w == "together"
	case v == "to":
		return w == "addition" && j-2 >= s.lo && toks[j-2].Norm == "in"
	case v == "of":
		return w == "top" && j-2 >= s.lo && toks[j-2].Norm == "on"
	case v == "by":
		return w == "followed" && i < s.hi && s.inQty[i-s.lo] // "212 howitzers in 2022, followed by 152 more"
	}
	return false
}

// participleOn reports whether the passive participle t is the verb of a
// relative clause on the group it follows: "tanks donated by Poland", "the
// shells already promised to Ukraine", "tanks that were bought from South
// Korea".
func (s *sent) participleOn(t trigger, g group) bool {
	if !t.passive || t.noun || t.i < g.hi || t.i > g.hi+4 {
		return false
	}
	toks := s.d.toks
	j := g.hi
	if toks[j].Norm == "," && j+1 < t.i && toks[j+1].Norm == "which" {
		j++ // "Su-30 jets, which were supplied by Russia": set off by a comma
	}
	if toks[j].Norm == "that" || toks[j].Norm == "which" {
		for j++; j < t.i && (s.is(j, fBe|fAdverb) || isAux(toks[j].Norm)); j++ {
		}
		return j == t.i
	}
	if s.beBefore(t.i) {
		return false // "the tanks are promised to Ukraine": the sentence's verb
	}
	if t.class == classArrive && !transitiveArrival(t.lemma) && s.firstPart(&g.phrases[0]) {
		return false // "..., and the first jets arrived in March": "arrive" takes no object, so its "-ed" is the clause's verb
	}
	i := s.verbLo(t.i) // "tanks re-exported by Poland"
	return i == g.hi || i == g.hi+1 && s.is(g.hi, fAdverb)
}

// transitiveArrival reports whether the verb of arriving with lemma w
// takes an object, so that its participle may describe goods: "tanks
// unloaded at Gdynia", "the front lines reached by the shells". "arrived",
// "landed" and the like are only ever a clause's own verb.
func transitiveArrival(w string) bool {
	return w == "unload" || w == "reach" || w == "due"
}

// loadedVehicle reports whether the group is ships or aircraft that a
// participle right after says carry a load: "cargo planes carrying US
// munitions", "a ship laden with shells".
func (s *sent) loadedVehicle(g *group) bool {
	if g.hi >= s.hi {
		return false
	}
	switch g.phrases[0].cat {
	case armsledger.Ship, armsledger.Aircraft:
	case armsledger.Other:
		if !truckWord(s.d.toks[g.hi-1].Norm) {
			return false // ("military equipment loaded on ships": the load)
		}
	default:
		return false
	}
	switch s.d.toks[g.hi].Norm {
	case "carrying", "loaded", "laden", "transporting", "ferrying":
		return true
	}
	return false
}

// truckWord reports whether w names a road vehicle that carries a load:
// "seized a truck carrying Iranian-made missiles".
func truckWord(w string) bool {
	switch w {
	case "truck", "trucks", "lorry", "lorries":
		return true
	}
	return false
}

// transportOwner returns the state whose flights, convoys or trains are
// the subject of the verb at i, named by a demonym before them ("Emirati
// cargo flights had carried weapons"), or -1. (Ships and planes are goods
// of their own: see vehicleSubject.)
func (s *sent) transportOwner(i int) int {
	toks := s.d.toks
	if i <= s.lo {
		return -1
	}
	j := i - 1
	for j > s.lo && (isAux(toks[j].Norm) || s.is(j, fAdverb|fBe)) {
		j--
	}
	switch toks[j].Norm {
	case "flights", "flight", "convoys", "convoy", "trains", "train", "trucks", "lorries", "airlifts":
	default:
		return -1
	}
	for k := j - 1; k >= s.lo && j-k <= 2; k-- {
		if a := s.actorAt(k); a >= 0 {
			if s.actors[a].demonym && s.actors[a].prep == "" {
				return a
			}
			return -1
		}
	}
	return -1
}

// carries reports whether a verb of holding tells a load on its way: "a
// dhow carrying 3,000 assault rifles from Iran to Yemen" (a state after
// "from" or "to" soon after it), not what a load could hold.
func (s *sent) carries(t trigger) bool {
	if t.class != classHold || t.noun || s.capacityCue(t.i) {
		return false
	}
	reach := t.i + 10
	if t.lemma == "carry" {
		reach += 6 // "convoys carrying T-72 tanks and BTR-82 armoured personnel carriers have driven to Bamako": past a list of goods
	}
	if t.i+3 < s.hi && s.d.toks[t.i+2].Norm == "equivalent" && s.d.toks[t.i+3].Norm == "of" {
		reach += 3 // "carried the equivalent of 2,300 containers of arms into Russia"
	}
	for j := t.i + 1; j < reach && j < s.hi; j++ {
		if s.d.toks[j].Norm == "," {
			// "carry 1,000 tonnes of sodium perchlorate, the main precursor
			// of missile propellant, from China to Iran": past the aside.
			for c := j + 1; c < s.hi && c-j <= 20; c++ {
				if s.d.toks[c].Norm == "," {
					reach += c - j
					break
				}
			}
			break
		}
	}
	for a := range s.actors {
		if m := &s.actors[a]; m.lo > t.i && m.lo <= reach && (m.prep == "from" || m.prep == "to" || m.prep == "into" || m.prep == "in" && m.ref.kind == kindCountry) {
			return true // "cargo planes carrying US munitions had landed in Israel"
		}
	}
	for j := t.i + 1; j < reach && j < s.hi; j++ {
		if s.boundFor(j) >= 0 {
			return true // "a dhow carrying Iranian weapons destined for the Houthis"
		}
	}
	if s.arrivalDestination(t.i) >= 0 {
		return true // "Convoys carrying Russian-supplied armoured vehicles have reached Bamako"
	}
	if _, ok := s.routeEnd(&t); ok {
		return true // "made 11 round trips between Rajin and Russia, carrying North Korean munitions"
	}
	// "The ships carried an estimated 16,000 containers": vehicles that
	// carried a load, in the past, moved it, on the route told before.
	// So one that is carrying a load: "The vessel, which will dock in
	// Poland, is also carrying twenty M113 carriers".
	toks := s.d.toks
	if toks[t.i].Norm != "carried" && toks[t.i].Norm != "carrying" || len(s.d.claims) == 0 {
		return false
	}
	j := t.i - 1
	for j > s.lo && (isAux(toks[j].Norm) || s.is(j, fAdverb|fBe)) {
		j--
	}
	if toks[t.i].Norm == "carrying" && (t.i == s.lo || !s.is(t.i-1, fBe) && !(t.i-2 >= s.lo && s.is(t.i-2, fBe) && s.is(t.i-1, fAdverb))) {
		return false // "ships carrying X" name the ships, unless a route is told (above)
	}
	if c := s.relativeAside(j); c >= 0 {
		j = c - 1 // past ", which will dock in Poland,"
	}
	if j <= s.lo {
		return false
	}
	if v := s.vehicleBeforeParticiple(j); v > s.lo {
		// "cargo flights landing at Amdjarass airport several times a
		// week carried ammunition": the flights, past what they did.
		j = v
	}
	switch toks[j].Norm {
	case "ships", "vessels", "trains", "wagons", "flights", "planes", "convoys", "trucks", "freighters",
		"ship", "vessel", "train", "flight", "plane", "aircraft", "convoy", "freighter":
		switch toks[j-1].Norm {
		case "the", "these", "those", "this", "that", "cargo", "transport":
			return true
		}
	}
	return false
}

// vehicleBeforeParticiple returns the noun of a vehicle that a participle
// of arriving follows, the clause of that participle ending at token j
// ("flights landing at Amdjarass airport several times a week"), or -1.
func (s *sent) vehicleBeforeParticiple(j int) int {
	toks := s.d.toks
	for k := j; k > s.lo && j-k <= 10; k-- {
		switch toks[k].Norm {
		case "landing", "arriving", "flying", "docking", "leaving", "departing":
			switch toks[k-1].Norm {
			case "flights", "planes", "ships", "vessels", "convoys", "trucks", "freighters", "aircraft":
				return k - 1
			}
			return -1
		case ",", ";", "and":
			return -1
		}
		if s.is(k, fVerb) && k < j {
			return -1
		}
	}
	return -1
}

// routeEnd returns, for a participle of carrying after a comma ("...,
// carrying 2,500 containers of North Korean munitions"), the state at the
// other end of a route "between A and B" told before it in the clause,
// from the state whose goods the load is; ok is false when there is none.
// A load carried to and fro between two states goes from its maker's to
// the other.
func (s *sent) routeEnd(t *trigger) (a int, ok bool) {
	toks := s.d.toks
	if t.noun || t.i-1 <= s.lo || toks[t.i-1].Norm != "," || toks[t.i].Norm != "carrying" {
		return -1, false
	}
	origin := "" // the state whose goods the load is: "of North Korean munitions"
	for k := range s.actors {
		if m := &s.actors[k]; m.lo > t.i && m.lo-t.i <= 10 && m.demonym && m.prep != "to" && m.prep != "for" {
			origin = m.ref.Code
			break
		}
	}
	if origin == "" {
		return -1, false
	}
	for j := t.i - 2; j > s.lo && t.i-j <= 20; j-- {
		if toks[j].Norm == ";" || toks[j].Norm == ":" {
			return -1, false
		}
		if toks[j].Norm != "between" {
			continue
		}
		// The two ends, each of one state however many names it takes:
		// "between the North Korean port of Rajin and Russia's Far East".
		seen, other := false, -1
		for k := range s.actors {
			m := &s.actors[k]
			if m.lo <= j || m.hi >= t.i || m.lo-j > 10 {
				continue
			}
			switch {
			case m.ref.Code == origin:
				seen = true
			case other < 0 || s.actors[other].ref.Code == m.ref.Code:
				other = k
			default:
				return -1, false // a third state: no route of two ends
			}
		}
		return other, seen && other >= 0
	}
	return -1, false
}

// eachItsCount splits the claim at index i, whose suppliers sup are paired
// in order with the counts listed before its goods: "Denmark and the
// Netherlands have pledged 19 and 24 F-16s respectively" is 19 from
// Denmark and 24 from the Netherlands.
func (s *sent) eachItsCount(i int, sup []string) {
	counts := s.countsBefore(s.d.claims[i].p.qty)
	if len(counts) != len(sup) {
		return
	}
	last := len(sup) - 1
	for n := range last {
		d := s.newDraft()
		*d = s.d.claims[i]
		d.sup, d.p.qty = sup[n:n+1], counts[n]
	}
	s.d.claims[i].sup = sup[last:]
}

// countsBefore returns the counts listed before q, joined by commas or
// "and", and q itself, in order: "19 and 24", "10, 12 and 14".
func (s *sent) countsBefore(q *QuantityMatch) []*QuantityMatch {
	toks := s.d.toks
	out := []*QuantityMatch{q}
	for cur := q; ; {
		j := cur.Lo - 1
		if j > s.lo && toks[j].Norm == "and" && toks[j-1].Norm == "," {
			j--
		}
		if j <= s.lo || toks[j].Norm != "and" && toks[j].Norm != "," {
			break
		}
		var prev *QuantityMatch
		for n := range s.quants {
			if c := &s.quants[n]; c.Hi == j && c.Currency == "" && !c.Percent {
				prev = c
			}
		}
		if prev == nil {
			break
		}
		out = append([]*QuantityMatch{prev}, out...)
		cur = prev
	}
	return out
}

// respectively reports whether the sentence pairs its lists in order:
// "sent tanks and howitzers respectively", "sent tanks and howitzers,
// respectively, to Ukraine".
func (s *sent) respectively() bool {
	for j := s.hi - 1; j >= s.lo; j-- {
		if s.d.toks[j].Norm == "respectively" {
			return true
		}
	}
	return false
}

// paidForGoods reports whether goods p, told before and named again with
// "the", are what "pay for" at t paid for, in a sentence that names no
// sum: "Tehran has paid for the aircraft".
func (s *sent) paidForGoods(t *trigger, p *phrase, groups []group) bool {
	if t.noun || t.i+1 >= s.hi || s.d.toks[t.i+1].Norm != "for" || p.lo <= t.i || p.qty != nil {
		return false // ("paid for 24 Su-35 jets" buys the jets)
	}
	if p.lo-t.i > 4 && !s.partPaidFor(t.i+2, p.lo-1) {
		return false
	}
	switch s.d.toks[p.lo-1].Norm {
	case "the", "these", "those", "them":
	default:
		if !s.paidInMeans(p.end()) {
			return false // goods told before, named again: "paid for the aircraft"
		}
	}
	for _, g := range groups {
		for k := range g.phrases {
			if g.phrases[k].money {
				return false // "paid $1.7 billion for 24 Su-35s": the sum is the payment
			}
		}
	}
	return true
}

// paidInMeans reports whether the words at i tell what a payment was made
// in ("paid for Iranian drones partly in gold and cash"): the clause tells
// the payment, whatever goods it names.
func (s *sent) paidInMeans(i int) bool {
	toks := s.d.toks
	if i < s.hi && strings.HasSuffix(toks[i].Norm, "ly") {
		i++ // "partly", "largely"
	}
	if i+1 >= s.hi || toks[i].Norm != "in" {
		return false
	}
	switch toks[i+1].Norm {
	case "cash", "gold", "money", "oil", "kind":
		return true
	}
	return false
}

// partPaidFor reports whether the words from i up to the determiner at
// end take a part of the goods paid for: "paid for (at least) part of the
// munitions", "pays for most of the drones".
func (s *sent) partPaidFor(i, end int) bool {
	toks := s.d.toks
	if i+1 < end && toks[i].Norm == "at" && toks[i+1].Norm == "least" {
		i += 2
	}
	return i+2 == end && partWord(toks[i].Norm) && toks[i+1].Norm == "of"
}

// paidObject reports whether the phrase is the object of the verb at t,
// right after it or after its payee: "paid North Korea cash".
func (s *sent) paidObject(t *trigger, p *phrase) bool {
	j := p.start() - 1
	if a := s.actorAt(j); a >= 0 && s.actors[a].prep == "" && !s.actors[a].possessive {
		j = s.actors[a].lo - 1
	}
	return j == t.i
}

// paidWith reports whether the phrase is what a payment is made in: "is
// paying for North Korea's help with technology".
func (s *sent) paidWith(p *phrase) bool {
	j := p.start() - 1
	return j >= s.lo && (s.d.toks[j].Norm == "with" || s.d.toks[j].Norm == "in")
}

// exchangeBefore returns the "in exchange for" or "in return for" that
// the phrase starting at i completes, past a determiner or possessive, or
// nil.
func (s *sent) exchangeBefore(i int) *trigger {
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.class != classExchange || t.i >= i || i-t.i > 4 {
			continue
		}
		for j := t.i + 2; j < i; j++ { // past "for"
			if !s.is(j, fDeterminer) && s.d.toks[j].Norm != "'s" && s.actorAt(j) < 0 {
				return nil
			}
		}
		return t
	}
	return nil
}

// mainVerbAfter returns the transfer verb in the passive with "be", or of
// arriving, that soon follows trigger k with no clause between, or nil.
func (s *sent) mainVerbAfter(k int) *trigger {
	t := &s.trigs[k]
	for n := k + 1; n < len(s.trigs); n++ {
		u := &s.trigs[n]
		if u.i-t.i > 8 && !s.longParticiple(t.i, u.i) || u.class == classSpeech || u.class == classPlan || s.clauseBreak(t.i+1, u.i) {
			return nil
		}
		if !u.noun && (u.passive && s.beBefore(u.i) || u.class == classArrive) {
			return u
		}
	}
	return nil
}

// longParticiple reports whether the participle at i, with its agent and
// the names after it, runs up to the verb at j with no verb or comma of
// its own between: "The first package of American weapons paid for by
// European allies under NATO's Prioritized Ukraine Requirements List
// (PURL) reached Ukraine". Its phrase may be long; its words are names.
func (s *sent) longParticiple(i, j int) bool {
	if j-i > 16 || !s.d.wordIn(i+1, min(j, i+4), "by") {
		return false
	}
	for k := i + 1; k < j; k++ {
		if w := s.d.toks[k].Norm; w == "," || w == ";" || w == "and" || s.is(k, fVerb|fBe|fModal) && !s.d.toks[k].Cap && w != "'s" {
			return false
		}
	}
	return true
}

// relativeOn reports whether a participle's relative clause follows the
// group (see participleOn).
func (s *sent) relativeOn(g *group) bool {
	for k := range s.trigs {
		if t := &s.trigs[k]; t.i >= g.hi && s.participleOn(*t, *g) {
			return true
		}
	}
	return false
}

// leftTransfer returns the verb of giving, selling, receiving or buying
// whose object the group is, with no clause between them, or nil.
func (s *sent) leftTransfer(g *group) *trigger {
	var left *trigger
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.i >= g.lo {
			break
		}
		left = t
	}
	if left == nil || left.noun && !s.deliveryOf(left, g) || left.passive || s.clauseBreak(left.i+1, g.lo) {
		return nil
	}
	switch left.class {
	case classGive, classSell, classReceive, classBuy:
		return left
	}
	return nil
}

// deliveryOf reports whether the noun of transfer t takes the group with
// "of" right after it: "took delivery of the first of three frigates",
// "of the last two of four frigates".
func (s *sent) deliveryOf(t *trigger, g *group) bool {
	toks := s.d.toks
	if t.i+1 >= g.lo || toks[t.i+1].Norm != "of" || g.lo-t.i > 6 {
		return false
	}
	for j := t.i + 2; j < g.lo; j++ {
		if w := toks[j].Norm; !s.is(j, fDeterminer) && w != "first" && w != "last" && w != "final" && w != "of" && !s.inQty[j-s.lo] {
			return false
		}
	}
	return true
}

// wholeCount reports whether the count of p is of all the goods it names:
// "the 180 K2 tanks", "all 24 of the Rafales", not "300,000 of the
// million shells".
func (s *sent) wholeCount(p *phrase) bool {
	q := p.qty
	if q == nil || q.Currency != "" {
		return false
	}
	toks := s.d.toks
	if q.Lo-2 >= s.lo && toks[q.Lo-1].Norm == "of" && batchNoun(toks[q.Lo-2].Norm) {
		return false // "the first batch of 12 jets ordered": the batch's count
	}
	for j := q.Hi; j < p.lo; j++ {
		if toks[j].Norm == "of" {
			return q.Lo > s.lo && toks[q.Lo-1].Norm == "all" // "all 24 of the Rafales"
		}
	}
	return true
}

// filledOrder reports whether p, "all N" goods a relative clause at verb v
// says were ordered, tells the order only to say which goods came: "has
// received all 36 F-15QA jets it ordered from Boeing" asserts one thing,
// the delivery. The order is a claim of its own when it is named apart,
// "all 24 of the Rafales it ordered", or its clause tells when or for how
// much, "all five corvettes ordered in 2018 for about 1.8 billion euros".
func (s *sent) filledOrder(p *phrase, v int) bool {
	q := p.qty
	toks := s.d.toks
	if q == nil || q.Lo <= s.lo || toks[q.Lo-1].Norm != "all" {
		return false
	}
	for j := q.Hi; j < p.lo; j++ {
		if toks[j].Norm == "of" {
			return false
		}
	}
	end := s.clauseEnd(v)
	for _, m := range s.quants {
		if m.Lo > v && m.Lo < end && (m.Year || m.Currency != "") {
			return false
		}
	}
	return true
}

// orderedWhole adds, for a part of an order whose frame is the transfer
// before it, the whole the participle after it says was ordered: "took
// delivery of the first of three Belharra frigates ordered from France",
// "received the first two of 24 M-346 trainers ordered from Italy" —
// three, 24 were ordered, of the same flow. d is the part's draft. So
// for a whole its own words call promised, when the part was delivered:
// "received the first 16 of a planned 118 armoured vehicles".
func (s *sent) orderedWhole(d *draft, g *group, att attrib) {
	p := &g.phrases[0]
	if p.whole == nil || g.hi >= s.hi || p.qty == p.whole {
		return
	}
	switch s.d.toks[g.hi].Norm {
	case "ordered", "bought", "purchased", "contracted":
	default:
		if d.status != armsledger.Delivered || p.qty == nil || !s.wholeCalledPledged(p.whole.Lo) {
			return
		}
	}
	whole := *d // (before newDraft, which may move the claims)
	w := s.newDraft()
	*w = whole
	w.p.qty, w.status, w.scope, w.rule = p.whole, armsledger.Committed, armsledger.Cumulative, "commit.whole"
	s.completeDraft(w, att, p.whole.Lo, min(s.hi, g.hi+1))
}

// wholeCalledPledged reports whether the count of a whole at i is called
// promised, pledged or planned right before it, after "a": "of a planned
// 118". ("Of the promised million shells" points to a pledge told
// elsewhere, which that telling gives.)
func (s *sent) wholeCalledPledged(i int) bool {
	if i-2 <= s.lo || s.d.toks[i-2].Norm != "a" {
		return false
	}
	switch s.d.toks[i-1].Norm {
	case "promised", "pledged", "planned":
		return true
	}
	return false
}

// apposedWhole adds, for goods delivered, the whole that an apposition
// after them says was ordered, its head left out: "took delivery of its
// first 38 tanks on Sunday, the opening batch of 108 ordered from the
// United States", "received four jets, part of 24 bought from France" —
// 108 and 24 were ordered, of the same flow. The apposition opens with a
// comma after the goods (past a short adverbial of time or place) and
// names a part ("first", "batch", "part") before "of" and the count.
// An order may be the whole, with or without a comma, and the goods may
// go uncounted: "took delivery of its first jets from an order for 80",
// "received 12 howitzers from Seoul on Monday, part of an order for 24".
func (s *sent) apposedWhole(d *draft, g *group, att attrib) {
	toks := s.d.toks
	c, words := g.hi, 0
	for c < s.hi && words <= 9 && toks[c].Norm != "," {
		if c+1 < s.hi && (toks[c].Norm == "from" || toks[c].Norm == "part" && toks[c+1].Norm == "of") && s.orderWhole(d, att, c+1) {
			return // "from an order of 250", "as part of an order for 24"
		}
		if a := s.actorAt(c); a >= 0 && s.actors[a].lo == c && s.actors[a].hi > c {
			c, words = s.actors[a].hi, words+1 // "from the United States": one name, whatever its words ("States" is no verb)
			continue
		}
		if toks[c].Kind == Punct || s.is(c, fVerb) {
			return
		}
		c, words = c+1, words+1
	}
	if c >= s.hi || toks[c].Norm != "," {
		return
	}
	for k := c + 1; k < s.hi && k-c <= 7; k++ {
		if toks[k].Norm == "," && toks[k-1].Norm != "that" && s.saidBefore(k-1) {
			c = k // ", the defence ministry said, the opening batch of 108 ordered"
			break
		}
	}
	c = s.pastAccordingAside(c)
	of := c + 1
	if of+1 < s.hi && toks[of].Norm == "part" && toks[of+1].Norm == "of" && s.orderWhole(d, att, of+2) {
		return // ", part of an order for 108 of the vehicles"
	}
	if d.p.qty == nil || words > 5 {
		return // (a batch is a part of a count only when the goods are counted, and stands near them)
	}
	part := false
	for of < s.hi && of-c <= 4 && toks[of].Norm != "of" {
		w := toks[of].Norm
		part = part || partOfWhole(w) || w == "batch" || w == "tranche" || w == "instalment" || w == "installment"
		of++
	}
	if !part || of+2 >= s.hi || toks[of].Norm != "of" {
		return
	}
	q := s.quantityAt(of + 1)
	if q == nil || q.Hi >= s.hi || q.Min == nil || q.Year || q.Percent || q.Currency != "" || d.p.qty.Min == nil || *q.Min <= *d.p.qty.Min {
		return // the whole counts more than the part
	}
	v := s.pastBuyer(s.pastRepeatedHead(q.Hi))
	switch toks[v].Norm {
	case "ordered", "bought", "purchased", "contracted":
	default:
		return // "part of 24 jets": a head of its own is another phrase's
	}
	whole := *d // (before newDraft, which may move the claims)
	w := s.newDraft()
	*w = whole
	w.p.qty, w.status, w.scope, w.rule = q, armsledger.Committed, armsledger.Cumulative, "commit.whole"
	s.completeDraft(w, att, q.Lo, min(s.hi, v+1))
}

// pastAccordingAside returns the comma that closes a source set off
// right after the comma at c (", according to a navy statement,"), or c:
// the apposition after it still tells of the goods before the source.
func (s *sent) pastAccordingAside(c int) int {
	toks := s.d.toks
	if c+2 >= s.hi || toks[c+1].Norm != "according" || toks[c+2].Norm != "to" {
		return c
	}
	for k := c + 3; k < s.hi && k-c <= 10; k++ {
		if toks[k].Norm == "," {
			return k
		}
		if s.is(k, fVerb) && !s.is(k, fNoun) {
			break // "according to officials who said ...": a clause, not a source
		}
	}
	return c
}

// pastRepeatedHead returns the token after a plain noun at j that names
// again, in words of no kind of its own, the goods a part was taken
// from: "the first of eight boats ordered", "part of 24 vessels bought".
// Else j. (A head the lexicon reads as goods, "24 jets ordered", is a
// phrase of its own, which its own rules read.)
func (s *sent) pastRepeatedHead(j int) int {
	toks := s.d.toks
	if j+1 >= s.hi || toks[j].Kind != Word || toks[j].Cap || !strings.HasSuffix(toks[j].Norm, "s") {
		return j
	}
	if s.is(j, fVerb|fDeterminer|fSubjectPronoun|fWhich|fMore) || s.actorAt(j) >= 0 {
		return j
	}
	if _, ok := s.phraseAt(j); ok {
		return j
	}
	return j + 1
}

// orderWhole adds, for goods delivered, the order that the words at j
// name as their whole, when it is counted there and no goods of its own
// follow the count: "an order for 108 of the vehicles", "the order of
// 250". The whole was ordered: committed, of the same flow. (With goods
// of its own, "an order for 24 howitzers", the noun "order" frames them.)
// It reports whether it added the claim.
func (s *sent) orderWhole(d *draft, att attrib, j int) bool {
	toks := s.d.toks
	lo := j
	if j < s.hi && s.is(j, fDeterminer) {
		j++
	}
	if j+2 >= s.hi || toks[j].Norm != "order" || toks[j+1].Norm != "for" && toks[j+1].Norm != "of" {
		return false
	}
	q := s.quantityAt(j + 2)
	if q == nil || q.Lo != j+2 || q.Min == nil || q.Year || q.Percent || q.Currency != "" {
		return false
	}
	if d.p.qty != nil && (d.p.qty.Min == nil || *q.Min <= *d.p.qty.Min) {
		return false // the whole counts more than the part
	}
	if s.materielAt(q.Hi) || q.Hi+2 < s.hi && toks[q.Hi].Norm == "of" && s.materielAt(q.Hi+2) {
		return false // "an order for 24 howitzers", "for 24 of the guns": the noun's own frame
	}
	whole := *d // (before newDraft, which may move the claims)
	w := s.newDraft()
	*w = whole
	w.p.qty, w.status, w.scope, w.rule = q, armsledger.Committed, armsledger.Cumulative, "commit.whole"
	s.completeDraft(w, att, lo, q.Hi)
	return true
}

// pastBuyer returns the token after the subject of a relative clause
// that starts at j, past "that" or "which", a pronoun or a state, and
// "had" or "has": in "the first of six it ordered in 2022", "of 12 that
// Peru had bought", the verb. With no such subject, j.
func (s *sent) pastBuyer(j int) int {
	toks := s.d.toks
	k := j
	if k < s.hi && (toks[k].Norm == "that" || toks[k].Norm == "which") {
		k++
	}
	switch a := s.actorAt(k); {
	case k < s.hi && s.is(k, fSubjectPronoun):
		k++
	case a >= 0 && s.actors[a].lo == k && s.actors[a].prep == "" && !s.actors[a].possessive:
		k = s.actors[a].hi
	default:
		return j
	}
	for k < s.hi && (toks[k].Norm == "had" || toks[k].Norm == "has" || toks[k].Norm == "have") {
		k++
	}
	return min(k, s.hi-1)
}

// undecided reports whether t is "decision" after "no", or a gerund right
// after "no decision on" (or "about"): "no decision on the jets has been
// taken", "there is no decision on sending tanks". What is not decided is
// neither given nor refused.
func (s *sent) undecided(t *trigger) bool {
	toks := s.d.toks
	if t.noun && decisionNoun(toks[t.i].Norm) {
		return s.noBefore(t.i)
	}
	j := t.i - 2
	return !t.noun && strings.HasSuffix(toks[t.i].Norm, "ing") && j > s.lo && (toks[j+1].Norm == "on" || toks[j+1].Norm == "about") &&
		decisionNoun(toks[j].Norm) && s.noBefore(j)
}

// onlyWished reports whether a verb of wanting takes goods with no amount,
// no word of more and no one to give them: "The Saudis want technology, not
// just hardware", "Russia wants Iranian drones, not Iranian problems". Such
// a want tells what a state would like, as a policy or a taste; a request
// asks someone for something it can count: "Ukraine wanted 25 Patriot
// systems", "it wants more", "wants Typhoons from BAE Systems".
func (s *sent) onlyWished(t trigger, g group) bool {
	if t.lemma != "want" || t.noun || t.passive || g.lo < t.i {
		return false
	}
	for _, p := range g.phrases {
		if p.qty != nil || p.increment || p.money {
			return false
		}
	}
	j := g.phrases[0].start() - 1
	if j > t.i+1 && s.d.toks[j].Norm == "same" {
		j-- // "Peru wants the same vehicles"
	}
	if w := s.d.toks[j].Norm; j > t.i && (anaphoricDeterminer(w) || w == "these" || w == "those") {
		return false // "Kyiv wants the Taurus": goods already known, asked for again
	}
	return s.ppActor(g.hi, min(s.hi, g.hi+6), "from") < 0
}

// weighedBefore reports whether the transfer at i, a gerund or a noun
// after "the", is what a verb of weighing in the past perfect took:
// "Peru had considered buying F-16s", "had also weighed the purchase of
// Gripens". The past perfect sets the weighing before the time told, most
// often before another choice: an option once weighed, no transfer.
// ("is considering buying" is a live plan.)
func (s *sent) weighedBefore(i int) bool {
	toks := s.d.toks
	j := i - 1
	if j > s.lo && toks[j].Norm == "the" {
		j-- // "had considered the purchase of"
	} else if !strings.HasSuffix(toks[i].Norm, "ing") {
		return false
	}
	if j <= s.lo {
		return false
	}
	switch toks[j].Norm {
	case "considered", "weighed", "explored", "mulled", "contemplated":
	default:
		return false
	}
	for j--; j > s.lo && s.is(j, fAdverb); j-- {
	}
	return toks[j].Norm == "had"
}

// weighVerb reports whether the verb of intention lemma weighs what it
// takes as its object rather than plans it: "considered", "discussed",
// "explored" JF-17 fighters.
func weighVerb(lemma string) bool {
	switch lemma {
	case "consider", "weigh", "discuss", "mull", "debate", "explore", "contemplate":
		return true
	}
	return false
}

// plansObject reports whether a verb of intention takes the group as its
// object: "is preparing a new $500 million package for Ukraine". (Its
// infinitive, "plans to send", is the frame otherwise.)
func (s *sent) plansObject(t *trigger, g *group) bool {
	if t.noun || g.lo-t.i > 5 || t.i > s.lo && s.d.toks[t.i-1].Norm == "as" || weighVerb(t.lemma) {
		return false // "as intended"; "considered JF-17 fighters" weighs them, no one plans to send them
	}
	// Only a determiner, a count or a modifier stands between: not "to",
	// a preposition or a verb.
	for j := t.i + 1; j < g.lo; j++ {
		tok := &s.d.toks[j]
		if s.inQty[j-s.lo] || s.is(j, fDeterminer|fIncrement) {
			continue // "a new $500 million package"
		}
		if ordinalWord(tok.Norm) && j+1 < g.lo && lotNoun(s.d.toks[j+1].Norm) {
			continue // "a second batch of"
		}
		if j+1 < g.lo && s.d.toks[j+1].Norm == "of" && lotNoun(tok.Norm) {
			j++ // "is preparing a second batch of howitzers": the goods, counted in lots
			continue
		}
		if tok.Kind == Punct || s.is(j, fVerb|fStop) {
			return false
		}
	}
	return true
}

// lotNoun reports whether w, before "of", counts goods in lots: "a
// batch of", "a consignment of", "a tranche of".
func lotNoun(w string) bool {
	switch w {
	case "batch", "batches", "consignment", "consignments", "tranche", "tranches", "lot", "lots", "set", "sets":
		return true
	}
	return false
}

// atWar reports whether a state of a is at war with a state of b
// (lexicon/wars.tsv).
func atWar(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if lex.wars[[2]string{x, y}] {
				return true
			}
		}
	}
	return false
}

// subset reports whether every code of a is in b.
func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// aidOf makes the claim of a state's aid to another that no verb frames:
// "Germany's military aid to Ukraine totals 28 billion euros". The amount
// is the phrase's own or one soon after the recipient. It reports whether
// it made one.
func (s *sent) aidOf(p *phrase, att attrib) bool {
	toks := s.d.toks
	owner := s.possessor(p.start()) // "Germany's military aid"
	if owner < 0 {
		owner = s.ownerBefore(p.start()) // "US military aid", "German military aid"
	}
	increase := false
	if j := p.start() - 1; owner < 0 && j > s.lo && (toks[j].Norm == "its" || toks[j].Norm == "their") && increaseVerb(toks[j-1].Norm) {
		// "Germany has increased its military aid to Ukraine to €7
		// billion": the subject raises its own aid, and commits the sum.
		owner, increase = s.subject(trigger{i: j - 1}), true
	}
	e := p.end()
	if owner < 0 {
		return false
	}
	rec, from := -1, -1 // the recipient, and where the amount is looked for after it
	if e+1 < s.hi && (toks[e].Norm == "to" || toks[e].Norm == "for") {
		if rec = s.actorAt(e + 1); rec >= 0 {
			from = s.actors[rec].hi
		}
	}
	if rec < 0 {
		// "Sweden's military support since 2022 totals about SEK 43.5
		// billion": a state's aid summed with no recipient named goes
		// where its flows told before went (see finish).
		if from = s.totalledAfter(e); from < 0 {
			return false
		}
	}
	if rec >= 0 && s.actors[rec].ref.Code == s.actors[owner].ref.Code {
		return false
	}
	// With no verb, only an amount makes the aid a claim: "Russia's
	// military support for North Korea is growing" tells of none.
	r := roleResult{lo: p.start(), hi: e + 1}
	qty := p.qty
	if qty == nil {
		for k := range s.quants {
			if q := &s.quants[k]; q.Currency != "" && q.Lo >= from && q.Lo-from <= 5 {
				qty, r.hi = q, q.Hi
				break
			}
		}
	}
	if qty == nil {
		return false
	}
	d := s.newDraft()
	d.sup = r.take(s, owner)
	if rec >= 0 {
		d.rec = r.take(s, rec)
	}
	d.p, d.status, d.rule, d.sent, d.trig, d.conf = *p, armsledger.Delivered, "aid.of", s.idx, -1, 0.6
	if increase {
		d.status = s.raisedStatus(p.start() - 2)
	}
	for j := from; j < qty.Lo; j++ {
		if s.is(j, fModal) {
			// "Britain's military aid to Ukraine this year will total 3
			// billion pounds": a sum still to be given.
			d.status = armsledger.Expected
			break
		}
	}
	d.p.qty, d.p.unit, d.p.money = qty, qty.Currency, true
	s.completeDraft(d, att, r.lo, r.hi)
	return true
}

// totalledAfter returns the token after the verb of amounting that
// follows a noun of aid ending at e, past a time ("since 2022", "so far",
// "this year"): "Sweden's military support since 2022 totals"; else -1.
func (s *sent) totalledAfter(e int) int {
	toks := s.d.toks
	for j := e; j < s.hi && j-e <= 5; j++ {
		switch w := toks[j].Norm; {
		case totalVerb(w) && w != "stood" && w != "stands":
			return j + 1
		case w == "since" || w == "so" || w == "far" || w == "now" || w == "this" || w == "year" || w == "to" || w == "date" || s.is(j, fCalendar) || s.inQty[j-s.lo]:
			if s.inQty[j-s.lo] && s.quantityAt(j) != nil && s.quantityAt(j).Currency != "" {
				return -1 // the sum itself, with no verb
			}
		default:
			return -1
		}
	}
	return -1
}

// raisedAid makes the claim of a sum a state raises its aid to another to,
// or by: "Norway will increase its support to Ukraine this year to 85
// billion crowns". (aidOf reads "its military aid", a term of the lexicon;
// "aid" and "support" alone are none.) It reports whether it made one.
func (s *sent) raisedAid(p *phrase, att attrib) bool {
	toks := s.d.toks
	j := p.start() - 1
	if j-5 < s.lo || toks[j].Norm != "to" && toks[j].Norm != "by" {
		return false
	}
	for j--; j > s.lo && (s.is(j, fCalendar) || toks[j].Norm == "this" || toks[j].Norm == "next" || toks[j].Norm == "year"); j-- {
	}
	rec := s.actorAt(j)
	if rec < 0 || s.actors[rec].hi != j+1 || s.actors[rec].prep != "to" && s.actors[rec].prep != "for" {
		return false
	}
	v := s.actors[rec].lo - 4 // the verb of "increase its support to"
	if v <= s.lo || !aidNoun(toks[v+2].Norm) || toks[v+1].Norm != "its" && toks[v+1].Norm != "their" || !increaseVerb(toks[v].Norm) {
		return false
	}
	owner := s.subject(trigger{i: v})
	if owner < 0 || s.actors[owner].ref.Code == s.actors[rec].ref.Code {
		return false
	}
	r := roleResult{lo: v, hi: p.end()}
	d := s.newDraft()
	d.sup, d.rec = r.take(s, owner), r.take(s, rec)
	d.p, d.status, d.rule, d.sent, d.trig, d.conf = *p, s.raisedStatus(v), "aid.raised", s.idx, -1, 0.6
	d.p.cat = armsledger.Funding
	s.completeDraft(d, att, r.lo, r.hi)
	return true
}

// raisedStatus is the status of a sum a state raises its aid to, by the
// verb of increase at v: committed once raised ("has increased its aid"),
// expected while still to come ("will increase", "plans to raise"), and
// committed again when agreed ("agreed to increase its aid").
func (s *sent) raisedStatus(v int) armsledger.Status {
	if !s.infinitiveAt(v) {
		return armsledger.Committed
	}
	if g, ok := s.verbAt(v - 2); ok && v-1 > s.lo && s.d.toks[v-1].Norm == "to" && g.Class == classCommit {
		return armsledger.Committed
	}
	return armsledger.Expected
}

// aidNoun reports whether w names aid in general, with no word of arms:
// "support", "aid", "assistance".
func aidNoun(w string) bool {
	switch w {
	case "aid", "support", "assistance", "help", "contribution", "contributions", "funding":
		return true
	}
	return false
}

// increaseVerb reports whether w raises an amount: "increased its aid",
// "will double their support".
func increaseVerb(w string) bool {
	switch w {
	case "increase", "increases", "increased", "increasing", "raise", "raises", "raised", "raising",
		"boost", "boosts", "boosted", "boosting", "double", "doubles", "doubled", "doubling",
		"triple", "tripled", "expand", "expands", "expanded", "expanding", "lift", "lifts", "lifted":
		return true
	}
	return false
}

// ownerBefore returns the state named as a bare modifier at the start of a
// phrase starting at i, or just before it ("US military aid", "German
// aid"), or -1.
func (s *sent) ownerBefore(i int) int {
	for _, j := range [2]int{i, i - 1} {
		if a := s.actorAt(j); a >= 0 && j >= s.lo && !s.actors[a].speaker {
			// "the total value of US security assistance": "of" governs
			// the phrase the state modifies.
			if m := &s.actors[a]; m.prep == "" || m.prep == "of" && m.hi == i {
				return a
			}
		}
	}
	return -1
}

// impactOrSource reports whether an arrival at trigger t tells no arrival
// of the goods p: munitions that "landed", "crashed" or "fell" somewhere
// struck it (an attack, however far the maker is from the war), and goods
// after "came from" are where something else came from ("the debris came
// from a Hwasong-11 missile").
func (s *sent) impactOrSource(t *trigger, p *phrase) bool {
	toks := s.d.toks
	switch p.cat {
	case armsledger.Missile, armsledger.Drone:
		switch toks[t.i].Norm {
		case "landed", "lands", "land", "landing", "crashed", "crashes", "fell", "falls", "fallen":
			// The goods are what landed, not a plane's load: a plane that
			// "landed with the first batch of missiles", "aircraft
			// carrying missiles landed" brought them.
			if p.hi <= t.i && t.i-p.hi <= 2 && !s.carriedLoad(p) {
				return true
			}
		}
	}
	if t.i < p.lo && t.i+1 < s.hi && toks[t.i+1].Norm == "from" {
		j := t.i + 2
		for j < p.lo && s.is(j, fDeterminer) {
			j++
		}
		return j >= p.lo && j <= p.start() // "came from a North Korean missile": the goods are the source
	}
	return false
}

// carriedLoad reports whether a word of carrying comes right before the
// goods p, over their determiner and count: "carrying weapons", "loaded
// with 40 missiles".
func (s *sent) carriedLoad(p *phrase) bool {
	for j := p.lo - 1; j >= s.lo && p.lo-j <= 4; j-- {
		switch w := s.d.toks[j].Norm; {
		case s.carryingVerb(j) || w == "with" || w == "carrying" || w == "aboard":
			return true
		case s.is(j, fDeterminer) || s.d.toks[j].Kind == Number || w == "and" || w == ",":
		default:
			return false
		}
	}
	return false
}

// boughtFromMakersOf reports whether the sentence buys from the makers of
// the state code, named by its demonym: "to buy weapons directly from
// Ukrainian manufacturers", "drones made by Ukrainian producers", and, for
// a verb of paying (paid is true), "paid for Ukrainian-made drones".
func (s *sent) boughtFromMakersOf(code string, paid bool) bool {
	toks := s.d.toks
	for a := range s.actors {
		m := &s.actors[a]
		if !m.demonym || m.ref.Code != code || m.lo-1 < s.lo {
			continue
		}
		if paid && madeBy(toks, m.hi) {
			// "paid for Ukrainian-made drones": its makers paid, not
			// the goods received ("received Russian-made helicopters")
			return true
		}
		if w := toks[m.lo-1].Norm; w != "from" && w != "by" {
			continue
		}
		for j := m.hi; j < s.hi && j <= m.hi+2; j++ {
			if makerNoun(toks[j].Norm) {
				return true
			}
		}
	}
	return false
}

// madeBy reports whether a participle of making is joined to the word
// before token i: "Ukrainian-made", "Korean-built".
func madeBy(toks []Token, i int) bool {
	if !Joiner(toks, i) {
		return false
	}
	switch toks[i+1].Norm {
	case "made", "built", "produced", "manufactured":
		return true
	}
	return false
}

// makerNoun reports whether w names the makers of goods: "manufacturers",
// "producers", "the defence industry", "arms makers", "companies".
func makerNoun(w string) bool {
	switch w {
	case "manufacturers", "manufacturer", "makers", "maker", "producers", "producer", "industry", "companies", "firms":
		return true
	}
	return false
}

// exportDeals reports whether the noun of a deal at t follows "export"
// ("its defence export contracts hit a record $14.8 billion"), or is
// "sales" of arms ("Israel's arms sales hit $13 billion"): it sums a
// seller's sales to all its buyers, a trade total.
func (s *sent) exportDeals(t *trigger) bool {
	if t.i-1 < s.lo {
		return false
	}
	if s.d.toks[t.i].Norm == "sales" && militaryWord(s.d.toks[t.i-1].Norm) {
		return true // "Israel's arms sales hit a record $13 billion"
	}
	if s.d.toks[t.i-1].Norm != "export" {
		return false
	}
	switch s.d.toks[t.i].Norm {
	case "contract", "contracts", "deal", "deals", "order", "orders", "sales", "agreements":
		return true
	}
	return false
}

// tradeNoun reports whether a transfer noun names a trade flow as a whole:
// "imports", "exports".
func tradeNoun(w string) bool {
	switch w {
	case "import", "imports", "export", "exports":
		return true
	}
	return false
}

// worthOfGoodsTold returns the claim whose goods the sentence values with
// the sum p, "The 120mm cartridges are worth $106.5 million", "They are
// valued at": the sentence opens with those goods, named again (a definite
// phrase of goods or "they"), and "is/are worth" or "valued at" the sum;
// the goods are the last named in the sentence before, which moved them.
// Else -1.
func (s *sent) worthOfGoodsTold(p *phrase) int {
	toks := s.d.toks
	j := p.start() - 1
	if j >= s.lo && toks[j].Norm == "at" {
		j--
	}
	payer := ""
	if j >= s.lo {
		if a := s.actorAt(j); a >= 0 && s.actors[a].lo > s.lo && costVerb(toks[s.actors[a].lo-1].Norm) {
			payer, j = s.actors[a].ref.Code, s.actors[a].lo-1 // "The aircraft cost Zagreb 999 million euros"
		}
	}
	if e := p.end(); e < s.hi && unitPrice(toks[e].Norm) {
		return -1 // "cost $4 million apiece": a price, not the deal's worth
	}
	if k := s.valuedObject(p.start()); k >= 0 {
		// "Officials have put it at around $10 billion", "put its value
		// at": the deal told just before is valued, whoever values it.
		return s.flowJustTold(true)
	}
	switch {
	case j < s.lo:
		return -1
	case costVerb(toks[j].Norm):
		// "The used jets cost 999 million euros": the verb stands where
		// "are" does in "are worth".
	case toks[j].Norm != "worth" && toks[j].Norm != "valued":
		return -1
	default:
		j--
		for j >= s.lo && s.is(j, fAdverb) {
			j-- // "are together worth"
		}
		if j < s.lo || !s.is(j, fBe) {
			return -1
		}
	}
	// The subject: "they", or "the" and words of goods up to the verb.
	if k := s.lo; j-k == 1 && (toks[k].Norm == "they" || toks[k].Norm == "these" || toks[k].Norm == "it") { // ("It is worth $10 billion": the deal)
	} else if toks[k].Norm != "the" || j-k < 2 || !s.materielWithin(k+1, j) && !programmeWithin(toks, k+1, j) || s.actorWithin(k+1, j) {
		return -1
	}
	n := s.flowJustTold(false)
	if n < 0 && payer == "" {
		n = s.flowToldOpen()
	}
	if n >= 0 && payer != "" && !slices.Contains(s.d.claims[n].rec, payer) {
		return -1
	}
	return n
}

// programmeWithin reports whether "programme" or "program" stands in
// tokens [lo, hi): "The program is worth about A$10 billion" prices the
// buying of the goods just told, as "The frigates are worth" does.
func programmeWithin(toks []Token, lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if w := toks[j].Norm; w == "programme" || w == "program" {
			return true
		}
	}
	return false
}

// dealWorthHere returns the claim whose deal noun, earlier in the
// sentence, is the subject that "is worth" or "is valued at" the sum p
// ("Turkey's deal with Indonesia for 48 jets, signed in June, is worth
// $10 billion"): the sum is the deal's value, in the deal's flow. Else -1.
func (s *sent) dealWorthHere(p *phrase) int {
	toks := s.d.toks
	j := p.start() - 1
	for j > s.lo && p.start()-j <= 3 && (toks[j].Norm == "at" || toks[j].Norm == "about" || toks[j].Norm == "around" || s.is(j, fAdverb)) {
		j-- // "valued at", "worth around", "worth roughly"
	}
	if j-1 <= s.lo || toks[j].Norm != "worth" && toks[j].Norm != "valued" || !s.is(j-1, fBe) {
		return -1
	}
	for n := len(s.d.claims) - 1; n >= 0; n-- {
		c := &s.d.claims[n]
		if c.sent != s.idx {
			break
		}
		if !c.p.money && c.trig >= s.lo && c.trig < j && contractNoun(toks[c.trig].Norm) && len(c.sup) > 0 && len(c.rec) > 0 {
			return n
		}
	}
	return -1
}

// flowJustTold returns the last claim of the sentence before, if it moves
// goods between two named sides, or -1: the deal a valuation that follows
// it prices. With pair, the two states that signed it may stand as one
// side still ("Turkey and Indonesia signed a contract for 48 jets"): which
// sells is read when the claims are made, for the sum as for the jets.
func (s *sent) flowJustTold(pair bool) int {
	for n := len(s.d.claims) - 1; n >= 0; n-- {
		c := &s.d.claims[n]
		if c.sent >= s.idx {
			continue
		}
		if c.sent < s.idx-1 || c.p.money || len(c.sup) == 0 || len(c.rec) == 0 && !(pair && len(c.sup) == 2) {
			return -1
		}
		return n
	}
	return -1
}

// flowToldOpen returns the last claim of the sentence before when it
// moves goods but its sides are still to be read from the text before it
// ("The first three ships will be built in Japan and handed over from
// 2029. The program is worth about A$10 billion"), or -1: the worth goes
// the way those goods will be found to go.
func (s *sent) flowToldOpen() int {
	for n := len(s.d.claims) - 1; n >= 0; n-- {
		c := &s.d.claims[n]
		if c.sent >= s.idx {
			continue
		}
		if c.sent < s.idx-1 || c.p.money || len(c.sup) > 0 && len(c.rec) > 0 {
			return -1
		}
		return n
	}
	return -1
}

// valuedObject returns the token of the object that a verb of valuing
// puts at the sum starting at token i, or -1: "put it at $10 billion",
// "put its value at", "valued the deal at", "estimated the contract's
// value at". Only "it", or a noun of value or of a deal, is such an
// object: "put the total at" is a count of its own (see totalWord).
func (s *sent) valuedObject(i int) int {
	toks := s.d.toks
	j := i - 1
	if j-2 < s.lo || toks[j].Norm != "at" {
		return -1
	}
	o := j - 1
	switch w := toks[o].Norm; {
	case w == "it":
	case w == "value" || w == "worth" || w == "deal" || w == "contract" || w == "order" || w == "sale" || w == "package":
		if d := toks[o-1].Norm; d != "its" && d != "the" && d != "'s" {
			return -1
		}
		if toks[o-1].Norm == "'s" || toks[o-1].Norm != "its" && o-2 > s.lo && toks[o-2].Norm == "'s" {
			return -1 // "Turkey's value": a state's, told otherwise
		}
		o--
	default:
		return -1
	}
	switch toks[o-1].Norm {
	case "put", "puts", "putting", "valued", "values", "valuing", "estimated", "estimates", "estimating", "priced", "prices", "pricing":
		return o
	}
	return -1
}

// costVerb reports whether w is the verb "cost" in the present or the
// past: "The jets cost", "The system costs".
func costVerb(w string) bool { return w == "cost" || w == "costs" }

// unitPrice reports whether w after a sum makes it the price of one item:
// "$4 million apiece", "$1 billion per battery", "$2 million each".
func unitPrice(w string) bool { return w == "apiece" || w == "per" || w == "each" || w == "a" }

// materielWithin reports whether a materiel term starts in tokens [lo, hi).
func (s *sent) materielWithin(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if s.materielAt(j) {
			return true
		}
	}
	return false
}

// actorWithin reports whether an actor starts in tokens [lo, hi).
func (s *sent) actorWithin(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if s.actorAt(j) >= 0 {
			return true
		}
	}
	return false
}

// fundedFor returns the state a purchase is made for, when a verb of
// paying governs the noun of purchase t ("fund the purchase of", "will
// finance the procurement of", "pay for the acquisition of") and "for" a
// state follows its goods ("... 9 Archer howitzers for Ukraine"); else -1.
func (s *sent) fundedFor(t *trigger, g *group) int {
	toks := s.d.toks
	paid := false
	for j := t.i - 1; j >= s.lo && t.i-j <= 4; j-- {
		w := toks[j].Norm
		if fundVerb(w) || lex.info[toks[j].word].verb.Lemma == "finance" {
			paid = true // "fund", "bankrolled", "underwrote": forms of "finance" in verbs.tsv
			break
		}
		if w != "the" && w != "for" && w != "a" && !s.is(j, fAdverb) {
			break
		}
	}
	if !paid || g.hi+1 >= s.hi || toks[g.hi].Norm != "for" {
		return -1
	}
	k := g.hi + 1
	if toks[k].Norm == "the" && k+1 < s.hi {
		k++
	}
	if a := s.actorAt(k); a >= 0 && (s.actors[a].ref.kind == kindCountry || s.actors[a].ref.Kind == "capital") {
		return a // (a capital stands for its state: "... shells for Kyiv")
	}
	return -1
}

// fundVerb reports whether w is a form of a verb of paying for something
// other than verbs.tsv's "finance" (fundedFor reads that by its lemma).
func fundVerb(w string) bool {
	switch w {
	case "co-finance", "co-finances", "co-financed", "co-financing", "co-fund", "co-funds", "co-funded", "co-funding",
		"pay", "pays", "paid", "paying", "sponsor", "sponsors", "sponsored":
		return true
	}
	return false
}

// negatedBefore reports whether "not" (a contracted one too: see
// negations), "never" or "no longer" stands just before the verb at j,
// past an adverb: "would not block", "won't stop", "will no longer
// prevent".
func (s *sent) negatedBefore(j int) bool {
	toks := s.d.toks
	for k := j - 1; k >= s.lo && j-k <= 3; k-- {
		switch toks[k].Norm {
		case "not", "never":
			return true
		case "longer":
			return k > s.lo && toks[k-1].Norm == "no"
		}
		if !s.is(k, fAdverb) {
			return false
		}
	}
	return false
}

// comparedWith returns the index of the claim of this sentence that the
// group is set beside, after a word of comparison ("close to the", "more
// than the", "compared with", "similar to"), or -1. The claim must tell the
// same kind of goods. Its recipient may be left to the text ("Europe had
// allocated 70 billion euros in aid, compared with 60 billion euros from
// Washington"): the sum set beside it is still the named state's, and goes
// where the first goes.
func (s *sent) comparedWith(g *group) int {
	toks := s.d.toks
	n := len(s.d.claims)
	if n == 0 {
		return -1
	}
	p := &s.d.claims[n-1]
	if p.sent != s.idx || p.p.cat != g.phrases[0].cat || p.p.hi > g.lo {
		return -1
	}
	j := g.phrases[0].start() - 1
	the := j >= s.lo && (toks[j].Norm == "the" || toks[j].Norm == "those")
	if the {
		j--
	}
	if j-1 < s.lo {
		return -1
	}
	switch w, before := toks[j].Norm, toks[j-1].Norm; {
	case w == "than" && the: // "more than the 14 tanks"; "more than 14 tanks" counts
	case w == "to" && (before == "close" || before == "compared" || before == "similar" || before == "equal" || before == "comparable"):
	case w == "with" && before == "compared":
	default:
		return -1
	}
	return n - 1
}

// opensClauseOf reports whether the goods at token lo open the clause that
// the verb of speech at i reports: "said weapons would", "said that the
// tanks".
func (s *sent) opensClauseOf(i, lo int) bool {
	if lo <= i || lo-i > 3 {
		return false
	}
	for j := i + 1; j < lo; j++ {
		if w := s.d.toks[j].Norm; w != "that" && !s.is(j, fDeterminer) {
			return false
		}
	}
	return true
}

// clauseBreak reports whether a comma, semicolon or dash between tokens lo
// and hi puts them in different clauses. A comma that opens a list of
// examples (", including", ", such as", ", as well as") does not.
func (s *sent) clauseBreak(lo, hi int) bool {
	toks := s.d.toks
	for j := lo; j < hi; j++ {
		if lex.sets[toks[j].word]&setClause == 0 {
			continue // most words: none of the switch's
		}
		switch toks[j].Norm {
		case ";", ":":
			if !s.inListAfterColon(j) && !(toks[j].Norm == ";" && s.semicolonItem(j)) {
				return true
			}
		case "if", "unless", "because", "although", "though", "whereas":
			return true // "will consider supplying weapons if North Korean troops keep fighting"
		case "that":
			if j > s.lo && toks[j-1].Norm == "so" {
				return true // "will lend Poland eight Apaches so that Polish crews can train"
			}
		case "and":
			// "The UK would send Storm Shadows to Ukraine and Germany would
			// replace them with Taurus missiles": a state then a verb chain
			// of its own opens a second clause, even with no comma; its
			// goods are no object of the verb before.
			if j > lo && toks[j-1].Norm != "," && j+1 < hi && s.stateClauseAt(j+1, hi) {
				return true
			}
			// "denies that it has sent any weapons to Haftar's forces and
			// describes the Russian personnel as contractors": a verb of
			// calling after "and" is a second predicate of the subject,
			// and what it names is no object of the verb before.
			if k := j + 1; k < s.hi && (s.is(k, fCall) || toks[k].Norm == "also" && k+1 < s.hi && s.is(k+1, fCall)) {
				return true
			}
		case "but":
			// "will buy tanks but cannot do without American jets": "but"
			// before a verb of its own opens a second predicate of the
			// subject, whose goods are no object of the verb before.
			if j+1 < hi && s.butPredicate(j+1) {
				return true
			}
		case "before", "after", "until", "once", "when", "while", "since":
			// "will not send them before Kyiv's pilots have been trained",
			// "the latest since the junta expelled French troops"; but
			// "before the end of the year" is no clause, nor is "since"
			// inside a verb chain ("have since been delivered": see
			// sinceInChain).
			if (toks[j].Norm != "since" || !s.is(j, fAdverb)) && s.finiteWithin(j+1, min(hi+3, s.hi)) {
				return true
			}
		case "builds", "built", "produces", "produced", "makes", "made", "manufactures", "manufactured", "assembles", "assembled":
			// "bought jets from France and builds rifles under licence":
			// a verb of making joined by "and" takes its own object; what
			// it makes was not bought.
			if k := j - 1; k > lo && (toks[k].Norm == "also" && toks[k-1].Norm == "and" || toks[k].Norm == "and") {
				return true
			}
		case "to":
			// "seeking air-defence systems to protect its cities from
			// Russian missiles": a purpose clause is not what is sought.
			if j+1 < hi && s.purposeVerb(j+1) {
				return true
			}
		case ",", "-":
			if toks[j].Norm == "-" && (Joiner(toks, j) || bullet(&toks[j])) {
				continue // a compound's hyphen; a list's bullet
			}
			if j+1 < hi {
				switch toks[j+1].Norm {
				case "and":
					if j+2 < hi && s.newClauseAt(j+2, hi) {
						return true // "a factory that makes shells, and state media said he called for ..."
					}
					continue
				case "such", "as", "or", "plus":
					continue
				case "more", "further", "additional", "another":
					continue // ", more uncrewed aerial systems": the list goes on
				case "worth", "valued", "totalling", "totaling":
					continue // a value in apposition: "a package, worth $1.2 billion, including ..."
				case "\"", "”":
					if j+2 < hi && (toks[j+2].Norm == "worth" || toks[j+2].Norm == "valued") {
						j++
						continue // a quoted name, then its value: "described as \"the largest defense sales agreement in history,\" worth nearly $142 billion"
					}
				case "its", "their", "the":
					// A superlative in apposition names what is before it
					// again: "a package worth 7.1 billion crowns, its
					// largest so far, including CV90 vehicles". Read on
					// from its closing comma.
					if end := s.rankApposition(j+1, hi); end > 0 {
						j = end - 1
						continue
					}
				case "which", "who":
					// A relative clause between commas describes what is
					// before it: "Small Diameter Bombs, which have a range of
					// 150 km, as well as two Patriot batteries". Read on from
					// its closing comma.
					if end := s.commaAfter(j+2, hi); end > 0 {
						j = end - 1
						continue
					}
				case "according":
					// Who says so, between commas: "90% of Russia's imports
					// of microelectronics, according to U.S. officials, as
					// well as much of the machine tools". Read on from its
					// closing comma.
					if j+2 < hi && toks[j+2].Norm == "to" {
						if end := s.commaAfter(j+3, hi); end > 0 {
							j = end - 1
							continue
						}
					}
				}
				if s.exampleCue(j+1) > 0 {
					continue
				}
			}
			if s.listComma(j) {
				continue
			}
			return true
		}
	}
	return false
}

// inListAfterColon reports whether the mark at j is the colon after a verb
// of content ("It includes: 155mm rounds; ammunition for HIMARS; ...") or a
// semicolon of the list that colon opens: they separate items, not clauses.
func (s *sent) inListAfterColon(j int) bool {
	toks := s.d.toks
	for k := j; k > s.lo; k-- {
		if toks[k].Norm != ":" {
			continue
		}
		if v, ok := s.verbAt(k - 1); ok && v.Class == classContent || toks[k-1].Norm == "following" || s.givesColon(k-1) {
			return true
		}
		return false
	}
	return false
}

// semicolonItem reports whether the semicolon at j only parts the items
// of a list: what follows it, up to the next semicolon or the end, names
// goods and has no verb ("requested to buy sixteen (16) F-16C aircraft;
// four (4) F-16D aircraft; twenty-four (24) F100 engines; and ...").
func (s *sent) semicolonItem(j int) bool {
	// An item opens with its count or its goods, after "and" for the last:
	// not "Ten tanks Germany sent to Ukraine; the rest it kept at home".
	k := j + 1
	if k < s.hi && s.d.toks[k].Norm == "and" {
		k++
	}
	if k >= s.hi || !s.inQty[k-s.lo] && s.d.toks[k].Kind != Number && !s.is(k, fMateriel) {
		return false
	}
	goods := false
	for k := j + 1; k < s.hi; k++ {
		if s.d.toks[k].Norm == ";" {
			break
		}
		if s.is(k, fVerb|fBe|fModal) && !(s.is(k, fMateriel) && !s.is(k, fBe|fModal)) {
			return false
		}
		goods = goods || s.is(k, fMateriel)
	}
	return goods
}

// newClauseAt reports whether a clause with its own subject starts at token
// k, after ", and": a pronoun subject, a state followed by a verb of its
// own, or a verb of speech within three words ("and state media said").
// A list goes on instead: ", and 20 tanks".
func (s *sent) newClauseAt(k, hi int) bool {
	if s.is(k, fSubjectPronoun) {
		return true
	}
	if k+2 < hi && s.countryWord(k+1) && (s.is(k+2, fBe|fModal|fAdverb) || isAux(s.d.toks[k+2].Norm) || s.is(k+2, fVerb)) {
		return true // ", and the country had previously explored ..."
	}
	if a := s.actorAt(k); a >= 0 && !s.actors[a].possessive && !s.actors[a].demonym {
		if e := s.actors[a].hi; e < hi && (s.is(e, fBe|fModal) || isAux(s.d.toks[e].Norm)) {
			return true
		}
	}
	if a := s.actorAt(k); a >= 0 && (s.actors[a].possessive || s.actors[a].demonym) {
		// ", and Malaysia's air force expects the first of 18 FA-50s": a
		// state's body, then a verb of its own.
		e := s.actors[a].hi
		for n := 0; n < 2 && e < hi && (s.is(e, fGovernment) || s.d.toks[e].Norm == "force" || s.d.toks[e].Norm == "guard"); n++ {
			e++
		}
		if e > s.actors[a].hi && e < hi && (s.is(e, fBe|fModal|fVerb) || isAux(s.d.toks[e].Norm)) {
			return true
		}
	}
	return s.saysBetween(k, min(hi, k+3))
}

// stateClauseAt reports whether a state named as subject at k, no
// possessive nor demonym, is followed by a modal or an auxiliary and a
// verb: "and Germany would replace them", "and Poland has bought". (Not
// "and Qatar, which ..." nor "and France's jets".)
func (s *sent) stateClauseAt(k, hi int) bool {
	a := s.actorAt(k)
	if a < 0 || s.actors[a].possessive || s.actors[a].demonym || s.actors[a].lo != k {
		return false
	}
	e := s.actors[a].hi
	if e+1 >= hi || !s.is(e, fModal) && !isAux(s.d.toks[e].Norm) {
		return false
	}
	if s.is(e+1, fAdverb) && e+2 < hi {
		e++ // "and Germany would soon replace them"
	}
	w := &s.d.toks[e+1]
	return s.is(e+1, fVerb) || w.Kind == Word && !w.Cap && !s.is(e+1, fDeterminer|fMateriel|fStop)
}

// rankApposition returns the comma that closes an apposition of rank
// opened by the determiner at k, with no verb in it: "its largest so far",
// "the third this year", "its 15th since the invasion"; or -1.
func (s *sent) rankApposition(k, hi int) int {
	toks := s.d.toks
	r := k + 1 // the word after the rank
	switch {
	case r >= hi:
		return -1
	case rankWord(toks[r].Norm):
		r++
	case toks[r].Kind == Number && r+1 < hi && !toks[r+1].Space && ordinalSuffix(toks[r+1].Norm):
		r += 2 // "15th" is read as "15" and "th"
	default:
		return -1
	}
	end := s.commaAfter(r, hi)
	if end < 0 {
		return -1
	}
	for j := r; j < end; j++ {
		if _, ok := s.verbAt(j); ok {
			return -1 // "the first of which arrived": a clause
		}
	}
	return end
}

// rankWord reports whether w ranks a thing among others: a superlative or
// an ordinal in words ("largest", "third").
func rankWord(w string) bool {
	switch w {
	case "largest", "biggest", "latest", "greatest", "newest", "first", "second", "third", "fourth",
		"fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last":
		return true
	}
	return false
}

// ordinalSuffix reports whether w ends an ordinal in figures: "th" of
// "15th".
func ordinalSuffix(w string) bool {
	return w == "st" || w == "nd" || w == "rd" || w == "th"
}

// clauseToEnd returns the last token of the sentence when a clause that
// opens at lo runs to it, no punctuation but the sentence's own end
// coming first (within 12 words); else -1. A relative clause set off by
// a comma may close the sentence instead of another comma.
func (s *sent) clauseToEnd(lo int) int {
	for j := lo; j < s.hi && j < lo+12; j++ {
		if t := &s.d.toks[j]; t.Kind == Punct && !Joiner(s.d.toks, j) {
			if j == s.hi-1 {
				return j
			}
			return -1
		}
	}
	return -1
}

// commaAfter returns the first comma in [lo, hi) within twelve tokens, or
// -1 if another mark comes first or none does.
func (s *sent) commaAfter(lo, hi int) int {
	for j := lo; j < hi && j < lo+12; j++ {
		if t := &s.d.toks[j]; t.Kind == Punct && !Joiner(s.d.toks, j) {
			if t.Norm == "," {
				return j
			}
			return -1
		}
	}
	return -1
}

// unnamedBuyer reports whether the frame's words in [lo, hi) send the goods
// to a buyer the text does not name: "to a European country it did not
// name", "to an undisclosed customer", "an order from an unnamed client".
// The recipient is then left open, not taken from the claims around. So
// is the object of a verb that gives "with" the goods: "to supply an
// unnamed European country with artillery".
func (s *sent) unnamedBuyer(lo, hi int) bool {
	toks := s.d.toks
	for j := lo; j+2 < hi; j++ {
		withObject := false
		switch toks[j].Norm {
		case "to", "for", "from", "by":
		case "supply", "supplies", "supplying", "supplied", "provide", "provides", "providing", "provided", "equip", "equips", "equipping", "equipped":
			withObject = true
		default:
			continue
		}
		switch toks[j+1].Norm {
		case "a", "an", "one", "another":
		default:
			continue
		}
		for k := j + 2; k < hi && k <= j+5; k++ {
			if s.actorAt(k) >= 0 && !s.actors[s.actorAt(k)].demonym {
				break // "to a NATO ally, Poland": named
			}
			if buyerNoun(toks[k].Norm) {
				if withObject && (k+1 >= s.hi || toks[k+1].Norm != "with") {
					break // "provided a country's army": not what it was given
				}
				if k+2 < s.hi && toks[k+1].Norm == "at" && toks[k+2].Norm == "war" {
					break // "not sending lethal weapons to a country at war": the war's side the text tells, as "to countries at war"
				}
				return true
			}
			if toks[k].Kind != Word {
				break
			}
		}
	}
	return false
}

// hiredToMake reports whether the verb of making at i is an infinitive
// after its maker as an object ("pays Ukrainian firms to produce weapons
// for Ukraine"): the one who pays or asks is not the maker, and the roles
// read from the clause would name the payer as the seller. "Germany agreed
// to produce shells for Ukraine" has a verb before "to" and is a promise.
func (s *sent) hiredToMake(i int) bool {
	toks := s.d.toks
	return i-2 >= s.lo && toks[i-1].Norm == "to" && toks[i-2].Kind == Word && !s.is(i-2, fVerb|fModal|fBe)
}

// toUnnamedAllies reports whether "to" right after the goods ending at i
// gives them to friends of no name: "has given armoured vehicles to allies
// in the Horn of Africa", "sold drones to its partners". Those who get
// them are told of, not named, so none is taken from the text before.
func (s *sent) toUnnamedAllies(i int) bool {
	toks := s.d.toks
	if i < 0 || i >= s.hi || toks[i].Norm != "to" {
		return false
	}
	for k := i + 1; k < s.hi && k <= i+3; k++ {
		if s.actorAt(k) >= 0 {
			return false // "to NATO allies", "to Ukraine's partners": named
		}
		switch toks[k].Norm {
		case "allies", "partners", "proxies", "friends":
			return true
		case "groups", "militants", "militias", "insurgents":
			// "to armed groups in the region", "to militants in the Middle
			// East": fighters of no state, unless one is named for where
			// they are ("to rebel groups in Mozambique"). ("To any party"
			// is either side of a war: see eitherSide.)
			return !s.stateWithin(k+1, k+4)
		}
		if toks[k].Kind != Word {
			return false
		}
	}
	return false
}

// toAfterAgent returns the "to" after the agent of the passive verb at
// i ("supplied by Libya's former government to armed groups"), or -1.
func (s *sent) toAfterAgent(i int) int {
	toks := s.d.toks
	if i+1 >= s.hi || toks[i+1].Norm != "by" {
		return -1
	}
	for k := i + 2; k < s.hi && k <= i+8; k++ {
		if toks[k].Norm == "to" {
			return k
		}
		if toks[k].Kind != Word && toks[k].Norm != "'s" {
			return -1
		}
	}
	return -1
}

// stateWithin reports whether a state, not its demonym, is named in
// [lo, hi) before a comma or a stop.
func (s *sent) stateWithin(lo, hi int) bool {
	for k := lo; k < hi && k < s.hi; k++ {
		if a := s.actorAt(k); a >= 0 && !s.actors[a].demonym {
			return true
		}
		if s.d.toks[k].Kind == Punct {
			return false
		}
	}
	return false
}

// unnamedObject reports whether the words between the verb at i and the
// goods at lo are a first object that names its states by no name: "will
// lend member states up to €150 billion", "gave allies 40 tanks". The
// recipients are told of, not named.
func (s *sent) unnamedObject(i, lo int) bool {
	toks := s.d.toks
	if lo-i < 2 || lo-i > 4 {
		return false
	}
	for k := i + 1; k < lo; k++ {
		if s.actorAt(k) >= 0 || toks[k].Kind != Word || toks[k].Cap {
			return false
		}
	}
	switch toks[lo-1].Norm {
	case "allies", "partners", "states", "countries", "members", "governments":
		return true
	}
	return false
}

// buyerNoun reports whether w names a buyer of arms of no name: "an
// undisclosed customer", "a European country".
func buyerNoun(w string) bool {
	switch w {
	case "customer", "customers", "client", "clients", "buyer", "buyers", "country", "nation", "state", "government", "operator", "user":
		return true
	}
	return false
}

// purchaseOwnerOf returns the state whose purchase (acquisition,
// procurement) the group is "of", named by its possessive before the noun:
// "Argentina's purchase of 24 F-16 jets". Or -1.
func (s *sent) purchaseOwnerOf(g *group) int {
	toks := s.d.toks
	j := g.phrases[0].start() - 1
	if j-2 < s.lo || toks[j].Norm != "of" {
		return -1
	}
	switch toks[j-1].Norm {
	case "purchase", "acquisition", "procurement":
	default:
		return -1
	}
	if a := s.actorAt(j - 2); a >= 0 && s.actors[a].possessive && s.actors[a].ref.kind == kindCountry {
		return a
	}
	return -1
}

// dealOwnerOf returns the state whose deal, contract or order the group is
// "for", named by its possessive before the noun ("Indonesia's contract for
// 42 Rafale jets", "Egypt's latest deal for 30 Rafales"), or -1.
func (s *sent) dealOwnerOf(g *group) int {
	toks := s.d.toks
	j := g.phrases[0].start() - 1
	if j-2 < s.lo || toks[j].Norm != "for" {
		return -1
	}
	j--
	switch toks[j].Norm {
	case "contract", "deal", "order", "agreement":
	default:
		return -1
	}
	for k := j - 1; k >= s.lo && j-k <= 4; k-- {
		if a := s.actorAt(k); a >= 0 {
			if m := &s.actors[a]; m.possessive && m.ref.kind == kindCountry && m.hi == k+1 {
				return a
			}
			return -1
		}
		if toks[k].Kind == Punct || s.is(k, fVerb) {
			return -1
		}
	}
	return -1
}

// clauseEnd returns the token that ends the clause holding token i: the
// next punctuation, a hyphen aside, or the sentence's end.
func (s *sent) clauseEnd(i int) int {
	for j := i; j < s.hi; j++ {
		if s.d.toks[j].Kind == Punct && !Joiner(s.d.toks, j) {
			return j
		}
	}
	return s.hi
}

// conditional reports whether the verb at i is in a clause opened by "if",
// "unless" or "whether": a transfer supposed, not told.
func (s *sent) conditional(i int) bool {
	if s.d.toks[s.lo].Norm == "should" && s.invertedCondition(i) {
		return true // "Should Iran ship missiles to Russia, Europe will act"
	}
	if !s.has(fCondition) {
		return false // most sentences: none of the words
	}
	toks := s.d.toks
	for j := i - 1; j >= s.lo && i-j <= 8; j-- {
		switch {
		case s.is(j, fCondition):
			return true
		case toks[j].Kind == Punct && !Joiner(toks, j):
			return false
		}
	}
	return false
}

// timeUnsaid reports whether the clause at i is the question of when that
// a speaker left open: "He did not say when the shells would arrive",
// "without saying when they would be delivered", "declined to say when".
// It names goods told before and tells no flow of its own.
func (s *sent) timeUnsaid(i int) bool {
	toks := s.d.toks
	j := i - 1
	for j > s.lo && i-j <= 2 && (toks[j].Norm == "the" || toks[j].Norm == "these" || toks[j].Norm == "those") {
		j--
	}
	if j-2 < s.lo || toks[j].Norm != "when" {
		return false
	}
	switch toks[j-1].Norm {
	case "say", "saying", "specify", "specifying", "disclose", "disclosing", "reveal", "revealing":
	default:
		return false
	}
	for k := j - 2; k >= s.lo && j-k <= 4; k-- {
		switch toks[k].Norm {
		case "not", "n't", "without", "declined", "refused", "never":
			return true
		}
	}
	return false
}

// invertedCondition reports whether token i stands in a condition told by
// inversion, "Should Iran ship missiles to Russia, ...": from the
// sentence's "should" to the first comma, with a name or noun between
// "should" and its verb (not the modal of "Should the West send more?").
func (s *sent) invertedCondition(i int) bool {
	if s.lo+1 >= s.hi || s.is(s.lo+1, fVerb) && s.actorAt(s.lo+1) < 0 {
		return false
	}
	for j := s.lo + 1; j < s.hi; j++ {
		if s.d.toks[j].Norm == "," {
			return i < j
		}
	}
	return false
}

// finiteWithin reports whether a finite verb or an auxiliary stands in
// [lo, hi) before any mark: a clause goes on there.
func (s *sent) finiteWithin(lo, hi int) bool {
	for j := lo; j < hi && j < lo+6; j++ {
		if s.d.toks[j].Kind == Punct {
			return false
		}
		if s.is(j, fBe|fModal) || isAux(s.d.toks[j].Norm) {
			return true
		}
		if w := s.d.toks[j].Norm; j > lo && !s.d.toks[j].Cap && (isParticiple(w) || w == "shot" || w == "struck" || w == "hit" || w == "fell") {
			return true // "after Syrian air defences shot down a Russian plane": a past tense after its subject
		}
		if j > lo && stayVerb(s.d.toks[j].Norm) {
			return true // "while Israeli troops remain in Lebanon": a verb of staying after its subject
		}
		if j > lo && irregularPast(s.d.toks[j].Norm) {
			return true // "since French troops left the country", "after the army withdrew"
		}
	}
	return false
}

// irregularPast reports whether w is the simple past of a verb of going,
// starting or fighting that has no "-ed" and no other use: after its
// subject it opens a clause ("since French troops began leaving").
func irregularPast(w string) bool {
	switch w {
	case "left", "began", "withdrew", "went", "came", "fled", "took", "fought", "won", "lost", "broke", "overran", "drove", "rose", "fell":
		return true
	}
	return false
}

// stayVerb reports whether w is a present form of a verb of staying or
// going on, which has no other use: "remain", "stays", "persists".
func stayVerb(w string) bool {
	switch w {
	case "remain", "remains", "stay", "stays", "persist", "persists", "continue", "continues", "exist", "exists":
		return true
	}
	return false
}

// clauseWords are the words of clauseBreak's switch.
var clauseWords = []string{";", ":", "if", "unless", "because", "although", "though", "whereas",
	"before", "after", "until", "once", "when", "while", "since", "to", ",", "-", "that", "but", "and",
	"builds", "built", "produces", "produced", "makes", "made", "manufactures", "manufactured", "assembles", "assembled"}

// butPredicate reports whether the word at i, after "but", opens a verb
// chain: a modal ("will", "cannot") or a finite form of "be", "have",
// "do" or "need". ("but also", "but not" go on with the object.)
func (s *sent) butPredicate(i int) bool {
	if s.is(i, fModal) {
		return true
	}
	switch s.d.toks[i].Norm {
	case "cannot", "has", "have", "had", "is", "are", "was", "were", "does", "did", "needs", "need", "lacks":
		return true
	}
	return false
}

// purposeVerb reports whether the word at i, after "to", is a verb that is
// no transfer: a lower-case word that is not a determiner, a number, an
// actor, materiel or a transfer word.
func (s *sent) purposeVerb(i int) bool {
	t := s.d.toks[i]
	if t.Kind != Word || t.Cap || s.is(i, fStop|fMateriel|fPlaceAdj) || s.actorAt(i) >= 0 {
		return false
	}
	if v, ok := s.verbAt(i); ok && v.Class != classSpeech && (!madeToOrder(v.Lemma) || s.builtFor(i)) {
		return false // ("to build missiles" makes them: a purpose, unless built for a state)
	}
	_, noun := s.nounAt(i)
	return !noun
}

// listComma reports whether the comma at j separates items of a list of
// materiel ("tanks, howitzers and drones") or of actors.
func (s *sent) listComma(j int) bool {
	if s.actorAt(j-1) >= 0 && s.actorAt(j+1) >= 0 {
		return true
	}
	toks := s.d.toks
	if j+1 < s.hi && (s.is(j+1, fMateriel) || s.inQty[j+1-s.lo]) && j > s.lo && toks[j-1].Kind == Word {
		return true // ", howitzers", ", 10,000 mortar rounds"
	}
	// "return, repair and reshipment of spare parts": "and" soon follows.
	for k := j + 1; k < s.hi && k <= j+3; k++ {
		switch toks[k].Norm {
		case "and", "or":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// predicateGap reports whether only what may stand between a subject and its
// verb lies in toks[lo:hi]: a "from X" phrase, auxiliaries, adverbs, a
// relative pronoun ("howitzers from South Korea were unloaded", "containers
// that were sent"). Another noun means the verb has its own subject
// ("interceptors to the United States to replenish stocks sent to Ukraine").
func (s *sent) predicateGap(lo, hi int) bool {
	toks := s.d.toks
	hi = s.verbLo(hi) // ", re-exported by the UAE": the prefix is the verb's
	if p := s.beSharedWith(hi); p > lo {
		// "are to be built in Japan and delivered from 2029": the gap runs
		// to the participle whose "be" the verb shares; what that one
		// takes is its own.
		hi = p
	}
	comma := false
	for j := lo; j < hi; j++ {
		if toks[j].Norm == "," {
			comma = true
		} else if comma && toks[j].Norm == "which" && (j > lo+1 || !s.beBefore(hi)) {
			// ", the first of which arrived": a clause on the item, not its
			// verb. A passive right after ", which" is the goods' own:
			// "jets, which were supplied by Russia".
			return false
		} else if comma && j+1 < hi && toks[j+1].Norm == "of" && partOfWhole(toks[j].Norm) {
			return false // ", the first of six ordered from Turkey": what the whole was, not the item's verb
		}
		if s.actorAt(j) >= 0 || s.is(j, fBe|fAdverb|fModal) || isAux(toks[j].Norm) {
			continue
		}
		if e := s.ownedBatchAt(j); e >= j && e < hi {
			j = e // "in Taiwan's first batch": where the goods were counted
			continue
		}
		if s.verbChainWord(j, lo) {
			continue // "the remaining 70 tanks are scheduled to arrive"
		}
		switch toks[j].Norm {
		case "from", "of", "by", "the", ",", "which", "that", "have", "has", "had", "been", "being", "(", ")":
			continue
		case "to":
			if j+1 < hi && s.is(j+1, fBe) {
				continue // "expected the systems to be delivered": the goods' own passive
			}
		case "at", "in", "on":
			continue
		case "them":
			if j-2 >= lo && toks[j-1].Norm == "of" && (s.inQty[j-2-s.lo] || toks[j-2].Norm == "all") {
				continue // "Iran's drones, some 2,000 of them, went to Russia": a count of the goods, set aside
			}
		}
		if useParticiple(toks[j].Norm) && j+1 < hi && toks[j+1].Norm == "by" {
			continue // "the shells used by the Russian army at the front came from North Korea"
		}
		if originates(toks[j].Norm) || toks[j].Norm == "and" && j > lo && s.fromListBefore(j) {
			continue // "the weapons had originated in Iran and were headed for the Houthis"
		}
		if j-2 >= lo && toks[j-1].Norm == "the" && (toks[j-2].Norm == "at" || toks[j-2].Norm == "in" || toks[j-2].Norm == "on") {
			continue // "at the front"
		}
		if j > lo && s.actorAt(j-1) >= 0 && s.is(j, fGovernment) {
			continue // "the Russian army"
		}
		if s.inQty[j-s.lo] {
			continue
		}
		if comma && s.priceAside(j, hi) {
			continue // "India's request for 31 drones, worth about $3.99 billion, was approved": the goods' price, set aside
		}
		return false
	}
	return true
}

// priceAside reports whether token j, before hi, is a word of price right
// before the amount it gives: "worth about $3.99 billion", "valued at
// $450 million", "priced at", "costing".
func (s *sent) priceAside(j, hi int) bool {
	switch s.d.toks[j].Norm {
	case "worth", "valued", "priced", "costing":
	default:
		return false
	}
	k := j + 1
	if k < hi && s.d.toks[k].Norm == "at" {
		k++
	}
	return k < hi && s.inQty[k-s.lo]
}

// fromListBefore reports whether the states before "and" at j are a list
// that "from" opens: "Leopard 2s from Germany, Poland and Canada had
// reached Ukraine". Only the list's first state carries the "from".
func (s *sent) fromListBefore(j int) bool {
	a := s.actorAt(j - 1)
	if a < 0 {
		return false
	}
	_, lo, _ := s.group(a)
	first := s.actorAt(lo)
	return first >= 0 && s.actors[first].prep == "from"
}

// verbChainWord reports whether token j, in a gap that starts at lo, is
// a word of a verb chain after "be": "scheduled", "set", "due",
// "expected" or "likely", or the "to" after one of them.
func (s *sent) verbChainWord(j, lo int) bool {
	switch w := s.d.toks[j].Norm; {
	case expectedWord(w):
		return j > lo && s.is(j-1, fBe)
	case w == "to":
		return j > lo && s.verbChainWord(j-1, lo)
	}
	return false
}

// skipParenthesis returns the token after a parenthesis that starts at i
// ("€3 billion ($3.4 billion) contract"), or i.
func (s *sent) skipParenthesis(i int) int {
	toks := s.d.toks
	if i >= s.hi || toks[i].Norm != "(" {
		return i
	}
	for j := i + 1; j < s.hi && j-i <= 8; j++ {
		if toks[j].Norm == ")" {
			return j + 1
		}
	}
	return i
}

// beBefore reports whether a form of "be" (past adverbs) precedes token i.
func (s *sent) beBefore(i int) bool {
	if reVerb(s.d.toks, i) {
		i -= 2 // "were re-exported"
	}
	for j := i - 1; j >= s.lo && i-j <= 3; j-- {
		if s.is(j, fBe) {
			return true
		}
		if !s.is(j, fAdverb) && !isAux(s.d.toks[j].Norm) {
			return false
		}
	}
	return false
}

// goodsDoGive reports whether the goods of group g are the subject of t,
// an active infinitive of giving after a verb "be" that follows them: "the
// jets are likely to provide close air support", "the missiles were
// expected to supply cover". Goods that are to be given take the passive ("are to be
// delivered") or a verb of arriving ("are expected to arrive"); a sum may
// still be the subject ("the $400 million package is set to provide ...").
func (s *sent) goodsDoGive(g *group, t *trigger) bool {
	if t.noun || t.passive || t.class != classGive && t.class != classSell || t.i <= g.hi || g.phrases[0].money {
		return false
	}
	if s.d.toks[t.i-1].Norm != "to" {
		return false
	}
	for j := g.hi; j < t.i-1; j++ {
		if s.is(j, fBe) {
			return true
		}
	}
	return false
}

// goodsGiveBenefit reports whether the goods of group g are the subject of
// an active verb of giving whose object, after whom it is given to, is a
// benefit: "The surveillance aircraft will give Ukraine a capability it
// never had", "The tanks gave Kyiv an edge". The goods are the means of
// what is given, not what passes from one state to another.
func (s *sent) goodsGiveBenefit(t trigger, g group) bool {
	if t.noun || t.passive || g.hi > t.i {
		return false
	}
	return s.goodsGiveBenefitRest(t, g)
}

// goodsGiveBenefitRest is goodsGiveBenefit past its first test (see gates in words.go):
// the trigger is an active verb after the goods.
func (s *sent) goodsGiveBenefitRest(t trigger, g group) bool {
	if t.lemma != "give" && t.lemma != "provide" && t.lemma != "offer" {
		return false
	}
	toks := s.d.toks
	for j := g.hi; j < t.i; j++ {
		if !s.is(j, fModal|fAdverb|fBe) && !isAux(toks[j].Norm) {
			return false // "the jets Poland will give": a clause with a subject of its own
		}
	}
	j := t.i + 1
	if a := s.actorAt(j); a >= 0 {
		j = s.actors[a].hi
	} else {
		return false
	}
	for j < s.hi && (s.is(j, fDeterminer) || s.is(j, fAdverb) || toks[j].Kind == Word && !s.is(j, fMateriel) && j+1 < s.hi && benefitNoun(toks[j+1].Norm)) {
		j++ // "a capability", "a decisive edge"
	}
	return j < s.hi && benefitNoun(toks[j].Norm)
}

// benefitNoun reports whether w names what goods give their user, not
// goods: "capability", "edge", "advantage".
func benefitNoun(w string) bool {
	switch w {
	case "capability", "capabilities", "edge", "advantage", "advantages", "ability", "boost", "means", "option", "options", "chance", "reach", "punch", "leverage", "lead", "superiority":
		return true
	}
	return false
}

// goodsDoAsk reports whether t, after the goods of group g, is an active
// verb of asking, buying or receiving in its "-ing" form after "be": "has
// ordered 12 jets from Sweden and is seeking tanks", "bought the rifles and
// is negotiating for more". Goods neither ask nor buy, so they are not its
// subject, as they are of "are arriving" or "were delivered"; the clause's
// own subject is. A sum may buy ("the $400 million is buying shells").
func (s *sent) goodsDoAsk(g *group, t *trigger) bool {
	if t.noun || t.passive || t.class != classRequest && t.class != classBuy && t.class != classReceive || t.i <= g.hi || g.phrases[0].money {
		return false
	}
	if !strings.HasSuffix(s.d.toks[t.i].Norm, "ing") {
		return false
	}
	j := t.i - 1
	for j > g.hi && s.is(j, fAdverb) {
		j-- // "is now seeking"
	}
	if j < g.hi || !s.is(j, fBe) {
		return false
	}
	// Only a predicate joined by "and": in "the jets Peru is seeking" the
	// goods are the object of a relative clause, whose subject comes
	// between.
	joined := false
	for k := g.hi; k < j; k++ {
		switch w := s.d.toks[k].Norm; {
		case w == "and" || w == "but":
			joined = true
		case s.actorAt(k) >= 0 && s.actorAt(k-1) < 0 && !prepWord(s.d.toks[k-1].Norm):
			return false // a subject of its own: "the jets Peru is seeking"
		}
	}
	return joined
}

// prepWord reports whether w is a preposition that takes a state as its
// object in a phrase of transfer ("from Sweden", "to Chile").
func prepWord(w string) bool {
	switch w {
	case "from", "to", "in", "by", "with", "for", "of", "via", "through":
		return true
	}
	return false
}

// capacityOpening makes, for counted goods that no verb moves and that a
// cue of capacity opens right before ("enough for", "with a capacity
// of", "equivalent to"), the claim of what the load this sentence has
// just moved could hold: "has sent 28,000 containers to Russia, enough
// for 12 million shells". It returns the cue's first token, or -1 when
// there is no such load or cue.
func (s *sent) capacityOpening(p *phrase, att attrib) int {
	if p.qty == nil || p.cat == armsledger.Funding || p.cat == armsledger.Container || p.unit == "container" {
		return -1
	}
	n := len(s.d.claims)
	if n == 0 || s.d.claims[n-1].sent != s.idx {
		return -1
	}
	load := &s.d.claims[n-1]
	if load.p.cat != armsledger.Container && load.p.unit != "container" || load.p.hi > p.start() {
		return -1
	}
	lo := -1
	for _, m := range s.readCues() {
		if m.c == cueCapacity && int(m.end) <= p.start() && p.start()-int(m.end) <= 1 {
			lo = int(m.at) // (a "with", "over" or "more than" may stand between)
		}
	}
	if lo < 0 {
		return -1
	}
	if lo > s.lo && s.d.toks[lo-1].Norm == "a" {
		lo-- // "with a capacity of"
	}
	if lo > s.lo && s.d.toks[lo-1].Norm == "with" {
		lo--
	}
	prev := *load // (a copy: newDraft may move the claims)
	d := s.newDraft()
	d.p, d.sup, d.rec, d.status, d.rule, d.sent, d.trig, d.conf = *p, prev.sup, prev.rec, armsledger.Capacity, "capacity.load", s.idx, -1, 0.5
	d.inherited = true
	s.completeDraft(d, att, lo, p.end())
	return lo
}

// capacityCue reports whether "capable of", "enough to" or the like comes
// just before token i.
func (s *sent) capacityCue(i int) bool {
	return s.cueWithin(cueCapacity, i-6, i, i+1) // in the six words before, ending by i
}

// arrivalDestination returns the party that a verb of arriving after the
// verb of carrying at i reaches, right after it or after "in" or "at":
// "Convoys carrying armoured vehicles have reached Bamako", "planes
// carrying munitions landed in Israel". Or -1.
func (s *sent) arrivalDestination(i int) int {
	toks := s.d.toks
	for k := range s.trigs {
		u := &s.trigs[k]
		if u.i <= i || u.noun || u.class != classArrive || u.i-i > 25 {
			continue
		}
		j := u.i + 1
		if j < s.hi && (toks[j].Norm == "in" || toks[j].Norm == "at") {
			j++
		}
		if j < s.hi && toks[j].Norm == "the" {
			j++
		}
		if a := s.actorAt(j); a >= 0 && s.actors[a].ref.kind != kindDemonym {
			return a
		}
		return -1
	}
	return -1
}

// schemeOnly reports whether g is aid money of no stated sum right after
// "under" (past a determiner and modifiers): "under a new drawdown",
// "under Presidential Drawdown Authority". It names the scheme the goods
// of the frame go by, not money that moves; a sum ("under a $400 million
// drawdown") is the transfer's value and stays a claim.
func (s *sent) schemeOnly(g *group) bool {
	if len(g.phrases) != 1 || g.phrases[0].cat != armsledger.Funding {
		return false
	}
	return s.schemeOnlyRest(g)
}

// schemeOnlyRest is schemeOnly past its first test (see gates in words.go):
// the group is one phrase, of funding.
func (s *sent) schemeOnlyRest(g *group) bool {
	p := &g.phrases[0]
	if p.qty != nil || p.money {
		return false
	}
	toks := s.d.toks
	for j := p.start() - 1; j >= s.lo && p.start()-j <= 4; j-- {
		switch {
		case toks[j].Norm == "under":
			return true
		case s.is(j, fDeterminer) || s.actorAt(j) < 0 && (toks[j].Cap || toks[j].Kind == Word && !s.is(j, fVerb) && !schemeStop[toks[j].Norm]):
			continue
		}
		return false
	}
	return false
}

// schemeStop are the words that end the modifiers of a scheme's noun on
// the way back to "under": "funding for Ukraine under" is no scheme.
var schemeStop = setOf("and", "or", "of", "for", "to", "with", "from", "by", "in", "on", "at", "as")

// countOfThem returns the count in ", 30 of them" after the clause that
// ends the frame at from, with no verb of its own after it: "Germany has
// sent tanks to Ukraine, 30 of them so far" counts the tanks. ("30 of them
// arrived in May" tells of a part, by its own verb.)
func (s *sent) countOfThem(from int) *QuantityMatch {
	toks := s.d.toks
	j := from
	for j < s.hi && toks[j].Norm != "," {
		if toks[j].Kind == Punct || s.is(j, fVerb|fBe) && j > from {
			return nil
		}
		j++
	}
	if j+3 >= s.hi {
		return nil
	}
	var q *QuantityMatch
	for k := range s.quants {
		if m := &s.quants[k]; m.Lo == j+1 && m.Currency == "" && !m.Percent && !m.Year && !m.Fraction {
			q = m
		}
	}
	if q == nil || q.Hi+1 >= s.hi || toks[q.Hi].Norm != "of" || toks[q.Hi+1].Norm != "them" {
		return nil
	}
	for k := q.Hi + 2; k < s.hi && toks[k].Kind != Punct; k++ {
		if s.is(k, fVerb|fBe|fModal|fMateriel) {
			return nil // ("30 of them Leopards": a part, named)
		}
	}
	return q
}

// peopleOrdered reports whether the verb "order" takes people as its
// object: soldiers are ordered to go or leave, never bought, so "Chad
// ordered French soldiers to withdraw" tells of no transfer.
func peopleOrdered(t trigger, g group) bool {
	return !t.noun && t.lemma == "order" && g.lo > t.i && g.phrases[0].cat == armsledger.Personnel
}

// talksConcluded reports whether the noun of talks at i is the object of a
// participle of ending set off by a comma: "Chile signed a deal to buy 12
// jets, ending years of talks over the aircraft", "..., capping two years
// of negotiations on the purchase". The talks led to what the clause
// before tells; the goods they were over are sought no more.
func (s *sent) talksConcluded(i int) bool {
	toks := s.d.toks
	if !talksWord(toks[i].Norm) {
		return false
	}
	for j := i - 1; j > s.lo && i-j <= 5; j-- {
		switch toks[j].Norm {
		case "ending", "concluding", "capping", "closing", "crowning":
			return toks[j-1].Norm == ","
		case "of", "years", "months", "decades", "weeks", "the", "its", "their", "long", "lengthy", "protracted", "difficult":
			continue
		}
		if toks[j].Kind == Punct {
			return false
		}
		if !s.countAt(j) {
			return false
		}
	}
	return false
}

// perfectBetween reports whether a perfect's auxiliary, "has", "have" or
// "had", stands in [lo, hi).
func (s *sent) perfectBetween(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		switch s.d.toks[j].Norm {
		case "has", "have", "had":
			return true
		}
	}
	return false
}

// callForLimits reports whether what "for" at j calls for is more output
// or a bound put on aid, not goods: "called for expanded output of
// shells", "calling for a sharp increase in production", "called for
// conditions on further military assistance to Israel".
func (s *sent) callForLimits(j int) bool {
	toks := s.d.toks
	for k := j + 1; k < s.hi && k-j <= 4; k++ {
		switch toks[k].Norm {
		case "output", "production", "increase", "conditions", "restrictions", "limits", "curbs", "sanctions", "halt", "end", "ban", "freeze", "suspension":
			return true
		}
		if s.is(k, fMateriel) {
			return false
		}
	}
	return false
}

// acquiredWhich reports whether trigger t is the verb of buying or
// receiving of a relative clause right after the goods g, whose subject
// is a state: "The guns, which Estonia bought second-hand from Finland,
// are due to leave storage", "More jets, which Poland received from
// Germany in 2004, could follow". The clause tells how the goods' holder
// once got them, an aside to what the sentence goes on to tell of them
// (see draft.backstory).
func (s *sent) acquiredWhich(t *trigger, g *group) bool {
	if t.noun || t.passive || t.class != classBuy && t.class != classReceive || t.i <= g.hi+2 {
		return false
	}
	toks := s.d.toks
	if toks[g.hi].Norm != "," {
		return false
	}
	which := s.wholeWhich(g.hi + 1)
	if which < 0 || t.i-which > 6 {
		return false
	}
	for j := which + 1; j < t.i; j++ {
		if toks[j].Kind == Punct {
			return false
		}
	}
	return s.actorAt(which+1) >= 0 || toks[which+1].Norm == "the" && s.actorAt(which+2) >= 0
}

// soughtWhich adds the request that a relative clause on the goods of
// the claim just made tells (wantedBy): "selling the kingdom 48 more
// Typhoons, which Saudi Arabia has sought for years", "a decision on
// Gripen jets, which Kyiv has requested since 2023, had been put on hold".
// The clause's subject asked the claim's giver for the goods, whatever
// became of them.
func (s *sent) soughtWhich(g *group, last int, att attrib) {
	if last < 0 || s.d.claims[last].sent != s.idx {
		return
	}
	prev := &s.d.claims[last]
	if prev.status == armsledger.Requested || len(prev.sup) == 0 {
		return
	}
	a, k := s.wantedBy(g)
	if a < 0 {
		return
	}
	switch m := &s.actors[a]; s.d.toks[m.lo-1].Norm {
	case "which":
		if s.d.toks[m.lo-2].Norm != "," {
			return
		}
	case "that":
		if !s.perfectBetween(m.hi, k) {
			return // ("technology that Tehran seeks": the goods described, no request told; "that Tehran has long sought" tells it)
		}
	default:
		return
	}
	switch s.d.toks[k].Norm {
	case "sought", "requested":
	default:
		return // ("wants", "needs": a want, not a request made)
	}
	rec, _, _ := s.group(a)
	if len(prev.rec) > 0 && !sameSet(prev.rec, rec) || sameSet(prev.sup, rec) {
		return
	}
	d := *prev
	d.rec, d.status, d.trig, d.rule = rec, armsledger.Requested, k, "request.which"
	d.speaker = speaker{}
	s.finishDraft(&d, att, prev.lo, k+1)
}
