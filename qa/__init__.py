"""Offline question answering with citations over policy documents.

    import qa
    qa.build_index()                      # corpus/ -> index/, re-embedding only what changed
    qa.verify_index()                     # every index file against its checksum (build_index repairs)
    qa.retrieve("question", k=5)          # -> list[Passage]
    qa.answer("question", k=5)            # -> Answer(text, found, citations)
"""
from qa.api import answer, build_index, get_engine, retrieve, retrieve_many, verify_index
from qa.records import Answer, BuildReport, Passage
from qa.settings import Settings

__all__ = ["answer", "build_index", "verify_index", "retrieve", "retrieve_many", "get_engine", "Answer", "BuildReport",
           "Passage", "Settings"]
__version__ = "0.1.0"
