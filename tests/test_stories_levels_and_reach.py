"""What a reader tells of the place they are treated at, and money given back to the fund.

"在县人民医院住院，这家是二级医院" asks the level-2 figure, not a county-level hospital's (which the notice does not
give); "那转到县医院住呢？县医院是二级的。" follows the earlier question with the level told after it; "same province,
a different city" is not answered with the figure for care outside the province, though "a hospital in Shanghai,
which is in another province" is (Shanghai is where the care is had, not whose rules); cremation costs a notice leaves
to the civil affairs departments get no figure of the fund's; "how long does the hospital have to pay the fund back"
is the hospital's refund, and "how long do we have to send the claim" a hospital's own step, whatever its level.
Fixtures are our own notices."""
from __future__ import annotations

import pytest

from conftest import ask, indexed_notices
from qa.answering import asked_places, asked_slots
from qa.exclusions import excluded_group
from qa.followup import rewrite_followup
from qa.slots import deadline_actors, slots_in

PNEUMOCONIOSIS = (
    "苇塘市医疗保障局关于尘肺病患者医疗保障的通知\n\n"
    "一、住院待遇\n"
    "尘肺病患者住院的，起付线以上政策范围内费用，三级医院支付60%、二级医院支付70%、一级及以下医疗机构支付80%。\n"
    "二、转诊和异地就医\n"
    "（一）经备案转往省外医疗机构治疗的，支付比例为50%；未经备案自行到省外就医的，支付比例为30%。\n"
    "（二）经备案转往省内市外医疗机构的，支付比例按全省异地就医有关规定执行。\n"
    "三、门诊氧疗\n"
    "家庭氧疗费用每人每年最高支付2400元。\n"
    "四、用药\n"
    "尘肺病患者门诊用药费用，基金支付75%。抗纤维化药物是否纳入支付范围，按省级医保药品目录调整结果执行。\n"
)
SILICOSIS_FUND = (
    "Notice of the Fernhallow Prefecture Healthcare Security Bureau on the Silicosis Care Fund\n\n"
    "1. Payment\n"
    "For patients who cannot be identified, the Fund pays 85% of eligible costs, up to 25,000 yuan per case. After a "
    "special review the share paid remains 85%. For insured patients, the Fund pays 70% of eligible inpatient costs. "
    "Persons injured at work are covered by work-injury insurance under existing rules. Silicosis drugs that are not on "
    "the Fund's list are not covered for now.\n"
    "2. Claims\n"
    "The hospital submits a claim to the Fund Office within 45 days of the patient's discharge. The Fund Office "
    "reviews a claim within 12 working days. Where a patient is later found to be insured, the hospital settles the "
    "costs through insurance and refunds the Fund within 15 working days.\n"
    "3. Costs not paid\n"
    "Cremation and body storage costs for patients who die in hospital are handled by the civil affairs departments "
    "under existing rules and are not paid by the Fund. Cosmetic treatment and treatment given after the patient's "
    "condition is stable are not covered.\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("levels"), {"weitang-pneumoconiosis.txt": PNEUMOCONIOSIS,
                                                                "fernhallow-silicosis-fund.txt": SILICOSIS_FUND})


def test_a_level_the_reader_tells_stands_for_the_county_hospital():
    assert asked_slots("我爸在县人民医院住院，这家是二级医院，起付线以上报多少？")["institution"] - {"hospitals"} == {"secondary"}
    assert asked_slots("My dad is in the county hospital, which is a level-2 hospital. What share is paid?")["institution"] \
        - {"hospitals"} == {"secondary"}
    # (both asked, or no level told: the county hospital stays asked)
    assert "county" in asked_slots("县级医院和二级医院的比例分别是多少？")["institution"]
    assert "county" in asked_slots("县人民医院住院报多少？")["institution"]


def test_the_province_line_is_read_in_both_languages():
    assert slots_in("same province but a different city")["reach"] == {"in-province"}
    assert slots_in("经备案转往省外医疗机构治疗的，支付比例为50%")["reach"] == {"out-of-province"}
    assert slots_in("经备案转往省内市外医疗机构的")["reach"] == {"in-province"}
    assert "reach" not in slots_in("The province's coverage reached 97%")
    # (a children's hospital is a kind of hospital, not the children's group)
    assert "group" not in slots_in("the big children's hospital in the capital") and "group" not in slots_in("市儿童医院")


def test_the_place_one_goes_to_for_care_elsewhere_is_not_whose_rules():
    assert asked_places("We registered to go to a hospital in Shanghai, which is in another province. What is paid?") == []
    assert [p[0] for p in asked_places("What share of cross-province care is paid in Shandong?")] == ["Shandong"]


def test_a_follow_up_then_the_level_of_the_new_hospital():
    rewritten = rewrite_followup("那转到县医院住呢？县医院是二级的。", ["我爸在市第一医院住院，这是三级医院，起付线以上报多少？"])
    assert "县医院住院" in rewritten and "二级" in rewritten and "三级" not in rewritten, rewritten


def test_money_back_to_the_fund_is_a_repayment_and_a_hospital_claim_its_own_step():
    assert deadline_actors("the hospital settles the costs through insurance and refunds the Fund within 15 working days.") \
        == {"apply"}
    assert deadline_actors("The hospital submits a claim to the Fund Office within 45 days of the patient's discharge.") \
        == {"apply"}
    assert deadline_actors("The Fund Office reviews a claim within 12 working days.") == {"decide"}
    # (what is not covered is treatment, not a group of patients: "after the patient's …" names no one shut out)
    assert excluded_group("Cosmetic treatment and treatment given after the patient's condition is stable are not covered.") \
        is None


