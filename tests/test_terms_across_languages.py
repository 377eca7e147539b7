"""From a seventeenth blind round (a Chinese notice on assisted reproduction, an English notice on home hospital
beds): a Chinese question about a subject only an English notice carries (家庭病床: "home beds") finds that notice
even when Chinese notices share its other words; a kind of institution no notice names (社区卫生服务中心) is read
by its level ("primary institutions"); a long English title keeps the subject it names last; a sentence leaving
another level's figure to be set elsewhere does not stand in for the asked level's; 做试管 is IVF; a follow-up
swap writes 医保 once. Fixtures are our own notices, not the round's."""
from __future__ import annotations

import pytest

from conftest import ask, indexed_notices

BEDS = (
    "Notice of the Dunmore County Healthcare Security Bureau and the Dunmore County Health Commission on Paying for "
    "Home Care Beds under Employee and Resident Basic Medical Insurance\n\n"
    "1. Opening a bed\n"
    "A designated primary or secondary medical institution assesses the person at home within 4 working days of the "
    "application. A bed period lasts at most 45 days.\n"
    "2. What the fund pays\n"
    "The insured person pays a deductible for each bed period: 250 yuan when the bed is opened by a primary "
    "institution and 450 yuan when it is opened by a secondary institution. Above the deductible, the fund pays:\n"
    "(a) employee scheme: 88% at primary institutions and 82% at secondary institutions;\n"
    "(b) resident scheme: 78% at primary institutions and 66% at secondary institutions.\n"
    "The reimbursement rate for home beds opened by tertiary hospitals will be set separately by the Bureau.\n"
    "The fund pays at most 5,000 yuan per bed period.\n"
    "3. Visits\n"
    "The institution provides at least 2 doctor's visits per week, and the fund pays a visit fee of up to 30 yuan "
    "per visit.\n"
)
# A Chinese notice on another subject that shares the question's everyday words (周期, 每个, 多少钱, 医保)
CYCLES = (
    "云栖市医疗保障局关于辅助生殖技术项目医保支付的通知\n\n"
    "一、享受条件。夫妻双方均参加本市基本医疗保险，女方年龄在20周岁以上、42周岁以下。"
    "每对夫妇享受医保支付的取卵周期累计不超过2个。再婚夫妇此前已享受医保支付次数的计算办法，由市医疗保障局另行制定。\n"
    "二、支付标准。辅助生殖技术项目按治疗周期计算起付标准，职工医保每周期起付标准为500元，"
    "城乡居民医保每周期起付标准为300元。\n"
    "三、支付比例。起付标准以上的费用，职工医保支付65%，城乡居民医保支付55%。\n"
    "四、报销时限。未能直接结算的，应在治疗周期结束之日起3个月内申请报销。\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("terms"), {"dunmore-home-beds.txt": BEDS, "yunqi-fuzhu.txt": CYCLES})


@pytest.mark.slow
def test_a_subject_only_the_other_languages_notice_carries_finds_it(notices):
    # 家庭病床 is in no Chinese notice: the English one is searched, though the Chinese one shares 周期 and 起付
    answer = ask(notices, "我爸在社区卫生服务中心建了家庭病床，每个周期自己要先掏多少钱医保才开始报？")
    # ... and the community health centre is a primary institution, as the notice names it
    assert answer.found and "250 yuan" in answer.text, answer.text
    assert answer.citations and all(c.source == "dunmore-home-beds.txt" for c in answer.citations)


@pytest.mark.slow
def test_a_long_english_title_keeps_the_subject_it_names_last(notices):
    from qa.api import get_engine

    titles = {p.source: p.title for p in get_engine(notices).retrieve_many(["home care bed visit fee"], k=5)[0]}
    assert "Home Care Beds" in titles["dunmore-home-beds.txt"], titles
    # the visit sentence never says "home bed"; the title does, so another level's deferral is no answer to it
    answer = ask(notices, "家庭病床医生上门看一次，医保最多按多少钱付上门费？")
    assert answer.found and "30 yuan" in answer.text, answer.text


@pytest.mark.slow
def test_another_levels_deferral_does_not_answer_for_the_asked_level(notices):
    answer = ask(notices, "And if a secondary hospital opens the bed?",
                 history=["My dad is on employee insurance and the community health centre opened a home bed for him. "
                          "What percentage does insurance pay?"])
    assert answer.found and "82%" in answer.text, answer.text
    # ... and the rewritten question keeps who is asking (the employee scheme), so the residents' line is not given
    assert answer.rewritten and "employee insurance" in answer.rewritten and "secondary hospital" in answer.rewritten
    assert "66%" not in answer.text, answer.text
    # ... while the tertiary level itself is declined
    tertiary = ask(notices, "我爸的家庭病床是三甲医院给建的，职工医保能报百分之几？")
    assert not tertiary.found, tertiary.text


@pytest.mark.slow
def test_a_cap_per_bed_period_is_no_daily_fee(notices):
    answer = ask(notices, "Is there a daily fee for the home care bed itself? How much does insurance pay per day for it?")
    assert not answer.found, answer.text


@pytest.mark.slow
def test_ivf_in_everyday_words_meets_assisted_reproduction(notices):
    answer = ask(notices, "我老婆今年41了，我们想做试管走医保，女方年龄最大能到多少岁？")
    assert answer.found and "42周岁" in answer.text, answer.text


@pytest.mark.slow
def test_a_remarried_couple_is_told_their_count_is_set_elsewhere(notices):
    # 二婚 is the everyday word for 再婚: the notice's deferral for remarried couples answers, not everyone's 2 cycles
    answer = ask(notices, "我和现在的老婆都是二婚，她以前跟前夫做试管用过一次医保，我们俩还能报几个取卵周期？")
    assert not answer.found and "另行制定" in answer.text, answer.text


@pytest.mark.slow
def test_a_follow_up_swapping_the_scheme_writes_it_once(notices):
    answer = ask(notices, "那要是居民医保呢？", history=["我们俩都是职工医保，做试管每个周期的起付标准是多少？"])
    assert answer.rewritten and "居民医保医保" not in answer.rewritten and "居民医保" in answer.rewritten, answer.rewritten
    assert answer.found and "300元" in answer.text, answer.text


def test_finishing_a_check_is_the_offices_time_limit():
    from qa.slots import deadline_actors

    assert deadline_actors("I handed in my receipts. How long do they take to finish checking them?", question=True) == {"decide"}


def test_a_list_of_a_higher_level_is_a_deferral():
    from qa.deferral import defers

    assert defers("促排卵药物是否纳入支付范围，按省级医保药品目录调整结果执行。")
    assert not defers("起付标准以上的费用，职工医保支付65%，按月结算。")


LEAVING = (
    "Notice of the Harwell Prefecture Healthcare Security Bureau on Ending Enrolment\n\n"
    "1. Leaving the prefecture\n"
    "(a) Insured persons who leave the country permanently end their enrolment within 45 days of leaving.\n"
    "(b) On request, the balance of an employee's personal account is refunded in one payment within 12 working days "
    "of the application.\n"
)
SUPPLEMENT = (
    "青岚市医疗保障局关于职工大额医疗费用补助的通知\n\n"
    "一、缴费标准。在职职工每人每年150元，退休人员每人每年210元。\n"
    "二、监督管理。定点医疗机构违规申报大额补助费用的，暂停其大额补助结算4个月；"
    "参保人员骗取大额补助的，暂停其联网结算8个月。\n"
)


@pytest.fixture(scope="module")
def two_languages(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("leaving"), {"harwell-leaving.txt": LEAVING, "qinglan-dae.txt": SUPPLEMENT})


@pytest.mark.slow
def test_a_sentence_in_the_other_language_sharing_no_word_does_not_outrank_ones_own(two_languages):
    # (the Chinese notice's suspensions read close to it in the model's space, but share none of its words)
    answer = ask(two_languages, "I'm leaving China for good. Once I ask for it, how soon do I get back what is left on my account?")
    assert answer.found and "12 working days" in answer.text, answer.text
    assert "4个月" not in answer.text and "8个月" not in answer.text, answer.text


def test_how_much_of_the_bill_asks_a_share():
    from qa.answering import _SHARE_Q

    assert _SHARE_Q.search("My mum's on the resident scheme. How much of the bill do we get back?")
    assert not _SHARE_Q.search("How much is the annual cap on home bed payments?")
