package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// speaker is who a claim is attributed to.
type speaker struct {
	name   string
	person bool
	code   string // the state the speaker speaks for, when the phrase says: "Russian Deputy Prime Minister ..."
	title  string // the title before a person's name, lower case: "president"
	// from is the stretch of the text's tokens the name was read from, or
	// the tokens after which a trailing "'s" was cut; empty when the name
	// is not one (a capital's state). The name may have been changed since
	// (see canonical): outletNamed checks that it still spells these tokens.
	from span
}

// attrib is a sentence's attribution: the speaker of its claims and the
// outlets the words came through.
type attrib struct {
	speaker speaker
	via     []string
	verb    int // token of the speech verb, or -1
	// from is the semicolon before the speech verb that closes a clause of
	// the text's own voice ("Denmark pledged €200 million; Germany said it
	// would contribute"), or 0: the speaker says nothing before it.
	from int
	// later are the sentence's other speech verbs and their speakers:
	// "Ukrainian officials say ..., and the White House said that ...".
	later []voice
}

// voice is one speech verb of a sentence and who speaks through it.
type voice struct {
	verb    int
	speaker speaker
}

// speakerAt returns who speaks for a claim whose transfer word is at token
// trig: the sentence's speaker, unless a later speech verb stands between
// them and the claim. It reads the attribution and its voices in place,
// and copies only the speaker it returns.
func (a *attrib) speakerAt(trig int) speaker {
	if trig < a.from {
		return speaker{}
	}
	sp := &a.speaker
	for k := range a.later {
		if a.later[k].verb < trig {
			sp = &a.later[k].speaker
		}
	}
	return *sp
}

// calendarWords are capitalised but name no one: "on Monday confirmed".
var calendarWords = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "recently", "earlier", "later", "previously",
	"meanwhile", "however", "also", "today", "yesterday", "last", "this", "next", "on", "in")

// hasSpeech reports whether the sentence has a speech verb or "according to".
func (s *sent) hasSpeech() bool {
	toks := s.d.toks
	for i := s.firstVoice(); i < s.hi; i = s.next(i+1, fVoice) {
		if v, ok := s.verbAt(i); ok && v.Class == classSpeech && s.actorAt(i) < 0 {
			return true
		}
		if toks[i].Norm == "according" {
			return true
		}
	}
	return false
}

// objectPronoun reports whether w is a pronoun that stands for a speaker
// after "according to".
func objectPronoun(w string) bool { return w == "him" || w == "her" || w == "them" }

// firstVoice is the sentence's first token that may say who speaks (see
// fVoice), or s.hi: three readings of the sentence start there, and most
// sentences have none.
func (s *sent) firstVoice() int {
	if s.voice == 0 {
		s.voice = s.next(s.lo, fVoice) + 1
	}
	return s.voice - 1
}

// attribution finds who the sentence's claims are attributed to: the subject
// of a speech verb ("Shin said that ...", "..., the ministry said"), else
// "according to X"; a pronoun subject ("He also mentioned that") refers to
// the last named speaker. Outlets in "according to Bloomberg" or "in an
// interview with the news agency" make the via chain.
func (s *sent) attribution() attrib {
	if s.firstVoice() == s.hi {
		// No word says who speaks (most sentences), unless whose count
		// the sentence gives does.
		return attrib{verb: -1, speaker: s.countedBy()}
	}
	toks := s.d.toks
	a := attrib{verb: -1}
	var according speaker
	prev := s.d.lastSpeaker // the speaker of the sentences before
	// firstAccording is the first "according" of the sentence, or s.hi:
	// the loop below meets it before it skips any words.
	firstAccording := s.hi
	var determined speaker // who "made a determination" (see below)
	determinedAt := -1
	// Only a word that may say who speaks can change what follows; most
	// sentences have none, and give an empty attribution.
	for i := s.firstVoice(); i < s.hi; i = s.next(i+1, fVoice) {
		w := toks[i].Norm
		if w == "according" {
			firstAccording = min(firstAccording, i)
		}
		switch {
		case w == "according" && i+2 < s.hi && toks[i+1].Norm == "to" && objectPronoun(toks[i+2].Norm) && s.d.lastSpeaker.name != "":
			// "According to him, the package includes ...": the speaker
			// last named.
			according = s.d.lastSpeaker
			i += 2
		case w == "according" && i+1 < s.hi && toks[i+1].Norm == "to" && s.familiarAt(i+2) > 0:
			// "according to people familiar with the matter"
			hi := s.familiarAt(i + 2)
			according = s.speakerOf(i+2, hi)
			s.markSpeakers(i+2, hi)
			i = hi - 1
		case w == "according" && i+1 < s.hi && toks[i+1].Norm == "to":
			j := i + 2
			for j < s.hi && j-i <= 5 && toks[j].Kind == Word && !toks[j].Cap && !s.isNameWord(j) {
				j++ // "according to a senior US official"
			}
			if j < s.hi && !s.isNameWord(j) {
				j = i + 2
			}
			lo, hi := s.phraseRight(j)
			// "according to a report by Conflict Armament Research": a
			// phrase with no name in it defers to the author after it.
			if hi < s.hi && (toks[hi].Norm == "by" || toks[hi].Norm == "from") && !s.namesSomeone(lo, hi) {
				if blo, bhi := s.phraseRight(hi + 1); bhi > blo {
					lo, hi = blo, bhi
				}
			}
			according = s.speakerOf(lo, hi)
			s.markSpeakers(lo, hi)
			if !according.person && hi+2 < s.hi && toks[hi].Norm == "," {
				// "According to the head of Ukraine's Defence Intelligence,
				// Kyrylo Budanov, North Korea has ...": the name in apposition.
				if nlo, nhi := s.phraseRight(hi + 1); nhi > nlo && nhi < s.hi && toks[nhi].Norm == "," {
					if named := s.speakerOf(nlo, nhi); named.person && nhi-nlo >= 2 {
						according, hi = named, nhi
						s.markSpeakers(nlo, nhi)
					}
				}
			}
			// "according to six sources cited by Reuters": the outlet speaks.
			if k := s.citedBy(i + 2); k >= 0 {
				if clo, chi := s.phraseRight(k); chi > clo {
					according = s.speakerOf(clo, chi)
				}
			}
			i = hi - 1
		case i+1 < s.hi && s.is(i, fChannel):
			j := i + 1
			if toks[j].Norm == "with" || toks[j].Norm == "by" || toks[j].Norm == "to" {
				j++
			}
			if o := s.outletAt(j); o != "" {
				a.via = appendUnique(a.via, o)
			}
		}
		if w == "determination" && a.verb < 0 && i-2 >= s.lo && toks[i-1].Norm == "a" && (toks[i-2].Norm == "made" || toks[i-2].Norm == "makes") {
			// "The State Department has made a determination approving a
			// possible Foreign Military Sale": the one who determines
			// announces the sale.
			if sp, ok := s.speechSubject(i - 2); ok && sp.name != "" {
				determined, determinedAt = sp, i-2 // (a verb of speech, if any, speaks instead: "..., the Pentagon said")
				for k := range s.actors {
					if m := &s.actors[k]; m.lo < i-2 {
						m.speaker = false // it also sells: "approving a possible sale" is its act
					}
				}
				continue
			}
		}
		if putVerb(w) && a.verb < 0 && s.putsEstimate(i) {
			// "Kyiv puts the number of drones at about 2,400": an estimate.
			if sp, ok := s.speechSubject(i); ok {
				a.speaker, a.verb = sp, i
				continue
			}
		}
		// The first verb of speech (or "announced that") gives the speaker;
		// later verbs of speech are the voices of the claims after them.
		v, ok := s.verbAt(i)
		if ok && v.Lemma == "add" && s.addsGoods(i) || ok && v.Lemma == "confirm" && (s.confirmsDeal(i) || s.confirmsTransfer(i) || s.confirmsMore(i)) {
			ok = false // "Canada added C$35 million", "Egypt confirmed a contract for 30 jets": goods added, a deal made, no words
		}
		first := a.verb < 0 && ok && (v.Class == classSpeech || s.announcesThat(i, v))
		if (first || a.verb >= 0 && ok && v.Class == classSpeech) && !s.nounUse(i) && !s.impersonal(i) && s.actorAt(i) < 0 && !s.citedByAt(i, v) && !s.unsaid(i) {
			if sp, ok := s.speechSubject(i); ok && first {
				a.speaker, a.verb = sp, i
				if sp.name != "" {
					// "Shin said that ..., which he estimated could
					// carry ...": "he" is the speaker just named.
					s.d.lastSpeaker = sp
				}
			} else if ok && sp.name != "" {
				a.later = append(a.later, voice{verb: i, speaker: sp})
			}
		}
	}
	if a.verb < 0 && determinedAt >= 0 {
		a.speaker, a.verb = determined, determinedAt
	}
	if a.verb >= 0 && a.speaker.name != "" {
		if c := s.contrastBefore(a.verb); c >= 0 {
			// "Iran denies arming the Houthis, but UN experts say ...": the
			// experts speak for what follows "but", not for what precedes.
			a.later = insertVoice(a.later, voice{verb: c, speaker: a.speaker})
			a.speaker = speaker{}
		}
	}
	if a.speaker.name == "" && according.name == "" {
		according = s.countedBy()
	}
	if a.speaker.name == "" {
		a.speaker = according
	} else if according.person && s.outletNamed(&a.speaker) != "" {
		// "According to Shin, North Korea has sent ..., Bloomberg reported":
		// the outlet relays; Shin speaks.
		a.via = appendUnique(a.via, s.outletNamed(&a.speaker))
		a.speaker = according
	}
	if a.speaker.name != "" {
		if o := s.outletNamed(&a.speaker); o != "" && len(a.via) == 0 {
			a.via = append(a.via, o)
		}
	}
	for i := firstAccording; i < s.hi; i = s.next(i+1, fVoice) {
		if toks[i].Norm == "according" && i+2 < s.hi {
			if o := s.outletAt(i + 2); o != "" {
				a.via = appendUnique(a.via, o)
			}
		}
	}
	if a.speaker.name == "statement" && prev.name != "" {
		a.speaker = prev // "..., the statement said", after "HUR said in a statement": who issued it
	}
	if a.speaker.name != "" { // canonical leaves a speaker with no name as it is
		s.d.canonical(&a.speaker)
	}
	for k := range a.later {
		s.d.canonical(&a.later[k].speaker)
	}
	for j := a.verb - 1; j > s.lo; j-- {
		if toks[j].Norm == ";" {
			a.from = j
			break
		}
	}
	if a.speaker.name != "" {
		s.d.lastSpeaker = a.speaker
		s.d.attribs = append(s.d.attribs, docAttrib{verb: a.verb, speaker: a.speaker})
		if k := s.ownVoiceAfter(a.verb); k >= 0 {
			// "Slovakia said it had sent 13 jets, and Poland delivered
			// four": the second clause is the text's own voice.
			a.later = insertVoice(a.later, voice{verb: k})
		}
	}
	return a
}

