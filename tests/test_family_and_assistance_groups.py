"""Family words are who asks, not a subject (爸妈, "my dad's hospital bill"); the groups medical assistance tells apart
are read as readers write them ("just above the dibao line" is the low-income edge, "at risk of falling back into
poverty", an orphaned nephew), and they are insured as residents.

From the fourteenth hands-on round (eval/unseen14: its first run on the page is the untouched figure), in general
form, on notices written for these tests, indexed with the real model.
"""
from __future__ import annotations

import pytest

from conftest import ask, indexed_notices
from qa.answering import names_kin
from qa.kinds import english_kinds
from qa.answering import _MEASURE_WORDS
from qa.slots import slots_in

LINHE = (
    "Linhe County Notice on Medical Assistance\n\n"
    "1. Inpatient assistance after insurance\n"
    "1.1 Extremely poor persons: no deductible, 92% of eligible costs.\n"
    "1.2 Subsistence-allowance households: deductible 400 yuan, 78% of eligible costs.\n"
    "1.3 Low-income marginal households: deductible 1,200 yuan, 62% of eligible costs.\n"
    "1.4 Assistance for persons at risk of returning to poverty is decided by the county bureau case by case.\n"
    "2. Applications\n"
    "2.1 A patient whose costs were not settled at discharge may apply to the township office within 4 months of discharge.\n"
)
YUNQIAO = (
    "云桥市医疗保障局关于职工医保个人账户家庭共济的通知\n\n"
    "一、共济范围。参保职工可将个人账户用于支付其配偶、父母、子女的医疗费用。\n"
    "二、绑定人数。每名参保职工最多可绑定4名近亲属。\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("family"), {"linhe-medical-assistance.txt": LINHE,
                                                               "yunqiao-gongji.txt": YUNQIAO})


def test_family_words_are_not_subjects():
    assert names_kin("爸妈") and names_kin("孩子") and not names_kin("宠物")
    assert not english_kinds("My dad's hospital bill was not settled. How long do we have to apply?", _MEASURE_WORDS)


def test_assistance_groups_as_readers_name_them():
    assert slots_in("Our income is just above the dibao line, so we're a low-income family.")["group"] == {"low-income"}
    assert slots_in("我们家收入比低保线高一点，算低收入边缘户")["group"] == {"low-income"}
    assert slots_in("We were identified as at risk of falling back into poverty.")["group"] == {"at-risk"}
    assert slots_in("I look after my orphaned nephew.")["group"] == {"orphans"}


@pytest.mark.slow
def test_family_words_do_not_block_an_answer(notices):
    answer = ask(notices, "我想把我爸妈和孩子都绑到我的个人账户上，一个人最多能绑几个近亲属？")
    assert answer.found and "4名" in answer.text, answer.text
    claim = ask(notices, "My dad's hospital bill wasn't settled when he left hospital. How long after discharge can we apply?")
    assert claim.found and "4 months" in claim.text, claim.text


@pytest.mark.slow
def test_the_low_income_edge_and_the_at_risk_get_their_own_figures(notices):
    edge = ask(notices, "Our income is just above the dibao line. What is the inpatient deductible before assistance?")
    assert edge.found and "1,200 yuan" in edge.text and "400 yuan" not in edge.text.split("1,200 yuan")[0], edge.text
    at_risk = ask(notices, "We're at risk of falling back into poverty. What share of inpatient costs does assistance pay?")
    assert not (at_risk.found and any(f in at_risk.text for f in ("92%", "78%", "62%"))), at_risk.text


def test_readers_words_for_figures_and_groups():
    from qa.answering import Asked, carries_term, figure_gate
    from qa.retrieval import analyse_question
    from qa.tokenization import tokenize

    # "how much do I pay myself before the pool starts paying" asks for the deductible, a sum
    asked = Asked.of(analyse_question("How much do I have to pay myself each year before the outpatient pool starts paying?"))
    assert "deductible" in asked.slots["measure"] and asked.wants_money
    assert figure_gate(asked, "Retirees: 70% at secondary hospitals.")
    # a household's income is no fund's money; 一次性 ("one-off") is no count
    assert not Asked.of(analyse_question("我们家收入比低保线高一点，救助能报百分之几？")).wants_money
    asked = Asked.of(analyse_question("一个人最多能绑几个近亲属？"))
    assert figure_gate(asked, "参保职工可为已绑定近亲属一次性代缴全年费用。")
    # the hyphenated group, and an orphan drug is no orphan
    assert slots_in("(b) subsistence-allowance households: 75%;")["group"] == {"dibao"}
    assert "group" not in slots_in("I take an orphan drug for Gaucher disease.")
    # "chronic outpatient" carries 慢性病 (chronic disease); "special diseases" carries no 大病 (major disease)
    chronic = (frozenset({"chronic", "diseas"}),)
    assert carries_term("慢性病", chronic, frozenset({"diseas"}), "", set(tokenize("chronic outpatient assistance")))
    major = (frozenset({"major", "diseas"}), frozenset({"serious", "ill"}))
    assert not carries_term("大病", major, frozenset({"diseas", "ill"}), "", set(tokenize("chronic and special diseases")))


def test_follow_ups_swap_the_assistance_groups():
    from qa.followup import rewrite_followup

    assert rewrite_followup("那低保户呢？", ["特困人员住院，医疗救助一年最多给多少钱？"]) == "低保户住院，医疗救助一年最多给多少钱？"
    assert "low-income" in rewrite_followup("And for a low-income family?", ["We're on dibao. What share does assistance pay?"])


def test_an_assisted_group_does_not_inherit_the_residents_figure():
    from qa.answering import Asked, subject_gate
    from qa.retrieval import analyse_question

    asked = Asked.of(analyse_question("Our family is on dibao and in the resident insurance. How much is our own yearly contribution?"))
    # the residents' own 380 yuan is not what a dibao family pays ...
    assert subject_gate(asked, slots_in("The individual contribution to resident medical insurance is 380 yuan a year."), {})
    # ... the dibao's sentence answers, though it does not say "residents"
    assert subject_gate(asked, slots_in("Subsistence-allowance households: 70% of the individual contribution is paid."), {}) is None
