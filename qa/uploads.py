"""Adding uploaded files to the corpus: safe names, size limits, no silent overwrite.

The chat page's "Add documents" panel hands its uploaded files to ``add_files``, which
copies each one into the corpus folder under a sanitised name and says, per file, what
happened; the page then brings the index up to date (only the new files are embedded).

* ``safe_corpus_name`` keeps only the file's own name (no folders, no ``..``), letters,
  digits, Chinese characters and ``-_.`` (spaces become ``-``), keeps the extension and
  refuses types the corpus reader does not support (``qa.corpus.SUPPORTED_SUFFIXES``,
  read at call time, so newly supported types are accepted without a change here).
* A name already taken is never overwritten: other content goes to ``name-2.ext``,
  ``name-3.ext``, ... and the message says "renamed to". Content already anywhere in the
  corpus is "already present", found by content hash (``CorpusHashes``, one pass per batch).
* Each saved file gets a sidecar ``NAME.meta.json`` with ``{"uploaded": date}``: the page
  marks its passages "uploaded on ...", and lists it for removal (``remove_document``).
* Files over ``max_bytes`` (20 MiB by default), empty files and text files that are not
  UTF-8/GBK text are refused with a message; nothing is written for them.
* So is a file past the reader's limits (``qa.readers.LimitExceeded``: a zip bomb, too many
  PDF pages, too much text): it is read once here, so it never enters the corpus, where
  every later build would read it again.
* A refused file that Gradio left in its upload folder is deleted from there (a bomb is not
  kept on disk); files anywhere else belong to the caller and are never touched.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
import tempfile
import threading
import unicodedata
import uuid
from pathlib import Path
from typing import NamedTuple

from qa import corpus as _corpus
from qa.readers import LimitExceeded, decode_text, read_file

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
#: The longest stem kept (characters); file systems allow 255 bytes and CJK takes 3 each.
MAX_STEM_CHARS = 80
#: Suffixes whose bytes must decode as text before they are accepted.
TEXT_SUFFIXES = (".txt", ".md")
#: Names the corpus reader ignores: an upload under one of them is saved under another name.
RESERVED_NAMES = ("readme.md",)
DEFAULT_STEM = "document"

_DASHES = re.compile(r"-{2,}")
_DOTS = re.compile(r"\.{2,}")


class UploadRefused(ValueError):
    """An upload that cannot be added; the message says why, for the person uploading."""


def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2FA1F
            or 0xF900 <= cp <= 0xFAFF or 0x3040 <= cp <= 0x30FF or 0xAC00 <= cp <= 0xD7AF)


def _clean_part(text: str) -> str:
    """Letters, digits, CJK and ``-_.`` kept; spaces and anything else become ``-``."""
    out = []
    for ch in unicodedata.normalize("NFKC", text):
        if (ch.isascii() and ch.isalnum()) or ch in "-_." or _is_cjk(ch):
            out.append(ch)
        elif unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue  # combining marks, zero-width and direction controls vanish
        else:
            # "é" -> "e"; anything without an ASCII letter inside (emoji, symbols, spaces) -> "-".
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if c.isascii() and c.isalnum())
            out.append(base or "-")
    # Collapsing dots never brings two dashes together, so one pass of each is enough.
    return _DOTS.sub(".", _DASHES.sub("-", "".join(out)))


def sanitize_filename(original_name: str) -> str:
    """The name an upload is saved under, before any clash with an existing file.

    >>> sanitize_filename("../../etc/passwd.txt")
    'passwd.txt'
    >>> sanitize_filename("C:\\\\Users\\\\me\\\\山东 医保 通知 (2024).TXT")
    '山东-医保-通知-2024.txt'
    """
    name = str(original_name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = name.replace("\x00", "")
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    suffix = _clean_part(suffix).strip("-._").lower()
    stem = _clean_part(stem).strip("-._ ")[:MAX_STEM_CHARS].rstrip("-._") or DEFAULT_STEM
    return f"{stem}.{suffix}" if suffix else stem


def _check_supported(name: str, original_name: str) -> str:
    suffix = Path(name).suffix.lower()
    supported = tuple(s.lower() for s in _corpus.SUPPORTED_SUFFIXES)
    if not suffix or suffix not in supported or name.lower().endswith(_corpus.META_SUFFIX):
        shown = suffix or "(none)"
        raise UploadRefused(f"{original_name}: unsupported file type {shown}; supported: {', '.join(supported)}")
    return suffix


def _taken(path: Path) -> bool:
    # A left-over sidecar reserves its name too: it would otherwise lend its metadata to a new file.
    sidecar = path.with_name(path.stem + _corpus.META_SUFFIX)
    return path.exists() or sidecar.exists() or path.name.lower() in RESERVED_NAMES


def _same_content(path: Path, content: bytes | None) -> bool:
    if content is None or not path.is_file():
        return False
    try:
        return path.stat().st_size == len(content) and path.read_bytes() == content
    except OSError:
        return False


def safe_corpus_name(original_name: str, corpus_dir, content: bytes | None = None) -> Path:
    """Where in ``corpus_dir`` an upload named ``original_name`` goes (a direct child, never outside).

    If that name is free it is returned. If a file there already holds exactly
    ``content``, that existing path is returned (it ``.exists()``: nothing to write).
    Otherwise the first free ``stem-2.ext``, ``stem-3.ext``, ... is returned.
    Raises ``UploadRefused`` for a type the corpus does not read.

    >>> safe_corpus_name("../../etc/passwd.txt", "/tmp/corpus")
    PosixPath('/tmp/corpus/passwd.txt')
    """
    corpus_dir = Path(corpus_dir)
    name = sanitize_filename(original_name)
    suffix = _check_supported(name, original_name)
    stem = name[: -len(suffix)]
    candidate = corpus_dir / name
    n = 1
    while _taken(candidate):
        if _same_content(candidate, content):
            return candidate
        n += 1
        candidate = corpus_dir / f"{stem}-{n}{suffix}"
    return candidate


def content_hash(content: bytes) -> str:
    """The key duplicates are found by: SHA-256 of the file's bytes."""
    return hashlib.sha256(content).hexdigest()


