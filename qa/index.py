"""The index on disk: build it (incrementally, atomically) and load it (checked).

Layout of the index folder::

    index/CURRENT           name of the version in use, replaced atomically
    index/v-<stamp>/        manifest.json (+ manifest.sha256), chunks.jsonl, dense.faiss, doc_freq.json,
                            lexical/ (bm25s)
    index/.build.lock       held while a build runs

A build writes a complete new version beside the current one and then swaps the
CURRENT pointer with ``os.replace``, so an interrupted or failed build leaves the
previous index working, and a running chat keeps the version it loaded until it
reloads. Unchanged documents (same text hash, same model and chunking) keep their
chunks and vectors: only what changed is embedded.

The manifest records each file's size and sha256 (``qa.integrity``). Loading checks the
sizes and the text that gets quoted; a build checks everything and repairs a damaged
version from what is intact (chunk text is re-read from the corpus, vectors re-embedded
only where ``dense.faiss`` is damaged); ``verify_index`` reports.
"""
from __future__ import annotations

import errno
import fcntl
import json
import os
import re
import shutil
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from qa.chunking import split_document
from qa.corpus import Document, load_corpus, text_hash, too_many_chunks
from qa.integrity import (
    HASHED_ON_LOAD, MANIFEST, content_problem, describe_files, file_problems, is_verified, manifest_problem,
    read_pointer, size_problem, write_manifest_checksum, write_pointer,
)
from qa.records import BuildReport
from qa.sentences import MAX_EMBED_CHARS, SentenceTable, document_sentences, embed_sentences, read_table, write_table
from qa.settings import Settings

FORMAT_VERSION = 1
# Bump when tokenisation changes, so stored tokens are not reused across versions.
TOKENIZER_VERSION = 6  # 6: British spellings read as American; 3: documents also carry pinyin syllable pairs; 4: four-character words inside longer ones; 5: pronouns dropped
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


class IndexDamaged(IndexNotUsable):
    """Files of the index do not match the checksums its manifest recorded; ``qa build`` repairs it."""

    def __init__(self, message: str, problems: list[str]):
        super().__init__(message)
        self.problems = problems


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
    #: What a user should know although the index loaded (no checksums; a damaged CURRENT).
    warnings: list[str] = field(default_factory=list)

    @property
    def documents(self) -> dict:
        return self.manifest["documents"]

    def cooccur(self, tokens) -> bool:
        """Whether one chunk holds all of ``tokens``: a phrase's words ("maternity allowance") each
        used somewhere are not yet the phrase."""
        postings = self.__dict__.get("_postings")
        if postings is None:  # built on first use: token -> the chunks holding it
            postings = {}
            for i, chunk in enumerate(self.chunks):
                for t in set(chunk.tokens):
                    postings.setdefault(t, set()).add(i)
            self.__dict__["_postings"] = postings
        rows = None
        for t in sorted(tokens, key=lambda t: len(postings.get(t, ()))):
            rows = set(postings.get(t, ())) if rows is None else rows & postings.get(t, set())
            if not rows:
                return False
        return rows is not None

    def text(self) -> str:
        """Every chunk's text, one per line (built on first use): for the abbreviations' full forms."""
        if "_text" not in self.__dict__:
            self.__dict__["_text"] = "\n".join(c.text for c in self.chunks)
        return self.__dict__["_text"]

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
    """The version folder in use: the one ``CURRENT`` names or, when ``CURRENT`` is damaged, the
    newest complete one (``load_index`` says so); None when there is no index."""
    return read_pointer(index_dir).version


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


def damaged_message(settings: Settings, version: Path, problems: list[str]) -> str:
    return (f"the index in {version} is damaged: {'; '.join(problems)}: run `{build_command(settings)}` "
            "to repair it (only what is damaged is rebuilt)")


def read_manifest(version: Path) -> tuple[dict, str | None]:
    """The manifest of a version folder, and why it cannot be trusted (None when it can)."""
    data = (version / MANIFEST).read_bytes()
    try:
        manifest = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return {}, f"{MANIFEST}: not valid JSON"
    if not isinstance(manifest, dict):
        return {}, f"{MANIFEST}: not a JSON object"
    return manifest, manifest_problem(version, data, manifest)


def parse_chunks(data: bytes) -> list[ChunkRecord]:
    # Split on "\n" only: chunk text may hold U+2028 and friends, which str.splitlines would split on.
    chunks = []
    for line in data.split(b"\n"):
        if line.strip():
            row = json.loads(line)
            chunks.append(ChunkRecord(row["text"], row["source"], row["start"], row["end"], row.get("tokens", [])))
    return chunks


