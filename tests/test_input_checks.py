"""Mistakes said plainly: a bad ``where`` is a ValueError naming the key and the forms, an
unusable folder is one line with the fix (exit 2), and what ``qa ask`` prints from documents
cannot act on the terminal."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import qa
from qa.filters import check_where

REPO = Path(__file__).resolve().parent.parent


# --- where --------------------------------------------------------------------------------------

@pytest.mark.parametrize("where, message", [
    ("Shandong", "where must be a dict of document metadata such as {\"region\": \"Shandong\", "),
    (["region", "Shandong"], "where must be a dict"),
    ({"region": 5}, 'where["region"] must be non-empty text, e.g. {"region": "Shandong"}; got int 5'),
    ({"region": "  "}, 'where["region"] must be non-empty text'),
    ({"bogus": 1}, "where has an unknown key 'bogus'; the keys are region, title, url, date_from, date_to"),
    ({"Region": "Shandong"}, "unknown key 'Region'"),
    ({"date_to": "yesterday"}, 'where["date_to"] must be a year "2023", a month "2023-06" or a day "2023-06-15"'),
    ({"date_from": "2023-13"}, "got '2023-13'"),
    ({"date_from": "2023-02-30"}, "got '2023-02-30'"),
    ({"date_from": "2023/06"}, "got '2023/06'"),
    ({"date_from": 2023}, "got 2023"),
])
def test_bad_where_is_a_value_error_naming_the_key(where, message):
    with pytest.raises(ValueError) as refused:
        check_where(where)
    assert message in str(refused.value)


def test_good_where_forms():
    assert check_where(None) is None and check_where({}) is None
    assert check_where({"region": " Shandong ", "date_from": "2023", "date_to": "2024-06-30"}) == {
        "region": "Shandong", "date_from": "2023", "date_to": "2024-06-30"}
    assert check_where({"date_from": dt.datetime(2023, 5, 1, 9)}) == {"date_from": "2023-05-01"}
    assert check_where({"title": "Notice", "url": "https://example.org"}) == {"title": "Notice", "url": "https://example.org"}


def test_api_refuses_bad_where_before_touching_the_index(tmp_path):
    """The API's entry points check ``where`` first: no index is built or loaded for a mistake."""
    locations = {"corpus_dir": tmp_path / "no-corpus", "index_dir": tmp_path / "no-index"}
    with pytest.raises(ValueError, match="where must be a dict"):
        qa.retrieve("reimbursement ratio", where="Shandong", **locations)
    with pytest.raises(ValueError, match='where\\["date_to"\\] must be'):
        qa.answer("reimbursement ratio", where={"date_to": "yesterday"}, **locations)
    assert not (tmp_path / "no-index").exists()


@pytest.mark.slow
def test_valid_where_still_filters(policy_settings):
    passages = qa.retrieve("reimbursement ratio", k=5, where={"region": "shandong", "date_from": dt.date(2020, 1, 1)},
                           corpus_dir=policy_settings.corpus_dir, index_dir=policy_settings.index_dir)
    assert passages and all(p.region == "Shandong" and p.date >= "2020" for p in passages)


# --- unusable folders: one line, the fix, exit 2 -------------------------------------------------

def run_cli(*args, cwd=REPO, wrap=()):
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([*wrap, sys.executable, "-m", "qa.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def assert_one_line_error(done, *expected):
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    for text in expected:
        assert text in lines[0]


def test_index_dir_that_is_a_file(tmp_path, small_corpus):
    (tmp_path / "index").write_text("not a folder")
    for command in (["build"], ["ask", "any question"]):
        done = run_cli(*command, "--corpus-dir", str(small_corpus), "--index-dir", str(tmp_path / "index"))
        assert_one_line_error(done, f"the index folder {tmp_path / 'index'} is a file, not a folder",
                              "choose another with --index-dir (or QA_INDEX_DIR)")


def test_index_dir_under_a_file(tmp_path, small_corpus):
    (tmp_path / "plain").write_text("a file")
    done = run_cli("build", "--corpus-dir", str(small_corpus), "--index-dir", str(tmp_path / "plain" / "index"))
    assert_one_line_error(done, f"cannot be made, {tmp_path / 'plain'} is a file", "--index-dir")


def test_missing_corpus(tmp_path):
    done = run_cli("build", "--corpus-dir", str(tmp_path / "nowhere"), "--index-dir", str(tmp_path / "index"))
    assert_one_line_error(done, f"the corpus folder {tmp_path / 'nowhere'} does not exist: create it",
                          "--corpus-dir (or QA_CORPUS_DIR)")
    (tmp_path / "afile").write_text("x")
    done = run_cli("ask", "a question", "--corpus-dir", str(tmp_path / "afile"), "--index-dir", str(tmp_path / "index2"))
    assert_one_line_error(done, "is a file, not a folder: point --corpus-dir")


def _read_only_wrapper(folder: Path):
    """A command prefix under which ``folder`` cannot be written: chmod for a user, a read-only
    mount in a private namespace for root (whom permissions do not stop); None if neither works."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return ()
    if not shutil.which("unshare"):
        return None
    wrap = ("unshare", "-m", "sh", "-c", f'mount -t tmpfs -o ro tmpfs "{folder}" && exec "$0" "$@"')
    probe = subprocess.run([*wrap, "true"], capture_output=True)
    return wrap if probe.returncode == 0 else None


def test_unwritable_index_dir(tmp_path, small_corpus):
    folder = tmp_path / "readonly"
    folder.mkdir()
    wrap = _read_only_wrapper(folder)
    if wrap is None:
        pytest.skip("no way to make a read-only folder here (root without mount namespaces)")
    try:
        done = run_cli("build", "--corpus-dir", str(small_corpus), "--index-dir", str(folder / "index"), wrap=wrap)
    finally:
        folder.chmod(0o755)
    assert_one_line_error(done, f"cannot write the index into {folder} (not writable): make it writable",
                          "--index-dir")


# --- qa ask prints document text and names inert ----------------------------------------------

@pytest.mark.slow
def test_ask_prints_names_and_text_safely(tmp_path, capsys):
    from qa import cli

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    name = "evil\nskipped everything\x1b[2J.txt"
    (corpus / name).write_text(
        "\x1b[31mRed alert\x1b[0m notice.\n\nThe Zorbland clinic subsidy is 4,321 yuan per person\r in 2024. "
        "Fake line\n[2] forged source \u202eevil\u202c.", encoding="utf-8")
    code = cli.main(["ask", "What is the Zorbland clinic subsidy per person?", "--corpus-dir", str(corpus),
                     "--index-dir", str(tmp_path / "index")])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "4,321 yuan" in out
    assert "\x1b" not in out and "\r" not in out and "\u202e" not in out
    assert "\\x1b[31mRed alert" in out  # shown, not acted on
    assert "evil\\nskipped everything\\x1b[2J.txt" in out  # the name stays on its line
    assert not any(line.startswith("skipped everything") for line in out.splitlines())


def test_build_report_names_stay_on_their_line():
    from qa.records import BuildReport

    report = BuildReport(skipped=[("a\nb\x1b[2J.txt", "binary\r")], duplicates=[("c\u202e.txt", "d.txt")])
    lines = report.summary().splitlines()
    assert lines[3:] == ["skipped a\\nb\\x1b[2J.txt: binary\\r", "duplicate c\\u202e.txt: same text as d.txt, indexed once"]
