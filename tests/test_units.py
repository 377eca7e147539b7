"""Pure building blocks: chunking, sentences, tokens, glossary, fusion, places."""
from __future__ import annotations

import itertools
import random

import pytest

from qa.chunking import split_document, split_sentences
from qa.fusion import fuse_rankings
from qa.glossary import Glossary, load_glossary, parse_glossary
from qa.places import places_in
from qa.tokenization import tokenize


def test_chunks_respect_size_and_cover_the_text():
    """Chunks are at most chunk_size long, map back to the text, and cover every sentence."""
    text = " ".join(f"Sentence number {i} says the ratio is {i}%." for i in range(200))
    chunks = split_document(text, 300, 60)
    assert all(len(c.text) <= 300 for c in chunks)
    assert all(text[c.start:c.end] == c.text for c in chunks)
    joined = " ".join(c.text for c in chunks)
    assert all(f"ratio is {i}%." in joined for i in range(200))


def test_chinese_text_is_split_at_sentence_ends():
    """Chinese chunks end at 。！？； rather than mid-sentence."""
    text = "山东省门诊报销比例提高到65%。" * 40
    chunks = split_document(text, 100, 0)
    assert all(c.text.endswith("。") for c in chunks)


def test_bad_chunk_settings_are_refused():
    with pytest.raises(ValueError, match="chunk_size"):
        split_document("text", 100, 100)


def test_sentences_split_on_both_languages_and_bullets():
    text = "Rates rose to 65% [3] - The fund grew. 比例提高。第二句！Done"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Rates rose to 65% [3]", "The fund grew.", "比例提高。", "第二句！", "Done"]


def test_decimal_numbers_do_not_end_sentences():
    text = "Spending was 29,764.03 billion yuan. Next."
    assert [text[s:e] for s, e in split_sentences(text)] == ["Spending was 29,764.03 billion yuan.", "Next."]


def test_mixed_chinese_english_tokens():
    """Mixed text is cut into Chinese words and stemmed English words; numbers survive whole."""
    tokens = tokenize("DRG/DIP支付方式改革在2024年覆盖29,764.03亿元 reimbursements")
    assert "drg" in tokens and "dip" in tokens
    assert "2024" in tokens and "29,764.03" in tokens
    assert "reimburs" in tokens
    assert "支付" in tokens or "支付方式" in tokens
    assert "的" not in tokenize("医保的报销")


def test_glossary_expands_a_chinese_question_with_english_terms():
    """A Chinese question gains the English terms of the policy words it contains."""
    expansion = load_glossary().expand("四川有多少比例的医保事项实现了网上办理？")
    added = " ".join(expansion.added_terms).lower()
    assert "sichuan" in added
    assert "medical insurance" in added
    assert "online" in added


def test_glossary_longest_match_wins_and_unknown_words_pass_through():
    g = parse_glossary(["报销\treimbursement", "报销比例\treimbursement ratio|reimbursement rate", "# comment", ""])
    expansion = g.expand("针灸报销比例是多少")
    assert expansion.matches == (("报销比例", ("reimbursement ratio", "reimbursement rate")),)
    assert g.expand("完全无关的问题").matches == ()


def test_glossary_expands_english_with_chinese():
    g = Glossary()
    g.add("长期护理保险", ["long-term care insurance"])
    assert g.expand("Which provinces have Long-term care insurance?").added_terms == ["长期护理保险"]


def test_malformed_glossary_line_names_the_line():
    with pytest.raises(ValueError, match="line 2"):
        parse_glossary(["医保\tmedical insurance", "no tab here"], origin="mine.tsv")


def _brute_force_rrf(rankings, weights, k=60):
    items = set(itertools.chain.from_iterable(rankings))
    score = {i: sum(w / (k + r.index(i) + 1) for r, w in zip(rankings, weights) if i in r) for i in items}
    return sorted(score.items(), key=lambda kv: -kv[1])


@pytest.mark.parametrize("seed", range(20))
def test_fusion_matches_a_brute_force_oracle(seed):
    """Weighted RRF equals a direct computation of sum(w / (60 + rank)) on random rankings."""
    rng = random.Random(seed)
    rankings = [rng.sample(range(30), rng.randint(0, 15)) for _ in range(rng.randint(1, 3))]
    weights = [rng.choice([0.0, 0.5, 1.0, 2.0]) for _ in rankings]
    got = fuse_rankings(rankings, weights)
    want = _brute_force_rrf(rankings, weights)
    assert [round(s, 12) for _, s in got] == [round(s, 12) for _, s in want]
    assert {i for i, _ in got} == {i for i, _ in want}


def test_fusion_needs_one_weight_per_ranking():
    with pytest.raises(ValueError, match="one weight per ranking"):
        fuse_rankings([[1], [2]], [1.0])


def test_places_in_both_languages():
    assert places_in("那山东呢？") == [("山东", "Shandong")]
    assert places_in("Shanxi and Shaanxi") == [("Shanxi", "山西"), ("Shaanxi", "陕西")]
    assert places_in("tell us about it") == []
