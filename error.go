package armsledger

import (
	"errors"
	"fmt"
)

// Error codes, as in benbjohnson/wtf. Every error a service returns either is
// an *Error or wraps one; anything else counts as EINTERNAL.
const (
	ENOTFOUND = "not_found" // the thing asked for does not exist
	EINVALID  = "invalid"   // the input breaks a rule of the ledger
	ECONFLICT = "conflict"  // the input clashes with what is stored
	EINTERNAL = "internal"  // anything else: a bug or a broken dependency
)

// Error is the ledger's one error type: a code a program can act on, a
// message a person can read, and the underlying error, if any.
type Error struct {
	Code    string
	Message string
	Err     error
}

// Error joins the message and the underlying error.
func (e *Error) Error() string {
	switch {
	case e.Message == "" && e.Err == nil:
		return e.Code
	case e.Err == nil:
		return e.Message
	case e.Message == "":
		return e.Err.Error()
	}
	return e.Message + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, "" for a nil
// error, and EINTERNAL for an error that carries no code.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message of the first *Error in err's chain, or a
// generic message for an error that carries no code, so that internal details
// need not reach an end user.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Message != "" {
		return e.Message
	}
	return "internal error"
}
