"""The kinds of figure a question asks for when it asks for more than one, each in its own clause:
"What percentage does it pay, and what's the yearly deductible?", "报销比例是多少？起付线多少？".

The answer step answers the first with its best sentence and looks for a sentence stating each
kind it leaves unanswered (``qa.answering.compose_answer``), so an answer is not half of what was asked.
One clause naming two measures ("the ratio above the deductible") asks for one figure, not two.
"""
from __future__ import annotations

import re

from qa.slots import states_money

# What a clause asks for, per kind of figure.
ASKS = {
    "share": re.compile(r"\b(?:percentage|percent|proportion|ratio|(?<!daily )(?<!flat )(?<!fixed )rate|share)\b|比例|比率|百分之|百分比|几成", re.IGNORECASE),
    "money": re.compile(r"\b(?:deductible|cap|ceiling|limit|maximum|premium|price|cost|subsidy)\b|(?<!by )\bhow much\b"
                        r"|\b(?:daily|flat|fixed) rate\b|\bthe most\b[^?.]{0,30}\b(?:pay|reimburse|cover)"
                        r"|起付|封顶|限额|最高支付|多少钱|多少元|金额|最多(?:能)?报多少|补助多少|每次[^，。？?]{0,6}支付多少", re.IGNORECASE),
    # (how many times: "每季度最多几次", "how many visits a quarter")
    "count": re.compile(r"几次|多少次|\bhow many (?:times|visits|sessions)\b", re.IGNORECASE),
    "period": re.compile(r"\bhow (?:long|often)\b|\bdeadline\b|\bhow many (?:working )?(?:days|weeks|months|years)\b"
                         r"|多少个?(?:工作日|天|日|月|年)|几个?(?:工作日|天|月|年)|多久|多长时间|期限|时限|截止", re.IGNORECASE),
}
# ... and what a sentence must state to give it.
_STATES_SHARE = re.compile(r"\d\s*(?:%|％|percent|per cent)|百分之|[一二三四五六七八九十]成", re.IGNORECASE)
_STATES_COUNT = re.compile(r"\d+\s*次|\b\d+\s+(?:[\w-]+\s+){0,2}(?:times|visits|sessions)\b", re.IGNORECASE)
_STATES_PERIOD = re.compile(r"\d+\s*个?(?:工作日|天|日|月|年|周)|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                            r"\w+teen|twenty|thirty|sixty|ninety)\s+(?:working\s+)?(?:days?|weeks?|months?|years?)\b"
                            r"|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December)\b|\b(?:once|twice) (?:a|per|every)\b", re.IGNORECASE)

# Where one asked clause ends and the next begins: a question mark, a semicolon, "and what / and how",
# 和/及 before a measure ("比例和年度封顶是多少").
_CLAUSE_BREAK = re.compile(r"[？?；;]|,?\s+and\s+(?=(?:what|how|which|when|is|are|does|do|can|will)\b)|[和及](?=[^，。？?]{0,6}(?:"
                           r"起付|封顶|限额|比例|期限|时限))", re.IGNORECASE)


def clauses(question: str) -> list[str]:
    """The question cut where one asked clause ends. A comma ends one only when what comes before it
    asks something: "我妈是退休职工，重度失能二级" tells who is asking, and is read with the clause after it.

    >>> clauses("What ratio applies and how much of the lens is eligible?")
    ['What ratio applies', 'how much of the lens is eligible']
    >>> clauses("比例和年度封顶是多少？")
    ['比例', '年度封顶是多少']
    >>> clauses("我是退休职工，住在护理院，每天按多少钱包干，医保给报多少比例？")
    ['我是退休职工，住在护理院，每天按多少钱包干', '医保给报多少比例']
    """
    out: list[str] = []
    for part in _CLAUSE_BREAK.split(question):
        pieces = [p for p in re.split(r"(?<=[，,])", part) if p.strip()]
        held = ""
        for piece in pieces:
            if out and not held and _MODIFIER.match(piece) and not _ASKING_WORD.search(piece):
                out[-1] = f"{out[-1]}, {piece.strip().rstrip(',，').strip()}"  # "…, on top of the normal rate": no clause of its own
                continue
            held += piece
            if any(pattern.search(piece) for pattern in ASKS.values()):
                out.append(held.strip().rstrip("，,").strip())
                held = ""
        if held.strip():  # words after the last asking piece belong to it
            if out and pieces and held != part:
                out[-1] = (out[-1] + "，" + held.strip()) if cjk(held) else (out[-1] + ", " + held.strip())
            else:
                out.append(held.strip())
    return [c for c in out if c]


# A phrase after a comma that only qualifies the clause before it ("…, on top of the normal rate?")
_MODIFIER = re.compile(r"\s*(?:on top of|compared (?:with|to)|rather than|instead of|than|above|over|beyond|in addition to)\b",
                       re.IGNORECASE)
_ASKING_WORD = re.compile(r"\b(?:what|how|which|when|where|who|is|are|does|do|can|will)\b|多少|几|什么|哪|吗", re.IGNORECASE)


def cjk(text: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]", text))


def asked_kinds(question: str) -> list[tuple[str, str]]:
    """(kind, clause) for each kind of figure asked, in order, when two or more clauses ask for
    different kinds; [] for a question asking for one figure (however many measures it names).

    >>> asked_kinds("I'm a Corwen resident. What percentage does it pay for a root canal, and what's the yearly deductible?")
    [('share', "I'm a Corwen resident. What percentage does it pay for a root canal"), ('money', "what's the yearly deductible")]
    >>> asked_kinds("What is the reimbursement ratio above the deductible?")
    []
    >>> [k for k, _ in asked_kinds("统筹基金报销比例是多少？起付线多少？")]
    ['share', 'money']
    >>> [k for k, _ in asked_kinds("What is my yearly deductible, and what is the most the fund will pay in a year?")]
    ['money', 'money']
    >>> [k for k, _ in asked_kinds("康复治疗师上门，每季度最多几次？每次基金支付多少？")]
    ['count', 'money']
    >>> asked_kinds("I paid my premium late, after the sign-up window closed. How many working days until I'm told?")
    []
    """
    found: list[tuple[str, str, str]] = []
    for n, clause in enumerate(clauses(question)):
        if n == 0 and not cjk(clause) and not _ASKING_WORD.search(clause):
            continue  # what the reader tells first asks nothing ("I paid my premium late, …. How many working days …?")
        kinds = [kind for kind, pattern in ASKS.items() if pattern.search(clause)]
        if len(kinds) != 1:
            continue
        # a kind not asked yet, or the same kind of another measure ("the yearly deductible, and the most the
        # fund will pay in a year": two amounts)
        measure = ASKS[kinds[0]].search(clause).group(0).lower()
        if (kinds[0], measure) not in {(kind, asked) for kind, _, asked in found}:
            found.append((kinds[0], clause, measure))
    return [(kind, clause) for kind, clause, _ in found] if len(found) >= 2 else []


def states_kind(kind: str, text: str) -> bool:
    """Whether ``text`` states a figure of ``kind``.

    >>> states_kind("share", "The fund pays 60%."), states_kind("money", "起付标准为500元"), states_kind("period", "once every 5 years")
    (True, True, True)
    """
    if kind == "share":
        return bool(_STATES_SHARE.search(text))
    if kind == "money":
        return states_money(text)
    if kind == "count":
        return bool(_STATES_COUNT.search(text))
    return bool(_STATES_PERIOD.search(text))