// contrastBefore returns the conjunction of contrast that opens the clause of
// the speech verb at v, when the verb goes on to say something ("..., but
// UN experts say Iranian missiles keep reaching Yemen"), or -1. A verb that
// ends its clause ("..., but not yet, officials said") speaks for all.
func (s *sent) contrastBefore(v int) int {
	toks := s.d.toks
	if v+1 >= s.hi || toks[v+1].Kind == Punct {
		return -1
	}
	for j := v - 1; j > s.lo && v-j <= 10; j-- {
		switch toks[j].Norm {
		case "but", "while", "whereas", "although", "though", "yet":
			return j
		case "and":
			if toks[j-1].Norm == "," {
				return j // "Denmark has spent 1.3 billion euros, and Sweden announced it would add 135 million"
			}
		case ",", ";", ":", "\"", "“", "”":
			return -1
		}
	}
	return -1
}

// ownVoiceAfter returns the comma of ", and Poland delivered ..." after the
// speech verb at v: a clause joined to the reported one whose subject is a
// state and whose verb is not shifted back as reported speech is ("had",
// "would"). The text tells it in its own voice. It returns -1 if there is
// none.
func (s *sent) ownVoiceAfter(v int) int {
	toks := s.d.toks
	if v < 0 || v+3 >= s.hi {
		return -1
	}
	// The commas are looked for through a slice of the tokens a clause may
	// open at, which spares the bounds checks of a scan over the rest of
	// the sentence; most tokens are no comma.
	opens := toks[v+1 : s.hi-2]
	for n := range opens {
		if opens[n].Norm != "," {
			continue
		}
		k := v + 1 + n
		if toks[k+1].Norm != "and" && toks[k+1].Norm != "while" {
			continue
		}
		a := s.actorAt(k + 2)
		if a < 0 && toks[k+2].Norm == "the" && k+3 < s.hi {
			a = s.actorAt(k + 3)
		}
		if a < 0 || s.actors[a].speaker || s.actors[a].prep != "" && s.actors[a].prep != "and" {
			continue
		}
		_, _, hi := s.group(a)
		for j := hi; j < s.hi && j < hi+3; j++ {
			switch toks[j].Norm {
			case "had", "would", "could", "might", "was", "were":
				return -1 // reported: "..., and Poland had delivered four"
			}
			if s.is(j, fVerb) || isAux(toks[j].Norm) {
				return k
			}
		}
	}
	return -1
}

// insertVoice adds v to voices, which are in text order.
func insertVoice(voices []voice, v voice) []voice {
	k := len(voices)
	for k > 0 && voices[k-1].verb > v.verb {
		k--
	}
	return slices.Insert(voices, k, v)
}

// citedByAt reports whether a verb of citing is the participle in "officials
// cited by Reuters", which names the outlet, not a speaker before it.
func (s *sent) citedByAt(i int, v verbRef) bool {
	return (v.Lemma == "cite" || v.Lemma == "quote") && i+1 < s.hi && s.d.toks[i+1].Norm == "by"
}

// citedBy returns the token after "cited by" or "quoted by" within a few
// tokens of i, or -1.
func (s *sent) citedBy(i int) int {
	toks := s.d.toks
	for j := i; j+2 < s.hi && j-i <= 5; j++ {
		if (toks[j].Norm == "cited" || toks[j].Norm == "quoted") && toks[j+1].Norm == "by" {
			return j + 2
		}
		if toks[j].Norm == "," {
			break
		}
	}
	return -1
}

// announcesThat reports whether a verb of announcement reports speech here
// ("announced that", "announced via Twitter", "announced on Sunday they
// will") rather than taking an object ("announced a $2bn package"), or a
// verb of denial does ("denied that").
func (s *sent) announcesThat(i int, v verbRef) bool {
	if i+1 >= s.hi {
		return false
	}
	if v.Lemma == "deny" || v.Lemma == "ridicule" || v.Lemma == "reject" || v.Lemma == "dismiss" {
		// "Iran's foreign minister denied that Tehran had sent missiles",
		// "Serbia denied reports that ...": who denies speaks, as "said"
		// would say.
		next := s.d.toks[i+1].Norm
		j := i + 1 // "denied Ukrainian claims that", "denied Kyiv's claims that": whose claims they are
		if w := s.d.toks[j].Norm; (w == "the" || w == "these" || w == "those" || w == "such" || w == "a") && j+1 < s.hi {
			j++ // "rejected the claims regarding the transfer", "rejected a report that"
		}
		if a := s.actorAt(j); a >= 0 && (s.actors[a].demonym || s.actors[a].possessive) {
			j = s.actors[a].hi
		} else if j+1 < s.hi && s.d.toks[j].Cap && claimNoun(s.d.toks[j+1].Norm) {
			j++ // "ridiculed Western reports that"
		}
		if next == "that" || j+1 >= s.hi || !claimNoun(s.d.toks[j].Norm) {
			return next == "that"
		}
		// "rejected the claims that"; "dismissed the report as \"ugly
		// propaganda\", saying"; not "denied accusations of arms transfers",
		// which the denial frames.
		return s.d.toks[j+1].Norm == "that" || s.d.toks[j+1].Norm == "as" && s.sayingAfter(j+2)
	}
	if v.Lemma != "announce" {
		return false
	}
	switch s.d.toks[i+1].Norm {
	case "that", "via", ",", ".", "through":
		return true
	case "on", "in", "last", "this", "today", "yesterday", "at", "during", "after":
		// "announced on Monday that ...", but "announced on Dec. 12 a new
		// package": past the time, an article opens what was announced.
		for j := i + 2; j < s.hi && j <= i+6; j++ {
			switch s.d.toks[j].Norm {
			case "a", "an", "its", "their", "another", "new":
				if j == i+2 && s.d.toks[i+1].Norm != "today" && s.d.toks[i+1].Norm != "yesterday" {
					continue // the preposition's own: "announced during a visit by Macron", "at a news conference"
				} // ("announced today an additional package": a day takes no article)
				return false
			case "that", ",":
				return true
			}
		}
		return true
	case "late", "early", "earlier", "overnight":
		return true // "the agency announced late Friday"
	}
	if s.is(i+1, fCalendar) && i+2 < s.hi && (s.d.toks[i+2].Kind == Number || s.d.toks[i+2].Kind == Punct || clauseOpener(s.d.toks[i+2].Norm)) {
		return true // "announced May 26", "announced Friday.", "announced Wednesday as Zelenskyy visited"
	}
	return false
}

