#!/usr/bin/env python3
"""Stdlib checker for eval/unseen32 (r32): an HTML Chinese notice, a Markdown English notice, questions.jsonl."""
import html, json, os, re, sys
from collections import Counter
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
HTML_DOC, MD_DOC = "chengyi-zhuyuan-chuangweifei.html", "hollowmere-burns-skin-graft-cover.md"
DOC_LANG = {HTML_DOC: "zh", MD_DOC: "en"}
SEP = {HTML_DOC: "｜", MD_DOC: "|"}          # joins the cells of a table row in table-only evidence
FIELDS = ["id", "lang", "question", "answers", "answerable", "note", "evidence", "history", "doc"]
CJK = re.compile(r"[\u4e00-\u9fff]")
ZH_NUM = "零〇一二三四五六七八九十百千"
ZH_ORD = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
problems = []
def bad(qid, msg): problems.append(f"{qid}: {msg}")


# ---------- HTML: visible text, structure, table ----------
class Page(HTMLParser):
    BLOCK = {"html", "head", "body", "title", "h1", "h2", "h3", "p", "table", "tr", "th", "td", "div", "li", "ul", "ol", "br"}
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.text, self.outside = [], [], []   # outside = visible text not inside <table>
        self.tags = Counter(); self.title = ""; self.h1 = []; self.h2 = []
        self.rows = []; self.cell = None; self.in_table = 0; self.attrs = []
    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1; self.attrs += [(tag, k, v or "") for k, v in attrs]
        if tag in self.BLOCK: self._nl()
        if tag in ("meta", "br", "img", "link", "hr", "input"): return
        self.stack.append(tag)
        if tag == "table": self.in_table += 1
        if tag == "tr" and self.in_table: self.rows.append([])
        if tag in ("th", "td") and self.in_table: self.cell = [tag, ""]
    def handle_endtag(self, tag):
        if tag in self.BLOCK: self._nl()
        if tag in ("th", "td") and self.cell is not None:
            if self.rows: self.rows[-1].append((self.cell[0], self.cell[1].strip()))
            self.cell = None
        if tag == "table": self.in_table -= 1
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag: pass
    def handle_data(self, data):
        if any(t in ("script", "style") for t in self.stack): return
        self.text.append(data)
        if not self.in_table: self.outside.append(data)
        if self.cell is not None: self.cell[1] += data
        cur = self.stack[-1] if self.stack else ""
        if cur == "title": self.title += data
        if cur == "h1": self.h1.append(data.strip())
        if cur == "h2": self.h2.append(data.strip())
    def _nl(self):
        self.text.append("\n")
        if not self.in_table: self.outside.append("\n")

