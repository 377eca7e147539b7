"""Answer behaviours a policy reader relies on, each on a tiny real corpus with the real model."""
from __future__ import annotations

import json

import qa
from qa.index import build_index
from qa.settings import Settings


def _indexed(tmp_path, embedder, docs: dict[str, str], meta: dict[str, dict] | None = None) -> Settings:
    """Settings for a corpus of ``docs`` (with sidecar ``meta``), its index built."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in docs.items():
        (corpus / name).write_text(text, encoding="utf-8")
    for stem, m in (meta or {}).items():
        (corpus / f"{stem}.meta.json").write_text(json.dumps(m), encoding="utf-8")
    settings = Settings.from_env(corpus_dir=corpus, index_dir=tmp_path / "index")
    build_index(settings, embedder=embedder)
    return settings


def _ask(settings, question):
    return qa.answer(question, corpus_dir=settings.corpus_dir, index_dir=settings.index_dir)


def test_conflicting_figures_are_both_shown_with_dates(tmp_path, embedder):
    """Two documents giving different figures for the same thing are both cited, with a note naming their dates."""
    s = _indexed(tmp_path, embedder, {
        "report-2021.txt": "Basic medical insurance covers more than 1.36 billion people in China.",
        "report-2023.txt": "Basic medical insurance now covers more than 1.34 billion people in China.",
    }, {"report-2021": {"title": "Report 2021", "date": "2021-03"},
        "report-2023": {"title": "Report 2023", "date": "2023-05"}})
    ans = _ask(s, "How many people does basic medical insurance cover?")
    assert ans.found
    assert "1.36 billion" in ans.text and "1.34 billion" in ans.text
    assert {c.date for c in ans.citations} == {"2021-03", "2023-05"}
    assert any("different figures" in n and "2021-03" in n and "2023-05" in n for n in ans.notes)


def test_a_sentence_about_another_place_does_not_answer(tmp_path, embedder):
    """Asked about Guangxi, a passage that names Guangxi but states Shandong's ratio is not an answer."""
    s = _indexed(tmp_path, embedder, {
        "provinces.txt": ("Guangxi improved its critical illness insurance. "
                          "The outpatient reimbursement ratio at grassroots medical institutions in Shandong is 65%."),
    })
    assert not _ask(s, "What is the outpatient reimbursement ratio at grassroots medical institutions in Guangxi?").found
    shandong = _ask(s, "What is the outpatient reimbursement ratio at grassroots medical institutions in Shandong?")
    assert shandong.found and "65%" in shandong.text


def test_a_how_much_question_needs_a_figure(tmp_path, embedder):
    """A sentence on the right subject but without any figure does not answer "how much"."""
    s = _indexed(tmp_path, embedder, {
        "ltc.txt": "Jilin and Hainan promote the establishment of long-term care insurance systems.",
    })
    ans = _ask(s, "How much is the individual contribution to long-term care insurance in Hainan?")
    assert not ans.found


def test_the_batch_named_must_be_the_batch_answered(tmp_path, embedder):
    """A question about the ninth procurement batch is not answered with the eighth batch's figure."""
    s = _indexed(tmp_path, embedder, {
        "batches.txt": "The eighth batch of national drug procurement cut prices by an average of 56%.",
    })
    assert not _ask(s, "What was the average price cut in the ninth batch of national drug procurement?").found
    assert "56%" in _ask(s, "What was the average price cut in the eighth batch of national drug procurement?").text


def test_year_unknown_to_the_documents_is_declined(tmp_path, embedder):
    """A year the documents never mention is declined, and a year written without its zero ("223") is recognised."""
    s = _indexed(tmp_path, embedder, {
        "guangxi.txt": "In 223, individual contributions to residents' medical insurance in Guangxi are 350 yuan per person.",
    })
    assert not _ask(s, "What is the individual contribution for Guangxi residents in 2027?").found
    ans = _ask(s, "What is the individual contribution for Guangxi residents in 2023?")
    assert ans.found and "350 yuan" in ans.text


def test_how_many_prefers_the_sentence_that_states_the_count(tmp_path, embedder):
    """"How many provinces" is answered by "Seven provinces ...", not a longer sentence merely about provinces."""
    s = _indexed(tmp_path, embedder, {
        "ltc.txt": ("In 2024 many provinces plan to focus on provincial pooling, volume-based procurement and the "
                    "establishment and improvement of long-term care insurance systems. "
                    "Seven provinces have established and improved long-term care insurance systems."),
    })
    ans = _ask(s, "How many provinces have established and improved long-term care insurance systems?")
    assert ans.text.startswith("Seven provinces")


def test_answers_never_exceed_the_length_limit(policy_settings):
    """Even a broad question gets at most 500 characters of answer besides the markers."""
    import re

    ans = qa.answer("What did the provinces report about medical insurance in 2023?",
                    corpus_dir=policy_settings.corpus_dir, index_dir=policy_settings.index_dir)
    assert len(re.sub(r"\[\d+\]", "", ans.text)) <= 500
