"""Two notices of our own on different subjects beside the shipped articles, a Chinese one on outpatient cancer
treatment and an English one on epilepsy care, asked about as the blind round eval/unseen37 asked (that round's
notices were on cancer and dementia; these are written for the tests, with their own places and figures).

- A subject only one notice names, in either language (癫痫 "epilepsy"; a kind of therapy, 生酮饮食治疗, by its
  modifier 饮食 "diet"), is not answered from the other notice's figures that share the question's everyday words.
- A deferral of a narrower thing (质子重离子放射治疗…另行制定) does not stand in for the answer to a question on
  radiotherapy in general (how long to claim after paying in full).
- The deductible, stated for everyone, answers a reader treated at a county hospital, though the notice's opening
  names the hospitals that diagnose.
- "How big is the fine" is answered only by a sentence stating a fine; "降多少" not by a rise (提高5个百分点).
- A name in capitals that only a Chinese notice writes ("PD-1") brings that notice's row to an English question.
- The group asked (children), which the best sentence does not name, left to be set separately further on in the
  notice: the answer says so, not the out-of-area cuts for everyone.
- Follow-ups: "那没办备案呢？" replaces the clause saying the filing was done; "And how long is the hospital cut off
  …?" keeps the earlier question's if-clause, "the hospital" pointing back at "a hospital"; "那复诊一次按多少钱算？"
  names only what the earlier question named (复诊) and keeps its situation.
"""
from __future__ import annotations

import shutil

import pytest

from conftest import ask, beside_articles
from qa.answering import Asked, change_way, figure_gate, states_span
from qa.followup import rewrite_followup
from qa.retrieval import analyse_question
from qa.slots import asks_for_money

ZH = (
    "渚溪市医疗保障局关于恶性肿瘤门诊放化疗保障有关事项的通知\n\n"
    "渚医保发〔2026〕18号\n\n"
    "各区（县）医疗保障局，各定点医疗机构、定点零售药店：\n\n"
    "一、保障对象\n"
    "参加本市基本医疗保险的参保人员，经二级及以上定点医疗机构确诊为恶性肿瘤、需要在门诊进行放射治疗或化学治疗的，"
    "可以申请肿瘤门诊待遇。参保人员每个待遇年度可以选定1家定点医院，确需变更的，每个待遇年度可以变更1次。\n\n"
    "二、保障范围\n"
    "（一）门诊放射治疗，包括常规放疗和调强放疗。质子重离子放射治疗的支付政策由市医疗保障局另行制定。\n"
    "（二）门诊化学治疗，包括静脉化疗和口服化疗药物。\n\n"
    "三、待遇标准\n"
    "（一）起付标准。职工医保参保人员不设起付标准；居民医保参保人员每个待遇年度的起付标准为600元。\n"
    "（二）支付比例。职工医保在职职工的支付比例为80%，退休人员为88%；居民医保参保人员的支付比例为62%。"
    "年满75周岁的居民医保参保人员，支付比例在上述基础上提高4个百分点。\n"
    "（三）异地治疗。在本省市外定点医疗机构门诊治疗，已办理异地就医备案的，支付比例降低8个百分点；"
    "未办理备案的，降低25个百分点。\n"
    "（四）辅助用药。止吐、升白细胞等辅助治疗药品费用每个待遇年度纳入基金支付的金额最高为4,500元。\n"
    "（五）免疫治疗。免疫治疗（PD-1抑制剂）按项目付费，每月最高支付7,200元。\n\n"
    "四、结算管理\n"
    "因信息系统故障等原因未能直接结算的，参保人员可以在费用发生之日起75日内向参保地医保经办机构申请手工报销。\n\n"
    "五、监督管理\n"
    "定点医疗机构虚构治疗疗程或者串换药品的，追回违规资金，并处违法金额1倍以上4倍以下的罚款，"
    "同时暂停其肿瘤门诊医保结算4个月。\n\n"
    "六、其他事项\n"
    "本通知自2026年10月1日起施行，有效期3年。儿童恶性肿瘤患者的倾斜保障政策，由市医疗保障局另行制定。\n"
)
EN = (
    "Wrenfield County Healthcare Security Bureau\n"
    "Notice on Outpatient Cover for Epilepsy Care\n\n"
    "1. Who is covered\n"
    "Insured persons diagnosed with epilepsy at a designated neurology clinic may apply for outpatient epilepsy cover.\n\n"
    "2. Medicines\n"
    "The fund pays 75% of the cost of covered anti-seizure medicines for employee scheme members and 60% for resident "
    "scheme members. The annual cap on fund payments for anti-seizure medicines is 5,200 yuan for employee scheme "
    "members and 3,100 yuan for resident scheme members.\n\n"
    "3. Reviews\n"
    "Follow-up review visits at a neurology clinic are paid at 85 yuan per visit, up to 6 visits a year.\n\n"
    "4. Matters set separately\n"
    "Ketogenic diet therapy and vagus nerve stimulation are not covered by this notice; their cover will be set "
    "separately.\n"
)


