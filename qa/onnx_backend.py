"""The embedding model run by ONNX Runtime instead of PyTorch, optionally with int8 weights.

Why: embedding is the cost of a build and the floor of a question's latency. Measured on
this machine's 2 AVX2 cores (README "Speed"): the float export gives PyTorch's vectors
(cosine 1.0000) about 1.3x as fast in bulk and 3x as fast for one question; int8 weights
about 1.8x and 5x, with vectors at cosine 0.98-1.0 to PyTorch's.

Nothing is downloaded: the sentence-transformers model already on disk is exported with
``torch.onnx.export`` (eager attention, which ONNX Runtime's BERT optimiser fuses into
single Attention/BiasGelu/LayerNorm operators), then for ``onnx-int8`` quantised with
dynamic int8, per-channel weights (per-tensor weights lost up to 0.12 of cosine on this
CPU, per-channel 0.02). The result is checked against the PyTorch model on probe texts and
cached in ``cache_dir`` under a key of the model's files, the recipe and the library
versions, so it is made once per machine (5-10 seconds) and never committed.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
import uuid
from pathlib import Path

import numpy as np

#: Bump when the export recipe changes: older cached exports are then made again.
RECIPE = 1

#: Smallest cosine between PyTorch's and the export's vector on any probe text: below it the
#: export is refused (and the torch backend used) rather than silently indexing worse vectors.
MIN_PROBE_COSINE = {"onnx": 0.999, "onnx-int8": 0.95}

#: Texts the export is checked on: short and long, English, Chinese, figures.
PROBE_TEXTS = [
    "What is the outpatient reimbursement ratio for residents in Shandong?",
    "城乡居民医保门诊报销比例是多少？",
    "The annual per capita financial subsidy for residents' medical insurance rose by 30 yuan to 640 yuan, "
    "and the ceiling for critical illness insurance was raised to 400,000 yuan in 2023. " * 3,
    "DRG/DIP payment reform covered 90% of pooling areas; 1.3 billion people were insured.",
]

#: ONNX Runtime's BERT optimiser fuses attention for these model types (config.model_type);
#: others are exported unfused (slower, same vectors), and the probe check guards both.
_FUSABLE = {"bert", "roberta", "xlm-roberta"}


class BackendUnavailable(RuntimeError):
    """The ONNX backend cannot serve this model here; the message says why and what to set."""


def unsupported_reason(st) -> str | None:
    """Why a sentence-transformers model cannot go through this exporter, or None.

    It handles the common shape of an embedding model: a Hugging Face transformer, mean or
    CLS pooling, and an optional Normalize; anything else (dense layers, other poolings) stays
    with PyTorch rather than risk different vectors.
    """
    kinds = [type(m).__name__ for m in st]
    if kinds[:2] != ["Transformer", "Pooling"] or any(k != "Normalize" for k in kinds[2:]):
        return f"its modules are {' + '.join(kinds)}; the exporter knows Transformer + Pooling (+ Normalize)"
    mode = getattr(st[1], "pooling_mode", None)
    if mode not in ("mean", "cls"):
        return f"its pooling is {mode!r}; the exporter knows 'mean' and 'cls'"
    return None


def _model_files_key(st) -> str:
    """A digest of the model folder's files (names, sizes, times): a changed model exports anew."""
    folder = Path(str(st[0].auto_model.name_or_path))
    h = hashlib.sha256()
    for path in sorted(folder.glob("**/*")) if folder.is_dir() else []:
        if path.is_file():
            stat = path.stat()
            h.update(f"{path.relative_to(folder)}|{stat.st_size}|{stat.st_mtime_ns}\n".encode())
    return h.hexdigest()


