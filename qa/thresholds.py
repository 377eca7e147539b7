"""The part of a sum above a threshold: "the part above 100,000 yuan" is not the band that ends at 100,000.

Tiered rules pay by band (20000元（含）至50000元的部分40%，50000元至100000元的部分50%); a question about the
part above the last threshold a notice gives a ratio for is not answered by the band below it.
"""
from __future__ import annotations

import re

_NUMBER = r"\d[\d,]*(?:\.\d+)?"
# "the part above 100,000 yuan", "costs over 30,000", 超过100000元的部分, 10万元以上
_ABOVE_Q = re.compile(rf"\b(?:above|over|exceeding|more than|beyond|in excess of)\s+(?:£|¥|￥|\$|€|RMB\s*)?({_NUMBER})(\s*(?:thousand|万))?"
                      rf"|(?:超过|超出|高于)\s*({_NUMBER})\s*(万)?|({_NUMBER})\s*(万)?\s*元?\s*(?:以上|及以上)", re.IGNORECASE)


def _value(number: str, ten_thousand: str | None) -> int:
    value = float(number.replace(",", ""))
    if ten_thousand:
        value *= 1000 if "thousand" in ten_thousand.lower() else 10000
    return int(value)


def asked_above(question: str) -> int | None:
    """The threshold a question asks about the part above, or None.

    >>> asked_above("What percentage is paid on the part of costs above 100,000 yuan?"), asked_above("超过10万元的部分报销多少？")
    (100000, 100000)
    >>> asked_above("What is the ratio for 50,000 yuan?") is None
    True
    """
    m = _ABOVE_Q.search(question)
    if not m:
        return None
    groups = m.groups()
    for i in (0, 2, 4):
        if groups[i]:
            return _value(groups[i], groups[i + 1])
    return None


_NUMBERS = re.compile(rf"({_NUMBER})\s*(万)?")
# a band written with its two ends: "50000元（含）至100000元", "from 20,000 to 50,000", "between 1 and 2 万"
_BAND = re.compile(rf"({_NUMBER})\s*(万)?\s*(?:元|yuan)?\s*(?:[（(]含[)）])?\s*(?:至|到|-|–|~|to|and)\s*(?:£|¥|\$|€)?\s*({_NUMBER})\s*(万)?",
                   re.IGNORECASE)


def band_below(text: str, threshold: int) -> str:
    """The band of ``text`` that ends at ``threshold`` ("50000元（含）至100000元"), where ``text`` gives no figure for
    the part above it; "" otherwise.

    >>> band_below("50000元（含）至100000元的部分，救助比例为50%；", 100000)
    '50000元（含）至100000'
    >>> band_below("100000元以上的部分，救助比例为60%", 100000), band_below("costs above 100,000 are paid at 60%", 100000)
    ('', '')
    """
    if any(asked_above(clause) == threshold for clause in re.split(r"[，,；;。]", text)):
        return ""  # it names the part above
    for m in _BAND.finditer(text):
        if _value(m.group(3), m.group(4)) == threshold and _value(m.group(1), m.group(2)) < threshold:
            return m.group(0).strip()
    return ""
