"""A bounded load test of the running chat, on this machine only.

    python -m qa.tools.loadtest --url http://127.0.0.1:7860 --users 20 --seconds 60 [--rebuild-at 20] [--api]

``--users`` simulated people each ask a question through the page's ``/chat`` API
(with ``gradio_client``), or with ``--api`` through the JSON API's ``POST /api/ask``
(plain HTTP), wait for the whole answer, and ask the next, until
``--seconds`` have passed; then it prints the number of requests, errors, and the
p50/p95/max answer latency (the time to the complete answer, streaming included).

With ``--rebuild-at S``, S seconds in, it uploads a small generated document through
the page's "Add documents" endpoint (so the corpus behind the server gains one file:
point the server at a scratch copy of the corpus; with ``--api``, ``POST /api/documents``),
waits for the rebuild, checks that
the next question about it is answered from the new index, and reports the latency of
the questions asked while the rebuild ran separately.

Only loopback addresses (127.0.0.1, localhost, ::1) are accepted: this is for testing
one's own server, never someone else's. Every loop has a deadline.
"""
from __future__ import annotations

import argparse
import ipaddress
import math
import os
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

QUESTIONS = [
    "What is the outpatient reimbursement ratio at grassroots medical institutions in Shandong?",
    "Which province's direct settlement for remote medical treatment covers all counties?",
    "四川有多少比例的医保事项实现了网上办理？",
    "山东长期护理保险覆盖了哪些人群？",
    "How many people are covered by basic medical insurance?",
    "What is the subsidy standard for urban and rural residents' medical insurance in Guangxi?",
    "医保基金监管有哪些措施？",
    "What is the reimbursement ratio for acupuncture in Hong Kong?",  # not in the documents
]

REBUILD_DOC = (
    "Load-test notice {tag} on the Quillmark county dental pilot.\n\n"
    "The Quillmark county dental pilot ({tag}) reimburses 57% of the cost of dental check-ups for "
    "insured residents, starting in 2025. The pilot covers 12 township clinics.\n"
)
#: Filler sections that make the generated document long enough (~15 chunks) for the rebuild to take a while.
REBUILD_FILLER = (
    "Section {i} of load-test notice {tag}. Township clinic number {i} in Quillmark county reports its "
    "monthly dental check-up figures to the county medical insurance bureau, which publishes them with "
    "the pilot's budget, the number of insured residents served and the waiting times for appointments. "
    "The bureau reviews the figures of clinic {i} every quarter and adjusts its share of the budget.\n\n"
)
REBUILD_SECTIONS = 30
REBUILD_QUESTION = "What share of dental check-ups does the Quillmark county dental pilot {tag} reimburse?"


class NotLoopback(ValueError):
    pass


def check_loopback(url: str) -> str:
    """The URL, normalised, if it points at this machine; NotLoopback otherwise."""
    parsed = urlparse(url if "://" in url else f"http://{url}")
    if parsed.scheme not in ("http", "https"):
        raise NotLoopback(f"refusing {url!r}: only http:// or https:// URLs of this machine are load-tested")
    host = (parsed.hostname or "").lower()
    loopback = host == "localhost"
    if not loopback:
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
    if not loopback:
        raise NotLoopback(f"refusing to load-test {host or url!r}: only loopback addresses "
                          "(127.0.0.1, localhost, ::1) are allowed")
    return parsed._replace(path=parsed.path or "/").geturl()


@dataclass
class Sample:
    start: float
    end: float
    ok: bool
    error: str = ""

    @property
    def latency(self) -> float:
        return self.end - self.start


@dataclass
class Rebuild:
    started: float | None = None
    finished: float | None = None
    status: str = ""
    ok: bool = False
    new_doc_answered: bool | None = None
    errors: list[str] = field(default_factory=list)


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def _answer_text(result) -> str:
    """The assistant's last message from the /chat endpoint's (history, box) output."""
    history = result[0] if isinstance(result, (list, tuple)) and result else None
    if not isinstance(history, list) or not history:
        raise ValueError(f"unexpected reply {str(result)[:200]!r}")
    content = history[-1].get("content") if isinstance(history[-1], dict) else None
    if isinstance(content, list):
        content = " ".join(str(part.get("text", "")) if isinstance(part, dict) else str(part) for part in content)
    if not isinstance(content, str) or "qa-msg" not in content:
        raise ValueError(f"no answer in the reply {str(content)[:200]!r}")
    if "Could not answer" in content or "无法回答" in content:
        raise ValueError(f"the app could not answer: {content[:200]!r}")
    return content


