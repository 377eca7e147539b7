"""Assistive devices asked in Chinese over an English notice, and what a reader says of their situation: 假肢 is the
notice's "prosthesis" (glossary), 截肢了 (what happened to the reader, said as a verb) is no subject a notice must
name, 多大面积 is "how large an area" (not 大面积 "a large area"), 每个人 "per person" is no subject, and a follow-up
about someone else that then says what is true of them ("那我爸呢？他已经退休了。") swaps that into the previous
question, where 在厂里上班 names the in-work employees; 我家老人 is who it is for, not the elderly as a group. Also:
"自己花到多少钱以后才开始管" asks the deductible; those a notice watches so they do not fall back into poverty
(防返贫监测户) are not those who already have (返贫致贫人口); "what's the most it pays me in a year" asks a sum,
which a ratio does not give, and "what's the most" no length of time unless it asks one; "多大面积" asks an area. Fixtures are our own notices."""
from __future__ import annotations

import pytest

from conftest import ask, indexed_notices
from qa.answering import Asked, asked_unit, figure_gate
from qa.followup import rewrite_followup
from qa.retrieval import analyse_question

LIMBS = (
    "Notice of the Penrith Vale Healthcare Security Bureau on Cover for Artificial Limbs and Wheelchairs\n\n"
    "1. Eligible devices\n"
    "Below-knee and above-knee prostheses, spinal orthoses and manual wheelchairs prescribed by a designated hospital "
    "are covered.\n"
    "2. Replacement\n"
    "A prosthesis may be replaced once every 5 years, and a manual wheelchair once every 7 years.\n"
    "3. Payment\n"
    "Within the price cap, the fund pays 65% for in-work employees, 75% for retirees and 55% for residents.\n"
    "4. Fitting centres\n"
    "A designated fitting centre must have a fitting room of at least 40 square metres and a certified prosthetist "
    "on duty during opening hours.\n"
)
SERIOUS = (
    "澄溪市医疗保障局关于城乡居民大病保险筹资标准的通知\n\n"
    "一、筹资标准。2026年我市城乡居民大病保险筹资标准为每人每年68元，从城乡居民基本医疗保险基金中划转。\n"
    "二、起付线\n"
    "（一）大病保险起付线为1.5万元。\n"
    "（二）特困人员、低保对象和返贫致贫人口的起付线降低50%，为7,500元。\n"
    "（三）防止返贫监测对象的起付线按省级规定执行。\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("devices"), {"penrith-vale-limbs.txt": LIMBS,
                                                                "chengxi-dabing.txt": SERIOUS})


@pytest.mark.slow
def test_a_prosthesis_after_an_amputation_is_answered_from_the_english_notice(notices):
    answer = ask(notices, "我爸截肢了要装假肢，他交的是城乡居民医保，医保能给报百分之几？")
    assert answer.found and "55% for residents" in answer.text, answer.text


@pytest.mark.slow
def test_how_large_an_area_is_not_a_large_area(notices):
    answer = ask(notices, "我们想开一家假肢装配中心申请医保定点，装配室最少要多大面积？")
    assert answer.found and "40 square metres" in answer.text, answer.text


@pytest.mark.slow
def test_a_wheelchair_is_the_notices_wheelchair(notices):
    answer = ask(notices, "我家老人用的是医保配的手推轮椅，多久能换一辆新的？")
    assert answer.found and "7 years" in answer.text, answer.text


@pytest.mark.slow
def test_per_person_is_no_subject_and_another_year_is_still_declined(notices):
    answer = ask(notices, "有人问2027年大病保险每个人的筹资标准是多少钱？")
    assert not answer.found and "每个人" not in answer.text and "2027" in answer.text, answer.text


def test_a_follow_up_about_someone_else_swaps_in_what_is_said_of_them():
    previous = "我在厂里上班，截肢了要装假肢，医保给报百分之几？"
    assert rewrite_followup("那我爸呢？他已经退休了。", [previous]) == "我退休，截肢了要装假肢，医保给报百分之几？"
    assert rewrite_followup("那我妈呢？她是居民医保。", ["我是职工医保，取卵能报百分之几？"]) == "我是居民医保，取卵能报百分之几？"


@pytest.mark.slow
def test_the_rewritten_follow_up_is_answered_for_retirees(notices):
    answer = ask(notices, "那我爸呢？他已经退休了。", history=["我在厂里上班，截肢了要装假肢，医保给报百分之几？"])
    assert answer.found and answer.rewritten and "退休" in answer.rewritten and "75% for retirees" in answer.text, answer.text


@pytest.mark.slow
def test_how_much_i_spend_before_it_starts_paying_is_the_deductible(notices):
    answer = ask(notices, "我妈今年住了两次院，自己还掏了不少，大病保险是自己花到多少钱以后才开始管？")
    assert answer.found and "1.5万元" in answer.text, answer.text


@pytest.mark.slow
def test_households_watched_against_poverty_are_not_those_fallen_into_it(notices):
    watched = ask(notices, "我弟家是防返贫监测户，他的大病保险起付线是多少？")
    assert not watched.found and "省级规定" in watched.text and "7,500" not in watched.text, watched.text
    fallen = ask(notices, "我家是返贫致贫人口，大病保险起付线是多少？")
    assert fallen.found and "7,500元" in fallen.text, fallen.text


def test_a_cap_asked_as_a_sum_is_not_given_by_a_ratio_and_an_area_by_square_metres():
    cap = Asked.of(analyse_question("After a huge hospital bill, what's the most the extra cover pays me in a year?"))
    assert figure_gate(cap, "The reimbursement ratio of hospitalization expenses reached about 80%.")
    assert not figure_gate(cap, "The fund pays at most 30,000 yuan per person per year.")
    as_share = Asked.of(analyse_question("What's the cap on out-of-policy costs as a share of the total bill?"))
    assert not figure_gate(as_share, "Out-of-policy costs may not exceed 10% of the total bill.")
    most = Asked.of(analyse_question("My dad lost his leg. What's the most the insurance will count for the new leg?"))
    assert figure_gate(most, "Residents who join within 3 months after the interruption enjoy benefits from the month of enrollment.")
    assert not figure_gate(most, "below-knee prosthesis, 12,000 yuan;")
    assert not figure_gate(Asked.of(analyse_question("What's the most days I can stay?")), "at most 90 days a year")
    area = Asked.of(analyse_question("装配室最少要多大面积？"))
    assert asked_unit("装配室最少要多大面积？") == "area"
    assert figure_gate(area, "spinal brace, 3,500 yuan;") and not figure_gate(area, "a fitting room of at least 40 square metres")
