"""Words for lexical search: jieba for Chinese runs, lower-cased stemmed words for the rest.

Mixed text such as "DRG/DIP支付方式改革2024年" is cut into its runs of Chinese and of
other characters, each tokenised its own way, so both languages share one vocabulary.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache

import Stemmer
from bm25s.stopwords import STOPWORDS_EN

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUNS = re.compile(rf"[{_CJK}]+|[^{_CJK}]+")
_IS_CJK = re.compile(rf"[{_CJK}]")
# Words and numbers; a number keeps its decimal point and thousands commas ("29,764.03").
_LATIN_WORD = re.compile(r"\d+(?:[.,]\d+)*|[a-z]+")

# Function words that carry no topic; jieba already drops punctuation below.
STOPWORDS_ZH = frozenset(
    "的 了 是 在 和 与 及 或 有 被 把 对 为 以 于 也 都 而 并 等 中 上 下 个 这 那 其 之 所 "
    "吗 呢 吧 啊 哪些 什么 多少 几 怎么 如何 怎样 是否 多 少 了吗 到 由 从 向 给 将 已 已经 "
    "年 月 日 年底 截至 目前 现在 一个 一些 哪个 哪 谁 何时 为什么".split()
)
# Question words: they say what kind of answer is wanted, not what it is about.
STOPWORDS_QUESTION = frozenset(
    "what which who whom whose when where why how many much did does do is are was were will would "
    "can could should has have had been being there their its it this that these those".split()
)
# Pronouns: a reader asks about "my mum" and "I'm enrolled", 我家孩子; no document's subject is "I" (and
# "I'm", "we've" leave "m", "ve" behind; "us" stays: "a US Medicare card").
STOPWORDS_PRONOUN = frozenset(
    "i me my mine myself we our ours you your yours he him his she her hers they them m ve ll re d "
    "我 你 您 他 她 我们 你们 他们 她们 咱 咱们 自己".split()
)
STOPWORDS = frozenset(STOPWORDS_EN) | STOPWORDS_ZH | STOPWORDS_QUESTION | STOPWORDS_PRONOUN | {"s", "t"}

_jieba_lock = threading.Lock()


@lru_cache(maxsize=1)
def _jieba():
    """A private jieba tokenizer knowing the glossary's terms as words (loaded once)."""
    import logging

    import jieba

    from qa.glossary import load_glossary

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    with _jieba_lock:
        tokenizer.initialize()
        for term in load_glossary().zh_terms():
            tokenizer.add_word(term, freq=2000)
    return tokenizer


