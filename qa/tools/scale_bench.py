"""``qa bench --scale 10000,100000``: how far one machine goes.

Embedding 100k real chunks with the bundled model takes about an hour on 2 cores, so the
benchmark splits the question in two:

1. **Real sample** (a few hundred chunks of the policy corpus and the ``../shared/bench/``
   English passages): a full ``build_index`` against raw ``model.encode`` on the very same
   chunk texts. Their ratio says what the pipeline adds to the model; the raw rate gives
   the hours needed to embed n chunks.
2. **Synthetic vectors** for the index itself at 10k, 100k, 1M chunks: random convex mixes
   of 3 real chunk embeddings plus Gaussian noise, re-normalised, queried by 200 real
   question embeddings. Per size: dense build seconds, bytes on disk and in memory, search
   median/p95 for flat and HNSW, HNSW recall@10 against flat; BM25 (bm25s) built over
   generated token lists (real chunk lengths, tokens drawn from the real sample's token
   frequencies) and timed through the real ``Retriever._lexical_rank``; and the whole
   ``Retriever.retrieve_many`` over that in-memory index (the question's vector comes from a
   table, so add the measured question-encode time for a full retrieve).
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from qa.evaluation import format_table
from qa.tools.bench_sets import SHARED_DIR

BENCH_DIR = SHARED_DIR / "bench"
#: Chunks of the real sample (build path against raw encode; the bases of the synthetic vectors).
SAMPLE_CHUNKS = 250
QUERIES = 200
#: Building an HNSW graph above this many chunks would not fit the benchmark's time cap on
#: 2 cores (it is extrapolated instead); the same for bm25s over generated tokens.
MAX_HNSW_BUILD = 300_000
MAX_LEXICAL = 300_000
EF_SEARCH_SWEEP = (64, 128, 192, 256)
RECALL_TARGET = 0.95


def parse_sizes(text: str) -> list[int]:
    """'10000,100000,1e6' or '10k,100k,1M' -> [10000, 100000, 1000000]."""
    sizes = []
    for part in str(text).split(","):
        part = part.strip().lower()
        if not part:
            continue
        mult = 1
        if part[-1] in "km":
            mult, part = (1000 if part[-1] == "k" else 1_000_000), part[:-1]
        try:
            n = int(float(part) * mult)
        except ValueError:
            raise ValueError(f"--scale takes sizes such as 10000,100000 or 10k,100k,1M; got {text!r}") from None
        if n < 100:
            raise ValueError(f"--scale sizes must be at least 100 chunks, got {n}")
        sizes.append(n)
    if not sizes:
        raise ValueError("--scale needs at least one size, e.g. --scale 10000,100000")
    return sizes


def rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def available_bytes() -> int:
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    return 0


def med_p95(ms: list[float]) -> tuple[float, float]:
    return statistics.median(ms), float(np.percentile(ms, 95))


def synthetic_vectors(base: np.ndarray, n: int, rng, noise: float = 0.01, block: int = 100_000) -> np.ndarray:
    """n vectors near the real ones: convex mixes of 3 random base vectors plus noise, normalised."""
    out = np.empty((n, base.shape[1]), dtype=np.float32)
    for lo in range(0, n, block):
        m = min(block, n - lo)
        picks = rng.integers(0, len(base), size=(m, 3))
        weights = rng.dirichlet((1.0, 1.0, 1.0), size=m).astype(np.float32)
        v = np.einsum("mk,mkd->md", weights, base[picks])
        v += rng.standard_normal(v.shape, dtype=np.float32) * noise
        v /= np.linalg.norm(v, axis=1, keepdims=True)
        out[lo:lo + m] = v
    return out


def synthetic_token_ids(token_lists: list[list[str]], n: int, rng) -> tuple[list[list[int]], dict[str, int]]:
    """n generated chunks: real chunk lengths, tokens drawn from the real token frequencies."""
    vocab: dict[str, int] = {}
    counts: list[int] = []
    for tokens in token_lists:
        for t in tokens:
            if t not in vocab:
                vocab[t] = len(vocab)
                counts.append(0)
            counts[vocab[t]] += 1
    p = np.array(counts, dtype=np.float64)
    p /= p.sum()
    lengths = rng.choice(np.array([max(1, len(t)) for t in token_lists]), size=n)
    flat = rng.choice(len(vocab), size=int(lengths.sum()), p=p)
    ids = np.split(flat, np.cumsum(lengths)[:-1])
    return [a.tolist() for a in ids], vocab


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


class _TableEmbedder:
    """Stands in for the model at query time: the questions' real vectors, looked up."""

    reads_chinese = True

    def __init__(self, table: dict[str, np.ndarray]):
        self.table = table

    def encode_queries(self, texts):
        return np.vstack([self.table[t] for t in texts])


