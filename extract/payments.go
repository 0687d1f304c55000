package extract

import (
	"slices"
	"strings"

	"armsledger"
)

// A payment told only by what it was made in ("Russia paid partly in gold
// bars", "part of the sum was paid in gold bullion", "the shells were paid
// for partly in cash") names neither the goods nor the payee: the text told
// the deal before. The buyer of the last flow told pays its seller
// (FORMAT.md: a buyer's payment is a funding claim from payer to payee).

// paidInKindAt returns the first "paid" of the sentence that tells only
// what the payment was made in (see paidInKind), or -1. The verb is no
// trigger when passive ("was paid in gold"), so the rule looks for it.
func (s *sent) paidInKindAt() int {
	for v := s.lo + 1; v < s.hi; v++ {
		if s.d.toks[v].Norm == "paid" && s.paidInKind(v) {
			return v
		}
	}
	return -1
}

// paidInKindDraft makes a claim of the payment at v, which tells only what
// it was made in, to take its parties from the deal it settles (see
// dealPaidIn): the payer, when named, is the verb's subject.
func (s *sent) paidInKindDraft(v int, att attrib) {
	if s.fundedAt(v) {
		return
	}
	var payer []string
	lo := max(s.lo, v-5)
	if !s.beBefore(v) {
		a := s.subject(trigger{i: v, class: classBuy, lemma: "pay"})
		if a < 0 {
			return
		}
		payer, lo, _ = s.group(a)
		payer = slices.Clone(payer)
	}
	d := draft{sup: payer, payer: payer, p: phrase{lo: v, hi: v + 1, head: v, cat: armsledger.Funding},
		status: armsledger.Delivered, rule: "pay.inkind", sent: s.idx, trig: v, conf: 0.6, paidIn: true}
	s.finishDraft(&d, att, lo, s.meansEnd(v))
}

// paidInKind reports whether the "paid" at v goes on, past no sum
// and no goods, to what the payment was made in: "paid partly in gold",
// "paid part of the bill in gold", "were paid for partly in cash".
func (s *sent) paidInKind(v int) bool {
	toks := s.d.toks
	for k := v + 1; k < s.hi && k-v <= 6; k++ {
		if w := toks[k].Norm; w == "in" || strings.HasSuffix(w, "ly") {
			// "paid in kind" is paid in goods, no money: those goods are
			// the flow, told as such.
			return s.paidInMeans(k) && !s.d.wordIn(k, min(s.hi, k+3), "kind")
		}
		switch toks[k].Norm {
		case "for", "part", "much", "most", "some", "of", "the", "bill", "sum", "price", "cost", "them", "it":
		default:
			return false
		}
	}
	return false
}

// meansEnd returns the end of the means a payment at v was made in: the
// word after "in" and a noun it heads ("gold bars").
func (s *sent) meansEnd(v int) int {
	toks := s.d.toks
	for k := v + 1; k+1 < s.hi && k-v <= 8; k++ {
		if toks[k].Norm == "in" {
			if k+2 < s.hi && (toks[k+2].Norm == "bars" || toks[k+2].Norm == "bullion") {
				return k + 3
			}
			return k + 2
		}
	}
	return v + 1
}

// fundedAt reports whether the sentence already holds a funding claim of
// the trigger at v: the frames read the payment there.
func (s *sent) fundedAt(v int) bool {
	return slices.ContainsFunc(s.d.claims, func(d draft) bool {
		return d.sent == s.idx && d.trig == v && d.p.cat == armsledger.Funding
	})
}

// dealPaidIn returns the last flow told before claim i, in its sentence
// or the four before, that the payment of claim i settles: a sum agreed to
// be paid, or goods, whose payer (see payerPayee) is the payer claim i's
// sentence names, if it names one; or nil. Aid and people sent are no
// goods bought.
func (d *doc) dealPaidIn(i int) *draft {
	c := &d.claims[i]
	for k := i - 1; k >= 0; k-- {
		p := &d.claims[k]
		if p.sent < c.sent-4 {
			break
		}
		if len(p.sup) == 0 || len(p.rec) == 0 || p.status == armsledger.Denied || p.status == armsledger.Requested ||
			!d.payment(p) && (p.p.money || p.p.cat == armsledger.Funding || p.p.cat == armsledger.Personnel) {
			continue
		}
		if payer, _ := d.payerPayee(p); len(c.payer) == 0 || sameSet(c.payer, payer) {
			return p
		}
	}
	return nil
}

