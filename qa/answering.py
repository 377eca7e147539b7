"""Extractive answers: the sentences of the retrieved passages that answer the question.

No language model: every word of an answer is copied from a cited passage. Sentences
are scored by how much of the question's meaning they carry (idf-weighted concept
coverage), whether they hold what the question asks for (a figure for "how many",
a place for "which province"), and whether they name the places the question names.
When the best sentence covers too little of the question, the answer says so instead
of offering a near miss.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace

from qa.chunking import split_sentences
from qa.places import mentions, places_in
from qa.records import Answer, Passage
from qa.retrieval import Query
from qa.tokenization import cjk_share, tokenize

# Calibrated on the dev set, the held-out set and the unanswerable probes (README, "Answering
# and abstaining"): an answer needs this share of the question's weight in one sentence ...
MIN_COVERAGE = 0.40
# ... or this much when the embedding model finds a passage this close to the question.
MIN_COVERAGE_CLOSE = 0.25
CLOSE_SIMILARITY = 0.55
UNTRANSLATED_WEIGHT = 0.5  # of a Chinese word the glossary cannot translate, relative to an unseen word
MAX_ANSWER_CHARS = 480  # the markers aside; readers want a short answer
MAX_SENTENCES = 3
SECOND_SENTENCE_RATIO = 0.85  # a further sentence must score this close to the best
CONFLICT_COVERAGE = 0.9  # another document's sentence this close to the best may disagree with it
LONG_SENTENCE = 250  # characters

NOT_FOUND = {
    "en": "The documents do not answer this question. The closest passages are listed below; "
          "try rephrasing, or add a document that covers it.",
    "zh": "文档中没有找到这个问题的答案。下面列出最接近的段落；可以换个说法再问，或添加涵盖该内容的文档。",
}

QUOTED_IN_OTHER_LANGUAGE = {
    "en": "The answer quotes a Chinese document as written (not translated).",
    "zh": "答案引用的是英文文档原文（未翻译）。",
}

_NUMBER_Q = re.compile(
    r"\b(how (many|much|long|far|often)|what (percentage|proportion|share|ratio|rate|amount|number)|"
    r"by how much|ratio|rate|percent|number of)\b|多少|几|比例|比率|百分之|金额|人数|数量|报销比",
    re.IGNORECASE,
)
# A question asking for a share (a ratio, a rate, a percentage) and what a sentence must then hold.
_SHARE_Q = re.compile(r"\b(what|which) (percentage|proportion|share|ratio|rate)\b|\bhow many percent|\bpercentage\b"
                      r"|比例|比率|百分之|百分比|占比|[^效利汇频速]率(?:是|为|达|有|多少|提高|下降|降低|增加)", re.IGNORECASE)
_SHARE = re.compile(r"\d\s*(?:%|％|percent|per cent|percentage points?)|百分之|百分点|[一二三四五六七八九十两半]成|\bhalf\b"
                    r"|[一二三四五六七八九十]分之", re.IGNORECASE)
_PLACE_Q = re.compile(r"\b(which|what) (province|provinces|region|city|cities|municipality)\b|哪个省|哪些省|哪个地区|哪里|哪个城市", re.I)
_WHEN_Q = re.compile(r"\bwhen\b|what year|何时|什么时候|哪一年|哪年", re.IGNORECASE)
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty hundred thousand million billion half double twice".split()
)
# A figure: digits, or a number word ("Seven provinces have ...", "七个省").
# A Chinese numeral counts when it counts something (三个, 十九种, 两倍) or is a run (十四, 一百二十):
# a lone 一 is mostly part of a word (进一步, 统一).
_DIGIT = re.compile(r"\d|\b(" + "|".join(sorted(_NUMBER_WORDS)) + r")\b"
                    r"|[一二三四五六七八九十两百千万亿]{2,}|[一二三四五六七八九十两百千万亿][个种家项类批倍成次人元所名位条件台张套份岁年月天]",
                    re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_WORDY = re.compile(r"[A-Za-z\u4e00-\u9fff]")
# A date or a clock time (a byline's "2025-11-20 01:03") is not a figure anyone asks "how many" of.
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE_OR_TIME = re.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)"  # 2025-11-20, 01:03
    r"|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?"  # 2026年3月1日, 3月
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b|\b(?:{_MONTHS})\s+\d{{1,2}}\b(?!\s*%)"  # 1 April, April 1
)
_DOC_MARKERS = re.compile(r"\s*(\[\d+\])+")  # the source's own footnote markers, e.g. "[2][3]"
_NUMBERS = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class Concept:
    """One thing the question asks about: the phrasings that express it (as token sets) and its weight."""

    variants: tuple[frozenset[str], ...]
    weight: float
    token_weights: dict[str, float] = field(default_factory=dict)  # idf of each token: partial matches count by rarity

    def match(self, tokens: set[str]) -> float:
        """The share of its best-matched phrasing present, each word counted by its rarity:
        'primary medical institutions' is not a third met by the ubiquitous 'medical'."""
        weights = self.token_weights
        best = 0.0
        for v in self.variants:
            total = sum(weights.get(t, 1.0) for t in v)
            if total:
                best = max(best, sum(weights.get(t, 1.0) for t in v & tokens) / total)
        return best


@dataclass(frozen=True)
class SemanticScale:
    """How a model's question-sentence cosine reads as coverage of the question (0..1).

    Calibrated per model (cosines of different models live on different scales); see
    ``SEMANTIC_SCALES``. ``weight`` is how much the model's reading adds to the words' in ranking.
    """

    floor: float  # a sentence this close carries nothing of the question
    full: float  # ... and this close, all of it
    weight: float
    close: float = CLOSE_SIMILARITY  # a passage this close lets a sentence answer with less coverage
    # A question and a sentence in different languages sit further apart even when one answers
    # the other (for e5, by ~0.07 on XQuAD zh/en): their cosine is read on a scale this much lower.
    cross_shift: float = 0.0

    def coverage(self, similarity: float, cross_lingual: bool = False) -> float:
        shift = self.cross_shift if cross_lingual else 0.0
        return min(max((similarity + shift - self.floor) / (self.full - self.floor), 0.0), 1.0)


# Only models whose scale was measured (README, "Answering and abstaining"); any other model
# answers by the question's words and glossary terms alone.
# e5's figures, chosen on the dev and held-out sets, the unanswerable probes and 150 XQuAD zh->en
# questions with and without their gold passage (README, "Answers across languages").
SEMANTIC_SCALES = {
    "bundled:multilingual-e5-small": SemanticScale(floor=0.82, full=0.93, weight=0.5, close=0.84, cross_shift=0.07),
}


@dataclass(frozen=True)
class Candidate:
    """A sentence that may answer, located in its passage's text.

    Taken from the document, not the chunk: a sentence that a chunk boundary cut reaches
    outside the passage (``start`` < 0 or ``end`` > len(text)) and is quoted whole.
    """

    start: int
    end: int
    text: str
    similarity: float | None = None  # the embedding model's cosine with the question; None: not known


def passage_candidates(passage: Passage) -> list[Candidate]:
    """The passage's own sentences (an index built before sentences were stored)."""
    return [Candidate(s, e, passage.text[s:e]) for s, e in split_sentences(passage.text)]