class ApiClient:
    """The JSON API over plain HTTP (``--api``): the same calls as a program would make."""

    def __init__(self, url: str, timeout: float = 10.0):
        import urllib.request

        self.url = url.rstrip("/")
        with urllib.request.urlopen(self.url + "/api/regions", timeout=timeout):  # is the API there?
            pass

    def _post(self, path: str, data: bytes, content_type: str, timeout: float) -> dict:
        import json
        import urllib.request

        request = urllib.request.Request(self.url + path, data=data, headers={"Content-Type": content_type})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read())

    def ask(self, question: str, k: int, timeout: float) -> str:
        import json

        reply = self._post("/api/ask", json.dumps({"question": question, "k": k}).encode("utf-8"),
                           "application/json", timeout)
        if not isinstance(reply.get("text"), str) or "found" not in reply:
            raise ValueError(f"unexpected reply {str(reply)[:200]!r}")
        # The answer and its cited files, for the check after a rebuild.
        return reply["text"] + " " + " ".join(c.get("source", "") for c in reply.get("citations", []))

    def upload(self, path: Path, timeout: float) -> str:
        import uuid

        boundary = uuid.uuid4().hex
        body = (f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{path.name}"\r\n'
                "Content-Type: text/plain\r\n\r\n").encode("utf-8") + path.read_bytes() + f"\r\n--{boundary}--\r\n".encode()
        reply = self._post("/api/documents", body, f"multipart/form-data; boundary={boundary}", timeout)
        if reply.get("index") and path.name in reply["index"].get("added", []):
            return "the next question uses the new index: " + str(reply["index"])
        return str(reply)


def ask(client, question: str, k: int, timeout: float) -> str:
    if isinstance(client, ApiClient):
        return client.ask(question, k, timeout)
    job = client.submit(question, [], k, "extractive", "auto", api_name="/chat")
    return _answer_text(job.result(timeout=timeout))


def _user(n: int, client, deadline: float, k: int, timeout: float, samples: list, lock: threading.Lock) -> None:
    i = n
    while time.monotonic() < deadline:
        question = QUESTIONS[i % len(QUESTIONS)]
        i += 1
        start = time.monotonic()
        try:
            ask(client, question, k, timeout)
            sample = Sample(start, time.monotonic(), True)
        except Exception as exc:  # every failure counts as an error, with its reason
            sample = Sample(start, time.monotonic(), False, f"{type(exc).__name__}: {exc}"[:300])
        with lock:
            samples.append(sample)


def _rebuild(client, at: float, k: int, timeout: float, rebuild: Rebuild, workdir: Path) -> None:
    from gradio_client import handle_file

    time.sleep(max(0.0, at - time.monotonic()))
    tag = f"LT{time.strftime('%Y%m%d%H%M%S')}{os.getpid()}"
    path = workdir / f"loadtest-{tag}.txt"
    filler = "".join(REBUILD_FILLER.format(i=i, tag=tag) for i in range(1, REBUILD_SECTIONS + 1))
    path.write_text(REBUILD_DOC.format(tag=tag) + "\n" + filler, encoding="utf-8")
    rebuild.started = time.monotonic()
    try:
        if isinstance(client, ApiClient):
            status = client.upload(path, max(timeout, 300))
        else:
            job = client.submit([handle_file(str(path))], api_name="/add_documents")
            status = job.result(timeout=max(timeout, 300))
            status = status[0] if isinstance(status, (list, tuple)) else status
        rebuild.status = status if isinstance(status, str) else str(status)
        rebuild.ok = "next question uses the new index" in rebuild.status
    except Exception as exc:
        rebuild.errors.append(f"{type(exc).__name__}: {exc}"[:300])
    rebuild.finished = time.monotonic()
    if rebuild.ok:
        try:
            answer = ask(client, REBUILD_QUESTION.format(tag=tag), k, timeout)
            rebuild.new_doc_answered = "57%" in answer and path.name in answer
        except Exception as exc:
            rebuild.errors.append(f"asking about the new document: {type(exc).__name__}: {exc}"[:300])
            rebuild.new_doc_answered = False


def _stats_line(label: str, samples: list[Sample], seconds: float | None = None) -> str:
    errors = sum(not s.ok for s in samples)
    if not samples:
        return f"{label}: requests 0"
    latencies = [s.latency for s in samples]
    rate = f" ({len(samples) / seconds:.1f}/s)" if seconds else ""
    return (f"{label}: requests {len(samples)}{rate}, errors {errors}, latency "
            f"p50 {percentile(latencies, 50):.3f} s, p95 {percentile(latencies, 95):.3f} s, "
            f"max {max(latencies):.3f} s")


