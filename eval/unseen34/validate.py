#!/usr/bin/env python3
"""Stdlib checker for eval/unseen34 (r34): questions.jsonl against the two documents.

Evidence is checked against each document's *visible* text:
  - HTML: tags stripped (html.parser), entities decoded, <head>/<script>/<style> dropped;
    the text of each block (<h1>, <h2>, <p>, <li>, ...) outside the table is one prose block.
  - Markdown: heading/bullet markers stripped; each non-table line is one prose block.
  - Tables: each row is rendered as its cells joined by " | "; an evidence string that is not
    in the prose must lie inside a single row.
"""
import json, os, re, sys
from collections import Counter
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r34"
DOC_LANG = {"tangyuan-ertong-xianxinbing-chunelie.html": "zh", "corrowby-stop-smoking-cover.md": "en"}
FIELDS = ["id", "lang", "question", "answers", "answerable", "note", "evidence", "history", "doc"]
CJK = re.compile(r"[\u4e00-\u9fff]")
WS = re.compile(r"\s+")
problems = []
def bad(qid, msg): problems.append(f"{qid}: {msg}")

BLOCKS = {"title", "h1", "h2", "h3", "h4", "p", "li", "div", "caption"}
class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.prose, self.rows, self.tags = [], [], Counter()
        self.buf, self.row, self.cell = [], None, None
        self.skip = 0; self.in_head = False; self.title = None; self.h2 = []
        self.cur = None
    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        if tag in ("script", "style"): self.skip += 1
        elif tag == "head": self.in_head = True
        elif tag == "tr": self.row = []
        elif tag in ("td", "th"): self.cell = []
        elif tag in BLOCKS and self.row is None: self.flush(); self.cur = tag
    def handle_endtag(self, tag):
        if tag in ("script", "style"): self.skip -= 1
        elif tag == "head": self.in_head = False
        elif tag in ("td", "th") and self.cell is not None:
            self.row.append(WS.sub(" ", "".join(self.cell)).strip()); self.cell = None
        elif tag == "tr" and self.row is not None:
            self.rows.append(self.row); self.row = None
        elif tag in BLOCKS and self.row is None: self.flush()
    def handle_data(self, data):
        if self.skip: return
        if self.cell is not None: self.cell.append(data)
        elif self.row is None and (not self.in_head or self.cur == "title"): self.buf.append(data)
    def flush(self):
        t = WS.sub(" ", "".join(self.buf)).strip()
        if t:
            self.prose.append(t)
            if self.cur == "title": self.title = t
            if self.cur == "h2": self.h2.append(t)
        self.buf = []; self.cur = None

def load_html(text):
    v = Visible(); v.feed(text); v.close(); v.flush()
    t = v.tags
    if not v.title: problems.append("html: missing <title>")
    if t["h1"] != 1: problems.append(f"html: need exactly one <h1>, found {t['h1']}")
    if t["ul"] + t["ol"] != 1: problems.append(f"html: need exactly one <ul>/<ol>, found {t['ul'] + t['ol']}")
    if t["table"] != 1: problems.append(f"html: need exactly one <table>, found {t['table']}")
    nums = "一二三四五六七八九十"
    for i, h in enumerate(v.h2):
        want = (nums[i] if i < 10 else "十" + nums[i - 10]) + "、"
        if not h.startswith(want): problems.append(f"html: <h2> #{i+1} should start with {want}: {h!r}")
    if "charset=\"utf-8\"" not in text.lower() and "charset=utf-8" not in text.lower():
        problems.append("html: no utf-8 charset declaration")
    return v.prose, [" | ".join(r) for r in v.rows], [r for r in v.rows]

def load_md(text):
    prose, rows, cells = [], [], []
    lines = text.splitlines()
    if not lines or not lines[0].startswith("# "): problems.append("md: first line must be a '# ' title")
    if sum(l.startswith("# ") for l in lines) != 1: problems.append("md: need exactly one '# ' title")
    if not any(l.startswith("## ") for l in lines): problems.append("md: no '## ' sections")
    if not any(re.match(r"\s*[-*] ", l) for l in lines): problems.append("md: no bullet list")
    tables, in_table = 0, False
    for l in lines:
        s = l.strip()
        if s.startswith("|"):
            if not in_table: tables += 1; in_table = True
            parts = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in parts): continue
            rows.append(" | ".join(parts)); cells.append(parts)
            continue
        in_table = False
        s = re.sub(r"^(#{1,6} |[-*] |\d+\. )", "", s)
        s = s.replace("**", "").replace("`", "")
        if s: prose.append(WS.sub(" ", s))
    if tables != 1: problems.append(f"md: need exactly one pipe table, found {tables}")
    return prose, rows, cells

docs = {}
for name in DOC_LANG:
    p = os.path.join(HERE, name)
    if not os.path.exists(p): problems.append(f"missing document {name}"); continue
    raw = open(p, encoding="utf-8").read()
    prose, rows, cells = load_html(raw) if name.endswith(".html") else load_md(raw)
    if len(rows) < 3: problems.append(f"{name}: table has fewer than 3 rows")
    ptext = "\n".join(prose)
    # figures in the table (cells with a digit, 3+ characters) must not appear in the prose
    for r in cells[1:]:
        for c in r:
            if len(c) >= 3 and re.search(r"\d", c) and c in ptext:
                problems.append(f"{name}: table figure {c!r} also appears outside the table")
    docs[name] = dict(prose=ptext, rows=rows, visible=ptext + "\n" + "\n".join(rows))

rows = []
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip(): continue
        try: rows.append(json.loads(line))
        except json.JSONDecodeError as e: problems.append(f"line {n}: bad JSON ({e})")

ids = Counter(r.get("id") for r in rows)
for i, c in ids.items():
    if c > 1: problems.append(f"duplicate id {i}")
expected = {f"{PREFIX}-{i:02d}" for i in range(1, 31)}
if set(ids) != expected: problems.append(f"ids differ from {PREFIX}-01..{PREFIX}-30: {sorted(set(ids) ^ expected)}")

kinds = Counter(); table_qs = Counter()
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
        if ev in doc["prose"]: continue
        if any(ev in row for row in doc["rows"]):
            table_qs[r["doc"]] += 1
            for a in r["answers"]:
                if a in ev and a in doc["prose"]: bad(qid, f"table answer {a!r} also occurs in the prose")
            continue
        bad(qid, f"evidence not in the visible text of {r['doc']} (prose block or single table row): {ev!r}")
    for a in r["answers"]:
        if not any(a in ev for ev in r["evidence"]): bad(qid, f"answer {a!r} not inside any evidence")
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
    if table_qs[d] < 1: problems.append(f"{d}: no question uses the table")

print(f"questions: {len(rows)}  (en {sum(r.get('lang')=='en' for r in rows)}, zh {sum(r.get('lang')=='zh' for r in rows)})")
print(f"answerable singles: {total('single')}  near misses: {total('near-miss')}  follow-ups: {total('follow-up')}")
for d in DOC_LANG:
    print(f"  {d}: singles {total('single', d)} (doc-lang {total('single', d, 'doc-lang')}, other {total('single', d, 'other-lang')}), "
          f"near misses {total('near-miss', d)}, follow-ups {total('follow-up', d)}, table-evidence questions {table_qs[d]}")
for name, t in docs.items():
    print(f"  {name}: {len(CJK.findall(t['visible']))} Han chars, {len(t['visible'].split())} words (visible text), {len(t['rows'])} table rows")
if problems:
    print(f"PROBLEMS ({len(problems)}):"); [print("  " + p) for p in problems]; sys.exit(1)
print("OK")
