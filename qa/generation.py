"""Optional generative answers from any OpenAI-compatible chat endpoint, checked against the passages.

Ollama, vLLM, llama.cpp's server and hosted APIs all speak the same ``/chat/completions``
protocol, so one base URL, one model name and (where needed) one key select the model:

    QA_LLM_BASE_URL=http://127.0.0.1:11434/v1  QA_LLM_MODEL=qwen2.5:7b  qa chat

The model sees only the retrieved passages, numbered ``[1]..[n]``, and is told to cite them.
Its reply is not trusted as it stands: markers that point to no passage are dropped, the
rest are renumbered in order of first use (as the extractive answer numbers them), and every
figure is looked up in the passages its sentence cites; figures that are not there are
listed in ``Answer.notes``. A reply that cites no passage at all, an error, an HTTP error
status, a time-out or an empty reply gives the extractive answer instead, with a note
saying why, so a chat never ends on a model's failure.

Nothing is sent anywhere but the configured base URL: proxy variables are ignored
(``trust_env=False``) and redirects are not followed.
"""
from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from qa.records import Answer, Passage

DEFAULT_TIMEOUT = 30.0
#: A grounded answer wants the most likely wording, not variety.
TEMPERATURE = 0
#: How much of an error body goes into a note (error pages can be long HTML).
MAX_ERROR_CHARS = 200

SYSTEM_PROMPT = (
    "You answer questions about Chinese medical-insurance policy using only the numbered "
    "passages the user gives you.\n"
    "Rules:\n"
    "1. Use only facts stated in the passages; do not add outside knowledge.\n"
    "2. Cite every claim with the number of the passage it comes from, in square brackets "
    "right after the claim, e.g. [1] or [2][3]. Cite only the numbers given.\n"
    "3. Copy figures (amounts, percentages, dates, counts) exactly as the passages write them.\n"
    "4. If the passages do not contain the answer, say that you cannot answer from these "
    "documents, and cite nothing.\n"
    "5. Answer in the language of the question (Chinese for a Chinese question, English for "
    "an English one), briefly: a few sentences."
)

# A passage's own footnote markers ("... 85% [2][3]") would read as citations to the model.
_DOC_MARKERS = re.compile(r"\s*(\[\d+\])+")
# "[1]", "[1, 2]", "[1][2]", "【1】": up to three digits, so "[2023]" is never taken for one.
_MARKER_GROUP = re.compile(r"([ \t]*)[\[【]\s*(\d{1,3}(?:\s*[,，、]\s*\d{1,3})*)\s*[\]】]")
_MARKER = re.compile(r"\[(\d{1,3})\]")  # after renumbering, only real markers look so
_REPEATED_MARKER = re.compile(r"(\[(\d+)\])(?:\s*\[\2\])+")
# A sentence of the reply with the markers that follow its end ("比例为70%。[1]").
_REPLY_SENTENCE = re.compile(r".+?(?:[。！？!?；;]+|\.(?=\s|$)|\n|$)(?:\s*\[\d{1,3}\])*", re.S)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# "1. ", "2) ", "3、", "(4)": list numbering is not a figure to check.
_ENUMERATOR = re.compile(r"^[ \t]*(?:[-*•][ \t]*)?(?:\d{1,2}[.)、．](?!\d)|[(（]\d{1,2}[)）])", re.M)
# Reasoning models (deepseek-r1, qwen3) stream their thinking inside the content.
_THINK_BLOCK = re.compile(r"<think>.*?(?:</think>|$)", re.S)


