package sqlite

import "testing"

func TestFTSQuery(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"word", "shells", `"shells"`, true},
		{"words are anded", "shells Russia", `"shells" AND "Russia"`, true},
		{"phrase", `"North Korea" shells`, `"North Korea" AND "shells"`, true},
		{"or", "drones or missiles", `"drones" OR "missiles"`, true},
		{"OR binds looser than and", "a b OR c", `"a" AND "b" OR "c"`, true},
		{"exclusion", "shells -drone", `"shells" NOT "drone"`, true},
		{"excluded phrase", `shells -"North Korea"`, `"shells" NOT "North Korea"`, true},
		{"hyphen inside a word", "T-72", `"T-72"`, true},
		{"lone hyphen", "shells - drones", `"shells" AND "drones"`, true},
		{"fts5 syntax is quoted", `text:NEAR(a b) AND *`, `"text:NEAR(a" AND "b)" AND "AND"`, true},
		{"quote inside a word", `ab"c d"`, `"ab" AND "c d"`, true},
		{"unclosed quote", `"North Korea`, `"North Korea"`, true},
		{"leading or", "or shells", `"shells"`, true},
		{"trailing or", "shells or", `"shells"`, true},
		{"exclusion alone", "-drone", "", false},
		{"empty", "   ", "", false},
		{"punctuation only", "!!! ...", "", false},
		{"excluded branch dropped", "shells or -drone", `"shells"`, true},
		{"numbers", "4.8 million", `"4.8" AND "million"`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ftsQuery(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("ftsQuery(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}