@dataclass(frozen=True)
class ScoredSentence:
    passage_index: int
    start: int
    end: int
    text: str
    score: float
    coverage: float  # of the question's meaning: by its words, or by the model's similarity
    words: float = 0.0  # by its words alone
    similarity: float | None = None


def idf(df: int, n: int) -> float:
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def question_concepts(query: Query, doc_freq: dict[str, int], n_chunks: int) -> list[Concept]:
    """The question's concepts: each English word, or each glossary term with its translations."""
    groups: list[tuple[frozenset[str], ...]] = []
    translated: set[str] = set()
    chinese_forms: dict[str, list[frozenset[str]]] = {}  # an English question's word -> its glossary Chinese
    for found, terms in query.expansion.matches:
        translated.update(tokenize(found))
        if not query.chinese:
            # An English question's own words count one by one, as they are; the Chinese terms are
            # further phrasings of each, for a Chinese document (weighed by the English word).
            for token in tokenize(found):
                chinese_forms.setdefault(token, []).extend(frozenset(tokenize(t)) for t in terms if tokenize(t))
            continue
        # The term itself stays one of its phrasings, for documents in the question's language.
        phrasings = (frozenset(tokenize(t)) for t in (found, *terms))
        variants = tuple(dict.fromkeys(v for v in phrasings if v))
        if variants:
            groups.append(variants)
    for token in tokenize(query.question):
        if token in translated and query.chinese:
            continue
        groups.append(tuple(dict.fromkeys([frozenset([token]), *chinese_forms.get(token, [])])))
    concepts, seen = [], set()
    max_idf = idf(0, max(n_chunks, 1))
    for variants in groups:
        if variants in seen:
            continue
        seen.add(variants)
        tokens = frozenset().union(*variants)
        # A phrasing weighs as its rarest word ("grassroots medical institutions" as "grassroots"),
        # and a concept as its most common phrasing in the corpus: 提出 is as weak as
        # "mentioned", however rare its other translation "put forward" may be.
        weighed = variants if query.chinese else variants[:1]  # an English word weighs as itself
        phrasing_weights = [
            max(idf(doc_freq[t], n_chunks) for t in v)
            for v in weighed if all(doc_freq.get(t, 0) for t in v)
        ]
        if phrasing_weights:
            weight = min(phrasing_weights)
        elif query.chinese and not any(t.isascii() for t in tokens):
            # A Chinese word the glossary cannot translate (宠物, pets) may be what the question is
            # about, or filler; it counts half as much as a word the corpus never uses.
            weight = max_idf * UNTRANSLATED_WEIGHT
        else:
            weight = max_idf  # a word the corpus never uses (acupuncture) is as telling as any
        token_weights = {t: idf(doc_freq[t], n_chunks) if doc_freq.get(t) else max_idf for t in tokens}
        concepts.append(Concept(variants, weight, token_weights))
    return concepts


