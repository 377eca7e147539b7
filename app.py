"""The web chat: a Gradio page over the engine, on http://127.0.0.1:7860 by default.

    python app.py            # or: qa serve [--port 7860]

The index and the model are loaded once, before the server starts; each question is
answered from them. Every piece of document text reaches the page escaped (shown as
text, never read as HTML), and the page makes no outside connection: no analytics,
no share link, no web fonts (the theme uses system fonts).

The rendering helpers (``render_answer_html``, ``render_sources_html``), the filter's
(``parse_filter``, ``filter_regions``) and the chat handler (``chat_turn``) are plain
functions so tests can call them without a browser.
"""
from __future__ import annotations

import html
import os
import queue
import re
import sys
import threading
import time
from collections.abc import Iterator
from datetime import date

# Before gradio is imported: it reads these at import time.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

import gradio as gr  # noqa: E402

from qa.api import Engine, get_engine  # noqa: E402
from qa.followup import rewrite_followup  # noqa: E402
from qa.index import IndexNotUsable  # noqa: E402
from qa.records import Answer, Passage  # noqa: E402
from qa.retrieval import matches_filter  # noqa: E402
from qa.settings import Settings  # noqa: E402
from qa.tokenization import cjk_share  # noqa: E402
from qa.uploads import MAX_UPLOAD_BYTES, add_files  # noqa: E402

EXTRACTIVE = "extractive"
GENERATIVE = "generative"

#: The page's words in both languages; the page follows the switch, or in "auto" the question.
UI: dict[str, dict[str, str]] = {
    "en": {
        "title": "Medical insurance policy Q&A",
        "intro": "Answers are quoted from the policy documents, with numbered sources. "
                 "Ask in English or Chinese; follow-ups such as “And in Shandong?” are understood.",
        "chat": "Chat",
        "question": "Your question",
        "placeholder": "e.g. What is the outpatient reimbursement ratio at grassroots medical institutions in Shandong?",
        "send": "Ask",
        "clear": "Clear chat",
        "settings": "Settings",
        "k": "Passages to search (k)",
        "mode": "Answer mode",
        "extractive": "Extractive (quotes)",
        "generative": "Generative (LLM)",
        "language": "Page language",
        "examples": "Example questions",
        "sources": "Sources",
        "source": "Source",
        "file": "file",
        "position": "characters",
        "page": "page",
        "understood": "Understood as:",
        "closest": "Closest passages (they do not answer the question)",
        "not_found": "Not in the documents",
        "searched_with": "Also searched for:",
        "generative_off": "Generative mode needs a language model: set QA_LLM_BASE_URL "
                          "(and restart). Answering with quotes instead.",
        "generative_needs": "Generative mode needs QA_LLM_BASE_URL",
        "generative_on": "Generative mode uses the model at QA_LLM_BASE_URL; answers are checked against the sources.",
        "llm_failed": "The language model did not answer ({error}); showing the quoted answer instead.",
        "error": "Could not answer: {error}",
        "filter": "Filter",
        "region": "Region",
        "all_regions": "All regions",
        "date_from": "From date",
        "date_to": "To date",
        "date_placeholder": "e.g. 2023 or 2023-06",
        "filter_region": "region {}",
        "filter_from": "from {}",
        "filter_to": "to {}",
        "filter_join": ", ",
        "filter_active": "Filter: {filter} (only matching documents were searched).",
        "filter_empty": "No documents match the filter: {filter}; widen or clear the filter.",
        "bad_date": "{field} “{value}” is not a date: type a year (2023), a month (2023-06) or a day "
                    "(2023-06-15), or leave it empty.",
        "bad_range": "From date {date_from} is after To date {date_to}: put the earlier date in From date.",
    },
    "zh": {
        "title": "医保政策问答",
        "intro": "答案摘自政策文件，并附编号来源。可用中文或英文提问；也能理解“那山东呢？”这样的追问。",
        "chat": "对话",
        "question": "您的问题",
        "placeholder": "例如：山东基层医疗机构门诊报销比例是多少？",
        "send": "提问",
        "clear": "清空对话",
        "settings": "设置",
        "k": "检索段落数 (k)",
        "mode": "回答方式",
        "extractive": "摘录（原文引用）",
        "generative": "生成（大模型）",
        "language": "页面语言",
        "examples": "示例问题",
        "sources": "来源",
        "source": "来源",
        "file": "文件",
        "position": "字符位置",
        "page": "页",
        "understood": "理解为：",
        "closest": "最接近的段落（并不回答这个问题）",
        "not_found": "文档中没有答案",
        "searched_with": "同时检索：",
        "generative_off": "生成模式需要大语言模型：请设置 QA_LLM_BASE_URL 并重启。现在改用原文摘录回答。",
        "generative_needs": "生成模式需要设置 QA_LLM_BASE_URL",
        "generative_on": "生成模式使用 QA_LLM_BASE_URL 指向的模型；答案会与来源核对。",
        "llm_failed": "大语言模型没有回答（{error}）；改为显示原文摘录的答案。",
        "error": "无法回答：{error}",
        "filter": "筛选",
        "region": "地区",
        "all_regions": "全部地区",
        "date_from": "起始日期",
        "date_to": "截止日期",
        "date_placeholder": "如 2023 或 2023-06",
        "filter_region": "地区 {}",
        "filter_from": "从 {}",
        "filter_to": "到 {}",
        "filter_join": "，",
        "filter_active": "筛选：{filter}（只检索了符合条件的文档）。",
        "filter_empty": "没有文档符合筛选条件：{filter}；请放宽或清除筛选。",
        "bad_date": "{field}“{value}”不是日期：请输入年份（2023）、年月（2023-06）或年月日（2023-06-15），或留空。",
        "bad_range": "起始日期 {date_from} 晚于截止日期 {date_to}：请把较早的日期填在起始日期。",
    },
}

