"""What the tenth hands-on round (eval/unseen10) showed, in general form: a deductible is no answer to a
question about a cap, nor a cap to one about a deductible; "what is the maximum reward" asks a figure, so a
sentence without one (a repealed notice's name) does not answer it; "from which day does it take effect" is
not answered by the day a count was taken ("As of 31 March"); a notice of one year gives no figure for a later
year its sentence does not name, while a notice issued in November for the next year does speak for that
year; a follow-up naming something no vocabulary knows ("那器官移植术后呢？", "And for insiders?") narrows the
earlier question rather than being asked bare; another document's sentence that shares only common words
("maximum", "residents") is not shown as a source that disagrees; "tier-2 internet hospitals" are
secondary hospitals. And from the same questions asked in the other language (eval/unseen10/translated.jsonl):
a fee for physicians is no fee for pharmacists; "what fee does X charge" asks a sum of money; "how much medicine can
one prescription cover" asks no reimbursement; "二级互联网医院" is a secondary hospital; an English question's "in
Jiangzhou" names a Chinese place no document gives.

Two invented notices (written for these tests, unlike any in eval/), indexed with the real model.
"""
from __future__ import annotations

import pytest

from conftest import ask, indexed_notices
from qa.answering import Asked, figure_gate, pinyin_places
from qa.followup import rewrite_followup
from qa.retrieval import analyse_question
from qa.slots import slots_in

LANYU = (
    "澜屿市医疗保障局关于调整门诊特殊病种待遇的通知\n\n"
    "澜医保发〔2025〕11号\n\n"
    "各区县医疗保障分局，各定点医疗机构：\n"
    "一、截至2025年10月31日，全市共有门诊特殊病种定点医院46家。\n"
    "二、门诊特殊病种费用年度起付线为600元，起付线以上部分由统筹基金按75%支付。\n"
    "三、门诊特殊病种年度最高支付限额为8万元；器官移植术后抗排异治疗的年度最高支付限额为12万元。"
    "外购药品单张处方金额最高不超过3000元。\n"
    "四、本通知自2026年1月1日起施行。2021年印发的《澜屿市门诊特殊病种管理暂行办法》（澜医保发〔2021〕5号）同时废止。\n"
)
ORRINFORD = (
    "Orrinford Health Insurance Fund\n"
    "Notice OHIF/2026/03 on Video Consultations\n"
    "Issued 2 March 2026\n\n"
    "1. Scope\n"
    "1.1 As of 28 February 2026, 17 hospitals offer video consultations to members.\n\n"
    "2. Payment\n"
    "2.1 For employees, the Fund pays 65% of video consultation fees at tier-3 internet hospitals, 70% at tier-2 "
    "internet hospitals and 80% at primary-level internet hospitals.\n"
    "2.2 Video consultation fees are subject to an annual cap of 1,200 yuan per member.\n"
    "2.3 The fee for one video consultation with a chief physician may not exceed 35 yuan.\n"
    "2.4 E-prescriptions from video consultations must be checked by a pharmacist; one e-prescription may cover "
    "up to 8 weeks of medicine for a chronic disease.\n\n"
    "3. Commencement\n"
    "3.1 This notice takes effect on 1 May 2026.\n"
    "3.2 The Fund will review the annual cap before the end of 2027.\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("measures"), {"lanyu-special-diseases-2025.txt": LANYU,
                                                                 "orrinford-video-consultations.txt": ORRINFORD})


def test_a_deductible_and_a_cap_are_told_apart():
    assert slots_in("Video consultation fees are subject to an annual cap of 1,200 yuan")["measure"] == {"cap"}
    assert slots_in("门诊特殊病种费用年度起付线为600元")["measure"] == {"deductible"}
    assert "measure" not in slots_in("The fee may not exceed 35 yuan.")  # most sentences name neither
    assert "secondary" in slots_in("70% at tier-2 internet hospitals")["institution"]
    assert "institution" not in slots_in("the tier-one plan covers dental care")


def test_the_most_of_anything_asks_a_figure():
    asked = Asked.of(analyse_question("What was the maximum annual payment under the 2021 interim measures?"))
    assert asked.wants_number
    repeal = "2021年印发的《澜屿市门诊特殊病种管理暂行办法》（澜医保发〔2021〕5号）同时废止。"
    assert figure_gate(asked, repeal) == "number"  # a year and a document number are no figures
    assert figure_gate(asked, "门诊特殊病种年度最高支付限额为8万元") == ""


def test_a_day_asked_is_not_the_day_a_count_was_taken():
    asked = Asked.of(analyse_question("这项通知从哪一天起施行？"))
    assert figure_gate(asked, "截至2025年10月31日，全市共有门诊特殊病种定点医院46家。") == "number"
    assert figure_gate(asked, "As of 28 February 2026, 17 hospitals offer video consultations.") == "number"
    assert figure_gate(asked, "本通知自2026年1月1日起施行。") == ""
    assert figure_gate(asked, "3.1 This notice takes effect on 1 May 2026.") == ""


