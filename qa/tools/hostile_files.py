"""Hostile inputs made on the spot: Word zip bombs, a link to a secret, UTF-16 text.

Used by the tests and by ``python -m qa.tools.hostile_bench``; nothing here is stored in
the repository. A bomb is a real .docx package (python-docx opens it) whose
``word/document.xml`` is written through a streaming deflate, so a 150 MB part costs a
230 KB file and under a second to make.
"""
from __future__ import annotations

import os
import zipfile
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)
_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
_TAIL = "</w:body></w:document>"

EMPTY_PARAGRAPH = "<w:p/>"
SHORT_PARAGRAPH = "<w:p><w:r><w:t>Reimbursement ratio 65%.</w:t></w:r></w:p>"


def paragraph(text: str) -> str:
    from xml.sax.saxutils import escape

    return f"<w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p>"


def write_docx(path: Path, body_xml: str = "", repeat: str = "", inflated_mb: float = 0,
               extra_parts: int = 0) -> Path:
    """A .docx whose body is ``body_xml`` followed by ``repeat`` written until the document
    part reaches ``inflated_mb``; ``extra_parts`` adds that many tiny parts (an entry-count bomb)."""
    path = Path(path)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write((_HEAD + body_xml).encode())
            if repeat and inflated_mb:
                unit = repeat.encode()
                block = unit * max(1, (1 << 20) // len(unit))
                target, written = int(inflated_mb * (1 << 20)), 0
                while written + len(block) <= target:
                    f.write(block)
                    written += len(block)
                f.write(unit * ((target - written) // len(unit)))
            f.write(_TAIL.encode())
        for n in range(extra_parts):
            z.writestr(f"customXml/item{n}.xml", "<a/>")
    return path


def docx_bomb(path: Path, inflated_mb: float = 150, kind: str = "empty") -> Path:
    """A .docx bomb: ``empty`` paragraphs (the build's memory) or ``short`` ones (its chunk count)."""
    return write_docx(path, repeat=EMPTY_PARAGRAPH if kind == "empty" else SHORT_PARAGRAPH, inflated_mb=inflated_mb)


SECRET = "ZORBLAX-SECRET-4471 root password hunter2"


def write_secret(folder: Path) -> Path:
    """A file outside the corpus that must never be indexed."""
    folder.mkdir(parents=True, exist_ok=True)
    secret = folder / "secret.txt"
    secret.write_text(f"{SECRET}\nThe reimbursement ratio of the secret plan is 99%.\n", encoding="utf-8")
    return secret


UTF16_TEXT = ("Examplia outpatient notice.\n\nThe outpatient reimbursement ratio for the Examplia "
              "grassroots clinics is 61% in 2024. 门诊报销比例为61%。\n")


def make_hostile_corpus(corpus: Path, outside: Path, bomb_mb: float = 150, short_bomb_mb: float = 20) -> dict:
    """Two .docx bombs, a link to a secret file (and one to a folder holding it), a UTF-16
    text file and a hidden file in ``corpus``; the secret lives in ``outside``. Returns the names."""
    corpus.mkdir(parents=True, exist_ok=True)
    secret = write_secret(outside)
    names = {"empty_bomb": "empty-paragraphs.docx", "short_bomb": "short-paragraphs.docx",
             "link": "leak.md", "folder_link": "linked", "utf16": "examplia-utf16.txt", "hidden": ".notes.txt"}
    docx_bomb(corpus / names["empty_bomb"], bomb_mb, "empty")
    docx_bomb(corpus / names["short_bomb"], short_bomb_mb, "short")
    os.symlink(secret, corpus / names["link"])
    os.symlink(outside, corpus / names["folder_link"], target_is_directory=True)
    (corpus / names["utf16"]).write_bytes(UTF16_TEXT.encode("utf-16"))  # with its byte-order mark
    (corpus / names["hidden"]).write_text("Hidden notes.", encoding="utf-8")
    return names
