package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// A validator for the parts of the SARIF 2.1.0 JSON schema
// (sarif-schema-2.1.0.json of the OASIS standard "Static Analysis Results
// Interchange Format (SARIF) Version 2.1.0") that redislint's logs use,
// plus the rules of the standard's text that a schema cannot say and the
// requirements of GitHub code scanning ("SARIF support for code scanning").
//
// Each object lists every property the standard defines for it: the
// schema declares "additionalProperties": false, so a misspelt property
// makes the log invalid. Properties redislint never writes are "any":
// allowed, not checked further.

type kind int

const (
	anyKind kind = iota
	stringKind
	uriKind // a string of format "uri" or "uri-reference"
	integerKind
	booleanKind
	objectKind // ref names the object
	arrayKind  // ref names the items' object, or item is a scalar kind
	mapKind    // an object whose values are ref objects
	propertyBag
)

type prop struct {
	kind     kind
	ref      string
	item     kind
	enum     []string
	min      *int
	minItems int
}

type object struct {
	required []string
	anyOf    [][]string // at least one of these sets of properties
	props    map[string]prop
}

func intp(i int) *int { return &i }

var (
	str      = prop{kind: stringKind}
	uri      = prop{kind: uriKind}
	boolean  = prop{kind: booleanKind}
	anything = prop{}
	bag      = prop{kind: propertyBag}
	level    = prop{kind: stringKind, enum: []string{"none", "note", "warning", "error"}}
)

func obj(ref string) prop          { return prop{kind: objectKind, ref: ref} }
func arr(ref string, min int) prop { return prop{kind: arrayKind, ref: ref, minItems: min} }
func intMin(min int) prop          { return prop{kind: integerKind, min: intp(min)} }
func names(ns ...string) []string  { return ns }

