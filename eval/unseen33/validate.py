#!/usr/bin/env python3
"""Checker for eval/unseen33/questions.jsonl.

Needs python-docx for the .docx document. Run:
    /work/main/.venv/bin/python validate.py
"""
import json, os, re, sys
from collections import Counter

try:
    import docx
except ImportError:
    sys.exit("python-docx is needed: run with /work/main/.venv/bin/python validate.py")

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_LANG = {"lanxi-jingshen-mantebing.docx": "zh", "corrowmere-anti-vegf-injections.txt": "en"}
FIELDS = ["id", "lang", "question", "answers", "answerable", "note", "evidence", "history", "doc"]
CJK = re.compile(r"[\u4e00-\u9fff]")
PREFIX, N = "r33", 30
problems = []
def bad(qid, msg): problems.append(f"{qid}: {msg}")


def read_docx(path):
    """Return (full text, paragraph text, table rows as lists of cell texts, bold 问 headings, table count)."""
    d = docx.Document(path)
    paras = [p.text for p in d.paragraphs]
    rows = []
    for t in d.tables:
        for r in t.rows:
            rows.append([c.text for c in r.cells])
    heads = [p.text for p in d.paragraphs
             if p.text.startswith("问：") and p.runs and all(r.bold for r in p.runs if r.text.strip())]
    para_text = "\n".join(paras)
    cell_text = "\n".join(c for r in rows for c in r)
    return para_text + "\n" + cell_text, para_text, rows, heads, len(d.tables)


docs, tables = {}, {}
for name in DOC_LANG:
    p = os.path.join(HERE, name)
    if not os.path.exists(p): problems.append(f"missing document {name}"); continue
    if name.endswith(".docx"):
        full, para_text, rows, heads, ntables = read_docx(p)
        docs[name] = full
        tables[name] = rows
        if not 12 <= len(heads) <= 16: problems.append(f"{name}: {len(heads)} bold 问： headings, want 12-16")
        if ntables != 1: problems.append(f"{name}: {ntables} tables, want exactly 1")
        # figures in the table body must appear only in the table
        for r in rows[1:]:
            for c in r[1:]:
                if c in para_text: problems.append(f"{name}: table figure {c!r} also appears outside the table")
    else:
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
expected = {f"{PREFIX}-{i:02d}" for i in range(1, N + 1)}
if set(ids) != expected: problems.append(f"ids differ from {PREFIX}-01..{PREFIX}-{N}: {sorted(set(ids) ^ expected)}")

kinds = Counter()
table_qs = 0
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
    # evidence given as whole table cells must come from one table row
    trows = tables.get(r["doc"], [])
    cell_ev = [ev for ev in r["evidence"] if any(ev in row for row in trows)]
    if len(cell_ev) == len(r["evidence"]) and cell_ev:
        table_qs += 1
        if not any(all(ev in row for ev in cell_ev) for row in trows):
            bad(qid, f"table-cell evidence {cell_ev} is not from a single table row")
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

print(f"questions: {len(rows)}  (en {sum(r.get('lang')=='en' for r in rows)}, zh {sum(r.get('lang')=='zh' for r in rows)})")
print(f"answerable singles: {total('single')}  near misses: {total('near-miss')}  follow-ups: {total('follow-up')}  "
      f"answered from the table: {table_qs}")
for d in DOC_LANG:
    print(f"  {d}: singles {total('single', d)} (doc-lang {total('single', d, 'doc-lang')}, other {total('single', d, 'other-lang')}), "
          f"near misses {total('near-miss', d)}, follow-ups {total('follow-up', d)}")
for name, t in docs.items():
    print(f"  {name}: {len(CJK.findall(t))} Han chars, {len(t.split())} words")
if problems:
    print(f"PROBLEMS ({len(problems)}):"); [print("  " + p) for p in problems]; sys.exit(1)
print("OK")
