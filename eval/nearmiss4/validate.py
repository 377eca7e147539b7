"""Checks questions.jsonl against the brief. Exit 1 on any error."""
import json, re, sys, collections

DOCS = {"zh": open("fengzhu_zh.txt", encoding="utf-8").read(),
        "en": open("kestrelvale_en.txt", encoding="utf-8").read()}
KEYS = {"id", "lang", "question", "answers", "answerable", "kind", "note", "evidence", "history"}
KINDS = {"place", "institution", "drug", "group", "year", "fund", "service", "tier"}
HAN = re.compile(r"[\u4e00-\u9fff]")
errs = []
def err(m): errs.append(m)

rows = [json.loads(l) for l in open(sys.argv[1] if len(sys.argv) > 1 else "questions.jsonl", encoding="utf-8") if l.strip()]
ids = [r.get("id") for r in rows]
if len(ids) != len(set(ids)): err("duplicate ids")
if ids != [f"n4-{i:02d}" for i in range(1, len(rows) + 1)]: err("ids not n4-01.. in order")
if len({r.get("question") for r in rows}) != len(rows): err("duplicate questions")
byid = {r.get("id"): r for r in rows}

# document sizes
if not 3500 <= len(DOCS["zh"]) <= 6000: err(f"zh doc length {len(DOCS['zh'])}")
if not 2500 <= len(DOCS["en"]) <= 4000: err(f"en doc length {len(DOCS['en'])}")

nm = collections.Counter(); tw = collections.Counter(); cross = 0
group_of = lambda k: "fund/service" if k in ("fund", "service") else k
for r in rows:
    i = r.get("id")
    if set(r) != KEYS: err(f"{i}: keys {sorted(set(r) ^ KEYS)}"); continue
    if r["lang"] not in ("en", "zh"): err(f"{i}: lang")
    if r["kind"] not in KINDS: err(f"{i}: kind {r['kind']}")
    if not isinstance(r["answerable"], bool): err(f"{i}: answerable not bool")
    if r["history"] != []: err(f"{i}: history not []")
    has_han = bool(HAN.search(r["question"]))
    if r["lang"] == "zh" and not has_han: err(f"{i}: zh question without Chinese")
    if r["lang"] == "en" and has_han: err(f"{i}: en question with Chinese")
    if not r["note"].strip(): err(f"{i}: empty note")
    if not r["answerable"]:
        if r["answers"] or r["evidence"]: err(f"{i}: near miss with answers/evidence")
        if r["note"].startswith("twin of"): err(f"{i}: near miss note starts 'twin of'")
        doc = "zh" if r["note"].startswith("Fengzhu doc") else "en" if r["note"].startswith("Kestrelvale doc") else None
        if doc is None: err(f"{i}: note does not name the tempting doc")
        elif doc != r["lang"]: cross += 1
        nm[(group_of(r["kind"]), r["lang"])] += 1
    else:
        if not r["answers"] or not r["evidence"]: err(f"{i}: twin without answers/evidence")
        m = re.match(r"twin of (n4-\d\d):", r["note"])
        if not m or m.group(1) not in byid: err(f"{i}: bad twin note"); continue
        p = byid[m.group(1)]
        if p["answerable"]: err(f"{i}: paired with an answerable question")
        if p["kind"] != r["kind"]: err(f"{i}: kind {r['kind']} != pair {p['kind']}")
        tw[(group_of(r["kind"]), r["lang"])] += 1
        for ev in r["evidence"]:
            where = [d for d, t in DOCS.items() if ev in t]
            if len(where) != 1: err(f"{i}: evidence not found in exactly one doc: {ev!r}")
        evtext = " ".join(r["evidence"]).lower()
        for a in r["answers"]:
            if a.lower() not in evtext: err(f"{i}: answer {a!r} not in evidence")

# counts
n_nm = sum(nm.values()); n_tw = sum(tw.values())
if n_nm != 24: err(f"{n_nm} near misses, want 24")
if n_tw != 12: err(f"{n_tw} twins, want 12")
for lang in ("en", "zh"):
    if sum(v for (g, l), v in nm.items() if l == lang) != 12: err(f"near misses {lang} != 12")
    if sum(v for (g, l), v in tw.items() if l == lang) != 6: err(f"twins {lang} != 6")
for g in ("place", "institution", "group", "year", "fund/service", "tier"):
    if nm[(g, "en")] + nm[(g, "zh")] < 3: err(f"fewer than 3 near misses of {g}")
if not 10 <= cross <= 14: err(f"{cross} cross-language near misses, want about half")
twin_cross = sum(1 for r in rows if r["answerable"] and
                 (r["evidence"][0] in DOCS["zh"]) != (r["lang"] == "zh"))

print("near misses:", dict(nm)); print("twins:", dict(tw))
print("cross-language near misses:", cross, "| cross-language twins:", twin_cross)
if errs:
    print("ERRORS:"); [print(" -", e) for e in errs]; sys.exit(1)
print("validation passed")
