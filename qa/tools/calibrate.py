"""``qa calibrate``: choose the answer step's thresholds on the tuning sets, and report the untouched ones.

Retrieval does not depend on the answer step, so each question is retrieved once (passages,
their similarities and sentence candidates) and the answer step is then re-run for every
setting of a small grid. A setting is scored on the TUNING sets only:

    balanced = mean over tuning sets of (correct answers / answerable, declined / unanswerable)

and the UNTOUCHED sets (never used to choose anything) are printed for the chosen setting
beside the current one, so a reader sees what the choice does on questions it never saw. Settings
within NOISE of the best count as ties; of those the one nearest the current setting is chosen.
``--write`` stores the chosen thresholds in ``qa/data/answer_weights.json`` (read at import).

Sets (each skipped with a note when its file is absent):
    tuning:    ../shared/eval/dev.jsonl, eval/heldout.jsonl, eval/unanswerable.jsonl,
               eval/nearmiss-dev.jsonl, eval/nearmiss.jsonl (untouched until 2026-12-03),
               eval/nearmiss3.jsonl (untouched until 2026-12-04, when its misses were read),
               eval/followups.jsonl (each conversation's question as understood),
               eval/originals-dev.jsonl (on the mixed corpus),
               XQuAD zh->en, en->en, zh->zh (--xquad N questions each; 0 to skip), and the zh->en
               questions again with their gold passages taken away (all should be declined)
    untouched: eval/nearmiss2.jsonl (measured at every step since
               2026-12-03), eval/originals.jsonl (on the mixed corpus)
"""
from __future__ import annotations

import itertools
import json
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from qa.evaluation import format_table, is_concise, load_questions
from qa.tools.bench_sets import DEV_QUESTIONS, SHARED_DIR, answer_matches, load_bench_items, pair_items, pool_passages

REPO_DIR = Path(__file__).resolve().parents[2]
EVAL_DIR = REPO_DIR / "eval"
WEIGHTS_FILE = REPO_DIR / "qa" / "data" / "answer_weights.json"
ORIGINAL_DOCS = ("originals-dev", "originals")  # folders of eval/ added to the mixed corpus

TUNING = ("dev", "heldout", "unanswerable", "nearmiss-dev", "nearmiss", "nearmiss3", "followups", "originals-dev", "xquad zh->en",
          "xquad zh->en no gold", "xquad en->en", "xquad zh->zh")
# (nearmiss was untouched until 2026-12-03, nearmiss3 until 2026-12-04; their misses have been read since.
# eval/nearmiss4, on documents of its own, is run with ``qa eval`` over them: README, "Quality")
UNTOUCHED = ("nearmiss2", "originals")

# The grid: the two thresholds that decide whether a sentence may answer. (How many further sentences
# are quoted, ``second_sentence``, is left out: quoting more always finds more expected strings, which
# a reader pays for in length, so the metric cannot choose it.)
NOISE = 0.003  # of the balanced score: about one question of the smaller tuning sets
GRID = {
    "min_coverage": (0.35, 0.40, 0.45, 0.50),
    "min_coverage_close": (0.10, 0.15, 0.20, 0.25, 0.30),
}


@dataclass
class Gathered:
    """One question retrieved once: everything the answer step reads, and how to judge its answer."""

    query: object
    passages: list
    similarities: list
    candidates: list
    answerable: bool
    answers: tuple[str, ...]  # a correct answer holds any of them (mode "any") or all ("all")
    mode: str = "any"
    heads: list | None = None

    def judge(self, text: str) -> bool:
        return answer_matches(text, self.answers, self.mode)


def _gather(retriever, questions: list[str], answerable: list[bool], answers: list, modes: list,
            drop: list | None = None) -> list[Gathered]:
    """Each question retrieved once (``drop``: per question, source files to leave out of its passages)."""

    queries = [retriever.analyse(q) for q in questions]
    out = []
    for i in range(0, len(queries), 64):
        batch = queries[i:i + 64]
        for j, (query, passages) in enumerate(zip(batch, retriever.search_many(batch, 10 if drop else 5))):
            n = i + j
            if drop:
                passages = [p for p in passages if p.source not in drop[n]][:5]
            out.append(Gathered(query, passages, retriever.similarities(query, passages),
                                retriever.sentence_candidates(query, passages), answerable[n], tuple(answers[n]), modes[n],
                                retriever.document_heads(passages)))
    return out


