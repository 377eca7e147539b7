"""Qualifiers of what a question measures: the level of care, the type of care, the people covered.

"What is the outpatient reimbursement ratio at grassroots medical institutions in Shandong?"
asks for a ratio, of outpatient care (type of care), at grassroots institutions (level), in
Shandong. A follow-up such as "And for inpatient care?" changes one qualifier and keeps the rest
of the question. Each kind ("slot") is a small general vocabulary in both languages, not phrases
from particular documents, so questions about any city's documents are read the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from qa.places import places_in
from qa.tokenization import cjk_share


@dataclass(frozen=True)
class Term:
    """One value of a slot, with its spellings; the first of each language is used to translate."""

    slot: str  # "level", "care" or "group"
    value: str
    en: tuple[str, ...]
    zh: tuple[str, ...]


VOCABULARY: tuple[Term, ...] = (
    Term("level", "primary", ("primary-level", "grassroots", "primary", "community", "basic-level", "township",
                              "first-level", "level-1", "level I", "Grade I", "grade-1"), ("基层", "一级", "社区", "乡镇")),
    Term("level", "secondary", ("secondary", "second-level", "level-2", "level II", "Grade II", "grade-2"), ("二级",)),
    Term("level", "tertiary", ("tertiary", "third-level", "level-3", "level III", "Grade III", "grade-3"), ("三级",)),
    Term("care", "outpatient", ("outpatient", "out-patient"), ("门诊",)),
    Term("care", "inpatient", ("inpatient", "in-patient", "hospitalization", "hospitalisation", "hospitalized"),
         ("住院",)),
    Term("group", "residents", ("urban and rural residents", "urban and rural resident", "residents", "resident"),
         ("城乡居民", "居民")),
    Term("group", "employees", ("employees", "urban employees", "urban employee", "working employees", "employee",
                                "in-service employees", "in-service employee", "in-service staff", "active employees"),
         ("职工", "在职职工", "城镇职工")),
    Term("group", "retirees", ("retirees", "retiree", "retired employees", "retired workers", "retired people",
                               "retired", "pensioners", "pensioner"), ("退休人员", "退休职工", "退休")),
    Term("group", "flexible", ("flexible workers", "flexible worker", "flexibly employed people",
                               "flexible employees", "flexibly employed", "gig workers"), ("灵活就业人员", "灵活就业")),
    # the groups medical assistance tells apart, each with its own figures
    Term("group", "destitute", ("extremely poor persons", "extremely poor people", "extremely poor", "people in extreme poverty",
                                "destitute people", "destitute persons", "destitute"), ("特困供养人员", "特困人员", "特困")),
    Term("group", "dibao", ("subsistence-allowance households", "subsistence allowance households", "subsistence-allowance recipients",
                            "dibao households", "dibao families", "dibao family", "dibao recipients", "dibao"),
         ("低保对象", "低保户", "低保家庭", "低保")),
    Term("group", "low-income", ("low-income marginal households", "low-income marginal household", "low-income marginal families",
                                 "low-income marginal family", "low-income families", "low-income family", "low-income households",
                                 "low-income household", "low-income people", "low-income"),
         ("低收入边缘户", "低保边缘家庭", "低保边缘户", "低收入人口", "低收入家庭", "低收入")),
)

# What may follow a qualifier in a follow-up ("tertiary hospitals", "住院费用", "职工医保"); the
# qualifier alone decides what is swapped, so these only need to be recognised.
NOUNS = {
    "level": (("hospitals", "hospital", "medical institutions", "medical institution", "healthcare institutions",
               "health institutions", "institutions", "medical facilities", "facilities", "level", "care"),
              ("医院", "定点医疗机构", "医疗卫生机构", "医疗机构", "卫生院", "机构")),
    "care": (("care", "treatment", "services", "medical expenses", "expenses", "costs", "visits", "stays"),
             ("医疗费用", "费用", "治疗", "就医", "报销")),
    "group": (("basic medical insurance", "medical insurance", "insurance", "scheme", "people", "persons"),
              ("基本医疗保险", "医疗保险", "医保", "参保人员", "参保人", "群体")),
}
# Where a Chinese question puts the type of care: before what is paid ("门诊报销比例", "住院费用").
_ZH_CARE_BEFORE = re.compile(r"报销|支付|费用|比例|待遇|结算")
_GROUP_NOUN = re.compile(r"(resident|employee|retiree|worker)s?$")
_END = "?？.。!！ "


@dataclass(frozen=True)
class Qualifier:
    """A follow-up that names only a qualifier: "tertiary hospitals", "住院", "urban employees"."""

    term: Term
    word: str  # the qualifier as typed ("urban employees"; English in the vocabulary's case)
    noun: str  # what followed it, as typed ("hospitals"), or ""
    chinese: bool
    typed: str  # the whole follow-up, as typed, less its opener and closer


def _alternation(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _en_pattern(words) -> str:
    # ASCII-letter boundaries: "resident" is not found in "residential", "primary" not in "primarily".
    return r"(?<![A-Za-z-])(?:" + _alternation(words) + r")(?![A-Za-z-])"


_BY_SPELLING = {(s.lower() if lang == "en" else s): t
                for t in VOCABULARY for lang in ("en", "zh") for s in getattr(t, lang)}


def qualifier_only(core: str) -> Qualifier | None:
    """The qualifier when ``core`` (a follow-up less "And for"/"那...呢") is one and nothing else.

    >>> q = qualifier_only("tertiary hospitals"); q.term.value, q.noun
    ('tertiary', 'hospitals')
    >>> qualifier_only("住院").term.value, qualifier_only("职工医保").term.slot, qualifier_only("tertiary care rates")
    ('inpatient', 'group', None)
    """
    chinese = cjk_share(core) > 0
    if not chinese:
        core = re.sub(r"^(?:a|an|the)\s+", "", core, flags=re.IGNORECASE)  # ("And for a low-income family?")
    for slot, (en_nouns, zh_nouns) in NOUNS.items():
        words = [s for t in VOCABULARY if t.slot == slot for s in (t.zh if chinese else t.en)]
        if chinese:
            m = re.fullmatch(f"({_alternation(words)})({_alternation(zh_nouns)})?", core)
        else:
            m = re.fullmatch(f"({_alternation(words)})(?:['’])?(?:\\s+({_alternation(en_nouns)}))?", core,
                             re.IGNORECASE)
        if m:
            word, noun = m.group(1), m.group(2) or ""
            term = _BY_SPELLING[word if chinese else word.lower()]
            if not chinese:  # the vocabulary's spelling: "Urban Employees" goes mid-sentence as "urban employees"
                word = next(s for s in term.en if s.lower() == word.lower())
                noun = noun.lower()
            return Qualifier(term, word, noun, chinese, core)
    return None


def _find(text: str, slot: str, chinese: bool):
    """The first word of ``slot`` in ``text`` (a match object), or None."""
    words = [s for t in VOCABULARY if t.slot == slot for s in (t.zh if chinese else t.en)]
    pattern = _alternation(words) if chinese else _en_pattern(words)
    return re.search(pattern, text, 0 if chinese else re.IGNORECASE)


def _word_for(q: Qualifier, chinese: bool) -> str:
    """The qualifier in the language of the question it goes into: as typed, else translated."""
    if q.chinese == chinese:
        return q.word
    return q.term.zh[0] if chinese else q.term.en[0]


def _agree(new: str, old: str) -> str:
    """A group's English word in the number of the one it replaces ("employee medical insurance")."""
    if not _GROUP_NOUN.search(new.lower()):
        return new
    plural = new if new.endswith("s") else new + "s"
    return plural if old.lower().endswith("s") else plural[:-1]


