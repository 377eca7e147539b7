"""The chat page in a real browser: Debian's headless Chromium driven by Playwright.

The app runs as its own process (``python -m qa.cli serve``) on 127.0.0.1 over a
temporary corpus that includes a document whose text holds ``<script>alert(1)</script>``;
the test types questions, waits for the answers, checks what a reader sees, and saves
screenshots to artifacts/ (chat.png; first-view-*.png and answer-in-view-*.png at 1366×900
and 390×844; uploads.png).

Needs: ``apt-get install -y chromium`` and ``pip install playwright`` (the Python package
only: the browser is Debian's, nothing is downloaded by ``playwright install``).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import served_app

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]
SCRIPT_DOC = (
    "Notice on the Examplia clinic subsidy.\n\n"
    "The web form printed <script>alert(1)</script> where the table should be. "
    "The clinic subsidy in Examplia was raised to 1,234 yuan per person in 2024.\n"
)
CORPUS_FILES = ("2024-02-18_provincial-work-reports-medical-insurance", "2025_shandong-medical-insurance-news-digest")

pytestmark = pytest.mark.slow

from qa.corpus import SUPPORTED_SUFFIXES as SUPPORTED  # noqa: E402

if not CHROMIUM.exists():
    pytest.skip("Debian's Chromium is missing: apt-get install -y chromium", allow_module_level=True)
try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:
    pytest.skip("the playwright package is missing: pip install playwright", allow_module_level=True)


_CORPORA: dict[str, Path] = {}


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    """The chat served by its own process over a temporary corpus and index."""
    with served_app(tmp_path_factory.mktemp("browser"), CORPUS_FILES, {"examplia-notice.txt": SCRIPT_DOC}) as (url, corpus):
        _CORPORA[url] = corpus
        yield url


def corpus_dir(url: str) -> Path:
    return _CORPORA[url]


def ask(page, question: str, answers_before: int) -> None:
    """Type a question, press Enter, and wait until its answer has finished streaming."""
    box = page.locator("#qa-question textarea")
    box.fill(question)
    box.press("Enter")
    page.wait_for_function(
        """n => { const msgs = document.querySelectorAll('#qa-chat .qa-msg');
                  return msgs.length > n && !msgs[msgs.length - 1].innerText.includes('▌')
                         && msgs[msgs.length - 1].querySelector('.qa-sources, .qa-notfound'); }""",
        arg=answers_before, timeout=90_000)


def test_chat_page_answers_with_sources_and_escapes_script(app_url):
    """A question answered with its figure and cited source; <script> in a document shown as text."""
    ARTIFACTS.mkdir(exist_ok=True)
    dialogs, outside = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1100})
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("request", lambda r: outside.append(r.url)
                    if not r.url.startswith((app_url, "data:", "blob:")) else None)
            page.goto(app_url)
            page.wait_for_selector("#qa-question textarea", timeout=60_000)
            chat = page.locator("#qa-chat")

            ask(page, "What share of medical insurance matters in Sichuan can be handled online?", 0)
            answer = chat.locator(".qa-msg").last
            expect(answer.locator(".qa-found")).to_contain_text("80%")
            expect(answer.locator(".qa-found .qa-ref").first).to_have_text("[1]")
            source = answer.locator(".qa-source").first
            expect(source).to_be_visible()
            expect(source).to_contain_text("Government work reports")
            expect(source).to_contain_text("2024-02-18_provincial-work-reports-medical-insurance.txt")
            expect(source.locator("mark").first).to_contain_text("80%")

            ask(page, "How much was the clinic subsidy in Examplia raised to?", 1)
            answer = chat.locator(".qa-msg").last
            expect(answer.locator(".qa-found")).to_contain_text("1,234 yuan")
            excerpt = answer.locator(".qa-excerpt", has_text="<script>alert(1)</script>").first
            expect(excerpt).to_be_visible()
            assert chat.locator("script").count() == 0
            page.wait_for_timeout(500)  # an injected script would have run by now
            page.screenshot(path=str(ARTIFACTS / "chat.png"), full_page=True)
        finally:
            browser.close()
    assert dialogs == [], f"a dialog fired: {dialogs}"
    assert outside == [], f"the page requested outside addresses: {outside}"


def test_region_filter_limits_the_sources(app_url):
    """With Shandong chosen, a question whose unfiltered answer cites the national work reports
    is answered from the Shandong digest only, under a line naming the filter."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1100})
            page.goto(app_url)
            page.wait_for_selector("#qa-question textarea", timeout=60_000)
            page.locator("#qa-region input").click()
            page.get_by_role("option", name="Shandong", exact=True).click()
            ask(page, "How many types of drugs were procured through centralized procurement?", 0)
            answer = page.locator("#qa-chat .qa-msg").last
            expect(answer.locator(".qa-found")).to_contain_text("890 types of drugs")
            expect(answer.locator(".qa-scope")).to_have_text(
                "Filter: region Shandong (only matching documents were searched).")
            files = answer.locator(".qa-source-meta code").all_inner_texts()
            assert files and set(files) == {"2025_shandong-medical-insurance-news-digest.txt"}
            expect(page.locator("#qa-region input")).to_have_value("Shandong")  # kept for the next question
        finally:
            browser.close()


