"""What checksums cost when an index loads: ``python -m qa.tools.verify_bench [--sizes 20000,100000]``.

For the shipped corpus (a real build) and for larger synthetic indexes (real chunk text and
tokens repeated with a counter, random unit vectors: loading does not care what the vectors
mean), prints the median time of ``load_index``

* with no file hashed (sizes and counts only),
* as shipped (``HASHED_ON_LOAD``: chunks.jsonl and doc_freq.json hashed, what gets quoted),
* with every file hashed (what ``qa verify`` and a build do),

and the bytes behind each. The synthetic ones skip the model: only the files are timed.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np


def _paired_medians(fns: dict, repeats: int) -> dict[str, float]:
    """Median seconds of each function, run in turn within each repeat, so that the load of a
    shared machine falls on all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeats):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t0)
    return {name: statistics.median(ts) for name, ts in times.items()}


def _files_bytes(version: Path, names) -> int:
    return sum((version / n).stat().st_size for n in names)


def measure(settings, label: str) -> None:
    from qa.index import current_version_dir, load_index
    from qa.integrity import HASHED_ON_LOAD, is_verified, sha256_file

    version = current_version_dir(settings.index_dir)
    index = load_index(settings)  # warm the page cache: measure hashing, not the disk
    assert is_verified(index.manifest), "this index has no checksums: run qa build first"
    every = tuple(index.manifest["files"])
    repeats = 21 if len(index.chunks) < 10_000 else 5
    t = _paired_medians({
        "none": lambda: load_index(settings, hashed=()),
        "shipped": lambda: load_index(settings),
        "all": lambda: load_index(settings, hashed=every) and _hash_rest(version, every),
        "hash_quoted": lambda: [sha256_file(version / rel) for rel in HASHED_ON_LOAD],
        "hash_all": lambda: [sha256_file(version / rel) for rel in every],
    }, repeats)
    total = _files_bytes(version, every)
    quoted = _files_bytes(version, HASHED_ON_LOAD)
    print(f"{label}: {len(index.chunks):,} chunks, {total / 1e6:.1f} MB of index files, "
          f"{quoted / 1e6:.1f} MB of them hashed on load (median of {repeats}, runs interleaved)")
    print(f"  load, sizes only          {t['none'] * 1000:8.1f} ms")
    print(f"  load, as shipped          {t['shipped'] * 1000:8.1f} ms   sha256 of {', '.join(HASHED_ON_LOAD)} "
          f"alone: {t['hash_quoted'] * 1000:.1f} ms ({t['hash_quoted'] / t['none'] * 100:.1f}% of the load)")
    print(f"  load, every file hashed   {t['all'] * 1000:8.1f} ms   sha256 of every file alone: "
          f"{t['hash_all'] * 1000:.1f} ms ({t['hash_all'] / t['none'] * 100:.1f}% of the load)")
    sys.stdout.flush()


def _hash_rest(version: Path, every) -> bool:
    # load_index hashes only what it reads as bytes; the FAISS and BM25 files are read by their
    # libraries, so hashing them on load means reading them a second time.
    from qa.integrity import HASHED_ON_LOAD, sha256_file

    for rel in every:
        if rel not in HASHED_ON_LOAD:
            sha256_file(version / rel)
    return True


def synthetic_index(settings, real, n: int, folder: Path):
    """An index folder of ``n`` chunks made of the real chunks' text and tokens, written by the
    real ``_write_version`` (so with checksums), with random unit vectors."""
    from qa.index import FORMAT_VERSION, ChunkRecord, _write_version, lexical_fingerprint

    rng = np.random.default_rng(0)
    dimension = real.manifest["dimension"]
    chunks = []
    for i in range(n):
        c = real.chunks[i % len(real.chunks)]
        chunks.append(ChunkRecord(f"{c.text} ({i})", f"doc{i // 20:05d}.txt", c.start, c.end, c.tokens + [str(i)]))
    vectors = rng.standard_normal((n, dimension)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    manifest = dict(real.manifest, chunks=n, lexical_fingerprint=lexical_fingerprint(), format_version=FORMAT_VERSION,
                    documents={f"doc{d:05d}.txt": {"hash": "-", "title": f"doc {d}", "date": "", "region": "",
                                                   "url": "", "first_chunk": d * 20, "chunks": min(20, n - d * 20),
                                                   "length": 0, "page_starts": None}
                               for d in range((n + 19) // 20)})
    manifest.pop("files", None)
    index_dir = folder / "index"
    index_dir.mkdir(parents=True)
    _write_version(index_dir, manifest, chunks, vectors)
    return replace(settings, index_dir=index_dir)


def main(argv: list[str] | None = None) -> int:
    from qa.index import build_index, load_index
    from qa.settings import Settings

    parser = argparse.ArgumentParser(prog="python -m qa.tools.verify_bench", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="20000,100000", help="chunk counts of the synthetic indexes")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    repo = Path(__file__).resolve().parents[2]
    with tempfile.TemporaryDirectory(prefix="qa-verify-bench-") as tmp:
        tmp = Path(tmp)
        shutil.copytree(repo / "corpus", tmp / "corpus")
        settings = Settings.from_env(corpus_dir=tmp / "corpus", index_dir=tmp / "index")
        print("building the shipped corpus's index ...", file=sys.stderr, flush=True)
        build_index(settings)
        measure(settings, "shipped corpus")
        real = load_index(settings)
        for n in sizes:
            print(f"writing a synthetic index of {n:,} chunks ...", file=sys.stderr, flush=True)
            synthetic = synthetic_index(settings, real, n, tmp / f"synthetic-{n}")
            measure(synthetic, f"synthetic, {n:,} chunks")
            shutil.rmtree(tmp / f"synthetic-{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
