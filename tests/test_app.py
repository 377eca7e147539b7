"""The web chat's handler and rendering, with the real model and real indexes (no browser).

The browser itself is driven in test_browser.py; here the chat handler ``chat.chat_turn``
is called as Gradio calls it, and once through ``gradio_client`` against a live server.
"""
from __future__ import annotations

import json
import re
import shutil
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import app
from qa.web import chat, documents, filters, render
from qa.web.text import question_bubble
from qa.records import Answer, Passage

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
SHANDONG_Q = "What is the outpatient reimbursement ratio at grassroots medical institutions in Shandong?"
SICHUAN_ZH_Q = "四川有多少比例的医保事项实现了网上办理？"
UNANSWERABLE_Q = "What is the reimbursement ratio for acupuncture in Hong Kong?"
SCRIPT_DOC = (
    "Notice on the Examplia clinic subsidy.\n\n"
    "The web form printed <script>alert(1)</script> where the table should be. "
    "The clinic subsidy in Examplia was raised to 1,234 yuan per person in 2024.\n"
)


def last_message(turns) -> str:
    """The assistant's final message from a list of the handler's yields."""
    history, _, _ = turns[-1]
    return history[-1]["content"]


def ask(engine, question, history=None, asked=None, **options):
    return list(chat.chat_turn(engine, question, history or [], asked or [], **options))


# --- pure rendering ---------------------------------------------------------------------

PASSAGE = Passage(text="Intro <b>bold</b>. The ratio is <script>alert(1)</script> 65% here. End.",
                  source="dir/<x>.txt", title="Title <img src=x onerror=alert(1)>", score=1.0,
                  start=10, end=80, date="2024", chunk_id=3)


def test_sources_html_escapes_document_text():
    """Titles, file names and excerpts are shown as text, never read as HTML."""
    start = PASSAGE.text.index("The ratio")
    end = PASSAGE.text.index(" End")
    answer = Answer(text="The ratio is 65% here. [1]", found=True, citations=[PASSAGE],
                    highlights=[[(start, end)]])
    html = render.render_sources_html(answer)
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "dir/&lt;x&gt;.txt" in html
    assert "<mark>The ratio is &lt;script&gt;alert(1)&lt;/script&gt; 65% here.</mark>" in html
    assert "[1]" in html and "10–80" in html


def test_sources_show_the_pdf_page():
    """A passage from a PDF names its page among the sources; other formats show no page."""
    from dataclasses import replace

    pdf = replace(PASSAGE, source="notice.pdf", page=3)
    html = render.render_sources_html(Answer(text="x [1]", found=True, citations=[pdf], highlights=[[]]))
    assert "page 3" in html
    assert "page" not in render.render_sources_html(Answer(text="x [1]", found=True, citations=[PASSAGE], highlights=[[]]))


def test_highlight_excerpt_clips_and_merges_spans():
    """Overlapping or out-of-range spans never duplicate or drop text."""
    assert render.highlight_excerpt("abcdef", [(1, 3), (2, 5), (4, 99)]) == "a<mark>bc</mark><mark>de</mark><mark>f</mark>"
    assert render.highlight_excerpt("a\n\nb", []) == "a b"  # no blank line to end the chat's HTML block


def test_not_found_renders_differently():
    """An answer not found has its own box and heading, and no answer styling."""
    found = render.render_answer_html(Answer(text="It is 65%. [1]", found=True, citations=[PASSAGE],
                                          highlights=[[]]), "en")
    missing = render.render_answer_html(Answer(text="The documents do not answer this question.", found=False), "en")
    assert "qa-found" in found and "qa-notfound" not in found
    assert "qa-notfound" in missing and "qa-found" not in missing
    assert "Not in the documents" in missing
    assert "文档中没有答案" in render.render_answer_html(Answer(text="文档中没有找到", found=False), "zh")