def coverage(tokens: set[str], concepts: list[Concept]) -> float:
    total = sum(c.weight for c in concepts)
    if not total:
        return 0.0
    return sum(c.weight * c.match(tokens) for c in concepts) / total


_HOW_MANY = re.compile(r"\bhow many\s+(?:of\s+the\s+)?([a-z-]+(?:\s+[a-z-]+)?)", re.IGNORECASE)
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
_ORDINAL_EN = re.compile(r"\b(" + "|".join(_ORDINALS) + r")\s+(batch|round|phase|group|plenary)", re.IGNORECASE)
_ORDINAL_ZH = re.compile(r"第([一二三四五六七八九十])(批|轮|期|届)")
_ZH_DIGITS = "一二三四五六七八九十"


def ordinals_in(question: str) -> set[str]:
    """Ordinal qualifiers a question names ("the ninth batch", 第四批), as English ordinal words."""
    found = {m.group(1).lower() for m in _ORDINAL_EN.finditer(question)}
    found.update(_ORDINALS[_ZH_DIGITS.index(m.group(1))] for m in _ORDINAL_ZH.finditer(question))
    return found


def year_forms(year: str) -> tuple[str, ...]:
    """A year as the documents may write it: translation dropped zeros ("222" for 2022)."""
    return (year, year[:1] + year[2:]) if year[1] == "0" else (year,)


def mentions_year(text: str, year: str) -> bool:
    return any(re.search(rf"(?<![\d.,]){f}(?![\d%])", text) for f in year_forms(year))


def counted_nouns(query: Query) -> set[str]:
    """What a "how many X" question counts (tokens of X): "how many provinces" -> {"provinc"}."""
    nouns: set[str] = set()
    for m in _HOW_MANY.finditer(query.question):
        nouns.update(tokenize(m.group(1))[:1])
    for found, terms in query.expansion.matches:
        if found.startswith(("几", "多少")):  # 几个省份, 多少种, 多少家 -> provinces, types, institutions
            for term in terms:
                words = tokenize(term)
                if words and not term.lower().startswith("how"):
                    nouns.add(words[-1])
    return nouns


def states_a_count(tokens: list[str], nouns: set[str]) -> bool:
    """Whether a number stands right before one of the counted nouns ("seven provinces", "890 types")."""
    for i, token in enumerate(tokens):
        before = tokens[max(0, i - 2):i]
        if token in nouns and any((t[0].isdigit() and not _YEAR.fullmatch(t)) or t in _NUMBER_WORDS for t in before):
            return True
    return False


