"""One chat turn, streamed: the page's question handler and its answer modes.

The question is text: it is shown as typed (escaped) and searched without markup
(``qa.web.text``). Follow-ups go through the library's own path (``history`` of
``Engine.answer``), and ``Answer.rewritten`` says what was understood.
"""
from __future__ import annotations

import time
from collections.abc import Iterator

from qa.followup import orphan_followup
from qa.records import Answer
from qa.tokenization import cjk_share
from qa.web.documents import upload_marks
from qa.web.filters import ALL_REGIONS, filter_matches_any, parse_filter
from qa.web.render import (render_answer_html, render_error_html, render_filter_error_html, render_no_match_html,
                           render_partial_html)
from qa.web.strings import UI, ui_strings
from qa.web.text import plain_question, question_bubble

EXTRACTIVE = "extractive"
GENERATIVE = "generative"

#: Questions answered at once. An answer is ~20-50 ms of CPU plus a short streamed display
#: (sleeps), and the model is thread-safe for inference, so several run side by side; the
#: upload-and-rebuild handler has its own queue (one at a time) and never holds these up.
CHAT_CONCURRENCY = 8


def question_language(question: str) -> str:
    """"zh" for a question written mostly in Chinese, else "en".

    >>> question_language("四川有多少比例？"), question_language("How much?")
    ('zh', 'en')
    """
    return "zh" if cjk_share(question or "") > 0.3 else "en"


def page_language(choice: str, question: str = "", current: str = "en") -> str:
    """The page's language: the switch's choice, or in "auto" the question's (else unchanged)."""
    if choice in UI:
        return choice
    return question_language(question) if question and question.strip() else current


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


def iter_answer(engine, question: str, k: int, mode: str, lang: str, where: dict | None = None,
                history: list[str] | None = None) -> Iterator[tuple[str | None, Answer | None, list[str], str | None]]:
    """``(text_so_far, None, notes, rewritten)`` while streaming, then ``(None, final_answer,
    notes, rewritten)``; ``where`` limits the search to matching documents, ``history`` holds
    the earlier questions, ``rewritten`` is the question answered when it is not the one typed."""
    notes: list[str] = []
    if mode == GENERATIVE:
        generation, llm = _generation()
        if llm is None:
            notes.append(ui_strings(lang)["generative_off"])
        else:
            # One retrieval for both the model's passages and the fallback.
            passages, fallback = engine.answer_with_passages(question, k=k, where=where, history=history)
            asked = fallback.rewritten or question
            final = None
            try:
                for text_so_far, maybe_final in generation.iter_generated_answer(asked, passages, fallback, llm):
                    if maybe_final is not None:
                        final = maybe_final
                    elif text_so_far:
                        yield text_so_far, None, notes, fallback.rewritten
            except Exception as exc:  # the network or the model failed: the quotes still answer
                notes.append(ui_strings(lang)["llm_failed"].format(error=exc))
                final = fallback
            final = final or fallback
            yield None, final, notes, fallback.rewritten
            return
    # The page's mode decides, not QA_LLM_BASE_URL.
    answer = engine.answer(question, k=k, where=where, generate=False, history=history)
    if answer.found:
        for piece in stream_pieces(answer.text)[:-1]:
            yield piece, None, notes, answer.rewritten
            time.sleep(0.03)
    yield None, answer, notes, answer.rewritten


def chat_turn(engine, message: str, history: list[dict], asked: list[str],
              k: int = 5, mode: str = EXTRACTIVE, lang_choice: str = "auto",
              current_lang: str = "en", region: str | None = ALL_REGIONS, date_from: str | None = "",
              date_to: str | None = "") -> Iterator[tuple[list[dict], list[str], str]]:
    """One question in the chat, streamed: yields ``(history, asked, page_language)``.

    ``history`` holds the chat's messages (``{"role", "content"}``), ``asked`` the questions
    asked so far as understood, so "And in Shandong?" is read through the last one.
    ``region``, ``date_from`` and ``date_to`` are the page's filter fields (see ``parse_filter``).
    The user's message is shown as typed, as text; the question searched is its plain text.

    >>> *_, (history, asked, lang) = chat_turn(engine, "And in Shandong?", [], ["... in Shanxi?"])  # doctest: +SKIP
    """
    history = list(history or [])
    asked = list(asked or [])
    message = (message or "").strip()
    question = plain_question(message)
    if not message:
        yield list(history), list(asked), current_lang
        return
    lang = page_language(lang_choice, question, current_lang)
    where, problem = parse_filter(region, date_from, date_to, lang)
    history.append({"role": "user", "content": question_bubble(message)})
    if problem:  # nothing is searched: the reader fixes the field and asks again
        history.append({"role": "assistant", "content": render_filter_error_html(problem)})
        yield list(history), list(asked), lang
        return
    history.append({"role": "assistant", "content": render_partial_html("", lang)})
    yield list(history), list(asked), lang
    understood = question
    try:
        if not question:
            raise ValueError("the question has no words once its markup is removed: type the question as text")
        if where and not filter_matches_any(engine, where):
            history[-1] = {"role": "assistant", "content": render_no_match_html(where, lang)}
            yield list(history), list(asked), lang
        else:
            for text, final, notes, rewritten in iter_answer(engine, question, int(k), mode, lang, where, asked):
                if final is None:
                    history[-1] = {"role": "assistant",
                                   "content": render_partial_html(text or "", lang, rewritten, notes)}
                else:
                    understood = rewritten or question
                    orphan = orphan_followup(question, asked)  # nothing to follow: no passages to offer
                    # The "not found" message promises the closest passages: show a few, within the filter.
                    closest = [] if final.found or orphan else engine.retrieve_many(
                        [understood], k=min(int(k), 3), where=where)[0]
                    marks = upload_marks(engine.settings.corpus_dir,
                                         [p.source for p in [*final.citations, *closest]])
                    history[-1] = {"role": "assistant",
                                   "content": render_answer_html(final, lang, rewritten, notes, closest,
                                                                 where, marks)}
                yield list(history), list(asked), lang
    except (ValueError, RuntimeError) as exc:
        history[-1] = {"role": "assistant", "content": render_error_html(str(exc), lang)}
        yield list(history), list(asked), lang
        return
    if not orphan_followup(question, asked):  # a fragment is no question for the next one to follow
        asked.append(understood)
    yield list(history), list(asked), lang
