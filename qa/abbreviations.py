"""Chinese abbreviations a reader types for words a document writes in full: 解绑 for 解除绑定,
医保局 for 医疗保障局.

A Chinese abbreviation keeps the first character of each word of the full form. So a question's word of two
or three characters that no document uses is looked for in the documents' text as the first characters of as
many words in a row, each a word of two characters (the last may be one: 局). Only forms the documents
write count, so no list of abbreviations is kept; a reader's own phrasing that no document abbreviates from
(后来, 换成) finds nothing.
"""
from __future__ import annotations

import re
from collections import Counter

from qa.tokenization import STOPWORDS, _jieba, tokenize

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN = re.compile(rf"[{_CJK}]+")
MAX_FORMS = 2  # the full forms kept for one abbreviation, the most written first


_ASKING = re.compile(r"[几哪啥谁多么吗呢]")  # a question word (几次, 多久) abbreviates nothing


def _pattern(word: str) -> re.Pattern:
    parts = [re.escape(c) + f"[{_CJK}]" for c in word]
    if len(word) >= 3:  # (医保局: 医疗 保障 局, the last word one character)
        parts[-1] += "?"
    return re.compile("".join(parts))


def _words_of(form: str, word: str) -> list[str] | None:
    """``form`` cut into one word per character of ``word`` (two characters each, the last one or two)."""
    words = [form[2 * i:2 * i + 2] for i in range(len(word))]
    if "".join(words) != form or any(not w.startswith(c) for w, c in zip(words, word)):
        return None
    freq = _jieba().FREQ
    # each word of two characters a word of the language, none a function word: 解除 绑定, not 后X 来X
    if any(len(w) == 2 and (not freq.get(w) or w in STOPWORDS) for w in words):
        return None
    return words


def full_forms(word: str, text: str) -> tuple[str, ...]:
    """The full forms ``text`` writes that ``word`` abbreviates, the most written first.

    >>> full_forms("解绑", "申请解除绑定的，解除绑定后90天内不得再次绑定。")
    ('解除绑定',)
    >>> full_forms("医保局", "市医疗保障局负责。"), full_forms("几次", "几项次数")
    (('医疗保障局',), ())
    """
    if not 2 <= len(word) <= 3 or not _HAN.fullmatch(word) or _ASKING.search(word):
        return ()
    counts = Counter()
    for m in _pattern(word).finditer(text):
        form = m.group()
        # (the last word of a three-character one may be one character: 医疗保障局, not 医疗保障局负)
        for f in (form, form[:-1]) if len(word) == 3 and len(form) == 2 * len(word) else (form,):
            if f != word and _words_of(f, word):
                counts[f] += 1
                break
    return tuple(f for f, _ in counts.most_common(MAX_FORMS))


def abbreviations(tokens, known, text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(question word, tokens of a full form) for each Chinese word of ``tokens`` no document uses (not in
    ``known``) that abbreviates a form ``text`` writes."""
    out = []
    for token in dict.fromkeys(tokens):
        if token in known:
            continue
        for form in full_forms(token, text):
            if words := tuple(t for t in tokenize(form) if t != token):
                out.append((token, words))
    return tuple(out)
