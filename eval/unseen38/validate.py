#!/usr/bin/env python3
"""Stdlib checker for unseen38/questions.jsonl."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_LANG = {"hongling-hanjianbing-teyi-shipin.txt": "zh", "oxbrindle-diabetic-foot-wound-care.md": "en"}
FIELDS = ["id", "lang", "question", "answers", "answerable", "note", "evidence", "history", "doc"]
CJK = re.compile(r"[\u4e00-\u9fff]")
problems = []
def bad(qid, msg): problems.append(f"{qid}: {msg}")

docs = {}
for name in DOC_LANG:
    p = os.path.join(HERE, name)
    if not os.path.exists(p): problems.append(f"missing document {name}"); continue
    docs[name] = open(p, encoding="utf-8").read()

rows = []
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip(): continue
        try: rows.append(json.loads(line))
        except json.JSONDecodeError as e: problems.append(f"line {n}: bad JSON ({e})")

ids = Counter(r.get("id") for r in rows)
for i, c in ids.items():
    if c > 1: problems.append(f"duplicate id {i}")
expected = {f"r38-{i:02d}" for i in range(1, 31)}
if set(ids) != expected: problems.append(f"ids differ from r38-01..r38-30: {sorted(set(ids) ^ expected)}")

kinds = Counter()
table_only = Counter()
for r in rows:
    qid = r.get("id", "?")
    miss = [k for k in FIELDS if k not in r]
    if miss: bad(qid, f"missing fields {miss}"); continue
    if r["lang"] not in ("en", "zh"): bad(qid, "lang must be en or zh")
    has_cjk = bool(CJK.search(r["question"]))
    if r["lang"] == "zh" and not has_cjk: bad(qid, "lang zh but question has no Chinese")
    if r["lang"] == "en" and has_cjk: bad(qid, "lang en but question contains Chinese")
    for k in ("answers", "evidence", "history"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) and x for x in r[k]):
            bad(qid, f"{k} must be a list of non-empty strings")
    if not isinstance(r["answerable"], bool): bad(qid, "answerable must be bool")
    if not r["note"].strip(): bad(qid, "empty note")
    doc = docs.get(r["doc"])
    if doc is None: bad(qid, f"unknown doc {r['doc']}"); continue
    for ev in r["evidence"]:
        if ev not in doc: bad(qid, f"evidence not in {r['doc']}: {ev!r}")
    for a in r["answers"]:
        if not any(a in ev for ev in r["evidence"]): bad(qid, f"answer {a!r} not inside any evidence")
        if doc.count(a) != 1: bad(qid, f"answer {a!r} occurs {doc.count(a)} times in {r['doc']} (need exactly once)")
    if r["answerable"] and any(("｜" in ev or ev.startswith("|")) for ev in r["evidence"]):
        table_only[r["doc"]] += 1
    follow = r["note"].startswith("follow-up")
    if r["answerable"]:
        if not r["answers"] or not r["evidence"]: bad(qid, "answerable needs answers and evidence")
    else:
        if r["answers"] or r["evidence"]: bad(qid, "unanswerable must have answers == [] and evidence == []")
        if "tempting" not in r["note"]: bad(qid, "near miss note should name the tempting figure")
    if follow:
        if len(r["history"]) != 1: bad(qid, "follow-up needs exactly one history question")
        if not r["answerable"]: bad(qid, "follow-up should be answerable")
        for h in r["history"]:
            if bool(CJK.search(h)) != (r["lang"] == "zh"): bad(qid, "history language differs from lang")
        kind = "follow-up"
    else:
        if r["history"]: bad(qid, "history only allowed on follow-ups")
        kind = "single" if r["answerable"] else "near-miss"
    same = "doc-lang" if r["lang"] == DOC_LANG[r["doc"]] else "other-lang"
    kinds[(kind, r["doc"], same)] += 1

def total(kind, doc=None, same=None):
    return sum(v for (k, d, s), v in kinds.items() if k == kind and (doc is None or d == doc) and (same is None or s == same))

for d in DOC_LANG:
    if total("single", d, "doc-lang") != 4 or total("single", d, "other-lang") != 4:
        problems.append(f"{d}: need 4 doc-language + 4 other-language answerable singles")
    if total("near-miss", d) != 5: problems.append(f"{d}: need 5 near misses")
    if total("follow-up", d, "doc-lang") != 1 or total("follow-up", d, "other-lang") != 1:
        problems.append(f"{d}: need 2 follow-ups, one per language")

for d in DOC_LANG:
    if table_only[d] < 2: problems.append(f"{d}: need at least 2 answers taken from the table")
if sum(r.get("lang") == "en" for r in rows) != 15: problems.append("need 15 en questions")
print(f"questions: {len(rows)}  (en {sum(r.get('lang')=='en' for r in rows)}, zh {sum(r.get('lang')=='zh' for r in rows)})")
print(f"answerable singles: {total('single')}  near misses: {total('near-miss')}  follow-ups: {total('follow-up')}")
for d in DOC_LANG:
    print(f"  {d}: singles {total('single', d)} (doc-lang {total('single', d, 'doc-lang')}, other {total('single', d, 'other-lang')}), "
          f"near misses {total('near-miss', d)}, follow-ups {total('follow-up', d)}")
print(f"table-only answers: " + ", ".join(f"{d} {table_only[d]}" for d in DOC_LANG))
for name, t in docs.items():
    print(f"  {name}: {len(CJK.findall(t))} Han chars, {len(t.split())} words")
if problems:
    print(f"PROBLEMS ({len(problems)}):"); [print("  " + p) for p in problems]; sys.exit(1)
print("OK")
