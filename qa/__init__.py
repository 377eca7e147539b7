"""Offline question answering with citations over policy documents.

    import qa
    qa.build_index()                      # corpus/ -> index/, re-embedding only what changed
    qa.verify_index()                     # every index file against its checksum (build_index repairs)
    qa.retrieve("question", k=5)          # -> list[Passage]
    qa.answer("question", k=5)            # -> Answer(text, found, citations)
"""
# First, before anything below can load onnxruntime or huggingface_hub: telemetry off (qa/offline.py).
from qa import offline as _offline

_offline.apply()

from qa.api import answer, build_index, get_engine, retrieve, retrieve_many, verify_index  # noqa: E402
from qa.records import Answer, BuildReport, Passage  # noqa: E402
from qa.settings import Settings  # noqa: E402

__all__ = ["answer", "build_index", "verify_index", "retrieve", "retrieve_many", "get_engine", "Answer", "BuildReport",
           "Passage", "Settings"]
__version__ = "0.1.0"
