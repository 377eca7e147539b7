"""Generative answers against a small OpenAI-compatible server on 127.0.0.1.

The server stands in for the model: it streams a scripted reply as server-sent events
(or fails, or stalls, as a test asks). The HTTP client, the prompt, the checking of the
reply and the fall-back to the extractive answer are the real code.
"""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from qa.generation import (
    LLMSettings,
    build_messages,
    check_generated,
    generate_answer,
    iter_generated_answer,
)
from qa.records import Answer, Passage

PASSAGES = [
    Passage(text="山东省基层医疗机构门诊报销比例提高到70%。年度支付限额为2,000元。",
            source="shandong.txt", title="山东省门诊保障通知", score=0.9, start=0, end=37,
            date="2023-05-01", chunk_id=3),
    Passage(text="Centralized procurement cut insulin prices by an average of 48% [2][3]. "
                 "The programme covered 120 hospitals.",
            source="procurement.md", title="Drug procurement", score=0.7, start=10, end=120,
            chunk_id=8),
]
FALLBACK = Answer(text="山东省基层医疗机构门诊报销比例提高到70%。 [1]", found=True,
                  citations=[PASSAGES[0]], question="山东门诊报销比例是多少？",
                  expanded_terms=["outpatient"])
QUESTION = "山东门诊报销比例是多少？"


class FakeModel:
    """What the stand-in server will do next, and what it was sent."""

    def __init__(self):
        self.chunks: list[str] = []
        self.status = 200
        self.error_body = ""
        self.delay = 0.0  # seconds before the response starts
        self.stall_after: int | None = None  # stop sending (without closing) after this many chunks
        self.as_json = False  # one JSON completion instead of a stream
        self.requests: list[dict] = []
        self.release = threading.Event()  # ends any delay or stall when a test is over


def make_handler(model: FakeModel):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):  # keep pytest's output clean
            pass

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            model.requests.append({"path": self.path, "headers": dict(self.headers),
                                   "json": json.loads(body)})
            if model.delay and model.release.wait(model.delay):
                return
            try:
                self._respond()
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a time-out test)

        def _respond(self):
            if model.status >= 400:
                payload = model.error_body.encode()
                self.send_response(model.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
                return
            if model.as_json:
                payload = json.dumps({"choices": [{"index": 0, "message": {
                    "role": "assistant", "content": "".join(model.chunks)}}]}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b": keep-alive comment\n\n")
            first = {"choices": [{"index": 0, "delta": {"role": "assistant"}}]}
            self.wfile.write(f"data: {json.dumps(first)}\n\n".encode())
            for i, chunk in enumerate(model.chunks):
                if model.stall_after is not None and i == model.stall_after:
                    self.wfile.flush()
                    model.release.wait(5)
                    return
                event = {"id": "x", "object": "chat.completion.chunk",
                         "choices": [{"index": 0, "delta": {"content": chunk}, "finish_reason": None}]}
                self.wfile.write(f"data: {json.dumps(event, ensure_ascii=False)}\n\n".encode())
                self.wfile.flush()
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()
            self.close_connection = True

    return Handler


@pytest.fixture
def fake_model():
    model = FakeModel()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(model))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    model.settings = LLMSettings(base_url=f"http://127.0.0.1:{server.server_address[1]}/v1",
                                 model="test-model", api_key="sk-test-123", timeout=5)
    yield model
    model.release.set()
    server.shutdown()
    server.server_close()


def stream(model: FakeModel, passages=PASSAGES):
    return list(iter_generated_answer(QUESTION, passages, FALLBACK, model.settings))


# --- streaming and checking ---------------------------------------------------------------

def test_cited_reply_streams_then_is_checked(fake_model):
    """A good reply arrives in pieces; markers are renumbered in order of first use."""
    fake_model.chunks = ["Insulin prices fell by 48% ", "[2]. ", "山东门诊报销比例为70%", "[1]。"]
    steps = stream(fake_model)
    partial = [text for text, answer in steps if answer is None]
    assert len(partial) >= 3
    assert all(b.startswith(a) for a, b in zip(partial, partial[1:]))  # text only grows
    text, final = steps[-1]
    assert final is not None and final.found
    assert text == final.text == "Insulin prices fell by 48% [1]. 山东门诊报销比例为70%[2]。"
    assert final.citations == [PASSAGES[1], PASSAGES[0]]
    assert final.question == QUESTION
    assert final.expanded_terms == ["outpatient"]
    assert not any("figures" in note for note in final.notes)
    assert any("test-model" in note for note in final.notes)
    # The quoted passage sentences are highlighted, one list per citation.
    assert len(final.highlights) == 2
    (start, end), = final.highlights[0]
    assert "48%" in PASSAGES[1].text[start:end]