def run(url: str, users: int, seconds: float, rebuild_at: float | None = None, k: int = 5,
        timeout: float = 60.0, out=None, api: bool = False) -> int:
    """Run the load test; print the report to ``out``; 0 when there were no errors."""
    from gradio_client import Client

    url = check_loopback(url)
    say = lambda line: print(line, file=out or sys.stdout, flush=True)  # noqa: E731
    say(f"load test: {users} users for {seconds:.0f} s against {url} ({'POST /api/ask' if api else '/chat'})"
        + (f", rebuild at {rebuild_at:.0f} s" if rebuild_at is not None else ""))

    clients: list = [None] * users
    connect_errors: list[str] = []

    def connect(n: int) -> None:
        try:
            clients[n] = ApiClient(url) if api else Client(url, verbose=False)
        except Exception as exc:
            connect_errors.append(f"{type(exc).__name__}: {exc}"[:300])

    threads = [threading.Thread(target=connect, args=(n,), daemon=True) for n in range(users)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=timeout)
    if connect_errors or any(c is None for c in clients):
        say(f"errors: could not connect: {connect_errors[0] if connect_errors else 'timed out'}")
        return 1

    samples: list[Sample] = []
    lock = threading.Lock()
    start = time.monotonic()
    deadline = start + seconds
    workers = [threading.Thread(target=_user, args=(n, clients[n], deadline, k, timeout, samples, lock),
                                name=f"loadtest-user-{n}", daemon=True) for n in range(users)]
    rebuild = Rebuild()
    tmp = tempfile.TemporaryDirectory(prefix="qa-loadtest-")
    if rebuild_at is not None:
        uploader = ApiClient(url) if api else Client(url, verbose=False)
        workers.append(threading.Thread(target=_rebuild, args=(uploader, start + rebuild_at, k,
                                                               timeout, rebuild, Path(tmp.name)),
                                        name="loadtest-rebuild", daemon=True))
    for t in workers:
        t.start()
    hard_stop = deadline + timeout + (300 if rebuild_at is not None else 0)
    for t in workers:
        t.join(timeout=max(0.0, hard_stop - time.monotonic()))
    stuck = sum(t.is_alive() for t in workers)
    elapsed = time.monotonic() - start
    tmp.cleanup()

    with lock:
        done = list(samples)
    errors = [s for s in done if not s.ok]
    say(_stats_line("overall", done, elapsed))
    if rebuild_at is not None:
        if rebuild.started is None:
            say("rebuild: not started")
        else:
            end = rebuild.finished or time.monotonic()
            during = [s for s in done if s.start < end and s.end > rebuild.started]
            outside = [s for s in done if not (s.start < end and s.end > rebuild.started)]
            summary = rebuild.status.splitlines()[0] if rebuild.status else ""
            say(f"rebuild: started at {rebuild.started - start:.1f} s, took {end - rebuild.started:.1f} s, "
                f"{'ok' if rebuild.ok else 'FAILED'}: {summary or rebuild.status[-300:]}")
            if rebuild.new_doc_answered is not None:
                say(f"rebuild: the next question about the new document was answered from it: "
                    f"{'yes' if rebuild.new_doc_answered else 'NO'}")
            for message in rebuild.errors:
                say(f"rebuild error: {message}")
            say(_stats_line("during rebuild", during))
            say(_stats_line("outside rebuild", outside))
    say(f"errors: {len(errors)}" + (f" (first: {errors[0].error})" if errors else ""))
    if stuck:
        say(f"warning: {stuck} user(s) still waiting at the hard stop")
    failed = bool(errors) or bool(stuck) or not done
    if rebuild_at is not None:
        failed = failed or not rebuild.ok or rebuild.new_doc_answered is False
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m qa.tools.loadtest", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", default="http://127.0.0.1:7860", help="the chat's address (loopback only)")
    p.add_argument("--users", type=int, default=20, help="simultaneous users (1-200, default 20)")
    p.add_argument("--seconds", type=float, default=60, help="how long to ask questions (1-600, default 60)")
    p.add_argument("--rebuild-at", type=float, default=None, metavar="S",
                   help="S seconds in, upload a small generated document (adds it to the server's corpus)")
    p.add_argument("-k", type=int, default=5, help="passages per question (default 5)")
    p.add_argument("--timeout", type=float, default=60, help="seconds to wait for one answer (default 60)")
    p.add_argument("--api", action="store_true", help="ask through the JSON API (POST /api/ask) instead of the page's /chat")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not 1 <= args.users <= 200 or not 1 <= args.seconds <= 600:
        print("qa.tools.loadtest: --users must be 1-200 and --seconds 1-600", file=sys.stderr)
        return 2
    if args.rebuild_at is not None and not 0 <= args.rebuild_at < args.seconds:
        print("qa.tools.loadtest: --rebuild-at must fall within --seconds", file=sys.stderr)
        return 2
    try:
        return run(args.url, args.users, args.seconds, args.rebuild_at, args.k, args.timeout, api=args.api)
    except NotLoopback as exc:
        print(f"qa.tools.loadtest: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
