"""The ``qa`` command: build, ask, serve, eval, bench.

    qa build [--rebuild]          bring index/ up to date with corpus/ (progress bar, report); repairs damage
    qa verify                     check every index file against its checksum (exit 1 when damaged)
    qa ask "question" [-k 5]      the answer, then its numbered sources
    qa remove NAME                remove a document from corpus/ and update index/
    qa serve [--port 7860]        the web chat and the JSON API on http://127.0.0.1:7860
    qa eval FILE.jsonl [--compare]   recall@k, MRR@k, answer, cited, abstain per language
    qa bench [...]                build and query speed against raw model throughput
    qa calibrate [--write]        the answer thresholds chosen on the tuning sets; untouched sets reported
"""
from __future__ import annotations

import argparse
import os
import sys
import textwrap
from pathlib import Path

from qa.printable import printable
from qa.settings import BACKENDS

# (The offline switches, ORT telemetry off among them, are set by qa/__init__.py, which runs first.)


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


def folder_problem(settings, writing: bool) -> str:
    """What makes the corpus or index folder unusable, as one line with the fix ("" when fine).

    Checked before the model loads, so a typo costs no time. ``writing``: the command will
    build (``qa build``, or a first question with no index yet).
    """
    corpus, index = Path(settings.corpus_dir), Path(settings.index_dir)
    other_index = "choose another with --index-dir (or QA_INDEX_DIR)"
    if index.exists() and not index.is_dir():
        return f"the index folder {index} is a file, not a folder: move the file away, or {other_index}"
    if writing:
        existing = next((p for p in (index, *index.absolute().parents) if p.exists()), None)
        if existing is not None and not existing.is_dir():
            return f"the index folder {index} cannot be made, {existing} is a file: {other_index}"
        if existing is not None and not os.access(existing, os.W_OK | os.X_OK):
            return f"cannot write the index into {existing} (not writable): make it writable, or {other_index}"
        if corpus.exists() and not corpus.is_dir():
            return f"the corpus folder {corpus} is a file, not a folder: point --corpus-dir (or QA_CORPUS_DIR) at the documents' folder"
        if not corpus.exists():
            return (f"the corpus folder {corpus} does not exist: create it and put the documents in it, "
                    "or point --corpus-dir (or QA_CORPUS_DIR) at them")
    return ""


def _has_index(settings) -> bool:
    from qa.index import current_version_dir

    try:
        return current_version_dir(Path(settings.index_dir)) is not None
    except (OSError, ValueError):
        return False


def cmd_build(args) -> int:
    from qa.api import get_engine
    from qa.index import build_index

    settings = _settings(args)
    problem = folder_problem(settings, writing=True)
    if problem:
        raise UnusableFolder(problem)
    report = build_index(settings, rebuild=args.rebuild, progress=not args.quiet,
                         embedder=get_engine(settings).embedder, log=lambda m: print(m, file=sys.stderr))
    print(report.summary())
    return 0


def cmd_remove(args) -> int:
    from qa.api import get_engine
    from qa.index import build_index
    from qa.uploads import remove_document

    settings = _settings(args)
    rel = remove_document(args.name, settings.corpus_dir)
    print(f"removed {rel} from {settings.corpus_dir}/", file=sys.stderr)
    report = build_index(settings, progress=False, embedder=get_engine(settings).embedder,
                         log=lambda m: print(m, file=sys.stderr))
    print(report.summary())
    return 0


def cmd_verify(args) -> int:
    from qa.verification import verify_index

    result = verify_index(_settings(args))
    print(result.summary())
    return 0 if result.ok else 1