#: (path, size, mtime_ns) -> hash, so a corpus file is hashed once per change, not per upload.
_hash_cache: dict[tuple[str, int, int], str] = {}
_hash_cache_lock = threading.Lock()


class CorpusHashes:
    """Every corpus document by content hash, read in one pass: an upload is looked up,
    never compared with each file (1,000 uploads cost 1,000 hashes, not a million compares)."""

    def __init__(self, corpus_dir: Path):
        self.corpus_dir = Path(corpus_dir)
        self._by_hash: dict[str, str] = {}
        if not self.corpus_dir.is_dir():
            return
        for path in _corpus.list_document_files(self.corpus_dir):
            try:
                stat = path.stat()
                key = (str(path), stat.st_size, stat.st_mtime_ns)
                with _hash_cache_lock:
                    digest = _hash_cache.get(key)
                if digest is None:
                    digest = content_hash(path.read_bytes())
                    with _hash_cache_lock:
                        _hash_cache[key] = digest
            except OSError:
                continue  # unreadable: the build reports it
            self._by_hash.setdefault(digest, path.relative_to(self.corpus_dir).as_posix())

    def find(self, digest: str) -> str | None:
        """The corpus path (relative) holding exactly these bytes, if any."""
        return self._by_hash.get(digest)

    def add(self, digest: str, rel: str) -> None:
        self._by_hash.setdefault(digest, rel)


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB" if n >= 1024 else f"{n} bytes"


def _write_atomic_new(target: Path, content: bytes) -> Path:
    """Write ``content`` to ``target`` without ever replacing a file (two uploads at once
    cannot overwrite each other) and without a half-written file being seen by a build:
    the bytes go to a hidden temporary file that is then hard-linked into place."""
    tmp = target.with_name(f".upload-{uuid.uuid4().hex}.part")
    try:
        with open(tmp, "xb") as f:
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        os.link(tmp, target)  # FileExistsError when the name was taken meanwhile
    finally:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
    return target


def sidecar_path(document: Path) -> Path:
    return document.with_name(document.stem + _corpus.META_SUFFIX)