# British spellings and their American ones, so "township health centre" meets "health centers" and
# "haemodialysis" meets "hemodialysis". Applied to questions and documents alike, so a rule that also
# rewrites a word with no other spelling ("advise" -> "advize") changes nothing that could be met.
_BRITISH_WORDS = {
    "centre": "center", "centres": "centers", "centred": "centered", "litre": "liter", "litres": "liters",
    "metre": "meter", "metres": "meters", "fibre": "fiber", "theatre": "theater", "theatres": "theaters",
    "programme": "program", "programmes": "programs", "licence": "license", "licences": "licenses",
    "defence": "defense", "offence": "offense", "offences": "offenses", "practise": "practice",
    "labour": "labor", "colour": "color", "behaviour": "behavior", "behaviours": "behaviors",
    "tumour": "tumor", "tumours": "tumors", "favour": "favor", "honour": "honor", "neighbour": "neighbor",
    "ageing": "aging", "judgement": "judgment", "cheque": "check", "cheques": "checks", "grey": "gray",
    "enrolment": "enrollment", "enrolments": "enrollments", "instalment": "installment",
    "instalments": "installments", "fulfil": "fulfill", "mum": "mom", "mums": "moms",
    "counselling": "counseling", "counsellor": "counselor", "counsellors": "counselors",
    "travelled": "traveled", "travelling": "traveling", "cancelled": "canceled", "labelled": "labeled",
    "diarrhoea": "diarrhea", "foetus": "fetus", "oedema": "edema",
}
_BRITISH_PARTS = (
    (re.compile(r"^haem"), "hem"), (re.compile(r"aemi"), "emi"), (re.compile(r"paed"), "ped"),
    (re.compile(r"^anaes"), "anes"), (re.compile(r"^oe(soph|str)"), r"e\1"), (re.compile(r"^gynaec"), "gynec"),
    (re.compile(r"(?<=\w\w)is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),  # organise(d), hospitalisation
    (re.compile(r"(?<=\w)lys(e|es|ed|ing)$"), r"lyz\1"),                    # analyse, paralysed
)


@lru_cache(maxsize=1 << 16)  # (every sentence's every word passes here: a look-up, not six patterns, each time)
def american(word: str) -> str:
    """A lower-case English word in its American spelling.

    >>> [american(w) for w in ("centre", "haemodialysis", "paediatric", "hospitalisation", "leukaemia", "clinic")]
    ['center', 'hemodialysis', 'pediatric', 'hospitalization', 'leukemia', 'clinic']
    """
    if word in _BRITISH_WORDS:
        return _BRITISH_WORDS[word]
    for pattern, replacement in _BRITISH_PARTS:
        word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=1)
def _stemmer():
    return Stemmer.Stemmer("english")


def cjk_share(text: str) -> float:
    """Share of non-space characters that are Chinese characters."""
    # One regex pass, not a match per character: the retriever runs this over every chunk at load.
    visible = sum(not c.isspace() for c in text)
    return len(_IS_CJK.findall(text)) / visible if visible else 0.0


def tokenize(text: str, romanise: bool = False) -> list[str]:
    """Lexical tokens of ``text``, stopwords removed.

    ``romanise=True`` (for documents, not questions) adds each pair of neighbouring Chinese
    syllables in pinyin, stemmed like an English word: an English question names 青禾县 as
    "Qinghe County", a name no glossary can hold.

    >>> tokenize("Reimbursement ratios in 山东省门诊")
    ['reimburs', 'ratio', '山东', '山东省', '门诊']
    >>> tokenize("青禾县", romanise=True)[-2:], tokenize("Qinghe County")
    (['qingh', 'hexian'], ['qingh', 'counti'])
    """
    tokens: list[str] = []
    for run in _RUNS.findall(text):
        if _IS_CJK.match(run):
            # Search mode yields a long word and its parts (支付方式改革 → 支付, 方式, 改革, ...),
            # so a question using the short form still meets the long one.
            words = [w for w in _jieba().lcut_for_search(run) if w.strip() and w not in STOPWORDS]
            tokens.extend(words)
            # ... but only its two- and three-character parts: a four-character word inside a longer
            # one (城乡居民 in 城乡居民医保) is added here, so a question using it meets the document.
            tokens.extend(part for w in words if len(w) > 4 for part in _four_character_words(w))
            if romanise:
                tokens.extend(_syllable_pairs(run))
        else:
            words = [american(w) for w in _LATIN_WORD.findall(run.lower()) if w not in STOPWORDS]
            tokens.extend(w if w[0].isdigit() else s for w, s in zip(words, _stemmer().stemWords(words)))
    return tokens


def _four_character_words(word: str) -> list[str]:
    freq = _jieba().FREQ
    return [word[i:i + 4] for i in range(len(word) - 3) if freq.get(word[i:i + 4])]


def _syllable_pairs(run: str) -> list[str]:
    """Neighbouring pinyin syllables of a run of Chinese characters, joined and stemmed."""
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(run)
    pairs = [a + b for a, b in zip(syllables, syllables[1:]) if a.isalpha() and b.isalpha()]
    return _stemmer().stemWords(pairs) if pairs else []


@lru_cache(maxsize=1)
def _pinyin_syllables() -> frozenset[str]:
    from pypinyin import lazy_pinyin

    return frozenset(s for s in lazy_pinyin("".join(map(chr, range(0x4E00, 0x9FA6)))) if s.isascii() and s.isalpha())


def pinyin_pairs(word: str) -> list[str]:
    """The neighbouring syllable pairs of a word spelled in pinyin, as ``tokenize(romanise=True)`` gives them
    for its Chinese: "Lanhuibao" (岚惠保) meets "lanhui" and "huibao". [] when it is not pinyin of three to
    five syllables (two syllables already are one pair).

    >>> pinyin_pairs("Lanhuibao"), pinyin_pairs("Qinghe"), pinyin_pairs("Harbourton")
    (['lanhui', 'huibao'], [], [])
    """
    word = word.lower()
    syllables = _pinyin_syllables()

    def split(rest: str) -> list[str] | None:
        if not rest:
            return []
        for n in range(min(6, len(rest)), 0, -1):  # longest syllable first, backing off where the rest fails
            if rest[:n] in syllables and (tail := split(rest[n:])) is not None:
                return [rest[:n], *tail]
        return None

    parts = split(word) if word.isalpha() and word.isascii() else None
    if not parts or not 3 <= len(parts) <= 5:
        return []
    return _stemmer().stemWords([a + b for a, b in zip(parts, parts[1:])])
