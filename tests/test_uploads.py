"""Adding documents from the chat: safe names, limits, the page's upload handler, and load.

The pure helpers in qa/uploads.py are tested on temporary folders; the upload handler
``add_documents`` is called as Gradio calls it, on a temporary corpus and index with
the real model; the load test runs against the app launched in its own process.
"""
from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from conftest import served_app

from qa import corpus as qa_corpus
from qa.settings import Settings
from qa.uploads import (UploadRefused, add_files, remove_document, safe_corpus_name, sanitize_filename, upload_date,
                        uploaded_documents)

REPO = Path(__file__).resolve().parent.parent
CORPUS_FILES = ("2025_shandong-medical-insurance-news-digest", "2022_guangxi-residents-medical-insurance-notice")
NEW_DOC = (
    "Notice on the Zorbland hearing-aid subsidy.\n\n"
    "From 2025 the hearing-aid subsidy in Zorbland is 2,718 yuan per insured resident, "
    "paid once every five years through the basic medical insurance fund.\n"
)
NEW_DOC_Q = "How much is the hearing-aid subsidy in Zorbland?"


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "notice.txt").write_text("An existing notice about outpatient care.", encoding="utf-8")
    return folder


@pytest.fixture
def settings(tmp_path, corpus) -> Settings:
    return Settings.from_env(corpus_dir=corpus, index_dir=tmp_path / "index")


def upload(tmp_path, name: str, content: bytes | str) -> Path:
    """A file as Gradio hands it over: in a folder of its own, under its original name."""
    folder = tmp_path / "gradio" / uuid.uuid4().hex
    folder.mkdir(parents=True)
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# --- sanitising names ------------------------------------------------------------------------

@pytest.mark.parametrize("original, expected", [
    ("../../etc/passwd.txt", "passwd.txt"),
    ("/etc/cron.d/evil.md", "evil.md"),
    ("..\\..\\windows\\system.ini.txt", "system.ini.txt"),
    ("C:\\Users\\me\\山东 医保 通知 (2024).TXT", "山东-医保-通知-2024.txt"),
    ("ｒｅｐｏｒｔ　２０２４.txt", "report-2024.txt"),          # full-width letters and space
    ("naïve café.md", "naive-cafe.md"),                           # accents dropped, letters kept
    ("evil\u202etxt.md", "eviltxt.md"),                          # right-to-left override removed
    ("zero\u200bwidth.txt", "zerowidth.txt"),
    ("《通知》第1号.txt", "通知-第1号.txt"),
    ("📄💥.txt", "document.txt"),                                # nothing left of the stem
    ("..txt", "document.txt"),
    (".hidden.txt", "hidden.txt"),                               # never a hidden (ignored) file
    ("a..b.txt", "a.b.txt"),
    ("  spaced   name .txt", "spaced-name.txt"),
    ("nul\x00byte.txt", "nulbyte.txt"),
])
def test_sanitize_filename(original, expected):
    assert sanitize_filename(original) == expected


def test_safe_name_stays_inside_the_corpus(corpus):
    """Traversal never leaves the folder: the result is a direct child of it."""
    target = safe_corpus_name("../../etc/passwd.txt", corpus)
    assert target == corpus / "passwd.txt"
    assert target.parent == corpus


def test_long_name_is_cut(corpus):
    target = safe_corpus_name("x" * 400 + ".txt", corpus)
    assert target.name == "x" * 80 + ".txt"


@pytest.mark.parametrize("name", ["evil.exe", "notes", "archive.tar.gz", "doc.meta.json", "../x.sh"])
def test_unsupported_extension_is_refused(corpus, name):
    with pytest.raises(UploadRefused, match="unsupported file type"):
        safe_corpus_name(name, corpus)


def test_supported_suffixes_are_read_at_call_time(corpus, monkeypatch):
    """A type the corpus reader learns to read is accepted without a change to qa.uploads."""
    with pytest.raises(UploadRefused):
        safe_corpus_name("report.xyz", corpus)
    monkeypatch.setattr(qa_corpus, "SUPPORTED_SUFFIXES", (*qa_corpus.SUPPORTED_SUFFIXES, ".xyz"))
    assert safe_corpus_name("report.XYZ", corpus) == corpus / "report.xyz"


