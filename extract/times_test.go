package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// renderTimes writes each match as "words => relation start..end".
func renderTimes(text string, toks []Token, ms []TimeMatch) []string {
	var out []string
	for _, m := range ms {
		out = append(out, fmt.Sprintf("%s => %s %s..%s",
			text[toks[m.Lo].Start:toks[m.Hi-1].End], m.Relation, m.Start, m.End))
	}
	return out
}

func day(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

type timesCase struct {
	name, published, in string
	want                []string
}

func runTimesCases(t *testing.T, tests []timesCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.in)
			got := renderTimes(tt.in, toks, Times(toks, 0, len(toks), day(tt.published)))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Times(%q) published %q\n got: %q\nwant: %q", tt.in, tt.published, got, tt.want)
			}
		})
	}
}

// Absolute expressions resolve without the publication date where they name
// their year, and against it where they do not.
func TestTimesAbsolute(t *testing.T) {
	runTimesCases(t, []timesCase{
		{"year", "2024-03-02", "The frigates are to be handed over in 2031, the navy said.",
			[]string{"in 2031 => in 2031-01-01..2031-12-31"}},
		{"year without publication date", "", "The frigates are to be handed over in 2031.",
			[]string{"in 2031 => in 2031-01-01..2031-12-31"}},
		{"month and year", "", "Seoul first saw the rail shipments in October 2022.",
			[]string{"in October 2022 => in 2022-10-01..2022-10-31"}},
		{"month day comma year", "", "The contract, signed June 9, 2022, covers 48 guns.",
			[]string{"June 9, 2022 => in 2022-06-09..2022-06-09"}},
		{"day month year", "", "Officials met on 9 June 2022 in Warsaw.",
			[]string{"on 9 June 2022 => in 2022-06-09..2022-06-09"}},
		{"ordinal day", "", "7th December 2022 (Warsaw) Ten tanks arrived.",
			[]string{"7th December 2022 => in 2022-12-07..2022-12-07"}},
		{"day of month", "", "Crews trained until the 3rd of May 2023, and again on 4th of June, 2023.",
			[]string{"3rd of May 2023 => in 2023-05-03..2023-05-03", "on 4th of June, 2023 => in 2023-06-04..2023-06-04"}},
		{"dateline", "", "WARSAW, December 17, 2025 - The agency notified Congress.",
			[]string{"December 17, 2025 => in 2025-12-17..2025-12-17"}},
		{"weekday before date", "", "The ship docked on Tuesday, October 10, 2023, in Vostochny.",
			[]string{"on Tuesday, October 10, 2023 => in 2023-10-10..2023-10-10"}},
		{"day range", "", "Drills ran October 10-12, 2023 and 3-5 March 2024.",
			[]string{"October 10-12, 2023 => in 2023-10-10..2023-10-12", "3-5 March 2024 => in 2024-03-03..2024-03-05"}},
		{"iso date", "", "The filing is dated 2023-10-12.",
			[]string{"2023-10-12 => in 2023-10-12..2023-10-12"}},
		{"month day in publication year", "2024-06-14", "The minister said on March 25 that more would follow.",
			[]string{"on March 25 => in 2024-03-25..2024-03-25"}},
		{"month day a few days ahead", "2024-03-20", "Talks are planned for March 25 in Moscow.",
			[]string{"March 25 => in 2024-03-25..2024-03-25"}},
		{"month day too far ahead is last year", "2024-03-10", "The strike on March 25 destroyed a depot.",
			[]string{"on March 25 => in 2023-03-25..2023-03-25"}},
		{"abbreviated month", "2023-10-20", "The convoy left Rason on Oct. 8, officials said.",
			[]string{"on Oct. 8 => in 2023-10-08..2023-10-08"}},
		{"abbreviated month with year", "", "It was first reported on Sept. 1, 2023.",
			[]string{"on Sept. 1, 2023 => in 2023-09-01..2023-09-01"}},
		{"dot of abbreviation at sentence end is left out", "2023-12-01", "The first ships sailed in Oct. Then more came.",
			[]string{"in Oct => in 2023-10-01..2023-10-31"}},
		{"as of", "2024-02-20", "As of February 16, at least 24 missiles had been fired.",
			[]string{"As of February 16 => as_of ..2024-02-16"}},
		{"spring of year", "", "In the spring of 2023 the first batch crossed the border.",
			[]string{"In the spring of 2023 => in 2023-03-01..2023-05-31"}},
		{"seasons", "", "It came in summer 2022, in fall 2023 and in the autumn of 2021.",
			[]string{"in summer 2022 => in 2022-06-01..2022-08-31", "in fall 2023 => in 2023-09-01..2023-11-30",
				"in the autumn of 2021 => in 2021-09-01..2021-11-30"}},
		{"winter starts in december", "", "Shipments slowed in winter 2023 and in the winter of 2021-22.",
			[]string{"in winter 2023 => in 2023-12-01..2024-02-29", "in the winter of 2021-22 => in 2021-12-01..2022-02-28"}},
		{"late year", "", "Production rose in late 2023.", []string{"in late 2023 => in 2023-09-01..2023-12-31"}},
		{"early year", "", "The rounds arrived early 2024.", []string{"early 2024 => in 2024-01-01..2024-04-30"}},
		{"mid year hyphen", "", "By mid-2024 the line was running.", []string{"By mid-2024 => by ..2024-08-31"}},
		{"mid year space", "", "Output doubled in mid 2024.", []string{"in mid 2024 => in 2024-05-01..2024-08-31"}},
		{"parts of a month", "", "Guns moved in early March 2023, mid-October 2023 and late December 2023.",
			[]string{"in early March 2023 => in 2023-03-01..2023-03-10", "mid-October 2023 => in 2023-10-11..2023-10-20",
				"late December 2023 => in 2023-12-21..2023-12-31"}},
		{"start and end of year", "", "Between the start of 2023 and the end of 2023 it sent 2 million shells.",
			[]string{"Between the start of 2023 and the end of 2023 => in 2023-01-01..2023-12-31"}},
		{"first half", "", "In the first half of 2024 the plant made 1,000 drones.",
			[]string{"In the first half of 2024 => in 2024-01-01..2024-06-30"}},
		{"second half of month", "", "They came in the second half of March 2023.",
			[]string{"in the second half of March 2023 => in 2023-03-16..2023-03-31"}},
		{"quarter letter", "", "Deliveries resume in Q3 2024.", []string{"in Q3 2024 => in 2024-07-01..2024-09-30"}},
		{"quarter words", "", "in the third quarter of 2024 and the last quarter of 2023",
			[]string{"in the third quarter of 2024 => in 2024-07-01..2024-09-30", "the last quarter of 2023 => in 2023-10-01..2023-12-31"}},
		{"half letter", "", "The tender closes in H1 2025.", []string{"in H1 2025 => in 2025-01-01..2025-06-30"}},
		{"decade", "", "The rifles date from the 1990s.", []string{"from the 1990s => since 1990-01-01.."}},
		{"early decade", "", "in the early 2000s", []string{"in the early 2000s => in 2000-01-01..2003-12-31"}},
		{"since month year", "", "North Korea has shipped shells since September 2023.",
			[]string{"since September 2023 => since 2023-09-01.."}},
		{"since month year long ago", "", "his first visit since July 2000", []string{"since July 2000 => since 2000-07-01.."}},
		{"between dates", "", "Between October 10, 2023 and February 17, 2024, the brigade lost 40 tanks.",
			[]string{"Between October 10, 2023 and February 17, 2024 => in 2023-10-10..2024-02-17"}},
		{"from to dates", "", "(from October 10, 2023 to February 17, 2024)",
			[]string{"from October 10, 2023 to February 17, 2024 => in 2023-10-10..2024-02-17"}},
		{"first end takes year of second", "", "from October 10 to February 17, 2024",
			[]string{"from October 10 to February 17, 2024 => in 2023-10-10..2024-02-17"}},
		{"month range", "", "Crates were loaded October to December 2023.",
			[]string{"October to December 2023 => in 2023-10-01..2023-12-31"}},
		{"year range", "", "The 2022-2024 plan and output in 2022–23.",
			[]string{"in 2022–23 => in 2022-01-01..2023-12-31"}},
		{"from year alone is since", "", "Exports from 2025 onwards need a licence.",
			[]string{"from 2025 => since 2025-01-01.."}},
		{"until", "", "The freeze lasts until 2025.", []string{"until 2025 => until ..2025-12-31"}},
		{"before", "", "It had none before 2020.", []string{"before 2020 => before ..2019-12-31"}},
		{"after", "", "Deliveries begin after 2026.", []string{"after 2026 => after 2027-01-01.."}},
		{"starting", "2024-10-18", "Drills ran starting Oct. 8.", []string{"starting Oct. 8 => since 2024-10-08.."}},
		{"no later than", "", "The jets are due no later than 2027.", []string{"no later than 2027 => by ..2027-12-31"}},
		{"by year", "", "Kyiv wants 1 million drones by 2025.", []string{"by 2025 => by ..2025-12-31"}},
		{"bare year before capital", "", "At the summit 2016 in Goa India signed the deal.",
			[]string{"2016 => in 2016-01-01..2016-12-31"}},
		{"in year then lower case word", "", "Serbia bought them in 2020 together with the drones.",
			[]string{"in 2020 => in 2020-01-01..2020-12-31"}},
		{"event with a date", "", "Since the full-scale invasion, Kyiv has received 400 tanks.",
			[]string{"Since the full-scale invasion => since 2022-02-24.."}},
		{"event start of", "", "since the start of Russia's full-scale invasion of Ukraine",
			[]string{"since the start of Russia's full-scale invasion of Ukraine => since 2022-02-24.."}},
	})
}

