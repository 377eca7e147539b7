#!/usr/bin/env python3
"""Stdlib checker for eval/unseen30/questions.jsonl and its two documents."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ZH_DOC = "chenglan-baineizhang-rengong-jingti.txt"
EN_DOC = "quillhaven-rabies-tetanus-exposure-cover.txt"
DOC_LANG = {ZH_DOC: "zh", EN_DOC: "en"}
FIELDS = ["id", "lang", "question", "answers", "answerable", "note", "evidence", "history", "doc"]
CJK = re.compile(r"[\u4e00-\u9fff]")
DIGIT = re.compile(r"[0-9０-９]")
problems = []
def bad(qid, msg): problems.append(f"{qid}: {msg}")

# Items the documents name WITHOUT a figure (the near-miss traps). Each must be an
# exact substring of its document and must contain no digit.
NO_FIGURE = {
    ZH_DOC: [
        "先天性白内障、外伤性白内障患者的手术待遇按现行规定执行",
        "多焦点、景深延长型人工晶体的限价另行规定",
        "一级及以下医疗机构的打包付费标准另行规定",
        "双眼同日手术的结算办法另行规定",
        "飞秒激光辅助白内障手术的附加费用，医保支付政策另行制定",
        "防返贫监测对象的基金支付比例按现行规定执行",
        "年度最高支付限额按现行规定执行",
        "持证残疾人的复明补助按市残疾人联合会有关规定执行",
        "跨省异地就医的，按国家跨省异地就医直接结算有关规定执行",
        "举报奖励按现行规定执行",
    ],
    EN_DOC: [
        "The payment standard for hamster kidney cell vaccine is set separately.",
        "Pre-exposure vaccination for high-risk occupations, such as veterinarians, postal workers and animal shelter staff, is covered under arrangements to be set separately.",
        "after completing a full course is covered under existing rules.",
        "The payment standard for rabies monoclonal antibody products is set separately.",
        "The payment standard for adsorbed tetanus vaccine and tetanus-diphtheria boosters is set separately.",
        "Suturing and plastic repair of facial wounds are covered under existing rules.",
        "Bites suffered at work by persons covered by work-injury insurance are paid under the work-injury insurance rules.",
        "The annual cap for persons in extreme poverty is set by the medical assistance rules.",
        "Treatment received outside Veyne Province is covered under the provincial cross-region rules.",
        "Rewards for reporting fraud involving exposure treatment are paid under existing rules.",
    ],
}
# near miss id -> (index into NO_FIGURE[doc], tempting figures that must appear in the doc and in the note)
NEAR_MISS = {
    "r30-17": (0, ["0.5"]),
    "r30-18": (1, ["5,600元"]),
    "r30-19": (2, ["3,100元"]),
    "r30-20": (5, ["80%"]),
    "r30-21": (8, ["5个百分点"]),
    "r30-22": (1, ["95 yuan", "280 yuan"]),
    "r30-23": (3, ["190 yuan"]),
    "r30-24": (7, ["2,000 yuan"]),
    "r30-25": (2, ["2 booster doses"]),
    "r30-26": (6, ["80%"]),
}

docs = {}
for name in DOC_LANG:
    p = os.path.join(HERE, name)
    if not os.path.exists(p): problems.append(f"missing document {name}"); continue
    docs[name] = open(p, encoding="utf-8").read()

# --- document checks ---
if ZH_DOC in docs:
    t = docs[ZH_DOC]
    first = t.splitlines()[0]
    if "通知" not in first or not first.startswith("澄岚市医疗保障局"): problems.append(f"{ZH_DOC}: line 1 is not the title")
    han = len(CJK.findall(t))
    if not 1800 <= han <= 2200: problems.append(f"{ZH_DOC}: {han} Han characters, want about 2,000")
    nums = "一二三四五六七八九十"
    heads = re.findall(r"^([一二三四五六七八九十]+)、", t, re.M)
    if heads != list(nums[:len(heads)]) or len(heads) < 6: problems.append(f"{ZH_DOC}: sections not numbered 一、二、… in order: {heads}")
if EN_DOC in docs:
    t = docs[EN_DOC]
    first = t.splitlines()[0]
    if "Notice" not in first or not first.startswith("Quillhaven Prefecture Healthcare Security Bureau"): problems.append(f"{EN_DOC}: line 1 is not the title")
    words = len(t.split())
    if not 1150 <= words <= 1350: problems.append(f"{EN_DOC}: {words} words, want about 1,200-1,300")
    heads = [int(x) for x in re.findall(r"^(\d+)\. [A-Z]", t, re.M)]
    if heads != list(range(1, 11)): problems.append(f"{EN_DOC}: sections not numbered 1..10: {heads}")
for name, items in NO_FIGURE.items():
    if name not in docs: continue
    if not 9 <= len(items) <= 10: problems.append(f"{name}: need 9-10 no-figure items, have {len(items)}")
    for it in items:
        if it not in docs[name]: problems.append(f"{name}: no-figure item not in document: {it!r}")
        if DIGIT.search(it): problems.append(f"{name}: no-figure item contains a digit: {it!r}")
        if not re.search(r"另行|现行规定|有关规定|set separately|existing rules|rules\.", it):
            problems.append(f"{name}: no-figure item lacks a 'set separately / existing rules' marker: {it!r}")

# --- question checks ---
rows = []
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip(): continue
        try: rows.append(json.loads(line))
        except json.JSONDecodeError as e: problems.append(f"line {n}: bad JSON ({e})")

ids = Counter(r.get("id") for r in rows)
for i, c in ids.items():
    if c > 1: problems.append(f"duplicate id {i}")
expected = {f"r30-{i:02d}" for i in range(1, 31)}
if set(ids) != expected: problems.append(f"ids differ from r30-01..r30-30: {sorted(set(ids) ^ expected, key=str)}")

kinds = Counter()
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
        if ev in r["question"]: bad(qid, "question copies its evidence verbatim")
    for a in r["answers"]:
        if not any(a in ev for ev in r["evidence"]): bad(qid, f"answer {a!r} not inside any evidence")
        if a in r["question"] or any(a in h for h in r["history"]): bad(qid, f"answer {a!r} given away in the question/history")
    follow = r["note"].startswith("follow-up")
    if r["answerable"]:
        if not r["answers"] or not r["evidence"]: bad(qid, "answerable needs answers and evidence")
    else:
        if r["answers"] or r["evidence"]: bad(qid, "unanswerable must have answers == [] and evidence == []")
        if "tempting" not in r["note"]: bad(qid, "near miss note should name the tempting figure")
        if qid not in NEAR_MISS: bad(qid, "near miss not listed in NEAR_MISS")
        else:
            idx, figs = NEAR_MISS[qid]
            if NO_FIGURE[r["doc"]][idx] not in doc: bad(qid, "its no-figure item is not in the document")
            for fig in figs:
                if fig not in doc: bad(qid, f"tempting figure {fig!r} not in the document")
                if fig not in r["note"]: bad(qid, f"note does not name tempting figure {fig!r}")
    if follow:
        if len(r["history"]) != 1: bad(qid, "follow-up needs exactly one history question")
        if not r["answerable"]: bad(qid, "follow-up should be answerable")
        for h in r["history"]:
            if bool(CJK.search(h)) != (r["lang"] == "zh"): bad(qid, "history language differs from lang")
        q = r["question"]
        if r["lang"] == "zh" and not (q.startswith("那") and len(q) <= 16): bad(qid, "zh follow-up should be short and start with 那")
        if r["lang"] == "en" and not (q.startswith("And") and len(q.split()) <= 14): bad(qid, "en follow-up should be short and start with 'And'")
        kind = "follow-up"
    else:
        if r["history"]: bad(qid, "history only allowed on follow-ups")
        kind = "single" if r["answerable"] else "near-miss"
    n = int(qid.split("-")[1]) if re.fullmatch(r"r30-\d\d", qid) else 0
    want = "single" if n <= 16 else "near-miss" if n <= 26 else "follow-up"
    if kind != want: bad(qid, f"is a {kind}, but ids in its range should be {want}")
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
if nm_langs["en"] != 5 or nm_langs["zh"] != 5: problems.append(f"need 5 zh and 5 en near misses, have {dict(nm_langs)}")

print(f"questions: {len(rows)}  (en {langs['en']}, zh {langs['zh']})")
print(f"answerable singles: {total('single')}  near misses: {total('near-miss')}  follow-ups: {total('follow-up')}")
for d in DOC_LANG:
    print(f"  {d}: singles {total('single', d)} (doc-lang {total('single', d, 'doc-lang')}, other {total('single', d, 'other-lang')}), "
          f"near misses {total('near-miss', d)}, follow-ups {total('follow-up', d)}, no-figure items {len(NO_FIGURE[d])}")
for name, t in docs.items():
    print(f"  {name}: {len(CJK.findall(t))} Han chars, {len(t.split())} words")
if problems:
    print(f"PROBLEMS ({len(problems)}):"); [print("  " + p) for p in problems]; sys.exit(1)
print("OK")
