"""``qa bench --xquad`` and ``qa bench --mixed``: quality across languages, beside the same-language figures.

``--xquad`` scores the parallel XQuAD sets (``../shared/bench/xquad/{en,zh}.jsonl``) in all four
directions (questions in one language, passages in the same or the other) with the configured
model, for ours and dense only, in one table.

``--mixed`` builds one corpus of the configured documents (the shipped five by default) plus the
Chinese XQuAD passages and, when present, the Chinese originals of ``eval/originals/``, then asks
each question set against that whole corpus: the policy dev questions, XQuAD Chinese and English
questions about the Chinese passages, and the Chinese-original questions in both languages.
A question set's recall counts a hit when its gold file (or, for the policy questions, a passage
holding the evidence) is among the top k.
"""
from __future__ import annotations

import shutil
import sys
import time
from dataclasses import replace
from pathlib import Path

from qa.evaluation import (
    compare_retrievers,
    contains_any,
    forget_queries,
    format_table,
    is_concise,
    load_questions,
)
from qa.glossary import load_glossary
from qa.tools.bench_sets import (
    DEV_QUESTIONS,
    SHARED_DIR,
    answer_matches,
    gold_rank,
    load_bench_items,
    pair_items,
    pool_passages,
    summarise_external,
)

XQUAD_DIR = SHARED_DIR / "bench" / "xquad"
REPO_DIR = Path(__file__).resolve().parents[2]
#: Chinese originals written for evaluation: the held-out set (never tuned on) and its tuning companion.
ORIGINAL_SETS = (("originals", "held out"), ("originals-dev", "tuning"))
DIRECTIONS = (("en", "en"), ("zh", "zh"), ("zh", "en"), ("en", "zh"))
#: XQuAD questions per direction (the passages of the first 60 fit a small corpus and ~1 min of embedding).
XQUAD_LIMIT = 300


def _answer_rows(retriever, texts: list[str], k: int):
    from qa.tools.benchmarks import retrieve_and_answer

    forget_queries(retriever.embedder)
    t0 = time.perf_counter()
    pairs = retrieve_and_answer(retriever, texts, k)
    return pairs, (time.perf_counter() - t0) * 1000 / max(len(texts), 1)


def run_xquad(args, settings) -> int:
    from qa.embedding import Embedder
    from qa.retrieval import Retriever, check_k
    from qa.tools.benchmarks import build_pool_index

    k = check_k(args.k)
    limit = args.limit or XQUAD_LIMIT
    embedder = Embedder.from_settings(settings)
    print(f"XQuAD, {limit} questions per direction; model {settings.model} ({embedder.backend}); k={k}")
    rows = []
    for q_lang, p_lang in DIRECTIONS:
        questions = load_bench_items(XQUAD_DIR / f"{q_lang}.jsonl")[:limit]
        items = pair_items(questions, load_bench_items(XQUAD_DIR / f"{p_lang}.jsonl"))
        pool = pool_passages(items)
        index = build_pool_index(pool, settings, embedder, f"xquad-{q_lang}-on-{p_lang}")
        for name, retriever in compare_retrievers(Retriever(index, embedder)).items():
            if name == "bm25":
                continue
            print(f"scoring {q_lang}->{p_lang} {name} ...", file=sys.stderr)
            pairs, ms = _answer_rows(retriever, [q.question for q in questions], k)
            scored = [{"rank": gold_rank([p.source for p in ps], g), "found": a.found,
                       "answer_hit": bool(a.found and is_concise(a.text) and answer_matches(a.text, ans, m)),
                       "cited": any(c.source in g for c in a.citations)}
                      for (ps, a), g, ans, m in zip(pairs, pool.gold, pool.answers, pool.answer_modes)]
            s = summarise_external(scored)
            same = "same language" if q_lang == p_lang else "cross-lingual"
            rows.append([f"{q_lang} -> {p_lang}", same, name, f"{s['recall']:.3f}", f"{s['mrr']:.3f}",
                         f"{s['answer']:.3f}", f"{s['answered']:.3f}", f"{ms:.1f}"])
    print(format_table(["questions -> passages", "direction", "retriever", f"recall@{k}", f"mrr@{k}", "answer",
                        "answered", "ms/q"], rows, left=(0, 1, 2)))
    return 0


