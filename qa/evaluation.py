"""Scoring a question set: the referee's metrics (``../shared/eval/score.py``) in-process.

The metrics are computed by pure functions (``score_question`` turns one question's
results into a ``Row``, ``summarise`` turns rows into the summary dict), with exactly
the definitions of ``score.py``: text is compared lower-cased with white space folded;

    recall@k   a retrieved passage contains an evidence string (answerable questions)
    mrr@k      1 / rank of the first such passage, 0 when none
    answer     found, the answer contains an expected string, and it is at most 500
               characters long once its ``[n]`` markers are removed
    cited      a citation contains an evidence string
    answered   share of answerable questions with found true
    abstain    share of unanswerable questions with found false

A line may also hold a conversation: ``"history"`` (the earlier questions, oldest first) and
``"rewritten"`` (strings the question as understood must contain). Such a line is answered
as the chat and the API answer it (``Engine.answer_with_passages(question, history=...)``),
and scored on two more figures, over the conversations only:

    rewritten  Answer.rewritten (the question itself when None) contains every "rewritten" string
    correct    rewritten, and answered correctly (answerable) or declined (unanswerable)

``qa eval FILE --compare`` scores three retrievers over the same loaded index: dense
only (the common recipe: same chunks, same model, flat FAISS), BM25 only, and ours.
"""
from __future__ import annotations

import json
import re
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

MAX_ANSWER_CHARS = 500  # score.py's --max-answer-chars default
WARM_UP_QUESTION = "warm-up question about medical insurance"  # the one score.py uses
METRICS = ("recall", "mrr", "answer", "cited", "answered", "abstain")
CONVERSATION_METRICS = ("rewritten", "correct")  # only for files with "history" lines
REQUIRED_FIELDS = ("id", "lang", "question", "answers", "evidence", "answerable")
_MARKERS = re.compile(r"\[\d+\]")


@dataclass(frozen=True)
class Question:
    """One line of a question file (the format of ``../shared/eval/dev.jsonl``)."""

    id: str
    lang: str
    question: str
    answers: tuple[str, ...]
    evidence: tuple[str, ...]
    answerable: bool
    history: tuple[str, ...] = ()  # earlier questions of a conversation, oldest first
    rewritten: tuple[str, ...] = ()  # strings the question as understood must contain


@dataclass(frozen=True)
class Row:
    """What one retriever did with one question, already scored."""

    id: str
    lang: str
    answerable: bool
    rank: int  # 1-based rank of the first passage holding evidence; 0 when none
    found: bool
    answer_hit: bool
    cited: bool
    retrieve_ms: float
    answer_ms: float
    answer: str = ""  # the answer text, shortened, for --show-misses
    rewritten_ok: bool | None = None  # None: not a conversation
    asked: str = ""  # the question as understood, for --show-misses


# ---------------------------------------------------------------- pure metric functions


def norm(text) -> str:
    """Lower-cased, white space folded: how score.py compares text."""
    return re.sub(r"\s+", " ", str(text)).strip().lower()


def contains_any(text: str, needles) -> bool:
    """Whether ``text`` contains one of ``needles`` (normalised both sides)."""
    t = norm(text)
    return any(norm(n) in t for n in needles)


def is_concise(answer_text: str, max_chars: int = MAX_ANSWER_CHARS) -> bool:
    """At most ``max_chars`` characters once the ``[n]`` markers are removed."""
    return len(_MARKERS.sub("", answer_text).strip()) <= max_chars