def _latencies(fn, items) -> list[float]:
    out = []
    for it in items:
        t0 = time.perf_counter()
        fn(it)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def real_sample(settings, limit: int) -> tuple[dict[str, str], list[str]]:
    """Corpus files (name -> text) for the real sample, and real English questions."""
    from qa.tools.bench_sets import FALLBACK_QUESTIONS, load_bench_items, pool_passages
    from qa.corpus import load_corpus

    files: dict[str, str] = {}
    documents, _ = load_corpus(settings.corpus_dir)
    for doc in documents:
        files[f"corpus-{len(files):03d}.txt"] = doc.text
    questions: list[str] = []
    budget = sum(len(t) for t in files.values()) // max(1, settings.chunk_size - settings.chunk_overlap)
    for name in ("xquad/en.jsonl", "rgb/en.jsonl"):
        path = BENCH_DIR / name
        if not path.is_file():
            continue
        items = load_bench_items(path)
        questions.extend(it.question for it in items)
        for text in pool_passages(items).files.values():
            if budget >= limit:
                break
            files[f"bench-{len(files):05d}.txt"] = text
            budget += 1 + len(text) // settings.chunk_size
    if not questions:
        questions = list(FALLBACK_QUESTIONS)
    return files, list(dict.fromkeys(questions))


