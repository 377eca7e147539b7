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
_ASKED_EN = re.compile(r"\b(?:I'?m|I am|(?:he|she|they)(?:'s| is| are)|(?:is|turns|turned|turning|aged?))\s+(\d{1,3})\b(?!\s*(?:%|dB|db|[€£$¥]|"
                       r"yuan|euros?|pounds?|days?|weeks?|months?|percent|per|times|sessions?|km|kg|,\d|\.\d))"
                       r"|\b(\d{1,3})[- ]years?[- ]old\b", re.IGNORECASE)
_ASKED_ZH = re.compile(r"(\d{1,3})\s*周?岁")
_BANDS_EN = [
    # (and a table's row under its "Age band" column, spelled out: "Age band 3 to 6 years: …")
    (re.compile(r"\b(?:aged?|age (?:band|group|range)) (\d{1,3}) ?(?:to|-|–|and) ?(\d{1,3})(?! ?%)", re.IGNORECASE), lambda a, b: (a, b)),
    (re.compile(r"\baged? (\d{1,3}) (?:years? )?(?:and|or) (?:over|above|older)|\baged? (\d{1,3})\+|\b(\d{1,3}) years? (?:old )?and (?:over|above|older)",
                re.IGNORECASE), lambda a: (a, _OLDEST)),
    (re.compile(r"\b(?:aged? )?(?:under|below|younger than) (?:the age of )?(\d{1,2})\b(?=\s*(?:years?\b|[,.;:)]|$|\s+(?:who|may|are|is|and|or|with|in|at)\b))",
                re.IGNORECASE), lambda a: (0, a - 1)),
    (re.compile(r"\baged? (?:over|above|older than) (\d{1,3})\b", re.IGNORECASE), lambda a: (a + 1, _OLDEST)),
]
_BANDS_ZH = [
    # (a baby's age in days: "出生90日后至1周岁前参保的", "在出生之日起90日内办理参保登记的"; as fractions of a year,
    # the upper end not included)
    (re.compile(r"出生(\d{1,3})\s*[日天]后至(\d{1,2})\s*周?岁(?:前|以前|之前)"), lambda d, y: (d / 365, float(y))),
    (re.compile(r"出生(?:之日起|后)?(\d{1,3})\s*[日天](?:内|以内|之内)"), lambda d: (0.0, d / 365)),
    (re.compile(r"(?<![\d至到])(\d{1,2})\s*周?岁(?:前|以前|之前)"), lambda y: (0.0, float(y))),
    (re.compile(r"(?<![\d至到])(\d{1,2})\s*周?岁(?:以后|之后)"), lambda y: (y, _OLDEST)),
    (re.compile(r"(\d{1,3})\s*(?:周?岁)?\s*(?:至|到|-|–|～|~)\s*(\d{1,3})\s*周?岁"), lambda a, b: (a, b)),
    (re.compile(r"(?:年满)?(\d{1,3})\s*周?岁(?:及|或)?以上|年满(\d{1,3})\s*周?岁"), lambda a: (a, _OLDEST)),
    (re.compile(r"(?:未满|不满)(\d{1,3})\s*周?岁|(\d{1,3})\s*周?岁以下"), lambda a: (0, a)),
]


_ZH_NUMBER = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11}
# a baby's age: 一岁半, "5个月了" of a child (宝宝快5个月了), "a 3-month-old", "6 weeks old" (not "born at 30 weeks")
_ASKED_HALF = re.compile(r"(\d{1,2}|[一两二三四五六七八九十])\s*周?岁半")
_ASKED_MONTHS = re.compile(r"(?:宝宝|孩子|婴儿|小孩|娃|女儿|儿子|闺女|他|她)[^，。？?]{0,4}?(\d{1,2}|十一|[一两二三四五六七八九十])\s*个多?月(?:大|了)")
_ASKED_EN_YOUNG = re.compile(r"\b(\d{1,2})[- ](months?|weeks?|days?)[- ]old\b", re.IGNORECASE)


def _number(written: str) -> int:
    return int(written) if written.isdigit() else _ZH_NUMBER.get(written, 0)


# An age in Chinese numerals, or one a reader tells with 今年/已经 and 了 ("我妈今年七十了", "我爸已经65了")
_ZH_TENS = r"[一二三四五六七八九]?十[一二三四五六七八九]?"
_ASKED_ZH_WORDS = re.compile(rf"(?<![\d一二三四五六七八九十百千万])({_ZH_TENS}|[两二三四五六七八九])\s*周?岁(?!半)"
                             rf"|(?:今年|已经|都)\s*(\d{{1,3}}|{_ZH_TENS})\s*多?\s*(?:周?岁)?了")


def _zh_int(written: str) -> int:
    """A whole number written in digits or Chinese numerals under a hundred (七十 70, 六十五 65, 十二 12)."""
    if written.isdigit():
        return int(written)
    if "十" in written:
        tens, _, ones = written.partition("十")
        return (_ZH_NUMBER.get(tens, 1) if tens else 1) * 10 + (_ZH_NUMBER.get(ones, 0) if ones else 0)
    return _ZH_NUMBER.get(written, 0)


