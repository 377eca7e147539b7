"""How much a figure changes ("报销比例要降多少", "how much lower") is answered by a sentence stating a change, not a
level; a follow-up saying a step was done (备案了的) takes the previous question's "not done" (没办备案) out.

From the twelfth hands-on round's known limits (eval/unseen12 r12-30), in general form, on notices written for
these tests, indexed with the real model.
"""
from __future__ import annotations

import pytest

from conftest import ask, indexed_notices
from qa.answering import Asked, figure_gate
from qa.followup import rewrite_followup
from qa.retrieval import analyse_question

ASHFORD = (
    "Ashford County Notice on Treatment in Other Provinces\n\n"
    "1. Reimbursement ratio\n"
    "1.1 For patients treated in another province, the inpatient reimbursement ratio is lowered as follows:\n"
    "(a) patients who registered before leaving: lowered by 8 percentage points;\n"
    "(b) patients who did not register: lowered by 25 percentage points.\n"
)
REPORTS = (
    "Provincial work reports, 2024\n\n"
    "For registered patients, the reimbursement ratio of inpatient treatment in other provinces reached 91% in Hebei.\n"
    "The inpatient reimbursement ratio of residents in Hunan reached about 70%.\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("changes"), {"ashford-other-provinces.txt": ASHFORD,
                                                                "work-reports-2024.txt": REPORTS})


def test_a_change_asked_needs_a_sentence_stating_a_change():
    asked = Asked.of(analyse_question("去外省住院，报销比例要降多少？"))
    assert figure_gate(asked, "The reimbursement ratio of inpatient treatment in other provinces reached 91% in Hebei.")
    assert not figure_gate(asked, "(a) patients who registered before leaving: lowered by 8 percentage points;")
    asked = Asked.of(analyse_question("个人缴费标准提高了多少？"))
    assert not figure_gate(asked, "2024年个人缴费标准提高30元。")
    assert figure_gate(asked, "2024年个人缴费标准为每人每年380元。")
    asked = Asked.of(analyse_question("How much lower is my rate if I am treated in another province?"))
    assert figure_gate(asked, "The inpatient reimbursement ratio of residents in Hunan reached about 70%.")
    # a cap asked with 最多多少 is no change
    assert not Asked.of(analyse_question("住院最多报多少？")).asks_change


@pytest.mark.slow
def test_a_reduction_is_answered_with_the_reduction(notices):
    answer = ask(notices, "备案了的，去外省住院，报销比例要降多少？")
    assert answer.found and "8 percentage points" in answer.text, answer.text
    assert "91%" not in answer.text


def test_a_follow_up_saying_a_step_was_done_replaces_its_negation():
    previous = ["去外省住院没办备案，报销比例要降多少？"]
    assert rewrite_followup("那备案了的临时外出呢？", previous) == "备案了的临时外出，去外省住院，报销比例要降多少？"
    assert rewrite_followup("那办了备案的呢？", ["没有备案就去外地看病，报销多少？"]) == "办了备案的，就去外地看病，报销多少？"