// Relative expressions resolve against the publication date. 2024-06-12 is a
// Wednesday in the ISO week of June 10 to 16.
func TestTimesRelative(t *testing.T) {
	const wed = "2024-06-12"
	runTimesCases(t, []timesCase{
		{"last month name after it", "2024-10-03", "The talks began last September.",
			[]string{"last September => in 2024-09-01..2024-09-30"}},
		{"last month name in that month", "2024-09-20", "The talks began last September.",
			[]string{"last September => in 2023-09-01..2023-09-30"}},
		{"last month name before it", "2024-08-01", "The talks began last September.",
			[]string{"last September => in 2023-09-01..2023-09-30"}},
		{"last february", wed, "Troops crossed the border last February.",
			[]string{"last February => in 2024-02-01..2024-02-29"}},
		{"next month name", wed, "A second plant opens next March.",
			[]string{"next March => in 2025-03-01..2025-03-31"}},
		{"years", wed, "It bought 100 last year, 200 this year and plans 300 next year.",
			[]string{"last year => in 2023-01-01..2023-12-31", "this year => in 2024-01-01..2024-12-31",
				"next year => in 2025-01-01..2025-12-31"}},
		{"earlier and later", wed, "Earlier this year it sent rockets; later this year guns, and earlier this month shells.",
			[]string{"Earlier this year => in 2024-01-01..2024-06-12", "later this year => in 2024-06-12..2024-12-31",
				"earlier this month => in 2024-06-01..2024-06-12"}},
		{"iso weeks from a sunday", "2024-06-16", "last week, this week and next week",
			[]string{"last week => in 2024-06-03..2024-06-09", "this week => in 2024-06-10..2024-06-16",
				"next week => in 2024-06-17..2024-06-23"}},
		{"months across new year", "2024-01-15", "Shipments fell last month and should rise next month.",
			[]string{"last month => in 2023-12-01..2023-12-31", "next month => in 2024-02-01..2024-02-29"}},
		{"bare weekdays", wed, "The ministry said on Friday, and again Monday, and on Wednesday.",
			[]string{"on Friday => in 2024-06-07..2024-06-07", "Monday => in 2024-06-10..2024-06-10",
				"on Wednesday => in 2024-06-12..2024-06-12"}},
		{"shifted weekdays", wed, "last Wednesday, next Wednesday, this Friday",
			[]string{"last Wednesday => in 2024-06-05..2024-06-05", "next Wednesday => in 2024-06-19..2024-06-19",
				"this Friday => in 2024-06-14..2024-06-14"}},
		{"by weekday looks ahead", wed, "Ships must leave by Friday.", []string{"by Friday => by ..2024-06-14"}},
		{"deictic days", wed, "Yesterday it denied it, today it confirmed it, tomorrow it signs.",
			[]string{"Yesterday => in 2024-06-11..2024-06-11", "today => in 2024-06-12..2024-06-12",
				"tomorrow => in 2024-06-13..2024-06-13"}},
		{"weekday evening", wed, "Macron said on Tuesday evening that jets would go.",
			[]string{"on Tuesday evening => in 2024-06-11..2024-06-11"}},
		{"weekday of last week", wed, "Vessels were seen between Tuesday and Sunday of last week.",
			[]string{"between Tuesday and Sunday of last week => in 2024-06-04..2024-06-09"}},
		{"recent weeks", wed, "In recent weeks the North sent more trains.",
			[]string{"In recent weeks => in 2024-05-15..2024-06-12"}},
		{"coming weeks", wed, "Jets will arrive in coming weeks, in the coming weeks, over the next few weeks.",
			[]string{"in coming weeks => in 2024-06-12..2024-07-24", "in the coming weeks => in 2024-06-12..2024-07-24",
				"over the next few weeks => in 2024-06-12..2024-07-24"}},
		{"recent and coming months", wed, "Output grew in recent months and will double in the coming months.",
			[]string{"in recent months => in 2024-03-12..2024-06-12", "in the coming months => in 2024-06-12..2024-12-12"}},
		{"months ahead", wed, "More is due in the months ahead.", []string{"in the months ahead => in 2024-06-12..2024-12-12"}},
		{"soon", wed, "Putin is expected to visit Pyongyang soon.", []string{"soon => in 2024-06-12.."}},
		{"very soon and near future", wed, "It will happen very soon, or in the near future, or shortly.",
			[]string{"very soon => in 2024-06-12..", "in the near future => in 2024-06-12..", "shortly => in 2024-06-12.."}},
		{"by end of year", wed, "The bloc will deliver the rest by the end of the year.",
			[]string{"by the end of the year => by ..2024-12-31"}},
		{"by month looks ahead", wed, "Half will arrive by March.", []string{"by March => by ..2025-03-31"}},
		{"by month in that month", "2024-03-05", "Half will arrive by March.", []string{"by March => by ..2024-03-31"}},
		{"by day looks ahead", wed, "Ships must sail by March 25, or at least by June 10.",
			[]string{"by March 25 => by ..2025-03-25", "by June 10 => by ..2024-06-10"}},
		{"through weekday", wed, "Drills continue through Sunday.", []string{"through Sunday => until ..2024-06-16"}},
		{"by end of named year", wed, "by the end of 2024", []string{"by the end of 2024 => by ..2024-12-31"}},
		{"by year-end", wed, "a deal by year-end", []string{"by year-end => by ..2024-12-31"}},
		{"within", wed, "It will send a million shells within one year and jets within eight months.",
			[]string{"within one year => in 2024-06-12..2025-06-12", "within eight months => in 2024-06-12..2025-02-12"}},
		{"within a range of months", wed, "on schedule, within about 18-19 months",
			[]string{"within about 18-19 months => in 2024-06-12..2026-01-12"}},
		{"within counted from another event", wed, "Kyiv got them within eight months of the signing.",
			[]string{"within eight months => in .."}},
		{"within weeks", wed, "Within weeks the first train left.", []string{"Within weeks => in 2024-06-12..2024-07-24"}},
		{"month without year is the last one", wed, "In December, Russia received a new batch.",
			[]string{"In December => in 2023-12-01..2023-12-31"}},
		{"month without year in that month", "2024-12-20", "In December, Russia received a new batch.",
			[]string{"In December => in 2024-12-01..2024-12-31"}},
		{"month a little ahead is the coming one", "2024-03-04", "The minister will visit in April.",
			[]string{"in April => in 2024-04-01..2024-04-30"}},
		{"month ahead across new year", "2024-11-20", "The plant opens in January.",
			[]string{"in January => in 2025-01-01..2025-01-31"}},
		{"last month of previous year", "2024-01-10", "In December, 20 trains crossed.",
			[]string{"In December => in 2023-12-01..2023-12-31"}},
		{"month far back in the year", "2024-12-10", "In March, the first guns arrived.",
			[]string{"In March => in 2024-03-01..2024-03-31"}},
		{"part of month across new year", "2024-01-10", "since late December",
			[]string{"since late December => since 2023-12-21.."}},
		{"season ahead and behind", "2024-07-10", "in the autumn, and in the winter",
			[]string{"in the autumn => in 2024-09-01..2024-11-30", "in the winter => in 2023-12-01..2024-02-29"}},
		{"season too far ahead is the last one", wed, "in the autumn",
			[]string{"in the autumn => in 2023-09-01..2023-11-30"}},
		{"month without year after by looks ahead", wed, "Everything arrives before December.",
			[]string{"before December => before ..2024-11-30"}},
		{"month with relative year", wed, "It was signed in October last year and again in March this year.",
			[]string{"in October last year => in 2023-10-01..2023-10-31", "in March this year => in 2024-03-01..2024-03-31"}},
		{"as early as", wed, "Putin may visit as early as next week.",
			[]string{"as early as next week => in 2024-06-17..2024-06-23"}},
		{"past years", wed, "In the past three years it bought 60 jets.",
			[]string{"In the past three years => in 2021-06-12..2024-06-12"}},
		{"past few weeks", wed, "over the past few weeks", []string{"over the past few weeks => in 2024-05-15..2024-06-12"}},
		{"course of past weeks", wed, "Over the course of the past few weeks, 20 trains left.",
			[]string{"Over the course of the past few weeks => in 2024-05-15..2024-06-12"}},
		{"last two months", wed, "It has accelerated in the last two months.",
			[]string{"in the last two months => in 2024-04-12..2024-06-12"}},
		{"past year and hours", wed, "in the past year and the last 24 hours",
			[]string{"in the past year => in 2023-06-12..2024-06-12", "the last 24 hours => in 2024-06-11..2024-06-12"}},
		{"next month window", wed, "not in the next month", []string{"in the next month => in 2024-06-12..2024-07-12"}},
		{"since war began", wed, "It is the largest batch since the war began.", []string{"since the war began => since .."}},
		{"since war began with date", wed, "since the war began in February 2022",
			[]string{"since the war began in February 2022 => since 2022-02-01.."}},
		{"since month year", wed, "since February 2022", []string{"since February 2022 => since 2022-02-01.."}},
		{"a year before an event's name dates the event", wed, "The jets were bought before the 1979 revolution, and more after the 2006 coup.",
			[]string{"before the 1979 revolution => before ..1978-12-31", "after the 2006 coup => after 2007-01-01.."}},
		{"ago", wed, "two years ago, a week ago and 3 days ago",
			[]string{"two years ago => in 2022-01-01..2022-12-31", "a week ago => in 2024-06-03..2024-06-09",
				"3 days ago => in 2024-06-09..2024-06-09"}},
		{"weekends", wed, "this weekend, over the weekend, next weekend",
			[]string{"this weekend => in 2024-06-15..2024-06-16", "over the weekend => in 2024-06-08..2024-06-09",
				"next weekend => in 2024-06-22..2024-06-23"}},
		{"parts of the day", wed, "last night and this morning",
			[]string{"last night => in 2024-06-11..2024-06-12", "this morning => in 2024-06-12..2024-06-12"}},
		{"shifted seasons", wed, "last spring, this summer, next summer",
			[]string{"last spring => in 2024-03-01..2024-05-31", "this summer => in 2024-06-01..2024-08-31",
				"next summer => in 2025-06-01..2025-08-31"}},
		{"this winter in january", "2024-01-15", "this winter", []string{"this winter => in 2023-12-01..2024-02-29"}},
		{"last winter in january", "2024-01-15", "last winter", []string{"last winter => in 2022-12-01..2023-02-28"}},
		{"yearless season", wed, "in the spring", []string{"in the spring => in 2024-03-01..2024-05-31"}},
		{"parts of relative periods", wed, "late last year, early next year, the end of the month",
			[]string{"late last year => in 2023-09-01..2023-12-31", "early next year => in 2025-01-01..2025-04-30",
				"the end of the month => in 2024-06-21..2024-06-30"}},
		{"divisions of relative years", wed, "the first quarter of next year and the second half of the year",
			[]string{"the first quarter of next year => in 2025-01-01..2025-03-31",
				"the second half of the year => in 2024-07-01..2024-12-31"}},
		{"yearless quarter", wed, "in the fourth quarter", []string{"in the fourth quarter => in 2023-10-01..2023-12-31"}},
		{"quarters", wed, "last quarter and this quarter",
			[]string{"last quarter => in 2024-01-01..2024-03-31", "this quarter => in 2024-04-01..2024-06-30"}},
		{"yearless day range", wed, "from June 9 to 11", []string{"from June 9 to 11 => in 2024-06-09..2024-06-11"}},
		{"day range takes year", "", "from June 9 to 11, 2023", []string{"from June 9 to 11, 2023 => in 2023-06-09..2023-06-11"}},
		{"day range backwards", wed, "from June 9 to 3 brigades", []string{"from June 9 => since 2024-06-09.."}},
	})
}

