"""The index on disk: build it (incrementally, atomically) and load it (checked).

Layout of the index folder::

    index/CURRENT           name of the version in use, replaced atomically
    index/v-<stamp>/        manifest.json, chunks.jsonl, dense.faiss, lexical/ (bm25s)
    index/.build.lock       held while a build runs

A build writes a complete new version beside the current one and then swaps the
CURRENT pointer with ``os.replace``, so an interrupted or failed build leaves the
previous index working, and a running chat keeps the version it loaded until it
reloads. Unchanged documents (same text hash, same model and chunking) keep their
chunks and vectors: only what changed is embedded.
"""
from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from qa.chunking import split_document
from qa.corpus import Document, load_corpus, text_hash, too_many_chunks
from qa.records import BuildReport
from qa.sentences import SentenceTable, document_sentences, embed_sentences, read_table, write_table
from qa.settings import Settings

FORMAT_VERSION = 1
# Bump when tokenisation changes, so stored tokens are not reused across versions.
TOKENIZER_VERSION = 3  # 3: documents also carry pinyin syllable pairs
CURRENT = "CURRENT"
LOCK = ".build.lock"
#: From this many chunks on, the dense index is an HNSW graph instead of an exact flat scan:
#: flat search time grows with the chunks (about 0.1 ms per 1,000 on 2 cores, see README "Scale"),
#: HNSW stays near 1 ms. Below it, flat is exact and builds instantly.
ANN_THRESHOLD = 50_000
#: HNSW parameters, chosen by ``qa bench --scale``: efSearch 192 gives recall@10 against flat >= 0.95
#: at 100k synthetic vectors (efConstruction 160 would allow 128, but builds ~3x slower).
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 192


class IndexNotUsable(RuntimeError):
    """The index is missing, damaged or built with other settings; the message says what to run."""


class IndexMissing(IndexNotUsable):
    pass


class BuildInProgress(RuntimeError):
    pass


@dataclass
class ChunkRecord:
    text: str
    source: str
    start: int
    end: int
    tokens: list[str] = field(default_factory=list)


@dataclass
class LoadedIndex:
    """Everything retrieval needs, in memory: loading never touches the files again."""

    path: Path
    manifest: dict
    chunks: list[ChunkRecord]
    dense: object  # faiss.Index
    lexical: object  # bm25s.BM25 or None when the corpus has no tokens
    doc_freq: dict[str, int]
    sentences: SentenceTable | None = None  # None: built before sentences were stored

    @property
    def documents(self) -> dict:
        return self.manifest["documents"]

    def vectors(self) -> np.ndarray:
        n = self.dense.ntotal
        if n == 0:
            return np.zeros((0, self.manifest["dimension"]), dtype=np.float32)
        return self.dense.reconstruct_n(0, n)


