package extract

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// timesTSV is the time vocabulary; lexicon/times.tsv documents its classes.
//
//go:embed lexicon/times.tsv
var timesTSV string

// timeClass is a set of the lexicon classes a word belongs to.
type timeClass uint32

const (
	tcMonth timeClass = 1 << iota
	tcWeekday
	tcSeason
	tcPart
	tcShift
	tcWindow
	tcUnit
	tcDay
	tcDaypart
	tcOrdinal
	tcDivision
	tcWeekend
	tcAnchor
	tcAgo
	tcSoonStop
	tcRangeTo
	tcEventStart
	tcOrdSuffix
	tcYearNext
	tcCountWord
)

type partKind uint8

const (
	partEarly partKind = iota + 1
	partMid
	partLate
	partStart
	partEnd
)

type unitKind uint8

const (
	unitHour unitKind = iota + 1
	unitDay
	unitWeek
	unitMonth
	unitYear
	unitDecade
)

// relation is how an event relates to the time expression after it.
type relation uint8

const (
	relIn relation = iota
	relSince
	relBy
	relUntil
	relBefore
	relAfter
	relAsOf
	relFrom    // "from X to Y", or "from X" alone, which reads as "since"
	relBetween // "between X and Y"
	relWithin  // "within a year": a window from the publication date
)

// relationNames are the TimeMatch.Relation values; relFrom, relBetween and
// relWithin never reach a TimeMatch under their own name.
var relationNames = map[string]relation{
	"in": relIn, "since": relSince, "by": relBy, "until": relUntil, "before": relBefore,
	"after": relAfter, "as_of": relAsOf, "from": relFrom, "between": relBetween, "within": relWithin,
}

func (r relation) String() string {
	switch r {
	case relSince:
		return "since"
	case relBy:
		return "by"
	case relUntil:
		return "until"
	case relBefore:
		return "before"
	case relAfter:
		return "after"
	case relAsOf:
		return "as_of"
	}
	return "in"
}

// timeWord is everything the lexicon says about one token norm.
type timeWord struct {
	class   timeClass
	strict  bool // month or season that needs a day, a year or a trigger word
	month   int8
	weekday int8
	season  int8 // first month of the season
	part    partKind
	partOf  bool // the part word needs "of" or "-" before the period
	shift   int8
	window  int8
	unit    unitKind
	back    int16 // units "recent" stands for
	ahead   int16 // units "coming" stands for
	day     int8
	ordinal int8
	pieces  int8 // division: 2 halves or 4 quarters
	letter  bool // "Q3", "H1"
	anchor  int8
	// start is true when an expression can begin with this word; the scan
	// skips every other word without trying to parse.
	start bool
	// phrases are the lexicon phrases that begin with this word, longest
	// first; phraseKinds has bit 1<<kind set for each kind among them, so
	// that phraseAt turns most words away without reading the phrases.
	phrases     []timePhrase
	phraseKinds uint8
}

type phraseKind uint8

const (
	phRel phraseKind = iota
	phCount
	phSoon
	phEvent
	phEventVerb
)

// phrase is a lexicon entry of one or more words.
type timePhrase struct {
	words []string
	kind  phraseKind
	rel   relation
	// countPrep marks a preposition that also introduces quantities.
	countPrep bool
	count     int // -1 for a vague count ("few")
	date      date
}

// timeLexicon maps a token's Norm to its time words. The parser reads it by
// word number, through lex.timeWords.
type timeLexicon struct {
	words map[string]*timeWord
}

func mustTimeLexicon(src string) *timeLexicon {
	lx, err := parseTimeLexicon(src)
	if err != nil {
		panic(err)
	}
	return lx
}

// parseTimeLexicon reads the tab-separated vocabulary described at the top of
// lexicon/times.tsv.
func parseTimeLexicon(src string) (*timeLexicon, error) {
	lx := &timeLexicon{words: map[string]*timeWord{}}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			return nil, fmt.Errorf("parse times.tsv line %d: want form<TAB>class", n+1)
		}
		var words []string
		for _, t := range Tokenize(f[0]) {
			words = append(words, t.Norm)
		}
		if len(words) == 0 {
			return nil, fmt.Errorf("parse times.tsv line %d: empty form", n+1)
		}
		if err := lx.add(words, f[1], f[2:]); err != nil {
			return nil, fmt.Errorf("parse times.tsv line %d: %w", n+1, err)
		}
		// Every word of a phrase gets an entry, if only an empty one, so
		// that the vocabulary, which numbers the lexicon's words, numbers
		// it too: timeFollows marks a phrase's next word by its number.
		for _, w := range words[1:] {
			lx.word(w)
		}
	}
	for _, w := range lx.words {
		// Longest first, so "as early as" wins over shorter entries.
		ps := w.phrases
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
	}
	return lx, nil
}

