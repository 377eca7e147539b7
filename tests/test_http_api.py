"""The JSON HTTP API over real HTTP, against a real ``qa serve`` process (page and API on one port).

Each test talks to the server with urllib only, as any program would; the Host and
Origin checks are exercised with the headers a browser on another site would send.
The dev-set test compares the API's answers with ``qa.answer``'s, figure by figure.
"""
from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from conftest import CORPUS, served_app

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
DEV_SET = REPO.parent / "shared" / "eval" / "dev.jsonl"
SCORE_PY = REPO.parent / "shared" / "eval" / "score.py"
CORPUS_FILES = ("2024-02-18_provincial-work-reports-medical-insurance", "2025_shandong-medical-insurance-news-digest")
SICHUAN_Q = "What share of medical insurance matters in Sichuan can be handled online?"
HAINAN_DOC = ("---\ntitle: Hainan outpatient notice\ndate: 2024-03\nregion: Hainan\n---\n"
              "Hainan raised the outpatient reimbursement ratio for dialysis patients to 85% in 2024.\n")


def call(url: str, path: str, body=None, method: str | None = None, headers: dict | None = None,
         data: bytes | None = None) -> tuple[int, dict]:
    """(status, JSON reply) of one request; the reply of an error status is read too."""
    if body is not None:
        data = json.dumps(body).encode("utf-8")
        headers = {"Content-Type": "application/json", **(headers or {})}
    request = urllib.request.Request(url.rstrip("/") + path, data=data, headers=headers or {},
                                     method=method or ("POST" if data is not None else "GET"))
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def multipart(files: dict[str, bytes], field: str = "files") -> tuple[bytes, str]:
    """A multipart/form-data body with ``files`` (name -> bytes) in ``field``, and its content type."""
    boundary = uuid.uuid4().hex
    parts = []
    for name, content in files.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; filename="{name}"\r\n'
                     "Content-Type: application/octet-stream\r\n\r\n".encode("utf-8") + content + b"\r\n")
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("http-api")
    with served_app(root, CORPUS_FILES) as (url, corpus):
        yield url, corpus, root / "app.log"


def test_ask_answers_with_text_found_and_citations(server):
    url, _, _ = server
    status, reply = call(url, "/api/ask", {"question": SICHUAN_Q})
    assert status == 200
    assert set(reply) == {"text", "found", "lang", "citations", "notes", "rewritten"}
    assert reply["found"] is True and "80%" in reply["text"] and "[1]" in reply["text"]
    assert reply["lang"] == "en" and reply["rewritten"] is None
    first = reply["citations"][0]
    assert first["n"] == 1 and first["source"] == "2024-02-18_provincial-work-reports-medical-insurance.txt"
    assert {"title", "date", "page", "start", "end", "text"} <= set(first)
    assert "80%" in first["text"] and first["end"] > first["start"]


def test_follow_up_through_history(server):
    """"And in Shandong?" is read through the earlier question, as qa.answer(history=...) reads it."""
    url, _, _ = server
    status, reply = call(url, "/api/ask", {"question": "And in Shandong?", "history": [SICHUAN_Q]})
    assert status == 200
    assert reply["rewritten"] == "What share of medical insurance matters in Shandong can be handled online?"


def test_markup_in_a_question_is_not_searched(server):
    """A tag before the question changes nothing: the same answer and citations as without it."""
    url, _, _ = server
    _, plain = call(url, "/api/ask", {"question": SICHUAN_Q})
    _, tagged = call(url, "/api/ask", {"question": '<img src=x onerror="alert(1)"><b>' + SICHUAN_Q + "</b>"})
    assert tagged == plain


