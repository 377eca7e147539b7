"""Proof that nothing leaves the machine: a build and a served question under strace.

    python -m qa.tools.offline_check                 # corpus/, 60 s of serving, one question
    python -m qa.tools.offline_check --seconds 20 --corpus-dir my-docs

Runs ``qa build`` into a scratch index, then ``qa serve`` on 127.0.0.1, asks one question over
HTTP and keeps serving for ``--seconds``, each under ``strace -f`` recording every connect(),
sendto() and sendmsg() of the process and all its threads and children, native code included
(ONNX Runtime's telemetry is C++, which a Python audit hook would never see). It prints each
connection that left loopback (a DNS lookup is a connection to the resolver) and exits 0 only
when there were none. The children get the environment without the offline switches of
``qa/offline.py``, so what is checked is that the product sets them itself.

Before trusting a zero, the tracer is checked on a process that does look a name up.
Needs strace (Debian: ``apt-get install strace``) and ptrace permission.
"""
from __future__ import annotations

import argparse
import ipaddress
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from qa.offline import OFFLINE_ENVIRONMENT

REPO = Path(__file__).resolve().parents[2]
QUESTION = "What is the outpatient reimbursement ratio at grassroots medical institutions in Shandong?"
TRACED_CALLS = "trace=connect,sendto,sendmsg,sendmmsg"
# The host ONNX Runtime's telemetry looks up: the control lookup uses the same name.
TELEMETRY_HOST = "mobile.events.data.microsoft.com"

_ADDRESS = re.compile(r'sa_family=(AF_INET6?),.*?(?:inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)")')
_PORT = re.compile(r"sin6?_port=htons\((\d+)\)")


@dataclass
class Phase:
    name: str
    seconds: float = 0.0
    outside: list[str] = field(default_factory=list)  # strace lines of connections off loopback
    loopback: int = 0
    note: str = ""


def strace_problem() -> str:
    """Why the tracer cannot run here ("" when it can)."""
    if not shutil.which("strace"):
        return "strace is not installed (Debian: apt-get install strace)"
    try:
        done = subprocess.run(["strace", "-f", "-qq", "-o", os.devnull, "true"], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"strace cannot run: {exc}"
    if done.returncode != 0:
        return f"strace cannot trace here (no ptrace permission?): {done.stderr.decode(errors='replace')[-200:]}"
    return ""


def is_local(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    mapped = getattr(ip, "ipv4_mapped", None)
    return ip.is_loopback or ip.is_unspecified or bool(mapped and mapped.is_loopback)


def connections(trace: Path) -> tuple[list[str], int]:
    """(lines of connections off loopback, count of loopback ones) in an strace log."""
    outside, local = [], 0
    for line in trace.read_text(errors="replace").splitlines():
        match = _ADDRESS.search(line)
        if not match:
            continue  # AF_UNIX, AF_NETLINK, a send on a connected socket: never off the machine
        address = match.group(2) or match.group(3)
        if is_local(address):
            local += 1
        else:
            port = _PORT.search(line)
            call = line.split("(", 1)[0].split()[-1]
            outside.append(f"{call} to {address} port {port.group(1) if port else '?'}")
    return outside, local


def traced(command: list[str], log: Path) -> list[str]:
    return ["strace", "-f", "-qq", "-e", TRACED_CALLS, "-o", str(log)] + command


def child_environment(corpus: Path, index: Path) -> dict[str, str]:
    """This environment less the offline switches (the product must set them) and any LLM endpoint."""
    env = {k: v for k, v in os.environ.items() if k not in OFFLINE_ENVIRONMENT and not k.startswith("QA_LLM_")}
    env.update(QA_CORPUS_DIR=str(corpus), QA_INDEX_DIR=str(index), PYTHONUNBUFFERED="1")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    return env


def control(workdir: Path) -> Phase:
    """A process that looks the telemetry host up: the tracer must see it, or a zero means nothing."""
    log = workdir / "control.strace"
    code = ("import socket\ntry:\n    socket.getaddrinfo(%r, 443)\nexcept OSError:\n    pass\n" % TELEMETRY_HOST)
    started = time.monotonic()
    subprocess.run(traced([sys.executable, "-c", code], log), capture_output=True, timeout=60)
    phase = Phase("control lookup", time.monotonic() - started)
    phase.outside, phase.loopback = connections(log)
    return phase


def build(workdir: Path, env: dict[str, str]) -> Phase:
    log = workdir / "build.strace"
    started = time.monotonic()
    done = subprocess.run(traced([sys.executable, "-m", "qa.cli", "build", "--quiet"], log), cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=1800)
    phase = Phase("build", time.monotonic() - started)
    if done.returncode != 0:
        raise RuntimeError(f"qa build failed ({done.returncode}):\n{done.stderr[-2000:]}")
    phase.note = done.stdout.splitlines()[1] if len(done.stdout.splitlines()) > 1 else done.stdout.strip()
    phase.outside, phase.loopback = connections(log)
    return phase


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(url: str, proc: subprocess.Popen, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"qa serve exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"qa serve did not answer on {url} in {timeout:.0f} s")


def serve(workdir: Path, env: dict[str, str], seconds: float, question: str = QUESTION) -> Phase:
    """``qa serve`` under the tracer: wait until it answers, ask one question, serve ``seconds`` in all."""
    from gradio_client import Client

    from qa.tools.loadtest import ask

    log = workdir / "serve.strace"
    port = _free_port()
    url = f"http://127.0.0.1:{port}/"
    with open(workdir / "serve.log", "wb") as out:
        # Its own process group: one signal stops strace and the server it traces together.
        proc = subprocess.Popen(traced([sys.executable, "-m", "qa.cli", "serve", "--host", "127.0.0.1",
                                        "--port", str(port)], log),
                                cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    phase = Phase("serve")
    try:
        _wait_for(url, proc)
        started = time.monotonic()
        answer = ask(Client(url, verbose=False), question, 5, timeout=120)
        phase.note = "answered: " + ("yes" if "qa-found" in answer else "no (the documents did not answer)")
        time.sleep(max(0.0, seconds - (time.monotonic() - started)))
        phase.seconds = time.monotonic() - started
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    phase.outside, phase.loopback = connections(log)
    return phase


def run(corpus_dir: Path, seconds: float, workdir: Path, out=None) -> int:
    """Print the figures; 0 when nothing left loopback, 1 when something did, 2 when it cannot check."""
    say = lambda line="": print(line, file=out or sys.stdout, flush=True)  # noqa: E731
    problem = strace_problem()
    if problem:
        say(f"offline check: cannot run: {problem}")
        return 2
    check = control(workdir)
    if not check.outside:
        say("offline check: the tracer did not see a test lookup; the figures below would mean nothing")
        return 2
    say(f"tracer check: a lookup of {TELEMETRY_HOST} is seen ({check.outside[0]})")
    env = child_environment(Path(corpus_dir).resolve(), workdir / "index")
    total = 0
    for phase in (build(workdir, env), serve(workdir, env, seconds)):
        total += len(phase.outside)
        say(f"{phase.name}: {phase.seconds:.0f} s, {len(phase.outside)} connections outside loopback, "
            f"{phase.loopback} on loopback; {phase.note}")
        for line in phase.outside[:20]:
            say(f"    {line}")
    say(f"outside connections: {total}")
    return 0 if total == 0 else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qa.tools.offline_check", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus-dir", default=str(REPO / "corpus"), help="documents to build from (default corpus/)")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to serve, the question included")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="qa-offline-") as tmp:
        return run(Path(args.corpus_dir), args.seconds, Path(tmp))


if __name__ == "__main__":
    sys.exit(main())
