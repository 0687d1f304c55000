package reconcile

import (
	"strconv"
	"strings"
	"testing"
)

func TestSameName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Shin Won-sik", "Shin Wonsik", true},
		{"Shin Won-sik", "shin won sik", true},
		{"Shin Won-sik", "SHIN WON-SIK.", true},
		{"Shin", "Shin Won-sik", true},
		{"Shin Won-sik", "Shin", true},
		{"Defence Minister Shin Won-sik", "Shin Wonsik", true},
		{"Shin", "Shinzo Abe", false},
		{"Won-sik", "Shin Won-sik", true}, // a given name alone is a run too
		{"Kim Jong Un", "Kim Yo Jong", false},
		{"Pentagon", "Pentagon spokesperson Sabrina Singh", true},
		{"Ukrainian intelligence", "Ukrainian military intelligence", false},
		{"", "Shin", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got := sameName(nameWords(tt.a), nameWords(tt.b)); got != tt.want {
			t.Errorf("sameName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestOutletKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Bloomberg", "Bloomberg News"},
		{"Bloomberg", "bloomberg"},
		{"The Kyiv Independent", "kyivindependent.com"},
		{"Yonhap", "Yonhap News Agency"},
		{"The Times", "Times"},
	}
	for _, tt := range tests {
		if outletKey(tt.a) != outletKey(tt.b) {
			t.Errorf("outletKey(%q) = %q, outletKey(%q) = %q; want equal", tt.a, outletKey(tt.a), tt.b, outletKey(tt.b))
		}
	}
	if outletKey("The New York Times") == outletKey("The Times") {
		t.Error("the New York Times is not The Times")
	}
	if outletKey("News") != "news" {
		t.Errorf("a name of one generic word is kept: %q", outletKey("News"))
	}
}

func TestSplitEchoes(t *testing.T) {
	q := exact(4.8e6, "round")
	tests := []struct {
		name    string
		sources []Source
		want    string // independent claim IDs | echoes as id<of:reason
	}{
		{
			name: "same speaker in another spelling",
			sources: []Source{
				src(1, "d1", "Bloomberg", "2024-06-14", q, speaker("Shin Won-sik")),
				src(2, "d2", "Yonhap", "2024-06-14", q, speaker("Shin Wonsik")),
			},
			want: "1 | 2<1:same speaker Shin Won-sik",
		},
		{
			name: "unattributed re-report through the same outlet",
			sources: []Source{
				src(1, "d1", "Bloomberg", "2024-06-14", q, speaker("Shin Won-sik")),
				src(2, "d2", "Ukrainska Pravda", "2024-06-15", q, via("Kyiv Independent", "Bloomberg")),
			},
			want: "1 | 2<1:same outlet Bloomberg",
		},
		{
			name: "one outlet quoting two named people directly gives two sources",
			sources: []Source{
				src(1, "d1", "Reuters", "2024-06-14", q, speaker("Shin Won-sik")),
				src(2, "d2", "Reuters", "2024-06-15", q, speaker("John Kirby")),
			},
			want: "1,2 |",
		},
		{
			// The extractor fills Via with the document's outlet when the
			// text names none: that is no relay.
			name: "one outlet quoting two named people, its own name as Via, gives two sources",
			sources: []Source{
				src(1, "d1", "Reuters", "2024-06-14", q, speaker("Shin Won-sik"), via("Reuters")),
				src(2, "d2", "Reuters", "2024-06-15", q, speaker("John Kirby"), via("Reuters")),
			},
			want: "1,2 |",
		},
		{
			name: "the outlet's own voice twice is one source",
			sources: []Source{
				src(1, "d1", "Reuters", "2024-06-14", q),
				src(2, "d2", "Reuters", "2024-06-20", q),
			},
			want: "1 | 2<1:same outlet Reuters",
		},
		{
			name: "different speakers and outlets are independent",
			sources: []Source{
				src(1, "d1", "Yonhap", "2024-10-23", q, speaker("Kang Dae-sik")),
				src(2, "d2", "Reuters", "2024-10-24", q, speaker("John Kirby"), via("White House")),
				src(3, "d3", "AP", "2024-10-25", q),
			},
			want: "1,2,3 |",
		},
		{
			name: "an echo of an echo names the source it matched first",
			sources: []Source{
				src(1, "d1", "Bloomberg", "2024-06-14", q, speaker("Shin Won-sik")),
				src(2, "d2", "Kyiv Independent", "2024-06-14", q, speaker("defence minister"), via("Bloomberg")),
				src(3, "d3", "Newsweek", "2024-06-15", q, speaker("South Korean defence minister")),
			},
			want: "1 | 2<1:same outlet Bloomberg,3<2:same speaker defence minister",
		},
		{
			name: "a named speaker via an outlet re-reports it, whatever the name",
			sources: []Source{
				src(1, "d1", "Reuters", "2024-06-14", q, speaker("Shin Won-sik")),
				src(2, "d2", "Yonhap", "2024-06-15", q, speaker("John Kirby"), via("Reuters")),
			},
			want: "1 | 2<1:same outlet Reuters",
		},
		{
			name: "a relay named besides the document's own outlet",
			sources: []Source{
				src(1, "d1", "Reuters", "2024-06-14", q, speaker("Shin Won-sik"), via("Reuters")),
				src(2, "d2", "Reuters", "2024-06-15", q, speaker("John Kirby"), via("Reuters", "Reuters News")),
				src(3, "d3", "Reuters", "2024-06-16", q, speaker("Kang Dae-sik"), via("Yonhap", "Reuters")),
			},
			want: "1,2 | 3<1:same outlet Reuters",
		},
		{
			name: "no speaker and no outlet stays independent",
			sources: []Source{
				src(1, "d1", "", "2024-06-14", q),
				src(2, "d2", "", "2024-06-15", q),
			},
			want: "1,2 |",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ind, echoes := splitEchoes(tt.sources)
			var a, b []string
			for _, s := range ind {
				a = append(a, strconv.FormatInt(s.ClaimID, 10))
			}
			for _, e := range echoes {
				b = append(b, strconv.FormatInt(e.Source.ClaimID, 10)+"<"+strconv.FormatInt(e.Of.ClaimID, 10)+":"+e.Reason)
			}
			got := strings.TrimSpace(strings.Join(a, ",") + " | " + strings.Join(b, ","))
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
