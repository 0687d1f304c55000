package extract

import (
	"slices"
	"strings"

	"armsledger"
)

// status decides whether a frame reports a delivery, a promise, a request,
// an expectation, a capacity or a denial, from the trigger word and the verbs,
// modals and negations that govern it ("has committed to delivering", "is
// expected to send", "denied sending", "capable of carrying").
func (s *sent) status(t trigger, g group) armsledger.Status {
	if p := s.beSharedWith(t.i); !t.noun && t.passive && p >= 0 {
		// "are to be built in Northern Ireland and delivered to Kyiv": the
		// participle is as far along as the chain whose "be" it shares.
		t.i = p
	}
	if t.lemma == "follow" && t.class == classGive {
		if u := s.followedVerb(t.i); u != nil {
			// "Germany pledged tanks to Ukraine, and Poland followed with
			// jets": the follower does as the one before did.
			return s.status(*u, g)
		}
	}
	if t.noun && agentNoun(t.lemma) && s.apposedTo(t.i) >= 0 {
		// "is buying howitzers from France, diversifying away from Russia,
		// its traditional supplier": what the state beside the noun has
		// been, whatever the clause's verb does.
		return armsledger.Delivered
	}
	if s.scheduledSubject(&t, &g) {
		return armsledger.Expected // "..., and deliveries are scheduled to start in 2027"
	}
	if t.class == classArrive && t.lemma == "be" && s.reportedToBe(t.i) {
		return armsledger.Delivered // "are thought to be in Mali": where they are, as heard; not "are to be", still to come
	}
	if t.class == classArrive && t.lemma == "come" && !t.noun && g.hi <= t.i && t.i+2 < s.hi && s.d.toks[t.i+1].Norm == "to" {
		if v, ok := s.verbAt(t.i + 2); ok && v.Class == classRequest {
			// "the Tomahawk missiles he had come to ask for": the goods
			// are what the visitor came to ask for, not what came.
			return armsledger.Requested
		}
	}
	if !t.noun && s.gerundOpens(t.i) && s.possibleAfter(&t, &g) {
		// "transferring MiG-29 fighters to the North 'cannot be ruled
		// out'", "sending troops to Ukraine is possible": a transfer
		// said to be possible is still to come.
		return armsledger.Expected
	}
	if t.class == classReceive && t.lemma == "expect" {
		return armsledger.Expected // "expects 18 FA-50 jets in 2026": awaited (expectsGoods)
	}
	if !t.noun && s.wayCleared(t.i) {
		return armsledger.Expected // "cleared the way for Washington to sell Ankara 40 jets": made possible, still to come
	}
	if t.noun && (t.class == classBuy || t.class == classReceive) && g.phrases[0].money {
		if gv := s.governor(t); gv.i < t.i && !gv.noun && gv.lemma == "finance" {
			// "Germany financed Ukraine's arms purchases with €500
			// million": the money is the financing's, given as the verb
			// tells ("will finance" is still to come).
			return s.status(gv, g)
		}
	}
	if t.class != classCommit && (s.awaitedBefore(g.lo) || t.noun && t.i < g.lo && s.awaitedBefore(t.i)) {
		// "the Air Force is awaiting 12 A-29 aircraft bought from the
		// United States"; "is awaiting delivery of 42 jets": the delivery
		// awaited is still to come.
		return armsledger.Expected
	}
	if t.noun && t.i < g.lo && s.preparedAfter(g.hi) {
		// "a further consignment of ammunition was being readied": a
		// shipment made ready is still to go, whatever verb came before.
		return armsledger.Expected
	}
	if t.lemma == "await" && !t.noun && g.hi <= t.i {
		// "Some 66 F-16 jets for Taiwan await delivery": goods that wait
		// are still to come, as goods waited for are.
		return armsledger.Expected
	}
	if !t.noun && (s.givesColon(t.i) || s.packageProvides(&t)) {
		if st, _, ok := s.packageBefore(t.i); ok {
			// "The package, drawn from DoD stocks, provides:", "this
			// package provides Ukraine with infantry fighting vehicles":
			// what the package holds, as the package is.
			return st
		}
	}
	st := s.baseStatus(&t)
	if st == armsledger.Committed && s.sellingGoesOn(&t, &g) {
		st = armsledger.Delivered
	}
	toks := s.d.toks
	if t.noun && (t.class == classGive || t.class == classMove) && t.i < g.lo && s.abandonedBefore(t.i) {
		return armsledger.Denied // "Spain cancelled a shipment of 400 bombs to Riyadh": a delivery called off, as an order is
	}
	if !t.noun && (t.class == classBuy || t.class == classReceive) && s.inProcessOf(t.i) {
		return armsledger.Requested // "Russia was in the process of buying millions of shells": a purchase under way, not yet made
	}
	if t.noun && (t.class == classGive || t.class == classMove) && t.i < g.lo && s.stoppedAfter(g.hi) {
		return armsledger.Denied // "deliveries of finished drones from Iran had largely stopped": a flow said to have ended
	}
	if t.noun && (t.class == classSell || t.class == classBuy || t.class == classCommit) {
		if s.abandonedBefore(t.i) || t.i < g.lo && s.abandonedAfter(g.hi) {
			return armsledger.Denied // "Turkey cancelled its order for 100 F-35s", "pulled out of the deal", "the deal ... fell through"
		}
		if t.i < g.lo && s.underTalksAfter(g.hi) {
			return armsledger.Requested // "further sales to the Philippine Army are under discussion": not yet agreed
		}
		if talks, ended := s.talksBefore(t.i); ended {
			return armsledger.Denied // "ended its talks with Dassault over the purchase of 16 Rafales"
		} else if talks {
			return armsledger.Requested // "held talks with Dassault over the purchase": negotiating to buy
		}
	}
	if t.class == classHold && !s.carries(t) || s.capacityCue(t.i) || s.capacityCue(g.lo) {
		return armsledger.Capacity
	}
	if t.passive && !t.noun && t.class == classGive && t.i-3 >= s.lo && toks[t.i-1].Norm == "be" && toks[t.i-2].Norm == "to" && !s.is(t.i-3, fBe|fModal) && toks[t.i-3].Norm != "," {
		// "with 28 of the tanks to be delivered next year": still to come.
		// (", to be delivered by 2026" after a pledge tells of the pledge.)
		return armsledger.Expected
	}
	if (t.class == classBuy || t.class == classSell || t.class == classCommit) && s.nearDealBefore(t.i) {
		return armsledger.Requested // "Baku was close to a $1.2 billion purchase", "is near a deal to buy": not yet made
	}
	if !t.noun && (t.class == classGive || t.class == classSell) && s.dealCallsFor(t.i) {
		return armsledger.Committed // "The contract calls for Italy to deliver 12 jets": the deal binds the delivery
	}
	if !t.noun && t.class == classGive {
		if won := s.orderToGive(t.i); won >= 0 {
			if s.winStillToCome(won) {
				return armsledger.Expected // "could win a contract to supply K9s", "hopes to win an order to deliver": a deal not yet had
			}
			return armsledger.Committed // "won an order, worth about $155 million, to supply howitzers": bound, not done
		}
	}
	head := t
	if t.noun && !s.changedBefore(t.i) {
		head = s.governor(t)
		if head.i < t.i && s.seizedBetween(head.i, t.i) {
			head = t // "announced the seizure of a shipment bound for the Houthis": the seizure is announced
		}
		if head.i < t.i && !head.noun && head.lemma == "discuss" && toks[t.i-1].Norm == "the" && (t.class == classGive || t.class == classSell || t.class == classBuy) {
			// "are discussing the transfer of six destroyers": a transfer
			// negotiated, as "have discussed selling" and "in talks on the
			// sale of" are; not yet agreed. ("met to discuss joint
			// purchases" names no one deal.)
			return armsledger.Requested
		}
	}
	if !head.noun && !head.passive && toks[head.i].Norm == head.lemma && s.demandedThat(head.i) {
		return armsledger.Requested // "demanded again that Chancellor Olaf Scholz send Taurus missiles": asked for, not done
	}
	var gov governors // what the words that govern the frame say
	if h := head.i; h-3 >= s.lo && toks[h-1].Norm == "of" && planNoun(toks[h-2].Norm) && toks[h-3].Norm == "no" {
		gov.negated = true // "China has no intention of selling weapons"
	}
	if t.noun && s.plannedFor(t.i) {
		return armsledger.Committed // "had finalised plans for the purchase of the jets": bound, as a plan agreed to buy is
	}
	// Walk left over the verb chain: auxiliaries, modals, adverbs, "to" and
	// the verbs that take an infinitive ("has agreed to send").
	// The chain stands before a verb's prefix: "refused to re-export".
	lo := head.i
	if !head.noun {
		lo = s.verbLo(head.i)
	}
	for j := lo - 1; j >= s.lo && head.i-j <= 8; j-- {
		w := toks[j].Norm
		// The bit tests, made here, spare most words the calls to cueOf
		// and verbAt.
		flags := s.info[j].flags
		if flags&fCue != 0 && s.monthMay(j) {
			continue // "Qatar agreed in May to buy drones": the month, no modal
		}
		if flags&fCue != 0 {
			if cend, c, ok := s.cueOf(j); ok && cend <= head.i {
				switch c {
				case cueExpected:
					// "North Korea may have sent shells": a hedged report of
					// what was done, not a promise ("may have to send" is one).
					gov.expected = gov.expected || !s.hedgedPast(j, head.i)
				case cueNegation:
					gov.negated = true
				}
				continue
			}
		}
		if j+2 == head.i && toks[j+1].Norm == "to" && s.planAdopted(j) {
			gov.committed = true // "agreed a three-track plan to deliver": the plan is agreed, bound
			break
		}
		if k := s.firstToBefore(j, head.i); k >= 0 {
			j = k // "Cairo would be the first country to deploy troops": the chain goes on to "would be"
			continue
		}
		if (w == "due" || w == "set") && toks[j+1].Norm == "to" && s.beOverAdverbs(j) {
			gov.expected = true // "is already due to receive", "is also set to deliver": as "is due to", an adverb between
			continue
		}
		if flags&fVerb != 0 && j+1 < head.i && (s.is(j+1, fBe) || isAux(toks[j+1].Norm)) && s.actorAt(j-1) >= 0 && s.actorAt(j) < 0 { // ("the United States will": a name, no verb)
			break // "the tanks Poland promised were delivered": the clause's verb, not the chain's
		}
		if flags&fVerb != 0 {
			if v, ok := s.verbAt(j); ok && !s.nounUse(j) && !s.evidenceSigns(j) {
				if v.Class == classDeny && stopVerb(v.Lemma) && j > s.lo && demandWord(toks[j-1].Norm) &&
					(toks[j-1].Norm != "to" || j-2 >= s.lo && s.infinitiveGovernor(j-2) == classRequest) { // not "continues to refuse to send"
					// "Washington should stop arming Taiwan": a demand that
					// what goes on stop; it goes on.
					return st
				}
				if (v.Lemma == "want" || v.Lemma == "seek") && toks[j+1].Norm == "to" && (head.class == classGive || head.class == classSell) && !(j > s.lo && s.is(j-1, fBe) && s.participle(j)) {
					// "Germany wants to send tanks", "seeks to supply": the
					// giver's own wish, a transfer to come; wanting to get
					// ("wants to buy") is the request.
					gov.expected = true
					continue
				}
				gov.note(v.Class)
				gov.planned = gov.planned || v.Class == classPlan && planOnly(v.Lemma)
				if v.Lemma == "consider" && strings.HasPrefix(w, "float") && (head.class == classBuy || head.class == classReceive) {
					// "officials have floated buying 15 more": a purchase
					// put forward, sought. ("Is considering buying 48
					// F-35s" is weighed, still to come, as "plans to buy".)
					gov.requested = true
				}
				if (v.Lemma == "try" || v.Lemma == "attempt") && (head.class == classBuy || head.class == classReceive) {
					gov.requested = true // "tried to buy Gripens", "Argentina's attempts to buy": sought, as "sought to buy" is
				}
				if v.Lemma == "discuss" && !head.noun && (head.class == classBuy || head.class == classSell) {
					gov.requested = true // "have discussed selling 30 jets to India": a sale negotiated, as "under discussion" is
				}
				gov.stopped = gov.stopped || v.Class == classDeny && stopVerb(v.Lemma)
				gov.ruledOut = gov.ruledOut || v.Lemma == "rule"
				if v.Class == classPlan && j > s.lo && toks[j-1].Norm == "no" {
					gov.negated = true // "India has no plans to sell BrahMos missiles"
				}
				if v.Class == classPlan && s.abandonedBefore(j) {
					gov.denied = true // "Egypt shelved a plan to supply rockets to Russia"
				}
				if v.Class == classSpeech {
					j = s.lo // a speech verb ends the chain
				}
				continue
			}
		}
		if head.i == t.i && t.noun && j >= t.i-3 && (changeVerb(w) || lightVerb(w) || w == "out" || w == "the" || w == "its" || w == "their") && s.changedBefore(t.i) {
			continue // "will increase the deliveries of ammunition": the chain is the verb's
		}
		if (w == "and" || w == "or") && j == lo-1 && j-2 >= s.lo && toks[j-2].Norm == "to" && toks[j-1].Kind == Word && !toks[j-1].Cap {
			j-- // "agreed to refurbish and hand over 200 tanks": both infinitives take "agreed"
			continue
		}
		if w == "and" && j == head.i-1 && !head.noun && (toks[head.i].Norm == head.lemma || s.participle(head.i)) && s.modalBefore(j) {
			// "will buy one NASAMS from the US and donate it to Ukraine",
			// "will be built in Korea and delivered": "will" governs both.
			gov.expected = true
			break
		}
		if w == "and" && s.doneAfterPromise(j, head) {
			j-- // "France promised and then delivered 30 howitzers": the second verb tells how far the goods went
			continue
		}
		if s.is(j, fChain|fAdverb|fBe) || isAux(w) || beginVerb(w) || w == "\"" || w == "”" { // "will begin sending"; 'had "no plans" to send'
			continue
		}
		if w == "ever" && j == head.i-1 && s.deniedEver(head.i) {
			continue // "has denied ever receiving Iranian missiles": the denial governs
		}
		if j == head.i-1 && strings.HasSuffix(toks[head.i].Norm, "ing") {
			if st := s.timeAside(j); st > s.lo && st < j {
				j = st // "denied on Tuesday sending missiles": the chain goes on past the time
				continue
			}
		}
		if t.noun && head.i == t.i && j >= t.i-2 && (opposeWord(w) || s.is(j, fDeterminer) && j > s.lo && opposeWord(toks[j-1].Norm)) {
			// "Germany will no longer oppose the delivery of further jets":
			// what is no longer opposed is to come; a negation before the
			// verb is the objection's, not the delivery's.
			gov.expected = gov.expected || s.modalBefore(j)
			break
		}
		if (w == "turn" || w == "return") && j-1 > s.lo && toks[j-1].Norm == "in" {
			j-- // "which will in turn supply the Greek army", "Moscow may in return help Pyongyang"
			continue
		}
		if w == "exclude" || w == "excludes" || w == "excluded" || w == "excluding" {
			// "we are not excluding the possibility of sending weapons": as
			// "not rule out", a possibility.
			gov.note(classDeny)
			gov.stopped, gov.ruledOut = true, true
			continue
		}
		if w == "of" && j-1 > s.lo && possibilityNoun(toks[j-1].Norm) {
			j-- // "does not rule out the possibility of providing weapons"
			if j-1 > s.lo && toks[j-1].Norm == "the" {
				j--
			}
			continue
		}
		if k := s.channelBefore(j); k >= 0 {
			j = k // "will go through the European Peace Facility to buy": a channel, not the subject
			continue
		}
		if a := s.subjectActor(j); a >= 0 || s.is(j, fSubjectPronoun) || s.countryWord(j) {
			start := j // the subject's first word: "the" of "the North"
			if a >= 0 {
				start = s.actors[a].lo
			} else if s.countryWord(j) {
				start = j - 1 // "his country"
			}
			// The subject ends the chain, but a promise may govern its
			// clause: "announced that they will give".
			if gov.expected && !gov.committed {
				gov.committed = s.commitBefore(start) || s.announcedAfter(j+1, head.i)
			}
			// "Serbia has denied reports that it sold ammunition".
			gov.denied = gov.denied || s.denialBefore(start) || s.claimCalledFalse(start, max(t.i, g.hi))
			if a >= 0 {
				// "Neither Iran nor Belarus sent tanks".
				if _, glo, _ := s.group(a); glo > s.lo && toks[glo-1].Norm == "neither" {
					gov.denied = true
				}
			}
		}
		if j+1 < head.i && toks[j+1].Norm == "to" {
			// An infinitive with its own subject takes the status of what
			// governs it: "called on Western countries to give", "the goal
			// is for Germany to provide", "agreements with Iran to supply".
			// With nothing before the subject it is a headline's future:
			// "US to send Ukraine $325 million in aid".
			c, at := s.infinitiveGovernorAt(j)
			if absolute := c != noVerb && !head.noun && j+2 == head.i && s.withPart(j); absolute {
				// "agreed to buy 24 jets, with the first of them to arrive
				// early next year": the absolute clause is no infinitive of
				// the verb before it, but the part's own time to come.
				gov.expected = true
			} else if c == classCommit && s.futureBefore(at) {
				// "will allocate €500 million to purchase ammunition": the
				// money, and so the goods, are still to come.
				gov.expected = true
			} else {
				gov.note(c)
			}
			if (c == classPlan && planNoun(toks[j].Norm) || attemptNoun(toks[j].Norm) || c == classSell || c == classCommit) && (s.abandonedBefore(j) || g.lo > t.i && s.abandonedAfter(g.hi)) {
				gov.denied = true // "Egypt shelved a plan to supply rockets", "Malaysia pulled out of a deal to buy jets"
			}
			if a := s.actorAt(j); c == noVerb && a >= 0 && (s.actors[a].lo == s.lo || s.actors[a].lo == s.lo+1 && toks[s.lo].Norm == "the") {
				gov.expected = true
			}
			if c == noVerb && !head.noun && (j+2 == head.i || j+3 == head.i && s.is(j+2, fAdverb)) && s.actorAt(j) < 0 && !s.is(j, fSubjectPronoun) && toks[j].Kind == Word &&
				!s.inQty[j-s.lo] && !toks[j].Cap && !nounShaped(toks[j].Norm) && !implicative(toks[j].Norm) && !s.usedTo(j) &&
				!(j-1 >= s.lo && (s.is(j-1, fDeterminer) || s.modifierAt(j-1) || ordinalWord(toks[j-1].Norm))) {
				// "resolved to send", "opted to supply": an infinitive
				// after a verb of no class the lexicon knows tells a
				// transfer still to come, not one made. (A perfect
				// infinitive, "appears to have provided", tells one made:
				// the head is then not right after "to". After a noun the
				// infinitive is a purpose: "£100 million to buy".)
				gov.expected = true
			}
			if c == noVerb && !head.noun && j+2 == head.i && s.withPart(j) {
				gov.expected = true // "with the remaining 36 to arrive by 2028", "with the first of them to arrive"
			}
		}
		break
	}
	if t.noun && !gov.denied {
		// "reports of arms shipments from Iran to Russia were baseless":
		// the noun's phrase is the content of the claim called false.
		for j := t.i - 1; j > s.lo+1 && t.i-j <= 4; j-- {
			if toks[j].Norm == "of" {
				gov.denied = s.claimCalledFalse(j+1, max(t.i, g.hi))
				break
			}
		}
	}
	if (t.passive || t.class == classArrive && !t.noun) && g.hi <= t.i && !gov.denied {
		// "ridiculed reports that thousands of soldiers had been sent": the
		// goods are the passive's subject, the denial before them; so of
		// a verb of arriving ("denied that Iranian drones had arrived").
		gov.denied = s.denialBefore(g.phrases[0].start()) || s.claimCalledFalse(g.phrases[0].start(), max(t.i, g.hi)+1)
	}
	// "did not send tanks until January": they were sent, in January.
	// "would not arrive before next summer": they will, later.
	negated := (gov.negated || s.negatedClause(head.i)) && !s.untilAfter(max(t.i, g.hi)) && !s.beforeTimeAfter(head.i, max(t.i, g.hi))
	if negated && s.yetAfter(head.i, max(t.i, g.hi)) {
		// "jets sold but not yet delivered", "not one has been handed
		// over yet": a delay, not a refusal. What is owed was bound.
		negated, gov.committed = false, true
	}
	if t.noun && head.i != t.i && head.class == classDeny && stopVerb(head.lemma) {
		gov.stopped = true // "has not halted deliveries"
	}
	if s.soughtBefore(head.i) {
		gov.requested = true // "will press for approval of its purchase", "is interested in buying"
	} else if s.hopedBefore(head.i) {
		gov.expected = true // "Poland is looking to send more tanks": meant, not done
	}
	if t.noun && s.licensedBefore(t.i) {
		gov.committed = true // "issued licences for arms exports to Israel worth €485 million": allowed, not yet sent
	}
	if t.noun && s.heldBack(t.i) || t.i < g.lo && s.heldBackAfter(g.hi) {
		// (Goods held back in the subject, "A shipment that Washington had
		// held back arrived in Israel", are told to move by the verb after.)
		gov.denied = true // "held back one shipment of 2,000-pound bombs", "the bombs that Washington had held back": withheld
	}
	if !head.noun && (s.refrainedFrom(head.i) || s.has(fGated) && s.decidedAgainstAfter(max(t.i, g.hi))) { // (only a sentence holding "against", one of gatedWords, can decide against)
		gov.denied = true // "Sweden has held off on sending its Gripen jets", "decided against sending Taurus missiles": withheld
	}
	switch s.banBefore(t.i) {
	case banned:
		gov.denied = true // "imposed a ban on delivering the S-300 to Iran", "banned exports of weapons"
	case banLifted:
		gov.committed, negated = true, false // "lifted a ban on delivering the S-300 to Iran": now allowed, not yet done
	}
	goesOn := gov.stopped && negated // "did not stop sending tanks": they went on being sent
	if goesOn {
		gov.denied, negated = false, false
		gov.expected = gov.expected || gov.ruledOut // "did not rule out sending troops": a possibility
	}
	gov.denied = gov.denied || negated || s.noneMoved(&t, &g) && !s.untilAfter(max(t.i, g.hi)) && !s.beforeTimeAfter(head.i, max(t.i, g.hi)) // ("no further jets will come before 2030": as "will not come before")
	if t.noun && t.i+1 < s.hi {
		// "deliveries should reach 1.2 million", "the transfer will include"
		if _, c, ok := s.cueOf(t.i + 1); ok && c == cueExpected {
			gov.expected = true
		}
	}
	if t.noun && (head.i == t.i || s.clauseBreak(head.i+1, t.i)) && s.cancelledAfter(max(t.i, g.hi)) {
		gov.denied = true // "a deal for 12 Mirage jets from Qatar, worth €734 million, was dropped in 2024"
	}
	// "with an option to acquire 36 more", "with an option for 36 more": a
	// choice still to make, whatever was signed. ("exercised an option
	// for 12 more" made it.)
	option := !t.noun && t.i-2 >= s.lo && toks[t.i-1].Norm == "to" && (toks[t.i-2].Norm == "option" || toks[t.i-2].Norm == "options") ||
		t.noun && (toks[t.i].Norm == "option" || toks[t.i].Norm == "options") && s.optionExercised(t.i) < 0
	// Talks on the gerund are read once, for both what they seek and
	// whether they ended.
	if talks, ended := s.talksOnGerund(&t); ended || s.cancelledBefore(&t) {
		gov.denied = true // "had dropped talks on buying the jets", "will cancel a contract to buy 15.3 million rounds from an Israeli company"
	} else if talks {
		gov.requested = true // "held talks on buying the jets": negotiating to buy
	}
	if s.putOnHold(t.i) {
		gov.denied = true // "put the transfer of Gripen jets on hold", "decided to put on hold the transfer"
	}
	if !t.noun && t.i-2 >= s.lo && toks[t.i-1].Norm == "to" && attemptNoun(toks[t.i-2].Norm) {
		// "attempts to buy fighters from Spain were vetoed by the United
		// Kingdom", "Poland's plan to buy K2 tanks was approved".
		switch st, _ := s.fateAfter(max(t.i, g.hi)); st {
		case armsledger.Denied:
			gov.denied = true
		case armsledger.Committed:
			gov.committed = true
		default:
			// "Britain blocked Argentina's attempts to buy Gripens": an
			// attempt to buy seeks the goods, as "sought to buy" does; a
			// plan or an offer is no request.
			gov.requested = gov.requested || tryNoun(toks[t.i-2].Norm) && (t.class == classBuy || t.class == classReceive)
		}
	}
	if t.noun && head.i == t.i && s.predicateExpects(&t, &g) {
		gov.expected = true // "the delivery of 24 jets from Russia to Iran is expected to begin next year"
	}
	if t.noun && head.i != t.i && head.class == classDeny && s.denialDefeated(head.i) {
		// "the Senate rejected a resolution that sought to block the sale
		// of tank rounds", "refused to halt the delivery of tanks": the
		// block defeated, the transfer stands as its noun tells.
		return st
	}
	if t.noun && head.i != t.i && !(head.class == classCommit && gov.expected) && !goesOn {
		// "is expected to announce the delivery": the promise itself is
		// still to come.
		gov.note(head.class)
	}
	if t.noun && t.i > s.lo {
		switch toks[t.i-1].Norm {
		case "possible", "potential", "planned", "proposed", "prospective", "future", "any":
			if fate, ok := s.fateAfter(max(t.i, g.hi)); ok && fate == armsledger.Committed && head.i == t.i {
				// "The proposed sale of 24 jets to Jordan was approved by
				// the State Department": the plan is now bound.
				gov.committed = true
				break
			}
			gov.expected = true // "possible transfers of technology", "any transfer ... would be": none yet
		}
	}
	if st == armsledger.Delivered && !t.noun && strings.HasSuffix(toks[t.i].Norm, "ing") && t.i > s.lo &&
		(toks[t.i-1].Norm == "is" || toks[t.i-1].Norm == "are") &&
		(donation(t.lemma) || t.class == classGive && len(g.phrases) > 0 && g.phrases[0].money && !s.perPeriod(&g)) {
		// "the UK is donating Storm Shadow missiles": an announced gift;
		// "Sweden is contributing SEK 300 million": a sum announced, not
		// yet paid ("is providing $700 million a year" goes on).
		gov.committed = true
	}
	if !head.noun && head.i-1 > s.lo && toks[head.i-1].Norm == "to" {
		if u := s.useFor(head.i - 1); u >= 0 && s.modalUse(u) {
			// "would use 1.3 billion kroner to buy weapons", "part of
			// the money can be used to buy weapons": money still to be
			// spent buys what is still to come, as "will buy" does.
			gov.expected = true
		}
	}
	if st == armsledger.Committed && (t.class == classBuy || t.class == classSell) && !t.noun && !bindingOnly[t.lemma] &&
		!gov.denied && !option && !gov.requested && !gov.committed && !gov.expected && s.tradedYearsAgo(&t, &g, s.pastSaleYears(&t)) {
		// "Riyadh bought DF-3 missiles from China in the late 1980s",
		// "F-14s bought before the 1979 revolution": a purchase a decade
		// old or more has long been delivered. ("Ordered in 2014" still
		// binds only: an order says nothing of delivery.)
		return armsledger.Delivered
	}
	if st == armsledger.Committed && !t.noun && t.lemma == "pay" && (toks[t.i].Norm == "pays" || toks[t.i].Norm == "pay" || s.isPaying(t.i)) &&
		!gov.denied && !gov.requested && !gov.committed && !gov.expected && len(g.phrases) > 0 && g.phrases[0].money && s.perPeriod(&g) {
		// "Mali pays (is paying) Russia $10 million a month": a sum paid at a
		// rate, in the present, is money going out now, not a price
		// agreed as "Poland buys tanks" is.
		return armsledger.Delivered
	}
	switch {
	case gov.denied:
		return armsledger.Denied
	case option && s.optionExercised(t.i-2) >= 0 && !s.modalBefore(s.optionExercised(t.i-2)):
		return armsledger.Committed // "has exercised an option to buy eight more F-35B jets": the choice is made
	case option:
		return armsledger.Expected
	case st == armsledger.Requested || st == armsledger.Denied:
		return st // "he may seek": the request is what is said
	case gov.requested:
		return armsledger.Requested
	case gov.committed && st != armsledger.Requested:
		return armsledger.Committed
	case gov.expected && !gov.planned && s.contractSigned() && (!deliveryWord(t) && !deliveryWord(head) || len(g.phrases) > 0 && g.phrases[0].money):
		// (a purchase a state only plans stays planned, whatever contract
		// another clause signs: "Warsaw plans to buy 672 K9s, and it signed
		// a contract for 72 launchers")
		// (the worth of the contract is bound even where the goods are
		// still to come: "is due to hand over the first system under a
		// contract worth 3.6 billion euros signed in 2023")
		// (a delivery still to come under a contract signed stays to come:
		// "Serbia is expected to receive the first batch of 12 Rafale jets
		// by 2028, after Belgrade signed a deal")
		// "Serbia will buy twelve Rafales from France, Vucic announced
		// after the contract was signed", "signed a contract under which
		// Saudi Arabia will acquire Akinci drones": bound, not only meant.
		return armsledger.Committed
	case gov.expected:
		return armsledger.Expected
	case st == armsledger.Delivered && t.noun && head.i == t.i && s.dealOn(t.i):
		// "concluded an agreement worth $1.6 billion on the supply of
		// JF-17C jets": what a deal is on is bound, not yet sent.
		return armsledger.Committed
	}
	return st
}