// sarifSchema maps each object's definition name to its rules.
var sarifSchema = map[string]object{
	// sarifLog object.
	"sarifLog": {
		required: names("version", "runs"),
		props: map[string]prop{
			"$schema":                  uri,
			"version":                  {kind: stringKind, enum: []string{"2.1.0"}},
			"runs":                     arr("run", 0),
			"inlineExternalProperties": anything,
			"properties":               bag,
		},
	},
	// run object.
	"run": {
		required: names("tool"),
		props: withAny(map[string]prop{
			"tool":               obj("tool"),
			"invocations":        arr("invocation", 0),
			"originalUriBaseIds": {kind: mapKind, ref: "artifactLocation"},
			"results":            arr("result", 0),
			"columnKind":         {kind: stringKind, enum: []string{"unicodeCodePoints", "utf16CodeUnits"}},
			"properties":         bag,
		}, names("conversion", "language", "versionControlProvenance", "artifacts", "logicalLocations",
			"graphs", "automationDetails", "runAggregates", "baselineGuid", "redactionTokens", "defaultEncoding",
			"defaultSourceLanguage", "newlineSequences", "externalPropertyFileReferences", "threadFlowLocations",
			"taxonomies", "addresses", "translations", "policies", "webRequests", "webResponses", "specialLocations")),
	},
	// tool object.
	"tool": {
		required: names("driver"),
		props: map[string]prop{
			"driver":     obj("toolComponent"),
			"extensions": arr("toolComponent", 0),
			"properties": bag,
		},
	},
	// toolComponent object.
	"toolComponent": {
		required: names("name"),
		props: withAny(map[string]prop{
			"name":             str,
			"version":          str,
			"informationUri":   uri,
			"rules":            arr("reportingDescriptor", 0),
			"shortDescription": obj("multiformatMessageString"),
			"fullDescription":  obj("multiformatMessageString"),
			"properties":       bag,
		}, names("guid", "organization", "product", "productSuite", "fullName", "semanticVersion",
			"dottedQuadFileVersion", "releaseDateUtc", "downloadUri", "globalMessageStrings", "notifications",
			"taxa", "locations", "language", "contents", "isComprehensive", "localizedDataSemanticVersion",
			"minimumRequiredLocalizedDataSemanticVersion", "associatedComponent", "translationMetadata",
			"supportedTaxonomies")),
	},
	// invocation object.
	"invocation": {
		required: names("executionSuccessful"),
		props: withAny(map[string]prop{
			"executionSuccessful":        boolean,
			"toolExecutionNotifications": arr("notification", 0),
			"properties":                 bag,
		}, names("commandLine", "arguments", "responseFiles", "startTimeUtc", "endTimeUtc", "exitCode",
			"ruleConfigurationOverrides", "notificationConfigurationOverrides", "toolConfigurationNotifications",
			"exitCodeDescription", "exitSignalName", "exitSignalNumber", "processStartFailureMessage", "machine",
			"account", "processId", "executableLocation", "workingDirectory", "environmentVariables", "stdin",
			"stdout", "stderr", "stdoutStderr")),
	},
	// notification object.
	"notification": {
		required: names("message"),
		props: withAny(map[string]prop{
			"message":    obj("message"),
			"level":      level,
			"properties": bag,
		}, names("locations", "threadId", "timeUtc", "exception", "descriptor", "associatedRule")),
	},
	// reportingDescriptor object.
	"reportingDescriptor": {
		required: names("id"),
		props: withAny(map[string]prop{
			"id":                   str,
			"name":                 str,
			"shortDescription":     obj("multiformatMessageString"),
			"fullDescription":      obj("multiformatMessageString"),
			"help":                 obj("multiformatMessageString"),
			"helpUri":              uri,
			"defaultConfiguration": obj("reportingConfiguration"),
			"properties":           bag,
		}, names("deprecatedIds", "guid", "deprecatedGuids", "deprecatedNames", "messageStrings", "relationships")),
	},
	// reportingConfiguration object.
	"reportingConfiguration": {
		props: map[string]prop{
			"enabled":    boolean,
			"level":      level,
			"rank":       {kind: integerKind, min: intp(-1)},
			"parameters": bag,
			"properties": bag,
		},
	},
	// multiformatMessageString object.
	"multiformatMessageString": {
		required: names("text"),
		props:    map[string]prop{"text": str, "markdown": str, "properties": bag},
	},
	// message object: text or id is required.
	"message": {
		anyOf: [][]string{{"text"}, {"id"}},
		props: map[string]prop{"text": str, "markdown": str, "id": str, "arguments": {kind: arrayKind, item: stringKind}, "properties": bag},
	},
	// result object.
	"result": {
		required: names("message"),
		props: withAny(map[string]prop{
			"ruleId":           str,
			"ruleIndex":        intMin(-1),
			"kind":             {kind: stringKind, enum: []string{"notApplicable", "pass", "fail", "review", "open", "informational"}},
			"level":            level,
			"message":          obj("message"),
			"locations":        arr("location", 0),
			"relatedLocations": arr("location", 0),
			"fixes":            arr("fix", 0),
			"properties":       bag,
		}, names("rule", "analysisTarget", "guid", "correlationGuid", "occurrenceCount", "partialFingerprints",
			"fingerprints", "stacks", "codeFlows", "graphs", "graphTraversals", "suppressions", "baselineState",
			"rank", "attachments", "hostedViewerUri", "workItemUris", "provenance", "taxa", "webRequest", "webResponse")),
	},
	// location object.
	"location": {
		props: withAny(map[string]prop{
			"id":               intMin(-1),
			"physicalLocation": obj("physicalLocation"),
			"message":          obj("message"),
			"properties":       bag,
		}, names("logicalLocations", "annotations", "relationships")),
	},
	// physicalLocation object: address or artifactLocation is required.
	"physicalLocation": {
		anyOf: [][]string{{"address"}, {"artifactLocation"}},
		props: map[string]prop{
			"address":          anything,
			"artifactLocation": obj("artifactLocation"),
			"region":           obj("region"),
			"contextRegion":    obj("region"),
			"properties":       bag,
		},
	},
	// artifactLocation object.
	"artifactLocation": {
		props: map[string]prop{
			"uri":         uri,
			"uriBaseId":   str,
			"index":       intMin(-1),
			"description": obj("message"),
			"properties":  bag,
		},
	},
	// region object.
	"region": {
		props: map[string]prop{
			"startLine":      intMin(1),
			"startColumn":    intMin(1),
			"endLine":        intMin(1),
			"endColumn":      intMin(1),
			"charOffset":     intMin(-1),
			"charLength":     intMin(0),
			"byteOffset":     intMin(-1),
			"byteLength":     intMin(0),
			"snippet":        obj("artifactContent"),
			"message":        obj("message"),
			"sourceLanguage": str,
			"properties":     bag,
		},
	},
	// fix object.
	"fix": {
		required: names("artifactChanges"),
		props: map[string]prop{
			"description":     obj("message"),
			"artifactChanges": arr("artifactChange", 1),
			"properties":      bag,
		},
	},
	// artifactChange object.
	"artifactChange": {
		required: names("artifactLocation", "replacements"),
		props: map[string]prop{
			"artifactLocation": obj("artifactLocation"),
			"replacements":     arr("replacement", 1),
			"properties":       bag,
		},
	},
	// replacement object.
	"replacement": {
		required: names("deletedRegion"),
		props: map[string]prop{
			"deletedRegion":   obj("region"),
			"insertedContent": obj("artifactContent"),
			"properties":      bag,
		},
	},
	// artifactContent object.
	"artifactContent": {
		props: map[string]prop{
			"text":       str,
			"binary":     str,
			"rendered":   obj("multiformatMessageString"),
			"properties": bag,
		},
	},
}