def _question_set(retriever, path: Path) -> list[Gathered]:
    from qa.followup import understood_question

    qs = load_questions(path)  # a conversation's question is answered as understood through its history
    return _gather(retriever, [understood_question(q.question, list(q.history)) for q in qs], [q.answerable for q in qs], [q.answers for q in qs], ["any"] * len(qs))


def gather_all(settings, xquad: int, log=print) -> dict[str, tuple[list[Gathered], dict, int]]:
    """Every set retrieved once: name -> (questions, the index's doc_freq, its chunk count)."""
    from qa.embedding import Embedder
    from qa.glossary import load_glossary
    from qa.index import build_index, load_index
    from qa.retrieval import Retriever
    from qa.tools.benchmarks import build_pool_index

    embedder = Embedder.from_settings(settings)
    glossary = load_glossary(settings.corpus_dir)
    sets = {}

    def add(name, retriever, rows):
        sets[name] = (rows, retriever.index.doc_freq, len(retriever.index.chunks), retriever.index.cooccur,
                      retriever.glossary, retriever.document_sentences)
        log(f"  {name}: {len(rows)} questions")

    build_index(settings, embedder=embedder)
    shipped = Retriever(load_index(settings), embedder, glossary=glossary)
    for name, path in (("dev", DEV_QUESTIONS), ("heldout", EVAL_DIR / "heldout.jsonl"),
                       ("unanswerable", EVAL_DIR / "unanswerable.jsonl"), ("nearmiss-dev", EVAL_DIR / "nearmiss-dev.jsonl"),
                       ("followups", EVAL_DIR / "followups.jsonl"), ("nearmiss", EVAL_DIR / "nearmiss.jsonl"),
                       ("nearmiss2", EVAL_DIR / "nearmiss2.jsonl"), ("nearmiss3", EVAL_DIR / "nearmiss3.jsonl")):
        if Path(path).is_file():
            add(name, shipped, _question_set(shipped, Path(path)))
        else:
            log(f"  {name}: {path} not found, skipped")

    # The mixed corpus: the shipped documents and the Chinese originals, as a user adds them.
    folder = Path(tempfile.gettempdir()) / "qa-bench-cache" / f"calibrate-{settings.model.replace('/', '_').replace(':', '_')}"
    corpus = folder / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    shutil.copytree(settings.corpus_dir, corpus)
    for name in ORIGINAL_DOCS:
        if (EVAL_DIR / name).is_dir():
            shutil.copytree(EVAL_DIR / name, corpus / name, ignore=shutil.ignore_patterns("README*"))
    mixed_settings = replace(settings, corpus_dir=corpus, index_dir=folder / "index")
    build_index(mixed_settings, embedder=embedder)
    mixed = Retriever(load_index(mixed_settings), embedder, glossary=glossary)
    for name in ORIGINAL_DOCS:
        if (EVAL_DIR / f"{name}.jsonl").is_file():
            add(name, mixed, _question_set(mixed, EVAL_DIR / f"{name}.jsonl"))

    xquad_dir = SHARED_DIR / "bench" / "xquad"
    if xquad and (xquad_dir / "zh.jsonl").is_file():
        for q_lang, p_lang in (("zh", "en"), ("en", "en"), ("zh", "zh")):
            questions = load_bench_items(xquad_dir / f"{q_lang}.jsonl")[:xquad]
            items = pair_items(questions, load_bench_items(xquad_dir / f"{p_lang}.jsonl"))
            pool = pool_passages(items)
            retriever = Retriever(build_pool_index(pool, settings, embedder, f"xquad-{q_lang}-on-{p_lang}"), embedder)
            add(f"xquad {q_lang}->{p_lang}", retriever, _gather(retriever, [q.question for q in questions],
                                                              [True] * len(questions), pool.answers, pool.answer_modes))
            if q_lang != p_lang:  # the same questions with their gold passages taken away: all should be declined
                add(f"xquad {q_lang}->{p_lang} no gold", retriever,
                    _gather(retriever, [q.question for q in questions], [False] * len(questions), pool.answers,
                            pool.answer_modes, drop=pool.gold))
    return sets


