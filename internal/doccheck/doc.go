// Package doccheck holds a test over the module's own source: a doc
// comment that names a function must sit above that function. A function
// inserted between another's comment and its func line leaves the comment
// describing the wrong code, and nothing else notices.
package doccheck