@pytest.mark.parametrize("question, history, expected", [
    ("那器官移植术后抗排异治疗呢？", ["澜屿市门诊特殊病种年度最高支付限额是多少？"],
     "器官移植术后抗排异治疗，澜屿市门诊特殊病种年度最高支付限额是多少？"),
    ("And for insiders?", ["What is the highest reward per case?"], "What is the highest reward per case for insiders?"),
    # another measure takes the place of the one asked; a measure no vocabulary knows is a question of its own
    ("那起付线呢？", ["澜屿市门诊特殊病种年度最高支付限额是多少？"], "澜屿市门诊特殊病种年度起付线是多少？"),
    ("那报销比例呢？", ["澜屿市门诊特殊病种年度最高支付限额是多少？"], "那报销比例呢？"),
    ("And in Atlantis?", ["What is the highest reward per case?"], "And in Atlantis?"),  # an unknown place
])
def test_a_follow_up_naming_something_new_narrows_the_question(question, history, expected):
    assert rewrite_followup(question, history) == expected


@pytest.mark.slow
def test_a_deductible_asked_is_not_answered_with_a_cap(notices):
    ans = ask(notices, "器官移植术后抗排异治疗的年度起付线是多少？")
    assert not ans.found and "12万元" in ans.text and "起付线" in ans.text  # the near miss, shown as such
    twin = ask(notices, "器官移植术后抗排异治疗的年度最高支付限额是多少？")
    assert twin.found and "12万元" in twin.text
    en = ask(notices, "What deductible applies to video consultations at tier-3 internet hospitals?")
    assert not en.found


@pytest.mark.slow
def test_a_later_year_than_the_notice_speaks_for_is_a_near_miss(notices):
    later = ask(notices, "What is the annual cap on video consultation fees in 2027?")
    assert not later.found and "2027" in later.text and "1,200 yuan" in later.text
    # a notice issued in 2025 that takes effect on 1 January 2026 speaks for 2026
    next_year = ask(notices, "澜屿市2026年门诊特殊病种年度起付线是多少？")
    assert next_year.found and "600元" in next_year.text
    assert not ask(notices, "澜屿市2027年门诊特殊病种年度起付线是多少？").found


@pytest.mark.slow
def test_the_day_a_notice_takes_effect_across_languages(notices):
    ans = ask(notices, "Orrinford的视频问诊通知从哪一天起施行？")
    assert ans.found and "1 May 2026" in ans.text and "28 February" not in ans.text


@pytest.mark.slow
def test_a_follow_up_on_a_new_subject_is_answered_for_it(notices):
    ans = ask(notices, "那器官移植术后抗排异治疗呢？", history=["澜屿市门诊特殊病种年度最高支付限额是多少？"])
    assert ans.rewritten and ans.found and "12万元" in ans.text
    level = ask(notices, "And at tier-2 internet hospitals?",
                history=["What share of video consultation fees does the Fund pay employees at tier-3 internet hospitals?"])
    assert level.found and "70%" in level.text.split("[1]")[0] and "65%" not in level.text


@pytest.mark.slow
def test_common_words_across_languages_make_no_disagreement(notices):
    ans = ask(notices, "主任医师视频问诊每次诊查费最高不得超过多少元？")
    assert ans.found and "35 yuan" in ans.text
    assert not any("different figures" in n for n in ans.notes) and len(ans.citations) == 1


def test_who_provides_a_service_and_what_is_asked():
    assert slots_in("may not exceed 35 yuan when provided by a chief physician")["staff"] == {"physicians"}
    assert slots_in("药师审核处方")["staff"] == {"pharmacists"}
    assert "secondary" in slots_in("职工在二级互联网医院在线复诊")["institution"]
    assert Asked.of(analyse_question("What fee does a pharmacist charge for checking a prescription?")).wants_money
    assert not Asked.of(analyse_question("How much medicine can one e-prescription cover?")).reimbursed
    assert Asked.of(analyse_question("How much of the fee does the Fund cover?")).reimbursed
    assert pinyin_places("What is the cap in Jiangzhou?") == (("Jiangzhou",),)
    assert pinyin_places("What is the cap in Orrinford?") == pinyin_places("What is it in Chinese?") == ()


@pytest.mark.slow
def test_a_fee_for_physicians_is_no_fee_for_pharmacists(notices):
    ans = ask(notices, "What fee does a pharmacist charge for checking an e-prescription from a video consultation?")
    assert not ans.found  # (the closest: the 35 yuan for physicians, or the pharmacist sentence, which has no fee)
    chief = ask(notices, "What is the most a chief physician may charge for one video consultation?")
    assert chief.found and "35 yuan" in chief.text


@pytest.mark.slow
def test_how_much_medicine_is_no_question_of_reimbursement(notices):
    ans = ask(notices, "For a chronic disease, how much medicine can one e-prescription cover?")
    assert ans.found and "8 weeks" in ans.text


@pytest.mark.slow
def test_a_chinese_place_named_bare_in_english(notices):
    ans = ask(notices, "What is the annual deductible for outpatient special diseases in Jiangzhou?")
    assert not ans.found and "Jiangzhou" in ans.text
    assert ask(notices, "What is the annual deductible for outpatient special diseases in Lanyu?").found