// payerPayee returns who pays for the flow p and who is paid, as claim
// parties: a sum paid goes from its payer, goods go to the one that pays
// for them.
func (d *doc) payerPayee(p *draft) (payer, payee []string) {
	if d.payment(p) {
		return p.sup, p.rec
	}
	return p.rec, p.sup
}

// paidInDeals gives each payment told only by what it was made in the
// parties of the deal it settles, read once every flow told has its own;
// with no deal found it has none, and is dropped.
func (d *doc) paidInDeals() {
	for i := range d.claims {
		if c := &d.claims[i]; c.paidIn {
			c.sup, c.rec = nil, nil
			if p := d.dealPaidIn(i); p != nil {
				c.sup, c.rec = d.payerPayee(p)
				c.inherited = true
			}
		}
	}
}

// States said to be among those that fund something ("Denmark, the
// Netherlands and Canada are among the countries that have put money into
// the scheme", "were among the largest funders of the scheme", "are among
// roughly 15 countries financing the scheme") gave money to it: a funding
// claim from them to the state the scheme arms, the recipient of the flow
// told just before.

// amongFundersAt returns the token of "among" that follows the states
// subject of the sentence and a form of "be", where what they are among
// funds (see fundersNoun, fundingClause), or -1.
func (s *sent) amongFundersAt() int {
	toks := s.d.toks
	for v := s.lo + 2; v+2 < s.hi && v-s.lo <= 24; v++ {
		if toks[v].Norm != "among" || !s.is(v-1, fBe) || s.actorAt(v-2) < 0 {
			continue
		}
		for k := v + 1; k < s.hi && k-v <= 10; k++ {
			if w := toks[k].Norm; w == "," || w == ";" || w == "and" && k > v+2 {
				break
			}
			if fundersNoun(toks[k].Norm) || s.fundingClause(k) {
				return v
			}
		}
	}
	return -1
}

// fundersNoun reports whether w names those who give money: "the largest
// funders", "the biggest contributors".
func fundersNoun(w string) bool {
	switch w {
	case "funders", "contributors", "donors", "financiers", "backers", "sponsors":
		return true
	}
	return false
}

// fundingClause reports whether the words at k tell money given, as the
// verb of a clause on those the states are among: "(that have)
// contributed", "financing the scheme", "(that have) put money into",
// "provided money", "paid into".
func (s *sent) fundingClause(k int) bool {
	toks := s.d.toks
	switch toks[k].Norm {
	case "contributed", "contributing", "financing", "funding", "financed", "funded":
		return true
	case "put", "provided", "given", "paid", "pledged":
		return k+1 < s.hi && (toks[k+1].Norm == "money" || toks[k+1].Norm == "funds" || toks[k+1].Norm == "into")
	}
	return false
}

// amongFunders makes the funding claim of the states before "among" at v
// (see amongFundersAt) to the recipient of the last flow told in the
// sentence or the three before; none told, no claim.
func (s *sent) amongFunders(v int, att attrib) {
	codes, lo, _ := s.group(s.actorAt(v - 2))
	c := s.flowFunded(codes)
	if c == nil {
		return
	}
	hi := v + 1 // the clause of those funding, to its comma
	for hi < s.hi && hi-v <= 12 && s.d.toks[hi].Norm != "," && s.d.toks[hi].Norm != ";" {
		hi++
	}
	d := draft{sup: slices.Clone(codes), rec: slices.Clone(c.rec), p: phrase{lo: v, hi: v + 1, head: v, cat: armsledger.Funding},
		status: armsledger.Delivered, rule: "finance.among", sent: s.idx, trig: v, conf: 0.6}
	s.finishDraft(&d, att, lo, hi)
}

// flowFunded returns the last flow told in the sentence or the three
// before, neither refused nor asked for, to a party other than the givers
// codes: the flow that money given to a scheme of no recipient named pays
// for. Or nil.
func (s *sent) flowFunded(codes []string) *draft {
	for i := len(s.d.claims) - 1; i >= 0; i-- {
		d := &s.d.claims[i]
		if d.sent < s.idx-3 {
			break
		}
		if len(d.rec) > 0 && d.status != armsledger.Denied && d.status != armsledger.Requested && !overlaps(codes, d.rec) {
			return d
		}
	}
	return nil
}

