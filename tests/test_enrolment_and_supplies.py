"""A Chinese notice on waiting periods for late enrolment and an English notice on stoma and continence supplies,
each added beside the shipped articles, asked about as the blind round eval/unseen29 asked (the notices here are our
own, written for the tests).

- What a reader tells before asking names no figure asked: "I paid my premium late, … How many working days until the
  office tells me …?" asks a span, not an amount ("premium").
- "多少天之内交居民医保" counts days, not people (居民).
- The scheme a reader is in (居民医保) beside what they are (退伍) is met by the clause for what they are.
- A deferral of another measure ("the monthly quantity of external catheters is set separately") is no reason to decline a
  question asking how long one has to claim; nor is another document's deferral naming a word ("claims") the
  answer's language has no phrasing for.
- "一个月最多给报多少根" asks a count (根, 片, 袋, 支, 盒 …), so a price is no answer.
- Follow-ups: another supply (那纸尿垫呢？), someone else by age ("What if they're for my 12-year-old?"), another group
  told as a person (那刚出狱的人呢？).
"""
from __future__ import annotations

import pytest

from conftest import ask, beside_articles
from qa.answering import Asked, _PEOPLE_Q
from qa.followup import rewrite_followup
from qa.retrieval import analyse_question
from qa.slots import slots_in

ZH = (
    "岑溪市医疗保障局关于城乡居民医保集中参保期外参保待遇等待期有关事项的通知\n"
    "岑医保发〔2026〕12号\n\n"
    "一、待遇等待期\n"
    "（一）未在集中参保期内参保缴费的，自缴费到账之日起设置3个月固定待遇等待期。\n"
    "（二）断保人员再次参保的，每多断保1个年度，增加1个月变动待遇等待期，变动待遇等待期累计最长不超过8个月。\n\n"
    "二、不设待遇等待期的情形\n"
    "（一）新生儿在出生之日起90日内参保缴费的，自出生之日起享受待遇；\n"
    "（二）退役军人自退出现役之日起60日内参保缴费的，自缴费次日起享受待遇；\n"
    "（三）刑满释放人员在释放之日起3个月内参保缴费的，自缴费次日起享受待遇。\n\n"
    "三、经办服务\n"
    "（一）医保经办机构应在缴费后7个工作日内核定待遇等待期，并通过短信告知起止日期。\n"
)
EN = (
    "Notice of the Wrenfold Healthcare Security Bureau on Cover for Stoma and Continence Supplies\n\n"
    "1. Standard prices\n"
    "The fund calculates its share from the following standard prices:\n\n"
    "- closed colostomy bag: 8 yuan;\n- intermittent catheter: 10 yuan;\n- absorbent pad: 1.50 yuan.\n\n"
    "2. Monthly quantities\n"
    "The fund pays for no more than 60 closed ostomy bags, 150 intermittent catheters and 100 absorbent pads per month. "
    "The monthly quantity of external catheters (sheaths) is set separately.\n\n"
    "3. Fund shares and caps\n"
    "(1) The fund pays the following shares of the standard price:\n\n"
    "- employees: 70%;\n- adult residents: 60%;\n- children under 18 insured as residents: 80%.\n\n"
    "(2) The fund pays at most the following amounts per calendar year for all supplies under this notice:\n\n"
    "- employees: 5,500 yuan;\n- adult residents: 3,800 yuan;\n- children under 18: 4,600 yuan.\n\n"
    "(3) A person who needs both stoma and continence supplies has the annual cap raised by 1,500 yuan.\n\n"
    "4. Claims\n"
    "Where direct settlement is not possible because of a system failure, the insured person may pay in full and claim "
    "the fund's share within 60 days of the purchase, with the receipt and the prescription. Claims for supplies bought "
    "outside the province follow the existing rules on out-of-province medical expenses.\n"
)


def test_what_the_reader_tells_first_names_no_figure_asked():
    asked = Asked.of(analyse_question("I paid my premium late, after the sign-up window closed. How many working days until "
                                      "the insurance office tells me when my waiting period ends?"))
    assert not asked.wants_money and asked.working_days
    assert Asked.of(analyse_question("What is the premium for residents?")).wants_money


def test_supplies_counted_by_their_classifier_ask_a_count():
    # ("医保一个月最多给报多少根" asks how many, and a price of 2.60 yuan is no answer)
    assert Asked.of(analyse_question("我在用纸尿垫，医保一个月最多给报多少根？")).counts
    assert not Asked.of(analyse_question("纸尿垫一片多少钱？")).counts


def test_days_counted_are_no_count_of_people():
    assert not _PEOPLE_Q.search("我刚从部队退伍回家，多少天之内交居民医保，交完第二天就能报销？")
    assert _PEOPLE_Q.search("全市有多少参保居民？")


def test_residents_of_care_homes_are_no_resident_scheme():
    assert "group" not in slots_in("Pads for residents of care homes who receive long-term care benefits follow other rules.")
    assert slots_in("adult residents: 60%")["group"] == {"residents"}


def test_follow_ups_swap_a_supply_a_person_and_a_group():
    assert rewrite_followup("那纸尿垫呢？", ["我在用间歇导尿管，医保一个月最多给报多少根？"]) == "我在用纸尿垫，医保一个月最多给报多少根？"
    assert rewrite_followup("What if they're for my 12-year-old?", ["I'm 45 and use absorbent pads. What share is paid?"]) \
        == "My child is 12 and use absorbent pads. What share is paid?"
    assert rewrite_followup("那刚出狱的人呢？", ["我刚从部队退伍回家，多少天之内交居民医保，交完第二天就能报销？"]) \
        == "刚出狱的人，多少天之内交居民医保，交完第二天就能报销？"


@pytest.fixture(scope="module")
def waiting(policy_settings, tmp_path_factory):
    return beside_articles(policy_settings, tmp_path_factory.mktemp("waiting"), "cenxi-dengdaiqi.txt", ZH)


@pytest.fixture(scope="module")
def supplies(policy_settings, tmp_path_factory):
    return beside_articles(policy_settings, tmp_path_factory.mktemp("supplies"), "wrenfold-stoma-supplies.txt", EN)


@pytest.mark.slow
def test_a_veteran_on_the_resident_scheme_gets_the_veterans_deadline(waiting):
    question = "我刚从部队退伍回家，多少天之内交居民医保，交完第二天就能报销？"
    answer = ask(waiting, question)
    assert answer.found and "60日内" in answer.text.split("[1]")[0], answer.text
    answer = ask(waiting, "那刚出狱的人呢？", history=[question])
    assert answer.found and "3个月内" in answer.text.split("[1]")[0], answer.text


@pytest.mark.slow
def test_the_working_days_asked_after_a_premium_told(waiting):
    answer = ask(waiting, "I paid my premium late, after the sign-up window closed. How many working days until the "
                          "insurance office tells me when my waiting period ends?")
    assert answer.found and "7个工作日" in answer.text, answer.text


@pytest.mark.slow
def test_a_claim_deadline_is_not_declined_for_a_quantity_left_to_other_rules(supplies):
    answer = ask(supplies, "The system was down so I paid in full for my catheters. How long do I have to claim the fund's share?")
    assert answer.found and "60 days" in answer.text, answer.text
