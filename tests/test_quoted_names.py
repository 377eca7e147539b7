"""A name a notice writes in quotation marks (“澄惠保”, a city's own insurance product) is the question's subject:
a sentence of another document that never names it gives no figure for it. From a hands-on check on two documents
written after the twelfth round (a city's 惠民保 notice beside the shipped national articles)."""
from __future__ import annotations

import pytest

from conftest import ask, indexed_notices

CHENGHUI = (
    "澄山市医疗保障局关于职工医保个人账户购买“澄惠保”的通知\n\n"
    "一、保费标准。2026年度“澄惠保”保费为每人每年89元，60周岁以上人员每人每年119元。\n"
    "二、保障内容。参保人住院自付费用超过2万元以上的部分，按75%赔付，年度最高赔付80万元。\n"
)
DIGEST = (
    "National medical insurance review, 2025\n\n"
    "The reimbursement ratio of outpatient expenses under resident medical insurance reached about 50%, and the "
    "reimbursement ratio of hospitalization expenses reached about 70%.\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("quoted"), {"chengshan-huiminbao.txt": CHENGHUI,
                                                               "national-review-2025.txt": DIGEST})


@pytest.mark.slow
def test_a_quoted_product_name_is_required_of_the_answer(notices):
    outpatient = ask(notices, "澄惠保门诊费用按多少比例赔付？")
    assert not (outpatient.found and "50%" in outpatient.text), outpatient.text
    premium = ask(notices, "60多岁的人买澄惠保一年多少钱？")
    assert premium.found and "119元" in premium.text, premium.text
