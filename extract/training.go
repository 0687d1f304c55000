package extract

import (
	"slices"

	"armsledger"
)

// Training one state gives another's forces is know-how it hands over
// (FORMAT.md: technology): "Turkey has trained 5,000 Libyan soldiers",
// "Kenyan pilots were trained at British air bases". The verb "train" is no
// verb of verbs.tsv, since what it takes is the people trained, who are its
// recipient's, not goods sent; its noun, "provided training for Kenyan
// pilots", is a term of materiel.tsv that the frames read.

// trainForm reports whether w is a form of the verb "train".
func trainForm(w string) bool {
	switch w {
	case "train", "trains", "trained", "training":
		return true
	}
	return false
}

// trainAt returns the first token of "train" in the sentence that takes
// a state's people, as its object or its passive subject, or -1. It reads
// only the actors: the rule (trained) needs the sentence's quantities,
// read after it.
func (s *sent) trainAt() int {
	if !s.has(fKnowHow) || len(s.actors) < 1 {
		return -1
	}
	return s.trainAtRest()
}

// trainAtRest is trainAt past its first test (see gates in words.go): the
// sentence names an actor and holds a word of fKnowHow.
func (s *sent) trainAtRest() int {
	for _, k := range s.knowHows() {
		if !trainForm(s.d.toks[k].Norm) {
			continue
		}
		if s.traineesAfter(k) >= 0 || s.passiveTrained(k) >= 0 {
			return k
		}
	}
	return -1
}

// traineesAfter returns the actor whose people the verb "train" at k
// takes as its object, or -1: "trained more than 5,000 Libyan soldiers",
// "train and equip Niger's army", "are training Colombian pilots".
func (s *sent) traineesAfter(k int) int {
	toks := s.d.toks
	ofTrainees := toks[k].Norm == "training" && k+1 < s.hi && toks[k+1].Norm == "of" // "Training of JMSDF personnel is being provided by the U.S. Navy"
	if toks[k].Norm == "training" && !s.progressive(k) && !ofTrainees {
		return -1 // "G7 leaders backed training Ukrainian pilots": a plan backed
	}
	j := k + 1
	if ofTrainees {
		j++
	}
	if j+1 < s.hi && toks[j].Norm == "and" && (toks[j+1].Norm == "equip" || toks[j+1].Norm == "arm") {
		j += 2 // "train and equip"
	}
	for j < s.hi && j-k <= 6 && (toks[j].Kind == Number || s.inQtyWord(j) || quantityWord(toks[j].Norm)) {
		j++ // the count of the people: "more than 5,000"
	}
	a := s.actorAt(j)
	if a < 0 {
		return -1
	}
	m := &s.actors[a]
	if m.prep != "" && m.prep != "of" || !(m.demonym || m.possessive || m.ref.kind == kindInstitution || m.ref.Kind == "group") { // ("of": "thousands of Libyan soldiers"; "RSF units")
		return -1
	}
	if s.traineesEnd(m.hi) < 0 {
		return -1
	}
	return a
}

// quantityWord reports whether w may sit in a count before the people
// trained, where the quantities are not read yet: "more than", "some",
// "about".
func quantityWord(w string) bool {
	switch w {
	case "more", "than", "over", "some", "about", "around", "nearly", "almost", "roughly", "at", "least", "up", "to", "thousands", "hundreds", "dozens", "of":
		return true
	}
	return false
}

// traineesEnd returns the end of the people trained that start at i, after
// at most two modifiers ("Sri Lankan helicopter crews", "Niger's army",
// "Tunisia's coast guard"), or -1.
func (s *sent) traineesEnd(i int) int {
	end := s.peopleEnd(i)
	if end > 0 && end+1 < s.hi && s.d.toks[end].Norm == "and" {
		if e := s.peopleEnd(end + 1); e > 0 {
			return e // "Ukrainian pilots and mechanics"
		}
	}
	return end
}

// peopleEnd returns the end of the people, a force or its members, that
// start at i after at most two modifiers, or -1.
func (s *sent) peopleEnd(i int) int {
	toks := s.d.toks
	for j := i; j < s.hi && j-i <= 2; j++ {
		if end, ref, ok := lex.materiel.Match(toks, j, s.hi); ok && ref.Cat == armsledger.Personnel {
			return end
		}
		switch toks[j].Norm {
		case "army", "armies", "navy", "navies", "units", "forces", "militia", "militias", "fighters", "recruits", "cadets",
			"sailors", "mechanics", "operators", "guard", "guards":
			return j + 1
		case "air", "coast", "special", "armed":
			if j+1 < s.hi && (toks[j+1].Norm == "force" || toks[j+1].Norm == "forces" || toks[j+1].Norm == "guard") {
				return j + 2
			}
		}
		if toks[j].Kind != Word || s.is(j, fVerb) || s.is(j, fDeterminer) {
			return -1
		}
	}
	return -1
}