def test_retrieve_returns_passages(server):
    url, _, _ = server
    status, reply = call(url, "/api/retrieve", {"question": SICHUAN_Q, "k": 3})
    assert status == 200 and len(reply["passages"]) == 3
    assert any("80%" in p["text"] for p in reply["passages"])
    scores = [p["score"] for p in reply["passages"]]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("body, says", [
    ({"question": ""}, '"question" is empty'),
    ({"question": "<b></b>"}, '"question" is empty'),
    ({}, '"question" must be a string'),
    ({"question": 5}, '"question" must be a string'),
    ({"question": "x", "k": 0}, '"k" must be a whole number from 1 to 50'),
    ({"question": "x", "k": "5"}, '"k" must be a whole number'),
    ({"question": "x", "where": "Shandong"}, '"where" must be an object of strings'),
    ({"question": "x", "where": {"region": 5}}, '"where" must be an object of strings'),
    ({"question": "x", "history": "earlier"}, '"history" must be a list of the earlier questions'),
    ([1, 2], "the body must be a JSON object"),
])
def test_bad_input_is_400_with_a_json_message(server, body, says):
    url, _, _ = server
    for path in ("/api/ask", "/api/retrieve"):
        if path == "/api/retrieve" and "history" in str(body):
            continue
        status, reply = call(url, path, body)
        assert status == 400 and says in reply["error"], (path, reply)


def test_not_json_is_400(server):
    url, _, log = server
    status, reply = call(url, "/api/ask", data=b"question=hello", headers={"Content-Type": "text/plain"})
    assert status == 400 and "JSON object" in reply["error"]
    assert "Traceback" not in log.read_text(errors="replace")


def test_upload_brings_a_new_region_marked_uploaded_then_remove(server):
    """An upload over the API is indexed at once; its region is offered and filters the API
    (never frozen at start-up); it is listed as uploaded; DELETE removes it from the index."""
    url, corpus, log = server
    _, before = call(url, "/api/regions")
    assert "Hainan" not in before["regions"]
    data, kind = multipart({"../../hainan notice.md": HAINAN_DOC.encode("utf-8"), "tool.exe": b"MZ"})
    status, reply = call(url, "/api/documents", data=data, headers={"Content-Type": kind})
    assert status == 200, reply
    assert [f["status"] for f in reply["files"]] == ["renamed", "refused"]
    assert reply["files"][0]["message"].startswith("../../hainan notice.md: renamed to hainan-notice.md")
    assert reply["index"]["added"] == ["hainan-notice.md"]
    _, regions = call(url, "/api/regions")
    assert "Hainan" in regions["regions"]
    status, answer = call(url, "/api/ask", {"question": "What is the outpatient reimbursement ratio for dialysis patients?",
                                           "where": {"region": "Hainan"}})
    assert status == 200 and answer["found"] and "85%" in answer["text"]
    assert [c["source"] for c in answer["citations"]] == ["hainan-notice.md"]
    assert answer["citations"][0]["uploaded"]  # the upload date
    _, listed = call(url, "/api/documents")
    uploaded = {d["source"]: d["uploaded"] for d in listed["documents"]}
    assert uploaded["hainan-notice.md"] and uploaded["2025_shandong-medical-insurance-news-digest.txt"] is None

    status, reply = call(url, "/api/documents/2025_shandong-medical-insurance-news-digest.txt", method="DELETE")
    assert status == 400 and "was not uploaded" in reply["error"]
    status, reply = call(url, "/api/documents/hainan-notice.md", method="DELETE")
    assert status == 200 and reply["removed"] == "hainan-notice.md" and reply["index"]["removed"] == ["hainan-notice.md"]
    _, regions = call(url, "/api/regions")
    assert "Hainan" not in regions["regions"] and not (corpus / "hainan-notice.md").exists()
    assert "Traceback" not in log.read_text(errors="replace")


def test_other_origins_and_hosts_are_refused(server):
    """A page on another site cannot add documents (the API's route or the page's own upload
    route) or ask; a request naming another Host is refused; the page's own origin is served."""
    url, corpus, _ = server
    data, kind = multipart({"evil.txt": b"Planted text about medical insurance."})
    own = url.rstrip("/")
    for path in ("/api/documents", "/gradio_api/upload"):
        for header in ({"Origin": "http://evil.example"}, {"Referer": "http://evil.example/page.html"},
                       {"Origin": "null"}):
            status, reply = call(url, path, data=data, headers={"Content-Type": kind, **header})
            assert status == 403 and "cross-origin request refused" in reply["error"], (path, header, reply)
    status, _ = call(url, "/api/ask", {"question": SICHUAN_Q}, headers={"Origin": "http://evil.example"})
    assert status == 403
    assert not any(corpus.glob("evil*"))
    status, reply = call(url, "/api/regions", headers={"Host": "evil.example"})
    assert status == 400 and "is not served here" in reply["error"]
    # The page's own origin, and programs that send none, are served.
    status, _ = call(url, "/api/ask", {"question": SICHUAN_Q}, headers={"Origin": own})
    assert status == 200
    status, reply = call(url, "/gradio_api/upload", data=data, headers={"Content-Type": kind, "Origin": own})
    assert status == 200