// Without a publication date relative expressions are still found, so that
// callers can show their words, but they carry no dates.
func TestTimesNoPublication(t *testing.T) {
	runTimesCases(t, []timesCase{
		{"relative", "", "Last year it sent shells; on Friday it said more would come soon.",
			[]string{"Last year => in ..", "on Friday => in ..", "soon => in .."}},
		{"relation kept", "", "since last September and by the end of the year",
			[]string{"since last September => since ..", "by the end of the year => by .."}},
		{"yearless", "", "As of February 16, in December and in the spring",
			[]string{"As of February 16 => as_of ..", "in December => in ..", "in the spring => in .."}},
		{"windows", "", "in recent weeks and within a year", []string{"in recent weeks => in ..", "within a year => in .."}},
		{"absolute still resolves", "", "between June 9, 2022 and last year",
			[]string{"between June 9, 2022 and last year => in 2022-06-09.."}},
		{"range completes a yearless end", "", "from March to May 2023",
			[]string{"from March to May 2023 => in 2023-03-01..2023-05-31"}},
	})
}

// Words that look like times but are not.
func TestTimesNegative(t *testing.T) {
	runTimesCases(t, []timesCase{
		{"counts", "2024-06-12", "About 2,000 troops and 2000 soldiers arrived; by 2000 troops; nearly 2000.", nil},
		{"may as verb", "2024-06-12", "The shells may be sent by rail. May be, said one.", nil},
		{"may as name", "2024-06-12", "Theresa May said it was over.", nil},
		{"march as verb", "2024-06-12", "Troops march on Kyiv. March on, he said.", nil},
		{"ordinal items", "2024-06-12", "The second batch left; a second convoy followed the first one.", nil},
		{"time of day alone", "2024-06-12", "in the morning, at noon, at night, by evening", nil},
		{"fall as noun", "2024-06-12", "since the fall of Avdiivka, prices fall", nil},
		{"season as adjective", "2024-06-12", "a spring offensive and a summer campaign", nil},
		{"year as modifier", "2024-06-12", "The 2022 invasion and a 2024 budget.", nil},
		{"numbers in names", "2024-06-12", "KN-23 and Su-2024 and $2024 and 1500 rounds", nil},
		{"units without anchor", "2024-06-12", "After months of talks, for two years, the 4 months of the phase.", nil},
		{"other last", "2024-06-12", "The last time it sent the last shells.", nil},
		{"unknown event", "2024-06-12", "since the start of Houthi attacks", nil},
		{"as soon as", "2024-06-12", "as soon as possible, soon after the visit", nil},
		{"how soon", "2024-06-12", "It depends on how soon crews are trained.", nil},
		{"lower-case month", "2024-06-12", "it may rain; the june bug", nil},
		{"month in a name", "2024-06-12", "Talks at Mar-a-Lago and in Jan-Erik's office.", nil},
		{"month range with hyphen", "2024-06-12", "in May-June 2023", []string{"in May-June 2023 => in 2023-05-01..2023-06-30"}},
		{"impossible day", "2024-06-12", "February 30", []string{"February => in 2024-02-01..2024-02-29"}},
		{"day then plural noun", "2024-06-12", "In March 10 tanks arrived.", []string{"In March => in 2024-03-01..2024-03-31"}},
	})
}