// passiveTrained returns the actor whose people are the subject of the
// passive "trained" at k, or -1: "Kenyan pilots were trained at British
// air bases", "dozens of Syrian officers had been trained in Russia". So
// the verb with no object, where they trained: "Chilean pilots have been
// training in Brazil", "Thai crews trained in Sweden".
func (s *sent) passiveTrained(k int) int {
	toks := s.d.toks
	passive := toks[k].Norm == "trained" && s.beBefore(k)
	where := s.trainedWhere(k)
	// So the present and the base form: "Chilean crews train in Brazil",
	// "will train in Italy", "continue to train in the United States".
	base := toks[k].Norm == "train" || toks[k].Norm == "trains"
	intransitive := where && (toks[k].Norm == "trained" || toks[k].Norm == "training" && s.progressive(k) || base)
	if !passive && !intransitive {
		return -1
	}
	return s.subjectPeople(k, func(m *actorMention) bool {
		// ("..., and Ukrainian pilots continue to train in Britain": the
		// subject of a clause joined by "and")
		clause := m.prep == "and" && m.lo-2 > s.lo && s.d.toks[m.lo-2].Norm == ","
		return (m.prep == "" || m.prep == "of" || clause) && (m.demonym || m.possessive)
	})
}

// trainedWhere reports whether "in" or "at" follows the verb "train" at
// k, right after it or after what the people trained on: "Thai crews
// trained in Sweden", "Filipino marines trained on the missiles in India".
func (s *sent) trainedWhere(k int) bool {
	toks := s.d.toks
	j := k + 1
	if j < s.hi && toks[j].Norm == "on" {
		for j++; j < s.hi && j-k <= 6 && (toks[j].Kind != Punct || toks[j].Norm == "-") && !s.is(j, fVerb) && toks[j].Norm != "in" && toks[j].Norm != "at"; j++ {
		}
	}
	return j < s.hi && (toks[j].Norm == "in" || toks[j].Norm == "at")
}

// subjectPeople returns the state whose people are the subject of the
// verb at k, named just before them ("Kenyan pilots were trained",
// "Indian instructors have trained"), when the mention passes ok; or -1.
func (s *sent) subjectPeople(k int, ok func(m *actorMention) bool) int {
	toks := s.d.toks
	j := k - 1
	if j-1 > s.lo && toks[j].Norm == "to" && keepVerb(toks[j-1].Norm) {
		j -= 2 // "continue to train"
	} else if j > s.lo && toks[k].Norm == "training" && (keepVerb(toks[j].Norm) || toks[j].Norm == "begun") {
		j-- // "had already begun training"
	}
	for j > s.lo && (s.is(j, fBe) || s.is(j, fAdverb) || isAux(toks[j].Norm) || s.is(j, fModal)) {
		j--
	}
	// j is the last word of the subject: the people, after their state.
	for a := len(s.actors) - 1; a >= 0; a-- {
		if m := &s.actors[a]; m.hi <= j {
			if ok(m) && s.traineesEnd(m.hi) == j+1 {
				return a
			}
			return -1
		}
	}
	return -1
}

// trainer returns the actor the passive "trained" at k names as whose
// the training is: "by Russia", "in Russia", "at British air bases", or
// -1.
func (s *sent) trainer(k int) int {
	if a := s.ppActor(k, min(s.hi, k+8), "by", "in"); a >= 0 {
		return a // (a place counts as its state: "in Russia's far east")
	}
	toks := s.d.toks
	for j := k + 1; j < s.hi && j-k <= 3; j++ {
		if toks[j].Norm != "at" {
			continue
		}
		if a := s.actorAt(j + 1); a >= 0 && s.actors[a].demonym {
			return a // "at British air bases"
		}
	}
	return -1
}

