"""A Chinese question's subject that the policy glossary cannot translate is looked for in English
documents by its dictionary translations (CC-CEDICT, ``qa.dictionary``): a question about antigen
tests over an article that prices only nucleic-acid and antibody tests is declined, not answered with
their figures. Within Chinese documents, and for questions from outside the glossary's field, a word's
absence is only another wording, and nothing is declined for it.

The notices are invented for these tests, indexed with the real model.
"""
from __future__ import annotations

import os

import pytest

from conftest import ask, indexed_notices
from qa.api import get_engine
from qa.dictionary import chinese_of, english_of, noun_glosses

REAGENTS = (
    "Larkfield Medical Security Bureau: prices of testing reagents\n\n"
    "Through centralized procurement, the prices of COVID-19 nucleic acid testing reagents in Larkfield fell by 70% and those of "
    "antibody testing reagents by 40% in 2026. Patients saved 12 million yuan in medical expenses.\n\n"
    "Outpatient expenses of insured employees are reimbursed at 60% in Larkfield.\n"
)
FERTILITY = (
    "鹭州市医疗保障局关于辅助生殖技术项目纳入医保支付的通知\n\n"
    "将取卵术、胚胎移植术等辅助生殖技术项目纳入职工基本医疗保险支付范围，支付比例为60%，每人每年最高支付15000元。\n"
)
MATCH = (
    "Riverton Broncos season review\n\n"
    "The Riverton Broncos beat the Harbor Sharks 24-10 in the final game of the season. Their kicker scored 9 points.\n"
)


@pytest.fixture(scope="module")
def english_notice(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("reagents"), {"larkfield-reagents-2026.txt": REAGENTS,
                                                                 "riverton-broncos.txt": MATCH})


@pytest.fixture(scope="module")
def chinese_notice(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("fertility"), {"luzhou-fertility-2027.txt": FERTILITY})


def test_the_dictionary_translates_nouns_and_leaves_verb_senses_out():
    assert english_of("抗原") == ("antigen",)
    assert "胰岛素" in chinese_of("insulin")
    assert noun_glosses(["to put on record", "to file"]) == []  # 备案: only verbs, no name to look for
    assert english_of("没有这个词") == ()


def test_a_subject_no_english_document_names_is_declined_with_its_translation(english_notice):
    ans = ask(english_notice, "Larkfield新冠抗原检测试剂的价格降了多少？")
    assert not ans.found, ans.text
    assert "抗原（antigen）" in ans.text and "40%" not in ans.text, ans.text


def test_the_twin_question_whose_subject_the_article_names_is_answered(english_notice):
    ans = ask(english_notice, "Larkfield抗体检测试剂的价格降了多少？")
    assert ans.found and "40%" in ans.text, ans.text


def test_within_chinese_documents_another_wording_is_not_declined_as_unmentioned(chinese_notice):
    """The notice says 辅助生殖技术 where the question says 试管婴儿: no English document to look in, so the
    word's absence decides nothing."""
    ans = ask(chinese_notice, "鹭州试管婴儿项目医保支付比例是多少？")
    assert "没有提到" not in ans.text, ans.text


def test_a_question_from_outside_the_glossarys_field_is_left_to_the_model(english_notice):
    """Nothing of the question is a policy term, so the dictionary's 'wild horse' for 野马 is not held
    against an article that says Broncos (the model's reading decides)."""
    ans = ask(english_notice, "野马队在最后一场比赛中得了多少分？")
    assert "没有提到" not in ans.text, ans.text


@pytest.mark.slow
def test_the_engine_loads_what_a_chinese_question_needs_before_one_is_asked(policy_settings):
    """A fresh process: loading the index starts a warm-up that leaves jieba's dictionaries, the
    glossary's patterns and CC-CEDICT loaded, without any question asked (the first Chinese question
    would otherwise wait ~4 s for them)."""
    import subprocess
    import sys

    script = (
        "import threading, jieba, qa.dictionary, qa.glossary\n"
        "from qa.api import get_engine\n"
        "e = get_engine(); e.retriever\n"
        "[t.join(120) for t in threading.enumerate() if t.name == 'qa-warm-up']\n"
        "print(jieba.dt.initialized, qa.dictionary.load.cache_info().currsize, getattr(e.retriever.glossary, '_patterns', None) is not None)\n"
    )
    env = dict(os.environ, QA_CORPUS_DIR=str(policy_settings.corpus_dir), QA_INDEX_DIR=str(policy_settings.index_dir))
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)
    assert out.stdout.split() == ["True", "1", "True"], out.stdout + out.stderr