// clauseOpener reports whether w, after a verb and its day, opens a clause
// or phrase that is no object of the verb: "announced Wednesday as ...",
// "after talks", "while".
func clauseOpener(w string) bool {
	switch w {
	case "as", "after", "while", "when", "before", "following", "during", "amid", "ahead":
		return true
	}
	return false
}

// sayingAfter reports whether ", saying" follows token j in the sentence:
// the denier goes on to say what is denied.
func (s *sent) sayingAfter(j int) bool {
	for k := j; k+1 < s.hi; k++ {
		if s.d.toks[k].Norm == "," && (s.d.toks[k+1].Norm == "saying" || s.d.toks[k+1].Norm == "adding") {
			return true
		}
	}
	return false
}

// impersonal reports whether a speech verb is passive with no agent: "Russia
// is believed to have provided", "it is said that" — no one is quoted.
func (s *sent) impersonal(i int) bool {
	toks := s.d.toks
	if i == s.lo || !s.is(i-1, fBe) && !(i-1 > s.lo && s.is(i-2, fBe) && s.is(i-1, fAdverb)) {
		return false
	}
	if toks[i].Norm == "told" && (i+1 >= s.hi || toks[i+1].Kind == Punct) {
		j := i - 1
		for j > s.lo && (s.is(j, fBe) || isAux(toks[j].Norm)) {
			j--
		}
		if toks[j].Cap && s.isNameWord(j) {
			return false // "..., Sky News has been told": the outlet relays what it was told
		}
	}
	return i+1 >= s.hi || toks[i+1].Norm != "by"
}

// unsaid reports whether the speech verb at i is negated or declined:
// "Ankara has never disclosed how many it sold", "declined to say". Who
// does not say a thing is no speaker of it; nor is a count's modifier
// ("an estimated 11,000") a verb of speech.
func (s *sent) unsaid(i int) bool {
	toks := s.d.toks
	if i+1 < s.hi && (toks[i+1].Norm == "interest" || toks[i+1].Norm == "willingness" || toks[i+1].Norm == "readiness") {
		return true // "Greece has shown interest in Iron Dome": an interest shown, nothing said
	}
	if i > s.lo && i+1 < s.hi && (s.is(i-1, fDeterminer) || toks[i-1].Norm == "some") && (toks[i+1].Kind == Number || s.inQty[i+1-s.lo]) {
		return true // "an estimated 11,000 troops": a modifier of the count, no one speaks
	}
	for j := i - 1; j >= s.lo && i-j <= 3; j-- {
		switch w := toks[j].Norm; w {
		case "not", "never", "declined", "refused":
			return true
		case "to": // "declined to say"
		default:
			if !isAux(w) && !s.is(j, fAdverb) {
				return false
			}
		}
	}
	return false
}

// afterFirmDescription returns the firm's name a description of it goes
// before ("Turkish company Baykar" gives "Baykar"), or name as it is. It
// runs for every speaker, so it reads the words in place.
func afterFirmDescription(name string) string {
	cut := -1 // the end of the last company noun that is not the last word
	for i := 0; i < len(name); {
		j := i
		for j < len(name) && name[j] != ' ' {
			j++
		}
		if j < len(strings.TrimRight(name, " ")) && companyNounFold(name[i:j]) {
			cut = j
		}
		for j < len(name) && name[j] == ' ' {
			j++
		}
		i = j
	}
	if cut < 0 {
		return name
	}
	return strings.TrimLeft(name[cut:], " ")
}

// companyNounFold is companyNoun in any case.
func companyNounFold(w string) bool {
	var buf [32]byte
	if _, ok := lowerASCII(w, &buf); !ok {
		return false // every company noun is ASCII and short
	}
	return companyNoun(string(buf[:len(w)]))
}

// firmDescription reports whether a speaker's name is a description of a
// firm, a company noun after a word or two that say where it is from or
// what it makes: "Swedish company", "Brazilian planemaker", "Korean firm",
// "Duesseldorf-based group", "French defence group". A bare "group" or a
// name of three words or more is none.
func firmDescription(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	if strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	if len(words) < 2 {
		return false
	}
	head := strings.ToLower(words[len(words)-1])
	if !companyNoun(head) && head != "group" && head != "conglomerate" {
		return false
	}
	first := words[0]
	return strings.HasSuffix(first, "-based") || first[0] >= 'A' && first[0] <= 'Z' && !strings.Contains(name, "of")
}

// institutionHeads end a description of an institution named before:
// "the agency", "the spy agency", "the service".
var institutionHeads = setOf("agency", "service", "bureau", "directorate", "command", "company", "firm", "manufacturer", "maker", "contractor")

// channelWords come before the outlet or person words went through: "in an
// interview with", "told", "quoted by", "speaking to".
var channelWords = setOf("interview", "told", "quoted", "cited", "citing", "speaking", "spoke", "talking", "talked")

// isHonorific reports whether w, in any case, is a title dropped from a
// speaker's name ("Ms Frederiksen"), without allocating its lower-case
// form.
func isHonorific(w string) bool {
	if len(w) > 5 {
		return false // longer than every honorific: most first words
	}
	var buf [32]byte
	if _, ok := lowerASCII(w, &buf); !ok { // every honorific is ASCII
		return false
	}
	switch string(buf[:len(w)]) {
	case "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "mr.", "ms.", "mrs.", "dr.":
		return true
	}
	return false
}

// isLowerCase reports whether strings.ToLower(s) == s, allocating only for
// text outside ASCII.
func isLowerCase(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return s == strings.ToLower(s)
		}
		if 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// canonical names a speaker as fully as the text does: "Shin" after "Shin
