package crossslot

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/redislint/redislint/internal/analysisutil"
	"github.com/redislint/redislint/internal/callsite"
	"github.com/redislint/redislint/internal/clientflow"
	"github.com/redislint/redislint/internal/keyexpr"
	"github.com/redislint/redislint/internal/keyspec"
	"github.com/redislint/redislint/internal/model"
	"github.com/redislint/redislint/internal/msgtext"
	"github.com/redislint/redislint/internal/typesutil"
)

//go:embed doc.go
var doc string

// Config is the analyzer's configuration.
type Config struct {
	// Interfaces: report calls on interfaces that may hold a cluster client
	// (UniversalClient, Cmdable, a Pipeliner of unknown origin).
	Interfaces bool
	// Ring: report calls on *redis.Ring.
	Ring bool
	// Templates: report keys built at run time whose hashed parts differ
	// (they hash to different slots for almost every value).
	Templates bool
	// Standalone: also check the keys of single-node clients, for programs
	// that reach a cluster through a proxy (a cloud "cluster edition"
	// proxy, Envoy, Redis Software without the OSS Cluster API). Commands
	// such proxies split by slot (DEL, EXISTS, MGET, MSET, MSETNX, TOUCH,
	// UNLINK) are not reported.
	Standalone bool
	// Distinct: report two different run-time keys with no constant part
	// at all (RENAME oldsid sid) on a concrete cluster client.
	Distinct bool
	// Conns: report calls on redigo and radix connections whose origin
	// the package does not show (a redis.Conn parameter): they are cluster
	// connections when the caller hands one from redisc or radix.Cluster.
	Conns bool
}

// DefaultConfig returns the configuration of Analyzer.
func DefaultConfig() Config {
	return Config{Interfaces: true, Ring: true, Templates: true}
}

// New returns a new analyzer whose flags are bound to its own copy of cfg.
func New(cfg Config) *analysis.Analyzer {
	c := cfg
	a := &analysis.Analyzer{
		Name:     "crossslot",
		Doc:      analysisutil.MustExtractDoc(doc, "crossslot"),
		URL:      analysisutil.DocURL("crossslot"),
		Requires: []*analysis.Analyzer{callsite.Analyzer},
		Run:      analysisutil.WithIgnores("crossslot", func(pass *analysis.Pass) (any, error) { return run(pass, &c) }),
	}
	a.Flags.BoolVar(&c.Interfaces, "interfaces", c.Interfaces, "report calls on interfaces that may hold a cluster client")
	a.Flags.BoolVar(&c.Ring, "ring", c.Ring, "report calls on *redis.Ring")
	a.Flags.BoolVar(&c.Templates, "templates", c.Templates, "report keys built at run time whose hashed parts differ")
	a.Flags.BoolVar(&c.Standalone, "standalone", c.Standalone, "also check single-node clients, for endpoints that are cluster proxies")
	a.Flags.BoolVar(&c.Distinct, "distinct", c.Distinct, "report two different run-time keys with no constant part on a concrete cluster client")
	a.Flags.BoolVar(&c.Conns, "conns", c.Conns, "report calls on redigo and radix connections of unknown origin, which may be cluster connections")
	return a
}

// Analyzer reports cross-slot commands with the default configuration.
var Analyzer = New(DefaultConfig())

// Category is the category of every diagnostic of this analyzer.
const Category = "crossslot"