@dataclass(frozen=True)
class LLMSettings:
    """Where the chat model is: ``LLMSettings("http://127.0.0.1:11434/v1", "qwen2.5:7b")``."""

    base_url: str
    model: str
    api_key: str = field(default="", repr=False)
    timeout: float = DEFAULT_TIMEOUT  # seconds to wait for the reply to start, or to go on

    def __post_init__(self):
        url = (self.base_url or "").strip().rstrip("/")
        # A pasted endpoint URL is accepted: the base is what comes before it.
        if url.endswith("/chat/completions"):
            url = url[: -len("/chat/completions")]
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(
                f"QA_LLM_BASE_URL must be an http(s) URL such as http://127.0.0.1:11434/v1, "
                f"got {self.base_url!r}")
        if parts.query or parts.fragment:
            raise ValueError(f"QA_LLM_BASE_URL must have no query or fragment, got {self.base_url!r}")
        model = (self.model or "").strip()
        if not model:
            raise ValueError(
                f"QA_LLM_BASE_URL is set ({url}) but QA_LLM_MODEL is not: set it to the model's "
                f"name at that server, e.g. QA_LLM_MODEL=qwen2.5:7b")
        if not self.timeout > 0:
            raise ValueError(f"QA_LLM_TIMEOUT must be a number of seconds above 0, got {self.timeout!r}")
        object.__setattr__(self, "base_url", url)
        object.__setattr__(self, "model", model)
        object.__setattr__(self, "timeout", float(self.timeout))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "LLMSettings | None":
        """The settings from QA_LLM_BASE_URL, QA_LLM_MODEL, QA_LLM_API_KEY (else OPENAI_API_KEY)
        and QA_LLM_TIMEOUT; None when QA_LLM_BASE_URL is unset (answers stay extractive).

        >>> LLMSettings.from_env({"QA_LLM_BASE_URL": "http://127.0.0.1:11434/v1", "QA_LLM_MODEL": "m"}).timeout
        30.0
        """
        env = os.environ if environ is None else environ
        base_url = (env.get("QA_LLM_BASE_URL") or "").strip()
        if not base_url:
            return None
        raw_timeout = (env.get("QA_LLM_TIMEOUT") or "").strip()
        try:
            timeout = float(raw_timeout) if raw_timeout else DEFAULT_TIMEOUT
        except ValueError:
            raise ValueError(f"QA_LLM_TIMEOUT must be a number of seconds, got {raw_timeout!r}") from None
        api_key = env.get("QA_LLM_API_KEY") or env.get("OPENAI_API_KEY") or ""
        return cls(base_url=base_url, model=env.get("QA_LLM_MODEL") or "",
                   api_key=api_key.strip(), timeout=timeout)

    @property
    def endpoint(self) -> str:
        return self.base_url + "/chat/completions"


def build_messages(question: str, passages: list[Passage]) -> list[dict]:
    """The chat messages: the rules, then the numbered passages and the question.

    >>> build_messages("报销比例是多少？", [Passage("比例为70%。", "a.txt", "通知", 1.0, 0, 6)])[1]["content"].splitlines()[2:4]
    ['[1] 通知', '比例为70%。']
    """
    blocks = []
    for n, passage in enumerate(passages, 1):
        heading = f"[{n}] {passage.title or passage.source}"
        if passage.date:
            heading += f" ({passage.date})"
        text = _DOC_MARKERS.sub("", passage.text).strip()
        blocks.append(f"{heading}\n{text}")
    user = ("Passages:\n\n" + "\n\n".join(blocks) + f"\n\nQuestion: {question.strip()}\n\n"
            "Answer from the passages above only, citing them as [n].")
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}]


def visible_text(text: str) -> str:
    """The reply without a reasoning model's ``<think>...</think>`` block (closed or still open)."""
    return _THINK_BLOCK.sub("", text).strip()


def _figures(text: str) -> list[str]:
    """The figures written in ``text``, citation markers and list numbering aside, commas removed."""
    text = unicodedata.normalize("NFKC", text)
    text = _ENUMERATOR.sub("", _MARKER.sub("", text))
    return [n.replace(",", "") for n in _NUMBER.findall(text)]


def _best_sentence(claim: str, passage: Passage) -> tuple[int, int] | None:
    """The passage sentence sharing the most words with ``claim`` (the one it paraphrases)."""
    from qa.chunking import split_sentences
    from qa.tokenization import tokenize

    words = set(tokenize(_MARKER.sub("", claim)))
    if not words:
        return None
    best, best_overlap = None, 0
    for start, end in split_sentences(passage.text):
        overlap = len(words & set(tokenize(passage.text[start:end])))
        if overlap > best_overlap:
            best, best_overlap = (start, end), overlap
    # One shared word is chance; a quoted sentence shares several, or most of a short claim.
    return best if best_overlap >= min(2, len(words)) else None