def test_marker_pointing_nowhere_is_dropped(fake_model):
    """[7] with two passages is removed from the text and noted; the valid marker stays."""
    fake_model.chunks = ["比例为70% [1]", "，另见 [7]。"]
    final = generate_answer(QUESTION, PASSAGES, FALLBACK, fake_model.settings)
    assert final.found
    assert final.text == "比例为70% [1]，另见。"
    assert final.citations == [PASSAGES[0]]
    assert any("[7]" in note and "no passage" in note for note in final.notes)


def test_figure_absent_from_cited_passage_is_flagged(fake_model):
    """A figure the cited passage does not hold (85%) is listed in the notes."""
    fake_model.chunks = ["门诊报销比例为85%，", "年度限额2000元 [1]。"]
    final = generate_answer(QUESTION, PASSAGES, FALLBACK, fake_model.settings)
    assert final.found
    flagged = [note for note in final.notes if note.startswith("figures not found")]
    assert len(flagged) == 1
    assert "85" in flagged[0]
    assert "2000" not in flagged[0]  # written "2,000" in the passage: the same figure


def test_figure_must_be_in_the_passage_its_sentence_cites(fake_model):
    """48% is in passage 2, but the sentence cites only passage 1: flagged."""
    fake_model.chunks = ["Prices fell by 48% [1]. Outpatient ratio 70% [1]. Also [2]."]
    final = generate_answer(QUESTION, PASSAGES, FALLBACK, fake_model.settings)
    assert any(note.startswith("figures not found") and "48" in note and "70" not in note
               for note in final.notes)


def test_reply_without_valid_citation_falls_back(fake_model):
    """A reply that cites no passage cannot be traced: the extractive answer is shown."""
    fake_model.chunks = ["文档中没有足够的信息回答这个问题。", "[9]"]
    final = generate_answer(QUESTION, PASSAGES, FALLBACK, fake_model.settings)
    assert final.text == FALLBACK.text
    assert final.citations == FALLBACK.citations
    assert any("cited none of the passages" in note for note in final.notes)


def test_thinking_block_is_not_shown(fake_model):
    """A reasoning model's <think> block is neither streamed nor kept."""
    fake_model.chunks = ["<think>The user asks", " about 99%.</think>", "比例为70% [1]。"]
    steps = stream(fake_model)
    assert all("think" not in text and "99" not in text for text, _ in steps)
    assert steps[-1][1].text == "比例为70% [1]。"
    assert not any(note.startswith("figures") for note in steps[-1][1].notes)


def test_non_streaming_server_is_understood(fake_model):
    """A server that ignores stream=true and sends one JSON completion still works."""
    fake_model.chunks = ["比例为70% [1]。"]
    fake_model.as_json = True
    final = generate_answer(QUESTION, PASSAGES, FALLBACK, fake_model.settings)
    assert final.found and final.text == "比例为70% [1]。"


# --- failures give the extractive answer ---------------------------------------------------

def test_server_error_falls_back_with_note(fake_model):
    """HTTP 500 gives the extractive answer, with the status and the server's message."""
    fake_model.status = 500
    fake_model.error_body = json.dumps({"error": {"message": "model not loaded"}})
    steps = stream(fake_model)
    assert len(steps) == 1
    text, final = steps[0]
    assert text == FALLBACK.text == final.text
    assert final.citations == FALLBACK.citations
    note = final.notes[-1]
    assert "500" in note and "model not loaded" in note and "extractive answer" in note
    assert "sk-test-123" not in " ".join(final.notes)