def holds_evidence(text: str, evidence) -> bool:
    """Whether ``text`` holds one of the ``evidence`` strings; a table row given as evidence
    ("肾结石首次碎石｜2,150元｜2,680元") counts where its cells appear in order, as the index
    spells rows out beside their column names (qa/tables.py).

    >>> holds_evidence("肾结石首次碎石：一级医院2,150元，二级医院2,680元。", ["肾结石首次碎石｜2,150元｜2,680元"])
    True
    >>> holds_evidence("肾结石首次碎石：一级医院2,680元，二级医院2,150元。", ["肾结石首次碎石｜2,150元｜2,680元"])
    False
    """
    if contains_any(text, evidence):
        return True
    t = norm(text)
    for e in evidence:
        cells = [norm(c) for c in re.split(r"[｜|\t]", str(e)) if c.strip()]
        if len(cells) < 2:
            continue
        at = 0
        for c in cells:
            at = t.find(c, at)
            if at < 0:
                break
            at += len(c)
        else:
            return True
    return False


def first_hit_rank(texts, needles) -> int:
    """1-based rank of the first text containing one of ``needles``, 0 when none."""
    return next((i for i, t in enumerate(texts, 1) if holds_evidence(t, needles)), 0)


def score_question(q: Question, passage_texts, answer_text: str, found: bool, citation_texts,
                   retrieve_ms: float = 0.0, answer_ms: float = 0.0, k: int = 5,
                   max_chars: int = MAX_ANSWER_CHARS, asked: str | None = None) -> Row:
    """One question's ``Row`` from what was retrieved and answered (no model, no index).

    >>> q = Question("q1", "en", "Which?", ("Sichuan",), ("Sichuan covers",), True)
    >>> score_question(q, ["x", "Sichuan covers all"], "Sichuan [1]", True, ["Sichuan covers all"]).rank
    2
    """
    answer_text = answer_text or ""
    rank = first_hit_rank(list(passage_texts)[:k], q.evidence) if q.answerable else 0
    hit = bool(q.answerable and found and is_concise(answer_text, max_chars) and contains_any(answer_text, q.answers))
    cited = bool(q.answerable and any(holds_evidence(c, q.evidence) for c in citation_texts))
    asked = q.question if asked is None else asked
    rewritten_ok = all(norm(s) in norm(asked) for s in q.rewritten) if q.history else None
    return Row(q.id, q.lang, q.answerable, rank, bool(found), hit, cited, retrieve_ms, answer_ms, answer_text[:300],
               rewritten_ok, asked)


def is_correct(row: Row) -> bool:
    """A conversation's headline: understood right, then answered right (or declined when it should be).

    >>> is_correct(Row("c1", "en", False, 0, False, False, False, 0.0, 0.0, rewritten_ok=True))
    True
    """
    return bool(row.rewritten_ok) and (row.answer_hit if row.answerable else not row.found)


def summarise(rows: list[Row], k: int = 5) -> dict[str, float]:
    """The summary dict of score.py: ``recall@k:all``, ``abstain:zh``, medians, ``questions``.

    Groups are ``all`` and each language; a metric is absent where its group has no
    question it applies to (e.g. no ``abstain:en`` without unanswerable English questions).
    """
    summary: dict[str, float] = {}
    for group in groups_of(rows):
        rs = [r for r in rows if group == "all" or r.lang == group]
        answerable = [r for r in rs if r.answerable]
        unanswerable = [r for r in rs if not r.answerable]
        if answerable:
            n = len(answerable)
            summary[f"recall@{k}:{group}"] = sum(r.rank > 0 for r in answerable) / n
            summary[f"mrr@{k}:{group}"] = sum(1 / r.rank for r in answerable if r.rank) / n
            summary[f"answer:{group}"] = sum(r.answer_hit for r in answerable) / n
            summary[f"cited:{group}"] = sum(r.cited for r in answerable) / n
            summary[f"answered:{group}"] = sum(r.found for r in answerable) / n
        if unanswerable:
            summary[f"abstain:{group}"] = sum(not r.found for r in unanswerable) / len(unanswerable)
        conversations = [r for r in rs if r.rewritten_ok is not None]
        if conversations:
            summary[f"rewritten:{group}"] = sum(r.rewritten_ok for r in conversations) / len(conversations)
            summary[f"correct:{group}"] = sum(is_correct(r) for r in conversations) / len(conversations)
    if rows:
        summary["retrieve_ms_median"] = statistics.median(r.retrieve_ms for r in rows)
        summary["answer_ms_median"] = statistics.median(r.answer_ms for r in rows)
    summary["questions"] = len(rows)
    return summary


