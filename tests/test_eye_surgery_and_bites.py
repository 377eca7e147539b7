"""A Chinese notice on cataract surgery and an English notice on treatment after animal bites, added together beside the
shipped articles, asked about as the blind round eval/unseen30 asked (the notices here are our own, written for the
tests).

- An English question's rare word the glossary does not hold ("cataract") finds the Chinese notice through the
  dictionary (白内障), and a document that never names it, in either language, does not answer: the bite notice's
  share for minimum-living-allowance residents is no answer about a cataract operation.
- "extreme-poverty support" names the destitute, hyphen or not.
- A kind named by a one-character prefix (多焦点 against 单焦点) is a subject of its own, though 多 is a stopword and
  jieba cuts 单焦点 as 单 + 焦点: the single-focus lenses' caps are no answer about a multifocal one.
- A case paid at one bundled sum (打包, 每例, "per case") is a measure of its own: a deductible is no answer to it.
- 几针 asks a count of doses, so a price per dose is no answer.
- Follow-ups: "And for someone who's still working and on the employee scheme?" swaps the group the earlier question
  names by its scheme ("the residents' scheme"); 那马破伤风抗毒素呢？ takes the place of the thing it shares a part with
  (破伤风免疫球蛋白), instead of being put in front of the earlier question.
"""
from __future__ import annotations

import shutil

import pytest

from conftest import ask, beside_articles
from qa.answering import Asked
from qa.followup import rewrite_followup
from qa.retrieval import analyse_question
from qa.slots import slots_in

ZH = (
    "汀溪市医疗保障局关于白内障手术医保支付有关事项的通知\n"
    "汀医保发〔2026〕31号\n\n"
    "一、支付范围\n"
    "参保人员在定点医疗机构接受白内障超声乳化手术的，手术费、材料费和术后复查费用纳入基金支付范围。\n\n"
    "二、基金支付比例\n"
    "（一）起付标准以上的费用，职工医保在职职工基金支付比例为82%，退休人员为88%；居民医保为65%。\n"
    "（二）居民医保参保的低保对象基金支付比例提高到85%，特困人员提高到92%。\n\n"
    "三、人工晶体\n"
    "单焦点人工晶体每枚医保支付上限为职工医保1,800元、居民医保1,300元。\n\n"
    "四、日间手术\n"
    "（一）日间手术起付标准按本市一级医疗机构住院起付标准执行，职工医保250元，居民医保150元。\n"
    "（二）手术费、麻醉费和耗材费实行按病种打包付费，三级定点医疗机构每例3,200元，二级定点医疗机构每例2,900元。\n"
    "（三）一级及以下医疗机构的打包付费标准另行规定。\n\n"
    "五、人工晶体限价\n"
    "定点医疗机构收取的人工晶体费用不得超过以下限价：\n"
    "（一）单焦点球面人工晶体，每枚限价1,100元；\n"
    "（二）单焦点非球面人工晶体，每枚限价2,600元；\n"
    "（三）多焦点人工晶体的限价另行规定。\n"
)
EN = (
    "Notice of the Brambleford Healthcare Security Bureau on Cover for Treatment after Animal Bites\n\n"
    "1. Vaccine and antitoxin\n"
    "The fund pays up to 90 yuan per dose of rabies vaccine. Human tetanus immunoglobulin is paid at up to 110 yuan per "
    "dose, and equine tetanus antitoxin at up to 20 yuan per dose.\n\n"
    "2. Fund shares\n"
    "Within the payment standards, the fund pays 78% for employees in work, 83% for retirees and 62% for residents. "
    "For residents who receive the minimum living allowance, the fund pays 72%.\n\n"
    "3. Annual caps\n"
    "The annual cap on fund payments for bite treatment is 2,500 yuan for employees and 1,600 yuan for residents. "
    "The annual cap for persons in extreme poverty is set by the medical assistance rules.\n\n"
    "4. Medical assistance\n"
    "After the basic medical insurance has paid, medical assistance pays 55% of the remaining self-paid amount for "
    "residents who receive the minimum living allowance. Residents on the resident scheme apply to the township office "
    "with their minimum living allowance certificate; the fund pays the scheme's share first.\n\n"
    "5. Waiting period\n"
    "Members of the resident scheme must have been insured for at least 30 days before the bite; residents who receive "
    "the minimum living allowance and newborns insured within 90 days of birth are exempt from this waiting period. "
    "The fund pays nothing for a bite during the waiting period of a resident scheme member.\n\n"
    "6. Claims\n"
    "Residents and employees who could not settle directly may claim within 60 days of the bite. The fund pays the "
    "insurance share within 15 working days of a complete claim, and the resident scheme member's operation or wound "
    "care bills must be attached.\n"
)


def test_extreme_poverty_names_the_destitute_hyphen_or_not():
    assert slots_in("My dad gets extreme-poverty support. What's his yearly cap?")["group"] == {"destitute"}
    assert slots_in("persons in extreme poverty")["group"] == {"destitute"}


def test_how_many_doses_asks_a_count():
    assert Asked.of(analyse_question("又被狗咬了，这次医保能给报几针？")).counts
    assert not Asked.of(analyse_question("狂犬疫苗一针按多少钱算？")).counts