# --- what a reader sees first, and where the answer lands ---------------------------------------

SIZES = {"desktop": (1366, 900), "phone": (390, 844)}
UNANSWERABLE_Q = "What is the reimbursement ratio for acupuncture in Hong Kong?"

IN_VIEW_JS = """(sel) => {
  // The top line of the last element matching sel: inside the window and inside the chat's scrolling area.
  const el = [...document.querySelectorAll(sel)].pop();
  if (!el) return {found: false};
  const r = el.getBoundingClientRect();
  const line = parseFloat(getComputedStyle(el).lineHeight) || 20;
  let box = el.parentElement;
  while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowY)) box = box.parentElement;
  const b = box ? box.getBoundingClientRect() : {top: 0, bottom: window.innerHeight};
  const msg = el.closest('.qa-msg').getBoundingClientRect();
  return {found: true, top: r.top, lineBottom: r.top + line, inWindow: r.top >= 0 && r.top + line <= window.innerHeight,
          inChat: r.top >= b.top - 1 && r.top + line <= b.bottom + 1, messageHeight: msg.height,
          chatHeight: b.bottom - b.top};
}"""


def open_page(browser, size: str, app_url: str):
    width, height = SIZES[size]
    page = browser.new_page(viewport={"width": width, "height": height}, has_touch=size == "phone")
    page.goto(app_url)
    page.wait_for_selector("#qa-chat button.example", timeout=60_000)
    page.wait_for_timeout(500)
    return page


def wait_answer(page, answers_before: int) -> None:
    page.wait_for_function(
        """n => { const msgs = document.querySelectorAll('#qa-chat .qa-msg');
                  return msgs.length > n && !msgs[msgs.length - 1].innerText.includes('▌')
                         && msgs[msgs.length - 1].querySelector('.qa-sources, .qa-notfound'); }""",
        arg=answers_before, timeout=90_000)
    page.wait_for_timeout(400)  # let the page settle where it will stay


@pytest.mark.parametrize("size", list(SIZES))
def test_first_view_shows_examples_and_clicking_one_asks_it(app_url, size):
    """Examples are on screen at first, nothing jumps to the input, and an example click asks it."""
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = open_page(browser, size, app_url)
            assert page.evaluate("window.scrollY") == 0
            assert page.evaluate("document.activeElement.tagName") != "TEXTAREA"
            expect(page.locator("#qa-header h2")).to_be_in_viewport()
            examples = page.locator("#qa-chat button.example")
            assert examples.count() >= 3
            for i in range(examples.count()):
                expect(examples.nth(i)).to_be_in_viewport(ratio=1)
            page.screenshot(path=str(ARTIFACTS / f"first-view-{size}.png"))
            if size == "phone":  # the examples follow the page's language
                page.locator("#qa-lang").get_by_text("中文").click()
                expect(examples.first).to_contain_text("山东")
                page.evaluate("window.scrollTo(0, 0)")  # the switch sits below the chat on a phone
                expect(examples.first).to_be_in_viewport(ratio=1)
                page.screenshot(path=str(ARTIFACTS / f"first-view-{size}-zh.png"))
            question = examples.first.inner_text().strip()
            examples.first.click()
            wait_answer(page, 0)
            expect(page.locator("#qa-chat .user-row").first).to_contain_text(question)
            expect(page.locator("#qa-chat .qa-msg .qa-answer").last).to_be_visible()
        finally:
            browser.close()


@pytest.mark.parametrize("size", list(SIZES))
def test_answer_first_line_and_verdict_stay_in_view_after_a_long_answer(app_url, size):
    """After a long answer (longer than the chat area), the start of the answer and its verdict
    are on screen without scrolling, for an answer found and for one not found."""
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = open_page(browser, size, app_url)
            page.locator("#qa-k input[type=number]").fill("10")
            page.locator("#qa-k input[type=number]").press("Enter")
            long_seen = False
            for n, (question, verdict) in enumerate([
                    ("What share of medical insurance matters in Sichuan can be handled online?", ".qa-found"),
                    (UNANSWERABLE_Q, ".qa-notfound-title")]):
                box = page.locator("#qa-question textarea")
                box.fill(question)
                box.press("Enter")
                wait_answer(page, n)
                page.screenshot(path=str(ARTIFACTS / f"answer-in-view-{size}-{n + 1}.png"))
                first = page.evaluate(IN_VIEW_JS, "#qa-chat .qa-answer")
                mark = page.evaluate(IN_VIEW_JS, f"#qa-chat {verdict}")
                assert first["found"] and mark["found"], (first, mark)
                assert first["inWindow"] and first["inChat"], f"the answer's first line is out of view: {first}"
                assert mark["inWindow"] and mark["inChat"], f"the verdict is out of view: {mark}"
                long_seen = long_seen or first["messageHeight"] > first["chatHeight"]
            assert long_seen, "neither answer was longer than the chat area: the test proves nothing"
        finally:
            browser.close()