# Who may have an age in a question: a person, by a kin or person word, a pronoun or a name
_PERSON_WORD = re.compile(r"^(?:i|he|she|they|who|son|daughter|kid|child|baby|boy|girl|toddler|infant|teenager|mum|mom|mother|dad|"
                          r"father|parents?|grand(?:ma|pa|mother|father|son|daughter|child)|granny|wife|husband|brother|sister|"
                          r"uncle|aunt|nephew|niece|cousin|patient|member|friend|partner|person|someone|man|woman|"
                          r"kids|children|sons|daughters)$", re.IGNORECASE)


def _thing_aged(question: str, match: re.Match) -> bool:
    """Whether an "is 6 years old" of ``match`` is said of a thing ("the implant processor is 6 years old"), not a person.

    >>> _thing_aged("My kid's processor is 6 years old.", _ASKED_EN.search("My kid's processor is 6 years old."))
    True
    >>> _thing_aged("My son is 6.", _ASKED_EN.search("My son is 6.")), _thing_aged("Anna is 6.", _ASKED_EN.search("Anna is 6."))
    (False, False)
    >>> _thing_aged("His frames are 3 years old.", _ASKED_EN.search("His frames are 3 years old."))
    True
    """
    said = re.search(r"\b(?:is|are|was|were)\s+$", question[:match.start()], re.IGNORECASE)
    if match.group(0).lower().startswith("is"):
        start = match.start()
    elif said:  # ("the frames are 3 years old")
        start = said.start()
    else:
        return False
    before = re.findall(r"[A-Za-z]+", question[:start])
    if not before:
        return False
    word = before[-1]
    return not (_PERSON_WORD.match(word) or word[:1].isupper())


def asked_age(question: str) -> float | None:
    """The one age a question gives of the person it asks for, None when it gives none (or several).

    >>> asked_age("I'm 74 and have about 55 dB loss in my better ear."), asked_age("我女儿今年12岁，助听器几年换一次？")
    (74, 12)
    >>> asked_age("What is the rate for members under 18?"), asked_age("It costs 55 dB.")
    (None, None)
    >>> asked_age("宝宝一岁半了才想起来给他办医保"), round(asked_age("宝宝快5个月了才去给她办医保"), 3), asked_age("a 6-month-old baby")
    (1.5, 0.417, 0.5)
    >>> asked_age("我妈今年七十了，看门诊一年最多报多少？"), asked_age("我爸已经65了"), asked_age("孩子八岁，能报多少？")
    (70, 65, 8)
    """
    found = {int(m.group(1) or m.group(2)) for m in _ASKED_EN.finditer(question) if not _thing_aged(question, m)}
    found |= {int(a) for a in _ASKED_ZH.findall(question)}
    found |= {_zh_int(a or b) for a, b in _ASKED_ZH_WORDS.findall(question)}
    found = {a for a in found if 0 < a < _OLDEST}
    young = {_number(n) + 0.5 for n in _ASKED_HALF.findall(question)} | {_number(n) / 12 for n in _ASKED_MONTHS.findall(question)}
    young |= {int(n) / {"m": 12, "w": 52, "d": 365}[unit[0].lower()] for n, unit in _ASKED_EN_YOUNG.findall(question)}
    if young:
        found = {a for a in found if not any(int(a) == int(y) for y in young)} | young  # (一岁半: not also 1岁)
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
    return bands if bands and not any(holds(band, age) for band in bands) else []


def holds(band: tuple, age: float) -> bool:
    """Whether a band holds an age: whole years include the last one ("aged 18 to 69" holds 69.5), a band of
    fractions (a baby's days) ends before its upper end.

    >>> holds((18, 69), 69.5), holds((90 / 365, 1.0), 1.5), holds((90 / 365, 1.0), 5 / 12)
    (True, False, True)
    """
    lo, hi = band
    return lo <= age < (hi if isinstance(hi, float) else hi + 1)


def band_names(bands: list[tuple[int, int]], chinese: bool) -> str:
    """Bands as a reader's phrase: "ages 18 to 69", "18至69岁".

    >>> band_names([(18, 69)], False), band_names([(0, 17)], False), band_names([(70, 150)], True)
    ('ages 18 to 69', 'under 18', '70岁以上')
    """
    shown = []
    for lo, hi in bands:
        if isinstance(hi, float) or isinstance(lo, float):
            shown.append(f"{age_words(lo, chinese)}至{age_words(hi, chinese)}" if chinese
                         else f"{age_words(lo, chinese)} to {age_words(hi, chinese)}")
            continue
        if hi >= _OLDEST:
            shown.append(f"{lo}岁以上" if chinese else f"ages {lo} and over")
        elif lo == 0:
            shown.append(f"{hi}岁以下" if chinese else f"under {hi + 1}")
        else:
            shown.append(f"{lo}至{hi}岁" if chinese else f"ages {lo} to {hi}")
    return "、".join(shown) if chinese else ", ".join(shown)


def age_words(age: float, chinese: bool) -> str:
    """An age as a reader says it: 1.5 as 1.5岁, a baby's as days or months ("90日", "5 months").

    >>> age_words(1.5, True), age_words(90 / 365, True), age_words(5 / 12, False), age_words(74, False)
    ('1.5岁', '90日', '5 months', 'age 74')
    """
    if age >= 1 or age == 0:
        whole = int(age) if age == int(age) else round(age, 1)
        return f"{whole}岁" if chinese else f"age {whole}"
    months = age * 12
    if abs(months - round(months)) < 0.01:
        return f"{round(months)}个月" if chinese else f"{round(months)} months"
    return f"{round(age * 365)}日" if chinese else f"{round(age * 365)} days"
