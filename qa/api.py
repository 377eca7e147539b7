"""The public Python API: ``build_index``, ``verify_index``, ``retrieve``, ``answer``.

The model and the index are loaded once per process, lazily, and the index is
reloaded when a build swaps in a new version, so a long-running chat answers from
the old index during a rebuild and from the new one as soon as it is in place.
"""
from __future__ import annotations

import sys
import threading
from dataclasses import replace
from pathlib import Path

from qa.answering import KIND_NAMES, SEMANTIC_SCALES, WHY, compose_answer
from qa.filters import check_where
from qa.followup import orphan_followup, understood_question
from qa.glossary import load_glossary
from qa.index import IndexNotUsable, current_version_dir, lexical_fingerprint, load_index, vectors_mismatch
from qa.index import build_index as _build
from qa.records import Answer, BuildReport, Passage
from qa.retrieval import Retriever, check_k
from qa.settings import Settings


class Engine:
    """A loaded index, the embedding model and the retriever over them."""

    def __init__(self, settings: Settings, auto_build: bool = True):
        self.settings = settings
        self.auto_build = auto_build
        self._lock = threading.Lock()
        self._version: Path | None = None
        self._retriever: Retriever | None = None
        self._embedder = None

    @property
    def embedder(self):
        if self._embedder is None:
            from qa.embedding import Embedder

            self._embedder = Embedder.from_settings(self.settings)
        return self._embedder

    @property
    def retriever(self) -> Retriever:
        version = current_version_dir(self.settings.index_dir)
        if self._retriever is None or version != self._version:
            with self._lock:
                version = current_version_dir(self.settings.index_dir)
                if self._retriever is None or version != self._version:
                    self._load(version)
        return self._retriever

    def _load(self, version) -> None:
        if version is None and self.auto_build:
            print(f"qa: no index in {self.settings.index_dir}/ yet: building it from "
                  f"{self.settings.corpus_dir}/ (once; later runs load it)", file=sys.stderr)
            report = self._build()
            print("qa: " + report.summary().replace("\n", "\nqa: "), file=sys.stderr)
        index = load_index(self.settings)
        for warning in index.warnings:
            print(f"qa: {warning}", file=sys.stderr)
        problem = vectors_mismatch(index.manifest, self.settings, self.embedder)
        if problem and self.auto_build:  # e.g. QA_BACKEND changed: re-embed once, in full
            print(f"qa: {problem.split(': run')[0]}: rebuilding", file=sys.stderr)
            self._build()
            index = load_index(self.settings)
        elif problem:
            raise IndexNotUsable(problem)
        built_with = index.manifest.get("lexical_fingerprint")
        if built_with and built_with != lexical_fingerprint() and self.auto_build:
            # The glossary's Chinese terms are jieba words: after it or the way words are read changed (a new release),
            # the index's words are read again (its vectors are kept), or a new term would never meet the documents' text.
            print("qa: the glossary or the way words are read changed since the index was built: re-reading its words "
                  "(vectors kept)", file=sys.stderr)
            self._build()
            index = load_index(self.settings)
        self._retriever = Retriever(index, self.embedder, glossary=load_glossary(self.settings.corpus_dir))
        # The version actually loaded: re-reading CURRENT here could name a newer one that a
        # build swapped in meanwhile, which would then never be loaded.
        self._version = index.path
        if not _warmed.is_set():
            _warmed.set()
            threading.Thread(target=warm_up, args=(self._retriever,), name="qa-warm-up", daemon=True).start()

    def _build(self) -> BuildReport:
        return _build(self.settings, progress=sys.stderr.isatty(), embedder=self.embedder,
                      log=lambda m: print("qa:", m, file=sys.stderr))

    def retrieve_many(self, questions: list[str], k: int = 5, where: dict | None = None) -> list[list[Passage]]:
        where = check_where(where)  # before the index is loaded (or built): a mistake costs nothing
        return self.retriever.retrieve_many(questions, k=k, where=where)

    def answer(self, question: str, k: int = 5, where: dict | None = None, generate: bool | None = None,
               history: list[str] | None = None) -> Answer:
        passages, extractive = self.answer_with_passages(question, k=k, where=where, history=history)
        llm = llm_settings(generate)
        if llm is None:
            return extractive
        from qa.generation import generate_answer

        generated = generate_answer(extractive.rewritten or question, passages, extractive, llm)
        return replace(generated, rewritten=extractive.rewritten)

    def answer_with_passages(self, question: str, k: int = 5, where: dict | None = None,
                             history: list[str] | None = None) -> tuple[list[Passage], Answer]:
        """The retrieved passages and the extractive answer drawn from them (the chat streams from here).

        ``history`` holds the earlier questions of the conversation, oldest first: a follow-up
        ("And in Guangxi?") is answered as the whole question it stands for (``Answer.rewritten``).
        """
        where = check_where(where)
        asked = understood_question(question, history)
        orphan = orphan_followup(question, history)
        if orphan:  # "And in Guangxi?" after a cleared chat: say so rather than answer a fragment
            return [], Answer(text=orphan, found=False, question=question.strip(),
                              notes=["a follow-up with no earlier question"])
        passages, extractive = answer_with_passages(self.retriever, asked, k=k, where=where)
        if asked != question.strip():
            extractive = replace(extractive, rewritten=asked)
        return passages, extractive


