package extract

import "armsledger"

// Arms made with another state's parts: "a Russian company has been
// producing the drone with Chinese-made engines", "had built its attack
// drones with engines and parts from Chinese suppliers". The parts are
// know-how in kind (FORMAT.md: technology, components) that reached the
// maker from the state that made or sold them. No frame reads them: the
// sentence's verb makes the arms, it moves nothing.

// partsWords are the words of knowHowWords that name parts arms are made
// with; madeWithParts reads them only after "with" (see partsAfterWith).
var partsWords = setOf("engines", "parts", "components")

// partsAfterWith reports whether "with" stands a few words before the
// parts at k, in the same clause: "with Chinese-made engines", "with help
// from local specialists and Chinese-made engines".
func (s *sent) partsAfterWith(k int) int {
	toks := s.d.toks
	for j := k - 1; j > s.lo && k-j <= 10; j-- {
		switch {
		case toks[j].Norm == "with":
			return j
		case toks[j].Kind == Punct && !Joiner(toks, j):
			return -1
		}
	}
	return -1
}

// madeWithParts makes the claim of parts that arms are made "with": from
// the state whose demonym names the parts ("Chinese-made engines") or their
// source after them ("from Chinese suppliers", "supplied by Chinese firms")
// to the maker, the subject of the verb of making. Arms must stand between
// the verb and "with", so that "a factory built with Chinese parts" tells
// nothing.
func (s *sent) madeWithParts(k int, att attrib) {
	w := s.partsAfterWith(k)
	toks := s.d.toks
	if w < 0 || k-2 > w && toks[k-1].Norm == "and" && partsWords[toks[k-2].Norm] {
		return // (the second of "engines and parts" goes with the first)
	}
	mk := s.makerVerbBefore(w)
	if mk < 0 || !s.armsBetween(mk+1, w) {
		return
	}
	end := k + 1 // "engines and parts": one lot of parts
	if end+1 < s.hi && toks[end].Norm == "and" && partsWords[toks[end+1].Norm] {
		end += 2
	}
	lo, sup := k, ""
	for a := range s.actors {
		if m := &s.actors[a]; m.demonym && m.lo > w && m.hi <= k {
			lo, sup = m.lo, m.ref.Code // "with Chinese-made engines"
		}
	}
	if sup == "" {
		sup = s.partsSource(end)
	}
	rec := s.makerBefore(mk)
	if sup == "" || rec == "" || sup == rec {
		return
	}
	s.dropMadeAsGiven(mk, w, k)
	p := phrase{lo: lo, hi: end, head: k, cat: armsledger.Technology, unit: armsledger.UnitItem}
	t := trigger{i: mk, class: classGive, lemma: "make"}
	st := s.status(t, group{phrases: []phrase{p}, lo: p.lo, hi: p.hi})
	if st == armsledger.Committed {
		st = armsledger.Delivered // parts go into arms as the arms are made
	}
	d := draft{sup: []string{sup}, rec: []string{rec}, p: p, status: st, rule: "parts.with", sent: s.idx, trig: w, conf: 0.6}
	s.finishDraft(&d, att, mk, end)
}

// dropMadeAsGiven drops the sentence's claims of the arms made (between
// the verb of making at mk and "with" at w) that a verb after the parts at
// k gave: in "produces drones with engines supplied by Chinese firms" the
// engines are supplied, the drones are made.
func (s *sent) dropMadeAsGiven(mk, w, k int) {
	cs := s.d.claims
	for n := len(cs) - 1; n >= 0 && cs[n].sent == s.idx; n-- {
		if c := &cs[n]; c.p.lo > mk && c.p.hi <= w && c.trig > k {
			cs = append(cs[:n], cs[n+1:]...)
		}
	}
	s.d.claims = cs
}

// makerVerbBefore returns the verb of making or developing arms in the
// sixteen words before "with" at w ("had designed a loitering munition,
// its first, at a plant abroad with ..."), or -1.
func (s *sent) makerVerbBefore(w int) int {
	toks := s.d.toks
	for j := w - 1; j >= s.lo && w-j <= 16 && toks[j].Norm != ";"; j-- {
		if makingVerbForm(toks[j].Norm) || developingVerb(toks[j].Norm) {
			return j
		}
	}
	return -1
}

// partsSource returns the state that parts ending before j came from,
// told right after them: "from Chinese suppliers", "supplied by Chinese
// firms", "from China"; or "".
func (s *sent) partsSource(j int) string {
	toks := s.d.toks
	if j+1 < s.hi && (toks[j].Norm == "supplied" || toks[j].Norm == "made" || toks[j].Norm == "sold") && toks[j+1].Norm == "by" {
		j += 2
	} else if j < s.hi && toks[j].Norm == "from" {
		j++
	} else {
		return ""
	}
	a := s.actorAt(j)
	if a < 0 || s.actors[a].lo != j {
		return ""
	}
	m := &s.actors[a]
	if m.demonym && (m.hi >= s.hi || !supplierNoun(toks[m.hi].Norm)) {
		return "" // "from Chinese": only its firms or suppliers are a source
	}
	return m.ref.Code
}

// supplierNoun reports whether w, after a demonym, names those who sell
// parts: "Chinese suppliers", "Chinese firms".
func supplierNoun(w string) bool {
	switch w {
	case "suppliers", "supplier", "firms", "companies", "makers", "manufacturers", "vendors", "distributors", "sources":
		return true
	}
	return false
}