def check_generated(text: str, passages: list[Passage], question: str = "") -> Answer:
    """A model's reply made safe to show: valid markers only, renumbered; unsupported figures noted.

    ``found`` is False when no valid marker is left (nothing in the reply can be traced).

    >>> p = [Passage("比例为70%。", "a.txt", "A", 1.0, 0, 6), Passage("限额为5万元。", "b.txt", "B", 1.0, 0, 7)]
    >>> check_generated("限额5万元[2]，比例70%[1][7]。", p).text
    '限额5万元[1]，比例70%[2]。'
    """
    text = visible_text(text)
    order: list[int] = []  # passage indexes, in order of first use
    dropped: list[int] = []

    def renumber(match: re.Match) -> str:
        new = []
        for raw in re.split(r"\s*[,，、]\s*", match.group(2)):
            n = int(raw)
            if not 1 <= n <= len(passages):
                if n not in dropped:
                    dropped.append(n)
                continue
            if n - 1 not in order:
                order.append(n - 1)
            marker = f"[{order.index(n - 1) + 1}]"
            if marker not in new:
                new.append(marker)
        # A dropped marker takes the space before it along ("70% [7]." -> "70%.").
        return match.group(1) + "".join(new) if new else ""

    text = _MARKER_GROUP.sub(renumber, text)
    text = _REPEATED_MARKER.sub(r"\1", text).strip()
    citations = [passages[i] for i in order]

    unsupported: list[str] = []
    highlights: list[list[tuple[int, int]]] = [[] for _ in citations]
    cited_figures = [set(_figures(p.text)) for p in citations]  # once per passage, not per sentence
    all_cited = set().union(*cited_figures)
    for sentence in _REPLY_SENTENCE.findall(text):
        cited = sorted({int(m) - 1 for m in _MARKER.findall(sentence)})
        # An uncited sentence is held to every cited passage rather than waved through.
        known = set().union(*(cited_figures[i] for i in cited)) if cited else all_cited
        for figure in _figures(sentence):
            if figure not in known and figure not in unsupported:
                unsupported.append(figure)
        for i in cited:
            span = _best_sentence(sentence, citations[i])
            if span and span not in highlights[i]:
                highlights[i].append(span)

    notes = []
    if dropped:
        notes.append("dropped citation markers that point to no passage: "
                     + ", ".join(f"[{n}]" for n in dropped))
    if unsupported:
        notes.append("figures not found in the cited passages (check them against the sources): "
                     + ", ".join(unsupported))
    return Answer(text=text, found=bool(citations), citations=citations, question=question,
                  highlights=highlights, notes=notes)


def _error_detail(body: bytes) -> str:
    """The server's own error message when it sent one, else the start of the body."""
    raw = body.decode("utf-8", "replace").strip()
    try:
        error = json.loads(raw).get("error")
        message = error.get("message") if isinstance(error, dict) else error
        if message:
            raw = str(message)
    except (ValueError, AttributeError):
        pass
    raw = " ".join(raw.split())
    return raw[:MAX_ERROR_CHARS] + ("…" if len(raw) > MAX_ERROR_CHARS else "")


class _ModelError(Exception):
    """The endpoint answered, but not with a usable reply (the message says how)."""


def _delta_text(event: dict) -> str:
    if event.get("error"):
        raise _ModelError(f"sent an error: {_error_detail(json.dumps(event).encode())}")
    choices = event.get("choices") or []
    if not choices:
        return ""
    choice = choices[0]
    # Streamed chunks carry "delta"; a server that ignores "stream" sends one "message".
    content = (choice.get("delta") or choice.get("message") or {}).get("content")
    return content if isinstance(content, str) else ""


