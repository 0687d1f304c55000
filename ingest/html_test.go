package ingest

import (
	"bytes"
	"errors"
	"io"
	"net/url"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// The Cyrillic fixtures' sentences, as they must read once decoded.
const (
	cyrillicTitle = "Эстония получит зенитные комплексы"
	cyrillicLead  = "Норвегия передаст Эстонии двенадцать зенитных пусковых установок до конца года, сообщило во вторник министерство обороны Норвегии."
)

func TestReadHTML(t *testing.T) {
	// A UTF-8 page that declares no charset and whose first 1024 bytes are
	// ASCII: the standard's prescan cannot tell, the whole page can.
	lateUTF8 := "<html><head><title>Frigates</title>" + strings.Repeat("<!-- padding -->", 80) + "</head><body><article>" +
		"<p>Chile has agreed to buy two used frigates from the Netherlands, the Chilean navy said on Monday in Valparaíso.</p>" +
		"<p>The ships are due to sail next year with crews trained in Den Helder, a navy spokesman said.</p></article></body></html>"
	badUTF8 := "<html><head><meta charset=\"utf-8\"></head><body><article>" +
		"<p>A port official in Tallinn said the shipment of 400 rifles was \xffthe largest so far\xfe this spring, without naming the supplier.</p>" +
		"</article></body></html>"
	page := &url.URL{Scheme: "https", Host: "news.example", Path: "/2025/03/launchers"}
	tests := []struct {
		name        string
		path        string // a fixture, or
		html        string // the page itself
		contentType string
		pageURL     *url.URL
		limit       int64
		bodyStart   string
		bodyHas     []string
		bodyLacks   []string
		want        Text // metadata
		warning     string
		err         error
		errHas      []string
	}{
		{
			name:      "og:site_name and article:published_time win; navigation, footer and scripts dropped",
			path:      "testdata/html/article/page.html",
			pageURL:   page,
			bodyStart: "Norway will send twelve air-defence launchers to Estonia before the end of the year",
			bodyHas: []string{
				"Oslo. The first batch of six is expected in the spring, she said, and the second before the autumn.\n\nEstonia's defence minister",
				"which officials described as a loan rather than a gift.",
			},
			bodyLacks: []string{"Home", "Privacy", "All rights reserved", "analytics", "app.js"},
			// 01:30 at +02:00 is the 4th where it was published, the 3rd in UTC.
			want: Text{Title: "Norway to send launchers to Estonia", Outlet: "Baltic Defence Monitor",
				URL: "https://news.example/2025/03/launchers", Published: date(2025, 3, 4)},
		},
		{
			name:      "JSON-LD publisher by reference and the article's datePublished",
			path:      "testdata/html/jsonld/page.html",
			bodyStart: "Chile has agreed to buy two used frigates from the Netherlands",
			bodyHas:   []string{"Valparaíso"},
			want:      Text{Title: "Chile buys frigates", Outlet: "Andes Naval Review", Published: date(2024, 11, 18)},
		},
		{
			name:      "time element in the article, not the sidebar's",
			path:      "testdata/html/time/page.html",
			bodyHas:   []string{"Portugal pledged thirty armoured personnel carriers to Ukraine on Friday"},
			bodyLacks: []string{"Older story"},
			want:      Text{Title: "Portugal pledges armoured vehicles", Published: date(2024, 6, 14)},
		},
		{
			name:      "DC.date.issued meta tag",
			path:      "testdata/html/meta-other/page.html",
			bodyStart: "Finland has ordered tens of thousands of artillery shells",
			want:      Text{Title: "Finland orders artillery shells", Published: date(2023, 9, 27)},
		},
		{
			name:   "scripts and navigation only",
			path:   "testdata/html/no-article/page.html",
			err:    ErrNoArticle,
			errHas: []string{"testdata/html/no-article/page.html", "no article text"},
		},
		{
			name:    "windows-1251 declared in a meta tag",
			path:    "testdata/html/cp1251-meta/page.html",
			bodyHas: []string{cyrillicLead, "вторая — до осени."},
			want:    Text{Title: cyrillicTitle, Outlet: "Балтийский обозреватель"},
		},
		{
			name:        "windows-1251 meta tag with a Content-Type without charset",
			path:        "testdata/html/cp1251-meta/page.html",
			contentType: "text/html",
			bodyHas:     []string{cyrillicLead},
			want:        Text{Title: cyrillicTitle, Outlet: "Балтийский обозреватель"},
		},
		{
			name:        "windows-1251 declared in the Content-Type header only",
			path:        "testdata/html/cp1251-header/page.html",
			contentType: "text/html; charset=windows-1251",
			bodyHas:     []string{cyrillicLead},
			want:        Text{Title: cyrillicTitle, Outlet: "Балтийский обозреватель"},
		},
		{
			name:        "Content-Type charset names an alias",
			path:        "testdata/html/cp1251-header/page.html",
			contentType: `text/html; charset="CP1251"`,
			bodyHas:     []string{cyrillicLead},
			want:        Text{Title: cyrillicTitle, Outlet: "Балтийский обозреватель"},
		},
		{
			name:      "windows-1251 declared nowhere is not guessed",
			path:      "testdata/html/cp1251-header/page.html",
			bodyLacks: []string{"Норвегия"},
			want:      Text{Title: "Ýñòîíèÿ ïîëó÷èò çåíèòíûå êîìïëåêñû", Outlet: "Áàëòèéñêèé îáîçðåâàòåëü"},
		},
		{
			name:    "undeclared UTF-8 beyond the first kilobyte",
			html:    lateUTF8,
			bodyHas: []string{"Valparaíso", "Den Helder"},
			want:    Text{Title: "Frigates"},
		},
		{
			name:    "UTF-8 page declaring windows-1251 in a meta tag",
			html:    strings.Replace(lateUTF8, "<head>", `<head><meta charset="windows-1251">`, 1),
			bodyHas: []string{"Valparaíso"},
			want:    Text{Title: "Frigates"},
			warning: "inline.html: declared charset windows-1251, but the page is valid UTF-8: read as UTF-8",
		},
		{
			name:        "UTF-8 page served as iso-8859-1",
			html:        lateUTF8,
			contentType: "text/html; charset=ISO-8859-1",
			bodyHas:     []string{"Valparaíso"},
			want:        Text{Title: "Frigates"},
			warning:     "declared charset windows-1252, but the page is valid UTF-8",
		},
		{
			name:    "invalid UTF-8 repaired with a warning",
			html:    badUTF8,
			bodyHas: []string{"was \uFFFDthe largest so far\uFFFD this spring"},
			warning: "inline.html: repaired 2 invalid UTF-8",
		},
		{
			name:   "over the size limit",
			path:   "testdata/html/article/page.html",
			limit:  512,
			err:    ErrTooLarge,
			errHas: []string{"testdata/html/article/page.html", "size limit of 512 bytes"},
		},
		{
			name:   "empty page",
			html:   " \n ",
			err:    ErrEmpty,
			errHas: []string{"inline.html: empty"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name, r := "inline.html", io.Reader(strings.NewReader(tt.html))
			if tt.path != "" {
				b, err := os.ReadFile(tt.path)
				if err != nil {
					t.Fatal(err)
				}
				name, r = tt.path, bytes.NewReader(b)
			}
			got, err := ReadHTML(name, r, tt.contentType, tt.pageURL, tt.limit)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("error = %v, want %v", err, tt.err)
				}
				for _, s := range tt.errHas {
					if !strings.Contains(err.Error(), s) {
						t.Errorf("error %q does not say %q", err, s)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			checkBody(t, got.Body, tt.bodyStart, tt.bodyHas, tt.bodyLacks)
			checkMeta(t, got, tt.want)
			switch {
			case tt.warning == "" && len(got.Warnings) > 0:
				t.Errorf("unexpected warnings %q", got.Warnings)
			case tt.warning != "" && (len(got.Warnings) != 1 || !strings.Contains(got.Warnings[0], tt.warning)):
				t.Errorf("warnings = %q, want one with %q", got.Warnings, tt.warning)
			}
		})
	}
}

func TestParseWebDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // YYYY-MM-DD, or "" when the input is not a date
	}{
		{"2024-02-27", "2024-02-27"},
		{"2024-02-27T01:00:00+09:00", "2024-02-27"},
		{"2024-02-27T23:30:00-05:00", "2024-02-27"},
		{"2024-02-27T10:00:00.000+0000", "2024-02-27"},
		{"2024-02-27T10:00:00.123456Z", "2024-02-27"},
		{"2024-02-27T10:00", "2024-02-27"},
		{"2024/02/27", "2024-02-27"},
		{"Tue, 27 Feb 2024 10:00:00 GMT", "2024-02-27"},
		{"Tue, 27 Feb 2024 10:00:00 +0100", "2024-02-27"},
		{"February 27, 2024", "2024-02-27"},
		{"27 February 2024", "2024-02-27"},
		{"27.02.2024", "2024-02-27"},
		{"2024-02-27 at noon", "2024-02-27"},
		{"  2024-02-27  ", "2024-02-27"},
		{"0000-00-00", ""},
		{"0001-01-01T00:00:00Z", ""},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := parseWebDate(tt.in)
		var s string
		if ok {
			s = got.Format("2006-01-02")
		}
		if s != tt.want {
			t.Errorf("parseWebDate(%q) = %q, want %q", tt.in, s, tt.want)
		}
	}
}

// FuzzReadHTML: any bytes give either an error or a normalized, valid
// UTF-8 body of at least MinArticleChars characters.
func FuzzReadHTML(f *testing.F) {
	for _, p := range []string{"article", "jsonld", "time", "no-article", "cp1251-meta"} {
		b, err := os.ReadFile("testdata/html/" + p + "/page.html")
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, "")
	}
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@id":"x","publisher":{"@id":"x"}}]}</script>`), "text/html; charset=utf-16")
	f.Fuzz(func(t *testing.T, b []byte, contentType string) {
		got, err := ReadHTML("fuzz.html", bytes.NewReader(b), contentType, nil, 1<<20)
		if err != nil {
			return
		}
		if !utf8.ValidString(got.Body) || got.Body != Normalize(got.Body) || utf8.RuneCountInString(got.Body) < MinArticleChars {
			t.Errorf("body %q is invalid, not normalized or too short", excerptOf(got.Body))
		}
	})
}
