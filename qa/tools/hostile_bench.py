"""A build over a hostile corpus: time, peak memory, and what became of each hostile file.

    python -m qa.tools.hostile_bench              # the policy corpus plus the hostile files
    python -m qa.tools.hostile_bench --bomb-mb 150 --no-policy

The corpus (in a scratch folder) is corpus/ plus two .docx bombs (one inflating to
``--bomb-mb`` MB of empty paragraphs, one to 20 MB of short ones), a link to a secret file
outside the corpus and one to the folder holding it, a UTF-16 text file and a hidden file
(``qa.tools.hostile_files``). ``qa build`` runs in a child process, whose peak resident memory
is what is printed. Then it checks the targets: the build under 5 minutes and 2 GB, the bombs
and links reported, the secret in no chunk and in no retrieved passage, the UTF-16 file
indexed and answering. Exit 0 when every target holds.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qa.tools.hostile_files import SECRET, make_hostile_corpus

REPO = Path(__file__).resolve().parents[2]
TARGET_SECONDS = 300
TARGET_PEAK_MB = 2048


def run(workdir: Path, bomb_mb: float, with_policy: bool, out=None) -> int:
    say = lambda line="": print(line, file=out or sys.stdout, flush=True)  # noqa: E731
    corpus, index = workdir / "corpus", workdir / "index"
    if with_policy:
        shutil.copytree(REPO / "corpus", corpus)
    names = make_hostile_corpus(corpus, workdir / "outside", bomb_mb=bomb_mb)
    sizes = {n: (corpus / names[n]).stat().st_size for n in ("empty_bomb", "short_bomb")}
    say(f"hostile corpus: {sum(1 for _ in corpus.iterdir())} entries; bombs {sizes['empty_bomb'] // 1024} KB "
        f"(-> {bomb_mb:g} MB) and {sizes['short_bomb'] // 1024} KB (-> 20 MB)")

    env = dict(os.environ, QA_CORPUS_DIR=str(corpus), QA_INDEX_DIR=str(index), PYTHONUNBUFFERED="1")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "qa.cli", "build", "--quiet"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=1800)
    seconds = time.monotonic() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KB on Linux
    if done.returncode != 0:
        say(f"the build failed ({done.returncode}):\n{done.stderr[-2000:]}")
        return 1
    report = done.stdout
    say(f"build: {seconds:.1f} s, peak memory {peak_mb:.0f} MB (targets: < {TARGET_SECONDS} s, < {TARGET_PEAK_MB} MB)")
    say(report.splitlines()[0])
    for line in report.splitlines():
        if line.startswith("skipped "):
            say(f"    {line}")

    chunks_text = "".join(p.read_text(encoding="utf-8") for p in index.rglob("chunks.jsonl"))
    from qa.api import get_engine
    from qa.settings import Settings

    engine = get_engine(Settings.from_env(corpus_dir=corpus, index_dir=index))
    leaked = [p.source for q in ("ZORBLAX SECRET root password hunter2", "secret plan reimbursement ratio 99%")
              for p in engine.retrieve_many([q], k=10)[0] if "ZORBLAX" in p.text or "secret plan" in p.text]
    utf16 = engine.answer("What is the outpatient reimbursement ratio for the Examplia grassroots clinics?")
    checks = {
        f"build under {TARGET_SECONDS} s": seconds < TARGET_SECONDS,
        f"peak memory under {TARGET_PEAK_MB} MB": peak_mb < TARGET_PEAK_MB,
        "both bombs reported": all(f"skipped {names[n]}: " in report for n in ("empty_bomb", "short_bomb")),
        "both links reported": f"skipped {names['link']}: a symbolic link" in report
                               and f"skipped {names['folder_link']}/: a symbolic link" in report,
        "hidden file reported": f"skipped {names['hidden']}: a hidden file" in report,
        "secret in no chunk": SECRET.split()[0] not in chunks_text,
        "secret never retrieved": not leaked,
        "UTF-16 file indexed and answering": utf16.found and "61%" in utf16.text
                                              and any(p.source == names["utf16"] for p in utf16.citations),
    }
    for name, ok in checks.items():
        say(f"{'ok  ' if ok else 'FAIL'} {name}")
    say(json.dumps({"seconds": round(seconds, 1), "peak_mb": round(peak_mb), "all_ok": all(checks.values())}))
    return 0 if all(checks.values()) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qa.tools.hostile_bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bomb-mb", type=float, default=150, help="what the empty-paragraph bomb inflates to")
    parser.add_argument("--no-policy", action="store_true", help="the hostile files alone, without corpus/")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="qa-hostile-") as tmp:
        return run(Path(tmp), args.bomb_mb, not args.no_policy)


if __name__ == "__main__":
    sys.exit(main())