// denialDefeated reports whether the verb of blocking or halting at h, an
// infinitive, is refused ("refused to halt", "failed to block") or is
// what a bid that was defeated sought ("rejected a resolution that sought
// to block", "voted down a bid to block"): what it would have stopped
// goes ahead.
func (s *sent) denialDefeated(h int) bool {
	toks := s.d.toks
	if h-2 < s.lo || toks[h-1].Norm != "to" {
		return false
	}
	if k := h - 2; s.is(k, fRefuse) || toks[k].Norm == "failed" || toks[k].Norm == "fails" {
		return true
	}
	for k := h - 2; k > s.lo && h-k <= 12; k-- {
		switch toks[k].Norm {
		case ",", ";", ":":
			return false
		case "rejected", "rejects", "defeated", "defeats":
			return true
		case "down":
			if w := toks[k-1].Norm; w == "voted" || w == "votes" || w == "struck" || w == "strikes" {
				return true
			}
		}
	}
	return false
}

// optionExercised returns the verb that takes up the option at i ("has
// exercised an option", "activated its options", "took up the option"), or
// -1: a buyer's option taken up binds it as an order does.
func (s *sent) optionExercised(i int) int {
	toks := s.d.toks
	j := i - 1
	for j > s.lo && (s.is(j, fDeterminer) || toks[j].Norm == "first" || toks[j].Norm == "second" || toks[j].Norm == "further" || toks[j].Norm == "remaining") {
		j--
	}
	if j < s.lo {
		return -1
	}
	switch toks[j].Norm {
	case "exercised", "exercises", "exercising", "exercise", "activated", "activates", "activating", "triggered":
		return j
	case "up":
		if j > s.lo {
			switch toks[j-1].Norm {
			case "took", "take", "takes", "taken", "taking":
				return j - 1
			}
		}
	}
	return -1
}

// deliveryWord reports whether t tells of goods reaching their recipient,
// not of a purchase: "receive", "arrive", "deliver", a batch.
func deliveryWord(t trigger) bool {
	switch t.lemma {
	case "deliver", "delivery", "deliveries", "batch", "batches", "shipment", "shipments", "consignment", "hand", "handover", "ship":
		return true
	}
	return t.class == classReceive && t.lemma != "import" || t.class == classArrive
}

// dealOn reports whether the noun of transfer at i is what a deal, contract
// or agreement right before it is for or on, past the deal's worth: "a
// contract for the supply of", "an agreement worth $1.6 billion on the
// delivery of".
func (s *sent) dealOn(i int) bool {
	toks := s.d.toks
	j := i - 1
	if j > s.lo && toks[j].Norm == "the" {
		j--
	}
	if j <= s.lo || toks[j].Norm != "for" && toks[j].Norm != "on" {
		return false
	}
	j--
	if q := s.sumEndingAt(j + 1); q != nil {
		j = q.Lo - 1 // "worth 1.6 billion US dollars"
		if j > s.lo && toks[j].Norm == "at" {
			j--
		}
		if j <= s.lo || toks[j].Norm != "worth" && toks[j].Norm != "valued" {
			return false
		}
		j--
	}
	if j < s.lo {
		return false
	}
	switch toks[j].Norm {
	case "deal", "deals", "contract", "contracts", "agreement", "agreements", "accord":
		return true
	}
	return false
}

// longAgoYears is how many years before the text was published a purchase
// must have been made to be taken as delivered: deliveries of arms follow a
// sale by a few years at most.
const longAgoYears = 10