def test_markup_in_a_question_is_shown_as_text_and_not_searched(app_url):
    """<img>, <a> and <svg> in a question appear as typed, as text; no request, no link; the
    question is answered as if the tags were not there."""
    requests = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1366, "height": 900})
            page.on("request", lambda r: requests.append(r.url))
            page.goto(app_url)
            page.wait_for_selector("#qa-question textarea", timeout=60_000)
            typed = ('<img src=x onerror="alert(1)"><a href="http://evil.example/">link</a><svg></svg>'
                     "What share of medical insurance matters in Sichuan can be handled online?")
            box = page.locator("#qa-question textarea")
            box.fill(typed)
            box.press("Enter")
            wait_answer(page, 0)
            bubble = page.locator("#qa-chat .user-row").last
            expect(bubble).to_contain_text('<img src=x onerror="alert(1)"><a href="http://evil.example/">link</a>')
            assert bubble.locator("img, a, svg.qa-injected, svg:not([class])").count() == 0
            expect(page.locator("#qa-chat .qa-msg").last.locator(".qa-found")).to_contain_text("80%")
        finally:
            browser.close()
    assert not [u for u in requests if u.rstrip("/").endswith("/x") or "evil.example" in u]


# --- adding and removing documents from the page ----------------------------------------------------

LONG_NAME = "Zorbland-county-notice-on-the-hearing-aid-subsidy-for-insured-residents-2025.txt"
ZORB_DOC = ("Notice on the Zorbland hearing-aid subsidy.\n\n"
            "From 2025 the hearing-aid subsidy in Zorbland is 2,718 yuan per insured resident.\n")


def test_upload_status_clear_list_uploaded_mark_and_remove_with_confirmation(app_url, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    (tmp_path / LONG_NAME).write_text(ZORB_DOC, encoding="utf-8")
    (tmp_path / "tool.exe").write_bytes(b"MZ")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1366, "height": 900})
            page.goto(app_url)
            page.wait_for_selector("#qa-question textarea", timeout=60_000)
            page.locator("#qa-add").get_by_text("Add documents").click()
            page.locator("#qa-files input[type=file]").set_input_files([str(tmp_path / LONG_NAME),
                                                                        str(tmp_path / "tool.exe")])
            name = page.locator(f'#qa-files td.filename[aria-label="{LONG_NAME}"]')
            expect(name).to_be_visible(timeout=30_000)
            assert "".join(name.inner_text().split()) == LONG_NAME
            clipped = name.evaluate("""td => [td, ...td.querySelectorAll('span')].some(
                e => e.scrollWidth > e.clientWidth + 1 || getComputedStyle(e).textOverflow === 'ellipsis')""")
            assert not clipped, "the file name is cut in the upload list"
            page.locator("#qa-add").screenshot(path=str(ARTIFACTS / "uploads.png"))
            page.locator("#qa-add-button").click()
            status = page.locator("#qa-add-status textarea")
            expect(status).to_have_value(re.compile("the next question uses the new index"), timeout=120_000)
            lines = status.input_value().splitlines()
            assert lines[0].startswith("2 files: 1 added, 1 refused. Index updated in ")
            assert lines[1:] == [f"{LONG_NAME}: added ({len(ZORB_DOC.encode())} bytes)",
                                 "tool.exe: refused: unsupported file type .exe; supported: "
                                 + ", ".join(SUPPORTED)]
            expect(page.locator("#qa-files td.filename")).to_have_count(0)  # the list is cleared
            page.locator("#qa-add").screenshot(path=str(ARTIFACTS / "uploads-done.png"))

            ask(page, "How much is the hearing-aid subsidy in Zorbland?", 0)
            answer = page.locator("#qa-chat .qa-msg").last
            expect(answer.locator(".qa-found")).to_contain_text("2,718 yuan")
            expect(answer.locator(".qa-source").first.locator(".qa-uploaded")).to_have_text(
                re.compile(r"uploaded on \d{4}-\d{2}-\d{2}"))

            page.locator("#qa-remove").get_by_text("Remove an uploaded document").click()
            page.locator("#qa-remove-pick input").click()
            page.get_by_role("option", name=re.compile(re.escape(LONG_NAME))).click()
            page.locator("#qa-remove-button").click()
            expect(page.locator("#qa-remove-question")).to_contain_text(f"Remove {LONG_NAME}")
            page.locator("#qa-remove-no").click()
            expect(page.locator("#qa-remove-yes")).to_be_hidden()
            assert (corpus_dir(app_url) / LONG_NAME).exists()
            page.locator("#qa-remove-button").click()
            page.locator("#qa-remove-yes").click()
            expect(page.locator("#qa-remove-status textarea")).to_have_value(
                re.compile(f"Removed {re.escape(LONG_NAME)} from the corpus. Index updated"), timeout=120_000)
            assert not (corpus_dir(app_url) / LONG_NAME).exists()
            ask(page, "How much is the hearing-aid subsidy in Zorbland?", 1)
            expect(page.locator("#qa-chat .qa-msg").last.locator(".qa-notfound")).to_be_visible()
        finally:
            browser.close()