// Won-sik" is Shin Won-sik, "NIS" after "National Intelligence Service
// (NIS)" is the service, and "Ms Frederiksen" is Frederiksen. The speaker
// is changed in place: it is large, and most names stay as they are.
func (d *doc) canonical(sp *speaker) {
	name := sp.name

	if first, rest, ok := strings.Cut(name, " "); ok && isHonorific(first) {
		name = rest
	}
	if name == "" {
		return
	}
	if full, ok := d.acronyms[name]; ok {
		name = full
	} else if full := d.spelledSpeaker(name); full != "" {
		name = full
	}
	if sp.title != "" {
		if d.titles == nil {
			d.titles = map[string]string{}
		}
		d.titles[sp.title] = name
	} else if person, ok := d.titles[name]; ok && !sp.person {
		name, sp.person = person, true // "the president said", after "President Macron"
	}
	if !sp.person {
		name = afterFirmDescription(name) // "the Turkish company Baykar": Baykar
	}
	if !sp.person && d.lastFirmName != "" && firmDescription(name) {
		// "the Swedish company said", "the Brazilian planemaker said", "the
		// Duesseldorf-based group said": the firm named before.
		name = d.lastFirmName
	}
	lowerCase := isLowerCase(name)
	if !sp.person && lowerCase {
		// "the company said" after "Korea Aerospace Industries has won a
		// deal"; "the agency said", "Iran's Tasnim news agency reported":
		// the firm, the outlet named last.
		switch {
		case companyNoun(name) && d.lastFirmName != "":
			name = d.lastFirmName
		case d.outletHead(sp) && d.lastOutlet != "" && d.lastOutlet != d.opt.Outlet:
			name = d.lastOutlet
		case name == "newspaper" || name == "magazine":
			// "..., the newspaper reported" with no other outlet named:
			// the text's own voice.
			sp.name = ""
			return
		}
		lowerCase = isLowerCase(name)
	}
	if !sp.person && lowerCase && d.institution != "" {
		if i := strings.LastIndexByte(name, ' '); institutionHeads[name[i+1:]] && !strings.HasPrefix(name, "news") {
			name = d.institution // "the spy agency said" after "the NIS said"
		}
	} else if !sp.person && !lowerCase && strings.Contains(name, " ") {
		d.institution = name
	}
	if !strings.Contains(name, " ") {
		// "Shin" after "Shin Won-sik"; "ministry" after "Defence Ministry".
		// A lower-case name is its own lower-case form.
		lower := isLowerCase(name)
		for k := len(d.speakers) - 1; k >= 0; k-- {
			full := d.speakers[k]
			surname := !lower && (lastWordIs(full, name) || firstWordIs(full, name))
			body := lower && !strings.HasSuffix(name, "s") && lastWordIsFold(full, name)
			if surname || body {
				name = full
				break
			}
		}
	}
	d.speakers = append(d.speakers, name)
	sp.name = name
}

// lastWordIs is strings.HasSuffix(s, " "+w), without making " "+w.
func lastWordIs(s, w string) bool {
	return len(s) > len(w) && s[len(s)-len(w)-1] == ' ' && s[len(s)-len(w):] == w
}

// firstWordIs is strings.HasPrefix(s, w+" "), without making w+" ".
func firstWordIs(s, w string) bool {
	return len(s) > len(w) && s[len(w)] == ' ' && s[:len(w)] == w
}

