"""British spellings and a glossary term in another number, runs of grades, a reader's deductible and refund, a
disabled veteran, "how much lower" in a reader's words, injuries and entitled groups.

"Township health centre" is the glossary's "township health centers" (乡镇卫生院), but "the new drug list" is not
"new drugs" (新药) and a "supply" of pills is not "supplies" (耗材); "grade 1 to 4" names grade 3 and 一至四级 names
三级; "医保开始报之前自己先得掏多少钱" asks the deductible; 老伤 (old wounds) is a subject of its own.
Fixtures are our own notices."""
from __future__ import annotations

import pytest

from conftest import ask, indexed_notices
from qa.glossary import load_glossary
from qa.items import labels_in
from qa.slots import deadline_actors, slots_in
from qa.tokenization import tokenize

VILLAGE = (
    "桐岙县医疗保障局关于村卫生室普通门诊费用报销有关事项的通知\n\n"
    "一、适用范围\n"
    "本县参加城乡居民基本医疗保险的人员，在纳入医保定点管理的村卫生室发生的普通门诊费用，按本通知报销。\n"
    "二、报销标准\n"
    "（一）村卫生室普通门诊不设起付线，政策范围内费用报销比例为60%，每人每日报销不超过15元，一个年度内最高支付限额为400元。\n"
    "（二）在乡镇卫生院发生的普通门诊费用，报销比例为55%，与村卫生室合并计算年度最高支付限额。\n"
    "三、意外伤害\n"
    "意外伤害住院费用的起付标准为：一级医疗机构300元、二级医疗机构600元、三级医疗机构1000元。\n"
    "四、结算\n"
    "因特殊原因未能直接结算的，参保人员应在就诊之日起3个月内申请零星报销。\n"
)
VETERANS = (
    "Notice of the Tamsford Prefecture Veterans Affairs Bureau on Medical Subsidies for Disabled Ex-servicemen\n\n"
    "3. Inpatient subsidy\n"
    "The subsidy pays the remaining policy-scope costs at these rates: 95% for grade 1 to 4 disabled ex-servicemen, "
    "85% for grade 5 and 6 disabled ex-servicemen and 75% for grade 7 to 10 disabled ex-servicemen.\n"
    "Costs arising from the recurrence of old wounds are paid under the existing rules for old-wound treatment.\n"
    "4. Outpatient subsidy\n"
    "The outpatient subsidy pays 60% of the remaining costs above an annual deductible of 300 yuan.\n"
    "5. Referral\n"
    "Entitled persons who seek inpatient treatment outside the prefecture without a referral receive a ratio 15 "
    "percentage points lower.\n"
    "6. Claims\n"
    "Claims are made at the county veterans affairs bureau within 60 days of discharge. The bureau shall complete "
    "its review within 12 working days.\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("grades"), {"tongao-village-clinics.txt": VILLAGE,
                                                                "tamsford-veterans.txt": VETERANS})


def test_british_and_american_spellings_are_one_word():
    assert tokenize("township health centre, haemodialysis, hospitalisation") == \
        tokenize("township health center, hemodialysis, hospitalization")


def test_a_glossary_phrase_is_met_in_another_number_but_not_as_a_modifier_or_a_single_word():
    glossary = load_glossary()
    found = dict(glossary.expand("What share is paid at the township health centre?").matches)
    assert "乡镇卫生院" in found["township health centre"]
    # (before a verb too: only a noun it qualifies makes it a modifier)
    assert "村卫生室" in dict(glossary.expand("If a village clinic fakes visits, how long is it suspended?").matches)["village clinic"]
    assert not any("新药" in zh for _, zh in glossary.expand("How many drugs are in the new drug list?").matches)
    assert not any("耗材" in zh for _, zh in glossary.expand("How many days' supply can I buy?").matches)


def test_a_run_of_grades_names_each_grade():
    assert labels_in("95% for grade 1 to 4 disabled ex-servicemen, 85% for grade 5 and 6")["level"] == \
        frozenset("123456")
    assert "3" in labels_in("一至四级残疾军人")["level"] and labels_in("七级残疾军人")["level"] == {"7"}


def test_a_deductible_asked_with_the_cover_first_and_money_to_give_back():
    assert slots_in("医保开始报之前自己先得掏多少钱？")["measure"] == {"deductible"}
    # (giving wrongly paid money back is the insured's own step, as applying is; not the office's)
    assert deadline_actors("发通知让退钱，要在几天之内退？", question=True) == {"apply"}
    assert deadline_actors("参保人员应自收到追回通知书之日起15个工作日内退回。") == {"apply"}


@pytest.mark.slow
def test_an_english_question_in_british_spelling_finds_the_chinese_notices_term(notices):
    answer = ask(notices, "What share does insurance pay at the township health centre?")
    assert answer.found and "55%" in answer.text.split("[1]")[0], answer.text


@pytest.mark.slow
def test_a_grade_inside_a_run_of_grades_is_answered(notices):
    answer = ask(notices, "My dad has a grade 3 disability card from the army. What share of his leftover hospital "
                          "bill does the subsidy pay?")
    assert answer.found and "95% for grade 1 to 4" in answer.text, answer.text
    answer = ask(notices, "我爸是八级残疾军人，住院自己掏的那部分，补助能报百分之几？")
    assert answer.found and "75% for grade 7 to 10" in answer.text, answer.text


@pytest.mark.slow
def test_old_wounds_are_a_subject_of_their_own(notices):
    answer = ask(notices, "我爷爷是三级残疾军人，打仗留下的老伤又犯了要住院，补助能报百分之几？")
    assert not answer.found, answer.text
    assert "old wounds" in answer.text, answer.text


def test_a_disabled_veteran_is_of_the_veterans_group_and_their_bureau_is_no_group():
    assert slots_in("I'm a disabled vet.")["group"] == {"veterans"}
    assert slots_in("My dad has a grade 3 disability card from the army.")["group"] == {"veterans"}
    assert "group" not in slots_in("Claims are made at the county veterans affairs bureau.")
    assert "group" not in slots_in("我把材料交到县退役军人事务局了")


@pytest.mark.slow
def test_how_much_lower_in_a_readers_words(notices):
    answer = ask(notices, "我爸是残疾军人，要是没转诊，自己跑到外地大医院住院，补助比例会少多少？")
    assert answer.found and "15 percentage points lower" in answer.text.split("[1]")[0], answer.text


@pytest.mark.slow
def test_a_county_hospital_is_not_a_township_health_centre(notices):
    answer = ask(notices, "县医院门诊报销比例是多少？")
    assert not answer.found, answer.text
    assert "县" in answer.text.split("：")[0] and "55%" in answer.text, answer.text  # (says what it has instead)


@pytest.mark.slow
def test_a_claims_time_limit_holds_whichever_hospital_the_story_names(notices):
    # (the county hospital is where the story happened, not what the time limit is for)
    answer = ask(notices, "我们县医院看不了，转到市里大医院看的门诊，没能直接结算，自己先垫的钱，多久之内要去申请报销？")
    assert answer.found and "3个月" in answer.text.split("[1]")[0], answer.text
