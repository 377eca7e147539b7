"""A verified index: damage that keeps sizes is caught on load, reported by `qa verify`, repaired by a build."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from qa.index import IndexDamaged, IndexMissing, IndexNotUsable, build_index, current_version_dir, load_index
from qa.integrity import MANIFEST_SUM
from qa.retrieval import Retriever
from qa.verification import verify_index

REPO = Path(__file__).resolve().parent.parent
QUESTION = "What is the outpatient reimbursement ratio at grassroots clinics in Examplia?"


def _top_text(settings, embedder, question=QUESTION) -> str:
    return Retriever(load_index(settings), embedder).retrieve_many([question], k=1)[0][0].text


def _qa(settings, *args) -> subprocess.CompletedProcess:
    """The real `qa` command on this index (the worktree's package, not an installed one)."""
    env = dict(os.environ, PYTHONPATH=str(REPO), HF_HUB_OFFLINE="1", ORT_DISABLE_TELEMETRY="1")
    env.pop("QA_LLM_BASE_URL", None)
    locations = ["--corpus-dir", str(settings.corpus_dir), "--index-dir", str(settings.index_dir)]
    return subprocess.run([sys.executable, "-m", "qa.cli", *args, *locations], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=300, check=False)


def _edit_same_size(path: Path, old: str, new: str) -> None:
    data = path.read_text(encoding="utf-8")
    assert old in data and len(old.encode()) == len(new.encode())
    path.write_text(data.replace(old, new, 1), encoding="utf-8")


def test_edited_figure_in_chunks_is_refused_reported_and_repaired(small_settings, embedder):
    """A figure edited inside chunks.jsonl (same size) is never quoted: load refuses, `qa verify` names
    the file, and `qa build` restores the corpus's figure without embedding anything."""
    build_index(small_settings, embedder=embedder)
    assert "63%" in _top_text(small_settings, embedder)
    chunks = current_version_dir(small_settings.index_dir) / "chunks.jsonl"
    _edit_same_size(chunks, "rose to 63%", "rose to 93%")

    with pytest.raises(IndexDamaged, match=r"chunks.jsonl: its content does not match its checksum.*run `qa build"):
        load_index(small_settings)
    verify = _qa(small_settings, "verify")
    assert verify.returncode == 1
    assert "damaged" in verify.stdout and "chunks.jsonl: its content does not match its checksum" in verify.stdout
    ask = _qa(small_settings, "ask", QUESTION)
    assert ask.returncode == 2 and "93%" not in ask.stdout and "damaged" in ask.stderr
    assert "Traceback" not in ask.stderr

    build = _qa(small_settings, "build", "--quiet")
    assert build.returncode == 0, build.stderr
    assert "repaired: chunks.jsonl" in build.stdout and "alpha.txt" in build.stdout
    assert "0 embedded in this build" in build.stdout  # the vectors were intact: only text re-read
    repaired = current_version_dir(small_settings.index_dir) / "chunks.jsonl"
    assert "rose to 63%" in repaired.read_text(encoding="utf-8")
    answer = _qa(small_settings, "ask", QUESTION)
    assert answer.returncode == 0 and "63%" in answer.stdout and "93%" not in answer.stdout
    assert _qa(small_settings, "verify").returncode == 0


def test_binary_current_falls_back_and_build_repairs_it(small_settings, embedder):
    """A CURRENT of binary bytes: loading uses the newest complete version with a warning; `qa build`
    (even `--rebuild`) rewrites it."""
    build_index(small_settings, embedder=embedder)
    version = current_version_dir(small_settings.index_dir)
    pointer = Path(small_settings.index_dir) / "CURRENT"
    pointer.write_bytes(b"\xff\xfe\x00\x9c\x80binary\x00")

    index = load_index(small_settings)
    assert index.path == version
    assert any("CURRENT is not text" in w and "qa build" in w for w in index.warnings)
    assert "63%" in _top_text(small_settings, embedder)
    verify = _qa(small_settings, "verify")
    assert verify.returncode == 1 and "CURRENT is not text" in verify.stdout

    report = build_index(small_settings, embedder=embedder)
    assert any("CURRENT is not text" in line for line in report.repaired)
    assert report.chunks_embedded == 0
    assert not load_index(small_settings).warnings
    assert pointer.read_text(encoding="ascii").strip() == current_version_dir(small_settings.index_dir).name

    pointer.write_bytes(os.urandom(64))
    build = _qa(small_settings, "build", "--rebuild", "--quiet")
    assert build.returncode == 0, build.stderr
    assert "repaired: CURRENT" in build.stdout
    assert _qa(small_settings, "verify").returncode == 0


def test_current_naming_a_missing_version_is_rebuilt(small_settings, embedder):
    """CURRENT naming a version that is gone, with no other version left: loading says there is no index,
    and a build makes one."""
    build_index(small_settings, embedder=embedder)
    version = current_version_dir(small_settings.index_dir)
    for path in sorted(version.rglob("*"), reverse=True):
        path.rmdir() if path.is_dir() else path.unlink()
    version.rmdir()
    with pytest.raises(IndexMissing, match=f"names {version.name}, which is missing"):
        load_index(small_settings)
    report = build_index(small_settings, embedder=embedder)
    assert report.chunks_embedded == report.chunks > 0
    assert verify_index(small_settings).ok


def test_truncated_vectors_are_re_embedded(small_settings, embedder):
    """A truncated dense.faiss is caught by its size on load; a build re-embeds the vectors and keeps the text."""
    build_index(small_settings, embedder=embedder)
    dense = current_version_dir(small_settings.index_dir) / "dense.faiss"
    dense.write_bytes(dense.read_bytes()[: dense.stat().st_size // 2])
    with pytest.raises(IndexDamaged, match=r"dense.faiss: [\d,]+ bytes, the manifest recorded [\d,]+ \(truncated\)"):
        load_index(small_settings)
    result = verify_index(small_settings)
    assert not result.ok and any(p.startswith("dense.faiss") for p in result.problems)
    report = build_index(small_settings, embedder=embedder)
    assert any(line.startswith("dense.faiss") for line in report.repaired)
    assert report.chunks_embedded == report.chunks
    assert "63%" in _top_text(small_settings, embedder)
    assert verify_index(small_settings).ok


def test_missing_lexical_file_is_rebuilt_without_embedding(small_settings, embedder):
    """A file of the BM25 index gone: load and verify name it; a build rewrites it from the chunks."""
    build_index(small_settings, embedder=embedder)
    lexical = current_version_dir(small_settings.index_dir) / "lexical"
    victim = min(lexical.iterdir())
    victim.unlink()
    rel = f"lexical/{victim.name}"
    with pytest.raises(IndexDamaged, match=f"{rel}: missing"):
        load_index(small_settings)
    assert f"{rel}: missing" in verify_index(small_settings).problems
    report = build_index(small_settings, embedder=embedder)
    assert report.repaired == [f"{rel}: missing"] and report.chunks_embedded == 0
    assert verify_index(small_settings).ok
    assert "63%" in _top_text(small_settings, embedder)


def test_edited_manifest_is_caught(small_settings, embedder):
    """A document title edited in the manifest (quoted as a source's name) fails manifest.sha256; a build
    rebuilds in full, since the manifest is what says which chunks belong to which document."""
    build_index(small_settings, embedder=embedder)
    manifest = current_version_dir(small_settings.index_dir) / "manifest.json"
    _edit_same_size(manifest, "Outpatient reimbursement in Examplia.", "Outpatient reimbursement in Examplix.")
    with pytest.raises(IndexDamaged, match=f"manifest.json: its content does not match {MANIFEST_SUM}"):
        load_index(small_settings)
    report = build_index(small_settings, embedder=embedder)
    assert report.repaired and "building in full" in report.repaired[0]
    assert load_index(small_settings).documents["alpha.txt"]["title"] == "Outpatient reimbursement in Examplia."


def test_index_without_checksums_still_loads_and_build_adds_them(small_settings, embedder):
    """An index made before checksums (no "files", no manifest.sha256) loads with a warning, `qa verify`
    calls it unverified, and the next build adds checksums without embedding."""
    build_index(small_settings, embedder=embedder)
    version = current_version_dir(small_settings.index_dir)
    manifest = json.loads((version / "manifest.json").read_text(encoding="utf-8"))
    del manifest["files"]
    (version / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    (version / MANIFEST_SUM).unlink()

    index = load_index(small_settings)
    assert any("unverified" in w and "qa build" in w for w in index.warnings)
    assert "63%" in _top_text(small_settings, embedder)
    verify = _qa(small_settings, "verify")
    assert verify.returncode == 1 and "unverified" in verify.stdout and "damaged" not in verify.stdout
    ask = _qa(small_settings, "ask", QUESTION)
    assert ask.returncode == 0 and "63%" in ask.stdout and "unverified: run `qa build" in ask.stderr

    report = build_index(small_settings, embedder=embedder)
    assert report.chunks_embedded == 0 and not report.repaired
    assert current_version_dir(small_settings.index_dir) != version
    assert verify_index(small_settings).ok and not load_index(small_settings).warnings


def test_old_index_with_edited_chunk_is_repaired_from_the_corpus(small_settings, embedder):
    """Without checksums a build still compares each kept chunk with the corpus text, so an edited
    figure is not carried into the new, checksummed version."""
    build_index(small_settings, embedder=embedder)
    version = current_version_dir(small_settings.index_dir)
    manifest = json.loads((version / "manifest.json").read_text(encoding="utf-8"))
    del manifest["files"]
    (version / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    (version / MANIFEST_SUM).unlink()
    _edit_same_size(version / "chunks.jsonl", "by an average of 48%", "by an average of 18%")

    report = build_index(small_settings, embedder=embedder)
    assert any("beta.md" in line and "split again from the corpus" in line for line in report.repaired)
    top = _top_text(small_settings, embedder, "How much did insulin prices fall in Testland?")
    assert "48%" in top and "18%" not in top


def test_verify_on_a_healthy_index(small_settings, embedder):
    """`qa verify` and `qa.verify_index` on a fresh build: all is well, every file checked."""
    import qa

    report = build_index(small_settings, embedder=embedder)
    check = qa.verify_index(corpus_dir=small_settings.corpus_dir, index_dir=small_settings.index_dir)
    assert check.ok and not check.problems and check.files == len(load_index(small_settings).manifest["files"])
    result = _qa(small_settings, "verify")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "verified" in result.stdout and f"{report.chunks} chunks of 3 documents" in result.stdout


def test_damaged_index_is_not_used_by_the_engine(small_settings, embedder):
    """The engine (chat, API) refuses a damaged index with the repair command rather than quoting it."""
    from qa.api import Engine

    build_index(small_settings, embedder=embedder)
    _edit_same_size(current_version_dir(small_settings.index_dir) / "doc_freq.json", ": 1,", ": 2,")
    with pytest.raises(IndexNotUsable, match="doc_freq.json.*qa build"):
        _ = Engine(small_settings, auto_build=False).retriever
