"""No outside connection: the switches that keep bundled libraries from phoning home.

Each library reads its switch once, when it loads, so ``apply()`` runs first thing in
``qa/__init__.py``: every entry point (the Python API, ``qa`` and ``python -m qa.cli``,
``app.py``, which imports qa before onnxruntime ever loads, and the tests) goes through it.

* ONNX Runtime's telemetry, native code inside onnxruntime_pybind11_state.so, looks up
  ``mobile.events.data.microsoft.com`` from any process that runs a session for more than a
  few seconds (``qa serve``, a long build) and queues events under
  ``~/.cache/Microsoft/DeveloperTools/``. Only ORT_DISABLE_TELEMETRY=1, set before the
  library loads, stops it (``onnxruntime.disable_telemetry_events()`` does not).
* Gradio's analytics, Hugging Face Hub and transformers downloads and telemetry.

A value the user set is kept (``setdefault``). ``python -m qa.tools.offline_check`` proves
the result: a build and a served question under strace, counting connections off loopback.
"""
from __future__ import annotations

import os

OFFLINE_ENVIRONMENT = {
    "ORT_DISABLE_TELEMETRY": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "DO_NOT_TRACK": "1",
}


def apply() -> None:
    """Set every switch not already set (before onnxruntime, gradio or huggingface_hub load)."""
    for name, value in OFFLINE_ENVIRONMENT.items():
        os.environ.setdefault(name, value)