func (lx *timeLexicon) add(words []string, class string, vals []string) error {
	val := func(i int) string {
		if i < len(vals) {
			return vals[i]
		}
		return ""
	}
	num := func(i int) (int, error) {
		v, err := strconv.Atoi(val(i))
		if err != nil {
			return 0, fmt.Errorf("%s %q: want a number, got %q", class, strings.Join(words, " "), val(i))
		}
		return v, nil
	}
	flag := func(f string) bool {
		for _, v := range vals[min(1, len(vals)):] {
			if v == f {
				return true
			}
		}
		return false
	}
	switch class {
	case "rel", "count", "soon", "event", "eventverb":
		p := timePhrase{words: words}
		switch class {
		case "rel":
			r, ok := relationNames[val(0)]
			if !ok {
				return fmt.Errorf("rel %q: unknown relation %q", strings.Join(words, " "), val(0))
			}
			p.kind, p.rel, p.countPrep = phRel, r, flag("count")
		case "count":
			p.kind, p.count = phCount, -1
			if val(0) != "few" {
				v, err := num(0)
				if err != nil {
					return err
				}
				p.count = v
			}
		case "soon":
			p.kind = phSoon
		case "event":
			p.kind = phEvent
			if val(0) != "-" {
				d, err := time.Parse(time.DateOnly, val(0))
				if err != nil {
					return fmt.Errorf("event %q: %w", strings.Join(words, " "), err)
				}
				p.date = ymd(d.Year(), int(d.Month()), d.Day())
			}
		case "eventverb":
			p.kind = phEventVerb
		}
		w := lx.word(words[0])
		w.phrases = append(w.phrases, p)
		w.phraseKinds |= 1 << p.kind
		if p.kind == phRel || p.kind == phCount || p.kind == phSoon {
			w.start = true
		}
		return nil
	}
	if len(words) != 1 {
		return fmt.Errorf("%s %q: want a single word", class, strings.Join(words, " "))
	}
	w := lx.word(words[0])
	var err error
	v := 0
	switch class {
	case "month", "weekday", "season", "shift", "window", "day", "ordinal", "division", "anchor":
		if v, err = num(0); err != nil {
			return err
		}
	}
	switch class {
	case "month":
		w.class |= tcMonth
		w.month, w.strict, w.start = int8(v), flag("strict") || w.strict, true
		if v < 1 || v > 12 {
			return fmt.Errorf("month %q: %d out of range", words[0], v)
		}
	case "weekday":
		w.class |= tcWeekday
		w.weekday, w.start = int8(v), true
	case "season":
		w.class |= tcSeason
		w.season, w.strict, w.start = int8(v), flag("strict") || w.strict, true
	case "part":
		w.class |= tcPart
		w.part, w.partOf, w.start = map[string]partKind{"early": partEarly, "mid": partMid,
			"late": partLate, "start": partStart, "end": partEnd}[val(0)], flag("of"), true
		if w.part == 0 {
			return fmt.Errorf("part %q: unknown part %q", words[0], val(0))
		}
	case "shift":
		w.class |= tcShift
		w.shift, w.start = int8(v), true
	case "window":
		w.class |= tcWindow
		w.window, w.start = int8(v), true
	case "unit":
		w.class |= tcUnit
		w.unit = map[string]unitKind{"hour": unitHour, "day": unitDay, "week": unitWeek,
			"month": unitMonth, "year": unitYear, "decade": unitDecade}[val(0)]
		if w.unit == 0 {
			return fmt.Errorf("unit %q: unknown unit %q", words[0], val(0))
		}
		b, err := num(1)
		if err != nil {
			return err
		}
		a, err := num(2)
		if err != nil {
			return err
		}
		w.back, w.ahead = int16(b), int16(a)
	case "day":
		w.class |= tcDay
		w.day, w.start = int8(v), true
	case "daypart":
		w.class |= tcDaypart
	case "ordinal":
		w.class |= tcOrdinal
		w.ordinal, w.start = int8(v), true
	case "division":
		w.class |= tcDivision
		w.pieces, w.letter, w.start = int8(v), flag("letter"), true
	case "weekend":
		w.class |= tcWeekend
	case "anchor":
		w.class |= tcAnchor
		w.anchor, w.start = int8(v), true
	case "ago":
		w.class |= tcAgo
	case "soonstop":
		w.class |= tcSoonStop
	case "rangeto":
		w.class |= tcRangeTo
	case "eventstart":
		w.class |= tcEventStart
	case "ordsuffix":
		w.class |= tcOrdSuffix
	case "yearnext":
		w.class |= tcYearNext
	case "countword":
		w.class |= tcCountWord
	default:
		return fmt.Errorf("unknown class %q", class)
	}
	return nil
}

