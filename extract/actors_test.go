package extract

import "testing"

// TestOutletsAreActorEntries checks what lets tagActors find the outlets
// (see noteOutlet): wherever an outlet matches, the actor trie matches at
// least as far, so that its scan tries every outlet a scan of its own would.
func TestOutletsAreActorEntries(t *testing.T) {
	for _, r := range mustTSV("outlets.tsv", 1) {
		toks := Tokenize(r[0])
		oend, _, ook := lex.outlets.Match(toks, 0, len(toks))
		aend, _, aok := lex.actors.Match(toks, 0, len(toks))
		if !ook || !aok || aend < oend {
			t.Errorf("%q: outlet match to %d (%v), actor match to %d (%v)", r[0], oend, ook, aend, aok)
		}
		if w := toks[0].word; lex.flags[w]&fOutlet == 0 || lex.flags[w]&fActor == 0 {
			t.Errorf("%q: first word flags %b", r[0], lex.flags[w])
		}
	}
}

// TestGroupRepeats checks that group answers the same for every mention of
// a coordinated group, however often it is asked.
func TestGroupRepeats(t *testing.T) {
	text := "The US, Britain and France sent tanks to Ukraine and Poland, Iran said."
	d := newDoc(text, Options{})
	defer docs.Put(d)
	sents := Sentences(text, d.toks)
	s := d.newSent(sents[0], 0)
	s.tagActors()
	want := [][]string{{"US", "GB", "FR"}, {"US", "GB", "FR"}, {"US", "GB", "FR"}, {"UA", "PL"}, {"UA", "PL"}, {"IR"}}
	if len(s.actors) != len(want) {
		t.Fatalf("%d actors, want %d", len(s.actors), len(want))
	}
	for round := 0; round < 2; round++ {
		for a := range s.actors {
			codes, lo, hi := s.group(a)
			if len(codes) != len(want[a]) {
				t.Fatalf("round %d, actor %d: %v, want %v", round, a, codes, want[a])
			}
			for k := range codes {
				if codes[k] != want[a][k] {
					t.Fatalf("round %d, actor %d: %v, want %v", round, a, codes, want[a])
				}
			}
			if a < 3 && (lo != s.actors[0].lo || hi != s.actors[2].hi) {
				t.Errorf("round %d, actor %d: span %d-%d", round, a, lo, hi)
			}
		}
	}
}

// TestNewCodesApart checks that the lists newCodes cuts from one block stay
// apart: filling one, or appending past its room, leaves the others as
// they were, across blocks too.
func TestNewCodesApart(t *testing.T) {
	var b tagBuffers
	var lists [][]string
	for k := 0; k < 300; k++ { // more than a block holds
		n := 1 + k%3
		l := b.newCodes(n)
		if len(l) != 0 || cap(l) != n {
			t.Fatalf("list %d: len %d cap %d, want 0 and %d", k, len(l), cap(l), n)
		}
		for i := 0; i < n; i++ {
			l = append(l, string(rune('A'+k%26)))
		}
		_ = append(l, "past its room") // must copy, not write into the next list
		lists = append(lists, l)
	}
	for k, l := range lists {
		for _, c := range l {
			if c != string(rune('A'+k%26)) {
				t.Fatalf("list %d: %v", k, l)
			}
		}
	}
}

// TestWordSets checks that every word of a wordSet, in the text, carries
// the set: it is one token, numbered in the vocabulary.
func TestWordSets(t *testing.T) {
	for _, s := range setWords {
		for _, w := range s.words {
			toks := Tokenize("x " + w + " x")
			if len(toks) != 3 || toks[1].Norm != w || lex.sets[toks[1].word]&s.set == 0 {
				t.Errorf("%q is not read as a word of set %b", w, s.set)
			}
		}
	}
}

// TestFlagShortcuts checks what lets prepBefore pass over a word with a
// bit test: every word its cases name has the flag it tests.
func TestFlagShortcuts(t *testing.T) {
	for _, c := range []struct {
		words []string
		flag  wordFlag
	}{
		{[]string{"the", "its", "their", "a", "an"}, fDeterminer},
		{[]string{"of", "near"}, fRolePrep},
		{[]string{"delayed", "postponed", "stalled", "held"}, fCue}, // delayedAfter
		{[]string{"hold"}, fVerb},                                   // putOnHold
		{[]string{"hold"}, fRare},                                   // putOnHold
		{[]string{"use"}, fUse},                                     // usedGoods
		{[]string{"based", "built", "modelled", "modeled", "derived", "developed", "adapted", "chassis", "basis", "hull", "platform"}, fModelled}, // modelOf
		{[]string{"selected", "chose", "picked", "opted"}, fChoose},                                                                               // passedOver
		{[]string{"which"}, fWhich},                                                  // allOfWhich
		{[]string{"citing"}, fGated},                                                 // markCitedReason
		{[]string{"angered", "upset", "infuriated", "antagonized"}, fGated},          // markProvoked
		{[]string{"rest", "remainder", "remaining", "other"}, fGated},                // theRest
		{[]string{"expected"}, fGated},                                               // restExpected
		{[]string{"funded", "financed", "supplier", "imports"}, fGated},              // financedBy, bareSupplier, bareImports
		{[]string{"against"}, fGated},                                                // decidedAgainstAfter
		{[]string{"competing", "vying", "bidding", "running", "contention"}, fGated}, // modelsInTheRunning (runningAt)
		{[]string{"alliance", "bloc", "member"}, fGated},                             // blocAnaphora
		{[]string{"equipment", "hardware", "parts"}, fGated},                         // statesEquipment, partsForProgramme, equipmentAgain
	} {
		for _, w := range c.words {
			if toks := Tokenize(w); lex.flags[toks[0].word]&c.flag == 0 {
				t.Errorf("%q lacks flag %b", w, c.flag)
			}
		}
	}
}

// TestPatronGroups checks that "Iran-backed militias" are tagged as
// armed groups of the state they are based in, after "in" or else the
// dateline's, and noted as the groups "those groups" refers to; with
// neither, or after "the", the patron stays as it was.
func TestPatronGroups(t *testing.T) {
	for _, c := range []struct {
		text, home  string
		want, group string // the code of the mention that opens the phrase, and lastGroup after
	}{
		{"Iran-backed militias in Iraq attacked the base.", "", "IQ", "IQ"},
		{"Iran-backed militias attacked the base.", "IQ", "IQ", "IQ"},
		{"Iran-backed militias attacked the base.", "", "IR", ""},
		{"Iran-backed militias attacked the base.", "IR", "IR", ""},
	} {
		d := newDoc(c.text, Options{})
		d.home = newActorRef(c.home, "country")
		sents := Sentences(c.text, d.toks)
		s := d.newSent(sents[0], 0)
		s.tagActors()
		if len(s.actors) == 0 || s.actors[0].ref.Code != c.want || d.lastGroup.Code != c.group {
			got := ""
			if len(s.actors) > 0 {
				got = s.actors[0].ref.Code
			}
			t.Errorf("%q (home %q): first actor %q, last group %q; want %q, %q", c.text, c.home, got, d.lastGroup.Code, c.want, c.group)
		}
		docs.Put(d)
	}
}
