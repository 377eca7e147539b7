"""The eval metrics (score.py's definitions), question-file errors, and the external bench's pooling."""
from __future__ import annotations

import argparse
import json
import re
from dataclasses import replace

import pytest

from qa.tools import benchmarks
from qa.tools.bench_sets import (BenchItem, BenchPassage, answer_matches, default_limit, gold_rank, load_bench_items,
                                 pair_items, pool_passages, score_external, summarise_external)
from qa.evaluation import (Question, Row, differences, is_concise, load_questions, score_question, summarise)
from qa.records import Answer, Passage

# ---------------------------------------------------------------- the metric functions

Q1 = Question("q1", "en", "Which province covers all counties?", ("Sichuan",), ("Sichuan covers all counties",), True)
Q2 = Question("q2", "en", "Average decrease?", ("50%",), ("average decrease of 50%",), True)
Q3 = Question("q3", "zh", "死亡人数？", ("12人",), ("造成12人死亡",), True)
Q4 = Question("q4", "zh", "报销比例？", ("70%",), ("报销比例为70%",), True)
U1 = Question("u1", "en", "US Medicare card?", (), (), False)
U2 = Question("u2", "zh", "2030年目录？", (), (), False)


def fixture_rows() -> list[Row]:
    """Six questions whose expected metrics are worked out by hand in the tests below."""
    return [
        # rank 2 only once case and white space are folded; answered, cited
        score_question(Q1, ["nothing here", "SICHUAN  covers all\ncounties, it says"],
                       "Sichuan covers all counties. [1]", True, ["Sichuan covers all  counties."], 10.0, 20.0),
        # evidence not retrieved; the answer holds "50%" but is 501 characters without markers: wrong
        score_question(Q2, ["a", "b"], "x" * 497 + " 50% [1]", True, ["no evidence"], 30.0, 40.0),
        # 490 + 7 = 497 characters once "[1][2][3]" are removed: counts, though the raw text is over 500
        score_question(Q3, ["……造成12人死亡、14人受伤。"], "甲" * 490 + "造成12人死亡 [1][2][3]", True,
                       ["造成12人死亡"], 50.0, 60.0),
        # evidence at rank 3, but not found: no answer, not cited, not answered
        score_question(Q4, ["x", "y", "报销比例为70%。"], "报销比例为70%", False, [], 70.0, 80.0),
        score_question(U1, ["z"], "The documents do not answer this question.", False, [], 90.0, 100.0),
        score_question(U2, ["z"], "某个答案 [1]", True, ["z"], 110.0, 120.0),
    ]


def test_summary_overall_has_score_py_numbers():
    """recall, mrr, answer (500-char rule), cited, answered and abstain over all questions."""
    s = summarise(fixture_rows(), k=5)
    assert s["recall@5:all"] == pytest.approx(3 / 4)
    assert s["mrr@5:all"] == pytest.approx((1 / 2 + 0 + 1 + 1 / 3) / 4)
    assert s["answer:all"] == pytest.approx(2 / 4)
    assert s["cited:all"] == pytest.approx(2 / 4)
    assert s["answered:all"] == pytest.approx(3 / 4)
    assert s["abstain:all"] == pytest.approx(1 / 2)
    assert s["questions"] == 6
    assert s["retrieve_ms_median"] == pytest.approx(60.0)  # median of 10, 30, ..., 110
    assert s["answer_ms_median"] == pytest.approx(70.0)


def test_summary_per_language():
    """Each language group is scored on its own questions only."""
    s = summarise(fixture_rows(), k=5)
    assert (s["recall@5:en"], s["mrr@5:en"], s["answer:en"], s["cited:en"], s["answered:en"]) == \
        pytest.approx((0.5, 0.25, 0.5, 0.5, 1.0))
    assert (s["recall@5:zh"], s["mrr@5:zh"], s["answer:zh"], s["cited:zh"], s["answered:zh"]) == \
        pytest.approx((1.0, (1 + 1 / 3) / 2, 0.5, 0.5, 0.5))
    assert s["abstain:en"] == 1.0
    assert s["abstain:zh"] == 0.0


def test_group_without_unanswerable_questions_has_no_abstain():
    """A metric with no question to apply to is absent, as in score.py, not 0."""
    s = summarise(fixture_rows()[:4], k=5)
    assert "abstain:all" not in s and "abstain:en" not in s
    assert s["recall@5:all"] == pytest.approx(3 / 4)


