package extract

import (
	"testing"
	"time"
)

// timesBenchText is invented wire copy with the usual density of dates, counts and
// names, so that the benchmark weighs rejection as much as parsing.
const timesBenchText = `SEOUL, March 4, 2024 - North Korea has shipped at least 6,700 containers of munitions to Russia since September 2023, the defence ministry told lawmakers on Monday, adding that the pace had slowed in recent weeks.
The containers could hold more than 3 million rounds of 152mm shells or 500,000 rounds of 122mm rockets, a ministry official said. Factories in the North were running at full capacity, he said, though shortages of raw materials meant output would likely fall in the second half of the year.
Last month, Ukrainian officials said Russia had fired around 20 North Korean KN-23 ballistic missiles since late December, with about half of them striking targets in Kharkiv. Kyiv expects more deliveries in the coming months.
Pyongyang and Moscow have denied any arms trade, although Russian President Vladimir Putin said last September that there were "possibilities" for military cooperation after meeting Kim Jong Un at the Vostochny Cosmodrome.
The United States announced new sanctions on Friday against entities it said were involved in the transfers, and Washington and Seoul plan to discuss the issue at talks in Washington next week. A senior official said the allies would "respond firmly" by the end of the year.
In the first quarter of 2024, South Korea's exports of artillery rose by 40% compared with the same period of 2023, driven by deliveries to Poland. Warsaw signed contracts in 2022 for 672 K9 howitzers and 1,000 K2 tanks, with the first batches delivered in December 2022.
Poland expects to receive the remaining tanks by 2030, the ministry in Warsaw said yesterday. Production of the K2PL variant is due to start in Poland in mid-2026.
Separately, Germany said it would send 10,000 rounds of ammunition within weeks, and another 180,000 rounds by early 2025. Berlin has provided weapons worth 28 billion euros since the start of the full-scale invasion, according to government figures published on 12 February 2024.
Analysts said the figures were hard to verify. "We have seen trains crossing the border almost every day over the past few weeks," one said, speaking on condition of anonymity. Satellite images from late January showed crates stacked at the port of Rason.
The European Union had promised one million shells between March 2023 and March 2024, but admitted in November that it would deliver only about half by the deadline. It now aims to reach the target by the end of 2024.
Officials in Seoul said they had tracked about 10 ships making round trips between Rason and Dunai between August 2023 and February 2024, many of them with their transponders switched off. Two more vessels were spotted on Tuesday and Wednesday of last week.
The defence minister is to visit Washington in April, and a joint exercise is planned for the summer. He told reporters today that the country would not send lethal weapons to Ukraine "at this time", but that the policy was under review.
`

// BenchmarkTimes runs Times sentence by sentence, as the pipeline does.
func BenchmarkTimes(b *testing.B) {
	toks := Tokenize(timesBenchText)
	sents := Sentences(timesBenchText, toks)
	pub := time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(timesBenchText)))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			Times(toks, s.Lo, s.Hi, pub)
		}
	}
}
