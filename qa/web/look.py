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
#qa-files table.file-preview { width: 100%; table-layout: auto; }
#qa-files tr.file { flex-wrap: wrap; }
#qa-files td.filename { display: block !important; flex: 1 1 100% !important; min-width: 0; width: auto !important;
  white-space: normal !important; overflow: visible !important;
  overflow-wrap: anywhere; word-break: normal; }
#qa-files td.filename span { display: inline; white-space: normal !important; overflow: visible !important;
  text-overflow: clip !important; max-width: none !important; overflow-wrap: anywhere; }
#qa-files td.download { flex: 0 0 auto; width: auto !important; min-width: 0 !important; white-space: nowrap; }
#qa-add-status textarea { font-size: 0.85em; }
"""

THEME = gr.themes.Default(
    # System fonts only: nothing is fetched from a font server.
    font=["system-ui", "-apple-system", "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC",
          "Microsoft YaHei", "sans-serif"],
    font_mono=["ui-monospace", "Consolas", "DejaVu Sans Mono", "monospace"],
)

#: Run once when the page loads. A new question is pinned to the top of the chat's scrolling
#: area while its answer streams in (so the verdict and the answer's start sit right under it),
#: until the reader scrolls, clicks or types in the chat, or 30 s pass. The window itself is
#: moved only when the chat is out of view.
SCROLL_JS = """
() => {
  let seen = 0, pin = -1, until = 0;
  const rowsOf = (chat) => chat.querySelectorAll('.message-row.user-row');
  const scrollerOf = (el, chat) => {
    for (let b = el.parentElement; b && chat.contains(b); b = b.parentElement) {
      const y = getComputedStyle(b).overflowY;
      if (y === 'auto' || y === 'scroll') return b;
    }
    return null;
  };
  const place = () => {
    const chat = document.querySelector('#qa-chat');
    if (!chat) return;
    const rows = rowsOf(chat);
    if (rows.length < seen) { seen = rows.length; pin = -1; }  // the chat was cleared
    if (rows.length > seen) {
      seen = rows.length; pin = rows.length - 1; until = Date.now() + 30000;
      const area = (scrollerOf(rows[pin], chat) || chat).getBoundingClientRect();
      if (area.top < 0 || area.top > window.innerHeight - 160) {
        window.scrollBy({top: area.top - 8, behavior: 'instant'});
      }
    }
    if (pin < 0 || pin >= rows.length || Date.now() > until) return;
    const row = rows[pin], box = scrollerOf(row, chat);
    if (!box) return;
    const want = box.scrollTop + row.getBoundingClientRect().top - box.getBoundingClientRect().top - 32;
    if (Math.abs(want - box.scrollTop) > 1) box.scrollTop = want;
  };
  const release = (e) => { if (e.target && e.target.closest && e.target.closest('#qa-chat')) pin = -1; };
  for (const name of ['wheel', 'touchstart', 'mousedown', 'keydown']) {
    document.addEventListener(name, release, {passive: true, capture: true});
  }
  new MutationObserver(() => requestAnimationFrame(place))
    .observe(document.body, {childList: true, subtree: true, characterData: true});
}
"""