// trained makes the claims of training that the verb "train" tells in
// the sentence (see trainAt).
func (s *sent) trained(att attrib) {
	for _, k := range s.knowHows() {
		if !trainForm(s.d.toks[k].Norm) {
			continue
		}
		t := trigger{i: k, class: classGive, lemma: "train"}
		var p phrase
		var r roleResult
		if a := s.traineesAfter(k); a >= 0 {
			m := &s.actors[a]
			p = phrase{lo: m.lo, hi: s.traineesEnd(m.hi), cat: armsledger.Technology, unit: armsledger.UnitItem}
			p.head = p.hi - 1
			if q := s.quantityBefore(m.lo, k); q != nil {
				p.qty, p.unit = q, armsledger.UnitPerson
			}
			g := group{phrases: []phrase{p}, lo: p.start(), hi: p.hi}
			r = s.roles(t, g)
			r.rec = []string{m.ref.Code}
		} else if a := s.passiveTrained(k); a >= 0 {
			m := &s.actors[a]
			p = phrase{lo: m.lo, hi: s.traineesEnd(m.hi), cat: armsledger.Technology, unit: armsledger.UnitItem}
			p.head = p.hi - 1
			if q := s.quantityBefore(m.lo, m.lo-6); q != nil {
				p.qty, p.unit = q, armsledger.UnitPerson
			}
			by := s.trainer(k)
			if by < 0 {
				continue
			}
			t.passive = true
			r = roleResult{rec: []string{m.ref.Code}, lo: p.start(), hi: s.actors[by].hi, rule: "give.passive", conf: 0.7}
			r.sup = r.take(s, by) // "in Denmark and the United States": each trains them
		} else {
			continue
		}
		givenAt := -1 // the passive verb that gives the training, which tells its status
		if len(r.sup) == 0 && s.d.toks[k].Norm == "training" {
			if a, v := s.trainingGivenBy(p.hi); a >= 0 && !s.trainingClaimed(s.actors[a].ref.Code, r.rec[0]) {
				r.sup, r.hi = []string{s.actors[a].ref.Code}, max(r.hi, s.actors[a].hi) // "Training of Polish crews on the Patriot is being provided by Germany"
				givenAt = v
			}
		}
		if len(r.sup) == 0 {
			if a := s.peopleSubject(k); a >= 0 {
				r.sup, r.lo = []string{s.actors[a].ref.Code}, min(r.lo, s.actors[a].lo) // "Indian instructors have trained ..."
			}
		}
		r.sup = slices.DeleteFunc(slices.Clone(r.sup), func(c string) bool { return c == r.rec[0] })
		if len(r.sup) == 0 && !t.passive {
			// Trainers named as the body or the people of a state: "The
			// EU's mission, EUMAM Ukraine, has trained Ukrainian soldiers"
			// (the name in apposition no trainer), "The instructors will
			// train Nigerien soldiers".
			if a := s.bodySubject(k); a >= 0 && s.actors[a].ref.Code != r.rec[0] {
				r.sup, r.lo = []string{s.actors[a].ref.Code}, min(r.lo, s.actors[a].lo)
			} else if sup, lo := s.trainersSent(k, r.rec[0]); sup != "" {
				r.sup, r.lo = []string{sup}, min(r.lo, lo)
			}
		}
		if len(r.sup) == 0 {
			continue // "Kenyan pilots were trained at home", "Russia trained its own crews"
		}
		if s.sentToTrain(k, r.sup, r.rec) {
			continue // "advisers were sent to Damascus to help train Syria's army": why the people went, told by their claim
		}
		if s.trainersSentOut(t, r.sup) && !s.trainedAtHome(p.hi, r.sup) {
			// "Turkish officers have trained thousands of Somali soldiers":
			// the officers are the people one state keeps with the other's
			// forces, and the count is of those they trained.
			p.cat, p.qty, p.unit = armsledger.Personnel, nil, armsledger.UnitPerson
		}
		g := group{phrases: []phrase{p}, lo: p.start(), hi: p.hi}
		st := s.status(t, g)
		if givenAt >= 0 {
			st = s.status(trigger{i: givenAt, class: classGive, lemma: "give", passive: true}, g) // "will be provided by": still to come
		}
		if r.status != "" {
			st = r.status
		}
		if n := len(s.d.claims); n > 0 && k > s.lo && s.d.toks[k-1].Norm == "and" && s.d.claims[n-1].sent == s.idx && s.d.claims[n-1].trig < k {
			st = s.d.claims[n-1].status // "will transfer technology ... and train Thai engineers": one verb chain
		}
		rule := "train.active"
		if t.passive || givenAt >= 0 {
			rule = "train.passive"
		}
		d := draft{sup: r.sup, rec: r.rec, p: p, status: st, rule: rule, sent: s.idx, trig: k, conf: r.conf - 0.1}
		s.finishDraft(&d, att, min(r.lo, k, p.start()), max(r.hi, p.hi, k+1))
	}
}

