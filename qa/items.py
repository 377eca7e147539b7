"""Another item of the same thing: a sentence about home *haemo*dialysis for a question about
*peritoneal* dialysis, about 血液透析 for 腹膜透析.

A notice lists parallel items that share a head word (透析, "dialysis") and differ by what is put
before it. A question names one ("peritoneal dialysis"); the passage names that item too, elsewhere;
the sentence at hand names none of it and instead a compound of the same head ("haemodialysis",
血液透析) the question does not name. That sentence gives the other item's figure: a near miss,
not an answer. The modifier must be rare in the documents ("peritoneal", 腹膜; not "basic" of "basic
medical insurance", not 报销 of 报销比例, which a sentence may word otherwise), so common wording never counts.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from qa.tokenization import tokenize

RARE_SHARE = 0.05  # a modifier used in at most this share of the chunks is specific to one item
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _stems(text: str) -> list[tuple[str, str]]:
    """(token, the word as written) for each English word of ``text`` that tokenizes to one token."""
    out = []
    for m in _WORD.finditer(text):
        tokens = tokenize(m.group(0))
        if len(tokens) == 1:
            out.append((tokens[0], m.group(0)))
    return out


def _rare(token: str, doc_freq: dict[str, int], n_chunks: int) -> bool:
    return 0 < doc_freq.get(token, 0) <= max(1, math.ceil(RARE_SHARE * n_chunks))


def asked_items(question: str, doc_freq: dict[str, int], n_chunks: int) -> list[tuple[str, str, str]]:
    """(modifier, head, the item as written) for each item the question names by a rare modifier
    before a head word: ("periton", "dialysi", "peritoneal dialysis"), ("腹膜", "透析", "腹膜透析")."""
    found = []
    english = _stems(question)
    for (m, m_raw), (h, h_raw) in zip(english, english[1:]):
        if _rare(m, doc_freq, n_chunks) and len(h) >= 4:
            found.append((m, h, f"{m_raw} {h_raw}"))
    tokens = tokenize(question)
    for t in tokens:  # a Chinese compound tokenizes as its parts and itself: 腹膜, 透析, 腹膜透析
        if len(t) < 4 or not re.fullmatch(r"[\u4e00-\u9fff]+", t):
            continue
        for cut in range(2, len(t) - 1):
            m, h = t[:cut], t[cut:]
            if m in tokens and h in tokens and _rare(m, doc_freq, n_chunks):
                found.append((m, h, t))
    return found


def named_items(items: list[tuple[str, str, str]], document: str) -> list[tuple[str, str, str]]:
    """The asked items ``document`` names: otherwise a sentence without the item may just word it otherwise."""
    if not items:
        return []
    pairs = _pairs(document)
    return [(m, h, written) for m, h, written in items
            if (m, h) in pairs or (not written.isascii() and written in document)]


@lru_cache(maxsize=16384)  # the same sentences and headings come back question after question
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(tokenize(text))


@lru_cache(maxsize=256)  # a document is read again with every question that retrieves it
def _pairs(text: str) -> frozenset[tuple[str, str]]:
    tokens = tokenize(text)
    return frozenset(zip(tokens, tokens[1:]))


def other_item(items: list[tuple[str, str, str]], sentence: str, context: str) -> tuple[str, str] | None:
    """(the item asked, the item the sentence names instead) when ``sentence`` is about another item
    of the same head, or None. ``items`` are the asked items its document names (``named_items``);
    ``context`` (its headings and the sentence before) may name the asked item.

    >>> other_item([("periton", "dialysi", "peritoneal dialysis")], "3.4 Members on home haemodialysis receive 120 yuan.", "Coverage")
    ('peritoneal dialysis', 'haemodialysis')
    >>> other_item([("periton", "dialysi", "peritoneal dialysis")], "The fund pays 90%.", "3.1 Peritoneal dialysis (PD).")
    """
    if not items:
        return None
    sentence_tokens = _tokens(sentence)
    around = set(sentence_tokens) | set(_tokens(context))
    for m, h, written in items:
        if m in around:
            continue
        for t in sentence_tokens:
            if t != h and t.endswith(h) and len(t) >= len(h) + 2 and m not in t:
                return written, _written_in(sentence, t)
    return None


def _written_in(sentence: str, token: str) -> str:
    """The word of ``sentence`` that ``token`` comes from, as written ("haemodialysis"; 血液透析)."""
    if not token.isascii():
        return token
    return next((raw for stem, raw in _stems(sentence) if stem == token), token)


# Items named by a label after a head word ("Tier C", "Band 2", "Class B", C档, 乙类, 二档): a sentence
# naming only other labels of the same kind of head ("Tier A members receive €45") is about another item.
_LABEL_HEADS = {"tier": "tier", "band": "tier", "bracket": "tier", "档": "tier", "class": "class", "category": "class",
                "type": "class", "类": "class", "level": "level", "grade": "level", "级": "level"}
_LABEL_EN = re.compile(r"\b(tier|band|bracket|class|category|type|level|grade)[- ]([A-Z]|\d{1,2}|IV|V|I{1,3})(?![\w-])", re.IGNORECASE)
_LABEL_ZH = re.compile(r"(?<![A-Za-z这那每哪某同任各另])([A-Z]|[甲乙丙丁]|[一二三四五六七八九]|十|(?<!\d)\d{1,2})\s*(档|类|级)")
_LABEL_VALUES = {"甲": "A", "乙": "B", "丙": "C", "丁": "D", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6",
                 "七": "7", "八": "8", "九": "9", "十": "10", "I": "1", "II": "2", "III": "3", "IV": "4", "V": "5"}
# A run of numbered labels: "grade 1 to 4", "grades 5 and 6", "levels II-IV", 一至四级, 7-10级, 五、六级
_NUMBER = r"\d{1,2}|IV|V|I{1,3}"
_RANGE_EN = re.compile(rf"\b(tier|band|bracket|class|category|level|grade)(?:s|es)?[- ]({_NUMBER})\s*(to|through|-|–|and|or)\s*({_NUMBER})(?![\w-])",
                       re.IGNORECASE)
_RANGE_ZH = re.compile(r"(?<![A-Za-z\d])([一二三四五六七八九]|十|\d{1,2})\s*(?:级|档)?\s*(至|到|-|—|–|~|～|、|和|或)\s*([一二三四五六七八九]|十|\d{1,2})\s*(档|级)")


def _run(first: str, joint: str, last: str) -> set[str]:
    """The labels from ``first`` to ``last`` ("1", "to", "4": 1 2 3 4); the two alone where they are listed (和, "and")."""
    a, b = _LABEL_VALUES.get(first.upper(), first), _LABEL_VALUES.get(last.upper(), last)
    if joint.lower() in ("and", "or", "、", "和", "或") or not (a.isdigit() and b.isdigit()) or not int(a) < int(b) <= int(a) + 12:
        return {a, b}
    return {str(n) for n in range(int(a), int(b) + 1)}


def labels_in(text: str) -> dict[str, frozenset[str]]:
    """The labelled items ``text`` names, by kind of head: {"tier": {"C"}} of "Tier C" and of C档; a run of numbered
    ones names each ("grade 1 to 4" names grade 3).

    >>> labels_in("My father is in Tier C."), labels_in("乙类药品和二档缴费"), labels_in("a type of care"), labels_in("这一类药品")
    ({'tier': frozenset({'C'})}, {'class': frozenset({'B'}), 'tier': frozenset({'2'})}, {}, {})
    >>> sorted(labels_in("100% for grade 1 to 4 disabled ex-servicemen, 90% for grade 5 and 6")["level"]), sorted(labels_in("七至十级残疾军人")["level"])
    (['1', '2', '3', '4', '5', '6'], ['10', '7', '8', '9'])
    """
    found: dict[str, set[str]] = {}
    for head, label in _LABEL_EN.findall(text):
        if label.islower():
            continue  # ("type of", "level a"): no label
        found.setdefault(_LABEL_HEADS[head.lower()], set()).add(_LABEL_VALUES.get(label, label))
    for head, first, joint, last in _RANGE_EN.findall(text):
        found.setdefault(_LABEL_HEADS[head.lower()], set()).update(_run(first, joint, last))
    for label, head in _LABEL_ZH.findall(text):
        found.setdefault(_LABEL_HEADS[head], set()).add(_LABEL_VALUES.get(label, label))
    for first, joint, last, head in _RANGE_ZH.findall(text):
        found.setdefault(_LABEL_HEADS[head], set()).update(_run(first, joint, last))
    return {k: frozenset(v) for k, v in found.items()}


def written_labels(text: str, kind: str, values: frozenset[str]) -> str:
    """The labels of ``kind`` with ``values`` as ``text`` writes them: "Band 3", "C档".

    >>> written_labels("I'm in Band 3, not band 2.", "tier", frozenset({"3"})), written_labels("属于C档", "tier", frozenset({"C"}))
    ('Band 3', 'C档')
    """
    shown = [m.group(0) for m in _LABEL_EN.finditer(text)
             if _LABEL_HEADS[m.group(1).lower()] == kind and _LABEL_VALUES.get(m.group(2), m.group(2)) in values]
    shown += [m.group(0) for m in _LABEL_ZH.finditer(text)
              if _LABEL_HEADS[m.group(2)] == kind and _LABEL_VALUES.get(m.group(1), m.group(1)) in values]
    return ", ".join(dict.fromkeys(shown)) or ", ".join(sorted(values))


def other_label(asked: dict[str, frozenset[str]], sentence: str) -> tuple[str, frozenset[str], str] | None:
    """(the kind, the labels asked, the one ``sentence`` names instead, as written there) when it names labels of an asked kind but not
    the asked one ("Tier A members receive €45" for a question on Tier C), else None.

    >>> other_label({"tier": frozenset({"C"})}, "- Tier A members also receive a battery allowance of €45."), other_label({"tier": frozenset({"C"})}, "Tier C: 15%.")
    (('tier', frozenset({'C'}), 'Tier A'), None)
    """
    named = labels_in(sentence)
    for kind, wanted in asked.items():
        there = named.get(kind, frozenset())
        if there and not there & wanted:
            return kind, wanted, written_labels(sentence, kind, there)
    return None
