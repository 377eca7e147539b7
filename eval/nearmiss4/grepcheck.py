"""Greps each near miss's subject (English and Chinese spellings) in both documents; writes grepcheck.log."""
import json
DOCS = {"fengzhu_zh.txt": open("fengzhu_zh.txt", encoding="utf-8").read(),
        "kestrelvale_en.txt": open("kestrelvale_en.txt", encoding="utf-8").read()}
SUBJ = {
 "n4-01": ["Wangchuan", "望川"],
 "n4-02": ["Shushi", "漱石"],
 "n4-03": ["Marrow"],
 "n4-04": ["Orrisdale"],
 "n4-05": ["pharmac", "药店", "零售"],
 "n4-06": ["village", "村卫生室"],
 "n4-07": ["hospice", "安宁"],
 "n4-08": ["care home", "养老", "护理院"],
 "n4-09": ["disab", "残疾", "残联"],
 "n4-10": ["margin", "低保边缘", "低边"],
 "n4-11": ["seasonal", "temporary", "季节"],
 "n4-12": ["veteran", "退役", "退伍", "军人"],
 "n4-13": ["2023"],
 "n4-14": ["2026"],
 "n4-15": ["2024"],
 "n4-16": ["2027"],
 "n4-17": ["100000", "100,000", "10万", "一事一议"],
 "n4-18": ["四类"],
 "n4-19": ["65", "70", "Senior"],
 "n4-20": ["Premier"],
 "n4-21": ["临时救助", "temporary assistance"],
 "n4-22": ["职工大额", "职工"],
 "n4-23": ["Add-on", "Travel Emergency"],
 "n4-24": ["Treat-and-release", "scene", "现场"],
}
rows = {r["id"]: r for r in map(json.loads, open("questions.jsonl", encoding="utf-8"))}
out = []
for i, terms in SUBJ.items():
    r = rows[i]
    assert not r["answerable"]
    out.append(f"=== {i} [{r['lang']}/{r['kind']}] {r['question']}")
    for term in terms:
        n = 0
        for name, text in DOCS.items():
            for ln, line in enumerate(text.splitlines(), 1):
                if term.lower() in line.lower():
                    n += 1
                    k = line.lower().index(term.lower())
                    ctx = line[max(0, k - 70): k + len(term) + 90]
                    out.append(f"  [{term}] {name}:{ln}: ...{ctx}...")
        if n == 0:
            out.append(f"  [{term}] no hits")
    out.append(f"  verdict: {r['note']}")
open("grepcheck.log", "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len(out), "lines")