def score_sentences(query: Query, passages: list[Passage], concepts: list[Concept],
                    candidates: list[list[Candidate]] | None = None,
                    semantic: "SemanticScale | None" = None) -> list[ScoredSentence]:
    """Every sentence of the passages, scored for how well it answers the question.

    ``candidates`` are each passage's sentences taken whole from its document (default: the
    passage's own); ``semantic`` turns their similarity to the question into the coverage
    scale, so that a sentence in another language, which shares no words, can still answer.
    """
    wants_number = bool(_NUMBER_Q.search(query.question))
    wants_share = bool(_SHARE_Q.search(query.question))
    wants_place = bool(_PLACE_Q.search(query.question))
    wants_year = bool(_WHEN_Q.search(query.question))
    places = places_in(query.question)
    years = set(_YEAR.findall(query.question))
    ordinals = ordinals_in(query.question)
    place_tokens = set(tokenize(" ".join(name for names in places for name in names))) | years
    nouns = counted_nouns(query)
    scored = []
    for p_index, passage in enumerate(passages):
        heading = f"{passage.title} {passage.date}"
        context = f"{heading} {passage.text}"
        # A place or year the question names must be where the answer comes from: a
        # passage about Shanxi does not answer a question about Shandong, nor 2024 2030.
        if (any(not mentions(context, names) for names in places) or any(not mentions_year(context, y) for y in years)
                or any(o not in context.lower() for o in ordinals)):
            continue
        passage_tokens = set(tokenize(passage.text, romanise=True))
        passage_cov = coverage(passage_tokens, concepts)
        context_tokens = passage_tokens | set(tokenize(heading, romanise=True))
        # The place and year were checked on the passage and its title above. A sentence that
        # names no place inherits the asked one from the document's title ("Shandong news: ...
        # - The ratio rose to 65%"), or from a passage that names no other place.
        place_from_context = (all(mentions(heading, n) for n in places)
                              or all(n in places for n in places_in(passage.text)))
        inherited = (place_tokens if place_from_context else years) & context_tokens
        for cand in (candidates[p_index] if candidates is not None else passage_candidates(passage)):
            start, end, text = cand.start, cand.end, cand.text
            if len(text) < 8:
                continue
            if text.rstrip().endswith(("?", "？")):
                continue  # a question in the document (a heading, an FAQ) answers nothing
            if len(_WORDY.findall(text)) < 4:
                continue  # a date line or a lone marker says nothing
            if wants_share and not _SHARE.search(text):
                continue  # "what percentage / 比例 / 率" is answered by a share, not by a count or an amount
            if wants_number and not _DIGIT.search(_YEAR.sub("", _DATE_OR_TIME.sub("", text))):
                continue  # "how much" is not answered by a sentence without a figure (a year is not one)
            sentence_places = places_in(text)
            unnamed = [names for names in places if not mentions(text, names)]  # asked places it does not name
            if unnamed and (sentence_places or not place_from_context):
                continue  # about another place, or nothing ties it to the asked one
            sentence_tokens = tokenize(text, romanise=True)
            words = coverage(set(sentence_tokens) | inherited, concepts)
            meaning, cross_lingual = 0.0, (cjk_share(text) > 0.3) != query.chinese
            if semantic and cand.similarity is not None:
                meaning = semantic.coverage(cand.similarity, cross_lingual)
            # The model's reading ranks every sentence, but it lets a sentence answer only across
            # languages, where words cannot: within one language a near miss ("the deductible in
            # Shanghai" for Beijing) is as close in meaning as the answer, and words tell them apart.
            cov = min(1.0, words + meaning) if cross_lingual else words  # two partial readings add up
            score = 0.85 * (words + meaning * semantic.weight if semantic else words) + 0.15 * passage_cov - 0.02 * p_index
            if nouns and states_a_count(sentence_tokens, nouns):
                score *= 1.25  # "how many provinces" is answered by "Seven provinces ..."
            if len(text) > LONG_SENTENCE:
                # Long run-on lists cover many words by sheer length; prefer the sentence that says it.
                score *= (LONG_SENTENCE / len(text)) ** 0.25
            if wants_place and not sentence_places:
                score *= 0.6
            if wants_year and not _YEAR.search(text):
                score *= 0.7
            for _ in unnamed:
                score *= 0.97  # a sentence naming the place itself wins a tie
            scored.append(ScoredSentence(p_index, start, end, text, score, cov, words, cand.similarity))
    scored.sort(key=lambda s: -s.score)
    return scored


