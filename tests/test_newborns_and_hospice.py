"""A baby's age and a reader's words for a newborn notice's, and a hospice notice asked in either language.

A reader says how old the baby is (快5个月, 一岁半) where a notice gives bands in days and years (出生60日后至1周岁前): the
band that holds the age answers, and an age no band with a figure holds is told by the sentence that leaves it to
other rules. A reader's words of time (多少天以内, 出生那天起) are the notice's (60日内, 出生之日起); 要等多久 asks for the
waiting period (等待期); 外省 is the notice's 省外; why the baby is in hospital (黄疸) is not what is asked. "Retired"
is met by "retirees"; 安宁病房 by "hospice"; 哀伤辅导 is a service the notice names (bereavement support) and defers;
"follow the existing … rules" leaves a figure to other rules. A capital that starts a sentence ("How") is no place,
and 安宁 of 安宁病房 is no place either. Fixtures are our own notices."""
from __future__ import annotations

import pytest

from conftest import ask, indexed_notices
from qa.ages import asked_age, leaves_out
from qa.answering import negated, reason_for_stay
from qa.deferral import defers
from qa.followup import place_of, rewrite_followup

NEWBORNS = (
    "澄枫市医疗保障局关于新生儿参加城乡居民医保有关事项的通知\n\n"
    "一、参保登记\n"
    "新生儿应当在出生之日起60日内办理参保登记。\n"
    "二、待遇享受\n"
    "（一）在出生之日起60日内办理参保登记的新生儿，自出生之日起享受居民医保待遇。\n"
    "（二）出生60日后至1周岁前参保的，须足额缴纳个人缴费，并自缴费之日起设置45天待遇等待期。\n"
    "（三）1周岁以后参保的，按我市居民医保集中参保期外参保的现行规定执行。\n"
    "三、住院待遇\n"
    "（一）新生儿在新生儿病房住院发生的政策范围内费用，起付标准为：一级定点医疗机构150元，二级定点医疗机构350元，三级定点医疗机构650元。\n"
    "（二）在省外出生并在省外住院的新生儿，其医疗费用按我省跨省异地就医现行规定执行。\n"
    "（三）因未及时参保由个人垫付的医疗费用，应当自出院之日起150日内申请手工报销。\n"
    "四、早产儿保障\n"
    "胎龄不足32周或出生体重低于1,500克的，统筹基金支付比例在本通知规定比例的基础上提高3个百分点。\n"
)
HOSPICE = (
    "Notice of the Wrenfield Prefecture Healthcare Security Bureau on Cover for Hospice Care\n\n"
    "1. Eligibility\n"
    "1.1 Two physicians must assess the expected survival as 6 months or less.\n"
    "2. Payment\n"
    "2.1 Inpatient hospice care is paid at 520 yuan per bed-day at tertiary hospitals and 430 yuan at secondary hospitals.\n"
    "2.2 Hospice units in elderly care homes follow the existing long-term care insurance rules.\n"
    "2.3 Bereavement support for family members will be covered under a payment method set separately.\n"

    "3. Cost sharing\n"
    "3.1 Of the payments under section 2, the fund pays 82% for in-work employees, 88% for retirees and 72% for residents.\n"
    "3.2 Fund payments for hospice care are subject to an annual limit of 70,000 yuan for employees and 40,000 yuan "
    "for residents.\n"
    "4. Home hospice\n"
    "4.1 For home hospice the fund pays 170 yuan per doctor visit and 110 yuan per nurse visit.\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("newborns"), {"chengfeng-newborns.txt": NEWBORNS,
                                                                  "wrenfield-hospice.txt": HOSPICE})


def test_a_babys_age_in_months_or_half_years_is_read():
    assert asked_age("宝宝一岁半了才想起来给他办医保") == 1.5
    assert round(asked_age("宝宝快5个月了才去给她办医保"), 3) == round(5 / 12, 3)
    assert asked_age("a 6-month-old baby") == 0.5
    assert asked_age("我交了5个月的医保") is None  # five months of contributions is no age
    band = "（二）出生60日后至1周岁前参保的，自缴费之日起设置45天待遇等待期。"
    assert leaves_out(band, 1.5) and not leaves_out(band, 5 / 12)


def test_a_sentence_that_leaves_a_figure_to_the_existing_rules_defers():
    assert defers("（三）1周岁以后参保的，按我市居民医保集中参保期外参保的现行规定执行。")
    assert defers("Hospice units in elderly care homes follow the existing long-term care insurance rules.")
    assert not defers("（二）出生60日后至1周岁前参保的，自缴费之日起设置45天待遇等待期。")


def test_a_capital_that_starts_a_sentence_or_part_of_a_term_is_no_place():
    assert place_of("I work at the city office. How many hospitals have a neonatal ward?") == ""
    assert place_of("How many hospitals were connected in Qiaoning?") == "Qiaoning"
    assert rewrite_followup("And how many of those have a NICU?",
                            ["I work at the city office. How many hospitals have a neonatal ward?"]) \
        == "And how many of those have a NICU?"
    assert not rewrite_followup("那要是被解除协议了，多少年内不能再申请定点？",
                                ["安宁病房的医院要是造假评估，罚多少？"]).startswith("安宁要是")


