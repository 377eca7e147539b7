"""Shared fixtures: temporary corpora and indexes built with the real bundled model."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

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


@pytest.fixture(scope="session")
def policy_engine(policy_settings):
    from qa.api import get_engine

    return get_engine(policy_settings)