@pytest.fixture(scope="module")
def two_notices(policy_settings, tmp_path_factory):
    root = tmp_path_factory.mktemp("apart")
    yield beside_articles(policy_settings, root, "zhuxi-zhongliu-menzhen.txt", ZH, {"wrenfield-epilepsy-cover.txt": EN})
    shutil.rmtree(root, ignore_errors=True)


def lead(answer) -> str:
    return answer.text.split("[1]")[0]


def sources(answer) -> set[str]:
    return {c.source for c in answer.citations}


# --- the question's own reading, without the model ------------------------------------------------------------------


def test_follow_ups_keep_what_the_earlier_question_said():
    assert rewrite_followup("那没办备案呢？", ["我在省里别的市门诊化疗，办了异地备案，报销比例要降多少？"]) \
        == "我在省里别的市门诊化疗，没办备案，报销比例要降多少？"
    assert rewrite_followup("And how long is the hospital cut off from settlement?",
                            ["If a hospital fakes treatment courses, how big is the fine?"]) \
        == "If a hospital fakes treatment courses, how long is the hospital cut off from settlement?"
    assert rewrite_followup("And if their contract gets cancelled, how long before they can apply again?",
                            ["If a hospital fakes treatments, how big is the fine?"]) \
        == "If a hospital fakes treatments and their contract gets cancelled, how long before they can apply again?"
    assert rewrite_followup("那复诊一次按多少钱算？", ["我儿子在神经内科确诊以后，复诊一年能报几次？"]) \
        == "我儿子在神经内科确诊以后，复诊一次按多少钱算？"
    # (the same figure per another unit; a count of what the earlier question named)
    assert rewrite_followup("And per year?", ["My daughter is 7. What's the most insurance pays a month for her formula?"]) \
        == "My daughter is 7. What's the most insurance pays a year for her formula?"
    assert rewrite_followup("那一年呢？", ["特殊奶粉一个月医保最多能报多少钱？"]) == "特殊奶粉一年医保最多能报多少钱？"
    assert rewrite_followup("那一年最多能做几次？", ["医生说要给我爸的伤口上负压吸引，一次最多能用多少天？"]) \
        == "医生说要给我爸的伤口上负压吸引，一年最多能做几次？"
    # (a follow-up naming a thing of its own is asked as it stands)
    assert rewrite_followup("And how long is a pharmacy suspended?", ["If a hospital fakes treatment courses, how big is the fine?"]) \
        == "And how long is a pharmacy suspended?"