// key is one key of a checked set, with the command it belongs to.
type key struct {
	keyexpr.Key
	call *callsite.Call
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	res := pass.ResultOf[callsite.Analyzer].(*callsite.Result)
	if !res.Uses {
		return nil, nil
	}
	for _, c := range res.Calls {
		if c.Tx != nil || isWatchStart(c, res) || len(c.Keys) < 2 {
			continue
		}
		goRedis := c.Lib == model.LibNone || c.Lib == model.LibGoRedis
		effect, lib := c.Effect, c.Lib
		if res.RoutingPolicies && goRedis && model.RoutedByPolicy(c.Cmd.Name) && c.Kind != model.RecvStandalone {
			effect, lib = model.CrossSlotSplit, model.LibGoRedis
		}
		if effect == model.CrossSlotPerKey {
			reportPerKey(pass, cfg, c)
			continue
		}
		if effect == model.CrossSlotSplit && !model.AllOrNothing(c.Cmd.Name) {
			// The client sends one command per slot: nothing fails.
			continue
		}
		keys := make([]key, len(c.Keys))
		for i, k := range c.Keys {
			keys[i] = key{k, c}
		}
		name := c.Cmd.Name
		if c.Via != nil {
			name += " (through " + funcName(c.Via) + ")"
		}
		check(pass, cfg, c.Kind, subject{name: name, kind: c.Kind, recv: c.Origin, effect: effect, lib: lib, routing: effect == model.CrossSlotSplit && goRedis, split: model.RoutedByPolicy(c.Cmd.Name)}, keys, c.Complete)
	}
	for _, t := range res.Txs {
		var keys []key
		complete := true
		if t.Watch != nil {
			for _, k := range t.Watch.Keys {
				keys = append(keys, key{k, t.Watch})
			}
			complete = complete && t.Watch.Complete
		}
		for _, c := range t.Calls {
			for _, k := range c.Keys {
				keys = append(keys, key{k, c})
			}
			for _, k := range c.LoopKeys {
				keys = append(keys, key{k, c})
			}
			complete = complete && c.Complete && len(c.LoopKeys) == 0
		}
		s := subject{name: "transaction", tx: true, kind: t.Kind, effect: t.Effect, lib: t.Lib}
		if len(t.Calls) > 0 && t.Calls[0].Via != nil && t.Calls[0].Call == t.Start && calls(pass, t.Start, t.Calls[0].Via) {
			// A function that runs a transaction of the caller's keys
			// (not a callback given by name to the call that opens it).
			s.via = funcName(t.Calls[0].Via)
		}
		if t.Lib == model.LibNone || t.Lib == model.LibGoRedis {
			s.txSplit, s.version = goRedisTxSplits(pass, t)
		}
		if t.Watch != nil {
			s = subject{name: "WATCH", watch: true, kind: t.Kind, watchOnly: len(t.Calls) == 0}
			s.recv = t.Watch.Origin
		}
		check(pass, cfg, t.Kind, s, keys, complete)
	}
	checkScripts(pass, cfg, res.Calls)
	return nil, nil
}

func isWatchStart(c *callsite.Call, res *callsite.Result) bool {
	for _, t := range res.Txs {
		if t.Watch == c {
			return true
		}
	}
	return false
}

// reportPerKey reports an all-or-nothing command with two or more keys
// that the library sends key by key on a cluster client (rueidis'
// MSetNX helper): in one slot or not, it is not atomic.
func reportPerKey(pass *analysis.Pass, cfg *Config, c *callsite.Call) {
	if !model.AllOrNothing(c.Cmd.Name) || len(c.Keys) < 2 || !reportsOn(cfg, c.Kind) {
		return
	}
	h, ok := model.SplitHelperOf(c.Fn)
	if !ok {
		return
	}
	on := "on a cluster client"
	if c.Kind == model.RecvMaybeCluster {
		on = "if the client is a cluster client"
	}
	pass.Report(analysis.Diagnostic{
		Pos:      c.Call.Pos(),
		End:      c.Call.End(),
		Category: Category,
		Message: fmt.Sprintf("%s.%s sends one %s per key %s: the %s of %s and %s is not all-or-nothing (a key is set although another exists); use B().Msetnx() with keys of one slot",
			c.Fn.Pkg().Name(), c.Fn.Name(), h.Sends, on, c.Cmd.Name, display(pass, c.Keys[0]), display(pass, c.Keys[1])),
	})
}

// subject describes what is checked, for messages.
type subject struct {
	name      string // Redis command, "transaction" or "WATCH"
	kind      model.Receiver
	recv      ast.Expr
	tx        bool
	watch     bool
	watchOnly bool
	// via names the function a transaction runs in, when the caller's
	// keys go through it.
	via string
	// effect is what the library does with such a command on a cluster
	// (zero: the server answers CROSSSLOT), lib the library.
	effect model.CrossSlot
	lib    model.Lib
	// split: a command that cluster proxies split by slot.
	split bool
	// routing: the split is go-redis' routing policies'.
	routing bool
	// txSplit: the go-redis version in use (version, when known) sends a
	// cross-slot transaction as one MULTI/EXEC per slot.
	txSplit bool
	version string
}

