#!/usr/bin/env python3
"""Validate questions.jsonl against heshan_zh.txt and tallowmere_en.txt (stdlib only)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = {"heshan_zh.txt", "tallowmere_en.txt"}
REQ = ["id", "lang", "question", "answers", "answerable", "kind", "note", "evidence", "history"]
KINDS = {"place", "institution", "group", "year", "measure", "item"}
texts = {d: open(os.path.join(HERE, d), encoding="utf-8").read() for d in DOCS}
probs, recs, ids = [], [], set()
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except Exception as e:
            probs.append(f"line {n}: bad JSON: {e}"); continue
        recs.append(r)
        rid = r.get("id", f"line{n}")
        for k in REQ:
            if k not in r: probs.append(f"{rid}: missing field {k}")
        if rid in ids: probs.append(f"{rid}: duplicate id")
        ids.add(rid)
        if not re.fullmatch(r"n5-\d\d", str(rid)): probs.append(f"{rid}: bad id format")
        doc = r.get("doc") or ("heshan_zh.txt" if int(str(rid)[3:] or 0) <= 18 else "tallowmere_en.txt")
        if doc not in DOCS: probs.append(f"{rid}: unknown doc {doc}"); continue
        r["doc"] = doc
        if r.get("lang") not in ("en", "zh"): probs.append(f"{rid}: bad lang")
        q = r.get("question", "")
        has_cjk = bool(re.search(r"[\u4e00-\u9fff]", q))
        if r.get("lang") == "zh" and not has_cjk: probs.append(f"{rid}: lang zh but no Chinese in question")
        if r.get("lang") == "en" and not re.match(r"[A-Za-z]", q): probs.append(f"{rid}: lang en but question not English")
        if r.get("kind") not in KINDS: probs.append(f"{rid}: bad kind {r.get('kind')}")
        if not isinstance(r.get("answerable"), bool): probs.append(f"{rid}: answerable not bool")
        if r.get("history") != []: probs.append(f"{rid}: history must be []")
        if not str(r.get("note", "")).strip(): probs.append(f"{rid}: empty note")
        ev, ans = r.get("evidence", []), r.get("answers", [])
        if not isinstance(ev, list) or not isinstance(ans, list):
            probs.append(f"{rid}: evidence/answers must be lists"); continue
        for e in ev:
            if e not in texts[doc]: probs.append(f"{rid}: evidence not in {doc}: {e!r}")
        if r.get("answerable") is True:
            if not ans: probs.append(f"{rid}: answerable but no answers")
            if not ev: probs.append(f"{rid}: answerable but no evidence")
            for a in ans:
                if not any(a in e for e in ev): probs.append(f"{rid}: answer {a!r} not inside any evidence")
            t = r.get("twin_of")
            if t is not None and not re.fullmatch(r"n5-\d\d", t): probs.append(f"{rid}: bad twin_of")
        elif r.get("answerable") is False:
            if ans != []: probs.append(f"{rid}: near miss must have answers == []")
            if ev != []: probs.append(f"{rid}: near miss must have evidence == []")
# twin targets must be near misses of the same doc and kind
byid = {r["id"]: r for r in recs if "id" in r}
for r in recs:
    t = r.get("twin_of")
    if t:
        o = byid.get(t)
        if not o or o.get("answerable") is not False or o.get("doc") != r.get("doc") or o.get("kind") != r.get("kind"):
            probs.append(f"{r['id']}: twin_of {t} is not a near miss of same doc and kind")
# summary
print(f"records: {len(recs)}  unique ids: {len(ids)}")
for d in sorted(DOCS):
    sub = [r for r in recs if r.get("doc") == d]
    nm = [r for r in sub if r.get("answerable") is False]
    an = [r for r in sub if r.get("answerable") is True]
    print(f"{d}: near-miss {len(nm)} (lang {dict(Counter(r['lang'] for r in nm))}), "
          f"answerable {len(an)} (lang {dict(Counter(r['lang'] for r in an))})")
print("near-miss by kind:", dict(sorted(Counter(r["kind"] for r in recs if r.get("answerable") is False).items())))
print("answerable by kind:", dict(sorted(Counter(r["kind"] for r in recs if r.get("answerable") is True).items())))
cross = sum(1 for r in recs if r.get("answerable") is False and
            ((r["doc"] == "heshan_zh.txt" and r["lang"] == "en") or (r["doc"] == "tallowmere_en.txt" and r["lang"] == "zh")))
print("cross-language near misses:", cross)
if probs:
    print(f"PROBLEMS ({len(probs)}):"); [print("  -", p) for p in probs]; sys.exit(1)
print("OK: all checks passed")
