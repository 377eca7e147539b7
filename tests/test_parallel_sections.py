"""What the fifth hands-on round (eval/unseen5) showed, in general form: a notice of parallel numbered
items ("4.1 Hearing aids.", "4.2 Wheelchairs.") gives each item's figures in sentences that never name
it, so the item is read from the heading above and shown with the quote; a notice that sorts diseases
into classes once and gives each class its ratios later is answered from the class the asked disease is
listed in; a question asking two kinds of figure in two clauses gets both; a rule "above the ratios
above" is quoted with them; a parent's "my 7-year-old" under resident insurance is a child.

Two invented notices (written for these tests, unlike any in eval/), indexed with the real model.
"""
from __future__ import annotations

import pytest

from conftest import ask, indexed_notices
from qa.answering import heading_like
from qa.parts import asked_kinds
from qa.slots import slots_in

BRISWICK = (
    "Briswick Healthcare Security Administration\n\n"
    "Notice on 2027 Assistive Devices under Resident Basic Medical Insurance\n\n"
    "1. Scope\n\n"
    "This notice applies to residents enrolled in the Briswick Resident Basic Medical Insurance for 2027.\n\n"
    "2. Assistive Devices\n\n"
    "2.1 Hearing aids. Hearing aids are covered for insured persons with moderate or severe hearing loss. "
    "The fund pays 45%, up to 2,400 yuan per device. One device may be reimbursed every 4 years.\n\n"
    "2.2 Wheelchairs. Manual wheelchairs are covered for insured persons with a mobility disability. "
    "The fund pays 65%, up to 900 yuan per chair.\n\n"
    "2.3 Prosthetic limbs. The fund pays 55% of the price, up to 8,000 yuan per limb.\n\n"
    "2.4 Device deductible. An annual device deductible of 150 yuan applies to hearing aids and wheelchairs.\n\n"
    "3. Children's devices\n\n"
    "Orthopaedic insoles for children aged 4 to 12 are covered. The fund pays 70%, up to 300 yuan per year.\n"
)
FENGLIN = (
    "枫林市医疗保障局关于2027年度门诊慢特病待遇的通知\n\n"
    "一、病种分类\n"
    "（一）甲类（门诊慢性病）：高血压、痛风、青光眼、慢性胃炎。\n"
    "（二）乙类（门诊特殊疾病）：白血病、尿毒症透析、重症肌无力、银屑病。\n"
    "二、支付比例\n"
    "起付标准以上的政策范围内费用，由统筹基金按以下比例支付：\n"
    "（一）甲类\n"
    "1.职工医保：二级定点医疗机构83%，三级定点医疗机构77%。\n"
    "职工医保退休人员在上述比例基础上提高4个百分点。\n"
    "2.居民医保：二级定点医疗机构62%，三级定点医疗机构52%。\n"
    "（二）乙类\n"
    "1.职工医保：二级定点医疗机构94%，三级定点医疗机构89%。\n"
    "2.居民医保：二级定点医疗机构73%，三级定点医疗机构68%。\n"
    "三、起付标准\n"
    "（一）甲类：职工医保年度起付标准为700元；居民医保年度起付标准为450元。\n"
    "（二）乙类：职工医保年度起付标准为200元；居民医保年度起付标准为250元。\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("parallel"), {"briswick-devices-2027.txt": BRISWICK,
                                                                 "fenglin-chronic-2027.txt": FENGLIN})


def test_numbered_subsections_and_class_labels_are_headings():
    assert heading_like("2.2 Wheelchairs.") == "heading"
    assert heading_like("（一）甲类") == "heading"  # an ordinal class is a label, not a count
    assert heading_like("1.医保电子凭证或社会保障卡；") == ""  # an item of a list, not a heading
    assert heading_like("5.1 Claims for services received on or before 31 December 2026 are settled.") == ""


@pytest.mark.slow
def test_an_item_is_answered_from_the_figures_under_its_own_heading(notices):
    ans = ask(notices, "How much does Briswick resident insurance pay for a wheelchair?")
    assert ans.found and "65%" in ans.text and "45%" not in ans.text and "55%" not in ans.text, ans.text
    assert "【Wheelchairs】" in ans.text, ans.text  # the item the quote is about, which it never names


@pytest.mark.slow
def test_a_chinese_question_reaches_the_english_item_through_the_dictionary(notices):
    ans = ask(notices, "Briswick居民医保的助听器报销比例是多少？")
    assert ans.found and "45%" in ans.text and "65%" not in ans.text, ans.text