def run_scale(args, settings) -> int:
    import faiss
    from dataclasses import replace

    from qa import index as qindex
    from qa.tools.bench_sets import warm_up
    from qa.embedding import Embedder
    from qa.index import ChunkRecord, LoadedIndex, build_index, load_index, make_dense_index
    from qa.retrieval import CANDIDATE_DEPTH, MIN_CANDIDATES, Retriever, analyse_question

    sizes = parse_sizes(args.scale)
    k = 5
    depth = max(MIN_CANDIDATES, k * CANDIDATE_DEPTH)
    rng = np.random.default_rng(0)
    say = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731
    embedder = Embedder.from_settings(settings)
    warm_up(embedder)

    # ---- 1. the real sample: build path against raw encode
    files, questions = real_sample(settings, SAMPLE_CHUNKS)
    with tempfile.TemporaryDirectory(prefix="qa-scale-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for name, text in files.items():
            (corpus / name).write_text(text, encoding="utf-8")
        s = replace(settings, corpus_dir=corpus, index_dir=Path(tmp) / "index")
        say(f"real sample: building an index of {len(files)} files with {settings.model} ...")
        t0 = time.perf_counter()
        report = build_index(s, rebuild=True, embedder=embedder)
        build_s = time.perf_counter() - t0
        real = load_index(s)
        texts = [c.text for c in real.chunks]
        say(f"real sample: raw encode of the same {len(texts)} chunks ...")
        t0 = time.perf_counter()
        embedder.encode(texts)
        raw_s = time.perf_counter() - t0
        base = real.vectors()
        token_lists = [c.tokens for c in real.chunks]
        record_bytes = sum(sys.getsizeof(c.text) + sys.getsizeof(c.tokens) + sum(map(sys.getsizeof, c.tokens))
                           + sys.getsizeof(c.source) + 200 for c in real.chunks) / len(real.chunks)
    n_real = report.chunks
    build_rate, raw_rate = n_real / build_s, n_real / raw_s

    questions = questions[:QUERIES]
    say(f"encoding {len(questions)} real questions ...")
    qvec = embedder.encode(questions)
    encode_ms = med_p95(_latencies(lambda q: embedder.encode([q]), questions[:50]))
    table = {key: v for q, v in zip(questions, qvec) for key in (q, q.strip())}
    analysed = [analyse_question(q) for q in questions]

    print(f"qa bench --scale {args.scale}: model {settings.model}, dimension {base.shape[1]}, "
          f"chunk_size {settings.chunk_size}; {os.cpu_count()} CPU cores, "
          f"{available_bytes() / 2**30:.1f} GiB available at start, load average {os.getloadavg()[0]:.1f} "
          "(the machine is shared: other processes slow the model and the searches)")
    print(f"real sample: {len(files)} files (policy corpus + ../shared/bench English passages) -> {n_real} chunks")
    rows = [
        ["full build_index (s)", f"{build_s:.1f}", f"{build_rate:.1f} chunks/s (chunking, tokens, embedding, BM25, FAISS, write)"],
        ["raw model.encode, same chunks (s)", f"{raw_s:.1f}", f"{raw_rate:.1f} chunks/s ({embedder.backend}, batches of {embedder.batch_size})"],
        ["build / raw throughput", f"{build_rate / raw_rate:.2f}", "1.00 = the build costs only the model"],
        ["encode one question (ms)", f"{encode_ms[0]:.1f}", f"p95 {encode_ms[1]:.1f}; part of every retrieve"],
    ]
    print(format_table(["real sample", "value", "note"], rows, left=(0, 2)))
    print("hours to embed n chunks at the raw rate: "
          + ", ".join(f"{n:,}: {n / raw_rate / 3600:.1f} h" for n in sizes))

    # ---- 2. synthetic vectors at scale
    print(f"\nSYNTHETIC VECTORS: mixes of 3 of the {n_real} real chunk vectors + noise, re-normalised; "
          f"{len(questions)} real question vectors, searched one at a time, single-threaded; dense depth {depth} (what retrieve asks for), recall@10 vs flat; "
          f"ANN_THRESHOLD = {qindex.ANN_THRESHOLD:,}, HNSW M={qindex.HNSW_M}, efConstruction="
          f"{qindex.HNSW_EF_CONSTRUCTION}, efSearch={qindex.HNSW_EF_SEARCH} at load")
    # One question at a time: FAISS's OpenMP threads only add waiting to a single-query search on a
    # busy 2-core machine, so searches run single-threaded; builds use every core.
    threads = faiss.omp_get_max_threads()
    summary = []
    hnsw_rate = None  # chunks/s of the last HNSW build, for extrapolation
    for n in sizes:
        need = n * base.shape[1] * 4 * 2.6 + (n * 1500 if n <= MAX_LEXICAL else 0)
        if need > available_bytes() * 0.8:
            print(f"\n{n:,} chunks: skipped, needs about {need / 2**30:.1f} GiB, "
                  f"{available_bytes() / 2**30:.1f} GiB available")
            continue
        say(f"{n:,} chunks: generating vectors ...")
        X = synthetic_vectors(base, n, rng)
        rows = []
        # flat
        r0 = rss_bytes()
        faiss.omp_set_num_threads(threads)
        t0 = time.perf_counter()
        flat = make_dense_index(X, X.shape[1], kind="flat")
        flat_build = time.perf_counter() - t0
        flat_mem = rss_bytes() - r0
        with tempfile.TemporaryDirectory(prefix="qa-scale-") as tmp:
            faiss.write_index(flat, f"{tmp}/d.faiss")
            flat_disk = os.path.getsize(f"{tmp}/d.faiss")
        say(f"{n:,} chunks: flat search ...")
        faiss.omp_set_num_threads(1)
        flat_ms = med_p95(_latencies(lambda v: flat.search(v[None, :], depth), qvec))
        _, truth = flat.search(qvec, 10)
        rows.append(["flat-ip", f"{flat_build:.2f}", f"{flat_disk / n:.0f}", f"{flat_mem / n:.0f}",
                     f"{flat_ms[0]:.2f}", f"{flat_ms[1]:.2f}", "1.000 (exact)"])
        chosen = "flat"
        hnsw = None
        if n <= MAX_HNSW_BUILD:
            say(f"{n:,} chunks: building HNSW ...")
            r0 = rss_bytes()
            faiss.omp_set_num_threads(threads)
            t0 = time.perf_counter()
            hnsw = make_dense_index(X, X.shape[1], kind="hnsw")
            hnsw_build = time.perf_counter() - t0
            faiss.omp_set_num_threads(1)
            hnsw_mem = rss_bytes() - r0
            hnsw_rate = n / hnsw_build
            with tempfile.TemporaryDirectory(prefix="qa-scale-") as tmp:
                faiss.write_index(hnsw, f"{tmp}/d.faiss")
                hnsw_disk = os.path.getsize(f"{tmp}/d.faiss")
            for ef in EF_SEARCH_SWEEP:
                hnsw.hnsw.efSearch = ef
                ms = med_p95(_latencies(lambda v: hnsw.search(v[None, :], depth), qvec))
                _, got = hnsw.search(qvec, 10)
                recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(got, truth)])
                mark = " <- load setting" if ef == qindex.HNSW_EF_SEARCH else ""
                rows.append([f"hnsw efSearch={ef}", f"{hnsw_build:.2f}", f"{hnsw_disk / n:.0f}", f"{hnsw_mem / n:.0f}",
                             f"{ms[0]:.2f}", f"{ms[1]:.2f}", f"{recall:.3f}{mark}"])
            hnsw.hnsw.efSearch = qindex.HNSW_EF_SEARCH
            if n >= qindex.ANN_THRESHOLD:
                chosen = "hnsw"
        else:
            est = f"~{n / hnsw_rate / 60 * 1.2:.0f} min (extrapolated from the last build)" if hnsw_rate else "too long"
            rows.append(["hnsw", "skipped", "", "", "", "", f"build on 2 cores {est}, over the time cap"])
        print(f"\n{n:,} chunks, dense (synthetic vectors): index build only, the model's time is above")
        print(format_table(["index", "build s", "disk B/chunk", "RSS B/chunk", "median ms", "p95 ms", "recall@10"],
                           rows, left=(0, 6)))
        dense = hnsw if chosen == "hnsw" else flat
        if chosen == "hnsw":
            del flat
        del X

        # lexical + the real Retriever over an in-memory index
        if n > MAX_LEXICAL:
            print(f"lexical: skipped above {MAX_LEXICAL:,} chunks (bm25s over generated tokens would not fit the "
                  f"time cap); its search time grows about linearly with the chunks")
            summary.append([f"{n:,}", "flat" if chosen == "flat" else "hnsw", f"{flat_ms[0]:.1f}", "", "", "",
                            f"{flat_disk / n:.0f} (dense only)"])
            del dense
            continue
        import bm25s

        say(f"{n:,} chunks: generating tokens and building bm25s ...")
        ids, vocab = synthetic_token_ids(token_lists, n, rng)
        r0 = rss_bytes()
        t0 = time.perf_counter()
        bm25 = bm25s.BM25()
        bm25.index((ids, vocab), show_progress=False)
        lex_build = time.perf_counter() - t0
        del ids
        # RSS is no measure here (the generated token lists were just freed): the index's own arrays are.
        lex_mem = sum(a.nbytes for a in bm25.scores.values() if hasattr(a, "nbytes"))
        with tempfile.TemporaryDirectory(prefix="qa-scale-") as tmp:
            bm25.save(f"{tmp}/lexical", show_progress=False)
            lex_disk = folder_bytes(Path(tmp) / "lexical")
        chunks = [ChunkRecord("", f"doc{i // 20:06d}.txt", 0, 0) for i in range(n)]
        loaded = LoadedIndex(Path("<memory>"), {"documents": {}, "dimension": base.shape[1]}, chunks, dense, bm25, {})
        retriever = Retriever(loaded, _TableEmbedder(table))
        say(f"{n:,} chunks: timing lexical and retrieve ...")
        lex_ms = med_p95(_latencies(lambda q: retriever._lexical_rank(q, depth, None), analysed))
        dense_ms = med_p95(_latencies(lambda v: dense.search(v[None, :], depth), qvec))
        for q in questions[:5]:
            retriever.retrieve_many([q], k=k)
        ret_ms = med_p95(_latencies(lambda q: retriever.retrieve_many([q], k=k), questions))
        total = ret_ms[0] + encode_ms[0]
        # FAISS holds in memory what it writes to disk (vectors, graph): RSS growth under-reads when
        # the allocator reuses freed memory, so the file size is the dense figure.
        per_chunk = (flat_disk if chosen == "flat" else hnsw_disk) + lex_mem
        rows = [
            ["bm25s (generated tokens)", f"{lex_build:.2f}", f"{lex_disk / n:.0f}", f"{lex_mem / n:.0f} (arrays)",
             f"{lex_ms[0]:.2f}", f"{lex_ms[1]:.2f}"],
            [f"dense, chosen: {qindex.dense_type(dense)}", "", "", "", f"{dense_ms[0]:.2f}", f"{dense_ms[1]:.2f}"],
            ["retrieve_many (no model)", "", "", "", f"{ret_ms[0]:.2f}", f"{ret_ms[1]:.2f}"],
            ["retrieve + question encode", "", "", "", f"{total:.2f}", f"{ret_ms[1] + encode_ms[1]:.2f}"],
        ]
        print(f"{n:,} chunks, lexical and whole retrieve (k={k}, fused + glossary; the Retriever over an in-memory "
              f"index; question vectors looked up, then the measured {encode_ms[0]:.1f} ms encode added)")
        print(format_table(["part", "build s", "disk B/chunk", "RSS B/chunk", "median ms", "p95 ms"], rows, left=(0,)))
        print(f"memory per chunk: dense {(per_chunk - lex_mem) / n:.0f} B + BM25 {lex_mem / n:.0f} B + chunk record "
              f"(text, tokens) ~{record_bytes:.0f} B (measured on the real sample) = ~{per_chunk / n + record_bytes:.0f} B; "
              f"x {n:,} = {(per_chunk + record_bytes * n) / 2**30:.2f} GiB")
        summary.append([f"{n:,}", chosen, f"{dense_ms[0]:.1f}", f"{lex_ms[0]:.1f}", f"{ret_ms[0]:.1f}", f"{total:.1f}",
                        f"{per_chunk / n + record_bytes:.0f}"])
        del retriever, loaded, chunks, bm25, dense

    print("\nsummary (medians; retrieve total includes encoding the question)")
    print(format_table(["chunks", "dense index", "dense ms", "lexical ms", "retrieve ms (no model)", "retrieve total ms",
                        "B/chunk in memory (dense+BM25+record)"], summary))
    return 0
