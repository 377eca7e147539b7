"""The outside question sets of ``../shared/bench/`` and the timing questions, as data.

Pure helpers shared by ``qa bench`` (``qa.tools.benchmarks``) and ``qa bench --scale``
(``qa.tools.scale_bench``): reading a bench file, pooling its passages into corpus files,
scoring one question, and the questions used for timing.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qa.evaluation import contains_any, is_concise, load_questions, norm, read_jsonl

#: The shared folder beside the project (``../shared``), where the dev set and bench files live.
SHARED_DIR = Path(__file__).resolve().parents[2].parent / "shared"
#: Without --limit, a file whose pooled passages exceed this many is cut to the first
#: items whose passages fit (the model embeds roughly 14 Chinese passages a second on 2
#: cores, so this keeps an RGB zh run to a few minutes).
DEFAULT_MAX_POOL = 1500
DEV_QUESTIONS = SHARED_DIR / "eval" / "dev.jsonl"
FALLBACK_QUESTIONS = [
    "What is the outpatient reimbursement ratio at grassroots medical institutions?",
    "Which province's direct settlement for remote medical treatment covers all counties?",
    "How much did centralized procurement reduce drug prices?",
    "What is the annual deductible for residents' medical insurance?",
    "How many people are covered by basic medical insurance?",
    "城乡居民医保的个人缴费标准是多少？",
    "门诊报销比例是多少？",
    "异地就医直接结算覆盖了多少个县？",
    "药品集中带量采购平均降价多少？",
    "大病保险的起付线是多少？",
]



# ---------------------------------------------------------------- external sets: pure part


@dataclass(frozen=True)
class BenchPassage:
    id: str
    text: str
    gold: bool


@dataclass(frozen=True)
class BenchItem:
    """One line of a ``../shared/bench/`` file."""

    id: str
    question: str
    answers: tuple[str, ...]
    answer_mode: str  # "any": one answer string suffices; "all": every one must appear
    passages: tuple[BenchPassage, ...]


@dataclass(frozen=True)
class Pool:
    """Distinct passage texts as corpus files, and each scored item's gold files."""

    files: dict[str, str]  # file name -> passage text
    gold: list[frozenset[str]]  # per question, the file names of its gold passages
    answers: list[tuple[str, ...]]  # per question, the answer strings to look for
    answer_modes: list[str]


def load_bench_items(path) -> list[BenchItem]:
    """The items of a bench file; ValueError names the line of any bad one."""
    items = []
    for where, obj in read_jsonl(path, "bench file (see ../shared/bench/)"):
        missing = [k for k in ("id", "question", "answers", "passages") if k not in obj]
        if missing:
            raise ValueError(f"{where}: missing field(s) {', '.join(missing)}")
        mode = obj.get("answer_mode", "any")
        if mode not in ("any", "all"):
            raise ValueError(f"{where}: answer_mode must be 'any' or 'all', got {mode!r}")
        try:
            passages = tuple(BenchPassage(str(p["id"]), p["text"], bool(p["gold"])) for p in obj["passages"])
        except (KeyError, TypeError) as exc:
            raise ValueError(f"{where}: each passage needs id, text and gold ({exc!r})") from None
        if not any(p.gold for p in passages):
            raise ValueError(f"{where}: item {obj['id']} has no gold passage")
        items.append(BenchItem(str(obj["id"]), obj["question"], tuple(obj["answers"]), mode, passages))
    if not items:
        raise ValueError(f"{path} holds no items")
    return items


def pair_items(questions: list[BenchItem], passage_items: list[BenchItem]) -> list[BenchItem]:
    """For each question, the item of the other file with the same id (XQuAD en/zh are parallel)."""
    by_id = {it.id: it for it in passage_items}
    missing = [q.id for q in questions if q.id not in by_id]
    if missing:
        raise ValueError(f"--passages-from has no item with id {missing[0]!r} ({len(missing)} of {len(questions)} "
                         "questions unmatched): the two files must be parallel, like xquad/en.jsonl and xquad/zh.jsonl")
    return [by_id[q.id] for q in questions]


def pool_passages(items: list[BenchItem]) -> Pool:
    """One file per distinct passage text (first occurrence order), and the gold files of each item.

    The gold and the answers come from ``items``; pass the paired items of
    ``--passages-from`` to score questions against another language's passages.
    """
    files: dict[str, str] = {}
    name_of: dict[str, str] = {}
    gold = []
    for it in items:
        for p in it.passages:
            if p.text not in name_of:
                name = f"p{len(name_of):05d}.txt"
                name_of[p.text] = name
                files[name] = p.text
        gold.append(frozenset(name_of[p.text] for p in it.passages if p.gold))
    return Pool(files, gold, [it.answers for it in items], [it.answer_mode for it in items])


def default_limit(items: list[BenchItem], max_pool: int = DEFAULT_MAX_POOL) -> int:
    """How many leading items fit their passages into ``max_pool`` distinct texts (at least 1)."""
    seen: set[str] = set()
    for n, it in enumerate(items):
        seen.update(p.text for p in it.passages)
        if len(seen) > max_pool:
            return max(n, 1)
    return len(items)


def answer_matches(answer_text: str, answers, mode: str) -> bool:
    """Whether the answer holds any (mode "any") or all (mode "all") of the answer strings."""
    if mode == "all":
        t = norm(answer_text)
        return all(norm(a) in t for a in answers)
    return contains_any(answer_text, answers)


def gold_rank(sources, gold: frozenset[str]) -> int:
    """1-based rank of the first passage whose source file is gold, 0 when none."""
    return next((i for i, s in enumerate(sources, 1) if s in gold), 0)


def score_external(passages, ans, gold: frozenset[str], answers, mode: str) -> dict:
    """One question's gold rank, answer and citation (pure: retrieved passages and answer in)."""
    return {
        "rank": gold_rank([p.source for p in passages], gold),
        "found": ans.found,
        "answer_hit": bool(ans.found and is_concise(ans.text) and answer_matches(ans.text, answers, mode)),
        "cited": any(c.source in gold for c in ans.citations),
    }


def summarise_external(rows: list[dict]) -> dict[str, float]:
    """Rates over rows of {rank, found, answer_hit, cited} (every bench question is answerable)."""
    n = len(rows) or 1
    return {
        "recall": sum(r["rank"] > 0 for r in rows) / n,
        "mrr": sum(1 / r["rank"] for r in rows if r["rank"]) / n,
        "answer": sum(r["answer_hit"] for r in rows) / n,
        "cited": sum(r["cited"] for r in rows) / n,
        "answered": sum(r["found"] for r in rows) / n,
    }


def timing_questions() -> list[str]:
    """The dev questions when they are beside the project, else a built-in English+Chinese list."""
    if DEV_QUESTIONS.is_file():
        return [q.question for q in load_questions(DEV_QUESTIONS)]
    return list(FALLBACK_QUESTIONS)


def warm_up(*embedders) -> None:
    """Pay the one-off costs before timing: each model's first call allocates, and jieba's
    dictionary loads once per process."""
    from qa.tokenization import tokenize

    for e in embedders:
        e.encode(["warm-up: the model's first call allocates"])
    tokenize("warm-up 医保 jieba")