def test_follow_ups_swap_the_group_by_its_scheme_and_the_thing_sharing_a_part():
    earlier = "My dad is on the residents' scheme and was bitten by a dog. What share of the treatment does the fund pay?"
    assert rewrite_followup("And for someone who's still working and on the employee scheme?", [earlier]) \
        == "My dad is on the employee scheme and was bitten by a dog. What share of the treatment does the fund pay?"
    assert rewrite_followup("那马破伤风抗毒素呢？", ["脚被铁钉扎了，医生说要打破伤风免疫球蛋白，医保一针按多少钱算？"]) \
        == "脚被铁钉扎了，医生说要打马破伤风抗毒素，医保一针按多少钱算？"
    # (and where the earlier question opens with it, up to the words the dictionary does not read as a thing: 报)
    assert rewrite_followup("那马破伤风抗毒素呢？", ["破伤风免疫球蛋白报多少？"]) == "马破伤风抗毒素报多少？"


def test_a_prefix_names_a_kind_of_its_own():
    from qa.answering import prefixed_kind

    assert prefixed_kind("多焦点的晶体最多能收多少钱？", "（一）单焦点球面人工晶体，每枚限价1,100元；", [], None) == ("多焦点", None)
    # (twins are among the multiple births a sentence gives a figure for; 最多 and 多少 name no kind)
    assert prefixed_kind("生了双胞胎，产假多几天？", "生育多胞胎的，每多生育1个婴儿，增加15天。", [], None) is None
    assert prefixed_kind("最多能报多少钱？", "每人每年最多报销5000元。", [], None) is None


@pytest.fixture(scope="module")
def both(policy_settings, tmp_path_factory):
    from qa.embedding import Embedder
    from qa.index import build_index

    settings = beside_articles(policy_settings, tmp_path_factory.mktemp("eyes"), "tingxi-baineizhang.txt", ZH)
    (settings.corpus_dir / "brambleford-animal-bites.txt").write_text(EN, encoding="utf-8")
    build_index(settings, embedder=Embedder.from_settings(settings))
    yield settings
    shutil.rmtree(settings.corpus_dir.parent, ignore_errors=True)


CATARACT = ("My aunt gets dibao, the minimum living allowance, and she's on the residents' scheme. "
            "What share of her cataract operation does the insurance fund pay?")


@pytest.mark.slow
def test_a_cataract_question_in_english_finds_the_chinese_notice_first(both):
    # (the bite notice shares "residents", "scheme", "minimum living allowance" and "the fund pays" with the question;
    # only the Chinese notice names the cataract, as 白内障)
    from qa.api import get_engine

    passages = get_engine(both).retrieve_many([CATARACT], k=5)[0]
    assert passages[0].source == "tingxi-baineizhang.txt", [p.source for p in passages]


@pytest.mark.slow
def test_a_cataract_question_in_english_is_answered_by_the_chinese_notice(both):
    answer = ask(both, CATARACT)
    assert answer.found and "85%" in answer.text.split("[1]")[0], answer.text
    assert "72%" not in answer.text, answer.text


@pytest.mark.slow
def test_a_bundled_sum_is_not_answered_by_the_deductible(both):
    # (the deductible's sentence names 一级 and 日间手术; the bundled sums are for 二级 and 三级; 一级's is set elsewhere)
    answer = ask(both, "我们是乡镇卫生院，一级的，白内障日间手术一例打包按多少钱结？")
    assert not answer.found and "另行规定" in answer.text, answer.text
    assert "150元" not in answer.text.split("[1]")[0], answer.text
    answer = ask(both, "我们是二级医院，白内障日间手术一例打包按多少钱结？")
    assert answer.found and "2,900元" in answer.text.split("[1]")[0], answer.text


@pytest.mark.slow
def test_a_multifocal_lens_is_not_answered_with_the_single_focus_caps(both):
    answer = ask(both, "我妈想装那种多焦点的晶体，看远看近都清楚的，医院一个最多能收多少钱？")
    assert not answer.found and "另行规定" in answer.text, answer.text
    answer = ask(both, "我妈装单焦点非球面的晶体，医院一个最多能收多少钱？")
    assert answer.found and "2,600元" in answer.text.split("[1]")[0], answer.text


@pytest.mark.slow
def test_the_destitute_cap_left_to_other_rules_is_declined(both):
    answer = ask(both, "My dad gets extreme-poverty support and is on the resident scheme. "
                       "What's his yearly cap for dog-bite treatment?")
    assert not answer.found and "medical assistance rules" in answer.text.split("[1]")[0], answer.text


@pytest.mark.slow
def test_follow_ups_answer_the_swapped_group_and_product(both):
    earlier = "My dad is on the residents' scheme and was bitten by a dog. What share of the treatment does the fund pay?"
    answer = ask(both, "And for someone who's still working and on the employee scheme?", history=[earlier])
    assert answer.found and "78%" in answer.text.split("[1]")[0], answer.text
    earlier = "脚被铁钉扎了，医生说要打破伤风免疫球蛋白，医保一针按多少钱算？"
    answer = ask(both, "那马破伤风抗毒素呢？", history=[earlier])
    assert answer.found and "20 yuan" in answer.text.split("[1]")[0], answer.text