// pastSaleYears is how long ago the sale or purchase at t must have been
// made to be taken as delivered: longAgoYears, but one year for a seller's
// "sold" in the simple past, which tells the sale as done ("China sold
// armoured vehicles to Mali in 2023"), as "bought" does the purchase.
func (s *sent) pastSaleYears(t *trigger) int {
	if s.d.toks[t.i].Norm == "sold" && !s.perfectBefore(t.i) && !(t.i > s.lo && s.is(t.i-1, fBe)) {
		return 1
	}
	return longAgoYears
}

// tradedYearsAgo reports whether a time expression of the clause of the
// verb of sale or purchase t, from a few words before it to a few after
// its goods, ends at least years before publication: "bought DF-3
// missiles from China in the late 1980s", "In 2009 Chile bought ...".
// A seller's "sold" with no time said at all is past as well: "Turkey sold
// Niger six drones" tells of goods gone, as "bought" does of goods had;
// only a sale dated this year ("sold 12 howitzers in 2024") may still bind
// only.
func (s *sent) tradedYearsAgo(t *trigger, g *group, years int) bool {
	pub := pubDate(s.d.opt.Published)
	if pub.isZero() {
		return false
	}
	toks := s.d.toks
	undated := years == 1 // a seller's "sold" (pastSaleYears): with no time said, past
	lo, hi := t.i, min(s.hi, max(t.i+1, g.hi)+8)
	for lo > s.lo && t.i-lo < 8 && toks[lo-1].Norm != ";" && toks[lo-1].Norm != "," {
		lo--
	}
	for j := t.i; j < hi; j++ {
		if toks[j].Norm == ";" || toks[j].Norm == "," && j > max(t.i, g.hi) {
			hi = j // the clause ends
		}
	}
	for _, f := range appendTimes(nil, toks, lo, hi, hi, pub) {
		undated = false
		e := f.e
		if e.isZero() {
			e = f.s
		}
		if !e.isZero() && e.year() <= pub.year()-years {
			return true
		}
	}
	return undated
}

// contractSigned reports whether the sentence tells of a contract, deal or
// agreement signed: "after the contract was signed", "has signed the
// largest export contract".
func (s *sent) contractSigned() bool {
	if s.d.tags.dealNoun >= s.hi {
		return false // no deal noun: see tagTriggers
	}
	toks := s.d.toks
	for k := range s.trigs {
		u := &s.trigs[k]
		if u.noun || u.lemma != "sign" {
			continue
		}
		switch toks[u.i].Norm {
		case "signed", "inked":
			if u.i > s.lo && (s.is(u.i-1, fModal) || stillToSign(toks[u.i-1].Norm)) {
				continue // "will be signed", "once the contract is signed": still to come
			}
			return true
		}
	}
	return false
}

// hedgedPast reports whether the modal at j is "may have" or "might have"
// before a participle that ends at the verb at v: a guess at what was done.
func (s *sent) hedgedPast(j, v int) bool {
	toks := s.d.toks
	w := toks[j].Norm
	return (w == "may" || w == "might") && j+2 <= v && toks[j+1].Norm == "have" && toks[j+2].Norm != "to"
}

// predicateExpects reports whether a noun of transfer that no verb governs,
// the subject of its clause, is said to begin or take place later: "The
// delivery of 24 Su-35 jets from Russia to Iran is expected to begin next
// year", "Shipments of the tanks will start in May". Its own words and the
// phrases on it come first; then the verb chain, whose main verb must say
// when the transfer happens, not what it does ("the delivery will help").
func (s *sent) predicateExpects(t *trigger, g *group) bool {
	toks := s.d.toks
	j := s.predicateStart(t, g)
	if j < 0 {
		return false
	}
	expected := false
	for ; j < s.hi && j-t.i <= 20; j++ {
		if end, c, ok := s.cueOf(j); ok && end > j {
			switch c {
			case cueExpected:
				expected = true
			case cueNegation:
				return false // "are not expected to begin until 2029": a delay
			}
			j = end - 1
			continue
		}
		w := toks[j].Norm
		switch w {
		case "expected", "scheduled", "planned", "due", "set", "slated", "anticipated":
			expected = true
			continue
		case "to":
			continue
		}
		if s.is(j, fBe|fAdverb) || isAux(w) {
			continue
		}
		// "are due to reach Polish units in 2026": arriving, as
		// "arrive" is.
		return expected && (aspectVerb(w) || whenWord(w) || w == "reach")
	}
	return false
}

// predicateStart returns the first word of the verb chain of the clause
// whose subject is the noun of transfer t, past its phrases ("The delivery
// of 24 jets from Russia to Iran | is expected to ..."), or -1.
func (s *sent) predicateStart(t *trigger, g *group) int {
	toks := s.d.toks
	if j := t.i + 1; j < s.hi && j < g.lo && (s.is(j, fBe) || isAux(toks[j].Norm)) {
		return j // "U.S. deliveries were expected next year, including MQ-9B drones"
	}
	for j := max(t.i, g.hi-1) + 1; j < s.hi && j-t.i <= 14; j++ {
		w := toks[j].Norm
		if w == "," || w == ";" || w == ":" || w == "(" || w == "." {
			return -1
		}
		if s.is(j, fBe) || isAux(w) {
			return j
		}
		if _, _, ok := s.cueOf(j); ok {
			return j
		}
		if _, ok := s.verbAt(j); ok && !s.nounUse(j) {
			return -1
		}
	}
	return -1
}

// predicateDelayed reports whether the clause of a noun of transfer says
// only that it will not happen before a time: "Deliveries of the jets are
// not expected to begin until 2029" reports a delay, which is no claim.
func (s *sent) predicateDelayed(t *trigger, g *group) bool {
	j := s.predicateStart(t, g)
	if j < 0 {
		return false
	}
	negated := false
	for k := j; k < s.hi && k-j <= 10; k++ {
		if _, c, ok := s.cueOf(k); ok && c == cueNegation {
			negated = true
		}
		if v, ok := s.verbAt(k); ok && v.Class == classDeny {
			return false // "did not stop until 2025": they went on until then
		}
		if s.d.toks[k].Norm == "until" || s.d.toks[k].Norm == "before" {
			return negated
		}
	}
	return false
}

// aspectVerb says that something begins, goes on or takes place, or (a
// participle after "be") is done.
func aspectVerb(w string) bool {
	switch w {
	case "begin", "start", "commence", "resume", "continue", "take", "happen", "occur", "arrive", "follow", "be", "finish", "end", "conclude", "complete",
		// after "be": "a contract ... is expected to be signed"
		"signed", "concluded", "finalised", "finalized", "completed", "made", "carried", "approved", "delivered":
		return true
	}
	return false
}

// whenWord opens a time after "is expected": "is expected in 2026", "by
// the end of the year", "next month".
func whenWord(w string) bool {
	switch w {
	case "in", "by", "next", "this", "later", "early", "soon", "within", "before", "after", "around":
		return true
	}
	return false
}

// abandonedBefore reports whether a verb that gives up a plan stands
// before the plan noun at j: "shelved a plan", "dropped its plans",
// "scrapped plans".
func (s *sent) abandonedBefore(j int) bool {
	toks := s.d.toks
	for j-1 > s.lo && j-1 >= s.lo && (s.is(j-1, fMateriel) || toks[j-1].Cap && toks[j-1].Kind == Word || yearToken(toks[j-1])) && s.actorAt(j-1) < 0 {
		j-- // "scrapped its €35 billion submarine deal": the goods the deal was for; "a 2018 order": its year
	}
	if a := s.actorAt(j - 1); j-1 > s.lo && a >= 0 && s.actors[a].ref.kind == kindDemonym {
		j = s.actors[a].lo // "refused to approve a British plan": whose plan it is
	}
	if j-1 > s.lo && plannedWord(toks[j-1].Norm) {
		j-- // "scrapped a planned purchase of 32 jets": the plan is what was dropped
	}
	k := s.pastDealValue(j) - 1
	if k > s.lo && s.is(k, fDeterminer) || k > s.lo && (toks[k].Norm == "its" || toks[k].Norm == "their") {
		k--
	}
	if k < s.lo {
		return false
	}
	switch toks[k].Norm {
	case "shelved", "shelve", "shelves", "dropped", "drop", "drops", "abandoned", "abandon", "abandons",
		"scrapped", "scrap", "scraps", "cancelled", "canceled", "cancel", "cancels", "axed", "ditched",
		"froze", "frozen", "freeze", "shelving", "dropping", "abandoning", "scrapping",
		"blocked", "vetoed", "rejected":
		return !s.cancelSupposed(k)
	case "approve", "allow", "authorise", "authorize", "permit", "back", "support":
		// "had refused to approve a British plan to sell 48 jets",
		// "declined to back a deal to buy": leave refused.
		return k-2 >= s.lo && toks[k-1].Norm == "to" && s.is(k-2, fRefuse)
	case "of":
		// "pulled out of a deal", "backed out of its plan"
		return k-2 >= s.lo && toks[k-1].Norm == "out" && (strings.HasPrefix(toks[k-2].Norm, "pull") || strings.HasPrefix(toks[k-2].Norm, "back"))
	case "from":
		// "withdrew from the contract", "walked away from a deal"
		if k-1 < s.lo {
			return false // "From the sale of arms ...", opening the text
		}
		w := toks[k-1].Norm
		return strings.HasPrefix(w, "withdr") || k-2 >= s.lo && w == "away" && (strings.HasPrefix(toks[k-2].Norm, "walk") || strings.HasPrefix(toks[k-2].Norm, "back")) // "backed away from a 2018 order"
	}
	return false
}

// cancelSupposed reports whether the verb of cancelling at k is only
// supposed or threatened: "would scrap", "could cancel", "might drop",
// "threatened to scrap". The deal it would call off still stands. ("Will
// cancel" tells a decision, as "cancelled" does.)
func (s *sent) cancelSupposed(k int) bool {
	toks := s.d.toks
	if k-1 < s.lo {
		return false
	}
	switch toks[k-1].Norm {
	case "would", "could", "might", "may":
		return true
	case "to":
		if k-2 >= s.lo {
			switch toks[k-2].Norm {
			case "threatened", "threatens", "threaten", "threatening":
				return true
			}
		}
	}
	return false
}

// nearDealBefore reports whether "close to" or "near" a deal stands before
// the word of sale or purchase at i: "was close to a $1.2 billion
// purchase", "is near a deal to buy", and in a headline, without its
// article, "nears deal for K2 tanks", "close to deal on Rafales".
func (s *sent) nearDealBefore(i int) bool {
	toks := s.d.toks
	for j := i - 1; j > s.lo && i-j <= 8; j-- {
		switch toks[j].Norm {
		case ",", ";", ":":
			return false
		case "near", "nearing", "nears", "neared":
			// "is near a deal", "nears a deal" (a headline's verb)
			return (s.is(j-1, fBe) || toks[j].Norm != "near") && dealStart(toks[j+1].Norm)
		case "to":
			if toks[j-1].Norm == "close" || toks[j-1].Norm == "closer" {
				return dealStart(toks[j+1].Norm) // not "close to the 64 billion euros allocated by the US": a comparison
			}
		}
	}
	return false
}

// dealStart reports whether w may open what a party is close to: "a
// deal", "an agreement", "signing", "finalising".
func dealStart(w string) bool {
	switch w {
	case "a", "an", "signing", "finalising", "finalizing", "agreeing", "sealing", "concluding", "buying", "selling",
		"deal", "agreement", "contract": // a headline drops the article
		return true
	}
	return false
}

// underTalksAfter reports whether the predicate after a deal's goods,
// which end at i, says it is still being talked over: "are under
// discussion", "is under negotiation", "remains under consideration".
func (s *sent) underTalksAfter(i int) bool {
	toks := s.d.toks
	for j := i; j+1 < s.hi && j < i+8; j++ {
		switch toks[j].Norm {
		case ",", ";", "and", "but", "which", "that":
			return false
		case "under":
			switch toks[j+1].Norm {
			case "discussion", "negotiation", "negotiations", "consideration", "review":
				return j > i && (s.is(j-1, fBe) || toks[j-1].Norm == "remain" || toks[j-1].Norm == "remains")
			}
			return false
		}
	}
	return false
}

// dealCallsFor reports whether the verb of giving at i is the infinitive
// of what a deal "calls for" or "provides for": "The contract calls for
// Italy to deliver 12 jets", "the agreement provides for Spain to supply
// two frigates". A deal's terms bind; they are no request.
func (s *sent) dealCallsFor(i int) bool {
	toks := s.d.toks
	j := i - 1
	if j-3 <= s.lo || toks[j].Norm != "to" {
		return false
	}
	a := s.actorAt(j - 1)
	if a < 0 || s.actors[a].hi != j {
		return false
	}
	j = s.actors[a].lo - 1
	if j-2 < s.lo || toks[j].Norm != "for" {
		return false
	}
	switch toks[j-1].Norm {
	case "calls", "called", "call", "calling", "provides", "provided", "provide", "providing":
	default:
		return false
	}
	for j -= 2; j > s.lo && (isAux(toks[j].Norm) || s.is(j, fAdverb)); j-- {
	}
	switch toks[j].Norm {
	case "contract", "deal", "agreement", "accord", "treaty", "order", "contracts", "deals", "agreements":
		return true
	}
	return false
}

// orderToGive returns the verb of winning whose order the verb of giving
// at i is the infinitive of: "won an order to supply", "received a
// contract, worth $1 billion, to deliver"; else -1. What is ordered is
// bound.
func (s *sent) orderToGive(i int) int {
	toks := s.d.toks
	j := i - 1
	if j <= s.lo || toks[j].Norm != "to" {
		return -1
	}
	j--
	if toks[j].Norm == "," {
		j-- // past the order's worth, set off by commas
		for j > s.lo && i-j <= 10 && toks[j].Norm != "," {
			j--
		}
		j--
	}
	if j < s.lo {
		return -1
	}
	switch toks[j].Norm {
	case "order", "orders", "contract", "contracts", "deal":
	default:
		return -1
	}
	for k := j - 1; k >= s.lo && j-k <= 3; k-- {
		switch toks[k].Norm {
		case "won", "wins", "win", "received", "receives", "receive", "secured", "secures", "secure", "landed", "land", "clinched", "clinch", "awarded":
			return k
		}
	}
	return -1
}

// winStillToCome reports whether the verb of winning at k is governed by a
// modal ("could win", "may secure") or by a verb of plan or wish before
// "to" ("hopes to win", "is expected to land"): the order is not yet had.
func (s *sent) winStillToCome(k int) bool {
	j := k - 1
	for j > s.lo && s.is(j, fAdverb) {
		j-- // "could also win", "may eventually secure"
	}
	if j < s.lo {
		return false
	}
	if s.is(j, fModal) {
		return true
	}
	if s.d.toks[j].Norm != "to" || j-1 < s.lo {
		return false
	}
	v, ok := s.verbAt(j - 1)
	return ok && (v.Class == classPlan || v.Class == classRequest)
}

// abandonedAfter reports whether the predicate after a deal's goods, which
// end at i, says the deal was given up: "The deal for Vietnam to buy 12
// Su-35 fighters from Russia fell through", "... was cancelled in 2019",
// "collapsed". It reads to the clause's end, at most eight words on.
func (s *sent) abandonedAfter(i int) bool {
	toks := s.d.toks
	for j := i; j < s.hi && j < i+8; j++ {
		switch toks[j].Norm {
		case ",", ";", ":", "and", "but", "which", "that":
			return false
		case "cancelled", "canceled", "scrapped", "collapsed", "shelved", "abandoned", "terminated", "axed", "frozen", "foundered", "failed", "fizzled":
			return true
		case "fell", "falls", "fallen":
			return j+1 < s.hi && toks[j+1].Norm == "through"
		case "called":
			return j+1 < s.hi && toks[j+1].Norm == "off"
		case "broke":
			return j+1 < s.hi && toks[j+1].Norm == "down"
		}
	}
	return false
}

// pastDealValue returns the first token of the value written before the
// noun of a deal at j ("a 285 million euro contract", "a $2bn deal"), or j
// when none stands there.
func (s *sent) pastDealValue(j int) int {
	if q := s.quantityEndingAt(j); q != nil && q.Currency != "" {
		return q.Lo
	}
	return j
}

// talksOnGerund reads talks about the gerund t as talksBefore reads them
// about a noun of sale: "held talks on buying the jets" (sought), "had
// dropped talks on buying the jets" (off).
func (s *sent) talksOnGerund(t *trigger) (talks, ended bool) {
	toks := s.d.toks
	j := t.i - 1
	if t.noun || j-2 < s.lo || !strings.HasSuffix(toks[t.i].Norm, "ing") {
		return false, false
	}
	switch toks[j].Norm {
	case "on", "over", "about":
		return s.talksBefore(t.i)
	}
	return false, false
}