def test_time_out_falls_back_with_note(fake_model):
    """A server slower than the time-out gives the extractive answer, saying so."""
    fake_model.delay = 3
    settings = LLMSettings(fake_model.settings.base_url, "test-model", timeout=1)
    final = generate_answer(QUESTION, PASSAGES, FALLBACK, settings)
    assert final.text == FALLBACK.text
    assert final.notes[-1] == (f"the language model at {settings.base_url} did not answer in 1 s; "
                               "showing the extractive answer")


def test_stall_mid_stream_falls_back(fake_model):
    """A stream that stops sending (without closing) ends in the extractive answer."""
    fake_model.chunks = ["比例为", "70% [1]。"]
    fake_model.stall_after = 1
    settings = LLMSettings(fake_model.settings.base_url, "test-model", timeout=1)
    steps = list(iter_generated_answer(QUESTION, PASSAGES, FALLBACK, settings))
    assert steps[0] == ("比例为", None)
    text, final = steps[-1]
    assert text == FALLBACK.text
    assert "stopped answering" in final.notes[-1]


def test_empty_reply_falls_back(fake_model):
    """A stream with no content gives the extractive answer."""
    fake_model.chunks = []
    final = generate_answer(QUESTION, PASSAGES, FALLBACK, fake_model.settings)
    assert final.text == FALLBACK.text
    assert "empty reply" in final.notes[-1]


def test_unreachable_server_falls_back():
    """Nothing listening at the URL: the extractive answer, with a note."""
    import socket

    with socket.socket() as s:  # a port that was free a moment ago
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = LLMSettings(f"http://127.0.0.1:{port}/v1", "m", timeout=2)
    final = generate_answer(QUESTION, PASSAGES, FALLBACK, settings)
    assert final.text == FALLBACK.text
    assert "could not be reached" in final.notes[-1]


def test_no_passages_does_not_call_the_model(fake_model):
    """With nothing retrieved there is nothing to ground a reply: no request is made."""
    final = generate_answer(QUESTION, [], FALLBACK, fake_model.settings)
    assert final.text == FALLBACK.text
    assert fake_model.requests == []


# --- the request ------------------------------------------------------------------------------

def test_request_carries_key_model_and_prompt(fake_model):
    """The key is sent as a Bearer token; the body is a streaming chat request."""
    fake_model.chunks = ["比例为70% [1]。"]
    generate_answer(QUESTION, PASSAGES, FALLBACK, fake_model.settings)
    request, = fake_model.requests
    assert request["path"] == "/v1/chat/completions"
    assert request["headers"]["Authorization"] == "Bearer sk-test-123"
    body = request["json"]
    assert body["model"] == "test-model" and body["stream"] is True
    assert body["messages"] == build_messages(QUESTION, PASSAGES)


