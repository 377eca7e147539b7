"""Building and rebuilding the index on disk with the real model and a real FAISS index."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qa.index import BuildInProgress, IndexMissing, IndexNotUsable, _BuildLock, build_index, current_version_dir, load_index
from qa.integrity import write_manifest_checksum
from qa.retrieval import Retriever
from qa.settings import Settings


def _sources(settings, embedder, question, k=5):
    return [p.source for p in Retriever(load_index(settings), embedder).retrieve_many([question], k=k)[0]]


def test_build_writes_a_loadable_index(small_settings, embedder):
    """A first build indexes every document and records them in the manifest."""
    report = build_index(small_settings, embedder=embedder)
    assert sorted(report.added) == ["alpha.txt", "beta.md", "gamma.txt"]
    assert report.chunks == report.chunks_embedded > 0
    index = load_index(small_settings)
    assert set(index.documents) == {"alpha.txt", "beta.md", "gamma.txt"}
    assert index.manifest["model"] == small_settings.model
    assert index.dense.ntotal == len(index.chunks) == report.chunks


def test_chunk_offsets_point_into_the_source(small_settings, small_corpus, embedder):
    """Each chunk's start/end slice the source document to exactly the chunk's text."""
    build_index(small_settings, embedder=embedder)
    for chunk in load_index(small_settings).chunks:
        text = (small_corpus / chunk.source).read_text(encoding="utf-8")
        assert text[chunk.start:chunk.end] == chunk.text


def test_rebuild_with_nothing_changed_embeds_nothing(small_settings, embedder):
    """A no-change rebuild re-embeds no chunk and keeps the same index version."""
    build_index(small_settings, embedder=embedder)
    version = current_version_dir(small_settings.index_dir)
    calls = embedder.calls
    report = build_index(small_settings, embedder=embedder)
    assert embedder.calls == calls
    assert report.chunks_embedded == 0 and not report.changed
    assert sorted(report.unchanged) == ["alpha.txt", "beta.md", "gamma.txt"]
    assert current_version_dir(small_settings.index_dir) == version


def test_adding_changing_removing_reembeds_only_what_changed(small_settings, small_corpus, embedder):
    """Only added or changed documents are embedded; removed ones leave the index."""
    build_index(small_settings, embedder=embedder)
    (small_corpus / "delta.txt").write_text("Maternity benefits in Samplestan pay 3,000 yuan per birth.", encoding="utf-8")
    (small_corpus / "beta.md").write_text("# Drugs\n\nInsulin prices in Testland fell by 52% after procurement.", encoding="utf-8")
    (small_corpus / "gamma.txt").unlink()
    calls = embedder.calls
    report = build_index(small_settings, embedder=embedder)
    assert report.added == ["delta.txt"] and report.updated == ["beta.md"] and report.removed == ["gamma.txt"]
    assert report.unchanged == ["alpha.txt"]
    index = load_index(small_settings)
    new_chunks = index.documents["delta.txt"]["chunks"] + index.documents["beta.md"]["chunks"]
    assert report.chunks_embedded == new_chunks  # and their sentences, for the answers: nothing else
    new_sentences = [s for s in index.sentences.sentences if s.source in ("delta.txt", "beta.md")]
    assert embedder.calls - calls == report.chunks_embedded + report.sentences_embedded
    assert report.sentences_embedded == len({s.text for s in new_sentences}) > 0
    assert "gamma.txt" not in index.documents
    assert "gamma.txt" not in _sources(small_settings, embedder, "long-term care insurance pilots cities")
    top = Retriever(index, embedder).retrieve_many(["How much did insulin prices fall in Testland?"], k=1)[0][0]
    assert "52%" in top.text


def test_bad_files_are_reported_and_skipped(small_settings, small_corpus, embedder):
    """Unreadable, empty and unsupported files are listed with a reason; the rest are indexed."""
    (small_corpus / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
    (small_corpus / "empty.md").write_text("   \n", encoding="utf-8")
    (small_corpus / "slides.pptx").write_bytes(b"PK\x03\x04")
    report = build_index(small_settings, embedder=embedder)
    skipped = dict(report.skipped)
    assert "binary" in skipped["binary.txt"]
    assert "empty" in skipped["empty.md"]
    assert "unsupported file type .pptx" in skipped["slides.pptx"]
    assert sorted(report.added) == ["alpha.txt", "beta.md", "gamma.txt"]
    assert "skipped binary.txt" in report.summary()


def test_gbk_and_bom_files_are_decoded(small_settings, small_corpus, embedder):
    """Chinese text saved as GBK, and UTF-8 with a byte-order mark, are read correctly."""
    (small_corpus / "gbk.txt").write_bytes("山东省门诊报销比例提高到65%。".encode("gbk"))
    (small_corpus / "bom.txt").write_bytes("\ufeffBOM text about reimbursement ratios.".encode("utf-8"))
    build_index(small_settings, embedder=embedder)
    texts = {c.source: c.text for c in load_index(small_settings).chunks}
    assert texts["gbk.txt"] == "山东省门诊报销比例提高到65%。"
    assert texts["bom.txt"].startswith("BOM text")


def test_identical_documents_are_indexed_once(small_settings, small_corpus, embedder):
    """The same text under two names is indexed once and reported as a duplicate."""
    (small_corpus / "alpha-copy.txt").write_text((small_corpus / "alpha.txt").read_text(encoding="utf-8"), encoding="utf-8")
    report = build_index(small_settings, embedder=embedder)
    assert report.duplicates == [("alpha.txt", "alpha-copy.txt")] or report.duplicates == [("alpha-copy.txt", "alpha.txt")]
    assert len(load_index(small_settings).documents) == 3


def test_missing_index_says_how_to_build(tmp_path):
    """Loading where no index exists names the command that builds it."""
    settings = Settings.from_env(corpus_dir=tmp_path, index_dir=tmp_path / "nothing")
    with pytest.raises(IndexMissing, match="qa build"):
        load_index(settings)


def test_corrupted_index_file_gives_a_clear_error(small_settings, embedder):
    """A damaged FAISS file is reported with the command that repairs it."""
    build_index(small_settings, embedder=embedder)
    version = current_version_dir(small_settings.index_dir)
    (version / "dense.faiss").write_bytes(b"not a faiss index")
    with pytest.raises(IndexNotUsable, match=r"dense.faiss: .*run `qa build"):
        load_index(small_settings)
    report = build_index(small_settings, embedder=embedder)  # a build repairs it in full
    assert report.chunks_embedded == report.chunks
    load_index(small_settings)


def test_index_built_with_another_model_is_detected(small_settings, embedder):
    """An index made with model A, loaded with model B configured, says so and what to run."""
    build_index(small_settings, embedder=embedder)
    manifest_path = current_version_dir(small_settings.index_dir) / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["model"] = "some/other-model"
    data = json.dumps(manifest).encode()
    manifest_path.write_bytes(data)
    write_manifest_checksum(manifest_path.parent, data)  # as if really built so, not damaged
    with pytest.raises(IndexNotUsable, match="built with model 'some/other-model'"):
        load_index(small_settings)
    report = build_index(small_settings, embedder=embedder)
    assert report.chunks_embedded == report.chunks  # rebuilt in full, not reused


def test_failed_build_leaves_previous_index_working(small_settings, small_corpus, embedder):
    """An error midway through a build keeps the old index and leaves no half-written folder."""
    build_index(small_settings, embedder=embedder)
    before = current_version_dir(small_settings.index_dir)
    (small_corpus / "new.txt").write_text("A new document about dental care coverage.", encoding="utf-8")

    class Exploding:
        dimension = embedder.dimension

        def encode(self, texts, show_progress=False):
            raise RuntimeError("simulated crash while embedding")

    with pytest.raises(RuntimeError, match="simulated crash"):
        build_index(small_settings, embedder=Exploding())
    assert current_version_dir(small_settings.index_dir) == before
    assert not list(Path(small_settings.index_dir).glob(".tmp-*"))
    assert "alpha.txt" in _sources(small_settings, embedder, "outpatient reimbursement ratio Examplia")


def test_killed_build_process_leaves_previous_index_working(small_settings, small_corpus, embedder):
    """A build killed mid-way (a real process, SIGKILL) keeps the old index; the next build completes."""
    build_index(small_settings, embedder=embedder)
    before = current_version_dir(small_settings.index_dir)
    for i in range(60):  # enough work that the build is still embedding when killed
        (small_corpus / f"bulk{i:02d}.txt").write_text(
            " ".join(f"Sentence {j} of bulk document {i} about reimbursement." for j in range(60)), encoding="utf-8")
    env = dict(os.environ, QA_CORPUS_DIR=str(small_settings.corpus_dir), QA_INDEX_DIR=str(small_settings.index_dir))
    proc = subprocess.Popen([sys.executable, "-m", "qa.cli", "build", "--quiet"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.time() + 120
        lock = Path(small_settings.index_dir) / ".build.lock"
        while time.time() < deadline and proc.poll() is None:
            if lock.exists() and "pid" in lock.read_text():
                break
            time.sleep(0.05)
        time.sleep(3.0)  # past loading the model, into embedding
        assert proc.poll() is None, "the build finished before it could be killed: " + (proc.stdout.read() or "")
        proc.kill()
    finally:
        proc.wait(timeout=30)
    assert current_version_dir(small_settings.index_dir) == before
    assert "alpha.txt" in _sources(small_settings, embedder, "outpatient reimbursement ratio Examplia")
    report = build_index(small_settings, embedder=embedder)
    assert len(report.added) == 60
    assert not list(Path(small_settings.index_dir).glob(".tmp-*"))


def test_two_builds_at_once_are_refused(small_settings, embedder):
    """While one build holds the lock, a second gets a clear message instead of racing it."""
    Path(small_settings.index_dir).mkdir(parents=True)
    with _BuildLock(Path(small_settings.index_dir)):
        with pytest.raises(BuildInProgress, match="another build"):
            build_index(small_settings, embedder=embedder)


def test_an_index_built_with_another_glossary_reads_its_words_again(small_settings, embedder, monkeypatch):
    """After the glossary changed (its Chinese terms are jieba words), loading the index re-reads the chunks'
    words once, keeping their vectors: a new term then meets the documents' text."""
    import qa.api
    import qa.index

    build_index(small_settings, embedder=embedder)
    calls = embedder.calls
    monkeypatch.setattr(qa.index, "lexical_fingerprint", lambda: "v0-another-glossary")
    monkeypatch.setattr(qa.api, "lexical_fingerprint", lambda: "v0-another-glossary")
    engine = qa.api.Engine(small_settings)
    engine._embedder = embedder
    engine.retriever
    assert load_index(small_settings).manifest["lexical_fingerprint"] == "v0-another-glossary"
    assert embedder.calls == calls  # no chunk embedded again
