"""The public API on the real policy corpus: retrieval, answers, abstention, bad input."""
from __future__ import annotations

import re

import pytest

import qa
from qa.answering import figures_supported


def _loc(settings):
    return {"corpus_dir": settings.corpus_dir, "index_dir": settings.index_dir}


def test_retrieve_finds_the_known_passage(policy_settings):
    """The passage stating the nucleic-acid reagent price cut is retrieved, with true offsets."""
    passages = qa.retrieve("How much did the prices of nucleic acid testing reagents fall?", k=5, **_loc(policy_settings))
    assert len(passages) == 5
    hit = next(p for p in passages if "fell by 70% and 40%" in p.text)
    source_text = (policy_settings.corpus_dir / hit.source).read_text(encoding="utf-8")
    assert source_text[hit.start:hit.end] == hit.text
    assert hit.title and hit.source.endswith(".txt")
    assert [p.score for p in passages] == sorted((p.score for p in passages), reverse=True)


def test_answer_gives_the_figure_with_a_citation_that_contains_it(policy_settings):
    """The Shandong grassroots outpatient ratio is answered as 65%, cited from the passage saying so."""
    ans = qa.answer("What is the outpatient reimbursement ratio at grassroots medical institutions in Shandong?",
                    **_loc(policy_settings))
    assert ans.found
    assert "65%" in ans.text and "[1]" in ans.text
    assert "65%" in ans.citations[0].text
    assert len(re.sub(r"\[\d+\]", "", ans.text)) <= 500


@pytest.mark.parametrize("question", [
    "How many users have activated the medical insurance code?",
    "What is the local financial subsidy per person-year for Guangxi residents' medical insurance?",
    "How many types of drugs did Shandong procure centrally over the past five years?",
    "宁夏城乡居民医保补助提高到了多少？",
])
def test_every_figure_in_an_answer_is_in_the_passage_it_cites(policy_settings, question):
    """No number appears in an answer unless the passage its marker points to contains it."""
    ans = qa.answer(question, **_loc(policy_settings))
    assert ans.found and ans.citations
    assert figures_supported(ans.text, ans.citations) == []
    for n in map(int, re.findall(r"\[(\d+)\]", ans.text)):
        assert 1 <= n <= len(ans.citations)


@pytest.mark.parametrize("question", [
    "What is the reimbursement ratio for acupuncture in Hong Kong?",
    "How do I apply for a US Medicare card?",
    "2030年国家医保目录会新增哪些药品？",
])
def test_unanswerable_questions_are_declined(policy_settings, question):
    """Questions the documents do not cover get found=False: no citations, or one near miss cited as
    what the documents give instead (for another year or place), said in so many words."""
    ans = qa.answer(question, **_loc(policy_settings))
    assert not ans.found
    assert ans.citations == [] or (len(ans.citations) == 1 and ("do not give this for" in ans.text or "文档没有给出" in ans.text))


def test_decline_message_follows_the_question_language(policy_settings):
    """A Chinese question is told in Chinese that the documents do not answer it."""
    ans = qa.answer("2030年国家医保目录会新增哪些药品？", **_loc(policy_settings))
    assert ans.text.startswith(("文档中没有", "文档没有给出2030年"))
    assert not qa.answer("What will the 2030 national drug list add?", **_loc(policy_settings)).text.startswith("文档")


def test_chinese_question_finds_the_english_passage(policy_settings):
    """A Chinese question reaches the English passage with the answer through the glossary."""
    question = "四川有多少比例的医保事项实现了网上办理？"
    passages = qa.retrieve(question, k=5, **_loc(policy_settings))
    assert any("80% of medical insurance matters" in p.text for p in passages)
    ans = qa.answer(question, **_loc(policy_settings))
    assert ans.found and "80%" in ans.text


@pytest.mark.parametrize("question", ["", "   \n\t"])
def test_empty_question_is_refused_clearly(policy_settings, question):
    """An empty or blank question raises ValueError saying the question is empty."""
    with pytest.raises(ValueError, match="question is empty"):
        qa.retrieve(question, **_loc(policy_settings))
    with pytest.raises(ValueError, match="question is empty"):
        qa.answer(question, **_loc(policy_settings))


@pytest.mark.parametrize("k", [0, -3, 2.5, "5"])
def test_bad_k_is_refused_clearly(policy_settings, k):
    """k must be a whole number of at least 1, and the message shows the bad value."""
    with pytest.raises(ValueError, match="k must be a whole number of at least 1"):
        qa.retrieve("reimbursement ratio", k=k, **_loc(policy_settings))


def test_k_larger_than_the_corpus_returns_every_chunk(small_settings, embedder):
    """Asking for more passages than exist returns all of them, no error."""
    from qa.index import build_index

    report = build_index(small_settings, embedder=embedder)
    passages = qa.retrieve("reimbursement", k=1000, corpus_dir=small_settings.corpus_dir,
                           index_dir=small_settings.index_dir)
    assert len(passages) == report.chunks


def test_missing_index_is_built_on_first_use(small_settings, capsys):
    """With no index yet, the first question builds it (with a message) and is answered."""
    ans = qa.answer("What did centralized procurement do to insulin prices in Testland?",
                    corpus_dir=small_settings.corpus_dir, index_dir=small_settings.index_dir)
    assert "building it" in capsys.readouterr().err
    assert ans.found and "48%" in ans.text


def test_region_filter_keeps_only_that_region(policy_settings):
    """where={'region': ...} returns passages of documents of that region only."""
    passages = qa.retrieve("reimbursement ratio", k=5, where={"region": "Shandong"}, **_loc(policy_settings))
    assert passages and all(p.source.startswith("2025_shandong") for p in passages)
