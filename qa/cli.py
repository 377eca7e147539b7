"""The ``qa`` command: build, ask, serve, eval, bench.

    qa build [--rebuild]          bring index/ up to date with corpus/ (progress bar, report); repairs damage
    qa verify                     check every index file against its checksum (exit 1 when damaged)
    qa ask "question" [-k 5]      the answer, then its numbered sources
    qa serve [--port 7860]        the web chat on http://127.0.0.1:7860
    qa eval FILE.jsonl [--compare]   recall@k, MRR@k, answer, cited, abstain per language
    qa bench [...]                build and query speed against raw model throughput
"""
from __future__ import annotations

import argparse
import os
import sys
import textwrap
from pathlib import Path

from qa.settings import BACKENDS

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")


def _add_locations(p: argparse.ArgumentParser) -> None:
    p.add_argument("--corpus-dir", help="documents folder (default: $QA_CORPUS_DIR or corpus/)")
    p.add_argument("--index-dir", help="index folder (default: $QA_INDEX_DIR or index/)")
    p.add_argument("--model", help="sentence-transformers model name or folder (default: $QA_MODEL or the bundled one)")
    p.add_argument("--backend", choices=BACKENDS,
                   help="how the model runs (default: $QA_BACKEND or onnx; torch is sentence-transformers itself)")


def _settings(args):
    from dataclasses import replace

    from qa.settings import Settings

    settings = Settings.from_env(args.corpus_dir, args.index_dir, args.model)
    return replace(settings, backend=args.backend) if getattr(args, "backend", None) else settings


def cmd_build(args) -> int:
    from qa.api import get_engine
    from qa.index import build_index

    settings = _settings(args)
    report = build_index(settings, rebuild=args.rebuild, progress=not args.quiet,
                         embedder=get_engine(settings).embedder, log=lambda m: print(m, file=sys.stderr))
    print(report.summary())
    return 0


def cmd_verify(args) -> int:
    from qa.verification import verify_index

    result = verify_index(_settings(args))
    print(result.summary())
    return 0 if result.ok else 1


def format_answer(ans, excerpt_chars: int = 300) -> str:
    """An answer as plain text: the answer, then each cited source with its excerpt."""
    lines = [ans.text]
    if ans.expanded_terms:
        lines.append(f"(searched with glossary terms: {', '.join(ans.expanded_terms)})")
    for note in ans.notes:
        lines.append(f"note: {note}")
    if ans.citations:
        lines.append("")
        lines.append("Sources:")
    for n, p in enumerate(ans.citations, 1):
        date = f", {p.date}" if p.date else ""
        lines.append(f"[{n}] {p.title}{date}")
        page = f", page {p.page}" if getattr(p, "page", None) else ""
        lines.append(f"    {p.source}{page}, characters {p.start}-{p.end}")
        excerpt = " ".join(p.text.split())
        if len(excerpt) > excerpt_chars:
            excerpt = excerpt[:excerpt_chars].rsplit(" ", 1)[0] + " …"
        lines.extend(textwrap.wrap(excerpt, 96, initial_indent="    ", subsequent_indent="    "))
    return "\n".join(lines)


def cmd_ask(args) -> int:
    from qa.api import get_engine

    engine = get_engine(_settings(args))
    ans = engine.answer(args.question, k=args.k)
    print(format_answer(ans))
    return 0 if ans.found else 3


def cmd_serve(args) -> int:
    # app.py sits at the repository root beside qa/, which the installed `qa` script does not
    # have on its path (only `python -m qa.cli` run from the root would).
    root = str(Path(__file__).resolve().parent.parent)
    if root not in sys.path:
        sys.path.insert(0, root)
    from app import main as serve

    return serve(host=args.host, port=args.port, settings=_settings(args))


def cmd_eval(args) -> int:
    from qa.evaluation import main_eval

    return main_eval(args, _settings(args))


def cmd_bench(args) -> int:
    from qa.tools.benchmarks import main_bench

    return main_bench(args, _settings(args))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qa", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build", help="build or update the index from the corpus")
    _add_locations(p)
    p.add_argument("--rebuild", action="store_true", help="re-embed every document, not only the changed ones")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("verify", help="check the index files against their checksums; exit 1 when damaged")
    _add_locations(p)
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("ask", help="answer one question")
    _add_locations(p)
    p.add_argument("question")
    p.add_argument("-k", type=int, default=5, help="passages to retrieve (default 5)")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("serve", help="run the web chat")
    _add_locations(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=7860)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("eval", help="score a question set (the format of ../shared/eval/dev.jsonl)")
    _add_locations(p)
    p.add_argument("questions", help="JSON Lines file of questions")
    p.add_argument("-k", type=int, default=5)
    p.add_argument("--compare", action="store_true", help="also score dense-only and BM25-only baselines")
    p.add_argument("--show-misses", action="store_true")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("bench", help="speed: build and query against raw model throughput; --external for XQuAD/RGB")
    _add_locations(p)
    p.add_argument("--external", metavar="FILE.jsonl", help="score a ../shared/bench/ file pooled into a corpus")
    p.add_argument("--passages-from", metavar="FILE.jsonl", help="with --external: pool passages from this file instead (cross-lingual)")
    p.add_argument("--limit", type=int, default=0, help="with --external: first N questions only")
    p.add_argument("-k", type=int, default=5)
    p.add_argument("--scale", metavar="N,N,...",
                   help="index size and latency at these chunk counts (e.g. 10000,100000), on synthetic vectors "
                        "derived from real embeddings, plus the model's real throughput")
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (ValueError, FileNotFoundError, RuntimeError) as exc:
        print(f"qa {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