@pytest.mark.slow
def test_a_told_level_gets_that_levels_figure(notices):
    answer = ask(notices, "我爸尘肺病在县人民医院住院，这家是二级医院，起付线以上医保报百分之几？")
    assert answer.found and "二级医院支付70%" in answer.text.split("[1]")[0], answer.text
    answer = ask(notices, "那转到县医院住呢？县医院是二级的。", history=["我爸尘肺病在市第一医院住院，这是三级医院，起付线以上医保报百分之几？"])
    assert answer.rewritten and answer.found and "70%" in answer.text.split("[1]")[0], (answer.rewritten, answer.text)


@pytest.mark.slow
def test_care_inside_the_province_is_not_answered_with_care_outside_it(notices):
    answer = ask(notices, "We got a referral to a big hospital in the provincial capital, same province but a different "
                          "city. What percentage of the pneumoconiosis inpatient bill is paid there?")
    assert not answer.found, answer.text
    answer = ask(notices, "We got a referral for pneumoconiosis and registered to go to a hospital in Shanghai, which is in "
                          "another province. What percentage is paid there?")
    assert answer.found and "50%" in answer.text.split("[1]")[0], answer.text


@pytest.mark.slow
def test_cremation_costs_left_to_civil_affairs_get_no_figure(notices):
    # (火化 has no noun sense in the dictionary, "to cremate": its verb's stem meets "Cremation")
    answer = ask(notices, "一个认不出身份的矽肺病人在医院去世了，遗体火化的费用基金能出多少钱？")
    assert not answer.found and "火化" in answer.text, answer.text


@pytest.mark.slow
def test_a_hospitals_deadlines_to_claim_and_to_pay_the_fund_back(notices):
    answer = ask(notices, "We found out our unidentified silicosis patient was insured all along. How long does the "
                          "hospital have to pay the fund back?")
    assert answer.found and "15 working days" in answer.text.split("[1]")[0], answer.text
    answer = ask(notices, "I do billing at a county hospital. After a silicosis patient is discharged, how long do we have "
                          "to send the claim to the fund?")
    assert answer.found and "45 days" in answer.text.split("[1]")[0], answer.text


def test_a_readers_words_for_a_work_injury_and_an_unlisted_drug():
    assert slots_in("I lost my arm in an accident at the factory where I work.")["scheme"] == {"work injury insurance"}
    assert slots_in("我上班时从梯子上摔下来骨折了")["scheme"] == {"work injury insurance"}
    assert slots_in("国内刚批的新药，不在目录里的那种")["scope"] == {"out-of-catalogue"}
    assert slots_in("drugs that are not on the Fund's list are not covered")["scope"] == {"out-of-catalogue"}
    # ("ask them to review" is the reader's own step, as "ask for a review" is)
    assert deadline_actors("How many days do I have to ask them to review the decision?", question=True) == {"apply"}


@pytest.mark.slow
def test_a_work_injury_and_an_unlisted_drug_get_no_figure_of_the_funds(notices):
    answer = ask(notices, "I broke my leg in an accident at the factory where I work and was kept in hospital. What share "
                          "of the inpatient bill does the Fund pay?")
    assert not answer.found, answer.text
    answer = ask(notices, "医生给我开了一种新的矽肺病药，不在目录里的那种，住院用的话基金报百分之几？")
    assert not answer.found, answer.text
    # (the insured patient's own share is still given)
    answer = ask(notices, "I'm insured and was kept in hospital with silicosis. What share of the inpatient bill does the Fund pay?")
    assert answer.found and "70%" in answer.text.split("[1]")[0], answer.text


EMERGENCY = (
    "Notice of the Fernhallow Prefecture Healthcare Security Bureau on Emergency Care for Unidentified Patients\n\n"
    "1. Care covered\n"
    "(a) emergency department care within 48 hours of arrival;\n"
    "(b) inpatient treatment needed to stabilise the patient, for no more than 5 days after admission from the "
    "emergency department.\n"
    "2. Payment\n"
    "The Fund pays 80% of eligible costs, up to 15,000 yuan per case.\n"
)


@pytest.fixture(scope="module")
def emergency(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("ward"), {"fernhallow-emergency.txt": EMERGENCY})


@pytest.mark.slow
def test_the_ward_a_reader_is_admitted_to_is_inpatient_care(emergency):
    # (病房 "ward" is where the stay is had, not a subject the notice must name)
    answer = ask(emergency, "那抢救完收进病房住院呢，最多算几天？", history=["认不出身份的病人在急诊抢救，基金管到医院后多少小时以内的急诊治疗？"])
    assert answer.found and "5 days" in answer.text.split("[1]")[0], (answer.rewritten, answer.text)


@pytest.mark.slow
def test_a_kind_of_drug_named_by_a_common_word_is_what_a_deferral_names(notices):
    # (纤维化 "fibrosis" alone is a common word; 抗纤维化药 a kind of drug the notice leaves to the province's list, not
    # what the 75% is for)
    answer = ask(notices, "我爸尘肺病，门诊开的抗纤维化药，医保能报百分之几？")
    assert not answer.found and "抗纤维化药物" in answer.text, answer.text
    answer = ask(notices, "我爸尘肺病，门诊用药医保能报百分之几？")
    assert answer.found and "75%" in answer.text.split("[1]")[0], answer.text