def test_passages_beyond_k_do_not_count():
    """recall@k looks at the first k passages only."""
    assert score_question(Q1, ["x", "Sichuan covers all counties"], "", False, [], k=1).rank == 0
    assert score_question(Q1, ["x", "Sichuan covers all counties"], "", False, [], k=2).rank == 2


def test_concise_rule_ignores_markers_only():
    """500 characters is the limit once [n] markers are removed; other brackets count."""
    assert is_concise("a" * 500 + " [1][2]")
    assert not is_concise("a" * 501)
    assert not is_concise("a" * 499 + " [x]")


def test_differences_name_what_ours_loses():
    """A question a baseline gets right and ours does not is listed; agreement is not."""
    rows = fixture_rows()
    better = [replace(r, rank=1, answer_hit=True) if r.id == "q2" else r for r in rows]
    lines = differences({"dense": better, "bm25": rows, "ours": rows})
    assert [line.split("[")[0].strip() for line in lines] == ["q2 (en) ours loses to dense"]


# ---------------------------------------------------------------- question files


def write(tmp_path, lines, name="q.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD = json.dumps({"id": "d1", "lang": "en", "question": "Q?", "answers": ["a"], "evidence": ["e"],
                   "answerable": True})


def test_load_questions_reads_good_lines_and_skips_blank_ones(tmp_path):
    path = write(tmp_path, [GOOD, "", json.dumps({"id": "u1", "lang": "zh", "question": "问？", "answers": [],
                                                   "evidence": [], "answerable": False})])
    qs = load_questions(path)
    assert [(q.id, q.lang, q.answerable, q.answers) for q in qs] == [("d1", "en", True, ("a",)),
                                                                      ("u1", "zh", False, ())]


def test_load_questions_names_the_line_of_bad_json(tmp_path):
    path = write(tmp_path, [GOOD, '{"id": "d2", "lang": '])
    with pytest.raises(ValueError, match=r"line 2: not valid JSON"):
        load_questions(path)


def test_load_questions_names_missing_fields(tmp_path):
    path = write(tmp_path, [json.dumps({"id": "d1", "lang": "en", "question": "Q?", "answerable": True})])
    with pytest.raises(ValueError, match=r"line 1: missing field\(s\) answers, evidence"):
        load_questions(path)


@pytest.mark.parametrize("change, message", [
    ({"answerable": "yes"}, "'answerable' must be true or false"),
    ({"answers": "a"}, "'answers' must be a list of strings"),
    ({"evidence": []}, "an answerable question needs at least one 'evidence'"),
    ({"question": "  "}, "'question' must be a non-empty string"),
])
def test_load_questions_rejects_bad_values(tmp_path, change, message):
    path = write(tmp_path, [json.dumps({**json.loads(GOOD), **change})])
    with pytest.raises(ValueError, match=f"line 1: {message}"):
        load_questions(path)


def test_load_questions_rejects_duplicate_ids_and_empty_files(tmp_path):
    with pytest.raises(ValueError, match="line 2: id 'd1' appears twice"):
        load_questions(write(tmp_path, [GOOD, GOOD]))
    with pytest.raises(ValueError, match="holds no questions"):
        load_questions(write(tmp_path, [""], "empty.jsonl"))


# ---------------------------------------------------------------- external bench: pooling and gold


def item(id_, question, answers, passages, mode="any"):
    return {"id": id_, "question": question, "answers": answers, "answer_mode": mode,
            "passages": [{"id": f"{id_}:p{i}", "text": t, "gold": g} for i, (t, g) in enumerate(passages)]}


THREE = [
    item("a", "Where was Super Bowl 50 played?", ["Levi's Stadium"],
         [("Super Bowl 50 was played at Levi's Stadium.", True), ("Denver won the game.", False)]),
    item("b", "Which team won the game?", ["Denver"],
         [("Denver won the game.", True), ("The halftime show starred Coldplay.", False),
          ("Denver won the game.", True)], mode="all"),
    item("c", "Who headlined the halftime show?", ["Coldplay"],
         [("The halftime show starred Coldplay.", True), ("Super Bowl 50 was played at Levi's Stadium.", False)]),
]


def test_pool_keeps_one_file_per_text_and_each_items_gold(tmp_path):
    """Texts shared across items (and repeated in one) become one file; gold follows the text."""
    path = write(tmp_path, [json.dumps(x) for x in THREE], "three.jsonl")
    pool = pool_passages(load_bench_items(path))
    assert pool.files == {"p00000.txt": "Super Bowl 50 was played at Levi's Stadium.",
                          "p00001.txt": "Denver won the game.",
                          "p00002.txt": "The halftime show starred Coldplay."}
    assert pool.gold == [frozenset({"p00000.txt"}), frozenset({"p00001.txt"}), frozenset({"p00002.txt"})]
    assert pool.answer_modes == ["any", "all", "any"]