// talksBefore reports whether the noun of sale at i is what talks are
// about ("held talks with Dassault over the purchase of 16 Rafales": a
// purchase negotiated), and whether the talks were ended or broken off
// ("ended its talks ... over the purchase": it is off).
func (s *sent) talksBefore(i int) (talks, ended bool) {
	toks := s.d.toks
	j := i - 1
	if j > s.lo && dealOrdinal(toks[j].Norm) {
		j-- // "talks on a second contract", "negotiations over a new deal"
	}
	if j > s.lo && s.is(j, fDeterminer) {
		j--
	}
	if j <= s.lo {
		return false, false
	}
	switch toks[j].Norm {
	case "over", "on", "about", "for":
	default:
		return false, false
	}
	for k := j - 1; k >= s.lo && j-k <= 6; k-- { // ("Talks on a contract ..." opens its sentence)
		if toks[k].Norm != "talks" && toks[k].Norm != "negotiations" {
			if toks[k].Kind == Punct {
				return false, false
			}
			continue
		}
		for v := k - 1; v >= s.lo && k-v <= 3; v-- {
			switch toks[v].Norm {
			case "ended", "ends", "end", "ending", "halted", "halts", "halt", "halting", "suspended", "suspends", "suspend", "suspending",
				"dropped", "drops", "drop", "dropping",
				"abandoned", "abandons", "abandon", "abandoning", "terminated", "froze", "frozen", "freezes", "freeze", "freezing":
				return true, true
			case "off":
				return true, v > s.lo && (toks[v-1].Norm == "broke" || toks[v-1].Norm == "broken" || toks[v-1].Norm == "called")
			}
		}
		return true, false
	}
	return false, false
}

// dealOrdinal reports whether w, before a noun of sale, says which of
// several deals it is: "a second contract", "a new deal".
func dealOrdinal(w string) bool {
	switch w {
	case "second", "third", "new", "further", "fresh", "possible", "follow-on":
		return true
	}
	return false
}

// soughtBefore reports whether a phrase of seeking governs the word at i:
// "press (push, lobby) for approval of its purchase of 50 F-35s", "is
// interested in buying more Gripens". It asks first whether the sentence
// holds one of its words (soughtWords) by their flag, fSought.
func (s *sent) soughtBefore(i int) bool {
	if !s.has(fSought) {
		return false // most sentences
	}
	return s.soughtBeforeRest(i)
}

// soughtBeforeRest is soughtBefore past its first test (see gates in words.go).
func (s *sent) soughtBeforeRest(i int) bool {
	toks := s.d.toks
	for j := i - 1; j-1 >= s.lo && i-j <= 6; j-- {
		switch toks[j].Norm {
		case ",", ";", ":", ".":
			return false
		case "for":
			if slices.Contains(seekingFor, toks[j-1].Norm) {
				return true
			}
		case "in":
			return slices.Contains(seekingIn, toks[j-1].Norm)
		case "to":
			// "Russia was also looking to acquire missiles from Iran",
			// "hopes to buy": sought, not yet agreed.
			if v, ok := s.verbAt(i); ok && (v.Class == classBuy || v.Class == classReceive) && (j+1 == i || j+2 == i && s.is(j+1, fAdverb)) {
				if slices.Contains(seekingTo, toks[j-1].Norm) {
					return true // ("is looking to send tanks" is a plan: see the chain)
				}
			}
		}
	}
	return false
}

// The words of seeking soughtBefore looks for before "for", "in" and "to".
// All of them, soughtWords, set the flag that gates it (fSought), so the
// rule reads its words only from these lists: one the flag lacked would
// fire only in sentences that happen to hold another.
var (
	seekingFor  = []string{"press", "presses", "pressed", "pressing", "push", "pushes", "pushed", "pushing", "lobby", "lobbies", "lobbied", "lobbying"}
	seekingIn   = []string{"interested", "interest"}
	seekingTo   = []string{"looking", "look", "looks", "hoping", "hope", "hopes", "hoped"}
	soughtWords = setOf(slices.Concat(seekingFor, seekingIn, seekingTo)...)
)

// refrainedFrom reports whether the gerund at i is what its subject holds
// back from doing: "has held off (on) sending jets", "refrained from
// supplying", "stopped short of sending", "decided against sending". The
// restraint is the subject's own, so the transfer is refused (for now),
// not done. ("Warned Beijing against supplying" is another's: see
// warnedAgainst.)
func (s *sent) refrainedFrom(i int) bool {
	toks := s.d.toks
	j := i - 1
	if j-1 < s.lo || !strings.HasSuffix(toks[i].Norm, "ing") {
		return false
	}
	prev := toks[j-1].Norm
	switch toks[j].Norm {
	case "off":
		return holdForm(prev) // "held off sending"
	case "on":
		return prev == "off" && j-2 >= s.lo && holdForm(toks[j-2].Norm) // "held off on sending"
	case "from":
		return prev == "refrained" || prev == "refrain" || prev == "refrains" || prev == "refraining" || prev == "abstained"
	case "of":
		return prev == "short" && j-2 >= s.lo && stopForm(toks[j-2].Norm) // "stopped short of sending"
	case "against":
		return decideForm(prev)
	case "at":
		return balkForm(prev) // "has balked at sending"
	case "to":
		// "remains opposed to sending", "objected to supplying"; not "is
		// not opposed to sending", which allows it.
		return opposeForm(prev) && (j-2 < s.lo || !negWord(toks[j-2].Norm))
	}
	return false
}

// balkForm and opposeForm are the forms of "balk" and of "oppose" or
// "object" that refrainedFrom reads before "at" or "to" and a gerund.
func balkForm(w string) bool {
	switch w {
	case "balked", "balk", "balks", "balking", "baulked", "baulk", "baulks", "baulking":
		return true
	}
	return false
}

func opposeForm(w string) bool {
	switch w {
	case "opposed", "objected", "object", "objects", "objecting":
		return true
	}
	return false
}

func negWord(w string) bool {
	return w == "not" || w == "n't" || w == "never"
}

// holdForm, stopForm and decideForm are the forms of "hold", "stop" and
// "decide" (or "opt") that refrainedFrom reads before a gerund.
func holdForm(w string) bool {
	return w == "held" || w == "hold" || w == "holds" || w == "holding"
}

func stopForm(w string) bool {
	return w == "stopped" || w == "stop" || w == "stops" || w == "stopping"
}

func decideForm(w string) bool {
	switch w {
	case "decided", "decide", "decides", "deciding", "opted", "opt", "opts", "opting":
		return true
	}
	return false
}

// heldBack reports whether "held back" (or "holding back", "hold back")
// stands before the noun of transfer at i, past its determiners and count.
// "held up" withholds too where a pause or a party holds the goods up
// ("Washington held up a shipment of bombs"); "production problems held up
// deliveries" only delays them.
func (s *sent) heldBack(i int) bool {
	toks := s.d.toks
	for j := i - 1; j-1 >= s.lo && i-j <= 4; j-- {
		if toks[j].Norm == "back" || toks[j].Norm == "up" && (s.pauseBefore(j-1) || s.holderBefore(j-1)) { // "the pause held up shipments"
			switch toks[j-1].Norm {
			case "held", "hold", "holds", "holding":
				return true
			}
			return false
		}
		if !s.is(j, fDeterminer) && !s.inQty[j-s.lo] {
			return false
		}
	}
	return false
}

// heldBackAfter reports whether a relative clause right after goods that
// end at j says a state held them back: "a shipment of bombs that Biden
// had held back", "the jets which Washington has held back since May".
// The goods are withheld; the clause names no other flow, so the
// sentence's other claims stand.
func (s *sent) heldBackAfter(j int) bool {
	if !s.has(fDelay) || j+3 >= s.hi {
		return false
	}
	toks := s.d.toks
	for j+3 < s.hi && (toks[j].Norm == "to" || toks[j].Norm == "from") && s.actorAt(j+1) >= 0 {
		j = s.actors[s.actorAt(j+1)].hi // "bombs to Israel that Biden had held back": past the goods' parties
	}
	if w := toks[j].Norm; w != "that" && w != "which" {
		return false
	}
	for k := j + 2; k+1 < s.hi && k-j <= 8; k++ {
		if w := toks[k].Norm; w == "," || w == ";" || w == "that" || w == "which" {
			return false
		}
		if holdForm(toks[k].Norm) && toks[k+1].Norm == "back" {
			return s.holderBefore(k)
		}
	}
	return false
}

// holderBefore reports whether the subject of the verb at k, right before it
// past its auxiliaries, is a state or a body of one: "Washington", "the
// administration had", "the Biden administration".
func (s *sent) holderBefore(k int) bool {
	j := k - 1
	for j > s.lo && isAux(s.d.toks[j].Norm) {
		j--
	}
	return j >= s.lo && (s.actorAt(j) >= 0 || s.is(j, fGovernment))
}

const (
	noBan = iota
	banned
	banLifted
)

// banBefore reads a ban on the transfer word at i: "a ban on delivering",
// "an embargo on exports", "a halt to deliveries", "the suspension of
// sales", "a pause in shipments", "banned exports", "restricted arms
// sales" (banned), or the ban
// lifted: "lifted a ban on delivering", "ended its embargo on arms sales".
func (s *sent) banBefore(i int) int {
	toks := s.d.toks
	j := i - 1
	if j < s.lo {
		return noBan
	}
	k := j
	for n := 0; n < 2 && k > s.lo && lex.sets[toks[k].word]&setBanPrep == 0 && (s.is(k, fMateriel) || toks[k].Norm == "military"); n++ {
		k-- // "a freeze on arms exports"
	}
	if k > s.lo && lex.sets[toks[k].word]&setBanPrep != 0 {
		j = k - 1
		for j > s.lo && (s.is(j, fDeterminer) || toks[j].Norm == "own" || toks[j].Kind == Word && !toks[j].Cap && !s.is(j, fVerb|fStop) && lex.sets[toks[j].word]&setBanNoun == 0) && i-j <= 4 {
			j-- // "the arms embargo on", "a ban on", "their own curbs on"
		}
		if lex.sets[toks[j].word]&setBanNoun == 0 {
			return noBan
		}
		for k := j - 1; k >= s.lo && j-k <= 3; k-- {
			switch toks[k].Norm {
			case "lifted", "lifts", "lift", "lifting", "ended", "ends", "end", "scrapped", "eased", "removed":
				return banLifted
			}
		}
		return banned
	}
	for n := 0; n < 2 && j > s.lo && (s.is(j, fMateriel) || toks[j].Norm == "military"); n++ {
		j-- // "banned arms sales to Saudi Arabia"
	}
	for n := 0; n < 2 && j > s.lo && (toks[j].Norm == "all" || toks[j].Norm == "new" || toks[j].Norm == "further" || toks[j].Norm == "future"); n++ {
		j-- // "has barred new purchases from Israeli firms", "banned all future sales"
	}
	switch toks[j].Norm {
	case "banned", "bans", "banning", "ban", "embargoed", "barred", "bars", "barring",
		"restricted", "restricts", "restricting", "restrict", "curbed", "curbs", "curbing", "curb":
		return banned // "has restricted arms sales to Argentina since 1982": a bar put on them, as a ban is
	}
	return noBan
}

// banNouns name a stop put to transfers, and banPreps join them to the
// transfer: "a ban on", "a halt to", "the suspension of", "a pause in".
// They are wordSets (setBanNoun, setBanPrep): banBefore asks of the words
// before every transfer word, where a map's hash of each cost more than
// the rest of its tests.
var (
	banNouns = []string{"ban", "bans", "embargo", "embargoes", "moratorium", "freeze", "halt", "suspension", "pause", "cessation", "stoppage",
		"restrictions", "curbs"}
	banPreps = []string{"on", "to", "of", "in"}
)

// governors are what the words that govern a frame say of its status:
// modals and cues, verbs of the chain, the verb or noun an infinitive
// depends on.
// negated is a negation's ("has not sent"), apart from denied (a verb of
// denial's), since "not ... until" tells of a transfer made late.
type governors struct{ expected, committed, requested, denied, negated, stopped, ruledOut, planned bool }

// countryWord reports whether token j is "country" or "nation" after "the"
// or a possessive pronoun: a subject that stands for a state.
func (s *sent) countryWord(j int) bool {
	toks := s.d.toks
	if j <= s.lo || toks[j].Norm != "country" && toks[j].Norm != "nation" {
		return false
	}
	switch toks[j-1].Norm {
	case "the", "his", "her", "its", "their":
		return true
	}
	return false
}

// subjectActor returns the actor that ends the subject at j: the actor
// at j itself, or the state whose demonym stands before the body noun at
// j ("Chinese firms", "the Chinese government", "South Korean defence
// companies"), which is how a state's firms or officials are named as the
// subject of a clause a denial governs ("denied that Chinese firms had
// sold drones"). Else -1.
func (s *sent) subjectActor(j int) int {
	if a := s.actorAt(j); a >= 0 {
		return a
	}
	k := j
	for n := 0; n < 2 && k > s.lo && s.is(k, fGovernment); n++ {
		k--
		if a := s.actorAt(k); a >= 0 && s.actors[a].demonym && s.actors[a].hi == k+1 {
			return a
		}
	}
	return -1
}

// demandWord reports whether w, before a verb, makes it a demand or a
// wish, not a deed: "should stop", "must stop", "urged it to stop".
func demandWord(w string) bool {
	return w == "should" || w == "must" || w == "to"
}

// stopVerb reports whether a verb of denial stops what goes on: "stopped
// supplying", "halted deliveries". Negated, it says the transfer goes on.
func stopVerb(lemma string) bool {
	switch lemma {
	case "stop", "cease", "halt", "suspend", "pause", "block", "refuse", "veto", "rule":
		return true
	}
	return false
}

// note records what a governing verb or noun of class c says.
func (g *governors) note(c verbClass) {
	switch c {
	case classCommit:
		g.committed = true
	case classRequest:
		g.requested = true
	case classDeny:
		g.denied = true
	case classPlan:
		g.expected = true
	}
}

// planOnly reports whether a verb of plan, before an infinitive, tells an
// intent that no contract signed beside it binds: "plans to buy", "intends
// to acquire", "is considering buying". ("Is expected to buy" after a
// contract signed tells the deal.)
func planOnly(lemma string) bool {
	switch lemma {
	case "plan", "intend", "aim", "hope", "consider", "weigh", "mull", "explore", "contemplate":
		return true
	}
	return false
}

// infinitiveGovernor finds the verb or noun of request, promise, plan or
// refusal that governs an infinitive whose subject ends at token j.
func (s *sent) infinitiveGovernor(j int) verbClass {
	c, _ := s.infinitiveGovernorAt(j)
	return c
}

// infinitiveGovernorAt is infinitiveGovernor with the governor's token.
func (s *sent) infinitiveGovernorAt(j int) (verbClass, int) {
	toks := s.d.toks
	for k := j; k >= s.lo && j-k <= 20; k-- {
		w := toks[k].Norm
		if w == "." || w == ";" || w == ":" {
			break
		}
		if (w == "voted" || w == "votes") && (k == j || k == j-1 && (s.is(j, fAdverb) || strings.HasSuffix(toks[j].Norm, "ly"))) {
			// "Congress voted to approve the sale", "the Bundestag votes
			// to send": a vote taken decides; one still to come is told
			// by the modal before it.
			return classCommit, k
		}
		if s.planAdopted(k) {
			return classCommit, k // "agreed a three-track plan to deliver one million rounds": a plan agreed binds
		}
		if v, ok := s.verbAt(k); ok && !(v.Class == classDeny && s.nounUse(k)) { // "relaxed its rules to allow": the noun, no refusal
			switch v.Class {
			case classRequest, classCommit, classPlan, classDeny:
				if v.Lemma == "allow" && k-1 > s.lo && toks[k-1].Norm == "to" {
					// "called on Germany to allow his country to export": what
					// is asked for is leave, not the goods; the one who asks
					// means to send them.
					if c := s.infinitiveGovernor(k - 2); c == classRequest {
						return classPlan, k
					} else if c != noVerb {
						return c, k
					}
				}
				return v.Class, k
			case classSpeech:
				return noVerb, -1
			}
		}
		if c, ok := s.nounAt(k); ok && (c == classCommit || c == classRequest) {
			if c == classRequest && s.requestRefused(k) {
				return classDeny, k // "has resisted pressure to send Patriot systems": refused
			}
			return c, k
		}
		if c, ok := s.nounAt(k); ok && c == classSell {
			return classCommit, k // "received a contract to supply 24 F-16s": a sale bound
		}
		if planNoun(w) {
			return classPlan, k
		}
	}
	return noVerb, -1
}

// plannedFor reports whether the noun of transfer at i is what an adopted
// plan is for: "had finalised plans for the purchase of the jets".
func (s *sent) plannedFor(i int) bool {
	toks := s.d.toks
	k := i - 1
	if k > s.lo && s.is(k, fDeterminer) {
		k--
	}
	return k-1 > s.lo && toks[k].Norm == "for" && s.planAdopted(k-1)
}

