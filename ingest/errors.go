package ingest

import "errors"

// Sentinel errors classify why an input was refused; every error the package
// returns wraps one of them (or an I/O error) with the input's path or URL.
var (
	// ErrTooLarge: the input is over the size limit.
	ErrTooLarge = errors.New("input is larger than the size limit")
	// ErrBinary: the input holds NUL bytes, so it is not text.
	ErrBinary = errors.New("input holds NUL bytes: it is binary, not text")
	// ErrEmpty: the input holds no text, or only whitespace.
	ErrEmpty = errors.New("empty")
	// ErrNoArticle: an HTML page holds no article text (only scripts,
	// navigation, or too few characters to be an article).
	ErrNoArticle = errors.New("no article text")
	// ErrUnsupported: the input is of a kind that cannot be read as an
	// article (an image, a PDF, an ftp: URL, ...).
	ErrUnsupported = errors.New("unsupported input type")
	// ErrTimeout: a fetch did not finish in time.
	ErrTimeout = errors.New("timed out")
	// ErrBadFeed: a feed could not be parsed as RSS, Atom or JSON Feed.
	ErrBadFeed = errors.New("not a valid RSS, Atom or JSON feed")
	// ErrFrontMatter: a file's front matter holds a value that cannot be
	// used (a date that is no date, a url that is not http or https).
	ErrFrontMatter = errors.New("front matter")
)