def test_page_language_follows_switch_then_question():
    """The switch wins; in auto the question's language decides."""
    assert chat.page_language("zh", "What is it?") == "zh"
    assert chat.page_language("auto", "山东门诊报销比例是多少？") == "zh"
    assert chat.page_language("auto", "What is it?", current="zh") == "en"
    assert chat.page_language("auto", "", current="zh") == "zh"


def test_stream_pieces_grow_to_the_whole_text():
    """The extractive answer streams as growing prefixes that end with the full text."""
    text = "The outpatient reimbursement ratio at grassroots institutions rose to 65% in 2025. [1]"
    pieces = chat.stream_pieces(text)
    assert len(pieces) > 2 and pieces[-1] == text
    assert all(text.startswith(p) for p in pieces)
    assert all(len(a) < len(b) for a, b in zip(pieces, pieces[1:]))


# --- the chat handler on the real corpus ---------------------------------------------------

def test_chat_answers_with_figure_marker_and_source(policy_engine):
    """A real question through the handler: the figure, a [1] marker, the source with the sentence marked."""
    turns = ask(policy_engine, SHANDONG_Q)
    assert len(turns) > 2, "the answer should stream in several steps"
    assert any("▌" in t[0][-1]["content"] for t in turns[:-1])
    message = last_message(turns)
    history, asked, lang = turns[-1]
    assert history[0] == {"role": "user", "content": question_bubble(SHANDONG_Q)}
    assert "65%" in message
    assert '<span class="qa-ref">[1]</span>' in message
    assert "qa-found" in message and "<mark>" in message
    assert "2025_shandong-medical-insurance-news-digest.txt" in message
    assert "News digests: Shandong 14th Five-Year Plan results" in message
    assert asked == [SHANDONG_Q] and lang == "en"


def test_chinese_question_gets_chinese_page(policy_engine):
    """A Chinese question in auto mode: Chinese labels, the figure and its source."""
    turns = ask(policy_engine, SICHUAN_ZH_Q)
    message = last_message(turns)
    assert turns[-1][2] == "zh"
    assert "80%" in message and "[1]" in message
    assert "来源" in message and "文件" in message
    assert "2024-02-18_provincial-work-reports-medical-insurance.txt" in message


def test_unanswerable_question_is_marked_not_found(policy_engine):
    """A question the documents cannot answer says so, shows the closest passages, cites nothing."""
    message = last_message(ask(policy_engine, UNANSWERABLE_Q))
    assert "qa-notfound" in message and "Not in the documents" in message
    assert "qa-found" not in message and "qa-ref" not in message
    assert "Closest passages (they do not answer the question)" in message


def test_follow_up_is_read_through_the_previous_turn(policy_engine):
    """'And in Shandong?' after a Shanxi question asks the Shanxi question about Shandong."""
    shanxi = SHANDONG_Q.replace("Shandong", "Shanxi")
    history, asked, _ = ask(policy_engine, shanxi)[-1]
    turns = ask(policy_engine, "And in Shandong?", history, asked)
    history, asked, _ = turns[-1]
    message = history[-1]["content"]
    assert history[-2] == {"role": "user", "content": question_bubble("And in Shandong?")}
    assert f"<b>Understood as:</b> {SHANDONG_Q}" in message
    assert asked == [shanxi, SHANDONG_Q]
    assert "2025_shandong-medical-insurance-news-digest.txt" in message  # answered about Shandong
    assert len(history) == 4


def test_empty_message_changes_nothing(policy_engine):
    """Pressing Enter on an empty box neither asks nor errors."""
    assert ask(policy_engine, "   ") == [([], [], "en")]


# --- the metadata filter ---------------------------------------------------------------------

SUBSIDY_Q = "How much is the per capita financial subsidy for residents' medical insurance?"
GUANGXI_FILE = "2022_guangxi-residents-medical-insurance-notice.txt"


def cited_files(message: str) -> list[str]:
    """The files named in a message's sources (or closest passages), in order."""
    return re.findall(r"<code>(.*?)</code>", message)


