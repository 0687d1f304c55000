package doccheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// TestDocCommentsNameTheirOwnFunction fails when a top-level function's doc
// comment opens with the name of another function of the same package
// (tests excepted).
func TestDocCommentsNameTheirOwnFunction(t *testing.T) {
	root := filepath.Join("..", "..")
	funcsByDir := map[string][]*ast.FuncDecl{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		for _, decl := range f.Decls {
			if fn, ok := decl.(*ast.FuncDecl); ok && fn.Recv == nil {
				dir := filepath.Dir(path)
				funcsByDir[dir] = append(funcsByDir[dir], fn)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, fns := range funcsByDir {
		names := map[string]bool{}
		for _, fn := range fns {
			names[fn.Name.Name] = true
		}
		for _, fn := range fns {
			// A test's comment names what it tests, not the test.
			if fn.Doc == nil || isTestFunc(fn.Name.Name) {
				continue
			}
			checked++
			first := strings.Fields(fn.Doc.Text())
			if len(first) == 0 {
				continue
			}
			word := strings.TrimRight(first[0], ",.:;")
			if word != fn.Name.Name && names[word] {
				t.Errorf("%s: the doc comment of %s opens with %s, another function of the package: a function was put between a comment and its own func",
					fset.Position(fn.Pos()), fn.Name.Name, word)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no documented functions found: the walk from the module root read nothing")
	}
}

func isTestFunc(name string) bool {
	for _, prefix := range []string{"Test", "Benchmark", "Fuzz", "Example"} {
		if strings.HasPrefix(name, prefix) {
			return true
		}
	}
	return false
}
