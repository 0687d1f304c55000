package extract

import (
	"strings"

	"armsledger"
)

// status decides whether a frame reports a delivery, a promise, a request,
// an expectation, a capacity or a denial, from the trigger word and the verbs,
// modals and negations that govern it ("has committed to delivering", "is
// expected to send", "denied sending", "capable of carrying").
func (s *sent) status(t trigger, g group) armsledger.Status {
	st := baseStatus(t, s.perfectBefore(t.i))
	toks := s.d.toks
	if t.class == classHold || s.capacityCue(t.i) || s.capacityCue(g.lo) {
		return armsledger.Capacity
	}
	head := t
	if t.noun {
		head = s.governor(t)
	}
	expected, committed, requested, denied := false, false, false, false
	// Walk left over the verb chain: auxiliaries, modals, adverbs, "to" and
	// the verbs that take an infinitive ("has agreed to send").
	for j := head.i - 1; j >= s.lo && head.i-j <= 8; j-- {
		w := toks[j].Norm
		if cend, c, ok := s.cueOf(j); ok && cend <= head.i {
			switch c {
			case cueExpected:
				expected = true
			case cueNegation:
				denied = true
			}
			continue
		}
		if v, ok := s.verbAt(j); ok && !s.nounUse(j) {
			switch v.Class {
			case classCommit:
				committed = true
			case classRequest:
				requested = true
			case classDeny:
				denied = true
			case classPlan:
				expected = true
			case classSpeech:
				j = s.lo // a speech verb ends the chain
			}
			continue
		}
		if s.is(j, fChain|fAdverb|fBe) || isAux(w) {
			continue
		}
		if a := s.actorAt(j); a >= 0 || s.is(j, fSubjectPronoun) {
			start := j // the subject's first word: "the" of "the North"
			if a >= 0 {
				start = s.actors[a].lo
			}
			// The subject ends the chain, but a promise may govern its
			// clause: "announced that they will give".
			if expected && !committed {
				committed = s.commitBefore(start)
			}
			// "Serbia has denied reports that it sold ammunition".
			denied = denied || s.denialBefore(start)
		}
		if j+1 < head.i && toks[j+1].Norm == "to" {
			// An infinitive with its own subject takes the status of what
			// governs it: "called on Western countries to give", "the goal
			// is for Germany to provide", "agreements with Iran to supply".
			switch s.infinitiveGovernor(j) {
			case classRequest:
				requested = true
			case classCommit:
				committed = true
			case classPlan:
				expected = true
			case classDeny:
				denied = true
			}
		}
		break
	}
	denied = denied || s.negatedClause(head.i)
	if t.noun && t.i+1 < s.hi {
		// "deliveries should reach 1.2 million", "the transfer will include"
		if _, c, ok := s.cueOf(t.i + 1); ok && c == cueExpected {
			expected = true
		}
	}
	if t.noun && head.i != t.i {
		switch head.class {
		case classCommit:
			committed = true
		case classRequest:
			requested = true
		case classDeny:
			denied = true
		case classPlan:
			expected = true
		}
	}
	if st == armsledger.Delivered && !t.noun && donation[t.lemma] && strings.HasSuffix(toks[t.i].Norm, "ing") && t.i > s.lo &&
		(toks[t.i-1].Norm == "is" || toks[t.i-1].Norm == "are") {
		committed = true // "the UK is donating Storm Shadow missiles": an announced gift
	}
	switch {
	case denied:
		return armsledger.Denied
	case st == armsledger.Requested || st == armsledger.Denied:
		return st // "he may seek": the request is what is said
	case requested:
		return armsledger.Requested
	case committed && st != armsledger.Requested:
		return armsledger.Committed
	case expected:
		return armsledger.Expected
	}
	return st
}

// infinitiveGovernor finds the verb or noun of request, promise, plan or
// refusal that governs an infinitive whose subject ends at token j.
func (s *sent) infinitiveGovernor(j int) verbClass {
	toks := s.d.toks
	for k := j; k >= s.lo && j-k <= 7; k-- {
		w := toks[k].Norm
		if w == "." || w == ";" || w == ":" {
			break
		}
		if v, ok := s.verbAt(k); ok {
			switch v.Class {
			case classRequest, classCommit, classPlan, classDeny:
				return v.Class
			case classSpeech:
				return noVerb
			}
		}
		if c, ok := s.nounAt(k); ok && (c == classCommit || c == classRequest) {
			return c
		}
		if planNouns[w] {
			return classPlan
		}
	}
	return noVerb
}

