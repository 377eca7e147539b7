"""The small typed records that the API, the CLI and the web page all consume."""
from __future__ import annotations

from dataclasses import dataclass, field

from qa.printable import printable


@dataclass(frozen=True)
class Passage:
    """One retrieved chunk of a document, with where it stands in that document."""

    text: str
    source: str  # path relative to the corpus folder
    title: str
    score: float
    start: int  # character offsets into the source document's text
    end: int
    date: str = ""
    chunk_id: int = -1
    page: int | None = None  # the PDF page (from 1) the passage starts on; None for formats without pages
    region: str = ""  # the document's province, or "national"; "" when unknown


@dataclass(frozen=True)
class Answer:
    """An answer whose ``[n]`` markers point, in order, into ``citations``."""

    text: str
    found: bool
    citations: list[Passage] = field(default_factory=list)
    question: str = ""
    #: For each citation, the (start, end) offsets, within that citation's text, of the
    #: sentences the answer quotes, so a page can emphasise them.
    highlights: list[list[tuple[int, int]]] = field(default_factory=list)
    #: Glossary terms that the question was expanded with (shown by the chat).
    expanded_terms: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: The question actually answered when a follow-up was read through the earlier questions
    #: ("And in Guangxi?" -> "What is ... in Guangxi?"); None when the question was answered as asked.
    rewritten: str | None = None


@dataclass
class BuildReport:
    """What a build did; printed by ``qa build`` and returned by ``qa.build_index``."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, same as)
    #: Damage found in the previous index and repaired by this build (checksums, CURRENT), one line each.
    repaired: list[str] = field(default_factory=list)
    chunks: int = 0
    chunks_embedded: int = 0
    sentences_embedded: int = 0  # distinct sentence texts embedded (what answers quote)
    seconds: float = 0.0
    index_dir: str = ""

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        lines = [
            f"documents: {len(self.added)} added, {len(self.updated)} updated, "
            f"{len(self.removed)} removed, {len(self.unchanged)} unchanged, {len(self.skipped)} skipped",
            f"chunks: {self.chunks} in the index, {self.chunks_embedded} embedded in this build",
            f"time: {self.seconds:.1f} s -> {self.index_dir}",
        ]
        # File names may hold newlines or escape sequences: each stays on its own line, inert.
        for name, reason in self.skipped:
            lines.append(f"skipped {printable(name)}: {printable(reason)}")
        for name, same in self.duplicates:
            lines.append(f"duplicate {printable(name)}: same text as {printable(same)}, indexed once")
        for problem in self.repaired:
            lines.append(f"repaired: {printable(problem)}")
        return "\n".join(lines)