// planAdopted reports whether the noun of planning at k ("plan",
// "plans") is the object of a verb that agrees or adopts it, a few
// modifiers before: "agreed a plan to", "approved the government's plans
// to", "adopted a three-track plan to". A plan agreed is a promise, as
// "agreed to deliver" is; one unveiled or drawn up is only meant.
func (s *sent) planAdopted(k int) bool {
	toks := s.d.toks
	if w := toks[k].Norm; w != "plan" && w != "plans" {
		return false
	}
	for j := k - 1; j >= s.lo && k-j <= 5; j-- {
		switch toks[j].Norm {
		case "agreed", "approved", "adopted", "endorsed", "ratified", "finalised", "finalized":
			return j == s.lo || !s.is(j-1, fBe) // not "a plan was approved" read backwards, nor "is agreed"
		case "to":
			if j-1 >= s.lo && toks[j-1].Norm == "agreed" {
				continue // "agreed to a plan to"
			}
			return false
		case ",", ";", ":", ".", "no":
			return false
		}
		if s.is(j, fVerb) && toks[j-1].Norm != "-" {
			return false // (a verb in a compound modifies: "three-track plan")
		}
	}
	return false
}

// demandedThat reports whether the verb at i, in its base form, is that
// of a clause after "that" that a verb of asking governs: "demanded again
// that Chancellor Olaf Scholz send Taurus missiles", "urged that Spain
// supply tanks". The bare form is the subjunctive of what is asked for.
func (s *sent) demandedThat(i int) bool {
	toks := s.d.toks
	for k := i - 1; k > s.lo && i-k <= 8; k-- {
		w := toks[k].Norm
		if w == "," || w == ";" || s.is(k, fBe|fModal) || isAux(w) {
			return false
		}
		if w != "that" {
			continue
		}
		if k == i-1 {
			return false // "that" right before the verb: a relative clause's
		}
		j := k - 1
		if j > s.lo && s.is(j, fAdverb) {
			j-- // "demanded again that"
		}
		if v, ok := s.verbAt(j); ok && v.Class == classRequest {
			return true
		}
		switch toks[j].Norm {
		case "insisted", "insists", "insist", "demanding", "proposed", "proposes", "recommended", "recommends":
			return true
		}
		return false
	}
	return false
}

// requestRefused reports whether a verb of refusal governs the noun of
// request at k, past a determiner or a modifier or two: "resisted
// pressure", "rejected the requests", "rebuffed repeated appeals".
func (s *sent) requestRefused(k int) bool {
	toks := s.d.toks
	for j := k - 1; j >= s.lo && k-j <= 3; j-- {
		if v, ok := s.verbAt(j); ok {
			return v.Class == classDeny && !stopVerb(v.Lemma)
		}
		if toks[j].Kind != Word || s.actorAt(j) >= 0 {
			return false // "pressure from Washington to send", "Kyiv's pleas": no refusal of them here
		}
	}
	return false
}

// futureBefore reports whether a cue of the future ends right before the
// verb at k: "will allocate", "is set to approve".
func (s *sent) futureBefore(k int) bool {
	if k < 0 || !s.is(k, fVerb) {
		return false // a noun ("a contract to supply") has no verb chain of its own here
	}
	for m := k - 1; m >= s.lo && k-m <= 3; m-- {
		if end, c, ok := s.cueOf(m); ok && c == cueExpected && end == k {
			return true
		}
	}
	return false
}

// planNoun reports whether w names an intention: "the goal is for X to
// provide". (A switch: it is asked of each word before an infinitive.)
func planNoun(w string) bool {
	switch w {
	case "goal", "aim", "plan", "plans", "intention", "target", "objective", "bid", "hope":
		return true
	}
	return false
}

// inProcessOf reports whether the gerund at i follows "in the process of":
// an act under way, not yet done.
func (s *sent) inProcessOf(i int) bool {
	toks := s.d.toks
	return i-4 >= s.lo && toks[i-1].Norm == "of" && toks[i-2].Norm == "process" && toks[i-3].Norm == "the" && toks[i-4].Norm == "in"
}

// stoppedAfter reports whether the predicate right after the goods ending
// at i, past the route they take, says the flow their noun tells has
// stopped, intransitive: "deliveries of finished drones from Iran had
// largely stopped", "shipments to Russia have ceased".
func (s *sent) stoppedAfter(i int) bool {
	toks := s.d.toks
	for i < s.hi && (toks[i].Norm == "from" || toks[i].Norm == "to") && i+1 < s.hi && s.actorAt(i+1) >= 0 {
		i = s.actors[s.actorAt(i+1)].hi // "from Iran to Russia"
	}
	for i < s.hi && (s.is(i, fBe|fAdverb) || isAux(toks[i].Norm) || strings.HasSuffix(toks[i].Norm, "ly")) {
		i++
	}
	if i >= s.hi {
		return false
	}
	switch toks[i].Norm {
	case "stopped", "ceased", "halted", "paused", "ended", "dried":
		return i+2 >= s.hi || toks[i+1].Norm != "by" || s.actorAt(i+2) < 0 // ("were halted by Germany" is read as the passive it is)
	}
	return false
}

// cancelledAfter reports whether the predicate after the noun of a deal,
// past an aside, says it was undone or stopped: "was dropped", "was
// cancelled", "has been scrapped", "was blocked by Congress", "was vetoed",
// "collapsed", "fell through".
func (s *sent) cancelledAfter(i int) bool {
	st, _ := s.fateAfter(i)
	return st == armsledger.Denied
}

// fateAfter reads the predicate after a deal or a try, past an aside: it
// was undone or stopped (denied), or it was approved (committed).
func (s *sent) fateAfter(i int) (armsledger.Status, bool) {
	toks := s.d.toks
	for j := i; j < s.hi && j-i <= 12; j++ {
		w := toks[j].Norm
		switch w {
		case ";", ".", ":":
			return "", false
		case "collapsed", "foundered":
			return armsledger.Denied, true
		case "broke":
			if j+1 < s.hi && toks[j+1].Norm == "down" {
				return armsledger.Denied, true // "talks broke down"
			}
			return "", false
		case "fell":
			if j+1 < s.hi && toks[j+1].Norm == "through" {
				return armsledger.Denied, true
			}
			return "", false
		case "approved", "endorsed", "cleared", "authorised", "authorized", "ratified":
			if j > i && toks[j-1].Norm == "," {
				return armsledger.Committed, true // "the proposed sale of 24 jets, approved by the State Department,"
			}
		case "which":
			// "an agreement for 16 helicopters from Russia, which the
			// government cancelled in 2022": undone by its own subject.
			if j > i && toks[j-1].Norm == "," && s.undoneBy(j+1) {
				return armsledger.Denied, true
			}
			if j > i && toks[j-1].Norm == "," && j+1 < s.hi && s.is(j+1, fBe) {
				continue // "a plan to buy 126 jets, which was abandoned": the passive after it, read below
			}
			return "", false
		}
		if !s.is(j, fBe) {
			continue
		}
		if j > i && s.is(j-1, fModal) {
			return "", false // "would be approved": a fate still open
		}
		k := j + 1
		for k < s.hi && (s.is(k, fBe|fAdverb) || isAux(toks[k].Norm)) {
			k++
		}
		if k >= s.hi {
			return "", false
		}
		switch toks[k].Norm {
		case "dropped", "cancelled", "canceled", "scrapped", "abandoned", "shelved", "terminated", "annulled", "rescinded",
			"blocked", "vetoed", "rejected", "halted", "frozen", "suspended", "stopped", "barred", "thwarted", "torpedoed", "paused":
			return armsledger.Denied, true
		case "called":
			if k+1 < s.hi && toks[k+1].Norm == "off" {
				return armsledger.Denied, true
			}
		case "turned":
			if k+1 < s.hi && toks[k+1].Norm == "down" {
				return armsledger.Denied, true // "a Chinese offer of JF-17s was turned down"
			}
		case "declined", "refused", "rebuffed", "spurned":
			return armsledger.Denied, true
		case "approved", "endorsed", "cleared", "authorised", "authorized", "greenlighted", "greenlit", "ratified":
			return armsledger.Committed, true
		}
		return "", false
	}
	return "", false
}

// deliveredAfter reports whether a relative clause right after the goods
// ending at token i says they were handed over: ", which were delivered",
// ", which have since been shipped". A modal before the verb ("which will
// be delivered") tells of a delivery to come.
func (s *sent) deliveredAfter(i int) bool {
	toks := s.d.toks
	if i+3 >= s.hi || toks[i].Norm != "," || toks[i+1].Norm != "which" && toks[i+1].Norm != "that" {
		return false
	}
	k := i + 2
	be := false
	for ; k < s.hi && k-i <= 6; k++ {
		if s.is(k, fModal) {
			return false
		}
		if s.is(k, fBe) || isAux(toks[k].Norm) {
			be = be || s.is(k, fBe)
			continue
		}
		if !s.is(k, fAdverb) {
			break
		}
	}
	if !be || k >= s.hi || !s.participle(k) {
		return false
	}
	v, ok := s.verbAt(k)
	return ok && v.Class == classGive
}

// undoneBy reports whether the relative clause that starts at j, after
// "which", has an active verb of undoing after its short subject: "the
// government cancelled", "Manila later scrapped".
func (s *sent) undoneBy(j int) bool {
	toks := s.d.toks
	for k := j; k < s.hi && k-j <= 4; k++ {
		switch toks[k].Norm {
		case "cancelled", "canceled", "scrapped", "dropped", "abandoned", "shelved", "terminated", "annulled", "rescinded",
			"axed", "ditched", "froze", "suspended", "halted", "blocked", "vetoed":
			return k > j // a subject stands first ("which was cancelled" is the passive's, read above)
		case ",", ";", ".", ":":
			return false
		}
		if s.is(k, fVerb|fBe) && s.actorAt(k) < 0 && !s.is(k, fAdverb) {
			if _, ok := s.verbAt(k); ok || s.is(k, fBe) {
				return false // another verb: "which Russia supplied"
			}
		}
	}
	return false
}

// cancelledBefore reports whether the infinitive t is what a deal undone
// was for: "cancelled a contract to buy Israeli-made missiles", "scrapped
// the deal to supply". (Talks ended on a gerund, "had dropped talks on
// buying the jets", undo it too: see talksOnGerund, which status asks.)
func (s *sent) cancelledBefore(t *trigger) bool {
	toks := s.d.toks
	j := t.i - 1
	if t.noun || j-2 < s.lo || toks[j].Norm != "to" {
		return false
	}
	j--
	if st := s.timeAside(j); st > s.lo+1 {
		j = st - 1 // "cancelled a contract last year to buy": the time is the cancelling's
	} else if j-2 >= s.lo && yearToken(toks[j]) && toks[j-1].Norm == "in" {
		j -= 2 // "scrapped a deal in 2023 to buy"
	}
	switch toks[j].Norm {
	case "contract", "contracts", "deal", "deals", "agreement", "agreements", "order", "orders", "plan", "plans":
	case "talks", "negotiations":
		// "will suspend talks to acquire F-35 jets": the purchase sought
		// is off.
	default:
		return false
	}
	j = s.pastDealValue(j) // "cancelled a 285 million euro contract to buy Spike missiles"
	for k := j - 1; k >= s.lo && j-k <= 4; k-- {
		switch toks[k].Norm {
		case "cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "scrap", "scraps", "scrapped",
			"annul", "annulled", "terminate", "terminated", "rescind", "rescinded", "revoke", "revoked", "revoking",
			"suspend", "suspends", "suspended", "suspending", "freeze", "freezes", "froze", "frozen", "halt", "halts", "halted":
			return true
		}
	}
	return false
}

// putOnHold reports whether the transfer word at i is what is put on hold:
// "put the transfer of Gripen jets on hold", "put on hold the delivery".
//
// It is asked of nearly every frame, and "hold" is a rare word and a verb
// of the lexicons (see TestFlagShortcuts): in the many texts that hold
// none, there is nothing to look for; in the others the loop passes from
// one rare word to the next over the words' flags rather than comparing
// every token's norm.
func (s *sent) putOnHold(i int) bool {
	if !s.has(fRare) {
		return false
	}
	return s.putOnHoldRest(i)
}

// putOnHoldRest is putOnHold past its first test (see gates in words.go).
func (s *sent) putOnHoldRest(i int) bool {
	toks := s.d.toks
	for _, k := range s.rareFrom(s.lo + 2) {
		if toks[k].Norm != "hold" || !s.is(k, fVerb) || toks[k-1].Norm != "on" {
			continue
		}
		for j := k - 2; j >= s.lo && k-j <= 14; j-- {
			switch toks[j].Norm {
			case "put", "puts", "putting", "placed", "place", "places", "placing", "kept", "keep", "keeps":
				return j < i && i < k || j == k-2 && i > k && i-k <= 4 || s.heldSubject(i, j)
			}
		}
	}
	return false
}

// heldSubject reports whether the noun of transfer at i is the subject of
// the passive "put (placed) on hold" whose verb is at j: "a decision on
// Gripen jets, which Kyiv has requested since 2023, had been put on hold".
func (s *sent) heldSubject(i, j int) bool {
	if i >= j || j-i > 20 || !s.is(j-1, fBe) {
		return false
	}
	_, noun := s.nounAt(i)
	return noun
}

// seizedBetween reports whether a noun of seizing stands between tokens
// lo and hi: what governs the seizure does not govern the shipment seized.
func (s *sent) seizedBetween(lo, hi int) bool {
	for j := lo + 1; j < hi; j++ {
		switch s.d.toks[j].Norm {
		case "seizure", "seizures", "interception", "interceptions", "capture", "confiscation", "discovery", "interdiction":
			return true
		}
	}
	return false
}

// possibilityNoun reports whether w names a possibility that the verb of
// a chain may rule in or out: "the possibility of providing weapons".
func possibilityNoun(w string) bool {
	switch w {
	case "possibility", "option", "idea", "prospect", "likelihood":
		return true
	}
	return false
}

// stillToSign reports whether w before "signed" leaves the signing to
// come.
func stillToSign(w string) bool {
	switch w {
	case "be", "is", "are", "being", "to", "been":
		return true
	}
	return false
}

// attemptNoun reports whether w names a try whose infinitive a predicate
// after may say failed: "attempts to buy fighters were vetoed".
func attemptNoun(w string) bool {
	switch w {
	case "attempt", "attempts", "bid", "bids", "effort", "efforts", "plan", "plans", "proposal", "proposals", "offer", "offers", "request", "requests":
		return true
	}
	return false
}

// tryNoun reports whether w names a try at a thing: "attempts", "a bid",
// "efforts". Its buyer seeks the goods.
func tryNoun(w string) bool {
	switch w {
	case "attempt", "attempts", "bid", "bids", "effort", "efforts":
		return true
	}
	return false
}

// hopedBefore reports whether "looking to" or "hoping to" comes right
// before the verb at i: what a state looks to give is meant, not given.
func (s *sent) hopedBefore(i int) bool {
	toks := s.d.toks
	j := i - 1
	if j-1 < s.lo || toks[j].Norm != "to" {
		return false
	}
	switch toks[j-1].Norm {
	case "looking", "look", "looks", "hoping", "hope", "hopes":
		return true
	}
	return false
}

// negatedClause reports whether a negation stands between the verb at i and
// its subject: "China has not been recorded as transferring", "Seoul has
// never supplied".
func (s *sent) negatedClause(i int) bool {
	if s.lacksCue(cueNegation) {
		return false // most sentences: no negation
	}
	return s.negatedClauseRest(i)
}

// negatedClauseRest is negatedClause past its first test (see gates in words.go):
// the sentence may hold a negation, so cueWithin's own gate is passed.
func (s *sent) negatedClauseRest(i int) bool {
	toks := s.d.toks
	lo := max(s.lo, i-10)
	if !s.cueWithinRest(cueNegation, lo, i, s.hi) {
		return false // most clauses: no negation in the ten words before
	}
	// The clause: back from i over at most ten words, to a comma, "but",
	// or the subject.
	for j := i - 1; j >= lo; j-- {
		w := toks[j].Norm
		if w == "," || w == ";" || w == "but" || s.is(j, fSubjectPronoun) || s.actorAt(j) >= 0 && !s.actors[s.actorAt(j)].speaker ||
			w == "when" || w == "where" || w == "how" || w == "whether" || w == "why" { // "would not say when the last aircraft arrived"
			lo = j + 1
			break
		}
		if opposeWord(w) {
			return false // "Israel does not object to the sale": the negation is the objection's
		}
	}
	for _, m := range s.readCues() {
		if j := int(m.at); j >= lo && j < i && m.c == cueNegation && !(j+1 < s.hi && (toks[j+1].Norm == "only" || toks[j+1].Norm == "before")) {
			return true
		}
	}
	return false
}