// Token ranges map back to the exact words of the source, whatever the
// spacing, dashes and quotes.
func TestTimesPositions(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"curly quotes around", "He said “since July 2000” twice.", []string{"since July 2000"}},
		{"en dash range", "Output in 2022–2024 rose.", []string{"in 2022–2024"}},
		{"non-breaking hyphen", "By mid‑2024 it was done.", []string{"By mid‑2024"}},
		{"no-break space", "on June\u00a09, 2022", []string{"on June\u00a09, 2022"}},
		{"line break inside", "signed in October\n2022 in Seoul", []string{"in October\n2022"}},
		{"abbreviation dot kept before day", "on Oct. 8 it left", []string{"on Oct. 8"}},
		{"comma not kept without year", "On March 25, Russia fired.", []string{"On March 25"}},
		{"ordinal suffix", "the 7th December 2022 deal", []string{"7th December 2022"}},
		{"two in a row", "last week and next month", []string{"last week", "next month"}},
		{"numbers side by side are not years", "2023 2024", nil},
		{"possessive after", "this year's deliveries", []string{"this year"}},
		{"parenthesis", "(from October 10, 2023 to February 17, 2024)", []string{"from October 10, 2023 to February 17, 2024"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.in)
			var got []string
			for _, m := range Times(toks, 0, len(toks), day("2024-06-12")) {
				got = append(got, tt.in[toks[m.Lo].Start:toks[m.Hi-1].End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Times(%q) spans %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// Times looks only inside toks[lo:hi]: an expression cut by the bounds is read
// as far as it goes, and nothing outside is matched.
func TestTimesSubrange(t *testing.T) {
	const in = "In October 2022 and since last year, on Friday."
	toks := Tokenize(in)
	find := func(norm string) int {
		for i, tok := range toks {
			if tok.Norm == norm {
				return i
			}
		}
		t.Fatalf("no token %q", norm)
		return -1
	}
	tests := []struct {
		name   string
		lo, hi int
		want   []string
	}{
		{"all", 0, len(toks), []string{"In October 2022 => in 2022-10-01..2022-10-31",
			"since last year => since 2023-01-01..", "on Friday => in 2024-06-07..2024-06-07"}},
		{"cut before the year", 0, find("2022"), []string{"In October => in 2023-10-01..2023-10-31"}},
		{"cut after the preposition", find("since") + 1, len(toks), []string{"last year => in 2023-01-01..2023-12-31",
			"on Friday => in 2024-06-07..2024-06-07"}},
		{"bounds out of range", -5, len(toks) + 5, []string{"In October 2022 => in 2022-10-01..2022-10-31",
			"since last year => since 2023-01-01..", "on Friday => in 2024-06-07..2024-06-07"}},
		{"empty", 3, 3, nil},
		{"inverted", 5, 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := Times(toks, tt.lo, tt.hi, day("2024-06-12"))
			for _, m := range ms {
				if m.Lo < max(tt.lo, 0) || m.Hi > min(tt.hi, len(toks)) {
					t.Errorf("match [%d,%d) outside [%d,%d)", m.Lo, m.Hi, tt.lo, tt.hi)
				}
			}
			if got := renderTimes(in, toks, ms); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTimeLexicon(t *testing.T) {
	if n := len(lex.times.words); n < 100 {
		t.Errorf("times.tsv gave only %d words", n)
	}
	for m := 1; m <= 12; m++ {
		found := false
		for _, w := range lex.times.words {
			found = found || w.class&tcMonth != 0 && int(w.month) == m
		}
		if !found {
			t.Errorf("no word for month %d", m)
		}
	}
	bad := []struct{ name, src string }{
		{"no class", "january\n"},
		{"unknown class", "january\tmonthh\t1\n"},
		{"month out of range", "smarch\tmonth\t13\n"},
		{"month not a number", "january\tmonth\tone\n"},
		{"unknown relation", "in\trel\tinside\n"},
		{"bad event date", "war\tevent\t2022-13-01\n"},
		{"unit without counts", "weeks\tunit\tweek\n"},
		{"several words for a word class", "new year\tday\t0\n"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := parseTimeLexicon(tt.src); err == nil {
				t.Errorf("parseTimeLexicon(%q) = nil error", tt.src)
			}
		})
	}
}

// TestDateArithmetic checks the parser's day numbers against package time,
// whose arithmetic they replace: ymd normalizes months and days as time.Date
// does, the zero date is time.Time's zero, and weekdays and the split back
// into year, month and day agree, over years far outside the news era.
func TestDateArithmetic(t *testing.T) {
	if ymd(1, 1, 1) != 0 {
		t.Fatalf("ymd(1, 1, 1) = %d, want the zero date", ymd(1, 1, 1))
	}
	for y := -12000; y <= 12000; y += 7 {
		for m := -13; m <= 26; m++ {
			for _, d := range []int{-1, 0, 1, 15, 28, 29, 30, 31, 32, 400} {
				tt := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
				got := ymd(y, m, d)
				if want := (tt.Unix() - time.Time{}.Unix()) / 86400; int64(got) != want {
					t.Fatalf("ymd(%d, %d, %d) = %d, want %d", y, m, d, got, want)
				}
				gy, gm, gd := got.ymd()
				if gy != tt.Year() || gm != int(tt.Month()) || gd != tt.Day() {
					t.Fatalf("ymd(%d, %d, %d).ymd() = %d-%d-%d, want %v", y, m, d, gy, gm, gd, tt)
				}
				if wd := isoWeekday(got); wd%7 != int(tt.Weekday()) {
					t.Fatalf("isoWeekday(%v) = %d", tt, wd)
				}
				if got.isZero() != tt.IsZero() {
					t.Fatalf("isZero(%v) = %v", tt, got.isZero())
				}
			}
			if got, want := daysIn(y, m), time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day(); got != want {
				t.Fatalf("daysIn(%d, %d) = %d, want %d", y, m, got, want)
			}
		}
	}
}

// TestMayMatchTurnsAwayOnlyFailures: the cheap tests before a parse
// (startNeed, followedBy, mayMatch) never turn away a start the parse would
// read. Checked at every token of the examples, of the shared passages when
// they are here, and of phrases made to start with count words, relation
// words and months, which the tests judge by the words after them.
func TestMayMatchTurnsAwayOnlyFailures(t *testing.T) {
	texts := append(exampleTexts(t),
		"It happened a week ago, an hour ago, a few days ago and a couple of years ago in 2020 a month ago.",
		"Several weeks ago, a few to ten days ago, a 2 - 3 months ago, several years or so, one day ago.",
		"In 2019 a deal was signed; by 2021 an order; the near future, the 1990s, the past three years.",
		"Since the war began in 2022, before the outbreak of war, after the start of the invasion, since Russia's invasion.",
		"Over the course of 2023, in the past year, in a week, in two to three weeks, within a year, within the next two weeks.",
		"They may send more in May, by the end of March, as of June, in the coming months, in the near future, up to 2025.",
		"In early 2024, mid-October, late last year, end-2024, earlier this year, later this month, the past few weeks, recent weeks.",
		"Last September, this weekend, the first half of 2024, Q3 2024, H1, year-end, year end, earlier than 2020, next Friday night.",
		"Within about 18-19 months, within eight months of the signing, until the end of the war, about 2020, around 15 days ago.")
	pub := ymd(2024, 6, 1)
	for _, text := range texts {
		toks := Tokenize(text)
		p := timeParser{toks: toks, lo: 0, hi: len(toks), pub: pub}
		for i := range toks {
			if need := startNeed(&toks[i]); need == 0 || (need == tfAny || followedBy(toks, i+1, p.hi, need)) && p.mayMatch(i) {
				continue // no start, or one the tests let through
			}
			var f foundTime
			if p.match(i, &f) {
				t.Errorf("%q: mayMatch turns away %q, which matches", text, text[toks[f.lo].Start:toks[f.hi-1].End])
			}
		}
	}
}
