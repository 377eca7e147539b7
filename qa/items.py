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
