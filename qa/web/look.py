"""The page's look and its one piece of behaviour: styles, theme, and the scroll rule.

The scroll rule: the chat does not follow the end of a growing answer (Gradio's
autoscroll is off); when a new question appears, it is brought to the top of the chat
(and into the window), so the reader sees the question, then the verdict and the start of
the answer, with the sources below. Nothing else moves the page.
"""
from __future__ import annotations

import gradio as gr

CSS = """
.qa-msg { line-height: 1.55; }
.qa-question-text { white-space: pre-wrap; }
.qa-understood { font-size: 0.9em; color: #555; margin-bottom: 0.4em; }
.qa-understood b { font-weight: 600; }
.qa-answer { padding: 0.5em 0.75em; border-radius: 6px; border-left: 4px solid #2563eb; background: #eff6ff; color: #111; }
.qa-notfound { border-left-color: #d97706; background: #fffbeb; color: #78350f; }
.qa-notfound-title { font-weight: 700; display: block; margin-bottom: 0.25em; }
.qa-ref { font-weight: 600; color: #1d4ed8; white-space: nowrap; }
.qa-note { font-size: 0.85em; color: #666; margin-top: 0.35em; }
.qa-sources { margin-top: 0.6em; }
.qa-sources-title { font-weight: 600; font-size: 0.95em; margin-bottom: 0.3em; cursor: pointer; }
.qa-source { border: 1px solid #e5e7eb; border-radius: 6px; padding: 0.45em 0.65em; margin-bottom: 0.45em; background: #fff; color: #111; }
.qa-source-head { font-size: 0.92em; }
.qa-source-num { font-weight: 700; color: #1d4ed8; margin-right: 0.3em; }
.qa-source-title { font-weight: 600; }
.qa-uploaded { font-size: 0.8em; font-weight: 600; color: #065f46; background: #d1fae5; border-radius: 4px; padding: 0 0.35em; margin-left: 0.3em; white-space: nowrap; }
.qa-source-meta { font-size: 0.8em; color: #6b7280; }
.qa-source-meta code { font-size: 0.95em; }
.qa-excerpt { font-size: 0.88em; color: #374151; margin-top: 0.3em; white-space: normal; }
.qa-closest .qa-source { background: #f9fafb; color: #4b5563; border-style: dashed; }
.qa-closest .qa-sources-title { color: #6b7280; font-weight: 500; }
.qa-excerpt mark { background: #fde68a; color: #111; padding: 0 1px; border-radius: 2px; }
#qa-header h2 { margin: 0.2em 0; }
#qa-header p { margin: 0.2em 0 0.4em; }
/* Full file names in the narrow upload panel, wrapped rather than cut to ".t". */
#qa-files .file-name, #qa-files td, #qa-files span { white-space: normal !important; overflow-wrap: anywhere;
  text-overflow: clip !important; max-width: none !important; }
#qa-add-status textarea { font-size: 0.85em; }
"""

THEME = gr.themes.Default(
    # System fonts only: nothing is fetched from a font server.
    font=["system-ui", "-apple-system", "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC",
          "Microsoft YaHei", "sans-serif"],
    font_mono=["ui-monospace", "Consolas", "DejaVu Sans Mono", "monospace"],
)

#: Run once when the page loads: bring each new question to the top of the chat, once.
SCROLL_JS = """
() => {
  let seen = 0;
  const users = (chat) => chat.querySelectorAll('.message-row.user-row, [data-testid="user"]');
  const place = () => {
    const chat = document.querySelector('#qa-chat');
    if (!chat) return;
    const rows = users(chat);
    if (rows.length < seen) seen = rows.length;          // the chat was cleared
    if (rows.length === seen) return;
    seen = rows.length;
    const last = rows[rows.length - 1];
    let box = last.parentElement;                        // the chat's own scrolling area
    while (box && box !== chat.parentElement && !(box.scrollHeight > box.clientHeight + 1
           && getComputedStyle(box).overflowY !== 'visible')) box = box.parentElement;
    if (box && box !== chat.parentElement) {
      box.scrollTop += last.getBoundingClientRect().top - box.getBoundingClientRect().top - 4;
    }
    const top = last.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight * 0.5) {     // out of the window, or low in it
      window.scrollBy({top: top - 8, behavior: 'instant'});
    }
  };
  new MutationObserver(() => requestAnimationFrame(place))
    .observe(document.body, {childList: true, subtree: true});
}
"""
