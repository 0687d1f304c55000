package extract

import (
	"strings"

	"armsledger"
)

// draftTraits are facts about a text's drafts that finish's passes start
// from: each pass looks only at drafts of some kind ("no recipient yet",
// "goes to either side", "a sum"), and where no draft is of that kind it
// can change nothing. Most texts hold a few drafts of a few kinds, so
// finish tests a bit before a pass instead of letting some forty passes
// each walk every draft to find none of theirs.
//
// These are the traits a draft is made with: no finish pass sets one on a
// draft that lacks it (restatedGoods adds drafts, so they are read again
// after it). A pass that sets one must read them again too.
type draftTraits uint32

const (
	tAggregateDenied draftTraits = 1 << iota // a trade total denied: refusedExports
	tGroupTold                               // groupsTold
	tUseIn                                   // usersTold
	tEitherSide                              // eitherSide
	tFromMakers                              // boughtForMakersState
	tElided                                  // partsOfWhole
	tPronominal                              // pronounSources
	tSpeaker                                 // a speaker of a state: speakerSupplies, speakerBuys
	tDealWith                                // rule "deal.with": genericDealsTold
	tReceive                                 // a "receive." rule: originNamedAgain
	tArrive                                  // an "arrive." rule: carriedLoads
	tArrivingCraft                           // a plane or ship arriving: carriers
	tMoney                                   // a sum: ownPurchaseValues, sumsFollowGoods
	tSeized                                  // seizedOrigin
	tPaidIn                                  // paidInDeals
	tPay                                     // its verb is "pay": payersGive
	tTheTransfer                             // its verb is the sentence's second word, after "the": transferNamedAgain
)

// gatesOpen makes every gate in front of a finish pass or a word-gated
// rule answer "run": the pass then looks for its drafts itself. Only
// TestGatesChangeNothing sets it, to show that on every text the tests
// hold, the gates pass over only what could change nothing — a rule
// branch that widens a pass without widening its gate fails there.
var gatesOpen bool

// madeTraits returns the traits the drafts are made with.
func (d *doc) madeTraits() draftTraits {
	if gatesOpen {
		return ^draftTraits(0)
	}
	var t draftTraits
	for i := range d.claims {
		c := &d.claims[i]
		if c.aggregate && c.status == armsledger.Denied {
			t |= tAggregateDenied
		}
		if c.groupTold {
			t |= tGroupTold
		}
		if c.useIn {
			t |= tUseIn
		}
		if c.eitherSide {
			t |= tEitherSide
		}
		if c.fromMakers {
			t |= tFromMakers
		}
		if c.p.elided {
			t |= tElided
		}
		if c.p.pronominal {
			t |= tPronominal
		}
		if c.speaker.code != "" {
			t |= tSpeaker
		}
		if c.p.money {
			t |= tMoney
		}
		if c.seized {
			t |= tSeized
		}
		if c.paidIn {
			t |= tPaidIn
		}
		switch {
		case c.rule == "deal.with":
			t |= tDealWith
		case strings.HasPrefix(c.rule, "receive."):
			t |= tReceive
		case strings.HasPrefix(c.rule, "arrive."):
			t |= tArrive
			if c.p.cat == armsledger.Aircraft || c.p.cat == armsledger.Ship {
				t |= tArrivingCraft
			}
		}
		if c.trig >= 0 {
			if lex.info[d.toks[c.trig].word].verb.Lemma == "pay" {
				t |= tPay
			}
			if c.trig == c.sentLo+1 && d.toks[c.sentLo].Norm == "the" {
				t |= tTheTransfer
			}
		}
	}
	return t
}

// The roles drafts have so far change with nearly every pass, and are
// read where a pass is to be passed over: lacksRecipient (a giver with no
// recipient), recipientMissing, and the tests below. Each returns at the
// first draft it finds, and is a few instructions a draft where it finds
// none.

// lacksSupplier reports whether some draft has a recipient and no
// supplier.
func (d *doc) lacksSupplier() bool {
	if gatesOpen {
		return true
	}
	for i := range d.claims {
		if c := &d.claims[i]; len(c.sup) == 0 && len(c.rec) > 0 {
			return true
		}
	}
	return false
}

// supplierMissing reports whether some draft has no supplier.
func (d *doc) supplierMissing() bool {
	if gatesOpen {
		return true
	}
	for i := range d.claims {
		if len(d.claims[i].sup) == 0 {
			return true
		}
	}
	return false
}

// lacksBoth reports whether some draft has neither side.
func (d *doc) lacksBoth() bool {
	if gatesOpen {
		return true
	}
	for i := range d.claims {
		if c := &d.claims[i]; len(c.sup) == 0 && len(c.rec) == 0 {
			return true
		}
	}
	return false
}

// recipientNamed reports whether some draft has a recipient.
func (d *doc) recipientNamed() bool {
	if gatesOpen {
		return false // topicRecipient runs where none is named
	}
	for i := range d.claims {
		if len(d.claims[i].rec) > 0 {
			return true
		}
	}
	return false
}

// severalGivers reports whether some draft has more than one supplier.
func (d *doc) severalGivers() bool {
	if gatesOpen {
		return true
	}
	for i := range d.claims {
		if len(d.claims[i].sup) > 1 {
			return true
		}
	}
	return false
}

// requestOfNoGiver reports whether some draft is a request that names one
// asker and no giver, the only drafts noticesSeller gives a seller: it
// spares most texts noticesSeller's look at every word.
func (d *doc) requestOfNoGiver() bool {
	if gatesOpen {
		return true
	}
	for i := range d.claims {
		if c := &d.claims[i]; c.status == armsledger.Requested && len(c.sup) == 0 && len(c.rec) == 1 {
			return true
		}
	}
	return false
}