// timeStarts holds, by word number, what the scan asks of every word: 0 if
// no expression starts with it (timeWord.start), else the tf bits of which
// the next token must have one, unless it is a number, for mayMatch to be
// asked: tfThe after "the", tfCount after a word that only starts counts,
// tfRel after a word that starts only relations, with tfEvent when one of
// them may take an event ("since"), tfTime after a word that is read with
// what follows it ("early", "this"), tfAny when the next token tells
// nothing alone ("within" reads its own words, a month may stand alone).
// A dense array answers without following a pointer; indexed by a wordID,
// a uint16, it needs no bounds check.
var timeStarts [1 << 16]uint8

func init() {
	timeWordStarts(&timeStarts, lex.timeWords, lex.vocab)
	timeWordFollows(&timeFollows, lex.timeWords, lex.vocab)
}

// timeFollows holds, by word number, the tf bits below: what a word may
// follow in a time expression. mayMatch reads the word after a start in it,
// which turns most starts away without reading the lexicon's entries.
var timeFollows [1 << 16]uint8

const (
	// tfThe marks a word that may follow "the": one the() reads (a part,
	// ordinal, division, window, season, weekend, unit or count word) or
	// the next word of a soon phrase ("the near future").
	tfThe uint8 = 1 << iota
	// tfCount marks a word that may follow a count: a unit, a word
	// countUnit compares ("-", "to", "or"), or the next word of a count
	// phrase ("a few", "a couple of").
	tfCount
	// tfNumber marks a word that may follow a number of up to three
	// digits: an ordinal suffix, a month, a unit, or "-", "of", "to", "or".
	tfNumber
	// tfRel marks a word that may follow a relation word: the first word
	// of a nominal ("the", "last", a count word), or the next word of a
	// relation phrase ("as of").
	tfRel
	// tfArticle marks "the" and the words that only start counts ("a",
	// "two"): after a relation, what follows them decides.
	tfArticle
	// tfAfterArticle marks a word that may follow one of those after a
	// relation: one that may follow "the" or a count, or a later word of a
	// relation phrase ("over the course of").
	tfAfterArticle
	// tfTime marks a word of the time vocabulary that says more than that
	// a year may come before it: a word of some other class, a word a
	// phrase begins with, a later word of a phrase, or "of" ("the end of
	// 2024"). A part, anchor, window, shift, ordinal, division or unit is
	// read with such a word after it, or a number.
	tfTime
	// tfEvent marks a word an event begins with, after "since", "before",
	// "after" or "until", or after "the" there ("since the war began",
	// "before the start of", "since Russia's invasion").
	tfEvent
	// tfAny is no bit but all of them: in timeStarts, it lets any token
	// follow.
	tfAny uint8 = 0xff
)

// timeWordFollows fills follows from the lexicon's words, by number in v,
// which numbers every word of its phrases (see parseTimeLexicon).
func timeWordFollows(follows *[1 << 16]uint8, words []*timeWord, v *vocab) {
	for id, w := range words {
		if w == nil {
			continue
		}
		if w.class&(tcPart|tcOrdinal|tcDivision|tcWindow|tcSeason|tcWeekend|tcUnit) != 0 || w.phraseKinds&(1<<phCount) != 0 {
			follows[id] |= tfThe
		}
		if w.class&tcUnit != 0 {
			follows[id] |= tfCount
		}
		if w.class&(tcOrdSuffix|tcMonth|tcUnit) != 0 {
			follows[id] |= tfNumber
		}
		if w.class&nominalClasses != 0 || w.phraseKinds&(1<<phSoon|1<<phCount) != 0 {
			follows[id] |= tfRel
		}
		if w.class&nominalClasses == 0 && w.phraseKinds == 1<<phCount {
			follows[id] |= tfArticle
		}
		if w.class&tcEventStart != 0 || w.phraseKinds&(1<<phEvent) != 0 {
			follows[id] |= tfEvent
		}
		if w.class&^(tcYearNext|tcCountWord|tcSoonStop) != 0 || w.phraseKinds != 0 {
			follows[id] |= tfTime
		}
		for _, ph := range w.phrases {
			if len(ph.words) < 2 {
				continue
			}
			for _, later := range ph.words[1:] {
				follows[v.find(later)] |= tfTime
			}
			next := v.find(ph.words[1])
			switch ph.kind {
			case phSoon:
				follows[next] |= tfThe
			case phCount:
				follows[next] |= tfCount
			case phRel:
				follows[next] |= tfRel
				for _, later := range ph.words[1:] {
					follows[v.find(later)] |= tfAfterArticle
				}
			}
		}
	}
	for id := range follows {
		if follows[id]&(tfThe|tfCount) != 0 {
			follows[id] |= tfAfterArticle
		}
	}
	follows[v.find("the")] |= tfArticle
	for _, w := range []string{"-", "to", "or"} {
		follows[v.find(w)] |= tfCount
	}
	for _, w := range []string{"-", "of", "to", "or"} {
		follows[v.find(w)] |= tfNumber
	}
	follows[v.find("the")] |= tfRel
	follows[v.find("of")] |= tfTime
}