// armsBetween reports whether a materiel term stands in tokens lo..hi-1:
// what is made is arms ("the drones"), not a plant.
func (s *sent) armsBetween(lo, hi int) bool {
	for i := s.next(lo, fMateriel); i < hi; i = s.next(i+1, fMateriel) {
		if _, _, ok := lex.materiel.Match(s.d.toks, i, s.hi); ok {
			return true
		}
	}
	return false
}

// makerBefore returns the state of the maker of arms whose verb of making
// is at mk: the last actor before it that is no speaker, in no phrase of a
// preposition and no possessive ("a Russian drone maker had built"); or "".
func (s *sent) makerBefore(mk int) string {
	rec := ""
	for a := range s.actors {
		m := &s.actors[a]
		if m.hi > mk {
			break
		}
		if m.speaker || m.possessive || m.prep != "" || m.ref.Code == "" {
			continue
		}
		rec = m.ref.Code
	}
	return rec
}

// partsMadeVerb returns the verb of making whose object the parts at k
// are, a few words before them in the clause ("to manufacture some
// launcher and canister parts", "will make parts of the aircraft"), or -1.
func (s *sent) partsMadeVerb(k int) int {
	toks := s.d.toks
	for j := k - 1; j > s.lo && k-j <= 5; j-- {
		switch {
		case makingVerbForm(toks[j].Norm) && !pastParticiple(toks[j].Norm):
			return j // (not "US-made components", "parts made in China": who makes them is not told)
		case pastParticiple(toks[j].Norm):
			return -1
		case toks[j].Kind == Punct && !Joiner(toks, j), s.is(j, fVerb), toks[j].Norm == "with":
			return -1
		}
	}
	return -1
}

// partsMadeThere makes the claim of know-how that parts of arms made in
// another state tell: a firm that makes them in a state gives it the
// know-how ("Lockheed Martin committed to manufacture launcher parts in
// Saudi Arabia", "formed a joint venture with Lockheed Martin to assemble
// launcher parts in the kingdom"), as does the seller of arms whose parts
// a buyer's firms are to make ("the contract provides for Indonesian
// companies to build parts of the aircraft"). Parts made at home for no
// other state's arms tell nothing.
func (s *sent) partsMadeThere(k int, att attrib) {
	v := s.partsMadeVerb(k)
	if v < 0 || s.partsAfterWith(k) > v {
		return
	}
	toks := s.d.toks
	end := k + 1
	sup, rec, hi := "", "", end
	for j := end; j < s.hi && j-end <= 10; j++ {
		if toks[j].Kind == Punct && !Joiner(toks, j) || s.is(j, fVerb) {
			break
		}
		if toks[j].Norm == "in" || toks[j].Norm == "at" {
			if rec, hi = s.placeMadeIn(j); rec != "" {
				break
			}
		}
	}
	if rec != "" {
		// the maker: the clause's subject, or the partner it makes the
		// parts "with" when the subject is the state they are made in
		if a := s.partyBefore(v); a >= 0 && s.actors[a].ref.Code != rec {
			sup = s.actors[a].ref.Code
		} else if w := s.ppActor(s.lo, v, "with"); w >= 0 && s.actors[w].ref.Code != rec {
			sup = s.actors[w].ref.Code
		}
	} else if a := s.industryBefore(v); a >= 0 && end+1 < s.hi && (toks[end].Norm == "of" || toks[end].Norm == "for") {
		rec = s.actors[a].ref.Code // "Indonesian companies to build parts of the aircraft"
		if sup = s.sellerHere(rec, v); sup == "" {
			sup = s.d.sellerTo(rec, s.idx)
		}
		hi = end
	}
	if sup == "" || rec == "" || sup == rec || s.d.hasTechnology(s.idx, sup, rec) {
		return
	}
	p := phrase{lo: v, hi: hi, head: k, cat: armsledger.Technology, unit: armsledger.UnitItem}
	t := trigger{i: v, class: classGive, lemma: "produce"}
	st := s.knowHowStatus(&t, p)
	if st == armsledger.Delivered && v-1 > s.lo && s.d.toks[v-1].Norm == "to" {
		st = armsledger.Committed // "formed a joint venture with Lockheed Martin to assemble launcher parts": the making is agreed, not done
	}
	for n := range s.trigs {
		if u := &s.trigs[n]; u.i < v && v-u.i <= 8 && u.class == classRequest {
			st = armsledger.Requested // "is negotiating with the United States to co-produce engines in India"
		}
	}
	d := draft{sup: []string{sup}, rec: []string{rec}, p: p, status: st, rule: "parts.made.there", sent: s.idx, trig: v, conf: 0.6}
	s.finishDraft(&d, att, v, hi)
}

// industryBefore returns the demonym that names the firms, factories or
// industry making goods at verb v ("Indonesian companies to build",
// "Turkish industry will make", "under which Egyptian factories make"),
// or -1.
func (s *sent) industryBefore(v int) int {
	toks := s.d.toks
	for a := range s.actors {
		m := &s.actors[a]
		if !m.demonym || m.hi >= v || v-m.hi > 3 || !industryNoun(toks[m.hi].Norm) {
			continue
		}
		return a
	}
	return -1
}

// industryNoun reports whether w, after a demonym, names those that make
// goods in its state.
func industryNoun(w string) bool {
	switch w {
	case "companies", "firms", "industry", "factories", "plants", "shipyards", "manufacturers", "makers":
		return true
	}
	return false
}
