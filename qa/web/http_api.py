"""The JSON HTTP API beside the page, on the same server (``qa serve``).

    POST /api/ask        {"question", "history": [earlier questions], "k", "where"}
                         -> {text, found, lang, citations: [...], notes, rewritten}
    POST /api/retrieve   {"question", "k", "where"} -> {passages: [...]}
    GET  /api/regions    -> {regions: [...]}                (the index now, not at start-up)
    GET  /api/documents  -> {documents: [...]}              (the index's documents)
    POST /api/documents  multipart "files" -> {files: [...], index: {...}}   (add, then build)
    DELETE /api/documents/NAME -> {removed, index}          (uploaded documents only)

Bad input is answered 400 with ``{"error": "what is wrong and what to do"}``; an index
that cannot be used 503; another build running 409; never a traceback. Questions are
text: markup is stripped before search, as in the chat. Answers are ``qa.answer``'s own.
"""
from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from qa.api import get_engine
from qa.index import BuildInProgress, IndexNotUsable, build_index
from qa.records import Answer, Passage
from qa.settings import Settings
from qa.uploads import MAX_UPLOAD_BYTES, add_files, remove_document, upload_date
from qa.web.chat import question_language
from qa.web.filters import filter_regions
from qa.web.text import plain_question

MAX_K = 50


class BadRequest(ValueError):
    """Input the API cannot take; the message says what to send instead."""


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


async def _json_body(request: Request) -> dict:
    try:
        body = await request.json()
    except Exception:
        raise BadRequest('the body must be a JSON object, e.g. {"question": "..."}, '
                         "sent with Content-Type: application/json") from None
    if not isinstance(body, dict):
        raise BadRequest('the body must be a JSON object, e.g. {"question": "..."}')
    return body


def _question(body: dict) -> str:
    question = body.get("question")
    if not isinstance(question, str):
        raise BadRequest('"question" must be a string, e.g. {"question": "What is the outpatient ratio in Shandong?"}')
    plain = plain_question(question)
    if not plain:
        raise BadRequest('"question" is empty (markup is not counted): send the question as text')
    return plain


def _k(body: dict) -> int:
    k = body.get("k", 5)
    if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= MAX_K:
        raise BadRequest(f'"k" must be a whole number from 1 to {MAX_K} (default 5); got {k!r}')
    return k


def _where(body: dict) -> dict | None:
    where = body.get("where")
    if where is None:
        return None
    if not isinstance(where, dict) or not all(isinstance(v, str) for v in where.values()):
        raise BadRequest('"where" must be an object of strings, e.g. {"region": "Shandong", "date_from": "2023"}')
    return where or None


def _history(body: dict) -> list[str]:
    history = body.get("history") or []
    if not isinstance(history, list) or not all(isinstance(h, str) for h in history):
        raise BadRequest('"history" must be a list of the earlier questions (strings), oldest first')
    return [plain_question(h) for h in history]


def passage_json(p: Passage, n: int | None = None, uploaded: str | None = None) -> dict:
    out = {"source": p.source, "title": p.title, "date": p.date, "page": p.page, "start": p.start,
           "end": p.end, "region": p.region, "text": p.text, "uploaded": uploaded}
    return {"n": n, **out} if n is not None else {**out, "score": round(float(p.score), 6)}


def answer_json(answer: Answer, question: str, corpus_dir) -> dict:
    """An ``Answer`` as the API's JSON (citations numbered as the ``[n]`` markers)."""
    return {
        "text": answer.text,
        "found": answer.found,
        "lang": question_language(answer.rewritten or question),
        "citations": [passage_json(p, n, upload_date(corpus_dir, p.source))
                      for n, p in enumerate(answer.citations, 1)],
        "notes": list(answer.notes),
        "rewritten": answer.rewritten,
    }


def _report_json(report) -> dict:
    return {"added": report.added, "updated": report.updated, "removed": report.removed,
            "unchanged": len(report.unchanged), "skipped": [{"file": f, "reason": r} for f, r in report.skipped],
            "chunks": report.chunks, "chunks_embedded": report.chunks_embedded, "seconds": round(report.seconds, 3)}


