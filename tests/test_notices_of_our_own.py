"""Two notices of our own (eval/own42), each added beside the shipped articles as a user's upload is, and asked about
as a user asks: the failures of their first round on the page.

- A one-chunk Chinese notice the multilingual model ranks first for a question worded its own way (在家里自己打针 for the
  notice's 在家自行注射) falls to thirtieth once the cross-language shift lifts the English articles: the answer quotes
  none of it. Still so (xfail): keeping the model's own first choice first lost ten answers and declines elsewhere
  (README, "Tried and dropped").
- A form of a disease the notice never names (血管性血友病 beside its 甲型、乙型血友病) got the notice's ratios.
- From a second round of new questions: a Chinese question on the English notice's payment time ("路费", "到账").
- Dialysis, which the travel scheme does not cover, got its chemotherapy-and-radiotherapy eligibility sentence: a
  treatment jieba reads as a verb (透析) is a subject a sentence must carry, like a noun's.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ask, beside_articles
from qa.kinds import chinese_kinds
from qa.answering import _MEASURE_WORDS, names_a_treatment

OWN = Path(__file__).resolve().parent.parent / "eval" / "own42"


def test_a_form_of_a_disease_is_read_as_a_kind():
    assert [k.written for k in chinese_kinds("血管性血友病的病人在门诊用药能报多少比例？", _MEASURE_WORDS)] == ["血管性血友病"]
    # (whose illness is no form of it, nor is a disease named before another)
    assert chinese_kinds("孩子白血病化疗能报多少？", _MEASURE_WORDS) == []
    assert chinese_kinds("我爸肺癌住院报多少", _MEASURE_WORDS) == []


def test_a_treatment_read_as_a_verb_is_a_subject():
    assert names_a_treatment("透析", ["dialysis"]) and names_a_treatment("正畸", ["orthodontics"])
    assert not names_a_treatment("确诊", ["diagnosis"]) and not names_a_treatment("垫付", ["advance payment"])


@pytest.fixture(scope="module")
def haemophilia(policy_settings, tmp_path_factory):
    name = "chengling-xueyoubing-menzhen.txt"
    return beside_articles(policy_settings, tmp_path_factory.mktemp("haemophilia"), name, (OWN / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def travel(policy_settings, tmp_path_factory):
    name = "fallowmere-cancer-travel-costs.txt"
    return beside_articles(policy_settings, tmp_path_factory.mktemp("travel"), name, (OWN / name).read_text(encoding="utf-8"))


@pytest.mark.slow
def test_the_models_first_choice_is_kept_across_the_shift(haemophilia):
    # (a known limit until stop 46: the notice's 30日 clause is now reached through its own sentence, README "Retrieval")
    answer = ask(haemophilia, "培训过以后在家里自己打针，一次最多能领多少天的药？")
    assert answer.found and "30日" in answer.text.split("[1]")[0], answer.text
    assert answer.citations[0].source == "chengling-xueyoubing-menzhen.txt"


@pytest.mark.slow
def test_a_form_of_the_disease_the_notice_never_names_gets_no_figure(haemophilia):
    answer = ask(haemophilia, "血管性血友病的病人在门诊用药能报多少比例？")
    assert not answer.found and "血管性血友病" in answer.text and "85%" not in answer.text.split("下面")[0], answer.text
    # (the forms it names are answered)
    answer = ask(haemophilia, "我有甲型血友病，参加的是职工医保，在门诊打凝血因子医保能报多少？")
    assert answer.found and "85%" in answer.text, answer.text


@pytest.mark.slow
def test_a_treatment_the_scheme_does_not_cover_gets_no_figure(travel):
    answer = ask(travel, "How much does Fallowmere pay per kilometre for driving to dialysis sessions?")
    assert not answer.found and "dialysis" in answer.text.split(":")[0], answer.text
    answer = ask(travel, "I drive my own car to chemotherapy in Fallowmere. How much do they pay per kilometre?")
    assert answer.found and "24p" in answer.text, answer.text


@pytest.mark.slow
def test_a_chinese_question_on_the_english_notices_payment_time(travel):
    # (路费 is the dictionary's "travel expenses", which the notice writes "travel costs"; "We pay … within 15 working
    # days" is the office's time, in a notice "we" being its issuer; 到账 is the money arriving)
    answer = ask(travel, "Fallowmere报销路费的申请交上去以后，多少个工作日能到账？")
    assert answer.found and "15 working days" in answer.text, answer.text