def cache_key(st, backend: str) -> str:
    """The cache folder name for ``st`` exported as ``backend``: any change makes a new export."""
    import onnxruntime
    import torch
    import transformers

    h = hashlib.sha256()
    h.update(f"{backend}|{RECIPE}|{onnxruntime.__version__}|{torch.__version__}|{transformers.__version__}|".encode())
    h.update(str(st[0].auto_model.name_or_path).encode())
    h.update(_model_files_key(st).encode())
    return f"{backend}-{h.hexdigest()[:16]}"


def _token_states(model, input_names):
    """``model`` as a module taking the tokenizer's tensors in order, giving ``last_hidden_state``."""
    import torch

    class TokenStates(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.model = model

        def forward(self, *tensors):
            return self.model(**dict(zip(input_names, tensors))).last_hidden_state

    return TokenStates()


def export(st, backend: str, folder: Path) -> Path:
    """Write ``model.onnx`` for ``st`` into ``folder`` (float, or int8 for "onnx-int8")."""
    import copy
    import warnings

    import onnx
    import torch

    folder.mkdir(parents=True, exist_ok=True)
    features = st.preprocess(["a short probe", "a second, longer probe sentence"])
    names = [n for n in ("input_ids", "attention_mask", "token_type_ids") if n in features]
    model = copy.deepcopy(st[0].auto_model).eval()
    model.set_attn_implementation("eager")  # the pattern ONNX Runtime's optimiser fuses
    float_path = folder / "float.onnx"
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")  # the exporter's notes on traced shapes are expected
        torch.onnx.export(
            _token_states(model, names), tuple(features[n] for n in names), str(float_path),
            input_names=names, output_names=["last_hidden_state"],
            dynamic_axes={n: {0: "batch", 1: "tokens"} for n in [*names, "last_hidden_state"]},
            opset_version=17, dynamo=False,
        )
    config = model.config
    fused = float_path
    if getattr(config, "model_type", "") in _FUSABLE:
        from onnxruntime.transformers.optimizer import optimize_model

        fused = folder / "fused.onnx"
        optimize_model(str(float_path), model_type="bert", opt_level=1, num_heads=config.num_attention_heads,
                       hidden_size=config.hidden_size).save_model_to_file(str(fused))
    target = folder / "model.onnx"
    if backend == "onnx-int8":
        from onnxruntime.quantization import QuantType, quantize_dynamic

        # Per-channel int8 weights: per-tensor ones cost up to 0.12 of cosine to PyTorch here.
        root = logging.getLogger()
        level = root.level
        root.setLevel(logging.ERROR)  # it advises a pre-processing step that changes nothing here
        try:
            quantize_dynamic(str(fused), str(target), weight_type=QuantType.QInt8, per_channel=True,
                             extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
        finally:
            root.setLevel(level)
    else:
        os.replace(fused, target)
    for scratch in (float_path, folder / "fused.onnx"):
        scratch.unlink(missing_ok=True)
    return target


class OnnxEncoder:
    """Encodes like ``SentenceTransformer.encode(normalize_embeddings=True)``, with ONNX Runtime."""

    def __init__(self, st, model_path: Path):
        import onnxruntime as ort

        self.st = st
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3  # its warnings about unused initialisers are noise
        # Idle threads sleep rather than spin: spinning took CPU from the web server's other
        # requests and from PyTorch in the same process (2 cores).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
        self.input_names = [i.name for i in self.session.get_inputs()]
        self.cls = getattr(st[1], "pooling_mode", "mean") == "cls"

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        # Longest first, as sentence-transformers does: batches of like lengths pad little.
        order = np.argsort([-len(t) for t in texts], kind="stable")
        out = np.empty((len(texts), self.st[1].embedding_dimension), dtype=np.float32)
        for start in range(0, len(texts), batch_size):
            rows = order[start:start + batch_size]
            features = self.st.preprocess([texts[i] for i in rows])
            feed = {n: features[n].numpy().astype(np.int64) for n in self.input_names}
            states = self.session.run(None, feed)[0]
            if self.cls:
                vectors = states[:, 0]
            else:
                mask = feed["attention_mask"][..., None].astype(np.float32)
                vectors = (states * mask).sum(axis=1) / np.clip(mask.sum(axis=1), 1e-9, None)
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            out[rows] = vectors / np.clip(norms, 1e-12, None)
        return out


def probe_cosines(st, encoder: OnnxEncoder) -> np.ndarray:
    """Cosine between PyTorch's and the export's vector for each probe text."""
    reference = st.encode(PROBE_TEXTS, normalize_embeddings=True, convert_to_numpy=True)
    return (reference * encoder.encode(PROBE_TEXTS, batch_size=8)).sum(axis=1)


def load_encoder(st, backend: str, cache_dir: Path, log=None) -> OnnxEncoder:
    """The cached export of ``st`` for ``backend``, made (and checked) on first use.

    Raises ``BackendUnavailable`` when the model cannot be exported or the export's vectors
    stray from PyTorch's; the caller then says so and stays with PyTorch.
    """
    say = log or (lambda message: None)
    reason = unsupported_reason(st)
    if reason:
        raise BackendUnavailable(f"the {backend} backend cannot run this model: {reason}")
    try:
        import onnxruntime  # noqa: F401
    except ImportError as exc:  # pragma: no cover - a broken install
        raise BackendUnavailable(f"the {backend} backend needs onnxruntime: `pip install onnxruntime onnx`") from exc
    folder = Path(cache_dir) / cache_key(st, backend)
    if (folder / "model.onnx").is_file():
        try:
            return OnnxEncoder(st, folder / "model.onnx")
        except Exception as exc:  # damaged on disk (a full disk, a hand edit): made again below
            say(f"the cached export in {folder}/ cannot be loaded ({exc}): exporting it again")
    say(f"exporting the embedding model for the {backend} backend into {folder}/ (once per machine)")
    try:
        _make_export(st, backend, Path(cache_dir), folder)
    except OSError as exc:
        raise BackendUnavailable(f"cannot write the {backend} export into {cache_dir}/ ({exc}): "
                                 "set QA_CACHE_DIR to a writable folder") from exc
    return OnnxEncoder(st, folder / "model.onnx")


def _make_export(st, backend: str, cache_dir: Path, folder: Path) -> None:
    """Export, check and move the result to ``folder``.

    Built aside and renamed into place: a reader never sees half an export, and of two
    processes exporting at once the second simply uses the first one's folder.
    """
    cache_dir.mkdir(parents=True, exist_ok=True)
    for stale in cache_dir.glob(".tmp-*"):  # left by a killed export; an hour is far beyond one
        if time.time() - stale.stat().st_mtime > 3600:
            shutil.rmtree(stale, ignore_errors=True)
    shutil.rmtree(folder, ignore_errors=True)  # what is there could not be loaded
    scratch = Path(tempfile.mkdtemp(prefix=f".tmp-{uuid.uuid4().hex[:6]}-", dir=cache_dir))
    scratch.chmod(0o755)  # readable by the other users of a shared cache
    try:
        try:
            export(st, backend, scratch)
        except Exception as exc:
            raise BackendUnavailable(f"exporting the model for the {backend} backend failed: {exc}") from exc
        cosines = probe_cosines(st, OnnxEncoder(st, scratch / "model.onnx"))
        if cosines.min() < MIN_PROBE_COSINE[backend]:
            raise BackendUnavailable(
                f"the {backend} export strays from the PyTorch model (cosine {cosines.min():.3f} on a probe text, "
                f"below {MIN_PROBE_COSINE[backend]})")
        (scratch / "export.json").write_text(json.dumps(
            {"backend": backend, "recipe": RECIPE, "model": str(st[0].auto_model.name_or_path),
             "probe_cosine_min": round(float(cosines.min()), 5)}, indent=1), encoding="utf-8")
        try:
            os.rename(scratch, folder)
        except OSError:  # another process got there first: use its export
            pass
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
