"""Questions as readers type them, over a notice in the other language: everyday verbs that no notice uses
(去, 做, 能报) do not count against the sentence that answers; "多久" / "how long" asks a length of time; "when
does it start" is answered by a time; a notice's title carries its subject for its own sentences ("本通知自…起施行"
of the cataract day-surgery notice); a Chinese noun jieba splits (人工+耳蜗) or a one-character one (牙) is looked
up whole in the dictionary and required of an English sentence; "dental" meets 牙科 ("dentistry"); "病床" meets
"beds"; a price left to the current price catalogue is no price of the notice's.

From the eleventh hands-on round (eval/unseen11: its first run on the page is the untouched figure), in general
form, on three invented notices written for these tests, indexed with the real model.
"""
from __future__ import annotations

import pytest

from conftest import ask, indexed_notices
from qa.answering import Asked, _dictionary_words, asked_unit, chinese_filler, figure_gate
from qa.retrieval import analyse_question
from qa.slots import deadline_actors, slots_in

CHENGJIANG = (
    "澄江市医疗保障局关于完善白内障日间手术医保支付政策的通知\n\n"
    "澄医保发〔2026〕11号\n\n"
    "一、开展机构。二级定点医疗机构设置相对固定的日间手术病床不少于8张的，可开展白内障日间手术。\n"
    "二、支付比例。起付标准以上的政策范围内费用，职工医保三级定点医疗机构支付88%，二级定点医疗机构支付90%；"
    "城乡居民医保三级定点医疗机构支付70%，二级定点医疗机构支付78%。\n"
    "三、施行日期。本通知自2026年7月1日起施行，有效期3年。\n"
)
FERNMOUTH = (
    "Notice of the Fernmouth Health Office on Subsidies for Dental Crowns and Cochlear Implants\n\n"
    "1. Dental crowns\n"
    "1.1 Employees: the fund pays 40% of the eligible cost of a dental crown (one tooth), up to an annual limit of "
    "1,500 yuan per person.\n"
    "1.2 Residents: the fund pays 25% of the eligible cost of a dental crown (one tooth), up to an annual limit of "
    "800 yuan per person.\n"
    "1.3 Root canal treatment before a crown is not included in the crown price and is charged according to the "
    "current medical service price catalogue.\n"
    "2. Cochlear implants\n"
    "2.1 Employees: the fund pays 60% of the cost of a cochlear implant, up to 50,000 yuan per implant.\n"
    "3. Waiting periods and claims\n"
    "3.1 Employees must have paid contributions continuously for 9 months before the crown is fitted.\n"
    "3.2 Where direct settlement is not possible, the insured person may pay in full and apply for reimbursement at "
    "any branch office within 60 days after the crown is fitted. Reimbursement will be paid within 15 working days "
    "after the application is accepted.\n"
    "3.3 Private dental clinics may apply to join the scheme from 1 June 2026 to 31 July 2026.\n"
    "4. Effective date\n"
    "This notice takes effect on 1 May 2026. Crowns fitted after surgery before 1 May 2026 are handled under the "
    "previous rules.\n"
)
DIGEST = (
    "Health insurance news digest, Westmere, 2026\n\n"
    "The basic medical insurance network keeps growing, and reimbursement rates for inpatient expenses reached 80% "
    "for employees and 70% for residents.\n"
    "The number of designated pharmacies rose to 1,200.\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("wording"), {"chengjiang-cataract-day-surgery.txt": CHENGJIANG,
                                                                "fernmouth-crowns-implants.txt": FERNMOUTH,
                                                                "westmere-digest-2026.txt": DIGEST})


def test_everyday_words_and_what_is_asked():
    assert chinese_filler("去") and chinese_filler("做") and chinese_filler("能报")
    assert not chinese_filler("宠物") and not chinese_filler("针灸") and not chinese_filler("外地")
    assert asked_unit("要连续交满多久才能报？") == "span" and asked_unit("How long do I have to claim?") == "span"
    assert asked_unit("How long ago did it start?") == ""
    # "when does it start" asks a time: what the notice is for gives none
    when = Asked.of(analyse_question("When does the crown subsidy start?"))
    assert figure_gate(when, "To reduce the cost of crowns for insured persons, the following is notified.")
    assert not figure_gate(when, "This notice takes effect on 1 May 2026.")
    assert not Asked.of(analyse_question("When I'm in hospital, what share is paid?")).wants_time  # a condition
    # "受益的患者有多少" counts people: a share beside "residents" is no count
    counted = Asked.of(analyse_question("高血压“两病”用药保障，受益的患者有多少？"))
    assert counted.counts_people
    assert figure_gate(counted, "The reimbursement ratio for residents with hypertension has been raised to 75%.")
    # "apply for reimbursement within 60 days" is the insured's time limit, not the office's
    assert deadline_actors("the insured person may pay in full and apply for reimbursement at any branch office "
                           "within 60 days after the crown is fitted") == {"apply"}
    # an aside between a level and its head ("a secondary (tier-2) hospital") is read past
    assert "secondary" in slots_in("What's the payment at a secondary (tier-2) hospital?")["institution"]
    # a noun jieba splits, or one of a single character, is looked up whole
    assert ("人工耳蜗", ("cochlear implant",)) in _dictionary_words("职工装人工耳蜗能报多少？", ())
    assert any(word == "牙" for word, _ in _dictionary_words("住院种的牙，能按多少比例报销？", (), True))
    assert not _dictionary_words("我爸住院报销多少？", (), True)  # who asks, not what about
    # a word right after a number is read with the number: "38 岁时" is an age, not 岁时 "season"
    assert not any(word == "岁时" for word, _ in _dictionary_words("她38岁时生第一个孩子，生育津贴怎么算？", (), True))


@pytest.mark.slow
def test_a_readers_own_verbs_do_not_hide_the_answer(notices):
    ans = ask(notices, "我是城乡居民医保，去二级医院做白内障日间手术能报多少？")
    assert ans.found and "78%" in ans.text


@pytest.mark.slow
def test_the_titles_subject_dates_its_own_notice(notices):
    ans = ask(notices, "这个白内障日间手术的新政策哪天开始实行？")
    assert ans.found and "2026年7月1日" in ans.text and "1 May" not in ans.text


@pytest.mark.slow
def test_how_long_is_answered_by_a_length_of_time(notices):
    ans = ask(notices, "刚参加职工医保，要连续交满多久才能报牙冠？")
    assert ans.found and "9 months" in ans.text and "1,500" not in ans.text


@pytest.mark.slow
def test_words_met_across_languages(notices):
    beds = ask(notices, "How many dedicated day-surgery beds must a secondary hospital have?")
    assert beds.found and "8张" in beds.text
    clinics = ask(notices, "私人牙科诊所申请加入，截止到哪天？")
    assert clinics.found and "31 July 2026" in clinics.text
    implant = ask(notices, "职工装人工耳蜗，医保最多报多少钱？")
    assert implant.found and "50,000" in implant.text


@pytest.mark.slow
def test_near_misses_across_languages(notices):
    # a Chinese question about a tooth is not answered with the digest's inpatient rates
    tooth = ask(notices, "住院种的牙，能按多少比例报销？")
    assert not (tooth.found and "80%" in tooth.text)
    # the root canal's price is the current catalogue's: the notice gives none
    canal = ask(notices, "How much can a clinic charge for root canal treatment before a crown?")
    assert not canal.found and "catalogue" in canal.text
