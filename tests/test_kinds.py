"""A kind of hospital, drug or treatment no document names is not answered with another kind's figure.

"What is the reimbursement ratio at a rehabilitation hospital?" shares "reimbursement ratio" and "hospital"
with any notice on ratios; if no document uses "rehabilitation" (nor 康复), the notice's hospital ratio is
about something else, and the answer says the documents do not mention it. Kinds the documents do name,
by a level ("tertiary hospitals"), or by a compound of the reader's own ("leaving hospital") are answered as
before. Two invented notices (written for these tests), indexed with the real model.
"""
from __future__ import annotations

import pytest

from conftest import ask, indexed_notices
from qa.answering import _MEASURE_WORDS
from qa.kinds import chinese_kinds, english_kinds

BROOKFIELD = (
    "BROOKFIELD COUNTY HEALTH COVER OFFICE\n"
    "Inpatient and Outpatient Benefits 2026\n\n"
    "1. Hospital stays\n"
    "1.1 Tertiary hospitals. Inpatient costs are reimbursed at 70% after a deductible of 900 yuan.\n"
    "1.2 Community clinics. Inpatient costs are reimbursed at 85% after a deductible of 200 yuan.\n\n"
    "2. Drugs\n"
    "2.1 Insulin and other diabetes drugs are reimbursed at 75% in outpatient care.\n"
)
HEYANG = (
    "河阳市医疗保障局关于调整门诊和住院待遇的通知\n\n"
    "一、住院待遇\n"
    "（一）在一级定点医疗机构住院的，统筹基金支付90%；在三级定点医疗机构住院的，支付75%。\n"
    "（二）在中医医院住院的，支付比例提高5个百分点。\n"
    "二、门诊待遇\n"
    "（一）血液透析费用按门诊特殊病种支付，职工医保支付85%。\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("kinds"), {"brookfield-benefits-2026.txt": BROOKFIELD,
                                                              "heyang-benefits-2026.txt": HEYANG})


def modifiers(question: str) -> list[str]:
    chinese = any("\u4e00" <= c <= "\u9fff" for c in question)
    kinds = chinese_kinds(question, _MEASURE_WORDS) if chinese else english_kinds(question, _MEASURE_WORDS)
    return [k.modifier for k in kinds]


def test_the_word_before_a_general_one_names_its_kind():
    assert modifiers("What is the reimbursement ratio at a rehabilitation hospital?") == ["rehabilitation"]
    assert modifiers("How much does insurance pay at a dental health centre?") == ["dental"]  # "health" read past
    assert modifiers("眼科医院的报销比例是多少？") == ["眼科"]
    assert modifiers("在村卫生室看病能报多少？") == ["村"]


def test_levels_places_verbs_and_the_domain_s_own_words_name_no_kind():
    assert modifiers("What is the ratio at tertiary hospitals in Shandong?") == []
    assert modifiers("How long after leaving hospital must I claim for separately paid drugs?") == []
    assert modifiers("What does the city-customised health insurance pay out?") == []
    assert modifiers("What share do designated medical institutions pay?") == []
    assert modifiers("三级医院的报销比例是多少？") == [] and modifiers("定点医疗机构有多少家？") == []


@pytest.mark.slow
def test_a_kind_no_document_names_is_declined_in_either_language(notices):
    for question in ("In Brookfield County, what is the inpatient reimbursement ratio at a rehabilitation hospital?",
                     "What is the reimbursement ratio at an ophthalmology clinic in Brookfield County?",
                     "河阳市康复医院住院的报销比例是多少？",
                     "河阳市眼科医院住院支付比例是多少？",
                     # a glossary term jieba reads as part verb (透析) or time (日间) names a thing all the same
                     "河阳市日间手术的报销比例是多少？",
                     "What is the reimbursement ratio for day surgery in Brookfield County?"):
        ans = ask(notices, question)
        assert not ans.found, (question, ans.text)
        assert "do not mention" in ans.text or "没有提到" in ans.text, (question, ans.text)


@pytest.mark.slow
def test_kinds_the_documents_name_are_answered(notices):
    ans = ask(notices, "In Brookfield County, what is the inpatient reimbursement ratio at community clinics?")
    assert ans.found and "85%" in ans.text, ans.text
    ans = ask(notices, "In Brookfield County, what is the inpatient reimbursement ratio at tertiary hospitals?")
    assert ans.found and "70%" in ans.text, ans.text
    ans = ask(notices, "河阳市在中医医院住院，支付比例提高多少？")
    assert ans.found and "5个百分点" in ans.text, ans.text
    ans = ask(notices, "河阳市血液透析职工医保支付多少？")
    assert ans.found and "85%" in ans.text, ans.text