// goRedisTxSplits reports whether the go-redis of transaction t sends it
// as one MULTI/EXEC per slot (before v9.11), and its version when known.
func goRedisTxSplits(pass *analysis.Pass, t *callsite.Tx) (bool, string) {
	fn, _ := pass.TypesInfo.Uses[typesutil.CalleeIdent(t.Start)].(*types.Func)
	if fn == nil || fn.Pkg() == nil || !model.IsGoRedis(fn.Pkg().Path()) {
		// A transaction wrapper (of this package or another): the go-redis
		// of the commands its callback queues.
		fn = nil
		for _, c := range t.Calls {
			if c.Fn != nil && c.Fn.Pkg() != nil && model.IsGoRedis(c.Fn.Pkg().Path()) && c.Via == nil {
				fn = c.Fn
				break
			}
		}
		if fn == nil {
			return false, ""
		}
	}
	return !model.GoRedisHas(pass.Fset, fn.Pkg(), model.FeatureCrossSlotTx), model.GoRedisVersion(pass.Fset, fn.Pkg())
}

// reportsOn reports whether the configuration reports commands on a client
// of kind k.
func reportsOn(cfg *Config, k model.Receiver) bool {
	switch k {
	case model.RecvCluster:
		return true
	case model.RecvMaybeCluster:
		return cfg.Interfaces
	case model.RecvUnknownConn:
		return cfg.Conns
	case model.RecvRing:
		return cfg.Ring
	}
	return false
}

func check(pass *analysis.Pass, cfg *Config, kind model.Receiver, s subject, keys []key, complete bool) {
	// A failover cluster client (NewFailoverClusterClient) maps every slot
	// to one master: the server never answers CROSSSLOT, but the
	// ClusterClient's own slot checks of WATCH and transactions still run.
	failoverTx := kind == model.RecvFailoverCluster && (s.watch || s.tx)
	// -standalone: a single-node client whose endpoint may be a cluster
	// proxy, which answers CROSSSLOT for what it does not split.
	proxy := cfg.Standalone && kind == model.RecvStandalone && !s.split
	if !reportsOn(cfg, kind) && !failoverTx && !proxy {
		return
	}
	i, j, rel := conflict(keys, cfg.Templates)
	distinct := false
	if rel == keyexpr.Unknown && cfg.Distinct && kind == model.RecvCluster && !s.tx && !s.watch {
		i, j, distinct = distinctPair(keys)
		if !distinct {
			return
		}
	} else if rel == keyexpr.Unknown {
		return
	}
	a, b := keys[i], keys[j]
	var msg string
	if distinct {
		msg = prefixOf(s) + display(pass, a.Key) + " and " + display(pass, b.Key) +
			" are two values known only at run time: they hash to different slots unless both carry the same hash tag: " + consequence(pass, s)
	} else {
		msg = describe(pass, s, a, b, rel, len(keys))
	}
	d := analysis.Diagnostic{
		Pos:      a.Expr.Pos(),
		End:      a.Expr.End(),
		Category: Category,
		Message:  msg,
		Related: []analysis.RelatedInformation{{
			Pos:     b.Expr.Pos(),
			End:     b.Expr.End(),
			Message: fmt.Sprintf("the other %s%s", noun(s, b), slotNote(b.Key)),
		}},
	}
	if a.Loop != nil && a.Loop == b.Loop && a.Expr == b.Expr && !s.tx && !s.watch && a.call != nil {
		// Keys a loop collected: the command that gets them all fails.
		d.Pos, d.End = a.call.Call.Pos(), a.call.Call.End()
		d.Related[0] = analysis.RelatedInformation{Pos: a.Expr.Pos(), End: a.Expr.End(), Message: "the keys are collected here"}
	}
	if complete && !alternatives(keys) {
		if fix, ok := tagFix(pass, keys); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
	}
	pass.Report(d)
}

