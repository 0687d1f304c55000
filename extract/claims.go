package extract

import (
	"math"
	"slices"
	"strings"

	"armsledger"
)

// draft is a claim while the document is still being read: roles may yet be
// filled from the sentences around it.
type draft struct {
	sup, rec       []string
	p              phrase
	status         armsledger.Status
	speaker        speaker
	via            []string
	time           *foundTime
	lo, hi         int // evidence tokens
	trig           int
	sent           int
	sentLo, sentHi int // the sentence's tokens, for reading its times late
	para           int // the paragraph the sentence is in
	rule           string
	conf           float64
	scope          armsledger.Scope
	supFromDemonym bool
	inherited      bool
	joins          int    // 1 + the index of the claim whose goods these come along with ("together with spare parts"), or 0
	partOf         int    // 1 + the index of the claim whose goods an absolute clause's part stands for ("with the first expected in 2027"), or 0
	recNamed       bool   // the recipient was read in the claim's own sentence, whatever it inherited since
	open           bool   // the supplier is named but is no state: inherit none
	recOpen        bool   // the buyer is told of but not named ("an undisclosed customer"): the recipient stays open
	homemade       bool   // made at home ("indigenously built"): no supplier, none to inherit
	openBuyers     bool   // goes to buyers counted, not named ("exported to more than 30 countries"): kept with none
	groupTold      bool   // goes to "the group" or "the militia": the recipient of that giver's flow told before
	useIn          bool   // its recipient is only where the goods are used: "for use in Ukraine"
	sited          bool   // its recipient is only where a facility the goods went to stands: "to a training centre in Romania"
	fromMakers     bool   // bought from the makers of its one supplier, named by their demonym ("from Ukrainian manufacturers")
	aggregate      bool   // a trade total with one side ("Turkey's defence exports reached $7.1bn"): none to inherit
	byRecipient    bool   // told from the recipient's side: "Greece will receive ...", "... arrived in Greece"
	denier         bool   // a party that dismisses the reports told before: either side of them
	reports        int    // 1 + the index of the claim whose reported flow a denier dismisses, or 0
	reportDenier   string // the state that dismisses it
	restated       bool   // names again goods told before, which took its parties: see restatedGoods
	eitherSide     bool   // goes "to either side" (any party, neither side) of a war: see eitherSide
	sideState      string // the state the sentence names after "to either side", for its war: "in the Ukraine conflict"
	bothSides      bool   // the sides are told as two ("either side", "both sides", "neither party"), not as any number ("any party")
	// subject is the state an amount no frame governs has as its clause's
	// subject ("The Netherlands has been one of the largest contributors
	// with €250 million"), or "": a flow of other parties it cannot take.
	subject string
	// toArmedGroup is true when the goods go to an armed group named as
	// such ("to Ukrainian separatists"): its state may be at war with the
	// giver, and the goods still no attack.
	toArmedGroup bool
	// allocated is true for a sum given in the passive by no one named
	// ("EUR 130 billion were allocated in military assistance"): its
	// givers may stay open (see mayLeaveSupplierOpen).
	allocated bool
	// agentless is true for goods a passive with no agent says went to a
	// named recipient ("Ten tanks were sent to Ukraine"): the giver may
	// stay open, if no flow told in the text gives it (see
	// recipientSupplier).
	agentless bool
	// seized is true for goods taken on their way to a recipient by one
	// who sends nothing ("the navy seized 400 rifles bound for Yemen"):
	// agentless, and given the origin the text names just after (see
	// seizedOrigin).
	seized bool
	// promised is true for a sum its own words call promised or pledged
	// ("of a promised $3 billion"): whatever flow it inherits, it is
	// committed, not given (see promisedSum).
	promised bool
	// backstory is true for goods a relative clause on them says their
	// holder bought or received ("The guns, which Estonia bought from
	// Finland, are to go to Ukraine"): how the holder got them, told
	// aside; the claims after it continue no flow of it.
	backstory bool
	// boughtForOther is true for arms of no kind a buyer gets for another
	// state ("a NATO mechanism that buys American weapons for Ukraine"):
	// what the buyer's money is for, told as the money's claim.
	boughtForOther bool
	// paidIn is true for a payment told only by what it was made in
	// ("Russia paid partly in gold bars"): it settles the deal told just
	// before, whose parties it takes (see dealPaidIn); payer is the payer
	// its own sentence names, if any.
	paidIn bool
	payer  []string
}

// finish fills missing roles from the claims just before, drops what cannot
// be a claim, merges repeats and turns drafts into claims.
func (d *doc) finish() []armsledger.Claim {
	// A pass runs only where some draft is of the kind it reads: of a
	// trait it is made with (see draftTraits), or with the roles it fills,
	// which are read at the test itself, whatever the passes before did.
	// Passes grouped under one test each read only drafts it finds none of.
	made := d.madeTraits()
	if made&tAggregateDenied != 0 {
		d.refusedExports()
	}
	if made&tGroupTold != 0 {
		d.groupsTold()
	}
	if made&tUseIn != 0 {
		d.usersTold()
	}
	if made&tEitherSide != 0 {
		d.eitherSide(false)
	}
	if made&tArrive != 0 {
		d.carriedLoads()
	}
	if d.severalGivers() {
		d.eachFrom()
	}
	if d.recipientMissing() {
		d.thereRecipients()
	}
	if len(d.asked) > 0 {
		d.answersAsked()
	}
	// Which way goods bought from a state's makers go is settled before
	// the sums and goods told after them take their flow.
	if made&tFromMakers != 0 {
		d.boughtForMakersState()
	}
	d.inherit()
	if made&tElided != 0 {
		d.partsOfWhole()
	}
	if made&tPronominal != 0 {
		d.pronounSources()
	}
	// Where a sentence is set names the recipient of its giver's flow
	// before a later buyer, told with no seller, is paired with it. Both
	// read only givers with no recipient, and give them none other.
	if d.lacksRecipient() {
		d.sceneRecipient()
		d.pairPartials()
	}
	// A receipt told by another state's official, with no supplier to
	// inherit, names the official's state; the claims after it may then
	// inherit that, in a second pass.
	if made&tSpeaker != 0 && d.lacksSupplier() && d.speakerSupplies() {
		d.inherit()
	}
	if made&tSpeaker != 0 && d.lacksRecipient() {
		d.speakerBuys()
	}
	if made&tDealWith != 0 {
		d.genericDealsTold()
	}
	if d.lacksRecipient() {
		d.ownBeneficiary()
	}
	d.mainRecipient()
	// Both give sides to drafts with neither alone, and make none.
	if d.lacksBoth() {
		d.mainWay()
		d.kindWay()
		d.listMatesShare()
	}
	if !d.recipientNamed() {
		d.topicRecipient()
	}
	if d.lacksRecipient() {
		d.supplierRecipient()
	}
	if d.sale && d.makersSupply() {
		d.inherit() // the claims after one the maker supplied may take its parties
	}
	if d.requestOfNoGiver() {
		d.noticesSeller()
	}
	if made&tTheTransfer != 0 {
		d.transferNamedAgain()
	}
	if made&tReceive != 0 && d.lacksSupplier() {
		d.originNamedAgain()
	}
	if made&tEitherSide != 0 {
		d.eitherSide(true)
	}
	if made&tMoney != 0 {
		d.ownPurchaseValues()
	}
	// The four give a supplier to drafts with a recipient alone, and take
	// no side from any.
	if d.lacksSupplier() {
		d.schemeSupplier()
		d.recipientSupplier()
		if made&tSeized != 0 {
			d.seizedOrigin()
		}
		d.customersSupplied()
	}
	if made&tMoney != 0 && d.supplierMissing() {
		d.sumsFollowGoods()
	}
	if len(d.pending) > 0 {
		d.restatedGoods()
		made = d.madeTraits() // (it adds drafts)
	}
	d.headlineRepeats()
	if made&tArrivingCraft != 0 {
		d.carriers()
	}
	if made&tPay != 0 {
		d.payersGive()
	}
	// The five give a recipient to givers that have none, and take no side
	// from any.
	if d.lacksRecipient() {
		d.dominantRecipient() // last: every more certain reading has had its turn
		d.recentBeneficiary()
		d.gappedRecipient()
		d.topicSentenceRecipient()
		d.sentenceRecipient()
	}
	if d.lacksBoth() {
		d.namedAgainLate()
	}
	d.partsOfFlow()
	d.headlineRecipient() // last: the headline is the widest reading of all
	d.headlineFlow()
	if made&tPaidIn != 0 {
		d.paidInDeals() // after every other reading: the deal settled has its parties
	}
	if d.lacksBoth() {
		d.followersLate() // after every reading that gives the flow before them its sides
	}
	d.reportsDenied() // after every reading of the flow reported
	kept := d.kept[:0]
	for i := range d.claims {
		c := &d.claims[i]
		if len(c.sup) > 1 { // a single supplier is returned as it is
			c.sup = notReceiving(c.sup, c.rec)
		} else if len(c.rec) > 1 {
			// "Indonesia and Turkiye signed a contract for 48 KAAN jets
			// from Turkish Aerospace": the seller is not among the buyers.
			c.rec = notReceiving(c.rec, c.sup)
		}
		if c.recOpen {
			c.rec = nil // (whatever the claims around lent it)
		}
		if c.promised && c.status == armsledger.Delivered {
			c.status = armsledger.Committed // "$1 billion of a promised $3 billion"
		}
		if len(c.rec) == 0 && !d.exportTotal(c) && !((c.openBuyers || c.recOpen) && len(c.sup) > 0) || len(c.sup) == 0 && !c.mayLeaveSupplierOpen() || sameSet(c.sup, c.rec) || c.restated {
			continue
		}
		d.kindNamedBefore(c, kept)
		d.headNamedBefore(c, kept)
		if d.subsumed(c) || d.transit(c, kept) || d.kindOfTold(c, kept) || d.rankedTold(c, kept) || d.reexportApproved(c, kept) || d.civilEnds(c) || d.arrivalAsTime(c) {
			continue
		}
		if d.attack(c) {
			continue // "Hezbollah sent a swarm of drones into northern Israel"
		}
		if len(c.sup) == 0 && len(c.rec) == 1 && d.makerOf(&c.p) == c.rec[0] {
			continue // "the Turkish navy has received its first TB3 drones": made at home, by the maker the lexicon names
		}
		if len(c.sup) == 0 && len(c.rec) == 2 && d.pairIn(c) {
			continue // "The two countries signed a deal for 12 helicopters": which sells is not told
		}
		if d.paidForUnnamed(c) {
			continue // "Turkey has paid Russia $2.5 billion for arms": the payment is the claim
		}
		if d.choiceBought(i) {
			continue // "Peru, which chose the Gripen in April, is buying 12 of the jets": the purchase tells the choice
		}
		if d.supplierAside(c) {
			continue // "France has become India's main supplier, with 36 Rafale jets delivered": the jets are the flow
		}
		if d.contentsToldNext(c) {
			continue // "announced a new aid package for Israel. It includes 300 missiles": the missiles are the package
		}
		if d.toldInParticular(c) {
			continue // "Ukraine has received air defence systems from three countries. Germany sent IRIS-T": each giver's flow is the claim
		}
		if c.p.money && c.p.qty != nil && d.ownForcesPlan(c.p.qty.Hi, c.sentHi) {
			continue // "a five-year, 43 trillion yen defence buildup": a plan's size, no transfer's value
		}
		if d.loan(c) && !d.militaryText() {
			continue // "China lent Pakistan $2 billion to shore up its foreign reserves": a loan in a text of no arms
		}
		if c.boughtForOther && (c.status == armsledger.Committed || c.status == armsledger.Expected) {
			continue // "allies pay for US weapons for Ukraine", "the money can be used to buy weapons for Ukraine": the money they give is the claim
		}
		if c.status == armsledger.Capacity && c.p.qty == nil {
			continue // "drones that can carry weapons": a capacity is an amount
		}
		if dup := d.findRepeat(kept, c); dup != nil {
			// Keep the fuller telling: with both sides, with an amount, else
			// with a speaker (a headline restates the body without saying
			// who said it).
			if len(dup.sup) == 0 && len(c.sup) > 0 || dup.p.qty == nil && c.p.qty != nil || dup.speaker.name == "" && c.speaker.name != "" && (dup.p.qty != nil) == (c.p.qty != nil) ||
				dup.denier && !c.denier { // the denial's own words, not "rejected the accusation"
				*dup = *c
			} else if dup.p.qty != nil && c.p.qty != nil && dup.p.qty.Qualifier == armsledger.Exact && c.p.qty.Qualifier != armsledger.Exact {
				*dup = *c // "$20bn" in a headline, "more than $20 billion" in the body: the bound is what was said
			}
			continue
		}
		kept = append(kept, c)
		if lo, hi := d.approvalAfter(c); hi > lo {
			// "Turkey sought 40 jets from the United States, a sale
			// Washington approved in 2024": the request is one claim, and
			// the approval that binds the sale another.
			a := *c
			a.status, a.lo, a.hi = armsledger.Committed, lo, hi
			if d.findRepeat(kept, &a) == nil {
				kept = append(kept, &a)
			}
		}
		if d.refusedRequest(c) {
			// "Israel turned down Ukrainian requests for Iron Dome": the
			// refusal is one claim, and the request it answers another.
			r := *c
			r.status = armsledger.Requested
			if c.status == armsledger.Requested {
				c.status = armsledger.Denied // (the refusal first, as for the noun's own claim)
			}
			if d.findRepeat(kept, &r) == nil {
				kept = append(kept, &r)
			}
		}
	}
	d.kept = kept // keep what the buffer grew to
	if len(kept) == 0 {
		return nil
	}
	out := make([]armsledger.Claim, len(kept))
	extras := make([]claimExtras, len(kept))
	for i, c := range kept {
		c.time = d.timeNear(c, kept[i+1:])
		d.claim(c, &out[i], &extras[i])
	}
	return out
}

// approvalAfter returns the span of a clause after a claim requested or
// expected that says the sale was approved, its object the goods just
// told: "sought 40 jets from the United States, a sale Washington
// approved in 2024", "..., which Congress approved in May", "will buy 54
// tanks after the State Department approved the sale". The approval binds
// the sale (FORMAT.md: "approved the sale" is committed); a sum the
// sale is worth is left to its own verb. Else lo == hi.
func (d *doc) approvalAfter(c *draft) (lo, hi int) {
	if c.status != armsledger.Requested && c.status != armsledger.Expected || c.p.money || len(c.sup) == 0 || len(c.rec) == 0 || c.hi >= c.sentHi {
		return 0, 0
	}
	toks := d.toks
	for v := c.hi; v < c.sentHi && v-c.hi <= 12; v++ {
		if w := toks[v].Norm; w == ";" || w == ":" {
			return 0, 0
		}
		if w := toks[v].Norm; w != "approved" && w != "approves" && w != "cleared" {
			continue
		}
		if w := toks[v-1].Norm; w == "not" || w == "never" || w == "yet" || w == "n't" {
			return 0, 0 // "a sale Congress has not approved"
		}
		// The object after the verb: "approved the sale", "approved it".
		o := v + 1
		if o < c.sentHi && (toks[o].Norm == "the" || toks[o].Norm == "that" || toks[o].Norm == "this") {
			o++
		}
		if o < c.sentHi && saleWord(toks[o].Norm) {
			return d.clauseOpen(c.hi, v), o + 1
		}
		// The object before the subject: ", which Congress approved", ", a
		// sale Washington approved", ", which was approved".
		for j := v - 1; j > c.hi && v-j <= 6; j-- {
			w := toks[j].Norm
			if w == "," || w == "." {
				break
			}
			open := j // "which", or the article of "a sale"
			if w != "which" {
				if !saleWord(w) || j-1 <= c.hi || toks[j-1].Norm != "a" && toks[j-1].Norm != "the" {
					continue
				}
				open = j - 1
			}
			if toks[open-1].Norm == "," {
				return open, v + 1
			}
		}
		return 0, 0
	}
	return 0, 0
}

// saleWord reports whether w names a sale as what is approved.
func saleWord(w string) bool {
	switch w {
	case "sale", "sales", "deal", "purchase", "request", "transfer", "it", "them":
		return true
	}
	return false
}

// clauseOpen returns the token that opens the clause of the verb at v, back
// to lo: after the last comma, or the word "after" or "once" that makes it
// adverbial.
func (d *doc) clauseOpen(lo, v int) int {
	for j := v - 1; j > lo; j-- {
		switch d.toks[j].Norm {
		case ",":
			return j + 1
		case "after", "once", "when", "since":
			return j
		}
	}
	return lo
}

// refusedRequest reports whether claim c is a request a verb of refusal
// turns down: "rejected Poland's requests for tanks", "turned down
// Ukrainian requests", "declined Thailand's request for jets". The request
// was made, whatever the answer: the asker sought the goods.
//
// A request to sell or give ("turned down a German request to sell tank
// shells") is read at its infinitive, whose status may be either: the
// request of a named asker and its refusal are again two claims.
func (d *doc) refusedRequest(c *draft) bool {
	if c.trig < 0 {
		return false
	}
	at := c.trig // the request
	if c.rule != "request.noun" {
		if at < 2 || d.toks[at-1].Norm != "to" || c.status != armsledger.Denied && c.status != armsledger.Requested {
			return false
		}
		at -= 2
		if p := d.toks[at-1]; p.Norm != "'s" && !p.Cap {
			return false // "rejected requests to send shells": whose, it does not say
		}
		if c.sentHi > 0 && d.toStateAfter(c.trig, c.sentHi) {
			return false // "rejected Poland's request to send tanks to Ukraine": a request for leave, whose refusal is the request's answer alone
		}
	} else if c.status != armsledger.Denied {
		return false
	}
	if w := d.toks[at].Norm; w != "request" && w != "requests" {
		return false
	}
	for j := at - 1; j >= 0 && at-j <= 5; j-- {
		switch d.toks[j].Norm {
		case "rejected", "rejects", "rejecting", "refused", "refuses", "refusing", "declined", "declines", "declining", "rebuffed", "rebuffs":
			return true
		case "down": // "turned down", "turns down"
			if j > 0 && strings.HasPrefix(d.toks[j-1].Norm, "turn") {
				return true
			}
		case ".", ";":
			return false
		}
	}
	return false
}

// toStateAfter reports whether "to" and a name follow the verb at i in
// its clause, before token hi: "send tanks to Ukraine".
func (d *doc) toStateAfter(i, hi int) bool {
	for j := i + 1; j+1 < hi && j-i <= 12; j++ {
		switch d.toks[j].Norm {
		case ",", ";", ":", ".":
			return false
		case "to":
			if n := d.toks[j+1]; n.Cap || n.Norm == "the" && j+2 < hi && d.toks[j+2].Cap {
				return true
			}
		}
	}
	return false
}

// boughtForMakersState gives the goods a state buys from another state's
// makers to that other state, when the text tells of the buyer's aid to
// it or names the scheme of such buying, the Danish model: "Denmark will
// allocate DKK 4.2 billion to buy weapons directly from Ukrainian
// manufacturers" arms Ukraine, paid by Denmark (DK->UA), not Denmark.
// Several buyers go together: "Norway and Sweden have both paid for
// Ukrainian-made drones", told beside Sweden's aid to Ukraine, is NO,SE->UA.
func (d *doc) boughtForMakersState() {
	for i := range d.claims {
		c := &d.claims[i]
		if !c.fromMakers || len(c.sup) != 1 || len(c.rec) == 0 || slices.Contains(c.rec, c.sup[0]) {
			continue
		}
		aid := false
		for n := max(c.sent-1, 0); n <= c.sent+1 && n < len(d.sents) && !aid; n++ {
			// "the so-called Danish model", in its sentence or one next to it
			for j := d.sents[n].Lo; j+1 < d.sents[n].Hi; j++ {
				if d.toks[j].Norm == "danish" && d.toks[j+1].Norm == "model" {
					aid = true
					break
				}
			}
		}
		for k := range d.claims {
			if o := &d.claims[k]; !aid && !o.fromMakers && overlaps(o.sup, c.rec) && slices.Contains(o.rec, c.sup[0]) {
				aid = true // "its eighteenth military support package for Ukraine"
			}
		}
		if aid {
			c.sup, c.rec = c.rec, c.sup
		}
	}
}

// exportTotal reports whether c is the money a state's exports brought in,
// a trade total with the buyers left open: "Turkish defence and aerospace
// exports reached $7.1 billion last year". It is a flow from the seller to
// all its buyers, and the text names none of them.
func (d *doc) exportTotal(c *draft) bool {
	return c.aggregate && len(c.sup) > 0 && c.p.money && c.p.qty != nil && c.trig >= 0 &&
		(lex.info[d.toks[c.trig].word].verb.Lemma == "export" || c.trig > 0 && (d.toks[c.trig-1].Norm == "export" || d.toks[c.trig].Norm == "sales" && militaryWord(d.toks[c.trig-1].Norm))) && !d.exportTarget(c) // "export contracts", "arms sales"
}

// exportTarget reports whether the sum of a state's exports is a level
// they are to be raised to: "aims to raise annual defence exports to
// 50,000 crore rupees", "wants to boost its arms exports to $10 billion".
// A goal moves nothing; what the exports reached ("rose to $7 billion")
// the verb after them tells, not one before.
func (d *doc) exportTarget(c *draft) bool {
	if lo := c.p.start(); lo < 1 || d.toks[lo-1].Norm != "to" {
		return false
	}
	for j := c.trig - 1; j >= c.sentLo && j >= c.trig-5; j-- {
		switch d.toks[j].Norm {
		case "raise", "raising", "boost", "boosting", "increase", "increasing", "double", "doubling", "triple", "tripling", "lift", "lifting", "grow", "growing", "expand", "expanding":
			return true
		}
	}
	return false
}

// refusedExports makes the exports a state refuses to license a flow of
// their own: "Germany will not approve any exports of military equipment
// that could be used in Gaza", "London refused to authorise the export of
// British-made components". An export licence is granted, or refused, for
// one buyer, the one the text tells of; this is no trade total with one
// side ("Germany's arms exports fell"), and may take the recipient of the
// claims around it. So are exports a state stops or freezes: "Denmark
// halted exports of radar parts in May" after a sentence about Chile halts
// those to Chile, not its trade as a whole. A ban on all exports names no
// buyer.
func (d *doc) refusedExports() {
	for i := range d.claims {
		c := &d.claims[i]
		if !c.aggregate || c.status != armsledger.Denied || len(c.sup) == 0 || c.trig < 0 || lex.info[d.toks[c.trig].word].verb.Lemma != "export" {
			continue
		}
		for j := c.trig - 1; j >= c.sentLo && j >= c.trig-4; j-- {
			if d.toks[j].Norm == "all" {
				break // "Denmark halted all arms exports": every buyer's
			}
			if w, lemma := d.toks[j].Norm, lex.info[d.toks[j].word].verb.Lemma; w == "license" || w == "licence" || licensingVerb(lemma) || stopVerb(lemma) || lemma == "freeze" {
				c.aggregate = false
				break
			}
		}
	}
}

// licensingVerb reports whether a verb lemma grants leave to export:
// "approve", "authorise", "allow" ("permit").
func licensingVerb(lemma string) bool {
	return lemma == "approve" || lemma == "authorise" || lemma == "allow"
}

// restatedGoods gives goods a sentence named with no verb to move them
// (the pending drafts) the flow of a claim a sentence or two later that
// names them again with "the": "French forces seized 3,000 rifles and 23
// anti-tank missiles from a fishing boat. The weapons had originated in
// Iran and were headed for the Houthis." Only counted goods are taken: a
// load is told by its count. The restating claim is dropped:
// the goods it names are told in full before. A restatement of a kind
// ("the missiles") takes only goods of that kind; "the weapons" all. Goods
// in a sentence that told a transfer of its own are not pending on a later
// one.
func (d *doc) restatedGoods() {
	n := len(d.claims)
	for i := 0; i < n; i++ {
		c := &d.claims[i]
		if len(c.sup) == 0 || len(c.rec) == 0 || !d.restates(c) {
			continue
		}
		for k := range d.pending {
			p := &d.pending[k]
			if gap := c.sent - p.sent; gap < 1 || gap > 2 || p.para != c.para || c.p.cat != armsledger.Other && p.p.cat != c.p.cat || d.toldIn(p.sent, n) ||
				p.p.lo > 0 && d.afterThe(p.p.lo) || // "one of the missiles" names goods told before: none new
				p.p.qty == nil { // goods seized are counted; "an analysis of satellite imagery" is no load
				continue
			}
			p.sup, p.rec, p.status, p.inherited = c.sup, c.rec, c.status, true
			c.restated = true
			d.claims = append(d.claims, *p)
			c = &d.claims[i] // the list may have moved
		}
	}
	d.seizedOnRoute(n)
	if len(d.claims) > n {
		// In the text's order: the goods came before their restatement.
		slices.SortStableFunc(d.claims, func(a, b draft) int { return a.sent - b.sent })
	}
}

// seizedOnRoute gives counted goods seized with no verb to move them the
// flow of weapons of no kind that the same sentence names after them:
// "seized more than 2,000 AK-47 assault rifles from a fishing vessel on a
// route used to smuggle weapons from Iran to the Houthis" is Iran's rifles
// to the Houthis, and the weapons of no kind are those rifles. Seizures
// told in the three sentences after, of goods the text has not moved
// otherwise, take the same flow: "French special forces
// intercepted a further 3,000 rifles ... in the same waters". Of the first
// n drafts, the ones told before.
func (d *doc) seizedOnRoute(n int) {
	// The seized goods: those no verb moved (pending), and counts a verb
	// of seizing left with no party ("intercepted a further 3,000 rifles").
	// Claims are held by index: appending may move the list.
	type seized struct {
		k       int // in pending, or else in claims
		pending bool
	}
	at := func(g seized) *draft {
		if g.pending {
			return &d.pending[g.k]
		}
		return &d.claims[g.k]
	}
	counted := func(p *draft) bool { return p.p.qty != nil && !p.p.money && len(p.sup) == 0 && len(p.rec) == 0 }
	var goods []seized
	start := false // a count after a verb of seizing, which every route starts from
	for k := range d.pending {
		goods = append(goods, seized{k, true})
		start = start || counted(&d.pending[k]) && d.seizedBefore(d.pending[k].p.lo)
	}
	for i := 0; i < n; i++ {
		if c := &d.claims[i]; len(c.sup) == 0 && len(c.rec) == 0 {
			goods = append(goods, seized{i, false})
			start = start || counted(c) && d.seizedBefore(c.p.lo)
		}
	}
	if !start {
		return
	}
	slices.SortStableFunc(goods, func(a, b seized) int { return at(a).p.lo - at(b).p.lo })
	var route *draft // the flow the last seizure took
	listed := -1     // the sentence whose seized list is being read: "3,000 rifles, 578,000 rounds of ammunition and 23 anti-tank guided missiles"
	for _, g := range goods {
		p := at(g)
		if !counted(p) || p.sent != listed && !d.seizedBefore(p.p.lo) {
			continue
		}
		if route != nil && (p.sent-route.sent < 0 || p.sent-route.sent > 3) {
			route = nil
		}
		if route == nil {
			for i := 0; i < n; i++ {
				c := &d.claims[i]
				if c.sent == p.sent && len(c.sup) > 0 && len(c.rec) > 0 && c.p.cat == armsledger.Other && c.p.qty == nil && !c.p.money && c.p.lo > p.p.hi {
					c.restated = true
					route = &draft{sup: c.sup, rec: c.rec, status: c.status, sent: c.sent}
					break
				}
			}
		}
		if route == nil || g.pending && p.sent != route.sent && d.toldIn(p.sent, n) {
			continue
		}
		sent := route.sent
		p.sup, p.rec, p.status, p.inherited = route.sup, route.rec, route.status, true
		if g.pending {
			d.claims = append(d.claims, *p)
		}
		route, listed = &draft{sup: p.sup, rec: p.rec, status: p.status, sent: max(sent, p.sent)}, p.sent
	}
}

// seizedBefore reports whether a verb of seizing stands in the few words
// before token i: "seized more than 2,000 rifles", "intercepted a further
// 3,000 rifles".
func (d *doc) seizedBefore(i int) bool {
	for j := i - 1; j >= 0 && i-j <= 5; j-- {
		if seizureVerb(d.toks[j].Norm) {
			return true
		}
		if d.toks[j].Kind == Punct && d.toks[j].Norm != "," {
			return false
		}
	}
	return false
}

// restates reports whether claim c names goods again with "the", "these"
// or "those" and no count, in a word or two: "the weapons", "these
// missiles".
func (d *doc) restates(c *draft) bool {
	if c.p.qty != nil || c.p.money || c.trig < 0 || c.p.lo <= c.sentLo || c.p.hi > c.sentHi || c.p.hi-c.p.lo > 2 {
		return false // (a phrase read back from an earlier sentence restates nothing here)
	}
	return d.afterThe(c.p.lo)
}

// afterThe reports whether the word before token i is "the", "these" or
// "those".
func (d *doc) afterThe(i int) bool {
	switch d.toks[i-1].Norm {
	case "the", "these", "those":
		return true
	}
	return false
}

// toldIn reports whether any of the first n drafts is of sentence k.
func (d *doc) toldIn(k, n int) bool {
	for i := 0; i < n; i++ {
		if d.claims[i].sent == k {
			return true
		}
	}
	return false
}

// claimExtras holds what a claim points to besides the text: its quantity,
// with the bounds the quantity points to, and its time. The claims of a
// text get theirs in one allocation rather than one or two each.
type claimExtras struct {
	quantity armsledger.Quantity
	bounds   [2]float64
	time     armsledger.TimeRef
}

// mayLeaveSupplierOpen reports whether a claim stands without a supplier. A
// row needs both sides, except where the sentence is told from the
// recipient's side and leaves the other open: a request ("Ukraine asked for
// jets"), what a named recipient gets ("Greece will receive 24 jets") or
// what arrives for it ("six jets for Greece arrived"); or where the sender
// is named but is no state ("Western allies have sent tanks to Ukraine"). A
// purchase does not count: "the army will buy 500 trucks" is as often bought
// at home as abroad. Nor does a recipient borrowed from another sentence.
func (c *draft) mayLeaveSupplierOpen() bool {
	return c.toldOpen() || c.agentless && !c.inherited
}

// toldOpen reports whether a claim's own words leave its supplier open, as
// mayLeaveSupplierOpen tells. An agentless passive does not: its giver may
// be told elsewhere in the text, and stays open only where none is.
func (c *draft) toldOpen() bool {
	if c.status == armsledger.Requested {
		return true
	}
	return (c.byRecipient || c.open) && !c.inherited || c.allocated && len(c.rec) > 0
}

// timeAfter and timeBefore bound how far after a claim's words a time
// expression may start, and how far before them one may end, to be near it.
const timeAfter, timeBefore = 6, 4

// timeNear returns the time expression inside or right after a claim's
// words. Times are read only for sentences that made a claim, and once for
// the claims of one sentence, which come together: following are the claims
// after c, which may share its sentence.
func (d *doc) timeNear(c *draft, following []*draft) *foundTime {
	times := d.times.of(c, following, d.toks, d.opt.Published)
	// A promise is dated by its deadline ("agreed on Monday to send one
	// million rounds by March"), anything else by the first time near it.
	promise := c.status == armsledger.Committed || c.status == armsledger.Expected
	var near *foundTime
	for k := range times {
		tm := &times[k]
		if !(tm.lo >= c.lo && tm.lo <= c.hi+timeAfter || tm.hi <= c.lo && tm.hi >= c.lo-timeBefore) {
			continue
		}
		if !promise || tm.rel == relBy || tm.rel == relUntil || tm.rel == relBefore {
			return tm
		}
		if near == nil {
			near = tm
		}
	}
	return near
}

// eitherSide gives goods said to go (mostly: not to go) "to any party to
// the war" the recipient the text tells that supplier's goods reach
// elsewhere: in "China has never provided lethal weapons to any party to
// the conflict", after "Chinese firms shipped drone engines to Russia", the
// denial answers the flow to Russia. Last, once the claims near have given
// what they can (warPair), both states of the war the text names. Goods
// said to go to "either side" or "both sides" go at once to the two sides
// the text names, whatever one of them gets elsewhere: "Beijing says it does not
// arm either side" after a flow to Russia denies arming Russia and Ukraine.
func (d *doc) eitherSide(warPair bool) {
	for i := range d.claims {
		c := &d.claims[i]
		if !c.eitherSide || len(c.sup) == 0 || len(c.rec) > 0 {
			continue
		}
		if pair := d.warNamed(c.sideState); c.bothSides && pair[0] != "" && !slices.Contains(c.sup, pair[0]) && !slices.Contains(c.sup, pair[1]) {
			c.rec, c.inherited = pair[:], true // the two sides, whichever one the supplier's goods reach
			continue
		}
		if warPair {
			if pair := d.warNamed(c.sideState); pair[0] != "" && !slices.Contains(c.sup, pair[0]) && !slices.Contains(c.sup, pair[1]) {
				c.rec, c.inherited = pair[:], true
			} else if pair[0] == "" && c.sideState != "" && !slices.Contains(c.sup, c.sideState) && !d.atWarAbroad(c.sideState) {
				// "either side in the Sudanese war": a war within one
				// state, whose sides are both that state's.
				c.rec, c.inherited = []string{c.sideState}, true
			}
			continue
		}
		near := -1 // the nearest claim of the same supplier with a recipient
		for k := range d.claims {
			o := &d.claims[k]
			if len(o.rec) > 0 && !o.eitherSide && sameSet(o.sup, c.sup) && !overlaps(o.rec, c.sup) &&
				(near < 0 || abs(o.sent-c.sent) < abs(d.claims[near].sent-c.sent)) {
				near = k
			}
		}
		if near >= 0 {
			c.rec, c.inherited = d.claims[near].rec, true
			if pair := onlyWar(c.rec); c.bothSides && pair[0] != "" && !slices.Contains(c.sup, pair[0]) && !slices.Contains(c.sup, pair[1]) {
				// "Kazakh-made vehicles reached Ukraine ... Kazakhstan has
				// no plans to supply weapons to either side in the war": the
				// two sides are the state its goods reach and the one
				// state that state is at war with, named or not.
				c.rec = pair[:]
			}
		}
	}
}

// onlyWar returns the one pair of states at war (lexicon/wars.tsv) that the
// single state of rec is in, or two empty codes when it is in none or in
// several.
func onlyWar(rec []string) [2]string {
	var one [2]string
	if len(rec) != 1 {
		return one
	}
	for pair := range lex.wars {
		if pair[0] == rec[0] {
			if one[0] != "" {
				return [2]string{}
			}
			one = pair
		}
	}
	return one
}

// groupsTold gives goods that go to "the group" or "the militia" the
// recipient of the last flow of the same giver told before them: in "The
// UAE re-exported armoured vehicles to the Rapid Support Forces ... Abu
// Dhabi has denied arming the paramilitary group", the group is the RSF.
func (d *doc) groupsTold() {
	for i := range d.claims {
		c := &d.claims[i]
		if !c.groupTold || len(c.sup) == 0 || len(c.rec) > 0 {
			continue
		}
		for k := i - 1; k >= 0; k-- {
			if p := &d.claims[k]; len(p.rec) > 0 && sameSet(p.sup, c.sup) && !overlaps(p.rec, c.sup) {
				c.rec, c.inherited = p.rec, true
				break
			}
		}
	}
}

// usersTold gives goods sent "for use in" a state the other party of the
// giver's flows the text tells, when there is one: in "North Korea has
// received missiles from Russia in return for sending troops ... Pyongyang
// had also sent about 100 KN-23 missiles for use in Ukraine", the missiles
// went to Russia, to be used in Ukraine.
func (d *doc) usersTold() {
	for i := range d.claims {
		c := &d.claims[i]
		if !c.useIn || len(c.sup) != 1 {
			continue
		}
		for k := range d.claims {
			p := &d.claims[k]
			if p.useIn || len(p.sup) != 1 || len(p.rec) != 1 || p.status == armsledger.Requested || p.status == armsledger.Denied {
				continue // (a flow only asked for, or refused, carries no goods on: "after Germany asked Brazil to sell it shells")
			}
			switch {
			case p.sup[0] == c.sup[0] && !sameSet(p.rec, c.rec):
				c.rec = p.rec
			case p.rec[0] == c.sup[0] && !sameSet(p.sup, c.rec):
				c.rec = p.sup
			default:
				continue
			}
			c.inherited = true
			break
		}
	}
}

// atWarAbroad reports whether the state code is in a pair of states at
// war (lexicon/wars.tsv): the war the sentence names for it may be that
// one, whose sides are two states, not a war within it.
func (d *doc) atWarAbroad(code string) bool {
	for pair := range lex.wars {
		if pair[0] == code || pair[1] == code {
			return true
		}
	}
	return false
}

// warNamed returns the two states at war (lexicon/wars.tsv) that the text
// names most between them, both named; or, when it names no such pair, the
// pair of the state the sentence names for the war ("to either party to
// the Ukraine conflict"), if it is in one pair only; or two empty codes.
func (d *doc) warNamed(sideState string) [2]string {
	var best, one [2]string
	most, ones := 0, 0
	tie := false
	for pair := range lex.wars {
		if pair[0] > pair[1] {
			continue // each pair is held both ways round
		}
		if pair[0] == sideState || pair[1] == sideState {
			one, ones = pair, ones+1
		}
		a, b := d.mentionsOf(pair[0]), d.mentionsOf(pair[1])
		if a == 0 || b == 0 {
			continue
		}
		switch {
		case a+b > most:
			best, most, tie = pair, a+b, false
		case a+b == most:
			tie = true
		}
	}
	switch {
	case most > 0 && !tie:
		return best
	case most == 0 && ones == 1:
		return one
	}
	return [2]string{}
}

// mentionsOf returns how many times the text names the state code (among
// the first states it names: see doc.mentions).
func (d *doc) mentionsOf(code string) int {
	for _, m := range d.mentions[:d.nMentions] {
		if m.code == code {
			return m.n
		}
	}
	return 0
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// dealOpens reports whether the sentence of claim c opens with a deal as
// its subject: "The sale, approved in 2019, was valued at", "The contract
// is worth", "The Rafale deal was worth". (A package may hold what was
// sent: "The package is valued at" stays as the flow before.)
func (d *doc) dealOpens(c *draft) bool {
	j := c.sentLo
	if j >= c.sentHi || d.toks[j].Norm != "the" {
		return false
	}
	for k := j + 1; k < c.sentHi && k-j <= 3; k++ {
		switch d.toks[k].Norm {
		case "sale", "deal", "contract", "order", "purchase", "agreement":
			return k+1 < c.sentHi && (d.toks[k+1].Norm == "," || d.toks[k+1].Norm == "was" || d.toks[k+1].Norm == "is" || d.toks[k+1].Norm == "has")
		}
		if d.toks[k].Kind != Word {
			return false
		}
	}
	return false
}

// inherit gives a draft that names only one side the other side of the
// claim told just before it about the same party ("Saudi Arabia has requested
// 1,000 missiles", after "The US is preparing to deliver ... to Saudi
// Arabia"); an amount of money with no frame takes both sides.
func (d *doc) inherit() {
	for i := range d.claims {
		c := &d.claims[i]
		if p := d.formerOrLatter(i); p != nil {
			// "ordered F-35s from the United States and Arrow 3 from
			// Israel, the latter in a deal worth $3.5 billion": the sum is
			// of the goods "the latter" points to.
			c.sup, c.rec, c.inherited = p.sup, p.rec, true
			continue
		}
		if p := d.dealToBuy(i); p != nil {
			// "Spain sold arms to Israel, and it later cancelled a $7
			// million contract to buy Israeli ammunition": the deal's sum
			// is of the purchase it is for, not of the flow told before.
			c.sup, c.rec, c.inherited = p.sup, p.rec, true
			continue
		}
		if d.wholeOfPart(i) {
			// "ordered Mirage jets for Romania, the first of which arrived
			// in May": an arrival names no giver, and the part goes the
			// way the whole it is taken from goes, whatever the text
			// around lends the verb (see partsOfFlow).
			c.partOf = i
		}
		if p := d.pricedGoods(i); p != nil {
			// "the corvettes ordered in 2018 for about 1.8 billion euros":
			// the price after "for" is paid for the goods the same verb
			// moves, between their parties, whatever the verb's own frame
			// read from the sentences before. Goods whose recipient is not
			// read yet lend their giver, the rest of the sum's flow to
			// come as theirs does.
			c.sup, c.rec, c.inherited = p.sup, p.rec, true
			if len(p.rec) > 0 {
				continue
			}
		}
		if len(c.sup) > 0 && len(c.rec) > 0 || c.homemade || c.aggregate {
			continue
		}
		if p := d.firstOfSeries(i); p != nil {
			// "The EU transferred €1.5 billion to Ukraine, the first
			// payment of its kind. Germany plans to spend €4 billion on
			// aid. A second tranche, of around €1.4 billion, is expected":
			// the second of a series goes as the first did, past the
			// flows told since.
			c.sup, c.rec, c.inherited = p.sup, p.rec, true
			if c.trig < 0 && c.status == "" {
				c.status = p.status
				if d.expectedIn(c) {
					c.status = armsledger.Expected // "is expected next spring": not yet paid
				}
			}
			continue
		}
		if p := d.sameDealGoods(i); p != nil {
			// "Saudi Arabia is due to receive drones from Turkey, and the
			// UAE signed a $3.5 billion deal for South Korean air defence
			// systems": the sum is of the goods its own deal names, not of
			// the flow told before in the sentence.
			c.sup, c.rec, c.inherited = p.sup, p.rec, true
			continue
		}
		if c.joins > 0 {
			if p := &d.claims[c.joins-1]; len(p.sup) > 0 && len(p.rec) > 0 {
				// "The jets were handed over together with spare parts":
				// what comes along goes as the goods it joins went.
				c.sup, c.rec, c.inherited = p.sup, p.rec, true
				continue
			}
		}
		if p := d.paidFor(i); p != nil {
			// "Tehran has passed Russia the technology to build Shahed
			// drones. Iran was paid about $1.75 billion for the licence":
			// who got the payee's goods pays.
			c.sup, c.inherited = p.rec, true
			continue
		}
		if ft := &d.flowTold; len(c.sup) == 0 && len(c.rec) == 0 && len(ft.sup) > 0 && c.sent > ft.sent && c.sent-ft.sent <= 2 &&
			strings.HasSuffix(c.rule, ".noun") && !d.toldSince(ft.sent, c.sent) {
			// "The Pentagon paused some deliveries to Ukraine. The pause held
			// up shipments of Patriot interceptors": the flow just told.
			c.sup, c.rec, c.inherited = ft.sup, ft.rec, true
			continue
		}
		if p := d.totalOf(c); p != nil {
			// "EUR 267 billion in aid has been allocated to Ukraine. Of the
			// total, around EUR 130 billion were allocated in military
			// assistance": a share goes where the whole went.
			c.sup, c.rec, c.inherited = p.sup, p.rec, true
			continue
		}
		if p := d.goodsServed(i); p != nil {
			// "Norway sold 12 howitzers to Chile. Shells for the howitzers
			// will be delivered in May": goods for goods told before go
			// the way those went.
			c.sup, c.rec, c.inherited = p.sup, p.rec, true
			continue
		}
		if c.p.pronominal && len(c.sup) == 0 && len(c.rec) == 0 && i > 0 {
			if p := &d.claims[i-1]; p.sent == c.sent && p.p.cat == c.p.cat && len(p.sup) > 0 && len(p.rec) > 0 && p.p.hi <= c.p.lo {
				// "ordered 180 K2 tanks from South Korea, all of which have
				// now arrived": the goods just named, which went that way.
				c.sup, c.rec, c.inherited = p.sup, p.rec, true
				if c.p.qty == nil && d.toks[c.p.lo].Norm == "all" {
					c.p.qty = p.p.qty // all of them: as many
				}
				continue
			}
		}
		if p := d.refusedAfter(i); p != nil {
			// "The Ukrainian side formally requested the missiles, but the
			// United States said it will not supply them": who refuses a
			// request was the one asked, not a giver told before.
			c.sup, c.inherited = p.sup, true
			continue
		}
		if p := d.laterInSentence(i); p != nil {
			// "will provide £100 million to buy air defence systems for
			// Ukraine": the purpose names who gets the money.
			c.rec, c.inherited = p.rec, true
			continue
		}
		if p := d.lastLoad(i); p != nil {
			// "the cargo could hold hundreds of thousands of rounds": what
			// a load holds moves the way the load did.
			c.sup, c.rec, c.inherited = p.sup, p.rec, true
			continue
		}
		if p := d.sentenceTransfer(i); p != nil {
			// "Under a $1.7 billion deal, Poland ordered 96 Apache
			// helicopters from the US": the value is the sentence's deal.
			// A sum its buyer paid goes back to the seller: "the first
			// battery was handed over to Germany, and Berlin has paid €600m".
			if d.sumPaid(c) && sameSet(c.sup, p.rec) {
				c.sup, c.rec, c.inherited = p.rec, p.sup, true
				continue
			}
			c.sup, c.rec, c.inherited = p.sup, p.rec, true
			if c.trig < 0 {
				c.status = p.status
			}
			continue
		}
		if p := d.sentenceBuyer(i); p != nil {
			// "Poland has signed for 96 helicopters, in a deal Washington
			// approved at up to $12 billion": a sum whose giver alone is
			// named goes to the buyer of the goods told before it.
			c.rec, c.inherited = p.rec, true
			continue
		}
		var self *draft // a flow from a state to itself passed by
		for k := i - 1; k >= 0; k-- {
			p := &d.claims[k]
			if c.sent-p.sent > 4 && p.para != c.para {
				break // a few sentences back, or anywhere in the same paragraph
			}
			if len(c.rec) == 0 && len(c.sup) > 0 && len(p.sup) == 0 && len(p.rec) > 0 && p.status == armsledger.Requested && c.status != armsledger.Requested && p.sent < c.sent && c.sent-p.sent <= 1 && !overlaps(c.sup, p.rec) && c.p.cat != p.p.cat {
				// "Ukraine asked for more air defence. Lithuania pledged
				// armoured vehicles": a giver's answer to the request just
				// told, which named none, goes to who asked (not to the
				// flows told before the request). Goods of the kind asked
				// for answer it as pairPartials reads them, the asked one
				// giving.
				c.rec, c.inherited = p.rec, true
				break
			}
			if len(c.sup) == 0 && len(c.rec) > 0 && len(p.sup) > 0 && len(p.rec) == 0 && p.p.money && c.sent-p.sent <= 2 && d.packageSubject(c) {
				// "The Department of Defense today announced security
				// assistance valued at up to $2.85 billion. ... this package
				// provides Ukraine with infantry fighting vehicles": the
				// package told gives; it goes where its contents go.
				c.sup, c.inherited = p.sup, true
				p.rec = c.rec
				break
			}
			if len(c.sup) == 0 && len(c.rec) > 0 && len(p.sup) > 0 && len(p.rec) == 0 && d.namedAgainFrom(c, p) {
				// "Washington paused a shipment of 2,000-pound bombs. ...
				// the bombs arrived in Israel": the goods named again came
				// from their giver, though the first telling named no
				// recipient.
				c.sup, c.inherited = p.sup, true
				self = nil
				break
			}
			if p.backstory && p.sent < c.sent {
				continue // how a holder once got goods told aside is no flow the text goes on with
			}
			if len(c.sup) == 0 && d.leaveForOthersSale(k) {
				// "Argentina agreed to buy 24 F-16s from Denmark, after the
				// United States cleared the transfer of the jets. The first
				// six are due to land": a leave for another's sale hands
				// nothing over; the goods come the way the sale goes.
				continue
			}
			if len(p.sup) == 0 || len(p.rec) == 0 || p.sited && len(c.rec) == 0 {
				continue // (a facility's host lends no recipient: the flows around it go elsewhere)
			}
			if len(c.rec) == 0 && sameSet(p.sup, p.rec) && d.armsItself(p) {
				// "we are now arming Poland with modern weapons": a state
				// arming itself lends no recipient to the goods it gives
				// next; the flow before it still may.
				continue
			}
			switch {
			case len(c.sup) == 0 && (len(c.rec) == 0 || sameSet(c.rec, p.rec)) && (p.p.money || p.trig == c.trig) && c.sent-p.sent <= 2 && d.boughtWithSum(c):
				// "Denmark gave Ukraine €1 billion. Most of the money will
				// be spent on air defence and shells": what a sum told buys
				// goes the way the sum went (and so does the rest of what
				// the same verb buys). So when the goods name the sum's
				// recipient: "Danish funds were used to buy howitzers for
				// Ukraine".
				c.sup, c.rec, c.inherited = p.sup, p.rec, true
			case len(c.sup) == 0 && len(c.rec) == 0 && d.definite(c) && !d.amongTold(c) && (c.p.cat != p.p.cat || d.otherModel(&c.p, &p.p)) && c.sent-p.sent <= 2:
				// An item named again continues its own transfer, further
				// back: "The first Rafales are due in 2028" after the MiG-29s
				// told since the Rafale deal.
				continue
			case len(c.sup) == 0 && len(c.rec) == 0 && c.p.cat != p.p.cat && d.laterBatch(c) && !d.followsOn(c) && c.sent-p.sent <= 2:
				// "A further batch of Tor-M2 systems is due next year" after
				// S-400s and then jets: a later batch of the kind told,
				// further back.
				continue
			case len(c.sup) == 0 && len(c.rec) == 0 && c.p.cat != p.p.cat && d.partOfNamed(c) && d.kindToldBefore(c, k):
				// "more than 200 of the missiles were shipped" continues the
				// missiles' flow, past the technology told since.
				continue
			case len(c.sup) == 0 && len(c.rec) == 0:
				// An amount, the item named again with "the" ("The
				// aircraft will be delivered over several years") or "more"
				// of it ("Sullivan said more would be sent") continues the
				// transfer just told; so do goods of any kind said to be
				// yet to follow it ("Norway sent tanks to Lithuania.
				// Howitzers would follow in the autumn"), not those that
				// "followed", which may be another flow of the story.
				if c.subject != "" && !slices.Contains(p.sup, c.subject) && !slices.Contains(p.rec, c.subject) {
					continue // an amount its own sentence gives another state
				}
				if p.status == armsledger.Denied && c.status != armsledger.Denied && d.goodsTakenBefore(c, k, p) {
					continue // "Colombia signed for 17 Gripens ... Bogota had turned down an American offer of F-16s. Deliveries of the first four jets": from the seller taken, not the one refused
				}
				if m := d.makerOf(&c.p); d.sale && m != "" && len(p.sup) > 0 && !makesAny(m, p.sup) {
					continue // "Washington offered F-16s. The air force also operates 11 Gripens bought in 2008": another maker's goods, another sale
				}
				if c.p.money && p.sent < c.sent && d.buyerNamedIn(c.sent, p.rec) {
					break // a sum of its own sentence's deal, whose buyer it names: not of the flow before
				}
				if (c.p.money || c.p.qty != nil || d.definite(c) || d.amongTold(c) || d.contractForMade(c, p) || c.p.elided && c.p.increment && c.p.cat == p.p.cat || c.p.elided && c.trig == c.p.head || d.laterBatch(c) && (c.p.cat == p.p.cat || d.followsOn(c)) || d.followsOn(c) && d.toks[c.trig].Norm == "follow" && c.sent-p.sent <= 1 || c.status == armsledger.Denied && c.p.cat == p.p.cat && p.status != armsledger.Denied || d.carriedLoad(c) && c.sent-p.sent <= 1 || d.newNamedAgain(c) && !d.oldGoods(p)) && c.sent-p.sent <= 2 && !c.open {
					c.sup, c.rec, c.inherited = p.sup, p.rec, true
					if sup := d.thoseFromAll(c, k); sup != nil {
						c.sup = sup // "buying 12 jets from Qatar and another 12 from Oman. Deliveries of those jets": from both
					}
					if c.trig < 0 {
						c.status = p.status
						if c.p.money && p.sent < c.sent && (p.status == armsledger.Delivered || p.status == armsledger.Expected) && d.dealOpens(c) {
							// "Taiwan received 38 tanks. The sale, approved
							// in 2019, was valued at $2 billion": the worth
							// of the deal is bound, whatever of its goods
							// has come or is yet to come.
							c.status = armsledger.Committed
						}
					}
				}
			case len(c.sup) == 0 && len(c.rec) > 0 && c.p.elided && c.p.cat == p.p.cat && c.sent-p.sent <= 1 && !overlaps(p.sup, c.rec) && (d.ofThem(c) || strings.HasPrefix(c.rule, "receive.") || p.sent == c.sent || batchWord(d.toks[c.p.head].Norm)):
				// ("Indonesia has contracted for 42 Rafale jets from France.
				// Egypt has bought 54": more of the item named, from its seller.)
				// "Norway's retired F-16s have been sold. Thirty-two of them
				// are going to Romania": the seller of the jets named; and
				// so is the next clause's count, "and twelve were sold to
				// the American company Draken".
				c.sup, c.inherited = p.sup, true
			case len(c.sup) == 0 && len(c.rec) > 0 && c.status == armsledger.Denied && p.status != armsledger.Denied && c.p.cat == p.p.cat && !overlaps(c.rec, p.rec) && !overlaps(c.rec, p.sup) && d.afterThe(c.p.lo) && c.sent-p.sent <= 2:
				// "Japan approved the export of missiles to the United
				// States. None of the missiles will go on to Ukraine": goods
				// told, whose onward flow is barred, by their giver's terms.
				c.sup, c.inherited = p.sup, true
			case len(c.sup) == 0 && sameSet(c.rec, p.sup) && !overlaps(c.rec, p.rec) && (d.inReturn(c) || c.rule == "exchange.for" && p.sent == c.sent):
				// "North Korea shipped containers to Russia. Kim received in
				// return food and military technology": from the other party.
				// So what its sentence gives "in exchange for" the transfer
				// ("would hand over the hardware in exchange for $200 million
				// of new equipment"), once the transfer's recipient is known.
				c.sup, c.inherited = p.rec, true
			case len(c.sup) == 0 && sameSet(c.rec, p.rec) && sameSet(p.sup, p.rec):
				// "the F-35 would give the Hellenic Air Force an edge" (a
				// state to itself, which is no flow) lends no supplier to
				// "Athens is expected to buy 20 of the aircraft": look
				// further, and take it (so drop the claim) if none is there.
				if self == nil {
					self = p
				}
				continue
			case len(c.sup) == 0 && sameSet(c.rec, p.rec) && !c.open:
				if c.p.cat != armsledger.Funding && p.p.cat == armsledger.Funding && d.sameGoodsBefore(c, k) {
					continue // "The US will provide $40 million to support the purchase. The first jets arrive next year": from the jets' seller
				}
				if p.status == armsledger.Denied && c.status != armsledger.Denied && d.sameGoodsBefore(c, k) {
					continue // "agreed to buy 24 F-16s from Denmark, after a Chinese offer of JF-17s was turned down. The first six jets landed": from the seller taken, not the one refused
				}
				if m := d.makerOf(&c.p); d.sale && m != "" && !makesAny(m, p.sup) && !d.listedWithUnmade(c, p.sup) {
					continue // in a text of sales, a system of another maker is another sale (see makersSupply)
				}
				c.sup, c.inherited = p.sup, true
			case len(c.rec) == 0 && len(c.sup) > 0 && sameSet(c.sup, p.rec) && !overlaps(c.sup, p.sup) && d.inReturn(c):
				// "North Korea sent shells to Russia. In return, Moscow has
				// provided missile components": back to the other party.
				c.rec, c.inherited = p.sup, true
			case len(c.rec) == 0 && c.supFromDemonym && sameSet(c.sup, p.rec) && c.p.cat == p.p.cat && c.sent-p.sent <= 2 && !overlaps(p.sup, p.rec):
				// "Poland ordered 180 K2 tanks from South Korea. The first
				// Polish tanks arrived in December": the demonym names whose
				// the goods are now, the buyer; they come from its seller.
				c.sup, c.rec, c.inherited = p.sup, p.rec, true
			case len(c.rec) == 0 && c.status == armsledger.Denied && p.status == armsledger.Denied && (strings.HasPrefix(p.rule, "buy.") || strings.HasPrefix(p.rule, "receive.")) && p.sent < c.sent && c.sent-p.sent <= 2 && !overlaps(c.sup, p.sup) && !overlaps(c.sup, p.rec):
				// "Chile cancelled a contract to buy rifles from Peru.
				// Norway halted a shipment of radars": one more state
				// turning from the seller the buyer turned from, not a
				// supply to that buyer.
				c.rec, c.inherited = p.sup, true
			case len(c.rec) == 0 && sameSet(c.sup, p.sup):
				c.rec, c.inherited = p.rec, true
			case len(c.rec) == 0 && len(p.sup) > 1 && subsetOf(c.sup, p.sup) && c.p.cat == p.p.cat && c.sent-p.sent <= 2:
				// "Ethiopia has acquired armed drones from Turkey, the UAE
				// and Iran. ... Wing Loong drones that were supplied by the
				// UAE": one of the givers named, its goods go where theirs did.
				c.rec, c.inherited = p.rec, true
			case len(c.rec) == 0 && (c.p.elided || d.also(c)) && c.p.cat == p.p.cat && c.sent-p.sent <= 1 && !overlaps(c.sup, p.rec):
				// "The US has given 31 Abrams tanks to Ukraine. Australia
				// sent 49": a count standing for the item told of just
				// before goes where that went.
				c.rec, c.inherited = p.rec, true
			case len(c.rec) == 0 && d.moreOf(c) && c.sent-p.sent <= 3 && !overlaps(c.sup, p.rec):
				// "Berlin would supply 12 more howitzers" after aid to
				// Ukraine told: more of what goes where the flow before went.
				c.rec, c.inherited = p.rec, true
			case len(c.rec) == 0 && p.sent == c.sent && !overlaps(c.sup, p.rec):
				// "Slovakia sent 13 jets to Ukraine, and Poland delivered
				// four": clauses joined in one sentence share the recipient.
				c.rec, c.inherited = p.rec, true
			case len(c.rec) == 0 && c.p.cat == armsledger.Funding && (d.paidBack(c) || d.sumPaid(c)) && sameSet(c.sup, p.rec) && !overlaps(c.sup, p.sup):
				// "Russia will deliver 24 Su-35 jets to Iran. Tehran has
				// paid for the aircraft": the buyer pays the seller.
				c.rec, c.inherited = p.sup, true
			case len(c.rec) == 0 && c.denier && sameSet(c.sup, p.rec):
				// "North Korea sent shells to Russia. Moscow dismissed the
				// reports as lies": the recipient denies the same transfer.
				c.sup, c.rec, c.inherited = p.sup, p.rec, true
			case len(c.rec) == 0 && bothParties(c.sup, p.sup, p.rec):
				// "Tehran and Moscow both denied any arms transfers": the
				// two parties of the transfers before, in the direction the
				// text first told of.
				lead := d.firstBetween(p.sup, p.rec, i)
				c.sup, c.rec, c.inherited = lead.sup, lead.rec, true
			default:
				continue
			}
			self = nil // a flow was found
			break
		}
		if self != nil && len(c.sup) == 0 && d.makerOf(&c.p) == "" {
			c.sup, c.inherited = self.sup, true
		}
	}
}

// reportsDenied gives a denial of the reports the parties of the flow
// reported, once every reading has given them, whichever of them denies:
// "Reuters reported that Iran sent missiles to Russia. ... Tehran denied
// the report" (see reportedFlow). A denier that is no party to it denies
// what its own reading found.
func (d *doc) reportsDenied() {
	for i := range d.claims {
		c := &d.claims[i]
		if c.reports == 0 {
			continue
		}
		if p := &d.claims[c.reports-1]; len(p.sup) > 0 && len(p.rec) > 0 && (slices.Contains(p.sup, c.reportDenier) || slices.Contains(p.rec, c.reportDenier)) {
			c.sup, c.rec, c.inherited = p.sup, p.rec, true
		}
	}
}

// promisedBySeveral reports whether claim k is a sum given, in a
// passage that tells, in its sentence or the one before, sums given to
// the same recipient by other givers too: money pooled from
// several, each paying for goods that none of them sends ("The
// Netherlands pledged €500 million. Denmark, Norway and Sweden followed
// with $500 million, and Germany will contribute $500 million too").
func (d *doc) promisedBySeveral(k int) bool {
	if k < 0 || k >= len(d.claims) {
		return false
	}
	p := &d.claims[k]
	if !p.p.money || len(p.sup) == 0 {
		return false
	}
	for i := k - 1; i >= 0 && p.sent-d.claims[i].sent <= 1; i-- {
		// (A sum's recipient may be told only later, as "too" leaves it.)
		o := &d.claims[i]
		if o.p.money && len(o.sup) > 0 && (len(o.rec) == 0 || len(p.rec) == 0 || sameSet(o.rec, p.rec)) && !overlaps(o.sup, p.sup) {
			return true
		}
	}
	return false
}

// seriesNoun reports whether w names one of a series of payments.
func seriesNoun(w string) bool {
	switch w {
	case "tranche", "tranches", "payment", "instalment", "installment", "disbursement":
		return true
	}
	return false
}

// firstOfSeries returns, for claim i naming neither side in a sentence
// that tells a later one of a series of payments ("A second tranche of
// windfall profits is expected"), the last claim before it, a few
// sentences back or in its paragraph, whose sentence tells the first
// ("the first payment of its kind"); or nil.
func (d *doc) firstOfSeries(i int) *draft {
	c := &d.claims[i]
	if len(c.sup) > 0 || len(c.rec) > 0 {
		return nil
	}
	if c.sent < len(d.sentStates) && d.sentStates[c.sent].flags&fOrdinal == 0 && d.sents[c.sent].Lo == c.sentLo && d.sents[c.sent].Hi == c.sentHi {
		return nil // no "second", "third", "fourth" or "next" in the sentence (see sentState.flags)
	}
	later := false
	for j := c.sentLo; j+1 < c.sentHi && !later; j++ {
		switch d.toks[j].Norm {
		case "second", "third", "fourth", "next":
			later = seriesNoun(d.toks[j+1].Norm)
		}
	}
	if !later {
		return nil
	}
	for k := i - 1; k >= 0; k-- {
		p := &d.claims[k]
		if c.sent-p.sent > 6 && p.para != c.para {
			return nil
		}
		if p.sent == c.sent || len(p.sup) == 0 || len(p.rec) == 0 {
			continue
		}
		for j := p.sentLo; j+1 < p.sentHi; j++ {
			if d.toks[j].Norm == "first" && seriesNoun(d.toks[j+1].Norm) {
				return p
			}
		}
	}
	return nil
}

// expectedIn reports whether claim c's sentence tells its transfer to
// come: "is expected", "is due", "will".
func (d *doc) expectedIn(c *draft) bool {
	for j := c.sentLo; j < c.sentHi; j++ {
		switch d.toks[j].Norm {
		case "expected", "due", "will":
			return true
		}
	}
	return false
}

// partsOfFlow gives a part of goods an absolute clause names the parties
// of the whole, once every reading has had its turn: "The UAE is pressing
// ahead with plans to buy 80 jets from France, with the first deliveries
// expected in 2027" learns its buyer only late, and "signed a letter of
// intent with Ukraine on the sale of 150 Gripens" its direction. The part
// goes as the whole (see flowOfAbsolute).
func (d *doc) partsOfFlow() {
	for i := range d.claims {
		c := &d.claims[i]
		if c.partOf == 0 || c.partOf > len(d.claims) {
			continue
		}
		if p := &d.claims[c.partOf-1]; len(p.sup) > 0 && len(p.rec) > 0 {
			c.sup, c.rec, c.inherited = d.suppliersOfSentence(p), p.rec, true
			if c.partOf == i && d.wholeOfPart(i) {
				c.sup = p.sup // "the first of which": of the goods just named alone
			}
			if c.p.qty == nil && c.p.pronominal && d.toks[c.p.lo].Norm == "all" {
				c.p.qty = p.p.qty // "and all of them arrived": as many as the whole
			}
		}
	}
}

// suppliersOfSentence returns the suppliers of claim p joined with those
// of the claims of its sentence that move goods of its kind to the same
// recipient with the same status: "buying 12 used Typhoons from Qatar and
// another 12 from Oman, ..., with the first of those expected early next
// year" expects jets from both.
func (d *doc) suppliersOfSentence(p *draft) []string {
	sup := p.sup
	for i := range d.claims {
		o := &d.claims[i]
		if o == p || o.sent != p.sent || o.p.cat != p.p.cat || o.p.money || o.status != p.status || !sameSet(o.rec, p.rec) || len(o.sup) == 0 {
			continue
		}
		for _, code := range o.sup {
			if !slices.Contains(sup, code) {
				sup = append(slices.Clip(sup), code)
			}
		}
	}
	return sup
}

// sumsFollowGoods gives a sum with no supplier the parties its sentence's
// goods were lent after inherit: "Peru agreed to buy 24 of the jets for
// about $300 million", the jets' seller told the sentence before. The
// price the same verb tells goes as the goods it buys.
func (d *doc) sumsFollowGoods() {
	for i := range d.claims {
		if c := &d.claims[i]; c.p.money && len(c.sup) == 0 && !c.homemade && !c.aggregate {
			if p := d.sentenceTransfer(i); p != nil && p.inherited && p.trig == c.trig {
				c.sup, c.rec, c.inherited = p.sup, p.rec, true
			}
		}
	}
}

// namedAgainFrom reports whether claim c names with "the" the goods claim
// p, of a sentence or two before, named by the same head word, from a giver
// that is not c's recipient.
func (d *doc) namedAgainFrom(c, p *draft) bool {
	return p.sent < c.sent && c.sent-p.sent <= 2 && c.p.cat == p.p.cat && !overlaps(p.sup, c.rec) && d.definite(c) && d.sameItem(&c.p, &p.p, true)
}

// sameGoodsBefore reports whether a claim before the k-th, in the reach
// inherit looks back over, moves goods of c's category to c's recipient
// from a named supplier: goods that arrive come from whoever sold or gave
// them, not from a state that helped pay for them, told since.
func (d *doc) sameGoodsBefore(c *draft, k int) bool {
	for j := k - 1; j >= 0; j-- {
		p := &d.claims[j]
		if c.sent-p.sent > 4 && p.para != c.para {
			return false
		}
		if p.p.cat == c.p.cat && len(p.sup) > 0 && sameSet(c.rec, p.rec) {
			return true
		}
	}
	return false
}

// goodsTakenBefore reports whether a claim before the k-th, refused, in
// the reach inherit looks back over, moves goods of c's category to the
// refuser from another named supplier, and is no refusal itself: a flow
// that goods told later may continue past an offer refused since.
func (d *doc) goodsTakenBefore(c *draft, k int, refused *draft) bool {
	for j := k - 1; j >= 0; j-- {
		p := &d.claims[j]
		if c.sent-p.sent > 4 && p.para != c.para {
			return false
		}
		if p.p.cat == c.p.cat && len(p.sup) > 0 && sameSet(refused.rec, p.rec) && !overlaps(p.sup, refused.sup) && p.status != armsledger.Denied {
			return true
		}
	}
	return false
}

// armsItself reports whether claim c, a flow from a state to itself, is
// told by a verb of arming ("arm", "rearm", "equip"): the state names
// itself as the one armed. Other flows to oneself are mostly misreadings
// ("fighters from Russia's Wagner Group"), left as they were: letting
// the claims after them look further back cost seed and exam-tune.
func (d *doc) armsItself(c *draft) bool {
	if c.trig < 0 {
		return false
	}
	switch lex.info[d.toks[c.trig].word].verb.Lemma {
	case "arm", "rearm", "equip", "re-equip":
		return true
	}
	return false
}

// formerOrLatter returns the claim of goods that "the latter" or "the
// former", set off by a comma a few words before the sum of claim i,
// points to: the last or the first goods its sentence moved before the
// sum, when they moved between other parties than the sum was read with.
// Else nil.
func (d *doc) formerOrLatter(i int) *draft {
	c := &d.claims[i]
	if !c.p.money {
		return nil
	}
	return d.formerOrLatterRest(i)
}

// formerOrLatterRest is formerOrLatter past its first test (see gates in words.go).
func (d *doc) formerOrLatterRest(i int) *draft {
	c := &d.claims[i]
	lo := c.p.start()
	latter := false
	j := lo - 1
	for ; j >= 1 && lo-j <= 8; j-- {
		if w := d.toks[j].Norm; (w == "latter" || w == "former") && d.toks[j-1].Norm == "the" {
			latter = w == "latter"
			break
		}
		if d.toks[j].Kind == Punct {
			return nil
		}
	}
	if j < 2 || lo-j > 8 || d.toks[j-2].Norm != "," {
		return nil
	}
	var first, last *draft
	for k := range d.claims {
		p := &d.claims[k]
		if p.sent != c.sent || p.p.money || p.p.end() > j || len(p.sup) == 0 || len(p.rec) == 0 {
			continue
		}
		if first == nil {
			first = p
		}
		last = p
	}
	p := first
	if latter {
		p = last
	}
	if p == nil || first == last || sameSet(p.sup, c.sup) && sameSet(p.rec, c.rec) {
		return nil
	}
	return p
}

// attack reports whether claim c is goods a state sends to its enemy
// (wars.tsv): a state never gives its enemy arms, so what it sends there
// is an attack ("Russia sent waves of drones at Ukraine"). Goods sent to an
// armed group based there are not ("Russia sent weapons to Ukrainian
// separatists"), nor money.
func (d *doc) attack(c *draft) bool {
	if c.p.money || c.p.cat == armsledger.Funding || c.toArmedGroup || c.status == armsledger.Denied {
		return false
	}
	// The rule before the parties: atWar hashes each pair of codes.
	return (strings.HasPrefix(c.rule, "give.") || strings.HasPrefix(c.rule, "move.")) && atWar(c.sup, c.rec)
}

// loan reports whether claim c is a sum lent: its verb is "lend" or
// "loan", or "loan" names the sum ("a $1.5 billion loan").
func (d *doc) loan(c *draft) bool {
	if c.p.cat != armsledger.Funding {
		return false
	}
	if c.trig >= 0 {
		if l := lex.info[d.toks[c.trig].word].verb.Lemma; l == "lend" || l == "loan" {
			return true
		}
	}
	for _, j := range []int{c.p.end() - 1, c.p.end()} { // the sum's phrase may end on "loan" or before it
		if j < len(d.toks) && (d.toks[j].Norm == "loan" || d.toks[j].Norm == "loans") {
			return true
		}
	}
	return false
}

// militaryText reports whether the text tells of arms or forces at all:
// a word of them, or a draft of goods other than money. Funding is money
// for arms or military aid (FORMAT.md); a loan in a text that names
// neither ("Belarus received a $1.5 billion loan from Russia to refinance
// its debt") is none. It is asked only of loans: a sum pledged to a state
// at war is military aid however the one sentence of a text words it.
func (d *doc) militaryText() bool {
	for i := range d.claims {
		if d.claims[i].p.cat != armsledger.Funding {
			return true
		}
	}
	for i := range d.toks {
		switch d.toks[i].Norm {
		case "military", "militaries", "arms", "weapon", "weapons", "weaponry", "defence", "defense", "army", "armies", "armed",
			"troops", "soldiers", "war", "wars", "security", "munitions", "ammunition", "armaments", "materiel", "lethal", "combat", "forces", "navy",
			"pentagon", "drawdown", "fmf", "nato":
			return true
		}
	}
	// A weapon the lexicon knows tells of arms though no frame sends it:
	// "France will lend Egypt $3 billion to buy Rafale jets".
	for j := range d.toks {
		if d.info[j].flags&fMateriel == 0 {
			continue
		}
		if _, ref, ok := lex.materiel.Match(d.toks, j, len(d.toks)); ok && ref.Cat != "" && ref.Cat != armsledger.Funding && ref.Cat != armsledger.Container {
			return true // (a container is cargo, not a weapon: "a loan to build a container port")
		}
	}
	return false
}

// ownForcesPlan reports whether the words from i (up to hi) make the sum
// before them the size of a state's plan for its own forces: "a
// five-year, 43 trillion yen defence buildup", "a $30 billion
// modernisation plan", "an $886 billion defence budget". What one purchase
// costs is told apart; the plan's sum moves to no one (though what it is
// said to include may: "a defense budget that includes $300 million for
// Ukraine", whose giver the plan's claim tells).
func (d *doc) ownForcesPlan(i, hi int) bool {
	defence := false
	for ; i < hi; i++ {
		switch d.toks[i].Norm {
		case "defence", "defense", "military", "armed":
			defence = true
			continue
		case "forces", "special", "annual":
			continue
		case "buildup", "build-up", "modernisation", "modernization", "rearmament":
			return true
		case "budget", "budgets":
			return defence // (not "a €7 billion budget for arms for Ukraine")
		}
		return false
	}
	return false
}

// totalOf returns, for a claim with no parties in a sentence that opens
// "Of the total" (or "Of this", "Of that", "Of the sum"), the claim of the
// sentence before with a recipient: the whole the share is part of. Else
// nil.
func (d *doc) totalOf(c *draft) *draft {
	if len(c.sup) > 0 || len(c.rec) > 0 || c.sentHi-c.sentLo < 3 || d.toks[c.sentLo].Norm != "of" {
		return nil
	}
	switch d.toks[c.sentLo+1].Norm {
	case "this", "that", "the":
	default:
		return nil
	}
	if d.toks[c.sentLo+1].Norm == "the" {
		switch d.toks[c.sentLo+2].Norm {
		case "total", "sum", "amount", "figure":
		default:
			return nil
		}
	}
	for k := range d.claims {
		if p := &d.claims[k]; p.sent == c.sent-1 && len(p.rec) > 0 && p.p.money {
			return p
		}
	}
	return nil
}

// goodsServed returns the claim, a few sentences before claim i with
// both parties named, whose goods the i-th claim's goods are said to be
// "for" ("ammunition for the howitzers", "the interceptors for the
// system"), when the i-th names no party of its own; or nil. What is
// bought or sent for goods a state already gets goes the same way.
func (d *doc) goodsServed(i int) *draft {
	c := &d.claims[i]
	if len(c.sup) > 0 || len(c.rec) > 0 || c.p.money || c.trig < 0 {
		return nil
	}
	toks := d.toks
	cat, found := armsledger.Category(""), false
	for j := c.p.lo + 1; j+2 < c.sentHi && j <= c.p.hi && !found; j++ {
		if toks[j].Norm != "for" {
			continue
		}
		switch toks[j+1].Norm {
		case "the", "its", "their", "these", "those":
		default:
			return nil // ("shells for Ukraine": a recipient, read elsewhere)
		}
		if _, ref, ok := lex.materiel.Match(toks, j+2, c.sentHi); ok {
			cat, found = ref.Cat, true
			break
		}
		for k := range d.claims {
			// a phrase of its own the lexicon reads only by what the text
			// named before ("the system"): its draft says what it is
			if o := &d.claims[k]; k != i && o.sent == c.sent && o.p.lo >= j+1 && o.p.lo <= j+3 {
				cat, found = o.p.cat, true
				break
			}
		}
		if !found {
			return nil
		}
	}
	if !found || cat == c.p.cat {
		return nil // (goods of one kind named again: inherit reads them)
	}
	for k := i - 1; k >= 0; k-- {
		p := &d.claims[k]
		if p.sent == c.sent {
			continue
		}
		if c.sent-p.sent > 4 && p.para != c.para {
			break // a few sentences back, or anywhere in the same paragraph, as inherit reaches
		}
		if p.p.cat == cat && len(p.sup) > 0 && len(p.rec) > 0 && !sameSet(p.sup, p.rec) {
			return p
		}
	}
	return nil
}

// payersGive reads goods a state "pays for" as given by it where the text
// tells it giving goods to one other state: "Berlin has delivered six
// IRIS-T systems to Ukraine, and has paid for more than 100 interceptor
// missiles for Patriot systems". To pay for goods is to buy them, for
// oneself or for another; a giver pays for its recipient's.
func (d *doc) payersGive() {
	for i := range d.claims {
		c := &d.claims[i]
		if !d.paidBack(c) || c.p.cat == armsledger.Funding || len(c.rec) != 1 || c.trig+1 >= len(d.toks) || d.toks[c.trig+1].Norm != "for" {
			continue // ("agreed to pay Iran $1.75 billion for the designs": a payee named is the seller)
		}
		payer, to := c.rec[0], ""
		for k := range d.claims {
			o := &d.claims[k]
			if len(o.sup) == 0 || overlaps(o.sup, o.rec) {
				continue // no flow told ("the two governments signed": both sides, read as one)
			}
			if k != i && slices.Contains(o.rec, payer) {
				to = ""
				break // buys for itself too ("Poland has also bought K2 tanks"): whose is not told
			}
			if k == i || d.paidBack(o) || !slices.Contains(o.sup, payer) || len(o.rec) != 1 || o.rec[0] == payer {
				continue
			}
			if to != "" && to != o.rec[0] {
				to = "-" // gives to more than one: whose is not told
			}
			if to == "" {
				to = o.rec[0]
			}
		}
		if to != "" && to != "-" {
			c.sup, c.rec = []string{payer}, []string{to}
		}
	}
}

// thereRecipients gives goods sent "there" the one state the sentence
// before names as its topic: "The Central African Republic was where the
// model was first tested. Russia sent 175 instructors there in 2018."
func (d *doc) thereRecipients() {
	for i := range d.claims {
		c := &d.claims[i]
		if len(c.rec) > 0 || c.sent == 0 || c.sent > len(d.sentStates) || c.p.hi >= c.sentHi || d.toks[c.p.hi].Norm != "there" {
			continue
		}
		if st := &d.sentStates[c.sent-1]; st.n == 1 && !slices.Contains(c.sup, st.codes[0]) {
			c.rec = []string{st.codes[0]}
		}
	}
	// "Russia has sent Iskander missiles to Belarus, and Putin said the
	// Oreshnik missile would be deployed there": "there", right after the
	// verb, is where the flow just told in the sentence went.
	for i := range d.claims {
		c := &d.claims[i]
		if len(c.rec) > 0 || c.trig < 0 || c.trig+1 >= c.sentHi || d.toks[c.trig+1].Norm != "there" || c.p.hi > c.trig {
			continue
		}
		for k := i - 1; k >= 0 && d.claims[k].sent == c.sent; k-- {
			if p := &d.claims[k]; len(p.rec) == 1 && !p.eitherSide {
				if !slices.Contains(c.sup, p.rec[0]) {
					c.rec = p.rec
				}
				break
			}
		}
	}
}

// eachFrom makes one claim per supplier of goods bought "each" from
// several: "buying 12 used Typhoons each from Qatar and Oman" is twelve
// from Qatar and twelve from Oman. So of goods several givers "each" gave:
// "Spain and Italy have each pledged $100 million" is $100 million from
// each.
func (d *doc) eachFrom() {
	n := len(d.claims)
	for i := 0; i < n; i++ {
		c := &d.claims[i]
		if len(c.sup) < 2 || c.p.hi >= len(d.toks) || d.toks[c.p.hi].Norm != "each" && !d.eachGave(c) {
			continue
		}
		sup := c.sup
		c.sup = sup[:1]
		for _, code := range sup[1:] {
			o := *c
			o.sup = []string{code}
			d.claims = append(d.claims, o)
			c = &d.claims[i] // the list may have moved
		}
	}
	if len(d.claims) > n {
		slices.SortStableFunc(d.claims, func(a, b draft) int { return a.sent - b.sent })
	}
}

// answersAsked gives the goods of the sentences that answer a question
// the parties it asked of: "What has Taipei bought? The largest single
// item is 66 F-16 fighters" are Taiwan's. The answer runs until the next
// question, three sentences at most; only the roles a draft left open are
// filled, and a supplier only when the question named one.
func (d *doc) answersAsked() {
	for i := range d.claims {
		c := &d.claims[i]
		if len(c.sup) > 0 && len(c.rec) > 0 {
			continue
		}
		var q *toldFlow
		for k := range d.asked {
			if a := &d.asked[k]; a.sent < c.sent && c.sent-a.sent <= 3 {
				q = a // the last question before the draft
			}
		}
		if q == nil {
			continue
		}
		if len(c.rec) == 0 && len(q.rec) > 0 && !overlaps(c.sup, q.rec) {
			c.rec, c.inherited = q.rec, true
		}
		if len(c.sup) == 0 && len(q.sup) == 1 && !overlaps(c.rec, q.sup) {
			c.sup, c.inherited = q.sup, true
		}
	}
}

// eachGave reports whether "each" stands before the verb of claim c, in
// its chain after the subject: "have each put in", "each sent".
func (d *doc) eachGave(c *draft) bool {
	if c.trig < 1 || c.p.lo < c.trig {
		return false
	}
	for k := c.trig - 1; k > c.sentLo && c.trig-k <= 3; k-- {
		switch w := d.toks[k].Norm; {
		case w == "each":
			return d.toks[k-1].Norm != "to" && d.toks[k-1].Norm != "for"
		case !isAux(w) && d.info[k].flags&(fAdverb|fModal) == 0:
			return false
		}
	}
	return false
}

// carriedLoads reads "Six Chinese Y-20 transports landed at Belgrade to
// deliver FK-3 systems" as one flow, the load's: the craft that arrived
// carried it, and what they were sent to deliver goes from whose they are
// to where they landed. The craft are no goods of their own.
func (d *doc) carriedLoads() {
	for i := range d.claims {
		c := &d.claims[i]
		if len(c.sup) > 0 || len(c.rec) > 0 || c.trig < 2 || d.toks[c.trig-1].Norm != "to" || !strings.HasPrefix(c.rule, "give.") {
			continue
		}
		for k := range d.claims {
			v := &d.claims[k]
			if v.sent != c.sent || v.trig >= c.trig || v.trig < 0 || !strings.HasPrefix(v.rule, "arrive.") || len(v.rec) == 0 ||
				v.p.cat != armsledger.Aircraft && v.p.cat != armsledger.Ship || v.p.hi > v.trig {
				continue
			}
			if c.trig-v.trig > 8 {
				continue // "to deliver" must end the clause of landing
			}
			c.sup, c.rec, c.inherited = v.sup, v.rec, true
			v.restated = true
			break
		}
	}
}

// partsOfWhole gives a count that stands alone after an opening "Of the
// N goods ...," the parties of the whole it is part of: "Of the 40 tanks
// Germany promised Ukraine, 10 have arrived" are Germany's tanks in
// Ukraine, whatever the verb of arriving found near it.
func (d *doc) partsOfWhole() {
	for i := range d.claims {
		c := &d.claims[i]
		if !c.p.elided || c.p.qty == nil || d.toks[c.sentLo].Norm != "of" || c.sentLo+1 >= c.sentHi || d.toks[c.sentLo+1].Norm != "the" {
			continue
		}
		for k := range d.claims {
			w := &d.claims[k]
			if w.sent != c.sent || w.p.lo >= c.p.lo || w.p.elided || w.p.cat != c.p.cat || len(w.sup) == 0 || len(w.rec) == 0 || d.wordIn(c.sentLo, w.p.lo, ",") || !d.wordIn(w.p.hi, c.p.lo, ",") {
				continue
			}
			c.sup, c.rec = w.sup, w.rec
			break
		}
	}
}

// wordIn reports whether the word w stands among tokens [lo, hi).
func (d *doc) wordIn(lo, hi int, w string) bool {
	for j := max(lo, 0); j < hi && j < len(d.toks); j++ {
		if d.toks[j].Norm == w {
			return true
		}
	}
	return false
}

// pronounSources gives the supplier that goods named by a pronoun are
// said to come from to the claim they stand for, the one just before of
// their kind and recipient that names no supplier: "Kyiv received 14
// tanks last week. They came from Britain." tells one flow, Britain's.
func (d *doc) pronounSources() {
	for i := range d.claims {
		c := &d.claims[i]
		if c.p.pronominal && len(c.sup) == 0 && len(c.rec) > 0 && !c.restated && c.trig > c.p.lo {
			d.pronounRecipient(i)
			continue
		}
		if !c.p.pronominal || len(c.sup) == 0 || c.restated || c.trig < c.p.lo {
			continue // ("Berlin refused to send them": the object, of another flow)
		}
		for k := i - 1; k >= 0; k-- {
			o := &d.claims[k]
			if o.sent >= c.sent {
				continue
			}
			if o.sent < c.sent-1 || o.p.cat != c.p.cat {
				break
			}
			if len(o.sup) == 0 && o.status == c.status && (len(c.rec) == 0 || sameSet(o.rec, c.rec)) {
				o.sup, c.restated = c.sup, true
			}
			break
		}
	}
}

// pronounRecipient gives the recipient that the goods a pronoun names
// are said to arrive at to the claim they stand for, the one just before
// of their kind, which names a supplier and no recipient: "Germany will
// send 20 tanks. They will arrive in Ukraine in May." tells one flow, to
// Ukraine.
func (d *doc) pronounRecipient(i int) {
	c := &d.claims[i]
	for k := i - 1; k >= 0; k-- {
		o := &d.claims[k]
		if o.sent >= c.sent {
			continue
		}
		if o.sent < c.sent-1 || o.p.cat != c.p.cat {
			return
		}
		if len(o.rec) == 0 && len(o.sup) > 0 && !overlaps(o.sup, c.rec) {
			o.rec = c.rec
		}
		c.restated = true // the same goods: "They arrived in Poland first" of tanks sent to Ukraine is their way there
		return
	}
}

// paidBack reports whether claim c is a payment "for" goods: "Tehran has
// paid for the aircraft", or a sum paid for them ("Moscow paid about $1.75
// billion for the drones"), which goes to their seller as well.
func (d *doc) paidBack(c *draft) bool {
	if c.trig < 0 || lex.info[d.toks[c.trig].word].verb.Lemma != "pay" {
		return false
	}
	return !c.p.money || d.wordIn(c.p.end(), min(c.sentHi, c.p.end()+2), "for")
}

// sumPaid reports whether claim c is a sum its subject paid or pays
// ("paid", "pays", "paying") that names no payee nor what it is paid into: "Berlin has already paid a first
// instalment of about €600m" after Germany's purchase from Israel. A buyer
// pays its seller, as a sum paid "for" the goods does (paidBack).
func (d *doc) sumPaid(c *draft) bool {
	if c.trig < 0 || !c.p.money || c.trig > c.p.lo || !paidForm(d.toks[c.trig].Norm) && !d.priceFor(c) {
		return false // ("had agreed to pay 20 percent of the programme's cost": a share to come, no payee)
	}
	end := min(c.sentHi, c.p.end()+2)
	return !d.wordIn(c.p.end(), end, "into") && !d.wordIn(c.p.end(), end, "towards") && !d.wordIn(c.p.end(), end, "toward")
}

// priceFor reports whether the sum of c is what its giver is to pay for
// goods: "agreed to pay about $1.75 billion for the designs" goes to their
// seller, as a sum paid does.
func (d *doc) priceFor(c *draft) bool {
	e := c.p.end()
	return d.toks[c.trig].Norm == "pay" && e < c.sentHi && d.toks[e].Norm == "for"
}

// listedWithUnmade reports whether goods of a maker other than the giver
// are listed, under one verb, with goods that maker did not make: "a
// shipment of Javelin anti-tank missiles and several thousand rounds of
// mortar ammunition had been sent to Ukraine" in a text of Estonia's aid.
// One verb's list has one giver, and a maker of only part of it is none.
func (d *doc) listedWithUnmade(c *draft, giver []string) bool {
	if c.trig < 0 {
		return false
	}
	for i := range d.claims {
		o := &d.claims[i]
		if o != c && o.sent == c.sent && o.trig == c.trig && (len(o.sup) == 0 || o.inherited) && !o.p.money {
			// (A sum is the price of the list, not an item of it: "the five
			// S-400 squadrons that India ordered for $5.43 billion".)
			if m := d.makerOf(&o.p); m == "" || makesAny(m, giver) {
				return true
			}
		}
	}
	return false
}

// totalWord returns the token of "total", "figure" or "tally" in a
// sentence that restates the running total of a flow told before, or -1:
// "Ukraine's military intelligence put the total at 3.5 million rounds",
// "the figure had reached about 12 million", "bringing the total to 14,000".
func (s *sent) totalWord(from int) int {
	toks := s.d.toks
	for _, k := range s.rareFrom(from) {
		if k+2 >= s.hi {
			break
		}
		switch toks[k].Norm {
		case "total", "figure", "tally", "number", "count", "order":
			// "put the number at more than 200", "bringing the number it
			// has sent to four", "had put the order at 16 jets"
		case "bringing", "brings", "brought":
			// "bringing to eight the number delivered to the Brazilian Air
			// Force", "brings to seven the number of systems Berlin has
			// promised": the count before the noun.
			// (The sentence's quantities are not read yet.)
			for j := k + 3; toks[k+1].Norm == "to" && j+1 < s.hi && j <= k+6; j++ {
				if toks[j].Norm == "the" && (toks[j+1].Norm == "number" || toks[j+1].Norm == "total") {
					return j + 1
				}
			}
			continue
		default:
			continue
		}
		if k-1 < s.lo || toks[k-1].Norm != "the" && toks[k-1].Norm != "that" && toks[k-1].Norm != "its" && toks[k-1].Norm != "their" {
			continue
		}
		if k-2 >= s.lo && putVerb(toks[k-2].Norm) && toks[k+1].Norm == "at" {
			// (and "..., with officials putting the figure at about 40")
			return k
		}
		if k-2 >= s.lo && totalGerund(toks[k-2].Norm) {
			return k
		}
		j := k + 1
		for j < s.hi && (isAux(toks[j].Norm) || toks[j].Norm == "now") {
			j++
		}
		if j < s.hi && totalVerb(toks[j].Norm) {
			return k
		}
	}
	return -1
}

// rankedPair reports whether a state in the sentence is followed by
// "with" and an amount: "followed by Russia with 17 per cent".
func (s *sent) rankedPair() bool {
	if !s.has(fRanked) {
		return false // no "with" or ":" to follow a state (see withAfter), as in most sentences
	}
	return s.rankedPairRest()
}

// rankedPairRest is rankedPair past its first test (see gates in words.go).
func (s *sent) rankedPairRest() bool {
	for a := range s.actors {
		if m := &s.actors[a]; !m.possessive {
			if w := s.rankedWith(m.hi); w > 0 && (s.amountAt(s.rankedAmountAt(w)) || s.d.toks[w+1].Upper && len(s.d.toks[w+1].Norm) == 3 || // "EUR 12.6 billion"
				w+2 < s.hi && s.d.toks[w+1].Upper && s.d.toks[w+2].Norm == "$") { // "US$51 million"
				return true
			}
		}
	}
	return false
}

// rankedWith returns the "with" that ranks the state ending at i, right
// after it or after a verb of ranking ("Germany follows with", "Britain
// comes third with"); else -1.
//
// The words after the state are read first: after most states stands no
// "with", and the verb before the state need not be looked up.
func (s *sent) rankedWith(i int) int {
	w := s.withAfter(i)
	if w < 0 {
		return -1
	}
	if a := s.actorAt(i - 1); a >= 0 && s.actors[a].lo > s.lo {
		if v, ok := s.verbAt(s.actors[a].lo - 1); ok && v.Class == classGive {
			return -1 // "providing the group with $700 million": the recipient of a gift, not a rank
		}
	}
	return w
}

// withAfter returns the "with" at token i or after a verb of ranking
// there ("follows with", "comes third with"), when a word follows it;
// else -1.
func (s *sent) withAfter(i int) int {
	toks := s.d.toks
	if i+1 < s.hi && toks[i].Norm == ":" && s.bulletBefore(i) {
		return i // "- Germany: 30 percent": an item of a list of ranked states
	}
	for j := i; j < s.hi && j <= i+2; j++ {
		switch toks[j].Norm {
		case "with":
			if j+1 < s.hi {
				return j
			}
			return -1
		case "received", "receives", "took", "takes", "got":
			// "while China received 21 percent": a share of the whole just
			// told, with no goods named, ranks the state as "with" would.
			if j+1 < s.hi && s.shareAt(j+1) {
				return j
			}
			return -1
		case "at", "for":
			// "ahead of the United Kingdom at roughly €13bn", "followed by
			// China at 21 percent", "Germany for 14 percent": the ranking's
			// figure right after the state, told without a verb (see
			// rankFigureAt). "for" names a price after most states ("sold jets
			// to Egypt for $5bn"), so there only a share ranks.
			if j+1 < s.hi && s.rankFigureAt(j) && !s.agentBefore(i) {
				return j
			}
			return -1
		case "follows", "followed", "comes", "came", "ranks", "ranked", "second", "third", "fourth", "fifth", "next", "accounted", "accounts", "accounting":
		default:
			return -1
		}
	}
	return -1
}

// agentBefore reports whether the party that ends at i is the agent of a
// passive other than of ranking, or a body rather than a state: "funding
// estimated by the U.S. State Department at around $700 million" values
// the funding, where "followed by China at 21 percent" ranks China.
func (s *sent) agentBefore(i int) bool {
	a := s.actorAt(i - 1)
	if a < 0 {
		return false
	}
	if s.actors[a].ref.kind == kindInstitution && s.actors[a].ref.Kind != "capital" {
		return true // "... State Department at around $700 million": who estimates, not a state ranked
	}
	j := s.actors[a].lo - 1
	if j > s.lo && s.d.toks[j].Norm == "the" {
		j--
	}
	if j <= s.lo || s.d.toks[j].Norm != "by" {
		return false
	}
	switch s.d.toks[j-1].Norm {
	case "followed", "trailed", "closely":
		return false
	}
	return true
}

// shareAt reports whether a share with no goods after it starts at j:
// "21 percent" ending the clause, not "21 percent of its imports".
func (s *sent) shareAt(j int) bool {
	for n := range s.quants {
		if c := &s.quants[n]; c.Lo == j {
			return c.Percent && (c.Hi >= s.hi || s.d.toks[c.Hi].Kind == Punct || s.d.toks[c.Hi].Norm == "and")
		}
	}
	return false
}

// rankFigureAt reports whether "at" or "for" at j gives a state's figure in a
// ranking told without a verb: a share after either ("at 21 percent",
// "for 14 per cent"), a sum after "at" ("at more than €8bn").
func (s *sent) rankFigureAt(j int) bool {
	for n := range s.quants {
		if c := &s.quants[n]; c.Lo == j+1 {
			if c.Hi < s.hi && s.d.toks[c.Hi].Norm == "of" {
				return false // "accounted for 21 percent of Russian deliveries": the share's own frame
			}
			return c.Percent || c.Currency != "" && s.d.toks[j].Norm == "at"
		}
	}
	return false
}

// rankedAmountAt returns the token where the amount a ranking "with" at w
// gives starts: right after it ("follows with EUR 12.6 billion"), or
// after a package that holds it ("followed with a joint package of about
// $500 million").
func (s *sent) rankedAmountAt(w int) int {
	toks := s.d.toks
	j := w + 1
	if j >= s.hi || toks[j].Norm != "a" && toks[j].Norm != "an" {
		return w + 1
	}
	for k := j + 1; k+1 < s.hi && k <= j+3; k++ {
		if _, ok := packageNoun(toks[k].Norm); ok || toks[k].Norm == "pledge" {
			if toks[k+1].Norm == "of" {
				return k + 2
			}
			return w + 1
		}
		if toks[k].Kind != Word || toks[k].Cap {
			return w + 1
		}
	}
	return w + 1
}

// bulletBefore reports whether the state that ends at i opens a bulleted
// line: "- Germany" before ": 30 percent".
func (s *sent) bulletBefore(i int) bool {
	a := s.actorAt(i - 1)
	if a < 0 {
		return false
	}
	lo := s.actors[a].lo
	if lo-1 >= s.lo && s.d.toks[lo-1].Norm == "the" {
		lo--
	}
	return lo-1 >= s.lo && bullet(&s.d.toks[lo-1])
}

// rankedAmounts reads states ranked beside a flow just told, each "with"
// its amount: "Washington has allocated EUR 64 billion in military aid to
// Ukraine. Germany follows with EUR 12.6 billion, ahead of the United
// Kingdom with EUR 10.1 billion", "Israel accounted for 69 per cent of
// Azerbaijan's imports of major arms, followed by Russia with 17 per cent".
// Each state gives what the flow gives, to its recipient, with the flow's
// status: a sum of money as its amount; a share names no amount.
func (s *sent) rankedAmounts(att attrib) {
	for a := range s.actors {
		m := &s.actors[a]
		if m.possessive || m.speaker {
			continue
		}
		w := s.rankedWith(m.hi)
		if w < 0 {
			continue
		}
		var q *QuantityMatch
		count := false // "followed by Indonesia with 42": a count of the goods told
		at := s.rankedAmountAt(w)
		for n := range s.quants {
			if c := &s.quants[n]; c.Lo == at && (c.Currency != "" || c.Percent) {
				q = c
				break
			} else if c.Lo == w+1 && !c.Year && !c.Fraction && c.Min != nil && (c.Hi >= s.hi || s.d.toks[c.Hi].Kind == Punct) {
				q, count = c, true
				break
			}
		}
		if q == nil {
			continue
		}
		base := -1
		for n := len(s.d.claims) - 1; n >= 0 && s.idx-s.d.claims[n].sent <= 1; n-- {
			c := &s.d.claims[n]
			if len(c.sup) == 0 && !count || q.Currency != "" && !c.p.money || count && (c.p.money || c.p.qty == nil || len(c.rec) == 0) {
				continue
			}
			if !slices.Contains(c.sup, m.ref.Code) && !slices.Contains(c.rec, m.ref.Code) && !(q.Percent && c.p.money) {
				base = n
			}
			break
		}
		if base < 0 {
			continue
		}
		d := s.newDraft()
		*d = s.d.claims[base]
		d.sup = append(s.d.tags.newCodes(1), m.ref.Code)
		if count {
			// A count ranks buyers when the flow was told by its buyer
			// ("The UAE placed the largest order, for 80 jets, followed by
			// Indonesia with 42"), givers when told by its giver.
			d.sup, d.p.qty = s.d.claims[base].sup, q
			if !strings.HasPrefix(d.rule, "receive.") {
				d.sup = append(s.d.tags.newCodes(1), m.ref.Code)
			} else {
				d.rec = append(s.d.tags.newCodes(1), m.ref.Code)
			}
			d.p.lo, d.p.hi, d.p.head, d.p.elided = q.Lo, q.Hi, q.Lo, true // (a seller still to find takes the flow's, see inherit)
			d.sent, d.trig, d.rule, d.conf, d.inherited = s.idx, m.lo, "ranked.with", 0.6, true
			s.completeDraft(d, att, m.lo, q.Hi)
			continue
		}
		if q.Percent && s.sharesOfExports(&s.d.claims[base]) {
			// "India took 34 percent of Russia's arms exports, followed by
			// China at 21 percent": shares of one state's exports rank its
			// buyers; of one state's imports ("Israel accounted for 69 per
			// cent of Azerbaijan's imports, followed by Russia with 17"),
			// its suppliers.
			d.sup, d.rec = s.d.claims[base].sup, append(s.d.tags.newCodes(1), m.ref.Code)
		}
		if at > w+1 {
			// "Denmark, Norway and Sweden followed with a joint package
			// of about $500 million": the states listed give it together.
			codes, _, _ := s.group(a)
			d.sup = slices.Clone(codes)
		}
		if q.Currency != "" {
			d.p.qty, d.p.unit = q, q.Currency
		} else {
			d.p.qty = nil
		}
		if d.sent != s.idx || q.Currency != "" {
			d.p.lo, d.p.hi, d.p.head = q.Lo, q.Hi, q.Lo
		}
		d.sent, d.trig, d.rule, d.conf, d.inherited = s.idx, m.lo, "ranked.with", 0.6, true
		d.p.elided = true // with no recipient yet, it takes the flow's when that finds one (see inherit)
		s.completeDraft(d, att, m.lo, q.Hi)
		for n := range s.d.claims {
			// The amount read alone, with no verb of its own, is this
			// state's, not another flow's: "followed by India with US$51
			// million"; so is one a verb after it took ("... of about $500
			// million, and Germany pledged another $500 million").
			if o := &s.d.claims[n]; o.sent == s.idx && o.rule != "ranked.with" && o.p.qty != nil && o.p.qty.Lo == q.Lo && (o.trig < 0 || o.trig >= q.Hi) {
				o.restated = true
			}
		}
	}
}

// sharesOfExports reports whether claim c's words name a share of one
// state's exports or deliveries, the last trade noun in them: "India took
// 34 percent of Russia's arms exports", "China accounted for 21 percent of
// Russian deliveries".
func (s *sent) sharesOfExports(c *draft) bool {
	if c.sent == s.idx && c.rule == "ranked.with" {
		// A state ranked before ranks the next on its side: "followed by
		// Germany with 12 per cent and Poland with 11 per cent".
		if a := s.actorAt(c.trig); a >= 0 {
			return slices.Contains(c.rec, s.actors[a].ref.Code)
		}
	}
	if c.sent == s.idx {
		// Told in this sentence, the share's subject says which side it
		// ranks: the buyer in "China accounted for 21 percent of Russian
		// deliveries", the giver in "The US accounted for 45 per cent of
		// deliveries to Ukraine".
		for a := range s.actors {
			if m := &s.actors[a]; m.lo >= c.lo && m.lo < c.hi && !m.possessive && !m.demonym && m.prep == "" {
				return slices.Contains(c.rec, m.ref.Code) && !slices.Contains(c.sup, m.ref.Code)
			}
		}
	}
	d := s.d
	for j := min(c.hi, len(d.toks)) - 1; j >= c.lo && j >= 0; j-- {
		switch d.toks[j].Norm {
		case "exports", "export", "sales", "deliveries", "shipments", "transfers", "supplies":
			return true
		case "imports", "import", "purchases":
			return false
		}
	}
	return false
}

// shareOfTold makes the claim of a state that "accounted for" a share of
// the transfers the sentence before told: "At least 30 states sent arms to
// Chile. Spain accounted for 40 per cent of those deliveries". The state
// gave what that flow gave, to its recipient, with its status; a share
// names no amount. (A share of a state's own imports or exports names its
// goods and parties itself: see roles and shareOfExports.)
func (s *sent) shareOfTold(att attrib) {
	toks := s.d.toks
	for _, v := range s.rareFrom(s.lo) {
		switch toks[v].Norm {
		case "accounted", "accounts", "account", "accounting":
		default:
			continue
		}
		if v+1 >= s.hi || toks[v+1].Norm != "for" {
			continue
		}
		of := s.shareOfAt(v + 2)
		if of < 0 || of+2 >= s.hi || !demonstrativeWord(toks[of+1].Norm) || !tradeOutWord(toks[of+2].Norm) {
			continue
		}
		a := s.actorAt(v - 1)
		if a < 0 || s.actors[a].hi != v || s.actors[a].possessive || s.actors[a].speaker {
			continue
		}
		code := s.actors[a].ref.Code
		base := -1
		for n := len(s.d.claims) - 1; n >= 0 && s.idx-s.d.claims[n].sent <= 1; n-- {
			if c := &s.d.claims[n]; c.sent < s.idx && len(c.rec) > 0 && !c.p.money {
				if !slices.Contains(c.rec, code) && !slices.Contains(c.sup, code) && len(c.sup) == 0 {
					base = n
				}
				break
			}
		}
		if base < 0 {
			continue
		}
		d := s.newDraft()
		*d = s.d.claims[base]
		d.sup = append(s.d.tags.newCodes(1), code)
		d.p.qty = nil
		d.p.lo, d.p.hi, d.p.head = of+2, of+3, of+2
		d.sent, d.trig, d.rule, d.conf, d.inherited = s.idx, v, "share.of.told", 0.6, true
		s.completeDraft(d, att, s.actors[a].lo, of+3)
		// "..., Germany for 12% and Poland for 11%": the verb left out,
		// each state after gave its share of the same flow.
		n := len(s.d.claims) - 1
		for b := a + 1; b < len(s.actors); b++ {
			m := &s.actors[b]
			if m.lo < of+3 || m.possessive || m.speaker || m.hi+1 >= s.hi || toks[m.hi].Norm != "for" || s.shareOfAt(m.hi+1) >= 0 || !s.percentAt(m.hi+1) {
				continue
			}
			e := s.newDraft()
			*e = s.d.claims[n]
			e.sup = append(s.d.tags.newCodes(1), m.ref.Code)
			e.trig = m.hi
			s.completeDraft(e, att, m.lo, m.hi+2)
		}
	}
}

// percentAt reports whether a percentage starts at token i.
func (s *sent) percentAt(i int) bool {
	for n := range s.quants {
		if q := &s.quants[n]; q.Percent && q.Lo == i {
			return true
		}
	}
	return false
}

// shareOfAt returns the "of" after the share that starts at i ("45 per cent
// of", "a third of"), when a percentage or fraction stands before it; or -1.
func (s *sent) shareOfAt(i int) int {
	k := i
	for k < s.hi && k-i <= 5 && s.d.toks[k].Norm != "of" {
		k++
	}
	if k >= s.hi || s.d.toks[k].Norm != "of" {
		return -1
	}
	for n := range s.quants {
		if q := &s.quants[n]; (q.Percent || q.Fraction) && q.Lo >= i && q.Hi <= k {
			return k
		}
	}
	return -1
}

// demonstrativeWord reports whether w points back to what was just told.
func demonstrativeWord(w string) bool {
	return w == "those" || w == "these"
}

// restatedTotal makes the claim of a sentence that restates the running
// total of the last flow told (see totalWord): the same parties and kind of
// goods, the new amount, a cumulative scope. The goods may be named after
// the amount ("3.5 million rounds"); the last claim of that kind is then
// the flow.
func (s *sent) restatedTotal(k int, att attrib) {
	toks := s.d.toks
	var q *QuantityMatch
	reach := 7
	if k-2 >= s.lo && totalGerund(toks[k-2].Norm) {
		reach = 25 // "bringing the total number of North Korean troops sent to Russia to about 14,000"
	}
	for n := range s.quants {
		if c := &s.quants[n]; c.Lo > k && c.Lo-k <= reach && !c.Year && !c.Percent && !c.Fraction && (reach == 7 || toks[c.Lo-1].Norm == "to") {
			q = c
			break
		}
	}
	if inverted := s.quantityEndingAt(k - 1); inverted != nil && inverted.Lo-2 >= s.lo && bringWord(toks[inverted.Lo-2].Norm) {
		q = inverted // "bringing to eight the number delivered": the count before the noun
	}
	if q == nil {
		return
	}
	if q.Lo > k && s.stockWithin(k+1, q.Lo) {
		return // "taking the total number of tanks in its army to 1,000": a stock, no flow
	}
	base := -1
	cat := armsledger.Category("")
	if q.Hi < s.hi {
		if _, ref, ok := lex.materiel.Match(toks, q.Hi, s.hi); ok {
			cat = ref.Cat
		}
	}
	// The goods the total counts are no claim of their own: "bringing the
	// total number of North Korean troops sent to Russia to 14,000".
	counted := func(c *draft) bool { return c.sent == s.idx && c.p.qty == nil && c.p.lo > k && c.p.hi <= q.Lo }
	for n := len(s.d.claims) - 1; n >= 0; n-- {
		c := &s.d.claims[n]
		if len(c.sup) == 0 && (cat == "" || c.p.cat == cat) && s.countedJustBefore(c, k, q) {
			base = n // "..., and four more jets arrived, bringing the total to 20": its giver comes later (see finish)
			break
		}
		// (A flow of this sentence may name its recipient only as a place
		// that is none of the lexicons', "to the Kursk front": finish gives
		// it the recipient, and the total with it.)
		if len(c.sup) == 0 || len(c.rec) == 0 && c.sent != s.idx || c.p.money != (q.Currency != "") || cat != "" && c.p.cat != cat || counted(c) {
			continue
		}
		if s.idx-c.sent > 6 {
			break
		}
		base = n
		break
	}
	if base < 0 {
		return
	}
	kept := s.d.claims[:0]
	for n := range s.d.claims {
		if c := &s.d.claims[n]; counted(c) {
			if n < base {
				base--
			}
			continue
		}
		kept = append(kept, s.d.claims[n])
	}
	s.d.claims = kept
	d := s.newDraft()
	*d = s.d.claims[base]
	d.p.qty, d.status, d.scope = q, s.totalStatus(k, q), armsledger.Cumulative
	if b := &s.d.claims[base]; b.sent == s.idx && b.p.qty == nil && k-2 >= s.lo && toks[k-2].Norm == "putting" {
		// "Peru has received drones from Israel, with officials putting
		// the number at about 40": the clause counts the sentence's own
		// goods; they are one claim, the counted one.
		b.restated = true
	}
	told := q.Lo // the words that say what the total counts
	if q.Hi < k {
		// "brings to seven the number of systems Berlin has promised":
		// after the noun, up to the clause's end.
		for told = k + 1; told < s.hi && told-k <= 12 && toks[told].Norm != "," && toks[told].Norm != ";"; told++ {
		}
	}
	if s.committedWithin(k+1, told) || s.committedWithin(k-1, k) {
		d.status = armsledger.Committed // "taking the total number it has committed to 120": a total of pledges
	}
	d.sent, d.trig, d.rule, d.conf, d.inherited = s.idx, k, "total.restated", 0.6, true
	hi := q.Hi
	if cat != "" {
		hi, _, _ = lex.materiel.Match(toks, q.Hi, s.hi)
	}
	lo := k - 1
	d.p.lo, d.p.hi = q.Lo, hi
	if q.Hi < k {
		// "bringing to eight the number delivered": the evidence runs from
		// "bringing" to the noun and the participle after it.
		lo, hi = q.Lo-2, k+1
		if hi < s.hi && s.participle(hi) {
			hi++
			at := hi + 1
			if at < s.hi && toks[at].Norm == "the" {
				at++
			}
			if a := s.actorAt(at); a >= 0 && len(d.rec) == 0 && toks[hi].Norm == "to" {
				// "... delivered to the Brazilian Air Force": where the
				// total went, and the flow it counts with it.
				codes, _, end := s.group(a)
				for end < s.hi && end-at < 5 && toks[end].Cap && toks[end].Kind == Word {
					end++ // "the Brazilian Air Force"
				}
				d.rec, hi = codes, end
				if b := &s.d.claims[base]; len(b.rec) == 0 && b.sent == s.idx {
					b.rec = codes
				}
			}
		}
	}
	if w := toks[k-2].Norm; w == "put" || w == "puts" {
		// Who puts the total at a figure says so: "Ukraine's military
		// intelligence put the total at 3.5 million rounds".
		if a := s.subject(trigger{i: k - 2}); a >= 0 && s.actors[a].lo < k-2 {
			lo = s.actors[a].lo
			s.completeDraft(d, att, lo, hi)
			d.speaker = speaker{name: s.d.text[toks[lo].Start:toks[k-3].End], code: s.actors[a].ref.Code}
			return
		}
		// The one who puts it speaks (see attribution): the evidence opens
		// with them.
		if sp := att.speakerAt(k); sp.from.hi > sp.from.lo && sp.from.hi <= k-2 {
			lo = sp.from.lo
		}
	}
	s.completeDraft(d, att, lo, hi)
	s.outOfOrdered(d, att, hi)
}

// bringWord reports whether w is a form of "bring" that may put a running
// total's count before its noun: "bringing to eight the number".
func bringWord(w string) bool {
	return w == "bringing" || w == "brings" || w == "brought"
}

// stockWithin reports whether tokens [lo, hi) say a total counts what a
// state holds, not what it was sent: "in its army", "in service", "its
// fleet", "in its arsenal".
func (s *sent) stockWithin(lo, hi int) bool {
	toks := s.d.toks
	for j := lo; j < hi && j < s.hi; j++ {
		switch toks[j].Norm {
		case "fleet", "arsenal", "arsenals", "inventory", "inventories", "stockpile", "stockpiles":
			return true
		case "in":
			if j+1 < hi && (toks[j+1].Norm == "its" || toks[j+1].Norm == "their" || toks[j+1].Norm == "service") {
				return true
			}
		}
	}
	return false
}

// totalGerund reports whether w, before "the total", moves a running
// total: "bringing the total to 120", "taking the total number to 120",
// "raising the tally to".
func totalGerund(w string) bool {
	switch w {
	case "bringing", "taking", "raising", "pushing", "lifting":
		return true
	}
	return false
}

// followedSuit makes the claim of states that are said to do what the
// givers of the flow just told did, with no verb of giving of their own:
// "Denmark and the Netherlands pledged to give Ukraine F-16 fighter jets,
// and Norway and Belgium later joined them", "Sweden followed suit". They
// give the same goods to the same state, with its status; the amount was
// the others'.
func (s *sent) followedSuit(att attrib) {
	toks := s.d.toks
	if k := s.suitAt(); k >= 0 {
		w := toks[k].Norm
		verb := k
		if w == "suit" {
			verb = k - 1
		}
		subj := -1
		for a := range s.actors {
			if m := &s.actors[a]; m.hi <= verb && (m.prep == "" || m.prep == "and") && !m.possessive && !m.demonym && !m.speaker {
				subj = a // the last state before the verb: its subject
			}
		}
		if subj < 0 {
			return
		}
		codes, lo, _ := s.group(subj)
		n := len(s.d.claims)
		if n == 0 {
			return
		}
		base := &s.d.claims[n-1]
		if s.idx-base.sent > 1 || len(base.sup) == 0 || len(base.rec) == 0 || overlaps(base.sup, codes) || overlaps(base.rec, codes) ||
			base.sent == s.idx && base.hi > lo {
			return
		}
		d := s.newDraft()
		*d = s.d.claims[n-1]
		d.sup = codes
		d.p.qty = nil
		d.sent, d.trig, d.rule, d.conf, d.inherited = s.idx, -1, "followed.suit", 0.5, true
		end := k + 1 // "followed suit"
		if w == "joined" {
			end = k + 2 // "joined them"
		}
		d.p.lo, d.p.hi, d.p.head = verb, end, verb
		s.completeDraft(d, att, lo, end)
	}
}

// refusedBare makes the claim a state denies or refuses with a bare verb
// of refusal, one with no goods of its own, when it is a party of the flow
// just told: "Ukraine has asked Germany for Taurus cruise missiles. Berlin
// has refused", "The Houthis have received ballistic missiles from Iran.
// The group denies this". The flow, denied, with no amount.
func (s *sent) refusedBare(att attrib) {
	toks := s.d.toks
	n := len(s.d.claims)
	if n == 0 || !slices.ContainsFunc(s.trigs, func(t trigger) bool { return t.class == classDeny }) {
		return // (most sentences: no verb of denying, which the loop below needs)
	}
	for b := n - 1; b >= 0 && s.d.claims[b].sent == s.idx; b-- {
		if s.d.claims[b].status == armsledger.Denied {
			return // the sentence told its denial already
		}
	}
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.class != classDeny || t.noun || stopVerb(t.lemma) && t.lemma != "refuse" && t.lemma != "veto" || t.lemma == "rule" || !s.bareObject(t.i+1) {
			continue
		}
		if s.asideAfterFlow(t.i, n) {
			continue // "Iran has shipped missiles to Russia, which Tehran denies": the aside denies its own sentence's flow (deniedAside)
		}
		subj := -1
		for a := range s.actors {
			if m := &s.actors[a]; m.hi <= t.i && (m.prep == "" || m.prep == "and") && (!m.possessive || s.pastBody(a) == s.subjectEnd(t.i)) && !m.demonym && !m.speaker &&
				(subj < 0 || m.hi > s.actors[subj].hi) { // (a pronoun resolved comes last in the list, wherever it stands)
				subj = a // (or a state's body: "President Joe Biden's administration has so far refused")
			}
		}
		if subj < 0 {
			return
		}
		code := s.actors[subj].ref.Code
		// "Russia had received Fath-360 missiles from Iran; Tehran denied
		// it": a clause after a semicolon refuses the flow of the clause
		// before it, in its own sentence.
		semi := -1
		for j := s.actors[subj].lo - 1; j > s.lo; j-- {
			if toks[j].Norm == ";" || toks[j].Norm == "but" {
				semi = j // (or "but": "Kyiv asked Berlin for Taurus missiles, but Scholz has refused")
				break
			}
		}
		if semi < 0 && subordinator(toks[s.lo].Norm) {
			// "When Germany asked Brazil to sell it ammunition, Lula
			// refused": the clause before the comma is the request.
			for j := s.lo + 1; j < s.actors[subj].lo; j++ {
				if toks[j].Norm == "," {
					semi = j
				}
			}
		}
		before := func(c *draft) bool { return c.sent == s.idx && semi >= 0 && c.hi <= semi }
		b := n - 1
		for b > 0 && s.d.claims[b].sent == s.idx && !before(&s.d.claims[b]) {
			b-- // "Berlin has refused, but it has sent IRIS-T systems instead": the flow before this sentence
		}
		base := &s.d.claims[b]
		asked := askedOf(base, code)
		if base.sent == s.idx && !before(base) || s.idx-base.sent > 2 || base.status == armsledger.Denied || len(base.rec) == 0 ||
			!asked && (len(base.sup) == 0 || !slices.Contains(base.sup, code) && !slices.Contains(base.rec, code)) {
			return
		}
		d := s.newDraft()
		*d = *base
		d.p.qty, d.status, d.scope = nil, armsledger.Denied, ""
		if slices.Contains(base.sup, code) || asked {
			d.sup = []string{code} // "Athens has so far declined": the one of the givers asked
			if a := subj - 1; a >= 0 && s.actors[subj].prep == "and" && s.actors[a].prep == "" && s.actors[a].hi+1 == s.actors[subj].lo &&
				slices.Contains(base.sup, s.actors[a].ref.Code) {
				d.sup = []string{s.actors[a].ref.Code, code} // "Spain and Greece have so far declined": both of the givers asked
			}
		}
		d.sent, d.trig, d.rule, d.conf, d.inherited = s.idx, t.i, "denied.bare", 0.5, true
		d.p.lo, d.p.hi, d.p.head = t.i, t.i+1, t.i
		lo := s.actors[subj].lo
		if len(d.sup) == 2 {
			lo = s.actors[subj-1].lo
		}
		s.completeDraft(d, att, lo, t.i+1)
		hi := s.actors[subj].hi
		if s.actors[subj].possessive {
			hi = s.pastBody(subj) // "Joe Biden's administration"
		}
		d.speaker = speaker{name: s.d.text[toks[lo].Start:toks[hi-1].End], code: code}
		return
	}
}

// subjectEnd returns the token after the subject of the verb at v, past
// the auxiliaries and adverbs before it: "has so far refused", "has
// repeatedly declined".
func (s *sent) subjectEnd(v int) int {
	j := s.beforeVerb(v)
	for j-1 > s.lo && s.d.toks[j].Norm == "far" && s.d.toks[j-1].Norm == "so" {
		j = s.beforeVerb(j - 1)
	}
	return j + 1
}

// dealHalted makes the denial of a clause that says the deal told before,
// named again with no goods of its own ("the deal", "that purchase"), was
// stopped: "the deal had been put on hold for lack of funds", "Egyptian
// officials said the purchase had been shelved", "the purchase is on
// hold", "cancelled that purchase", "Moscow had frozen the deal in 2010".
// The deal is the trade told last (sold, bought, ordered, asked for), in
// its sentence before it or in the two before; denied, with no amount.
func (s *sent) dealHalted(att attrib) {
	toks := s.d.toks
	n := len(s.d.claims)
	for j := s.lo + 1; j < s.hi; j++ {
		if !dealWord(toks[j].Norm) || !anaphoricDeterminer(toks[j-1].Norm) || j+1 < s.hi && toks[j+1].Norm == "of" {
			continue
		}
		lo, hi := j-1, s.clauseEnd(j)
		if st, _ := s.fateAfter(j + 1); st != armsledger.Denied && !s.heldAfter(j+1) {
			if v := j - 2; v > s.lo && stoppedWord(toks[v].Norm) && !s.is(v-1, fBe) {
				lo, hi = v, j+1 // "cancelled that purchase", "had frozen the deal"
			} else {
				continue
			}
		}
		var base *draft
		for b := n - 1; b >= 0 && s.idx-s.d.claims[b].sent <= 2; b-- {
			c := &s.d.claims[b]
			if c.sent == s.idx && c.hi > lo {
				return // "The deal, worth about $300 million, had been blocked": the sentence reads the deal itself
			}
			if c.sent == s.idx && !s.clauseBetween(c.hi, lo) {
				continue
			}
			if c.sent < s.idx && s.verbBefore(lo) {
				return // the sentence's own clause before told what was stopped
			}
			if c.status == armsledger.Denied {
				return // told stopped already
			}
			if (len(c.sup) > 0 || len(c.rec) > 0) && !c.p.money && s.d.toldAsTrade(c) {
				base = c // (the goods, not what they are worth)
				break
			}
		}
		if base == nil || lo < j-1 && !s.partyStops(lo, base) {
			return
		}
		d := s.newDraft()
		*d = *base
		d.p.qty, d.status, d.scope = nil, armsledger.Denied, ""
		d.sent, d.trig, d.rule, d.conf, d.inherited = s.idx, j, "denied.deal", 0.5, true
		d.p.lo, d.p.hi, d.p.head = j, j+1, j
		s.completeDraft(d, att, lo, hi)
		return
	}
}

// partyStops reports whether the subject of the verb of stopping at v is
// a party to the deal c, or no state is named for it: "Jakarta cancelled
// that purchase" calls off its own; "Germany blocked the sale" of jets
// from Oman to Turkey stops a deal not its own, which is another claim.
func (s *sent) partyStops(v int, c *draft) bool {
	a := s.subject(trigger{i: v})
	if a < 0 {
		return true
	}
	code := s.actors[a].ref.Code
	return slices.Contains(c.sup, code) || slices.Contains(c.rec, code)
}

// dealWord reports whether w names a deal for goods as one thing, which a
// text may name again: "the deal", "that purchase", "the order".
func dealWord(w string) bool { return slices.Contains(dealWords, w) }

// dealWords are the words dealWord accepts; the word set setDeal holds
// them too, so that dealHalted runs only on texts with one.
var dealWords = []string{"deal", "purchase", "sale", "order", "contract", "acquisition"}

// anaphoricDeterminer reports whether w points back at a thing told
// before: "the", "that", "this".
func anaphoricDeterminer(w string) bool { return w == "the" || w == "that" || w == "this" }

// stoppedWord reports whether w says a deal was stopped: "shelved",
// "frozen", "cancelled".
func stoppedWord(w string) bool {
	switch w {
	case "shelved", "frozen", "froze", "suspended", "cancelled", "canceled", "scrapped", "halted", "paused", "blocked", "dropped", "abandoned":
		return true
	}
	return false
}

// heldAfter reports whether the predicate from i on puts what is before it
// on hold: "had been put on hold", "is on hold".
func (s *sent) heldAfter(i int) bool {
	toks := s.d.toks
	j := i
	for j < s.hi && j-i < 4 && (s.is(j, fBe) || isAux(toks[j].Norm) || s.is(j, fAdverb)) {
		j++
	}
	if j == i || j >= s.hi {
		return false
	}
	if toks[j].Norm == "put" || toks[j].Norm == "placed" {
		j++
	}
	return j+1 < s.hi && toks[j].Norm == "on" && toks[j+1].Norm == "hold"
}

// toldAsTrade reports whether claim c was told by a word of trade or of
// asking: "agreed to sell", "ordered", "asked about".
func (d *doc) toldAsTrade(c *draft) bool {
	if c.trig < 0 {
		return false
	}
	info := lex.info[d.toks[c.trig].word]
	for _, cl := range []verbClass{info.verb.Class, info.noun} {
		switch cl {
		case classSell, classBuy, classCommit, classRequest:
			return true
		}
	}
	return false
}

// askedOf reports whether c asks for goods from no one named and the state
// code is not who asks: "Saudi officials have sought the F-35, but
// Washington has declined to sell it" — who refuses is who was asked.
func askedOf(c *draft, code string) bool {
	return c.status == armsledger.Requested && len(c.sup) == 0 && code != "" && !slices.Contains(c.rec, code)
}

// deniedAside makes the claim of a denial that an aside adds to a flow
// told before it in the same sentence: "Reuters reported that Iran had sent
// 400 missiles to Russia, a report both governments denied", "Rabat
// accuses Algiers of arming the group, a charge Algeria rejects", "...,
// which Tehran denies". The flow, denied, with no amount, said by whoever
// the aside names.
func (s *sent) deniedAside(att attrib) {
	toks := s.d.toks
	n := len(s.d.claims)
	if n == 0 || s.d.claims[n-1].sent != s.idx {
		return
	}
	for k := range s.trigs {
		t := &s.trigs[k]
		if t.class != classDeny || t.noun || t.lemma != "deny" && t.lemma != "reject" && t.lemma != "dismiss" && t.lemma != "refuse" && t.lemma != "decline" {
			continue
		}
		c, who := s.denialAside(t.i)
		if c < 0 {
			continue
		}
		code := ""
		if a := s.actorAt(who.lo); a >= 0 && s.actors[a].hi == who.hi {
			code = s.actors[a].ref.Code
		}
		var base *draft
		for b := n - 1; b >= 0 && s.d.claims[b].sent == s.idx; b-- {
			d := &s.d.claims[b]
			if d.status == armsledger.Denied {
				return // the sentence told its denial already ("an allegation Moscow rejected": see claimNoun)
			}
			if d.hi <= c && len(d.rec) > 0 && (len(d.sup) > 0 || askedOf(d, code)) {
				base = d
				break
			}
		}
		if base == nil {
			return
		}
		d := s.newDraft()
		*d = *base
		if askedOf(base, code) {
			d.sup = []string{code} // "seeking the Meteor missile, which Paris has declined to sell": who was asked refuses
		}
		d.p.qty, d.status, d.scope = nil, armsledger.Denied, ""
		d.sent, d.trig, d.rule, d.conf, d.inherited = s.idx, t.i, "denied.aside", 0.5, true
		d.p.lo, d.p.hi, d.p.head = t.i, t.i+1, t.i
		s.completeDraft(d, att, c+1, t.i+1)
		d.speaker = speaker{name: s.d.text[toks[who.lo].Start:toks[who.hi-1].End]}
		if a := s.actorAt(who.lo); a >= 0 && s.actors[a].hi == who.hi {
			d.speaker.code = s.actors[a].ref.Code
		}
		return
	}
}

// asideAfterFlow reports whether the verb of denial at v ends an aside
// ("..., which Tehran denies") after a flow its own sentence told, among
// the n claims drafted so far.
func (s *sent) asideAfterFlow(v, n int) bool {
	c, _ := s.denialAside(v)
	if c < 0 {
		return false
	}
	for b := n - 1; b >= 0 && s.d.claims[b].sent == s.idx; b-- {
		if d := &s.d.claims[b]; d.hi <= c && len(d.sup) > 0 && len(d.rec) > 0 {
			return true
		}
	}
	return false
}

// denialAside returns the comma that opens an aside ending with the verb of
// denial at v, and the words that name who denies: ", a report both
// governments denied", ", a charge Algeria rejects", ", which Tehran
// denies". It returns -1 when the verb ends no such aside.
func (s *sent) denialAside(v int) (comma int, who span) {
	toks := s.d.toks
	if v+1 < s.hi && toks[v+1].Kind == Word && !s.elidedInfinitive(v+1) && !s.timeEndsClause(v+1) {
		return -1, span{} // the verb has an object of its own: "a report that Iran denied sending"
	}
	c := -1
	for j := v - 1; j > s.lo && v-j <= 8; j-- {
		if toks[j].Norm == "," {
			c = j
			break
		}
	}
	if c < 0 {
		return -1, span{}
	}
	j := c + 1
	if w := toks[j].Norm; w == "a" || w == "an" || w == "the" {
		j++
	}
	switch {
	case j < v && (claimNoun(toks[j].Norm) || toks[j].Norm == "request" || toks[j].Norm == "requests"):
		j++ // (", a request Washington has declined to approve")
		if j < v && (toks[j].Norm == "that" || toks[j].Norm == "which") {
			j++
		}
	case j == c+1 && toks[j].Norm == "which":
		j++
	default:
		return -1, span{}
	}
	hi := v
	for hi > j && (isAux(toks[hi-1].Norm) || s.is(hi-1, fAdverb) || toks[hi-1].Norm == "far" && hi-2 > j && toks[hi-2].Norm == "so") {
		if toks[hi-1].Norm == "far" {
			hi-- // "which Paris has so far declined"
		}
		hi--
	}
	if hi <= j {
		return -1, span{}
	}
	return c, span{lo: j, hi: hi}
}

// bareObject reports whether a verb of refusal that ends before token i
// takes no goods: the clause ends ("Berlin has refused, fearing
// escalation"), or its object is what was told ("denies this", "declined
// the request").
func (s *sent) bareObject(i int) bool {
	toks := s.d.toks
	if i >= s.hi || toks[i].Kind == Punct {
		return true
	}
	if s.elidedInfinitive(i) || s.timeEndsClause(i) {
		return true
	}
	switch w := toks[i].Norm; {
	case w == "this" || w == "that" || w == "it" || w == "so":
		return i+1 >= s.hi || toks[i+1].Kind == Punct
	case w == "the" && i+1 < s.hi:
		return toks[i+1].Norm == "request" || toks[i+1].Norm == "requests" // (reports and claims denied: see deniedReports)
	}
	return false
}

// elidedInfinitive reports whether an infinitive of transfer opens at i
// with its goods left out, told before: "has so far declined to sell",
// "declined to sell it, citing", "declined to approve because of". The
// goods are those of the request or flow the refusal answers.
func (s *sent) elidedInfinitive(i int) bool {
	toks := s.d.toks
	if i+1 >= s.hi || toks[i].Norm != "to" {
		return false
	}
	v, ok := s.verbAt(i + 1)
	if !ok || v.Class != classGive && v.Class != classSell && v.Class != classCommit {
		return false
	}
	j := i + 2
	if j < s.hi && (toks[j].Norm == "it" || toks[j].Norm == "them") {
		j++
	}
	if j >= s.hi || toks[j].Kind == Punct {
		return true
	}
	switch toks[j].Norm {
	case "because", "citing", "so", "until", "while", "despite":
		return true
	}
	return false
}

// timeEndsClause reports whether a phrase of time from i on ends the
// clause, the verb before it taking no object: "which Scholz has refused
// for more than a year", "has declined since 2023", "refused in May".
func (s *sent) timeEndsClause(i int) bool {
	toks := s.d.toks
	switch toks[i].Norm {
	case "for", "since", "in", "last":
	default:
		return false
	}
	for j := i + 1; j < s.hi && j-i <= 4; j++ {
		switch w := toks[j].Norm; {
		case yearToken(toks[j]) || monthWord(w) || w == "year" || w == "years" || w == "months" || w == "weeks" || w == "decade" || w == "decades":
			return j+1 >= s.hi || toks[j+1].Kind == Punct
		case toks[j].Kind == Punct:
			return false
		}
	}
	return false
}

// clauseEndsAt reports whether the clause ends at token i: "joined them."
// and "joined in, ..." join the givers; "joined them in talks" and
// "joined in the exercise" join something else.
func (s *sent) clauseEndsAt(i int) bool {
	if i >= s.hi {
		return true
	}
	switch w := s.d.toks[i].Norm; {
	case s.d.toks[i].Kind == Punct && w != "-":
		return true
	case w == "with" || w == "later" || w == "soon" || w == "too" || w == "and" || w == "but":
		return true
	}
	return false
}

// committedWithin reports whether a verb or noun of promise stands in
// tokens [lo, hi): "the total number it has committed", "the total
// pledged", "its total commitment".
func (s *sent) committedWithin(lo, hi int) bool {
	for j := lo; j < hi && j < s.hi; j++ {
		if v, ok := s.verbAt(j); ok && v.Class == classCommit {
			return true
		}
		if c, ok := s.nounAt(j); ok && c == classCommit {
			return true
		}
	}
	return false
}

// suitAt returns the token of "followed suit", "joined them", "joined in"
// or "did likewise" in the sentence, or -1.
func (s *sent) suitAt() int {
	if !s.has(fRare) {
		return -1
	}
	toks := s.d.toks
	for _, k := range s.rareFrom(s.lo) {
		switch w := toks[k].Norm; {
		case w == "suit" && k > s.lo && strings.HasPrefix(toks[k-1].Norm, "follow"),
			w == "joined" && k+1 < s.hi && (toks[k+1].Norm == "them" || toks[k+1].Norm == "in") && s.clauseEndsAt(k+2),
			w == "likewise" && k > s.lo && (toks[k-1].Norm == "did" || toks[k-1].Norm == "do"):
			return k
		}
	}
	return -1
}

// earlierFigure makes the claim of an earlier figure of a flow that a
// rise or fall is counted from: "North Korea has sent about 11,000 troops
// to Russia, up from 10,000 in October", "The estimate is up from about
// 5,000 containers given by Seoul in November". The flow is the last of
// this sentence, or of the one before when this one tells none; the goods
// named after the figure must be of its kind. (Sums of money are read as
// amounts of their own: see orphan.)
func (s *sent) earlierFigure(att attrib) {
	if len(s.quants) == 0 || !s.has(fUpDown) {
		return // (most sentences: no figure, so none to count from, or no "up" or "down")
	}
	s.earlierFigureRest(att)
}

// earlierFigureRest is earlierFigure past its first test (see gates in words.go).
func (s *sent) earlierFigureRest(att attrib) {
	toks := s.d.toks
	for k := max(s.lo+1, s.quants[0].Lo-6); k+1 < s.hi && k < s.quants[len(s.quants)-1].Lo; k++ {
		if toks[k].Norm != "from" || !s.is(k-1, fUpDown) && !s.revisedFrom(k) {
			continue
		}
		var q *QuantityMatch
		for n := range s.quants {
			if c := &s.quants[n]; c.Lo > k && c.Lo-k <= 6 && !c.Year && !c.Percent && !c.Fraction {
				q = c
				break
			}
		}
		if q == nil || q.Currency != "" || !s.earlierWordsBetween(k+1, q.Lo) {
			continue
		}
		cat := armsledger.Category("")
		hi := q.Hi
		if q.Hi < s.hi {
			if end, ref, ok := lex.materiel.Match(toks, q.Hi, s.hi); ok {
				cat, hi = ref.Cat, end
			}
		}
		base := -1
		for n := len(s.d.claims) - 1; n >= 0; n-- {
			c := &s.d.claims[n]
			if s.idx-c.sent > 1 || c.sent < s.idx && s.toldHere() {
				break
			}
			if len(c.sup) == 0 || len(c.rec) == 0 && c.sent < s.idx || c.p.money || c.p.qty == nil || cat != "" && c.p.cat != cat || c.p.qty.Lo >= q.Lo && c.sent == s.idx {
				continue // (the sentence's own claim may yet inherit its recipient, and the figure with it)
			}
			base = n
			break
		}
		if base < 0 {
			continue
		}
		d := s.newDraft()
		*d = s.d.claims[base]
		d.p.qty, d.scope = q, armsledger.Cumulative
		d.p.lo, d.p.hi, d.p.head = q.Lo, hi, q.Lo
		d.sent, d.trig, d.rule, d.conf, d.inherited = s.idx, -1, "total.earlier", 0.6, true
		s.completeDraft(d, att, k-1, hi) // "up from 10,000"
	}
}

// matchedSum adds the sum a state promises or plans "to match": "Britain
// has provided Ukraine with £2.3 billion in military aid. London has
// pledged to match that figure in 2023." The sum told last, in this
// sentence or the one before, is given again, by the subject of "match"
// (else by its own giver), to its recipient, and is to come: committed
// after a verb of promising, else expected.
func (s *sent) matchedSum(att attrib) {
	toks := s.d.toks
	for _, k := range s.rareFrom(s.lo) {
		if k+2 >= s.hi || k-1 < s.lo || toks[k].Norm != "match" || toks[k-1].Norm != "to" {
			continue
		}
		j := k + 1
		if toks[j].Norm == "that" || toks[j].Norm == "this" || toks[j].Norm == "the" {
			j++
		}
		if toks[j].Norm == "same" && j+1 < s.hi {
			j++
		}
		switch toks[j].Norm {
		case "figure", "amount", "sum", "total", "level":
		default:
			continue
		}
		base := -1
		for n := len(s.d.claims) - 1; n >= 0; n-- {
			c := &s.d.claims[n]
			if s.idx-c.sent > 1 {
				break
			}
			if c.p.money && c.p.qty != nil && len(c.rec) > 0 {
				base = n
				break
			}
		}
		if base < 0 {
			return
		}
		st := armsledger.Expected
		lo := k - 1
		for m := k - 2; m >= s.lo && k-m <= 4; m-- {
			if v, ok := s.verbAt(m); ok && v.Class == classCommit {
				st, lo = armsledger.Committed, m
				break
			}
		}
		d := s.newDraft()
		*d = s.d.claims[base]
		if a := s.subject(trigger{i: lo}); a >= 0 && !slices.Contains(d.rec, s.actors[a].ref.Code) {
			d.sup = s.actors[a].codes
			if len(d.sup) == 0 {
				d.sup = []string{s.actors[a].ref.Code}
			}
			lo = s.actors[a].lo
		}
		q := *d.p.qty
		q.Lo, q.Hi = j, j+1 // "that figure" stands for the amount, here
		d.status, d.scope, d.p.qty = st, "", &q
		d.p.lo, d.p.hi, d.p.head = k, j+1, j
		d.sent, d.trig, d.rule, d.conf, d.inherited = s.idx, -1, "sum.matched", 0.6, true
		s.completeDraft(d, att, lo, j+1)
	}
}

// revisedFrom reports whether the "from" at k follows a figure its
// speaker revised: "raising its estimate from 3,000 a week earlier",
// "revised the figure from 1,500". What follows is the earlier figure, as
// after "up from". (The verbs carry fUpDown, as "up" and "down" do.)
func (s *sent) revisedFrom(k int) bool {
	toks := s.d.toks
	if k-3 < s.lo {
		return false
	}
	switch toks[k-1].Norm {
	case "estimate", "figure", "tally", "count", "assessment":
	default:
		return false
	}
	switch toks[k-2].Norm {
	case "its", "their", "the", "his", "her":
	default:
		return false
	}
	return s.is(k-3, fUpDown) && toks[k-3].Norm != "up" && toks[k-3].Norm != "down"
}

// earlierWordsBetween reports whether only words of an earlier estimate
// stand in [lo, hi), between "up from" and its figure: "an earlier
// estimate of", "the", "about".
func (s *sent) earlierWordsBetween(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		switch s.d.toks[j].Norm {
		case "a", "an", "the", "earlier", "previous", "initial", "estimate", "estimated", "figure", "of", "some":
		default:
			return false
		}
	}
	return true
}

// toldHere reports whether the sentence made a claim of its own.
func (s *sent) toldHere() bool {
	n := len(s.d.claims)
	return n > 0 && s.d.claims[n-1].sent == s.idx
}

// countedJustBefore reports whether claim c is the counted goods of the
// clause a total at k restates, in the same sentence and just before it,
// with the same kind of amount: "four more Su-30SM2 jets arrived this
// autumn, bringing the total delivered to 20" counts the jets, even while
// their giver is still to be read from the sentence before.
func (s *sent) countedJustBefore(c *draft, k int, q *QuantityMatch) bool {
	if c.sent != s.idx || c.p.qty == nil || c.p.money || q.Currency != "" || len(c.rec) == 0 {
		return false
	}
	return c.p.hi <= k && k-c.p.hi <= 8
}

// totalStatus is the status of the running total whose noun is at k and
// amount q: what was ordered or pledged is committed ("bringing its total
// order to 54", "bringing the total pledged to $4 billion"); else what is
// counted was delivered.
func (s *sent) totalStatus(k int, q *QuantityMatch) armsledger.Status {
	toks := s.d.toks
	lo, hi := k+1, q.Lo
	if q.Hi <= k {
		lo, hi = q.Hi, min(s.hi, k+4) // "bringing to eight the number ordered"
	}
	modal := false // "the total would reach 10,000 by December": still to come
	for j := max(min(k, lo)-1, s.lo); j < hi; j++ {
		switch toks[j].Norm {
		case "order", "orders", "ordered", "pledged", "promised", "committed", "pledges", "commitments", "contracted":
			return armsledger.Committed
		}
		modal = modal || j > k && s.is(j, fModal)
	}
	if modal {
		return armsledger.Expected
	}
	return armsledger.Delivered
}

// outOfOrdered adds the order a running total is counted out of, told
// right after it: "bringing to four the number it has received out of the
// six ordered in 2018", "bringing the number received to four of the six
// it ordered" — six were ordered, of the same flow. d is the total's
// draft and j the end of its words.
func (s *sent) outOfOrdered(d *draft, att attrib, j int) {
	toks := s.d.toks
	for k := j; k+3 < s.hi && k-j <= 5; k++ {
		m := k + 1
		switch {
		case toks[k].Norm == "out" && toks[k+1].Norm == "of":
			m = k + 2
		case toks[k].Norm == "of" && k == j:
			// "to four of the six": a part of the whole, right after the total's count
		default:
			continue
		}
		if toks[m].Norm == "the" || toks[m].Norm == "a" {
			m++
		}
		q := s.quantityAt(m)
		if q == nil || q.Currency != "" || q.Percent || q.Hi >= s.hi {
			return
		}
		v := s.pastBuyer(q.Hi)
		switch toks[v].Norm {
		case "ordered", "bought", "purchased", "contracted", "pledged", "promised", "committed":
		default:
			return
		}
		whole := *d // (before newDraft, which may move the claims)
		w := s.newDraft()
		*w = whole
		w.p.qty, w.status, w.scope, w.rule = q, armsledger.Committed, armsledger.Cumulative, "commit.whole"
		w.p.lo, w.p.hi = q.Lo, q.Hi
		s.completeDraft(w, att, k, v+1)
		return
	}
}

// pairSeller returns, of two states that sign a deal together as if both
// gave ("Pakistan and Azerbaijan have concluded an agreement on the supply
// of JF-17 jets"), the one that sells: the maker of the goods, else, for a
// deal signed for goods of no known maker, the one of the two that exports
// arms ("The United States and Saudi Arabia signed an arms sales
// agreement"). Else "".
func (d *doc) pairSeller(c *draft) string {
	if len(c.sup) != 2 || len(c.rec) != 0 || c.status == armsledger.Requested || !strings.HasSuffix(c.rule, ".noun") {
		return ""
	}
	maker, m := d.makerOf(&c.p), ""
	if !c.p.money {
		m = soleMaker(maker, c.sup)
	}
	if m == "" && maker == "" && c.status == armsledger.Committed {
		m = soleMaker(exporters, c.sup) // (of a deal signed, not talks "between Moscow and the Houthis over the supply")
	}
	return m
}

// signedPair reports whether claim c's two suppliers sign a deal together
// (pairSeller), in its own words or in a claim of the two sentences before
// that its contents are told of ("The package includes air defence
// systems").
func (d *doc) signedPair(c *draft) bool {
	if len(c.sup) != 2 || len(c.rec) != 0 {
		return false
	}
	if c.rule != "content.of" {
		return d.pairSeller(c) != ""
	}
	for k := range d.claims {
		if v := &d.claims[k]; v.sent < c.sent && c.sent-v.sent <= 2 && sameSet(v.sup, c.sup) && d.pairSeller(v) != "" {
			return true
		}
	}
	return false
}

// makersSupply gives a claim that no words name a supplier for, in a text
// that tells of a sale, the state that makes the system it names
// (makers.tsv): "The first 6 of 24 Rafale fighter jets for Greece's Air
// Force arrived", in a text about the contract, came from France. A
// request leaves its supplier open; a maker's state is no recipient of its
// own goods. It reports whether it gave any claim a supplier.
func (d *doc) makersSupply() (supplied bool) {
	for i := range d.claims {
		c := &d.claims[i]
		if c.rule == "deal.with" && len(c.sup) == 1 && len(c.rec) == 1 && !c.p.money {
			// "Russia signed an agreement with India for the supply of
			// S-400 systems": of the two that sign, the maker's state sells,
			// whichever the sentence names first.
			// Of goods no maker is known for, a state among the largest
			// exporters sells to one that is not: "Germany signed an arms
			// contract with Egypt".
			maker := d.makerOf(&c.p)
			exporterSigns := maker == "" && c.p.cat == armsledger.Other && c.status == armsledger.Committed && makesAny(exporters, c.rec) && !makesAny(exporters, c.sup)
			if soleMaker(maker, c.rec) != "" && !makesAny(maker, c.sup) || exporterSigns {
				signers := [][]string{c.sup, c.rec}
				c.sup, c.rec = c.rec, c.sup
				for k := range d.claims {
					if v := &d.claims[k]; v.p.money && v.sent == c.sent && v.rule == "deal.with" && sameSet(v.sup, signers[0]) && sameSet(v.rec, signers[1]) {
						v.sup, v.rec = c.sup, c.rec // the deal's value goes the same way
					}
					if v := &d.claims[k]; v.rule == "content.of" && v.sent > c.sent && v.sent-c.sent <= 2 && sameSet(v.sup, signers[0]) && sameSet(v.rec, signers[1]) && soleMaker(d.makerOf(&v.p), signers[0]) == "" {
						v.sup, v.rec = c.sup, c.rec // "The contract covers four MEKO frigates": what it holds goes the same way
					}
				}
			}
			continue
		}
		if len(c.sup) == 2 && len(c.rec) == 0 && c.status != armsledger.Requested && strings.HasSuffix(c.rule, ".noun") {
			// "Pakistan and Azerbaijan have concluded an agreement on the
			// supply of JF-17 jets": both sign as if to give; the maker
			// gives, the other gets. Goods of no known maker are sold by
			// the one of the two that exports arms ("The United States and
			// Saudi Arabia signed an arms sales agreement").
			if m := d.pairSeller(c); m != "" {
				signers := c.sup
				c.sup, c.rec, supplied = []string{m}, notReceiving(signers, []string{m}), true
				for k := range d.claims {
					// the deal's value, told of the same two, splits alike
					if v := &d.claims[k]; v.p.money && v.sent == c.sent && len(v.rec) == 0 && sameSet(v.sup, signers) {
						v.sup, v.rec = c.sup, c.rec
					}
					// and so does what it holds: "The package includes air defence systems"
					if v := &d.claims[k]; v.rule == "content.of" && v.sent > c.sent && v.sent-c.sent <= 2 && len(v.rec) == 0 && sameSet(v.sup, signers) {
						v.sup, v.rec = c.sup, c.rec
					}
				}
			}
			continue
		}
		// A request for aid leaves its giver open ("Zelensky pleaded for
		// F-16s"); a buyer's wish or talks to buy are with the maker ("wants
		// to buy BrahMos missiles", "negotiating a BrahMos deal").
		if len(c.sup) > 0 || len(c.rec) == 0 && !c.openBuyers || c.status == armsledger.Requested && strings.HasPrefix(c.rule, "request.") && !d.interestIn(c) && !d.seeksModel(c) || c.open || c.p.money {
			continue // (goods exported "to more than 30 countries" are the maker's too)
		}
		maker := d.makerOf(&c.p)
		if maker == "" && len(c.rec) > 1 {
			maker = d.madeBy(&c.p) // "Croatia and France signed an agreement on the purchase of 12 used Rafale jets"
		}
		if maker == "" {
			// "the first export customers for the Su-35. In 2018 Cairo
			// signed a contract for more than 20 of the heavy fighters":
			// the model named before. A count of a kind is of that model
			// too ("Croatia took 12 used jets"), but not in talks to buy,
			// which may be with anyone ("Peru is negotiating to buy 24 new
			// fighters").
			maker = d.namedMaker(&c.p, c.status != armsledger.Requested)
		}
		if maker == "" && (c.p.elided || !c.toldOpen()) {
			// "India will be the Rafale's second-biggest customer after
			// the United Arab Emirates, which ordered 80": a bare count is
			// of the model named last; and so are goods named by their
			// kind alone that would else have no seller ("the third buyer
			// of the Cheongung-II, after Saudi Arabia, which agreed to buy
			// 10 batteries").
			maker = d.lastModelMaker(&c.p)
		}
		if strings.Contains(maker, ",") {
			// A system several states make together: of two that sign for
			// it, the one among its makers sells ("Türkiye and the United
			// Kingdom signed an agreement for 20 Eurofighter jets").
			maker = soleMaker(maker, c.rec)
			if maker == "" || len(c.rec) < 2 {
				continue
			}
		}
		if o, told := d.passedOnBy(c, maker); told {
			// "Argentina agreed to buy 24 F-16s from Denmark. The first six
			// are due to land next month": goods the text has another
			// state hand over come from it, not from their maker; from
			// none named when several hand them over.
			if len(o) > 0 {
				c.sup, supplied = o, true
			}
			continue
		}
		switch {
		case maker == "":
		case !slices.Contains(c.rec, maker):
			c.sup, supplied = []string{maker}, true
			for k := range d.claims {
				// The price told with the goods goes to their seller: "the
				// five S-400 squadrons that India ordered for $5.43
				// billion", not to a seller of the text's other goods.
				if m := &d.claims[k]; m.p.money && m.sent == c.sent && m.trig == c.trig && m.inherited && sameSet(m.rec, c.rec) {
					m.sup = c.sup
				}
				// So does a bare count of them later in the sentence: "India
				// ordered five S-400 squadrons; three have been delivered".
				if m := &d.claims[k]; m.p.elided && !m.p.money && m.sent == c.sent && k > i && m.p.cat == c.p.cat && m.inherited && sameSet(m.rec, c.rec) {
					m.sup = c.sup
				}
			}
		case len(c.rec) > 1:
			// "Turkey and Indonesia signed an agreement for the sale of 48
			// KAAN jets": of the two that sign, the maker's state sells.
			signers := c.rec
			c.sup, c.rec, supplied = []string{maker}, notReceiving(c.rec, []string{maker}), true
			// The deal's value splits the same way: "a contract for 12
			// Rafale jets worth 2.7 billion euros".
			for k := range d.claims {
				if m := &d.claims[k]; m.p.money && m.sent == c.sent && m.trig == c.trig && len(m.sup) == 0 && sameSet(m.rec, signers) {
					m.sup, m.rec = c.sup, c.rec
				}
			}
		}
	}
	return supplied
}

// passedOnBy reports, for goods a recipient gets or that arrive with no
// giver named, whether the text has states other than their maker hand
// over goods of that kind and make to the same recipient, with no flow of
// them from the maker itself; and the giver when it is one alone.
func (d *doc) passedOnBy(c *draft, maker string) (giver []string, told bool) {
	if maker == "" || strings.Contains(maker, ",") || c.status != armsledger.Delivered && c.status != armsledger.Expected || !strings.HasPrefix(c.rule, "arrive.") && !strings.HasPrefix(c.rule, "receive.") {
		return nil, false
	}
	for k := range d.claims {
		o := &d.claims[k]
		if o == c || len(o.sup) == 0 || o.p.cat != c.p.cat || !overlaps(o.rec, c.rec) || o.status == armsledger.Denied || o.status == armsledger.Requested {
			continue
		}
		if slices.Contains(o.sup, maker) {
			return nil, false // the maker hands them over itself
		}
		if m := d.goodsMaker(&o.p); m != maker {
			continue // another model, or goods of any: another flow
		}
		if giver != nil && !sameSet(giver, o.sup) {
			return nil, true
		}
		giver = o.sup
	}
	return giver, giver != nil
}

// goodsMaker is makerOf, and for a bare count ("Denmark has pledged 19 of
// the aircraft") the maker of the goods it counts.
func (d *doc) goodsMaker(p *phrase) string {
	if m := d.makerOf(p); m != "" || !p.elided {
		return m
	}
	return d.lastModelMaker(p)
}

// exporters lists the states that sell most arms (exporters.tsv), as a
// list of makers: see makersSupply.
var exporters = func() string {
	var codes []string
	for _, r := range mustTSV("exporters.tsv", 1) {
		codes = append(codes, r[0])
	}
	return strings.Join(codes, ",")
}()

// makesAny reports whether one of the states is among the makers, a code
// or a list of codes ("GB,DE,IT,ES").
func makesAny(maker string, states []string) bool {
	for _, st := range states {
		for m := range strings.SplitSeq(maker, ",") {
			if m == st {
				return true
			}
		}
	}
	return false
}

// soleMaker returns the one of the states among the makers, or "" when
// none or several are.
func soleMaker(maker string, states []string) string {
	found := ""
	for _, st := range states {
		if makesAny(maker, []string{st}) {
			if found != "" {
				return ""
			}
			found = st
		}
	}
	return found
}

// interestIn reports whether the request c is a buyer's interest ("has
// expressed interest in the BrahMos missile"): a wish to buy, with the
// maker, not a plea for aid.
// seeksModel reports whether the request c is a verb of seeking a
// system of a known maker ("The kingdom has long sought F-35 fighters",
// "Cairo has requested four Sentinel radars"): a buyer seeking a model
// seeks it from the state that makes it, as one who wants to buy it
// does. A plea ("asked for", "needs") or a request told as a noun
// names no seller.
func (d *doc) seeksModel(c *draft) bool {
	if c.trig < 0 || strings.HasSuffix(c.rule, ".noun") || d.makerOf(&c.p) == "" {
		return false
	}
	switch d.toks[c.trig].Norm {
	case "seek", "seeks", "sought", "seeking", "request", "requests", "requested", "requesting":
		return true
	}
	return false
}

func (d *doc) interestIn(c *draft) bool {
	return c.trig >= 0 && (d.toks[c.trig].Norm == "interest" || d.toks[c.trig].Norm == "interested")
}

// makerOf returns the state that makes the first named system in the
// phrase (makers.tsv), or "". Goods sold on second-hand have no maker that
// sells them: "24 used F-16A/B aircraft" came from Denmark.
func (d *doc) makerOf(p *phrase) string {
	for j := p.lo; j < p.hi; j++ {
		switch d.toks[j].Norm {
		case "used", "second", "surplus", "refurbished", "retired", "decommissioned", "former", "older":
			return ""
		}
	}
	return d.madeBy(p)
}

// namedMaker returns, for goods named again with "the" ("of the heavy
// fighters", "these jets") or by a count and their kind ("took 12 used
// jets", where counts is set), the maker of the last model of their kind
// named before them (not far before); else "".
func (d *doc) namedMaker(p *phrase, counts bool) string {
	j := p.lo - 1
	for n := 0; j > 0 && n < 2 && d.toks[j].Kind == Word && !d.toks[j].Cap && d.toks[j].Norm != "the" && d.toks[j].Norm != "these" && d.toks[j].Norm != "those"; n++ {
		j-- // "the heavy fighters"
	}
	counted := counts && p.qty != nil && p.qty.Currency == "" && p.qty.Lo <= p.lo && p.qty.Hi >= j // "Croatia took 12 used jets" after "Rafale"
	if !counted && (j < 0 || d.toks[j].Norm != "the" && d.toks[j].Norm != "these" && d.toks[j].Norm != "those") {
		return ""
	}
	from := p.lo // the last goods of the kind seen, back from p
	for k := len(d.named) - 1; k >= 0; k-- {
		q := &d.named[k]
		if q.hi > p.lo || q.cat != p.cat {
			continue
		}
		if from-q.hi > 80 {
			return "" // too far back to be what "the" points to
		}
		if counted {
			// A chain of goods of the kind named by no model ("ordering
			// five aircraft", "bought two", "nine aircraft") goes back to
			// the model that opened it, however long the chain.
			from = q.lo
		}
		m := d.madeBy(q)
		if counted {
			m = d.makerOf(q) // (of "retired F-16s" sold on, no maker sells)
		}
		if m != "" {
			return m // (past counts and kinds of no maker: "Egypt has bought 54")
		}
	}
	return ""
}

// originNamedAgain gives goods received (a frame of receiving) with no
// supplier and named again with "the" or "these" ("Tehran has received
// the aircraft") the state the goods of their kind named just before were
// said to be made in:
// "Russian-made Mi-28 helicopters in Iranian markings, the first sign that
// Tehran has received the aircraft" came from Russia.
func (d *doc) originNamedAgain() {
	for i := range d.claims {
		c := &d.claims[i]
		if len(c.sup) > 0 || len(c.rec) == 0 || !strings.HasPrefix(c.rule, "receive.") || c.p.money || c.p.qty != nil || c.status == armsledger.Requested || c.status == armsledger.Denied || c.p.lo == 0 {
			continue
		}
		if w := d.toks[c.p.lo-1].Norm; w != "the" && w != "these" && w != "those" {
			continue
		}
		if o := d.namedOrigin(&c.p, c.rec); o != "" && !slices.Contains(c.rec, o) {
			c.sup = []string{o}
		}
	}
}

// seizedOrigin gives goods seized on their way, whose giver no flow told,
// the one state other than the recipient that the first goods named after
// its sentence, and near it, are said to be from: "The navy intercepted
// 400 rifles bound for Yemen. Officials said Iranian rifles had been
// shipped to the group for years" were Iran's rifles. (The giver of
// another flow to that party is no origin: a text may tell that Iran
// armed a group for years and that where the seized load came from is
// unknown.)
func (d *doc) seizedOrigin() {
	for i := range d.claims {
		c := &d.claims[i]
		if !c.seized || len(c.sup) > 0 || len(c.rec) == 0 {
			continue
		}
		for k := range d.named {
			q := &d.named[k]
			if q.lo < c.sentHi || q.lo-c.sentHi > 80 {
				continue
			}
			if dem := notReceiving(q.demonym, c.rec); len(dem) == 1 {
				c.sup, c.inherited = dem, true
				break
			}
		}
	}
}

// namedOrigin returns the state that the last goods of p's kind named
// before p (not far before) were made in, by their one demonym other than
// the recipient's ("Russian-made helicopters in Iranian markings") or
// their model's maker; else "".
func (d *doc) namedOrigin(p *phrase, rec []string) string {
	for k := len(d.named) - 1; k >= 0; k-- {
		q := &d.named[k]
		if q.hi > p.lo || q.cat != p.cat {
			continue
		}
		if p.lo-q.hi > 80 {
			return ""
		}
		if dem := notReceiving(q.demonym, rec); len(dem) == 1 {
			return dem[0]
		}
		return d.makerOf(q)
	}
	return ""
}

// lastModelMaker returns, for a bare count (an elided phrase), the maker
// of the last goods of its kind named before it, near enough to be what
// the count stands for; else "".
func (d *doc) lastModelMaker(p *phrase) string {
	for k := len(d.named) - 1; k >= 0; k-- {
		q := &d.named[k]
		if q.hi > p.lo || q.cat != p.cat || q.elided {
			continue
		}
		if p.lo-q.hi > 80 {
			return ""
		}
		if q.lo > 0 && d.madeBy(q) == "" && (d.afterThe(q.lo) || d.toks[q.lo-1].Norm == "its") {
			continue // "the system" names again the model before it
		}
		return d.makerOf(q) // (of "retired F-16s" sold on, no maker sells)
	}
	return ""
}

// madeBy is makerOf for goods of any age: of two states that sign for
// "12 used Rafale jets", the maker's state still sells its own.
func (d *doc) madeBy(p *phrase) string {
	for j := p.lo; j < p.hi; j++ {
		if _, maker, ok := lex.makers.Match(d.toks, j, p.hi); ok {
			return maker
		}
	}
	return ""
}

// transit reports whether a claim is goods told of before arriving, with
// no sender named, in a state other than the one they were sent to: "The
// US sent F-16 jets to Ukraine. The jets arrived in Poland first." They
// pass through; the transfer is the one told.
func (d *doc) transit(c *draft, kept []*draft) bool {
	if len(c.sup) > 0 || c.trig < 0 || c.p.lo == 0 || !strings.HasPrefix(c.rule, "arrive") || c.status == armsledger.Denied {
		// ("None of the missiles will go on to Ukraine": what will not
		// arrive passes through nowhere; the goods' onward flow is denied.)
		return false
	}
	if w := d.toks[c.p.lo-1].Norm; w != "the" && w != "these" && w != "those" {
		return false
	}
	for _, k := range kept {
		if k.p.cat == c.p.cat && len(k.rec) > 0 && !sameSet(k.rec, c.rec) && k.sent < c.sent && c.sent-k.sent <= 3 {
			return true
		}
	}
	return false
}

// contractForMade reports whether claim c is goods a contract names ("contracts
// have been finalised for Su-35 fighters", "a deal for Caesar howitzers")
// with no party, whose maker is claim p's supplier: another sale of the
// seller told just before, to the same buyer.
func (d *doc) contractForMade(c, p *draft) bool {
	if c.trig < 0 || len(p.sup) == 0 || c.p.lo <= c.trig {
		return false
	}
	contract := contractNoun(d.toks[c.trig].Norm)
	for j := c.trig - 1; !contract && j >= c.sentLo && j >= c.trig-4; j-- {
		contract = contractNoun(d.toks[j].Norm) // "contracts were signed for"
	}
	if !contract {
		return false
	}
	m := d.makerOf(&c.p)
	return m != "" && makesAny(m, p.sup)
}

// definite reports whether a claim's item is named with "the", "these" or
// "those" and no count, an item told of before, and its verb names no
// destination of its own: "the ammunition was exported to other customers"
// goes elsewhere.
func (d *doc) definite(c *draft) bool {
	if c.p.lo == 0 || c.p.qty != nil || c.trig < 0 {
		return false
	}
	j := d.pastMakerName(c.p.lo - 1)
	if j > 0 && lex.sets[d.toks[j].word]&setDefinite != 0 {
		j-- // "the remaining tanks", "the promised jets"
	}
	switch d.toks[j].Norm {
	case "the", "these", "those":
	default:
		return false
	}
	for j := c.trig + 1; j < c.sentHi && j <= c.trig+4; j++ {
		switch d.toks[j].Norm {
		case "to", "into", "for":
			return false
		}
	}
	return true
}

// pastMakerName returns the token before the maker's name that ends at j
// ("the Saab jets", "the Lockheed Martin jets"), or j when no firm's name
// ends there. A maker's name tells which goods, as a model's name does;
// "the" before it still points to goods told before.
func (d *doc) pastMakerName(j int) int {
	for lo := j; lo > 0 && j-lo < 3 && d.toks[lo].Cap; lo-- {
		if firmNamed(d.text[d.toks[lo].Start:d.toks[j].End]) {
			return lo - 1
		}
	}
	return j
}

// amongTold reports whether claim c's goods are named after a copula as
// members of goods its verb's participle told: "Among the systems
// delivered are Harop drones", "Among the weapons supplied were ...". The
// goods belong to a set the text names as already known ("the systems
// delivered"), so they continue the transfer just told as "the drones"
// would.
func (d *doc) amongTold(c *draft) bool {
	if c.trig < 0 || c.p.lo <= c.trig {
		return false
	}
	copula := false // within a few words of the participle ("delivered so far are"); the list may run on past it
	for j := c.trig + 1; j < c.p.lo && j <= c.trig+4; j++ {
		switch d.toks[j].Norm {
		case "are", "were", "is", "was":
			copula = true
		}
	}
	if !copula {
		return false
	}
	for j := c.trig - 1; j > c.sentLo && j >= c.trig-5; j-- {
		if d.toks[j].Norm == "the" && d.toks[j-1].Norm == "among" {
			return true
		}
	}
	return false
}

// transferNamedAgain marks as restated a claim whose verb is a noun of
// transfer opening its sentence with "the" ("The deployment puts U.S.
// troops on the ground in Israel"), with no count, when a claim of the
// sentence or two before has its parties and kind: the noun names that
// transfer again, whatever its own tense would say.
func (d *doc) transferNamedAgain() {
	for i := range d.claims {
		c := &d.claims[i]
		if c.trig <= c.sentLo || c.trig-1 != c.sentLo || d.toks[c.sentLo].Norm != "the" || c.p.qty != nil || c.p.money || len(c.sup) == 0 || len(c.rec) == 0 {
			continue
		}
		switch d.toks[c.trig].Norm {
		case "deployment", "shipment", "delivery", "transfer", "sale", "consignment":
		default:
			continue
		}
		for k := i - 1; k >= 0; k-- {
			p := &d.claims[k]
			if p.sent >= c.sent {
				continue
			}
			if c.sent-p.sent > 2 {
				break
			}
			if p.p.cat == c.p.cat && sameSet(p.sup, c.sup) && sameSet(p.rec, c.rec) && !p.restated {
				c.restated = true
				break
			}
		}
	}
}

// followersLate gives goods said to follow ("Norway has promised 40 of
// the tanks. The ministry said howitzers would follow"), which
// name no side, the sides of the flow told before them, once the readings
// after inherit have given that flow its sides: inherit passed them by
// while the flow before still lacked one. Only such drafts may change; the
// rest keep what they have, which inherit's other readings settled.
func (d *doc) followersLate() {
	if !d.anyLateFollower() {
		return // most texts: nothing to copy aside (a draft is large)
	}
	var rest []draft
	var idx []int
	for i := range d.claims {
		if c := &d.claims[i]; !d.lateFollower(c) {
			rest, idx = append(rest, *c), append(idx, i)
		}
	}
	d.inherit()
	for k, i := range idx {
		d.claims[i] = rest[k]
	}
}

func (d *doc) anyLateFollower() bool {
	for i := range d.claims {
		if d.lateFollower(&d.claims[i]) {
			return true
		}
	}
	return false
}

// lateFollower reports whether claim c is goods said to follow that name
// neither side, which followersLate lets inherit again.
func (d *doc) lateFollower(c *draft) bool {
	return len(c.sup) == 0 && len(c.rec) == 0 && d.followsOn(c)
}

// followsOn reports whether the verb of claim c is "follow": "A further
// batch of Caesar howitzers will follow" comes after the transfer just
// told, from the same giver to the same recipient, whatever its goods.
func (d *doc) followsOn(c *draft) bool {
	if c.trig < 0 {
		return false
	}
	switch d.toks[c.trig].Norm {
	case "follow", "follows", "followed":
		return true
	}
	return false
}

// laterBatch reports whether claim c's uncounted goods are said to be
// more of goods told before: "More Tor-M2 systems are due next year", "A
// second batch of Tor-M2 systems will arrive", "a further tranche of
// shells".
func (d *doc) laterBatch(c *draft) bool {
	j := c.p.lo - 1
	if c.p.lo == 0 || c.trig < 0 || c.p.qty != nil {
		return false
	}
	if d.toks[j].Norm == "of" && j-1 >= c.sentLo {
		switch d.toks[j-1].Norm {
		case "batch", "tranche", "shipment", "consignment", "delivery", "round", "wave":
			j -= 2 // "a second batch of": what stands before the batch
		default:
			return false
		}
	}
	if j < c.sentLo {
		return false
	}
	// Only as the sentence's subject: "A decision on more jets is
	// expected" tells of a decision.
	if k := j - 1; k >= c.sentLo && (k > c.sentLo || d.toks[k].Norm != "a" && d.toks[k].Norm != "the") {
		return false
	}
	switch d.toks[j].Norm {
	case "more", "further", "additional", "another", "second", "third", "fourth", "next", "new":
		return true
	case "first", "initial", "last", "final":
		return d.toks[j+1].Norm != "of" // "The first batch of Akash systems was shipped": a part of the goods told (not "the first of")
	}
	return false
}

// inReturn reports whether a claim's sentence says its transfer answers
// another: "in return", "in exchange" with no "for" after it.
func (d *doc) inReturn(c *draft) bool {
	for j := c.sentLo; j+1 < c.sentHi; j++ {
		if d.toks[j].Norm == "in" && (d.toks[j+1].Norm == "return" || d.toks[j+1].Norm == "exchange") &&
			(j+2 >= c.sentHi || d.toks[j+2].Norm != "for") {
			return true
		}
	}
	return false
}

// newNamedAgain reports whether claim c's goods are named again as "the
// new" ones: "Egypt ordered 30 more Rafale jets. Deliveries of the new
// jets are due to begin in 2026" are the jets just ordered. (In the
// sentence of the order, "the new aircraft" may stand against others
// against old goods told before, "second-hand Typhoons ... before the new
// aircraft arrive": see oldGoods.)
func (d *doc) newNamedAgain(c *draft) bool {
	if c.p.lo < 2 || c.p.qty != nil || c.trig < 0 {
		return false
	}
	for j := c.p.lo - 2; j+1 < c.p.hi; j++ {
		if d.toks[j].Norm == "the" && d.toks[j+1].Norm == "new" {
			return true // "the new jets", "the first of the new jets"
		}
	}
	return false
}

// oldGoods reports whether claim p's goods are said to be old or used
// ("second-hand Typhoons", "used F-16s", "surplus tanks"): goods "new"
// ones stand against, not the same.
func (d *doc) oldGoods(p *draft) bool {
	for j := max(p.p.lo-3, p.sentLo); j < p.p.hi; j++ {
		switch d.toks[j].Norm {
		case "hand", "second-hand", "used", "old", "older", "surplus", "refurbished", "retired", "ageing", "aging":
			return true
		}
	}
	return false
}

// partNamedAgain reports whether claim c's goods are a part, told by
// when it comes, of goods told before: "the first aircraft", "the
// remaining 18", "the first of the jets".
func (d *doc) partNamedAgain(c *draft) bool {
	if c.trig < 0 {
		return false
	}
	for j := c.p.start() - 1; j > c.sentLo; j-- {
		switch d.toks[j].Norm {
		case "of", "the", "those", "these":
			continue // "the first of the jets"
		case "first", "remaining", "rest", "last", "final", "initial":
			return d.toks[j-1].Norm == "the"
		}
		return false
	}
	return false
}

// definiteModifiers may stand between "the" and an item named again.
var definiteModifiers = setOf("remaining", "promised", "pledged", "outstanding", "other", "rest",
	"first", "last", "second", "final", "initial")

// laterInSentence returns, for claim i with a supplier and no recipient,
// a later claim of its sentence that names one: from the same supplier, or
// of the same goods told from the recipient's side ("Six F-16 fighters
// bought from Denmark landed on Friday, giving Argentina its first
// supersonic jets").
func (d *doc) laterInSentence(i int) *draft {
	c := &d.claims[i]
	if len(c.sup) == 0 || len(c.rec) > 0 {
		return nil
	}
	for k := i + 1; k < len(d.claims) && d.claims[k].sent == c.sent; k++ {
		p := &d.claims[k]
		if len(p.rec) > 0 && (sameSet(p.sup, c.sup) || len(p.sup) == 0 && p.p.cat == c.p.cat && !overlaps(p.rec, c.sup)) {
			return p
		}
	}
	return nil
}

// refusedAfter returns, for a request i that names its asker but not
// whom it asks, the refusal of goods of its kind that its own sentence
// sets against it with "but", to the asker or to no one named, or nil. (A
// refusal told of the goods in a relative clause, "Taurus missiles, which
// Scholz has refused to send", describes them, and answers no request
// told.)
func (d *doc) refusedAfter(i int) *draft {
	c := &d.claims[i]
	if c.status != armsledger.Requested || len(c.sup) > 0 || len(c.rec) == 0 {
		return nil
	}
	for k := i + 1; k < len(d.claims) && d.claims[k].sent == c.sent; k++ {
		if p := &d.claims[k]; p.status == armsledger.Denied && p.p.cat == c.p.cat && len(p.sup) > 0 && (len(p.rec) == 0 || sameSet(p.rec, c.rec)) && !overlaps(p.sup, c.rec) && d.wordIn(c.hi, p.trig, "but") {
			return p
		}
	}
	return nil
}

// lastLoad returns, for a capacity claim i with no roles, the last claim of
// containers before it, or nil.
func (d *doc) lastLoad(i int) *draft {
	c := &d.claims[i]
	if c.status != armsledger.Capacity || len(c.sup) > 0 || len(c.rec) > 0 {
		return nil
	}
	for k := i - 1; k >= 0; k-- {
		if p := &d.claims[k]; p.p.cat == armsledger.Container && len(p.sup) > 0 && len(p.rec) > 0 {
			return p
		}
	}
	return nil
}

// genericDealsTold gives a deal of arms in general with another state
// ("arms dealings with Moscow", "any weapons deal with Tehran") the
// direction of the flow the text told before between the same two states:
// such a deal names no goods, and so no seller, and "deal with" would make
// the state it is with the seller. In "North Korea has shipped shells to
// Russia ... Pyongyang dismissed reports of arms dealings with Moscow" the
// dealings denied are North Korea's supply to Russia.
func (d *doc) genericDealsTold() {
	for i := range d.claims {
		c := &d.claims[i]
		if c.rule != "deal.with" || c.p.cat != armsledger.Other || c.p.qty != nil || c.p.money || len(c.sup) != 1 || len(c.rec) != 1 {
			continue
		}
		if p := d.firstBetween(c.sup, c.rec, i); p != nil && p.sent < c.sent {
			c.sup, c.rec = p.sup, p.rec
		}
	}
}

// firstBetween returns the first of the claims before claim i that is a
// transfer between the two parties a and b, either way.
func (d *doc) firstBetween(a, b []string, i int) *draft {
	for k := 0; k < i; k++ {
		p := &d.claims[k]
		if sameSet(p.sup, a) && sameSet(p.rec, b) || sameSet(p.sup, b) && sameSet(p.rec, a) {
			return p
		}
	}
	return nil
}

// bothParties reports whether the codes of sup are those of a and b
// together, each named once: "Tehran and Moscow" for a transfer from Iran
// to Russia.
func bothParties(sup, a, b []string) bool {
	if len(sup) != len(a)+len(b) {
		return false
	}
	for _, c := range sup {
		if !slices.Contains(a, c) && !slices.Contains(b, c) {
			return false
		}
	}
	return true
}

// notReceiving drops the recipients from a longer list of suppliers: when
// "the Kremlin and Pyongyang have both denied any arms transfers" to Russia,
// North Korea is the supplier; no one supplies itself. The lists are shared
// with other drafts, so a new one is made.
func notReceiving(sup, rec []string) []string {
	n := 0
	for _, c := range sup {
		if !slices.Contains(rec, c) {
			n++
		}
	}
	if n == len(sup) || n == 0 {
		return sup
	}
	out := make([]string, 0, n)
	for _, c := range sup {
		if !slices.Contains(rec, c) {
			out = append(out, c)
		}
	}
	return out
}

// dealToBuy returns, for a sum worth a deal "to buy" goods (claim i: "a
// $50 million contract to buy drones from Israel"), the purchase that
// infinitive makes, with both roles; else nil. A deal is named by what it
// is for, so its worth goes with that purchase, not with an earlier flow
// of the same sentence its frame may have read ("sold arms to Israel, and
// it later cancelled ..."). Roles the sum's frame found must be parties of
// the purchase: whoever signs it buys or sells.
func (d *doc) dealToBuy(i int) *draft {
	if !d.claims[i].p.money {
		return nil
	}
	return d.dealToBuyRest(i)
}

// dealToBuyRest is dealToBuy past its first test (see gates in words.go): the
// claim's phrase is a sum of money.
func (d *doc) dealToBuyRest(i int) *draft {
	c := &d.claims[i]
	if c.homemade || c.aggregate {
		return nil
	}
	toks := d.toks
	j := c.p.hi
	if j < len(toks) {
		switch toks[j].Norm {
		case "contract", "deal", "agreement", "order":
			j++
		default:
			return nil
		}
	}
	if j+1 >= len(toks) || toks[j].Norm != "to" {
		return nil
	}
	switch toks[j+1].Norm {
	case "buy", "purchase", "acquire", "procure":
	default:
		return nil
	}
	for k := range d.claims {
		p := &d.claims[k]
		if k == i || p.sent != c.sent || p.trig != j+1 || len(p.sup) == 0 || len(p.rec) == 0 {
			continue
		}
		if !partyOf(c.sup, p) || !partyOf(c.rec, p) {
			continue // the one who signs is a party of the purchase, or the sum is another's
		}
		return p
	}
	return nil
}

// partyOf reports whether the states set are none or all parties of p's
// transfer, on one side.
func partyOf(set []string, p *draft) bool {
	return len(set) == 0 || sameSet(set, p.sup) || sameSet(set, p.rec)
}

// boughtWithSum reports whether the goods of c are what a sum buys: the
// object of a verb of spending or buying whose subject is a noun of money,
// past any auxiliaries ("the money will be spent on air defence", "the
// funds are being used to buy shells", "most of it will pay for drones").
// The sum is told before, and the goods go as it went.
func (d *doc) boughtWithSum(c *draft) bool {
	if c.trig <= c.sentLo || c.p.money || c.p.hi <= c.trig {
		return false
	}
	toks := d.toks
	switch lex.info[toks[c.trig].word].verb.Lemma {
	case "spend", "buy", "purchase", "pay", "procure", "finance", "fund":
	default:
		if toks[c.trig].Norm != "used" {
			return false // (a sum "used for" goods: see sumUsedFor)
		}
	}
	j := c.trig - 1
	if j-1 > c.sentLo && toks[j].Norm == "to" && toks[j-1].Norm == "used" {
		j -= 2 // "used to buy": the use the sum is put to
	} else if j-1 > c.sentLo && toks[j].Norm == "to" {
		j = d.sumGoesThrough(c.sentLo, j) // "will go through the European Peace Facility to buy": so used
	}
	for j > c.sentLo && (isAux(toks[j].Norm) || toks[j].Norm == "be" || toks[j].Norm == "been" || toks[j].Norm == "being" || toks[j].Norm == "mainly" || toks[j].Norm == "mostly" || toks[j].Norm == "largely") {
		j--
	}
	return j >= c.sentLo && d.sumEndsAt(c.sentLo, j)
}

// sumGoesThrough returns, for the "to" of an infinitive at j, the token
// before "go" when "go" (perhaps "through" or "via" a named channel) stands
// right before it: in "the money will go through the Peace Facility to
// buy shells", the verb chain before "go"; else j.
func (d *doc) sumGoesThrough(lo, j int) int {
	toks := d.toks
	for k := j - 1; k > lo && j-k <= 8; k-- {
		switch w := toks[k].Norm; {
		case w == "go" || w == "goes" || w == "went" || w == "gone" || w == "going":
			if k+1 == j || toks[k+1].Norm == "through" || toks[k+1].Norm == "via" {
				return k - 1
			}
			return j
		case toks[k].Kind != Word:
			return j
		}
	}
	return j
}

// sumEndsAt reports whether the noun phrase ending at token j, in a
// sentence starting at lo, names a sum of money: "the money", "the funds",
// or such a noun before "in" or "from" and a package ("the remaining funds
// in the package").
func (d *doc) sumEndsAt(lo, j int) bool {
	toks := d.toks
	if _, ok := packageNoun(toks[j].Norm); ok && j-3 >= lo && (toks[j-2].Norm == "in" || toks[j-2].Norm == "from") && toks[j-1].Norm == "the" {
		j -= 3
	}
	return sumNoun(toks[j].Norm)
}

// sumNoun reports whether w names a sum of money as such, which a sentence
// may take up again as the subject of what it buys.
func sumNoun(w string) bool {
	switch w {
	case "money", "funds", "funding", "sum", "amount", "contribution", "financing", "proceeds":
		return true
	}
	return false
}

// sentenceTransfer returns, for a sum of money whose own frame names no
// one or only a party of the transfer (claim i), the claim with both roles
// that the rest of its sentence makes, if it makes exactly one transfer;
// else nil.
func (d *doc) sentenceTransfer(i int) *draft {
	c := &d.claims[i]
	if !c.p.money || len(c.rec) > 0 && len(c.sup) > 0 || c.open {
		return nil
	}
	// "a $3.75 billion package, of which $2.85 billion will be drawn from
	// U.S. stocks": the part is of the sum before it.
	part := c.p.start() >= 2 && d.toks[c.p.start()-1].Norm == "which" && d.toks[c.p.start()-2].Norm == "of"
	var found *draft
	for k := range d.claims {
		p := &d.claims[k]
		if k == i || p.sent != c.sent || len(p.sup) == 0 || len(p.rec) == 0 || p.p.money && !(part && k < i) {
			continue
		}
		if sameSet(p.sup, p.rec) {
			continue // a state's dealings with itself are no transfer a sum is the value of
		}
		if found != nil && p.trig >= p.p.lo && p.trig < p.p.hi && sameSet(found.sup, p.sup) && sameSet(found.rec, p.rec) {
			// "signed a $300 million deal to buy six frigates from Spain,
			// with deliveries due in 2027": deliveries that name no goods
			// of their own are the schedule of the transfer just told, no
			// second transfer, whatever their status.
			continue
		}
		if found != nil && (!sameSet(found.sup, p.sup) || !sameSet(found.rec, p.rec) || found.status != p.status) {
			return nil
		}
		found = p
	}
	// "Poland signed a $10 billion deal to buy K2 tanks from South Korea":
	// the one who signs is a party of the transfer the value is of. A sum
	// its giver gives as aid is no price the buyer pays: "The government
	// has committed £3 billion a year in military aid, and a contract with
	// Thales will pay for 5,000 missiles".
	if found != nil && len(c.sup) > 0 && (!sameSet(c.sup, found.sup) && !sameSet(c.sup, found.rec) || sameSet(c.sup, found.rec) && d.sumInAid(c)) {
		return nil
	}
	// "Serbia signed a contract worth 2.7 billion euros for twelve
	// Rafales": the buyer named, the seller the goods' own.
	if found != nil && len(c.rec) > 0 && !sameSet(c.rec, found.rec) {
		return nil
	}
	return found
}

// thoseFromAll returns, for claim c whose goods are "those" or "these"
// and a noun of their kind, the suppliers of every claim of that kind to
// the same recipient told in the sentence of claim k (the one c inherits
// from), when there are several: "Ankara is buying 12 jets from Qatar and
// another 12 from Oman. Deliveries of those jets could start next year"
// are from both. Else nil.
func (d *doc) thoseFromAll(c *draft, k int) []string {
	p := &d.claims[k]
	if c.p.lo == 0 || c.p.qty != nil || c.p.cat != p.p.cat || c.p.hi-c.p.lo != 1 {
		return nil
	}
	if w := d.toks[c.p.lo-1].Norm; w != "those" && w != "these" {
		return nil
	}
	var sup []string
	for j := range d.claims {
		o := &d.claims[j]
		if o.sent != p.sent || o.p.cat != p.p.cat || !sameSet(o.rec, p.rec) || len(o.sup) == 0 {
			continue
		}
		for _, code := range o.sup {
			if !slices.Contains(sup, code) {
				sup = append(sup, code)
			}
		}
	}
	if len(sup) < 2 {
		return nil
	}
	return sup
}

// sentenceBuyer returns, for claim i, a sum with a giver and no
// recipient, the nearest claim of goods before it in its sentence whose
// recipient is another state, when every such claim before it has that
// recipient; or nil.
func (d *doc) sentenceBuyer(i int) *draft {
	c := &d.claims[i]
	if !c.p.money || len(c.sup) == 0 || len(c.rec) > 0 || c.open {
		return nil
	}
	var found *draft
	for k := range d.claims {
		p := &d.claims[k]
		if k == i || p.sent != c.sent || p.p.money || len(p.rec) == 0 || p.p.hi > c.p.lo || overlaps(p.rec, c.sup) {
			continue
		}
		if found != nil && !sameSet(found.rec, p.rec) {
			return nil
		}
		found = p
	}
	return found
}

// subsumed reports whether a generic item ("weapons sales totaling $20
// billion") is already told by the value of the same transfer: the money is
// the claim, the unnamed weapons add nothing.
func (d *doc) subsumed(c *draft) bool {
	if c.p.cat != armsledger.Other && c.p.cat != armsledger.Funding || c.p.qty != nil || c.rule == "finance.loan" || c.paidIn || c.rule == "finance.among" {
		return false // (loans that finance a deal are money beside its price; a price paid in gold, its settling)
	}
	if c.p.cat == armsledger.Other && !d.unnamedGoods(&c.p) {
		return false // "coastal surveillance radars worth 600 million yen": the radars and their value
	}
	for i := range d.claims {
		o := &d.claims[i]
		// A sum pledged for goods still to come ("will provide 1.9 billion
		// euros in military aid, including funding for weapons") is their
		// worth too.
		pledged := o.status == armsledger.Committed && c.status == armsledger.Expected
		// So is a sum still to be spent on unnamed weapons bought after it
		// ("will spend $200 million buying weapons for Ukraine"): the
		// purchase (a verb of buying, read as receiving) reads as bound, but
		// it is what the sum will buy.
		spentOn := o.status == armsledger.Expected && c.status == armsledger.Committed && c.p.cat == armsledger.Other && c.rule == "receive.active" && o.p.hi <= c.trig
		// And a sum given whose purpose is to buy unnamed weapons ("has
		// transferred €1.4 billion to buy weapons for Ukraine"): the
		// weapons are what it buys, whatever the status of each.
		spentOn = spentOn || c.p.cat == armsledger.Other && c.p.qty == nil && c.rule == "receive.active" && o.p.hi <= c.trig && c.trig > 0 && d.toks[c.trig-1].Norm == "to"
		// The sum's givers are read as finish will give them: "Saudi
		// Arabia and the United States signed an arms sales agreement
		// worth $142 billion" is the United States' sum to Saudi Arabia.
		osup := o.sup
		if len(osup) > 1 {
			osup = notReceiving(osup, o.rec)
		}
		if o.sent == c.sent && o.p.money && !o.restated && (o.status == c.status || pledged || spentOn || c.p.cat == armsledger.Funding || o.trig >= 0 && o.trig == c.trig) && (sameSet(osup, c.sup) || len(osup)+len(c.sup) == 0) && sameSet(o.rec, c.rec) {
			return true
		}
		// "Argentina receives first F-16s from Denmark in its biggest arms
		// purchase": the weapons of no kind are the jets just named. (Not
		// troops: "sent troops and weapons to Libya" tells both.)
		if o != c && o.sent == c.sent && c.p.cat == armsledger.Other && o.p.cat != armsledger.Other && o.p.cat != armsledger.Funding &&
			o.p.cat != armsledger.Container && o.p.cat != armsledger.Personnel && (o.p.hi <= c.p.lo || o.p.lo >= c.p.hi && (d.amongBefore(c.p.start()) || o.rule == "content.of" && c.rule != "content.of" && c.p.hi <= o.trig || c.rule == "receive.noun" && d.participleClause(c.p.hi, o.p.lo))) &&
			sameSet(o.sup, c.sup) && sameSet(o.rec, c.rec) && !(c.status == armsledger.Denied && o.status != armsledger.Denied && (d.deniedByVerb(c) || o.status == armsledger.Requested)) {
			// (A denial is not the goods told: "has sent tanks to Russia,
			// though Minsk denies supplying weapons" tells both; nor is a
			// refusal of weapons the goods asked for: "Peru asked Chile for
			// shells, but Chile has kept its policy of not sending weapons".)
			// ("Among the weapons North Korea has sent to Russia are 6
			// million shells": the list after is the weapons; so is what
			// they include or consist of: "The weapons Germany sent to
			// Ukraine include Leopard tanks", "an arms delivery to Wagner,
			// consisting of infantry rockets and missiles".)
			return true
		}
		if c.rule == "deal.with" && c.p.cat == armsledger.Other && o.sent == c.sent+1 && o.rule == "content.of" && weaponKind(o.p.cat) &&
			sameSet(o.sup, c.sup) && sameSet(o.rec, c.rec) {
			// "Germany signed an arms contract with Egypt. The contract
			// covers four frigates": the arms of no kind are what the
			// next sentence says the deal holds.
			return true
		}
	}
	return false
}

// carriedLoad reports whether c is a load that vehicles carried, a verb of
// carrying with no party ("Cargo flights landing at the airport carried
// ammunition and drones"): the flights of the flow just told, with its
// load.
func (d *doc) carriedLoad(c *draft) bool {
	if c.rule != "move.active" || c.trig < 0 {
		return false
	}
	w := d.toks[c.trig].Norm
	return w == "carried" || w == "carrying"
}

// deniedByVerb reports whether a verb of denial ("denies", "refused",
// "rejects") stands a few words before claim c's goods: an actor says the
// transfer is not so. (A denial read from a noun, "a moratorium on arms
// sales", "loosened its arms export rules", tells less.)
func (d *doc) deniedByVerb(c *draft) bool {
	for j := c.p.lo - 1; j >= 0 && c.p.lo-j <= 6; j-- {
		switch lex.info[d.toks[j].word].verb.Lemma {
		case "deny", "refuse", "reject":
			return true
		}
	}
	return false
}

// pricedGoods returns, for claim i, a sum after "for" that its verb
// takes as a price ("sold the systems to Iraq for $2.6 billion", "ordered
// in 2018 for about 1.8 billion euros"), the claim of goods with both
// parties named that the same verb moves in the sentence; else nil.
func (d *doc) pricedGoods(i int) *draft {
	c := &d.claims[i]
	if !c.p.money || c.trig < 0 || c.trig >= c.p.start() || strings.HasSuffix(c.rule, ".noun") || !d.forSum(c) {
		return nil
	}
	// With a list under the verb, the price is of the goods right before
	// it: "ordered 24 Typhoons from BAE and 36 F-15s from Boeing for $12
	// billion".
	var found *draft
	for k := range d.claims {
		if p := &d.claims[k]; k != i && p.sent == c.sent && p.trig == c.trig && !p.p.money && p.p.hi <= c.p.start() && (found == nil || p.p.hi > found.p.hi) {
			found = p
		}
	}
	// A sum whose own clause names another buyer is theirs: "sold K9s to
	// Egypt for $1.7 billion and to Romania for $1 billion".
	if found == nil || len(found.sup) == 0 || sameSet(found.sup, found.rec) || sameSet(found.sup, c.sup) && (len(found.rec) == 0 || sameSet(found.rec, c.rec)) ||
		c.recNamed && !sameSet(found.rec, c.rec) {
		return nil
	}
	return found
}

// forSum reports whether the sum of claim c follows "for", perhaps with a
// word of approximation between: "for about $3.2 billion".
func (d *doc) forSum(c *draft) bool {
	for j := c.p.start() - 1; j > c.sentLo && c.p.start()-j <= 2; j-- {
		switch d.toks[j].Norm {
		case "for":
			return true
		case "about", "around", "roughly", "some", "nearly", "almost", "approximately", "over":
			continue
		}
		return false
	}
	return false
}

// sameDealGoods returns the claim of goods, with both parties named,
// that the same noun of a deal frames as the sum of claim i: "signed a
// $3.5 billion deal for South Korean air defence systems". The sum is the
// goods' value (FORMAT.md), from their supplier to their recipient. Nil
// if there is none, or claim i is no sum.
func (d *doc) sameDealGoods(i int) *draft {
	c := &d.claims[i]
	if !c.p.money || c.trig < 0 || !strings.HasSuffix(c.rule, ".noun") {
		return nil
	}
	for k := range d.claims {
		if p := &d.claims[k]; k != i && p.sent == c.sent && p.trig == c.trig && !p.p.money && len(p.sup) > 0 && len(p.rec) > 0 &&
			(len(c.sup) == 0 || slices.Contains(p.sup, c.sup[0]) || slices.Contains(p.rec, c.sup[0])) {
			return p
		}
	}
	return nil
}

// kindNamedBefore gives claim c, whose goods are "the weapons" (goods of
// no kind, after "the", "these" or "those"), the kind of the goods an
// earlier claim of the same two parties named in the two sentences
// before: in "Berlin will not send Taurus missiles to Ukraine, which asked
// for the long-range weapons in May", the weapons asked for are the
// missiles. A definite noun of no kind points back to goods named; when
// the flow named goods of more than one kind, which is not told.
func (d *doc) kindNamedBefore(c *draft, kept []*draft) {
	if c.p.cat != armsledger.Other || c.p.qty != nil || c.p.money || c.p.lo == 0 || c.trig < 0 || c.trig > c.p.lo || len(c.sup) == 0 || len(c.rec) == 0 || !d.unnamedGoods(&c.p) {
		return // (the goods after their verb: "the biggest arms export" names a trade, not goods told)
	}
	switch d.toks[c.p.lo-1].Norm {
	case "the", "these", "those":
	default:
		return
	}
	var kind armsledger.Category
	for _, k := range kept {
		if k.p.lo >= c.p.lo || c.sent-k.sent > 2 || !sameSet(k.sup, c.sup) || !sameSet(k.rec, c.rec) || k.status == c.status {
			continue // (told again with the same status, the goods are one claim: see subsumed)
		}
		if !weaponKind(k.p.cat) {
			continue // money, people, goods of no kind: no kind to give
		}
		if kind != "" && kind != k.p.cat {
			return // goods of two kinds: which the noun points to is not told
		}
		kind = k.p.cat
	}
	if kind != "" {
		c.p.cat = kind
	}
}

// headNamedBefore gives claim c, whose goods are a bare head noun after
// "the", "these" or "those" ("the kits"), the kind of the goods an earlier
// claim of the same two parties named, in the two sentences before, with
// that head and a kind of their own: in "Peru bought 500 guided bomb kits
// from Spain. Lima had asked for the kits in May", the kits asked for are
// the bomb kits, ammunition, not kits of no more said, technology. Told
// again with the same status, the goods are one claim (see subsumed).
func (d *doc) headNamedBefore(c *draft, kept []*draft) {
	if c.p.hi-c.p.lo != 1 || c.p.qty != nil || c.p.money || c.p.lo == 0 || len(c.sup) == 0 || len(c.rec) == 0 {
		return
	}
	switch d.toks[c.p.lo-1].Norm {
	case "the", "these", "those":
	default:
		return
	}
	for i := len(kept) - 1; i >= 0; i-- {
		k := kept[i]
		if k.p.lo >= c.p.lo || c.sent-k.sent > 2 {
			continue
		}
		if k.p.hi-k.p.lo < 2 || !d.sameItem(&k.p, &c.p, true) || k.p.cat == c.p.cat || k.p.money || k.status == c.status || !sameSet(k.sup, c.sup) || !sameSet(k.rec, c.rec) {
			continue
		}
		c.p.cat = k.p.cat
		return
	}
}

// reexportApproved reports whether c is a state's leave for "the
// transfer" of goods its demonym calls its own make ("American-built")
// that another state was told, before,
// to pass to the same recipient: in "Denmark will sell 24 used F-16s to
// Argentina. The United States cleared the transfer of the American-built
// jets", the maker's state consents to the resale and gives nothing.
func (d *doc) reexportApproved(c *draft, kept []*draft) bool {
	if len(c.sup) != 1 || len(c.rec) == 0 {
		return false
	}
	return d.reexportApprovedRest(c, kept)
}

// reexportApprovedRest is reexportApproved past its first test (see gates in words.go).
func (d *doc) reexportApprovedRest(c *draft, kept []*draft) bool {
	if c.trig < 2 || !approvedTransfer(d.toks, c.trig) && !(c.trig+2 < len(d.toks) && approvedTransfer(d.toks, c.trig+2)) {
		return false // (the verb of leave may be the frame: "must approve any resale of the American-built planes")
	}
	if !slices.Contains(c.p.demonym, c.sup[0]) {
		return false // ("approved the sale of F-35 jets to Argentina": its own sale)
	}
	for _, k := range kept {
		if k.p.cat == c.p.cat && overlaps(k.rec, c.rec) && !slices.Contains(k.sup, c.sup[0]) && len(k.sup) > 0 && c.sent-k.sent <= 3 {
			return true
		}
	}
	return false
}

// leaveForOthersSale reports whether claim k is a state's leave for "the
// transfer" of goods that another state was told, before, to pass to the
// same recipient: a consent, not a flow the text goes on with. (A leave
// for its own transfer, "approved the transfer of 1,800 bombs to Israel",
// is the flow.)
func (d *doc) leaveForOthersSale(k int) bool {
	p := &d.claims[k]
	if p.trig < 2 || !approvedTransfer(d.toks, p.trig) && !(p.trig+2 < len(d.toks) && approvedTransfer(d.toks, p.trig+2)) {
		return false
	}
	for j := range k {
		q := &d.claims[j]
		if q.p.cat == p.p.cat && overlaps(q.rec, p.rec) && len(q.sup) > 0 && !overlaps(q.sup, p.sup) && p.sent-q.sent <= 3 {
			return true
		}
	}
	return false
}

// approvedTransfer reports whether the noun of transfer at i is the object
// of a verb of leave: "approved the transfer", "must clear any transfer".
func approvedTransfer(toks []Token, i int) bool {
	switch toks[i].Norm {
	case "transfer", "transfers", "re-export", "resale":
	default:
		return false
	}
	switch toks[i-1].Norm {
	case "the", "any", "a", "this", "that":
	default:
		return false
	}
	switch toks[i-2].Norm {
	case "approve", "approved", "approves", "approving", "clear", "cleared", "clears", "authorise", "authorised", "authorize", "authorized", "permit", "permitted", "allow", "allowed", "sanction", "sanctioned":
		return true
	}
	return false
}

// kindOfTold reports whether c names the kind of goods of a flow told
// before, with no kind of its own: "This marks the first confirmation of
// the type of weapon system Russia has transferred to North Korea", after
// the Pantsir was told. What it restates adds no claim.
func (d *doc) kindOfTold(c *draft, kept []*draft) bool {
	if c.p.cat != armsledger.Other || c.p.qty != nil || !d.unnamedGoods(&c.p) {
		return false
	}
	j := c.p.start() - 1
	if j < 2 || d.toks[j].Norm != "of" {
		return false
	}
	switch d.toks[j-2].Norm {
	case "the", "which", "what", "this", "that", "first", "same", "only":
	default:
		return false
	}
	switch d.toks[j-1].Norm {
	case "type", "types", "kind", "kinds", "sort", "sorts":
	default:
		return false
	}
	for _, k := range kept {
		if k.sent < c.sent && sameSet(k.sup, c.sup) && sameSet(k.rec, c.rec) {
			return true
		}
	}
	return false
}

// arrivalAsTime reports whether claim c's verb of arriving stands in a
// clause of time opened by "once" or "until", which dates something else
// by an arrival still to come and asserts none: "help protect the F-16s
// once they arrive", "to fill a gap until its Rafales arrive". (A clause
// opened by "before" or "after" presupposes the arrival, which writers
// may record.)
func (d *doc) arrivalAsTime(c *draft) bool {
	if !strings.HasPrefix(c.rule, "arrive.") || c.trig < 0 {
		return false
	}
	for j := c.trig - 1; j >= c.sentLo && c.trig-j <= 6; j-- {
		t := &d.toks[j]
		switch t.Norm {
		case "once", "until", "till":
			return true
		case ",", ";", ":", "and", "but", "which", "that", "who", "when", "as":
			return false
		}
		if t.Kind != Word {
			return false
		}
	}
	return false
}

// civilEnds reports whether money claim c is said, later in its sentence,
// to pay for a state's civil needs and no arms: "a 50 billion euro package
// of grants and loans ... to support Ukraine's economy and
// reconstruction", "sent hundreds of millions of dollars to Gaza to pay
// for fuel, salaries of civil servants", "but the aid is for budget
// support, not weapons". A word of arms or soldiers in the purpose
// ("to help pay Lebanese soldiers' salaries"), or another sum before it,
// leaves the money for arms.
func (d *doc) civilEnds(c *draft) bool {
	if c.p.cat != armsledger.Funding {
		return false
	}
	toks := d.toks
	for j := c.p.end(); j+1 < c.sentHi; j++ {
		switch w := toks[j].Norm; {
		case armsWord(w) && (j == 0 || toks[j-1].Norm != "not"):
			return false
		case w == "$" || w == "€" || w == "£" || w == "million" || w == "billion" || w == "trillion" || w == "bn":
			return false // another sum, whose purpose this may be
		case (w == "for" || w == "towards" || w == "toward") && (civilField(toks[j+1].Norm) || civilNeed(toks[j+1].Norm)):
			return !d.armsAfter(j+1, c.sentHi) // "for budget support", "will go towards pensions"
		case w == "to" && purposeVerb(toks[j+1].Norm):
			for k := j + 2; k < c.sentHi && k-j <= 7; k++ {
				if armsWord(toks[k].Norm) {
					return false
				}
				if civilNeed(toks[k].Norm) || civilField(toks[k].Norm) {
					return !d.armsAfter(k, c.sentHi)
				}
			}
		}
	}
	return false
}

// armsAfter reports whether a word of arms not denied ("not weapons")
// stands between tokens i and hi: "money that paid for salaries, social
// services and weapons" paid for arms too.
func (d *doc) armsAfter(i, hi int) bool {
	for k := i; k < hi; k++ {
		if armsWord(d.toks[k].Norm) && d.toks[k-1].Norm != "not" {
			return true
		}
	}
	return false
}

// purposeVerb is a verb of what money is to do: "to support", "to pay".
func purposeVerb(w string) bool {
	switch w {
	case "support", "pay", "fund", "finance", "cover", "rebuild", "meet":
		return true
	}
	return false
}

// civilField is a field of a state's civil life that money may go to:
// "economy", "reconstruction", "fuel".
func civilField(w string) bool {
	switch w {
	case "economy", "reconstruction", "budget", "humanitarian", "fuel", "food", "energy", "recovery", "pensions":
		return true
	}
	return false
}

// armsWord is a word of arms or of those who bear them, which makes money
// spent on it military: "weapons", "soldiers'".
func armsWord(w string) bool {
	switch w {
	case "ammunition", "soldiers", "troops", "army", "armed", "security":
		return true
	}
	return militaryWord(w)
}

// rankedTold reports whether claim c only ranks a transfer told before it,
// in a noun phrase that opens with a rank word and stands as a predicate
// or an apposition: "The deal is Hanwha's first sale of heavy artillery",
// "It is the first sale of the TB2 to a Gulf Arab state", "frigates from
// Japan, Tokyo's first major warship export", "the most advanced warship
// China has exported". A claim told before, by one of its parties, about
// goods of its kind (or of any kind, for goods of none), is what it ranks.
func (d *doc) rankedTold(c *draft, kept []*draft) bool {
	if c.p.elided || d.toks[c.p.start()].Kind == Number {
		return false // "the first 28 of which arrived": a part of the goods, told apart
	}
	at := c.p.start()
	if c.trig >= 0 && c.trig < at {
		if !transferNoun(d.toks[c.trig].Norm) {
			return false // "Pakistan's biggest supplier of major weapons": who supplies, a flow of its own
		}
		at = c.trig
	}
	if !d.rankedPredicate(at, c.sentLo) {
		return false
	}
	for _, k := range kept {
		if (k.p.cat == c.p.cat || c.p.cat == armsledger.Other) && sharesParty(k, c) {
			return true
		}
	}
	return false
}

// transferNoun reports whether w names a transfer itself, not one of its
// parties: "sale", "export", "order", a contract.
func transferNoun(w string) bool {
	switch w {
	case "sale", "sales", "export", "exports", "purchase", "purchases", "delivery", "deliveries", "transfer":
		return true
	}
	return dealNoun(w)
}

// rankedPredicate reports whether the words before token i, back to
// sentence start lo, are a rank word ("first", "largest", "most") with
// what goes with it ("major", "and"), after "the", "its" or a possessive,
// after a form of "be" or a comma: "is the largest and most", ", Tokyo's
// first major".
func (d *doc) rankedPredicate(i, lo int) bool {
	toks := d.toks
	j, ranked := i-1, false
	for ; j >= lo && i-j <= 6; j-- {
		w := toks[j].Norm
		if rankWord(w) || w == "most" {
			ranked = true
			continue
		}
		if w != "and" && w != "major" && w != "single" && w != "ever" {
			break
		}
	}
	if !ranked || j <= lo {
		return false
	}
	switch toks[j].Norm {
	case "the", "its", "their":
		j--
	case "'s":
		for j--; j > lo && toks[j].Cap && toks[j-1].Cap; j-- {
		}
		j-- // past the possessor's name: "Tokyo's", "Hanwha's"
	default:
		return false
	}
	if j < lo {
		return false
	}
	switch toks[j].Norm {
	case ",", "is", "was", "be", "been", "are", "were":
		return true
	}
	return false
}

// sharesParty reports whether claims a and b name a state in common, on
// either side.
func sharesParty(a, b *draft) bool {
	in := func(x string) bool { return slices.Contains(b.sup, x) || slices.Contains(b.rec, x) }
	return slices.ContainsFunc(a.sup, in) || slices.ContainsFunc(a.rec, in)
}

// amongBefore reports whether "among" (and "the") opens the phrase at i:
// "Among the weapons North Korea has sent to Russia are ...".
func (d *doc) amongBefore(i int) bool {
	j := i - 1
	if j >= 0 && d.toks[j].Norm == "the" {
		j--
	}
	return j >= 0 && d.toks[j].Norm == "among"
}

// choiceBought reports whether the i-th claim is a buyer's choice of a
// type ("chose the Gripen", "selected the K9") whose purchase its own
// sentence tells after it, naming the goods again by a count of them:
// "Peru, which chose the Gripen in April, is negotiating to buy 17 of the
// jets", "Chile chose the C-390 and is buying three". The choice and the
// purchase are one deal; the purchase, with its count, is the claim.
func (d *doc) choiceBought(i int) bool {
	c := &d.claims[i]
	if c.trig < 0 || c.p.qty != nil {
		return false
	}
	switch lex.info[d.toks[c.trig].word].verb.Lemma {
	case "choose", "select", "pick":
	default:
		return false
	}
	for j := i + 1; j < len(d.claims) && d.claims[j].sent == c.sent; j++ {
		o := &d.claims[j]
		if o.trig <= c.trig || o.p.cat != c.p.cat || o.p.qty == nil || !sameSet(o.sup, c.sup) || !sameSet(o.rec, c.rec) {
			continue
		}
		if lo := o.p.lo; o.p.elided || lo >= 2 && d.toks[lo-1].Norm == "the" && d.toks[lo-2].Norm == "of" {
			return true
		}
	}
	return false
}

// participleClause reports whether a clause of a participle opens between
// tokens lo and hi, after a comma: "one of the largest buyers of Spanish
// weapons, taking tanks and radars", "a major buyer of Brazilian arms,
// having ordered rocket launchers". What a buyer's arms of no kind were,
// the clause names. (An appositive's own finite verb, "Uruguay, long
// Spain's biggest arms customer, has bought tanks", opens none.)
func (d *doc) participleClause(lo, hi int) bool {
	for k := lo; k+1 < hi; k++ {
		if d.toks[k].Norm != "," {
			continue
		}
		w := d.toks[k+1]
		switch w.Norm {
		case "including", "excluding", "according", "following", "during":
			continue // prepositions: "arms imports, including drones" gives examples, which keep their whole
		}
		if w.Kind == Word && !w.Cap && (w.Norm == "having" || len(w.Norm) > 4 && strings.HasSuffix(w.Norm, "ing")) {
			return true
		}
	}
	return false
}

// unnamedGoods reports whether a phrase of kind other names goods of no
// kind at all ("weapons", "military equipment", "arms supplies"), not
// things of a kind the categories lack ("radars", "trucks").
func (d *doc) unnamedGoods(p *phrase) bool {
	for j := p.head; j < p.hi; j++ {
		switch d.toks[j].Norm {
		case "weapon", "weapons", "arms", "weaponry", "arsenal", "arsenals", "armament", "armaments", "materiel",
			"equipment", "hardware", "supplies", "goods", "cargo", "items", "products", "kit", "gear", "articles",
			"aid", "assistance", "system", "systems", "military", "defense", "defence", "war", "lethal", "non",
			"-", "combat", "army":
		default:
			return false
		}
	}
	return true
}

// ownPurchaseValues gives a sum whose giver is the buyer of goods in its
// own sentence, and no seller's, the parties of that purchase: "Egypt
// ordered 30 more in 2021, financed by a ten-year loan of about 4 billion
// euros" is the deal's money, from the goods' supplier to Egypt, as a deal's
// value is (FORMAT.md), not Egypt's money for another state.
func (d *doc) ownPurchaseValues() {
	for i := range d.claims {
		a := &d.claims[i]
		if !a.p.money || len(a.sup) != 1 || a.trig < 0 {
			continue
		}
		for k := range d.claims {
			g := &d.claims[k]
			if k == i || g.sent != a.sent || g.p.money || len(g.sup) == 0 || !sameSet(g.rec, a.sup) || g.p.hi > a.p.lo || sameSet(g.sup, g.rec) {
				continue // (a state's goods to itself are no purchase: "the first purchase of Korean weapons" read as Korea's)
			}
			if len(a.rec) == 0 || !overlaps(a.rec, g.sup) && a.inherited {
				a.sup, a.rec, a.inherited = g.sup, g.rec, true
			}
			break
		}
	}
}

// receivesIn reports whether a claim of sentence sent has one of codes
// among its recipients.
func (d *doc) receivesIn(sent int, codes []string) bool {
	for i := range d.claims {
		if c := &d.claims[i]; c.sent == sent && overlaps(c.rec, codes) {
			return true
		}
	}
	return false
}

// noticesSeller gives a request that names no giver, in a text of sale
// notices ("notifies Congress of proposed arms sales", "Smaller notices
// covered ..."), the one state every sale there comes from: a roundup of one
// government's notices tells each buyer's request as made to it ("Kuwait
// asked for an upgrade of its Patriot batteries, at an estimated $400
// million").
func (d *doc) noticesSeller() {
	if !d.tellsNotices() {
		return
	}
	// The seller is the giver of nearly every sale told (a draft or two
	// not yet settled may name a buyer as giver).
	count := map[string]int{}
	seller, sales := "", 0
	for i := range d.claims {
		c := &d.claims[i]
		if len(c.sup) == 0 || c.status == armsledger.Denied || c.status == armsledger.Requested {
			continue
		}
		sales++
		for _, code := range c.sup {
			count[code]++
			if count[code] > count[seller] {
				seller = code
			}
		}
	}
	if count[seller] < 3 || 4*count[seller] < 3*sales {
		return
	}
	for i := range d.claims {
		c := &d.claims[i]
		if c.status == armsledger.Requested && len(c.sup) == 0 && len(c.rec) == 1 && c.rec[0] != seller {
			c.sup = []string{seller}
		}
	}
}

// tellsNotices reports whether the text speaks of notices of sales.
func (d *doc) tellsNotices() bool {
	for j := range d.toks {
		switch d.toks[j].Norm {
		case "notice", "notices", "notifies", "notified", "notification":
			return true
		}
	}
	return false
}

// giversOfKind counts the states told giving goods of claim b's kind, to
// b's recipient or to none named, within three sentences of b's. One giver
// told after a request may answer it ("Peru asked for jets. Sweden has
// supplied Gripen jets"); several bidding after it leave the seller open
// ("Peru wants 24 fighters. Saab has offered the Gripen ... Dassault is
// offering the Rafale").
func (d *doc) giversOfKind(b *draft) int {
	var seen []string
	for k := range d.claims {
		o := &d.claims[k]
		if o.p.cat != b.p.cat || len(o.rec) > 0 && !sameSet(o.rec, b.rec) || o.status == armsledger.Requested || o.sent-b.sent > 3 || b.sent-o.sent > 3 {
			continue
		}
		for _, code := range o.sup {
			if !slices.Contains(seen, code) {
				seen = append(seen, code)
			}
		}
	}
	return len(seen)
}

// pairPartials completes drafts that each name one side of the same kind of
// transfer a few sentences apart: "China delivered these jets" and
// "Pakistan intends to buy at least 25 J-10C aircraft" tell of jets from
// China to Pakistan.
func (d *doc) pairPartials() {
	for i := range d.claims {
		a := &d.claims[i]
		if len(a.sup) == 0 || len(a.rec) > 0 || a.recOpen {
			continue // (goods to buyers told of, not named, name no buyer's seller: "will lend member states €150 billion")
		}
		paired := -1 // the sentence of goods a deal's value was paired with
		own := a.p.money && d.goodsBeforeSum(a)
		for k := range d.claims {
			b := &d.claims[k]
			if len(b.sup) > 0 || len(b.rec) == 0 || sameSet(a.sup, b.rec) {
				continue
			}
			if len(a.sup) > 1 && overlaps(a.sup, b.rec) && !subsetOf(b.rec, a.sup) && a.status != armsledger.Denied {
				// "The United States and Saudi Arabia signed an arms sales
				// package" after "arms deals with Saudi Arabia and Qatar":
				// the signers are both sides (see makersSupply). Deniers are
				// not: "Moscow and Pyongyang have denied arms transfers".
				continue
			}
			// "The first two of 28 jets ordered by Kuwait arrived ... The
			// €8 billion contract signed with Italy's Leonardo": the value
			// of a deal names the seller of the goods just told.
			// (Not when the sum's giver buys goods in its own sentence:
			// "Egypt ordered 30 more, financed by a ten-year loan" is its
			// own purchase's money, which names no seller of the goods before.)
			// When the sum's own sentence told the goods before it, they
			// are its deal's: "is building 54 howitzers for Romania under a
			// contract signed last July, worth $1 billion".
			near := b.sent < a.sent && a.sent-b.sent <= 1 && !own || own && b.sent == a.sent && b.p.hi <= a.p.lo
			value := a.p.money && near && (paired < 0 || paired == b.sent) && !d.receivesIn(a.sent, a.sup)
			if b.p.cat != a.p.cat && !value {
				continue
			}
			if m := d.makerOf(&b.p); d.sale && m != "" && !makesAny(m, a.sup) {
				continue // in a text of sales, goods of a known maker are not another state's to sell: "the first batteries of the BrahMos"
			}
			if a.sent-b.sent > 3 || b.sent-a.sent > 3 || b.open {
				continue
			}
			if b.sent > a.sent && d.aidElsewhere(a.sent, b.rec) {
				// "The largest notice went to the Philippines: the State
				// Department approved the sale of 20 F-16s. Qatar was
				// cleared to buy eight drones": a giver whose own sentence
				// names where its goods go is no half of a flow told after
				// it (see ownBeneficiary).
				continue
			}
			if !d.imported(b) && !(b.status == armsledger.Requested && d.makerOf(&b.p) == "" && d.giversOfKind(b) > 1) && !severalPromised(a, b) {
				b.sup, b.inherited = a.sup, true
			} // (what a state imported from all its suppliers is no one supplier's; a part of it went to it; nor is a request for goods of no one maker, which several give, asked of one of them: "Denmark has pledged 19 of the jets, the Netherlands 24 ... Ukraine had asked for 128 aircraft")
			if value {
				a.rec, a.inherited, paired = b.rec, true, b.sent
				continue // every claim of the goods' sentence
			}
			if a.aggregate {
				// "Russia delivered Su-35s to its air force. Iran has ordered
				// 50 of the jets": the maker sells to each buyer named; its
				// own delivery stays at home.
				continue
			}
			if paired < 0 { // (a value paired with its goods keeps their recipient)
				a.rec, a.inherited = b.rec, true
			}
			break
		}
	}
}

// severalPromised reports whether goods received are paired with a
// promise of several givers told after them ("Ukraine received its first
// F-16s, a year after Denmark, the Netherlands and Norway pledged to
// donate them"): a pledge shared out among them does not tell which one
// sent what came. (What is delivered "of" a pledge told before is a part
// of it, from its givers: "have pledged about 80 jets, of which only part
// have been delivered".)
func severalPromised(a, b *draft) bool {
	return b.status == armsledger.Delivered && len(a.sup) > 1 && (a.status == armsledger.Committed || a.status == armsledger.Expected) && b.trig >= 0 && b.trig < a.trig
}

// goodsBeforeSum reports whether the sentence of sum a tells, before it,
// goods with a recipient and no supplier: the deal the sum is the value of.
func (d *doc) goodsBeforeSum(a *draft) bool {
	for k := range d.claims {
		b := &d.claims[k]
		if b.sent == a.sent && !b.p.money && len(b.sup) == 0 && len(b.rec) > 0 && b.p.hi <= a.p.lo && !sameSet(a.sup, b.rec) {
			return true
		}
	}
	return false
}

// imported reports whether a claim is a state's imports with no supplier:
// "Myanmar's military has imported at least $1 billion worth of weapons".
func (d *doc) imported(c *draft) bool {
	return c.aggregate && c.trig >= 0 && lex.info[d.toks[c.trig].word].verb.Lemma == "import"
}

// speakerBuys names the buyer of a purchase that names only its seller
// after the state whose official tells of it: "arrangements to purchase
// Su-35 fighter jets from Russia have been finalised", Iran's deputy defence
// minister said.
func (d *doc) speakerBuys() {
	for i := range d.claims {
		c := &d.claims[i]
		if len(c.sup) == 0 || len(c.rec) > 0 || c.speaker.code == "" || slices.Contains(c.sup, c.speaker.code) || c.aggregate {
			continue
		}
		if c.trig < 0 || observer(c.speaker.name) {
			continue
		}
		if c.rule == "give.passive" || c.rule == "arrive.active" {
			// "India says three squadrons have been delivered", "Ukraine's
			// Defence Ministry said the first Swedish CV90s had arrived":
			// goods that reach no one named, told by a state's own voice,
			// reached it. Not its officials at large, who tell of others'
			// flows as often, nor goods whose giver sends elsewhere in the
			// text.
			if !manyOfficials(c.speaker.name) && !d.givesElsewhere(c.sup, c.speaker.code) {
				c.rec, c.inherited = []string{c.speaker.code}, true
			}
			continue
		}
		if !strings.HasPrefix(c.rule, "receive.") {
			continue
		}
		if v := lex.info[d.toks[c.trig].word].verb; v.Class == classBuy || v.Lemma == "acquire" {
			c.rec, c.inherited = []string{c.speaker.code}, true
		}
	}
}

// givesElsewhere reports whether a claim of the text has a giver among sup
// and a recipient other than code.
func (d *doc) givesElsewhere(sup []string, code string) bool {
	for i := range d.claims {
		if c := &d.claims[i]; len(c.rec) > 0 && overlaps(c.sup, sup) && !slices.Contains(c.rec, code) {
			return true
		}
	}
	return false
}

// speakerSupplies names the supplier of a receipt told by an official of
// another state: "Russian Deputy Prime Minister Yuri Borisov said India will
// get five air defence systems" is a delivery from Russia.
func (d *doc) speakerSupplies() bool {
	named := false
	for i := range d.claims {
		c := &d.claims[i]
		if len(c.sup) > 0 || len(c.rec) == 0 || c.speaker.code == "" || slices.Contains(c.rec, c.speaker.code) {
			continue
		}
		if observer(c.speaker.name) {
			continue // "Seoul's National Intelligence Service believes Moscow pays": who watches is no party
		}
		if manyOfficials(c.speaker.name) {
			continue // "British officials said Russia had received 300 tanks": unnamed officials tell of others' flows as often
		}
		if strings.HasPrefix(c.rule, "receive.") && c.status != armsledger.Requested {
			c.sup, c.inherited, named = []string{c.speaker.code}, true, true
		}
		if !c.speaker.person && c.status != armsledger.Requested && !c.p.money && firmNamed(c.speaker.name) {
			// "Boeing said the first Apaches for Poland will arrive in
			// 2028": the maker that tells of goods on their way, no other
			// supplier named, makes and sells them.
			c.sup, c.inherited, named = []string{c.speaker.code}, true, true
		}
		if c.rule == "give.passive" && c.p.money && !atWar([]string{c.speaker.code}, c.rec) {
			// "The first tranche of 1.5 billion euros was transferred to
			// Ukraine, the European Commission said": a sum paid out that
			// no one is said to pay is the paying body's. (Goods sent are
			// not: an official tells of others' shipments as often.)
			c.sup, c.inherited, named = []string{c.speaker.code}, true, true
		}
	}
	return named
}

// manyOfficials reports whether a speaker's name is that of unnamed
// officials of a state, in the plural ("US officials", "Western
// diplomats"): no one of them speaks for his state's own deliveries.
func manyOfficials(name string) bool {
	w := name[strings.LastIndexByte(name, ' ')+1:]
	switch w {
	case "officials", "diplomats", "sources":
		return true
	}
	return false
}

// observer reports whether a speaker's name is that of a body that
// watches others' dealings, an intelligence service, and so speaks of
// flows its state takes no part in.
func observer(name string) bool {
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "intelligence", "nis", "spy", "espionage":
			return true
		}
	}
	return false
}

// topicRecipient gives givers with no recipient named the state the text
// is about, when no flow the text tells names a recipient at all: in
// "Analysis: Ukraine's artillery goes Western", "The United States has now
// committed 90 M777 howitzers" and "Australia would send six M777s" go to
// Ukraine. It takes a roundup, flows of more than one giver; and that
// state is the one the text names most that gives nothing, at least twice,
// and twice as often as any other such state, and once after "to" or
// "for".
func (d *doc) topicRecipient() {
	var givers, one []string
	several := false // the open flows have more than one giver: a roundup of aid
	for i := range d.claims {
		c := &d.claims[i]
		if len(c.rec) > 0 {
			return // the text names where its flows go: see mainRecipient
		}
		givers = append(givers, c.sup...)
		if len(c.sup) > 0 && !c.aggregate && !c.homemade && !c.open {
			if one == nil {
				one = c.sup
			}
			several = several || !sameSet(one, c.sup)
		}
	}
	if !several {
		if d.backedRecipient(one) {
			return
		}
		if !d.visitedRecipient(one) {
			d.receivedFromGiver(one)
		}
		return
	}
	topic, first, second := d.mostNamed(givers)
	if first < 2 || first < 2*second || !d.toldAsBeneficiary(topic) {
		d.receivedFromGiver(givers) // "Six F-16s acquired from Denmark landed today", in a press release of Argentina's that names no other state
		return
	}
	for i := range d.claims {
		c := &d.claims[i]
		if len(c.sup) > 0 && !c.aggregate && !c.homemade && !c.open && !(c.p.money && c.p.qty == nil) && c.status != armsledger.Requested {
			c.rec, c.inherited = []string{topic}, true
		}
	}
}

// backedRecipient gives the flows of a text's one giver, when none names a
// recipient, the state the text calls it a backer of: "Poland has been one
// of Ukraine's most important backers. Warsaw sent more than 300 tanks in
// the first year of the war". It reports whether there is such a state.
func (d *doc) backedRecipient(giver []string) bool {
	if giver == nil || d.backed == "" || slices.Contains(giver, d.backed) {
		return false
	}
	for i := range d.claims {
		c := &d.claims[i]
		if sameSet(c.sup, giver) && len(c.rec) == 0 && !c.aggregate && !c.homemade && !c.open && c.status != armsledger.Requested {
			c.rec, c.inherited = []string{d.backed}, true
		}
	}
	return true
}

// visitedRecipient gives the flows of a text's one giver, when none names
// a recipient, the state of the text's dateline, if the text tells of a
// visit and names that state again: in "KYIV — German Defence Minister
// Boris Pistorius arrived in Kyiv on Thursday ... He announced that Berlin
// would deliver two more IRIS-T systems", the systems go to Ukraine. What a
// visitor announces in the state the story is filed from is for its host.
// It reports whether the text is such a visit.
func (d *doc) visitedRecipient(giver []string) bool {
	home := d.home.Code
	if giver == nil || home == "" || slices.Contains(giver, home) || d.mentionsOf(home) < 2 || !d.toldVisit() {
		return false
	}
	for i := range d.claims {
		c := &d.claims[i]
		if sameSet(c.sup, giver) && !c.aggregate && !c.homemade && !c.open && !(c.p.money && c.p.qty == nil) && c.status != armsledger.Requested {
			c.rec, c.inherited = []string{home}, true
		}
	}
	return true
}

// receivedFromGiver gives the goods a text of one giver tells as received
// from it, with no recipient named ("two more Yak-130 trainers had arrived
// from Russia", "took delivery of two more Su-30SME fighters from Russia"),
// the one other state the text names, if there is one: in a story of
// Myanmar's junta that names no other state, the trainers arrived in
// Myanmar. A receipt is told from the side of the one that got it, which
// is who the story is about. giver may be the givers of a text of several
// (see topicRecipient): "The first six F-16s acquired from Denmark landed
// today", in a press release of Argentina's that names besides only the
// United States, which paid for some, and Norway, which sold it aircraft.
func (d *doc) receivedFromGiver(giver []string) {
	if giver == nil {
		return
	}
	other := ""
	for _, m := range d.mentions[:d.nMentions] {
		if slices.Contains(giver, m.code) {
			continue
		}
		if other != "" {
			return
		}
		other = m.code
	}
	if other == "" {
		return
	}
	for i := range d.claims {
		c := &d.claims[i]
		if subsetOf(c.sup, giver) && len(c.rec) == 0 && d.fromSupplier(c) && !c.aggregate && !c.homemade && !c.open && c.status != armsledger.Requested {
			c.rec, c.inherited = []string{other}, true
		}
	}
}

// fromSupplier reports whether claim c's words name its supplier after
// "from": "arrived from Russia".
func (d *doc) fromSupplier(c *draft) bool {
	for j := c.lo; j+1 < c.hi; j++ {
		if d.toks[j].Norm == "from" {
			k := j + 1
			if d.toks[k].Norm == "the" && k+1 < c.hi {
				k++ // "from the Kingdom of Denmark"
			}
			if _, ref, ok := lex.actors.Match(d.toks, k, c.sentHi); ok && slices.Contains(c.sup, ref.Code) {
				return true
			}
		}
	}
	return false
}

// toldVisit reports whether the text tells of a visit: "visit", "visited",
// "visiting", "trip", or "arrived in".
func (d *doc) toldVisit() bool {
	for j := range d.toks {
		switch d.toks[j].Norm {
		case "visit", "visits", "visited", "visiting", "trip":
			return true
		case "arrived", "arrives", "arriving", "landed":
			if j+1 < len(d.toks) && d.toks[j+1].Norm == "in" {
				return true
			}
		}
	}
	return false
}

// toldAsBeneficiary reports whether the text names the state code after
// "to" or "for" somewhere: "the largest donor of military aid to Ukraine".
func (d *doc) toldAsBeneficiary(code string) bool {
	for _, m := range d.mentions[:d.nMentions] {
		if m.code == code {
			return m.to
		}
	}
	return false
}

// toldSince reports whether a claim of a sentence after sent and before
// sentence before names both its parties.
func (d *doc) toldSince(sent, before int) bool {
	for k := range d.claims {
		if c := &d.claims[k]; c.sent > sent && c.sent < before && len(c.sup) > 0 && len(c.rec) > 0 {
			return true
		}
	}
	return false
}

// mostNamed returns the state the text names most that is none of givers,
// with its count and the next such state's: the state a text is about.
func (d *doc) mostNamed(givers []string) (topic string, first, second int) {
	for _, m := range d.mentions[:d.nMentions] {
		if slices.Contains(givers, m.code) {
			continue
		}
		switch {
		case m.n > first:
			topic, first, second = m.code, m.n, first
		case m.n > second:
			second = m.n
		}
	}
	return topic, first, second
}

// dominantRecipient gives givers with no recipient named the state a text
// of many flows is about: the one it names most, at least three times and
// twice as often as any other state that gives nothing, which some flow
// of the text goes to or, in a roundup of several givers, which the text
// names after "to" or "for" ("aid to Mali"). In a story on Mali's arms, "Russia handed over four Mi-171Sh
// helicopters in 2021" went to Mali, though other flows the story tells
// went elsewhere (see mainRecipient for texts of one recipient).
func (d *doc) dominantRecipient() {
	if !d.lacksRecipient() {
		return // no claim it could give the topic to, as in most texts: spared the counts below
	}
	givers := d.givers[:0]
	for i := range d.claims {
		if c := &d.claims[i]; !d.payment(c) && !(c.p.cat == armsledger.Funding && strings.HasPrefix(c.rule, "pay")) && c.status != armsledger.Denied && !c.aggregate {
			// (a buyer that pays gives no arms, nor does a seller whose sale
			// was called off; a state's trade total sends to no one told:
			// "Israel is itself a leading exporter" in a story of arms for
			// Israel leaves it the text's recipient)
			givers = append(givers, c.sup...)
		}
	}
	d.givers = givers // keep what the buffer grew to
	topic, first, second := d.mostNamed(d.mostlyGivers(givers))
	if first < 3 || first < 2*second {
		return
	}
	received := d.received[:0] // the sentences of flows to the topic
	bought := true             // every flow to the topic is one it bought
	for i := range d.claims {
		if c := &d.claims[i]; len(c.sup) > 0 && sameSet(c.rec, []string{topic}) {
			received = append(received, c.sent)
			bought = bought && d.boughtByRecipient(c)
		}
	}
	d.received = received
	if len(received) > 0 && bought {
		// A state the text tells only buying for itself is no end of the
		// givers' aid: in "What the Nordic countries give Ukraine, and what
		// they buy for themselves", "Denmark picked the SAMP/T" leaves
		// "Norway handed over 22 M109 howitzers" for Ukraine.
		return
	}
	// With no flow to it told, the state must be where several givers
	// send ("aid to Ukraine" in a roundup of donors): a text of one giver
	// often names most the state it is at odds with or sells beside (see
	// topicRecipient, whose test shows one).
	roundup := len(givers) > 0 && slices.ContainsFunc(givers, func(g string) bool { return g != givers[0] })
	if len(received) == 0 && !(roundup && d.toldAsBeneficiary(topic)) {
		return // a state named most may be the text's subject without receiving anything
	}
	near := func(sent int) bool { // a flow to the topic is told within three sentences
		for _, r := range received {
			if max(r-sent, sent-r) <= 3 {
				return true
			}
		}
		return false
	}
	// Counted flows go to the topic first; each then counts as a flow to it
	// told, which uncounted flows near it may follow: "Russia handed over
	// four helicopters, and a further batch of jets arrived in 2022".
	for _, counted := range []bool{true, false} {
		for i := range d.claims {
			c := &d.claims[i]
			// An uncounted flow far from any told to the topic may be
			// background: "During the Vietnam War, Pyongyang sent only pilots".
			if len(c.sup) > 0 && len(c.rec) == 0 && !slices.Contains(c.sup, topic) && !c.aggregate && !c.homemade && !c.open && !c.recOpen &&
				!(c.p.money && c.p.qty == nil) && c.status != armsledger.Requested && (c.p.qty != nil) == counted && (counted || near(c.sent)) &&
				// (the states that give in the sentence are no other
				// recipient: "Italy and France have not contributed; Rome
				// delivered a battery, and Paris has pledged jets")
				!d.namesStateBesides(c, i, []string{topic}) {
				c.rec, c.inherited = []string{topic}, true
				received = append(received, c.sent)
			}
		}
	}
	d.received = received
}

// boughtByRecipient reports whether a claim tells its recipient buying:
// "Denmark picked the SAMP/T", "Mali bought radars from France".
func (d *doc) boughtByRecipient(c *draft) bool {
	if strings.HasPrefix(c.rule, "buy.") {
		return true
	}
	return strings.HasPrefix(c.rule, "receive.") && c.trig >= 0 && lex.info[d.toks[c.trig].word].verb.Class == classBuy
}

// lacksRecipient reports whether a claim has a supplier and no recipient:
// only such a claim can take a recipient from the text around it. A pass
// of finish whose work, in most texts, is mostly to find that there is
// none asks it first.
func (d *doc) lacksRecipient() bool {
	if gatesOpen {
		return true
	}
	for i := range d.claims {
		if c := &d.claims[i]; len(c.sup) > 0 && len(c.rec) == 0 {
			return true
		}
	}
	return false
}

// recipientMissing reports whether a claim has no recipient, with a
// supplier or without: lacksRecipient for a pass that may give both sides.
func (d *doc) recipientMissing() bool {
	if gatesOpen {
		return true
	}
	for i := range d.claims {
		if len(d.claims[i].rec) == 0 {
			return true
		}
	}
	return false
}

// mostlyGivers returns givers without the states the text's flows go to
// at least three times and twice as often as they give: a text on arms
// for Israel that tells "Israel itself remains a major exporter, selling
// the Arrow 3 to Germany" is still about Israel's suppliers.
func (d *doc) mostlyGivers(givers []string) []string {
	out := d.mostly[:0]
	for k, g := range givers {
		if slices.Contains(givers[:k], g) {
			// A state gives once per flow: its verdict was reached at its
			// first flow, and a pass over every claim per flow would make
			// the text's finish quadratic.
			if slices.Contains(out, g) {
				out = append(out, g)
			}
			continue
		}
		gives, gets := 0, 0
		for i := range d.claims {
			c := &d.claims[i]
			if slices.Contains(c.sup, g) {
				gives++
			}
			if len(c.rec) == 1 && c.rec[0] == g && len(c.sup) > 0 {
				gets++
			}
		}
		if gets < 3 || gets < 2*gives {
			out = append(out, g)
		}
	}
	d.mostly = out // keep what the buffer grew to
	return out
}

// mainRecipient gives a supplier with no named recipient the recipient of
// the text's flows when every flow the text tells in full goes to one party:
// in a story on aid to Ukraine, "Germany pledged a Patriot battery" is for
// Ukraine.
func (d *doc) mainRecipient() {
	// Claims that took their recipient from the claims before count too,
	// once one names it itself: "Berlin has already supplied six IRIS-T
	// systems" after "Germany will deliver four more to Ukraine" is a
	// flow to Ukraine.
	if !d.recipientMissing() {
		return // every claim has its recipient, as in most texts: none to give
	}
	var main, giver []string // giver stays set while every flow has the same supplier
	n, named, oneGiver, own, mainSent := 0, false, true, false, 0
	for i := range d.claims {
		c := &d.claims[i]
		if len(c.sup) == 0 || len(c.rec) == 0 || sameSet(c.sup, c.rec) {
			continue // a state's dealings with itself are no flow
		}
		if d.payment(c) {
			continue // a price paid goes against the goods: "Armenia paid Russia $400 million" names no recipient of the text's goods
		}
		if n > 0 && !sameSet(main, c.rec) {
			return
		}
		if n > 0 && !sameSet(giver, c.sup) {
			oneGiver = false
		}
		main, giver = c.rec, c.sup
		n++
		named = named || !c.inherited || c.recNamed
		own = !c.inherited && (c.p.cat != armsledger.Funding || d.aidGiven(c)) // (a payment's payee is no text's recipient: "Brazil paid R$1.2 billion to Saab")
		mainSent = c.sent
	}
	if n == 1 && named {
		// One flow: a supplier's goods told by an official of the state it
		// went to went there too ("Ukraine is ready to buy Patriots from the
		// US ... He also said that Germany had delivered dozens of Patriot
		// missiles", Zelensky speaking).
		for i := range d.claims {
			c := &d.claims[i]
			if len(c.sup) > 0 && len(c.rec) == 0 && c.speaker.code != "" && sameSet(main, []string{c.speaker.code}) && !slices.Contains(c.sup, c.speaker.code) && !c.aggregate {
				c.rec, c.inherited = main, true
			}
		}
	}
	// With one flow told in full, counted flows and those told near it take
	// its recipient: "Norway will give eight Leopard 2A4 tanks" in a story of
	// pledges for Ukraine, not "Pyongyang sent only fighter pilots" in its
	// background, paragraphs on.
	if n < 1 || !named || n == 1 && !own {
		return
	}
	for i := range d.claims {
		c := &d.claims[i]
		if len(c.sup) > 0 && len(c.rec) == 0 && !sameSet(c.sup, main) && !c.aggregate && !(c.p.cat == armsledger.Funding && c.p.qty == nil && !d.intoScheme(c)) && (n > 1 || c.p.qty != nil || max(c.sent-mainSent, mainSent-c.sent) <= 3) &&
			!(d.sale && d.signedPair(c)) { // (two that sign a deal together are its seller and its buyer: makersSupply splits them)
			c.rec, c.inherited = main, true // (an "aid package" with no sum tells no flow of its own)
		}
		if d.sumFromUnnamedGivers(c) && (n > 1 || max(c.sent-mainSent, mainSent-c.sent) <= 3) {
			// "European governments allocated €10.5bn in new military aid",
			// "partners have pledged more than 40 billion dollars in
			// military aid": givers told only as a group give to the one
			// party the text's flows go to. The group stays unnamed: the
			// recipient is lent, the giver still open.
			c.rec = main
		}
		// A text of one flow only: a counted transfer that names neither
		// side ("The first 11 HIMARS rocket launchers were handed over last
		// year") is of that flow, however far back it was named.
		if oneGiver && len(c.sup) == 0 && len(c.rec) == 0 && c.p.qty != nil && !c.p.money && !c.aggregate && !c.homemade && !c.open && !d.otherRecipientBefore(i, main) {
			// In a text of sales, goods of another maker are another sale:
			// not "50 F-35A jets" in a story of French jets. (Aid passes on
			// what others made: "200 T-72 tanks" from Poland.)
			if m := d.makerOf(&c.p); !d.sale || m == "" || makesAny(m, giver) {
				c.sup, c.rec, c.inherited = giver, main, true
			}
		}
	}
}

// sumFromUnnamedGivers reports whether claim c is a sum of money that
// givers told only as a group ("donors", "allies", "European governments")
// gave or promised, to no one the sentence names.
func (d *doc) sumFromUnnamedGivers(c *draft) bool {
	return c.open && len(c.sup) == 0 && len(c.rec) == 0 && c.p.money && c.p.qty != nil && !c.aggregate && !c.homemade &&
		(c.status == armsledger.Delivered || c.status == armsledger.Committed)
}

// otherRecipientBefore reports whether a claim before claim i in its
// sentence names a recipient other than rec: "India has received three of
// the five S-400 squadrons it ordered, and the remaining two will arrive by
// 2027" goes on with India's flow, not with the one the text tells most.
func (d *doc) otherRecipientBefore(i int, rec []string) bool {
	for k := i - 1; k >= 0 && d.claims[k].sent == d.claims[i].sent; k-- {
		if p := &d.claims[k]; len(p.rec) > 0 && !sameSet(p.rec, rec) {
			return true
		}
	}
	return false
}

// sumInAid reports whether claim c's sum is told as aid, in its phrase or
// just after it: "£3 billion a year in military aid".
func (d *doc) sumInAid(c *draft) bool {
	for j := c.p.lo; j < c.p.hi; j++ {
		if aidNoun(d.toks[j].Norm) {
			return true
		}
	}
	for j := c.p.hi; j+1 < c.sentHi && j <= c.p.hi+4; j++ {
		if d.toks[j].Norm != "in" {
			continue
		}
		for k := j + 1; k < c.sentHi && k <= j+2; k++ {
			if aidNoun(d.toks[k].Norm) {
				return true
			}
		}
		return false
	}
	return false
}

// mainWay gives a counted transfer that names neither side ("about 120 of
// the guns had been delivered") the way most of the text's flows run, in a
// text whose flows all run between the same two states, one way far more
// often than back ("Russia had given the North air defence systems" told
// once beside the North's shells and missiles): mainRecipient's one flow,
// with the favour returned told aside.
func (d *doc) mainWay() {
	var fwd, back *draft
	nf, nb := 0, 0
	for i := range d.claims {
		c := &d.claims[i]
		if len(c.sup) == 0 || len(c.rec) == 0 || sameSet(c.sup, c.rec) || d.payment(c) {
			continue
		}
		switch {
		case fwd == nil || sameSet(fwd.sup, c.sup) && sameSet(fwd.rec, c.rec):
			fwd = c
			nf++
		case sameSet(fwd.sup, c.rec) && sameSet(fwd.rec, c.sup):
			back = c
			nb++
		default:
			return
		}
	}
	if back == nil {
		return // one way only: mainRecipient's
	}
	if nb > nf {
		fwd, nf, nb = back, nb, nf
	}
	if nf < 3*nb {
		return
	}
	for i := range d.claims {
		c := &d.claims[i]
		if len(c.sup) > 0 || len(c.rec) > 0 || c.p.qty == nil || c.p.money || c.aggregate || c.homemade || c.open {
			continue
		}
		if m := d.makerOf(&c.p); !d.sale || m == "" || makesAny(m, fwd.sup) {
			c.sup, c.rec, c.inherited = fwd.sup, fwd.rec, true
		}
	}
}

// listMatesShare gives the items of one list ("the cargo, which included
// anti-tank missiles, radar systems and dozens of drone engines") the sides
// a counted mate took from the text's flows: the items of a list share their
// verb, so they share its transfer. The text's flows lend sides to counted
// goods only (mainRecipient, mainWay, kindWay), so only a counted mate's
// sides are settled enough to pass on; sums stay apart, since money may be
// paid the other way.
func (d *doc) listMatesShare() {
	for i := range d.claims {
		c := &d.claims[i]
		if len(c.sup) > 0 || len(c.rec) > 0 || c.p.money || c.aggregate || c.homemade || c.open {
			continue
		}
		for k := range d.claims {
			p := &d.claims[k]
			if k != i && p.inherited && p.p.qty != nil && !p.p.money && len(p.sup) > 0 && len(p.rec) > 0 && d.listedTogether(c, p) {
				c.sup, c.rec, c.inherited = p.sup, p.rec, true
				break
			}
		}
	}
}

// listedTogether reports whether claims a and b are items of one list of
// one verb: only commas, "and" and other items of the list stand between
// their phrases.
func (d *doc) listedTogether(a, b *draft) bool {
	if a.sent != b.sent || a.trig != b.trig || a.rule != b.rule {
		return false
	}
	lo, hi := a.p.end(), b.p.start()
	if b.p.end() <= a.p.start() {
		lo, hi = b.p.end(), a.p.start()
	}
	for j := lo; j < hi; j++ {
		if w := d.toks[j].Norm; w == "," || w == "and" {
			continue
		}
		if !d.inMateOf(a, j) {
			return false
		}
	}
	return true
}

// inMateOf reports whether token j lies in the phrase of a claim of the
// same verb as claim a.
func (d *doc) inMateOf(a *draft, j int) bool {
	for k := range d.claims {
		m := &d.claims[k]
		if m.sent == a.sent && m.trig == a.trig && j >= m.p.start() && j < m.p.end() {
			return true
		}
	}
	return false
}

// kindWay gives a counted transfer that names neither side ("more than 200
// missiles had been shipped") the way every flow of its kind told before it
// ran, however far back, when they all ran one way: in a text of Iran's
// missiles for Russia and Russia's jets for Iran, missiles go to Russia.
func (d *doc) kindWay() {
	for i := range d.claims {
		c := &d.claims[i]
		if len(c.sup) > 0 || len(c.rec) > 0 || c.p.qty == nil || c.p.money || c.aggregate || c.homemade || c.open {
			continue
		}
		if p := d.oneWayOfKind(i); p != nil && !d.namesOthers(c.sent, p) {
			c.sup, c.rec, c.inherited = p.sup, p.rec, true
		}
	}
}

// namesOthers reports whether sentence si names a state that is neither
// side of flow p: "Estonia asked allies to fund a joint buy of 10,000
// rounds" may be Estonia's, whatever flow of rounds came before.
func (d *doc) namesOthers(si int, p *draft) bool {
	for _, code := range d.sentStates[si].named {
		if code != "" && !slices.Contains(p.sup, code) && !slices.Contains(p.rec, code) {
			return true
		}
	}
	return false
}

// oneWayOfKind returns the last claim before claim i, in earlier
// sentences, of i's category with both sides, when every such claim has
// the same sides; else nil.
func (d *doc) oneWayOfKind(i int) *draft {
	c := &d.claims[i]
	var one *draft
	for k := 0; k < i; k++ {
		p := &d.claims[k]
		if p.sent >= c.sent || p.p.cat != c.p.cat || len(p.sup) == 0 || len(p.rec) == 0 || sameSet(p.sup, p.rec) || d.payment(p) {
			continue
		}
		if one != nil && (!sameSet(one.sup, p.sup) || !sameSet(one.rec, p.rec)) {
			return nil
		}
		one = p
	}
	return one
}

// aidGiven reports whether a sum is given as aid by a verb of giving:
// "The U.S. will send Ukraine another $400 million in military aid". Its
// recipient is the text's as goods' would be, not a payee's.
func (d *doc) aidGiven(c *draft) bool {
	if !c.p.money || c.trig < 0 {
		return false
	}
	v := lex.info[d.toks[c.trig].word].verb
	return v.Class == classGive && v.Lemma != "pay" && v.Lemma != "finance"
}

// pairIn reports whether claim c's words hold "the two countries" or the
// like (see pairAnaphora).
func (d *doc) pairIn(c *draft) bool {
	for j := max(c.lo, 1); j+1 < c.hi && j+1 < len(d.toks); j++ {
		if d.toks[j].Norm == "two" && d.toks[j-1].Norm == "the" && pairNoun(d.toks[j+1].Norm) {
			return true
		}
	}
	return false
}

// paidForUnnamed reports whether claim c is goods of no kind or count, or
// of no giver, beside a sum paid in its sentence: "Turkey has paid Russia
// $2.5 billion for arms", "Egypt has paid Russia $2 billion under its
// fighter jet contract". The payment tells the flow; what it paid for
// names no transfer of its own. (Goods counted are: "paid Russia $5.4
// billion for five S-400 regiments".)
func (d *doc) paidForUnnamed(c *draft) bool {
	if c.p.money || c.p.qty != nil || c.p.cat != armsledger.Other && len(c.sup) > 0 && !d.forTheGoods(c) {
		return false
	}
	if c.status == armsledger.Denied {
		return false // "failed to deliver weapons for which Yerevan had paid $400 million": the money went, the goods did not
	}
	for k := range d.claims {
		if o := &d.claims[k]; o != c && o.sent == c.sent && d.payment(o) && len(o.rec) > 0 {
			return true
		}
	}
	return false
}

// forTheGoods reports whether claim c's goods are a bare head after "for
// the": "paid about $300 million for the jets", "will pay France €3
// billion for the frigates". Goods named so are those told before, whose
// price the payment is. (Goods a clause or phrase after the head tells
// are new: "paid $1.75 billion for the technology to build drones".)
func (d *doc) forTheGoods(c *draft) bool {
	lo := c.p.lo
	if c.p.hi-lo != 1 || lo < 2 || d.toks[lo-1].Norm != "the" || d.toks[lo-2].Norm != "for" {
		return false
	}
	if c.p.hi < c.sentHi {
		switch d.toks[c.p.hi].Norm {
		case "to", "of", "that", "which", "needed", "used", "for":
			return false
		}
	}
	return true
}

// paidFor returns, for claim i, money a state is said to have been paid
// with no payer named ("Iran was paid about $1.75 billion"), the goods
// that state gave in the same sentence or the two before: their
// recipient pays. Else nil.
func (d *doc) paidFor(i int) *draft {
	c := &d.claims[i]
	if len(c.sup) > 0 || len(c.rec) != 1 || c.rule != "receive.passive" || !d.payment(c) {
		return nil
	}
	for j := i - 1; j >= 0; j-- {
		p := &d.claims[j]
		if c.sent-p.sent > 2 {
			break
		}
		if p.p.cat != armsledger.Funding && len(p.rec) > 0 && sameSet(p.sup, c.rec) && !slices.Contains(p.rec, c.rec[0]) {
			return p
		}
	}
	return nil
}

// payment reports whether claim c is money a buyer pays for goods: "Armenia
// paid Russia for weapons worth around $400 million".
func (d *doc) payment(c *draft) bool {
	return c.p.money && c.trig >= 0 && lex.info[d.toks[c.trig].word].verb.Lemma == "pay"
}

// supplierRecipient gives a claim with a supplier and no recipient the
// recipient of that supplier's last flow told before it anywhere in the
// text: "North Korea will send 6,000 builders to Russia. ... (five
// paragraphs on) ... North Korea first dispatched around 11,000 troops".
// A state's counted flows in one article mostly go one way; what inherit
// finds nearer has been given already. An uncounted flow takes it only
// when a verb tells it as an event and every flow of goods the supplier
// has before it went to that one recipient: "Russia had received about 148
// missiles from North Korea. ... (two paragraphs on) ... Pyongyang was also
// supplying self-propelled guns". The "supply of missiles" or "exports" a
// noun names in a text's background, or "sent only pilots" after flows to
// several states, are none.
func (d *doc) supplierRecipient() {
	for i := range d.claims {
		c := &d.claims[i]
		if len(c.sup) == 0 || len(c.rec) > 0 || c.aggregate || c.homemade || c.open || c.p.money {
			continue
		}
		if c.p.qty == nil {
			// (A denier's words and what a package holds take their
			// parties elsewhere: see inherit.)
			if r := d.onlyRecipientOf(c.sup, i); r != nil && c.trig >= 0 && !c.denier && !strings.HasSuffix(c.rule, ".noun") && !strings.HasPrefix(c.rule, "content.") && !d.namesOtherState(c, r) {
				c.rec, c.inherited = r, true
			}
			continue
		}
		for k := i - 1; k >= 0; k-- {
			p := &d.claims[k]
			if len(p.rec) > 0 && sameSet(p.sup, c.sup) && !overlaps(p.rec, c.sup) {
				c.rec, c.inherited = p.rec, true
				break
			}
		}
		if len(c.rec) == 0 {
			// Told before any of the supplier's flows: theirs, when they all
			// go one way ("the North had sent roughly 11,000 troops in
			// total", a paragraph before its shells "to Russia").
			if r := d.onlyRecipientOf(c.sup, len(d.claims)); r != nil && !d.namesOtherState(c, r) {
				c.rec, c.inherited = r, true
			}
		}
	}
}

// intoScheme reports whether the money of c goes "to" or "into" a scheme
// ("contributed money to the scheme"): money of no sum paid into a scheme
// that buys for the text's recipient is a flow to it, as a sum is; an
// "aid package" of no sum tells none.
func (d *doc) intoScheme(c *draft) bool {
	e := c.p.hi
	return e+2 < c.sentHi && (d.toks[e].Norm == "to" || d.toks[e].Norm == "into") && d.toks[e+1].Norm == "the" && schemeNoun(d.toks[e+2].Norm)
}

// schemeSupplier gives goods a recipient got "through the scheme" (or
// "under the initiative", "via the programme"), with no supplier named, the
// state the text named that scheme after before: "Babis win puts Czech
// shell scheme in doubt ... About 1.5 million rounds reached Ukraine through
// the scheme last year" came from the Czech Republic. What moves through a
// state's scheme, that state gives.
func (d *doc) schemeSupplier() {
	for i := range d.claims {
		c := &d.claims[i]
		if len(c.sup) > 0 || len(c.rec) == 0 || c.homemade || c.aggregate || c.status == armsledger.Requested || !d.throughScheme(c.sentLo, c.sentHi) {
			continue
		}
		if owner := d.schemeOwner(c.sentLo); owner != "" && !slices.Contains(c.rec, owner) {
			c.sup, c.inherited = []string{owner}, true
		}
	}
}

// throughScheme reports whether tokens lo to hi say "through the scheme",
// "under the initiative", "via the programme" or the like.
func (d *doc) throughScheme(lo, hi int) bool {
	for j := lo; j+2 < hi; j++ {
		switch d.toks[j].Norm {
		case "through", "under", "via":
			if d.toks[j+1].Norm == "the" && schemeNoun(d.toks[j+2].Norm) {
				return true
			}
		}
	}
	return false
}

// schemeOwner returns the one state the text names, before token end, a
// scheme after: "Czech shell scheme", "the Czech-led initiative", "the
// Czech ammunition initiative"; "" if none or several.
func (d *doc) schemeOwner(end int) string {
	owner := ""
	for j := 1; j < end; j++ {
		if !schemeNoun(d.toks[j].Norm) {
			continue
		}
		for k := max(j-4, 0); k < j; k++ {
			e, ref, ok := lex.actors.Match(d.toks, k, j)
			if !ok || len(ref.Code) != 2 || ref.Code == "EU" || ref.kind != kindCountry && ref.kind != kindDemonym {
				continue
			}
			between := true // only words of kind or "-led" between the name and the scheme
			for m := e; m < j; m++ {
				if t := &d.toks[m]; t.Kind != Word && t.Norm != "-" || d.toks[m].Norm == "the" {
					between = false
				}
			}
			if !between {
				continue
			}
			if owner != "" && owner != ref.Code {
				return ""
			}
			owner = ref.Code
			break
		}
	}
	return owner
}

// recipientSupplier gives a claim with a recipient and no supplier (one
// that cannot stand so) the supplier of every flow the text tells in full
// to that recipient, when they all have the same one and one of them moves
// the same kind of goods: in "Putin confirmed that the first warheads had
// been delivered to Belarus. ... 'We have missiles and bombs that we
// received from Russia,' Lukashenko said", the warheads came from Russia.
// It is inherit's rule for a recipient named again, from the whole text
// and either way, once nearer claims have given what they can.
func (d *doc) recipientSupplier() {
	for i := range d.claims {
		c := &d.claims[i]
		if len(c.sup) > 0 || len(c.rec) == 0 || c.homemade || c.aggregate || c.open || c.toldOpen() || c.p.cat == armsledger.Funding && c.p.qty == nil {
			continue // (an "aid package" with no sum tells no flow of its own)
		}
		var sup []string
		samecat := false
		for k := range d.claims {
			p := &d.claims[k]
			if k == i || len(p.sup) == 0 || !sameSet(p.rec, c.rec) || p.rule == "money.compared" && p.sent == c.sent {
				continue // (a sum set beside this one is another giver's: "compared with €64 billion from the US")
			}
			samecat = samecat || p.p.cat == c.p.cat
			if sup != nil && !sameSet(sup, p.sup) {
				sup = nil
				break
			}
			sup = p.sup
		}
		if sup != nil && samecat {
			c.sup, c.inherited = sup, true
		}
	}
}

// customersSupplied gives a claim with a recipient and no supplier, whose
// recipient its sentence calls customers or clients of no one named
// ("Bangladesh and Myanmar remain regular customers, taking mainly
// frigates"), the supplier the text is about: the one that gives in most
// of its claims, three at least and twice as many as any other. A
// customer is some seller's; in a text on one seller's exports, that
// seller's.
func (d *doc) customersSupplied() {
	var top string
	for i := range d.claims {
		if c := &d.claims[i]; len(c.sup) == 0 && len(c.rec) > 0 && !c.homemade && !c.aggregate && !c.open && d.calledCustomers(c) {
			if top == "" {
				if top = d.mainSupplier(); top == "" {
					return
				}
			}
			if !slices.Contains(c.rec, top) {
				c.sup, c.inherited = []string{top}, true
			}
		}
	}
}

// mainSupplier returns the state that is the one supplier of most claims,
// at least three and twice as many as any other's, or "".
func (d *doc) mainSupplier() string {
	counts := map[string]int{}
	for i := range d.claims {
		if c := &d.claims[i]; len(c.sup) == 1 && !d.payment(c) {
			counts[c.sup[0]]++
		}
	}
	top, first, second := "", 0, 0
	for code, n := range counts {
		switch {
		case n > first || n == first && code < top:
			top, first, second = code, n, max(first, second)
		case n > second:
			second = n
		}
	}
	if first < 3 || first < 2*second {
		return ""
	}
	return top
}

// calledCustomers reports whether, before claim c's goods in its sentence,
// a verb of being ("are", "remain", "became") comes before "customers",
// "clients" or "buyers" (a few words between: "remain regular customers")
// that no "of" or "for" follows.
func (d *doc) calledCustomers(c *draft) bool {
	toks := d.toks
	for j := c.sentLo; j < c.p.lo && j < c.sentHi; j++ {
		switch toks[j].Norm {
		case "customer", "customers", "client", "clients", "buyer", "buyers":
		default:
			continue
		}
		if j+1 < c.sentHi && (toks[j+1].Norm == "of" || toks[j+1].Norm == "for") {
			return false
		}
		for k := j - 1; k >= c.sentLo && j-k <= 4; k-- {
			switch toks[k].Norm {
			case "are", "is", "remain", "remains", "remained", "were", "was", "became", "become", "becomes", "been":
				return true
			}
		}
		return false
	}
	return false
}

// onlyRecipientOf returns the one recipient of every flow of goods the
// supplier sup has among the first claims (before), when there is one: a
// price paid goes the other way and does not count. Else nil.
func (d *doc) onlyRecipientOf(sup []string, before int) []string {
	var rec []string
	for k := range d.claims[:before] {
		p := &d.claims[k]
		if len(p.rec) == 0 || !sameSet(p.sup, sup) || overlaps(p.rec, sup) || p.p.money {
			continue
		}
		if rec != nil && !sameSet(rec, p.rec) {
			return nil
		}
		rec = p.rec
	}
	return rec
}

// namesOtherState reports whether claim c's sentence names a country,
// its capital or its people, other than its suppliers and the recipient
// rec: "during the Vietnam War, Pyongyang sent only fighter pilots" may tell
// of that country's war. (A person named is mostly the one who speaks.)
func (d *doc) namesOtherState(c *draft, rec []string) bool {
	return d.namesStateBesides(c, -1, rec)
}

// namesStateBesides is namesOtherState, when i >= 0 (the index of c) also
// passing over the givers of the other claims of c's sentence, which are no
// other recipient: "Italy and France have not contributed; Rome delivered a
// battery, and Paris has pledged jets". (Claims are in the order of their
// sentences, so those are c's neighbours.)
func (d *doc) namesStateBesides(c *draft, i int, rec []string) bool {
	// (Every word is tried: the taggers leave out a state named in a war's
	// name, "the Vietnam War", which is what this looks for.)
	for j := c.sentLo; j < c.sentHi; j++ {
		if j+1 < c.sentHi && d.toks[j].Norm == "," && relativeWord(d.toks[j+1].Norm) && (c.trig < 0 || j < c.trig) {
			// "Latvia, which co-leads the drone coalition with Britain, has
			// donated ...": an aside on the giver names no recipient.
			for j += 2; j < c.sentHi && d.toks[j].Norm != "," && j != c.trig; j++ {
			}
			continue
		}
		if !lex.actors.mayMatch(d.toks, j, c.sentHi) {
			continue
		}
		end, ref, ok := lex.actors.Match(d.toks, j, c.sentHi)
		if !ok {
			continue
		}
		if e, _, ok := lex.actors.Match(d.toks, j+1, c.sentHi); ok && e > end {
			continue // a longer name starts inside: "the South American country" is no "the South"
		}
		if (ref.kind == kindCountry || ref.Kind == "capital" || ref.kind == kindDemonym) && !slices.Contains(c.sup, ref.Code) && !slices.Contains(rec, ref.Code) && !(i >= 0 && d.givesInSentence(i, ref.Code)) {
			return true
		}
		j = end - 1 // a name read whole: "the South American country" names no American state
	}
	return false
}

// givesInSentence reports whether code supplies a claim of the sentence of
// claim i other than i.
func (d *doc) givesInSentence(i int, code string) bool {
	sent := d.claims[i].sent
	for k := i - 1; k >= 0 && d.claims[k].sent == sent; k-- {
		if slices.Contains(d.claims[k].sup, code) {
			return true
		}
	}
	for k := i + 1; k < len(d.claims) && d.claims[k].sent == sent; k++ {
		if slices.Contains(d.claims[k].sup, code) {
			return true
		}
	}
	return false
}

// carriers drops the transport planes and ships told to arrive when the
// goods they brought are told too, between the same parties within two
// sentences of them: "Six Chinese air force Y-20 transport planes landed
// at Belgrade airport to deliver the FK-3 air-defence system" delivered the
// system, not the planes; "Another Egyptian ship has arrived in Mogadishu.
// An Egyptian navy ship docked there carrying artillery pieces" delivered
// the artillery.
func (d *doc) carriers() {
	for i := range d.claims {
		c := &d.claims[i]
		if !strings.HasPrefix(c.rule, "arrive.") || !d.carrierCraft(&c.p) {
			continue
		}
		if d.craftCarrying(&c.p) || d.cargoCraft(&c.p) {
			// "A Russian military plane landed in Tehran carrying cash and
			// weapons", "footage showed a cargo plane unloading equipment",
			// "a Russian Il-76 cargo plane landed in Caracas": the craft
			// brought a load and goes home; it is no goods.
			c.restated = true
			continue
		}
		for k := range d.claims {
			o := &d.claims[k]
			if o != c && o.p.cat != c.p.cat && abs(o.sent-c.sent) <= 2 && sameSet(o.sup, c.sup) && sameSet(o.rec, c.rec) {
				// The load it brought is told in its sentence or one near
				// it (a question may stand between in a transcript): "India
				// delivered the first BrahMos missile systems to the
				// Philippines. An Indian Air Force C-17 transport landed at
				// Clark air base with the consignment."
				c.restated = true
				break
			}
		}
	}
}

// carrierCraft reports whether the claim's goods p may be the craft that
// carried a load rather than goods: a transport plane, a plane said to
// carry something, or a ship named by no more than "ship" or "vessel"
// (a frigate or a patrol boat that arrives is delivered).
func (d *doc) carrierCraft(p *phrase) bool {
	switch p.cat {
	case armsledger.Aircraft:
		return d.transportPlane(p) || d.craftCarrying(p)
	case armsledger.Ship:
		return p.hi > p.lo && p.hi <= len(d.toks) && bareShip(d.toks[p.hi-1].Norm)
	}
	return false
}

// bareShip reports whether w names a ship of no class: "ship", "vessel".
func bareShip(w string) bool {
	switch w {
	case "ship", "ships", "vessel", "vessels":
		return true
	}
	return false
}

// cargoCraft reports whether phrase p names a cargo plane or ship, a craft
// whose name says it carries ("an Il-76 cargo plane", "a cargo ship").
func (d *doc) cargoCraft(p *phrase) bool {
	for j := p.lo; j < p.hi && j < len(d.toks); j++ {
		if d.toks[j].Norm == "cargo" {
			return true
		}
	}
	return false
}

// craftCarrying reports whether the plane or ship p is said to carry a
// load: its head is "plane", "aircraft", "ship" or the like and, within
// the next words of its clause, it is "carrying", "carried", "unloading",
// "loaded with" or "laden with" something.
func (d *doc) craftCarrying(p *phrase) bool {
	if p.hi <= p.lo || p.hi > len(d.toks) {
		return false
	}
	switch w := d.toks[p.hi-1].Norm; w {
	case "plane", "planes", "aircraft", "airplane", "jet", "flight", "flights":
	default:
		if !bareShip(w) {
			return false
		}
	}
	for j := p.hi; j < len(d.toks) && j < p.hi+10; j++ {
		switch d.toks[j].Norm {
		case "carrying", "carried", "unloading", "unloaded", "ferrying":
			return true
		case "loaded", "laden":
			return j+1 < len(d.toks) && d.toks[j+1].Norm == "with"
		case ".", ";", "and", "but", "while", "which", "who", "that":
			return false
		}
	}
	return false
}

// transportPlane reports whether phrase p names a transport or cargo plane,
// or a plane with no more said of it.
func (d *doc) transportPlane(p *phrase) bool {
	for j := p.lo; j <= p.hi && j < len(d.toks); j++ { // (and the word after: "an Il-76 transport plane")
		switch d.toks[j].Norm {
		case "transport", "cargo", "globemaster", "ilyushin", "hercules":
			return true
		}
		if transportModel(d.toks, j) {
			return true // "a Turkish C-130 that landed in Karachi": a flight, the plane its carrier
		}
	}
	return p.hi-p.lo == 1 && strings.TrimSuffix(d.toks[p.lo].Norm, "s") == "plane"
}

// transportModel reports whether the tokens at j name a model of military
// transport plane, split as tokenized ("c", "-", "130"): C-130, C-17,
// C-5, C-295, KC-390, Il-76, Y-20, Y-9, Y-8, An-124, An-12, An-26, A400M.
func transportModel(toks []Token, j int) bool {
	if j+2 >= len(toks) {
		return false
	}
	a, b := toks[j].Norm, toks[j+2].Norm
	if a == "a" && b == "m" && toks[j+1].Norm == "400" {
		return true
	}
	if toks[j+1].Norm != "-" {
		return false
	}
	switch a {
	case "c":
		return b == "130" || b == "17" || b == "5" || b == "295" || b == "390"
	case "kc":
		return b == "390"
	case "il":
		return b == "76"
	case "y":
		return b == "20" || b == "9" || b == "8"
	case "an":
		return b == "124" || b == "12" || b == "26"
	}
	return false
}

// headlineRepeats drops the claims of a headline that the body tells again
// between the same parties about the same kind of goods, however it words
// the amount or the status: "US moves to sell F-35s and Reaper drones to
// UAE" over a body that lists "up to 50 F-35A jets" and "18 MQ-9B drones".
// A headline is a first paragraph of one sentence that ends without a stop.
func (d *doc) headlineRepeats() {
	for i := range d.claims {
		c := &d.claims[i]
		if c.para != 0 || c.sent != 0 {
			break // a headline's claims come first
		}
		if end := d.toks[c.sentHi-1].Norm; end == "." || end == "!" || end == "?" {
			return
		}
		// A line that ends in a colon opens the list under it ("Israel's
		// main arms suppliers:"), whose lines each tell their own share.
		umbrella := c.p.hi > c.p.lo && genericWords[d.toks[c.p.hi-1].Norm] && !d.opensList(c.sentLo, c.sentHi)
		for k := i + 1; k < len(d.claims); k++ {
			o := &d.claims[k]
			if o.para > 0 && restatesHeadline(o, c, umbrella) && !o.restated && !d.subsumed(o) {
				c.restated = true
				break
			}
		}
	}
}

// opensList reports whether tokens lo to hi hold a colon that ends a line.
func (d *doc) opensList(lo, hi int) bool {
	for j := lo; j+1 < len(d.toks) && j < hi; j++ {
		if d.toks[j].Norm == ":" && d.toks[j+1].Newline {
			return true
		}
	}
	return false
}

// restatesHeadline reports whether a body claim o tells again the flow of a
// headline claim h: the same kind of goods to the same recipient, from the
// same supplier or from the one the body names where the headline, being
// short, leaves it out ("Saudi Arabia signs deal for Korean missile
// shield" over "to buy ten batteries of South Korea's Cheongung-II").
//
// A headline's "arms" or "weapons" (umbrella) is the short word for
// whatever goods the body lists: under "Denmark earmarks more money for
// Ukrainian-made weapons", the body's drones and howitzers for Ukraine are
// those weapons. The body's sum is what the goods are worth, not goods.
func restatesHeadline(o, h *draft, umbrella bool) bool {
	return len(o.rec) > 0 && sameSet(o.rec, h.rec) && (o.p.cat == h.p.cat || umbrella && h.p.cat == armsledger.Other && h.p.qty == nil && !o.p.money) &&
		(sameSet(o.sup, h.sup) || len(h.sup) == 0 && len(o.sup) > 0)
}

// headlineRecipient gives givers with no recipient the one state a
// headline names, when a flow of the body goes to it and it gives nothing
// there: under "2023 in review: the year Ukraine got tanks", "The EU
// promised one million rounds" and "the Netherlands and Denmark pledged
// jets" are for Ukraine. The headline says what the text is about, where
// the readings of the body found no recipient. A sentence that names
// another state may tell of it instead ("Iran began supplying Russia").
func (d *doc) headlineRecipient() {
	if !d.hasHeadline() {
		return
	}
	one := ""
	for _, code := range d.sentStates[0].named {
		if code == "" {
			continue
		}
		if one != "" {
			return
		}
		one = code
	}
	if one == "" {
		return
	}
	gets := false
	for i := range d.claims {
		if c := &d.claims[i]; c.sent > 0 && len(c.sup) > 0 {
			if slices.Contains(c.sup, one) {
				return // the headline's state gives: "Russia's arms exports slump"
			}
			gets = gets || sameSet(c.rec, []string{one})
		}
	}
	if !gets {
		return
	}
	for i := range d.claims {
		c := &d.claims[i]
		if c.sent > 0 && c.awaitsRecipient() && c.status != armsledger.Requested && !d.namesStateBesides(c, i, []string{one}) {
			c.rec, c.inherited = []string{one}, true
		}
	}
}

// hasHeadline reports whether the text opens with a headline: a first
// paragraph of one sentence that ends without a stop.
func (d *doc) hasHeadline() bool {
	if len(d.sents) < 2 || !d.toks[d.sents[1].Lo].Newline {
		return false
	}
	end := d.toks[d.sents[0].Hi-1].Norm
	return end != "." && end != "!" && end != "?"
}

// headlineFlow gives goods that name neither party, in a text whose
// headline tells one flow between two states and whose body tells none
// between others, that flow's parties: under "U.S. arms for Taiwan arrive -
// slowly", "Deliveries of the Harpoon Coastal Defense System are to run
// until 2028" are from the United States to Taiwan. The headline names
// the flow a story of one flow leaves its sentences to assume.
func (d *doc) headlineFlow() {
	if !d.hasHeadline() {
		return
	}
	var sup, rec []string
	for i := range d.claims {
		c := &d.claims[i]
		if len(c.sup) == 0 || len(c.rec) == 0 || sameSet(c.sup, c.rec) {
			continue
		}
		if sup == nil && c.sent == 0 {
			sup, rec = c.sup, c.rec
		}
		if sup == nil || !sameSet(c.sup, sup) || !sameSet(c.rec, rec) {
			return // no flow in the headline, or another flow told
		}
	}
	if sup == nil {
		return
	}
	for i := range d.claims {
		c := &d.claims[i]
		// (a noun of transfer with no verb of its own, "under a transfer of
		// production technology", tells no status the flow may take)
		if c.sent > 0 && len(c.sup) == 0 && len(c.rec) == 0 && !c.open && !c.aggregate && !c.homemade && !c.recOpen && c.status != armsledger.Requested && !(c.p.money && c.p.qty == nil) && !strings.HasSuffix(c.rule, ".noun") {
			c.sup, c.rec, c.inherited = sup, rec, true
		}
	}
}

// firstNamedAgain reports whether c names again, with "the" and no count,
// in the sentence right after, the first of a whole that k told had come:
// "The first 38 tanks arrived in Taiwan on Sunday. The tanks were unloaded
// at the port" tells of those 38 again, not of the whole.
func (d *doc) firstNamedAgain(k, c *draft) bool {
	return d.firstPart(&k.p) && !d.firstPart(&c.p) && c.sent == k.sent+1 && c.p.qty == nil && d.definite(c) && k.status == armsledger.Delivered
}

// plainRounds reports whether w is a word for ammunition of no kind, which
// writers use in turn for the same goods: "shells", "rounds".
func plainRounds(w string) bool {
	switch w {
	case "shells", "rounds", "ammunition", "munitions", "projectiles":
		return true
	}
	return false
}

// namedBeforeIn reports whether goods of claim c's kind are named before
// c's words in c's own sentence, by another claim: the pronoun c names
// them ("asked Washington for Tomahawk missiles, but Trump has declined to
// send them"), not goods of that kind told sentences before.
func (d *doc) namedBeforeIn(c *draft) bool {
	for i := range d.claims {
		if p := &d.claims[i]; p != c && p.sent == c.sent && p.p.cat == c.p.cat && p.p.hi <= c.p.lo && !p.p.pronominal {
			return true
		}
	}
	return false
}

// wholeOfPart reports whether the claim just before claim i holds the
// goods claim i's "of which" takes a part of ("the first of which", "all
// of which"), claim i's verb being one of arriving.
func (d *doc) wholeOfPart(i int) bool {
	c := &d.claims[i]
	if i == 0 || !strings.HasPrefix(c.rule, "arrive.") || !((c.p.pronominal || d.andPart(&c.p)) && d.partOfWhich(&c.p) || d.countOfWhich(&c.p)) {
		return false
	}
	p := &d.claims[i-1]
	return p.sent == c.sent && p.p.cat == c.p.cat && p.p.hi <= c.p.lo
}

// andPart reports whether part p ("the first of them") opens a clause
// joined by "and" to the one that named the whole: "sold 12 jets to Peru,
// and the first of them arrived in 2024" is "the first of which".
func (d *doc) andPart(p *phrase) bool {
	j := p.start()
	if j > 0 && d.toks[j-1].Norm == "the" {
		j--
	}
	return p.elided && j > 0 && d.toks[j-1].Norm == "and"
}

// countOfWhich reports whether p is a count that a relative "of which" or
// "of whom" set off by a comma takes from what was just named: "sent 4,000
// engineers, of whom about 900 have arrived". The arrival is a step of the
// whole and goes its way, whoever the clause before names as its subject.
func (d *doc) countOfWhich(p *phrase) bool {
	j := p.start()
	if p.qty == nil || j < 3 {
		return false
	}
	w := d.toks[j-1].Norm
	return (w == "which" || w == "whom") && d.toks[j-2].Norm == "of" && d.toks[j-3].Norm == ","
}

// partOfWhich reports whether p is a part that "of which" or "of them"
// takes from the goods named before it: "the first of which", "all of
// them", or "all" alone ("Of the 31 tanks promised, all had arrived").
func (d *doc) partOfWhich(p *phrase) bool {
	if !p.elided && !p.pronominal {
		return false
	}
	if p.pronominal && p.hi-p.lo == 1 && d.toks[p.lo].Norm == "all" {
		return true
	}
	for j := p.lo; j+1 < p.hi; j++ {
		if d.toks[j].Norm == "of" && ofThemWord(d.toks[j+1].Norm) {
			return true
		}
	}
	return false
}

// relativePart reports whether p is a part a relative "of which" takes
// ("the first of which", "all of which"): its whole is in its own
// sentence.
func (d *doc) relativePart(p *phrase) bool {
	return p.pronominal && p.hi-p.lo >= 2 && d.toks[p.hi-1].Norm == "which" && d.toks[p.hi-2].Norm == "of"
}

// frontedWhole reports whether the goods of claim w open their sentence
// after "Of" ("Of the tanks, 116 will be shipped") and the goods of claim
// c are the count just after the comma that closes them: a part of the
// whole named first, not a second flow beside it.
func (d *doc) frontedWhole(w, c *draft) bool {
	lo := w.p.start()
	if lo-2 < w.sentLo || lo-2 > w.sentLo+1 || d.toks[lo-1].Norm != "the" || d.toks[lo-2].Norm != "of" {
		return false
	}
	return w.p.hi < c.sentHi && d.toks[w.p.hi].Norm == "," && c.p.elided && c.p.start() == w.p.hi+1
}

// findRepeat returns an earlier draft that states the same assertion: the
// same flow, kind and status, and the same amount, or the same item where an
// amount is missing ("dozens of ballistic missiles" ... "the missiles"). A
// list of different items ("rifles, machine guns") stays one claim each.
func (d *doc) findRepeat(kept []*draft, c *draft) *draft {
	for _, k := range kept {
		if k.p.cat != c.p.cat || !sameSet(k.rec, c.rec) && len(k.rec)+len(c.rec) > 0 {
			continue // (an export total leaves both recipients open)
		}
		if (len(k.sup) == 0) != (len(c.sup) == 0) && k.p.qty != nil && c.p.qty != nil && sameFigure(k.p.qty, c.p.qty) {
			// "Poland signs $10bn deal" in a headline, and "close to $10
			// billion" from the US in the body: one deal, one side named.
			return k
		}
		if k.status != c.status || !sameSet(k.sup, c.sup) {
			continue
		}
		if k.sent != c.sent && d.firstPart(&k.p) != d.firstPart(&c.p) && !d.firstNamedAgain(k, c) && !(d.firstPart(&k.p) && c.sent == k.sent+1 && d.definite(c)) {
			// "The first tanks are expected to arrive in March": a step of
			// the whole told before. ("received its first two Su-35 jets.
			// The jets landed at Hamadan": the goods named again are the
			// part just told.)
			continue
		}
		if k.sent == c.sent && c.p.increment && c.p.lo != k.p.lo && c.p.elided && k.p.elided && c.p.qty != nil && k.p.qty != nil && c.p.qty != k.p.qty {
			continue // "The first six landed in March, and another six followed in May": more of them, not the same
		}
		if k.sent != c.sent && d.relativePart(&c.p) {
			continue // "Lynx vehicles, the first of which were delivered": "which" takes its goods from its own sentence, not from goods told before
		}
		if k.sent < c.sent && c.p.qty != nil && !c.p.money && c.p.cat != armsledger.Funding && d.countedAsMore(c) {
			continue // "Poland ordered 180 K2 tanks. A second contract for another 180 tanks was signed": more, told as such
		}
		if k.sent != c.sent && (d.otherDeals(k.sent, c.sent) || d.firstAndMore(k, c) || d.firstAndMore(c, k)) {
			continue // "signed a second contract for 180 tanks ... the 180 tanks ordered under the first contract": two deals
		}
		if k.sent == c.sent && k.p.hi <= c.p.lo && c.p.qty == nil && d.partOfWhich(&c.p) {
			// "has supplied Mirage jets, the first of which arrived in
			// May": a part of the goods just told, at their status, tells
			// the same flow again. (At another it is a step of its own:
			// "ordered Mirage jets, the first of which arrived in May".)
			return k
		}
		var same bool
		switch {
		case k.p.qty != nil && c.p.qty != nil:
			// "400 Tomahawk Block IV and 400 Block V rounds": in one
			// sentence, the same figure said twice of other words is
			// another item; said once ("jets numbering 12 aircraft"), the
			// same one.
			same = sameQuantity(k.p.qty, c.p.qty) && (k.sent != c.sent || k.p.qty == c.p.qty || d.sameItem(&k.p, &c.p, false)) ||
				k.sent != c.sent && sameFigure(k.p.qty, c.p.qty) // "approves $20bn", then "more than $20 billion"
		case k.p.qty == nil && c.p.qty == nil:
			// In one sentence, different words are a list of items; in
			// another, the same head ("jets") tells the same flow again,
			// unless two systems are named ("Stinger missiles", "TOW
			// missiles").
			same = d.sameItem(&k.p, &c.p, false) || k.sent != c.sent && d.sameItem(&k.p, &c.p, true) && !d.otherNames(&k.p, &c.p)
		default:
			// "the KAAN deal" after "48 KAAN fighter jets": a model named
			// alone is the item named with it before.
			// Two models named in one list are two items: "40 J-35 fighters
			// and KJ-500 early warning aircraft".
			same = d.sameItem(&k.p, &c.p, !d.plainList(k, c)) && !d.listedApart(k, c) && !(k.sent == c.sent && d.otherNames(&k.p, &c.p)) ||
				k.sent != c.sent && (d.modelOfItem(&k.p, &c.p) || d.modelOfItem(&c.p, &k.p))
		}
		if !same && k.sent == c.sent && k.trig == c.trig && d.headAgain(k, c) {
			same = true // "began sending Mohajer-6 drones to Sudan, and the drones helped the army": the goods named again
		}
		if k.sent == c.sent && (d.frontedWhole(k, c) || d.frontedWhole(c, k)) {
			same = true // "Of the tanks, 116 will be shipped": the count is of the goods named before it
		}
		if c.p.pronominal && k.sent < c.sent && c.sent-k.sent <= 2 && k.p.cat == c.p.cat && !d.namedBeforeIn(c) {
			same = true // "They were pledged by Morrison": the goods told just before
		}
		if !same && k.sent < c.sent && c.sent-k.sent <= 2 && c.p.cat == armsledger.Ammunition && d.definite(c) && plainRounds(d.toks[k.p.hi-1].Norm) && plainRounds(d.toks[c.p.hi-1].Norm) {
			same = true // "shells have been shipped ... The rounds had gone by sea": the same ammunition, named in another word
		}
		if k.sent != c.sent && abs(c.sent-k.sent) <= 2 && k.p.cat == armsledger.Other && k.p.qty == nil && c.p.qty == nil && d.unnamedGoods(&k.p) && d.unnamedGoods(&c.p) {
			// "Vietnam planned to pay for Russian weapons. Hanoi would spend
			// $8 billion on Russian arms": goods of no kind, named again in
			// other words, between the same parties.
			same = true
		}
		if k.sent == c.sent && (c.p.qty == nil || k.p.qty == nil) && d.ingAside(k, c) {
			// "Egypt bought two FREMM frigates from Italy, taking ships
			// built for the Italian navy", "Poland sent 14 tanks to
			// Ukraine, delivering them by rail": a participle's clause set
			// off after the transfer tells of the same goods. So does one
			// that counts goods told of no count: "was the first to send
			// battle tanks, handing over 14 Challenger 2s".
			same = true
		}
		if k.p.cat == armsledger.Funding && (k.p.qty == nil) != (c.p.qty == nil) && abs(c.sent-k.sent) == 1 && len(k.sup) > 0 && len(k.rec) > 0 {
			// "Denmark unveiled its 18th aid package for Ukraine. It is
			// worth 2.6 billion kroner": the sum is the package's.
			same = true
		}
		if !same && k.sent == c.sent && k.p.qty == nil && c.p.qty == nil && (denialRestated(k, c) || denialRestated(c, k)) {
			// "Iran's foreign ministry called the report a fabrication,
			// insisting that Tehran does not arm the group": one denial,
			// told of the reports and in the denier's own words.
			same = true
		}
		// Two named sources telling the same thing are two assertions.
		// The names are compared last: theirs is the dearest test, and
		// most drafts have been told apart before it.
		if same && (sameSource(k.speaker.name, c.speaker.name) || denialRestated(k, c) || denialRestated(c, k) || titleThenName(k, c) || titleThenName(c, k)) {
			return k
		}
	}
	return nil
}

// headAgain reports whether claim c's goods are the bare head of claim
// k's, named after them with "the": "Mohajer-6 drones ... and the drones".
// A bare definite head names no item of its own.
func (d *doc) headAgain(k, c *draft) bool {
	if c.p.qty != nil || k.p.hi > c.p.lo || c.p.hi-c.p.lo != 1 || c.p.lo < 1 || d.toks[c.p.lo-1].Norm != "the" || k.p.hi-k.p.lo < 2 {
		return false
	}
	return d.sameItem(&k.p, &c.p, true)
}

// ingAside reports whether claim c's verb is an -ing participle right
// after a comma that follows the goods of claim k, in one sentence.
func (d *doc) ingAside(k, c *draft) bool {
	t := c.trig
	if t <= c.sentLo || k.p.hi > t || !strings.HasSuffix(d.toks[t].Norm, "ing") || d.toks[t-1].Norm != "," {
		return false
	}
	return c.p.lo > t // the goods after the participle, its object
}

// titleThenName reports whether the speakers of a and b, told in the same
// or the next sentence, may be one official: a by a title only, for a
// state ("Iran's foreign minister acknowledged ..."), b by a person's name
// of no other state ("'We gave a limited number of drones to Russia,'
// Hossein Amir-Abdollahian told reporters").
func titleThenName(a, b *draft) bool {
	if abs(a.sent-b.sent) > 1 || a.speaker.person || a.speaker.code == "" || !titledOne(a.speaker.name) {
		return false
	}
	return b.speaker.person && (b.speaker.code == "" || b.speaker.code == a.speaker.code)
}

// denialRestated reports whether the denier's claim a (a state dismissing
// the reports told before: "Tehran rejected the accusation") and the
// denial b told next to it are one assertion: the same state saying what
// it dismisses, by the mouth of one of its own ("'Iran has not delivered
// any ballistic missiles to Russia,' Foreign Minister Abbas Araqchi
// wrote"). Another state's denial ("Moscow also denied receiving any") is
// an assertion of its own.
func denialRestated(a, b *draft) bool {
	if !a.denier || b.denier || a.status != armsledger.Denied || abs(a.sent-b.sent) > 1 {
		return false
	}
	code := a.speaker.code
	if code == "" || b.speaker.code != "" && b.speaker.code != code {
		return false
	}
	return slices.Contains(a.sup, code) || slices.Contains(a.rec, code)
}

// listedApart reports whether two drafts of one sentence are items of a
// list set apart by a semicolon or a bullet: "- 155mm and 105mm artillery
// ammunition; - Over 3 million rounds of small arms ammunition" are two
// items, whatever their heads.
func (d *doc) listedApart(a, b *draft) bool {
	if a.sent != b.sent {
		return false
	}
	lo, hi := a.p.hi, b.p.lo
	if lo > hi {
		lo, hi = b.p.hi, a.p.lo
	}
	for j := lo; j < hi && j < len(d.toks); j++ {
		if d.toks[j].Norm == ";" || bullet(&d.toks[j]) {
			return true
		}
	}
	return false
}

// plainList reports whether the goods of claims a and b are items of one
// list that one verb moves: the same trigger, and between them only other
// items, commas and conjunctions ("thousands of anti-tank missiles, air
// defence systems and Storm Shadow cruise missiles"). Items of a list are
// told apart by all their words, as uncounted ones are, not by their head
// alone; examples ("including", "such as") and parts ("of them") are no
// plain list.
func (d *doc) plainList(a, b *draft) bool {
	if a.sent != b.sent || a.trig < 0 || a.trig != b.trig {
		return false
	}
	if a.p.hi-a.p.start() < 2 || b.p.hi-b.p.start() < 2 {
		return false // a bare head restated: "includes aircraft, two ASC 890 aircraft"
	}
	lo, hi := a.p.hi, b.p.start()
	if a.p.start() > b.p.start() {
		lo, hi = b.p.hi, a.p.start()
	}
	if hi <= lo || hi-lo > 20 {
		return false // one inside the other: "the first batch of 12"
	}
	joined := false
	for j := lo; j < hi; j++ {
		switch d.toks[j].Norm {
		case ",", "and", "alongside", "plus", "as", "well":
			joined = true
			continue
		}
		if !d.inItemOf(a.sent, j) {
			return false // a word of no item: "including", "of", a verb
		}
	}
	return joined
}

// inItemOf reports whether token j is among the words of goods a claim of
// sentence sent names.
func (d *doc) inItemOf(sent, j int) bool {
	for k := range d.claims {
		if c := &d.claims[k]; c.sent == sent && c.p.start() <= j && j < c.p.hi {
			return true
		}
	}
	return false
}

// sameSource reports whether two speakers may be one: either unknown, or
// one name inside the other ("Shin" and "Shin Won-sik").
func sameSource(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true // a repeat is most often told by the same name
	}
	if isASCII(a) && isASCII(b) {
		return containsFoldASCII(a, b) || containsFoldASCII(b, a)
	}
	a, b = strings.ToLower(a), strings.ToLower(b)
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// containsFoldASCII is strings.Contains(strings.ToLower(s),
// strings.ToLower(sub)) for ASCII text, without the copies.
func containsFoldASCII(s, sub string) bool {
	if sub == "" {
		return true
	}
	// The first letters are compared here, which turns most places away
	// without a call.
	first := lowerByte(sub[0])
	for i := 0; i+len(sub) <= len(s); i++ {
		if lowerByte(s[i]) == first && strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// lowerByte lower-cases an ASCII letter.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// sameItem reports whether two phrases name the same item: the same words,
// lower-cased, without a plural "s"; with headOnly, the same last word:
// "ballistic missiles" and "missile" share a head.
func (d *doc) sameItem(a, b *phrase, headOnly bool) bool {
	alo, blo := a.lo, b.lo
	if headOnly {
		alo, blo = a.hi-1, b.hi-1
	}
	if a.hi-alo != b.hi-blo {
		return false
	}
	for i := range a.hi - alo {
		if samePlural(d.toks[alo+i].Norm, d.toks[blo+i].Norm) {
			continue
		}
		x, y := d.toks[alo+i].Norm, d.toks[blo+i].Norm
		if headOnly && a.cat == armsledger.Personnel && b.cat == armsledger.Personnel && soldierWord(x) && soldierWord(y) {
			continue // "12,000 soldiers ... The troops are based in Kursk": one body of men, named again
		}
		if !headOnly || a.cat != armsledger.Aircraft || b.cat != armsledger.Aircraft {
			return false
		}
		if !(planeWord(x) && planeWord(y) || d.theAircraft(a) && strings.TrimSuffix(y, "s") == "helicopter" || d.theAircraft(b) && strings.TrimSuffix(x, "s") == "helicopter") {
			return false
		}
	}
	return true
}

// modelOfItem reports whether phrase a is a capitalised model name alone
// that opens phrase b: "KAAN" and "KAAN fighter jets".
func (d *doc) modelOfItem(a, b *phrase) bool {
	if a.hi-a.lo != 1 || b.hi-b.lo < 2 || !d.toks[a.lo].Cap {
		return false
	}
	return d.toks[a.lo].Norm == d.toks[b.lo].Norm
}

// firstPart reports whether a phrase is the first or last part of goods
// told as a whole: "the first tanks", "the last two jets", "its first
// F-16s". Such a part moves on its own date, another assertion than the
// whole, whose promise it does not repeat.
func (d *doc) firstPart(p *phrase) bool {
	j := p.start() - 1
	if j >= 3 && d.toks[j].Norm == "of" && batchNoun(d.toks[j-1].Norm) {
		j -= 2 // "the first batch of Akash systems"
	}
	if j < 1 {
		return false
	}
	switch d.toks[j].Norm {
	case "first", "last", "final", "initial", "remaining":
	default:
		return false
	}
	switch d.toks[j-1].Norm {
	case "the", "its", "their":
		return true
	}
	return false
}

// also reports whether a claim's sentence adds its giver to those told
// before: "Norway said it would also donate some of its F-16s", "Sweden,
// too, will send tanks".
func (d *doc) also(c *draft) bool {
	for j := c.sentLo; j < c.sentHi; j++ {
		switch d.toks[j].Norm {
		case "also", "too", "likewise", "similarly":
			return true
		}
	}
	return false
}

// packageSubject reports whether a claim's verb has a package for its
// subject: "this package provides Ukraine with ...".
func (d *doc) packageSubject(c *draft) bool {
	for j := c.trig - 1; j >= c.sentLo && c.trig-j <= 3; j-- {
		if _, ok := packageNoun(d.toks[j].Norm); ok {
			return j > c.sentLo && (d.toks[j-1].Norm == "this" || d.toks[j-1].Norm == "the")
		}
	}
	return false
}

// otherDeals reports whether sentences a and b each number a deal ("a
// second executive contract", "the first contract"), and by other
// ordinals: their goods are of two deals, whatever they share.
func (d *doc) otherDeals(a, b int) bool {
	oa, ob := d.dealOrdinals(a), d.dealOrdinals(b)
	return oa != 0 && ob != 0 && oa&ob == 0
}

// firstAndMore reports whether claim a is told of a first deal and claim
// b's count is of more goods than one told before: "a contract for 180
// more K2 tanks ... under the first contract, Poland ordered 180 K2 tanks".
func (d *doc) firstAndMore(a, b *draft) bool {
	return d.dealOrdinals(a.sent)&1 != 0 && d.dealOrdinals(b.sent)&1 == 0 && b.p.qty != nil && d.countedAsMore(b)
}

// dealOrdinals returns the ordinals sentence sent numbers a deal with, as
// bits: 1 for "first", 2 for "second", 4 for "third"; a word may stand
// between ("a second executive contract").
//
// findRepeat asks it of both sentences of every pair of claims it weighs,
// fifty thousand times per 10 MB, each a scan of the sentence: the answer
// is kept per sentence in d.ordinals (bits+1; 0 until read).
func (d *doc) dealOrdinals(sent int) int {
	if sent < 0 || sent >= len(d.sents) {
		return 0
	}
	if sent < len(d.ordinals) {
		if o := d.ordinals[sent]; o != 0 {
			return int(o - 1)
		}
	}
	bits := 0
	if sent >= len(d.sentStates) || d.sentStates[sent].flags&fOrdinal != 0 {
		bits = d.readDealOrdinals(d.sents[sent])
	}
	if sent < len(d.ordinals) {
		d.ordinals[sent] = uint8(bits + 1)
	}
	return bits
}

// readDealOrdinals is dealOrdinals' scan of sentence sn.
func (d *doc) readDealOrdinals(sn Sentence) int {
	bits := 0
	for j := sn.Lo; j+1 < sn.Hi; j++ {
		bit := 0
		switch d.toks[j].Norm {
		case "first":
			bit = 1
		case "second":
			bit = 2
		case "third":
			bit = 4
		default:
			continue
		}
		for k := j + 1; k < sn.Hi && k <= j+2; k++ {
			if w := d.toks[k].Norm; w == "contract" || w == "deal" || w == "agreement" || w == "order" {
				bits |= bit
				break
			}
		}
	}
	return bits
}

// countedAsMore reports whether a claim's count is said to be more than
// one told before: "another 180 tanks", "a further 18", "an additional
// 40", "152 more". ("More than 200" is a qualifier, no addition.)
func (d *doc) countedAsMore(c *draft) bool {
	q := c.p.qty
	if j := q.Lo - 1; j >= c.sentLo {
		switch d.toks[j].Norm {
		case "another", "further", "additional", "extra":
			return true
		}
	}
	return q.Hi < c.sentHi && d.toks[q.Hi].Norm == "more"
}

// moreOf reports whether a claim's goods are counted as more of the same:
// "12 more howitzers", "an additional 20 tanks", "another 100 drones".
func (d *doc) moreOf(c *draft) bool {
	lo := c.p.lo
	if c.p.qty != nil && c.p.qty.Lo < lo {
		lo = c.p.qty.Lo
	}
	for j := max(lo-1, c.sentLo); j < c.p.head && j < c.sentHi; j++ {
		switch d.toks[j].Norm {
		case "more", "additional", "further", "another", "extra":
			return true
		}
	}
	return false
}

// ofThem reports whether a claim's count is followed by "of them": "32 of
// them are going to Romania".
func (d *doc) ofThem(c *draft) bool {
	return ofThemAt(d.toks, c.p.hi, len(d.toks))
}

// partOfNamed reports whether a claim's goods are counted out of goods
// named before: "200 of the missiles".
func (d *doc) partOfNamed(c *draft) bool {
	i := c.p.lo
	return i >= 2 && d.afterThe(i) && d.toks[i-2].Norm == "of"
}

// kindToldBefore reports whether a claim before the k-th told a flow of
// goods of c's kind in the sentences just before c's.
func (d *doc) kindToldBefore(c *draft, k int) bool {
	for i := k - 1; i >= 0; i-- {
		p := &d.claims[i]
		if c.sent-p.sent > 2 {
			return false
		}
		if p.p.cat == c.p.cat && len(p.sup) > 0 && len(p.rec) > 0 {
			return true
		}
	}
	return false
}

// otherModel reports whether phrases a and b open with the names of two
// different systems: "Rafales" and "MiG-29 fighters".
func (d *doc) otherModel(a, b *phrase) bool {
	// A maker's demonym before the name is the state's: "French VL MICA
	// systems" name VL MICA.
	alo, blo := d.pastDemonym(a), d.pastDemonym(b)
	ta, tb := &d.toks[alo], &d.toks[blo]
	if !ta.Cap || !tb.Cap || ta.Kind != Word || tb.Kind != Word || d.actAt[alo] >= 0 || d.actAt[blo] >= 0 {
		return false
	}
	return !samePlural(ta.Norm, tb.Norm)
}

// samePlural reports whether two words are one, but for a plural "s".
func samePlural(a, b string) bool {
	return strings.TrimSuffix(a, "s") == strings.TrimSuffix(b, "s")
}

// theAircraft reports whether phrase p is "the aircraft" alone, which
// names again a helicopter told before: "an Mi-17 transport helicopter is
// loaded ... The Defense Department is delivering the aircraft".
func (d *doc) theAircraft(p *phrase) bool {
	return p.hi-p.lo == 1 && d.toks[p.lo].Norm == "aircraft" && p.lo > 0 && d.afterThe(p.lo)
}

// planeWord reports whether w is one of the words news uses for the same
// combat aircraft: "F-16 warplanes" are "the American-made jets".
func planeWord(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "jet", "warplane", "fighter", "aircraft", "plane":
		return true
	}
	return false
}

// soldierWord reports whether w names soldiers of no arm or trade, the
// words a text names the same troops by in turn.
func soldierWord(w string) bool {
	switch w {
	case "troops", "soldiers", "servicemen":
		return true
	}
	return false
}

// otherNames reports whether two phrases open with different proper names:
// "Stinger anti-aircraft missiles" and "TOW missiles" are two systems.
func (d *doc) otherNames(a, b *phrase) bool {
	// A maker's demonym before the name is the state's, not the system's:
	// "Chinese J-35A fighters" and "KJ-500 aircraft" are two systems.
	alo, blo := d.pastDemonym(a), d.pastDemonym(b)
	ta, tb := &d.toks[alo], &d.toks[blo]
	if d.actAt[alo] >= 0 || d.actAt[blo] >= 0 {
		return false // a state's name is none of the system's: "American-made jets"
	}
	if !ta.Cap || !tb.Cap || ta.Kind != Word || tb.Kind != Word || a.hi-alo <= 1 || b.hi-blo <= 1 {
		return false
	}
	if ta.Norm != tb.Norm {
		return true
	}
	// One maker's two models: "Bayraktar Akinci drones" and "Bayraktar TB2
	// drones" differ in the word after the maker's, when each has one
	// before its head ("F-16 Block 70 jets" and "F-16 jets" may be one).
	na, nb := &d.toks[alo+1], &d.toks[blo+1]
	return alo+1 < a.hi-1 && blo+1 < b.hi-1 && na.Cap && nb.Cap && na.Norm != nb.Norm
}

// pastDemonym returns the first token of phrase p past a state's name
// that opens it and is followed by a capitalised word ("Chinese J-35A
// fighters": J-35A), else p.lo.
func (d *doc) pastDemonym(p *phrase) int {
	j := p.lo
	for j < p.hi && d.actAt[j] >= 0 {
		j++
	}
	if j == p.lo || j >= p.hi-1 || !d.toks[j].Cap || d.toks[j].Kind != Word {
		return p.lo
	}
	return j
}

func sameQuantity(a, b *QuantityMatch) bool {
	eq := func(x, y *float64) bool { return x == nil && y == nil || x != nil && y != nil && *x == *y }
	return eq(a.Min, b.Min) && eq(a.Max, b.Max) && a.Currency == b.Currency
}

// sameFigure reports whether two amounts state one figure, exactly or as a
// bound: "$20bn" and "more than $20 billion", "about 1,000" and "1,000".
// Vague amounts and ranges state none.
func sameFigure(a, b *QuantityMatch) bool {
	figure := func(q *QuantityMatch) (float64, bool) {
		switch {
		case q.Qualifier == armsledger.Vague || q.Qualifier == armsledger.Range:
			return 0, false
		case q.Min != nil:
			return *q.Min, true
		case q.Max != nil:
			return *q.Max, true
		}
		return 0, false
	}
	x, okA := figure(a)
	y, okB := figure(b)
	return okA && okB && x == y && a.Currency == b.Currency
}

// overlaps reports whether a and b share a code.
func overlaps(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) || len(a) == 0 {
		return len(a) == len(b) && len(a) > 0
	}
	if len(a) == 1 {
		return a[0] == b[0] // most parties are one state
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// claim turns a draft into a claim with its evidence span, written in cl:
// a claim is large, and is not copied on its way into the result. cl is a
// zero claim of finish's new array, and its fields are written one by one:
// a composite literal would be built on the stack and copied. Its quantity
// and time are written in ext.
func (d *doc) claim(c *draft, cl *armsledger.Claim, ext *claimExtras) {
	start, end := int(d.toks[c.lo].Start), int(d.toks[c.hi-1].End)
	cl.Suppliers = partyCodes(c.sup)
	cl.Recipients = partyCodes(c.rec)
	cl.Category = c.p.cat
	cl.Item = d.text[d.toks[c.p.lo].Start:d.toks[c.p.hi-1].End]
	cl.Quantity = quantity(&c.p, ext)
	if q := cl.Quantity; q != nil && isSharedCurrency(q.Unit) {
		if code := d.currencyOf(q.Unit, c); code != "" {
			q.Unit = code
		} else {
			cl.Quantity = nil // pesos of no state the claim names: the figure's currency is unknown
		}
	}
	cl.Status = c.status
	cl.Speaker = c.speaker.name
	cl.Via = c.via
	cl.Evidence = d.text[start:end]
	cl.Span = armsledger.Span{Start: start, End: end}
	cl.Scope = scopeOf(c)
	cl.Confidence = confidence(c)
	cl.Rule = c.rule
	if c.time != nil {
		tm := d.times.match(c.time)
		ext.time = armsledger.TimeRef{
			Text:  d.text[d.toks[tm.Lo].Start:d.toks[tm.Hi-1].End],
			Start: tm.Start, End: tm.End,
		}
		cl.Time = &ext.time
	}
}

func scopeOf(c *draft) armsledger.Scope {
	if c.scope == "" {
		return armsledger.Unknown
	}
	return c.scope
}

func confidence(c *draft) float64 {
	v := c.conf
	if c.inherited {
		v -= 0.2
	}
	if c.supFromDemonym {
		v -= 0.1
	}
	return math.Round(max(0.05, min(1, v))*100) / 100
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// partyCodes is a claim's list of parties: each code once, in the order
// first named. Two names of one state in a phrase ("Iranian Quds Force
// advisers": the demonym and the institution) must not list it twice. The
// draft's slice may be shared with other drafts, so a list with a repeat
// is copied rather than compacted in place.
func partyCodes(s []string) []string {
	for i := 1; i < len(s); i++ {
		if slices.Contains(s[:i], s[i]) {
			out := make([]string, 0, len(s))
			for _, code := range s {
				if !slices.Contains(out, code) {
					out = append(out, code)
				}
			}
			return out
		}
	}
	return nonNil(s)
}

// copyBound copies *v into *dst and returns dst, or nil for an open bound.
func copyBound(v, dst *float64) *float64 {
	if v == nil {
		return nil
	}
	*dst = *v
	return dst
}

// sharedCurrencies maps a currency name several states use (numbers.tsv
// writes it in lower case: "peso") to each state's code, "*" to the one
// meant when none of the claim's states uses it (see currencies.tsv).
var sharedCurrencies = func() map[string]map[string]string {
	m := make(map[string]map[string]string)
	for _, r := range mustTSV("currencies.tsv", 3) {
		if m[r[0]] == nil {
			m[r[0]] = make(map[string]string)
		}
		m[r[0]][r[1]] = r[2]
	}
	return m
}()

// isSharedCurrency reports whether a unit is a shared currency's name, not
// yet a code: the codes are in capitals.
func isSharedCurrency(unit string) bool {
	return unit != "" && unit[0] >= 'a' && unit[0] <= 'z' && sharedCurrencies[unit] != nil
}

// currencyOf returns the code of a shared currency in a claim: that of the
// first recipient, supplier or dateline state that uses it ("28 billion
// pesos" in a sale to the Philippines), else the usual one, else "".
func (d *doc) currencyOf(name string, c *draft) string {
	codes := sharedCurrencies[name]
	for _, states := range [][]string{c.rec, c.sup, {d.home.Code}} {
		for _, st := range states {
			if code := codes[st]; code != "" {
				return code
			}
		}
	}
	return codes["*"]
}

// quantity turns a phrase's amount into the claim's quantity, in the unit of
// the materiel (or the currency of money), written in ext.
func quantity(p *phrase, ext *claimExtras) *armsledger.Quantity {
	if p.qty == nil {
		return nil
	}
	return quantityRest(p, ext)
}

// quantityRest is quantity past its first test (see gates in words.go).
func quantityRest(p *phrase, ext *claimExtras) *armsledger.Quantity {
	unit := p.unit
	if p.qty.Currency != "" {
		unit = p.qty.Currency
	}
	if unit == "" || unit == "currency" {
		unit = armsledger.UnitItem
	}
	// The bounds live in the document's arena, which the next text reuses:
	// they are copied beside the quantity.
	ext.quantity = armsledger.Quantity{Unit: unit, Qualifier: p.qty.Qualifier,
		Min: copyBound(p.qty.Min, &ext.bounds[0]), Max: copyBound(p.qty.Max, &ext.bounds[1])}
	return &ext.quantity
}

// subsetOf reports whether every code of a is in b (and a is not empty).
func subsetOf(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return len(a) > 0
}

// recentBeneficiary gives givers with no recipient named the state the
// text named as where aid goes in their sentence or the two before, when
// no other state was named so since: "Aid to Ukraine keeps flowing.
// Norway sent eight tanks last week" went to Ukraine. It comes after
// every reading of the text as a whole (see dominantRecipient).
func (d *doc) recentBeneficiary() {
	for i := range d.claims {
		c := &d.claims[i]
		if !c.awaitsRecipient() || c.status == armsledger.Requested {
			continue
		}
		if saleRule(c.rule) {
			continue // a buyer or seller left unnamed is not the one aid goes to
		}
		best := d.recentAidState(c.sent, c.sup)
		if best == "" {
			continue
		}
		if d.namesOtherState(c, []string{best}) {
			continue // "Norway sent tanks to the Baltics": its own sentence may say
		}
		c.rec, c.inherited = []string{best}, true
	}
}

// topicSentenceRecipient gives givers with no recipient named the one
// state a sentence of the same paragraph just before names, when that
// sentence tells no flow of its own: "Poland has become Europe's biggest
// arms buyer. South Korea delivered 180 K2 tanks under a 2022 contract."
// A sentence between that tells flows to one recipient passes it on
// ("Kyiv got good news from the Nordics. Denmark handed over 19 F-16 jets.
// Sweden pledged 1,000 rounds."); one that names several states, or tells
// flows elsewhere, ends the search. It comes after every other reading.
func (d *doc) topicSentenceRecipient() {
	const within = 3 // sentences back
	for i := range d.claims {
		c := &d.claims[i]
		if !c.awaitsRecipient() || c.status == armsledger.Requested {
			continue
		}
		rec := ""
	back:
		for k := c.sent - 1; k >= 0 && c.sent-k <= within && k < len(d.sentStates) && d.sentStates[k].para == c.para; k-- {
			told, aside := false, false
			for j := range d.claims {
				p := &d.claims[j]
				if p.sent != k || len(p.sup) == 0 && len(p.rec) == 0 {
					continue
				}
				if p.backstory {
					aside = true // how the goods' holder once got them, told aside (see draft.backstory): no flow of the story
					continue
				}
				told = true
				if len(p.rec) != 1 || rec != "" && rec != p.rec[0] {
					rec = ""
					break back
				}
				rec = p.rec[0]
			}
			if told {
				break
			}
			if aside {
				continue // the sentence before it may name the recipient
			}
			if st := &d.sentStates[k]; st.n != 0 {
				// The topic, set apart from the givers: "Russia remains
				// India's biggest source of weapons. Moscow delivered ..."
				for _, code := range st.codes[:max(st.n, 0)] {
					if slices.Contains(c.sup, code) {
						continue
					}
					if rec != "" {
						rec = "" // several states: which one is open
						break
					}
					rec = code
				}
				break
			}
		}
		if rec == "" || slices.Contains(c.sup, rec) || d.namesOtherState(c, d.giversOfSentence(c.sent, rec)) {
			continue
		}
		c.rec, c.inherited = []string{rec}, true
	}
}

// sceneRecipient gives a giver with no recipient, in a sentence that opens
// "In" and another state or its capital, that state: "In Riyadh, the White
// House announced an arms package worth nearly $142 billion" is a package
// for Saudi Arabia. What a giver announces or hands over where the
// sentence is set, it gives its host, as a visitor does (see
// visitedRecipient). A sentence that names another state may set the
// scene for a flow elsewhere.
func (d *doc) sceneRecipient() {
	for i := range d.claims {
		c := &d.claims[i]
		if !c.awaitsRecipient() || c.status == armsledger.Requested || c.sentHi-c.sentLo < 4 || d.toks[c.sentLo].Norm != "in" {
			continue
		}
		if !strings.HasSuffix(c.rule, ".active") || c.supFromDemonym {
			continue // a giver that acts there, not goods of its that pass: "In Tehran, the authorities refused landing to Lebanese aircraft sent to bring back passengers"
		}
		end, ref, ok := lex.actors.Match(d.toks, c.sentLo+1, c.sentHi)
		if !ok || end >= c.sentHi || d.toks[end].Norm != "," || len(ref.Code) != 2 || ref.Code == "EU" || ref.kind != kindCountry && ref.Kind != "capital" {
			continue
		}
		if !slices.Contains(c.sup, ref.Code) && !d.namesStateBesides(c, i, []string{ref.Code}) {
			c.rec, c.inherited = []string{ref.Code}, true
		}
	}
}

// gappedRecipient gives a giver with no recipient, in a clause after one
// whose flow of another giver names it, that recipient: "Germany agreed to
// send 14 tanks to Ukraine, and the United States promised 31 Abrams the
// same day". English leaves out of a clause what the one before it set
// (the gapping of "to Ukraine"). Every flow told before it in the sentence
// must go there, and the sentence name no other state.
func (d *doc) gappedRecipient() {
	for i := range d.claims {
		c := &d.claims[i]
		if !c.awaitsRecipient() || c.status == armsledger.Requested {
			continue
		}
		var rec []string
		for k := i - 1; k >= 0 && d.claims[k].sent == c.sent; k-- {
			p := &d.claims[k]
			if p.hi > c.lo || len(p.sup) == 0 || overlaps(p.sup, c.sup) {
				continue // (the giver's own flows are sentenceRecipient's)
			}
			if len(p.rec) == 0 || rec != nil && !sameSet(rec, p.rec) || p.recOpen || overlaps(p.rec, c.sup) {
				rec = nil
				break
			}
			rec = p.rec
		}
		if rec != nil && !d.namesStateBesides(c, i, rec) {
			c.rec, c.inherited = rec, true
		}
	}
}

// giversOfSentence returns rec with the suppliers of every claim of
// sentence sent: the states a sentence of several givers names are no
// other recipient ("Germany sent IRIS-T, the US sent Patriot, and Norway
// sent NASAMS").
func (d *doc) giversOfSentence(sent int, rec string) []string {
	out := []string{rec}
	for i := range d.claims {
		if p := &d.claims[i]; p.sent == sent {
			out = append(out, p.sup...)
		}
	}
	return out
}

// contentsToldNext reports whether c is aid of no stated sum whose goods
// the next sentence lists ("The package includes 20 Bradley vehicles"),
// between the same parties: aid of no sum is the goods it holds, each a
// claim, and no funding claim of its own, as when the goods follow it in
// its own sentence (see dropExamples).
func (d *doc) contentsToldNext(c *draft) bool {
	if c.p.cat != armsledger.Funding || c.p.qty != nil || c.p.money || len(c.sup) == 0 || len(c.rec) == 0 {
		return false
	}
	for k := range d.claims {
		v := &d.claims[k]
		if v.rule == "content.of" && v.sent == c.sent+1 && v.p.cat != armsledger.Funding && sameSet(v.sup, c.sup) && sameSet(v.rec, c.rec) {
			return true
		}
	}
	return false
}

// toldInParticular reports whether c, goods of a kind and no count whose
// givers the text leaves open, is a summary the next sentence of its
// paragraph tells giver by giver: "Ukraine has received air defence
// systems from three countries. Germany sent IRIS-T, the US sent Patriot",
// "Ankara is also acquiring second-hand Typhoons from two Gulf states.
// Turkey had agreed to buy 12 used jets from Qatar and another 12 from
// Oman". The summary adds no flow of its own.
func (d *doc) toldInParticular(c *draft) bool {
	if len(c.sup) > 0 || len(c.rec) == 0 || c.p.qty != nil || c.p.money || c.p.increment || c.status == armsledger.Requested {
		return false // a plea for more is asked of all, whoever gives
	}
	if c.p.cat == armsledger.Other || c.p.cat == armsledger.Funding {
		return false // arms of no kind from states counted are a survey's own claim: "with at least 35 states supplying major arms"
	}
	for k := range d.claims {
		o := &d.claims[k]
		if o.sent == c.sent+1 && o.para == c.para && len(o.sup) > 0 && o.p.cat == c.p.cat && sameSet(o.rec, c.rec) && !shareRule(o.rule) {
			return true
		}
	}
	return false
}

// shareRule reports whether a claim's rule reads a giver's share or rank in
// a flow told before ("France accounted for 30% of those deliveries",
// "followed by Italy with 12%"): a part of the whole, which stays a claim.
func shareRule(rule string) bool {
	return strings.HasPrefix(rule, "share.") || strings.HasPrefix(rule, "ranked.")
}

// awaitsRecipient reports whether draft c has a giver and no recipient, and
// may take one from the text around: not a trade total, goods made at home,
// a giver of no state, buyers left open or counted, a denier of reports told
// before (who names no flow of its own), goods sent to either side, nor money
// of no amount ("That drawdown includes ...").
func (c *draft) awaitsRecipient() bool {
	if len(c.sup) == 0 || len(c.rec) > 0 || c.aggregate || c.homemade || c.open || c.recOpen || c.openBuyers || c.denier || c.eitherSide {
		return false
	}
	return c.p.qty != nil || !c.p.money && c.p.cat != armsledger.Funding
}

// sentenceRecipient gives a giver with no recipient the one recipient its
// other flows of the same sentence go to, whichever reading found it and
// wherever in the sentence they stand: in "the Pentagon announced a $1
// billion package of weapons, including Stinger missiles and Bradley
// fighting vehicles", the missiles and vehicles go where the package does.
func (d *doc) sentenceRecipient() {
	for i := range d.claims {
		c := &d.claims[i]
		if !c.awaitsRecipient() {
			continue
		}
		var rec []string
		for k := range d.claims {
			p := &d.claims[k]
			if k == i || p.sent != c.sent || len(p.rec) == 0 || !sameSet(p.sup, c.sup) || p.recOpen || sameSet(p.sup, p.rec) {
				continue
			}
			if rec != nil && !sameSet(rec, p.rec) {
				rec = nil // two recipients: which one is open
				break
			}
			rec = p.rec
		}
		if rec != nil {
			c.rec, c.inherited = rec, true
		}
	}
}

// namedAgainLate gives goods named again with "the" and no party the
// parties of the last flow of their kind told a few sentences before,
// once the readings of the whole text have filled that flow in: "The first
// 38 of 108 Abrams tanks reached Taipei ... The rest of the Abrams are due
// by 2026", where the first flow took its supplier from a question before
// it. inherit, reading in order, found that flow still open; the flows of
// other kinds told between ("Washington contributed $40 million toward the
// purchase") are other deals.
func (d *doc) namedAgainLate() {
	for i := range d.claims {
		c := &d.claims[i]
		if len(c.sup) > 0 || len(c.rec) > 0 || c.p.money || c.homemade || c.aggregate || c.open || !d.definite(c) {
			continue
		}
		reach := 2 // (inherit's reach for goods named again)
		if d.partNamedAgain(c) && c.p.cat != armsledger.Funding {
			// "Argentina bought 24 F-16s from Denmark. [The deal's worth,
			// who helps pay for it.] The remaining aircraft will arrive
			// through 2028": a part of the goods, told by when it comes,
			// goes on with their flow past the sums told since.
			reach = 4
		}
		for k := i - 1; k >= 0; k-- {
			p := &d.claims[k]
			if c.sent-p.sent > reach {
				break
			}
			if p.sent == c.sent || p.p.cat != c.p.cat || reach > 2 && len(p.sup) == 0 && len(p.rec) == 0 {
				continue // (the whole named again with no party is no flow a part goes on with)
			}
			if len(p.sup) > 0 && len(p.rec) > 0 && !sameSet(p.sup, p.rec) && !d.otherNames(&c.p, &p.p) && !d.otherMaker(&c.p, p) {
				c.sup, c.rec, c.inherited = p.sup, p.rec, true
			}
			break // the last flow of the kind decides
		}
	}
}

// supplierAside reports whether claim c is a state's ranked "supplier"
// with no goods (see bareSupplier) whose sentence, or the next, tells a
// flow of that supplier of its own: the rank is then said of the flows
// told, and names no other ("North Korea remains Russia's top supplier.
// It has shipped 12,000 containers of munitions").
func (d *doc) supplierAside(c *draft) bool {
	if !c.p.elided || d.toks[c.p.head].Norm != "supplier" {
		return false
	}
	for k := range d.claims {
		if o := &d.claims[k]; o != c && (o.sent == c.sent || o.sent == c.sent+1) && overlaps(o.sup, c.sup) {
			return true
		}
	}
	return false
}

// otherMaker reports whether goods p are of a known maker that neither
// made claim f's goods nor gives them: "the F-16" beside Mirage jets
// France delivered is another type. (Aid passes on what others made:
// Poland's T-72s named again are still Russian-made.)
func (d *doc) otherMaker(p *phrase, f *draft) bool {
	m := d.makerOf(p)
	return m != "" && !makesAny(m, f.sup) && d.makerOf(&f.p) != m
}

// buyerNamedIn reports whether a claim of sentence sent names in that
// sentence a recipient other than rec: "Baykar sold drones to Ukraine.
// Its biggest deal will see Saudi Arabia buy Akinci drones in a contract
// worth $3 billion" tells the sum of the Saudi deal.
func (d *doc) buyerNamedIn(sent int, rec []string) bool {
	for i := range d.claims {
		if p := &d.claims[i]; p.sent == sent && p.recNamed && len(p.rec) > 0 && !p.inherited && !overlaps(p.rec, rec) {
			return true
		}
	}
	return false
}

// ownBeneficiary gives givers with no recipient named the state their own
// sentence names as where aid goes, before the readings of the text as a
// whole (mainRecipient, topicRecipient, supplierRecipient): "Sweden has
// pledged 18 guns, its third batch for Ukraine" goes to Ukraine, in a text
// whose other flows go to Denmark. Only goods: a sum's "for" often names
// whom it ranks after. (recentBeneficiary reads the sentences before too,
// and last. A state is known only by the last sentence that named it so:
// one named again later leaves this to them.)
func (d *doc) ownBeneficiary() {
	for i := range d.claims {
		c := &d.claims[i]
		if !c.awaitsRecipient() || c.p.money || c.status == armsledger.Requested || saleRule(c.rule) {
			continue
		}
		if best := d.recentAidState(c.sent, c.sup); best != "" && d.aidToIn(c.sent, best) && !d.namesOtherState(c, []string{best}) {
			c.rec, c.inherited = []string{best}, true
		}
	}
}

// aidElsewhere reports whether sentence sent names a state other than
// those of rec as where aid goes.
func (d *doc) aidElsewhere(sent int, rec []string) bool {
	a := d.aidIn(sent)
	return a != nil && slices.ContainsFunc(a.codes[:a.n], func(c string) bool { return !slices.Contains(rec, c) })
}

// aidToIn reports whether sentence sent names state code as where aid
// goes (see aidGoesTo).
func (d *doc) aidToIn(sent int, code string) bool {
	a := d.aidIn(sent)
	return a != nil && slices.Contains(a.codes[:a.n], code)
}

// aidIn returns the states sentence sent names as where aid goes: the
// sentence being read's own, or one read before's; nil for none read.
func (d *doc) aidIn(sent int) *aidStates {
	switch {
	case sent >= 0 && sent < len(d.sentStates):
		return &d.sentStates[sent].aid
	case sent == d.sent.idx:
		return &d.sent.aid
	}
	return nil
}

// recentAidState returns the state the text last told aid goes to (see
// aidGoesTo), in sentence sent or the two before, none of not; "" if none
// or two told in one sentence. Each sentence's own are read, so that a
// state named so again later does not hide the sentence's.
func (d *doc) recentAidState(sent int, not []string) string {
	const within = 2 // sentences back
	for k := sent; k >= 0 && sent-k <= within; k-- {
		a := d.aidIn(k)
		if a == nil {
			continue
		}
		best, n := "", 0
		for _, code := range a.codes[:a.n] {
			if !slices.Contains(not, code) {
				best = code
				n++
			}
		}
		switch {
		case n > 1 || a.more:
			return "" // two told in one sentence
		case n == 1:
			return best
		}
	}
	return ""
}

// gaveIn reports whether a claim of sentence sent has code among its
// suppliers.
func (d *doc) gaveIn(sent int, code string) bool {
	for i := range d.claims {
		if c := &d.claims[i]; c.sent == sent && slices.Contains(c.sup, code) {
			return true
		}
	}
	return false
}

// saleRule reports whether a claim's rule reads a sale or a purchase, whose
// other party is a buyer or seller, not a state aid goes to.
func saleRule(rule string) bool {
	for _, p := range []string{"buy.", "sell.", "deal.", "receive.", "request."} {
		if strings.HasPrefix(rule, p) {
			return true
		}
	}
	return false
}