// lastWordIsFold is strings.HasSuffix(strings.ToLower(s), " "+lower) for a
// lower-case word lower, without the copies when s is ASCII.
func lastWordIsFold(s, lower string) bool {
	if !isASCII(s) {
		return strings.HasSuffix(strings.ToLower(s), " "+lower)
	}
	// The lower-case form of ASCII text is as long as the text.
	if len(s) <= len(lower) || s[len(s)-len(lower)-1] != ' ' {
		return false
	}
	tail := s[len(s)-len(lower):]
	for i := 0; i < len(tail); i++ {
		c := tail[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// nounUse reports whether a speech word is a noun here ("the report", "state
// media").
func (s *sent) nounUse(i int) bool {
	toks := s.d.toks
	if toks[i].Norm == "state" && i+1 < s.hi && (Joiner(toks, i+1) || toks[i+1].Kind == Word && toks[i+1].Norm != "that" && !s.is(i+1, fStop)) {
		return true // "Iranian state media", "state-run television": the state, not "to state"
	}
	if i+2 < s.hi && Joiner(toks, i+1) && toks[i+2].Kind == Word {
		return true // "Iranian know-how": a word of a compound, not "to know"
	}
	if i == s.lo {
		return false
	}
	switch toks[i-1].Norm {
	case "the", "a", "its", "this", "'s":
		return true
	}
	if toks[i].Norm == "state" && i-2 >= s.lo && toks[i-1].Cap && toks[i-1].Kind == Word && s.is(i-2, fDeterminer) {
		return true // "the Gulf state already flies Rafales": a state, not "to state"
	}
	if toks[i].Norm == "states" && (toks[i-1].Cap || toks[i-1].Norm == "member" || s.inQty[i-1-s.lo]) {
		return true // "the three Baltic states", "member states": the noun
	}
	// "Minsk has denied Ukrainian claims that ...": a demonym and a verb of
	// denial before make "claims" a noun.
	if claimNoun(toks[i].Norm) && i-2 >= s.lo {
		lo := i - 1 // the word that says whose claims: "Ukrainian", "Western"
		if a := s.actorAt(i - 1); a >= 0 && s.actors[a].demonym {
			lo = s.actors[a].lo
		} else if !toks[i-1].Cap {
			return false
		}
		if lo-1 < s.lo {
			return false // the claims' owner opens the sentence
		}
		if v, ok := s.verbAt(lo - 1); ok && v.Class == classDeny || lo-2 >= s.lo && toks[lo-1].Norm == "aside" {
			return true
		}
	}
	return false
}

// speechSubject finds the speaker of the speech verb at i: the name or title
// before it, or after it in ", said the minister", or "by X" after a passive.
func (s *sent) speechSubject(i int) (speaker, bool) {
	toks := s.d.toks
	// "was confirmed by Washington": the agent speaks.
	if i > s.lo && s.is(i-1, fBe) && i+1 < s.hi && toks[i+1].Norm == "by" {
		if lo, hi := s.phraseRight(i + 2); hi > lo {
			s.markSpeakers(lo, hi)
			return s.speakerOf(lo, hi), true
		}
		// "was confirmed by satellite images": no one speaks; what the
		// passive's subject names is what was confirmed, no speaker.
		return speaker{}, false
	}
	if i-3 > s.lo && toks[i-1].Norm == "as" {
		// "Iran's deputy defence minister was quoted by the Tasnim news
		// agency as saying that": who was quoted speaks.
		for k := i - 2; k > s.lo && i-k <= 10; k-- {
			if w := toks[k].Norm; w == "quoted" || w == "cited" {
				b := k - 1
				if s.is(b, fBe) && b > s.lo {
					b--
				}
				if toks[b].Norm == "," && b > s.lo {
					b-- // "..., Brigadier General Mehdi Farahi, was quoted": the name set off
				}
				if lo, hi := s.phraseLeft(b); hi > lo {
					s.markSpeakers(lo, hi)
					sp := s.speakerOf(lo, hi)
					if sp.code == "" && lo-2 > s.lo && toks[lo-1].Norm == "," {
						// "Iran's deputy defence minister, Brigadier General
						// Mehdi Farahi,": the title before says whose.
						if tlo, thi := s.phraseLeft(lo - 2); thi > tlo {
							s.markSpeakers(tlo, thi)
							sp.code = s.speakerOf(tlo, thi).code
						}
					}
					return sp, true
				}
				break
			}
		}
	}
	j := i - 1
	for j >= s.lo && (s.is(j, fAdverb) || isAux(toks[j].Norm) || s.is(j, fCalendar) && toks[j].Norm != "in") {
		j-- // "Mark Rutte, on Monday confirmed"
	}
	if j >= s.lo && toks[j].Norm == ")" {
		j = s.skipAlias(j) // "the Department of Defense (Pentagon) announced"
	}
	if j-1 >= s.lo && toks[j].Norm == "." && (toks[j-1].Norm == "jr" || toks[j-1].Norm == "sr") {
		j-- // "Gilberto Teodoro Jr. said"
	}
	if a := s.actorAt(j - 1); j > s.lo+1 && toks[j].Norm == "and" && a >= 0 && (s.actors[a].prep == "to" || s.actors[a].prep == "for") {
		// "Denmark has pledged 19 jets to Ukraine and says it handed over
		// its second batch": the state after "to" is the first verb's
		// recipient; the clause's subject speaks.
		for b := range s.actors {
			if m := &s.actors[b]; m.lo < s.actors[a].lo && m.prep == "" && !m.speaker && !m.possessive {
				return s.speakerOf(m.lo, m.hi), true // (and still the first verb's subject)
			}
		}
		return speaker{}, false
	}
	if lo, ok := s.familiarBefore(j); ok {
		s.markSpeakers(lo, j+1)
		return s.speakerOf(lo, j+1), true // "two people familiar with the matter said"
	}
	if j >= s.lo && s.is(j, fSubjectPronoun) {
		if sp, ok := s.leaderSince(j); ok {
			return sp, true
		}
		if s.d.lastSpeaker.name != "" {
			return s.d.lastSpeaker, true
		}
	}
	if j-2 >= s.lo && (toks[j].Norm == "which" || toks[j].Norm == "who") && toks[j-1].Norm == "," {
		// "..., first reported by South Korea's National Intelligence
		// Service, which said that ...": the noun the clause is on speaks.
		if lo, hi := s.phraseLeft(j - 2); hi > lo {
			s.markSpeakers(lo, hi)
			return s.speakerOf(lo, hi), true
		}
	}
	if strings.HasSuffix(toks[i].Norm, "ing") && j >= s.lo && toks[j].Norm == "," {
		return speaker{}, false // "..., citing a policy": the clause's subject speaks
	}
	if j > s.lo && toks[j].Norm == "," {
		// "Secretary of the Security Council Sergei Shoigu, who arrived in
		// Pyongyang on the instructions of President Vladimir Putin, said":
		// the name before the aside.
		for k := j - 1; k > s.lo && j-k <= 20; k-- {
			if w := toks[k].Norm; w == "," || w == ";" || w == "\"" {
				// So a state's: "South Korea, which has so far refused to
				// send lethal arms to Ukraine, said" (the clause's states
				// keep their roles in it).
				if (toks[k+1].Norm == "who" || toks[k+1].Norm == "whose" || toks[k+1].Norm == "which" && s.actorAt(k-1) >= 0) && k+2 < j && k > s.lo {
					if lo, hi := s.phraseLeft(k - 1); hi > lo {
						s.markSpeakers(lo, hi)
						return s.speakerOf(lo, hi), true
					}
				}
				break
			}
		}
	}
	lo, hi := s.phraseLeft(j)
	if hi == lo && j == i-1 && j == s.lo && toks[j].Cap && toks[j].Kind == Word && !s.is(j, fCalendar) {
		lo, hi = j, j+1 // "Shin said": a name may open the sentence
	}
	if hi == lo && j > s.lo && toks[j].Norm == "," {
		lo, hi = s.phraseLeft(j - 1) // "..., Josep Borrell, said"
		if hi > lo && !s.setOff(lo) {
			// "... to Russia, said Shin": the name before the comma ends
			// the reported clause; the speaker follows the verb.
			lo, hi = j, j
		}
		// "The FT, citing officials, reported"; "John Kirby, the National
		// Security Council spokesman at the White House, said".
		// The words between the commas describe the speaker: an actor
		// among them ("for the Iranian foreign ministry") takes no role.
		for k := j - 1; hi == lo && k > s.lo && j-k <= 12; k-- {
			if toks[k].Norm != "," {
				continue
			}
			lo, hi = s.phraseLeft(k - 1)
			if hi == lo && k-1 == s.lo && toks[s.lo].Cap && toks[s.lo].Kind == Word && !s.is(s.lo, fCalendar) {
				lo, hi = s.lo, s.lo+1 // "Kirby, who spoke to reporters, said": a name set off by commas
			}
			if hi > lo && s.setOff(lo) {
				s.markSpeakers(k+1, j)
			} else {
				lo, hi = k, k
			}
		}
	}
	if hi > lo {
		s.markSpeakers(lo, hi)
		sp := s.speakerOf(lo, hi)
		// "Shin Won-sik, South Korea's defence minister, told ...": the
		// name before a title in apposition is who spoke.
		// "Sergei Shoigu, the secretary of the Security Council, said" too.
		// With an article, the phrase must be a title ("the secretary of
		// ..."), not an institution: in "... and 138 Humvees, the Pentagon
		// said" the Pentagon speaks.
		comma := lo - 1
		if comma > s.lo && (toks[comma].Norm == "the" || toks[comma].Norm == "a") && (s.is(lo, fRole) || s.demonymTitle(lo, hi)) {
			comma-- // "the secretary of ...", "the German defence minister"
		}
		// An institution is no title: "... in the Arabian Sea, U.S. Central
		// Command said" is the command's word.
		last := s.actorAt(hi - 1)
		institution := last >= 0 && s.actors[last].ref.kind == kindInstitution || bodyWord(toks[hi-1].Norm) && !s.is(lo, fRole) ||
			institutionWord(toks[lo].Norm) // "... to a base in Hsinchu, the Ministry of National Defense said"
		if !sp.person && !institution && !manySources(toks[hi-1].Norm) && !documentNoun(toks[hi-1].Norm) && comma-1 >= s.lo && toks[comma].Norm == "," && s.roleIn(lo, hi) {
			if nlo, nhi := s.phraseLeft(comma - 1); nhi > nlo && (nhi-nlo > 1 || s.knownName(nlo)) {
				if named := s.speakerOf(nlo, nhi); named.person {
					s.markSpeakers(nlo, nhi)
					if named.code == "" {
						named.code = sp.code
					}
					return named, true
				}
			}
		}
		return sp, true
	}
	// Inversion: "..., said Shin." / "Reported by the newspaper, ..."
	k := i + 1
	if k < s.hi && toks[k].Norm == "by" {
		k++
	}
	// The phrase after the verb is its subject only where it ends the
	// clause: in "..., said Iran sent drones" Iran begins the reported one.
	if lo, hi := s.phraseRight(k); hi > lo && (j < s.lo || toks[j].Kind == Punct) && !s.clauseOpens(hi) && !evidenceVerb(toks[i].Norm) {
		s.markSpeakers(lo, hi)
		return s.speakerOf(lo, hi), true
	}
	return speaker{}, false
}

// demonymTitle reports whether the phrase [lo, hi) is a title after a
// demonym: "German defence minister", "US defense secretary". Whose the
// title is comes first (a demonym or a state's name used as one), and the
// title is still no institution.
func (s *sent) demonymTitle(lo, hi int) bool {
	a := s.actorAt(lo)
	return a >= 0 && (s.actors[a].demonym || s.actors[a].ref.kind == kindCountry) && s.actors[a].hi < hi && s.roleIn(s.actors[a].hi, hi)
}

// manySources reports whether w names several people who speak, never a
// title in apposition: "..., officials said" after "the Philippine Marine
// Corps" is not the corps speaking.
func manySources(w string) bool {
	switch w {
	case "officials", "sources", "diplomats", "analysts", "experts", "researchers", "people", "authorities", "monitors", "investigators":
		return true
	}
	return false
}

// documentNoun reports whether w names a writing that speaks for its
// authors, never a title in apposition: "... across the Caspian Sea, the
// statement said" is not the sea speaking.
func documentNoun(w string) bool {
	switch w {
	case "report", "statement", "document", "documents", "notification", "assessment", "study", "dossier", "filing",
		"cable", "memo", "papers", "findings":
		return true
	}
	return false
}

// evidenceVerb reports whether w is a verb by which evidence speaks, whose
// subject never follows it: "Images of the base, near the capital, show
// Chinese-designed drones" (not "..., said Shin").
func evidenceVerb(w string) bool {
	switch w {
	case "show", "shows", "showed", "shown", "indicate", "indicates", "indicated", "suggest", "suggests", "suggested":
		return true
	}
	return false
}

// setOff reports whether a speaker phrase starting at token lo stands
// apart from what comes before it: it opens the sentence or follows a mark
// (past an article), as in "..., Josep Borrell, said" or "..., the
// ministry, said", and does not end a clause as "to Russia" does in
// "... to Russia, said Shin".
func (s *sent) setOff(lo int) bool {
	toks := s.d.toks
	k := lo - 1
	if k > s.lo && companyNoun(toks[k].Norm) {
		// "The Turkish company Baykar, having learned of it, announced":
		// a description of the firm before its name.
		for k--; k >= s.lo && lo-k <= 4 && (toks[k].Kind == Word && !toks[k].Cap && !s.is(k, fStop|fVerb) || s.actorAt(k) >= 0 && s.actors[s.actorAt(k)].demonym); k-- {
		}
	}
	for k >= s.lo && (toks[k].Norm == "the" || toks[k].Norm == "a" || toks[k].Norm == "an") {
		k--
	}
	return k < s.lo || toks[k].Kind == Punct
}

// skipAlias steps left over a name in brackets whose closing bracket is
// token j, so the name before it is read: "the Department of Defense
// (Pentagon) announced". It returns j unchanged when it closes no alias.
func (s *sent) skipAlias(j int) int {
	toks := s.d.toks
	for k := j - 1; k > s.lo && j-k <= 6; k-- {
		switch {
		case toks[k].Norm == "(":
			if k < j-1 {
				return k - 1
			}
			return j
		case !s.isNameWord(k):
			return j
		}
	}
	return j
}

func isAux(w string) bool {
	switch w {
	case "has", "have", "had", "is", "was", "were", "are", "will", "would", "did", "does", "also":
		return true
	}
	return false
}

// isNameWord reports whether token j can be part of a speaker phrase: a
// capitalised word, a title or institution word, an actor, or the small
// words inside names ("of", "the", "'s").
func (s *sent) isNameWord(j int) bool {
	t := &s.d.toks[j] // not a copy: a token is 32 bytes, and phrases read many
	switch {
	case s.actorAt(j) >= 0:
		return true
	case t.Kind == Word && (t.Cap || s.is(j, fRole)):
		return (!s.is(j, fStop) || t.Norm == "the" || t.Norm == "of") && !s.is(j, fCalendar)
	case smallNameWord(t.Norm):
		return true
	case t.Norm == "." && j > s.lo && j+1 < s.hi && !t.Space:
		// A middle initial's period: "John F. Kirby".
		p := &s.d.toks[j-1]
		return p.Kind == Word && p.Cap && len(p.Norm) == 1 && s.d.toks[j+1].Cap
	case t.Norm == "in":
		// "the US embassy in Kyiv", "Russia's ambassador in Seoul": where a
		// body or title sits is part of its name.
		return j > s.lo && j+1 < s.hi && s.is(j-1, fRole) && (s.d.toks[j+1].Cap || s.bothSides(j+1))
	case t.Norm == "on":
		return j > s.lo && j+1 < s.hi && s.is(j-1, fRole) && s.bothSides(j+1) // "officials on both sides"
	case t.Norm == "both":
		return s.bothSides(j)
	case bothWhat(t.Norm):
		return j > s.lo && s.bothSides(j-1)
	case t.Norm == "for":
		// Inside a name between capitalised words: "the Institute for the
		// Study of War", "Center for Strategic and International Studies".
		toks := s.d.toks
		k := j + 1
		if k < s.hi && toks[k].Norm == "the" {
			k++
		}
		return j > s.lo && toks[j-1].Cap && k < s.hi && toks[k].Cap

	case Joiner(s.d.toks, j):
		return true
	case t.Kind == Word && j-2 >= s.lo && Joiner(s.d.toks, j-1) && s.d.toks[j-2].Cap && s.actorAt(j-2) < 0 && len(t.Norm) <= 6 &&
		(j+1 >= s.hi || !s.d.toks[j+1].Cap && s.d.toks[j+1].Kind != Word || s.is(j+1, fVerb)):
		return true // the second syllable of a given name: "Lee Seong-kweun said"
	case t.Kind == Word && (j > s.lo && Joiner(s.d.toks, j-1) || j+1 < s.hi && Joiner(s.d.toks, j+1)):
		// A word of a compound before a name or title: "state-run media",
		// "open-source analysts"; not "a closed-door briefing".
		e := j
		for e+2 < s.hi && Joiner(s.d.toks, e+1) {
			e += 2
		}
		n := e + 1
		return n < s.hi && s.d.toks[n].Kind == Word && (s.d.toks[n].Cap || s.is(n, fRole) || s.actorAt(n) >= 0)
	}
	return false
}

// bothSides reports whether "both" at j, after a title or its "in" or
// "on", names where the speakers sit: "officials in both capitals said",
// "officials on both sides".
func (s *sent) bothSides(j int) bool {
	toks := s.d.toks
	if j+1 >= s.hi || j-2 < s.lo || toks[j].Norm != "both" || !bothWhat(toks[j+1].Norm) {
		return false
	}
	return (toks[j-1].Norm == "in" || toks[j-1].Norm == "on") && s.is(j-2, fRole)
}

// bothWhat reports whether w, after "both", names the two parties whose
// people speak: "capitals", "countries", "sides", "governments".
func bothWhat(w string) bool {
	return w == "capitals" || w == "countries" || w == "sides" || w == "governments"
}

// putsEstimate reports whether "put" at i opens an estimate: "puts the
// number (total, figure) of ... at".
func (s *sent) putsEstimate(i int) bool {
	toks := s.d.toks
	if i+2 >= s.hi || toks[i+1].Norm != "the" {
		return false
	}
	switch toks[i+2].Norm {
	case "number", "total", "figure", "tally", "count", "value":
	default:
		return false
	}
	for j := i + 3; j < s.hi && j <= i+20; j++ {
		if toks[j].Norm == "at" {
			return true
		}
	}
	return false
}

// bodyWord reports whether w ends the name of a body, not a person's
// title: "Japan's embassy", "the defence ministry".
func bodyWord(w string) bool {
	switch w {
	case "embassy", "consulate", "ministry", "agency", "office", "mission", "department", "government", "service", "council":
		return true
	}
	return false
}

// familiarBefore reports whether the words ending at j are "familiar with
// the matter" (the talks, the plans ...; or "aware of", "briefed on",
// "close to", "knowledgeable about") after those who know it, and
// returns where they start: "two people familiar with the matter",
// "officials familiar with the talks".
func (s *sent) familiarBefore(j int) (int, bool) {
	toks := s.d.toks
	k := j - 3
	if k-1 < s.lo || toks[k+2].Norm != "the" {
		return 0, false
	}
	if !knowsMatter(toks[k].Norm, toks[k+1].Norm) {
		return 0, false
	}
	h := k - 1 // the head: "people", "officials", "sources"
	switch toks[h].Norm {
	case "people", "persons", "sources", "officials", "diplomats", "source", "person", "official":
	default:
		return 0, false
	}
	lo := h
	for lo-1 >= s.lo && (s.inQty[lo-1-s.lo] || s.isNameWord(lo-1) && toks[lo-1].Kind == Word) && h-lo < 4 {
		lo-- // "two people", "three US officials"
	}
	return lo, true
}

// countedBy returns whose count or estimate the sentence gives, opening
// it ("By the JCS count, the North has handed over ...") or closing it
// ("..., by Ukraine's count."); "By one estimate" names no one.
func (s *sent) countedBy() speaker {
	toks := s.d.toks
	var by, noun int
	switch {
	case toks[s.lo].Norm == "by":
		by, noun = s.lo, s.lo+2
		for noun < s.hi && noun-by <= 5 && !countNoun(toks[noun].Norm) {
			noun++
		}
	case s.hi-s.lo > 5 && countNoun(toks[s.hi-2].Norm):
		noun, by = s.hi-2, s.hi-3
		for by > s.lo && noun-by <= 5 && toks[by].Norm != "by" {
			by--
		}
	default:
		return speaker{}
	}
	if noun >= s.hi || !countNoun(toks[noun].Norm) || toks[by].Norm != "by" {
		return speaker{}
	}
	lo := by + 1
	if toks[lo].Norm == "the" || toks[lo].Norm == "its" {
		lo++
	}
	if lo >= noun || !s.namesSomeone(lo, noun) {
		return speaker{}
	}
	s.markSpeakers(lo, noun)
	sp := s.speakerOf(lo, noun)
	if sp.name != "" {
		s.d.canonical(&sp)
	}
	return sp
}

func countNoun(w string) bool {
	switch w {
	case "count", "tally", "estimate", "reckoning", "estimates", "calculations":
		return true
	}
	return false
}

// knowsMatter reports whether a and b are an adjective of knowing and its
// preposition: "familiar with", "aware of", "briefed on", "close to",
// "knowledgeable about" (the matter).
func knowsMatter(a, b string) bool {
	switch a {
	case "familiar":
		return b == "with"
	case "aware":
		return b == "of"
	case "briefed":
		return b == "on"
	case "close":
		return b == "to"
	case "knowledgeable":
		return b == "about"
	}
	return false
}

// familiarAt returns the end of "people familiar with the matter" (see
// familiarBefore) when it starts at token lo, perhaps after a count ("two
// people") or an article; else 0.
func (s *sent) familiarAt(lo int) int {
	for end := lo + 4; end <= lo+7 && end <= s.hi; end++ {
		if start, ok := s.familiarBefore(end - 1); ok && start >= lo && start <= lo+2 {
			return end
		}
	}
	return 0
}

// namesSomeone reports whether the phrase [lo, hi) holds a capitalised word
// or an actor: "a report" names no one, "a UN report" does.
func (s *sent) namesSomeone(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if s.d.toks[j].Cap || s.actorAt(j) >= 0 {
			return true
		}
	}
	return false
}

// phraseLeft returns the speaker phrase ending at token j.
func (s *sent) phraseLeft(j int) (lo, hi int) {
	hi = j + 1
	lo = hi
	for k := j; k >= s.lo && hi-k <= 10 && s.isNameWord(k); k-- {
		lo = k
	}
	return s.trimPhrase(lo, hi)
}

// phraseRight returns the speaker phrase starting at token j.
func (s *sent) phraseRight(j int) (lo, hi int) {
	lo, hi = j, j
	for k := j; k < s.hi && k-j < 10 && (s.isNameWord(k) || k > j && s.d.toks[k].Norm == "sources"); k++ {
		hi = k + 1
	}
	hi = s.basedBody(hi)
	return s.trimPhrase(lo, hi)
}

// basedBody extends a name that ends at hi with "-based" and the nouns
// after it: "a British-based war monitor", "a Washington-based think
// tank" is a body the place only locates.
func (s *sent) basedBody(hi int) int {
	toks := s.d.toks
	j := hi // the token of "based"
	if Joiner(toks, j) {
		j++ // (a state's mention may take its hyphen with it)
	}
	if j == hi && !Joiner(toks, j-1) || j >= s.hi || toks[j].Norm != "based" {
		return hi
	}
	end := j + 1
	for k := end; k < s.hi && k-end < 3 && toks[k].Kind == Word && !toks[k].Cap && !s.is(k, fStop); k++ {
		end = k + 1
	}
	if end == j+1 {
		return hi // "London-based" alone names no one
	}
	return end
}

// smallNameWord reports whether w is one of the small words inside names
// ("of", "the", "'s", "and"). A switch tells most words by their length.
func smallNameWord(w string) bool {
	switch w {
	case "of", "the", "'s", "and":
		return true
	}
	return false
}

// trimPhrase drops leading and trailing small words from a phrase.
func (s *sent) trimPhrase(lo, hi int) (int, int) {
	toks := s.d.toks
	for lo < hi && smallNameWord(toks[lo].Norm) {
		lo++
	}
	for hi > lo && smallNameWord(toks[hi-1].Norm) {
		hi--
	}
	// A phrase must name someone: a lone sentence-initial word is not a name.
	if hi-lo == 1 && lo == s.lo && s.actorAt(lo) < 0 && !s.is(lo, fRole) {
		return lo, lo
	}
	return lo, hi
}

// speakerOf turns a phrase into a speaker: a person's name when the phrase
// ends in one ("Defense Minister Shin Wonsik" gives "Shin Wonsik"), else the
// institution as written ("National Intelligence Service").
// leaderSince returns, for "he" or "she" at token j that speaks, the
// leader named last before it when no speaker has been named since: "For
// now, Kim Jong Un appears satisfied. In April he acknowledged that his
// troops had fought" is Kim speaking, not the officials quoted before.
func (s *sent) leaderSince(j int) (speaker, bool) {
	if w := s.d.toks[j].Norm; w != "he" && w != "she" {
		return speaker{}, false
	}
	l, last := s.d.lastLeader, &s.d.lastSpeaker
	if l == nil || l.resolved || l.prep != "" || !s.d.leaderAlone || l.lo >= j || last.name != "" && (last.from.hi <= last.from.lo || last.from.lo >= l.lo) {
		return speaker{}, false
	}
	hi := l.hi
	if l.possessive {
		hi-- // "Kim Jong Un's": the name without "'s"
	}
	if hi <= l.lo {
		return speaker{}, false
	}
	name := s.d.text[s.d.toks[l.lo].Start:s.d.toks[hi-1].End]
	return speaker{name: name, person: true, code: l.ref.Code, from: span{l.lo, hi}}, true
}

// leadersNamed counts the sentence's mentions of leaders by name.
func (s *sent) leadersNamed() int {
	n := 0
	for a := range s.actors {
		if m := &s.actors[a]; m.ref.kind == kindLeader && !m.resolved {
			n++
		}
	}
	return n
}

func (s *sent) speakerOf(lo, hi int) speaker {
	sp := s.speakerName(lo, hi)
	for j := lo; j < hi; j++ {
		if a := s.actorAt(j); a >= 0 {
			sp.code = s.actors[a].ref.Code
			break
		}
	}
	return sp
}

func (s *sent) speakerName(lo, hi int) speaker {
	toks := s.d.toks
	if lo >= hi {
		return speaker{}
	}
	nameLo := hi
	for k := hi - 1; k >= lo; k-- {
		t := &toks[k]
		syllable := t.Kind == Word && k-2 >= lo && Joiner(toks, k-1) && toks[k-2].Cap               // "Seong-kweun"
		initial := t.Norm == "." && k > lo && !t.Space && len(toks[k-1].Norm) == 1 && toks[k-1].Cap // "John F. Kirby"
		if t.Kind == Word && t.Cap && !s.is(k, fRole) && s.actorAt(k) < 0 || Joiner(toks, k) && k > lo || syllable || initial {
			nameLo = k
			continue
		}
		if a := s.actorAt(k); a >= 0 && s.actors[a].ref.Kind == "leader" {
			nameLo = s.actors[a].lo
			k = nameLo
			continue
		}
		break
	}
	// A name opens after a title's hyphen only with the title's last part
	// left out: "Secretary-General Mark Rutte" names Mark Rutte, whose title
	// is "Secretary-General".
	for nameLo+2 < hi && Joiner(toks, nameLo) {
		nameLo += 2
	}
	// Capitalised words after a small word of a name end an institution's
	// name, not a person's: "Center for Strategic and International Studies".
	if nameLo > lo && nameLo < hi && isNameJoint(toks[nameLo-1].Norm) {
		nameLo = hi
	}
	if hi-nameLo >= 2 || hi-nameLo == 1 && hi-lo == 1 || nameLo < hi && s.actorAt(nameLo) >= 0 {
		sp := speaker{name: s.d.text[toks[nameLo].Start:toks[hi-1].End], person: true, from: span{nameLo, hi}}
		if nameLo > lo && s.is(nameLo-1, fRole) {
			sp.title = toks[nameLo-1].Norm
		}
		return sp
	}
	name := s.d.text[toks[lo].Start:toks[hi-1].End]
	if a := s.actorAt(lo); a >= 0 && s.actors[a].hi == hi && s.actors[a].ref.Kind == "capital" {
		if country, ok := lex.capitals[name]; ok {
			return speaker{name: country} // "Seoul said": the state speaks
		}
	}
	return speaker{name: strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s"), from: span{lo, hi}}
}

// institutionWord reports whether w names a body, not a person's title:
// "the Ministry of National Defense said" is no title in apposition.
func institutionWord(w string) bool {
	switch w {
	case "ministry", "department", "agency", "office", "command", "service", "council", "committee",
		"government", "administration", "embassy", "mission", "directorate", "bureau":
		return true
	}
	return false
}

// knownName reports whether the one word at j names a person the text has
// named in full, or a leader: "Kirby, the spokesman, said" after "John
// Kirby"; not "Astrakhan, the source said".
func (s *sent) knownName(j int) bool {
	if a := s.actorAt(j); a >= 0 && s.actors[a].ref.kind == kindLeader {
		return true
	}
	w := s.d.text[s.d.toks[j].Start:s.d.toks[j].End]
	for _, full := range s.d.speakers {
		if lastWordIs(full, w) {
			return true
		}
	}
	return false
}

// outletHead reports whether a speaker's name is a generic word for an
// outlet: "the newspaper", "the news agency" ("agency" alone is as often a
// government's: "the arms procurement agency said").
func (d *doc) outletHead(sp *speaker) bool {
	switch sp.name {
	case "news agency", "newspaper", "daily", "broadcaster", "magazine":
		return true
	case "agency":
		return sp.from.hi >= 2 && d.toks[sp.from.hi-2].Norm == "news"
	}
	return false
}

// isNameJoint reports whether w joins the words of an institution's name.
func isNameJoint(w string) bool {
	return w == "and" || w == "for" || w == "of" || w == "the"
}

func (s *sent) markSpeakers(lo, hi int) {
	for j := lo; j < hi; j++ {
		if a := s.actorAt(j); a >= 0 {
			s.actors[a].speaker = true
		}
	}
}

// roleIn reports whether a title's word stands in tokens lo to hi: "South
// Korea's defence minister" is a title in apposition; "Seoul", in "sent
// missiles to Putin, Seoul says", is who speaks.
func (s *sent) roleIn(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if s.is(j, fRole) {
			return true
		}
	}
	return false
}

// outletAt names the outlet at token j, or the last outlet named when the
// text says "the news agency" or "the newspaper".
func (s *sent) outletAt(j int) string {
	toks := s.d.toks
	for j < s.hi && (toks[j].Norm == "the" || toks[j].Norm == "a") {
		j++
	}
	if j >= s.hi {
		return ""
	}
	if _, name, ok := lex.outlets.Match(toks, j, s.hi); ok {
		return name
	}
	switch toks[j].Norm {
	case "news", "newspaper", "agency", "outlet", "broadcaster", "paper", "daily":
		return s.d.lastOutlet
	}
	return ""
}

// outletNamed returns the outlet a speaker's name names, if any.
func (s *sent) outletNamed(sp *speaker) string {
	name := sp.name
	if name == "" {
		return ""
	}
	// A sentence asks up to three times about one name, and the next
	// sentence often about the same speaker.
	if m := &s.d.outletMemo; m.name == name {
		return m.outlet
	}
	toks, ok := s.d.tokensOf(sp)
	if !ok {
		toks = appendTokens(s.d.nameToks[:0], name)
		s.d.nameToks = toks
	}
	outlet := outletIn(toks)
	s.d.outletMemo.name, s.d.outletMemo.outlet = name, outlet
	return outlet
}

// tokensOf returns the text's own tokens for a speaker's name, when the
// name is still the stretch of text it was read from (or that stretch but
// a trailing "'s"): they are the tokens the name alone would give, so the
// name need not be tokenized again. A stretch that opens on a clitic
// ("'s Defence Ministry") is not: alone, its apostrophe is a mark.
func (d *doc) tokensOf(sp *speaker) ([]Token, bool) {
	lo, hi := sp.from.lo, sp.from.hi
	if lo >= hi || strings.HasPrefix(d.toks[lo].Norm, "'") {
		return nil, false
	}
	start := int(d.toks[lo].Start)
	for ; hi > lo && int(d.toks[hi-1].End)-start >= len(sp.name); hi-- {
		if int(d.toks[hi-1].End)-start == len(sp.name) && d.text[start:d.toks[hi-1].End] == sp.name {
			return d.toks[lo:hi], true
		}
	}
	return nil, false
}

// outletIn returns the outlet named first in toks, or "".
func outletIn(toks []Token) string {
	for i := range toks {
		if !lex.outlets.starts(toks[i].word) {
			continue // most words of a name: spare the call
		}
		if _, o, ok := lex.outlets.Match(toks, i, len(toks)); ok {
			return o
		}
	}
	return ""
}

// spelledSpeaker returns the speaker named before whose capitalised words'
// initials the all-capitals name spells, or "": "the NIS said" after "the
// National Intelligence Service said" is the service, though the text never
// put the letters in brackets. Three letters at least: "US" or "EU" are
// names of their own.
func (d *doc) spelledSpeaker(name string) string {
	if len(name) < 3 || len(name) > 6 {
		return ""
	}
	for i := 0; i < len(name); i++ {
		if name[i] < 'A' || name[i] > 'Z' {
			return ""
		}
	}
	for k := len(d.speakers) - 1; k >= 0; k-- {
		full := d.speakers[k]
		var b []byte
		for _, w := range strings.Fields(full) {
			if w[0] >= 'A' && w[0] <= 'Z' {
				b = append(b, w[0])
			} else if w != "of" && w != "and" && w != "for" && w != "the" {
				b = nil
				break
			}
		}
		if string(b) == name {
			return full
		}
	}
	return ""
}

// acronyms finds "Long Name (LN)" and "Long Name(LN)" definitions: an
// all-capitals word in brackets after capitalised words whose initials it
// spells. It looks only at the brackets marks lists (see markList).
func acronyms(text string, toks []Token, marks []int32) map[string]string {
	var m map[string]string
	for _, k := range marks {
		i := int(k)
		if i < 2 || i+2 >= len(toks) || toks[i].Norm != "(" || toks[i+2].Norm != ")" || !toks[i+1].Upper {
			continue
		}
		ac := text[toks[i+1].Start:toks[i+1].End]
		// Walk back over as many capitalised words as the acronym has letters,
		// allowing small words ("of", "and") between them.
		j, n := i-1, 0
		for j >= 0 && n < len(ac) {
			t := toks[j]
			if t.Cap && t.Kind == Word {
				n++
				if n == len(ac) {
					break
				}
			} else if t.Norm != "of" && t.Norm != "and" && t.Norm != "for" && t.Norm != "the" {
				break
			}
			j--
		}
		if n == len(ac) && j >= 0 && strings.EqualFold(initials(toks[j:i]), ac) {
			if m == nil {
				m = map[string]string{}
			}
			m[ac] = text[toks[j].Start:toks[i-1].End]
		}
	}
	return m
}

func initials(toks []Token) string {
	var b []byte
	for _, t := range toks {
		if t.Cap && t.Kind == Word {
			b = append(b, t.Norm[0])
		}
	}
	return string(b)
}

// docAttrib is an attribution remembered for quotations that span
// sentences: quoteSpeakers reads who speaks and where the verb stands.
type docAttrib struct {
	verb    int
	speaker speaker
}

// quoteSpeakers attributes claims inside a quotation to whoever the text
// says spoke it: a speech verb just after the closing mark ("...,” Macron
// said) or just before the opening one (He told parliament: “...). A quotation
// that runs on into the next paragraph keeps its speaker.
func (d *doc) quoteSpeakers(quotes []span) {
	// The speakers are read in place, not copied: none stands for no one.
	var none speaker
	prev, prevEnd := &none, -1
	for _, q := range quotes {
		sp := &none
		for k := range d.attribs {
			if a := &d.attribs[k]; a.verb >= q.hi && a.verb <= q.hi+6 || a.verb < q.lo && a.verb >= q.lo-8 {
				sp = &a.speaker
				break
			}
		}
		if sp.name == "" && prevEnd >= 0 && q.lo-prevEnd <= 1 {
			sp = prev // the quotation goes on in a new paragraph
		}
		if sp.name != "" {
			for i := range d.claims {
				c := &d.claims[i]
				if c.lo >= q.lo && c.hi <= q.hi && c.speaker.name == "" {
					c.speaker = *sp
				}
			}
		}
		prev, prevEnd = sp, -1
		if q.hi < len(d.toks) && d.toks[q.hi].Newline && d.toks[q.hi-1].Norm != "\"" {
			prevEnd = q.hi // left open at the end of its paragraph
		}
	}
}

// appendQuoteRegions pairs opening and closing quotation marks, appending
// each quoted stretch to out (a buffer the extractor reuses); a quotation
// left open runs to the end of its paragraph. It looks only at the tokens
// marks lists (see markList): the quotation marks and the tokens that
// start a line.
func appendQuoteRegions(out []span, toks []Token, marks []int32) []span {
	open := -1
	for _, m := range marks {
		i := int(m)
		if i >= len(toks) {
			break // a line break at the text's end
		}
		t := &toks[i] // not a copy of each token
		if open >= 0 && t.Newline && t.Norm != "\"" {
			out = append(out, span{open, i})
			open = -1
		}
		if t.Norm != "\"" {
			continue
		}
		opening := t.Start == 0 || t.Space || t.Newline
		switch {
		case open < 0 && (opening || toks[i].Start != 0 && i+1 < len(toks) && !toks[i+1].Space):
			open = i
		case open >= 0:
			out = append(out, span{open, i + 1})
			open = -1
		}
	}
	if open >= 0 {
		out = append(out, span{open, len(toks)})
	}
	return out
}