// onCluster reports whether keys a and b, when their values rest on
// writes of some paths only (keyexpr.Assumption), can meet a client that
// may be a cluster client on one of those paths: programs that support a
// single node and a cluster record the mode beside the client, in the
// same branch (rdb = NewClusterClient(…); prefix = "{app}"), and the
// values of the single-node path never reach a cluster client.
func onCluster(a, b key) bool {
	if len(a.Assume)+len(b.Assume) == 0 {
		return true
	}
	var c *clientflow.Client
	for _, k := range []key{a, b} {
		if k.call != nil && k.call.Client != nil {
			c = k.call.Client
		}
	}
	if c == nil || !c.Complete {
		return true
	}
	for _, w := range c.Ways {
		if w.Kind&(clientflow.Cluster|clientflow.FailoverCluster|clientflow.Unknown) == 0 {
			continue
		}
		with := true
		for _, x := range slices.Concat(a.Assume, b.Assume) {
			if !x.With(w.Origin) {
				with = false
				break
			}
		}
		if with {
			return true
		}
	}
	return false
}

// alternatives reports whether some key is one of several values a
// variable may hold: a fix that edits one write is not the fix.
func alternatives(keys []key) bool {
	for _, k := range keys {
		if len(k.Assume) > 0 {
			return true
		}
	}
	return false
}

// conflict returns the first pair of keys that provably hash to different
// slots, preferring exact knowledge over "almost every value".
func conflict(keys []key, templates bool) (int, int, keyexpr.Relation) {
	li, lj := -1, -1
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if !keyexpr.Compatible(keys[i].Key, keys[j].Key) || !onCluster(keys[i], keys[j]) {
				continue // values of two paths that never meet, or never on a cluster client
			}
			rel := keyexpr.Compare(keys[i].Key, keys[j].Key)
			if a, b := keys[i], keys[j]; a.Loop != nil && a.Loop == b.Loop && a.Expr == b.Expr {
				rel = keyexpr.CompareIterations(a.Key, b.Key)
			}
			switch rel {
			case keyexpr.Different:
				return i, j, keyexpr.Different
			case keyexpr.LikelyDifferent:
				if li < 0 {
					li, lj = i, j
				}
			}
		}
	}
	if li >= 0 && templates {
		return li, lj, keyexpr.LikelyDifferent
	}
	return 0, 0, keyexpr.Unknown
}