def test_existing_name_with_other_content_gets_a_number(corpus):
    assert safe_corpus_name("notice.txt", corpus, b"other text") == corpus / "notice-2.txt"
    (corpus / "notice-2.txt").write_text("yet another", encoding="utf-8")
    assert safe_corpus_name("notice.txt", corpus, b"other text") == corpus / "notice-3.txt"


def test_existing_name_with_identical_content_is_that_file(corpus):
    same = (corpus / "notice.txt").read_bytes()
    assert safe_corpus_name("notice.txt", corpus, same) == corpus / "notice.txt"


# --- add_files ------------------------------------------------------------------------------

def test_add_files_messages(tmp_path, corpus, settings):
    """One status line per file: added / renamed to X / already present / refused: why."""
    existing = (corpus / "notice.txt").read_text(encoding="utf-8")
    files = [
        upload(tmp_path, "new policy.txt", "A new policy about inpatient care in 2025."),
        upload(tmp_path, "notice.txt", existing),
        upload(tmp_path, "notice.txt", "A different notice with the same name."),
        upload(tmp_path, "tool.exe", b"MZ\x90\x00"),
        upload(tmp_path, "big.txt", "x" * 2000),
        upload(tmp_path, "empty.txt", "  \n"),
        upload(tmp_path, "binary.txt", b"\x00\x01\x02 binary"),
        upload(tmp_path, "copy-of-notice.md", existing),
        upload(tmp_path, "again.txt", "A new policy about inpatient care in 2025."),  # same as the first, this batch
    ]
    results = add_files(files, settings, max_bytes=1024)
    assert [(r.original, r.saved, r.message, r.status) for r in results] == [
        ("new policy.txt", "new-policy.txt", "new policy.txt: renamed to new-policy.txt (42 bytes)", "renamed"),
        ("notice.txt", None, "notice.txt: already present as notice.txt (same content); not added again", "present"),
        ("notice.txt", "notice-2.txt",
         "notice.txt: renamed to notice-2.txt (38 bytes); a different notice.txt is already in the corpus", "renamed"),
        ("tool.exe", None, results[3].message, "refused"),  # the list of types grows with the corpus reader
        ("big.txt", None, "big.txt: refused: too large (2 KB); the limit is 1 KB per file", "refused"),
        ("empty.txt", None, "empty.txt: refused: the file is empty", "refused"),
        ("binary.txt", None, "binary.txt: refused: looks like a binary file, not text", "refused"),
        ("copy-of-notice.md", None,
         "copy-of-notice.md: already present as notice.txt (same content); not added again", "present"),
        ("again.txt", None, "again.txt: already present as new-policy.txt (same content); not added again", "present"),
    ]
    assert results[3].message == ("tool.exe: refused: unsupported file type .exe; supported: "
                                  + ", ".join(qa_corpus.SUPPORTED_SUFFIXES))
    assert sorted(p.name for p in corpus.iterdir()) == [
        "new-policy.meta.json", "new-policy.txt", "notice-2.meta.json", "notice-2.txt", "notice.txt"]
    assert (corpus / "notice.txt").read_text(encoding="utf-8") == existing  # never overwritten
    assert (corpus / "notice-2.txt").read_text(encoding="utf-8") == "A different notice with the same name."


def test_uploaded_documents_carry_their_date_and_can_be_removed(tmp_path, corpus, settings):
    """The sidecar marks an upload (date, name as uploaded); only uploads are removable from the page."""
    import datetime
    import json

    [result] = add_files([upload(tmp_path, "../../evil.txt", "Injected policy text.")], settings,
                         names=["../../evil.txt"])
    assert result.message == "../../evil.txt: renamed to evil.txt (21 bytes)"
    today = datetime.date.today().isoformat()
    assert json.loads((corpus / "evil.meta.json").read_text(encoding="utf-8")) == {
        "uploaded": today, "uploaded_as": "../../evil.txt"}
    assert upload_date(corpus, "evil.txt") == today and upload_date(corpus, "notice.txt") is None
    assert uploaded_documents(corpus) == [("evil.txt", today)]
    with pytest.raises(ValueError, match="notice.txt was not uploaded from the page; remove it with `qa remove"):
        remove_document("notice.txt", corpus, uploaded_only=True)
    with pytest.raises(ValueError, match="is outside the corpus"):
        remove_document("../corpus2/x.txt", corpus)
    with pytest.raises(ValueError, match="is not a document of the corpus"):
        remove_document("missing.txt", corpus)
    assert remove_document("evil.txt", corpus, uploaded_only=True) == "evil.txt"
    assert sorted(p.name for p in corpus.iterdir()) == ["notice.txt"]


