"""Checks questions.jsonl against the two documents (standard library only): the fields, each evidence an
exact substring of its document, each answer of an answerable question in its evidence, none for a near miss.
Run from this folder: python3 validate.py"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
DOCS = {"r10a": "jiangping-jubao-jiangli.txt", "r10b": "brantholm-telehealth-notice.txt"}
FIELDS = {"id", "lang", "question", "answers", "answerable", "note", "evidence", "history"}
problems, seen = [], set()
for n, line in enumerate((HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    q = json.loads(line)
    if FIELDS - q.keys():
        problems.append(f"line {n}: missing {sorted(FIELDS - q.keys())}")
        continue
    if q["id"] in seen:
        problems.append(f"{q['id']}: duplicate id")
    seen.add(q["id"])
    doc = (HERE / DOCS[q["id"][:4]]).read_text(encoding="utf-8")
    problems += [f"{q['id']}: evidence is not in {DOCS[q['id'][:4]]}" for e in q["evidence"] if e not in doc]
    if q["answerable"]:
        problems += [f"{q['id']}: answer {a!r} not in its evidence" for a in q["answers"]
                     if not any(a in e for e in q["evidence"])]
    elif q["answers"]:
        problems.append(f"{q['id']}: a near miss with answers")
print(f"{len(seen)} questions; " + ("OK" if not problems else f"{len(problems)} problems"))
print("\n".join(problems))
sys.exit(1 if problems else 0)
