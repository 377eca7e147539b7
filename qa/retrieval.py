"""Finding the passages for a question: dense (FAISS) and lexical (BM25) search, fused.

The question is first analysed once (language, glossary expansion, lexical tokens), and
both searches run over the same chunks. A Chinese question against English documents
is carried by the glossary: its English terms feed both the lexical and the dense side,
since the bundled model reads English only.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

import numpy as np

from qa.fusion import RRF_K, fuse_imputing, fuse_rankings
from qa.glossary import Expansion, load_glossary
from qa.index import LoadedIndex
from qa.records import Passage
from qa.tokenization import cjk_share, pinyin_pairs, tokenize

# Weights of the two rankings in the fusion, chosen on the dev set (README, "Retrieval").
DENSE_WEIGHT = 0.7
LEXICAL_WEIGHT = 1.0
# Lexical weight of the words a question gains from the glossary, relative to its own words.
GLOSSARY_WEIGHT = 0.5
# A name an English question gives ("Qinghe") that only a few Chinese documents carry, in their
# pinyin, lifts those documents as a third ranking of this weight (at most this share of them).
NAME_WEIGHT = 1.0
NAMED_SHARE = 0.5
_EN_NAME = re.compile(r"(?<=\s)[A-Z][a-z]+")  # not the first word ("What"), not an acronym ("NHSA")
# How deep each side looks before fusion, relative to k.
# A chunk in the question's own language that the model placed among its first k but its cross-language shift put
# out of sight keeps its place where it holds at least this share of the question's words (``fuse_imputing``).
HIDDEN_WORDS_MIN = 0.5
CANDIDATE_DEPTH = 8
MIN_CANDIDATES = 40
# A third ranking in the fusion: the chunks by their closest stored sentence (the vectors the answer step quotes by,
# embedded at build time). A chunk's own vector blurs a one-clause answer among the clauses around it ("职工医保统筹基金
# 支付85%" ranks first of every sentence but its chunk 13th); chosen on every eval set (README, "Retrieval").
SENTENCE_WEIGHT = 0.35


@dataclass(frozen=True)
class Query:
    """A question analysed once: what each search side and the answer picker use."""

    question: str
    chinese: bool
    expansion: Expansion
    tokens: tuple[str, ...]  # lexical tokens of the question itself
    added_tokens: tuple[str, ...] = ()  # ... and those only its glossary terms bring
    names: tuple[str, ...] = ()  # tokens of the names it gives (places, programmes)
    english_text: str = ""  # for a Chinese question: its English glossary terms, for an English-only model
    # a Chinese word no document uses -> the tokens of a full form it abbreviates there (解绑: 解除 绑定; ``qa.abbreviations``)
    abbreviations: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def dense_text_for(self, reads_chinese: bool) -> str:
        """What the embedding model should read for this question."""
        if not self.chinese or reads_chinese:
            return self.question
        # Without glossary terms the raw question still helps a little: the model knows about
        # one Chinese character in four, and the digits and Latin names a question carries.
        return self.english_text or self.question


DOCUMENT_HEAD_CHARS = 300  # a notice's title and first lines
PRELUDE_SENTENCES = 60  # how far above a passage its headings are looked for


# A verb whose object a reader puts inside it: 住了一个礼拜院 (住院), 住过两次院, 看了三回病 (看病), 备过案 (备案); 开了点药 is not one
_SPLIT_VERB = re.compile(r"(住|出|看|转|就|备)(?:了|过)(?:好)?(?:[一二三四五六七八九十两几半\d]*[个次回天周月年礼拜星期]*(?:的)?)(院|病|诊|案)")


ACRONYM_CHUNKS = 3  # a name in capitals that this few chunks write is lifted wherever they stand
_ACRONYM = re.compile(r"(?<![\w-])(?:[A-Z]{2,}[a-z]?\d*|[A-Z][a-z]?[A-Z]\w*)(?:-[A-Za-z0-9]+)*(?![\w-])")


def acronym_tokens(question: str) -> tuple[str, ...]:
    """The letter tokens of the names an English question writes in capitals ("PD-1" -> pd, "MRI"), not an everyday
    word ("CAR-T": car; "OK", "US") nor a single letter.

    >>> acronym_tokens("My dad is on PD-1 immunotherapy. Does CAR-T count? And an MRI?")
    ('pd', 'mri')
    """
    from qa.answering import SPECIFIC_ZIPF, english_zipf

    out = []
    for m in _ACRONYM.finditer(question):
        for t in tokenize(m.group(0)):
            if len(t) >= 2 and t.isalpha() and t.isascii() and english_zipf(t) < SPECIFIC_ZIPF and t not in out:
                out.append(t)
    return tuple(out)


def analyse_question(question: str, expand: bool = True, glossary=None) -> Query:
    """Language, glossary terms and search inputs of a question (validated).

    ``expand=False`` skips the glossary: the plain recipe, kept for baselines.
    """
    if not isinstance(question, str) or not question.strip():
        raise ValueError("the question is empty: type a question, e.g. 'What is the outpatient reimbursement ratio?'")
    question = question.strip()
    chinese = cjk_share(question) > 0.3
    # (a verb a reader splits, 住了一个礼拜院, is searched whole: 住院)
    joined = " ".join(f"{m.group(1)}{m.group(2)}" for m in _SPLIT_VERB.finditer(question)) if chinese else ""
    expansion = (glossary or load_glossary()).expand(f"{question} {joined}".strip()) if expand else Expansion()
    tokens = tokenize(question) + [t for t in tokenize(joined) if t not in tokenize(question)]
    synonyms = " ".join(z for _, same in expansion.synonyms for z in same)
    added = tuple(dict.fromkeys(t for t in tokenize(f"{expansion.text()} {synonyms}") if t not in tokens))
    english = ""
    if chinese and expand:
        # the dictionary's English for the subject words the glossary lacks (护士 "nurse", 季度 "quarter"):
        # English documents are found by them too
        from qa.answering import _derived, dictionary_words

        provisional = Query(question, chinese, expansion, tuple(tokens))
        looked_up = tokenize(" ".join(e for _, english_words in dictionary_words(provisional) for e in english_words))
        # (and the adjective a document writes for a dictionary noun: "psychiatry" as "psychiatric")
        looked_up += [form for t in looked_up for form in _derived(t)[1:]]
        added += tuple(t for t in dict.fromkeys(looked_up) if t not in tokens and t not in added)
    elif expand:
        # ... and an English question's rare words their dictionary Chinese ("dialysis" 透析), for Chinese documents
        from qa.answering import dictionary_chinese

        looked_up = tokenize(" ".join(dictionary_chinese(question, tuple(found for found, _ in expansion.matches))))
        added += tuple(t for t in dict.fromkeys(looked_up) if t not in tokens and t not in added)
    if chinese:
        # English terms with content ("how many" has none) carry the meaning for an English-only model.
        english = " ".join(dict.fromkeys(t for t in expansion.added_terms if cjk_share(t) < 0.3 and tokenize(t)))
    return Query(question, chinese, expansion, tuple(tokens), added_tokens=added, english_text=english,
                 names=question_names(question))


def question_names(question: str) -> tuple[str, ...]:
    """Tokens of the names an English question gives: capitalised words after the first, not acronyms (the
    first too where it is possessive or no English word).

    >>> question_names("How much is the allowance in Qinghe County under NHSA rules?")
    ('qingh', 'counti')
    >>> question_names("Lanjiang's office refused my claim."), question_names("Harbourton pays how much?")
    (('lanjiang',), ('harbourton',))
    >>> question_names("What's the cap?"), question_names("Shanghai's cap?"), question_names("Retirees pay what?")
    ((), ('shanghai',), ())
    """
    found = [m.group(0) for m in _EN_NAME.finditer(question)]
    first = _FIRST_NAME.match(question)
    if first and _rare_english(first.group(1), 4.5 if first.group(2) else 2.5):  # (not "What's", "It's")
        found.insert(0, first.group(1))  # "Lanjiang's office ...", "Harbourton pays ...": a name opens the question
    tokens = [t for name in found for t in tokenize(name)]
    # (a product's name spelled in pinyin, "Lanhuibao", meets its Chinese 岚惠保 by syllable pairs)
    tokens += [p for name in found for w in name.split() if _rare_english(w, 2.0) for p in pinyin_pairs(w)]
    return tuple(dict.fromkeys(tokens))


_FIRST_NAME = re.compile(r"\s*([A-Z][a-z]+)('s\b|’s\b)?")


def _rare_english(word: str, below: float) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") < below


def check_k(k) -> int:
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 1:
        raise ValueError(f"k must be a whole number of at least 1, got {k!r}")
    return int(k)


def matches_filter(meta: dict, where: dict | None) -> bool:
    """Whether a document's metadata passes ``where`` (region etc. ignore case; dates are prefixes)."""
    if not where:
        return True
    for key, want in where.items():
        if key == "date_from":
            if not meta.get("date") or meta["date"] < str(want):
                return False
        elif key == "date_to":
            if not meta.get("date") or meta["date"][: len(str(want))] > str(want):
                return False
        elif str(meta.get(key, "")).lower() != str(want).lower():
            return False
    return True


