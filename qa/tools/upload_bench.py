"""How long adding many uploaded files takes, duplicate checking included (issue target: 1,000 files < 60 s).

    python -m qa.tools.upload_bench [--files 1000] [--corpus 1000]

Builds a scratch corpus of ``--corpus`` documents and ``--files`` uploads, all of the
same size (the worst case for a size-bucketed pairwise compare), a quarter of them
copies of corpus documents and a quarter copies of earlier uploads of the same batch,
then times ``qa.uploads.add_files`` on them: the corpus is hashed once, each upload once.
Prints the seconds and what was added, found present and refused. No index is built.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from qa.settings import Settings
from qa.uploads import CorpusHashes, _hash_cache, add_files, content_hash

SIZE = 4000  # bytes per file, all equal


def _text(n: int, tag: str) -> bytes:
    body = f"Notice {tag}-{n:06d} on outpatient reimbursement in county {n}. ".encode()
    return (body * (SIZE // len(body) + 1))[:SIZE]


def run(files: int, corpus_docs: int, out=sys.stdout) -> float:
    with tempfile.TemporaryDirectory(prefix="qa-upload-bench-") as tmp:
        root = Path(tmp)
        corpus, incoming = root / "corpus", root / "incoming"
        corpus.mkdir()
        incoming.mkdir()
        for n in range(corpus_docs):
            (corpus / f"doc-{n:06d}.txt").write_bytes(_text(n, "corpus"))
        paths = []
        for n in range(files):
            if n % 4 == 1 and corpus_docs:
                content = _text(n % corpus_docs, "corpus")  # already in the corpus
            elif n % 4 == 3:
                content = _text(n - 3, "upload")  # the same as an earlier file of this batch
            else:
                content = _text(n, "upload")
            path = incoming / f"{n:06d}" / "notice.txt"  # one name for all: every save is a rename
            path.parent.mkdir()
            path.write_bytes(content)
            paths.append(path)
        settings = Settings.from_env(corpus_dir=corpus, index_dir=root / "index")
        # The duplicate check alone: the corpus hashed once, each upload hashed and looked up.
        started = time.perf_counter()
        known = CorpusHashes(corpus)
        duplicates = sum(known.find(content_hash(p.read_bytes())) is not None for p in paths)
        checking = time.perf_counter() - started
        _hash_cache.clear()  # add_files starts cold too
        started = time.perf_counter()
        results = add_files(paths, settings)
        seconds = time.perf_counter() - started
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    print(f"upload bench: {files} files of {SIZE} bytes into a corpus of {corpus_docs} same-size documents: "
          f"{seconds:.2f} s ({1000 * seconds / max(files, 1):.2f} ms a file); "
          + ", ".join(f"{v} {k}" for k, v in sorted(counts.items()))
          + f"; duplicate checking alone {checking:.2f} s ({duplicates} copies of corpus documents found)", file=out)
    return seconds


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m qa.tools.upload_bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--files", type=int, default=1000, help="uploads in one batch (default 1000)")
    p.add_argument("--corpus", type=int, default=1000, help="documents already in the corpus (default 1000)")
    args = p.parse_args(argv)
    run(args.files, args.corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