func withAny(props map[string]prop, others []string) map[string]prop {
	for _, n := range others {
		props[n] = anything
	}
	return props
}

// validateSchema checks v, decoded JSON, against the schema object def.
func validateSchema(path string, v any, def string) []error {
	o, ok := sarifSchema[def]
	if !ok {
		panic("no schema for " + def)
	}
	m, ok := v.(map[string]any)
	if !ok {
		return []error{fmt.Errorf("%s: %s must be an object", path, def)}
	}
	var errs []error
	for _, r := range o.required {
		if _, ok := m[r]; !ok {
			errs = append(errs, fmt.Errorf("%s: %s lacks required property %q", path, def, r))
		}
	}
	if len(o.anyOf) > 0 && !slices.ContainsFunc(o.anyOf, func(set []string) bool {
		return !slices.ContainsFunc(set, func(p string) bool { _, ok := m[p]; return !ok })
	}) {
		errs = append(errs, fmt.Errorf("%s: %s needs one of %v", path, def, o.anyOf))
	}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		p, ok := o.props[k]
		if !ok {
			errs = append(errs, fmt.Errorf("%s: %s has no property %q (additionalProperties: false)", path, def, k))
			continue
		}
		errs = append(errs, validateProp(path+"."+k, m[k], p)...)
	}
	return errs
}

