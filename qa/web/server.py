"""The page and the JSON API on one FastAPI app: what ``qa serve`` runs.

Gradio runs on FastAPI, so the page (a ``gr.Blocks``) is mounted on an app that also
carries ``/api/...`` (``qa.web.http_api``), behind the Host and Origin checks
(``qa.web.origin``), and uvicorn serves it on one port.
"""
from __future__ import annotations

import os
import threading
import time
from contextlib import contextmanager

import gradio as gr
from fastapi import FastAPI

from qa.settings import Settings
from qa.uploads import MAX_UPLOAD_BYTES
from qa.web.chat import CHAT_CONCURRENCY
from qa.web.http_api import api_router
from qa.web.look import CSS, SCROLL_JS, THEME
from qa.web.origin import OriginGuard, allowed_hosts


def create_app(demo: gr.Blocks, settings: Settings, host: str = "127.0.0.1", port: int = 7860,
               uploads: bool = True) -> FastAPI:
    """The server's app: ``/api/...`` first, then the page at ``/``, all behind ``OriginGuard``
    for the hosts that ``host`` allows (plus QA_ALLOWED_HOSTS, comma-separated)."""
    app = FastAPI(title="Policy QA", docs_url=None, redoc_url=None, openapi_url=None)
    app.include_router(api_router(settings, uploads=uploads))
    extra = [h for h in os.environ.get("QA_ALLOWED_HOSTS", "").split(",") if h.strip()]
    app.add_middleware(OriginGuard, allowed=allowed_hosts(host, extra))
    demo.queue(default_concurrency_limit=CHAT_CONCURRENCY)
    # Gradio refuses files over twice the upload limit outright; smaller ones over the limit
    # reach add_files, which says what the limit is.
    return gr.mount_gradio_app(app, demo, path="/", server_name=host, server_port=port, footer_links=["api"],
                               show_error=True, max_file_size=2 * MAX_UPLOAD_BYTES, ssr_mode=False,
                               mcp_server=False, theme=THEME, css=CSS, js=SCROLL_JS)


def serve(app: FastAPI, host: str, port: int) -> None:
    """Serve until interrupted."""
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


@contextmanager
def serving(app: FastAPI, host: str = "127.0.0.1", port: int = 0, timeout: float = 60):
    """Serve ``app`` in a thread of this process while the block runs; yields its URL (tests)."""
    import socket

    import uvicorn

    if not port:
        with socket.socket() as s:
            s.bind((host, 0))
            port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, name="qa-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"the server did not start on {host}:{port}")
        time.sleep(0.05)
    try:
        yield f"http://{host}:{port}/"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