def _save(target: Path, content: bytes, original: str, when: str) -> None:
    """The document and its sidecar (``{"uploaded": date, "uploaded_as": name}``), the sidecar
    first so a build never sees an uploaded document without its mark."""
    sidecar = sidecar_path(target)
    mark = json.dumps({"uploaded": when, "uploaded_as": original}, ensure_ascii=False).encode("utf-8")
    _write_atomic_new(sidecar, mark)
    try:
        _write_atomic_new(target, content)
    except BaseException:
        sidecar.unlink(missing_ok=True)
        raise


class UploadResult(NamedTuple):
    """What happened to one uploaded file; ``message`` is its one status line."""

    original: str
    saved: str | None  # the name in the corpus; None when nothing was written
    message: str
    status: str  # "added", "renamed", "present" or "refused"


def _refused(original: str, why: str) -> UploadResult:
    return UploadResult(original, None, f"{original}: refused: {why}", "refused")


def add_file(path, settings, max_bytes: int = MAX_UPLOAD_BYTES, original_name: str | None = None,
             known: CorpusHashes | None = None, when: str | None = None) -> UploadResult:
    """Copy one uploaded file into the corpus, with an "uploaded" sidecar; ``known`` is the
    corpus by content hash (made here when not given; pass one for a batch)."""
    path = Path(path)
    original = original_name or path.name
    corpus_dir = Path(settings.corpus_dir)
    when = when or _dt.date.today().isoformat()
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise UploadRefused(f"too large ({_size(size)}); the limit is {_size(max_bytes)} per file")
        wanted = sanitize_filename(original)
        try:
            _check_supported(wanted, original)
        except UploadRefused as exc:
            raise UploadRefused(str(exc).removeprefix(f"{original}: ")) from None
        content = path.read_bytes()
        if len(content) > max_bytes:  # it grew after the check
            raise UploadRefused(f"too large ({_size(len(content))}); the limit is {_size(max_bytes)} per file")
        if not content.strip():
            raise UploadRefused("the file is empty")
        if Path(wanted).suffix in TEXT_SUFFIXES:
            try:
                decode_text(content)
            except ValueError as exc:
                raise UploadRefused(str(exc)) from None
        try:  # the build's own reader and limits: what it would refuse is not saved
            read_file(path, getattr(settings, "limits", None), suffix=Path(wanted).suffix)
        except LimitExceeded as exc:
            raise UploadRefused(str(exc)) from None
        except (OSError, ValueError):
            pass  # damaged, scanned, ...: saved as before, and the build report says why
        digest = content_hash(content)
        known = known or CorpusHashes(corpus_dir)
        same = known.find(digest)
        if same is not None:
            return UploadResult(original, None, f"{original}: already present as {same} (same content); not added again",
                                "present")
        corpus_dir.mkdir(parents=True, exist_ok=True)
        for _ in range(100):
            target = safe_corpus_name(original, corpus_dir)
            try:
                _save(target, content, original, when)
            except FileExistsError:
                continue  # another upload took the name meanwhile: pick again
            saved = target.name
            known.add(digest, saved)
            if saved == original:
                return UploadResult(original, saved, f"{original}: added ({_size(len(content))})", "added")
            why = ""
            if wanted.lower() in RESERVED_NAMES:
                why = f"; {wanted} is reserved for the corpus's own notes"
            elif saved != wanted:
                why = f"; a different {wanted} is already in the corpus"
            return UploadResult(original, saved, f"{original}: renamed to {saved} ({_size(len(content))}){why}",
                                "renamed")
        raise UploadRefused(f"could not find a free name in {corpus_dir}/")
    except UploadRefused as exc:
        discard_gradio_upload(path)
        return _refused(original, str(exc))
    except OSError as exc:
        return _refused(original, f"could not be saved ({exc.strerror or exc})")


def gradio_upload_folder() -> Path:
    """Where Gradio keeps uploaded files (as ``gradio.utils.get_upload_folder``, without importing gradio)."""
    return Path(os.environ.get("GRADIO_TEMP_DIR") or Path(tempfile.gettempdir()) / "gradio").resolve()


