"""Adding and removing documents from the page, with the index updated in the background.

The status a person reads is one headline (what happened, then the index's state) above
one line per file (added / renamed to X / already present / refused: why). The build's
progress comes from ``build_index``'s ``on_progress`` callback, never from its log text.
Questions keep being answered from the current index while a build runs; the new version
is loaded as soon as it is in place.
"""
from __future__ import annotations

import os
import queue
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

from qa.api import get_engine
from qa.settings import Settings
from qa.uploads import MAX_UPLOAD_BYTES, add_files, remove_document, upload_date, uploaded_documents


@dataclass
class BuildEvent:
    kind: str  # "progress", "done", "busy" or "error"
    done: int = 0
    total: int = 0
    report: object = None
    error: Exception | None = None


def background_build(settings: Settings, engine, poll: float = 0.3) -> Iterator[BuildEvent]:
    """Run ``build_index`` in a thread and yield its progress every ``poll`` seconds, then
    one final event ("done" with the report, "busy" when another build holds the lock,
    "error" with the exception; the previous index keeps answering)."""
    from qa.index import BuildInProgress, build_index

    events: queue.Queue = queue.Queue()
    counted = {"done": 0, "total": 0}

    def on_progress(done: int, total: int) -> None:
        counted.update(done=done, total=total)

    def work() -> None:
        try:
            report = build_index(settings, embedder=engine.embedder, on_progress=on_progress)
            engine.retriever  # load the new version now, so the next question does not wait for it
            events.put(BuildEvent("done", report=report))
        except BuildInProgress as exc:
            events.put(BuildEvent("busy", error=exc))
        except Exception as exc:  # shown on the page; the previous index keeps answering
            events.put(BuildEvent("error", error=exc))

    threading.Thread(target=work, name="qa-page-build", daemon=True).start()
    while True:
        try:
            final = events.get(timeout=poll)
        except queue.Empty:
            yield BuildEvent("progress", counted["done"], counted["total"])
            continue
        final.done, final.total = counted["done"], counted["total"]
        yield final
        return


def _report_words(report) -> str:
    parts = [f"{len(report.added)} added" if report.added else "",
             f"{len(report.updated)} updated" if report.updated else "",
             f"{len(report.removed)} removed" if report.removed else ""]
    changed = ", ".join(p for p in parts if p) or "no change"
    return f"documents: {changed}; {report.chunks} chunks in the index"


def _with_build(headline: str, details: list[str], settings: Settings, engine, poll: float) -> Iterator[str]:
    """The status while the index is updated: headline, progress or outcome, then ``details``."""
    started = time.monotonic()
    yield "\n".join([f"{headline} Updating the index… · 正在更新索引……", *details])
    for event in background_build(settings, engine, poll):
        elapsed = time.monotonic() - started
        if event.kind == "progress":
            embedded = f"embedded {event.done}/{event.total} chunks, " if event.total else ""
            yield "\n".join([f"{headline} Updating the index: {embedded}{elapsed:.0f} s… · 正在更新索引……",
                             *details])
        elif event.kind == "done":
            skipped = [f"skipped {name}: {why}" for name, why in event.report.skipped]
            yield "\n".join([f"{headline} Index updated in {elapsed:.1f} s ({_report_words(event.report)}): "
                             "the next question uses the new index. · 索引已更新。", *details, *skipped])
        elif event.kind == "busy":
            yield "\n".join([f"{headline} Not rebuilt: {event.error}. The corpus is saved; press the button "
                             "again (no files needed) when that build has finished. · 另一个索引构建正在运行，请稍后再试。",
                             *details])
        else:
            yield "\n".join([f"{headline} The index was not updated ({type(event.error).__name__}: "
                             f"{event.error}); the previous index keeps answering. · 索引更新失败，仍使用原索引。",
                             *details])


def upload_path(item) -> str | None:
    """A file path from what Gradio hands over (a path, a dict with "path", or a tempfile)."""
    if item is None:
        return None
    if isinstance(item, dict):
        return item.get("path") or item.get("name")
    if isinstance(item, (str, os.PathLike)):
        return os.fspath(item)
    return getattr(item, "name", None)


def add_documents(files, settings: Settings, engine=None, max_bytes: int = MAX_UPLOAD_BYTES,
                  poll: float = 0.3, names: list[str] | None = None) -> Iterator[str]:
    """Copy uploaded files into the corpus, then update the index: yields the status so far.

    With no files it just brings the index up to date with the corpus (e.g. after a build
    was refused). ``names`` are the names as uploaded, when the paths do not carry them.

    >>> *_, status = add_documents(["/tmp/notice.txt"], settings)  # doctest: +SKIP
    """
    engine = engine or get_engine(settings)
    paths = [p for p in (upload_path(f) for f in (files or [])) if p]
    if not paths:
        yield from _with_build("No files chosen: bringing the index up to date with the corpus.", [],
                               settings, engine, poll)
        return
    results = add_files(paths, settings, max_bytes, names)
    lines = [r.message for r in results]
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    words = {"added": "added", "renamed": "added under a new name", "present": "already present",
             "refused": "refused"}
    tally = ", ".join(f"{counts[s]} {w}" for s, w in words.items() if counts.get(s))
    headline = f"{len(results)} file{'s' if len(results) != 1 else ''}: {tally}."
    if not any(r.saved for r in results):
        yield "\n".join([f"{headline} Nothing new to add: the index is unchanged. · 没有新文件，索引未改变。", *lines])
        return
    yield from _with_build(headline, lines, settings, engine, poll)


def remove_uploaded(name: str | None, settings: Settings, engine=None, poll: float = 0.3) -> Iterator[str]:
    """Remove an uploaded document from the corpus, then update the index: yields the status."""
    engine = engine or get_engine(settings)
    if not name:
        yield "Choose an uploaded document to remove. · 请选择要删除的上传文档。"
        return
    try:
        rel = remove_document(name, settings.corpus_dir, uploaded_only=True)
    except (ValueError, OSError) as exc:
        yield f"Not removed: {exc}"
        return
    yield from _with_build(f"Removed {rel} from the corpus.", [], settings, engine, poll)


def upload_marks(corpus_dir, sources) -> dict[str, str]:
    """``{source: upload date}`` for the uploaded ones among ``sources`` (the "uploaded on" mark)."""
    marks = {}
    for source in set(sources):
        when = upload_date(corpus_dir, source)
        if when:
            marks[source] = when
    return marks


def uploaded_choices(settings: Settings) -> list[tuple[str, str]]:
    """The remove list: ``(label, source)`` for each uploaded document, newest first."""
    docs = sorted(uploaded_documents(settings.corpus_dir), key=lambda d: (d[1], d[0]), reverse=True)
    return [(f"{source} (uploaded {when})", source) for source, when in docs]
