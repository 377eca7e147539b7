"""A count of times ("几次", "how many times") is answered by a sentence that states one; a Chinese question's rare
noun (剖腹产, 弱视) is required of an English sentence unless the reader glosses it; a follow-up about "someone on"
a scheme, or "参加…的人", swaps the scheme in.

From the twelfth hands-on round (eval/unseen12: its first run on the page is the untouched figure), in general form,
on a notice written for these tests, indexed with the real model.
"""
from __future__ import annotations

import pytest

from conftest import ask, indexed_notices
from qa.answering import Asked, _dictionary_words, figure_gate
from qa.followup import rewrite_followup
from qa.retrieval import analyse_question

ELMBROOK = (
    "Notice of the Elmbrook Health Security Office on Registering for Treatment Away from Home\n\n"
    "1. Long-term residents\n"
    "1.1 Long-term residents elsewhere may change their registered place no more than 3 times per calendar year.\n"
    "1.2 Employees living elsewhere long-term receive the same reimbursement ratio as at home.\n"
    "2. Temporary patients\n"
    "2.1 A temporary registration is valid for 90 days and may cover several visits during that period.\n"
    "2.2 The deductible per admission for temporary patients is 1,200 yuan at tertiary hospitals.\n"
    "3. Effective date\n"
    "This notice takes effect on 1 September 2026.\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("times"), {"elmbrook-away-from-home.txt": ELMBROOK})


def test_a_count_of_times_needs_a_sentence_that_states_one():
    asked = Asked.of(analyse_question("临时外出就医的人，一年最多能改几次备案地？"))
    assert figure_gate(asked, "A temporary registration is valid for 90 days and may cover several visits during that period.")
    assert not figure_gate(asked, "Long-term residents may change their registered place no more than 3 times per calendar year.")
    assert not figure_gate(asked, "每个自然年度内变更备案地不超过2次。")
    asked = Asked.of(analyse_question("How many times a year can I change it?"))
    assert figure_gate(asked, "The deductible per admission is 1,200 yuan.")
    assert not figure_gate(asked, "It may be changed up to 2 times a year.")
    # a count in words states one too ("once a year", 一次), a one-off (一次性) does not
    assert not figure_gate(asked, "The registered place may be changed once a year.")
    asked = Asked.of(analyse_question("每年能改几次备案地？"))
    assert not figure_gate(asked, "备案地每年可变更一次。")
    assert figure_gate(asked, "备案后可申领一次性补助。")


def test_rare_nouns_are_required_unless_the_reader_glosses_them():
    assert any(word == "弱视" for word, _ in _dictionary_words("孩子弱视，配眼镜能报多少？", (), True))
    # a common word's gloss is a guess, and a word the reader glosses is met by the gloss
    assert not any(word == "弱视" for word, _ in _dictionary_words("孩子弱视（amblyopia），配眼镜能报多少？", (), True))
    assert not _dictionary_words("叫救护车送医院，出车费（call-out fee）一次多少钱？", (), True)


def test_a_follow_up_about_someone_on_a_scheme_swaps_the_scheme():
    before = ["Does the employee insurance now cover IVF procedures, and what share does it pay?"]
    for follow in ("And for someone on the resident scheme?", "What about people on the resident scheme?"):
        assert "resident insurance" in rewrite_followup(follow, before)
    before = ["职工医保做试管婴儿取卵，医保报多少？"]
    assert rewrite_followup("那参加居民医保的人呢？", before) == "居民医保做试管婴儿取卵，医保报多少？"
    assert rewrite_followup("那居民医保呢？", before) == "居民医保做试管婴儿取卵，医保报多少？"  # (not 居民医保医保)


@pytest.mark.slow
def test_times_asked_across_languages(notices):
    ans = ask(notices, "How many times a year can a long-term resident change the registered place?")
    assert ans.found and "3 times" in ans.text
    # "several visits" is no count of changes
    ans = ask(notices, "临时外出就医的人，一年最多能改几次备案地？")
    assert not (ans.found and "90 days" in ans.text), ans.text
