package server

// Browser tests: the dashboard in a real headless Chromium, driven with
// chromedp. One browser serves the whole test binary; each test opens its
// own tabs. Without Chromium they skip, except in CI (CI=true), where they
// fail. Screenshots go to $ARMSLEDGER_TEST_OUT/screenshots, else to
// $TMPDIR/armsledger-screenshots; the path is logged.

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// browser is the test binary's one Chromium, started by the first test
// that needs it and stopped by TestMain.
var browser struct {
	once    sync.Once
	ctx     context.Context
	stop    func()
	dataDir string
	err     error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if browser.stop != nil {
		browser.stop()
		os.RemoveAll(browser.dataDir)
	}
	os.Exit(code)
}

// chromiumPath finds Chromium: $ARMSLEDGER_CHROMIUM, Debian's
// /usr/bin/chromium, or chromium on the PATH.
func chromiumPath() string {
	if p := os.Getenv("ARMSLEDGER_CHROMIUM"); p != "" {
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// startBrowser returns the shared browser's context, starting it once.
func startBrowser(t *testing.T) context.Context {
	t.Helper()
	path := chromiumPath()
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true and Chromium is missing: .ci/run installs it (apt-get install chromium)")
		}
		t.Skip("no Chromium (/usr/bin/chromium or $ARMSLEDGER_CHROMIUM): skipping the browser tests; " +
			"install it with apt-get install chromium")
	}
	browser.once.Do(func() {
		dir, err := os.MkdirTemp("", "armsledger-chromium-")
		if err != nil {
			browser.err = err
			return
		}
		browser.dataDir = dir
		opts := append(chromedp.DefaultExecAllocatorOptions[:],
			chromedp.ExecPath(path),
			chromedp.NoSandbox,
			chromedp.DisableGPU,
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
			chromedp.NoFirstRun,
			chromedp.UserDataDir(dir),
		)
		actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
		bctx, bcancel := chromedp.NewContext(actx)
		browser.ctx = bctx
		browser.stop = func() { bcancel(); acancel() }
		browser.err = chromedp.Do(bctx) // starts the browser
	})
	if browser.err != nil {
		t.Fatalf("start Chromium %s: %v", path, browser.err)
	}
	return browser.ctx
}

// tab is a browser tab of one viewport size that records every console
// error, uncaught exception and dialog; the test fails on any.
type tab struct {
	t    *testing.T
	ctx  context.Context
	base string
	mu   sync.Mutex
	errs []string
}

// newTab opens a tab at width × height on the server at base.
func newTab(t *testing.T, base string, width, height int64) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(startBrowser(t))
	ctx, cancelT := context.WithTimeout(ctx, 60*time.Second)
	tb := &tab{t: t, ctx: ctx, base: base}
	err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
				var args []string
				for _, a := range ev.Args {
					args = append(args, strings.TrimSpace(string(a.Value)+" "+a.Description))
				}
				tb.fail("console.%s: %s", ev.Type, strings.Join(args, " "))
			}
		case *runtime.EventExceptionThrown:
			tb.fail("exception: %s", ev.ExceptionDetails.Text)
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.EntryLevelError {
				tb.fail("console (%s): %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL)
			}
		case *page.EventJavascriptDialogOpening:
			tb.fail("a %s dialog opened: %q", ev.Type, ev.Message)
			// Listen's func must not run commands: dismiss it elsewhere.
			go chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
				_, err := cdp.Call(ctx, t, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{})
				return err
			}))
		}
	})
	if err == nil {
		err = chromedp.Do(ctx, chromedp.EmulateViewport(width, height))
	}
	if err != nil {
		t.Fatalf("open a tab: %v", err)
	}
	t.Cleanup(func() {
		cancelT()
		cancel()
		tb.mu.Lock()
		defer tb.mu.Unlock()
		for _, e := range tb.errs {
			t.Errorf("browser: %s", e)
		}
	})
	return tb
}

func (tb *tab) fail(format string, args ...any) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	tb.errs = append(tb.errs, fmt.Sprintf(format, args...))
}

// run runs actions in the tab, failing the test on error.
func (tb *tab) run(what string, actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, actions...); err != nil {
		tb.t.Fatalf("%s: %v", what, err)
	}
}

// open navigates to a path of the server and waits for the page's body.
func (tb *tab) open(path string) {
	tb.t.Helper()
	tb.run("open "+path, chromedp.Navigate(tb.base+path), chromedp.WaitReady(chromedp.CSS("body")))
}

// eval evaluates a JavaScript expression and decodes its value.
func eval[T any](tb *tab, expr string) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		tb.t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// screenshot writes a full-page PNG under the screenshot folder.
func (tb *tab) screenshot(name string) {
	tb.t.Helper()
	tb.capture(name, chromedp.FullScreenshot(100))
}

// screenshotViewport writes a PNG of what the viewport shows.
func (tb *tab) screenshotViewport(name string) {
	tb.t.Helper()
	tb.capture(name, chromedp.CaptureScreenshot())
}

func (tb *tab) capture(name string, shot chromedp.Action[[]byte]) {
	tb.t.Helper()
	png, err := chromedp.Run(tb.ctx, shot)
	if err != nil {
		tb.t.Fatalf("screenshot %s: %v", name, err)
	}
	dir := screenshotDir(tb.t)
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		tb.t.Fatal(err)
	}
	tb.t.Logf("screenshot %s", path)
}

// screenshotDir is $ARMSLEDGER_TEST_OUT/screenshots, else
// $TMPDIR/armsledger-screenshots, which outlive the test.
func screenshotDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(os.TempDir(), "armsledger-screenshots")
	if out := os.Getenv("ARMSLEDGER_TEST_OUT"); out != "" {
		dir = filepath.Join(out, "screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}
