"""How lists in a notice are read, and which document a named place asks for (from the third hands-on
round, eval/unseen3): the clauses of a list belong to its lead-in's group; "一级、二级、三级定点医疗机构"
names every level; "... respectively" is about what the sentence before lists; "2000元" is not a year;
a place the question names that one document's title gives is not answered from another document.

Three invented notices (written for these tests, unlike any in eval/), indexed with the real model.
"""
from __future__ import annotations

import pytest

import qa
from conftest import indexed_notices
from qa.answering import _YEAR
from qa.followup import understood_question
from qa.slots import slots_in

LUOSHAN = (
    "洛山市医疗保障局关于2027年度住院分娩费用定额支付的通知\n\n"
    "一、支付对象\n"
    "参加我市职工医保和城乡居民医保的参保人员均按本通知执行。\n"
    "二、定额标准\n"
    "（一）职工参保人员住院分娩的定额支付标准为：一级医院顺产2300元、剖宫产3900元；"
    "二级医院顺产2900元、剖宫产4700元；三级医院顺产3500元、剖宫产5600元。\n"
    "（二）城乡居民参保人员住院分娩的定额支付标准为：一级医院顺产1100元、剖宫产2000元；"
    "二级医院顺产1400元、剖宫产2300元；三级医院顺产1700元、剖宫产2900元。\n"
    "三、门诊报销\n"
    "职工医保参保人员在一级、二级、三级定点医疗机构发生的门诊费用，报销比例分别为88%、78%、68%。\n"
    "四、产假\n"
    "女职工生育享受98天产假；难产的，增加15天；生育多胞胎的，每多生育1个婴儿，增加15天。"
    "女职工怀孕未满4个月流产的，享受15天产假。\n"
)
WILLOWMERE = (
    "Willowmere revises outpatient pooling for employees\n\n"
    "WILLOWMERE, 3 May 2027 - The Willowmere Healthcare Security Bureau announced new outpatient rules.\n\n"
    "In-service employees will be reimbursed 70% at Tier 1 institutions, 60% at Tier 2 hospitals and 50% at "
    "Tier 3 hospitals. Retirees receive higher rates of 80%, 71% and 61% respectively.\n"
    "\nPharmacies\n"
    "Medicines can be bought at 96 designated pharmacies. Prescriptions must be filled within 4 days of being issued.\n"
)
BAIXI = (
    "柏溪县医疗保障局关于门诊慢特病外配处方管理的通知\n\n"
    "一、外配处方\n"
    "门诊慢特病外配处方自开具之日起6天内有效。\n"
    "二、报销比例\n"
    "职工医保参保人员在三级定点医疗机构的门诊慢特病报销比例为75%。\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("lists"), {"luoshan-2027.txt": LUOSHAN, "willowmere-2027.txt": WILLOWMERE, "baixi.txt": BAIXI})


def ask(settings, question, history=None):
    return qa.answer(question, history=history, corpus_dir=settings.corpus_dir, index_dir=settings.index_dir)


@pytest.mark.parametrize("question, figure, other", [
    ("洛山市城乡居民参保人员在三级医院剖宫产的定额支付标准是多少？", "2900元", "5600元"),
    ("洛山市职工参保人员在二级医院顺产的定额支付标准是多少？", "2900元", "1400元"),
    ("In Luoshan City, what is the lump-sum payment for a caesarean section for an employee at a tertiary hospital?",
     "5600元", "2900元"),
])
def test_the_clauses_of_a_list_belong_to_its_lead_in(notices, question, figure, other):
    """'三级医院顺产1700元、剖宫产2900元' names no group: its list's lead-in (城乡居民参保人员...：) does."""
    ans = ask(notices, question)
    assert ans.found and figure in ans.text and other not in ans.text, ans.text


def test_a_list_of_levels_names_each_level(notices):
    assert slots_in("在一级、二级、三级定点医疗机构的报销比例分别为88%、78%、68%")["institution"] == \
        {"grassroots", "secondary", "tertiary"}
    assert slots_in("65% at Tier 2 hospitals")["institution"] >= {"secondary"}
    ans = ask(notices, "洛山市职工医保参保人员在二级定点医疗机构的门诊报销比例是多少？")
    assert ans.found and "78%" in ans.text, ans.text


def test_respectively_refers_to_the_sentence_before(notices):
    ans = ask(notices, "What reimbursement ratio do retirees get at Tier 2 hospitals in Willowmere?")
    assert ans.found and "71%" in ans.text, ans.text


def test_a_sum_is_not_a_year():
    assert _YEAR.findall("剖宫产2000元，2000 yuan, 2000%；2027年度") == ["2027"]


@pytest.mark.parametrize("question, figure, other", [
    ("在Willowmere，医生开的处方需要在开具后几天内到药店购药？", "4 days", "6天"),
    ("Willowmere在职职工在三级医院门诊的报销比例是多少？", "50%", "75%"),
])
def test_a_place_one_document_is_about_is_not_answered_from_another(notices, question, figure, other):
    """Willowmere is named by one notice's title: the 柏溪县 notice's figures are not Willowmere's."""
    ans = ask(notices, question)
    assert ans.found and figure in ans.text and other not in ans.text, ans.text


def test_a_follow_up_swaps_the_whole_group_phrase():
    first = "What reimbursement ratio do in-service employees get at Tier 2 hospitals in Willowmere?"
    assert understood_question("And for retirees?", [first]) == \
        "What reimbursement ratio do retirees get at Tier 2 hospitals in Willowmere?"


def test_a_chain_of_clauses_is_about_what_its_first_clause_says(notices):
    """'生育多胞胎的，每多生育1个婴儿，增加15天' says nothing of 产假: the chain's first clause does."""
    ans = ask(notices, "洛山市女职工生了双胞胎，产假能多休几天？")
    assert ans.found and "多胞胎" in ans.text, ans.text


@pytest.mark.parametrize("text, groups", [
    ("The prenatal check-up subsidy per pregnancy is 800 yuan", set()),
    ("女职工怀孕未满4个月流产的，享受15天产假", {"employees"}),
    ("pregnant women receive free check-ups", {"pregnant women"}),
    ("the most the fund pays a pensioner", {"retirees"}),
])
def test_who_a_sentence_is_about(text, groups):
    assert set(slots_in(text).get("group", ())) == groups


def test_a_near_miss_for_another_year_cites_the_subject_asked(notices):
    """For 2028 the notice gives nothing; what it gives for its own year is the employees' tertiary figure,
    not the first clause that happens to score well (another level, another group)."""
    for question in ("洛山市2028年职工参保人员在三级医院剖宫产的定额支付标准是多少？",
                     "What is Luoshan's lump-sum payment for a caesarean section at a tertiary hospital for employees in 2028?"):
        ans = ask(notices, question)
        assert not ans.found and "5600元" in ans.text, ans.text
        assert "2900元" not in ans.text and "4700元" not in ans.text, ans.text