def _stream_reply(settings: LLMSettings, messages: list[dict]) -> Iterator[str]:
    """The pieces of the model's reply as they arrive; raises on any failure."""
    import httpx

    headers = {"Accept": "text/event-stream"}
    if settings.api_key:
        headers["Authorization"] = f"Bearer {settings.api_key}"
    payload = {"model": settings.model, "messages": messages, "stream": True, "temperature": TEMPERATURE}
    with httpx.Client(timeout=httpx.Timeout(settings.timeout), trust_env=False,
                      follow_redirects=False) as client:
        with client.stream("POST", settings.endpoint, json=payload, headers=headers) as response:
            if response.status_code >= 400:
                detail = _error_detail(response.read())
                raise _ModelError(f"answered HTTP {response.status_code}" + (f": {detail}" if detail else ""))
            if response.status_code >= 300:
                raise _ModelError(f"answered HTTP {response.status_code} (a redirect; check QA_LLM_BASE_URL)")
            if "text/event-stream" not in response.headers.get("content-type", ""):
                try:
                    yield _delta_text(json.loads(response.read()))
                except ValueError:
                    raise _ModelError("sent a reply that is neither a stream nor JSON") from None
                return
            for line in response.iter_lines():
                line = line.strip()
                if not line.startswith("data:"):
                    continue  # comments, "event:" lines and keep-alives
                data = line[len("data:"):].strip()
                if data == "[DONE]":
                    return
                try:
                    event = json.loads(data)
                except ValueError:
                    raise _ModelError(f"sent a line that is not JSON: {data[:80]!r}") from None
                piece = _delta_text(event)
                if piece:
                    yield piece


def _with_note(answer: Answer, note: str) -> Answer:
    return replace(answer, notes=[*answer.notes, note])


def iter_generated_answer(question: str, passages: list[Passage], fallback_answer: Answer,
                          llm_settings: LLMSettings) -> Iterator[tuple[str, Answer | None]]:
    """``(text so far, None)`` while the reply streams in, then ``(final text, Answer)``.

    The texts so far are the reply as it comes (unchecked, for the chat to show it growing);
    the final text replaces them: the checked reply, or ``fallback_answer`` with a note
    saying why the model's reply is not shown.

    >>> for text, final in iter_generated_answer(q, passages, extractive, LLMSettings.from_env()): ...  # doctest: +SKIP
    """
    import httpx

    where = f"the language model at {llm_settings.base_url}"

    def fall_back(why: str):
        answer = _with_note(fallback_answer, f"{why}; showing the extractive answer")
        return answer.text, answer

    if not passages:
        yield fall_back("no passages were retrieved to give the language model")
        return
    reply = ""
    try:
        for piece in _stream_reply(llm_settings, build_messages(question, passages)):
            reply += piece
            shown = visible_text(reply)
            if shown:
                yield shown, None
    except httpx.TimeoutException:
        if reply:
            yield fall_back(f"{where} stopped answering for {llm_settings.timeout:g} s")
        else:
            yield fall_back(f"{where} did not answer in {llm_settings.timeout:g} s")
        return
    except httpx.HTTPError as error:
        yield fall_back(f"{where} could not be reached ({type(error).__name__}: {error})")
        return
    except _ModelError as error:
        yield fall_back(f"{where} {error}")
        return
    except Exception as error:  # noqa: BLE001 - whatever went wrong, the chat still gets an answer
        yield fall_back(f"{where} failed ({type(error).__name__}: {error})")
        return
    if not visible_text(reply):
        yield fall_back(f"{where} gave an empty reply")
        return
    checked = check_generated(reply, passages, question=question)
    if not checked.found:
        yield fall_back(f"{where} cited none of the passages (it may have found no answer in them)")
        return
    final = replace(checked, expanded_terms=fallback_answer.expanded_terms, notes=[
        f"written by the language model {llm_settings.model} from the cited passages",
        *checked.notes])
    yield final.text, final


def generate_answer(question: str, passages: list[Passage], fallback_answer: Answer,
                    llm_settings: LLMSettings) -> Answer:
    """The checked generated answer, or ``fallback_answer`` with a note when the model fails.

    >>> generate_answer(q, passages, extractive, LLMSettings.from_env()).text  # doctest: +SKIP
    """
    final = fallback_answer
    for _, answer in iter_generated_answer(question, passages, fallback_answer, llm_settings):
        if answer is not None:
            final = answer
    return final