EXAMPLES = [
    "What is the outpatient reimbursement ratio at grassroots medical institutions in Shandong?",
    "Which province's direct settlement for remote medical treatment covers all counties?",
    "四川有多少比例的医保事项实现了网上办理？",
    "山东长期护理保险覆盖了哪些人群？",
]

CSS = """
.qa-msg { line-height: 1.55; }
.qa-understood { font-size: 0.9em; color: #555; margin-bottom: 0.4em; }
.qa-understood b { font-weight: 600; }
.qa-answer { padding: 0.5em 0.75em; border-radius: 6px; border-left: 4px solid #2563eb; background: #eff6ff; color: #111; }
.qa-notfound { border-left-color: #d97706; background: #fffbeb; color: #78350f; }
.qa-notfound-title { font-weight: 700; display: block; margin-bottom: 0.25em; }
.qa-ref { font-weight: 600; color: #1d4ed8; white-space: nowrap; }
.qa-note { font-size: 0.85em; color: #666; margin-top: 0.35em; }
.qa-sources { margin-top: 0.6em; }
.qa-sources-title { font-weight: 600; font-size: 0.95em; margin-bottom: 0.3em; }
.qa-source { border: 1px solid #e5e7eb; border-radius: 6px; padding: 0.45em 0.65em; margin-bottom: 0.45em; background: #fff; color: #111; }
.qa-source-head { font-size: 0.92em; }
.qa-source-num { font-weight: 700; color: #1d4ed8; margin-right: 0.3em; }
.qa-source-title { font-weight: 600; }
.qa-source-meta { font-size: 0.8em; color: #6b7280; }
.qa-source-meta code { font-size: 0.95em; }
.qa-excerpt { font-size: 0.88em; color: #374151; margin-top: 0.3em; white-space: normal; }
.qa-closest .qa-source { background: #f9fafb; color: #4b5563; border-style: dashed; }
.qa-closest .qa-sources-title { color: #6b7280; font-weight: 500; }
.qa-excerpt mark { background: #fde68a; color: #111; padding: 0 1px; border-radius: 2px; }
"""

#: Glossary terms listed under an answer; a Chinese question can add twenty English ones.
MAX_TERMS_SHOWN = 8

#: Questions answered at once. An answer is ~20-50 ms of CPU plus a short streamed display
#: (sleeps), and the model is thread-safe for inference, so several run side by side; the
#: upload-and-rebuild handler has its own queue (one at a time) and never holds these up.
CHAT_CONCURRENCY = 8

_MARKER = re.compile(r"\[(\d+)\]")
_SPACE = re.compile(r"\s+")


# --- pure helpers: language and rendering -------------------------------------------------

def question_language(question: str) -> str:
    """"zh" for a question written mostly in Chinese, else "en"."""
    return "zh" if cjk_share(question or "") > 0.3 else "en"


def page_language(choice: str, question: str = "", current: str = "en") -> str:
    """The page's language: the switch's choice, or in "auto" the question's (else unchanged)."""
    if choice in UI:
        return choice
    return question_language(question) if question and question.strip() else current


def _text(s: str) -> str:
    """Document text as HTML text: escaped, whitespace folded (a blank line would end the
    chat's HTML block and let the rest be read as Markdown)."""
    return html.escape(_SPACE.sub(" ", s), quote=True)