def load_index(settings: Settings, check_settings: bool = True, hashed=HASHED_ON_LOAD) -> LoadedIndex:
    """Load the current index version, checking its manifest against the settings and its files
    against their checksums: sizes of all, content of those in ``hashed`` (by default the text that
    gets quoted and the counts that score it; ``qa.tools.verify_bench`` measures the cost).

    A damaged version raises ``IndexDamaged`` (``qa build`` repairs it); an index made before
    checksums loads with a warning in ``LoadedIndex.warnings``, as does a fallback from a damaged
    ``CURRENT`` to the newest complete version.
    """
    import faiss

    pointer = read_pointer(settings.index_dir)
    version = pointer.version
    if version is None:
        why = f" ({pointer.problem})" if pointer.problem else ""
        raise IndexMissing(
            f"no index in {settings.index_dir}/{why}: run `{build_command(settings)}` to build it from {settings.corpus_dir}/"
        )
    warnings = []
    if pointer.problem:
        warnings.append(f"{settings.index_dir}/{pointer.problem}; using {version.name}, the newest complete version: "
                        f"run `{build_command(settings)}` to repair it")
    try:
        manifest, problem = read_manifest(version)
        if problem:
            raise IndexDamaged(damaged_message(settings, version, [problem]), [problem])
        if manifest.get("format_version") != FORMAT_VERSION:
            raise IndexNotUsable(
                f"{settings.index_dir}/ has index format {manifest.get('format_version')}, this version of qa reads "
                f"format {FORMAT_VERSION}: run `{build_command(settings, rebuild=True)}`"
            )
        mismatch = settings_mismatch(manifest, settings) if check_settings else None
        if mismatch:
            raise IndexNotUsable(mismatch)
        files = manifest.get("files") if is_verified(manifest) else None
        if files is None:
            warnings.append(f"{settings.index_dir}/ has no checksums (made by an older qa), so it is unverified: "
                            f"run `{build_command(settings)}` to add them")
        else:
            problems = [p for p in (size_problem(version, rel, exp) for rel, exp in files.items()) if p]
            if problems:
                raise IndexDamaged(damaged_message(settings, version, problems), problems)

        def read_checked(rel: str) -> bytes:
            data = (version / rel).read_bytes()
            problem = content_problem(rel, data, files[rel]) if files and rel in files and rel in hashed else None
            if problem:
                raise IndexDamaged(damaged_message(settings, version, [problem]), [problem])
            return data

        chunks = parse_chunks(read_checked("chunks.jsonl"))
        doc_freq = json.loads(read_checked("doc_freq.json"))
        sentences = read_table(version, read_checked)
        dense = faiss.read_index(str(version / "dense.faiss"))
        if isinstance(dense, faiss.IndexHNSW):
            dense.hnsw.efSearch = HNSW_EF_SEARCH
        lexical = None
        if (version / "lexical").is_dir():
            import bm25s

            lexical = bm25s.BM25.load(str(version / "lexical"), load_corpus=False)
    except IndexNotUsable:
        raise
    except Exception as exc:
        raise IndexNotUsable(
            f"the index in {version} cannot be read ({type(exc).__name__}: {_short_reason(exc)}): "
            f"run `{build_command(settings)}` to repair it"
        ) from exc
    if dense.ntotal != len(chunks) or manifest.get("chunks") != len(chunks) or dense.d != manifest.get("dimension"):
        raise IndexNotUsable(
            f"the index in {version} is inconsistent ({dense.ntotal} vectors of dimension {dense.d}, {len(chunks)} "
            f"chunks, the manifest says {manifest.get('chunks')} of dimension {manifest.get('dimension')}): "
            f"run `{build_command(settings)}` to repair it"
        )
    return LoadedIndex(version, manifest, chunks, dense, lexical, doc_freq, sentences, warnings)


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


@dataclass
class _Previous:
    """What a build may reuse of the version in use, its files checked against their checksums."""

    version: Path
    manifest: dict
    #: Position i holds chunk i, None where its line could not be read; [] when the file is unusable.
    chunks: list[ChunkRecord | None]
    vectors: np.ndarray | None  # None: dense.faiss is damaged, its chunks are embedded again
    problems: dict[str, str]  # damaged file -> what is wrong with it
    verified: bool  # False: made before checksums
    sentences: SentenceTable | None = None  # None: none stored, or damaged: made again

    @property
    def documents(self) -> dict:
        return self.manifest.get("documents", {})


