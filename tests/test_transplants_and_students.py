"""A reader's past event, how often they do something, a split verb, and a follow-up that asks only a measure.

"Had a transplant back in 2023 … this year" asks about now, not 2023; "每个月都要吃药，一年最多报多少" asks a yearly
sum (the month is how often the pills are taken); "what's the most it will pay in this first year" asks a sum, not a
count of tests, and as a follow-up keeps the situation of the question before; 住了一个礼拜院 and 备过案 are 住院 and 备案;
出院 (a discharge) says a sentence is about a hospital stay.
Fixtures are our own notices."""
from __future__ import annotations

import pytest

from conftest import ask, indexed_notices
from qa.answering import asked_slots, asked_years
from qa.followup import rewrite_followup
from qa.retrieval import analyse_question

TRANSPLANTS = (
    "Notice of the Pellmoor Prefecture Healthcare Security Bureau on Cover for Anti-rejection Drugs after Organ "
    "Transplants\n\n"
    "3. Caps\n"
    "3.1 The fund pays 80% of eligible costs of anti-rejection drugs for every registered transplant recipient.\n"
    "3.2 The annual cap on anti-rejection drugs for each registered person is 55,000 yuan in the first year after the "
    "transplant.\n"
    "3.3 From the second year after the transplant, the annual cap on anti-rejection drugs is 30,000 yuan for kidney "
    "recipients and 35,000 yuan for liver recipients.\n"
    "4. Tests\n"
    "4.1 The fund pays 100 yuan per blood drug level test, up to 10 tests a year in the first year after the transplant.\n"
)
STUDENTS = (
    "桐溪市医疗保障局关于在校大学生参加城乡居民医保的通知\n\n"
    "四、普通门诊待遇\n"
    "学生在本校校医院发生的普通门诊费用，基金支付比例为60%，年度最高支付限额为700元。\n"
    "五、住院待遇\n"
    "住院费用基金支付比例为：一级定点医疗机构90%，二级定点医疗机构80%，三级定点医疗机构65%。\n"
    "六、假期异地就医\n"
    "学生寒暑假期间在市外住院的，已备案的，基金支付比例在本市同级医疗机构比例基础上降低8个百分点；未备案的降低16个百分点。\n"
    "因急诊抢救在市外住院的，视同已备案，应在出院后7个工作日内补办备案手续。\n"
    "七、结算\n"
    "因特殊原因未能直接结算的，应在出院或就诊之日起3个月内申请零星报销，逾期不予受理。\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("transplants"), {"pellmoor-transplants.txt": TRANSPLANTS,
                                                                     "tongxi-students.txt": STUDENTS})


def test_the_year_of_a_past_event_and_how_often_something_is_done_are_not_asked():
    assert asked_years("I had a liver transplant back in 2023. What's the most it will pay this year?") == set()
    assert asked_years("What was the annual cap in 2023?") == {"2023"}
    # (the unit the reader takes pills in is kept beside the one asked, 一年; a sentence giving either answers)
    assert asked_slots("我妈每个月都要吃抗排异的药，医保一年最多给报多少钱？")["per"] == {"month", "year"}
    assert "per" not in asked_slots("我妈每个月都要吃抗排异的药，医保最多给报多少钱？")
    assert asked_slots("每个月最多报多少钱？")["per"] == {"month"}


def test_a_split_verb_is_searched_whole():
    assert "住院" in analyse_question("我在三甲医院住了一个礼拜院，能报百分之几？").tokens
    assert "备案" in analyse_question("走之前在网上备过案，报销比例低多少？").tokens


def test_a_follow_up_asking_only_a_measure_keeps_the_situation():
    assert rewrite_followup("And what's the most it will pay in this first year?",
                            ["I had a liver transplant three months ago. What share of the anti-rejection pills is paid?"]) \
        == "I had a liver transplant three months ago. What's the most it will pay in this first year?"


@pytest.mark.slow
def test_a_past_transplant_year_does_not_hold_back_this_years_cap(notices):
    answer = ask(notices, "I had a liver transplant back in 2023. What's the most it will pay for my anti-rejection "
                          "drugs this year?")
    assert answer.found and "35,000 yuan for liver recipients" in answer.text, answer.text


@pytest.mark.slow
def test_how_often_the_pills_are_taken_is_not_the_unit_asked(notices):
    answer = ask(notices, "我妈做肝移植已经三年了，每个月都要吃抗排异的药，医保一年最多给报多少钱？")
    assert answer.found and "35,000 yuan" in answer.text, answer.text


@pytest.mark.slow
def test_the_most_it_will_pay_is_a_sum_and_the_follow_up_keeps_the_transplant(notices):
    answer = ask(notices, "And what's the most it will pay in this first year?",
                 history=["I had a liver transplant three months ago. What share of the anti-rejection pills is paid?"])
    assert answer.found and "55,000 yuan" in answer.text, answer.text


@pytest.mark.slow
def test_a_filing_made_before_the_holiday_meets_the_notices_filed_rate(notices):
    answer = ask(notices, "我女儿放暑假回外省老家住院了，走之前在网上备过案，报销比例比在学校那边低多少？")
    assert answer.found and "8个百分点" in answer.text, answer.text


@pytest.mark.slow
def test_a_discharge_says_the_sentence_is_about_a_hospital_stay(notices):
    # "出院或就诊之日起3个月内" names no 住院, but a discharge ends a stay: it answers an inpatient's claim deadline
    answer = ask(notices, "我上个月住院出院的时候没能直接结算，自己垫的钱，最晚多久之内要去申请报销？")
    assert answer.found and "3个月" in answer.text.split("[1]")[0], answer.text
