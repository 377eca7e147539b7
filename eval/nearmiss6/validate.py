#!/usr/bin/env python3
"""Stdlib checker for the n6 near-miss evaluation set.

Usage: python3 validate.py [questions.jsonl]
Exits 0 when no problems are found, 1 otherwise.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
QFILE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "questions.jsonl")
DOCS = ["jinhe_zh.txt", "corrin_en.txt"]
KINDS = {"place", "institution", "group", "year", "measure", "item"}
LANGS = {"en", "zh"}
REQUIRED = ["id", "doc", "lang", "question", "answers", "answerable",
            "kind", "note", "evidence", "history"]
ID_RE = re.compile(r"^n6-\d{2}$")
CJK_RE = re.compile(r"[\u3400-\u9fff]")
LATIN_RE = re.compile(r"[A-Za-z]")

problems = []


def bad(qid, msg):
    problems.append(f"{qid}: {msg}")


def script_lang(text):
    """'zh' if CJK characters are at least as many as Latin letters, else 'en'."""
    cjk = len(CJK_RE.findall(text))
    latin = len(LATIN_RE.findall(text))
    return "zh" if cjk and cjk >= latin else "en"


docs = {}
for d in DOCS:
    path = os.path.join(HERE, d)
    if not os.path.exists(path):
        problems.append(f"missing document {d}")
        continue
    with open(path, encoding="utf-8") as f:
        docs[d] = f.read()
doc_lang = {d: script_lang(t) for d, t in docs.items()}

items = []
with open(QFILE, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as e:
            problems.append(f"line {n}: invalid JSON ({e})")

ids = Counter(q.get("id") for q in items)
for qid, c in ids.items():
    if c > 1:
        bad(qid, f"duplicate id ({c} times)")
by_id = {q.get("id"): q for q in items}

for q in items:
    qid = q.get("id", "?")
    missing = [k for k in REQUIRED if k not in q]
    if missing:
        bad(qid, f"missing fields {missing}")
        continue
    if not isinstance(qid, str) or not ID_RE.match(qid):
        bad(qid, "id not of form n6-NN")
    if q["doc"] not in docs:
        bad(qid, f"unknown doc {q['doc']!r}")
        continue
    text = docs[q["doc"]]
    if q["lang"] not in LANGS:
        bad(qid, f"lang {q['lang']!r} not in {sorted(LANGS)}")
    elif script_lang(q["question"]) != q["lang"]:
        bad(qid, f"lang {q['lang']!r} but question script looks {script_lang(q['question'])!r}")
    if q["kind"] not in KINDS:
        bad(qid, f"kind {q['kind']!r} not valid")
    if not isinstance(q["question"], str) or not q["question"].strip():
        bad(qid, "empty question")
    if not isinstance(q["note"], str) or not q["note"].strip():
        bad(qid, "empty note")
    if q["history"] != []:
        bad(qid, "history must be []")
    if not isinstance(q["answerable"], bool):
        bad(qid, "answerable must be a bool")
    if not isinstance(q["answers"], list) or not isinstance(q["evidence"], list):
        bad(qid, "answers and evidence must be lists")
        continue
    for ev in q["evidence"]:
        if not isinstance(ev, str) or not ev or ev not in text:
            bad(qid, f"evidence not an exact substring of {q['doc']}: {ev!r}")
    for a in q["answers"]:
        if not isinstance(a, str) or not a or not any(a in ev for ev in q["evidence"]):
            bad(qid, f"answer {a!r} not inside any evidence string")
    if q["answerable"] is True:
        if not q["answers"] or not q["evidence"]:
            bad(qid, "answerable item needs answers and evidence")
        tw = q.get("twin_of")
        if tw is None:
            bad(qid, "answerable item lacks twin_of")
        elif tw not in by_id:
            bad(qid, f"twin_of {tw!r} unknown")
        else:
            t = by_id[tw]
            if t.get("answerable") is not False:
                bad(qid, f"twin_of {tw} is not a near miss")
            if t.get("doc") != q["doc"]:
                bad(qid, f"twin_of {tw} is on another doc")
            if t.get("kind") != q["kind"]:
                bad(qid, f"twin_of {tw} has kind {t.get('kind')!r}, not {q['kind']!r}")
    elif q["answerable"] is False:
        if q["answers"] != []:
            bad(qid, "near miss must have answers == []")
        if q["evidence"] != []:
            bad(qid, "near miss must have evidence == []")
        if "twin_of" in q:
            bad(qid, "near miss must not carry twin_of")

# ---- report ----
print(f"items: {len(items)}  documents: {', '.join(f'{d} ({doc_lang[d]})' for d in docs)}")
print()
print(f"{'doc':<16}{'near miss':>10}{'answerable':>12}{'total':>7}")
tot = Counter()
for d in DOCS:
    nmc = sum(1 for q in items if q.get("doc") == d and q.get("answerable") is False)
    anc = sum(1 for q in items if q.get("doc") == d and q.get("answerable") is True)
    tot["nm"] += nmc
    tot["an"] += anc
    print(f"{d:<16}{nmc:>10}{anc:>12}{nmc + anc:>7}")
print(f"{'all':<16}{tot['nm']:>10}{tot['an']:>12}{tot['nm'] + tot['an']:>7}")
print()
print("by doc x lang (near miss / answerable):")
for d in DOCS:
    for lg in sorted(LANGS):
        nmc = sum(1 for q in items if q.get("doc") == d and q.get("lang") == lg and q.get("answerable") is False)
        anc = sum(1 for q in items if q.get("doc") == d and q.get("lang") == lg and q.get("answerable") is True)
        print(f"  {d:<16}{lg:<4}{nmc:>3} / {anc}")
print()
print("by kind (near miss / answerable):")
for k in sorted(KINDS):
    nmc = sum(1 for q in items if q.get("kind") == k and q.get("answerable") is False)
    anc = sum(1 for q in items if q.get("kind") == k and q.get("answerable") is True)
    print(f"  {k:<12}{nmc:>3} / {anc}")
cross = [q["id"] for q in items
         if q.get("answerable") is False and q.get("doc") in doc_lang and q.get("lang") != doc_lang[q["doc"]]]
cross_all = [q["id"] for q in items
             if q.get("doc") in doc_lang and q.get("lang") != doc_lang[q["doc"]]]
print()
print(f"cross-language near misses: {len(cross)}  (cross-language items overall: {len(cross_all)})")
print()
if problems:
    print(f"PROBLEMS ({len(problems)}):")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("OK: no problems found")
