"""An answer must carry what the question asks beyond the names it gives: a sentence sharing only the
programme's name and year is not an answer; a document titled with a year dates its undated
sentences; "what is the X rate" asks for a share; a Chinese word inside a longer compound
(城乡居民 in 城乡居民医保) is a word of the document.

Two invented notices (written for these tests, unlike any in eval/), indexed with the real model.
"""
from __future__ import annotations

import pytest

import qa
from conftest import indexed_notices
from qa.answering import Asked
from qa.retrieval import analyse_question
from qa.tokenization import tokenize

FENBROOK = (
    'Fenbrook City launches "Fenkang Bao 2027" supplementary insurance\n'
    "Date: 2027-03-01\n\n"
    "The premium is 95 yuan per person for people under 60 and 150 yuan for people aged 60 and above.\n"
    "Costs left after basic medical insurance are reimbursed at 80%, up to 1 million yuan a year.\n"
    "Outpatient dialysis costs are reimbursed at 55%.\n\n"
    "Last year\n"
    "Fenkang Bao 2026 attracted 402,000 people and paid claims totalling 31.6 million yuan to 7,450 people.\n"
)
SHANKOU = (
    "杉口县医疗保障局关于2027年门诊慢特病待遇的通知\n"
    "发布日期：2027-02-10\n\n"
    "一、起付标准\n"
    "门诊慢特病年度起付标准为400元。\n"
    "二、支付比例\n"
    "职工医保参保人员支付比例为80%，城乡居民医保参保人员支付比例为65%。\n"
    "三、上年执行情况\n"
    "2026年全县共有3200人享受门诊慢特病待遇。\n"
    "四、药品保障\n"
    "纳入门诊慢特病用药范围的抗肿瘤药品共86种，由定点药店按规定供应。\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("asked"), {"fenbrook-2027.txt": FENBROOK, "shankou-2027.txt": SHANKOU})


def ask(settings, question):
    return qa.answer(question, corpus_dir=settings.corpus_dir, index_dir=settings.index_dir)


@pytest.mark.parametrize("question, figure", [
    ("What is the premium for people under 60 under Fenkang Bao 2027?", "95 yuan"),
    ("What is the reimbursement rate for outpatient dialysis under Fenkang Bao 2027?", "55%"),
    ("How many people joined Fenkang Bao 2026?", "402,000"),
    ("杉口县2027年门诊慢特病的起付标准是多少？", "400元"),
    ("2026年杉口县有多少人享受门诊慢特病待遇？", "3200人"),
])
def test_the_year_each_figure_is_for_is_answered(notices, question, figure):
    """The control: every figure is answered for its own year."""
    ans = ask(notices, question)
    assert ans.found and figure in ans.text, ans.text


@pytest.mark.parametrize("question, instead", [
    # the premium sentence names no year; the notice's title dates it to 2027
    ("What was the premium for people under 60 under Fenkang Bao 2026?", "95 yuan"),
    ("What is the reimbursement rate for outpatient dialysis under Fenkang Bao in 2026?", "55%"),
    ("杉口县2026年门诊慢特病的起付标准是多少？", "400元"),
])
def test_an_undated_sentence_is_dated_by_its_notice_title(notices, question, instead):
    ans = ask(notices, question)
    assert not ans.found, ans.text
    assert "2027" in ans.text and instead in ans.text, ans.text  # what the documents give instead, and for when
    assert "402,000" not in ans.text, "the sentence sharing only 'Fenkang Bao 2026' was quoted as the answer"


def test_a_word_inside_a_longer_compound_is_a_word_of_the_document(notices):
    """城乡居民 is written inside 城乡居民医保: the question's word is not 'absent from every document'."""
    assert "城乡居民" in tokenize("城乡居民医保参保人员支付比例为65%。")
    ans = ask(notices, "杉口县2027年城乡居民门诊慢特病支付比例是多少？")
    assert ans.found and "65%" in ans.text, ans.text


@pytest.mark.parametrize("question, share", [
    ("What is the reimbursement rate for outpatient dialysis?", True),
    ("What was the participation rate in Fenbrook?", True),
    ("What is the reimbursement ratio at tertiary hospitals?", True),
    ("What is the premium for people under 60?", False),
    ("What was the ratio of students to teachers?", False),
])
def test_what_is_the_x_rate_asks_for_a_share(question, share):
    assert Asked.of(analyse_question(question, expand=False)).wants_share is share


def test_a_class_of_drugs_is_a_subject(notices):
    """The notice counts anticancer drugs; rare-disease drugs are another class it gives no figure for."""
    ans = ask(notices, "杉口县门诊慢特病用药范围内的抗肿瘤药品有多少种？")
    assert ans.found and "86种" in ans.text, ans.text
    ans = ask(notices, "杉口县门诊慢特病用药范围内的罕见病用药有多少种？")
    assert not ans.found and "抗肿瘤" in ans.text, ans.text  # what the notice counts instead, cited


@pytest.mark.parametrize("text, kind, value", [
    ("职工大额医疗费用补助资金一年支出多少？", "scheme", "large medical expense subsidy"),
    ("the large medical expenses subsidy for employees", "scheme", "large medical expense subsidy"),
    ("公务员医疗补助的标准", "scheme", "civil servant medical subsidy"),
    ("How many rare-disease drugs were added?", "drug", "rare-disease drugs"),
    ("中药配方颗粒的报销比例", "drug", "tcm drugs"),
    ("paediatric medicines in the catalogue", "drug", "paediatric drugs"),
])
def test_schemes_and_drug_classes_are_read_in_both_languages(text, kind, value):
    from qa.slots import slots_in

    assert value in slots_in(text).get(kind, ()), slots_in(text)


def test_expenses_inside_and_outside_the_catalogue_are_told_apart():
    """A figure for expenses outside the catalogue does not answer one about those inside it (and the other
    way round); a sentence naming neither answers 'within the catalogue', which most sentences leave unsaid."""
    from qa.answering import subject_gate
    from qa.slots import slots_in

    inside = Asked.of(analyse_question("What is the cap for in-catalogue hospital expenses?", expand=False))
    outside = Asked.of(analyse_question("医保目录外住院费用的报销比例是多少？", expand=False))
    out_sentence = slots_in("Expenses outside the catalogue incurred during a hospital stay are reimbursed at 70%.")
    in_sentence = slots_in("Expenses within the policy scope incurred during a hospital stay are reimbursed at 80%.")
    plain = slots_in("Expenses incurred during a hospital stay are reimbursed at 80%.")
    assert subject_gate(inside, out_sentence, {}) == ("scope", frozenset({"out-of-catalogue"}))
    assert subject_gate(outside, in_sentence, {}) == ("scope", frozenset({"in-catalogue"}))
    assert subject_gate(inside, in_sentence, {}) is None
    assert subject_gate(inside, plain, {}) is None
    assert subject_gate(outside, plain, {}) is not None


@pytest.mark.parametrize("question, money", [
    ("What was the total income of the medical insurance fund in 2022?", True),
    ("2022年医保基金总收入是多少？", True),
    ("What subsidy ratio do low-income people get?", False),  # a group, not a fund's income
    ("低收入人口的报销比例是多少？", False),
])
def test_a_funds_income_or_spending_is_an_amount_of_money(question, money):
    from qa.slots import asks_for_money

    assert asks_for_money(question) is money
