package server

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"syscall"
	"time"

	"armsledger/ingest"
)

// RefusedAddressError is a fetch that would have connected to an address
// the API must not reach on a client's behalf.
type RefusedAddressError struct {
	Addr   netip.Addr
	Reason string // "loopback", "private", ...
}

// Error reads "refused to connect to 127.0.0.1: a loopback address".
func (e *RefusedAddressError) Error() string {
	return fmt.Sprintf("refused to connect to %s: a %s address", e.Addr, e.Reason)
}

// reserved are ranges that are neither the public internet nor caught by
// netip's predicates: "this network", carrier-grade NAT, IETF protocol
// assignments, benchmarking, reserved, and NAT64 (which can embed any
// IPv4 address, private ones included).
var reserved = []struct {
	prefix netip.Prefix
	reason string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "this-network"},
	{netip.MustParsePrefix("100.64.0.0/10"), "shared (carrier-grade NAT)"},
	{netip.MustParsePrefix("192.0.0.0/24"), "IETF protocol"},
	{netip.MustParsePrefix("198.18.0.0/15"), "benchmarking"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"},
	{netip.MustParsePrefix("64:ff9b::/96"), "NAT64"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "NAT64"},
}

// checkAddr says why a resolved address must not be dialled, or nil.
func checkAddr(a netip.Addr) error {
	a = a.Unmap()
	reason := ""
	switch {
	case !a.IsValid():
		reason = "malformed"
	case a.IsLoopback():
		reason = "loopback"
	case a.IsPrivate():
		reason = "private"
	case a.IsLinkLocalUnicast():
		reason = "link-local"
	case a.IsMulticast(), a.IsLinkLocalMulticast(), a.IsInterfaceLocalMulticast():
		reason = "multicast"
	case a.IsUnspecified():
		reason = "unspecified"
	}
	for _, r := range reserved {
		if reason == "" && r.prefix.Contains(a) {
			reason = r.reason
		}
	}
	if reason != "" {
		return &RefusedAddressError{Addr: a, Reason: reason}
	}
	return nil
}

// control runs after DNS resolution, before each connect (redirects'
// included), so a name that resolves to a private address is refused too.
func control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("refused to connect to %q: %w", address, err)
	}
	return checkAddr(ap.Addr())
}

// newSafeFetcher is an ingest.Fetcher whose connections can only reach
// public addresses, with at most 5 redirects and bodies capped at maxBytes.
// It ignores proxy settings: a proxy would make the connection, and the
// address check, somewhere else.
func newSafeFetcher(maxBytes int64) *ingest.Fetcher {
	f := ingest.NewFetcher(ingest.FetchOptions{MaxBytes: maxBytes, MaxRedirects: 5})
	t := f.Client.Transport.(*http.Transport).Clone()
	t.Proxy = nil
	t.DialContext = (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, Control: control}).DialContext
	f.Client.Transport = t
	return f
}