// untilAfter reports whether "until" or "till" stands in the few words
// after token i.
func (s *sent) untilAfter(i int) bool {
	for j := i; j < s.hi && j <= i+6; j++ {
		if w := s.d.toks[j].Norm; w == "until" || w == "till" {
			return true
		}
	}
	return false
}

// beforeTimeAfter reports whether the verb at v is in the future and
// "before" and a time stand in the few words after token i: a negation
// with them ("will not arrive before 2027") puts the transfer off, as
// "until" does, and does not refuse it. In the past ("had not sent tanks
// before 2023") it may tell only what had not yet happened.
func (s *sent) beforeTimeAfter(v, i int) bool {
	toks := s.d.toks
	future := false
	for j := max(s.lo, v-4); j < v; j++ {
		switch toks[j].Norm {
		case "will", "would", "wo", "shall", "'ll", "can", "ca", "cannot":
			// ("no further jets can be delivered before 2030": what can
			// be done is yet to be done, as what will be.)
			future = true
		}
	}
	if !future {
		return false
	}
	for j := i; j+1 < s.hi && j <= i+6; j++ {
		if toks[j].Norm == "before" && timeWordAt(toks, j+1, s.hi) {
			return true
		}
	}
	return false
}

// timeWordAt reports whether a time begins at toks[k] ("2027", "next
// summer", "the end of the year", "May").
func timeWordAt(toks []Token, k, hi int) bool {
	if k+1 < hi && toks[k].Norm == "the" {
		k++
	}
	if k >= hi {
		return false
	}
	switch w := toks[k].Norm; w {
	case "next", "late", "early", "mid", "end", "spring", "summer", "autumn", "fall", "winter":
		return true
	default:
		return yearToken(toks[k]) || monthWord(w)
	}
}

// yetAfter reports whether "yet" closes the negation of the verb at i:
// right after the negation ("not yet delivered") or in the few words past
// the verb's last token at hi ("has not been handed over yet", "have not
// arrived yet"). A "yet" after a comma joins clauses ("..., yet Berlin has
// not sent"), and one after "and" or "but" starts a new one.
func (s *sent) yetAfter(i, hi int) bool {
	toks := s.d.toks
	for j := i - 1; j > s.lo && i-j <= 3; j-- {
		if toks[j].Norm == "yet" && (toks[j-1].Norm == "not" || toks[j-1].Norm == "n't") {
			return true // "has not yet been delivered"
		}
	}
	for j := max(i, hi) + 1; j < s.hi && j <= max(i, hi)+4; j++ {
		switch toks[j].Norm {
		case ",", ";", ":", ".", "and", "but", "or":
			return false
		case "yet":
			return true
		}
	}
	return false
}

// preparedAfter reports whether the predicate after token i says the
// subject is being made ready: "was being readied", "is being prepared",
// "were being loaded".
func (s *sent) preparedAfter(i int) bool {
	toks := s.d.toks
	if i >= s.hi || !s.is(i, fBe) {
		return false
	}
	j := i + 1
	if j < s.hi && toks[j].Norm == "being" {
		j++
	}
	if j >= s.hi {
		return false
	}
	switch toks[j].Norm {
	case "readied", "prepared", "loaded", "packed", "assembled":
		return true
	}
	return false
}

// channelBefore returns the token of "through" or "via" when the actor
// ending at j is the channel such a preposition names ("go through the
// European Peace Facility"), or -1.
func (s *sent) channelBefore(j int) int {
	a := s.actorAt(j)
	if a < 0 {
		return -1
	}
	k := s.actors[a].lo - 1
	if k > s.lo && s.d.toks[k].Norm == "the" {
		k--
	}
	if k > s.lo && (s.d.toks[k].Norm == "through" || s.d.toks[k].Norm == "via") {
		return k
	}
	return -1
}

// noneMoved reports whether "no" determines what the frame moves: "it had
// received no new shipments", "has sent no troops". (Not "no fewer than".)
// It asks first whether the sentence holds one of its words (noneWords) by
// their flag, fNo.
func (s *sent) noneMoved(t *trigger, g *group) bool {
	if !s.has(fNo) {
		return false // none of the words the tests below look for: most sentences
	}
	return s.noneMovedRest(t, g)
}

// noneMovedRest is noneMoved past its first test (see gates in words.go).
func (s *sent) noneMovedRest(t *trigger, g *group) bool {
	if t.noun && s.noBefore(t.i) {
		return true
	}
	start := g.phrases[0].start()
	if g.phrases[0].pronominal && s.noneWord(start) == "none" {
		return true // "it has sent none since"
	}
	if j := s.sidesAt(g.hi); start > t.i && j >= 0 && s.noneWord(j-1) == "neither" {
		return true // "was supplying weapons to neither side"
	}
	// "sent no missiles"; "No missiles have been sent", "no shipments
	// arrived": the subject of a passive or of an arrival.
	return (start > t.i || t.passive || t.class == classArrive) && s.noBefore(start)
}

// noBefore reports whether the noun phrase starting at token i opens with
// "no", perhaps before a word such as "new" or "further"; or with "none
// of" and an article or possessive: "none of the missiles would go to
// Ukraine".
func (s *sent) noBefore(i int) bool {
	toks := s.d.toks
	switch toks[i].Norm {
	case "fewer", "less", "more", "longer", "later":
		return false // "no fewer than 20 tanks" counts them
	}
	j := i - 1
	if j > s.lo {
		switch toks[j].Norm {
		case "new", "further", "additional", "fresh", "other":
			j--
		}
	}
	if j-2 >= s.lo && toks[j-1].Norm == "of" && s.noneWord(j-2) == "none" {
		switch toks[j].Norm {
		case "the", "its", "their", "these", "those":
			return true
		}
	}
	return j >= s.lo && s.noneWord(j) == "no"
}

// noneWords are the words noneMoved looks for. They set the flag that
// gates it (fNo), so the rule reads its words only through noneWord, which
// knows no other: one the flag lacked would fire only in sentences that
// happen to hold another.
var noneWords = setOf("no", "none", "neither")

// noneWord returns token i's word if it is one of noneWords, or "".
func (s *sent) noneWord(i int) string {
	if w := s.d.toks[i].Norm; noneWords[w] {
		return w
	}
	return ""
}

// licensedBefore reports whether a licence or an approval governs the
// noun of transfer at i: "licences for arms exports", "approval for the
// sale".
func (s *sent) licensedBefore(i int) bool {
	toks := s.d.toks
	for j := i - 1; j > s.lo && i-j <= 4; j-- {
		if toks[j].Norm != "for" {
			continue
		}
		switch toks[j-1].Norm {
		case "licence", "licences", "license", "licenses", "permit", "permits", "approval", "approvals", "authorisation", "authorization":
			return true
		}
		return false
	}
	return false
}

// modalBefore reports whether a modal of the future governs the verb
// phrase that ends before the "and" at j, in the same clause: "will buy one
// NASAMS from the United States and ...".
func (s *sent) modalBefore(j int) bool {
	toks := s.d.toks
	for k := j - 1; k >= s.lo && j-k <= 25; k-- {
		switch w := toks[k].Norm; {
		case w == "will" || w == "would" || w == "could" || w == "may" && !s.monthMay(k) || w == "might" || w == "shall":
			return true // (not the month: "sent 12 howitzers in May and shipped another 6")
		case w == "," || w == ";" || w == ":" || w == "and" || w == "but" || w == "that":
			return false
		}
	}
	return false
}

// changedBefore reports whether a verb that changes the pace of a
// transfer governs the noun at i: "will increase (the) deliveries".
func (s *sent) changedBefore(i int) bool {
	toks := s.d.toks
	j := i - 1
	if j > s.lo && (toks[j].Norm == "the" || toks[j].Norm == "its" || toks[j].Norm == "their") {
		j--
	}
	if j > s.lo && toks[j].Norm == "out" {
		j-- // "would carry out deliveries"
	}
	return j >= s.lo && (changeVerb(toks[j].Norm) || lightVerb(toks[j].Norm))
}

// lightVerb reports whether w, before a noun of transfer, says only that
// the transfer is done, begun or called for: "carry out deliveries",
// "began shipments", "completed deliveries", "will require the
// assignment of 20 representatives" (whose tense is the transfer's).
func lightVerb(w string) bool {
	switch w {
	case "carry", "carries", "carried", "carrying", "make", "makes", "made", "making", "conduct", "conducts", "conducted",
		"complete", "completes", "completed", "begin", "begins", "began", "begun", "start", "starts", "started",
		"require", "requires", "involve", "involves", "entail", "entails":
		return true
	}
	return false
}

// changeVerb reports whether w changes the pace of a transfer named by the
// noun after it: "will increase deliveries", "resumed shipments".
func changeVerb(w string) bool {
	switch w {
	case "increase", "increases", "increased", "increasing", "boost", "boosts", "boosted", "boosting",
		"expand", "expands", "expanded", "expanding", "accelerate", "accelerates", "accelerated", "accelerating",
		"resume", "resumes", "resumed", "resuming", "double", "doubles", "doubled", "doubling":
		return true
	}
	return false
}

// perPeriod reports whether the words right after the goods of g give a
// rate: "$700 million a year", "annually", "per month", past a sum in
// another currency in brackets ("6 billion CFA francs ($10.8 million) a
// month").
func (s *sent) perPeriod(g *group) bool {
	toks := s.d.toks
	lo := s.skipParenthesis(g.hi)
	for j := lo; j < s.hi && j < lo+3; j++ {
		switch toks[j].Norm {
		case "annually", "monthly", "yearly", "weekly", "per", "each", "every":
			return true
		case "a", "an":
			if j+1 < s.hi {
				switch toks[j+1].Norm {
				case "year", "month", "week", "day":
					return true
				}
			}
		}
	}
	return false
}

// donation reports whether a verb in the present progressive announces a
// gift.
func donation(lemma string) bool {
	return lemma == "donate" || lemma == "gift" || lemma == "give"
}

// chainWords may sit inside a verb chain: "is set to", "is due to", "has
// been", "are going to", "are scheduled to", "is on track to", "is in line
// to".
var chainWords = setOf("to", "set", "due", "going", "able", "likely", "expected", "about", "ready", "scheduled",
	"willing", "and", "or", "then", "have", "has", "had", "having", "do", "does", "did", "out",
	"off", "over", "up", "back", "poised", "slated", "track", "line", "course",
	"keep", "keeps", "kept", "keeping", "continue", "continues", "continued", "continuing") // "would keep supplying", "is continuing to buy"

// bindingOnly purchase verbs bind a deal without saying the goods came:
// "has ordered", "has secured".
var bindingOnly = setOf("order", "secure", "contract")

// partArrivesAfter reports whether, after the verb at i, a part of its
// goods with no count or a count ("most of which", "40 of which") opens
// a clause set off by a comma whose verb, past auxiliaries, is one of
// arriving or a passive of giving: "bought 52 F-35s, most of which have
// now arrived", "sold 24 jets to Peru, 12 of which have been delivered".
func (s *sent) partArrivesAfter(i int) bool {
	toks := s.d.toks
	for j := i + 1; j+3 < s.hi; j++ {
		if toks[j].Norm != "," {
			continue
		}
		k := j + 1
		switch toks[k].Norm {
		case "most", "many", "some", "half":
			k++
		default:
			for k < s.hi && s.inQty[k-s.lo] {
				k++
			}
			if k == j+1 {
				continue
			}
		}
		if k+2 >= s.hi || toks[k].Norm != "of" || toks[k+1].Norm != "which" {
			continue
		}
		for n := range s.trigs {
			if t := &s.trigs[n]; t.i > k+1 && t.i <= k+6 && !t.noun && (t.class == classArrive || t.passive && t.class == classGive) && t.i-1-s.chainBefore(t.i) == k+1 {
				return true
			}
		}
		return false
	}
	return false
}

// originallyBefore reports whether "originally" stands before the verb at
// i, past its auxiliaries: "originally sold", "had originally been sold".
func (s *sent) originallyBefore(i int) bool {
	toks := s.d.toks
	for j := i - 1; j >= s.lo && i-j <= 3; j-- {
		if toks[j].Norm == "originally" {
			return true
		}
		if !s.is(j, fBe) && !isAux(toks[j].Norm) {
			return false
		}
	}
	return false
}

// baseStatus is the status the trigger word says by itself, with the
// perfect before a verb of sale or purchase: only those need a look at the
// words before it.
func (s *sent) baseStatus(t *trigger) armsledger.Status {
	switch t.class {
	case classSell, classBuy:
		if !t.noun && (s.perfectBefore(t.i) || s.d.toks[t.i].Norm == "bought" || s.d.toks[t.i].Norm == "hired") && !bindingOnly[t.lemma] {
			if s.has(fWhich) && s.partArrivesAfter(t.i) {
				// "Norway bought 52 F-35s, most of which have now arrived":
				// a part told arriving says the whole has not; the sale
				// binds, and the arrival is the delivery.
				return armsledger.Committed
			}
			return armsledger.Delivered // "Vietnam bought six Kilo-class submarines from Russia": goods bought are had; people hired are at work
		}
		if !t.noun && t.class == classSell && s.originallyBefore(t.i) {
			// "mortar bombs originally sold to Mali's army", "had
			// originally been sold by Moscow to the Syrian army": goods
			// traced from their first buyer to where they are now had
			// reached that buyer.
			return armsledger.Delivered
		}
		if !t.noun && s.accusedOf(t.i) && !bindingOnly[t.lemma] {
			// "accused Belarus of selling weapons to Azerbaijan": charged
			// with arming, as "of supplying" is; "accused Russia of buying
			// weapons from North Korea": charged with getting them.
			return armsledger.Delivered
		}
		if !t.noun && !bindingOnly[t.lemma] && s.buyingUnderWay(t.i) {
			// "had begun sourcing drone parts from China": buying that goes
			// on gets goods; "continue to sell shells", "still sells
			// ammunition to Ukraine": selling that goes on sends them.
			return armsledger.Delivered
		}
		if !t.noun && t.class == classBuy && !bindingOnly[t.lemma] && t.i > s.lo && strings.HasSuffix(s.d.toks[t.i].Norm, "ing") &&
			(s.d.toks[t.i-1].Norm == "after" || s.d.toks[t.i-1].Norm == "since") {
			// "was expelled from the programme after buying S-400
			// systems": a purchase told as done before another event is
			// had, as "bought" is. ("After ordering" binds only.)
			return armsledger.Delivered
		}
		if !t.noun && t.class == classBuy && (s.d.toks[t.i].Norm == "buys" || s.d.toks[t.i].Norm == "purchases") && s.shareOfOwnAfter(t.i+1) {
			// "India still buys most of its weapons from Russia": a share of
			// what a state has, bought as a habit, is had, as a share of
			// its imports is.
			return armsledger.Delivered
		}
		if !t.noun && t.lemma == "spend" && s.perfectPassiveBefore(t.i) {
			// "Of that, 7.8 billion pounds had been spent": money spent is
			// paid out. (Goods "have been sold" are only bound.)
			return armsledger.Delivered
		}
		return armsledger.Committed
	case classCommit:
		return armsledger.Committed
	case classRequest:
		return armsledger.Requested
	case classDeny:
		return armsledger.Denied
	case classPlan:
		return armsledger.Expected
	case classHold:
		if s.carries(*t) {
			return armsledger.Delivered // "a dhow carrying rifles from Iran to Yemen"
		}
		return armsledger.Capacity
	}
	if t.class == classArrive && (s.d.toks[t.i].Norm == "going" || s.d.toks[t.i].Norm == "coming" || t.lemma == "due" || s.arrivingAhead(t) || s.presentAhead(t)) {
		return armsledger.Expected // "are going to Romania under a deal", "the second battery is coming": on their way; "another 10 are due next year"
	}
	if t.class == classReceive && t.noun && s.newCustomer(t.i) {
		return armsledger.Committed // "Algeria became a customer for the Su-57": an order placed
	}
	return armsledger.Delivered // give, receive, move, arrive; content takes its own
}

// presentAhead reports whether the verb of arriving at t is a bare
// present ("arrive", "come") whose clause sets it a time to come: "The
// first ships arrive next year", "the jets come in 2027" (a year after
// the text's publication), "the rest arrive later this year". The
// present with a time ahead tells a schedule, as "will" does.
func (s *sent) presentAhead(t *trigger) bool {
	toks := s.d.toks
	switch toks[t.i].Norm {
	case "arrive", "arrives", "come", "comes":
	default:
		return false
	}
	if t.noun || t.i > s.lo && (isAux(toks[t.i-1].Norm) || s.is(t.i-1, fModal) || toks[t.i-1].Norm == "to") {
		return false // "will arrive", "did not arrive", "are due to arrive": the chain tells
	}
	hi := t.i + 1
	for hi < s.hi && hi-t.i <= 8 && toks[hi].Norm != "," && toks[hi].Norm != ";" {
		hi++
	}
	return s.timeAhead(t.i+1, hi)
}

