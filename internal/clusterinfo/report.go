package clusterinfo

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
)

// WriteJSON writes the report as one indented JSON object.
func (rep *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(rep)
}

// WriteText writes the report for people: seeds, the cluster, its nodes,
// the findings with what each means for a client and its fix, the keys, and
// the verdict.
func (rep *Report) WriteText(w io.Writer) error {
	answered := 0
	for _, s := range rep.Seeds {
		if s.Answered {
			answered++
		}
	}
	fmt.Fprintf(w, "seeds: %d of %d answer as cluster nodes\n", answered, len(rep.Seeds))
	if c := rep.Cluster; c != nil {
		fmt.Fprintf(w, "cluster (as %s sees it): state %s, %d of 16384 slots assigned, %d masters with slots, %d replicas; endpoints from %s\n",
			c.Seed, c.State, c.SlotsAssigned, c.Masters, c.Replicas, c.EndpointsFrom)
	}
	if len(rep.Nodes) > 0 {
		tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
		for _, n := range rep.Nodes {
			reach := "reachable"
			if !n.Reachable {
				reach = "UNREACHABLE"
			}
			role := n.Role
			if n.MasterID != "" {
				role += " of " + short(n.MasterID)
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\n", short(n.ID), n.Endpoint, role, orDash(n.Slots), strings.Join(n.Flags, ","), reach)
		}
		tw.Flush()
	}
	// Findings of one check together, explained once.
	counts := map[Severity]int{}
	var codes []string
	byCode := map[string][]Finding{}
	for _, f := range rep.Findings {
		counts[f.Severity]++
		if byCode[f.Code] == nil {
			codes = append(codes, f.Code)
		}
		byCode[f.Code] = append(byCode[f.Code], f)
	}
	for _, code := range codes {
		fmt.Fprintln(w)
		for _, f := range byCode[code] {
			fmt.Fprintf(w, "%s %s: %s\n", f.Severity, f.Code, f.Message)
		}
		f := byCode[code][0]
		fmt.Fprintf(w, "  for a client: %s\n", f.Client)
		fmt.Fprintf(w, "  fix: %s\n", f.Fix)
	}
	if len(rep.Keys) > 0 {
		fmt.Fprintln(w, "\nkeys:")
		tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
		for _, k := range rep.Keys {
			hashed := "the whole key"
			if k.HasTag {
				hashed = "hash tag " + strconv.Quote(k.Tag)
			}
			where := orDash(k.Endpoint)
			if k.OwnerID != "" {
				where += " (" + short(k.OwnerID) + ")"
			}
			status := "reachable"
			if !k.Reachable {
				status = "FAILS: " + k.Problem
			}
			fmt.Fprintf(tw, "  %s\tslot %d\t%s\t%s\t%s\n", strconv.Quote(k.Key), k.Slot, hashed, where, status)
		}
		tw.Flush()
	}
	fmt.Fprintf(w, "\n%d errors, %d warnings, %d notes: %s (exit %d)\n", counts[Error], counts[Warning], counts[Note], verdict(rep.Exit), rep.Exit)
	return nil
}

func verdict(exit int) string {
	switch exit {
	case ExitErrors:
		return "a client here would fail"
	case ExitWarnings:
		return "a client here works, at risk"
	}
	return "clean"
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