@pytest.mark.slow
def test_a_dictionary_spelling_the_notice_spells_its_own_way_is_not_declined(notices):
    """矫形 is "orthopedic" to the dictionary, "orthopaedic" to the notice: not a subject the documents
    never mention. And an age range ("aged 4 to 12") is no figure for "能报多少"."""
    ans = ask(notices, "我家孩子6岁在Briswick，矫形鞋垫医保能报多少？")
    assert ans.found and "70%" in ans.text and "300 yuan" in ans.text, ans.text


@pytest.mark.slow
def test_the_class_a_disease_is_listed_in_gives_the_figures(notices):
    ans = ask(notices, "枫林市职工医保参保人得了银屑病，在三级医院看门诊，统筹基金报销比例是多少？")
    assert ans.found and "89%" in ans.text and "77%" not in ans.text, ans.text
    assert any("银屑病" in n and "乙类" in n for n in ans.notes), ans.notes
    ans = ask(notices, "枫林市居民医保参保人有痛风，在二级医院看门诊，报销比例是多少？")
    assert ans.found and "62%" in ans.text and "73%" not in ans.text, ans.text


@pytest.mark.slow
def test_an_english_question_finds_the_class_of_its_disease_in_a_chinese_notice(notices):
    ans = ask(notices, "In Fenglin I have glaucoma and employee insurance. What is the ratio at a tertiary hospital?")
    assert ans.found and "77%" in ans.text and "89%" not in ans.text, ans.text


@pytest.mark.slow
def test_a_rule_building_on_the_ratios_above_is_quoted_with_them(notices):
    ans = ask(notices, "枫林职工医保退休人员有高血压，在二级医院看门诊，报销比例是多少？")
    assert ans.found and "提高4个百分点" in ans.text and "83%" in ans.text, ans.text


def test_two_clauses_asking_two_kinds_of_figure_are_read_as_two_asks():
    assert [k for k, _ in asked_kinds("What percentage does it pay for a wheelchair, and what's the yearly deductible?")] \
        == ["share", "money"]
    assert [k for k, _ in asked_kinds("报销比例是多少？起付线是多少？")] == ["share", "money"]
    assert asked_kinds("What is the reimbursement ratio above the deductible?") == []  # one figure, two measures named


@pytest.mark.slow
def test_each_asked_figure_is_answered(notices):
    ans = ask(notices, "I'm a Briswick resident. What percentage does insurance pay for a hearing aid, and what's the yearly deductible?")
    assert ans.found and "45%" in ans.text and "150 yuan" in ans.text, ans.text
    ans = ask(notices, "How much does Briswick resident insurance pay for a hearing aid, and how often?")
    assert ans.found and "2,400 yuan" in ans.text and "every 4 years" in ans.text, ans.text  # "how often" of the same item
    ans = ask(notices, "枫林市居民医保参保人有青光眼，在三级医院看门诊，报销比例是多少？起付线是多少？")
    assert ans.found and "52%" in ans.text and "450元" in ans.text and "250元" not in ans.text, ans.text


def test_a_parent_names_a_child():
    assert "children" in slots_in("My 7-year-old needs insoles")["group"]
    assert "children" in slots_in("我家孩子5岁")["group"]
    assert "group" not in slots_in("生完孩子以后多少天内申请生育医疗费用待遇")  # a mother's benefit, not a child's


@pytest.mark.slow
def test_a_child_under_resident_insurance_is_answered_from_the_childrens_rule(notices):
    ans = ask(notices, "My 7-year-old in Briswick needs orthopaedic insoles. How much will resident insurance pay?")
    assert ans.found and "70%" in ans.text and "300 yuan" in ans.text, ans.text


def test_a_day_of_the_year_answers_what_date_and_an_age_range_no_how_much():
    from qa.answering import Asked, figure_gate
    from qa.retrieval import analyse_question

    date = Asked.of(analyse_question("中小学生的居民医保集中缴费到几月几号截止？", expand=False))
    assert figure_gate(date, "大学生个人缴费标准为每人每年395元，由学校统一代收代缴。") == "number"
    assert figure_gate(date, "中小学生的集中缴费期为每年9月1日至11月30日。") == ""
    how_much = Asked.of(analyse_question("How much will resident insurance pay for insoles?", expand=False))
    assert figure_gate(how_much, "Orthopaedic insoles for children aged 4 to 12 are covered.") == "number"
    assert figure_gate(how_much, "The fund pays 70%, up to 300 yuan per year.") == ""