def test_parse_filter_accepts_regions_and_dates():
    """Empty fields mean no filter; dates are written as the index writes them."""
    assert filters.parse_filter(filters.ALL_REGIONS, "", "") == (None, None)
    assert filters.parse_filter(None, " ", None) == (None, None)
    assert filters.parse_filter("Guangxi", "2023", "2024-06") == (
        {"region": "Guangxi", "date_from": "2023", "date_to": "2024-06"}, None)
    assert filters.parse_filter(filters.ALL_REGIONS, "2023/6", "2023-6-30") == (
        {"date_from": "2023-06", "date_to": "2023-06-30"}, None)
    # June to December 2023: the end is compared at its own precision.
    assert filters.parse_filter(filters.ALL_REGIONS, "2023-06", "2023") == ({"date_from": "2023-06", "date_to": "2023"}, None)


@pytest.mark.parametrize("date_from, date_to, english, chinese", [
    ("2023/13", "", "From date “2023/13” is not a date: type a year (2023), a month (2023-06)", "起始日期“2023/13”不是日期"),
    ("", "last year", "To date “last year” is not a date: type a year (2023)", "截止日期“last year”不是日期"),
    ("2023-02-30", "", "“2023-02-30” is not a date", "“2023-02-30”不是日期"),
    ("2024", "2023-06", "From date 2024 is after To date 2023-06: put the earlier date in From date",
     "起始日期 2024 晚于截止日期 2023-06"),
], ids=["month 13", "words", "no such day", "from after to"])
def test_parse_filter_says_what_is_wrong_and_what_to_type(date_from, date_to, english, chinese):
    """A bad date or an empty range gives no filter and a message in the page's language."""
    where, message = filters.parse_filter("Guangxi", date_from, date_to, "en")
    assert where is None and english in message
    assert chinese in filters.parse_filter("Guangxi", date_from, date_to, "zh")[1]


def test_filter_regions_come_from_the_index(policy_engine):
    """The region choices are the loaded index's regions, sorted, after "All regions"."""
    assert filters.filter_regions(policy_engine) == ["Guangxi", "national", "Shandong"]
    assert filters.region_choices(["Guangxi"], "zh") == [("全部地区", filters.ALL_REGIONS), ("Guangxi", "Guangxi")]


def test_region_filter_limits_answer_and_follow_up(policy_engine):
    """Unfiltered, the subsidy question is answered first from the national work reports; with
    region Guangxi only the Guangxi notice is cited, the answer says the filter was on, and a
    follow-up stays inside the filter."""
    unfiltered = last_message(ask(policy_engine, SUBSIDY_Q))
    assert cited_files(unfiltered)[0] != GUANGXI_FILE
    assert "qa-scope" not in unfiltered

    turns = ask(policy_engine, SUBSIDY_Q, region="Guangxi")
    message = last_message(turns)
    assert "qa-found" in message and "61 yuan" in message
    assert set(cited_files(message)) == {GUANGXI_FILE}
    assert "Filter: region Guangxi (only matching documents were searched)." in message

    history, asked, _ = turns[-1]
    message = last_message(ask(policy_engine, "And in Shandong?", history, asked, region="Guangxi"))
    assert "<b>Understood as:</b>" in message and "in Shandong?" in message
    assert set(cited_files(message)) == {GUANGXI_FILE}  # the Shandong digest is filtered out
    assert "region Guangxi" in message


def test_filter_matching_no_document_says_so(policy_engine):
    """A filter no document passes says so and how to fix it, not "not in the documents"."""
    message = last_message(ask(policy_engine, SUBSIDY_Q, region="Guangxi", date_from="2025"))
    assert "No documents match the filter: region Guangxi, from 2025; widen or clear the filter." in message
    assert "Not in the documents" not in message and not cited_files(message)
    message = last_message(ask(policy_engine, SUBSIDY_Q, lang_choice="zh", date_from="2030"))
    assert "没有文档符合筛选条件：从 2030；请放宽或清除筛选。" in message


