"""English questions about a Chinese notice a user adds beside the shipped English articles.

The reader's words meet the notice's ("self-employed" its 灵活就业人员, "supplement" its 补助); a follow-up naming
another device by its acronym swaps the earlier one ("And for the BiPAP?"). The first item under a heading tells the care the ratios below it are for ("（一）…普通门诊费用…按比例支付。
（二）…退休人员…60%"), and "the most it will pay in a year" is answered by the cap.
The fixture is a notice of our own, added to a copy of the shipped corpus and its index."""
from __future__ import annotations

import pytest

from conftest import ask, beside_articles
from qa.ages import asked_age
from qa.answering import asked_slots
from qa.followup import rewrite_followup
from qa.retrieval import analyse_question

NOTICE = (
    "泠溪市医疗保障局 泠溪市财政局关于完善职工基本医疗保险门诊共济保障的通知\n"
    "泠医保发〔2026〕58号\n\n"
    "各区县医疗保障局、财政局，各参保单位，各定点医疗机构：\n"
    "为减轻参保职工门诊医疗费用负担，建立健全门诊共济保障机制，经市人民政府同意，现就有关事项通知如下。\n\n"
    "一、个人账户计入办法\n"
    "（一）在职职工个人缴纳的基本医疗保险费全部计入本人个人账户，用人单位缴纳的基本医疗保险费全部计入统筹基金。\n"
    "（二）退休人员个人账户由统筹基金按月定额划入，划入标准为每人每月95元。\n"
    "（三）灵活就业人员按每人每年3600元缴纳职工基本医疗保险费，其中每年计入个人账户360元。\n"
    "（四）个人账户可用于支付本人及其配偶、父母、子女在定点医疗机构就医和在定点零售药店购药的个人负担费用。\n\n"
    "二、普通门诊统筹待遇\n"
    "（一）参保人员在定点医疗机构发生的政策范围内普通门诊费用，超过年度起付标准的部分，由统筹基金按比例支付。\n"
    "（二）支付比例按定点医疗机构级别确定：在职职工在一级及以下定点医疗机构为70%，在二级定点医疗机构为60%，"
    "在三级定点医疗机构为50%；退休人员在一级及以下定点医疗机构为80%，在二级定点医疗机构为70%，在三级定点医疗机构为60%。\n"
    "（三）年度起付标准为在职职工800元、退休人员600元。\n"
    "（四）普通门诊统筹年度最高支付限额为在职职工4000元、退休人员5000元。\n"
    "（五）经家庭医生签约并在签约机构首诊的，支付比例提高5个百分点。\n"
    "（六）取得定点资格的民营医疗机构发生的普通门诊费用，支付比例另行规定。在本市高等院校就读的大学生的普通门诊待遇，按现行规定执行。\n\n"
    "三、定点零售药店\n"
    "（一）参保人员凭定点医疗机构外配处方在定点零售药店购药的，按开具处方的定点医疗机构级别支付。\n"
    "（二）定点零售药店应在每月15日前申报上月门诊统筹结算费用，医保经办机构在受理后25个工作日内拨付。\n\n"
    "四、经办服务\n"
    "（一）参保人员因特殊情况全额垫付门诊费用的，应在就诊之日起6个月内向参保地医保经办机构申请零星报销。\n"
    "（二）医保经办机构应在受理之日起15个工作日内完成审核，审核通过后7个工作日内将费用支付到本人社会保障卡。\n\n"
    "五、监督管理\n"
    "（一）医保部门每季度对定点医疗机构门诊统筹费用开展抽查，抽查比例不低于5%。\n"
    "（二）定点医疗机构以虚构诊疗、串换药品等方式骗取门诊统筹基金的，责令退回，并处骗取金额2倍以上5倍以下罚款。\n\n"
    "六、实施时间\n"
    "本通知自2027年1月1日起施行，有效期5年。此前规定与本通知不一致的，以本通知为准。\n"
)


@pytest.fixture(scope="module")
def with_notice(policy_settings, tmp_path_factory):
    return beside_articles(policy_settings, tmp_path_factory.mktemp("english-over-chinese"), "lingxi-outpatient-pooling.txt", NOTICE)