func validateProp(path string, v any, p prop) []error {
	bad := func(what string) []error { return []error{fmt.Errorf("%s: must be %s, is %v", path, what, v)} }
	switch p.kind {
	case stringKind, uriKind:
		s, ok := v.(string)
		if !ok {
			return bad("a string")
		}
		if p.enum != nil && !slices.Contains(p.enum, s) {
			return bad(fmt.Sprintf("one of %v", p.enum))
		}
		if p.kind == uriKind {
			if _, err := url.Parse(s); err != nil {
				return bad("a URI reference")
			}
		}
	case integerKind:
		f, ok := v.(float64)
		if !ok || f != float64(int64(f)) {
			return bad("an integer")
		}
		if p.min != nil && f < float64(*p.min) {
			return bad(fmt.Sprintf(">= %d", *p.min))
		}
	case booleanKind:
		if _, ok := v.(bool); !ok {
			return bad("a boolean")
		}
	case objectKind:
		return validateSchema(path, v, p.ref)
	case mapKind, propertyBag:
		m, ok := v.(map[string]any)
		if !ok {
			return bad("an object")
		}
		var errs []error
		if p.kind == mapKind {
			for k, e := range m {
				errs = append(errs, validateSchema(path+"."+k, e, p.ref)...)
			}
		}
		return errs
	case arrayKind:
		items, ok := v.([]any)
		if !ok {
			return bad("an array")
		}
		if len(items) < p.minItems {
			return bad(fmt.Sprintf("an array of at least %d items", p.minItems))
		}
		var errs []error
		for i, e := range items {
			ip := fmt.Sprintf("%s[%d]", path, i)
			if p.ref != "" {
				errs = append(errs, validateSchema(ip, e, p.ref)...)
			} else {
				errs = append(errs, validateProp(ip, e, prop{kind: p.item})...)
			}
		}
		return errs
	}
	return nil
}

// validateSARIF checks a log against the schema, the standard's other
// rules and GitHub code scanning's requirements.
func validateSARIF(data []byte) []error {
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		return []error{err}
	}
	errs := validateSchema("sarifLog", v, "sarifLog")
	if len(errs) > 0 {
		return errs
	}
	var log sarifLog
	if err := json.Unmarshal(data, &log); err != nil {
		return []error{err}
	}
	if log.Schema == "" {
		errs = append(errs, fmt.Errorf("GitHub code scanning: $schema is required"))
	}
	for ri, r := range log.Runs {
		path := fmt.Sprintf("runs[%d]", ri)
		if len(r.Results) > 25000 || len(r.Tool.Driver.Rules) > 25000 {
			errs = append(errs, fmt.Errorf("%s: GitHub code scanning accepts at most 25000 results and rules per run", path))
		}
		ruleIDs := map[string]bool{}
		for _, rd := range r.Tool.Driver.Rules {
			// reportingDescriptor object, id property: unique within the component.
			if ruleIDs[rd.ID] {
				errs = append(errs, fmt.Errorf("%s: rule %q twice", path, rd.ID))
			}
			ruleIDs[rd.ID] = true
		}
		for i, res := range r.Results {
			p := fmt.Sprintf("%s.results[%d]", path, i)
			// result object, ruleIndex property: the rule's index in tool.driver.rules.
			if res.RuleIndex < 0 || res.RuleIndex >= len(r.Tool.Driver.Rules) || r.Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID {
				errs = append(errs, fmt.Errorf("%s: ruleIndex %d does not name rule %q", p, res.RuleIndex, res.RuleID))
			}
			// GitHub code scanning: a result needs a message text and a location
			// with a file and a start line.
			if res.Message.Text == "" || len(res.Locations) == 0 {
				errs = append(errs, fmt.Errorf("%s: GitHub code scanning needs message.text and a location", p))
			}
			ids := map[int]bool{}
			for j, loc := range slices.Concat(res.Locations, res.RelatedLocations) {
				lp := fmt.Sprintf("%s.location %d", p, j)
				errs = append(errs, checkArtifact(lp, r, loc.PhysicalLocation.ArtifactLocation)...)
				errs = append(errs, checkRegion(lp, loc.PhysicalLocation.Region)...)
				// location object, id property: unique within the result.
				if loc.ID != nil {
					if ids[*loc.ID] {
						errs = append(errs, fmt.Errorf("%s: location id %d twice", lp, *loc.ID))
					}
					ids[*loc.ID] = true
				}
			}
			for _, f := range res.Fixes {
				for _, ch := range f.ArtifactChanges {
					errs = append(errs, checkArtifact(p+".fix", r, ch.ArtifactLocation)...)
					for _, rep := range ch.Replacements {
						errs = append(errs, checkRegion(p+".fix", rep.DeletedRegion)...)
					}
				}
			}
		}
	}
	return errs
}

