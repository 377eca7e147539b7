"""Checksums of an index version's files, and the ``CURRENT`` pointer read defensively.

Each version's manifest lists every file of the version with its size and sha256
(``manifest["files"]``); the manifest's own sha256 sits beside it in ``manifest.sha256``,
so an edit anywhere, even one that keeps the sizes, is noticed. Sizes are checked on
every load (a ``stat`` per file); full checksums cost reading the files (about 1 GB/s),
see ``qa.tools.verify_bench``.

``CURRENT`` names the version in use. When it is unreadable, garbage, or names a
version that is not there, readers fall back to the newest complete version (one with a
manifest) and say so; ``qa build`` rewrites it.
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

CURRENT = "CURRENT"
MANIFEST = "manifest.json"
MANIFEST_SUM = "manifest.sha256"
#: Version folder names as ``_write_version`` makes them (v-<date>-<time>-<6 hex>); sorting them
#: sorts by creation time.
VERSION_NAME = re.compile(r"v-[0-9]{8}-[0-9]{6}-[0-9a-f]{6}")
#: Files read in full and hashed on every load: the text quoted to users and the counts that
#: score it. They are parsed anyway, so hashing the same bytes adds little (see the README).
HASHED_ON_LOAD = ("chunks.jsonl", "doc_freq.json", "sentences.jsonl")  # what answers quote, and its counts


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def describe_files(folder: Path) -> dict[str, dict]:
    """``{relative path: {"bytes": size, "sha256": hex}}`` for every file of a version folder but
    the manifest and its checksum, which are checked separately."""
    folder = Path(folder)
    files = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_file() and rel not in (MANIFEST, MANIFEST_SUM):
            files[rel] = {"bytes": path.stat().st_size, "sha256": sha256_file(path)}
    return files


def size_problem(folder: Path, rel: str, expected: dict) -> str | None:
    """Why ``rel`` cannot be the file the manifest recorded, judging by its size alone; None if it may be."""
    try:
        size = (Path(folder) / rel).stat().st_size
    except FileNotFoundError:
        return f"{rel}: missing"
    if size != expected["bytes"]:
        what = "truncated" if size < expected["bytes"] else "grown"
        return f"{rel}: {size:,} bytes, the manifest recorded {expected['bytes']:,} ({what})"
    return None


def content_problem(rel: str, data: bytes, expected: dict) -> str | None:
    """Why these bytes are not the file the manifest recorded; None when they are."""
    if len(data) != expected["bytes"]:
        return f"{rel}: {len(data):,} bytes, the manifest recorded {expected['bytes']:,}"
    if sha256_bytes(data) != expected["sha256"]:
        return f"{rel}: its content does not match its checksum (edited or damaged)"
    return None


def file_problems(folder: Path, files: dict[str, dict], full: bool = True) -> dict[str, str]:
    """``{relative path: what is wrong}`` for the recorded files of a version folder; sizes only
    unless ``full``."""
    problems = {}
    for rel, expected in files.items():
        problem = size_problem(folder, rel, expected)
        if problem is None and full and sha256_file(Path(folder) / rel) != expected["sha256"]:
            problem = f"{rel}: its content does not match its checksum (edited or damaged)"
        if problem:
            problems[rel] = problem
    return problems


def manifest_problem(folder: Path, data: bytes, manifest: dict) -> str | None:
    """Why the manifest (already read as ``data``) cannot be trusted; None when its checksum
    matches. A manifest from before checksums (no ``files``) has none to match: see ``unverified``."""
    try:
        recorded = (Path(folder) / MANIFEST_SUM).read_text(encoding="ascii").split()
    except FileNotFoundError:
        return None if not is_verified(manifest) else f"{MANIFEST_SUM}: missing"
    except (OSError, UnicodeDecodeError):
        return f"{MANIFEST_SUM}: unreadable"
    if not recorded or recorded[0] != sha256_bytes(data):
        return f"{MANIFEST}: its content does not match {MANIFEST_SUM} (edited or damaged)"
    return None


def is_verified(manifest: dict) -> bool:
    """Whether the manifest records checksums (indexes made before them do not)."""
    return isinstance(manifest.get("files"), dict)


def write_manifest_checksum(folder: Path, data: bytes) -> None:
    (Path(folder) / MANIFEST_SUM).write_text(f"{sha256_bytes(data)}  {MANIFEST}\n", encoding="ascii")


# ---------------------------------------------------------------- the CURRENT pointer


@dataclass(frozen=True)
class Pointer:
    """Where ``CURRENT`` leads: ``version`` is the folder to use (None: no index at all);
    ``problem`` says what was wrong with ``CURRENT`` when ``version`` is a fallback."""

    version: Path | None
    problem: str | None = None


def complete_versions(index_dir: Path) -> list[Path]:
    """Version folders with a manifest (a build writes it last), newest first."""
    found = [p for p in Path(index_dir).glob("v-*") if VERSION_NAME.fullmatch(p.name) and (p / MANIFEST).is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def read_pointer(index_dir: Path) -> Pointer:
    """The version ``CURRENT`` names, or the newest complete one when ``CURRENT`` is unusable.

    Cheap (one small read and a ``stat``) unless ``CURRENT`` is damaged: the chat calls it
    before every question to notice a new version.
    """
    index_dir = Path(index_dir)
    try:
        raw = (index_dir / CURRENT).read_bytes()
    except FileNotFoundError:
        # No pointer: no index yet, or a pointer lost while versions survive.
        fallback = complete_versions(index_dir)
        return Pointer(fallback[0], f"{CURRENT} is missing") if fallback else Pointer(None)
    except OSError as exc:
        problem = f"{CURRENT} cannot be read ({exc.strerror or exc})"
    else:
        problem = _pointer_text_problem(index_dir, raw)
        if problem is None:
            return Pointer(index_dir / raw.decode("ascii").strip())
    fallback = complete_versions(index_dir)
    return Pointer(fallback[0] if fallback else None, problem)


def _pointer_text_problem(index_dir: Path, raw: bytes) -> str | None:
    try:
        name = raw.decode("ascii").strip()
    except UnicodeDecodeError:
        return f"{CURRENT} is not text ({len(raw)} bytes of binary data)"
    if not VERSION_NAME.fullmatch(name):
        shown = name if len(name) <= 40 else name[:40] + "…"
        return f"{CURRENT} does not name an index version ({shown!r})"
    if not (index_dir / name / MANIFEST).is_file():
        return f"{CURRENT} names {name}, which is missing or incomplete"
    return None


def write_pointer(index_dir: Path, name: str) -> None:
    """Point ``CURRENT`` at version ``name``, atomically (readers see the old or the new name)."""
    index_dir = Path(index_dir)
    tmp = index_dir / f".{CURRENT}.{os.getpid()}"
    with open(tmp, "w", encoding="ascii") as f:
        f.write(name + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, index_dir / CURRENT)
