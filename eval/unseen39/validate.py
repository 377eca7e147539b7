#!/usr/bin/env python3
"""Checker for eval/unseen39/questions.jsonl (the r18 checker with r39 ids and file names, plus:
each answer occurs exactly once in its document, each document has >=2 answers taken from a table row,
and, if pypdf is installed, the answers can be found in the text pypdf extracts from the PDF).
Uses only the standard library; the pypdf check is skipped when pypdf is not importable."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PDF = "lanyi-niaoduzheng-menzhen-touxi.pdf"
DOC_LANG = {PDF: "zh", "wyndlecote-children-hearing-cover.txt": "en"}
# the text of a PDF document is checked against the exact text that was put into it
SOURCE = {PDF: "pdf-source.txt.orig", "wyndlecote-children-hearing-cover.txt": "wyndlecote-children-hearing-cover.txt"}
FIELDS = ["id", "lang", "question", "answers", "answerable", "note", "evidence", "history", "doc"]
CJK = re.compile(r"[\u4e00-\u9fff]")
problems = []
def bad(qid, msg): problems.append(f"{qid}: {msg}")

def table_rows(text):
    """Lines written as table rows: at least 4 columns separated by runs of 4 or more spaces."""
    return [l for l in text.splitlines() if len(re.split(r" {4,}", l.strip())) >= 4]

docs = {}
for name, src in SOURCE.items():
    if not os.path.exists(os.path.join(HERE, name)): problems.append(f"missing document {name}"); continue
    p = os.path.join(HERE, src)
    if not os.path.exists(p): problems.append(f"missing source text {src}"); continue
    docs[name] = open(p, encoding="utf-8").read()
if os.path.exists(os.path.join(HERE, PDF)):
    with open(os.path.join(HERE, PDF), "rb") as f:
        if f.read(5) != b"%PDF-": problems.append(f"{PDF} is not a PDF file")

rows = []
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip(): continue
        try: rows.append(json.loads(line))
        except json.JSONDecodeError as e: problems.append(f"line {n}: bad JSON ({e})")

ids = Counter(r.get("id") for r in rows)
for i, c in ids.items():
    if c > 1: problems.append(f"duplicate id {i}")
expected = {f"r39-{i:02d}" for i in range(1, 31)}
if set(ids) != expected: problems.append(f"ids differ from r39-01..r39-30: {sorted(set(ids) ^ expected)}")

kinds = Counter()
table_answers = Counter()
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
        n = doc.count(a)
        if n != 1: bad(qid, f"answer {a!r} occurs {n} times in {SOURCE[r['doc']]} (must be exactly once)")
        if any(a in row for row in table_rows(doc)): table_answers[r["doc"]] += 1
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
    if table_answers[d] < 2: problems.append(f"{d}: need at least 2 answers from a table row (found {table_answers[d]})")
    if d in docs and not table_rows(docs[d]): problems.append(f"{d}: no table rows found")
langs = Counter(r.get("lang") for r in rows)
if langs["en"] != 15 or langs["zh"] != 15: problems.append(f"need 15 en and 15 zh questions, got {dict(langs)}")

# optional: what a PDF reader gets out of the PDF
pdf_note = "pypdf not installed: PDF extraction check skipped"
try:
    import pypdf
except ImportError:
    pypdf = None
if pypdf and PDF in docs:
    reader = pypdf.PdfReader(os.path.join(HERE, PDF))
    flat = re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in reader.pages))
    src_flat = re.sub(r"\s+", "", docs[PDF])
    pdf_note = (f"pypdf {pypdf.__version__}: {len(reader.pages)} pages, {len(CJK.findall(flat))} Han chars extracted "
                f"(source {len(CJK.findall(src_flat))}); whitespace-free extraction {'==' if flat == src_flat else '!='} source")
    for r in rows:
        if r.get("doc") != PDF: continue
        for a in r.get("answers", []):
            n = flat.count(re.sub(r"\s+", "", a))
            if n != 1: bad(r["id"], f"answer {a!r} found {n} times in pypdf text of {PDF}")
        for ev in r.get("evidence", []):
            if re.sub(r"\s+", "", ev) not in flat: bad(r["id"], f"evidence not in pypdf text (whitespace removed): {ev!r}")

print(f"questions: {len(rows)}  (en {langs['en']}, zh {langs['zh']})")
print(f"answerable singles: {total('single')}  near misses: {total('near-miss')}  follow-ups: {total('follow-up')}")
for d in DOC_LANG:
    print(f"  {d}: singles {total('single', d)} (doc-lang {total('single', d, 'doc-lang')}, other {total('single', d, 'other-lang')}), "
          f"near misses {total('near-miss', d)}, follow-ups {total('follow-up', d)}, answers from table rows {table_answers[d]}")
for name, t in docs.items():
    print(f"  {SOURCE[name]}: {len(CJK.findall(t))} Han chars, {len(t.split())} words, {len(table_rows(t))} table lines")
print("  " + pdf_note)
if problems:
    print(f"PROBLEMS ({len(problems)}):"); [print("  " + p) for p in problems]; sys.exit(1)
print("OK")