def api_router(settings: Settings, uploads: bool = True, max_bytes: int = MAX_UPLOAD_BYTES) -> APIRouter:
    """The API's routes over the engine for ``settings``; ``uploads=False`` leaves out the writes."""
    router = APIRouter(prefix="/api")
    engine = get_engine(settings)

    def guarded(handler):
        """Run a handler, turning bad input into 400 and an unusable index into 503."""
        @functools.wraps(handler)
        async def run(*args, **kwargs):
            try:
                return await handler(*args, **kwargs)
            except BadRequest as exc:
                return _error(400, str(exc))
            except IndexNotUsable as exc:
                return _error(503, f"the index cannot be used: {exc}")
            except BuildInProgress as exc:
                return _error(409, f"{exc}; try again when it has finished")
            except ValueError as exc:  # the engine's own checks (k, where, ...)
                return _error(400, str(exc))
        return run

    async def threaded(fn, *args, **kwargs):
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(fn, *args, **kwargs)

    @router.post("/ask")
    @guarded
    async def ask(request: Request):
        body = await _json_body(request)
        question, k, where, history = _question(body), _k(body), _where(body), _history(body)
        generate = body.get("generate")
        if generate not in (None, True, False):
            raise BadRequest('"generate" must be true, false or null (default: a language model when one is set)')
        answer = await threaded(engine.answer, question, k=k, where=where, generate=generate, history=history)
        return answer_json(answer, question, settings.corpus_dir)

    @router.post("/retrieve")
    @guarded
    async def retrieve(request: Request):
        body = await _json_body(request)
        question, k, where = _question(body), _k(body), _where(body)
        [passages] = await threaded(engine.retrieve_many, [question], k=k, where=where)
        return {"passages": [passage_json(p) for p in passages]}

    @router.get("/regions")
    @guarded
    async def regions():
        return {"regions": await threaded(filter_regions, engine)}

    @router.get("/documents")
    @guarded
    async def documents():
        docs = (await threaded(lambda: engine.retriever.index.documents)).items()
        return {"documents": [{"source": source, "title": meta.get("title", ""), "date": meta.get("date", ""),
                               "region": meta.get("region", ""), "chunks": meta.get("chunks", 0),
                               "uploaded": upload_date(settings.corpus_dir, source)}
                              for source, meta in sorted(docs)]}

    if not uploads:
        return router

    def rebuild():
        report = build_index(settings, embedder=engine.embedder)
        engine.retriever  # load the new version before answering
        return _report_json(report)

    @router.post("/documents")
    @guarded
    async def add(request: Request):
        try:
            form = await request.form(max_files=1000)
        except Exception:
            raise BadRequest('send the files as multipart/form-data in the field "files", '
                             "e.g. curl -F files=@notice.txt") from None
        items = [f for f in form.getlist("files") if hasattr(f, "filename")]
        if not items:
            raise BadRequest('no files: send them as multipart/form-data in the field "files" (curl -F files=@notice.txt)')
        with tempfile.TemporaryDirectory(prefix="qa-api-upload-") as tmp:
            paths, names = [], []
            for n, item in enumerate(items):
                path = Path(tmp) / f"{n}.upload"
                with open(path, "wb") as out:  # at most max_bytes + 1: enough to say "too large"
                    left = max_bytes + 1
                    while left > 0 and (chunk := await item.read(min(left, 1 << 20))):
                        out.write(chunk)
                        left -= len(chunk)
                paths.append(path)
                names.append(item.filename or "upload")
            results = await threaded(add_files, paths, settings, max_bytes, names)
        files = [{"name": r.original, "saved": r.saved, "status": r.status, "message": r.message} for r in results]
        if not any(r.saved for r in results):
            return {"files": files, "index": None}
        try:
            return {"files": files, "index": await threaded(rebuild)}
        except BuildInProgress as exc:
            return JSONResponse({"files": files, "index": None,
                                 "error": f"{exc}; the files are saved in the corpus: run `qa build` "
                                          "when that build has finished"}, status_code=409)

    @router.delete("/documents/{name:path}")
    @guarded
    async def remove(name: str):
        rel = await threaded(remove_document, name, settings.corpus_dir, True)
        return {"removed": rel, "index": await threaded(rebuild)}

    return router
