// Package eval scores extracted claims against gold claims: it reads the JSON
// Lines files of ../shared/eval, pairs predicted with gold claims passage by
// passage as ../shared/eval/README.md says, and reports precision, recall and
// F1 with the misses and false positives behind them.
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"armsledger"
)

// Passage is one line of a gold (or input) JSON Lines file.
type Passage struct {
	ID        string             `json:"id"`
	URL       string             `json:"url"`
	Outlet    string             `json:"outlet"`
	Published string             `json:"published"`
	Text      string             `json:"text"`
	Claims    []armsledger.Claim `json:"claims"`
}

// maxLine is the longest line ReadPassages accepts, newline excluded. The
// longest real passage is a few kilobytes; the limit only stops a broken file
// (a missing newline, a binary) from being read into memory whole.
const maxLine = 16 << 20

// LineError is a line of a JSON Lines file that could not be read as a passage.
type LineError struct {
	Line int // 1-based
	Err  error
}

// Error says which line failed and why.
func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *LineError) Unwrap() error { return e.Err }

// ReadPassages reads a JSON Lines file of passages. A malformed line does not
// stop the read: it is reported as a *LineError in the returned error list,
// and every good line is returned. Blank lines are skipped. A line longer
// than 16 MB is an error for that line only. An error from r itself ends the
// read and is the last error in the list; the line it cut short is dropped.
//
// A line is malformed when it is not one JSON object, or when it has a key
// the format does not define: a misspelt "claim" would otherwise score as a
// passage with no claims, and nothing would say why.
func ReadPassages(r io.Reader) ([]Passage, []error) { return readPassages(r, true) }

// ReadInputs reads passages to extract from, as ReadPassages does but
// ignoring keys the format does not define: an input line may carry any
// other fields ("source", "lang", gold "claims").
func ReadInputs(r io.Reader) ([]Passage, []error) { return readPassages(r, false) }

func readPassages(r io.Reader, strict bool) ([]Passage, []error) {
	var (
		out  []Passage
		errs []error
		buf  []byte
	)
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, buf[:0])
		buf = line
		switch {
		case err != nil && err != io.EOF:
			// The line may be cut short: parsing it could yield a passage
			// with claims missing.
			return out, append(errs, fmt.Errorf("read line %d: %w", n, err))
		case tooLong:
			errs = append(errs, &LineError{Line: n, Err: fmt.Errorf("longer than %d bytes", maxLine)})
		case len(bytes.TrimSpace(line)) == 0:
			// blank line
		default:
			p, perr := parsePassage(line, strict)
			if perr != nil {
				errs = append(errs, &LineError{Line: n, Err: perr})
			} else {
				out = append(out, p)
			}
		}
		if err == io.EOF {
			return out, errs
		}
	}
}

// readLine reads one line into buf, without its "\n" or "\r\n". When the line
// is longer than maxLine it reads on to the line's end but keeps none of it,
// so one huge line costs no more memory than the limit. err is io.EOF after
// the last line.
func readLine(br *bufio.Reader, buf []byte) ([]byte, bool, error) {
	line, tooLong := buf, false
	for {
		frag, err := br.ReadSlice('\n')
		if !tooLong {
			// len("\r\n") of slack so that a line of exactly maxLine bytes
			// is kept with its line ending and trimmed below.
			if len(line)+len(frag) > maxLine+len("\r\n") {
				tooLong, line = true, buf[:0]
			} else {
				line = append(line, frag...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooLong {
			return line, true, err
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		return line, len(line) > maxLine, err
	}
}

// parsePassage decodes one line that must hold exactly one JSON object with
// only the keys Passage and Claim define.
func parsePassage(line []byte, strict bool) (Passage, error) {
	var p Passage
	if trimmed := bytes.TrimSpace(line); len(trimmed) == 0 || trimmed[0] != '{' {
		// json would accept null here and give an empty passage.
		return p, errors.New("not a JSON object")
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	if strict {
		dec.DisallowUnknownFields()
	}
	if err := dec.Decode(&p); err != nil {
		return Passage{}, fmt.Errorf("decode passage: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return Passage{}, errors.New("text after the JSON object")
	}
	return p, nil
}
