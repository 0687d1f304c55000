package extract_test

import (
	"os"
	"path/filepath"
	"testing"
)

// probeFloors are the strict F1 floors of the probe sets under
// testdata/probes: passages written for this project in the manner of wire
// copy, press releases and long reports, with gold claims annotated by the
// guide in ../shared/eval/FORMAT.md before the extractor was run on them.
// Unlike the shared dev passages they need nothing beside the repository.
//
// A "-tune" set was read passage by passage while rules were written; a
// "-held" set was only ever scored as a whole, so that its figure says how
// the rules carry to text they were not shaped on. Keep it so: read a held
// set's misses and it stops measuring anything. Each floor sits a little
// under the score at the revision that last raised it; raise it when rules
// improve a set, never lower it to let a change through.
var probeFloors = map[string]float64{
	// Strict F1 at r747 in brackets. The four "-held" sets were read claim
	// by claim from r740 on (after r739, where they stood at 0.738, 0.733,
	// 0.744 and 0.826): they are tune sets now.
	"aid-tune.jsonl":   0.88, // (0.901) Western aid, packages, sales to allies
	"aid-held.jsonl":   0.86, // (0.881)
	"axis-tune.jsonl":  0.92, // (0.942) North Korea, Iran, China, Russia and their partners
	"axis-held.jsonl":  0.71, // (0.733)
	"hard-tune.jsonl":  0.88, // (0.907) long texts, parties named paragraphs back
	"hard-held.jsonl":  0.77, // (0.791)
	"trade-tune.jsonl": 0.83, // (0.852) the commercial trade, contracts and statistics
	"trade-held.jsonl": 0.83, // (0.851)
	// Long articles (10-25 sentences) written after r760 by two writers who
	// never ran the extractor, then read claim by claim: strict F1 0.536
	// and 0.397 at r760, 0.566 and 0.442 at r768. The second writer marks a supplier's "will give"
	// committed where FORMAT.md and the other writers say expected, so its
	// status agreement is low by convention.
	"long-a-tune.jsonl": 0.59, // (0.610 at r832) Middle East, Africa, Asia-Pacific, Latin America, Europe's buys
	"long-b-tune.jsonl": 0.46, // (0.481 at r832) the war in Ukraine, its suppliers on both sides
	// The first four exams below were scored only as a whole until r1016
	// and read claim by claim from r1017 on: tune sets under the names
	// they were read under.
	//
	// Written by one who never ran the extractor nor read its rules, after
	// r739: 0.732 at r593 and at r739 alike, claim for claim; 0.743 at r747.
	"exam-tune.jsonl": 0.84, // 0.874 at r1035, read from r1017
	// The same, longer articles from more regions, written after r747:
	// 0.569 at r593, 0.565 at r747 (P 0.716, R 0.467).
	"exam2-tune.jsonl": 0.66, // 0.577 at r832; 0.697 at r1035, read from r1017
	// The same, a third writer after r748: 37 passages, 163 claims, every
	// kind of flow and traps that are no claims: 0.694 at r593, 0.705 at
	// r748.
	"exam3-tune.jsonl": 0.80, // 0.831 at r1035, read from r1017
	// The same, a fourth writer after r767: 36 passages, 196 claims, a
	// third each of short items, paragraphs and long articles: 0.639 at
	// r593, 0.636 at r748 and r768, 0.663 at r769 (a roundup's main state
	// takes the flows that name no recipient).
	"exam4-tune.jsonl": 0.77, // 0.804 at r1035, read from r1017
	// The same, a fifth writer after r769: 36 passages, 198 claims, a
	// third each of short items, paragraphs and long articles, one passage
	// in six with no claim: 0.722 at r768 and r769 alike (P 0.775, R
	// 0.677).
	"exam5-tune.jsonl": 0.76, // 0.797 at r1038, read from r1039
	// The same, a sixth writer after r800, blind to everything this session
	// changed: 36 passages, 196 claims. 0.645 at r768 and 0.641 at r800:
	// the session's rules, found by black-box batteries, did not carry to
	// it. Its status agreement is low (see docs/accuracy-history.md).
	"exam6-tune.jsonl": 0.66, // 0.701 at r1038, read from r1039
	// The same, a seventh writer after r803, of longer analytical texts
	// (investigations, debates, briefs): 34 passages, 268 claims. 0.607 at
	// r768 and 0.613 at r803.
	"exam7-tune.jsonl": 0.64, // 0.626 at r832, 0.675 at r1038, read from r1039
	// The same, an eighth writer after r803, of short dense wire items and
	// releases: 36 passages, 154 claims. 0.792 at r768 and at r803 alike.
	"exam8-held.jsonl": 0.77,
	// The same, a ninth writer at r816, blind to the session's rules: 40
	// passages, 244 claims (wire items, stories, long pieces, notices and
	// four with no claim). 0.764 at r806, 0.768 at r832. One choice was
	// made with sight of its score (r829 was reverted when exam7 and it
	// each lost a claim), so it is slightly used.
	"exam9-held.jsonl": 0.74,
	// The same, a tenth writer at r829, with government notices and
	// denial-heavy pieces: 36 passages, 220 claims, about twice as dense
	// as dev.jsonl. Scored first at r832: 0.724 at r806, 0.726 at r832.
	"exam10-tune.jsonl": 0.72, // 0.766 at r1056, read from r1057
	// The same, an eleventh writer at r866, blind to the session's rules
	// (training, licensed production, options, tenders, ...): 36 passages,
	// 226 claims, four with no claim. Scored once at each end: 0.753 at
	// r844, 0.762 at r866.
	"exam11-held.jsonl": 0.73,
	// The same, a twelfth writer at r901, blind to the session's rules: 36
	// passages, 252 claims, four with no claim. 0.698 at r883 and at r901
	// alike: the session's rules, read from the tune sets, moved it not.
	"exam12-held.jsonl": 0.67,
	// The same, a thirteenth writer at r952, blind to the session's rules:
	// 36 passages, 276 claims, four with no claim. 0.722 at r946 (the
	// session's start), 0.721 at r953.
	"exam13-held.jsonl": 0.68,
	// The same, a fourteenth writer at r968, blind to the session's rules,
	// weighted to Asia, the Gulf, Africa and Latin America: 36 passages,
	// 282 claims, four with no claim. 0.651 at r946, 0.654 at r968.
	"exam14-tune.jsonl": 0.66, // 0.700 at r1056, read from r1057
	// The same, a fifteenth writer at r981, blind to the session's rules,
	// half on the war in Ukraine and its suppliers, half elsewhere: 36
	// passages, 305 claims, four with no claim. 0.710 at r981.
	"exam15-held.jsonl": 0.66,
	// The same, a sixteenth writer at r1016, blind to the session's rules,
	// a third each of wire items, paragraphs and long articles, fifteen of
	// them on the war in Ukraine: 36 passages, 287 claims, four with no
	// claim. 0.672 at r1016.
	"exam16-tune.jsonl": 0.65, // 0.694 at r1056, read from r1057
	// The same, a seventeenth writer at r1038, blind to the session's rules,
	// a third each of wire items, paragraphs and long articles, twelve of
	// them on the war in Ukraine: 36 passages, 291 claims, four with no
	// claim; its gold was reviewed by a second annotator (8 claims changed,
	// added or removed). 0.566 at r1038 (core 0.686): the hardest exam yet.
	"exam17-tune.jsonl": 0.58, // 0.621 at r1078, read from r1079
	// The same, an eighteenth writer at r1038, in the manners of several
	// outlets: a third wire items and official releases (ministry
	// statements, sale notices, company releases), a third trade-press and
	// analysis paragraphs, a third long articles: 36 passages, 313 claims,
	// four with no claim, reviewed by a second annotator (6 claims changed
	// or added). 0.638 at r1038 (core 0.695).
	"exam18-tune.jsonl": 0.62, // 0.656 at r1078, read from r1079
	// The same, a nineteenth writer at r1056, blind to the extractor, in
	// regional outlets' manners (short items), explainers and Q&A-style
	// paragraphs, and long articles: 36 passages, 321 claims, four with no
	// claim, reviewed by a second annotator (3 claims changed or added).
	// 0.644 at r1056 (core 0.708).
	"exam19-tune.jsonl": 0.61, // 0.649 at r1078, read from r1079
	// The same, a twentieth writer at r1056: breaking-news and live-blog
	// items, investigative paragraphs (shipments traced, seizures, leaked
	// papers), long articles: 36 passages, 290 claims, four with no claim,
	// reviewed by a second annotator (2 claims changed or added). 0.715 at
	// r1056 (core 0.776).
	"exam20-held.jsonl": 0.67,
	// The same, a twenty-first writer at r1078, blind to the extractor: a
	// third research and monitoring writing (trade registers and trackers
	// told in prose, UN panels' findings), a third official records told
	// as news (hearings, parliamentary answers, sanctions designations,
	// export-control cases), a third long features: 36 passages, 294
	// claims, four with no claim; its gold reviewed by a second annotator
	// (no change). 0.618 at r1078 (core 0.701).
	"exam21-tune.jsonl": 0.59, // 0.630 at r1089, read from r1090
	// The same, a twenty-second writer at r1078: foreign press as rendered
	// in English (press reviews, state media quoted), local papers,
	// interviews, fact-checks and explainers, year-end roundups and
	// editorials: 36 passages, 284 claims, four with no claim, reviewed by
	// a second annotator (one claim added). 0.678 at r1078 (core 0.732).
	"exam22-tune.jsonl": 0.66, // 0.703 at r1089, read from r1090
	// The same, a twenty-third writer at r1087, blind to the extractor:
	// wire copy and live-blog entries, trade-press items on contracts and
	// deliveries, and retrospectives telling a transfer years after: 36
	// passages, 307 claims, four with no claim; its gold reviewed by a
	// second annotator (7 claims added, 6 fields changed). 0.624 at r1087
	// (core 0.705).
	"exam23-tune.jsonl": 0.58, // 0.634 at r1096, read from r1097
	// The same, a twenty-fourth writer at r1087: broadcast transcripts,
	// ministry and embassy statements, think-tank newsletters, weighted
	// beyond Europe: 36 passages, 264 claims, four with no claim, reviewed
	// by a second annotator (1 claim added, 3 fields changed). 0.694 at
	// r1087 (core 0.757).
	"exam24-tune.jsonl": 0.65, // 0.697 at r1096, read from r1097
	// The same, a twenty-fifth writer at r1096, blind to the extractor: a
	// third each of short wire items, paragraphs and long articles, from
	// Asian and Latin American wire agencies, parliamentary and budget
	// debates, court and customs cases and procurement stories, a third on
	// the war in Ukraine: 36 passages, 292 claims, five with no claim;
	// its gold reviewed by a second annotator (4 claims added, 1 removed,
	// 8 changed). 0.626 at r1096 (core 0.685).
	"exam25-tune.jsonl": 0.58, // 0.627 at r1114, read from r1115
	// The same, a twenty-sixth writer at r1096: defence-industry business
	// news (export licences, offsets, joint ventures, earnings calls),
	// reported speeches and press conferences, timelines and explainers,
	// weighted to the Middle East, Africa and the Indo-Pacific: 36
	// passages, 284 claims, five with no claim, reviewed by a second
	// annotator (3 added, 1 removed, 3 changed). 0.668 at r1096 (core
	// 0.781).
	"exam26-tune.jsonl": 0.62, // 0.676 at r1114, read from r1115
	// The same, a twenty-seventh writer at r1114, blind to the extractor:
	// regional outlets and newsletters of Eastern Europe, the Caucasus,
	// Central Asia, the Baltic and the Nordic states, weekly roundups of
	// several flows, analysis columns that mention transfers in passing,
	// investigations tracing a shipment through intermediaries: 36
	// passages, 275 claims, four with no claim; reviewed by a second
	// annotator (13 claims added, 22 fields changed). 0.524 at r1114
	// (core 0.670).
	"exam27-tune.jsonl": 0.47, // 0.524 at r1131, read from r1132
	// The same, a twenty-eighth writer at r1114: the flows the project
	// exists for (North Korea and Iran to Russia and back, Western aid to
	// Ukraine, Israel and Taiwan) as Korean, Japanese, Ukrainian, Israeli
	// and American outlets tell them, with changing estimates, denials and
	// live-blog items: 36 passages, 283 claims, five with no claim;
	// reviewed by a second annotator (19 added, 15 fields changed). 0.624
	// at r1114 (core 0.728).
	"exam28-tune.jsonl": 0.57, // 0.628 at r1131, read from r1132
	// The same, a twenty-ninth writer at r1131: the Middle East and Africa
	// (Gulf and Turkish buyers and sellers, drones reaching African armies
	// and militias, Sudan's suppliers through intermediaries, Libya, Yemen,
	// Iran's proxies, Israel's trade), UN panels and research groups told
	// by news outlets, smuggling cases: 36 passages, 268 claims, four with
	// no claim; reviewed by a second annotator (17 added, 1 removed, 10
	// fields changed). 0.527 at r1131 (core 0.597).
	"exam29-tune.jsonl": 0.49, // 0.540 at r1141, read from r1142
	// The same, a thirtieth writer at r1131: European governments and
	// defence-industry press (itemised packages for Ukraine, European
	// purchases from the US, Korea and Israel, co-production, shell drives
	// and frozen-asset money), press releases, parliamentary answers,
	// bullet lists, explainers: 36 passages, 308 claims, four with no
	// claim; reviewed by a second annotator (5 added, 8 fields changed).
	// 0.605 at r1131 (core 0.699).
	"exam30-tune.jsonl": 0.55, // 0.605 at r1141, read from r1142
	// The same, a thirty-first writer at r1141: the flows the project
	// exists for (North Korea and Iran to Russia, Russia to North Korea and
	// Iran, Western aid to Ukraine, China's dual-use goods) as intelligence
	// assessments, open-source researchers (satellite images of ports and
	// rail yards, serial numbers on debris), sanctions monitors and
	// parliamentary questions tell them, with changing estimates, hedged
	// attribution and denials: 36 passages, 255 claims, four with no
	// claim; reviewed by a second annotator (5 added, 1 field changed).
	// 0.623 at r1141 (core 0.695).
	"exam31-tune.jsonl": 0.57, // 0.623 at r1150, read from r1151
	// The same, a thirty-second writer at r1141: a world survey of
	// arms-sales notices and export licences, yearly arms-trade reviews and
	// aid trackers, deals in South and Southeast Asia, the Gulf, Turkey,
	// Africa and Latin America (purchases, licensed production, second-hand
	// transfers, surplus gifts, loans and credits for arms), in wire,
	// business-press and feature styles: 36 passages, 314 claims, four with
	// no claim; reviewed by a second annotator (20 added, 1 removed, 16
	// fields changed). 0.543 at r1141 (core 0.703).
	"exam32-tune.jsonl": 0.49, // 0.548 at r1150, read from r1151
	// The same, a thirty-third writer at r1150, in the mix of dev.jsonl: a
	// third on who arms Russia (North Korea's shells, missiles and troops
	// with estimates that rose, Iran's drones, Belarus, China's parts, what
	// Russia gives back), a third on aid to Ukraine (itemised packages,
	// frozen-asset money, joint purchase schemes, refusals), a third on the
	// world arms trade; ten long articles, translated and wire English: 36
	// passages, 204 claims, four with no claim; reviewed by a second
	// annotator (2 added, 1 field changed). 0.677 at r1151 (core 0.752).
	"exam33-held.jsonl": 0.62,
	// The same, a thirty-fourth writer at r1150, weighted to the world arms
	// trade (Poland, Greece, the Baltic and Nordic states, the Gulf, Egypt,
	// Turkey, seized shipments for the Houthis and Hezbollah, Taiwan, the
	// Philippines, India, Pakistan, Japan, Indonesia, Korea's exports,
	// Africa, Latin America: options, second-hand sales, licensed
	// production, loans for arms), a quarter on Russia's and Ukraine's
	// suppliers, ten long articles: 36 passages, 256 claims, four with no
	// claim; reviewed by a second annotator (16 added, 1 removed, 32 fields
	// changed). 0.545 at r1151 (core 0.705).
	"exam34-held.jsonl": 0.49,
	// The same, a thirty-fifth writer at r1157, in the mix of dev.jsonl: a
	// third on who arms Russia (North Korea's shells, missiles and troops,
	// Iran's drones and know-how, Belarus, China's engines and machine
	// tools, what Russia gives back, denials), a third on aid to Ukraine
	// (a drawdown list, a pause, aid-tracker totals, the Czech and PURL
	// schemes, refusals), a third on the world arms trade; nine long
	// articles: 36 passages, 235 claims, four with no claim; reviewed by a
	// second annotator (3 added, 1 removed, 6 fields changed). 0.729 at
	// r1157 (core 0.789).
	"exam35-held.jsonl": 0.68,
	// The same, a thirty-sixth writer at r1157, across regions and kinds of
	// flow: Iran's partners (Houthis, Hezbollah, Iraqi militias, Sudan,
	// seized shipments), Russia's partners and customers, exporters' deals
	// (sale notices, Korea, Turkey, Israel, China, Brazil), aid to Ukraine
	// and Israel and its limits (pauses, bans, licences), technology and
	// training, troops abroad; nine long articles: 36 passages, 222 claims,
	// four with no claim; reviewed by a second annotator (7 added, 3 fields
	// changed). 0.703 at r1157 (core 0.752).
	"exam36-held.jsonl": 0.65,
	// A tune set written at r916 by a writer who never ran the extractor,
	// in the exams' manner but weighted away from Ukraine (the Gulf,
	// Turkey's and Korea's exports, DSCA notices, India, Africa): 40
	// passages, 451 claims, four with no claim; read claim by claim from
	// r917. 0.528 at r916.
	"mix-tune.jsonl": 0.50,
	// Batteries written after r777 by two writers who ran the extractor as
	// a black box to find what it misses, then read: one of 385 short
	// texts, each one construction of English (passives, relatives,
	// coordination, nominals, negation, modals; claims FORMAT.md leaves
	// open are left out, and evidence is not given), 0.936 at r781; one of
	// 160 texts of two to six sentences whose parties or goods are told in
	// another sentence, 0.691 at r780 and 0.735 at r781.
	"syntax-tune.jsonl":    0.93, // 0.955 at r832
	"discourse-tune.jsonl": 0.91, // 0.933 at r832
	// Two more, written after r794 the same way: 262 texts in the language
	// of the commercial trade and official notices (DSCA, contracts,
	// deliveries, setbacks, tenders, statistics), 0.861 at r795; and 446
	// texts that look like transfers and are none (attacks, losses, home
	// production, stockpiles, meetings, civilian goods, lookalike names),
	// 62 of them with one claim beside the trap, 0.832 at r795 (its
	// precision is what it measures).
	"trade-lang-tune.jsonl": 0.87, // 0.898 at r832
	"traps-tune.jsonl":      0.93, // 0.961 at r842
}

// TestProbeFloors fails when a rule change costs a probe set its floor.
func TestProbeFloors(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "probes", "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, path := range paths {
		name := filepath.Base(path)
		seen[name] = true
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			r := scorePassages(t, path, f)
			strict := r.Strict()
			t.Logf("%s: strict F1=%.3f (P=%.3f R=%.3f), status=%.3f", name, strict.F1, strict.Precision, strict.Recall, r.StatusAccuracy())
			floor, ok := probeFloors[name]
			if !ok {
				t.Fatalf("%s has no floor in probeFloors: score it and add one", name)
			}
			if strict.F1 < floor {
				t.Errorf("%s: strict F1 %.3f, below its floor %.3f", name, strict.F1, floor)
			}
		})
	}
	for name := range probeFloors {
		if !seen[name] {
			t.Errorf("probeFloors names %s, which is not under testdata/probes", name)
		}
	}
}