// "Contribute" with nothing given after it ("Sweden and Canada have
// contributed to the scheme", "More than 15 countries have contributed",
// "France has said it will not contribute") tells money given, of no sum,
// to what the text tells them paying for: a funding claim from the
// subject to the recipient of the flow told just before (see flowFunded),
// as amongFunders reads "are among those that have contributed".

// contributedBare makes the claim of each bare "contribute" of the
// sentence (see bareContribution), read after its own claims.
func (s *sent) contributedBare(att attrib) {
	for k := range s.trigs {
		t := s.trigs[k]
		if t.noun || t.passive || t.lemma != "contribute" || !s.bareContribution(t.i) || s.claimOf(t.i) {
			continue
		}
		var codes []string
		var lo int
		open := false
		if a := s.subject(t); a >= 0 && !s.actors[a].possessive && !s.actors[a].demonym {
			codes, lo, _ = s.group(a)
		} else if j := t.i - 1 - s.chainBefore(t.i); j >= s.lo && s.is(j, fGeneric) {
			lo, open = j, true // "More than 15 countries have contributed": givers left unnamed
		} else {
			continue
		}
		c := s.flowFunded(codes)
		if c == nil || c.p.cat != armsledger.Funding && !s.schemeToldBefore(t.i) {
			continue // (money given before, or a scheme told, say what is contributed to is paid for)
		}
		p := phrase{lo: t.i, hi: t.i + 1, head: t.i, cat: armsledger.Funding}
		d := draft{sup: slices.Clone(codes), rec: slices.Clone(c.rec), p: p, status: s.status(t, group{lo: t.i, hi: t.i + 1, phrases: []phrase{p}}),
			rule: "contribute.bare", sent: s.idx, trig: t.i, conf: 0.5, open: open}
		s.finishDraft(&d, att, min(lo, t.i), s.contributionEnd(t.i))
	}
}

// schemeToldBefore reports whether a scheme is named ("the scheme", "the
// Czech initiative", "a joint fund") before token v, in its sentence or
// the three before: what is contributed to with nothing named is money
// where a scheme pools it or money was told given just before ("Spain has
// not contributed" in a roundup of arms given is no payment).
func (s *sent) schemeToldBefore(v int) bool {
	lo := s.d.sents[max(0, s.idx-3)].Lo
	for j := lo; j < v; j++ {
		if schemeNoun(s.d.toks[j].Norm) {
			return true
		}
	}
	return false
}

// claimOf reports whether the sentence already holds a claim of the
// trigger at v.
func (s *sent) claimOf(v int) bool {
	return slices.ContainsFunc(s.d.claims, func(d draft) bool { return d.sent == s.idx && d.trig == v })
}

// bareContribution reports whether "contribute" at v gives nothing named
// after it: the clause ends, or goes on only to what is paid into ("to the
// scheme", "to it"), to "money" or "funds", or to a word of time or
// addition ("too", "this year").
func (s *sent) bareContribution(v int) bool {
	toks := s.d.toks
	j := v + 1
	for j < s.hi && s.is(j, fAdverb) {
		j++
	}
	if j >= s.hi {
		return true
	}
	switch w := toks[j].Norm; w {
	case "\"", "“", "'", "‘":
		return false // "would contribute \"a three-digit million euro sum\"": a sum, quoted
	case ".", ",", ";", ":", ")", "!", "?":
		return true
	case "money", "funds", "too", "also", "this", "last", "later":
		return true
	case "to", "into":
		if j+1 < s.hi && toks[j+1].Norm == "it" {
			return true
		}
		return j+2 < s.hi && toks[j+1].Norm == "the" && schemeNoun(toks[j+2].Norm)
	}
	return false
}

// contributionEnd returns the end of the bare contribution at v: past the
// scheme it goes to, or "money".
func (s *sent) contributionEnd(v int) int {
	toks := s.d.toks
	j := v + 1
	switch {
	case j < s.hi && (toks[j].Norm == "money" || toks[j].Norm == "funds"):
		return j + 1
	case j+2 < s.hi && (toks[j].Norm == "to" || toks[j].Norm == "into") && toks[j+1].Norm == "the":
		return j + 3
	}
	return v + 1
}
