"""Follow-up questions rewritten through the previous one: exact expectations, both languages."""
from __future__ import annotations

import pytest

from qa.followup import rewrite_followup

SHANXI_EN = "What is the outpatient reimbursement ratio at grassroots medical institutions in Shanxi?"
SHANDONG_EN = "What is the outpatient reimbursement ratio at grassroots medical institutions in Shandong?"
SHANXI_ZH = "山西基层医疗机构门诊报销比例是多少？"
SHANDONG_ZH = "山东基层医疗机构门诊报销比例是多少？"


@pytest.mark.parametrize("question, history, expected", [
    ("And in Shandong?", [SHANXI_EN], SHANDONG_EN),
    ("and in shandong province?", [SHANXI_EN], SHANDONG_EN),
    ("What about Guangxi?", [SHANXI_EN],
     "What is the outpatient reimbursement ratio at grassroots medical institutions in Guangxi?"),
    ("那山东呢？", [SHANXI_ZH], SHANDONG_ZH),
    ("山东呢？", [SHANXI_ZH], SHANDONG_ZH),
    ("那在山东省呢", [SHANXI_ZH], SHANDONG_ZH),
    # The place keeps the previous question's language.
    ("那山东呢？", [SHANXI_EN], SHANDONG_EN),
    ("And in Shandong?", [SHANXI_ZH], SHANDONG_ZH),
    # A year replaces the previous year, or is added.
    ("How about in 2023?", ["How many people were enrolled in basic medical insurance in 2022?"],
     "How many people were enrolled in basic medical insurance in 2023?"),
    ("How about in 2023?", ["How many people were enrolled in basic medical insurance?"],
     "How many people were enrolled in basic medical insurance in 2023?"),
    ("那2023年呢？", ["2022年基本医保参保人数是多少？"], "2023年基本医保参保人数是多少？"),
    ("2023年呢", ["基本医保参保人数是多少？"], "2023年基本医保参保人数是多少？"),
    # A previous question without a place gets one.
    ("And in Shandong?", ["What is the outpatient reimbursement ratio?"],
     "What is the outpatient reimbursement ratio in Shandong?"),
    ("山东呢？", ["门诊报销比例是多少？"], "山东门诊报销比例是多少？"),
    # The most recent question is the one followed up.
    ("What about Sichuan?", [SHANXI_EN, "Which province covers all counties in Hebei?"],
     "Which province covers all counties in Sichuan?"),
])
def test_follow_up_is_rewritten(question, history, expected):
    """A short follow-up naming only a place or a year becomes the previous question about it."""
    assert rewrite_followup(question, history) == expected


@pytest.mark.parametrize("question, history", [
    ("What is the reimbursement ratio in Shandong?", [SHANXI_EN]),  # a whole question of its own
    ("What about the reimbursement ratio in Shandong?", [SHANXI_EN]),
    ("山东的门诊报销比例是多少？", [SHANXI_ZH]),
    ("Why?", [SHANXI_EN]),
    ("And?", [SHANXI_EN]),
    ("那呢？", [SHANXI_ZH]),
    ("And in Shandong?", []),  # nothing to follow up
    ("那山东呢？", [""]),
    ("And in Atlantis?", [SHANXI_EN]),  # not a known place
])
def test_non_follow_up_is_unchanged(question, history):
    """Anything that is not a bare place or year is left exactly as typed."""
    assert rewrite_followup(question, history) == question


@pytest.mark.slow
def test_a_follow_up_with_nothing_to_follow_says_so(small_settings):
    """After "Clear chat" (no history), "And in Guangxi?" is not answered with whatever mentions Guangxi."""
    from qa.api import Engine

    engine = Engine(small_settings)
    for question, words in (("And in Guangxi?", "no earlier question"), ("广西呢？", "没有可接续的上一个问题"),
                            ("What about 2023?", "no earlier question")):
        answer = engine.answer(question)
        assert not answer.found and words in answer.text and not answer.citations
    assert "no earlier question" not in engine.answer("Guangxi").text  # a bare name is a search, not a follow-up
    # With an earlier question it is a follow-up like any other.
    answer = engine.answer("And in Guangxi?", history=["What is the outpatient reimbursement ratio in Shandong?"])
    assert answer.rewritten == "What is the outpatient reimbursement ratio in Guangxi?"
