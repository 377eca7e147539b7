#!/usr/bin/env python3
"""Stdlib checker for eval/unseen37/questions.jsonl.

Document text is extracted with the standard library only:

* .docx  -- zipfile + xml.etree on word/document.xml.  The body is walked in
  order; each <w:p> paragraph becomes one line (the concatenation of its <w:t>
  runs), and each table cell <w:tc> becomes one line (the text of its
  paragraphs concatenated).  Empty lines are dropped and lines are stripped.
* .html  -- html.parser.  Text inside <style>/<script> is skipped.  Each of
  title, h1-h6, p, li, caption and div gives one line holding its own text
  (text of nested blocks goes to those blocks); <br> counts as a space.  Each
  table row <tr> gives one line: the texts of its <th>/<td> cells joined by a
  single space.  Whitespace inside a line is collapsed to single spaces.  Lines
  inside <article> are the notice; the rest (title, navigation, breadcrumb,
  footer) is site boilerplate.

A document's text is its lines joined by "\\n".  Each evidence string must be a
substring of ONE line (for the HTML page, a line of the notice, not the site
boilerplate); each answer must sit inside an evidence string and occur exactly
once in the document's text.  An answer is "table-only" when that single
occurrence is in a table line (a docx cell, an HTML <tr>).
"""
import json, os, re, sys, zipfile
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = "lingxiu-zhongliu-menzhen-fanghualiao.docx"
HTML = "quillhaven-memory-clinic-dementia-cover.html"
DOC_LANG = {DOCX: "zh", HTML: "en"}
MIN_TABLE_ONLY = {DOCX: 3, HTML: 1}
FIELDS = ["id", "lang", "question", "answers", "answerable", "note", "evidence", "history", "doc"]
CJK = re.compile(r"[\u4e00-\u9fff]")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
problems = []
def bad(qid, msg): problems.append(f"{qid}: {msg}")

# ---- text extraction: each returns a list of (line, kind, in_notice) ----
def _ptext(p): return "".join(t.text or "" for t in p.iter(W + "t"))

def docx_lines(path):
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    out = []
    for el in root.find(W + "body"):
        if el.tag == W + "p":
            out.append((_ptext(el).strip(), "p", True))
        elif el.tag == W + "tbl":
            for tr in el.iter(W + "tr"):
                for tc in tr.findall(W + "tc"):
                    out.append(("".join(_ptext(p) for p in tc.iter(W + "p")).strip(), "cell", True))
    return [x for x in out if x[0]]