def is_miss(row: Row) -> bool:
    """What score.py's --show-misses lists: evidence not retrieved, wrong answer, or no abstention."""
    if row.rewritten_ok is not None and not is_correct(row):
        return True
    if row.answerable:
        return not row.rank or not row.answer_hit
    return row.found


def groups_of(rows: list[Row]) -> list[str]:
    return ["all"] + sorted({r.lang for r in rows})


def metric_name(metric: str, k: int) -> str:
    """A metric as reports name it: ``recall@5``, ``mrr@5`` (they depend on k), the others as they are."""
    return f"{metric}@{k}" if metric in ("recall", "mrr") else metric


def metric_key(metric: str, group: str, k: int) -> str:
    return f"{metric_name(metric, k)}:{group}"


# ---------------------------------------------------------------- reading questions


def parse_question(obj, where: str) -> Question:
    """A ``Question`` from one decoded line; ValueError names ``where`` and the problem."""
    if not isinstance(obj, dict):
        raise ValueError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    missing = [f for f in REQUIRED_FIELDS if f not in obj]
    if missing:
        raise ValueError(f"{where}: missing field(s) {', '.join(missing)} (each line needs "
                         f"{', '.join(REQUIRED_FIELDS)})")
    if not isinstance(obj["question"], str) or not obj["question"].strip():
        raise ValueError(f"{where}: 'question' must be a non-empty string, got {obj['question']!r}")
    if not isinstance(obj["answerable"], bool):
        raise ValueError(f"{where}: 'answerable' must be true or false, got {obj['answerable']!r}")
    for name in ("answers", "evidence"):
        value = obj[name]
        if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
            raise ValueError(f"{where}: '{name}' must be a list of strings, got {value!r}")
        if obj["answerable"] and not any(s.strip() for s in value):
            raise ValueError(f"{where}: an answerable question needs at least one '{name}' string, got {value!r}")
    for name in ("history", "rewritten"):  # optional: a conversation
        value = obj.get(name, [])
        if not isinstance(value, list) or not all(isinstance(s, str) and s.strip() for s in value):
            raise ValueError(f"{where}: '{name}' must be a list of non-empty strings, got {value!r}")
    if obj.get("rewritten") and not obj.get("history"):
        raise ValueError(f"{where}: 'rewritten' needs a 'history' (the earlier questions, oldest first)")
    return Question(str(obj["id"]), str(obj["lang"]), obj["question"].strip(), tuple(obj["answers"]),
                    tuple(obj["evidence"]), obj["answerable"], tuple(obj.get("history", [])),
                    tuple(obj.get("rewritten", [])))


def read_jsonl(path, what: str = "file"):
    """(where, object) for each non-blank line of a JSON Lines file; ValueError names the bad line."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{what} {path} does not exist")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path}, line {n}"
            try:
                yield where, json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None


def load_questions(path) -> list[Question]:
    """The questions of a JSON Lines file; ValueError names the line of any bad one.

    >>> load_questions("../shared/eval/dev.jsonl")[0].id  # doctest: +SKIP
    'd01'
    """
    questions, ids = [], set()
    for where, obj in read_jsonl(path, "question file"):
        q = parse_question(obj, where)
        if q.id in ids:
            raise ValueError(f"{where}: id {q.id!r} appears twice")
        ids.add(q.id)
        questions.append(q)
    if not questions:
        raise ValueError(f"{path} holds no questions: one JSON object a line, with {', '.join(REQUIRED_FIELDS)}")
    return questions


# ---------------------------------------------------------------- running (model and index)


def compare_retrievers(ours) -> dict:
    """The retrievers of ``--compare`` (and ``qa bench --external``) in column order: dense
    only and BM25 only over ``ours``' loaded index and embedder, then ``ours``."""
    from qa.retrieval import Retriever

    return {
        "dense": Retriever(ours.index, ours.embedder, weights=(1.0, 0.0), expand=False),
        "bm25": Retriever(ours.index, ours.embedder, weights=(0.0, 1.0), expand=False),
        "ours": ours,
    }