def llm_settings(generate: bool | None):
    """The language-model endpoint to use: None for extractive answers.

    ``generate=None`` uses the endpoint when QA_LLM_BASE_URL is set; True insists on it.
    """
    if generate is False:
        return None
    from qa.generation import LLMSettings

    llm = LLMSettings.from_env()
    if generate and llm is None:
        raise ValueError("generative answers need a language model: set QA_LLM_BASE_URL (and QA_LLM_MODEL)")
    return llm


def answer_with_passages(retriever: Retriever, question: str, k: int = 5,
                         where: dict | None = None) -> tuple[list[Passage], Answer]:
    return answer_many_with_passages(retriever, [question], k=k, where=where)[0]


def answer_many_with_passages(retriever: Retriever, questions: list[str], k: int = 5,
                              where: dict | None = None) -> list[tuple[list[Passage], Answer]]:
    """(passages, extractive answer) for each question, the questions embedded in one batch."""
    k = check_k(k)
    where = check_where(where)
    queries = [retriever.analyse(q) for q in questions]
    index = retriever.index
    out = []
    semantic = SEMANTIC_SCALES.get(getattr(retriever.embedder, "model", ""))

    def compose(query, passages):
        return compose_answer(query, passages, index.doc_freq, len(index.chunks), retriever.similarities(query, passages),
                              retriever.sentence_candidates(query, passages), semantic,
                              heads=retriever.document_heads(passages), cooccur=index.cooccur,
                              glossary=retriever.glossary, documents=retriever.document_sentences,
                              document_spans=retriever.document_spans)

    for query, passages in zip(queries, retriever.search_many(queries, k, where)):
        answer = compose(query, passages)
        if not answer.found and answer.notes and answer.notes[0] in _OTHER_PLACE_NOTES and len(passages) >= k:
            # "The documents do not give this for Shandong; the closest is Guangdong's" is a claim about every document:
            # the asked place's passage may rank below the first k (a long question's words pull in other provinces),
            # so a deeper search checks it before the reader is told so.
            deeper = retriever.search_many([query], k + DEEPER_BY, where)[0]
            again = compose(query, deeper)
            if again.found:
                passages, answer = deeper, again
        out.append((passages, answer))
    return out


DEEPER_BY = 10  # passages more, searched when the first k hold the asked figure only for other places
_OTHER_PLACE_NOTES = frozenset(WHY["near_miss"][zh].format(kind=KIND_NAMES["place"][zh]) for zh in (0, 1))


def answer_with(retriever: Retriever, question: str, k: int = 5, where: dict | None = None) -> Answer:
    """The extractive answer using a given retriever (the engine's, or a baseline's)."""
    return answer_with_passages(retriever, question, k=k, where=where)[1]


