"""A reader's short words for a notice's full ones, and what a reader says that is no subject. 降压药 is the notice's
降血压药物 (glossary synonyms), and a notice on 高血压糖尿病门诊用药 is about blood-pressure drugs in every sentence
(its title, its words written apart); what the reader says they do not use ("不打胰岛素") is not what they ask
about; 120 is the emergency number, not a figure; "a bigger hospital" names no kind of hospital; "clinics and
hospitals" are any medical institution; "what share do I pay myself before …" asks a share paid first, not the
deductible; 好几次 ("several times") asks no count; "And for my dad, who's retired?" swaps the group of the question
before; an ambulance notice's sentence "the fund pays 70% for residents" answers a question about ambulances though
it does not say "ambulance" (the title does); a rare disease (罕见病) is a subject a notice's deferral can be for.
Fixtures are our own notices."""
from __future__ import annotations

import re

import pytest

from conftest import ask, indexed_notices
from qa.answering import Asked, carries_term, negated, parts_of
from qa.followup import rewrite_followup
from qa.kinds import english_kinds
from qa.retrieval import analyse_question
from qa.slots import slots_in
from qa.tokenization import tokenize


CHRONIC = (
    "岚溪市医疗保障局关于城乡居民高血压糖尿病门诊用药保障的通知\n\n"
    "一、保障对象\n"
    "参加我市城乡居民医保、经二级及以上医疗机构确诊的高血压、糖尿病患者。\n"
    "二、支付政策\n"
    "（一）在乡镇卫生院、社区卫生服务中心等基层医疗机构发生的“两病”门诊用药费用，统筹基金支付比例为55%；"
    "在二级医疗机构发生的，支付比例为45%。\n"
    "（二）高血压患者年度最高支付限额为350元，糖尿病患者为550元；使用胰岛素治疗的糖尿病患者，年度最高支付限额为850元。\n"
    "三、用药范围\n"
    "保障药品为医保药品目录内的降血压、降血糖药物。罕见病用药的支付办法另行制定。\n"
)
AMBULANCE = (
    "Notice of the Kestrel Downs Healthcare Security Bureau on Cover for Emergency Ambulance Costs\n\n"
    "1. What counts\n"
    "Emergency ground ambulance trips dispatched through the 120 Emergency Dispatch Centre are covered.\n"
    "2. Cost sharing\n"
    "Within the per-trip cap, the fund pays 75% for in-work employees, 82% for retirees and 65% for residents.\n"
    "3. Operators\n"
    "A designated operator must reach the patient within 14 minutes of dispatch in urban districts.\n"
    "4. Claims\n"
    "Where direct settlement fails, the insured person may claim within 60 days of the trip.\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("chronic"), {"lanxi-liangbing.txt": CHRONIC,
                                                                "kestrel-downs-ambulance.txt": AMBULANCE})


@pytest.mark.slow
def test_a_readers_short_word_for_blood_pressure_drugs_is_the_notices(notices):
    answer = ask(notices, "我妈血压高，交的是居民医保，在社区卫生服务中心开降压药，医保能报几成？")
    assert answer.found and "55%" in answer.text, answer.text


@pytest.mark.slow
def test_what_the_reader_does_not_use_is_not_what_they_ask_about(notices):
    answer = ask(notices, "我爸有糖尿病，只吃降糖药，不打胰岛素，一年医保最多能报多少钱？")
    assert answer.found and "550元" in answer.text and "850元" not in answer.text, answer.text


@pytest.mark.slow
def test_the_emergency_number_is_no_figure(notices):
    answer = ask(notices, "住在城区，打了120，定点的救护车最晚多少分钟内得到？")
    assert answer.found and "14 minutes" in answer.text, answer.text


@pytest.mark.slow
def test_a_notices_title_says_what_its_sentences_are_about(notices):
    answer = ask(notices, "I'm on the resident scheme. If I have to take an ambulance, how much of the bill do I get back?")
    assert answer.found and "65% for residents" in answer.text, answer.text


@pytest.mark.slow
def test_the_follow_up_about_a_retired_father_is_answered_for_retirees(notices):
    answer = ask(notices, "And for my dad, who's retired?",
                 history=["I'm still working. If I need an ambulance, what percentage of the trip does insurance pay?"])
    assert answer.found and answer.rewritten and "82% for retirees" in answer.text, answer.text


@pytest.mark.slow
def test_a_rare_disease_is_a_subject_the_notice_leaves_to_other_rules(notices):
    answer = ask(notices, "我女儿得了罕见病，在社区卫生服务中心开药，医保能报几成？")
    assert not answer.found and "另行制定" in answer.text, answer.text


def test_an_english_follow_up_about_someone_else_swaps_in_their_group():
    previous = "I'm still working. What share of the ambulance trip is paid?"
    assert rewrite_followup("And for my dad, who's retired?", [previous]) == "I'm retired. What share of the ambulance trip is paid?"


def test_words_that_are_no_subject():
    assert negated("胰岛素", "只吃降糖药片，不打胰岛素，一年最多能报多少？")
    assert negated("insulin", "She is not on insulin. What is the cap?")
    assert not negated("胰岛素", "打胰岛素的一年最多能报多少？")
    assert [k.written for k in english_kinds("they sent her to a bigger hospital, then a rehabilitation hospital",
                                             re.compile("^$"))] == ["rehabilitation hospital"]
    assert "institution" not in slots_in("How many clinics and hospitals in the city can I go to?")
    assert "institution" in slots_in("How many hospitals in the city can I go to?")
    assert "measure" not in slots_in("What share do I have to pay myself before the reimbursement is worked out?")
    assert slots_in("How much do I pay myself before the pool starts paying?")["measure"] == {"deductible"}
    asked = Asked.of(analyse_question("我一年里叫了好几次救护车，医保一年最多能报多少钱？"))
    assert not asked.counts_times and not asked.counts
    assert Asked.of(analyse_question("一年能叫几次救护车？")).counts_times
    assert sorted(parts_of(frozenset({"两病", "用药", "两病用药"}))) == ["两病", "用药"]
    # "drugs" is the head of "blood pressure drugs" but names no drug: "3,159 types of drugs" carries no 降压药
    phrasings = (frozenset({"blood", "pressur", "drug"}), frozenset({"降压药"}))
    text = "The directory includes 3,159 types of drugs."
    assert not carries_term("降压药", phrasings, frozenset({"drug"}), text, set(tokenize(text)))
    assert carries_term("降压药", phrasings, frozenset({"drug"}), "blood pressure drugs", {"blood", "pressur", "drug"})
