"""The documents' sentences, each with its own vector: what the answer step quotes.

Answers quote whole sentences of the document, not of the chunk a passage was cut into,
so a sentence that a chunk boundary split is still quoted whole with its figure. Each
sentence is embedded once at build time (as a passage), which lets the answer step compare
a question with a sentence in another language: the multilingual model puts both in one
space, where shared words and glossary terms cannot help.

Stored beside the chunks in an index version: ``sentences.jsonl`` (source, start, end and
text, offsets into the document) and ``sentence_vectors.npy`` (float16, one row each).
"""
from __future__ import annotations

import io
import json
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from qa.chunking import split_sentences

MIN_CHARS = 8  # shorter pieces ("一、", "Table 2") answer nothing
MAX_EMBED_CHARS = 1000  # a run-on list is embedded by its beginning; its text stays whole
RECORDS_FILE = "sentences.jsonl"
VECTORS_FILE = "sentence_vectors.npy"


@dataclass(frozen=True)
class Sentence:
    source: str
    start: int  # offsets into the source document's text
    end: int
    text: str


@dataclass
class SentenceTable:
    """Every document's sentences in document order, and their vectors (float16)."""

    sentences: list[Sentence] = field(default_factory=list)
    vectors: np.ndarray | None = None
    _by_source: dict[str, tuple[int, int]] = field(default_factory=dict, repr=False)

    def __post_init__(self):
        for i, s in enumerate(self.sentences):
            lo, _ = self._by_source.get(s.source, (i, i))
            self._by_source[s.source] = (lo, i + 1)
        self._ends = [s.end for s in self.sentences]  # increasing within each source

    def of_source(self, source: str) -> list[int]:
        lo, hi = self._by_source.get(source, (0, 0))
        return list(range(lo, hi))

    def first_of(self, source: str) -> int:
        """The row of the first sentence of ``source``."""
        return self._by_source.get(source, (0, 0))[0]

    def overlapping(self, source: str, start: int, end: int) -> list[int]:
        """Rows of the sentences of ``source`` that share characters with [start, end).

        >>> t = SentenceTable([Sentence("a", 0, 10, "x" * 10), Sentence("a", 11, 20, "y" * 9)])
        >>> t.overlapping("a", 5, 12), t.overlapping("a", 10, 11), t.overlapping("b", 0, 99)
        ([0, 1], [], [])
        """
        lo, hi = self._by_source.get(source, (0, 0))
        first = bisect_left(self._ends, start + 1, lo, hi)  # the first sentence ending after ``start``
        out = []
        for i in range(first, hi):
            if self.sentences[i].start >= end:
                break
            out.append(i)
        return out


def document_sentences(source: str, text: str) -> list[Sentence]:
    r"""The sentences of a document worth quoting, with their offsets.

    >>> [s.text for s in document_sentences("d", "Rates rose to 65%.\nTable 2\n比例提高到百分之六十。\n（三）住院。")]
    ['Rates rose to 65%.', '比例提高到百分之六十。', '（三）住院。']
    """
    from qa.answering import heading_like

    # (a short heading stays: "（三）住院。" tells what the list of ratios below it is about)
    return [Sentence(source, s, e, text[s:e]) for s, e in split_sentences(text)
            if e - s >= MIN_CHARS or heading_like(text[s:e])]


def embed_sentences(embedder, sentences: list[Sentence]) -> np.ndarray:
    """Vectors of ``sentences`` (as passages), each distinct text embedded once."""
    if not sentences:
        return np.zeros((0, embedder.dimension), dtype=np.float16)
    distinct = list(dict.fromkeys(s.text[:MAX_EMBED_CHARS] for s in sentences))
    vectors = embedder.encode(distinct)
    row = {t: i for i, t in enumerate(distinct)}
    return np.asarray(vectors[[row[s.text[:MAX_EMBED_CHARS]] for s in sentences]], dtype=np.float16)


def write_table(folder: Path, table: SentenceTable) -> None:
    with open(folder / RECORDS_FILE, "w", encoding="utf-8") as f:
        for s in table.sentences:
            f.write(json.dumps({"source": s.source, "start": s.start, "end": s.end, "text": s.text},
                               ensure_ascii=False) + "\n")
    np.save(folder / VECTORS_FILE, table.vectors if table.vectors is not None else np.zeros((0, 0), np.float16))


def read_table(folder: Path, read=None) -> SentenceTable | None:
    """The version's sentences, or None for an index built before sentences were stored.

    ``read(name) -> bytes`` reads a file of the version (the loader's, which checks checksums).
    """
    if not (folder / RECORDS_FILE).is_file():
        return None
    read = read or (lambda name: (folder / name).read_bytes())
    lines = read(RECORDS_FILE).decode("utf-8").splitlines()
    sentences = [Sentence(r["source"], r["start"], r["end"], r["text"]) for r in map(json.loads, filter(None, lines))]
    vectors = np.load(io.BytesIO(read(VECTORS_FILE)), allow_pickle=False)
    if len(vectors) != len(sentences):
        raise ValueError(f"{len(sentences)} sentences but {len(vectors)} sentence vectors")
    return SentenceTable(sentences, vectors)
