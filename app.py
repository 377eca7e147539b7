"""The web chat's layout: a Gradio page over the engine, served with the JSON API by ``qa serve``.

    python app.py            # or: qa serve [--host 127.0.0.1] [--port 7860]

Everything but the layout lives in ``qa/web/``: the words (``strings``), rendering
(``render``), the filter (``filters``), the chat turn (``chat``), adding and removing
documents (``documents``), the API (``http_api``), the Host/Origin checks (``origin``)
and the server (``server``). The page makes no outside connection: no analytics, no
share link, no web fonts.
"""
from __future__ import annotations

import os
import sys
import time

# Before gradio is imported: it reads these at import time.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

import gradio as gr  # noqa: E402

from qa.api import get_engine  # noqa: E402
from qa.corpus import SUPPORTED_SUFFIXES  # noqa: E402
from qa.settings import Settings  # noqa: E402
from qa.uploads import MAX_UPLOAD_BYTES  # noqa: E402
from qa.web.chat import CHAT_CONCURRENCY, EXTRACTIVE, GENERATIVE, chat_turn, generative_available, page_language  # noqa: E402
from qa.web.documents import add_documents, remove_uploaded, uploaded_choices  # noqa: E402
from qa.web.filters import ALL_REGIONS, filter_regions, parse_filter, region_choices  # noqa: E402
from qa.web.server import create_app, serve  # noqa: E402
from qa.web.strings import EXAMPLES, ui_strings  # noqa: E402

__all__ = ["build_app", "create_server_app", "main", "CHAT_CONCURRENCY", "EXTRACTIVE", "GENERATIVE"]


def _examples(lang: str) -> list[dict]:
    return [{"text": q} for q in EXAMPLES.get(lang, EXAMPLES["en"])]


def _empty_chat(lang: str) -> str:
    return f"**{ui_strings(lang)['empty_chat']}**"