def swap_qualifier(previous: str, q: Qualifier, chinese: bool) -> str | None:
    """``previous`` with its word of the qualifier's slot replaced; None when it has none.

    >>> swap_qualifier("门诊报销比例是多少？", qualifier_only("inpatient care"), True)
    '住院报销比例是多少？'
    >>> swap_qualifier("What is the ratio under employee medical insurance?", qualifier_only("城乡居民"), False)
    'What is the ratio under urban and rural resident medical insurance?'
    """
    m = _find(previous, q.term.slot, chinese)
    if m is None:
        return None
    start, end = m.span()
    old, new = m.group(0), _word_for(q, chinese)
    if q.term.slot == "level" and q.noun not in ("", "care", "level") and q.chinese == chinese:
        # "tertiary hospitals" after "grassroots medical institutions": the place named, as named
        nouns = NOUNS["level"][1 if chinese else 0]
        after = re.match(("" if chinese else r"\s+") + f"(?:{_alternation(nouns)})(?![A-Za-z])", previous[end:],
                         0 if chinese else re.IGNORECASE)
        if after:
            end += after.end()
            new = f"{new}{'' if chinese else ' '}{q.noun}"
    if chinese:  # (居民医保 for 职工 of 职工医保: the 医保 that follows is not written twice)
        new = next((new[:-k] for k in range(len(new) - 1, 0, -1) if previous[end:].startswith(new[-k:])), new)
    else:
        if q.term.slot == "group":
            new = _agree(new, old)
        if old[0].isupper():
            new = new[0].upper() + new[1:]
    return previous[:start] + new + previous[end:]


