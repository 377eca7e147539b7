"""How long something has lasted, as a reader says it, and the spans a notice's rule applies to.

"我断缴了5个月" falls under "断缴超过3个月的，…设置6个月待遇等待期", not under "断缴超过2年的" nor under "停止缴费后3个月内
…接续": a notice sets a figure by how long a gap, a stay or a membership lasted, and the reader's own span picks the
rule. Only numbers a reader writes are read (不 "多少个月", which asks).
"""
from __future__ import annotations

import re

_UNIT_DAYS = {"天": 1, "日": 1, "周": 7, "星期": 7, "月": 30, "年": 365,
              "day": 1, "week": 7, "month": 30, "year": 365}
_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "半": 0.5}
_EN_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty": 20, "thirty": 30}
# (not a year: "2027年度", "2026年")
_ZH_SPAN = r"(?<![\d.])(\d{1,3}(?:\.\d+)?|[一二两三四五六七八九十半]{1,3})\s*个?(?:自然|工作)?(天|日|周|星期|月|年)(?!度)"
_EN_SPAN = r"(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty)\s+" \
           r"(?:full |whole |consecutive |calendar )?(day|week|month|year)s?\b"
# A rule's span, with which side of it the rule is for (the negated forms first: 不超过 is no 超过)
_ZH_RULES = ((r"(?:不超过|未超过|不满|未满|不足|少于|低于)" + _ZH_SPAN, "<="),
             (_ZH_SPAN + r"(?:以内|之内|内)(?![容])", "<="),
             (r"(?:超过|超出|多于|高于)" + _ZH_SPAN, ">"),
             (r"满" + _ZH_SPAN, ">="),
             (_ZH_SPAN + r"(?:以上|及以上)", ">="))
_EN_RULES = ((r"\b(?:no more than|not more than|not exceeding|up to|less than|fewer than|under|within)\s+" + _EN_SPAN, "<="),
             (r"\b(?:more than|over|longer than|exceeding)\s+" + _EN_SPAN, ">"),
             (r"\bat least\s+" + _EN_SPAN, ">="),
             (_EN_SPAN + r"\s+or (?:more|longer)\b", ">="))
# (a reader's span: a number of days, months or years they say something lasted, not one they ask for)
_ZH_READER = re.compile(_ZH_SPAN)
_EN_READER = re.compile(_EN_SPAN, re.IGNORECASE)


def _days(number: str, unit: str) -> float:
    unit = unit.lower()
    if number.replace(".", "", 1).isdigit():
        n = float(number)
    elif number.lower() in _EN_NUMBERS:
        n = _EN_NUMBERS[number.lower()]
    elif number == "十":
        n = 10
    elif len(number) == 2 and number[0] == "十":
        n = 10 + _ZH_DIGITS.get(number[1], 0)
    elif len(number) >= 2 and number[1] == "十":
        n = _ZH_DIGITS.get(number[0], 0) * 10 + (_ZH_DIGITS.get(number[2], 0) if len(number) == 3 else 0)
    else:
        n = _ZH_DIGITS.get(number, 0)
    return float(n * _UNIT_DAYS[unit])


_CLAUSE = re.compile(r"[，,；;。.!！?？]")


def _clause_words(text: str, at: int) -> set[str]:
    """The words of the clause of ``text`` around position ``at``, numbers and units aside."""
    from qa.tokenization import tokenize

    start = max((m.end() for m in _CLAUSE.finditer(text, 0, at)), default=0)
    end = next((m.start() for m in _CLAUSE.finditer(text, at)), len(text))
    return {t for t in tokenize(text[start:end]) if not re.search(r"\d", t) and t not in _UNIT_DAYS and len(t) > 1}


def reader_spans(question: str) -> list[float]:
    """The spans of time (in days) a question says something lasted: "我断缴了5个月" -> [150]; not a span it names
    as a rule of its own ("中断缴费12个月以上的", "more than 12 months"), whose sentence its words find.

    >>> reader_spans("我断缴了5个月，重新交上以后要等多久？"), reader_spans("I stopped paying for eight months. How long is the wait?")
    ([150.0], [240.0])
    >>> reader_spans("要等几个月？"), reader_spans("柘阳市2027年度灵活就业人员中断缴费12个月以上的，等待期是多长？")
    ([], [])
    """
    chinese = bool(re.search(r"[\u4e00-\u9fff]", question))
    ruled = [m.span() for pattern, _ in (_ZH_RULES if chinese else _EN_RULES)
             for m in re.finditer(pattern, question, 0 if chinese else re.IGNORECASE)]
    return [Span(_days(m.group(1), m.group(2)), frozenset(_clause_words(question, m.start())))
            for m in (_ZH_READER if chinese else _EN_READER).finditer(question) if not any(a <= m.start() < b for a, b in ruled)]


class Span(float):
    """A reader's span in days, with the words of its clause: what lasted ("断缴", "treatment")."""

    words: frozenset[str]

    def __new__(cls, days: float, words: frozenset[str] = frozenset()):
        span = super().__new__(cls, days)
        span.words = words
        return span


def rule_spans(text: str, with_words: bool = False) -> list:
    """The spans a sentence's rules apply to, each with its side: "断缴超过3个月的" -> [(">", 90)].

    >>> rule_spans("职工医保断缴超过3个月的，自再次缴费之月起设置6个月待遇等待期；")
    [('>', 90.0)]
    >>> rule_spans("在转出地停止缴费后3个月内在我市接续参保缴费的，不设待遇等待期"), rule_spans("断缴不超过3个月的，不设等待期")
    ([('<=', 90.0)], [('<=', 90.0)])
    >>> rule_spans("Where contributions stop for more than 3 months, a 6-month waiting period applies.")
    [('>', 90.0)]
    """
    chinese = bool(re.search(r"[\u4e00-\u9fff]", text))
    found, taken = [], []
    for pattern, side in (_ZH_RULES if chinese else _EN_RULES):
        for m in re.finditer(pattern, text, 0 if chinese else re.IGNORECASE):
            if any(a <= m.start() < b for a, b in taken):
                continue  # (不超过3个月 is read once, as at most)
            taken.append(m.span())
            number, unit = [g for g in m.groups() if g is not None][:2]
            found.append((side, _days(number, unit), _clause_words(text, m.start())) if with_words
                         else (side, _days(number, unit)))
    return found


def holds_span(question_spans: list[float], text: str) -> bool:
    """Whether a sentence's rule is for the reader's span: 150 days under "断缴超过3个月的", not under "超过2年的".

    >>> holds_span(reader_spans("我断缴了5个月"), "职工医保断缴超过3个月的，自再次缴费之月起设置6个月待遇等待期；")
    True
    >>> holds_span(reader_spans("The doctors say treatment takes two years."), "If a patient misses DOT for more than 30 days, …")
    False
    >>> holds_span([150.0], "断缴超过2年的，设置12个月待遇等待期。"), holds_span([150.0], "3个月内接续参保的，不设待遇等待期")
    (False, False)
    """
    rules = rule_spans(text, with_words=True)
    holds = {">": lambda v, n: v > n, ">=": lambda v, n: v >= n, "<=": lambda v, n: v <= n}
    # (of the same thing: "the doctors say treatment takes two years" is no gap in DOT of "more than 30 days")
    return bool(rules) and any(all(holds[side](value, limit) for side, limit, _ in rules)
                               and (not getattr(value, "words", None) or any(value.words & words for _, _, words in rules))
                               for value in question_spans)