def test_add_files_default_limit_is_20_mib(tmp_path, settings):
    big = upload(tmp_path, "huge.txt", b"")
    with open(big, "wb") as f:
        f.truncate(20 * 1024 * 1024 + 1)
    [result] = add_files([big], settings)
    assert (result.original, result.saved) == ("huge.txt", None)
    assert result.message == "huge.txt: refused: too large (20.0 MB); the limit is 20.0 MB per file"


def test_readme_is_not_taken(tmp_path, corpus, settings):
    """The corpus reader ignores README.md, so an upload under that name is saved as another."""
    [result] = add_files([upload(tmp_path, "README.md", "# Notes on a policy\n\nText.")], settings)
    assert result.saved == "README-2.md"
    assert result.message == "README.md: renamed to README-2.md (26 bytes); README.md is reserved for the corpus's own notes"


def test_add_files_leaves_no_temporary_files(tmp_path, corpus, settings):
    add_files([upload(tmp_path, "a.txt", "Some policy text here.")], settings)
    assert sorted(p.name for p in corpus.iterdir()) == ["a.meta.json", "a.txt", "notice.txt"]


# --- the page's upload handler, end to end (real model) --------------------------------------

@pytest.fixture
def small_app(tmp_path):
    from qa.api import get_engine

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in CORPUS_FILES:
        for suffix in (".txt", ".meta.json"):
            shutil.copy(REPO / "corpus" / (name + suffix), corpus)
    settings = Settings.from_env(corpus_dir=corpus, index_dir=tmp_path / "index")
    engine = get_engine(settings)
    engine.retriever  # build once, as the app does at start-up
    return settings, engine


@pytest.mark.slow
def test_upload_then_the_chat_answers_from_the_new_file(tmp_path, small_app):
    from qa.web.chat import chat_turn
    from qa.web.documents import add_documents

    settings, engine = small_app
    before = list(chat_turn(engine, NEW_DOC_Q, [], []))[-1][0][-1]["content"]
    assert "2,718" not in before

    statuses = list(add_documents([str(upload(tmp_path, "zorbland notice.txt", NEW_DOC))], settings, engine))
    final = statuses[-1]
    assert len(statuses) >= 2, "the status should stream while the index is rebuilt"
    headline, *lines = final.splitlines()
    assert headline.startswith("1 file: 1 added under a new name. Index updated in ")
    assert headline.endswith("(documents: 1 added; 58 chunks in the index): the next question uses the new index. · 索引已更新。")
    assert lines == ["zorbland notice.txt: renamed to zorbland-notice.txt (196 bytes)"]
    assert (settings.corpus_dir / "zorbland-notice.txt").read_text(encoding="utf-8") == NEW_DOC

    message = list(chat_turn(engine, NEW_DOC_Q, [], []))[-1][0][-1]["content"]
    assert "2,718" in message and "zorbland-notice.txt" in message and "qa-found" in message

    # The same file again: nothing to add, no rebuild.
    again = list(add_documents([str(upload(tmp_path, "zorbland notice.txt", NEW_DOC))], settings, engine))
    assert again[-1].splitlines() == [
        "1 file: 1 already present. Nothing new to add: the index is unchanged. · 没有新文件，索引未改变。",
        "zorbland notice.txt: already present as zorbland-notice.txt (same content); not added again"]