def test_passages_from_a_parallel_file_take_its_gold_and_answers(tmp_path):
    """Cross-lingual: questions of one file, passages, gold and answers of the item with the same id."""
    zh = [item(x["id"], "问题" + x["id"], ["答案"], [("中文段落" + x["id"], True)]) for x in THREE]
    questions = load_bench_items(write(tmp_path, [json.dumps(x) for x in zh], "zh.jsonl"))
    english = load_bench_items(write(tmp_path, [json.dumps(x) for x in reversed(THREE)], "en.jsonl"))
    paired = pair_items(questions, english)
    assert [p.id for p in paired] == ["a", "b", "c"]
    pool = pool_passages(paired)
    assert "中文段落a" not in pool.files.values()
    assert pool.answers[0] == ("Levi's Stadium",)
    with pytest.raises(ValueError, match="no item with id 'a'"):
        pair_items(questions, english[:2])


def test_default_limit_keeps_the_pool_under_the_cap():
    items = [BenchItem(str(i), "q", ("a",), "any", (BenchPassage("p", f"text {i}", True),
                                                  BenchPassage("n", f"noise {i}", False))) for i in range(5)]
    assert default_limit(items, max_pool=4) == 2
    assert default_limit(items, max_pool=100) == 5
    assert default_limit(items, max_pool=1) == 1  # never zero questions


def test_answer_modes_and_gold_rank():
    assert answer_matches("The DENVER  Broncos won", ["denver", "broncos"], "all")
    assert not answer_matches("Denver won", ["Denver", "Broncos"], "all")
    assert answer_matches("Denver won", ["Denver", "Broncos"], "any")
    assert gold_rank(["p1.txt", "p0.txt"], frozenset({"p0.txt"})) == 2
    assert gold_rank(["p1.txt"], frozenset({"p0.txt"})) == 0


def test_score_external_uses_sources_for_recall_and_citations():
    def passage(source):
        return Passage(text="t", source=source, title=source, score=1.0, start=0, end=1)

    ans = Answer(text="Denver Broncos [1]", found=True, citations=[passage("p1.txt")])
    row = score_external([passage("p0.txt"), passage("p1.txt")], ans, frozenset({"p1.txt"}),
                         ("Denver", "Broncos"), "all")
    assert row == {"rank": 2, "found": True, "answer_hit": True, "cited": True}
    long = Answer(text="Denver Broncos " + "x" * 500, found=True, citations=[])
    assert score_external([], long, frozenset({"p1.txt"}), ("Denver",), "any")["answer_hit"] is False
    s = summarise_external([row, {"rank": 0, "found": False, "answer_hit": False, "cited": False}])
    assert s == {"recall": 0.5, "mrr": 0.25, "answer": 0.5, "cited": 0.5, "answered": 0.5}


def test_load_bench_items_names_bad_lines(tmp_path):
    no_gold = item("x", "q", ["a"], [("text", False)])
    with pytest.raises(ValueError, match="line 2: item x has no gold passage"):
        load_bench_items(write(tmp_path, [json.dumps(THREE[0]), json.dumps(no_gold)]))
    with pytest.raises(ValueError, match="line 1: not valid JSON"):
        load_bench_items(write(tmp_path, ["{oops"], "bad.jsonl"))


@pytest.mark.slow
def test_external_bench_end_to_end_with_the_real_model(tmp_path, monkeypatch, capsys):
    """Three items, the bundled model, k=1: every retriever finds each gold passage first."""
    from qa.settings import Settings

    monkeypatch.setattr(benchmarks, "CACHE_DIR", tmp_path / "cache")
    path = write(tmp_path, [json.dumps(x) for x in THREE], "three.jsonl")
    settings = Settings(corpus_dir=tmp_path / "unused", index_dir=tmp_path / "unused-index")
    args = argparse.Namespace(external=str(path), passages_from=None, limit=0, k=1)
    assert benchmarks.main_bench(args, settings) == 0
    out = capsys.readouterr().out
    assert "3 passages -> 3 chunks" in out
    recall = re.search(r"^recall@1 +([\d.]+) +([\d.]+) +([\d.]+)$", out, re.M)
    assert recall and recall.group(3) == "1.000", out  # columns: dense, bm25, ours
    assert benchmarks.main_bench(args, settings) == 0  # the second run reuses the cached index
    assert "cached" in capsys.readouterr().out
