"""Time limits of a notice's procedure (claims, reviews, decisions), asked in a reader's words and across languages:
"claim the money back" is the notice's "apply for reimbursement"; a claims clause that names no treatment answers for
every treatment the notice covers, while a treatment the notices never name is still declined; the papers handed in
(申请材料) and the office (医保经办中心) are no subject a notice must name; "…多少天内向…" is not 内向
("introverted"); "apply for a review to the … Centre within 45 days" is the reader's own time limit. Fixtures are our
own notices."""
from __future__ import annotations

import pytest

from conftest import ask, indexed_notices

DENTAL = (
    "Notice of the Brackley Healthcare Security Bureau on Paying for Dental Crowns under Basic Medical Insurance\n\n"
    "1. Cover\n"
    "The fund pays 55% of the eligible cost of a dental crown at a designated hospital, up to 1,200 yuan per year.\n"
    "2. Claims\n"
    "2.1 Where direct settlement is not possible, the insured person may pay in full and apply for reimbursement at a "
    "district service hall within 60 days after the crown is fitted, with the invoice and the itemised charge list.\n"
    "2.2 The service hall checks the application within 4 working days and passes it to the Brackley Medical "
    "Insurance Service Centre, which decides within 12 working days.\n"
    "3. Reviews\n"
    "A person who disagrees with a reimbursement result may apply for a review to the Brackley Medical Insurance "
    "Service Centre within 45 days of receiving the decision, and the Centre will reply within 10 working days.\n"
)
TCM = (
    "澜桥市医疗保障局关于中医拔罐、刮痧等适宜技术门诊费用纳入医保支付的通知\n\n"
    "一、支付范围。参保人员在定点医疗机构接受拔罐、刮痧、艾灸治疗发生的门诊费用，纳入统筹基金支付范围。\n"
    "二、支付比例。一级医疗机构支付70%，二级医疗机构支付60%，三级医疗机构支付50%。\n"
    "三、零星报销。因信息系统故障等原因未能直接结算的，参保人员应当自费用发生之日起75日内，持收费票据和费用明细清单，"
    "向参保地医保经办机构申请零星报销。经办机构应当自受理之日起15个工作日内完成审核。\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return indexed_notices(tmp_path_factory.mktemp("claims"), {"brackley-crowns.txt": DENTAL, "lanqiao-bagua.txt": TCM})


@pytest.mark.slow
def test_claim_the_money_back_is_the_notices_apply_for_reimbursement(notices):
    answer = ask(notices, "The system was down and I paid for my crown myself. How long do I have to claim the money back?")
    assert answer.found and "60 days" in answer.text, answer.text


@pytest.mark.slow
def test_a_claims_clause_naming_no_treatment_answers_for_the_notices_treatments(notices):
    # 拔罐 (cupping) is named in the notice's scope, not in its claims clause
    answer = ask(notices, "医院系统坏了，我拔罐的钱是自己先垫的，最晚多少天内要去报销？")
    assert answer.found and "75日" in answer.text, answer.text


@pytest.mark.slow
def test_a_treatment_no_notice_names_is_still_declined(notices):
    answer = ask(notices, "I paid for my acupuncture myself. How long do I have to claim the money back?")
    assert not answer.found, answer.text


@pytest.mark.slow
def test_the_papers_handed_in_are_no_subject(notices):
    answer = ask(notices, "牙冠报销的申请材料交上去以后，医保中心要多少个工作日给结果？")
    assert answer.found and "12 working days" in answer.text, answer.text


@pytest.mark.slow
def test_days_within_before_a_word_is_not_introverted_and_a_review_is_the_readers_step(notices):
    answer = ask(notices, "对布拉克利牙冠报销结果有异议的，应在收到决定后多少天内向医保经办中心申请复核？")
    assert answer.found and "45 days" in answer.text, answer.text
