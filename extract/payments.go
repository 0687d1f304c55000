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
	var c *draft
	for i := len(s.d.claims) - 1; i >= 0; i-- {
		d := &s.d.claims[i]
		if d.sent < s.idx-3 {
			break
		}
		if len(d.rec) > 0 && d.status != armsledger.Denied && d.status != armsledger.Requested && !overlaps(codes, d.rec) {
			c = d
			break
		}
	}
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
