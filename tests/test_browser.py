"""The chat page in a real browser: Debian's headless Chromium driven by Playwright.

The app runs as its own process (``python -m qa.cli serve``) on 127.0.0.1 over a
temporary corpus that includes a document whose text holds ``<script>alert(1)</script>``;
the test types questions, waits for the answers, checks what a reader sees, and saves
a screenshot to artifacts/chat.png.

Needs: ``apt-get install -y chromium`` and ``pip install playwright`` (the Python package
only: the browser is Debian's, nothing is downloaded by ``playwright install``).
"""
from __future__ import annotations

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

if not CHROMIUM.exists():
    pytest.skip("Debian's Chromium is missing: apt-get install -y chromium", allow_module_level=True)
try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:
    pytest.skip("the playwright package is missing: pip install playwright", allow_module_level=True)


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    """The chat served by its own process over a temporary corpus and index."""
    with served_app(tmp_path_factory.mktemp("browser"), CORPUS_FILES, {"examplia-notice.txt": SCRIPT_DOC}) as (url, _):
        yield url


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