// timeWordStarts fills starts from the lexicon's words, by number in v, as
// mayMatch's first tests would judge the next token.
func timeWordStarts(starts *[1 << 16]uint8, words []*timeWord, v *vocab) {
	for id, w := range words {
		switch {
		case w == nil || !w.start:
			starts[id] = 0
		case w.class&nominalClasses == 0 && w.phraseKinds == 1<<phCount:
			starts[id] = tfCount
		case v.forms[id] == "the" && w.phraseKinds&(1<<phRel) == 0:
			starts[id] = tfThe
		case w.class&nominalClasses == 0 && w.phraseKinds&(1<<phSoon|1<<phCount) == 0:
			starts[id] = relationStart(w)
		case w.class&(tcMonth|tcWeekday|tcSeason|tcDay) == 0 && w.phraseKinds&(1<<phSoon|1<<phCount) == 0:
			// A part, anchor, window, shift, ordinal, division or unit
			// is read with what follows it ("early 2024", "this week",
			// "past few weeks", "first half", "year-end"), and so is a
			// relation it begins ("earlier than"): not "this is".
			starts[id] = tfTime
		default:
			starts[id] = tfAny
		}
	}
}

// relationStart is what must follow a word that starts only relations
// (see timeStarts).
func relationStart(w *timeWord) uint8 {
	need := tfRel
	for _, ph := range w.phrases {
		switch {
		case ph.kind != phRel:
		case ph.rel == relWithin:
			return tfAny
		case ph.rel == relSince || ph.rel == relBefore || ph.rel == relAfter || ph.rel == relUntil:
			need |= tfEvent
		}
	}
	return need
}

func (lx *timeLexicon) word(norm string) *timeWord {
	w := lx.words[norm]
	if w == nil {
		w = &timeWord{}
		lx.words[norm] = w
	}
	return w
}

// Token helpers. All of them answer false or nil outside [lo, hi).

func (p *timeParser) in(k int) bool { return k >= p.lo && k < p.hi }

// follows reports whether token k may follow what its tf bit says.
func (p *timeParser) follows(k int, tf uint8) bool {
	return p.in(k) && timeFollows[p.toks[k].word]&tf != 0
}

func (p *timeParser) norm(k int) string {
	if !p.in(k) {
		return ""
	}
	return p.toks[k].Norm
}

func (p *timeParser) is(k int, norm string) bool { return p.in(k) && p.toks[k].Norm == norm }

// word is the lexicon entry of token k; numbers have none.
func (p *timeParser) word(k int) *timeWord {
	if !p.in(k) {
		return nil
	}
	if t := &p.toks[k]; t.Kind != Number {
		return lex.timeWords[t.word]
	}
	return nil
}

func (p *timeParser) has(k int, c timeClass) *timeWord {
	if w := p.word(k); w != nil && w.class&c != 0 {
		return w
	}
	return nil
}

// number reads token k as a plain run of at most maxLen digits.
func (p *timeParser) number(k, maxLen int) (int, bool) {
	if !p.in(k) || p.toks[k].Kind != Number {
		return 0, false
	}
	s := p.toks[k].Norm
	if len(s) > maxLen || !isDigits(s) {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// phraseAt finds the longest lexicon phrase of the kind starting at token k
// and returns it with the index after it. It hands out a pointer into the
// lexicon: a phrase is too big to copy on every try.
func (p *timeParser) phraseAt(k int, kind phraseKind) (*timePhrase, int, bool) {
	w := p.word(k)
	if w == nil || w.phraseKinds&(1<<kind) == 0 {
		return nil, k, false
	}
	for i := range w.phrases {
		ph := &w.phrases[i]
		if ph.kind != kind || k+len(ph.words) > p.hi {
			continue
		}
		ok := true
		for n := 1; n < len(ph.words) && ok; n++ {
			ok = p.toks[k+n].Norm == ph.words[n]
		}
		if ok {
			return ph, k + len(ph.words), true
		}
	}
	return nil, k, false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}
