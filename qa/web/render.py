"""Answers, sources and messages as HTML for the chat: every piece of text escaped.

A chat message puts the verdict first (the answer, or a distinct "not in the documents"
box), then notes, then the sources in a collapsible block, so the start of the answer is
what the reader sees when the page brings a new turn into view.
"""
from __future__ import annotations

import re

from qa.records import Answer, Passage
from qa.web.filters import describe_filter
from qa.web.strings import ui_strings
from qa.web.text import escape

#: Glossary terms listed under an answer; a Chinese question can add twenty English ones.
MAX_TERMS_SHOWN = 8

_MARKER = re.compile(r"\[(\d+)\]")


def render_answer_text(text: str) -> str:
    """The answer's words escaped, each ``[n]`` marker styled (and still reading ``[n]``).

    >>> render_answer_text("65% <b> [1]")
    '65% &lt;b&gt; <span class="qa-ref">[1]</span>'
    """
    return _MARKER.sub(lambda m: f'<span class="qa-ref">[{m.group(1)}]</span>', escape(text))


def highlight_excerpt(text: str, spans: list[tuple[int, int]]) -> str:
    """A passage as escaped HTML with the ``(start, end)`` spans wrapped in ``<mark>``.

    >>> highlight_excerpt("a <b> c", [(2, 5)])
    'a <mark>&lt;b&gt;</mark> c'
    """
    parts, pos = [], 0
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if end <= pos or start >= end:
            continue
        start = max(start, pos)
        parts.append(escape(text[pos:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        pos = end
    parts.append(escape(text[pos:]))
    return "".join(parts).strip()


def render_passages_html(passages: list[Passage], highlights: list[list[tuple[int, int]]],
                         lang: str = "en", heading: str | None = None,
                         uploaded: dict[str, str] | None = None) -> str:
    """Numbered passages: title, date, file, position and the escaped excerpt, with the
    ``highlights[i]`` spans of passage ``i`` in ``<mark>``; a document in ``uploaded``
    (source -> date) carries an "uploaded on ..." mark. Collapsible, open at first."""
    if not passages:
        return ""
    ui = ui_strings(lang)
    uploaded = uploaded or {}
    items = []
    for n, passage in enumerate(passages, 1):
        spans = highlights[n - 1] if n - 1 < len(highlights) else []
        date = f" · {escape(passage.date)}" if passage.date else ""
        page = f' · {ui["page"]} {passage.page}' if getattr(passage, "page", None) else ""
        mark = ""
        if passage.source in uploaded:
            mark = f' <span class="qa-uploaded">{escape(ui["uploaded_on"].format(date=uploaded[passage.source]))}</span>'
        items.append(
            '<div class="qa-source">'
            '<div class="qa-source-head">'
            f'<span class="qa-source-num">[{n}]</span>'
            f'<span class="qa-source-title">{escape(passage.title or passage.source)}</span>{date}{mark}'
            "</div>"
            f'<div class="qa-source-meta">{ui["file"]} <code>{escape(passage.source)}</code>'
            f' · {ui["position"]} {passage.start}–{passage.end}{page}</div>'
            f'<div class="qa-excerpt">{highlight_excerpt(passage.text, spans)}</div>'
            "</div>"
        )
    title = heading or ui["sources_count"].format(n=len(passages))
    return (f'<details class="qa-sources" open><summary class="qa-sources-title">{escape(title)}</summary>'
            + "".join(items) + "</details>")


def render_sources_html(answer: Answer, lang: str = "en", uploaded: dict[str, str] | None = None) -> str:
    """Each cited passage of an answer: number, title, file, position and the excerpt,
    the quoted sentences in ``<mark>``. All document text is escaped."""
    return render_passages_html(answer.citations, answer.highlights, lang, uploaded=uploaded)


def _understood(rewritten: str | None, lang: str) -> str:
    if not rewritten:
        return ""
    return f'<div class="qa-understood"><b>{ui_strings(lang)["understood"]}</b> {escape(rewritten)}</div>'


def render_partial_html(text: str, lang: str = "en", rewritten: str | None = None,
                        notes: list[str] | None = None) -> str:
    """A streaming answer so far (no sources yet)."""
    notes_html = "".join(f'<div class="qa-note">{escape(n)}</div>' for n in notes or [])
    return (f'<div class="qa-msg">{_understood(rewritten, lang)}'
            f'<div class="qa-answer qa-found">{render_answer_text(text)} ▌</div>{notes_html}</div>')


def render_answer_html(answer: Answer, lang: str = "en", rewritten: str | None = None,
                       notes: list[str] | None = None, closest: list[Passage] | None = None,
                       where: dict | None = None, uploaded: dict[str, str] | None = None) -> str:
    """The whole chat message for an answer: what was understood (one line, for a follow-up),
    the answer with its markers (or a distinct "not in the documents" box), notes, the active filter
    ``where`` (one line, so the reader knows the search was limited), then the sources;
    for an answer not found, the ``closest`` passages under a heading that says they do
    not answer.

    >>> "qa-notfound" in render_answer_html(Answer("The documents do not say.", False))
    True
    """
    ui = ui_strings(lang)
    if answer.found:
        body = f'<div class="qa-answer qa-found">{render_answer_text(answer.text)}</div>'
    else:
        body = ('<div class="qa-answer qa-notfound">'
                f'<span class="qa-notfound-title">⚠ {ui["not_found"]}</span>'
                f"{render_answer_text(answer.text)}</div>")
    extra = []
    if answer.expanded_terms:
        terms = ", ".join(answer.expanded_terms[:MAX_TERMS_SHOWN])
        more = " …" if len(answer.expanded_terms) > MAX_TERMS_SHOWN else ""
        extra.append(f'<div class="qa-note">{ui["searched_with"]} {escape(terms)}{more}</div>')
    for note in [*(notes or []), *answer.notes]:
        extra.append(f'<div class="qa-note">{escape(note)}</div>')
    if where:
        scope = ui["filter_active"].format(filter=describe_filter(where, lang))
        extra.append(f'<div class="qa-note qa-scope">{escape(scope)}</div>')
    closest_html = ""
    if not answer.found and closest:
        closest_html = (f'<div class="qa-closest">'
                        f'{render_passages_html(closest, [], lang, ui["closest"], uploaded)}</div>')
    return (f'<div class="qa-msg">{_understood(rewritten, lang)}{body}{"".join(extra)}'
            f"{render_sources_html(answer, lang, uploaded)}{closest_html}</div>")


def render_no_match_html(where: dict, lang: str = "en", rewritten: str | None = None) -> str:
    """The message for a filter that leaves no document to search: say so, not "not found"."""
    text = ui_strings(lang)["filter_empty"].format(filter=describe_filter(where, lang))
    return (f'<div class="qa-msg">{_understood(rewritten, lang)}'
            f'<div class="qa-answer qa-notfound qa-nomatch">⚠ {escape(text)}</div></div>')


def render_filter_error_html(message: str) -> str:
    """A bad filter field: what is wrong and what to type (nothing was searched)."""
    return f'<div class="qa-msg"><div class="qa-answer qa-notfound qa-filter-error">⚠ {escape(message)}</div></div>'


def render_error_html(message: str, lang: str = "en") -> str:
    """A question that could not be answered (bad input, unusable index): the reason."""
    return f'<div class="qa-msg qa-note">{escape(ui_strings(lang)["error"].format(error=message))}</div>'