def test_bad_date_in_chat_explains_and_searches_nothing(policy_engine):
    """A bad date is explained in the chat, in the page's language; nothing is searched or remembered."""
    turns = ask(policy_engine, SUBSIDY_Q, date_from="2023/13")
    history, asked, _ = turns[-1]
    assert len(turns) == 1 and asked == [] and history[0] == {"role": "user", "content": question_bubble(SUBSIDY_Q)}
    assert "From date “2023/13” is not a date" in history[-1]["content"]
    assert not cited_files(history[-1]["content"])
    message = last_message(ask(policy_engine, SICHUAN_ZH_Q, date_from="2024", date_to="2023"))
    assert "起始日期 2024 晚于截止日期 2023" in message


# --- <script> in a real document -----------------------------------------------------------

@pytest.fixture(scope="module")
def script_engine(tmp_path_factory):
    """A real index over two corpus files and a document whose text contains <script>."""
    from qa.api import get_engine
    from qa.settings import Settings

    root = tmp_path_factory.mktemp("script")
    corpus = root / "corpus"
    corpus.mkdir()
    for name in ("2025_shandong-medical-insurance-news-digest", "2022_guangxi-residents-medical-insurance-notice"):
        for suffix in (".txt", ".meta.json"):
            shutil.copy(REPO / "corpus" / (name + suffix), corpus)
    (corpus / "examplia-notice.txt").write_text(SCRIPT_DOC, encoding="utf-8")
    engine = get_engine(Settings.from_env(corpus_dir=corpus, index_dir=root / "index"))
    engine.retriever  # build once, as the app does at start-up
    return engine


def test_script_in_document_is_shown_as_text(script_engine):
    """Document text holding <script> reaches the page escaped, in the excerpt and the answer."""
    message = last_message(ask(script_engine, "How much was the clinic subsidy in Examplia raised to?"))
    assert "1,234" in message and "examplia-notice.txt" in message
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in message
    assert "<script" not in message.lower()


# --- generative mode ---------------------------------------------------------------------

class _FakeLLM(BaseHTTPRequestHandler):
    """An OpenAI-compatible /chat/completions that streams a fixed cited reply."""

    reply = ["The clinic subsidy ", "was raised to 1,234 yuan ", "per person [1]."]
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        for piece in self.reply:
            event = {"choices": [{"index": 0, "delta": {"content": piece}}]}
            self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
            self.wfile.flush()
        self.wfile.write(b"data: [DONE]\n\n")
        self.close_connection = True


@pytest.fixture
def fake_llm(monkeypatch):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeLLM)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    monkeypatch.setenv("QA_LLM_BASE_URL", f"http://127.0.0.1:{server.server_address[1]}/v1")
    monkeypatch.setenv("QA_LLM_MODEL", "fake")
    yield
    server.shutdown()
    server.server_close()


def test_generative_mode_streams_the_checked_reply(script_engine, fake_llm):
    """With QA_LLM_BASE_URL set, the model's reply streams, then shows checked, with its source."""
    assert chat.generative_available()
    turns = ask(script_engine, "How much was the clinic subsidy in Examplia raised to?", mode=chat.GENERATIVE)
    partials = [t[0][-1]["content"] for t in turns[:-1]]
    assert any("was raised to 1,234 yuan" in p and "▌" in p for p in partials)
    message = last_message(turns)
    assert "The clinic subsidy was raised to 1,234 yuan per person" in message
    assert '<span class="qa-ref">[1]</span>' in message and "examplia-notice.txt" in message
    assert "written by the language model fake" in message