def _labels(lang: str, gen_ok: bool, regions: list[str]) -> tuple:
    """Updates for the labelled components, in the order ``build_app`` lists them; the
    region choices are refreshed too (``regions``: those of the index now)."""
    ui = ui_strings(lang)
    return (
        f"## {ui['title']}\n{ui['intro']}",
        gr.update(label=ui["chat"], examples=_examples(lang), placeholder=_empty_chat(lang)),
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
    filter lists the index's regions). ``uploads=False`` leaves out the documents panel.

    >>> build_app()  # doctest: +SKIP
    """
    settings = settings or Settings.from_env()
    engine = get_engine(settings)
    gen_ok = generative_available()
    ui = ui_strings("en")
    with gr.Blocks(title="Medical insurance policy Q&A · 医保政策问答", analytics_enabled=False) as demo:
        page_lang = gr.State("en")
        asked = gr.State([])
        header = gr.Markdown(f"## {ui['title']}\n{ui['intro']}", elem_id="qa-header")
        with gr.Row():
            with gr.Column(scale=4):
                # autoscroll off: the page script brings each new question to the top instead.
                chatbot = gr.Chatbot(label=ui["chat"], height="62vh", elem_id="qa-chat", latex_delimiters=[],
                                     buttons=["copy"], feedback_options=None, sanitize_html=True,
                                     autoscroll=False, examples=_examples("en"), placeholder=_empty_chat("en"))
                with gr.Row():
                    # No autofocus: on a phone it scrolls the page past the title and the examples.
                    box = gr.Textbox(label=ui["question"], placeholder=ui["placeholder"], scale=5,
                                     elem_id="qa-question", autofocus=False, lines=1, max_lines=4)
                    send = gr.Button(ui["send"], variant="primary", scale=1, elem_id="qa-send")
                clear = gr.Button(ui["clear"], size="sm", elem_id="qa-clear")
            with gr.Column(scale=1, min_width=260):
                lang_choice = gr.Radio([("Auto", "auto"), ("English", "en"), ("中文", "zh")], value="auto",
                                       label=ui["language"], elem_id="qa-lang")
                k = gr.Slider(1, 10, value=5, step=1, label=ui["k"], elem_id="qa-k")
                mode = gr.Radio(
                    [(ui["extractive"], EXTRACTIVE), (ui["generative"], GENERATIVE)], value=EXTRACTIVE,
                    label=ui["mode"], interactive=gen_ok, elem_id="qa-mode",
                    info=ui["generative_on"] if gen_ok else ui["generative_needs"],
                )
                with gr.Accordion(ui["filter"], open=True, elem_id="qa-filter") as filter_box:
                    # Custom values allowed: the choices are refreshed as documents arrive, but a program
                    # calling /chat sees those of start-up; the filter itself says when nothing matches.
                    region_pick = gr.Dropdown(region_choices(filter_regions(engine)), value=ALL_REGIONS,
                                              label=ui["region"], elem_id="qa-region", allow_custom_value=True)
                    # Initial values make the three optional in the /chat API.
                    date_from_box = gr.Textbox("", label=ui["date_from"], placeholder=ui["date_placeholder"],
                                               max_lines=1, elem_id="qa-date-from")
                    date_to_box = gr.Textbox("", label=ui["date_to"], placeholder=ui["date_placeholder"],
                                             max_lines=1, elem_id="qa-date-to")
                if uploads:
                    limit_mb = MAX_UPLOAD_BYTES // (1024 * 1024)
                    with gr.Accordion("Add documents · 添加文档", open=False, elem_id="qa-add"):
                        gr.Markdown(f"Types: {', '.join(SUPPORTED_SUFFIXES)}; up to {limit_mb} MB each. Only the "
                                    f"new files are indexed; questions are answered meanwhile. · 每个文件不超过 {limit_mb} MB。")
                        upload_files = gr.File(file_count="multiple", type="filepath", label="Files · 文件",
                                               elem_id="qa-files")
                        add_button = gr.Button("Add and rebuild · 添加并重建索引", elem_id="qa-add-button")
                        add_status = gr.Textbox(label="Status · 状态", lines=4, max_lines=12, interactive=False,
                                                elem_id="qa-add-status", autoscroll=False)
                    with gr.Accordion("Remove an uploaded document · 删除上传的文档", open=False, elem_id="qa-remove"):
                        remove_pick = gr.Dropdown(uploaded_choices(settings), value=None, label="Uploaded · 已上传",
                                                  elem_id="qa-remove-pick")
                        remove_button = gr.Button("Remove… · 删除…", size="sm", elem_id="qa-remove-button")
                        with gr.Group(visible=False, elem_id="qa-remove-confirm") as confirm_box:
                            confirm_text = gr.Markdown("", elem_id="qa-remove-question")
                            with gr.Row():
                                confirm_yes = gr.Button("Yes, remove · 确认删除", variant="stop", size="sm",
                                                        elem_id="qa-remove-yes")
                                confirm_no = gr.Button("Cancel · 取消", size="sm", elem_id="qa-remove-no")
                        remove_status = gr.Textbox(label="Status · 状态", lines=2, max_lines=6, interactive=False,
                                                   elem_id="qa-remove-status")
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
        # One public endpoint, "/chat" (the Enter key); the button and the examples run the same
        # handler. All share one queue of CHAT_CONCURRENCY workers, apart from the documents' queue.
        chat_queue = dict(show_progress="minimal", concurrency_limit=CHAT_CONCURRENCY, concurrency_id="chat")
        for trigger, name in ((box.submit, "chat"), (send.click, "chat_button")):
            trigger(respond, inputs, outputs, api_name=name, api_visibility="public" if name == "chat" else "private",
                    **chat_queue).then(relabel, [page_lang], labelled, api_visibility="private", queue=False)

        def example_text(event: gr.SelectData):
            return event.value["text"] if isinstance(event.value, dict) else str(event.value)

        # Clicking an example asks it.
        chatbot.example_select(example_text, None, [box], api_visibility="private", queue=False).then(
            respond, inputs, outputs, api_visibility="private", **chat_queue).then(
            relabel, [page_lang], labelled, api_visibility="private", queue=False)
        if uploads:
            def upload(files):
                status = ""
                for status in add_documents(files, settings, engine):
                    yield status, gr.update()
                # Each file now has its status line: the list is cleared, so the next add does not resubmit them.
                yield status, (None if files else gr.update())

            def uploads_now(lang):
                return regions_now(lang), gr.update(choices=uploaded_choices(settings))

            # Its own queue, one at a time: a rebuild never takes a chat worker.
            add_button.click(upload, [upload_files], [add_status, upload_files], api_name="add_documents",
                             api_visibility="undocumented", concurrency_limit=1, concurrency_id="upload",
                             show_progress="minimal").then(
                uploads_now, [page_lang], [region_pick, remove_pick], api_visibility="private", queue=False)

            def ask_to_remove(name):
                if not name:
                    return gr.update(visible=False), "", "Choose an uploaded document to remove. · 请选择要删除的上传文档。"
                return (gr.update(visible=True),
                        f"Remove **{name}** from the corpus and the index? This cannot be undone. · 确认删除？", "")

            def remove(name):
                for status in remove_uploaded(name, settings, engine):
                    yield status, gr.update(visible=False)

            remove_button.click(ask_to_remove, [remove_pick], [confirm_box, confirm_text, remove_status],
                                api_visibility="private", queue=False)
            confirm_no.click(lambda: gr.update(visible=False), None, [confirm_box], api_visibility="private",
                             queue=False)
            confirm_yes.click(remove, [remove_pick], [remove_status, confirm_box], api_name="remove_document",
                              api_visibility="undocumented", concurrency_limit=1, concurrency_id="upload").then(
                uploads_now, [page_lang], [region_pick, remove_pick], api_visibility="private", queue=False)
        clear.click(lambda: ([], []), None, [chatbot, asked], api_visibility="private", queue=False)
        lang_choice.change(switch, [lang_choice, page_lang], [page_lang, *labelled],
                           api_visibility="private", queue=False)
        # A page opened after a build (here or by `qa build`) lists that index's regions.
        demo.load(regions_now, [page_lang], [region_pick], api_visibility="private", queue=False)
    return demo


def create_server_app(settings: Settings | None = None, host: str = "127.0.0.1", port: int = 7860,
                      uploads: bool = True):
    """The page and the JSON API on one FastAPI app (what ``main`` serves; tests serve it too)."""
    settings = settings or Settings.from_env()
    return create_app(build_app(settings, uploads), settings, host, port, uploads)


def main(host: str = "127.0.0.1", port: int = 7860, settings: Settings | None = None) -> int:
    """Load the index once, then serve the chat and the API until interrupted.

    >>> main(port=7861)  # doctest: +SKIP
    """
    settings = settings or Settings.from_env()
    engine = get_engine(settings)
    started = time.perf_counter()
    engine.retriever  # builds the index on first use, loads it and the model once
    print(f"qa: index {settings.index_dir}/ loaded in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    app = create_server_app(settings, host, port)
    print(f"qa: chat on http://{host}:{port}  ·  JSON API on http://{host}:{port}/api/", flush=True)
    serve(app, host, port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
