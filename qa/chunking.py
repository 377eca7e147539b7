"""Splitting a document into overlapping chunks that remember where they came from.

Sentence-aware for English and Chinese: the splitter prefers paragraph breaks, then
line breaks, then sentence ends (。！？；and . ! ? ;), then clause breaks, and only
then words, so a chunk rarely cuts a sentence in half.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from langchain_text_splitters import RecursiveCharacterTextSplitter

SEPARATORS = [
    "\n\n", "\n",
    "。", "！", "？", "；",
    ". ", "! ", "? ", "; ",
    "，", ", ", "、",
    " ", "",
]


@dataclass(frozen=True)
class Chunk:
    text: str
    start: int
    end: int


def split_document(text: str, chunk_size: int, chunk_overlap: int) -> list[Chunk]:
    """Chunks of at most ``chunk_size`` characters with their offsets in ``text``.

    >>> [c.text for c in split_document("One. Two.", 5, 0)]
    ['One.', 'Two.']
    """
    if chunk_size < 1 or not 0 <= chunk_overlap < chunk_size:
        raise ValueError(f"need chunk_size >= 1 and 0 <= overlap < chunk_size, got {chunk_size}, {chunk_overlap}")
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=chunk_size,
        chunk_overlap=chunk_overlap,
        separators=SEPARATORS,
        keep_separator="end",
        strip_whitespace=True,
    )
    chunks, cursor = [], 0
    for piece in splitter.split_text(text):
        # The splitter returns text only; locate each piece at or after the last one's start
        # (pieces overlap, so search from the previous start, not its end).
        start = text.find(piece, cursor)
        if start < 0:  # cannot happen with strip-only transforms; kept as a guard
            start = text.find(piece)
        chunks.append(Chunk(piece, start, start + len(piece)))
        cursor = start + 1
    return chunks


# Sentence ends: Chinese and English end punctuation, line breaks, a source's own footnote
# markers ("... 85% [1][2] Group 1: ..."), and " - " bullets run together on one line.
# A run of dots is a leader or an ellipsis, not an end: "Tier B centres ..... 100 yuan per session"
# is one line of a fee schedule, and cut there the figure loses what it is for.
_SENTENCE_END = re.compile(
    r"(?<=[。！？；])|(?<=[.!?;])(?<!\.\.)\s+(?=\S)|\n+|(?<=\])\s+(?=[A-Z\u4e00-\u9fff\"“])|\s+-\s+(?=[A-Z\"“])"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, trimmed of white space.

    >>> t = "Rates rose. 比例提高。OK"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Rates rose.', '比例提高。', 'OK']
    >>> t = "Tier B centres ..... 100 yuan per session. Next."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Tier B centres ..... 100 yuan per session.', 'Next.']
    """
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
