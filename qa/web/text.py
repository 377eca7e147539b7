"""Questions are text: markup is stripped before search, and anything shown is escaped.

A question typed as ``<b>How much</b> ...?`` is searched as ``How much ...?`` (a tag's
name and attributes are not words of the question) and shown in the chat exactly as typed,
as text. "1 < 2" and "a > b" are not tags and stay.
"""
from __future__ import annotations

import html
import re

# A tag (opening, closing or self-closing, attributes included), a comment or a doctype:
# "<" must be followed by a letter, "/" or "!", so "1 < 2" is left alone.
_MARKUP = re.compile(r"<!--.*?(?:-->|$)|<![^>]*>|</?[A-Za-z][^<>]*>?", re.DOTALL)
_SPACE = re.compile(r"\s+")


def plain_question(text: str) -> str:
    """The question as searched: tags and comments removed, entities read, spaces folded.

    >>> plain_question("<b>What</b> is the ratio <img src=x onerror=alert(1)> in Shandong?")
    'What is the ratio in Shandong?'
    >>> plain_question("Is 1 < 2 &amp; 3 > 2?")
    'Is 1 < 2 & 3 > 2?'
    >>> plain_question("<svg><script>alert(1)</script></svg>")
    'alert(1)'
    """
    return _SPACE.sub(" ", html.unescape(_MARKUP.sub(" ", text or ""))).strip()


def escape(text: str) -> str:
    """Text as HTML text: escaped (quotes too), whitespace folded (a blank line would end the
    chat's HTML block and let the rest be read as Markdown).

    >>> escape('<a href="x">\\n\\n1 & 2')
    '&lt;a href=&quot;x&quot;&gt; 1 &amp; 2'
    """
    return html.escape(_SPACE.sub(" ", text or ""), quote=True)


def question_bubble(text: str) -> str:
    """The user's question for the chat, as typed, shown as text (never rendered as HTML)."""
    return f'<div class="qa-question-text">{escape(text)}</div>'