_warmed = threading.Event()


def warm_up(retriever: Retriever) -> None:
    """Load, once per process and beside the first question rather than in it, what a Chinese question
    would otherwise wait for (about 4 s on 2 cores; README, "Speed"): the glossary's patterns, jieba's
    two dictionaries (the glossary-aware tokenizer and the default one with parts of speech), the
    CC-CEDICT index (``qa.dictionary``), wordfreq's English counts and pypinyin (and its syllables, by which
    an English question's "in Jiangzhou" is read as a place, ~1 s). Each loader has its own lock or cache, so a
    question arriving meanwhile waits for the same load (or repeats it), never for a half-built one."""
    from jieba import posseg

    from qa.answering import _pinyin_word, dictionary_noun, english_zipf
    from qa.dictionary import english_of
    from qa.tokenization import tokenize

    retriever.glossary.expand("医保报销比例")
    tokenize("医保报销比例", romanise=True)
    posseg.lcut("医保报销比例")
    dictionary_noun("宠物")
    english_of("宠物")
    english_zipf("insulin")
    _pinyin_word()


_engines: dict[Settings, Engine] = {}
_engines_lock = threading.Lock()


def get_engine(settings: Settings | None = None) -> Engine:
    """The shared engine for these settings (default: from the environment)."""
    settings = settings or Settings.from_env()
    with _engines_lock:
        if settings not in _engines:
            _engines[settings] = Engine(settings)
        return _engines[settings]


def build_index(corpus_dir=None, index_dir=None, model=None, rebuild: bool = False,
                progress: bool = False) -> BuildReport:
    """Bring the index up to date with the corpus; re-embeds only what changed.

    >>> report = qa.build_index(corpus_dir="corpus", index_dir="index")  # doctest: +SKIP
    """
    settings = Settings.from_env(corpus_dir, index_dir, model)
    engine = get_engine(settings)
    return _build(settings, rebuild=rebuild, progress=progress, embedder=engine.embedder)


def verify_index(corpus_dir=None, index_dir=None, model=None):
    """Check every file of the index against the checksums its manifest recorded; changes nothing
    (``build_index`` repairs). Returns a ``Verification``: ``ok``, ``problems``, ``summary()``.

    >>> qa.verify_index(index_dir="index").ok  # doctest: +SKIP
    """
    from qa.verification import verify_index as verify

    return verify(Settings.from_env(corpus_dir, index_dir, model))


def retrieve(question: str, k: int = 5, where: dict | None = None, **locations) -> list[Passage]:
    """The k passages that best match the question, best first.

    ``where`` filters by document metadata, e.g. ``{"region": "Shandong"}`` or
    ``{"date_from": "2023"}``. ``corpus_dir``/``index_dir``/``model`` override the settings.

    >>> qa.retrieve("outpatient reimbursement ratio in Shandong", k=3)  # doctest: +SKIP
    """
    return retrieve_many([question], k=k, where=where, **locations)[0]


def retrieve_many(questions: list[str], k: int = 5, where: dict | None = None, **locations) -> list[list[Passage]]:
    """``retrieve`` for several questions at once (one batch through the model)."""
    return get_engine(Settings.from_env(**locations)).retrieve_many(list(questions), k=k, where=where)


def answer(question: str, k: int = 5, where: dict | None = None, generate: bool | None = None,
           history: list[str] | None = None, **locations) -> Answer:
    """An answer with ``[n]`` markers, ``found`` and the cited passages.

    Extractive by default; with QA_LLM_BASE_URL set (or ``generate=True``) a language model
    writes it from the same passages, checked, with the extractive answer as the fallback.
    ``history`` is the conversation so far (earlier questions, oldest first): a follow-up such as
    "And in Guangxi?" is read through it, and ``Answer.rewritten`` holds the question answered.

    >>> qa.answer("What is the outpatient reimbursement ratio at grassroots medical institutions in Shandong?").text  # doctest: +SKIP
    """
    return get_engine(Settings.from_env(**locations)).answer(question, k=k, where=where, generate=generate,
                                                             history=history)
