"""Hostile files: zip bombs and oversized documents refused with the reason, links out of the
corpus never followed, hidden files reported, UTF-16/32 text read. Every fixture is made here
(qa.tools.hostile_files); the bombs are small but carry a real bomb's ratio."""
from __future__ import annotations

import codecs
import json
import os
import random
import string
import struct
import zipfile

import pytest

from qa.corpus import load_corpus, scan_corpus
from qa.readers import LimitExceeded, read_file
from qa.settings import Limits, Settings
from qa.tools.hostile_files import (SECRET, UTF16_TEXT, docx_bomb, make_hostile_corpus, paragraph, write_docx,
                                    write_secret)

MB = 1024 * 1024


def random_words(n: int, seed: int = 1) -> str:
    """Text that deflate cannot pack much (about 1.7:1), unlike a bomb's repeats."""
    rng = random.Random(seed)
    return " ".join("".join(rng.choices(string.ascii_lowercase, k=rng.randint(2, 9))) for _ in range(n))


# --- .docx: the zip directory is checked before anything is inflated ----------------------------

def test_docx_bomb_is_refused_from_its_directory(tmp_path):
    """A small .docx whose document part inflates hundreds of times is refused with its sizes,
    the ratio, the limit and the setting."""
    bomb = docx_bomb(tmp_path / "bomb.docx", inflated_mb=8, kind="empty")
    assert bomb.stat().st_size < 50_000
    with pytest.raises(LimitExceeded) as refused:
        read_file(bomb)
    message = str(refused.value)
    assert message.startswith("word/document.xml inflates to 8.0 MB from ")
    assert ":1), a zip bomb's ratio; limit 100:1 (QA_MAX_COMPRESSION_RATIO)" in message


def test_short_paragraph_bomb_is_refused(tmp_path):
    bomb = docx_bomb(tmp_path / "short.docx", inflated_mb=4, kind="short")
    with pytest.raises(LimitExceeded, match="zip bomb's ratio"):
        read_file(bomb)


def test_unpacked_size_limit(tmp_path):
    """A package that packs like a real document but unpacks past the limit is refused whole."""
    doc = write_docx(tmp_path / "big.docx", "".join(paragraph(random_words(200, seed=n)) for n in range(120)))
    assert read_file(doc).text.count("\n\n") == 119  # within the defaults: read
    with pytest.raises(LimitExceeded) as refused:
        read_file(doc, Limits(max_unpacked_mb=0.05))
    assert "it inflates to " in str(refused.value)
    assert "(word/document.xml: " in str(refused.value)
    assert str(refused.value).endswith("limit 0.05 MB (QA_MAX_UNPACKED_MB)")


def test_entry_count_limit(tmp_path):
    doc = write_docx(tmp_path / "parts.docx", paragraph("Real text."), extra_parts=40)
    assert read_file(doc).text == "Real text."
    with pytest.raises(LimitExceeded, match=r"the archive holds 43 parts; limit 20 \(QA_MAX_ARCHIVE_ENTRIES\)"):
        read_file(doc, Limits(max_archive_entries=20))


def test_zip_that_lies_about_its_sizes_is_damaged_not_inflated(tmp_path):
    """A part whose directory states 1 KB but whose stream inflates to 8 MB passes the checks,
    then zipfile stops at the stated size and the CRC check fails: reported as damaged."""
    doc = write_docx(tmp_path / "liar.docx", repeat="<w:p/>", inflated_mb=8)
    raw = bytearray(doc.read_bytes())
    with zipfile.ZipFile(doc) as z:
        info = z.getinfo("word/document.xml")
    assert info.file_size > 8 * MB  # not zip64: the sizes sit in the headers themselves
    struct.pack_into("<I", raw, info.header_offset + 22, 1024)  # local header: uncompressed size
    central = next(i for i in range(len(raw)) if raw.startswith(b"PK\x01\x02", i)
                   and raw[i + 46:i + 46 + len("word/document.xml")] == b"word/document.xml")
    struct.pack_into("<I", raw, central + 24, 1024)  # central directory: uncompressed size
    doc.write_bytes(bytes(raw))
    with pytest.raises(ValueError) as refused:
        read_file(doc)
    assert not isinstance(refused.value, LimitExceeded)
    assert "the Word file cannot be read, it may be damaged" in str(refused.value)


def test_docx_character_cap(tmp_path):
    doc = write_docx(tmp_path / "long.docx", "".join(paragraph(random_words(50, seed=n)) for n in range(40)))
    chars = len(read_file(doc).text)
    with pytest.raises(LimitExceeded, match=rf"it extracts to {chars:,} characters; limit 5,000 \(QA_MAX_DOCUMENT_CHARS\)"):
        read_file(doc, Limits(max_document_chars=5000))


def test_not_a_zip_is_damaged(tmp_path):
    fake = tmp_path / "fake.docx"
    fake.write_bytes(b"PK\x03\x04 this is not really a zip file" * 10)
    with pytest.raises(ValueError, match=r"the Word file cannot be read, it may be damaged or not a \.docx \(BadZipFile"):
        read_file(fake)


# --- PDF and text ------------------------------------------------------------------------------

