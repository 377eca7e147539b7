"""Follow-up questions rewritten through the previous one: exact expectations, both languages."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa.evaluation import Question, format_summary, is_miss, load_questions, score_question, summarise
from qa.followup import orphan_followup, rewrite_followup, understood_question

REPO = Path(__file__).resolve().parent.parent

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


# ---------------------------------------------------------------- a new qualifier of what is measured

EMPLOYEE_EN = "What is the reimbursement ratio for hospitalization expenses under employee medical insurance?"
RESIDENTS_SHANDONG_EN = "What is the hospitalization reimbursement ratio for residents in Shandong?"


@pytest.mark.parametrize("question, history, expected", [
    # Type of care, in each language and across them (the word goes in the previous question's language).
    ("And for inpatient care?", [SHANDONG_EN],
     "What is the inpatient reimbursement ratio at grassroots medical institutions in Shandong?"),
    ("住院呢？", [SHANDONG_ZH], "山东基层医疗机构住院报销比例是多少？"),
    ("住院呢？", [SHANDONG_EN],
     "What is the inpatient reimbursement ratio at grassroots medical institutions in Shandong?"),
    ("And for inpatient care?", [SHANDONG_ZH], "山东基层医疗机构住院报销比例是多少？"),
    ("门诊呢？", ["What is the hospitalization reimbursement ratio at grassroots medical institutions in Shandong?"],
     SHANDONG_EN),
    # Level of care: the place of care as the follow-up names it, within a language.
    ("What about at tertiary hospitals?", [SHANDONG_EN],
     "What is the outpatient reimbursement ratio at tertiary hospitals in Shandong?"),
    ("那三级医院呢？", [SHANDONG_ZH], "山东三级医院门诊报销比例是多少？"),
    ("那三级医院呢？", [SHANDONG_EN],
     "What is the outpatient reimbursement ratio at tertiary medical institutions in Shandong?"),
    ("And at secondary hospitals?", [SHANDONG_ZH], "山东二级医疗机构门诊报销比例是多少？"),
    ("And at grassroots medical institutions?",
     ["What is the outpatient reimbursement ratio at tertiary hospitals in Shandong?"], SHANDONG_EN),
    # Group of people / scheme, the English word in the number of the one it replaces.
    ("And for urban employees?", [RESIDENTS_SHANDONG_EN],
     "What is the hospitalization reimbursement ratio for urban employees in Shandong?"),
    ("那职工医保呢？", ["山东居民医保住院报销比例是多少？"], "山东职工医保住院报销比例是多少？"),
    ("And for retirees?", [EMPLOYEE_EN],
     "What is the reimbursement ratio for hospitalization expenses under retiree medical insurance?"),
    ("那城乡居民呢？", [EMPLOYEE_EN],
     "What is the reimbursement ratio for hospitalization expenses under urban and rural resident medical insurance?"),
    ("And for flexible workers then?", ["职工医保住院费用报销比例是多少？"], "灵活就业人员医保住院费用报销比例是多少？"),
    # The previous question had no word of that kind: the qualifier is added where it reads naturally.
    ("And for inpatient care?", ["What is the reimbursement ratio in Shandong?"],
     "What is the reimbursement ratio in Shandong for inpatient care?"),
    ("住院呢？", ["职工医保报销比例是多少？"], "职工医保住院报销比例是多少？"),
    ("三级医院呢？", ["山东门诊报销比例是多少？"], "山东三级医院门诊报销比例是多少？"),
    ("What about at tertiary hospitals?", ["What is the outpatient reimbursement ratio in Shandong?"],
     "What is the outpatient reimbursement ratio in Shandong at tertiary hospitals?"),
    ("And for employees?", ["What is the hospitalization reimbursement ratio in Shandong?"],
     "What is the hospitalization reimbursement ratio in Shandong for employees?"),
    ("退休人员呢？", ["2023年山东住院报销比例是多少？"], "2023年山东退休人员住院报销比例是多少？"),
    # The vocabulary's spelling mid-sentence; "primary care" names a level, not a place of care to copy in.
    ("And for Urban Employees?", [RESIDENTS_SHANDONG_EN],
     "What is the hospitalization reimbursement ratio for urban employees in Shandong?"),
    ("What about primary care?", ["What is the outpatient reimbursement ratio at tertiary hospitals in Shandong?"],
     "What is the outpatient reimbursement ratio at primary hospitals in Shandong?"),
    ("那么对于三级医院来说呢？", [SHANDONG_ZH], "山东三级医院门诊报销比例是多少？"),
    # Any city's documents read the same: the vocabularies are general, not our five documents' phrases.
    ("And for inpatient care?", ["What is the outpatient reimbursement ratio at community hospitals in Hangzhou?"],
     "What is the inpatient reimbursement ratio at community hospitals in Hangzhou?"),
    ("二级医院呢？", ["武汉三级医院住院报销比例是多少？"], "武汉二级医院住院报销比例是多少？"),
])
def test_follow_up_naming_a_new_qualifier_keeps_the_measure(question, history, expected):
    """Only the level of care, the type of care or the people named change; the measure and the rest stay."""
    assert rewrite_followup(question, history) == expected


def test_qualifier_follow_ups_chain_with_place_follow_ups():
    """Each follow-up is read through the ones before it, as typed."""
    history = [SHANXI_EN, "And in Shandong?", "What about at tertiary hospitals?"]
    assert understood_question("住院呢？", history) == (
        "What is the inpatient reimbursement ratio at tertiary hospitals in Shandong?")


@pytest.mark.parametrize("question", [
    "What is the inpatient reimbursement ratio at tertiary hospitals?",  # a whole question
    "And for inpatient care at tertiary hospitals in Guangxi?",  # more than one thing: a question of its own
    "And tertiary care rates?",
    "住院报销比例是多少？",
    "住院和门诊呢？",
])
def test_longer_follow_up_is_a_question_of_its_own(question):
    assert rewrite_followup(question, [SHANDONG_EN]) == question


def test_a_qualifier_follow_up_with_nothing_to_follow_says_so():
    """After "Clear chat", "住院呢？" asks for the whole question, naming what was typed; a bare word is a search."""
    message = orphan_followup("住院呢？", [])
    assert message and "住院" in message and "上一个问题" in message
    assert "tertiary hospitals" in orphan_followup("What about at tertiary hospitals?", [])
    assert orphan_followup("inpatient care", []) is None


# ---------------------------------------------------------------- scoring conversations (qa eval)

def _conversation(**changes) -> dict:
    line = {"id": "c1", "lang": "en", "history": [SHANDONG_EN], "question": "And for hospitalization?",
            "rewritten": ["hospitalization", "Shandong"], "answers": ["85%"], "evidence": ["exceeding 85%"],
            "answerable": True}
    line.update(changes)
    return line


def test_conversation_lines_are_read_and_checked(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(_conversation()) + "\n", encoding="utf-8")
    q = load_questions(path)[0]
    assert q.history == (SHANDONG_EN,) and q.rewritten == ("hospitalization", "Shandong")
    for bad, message in (({"history": "one question"}, "'history' must be a list"),
                         ({"history": [], "rewritten": ["x"]}, "'rewritten' needs a 'history'")):
        path.write_text(json.dumps(_conversation(**bad)) + "\n", encoding="utf-8")
        with pytest.raises(ValueError, match=message):
            load_questions(path)


def test_conversation_is_correct_only_when_understood_and_answered_right():
    """rewritten: the question as understood holds every string; correct: that, and the answer (or abstention)."""
    def q(**changes):
        line = _conversation(**changes)
        return Question(line["id"], line["lang"], line["question"], tuple(line["answers"]), tuple(line["evidence"]),
                        line["answerable"], tuple(line["history"]), tuple(line["rewritten"]))

    rows = [
        score_question(q(), ["ratio exceeding 85%"], "... exceeding 85% [1]", True, ["exceeding 85%"],
                       asked="What is the HOSPITALIZATION reimbursement ratio in Shandong?"),  # right
        score_question(q(id="c2"), ["ratio exceeding 85%"], "... exceeding 85% [1]", True, ["exceeding 85%"],
                       asked="And for hospitalization?"),  # answer right, but not understood: not correct
        score_question(q(id="c3", lang="zh", answerable=False, answers=[], evidence=[]), [], "no", False, [],
                       asked="What is the hospitalization ratio in Shandong?"),  # declined, as it should: correct
        score_question(q(id="c4", lang="zh", answerable=False, answers=[], evidence=[]), [], "65% [1]", True, ["x"],
                       asked="What is the hospitalization ratio in Shandong?"),  # another measure given: wrong
    ]
    s = summarise(rows)
    assert s["rewritten:all"] == pytest.approx(3 / 4) and s["correct:all"] == pytest.approx(2 / 4)
    assert s["correct:en"] == pytest.approx(1 / 2) and s["correct:zh"] == pytest.approx(1 / 2)
    assert s["answer:en"] == 1.0  # the usual figures are unchanged
    assert [is_miss(r) for r in rows] == [False, True, False, True]
    table = format_summary(s, rows, 5)
    assert "rewritten" in table.splitlines()[0] and "correct" in table.splitlines()[0]
    plain = [score_question(Question("d1", "en", "Which?", ("x",), ("x",), True), ["x"], "x", True, ["x"])]
    assert "rewritten" not in format_summary(summarise(plain), plain, 5)  # files without history print as before


@pytest.mark.slow
def test_eval_answers_conversations_as_the_chat_does(policy_engine):
    """Two conversations of eval/followups.jsonl through the engine: understood, answered, declined."""
    from qa.evaluation import run_questions

    wanted = {"f01", "f06"}  # hospitalization after outpatient (85%); Tibet, which the documents never cover
    questions = [q for q in load_questions(REPO / "eval" / "followups.jsonl") if q.id in wanted]
    rows = {r.id: r for r in run_questions(policy_engine.retriever, questions, engine=policy_engine)}
    assert rows["f01"].rewritten_ok and rows["f01"].answer_hit and "85%" in rows["f01"].answer
    assert rows["f06"].rewritten_ok and not rows["f06"].found
    chat = policy_engine.answer(questions[0].question, history=list(questions[0].history))
    assert chat.rewritten == rows["f01"].asked