@pytest.mark.slow
def test_upload_during_another_build_says_so(tmp_path, small_app):
    from qa.web.documents import add_documents
    from qa.index import _BuildLock

    settings, engine = small_app
    with _BuildLock(settings.index_dir):
        final = list(add_documents([str(upload(tmp_path, "zorbland.txt", NEW_DOC))], settings, engine))[-1]
    assert "zorbland.txt: added" in final
    assert "Not rebuilt: another build of" in final and "is running" in final
    assert "press the button again" in final
    # Pressed again with no files once the other build is over: the saved file is indexed.
    final = list(add_documents(None, settings, engine))[-1]
    assert "(documents: 1 added;" in final and "the next question uses the new index" in final


@pytest.mark.slow
def test_qa_remove_deletes_the_document_and_updates_the_index(tmp_path, small_app):
    """`qa remove NAME` (the real CLI): the file and its sidecar go, the index follows; a bad
    name is one line saying what is wrong, exit 2."""
    import os
    import subprocess
    import sys

    from qa.index import load_index

    settings, engine = small_app
    add_files([upload(tmp_path, "zorbland.txt", NEW_DOC)], settings)
    env = dict(os.environ, QA_CORPUS_DIR=str(settings.corpus_dir), QA_INDEX_DIR=str(settings.index_dir))

    def qa(*args):
        return subprocess.run([sys.executable, "-m", "qa.cli", *args], cwd=REPO, env=env, capture_output=True,
                              text=True, timeout=300)

    done = qa("build", "--quiet")
    assert done.returncode == 0 and "zorbland.txt" in str(load_index(settings).documents)
    done = qa("remove", "zorbland.txt")
    assert done.returncode == 0, done.stderr
    assert "removed zorbland.txt" in done.stderr and "1 removed" in done.stdout
    assert not (settings.corpus_dir / "zorbland.txt").exists() and not (settings.corpus_dir / "zorbland.meta.json").exists()
    assert "zorbland.txt" not in load_index(settings).documents
    done = qa("remove", "../outside.txt")
    assert done.returncode == 2 and done.stderr.strip().startswith("qa remove: ../outside.txt is outside the corpus")
    assert len(done.stderr.strip().splitlines()) == 1


# --- the load test -----------------------------------------------------------------------------

def test_loadtest_refuses_other_hosts(capsys):
    from qa.tools import loadtest

    for url in ("http://example.com:7860", "http://10.0.0.5:7860", "http://192.168.1.2/", "ftp://127.0.0.1/"):
        assert loadtest.main(["--url", url, "--users", "1", "--seconds", "1"]) == 2
        assert "qa.tools.loadtest: refusing" in capsys.readouterr().err
    assert loadtest.check_loopback("http://localhost:7860") == "http://localhost:7860/"
    assert loadtest.check_loopback("http://[::1]:7860/") == "http://[::1]:7860/"
    assert loadtest.check_loopback("127.0.0.2:80") == "http://127.0.0.2:80/"


def test_percentile():
    from qa.tools.loadtest import percentile

    values = [float(v) for v in range(1, 101)]
    assert (percentile(values, 50), percentile(values, 95), percentile(values, 100)) == (50.0, 95.0, 100.0)
    assert percentile([0.3], 95) == 0.3


@pytest.mark.slow
@pytest.mark.parametrize("api", [False, True], ids=["page", "json-api"])
def test_short_load_test_against_the_app(tmp_path, capsys, api):
    """5 users for 8 s, with an upload-and-rebuild 3 s in: no errors, p50/p95 printed; through
    the page's /chat endpoint and through the JSON API."""
    from qa.tools import loadtest

    with served_app(tmp_path, CORPUS_FILES) as (url, corpus):
        code = loadtest.main(["--url", url.rstrip("/"), "--users", "5", "--seconds", "8",
                              "--rebuild-at", "3", *(["--api"] if api else [])])
        printed = capsys.readouterr().out
        assert code == 0, printed
        assert "errors: 0" in printed
        assert "overall: requests" in printed and " p50 " in printed and " p95 " in printed
        assert "during rebuild: requests" in printed
        assert "the next question about the new document was answered from it: yes" in printed
        assert len(list(corpus.glob("loadtest-*.txt"))) == 1