def test_proxy_variables_are_ignored(fake_model, monkeypatch):
    """Only the configured base URL is contacted, even when proxy variables are set."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    fake_model.chunks = ["比例为70% [1]。"]
    assert generate_answer(QUESTION, PASSAGES, FALLBACK, fake_model.settings).text == "比例为70% [1]。"


def test_no_key_no_authorization_header(fake_model):
    """Local servers need no key, and none is invented."""
    fake_model.chunks = ["比例为70% [1]。"]
    settings = LLMSettings(fake_model.settings.base_url, "test-model")
    generate_answer(QUESTION, PASSAGES, FALLBACK, settings)
    assert "Authorization" not in fake_model.requests[0]["headers"]


def test_build_messages_numbers_the_passages():
    """Passages are numbered [1]..[n] with title and date; their own footnotes are removed."""
    system, user = build_messages(QUESTION, PASSAGES)
    assert system["role"] == "system" and user["role"] == "user"
    for rule in ("only", "[1]", "exactly", "cannot answer", "language"):
        assert rule in system["content"]
    content = user["content"]
    assert "[1] 山东省门诊保障通知 (2023-05-01)\n山东省基层医疗机构" in content
    assert "[2] Drug procurement\nCentralized procurement" in content
    assert "[2][3]" not in content and "48%." in content
    assert content.index("[1]") < content.index("[2]") < content.index(QUESTION)


# --- the checker alone ------------------------------------------------------------------------

def test_check_generated_expands_grouped_markers():
    """[2, 1], 【1】 and repeated markers become plain, deduplicated, renumbered markers."""
    answer = check_generated("A 48% [2, 1]. B 70%【1】[1].", PASSAGES)
    assert answer.text == "A 48% [1][2]. B 70%[2]."
    assert answer.citations == [PASSAGES[1], PASSAGES[0]]
    assert answer.notes == []


def test_check_generated_ignores_list_numbers_and_years_in_brackets():
    """List numbering is not a figure; "[2023]" is not a marker."""
    answer = check_generated("1. 比例为70% [1]\n2. 限额2,000元 [1]", PASSAGES)
    assert answer.notes == []
    answer = check_generated("In [2023] prices fell 48% [2].", PASSAGES)
    assert "[2023]" in answer.text
    assert any("2023" in note for note in answer.notes)  # not in the passage: flagged


def test_check_generated_without_markers_is_not_found():
    """No valid marker: found is False and nothing is cited."""
    answer = check_generated("I cannot answer from these documents.", PASSAGES)
    assert not answer.found and answer.citations == []


# --- settings ---------------------------------------------------------------------------------

def test_from_env_unset_is_none(monkeypatch):
    """No QA_LLM_BASE_URL: generation is off."""
    for name in ("QA_LLM_BASE_URL", "QA_LLM_MODEL", "QA_LLM_API_KEY", "QA_LLM_TIMEOUT", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    assert LLMSettings.from_env() is None


def test_from_env_reads_the_variables(monkeypatch):
    """Base URL (trailing slash trimmed), model, key, time-out."""
    monkeypatch.setenv("QA_LLM_BASE_URL", "http://127.0.0.1:11434/v1/")
    monkeypatch.setenv("QA_LLM_MODEL", "qwen2.5:7b")
    monkeypatch.setenv("QA_LLM_API_KEY", "k1")
    monkeypatch.setenv("OPENAI_API_KEY", "k2")
    monkeypatch.setenv("QA_LLM_TIMEOUT", "12.5")
    settings = LLMSettings.from_env()
    assert settings == LLMSettings("http://127.0.0.1:11434/v1", "qwen2.5:7b", "k1", 12.5)
    assert settings.endpoint == "http://127.0.0.1:11434/v1/chat/completions"
    assert "k1" not in repr(settings)


def test_from_env_key_falls_back_to_openai_key(monkeypatch):
    """Without QA_LLM_API_KEY, OPENAI_API_KEY is used; the time-out defaults to 30 s."""
    monkeypatch.delenv("QA_LLM_API_KEY", raising=False)
    monkeypatch.delenv("QA_LLM_TIMEOUT", raising=False)
    monkeypatch.setenv("QA_LLM_BASE_URL", "https://api.example.com/v1")
    monkeypatch.setenv("QA_LLM_MODEL", "gpt")
    monkeypatch.setenv("OPENAI_API_KEY", "k2")
    settings = LLMSettings.from_env()
    assert settings.api_key == "k2" and settings.timeout == 30.0


@pytest.mark.parametrize("env, message", [
    ({"QA_LLM_BASE_URL": "localhost:11434", "QA_LLM_MODEL": "m"}, "http(s) URL"),
    ({"QA_LLM_BASE_URL": "ftp://host/v1", "QA_LLM_MODEL": "m"}, "http(s) URL"),
    ({"QA_LLM_BASE_URL": "http://127.0.0.1:11434/v1"}, "QA_LLM_MODEL is not"),
    ({"QA_LLM_BASE_URL": "http://h/v1", "QA_LLM_MODEL": "m", "QA_LLM_TIMEOUT": "soon"}, "QA_LLM_TIMEOUT"),
    ({"QA_LLM_BASE_URL": "http://h/v1", "QA_LLM_MODEL": "m", "QA_LLM_TIMEOUT": "0"}, "above 0"),
])
def test_from_env_rejects_bad_values(env, message):
    """Each bad value raises a ValueError that names it and the fix."""
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        LLMSettings.from_env(env)


def test_pasted_endpoint_url_is_accepted():
    """A URL ending in /chat/completions is taken as its base."""
    settings = LLMSettings("http://127.0.0.1:8000/v1/chat/completions", "m")
    assert settings.base_url == "http://127.0.0.1:8000/v1"
