"""Retrieval by sentences: the chunks ranked by their closest stored sentence, a third ranking in the fusion.

A notice's one-clause answer sits in a chunk among clauses on other things (a table of caps, a deductible, how it
joins other schemes); the chunk's own vector blurs it, while the clause's own vector, stored for the answer step, is
the closest sentence in the corpus to the question. Seen on the blind round eval/unseen36: "职工医保…能报百分之几？"
over a haemophilia notice whose 85% clause ranked first of all sentences and its chunk thirteenth. The notice here is
our own, written for the tests, beside the shipped articles.
"""
from __future__ import annotations

import shutil

import numpy as np
import pytest

import qa.retrieval as retrieval
from conftest import ask, beside_articles

ZH = (
    "# 沅桥市医疗保障局关于做好戈谢病门诊酶替代治疗保障工作的通知\n\n"
    "沅医保发〔2026〕17号\n\n"
    "各区县医疗保障分局，各定点医疗机构、定点零售药店：\n\n"
    "为减轻戈谢病患者门诊用药负担，规范酶替代治疗的医保管理，现就有关事项通知如下。\n\n"
    "## 一、保障对象\n\n"
    "参加我市职工基本医疗保险（以下简称职工医保）或城乡居民基本医疗保险（以下简称居民医保），经认定医院确诊为戈谢病的参保人员，"
    "可按本通知享受门诊酶替代治疗待遇。本通知所称儿童，是指未满18周岁的参保人员。\n\n"
    "## 二、认定与备案\n\n"
    "（一）认定医院。戈谢病门诊待遇认定由沅桥市第一人民医院、沅桥市儿童医院2家认定医院负责。\n\n"
    "（二）认定程序。参保人员持有效身份证件、酶活性检测报告向认定医院提出申请。认定医院应在受理后10个工作日内出具认定意见。"
    "医保经办机构应在收到认定意见后5个工作日内完成备案。\n\n"
    "## 三、支付限额\n\n"
    "各类患者的年度支付限额按下表执行，当年未使用的额度不结转至以后年度。\n\n"
    "儿童患者是本次保障重点，年度支付限额为40万元。\n\n"
    "| 患者类别 | 年度支付限额 | 单月支付限额 |\n|---|---|---|\n| 儿童患者 | 40万元 | 3.5万元 |\n| 成人患者 | 30万元 | 2.6万元 |\n\n"
    "上表所列限额适用于2027年12月31日前发生的费用。2028年起的支付限额标准另行公布。\n\n"
    "## 四、待遇支付\n\n"
    "（一）支付比例。支付限额内的酶替代药品费用及相关检查、输注服务费用，职工医保统筹基金支付82%；居民医保统筹基金支付68%。\n\n"
    "（二）起付线。职工医保戈谢病门诊治疗不设起付线。居民医保设年度起付线400元，一个自然年度内只计算一次。\n\n"
    "（三）与其他保障衔接。个人负担部分按现行规定纳入大病保险和医疗救助保障范围。\n\n"
    "## 五、监督管理\n\n"
    "定点医院、定点药店有虚构诊疗、串换药品等行为的，处造成损失金额2倍以上5倍以下罚款，并暂停其医保结算6个月。\n\n"
    "## 六、其他\n\n"
    "本通知自2026年12月1日起施行，有效期3年。\n"
)
QUESTION = "我在厂里上班交的职工医保，戈谢病在医院输酶替代的药，能报百分之几？"


@pytest.fixture(scope="module")
def gaucher(policy_settings, tmp_path_factory):
    settings = beside_articles(policy_settings, tmp_path_factory.mktemp("gaucher"), "yuanqiao-gaoxie-menzhen.md", ZH)
    yield settings
    shutil.rmtree(settings.corpus_dir.parent, ignore_errors=True)


def test_chunks_are_ranked_by_their_closest_sentence(gaucher):
    from qa.api import get_engine

    retriever = get_engine(gaucher).retriever
    query = retriever.analyse(QUESTION)
    vector = np.asarray(retriever.embedder.encode_queries([query.dense_text_for(retriever.reads_chinese)])[0], np.float32)
    ranked = retriever._sentence_rank(query, vector, 5, None)
    table = retriever.index.sentences
    closest = max(range(len(table.sentences)), key=lambda i: float(table.vectors[i].astype(np.float32) @ vector))
    # (the first chunk holds the closest sentence of the whole corpus)
    first = retriever.index.chunks[ranked[0]]
    assert first.start <= table.sentences[closest].start < first.end and first.source == table.sentences[closest].source


def test_a_one_clause_answer_inside_a_chunk_on_other_things_is_retrieved_and_answered(gaucher):
    passages = [p.text for p in __import__("qa").retrieve(QUESTION, k=5, corpus_dir=gaucher.corpus_dir,
                                                         index_dir=gaucher.index_dir)]
    assert any("职工医保统筹基金支付82%" in p for p in passages), passages
    answer = ask(gaucher, QUESTION)
    assert answer.found and "82%" in answer.text.split("[1]")[0], answer.text


def test_the_plain_baselines_keep_their_two_rankings(gaucher, monkeypatch):
    """``qa eval --compare``'s dense-only and words-only baselines are what they say: no sentence ranking."""
    from qa.api import get_engine

    engine = get_engine(gaucher)
    dense_only = retrieval.Retriever(engine.retriever.index, engine.embedder, weights=(1.0, 0.0))
    calls = []
    monkeypatch.setattr(retrieval.Retriever, "_sentence_rank", lambda *a, **k: calls.append(a) or [])
    dense_only.retrieve_many([QUESTION], k=5)
    engine.retriever.retrieve_many([QUESTION], k=5)
    assert len(calls) == 1  # the hybrid's, not the baseline's


def test_a_month_asked_beside_a_week_of_the_story_is_answered_by_the_monthly_cap(gaucher):
    """"每周都要输一次药，一个月医保最多给报多少钱？" asks a monthly figure (the story's week aside): the table's 单月 column
    answers, not the yearly cap the sentence above it repeats."""
    from qa.slots import slots_in

    assert slots_in("一个月医保最多给报多少钱？")["per"] == {"month"} and slots_in("单月支付限额3.5万元")["per"] == {"month"}
    assert "per" not in slots_in("满一个月可以申请")
    answer = ask(gaucher, "我女儿是戈谢病儿童患者，每周都要输一次药，一个月医保最多给报多少钱？")
    assert answer.found and "3.5万元" in answer.text.split("[1]")[0], answer.text
