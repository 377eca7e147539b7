"""Kinds a question names (a rehabilitation hospital, an ophthalmology clinic, 眼科医院, 靶向药) whose
own word no document uses.

A question about one kind of hospital, drug, treatment or scheme shares its general word with the documents
("hospital", 药, 手术) and often its measure ("reimbursement ratio"); a sentence giving the ratio for
hospitals in general, or for another kind, then reads as an answer. The kind is named by the word written
just before the general word: "rehabilitation" in "rehabilitation hospital". When no document uses that
word, in any of its phrasings (its translations from the glossary and the dictionary), the documents do
not speak of that kind, and whatever they say is about something else. Rarity does not matter here (the
general word says the modifier names a kind), which is what sets this apart from ``unmentioned_subject``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from qa.tokenization import STOPWORDS, tokenize

# General words a kind is named before (a hospital, a drug, a treatment, a scheme), in English and Chinese.
HEADS_EN = ("hospital", "clinic", "centre", "center", "station", "pharmacy", "institution", "facility",
            "drug", "medicine", "medication", "aid", "device", "implant",
            "surgery", "therapy", "treatment", "test", "scan", "examination", "screening", "operation",
            "insurance", "scheme")
HEADS_ZH = (("医院", "卫生院", "卫生室", "诊所", "药店", "药房", "中心", "机构", "护理院", "门诊部"),
            ("药品", "药物", "药"), ("器", "器械", "耗材"), ("手术", "治疗", "疗法", "检查", "筛查"), ("保险", "险"))
# Words before a general word that name no kind of their own: the domain's own ("medical institutions",
# 医疗机构 is every hospital), a level or ownership any notice may word otherwise, a place, a number.
_GENERIC_EN = frozenset(
    "medical health healthcare care basic social public other all any such same each every new local "
    "designated relevant related certain general main major specific service services "
    # (words for the usual one, not a kind: "ordinary basic medical insurance", "a normal hospital")
    "ordinary normal usual regular standard common typical plain simple".split())
# (and a hospital's usual name, not a kind of one: 县人民医院 "the county People's Hospital", 中心医院, 附属医院)
_GENERIC_ZH = frozenset("医疗 医药 卫生 健康 基本 社会 相关 其他 定点 各类 各级 一般 本 该 此 这些 有关 医保 参保 "
                        "人民 中心 附属 第一人民 第二人民 第三人民".split())
# ... and single characters that name a level or a whole, not a kind (村卫生室 is one: a village's)
_NOT_KINDS_ZH = frozenset("省市县区镇乡国各本该此全总大小新老")
# ... nor do levels (the institution slot reads "tertiary hospitals", 三级医院, by their level)
_LEVEL_EN = frozenset("primary secondary tertiary first second third top grade class level tier lower higher "
                      "township county municipal provincial national".split())
# English words that stand before a noun but name no kind of it (most prepositions are stopwords already)
_NOT_NOUNS_EN = frozenset("alongside amid amongst beside besides despite inside outside toward towards upon via "
                          "versus plus whose either neither own paid spent made given taken known held kept bought "
                          "sold sent lost found built left done "
                          # (verbs before their object: "the doctors say treatment takes two years", "he needs surgery")
                          "say says said tell tells told think thinks thought believe believes reckon reckons mean means "
                          "want wants wanted need needs needed get gets got start starts started began begin begins".split())


@dataclass(frozen=True)
class Kind:
    """A kind the question names: its modifier as written, and the words around it as the question
    writes them ("rehabilitation hospital", 康复医院)."""

    modifier: str
    written: str


_PLURALS = "|".join(w[:-1] + "(?:y|ies)" if w.endswith("y") else w + "(?:s|es)?" for w in HEADS_EN)
_HEAD_EN = re.compile(rf"(?<![\w-])(?:{_PLURALS})(?![\w-])", re.IGNORECASE)
_KIN_EN = frozenset("father mother dad mom mum daddy mommy papa mama grandfather grandmother grandpa grandma son daughter "
                    "child baby wife husband brother sister uncle aunt nephew niece cousin parents parent family spouse "
                    "partner kid kids my our his her their".split())
# (how big a bill is, or how much of it is left: "a huge hospital bill", "his leftover hospital costs")
_SIZE_EN = frozenset("huge big large massive hefty enormous high expensive small whopping "
                     "leftover remaining outstanding unpaid total whole entire full final extra".split())
_COMPARATIVE_EN = re.compile(r"(?:bigg|larg|small|bett|near|clos|high|low|cheap|fanc|busi|good|great|wors|fin)(?:er|est)|best|worst|more|most|less|least")
_MONEY_AFTER = re.compile(r"\s+(?:bills?|costs?|fees?|expenses?|charges?|invoices?)\b", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z-]*)(?:'s|s')?\s+$")
_HEAD_WORDS = frozenset(HEADS_EN)
_LEVEL_ZH = re.compile(r"[一二三四五六七八九十]|级|甲|乙|丙")


def _names_a_kind_en(word: str, first: bool, places: set[str], measure_words: re.Pattern) -> bool:
    """Whether an English word before a general one can name its kind. Not a name (Shandong's hospitals: the
    place check reads those), a level, a measure, a stopword, another general word; nor a verb's form
    ("leaving hospital", "separately paid drugs"), a reader's own compound ("city-customised insurance") or
    a numeral ("Grade III hospital"): none is a kind the documents would write."""
    low = word.lower()
    if (word[0].isupper() and not word.isupper() and not first) or low in places or len(low) < 3:
        return False
    if re.search(r"(?:ing|ed)$", low) or "-" in low or re.fullmatch(r"[ivx]+", low):
        return False
    if _COMPARATIVE_EN.fullmatch(low):
        return False  # ("a bigger hospital", "the nearest clinic": which one, beside another, not a kind)
    return not (low in STOPWORDS or low in _NOT_NOUNS_EN or low in _LEVEL_EN or low in _HEAD_WORDS
                or not tokenize(low) or measure_words.search(low))


def english_kinds(question: str, measure_words: re.Pattern) -> list[Kind]:
    """The kinds an English question names: "the reimbursement ratio at a rehabilitation hospital" ->
    rehabilitation. Words of the domain itself ("health", "medical") are read past: "dental health
    centres" names dental ones; "a huge hospital bill" names none.

    >>> [k.written for k in english_kinds("After a huge hospital bill at a rehabilitation hospital, what is paid?", re.compile("^$"))]
    ['rehabilitation hospital']
    """
    from qa.places import places_in

    places = {w.lower() for names in places_in(question) for n in names for w in n.split()}
    out = []
    for m in _HEAD_EN.finditer(question):
        before, end = question[: m.start()], m.end()
        for _ in range(3):
            w = _WORD_BEFORE.search(before)
            if not w:
                break
            word, low = w.group(1), w.group(1).lower()
            if low in _KIN_EN:
                break  # ("my dad's hospital bill": whose, not which kind)
            if low in _SIZE_EN and _MONEY_AFTER.match(question, end):
                break  # ("a huge hospital bill": how big the bill is, not which kind of hospital)
            if low in _GENERIC_EN:
                before = before[: w.start()]
                continue
            if _names_a_kind_en(word, w.start() == 0, places, measure_words):
                out.append(Kind(word, question[w.start():end]))
            break
    return out


def _names_a_kind(word, glossary_words) -> bool:
    """A word before a general one that can name its kind: a noun (not a place's or body's name), a
    distinguishing word, a time of day (日间手术), or any word the glossary holds (jieba reads 康复 as a name)."""
    if word.word in glossary_words:
        return True
    if word.flag == "t":
        return not re.search(r"[年月今去明前后]", word.word)
    return word.flag[:1] in ("n", "b", "j", "l") and word.flag not in ("ns", "nr", "nt")


# A disease's own name (血友病, 肺癌, 糖尿病): the noun written just before it names a form of it (血管性血友病, 小细胞肺癌),
# which a notice on the disease may leave out (its 甲型、乙型血友病).
_DISEASE = re.compile(r"[\u4e00-\u9fff]{2,}(?:病|症|癌|瘤)$")
# ... by a word that names a form (血管性, 获得性, 难治性, 耐药型), not whose it is or who has it (低保户, 弟弟)
_FORM = re.compile(r"[\u4e00-\u9fff]{1,3}[性型]")


def chinese_kinds(question: str, measure_words: re.Pattern, glossary_words=frozenset()) -> list[Kind]:
    """The kinds a Chinese question names: 康复医院 -> 康复, 眼科医院 -> 眼科, 靶向药 -> 靶向, and a form of a disease:
    血管性血友病 -> 血管性."""
    from jieba import posseg

    from qa.places import places_in

    words = posseg.lcut(question)
    out = []
    for i, w in enumerate(words):
        before = words[i - 1] if i else None
        if _DISEASE.fullmatch(w.word) and before is not None and _FORM.fullmatch(before.word) and before.flag in ("n", "b") \
                and before.word not in _GENERIC_ZH and before.word not in STOPWORDS and not _DISEASE.fullmatch(before.word) \
                and not places_in(before.word) and not measure_words.search(before.word) and not _LEVEL_ZH.search(before.word) \
                and not _names_kin(before.word):
            out.append(Kind(before.word, before.word + w.word))
            continue
        for heads in HEADS_ZH:
            head = next((h for h in heads if w.word.endswith(h)), None)
            if head is None:
                continue
            if len(w.word) > len(head) + 1 and w.word not in heads:  # one word: 眼科医院 (卫生室 is a head of its own)
                modifier, written = w.word[: -len(head)], w.word
            elif i and w.word in heads and _names_a_kind(words[i - 1], glossary_words):
                modifier, written = words[i - 1].word, words[i - 1].word + w.word
            else:
                break
            if any(written in found or (modifier in found and modifier != found) for found in glossary_words):
                break  # (part of) a term of the glossary's (长护险, 慢特病): its own check reads it, by all its phrasings
            single = len(modifier) < 2 and (modifier in _NOT_KINDS_ZH or words[i - 1].flag != "n")  # 村 but not 换
            if single or modifier in _GENERIC_ZH or modifier in STOPWORDS or places_in(modifier) \
                    or measure_words.search(modifier) or _LEVEL_ZH.search(modifier):
                break
            out.append(Kind(modifier, written))
            break
    return out


def _names_kin(word: str) -> bool:
    """(孩子肺炎, 我爸肺癌: whose illness, not which form of it)"""
    from qa.answering import names_kin

    return names_kin(word)


def unnamed_kind(question: str, chinese: bool, used, measure_words: re.Pattern, glossary_words=frozenset()) -> str:
    """The first kind the question names that ``used(modifier, written)`` says no document uses (neither the
    modifier nor the whole), as the question writes it ("rehabilitation hospital", 康复医院), or ""."""
    kinds = chinese_kinds(question, measure_words, glossary_words) if chinese else english_kinds(question, measure_words)
    for kind in kinds:
        if used(kind.modifier, kind.written) is False:
            return kind.written
    return ""