def make_dense_index(matrix: np.ndarray, dimension: int, kind: str | None = None):
    """The FAISS index for these (normalised) vectors: exact flat inner product below
    ``ANN_THRESHOLD`` chunks, an HNSW graph (inner product) from there on.

    Both keep the vectors themselves, so ``reconstruct`` (the incremental build and
    ``Retriever.similarities``) works on either. ``kind`` ("flat" or "hnsw") forces one
    (the scale benchmark compares both at every size).
    """
    import faiss

    n = len(matrix)
    if kind not in (None, "flat", "hnsw"):
        raise ValueError(f"kind must be 'flat' or 'hnsw', got {kind!r}")
    if kind == "flat" or (kind is None and n < ANN_THRESHOLD):
        dense = faiss.IndexFlatIP(dimension)
    else:
        dense = faiss.IndexHNSWFlat(dimension, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        dense.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        dense.hnsw.efSearch = HNSW_EF_SEARCH
    if n:
        dense.add(np.ascontiguousarray(matrix, dtype=np.float32))
    return dense


def dense_type(dense) -> str:
    """A short name of a dense index's kind, as recorded in the manifest."""
    import faiss

    if isinstance(dense, faiss.IndexHNSW):
        return f"hnsw-flat-ip(M={dense.hnsw.nb_neighbors(1)})"
    if isinstance(dense, faiss.IndexFlat):
        return "flat-ip"
    return type(dense).__name__


def lexical_fingerprint() -> str:
    from qa.glossary import load_glossary

    # The glossary's Chinese terms are jieba words, so they shape the tokens.
    terms = "\n".join(sorted(load_glossary().zh_terms()))
    return f"v{TOKENIZER_VERSION}-{text_hash(terms)[:12]}"


# ---------------------------------------------------------------- loading


def current_version_dir(index_dir: Path) -> Path | None:
    pointer = Path(index_dir) / CURRENT
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return Path(index_dir) / name


def build_command(settings: Settings, rebuild: bool = False) -> str:
    args = ["qa build"]
    if rebuild:
        args.append("--rebuild")
    if str(settings.index_dir) not in ("index", "index/"):
        args.append(f"--index-dir {settings.index_dir}")
    if str(settings.corpus_dir) not in ("corpus", "corpus/"):
        args.append(f"--corpus-dir {settings.corpus_dir}")
    return " ".join(args)


def settings_mismatch(manifest: dict, settings: Settings) -> str | None:
    """Why an index built as ``manifest`` does not fit ``settings`` (model, chunking), and what to run;
    None when it fits. A build that finds one re-embeds everything."""
    if manifest.get("model") != settings.model:
        return (f"{settings.index_dir}/ was built with model {manifest.get('model')!r} but {settings.model!r} is "
                f"configured (QA_MODEL): run `{build_command(settings, rebuild=True)}`, or set QA_MODEL back")
    chunking = (manifest.get("chunk_size"), manifest.get("chunk_overlap"))
    if chunking != (settings.chunk_size, settings.chunk_overlap):
        return (f"{settings.index_dir}/ was built with chunks of {chunking[0]} characters (overlap {chunking[1]}) but "
                f"{settings.chunk_size} (overlap {settings.chunk_overlap}) is configured: run `{build_command(settings)}`")
    return None


def vectors_mismatch(manifest: dict, settings: Settings, embedder) -> str | None:
    """Why the index's vectors are not the kind ``embedder`` makes (int8 ONNX or float), and
    what to run; None when they are. Questions must be embedded as the chunks were."""
    built, now = manifest.get("vectors", "float32"), getattr(embedder, "vectors", "float32")
    if built == now:
        return None
    return (f"{settings.index_dir}/ holds {built} vectors but the {getattr(embedder, 'backend', 'torch')} backend "
            f"makes {now} vectors (QA_BACKEND): run `{build_command(settings, rebuild=True)}`")


def load_index(settings: Settings, check_settings: bool = True) -> LoadedIndex:
    """Load the current index version, checking its manifest against the settings."""
    import faiss

    version = current_version_dir(settings.index_dir)
    if version is None:
        raise IndexMissing(
            f"no index in {settings.index_dir}/: run `{build_command(settings)}` to build it from {settings.corpus_dir}/"
        )
    try:
        manifest = json.loads((version / "manifest.json").read_text(encoding="utf-8"))
        if manifest.get("format_version") != FORMAT_VERSION:
            raise IndexNotUsable(
                f"{settings.index_dir}/ has index format {manifest.get('format_version')}, this version of qa reads "
                f"format {FORMAT_VERSION}: run `{build_command(settings, rebuild=True)}`"
            )
        mismatch = settings_mismatch(manifest, settings) if check_settings else None
        if mismatch:
            raise IndexNotUsable(mismatch)
        chunks = []
        with open(version / "chunks.jsonl", encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                chunks.append(ChunkRecord(row["text"], row["source"], row["start"], row["end"], row.get("tokens", [])))
        dense = faiss.read_index(str(version / "dense.faiss"))
        if isinstance(dense, faiss.IndexHNSW):
            dense.hnsw.efSearch = HNSW_EF_SEARCH
        lexical = None
        if (version / "lexical").is_dir():
            import bm25s

            lexical = bm25s.BM25.load(str(version / "lexical"), load_corpus=False)
        doc_freq = json.loads((version / "doc_freq.json").read_text(encoding="utf-8"))
        sentences = read_table(version)
    except IndexNotUsable:
        raise
    except Exception as exc:
        raise IndexNotUsable(
            f"the index in {version} cannot be read ({type(exc).__name__}: {exc}): "
            f"run `{build_command(settings, rebuild=True)}` to build it again"
        ) from exc
    if dense.ntotal != len(chunks) or manifest.get("chunks") != len(chunks):
        raise IndexNotUsable(
            f"the index in {version} is inconsistent ({dense.ntotal} vectors, {len(chunks)} chunks): "
            f"run `{build_command(settings, rebuild=True)}`"
        )
    return LoadedIndex(version, manifest, chunks, dense, lexical, doc_freq, sentences)


# ---------------------------------------------------------------- building


class _BuildLock:
    """An exclusive, non-blocking lock on the index folder; released even if the build dies."""

    def __init__(self, index_dir: Path):
        self.path = Path(index_dir) / LOCK
        self.handle = None

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = open(self.path, "a+", encoding="utf-8")
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES):
                raise
            self.handle.seek(0)
            holder = self.handle.read().strip() or "another process"
            self.handle.close()
            raise BuildInProgress(
                f"another build of {self.path.parent}/ is running ({holder}); wait for it to finish, then try again"
            ) from None
        self.handle.seek(0)
        self.handle.truncate()
        self.handle.write(f"pid {os.getpid()}")
        self.handle.flush()
        return self

    def __exit__(self, *exc):
        fcntl.flock(self.handle, fcntl.LOCK_UN)
        self.handle.close()


def _doc_meta(doc: Document, first: int, count: int) -> dict:
    return {
        "hash": doc.content_hash, "title": doc.title, "date": doc.date, "region": doc.region,
        "url": doc.url, "first_chunk": first, "chunks": count, "length": len(doc.text),
        # Where each PDF page begins in the text, so a passage can cite its page (None: no pages).
        "page_starts": list(doc.page_starts) if doc.page_starts is not None else None,
    }


def build_index(
    settings: Settings,
    rebuild: bool = False,
    progress: bool = False,
    embedder=None,
    log=None,
    on_progress=None,
) -> BuildReport:
    """Bring the index in ``settings.index_dir`` up to date with ``settings.corpus_dir``.

    Only new or changed documents are embedded; ``rebuild=True`` embeds everything.
    ``embedder`` defaults to the configured model (tests may pass their own).
    ``log(message)`` hears what the build does; ``on_progress(done, total)`` hears each batch
    of chunks embedded (the chat's upload status shows it).
    """
    from qa.tokenization import tokenize

    t0 = time.perf_counter()
    say = log or (lambda msg: None)
    report = BuildReport(index_dir=str(settings.index_dir))
    index_dir = Path(settings.index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    with _BuildLock(index_dir):
        _remove_stale_temporaries(index_dir)
        documents, report.skipped = load_corpus(settings.corpus_dir, settings.limits)
        if embedder is None:
            from qa.embedding import Embedder

            embedder = Embedder.from_settings(settings)

        old = None
        if not rebuild:
            try:
                old = load_index(settings, check_settings=False)
            except IndexMissing:
                old = None
            except IndexNotUsable as exc:
                say(f"the previous index cannot be reused, building in full: {exc}")
                old = None
        if old is not None and (settings_mismatch(old.manifest, settings)
                                or vectors_mismatch(old.manifest, settings, embedder)
                                or old.manifest.get("dimension") != embedder.dimension):
            say("the previous index was built with another model, backend, chunking or format: building in full")
            old = None
        old_docs = old.documents if old else {}
        old_vectors = old.vectors() if old else None
        fingerprint = lexical_fingerprint()
        reuse_tokens = bool(old) and old.manifest.get("lexical_fingerprint") == fingerprint

        # Identical texts under two names are indexed once and reported.
        seen: dict[str, str] = {}
        unique_docs = []
        for doc in documents:
            if doc.content_hash in seen:
                report.duplicates.append((doc.source, seen[doc.content_hash]))
                continue
            seen[doc.content_hash] = doc.source
            unique_docs.append(doc)

        chunks: list[ChunkRecord] = []
        vectors: list[np.ndarray | None] = []  # None = to embed
        sentences, sentence_vectors, new_sentences = [], [], []  # the last: (position, sentences) to embed
        doc_meta = {}
        for doc in unique_docs:
            prev = old_docs.get(doc.source)
            first = len(chunks)
            if prev and prev["hash"] == doc.content_hash:
                report.unchanged.append(doc.source)
                lo, n = prev["first_chunk"], prev["chunks"]
                for i in range(lo, lo + n):
                    c = old.chunks[i]
                    tokens = c.tokens if reuse_tokens else tokenize(c.text, romanise=True)
                    chunks.append(ChunkRecord(c.text, c.source, c.start, c.end, tokens))
                    vectors.append(old_vectors[i])
            else:
                pieces = split_document(doc.text, settings.chunk_size, settings.chunk_overlap)
                if len(pieces) > settings.limits.max_document_chunks:  # hours of embedding for one file
                    report.skipped.append((doc.source, too_many_chunks(len(pieces), settings.limits)))
                    continue
                (report.updated if prev else report.added).append(doc.source)
                for piece in pieces:
                    chunks.append(ChunkRecord(piece.text, doc.source, piece.start, piece.end,
                                              tokenize(piece.text, romanise=True)))
                    vectors.append(None)
            if prev and prev["hash"] == doc.content_hash and old.sentences is not None:
                rows = old.sentences.of_source(doc.source)
                sentences.extend(old.sentences.sentences[i] for i in rows)
                sentence_vectors.append(old.sentences.vectors[rows])
            else:
                fresh_sentences = document_sentences(doc.source, doc.text)
                new_sentences.append((len(sentence_vectors), fresh_sentences))
                sentences.extend(fresh_sentences)
                sentence_vectors.append(None)
            doc_meta[doc.source] = _doc_meta(doc, first, len(chunks) - first)
        report.removed = sorted(set(old_docs) - set(doc_meta))
        report.chunks = len(chunks)

        metadata_changed = any(
            {k: v for k, v in doc_meta[s].items() if k not in ("first_chunk",)}
            != {k: v for k, v in old_docs.get(s, {}).items() if k not in ("first_chunk",)}
            for s in doc_meta
        )
        if (old is not None and not report.changed and not metadata_changed and reuse_tokens
                and old.sentences is not None):
            report.seconds = time.perf_counter() - t0
            say("the index is up to date")
            return report

        todo = [i for i, v in enumerate(vectors) if v is None]
        report.chunks_embedded = len(todo)
        if todo:
            say(f"embedding {len(todo)} chunks with {settings.model} ({getattr(embedder, 'backend', 'torch')})")
            fresh = _embed_with_progress(embedder, [chunks[i].text for i in todo], progress, on_progress)
            for i, vec in zip(todo, fresh):
                vectors[i] = vec
        matrix = np.vstack(vectors).astype(np.float32) if vectors else np.zeros((0, embedder.dimension), np.float32)
        to_embed = [s for _, group in new_sentences for s in group]
        if to_embed:
            say(f"embedding {len(to_embed)} sentences (what answers quote)")
            fresh, at = embed_sentences(embedder, to_embed), 0
            for position, group in new_sentences:
                sentence_vectors[position] = fresh[at:at + len(group)]
                at += len(group)
        sentence_vectors = [v for v in sentence_vectors if v is not None and len(v)]
        table = SentenceTable(sentences, np.vstack(sentence_vectors).astype(np.float16) if sentence_vectors
                              else np.zeros((0, embedder.dimension), np.float16))

        manifest = {
            "format_version": FORMAT_VERSION,
            "model": settings.model,
            "dimension": embedder.dimension,
            "backend": getattr(embedder, "backend", "torch"),
            "vectors": getattr(embedder, "vectors", "float32"),
            "chunk_size": settings.chunk_size,
            "chunk_overlap": settings.chunk_overlap,
            "lexical_fingerprint": fingerprint,
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "chunks": len(chunks),
            "sentences": len(sentences),
            "documents": doc_meta,
            "skipped": report.skipped,
        }
        _write_version(index_dir, manifest, chunks, matrix, table)
        report.seconds = time.perf_counter() - t0
        return report


def _embed_with_progress(embedder, texts: list[str], progress: bool, on_progress=None,
                         batch: int = 256) -> np.ndarray:
    # Groups of 256: big enough for the embedder to sort by length and pad little, small
    # enough for the progress bar (and the chat's upload status) to move every few seconds.
    from tqdm import tqdm

    out = []
    with tqdm(total=len(texts), desc="embedding", unit="chunk", disable=not progress) as bar:
        for i in range(0, len(texts), batch):
            if on_progress and i == 0:
                on_progress(0, len(texts))
            out.append(embedder.encode(texts[i:i + batch]))
            bar.update(len(texts[i:i + batch]))
            if on_progress:
                on_progress(min(i + batch, len(texts)), len(texts))
    return np.vstack(out)


def _write_version(index_dir: Path, manifest: dict, chunks: list[ChunkRecord], matrix: np.ndarray,
                   sentences: SentenceTable) -> Path:
    import faiss

    name = f"v-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:6]}"
    tmp = index_dir / f".tmp-{name}"
    tmp.mkdir(parents=True)
    try:
        dense = make_dense_index(matrix, manifest["dimension"])
        manifest["dense_type"] = dense_type(dense)
        faiss.write_index(dense, str(tmp / "dense.faiss"))
        with open(tmp / "chunks.jsonl", "w", encoding="utf-8") as f:
            for c in chunks:
                f.write(json.dumps({"text": c.text, "source": c.source, "start": c.start, "end": c.end,
                                    "tokens": c.tokens}, ensure_ascii=False) + "\n")
        doc_freq: dict[str, int] = {}
        for c in chunks:
            for t in set(c.tokens):
                doc_freq[t] = doc_freq.get(t, 0) + 1
        (tmp / "doc_freq.json").write_text(json.dumps(doc_freq, ensure_ascii=False), encoding="utf-8")
        write_table(tmp, sentences)
        if any(c.tokens for c in chunks):
            import bm25s

            bm25 = bm25s.BM25()
            bm25.index([c.tokens for c in chunks], show_progress=False)
            bm25.save(str(tmp / "lexical"), show_progress=False)
        # The manifest goes last: a folder without one is never taken for an index.
        (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        _fsync_tree(tmp)
        final = index_dir / name
        os.rename(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    pointer_tmp = index_dir / f".{CURRENT}.{os.getpid()}"
    pointer_tmp.write_text(name + "\n", encoding="utf-8")
    os.replace(pointer_tmp, index_dir / CURRENT)  # the atomic swap
    for old in index_dir.glob("v-*"):
        if old.name != name:
            shutil.rmtree(old, ignore_errors=True)
    return final


def _fsync_tree(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with open(path, "rb") as f:
                os.fsync(f.fileno())


def _remove_stale_temporaries(index_dir: Path) -> None:
    """Left-overs of builds that were killed; safe to remove while we hold the lock."""
    for tmp in index_dir.glob(".tmp-*"):
        shutil.rmtree(tmp, ignore_errors=True)
    current = current_version_dir(index_dir)
    for version in index_dir.glob("v-*"):
        if current is not None and version.name != current.name:
            shutil.rmtree(version, ignore_errors=True)
