"""Reading the corpus folder: which files are documents, their text and metadata.

A document is a ``.txt`` or ``.md`` file anywhere under the corpus folder. Its title,
date, region and source URL come from an optional sidecar ``<name>.meta.json`` beside
it, so that the document text itself stays exactly as found. A file that cannot be
read is reported with the reason and skipped; it never stops the others.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

SUPPORTED_SUFFIXES = (".txt", ".md")
META_SUFFIX = ".meta.json"


@dataclass(frozen=True)
class Document:
    source: str  # path relative to the corpus folder, with forward slashes
    text: str
    title: str
    date: str = ""
    region: str = ""
    url: str = ""

    @property
    def content_hash(self) -> str:
        return text_hash(self.text)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def decode_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else GB18030 (a superset of GBK and GB2312).

    Raises ValueError when the bytes are neither, or look binary.
    """
    if b"\x00" in raw[:4096]:
        raise ValueError("looks like a binary file, not text")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValueError("text is neither UTF-8 nor GBK/GB18030; save it as UTF-8")


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
    text = decode_text(path.read_bytes())
    if not text.strip():
        raise ValueError("the file is empty")
    meta = read_metadata(path)
    return Document(
        source=source,
        text=text,
        title=str(meta.get("title") or _first_line_title(text, path.stem)),
        date=str(meta.get("date") or ""),
        region=str(meta.get("region") or ""),
        url=str(meta.get("url") or ""),
    )


def list_document_files(corpus_dir: Path) -> list[Path]:
    """Every candidate document under the folder, in a stable order (hidden files aside)."""
    files = []
    for path in sorted(corpus_dir.rglob("*")):
        rel = path.relative_to(corpus_dir)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if path.name.endswith(META_SUFFIX) or path.name.lower() == "readme.md":
            continue
        files.append(path)
    return files


def load_corpus(corpus_dir: Path) -> tuple[list[Document], list[tuple[str, str]]]:
    """All readable documents, and (file, reason) for each file skipped."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise FileNotFoundError(
            f"corpus folder {corpus_dir} does not exist: create it and put .txt or .md documents in it, "
            "or point QA_CORPUS_DIR at your documents"
        )
    documents, skipped = [], []
    for path in list_document_files(corpus_dir):
        rel = path.relative_to(corpus_dir).as_posix()
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            skipped.append((rel, f"unsupported file type {path.suffix or '(none)'}; supported: "
                            + ", ".join(SUPPORTED_SUFFIXES)))
            continue
        try:
            documents.append(read_document(path, corpus_dir))
        except (OSError, ValueError) as exc:
            skipped.append((rel, str(exc)))
    return documents, skipped