def check_html(name, raw):
    pg = Page(); pg.feed(raw); pg.close()
    visible = "".join(pg.text); outside = "".join(pg.outside)
    if not pg.title.strip(): problems.append(f"{name}: no <title>")
    if len([h for h in pg.h1 if h]) != 1: problems.append(f"{name}: need exactly one <h1>")
    h2 = [h for h in pg.h2 if h]
    if len(h2) < 5: problems.append(f"{name}: need at least 5 <h2> sections")
    for i, h in enumerate(h2):
        if i >= len(ZH_ORD) or not h.startswith(ZH_ORD[i] + "、"): problems.append(f"{name}: <h2> {i+1} should start with {ZH_ORD[min(i, len(ZH_ORD)-1)]}、: {h!r}")
    if pg.tags["p"] < len(h2): problems.append(f"{name}: too few <p> paragraphs")
    if pg.tags["script"] or pg.tags["style"] or pg.tags["iframe"]: problems.append(f"{name}: contains script/style/iframe")
    for tag, k, v in pg.attrs:
        if k in ("href", "src", "action") or re.match(r"on", k) or "http" in v: problems.append(f"{name}: link or script attribute <{tag} {k}={v!r}>")
    if pg.tags["table"] != 1: problems.append(f"{name}: need exactly one <table> (found {pg.tags['table']})")
    rows = [[c for c in r] for r in pg.rows if r]
    if rows:
        head, body = rows[0], rows[1:]
        if not head or any(t != "th" for t, _ in head): problems.append(f"{name}: first table row must be all <th>")
        if not 4 <= len(body) <= 6: problems.append(f"{name}: table needs 4-6 <td> rows (found {len(body)})")
        for r in body:
            if any(t != "td" for t, _ in r): problems.append(f"{name}: body row has non-<td> cells: {r}")
            if len(r) != len(head): problems.append(f"{name}: row width {len(r)} != header width {len(head)}")
    han = len(CJK.findall(visible))
    if not 1800 <= han <= 2200: problems.append(f"{name}: {han} Han characters of visible text, want about 2,000 (1800-2200)")
    if not re.search(f"百分之[{ZH_NUM}]+", visible) or not re.search(f"[{ZH_NUM}]+个?[月日年]", visible):
        problems.append(f"{name}: needs Chinese-style numbers (百分之…, …个月/日/年)")
    table_rows = [[c for _, c in r] for r in rows[1:]]
    return visible, outside, table_rows, f"{han} Han chars visible, table {len(rows[0]) if rows else 0} cols x {len(rows)-1 if rows else 0} rows"


# ---------- Markdown: visible text, structure, table ----------
def md_cells(line):
    s = line.strip()
    if s.startswith("|"): s = s[1:]
    if s.endswith("|"): s = s[:-1]
    return [c.strip() for c in s.split("|")]

def check_md(name, raw):
    lines = raw.split("\n")
    if not re.match(r"# \S", lines[0]): problems.append(f"{name}: line 1 must be '# title'")
    if sum(1 for l in lines if re.match(r"# ", l)) != 1: problems.append(f"{name}: need exactly one '# ' title")
    secs = [l for l in lines if l.startswith("## ")]
    if len(secs) < 5: problems.append(f"{name}: need at least 5 '## N.' sections")
    for i, s in enumerate(secs, 1):
        if not s.startswith(f"## {i}. "): problems.append(f"{name}: section {i} should start '## {i}. ': {s!r}")
    if re.search(r"\]\(|https?://|www\.|<script", raw, re.I): problems.append(f"{name}: contains a link or script")
    # tables: blocks of consecutive lines starting with |
    blocks, cur = [], []
    for l in lines + [""]:
        if l.strip().startswith("|"): cur.append(l)
        elif cur: blocks.append(cur); cur = []
    if len(blocks) != 1: problems.append(f"{name}: need exactly one pipe table (found {len(blocks)})")
    table_rows, shape = [], "no table"
    if blocks:
        b = blocks[0]; head = md_cells(b[0])
        if len(b) < 2 or not all(re.fullmatch(r":?-{3,}:?", c) for c in md_cells(b[1])) or len(md_cells(b[1])) != len(head):
            problems.append(f"{name}: table's second line must be a |---| rule matching the header")
        body = b[2:]
        if not 4 <= len(body) <= 6: problems.append(f"{name}: table needs 4-6 body rows (found {len(body)})")
        for r in body:
            if len(md_cells(r)) != len(head): problems.append(f"{name}: row width differs from header: {r!r}")
        table_rows = [md_cells(r) for r in body]; shape = f"table {len(head)} cols x {len(body)} rows"
    vis, out = [], []
    for l in lines:
        s = l.strip()
        if s.startswith("|"):
            if not re.fullmatch(r"[|:\- ]+", s): vis.append(" ".join(md_cells(s)))
            continue
        s = re.sub(r"^#+\s*", "", s); s = re.sub(r"^[-*+]\s+", "", s)
        s = s.replace("**", "").replace("__", "").replace("`", "")
        vis.append(s); out.append(s)
    visible, outside = "\n".join(vis), "\n".join(out)
    words = len(visible.split())
    if not 1150 <= words <= 1350: problems.append(f"{name}: {words} words of visible text, want 1150-1350")
    return visible, outside, table_rows, f"{words} words visible, {shape}"