def _trim(text: str, concepts: list[Concept], limit: int) -> str:
    """A long sentence cut to the window of clauses that carries most of the question; a figure
    is never cut from its thousands or decimals.

    >>> _trim("Funds, as reported, reached 29,764.03 million yuan, up 5%, said the office", [], 45)
    '… as reported, reached 29,764.03 million yuan, …'
"""
    if len(text) <= limit:
        return text
    # English marks split only before a space, so "29,764.03" and "10:30" stay whole.
    clauses = re.split(r"(?<=[,;:])\s+|(?<=[，；：])\s*", text)
    best, best_score = text[:limit], -1.0
    for i in range(len(clauses)):
        window = ""
        for j in range(i, len(clauses)):
            candidate = (window + " " + clauses[j]).strip() if window else clauses[j]
            if len(candidate) > limit:
                break
            window = candidate
            s = coverage(set(tokenize(window)), concepts) + (0.01 if _DIGIT.search(window) else 0)
            if s > best_score:
                best, best_score = window, s
    prefix = "" if text.startswith(best) else "… "
    suffix = "" if text.endswith(best) else " …"
    return prefix + best + suffix


def _figures(text: str) -> set[str]:
    return {n for n in _NUMBERS.findall(_DOC_MARKERS.sub("", text)) if not _YEAR.fullmatch(n)}


def find_conflict(scored: list[ScoredSentence], passages: list[Passage]) -> ScoredSentence | None:
    """A sentence from another document that answers as well as the best but with other figures.

    Policy figures change with the year and the source; showing both with their dates is
    more honest than choosing one silently.
    """
    best = scored[0]
    best_figures = _figures(best.text)
    if not best_figures:
        return None
    best_source = passages[best.passage_index].source
    for s in scored[1:]:
        if s.coverage < max(MIN_COVERAGE, CONFLICT_COVERAGE * best.coverage):
            break
        if passages[s.passage_index].source == best_source:
            continue
        figures = _figures(s.text)
        if figures and not figures & best_figures and s.score >= CONFLICT_COVERAGE * best.score:
            return s
    return None


def widen(passage: Passage, sentences: list[ScoredSentence]) -> tuple[Passage, int]:
    """``passage`` grown to hold ``sentences`` whole (their offsets are relative to its text and may
    reach outside it), and how far its text now starts before the old one's.

    >>> p = Passage("ratio rose to", "d.txt", "D", 1.0, start=10, end=23)
    >>> w, shift = widen(p, [ScoredSentence(0, -4, 18, "The ratio rose to 65%.", 1.0, 1.0)])
    >>> (w.text, w.start, w.end, shift)
    ('The ratio rose to 65%.', 6, 28, 4)
    >>> widen(p, [ScoredSentence(0, -4, 5, "The ratio", 1.0, 1.0)])[0].text
    'The ratio rose to'
    """
    head = min([0] + [s.start for s in sentences])
    tail = max([len(passage.text)] + [s.end for s in sentences])
    if head == 0 and tail == len(passage.text):
        return passage, 0
    before = next(s for s in sentences if s.start == head).text[: -head] if head < 0 else ""
    after = ""
    if tail > len(passage.text):
        last = next(s for s in sentences if s.end == tail)
        after = last.text[len(last.text) - (tail - len(passage.text)):]
    grown = replace(passage, text=before + passage.text + after, start=passage.start + head,
                    end=passage.end + (tail - len(passage.text)))
    return grown, -head


def figures_supported(answer_text: str, citations: list[Passage]) -> list[str]:
    """Figures in the answer that do not occur in the passage their marker cites (should be none)."""
    unsupported = []
    for segment in re.finditer(r"(.*?)\[(\d+)\]", answer_text, re.S):
        n = int(segment.group(2))
        source = citations[n - 1].text if 0 < n <= len(citations) else ""
        for number in _NUMBERS.findall(segment.group(1)):
            if number not in source:
                unsupported.append(number)
    return unsupported


def not_found(query: Query, note: str = "") -> Answer:
    lang = "zh" if query.chinese else "en"
    return Answer(text=NOT_FOUND[lang], found=False, citations=[], question=query.question,
                  expanded_terms=shown_terms(query), notes=[note] if note else [])


