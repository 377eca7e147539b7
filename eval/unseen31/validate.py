#!/usr/bin/env python3
"""Stdlib checker for eval/unseen31/questions.jsonl and its two documents."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ZH_DOC, EN_DOC = "tanping-suishi-anbingzhong-fufei.txt", "osterbrook-home-cpap-faq.txt"
DOC_LANG = {ZH_DOC: "zh", EN_DOC: "en"}
FIELDS = ["id", "lang", "question", "answers", "answerable", "note", "evidence", "history", "doc"]
CJK = re.compile(r"[\u4e00-\u9fff]")
CN_NUM = "一二三四五六七八九十百两零"
problems = []
def bad(qid, msg): problems.append(f"{qid}: {msg}")

docs = {}
for name in DOC_LANG:
    p = os.path.join(HERE, name)
    if not os.path.exists(p): problems.append(f"missing document {name}"); continue
    docs[name] = open(p, encoding="utf-8").read()

# ---- document structure ----------------------------------------------------
table_lines = []
if ZH_DOC in docs:
    t = docs[ZH_DOC]; lines = t.splitlines()
    han = len(CJK.findall(t))
    if not 1800 <= han <= 2200: problems.append(f"{ZH_DOC}: {han} Han chars, want about 2,000 (1,800-2,200)")
    if not lines or not lines[0].strip() or not CJK.search(lines[0]) or lines[0].startswith("第"):
        problems.append(f"{ZH_DOC}: line 1 must be a Chinese title")
    if "实施细则" not in lines[0]: problems.append(f"{ZH_DOC}: title should name a 实施细则")
    arts = re.findall(rf"^第([{CN_NUM}]+)条", t, re.M)
    def cn(s):
        d = {c: i for i, c in enumerate("零一二三四五六七八九")}
        if s == "十": return 10
        if s.startswith("十"): return 10 + d[s[1]]
        if "十" in s: a, b = s.split("十"); return d[a] * 10 + (d[b] if b else 0)
        return d[s]
    try: nums = [cn(a) for a in arts]
    except (KeyError, ValueError): nums = []; problems.append(f"{ZH_DOC}: unreadable article number in {arts}")
    if len(nums) < 10: problems.append(f"{ZH_DOC}: want at least 10 articles 第一条…, found {len(nums)}")
    if nums and nums != list(range(1, len(nums) + 1)): problems.append(f"{ZH_DOC}: articles not numbered 第一条, 第二条 … in order: {arts}")
    sect = [l for l in lines if re.match(rf"^[{CN_NUM}]+、", l)]
    if sect: problems.append(f"{ZH_DOC}: template-style 一、二、 section lines present: {sect[:2]}")
    # plain-text table: header 项目｜… with at least 3 columns of figures, then rows of the same width
    hdr = [i for i, l in enumerate(lines) if l.startswith("项目｜") and l.count("｜") >= 3]
    if not hdr: problems.append(f"{ZH_DOC}: no table header line 项目｜…｜…｜…")
    else:
        h = hdr[0]; width = lines[h].count("｜"); j = h + 1
        while j < len(lines) and "｜" in lines[j]:
            if lines[j].count("｜") != width: problems.append(f"{ZH_DOC}: table row width differs: {lines[j]!r}")
            elif not all(re.search(r"\d", c) for c in lines[j].split("｜")[1:]): problems.append(f"{ZH_DOC}: table row without figures: {lines[j]!r}")
            table_lines.append(lines[j]); j += 1
        if len(table_lines) < 3: problems.append(f"{ZH_DOC}: table needs at least 3 rows of figures")
    if not re.search(rf"百分之[{CN_NUM}]+", t): problems.append(f"{ZH_DOC}: no Chinese-style percentage (百分之…)")
    if not re.search(rf"[{CN_NUM}]+个(月|工作日)", t): problems.append(f"{ZH_DOC}: no Chinese-style period (三个月 …)")
    if not re.search(r"\d", t): problems.append(f"{ZH_DOC}: no Arabic figures")

if EN_DOC in docs:
    t = docs[EN_DOC]; lines = t.splitlines(); words = len(t.split())
    if not 1150 <= words <= 1350: problems.append(f"{EN_DOC}: {words} words, want 1,150-1,350")
    if not lines or not lines[0].strip() or lines[0].startswith(("Q:", "- ")) or CJK.search(t):
        problems.append(f"{EN_DOC}: line 1 must be an English title and the text must be English")
    qs = [i for i, l in enumerate(lines) if l.startswith("Q: ")]
    if len(qs) < 8: problems.append(f"{EN_DOC}: FAQ needs at least 8 'Q: ' headings, found {len(qs)}")
    for i in qs:
        if not lines[i].rstrip().endswith("?"): problems.append(f"{EN_DOC}: heading is not a question: {lines[i]!r}")
        nxt = next((l for l in lines[i + 1:] if l.strip()), "")
        if not nxt or nxt.startswith(("Q:", "- ")) or len(nxt.split()) < 15:
            problems.append(f"{EN_DOC}: no answer paragraph after {lines[i]!r}")
    if re.search(r"^(Section|\d+\.)\s", t, re.M): problems.append(f"{EN_DOC}: numbered sections found; the FAQ should use Q: headings only")
    bl = [i for i, l in enumerate(lines) if l.startswith("- ")]
    blocks = sum(1 for k, i in enumerate(bl) if k == 0 or bl[k - 1] != i - 1)
    if blocks != 1 or not 3 <= len(bl) <= 6: problems.append(f"{EN_DOC}: want one bulleted list of 3-6 items, found {blocks} list(s), {len(bl)} items")
    for i in bl:
        if not re.search(r"\d", lines[i]): problems.append(f"{EN_DOC}: bullet without a figure: {lines[i]!r}")

# ---- questions -------------------------------------------------------------
rows = []
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip(): continue
        try: rows.append(json.loads(line))
        except json.JSONDecodeError as e: problems.append(f"line {n}: bad JSON ({e})")

ids = Counter(r.get("id") for r in rows)
for i, c in ids.items():
    if c > 1: problems.append(f"duplicate id {i}")
expected = {f"r31-{i:02d}" for i in range(1, 31)}
if set(ids) != expected: problems.append(f"ids differ from r31-01..r31-30: {sorted(set(ids) ^ expected, key=str)}")

kinds = Counter(); table_only = 0
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
        if a in r["question"]: bad(qid, f"answer {a!r} copied into the question")
    if "table-only" in r["note"]:
        if r["doc"] != ZH_DOC or not r["answerable"]: bad(qid, "table-only applies to answerable questions on the Chinese document")
        else:
            if not all(ev in table_lines for ev in r["evidence"]): bad(qid, "table-only evidence must be a whole table row")
            for a in r["answers"]:
                outside = [l for l in doc.splitlines() if a in l and l not in table_lines]
                if outside: bad(qid, f"table-only answer {a!r} also appears outside the table: {outside[0][:40]!r}")
            table_only += 1
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
langs = Counter(r.get("lang") for r in rows)
if langs["en"] != 15 or langs["zh"] != 15: problems.append(f"need 15 en and 15 zh, have {dict(langs)}")
nm_langs = Counter(r.get("lang") for r in rows if r.get("answerable") is False)
if nm_langs["en"] != 5 or nm_langs["zh"] != 5: problems.append(f"need 5 en and 5 zh near misses, have {dict(nm_langs)}")
if table_only < 3: problems.append(f"need at least 3 answerable questions answered only in the Chinese table, have {table_only}")

print(f"questions: {len(rows)}  (en {langs['en']}, zh {langs['zh']})")
print(f"answerable singles: {total('single')}  near misses: {total('near-miss')}  follow-ups: {total('follow-up')}  table-only answers: {table_only}")
for d in DOC_LANG:
    print(f"  {d}: singles {total('single', d)} (doc-lang {total('single', d, 'doc-lang')}, other {total('single', d, 'other-lang')}), "
          f"near misses {total('near-miss', d)}, follow-ups {total('follow-up', d)}")
for name, t in docs.items():
    extra = (f", {len(re.findall(rf'^第[{CN_NUM}]+条', t, re.M))} articles, table rows {len(table_lines)}" if name == ZH_DOC
             else f", {sum(l.startswith('Q: ') for l in t.splitlines())} Q: headings, {sum(l.startswith('- ') for l in t.splitlines())} bullets")
    print(f"  {name}: {len(CJK.findall(t))} Han chars, {len(t.split())} words{extra}")
if problems:
    print(f"PROBLEMS ({len(problems)}):"); [print("  " + p) for p in problems]; sys.exit(1)
print("OK")