def render_answer_text(text: str) -> str:
    """The answer's words escaped, each ``[n]`` marker styled (and still reading ``[n]``)."""
    escaped = _text(text)
    return _MARKER.sub(lambda m: f'<span class="qa-ref">[{m.group(1)}]</span>', escaped)


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
        parts.append(_text(text[pos:start]))
        parts.append(f"<mark>{_text(text[start:end])}</mark>")
        pos = end
    parts.append(_text(text[pos:]))
    return "".join(parts).strip()


def render_passages_html(passages: list[Passage], highlights: list[list[tuple[int, int]]],
                         lang: str = "en", heading: str | None = None) -> str:
    """Numbered passages: title, date, file, position and the escaped excerpt, with the
    ``highlights[i]`` spans of passage ``i`` in ``<mark>``."""
    if not passages:
        return ""
    ui = UI.get(lang, UI["en"])
    items = []
    for n, passage in enumerate(passages, 1):
        spans = highlights[n - 1] if n - 1 < len(highlights) else []
        date = f" · {_text(passage.date)}" if passage.date else ""
        page = f' · {ui["page"]} {passage.page}' if getattr(passage, "page", None) else ""
        items.append(
            '<div class="qa-source">'
            '<div class="qa-source-head">'
            f'<span class="qa-source-num">[{n}]</span>'
            f'<span class="qa-source-title">{_text(passage.title or passage.source)}</span>{date}'
            "</div>"
            f'<div class="qa-source-meta">{ui["file"]} <code>{_text(passage.source)}</code>'
            f' · {ui["position"]} {passage.start}–{passage.end}{page}</div>'
            f'<div class="qa-excerpt">{highlight_excerpt(passage.text, spans)}</div>'
            "</div>"
        )
    return (f'<div class="qa-sources"><div class="qa-sources-title">{heading or ui["sources"]}</div>'
            + "".join(items) + "</div>")


def render_sources_html(answer: Answer, lang: str = "en") -> str:
    """Each cited passage of an answer: number, title, file, position and the excerpt,
    the quoted sentences in ``<mark>``. All document text is escaped.

    >>> render_sources_html(engine.answer("..."), "en")  # doctest: +SKIP
    """
    return render_passages_html(answer.citations, answer.highlights, lang)


def _understood(rewritten: str | None, lang: str) -> str:
    if not rewritten:
        return ""
    return f'<div class="qa-understood"><b>{UI[lang]["understood"]}</b> {_text(rewritten)}</div>'


def render_partial_html(text: str, lang: str = "en", rewritten: str | None = None,
                        notes: list[str] | None = None) -> str:
    """A streaming answer so far (no sources yet)."""
    notes_html = "".join(f'<div class="qa-note">{_text(n)}</div>' for n in notes or [])
    return (f'<div class="qa-msg">{_understood(rewritten, lang)}'
            f'<div class="qa-answer qa-found">{render_answer_text(text)} ▌</div>{notes_html}</div>')


def render_answer_html(answer: Answer, lang: str = "en", rewritten: str | None = None,
                       notes: list[str] | None = None, closest: list[Passage] | None = None,
                       where: dict | None = None) -> str:
    """The whole chat message for an answer: what was understood, the answer with its
    markers (or a distinct "not in the documents" box), notes, the active filter ``where``
    (one line, so the reader knows the search was limited), then the sources; for an
    answer not found, the ``closest`` passages under a heading that says they do not answer.

    >>> render_answer_html(engine.answer("..."), "en")  # doctest: +SKIP
    """
    ui = UI.get(lang, UI["en"])
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
        extra.append(f'<div class="qa-note">{ui["searched_with"]} {_text(terms)}{more}</div>')
    for note in [*(notes or []), *answer.notes]:
        extra.append(f'<div class="qa-note">{_text(note)}</div>')
    if where:
        scope = ui["filter_active"].format(filter=describe_filter(where, lang))
        extra.append(f'<div class="qa-note qa-scope">{_text(scope)}</div>')
    return (f'<div class="qa-msg">{_understood(rewritten, lang)}{body}{"".join(extra)}'
            f"{render_sources_html(answer, lang)}"
            f"{'' if answer.found or not closest else _closest_html(closest, lang)}</div>")


def _closest_html(passages: list[Passage], lang: str) -> str:
    return f'<div class="qa-closest">{render_passages_html(passages, [], lang, UI[lang]["closest"])}</div>'


