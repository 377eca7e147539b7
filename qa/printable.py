"""Text from documents and file names, made safe to print on a terminal.

A document or a file name can hold anything: an ANSI escape sequence that recolours or
clears the terminal, a carriage return that overwrites the line before it, a newline that
forges an extra line of output, a right-to-left override that reverses what follows.
``printable`` shows each such character as its Python escape (``\\x1b``, ``\\n``, ``\\u202e``),
so what is printed is what is there, and nothing in it acts on the terminal.
"""
from __future__ import annotations

import unicodedata

# Format characters that reorder text (bidirectional overrides and isolates); other format
# characters (zero-width joiners in emoji, soft hyphens) are harmless and kept.
_BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _unsafe(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Zl", "Zp") or ch in _BIDI


def printable(text: str, keep_newlines: bool = False) -> str:
    """``text`` with control characters escaped; ``keep_newlines`` keeps line breaks and tabs
    (running text), otherwise they are escaped too (names, which must stay on one line).

    >>> printable("red\\x1b[31m name\\n.txt")
    'red\\\\x1b[31m name\\\\n.txt'
    >>> printable("line one\\nline two\\r", keep_newlines=True)
    'line one\\nline two\\\\r'
    """
    text = str(text)
    if not any(_unsafe(ch) for ch in text):
        return text
    kept = "\n\t" if keep_newlines else ""
    return "".join(ascii(ch)[1:-1] if _unsafe(ch) and ch not in kept else ch for ch in text)
