"""Adding uploaded files to the corpus: safe names, size limits, no silent overwrite.

The chat page's "Add documents" panel hands its uploaded files to ``add_files``, which
copies each one into the corpus folder under a sanitised name and says, per file, what
happened; the page then brings the index up to date (only the new files are embedded).

* ``safe_corpus_name`` keeps only the file's own name (no folders, no ``..``), letters,
  digits, Chinese characters and ``-_.`` (spaces become ``-``), keeps the extension and
  refuses types the corpus reader does not support (``qa.corpus.SUPPORTED_SUFFIXES``,
  read at call time, so newly supported types are accepted without a change here).
* A name already taken is never overwritten: identical content is "already in the
  corpus"; other content goes to ``name-2.ext``, ``name-3.ext``, ... and the message says so.
* Files over ``max_bytes`` (20 MiB by default), empty files and text files that are not
  UTF-8/GBK text are refused with a message; nothing is written for them.
* So is a file past the reader's limits (``qa.readers.LimitExceeded``: a zip bomb, too many
  PDF pages, too much text): it is read once here, so it never enters the corpus, where
  every later build would read it again.
* A refused file that Gradio left in its upload folder is deleted from there (a bomb is not
  kept on disk); files anywhere else belong to the caller and are never touched.
"""
from __future__ import annotations

import os
import re
import tempfile
import unicodedata
import uuid
from pathlib import Path

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
    return path.exists() or path.name.lower() in RESERVED_NAMES


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


def _identical_elsewhere(content: bytes, corpus_dir: Path) -> Path | None:
    """A document anywhere in the corpus with exactly these bytes, if any."""
    for path in _corpus.list_document_files(corpus_dir):
        if _same_content(path, content):
            return path
    return None


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB" if n >= 1024 else f"{n} bytes"


def _write_new(target: Path, content: bytes) -> Path:
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


def add_file(path, settings, max_bytes: int = MAX_UPLOAD_BYTES, original_name: str | None = None) -> tuple[str, str | None, str]:
    """Copy one uploaded file into the corpus: ``(original name, saved name or None, message)``."""
    path = Path(path)
    original = original_name or path.name
    corpus_dir = Path(settings.corpus_dir)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise UploadRefused(f"{original}: too large ({_size(size)}); the limit is {_size(max_bytes)} per file")
        wanted = sanitize_filename(original)
        _check_supported(wanted, original)
        content = path.read_bytes()
        if len(content) > max_bytes:  # it grew after the check
            raise UploadRefused(f"{original}: too large ({_size(len(content))}); the limit is {_size(max_bytes)} per file")
        if not content.strip():
            raise UploadRefused(f"{original}: the file is empty")
        if Path(wanted).suffix in TEXT_SUFFIXES:
            try:
                decode_text(content)
            except ValueError as exc:
                raise UploadRefused(f"{original}: not added: {exc}") from None
        try:  # the build's own reader and limits: what it would refuse is not saved
            read_file(path, getattr(settings, "limits", None), suffix=Path(wanted).suffix)
        except LimitExceeded as exc:
            raise UploadRefused(f"{original}: not added: {exc}") from None
        except (OSError, ValueError):
            pass  # damaged, scanned, ...: saved as before, and the build report says why
        corpus_dir.mkdir(parents=True, exist_ok=True)
        for _ in range(100):
            target = safe_corpus_name(original, corpus_dir, content)
            # An existing target holds the same bytes (safe_corpus_name); else look further.
            same = target if target.exists() else _identical_elsewhere(content, corpus_dir)
            if same is not None:
                rel = same.relative_to(corpus_dir).as_posix()
                return original, None, f"{original}: already in the corpus as {rel} (same content); not added again"
            try:
                _write_new(target, content)
            except FileExistsError:
                continue  # another upload took the name meanwhile: pick again
            saved = target.name
            if saved != wanted and (corpus_dir / wanted).exists():
                message = (f"{original}: a different {wanted} is already in the corpus; "
                           f"saved as {saved} ({_size(len(content))})")
            elif saved != original:
                message = f"{original}: saved as {saved} ({_size(len(content))})"
            else:
                message = f"{original}: added ({_size(len(content))})"
            if wanted.lower() in RESERVED_NAMES:
                message = f"{original}: {wanted} is reserved for the corpus's own notes; saved as {saved}"
            return original, saved, message
        raise UploadRefused(f"{original}: could not find a free name in {corpus_dir}/")
    except UploadRefused as exc:
        discard_gradio_upload(path)
        return original, None, str(exc)
    except OSError as exc:
        return original, None, f"{original}: could not be added ({exc.strerror or exc})"


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


def add_files(paths, settings, max_bytes: int = MAX_UPLOAD_BYTES) -> list[tuple[str, str | None, str]]:
    """Copy uploaded files into ``settings.corpus_dir``: for each, ``(original name, saved
    name or None, message)``; ``saved`` is None when the file was refused or already there.

    >>> add_files(["/tmp/gradio/ab12/notice.txt"], settings)  # doctest: +SKIP
    [('notice.txt', 'notice.txt', 'notice.txt: added (3 KB)')]
    """
    return [add_file(p, settings, max_bytes) for p in paths or []]
