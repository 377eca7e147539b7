"""A person's age in a question, and the age bands a sentence gives figures for.

A reader often says how old the person is ("I'm 74", 我女儿今年12岁) instead of naming the group
(retirees, children); a notice gives its figures by age band ("adults aged 18 to 69", "members
under 18", 70周岁以上). A sentence whose bands all leave the age out is about other people: a near
miss, however well its words match.
"""
from __future__ import annotations

import re

_OLDEST = 150
# "I'm 74", "my father is 81", "she is 9 years old", 我爸73岁, 女儿今年12岁 (not "55 dB", "81 dB HL or worse")
_ASKED_EN = re.compile(r"\b(?:I'?m|I am|(?:he|she|they)(?:'s| is| are)|(?:is|turned|turning|aged?))\s+(\d{1,3})\b(?!\s*(?:%|dB|db|[€£$¥]|"
                       r"yuan|euros?|pounds?|days?|weeks?|months?|percent|per|times|sessions?|km|kg|,\d|\.\d))"
                       r"|\b(\d{1,3})[- ]years?[- ]old\b", re.IGNORECASE)
_ASKED_ZH = re.compile(r"(\d{1,3})\s*周?岁")
_BANDS_EN = [
    (re.compile(r"\baged? (\d{1,3}) ?(?:to|-|–|and) ?(\d{1,3})(?! ?%)", re.IGNORECASE), lambda a, b: (a, b)),
    (re.compile(r"\baged? (\d{1,3}) (?:years? )?(?:and|or) (?:over|above|older)|\baged? (\d{1,3})\+|\b(\d{1,3}) years? (?:old )?and (?:over|above|older)",
                re.IGNORECASE), lambda a: (a, _OLDEST)),
    (re.compile(r"\b(?:aged? )?(?:under|below|younger than) (?:the age of )?(\d{1,2})\b(?=\s*(?:years?\b|[,.;:)]|$|\s+(?:who|may|are|is|and|or|with|in|at)\b))",
                re.IGNORECASE), lambda a: (0, a - 1)),
    (re.compile(r"\baged? (?:over|above|older than) (\d{1,3})\b", re.IGNORECASE), lambda a: (a + 1, _OLDEST)),
]
_BANDS_ZH = [
    (re.compile(r"(\d{1,3})\s*(?:周?岁)?\s*(?:至|到|-|–|～|~)\s*(\d{1,3})\s*周?岁"), lambda a, b: (a, b)),
    (re.compile(r"(?:年满)?(\d{1,3})\s*周?岁(?:及|或)?以上|年满(\d{1,3})\s*周?岁"), lambda a: (a, _OLDEST)),
    (re.compile(r"(?:未满|不满)(\d{1,3})\s*周?岁|(\d{1,3})\s*周?岁以下"), lambda a: (0, a)),
]


def asked_age(question: str) -> int | None:
    """The one age a question gives of the person it asks for, None when it gives none (or several).

    >>> asked_age("I'm 74 and have about 55 dB loss in my better ear."), asked_age("我女儿今年12岁，助听器几年换一次？")
    (74, 12)
    >>> asked_age("What is the rate for members under 18?"), asked_age("It costs 55 dB.")
    (None, None)
    """
    found = {int(a or b) for a, b in _ASKED_EN.findall(question)} | {int(a) for a in _ASKED_ZH.findall(question)}
    found = {a for a in found if 0 < a < _OLDEST}
    # (a question naming a band itself, "members under 18", asks for that band, not for a person)
    if len(found) != 1 or bands_in(question):
        return None
    return found.pop()


def bands_in(text: str) -> list[tuple[int, int]]:
    """The age bands ``text`` gives figures for, as (youngest, oldest).

    >>> bands_in("Tier B: adults aged 18 to 69 with a threshold between 41 and 80 dB HL. Co-payment: 25%.")
    [(18, 69)]
    >>> bands_in("- Tier A: members under 18, and adults of any age whose threshold is 81 dB HL or worse.")
    [(0, 17)]
    >>> bands_in("70周岁以上的老年人，补助标准为每人每月100元"), bands_in("under 500 yuan")
    ([(70, 150)], [])
    """
    bands = []
    for table in (_BANDS_EN, _BANDS_ZH):
        for pattern, band in table:
            for m in pattern.finditer(text):
                numbers = [int(g) for g in m.groups() if g]
                bands.append(band(*numbers[:band.__code__.co_argcount]))
    return bands


def leaves_out(text: str, age: int) -> list[tuple[int, int]]:
    """The bands of ``text`` when it gives some and none holds ``age`` (``[]`` otherwise); a sentence
    for "adults of any age" holds every one.

    >>> leaves_out("Tier B: adults aged 18 to 69. Co-payment: 25%.", 74), leaves_out("Tier C: adults aged 70 and over.", 74)
    ([(18, 69)], [])
    """
    if re.search(r"\bany age\b|\ball ages\b|不限年龄|不分年龄", text, re.IGNORECASE):
        return []
    bands = bands_in(text)
    return bands if bands and not any(lo <= age <= hi for lo, hi in bands) else []


def band_names(bands: list[tuple[int, int]], chinese: bool) -> str:
    """Bands as a reader's phrase: "ages 18 to 69", "18至69岁".

    >>> band_names([(18, 69)], False), band_names([(0, 17)], False), band_names([(70, 150)], True)
    ('ages 18 to 69', 'under 18', '70岁以上')
    """
    shown = []
    for lo, hi in bands:
        if hi >= _OLDEST:
            shown.append(f"{lo}岁以上" if chinese else f"ages {lo} and over")
        elif lo == 0:
            shown.append(f"{hi}岁以下" if chinese else f"under {hi + 1}")
        else:
            shown.append(f"{lo}至{hi}岁" if chinese else f"ages {lo} to {hi}")
    return "、".join(shown) if chinese else ", ".join(shown)
