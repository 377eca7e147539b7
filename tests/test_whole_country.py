"""A question about the whole country is not answered with one province's figure; a Chinese question whose
words the glossary translated is not answered by an English sentence holding none of them; 多少人 counts
people.

Two invented notices (written for these tests, unlike any in eval/), indexed with the real model.
"""
from __future__ import annotations

import pytest

from conftest import ask, indexed_notices
from qa.answering import Asked, counted_nouns, figure_gate, regions_of
from qa.retrieval import analyse_question

NATIONAL = (
    "National Medical Security Development Bulletin 2023\n\n"
    "By the end of 2023, basic medical insurance covered 1,334 million people nationwide, and the participation "
    "rate stayed above 95%.\n"
    "In 2020, centrally negotiated drugs reduced patients' burden by 50 billion yuan nationwide.\n"
    "The health literacy level of residents rose from 17.06% in 2018 to 29.70% in 2023.\n"
)
PROVINCE = (
    "Hunan Province Long-term Care Insurance Report 2023\n\n"
    "By the end of 2023, 3.2 million people in Hunan were enrolled in long-term care insurance.\n"
    "The long-term care insurance fund pays 70% of approved home care costs.\n"
)

# (a title naming the country: "China" is no one notice's name that other notices' sentences must carry)
HEALTHY_CHINA = "Healthy China Action Progress Notes\n\nThe share of people who exercise regularly reached 37.2% in 2023.\n"


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("country"), {"national-bulletin-2023.txt": NATIONAL,
                                                                "hunan-long-term-care-2023.txt": PROVINCE,
                                                                "healthy-china-notes-2023.txt": HEALTHY_CHINA,
                                                                # (the user's own term, as a corpus's glossary gives it)
                                                                "glossary.tsv": "健康素养\thealth literacy\n"})


def test_a_question_about_the_whole_country_is_told_apart():
    assert Asked.of(analyse_question("全国长期护理保险参保人数是多少？")).national
    assert Asked.of(analyse_question("How many people are enrolled in long-term care insurance nationwide?")).national
    assert not Asked.of(analyse_question("What do members pay for a Class B Chinese patent medicine?")).national
    # ... not when it names a place, or asks which province
    assert not Asked.of(analyse_question("湖南长期护理保险参保人数是多少？")).national
    assert not Asked.of(analyse_question("Which province has the most enrollees nationwide?")).national


def test_the_region_a_figure_is_for():
    assert regions_of("3.2 million people in Hunan were enrolled.", "") == ("Hunan",)
    assert regions_of("The fund pays 70% of approved costs.", "Hunan Province Long-term Care Report") == ("Hunan",)
    assert regions_of("Hunan ranks fifth in the country.", "") == ("Hunan",)  # (the sentence's own word decides)
    assert regions_of("The fund pays 70% of approved costs.", "National Medical Security Bulletin") == ()
    assert regions_of("全国参保率达95%，山东为97%", "") == ()  # (the country's and a province's: the other checks)
    # a region named by a word, not a name: the title's place, in the reader's language where it has one
    assert regions_of("The province's coverage reached 97%.", "Shandong and Healthy China news", chinese=True) == ("山东",)
    assert regions_of("全省覆盖率达97%。", "") == ("全省",)


def test_how_many_people_counts_people():
    assert counted_nouns(analyse_question("全国大病保险覆盖了多少人？"))
    # a share does not answer a count, and a scraped page's footnote marker "[3]" is no figure
    asked = Asked.of(analyse_question("How many people does critical illness insurance cover?"))
    assert figure_gate(asked, "It covers over 99% of low-income people, reaching 80% for employees [3]") == "number"
    assert figure_gate(asked, "It covers 1.2 billion people [3]") == ""


@pytest.mark.slow
def test_a_province_s_figure_is_no_answer_for_the_country(notices):
    ans = ask(notices, "全国长期护理保险参保人数是多少？")
    assert not ans.found, ans.text  # (the near miss shown may be Hunan's figure or the country's for another scheme)
    ans = ask(notices, "How many people are enrolled in long-term care insurance nationwide?")
    assert not ans.found and "whole country" in ans.text and "Hunan" in ans.text, ans.text
    # a sentence naming no place, in a notice whose title names the province, is the province's
    ans = ask(notices, "What share of home care costs does long-term care insurance pay nationwide?")
    assert not ans.found and "70%" in ans.text, ans.text


@pytest.mark.slow
def test_the_country_s_and_the_province_s_own_figures_are_answered(notices):
    ans = ask(notices, "湖南长期护理保险参保人数是多少？")
    assert ans.found and "3.2 million" in ans.text, ans.text
    ans = ask(notices, "How many people did basic medical insurance cover nationwide by the end of 2023?")
    assert ans.found and "1,334 million" in ans.text, ans.text
    ans = ask(notices, "How many people did basic medical insurance cover in China by the end of 2023?")
    assert ans.found and "1,334 million" in ans.text, ans.text


@pytest.mark.slow
def test_a_sentence_holding_none_of_the_translated_words_is_no_answer(notices):
    # 2020's sentence is about drug savings: the year matches, health literacy is not there
    ans = ask(notices, "2020年我国居民健康素养水平是多少？")
    assert not ans.found and "29.70%" in ans.text, ans.text  # (the near miss: the years the documents give)
    ans = ask(notices, "2023年我国居民健康素养水平是多少？")
    assert ans.found and "29.70%" in ans.text, ans.text
