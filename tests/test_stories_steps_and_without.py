"""A reader's story before the ask, the step a time limit is for, a case "without" something, the reader's own span
of time, and follow-ups that name another kind of the same thing, another illness or the other side of the province
line.

"我妈住院时签了承诺书 … 发通知让退钱，要在几天之内退？" asks the repayment deadline, not the form signed on admission;
"how long do they take to review it" is the office's review, not the claimant's own deadline, nor a suspension;
"没开转诊单就去了" is the case "Without a referral, …"; "那从外省转过来的呢？" after a question on a move within the
province swaps 省内 for 外省, and "那急性乙型肝炎呢？" swaps 慢性乙型肝炎. Fixtures are our own notices."""
from __future__ import annotations

import pytest

from conftest import ask, indexed_notices
from qa.answering import says_without
from qa.followup import rewrite_followup
from qa.kinds import unnamed_kind
from qa.slots import deadline_actors, slots_in

INJURIES = (
    "蒲汀市医疗保障局关于意外伤害住院费用报销管理的通知\n\n"
    "一、住院登记\n"
    "参保人员因意外伤害住院的，定点医疗机构应在其入院之日起2个工作日内填写《受伤情况登记表》，并由参保人员或者其近亲属签署"
    "《意外伤害个人承诺书》，承诺受伤原因真实。\n"
    "二、费用追回\n"
    "经查实医保基金已支付不应由医保基金支付的费用，由经办机构予以追回。参保人员应自收到追回通知书之日起20个工作日内退回；"
    "逾期未退回的，暂停其医疗费用联网结算。\n"
    "三、关系转移\n"
    "参保人员跨统筹地区流动、转移医保关系的，省内转移全流程办结时限不超过12个工作日，跨省转移不超过25个工作日。\n"
    "四、待遇等待期\n"
    "停止缴费后2个月内接续参保的，不设待遇等待期。参保人员断缴超过2个月的，自再次缴费之月起设置4个月待遇等待期；"
    "断缴超过1年的，设置10个月待遇等待期。\n"
)
HEPATITIS = (
    "Notice of the Dunhaven Prefecture Healthcare Security Bureau on Outpatient Cover for Hepatitis B\n\n"
    "2. Outpatient cover\n"
    "For antiviral treatment of chronic hepatitis B, the fund pays 75% for employees and 60% for residents.\n"
    "3. Referral\n"
    "Where a county hospital refers a patient to the Dunhaven Liver Disease Centre, the ratios above are reduced by 5 "
    "percentage points. Without a referral, they are reduced by 25 percentage points.\n"
    "4. Claims\n"
    "Costs not settled directly must be claimed at the county bureau within 120 days of the visit, with the "
    "claim documents and a copy of the insurance card. The county bureau reviews a claim within "
    "18 working days and pays approved amounts within 7 working days of approval. Persons who submit forged documents "
    "or lend their insurance card to others lose the cover for 9 months.\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("stories"), {"puting-injuries.txt": INJURIES,
                                                                 "dunhaven-hepatitis.txt": HEPATITIS})


@pytest.mark.slow
def test_the_story_before_the_ask_does_not_choose_the_answer(notices):
    # (the story's 住院 and 承诺书 are the admission form's words; what is asked is when the money goes back)
    answer = ask(notices, "我妈住院时签了那个意外伤害承诺书，后来医保查出来不该报，发通知让退钱，要在几天之内退？")
    assert answer.found and "20个工作日" in answer.text.split("[1]")[0], answer.text
    assert "2个工作日内填写" not in answer.text.split("[1]")[0], answer.text


@pytest.mark.slow
def test_how_long_the_office_takes_is_its_review_time(notices):
    # (not the claimant's own 120 days, nor the 9 months a forged document costs)
    answer = ask(notices, "I submitted my hepatitis B claim documents and a copy of my insurance card to the county "
                          "bureau. How long will they take to review it?")
    assert answer.found and "18 working days" in answer.text.split("[1]")[0], answer.text
    # (the papers a reader hands in, 单据, are no subject the notice must name: it calls them "claim documents")
    answer = ask(notices, "我爸乙肝门诊的报销单据交上去了，要多少个工作日才能审核完？")
    assert answer.found and "18 working days" in answer.text.split("[1]")[0], answer.text