def evaluate(sets, weights, semantic) -> dict[str, dict[str, float]]:
    """Per set: answer (correct share of answerable), answered, declined (of unanswerable), ms per answer."""
    from qa.answering import compose_answer

    out = {}
    for name, (rows, doc_freq, n_chunks, cooccur, glossary, documents) in sets.items():
        correct = answered = declined = n_ans = n_un = 0
        t0 = time.perf_counter()
        for g in rows:
            a = compose_answer(g.query, g.passages, doc_freq, n_chunks, g.similarities, g.candidates, semantic, weights,
                               heads=g.heads, cooccur=cooccur, glossary=glossary, documents=documents)
            if g.answerable:
                n_ans += 1
                answered += a.found
                correct += bool(a.found and is_concise(a.text) and g.judge(a.text))
            else:
                n_un += 1
                declined += not a.found
        out[name] = {"answer": correct / n_ans if n_ans else None, "answered": answered / n_ans if n_ans else None,
                     "declined": declined / n_un if n_un else None,
                     "ms": (time.perf_counter() - t0) * 1000 / max(len(rows), 1), "n": (n_ans, n_un)}
    return out


def balanced(result: dict, names=TUNING) -> float:
    parts = [v for name in names if name in result for v in (result[name]["answer"], result[name]["declined"])
             if v is not None]
    return sum(parts) / len(parts) if parts else 0.0


def _row(label: str, result: dict, names) -> list[str]:
    cells = [label]
    for name in names:
        r = result.get(name)
        if r is None:
            cells.append("-")
            continue
        bits = []
        if r["answer"] is not None:
            bits.append(f"{r['answer']:.3f}/{r['answered']:.2f}")
        if r["declined"] is not None:
            bits.append(f"d{r['declined']:.2f}")
        cells.append(" ".join(bits))
    return cells


def run_calibrate(args, settings) -> int:
    from qa.answering import SEMANTIC_SCALES, WEIGHTS

    t0 = time.perf_counter()
    print("retrieving every question once ...", file=sys.stderr)
    sets = gather_all(settings, args.xquad, log=lambda m: print(m, file=sys.stderr))
    semantic = SEMANTIC_SCALES.get({"e5": "bundled:multilingual-e5-small"}.get(settings.model, settings.model))
    print(f"gathered in {time.perf_counter() - t0:.0f} s; model {settings.model}", file=sys.stderr)

    results = []
    keys = list(GRID)
    for values in itertools.product(*(GRID[k] for k in keys)):
        w = replace(WEIGHTS, **dict(zip(keys, values)))
        result = evaluate(sets, w, semantic)
        results.append((balanced(result), values, w, result))
    results.sort(key=lambda r: -r[0])
    current = evaluate(sets, WEIGHTS, semantic)
    # Settings within NOISE of the best are as good as it: of those, the one nearest the current
    # setting is chosen, so a threshold moves only when the sets say so clearly.
    near = [r for r in results if r[0] >= results[0][0] - NOISE]
    now = [getattr(WEIGHTS, k) for k in keys]
    best_score, best_values, best, chosen = min(
        near, key=lambda r: (round(sum(abs(a - b) for a, b in zip(r[1], now)), 6), -r[0]))  # equally near: the better

    tuning = [n for n in TUNING if n in sets]
    untouched = [n for n in UNTOUCHED if n in sets]
    print("\nanswer/answered and d = declined, per set (TUNING sets; balanced = their mean of answer and declined)")
    rows = [_row(f"current {tuple(getattr(WEIGHTS, k) for k in keys)}", current, tuning) + [f"{balanced(current):.3f}"]]
    for score, values, _, result in results[:8]:
        rows.append(_row(f"{values}", result, tuning) + [f"{score:.3f}"])
    print(format_table([" / ".join(keys)] + tuning + ["balanced"], rows, left=(0,)))
    print(f"chosen: {best_values} (balanced {best_score:.3f}; the nearest to the current setting among those "
          f"within {NOISE} of the best, {results[0][0]:.3f})")
    if untouched:
        print("\nUNTOUCHED sets (never used to choose): current and chosen")
        print(format_table(["setting"] + untouched, [_row("current", current, untouched), _row(f"chosen {best_values}", chosen, untouched)],
                           left=(0,)))
    ms = sorted(r["ms"] for r in current.values())
    if ms:  # (no set found: nothing was timed)
        print(f"\nanswer step: {ms[len(ms) // 2]:.1f} ms per question (median over sets, beyond retrieval)")
    if args.write:
        WEIGHTS_FILE.write_text(json.dumps({k: getattr(best, k) for k in keys}, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE.relative_to(REPO_DIR)}: {dict(zip(keys, best_values))}")
    return 0


def weights_table() -> str:
    """The weight table as the README shows it."""
    from qa.answering import WEIGHTS

    return "\n".join(f"| `{k}` | {v} |" for k, v in asdict(WEIGHTS).items())