def test_what_is_asked_for():
    assert not states_span('up from less than 50% during the "13th Five-Year Plan" to 94%', "span")
    assert states_span("valid for five years", "span")
    assert asks_for_money("What does the memory check-up cost under the insurance?")
    assert asks_for_money("一年下来医保最多能给报多少药钱？")
    assert Asked.of(analyse_question("What does the proper check-up cost?")).wants_number
    assert (change_way("没办备案，报销比例要降多少？"), change_way("能多报几个点？"), change_way("By how much?")) == ("down", "up", "")
    assert Asked.of(analyse_question("If a hospital fakes courses, how big is the fine?")).wants_fine
    # (a count is not answered by lengths of time alone)
    classes = Asked.of(analyse_question("How many classes a year will insurance pay for?"))
    assert figure_gate(classes, "A clinic must hold sessions on at least 3 half-days a week and keep records for 10 years.")
    assert not figure_gate(classes, "Cognitive therapy: up to 28 sessions a year.")
    # (nor is a count asked answered by a year written "223," before a plural noun: a figure of money is all it gives)
    times = Asked.of(analyse_question("一年最多能做几次？"))
    assert figure_gate(times, "In 223, the individual contributions shall be not less than 35 yuan per person per year.")


# --- asked of the two notices -----------------------------------------------------------------------------------------


def test_a_subject_only_the_other_notice_names_is_not_answered_from_this_one(two_notices):
    answer = ask(two_notices, "我爸退休了，确诊癫痫，一直在吃药，一年下来医保最多能给报多少药钱？")
    # (declined, or answered from the epilepsy notice: never the cancer notice's 88% for retirees as an answer)
    assert not answer.found or sources(answer) == {"wrenfield-epilepsy-cover.txt"}, answer.text


def test_a_kind_of_therapy_only_the_other_notice_names_is_a_near_miss(two_notices):
    answer = ask(two_notices, "孩子在门诊做生酮饮食治疗，一年医保能报几次？")
    assert not answer.found, answer.text
    assert "6 visits" not in answer.text.split("\n")[0], answer.text


def test_a_narrower_deferral_does_not_stand_in_for_the_answer(two_notices):
    answer = ask(two_notices, "The hospital's system was down so I paid for my radiotherapy myself. "
                              "How long do I have to claim the money back?")
    assert answer.found, answer.text
    assert "75日" in lead(answer), answer.text


def test_a_deductible_for_everyone_answers_a_county_hospital_patient(two_notices):
    answer = ask(two_notices, "我交的是城乡居民医保，在县医院门诊化疗，一年里头自己得先掏多少钱医保才开始报？")
    assert answer.found, answer.text
    assert "600元" in lead(answer), answer.text


def test_a_fine_is_answered_only_by_a_fine(two_notices):
    answer = ask(two_notices, "如果医院虚构治疗疗程骗医保的钱，罚款是多少？")
    assert answer.found, answer.text
    assert "罚款" in lead(answer) and "4,500元" not in lead(answer), answer.text
    english = ask(two_notices, "If a hospital fakes treatment courses to claim from the insurance fund, how big is the fine?")
    assert not english.found or "罚款" in lead(english), english.text


def test_a_cut_asked_is_not_answered_by_a_rise(two_notices):
    answer = ask(two_notices, "那没办备案呢？", history=["我在省里别的市门诊做化疗，办了异地备案，报销比例要降多少？"])
    assert answer.rewritten == "我在省里别的市门诊做化疗，没办备案，报销比例要降多少？"
    assert answer.found, answer.text
    assert "25个百分点" in lead(answer) and "提高" not in lead(answer), answer.text


def test_a_name_in_capitals_finds_the_chinese_row_that_writes_it(two_notices):
    answer = ask(two_notices, "My dad is on PD-1 immunotherapy as an outpatient. What's the most insurance will count for it each month?")
    assert answer.found, answer.text
    assert "7,200元" in lead(answer), answer.text


def test_a_group_left_to_be_set_separately_further_on_is_declined(two_notices):
    answer = ask(two_notices, "My 9-year-old gets outpatient chemo on the resident scheme. How many extra percentage points do kids get?")
    assert not answer.found, answer.text
    assert "儿童恶性肿瘤患者" in answer.text and "25个百分点" not in answer.text, answer.text
