"""Who a document shuts out: "Members living in a nursing home do not qualify", 灵活就业人员不享受生育津贴.

A question about such a group ("the respite fee for members in a nursing home") is not answered by the
figure the document gives everyone else (85%): the answer is the exclusion, quoted. The excluded group is
what a clause names before its negation; it is the question's when the question shares a word of it that
the answering sentence does not carry, and the negation is about what the question asks (the clause's
object shares a word with the question, or it has none: "do not qualify.").
"""
from __future__ import annotations

import re

from qa.tokenization import tokenize

_EXCLUDED_EN = re.compile(
    r"\b(?:do|does|shall|will|may|can|could|would)\s+not\s+(?:qualify|apply|receive|get|claim|be\s+(?:eligible|covered|"
    r"reimbursed|paid|entitled|included))\b|\b(?:is|are)\s+not\s+(?:eligible|covered|entitled|included)\b"
    r"|\b(?:is|are)\s+excluded\b|\bcannot\s+(?:claim|receive|apply|get|qualify)\b|\bineligible\b", re.IGNORECASE)
_EXCLUDED_ZH = re.compile(r"不享受|不纳入|不属于|不予(?:支付|报销|受理|享受|补助|补贴|赔付)|不得享受|不能享受|不适用|不在[^，。；]{0,12}范围")
_CLAUSE_EDGE = re.compile(r"[，。；：;:!?！？]|,\s|\.\s")
# The excluded must be people (a group, 灵活就业人员): "costs incurred without registration are not reimbursed"
# shuts out costs, which the figure checks read.
_PEOPLE_EN = re.compile(r"\b(?:members?|people|persons?|patients?|residents?|employees?|workers?|retirees?|students?|children|"
                        r"those|anyone|individuals?|applicants?|carers?|spouses?|relatives?|pensioners?|claimants?)\b", re.I)
_PEOPLE_ZH = re.compile(r"(?:人员|人士|者|对象|户|职工|居民|学生|儿童|子女|配偶|家属|患者|病人|人)\s*$")
_PREPOSITION = re.compile(r"\b(?:for|of|in|at|on|under|with|from|to|by|after|before|during|until|within|once)\b", re.I)
_RELATIVE = re.compile(r"\b(?:who|that|which|whom)\s*$", re.I)
# Words every group shares: naming them says nothing of which group (the members, 参保人员).
_ANYONE = frozenset({"member", "person", "peopl", "individu", "insur", "patient", "applic", "enrolle", "medic", "health",
                     "care", "fund", "scheme", "basic", "人员", "参保", "参保人", "参保人员", "个人", "人", "患者", "对象",
                     "医保", "医疗", "保险", "基本", "基金"})


def excluded_group(text: str) -> tuple[set[str], set[str]] | None:
    """The words of the group ``text`` excludes and of what it is excluded from; None when it excludes none.

    >>> who, what = excluded_group("2.2 Members living in a nursing home do not qualify for respite care.")
    >>> sorted(who), sorted(what)
    (['home', 'live', 'member', 'nurs'], ['care', 'respit'])
    >>> excluded_group("未经备案在外地发生的费用不予报销。") is None  # costs, not people
    True
    >>> excluded_group("Battery allowances for Tier C members are not covered by this notice.") is None
    True
    >>> excluded_group("Members with hearing loss who do not qualify for an aid may claim 50 euros.") is None
    True
    >>> excluded_group("Cosmetic treatment and treatment given after the patient's condition is stable are not covered.") is None
    True
    >>> sorted(excluded_group("灵活就业人员不享受生育津贴。")[0])
    ['人员', '就业', '灵活', '灵活就业', '灵活就业人员']
    """
    m = _EXCLUDED_EN.search(text) or _EXCLUDED_ZH.search(text)
    if m is None:
        return None
    edges = [e.end() for e in _CLAUSE_EDGE.finditer(text, 0, m.start())]
    subject = re.sub(r"^\s*[\d.．]+\s*", "", text[edges[-1] if edges else 0:m.start()])
    after = _CLAUSE_EDGE.search(text, m.end())
    object_ = text[m.end():after.start() if after else len(text)]
    if _RELATIVE.search(subject) or text[after.start() if after else len(text):].startswith("的") \
            or text[m.end():].lstrip().startswith("的"):
        return None  # (a relative clause, "members who do not qualify for an aid may claim ...", 不享受…的人员)
    head = _PREPOSITION.split(subject, 1)[0]  # ("Members living in a nursing home"; not "Allowances for members")
    who = set(tokenize(subject))
    if not who or not (_PEOPLE_EN.search(head) or _PEOPLE_ZH.search(subject)):
        return None
    return who, set(tokenize(object_)) - {"notic", "通知", "办法", "本"}


def excludes_asked(text: str, own: set[str], asked: set[str], answered: set[str]) -> bool:
    """Whether ``text`` excludes a group the question names in its own words (``own``) and the answering sentence
    (with its heading: ``answered``) does not, from what it asks (``asked``: its words in both languages)."""
    found = excluded_group(text)
    if found is None:
        return False
    who, what = found
    naming = (who & own) - answered - _ANYONE
    return bool(naming) and (not what or bool(what & asked))
