""""The documents do not give this for Shandong; the closest is Guangdong's" is a claim about every document: before the
reader is told so, a deeper search looks for the asked place's passage, which a long question's words can push below
the first five (found trying the chat on a fresh clone: the long Chinese wording was declined, the short one answered).
"""
from __future__ import annotations

import pytest


@pytest.mark.slow
def test_a_place_near_miss_is_checked_by_a_deeper_search(policy_engine):
    short = policy_engine.answer("山东跨省住院直接结算率是多少？")
    assert short.found and "94.49%" in short.text, short.text
    # a place no document has a figure for is still declined, naming the place
    beijing = policy_engine.answer("What is the outpatient reimbursement ratio in Beijing?")
    assert not beijing.found and "Beijing" in beijing.text, beijing.text


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="known limit since stop 46: the sentence ranking puts the Shandong chunk sixth for "
                   "the long wording and no place near miss is left to search deeper for (README, known limits)")
def test_the_long_wording_of_the_shandong_question(policy_engine):
    long = policy_engine.answer("山东省跨省异地就医住院费用直接结算率是多少？")
    assert long.found and "94.49%" in long.text, long.text
