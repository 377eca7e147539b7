"""The dense index switches from flat to HNSW above ANN_THRESHOLD, keeps recall, and keeps
the incremental build (reconstruct) and filtered search working."""
from __future__ import annotations

import faiss
import numpy as np
import pytest

import qa.index as qindex
from qa.index import build_index, load_index, make_dense_index
from qa.retrieval import Retriever, analyse_question


def _normalised(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def _clustered(n: int, d: int = 64, clusters: int = 50, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((clusters, d))
    return _normalised(centres[rng.integers(0, clusters, n)] + 0.35 * rng.standard_normal((n, d)))


def test_flat_below_the_threshold_hnsw_above(monkeypatch):
    monkeypatch.setattr(qindex, "ANN_THRESHOLD", 500)
    small, large = _clustered(400), _clustered(600)
    flat = make_dense_index(small, small.shape[1])
    ann = make_dense_index(large, large.shape[1])
    assert isinstance(flat, faiss.IndexFlatIP) and qindex.dense_type(flat) == "flat-ip"
    assert isinstance(ann, faiss.IndexHNSWFlat) and qindex.dense_type(ann).startswith("hnsw")
    assert ann.metric_type == faiss.METRIC_INNER_PRODUCT and ann.ntotal == 600
    assert isinstance(make_dense_index(np.zeros((0, 8), np.float32), 8), faiss.IndexFlatIP)
    with pytest.raises(ValueError):
        make_dense_index(small, small.shape[1], kind="ivf")


def test_hnsw_recall_at_10_against_flat():
    x = _clustered(5000)
    queries = _clustered(200, seed=1)
    _, truth = make_dense_index(x, x.shape[1], kind="flat").search(queries, 10)
    _, got = make_dense_index(x, x.shape[1], kind="hnsw").search(queries, 10)
    recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(got, truth)])
    assert recall >= 0.95, recall


def test_hnsw_reconstructs_its_vectors():
    x = _clustered(700)
    ann = make_dense_index(x, x.shape[1], kind="hnsw")
    assert np.allclose(ann.reconstruct_n(0, ann.ntotal), x)
    assert np.allclose(ann.reconstruct(123), x[123])


def test_small_real_build_uses_flat(small_settings, embedder):
    build_index(small_settings, embedder=embedder)
    index = load_index(small_settings)
    assert index.manifest["dense_type"] == "flat-ip"
    assert isinstance(index.dense, faiss.IndexFlatIP)


def test_hnsw_index_builds_incrementally_and_searches_filtered(small_settings, small_corpus, embedder, monkeypatch):
    monkeypatch.setattr(qindex, "ANN_THRESHOLD", 1)
    build_index(small_settings, embedder=embedder)
    index = load_index(small_settings)
    assert index.manifest["dense_type"].startswith("hnsw")
    assert index.dense.hnsw.efSearch == qindex.HNSW_EF_SEARCH
    before = index.vectors()  # reconstruct_n: what the incremental build reuses
    assert before.shape == (len(index.chunks), embedder.dimension)

    (small_corpus / "delta.txt").write_text("Dental care in Examplia is reimbursed at 40%.", encoding="utf-8")
    calls = embedder.calls
    report = build_index(small_settings, embedder=embedder)
    assert report.added == ["delta.txt"] and report.chunks_embedded == 1 and report.sentences_embedded == 1
    assert embedder.calls - calls == 2  # its one chunk and its one sentence
    index = load_index(small_settings)
    kept = [i for i, c in enumerate(index.chunks) if c.source != "delta.txt"]
    assert np.allclose(index.vectors()[kept], before)

    retriever = Retriever(index, embedder)
    question = "How much did insulin prices fall in Testland?"
    top = retriever.retrieve_many([question], k=1)[0][0]
    assert top.source == "beta.md"
    assert retriever.similarities(analyse_question(question), [top])[0] > 0.3
    title = index.documents["gamma.txt"]["title"]
    only = retriever.retrieve_many([question], k=3, where={"title": title})[0]
    assert only and {p.source for p in only} == {"gamma.txt"}