def render_no_match_html(where: dict, lang: str = "en", rewritten: str | None = None) -> str:
    """The message for a filter that leaves no document to search: say so, not "not found"."""
    text = UI[lang]["filter_empty"].format(filter=describe_filter(where, lang))
    return (f'<div class="qa-msg">{_understood(rewritten, lang)}'
            f'<div class="qa-answer qa-notfound qa-nomatch">⚠ {_text(text)}</div></div>')


def render_filter_error_html(message: str) -> str:
    """A bad filter field: what is wrong and what to type (nothing was searched)."""
    return f'<div class="qa-msg"><div class="qa-answer qa-notfound qa-filter-error">⚠ {_text(message)}</div></div>'


def stream_pieces(text: str, pieces: int = 6) -> list[str]:
    """Growing prefixes of ``text`` cut at spaces (or anywhere in Chinese): a cheap stream.

    >>> stream_pieces("the outpatient reimbursement ratio is 65 percent in Shandong", 3)[0]
    'the outpatient reimbursement'
    >>> stream_pieces("short text")
    ['short text']
    """
    if len(text) < 40:
        return [text]
    step = max(1, len(text) // pieces)
    cuts, pos = [], step
    while pos < len(text):
        space = text.find(" ", pos)
        cut = space if 0 < space < pos + step else pos
        cuts.append(cut)
        pos = cut + step
    return [text[:c].rstrip() for c in cuts if c > 0] + [text]


# --- the metadata filter --------------------------------------------------------------------

#: The region dropdown's "no region filter" value; no document's region is "*".
ALL_REGIONS = "*"

_DATE = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")


def normalise_date(text: str) -> str | None:
    """A typed date as the index writes dates ("YYYY", "YYYY-MM" or "YYYY-MM-DD"), or None
    when it is not a real date. The filter compares dates as string prefixes, so "2023-6"
    must become "2023-06".

    >>> normalise_date("2023/6"), normalise_date("2023/13"), normalise_date("last year")
    ('2023-06', None, None)
    """
    match = _DATE.fullmatch(text.strip())
    if not match:
        return None
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return "-".join(part.zfill(2) for part in (year, month, day) if part)


def parse_filter(region: str | None, date_from: str | None, date_to: str | None,
                 lang: str = "en") -> tuple[dict | None, str | None]:
    """The page's filter fields as ``(where, None)`` for the engine (``where`` None when
    nothing is set), or ``(None, message)`` saying in ``lang`` what is wrong and what to type.

    >>> parse_filter("Guangxi", "2023", "", "en")
    ({'region': 'Guangxi', 'date_from': '2023'}, None)
    """
    ui = UI.get(lang, UI["en"])
    where: dict[str, str] = {}
    region = (region or "").strip()
    if region and region != ALL_REGIONS:
        where["region"] = region
    for key, typed in (("date_from", date_from), ("date_to", date_to)):
        typed = (typed or "").strip()
        if not typed:
            continue
        iso = normalise_date(typed)
        if iso is None:
            return None, ui["bad_date"].format(field=ui[key], value=typed)
        where[key] = iso
    # The range is empty when the start, cut to the end's precision, comes after the end
    # ("2023-06" to "2023" is June to December; "2024" to "2023-06" is nothing).
    if "date_from" in where and "date_to" in where and where["date_from"][:len(where["date_to"])] > where["date_to"]:
        return None, ui["bad_range"].format(date_from=where["date_from"], date_to=where["date_to"])
    return where or None, None


def describe_filter(where: dict, lang: str = "en") -> str:
    """The filter in words, e.g. "region Guangxi, from 2025"."""
    ui = UI.get(lang, UI["en"])
    parts = [ui[f"filter_{name}"].format(where[key])
             for key, name in (("region", "region"), ("date_from", "from"), ("date_to", "to")) if where.get(key)]
    return ui["filter_join"].join(parts)


def filter_regions(engine: Engine) -> list[str]:
    """The regions of the loaded index's documents, sorted, one spelling each (the filter
    ignores case); [] while the index cannot be loaded (the first question says why)."""
    try:
        documents = engine.retriever.index.documents
    except IndexNotUsable:
        return []
    regions: dict[str, str] = {}
    for meta in documents.values():
        region = (meta.get("region") or "").strip()
        regions.setdefault(region.casefold(), region)
    return sorted((r for r in regions.values() if r), key=str.casefold)


def region_choices(regions: list[str], lang: str = "en") -> list[tuple[str, str]]:
    """The region dropdown's (label, value) choices: "All regions" first."""
    return [(UI.get(lang, UI["en"])["all_regions"], ALL_REGIONS), *((r, r) for r in regions)]


def filter_matches_any(engine: Engine, where: dict) -> bool:
    """Whether any indexed document passes the filter (the engine's own test)."""
    return any(matches_filter(meta, where) for meta in engine.retriever.index.documents.values())


# --- the answer modes ---------------------------------------------------------------------

def _generation():
    """The LLM module and its settings, or (None, None) when unavailable."""
    try:
        from qa import generation
    except ImportError:
        return None, None
    try:
        llm = generation.LLMSettings.from_env()
    except Exception:  # a malformed setting reads as "not configured"; the page says what to set
        return generation, None
    return generation, llm


def generative_available() -> bool:
    """Whether the generative mode can run (qa.generation present and QA_LLM_BASE_URL set)."""
    return _generation()[1] is not None


def iter_answer(engine: Engine, question: str, k: int, mode: str, lang: str,
                where: dict | None = None) -> Iterator[tuple[str | None, Answer | None, list[str]]]:
    """``(text_so_far, None, notes)`` while streaming, then ``(None, final_answer, notes)``;
    ``where`` limits the search to matching documents (``qa.retrieve``'s filter)."""
    notes: list[str] = []
    if mode == GENERATIVE:
        generation, llm = _generation()
        if llm is None:
            notes.append(UI[lang]["generative_off"])
        else:
            passages, fallback = engine.answer_with_passages(question, k=k, where=where)  # one retrieval for both
            final = None
            try:
                for text_so_far, maybe_final in generation.iter_generated_answer(question, passages, fallback, llm):
                    if maybe_final is not None:
                        final = maybe_final
                    elif text_so_far:
                        yield text_so_far, None, notes
            except Exception as exc:  # the network or the model failed: the quotes still answer
                notes.append(UI[lang]["llm_failed"].format(error=exc))
                final = fallback
            yield None, final or fallback, notes
            return
    answer = engine.answer(question, k=k, where=where, generate=False)  # the page's mode decides, not QA_LLM_BASE_URL
    if answer.found:
        for piece in stream_pieces(answer.text)[:-1]:
            yield piece, None, notes
            time.sleep(0.03)
    yield None, answer, notes


def chat_turn(engine: Engine, message: str, history: list[dict], asked: list[str],
              k: int = 5, mode: str = EXTRACTIVE, lang_choice: str = "auto",
              current_lang: str = "en", region: str | None = ALL_REGIONS, date_from: str | None = "",
              date_to: str | None = "") -> Iterator[tuple[list[dict], list[str], str]]:
    """One question in the chat, streamed: yields ``(history, asked, page_language)``.

    ``history`` holds the chat's messages (``{"role", "content"}``), ``asked`` the questions
    asked so far as understood, so "And in Shandong?" is read through the last one.
    ``region``, ``date_from`` and ``date_to`` are the page's filter fields (see ``parse_filter``).

    >>> *_, (history, asked, lang) = chat_turn(engine, "And in Shandong?", [], ["... in Shanxi?"])  # doctest: +SKIP
    """
    history = list(history or [])
    asked = list(asked or [])
    message = (message or "").strip()
    if not message:
        yield list(history), list(asked), current_lang
        return
    lang = page_language(lang_choice, message, current_lang)
    where, problem = parse_filter(region, date_from, date_to, lang)
    history.append({"role": "user", "content": message})
    if problem:  # nothing is searched: the reader fixes the field and asks again
        history.append({"role": "assistant", "content": render_filter_error_html(problem)})
        yield list(history), list(asked), lang
        return
    question = rewrite_followup(message, asked)
    rewritten = question if question != message else None
    history.append({"role": "assistant", "content": render_partial_html("", lang, rewritten)})
    yield list(history), list(asked), lang
    try:
        if where and not filter_matches_any(engine, where):
            history[-1] = {"role": "assistant", "content": render_no_match_html(where, lang, rewritten)}
            yield list(history), list(asked), lang
        else:
            for text, final, notes in iter_answer(engine, question, int(k), mode, lang, where):
                if final is None:
                    history[-1] = {"role": "assistant",
                                   "content": render_partial_html(text or "", lang, rewritten, notes)}
                else:
                    # The "not found" message promises the closest passages: show a few, within the filter.
                    closest = [] if final.found else engine.retrieve_many([question], k=min(int(k), 3), where=where)[0]
                    history[-1] = {"role": "assistant",
                                   "content": render_answer_html(final, lang, rewritten, notes, closest, where)}
                yield list(history), list(asked), lang
    except (ValueError, RuntimeError) as exc:
        history[-1] = {"role": "assistant",
                       "content": f'<div class="qa-msg qa-note">{_text(UI[lang]["error"].format(error=exc))}</div>'}
        yield list(history), list(asked), lang
        return
    asked.append(question)
    yield list(history), list(asked), lang


# --- adding documents from the page ---------------------------------------------------------

class _ProgressEmbedder:
    """The engine's embedder, reporting each batch it embeds (a build's visible progress)."""

    def __init__(self, embedder, on_batch):
        self._embedder = embedder
        self._on_batch = on_batch

    def encode(self, texts, *args, **kwargs):
        vectors = self._embedder.encode(texts, *args, **kwargs)
        self._on_batch(len(texts))
        return vectors

    def __getattr__(self, name):  # dimension, backend, ...: the engine's embedder's own
        return getattr(self._embedder, name)


def _upload_path(item) -> str | None:
    """A file path from what Gradio hands over (a path, a dict with "path", or a tempfile)."""
    if item is None:
        return None
    if isinstance(item, dict):
        return item.get("path") or item.get("name")
    if isinstance(item, (str, os.PathLike)):
        return os.fspath(item)
    return getattr(item, "name", None)


def add_documents(files, settings: Settings, engine: Engine | None = None,
                  max_bytes: int = MAX_UPLOAD_BYTES, poll: float = 0.3) -> Iterator[str]:
    """Copy uploaded files into the corpus, then update the index: yields the status text so far.

    The build runs in a background thread (only new documents are embedded) while this
    generator streams its progress; questions keep being answered from the current index
    meanwhile, and the new version is loaded as soon as it is in place. With no files it
    just brings the index up to date with the corpus (e.g. after a build was refused).

    >>> *_, status = add_documents(["/tmp/notice.txt"], settings)  # doctest: +SKIP
    """
    from qa.index import BuildInProgress, build_index

    lines: list[str] = []
    paths = [p for p in (_upload_path(f) for f in (files or [])) if p]
    if paths:
        results = add_files(paths, settings, max_bytes)
        lines.extend(message for _, _, message in results)
        saved = [name for _, name, _ in results if name]
        if not saved:
            lines.append("Nothing new to add: the index is unchanged. · 没有新文件，索引未改变。")
            yield "\n".join(lines)
            return
        lines.append(f"Updating the index with {len(saved)} new file(s); questions are answered from the "
                     "current index meanwhile. · 正在更新索引……")
    else:
        lines.append("No files chosen: bringing the index up to date with the corpus. · 未选择文件：按语料库更新索引。")
    yield "\n".join(lines)

    engine = engine or get_engine(settings)
    events: queue.Queue = queue.Queue()
    counted = {"done": 0, "total": 0}

    def on_log(message: str) -> None:
        match = re.match(r"embedding (\d+) chunks", message)
        if match:
            counted["total"] = int(match.group(1))
        events.put(("log", message))

    def on_batch(n: int) -> None:
        counted["done"] += n
        events.put(("progress", None))

    def work() -> None:
        try:
            report = build_index(settings, embedder=_ProgressEmbedder(engine.embedder, on_batch), log=on_log)
            engine.retriever  # load the new version now, so the next question does not wait for it
            events.put(("done", report))
        except BuildInProgress as exc:
            events.put(("busy", exc))
        except Exception as exc:  # shown on the page; the previous index keeps answering
            events.put(("error", exc))

    started = time.monotonic()
    threading.Thread(target=work, name="qa-add-documents", daemon=True).start()
    while True:
        try:
            kind, value = events.get(timeout=poll)
        except queue.Empty:
            kind, value = "tick", None
        elapsed = time.monotonic() - started
        if kind == "log":
            lines.append(str(value))
        elif kind == "done":
            lines.append(value.summary())
            lines.append(f"Done in {elapsed:.1f} s: the next question uses the new index. · 完成：下一个问题将使用新索引。")
            yield "\n".join(lines)
            return
        elif kind == "busy":
            lines.append(f"Not rebuilt: {value}. The files are saved in the corpus; press the button again "
                         "(no files needed) when that build has finished. · 另一个索引构建正在运行，请稍后再试。")
            yield "\n".join(lines)
            return
        elif kind == "error":
            lines.append(f"The index was not updated ({type(value).__name__}: {value}); the previous index "
                         "keeps answering. · 索引更新失败，仍使用原索引。")
            yield "\n".join(lines)
            return
        progress = (f"embedded {counted['done']}/{counted['total']} chunks, " if counted["total"] else "")
        yield "\n".join([*lines, f"… {progress}{elapsed:.0f} s"])


# --- the page -----------------------------------------------------------------------------

def _labels(lang: str, gen_ok: bool, regions: list[str]) -> tuple:
    """Updates for the labelled components, in the order ``build_app`` lists them; the
    region choices are refreshed too (``regions``: those of the index now)."""
    ui = UI.get(lang, UI["en"])
    return (
        f"## {ui['title']}\n{ui['intro']}",
        gr.update(label=ui["chat"]),
        gr.update(label=ui["question"], placeholder=ui["placeholder"]),
        gr.update(value=ui["send"]),
        gr.update(value=ui["clear"]),
        gr.update(label=ui["k"]),
        gr.update(label=ui["mode"], choices=[(ui["extractive"], EXTRACTIVE), (ui["generative"], GENERATIVE)],
                  info=ui["generative_on"] if gen_ok else ui["generative_needs"]),
        gr.update(label=ui["language"]),
        gr.update(label=ui["filter"]),
        gr.update(label=ui["region"], choices=region_choices(regions, lang)),
        gr.update(label=ui["date_from"], placeholder=ui["date_placeholder"]),
        gr.update(label=ui["date_to"], placeholder=ui["date_placeholder"]),
    )


def build_app(settings: Settings | None = None, uploads: bool = True) -> gr.Blocks:
    """The chat page over the engine for ``settings`` (loaded now if not yet: the region
    filter lists the index's regions).

    ``uploads=False`` leaves out the "Add documents" panel (and its API endpoint).

    >>> build_app().launch(server_name="127.0.0.1")  # doctest: +SKIP
    """
    settings = settings or Settings.from_env()
    engine = get_engine(settings)
    gen_ok = generative_available()
    ui = UI["en"]
    with gr.Blocks(title="Medical insurance policy Q&A · 医保政策问答", analytics_enabled=False) as demo:
        page_lang = gr.State("en")
        asked = gr.State([])
        header = gr.Markdown(f"## {ui['title']}\n{ui['intro']}", elem_id="qa-header")
        with gr.Row():
            with gr.Column(scale=4):
                chatbot = gr.Chatbot(label=ui["chat"], height=620, elem_id="qa-chat", latex_delimiters=[],
                                     buttons=["copy"], feedback_options=None, sanitize_html=True)
                with gr.Row():
                    box = gr.Textbox(label=ui["question"], placeholder=ui["placeholder"], scale=5,
                                     elem_id="qa-question", autofocus=True, lines=1, max_lines=4)
                    send = gr.Button(ui["send"], variant="primary", scale=1, elem_id="qa-send")
                clear = gr.Button(ui["clear"], size="sm", elem_id="qa-clear")
                gr.Examples(EXAMPLES, inputs=box, label="Examples · 示例问题")
            with gr.Column(scale=1, min_width=220):
                lang_choice = gr.Radio([("Auto", "auto"), ("English", "en"), ("中文", "zh")], value="auto",
                                       label=ui["language"], elem_id="qa-lang")
                k = gr.Slider(1, 10, value=5, step=1, label=ui["k"], elem_id="qa-k")
                mode = gr.Radio(
                    [(ui["extractive"], EXTRACTIVE), (ui["generative"], GENERATIVE)], value=EXTRACTIVE,
                    label=ui["mode"], interactive=gen_ok, elem_id="qa-mode",
                    info=ui["generative_on"] if gen_ok else ui["generative_needs"],
                )
                with gr.Accordion(ui["filter"], open=True, elem_id="qa-filter") as filter_box:
                    region_pick = gr.Dropdown(region_choices(filter_regions(engine)), value=ALL_REGIONS,
                                              label=ui["region"], elem_id="qa-region")
                    # Initial values make the three optional in the /chat API (qa.tools.loadtest sends none).
                    date_from_box = gr.Textbox("", label=ui["date_from"], placeholder=ui["date_placeholder"],
                                               max_lines=1, elem_id="qa-date-from")
                    date_to_box = gr.Textbox("", label=ui["date_to"], placeholder=ui["date_placeholder"],
                                             max_lines=1, elem_id="qa-date-to")
                if uploads:
                    from qa import corpus as _corpus

                    with gr.Accordion("Add documents · 添加文档", open=False, elem_id="qa-add"):
                        gr.Markdown(
                            f"Types: {', '.join(_corpus.SUPPORTED_SUFFIXES)}; up to "
                            f"{MAX_UPLOAD_BYTES // (1024 * 1024)} MB each. Only the new files are indexed; "
                            "questions are answered meanwhile. · 支持上述格式，每个文件不超过 "
                            f"{MAX_UPLOAD_BYTES // (1024 * 1024)} MB。")
                        upload_files = gr.File(file_count="multiple", type="filepath", label="Files · 文件",
                                               elem_id="qa-files")
                        add_button = gr.Button("Add and rebuild · 添加并重建索引", elem_id="qa-add-button")
                        add_status = gr.Textbox(label="Status · 状态", lines=6, max_lines=14, interactive=False,
                                                elem_id="qa-add-status", autoscroll=True)
        labelled = [header, chatbot, box, send, clear, k, mode, lang_choice,
                    filter_box, region_pick, date_from_box, date_to_box]

        def respond(message, history, asked_so_far, k_value, mode_value, choice, current,
                    region, date_from, date_to):
            # A bad date keeps the question in the box: fix the date and press Enter again.
            keep = message if parse_filter(region, date_from, date_to)[1] else ""
            for history_now, asked_now, lang in chat_turn(engine, message, history, asked_so_far, k_value,
                                                          mode_value, choice, current, region, date_from, date_to):
                yield history_now, asked_now, lang, keep

        def relabel(lang):
            return _labels(lang, gen_ok, filter_regions(engine))

        def switch(choice, current):
            lang = page_language(choice, "", current)
            return (lang, *relabel(lang))

        def regions_now(lang):
            return gr.update(choices=region_choices(filter_regions(engine), lang))

        inputs = [box, chatbot, asked, k, mode, lang_choice, page_lang, region_pick, date_from_box, date_to_box]
        outputs = [chatbot, asked, page_lang, box]
        # One public endpoint, "/chat" (the Enter key); the button runs the same handler.
        # Both share one queue of CHAT_CONCURRENCY workers, apart from the upload's queue.
        for trigger, visibility in ((box.submit, "public"), (send.click, "private")):
            trigger(respond, inputs, outputs, api_name="chat" if visibility == "public" else "chat_button",
                    api_visibility=visibility, show_progress="minimal",
                    concurrency_limit=CHAT_CONCURRENCY, concurrency_id="chat").then(
                relabel, [page_lang], labelled, api_visibility="private", queue=False)
        if uploads:
            def upload(files):
                yield from add_documents(files, settings, engine)

            # Its own queue, one at a time: a rebuild never takes a chat worker.
            add_button.click(upload, [upload_files], [add_status], api_name="add_documents",
                             api_visibility="undocumented", concurrency_limit=1, concurrency_id="upload",
                             show_progress="minimal").then(
                regions_now, [page_lang], [region_pick], api_visibility="private", queue=False)
        clear.click(lambda: ([], []), None, [chatbot, asked], api_visibility="private", queue=False)
        lang_choice.change(switch, [lang_choice, page_lang], [page_lang, *labelled],
                           api_visibility="private", queue=False)
        # A page opened after a build (here or by `qa build`) lists that index's regions.
        demo.load(regions_now, [page_lang], [region_pick], api_visibility="private", queue=False)
    return demo


THEME = gr.themes.Default(
    # System fonts only: nothing is fetched from a font server.
    font=["system-ui", "-apple-system", "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC",
          "Microsoft YaHei", "sans-serif"],
    font_mono=["ui-monospace", "Consolas", "DejaVu Sans Mono", "monospace"],
)


def launch_kwargs() -> dict:
    """What ``main`` passes to ``launch`` besides host and port (tests launch the same way)."""
    # Gradio refuses files over twice the upload limit outright; smaller ones over the limit
    # reach add_files, which says what the limit is.
    return dict(share=False, theme=THEME, css=CSS, ssr_mode=False, mcp_server=False,
                footer_links=["api"], show_error=True, max_file_size=2 * MAX_UPLOAD_BYTES)


def main(host: str = "127.0.0.1", port: int = 7860, settings: Settings | None = None) -> int:
    """Load the index once, then serve the chat until interrupted.

    >>> main(port=7861)  # doctest: +SKIP
    """
    settings = settings or Settings.from_env()
    engine = get_engine(settings)
    started = time.perf_counter()
    engine.retriever  # builds the index on first use, loads it and the model once
    print(f"qa: index {settings.index_dir}/ loaded in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    demo = build_app(settings)
    print(f"qa: chat on http://{host}:{port}", flush=True)
    demo.queue(default_concurrency_limit=CHAT_CONCURRENCY)
    demo.launch(server_name=host, server_port=port, **launch_kwargs())
    return 0


if __name__ == "__main__":
    sys.exit(main())
