package callsite_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/redislint/redislint/internal/callsite"
)

// show reports, for every call the shared analyzer finds, what it found:
// the command, the client kind, the keys, and the transaction it joins.
var show = &analysis.Analyzer{
	Name:     "showcalls",
	Doc:      "reports what callsite finds, for tests",
	Requires: []*analysis.Analyzer{callsite.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[callsite.Analyzer].(*callsite.Result)
		for _, c := range res.Calls {
			var keys []string
			for _, k := range c.Keys {
				keys = append(keys, k.String())
			}
			tx := ""
			if c.Tx != nil {
				tx = fmt.Sprintf(" tx@%d", pass.Fset.Position(c.Tx.Start.Pos()).Line)
			}
			complete := ""
			if !c.Complete {
				complete = " partial"
			}
			pass.Reportf(c.Call.Pos(), "%s %s [%s]%s%s", c.Cmd.Name, c.Kind, strings.Join(keys, " "), complete, tx)
		}
		return nil, nil
	},
}

func TestKinds(t *testing.T) {
	testdata, _ := filepath.Abs(filepath.Join("..", "..", "testdata"))
	analysistest.Run(t, testdata, show, "callsite/kinds")
}