class Retriever:
    """Hybrid search over one loaded index; cheap to call, holds no per-question state.

    ``weights`` are the (dense, lexical) weights of the fusion: (1, 0) is dense only and
    (0, 1) BM25 only, the two baselines of ``qa eval --compare``; ``expand=False`` is the
    plain recipe: no glossary, and every question and chunk embedded as it is.
    """

    def __init__(self, index: LoadedIndex, embedder, weights: tuple[float, float] | None = None,
                 expand: bool = True, glossary=None):
        # The glossary that expands questions: bundled + QA_GLOSSARY, and the corpus's own when its
        # owner (the engine) passes it (``load_glossary(corpus_dir)``).
        self.glossary = glossary or load_glossary()
        self.index = index
        self.embedder = embedder
        self.weights = weights or (DENSE_WEIGHT, LEXICAL_WEIGHT)
        self.expand = expand
        self.lexical_vocab = getattr(index.lexical, "vocab_dict", {}) if index.lexical is not None else {}
        # The plain recipe (expand=False, the baselines) embeds every question and chunk as they are.
        self.reads_chinese = getattr(embedder, "reads_chinese", True) or not expand
        # An English-only model cannot see Chinese chunks: their vectors are noise, so they are left
        # to BM25 rather than let into the dense ranking. None when there are none to hide.
        self.chunk_chinese = np.array([cjk_share(c.text) > 0.3 for c in index.chunks], dtype=bool)
        blind = None if self.reads_chinese else self.chunk_chinese
        self.dense_blind = blind if blind is not None and blind.any() else None
        # Only for a model whose cross-lingual shift was measured, and a corpus of both languages.
        from qa.answering import SEMANTIC_SCALES

        scale = SEMANTIC_SCALES.get(getattr(embedder, "model", ""))
        mixed = self.chunk_chinese.any() and not self.chunk_chinese.all()
        self.cross_shift = scale.cross_shift if scale is not None and mixed and expand else 0.0
        self._index_sentences()

    def _index_sentences(self) -> None:
        """Each stored sentence's vector and the chunks that hold it, for the sentence ranking (none for the plain
        recipe, an index without sentences, or sentences an English-only model cannot read)."""
        table = self.index.sentences
        self.sentence_vectors = None
        if not self.expand or table is None or table.vectors is None or not table.vectors.size:
            return
        owners = [[] for _ in table.sentences]
        for i, chunk in enumerate(self.index.chunks):
            for row in table.overlapping(chunk.source, chunk.start, chunk.end):
                owners[row].append(i)
        chinese = np.array([cjk_share(s.text) > 0.3 for s in table.sentences], dtype=bool)
        keep = np.array([bool(o) for o in owners], dtype=bool) & (True if self.reads_chinese else ~chinese)
        rows = np.flatnonzero(keep)
        self.sentence_vectors = np.ascontiguousarray(table.vectors[rows], dtype=np.float32)
        self.sentence_owners = [owners[r] for r in rows]
        self.sentence_chinese = chinese[rows]

    def _sentence_rank(self, query: Query, vector: np.ndarray, depth: int, allowed, sources=None) -> list[int]:
        """Chunks in the order of their closest sentence to the question (the other language's shifted as the
        dense side's are), ``depth`` of them (in the other language, of the documents ``sources`` only, where given)."""
        sims = self.sentence_vectors @ vector
        if self.cross_shift:
            sims = sims + self.cross_shift * (self.sentence_chinese != query.chinese)
        out, seen = [], set()
        for row in np.argsort(-sims, kind="stable"):
            for i in self.sentence_owners[row]:
                if i not in seen and (allowed is None or allowed[i]) and (sources is None or self.index.chunks[i].source
                                                                           in sources or self.chunk_chinese[i] == query.chinese):
                    seen.add(i)
                    out.append(i)
            if len(out) >= depth:
                break
        return out[:depth]

    def retrieve_many(self, questions: list[str], k: int = 5, where: dict | None = None) -> list[list[Passage]]:
        """Top-k passages for each question (the batch form; ``retrieve`` wraps it)."""
        k = check_k(k)
        return self.search_many([self.analyse(q) for q in questions], k, where)

    def analyse(self, question: str) -> Query:
        """``analyse_question`` and the abbreviations (解绑) of words this index's documents write in full."""
        query = analyse_question(question, expand=self.expand, glossary=self.glossary)
        if not (query.chinese and self.expand and self.index.chunks):
            return query
        from qa.abbreviations import abbreviations

        found = abbreviations(query.tokens, self.index.doc_freq, self.index.text())
        return replace(query, abbreviations=found) if found else query

    def search_many(self, queries: list[Query], k: int, where: dict | None = None) -> list[list[Passage]]:
        n = len(self.index.chunks)
        if n == 0 or not queries:
            return [[] for _ in queries]
        allowed = self._allowed(where)
        depth = min(n, max(MIN_CANDIDATES, k * CANDIDATE_DEPTH))
        dense_weight, lexical_weight = self.weights
        dense_ranks = [[] for _ in queries]
        if dense_weight > 0:
            vectors = self.embedder.encode_queries([q.dense_text_for(self.reads_chinese) for q in queries])
            # The chunks the dense side may return (None: all), worked out once for the batch.
            visible = allowed
            if self.dense_blind is not None:
                visible = ~self.dense_blind if allowed is None else allowed & ~self.dense_blind
            # In a corpus of both languages, look deeper so that the other language's chunks can be
            # lifted by the model's cross-lingual shift below. (Scoring every chunk lifted more of them,
            # and the answer step then answered English questions from Chinese sentences it could not
            # check: wrong figures on eval/unseen16, README "Tried and dropped".)
            wide = min(n, depth * 3) if self.cross_shift else depth
            if visible is not None and hasattr(self.index.dense, "hnsw"):
                found = self._filtered_ann_search(vectors, wide, visible)
                scores = None
            else:
                # Filters apply after a flat search, so it looks at every chunk when one is set.
                scores, found = self.index.dense.search(vectors, n if visible is not None else wide)
            dense_ranks, shifted_out = [], []
            for row, (query, ids) in enumerate(zip(queries, np.asarray(found))):
                keep = ids >= 0
                if visible is not None:
                    keep[keep] = visible[ids[keep]]
                ids = ids[keep]
                if self.cross_shift and scores is not None:
                    # A chunk in the other language sits further from the question even when it answers
                    # it: the same shift as the answer step's (qa.answering.SEMANTIC_SCALES).
                    adjusted = scores[row][keep] + self.cross_shift * (self.chunk_chinese[ids] != query.chinese)
                    raw = ids[:k]  # (the model's own first k, before the shift)
                    ids = ids[np.argsort(-adjusted, kind="stable")]
                    shifted_out.append(set(raw.tolist()) - set(ids[:k].tolist()))
                else:
                    shifted_out.append(set())
                dense_ranks.append(ids[:depth].tolist())
        results = []
        shifted_out = shifted_out if dense_weight > 0 else [set() for _ in queries]
        for query, dense_rank, hidden in zip(queries, dense_ranks, shifted_out):
            hidden = {i for i in hidden if self._word_share(query, i) >= HIDDEN_WORDS_MIN}
            lexical_rank = self._lexical_rank(query, depth, allowed) if lexical_weight > 0 else []
            if self.cross_shift and dense_weight > 0 and lexical_weight > 0:
                # The question's words cannot match a document in the other language: for those
                # chunks the dense side votes in the words' place (as BM25 does for a model blind to Chinese).
                unseen = {i for i in (*dense_rank, *lexical_rank) if self.chunk_chinese[i] != query.chinese}
                fused = fuse_imputing(dense_rank, lexical_rank, [dense_weight, lexical_weight], unseen, shifted_out=hidden)
            else:
                fused = fuse_rankings([dense_rank, lexical_rank], [dense_weight, lexical_weight])
            if self.cross_shift and self.expand and lexical_weight > 0:
                fused = self._pin_translated(query, fused, allowed)
            if (query.names or not query.chinese) and self.expand and lexical_weight > 0:
                fused = self._pin_named(query, fused, allowed)
            if SENTENCE_WEIGHT > 0 and dense_weight > 0 and lexical_weight > 0 and self.sentence_vectors is not None \
                    and len(self.sentence_vectors):
                scores = dict(fused)
                vector = np.asarray(vectors[len(results)], dtype=np.float32)
                # (in the other language, within the documents the two rankings found: the sentence picks which of
                # their chunks to show; a document in the other language they left out, lifted by one sentence's
                # closeness alone, was answered from wrongly: eval/unseen12, unseen16, unseen24)
                found = {self.index.chunks[i].source for i, _ in fused[:k]}
                for rank, item in enumerate(self._sentence_rank(query, vector, depth, allowed, found), 1):
                    scores[item] = scores.get(item, 0.0) + SENTENCE_WEIGHT / (RRF_K + rank)
                fused = sorted(scores.items(), key=lambda kv: -kv[1])
            results.append([self._passage(i, score) for i, score in fused[:k]])
        return results

    def _filtered_ann_search(self, vectors: np.ndarray, depth: int, mask: np.ndarray) -> np.ndarray:
        """Dense search on an HNSW index (a large one, see ``qa.index.ANN_THRESHOLD``) limited to
        the chunks ``mask`` allows.

        A graph cannot usefully be searched n deep, so the filter goes inside the search (a FAISS
        ID selector) and only ``depth`` are asked for. A narrow filter (under 5% of the chunks), or
        a graph search that comes back with fewer allowed chunks than wanted, is answered by an
        exact scan of the graph's own stored vectors restricted to the allowed chunks instead.
        """
        import faiss

        dense = self.index.dense
        want = min(depth, int(mask.sum()))
        if want == 0:
            return np.full((len(vectors), 0), -1, dtype=np.int64)
        bits = np.packbits(mask, bitorder="little")  # kept alive for the selector below
        selector = faiss.IDSelectorBitmap(len(mask), faiss.swig_ptr(bits))
        exact_search = faiss.downcast_index(dense.storage)
        if want < depth or mask.mean() < 0.05:
            _, found = exact_search.search(vectors, want, params=faiss.SearchParameters(sel=selector))
            return found
        params = faiss.SearchParametersHNSW(sel=selector, efSearch=max(dense.hnsw.efSearch, depth))
        _, found = dense.search(vectors, want, params=params)
        short = (found >= 0).sum(axis=1) < want
        if short.any():
            _, found[short] = exact_search.search(vectors[short], want, params=faiss.SearchParameters(sel=selector))
        return found

    def similarities(self, query: Query, passages: list[Passage]) -> list[float]:
        """Cosine between the question and each passage (its vector comes back from FAISS, no re-embedding)."""
        if not passages:
            return []
        vector = self.embedder.encode_queries([query.dense_text_for(self.reads_chinese)])[0]
        return [float(self.index.dense.reconstruct(p.chunk_id) @ vector) for p in passages]

    def sentence_candidates(self, query: Query, passages: list[Passage]):
        """Each passage's sentences, whole from its document, with their similarity to the question
        (None for an index built before sentences were stored: the answer step splits the passages)."""
        from qa.answering import Candidate, heading_like

        table = self.index.sentences
        if table is None or not passages:
            return None
        vector = self.embedder.encode_queries([query.dense_text_for(self.reads_chinese)])[0]
        out = []
        for p in passages:
            rows = table.overlapping(p.source, p.start, p.end)
            sims = table.vectors[rows].astype(np.float32) @ vector if rows else []
            # What the document says above the passage, read for context only: the headings over it
            # ("（三）住院。" above a list of ratios a chunk starts in the middle of) and the sentences
            # just before it (a list's lead-in)
            prelude = []
            if rows:
                first, top = rows[0], table.first_of(p.source)
                prelude = [i for i in range(max(top, first - PRELUDE_SENTENCES), first)
                           if i >= first - 3 or heading_like(table.sentences[i].text)]
            out.append([Candidate(table.sentences[i].start - p.start, table.sentences[i].end - p.start,
                                  table.sentences[i].text, None, context_only=True) for i in prelude]
                       + [Candidate(table.sentences[i].start - p.start, table.sentences[i].end - p.start,
                                    table.sentences[i].text, float(sim)) for i, sim in zip(rows, sims)])
        return out

    def document_sentences(self, source: str) -> list[str]:
        """Every stored sentence of one document, in order ([] for an index without sentences)."""
        table = self.index.sentences
        return [] if table is None else [table.sentences[i].text for i in table.of_source(source)]

    def document_spans(self, source: str) -> list:
        """Every stored sentence of one document with its offsets (``qa.sentences.Sentence``), in order."""
        table = self.index.sentences
        return [] if table is None else [table.sentences[i] for i in table.of_source(source)]

    def document_heads(self, passages: list[Passage], chars: int = DOCUMENT_HEAD_CHARS) -> list[str]:
        """The opening of each passage's document (its first sentences): where a notice names the
        city or county it is about, which a chunk from its middle may never repeat."""
        table = self.index.sentences
        if table is None:
            return ["" for _ in passages]
        return [" ".join(table.sentences[i].text for i in table.overlapping(p.source, 0, chars)) for p in passages]

    def _word_share(self, query: Query, chunk: int) -> float:
        """The share of the question's own words (those any chunk holds) that ``chunk`` holds, each weighed by its
        rarity among the chunks: 骨锚式 and 助听 tell more than 每次 and 多少."""
        # (a word no chunk holds counts as the rarest: 骨锚式 unheard of in any Chinese notice says the words are not theirs)
        ids = {self.lexical_vocab[t] for t in query.tokens if t in self.lexical_vocab}
        from qa.answering import chinese_filler

        unheld = len({t for t in query.tokens if t not in self.lexical_vocab and not (query.chinese and chinese_filler(t))})
        if not ids or self.index.lexical is None:
            return 0.0
        n = len(self.index.chunks)
        held, total = 0.0, unheld * float(np.log(1.0 + (n + 0.5) / 0.5))
        for t in ids:
            hits = self.index.lexical.get_scores([t]) > 0
            weight = float(np.log(1.0 + (n - hits.sum() + 0.5) / (hits.sum() + 0.5)))
            total += weight
            held += weight if hits[chunk] else 0.0
        return held / total if total else 0.0

    def _holding(self, tokens, allowed) -> np.ndarray:
        """The chunks that hold every one of ``tokens`` (a phrasing of a term)."""
        ids = [self.lexical_vocab.get(t) for t in tokens]
        hold = np.ones(len(self.index.chunks), dtype=bool)
        for token_id in ids:
            if token_id is None:
                return np.zeros(len(self.index.chunks), dtype=bool)
            hold &= self.index.lexical.get_scores([token_id]) > 0
        return hold if allowed is None else hold & allowed

    def _pin_translated(self, query: Query, fused: list[tuple[int, float]], allowed) -> list[tuple[int, float]]:
        """Lift the other language's documents that hold a specific term of the question in translation (家庭病床:
        "home bed"), when no chunk in the question's own language holds it: only those documents can be
        about it, and the words of the rest of the question (周期, 多少钱) would otherwise keep the
        own-language documents on top. A term the own language carries anywhere lifts nothing."""
        from qa.answering import parts_of, specific_terms

        if self.index.lexical is None:
            return fused
        own = self.chunk_chinese if query.chinese else ~self.chunk_chinese
        lifted = np.zeros(len(self.index.chunks), dtype=bool)
        for _, phrasings in specific_terms(query, self.glossary):
            mine = [p for p in phrasings if all(cjk_share(t) > 0.5 for t in p) == query.chinese]
            theirs = [p for p in phrasings if p not in mine]
            # (the own language holds a term written apart too: "两病"用药 is 两病用药)
            if not theirs or any((self._holding(parts_of(p), allowed) & own).any() for p in mine):
                continue
            for p in theirs:
                lifted |= self._holding(p, allowed) & ~own
        lifted |= self._dictionary_lifted(query, allowed, own)
        sources = [c.source for c in self.index.chunks]
        docs = {sources[i] for i in np.flatnonzero(lifted)}
        other_docs = {s for s, mine in zip(sources, own) if not mine}
        if not docs or len(docs) > NAMED_SHARE * len(other_docs):
            return fused
        # (the documents, in the fusion's order of their chunks: the term is their topic, and the chunk that
        # answers may not repeat it: "no more than 3 bed periods in a calendar year")
        scores = dict(fused)
        pinned = [i for i, _ in fused if sources[i] in docs]
        # (and the chunks holding the term that the fusion's depth left out: a short question's own-language matches
        # may fill it, "residents", "fund", "pay" of the articles before "dialysis" of a Chinese notice's table)
        pinned += [int(i) for i in np.flatnonzero(lifted) if int(i) not in scores]
        for rank, i in enumerate(pinned, 1):
            scores[i] = scores.get(i, 0.0) + NAME_WEIGHT / (RRF_K + rank)
        return sorted(scores.items(), key=lambda kv: -kv[1])

    def _dictionary_lifted(self, query: Query, allowed, own) -> np.ndarray:
        """The Chinese chunks that hold the dictionary Chinese of an English question's rare word (one the glossary
        does not hold) where no English chunk holds the word itself: "cataract", 白内障. Like a glossary term,
        such a word names the topic only those documents can be about."""
        from qa.answering import dictionary_words, english_dictionary_forms

        lifted = np.zeros(len(self.index.chunks), dtype=bool)
        found = tuple(f for f, _ in query.expansion.matches)
        # (and a Chinese question's rare nouns the glossary lacks, by their dictionary English where no Chinese chunk
        # holds them: 治疗鞋 of 鞋 "shoe" finds "therapeutic offloading shoes")
        # (a gloss held by many chunks is an everyday word: only a rare one names a topic)
        pairs = dictionary_words(query, single=True) if query.chinese else english_dictionary_forms(query.question, found)
        for word, translations in pairs:
            if not tokenize(word) or (self._holding(tuple(tokenize(word)), allowed) & own).any():
                continue
            if query.chinese and (re.search(r"[一二三四五六七八九十两几\d]", word) or (len(word) == 1 and len(translations) > 1)):
                continue  # (a count, 一个人 "alone"; a character of several senses, 洞 "cave; hole; zero")
            for z in translations:
                if tokenize(z):
                    holding = self._holding(tuple(tokenize(z)), allowed) & ~own
                    if not query.chinese or holding.sum() <= ACRONYM_CHUNKS:
                        lifted |= holding
        return lifted

    def _pin_named(self, query: Query, fused: list[tuple[int, float]], allowed) -> list[tuple[int, float]]:
        """Lift the Chinese documents whose pinyin holds a name an English question gives, when few do:
        "Qinghe County" asks about the one notice naming 青禾县. Within one language the words
        already do this; across languages only the pinyin can."""
        # (and a name written with capitals, "PD-1", that a Chinese notice writes as it is: 免疫治疗（PD-1/PD-L1抑制剂）,
        # in a chunk or two only, which may be beyond both rankings: lifted where it stands, however few Chinese
        # documents there are)
        acronyms = [self.lexical_vocab[t] for t in acronym_tokens(query.question) if t in self.lexical_vocab]
        ids = [self.lexical_vocab[t] for t in query.names if t in self.lexical_vocab] + acronyms
        if query.chinese or not ids or self.index.lexical is None or not self.chunk_chinese.any():
            return fused
        sources = [c.source for c in self.index.chunks]
        chinese_docs = {s for s, zh in zip(sources, self.chunk_chinese) if zh}
        named: set[str] = set()
        written: list[int] = []
        for token_id in ids:  # the rarest name decides: "Qinghe", not "County"
            hits = self.index.lexical.get_scores([token_id]) > 0
            if allowed is not None:
                hits &= allowed
            if (hits & ~self.chunk_chinese).any():
                continue  # an English document gives the name ("Xunkang Bao"): its words find it already
            hits &= self.chunk_chinese
            if token_id in acronyms and 0 < hits.sum() <= ACRONYM_CHUNKS:
                written += [int(i) for i in np.flatnonzero(hits) if int(i) not in written]
                continue
            docs = {sources[i] for i in np.flatnonzero(hits)}
            if docs and (not named or len(docs) < len(named)):
                named = docs
        if (not named or len(named) > NAMED_SHARE * len(chinese_docs)) and not written:
            return fused
        scores = dict(fused)
        for rank, i in enumerate(written, 1):
            scores[i] = scores.get(i, 0.0) + NAME_WEIGHT / (RRF_K + rank)
        if not named or len(named) > NAMED_SHARE * len(chinese_docs):
            return sorted(scores.items(), key=lambda kv: -kv[1])
        pinned = [i for i, _ in fused if sources[i] in named]
        for rank, i in enumerate(pinned, 1):
            scores[i] += NAME_WEIGHT / (RRF_K + rank)
        return sorted(scores.items(), key=lambda kv: -kv[1])

    def _lexical_rank(self, query: Query, depth: int, allowed) -> list[int]:
        # (a full form's words count as the question's own: they are what the reader wrote, in full)
        words = (*query.tokens, *(t for _, form in query.abbreviations for t in form))
        own = [self.lexical_vocab[t] for t in words if t in self.lexical_vocab]
        added = [self.lexical_vocab[t] for t in query.added_tokens if t in self.lexical_vocab]
        if not own and not added:
            return []
        # The question's own words count in full; glossary terms add to them at a lower weight,
        # so a Chinese question still finds a Chinese document by its own words (title, terms).
        scores = self.index.lexical.get_scores(own) if own else 0.0
        if added:
            scores = scores + GLOSSARY_WEIGHT * self.index.lexical.get_scores(added)
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        top = np.argpartition(-scores, min(depth, len(scores) - 1))[:depth]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [int(i) for i in top if scores[i] > 0]

    def _allowed(self, where: dict | None):
        if not where:
            return None
        docs = self.index.documents
        ok_sources = {s for s, meta in docs.items() if matches_filter(meta, where)}
        return np.array([c.source in ok_sources for c in self.index.chunks], dtype=bool)

    def _passage(self, i: int, score: float) -> Passage:
        c = self.index.chunks[i]
        meta = self.index.documents.get(c.source, {})
        page_starts = meta.get("page_starts")
        return Passage(
            text=c.text, source=c.source, title=meta.get("title", c.source), score=float(score),
            start=c.start, end=c.end, date=meta.get("date", ""), chunk_id=i,
            page=bisect_right(page_starts, c.start) if page_starts else None,
            region=meta.get("region", ""),
        )