def test_a_readers_words_meet_the_notices():
    # "self-employed" and "freelancer" are the notices' 灵活就业人员; "supplement" their 补助
    assert "灵活就业人员" in analyse_question("I'm self-employed. How much do I pay a year?").added_tokens
    assert "补助" in analyse_question("What does the large medical expense supplement pay?").added_tokens
    # "the most the … supplement will pay out" asks the cap, however many words name the payer
    assert asked_slots("What's the most the large medical expense supplement will pay out in a year?")["measure"] == {"cap"}


def test_a_follow_up_naming_another_acronym_swaps_the_earlier_one():
    assert rewrite_followup("And for the BiPAP?", ["My dad rents a CPAP at home. What monthly rent does insurance go by?"]) \
        == "My dad rents a BiPAP at home. What monthly rent does insurance go by?"


def test_a_follow_up_going_to_another_place_of_care_swaps_the_earlier_one():
    assert rewrite_followup("那要是去二级医院呢？", ["我在乡镇卫生院看门诊，每次得先自己出多少钱才开始报？"]) \
        == "我在二级医院看门诊，每次得先自己出多少钱才开始报？"
    assert rewrite_followup("那去社区医院呢？", ["我在三级医院看门诊，报销比例是多少？"]) == "我在社区医院看门诊，报销比例是多少？"


def test_a_reader_asking_for_themselves_after_someone_else():
    # "And for me? I'm 40." puts the reader's age in place of the other person's, and their pronouns become the reader's
    assert rewrite_followup("And for me? I'm 40.", ["My grandad is 75. What's the most the scheme will pay for his "
                                                    "outpatient visits in a year?"]) \
        == "I'm 40. What's the most the scheme will pay for my outpatient visits in a year?"
    assert rewrite_followup("那我呢？我40岁。", ["我爷爷75岁了，他看门诊一年最多报多少？"]) == "我40岁，我看门诊一年最多报多少？"


def test_a_readers_words_for_who_and_where():
    # 私人诊所 is a private clinic, 读大学 a student, 七十了 an age
    assert asked_slots("我在镇上一家私人诊所看病，看一次能报百分之几？")["institution"] == {"private"}
    assert "students" in asked_slots("我女儿在外地读大学，参加的是居民医保，门诊能报多少？")["group"]
    assert asked_age("我妈今年七十了，一年下来医保最多能给她报多少钱？") == 70


@pytest.mark.slow
def test_what_the_notice_leaves_to_other_rules_for_whom_the_reader_names(with_notice):
    answer = ask(with_notice, "我在镇上一家私人诊所看病，听说也能刷医保了，看一次能报百分之几？")
    assert not answer.found and "民营医疗机构" in answer.text, answer.text
    answer = ask(with_notice, "我女儿在泠溪读大学，参加的是这边的医保，她看门诊能报百分之几？")
    assert not answer.found and "大学生" in answer.text, answer.text


@pytest.mark.slow
def test_a_self_employed_reader_gets_the_flexible_workers_figure(with_notice):
    answer = ask(with_notice, "I'm self-employed and pay into the employee scheme on my own. How much do I pay a year?")
    assert answer.found and "3600元" in answer.text.split("[1]")[0], answer.text


@pytest.mark.slow
def test_the_most_it_pays_in_a_year_is_the_cap(with_notice):
    answer = ask(with_notice, "My mum is retired. What's the most the pooling fund will pay out for her outpatient "
                              "visits in a year?")
    assert answer.found and "5000元" in answer.text.split("[1]")[0], answer.text


@pytest.mark.slow
def test_the_first_item_tells_the_care_of_the_ratios_below_it(with_notice):
    answer = ask(with_notice, "我爸退休了，在三级医院看门诊，统筹基金能报百分之几？")
    assert answer.found and "60%" in answer.text.split("[1]")[0] and "退休人员" in answer.text, answer.text
    # (a story of the stay before the ask: the retirees' ratios are still the outpatient ones their part's first item
    # names, not a near miss for want of 门诊 in their own clause)
    answer = ask(with_notice, "我爸退休了，上个月在市里的三甲医院看门诊花了三千多，超过起付线那部分，门诊统筹能报百分之几？")
    assert answer.found and "在三级定点医疗机构为60%" in answer.text, answer.text
