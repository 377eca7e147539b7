"""The web side: the chat page's pieces and the JSON HTTP API, served together by ``qa serve``.

* ``strings``   the page's words in English and Chinese, the example questions
* ``text``      questions are text: markup stripped before search, everything escaped for HTML
* ``render``    answers, sources and messages as escaped HTML for the chat
* ``filters``   the region/date filter fields -> the engine's ``where``
* ``chat``      one chat turn, streamed (the page's handler)
* ``documents`` adding and removing documents from the page (progress by callback)
* ``http_api``  ``/api/ask``, ``/api/retrieve``, ``/api/regions``, ``/api/documents``
* ``origin``    the Host and Origin/Referer checks on every request that changes something
* ``server``    the page and the API on one FastAPI app, served by uvicorn

``app.py`` at the repository root only lays the page out from these.
"""