def format_answer(ans, excerpt_chars: int = 300) -> str:
    """An answer as plain text: the answer, then each cited source with its excerpt.

    Everything that comes from a document (text, title, date, file name) goes through
    ``printable``: an escape sequence or a newline in it is shown, never acted on.
    """
    lines = [printable(ans.text, keep_newlines=True)]
    if ans.expanded_terms:
        lines.append(f"(searched with glossary terms: {printable(', '.join(ans.expanded_terms))})")
    for note in ans.notes:
        lines.append(f"note: {printable(note)}")
    if ans.citations:
        lines.append("")
        lines.append("Sources:")
    for n, p in enumerate(ans.citations, 1):
        date = f", {printable(p.date)}" if p.date else ""
        lines.append(f"[{n}] {printable(p.title)}{date}")
        page = f", page {p.page}" if getattr(p, "page", None) else ""
        lines.append(f"    {printable(p.source)}{page}, characters {p.start}-{p.end}")
        excerpt = printable(" ".join(p.text.split()))
        if len(excerpt) > excerpt_chars:
            excerpt = excerpt[:excerpt_chars].rsplit(" ", 1)[0] + " …"
        lines.extend(textwrap.wrap(excerpt, 96, initial_indent="    ", subsequent_indent="    "))
    return "\n".join(lines)


def cmd_ask(args) -> int:
    from qa.api import get_engine

    settings = _settings(args)
    problem = folder_problem(settings, writing=not _has_index(settings))
    if problem:
        raise UnusableFolder(problem)
    engine = get_engine(settings)
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

    settings = _settings(args)
    problem = folder_problem(settings, writing=not _has_index(settings))
    if problem:
        raise UnusableFolder(problem)
    return serve(host=args.host, port=args.port, settings=settings)


def cmd_eval(args) -> int:
    from qa.evaluation import main_eval

    return main_eval(args, _settings(args))


def cmd_bench(args) -> int:
    from qa.tools.benchmarks import main_bench

    return main_bench(args, _settings(args))


def cmd_calibrate(args) -> int:
    from qa.tools.calibrate import run_calibrate

    return run_calibrate(args, _settings(args))


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

    p = sub.add_parser("remove", help="remove a document from the corpus and update the index")
    _add_locations(p)
    p.add_argument("name", help="the document's path inside the corpus (as `qa build` lists it), or its file name")
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("serve", help="run the web chat and the JSON API")
    _add_locations(p)
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1); requests must name it (or, for 0.0.0.0, "
                        "this machine) in Host, plus any in $QA_ALLOWED_HOSTS")
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
    p.add_argument("--limit", type=int, default=0, help="with --external, --xquad, --mixed: first N questions only")
    p.add_argument("--xquad", action="store_true",
                   help="XQuAD in all four directions (en/zh questions on en/zh passages), ours and dense only")
    p.add_argument("--mixed", action="store_true",
                   help="one corpus of the documents, the Chinese XQuAD passages and eval/originals/: each question set")
    p.add_argument("-k", type=int, default=5)
    p.add_argument("--scale", metavar="N,N,...",
                   help="index size and latency at these chunk counts (e.g. 10000,100000), on synthetic vectors "
                        "derived from real embeddings, plus the model's real throughput")
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("calibrate", help="choose the answer thresholds on the tuning sets; report the untouched sets")
    _add_locations(p)
    p.add_argument("--xquad", type=int, default=100, metavar="N",
                   help="XQuAD questions per direction among the tuning sets (default 100; 0 to skip)")
    p.add_argument("--write", action="store_true", help="store the chosen thresholds in qa/data/answer_weights.json")
    p.set_defaults(func=cmd_calibrate)
    return parser


class UnusableFolder(ValueError):
    """The corpus or index folder cannot be used; the message names the fix."""


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (ValueError, FileNotFoundError, RuntimeError) as exc:
        print(f"qa {args.command}: {printable(str(exc), keep_newlines=True)}", file=sys.stderr)
        return 2
    except OSError as exc:  # a folder that went bad after the checks: still one line, not a traceback
        where = f" {exc.filename}" if exc.filename else ""
        print(f"qa {args.command}: cannot use{where}: {exc.strerror or exc}; check that the corpus and index "
              "folders exist and are writable (--corpus-dir, --index-dir)", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
