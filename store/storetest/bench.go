package storetest

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"armsledger"
)

// benchParagraphs, three times over, make a benchmark article of about
// 3.4 KB, the size of a news story.
var benchParagraphs = []string{textKP, textEU, textIR,
	"Officials in Seoul said the shipments, carried by rail and by sea through the port of " +
		"Rajin, had been tracked by satellite since August. Analysts cautioned that container " +
		"counts are only a rough guide to the number of shells inside them.",
	"The ministry declined to say how many of the missiles had been used on the battlefield, " +
		"but Ukrainian officials said debris recovered in Kharkiv matched the KN-23 design.",
}

// benchDocument returns the i-th benchmark document and its five claims.
// Each document's text, and so its ID, is unique.
func benchDocument(i int64) (armsledger.Document, []armsledger.Claim) {
	var b strings.Builder
	b.WriteString("Report " + strconv.FormatInt(i, 10) + ". ")
	for range 3 {
		for _, p := range benchParagraphs {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	text := b.String()
	sum := sha256.Sum256([]byte(text))
	doc := armsledger.Document{ID: hex.EncodeToString(sum[:]), URL: "https://example.org/" +
		strconv.FormatInt(i, 10), Outlet: "Bloomberg", Title: "Shells", Published: "2024-06-14",
		Text: text, Extractor: "bench"}
	var claims []armsledger.Claim
	for _, f := range fixtures() {
		for _, c := range f.claims {
			if len(claims) == 5 {
				break
			}
			off := strings.Index(text, c.Evidence)
			c.Span = armsledger.Span{Start: off, End: off + len(c.Evidence)}
			claims = append(claims, c)
		}
	}
	return doc, claims
}

// BenchmarkPutDocument measures PutDocument of new documents with five
// claims each, one after another, and reports documents per second.
func BenchmarkPutDocument(b *testing.B, s armsledger.Store) {
	var i int64
	for b.Loop() {
		i++
		putBench(b, s, i)
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkPutDocumentParallel is BenchmarkPutDocument with four writers
// per CPU, as a pool of ingest workers would write.
func BenchmarkPutDocumentParallel(b *testing.B, s armsledger.Store) {
	var next atomic.Int64
	b.SetParallelism(4)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			putBench(b, s, next.Add(1))
		}
	})
	b.ReportMetric(float64(next.Load())/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkPutDocuments measures PutDocuments of batches of new documents
// with five claims each, and reports documents per second.
func BenchmarkPutDocuments(b *testing.B, s armsledger.Store, size int) {
	var i int64
	docs := make([]armsledger.DocumentClaims, size)
	for b.Loop() {
		for j := range docs {
			i++
			docs[j].Document, docs[j].Claims = benchDocument(i)
		}
		if _, err := s.PutDocuments(b.Context(), docs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "docs/s")
}

func putBench(b *testing.B, s armsledger.Store, i int64) {
	doc, claims := benchDocument(i)
	created, err := s.PutDocument(b.Context(), doc, claims)
	if err != nil || !created {
		b.Fatalf("PutDocument = %v, %v", created, err)
	}
}