// checkArtifact: artifactLocation object, uriBaseId property — a base id
// must be resolvable through run.originalUriBaseIds, whose URIs are
// absolute and end in a slash; a uri without uriBaseId is absolute here.
func checkArtifact(path string, r run, a artifactLocation) []error {
	if a.URI == "" {
		return []error{fmt.Errorf("%s: GitHub code scanning needs artifactLocation.uri", path)}
	}
	u, _ := url.Parse(a.URI)
	if a.URIBaseID == "" {
		if !u.IsAbs() {
			return []error{fmt.Errorf("%s: uri %q is relative and has no uriBaseId", path, a.URI)}
		}
		return nil
	}
	base, ok := r.OriginalURIBaseIDs[a.URIBaseID]
	if !ok {
		return []error{fmt.Errorf("%s: uriBaseId %q not in run.originalUriBaseIds", path, a.URIBaseID)}
	}
	if bu, _ := url.Parse(base.URI); !bu.IsAbs() || !strings.HasSuffix(base.URI, "/") || u.IsAbs() {
		return []error{fmt.Errorf("%s: %q relative to %q", path, a.URI, base.URI)}
	}
	return nil
}

// checkRegion: region object — a text region's end is not before its start;
// an end equal to the start is an insertion point.
func checkRegion(path string, r region) []error {
	if r.StartLine < 1 || r.EndLine < r.StartLine || r.EndLine == r.StartLine && r.EndColumn < r.StartColumn {
		return []error{fmt.Errorf("%s: bad region %+v", path, r)}
	}
	return nil
}

func TestValidatorRejects(t *testing.T) {
	valid := `{"version":"2.1.0","$schema":"https://json.schemastore.org/sarif-2.1.0.json","runs":[{"tool":{"driver":{"name":"x","rules":[{"id":"r"}]}},
	"originalUriBaseIds":{"%SRCROOT%":{"uri":"file:///src/"}},
	"results":[{"ruleId":"r","ruleIndex":0,"message":{"text":"m"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a.go","uriBaseId":"%SRCROOT%"},"region":{"startLine":1,"startColumn":1,"endLine":1,"endColumn":2}}}],
	"fixes":[{"artifactChanges":[{"artifactLocation":{"uri":"a.go","uriBaseId":"%SRCROOT%"},"replacements":[{"deletedRegion":{"startLine":1,"startColumn":1,"endLine":1,"endColumn":1},"insertedContent":{"text":"x"}}]}]}]}]}]}`
	if errs := validateSARIF([]byte(valid)); len(errs) > 0 {
		t.Fatalf("valid log rejected: %v", errs)
	}
	for old, new := range map[string]string{
		`"version":"2.1.0",`:        ``,
		`"version":"2.1.0"`:         `"version":"2.0.0"`,
		`"ruleId":"r",`:             `"ruleID":"r",`,
		`"message":{"text":"m"}`:    `"message":{}`,
		`"name":"x",`:               ``,
		`"endLine":1,"endColumn":2`: `"endLine":1,"endColumn":0`,
		`"startLine":1,"startColumn":1,"endLine":1,"endColumn":2`: `"startLine":2,"startColumn":1,"endLine":1,"endColumn":2`,
		`"ruleIndex":0`: `"ruleIndex":1`,
		`"uri":"a.go","uriBaseId":"%SRCROOT%"}` + `,"region"`: `"uri":"a.go"},"region"`,
		`"replacements":[{"deletedRegion"`:                    `"replacements":[{"region"`,
		`"fixes":[{"artifactChanges":[{`:                      `"fixes":[{"artifactChanges":[],"x":[{`,
	} {
		bad := strings.Replace(valid, old, new, 1)
		if bad == valid {
			t.Fatalf("mutation %q not applied", old)
		}
		if errs := validateSARIF([]byte(bad)); len(errs) == 0 {
			t.Errorf("log with %q → %q accepted", old, new)
		}
	}
}