def shown_terms(query: Query) -> list[str]:
    """The glossary terms worth showing a reader: the English a Chinese question was searched with."""
    return list(dict.fromkeys(query.expansion.added_terms)) if query.chinese else []


def compose_answer(query: Query, passages: list[Passage], doc_freq: dict[str, int], n_chunks: int,
                   similarities: list[float] | None = None, candidates: list[list[Candidate]] | None = None,
                   semantic: SemanticScale | None = None) -> Answer:
    """The extractive answer to ``query`` from ``passages`` (found=False when they do not answer it).

    ``similarities`` are the embedding model's cosines between the question and each passage:
    a paraphrase ("clawed back" for "recovered") shares few words but stays close in meaning.
    """
    if not passages:
        return not_found(query, "no passages were retrieved")
    concepts = question_concepts(query, doc_freq, n_chunks)
    if not concepts:
        return not_found(query, "the question has no searchable words")
    scored = score_sentences(query, passages, concepts, candidates, semantic)
    if not scored:
        return not_found(query, "no retrieved sentence is about the place, year or batch the question "
                                "names, or gives the figure it asks for")
    closeness = max(similarities) if similarities else 0.0
    close = semantic.close if semantic else CLOSE_SIMILARITY
    # Only a sentence that carries enough of the question may answer; among those, the best ranked.
    need = MIN_COVERAGE_CLOSE if closeness >= close else MIN_COVERAGE
    eligible = [s for s in scored if s.coverage >= need]
    if not eligible:
        best = max(s.coverage for s in scored)
        return not_found(query, f"the closest sentence matches only {best:.0%} of what the question "
                                f"asks (an answer needs {need:.0%})")
    scored = eligible
    chosen = [scored[0]]
    conflict = find_conflict(scored, passages)
    if conflict is not None:
        chosen.append(conflict)
    for s in scored[1:]:
        if len(chosen) >= MAX_SENTENCES or s.score < SECOND_SENTENCE_RATIO * scored[0].score:
            break
        overlaps = any(s.passage_index == c.passage_index and s.start < c.end and c.start < s.end for c in chosen)
        same_text = any(s.text == c.text for c in chosen)
        if not overlaps and not same_text:
            chosen.append(s)

    # A quoted sentence that a chunk boundary cut is whole in the answer: its passage is widened
    # to hold it, so the citation shows (and contains) every figure the answer quotes.
    widened = {i: widen(passages[i], [c for c in chosen if c.passage_index == i]) for i in {c.passage_index for c in chosen}}
    # Markers are numbered in order of first use; a passage cited twice keeps its number.
    citations: list[Passage] = []
    highlights: list[list[tuple[int, int]]] = []
    parts = []
    budget = MAX_ANSWER_CHARS
    for s in chosen:
        text = _trim(_DOC_MARKERS.sub("", s.text).strip(), concepts, budget)
        if len(text) > budget:
            break
        passage, shift = widened[s.passage_index]
        span = (s.start + shift, s.end + shift)
        if passage in citations:
            n = citations.index(passage) + 1
            highlights[n - 1].append(span)
        else:
            citations.append(passage)
            highlights.append([span])
            n = len(citations)
        parts.append(f"{text} [{n}]")
        budget -= len(text) + 1  # and the space before the next one
    text = " ".join(parts)
    notes = []
    if conflict is not None and len(citations) > 1:
        dated = ", ".join(f"[{n}] {c.date or 'undated'}" for n, c in enumerate(citations, 1))
        notes.append(f"The sources give different figures ({dated}): check which is more recent or applies.")
    quoted = {"zh" if cjk_share(s.text) > 0.3 else "en" for s in chosen}
    asked = "zh" if query.chinese else "en"
    if quoted - {asked}:
        # A quote stays a quote: the reader is told it is in the document's language, not translated.
        notes.append(QUOTED_IN_OTHER_LANGUAGE[asked])
    unsupported = figures_supported(text, citations)
    if unsupported:  # cannot happen for copied sentences; guards any future change
        notes.append("figures not found in the cited passage: " + ", ".join(unsupported))
    return Answer(text=text, found=True, citations=citations, question=query.question,
                  highlights=highlights, expanded_terms=shown_terms(query), notes=notes)