def test_generative_mode_without_a_model_says_what_to_set(script_engine, monkeypatch):
    """Without QA_LLM_BASE_URL the generative choice answers extractively and says why."""
    monkeypatch.delenv("QA_LLM_BASE_URL", raising=False)
    assert not chat.generative_available()
    message = last_message(ask(script_engine, "How much was the clinic subsidy in Examplia raised to?",
                               mode=chat.GENERATIVE))
    assert "QA_LLM_BASE_URL" in message and "1,234" in message


def test_generative_mode_searches_within_the_filter(script_engine, fake_llm):
    """The language model is given only the filter's passages: the Examplia notice is left out."""
    message = last_message(ask(script_engine, "How much was the clinic subsidy in Examplia raised to?",
                               mode=chat.GENERATIVE, region="Guangxi"))
    assert cited_files(message) and set(cited_files(message)) == {GUANGXI_FILE}
    assert "Filter: region Guangxi" in message


# --- through gradio_client against a live server -------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_gradio_client_against_live_app(policy_settings, policy_engine):
    """The served app (page and API on one server) answers over its /chat endpoint on 127.0.0.1."""
    from gradio_client import Client

    from qa.web.server import serving

    with serving(app.create_server_app(policy_settings)) as url:
        client = Client(url, verbose=False)
        history, box = client.predict(SICHUAN_ZH_Q, [], 5, chat.EXTRACTIVE, "auto", api_name="/chat")
        assert box == ""
        assert SICHUAN_ZH_Q in history[0]["content"][0]["text"]
        answer = history[-1]["content"][0]["text"]
        assert "80%" in answer and "[1]" in answer and "来源" in answer
        # The filter fields are optional parameters of the same endpoint.
        history, _ = client.predict(SUBSIDY_Q, [], 5, chat.EXTRACTIVE, "auto", region="Guangxi", api_name="/chat")
        assert set(cited_files(history[-1]["content"][0]["text"])) == {GUANGXI_FILE}
        # A region the page did not list at start-up (e.g. one that arrived by upload) is not an
        # error of the endpoint: the filter answers for it.
        history, _ = client.predict(SUBSIDY_Q, [], 5, chat.EXTRACTIVE, "auto", region="Hainan", api_name="/chat")
        assert "No documents match the filter: region Hainan" in history[-1]["content"][0]["text"]


def test_regions_refresh_after_documents_are_added(small_settings, tmp_path):
    """A document added from the page brings its region into the choices once the index is rebuilt."""
    from qa.api import get_engine

    engine = get_engine(small_settings)
    assert filters.filter_regions(engine) == []
    notice = tmp_path / "hainan-notice.md"
    notice.write_text("---\ntitle: Hainan outpatient notice\ndate: 2024-03\nregion: Hainan\n---\n"
                      "Hainan raised the outpatient reimbursement ratio to 60% in 2024.\n", encoding="utf-8")
    *_, status = documents.add_documents([notice], small_settings, engine, poll=0.05)
    assert "Index updated" in status.splitlines()[0]
    assert filters.filter_regions(engine) == ["Hainan"]
    message = last_message(ask(engine, "What is the outpatient reimbursement ratio?", region="Hainan"))
    assert cited_files(message) == ["hainan-notice.md"]


# --- queues: chat and uploads ------------------------------------------------------------------

def test_chat_and_upload_have_separate_queues(policy_settings):
    """Questions run CHAT_CONCURRENCY at a time in their own queue; a rebuild (one at a time)
    is queued apart, so it never takes a chat worker; uploads=False leaves the panel out."""
    fns = {fn.api_name: fn for fn in app.build_app(policy_settings).fns.values()}
    assert chat.CHAT_CONCURRENCY >= 4
    for name in ("chat", "chat_button"):
        assert (fns[name].concurrency_limit, fns[name].concurrency_id) == (chat.CHAT_CONCURRENCY, "chat")
    assert (fns["add_documents"].concurrency_limit, fns["add_documents"].concurrency_id) == (1, "upload")
    assert "add_documents" not in {fn.api_name for fn in app.build_app(policy_settings, uploads=False).fns.values()}