// trainersSentOut reports whether the subject of the active "train" of t
// is the people of the one state that gives the training, named by its
// demonym: "Canadian instructors had trained", "French instructors are
// training". The people are the ones sent; "Turkey has trained" names
// only the state.
func (s *sent) trainersSentOut(t trigger, sup []string) bool {
	if t.passive || len(sup) != 1 {
		return false
	}
	a := s.peopleSubject(t.i)
	return a >= 0 && s.actors[a].ref.Code == sup[0]
}

// trainedAtHome reports whether a place named in the few words after the
// trainees, which end at i, is the trainers' own state: "British
// instructors have trained 56,000 Ukrainian recruits on UK soil" tell of
// know-how given at home, not of people sent.
func (s *sent) trainedAtHome(i int, sup []string) bool {
	for a := range s.actors {
		if m := &s.actors[a]; within(m.lo, i, min(s.hi, i+6)) && slices.Contains(sup, m.ref.Code) {
			return true
		}
	}
	return false
}

// sentToTrain reports whether "train" at k is the purpose of people the
// sentence sends from sup to rec: "to train" or "to help train" after a
// claim of personnel between them. The people sent are the claim; the
// training they went for is not another.
func (s *sent) sentToTrain(k int, sup, rec []string) bool {
	toks := s.d.toks
	j := k - 1
	if j > s.lo && toks[j].Norm == "help" {
		j--
	}
	if j <= s.lo || toks[j].Norm != "to" {
		return false
	}
	for n := len(s.d.claims) - 1; n >= 0 && s.d.claims[n].sent == s.idx; n-- {
		if c := &s.d.claims[n]; c.p.cat == armsledger.Personnel && c.trig < k && overlaps(c.sup, sup) && sameSet(c.rec, rec) {
			return true
		}
	}
	return false
}

// trainingClaimed reports whether a claim of the sentence already gives
// know-how from sup to rec: the frames read "Training of Polish pilots in
// Arizona was provided by the United States" as the noun's passive.
func (s *sent) trainingClaimed(sup, rec string) bool {
	for n := len(s.d.claims) - 1; n >= 0 && s.d.claims[n].sent == s.idx; n-- {
		if c := &s.d.claims[n]; c.p.cat == armsledger.Technology && slices.Contains(c.sup, sup) && slices.Contains(c.rec, rec) {
			return true
		}
	}
	return false
}

// trainingGivenBy returns the agent of the passive whose subject is
// "Training of" the people that end at i, past a phrase on the training
// ("on the system", "in Arizona"), and the passive's verb: "Training of
// Polish crews on the Patriot is being provided by Germany". Or -1, -1.
// A passive right after the people the frames read already, as the noun
// of know-how's ("Training of Polish personnel is provided by").
func (s *sent) trainingGivenBy(i int) (int, int) {
	toks := s.d.toks
	j := i
	for j < s.hi && j-i <= 6 && !s.is(j, fBe) {
		if toks[j].Kind == Punct || s.is(j, fVerb) {
			return -1, -1 // the subject has ended with no "be": no passive of the training
		}
		j++
	}
	if j == i || j >= s.hi || !s.is(j, fBe) {
		return -1, -1
	}
	for j < s.hi && (s.is(j, fBe|fAdverb) || toks[j].Norm == "being") {
		j++
	}
	if j+1 >= s.hi || !s.participle(j) || toks[j+1].Norm != "by" {
		return -1, -1
	}
	return s.ppActor(j+1, min(s.hi, j+5), "by"), j
}

// quantityBefore returns the sentence's count of people that ends at i
// (or at "of" before it) and starts after lo, if any: "trained more than
// 5,000 Libyan soldiers", "dozens of Syrian officers".
func (s *sent) quantityBefore(i, lo int) *QuantityMatch {
	if i > s.lo && s.d.toks[i-1].Norm == "of" {
		i--
	}
	if q := s.quantityEndingAt(i); q != nil && q.Lo > lo && q.Currency == "" {
		return q
	}
	return nil
}