// timeAhead reports whether tokens [lo, hi) set a time to come: "next",
// "later", "soon", or a date after the text's publication.
func (s *sent) timeAhead(lo, hi int) bool {
	toks := s.d.toks
	for j := lo; j < hi; j++ {
		switch toks[j].Norm {
		case "next", "later", "soon":
			return true
		}
	}
	pub := pubDate(s.d.opt.Published)
	if pub.isZero() {
		return false
	}
	for _, f := range appendTimes(nil, toks, lo, hi, hi, pub) {
		if !f.s.isZero() && f.s > pub { // (dates count days: later is greater)
			return true
		}
	}
	return false
}

// arrivingAhead reports whether the verb of arriving at t is a participle
// in ing of an absolute clause ("with the first arriving ...") whose time
// lies after the text's publication, or is "next", "later" or "soon":
// "ordered 24 jets, with the first arriving next year" tells a schedule,
// not a delivery.
func (s *sent) arrivingAhead(t *trigger) bool {
	toks := s.d.toks
	if t.noun || !strings.HasSuffix(toks[t.i].Norm, "ing") {
		return false
	}
	with := false
	for j := t.i - 1; j >= s.lo && t.i-j <= 5; j-- {
		if toks[j].Norm == "with" {
			with = true
			break
		}
		if toks[j].Norm == "," || toks[j].Norm == ";" {
			return false
		}
	}
	if !with {
		return false
	}
	hi := t.i + 1
	for hi < s.hi && hi-t.i <= 8 && toks[hi].Norm != "," && toks[hi].Norm != ";" {
		hi++
	}
	return s.timeAhead(t.i+1, hi)
}

// newCustomer reports whether the noun of a customer at i tells a state
// that has just joined the buyers of a system: "Algeria became a customer
// for the Su-57", "joining Portugal as customers for the C-390". A new
// customer has ordered, and what it ordered is mostly still to come;
// "Morocco is the latest customer for Israel's Barak MX" stays a holder.
// (A customer ranked by when it bought, "the first export customer for the
// K9", is a buyer already: see rankedCustomer.)
func (s *sent) newCustomer(i int) bool {
	toks := s.d.toks
	switch toks[i].Norm {
	case "customer", "customers", "client", "clients":
	default:
		return false
	}
	for j := i - 1; j >= s.lo && i-j <= 5; j-- {
		switch toks[j].Norm {
		case "become", "became", "becomes", "becoming", "as":
			return true
		case ",", ";", "of", "for", "to", "with":
			return false
		}
	}
	return false
}

// buyingUnderWay reports whether the verb of buying at i goes on after a
// verb of starting or going on, or "still" in the present: "had begun
// sourcing components", "started buying drones", "continues to buy arms
// from Russia", "still buys most of its arms from Russia". A purchase
// under way is goods coming in, not a deal bound; so a sale under way
// ("continue to sell shells", "keeps selling jets") is goods going out.
func (s *sent) buyingUnderWay(i int) bool {
	toks := s.d.toks
	j := i - 1
	if j >= s.lo && toks[j].Norm == "still" && (strings.HasSuffix(toks[i].Norm, "s") || strings.HasSuffix(toks[i].Norm, "ing")) {
		return true // "India still buys most of its weapons from Russia": a habit kept up
	}
	if j > s.lo && toks[j].Norm == "to" {
		j--
	} else if !strings.HasSuffix(toks[i].Norm, "ing") {
		return false // "began to buy", "began buying"; not "started talks and bought"
	}
	if j < s.lo {
		return false
	}
	switch toks[j].Norm {
	case "begin", "begins", "began", "begun", "beginning", "start", "starts", "started", "starting",
		"continue", "continues", "continued", "continuing", "keep", "keeps", "kept", "resume", "resumes", "resumed":
		return true
	}
	return false
}

// sellingGoesOn reports whether the verb of selling t tells a trade kept
// up, in the progressive or in a present with "still", in goods of no
// count: "is believed to be selling Russia 240mm rocket launchers",
// "private firms there still sell ammunition to Ukraine". Goods sold as
// a trade goes on are sent; a counted sale under way ("is selling Manila
// 12 more FA-50 jets") is a deal, bound only.
func (s *sent) sellingGoesOn(t *trigger, g *group) bool {
	toks := s.d.toks
	if t.class != classSell || t.noun || t.i-1 <= s.lo || g.lo < t.i || len(g.phrases) == 0 || g.phrases[0].qty != nil || g.phrases[0].money {
		return false // ("the Caesar is selling well": the goods are what sells)
	}
	if j := g.phrases[0].start() - 1; j > t.i && (s.is(j, fDeterminer) || s.actorAt(j) >= 0 && s.actors[s.actorAt(j)].possessive) {
		return false // "is selling Iran the Su-35 fighters", "Poland's tanks": goods of a deal named, not a trade
	}
	w, prev := toks[t.i].Norm, toks[t.i-1].Norm
	switch {
	case strings.HasSuffix(w, "ing"):
		switch prev {
		case "is", "are", "was", "were", "been":
			return true
		case "be":
			return toks[t.i-2].Norm == "to" // "is believed to be selling"; not "will be selling", still to come
		}
	case prev == "still":
		return w == t.lemma || strings.HasSuffix(w, "s") // "still sell", "still sells"
	}
	return false
}

// useFor returns the token of "use" whose purpose is the infinitive whose
// "to" is at k, a few words back past its object ("use part of the loan
// to", "be used to"), or -1.
func (s *sent) useFor(k int) int {
	toks := s.d.toks
	for j := k - 1; j >= s.lo && k-j <= 10; j-- {
		switch toks[j].Norm {
		case "use", "uses", "used":
			return j
		case ",", ";", ":", "and", "but":
			return -1
		}
	}
	return -1
}

// modalUse reports whether the verb of use at u is said of the future: a
// modal before it ("would use", "will use") or before its passive "be"
// ("can be used").
func (s *sent) modalUse(u int) bool {
	toks := s.d.toks
	if u-2 >= s.lo && toks[u-1].Norm == "be" {
		switch toks[u-2].Norm {
		case "can", "could", "may", "might", "will", "would", "shall":
			return true
		}
	}
	return s.modalBefore(u) && toks[u].Norm == "use"
}

// shareOfOwnAfter reports whether a share of a state's own goods starts at
// token j: "most of its", "the bulk of their", "60 percent of its".
func (s *sent) shareOfOwnAfter(j int) bool {
	toks := s.d.toks
	for k := j; k+2 < s.hi && k-j <= 3; k++ {
		if toks[k].Norm != "of" {
			continue
		}
		switch toks[k-1].Norm {
		case "most", "much", "bulk", "majority", "half", "percent", "share", "all":
		default:
			return false
		}
		return k > j && (toks[k+1].Norm == "its" || toks[k+1].Norm == "their")
	}
	return false
}

// perfectBefore reports whether "has", "have", "had" or "having" comes just
// before token i: "having bought" is a done purchase.
func (s *sent) perfectBefore(i int) bool {
	for j := i - 1; j >= s.lo && i-j <= 3; j-- {
		switch s.d.toks[j].Norm {
		case "has", "have", "had", "having":
			return true
		case "already", "also", "now", "recently", "just", "so", "far", "since":
			continue
		}
		return false
	}
	return false
}

// perfectPassiveBefore reports whether "has been", "have been" or "had
// been" comes just before token i, with no modal before it ("could have
// been spent" supposes).
func (s *sent) perfectPassiveBefore(i int) bool {
	j := i - 1
	if j > s.lo && s.d.toks[j].Norm != "been" && s.is(j, fAdverb) {
		j-- // "had been fully spent" ("already" before "been" perfectBefore passes)
	}
	if j-1 < s.lo || s.d.toks[j].Norm != "been" {
		return false
	}
	return s.perfectBefore(j) && (j-2 < s.lo || !s.is(j-2, fModal))
}

// denialBefore reports whether a verb of denial governs the clause that
// starts at token j: "denied reports that", "rejected claims that", "denies
// it is".
func (s *sent) denialBefore(j int) bool {
	toks := s.d.toks
	falsehood := false // "as 'absurd'", "groundless": what the claims are called
	for k := j - 1; k >= s.lo && j-k <= 9; k-- {
		switch w := toks[k].Norm; w {
		case "that", "the", "any", "reports", "claims", "allegations", "accusations", "suggestions", "charges", "as", "'", "\"", "media",
			"his", "her", "its", "their": // "denied that his country had sold", "rejects US charges that"
			continue
		case "a", "report", "claim", "allegation", "accusation", "charge":
			continue // one claim denied as several are: "rejected a report that"
		case "yet", "so", "far":
			continue // "saw no sign yet that", "found no evidence so far that"
		case "of":
			if k > s.lo && toks[k-1].Norm == "any" {
				continue // "denies that any of its drones went"
			}
		case "evidence", "sign", "signs", "indication", "indications", "proof", "suggestion", "trace":
			// "There is no evidence that China has sent weapons".
			return k > s.lo && toks[k-1].Norm == "no"
		default:
			if falseWord(w) {
				falsehood = true
				continue
			}
			if w == "aside" && k > s.lo {
				switch toks[k-1].Norm {
				case "brushed", "brushes", "brush", "swept", "sweeps", "waved":
					return true // "brushed aside Western allegations that"
				}
			}
			if a := s.actorAt(k); a >= 0 && s.actors[a].hi == k+1 {
				k = s.actors[a].lo // "dismissed as baseless US claims that"
				continue
			}
			if k+1 < j && claimNoun(toks[k+1].Norm) && (toks[k].Cap || w == "western" || w == "foreign" || w == "media" || w == "press") {
				continue // "ridiculed Western reports that"
			}
			if st := s.timeAside(k); st > s.lo && st < k+1 {
				k = st // "denied on Monday that", "denied in a statement that"
				continue
			}
		}
		// Right after the verb, only a pronoun opens a clause ("denies it
		// is providing"); a name is its object ("denied Ukraine jets").
		// Calling claims false denies them too ("called 'groundless'
		// allegations that").
		v, ok := s.verbAt(k)
		if !ok {
			return falsehood && k >= s.lo && (toks[k].Norm == "called" || toks[k].Norm == "described")
		}
		return (v.Class == classDeny || falsehood && (v.Lemma == "call" || v.Class == classSpeech)) && (k < j-1 || s.is(j, fSubjectPronoun))
	}
	return false
}

// timeAside returns the first token of a phrase of time or manner that
// ends at k between a verb of denial and what it denies ("denied on
// Monday that", "denied last week that", "denied in a statement that",
// "has repeatedly denied", "flatly denied"), or -1. The loop in
// denialBefore goes on before it (so "k = st" then "k--" reads the word
// before the phrase).
func (s *sent) timeAside(k int) int {
	toks := s.d.toks
	w := toks[k].Norm
	switch w {
	case "again", "repeatedly", "strongly", "flatly", "categorically", "firmly", "vehemently", "previously", "earlier", "also", "publicly":
		return k
	}
	if k-1 <= s.lo {
		return -1
	}
	before := toks[k-1].Norm
	switch {
	case weekdayName(w) && (before == "on" || before == "last" || before == "this"):
		return k - 1
	case (w == "week" || w == "month" || w == "year" || w == "weekend") && (before == "last" || before == "this"):
		return k - 1
	case w == "statement" && before == "a" && k-2 > s.lo && toks[k-2].Norm == "in":
		return k - 2
	case w == "occasions" && (before == "several" || before == "many" || before == "repeated") && k-2 > s.lo && toks[k-2].Norm == "on":
		return k - 2
	}
	return -1
}