@pytest.mark.slow
def test_the_band_that_holds_the_babys_age_answers_the_wait(notices):
    answer = ask(notices, "我们家忙忘了，宝宝快4个月了才去给她办医保，办完以后要等多久才能开始报？")
    assert answer.found and "45天" in answer.text, answer.text


@pytest.mark.slow
def test_an_age_no_band_with_a_figure_holds_is_told_by_the_deferral(notices):
    answer = ask(notices, "宝宝一岁半了才想起来给他办医保，办完以后要等多少天才能报销？")
    assert not answer.found and "1周岁以后参保的" in answer.text and "45天" not in answer.text.split("\n")[0], answer.text


@pytest.mark.slow
def test_a_readers_words_of_time_are_the_notices(notices):
    answer = ask(notices, "我家宝宝上周刚出生，最晚得在多少天以内给他把医保办上，才能从出生那天起就报销？")
    first = answer.text.split("[1]")[0]  # the sentence the answer leads with
    assert answer.found and "60日内" in first and "45天" not in first, answer.text


@pytest.mark.slow
def test_why_the_baby_is_in_hospital_is_not_what_is_asked(notices):
    answer = ask(notices, "我们在二级医院生的，宝宝黄疸住进了新生儿科，医保报之前自己得先掏多少钱？")
    assert answer.found and "350元" in answer.text, answer.text


@pytest.mark.slow
def test_a_baby_born_in_another_province_is_told_the_notice_leaves_it_to_other_rules(notices):
    answer = ask(notices, "我们在外省打工，宝宝在外省生的，也在当地医院住了新生儿科，回来能报百分之几？")
    assert not answer.found and "省外出生" in answer.text, answer.text


@pytest.mark.slow
def test_retired_is_met_by_retirees(notices):
    answer = ask(notices, "My dad is retired and on the employee scheme, and he's in a hospice ward now. "
                          "What share of the bill do we get back?")
    assert answer.found and "88% for retirees" in answer.text, answer.text


@pytest.mark.slow
def test_a_chinese_question_on_a_hospice_ward_meets_the_english_notice(notices):
    answer = ask(notices, "我妈交的是城乡居民医保，住安宁病房的话，一年医保最多能给报多少钱？")
    assert answer.found and "40,000 yuan" in answer.text, answer.text


@pytest.mark.slow
def test_bereavement_counselling_is_a_service_the_notice_defers(notices):
    answer = ask(notices, "我爸在安宁病房走了，我妈情绪一直很差，医院有哀伤辅导，医保每次给报多少钱？")
    assert not answer.found and "Bereavement support" in answer.text, answer.text


@pytest.mark.slow
def test_weeks_and_grams_meet_the_notices_units_and_a_rise_on_the_rate_is_a_share(notices):
    answer = ask(notices, "My son was born at 29 weeks and weighed 1,300 grams. How much extra does insurance cover "
                          "for a baby born that early, on top of the normal rate?")
    assert answer.found and "3个百分点" in answer.text.split("[1]")[0], answer.text


@pytest.mark.slow
def test_a_readers_words_for_discharge_and_a_claim_meet_the_chinese_notice(notices):
    answer = ask(notices, "We hadn't signed the baby up yet, so we paid the hospital bill ourselves. "
                          "How long after he came home from hospital do we have to put in the claim?")
    assert answer.found and "150日" in answer.text.split("[1]")[0], answer.text


@pytest.mark.slow
def test_a_nurse_coming_to_the_home_meets_the_home_visit_fee(notices):
    answer = ask(notices, "护士到家里来给我妈打针、换药，医保每次给多少钱？")
    assert answer.found and "110 yuan per nurse visit" in answer.text, answer.text


def test_what_the_reader_chooses_against_or_why_the_patient_was_admitted_is_no_subject():
    assert negated("care home", "We want nurses to come to the house rather than move her into a care home. What is paid?")
    assert negated("养老院", "我们想请护士上门，而不是送养老院，每月能报多少？")
    assert not negated("care home", "She lives in a care home. What is paid?")
    assert reason_for_stay("黄疸", "宝宝黄疸住进了新生儿科，医保报之前自己得先掏多少钱？")
    assert not reason_for_stay("黄疸", "黄疸的治疗费用能报多少？")


@pytest.mark.slow
def test_the_readers_baby_is_who_it_is_for_not_a_subject_every_sentence_must_name(notices):
    # "baby" meets the notice's 新生儿, but a sentence need not say it: the neonatal ward's deductible answers
    answer = ask(notices, "Our baby was admitted to the neonatal ward of a secondary hospital. "
                          "How much do we pay ourselves before the insurance starts paying?")
    assert answer.found and "350元" in answer.text, answer.text
