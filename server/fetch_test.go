package server

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync"
	"testing"
	"time"

	"armsledger"
	"armsledger/internal/testdb"
)

func TestCheckAddr(t *testing.T) {
	for _, c := range []struct {
		addr string
		ok   bool
	}{
		{"127.0.0.1", false}, {"::1", false}, {"10.1.2.3", false}, {"192.168.0.1", false},
		{"172.16.5.4", false}, {"169.254.169.254", false}, {"fe80::1", false}, {"fc00::1", false},
		{"224.0.0.1", false}, {"0.0.0.0", false}, {"::", false}, {"::ffff:127.0.0.1", false},
		{"100.64.0.1", false}, {"64:ff9b::a00:1", false},
		{"93.184.215.14", true}, {"2606:2800:21f:cb07:6820:80da:af6b:8b2c", true},
	} {
		err := checkAddr(netip.MustParseAddr(c.addr))
		if (err == nil) != c.ok {
			t.Errorf("checkAddr(%s) = %v, want ok %v", c.addr, err, c.ok)
		}
	}
}

// TestFetchRefusesLoopback posts the URL of a server on 127.0.0.1, directly
// and through a name that resolves to it, with fetching allowed.
func TestFetchRefusesLoopback(t *testing.T) {
	page := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("Iran sent 200 drones to Russia."))
	}))
	defer page.Close()
	e := newEnv(t, testdb.DSN(t, "sqlite"), Options{Token: testToken, AllowFetch: true})
	port := page.URL[strings.LastIndex(page.URL, ":"):]
	for _, u := range []string{page.URL + "/a", "http://localhost" + port + "/a"} {
		r := e.call(t, "POST", "/api/documents", testToken, DocumentInput{URL: u})
		if r.status != 403 || !strings.Contains(string(r.body), "loopback") {
			t.Errorf("fetch %s: %d %s, want 403 naming loopback", u, r.status, r.body)
		}
	}
	docs, _ := e.store.Documents(t.Context(), armsledger.DocumentFilter{})
	if len(docs) != 0 {
		t.Errorf("%d documents stored", len(docs))
	}
}

// gateStore holds PutDocument until released, to shut down mid-write.
type gateStore struct {
	armsledger.Store
	entered, release chan struct{}
}

func (g *gateStore) PutDocument(ctx context.Context, d armsledger.Document, c []armsledger.Claim) (bool, error) {
	close(g.entered)
	<-g.release
	return g.Store.PutDocument(ctx, d, c)
}

// TestShutdownKeepsAcceptedWrite shuts the server down while a POST is in
// flight: the write completes, the client gets 201, and it is stored.
func TestShutdownKeepsAcceptedWrite(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		store := &gateStore{testdb.Open(t, dsn), make(chan struct{}), make(chan struct{})}
		srv := New(store, Options{Token: testToken}).HTTPServer("127.0.0.1:0")
		ts := httptest.NewUnstartedServer(srv.Handler)
		ts.Config = srv
		ts.Start()
		var wg sync.WaitGroup
		var status int
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, _ := http.NewRequest("POST", ts.URL+"/api/documents",
				strings.NewReader(`{"text": "Iran has delivered 200 Shahed drones to Russia."}`))
			req.Header.Set("Authorization", "Bearer "+testToken)
			resp, err := ts.Client().Do(req)
			if err != nil {
				t.Error(err)
				return
			}
			resp.Body.Close()
			status = resp.StatusCode
		}()
		<-store.entered
		done := make(chan error)
		go func() { done <- srv.Shutdown(context.Background()) }()
		// Wait until the listener is closed: shutdown has begun.
		for i := 0; ; i++ {
			c, err := net.Dial("tcp", ts.Listener.Addr().String())
			if err != nil {
				break
			}
			c.Close()
			if i > 200 {
				t.Fatal("the server still accepts connections")
			}
			time.Sleep(5 * time.Millisecond)
		}
		select {
		case err := <-done:
			t.Fatalf("shutdown returned before the write finished: %v", err)
		default:
		}
		close(store.release)
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		wg.Wait()
		if status != 201 {
			t.Fatalf("POST during shutdown: %d, want 201", status)
		}
		docs, err := store.Documents(context.Background(), armsledger.DocumentFilter{})
		if err != nil || len(docs) != 1 {
			t.Fatalf("stored: %d documents, %v", len(docs), err)
		}
	})
}