// distinctPair returns the first pair of keys that are two different
// run-time values with no constant part.
func distinctPair(keys []key) (int, int, bool) {
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if keyexpr.Compatible(keys[i].Key, keys[j].Key) && keyexpr.Distinct(keys[i].Key, keys[j].Key) {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

func slotNote(k keyexpr.Key) string {
	if s, ok := k.Slot(); ok {
		return fmt.Sprintf(" (slot %d)", s)
	}
	return ""
}

// display renders a key for messages: its value when constant, the
// template of a fmt.Sprintf ("user:%d:a"), a builder call with its
// template (profileKey(id) = "profile:%d"), else its source.
func display(pass *analysis.Pass, k keyexpr.Key) string {
	if s, ok := k.Const(); ok {
		return quote(s)
	}
	s := msgtext.Shorten(types.ExprString(k.Expr), 60)
	if call, ok := ast.Unparen(k.Expr).(*ast.CallExpr); ok {
		if fn, ok := typeutilCallee(pass, call); ok && fn == "fmt.Sprintf" {
			return k.Pattern()
		}
		if k.Known() {
			return s + " = " + k.Pattern()
		}
	}
	return s
}

func typeutilCallee(pass *analysis.Pass, call *ast.CallExpr) (string, bool) {
	fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return "", false
	}
	return fn.Pkg().Path() + "." + fn.Name(), true
}

// quote quotes a key for a message, keeping it readable: invalid UTF-8 and
// control bytes are escaped, and a long key is cut between runes.
func quote(s string) string { return msgtext.Quote(s, 80) }

func describe(pass *analysis.Pass, s subject, a, b key, rel keyexpr.Relation, n int) string {
	var sb strings.Builder
	// A transaction's shard channels (SPUBLISH) are named channels; a
	// key and a channel are named one by one.
	mixed := s.tx && isChannel(a) != isChannel(b)
	switch {
	case s.tx:
		sb.WriteString(txHead(s, a, b))
	case s.watch && s.watchOnly:
		sb.WriteString("WATCH keys ")
	case s.watch:
		sb.WriteString("keys of the WATCH block ")
	case keyspec.HasShardChannels(s.name):
		sb.WriteString(s.name + " channels ")
	default:
		sb.WriteString(s.name + " keys ")
	}
	side := func(k key) string {
		str := display(pass, k.Key)
		if mixed {
			str = noun(s, k) + " " + str
		}
		var notes []string
		if (s.tx || s.watch && !s.watchOnly) && k.call != nil {
			notes = append(notes, k.call.Cmd.Name)
		}
		if sl, ok := k.Slot(); ok {
			notes = append(notes, fmt.Sprintf("slot %d", sl))
		}
		if len(notes) > 0 {
			str += " (" + strings.Join(notes, ", ") + ")"
		}
		return str
	}
	if a.Loop != nil && a.Loop == b.Loop && a.Expr == b.Expr {
		// Two iterations of one loop: one template, two values.
		how := "collected in a loop as "
		if s.tx || s.watch {
			how = "queued in a loop as "
		}
		sb.Reset()
		head := prefixOf(s)
		if s.tx {
			head = txHead(s, a, b)
		}
		sb.WriteString(head + how + side(a))
		if a.HasTagBraces() {
			sb.WriteString(" have a hash tag that differs between them")
		} else {
			sb.WriteString(" carry no hash tag")
		}
		sb.WriteString(": they hash to different slots for almost every pair of values of " + loopValues(a.Key, b.Key))
		sb.WriteString(": " + consequence(pass, s))
		return sb.String()
	}
	sb.WriteString(side(a) + " and " + side(b))
	if rel == keyexpr.Different {
		sb.WriteString(" hash to different slots")
	} else {
		tagA, tagB := a.HasTagBraces(), b.HasTagBraces()
		switch {
		case tagA && tagB:
			sb.WriteString(" have different hash tags")
		case !tagA && !tagB:
			sb.WriteString(" carry no hash tag")
		default:
			sb.WriteString(" do not share a hash tag")
		}
		sb.WriteString(": they hash to different slots for almost every " + values(a.Key, b.Key))
		sb.WriteString(unlessTagged(a.Key, b.Key))
	}
	sb.WriteString(": " + consequence(pass, s))
	return sb.String()
}

// prefixOf is how describe starts a message on s.
func prefixOf(s subject) string {
	switch {
	case s.tx && s.via != "":
		return "transaction (through " + s.via + ") keys "
	case s.tx:
		return "transaction keys "
	case s.watch && s.watchOnly:
		return "WATCH keys "
	case s.watch:
		return "keys of the WATCH block "
	}
	return s.name + " keys "
}

// isChannel reports whether k is a shard channel of the command that
// gives it (SPUBLISH's channel), not a key.
func isChannel(k key) bool {
	return k.call != nil && keyspec.HasShardChannels(k.call.Cmd.Name)
}

// noun names k in a message on s: a channel in a transaction when it is
// one, else a key.
func noun(s subject, k key) string {
	if s.tx && isChannel(k) {
		return "channel"
	}
	return "key"
}

// txHead is how a message on keys a and b of a transaction starts:
// "transaction keys ", "transaction channels " when both are shard
// channels, "transaction " when one is (its sides then say which).
func txHead(s subject, a, b key) string {
	head := "transaction "
	if s.via != "" {
		head = "transaction (through " + s.via + ") "
	}
	switch ca, cb := isChannel(a), isChannel(b); {
	case ca && cb:
		return head + "channels "
	case ca || cb:
		return head
	}
	return head + "keys "
}

// loopValues names the values that differ between two iterations.
func loopValues(a, b keyexpr.Key) string {
	ids := map[string]bool{}
	for _, p := range a.Parts {
		if p.Value != nil {
			ids[p.Value.ID] = true
		}
	}
	var names []string
	seen := map[string]bool{}
	for _, p := range b.Parts {
		if p.Value != nil && !ids[p.Value.ID] && !seen[p.Value.Text] {
			seen[p.Value.Text] = true
			names = append(names, p.Value.Text)
		}
	}
	if len(names) == 0 {
		return "the values"
	}
	sort.Strings(names)
	return strings.Join(names, " and ")
}

// unlessTagged hedges a report whose keys start with a value that could
// carry its own hash tag (a prefix or a whole name given at run time).
func unlessTagged(a, b keyexpr.Key) string {
	var names []string
	for _, k := range []keyexpr.Key{a, b} {
		if o := k.MayCarryTag(); o != nil && (len(names) == 0 || names[0] != o.Text) {
			names = append(names, o.Text)
		}
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return ", unless " + names[0] + " carries its own hash tag"
	}
	return ", unless " + names[0] + " and " + names[1] + " carry the same hash tag"
}

// values names the opaque values of two keys, for "almost every …".
func values(a, b keyexpr.Key) string {
	seen := map[string]bool{}
	var names []string
	for _, k := range []keyexpr.Key{a, b} {
		for _, p := range k.Parts {
			if p.Value != nil && !seen[p.Value.Text] {
				seen[p.Value.Text] = true
				names = append(names, p.Value.Text)
			}
		}
	}
	switch len(names) {
	case 0:
		return "value"
	case 1:
		return names[0]
	}
	sort.Strings(names)
	return "value of " + strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func consequence(pass *analysis.Pass, s subject) string {
	switch s.kind {
	case model.RecvStandalone:
		if s.tx || s.watch {
			return "the transaction fails with CROSSSLOT if this endpoint is a cluster proxy"
		}
		return "CROSSSLOT if this endpoint is a cluster proxy"
	case model.RecvFailoverCluster:
		if s.watch {
			return "go-redis refuses the WATCH (redis: Watch requires all keys to be in the same slot): NewFailoverClusterClient builds a ClusterClient, which checks slots itself although one master holds them all"
		}
		return "go-redis v9.11+ refuses the transaction before sending it: NewFailoverClusterClient builds a ClusterClient, which checks slots itself although one master holds them all"
	case model.RecvRing:
		return "a Ring may keep them on different shards, and the command reaches only one"
	}
	if s.effect == model.CrossSlotSplit {
		who := s.lib.String() + " splits"
		if s.routing {
			who = "go-redis' routing policies split"
		}
		on := "on a cluster client"
		if s.kind == model.RecvMaybeCluster {
			on = "if the client is a cluster client"
		}
		return who + " it by slot " + on + ": each slot's " + s.name +
			" succeeds or fails alone, so the command is no longer all-or-nothing"
	}
	switch s.kind {
	case model.RecvMaybeCluster:
		what := "the client"
		if s.recv != nil {
			if t := pass.TypesInfo.TypeOf(s.recv); t != nil {
				what = "this " + types.TypeString(t, func(p *types.Package) string { return p.Name() })
			}
		}
		switch {
		case s.tx && s.txSplit:
			return goRedisName(s.version) + " sends it as one MULTI/EXEC per slot if " + what +
				" is a cluster client: the transaction is silently not atomic"
		case s.watch && s.watchOnly:
			return "go-redis refuses the WATCH if " + what + " is a cluster client"
		case s.effect == model.CrossSlotPanic:
			return s.lib.String() + " panics if " + what + " is a cluster client"
		case s.effect == model.CrossSlotClient:
			return s.lib.String() + " refuses it if " + what + " is a cluster client"
		}
		return "CROSSSLOT if " + what + " is a cluster client"
	case model.RecvUnknownConn:
		what := "the connection"
		if s.recv != nil {
			if t := pass.TypesInfo.TypeOf(s.recv); t != nil {
				what = "this " + types.TypeString(t, func(p *types.Package) string { return p.Name() })
			}
		}
		switch {
		case s.effect == model.CrossSlotPanic:
			return s.lib.String() + " panics if " + what + " is a cluster connection"
		case s.effect == model.CrossSlotClient:
			return s.lib.String() + " refuses it if " + what + " is a cluster connection"
		case s.watch:
			return "the transaction fails if " + what + " is a cluster connection"
		case s.tx:
			return "the whole transaction fails with CROSSSLOT if " + what + " is a cluster connection"
		}
		return "CROSSSLOT if " + what + " is a cluster connection"
	}
	switch s.effect {
	case model.CrossSlotPanic:
		return s.lib.String() + " panics on a cluster client (keys of different slots in one command)"
	case model.CrossSlotClient:
		return s.lib.String() + " refuses it on a cluster client, sending nothing"
	}
	switch {
	case s.watch && s.watchOnly:
		return "go-redis refuses the WATCH on a cluster (redis: Watch requires all keys to be in the same slot)"
	case s.watch:
		return "the transaction fails on a cluster"
	case s.tx && s.txSplit:
		return goRedisName(s.version) + " sends it as one MULTI/EXEC per slot on a cluster: the transaction is silently not atomic"
	case s.tx:
		return "the whole transaction fails with CROSSSLOT on a cluster"
	}
	return "CROSSSLOT on a cluster"
}

// goRedisName names the go-redis in use: its version, or the versions
// that have the behaviour described.
func goRedisName(version string) string {
	if version != "" {
		return "go-redis " + version
	}
	return "go-redis before " + model.FeatureCrossSlotTx.Since()
}

// tagFix builds the hash-tag fix for a set of keys, when there is one.
func tagFix(pass *analysis.Pass, keys []key) (analysis.SuggestedFix, bool) {
	ks := make([]keyexpr.Key, len(keys))
	for i, k := range keys {
		ks[i] = k.Key
	}
	fixed, tag, edits, ok := keyexpr.TagFix(ks)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	files := map[*token.File]bool{}
	for _, f := range pass.Files {
		files[pass.Fset.File(f.Pos())] = true
	}
	byLit := map[*ast.BasicLit][]keyexpr.Edit{}
	var lits []*ast.BasicLit
	for _, e := range edits {
		if !files[pass.Fset.File(e.Lit.Pos())] {
			// A literal in another package cannot be edited from here.
			return analysis.SuggestedFix{}, false
		}
		if _, ok := byLit[e.Lit]; !ok {
			lits = append(lits, e.Lit)
		}
		byLit[e.Lit] = append(byLit[e.Lit], e)
	}
	var tes []analysis.TextEdit
	consts := false
	for _, lit := range lits {
		text, ok := keyexpr.LiteralText(lit, byLit[lit])
		if !ok {
			return analysis.SuggestedFix{}, false
		}
		tes = append(tes, analysis.TextEdit{Pos: lit.Pos(), End: lit.End(), NewText: []byte(text)})
		if !inCall(lit, keys) {
			consts = true
		}
	}
	var shown []string
	seen := map[string]bool{}
	for _, k := range fixed {
		d := k.String()
		if s, ok := k.Const(); ok {
			d = quote(s)
		}
		if !seen[d] {
			seen[d] = true
			shown = append(shown, d)
		}
	}
	msg := fmt.Sprintf("Put the keys in hash tag {%s}: %s", tag, strings.Join(shown, ", "))
	if consts {
		msg += " (edits the constants' declarations)"
	}
	msg += "; data stored under the old key names must be migrated"
	return analysis.SuggestedFix{Message: msg, TextEdits: tes}, true
}

// inCall reports whether lit is one of the keys' own expressions (as
// opposed to a constant declared elsewhere).
func inCall(lit *ast.BasicLit, keys []key) bool {
	for _, k := range keys {
		if k.call != nil && lit.Pos() >= k.call.Call.Pos() && lit.End() <= k.call.Call.End() {
			return true
		}
	}
	return false
}

// funcName names a function or method for messages: pkg.F or (*pkg.T).M.
func funcName(fn *types.Func) string {
	qual := func(p *types.Package) string { return p.Name() }
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		return "(" + types.TypeString(sig.Recv().Type(), qual) + ")." + fn.Name()
	}
	return fn.Pkg().Name() + "." + fn.Name()
}

// calls reports whether call calls fn (or an instance of it).
func calls(pass *analysis.Pass, call *ast.CallExpr, fn *types.Func) bool {
	f, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
	return ok && f.Origin() == fn.Origin()
}