def forget_queries(embedder) -> None:
    """Empty the embedder's question cache, if it has one, so the next retriever pays for its own."""
    clear = getattr(embedder, "clear_query_cache", None)
    if clear is not None:
        clear()


def run_questions(retriever, questions: list[Question], k: int = 5, engine=None) -> list[Row]:
    """Retrieve and answer every question with one retriever, timed as score.py times them.

    The retrieve call embeds the question; the answer call that follows may reuse that
    vector (the embedder caches questions), as in score.py and in the chat. A conversation
    is retrieved as the question understood, and answered by ``engine`` (the chat's and the
    API's path) when ``retriever`` is the engine's own; a baseline answers the understood question.
    """
    from qa.api import answer_with
    from qa.followup import understood_question

    forget_queries(retriever.embedder)
    answer_with(retriever, WARM_UP_QUESTION, k=k)
    retriever.retrieve_many([WARM_UP_QUESTION], k=k)
    rows = []
    for q in questions:
        asked = understood_question(q.question, list(q.history)) if q.history else q.question
        t0 = time.perf_counter()
        passages = retriever.retrieve_many([asked], k=k)[0]
        t1 = time.perf_counter()
        if q.history and engine is not None and retriever is engine.retriever:
            ans = engine.answer_with_passages(q.question, k=k, history=list(q.history))[1]
            asked = ans.rewritten or q.question
        else:
            ans = answer_with(retriever, asked, k=k)
        t2 = time.perf_counter()
        rows.append(score_question(q, [p.text for p in passages], ans.text, ans.found,
                                   [c.text for c in ans.citations], (t1 - t0) * 1000, (t2 - t1) * 1000, k,
                                   asked=asked))
    return rows


# ---------------------------------------------------------------- printing


def _fmt(value) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def format_table(header: list[str], rows: list[list[str]], left: tuple[int, ...] = (0,)) -> str:
    """Plain text columns: those numbered in ``left`` left-aligned, the others (figures) right-aligned."""
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    lines = []
    for r in [header, None] + rows:
        if r is None:
            lines.append("  ".join("-" * w for w in widths))
            continue
        cells = [str(c).ljust(w) if i in left else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths))]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def metrics_of(rows: list[Row]) -> tuple[str, ...]:
    """The metrics to print: the conversation figures too when the file has conversations."""
    return METRICS + (CONVERSATION_METRICS if any(r.rewritten_ok is not None for r in rows) else ())


def format_summary(summary: dict, rows: list[Row], k: int) -> str:
    """One line per group (all, then each language), a column per metric, then the medians."""
    metrics = metrics_of(rows)
    header = ["group", "n"] + [metric_name(m, k) for m in metrics]
    table = []
    for g in groups_of(rows):
        n = sum(1 for r in rows if g == "all" or r.lang == g)
        table.append([g, str(n)] + [_fmt(summary.get(metric_key(m, g, k))) for m in metrics])
    return (format_table(header, table) + "\n"
            f"median ms: retrieve {summary.get('retrieve_ms_median', 0):.1f}, "
            f"answer {summary.get('answer_ms_median', 0):.1f}  ({summary['questions']} questions, "
            "after one warm-up call; '-' = no question of that kind)")


def format_comparison(summaries: dict[str, dict], rows: list[Row], k: int) -> str:
    """A column per retriever, a row per metric:group, then the medians."""
    names = list(summaries)
    table = []
    for m in metrics_of(rows):
        for g in groups_of(rows):
            key = metric_key(m, g, k)
            if any(key in s for s in summaries.values()):
                table.append([key] + [_fmt(summaries[n].get(key)) for n in names])
    for key in ("retrieve_ms_median", "answer_ms_median"):
        table.append([key] + [f"{summaries[n][key]:.1f}" for n in names])
    return format_table(["metric:group"] + names, table)


