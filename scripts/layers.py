#!/usr/bin/env python3
"""Checks that the code's floors are used in one direction only (`make lint`).

The rules are three crates, one per floor: shared/data (what a pack is) <- shared/engine
(questions asked of a pack) <- shared/screens (what each screen shows). Cargo already refuses a
dependency cycle between them; this also checks that a module uses its own floor and those
below, never one above, and that the modules of all floors form no cycle. In app/src, the
runtime (web/) never uses the pages (pages/).

A module is a file (or a folder with mod.rs) directly inside a floor's src/. References are read
from `crate::NAME` paths and `use crate::{…}` groups, outside `#[cfg(test)]` code; each crate
re-exports the modules of the floors below at its root, so `crate::kind` names the data
floor's `kind` on every floor.

usage: python3 scripts/layers.py [REPO]    exit 1 on a violation, listing each one
"""
import os
import re
import sys

FLOORS = ["data", "engine", "screens"]


def modules(floor_dir):
    """Module name -> list of its source files, for the modules directly inside a floor."""
    mods = {}
    for entry in sorted(os.listdir(floor_dir)):
        path = os.path.join(floor_dir, entry)
        if entry.endswith(".rs") and entry not in ("mod.rs", "lib.rs"):
            mods[entry[:-3]] = [path]
        elif os.path.isdir(path):
            mods[entry] = [
                os.path.join(root, f)
                for root, _, files in os.walk(path)
                for f in files
                if f.endswith(".rs")
            ]
    return mods


def references(files):
    names = set()
    for f in files:
        src = open(f, encoding="utf-8").read().split("#[cfg(test)]")[0]
        names.update(re.findall(r"\bcrate::(\w+)", src))
        # `use crate::{a, b::{c, d}}`: the names right after `{` or `,` are modules.
        for group in re.findall(r"use crate::\{(.*?)\};", src, re.S):
            names.update(re.findall(r"(?:^|[{,])\s*(\w+)", group))
    return names


def cycles(graph):
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in graph:
        if v not in index:
            visit(v)
    return out


def main(repo):
    floor_of, files_of = {}, {}
    problems = []
    for floor in FLOORS:
        for name, files in modules(os.path.join(repo, "shared", floor, "src")).items():
            if name in floor_of:
                problems.append(f"{name} is a module of both {floor_of[name]} and {floor}")
            floor_of[name] = floor
            files_of[name] = files
    graph = {name: set() for name in floor_of}
    for name, files in files_of.items():
        level = FLOORS.index(floor_of[name])
        for ref in references(files):
            if ref not in floor_of or ref == name:
                continue
            if FLOORS.index(floor_of[ref]) > level:
                problems.append(
                    f"{floor_of[name]}/{name} uses {floor_of[ref]}/{ref}, a floor above it"
                )
            graph[name].add(ref)
    for comp in cycles(graph):
        problems.append("modules in a cycle: " + " -> ".join(comp))
    web = os.path.join(repo, "app", "src", "web")
    for root, _, files in os.walk(web):
        for f in files:
            path = os.path.join(root, f)
            if f.endswith(".rs") and re.search(r"\bcrate::pages\b", open(path, encoding="utf-8").read()):
                problems.append(f"{os.path.relpath(path, repo)} uses the pages (the runtime must not)")
    for floor in FLOORS:
        names = sorted(n for n, fl in floor_of.items() if fl == floor)
        print(f"{floor:8} {', '.join(names)}")
    if problems:
        print("\n".join("layers: " + p for p in problems), file=sys.stderr)
        return 1
    print("layers: every module uses its own floor and those below; no cycles")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