def _zh_lead_end(text: str) -> int:
    """Where a Chinese question's leading year and places end ("2023年山东省|门诊报销比例...")."""
    names = [n for names in places_in(text) for n in names if not n.isascii()]
    pattern = re.compile(r"(?:(?:19|20)\d\d年(?:底|末|初|度)?|(?:" + (_alternation(names) if names else "(?!)")
                         + r")(?:省|市|自治区)?)*")
    return pattern.match(text).end()


# A kind of medical institution a Chinese question names by its own word ("村卫生室", "县医院", "社区卫生服务中心")
_ZH_INSTITUTION = re.compile(r"(?:村|社区|乡镇|县|市|省|区)?(?:卫生室|卫生院|卫生服务中心|卫生服务站|医院|诊所|医务室)")


def add_qualifier(previous: str, q: Qualifier, chinese: bool) -> str:
    """``previous`` with the qualifier added where it reads naturally (it had no word of that slot).

    >>> add_qualifier("山东门诊报销比例是多少？", qualifier_only("三级医院"), True)
    '山东三级医院门诊报销比例是多少？'
    >>> add_qualifier("村卫生室看门诊报销比例是多少？", qualifier_only("乡镇卫生院"), True)
    '乡镇卫生院看门诊报销比例是多少？'
    >>> add_qualifier("What is the reimbursement ratio in Shandong?", qualifier_only("住院"), False)
    'What is the reimbursement ratio in Shandong for inpatient care?'
    """
    word, slot = _word_for(q, chinese), q.term.slot
    if chinese:
        noun = q.noun if q.chinese else ("医院" if slot == "level" and q.noun.startswith("hospital") else "")
        if slot == "level" and not noun:
            noun = "医疗机构"
        # (a kind of institution the previous question names without a level takes the new one's place: 村卫生室 for
        # 乡镇卫生院 in "那在乡镇卫生院呢？", not "乡镇卫生院村卫生室…")
        if slot == "level" and (named := _ZH_INSTITUTION.search(previous)):
            return previous[:named.start()] + word + noun + previous[named.end():]
        at = _zh_lead_end(previous)
        if slot == "care":
            anchor = _ZH_CARE_BEFORE.search(previous, at)
            at = anchor.start() if anchor else at
        return previous[:at] + word + noun + previous[at:]
    noun = q.noun if not q.chinese else ("hospitals" if q.noun == "医院" else "")
    if slot == "level":
        phrase = f"at {word} {noun or 'medical institutions'}"
    elif slot == "care":
        phrase = f"for {word}" + ("" if word.lower().startswith("hospitali") else f" {noun or 'care'}")
    elif noun:  # "employee medical insurance"
        phrase = f"under {_agree(word, '')} {noun}"
    else:
        phrase = f"for {_agree(word, 's')}"
    body = previous.rstrip(_END)
    return f"{body} {phrase}{previous[len(body):].strip()}"