// weekdayName reports whether w names a day of the week.
func weekdayName(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// falseWord reports whether w calls a claim false: "absurd", "baseless".
func falseWord(w string) bool {
	switch w {
	case "absurd", "baseless", "groundless", "false", "unfounded", "fabricated", "ridiculous", "untrue", "nonsense",
		"fake", "lies", "slander", "preposterous", "fabrications", "hoax", "hoaxes", "fabrication",
		// what is said only to mislead, or without ground: "ugly
		// propaganda", "gossip and speculation", "a smear campaign"
		"propaganda", "disinformation", "misinformation", "speculation", "gossip", "smear", "rumours", "rumors", "fiction", "falsehoods":
		return true
	}
	return false
}

// awaitedBefore reports whether a verb of waiting takes the goods that
// start at i for its object: "is awaiting 12 A-29 aircraft", "still waits
// for the jets". The verbs are the words of fAwait, which it asks of the
// sentence first: a verb added here goes there too.
func (s *sent) awaitedBefore(i int) bool {
	if !s.has(fAwait) {
		return false // most sentences
	}
	return s.awaitedBeforeRest(i)
}

// awaitedBeforeRest is awaitedBefore past its first test (see gates in words.go).
func (s *sent) awaitedBeforeRest(i int) bool {
	toks := s.d.toks
	j := i - 1
	for j > s.lo && i-j <= 6 && (s.is(j, fDeterminer) || s.inQty[j-s.lo] || toks[j].Norm == "for" || partRank(toks[j].Norm) ||
		toks[j].Norm == "of" && partRank(toks[j-1].Norm)) {
		// "awaiting the last two of five S-400 squadrons", "is awaiting
		// the last of its S-400 regiments": a part of the goods, awaited
		// as they are.
		j--
	}
	if j < s.lo {
		return false
	}
	switch toks[j].Norm {
	case "awaiting", "awaits", "await":
		return true
	case "waiting", "waits", "wait":
		return toks[j+1].Norm == "for"
	}
	return false
}

// partRank reports whether w ranks the part of the goods after it: "the
// last two of five", "the remaining four". ("of" itself stays out: passed
// over, it let "awaiting" reach goods of another noun.)
func partRank(w string) bool {
	switch w {
	case "first", "last", "final", "remaining", "next":
		return true
	}
	return false
}

// packageProvides reports whether the verb of giving t, in the present,
// has a package for its subject: "this package provides Ukraine with ...".
func (s *sent) packageProvides(t *trigger) bool {
	toks := s.d.toks
	if t.class != classGive || !strings.HasSuffix(toks[t.i].Norm, "s") {
		return false
	}
	for j := t.i - 1; j > s.lo && t.i-j <= 3; j-- {
		if _, ok := packageNoun(toks[j].Norm); ok {
			return toks[j-1].Norm == "this" || toks[j-1].Norm == "the"
		}
	}
	return false
}

// claimCalledFalse reports whether the clause starting at start is the
// content of a claim noun ("the accusations that Iran supplies missiles to
// Russia") that the sentence then calls false ("are completely wrong").
// The clause's own words end by end.
func (s *sent) claimCalledFalse(start, end int) bool {
	toks := s.d.toks
	if start-2 < s.lo || toks[start-1].Norm != "that" && toks[start-1].Norm != "of" || !claimNoun(toks[start-2].Norm) {
		return false // ("reports of Iranian arms shipments to Russia were baseless" too)
	}
	if s.has(fCall) && s.calledFalseAfter(start-2, end) {
		return true // "called reports that Serbian shells had reached Ukraine \"a fabrication\""
	}
	for k := end; k < s.hi && k-end <= 10; k++ { // (end is the first word after the clause: "missiles were")
		if !s.is(k, fBe) {
			continue
		}
		for j := k + 1; j < s.hi && j-k <= 4; j++ {
			w := toks[j].Norm
			if falseWord(w) || w == "wrong" || w == "incorrect" || w == "inaccurate" {
				return true
			}
			if toks[j].Kind != Punct && !s.is(j, fAdverb) && w != "completely" && w != "totally" && w != "absolutely" && w != "entirely" && w != "simply" {
				break
			}
		}
		return false
	}
	return false
}

// calledFalseAfter reports whether the claim noun at n is the object of
// a verb of calling whose complement, after the claim's clause, calls it
// false: "He called reports that Serbian shells had reached Ukraine \"a
// fabrication\"", "branded claims that Iran sent drones groundless".
// The clause's own words end by end; its complement closes the sentence's
// clause, with no verb or comma before it.
func (s *sent) calledFalseAfter(n, end int) bool {
	toks := s.d.toks
	v := n - 1
	if v > s.lo && (toks[v].Norm == "the" || toks[v].Norm == "these" || toks[v].Norm == "such") {
		v--
	}
	if v < s.lo || !s.is(v, fCall) {
		return false
	}
	for k := end; k < s.hi && k-end <= 12; k++ {
		w := toks[k].Norm
		if falseWord(w) {
			return true
		}
		if w == "," || w == ";" || w == "and" || w == "but" || s.is(k, fBe|fModal) {
			return false
		}
	}
	return false
}

// announcedAfter reports whether the future in the verb chain from token
// lo to the verb at v ("will send") is what the sentence's speaker
// announces after the clause: "Australia will send 49 tanks to Ukraine,
// the prime minister announced on Thursday". A government announcing what
// it will give has pledged it, as "announced that they will give" says
// (see commitBefore); "said" alone may report a forecast.
func (s *sent) announcedAfter(lo, v int) bool {
	a := s.att.verb
	if a <= v || s.att.speaker.name == "" || s.d.toks[a].Norm != "announced" && s.d.toks[a].Norm != "announces" {
		return false
	}
	for k := range s.att.later {
		if s.att.later[k].verb < a {
			return false // another voice speaks between
		}
	}
	for j := lo; j < v; j++ {
		if w := s.d.toks[j].Norm; w == "will" || w == "would" {
			return true
		}
	}
	return false
}

// commitBefore reports whether a verb of promise governs the clause that
// starts after token j ("announced on Sunday that").
func (s *sent) commitBefore(j int) bool {
	for k := j - 1; k >= s.lo && j-k <= 8; k-- {
		if v, ok := s.verbAt(k); ok {
			if k > s.lo && s.is(k-1, fDeterminer) || s.evidenceSigns(k) {
				continue // "the promised 1 million shells": an adjective; "there were signs": a noun
			}
			return v.Class == classCommit
		}
	}
	return false
}

// cueMemo is one status cue the sentence holds: its kind and the tokens
// it spans. A sentence holds few, and status, scope, delay and capacity
// ask about the same ones again and again, per phrase and per trigger:
// they are read once, in one pass (readCues), and the questions are
// answered from that short list rather than by matching the cue lexicon
// at each token a question looks at.
type cueMemo struct {
	at, end int32
	c       cue
}

// readCues lists the sentence's cues, in token order, on first use. The
// list is never nil once read, even when empty: that tells it is read.
//
// The same pass reads what the sentence's words say of scope (see
// scopeWords): that is the first cue of scope, or "since" a date, and
// every word that may start either may start a cue.
func (s *sent) readCues() []cueMemo {
	if s.cues == nil {
		s.scanCues() // once: this test is inlined where the cues are asked about
	}
	return s.cues
}

// scanCues is readCues' pass over the sentence.
func (s *sent) scanCues() {
	if s.d.cueBuf == nil {
		s.d.cueBuf = make([]cueMemo, 0, 16)
	}
	toks, cues := s.d.toks, s.d.cueBuf[:0]
	scope := armsledger.Unknown
	// scopeCue is fScopeCue until the scope is read, then 0: a bit test
	// per cue rather than a comparison of strings.
	scopeCue := fScopeCue
	for j := s.nextNear(s.lo, fCue|fScopeCue); j < s.hi; j = s.nextNear(j+1, fCue|fScopeCue) {
		c, flags := noCue, s.info[j].flags
		// mayMatch: "a", "is", "in" start only longer cues, and seldom one.
		if flags&fCue != 0 && lex.cues.mayMatch(toks, j, s.hi) {
			if end, got, ok := lex.cues.Match(toks, j, s.hi); ok {
				if got == cueCapacity && end < s.hi && toks[end].Norm == "out" {
					// "would carry out deliveries": performs them, holds
					// nothing; the modal alone is the cue.
					end, got, ok = j+1, cueExpected, s.is(j, fModal)
				}
				if ok {
					cues = append(cues, cueMemo{int32(j), int32(end), got})
					c = got
				}
			}
		}
		if flags&scopeCue != 0 {
			if scope = s.scopeAt(j, c); scope != armsledger.Unknown {
				scopeCue = 0
			}
		}
	}
	s.d.cueBuf = cues // keep what the buffer grew to
	s.cues = cues
	s.noCues = ^uint64(0) // (there are far fewer than 64 kinds of cue)
	for _, m := range cues {
		s.noCues &^= 1 << m.c
	}
	s.sentScope = scope
}

// scopeAt is the scope said at token j, where a word that may start a cue
// of scope stands and c is the cue that starts there, if any: an increment
// ("another batch"), a total ("so far"), or a total since a date ("since
// September 2023").
func (s *sent) scopeAt(j int, c cue) armsledger.Scope {
	switch c {
	case cueIncrement:
		return armsledger.Increment
	case cueCumulative:
		return armsledger.Cumulative
	}
	if s.d.toks[j].Norm == "since" && j+1 < s.hi && (s.d.toks[j+1].Kind == Number || s.is(j+1, fCalendar)) {
		return armsledger.Cumulative
	}
	return armsledger.Unknown
}

// cueOf is cueAt for a token of the sentence, answered from its list of
// cues.
func (s *sent) cueOf(j int) (end int, c cue, ok bool) {
	if j < s.lo || j >= s.hi {
		return s.cueAt(j)
	}
	if !s.is(j, fCue) {
		return 0, noCue, false // most tokens: one bit test
	}
	for _, m := range s.readCues() {
		if int(m.at) == j {
			return int(m.end), m.c, true
		}
		if int(m.at) > j {
			break
		}
	}
	return 0, noCue, false
}

// cueWithin reports whether a cue of kind c starts in tokens [lo, hi) of
// the sentence and ends at or before end.
func (s *sent) cueWithin(c cue, lo, hi, end int) bool {
	if s.lacksCue(c) {
		return false // most asks: the sentence holds no cue of the kind
	}
	return s.cueWithinRest(c, lo, hi, end)
}

// lacksCue reports whether the sentence is known to hold no cue of kind c:
// its cues are read, and none is of the kind. (Before they are read,
// none is known absent.) It is a gate (see gates in words.go) for the rules that
// look for one cue near a word.
func (s *sent) lacksCue(c cue) bool {
	return s.noCues&(1<<c) != 0
}

// cueWithinRest is cueWithin past its first test (see gates in words.go).
func (s *sent) cueWithinRest(c cue, lo, hi, end int) bool {
	for _, m := range s.readCues() {
		if int(m.at) >= hi {
			break
		}
		if m.c == c && int(m.at) >= lo && int(m.end) <= end {
			return true
		}
	}
	return false
}

// nounShaped reports whether w has the ending of a noun: before an
// infinitive such a word tells its purpose or content ("arrangements to
// buy", "an initiative to buy", "its readiness to sell"), whose status is
// the noun's, not a verb's.
func nounShaped(w string) bool {
	for _, end := range []string{"ment", "ments", "tion", "tions", "sion", "sions", "ness", "ity", "ance", "ances", "ence", "ences", "ive", "ives", "ure", "ures"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// modifierAt reports whether a state named at token j modifies the word
// after it rather than doing it: a possessive ("Russia's readiness to
// sell") or one a preposition governs ("landed at Belgrade airport to
// deliver").
func (s *sent) modifierAt(j int) bool {
	a := s.actorAt(j)
	return a >= 0 && (s.actors[a].possessive || s.actors[a].prep != "")
}

// ordinalWord reports whether w ranks what follows it: "the first country
// to send" tells one that sent.
func ordinalWord(w string) bool {
	switch w {
	case "first", "second", "third", "last", "only", "latest":
		return true
	}
	return false
}

// implicative reports whether the verb w, before an infinitive, tells
// that the act was done: "managed to send", "continued to supply", "used
// to buy".
func implicative(w string) bool {
	switch w {
	case "managed", "continued", "used", "helped", "proceeded", "succeeded", "started", "began":
		return true
	}
	return false
}

// craftStopped reports whether the verb of stopping at j takes a craft as
// its object: "stopped a dhow", "stopped the vessel". What the craft
// carried was sent; stopping it halts no transfer a party promised.
func (s *sent) craftStopped(j int) bool {
	toks := s.d.toks
	k := j + 1
	if k < s.hi && s.is(k, fDeterminer) {
		k++
	}
	if k >= s.hi {
		return false
	}
	switch toks[k].Norm {
	case "dhow", "dhows", "vessel", "vessels", "ship", "ships", "boat", "boats", "truck", "trucks", "convoy", "convoys", "freighter", "lorry", "lorries":
		return true
	}
	return false
}

// monthMay reports whether the "May" at j is the month: capitalised
// inside the sentence after a word of time ("in May", "since May", "last
// May"), or before a day or year ("May 2024").
func (s *sent) monthMay(j int) bool {
	toks := s.d.toks
	if toks[j].Norm != "may" || !toks[j].Cap || j == s.lo {
		return false
	}
	if j+1 < s.hi && toks[j+1].Kind == Number {
		return true
	}
	switch toks[j-1].Norm {
	case "in", "since", "last", "next", "early", "late", "mid", "until", "by", "from", "before", "after", "this", "of", "to":
		return true
	}
	return false
}

// usedTo reports whether the word at j, before an infinitive, ends the
// object of a verb of using: "used emergency powers to approve the sale",
// "is using its drawdown authority to send": the means a transfer was
// (or is) made by, not a plan.
func (s *sent) usedTo(j int) bool {
	for k := j - 1; k > s.lo && j-k <= 3; k-- {
		switch s.d.toks[k].Norm {
		case "used", "using", "uses":
			return true
		}
	}
	return false
}

// doneAfterPromise reports whether the "and" at j joins a past verb of
// promise, sale or purchase before it to the past verb of giving at head,
// with at most an adverb of time between: "promised and then delivered",
// "approved and shipped". The two share the goods, and the later verb says
// they went: the first is no governor of the second as "agreed to" is.
func (s *sent) doneAfterPromise(j int, head trigger) bool {
	if head.noun || j-1 < s.lo || !s.participle(head.i) || !(j == head.i-1 || j == head.i-2 && laterWord(s.d.toks[j+1].Norm)) {
		return false
	}
	if !s.participle(j - 1) {
		return false
	}
	v, ok := s.verbAt(j - 1)
	return ok && (v.Class == classCommit || v.Class == classSell || v.Class == classBuy)
}

// laterWord is an adverb that puts a second verb after the first in time.
func laterWord(w string) bool {
	switch w {
	case "then", "later", "subsequently", "eventually", "since", "duly", "finally":
		return true
	}
	return false
}

// plannedWord is an adjective that makes a deal or a transfer one meant,
// not yet made: "a planned purchase", "the proposed sale".
func plannedWord(w string) bool {
	switch w {
	case "planned", "proposed", "intended", "prospective", "potential", "long-planned":
		return true
	}
	return false
}

// wayCleared reports whether the verb at i is the infinitive after "the
// way for" a party ("cleared the way for France to sell 12 jets to Peru",
// "opens the way for Germany to deliver tanks"): a step that makes the
// transfer possible tells it as to come, whatever the tense of the step.
func (s *sent) wayCleared(i int) bool {
	toks := s.d.toks
	j := i - 1
	if j <= s.lo || toks[j].Norm != "to" {
		return false
	}
	a := s.actorAt(j - 1)
	if a < 0 || s.actors[a].hi != j {
		return false
	}
	k := s.actors[a].lo - 1
	return k-2 >= s.lo && toks[k].Norm == "for" && (toks[k-1].Norm == "way" || toks[k-1].Norm == "path") && toks[k-2].Norm == "the"
}

// isPaying reports whether the token at i is "paying" in a present
// progressive ("is paying Spain $2 million a year"), which tells a payment
// at a rate as "pays" does.
func (s *sent) isPaying(i int) bool {
	toks := s.d.toks
	return toks[i].Norm == "paying" && i > s.lo && (toks[i-1].Norm == "is" || toks[i-1].Norm == "are")
}

// followedVerb returns the verb of giving, selling or promising before the
// "followed" at f in its sentence that a state "followed with" goods
// follows, or nil: "Germany pledged tanks to Ukraine, and Poland followed
// with jets".
func (s *sent) followedVerb(f int) *trigger {
	var last *trigger
	for k := range s.trigs {
		u := &s.trigs[k]
		if u.i >= f {
			break
		}
		if !u.noun && u.lemma != "follow" && (u.class == classGive || u.class == classSell || u.class == classCommit) {
			last = u
		}
	}
	return last
}

// beOverAdverbs reports whether a form of "be" stands before j past one or
// two adverbs: "is already due", "are now also set". (With no adverb
// between, the cues "is due to" and "is set to" read it.)
func (s *sent) beOverAdverbs(j int) bool {
	k := j - 1
	for ; k >= s.lo && j-k <= 2 && s.is(k, fAdverb) && !s.is(k, fBe); k-- {
	}
	return k < j-1 && k >= s.lo && s.is(k, fBe)
}

// firstToBefore returns the "the" of "the first country to" or "the only
// one to" ending at j, right before the infinitive to of the verb at v,
// when a form of "be" stands before it, or -1: "Egypt would be the first
// country to deploy troops" is a verb chain whose modal is "would", as
// "Egypt would deploy troops" is. The rank may take two words ("the first
// foreign customer to receive"), and "became" or "has become" may stand
// for "be": then it returns the "become", a rank won, so a receipt told
// ("has become the first customer to receive the Su-57").
func (s *sent) firstToBefore(j, v int) int {
	toks := s.d.toks
	if j+2 != v || toks[j+1].Norm != "to" {
		return -1
	}
	k := j
	for k > s.lo && j-k < 2 && !ordinalWord(toks[k].Norm) && toks[k].Kind == Word {
		k-- // "first country", "first foreign customer": the words of the rank
	}
	if !ordinalWord(toks[k].Norm) {
		return -1
	}
	if k-2 < s.lo || toks[k-1].Norm != "the" {
		return -1
	}
	if s.is(k-2, fBe) {
		return k - 1
	}
	if w := toks[k-2].Norm; w == "became" || w == "become" && s.perfectBefore(k-2) {
		return k - 2
	}
	return -1
}

// decidedAgainstAfter reports whether the clause after the goods at i goes
// on to say the transfer was decided against: "Moscow discussed sending
// the Houthis missiles before deciding against it", "considered supplying
// jets but decided against it". What was weighed and dropped is withheld,
// as "decided against sending" is (refrainedFrom).
func (s *sent) decidedAgainstAfter(i int) bool {
	toks := s.d.toks
	for j := i + 1; j+2 < s.hi && j-i <= 8; j++ {
		switch toks[j].Norm {
		case ";", ".", ":":
			return false
		case "against":
			if !decideForm(toks[j-1].Norm) {
				continue
			}
			switch toks[j+1].Norm {
			case "it", "this", "that", "such", "doing":
				return true
			}
			return false
		}
	}
	return false
}

// gerundOpens reports whether the verb at i is a gerund that opens its
// clause, the subject of what follows: "Sending troops to Ukraine cannot
// be ruled out", "said transferring jets was possible", "that supplying
// tanks is an option".
func (s *sent) gerundOpens(i int) bool {
	toks := s.d.toks
	if !strings.HasSuffix(toks[i].Norm, "ing") {
		return false
	}
	if i == s.lo {
		return true
	}
	switch toks[i-1].Norm {
	case "that", "said", "says", "say", "\"", "“", "'", "‘":
		return true
	}
	return false
}

// possibleAfter reports whether the predicate after the gerund t and its
// goods g calls the transfer possible: "cannot be ruled out", "could not be
// excluded", "is possible", "remains an option", "is under
// consideration".
func (s *sent) possibleAfter(t *trigger, g *group) bool {
	j := s.predicateStart(t, g)
	if j < 0 {
		return false
	}
	toks := s.d.toks
	for ; j < s.hi && j-t.i <= 20; j++ {
		w := toks[j].Norm
		if s.is(j, fBe|fModal|fAdverb) || isAux(w) || w == "cannot" || w == "not" || w == "remains" || w == "remain" || w == "'" || w == "’" || w == "\"" || w == "”" || w == "an" || w == "under" || w == "on" || w == "the" {
			continue
		}
		switch w {
		case "ruled":
			return j+1 < s.hi && toks[j+1].Norm == "out"
		case "excluded", "possible", "option", "consideration", "considered", "table":
			return true
		}
		return false
	}
	return false
}

// accusedOf reports whether the gerund at i follows "of" after a verb of
// accusing or suspecting a few words before: "accused Belarus on Thursday
// of selling weapons", "is suspected of selling drones". A charge of
// selling arms is one of arming, of goods that went.
func (s *sent) accusedOf(i int) bool {
	toks := s.d.toks
	if i-2 < s.lo || toks[i-1].Norm != "of" || !strings.HasSuffix(toks[i].Norm, "ing") {
		return false
	}
	for j := i - 2; j >= s.lo && i-j <= 7; j-- {
		switch toks[j].Norm {
		case "accused", "accuse", "accuses", "accusing", "suspected", "suspects", "suspect", "suspecting":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}