def _short_reason(exc: Exception) -> str:
    """An exception in a few words: FAISS prefixes its reason with the C++ function and source line."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return re.sub(r"^Error in .*? at \S+:\d+: ", "", text)[:200]


def _salvage_chunks(path: Path, count: int) -> list[ChunkRecord | None]:
    """The readable lines of a damaged chunks.jsonl, by position; [] when lines were lost or
    added (positions then no longer match the vectors)."""
    try:
        lines = [line for line in path.read_bytes().split(b"\n") if line.strip()]
    except OSError:
        return []
    if len(lines) != count:
        return []
    out: list[ChunkRecord | None] = []
    for line in lines:
        try:
            out.extend(parse_chunks(line))
        except (ValueError, KeyError, TypeError):
            out.append(None)
    return out


def _previous_index(settings: Settings, embedder, say, report: BuildReport) -> _Previous | None:
    """The version in use, checked in full, with what a build can reuse of it; None when nothing
    can be reused (no index, damaged manifest, other model or format). Damage goes to ``report.repaired``."""
    import faiss

    pointer = read_pointer(settings.index_dir)
    if pointer.problem:
        fallback = (f"used {pointer.version.name}, the newest complete version" if pointer.version
                    else "no complete version left, building in full")
        report.repaired.append(f"{pointer.problem}: {fallback}")
    version = pointer.version
    if version is None:
        return None
    try:
        manifest, problem = read_manifest(version)
    except OSError as exc:
        manifest, problem = {}, f"{MANIFEST}: cannot be read ({exc.strerror or exc})"
    if problem:
        report.repaired.append(f"{problem}: building in full")
        return None
    if manifest.get("format_version") != FORMAT_VERSION:
        say(f"the previous index has format {manifest.get('format_version')}, not {FORMAT_VERSION}: building in full")
        return None
    if (settings_mismatch(manifest, settings) or vectors_mismatch(manifest, settings, embedder)
            or manifest.get("dimension") != embedder.dimension):
        say("the previous index was built with another model, backend, chunking or format: building in full")
        return None

    verified = is_verified(manifest)
    problems = file_problems(version, manifest["files"]) if verified else {}
    count = manifest.get("chunks", 0)
    chunks: list[ChunkRecord | None] = []
    if "chunks.jsonl" not in problems:
        try:
            chunks = parse_chunks((version / "chunks.jsonl").read_bytes())
            if len(chunks) != count:
                raise ValueError(f"{len(chunks)} chunks, the manifest says {count}")
        except (OSError, ValueError, KeyError, TypeError) as exc:
            problems["chunks.jsonl"] = f"chunks.jsonl: cannot be read ({_short_reason(exc)})"
    if "chunks.jsonl" in problems:
        chunks = _salvage_chunks(version / "chunks.jsonl", count)
    vectors = None
    if "dense.faiss" not in problems:
        try:
            dense = faiss.read_index(str(version / "dense.faiss"))
            if dense.ntotal != count or dense.d != embedder.dimension:
                raise ValueError(f"{dense.ntotal} vectors of dimension {dense.d}, the manifest says {count} "
                                 f"of {embedder.dimension}")
            vectors = dense.reconstruct_n(0, count) if count else np.zeros((0, dense.d), np.float32)
        except Exception as exc:  # faiss reports a bad file as RuntimeError
            problems["dense.faiss"] = f"dense.faiss: cannot be read ({_short_reason(exc)})"
    sentences = None
    if not any(rel.startswith("sentence") for rel in problems):
        try:
            sentences = read_table(version)
        except Exception as exc:  # an older index has none; a damaged one is made again
            problems["sentences.jsonl"] = f"sentences: cannot be read ({_short_reason(exc)})"
    for problem in problems.values():
        report.repaired.append(problem)
    return _Previous(version, manifest, chunks, vectors, problems, verified, sentences)


def _chunk_matches(chunk: ChunkRecord | None, doc: Document) -> bool:
    """Whether a stored chunk is still the slice of its document it says it is."""
    return (chunk is not None and chunk.source == doc.source and isinstance(chunk.start, int)
            and isinstance(chunk.end, int) and 0 <= chunk.start <= chunk.end <= len(doc.text)
            and doc.text[chunk.start:chunk.end] == chunk.text)


def _names(names: list[str], limit: int = 3) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def build_index(
    settings: Settings,
    rebuild: bool = False,
    progress: bool = False,
    embedder=None,
    log=None,
    on_progress=None,
) -> BuildReport:
    """Bring the index in ``settings.index_dir`` up to date with ``settings.corpus_dir``.

    Only new or changed documents are embedded; ``rebuild=True`` embeds everything. A damaged
    version (files that fail their checksums, a garbage ``CURRENT``) is repaired from what is
    intact, listed in ``report.repaired``.
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

        if rebuild:
            old, pointer = None, read_pointer(index_dir)
            if pointer.problem:
                report.repaired.append(f"{pointer.problem}: rebuilt in full")
        else:
            old = _previous_index(settings, embedder, say, report)
        for problem in report.repaired:
            say(f"repairing: {problem}")
        old_docs = old.documents if old else {}
        fingerprint = lexical_fingerprint()
        # Tokens from a damaged chunks.jsonl cannot be trusted even where the text can.
        reuse_tokens = (bool(old) and old.manifest.get("lexical_fingerprint") == fingerprint
                        and "chunks.jsonl" not in old.problems)

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
        resplit_sentences = 0  # unchanged documents whose sentences an earlier qa split otherwise
        doc_meta = {}
        resplit: list[str] = []
        for doc in unique_docs:
            prev = old_docs.get(doc.source)
            first = len(chunks)
            if prev and prev["hash"] == doc.content_hash:
                report.unchanged.append(doc.source)
                lo, n = prev["first_chunk"], prev["chunks"]
                kept = old.chunks[lo:lo + n]
                fresh = len(kept) != n or not all(_chunk_matches(c, doc) for c in kept)
                if fresh:
                    # Stored text that is no longer the document's was damaged on disk: split the
                    # document again. Same text and settings give the same chunks, so the stored
                    # vectors (made from the original text) still fit when the count agrees.
                    resplit.append(doc.source)
                    kept = [ChunkRecord(p.text, doc.source, p.start, p.end)
                            for p in split_document(doc.text, settings.chunk_size, settings.chunk_overlap)]
                vectors_fit = old.vectors is not None and len(kept) == n
                for j, c in enumerate(kept):
                    tokens = c.tokens if reuse_tokens and not fresh else tokenize(c.text, romanise=True)
                    chunks.append(ChunkRecord(c.text, doc.source, c.start, c.end, tokens))
                    vectors.append(old.vectors[lo + j] if vectors_fit else None)
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
            fresh_sentences = document_sentences(doc.source, doc.text)
            rows = old.sentences.of_source(doc.source) if prev and old.sentences is not None else []
            if prev and prev["hash"] == doc.content_hash and old.sentences is not None \
                    and [(old.sentences.sentences[i].start, old.sentences.sentences[i].end) for i in rows] \
                    == [(f.start, f.end) for f in fresh_sentences]:
                # (an index whose sentences were split by an earlier rule has them split again)
                sentences.extend(old.sentences.sentences[i] for i in rows)
                sentence_vectors.append(old.sentences.vectors[rows])
            else:
                resplit_sentences += bool(prev and prev["hash"] == doc.content_hash)
                new_sentences.append((len(sentence_vectors), fresh_sentences))
                sentences.extend(fresh_sentences)
                sentence_vectors.append(None)
            doc_meta[doc.source] = _doc_meta(doc, first, len(chunks) - first)
        if resplit:
            report.repaired.append(f"chunk text of {_names(resplit)} was not the corpus text: split again from the corpus")
        report.removed = sorted(set(old_docs) - set(doc_meta))
        report.chunks = len(chunks)

        metadata_changed = any(
            {k: v for k, v in doc_meta[s].items() if k not in ("first_chunk",)}
            != {k: v for k, v in old_docs.get(s, {}).items() if k not in ("first_chunk",)}
            for s in doc_meta
        )
        if (old is not None and old.verified and not report.repaired and not report.changed
                and not metadata_changed and reuse_tokens and old.sentences is not None and not resplit_sentences):
            report.seconds = time.perf_counter() - t0
            say("the index is up to date")
            return report
        if old is not None and not old.verified:
            say("adding checksums to the index (it was made by an older qa)")

        todo = [i for i, v in enumerate(vectors) if v is None]
        report.chunks_embedded = len(todo)
        if todo:
            say(f"embedding {len(todo)} chunks with {settings.model} ({getattr(embedder, 'backend', 'torch')})")
            fresh_vectors = _embed_with_progress(embedder, [chunks[i].text for i in todo], progress, on_progress)
            for i, vec in zip(todo, fresh_vectors):
                vectors[i] = vec
        matrix = np.vstack(vectors).astype(np.float32) if vectors else np.zeros((0, embedder.dimension), np.float32)
        to_embed = [s for _, group in new_sentences for s in group]
        if to_embed:
            say(f"embedding {len(to_embed)} sentences (what answers quote)")
            fresh, at = embed_sentences(embedder, to_embed), 0
            report.sentences_embedded = len({s.text[:MAX_EMBED_CHARS] for s in to_embed})
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
        manifest["files"] = describe_files(tmp)
        # The manifest goes last: a folder without one is never taken for an index.
        data = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
        (tmp / MANIFEST).write_bytes(data)
        write_manifest_checksum(tmp, data)
        _fsync_tree(tmp)
        final = index_dir / name
        os.rename(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    write_pointer(index_dir, name)  # the atomic swap
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
    pointer = read_pointer(index_dir)
    if pointer.problem:
        return  # keep every version until the build has picked the one to trust
    for version in index_dir.glob("v-*"):
        if pointer.version is not None and version.name != pointer.version.name:
            shutil.rmtree(version, ignore_errors=True)
