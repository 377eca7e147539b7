"""Which of a notice's parallel lists applies to what the question names.

Notices sort their subjects into classes once and give each class its figures later, under the
class's label: "（一）第一类（门诊慢性病，共14种）：高血压、糖尿病…" in one section, then "（一）第一类"
over the ratios in another ("Group A conditions: diabetes, ..." then "Group A: 90%"). A question
about hypertension is answered from the first class's figures, not the second's; the label is found
where the document lists the question's own words (in either language: "lupus" is looked for as 狼疮).
"""
from __future__ import annotations

import re

from qa.tokenization import cjk_share

# The words of a question worth looking for in a class's list (not its measure or its filler).
_FILLER = re.compile(r"^(?:多少|比例|报销|支付|医保|医疗|保险|参保|基金|统筹|标准|费用|门诊|住院|医院|是否|可以|能否|怎么|什么|如何)$")


def question_phrases(question: str, glossary_terms: list[str], chinese: bool) -> list[str]:
    """The question's words as a Chinese document would write them: its own (a Chinese question)
    or its glossary terms and dictionary translations (an English one)."""
    if chinese:
        import jieba

        words = [w for w in jieba.lcut(question) if len(w) >= 2 and cjk_share(w) == 1]
    else:
        from qa.dictionary import chinese_of

        words = [t for t in glossary_terms if cjk_share(t) > 0.5]
        for word in re.findall(r"[A-Za-z]{4,}", question):
            words.extend(z for z in chinese_of(word.lower()) if len(z) >= 2)
    return [w for w in dict.fromkeys(words) if not _FILLER.match(w)]


def led_by(sentence: str, label: str) -> bool:
    """Whether ``sentence`` opens with ``label`` (after its list number): "（一）第一类（门诊慢性病）：…".

    >>> led_by("（一）第一类（门诊慢性病，共14种）：高血压、糖尿病", "第一类"), led_by("高血压属于第一类", "第一类")
    (True, False)
    """
    from qa.answering import _LIST_MARK

    return _LIST_MARK.sub("", sentence.strip()).lower().startswith(label.lower())


RARE_BELOW = 1500  # jieba's count of the word in general text (治疗 7,678; 化疗 547; 狼疮 5)


def rare(word: str) -> bool:
    import jieba

    return jieba.dt.FREQ.get(word, 0) < RARE_BELOW


def listed_label(phrases: list[str], sentences: list[str], labels: set[str]) -> tuple[str, set[str], str]:
    """Of ``labels``, the classes (those opening a list in ``sentences``, a document's) and the one
    whose lists hold words of the question that no other class's lists hold ("" when none or several do),
    with the first such word.

    >>> doc = ["（一）第一类（门诊慢性病）：高血压、糖尿病。", "（二）第二类（门诊特殊疾病）：血液透析、恶性肿瘤门诊放化疗。"]
    >>> labels = {"第一类", "第二类", "办理时限"}
    >>> listed_label(["高血压", "门诊"], doc, labels)[0], listed_label(["门诊"], doc, labels)[0], sorted(listed_label([], doc, labels)[1])
    ('第一类', '', ['第一类', '第二类'])
    >>> listed_label(["高血压", "门诊"], doc, labels)[2]
    '高血压'
    """
    # (a word common in any text, 治疗 "treatment", tells no class apart; 化疗, 狼疮 do)
    phrases = [p for p in phrases if rare(p)]
    held: dict[str, set[str]] = {}
    for sentence in sentences:
        for label in labels:
            if led_by(sentence, label) and len(sentence.strip()) > len(label) + 6:  # a list, not the label's heading
                held.setdefault(label, set()).update(p for p in phrases if p in sentence)
    if len(held) < 2:
        return "", set(held), ""
    own = {label: words - set().union(*(w for other, w in held.items() if other != label)) for label, words in held.items()}
    found = [label for label, words in own.items() if words]
    if len(found) != 1:
        return "", set(held), ""
    return found[0], set(held), next(p for p in phrases if p in own[found[0]])


# A notice's definition of a group of things by its members: '"severe mental disorders" means the six disorders on the
# national list: schizophrenia, …', 本通知所称重大疾病，是指恶性肿瘤、… ; a sentence under the defined phrase is about each member.
_DEFINED_EN = re.compile(r"[\"“']([^\"”']{3,60})[\"”']\s+(?:means|refers to|covers|includes|is defined as)\b", re.IGNORECASE)
_DEFINED_ZH = re.compile(r"(?:所称|所指的?)[“\"]?([\u4e00-\u9fff]{2,16})[”\"]?[，,]?\s*(?:是指|指|包括)")


_DEFINED_CACHE: dict[tuple, list[tuple[str, str]]] = {}  # a document's definitions, by its sentences' count and ends


def defined_phrases(sentences: list[str]) -> list[tuple[str, str]]:
    """(phrase, its definition) for each phrase a document defines by what it includes.

    >>> defined_phrases(['In this notice, "severe mental disorders" means the six disorders on the list: schizophrenia.'])
    [('severe mental disorders', 'In this notice, "severe mental disorders" means the six disorders on the list: schizophrenia.')]
    >>> defined_phrases(["本通知所称重大疾病，是指恶性肿瘤、尿毒症。"])
    [('重大疾病', '本通知所称重大疾病，是指恶性肿瘤、尿毒症。')]
    """
    key = (len(sentences), sentences[0] if sentences else "", sentences[-1] if sentences else "")
    if key in _DEFINED_CACHE:
        return _DEFINED_CACHE[key]
    if len(_DEFINED_CACHE) > 256:
        _DEFINED_CACHE.clear()
    out = _DEFINED_CACHE[key] = []
    for text in sentences:
        for m in (*_DEFINED_EN.finditer(text), *_DEFINED_ZH.finditer(text)):
            out.append((m.group(1).strip(), text))
    return out
