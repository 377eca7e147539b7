"""``qa verify``: check every file of the index in use against its checksum, and say what is wrong.

Loading checks only sizes and the quoted text (``load_index``); this reads everything, then
loads the index to check what checksums cannot (counts, dimensions, the configured model).
It changes nothing: ``qa build`` repairs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from qa.index import IndexNotUsable, build_command, load_index, read_manifest
from qa.integrity import file_problems, is_verified, read_pointer
from qa.settings import Settings


@dataclass
class Verification:
    """What ``verify_index`` found; ``ok`` when every file matched its checksum and the index loads."""

    index_dir: str
    version: Path | None = None
    problems: list[str] = field(default_factory=list)  # damage, one line each
    verified: bool = False  # the manifest records checksums (indexes made before them do not)
    files: int = 0  # files whose checksum matched
    chunks: int = 0
    documents: int = 0
    repair: str = "qa build"

    @property
    def ok(self) -> bool:
        return self.version is not None and self.verified and not self.problems

    def summary(self) -> str:
        where = f"{self.version}" if self.version else f"{self.index_dir}/"
        if self.ok:
            return (f"{where}: verified: {self.files} files match their checksums; "
                    f"{self.chunks} chunks of {self.documents} documents")
        if not self.problems:  # loads, but made before checksums
            return (f"{where}: unverified: it has no checksums (made by an older qa), it loads "
                    f"({self.chunks} chunks of {self.documents} documents)\n"
                    f"run `{self.repair}` to add them")
        lines = [f"{where}: damaged" if self.version else f"{where}: no usable index"]
        lines += [f"  {p}" for p in self.problems]
        lines.append(f"run `{self.repair}` to repair it (only what is damaged is rebuilt)"
                     if self.version else f"run `{self.repair}` to build it")
        return "\n".join(lines)


def verify_index(settings: Settings) -> Verification:
    """Check the index in ``settings.index_dir`` in full; changes nothing.

    >>> qa.verify_index().ok  # doctest: +SKIP
    True
    """
    result = Verification(index_dir=str(settings.index_dir), repair=build_command(settings))
    pointer = read_pointer(settings.index_dir)
    result.version = pointer.version
    if pointer.problem:
        fallback = f"; the newest complete version is {pointer.version.name}" if pointer.version else ""
        result.problems.append(pointer.problem + fallback)
    if pointer.version is None:
        if not pointer.problem:
            result.problems.append(f"no index in {settings.index_dir}/")
        return result
    try:
        manifest, problem = read_manifest(pointer.version)
    except OSError as exc:
        manifest, problem = {}, f"manifest.json: cannot be read ({exc.strerror or exc})"
    if problem:
        result.problems.append(problem)
        return result
    result.verified = is_verified(manifest)
    damaged = file_problems(pointer.version, manifest["files"], full=True) if result.verified else {}
    result.problems.extend(damaged.values())
    result.files = len(manifest.get("files") or {}) - len(damaged)
    if not damaged:  # the files are as built: check what checksums cannot (counts, model)
        try:
            index = load_index(settings)
        except IndexNotUsable as exc:
            result.problems.append(str(exc))
        else:
            result.chunks, result.documents = len(index.chunks), len(index.documents)
    return result