BLOCK = {"title", "h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "caption", "div", "th", "td"}
class _Lines(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.stack, self.skip, self.article, self.row = [], [], 0, 0, None
        self.tags = Counter()
    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        if tag in ("style", "script"): self.skip += 1
        elif tag == "article": self.article += 1
        elif tag == "tr": self.row = []
        elif tag == "br": self.handle_data(" ")
        if tag in BLOCK: self.stack.append([tag, []])
    def handle_endtag(self, tag):
        if tag in ("style", "script"): self.skip -= 1
        elif tag == "article": self.article -= 1
        if tag in BLOCK and self.stack and self.stack[-1][0] == tag:
            _, buf = self.stack.pop()
            text = re.sub(r"\s+", " ", "".join(buf)).strip()
            if tag in ("td", "th") and self.row is not None: self.row.append(text)
            elif text: self.lines.append((text, tag, bool(self.article)))
        if tag == "tr" and self.row is not None:
            text = " ".join(c for c in self.row if c)
            if text: self.lines.append((text, "tr", bool(self.article)))
            self.row = None
    def handle_data(self, data):
        if not self.skip and self.stack: self.stack[-1][1].append(data)

html_tags = Counter()
def html_lines(path):
    p = _Lines(); p.feed(open(path, encoding="utf-8").read()); p.close()
    html_tags.update(p.tags)
    return p.lines

docs, lines = {}, {}
for name in DOC_LANG:
    path = os.path.join(HERE, name)
    if not os.path.exists(path): problems.append(f"missing document {name}"); continue
    lines[name] = docx_lines(path) if name.endswith(".docx") else html_lines(path)
    docs[name] = "\n".join(l for l, _, _ in lines[name])

# ---- document shape ----
if DOCX in lines:
    if not any(k == "cell" for _, k, _ in lines[DOCX]): problems.append(f"{DOCX}: no Word table")
    if not re.search(r"医保发〔20\d\d〕\d+号", docs[DOCX]): problems.append(f"{DOCX}: no 发文字号")
if HTML in lines:
    for t in ("title", "nav", "footer", "h1", "h2", "p", "table", "article"):
        if not html_tags[t]: problems.append(f"{HTML}: no <{t}>")

rows = []
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip(): continue
        try: rows.append(json.loads(line))
        except json.JSONDecodeError as e: problems.append(f"line {n}: bad JSON ({e})")

ids = Counter(r.get("id") for r in rows)
for i, c in ids.items():
    if c > 1: problems.append(f"duplicate id {i}")
expected = {f"r37-{i:02d}" for i in range(1, 31)}
if set(ids) != expected: problems.append(f"ids differ from r37-01..r37-30: {sorted(set(ids) ^ expected, key=str)}")

kinds = Counter()
table_only = {d: [] for d in DOC_LANG}
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
    notice_lines = [l for l, _, in_notice in lines[r["doc"]] if in_notice]
    for ev in r["evidence"]:
        if not any(ev in l for l in notice_lines): bad(qid, f"evidence not inside one notice line of {r['doc']}: {ev!r}")
    for a in r["answers"]:
        if not any(a in ev for ev in r["evidence"]): bad(qid, f"answer {a!r} not inside any evidence")
        n = doc.count(a)
        if n != 1: bad(qid, f"answer {a!r} occurs {n} times in {r['doc']} (must be exactly once)")
        else:
            kind_of = [k for l, k, _ in lines[r["doc"]] if a in l]
            if kind_of and kind_of[0] in ("cell", "tr"): table_only[r["doc"]].append((qid, a))
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
    num = int(qid[4:]) if re.fullmatch(r"r37-\d\d", qid) else 0
    want = "single" if num <= 16 else "near-miss" if num <= 26 else "follow-up"
    if kind != want: bad(qid, f"is a {kind}, but ids in this range should be {want}")

def total(kind, doc=None, same=None):
    return sum(v for (k, d, s), v in kinds.items() if k == kind and (doc is None or d == doc) and (same is None or s == same))

for d in DOC_LANG:
    if total("single", d, "doc-lang") != 4 or total("single", d, "other-lang") != 4:
        problems.append(f"{d}: need 4 doc-language + 4 other-language answerable singles")
    if total("near-miss", d) != 5: problems.append(f"{d}: need 5 near misses")
    if total("follow-up", d, "doc-lang") != 1 or total("follow-up", d, "other-lang") != 1:
        problems.append(f"{d}: need 2 follow-ups, one per language")
    singles_table = [a for q, a in table_only[d] if int(q[4:]) <= 16]
    if len(singles_table) < MIN_TABLE_ONLY[d]:
        problems.append(f"{d}: need at least {MIN_TABLE_ONLY[d]} single answers found only in the table, have {len(singles_table)}")
langs = Counter(r.get("lang") for r in rows)
if langs["en"] != 15 or langs["zh"] != 15: problems.append(f"need 15 en + 15 zh, have {dict(langs)}")

print(f"questions: {len(rows)}  (en {langs['en']}, zh {langs['zh']})")
print(f"answerable singles: {total('single')}  near misses: {total('near-miss')}  follow-ups: {total('follow-up')}")
for d in DOC_LANG:
    print(f"  {d}: singles {total('single', d)} (doc-lang {total('single', d, 'doc-lang')}, other {total('single', d, 'other-lang')}), "
          f"near misses {total('near-miss', d)}, follow-ups {total('follow-up', d)}")
    print(f"    table-only answers: {', '.join(f'{q} {a}' for q, a in table_only[d]) or 'none'}")
for name in docs:
    notice = "\n".join(l for l, _, n in lines[name] if n)
    print(f"  {name}: {len(lines[name])} lines, notice {len(CJK.findall(notice))} Han chars, {len(notice.split())} words")
if problems:
    print(f"PROBLEMS ({len(problems)}):"); [print("  " + p) for p in problems]; sys.exit(1)
print("OK")