def _mixed_corpus(settings, folder: Path, xquad_items) -> Path:
    """The configured corpus, the Chinese XQuAD passages (one file each) and the Chinese originals."""
    corpus = folder / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    shutil.copytree(settings.corpus_dir, corpus)
    xq = corpus / "xquad-zh"
    xq.mkdir()
    pool = pool_passages(xquad_items)
    for name, text in pool.files.items():
        (xq / name).write_text(text, encoding="utf-8")
    for name, _ in ORIGINAL_SETS:
        if (REPO_DIR / "eval" / name).is_dir():
            shutil.copytree(REPO_DIR / "eval" / name, corpus / name, ignore=shutil.ignore_patterns("README*"))
    return corpus, pool


def run_mixed(args, settings) -> int:
    import tempfile

    from qa.embedding import Embedder
    from qa.index import build_index, load_index
    from qa.retrieval import Retriever, check_k

    k = check_k(args.k)
    limit = args.limit or XQUAD_LIMIT
    embedder = Embedder.from_settings(settings)
    zh_items = load_bench_items(XQUAD_DIR / "zh.jsonl")[:limit]
    en_items = pair_items(zh_items, load_bench_items(XQUAD_DIR / "en.jsonl"))
    folder = Path(tempfile.gettempdir()) / "qa-bench-cache" / f"mixed-{settings.model.replace('/', '_').replace(':', '_')}"
    folder.mkdir(parents=True, exist_ok=True)
    corpus, pool = _mixed_corpus(settings, folder, zh_items)
    s = replace(settings, corpus_dir=corpus, index_dir=folder / "index")
    t0 = time.perf_counter()
    report = build_index(s, embedder=embedder, progress=sys.stderr.isatty())
    print(f"mixed corpus: {len(report.added) + len(report.updated) + len(report.unchanged)} documents, {report.chunks} "
          f"chunks (built in {time.perf_counter() - t0:.1f} s); model {settings.model} ({embedder.backend}); k={k}")
    ours = Retriever(load_index(s), embedder, glossary=load_glossary(settings.corpus_dir))  # as the engine's
    gold_names = [frozenset(f"xquad-zh/{n}" for n in g) for g in pool.gold]

    sets = []  # (label, questions, judge(passages, answer) -> (hit_rank, answer_hit) or None for unanswerable)
    if DEV_QUESTIONS.is_file():
        dev = load_questions(DEV_QUESTIONS)
        sets.append(("policy dev (en+zh)", dev))
    sets.append(("XQuAD zh q -> zh passages", [(q.question, g, q.answers, q.answer_mode) for q, g in zip(zh_items, gold_names)]))
    sets.append(("XQuAD en q -> zh passages", [(q.question, g, p.answers, p.answer_mode)
                                               for q, p, g in zip(en_items, zh_items, gold_names)]))
    for name, role in ORIGINAL_SETS:
        if (REPO_DIR / "eval" / f"{name}.jsonl").is_file():
            originals = load_questions(REPO_DIR / "eval" / f"{name}.jsonl")
            for lang in ("zh", "en"):
                sets.append((f"{name} ({role}), {lang} q", [q for q in originals if q.lang == lang]))

    rows = []
    for label, questions in sets:
        texts = [q.question if hasattr(q, "question") else q[0] for q in questions]
        pairs, ms = _answer_rows(ours, texts, k)
        hits = answers = answerable = declined = unanswerable = 0
        for q, (passages, ans) in zip(questions, pairs):
            if hasattr(q, "question"):  # an eval Question: evidence and answers are strings in the text
                if not q.answerable:
                    unanswerable += 1
                    declined += not ans.found
                    continue
                answerable += 1
                hits += any(contains_any(p.text, q.evidence) for p in passages[:k])
                answers += bool(ans.found and is_concise(ans.text) and contains_any(ans.text, q.answers))
            else:
                _, gold, answer_strings, mode = q
                answerable += 1
                hits += gold_rank([p.source for p in passages], gold) > 0
                answers += bool(ans.found and is_concise(ans.text) and answer_matches(ans.text, answer_strings, mode))
        rows.append([label, str(answerable), f"{hits / max(answerable, 1):.3f}", f"{answers / max(answerable, 1):.3f}",
                     f"{declined / unanswerable:.3f}" if unanswerable else "-", f"{ms:.1f}"])
    print(format_table(["question set", "answerable", f"recall@{k}", "answer", "declined", "ms/q"], rows))
    return 0
