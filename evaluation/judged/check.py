#!/usr/bin/env python3
"""Consistency check for the judged benchmark set (issue 9, item 10).

Run from the repository root:  python3 evaluation/judged/check.py [FILES...]

It checks, per case file:
- the profile against docs/schema/profile-v1.schema.json (jsonschema, draft 2020-12), and every push/pull/situation
  code against rules/vocabulary*.yaml, every organisation.offered id against catalog/*.yaml;
- the expected block: three top functions from the nine BCW functions, route and phase codes, mustInclude ids that
  exist and can be candidates for this profile (sector, target group, age, work ability, placement phase, not
  already offered), mustNot entries that name an existing instrument or a function;
- the justification: every expectation has at least one entry, and every quoted entry's quote is in the cited lines
  of the cited seed (only line breaks and runs of spaces may differ; "…" may stand for left-out words).
This script does not run Wielwijzer and does not look at its output.
"""
import glob
import json
import os
import re
import sys

import yaml

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FUNCTIONS = ["education", "persuasion", "incentivisation", "coercion", "training", "restriction",
             "environmentalRestructuring", "modelling", "enablement"]
ROUTES = ["vitalisation", "development", "jobRedesign", "mobility"]
PHASES = ["know", "want", "canMayDare", "do", "sustain"]
SEEDS = {os.path.basename(p): p for p in glob.glob(os.path.join(ROOT, "docs", "seeds", "*.txt"))}


def load_vocabulary():
    vocab = {"pushFactors": set(), "pullFactors": set(), "employeeSituations": set(), "organisationSituations": set()}
    for path in glob.glob(os.path.join(ROOT, "rules", "vocabulary*.yaml")):
        data = yaml.safe_load(open(path, encoding="utf-8")) or {}
        for key in vocab:
            for entry in data.get(key) or []:
                vocab[key].add(entry["code"])
    return vocab


def load_catalog():
    catalog = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "catalog", "*.yaml"))):
        for entry in yaml.safe_load(open(path, encoding="utf-8"))["instruments"]:
            catalog[entry["id"]] = entry
    return catalog


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def quote_in_lines(seed, lines, quote):
    path = SEEDS.get(seed)
    if path is None:
        return "unknown seed file %s" % seed
    m = re.fullmatch(r"(\d+)(?:-(\d+))?", str(lines))
    if not m:
        return "bad line range %r" % lines
    a = int(m.group(1))
    b = int(m.group(2) or a)
    with open(path, encoding="utf-8") as fh:
        text = fh.read().split("\n")
    span = norm(" ".join(text[a - 1:b]))
    pos = 0
    for part in [norm(p) for p in quote.split("…")]:
        if not part:
            continue
        i = span.find(part, pos)
        if i < 0:
            return "quote part %r not in %s lines %s" % (part, seed, lines)
        pos = i + len(part)
    return None


def in_target_group(profile):
    emp = profile.get("employee") or {}
    org = profile.get("organisation") or {}
    return bool(emp.get("limitations") or emp.get("placementPhase")
                or "distanceToLabourMarket" in (emp.get("situations") or [])
                or "employsTargetGroup" in (org.get("situations") or []))