@pytest.mark.slow
def test_without_a_referral_is_the_case_without_one(notices):
    answer = ask(notices, "我爸有慢性乙肝，没开转诊单就自己跑去肝病中心看了，报销比例要降多少？")
    assert answer.found and "Without a referral, they are reduced by 25 percentage points" in answer.text.split("[1]")[0], \
        answer.text


@pytest.mark.slow
def test_a_follow_up_from_another_province(notices):
    first = "我从省内别的市调过来工作，医保关系转过来全部办完最多要多少个工作日？"
    assert "12个工作日" in ask(notices, first).text
    answer = ask(notices, "那从外省转过来的呢？", history=[first])
    assert answer.rewritten and "外省" in answer.rewritten and "省内" not in answer.rewritten, answer.rewritten
    assert answer.found and "25个工作日" in answer.text.split("[1]")[0], answer.text


@pytest.mark.slow
def test_the_readers_own_span_picks_the_rule(notices):
    # (5 months is more than 2 months and less than a year: the 4-month wait, not the 10-month one, nor none)
    answer = ask(notices, "我断缴了5个月，重新交上以后要等多久才能报销？")
    assert answer.found and answer.text.split("[1]")[0].count("4个月待遇等待期") == 1, answer.text
    assert "10个月" not in answer.text.split("[1]")[0], answer.text


def test_a_follow_up_naming_another_kind_of_the_same_illness_replaces_it():
    assert rewrite_followup("那急性乙型肝炎呢？", ["我确诊了慢性乙型肝炎，在门诊治疗，一年医保最多能报多少？"]) == \
        "我确诊了急性乙型肝炎，在门诊治疗，一年医保最多能报多少？"
    # (a situation is not a kind of illness: nothing to swap it for, so it is not put in the illness's place)
    assert "在门诊治疗" in rewrite_followup("那住院呢？", ["我确诊了慢性乙型肝炎，在门诊治疗，一年医保最多能报多少？"]) \
        or "住院" in rewrite_followup("那住院呢？", ["我确诊了慢性乙型肝炎，在门诊治疗，一年医保最多能报多少？"])


def test_a_follow_up_naming_another_illness_replaces_it():
    assert rewrite_followup("那结核病呢？", ["HIV门诊一年最多报多少钱？"]) == "结核病门诊一年最多报多少钱？"
    assert rewrite_followup("那糖尿病呢？", ["我妈有高血压病，门诊用药能报多少？"]) == "我妈有糖尿病，门诊用药能报多少？"


def test_a_share_of_a_base_is_a_share_asked():
    from qa.answering import Asked
    from qa.retrieval import analyse_question

    asked = Asked.of(analyse_question("How much do flexible workers pay, as a share of their contribution base?"))
    assert asked.wants_share and not asked.wants_money


def test_words_of_a_step_and_of_a_stay():
    assert deadline_actors("How many working days do I have to pay it?", question=True) == {"apply"}
    assert deadline_actors("应在收到缴费通知书之日起20个工作日内足额缴费。") == {"apply"}
    assert deadline_actors("The bureau shall pay the approved amount within 10 working days.") == {"decide"}
    assert deadline_actors("How long do they take to look at the claim?", question=True) == {"decide"}
    # (a discharge or an admission is an inpatient's: "2 years after discharge" is no outpatient limit)
    assert slots_in("Claims submitted more than 2 years after discharge will not be accepted.")["care"] == {"inpatient"}


def test_a_case_without_something():
    assert says_without("Without a referral, they are reduced by 25 percentage points.", ["referral"])
    assert says_without("未经转诊的，报销比例降低20个百分点。", ["转诊"])
    assert not says_without("Where a county hospital refers a patient with a referral letter, 5 points.", ["referral"])


def test_a_verb_before_its_object_names_no_kind():
    used = lambda word, whole: False  # noqa: E731 (no document uses any word: only the question's reading is tested)
    assert unnamed_kind("The doctors say treatment takes two years. How long is the approval valid?", False, used,
                        __import__("re").compile("x^"), frozenset()) == ""
