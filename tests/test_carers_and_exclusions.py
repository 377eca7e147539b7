"""Carers, rates per hour or week, groups a notice shuts out, and product names spelled in pinyin. From a hands-on
check on two documents written after the twelfth round (a respite-care notice in English, a city's 惠民保 notice
in Chinese): Chinese questions about carers of the elderly were read as questions about the elderly, a nursing-home
member was given everyone else's share, and "Lanhuibao" found nothing."""
from __future__ import annotations

import pytest

from conftest import ask, indexed_notices

RESPITE = (
    "Dunmore Vale Care Fund: Notice on Short Breaks for Family Carers\n\n"
    "1. Who qualifies\n"
    "1.1 A member assessed at care level 2 or above, who lives at home and is looked after by a relative, qualifies.\n"
    "1.2 Members who live in a care home do not qualify for short breaks under this notice.\n"
    "2. Short breaks in a residential home\n"
    "2.1 The Fund pays 80% of the daily short-break fee at an approved residential home, up to 190 pounds a day.\n"
    "3. A sitter at home\n"
    "3.1 A sitter who comes to the home is paid up to 16 pounds an hour, for no more than 100 hours a year.\n"
    "4. Carer allowance\n"
    "4.1 The relative who looks after the member receives a carer allowance of 72 pounds a week.\n"
    "4.2 The allowance ends 6 weeks after the member moves into a care home.\n"
)
CHENGHUI = (
    "澄山市医疗保障局关于“澄惠保”城市定制型商业医疗保险的通知\n\n"
    "一、保费标准。2026年度“澄惠保”保费为每人每年89元，60周岁以上人员每人每年119元。\n"
    "二、既往症人员。患有恶性肿瘤等既往症的人员可以投保，住院自付费用按35%赔付。\n"
    "三、一般人员。其他参保人住院自付费用超过2万元以上的部分，按75%赔付。\n"
)
RESIDENTS = (
    "Notice on resident medical insurance contributions, 2023\n\n"
    "In 2023, the individual contribution to residents' medical insurance is 380 yuan per person per year.\n"
    "Elderly residents aged over 70 receive a subsidy of 60 yuan per person per year.\n"
)

CANCER = (
    "Review of serious illness insurance, 2024\n\n"
    "Patients with cancer paid a smaller share of inpatient costs: the fund paid 70% of inpatient costs within the list.\n"
    "Out-of-pocket inpatient costs above 15,000 yuan are paid by serious illness insurance at 60%.\n"
    "Can patients who already have a chronic disease still buy supplementary cover? Most cities now allow it.\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("carers"), {"dunmore-short-breaks.txt": RESPITE,
                                                               "chengshan-huiminbao.txt": CHENGHUI,
                                                               "residents-2023.txt": RESIDENTS,
                                                               "serious-illness-2024.txt": CANCER})


@pytest.mark.slow
def test_the_carers_of_the_elderly_are_not_the_elderly(notices):
    # 照顾老人的家属 are the carers: the allowance is theirs, though the notice never says "elderly"
    allowance = ask(notices, "照顾老人的家属每周能领多少护理者津贴？")
    assert allowance.found and "72 pounds" in allowance.text, allowance.text
    # ... and the weekly sum leads, not the six weeks after which it ends
    assert allowance.text.index("72 pounds") < allowance.text.find("6 weeks") or "6 weeks" not in allowance.text


@pytest.mark.slow
def test_a_rate_per_hour_is_answered_by_an_hourly_figure(notices):
    sitter = ask(notices, "家里请人临时替班照顾老人，每小时最多给多少钱？")
    assert sitter.found and "16 pounds an hour" in sitter.text, sitter.text
    assert "380 yuan" not in sitter.text  # a yearly contribution is no hourly rate


@pytest.mark.slow
def test_a_group_the_notice_excludes_gets_the_exclusion_not_the_figure(notices):
    excluded = ask(notices, "What share of the short-break fee does the Fund pay for members who live in a care home?")
    assert not excluded.found, excluded.text
    assert "do not qualify" in excluded.text and "80%" not in excluded.text, excluded.text
    # everyone else still gets the figure
    general = ask(notices, "What share of the short-break fee does the Fund pay?")
    assert general.found and "80%" in general.text, general.text


@pytest.mark.slow
def test_a_product_named_in_pinyin_finds_its_chinese_notice(notices):
    answer = ask(notices, "If I already have cancer, can I still buy Chenghuibao, and what share of my inpatient costs does it pay?")
    assert answer.found and "35%" in answer.text, answer.text