// peopleSubject returns the state whose people are the subject of the verb
// at k, named by its demonym ("Indian instructors have trained"), or -1.
func (s *sent) peopleSubject(k int) int {
	return s.subjectPeople(k, func(m *actorMention) bool {
		clause := m.prep == "and" && m.lo-2 > s.lo && s.d.toks[m.lo-2].Norm == "," // "..., and Israeli instructors have trained"
		return (m.prep == "" || clause) && m.demonym
	})
}

// progressive reports whether the gerund at k is a verb of its own: "is
// training", "has been training", "began training", not the object of
// another verb ("backed training Ukrainian pilots").
func (s *sent) progressive(k int) bool {
	j := k - 1
	for j > s.lo && s.is(j, fAdverb) && !s.is(j, fBe) { // ("been" is both: "has been training")
		j--
	}
	if j < s.lo {
		return false
	}
	if s.is(j, fBe) {
		return true
	}
	switch s.d.toks[j].Norm {
	case "begin", "began", "begun", "start", "started", "continue", "continues", "continued", "keep", "kept":
		return true
	}
	return false
}

// trainees reports whether the people at i are those a verb of training
// before them takes ("train Thai engineers"): the training is what is
// given (see trained), not they.
func (s *sent) trainees(i int) bool {
	if !s.has(fKnowHow) {
		return false
	}
	for j := i - 1; j >= s.lo && i-j <= 8; j-- {
		if !trainForm(s.d.toks[j].Norm) {
			continue
		}
		a := s.traineesAfter(j)
		return a >= 0 && s.actors[a].hi <= i && s.traineesEnd(s.actors[a].hi) > i
	}
	return false
}

// trainersSent returns, when the subject of "train" at k is trainers told
// of before ("The instructors will train Nigerien soldiers"), the one
// state that the latest claim of people sent to rec, in this sentence or
// the three before, came from, and the first token of the subject; else
// "". They are the people that state sent.
func (s *sent) trainersSent(k int, rec string) (string, int) {
	toks := s.d.toks
	j := k - 1
	for j > s.lo && (s.is(j, fBe) || s.is(j, fAdverb) || isAux(toks[j].Norm)) {
		j--
	}
	if j-1 < s.lo || toks[j-1].Norm != "the" && toks[j-1].Norm != "these" && toks[j-1].Norm != "those" {
		return "", -1
	}
	switch toks[j].Norm {
	case "instructors", "trainers", "advisers", "advisors", "specialists", "officers":
	default:
		return "", -1
	}
	for n := len(s.d.claims) - 1; n >= 0; n-- {
		c := &s.d.claims[n]
		if s.idx-c.sent > 3 {
			break
		}
		if c.p.cat == armsledger.Personnel && len(c.sup) == 1 && len(c.rec) == 1 && c.rec[0] == rec && c.sup[0] != rec {
			return c.sup[0], j - 1
		}
	}
	return "", -1
}

// bodySubject returns the state whose force or mission is the subject of
// the verb at k, named by its possessive ("The EU's training mission has
// trained", "Britain's army, which runs the course, trains"), or -1: the
// body trains for its state.
func (s *sent) bodySubject(k int) int {
	toks := s.d.toks
	j := k - 1
	for j > s.lo && (s.is(j, fBe) || s.is(j, fAdverb) || isAux(toks[j].Norm)) {
		j--
	}
	if j <= s.lo {
		return -1 // "Training of JMSDF personnel": no subject before the verb
	}
	if toks[j].Norm == "," {
		if c := s.asideBefore(j + 1); c < j+1 {
			j = c - 1 // "The EU's mission, EUMAM Ukraine, has trained": past the name in apposition
		}
	}
	switch toks[j].Norm {
	case "mission", "missions", "army", "navy", "military", "forces", "force", "guard", "academy", "instructors", "trainers", "troops", "specialists":
	default:
		return -1
	}
	for i := j - 1; i >= s.lo && j-i <= 4; i-- {
		if a := s.actorAt(i); a >= 0 {
			if m := &s.actors[a]; (m.possessive || m.demonym) && m.prep == "" && !m.speaker {
				return a
			}
			return -1
		}
		if toks[i].Kind != Word || toks[i].Cap && i > s.lo {
			return -1
		}
	}
	return -1
}

// keepVerb reports whether w is a verb of going on or beginning that takes
// "to" and a verb: "continue to train", "began to train".
func keepVerb(w string) bool {
	switch w {
	case "continue", "continues", "continued", "began", "begin", "begins", "started", "start", "starts":
		return true
	}
	return false
}