# --- the dev set through the API and through qa.answer --------------------------------------------

def _score_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("shared_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _figures(items, answers, passages, score) -> dict:
    """score.py's figures (recall@5, answer, cited, answered, abstain per language) for these replies."""
    rows = []
    for item, ans, texts in zip(items, answers, passages):
        rank = next((i + 1 for i, t in enumerate(texts) if score.contains_any(t, item["evidence"])), 0)
        concise = len(score.re.sub(r"\[\d+\]", "", ans["text"]).strip()) <= 500
        rows.append(dict(lang=item["lang"], answerable=item["answerable"], rank=rank, found=ans["found"],
                         hit=item["answerable"] and ans["found"] and concise and score.contains_any(ans["text"], item["answers"]),
                         cited=item["answerable"] and any(score.contains_any(c, item["evidence"]) for c in ans["cited"])))
    figures = {}
    for group in ["all", *sorted({r["lang"] for r in rows})]:
        rs = [r for r in rows if group in ("all", r["lang"])]
        yes = [r for r in rs if r["answerable"]]
        no = [r for r in rs if not r["answerable"]]
        if yes:
            figures[f"recall@5:{group}"] = sum(r["rank"] > 0 for r in yes) / len(yes)
            figures[f"mrr@5:{group}"] = sum(1 / r["rank"] for r in yes if r["rank"]) / len(yes)
            for key in ("hit", "cited", "found"):
                figures[f"{key}:{group}"] = sum(r[key] for r in yes) / len(yes)
        if no:
            figures[f"abstain:{group}"] = sum(not r["found"] for r in no) / len(no)
    return figures


@pytest.mark.skipif(not DEV_SET.exists() or not SCORE_PY.exists(), reason="../shared/eval/ is not beside the repository")
def test_api_scores_the_dev_set_like_qa_answer(tmp_path, policy_settings, policy_engine):
    """Every dev question through POST /api/ask and /api/retrieve, and through qa.answer and
    qa.retrieve: the same answers, and so the same figures as ../shared/eval/score.py's."""
    import qa

    score = _score_module()
    items = [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    locations = dict(corpus_dir=policy_settings.corpus_dir, index_dir=policy_settings.index_dir)
    direct_answers, direct_passages = [], []
    for item in items:
        ans = qa.answer(item["question"], k=5, generate=False, **locations)
        direct_answers.append({"text": ans.text, "found": ans.found, "cited": [c.text for c in ans.citations]})
        direct_passages.append([p.text for p in qa.retrieve(item["question"], k=5, **locations)])

    glossary = {"glossary.tsv": (CORPUS / "glossary.tsv").read_text(encoding="utf-8")}  # the corpus's own terms
    with served_app(tmp_path, sorted({p.name.split(".")[0] for p in CORPUS.glob("*.txt")}), glossary) as (url, _):
        api_answers, api_passages = [], []
        for item in items:
            status, reply = call(url, "/api/ask", {"question": item["question"], "k": 5, "generate": False})
            assert status == 200, reply
            api_answers.append({"text": reply["text"], "found": reply["found"],
                                "cited": [c["text"] for c in reply["citations"]]})
            status, reply = call(url, "/api/retrieve", {"question": item["question"], "k": 5})
            api_passages.append([p["text"] for p in reply["passages"]])

    assert api_answers == direct_answers
    assert api_passages == direct_passages
    figures = _figures(items, api_answers, api_passages, score)
    assert figures == _figures(items, direct_answers, direct_passages, score)
    print("dev set through the API:", json.dumps(figures, sort_keys=True), file=sys.stderr)
    assert figures["recall@5:all"] > 0.5 and figures["hit:all"] > 0.5  # a real answering run, not an empty one
