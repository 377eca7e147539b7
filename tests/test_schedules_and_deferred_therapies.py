"""An English notice on speech and behaviour therapy for young children, with a fee schedule written with dot leaders
("Tier B centres ..... 100 yuan per session"), beside the shipped articles, asked about as the blind round
eval/unseen36 asked (the notice here is our own, written for the tests).

- A line of a schedule is one sentence: cut at its dot leaders, the figure lost what it is for, and a question on one
  tier was answered with a sentence on therapists' numbers.
- A therapy the notice names only to leave it to be set separately ("Music therapy … set separately") is no subject
  for the fee schedule of the therapies it covers: the answer says so, quoting it; a word of the reader's story that the
  notice happens to use only in such a sentence ("at home") does not decline an answerable question.
- "My son turns 7" tells an age: where the notice leaves children of 7 and over to be set separately, a figure for the
  children it covers is no answer.
- Follow-ups: "那社区康复站呢？" swaps the notice's own tier of place the earlier question named (一级（Tier A）康复中心),
  and "how long do they lose …" after "If a hospital is caught …, how big is the fine?" keeps the if-clause.
"""
from __future__ import annotations

import shutil

import pytest

from conftest import ask, beside_articles
from qa.ages import asked_age
from qa.chunking import split_sentences
from qa.followup import keep_subject, rewrite_followup
from qa.slots import deadline_actors

EN = (
    "Brenmoor Prefecture Healthcare Security Bureau\n"
    "Notice on Cover for Early Therapy for Young Children with Speech and Language Delay\n\n"
    "Article 1 Eligible children\n"
    "Children insured in Brenmoor Prefecture are eligible when they are aged 3 to 6 years and hold a diagnosis from a "
    "designated children's hospital.\n\n"
    "Article 2 Sessions\n"
    "(1) Speech therapy: up to 80 sessions per year, each lasting at least 45 minutes.\n"
    "(2) Behaviour therapy: up to 120 sessions per year, each lasting at least 50 minutes.\n\n"
    "Article 3 Providers and fee schedule\n"
    "A Tier A centre shall employ at least 12 qualified therapists and a Tier B centre at least 6.\n"
    "The fund pays on the basis of the lower of the actual charge and the reference fee below.\n\n"
    "Schedule of reference fees\n"
    "Tier A therapy centres ..... 140 yuan per session\n"
    "Tier B therapy centres ..... 105 yuan per session\n"
    "Community therapy stations ..... 65 yuan per session\n\n"
    "Article 4 Fund shares\n"
    "Within the reference fees, the employee scheme pays 80% and the resident scheme pays 70%.\n\n"
    "Article 5 Matters set separately\n"
    "(1) Cover for children aged 7 and over will be set separately.\n"
    "(2) Music therapy and horse-riding therapy are not covered by this notice; their cover will be set separately.\n"
    "(3) Sessions delivered at home will be set separately.\n"
)


@pytest.fixture(scope="module")
def therapy(policy_settings, tmp_path_factory):
    settings = beside_articles(policy_settings, tmp_path_factory.mktemp("therapy"), "brenmoor-speech-therapy.txt", EN)
    yield settings
    shutil.rmtree(settings.corpus_dir.parent, ignore_errors=True)


def lead(answer) -> str:
    return answer.text.split("[1]")[0]


def test_a_schedule_line_with_dot_leaders_is_one_sentence():
    text = "Schedule\nTier B therapy centres ..... 105 yuan per session\nAnd so on... Next one."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Schedule", "Tier B therapy centres ..... 105 yuan per session", "And so on... Next one."]


def test_a_tiers_fee_is_answered_from_its_schedule_line(therapy):
    answer = ask(therapy, "Our son goes to a Tier B centre near us. How much does insurance count for each session there?")
    assert answer.found, answer.text
    assert "105 yuan" in lead(answer) and "Tier B" in lead(answer), answer.text


def test_a_therapy_left_to_be_set_separately_is_declined_quoting_that(therapy):
    answer = ask(therapy, "Our Tier A centre also does music therapy. How much per session does insurance count for that?")
    assert not answer.found, answer.text
    assert "Music therapy" in answer.text and "140 yuan" not in answer.text, answer.text


def test_a_story_word_the_notice_defers_elsewhere_does_not_decline(therapy):
    answer = ask(therapy, "My boy gets upset at home a lot. How much per session does insurance count at a Tier B centre?")
    assert answer.found and "105 yuan" in lead(answer), answer.text


def test_an_age_the_notice_leaves_to_be_set_separately_is_declined(therapy):
    assert asked_age("My son turns 7 next month.") == 7
    answer = ask(therapy, "My son turns 7 next month. How many speech therapy sessions a year will he get after his birthday?")
    assert not answer.found, answer.text
    assert "80 sessions" not in answer.text.split("\n")[0], answer.text
    # ... and at 5 the same question is answered
    answer = ask(therapy, "My son turned 5 last month. How many speech therapy sessions a year will he get?")
    assert answer.found and "80 sessions" in lead(answer), answer.text


def test_a_follow_up_swaps_the_notices_own_tier_of_place():
    previous = "孩子在一级（Tier A）康复中心做言语训练，医保按每次多少钱算？"
    assert rewrite_followup("那社区康复站呢？", [previous]) == "孩子在社区康复站做言语训练，医保按每次多少钱算？"
    # (an office is no place of care: nothing to swap)
    assert rewrite_followup("那医保经办机构呢？", ["孩子在康复中心训练，医保按每次多少钱算？"]) != \
        "孩子在医保经办机构训练，医保按每次多少钱算？"


def test_a_follow_up_pointing_back_with_they_keeps_the_if_clause():
    previous = "If a hospital is caught billing for clotting factor it never gave, how big is the fine?"
    assert keep_subject("And how long do they lose insurance settlement?", previous) == \
        "If a hospital is caught billing for clotting factor it never gave, how long do they lose insurance settlement?"


def test_a_claim_said_with_the_verb_alone_asks_the_insureds_time_limit():
    assert deadline_actors("我自己先垫钱买的药，要在多少天之内拿票去医保报？", question=True) == {"apply"}
    # (a waiting period before cover starts is no claim's time limit)
    assert "apply" not in deadline_actors("宝宝办完医保以后要等多久才能开始报？", question=True)
