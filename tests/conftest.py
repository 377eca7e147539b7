"""Shared fixtures: temporary corpora and indexes built with the real bundled model."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")  # qa/offline.py sets them all; these are for what runs before qa

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"

SMALL_DOCS = {
    "alpha.txt": (
        "Outpatient reimbursement in Examplia.\n\n"
        "The outpatient reimbursement ratio at grassroots clinics in Examplia rose to 63% in 2023. "
        "Hospital stays are reimbursed at 75% within the policy scope."
    ),
    "beta.md": (
        "# Drug procurement in Testland\n\n"
        "Centralized procurement cut the prices of insulin in Testland by an average of 48%. "
        "The programme covered 120 hospitals."
    ),
    "gamma.txt": (
        "Long-term care insurance pilots.\n\n"
        "Pilots of long-term care insurance were running in 49 cities by the end of the year, "
        "covering 170 million people."
    ),
}


@pytest.fixture(scope="session")
def embedder():
    from qa.embedding import Embedder

    return Embedder()


def ask(settings, question, history=None):
    """The answer the engine for ``settings`` (an ``indexed_notices`` corpus) gives ``question``."""
    from qa.api import get_engine

    return get_engine(settings).answer(question, history=history)


def indexed_notices(root: Path, docs: dict[str, str], **overrides):
    """Settings for a corpus of ``docs`` (file name -> text) under ``root``, indexed with the bundled
    model; ``overrides`` change settings fields (chunk_size=300)."""
    from dataclasses import replace

    from qa.embedding import Embedder
    from qa.index import build_index
    from qa.settings import Settings

    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in docs.items():
        (corpus / name).write_text(text, encoding="utf-8")
    settings = replace(Settings.from_env(corpus_dir=corpus, index_dir=root / "index"), **overrides)
    build_index(settings, embedder=Embedder())
    return settings


@pytest.fixture
def small_corpus(tmp_path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in SMALL_DOCS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return corpus


@pytest.fixture
def small_settings(tmp_path, small_corpus):
    from qa.settings import Settings

    return Settings.from_env(corpus_dir=small_corpus, index_dir=tmp_path / "index")


@pytest.fixture(scope="session")
def policy_settings(tmp_path_factory):
    """The real policy corpus copied to a temporary folder, with its own index (built once)."""
    from qa.index import build_index
    from qa.settings import Settings
    from qa.embedding import Embedder

    root = tmp_path_factory.mktemp("policy")
    shutil.copytree(CORPUS, root / "corpus")
    settings = Settings.from_env(corpus_dir=root / "corpus", index_dir=root / "index")
    build_index(settings, embedder=Embedder())
    return settings


def beside_articles(policy_settings, root: Path, name: str, text: str, more: dict[str, str] | None = None, add=None):
    """Settings for a copy of the policy corpus and its index with one notice of ours added (``name``; ``more``: others,
    file name -> text; ``add(corpus_dir)``: files of other kinds, a PDF), indexed incrementally as a user's upload is."""
    from dataclasses import replace

    from qa.embedding import Embedder
    from qa.index import build_index

    shutil.copytree(policy_settings.corpus_dir, root / "corpus")
    shutil.copytree(policy_settings.index_dir, root / "index")
    for file_name, body in {name: text, **(more or {})}.items():
        (root / "corpus" / file_name).write_text(body, encoding="utf-8")
    if add is not None:
        add(root / "corpus")
    settings = replace(policy_settings, corpus_dir=root / "corpus", index_dir=root / "index")
    build_index(settings, embedder=Embedder.from_settings(settings))
    return settings


@pytest.fixture(scope="session")
def policy_engine(policy_settings):
    from qa.api import get_engine

    return get_engine(policy_settings)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, proc: subprocess.Popen, log: Path, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the app exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"the app did not answer on {url} in {timeout:.0f} s:\n{log.read_text()[-3000:]}")


@contextmanager
def served_app(root: Path, corpus_files, extra_docs: dict[str, str] | None = None):
    """The chat served by its own ``qa serve`` process on 127.0.0.1, over a temporary corpus made of
    some of corpus/ (with their metadata) and ``extra_docs``; yields (url, corpus folder)."""
    corpus = root / "corpus"
    corpus.mkdir()
    for name in corpus_files:
        for suffix in (".txt", ".meta.json"):
            shutil.copy(CORPUS / (name + suffix), corpus)
    for name, text in (extra_docs or {}).items():
        (corpus / name).write_text(text, encoding="utf-8")
    port = free_port()
    env = dict(os.environ, QA_CORPUS_DIR=str(corpus), QA_INDEX_DIR=str(root / "index"),
               GRADIO_ANALYTICS_ENABLED="False", HF_HUB_OFFLINE="1", PYTHONUNBUFFERED="1")
    env.pop("QA_LLM_BASE_URL", None)
    log = root / "app.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "qa.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
                                cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_for_http(url, proc, log)
        yield url, corpus
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
