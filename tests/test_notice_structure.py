"""How a notice's structure is read: headings say what the sentences below them are about and are
never quoted as answers; a date line is not an answer; a sentence dated to another year is a near
miss; social-assistance groups are told apart; a follow-up naming a phrase outside the vocabularies
keeps the measure of the question before it.

Two invented notices (written for these tests, unlike any in eval/), indexed with the real model.
"""
from __future__ import annotations

import pytest

import qa
from conftest import indexed_notices
from qa.answering import Asked, figure_gate, heading_like
from qa.retrieval import analyse_question

LINMOUTH = (
    'Linmouth Prefecture launches "Linkang Bao 2026" supplementary insurance\n'
    "Date: 2026-05-02\n\n"
    "The Linmouth Prefecture Healthcare Security Bureau said that Linkang Bao 2026 is underwritten by two insurers.\n\n"
    "What is covered\n"
    "1. In-network hospital stays.\n"
    "Costs left after basic medical insurance are reimbursed at 85%, up to 800,000 yuan a year.\n"
    "2. Home dialysis.\n"
    "Costs are reimbursed at 60%, up to 50,000 yuan a year.\n\n"
    "Pre-existing conditions\n"
    "Enrollees diagnosed with cancer before enrolling are reimbursed at 45%.\n\n"
    "Last year\n"
    "Linkang Bao 2025 attracted 310,000 enrollees and paid 12.5 million yuan in claims.\n"
)
MENGCHUAN = (
    "蒙川县医疗保障局关于2026年医疗救助待遇的通知\n"
    "发布日期：2026-04-09\n\n"
    "一、救助比例\n"
    "特困人员住院费用经基本医保、大病保险报销后，政策范围内个人负担部分按100%给予救助。"
    "低保对象按90%给予救助。\n"
    "二、年度限额\n"
    "每人每年救助限额为6万元。\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("structure"), {"linmouth-2026.txt": LINMOUTH, "mengchuan-2026.txt": MENGCHUAN})


def ask(settings, question, history=None):
    return qa.answer(question, history=history, corpus_dir=settings.corpus_dir, index_dir=settings.index_dir)


def test_a_heading_tells_what_the_figures_below_it_are_for(notices):
    """'Costs are reimbursed at 60%' names no treatment: its heading '2. Home dialysis.' does."""
    ans = ask(notices, "What is the reimbursement rate for home dialysis under Linkang Bao 2026?")
    assert ans.found and "60%" in ans.text and "85%" not in ans.text, ans.text


@pytest.mark.parametrize("question", [
    "What does Linkang Bao 2026 cover for pre-existing conditions?",
    "What is covered by Linkang Bao 2026?",
])
def test_a_heading_is_never_the_answer(notices, question):
    ans = ask(notices, question)
    for heading in ("Pre-existing conditions [", "What is covered [", "Home dialysis. ["):
        assert heading not in ans.text, ans.text


def test_a_date_line_is_not_quoted(notices):
    ans = ask(notices, "蒙川县医疗救助的年度限额是多少？")
    assert ans.found and "6万元" in ans.text and "发布日期" not in ans.text, ans.text


def test_a_sentence_dated_to_another_year_is_a_near_miss(notices):
    """The notice is about 2026 but its only claims figure is for Linkang Bao 2025."""
    ans = ask(notices, "How much did Linkang Bao 2026 pay in claims?")
    assert not ans.found and "2025" in ans.text, ans.text
    ans = ask(notices, "How much did Linkang Bao 2025 pay in claims?")
    assert ans.found and "12.5 million yuan" in ans.text, ans.text


def test_a_count_of_another_thing_does_not_answer(notices):
    """'two insurers' does not answer how many enrollees."""
    ans = ask(notices, "How many enrollees did Linkang Bao 2026 attract?")
    assert not ans.found, ans.text


@pytest.mark.parametrize("question, figure", [
    ("蒙川县低保对象的医疗救助比例是多少？", "90%"),
    ("蒙川县特困人员的医疗救助比例是多少？", "100%"),
])
def test_social_assistance_groups_each_get_their_own_figure(notices, question, figure):
    ans = ask(notices, question)
    assert ans.found and figure in ans.text, ans.text


def test_low_income_households_are_not_dibao_recipients(notices):
    """低收入 (above the minimum living allowance) is its own group: the notice gives it no figure."""
    ans = ask(notices, "蒙川县低收入家庭的医疗救助比例是多少？")
    assert not ans.found, ans.text


def test_a_follow_up_phrase_outside_the_vocabularies_keeps_the_measure(notices):
    first = "What is the reimbursement rate for in-network hospital stays under Linkang Bao 2026?"
    assert "85%" in ask(notices, first).text
    ans = ask(notices, "And for pre-existing conditions?", history=[first])
    assert ans.rewritten == "What is the reimbursement rate for pre-existing conditions under Linkang Bao 2026?"
    assert ans.found and "45%" in ans.text, ans.text


def test_a_five_year_plan_name_is_not_a_figure():
    asked = Asked.of(analyse_question("How many people are insured in Shandong?", expand=False))
    assert figure_gate(asked, "“十四五”期间,山东医保待遇水平稳步提升") == "number"
    assert figure_gate(asked, "During the 14th Five-Year Plan period, coverage in Shandong improved") == "number"
    assert figure_gate(asked, "山东参保人数达到十四万人") == ""


def test_a_measure_asked_wants_a_figure():
    asked = Asked.of(analyse_question("What is the annual funding standard per insured employee?", expand=False))
    assert figure_gate(asked, "2026年度长护险筹资标准为：") == "number"


def test_headings_and_sentences():
    assert heading_like("二、年度限额") == "heading"
    assert heading_like("In-network hospital stays.", numbered=True) == "heading"
    assert heading_like("In-network hospital stays are covered.") == ""
    assert heading_like("每人每年救助限额为6万元。") == ""
    # a part's number is no figure; a figure is
    assert heading_like("Group 1: Healthcare System Development") == "heading"
    assert heading_like("Total: 35 yuan") == ""
