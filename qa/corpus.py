"""Reading the corpus folder: which files are documents, their text and metadata.

A document is a ``.txt``, ``.md``, ``.html``, ``.pdf`` or ``.docx`` file anywhere under
the corpus folder (``qa/readers.py`` turns each format into text). Its title, date,
region and source URL come from an optional sidecar ``<name>.meta.json`` beside it,
else from the file itself (HTML head, PDF info, Markdown front matter); the region is
otherwise inferred from the title or text when one province clearly dominates. A file
that cannot be read is reported with the reason and skipped; it never stops the others.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from qa.glossary import CORPUS_GLOSSARY
from qa.places import places_in, province_counts, province_name
from qa.readers import READERS, read_file

SUPPORTED_SUFFIXES = tuple(READERS)
# A province named this often, and this many times more than any other, is the document's region.
REGION_MIN_MENTIONS = 5
REGION_DOMINANCE = 3
META_SUFFIX = ".meta.json"


@dataclass(frozen=True)
class Document:
    source: str  # path relative to the corpus folder, with forward slashes
    text: str
    title: str
    date: str = ""
    region: str = ""
    url: str = ""
    #: For a PDF, the offset in ``text`` where each page begins; None for formats without pages.
    page_starts: tuple[int, ...] | None = None

    @cached_property  # the text never changes (frozen), and a build asks several times
    def content_hash(self) -> str:
        return text_hash(self.text)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _first_line_title(text: str, fallback: str) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if len(line) >= 4:
            return line[:120]
    return fallback


def read_metadata(path: Path) -> dict:
    """The sidecar ``<stem>.meta.json`` of a document, or {} when there is none."""
    meta_path = path.with_name(path.stem + META_SUFFIX)
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"its metadata file {meta_path.name} is not valid JSON ({exc})") from exc
    if not isinstance(meta, dict):
        raise ValueError(f"its metadata file {meta_path.name} must hold a JSON object")
    return meta


def read_document(path: Path, corpus_dir: Path) -> Document:
    """Read one file into a Document; ValueError/OSError say why it cannot be."""
    source = path.relative_to(corpus_dir).as_posix()
    found = read_file(path)
    text = found.text
    if not text.strip():
        raise ValueError("the file is empty")
    meta = read_metadata(path)  # the sidecar wins over what the file says
    title = str(meta.get("title") or found.title or _first_line_title(text, path.stem))
    return Document(
        source=source,
        text=text,
        title=title,
        date=str(meta.get("date") or found.date or ""),
        region=str(meta.get("region") or found.region or infer_region(title, text)),
        url=str(meta.get("url") or found.url or ""),
        page_starts=found.page_starts,
    )


def infer_region(title: str, text: str) -> str:
    """The province a document is about, when obvious: the only one its title names, else
    one its text names far more often than any other; "" otherwise (never "national").

    >>> infer_region("Shandong medical insurance notice", "...")
    'Shandong'
    """
    in_title = {province_name(names) for names in places_in(title)} - {""}
    if len(in_title) == 1:
        return in_title.pop()
    if in_title:
        return ""  # a title naming several provinces is about all of them
    counts = sorted(province_counts(text).items(), key=lambda kv: -kv[1])
    if counts and counts[0][1] >= REGION_MIN_MENTIONS and (
            len(counts) == 1 or counts[0][1] >= REGION_DOMINANCE * counts[1][1]):
        return counts[0][0]
    return ""


def list_document_files(corpus_dir: Path) -> list[Path]:
    """Every candidate document under the folder, in a stable order (hidden files aside)."""
    files = []
    for path in sorted(corpus_dir.rglob("*")):
        rel = path.relative_to(corpus_dir)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if path.name.endswith(META_SUFFIX) or path.name.lower() == "readme.md" or rel == Path(CORPUS_GLOSSARY):
            continue  # metadata, the folder's own notes, and its glossary are not documents
        files.append(path)
    return files


def load_corpus(corpus_dir: Path) -> tuple[list[Document], list[tuple[str, str]]]:
    """All readable documents, and (file, reason) for each file skipped."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise FileNotFoundError(
            f"corpus folder {corpus_dir} does not exist: create it and put .txt, .md, .html, .pdf or .docx documents in it, "
            "or point QA_CORPUS_DIR at your documents"
        )
    documents, skipped = [], []
    for path in list_document_files(corpus_dir):
        rel = path.relative_to(corpus_dir).as_posix()
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            hint = " (the old Word format: save it as .docx)" if path.suffix.lower() == ".doc" else ""
            skipped.append((rel, f"unsupported file type {path.suffix or '(none)'}{hint}; supported: "
                            + ", ".join(SUPPORTED_SUFFIXES)))
            continue
        try:
            documents.append(read_document(path, corpus_dir))
        except (OSError, ValueError) as exc:
            skipped.append((rel, str(exc)))
    return documents, skipped