def test_pdf_page_cap(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(30):
        writer.add_blank_page(612, 792)
    path = tmp_path / "many.pdf"
    with open(path, "wb") as f:
        writer.write(f)
    with pytest.raises(LimitExceeded, match=r"the PDF has 30 pages; limit 10 \(QA_MAX_PDF_PAGES\)"):
        read_file(path, Limits(max_pdf_pages=10))
    with pytest.raises(ValueError, match="no extractable text"):  # under the cap: read (and empty)
        read_file(path, Limits(max_pdf_pages=30))


def test_pdf_character_cap_stops_at_the_page(tmp_path):
    from test_formats import write_pdf

    pages = [[random_words(12, seed=p * 100 + n) for n in range(20)] for p in range(6)]
    path = write_pdf(tmp_path / "long.pdf", pages)
    per_page = len(read_file(path).text) // 6
    with pytest.raises(LimitExceeded, match=r"passes 3,000 characters by page \d of 6; limit 3,000"):
        read_file(path, Limits(max_document_chars=3000))
    assert per_page * 6 > 3000


def test_text_file_over_the_cap_is_refused_unread(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("policy text. " * 4000, encoding="utf-8")  # 52,000 bytes
    with pytest.raises(LimitExceeded, match=r"the text is 51 KB, more than 10,000 characters; limit 10,000"):
        read_file(path, Limits(max_document_chars=10_000))
    with pytest.raises(LimitExceeded, match=r"it extracts to 52,000 characters; limit 20,000"):
        read_file(path, Limits(max_document_chars=20_000))  # could be under by its bytes: read, then counted
    assert len(read_file(path).text) == 52_000


def test_file_size_limit_applies_before_opening(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<p>" + "x" * 2 * MB + "</p>", encoding="utf-8")
    with pytest.raises(LimitExceeded, match=r"the file is 2.0 MB; limit 1 MB \(QA_MAX_FILE_MB\)"):
        read_file(path, Limits(max_file_mb=1))


def test_limits_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("QA_MAX_DOCUMENT_CHUNKS", "7")
    monkeypatch.setenv("QA_MAX_COMPRESSION_RATIO", "50.5")
    limits = Settings.from_env(corpus_dir="c", index_dir="i").limits
    assert (limits.max_document_chunks, limits.max_compression_ratio) == (7, 50.5)
    monkeypatch.setenv("QA_MAX_PDF_PAGES", "many")
    with pytest.raises(ValueError, match=r"QA_MAX_PDF_PAGES must be a positive whole number, got 'many' \(default 2000\)"):
        Limits.from_env()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_utf16_and_utf32_with_bom_are_read(tmp_path, encoding, suffix):
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
           "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}.get(encoding, b"")
    text = "山东省门诊报销比例 65%. Outpatient ratio."
    body = f"<html><body><p>{text}</p></body></html>" if suffix == ".html" else text
    path = tmp_path / f"doc{suffix}"
    path.write_bytes(bom + body.encode(encoding))
    assert read_file(path).text == text


def test_utf16_without_bom_is_still_binary(tmp_path):
    path = tmp_path / "nobom.txt"
    path.write_bytes("plain words".encode("utf-16-le"))
    with pytest.raises(ValueError, match="binary"):
        read_file(path)


# --- the corpus is a closed folder -------------------------------------------------------------

@pytest.fixture
def corpus_with_links(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "notice.txt").write_text("A real notice about reimbursement.", encoding="utf-8")
    secret = write_secret(tmp_path / "outside")
    os.symlink(secret, corpus / "leak.md")
    os.symlink(secret.parent, corpus / "linked", target_is_directory=True)
    (corpus / "sub").mkdir()
    os.symlink("../notice.txt", corpus / "sub" / "inner-link.txt")  # a link inside the corpus: skipped too
    (corpus / "with-sidecar.txt").write_text("A notice whose metadata is a link.", encoding="utf-8")
    (tmp_path / "outside" / "meta.json").write_text(json.dumps({"title": SECRET}), encoding="utf-8")
    os.symlink(tmp_path / "outside" / "meta.json", corpus / "with-sidecar.meta.json")
    (corpus / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (corpus / ".git").mkdir()
    (corpus / ".git" / "config.txt").write_text("Hidden folder.", encoding="utf-8")
    (corpus / ".upload-0123abcd.part").write_text("An upload being written.", encoding="utf-8")
    return corpus


def test_links_and_hidden_files_are_skipped_and_reported(corpus_with_links):
    documents, skipped = load_corpus(corpus_with_links)
    assert [d.source for d in documents] == ["notice.txt"]
    reasons = dict(skipped)
    assert reasons["leak.md"].startswith("a symbolic link (to ") and "secret.txt" in reasons["leak.md"]
    assert "the corpus reads only what is inside it; copy the file or folder in instead" in reasons["leak.md"]
    assert reasons["linked/"].startswith("a symbolic link")
    assert reasons["sub/inner-link.txt"].startswith("a symbolic link (to ../notice.txt)")
    assert reasons["with-sidecar.txt"] == ("its metadata file with-sidecar.meta.json is a symbolic link; "
                                           "the corpus reads only files inside it: copy the file in instead")
    assert reasons[".hidden.txt"].startswith("a hidden file (its name starts with \".\"): not read; rename it")
    assert reasons[".git/"].startswith("a hidden folder")
    assert ".git/config.txt" not in reasons and ".upload-0123abcd.part" not in reasons  # one line per folder; uploads in flight unreported
    assert all(SECRET not in d.text and SECRET not in d.title for d in documents)


def test_a_corpus_reached_through_a_link_is_read(tmp_path, corpus_with_links):
    """The corpus folder itself may be a link (e.g. to a data disk): what is inside it counts."""
    alias = tmp_path / "alias"
    os.symlink(corpus_with_links, alias, target_is_directory=True)
    files, _ = scan_corpus(alias)
    assert [f.name for f in files] == ["notice.txt", "with-sidecar.txt"]
    assert [d.source for d in load_corpus(alias)[0]] == ["notice.txt"]


def test_corpus_that_is_a_file_says_so(tmp_path):
    path = tmp_path / "corpus"
    path.write_text("not a folder")
    with pytest.raises(FileNotFoundError, match="corpus folder .* is not a folder"):
        load_corpus(path)


# --- uploads: what the reader refuses is not saved, and not left behind -------------------------

def test_upload_of_a_bomb_is_refused_and_deleted_from_gradio_folder(tmp_path, monkeypatch):
    from qa.uploads import add_files

    gradio_tmp = tmp_path / "gradio"
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(gradio_tmp))
    (gradio_tmp / "3f2a").mkdir(parents=True)
    bomb = docx_bomb(gradio_tmp / "3f2a" / "notice.docx", inflated_mb=8)
    mine = docx_bomb(tmp_path / "my-own.docx", inflated_mb=8)  # a caller's own file, not Gradio's
    corpus = tmp_path / "corpus"
    settings = Settings.from_env(corpus_dir=corpus, index_dir=tmp_path / "index")
    results = add_files([bomb, mine], settings)
    assert [r.saved for r in results] == [None, None]
    assert results[0].message.startswith("notice.docx: refused: word/document.xml inflates to 8.0 MB")
    assert [r.status for r in results] == ["refused", "refused"]
    assert "QA_MAX_COMPRESSION_RATIO" in results[0].message
    assert not list(corpus.glob("*")) if corpus.exists() else True
    assert not bomb.exists() and not (gradio_tmp / "3f2a").exists()
    assert mine.exists()


def test_upload_of_a_real_docx_is_saved(tmp_path):
    from qa.uploads import add_files

    doc = write_docx(tmp_path / "real.docx", paragraph("The outpatient ratio is 65%."))
    settings = Settings.from_env(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index")
    (_, saved, message, _), = add_files([doc], settings)
    assert saved == "real.docx" and message.startswith("real.docx: added")


# --- a build over a hostile corpus (real model) -----------------------------------------------

@pytest.mark.slow
def test_build_over_a_hostile_corpus(tmp_path, embedder):
    """Bombs and links reported, the secret in no chunk and never retrieved, the UTF-16 file
    indexed and answering, a document past the chunk cap skipped with the reason."""
    from dataclasses import replace

    from qa.api import Engine
    from qa.index import build_index

    corpus = tmp_path / "corpus"
    names = make_hostile_corpus(corpus, tmp_path / "outside", bomb_mb=8, short_bomb_mb=4)
    (corpus / "long.txt").write_text("\n\n".join(random_words(120, seed=n) for n in range(12)), encoding="utf-8")
    settings = Settings.from_env(corpus_dir=corpus, index_dir=tmp_path / "index")
    settings = replace(settings, limits=replace(settings.limits, max_document_chunks=5))
    report = build_index(settings, embedder=embedder)

    assert report.added == [names["utf16"]]
    reasons = dict(report.skipped)
    assert set(reasons) == {names["empty_bomb"], names["short_bomb"], names["link"], names["folder_link"] + "/",
                            names["hidden"], "long.txt"}
    assert "zip bomb's ratio" in reasons[names["empty_bomb"]] and "zip bomb's ratio" in reasons[names["short_bomb"]]
    assert reasons["long.txt"].startswith("it splits into ") and "limit 5 per document (QA_MAX_DOCUMENT_CHUNKS)" in reasons["long.txt"]
    summary = report.summary()
    assert f"skipped {names['link']}: a symbolic link" in summary

    chunks = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "index").rglob("chunks.jsonl"))
    assert "ZORBLAX" not in chunks and "hunter2" not in chunks
    engine = Engine(settings)
    engine._embedder = embedder
    for question in ("ZORBLAX SECRET root password hunter2", "What is the reimbursement ratio of the secret plan?"):
        assert all("ZORBLAX" not in p.text and "secret plan" not in p.text for p in engine.retrieve_many([question], k=5)[0])
    answer = engine.answer("What is the outpatient reimbursement ratio for the Examplia grassroots clinics?")
    assert answer.found and "61%" in answer.text
    assert answer.citations[0].source == names["utf16"]
    assert UTF16_TEXT.split("\n")[0] in answer.citations[0].title
