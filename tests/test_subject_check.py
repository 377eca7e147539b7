"""The subject check: an answer must be about what was asked (the place, year, group of people, kind of
institution, type of care, drug), and a near miss says what the documents give instead, with found=False.

Two invented notices (an English one for a city, a Chinese one for another), indexed with the real model.
"""
from __future__ import annotations

import pytest

import qa
from conftest import indexed_notices
from qa.index import build_index
from qa.settings import Settings

HARBOURVALE = (
    "Harbourvale City Medical Security Bureau: notice on 2024 benefits.\n\n"
    "From 1 January 2024, hospital stays in Harbourvale City are reimbursed at 60% in tertiary hospitals, "
    "at 72% in secondary hospitals and at 88% in grassroots medical institutions, within the policy scope "
    "and after the deductible, for insured people of every scheme. "
    "The deductible for a hospital stay is 800 yuan per admission. "
    "Harbourvale City has 130 designated retail pharmacies. "
    "After centralized procurement, the price of insulin fell by 48% on average. "
    "In 2024 the individual contribution of urban and rural residents is 380 yuan per person per year.\n"
)
QINGCHUAN = (
    "青川市医疗保障局关于2024年住院待遇的通知\n\n"
    "一、青川市职工医保参保人员住院，政策范围内费用报销比例为85%。"
    "城乡居民医保参保人员住院，政策范围内费用报销比例为70%。\n"
    "二、门诊慢特病患者年度起付标准为300元。\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("subject"), {"harbourvale-2024.txt": HARBOURVALE, "qingchuan-2024.txt": QINGCHUAN})


def ask(settings, question, history=None):
    return qa.answer(question, history=history, corpus_dir=settings.corpus_dir, index_dir=settings.index_dir)


@pytest.mark.parametrize("question, figure", [
    ("What is the deductible for a hospital stay in Harbourvale City?", "800 yuan"),
    ("By how much did the price of insulin fall in Harbourvale City?", "48%"),
    ("青川市职工住院报销比例是多少？", "85%"),
    ("青川市城乡居民住院能报销多少比例？", "70%"),
    ("What is the inpatient reimbursement ratio for employees in Qingchuan City?", "85%"),
])
def test_the_subject_asked_is_answered(notices, question, figure):
    """The control: each subject the notices do cover is answered with its figure."""
    ans = ask(notices, question)
    assert ans.found and figure in ans.text, ans.text


@pytest.mark.parametrize("question, says", [
    # a group of people the notice does not give the figure for (it gives employees and residents)
    ("青川市退休人员住院报销比例是多少？", "职工"),
    ("What is the inpatient reimbursement ratio for retirees in Qingchuan City?", "employees"),
    # a kind of institution it does not name (it gives tertiary, secondary and grassroots)
    ("What is the inpatient reimbursement ratio at county-level hospitals in Harbourvale City?", "tertiary"),
    # a type of care: the deductible given is for hospital stays
    ("What is the deductible for outpatient care in Harbourvale City?", "inpatient"),
    # a year it does not cover
    ("What was the individual contribution of urban and rural residents in Harbourvale City in 2019?", "2024"),
])
def test_a_near_miss_says_what_the_documents_give_instead(notices, question, says):
    """Declined (found=False) with the near-miss sentence quoted and cited, naming what it is about instead."""
    ans = ask(notices, question)
    assert not ans.found, ans.text
    assert says in ans.text and ans.citations and "[1]" in ans.text, ans.text


def test_a_near_miss_is_told_in_the_question_language(notices):
    zh = ask(notices, "青川市退休人员住院报销比例是多少？")
    en = ask(notices, "What is the inpatient reimbursement ratio for retirees in Qingchuan City?")
    assert zh.text.startswith("文档没有给出退休人员") and en.text.startswith("The documents do not give this for retirees")


def test_another_city_is_not_answered_by_this_citys_notice(notices):
    """A city the documents never name, in either language: not answered from the notices of other cities."""
    for question in ("云岭市职工住院报销比例是多少？", "What is the deductible for a hospital stay in Ashford City?"):
        assert not ask(notices, question).found


def test_a_deductible_is_not_answered_by_another_institutions_or_a_count(notices):
    """Asked for the pharmacies' deductible: neither the hospital-stay deductible nor the count of
    pharmacies (130) is the answer."""
    ans = ask(notices, "What is the deductible at designated retail pharmacies in Harbourvale City?")
    assert not ans.found and "pharmacies" in ans.text.split(":")[0], ans.text


def test_a_drug_no_document_mentions_is_declined(notices):
    ans = ask(notices, "By how much did the price of asthma medicines fall in Harbourvale City?")
    assert not ans.found and "asthma" in ans.text


def test_a_follow_up_keeps_the_measure_and_changes_only_the_group(notices):
    first = "What is the inpatient reimbursement ratio for employees in Qingchuan City?"
    residents = ask(notices, "And for urban and rural residents?", history=[first])
    assert residents.rewritten and "residents" in residents.rewritten and "reimbursement ratio" in residents.rewritten
    assert residents.found and "70%" in residents.text
    retirees = ask(notices, "And for retirees?", history=[first])
    assert retirees.rewritten and "retirees" in retirees.rewritten
    assert not retirees.found  # no figure for retirees: said so, not another group's ratio
    zh = ask(notices, "那城乡居民呢？", history=["青川市职工住院报销比例是多少？"])
    assert zh.rewritten and "城乡居民" in zh.rewritten and zh.found and "70%" in zh.text


def test_a_follow_up_naming_the_level_otherwise_is_answered_from_its_clause(notices):
    """"Grade III" is how many English notices write 三级 (tertiary): the follow-up swaps the level and
    the answer leads with the tertiary hospitals' ratio."""
    ans = ask(notices, "And at a Grade III hospital?",
              history=["What is the inpatient reimbursement ratio at secondary hospitals in Harbourvale City?"])
    assert ans.rewritten and "Grade III" in ans.rewritten and "secondary" not in ans.rewritten
    assert ans.found and ans.text.lstrip("… ").startswith("hospital stays in Harbourvale City are reimbursed at 60%"), ans.text


def test_a_sentence_of_several_figures_leads_with_the_one_asked(notices):
    """Asked for secondary hospitals, the quote starts at the secondary-hospital clause, not at the tertiary one."""
    ans = ask(notices, "What is the inpatient reimbursement ratio at secondary hospitals in Harbourvale City?")
    assert ans.found and "72%" in ans.text
    assert "60%" not in ans.text.split("72%")[0], ans.text
    start, end = ans.highlights[0][0]
    assert "60%" in ans.citations[0].text[start:end]  # the whole sentence stays highlighted in the source


def test_two_documents_with_different_figures_for_the_same_subject_are_both_shown(tmp_path):
    """A 2021 report on coronary stents and a 2023 one on "heart stents and artificial joints" disagree
    (over 90% against over 80%): both appear, with their dates, though the later one words it otherwise."""
    import json

    from qa.embedding import Embedder

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "plan-2021.txt").write_text(
        "Procurement review.\n\nFor the first time, the state organized the purchase of high-value consumables, "
        "and the price of the selected coronary stent dropped by more than 90%.", encoding="utf-8")
    (corpus / "briefing-2023.txt").write_text(
        "Press briefing.\n\nIn the centralized procurement of 8 high-value medical consumables such as heart stents "
        "and artificial joints, prices dropped by over 80% on average.", encoding="utf-8")
    for stem, date in (("plan-2021", "2021-03"), ("briefing-2023", "2023-05")):
        (corpus / f"{stem}.meta.json").write_text(json.dumps({"title": stem, "date": date}), encoding="utf-8")
    settings = Settings.from_env(corpus_dir=corpus, index_dir=tmp_path / "index")
    build_index(settings, embedder=Embedder())
    ans = ask(settings, "By how much did the prices of coronary stents drop?")
    assert ans.found and "90%" in ans.text and "80%" in ans.text, ans.text
    assert any("2021-03" in n and "2023-05" in n for n in ans.notes)