def check_case(path, schema_validator, vocab, catalog):
    problems = []
    warnings = []
    case = yaml.safe_load(open(path, encoding="utf-8"))
    name = os.path.basename(path)
    for key in ("id", "title", "seeds", "situation", "profile", "expected", "justification"):
        if key not in case:
            problems.append("missing top-level key %s" % key)
    if problems:
        return problems, warnings
    if not name.startswith(case["id"]):
        problems.append("file name does not start with id %s" % case["id"])
    profile = case["profile"]
    for err in schema_validator.iter_errors(profile):
        problems.append("profile: %s at %s" % (err.message, "/".join(map(str, err.path))))
    for key in ("pushFactors", "pullFactors"):
        for code in profile.get(key) or []:
            if code not in vocab[key]:
                problems.append("profile.%s: unknown code %s" % (key, code))
    for code in (profile.get("employee") or {}).get("situations") or []:
        if code not in vocab["employeeSituations"]:
            problems.append("profile.employee.situations: unknown code %s" % code)
    org = profile.get("organisation") or {}
    for code in org.get("situations") or []:
        if code not in vocab["organisationSituations"]:
            problems.append("profile.organisation.situations: unknown code %s" % code)
    offered = set(org.get("offered") or [])
    for iid in offered:
        if iid not in catalog:
            problems.append("profile.organisation.offered: unknown instrument %s" % iid)

    exp = case["expected"]
    keys = set()
    tops = exp.get("topFunctions") or []
    if len(tops) != 3:
        problems.append("topFunctions must list 3 functions, has %d" % len(tops))
    for t in tops:
        if t.get("function") not in FUNCTIONS:
            problems.append("topFunctions: unknown function %s" % t.get("function"))
        if not t.get("why"):
            problems.append("topFunctions.%s: no why" % t.get("function"))
        keys.add("topFunctions.%s" % t.get("function"))
    sector = profile["sector"]
    age = (profile.get("employee") or {}).get("age")
    wa = (profile.get("employee") or {}).get("workAbility")
    pphase = (profile.get("employee") or {}).get("placementPhase")
    for m in exp.get("mustInclude") or []:
        iid = m.get("instrument")
        keys.add("mustInclude.%s" % iid)
        if not m.get("why"):
            problems.append("mustInclude.%s: no why" % iid)
        inst = catalog.get(iid)
        if inst is None:
            problems.append("mustInclude: unknown instrument %s" % iid)
            continue
        if sector not in inst["sectors"]:
            problems.append("mustInclude.%s: instrument sectors %s exclude %s" % (iid, inst["sectors"], sector))
        if inst.get("targetGroup") == "occupationalLimitation" and not in_target_group(profile):
            problems.append("mustInclude.%s: target-group instrument for a profile outside the target group" % iid)
        if iid in offered and m.get("status") != "makeBetterUse":
            problems.append("mustInclude.%s: already offered (say status: makeBetterUse if the seed says to use it better)" % iid)
        if m.get("status") == "makeBetterUse" and iid not in offered:
            problems.append("mustInclude.%s: status makeBetterUse but not in organisation.offered" % iid)
        if age is not None and inst.get("ageMin") and age < inst["ageMin"]:
            problems.append("mustInclude.%s: age %s below ageMin %s" % (iid, age, inst["ageMin"]))
        if age is not None and inst.get("ageMax") and age > inst["ageMax"]:
            problems.append("mustInclude.%s: age %s above ageMax %s" % (iid, age, inst["ageMax"]))
        if wa and inst.get("workAbility") and wa not in inst["workAbility"]:
            problems.append("mustInclude.%s: work ability %s not in %s" % (iid, wa, inst["workAbility"]))
        if profile["subject"] == "employee" and not ({"employee", "team"} & set(inst["audience"])):
            warnings.append("note: mustInclude.%s is employer-side (audience %s) for an employee profile"
                            % (iid, ",".join(inst["audience"])))
        if pphase and inst.get("placementPhases") and pphase not in inst["placementPhases"]:
            problems.append("mustInclude.%s: placement phase %s not in %s" % (iid, pphase, inst["placementPhases"]))
    for m in exp.get("mustNot") or []:
        if "instrument" in m:
            if m["instrument"] not in catalog:
                problems.append("mustNot: unknown instrument %s" % m["instrument"])
            if m["instrument"] in [x.get("instrument") for x in exp.get("mustInclude") or []]:
                problems.append("mustNot.%s also in mustInclude" % m["instrument"])
            keys.add("mustNot.%s" % m["instrument"])
        elif "function" in m:
            if m["function"] not in FUNCTIONS:
                problems.append("mustNot: unknown function %s" % m["function"])
            if m["function"] in [t.get("function") for t in tops]:
                problems.append("mustNot.%s also a top function" % m["function"])
            keys.add("mustNot.%s" % m["function"])
        else:
            problems.append("mustNot entry without instrument or function: %r" % m)
        if not m.get("why"):
            problems.append("mustNot entry without why: %r" % m)
    for key, allowed in (("route", ROUTES), ("phase", PHASES)):
        item = exp.get(key)
        if not isinstance(item, dict) or "code" not in item:
            problems.append("%s: needs code (or null) and why" % key)
            continue
        if item["code"] is not None and item["code"] not in allowed:
            problems.append("%s: unknown code %s" % (key, item["code"]))
        for alt in item.get("acceptable") or []:
            if alt not in allowed:
                problems.append("%s.acceptable: unknown code %s" % (key, alt))
        if not item.get("why"):
            problems.append("%s: no why" % key)
        keys.add(key)

    covered = set()
    for j in case["justification"]:
        targets = j.get("for")
        targets = targets if isinstance(targets, list) else [targets]
        for t in targets:
            if t not in keys:
                problems.append("justification for %s, which is not an expectation" % t)
            covered.add(t)
        if "quote" in j:
            err = quote_in_lines(j.get("seed"), j.get("lines"), j["quote"])
            if err:
                problems.append("justification %s: %s" % (targets, err))
        elif not j.get("bcw"):
            problems.append("justification %s: neither a seed quote nor a bcw statement" % targets)
    for k in sorted(keys - covered):
        problems.append("expectation %s has no justification" % k)
    cited = {str(j.get("seed", ""))[:3] for j in case["justification"] if "quote" in j}
    for seed in case.get("seeds") or []:
        if str(seed) not in cited:
            problems.append("seed %s is listed but never quoted" % seed)
    if not any("quote" in j for j in case["justification"]):
        problems.append("no seed quote at all")
    return problems, warnings


def main(argv):
    import jsonschema
    schema = json.load(open(os.path.join(ROOT, "docs", "schema", "profile-v1.schema.json"), encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    vocab = load_vocabulary()
    catalog = load_catalog()
    flags = [a for a in argv if a.startswith("-")]
    argv = [a for a in argv if not a.startswith("-")]
    notes = 0
    files = argv or sorted(glob.glob(os.path.join(ROOT, "evaluation", "judged", "[0-9][0-9][0-9]-*.yaml")))
    total = 0
    ids = set()
    for path in files:
        try:
            case = yaml.safe_load(open(path, encoding="utf-8"))
        except yaml.YAMLError as err:
            print("%s: not valid YAML: %s" % (path, str(err).replace("\n", " ")))
            total += 1
            continue
        if case.get("id") in ids:
            print("%s: duplicate id %s" % (path, case.get("id")))
            total += 1
        ids.add(case.get("id"))
        problems, warnings = check_case(path, validator, vocab, catalog)
        for p in problems:
            print("%s: %s" % (os.path.relpath(path, ROOT), p))
        for w in warnings:
            if "-v" in flags:
                print("%s: %s" % (os.path.relpath(path, ROOT), w))
        notes += len(warnings)
        total += len(problems)
    print("%d case files, %d problems, %d notes (-v lists them)" % (len(files), total, notes))
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