def discard_gradio_upload(path) -> bool:
    """Delete an upload from Gradio's upload folder (and its folder there, once empty); True if
    deleted. A path outside that folder is the caller's own file and is left alone."""
    folder = gradio_upload_folder()
    try:
        real = Path(path).resolve()
        if folder not in real.parents or not real.is_file():
            return False
        real.unlink()
        if real.parent != folder and not any(real.parent.iterdir()):
            real.parent.rmdir()  # Gradio puts each upload in a folder of its own
        return True
    except OSError:
        return False


def add_files(paths, settings, max_bytes: int = MAX_UPLOAD_BYTES,
              names: list[str] | None = None) -> list[UploadResult]:
    """Copy uploaded files into ``settings.corpus_dir``: one ``UploadResult`` each, in order.

    The corpus is read by content hash once for the whole batch, so a file identical to a
    document (or to an earlier file of the batch) is "already present", at any batch size.
    ``names`` are the files' names as the uploader gave them (default: each path's name).

    >>> add_files(["/tmp/gradio/ab12/notice.txt"], settings)  # doctest: +SKIP
    [UploadResult(original='notice.txt', saved='notice.txt', message='notice.txt: added (3 KB)', status='added')]
    """
    paths = list(paths or [])
    known = CorpusHashes(settings.corpus_dir)
    when = _dt.date.today().isoformat()
    return [add_file(p, settings, max_bytes, names[i] if names else None, known, when)
            for i, p in enumerate(paths)]


# --- the "uploaded" mark and removal ---------------------------------------------------------

def upload_date(corpus_dir, source: str) -> str | None:
    """The date a corpus document was uploaded from the page or the API, else None."""
    document = Path(corpus_dir) / source
    try:
        meta = json.loads(sidecar_path(document).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = meta.get("uploaded") if isinstance(meta, dict) else None
    return str(value) if value else None


def uploaded_documents(corpus_dir) -> list[tuple[str, str]]:
    """``(source, upload date)`` of every uploaded document in the corpus, by name."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        return []
    found = []
    for path in _corpus.list_document_files(corpus_dir):
        rel = path.relative_to(corpus_dir).as_posix()
        when = upload_date(corpus_dir, rel)
        if when:
            found.append((rel, when))
    return found


def find_document(name: str, corpus_dir) -> Path:
    """The corpus document ``name`` stands for: its path inside the corpus
    ("notices/a.txt"), or a file name that only one document has. ``ValueError`` says
    what is wrong (outside the corpus, not a document, not found, ambiguous)."""
    corpus_dir = Path(corpus_dir).resolve()
    name = (name or "").strip()
    if not name:
        raise ValueError("no document named: give its name as listed by the build (e.g. notice.txt)")
    documents = {p.resolve(): p.relative_to(Path(corpus_dir)).as_posix()
                 for p in _corpus.list_document_files(corpus_dir)}
    direct = (corpus_dir / name).resolve()
    if direct in documents:
        return direct
    if not direct.is_relative_to(corpus_dir):
        raise ValueError(f"{name} is outside the corpus {corpus_dir}/")
    matches = [p for p, rel in documents.items() if p.name == name]
    if len(matches) == 1:
        return matches[0]
    if matches:
        listed = ", ".join(sorted(documents[p] for p in matches))
        raise ValueError(f"{name} names {len(matches)} documents ({listed}): give the path inside the corpus")
    raise ValueError(f"{name} is not a document of the corpus {corpus_dir}/ (see `qa build` for the list)")


def remove_document(name: str, corpus_dir, uploaded_only: bool = False) -> str:
    """Delete a document (and its sidecar) from the corpus; returns its corpus path.
    The index still holds it until the next build. ``uploaded_only`` refuses documents
    that were not uploaded (the page removes only those)."""
    path = find_document(name, corpus_dir)
    rel = path.relative_to(Path(corpus_dir).resolve()).as_posix()
    if uploaded_only and not upload_date(corpus_dir, rel):
        raise ValueError(f"{rel} was not uploaded from the page; remove it with `qa remove {rel}`")
    path.unlink()
    sidecar_path(path).unlink(missing_ok=True)
    return rel