docs, outside, trows, info = {}, {}, {}, {}
for name in DOC_LANG:
    p = os.path.join(HERE, name)
    if not os.path.exists(p): problems.append(f"missing document {name}"); continue
    raw = open(p, encoding="utf-8").read()
    fn = check_html if name.endswith(".html") else check_md
    docs[name], outside[name], trows[name], info[name] = fn(name, raw)

rows = []
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip(): continue
        try: rows.append(json.loads(line))
        except json.JSONDecodeError as e: problems.append(f"line {n}: bad JSON ({e})")

ids = Counter(r.get("id") for r in rows)
for i, c in ids.items():
    if c > 1: problems.append(f"duplicate id {i}")
expected = {f"r32-{i:02d}" for i in range(1, 31)}
if set(ids) != expected: problems.append(f"ids differ from r32-01..r32-30: {sorted(set(ids) ^ expected, key=str)}")

def in_order(cells, text):
    pos = 0
    for c in cells:
        k = text.find(c, pos)
        if k < 0: return False
        pos = k + len(c)
    return True

kinds = Counter(); table_only = Counter()
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
    sep = SEP[r["doc"]]
    tab_ev = [ev for ev in r["evidence"] if sep in ev]
    for ev in r["evidence"]:
        if ev in tab_ev:
            cells = ev.split(sep)
            if not in_order(cells, doc): bad(qid, f"table evidence cells not in {r['doc']} in order: {ev!r}")
            if cells not in trows.get(r["doc"], []): bad(qid, f"table evidence is not a row of the table: {ev!r}")
        elif ev not in doc: bad(qid, f"evidence not in visible text of {r['doc']}: {ev!r}")
    for a in r["answers"]:
        if not any(a in ev for ev in r["evidence"]): bad(qid, f"answer {a!r} not inside any evidence")
        if a in r["question"] or any(a in h for h in r["history"]): bad(qid, f"answer {a!r} is copied into the question/history")
    if tab_ev:
        if "table-only" not in r["note"]: bad(qid, "table evidence but note lacks 'table-only'")
        for a in r["answers"]:
            if a in outside.get(r["doc"], ""): bad(qid, f"table-only answer {a!r} also appears outside the table")
        if r["answerable"]: table_only[r["doc"]] += 1
    elif "table-only" in r["note"]: bad(qid, "note says table-only but evidence is not a table row")
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
    if table_only[d] < 1: problems.append(f"{d}: need at least one table-only answerable question")
if sum(table_only.values()) < 3: problems.append("need at least 3 table-only answerable questions")
nm_lang = Counter(r.get("lang") for r in rows if r.get("answerable") is False)
if nm_lang["en"] != 5 or nm_lang["zh"] != 5: problems.append(f"near misses need 5 en + 5 zh (found {dict(nm_lang)})")
en = sum(r.get("lang") == "en" for r in rows); zh = sum(r.get("lang") == "zh" for r in rows)
if en != 15 or zh != 15: problems.append(f"need 15 en + 15 zh questions (found {en} en, {zh} zh)")

print(f"questions: {len(rows)}  (en {en}, zh {zh})")
print(f"answerable singles: {total('single')}  near misses: {total('near-miss')}  follow-ups: {total('follow-up')}  table-only: {sum(table_only.values())}")
for d in DOC_LANG:
    print(f"  {d}: singles {total('single', d)} (doc-lang {total('single', d, 'doc-lang')}, other {total('single', d, 'other-lang')}), "
          f"near misses {total('near-miss', d)}, follow-ups {total('follow-up', d)}, table-only {table_only[d]}")
for name in docs:
    print(f"  {name}: {info[name]}")
if problems:
    print(f"PROBLEMS ({len(problems)}):"); [print("  " + p) for p in problems]; sys.exit(1)
print("OK")
