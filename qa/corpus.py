"""Reading the corpus folder: which files are documents, their text and metadata.

A document is a ``.txt``, ``.md``, ``.html``, ``.pdf`` or ``.docx`` file anywhere under
the corpus folder (``qa/readers.py`` turns each format into text). Its title, date,
region and source URL come from an optional sidecar ``<name>.meta.json`` beside it,
else from the file itself (HTML head, PDF info, Markdown front matter); the region is
otherwise inferred from the title or text when one province clearly dominates. A file
that cannot be read is reported with the reason and skipped; it never stops the others.

The corpus is a closed folder: a symbolic link (to a file or a folder), or anything whose
real path lies outside the corpus, is skipped and reported, never read, so a link to
``/etc/passwd`` cannot be indexed and quoted. Hidden files and folders (names starting
with ".") are reported as skipped too; only in-progress uploads are passed over silently.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from qa.glossary import CORPUS_GLOSSARY
from qa.places import places_in, province_counts, province_name
from qa.readers import READERS, read_file
from qa.settings import Limits

SUPPORTED_SUFFIXES = tuple(READERS)
# A province named this often, and this many times more than any other, is the document's region.
REGION_MIN_MENTIONS = 5
REGION_DOMINANCE = 3
META_SUFFIX = ".meta.json"
#: qa.uploads writes each upload to a hidden ``.upload-<hex>.part`` first, then links it into place.
_UPLOAD_IN_PROGRESS = re.compile(r"\.upload-[0-9a-f]+\.part")


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


TITLE_CHARS = 240  # an English notice's title names its subject last ("Notice of … on Paying for Home Hospital Beds")


def _first_line_title(text: str, fallback: str) -> str:
    """The first line of four characters or more, cut at a word's end past ``TITLE_CHARS``.

    >>> title = _first_line_title("Notice of the Bureau " * 20, "x")
    >>> len(title) <= 242, title.endswith("Notice …")
    (True, True)
    """
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if len(line) >= 4:
            if len(line) <= TITLE_CHARS:
                return line
            cut = line[:TITLE_CHARS]
            return (cut.rsplit(" ", 1)[0] if " " in cut[TITLE_CHARS // 2:] else cut).rstrip(" ,;:") + " …"
    return fallback


def read_metadata(path: Path) -> dict:
    """The sidecar ``<stem>.meta.json`` of a document, or {} when there is none."""
    meta_path = path.with_name(path.stem + META_SUFFIX)
    if not meta_path.exists() and not meta_path.is_symlink():
        return {}
    if meta_path.is_symlink():  # its title or region would carry another file's text into the index
        raise ValueError(f"its metadata file {meta_path.name} is a symbolic link; the corpus reads only "
                         "files inside it: copy the file in instead")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"its metadata file {meta_path.name} is not valid JSON ({exc})") from exc
    if not isinstance(meta, dict):
        raise ValueError(f"its metadata file {meta_path.name} must hold a JSON object")
    return meta


def read_document(path: Path, corpus_dir: Path, limits: Limits | None = None) -> Document:
    """Read one file into a Document; ValueError/OSError say why it cannot be."""
    source = path.relative_to(corpus_dir).as_posix()
    # Checked again just before reading: the file may have become a link since the listing.
    problem = outside_reason(path, Path(corpus_dir).resolve())
    if problem:
        raise ValueError(problem)
    found = read_file(path, limits)
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


def too_many_chunks(count: int, limits: Limits) -> str:
    """The build report's reason for a document that splits into more chunks than allowed."""
    return (f"it splits into {count:,} chunks; limit {limits.max_document_chunks:,} per document "
            "(QA_MAX_DOCUMENT_CHUNKS)")


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


def outside_reason(path: Path, root: Path) -> str:
    """Why ``path`` may not be read as part of the corpus whose real path is ``root``: it is a
    symbolic link, or its real path lies outside; "" when it is a plain part of the corpus."""
    if path.is_symlink():
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return (f"a symbolic link (to {target}): the corpus reads only what is inside it; "
                "copy the file or folder in instead")
    real = path.resolve()
    if real != root and root not in real.parents:
        return f"its real path {real} is outside the corpus folder; copy it into the corpus instead"
    return ""


def scan_corpus(corpus_dir: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """Every candidate document under the folder in a stable order, and (name, reason) for
    what is passed over that a person would want to know about: links, anything outside the
    corpus, hidden files and folders. Sidecars and README.md are not documents, silently."""
    corpus_dir = Path(corpus_dir)
    root = corpus_dir.resolve()
    files, skipped = [], []
    # os.walk does not follow links to folders; each one is reported instead.
    for folder, dirs, names in os.walk(corpus_dir, followlinks=False):
        folder = Path(folder)
        for name in sorted(dirs):
            path = folder / name
            rel = path.relative_to(corpus_dir).as_posix()
            problem = outside_reason(path, root)
            if problem:
                skipped.append((rel + "/", problem))
                dirs.remove(name)
            elif name.startswith("."):
                skipped.append((rel + "/", "a hidden folder (its name starts with \".\"): not read; "
                                "rename it to index its documents"))
                dirs.remove(name)
        dirs.sort()
        for name in sorted(names):
            path = folder / name
            rel = path.relative_to(corpus_dir).as_posix()
            if _UPLOAD_IN_PROGRESS.fullmatch(name):
                continue
            problem = outside_reason(path, root)
            if problem:
                skipped.append((rel, problem))
            elif name.startswith("."):
                skipped.append((rel, "a hidden file (its name starts with \".\"): not read; rename it to index it"))
            elif not path.is_file():
                skipped.append((rel, "not a regular file (a device, socket or pipe)"))
            elif not (name.endswith(META_SUFFIX) or name.lower() == "readme.md" or rel == CORPUS_GLOSSARY):
                files.append(path)  # metadata, the folder's own notes and its glossary are not documents
    return sorted(files), sorted(skipped)


def list_document_files(corpus_dir: Path) -> list[Path]:
    """Every candidate document under the folder, in a stable order (links, files outside the
    corpus and hidden files aside: ``scan_corpus`` says which and why)."""
    return scan_corpus(corpus_dir)[0]


def load_corpus(corpus_dir: Path, limits: Limits | None = None) -> tuple[list[Document], list[tuple[str, str]]]:
    """All readable documents, and (file, reason) for each file skipped."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        what = "is not a folder" if corpus_dir.exists() else "does not exist"
        raise FileNotFoundError(
            f"corpus folder {corpus_dir} {what}: create it and put .txt, .md, .html, .pdf or .docx documents in it, "
            "or point QA_CORPUS_DIR (--corpus-dir) at your documents"
        )
    limits = limits or Limits.from_env()
    paths, skipped = scan_corpus(corpus_dir)
    documents = []
    for path in paths:
        rel = path.relative_to(corpus_dir).as_posix()
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            hint = " (the old Word format: save it as .docx)" if path.suffix.lower() == ".doc" else ""
            skipped.append((rel, f"unsupported file type {path.suffix or '(none)'}{hint}; supported: "
                            + ", ".join(SUPPORTED_SUFFIXES)))
            continue
        try:
            documents.append(read_document(path, corpus_dir, limits))
        except (OSError, ValueError) as exc:
            skipped.append((rel, str(exc)))
    return documents, sorted(skipped)