// planNouns name an intention: "the goal is for X to provide".
var planNouns = setOf("goal", "aim", "plan", "plans", "intention", "target", "objective", "bid", "hope")

// negatedClause reports whether a negation stands between the verb at i and
// its subject: "China has not been recorded as transferring", "Seoul has
// never supplied".
func (s *sent) negatedClause(i int) bool {
	toks := s.d.toks
	for j := i - 1; j >= s.lo && i-j <= 10; j-- {
		w := toks[j].Norm
		if w == "," || w == ";" || w == "but" || s.is(j, fSubjectPronoun) || s.actorAt(j) >= 0 && !s.actors[s.actorAt(j)].speaker {
			return false
		}
		if _, c, ok := s.cueOf(j); ok && c == cueNegation && !(j+1 < s.hi && (toks[j+1].Norm == "only" || toks[j+1].Norm == "before")) {
			return true
		}
	}
	return false
}

// donation verbs in the present progressive announce a gift.
var donation = setOf("donate", "gift", "give")

// chainWords may sit inside a verb chain: "is set to", "is due to", "has
// been", "are going to".
var chainWords = setOf("to", "set", "due", "going", "able", "likely", "expected", "about", "ready",
	"willing", "and", "or", "then", "have", "has", "had", "having", "do", "does", "did", "out",
	"off", "over", "up", "back")

// bindingOnly purchase verbs bind a deal without saying the goods came:
// "has ordered", "has secured".
var bindingOnly = setOf("order", "secure")

func baseStatus(t trigger, perfect bool) armsledger.Status {
	switch t.class {
	case classSell, classBuy:
		if perfect && !t.noun && !bindingOnly[t.lemma] {
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
		return armsledger.Capacity
	}
	return armsledger.Delivered // give, receive, move, arrive; content takes its own
}

// perfectBefore reports whether "has", "have", "had" or "having" comes just
// before token i: "having bought" is a done purchase.
func (s *sent) perfectBefore(i int) bool {
	for j := i - 1; j >= s.lo && i-j <= 3; j-- {
		switch s.d.toks[j].Norm {
		case "has", "have", "had", "having":
			return true
		case "already", "also", "now", "recently", "just":
			continue
		}
		return false
	}
	return false
}

// denialBefore reports whether a verb of denial governs the clause that
// starts at token j: "denied reports that", "rejected claims that", "denies
// it is".
func (s *sent) denialBefore(j int) bool {
	toks := s.d.toks
	for k := j - 1; k >= s.lo && j-k <= 5; k-- {
		switch toks[k].Norm {
		case "that", "the", "reports", "claims", "allegations", "accusations", "suggestions":
			continue
		}
		// Right after the verb, only a pronoun opens a clause ("denies it
		// is providing"); a name is its object ("denied Ukraine jets").
		v, ok := s.verbAt(k)
		return ok && v.Class == classDeny && (k < j-1 || s.is(j, fSubjectPronoun))
	}
	return false
}

// commitBefore reports whether a verb of promise governs the clause that
// starts after token j ("announced on Sunday that").
func (s *sent) commitBefore(j int) bool {
	for k := j - 1; k >= s.lo && j-k <= 8; k-- {
		if v, ok := s.verbAt(k); ok {
			return v.Class == classCommit
		}
	}
	return false
}

// cueMemo is the status cue, if any, that starts at one token, once read.
type cueMemo struct {
	end   int32
	c     cue
	ok    bool
	known bool
}

// cueOf is cueAt remembered for the sentence: status, scope and delay each
// ask about the same few tokens once per phrase or trigger.
func (s *sent) cueOf(j int) (end int, c cue, ok bool) {
	if j < s.lo || j >= s.hi || !s.is(j, fCue) {
		return s.cueAt(j) // outside the sentence, or no cue: one bit test
	}
	if s.cues == nil {
		n := s.hi - s.lo
		if cap(s.d.cueBuf) < n {
			s.d.cueBuf = make([]cueMemo, max(n, 64))
		}
		s.cues = s.d.cueBuf[:n]
		clear(s.cues)
	}
	m := &s.cues[j-s.lo]
	if !m.known {
		end, c, ok := s.cueAt(j)
		*m = cueMemo{int32(end), c, ok, true}
	}
	return int(m.end), m.c, m.ok
}