def format_miss(row: Row) -> str:
    understood = "" if row.rewritten_ok is None else f" rewritten={int(row.rewritten_ok)} asked={row.asked!r}"
    return f"MISS {row.id} ({row.lang}) rank={row.rank} found={row.found}{understood} answer={row.answer[:160]!r}"


def differences(per_retriever: dict[str, list[Row]], ours: str = "ours") -> list[str]:
    """Questions where ours and a baseline disagree: recall, answer, or the rank of the evidence."""
    lines = []
    base_names = [n for n in per_retriever if n != ours]
    for i, row in enumerate(per_retriever[ours]):
        if not row.answerable:
            others = {n: per_retriever[n][i].found for n in base_names}
            if row.found and not all(others.values()):
                lines.append(f"  {row.id} ({row.lang}, unanswerable): ours answers, "
                             + ", ".join(f"{n} {'answers' if f else 'abstains'}" for n, f in others.items()))
            continue
        ranks = {n: per_retriever[n][i].rank for n in per_retriever}
        hits = {n: per_retriever[n][i].answer_hit for n in per_retriever}
        lost = [n for n in base_names if (ranks[n] and not row.rank) or (hits[n] and not row.answer_hit)]
        won = [n for n in base_names if (row.rank and not ranks[n]) or (row.answer_hit and not hits[n])]
        lower = [n for n in base_names if n not in lost and ranks[n] and row.rank > ranks[n]]
        verdicts = [f"ours loses to {'+'.join(lost)}" if lost else "",
                    f"ours ranks the evidence lower than {'+'.join(lower)}" if lower else "",
                    f"ours beats {'+'.join(won)}" if won else ""]
        if lost or won or lower:
            verdict = "; ".join(v for v in verdicts if v)
            detail = " ".join(f"{n}:rank={ranks[n]},answer={int(hits[n])}" for n in per_retriever)
            lines.append(f"  {row.id} ({row.lang}) {verdict}  [{detail}]")
    return lines


def main_eval(args, settings) -> int:
    """``qa eval FILE [-k 5] [--compare] [--show-misses]``: print the metrics; 0 on success."""
    from qa.api import get_engine
    from qa.retrieval import check_k

    k = check_k(args.k)
    questions = load_questions(args.questions)
    engine = get_engine(settings)
    ours = engine.retriever  # loads (or builds) the index once
    retrievers = compare_retrievers(ours) if args.compare else {"ours": ours}
    per_retriever = {}
    for name, retriever in retrievers.items():
        if args.compare:
            print(f"scoring {name} ...", file=sys.stderr)
        per_retriever[name] = run_questions(retriever, questions, k, engine)
    if args.show_misses:
        for name, rows in per_retriever.items():
            prefix = f"[{name}] " if args.compare else ""
            for r in rows:
                if is_miss(r):
                    print(prefix + format_miss(r))
    if not args.compare:
        rows = per_retriever["ours"]
        print(format_summary(summarise(rows, k), rows, k))
        return 0

    summaries = {name: summarise(rows, k) for name, rows in per_retriever.items()}
    index = ours.index
    built = index.manifest
    print(f"{len(questions)} questions from {args.questions}, k={k}; index {index.path}: {len(index.chunks)} chunks "
          f"(chunk_size {built.get('chunk_size')}, overlap {built.get('chunk_overlap')}), model {built.get('model')}")
    print("dense = FAISS only, no glossary; bm25 = BM25 only, no glossary; ours = fused, glossary on")
    print(format_comparison(summaries, per_retriever["ours"], k))
    diffs = differences(per_retriever)
    if diffs:
        print("where ours and a baseline disagree (recall, answer, or rank of the evidence):")
        print("\n".join(diffs))
    return 0
